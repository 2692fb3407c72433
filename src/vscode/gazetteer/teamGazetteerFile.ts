// The team gazetteer `.crosscheck/entities.yaml` of the first workspace folder: loaded on
// activation and whenever it changes on disk, applied to the recogniser, its problems shown as
// diagnostics on the file. Edits re-read the file first and never overwrite one that does not parse.
import * as vscode from 'vscode';
import type { FileProblem } from '../../core/model';
import { parseGazetteer, type GazetteerEdit } from '../../core/recognition';
import type { Services } from '../services';

export const GAZETTEER_PATH = '.crosscheck/entities.yaml';

export type GazetteerEditOutcome =
  | { readonly ok: true; readonly changed: boolean; readonly uri: vscode.Uri }
  | { readonly ok: false; readonly message: string; readonly problems: readonly FileProblem[] };

export class TeamGazetteerFile implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck-gazetteer');
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  /** Text last applied to the recogniser; undefined when no gazetteer is in use. */
  private appliedText: string | undefined;
  private warnedAbout: string | undefined;
  /** Loads and edits run one after the other, so an edit never races a reload. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly services: Services) {
    this.disposables.push(
      this.diagnostics,
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
    );
  }

  /** Where the gazetteer lives, or undefined without a workspace folder. */
  uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...GAZETTEER_PATH.split('/')) : undefined;
  }

  /** Watches the file of the current first folder and loads it. */
  start(): Promise<void> {
    this.watcher?.dispose();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, GAZETTEER_PATH));
      const reload = () => void this.load();
      this.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    return this.load();
  }

  /** Reads the file from disk and applies it (no gazetteer when it is missing). */
  load(): Promise<void> {
    return this.enqueue(async () => {
      const uri = this.uri();
      this.apply(uri, uri ? await this.read(uri) : undefined);
    });
  }

  /** Re-reads the file, applies `change` to its text, writes it (creating it when missing) and applies it at once. */
  edit(change: (text: string) => GazetteerEdit): Promise<GazetteerEditOutcome> {
    return this.enqueue(async (): Promise<GazetteerEditOutcome> => {
      const uri = this.uri();
      if (!uri) return { ok: false, message: 'Open a folder first: the team gazetteer lives in its .crosscheck folder.', problems: [] };
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (open?.isDirty) return { ok: false, message: `Save or revert ${GAZETTEER_PATH} first: it has unsaved changes.`, problems: [] };
      const text = await this.read(uri);
      const result = change(text ?? '');
      if (!result.ok) {
        this.apply(uri, text);
        const first = result.problems[0];
        const where = first ? ` (line ${first.line + 1}: ${first.message})` : '';
        return { ok: false, message: `${GAZETTEER_PATH} does not parse${where}; fix it before adding to it.`, problems: result.problems };
      }
      if (result.changed) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
      }
      // Apply now rather than when the watcher reports the write: every open article updates at once.
      this.apply(uri, result.text);
      return { ok: true, changed: result.changed, uri };
    });
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The file's text, or undefined when it does not exist (or cannot be read, which is logged). */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
        this.services.output.error(`Cannot read ${GAZETTEER_PATH}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
  }

  private apply(uri: vscode.Uri | undefined, text: string | undefined): void {
    if (text === this.appliedText) return;
    this.appliedText = text;
    const { workspace, output } = this.services;
    if (!uri || text === undefined) {
      this.diagnostics.clear();
      this.warnedAbout = undefined;
      workspace.recognizer.setGazetteer(undefined);
      workspace.refreshAll();
      return;
    }
    const { gazetteer, problems } = parseGazetteer(text);
    workspace.recognizer.setGazetteer(gazetteer);
    workspace.refreshAll();
    output.info(`Team gazetteer: ${gazetteer.entities.length} entities, ${gazetteer.ignore.length} ignored strings, ${problems.length} problems.`);
    this.showProblems(uri, problems);
  }

  private showProblems(uri: vscode.Uri, problems: readonly FileProblem[]): void {
    this.diagnostics.set(uri, problems.map(toDiagnostic));
    if (problems.length === 0) {
      this.warnedAbout = undefined;
      return;
    }
    const signature = problems.map((p) => `${p.line}:${p.column}:${p.message}`).join('\n');
    if (signature === this.warnedAbout) return;
    this.warnedAbout = signature;
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    void vscode.window
      .showWarningMessage(`Crosscheck: ${GAZETTEER_PATH} has ${count}; the entries concerned are not used until it is fixed.`, 'Show Problems')
      .then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri).then(() => vscode.commands.executeCommand('workbench.actions.view.problems'));
      });
  }
}

function toDiagnostic(problem: FileProblem): vscode.Diagnostic {
  const start = new vscode.Position(problem.line, problem.column);
  const end = problem.endLine !== undefined ? new vscode.Position(problem.endLine, problem.endColumn ?? problem.column) : start;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start, end.isBefore(start) ? start : end),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'crosscheck';
  return diagnostic;
}
