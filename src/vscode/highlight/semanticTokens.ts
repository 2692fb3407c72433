// Semantic tokens for entity and figure mentions, so every theme colours them through
// semanticTokenScopes. Answers for the current document version (ArticleWorkspace.mentionsFor
// re-analyses a stale document at once) and reuses the last answer while nothing it depends on
// changed: VS Code asks again for every visible document whenever onDidChangeSemanticTokens fires.
import * as vscode from 'vscode';
import type { Mention } from '../../core/model';
import type { Services } from '../services';
import type { DisputedFigures } from './disputedFigures';
import { encodeSemanticTokens } from './encodeTokens';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './tokenTypes';

export const TOKEN_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** Languages whose documents can be articles; documents outside crosscheck.sources get no tokens. */
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'article'] as const;

interface CachedTokens {
  /** The recogniser hands out the same array until the source or anything linked to it changes. */
  readonly mentions: readonly Mention[];
  readonly settings: unknown;
  readonly disputed: ReadonlySet<string>;
  readonly tokens: vscode.SemanticTokens;
}

export class MentionTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly cache = new Map<string, CachedTokens>();

  constructor(
    private readonly services: Services,
    private readonly disputed: DisputedFigures,
  ) {}

  /** Tells VS Code to ask again for every document (mentions, settings or disputes changed). */
  refresh(): void {
    this.changed.fire();
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens {
    const { workspace, config } = this.services;
    const key = document.uri.toString();
    const highlight = config.current.highlight;
    if (!highlight.enabled || !workspace.isSource(document.uri)) {
      this.cache.delete(key);
      return new vscode.SemanticTokens(new Uint32Array(0));
    }
    const mentions = workspace.mentionsFor(document);
    const disputed = this.disputed.keys(workspace.sourceId(document.uri));
    const cached = this.cache.get(key);
    if (cached && cached.mentions === mentions && cached.settings === highlight && cached.disputed === disputed) {
      return cached.tokens;
    }
    const tokens = new vscode.SemanticTokens(encodeSemanticTokens(document.getText(), mentions, { shown: highlight.types, disputed }));
    this.cache.set(key, { mentions, settings: highlight, disputed, tokens });
    return tokens;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
    this.cache.clear();
  }
}
