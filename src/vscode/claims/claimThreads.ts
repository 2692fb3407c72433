// Claims as native comment threads: one thread per placed claim, labelled with its verdict, the
// verdict and note (and evidence) as the first comment, the replies after it, resolved or not.
// Orphaned claims get no thread: a thread on text that merely looks similar would mislead.
import * as vscode from 'vscode';
import type { Reply } from '../../core/claims';
import { commandLinks } from '../../core/crossref';
import { renderClaimComment, textAsMarkdown } from '../../core/claims/adapterSupport';
import { rangeInText, toRange } from '../convert';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { openDocument } from './articleText';
import type { AnchoredClaimState, ArticleClaims, ClaimsModel } from './claimsModel';
import { evidenceViews } from './evidence';

export const COMMENT_CONTROLLER_ID = 'crosscheck-claims';
/** Commands the first comment's evidence links may run. */
const COMMENT_COMMANDS = ['crosscheck.openSource'];

/** Which claim a thread or comment belongs to. */
export interface ClaimRef {
  readonly articleUri: vscode.Uri;
  readonly claimId: string;
}

/** A comment of a claim thread: the claim's note (first) or one of its replies. */
export class ClaimComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString;

  constructor(
    readonly ref: ClaimRef,
    /** Undefined for the first comment (verdict and note). */
    readonly reply: Reply | undefined,
    readonly rendered: vscode.MarkdownString,
    /** The text shown for editing: the note or the reply's body. */
    readonly raw: string,
    public author: vscode.CommentAuthorInformation,
    public contextValue: string,
    public timestamp: Date | undefined,
    public label?: string,
  ) {
    this.body = rendered;
  }
}

export interface ThreadSnapshot {
  readonly uri: string;
  readonly claimId: string;
  readonly range: readonly [number, number, number, number];
  readonly label: string | undefined;
  readonly state: 'resolved' | 'unresolved';
  readonly canReply: boolean;
  readonly contextValue: string | undefined;
  readonly expanded: boolean;
  readonly comments: readonly { author: string; body: string; contextValue?: string; editing: boolean }[];
}

