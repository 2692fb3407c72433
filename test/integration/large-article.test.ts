import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './helpers';

// A 600 KB article is analysed in slices in the background; its highlights must arrive, in the
// right places, without blocking the extension host in one long call.
const PARAGRAPH = 'The Portvale Harbour Authority approved a tidal barrier worth €40 million on Monday, after Mayor Ines Darrow told councillors that 3,200 homes had flooded twice since 2019.';
const LAST = 'Finally, Tomasz Brevik said the barrier would stretch 1.8 km across the River Sallow.';
const FILE = 'large-article.txt';

describe('large articles', () => {
  before(async () => {
    await activateExtension();
    const body = Array.from({ length: 3600 }, (_, i) => `${PARAGRAPH} (${i + 1})`).join('\n\n');
    await vscode.workspace.fs.writeFile(workspaceFile(FILE), new TextEncoder().encode(`Barrier vote\n\n${body}\n\n${LAST}\n`));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile(FILE));
  });

  it('highlights a 600 KB article, down to its last paragraph', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(FILE));
    assert.ok(document.getText().length > 600_000);
    await vscode.window.showTextDocument(document);
    const lastOffset = document.getText().indexOf('1.8 km', document.getText().length - 200);
    const lastPosition = document.positionAt(lastOffset);
    const tokens = await waitFor('semantic tokens down to the last paragraph', async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      if (!result || result.data.length === 0) return undefined;
      let line = 0;
      let character = 0;
      for (let i = 0; i < result.data.length; i += 5) {
        line += result.data[i];
        character = result.data[i] === 0 ? character + result.data[i + 1] : result.data[i + 1];
        if (line === lastPosition.line && character === lastPosition.character) return result;
      }
      return undefined;
    }, 60000);
    assert.ok(tokens.data.length / 5 > 3600 * 4, `only ${tokens.data.length / 5} tokens`);
  });
});
