// Runs test/integration (compiled to out/) inside a real VS Code extension host.
// Host choice: CROSSCHECK_TEST_HOST=electron|offline, or auto: desktop VS Code through
// @vscode/test-electron where it can run (a display and a VS Code build), else the offline
// code-server host. Prints which host and VS Code version ran the suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerVersion, repoRoot } from './host/paths.mjs';
import { runOfflineTests } from './host/run-offline.mjs';
import { findDesktopVSCode, runElectronTests } from './host/run-electron.mjs';

function prepareWorkspace() {
  // Tests write sidecars and gazetteers: give them a scratch copy of the samples and fixtures.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-workspace-'));
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  const extra = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(extra)) fs.cpSync(extra, workspace, { recursive: true });
  return workspace;
}

async function chooseHost() {
  const wanted = process.env.CROSSCHECK_TEST_HOST || 'auto';
  if (wanted === 'offline') return { kind: 'offline' };
  const canShowWindows = process.platform !== 'linux' || Boolean(process.env.DISPLAY);
  if (wanted === 'electron' || canShowWindows || process.env.CROSSCHECK_VSCODE_EXECUTABLE) {
    const executable = await findDesktopVSCode();
    if (executable) return { kind: 'electron', executable };
    if (wanted === 'electron') throw new Error('CROSSCHECK_TEST_HOST=electron but no VS Code build could be found or downloaded.');
    console.log('[crosscheck] desktop VS Code cannot be downloaded here; using the offline host');
  }
  return { kind: 'offline' };
}

/** @param {{ onLine?: (line: string) => void }} [options] lines the suite prints (offline host) */
export async function runIntegrationTests({ onLine } = {}) {
  const extensionPath = repoRoot;
  const testsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} is missing: compile the tests first (npm run compile-tests).`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first.');
  const workspace = prepareWorkspace();
  const env = {
    CROSSCHECK_TEST_WORKSPACE: workspace,
    ...(process.env.CROSSCHECK_TEST_GREP ? { CROSSCHECK_TEST_GREP: process.env.CROSSCHECK_TEST_GREP } : {}),
    ...(process.env.CROSSCHECK_SCREENSHOTS ? { CROSSCHECK_SCREENSHOTS: path.resolve(process.env.CROSSCHECK_SCREENSHOTS) } : {}),
  };
  try {
    const host = await chooseHost();
    if (host.kind === 'electron') {
      console.log(`[crosscheck] integration host: desktop VS Code via @vscode/test-electron (${host.executable})`);
      return await runElectronTests({ vscodeExecutablePath: host.executable, extensionPath, testsPath, workspace, env });
    }
    console.log(`[crosscheck] integration host: offline code-server ${codeServerVersion} (VS Code 1.99.3) in headless Chromium`);
    return await runOfflineTests({ extensionPath, testsPath, workspace, env, onLine });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runIntegrationTests().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`[crosscheck] integration tests could not run: ${error.message}`);
      process.exit(1);
    },
  );
}