export class ClaimThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(COMMENT_CONTROLLER_ID, 'Crosscheck Claims');
  /** Article URI → claim id → thread. */
  private readonly threads = new Map<string, Map<string, vscode.CommentThread>>();
  private readonly refs = new WeakMap<vscode.CommentThread, ClaimRef>();
  /** What each thread's comments were rendered from, to re-render only on change. */
  private readonly rendered = new WeakMap<vscode.CommentThread, string>();
  private readonly toExpand = new Set<string>();
  private readonly links = commandLinks();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly model: ClaimsModel,
    private readonly workspace: ArticleWorkspace,
  ) {
    this.controller.options = { prompt: 'Reply to the claim…', placeHolder: 'Reply (Markdown is shown as plain text)' };
    // Lets people start a claim from the gutter "+" too: the first comment becomes its note.
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => {
        if (!vscode.workspace.isTrusted || !workspace.isSource(document.uri) || document.lineCount === 0) return [];
        return [new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length)];
      },
    };
    this.disposables.push(
      this.controller,
      model.onDidChange((entry) => this.sync(entry)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.syncAll(true)),
      // Evidence links point into other sources: re-render when they change.
      workspace.onDidChange(() => this.syncAll()),
    );
  }

  refOf(thread: vscode.CommentThread): ClaimRef | undefined {
    return this.refs.get(thread);
  }

  threadOf(articleUri: vscode.Uri, claimId: string): vscode.CommentThread | undefined {
    return this.threads.get(articleUri.toString())?.get(claimId);
  }

  /** Expands the claim's thread (now, or as soon as it exists). */
  reveal(articleUri: vscode.Uri, claimId: string): void {
    const thread = this.threadOf(articleUri, claimId);
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    else this.toExpand.add(`${articleUri.toString()}#${claimId}`);
  }

  /** Re-renders the comments of a claim's thread (e.g. after an edit was cancelled). */
  refresh(articleUri: vscode.Uri, claimId: string): void {
    const thread = this.threadOf(articleUri, claimId);
    if (thread) this.rendered.delete(thread);
    const entry = this.model.get(articleUri);
    if (entry) this.sync(entry);
  }

  syncAll(force = false): void {
    for (const entry of this.model.articles()) {
      if (force) for (const thread of this.threads.get(entry.key)?.values() ?? []) this.rendered.delete(thread);
      this.sync(entry);
    }
  }

  snapshot(): ThreadSnapshot[] {
    const found: ThreadSnapshot[] = [];
    for (const byId of this.threads.values()) {
      for (const [claimId, thread] of byId) {
        const { start, end } = thread.range;
        found.push({
          uri: thread.uri.toString(),
          claimId,
          range: [start.line, start.character, end.line, end.character],
          label: thread.label,
          state: thread.state === vscode.CommentThreadState.Resolved ? 'resolved' : 'unresolved',
          canReply: thread.canReply,
          contextValue: thread.contextValue,
          expanded: thread.collapsibleState === vscode.CommentThreadCollapsibleState.Expanded,
          comments: thread.comments.map((comment) => ({
            author: comment.author.name,
            body: typeof comment.body === 'string' ? comment.body : comment.body.value,
            contextValue: comment.contextValue,
            editing: comment.mode === vscode.CommentMode.Editing,
          })),
        });
      }
    }
    return found;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private sync(entry: ArticleClaims): void {
    const byId = this.threads.get(entry.key) ?? new Map<string, vscode.CommentThread>();
    this.threads.set(entry.key, byId);
    const toRangeOf = this.rangeConverter(entry);
    if (!toRangeOf) return; // the open document is ahead of the model: it fires again when placed
    const placed = new Map(entry.anchors.filter((anchored) => anchored.status !== 'orphaned').map((anchored) => [anchored.claim.id, anchored]));
    for (const [id, thread] of byId) {
      if (placed.has(id)) continue;
      thread.dispose();
      byId.delete(id);
    }
    for (const [id, anchored] of placed) {
      const range = toRangeOf(anchored);
      let thread = byId.get(id);
      if (!thread) {
        thread = this.controller.createCommentThread(entry.articleUri, range, []);
        this.refs.set(thread, { articleUri: entry.articleUri, claimId: id });
        byId.set(id, thread);
        const key = `${entry.key}#${id}`;
        if (this.toExpand.delete(key)) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
      } else if (!thread.range.isEqual(range)) {
        thread.range = range;
      }
      this.render(entry, thread, anchored);
    }
    if (byId.size === 0) this.threads.delete(entry.key);
  }

  /** Converts spans with the open document when it is at the model's version, else with the model's text. */
  private rangeConverter(entry: ArticleClaims): ((anchored: AnchoredClaimState) => vscode.Range) | undefined {
    const document = openDocument(entry.articleUri);
    if (document) {
      if (entry.documentVersion !== document.version && entry.text !== document.getText()) return undefined;
      return (anchored) => toRange(document, anchored);
    }
    const text = entry.text ?? '';
    return (anchored) => rangeInText(text, anchored);
  }

  private render(entry: ArticleClaims, thread: vscode.CommentThread, anchored: AnchoredClaimState): void {
    const trusted = vscode.workspace.isTrusted;
    const { claim, status } = anchored;
    // Finding evidence again is cheap (its stored offsets usually still fit); it changes when other sources do.
    const evidence = evidenceViews(this.workspace, entry.sidecarUri, claim);
    const signature = JSON.stringify([claim, status, evidence, trusted]);
    if (this.rendered.get(thread) === signature) return;
    // Keep a comment that is being edited as it is; the rest is refreshed when the edit ends.
    if (thread.comments.some((comment) => comment.mode === vscode.CommentMode.Editing)) return;
    this.rendered.set(thread, signature);

    const ref: ClaimRef = { articleUri: entry.articleUri, claimId: claim.id };
    const editable = trusted ? ';editable' : '';
    const note = new ClaimComment(
      ref,
      undefined,
      markdown(renderClaimComment({ claim, status, evidence }, this.links)),
      claim.note ?? '',
      { name: claim.author ?? 'unknown author' },
      `claimNote${editable}`,
      dateOf(claim.created),
    );
    const replies = [...claim.replies]
      .map((reply, index) => ({ reply, index }))
      // Oldest first; an edited reply keeps its time, so it keeps its place.
      .sort((a, b) => (a.reply.time ?? '').localeCompare(b.reply.time ?? '') || a.index - b.index)
      .map(({ reply }) => new ClaimComment(ref, reply, markdown(textAsMarkdown(reply.body)), reply.body, { name: reply.author ?? 'unknown author' }, `claimReply${editable}`, dateOf(reply.time)));
    thread.comments = [note, ...replies];
    thread.label = status === 'fuzzy' ? `${claim.verdict ?? 'no verdict'} · text changed since annotated` : claim.verdict ?? 'no verdict';
    thread.state = claim.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.canReply = trusted;
    thread.contextValue = `claim;${claim.resolved ? 'resolved' : 'unresolved'}${editable}`;
  }
}

function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value, false);
  result.isTrusted = { enabledCommands: COMMENT_COMMANDS };
  result.supportHtml = false;
  return result;
}

function dateOf(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
