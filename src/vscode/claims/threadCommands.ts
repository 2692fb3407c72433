// Commands of claim threads (reply, edit, delete, resolve, change verdict) and of the Claims view
// (open a claim). Menus pass the thread, the comment or a CommentReply; scripts and tests may pass
// `{ article, claimId, … }` instead, which also skips the questions.
import * as vscode from 'vscode';
import { claimAt, type Claim, type ClaimOperation } from '../../core/claims';
import { claimLineInSidecar, shorten } from '../../core/claims/adapterSupport';
import { toRange, toSpan } from '../convert';
import type { Services } from '../services';
import { openDocument } from './articleText';
import type { AuthorResolver } from './author';
import type { ArticleClaims, ClaimsModel } from './claimsModel';
import { ClaimComment, type ClaimRef, type ClaimThreads } from './claimThreads';
import type { ClaimWriter } from './claimWriter';
import { inputNote, pickVerdict } from './prompts';

export interface ThreadCommandDependencies {
  readonly services: Services;
  readonly model: ClaimsModel;
  readonly writer: ClaimWriter;
  readonly author: AuthorResolver;
  readonly threads: ClaimThreads;
}

/** The scripted form of the commands' argument. */
interface ClaimArg {
  readonly article: string | vscode.Uri;
  readonly claimId: string;
  readonly text?: string;
  readonly verdict?: string;
  /** For delete: true skips the confirmations. */
  readonly confirm?: boolean;
  /** For deleteComment: which reply (by index in the file). */
  readonly replyIndex?: number;
}

