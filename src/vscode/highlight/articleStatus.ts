// The status bar item of the active article: how many entities and figures it highlights (click to
// toggle highlighting), or why Crosscheck is off for it (click to highlight a large file anyway).
// Also keeps the context keys that menus and key bindings use in their `when` clauses.
import * as vscode from 'vscode';
import { isEntityType, type Mention, type MentionType } from '../../core/model';
import { formatBytes } from '../../core/sources/decode';
import type { Services } from '../services';

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.highlights', vscode.StatusBarAlignment.Right, 100);
  private readonly contextKeys = new Map<string, boolean>();

  constructor(private readonly services: Services) {
    this.item.name = 'Crosscheck Highlights';
  }

  update(editor: vscode.TextEditor | undefined, disputedCount: number): void {
    const { workspace } = this.services;
    const document = editor?.document;
    const isArticle = document !== undefined && workspace.isSource(document.uri);
    const skipped = isArticle ? workspace.skipReason(document.uri) : undefined;
    this.setContext('crosscheck.isArticle', isArticle);
    this.setContext('crosscheck.activeFileTooLarge', Boolean(skipped?.oversized));
    if (!document || !isArticle) {
      this.item.hide();
      return;
    }
    if (skipped) this.showSkipped(document, skipped.reason, skipped.oversized);
    else this.showCounts(workspace.mentionsFor(document), disputedCount);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }

  private showCounts(mentions: readonly Mention[], disputedCount: number): void {
    const { enabled, types: shown, style } = this.services.config.current.highlight;
    const perType = new Map<MentionType, number>();
    let entities = 0;
    let figures = 0;
    for (const mention of mentions) {
      if (!shown[mention.type]) continue;
      perType.set(mention.type, (perType.get(mention.type) ?? 0) + 1);
      if (isEntityType(mention.type)) entities++;
      else figures++;
    }
    const counts = `$(person) ${entities} $(symbol-number) ${figures}`;
    this.item.text = enabled ? counts : `$(eye-closed) ${counts}`;
    this.item.command = 'crosscheck.toggleHighlights';
    this.item.backgroundColor = undefined;
    const breakdown = [...perType].map(([type, count]) => `${type} ${count}`).join(' · ');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Crosscheck** — highlights ${enabled ? `on (${style})` : 'off'}\n\n`);
    tooltip.appendMarkdown(`${entities} entity ${entities === 1 ? 'mention' : 'mentions'}, ${figures} ${figures === 1 ? 'figure' : 'figures'}`);
    if (breakdown) tooltip.appendMarkdown(`: ${breakdown}`);
    if (disputedCount > 0) tooltip.appendMarkdown(`\n\n$(warning) ${disputedCount} ${disputedCount === 1 ? 'figure is' : 'figures are'} stated differently by other sources`);
    tooltip.appendMarkdown(`\n\nClick to turn highlights ${enabled ? 'off' : 'on'}.`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: `Crosscheck: ${entities} entity mentions, ${figures} figures; highlights ${enabled ? 'on' : 'off'}. Activate to turn them ${enabled ? 'off' : 'on'}.`,
    };
  }

  private showSkipped(document: vscode.TextDocument, reason: string, oversized: boolean): void {
    if (oversized) {
      // The reason reads "larger than crosscheck.maxFileSize (2.4 MB > 2.0 MB)".
      const sizes = /\(([^()]+ > [^()]+)\)/.exec(reason)?.[1]
        ?? `${formatBytes(document.getText().length)} > ${formatBytes(this.services.config.current.maxFileSize)}`;
      this.item.text = `$(warning) Crosscheck off: ${sizes}`;
      this.item.tooltip = `This article is larger than crosscheck.maxFileSize (${sizes}), so it is neither indexed nor highlighted. Click to highlight it anyway.`;
      this.item.command = 'crosscheck.highlightLargeFile';
    } else {
      this.item.text = '$(warning) Crosscheck off';
      this.item.tooltip = `Crosscheck skipped this file: ${reason}. Click to show the log.`;
      this.item.command = 'crosscheck.showOutput';
    }
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.accessibilityInformation = { label: `Crosscheck off for this file: ${reason}` };
  }

  private setContext(key: string, value: boolean): void {
    if (this.contextKeys.get(key) === value) return;
    this.contextKeys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
