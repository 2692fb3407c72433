import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './helpers';

interface WorkspaceInspection {
  sources: string[];
  skipped: { path: string; reason: string }[];
}

const inspect = () => vscode.commands.executeCommand<WorkspaceInspection>('crosscheck.workspace.inspect');

// Odd files in a workspace: reported with a reason, never silently skipped, never breaking the rest.
describe('workspace files', () => {
  const BINARY = 'scan-of-page.txt';
  const CRLF = 'windows-notes.txt';

  before(activateExtension);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of [BINARY, CRLF]) await vscode.workspace.fs.delete(workspaceFile(file)).then(undefined, () => undefined);
  });

  it('lists a binary file that matches crosscheck.sources as skipped, with the reason', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(BINARY), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const state = await waitFor('the binary file to be reported', async () => {
      const result = await inspect();
      return result.skipped.some((skip) => skip.path === BINARY) ? result : undefined;
    });
    assert.match(state.skipped.find((skip) => skip.path === BINARY)!.reason, /binary/);
    assert.ok(!state.sources.includes(BINARY));
    assert.ok(state.sources.includes('meridian-wire.txt'), 'the other articles are still indexed');
  });

  it('gives exact semantic token positions in a CRLF article with emoji and accents', async () => {
    const text = 'Paris talks 🇫🇷\r\n\r\nÉmilie Durand said on Tuesday that Keir Starmer met Volodymyr Zelensky in Kyiv.\r\n';
    await vscode.workspace.fs.writeFile(workspaceFile(CRLF), new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(workspaceFile(CRLF));
    await vscode.window.showTextDocument(document);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const texts = await waitFor('tokens on the CRLF article', async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      if (!tokens || tokens.data.length === 0) return undefined;
      const found: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line = line + tokens.data[i];
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
        found.push(`${legend.tokenTypes[tokens.data[i + 3]]}:${document.getText(new vscode.Range(line, character, line, character + tokens.data[i + 2]))}`);
      }
      return found.includes('person:Keir Starmer') ? found : undefined;
    });
    for (const expected of ['person:Émilie Durand', 'person:Keir Starmer', 'person:Volodymyr Zelensky', 'place:Kyiv']) {
      assert.ok(texts.includes(expected), `${expected} not in ${texts.join(', ')}`);
    }
  });
});
