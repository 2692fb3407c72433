// The claims of the workspace's articles as the editor shows them: each article's sidecar state
// (valid, invalid, unreadable) and where each claim is in the article's current text.
// - Sidecars are found on activation and followed with a file watcher (git pull, other windows).
// - While an article is edited, claims move with the content changes (core applyEdits); when the
//   article is saved, claims whose stored quote/context/offsets are stale are written back.
// - Writes go through the core ClaimStore: re-read, merge by operation, atomic replace; a sidecar
//   that does not parse is never written.
import * as vscode from 'vscode';
import {
  anchorClaim, applyEdits, articlePathForSidecar, ClaimStore, emptySidecar, reanchorClaims, sidecarPathFor, SidecarInvalidError,
  type AnchorStatus, type ApplyOptions, type ApplyResult, type Claim, type ClaimOperation, type SidecarFile,
} from '../../core/claims';
import { staleAnchorChanges } from '../../core/claims/adapterSupport';
import type { FileProblem } from '../../core/model';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { articleText, openDocument, readArticleFromDisk } from './articleText';
import { WorkspaceFileStore } from './workspaceFileStore';

/** A claim and where it is in its article's current text. */
export interface AnchoredClaimState {
  readonly claim: Claim;
  readonly start: number;
  readonly end: number;
  readonly status: AnchorStatus;
  readonly score: number;
}

export type SidecarState =
  | { readonly kind: 'ok'; readonly exists: boolean; readonly file: SidecarFile; readonly warnings: readonly FileProblem[] }
  /** The file does not parse or validate: it is shown with its problems and never written. */
  | { readonly kind: 'invalid'; readonly problems: readonly FileProblem[] }
  /** The file could not be read at all (permissions, I/O). */
  | { readonly kind: 'unreadable'; readonly message: string };

/** The claims of one article. Mutated only by ClaimsModel. */
export class ArticleClaims {
  state: SidecarState = { kind: 'ok', exists: false, file: emptySidecar(), warnings: [] };
  /** One per claim, in the file's order. */
  anchors: readonly AnchoredClaimState[] = [];
  /** The article text the anchors' offsets refer to; undefined when the article cannot be read. */
  text: string | undefined;
  /** Version of the open document the anchors follow; undefined when they refer to the saved text. */
  documentVersion: number | undefined;
  /** True after edits moved claims: their new places are written when the article is saved. */
  anchorsNeedSaving = false;

  constructor(
    readonly articleUri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
  ) {}

  get key(): string {
    return this.articleUri.toString();
  }

  get claims(): readonly Claim[] {
    return this.state.kind === 'ok' ? this.state.file.claims : [];
  }

  anchor(id: string): AnchoredClaimState | undefined {
    return this.anchors.find((anchored) => anchored.claim.id === id);
  }

  /** True when there is something to show: claims, or a sidecar with problems. */
  get hasContent(): boolean {
    return this.state.kind !== 'ok' || this.state.file.claims.length > 0;
  }
}

/** Globs of folders never searched for sidecars. */
const EXCLUDED = '{**/node_modules/**,**/.git/**}';

