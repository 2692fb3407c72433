// Hover cards are Markdown rendered by the core (every piece of article text escaped). Here they
// become a MarkdownString that runs ONLY Crosscheck's own commands and renders no HTML, so a source
// containing `[x](command:…)` or `<img onerror>` can neither run a command nor inject markup.
import * as vscode from 'vscode';

/** The commands a hover card link may run. */
export const HOVER_COMMANDS = ['crosscheck.openSource', 'crosscheck.showAllMentions'] as const;

export function hoverMarkdown(markdown: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown, false);
  result.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  result.supportHtml = false;
  return result;
}
