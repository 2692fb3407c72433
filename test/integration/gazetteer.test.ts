import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, waitFor, workspaceFile } from './helpers';

// Two articles written for this test that share a barrier, a river and a newspaper.
const FIRST = [
  'Barrier vote in Portvale',
  '',
  'PORTVALE, May 4, 2026 (Coastline Post) – Mayor Ines Darrow said the barrier across the River Sallow, known locally as Old Grey, would cost €40 million.',
  '',
].join('\n');
const SECOND = [
  'Anglers worry about the barrier',
  '',
  'Anglers on the River Sallow told the Coastline Post on Tuesday that 300 boats moor near Old Grey, Mayor Ines Darrow said.',
  '',
].join('\n');
const FIRST_PATH = 'gazetteer-fixture-one.txt';
const SECOND_PATH = 'gazetteer-fixture-two.txt';
const GAZETTEER = '.crosscheck/entities.yaml';

async function tokenTypeAt(document: vscode.TextDocument, text: string): Promise<string | undefined> {
  const start = document.positionAt(document.getText().indexOf(text));
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!tokens) return undefined;
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    line += tokens.data[i];
    character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
    if (line === start.line && character === start.character) return legend.tokenTypes[tokens.data[i + 3]];
  }
  return undefined;
}

async function readGazetteer(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(GAZETTEER)));
  } catch {
    return undefined;
  }
}

async function select(document: vscode.TextDocument, text: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const start = document.getText().indexOf(text);
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + text.length));
}

