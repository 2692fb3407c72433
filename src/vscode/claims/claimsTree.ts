// The Claims view: every claim of the workspace grouped by article (default) or by verdict, with
// its anchor health (exact, moved, fuzzy, orphaned), filterable by text, verdict and health.
// Clicking a claim opens its text; an orphaned claim opens its entry in the claims file.
import * as vscode from 'vscode';
import { describeAnchorStatus, matchesClaimFilter, parseClaimFilter, renderClaimHover, shorten, type ClaimFilter } from '../../core/claims/adapterSupport';
import { commandLinks } from '../../core/crossref';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import type { AnchoredClaimState, ArticleClaims, ClaimsModel } from './claimsModel';
import { verdictIcon } from './claimDecorations';
import { evidenceViews } from './evidence';

export type ClaimGrouping = 'source' | 'verdict';

const GROUPING_KEY = 'crosscheck.claims.groupBy';
/** Tree refreshes wait this long after the last change (typing moves claims on every key). */
const REFRESH_DEBOUNCE_MS = 150;

interface GroupNode {
  readonly kind: 'group';
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly articleUri?: vscode.Uri;
  readonly verdict?: string;
  readonly children: readonly TreeNode[];
}

/** Also the argument the item's commands receive ({ article, claimId }). */
interface ClaimNode {
  readonly kind: 'claim';
  readonly article: string;
  readonly claimId: string;
  readonly entry: ArticleClaims;
  readonly anchored: AnchoredClaimState;
}

interface ProblemNode {
  readonly kind: 'problem';
  readonly entry: ArticleClaims;
}

type TreeNode = GroupNode | ClaimNode | ProblemNode;

export interface TreeSnapshotItem {
  readonly label: string;
  readonly description?: string;
  readonly contextValue?: string;
  readonly children?: readonly TreeSnapshotItem[];
}

