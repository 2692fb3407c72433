// Claim annotations in the real VS Code host: the Annotate Claim command (answers passed as
// arguments), the sidecar it writes, the comment thread, hover and Claims view, thread commands,
// external edits of the sidecar, an invalid sidecar left untouched, edits of the article moving the
// claim, orphaned claims and deleting the last claim. The article is written by the test into a
// folder of its own and removed afterwards, so the other suites see the samples unchanged.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar, type Claim } from '../../src/core/claims';
import { activateExtension, waitFor, workspaceFile } from './helpers';

const FOLDER = 'claims-test';
const ARTICLE = `${FOLDER}/harbour-report.txt`;
const SIDECAR = `${ARTICLE}.claims.yaml`;
const QUOTE = '26 nations signed the declaration';
const ARTICLE_TEXT = [
  'Harbour report: ministers meet by the river',
  '',
  'By the Test Desk',
  '',
  'Officials said on Thursday that 26 nations signed the declaration on offshore wind, a figure other outlets gave differently.',
  '',
  'The port authority expects the first cables to be laid next spring, according to a short statement.',
  '',
].join('\n');

interface Inspection {
  readonly articles: { article: string; state: string; problems: { line: number; column: number; message: string }[]; anchorsNeedSaving: boolean; claims: { id: string; verdict?: string; status: string; start: number; end: number; text?: string }[] }[];
  readonly threads: { uri: string; claimId: string; range: [number, number, number, number]; label?: string; state: string; canReply: boolean; contextValue?: string; expanded: boolean; comments: { author: string; body: string; contextValue?: string }[] }[];
  readonly tree: TreeItem[];
  readonly grouping: string;
}

interface TreeItem {
  readonly label: string;
  readonly description?: string;
  readonly contextValue?: string;
  readonly children?: TreeItem[];
}

const inspect = () => vscode.commands.executeCommand<Inspection>('crosscheck.claims.inspect');

async function readText(relativePath: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relativePath)));
  } catch {
    return undefined;
  }
}

async function writeText(relativePath: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceFile(relativePath), new TextEncoder().encode(text));
}

async function sidecarClaims(): Promise<readonly Claim[]> {
  const text = await readText(SIDECAR);
  assert.ok(text !== undefined, 'the sidecar exists');
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `the sidecar parses: ${JSON.stringify(!parsed.ok && parsed.problems)}`);
  return parsed.file.claims;
}

function articleUri(): string {
  return workspaceFile(ARTICLE).toString();
}

async function openTestArticle(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(ARTICLE));
  return vscode.window.showTextDocument(document);
}

