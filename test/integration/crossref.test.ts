// Cross-references in the real VS Code host: hover cards (entity and figure), references, document
// highlights, disagreement diagnostics, the commands the cards link to, and escaping of hostile
// article text (test/fixtures/workspace/zz-hostile.txt).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openArticle, screenshot, waitFor, workspaceFile } from './helpers';

const WIRE = 'meridian-wire.txt';

function markdownOf(hovers: readonly vscode.Hover[]): string[] {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

async function hoverAt(document: vscode.TextDocument, needle: string, delta = 2): Promise<string[]> {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found in ${document.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + delta));
  return markdownOf(hovers ?? []);
}

/** Waits for the hover card at `needle` that satisfies `accept` (the index is built in the background). */
async function cardAt(document: vscode.TextDocument, needle: string, accept: (markdown: string) => boolean): Promise<string> {
  return waitFor(`a hover card at "${needle}"`, async () => (await hoverAt(document, needle)).find(accept), 20000);
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  return document.positionAt(offset + delta);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

function disagreementDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Crosscheck' && d.message.startsWith('Other sources differ'));
}

describe('cross-references', () => {
  let wire: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    wire = (await openArticle(WIRE)).document;
  });

  after(async () => {
    await setSetting('hover.maxSources', undefined);
    await setSetting('diagnostics.disagreements', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows an entity card listing the other sources that name the entity', async () => {
    const card = await cardAt(wire, 'Keir Starmer', (md) => md.includes('in 6 of 7 sources'));
    // The canonical name is the recognizer's choice ("Keir Starmer" or "Sir Keir Starmer"); the rest are aliases.
    assert.match(card, /^\*\*(Sir )?Keir Starmer\*\* · person · in 6 of 7 sources {2}\nAlso: .*\bStarmer\b/);
    for (const title of ['The Harbour Blog', 'Atlantic Live', 'Channel Nine News', 'The Quarterly Review']) assert.ok(card.includes(title), `card names ${title}:\n${card}`);
    // How each source names the entity, and its best-matching sentence with the entity emphasised.
    assert.match(card, /as \*Starmer\*/);
    assert.match(card, /“\*\*Starmer\*\*\\'s promise of £180m is small/);
    // Dense: one header line per source (title, outlet, date and naming), its sentence right under it.
    assert.match(card, /\*\* · The Quarterly Review · 2026\\-03\\-16 · as \*Starmer\* {2}\n“/);
    assert.doesNotMatch(card, /^(?:>|---)/m);
    assert.match(card, /\[Show all \d+ mentions\]\(command:crosscheck\.showAllMentions\?/);
    assert.match(card, /\(command:crosscheck\.openSource\?[^)]*quarterly-review\.txt/);
  });

  it('honours crosscheck.hover.maxSources', async () => {
    await setSetting('hover.maxSources', 1);
    try {
      const card = await cardAt(wire, 'Keir Starmer', (md) => md.includes('more sources'));
      assert.equal(card.match(/command:crosscheck\.openSource/g)?.length, 1, card);
      assert.match(card, /· 4 more sources$/);
    } finally {
      await setSetting('hover.maxSources', undefined);
    }
  });

  it('renders hostile article text only as escaped text and links only to Crosscheck commands', async () => {
    const card = await cardAt(wire, 'Keir Starmer', (md) => md.includes('Hostile test page'));
    // The fixture's text is there, every Markdown and HTML character escaped.
    // (Titles are cut to fit one line of the card.)
    assert.ok(card.includes('Hostile test page \\[click me\\]\\(command\\:work…'), card);
    assert.ok(/\\<script\\>alert\\\(\\"\*\*Keir Starmer\*\*\\"\\\)\\<\\\/script\\>/.test(card) || card.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), card);
    // Nothing unescaped: no HTML tag, no backtick, no link other than crosscheck.* commands.
    assert.doesNotMatch(card, /(^|[^\\])[<`]/);
    const targets = [...card.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const target of targets) assert.match(target, /^command:crosscheck\.(openSource|showAllMentions)\?[A-Za-z0-9%._~-]*$/);
    assert.doesNotMatch(card, /command:workbench[^\\]/);
    // And the hover itself enables only Crosscheck's commands, without HTML.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wire.uri, positionOf(wire, 'Keir Starmer', 2));
    const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('Hostile test page'));
    assert.ok(ours);
    if (ours.isTrusted !== undefined) assert.deepEqual(ours.isTrusted, { enabledCommands: ['crosscheck.openSource', 'crosscheck.showAllMentions'] });
    assert.notEqual(ours.supportHtml, true);
  });

  it('shows a figure card that flags the planted disagreements', async () => {
    const card = await cardAt(wire, '26 nations', (md) => md.includes('✗'));
    const summary = /^\*\*26 nations\*\* · number · countries {2}\nOther sources: \*\*[1-9]\d* differ\*\* \(([^)]*)\)/.exec(card);
    assert.ok(summary, card);
    for (const value of ['35 countries', 'more than 30 countries']) assert.ok(summary[1].includes(value), summary[1]);
    assert.match(card, /✗ \*\*35 countries\*\* \\\(differs by 9\\\) · \*\*\[/);
    assert.match(card, /✗ \*\*more than 30 countries\*\* · /);
    assert.match(card, /“\*\*Thirty\\-five countries\*\* put their names to the \*\*Lisbon Declaration\*\*/);
    // The headline and the outlet, not the page's breadcrumb or the correspondent's job title.
    assert.match(card, /\[Atlantic leaders agree[^\]]*\]\(command:[^)]*\)\*\* · Channel Nine News · /);
    assert.doesNotMatch(card, /Europe correspondent/);
  });

  it('compares figures across units and shows the conversion', async () => {
    const card = await cardAt(wire, '72 km', (md) => md.includes('45 mi'));
    assert.match(card, /^\*\*72 km\*\* · quantity · length {2}\nOther sources: [1-9] approximately agrees? · [1-9] agrees?\n/);
    assert.match(card, /≈ \*\*45 mi\*\* \*45 mi ≈ 72\\\.42 km\* · \*\*\[/);
    assert.match(card, /✓ \*\*72 km\*\* · /);
    assert.doesNotMatch(card, /✗|differ/);
  });

  it('lists every mention of an entity across the workspace with Shift+F12', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', wire.uri, positionOf(wire, 'Keir Starmer', 3));
    const files = new Set(locations.map((l) => l.uri.path.split('/').pop()));
    assert.deepEqual([...files].sort(), ['atlantic-live.txt', 'channel-nine-news.txt', 'meridian-wire.txt', 'quarterly-review.txt', 'the-harbour-blog.txt', 'zz-hostile.txt']);
    for (const location of locations) {
      const document = await vscode.workspace.openTextDocument(location.uri);
      assert.match(document.getText(location.range), /^(Sir )?(Keir )?Starmer$/, `${location.uri.path} ${JSON.stringify(location.range)}`);
    }
    const card = await cardAt(wire, 'Keir Starmer', (md) => md.includes('Show all'));
    assert.ok(card.includes(`Show all ${locations.length} mentions`), `${locations.length} locations; card:\n${card}`);
  });

  it('highlights the entity\'s mentions in the current article', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', wire.uri, positionOf(wire, 'Starmer told', 1));
    const texts = highlights.map((h) => wire.getText(h.range));
    assert.deepEqual(texts, ['Keir Starmer', 'Starmer']);
  });

  it('reports figures other sources contradict as Information diagnostics, and only while enabled', async () => {
    const diagnostics = await waitFor('disagreement diagnostics', () => {
      const found = disagreementDiagnostics(wire.uri);
      return found.some((d) => wire.getText(d.range) === '26 nations') ? found : undefined;
    });
    const signatories = diagnostics.find((d) => wire.getText(d.range) === '26 nations')!;
    assert.equal(signatories.severity, vscode.DiagnosticSeverity.Information);
    assert.match(signatories.message, /^Other sources differ: /);
    assert.match(signatories.message, /35 countries \(Channel Nine News\)/);
    assert.match(signatories.message, /more than 30 countries \(Northern Ledger\)/);
    assert.ok(diagnostics.some((d) => wire.getText(d.range) === '$1.2 billion' && /\$?2 billion|USD 2 billion/.test(d.message)), diagnostics.map((d) => d.message).join('\n'));
    // Figures about other things are not flagged: the signing day against the 2035 target, the
    // 90 days for a route map against 100 days for meeting fishermen.
    const flagged = diagnostics.map((d) => wire.getText(d.range));
    for (const unrelated of ['Thursday', '2035', '90 days']) assert.ok(!flagged.includes(unrelated), `${unrelated} flagged:\n${diagnostics.map((d) => d.message).join('\n')}`);

    await setSetting('diagnostics.disagreements', false);
    await waitFor('diagnostics cleared', () => disagreementDiagnostics(wire.uri).length === 0);
    await setSetting('diagnostics.disagreements', undefined);
    await waitFor('diagnostics back', () => disagreementDiagnostics(wire.uri).length > 0);
  });

  it('opens another source at the sentence a card links to', async () => {
    const channel = workspaceFile('channel-nine-news.txt');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(channel));
    const start = text.indexOf('Thirty-five countries');
    await vscode.commands.executeCommand('crosscheck.openSource', { sourceId: channel.toString(), start, end: start + 'Thirty-five countries'.length });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), channel.toString());
    assert.equal(editor.document.getText(editor.selection), 'Thirty-five countries');
    // Malformed arguments (a hover link is just a URI) are refused without opening anything.
    await vscode.commands.executeCommand('crosscheck.openSource', { sourceId: 42 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), channel.toString());
    await openArticle(WIRE);
  });

  it('shows all mentions of an entity and finds entities by a fuzzy name', async () => {
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', wire.uri, positionOf(wire, 'Helena Vasconcelos', 3));
    const shown = await vscode.commands.executeCommand<vscode.Location[]>('crosscheck.showAllMentions', { entityId: 'helena-vasconcelos' });
    assert.equal(shown.length, references.length);
    assert.ok(shown.length >= 6, `${shown.length} mentions of Helena Vasconcelos`);
    await vscode.commands.executeCommand('closeReferenceSearch');
    // A misspelt alias still finds her.
    assert.equal(await vscode.commands.executeCommand('crosscheck.findEntity', 'Vasconselos'), 'helena-vasconcelos');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('follows a new source on disk and forgets it when it is deleted', async () => {
    const extra = workspaceFile('crossref-extra-source.txt');
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('Extra report\n\nKeir Starmer said 40 countries signed the declaration in Lisbon.\n'));
    try {
      await cardAt(wire, 'Keir Starmer', (md) => md.includes('in 7 of 8 sources'));
      await cardAt(wire, '26 nations', (md) => md.includes('✗ **40 countries**'));
      await waitFor('a diagnostic naming the new source', () => disagreementDiagnostics(wire.uri).some((d) => d.message.includes('40 countries (crossref-extra-source.txt)')));
    } finally {
      await vscode.workspace.fs.delete(extra);
    }
    await cardAt(wire, 'Keir Starmer', (md) => md.includes('in 6 of 7 sources'));
  });

  it('follows unsaved edits in an editor', async () => {
    const draft = workspaceFile('crossref-draft.txt');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Draft report\n\nA short note.\n'));
    try {
      const editor = await vscode.window.showTextDocument(draft);
      await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Keir Starmer said 41 countries signed the Lisbon Declaration.\n'));
      await cardAt(wire, '26 nations', (md) => md.includes('✗ **41 countries**'));
      await cardAt(wire, 'Keir Starmer', (md) => md.includes('in 7 of 8 sources'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await cardAt(wire, '26 nations', (md) => !md.includes('41 countries') && md.includes('✗'));
    } finally {
      await vscode.workspace.fs.delete(draft);
    }
  });

  it('moves the sources of a renamed folder and forgets those of a deleted one', async () => {
    const folder = workspaceFile('crossref-folder');
    const renamed = workspaceFile('crossref-folder-renamed');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'inner.txt'), new TextEncoder().encode('Inner report\n\nHelena Vasconcelos visited Lisbon.\n'));
    const mentionFiles = async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', wire.uri, positionOf(wire, 'Helena Vasconcelos', 3));
      return locations.map((l) => vscode.workspace.asRelativePath(l.uri, false));
    };
    try {
      await waitFor('the new folder indexed', async () => (await mentionFiles()).includes('crossref-folder/inner.txt'));
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(folder, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the folder moved', async () => {
        const files = await mentionFiles();
        return files.includes('crossref-folder-renamed/inner.txt') && !files.includes('crossref-folder/inner.txt');
      });
      await vscode.workspace.fs.delete(renamed, { recursive: true });
      await waitFor('the folder forgotten', async () => !(await mentionFiles()).some((file) => file.startsWith('crossref-folder')));
    } finally {
      for (const uri of [folder, renamed]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('takes screenshots of the hover cards and the Entities view', async function () {
    if (!process.env.CROSSCHECK_SCREENSHOTS) this.skip();
    const editor = await openArticle(WIRE);
    // The diagnostic's own hover would sit above the figure card: show the card alone, below the line
    // where the editor has more room for it.
    await setSetting('diagnostics.disagreements', false);
    await vscode.workspace.getConfiguration('editor').update('hover.above', false, vscode.ConfigurationTarget.Workspace);
    for (const [needle, name] of [['Starmer told', 'hover-entity'], ['26 nations', 'hover-figure']] as const) {
      const position = positionOf(editor.document, needle, 2);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.showHover');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await screenshot(name);
      await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    }
    await setSetting('diagnostics.disagreements', undefined);
    await vscode.workspace.getConfiguration('editor').update('hover.above', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
    // In this host the resize commands act on the editor part: shrinking it widens the side bar.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await vscode.commands.executeCommand('crosscheck.entities.focus');
    // The Entities view alone in the side bar: hide the Claims view below it for the picture.
    await vscode.commands.executeCommand('crosscheck.claims.toggleVisibility');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Expand the second person (the first also appears in the hostile fixture) and their first source.
    for (const command of ['list.focusFirst', 'list.focusDown', 'list.focusDown', 'list.expand', 'list.focusDown', 'list.expand']) {
      await vscode.commands.executeCommand(command);
      await new Promise((resolve) => setTimeout(resolve, 800));
    }
    await screenshot('entities-view');
    await vscode.commands.executeCommand('crosscheck.claims.toggleVisibility');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
    await vscode.commands.executeCommand('workbench.view.explorer');
  });
});

describe('cross-references: Entities view provider', () => {
  it('groups entities by type with counts, and expands to sources and mentions that open the span', async () => {
    await activateExtension();
    // A second workspace model over the same folder, driven directly (the view itself cannot be read from a test).
    const { ConfigService } = await import('../../src/vscode/config');
    const { ArticleWorkspace } = await import('../../src/vscode/workspace/articleWorkspace');
    const { EntityCatalog } = await import('../../src/vscode/crossref/entityCatalog');
    const { EntitiesTreeProvider } = await import('../../src/vscode/crossref/entitiesTree');
    const config = new ConfigService();
    const output = vscode.window.createOutputChannel('Crosscheck test', { log: true });
    const workspace = new ArticleWorkspace(config, output);
    const catalog = new EntityCatalog(workspace);
    const provider = new EntitiesTreeProvider(workspace, catalog);
    try {
      await workspace.startScan();
      const groups = await provider.getChildren();
      const labels = groups.map((group) => provider.getTreeItem(group).label);
      assert.deepEqual(labels.slice(0, 3), ['People', 'Organizations', 'Places']);
      const people = await provider.getChildren(groups[0]);
      const items = people.map((node) => provider.getTreeItem(node));
      const starmer = items.findIndex((item) => /Keir Starmer$/.test(String(item.label)));
      assert.ok(starmer >= 0, items.map((i) => i.label).join(', '));
      assert.equal(items[starmer].description, '6 sources · 8 mentions');
      const sources = await provider.getChildren(people[starmer]);
      assert.equal(sources.length, 6);
      const wireNode = sources.find((node) => String(provider.getTreeItem(node).description).endsWith(WIRE))!;
      assert.equal(provider.getTreeItem(wireNode).label, 'Leaders sign Lisbon pact to build shared Atlantic offshore wind grid');
      const mentions = (await provider.getChildren(wireNode)).map((node) => provider.getTreeItem(node));
      assert.equal(mentions.length, 2);
      const first = mentions[0].label as vscode.TreeItemLabel;
      const [from, to] = first.highlights![0];
      assert.equal(first.label.slice(from, to), 'Keir Starmer');
      assert.equal(mentions[0].description, 'line 11');
      assert.equal(mentions[0].command?.command, 'crosscheck.openSource');
      await vscode.commands.executeCommand(mentions[0].command!.command, ...(mentions[0].command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.getText(editor.selection), 'Keir Starmer');
    } finally {
      provider.dispose();
      catalog.dispose();
      workspace.dispose();
      config.dispose();
      output.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
