// Runs the integration suite inside the offline VS Code host: code-server's real Node extension
// host, shown in headless Chromium. The workbench reports console output and the exit code of the
// suite back to the page (the same protocol VS Code's own web tests use).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { installCodeServer } from './install-code-server.mjs';

export const SCREENSHOT_MARKER = '[crosscheck:screenshot]';
/** The first line test/integration/index.ts prints: everything after it is the suite's output. */
const SUITE_START_MARKER = '[crosscheck] running integration tests';

/**
 * @param {{ extensionPath: string, testsPath: string, workspace: string, settings?: object,
 *           timeoutMs?: number, env?: object, onLine?: (line: string) => void }} options
 * @returns {Promise<number>} the suite's exit code (non-zero on failure or time-out)
 */
export async function runOfflineTests({ extensionPath, testsPath, workspace, settings, timeoutMs = 10 * 60 * 1000, env = {}, onLine = () => {} }) {
  installCodeServer();
  const serverLog = [];
  const host = await startCodeServer({ workspace, settings, env, log: (line) => serverLog.push(line) });
  let browser;
  try {
    const launched = await launchBrowser();
    browser = launched.browser;
    const page = launched.page;
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    const pending = [];
    const workbenchLog = [];
    let suiteStarted = false;

    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (line.startsWith(SCREENSHOT_MARKER)) {
        const target = line.slice(SCREENSHOT_MARKER.length).trim();
        pending.push(takeScreenshot(page, target));
        return;
      }
      // Until the suite starts, the workbench logs its own start-up (and fails to reach the
      // extension gallery, which is expected offline): keep that for the error report only.
      if (!suiteStarted) {
        if (line.startsWith(SUITE_START_MARKER)) suiteStarted = true;
        else {
          workbenchLog.push(line);
          return;
        }
      }
      process.stdout.write(`${line}\n`);
      onLine(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    page.on('pageerror', (error) => process.stderr.write(`[workbench] ${error.message}\n`));

    const payload = [
      ['extensionDevelopmentPath', host.remoteUri(extensionPath)],
      ['extensionTestsPath', host.remoteUri(testsPath)],
    ];
    await page.goto(host.url(workspace, payload));
    let timeoutHandle;
    const timer = new Promise((resolve) => { timeoutHandle = setTimeout(() => resolve('timeout'), timeoutMs); });
    const result = await Promise.race([finished, timer]);
    clearTimeout(timeoutHandle);
    await Promise.all(pending);
    if (result === 'timeout') {
      process.stderr.write(`\nThe VS Code host did not report back within ${timeoutMs / 1000} s.\n`);
      process.stderr.write(`Last workbench messages:\n${workbenchLog.slice(-20).join('\n')}\n`);
      process.stderr.write(`Last server messages:\n${serverLog.slice(-20).join('')}\n`);
      return 2;
    }
    if (!suiteStarted) process.stderr.write(`The suite never started. Workbench messages:\n${workbenchLog.slice(-30).join('\n')}\n`);
    return result;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await host.stop();
  }
}

async function takeScreenshot(page, target) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial.png`;
  await page.screenshot({ path: temporary });
  fs.renameSync(temporary, target);
}
