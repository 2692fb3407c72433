// Installs the npm dependencies when they are missing or older than package-lock.json, so
// `npm test` and `npm start` work on a fresh clone. Uses only Node built-ins: it runs first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureDependencies() {
  const lock = path.join(repoRoot, 'package-lock.json');
  const installed = path.join(repoRoot, 'node_modules', '.package-lock.json');
  const upToDate = fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (upToDate) return;
  console.log('[crosscheck] installing npm dependencies (npm ci) — once, about a minute');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[crosscheck] npm ci failed; install the dependencies by hand with `npm ci` and try again.');
    process.exit(result.status || 1);
  }
}