export function registerThreadCommands(context: vscode.ExtensionContext, deps: ThreadCommandDependencies): void {
  const register = (id: string, run: (arg: unknown) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('crosscheck.claims.reply', (arg) => reply(deps, arg));
  register('crosscheck.claims.createFromComment', (arg) => reply(deps, arg));
  register('crosscheck.claims.editComment', (arg) => startEditing(deps, arg));
  register('crosscheck.claims.saveComment', (arg) => saveComment(deps, arg));
  register('crosscheck.claims.cancelEdit', (arg) => cancelEditing(deps, arg));
  register('crosscheck.claims.deleteComment', (arg) => deleteComment(deps, arg));
  register('crosscheck.claims.deleteClaim', (arg) => deleteClaim(deps, arg));
  register('crosscheck.claims.resolve', (arg) => setResolved(deps, arg, true));
  register('crosscheck.claims.reopen', (arg) => setResolved(deps, arg, false));
  register('crosscheck.claims.changeVerdict', (arg) => changeVerdict(deps, arg));
  register('crosscheck.claims.editNote', (arg) => editNote(deps, arg));
  register('crosscheck.claims.open', (arg) => openClaim(deps, arg));
}

// ---- arguments ----------------------------------------------------------------------------------

function isClaimArg(arg: unknown): arg is ClaimArg {
  if (!arg || typeof arg !== 'object') return false;
  const raw = arg as Record<string, unknown>;
  return (typeof raw.article === 'string' || raw.article instanceof vscode.Uri) && typeof raw.claimId === 'string';
}

function refOf(deps: ThreadCommandDependencies, arg: unknown): ClaimRef | undefined {
  if (arg instanceof ClaimComment) return arg.ref;
  if (isClaimArg(arg)) return { articleUri: typeof arg.article === 'string' ? vscode.Uri.parse(arg.article) : arg.article, claimId: arg.claimId };
  if (arg && typeof arg === 'object' && 'thread' in arg) return deps.threads.refOf((arg as vscode.CommentReply).thread);
  if (arg && typeof arg === 'object' && 'uri' in arg && 'range' in arg) return deps.threads.refOf(arg as vscode.CommentThread);
  return undefined;
}

/** The claim as this window last saw it, or undefined (after telling the user) when it is gone. */
function claimOf(deps: ThreadCommandDependencies, ref: ClaimRef): { entry: ArticleClaims; claim: Claim } | undefined {
  const entry = deps.model.get(ref.articleUri);
  const claim = entry?.claims.find((candidate) => candidate.id === ref.claimId);
  if (!entry || !claim) {
    void vscode.window.showInformationMessage('Crosscheck: this claim is no longer in its claims file.');
    return undefined;
  }
  return { entry, claim };
}

function apply(deps: ThreadCommandDependencies, ref: ClaimRef, operations: readonly ClaimOperation[], what: string, confirmDeleteFile?: boolean) {
  return deps.writer.apply(ref.articleUri, operations, what, { confirmDeleteFile });
}

// ---- commands -----------------------------------------------------------------------------------

async function reply(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  const text = arg instanceof Object && 'text' in arg && typeof (arg as { text: unknown }).text === 'string' ? (arg as { text: string }).text : '';
  if (text.trim() === '') return false;
  if (arg && typeof arg === 'object' && 'thread' in arg && !deps.threads.refOf((arg as vscode.CommentReply).thread)) {
    return createFromGutter(deps, arg as vscode.CommentReply);
  }
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return false;
  const author = await deps.author.author();
  const result = await apply(deps, ref, [{ kind: 'addReply', id: ref.claimId, reply: { author, body: text.trim() }, snapshot: found.claim }], 'add the reply');
  return result !== undefined;
}

/** A thread started from the gutter "+": its first comment becomes a new claim with the first verdict. */
async function createFromGutter(deps: ThreadCommandDependencies, commentReply: vscode.CommentReply): Promise<boolean> {
  const { thread, text } = commentReply;
  const document = openDocument(thread.uri) ?? (await vscode.workspace.openTextDocument(thread.uri));
  let range = thread.range;
  if (range.isEmpty) range = document.lineAt(range.start.line).range;
  let { start, end } = toSpan(document, range);
  const content = document.getText();
  while (start < end && /\s/.test(content[start])) start++;
  while (end > start && /\s/.test(content[end - 1])) end--;
  if (start >= end) {
    void vscode.window.showInformationMessage('Crosscheck: a claim needs some text; select it and run Crosscheck: Annotate Claim.');
    return false;
  }
  const author = await deps.author.author();
  const verdict = deps.services.config.current.claims.verdicts[0];
  const claim = claimAt(content, start, end, { verdict, note: text.trim(), author });
  const result = await deps.writer.apply(thread.uri, [{ kind: 'addClaim', claim }], `annotate ${vscode.workspace.asRelativePath(thread.uri)}`);
  const id = result?.outcomes[0]?.id;
  if (!id) return false;
  thread.dispose(); // the claim's own thread replaces the draft
  deps.threads.reveal(thread.uri, id);
  return true;
}

function startEditing(deps: ThreadCommandDependencies, arg: unknown): void {
  if (!(arg instanceof ClaimComment)) return;
  const thread = deps.threads.threadOf(arg.ref.articleUri, arg.ref.claimId);
  if (!thread) return;
  arg.body = arg.raw;
  arg.mode = vscode.CommentMode.Editing;
  thread.comments = [...thread.comments];
}

function cancelEditing(deps: ThreadCommandDependencies, arg: unknown): void {
  if (!(arg instanceof ClaimComment)) return;
  arg.body = arg.rendered;
  arg.mode = vscode.CommentMode.Preview;
  deps.threads.refresh(arg.ref.articleUri, arg.ref.claimId);
}

async function saveComment(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  if (!(arg instanceof ClaimComment)) return false;
  const text = (typeof arg.body === 'string' ? arg.body : arg.body.value).trim();
  const found = claimOf(deps, arg.ref);
  arg.mode = vscode.CommentMode.Preview;
  arg.body = arg.rendered;
  if (!found) return false;
  let result;
  if (arg.reply === undefined) {
    result = await apply(deps, arg.ref, [{ kind: 'updateClaim', id: arg.ref.claimId, changes: { note: text === '' ? null : text }, snapshot: found.claim }], 'change the note');
  } else if (text === '') {
    result = await apply(deps, arg.ref, [{ kind: 'deleteReply', id: arg.ref.claimId, reply: arg.reply }], 'delete the reply');
  } else {
    // Replies have no id: replace the one with the same author, time and body; the time is kept.
    const edited = { ...arg.reply, body: text };
    result = await apply(deps, arg.ref, [{ kind: 'deleteReply', id: arg.ref.claimId, reply: arg.reply }, { kind: 'addReply', id: arg.ref.claimId, reply: edited, snapshot: found.claim }], 'change the reply');
  }
  deps.threads.refresh(arg.ref.articleUri, arg.ref.claimId);
  return result !== undefined;
}

async function deleteComment(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  const ref = refOf(deps, arg);
  if (!ref) return false;
  const replyIndex = isClaimArg(arg) ? arg.replyIndex : undefined;
  const replyToDelete = arg instanceof ClaimComment ? arg.reply : replyIndex === undefined ? undefined : claimOf(deps, ref)?.claim.replies[replyIndex];
  if (replyToDelete === undefined) return deleteClaim(deps, arg);
  const result = await apply(deps, ref, [{ kind: 'deleteReply', id: ref.claimId, reply: replyToDelete }], 'delete the reply');
  return result !== undefined;
}

async function deleteClaim(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return false;
  const scripted = isClaimArg(arg) && arg.confirm === true;
  if (!scripted) {
    const answer = await vscode.window.showWarningMessage(
      `Delete the claim "${shortQuote(found.claim.quote)}" with its note and ${found.claim.replies.length} replies?`,
      { modal: true },
      'Delete',
    );
    if (answer !== 'Delete') return false;
  }
  const result = await apply(deps, ref, [{ kind: 'deleteClaim', id: ref.claimId, lastSeenUpdated: found.claim.updated }], 'delete the claim', scripted ? true : undefined);
  return result !== undefined && result.outcomes[0]?.status === 'applied';
}

async function setResolved(deps: ThreadCommandDependencies, arg: unknown, resolved: boolean): Promise<boolean> {
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return false;
  const result = await apply(deps, ref, [{ kind: 'resolveClaim', id: ref.claimId, resolved, snapshot: found.claim }], resolved ? 'resolve the claim' : 'reopen the claim');
  return result !== undefined;
}

async function changeVerdict(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return false;
  const scripted = isClaimArg(arg) && typeof arg.verdict === 'string' && arg.verdict.trim() !== '' ? arg.verdict.trim() : undefined;
  const verdict = scripted ?? (await pickVerdict(deps.services.config.current.claims.verdicts, found.claim.verdict));
  if (verdict === undefined) return false;
  const result = await apply(deps, ref, [{ kind: 'updateClaim', id: ref.claimId, changes: { verdict }, snapshot: found.claim }], 'change the verdict');
  return result !== undefined;
}

async function editNote(deps: ThreadCommandDependencies, arg: unknown): Promise<boolean> {
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return false;
  const note = isClaimArg(arg) && typeof arg.text === 'string' ? arg.text : await inputNote(found.claim.note ?? '');
  if (note === undefined) return false;
  const result = await apply(deps, ref, [{ kind: 'updateClaim', id: ref.claimId, changes: { note: note.trim() === '' ? null : note.trim() }, snapshot: found.claim }], 'change the note');
  return result !== undefined;
}

/** Opens the claim's text in its article; an orphaned claim opens its entry in the claims file instead. */
async function openClaim(deps: ThreadCommandDependencies, arg: unknown): Promise<vscode.TextEditor | undefined> {
  const ref = refOf(deps, arg);
  const found = ref && claimOf(deps, ref);
  if (!ref || !found) return undefined;
  const anchored = found.entry.anchor(ref.claimId);
  if (!anchored || anchored.status === 'orphaned' || found.entry.text === undefined) {
    const sidecar = await vscode.workspace.openTextDocument(found.entry.sidecarUri);
    const line = claimLineInSidecar(sidecar.getText(), ref.claimId) ?? 0;
    const editor = await vscode.window.showTextDocument(sidecar, { selection: new vscode.Range(line, 0, line, 0), preview: true });
    void vscode.window.showWarningMessage(`Crosscheck: the text of this claim was not found in ${vscode.workspace.asRelativePath(ref.articleUri)} any more (orphaned). Its quote was: "${shortQuote(found.claim.quote)}". Fix the quote in the claims file, or delete the claim.`);
    return editor;
  }
  const document = await vscode.workspace.openTextDocument(ref.articleUri);
  // After opening, the model places the claims in the document's text; wait for that if needed.
  const span = found.entry.documentVersion === document.version || found.entry.text === document.getText() ? anchored : (await deps.model.reload(ref.articleUri)).anchor(ref.claimId);
  if (!span || span.status === 'orphaned') return undefined;
  const range = toRange(document, span);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  deps.threads.reveal(ref.articleUri, ref.claimId);
  return editor;
}

function shortQuote(quote: string): string {
  return shorten(quote, 80);
}