export class ClaimsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly links = commandLinks();
  private filter: ClaimFilter = parseClaimFilter('');
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly model: ClaimsModel,
    private readonly workspace: ArticleWorkspace,
    private readonly verdicts: () => readonly string[],
  ) {
    this.view = vscode.window.createTreeView('crosscheck.claims', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, model.onDidChange(() => this.scheduleRefresh()));
    this.updateContext();
  }

  get grouping(): ClaimGrouping {
    return this.context.workspaceState.get<ClaimGrouping>(GROUPING_KEY) === 'verdict' ? 'verdict' : 'source';
  }

  async setGrouping(grouping: ClaimGrouping): Promise<void> {
    await this.context.workspaceState.update(GROUPING_KEY, grouping);
    this.refresh();
  }

  get filterText(): string {
    return this.filter.text;
  }

  setFilter(text: string): void {
    this.filter = parseClaimFilter(text);
    this.refresh();
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.updateContext();
    this.changed.fire(undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.grouping}:${node.key}`;
      item.description = node.description;
      if (node.articleUri) item.resourceUri = node.articleUri;
      if (node.verdict !== undefined) item.iconPath = verdictIcon(this.context, node.verdict);
      item.contextValue = 'claimGroup';
      return item;
    }
    if (node.kind === 'problem') {
      const state = node.entry.state;
      const problems = state.kind === 'invalid' ? state.problems.filter((problem) => problem.severity === 'error') : [];
      const first = problems[0];
      const item = new vscode.TreeItem(state.kind === 'invalid' ? 'Claims file is not valid' : 'Claims file cannot be read', vscode.TreeItemCollapsibleState.None);
      item.id = `problem:${node.entry.key}`;
      item.description = state.kind === 'invalid' ? `${problems.length} problem(s): fix the file by hand` : state.kind === 'unreadable' ? state.message : '';
      item.tooltip = first ? `Line ${first.line + 1}: ${first.message}` : undefined;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.command = {
        command: 'vscode.open',
        title: 'Open Claims File',
        arguments: [node.entry.sidecarUri, { selection: new vscode.Range(first?.line ?? 0, first?.column ?? 0, first?.line ?? 0, first?.column ?? 0) }],
      };
      item.contextValue = 'claimsFileProblem';
      return item;
    }
    const { claim, status } = node.anchored;
    const item = new vscode.TreeItem(shorten(claim.quote, 50), vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${node.article}#${claim.id}`;
    const where = this.grouping === 'verdict' ? vscode.workspace.asRelativePath(node.entry.articleUri, false) : claim.verdict ?? 'no verdict';
    item.description = [where, status, claim.resolved ? 'resolved' : undefined, claim.replies.length ? `${claim.replies.length} repl${claim.replies.length === 1 ? 'y' : 'ies'}` : undefined]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = status === 'orphaned' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : verdictIcon(this.context, claim.verdict);
    const tooltip = new vscode.MarkdownString(
      `${renderClaimHover({ claim, status, evidence: evidenceViews(this.workspace, node.entry.sidecarUri, claim) }, this.links)}\n\n*Anchor: ${describeAnchorStatus(status)}*`,
      false,
    );
    tooltip.isTrusted = { enabledCommands: ['crosscheck.openSource'] };
    item.tooltip = tooltip;
    item.command = { command: 'crosscheck.claims.open', title: 'Open Claim', arguments: [{ article: node.article, claimId: claim.id }] };
    item.contextValue = `claim;${claim.resolved ? 'resolved' : 'unresolved'};${status}`;
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node) return node.kind === 'group' ? [...node.children] : [];
    return this.grouping === 'verdict' ? this.byVerdict() : this.bySource();
  }

  snapshot(): TreeSnapshotItem[] {
    const render = (node: TreeNode): TreeSnapshotItem => {
      const item = this.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      const children = this.getChildren(node);
      return {
        label,
        ...(typeof item.description === 'string' ? { description: item.description } : {}),
        ...(item.contextValue ? { contextValue: item.contextValue } : {}),
        ...(children.length ? { children: children.map(render) } : {}),
      };
    };
    return this.getChildren().map(render);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  // ---- grouping -----------------------------------------------------------------------------------

  private claimNodes(entry: ArticleClaims): ClaimNode[] {
    return entry.anchors
      .filter((anchored) => matchesClaimFilter(anchored.claim, anchored.status, this.filter))
      .sort((a, b) => Number(a.status === 'orphaned') - Number(b.status === 'orphaned') || a.start - b.start || (a.claim.id < b.claim.id ? -1 : 1))
      .map((anchored) => ({ kind: 'claim', article: entry.key, claimId: anchored.claim.id, entry, anchored }));
  }

  private bySource(): TreeNode[] {
    const groups: GroupNode[] = [];
    for (const entry of this.model.articles()) {
      const claims = this.claimNodes(entry);
      const problem: ProblemNode[] = entry.state.kind === 'ok' ? [] : [{ kind: 'problem', entry }];
      if (claims.length === 0 && problem.length === 0) continue;
      const orphaned = claims.filter((node) => node.anchored.status === 'orphaned').length;
      const description = [
        problem.length ? undefined : `${claims.length} claim${claims.length === 1 ? '' : 's'}`,
        orphaned ? `${orphaned} orphaned` : undefined,
        entry.text === undefined && entry.state.kind === 'ok' ? 'article missing' : undefined,
      ].filter(Boolean).join(' · ');
      groups.push({ kind: 'group', key: entry.key, label: vscode.workspace.asRelativePath(entry.articleUri, false), description, articleUri: entry.articleUri, children: [...problem, ...claims] });
    }
    return groups;
  }

  private byVerdict(): TreeNode[] {
    const byVerdict = new Map<string, ClaimNode[]>();
    const problems: ProblemNode[] = [];
    for (const entry of this.model.articles()) {
      if (entry.state.kind !== 'ok') problems.push({ kind: 'problem', entry });
      for (const node of this.claimNodes(entry)) {
        const verdict = node.anchored.claim.verdict ?? 'no verdict';
        byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), node]);
      }
    }
    const configured = this.verdicts();
    const rank = (verdict: string) => {
      const index = configured.indexOf(verdict);
      return index < 0 ? configured.length : index;
    };
    const groups: TreeNode[] = [...byVerdict.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([verdict, children]) => ({ kind: 'group', key: verdict, label: verdict, verdict, description: `${children.length}`, children }));
    if (problems.length) groups.push({ kind: 'group', key: '\u0000problems', label: 'Claims files with problems', description: `${problems.length}`, children: problems });
    return groups;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  private updateContext(): void {
    const articles = this.model.articles();
    const total = articles.reduce((sum, entry) => sum + entry.claims.length, 0);
    const shown = articles.reduce((sum, entry) => sum + entry.anchors.filter((a) => matchesClaimFilter(a.claim, a.status, this.filter)).length, 0);
    this.view.message = this.filter.text ? `Filter "${this.filter.text}": ${shown} of ${total} claims` : undefined;
    this.view.description = total ? `${total}` : undefined;
    void vscode.commands.executeCommand('setContext', 'crosscheck.claimsGroupBy', this.grouping);
    void vscode.commands.executeCommand('setContext', 'crosscheck.claimsFiltered', this.filter.text !== '');
    void vscode.commands.executeCommand('setContext', 'crosscheck.claimCount', total + articles.filter((entry) => entry.state.kind !== 'ok').length);
  }
}

/** Registers the view's title commands: group by, filter, clear filter, refresh. */
export function registerClaimsTreeCommands(context: vscode.ExtensionContext, tree: ClaimsTree, model: ClaimsModel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.groupClaimsBySource', () => tree.setGrouping('source')),
    vscode.commands.registerCommand('crosscheck.groupClaimsByVerdict', () => tree.setGrouping('verdict')),
    vscode.commands.registerCommand('crosscheck.filterClaims', async (arg?: unknown) => {
      const text = typeof arg === 'string' ? arg : await vscode.window.showInputBox({
        title: 'Crosscheck: filter claims',
        prompt: 'Words in the quote, note, author or replies; verdict:<name>; is:orphaned, is:fuzzy, is:moved, is:exact, is:resolved, is:open',
        value: tree.filterText,
      });
      if (text !== undefined) tree.setFilter(text);
    }),
    vscode.commands.registerCommand('crosscheck.clearClaimsFilter', () => tree.setFilter('')),
    vscode.commands.registerCommand('crosscheck.refreshClaims', async () => {
      await model.loadAll();
      tree.refresh();
    }),
  );
}
