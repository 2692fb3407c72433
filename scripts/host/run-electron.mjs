// Runs the integration suite with @vscode/test-electron where a desktop VS Code can be had:
// a path in CROSSCHECK_VSCODE_EXECUTABLE, a cached download, or a download (online machines).
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

/** Resolves to a VS Code executable, or undefined when none can be had here (offline). */
export async function findDesktopVSCode({ timeoutMs = 60000 } = {}) {
  if (process.env.CROSSCHECK_VSCODE_EXECUTABLE) return process.env.CROSSCHECK_VSCODE_EXECUTABLE;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const download = downloadAndUnzipVSCode({ version: 'stable', cachePath: '.vscode-test' }).catch(() => undefined);
  return Promise.race([download, timeout]);
}

export async function runElectronTests({ vscodeExecutablePath, extensionPath, testsPath, workspace, env = {} }) {
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: env,
    });
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    return 1;
  }
}
