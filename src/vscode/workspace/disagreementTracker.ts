// Which figures of each source other sources contradict, computed once for every feature that
// shows them (diagnostics, the disputed highlight). Comparing figures is costly, so it is
// incremental: after a change only the changed sources and the sources linked to them by
// comparable figures (the index's figureLinks) are recomputed, open articles first, in short
// slices that a newer change supersedes.
import * as vscode from 'vscode';
import type { FigureDisagreement } from '../../core/crossref';
import type { ArticleWorkspace, WorkspaceChange } from './articleWorkspace';

/** Wait after the last workspace change before recomputing (edits arrive in bursts). */
const REFRESH_DELAY_MS = 300;
/** Longest stretch of comparing before yielding to the event loop, so the extension host stays responsive. */
const SLICE_MS = 15;

const NONE: readonly FigureDisagreement[] = [];

export class DisagreementTracker implements vscode.Disposable {
  /** Disagreements by source id, as last computed (empty arrays included: computed, none found). */
  private readonly results = new Map<string, readonly FigureDisagreement[]>();
  /** Source id → the sources holding figures comparable with its own, as last computed. */
  private readonly links = new Map<string, readonly string[]>();
  /** Sources to recompute. */
  private readonly dirty = new Set<string>();
  /** Sources whose text or mentions changed: once recomputed, the sources they now link to are too. */
  private readonly changed = new Set<string>();
  /** Sources asked for before they were ever computed: they go first. */
  private readonly wanted = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private readonly changedEmitter = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the ids of sources whose disagreements were recomputed and are or were not empty. */
  readonly onDidChange = this.changedEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscription = workspace.onDidChange((change) => this.onWorkspaceChange(change));
    // Sources indexed before this tracker existed.
    this.onWorkspaceChange({ changedSources: workspace.sourceIds() });
  }

  /**
   * The disagreements of a source as last computed (possibly for an older version while a
   * recomputation is pending). A source never computed yet is queued first and reported through
   * onDidChange; until then it has none.
   */
  disagreements(sourceId: string): readonly FigureDisagreement[] {
    const known = this.results.get(sourceId);
    if (known) return known;
    if (this.workspace.index.source(sourceId) && !this.wanted.has(sourceId)) {
      this.wanted.add(sourceId);
      this.dirty.add(sourceId);
      // Unless a burst of changes is still settling, start at once (superseding a run in progress).
      if (this.timer === undefined) this.timer = setTimeout(() => void this.refresh(), 0);
    }
    return NONE;
  }

  /** Ids of the sources with at least one disagreement, as last computed. */
  disputedSources(): string[] {
    return [...this.results].filter(([, found]) => found.length > 0).map(([id]) => id);
  }

  /**
   * Recomputes what can have changed — the changed sources, the sources they were linked to by
   * comparable figures and those they are linked to now (the index tells which) — sources asked
   * for first, then open articles, announcing each slice as it is done. The work is sliced; a newer
   * change supersedes it and the sources not yet done stay queued.
   */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = ++this.run;
    const open = new Set(vscode.workspace.textDocuments.map((document) => this.workspace.sourceId(document.uri)));
    const rank = (id: string) => (this.wanted.has(id) ? 0 : 1 + (this.changed.has(id) ? 0 : 2) + (open.has(id) ? 0 : 1));
    const queue = [...this.dirty].sort((a, b) => rank(a) - rank(b));
    const done = new Set<string>();
    const announced: string[] = [];
    const failures: string[] = [];
    const started = Date.now();
    let sliceStart = started;
    for (let i = 0; i < queue.length; i++) {
      if (Date.now() - sliceStart > SLICE_MS) {
        this.announce(announced.splice(0));
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (run !== this.run) return; // superseded: what is left stays in `dirty`
        sliceStart = Date.now();
      }
      const id = queue[i];
      if (!this.dirty.delete(id)) continue;
      done.add(id);
      this.wanted.delete(id);
      const wasChanged = this.changed.delete(id);
      if (!this.workspace.index.source(id)) {
        this.links.delete(id);
        if (this.results.get(id)?.length) announced.push(id);
        this.results.delete(id);
        continue;
      }
      let disagreements: FigureDisagreement[] = [];
      let linked: string[] = [];
      try {
        ({ disagreements, linkedSources: linked } = this.workspace.index.figureLinks(id));
      } catch (error) {
        failures.push(`${this.workspace.displayName(id)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.links.set(id, linked);
      if (disagreements.length || this.results.get(id)?.length) announced.push(id);
      this.results.set(id, disagreements.length ? disagreements : NONE);
      if (!wasChanged) continue;
      // The changed source may now contradict (or no longer) figures of sources it is linked to.
      for (const other of linked) {
        if (done.has(other) || this.dirty.has(other)) continue;
        this.dirty.add(other);
        queue.push(other);
      }
    }
    this.announce(announced);
    if (failures.length) this.output.error(`Comparing figures failed for ${failures.length} article(s): ${failures.slice(0, 5).join('; ')}`);
    this.output.debug(`Compared the figures of ${done.size} article(s) in ${Date.now() - started} ms.`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.run++;
    this.subscription.dispose();
    this.changedEmitter.dispose();
  }

  private onWorkspaceChange(change: WorkspaceChange): void {
    for (const id of change.changedSources) {
      this.changed.add(id);
      this.dirty.add(id);
      // The sources it was linked to: their disagreements with it may be gone.
      for (const other of this.links.get(id) ?? []) this.dirty.add(other);
    }
    if (this.dirty.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private announce(sourceIds: readonly string[]): void {
    if (sourceIds.length) this.changedEmitter.fire(sourceIds);
  }
}
