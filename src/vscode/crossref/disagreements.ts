// Figures that other sources contradict, as Information diagnostics listing the other figures
// (when crosscheck.diagnostics.disagreements is on). The distinct highlight of those figures in the
// editor belongs to the highlight feature (src/vscode/highlight/disputedFigures.ts).
import * as vscode from 'vscode';
import { describeFigure, type FigureDisagreement, type SourceInfo } from '../../core/crossref';
import type { Services } from '../services';
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
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  constructor(private readonly services: Services) {
    this.disposables.push(
      this.diagnostics,
      services.workspace.onDidChange(() => this.schedule()),
      services.config.onDidChange(() => this.publishAll()),
    );
  }

  /**
   * Recomputes every source's disagreements — open articles first — publishing each as it is done.
   * A change in one article can change the disagreements of any other, hence all of them; the work
   * is sliced and abandoned when a newer change arrives.
   */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const run = ++this.run;
    const { workspace } = this.services;
    const ids = this.openFirst(workspace.sourceIds());
    const failures: string[] = [];
    let sliceStart = Date.now();
    for (const id of ids) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (run !== this.run) return; // superseded by a newer change
        sliceStart = Date.now();
      }
      let disagreements: FigureDisagreement[] = [];
      try {
        disagreements = workspace.index.disagreements(id);
      } catch (error) {
        failures.push(`${workspace.displayName(id)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.update(id, disagreements);
    }
    const current = new Set(ids);
    for (const id of [...this.found.keys()]) if (!current.has(id)) this.update(id, []);
    if (failures.length) this.services.output.error(`Comparing figures failed for ${failures.length} article(s): ${failures.slice(0, 5).join('; ')}`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.run++;
    for (const disposable of this.disposables) disposable.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private openFirst(ids: string[]): string[] {
    const open = new Set(vscode.workspace.textDocuments.map((document) => this.services.workspace.sourceId(document.uri)));
    return [...ids.filter((id) => open.has(id)), ...ids.filter((id) => !open.has(id))];
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