describe('team gazetteer', () => {
  let first: vscode.TextDocument;
  let second: vscode.TextDocument;
  let original: string | undefined;
  /** Token type of "Old Grey" before any gazetteer. */
  let recognised: string | undefined;

  before(async () => {
    await activateExtension();
    original = await readGazetteer();
    if (original !== undefined) await vscode.workspace.fs.delete(workspaceFile(GAZETTEER));
    await vscode.workspace.fs.writeFile(workspaceFile(FIRST_PATH), new TextEncoder().encode(FIRST));
    await vscode.workspace.fs.writeFile(workspaceFile(SECOND_PATH), new TextEncoder().encode(SECOND));
    first = await vscode.workspace.openTextDocument(workspaceFile(FIRST_PATH));
    second = await vscode.workspace.openTextDocument(workspaceFile(SECOND_PATH));
    await vscode.window.showTextDocument(second, { preview: false });
    await vscode.window.showTextDocument(first, { preview: false });
    await waitFor('the fixture recognised', async () => (await tokenTypeAt(first, 'Ines Darrow')) === 'person');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const path of [FIRST_PATH, SECOND_PATH]) await vscode.workspace.fs.delete(workspaceFile(path));
    if (original !== undefined) await vscode.workspace.fs.writeFile(workspaceFile(GAZETTEER), new TextEncoder().encode(original));
    else await vscode.workspace.fs.delete(workspaceFile('.crosscheck'), { recursive: true }).then(undefined, () => undefined);
  });

  it('Mark as Entity creates the gazetteer and retypes the name in every open article at once', async () => {
    recognised = await tokenTypeAt(second, 'Old Grey');
    // Mark it as whatever the recogniser does not make of it, so the change is visible.
    const type = recognised === 'miscEntity' ? 'person' : 'misc';
    const expected = type === 'misc' ? 'miscEntity' : 'person';
    await select(first, 'Old Grey');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; changed: boolean }>('crosscheck.markAsEntity', { type, name: 'Old Grey' });
    assert.deepEqual({ ok: outcome.ok, changed: outcome.changed }, { ok: true, changed: true });

    const written = parse((await readGazetteer()) ?? '') as { entities: Array<Record<string, unknown>> };
    assert.deepEqual(written.entities, [{ id: 'old-grey', type, name: 'Old Grey' }]);
    // No waiting for the file watcher: both articles answer with the new type right away.
    assert.equal(await tokenTypeAt(first, 'Old Grey'), expected);
    assert.equal(await tokenTypeAt(second, 'Old Grey'), expected);
  });

  it('Mark as Entity keeps a selected short form as an alias of the full name', async () => {
    await select(first, 'Darrow');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('crosscheck.markAsEntity', { type: 'person', name: 'Ines Darrow' });
    assert.equal(outcome.ok, true);
    const written = parse((await readGazetteer()) ?? '') as { entities: Array<Record<string, unknown>> };
    const entry = written.entities.find((e) => e.id === 'ines-darrow');
    assert.deepEqual(entry, { id: 'ines-darrow', type: 'person', name: 'Ines Darrow', aliases: ['Darrow'] });
  });

  it('Mark as Entity without arguments preselects the recognised type and prefills the name', async () => {
    const before = await tokenTypeAt(second, 'River Sallow');
    const preselected = before === 'miscEntity' ? 'misc' : before ?? 'person';
    await select(second, 'River Sallow');
    const pending = vscode.commands.executeCommand<{ ok: boolean } | undefined>('crosscheck.markAsEntity');
    // Accept the quick pick's active item, then the input box's prefilled value.
    for (let step = 0; step < 2; step++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const outcome = await pending;
    assert.equal(outcome?.ok, true);
    const written = parse((await readGazetteer()) ?? '') as { entities: Array<Record<string, unknown>> };
    assert.deepEqual(written.entities.find((e) => e.id === 'river-sallow'), { id: 'river-sallow', type: preselected, name: 'River Sallow' });
  });

  it('Not an Entity adds the selection to ignore and removes its highlight', async () => {
    assert.equal(await tokenTypeAt(second, 'Coastline Post'), 'organization');
    await select(first, 'Coastline Post');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; changed: boolean }>('crosscheck.notAnEntity');
    assert.deepEqual({ ok: outcome.ok, changed: outcome.changed }, { ok: true, changed: true });
    const written = parse((await readGazetteer()) ?? '') as { ignore: string[] };
    assert.deepEqual(written.ignore, ['Coastline Post']);
    assert.equal(await tokenTypeAt(first, 'Coastline Post'), undefined);
    assert.equal(await tokenTypeAt(second, 'Coastline Post'), undefined);
  });

  it('shows the problems of a broken gazetteer on the file and never overwrites it', async () => {
    const broken = 'entities:\n  - id: river-sallow\n    type: river\n    name: River Sallow\nignore: [unclosed\n';
    await vscode.workspace.fs.writeFile(workspaceFile(GAZETTEER), new TextEncoder().encode(broken));
    const diagnostics = await waitFor('gazetteer diagnostics', () => {
      const found = vscode.languages.getDiagnostics(workspaceFile(GAZETTEER));
      return found.length > 0 ? found : undefined;
    });
    const summary = diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`).join('; ');
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error), summary);
    // The unknown type is reported where it is written (line 3, column 11 counting from 1).
    assert.ok(diagnostics.some((d) => d.range.start.line === 2 && d.range.start.character === 10 && /river/.test(d.message)), summary);
    assert.ok(diagnostics.some((d) => d.range.start.line >= 4 && /flow sequence|\]/i.test(d.message)), summary);

    await select(first, 'Portvale');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('crosscheck.markAsEntity', { type: 'place', name: 'Portvale' });
    assert.equal(outcome.ok, false);
    assert.equal(await readGazetteer(), broken);

    // Fixed on disk: the watcher reloads it and the diagnostics go away.
    await vscode.workspace.fs.writeFile(workspaceFile(GAZETTEER), new TextEncoder().encode('entities:\n  - name: Old Grey\n    type: misc\n'));
    await waitFor('diagnostics cleared', () => vscode.languages.getDiagnostics(workspaceFile(GAZETTEER)).length === 0);
    // Wait on the declared entry itself: "Coastline Post" is an organization with or without it.
    await waitFor('the fixed gazetteer applied', async () => (await tokenTypeAt(first, 'Old Grey')) === 'miscEntity');
    assert.equal(await tokenTypeAt(first, 'Coastline Post'), 'organization');
  });

  it('forgets the gazetteer when the file is deleted', async () => {
    await vscode.workspace.fs.delete(workspaceFile(GAZETTEER));
    await waitFor('recognition without the gazetteer', async () => (await tokenTypeAt(first, 'Old Grey')) === recognised);
  });
});
