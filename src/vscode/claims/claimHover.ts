// Hover over an annotated span: verdict, note and evidence with links that open the evidence in its
// source. Every piece of user text is escaped by the core; links run only crosscheck.openSource.
import * as vscode from 'vscode';
import { renderClaimHover } from '../../core/claims/adapterSupport';
import { commandLinks } from '../../core/crossref';
import { toRange } from '../convert';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import type { ClaimsModel } from './claimsModel';
import { evidenceViews } from './evidence';

const HOVER_COMMANDS = ['crosscheck.openSource'];

export class ClaimHoverProvider implements vscode.HoverProvider {
  private readonly links = commandLinks();

  constructor(
    private readonly model: ClaimsModel,
    private readonly workspace: ArticleWorkspace,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.model.get(document.uri);
    if (!entry || (entry.documentVersion !== document.version && entry.text !== document.getText())) return undefined;
    const offset = document.offsetAt(position);
    const here = entry.anchors
      .filter((anchored) => anchored.status !== 'orphaned' && anchored.start <= offset && offset < anchored.end)
      // Innermost claim first.
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    if (here.length === 0) return undefined;
    const parts = here.map(({ claim, status }) => renderClaimHover({ claim, status, evidence: evidenceViews(this.workspace, entry.sidecarUri, claim) }, this.links));
    const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'), false);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(document, here[0]));
  }
}
