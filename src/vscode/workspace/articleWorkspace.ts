// Keeps the core's recogniser and cross-reference index in step with the article files of the
// workspace: initial scan (with progress, cancellable), open editors, saves, file creation,
// deletion and rename, and changes made outside VS Code (git pull). All reads go through
// vscode.workspace.fs; files that cannot be used are reported, never skipped silently.
import * as vscode from 'vscode';
import type { Mention } from '../../core/model';
import { WorkspaceRecognizer, type UpsertInSlices } from '../../core/recognition';
import { CrossReferenceIndex } from '../../core/crossref';
import { decodeArticle, formatBytes } from '../../core/sources/decode';
import { compileSourcePatterns, type SourcePatterns } from '../../core/sources/globs';
import type { ConfigService } from '../config';

export type SkipReason = { readonly uri: vscode.Uri; readonly reason: string; readonly oversized: boolean };

export interface WorkspaceChange {
  /** Sources whose text changed; every source's mentions may have changed through linking. */
  readonly changedSources: readonly string[];
}

/** Time to wait after the last keystroke before re-indexing an edited article. */
const EDIT_DEBOUNCE_MS = 150;
/** How many files to read between yields to the event loop during the initial scan. */
const SCAN_BATCH = 25;
/** Time to wait after the last change before re-linking the other sources (see syncLinkedSources). */
const RELINK_DEBOUNCE_MS = 100;
/** Articles longer than this are analysed in slices, so a big file never blocks the extension host for long. */
const SLICED_ANALYSIS_CHARS = 256 * 1024;
/** Analysis time per slice before yielding to the event loop. */
const SLICE_BUDGET_MS = 8;

