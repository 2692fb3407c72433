// Problems of claims files as diagnostics: on the sidecar itself at each problem's line and column,
// and on its article a warning when the sidecar is refused or when claims lost their text
// (orphaned), so nothing fails silently.
import * as vscode from 'vscode';
import { articlePathForSidecar, parseSidecar } from '../../core/claims';
import { shorten } from '../../core/claims/adapterSupport';
import type { FileProblem } from '../../core/model';
import { openDocument } from './articleText';
import type { ArticleClaims, ClaimsModel } from './claimsModel';

export const DIAGNOSTIC_SOURCE = 'Crosscheck claims';

export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('crosscheck-claims');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly model: ClaimsModel) {
    this.disposables.push(
      model.onDidChange((entry) => this.update(entry)),
      // While a claims file is being edited, check the editor's text as it is typed.
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.checkOpenSidecar(document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.checkOpenSidecar(document)),
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(entry: ArticleClaims): void {
    const sidecar = openDocument(entry.sidecarUri);
    if (sidecar?.isDirty) this.checkOpenSidecar(sidecar);
    else this.collection.set(entry.sidecarUri, sidecarProblems(entry));
    this.collection.set(entry.articleUri, articleWarnings(entry));
  }

  private checkOpenSidecar(document: vscode.TextDocument): void {
    if (articlePathForSidecar(document.uri.path) === undefined) return;
    const parsed = parseSidecar(document.getText());
    this.collection.set(document.uri, (parsed.ok ? parsed.warnings : parsed.problems).map(toDiagnostic));
  }
}

function sidecarProblems(entry: ArticleClaims): vscode.Diagnostic[] {
  switch (entry.state.kind) {
    case 'ok': return entry.state.warnings.map(toDiagnostic);
    case 'invalid': return entry.state.problems.map(toDiagnostic);
    case 'unreadable': return [toDiagnostic({ message: `Cannot read this claims file: ${entry.state.message}`, line: 0, column: 0, severity: 'error' })];
  }
}

function toDiagnostic(problem: FileProblem): vscode.Diagnostic {
  const start = new vscode.Position(problem.line, problem.column);
  const end = problem.endLine === undefined ? start : new vscode.Position(problem.endLine, problem.endColumn ?? problem.column);
  const range = end.isAfter(start) ? new vscode.Range(start, end) : new vscode.Range(start, start.translate(0, 1));
  const diagnostic = new vscode.Diagnostic(range, problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

function articleWarnings(entry: ArticleClaims): vscode.Diagnostic[] {
  const name = vscode.workspace.asRelativePath(entry.sidecarUri, false);
  const top = new vscode.Range(0, 0, 0, 0);
  const warn = (message: string) => {
    const diagnostic = new vscode.Diagnostic(top, message, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(entry.sidecarUri, top), name)];
    return diagnostic;
  };
  if (entry.state.kind === 'invalid') {
    const errors = entry.state.problems.filter((problem) => problem.severity === 'error');
    const first = errors[0];
    return [warn(`The claims file ${name} is not valid (${errors.length} problem(s)${first ? `; line ${first.line + 1}: ${first.message}` : ''}). Its claims are not shown and Crosscheck will not change it until it is fixed.`)];
  }
  if (entry.state.kind === 'unreadable') return [warn(`The claims file ${name} cannot be read: ${entry.state.message}`)];
  const orphaned = entry.anchors.filter((anchored) => anchored.status === 'orphaned');
  if (orphaned.length === 0 || entry.text === undefined) return [];
  const quotes = orphaned.slice(0, 3).map(({ claim }) => `"${shorten(claim.quote, 60)}"`).join(', ');
  return [warn(`${orphaned.length} claim(s) of ${name} no longer match any text of this article (orphaned): ${quotes}${orphaned.length > 3 ? ', …' : ''}. They are kept; see the Claims view.`)];
}