function selectionOf(editor: vscode.TextEditor, needle: string): vscode.Selection {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the article`);
  return new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + needle.length));
}

function flatten(items: readonly TreeItem[]): TreeItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
}

describe('claims', () => {
  let claimId: string;

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(workspaceFile(FOLDER));
    await writeText(ARTICLE, ARTICLE_TEXT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await vscode.commands.executeCommand('crosscheck.groupClaimsBySource');
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true, useTrash: false });
  });

  it('annotates a selection through the command and writes the sidecar beside the article', async () => {
    const editor = await openTestArticle();
    editor.selection = selectionOf(editor, QUOTE);
    assert.equal(await readText(SIDECAR), undefined, 'no sidecar before the first claim');
    const id = await vscode.commands.executeCommand<string | undefined>('crosscheck.annotateClaim', {
      verdict: 'disputed',
      note: 'Other sources say 35.',
      evidence: [{ file: 'quarterly-review.txt', quote: 'signed by 26, 29 or 35 countries', stance: 'contradicts' }],
    });
    assert.match(id ?? '', /^[a-z][a-z0-9]{5,7}$/);
    claimId = id!;

    const text = await readText(SIDECAR);
    assert.match(text!, /^version: 1\nsource: harbour-report\.txt\nclaims:\n {2}- id: /);
    const [claim] = await sidecarClaims();
    const start = ARTICLE_TEXT.indexOf(QUOTE);
    assert.equal(claim.id, claimId);
    assert.equal(claim.quote, QUOTE);
    assert.equal(claim.prefix, ARTICLE_TEXT.slice(start - 32, start));
    assert.equal(claim.suffix, ARTICLE_TEXT.slice(start + QUOTE.length, start + QUOTE.length + 32));
    assert.deepEqual([claim.start, claim.end], [start, start + QUOTE.length]);
    assert.equal(claim.verdict, 'disputed');
    assert.equal(claim.note, 'Other sources say 35.');
    assert.equal(claim.resolved, false);
    assert.ok(claim.author && claim.author.length > 0, 'an author is recorded');
    assert.match(claim.created ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal(claim.evidence.length, 1);
    assert.equal(claim.evidence[0].source, '../quarterly-review.txt', 'evidence paths are relative to the claims file');
    assert.equal(claim.evidence[0].quote, 'signed by 26, 29 or 35 countries');
    assert.equal(claim.evidence[0].stance, 'contradicts');
  });

  it('proposes evidence from the other sources for the interactive pick, contradicting figures first', async () => {
    const wire = await vscode.workspace.openTextDocument(workspaceFile('meridian-wire.txt'));
    const needle = 'Leaders and ministers from 26 nations signed a declaration';
    const start = wire.getText().indexOf(needle);
    const { proposals } = await vscode.commands.executeCommand<{ proposals: { label: string; description: string; detail: string; stance: string }[] }>(
      'crosscheck.claims.inspect', { proposeFor: { uri: wire.uri.toString(), start, end: start + needle.length } });
    assert.ok(proposals.length >= 3, JSON.stringify(proposals, null, 1));
    assert.equal(proposals[0].stance, 'contradicts');
    assert.ok(proposals[0].label.startsWith('$(error) '), proposals[0].label);
    assert.match(proposals[0].description, /^contradicts: 26 nations vs .*(30|35)/);
    const ledger = proposals.find((p) => p.detail.includes('more than 30 countries'));
    assert.equal(ledger?.stance, 'contradicts', JSON.stringify(proposals, null, 1));
    assert.ok(proposals.every((p) => !p.detail.includes(needle)), 'never the claim itself');
  });

  it('shows the claim as an expanded comment thread labelled with its verdict', async () => {
    const thread = await waitFor('the claim thread', async () => (await inspect()).threads.find((t) => t.claimId === claimId));
    assert.equal(thread.uri, articleUri());
    assert.equal(thread.label, 'disputed');
    assert.equal(thread.state, 'unresolved');
    assert.equal(thread.canReply, true);
    assert.equal(thread.expanded, true, 'a new claim opens its thread');
    assert.match(thread.contextValue ?? '', /^claim;unresolved;editable$/);
    const line = ARTICLE_TEXT.split('\n').findIndex((l) => l.includes(QUOTE));
    const column = ARTICLE_TEXT.split('\n')[line].indexOf(QUOTE);
    assert.deepEqual(thread.range, [line, column, line, column + QUOTE.length]);
    assert.equal(thread.comments.length, 1);
    assert.ok(thread.comments[0].body.startsWith('**Verdict: disputed**\n\nOther sources say 35\\.'), thread.comments[0].body);
    assert.match(thread.comments[0].body, /\*contradicts\*: \[[^\]]+\]\(command:crosscheck\.openSource\?[^)]*quarterly-review\.txt/);
  });

  it('shows verdict, note and evidence links when hovering the annotated text', async () => {
    const document = (await openTestArticle()).document;
    const position = document.positionAt(ARTICLE_TEXT.indexOf(QUOTE) + 12);
    const markdown = await waitFor('the claim hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((value) => value.startsWith('**Claim: disputed**'));
    });
    assert.ok(markdown.includes('Other sources say 35\\.'), markdown);
    assert.match(markdown, /\*contradicts\*: \[.+\]\(command:crosscheck\.openSource\?.+\): “signed by 26\\, 29 or 35 countries”/);
  });

  it('lists the claim in the Claims view, grouped by article or verdict, and filters it', async () => {
    let { tree } = await inspect();
    const group = tree.find((item) => item.label === ARTICLE);
    assert.ok(group, `the article is a group: ${JSON.stringify(tree)}`);
    assert.equal(group.description, '1 claim');
    assert.deepEqual(group.children?.map((child) => [child.label, child.description, child.contextValue]), [[QUOTE, 'disputed · exact', 'claim;unresolved;exact']]);

    await vscode.commands.executeCommand('crosscheck.groupClaimsByVerdict');
    ({ tree } = await inspect());
    const disputed = tree.find((item) => item.label === 'disputed');
    assert.deepEqual(disputed?.children?.map((child) => [child.label, child.description]), [[QUOTE, `${ARTICLE} · exact`]]);

    await vscode.commands.executeCommand('crosscheck.filterClaims', 'verdict:false');
    assert.equal(flatten((await inspect()).tree).some((item) => item.label === QUOTE), false, 'filtered out by verdict');
    await vscode.commands.executeCommand('crosscheck.filterClaims', 'OUTLETS is:exact');
    assert.equal(flatten((await inspect()).tree).some((item) => item.label === QUOTE), false, 'no such word in the claim');
    await vscode.commands.executeCommand('crosscheck.filterClaims', '35 is:exact is:open');
    assert.equal(flatten((await inspect()).tree).some((item) => item.label === QUOTE), true, 'matches the note, health and state');
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await vscode.commands.executeCommand('crosscheck.groupClaimsBySource');
    assert.equal((await inspect()).grouping, 'source');
  });

  it('opens the claim\'s text from the Claims view', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('crosscheck.claims.open', { article: articleUri(), claimId });
    assert.equal(editor?.document.uri.toString(), articleUri());
    assert.equal(editor.document.getText(editor.selection), QUOTE);
  });

  it('adds replies, resolves and changes the verdict through the thread commands', async () => {
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.reply', { article: articleUri(), claimId, text: 'Checked with the agency.' }), true);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.resolve', { article: articleUri(), claimId }), true);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.changeVerdict', { article: articleUri(), claimId, verdict: 'false' }), true);
    const [claim] = await sidecarClaims();
    assert.equal(claim.verdict, 'false');
    assert.equal(claim.resolved, true);
    assert.deepEqual(claim.replies.map((reply) => reply.body), ['Checked with the agency.']);
    assert.ok(claim.replies[0].author && claim.replies[0].time);
    const thread = await waitFor('the updated thread', async () => (await inspect()).threads.find((t) => t.claimId === claimId && t.label === 'false'));
    assert.equal(thread.state, 'resolved');
    assert.equal(thread.contextValue, 'claim;resolved;editable');
    assert.deepEqual(thread.comments.map((comment) => comment.body.split('\n')[0]), ['**Verdict: false**', 'Checked with the agency\\.']);

    // A second reply, then deleted again; the note edited.
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.reply', { article: articleUri(), claimId, text: 'Wrong thread, sorry.' }), true);
    assert.equal((await sidecarClaims())[0].replies.length, 2);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.deleteComment', { article: articleUri(), claimId, replyIndex: 1 }), true);
    assert.deepEqual((await sidecarClaims())[0].replies.map((reply) => reply.body), ['Checked with the agency.']);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.editNote', { article: articleUri(), claimId, text: 'Other sources say 35.\n\nThe agency confirms 26.' }), true);
    assert.equal((await sidecarClaims())[0].note, 'Other sources say 35.\n\nThe agency confirms 26.');
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.editNote', { article: articleUri(), claimId, text: 'Other sources say 35.' }), true);
  });

  it('picks up an external change of the sidecar at once', async () => {
    const before = (await readText(SIDECAR))!;
    assert.ok(before.includes('note: Other sources say 35.'), before);
    await writeText(SIDECAR, `# reviewed by the desk\n${before.replace('note: Other sources say 35.', 'note: Changed in another window.')}`);
    const thread = await waitFor('the thread to show the new note', async () =>
      (await inspect()).threads.find((t) => t.claimId === claimId && t.comments[0]?.body.includes('Changed in another window\\.')));
    assert.equal(thread.label, 'false');
    // The next write merges with the file as it is now and keeps the comment someone added.
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.reopen', { article: articleUri(), claimId }), true);
    const after = (await readText(SIDECAR))!;
    assert.ok(after.startsWith('# reviewed by the desk\n'), after);
    assert.ok(after.includes('note: Changed in another window.'), after);
    assert.ok(after.includes('resolved: false'), after);
  });

  it('keeps the claim on its text when the article is edited above it, and saves the new place with the article', async () => {
    const editor = await openTestArticle();
    const inserted = 'Correction: an earlier version of this report misnamed the port.\n\n';
    const offsetBefore = ARTICLE_TEXT.indexOf(QUOTE);
    const sidecarBefore = await readText(SIDECAR);
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), inserted));
    // A second edit on the claim's own line, before it.
    const line = editor.document.lineAt(editor.document.positionAt(offsetBefore + inserted.length).line);
    await editor.edit((edit) => edit.insert(line.range.start, 'Update: '));
    const moved = offsetBefore + inserted.length + 'Update: '.length;
    const state = await waitFor('the claim to move', async () => {
      const claim = (await inspect()).articles.find((a) => a.article === articleUri())?.claims.find((c) => c.id === claimId);
      return claim?.start === moved ? claim : undefined;
    });
    assert.equal(state.text, QUOTE);
    assert.equal(state.status, 'moved');
    const thread = (await inspect()).threads.find((t) => t.claimId === claimId)!;
    const position = editor.document.positionAt(moved);
    assert.deepEqual(thread.range.slice(0, 2), [position.line, position.character]);
    assert.equal(await readText(SIDECAR), sidecarBefore, 'nothing is written while the article is only edited');

    await editor.document.save();
    const [claim] = await waitFor('the new place in the sidecar', async () => {
      const claims = await sidecarClaims();
      return claims[0]?.start === moved ? claims : undefined;
    });
    assert.equal(claim.quote, QUOTE);
    assert.equal(claim.end, moved + QUOTE.length);
    assert.equal(claim.prefix, editor.document.getText().slice(moved - 32, moved));
    // The model re-reads the sidecar it just wrote (watcher) and re-anchors from the stored place.
    await waitFor('the claim to anchor exactly at its saved place', async () =>
      (await inspect()).articles.find((a) => a.article === articleUri())?.claims[0].status === 'exact');
  });

  it('refuses an invalid sidecar: diagnostics at line and column, the article warned, the file left byte for byte', async () => {
    const editor = await openTestArticle();
    const invalid = `${(await readText(SIDECAR))!.replace('resolved: false', 'resolved: "no"')}`;
    const bytes = new TextEncoder().encode(invalid);
    await vscode.workspace.fs.writeFile(workspaceFile(SIDECAR), bytes);
    const line = invalid.split('\n').findIndex((l) => l.includes('resolved: "no"'));
    const diagnostic = await waitFor('a diagnostic on the sidecar', () =>
      vscode.languages.getDiagnostics(workspaceFile(SIDECAR)).find((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.equal(diagnostic.range.start.line, line);
    assert.equal(diagnostic.range.start.character, invalid.split('\n')[line].indexOf('"no"'));
    assert.match(diagnostic.message, /resolved/);
    const warning = vscode.languages.getDiagnostics(workspaceFile(ARTICLE)).find((d) => d.source === 'Crosscheck claims');
    assert.match(warning?.message ?? '', /harbour-report\.txt\.claims\.yaml is not valid .*line \d+/);
    assert.equal(warning?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal((await inspect()).threads.some((t) => t.claimId === claimId), false, 'no threads from a refused file');

    // Annotating, replying and saving the edited article all leave the file alone.
    editor.selection = selectionOf(editor, 'the first cables');
    assert.equal(await vscode.commands.executeCommand('crosscheck.annotateClaim', { verdict: 'supported', note: 'x' }), undefined);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.reply', { article: articleUri(), claimId, text: 'lost?' }), false);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Late edit. '));
    await editor.document.save();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(workspaceFile(SIDECAR))).equals(Buffer.from(bytes)), 'the invalid file is unchanged');

    // Fixed by hand: the claims come back.
    await writeText(SIDECAR, invalid.replace('resolved: "no"', 'resolved: false'));
    await waitFor('the thread after the fix', async () => (await inspect()).threads.find((t) => t.claimId === claimId));
    assert.equal(vscode.languages.getDiagnostics(workspaceFile(SIDECAR)).length, 0);
  });

  it('shows an orphaned claim in the Claims view and as a warning on the article, never as a thread', async () => {
    const text = (await readText(SIDECAR))!;
    const orphan = [
      '  - id: zorphan1',
      '    quote: a sentence that was cut from the article long ago',
      '    prefix: "nothing like this "',
      '    suffix: " is in the text"',
      '    start: 5',
      '    end: 53',
      '    verdict: supported',
    ].join('\n');
    await writeText(SIDECAR, `${text.trimEnd()}\n${orphan}\n`);
    const item = await waitFor('the orphaned claim in the view', async () =>
      flatten((await inspect()).tree).find((i) => i.label === 'a sentence that was cut from the article long ago'));
    assert.equal(item.description, 'supported · orphaned');
    assert.equal((await inspect()).threads.some((t) => t.claimId === 'zorphan1'), false);
    assert.equal((await inspect()).tree.find((i) => i.label === ARTICLE)?.description, '2 claims · 1 orphaned');
    const warning = vscode.languages.getDiagnostics(workspaceFile(ARTICLE)).find((d) => d.source === 'Crosscheck claims');
    assert.match(warning?.message ?? '', /^1 claim\(s\) of .*harbour-report\.txt\.claims\.yaml no longer match any text of this article \(orphaned\): "a sentence that was cut/);
    // Opening it shows its entry in the claims file rather than some similar text.
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('crosscheck.claims.open', { article: articleUri(), claimId: 'zorphan1' });
    assert.equal(editor.document.uri.toString(), workspaceFile(SIDECAR).toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '  - id: zorphan1');
  });

  it('deletes the claims file together with its last claim', async () => {
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.deleteClaim', { article: articleUri(), claimId: 'zorphan1', confirm: true }), true);
    assert.deepEqual((await sidecarClaims()).map((claim) => claim.id), [claimId]);
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.deleteClaim', { article: articleUri(), claimId, confirm: true }), true);
    assert.equal(await readText(SIDECAR), undefined, 'the file is gone');
    await waitFor('the thread to go', async () => !(await inspect()).threads.some((t) => t.claimId === claimId));
    assert.equal((await inspect()).tree.some((item) => item.label === ARTICLE), false);
    assert.equal(vscode.languages.getDiagnostics(workspaceFile(ARTICLE)).filter((d) => d.source === 'Crosscheck claims').length, 0);
  });

  it('turns a comment started from the gutter into a claim with the first verdict', async () => {
    const editor = await openTestArticle();
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('The port authority'));
    let disposed = false;
    // What VS Code hands the command for a new thread: a thread of our controller that no claim owns yet.
    const draft = { uri: editor.document.uri, range: new vscode.Range(line, 0, line, 0), comments: [], dispose: () => (disposed = true) };
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.createFromComment', { thread: draft, text: 'Check the date with the port.' }), true);
    assert.equal(disposed, true, 'the draft thread makes way for the claim\'s own');
    const [claim] = await sidecarClaims();
    assert.equal(claim.quote, editor.document.lineAt(line).text.trim(), 'an empty range takes the whole line');
    assert.equal(claim.verdict, 'unverified');
    assert.equal(claim.note, 'Check the date with the port.');
    assert.equal(await vscode.commands.executeCommand('crosscheck.claims.deleteClaim', { article: articleUri(), claimId: claim.id, confirm: true }), true);
    assert.equal(await readText(SIDECAR), undefined);
  });
});