export class ArticleWorkspace implements vscode.Disposable {
  readonly recognizer = new WorkspaceRecognizer();
  readonly index: CrossReferenceIndex;
  private patterns: SourcePatterns;
  private readonly texts = new Map<string, { text: string; version?: number }>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly allowedLargeFiles = new Set<string>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Sources whose analysis is still running in slices; their mentions are not ready yet. */
  private readonly slicedAnalyses = new Map<string, ReturnType<typeof setTimeout>>();
  private relinkTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<WorkspaceChange>();
  private readonly skippedChanged = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private scanCancellation = new vscode.CancellationTokenSource();
  /** The settings the last scan used, to rescan only when they change. */
  private scannedWith: { readonly sources: readonly string[]; readonly maxFileSize: number } | undefined;
  readonly onDidChange = this.changed.event;
  readonly onDidChangeSkipped = this.skippedChanged.event;
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: ConfigService,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.index = new CrossReferenceIndex({ entityLookup: (id) => this.recognizer.entity(id) });
    this.patterns = compileSourcePatterns(config.current.sources);
    this.disposables.push(
      this.changed,
      this.skippedChanged,
      vscode.workspace.onDidOpenTextDocument((document) => this.onDocumentOpened(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDocumentEdited(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onDocumentClosed(document)),
      vscode.workspace.onDidRenameFiles((event) => this.onFilesRenamed(event.files)),
      config.onDidChange((current) => {
        // Only the source patterns and the size limit change which files are indexed; toggling
        // highlights or other settings must not re-read the whole workspace.
        const scanned = this.scannedWith;
        if (scanned && scanned.maxFileSize === current.maxFileSize && sameList(scanned.sources, current.sources)) return;
        this.patterns = compileSourcePatterns(current.sources);
        this.startScan();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri, true)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
    );
  }

  /** Starts (or restarts) the background scan of all sources; `ready` resolves when it ends. */
  startScan(): Promise<void> {
    this.scannedWith = { sources: this.config.current.sources, maxFileSize: this.config.current.maxFileSize };
    this.scanCancellation.cancel();
    this.scanCancellation = new vscode.CancellationTokenSource();
    const token = this.scanCancellation.token;
    this.ready = this.scan(token).catch((error) => {
      this.output.error(`Indexing failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.ready;
  }

  /** Identifies a source by its URI string (stable across workspace folders). */
  sourceId(uri: vscode.Uri): string {
    return uri.toString();
  }

  uriOf(sourceId: string): vscode.Uri {
    return vscode.Uri.parse(sourceId);
  }

  /** Workspace-relative path for display. */
  displayName(sourceId: string): string {
    return vscode.workspace.asRelativePath(this.uriOf(sourceId), false);
  }

  isSource(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'untitled') return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    if (this.patterns.matches(vscode.workspace.asRelativePath(uri, false))) return true;
    // Files users map to the article language (files.associations) are articles too, once open.
    const id = uri.toString();
    return vscode.workspace.textDocuments.some((document) => document.languageId === 'article' && document.uri.toString() === id);
  }

  isIndexed(sourceId: string): boolean {
    return this.texts.has(sourceId);
  }

  skippedFiles(): SkipReason[] {
    return [...this.skipped.values()];
  }

  skipReason(uri: vscode.Uri): SkipReason | undefined {
    return this.skipped.get(uri.toString());
  }

  /** Lets one oversized file be indexed and highlighted anyway (until the window reloads). */
  allowLargeFile(uri: vscode.Uri): void {
    this.allowedLargeFiles.add(uri.toString());
    this.skipped.delete(uri.toString());
    this.skippedChanged.fire();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) this.updateFromDocument(open);
    else void this.readFromDisk(uri);
  }

  /**
   * Re-indexes every source after a change that alters recognition everywhere (the team
   * gazetteer): the recogniser re-resolves mentions lazily, but the cross-reference index holds
   * the old ones until each source is upserted again.
   */
  refreshAll(): void {
    for (const [id, { text }] of this.texts) {
      if (!this.slicedAnalyses.has(id)) this.index.upsert({ id, text, mentions: this.recognizer.mentions(id) });
    }
    this.changed.fire({ changedSources: [...this.texts.keys()] });
  }

  text(sourceId: string): string | undefined {
    return this.texts.get(sourceId)?.text;
  }

  sourceIds(): string[] {
    return [...this.texts.keys()];
  }

  /**
   * Mentions of an open document at its current version, re-analysing it at once when the
   * debounced update has not run yet, so providers never answer with stale offsets.
   */
  mentionsFor(document: vscode.TextDocument): Mention[] {
    const id = this.sourceId(document.uri);
    const known = this.texts.get(id);
    if (!known || known.version !== document.version) {
      if (!this.isSource(document.uri) || this.skipped.has(id)) return [];
      if (!this.updateFromDocument(document)) return [];
    }
    // Offsets from the previous text would land on the wrong words: show nothing until ready.
    if (this.slicedAnalyses.has(id)) return [];
    return this.recognizer.mentions(id);
  }

  /** True while a big article is still being analysed in the background. */
  isAnalysing(sourceId: string): boolean {
    return this.slicedAnalyses.has(sourceId);
  }

  dispose(): void {
    this.scanCancellation.cancel();
    this.scanCancellation.dispose();
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const timer of this.slicedAnalyses.values()) clearTimeout(timer);
    clearTimeout(this.relinkTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async scan(token: vscode.CancellationToken): Promise<void> {
    const include = `{${this.patterns.include.join(',')}}`;
    const exclude = this.patterns.exclude.length ? `{${this.patterns.exclude.join(',')}}` : undefined;
    const uris = (await vscode.workspace.findFiles(include, exclude)).filter((uri) => this.isSource(uri));
    const stale = new Set(this.texts.keys());
    const started = Date.now();
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, cancel?: vscode.CancellationToken) => {
      for (let i = 0; i < uris.length; i++) {
        if (token.isCancellationRequested || cancel?.isCancellationRequested) {
          this.output.warn(`Indexing cancelled after ${i} of ${uris.length} articles; the rest are indexed when opened.`);
          return;
        }
        stale.delete(uris[i].toString());
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uris[i].toString());
        if (open) this.updateFromDocument(open, false);
        else await this.readFromDisk(uris[i], false);
        if (i % SCAN_BATCH === SCAN_BATCH - 1) {
          progress?.report({ message: `${i + 1} of ${uris.length} articles`, increment: (SCAN_BATCH / uris.length) * 100 });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    };
    if (uris.length > 200) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: indexing articles', cancellable: true },
        (progress, cancel) => work(progress, cancel),
      );
    } else {
      await work();
    }
    for (const id of stale) this.removeSource(id, false);
    this.syncLinkedSources();
    this.output.info(`Indexed ${this.texts.size} articles in ${Date.now() - started} ms (${this.skipped.size} skipped).`);
    this.changed.fire({ changedSources: [...this.texts.keys()] });
    this.skippedChanged.fire();
  }

  private async readFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const id = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.config.current.maxFileSize && !this.allowedLargeFiles.has(id)) {
        this.skip(uri, `larger than crosscheck.maxFileSize (${formatBytes(stat.size)} > ${formatBytes(this.config.current.maxFileSize)})`, true);
        return;
      }
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.skip(uri, decoded.reason, false);
        return;
      }
      if (decoded.warning) this.output.warn(`${vscode.workspace.asRelativePath(uri)}: ${decoded.warning}`);
      this.store(id, decoded.text, undefined, notify);
    } catch (error) {
      // Deleted meanwhile (the watcher reports it too): nothing to index, nothing to report.
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') this.removeSource(id, notify);
      else this.skip(uri, `cannot be read: ${error instanceof Error ? error.message : String(error)}`, false);
    }
  }

  private updateFromDocument(document: vscode.TextDocument, notify = true): boolean {
    const id = this.sourceId(document.uri);
    const text = document.getText();
    if (text.length > this.config.current.maxFileSize && !this.allowedLargeFiles.has(id)) {
      this.skip(document.uri, `larger than crosscheck.maxFileSize (${formatBytes(text.length)} > ${formatBytes(this.config.current.maxFileSize)})`, true);
      return false;
    }
    this.store(id, text, document.version, notify);
    return true;
  }

  private store(id: string, text: string, version: number | undefined, notify: boolean): void {
    const previous = this.texts.get(id);
    if (previous && previous.text === text) {
      previous.version = version;
      return;
    }
    const hadSkip = this.skipped.delete(id);
    this.texts.set(id, { text, version });
    if (hadSkip) this.skippedChanged.fire();
    clearTimeout(this.slicedAnalyses.get(id));
    this.slicedAnalyses.delete(id);
    if (text.length > SLICED_ANALYSIS_CHARS) {
      const task = this.recognizer.upsertInSlices({ id, text }, SLICE_BUDGET_MS);
      if (!task.done) {
        this.continueSlicedAnalysis(id, text, task);
        return;
      }
    } else {
      this.recognizer.upsert({ id, text });
    }
    this.finishAnalysis(id, text, notify);
  }

  private continueSlicedAnalysis(id: string, text: string, task: UpsertInSlices): void {
    this.slicedAnalyses.set(id, setTimeout(() => {
      if (this.texts.get(id)?.text !== text) return; // superseded by a newer text
      if (!task.continue(SLICE_BUDGET_MS)) {
        this.continueSlicedAnalysis(id, text, task);
        return;
      }
      this.slicedAnalyses.delete(id);
      this.finishAnalysis(id, text, true);
    }, 0));
  }

  private finishAnalysis(id: string, text: string, notify: boolean): void {
    this.index.upsert({ id, text, mentions: this.recognizer.mentions(id) });
    if (notify) {
      this.changed.fire({ changedSources: [id] });
      this.scheduleRelink();
    }
  }

  /**
   * Linking is workspace-wide: adding, editing or removing one source can change how names in OTHER
   * sources resolve ("Starmer" → keir-starmer once some source says "Keir Starmer"). The index holds
   * each source's mentions from when it was upserted, so re-index the sources whose mentions changed.
   */
  private syncLinkedSources(): string[] {
    const relinked: string[] = [];
    for (const [id, { text }] of this.texts) {
      if (this.slicedAnalyses.has(id)) continue; // indexed when its analysis finishes
      const mentions = this.recognizer.mentions(id);
      if (sameMentions(mentions, this.index.mentions(id))) continue;
      this.index.upsert({ id, text, mentions });
      relinked.push(id);
    }
    return relinked;
  }

  private scheduleRelink(): void {
    clearTimeout(this.relinkTimer);
    this.relinkTimer = setTimeout(() => {
      this.relinkTimer = undefined;
      const relinked = this.syncLinkedSources();
      if (relinked.length) this.changed.fire({ changedSources: relinked });
    }, RELINK_DEBOUNCE_MS);
  }

  private skip(uri: vscode.Uri, reason: string, oversized: boolean): void {
    const id = uri.toString();
    const known = this.skipped.get(id);
    if (known?.reason === reason) return;
    this.skipped.set(id, { uri, reason, oversized });
    this.output.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    if (this.texts.has(id)) this.removeSource(id);
    this.skippedChanged.fire();
  }

  private removeSource(id: string, notify = true): void {
    const hadSkip = this.skipped.delete(id);
    if (hadSkip) this.skippedChanged.fire();
    if (!this.texts.delete(id)) return;
    this.recognizer.remove(id);
    this.index.remove(id);
    if (notify) {
      this.changed.fire({ changedSources: [id] });
      this.scheduleRelink();
    }
  }

  /** Sources at `uri` or, when it was a folder, under it. */
  private sourcesAt(uri: vscode.Uri): string[] {
    const id = uri.toString();
    const prefix = id.endsWith('/') ? id : `${id}/`;
    return [...this.texts.keys(), ...this.skipped.keys()].filter((known) => known === id || known.startsWith(prefix));
  }

  private onDiskDelete(uri: vscode.Uri): void {
    // A deleted folder may be reported as one event for the folder alone.
    for (const id of this.sourcesAt(uri)) this.removeSource(id);
  }

  private onDocumentOpened(document: vscode.TextDocument): void {
    if (!this.isSource(document.uri)) return;
    const known = this.texts.get(this.sourceId(document.uri));
    if (!known || known.text !== document.getText()) this.updateFromDocument(document);
  }

  private onDocumentEdited(document: vscode.TextDocument): void {
    if (!this.isSource(document.uri)) return;
    const id = this.sourceId(document.uri);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(id, setTimeout(() => {
      this.pendingEdits.delete(id);
      if (!document.isClosed) this.updateFromDocument(document);
    }, EDIT_DEBOUNCE_MS));
  }

  private onDocumentClosed(document: vscode.TextDocument): void {
    if (!this.isSource(document.uri)) return;
    // Unsaved edits are gone once the editor closes, and an edit still waiting for its debounce
    // (a revert just before closing) would be dropped: what counts now is the disk.
    const id = this.sourceId(document.uri);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.delete(id);
    void this.readFromDisk(document.uri);
  }

  private onDiskChange(uri: vscode.Uri, created = false): void {
    if (!this.isSource(uri)) {
      if (created) void this.readCreatedFolder(uri);
      return;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // An open editor's text wins; VS Code reloads it from disk itself when it is not dirty.
    if (open) this.updateFromDocument(open);
    else void this.readFromDisk(uri);
  }

  private onFilesRenamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      // A renamed folder moves every source under it.
      for (const oldId of this.sourcesAt(oldUri)) this.removeSource(oldId);
      if (this.isSource(newUri)) void this.readFromDisk(newUri);
      else void this.readCreatedFolder(newUri);
    }
  }

  /** A folder that appeared (copied, renamed, checked out) may hold sources the watcher does not list one by one. */
  private async readCreatedFolder(uri: vscode.Uri): Promise<void> {
    if (/\/(?:\.git|node_modules)(?:\/|$)/.test(uri.path) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return; // gone again
    }
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'));
    for (const file of found) if (this.isSource(file) && !this.texts.has(file.toString())) await this.readFromDisk(file);
  }
}

/** Same spans, kinds, types and entity ids (the figures' values follow from their text). */
function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.kind !== y.kind || x.type !== y.type) return false;
    if (x.kind === 'entity' && y.kind === 'entity' && x.entity !== y.entity) return false;
  }
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
