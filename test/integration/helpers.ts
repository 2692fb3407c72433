// Helpers shared by the integration tests that drive the real VS Code API.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'crosscheck.crosscheck';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need a workspace folder');
  return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

export async function openArticle(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Polls until `probe` returns a truthy value, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${last}` : ''}`);
}

/**
 * Asks the test host for a PNG of the workbench when CROSSCHECK_SCREENSHOTS is set (offline host
 * only); returns the file path, or undefined when screenshots are not being taken.
 */
export async function screenshot(name: string): Promise<string | undefined> {
  const directory = process.env.CROSSCHECK_SCREENSHOTS;
  if (!directory) return undefined;
  const target = path.join(directory, `${name}.png`);
  fs.rmSync(target, { force: true });
  // Toasts left by earlier tests would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  await new Promise((resolve) => setTimeout(resolve, 400)); // let the workbench paint
  console.log(`[crosscheck:screenshot] ${target}`);
  await waitFor(`screenshot ${name}`, () => fs.existsSync(target), 20000);
  return target;
}

/**
 * Remembers the user (global) values of settings a test is about to change and returns a function
 * that puts them back — the test host's own user settings included, unlike `update(key, undefined)`.
 */
export function rememberGlobalSettings(keys: ReadonlyArray<readonly [section: string, key: string]>): () => Promise<void> {
  const saved = keys.map(([section, key]) => [section, key, vscode.workspace.getConfiguration(section).inspect(key)?.globalValue] as const);
  return async () => {
    for (const [section, key, value] of saved) await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
  };
}

/**
 * For a describe block of screenshot tests: skips it unless screenshots are being taken, and puts
 * back the user settings it changes (listed in `keys`) when it ends.
 */
export function screenshotSuite(keys: ReadonlyArray<readonly [section: string, key: string]>): void {
  let restore: (() => Promise<void>) | undefined;
  before(function () {
    if (!process.env.CROSSCHECK_SCREENSHOTS) this.skip();
    restore = rememberGlobalSettings(keys);
  });
  after(async () => {
    await restore?.();
  });
}
