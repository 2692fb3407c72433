// Which figures of a source other sources contradict (the cross-reference index's
// `disagreements`), as FigureKeys. Computing them compares every figure with the rest of the
// workspace, so it runs after the workspace has been quiet for a moment, only for sources shown in
// an editor, one source per turn of the event loop; until then the previous answer is used.
import * as vscode from 'vscode';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { figureKeysOf } from './figureKeys';

/** Quiet time after the last workspace change before disagreements are recomputed. */
const SETTLE_MS = 300;

interface Known {
  /** Workspace change count the keys were computed at. */
  readonly stamp: number;
  readonly keys: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export class DisputedFigures implements vscode.Disposable {
  private stamp = 0;
  private readonly known = new Map<string, Known>();
  private readonly wanted = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the ids of sources whose disputed figures changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscription = workspace.onDidChange(() => {
      this.stamp++;
      // Wait for the workspace to settle: postpone a computation already scheduled.
      if (this.timer !== undefined) this.schedule();
    });
  }

  /**
   * Keys of the disputed figures of a source: the latest computed, possibly for an older version
   * (keys survive edits elsewhere in the text). Schedules a recomputation when out of date.
   */
  keys(sourceId: string): ReadonlySet<string> {
    const known = this.known.get(sourceId);
    if (!known || known.stamp !== this.stamp) {
      this.wanted.add(sourceId);
      if (this.timer === undefined) this.schedule();
    }
    return known?.keys ?? NONE;
  }

  /** Forgets sources no longer shown, so they cost nothing until shown again. */
  retainOnly(sourceIds: ReadonlySet<string>): void {
    for (const id of [...this.known.keys()]) if (!sourceIds.has(id)) this.known.delete(id);
    for (const id of [...this.wanted]) if (!sourceIds.has(id)) this.wanted.delete(id);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.computeNext(), SETTLE_MS);
  }

  private computeNext(): void {
    this.timer = undefined;
    const next = this.wanted.values().next();
    if (next.done) return;
    const sourceId = next.value;
    this.wanted.delete(sourceId);
    const keys = this.compute(sourceId);
    const previous = this.known.get(sourceId)?.keys ?? NONE;
    this.known.set(sourceId, { stamp: this.stamp, keys });
    if (!sameKeys(previous, keys)) this.changed.fire([sourceId]);
    if (this.wanted.size > 0) this.timer = setTimeout(() => this.computeNext(), 0);
  }

  private compute(sourceId: string): ReadonlySet<string> {
    let disagreements: ReturnType<ArticleWorkspace['index']['disagreements']>;
    try {
      disagreements = this.workspace.index.disagreements(sourceId);
    } catch (error) {
      // A failure in the comparison must cost the marks of this source only, not the highlighting.
      this.output.error(`Cannot compare the figures of ${this.workspace.displayName(sourceId)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return NONE;
    }
    if (disagreements.length === 0) return NONE;
    const disputed = new Set(disagreements.map(({ mention }) => `${mention.start}:${mention.end}`));
    const keys = new Set<string>();
    for (const [figure, key] of figureKeysOf(this.workspace.index.mentions(sourceId))) {
      if (disputed.has(`${figure.start}:${figure.end}`)) keys.add(key);
    }
    return keys;
  }
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
