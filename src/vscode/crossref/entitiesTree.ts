// The Entities view: entities grouped by type, each with its count of sources and mentions,
// expanding to the sources that mention it and then to each mention (click opens it).
import * as vscode from 'vscode';
import type { EntityMentionLocation } from '../../core/crossref';
import { ENTITY_TYPES, type EntityType } from '../../core/model';
import { positionInText } from '../convert';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import type { EntityCatalog, EntitySummary } from './entityCatalog';
import type { OpenSourceTarget } from './commands';

type EntityNode =
  | { readonly kind: 'type'; readonly type: EntityType; readonly entities: readonly EntitySummary[] }
  | { readonly kind: 'entity'; readonly summary: EntitySummary }
  | { readonly kind: 'source'; readonly entityId: string; readonly sourceId: string; readonly mentions: readonly EntityMentionLocation[] }
  | { readonly kind: 'mention'; readonly entityId: string; readonly location: EntityMentionLocation };

const GROUP_LABELS: Record<EntityType, string> = { person: 'People', organization: 'Organizations', place: 'Places', misc: 'Other names' };
const TYPE_ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location', misc: 'symbol-misc' };
/** Characters of context shown either side of a mention in the view. */
const CONTEXT_CHARS = 40;

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly catalog: EntityCatalog,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      await this.workspace.ready;
      const all = this.catalog.all();
      return ENTITY_TYPES.map((type) => ({ kind: 'type' as const, type, entities: all.filter((e) => e.record.type === type) })).filter((group) => group.entities.length > 0);
    }
    switch (node.kind) {
      case 'type':
        return node.entities.map((summary) => ({ kind: 'entity' as const, summary }));
      case 'entity':
        return this.sourcesOf(node.summary.record.id);
      case 'source':
        return node.mentions.map((location) => ({ kind: 'mention' as const, entityId: node.entityId, location }));
      case 'mention':
        return [];
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(GROUP_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
        item.id = `type:${node.type}`;
        item.description = String(node.entities.length);
        return item;
      }
      case 'entity': {
        const { record, sourceCount, mentionCount } = node.summary;
        const item = new vscode.TreeItem(record.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${record.id}`;
        item.description = `${plural(sourceCount, 'source')} · ${plural(mentionCount, 'mention')}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[record.type]);
        item.contextValue = 'crosscheck.entity';
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown('**').appendText(record.name).appendMarkdown(`** · ${record.type}`);
        if (record.aliases.length) tooltip.appendMarkdown('  \nAlso: ').appendText(record.aliases.join(', '));
        item.tooltip = tooltip;
        return item;
      }
      case 'source': {
        const info = this.workspace.index.source(node.sourceId);
        const item = new vscode.TreeItem(info?.title ?? this.workspace.displayName(node.sourceId), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `source:${node.entityId}|${node.sourceId}`;
        item.description = `${plural(node.mentions.length, 'mention')} · ${this.workspace.displayName(node.sourceId)}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = this.workspace.uriOf(node.sourceId);
        item.tooltip = [info?.title, info?.outlet, info?.date, this.workspace.displayName(node.sourceId)].filter(Boolean).join('\n');
        return item;
      }
      case 'mention':
        return this.mentionItem(node);
    }
  }

  private sourcesOf(entityId: string): EntityNode[] {
    const bySource = new Map<string, EntityMentionLocation[]>();
    for (const location of this.workspace.index.entityMentions(entityId)) {
      const list = bySource.get(location.sourceId);
      if (list) list.push(location);
      else bySource.set(location.sourceId, [location]);
    }
    return [...bySource]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([sourceId, mentions]) => ({ kind: 'source' as const, entityId, sourceId, mentions }));
  }

  private mentionItem(node: Extract<EntityNode, { kind: 'mention' }>): vscode.TreeItem {
    const { sourceId, mention, sentence } = node.location;
    const text = this.workspace.text(sourceId) ?? '';
    const from = Math.max(sentence.start, mention.start - CONTEXT_CHARS);
    const to = Math.min(sentence.end, mention.end + CONTEXT_CHARS);
    const before = `${from > sentence.start ? '…' : ''}${oneLine(text.slice(from, mention.start))}`;
    const name = oneLine(text.slice(mention.start, mention.end));
    const after = `${oneLine(text.slice(mention.end, to))}${to < sentence.end ? '…' : ''}`;
    const label: vscode.TreeItemLabel = { label: `${before}${name}${after}`.trim(), highlights: [] };
    const leading = before.length - before.trimStart().length;
    label.highlights = [[before.length - leading, before.length - leading + name.length]];
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${node.entityId}|${sourceId}|${mention.start}`;
    item.description = `line ${positionInText(text, mention.start).line + 1}`;
    item.tooltip = oneLine(text.slice(sentence.start, sentence.end));
    const target: OpenSourceTarget = { sourceId, start: mention.start, end: mention.end };
    item.command = { command: 'crosscheck.openSource', title: 'Open Source at Mention', arguments: [target] };
    return item;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Registers the view and keeps it, and the `crosscheck.sourceCount` context key of its welcome content, current. */
export function registerEntitiesView(context: vscode.ExtensionContext, workspace: ArticleWorkspace, catalog: EntityCatalog): EntitiesTreeProvider {
  const provider = new EntitiesTreeProvider(workspace, catalog);
  const view = vscode.window.createTreeView('crosscheck.entities', { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    void vscode.commands.executeCommand('setContext', 'crosscheck.sourceCount', workspace.sourceIds().length);
    clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), 300);
  };
  // The scan fires onDidChange when it ends, even with no sources: the welcome view appears only then.
  context.subscriptions.push(provider, view, workspace.onDidChange(update), { dispose: () => clearTimeout(timer) });
  return provider;
}
