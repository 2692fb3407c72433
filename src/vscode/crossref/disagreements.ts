// Figures that other sources contradict, as Information diagnostics listing the other figures
// (when crosscheck.diagnostics.disagreements is on), as computed by the DisagreementTracker
// (src/vscode/workspace/disagreementTracker.ts). The distinct highlight of those figures in the
// editor belongs to the highlight feature (src/vscode/highlight/disputedFigures.ts).
import * as vscode from 'vscode';
import { describeFigure, type FigureDisagreement, type SourceInfo } from '../../core/crossref';
import type { Services } from '../services';
import { SpanLocator } from './sourceLocations';

const MAX_LABEL = 40;

/** Publishes the disagreements the tracker (services.disagreements) computes as diagnostics. */
export class DisagreementReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {
    this.disposables.push(
      this.diagnostics,
      services.disagreements.onDidChange((sourceIds) => this.publish(sourceIds)),
      services.config.onDidChange(() => this.publishAll()),
    );
    this.publishAll();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private publish(sourceIds: readonly string[]): void {
    const locator = new SpanLocator(this.services.workspace);
    for (const sourceId of sourceIds) this.publishSource(locator, sourceId);
  }

  private publishAll(): void {
    this.diagnostics.clear();
    this.publish(this.services.disagreements.disputedSources());
  }

  private publishSource(locator: SpanLocator, sourceId: string): void {
    const uri = this.services.workspace.uriOf(sourceId);
    const disagreements = this.services.disagreements.disagreements(sourceId);
    if (!this.services.config.current.diagnostics.disagreements || disagreements.length === 0) {
      this.diagnostics.delete(uri);
      return;
    }
    this.diagnostics.set(uri, disagreements.flatMap((disagreement) => this.diagnosticFor(locator, sourceId, disagreement) ?? []));
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