export class ClaimsModel implements vscode.Disposable {
  private readonly entries = new Map<string, ArticleClaims>();
  private readonly stores = new Map<string, ClaimStore>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly changed = new vscode.EventEmitter<ArticleClaims>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires for an article whenever its claims, their places or its sidecar state change. */
  readonly onDidChange = this.changed.event;
  /** Resolves when the sidecars found on activation are loaded. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Subscribes to the workspace and loads every sidecar. */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.claims.yaml');
    const onSidecar = (uri: vscode.Uri) => {
      const article = articleUriForSidecar(uri);
      if (article) void this.reload(article);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onSidecar),
      watcher.onDidChange(onSidecar),
      watcher.onDidDelete(onSidecar),
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpened(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdited(event)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.onSaved(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClosed(document)),
      vscode.workspace.onWillRenameFiles((event) => event.waitUntil(this.sidecarRenames(event.files))),
      this.workspace.onDidChange(({ changedSources }) => this.onSourcesChanged(changedSources)),
    );
    this.ready = this.loadAll();
  }

  /** Articles that have claims or a sidecar with problems, sorted by URI. */
  articles(): ArticleClaims[] {
    return [...this.entries.values()].filter((entry) => entry.hasContent).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  get(articleUri: vscode.Uri): ArticleClaims | undefined {
    return this.entries.get(articleUri.toString());
  }

  /** Finds every sidecar of the workspace again and reloads it. */
  async loadAll(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles('**/*.claims.yaml', EXCLUDED);
    const articles = sidecars.map(articleUriForSidecar).filter((uri): uri is vscode.Uri => uri !== undefined);
    const known = new Set(articles.map((uri) => uri.toString()));
    // Sidecars deleted while nobody watched (or since the last refresh).
    for (const entry of this.entries.values()) if (!known.has(entry.key) && entry.hasContent) articles.push(entry.articleUri);
    await Promise.all(articles.map((uri) => this.reload(uri)));
  }

  /** Re-reads an article's sidecar from disk and places its claims in the article's current text. */
  reload(articleUri: vscode.Uri): Promise<ArticleClaims> {
    const entry = this.entryFor(articleUri);
    return this.enqueue(entry, async () => {
      try {
        const loaded = await this.storeFor(articleUri).load(articleUri.path);
        entry.state = loaded.ok
          ? { kind: 'ok', exists: loaded.exists, file: loaded.file, warnings: loaded.warnings }
          : { kind: 'invalid', problems: loaded.problems };
      } catch (error) {
        entry.state = { kind: 'unreadable', message: messageOf(error) };
        this.output.warn(`Cannot read ${vscode.workspace.asRelativePath(entry.sidecarUri)}: ${messageOf(error)}`);
      }
      await this.placeInCurrentText(entry);
      this.changed.fire(entry);
      return entry;
    });
  }

  /**
   * Applies operations to the article's sidecar (re-read and merged by the core store) and updates
   * the claims shown. Throws the core's SidecarInvalidError (after recording the problems) or
   * InvalidClaimDataError without writing anything.
   */
  write(articleUri: vscode.Uri, operations: readonly ClaimOperation[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const entry = this.entryFor(articleUri);
    return this.enqueue(entry, async () => {
      let result: ApplyResult;
      try {
        result = await this.storeFor(articleUri).apply(articleUri.path, operations, options);
      } catch (error) {
        if (error instanceof SidecarInvalidError) {
          entry.state = { kind: 'invalid', problems: error.problems };
          entry.anchors = [];
          this.changed.fire(entry);
        }
        throw error;
      }
      const existed = entry.state.kind === 'ok' ? entry.state.exists : true;
      const exists = result.action === 'written' ? true : result.action === 'deleted' ? false : existed;
      entry.state = { kind: 'ok', exists, file: result.file, warnings: result.warnings };
      await this.placeInCurrentText(entry);
      this.changed.fire(entry);
      return result;
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  // ---- placing claims in the text ---------------------------------------------------------------

  private async placeInCurrentText(entry: ArticleClaims): Promise<void> {
    const open = openDocument(entry.articleUri);
    const text = open ? undefined : await articleText(this.workspace, entry.articleUri);
    // Read the open document only now, after the last await, so that no edit slips in between.
    const document = openDocument(entry.articleUri);
    if (document) this.place(entry, document.getText(), document.version);
    else this.place(entry, text, undefined);
  }

  /**
   * Places every claim of the entry's file in `text`. A claim that was already placed in this very
   * text, still covers its quote there, and was not moved by its stored offsets keeps its place
   * (so a sidecar rewrite does not make a claim jump to another copy of its quote); the others are
   * anchored from their stored selector.
   */
  private place(entry: ArticleClaims, text: string | undefined, version: number | undefined): void {
    const claims = entry.claims;
    const previous = new Map(entry.anchors.map((anchored) => [anchored.claim.id, anchored]));
    const sameText = text !== undefined && entry.text === text;
    const placed: AnchoredClaimState[] = new Array(claims.length);
    const toFind: { claim: Claim; index: number }[] = [];
    claims.forEach((claim, index) => {
      const known = previous.get(claim.id);
      const keep = sameText && known && known.status !== 'orphaned' && text.slice(known.start, known.end) === claim.quote
        && (sameSelector(known.claim, claim) || claim.start === known.start);
      if (keep) placed[index] = { ...known, claim, status: known.start === claim.start ? 'exact' : 'moved' };
      else toFind.push({ claim, index });
    });
    if (toFind.length > 0) {
      const found = text === undefined
        ? toFind.map(({ claim }) => ({ claim, start: 0, end: 0, status: 'orphaned' as const, score: 0 }))
        : reanchorClaims(text, { claims: toFind.map(({ claim }) => claim) });
      found.forEach((anchored, i) => (placed[toFind[i].index] = anchored));
    }
    entry.anchors = placed;
    entry.text = text;
    entry.documentVersion = version;
  }

  // ---- editor events ----------------------------------------------------------------------------

  private onOpened(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.claims.length === 0) return;
    void this.enqueue(entry, async () => {
      const current = openDocument(entry.articleUri);
      if (!current || current.version === entry.documentVersion) return;
      this.place(entry, current.getText(), current.version);
      this.changed.fire(entry);
    });
  }

  /** Moves claims with the edit; a claim whose text was replaced as a whole is anchored again. */
  private onEdited(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || entry.claims.length === 0 || event.contentChanges.length === 0) return;
    const text = event.document.getText();
    if (entry.documentVersion === undefined || entry.text === undefined) {
      this.place(entry, text, event.document.version);
    } else {
      const changes = event.contentChanges.map(({ rangeOffset, rangeLength, text: inserted }) => ({ rangeOffset, rangeLength, text: inserted }));
      entry.anchors = entry.anchors.map((anchored) => {
        if (anchored.status === 'orphaned') return anchored;
        const moved = applyEdits(anchored, changes);
        if (!moved) return { claim: anchored.claim, ...anchorClaim(text, anchored.claim) };
        const quoteKept = text.slice(moved.start, moved.end) === anchored.claim.quote;
        const status: AnchorStatus = !quoteKept ? 'fuzzy' : moved.start === anchored.claim.start ? 'exact' : 'moved';
        return { ...anchored, ...moved, status };
      });
      entry.text = text;
      entry.documentVersion = event.document.version;
    }
    entry.anchorsNeedSaving = true;
    this.changed.fire(entry);
  }

  /** Writes the new places of claims moved by edits (offsets are hints; quote and context anchor). */
  private async onSaved(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || !entry.anchorsNeedSaving || entry.state.kind !== 'ok') return;
    if (!vscode.workspace.isTrusted) return;
    const text = document.getText();
    if (entry.text !== text) this.place(entry, text, document.version);
    // Orphans get another chance: the text may have been pasted back.
    let revived = false;
    entry.anchors = entry.anchors.map((anchored) => {
      if (anchored.status !== 'orphaned') return anchored;
      const found = anchorClaim(text, anchored.claim);
      revived ||= found.status !== 'orphaned';
      return { claim: anchored.claim, ...found };
    });
    if (revived) this.changed.fire(entry);
    const operations: ClaimOperation[] = [];
    for (const anchored of entry.anchors) {
      if (anchored.status === 'orphaned') continue;
      const changes = staleAnchorChanges(text, anchored.claim, anchored);
      // No snapshot: a claim deleted elsewhere meanwhile stays deleted.
      // A refreshed anchor is not an edit of the claim: keep `updated`, so saves don't churn diffs.
      if (changes) operations.push({ kind: 'updateClaim', id: anchored.claim.id, changes, touch: false });
    }
    entry.anchorsNeedSaving = false;
    if (operations.length === 0) return;
    try {
      await this.write(entry.articleUri, operations);
    } catch (error) {
      entry.anchorsNeedSaving = true;
      this.output.warn(`Could not save the new places of the claims of ${vscode.workspace.asRelativePath(entry.articleUri)}: ${messageOf(error)}`);
    }
  }

  /** Unsaved edits are gone: claims go back to their places in the saved text. */
  private onClosed(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.claims.length === 0) return;
    entry.anchorsNeedSaving = false;
    void this.enqueue(entry, async () => {
      if (openDocument(entry.articleUri)) return;
      this.place(entry, await readArticleFromDisk(entry.articleUri), undefined);
      this.changed.fire(entry);
    });
  }

  /** An article changed on disk, was created or deleted while no editor had it open. */
  private onSourcesChanged(sourceIds: readonly string[]): void {
    for (const id of sourceIds) {
      const entry = this.entries.get(id);
      if (!entry || entry.claims.length === 0 || openDocument(entry.articleUri)) continue;
      void this.enqueue(entry, async () => {
        const text = await articleText(this.workspace, entry.articleUri);
        if (text === entry.text || openDocument(entry.articleUri)) return;
        this.place(entry, text, undefined);
        this.changed.fire(entry);
      });
    }
  }

  /** A renamed article takes its sidecar along (folders take theirs anyway). */
  private async sidecarRenames(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    if (!vscode.workspace.isTrusted) return edit;
    for (const { oldUri, newUri } of files) {
      const sidecar = sidecarUriFor(oldUri);
      try {
        if ((await vscode.workspace.fs.stat(oldUri)).type !== vscode.FileType.File) continue;
        await vscode.workspace.fs.stat(sidecar);
      } catch {
        continue; // no sidecar (or no file): nothing to move
      }
      edit.renameFile(sidecar, sidecarUriFor(newUri), { ignoreIfExists: true });
    }
    return edit;
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  private entryFor(articleUri: vscode.Uri): ArticleClaims {
    const key = articleUri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = new ArticleClaims(articleUri, sidecarUriFor(articleUri));
      this.entries.set(key, entry);
    }
    return entry;
  }

  private storeFor(uri: vscode.Uri): ClaimStore {
    const key = `${uri.scheme}://${uri.authority}`;
    let store = this.stores.get(key);
    if (!store) {
      store = new ClaimStore(new WorkspaceFileStore(uri));
      this.stores.set(key, store);
    }
    return store;
  }

  /** Runs reloads and writes of one article one after the other. */
  private enqueue<T>(entry: ArticleClaims, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(entry.key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(entry.key, next);
    void next.finally(() => {
      if (this.queues.get(entry.key) === next) this.queues.delete(entry.key);
    }).catch(() => undefined);
    return next;
  }
}

export function sidecarUriFor(articleUri: vscode.Uri): vscode.Uri {
  return articleUri.with({ path: sidecarPathFor(articleUri.path) });
}

export function articleUriForSidecar(sidecarUri: vscode.Uri): vscode.Uri | undefined {
  const path = articlePathForSidecar(sidecarUri.path);
  return path === undefined ? undefined : sidecarUri.with({ path });
}

function sameSelector(a: Claim, b: Claim): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
