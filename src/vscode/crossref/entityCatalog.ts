// Every entity of the workspace with how many sources and mentions it has, for the Entities view
// and Find Entity. Rebuilt lazily after the workspace changes.
import type * as vscode from 'vscode';
import type { EntityRecord } from '../../core/model';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';

export interface EntitySummary {
  readonly record: EntityRecord;
  readonly sourceCount: number;
  readonly mentionCount: number;
}

export class EntityCatalog implements vscode.Disposable {
  private cache: Map<string, EntitySummary> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspace: ArticleWorkspace) {
    this.subscription = workspace.onDidChange(() => (this.cache = undefined));
  }

  /** Entities mentioned in at least one source: most sources first, then most mentions, then by name. */
  all(): EntitySummary[] {
    return [...this.summaries().values()].sort(
      (a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || a.record.name.localeCompare(b.record.name),
    );
  }

  get(entityId: string): EntitySummary | undefined {
    return this.summaries().get(entityId);
  }

  /** Fuzzy search over names and aliases (fuse.js in the core index), best first. */
  search(query: string, limit: number): EntitySummary[] {
    const found: EntitySummary[] = [];
    for (const record of this.workspace.index.searchEntities(query, limit)) {
      const summary = this.get(record.id);
      if (summary) found.push(summary);
    }
    return found;
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private summaries(): Map<string, EntitySummary> {
    if (this.cache) return this.cache;
    const summaries = new Map<string, EntitySummary>();
    for (const record of this.workspace.recognizer.entities()) {
      const mentions = this.workspace.index.entityMentions(record.id);
      if (mentions.length === 0) continue;
      summaries.set(record.id, { record, sourceCount: new Set(mentions.map((m) => m.sourceId)).size, mentionCount: mentions.length });
    }
    this.cache = summaries;
    return summaries;
  }
}
