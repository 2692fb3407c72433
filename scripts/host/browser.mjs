// Headless Chromium (the Debian package) driven by playwright-core; nothing is downloaded.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumCandidates } from './paths.mjs';

export function findChromium() {
  return process.env.CROSSCHECK_CHROMIUM || chromiumCandidates.find((candidate) => fs.existsSync(candidate));
}

export async function launchBrowser({ width = 1400, height = 900 } = {}) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found for the offline VS Code host. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CROSSCHECK_CHROMIUM to its path.');
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  return { browser, page };
}
