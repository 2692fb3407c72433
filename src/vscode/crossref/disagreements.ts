// Figures that other sources contradict, as Information diagnostics listing the other figures
// (when crosscheck.diagnostics.disagreements is on). The distinct highlight of those figures in the
// editor belongs to the highlight feature (src/vscode/highlight/disputedFigures.ts).
import * as vscode from 'vscode';
import { describeFigure, type FigureDisagreement, type SourceInfo } from '../../core/crossref';
import type { Services } from '../services';
import type { WorkspaceChange } from '../workspace/articleWorkspace';
import { SpanLocator } from './sourceLocations';

/** Wait after the last workspace change before recomputing (edits arrive in bursts). */
const REFRESH_DELAY_MS = 300;
/** Longest stretch of comparing before yielding to the event loop, so the extension host stays responsive. */
const SLICE_MS = 15;
const MAX_LABEL = 40;

export class DisagreementReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck');
  private readonly disposables: vscode.Disposable[] = [];
  /** Disagreements by source id, as last computed. */
  private readonly found = new Map<string, FigureDisagreement[]>();
  /** Source id → the sources holding figures comparable with its own, as last computed. */
  private readonly links = new Map<string, readonly string[]>();
  /** Sources to recompute. */
  private readonly dirty = new Set<string>();
  /** Sources whose text or mentions changed: once recomputed, the sources they now link to are too. */
  private readonly changed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  constructor(private readonly services: Services) {
    this.disposables.push(
      this.diagnostics,
      services.workspace.onDidChange((change) => this.onWorkspaceChange(change)),
      services.config.onDidChange(() => this.publishAll()),
    );
    // Sources indexed before this reporter existed.
    this.onWorkspaceChange({ changedSources: services.workspace.sourceIds() });
  }

  /**
   * Recomputes what can have changed — the changed sources, the sources they were linked to by
   * comparable figures and those they are linked to now (the index tells which) — open articles
   * first, publishing each as it is done. The work is sliced; a newer change supersedes it and the
   * sources not yet done stay queued.
   */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const run = ++this.run;
    const { workspace } = this.services;
    const open = new Set(vscode.workspace.textDocuments.map((document) => workspace.sourceId(document.uri)));
    const rank = (id: string) => (this.changed.has(id) ? 0 : 2) + (open.has(id) ? 0 : 1);
    const queue = [...this.dirty].sort((a, b) => rank(a) - rank(b));
    const done = new Set<string>();
    const failures: string[] = [];
    const started = Date.now();
    let sliceStart = started;
    for (let i = 0; i < queue.length; i++) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (run !== this.run) return; // superseded: what is left stays in `dirty`
        sliceStart = Date.now();
      }
      const id = queue[i];
      if (!this.dirty.delete(id)) continue;
      done.add(id);
      const wasChanged = this.changed.delete(id);
      if (!workspace.index.source(id)) {
        this.links.delete(id);
        this.update(id, []);
        continue;
      }
      let disagreements: FigureDisagreement[] = [];
      let linked: string[] = [];
      try {
        ({ disagreements, linkedSources: linked } = workspace.index.figureLinks(id));
      } catch (error) {
        failures.push(`${workspace.displayName(id)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.links.set(id, linked);
      this.update(id, disagreements);
      if (!wasChanged) continue;
      // The changed source may now contradict (or no longer) figures of sources it is linked to.
      for (const other of linked) {
        if (done.has(other) || this.dirty.has(other)) continue;
        this.dirty.add(other);
        queue.push(other);
      }
    }
    if (failures.length) this.services.output.error(`Comparing figures failed for ${failures.length} article(s): ${failures.slice(0, 5).join('; ')}`);
    this.services.output.debug(`Compared the figures of ${done.size} article(s) in ${Date.now() - started} ms.`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.run++;
    for (const disposable of this.disposables) disposable.dispose();
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

  private update(sourceId: string, disagreements: FigureDisagreement[]): void {
    if (disagreements.length) this.found.set(sourceId, disagreements);
    else if (!this.found.delete(sourceId)) return;
    const uri = this.services.workspace.uriOf(sourceId);
    if (!this.services.config.current.diagnostics.disagreements || disagreements.length === 0) {
      this.diagnostics.delete(uri);
      return;
    }
    const locator = new SpanLocator(this.services.workspace);
    this.diagnostics.set(uri, disagreements.flatMap((disagreement) => this.diagnosticFor(locator, sourceId, disagreement) ?? []));
  }

  private publishAll(): void {
    this.diagnostics.clear();
    if (!this.services.config.current.diagnostics.disagreements) return;
    const locator = new SpanLocator(this.services.workspace);
    for (const [sourceId, disagreements] of this.found) {
      this.diagnostics.set(this.services.workspace.uriOf(sourceId), disagreements.flatMap((d) => this.diagnosticFor(locator, sourceId, d) ?? []));
    }
  }

  private diagnosticFor(locator: SpanLocator, sourceId: string, disagreement: FigureDisagreement): vscode.Diagnostic | undefined {
    const range = locator.range(sourceId, disagreement.mention);
    if (!range) return undefined;
    const others = disagreement.others.map((other) => `${describeFigure(other.mention)} (${this.sourceLabel(other.source)})`);
    const diagnostic = new vscode.Diagnostic(range, `Other sources differ: ${others.join(', ')}`, vscode.DiagnosticSeverity.Information);
    diagnostic.source = 'Crosscheck';
    diagnostic.code = 'figure-disagreement';
    // No relatedInformation: the hover card right below the diagnostic already links to each source.
    return diagnostic;
  }

  /** A short name for a source in a one-line message: its outlet, else its file name (titles are too long). */
  private sourceLabel(source: SourceInfo): string {
    const outlet = source.outlet?.replace(/\s+/g, ' ').trim();
    if (outlet) return outlet.length > MAX_LABEL ? `${outlet.slice(0, MAX_LABEL - 1).trimEnd()}…` : outlet;
    return this.services.workspace.uriOf(source.id).path.split('/').pop() ?? source.title;
  }
}
