// Keeps the semantic tokens, the decorations of the visible article editors and the status bar in
// step with the workspace, the settings and the disputed figures. Bursts of events are coalesced
// into one repaint on the next turn of the event loop.
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { ArticleStatus } from './articleStatus';
import type { DisputedFigures } from './disputedFigures';
import type { MentionDecorations } from './mentionDecorations';
import type { MentionTokensProvider } from './semanticTokens';

export class HighlightController implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly services: Services,
    private readonly tokens: MentionTokensProvider,
    private readonly decorations: MentionDecorations,
    private readonly disputed: DisputedFigures,
    private readonly status: ArticleStatus,
  ) {
    const everything = () => {
      this.tokens.refresh();
      this.schedule();
    };
    this.disposables.push(
      services.workspace.onDidChange(everything),
      services.workspace.onDidChangeSkipped(everything),
      services.config.onDidChange(everything),
      disputed.onDidChange(everything),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidCloseTextDocument((document) => this.tokens.forget(document)),
    );
    this.schedule();
  }

  /** Repaints on the next turn of the event loop, once for any number of calls before it. */
  schedule(): void {
    if (this.pending !== undefined) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.repaint();
    }, 0);
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private repaint(): void {
    const { workspace, config } = this.services;
    const shown = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const uri = editor.document.uri;
      if (!workspace.isSource(uri) || workspace.skipReason(uri)) {
        this.decorations.clear(editor);
        continue;
      }
      const sourceId = workspace.sourceId(uri);
      shown.add(sourceId);
      this.decorations.apply(editor, workspace.mentionsFor(editor.document), this.disputed.keys(sourceId), config.current);
    }
    const active = vscode.window.activeTextEditor;
    const activeId = active && shown.has(workspace.sourceId(active.document.uri)) ? workspace.sourceId(active.document.uri) : undefined;
    this.status.update(active, activeId ? this.disputed.keys(activeId).size : 0);
  }
}
