import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, screenshot, waitFor, workspaceFile, screenshotSuite } from './helpers';

const THEMES: Array<[string, string]> = [
  ['highlight-dark', 'Default Dark Modern'],
  ['highlight-light', 'Default Light Modern'],
  ['highlight-high-contrast', 'Default High Contrast'],
];

async function hasDisputedToken(document: vscode.TextDocument): Promise<boolean> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  const bit = 1 << legend.tokenModifiers.indexOf('disputed');
  return Boolean(tokens && tokens.data.some((value, i) => i % 5 === 4 && (value & bit) !== 0));
}

// Takes the README screenshots of a sample article in a dark, a light and a high-contrast theme
// (only when CROSSCHECK_SCREENSHOTS is set; the PNGs worth keeping are copied to docs/images by hand).
describe('highlight screenshots', () => {
  const settings: Array<[string, string]> = [
    ['workbench', 'colorTheme'],
    ['editor', 'wordWrap'],
    ['editor', 'minimap.enabled'],
  ];

  screenshotSuite(settings.map(([section, key]) => [section, key] as const));

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  it('shows meridian-wire.txt in a dark, a light and a high-contrast theme', async () => {
    await activateExtension();
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('editor').update('minimap.enabled', false, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    const document = await vscode.workspace.openTextDocument(workspaceFile('meridian-wire.txt'));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor('disputed figures marked', () => hasDisputedToken(document));
    for (const [name, theme] of THEMES) {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the theme loads and the editor repaints
      const file = await screenshot(name);
      assert.ok(file, `no screenshot for ${name}`);
    }
  });
});
