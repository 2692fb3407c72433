// Takes the screenshots of docs/claims.md and the README (only when CROSSCHECK_SCREENSHOTS is set):
// a claim thread expanded on a sample article, and the Claims view. Every sidecar it writes is
// deleted afterwards.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, screenshot, waitFor, workspaceFile, screenshotSuite } from './helpers';

interface Inspection {
  readonly threads: { claimId: string; comments: unknown[] }[];
}

const SIDECARS = ['meridian-wire.txt', 'the-harbour-blog.txt', 'northern-ledger.md'].map((article) => `${article}.claims.yaml`);

async function annotate(article: string, quote: string, options: Record<string, unknown>): Promise<string> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(article));
  const start = document.getText().indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is in ${article}`);
  const id = await vscode.commands.executeCommand<string | undefined>('crosscheck.annotateClaim', { uri: document.uri, range: { start, end: start + quote.length }, ...options });
  assert.ok(id, `annotated ${article}`);
  return id;
}

async function setAuthor(name: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update('author', name, vscode.ConfigurationTarget.Workspace);
}

describe('claims screenshots', () => {
  const settings: Array<[string, string, unknown]> = [
    ['editor', 'wordWrap', 'on'],
    ['editor', 'minimap.enabled', false],
    ['workbench', 'colorTheme', 'Default Dark Modern'],
  ];

  screenshotSuite(settings.map(([section, key]) => [section, key] as const));

  after(async () => {
    await setAuthor(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const sidecar of SIDECARS) await vscode.workspace.fs.delete(workspaceFile(sidecar), { useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  it('shows a claim thread on meridian-wire.txt and the Claims view', async () => {
    await activateExtension();
    for (const [section, key, value] of settings) await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');

    await setAuthor('Jane Doe');
    const disputed = await annotate('meridian-wire.txt', 'Leaders and ministers from 26 nations signed a declaration in Lisbon on Thursday', {
      verdict: 'disputed',
      note: 'Other reports give more than 30 or 35 countries. The organisers have not published a list of signatories yet.',
      evidence: [
        { file: 'northern-ledger.md', quote: 'agreed by more than 30 countries', stance: 'contradicts' },
        { file: 'quarterly-review.txt', quote: 'the declaration was signed by 26, 29 or 35 countries', stance: 'context' },
      ],
    });
    await annotate('meridian-wire.txt', 'sets a joint target of 60 gigawatts of floating wind capacity by 2035', {
      verdict: 'supported',
      note: 'Same target in three other reports.',
      evidence: [{ file: 'channel-nine-news.txt', quote: 'a shared target of 60GW of floating offshore wind by 2035', stance: 'supports' }],
    });
    await annotate('meridian-wire.txt', 'the most ambitious thing the Atlantic countries have ever built together', { verdict: 'opinion', note: 'Quote from the host.' });
    await annotate('the-harbour-blog.txt', 'more than 30 countries were about to sign', { verdict: 'unverified' });
    await setAuthor('Sam Okafor');
    await vscode.commands.executeCommand('crosscheck.claims.reply', {
      article: workspaceFile('meridian-wire.txt').toString(),
      claimId: disputed,
      text: 'Asked the AECC press office for the list; they expect to publish it next week.',
    });
    // An orphaned claim, to show anchor health in the view.
    await vscode.workspace.fs.writeFile(workspaceFile('northern-ledger.md.claims.yaml'), new TextEncoder().encode([
      'version: 1',
      'source: northern-ledger.md',
      'claims:',
      '  - id: ledger1',
      '    quote: The summit was cut short by a storm',
      '    prefix: "Officials said on Friday that "',
      '    suffix: ", leaving the talks unfinished."',
      '    verdict: "false"',
      '    note: Removed from the article after a correction.',
      '    author: Jane Doe',
      '',
    ].join('\n')));

    const document = await vscode.workspace.openTextDocument(workspaceFile('meridian-wire.txt'));
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const start = document.getText().indexOf('Leaders and ministers from 26 nations');
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start));
    editor.revealRange(new vscode.Range(document.positionAt(0), document.positionAt(0)), vscode.TextEditorRevealType.AtTop);
    await waitFor('the thread with its reply', async () =>
      (await vscode.commands.executeCommand<Inspection>('crosscheck.claims.inspect')).threads.find((t) => t.claimId === disputed && t.comments.length === 2));
    // Only the disputed claim's thread open.
    await vscode.commands.executeCommand('workbench.action.collapseAllComments');
    await vscode.commands.executeCommand('crosscheck.claims.open', { article: document.uri.toString(), claimId: disputed });
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start));
    editor.revealRange(new vscode.Range(document.positionAt(0), document.positionAt(0)), vscode.TextEditorRevealType.AtTop);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the comment widget opens and lays out
    await vscode.commands.executeCommand('workbench.action.closePanel');
    assert.ok(await screenshot('claims-thread'));

    // The Claims view alone in the Crosscheck side bar, wide enough for its descriptions.
    await vscode.commands.executeCommand('crosscheck.claims.focus');
    await vscode.commands.executeCommand('crosscheck.entities.toggleVisibility');
    await vscode.commands.executeCommand('crosscheck.claims.focus');
    for (let i = 0; i < 5; i++) await vscode.commands.executeCommand('workbench.action.increaseViewSize');
    await vscode.commands.executeCommand('workbench.action.collapseAllComments');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok(await screenshot('claims-view'));
    await vscode.commands.executeCommand('crosscheck.entities.toggleVisibility');
  });
});
