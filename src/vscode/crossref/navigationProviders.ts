// Shift+F12 / Peek on an entity lists its mentions in every source; on a figure, the comparable
// figures of the other sources. Document highlights mark the entity's mentions in this article.
import * as vscode from 'vscode';
import type { Mention } from '../../core/model';
import { toRange } from '../convert';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { mentionAtPosition } from './mentionAtPosition';
import { SpanLocator } from './sourceLocations';

/** How many comparable figures Shift+F12 on a figure lists at most. */
const MAX_FIGURE_REFERENCES = 50;

export class CrossReferenceReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const hit = mentionAtPosition(this.workspace, document, position, true);
    if (!hit) return undefined;
    if (hit.mention.kind === 'entity') return entityLocations(this.workspace, hit.mention.entity);
    const card = this.workspace.index.figureCard(hit.sourceId, hit.mention, MAX_FIGURE_REFERENCES);
    const own = new vscode.Location(document.uri, toRange(document, hit.mention));
    const locator = new SpanLocator(this.workspace);
    const others = card.comparisons.map((comparison) => locator.location(comparison.source.id, comparison.mention));
    return [own, ...others.filter((location): location is vscode.Location => location !== undefined)];
  }
}

export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const hit = mentionAtPosition(this.workspace, document, position, true);
    if (!hit || hit.mention.kind !== 'entity') return undefined;
    const entity = hit.mention.entity;
    return this.workspace.index
      .mentions(hit.sourceId)
      .filter((mention: Mention) => mention.kind === 'entity' && mention.entity === entity)
      .map((mention) => new vscode.DocumentHighlight(toRange(document, mention), vscode.DocumentHighlightKind.Text));
  }
}

/** Every mention of an entity across the workspace, by source then offset. */
export function entityLocations(workspace: ArticleWorkspace, entityId: string): vscode.Location[] {
  const locator = new SpanLocator(workspace);
  const locations: vscode.Location[] = [];
  for (const found of workspace.index.entityMentions(entityId)) {
    const location = locator.location(found.sourceId, found.mention);
    if (location) locations.push(location);
  }
  return locations;
}
