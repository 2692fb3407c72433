// The recognised mention under the cursor of an article editor, after bringing the index up to date
// with the editor's text (so offsets never refer to an older version).
import type * as vscode from 'vscode';
import type { Mention } from '../../core/model';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';

export interface MentionHit {
  readonly sourceId: string;
  readonly mention: Mention;
}

/**
 * @param touching also accept a cursor just after the mention (as Shift+F12 does after a word).
 */
export function mentionAtPosition(workspace: ArticleWorkspace, document: vscode.TextDocument, position: vscode.Position, touching = false): MentionHit | undefined {
  if (!workspace.isSource(document.uri)) return undefined;
  if (workspace.mentionsFor(document).length === 0) return undefined;
  const sourceId = workspace.sourceId(document.uri);
  const offset = document.offsetAt(position);
  const mention = workspace.index.mentionAt(sourceId, offset) ?? (touching && offset > 0 ? workspace.index.mentionAt(sourceId, offset - 1) : undefined);
  return mention && { sourceId, mention };
}
