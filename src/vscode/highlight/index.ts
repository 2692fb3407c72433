// Highlighting of entity and figure mentions in articles: semantic tokens, decorations, status bar,
// commands, and the team gazetteer that "Mark as Entity…" / "Not an Entity" edit.
import * as vscode from 'vscode';
import { registerGazetteer } from '../gazetteer';
import type { Services } from '../services';
import { ArticleStatus } from './articleStatus';
import { DisputedFigures } from './disputedFigures';
import { HighlightController } from './highlightController';
import { registerHighlightCommands } from './highlightCommands';
import { MentionDecorations } from './mentionDecorations';
import { ARTICLE_LANGUAGES, MentionTokensProvider, TOKEN_LEGEND } from './semanticTokens';

export function registerHighlighting(context: vscode.ExtensionContext, services: Services): void {
  const disputed = new DisputedFigures(services.workspace, services.disagreements);
  const tokens = new MentionTokensProvider(services, disputed);
  const decorations = new MentionDecorations();
  const status = new ArticleStatus(services);
  context.subscriptions.push(
    disputed,
    tokens,
    decorations,
    status,
    new HighlightController(services, tokens, decorations, disputed, status),
    vscode.languages.registerDocumentSemanticTokensProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), tokens, TOKEN_LEGEND),
    ...registerHighlightCommands(services),
  );
  registerGazetteer(context, services);
}
