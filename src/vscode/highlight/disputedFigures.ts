// Which figures of a source other sources contradict, as FigureKeys, from the disagreements the
// DisagreementTracker (services.disagreements) computes. The keys are taken when the tracker
// reports a source, while its mentions still match the offsets compared, and kept until the next
// report: they survive edits elsewhere in the text until the source is recomputed.
import * as vscode from 'vscode';
import type { FigureDisagreement } from '../../core/crossref';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import type { DisagreementTracker } from '../workspace/disagreementTracker';
import { figureKeysOf } from './figureKeys';

interface Known {
  /** The tracker's answer the keys were taken from. */
  readonly from: readonly FigureDisagreement[];
  readonly keys: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export class DisputedFigures implements vscode.Disposable {
  /** Keys by source id, for the sources with disputed figures. */
  private readonly known = new Map<string, Known>();
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the ids of sources whose disputed figures changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly tracker: DisagreementTracker,
  ) {
    this.subscription = tracker.onDidChange((sourceIds) => this.onTrackerChange(sourceIds));
  }

  /** Keys of the disputed figures of a source: the latest computed, possibly for an older version. */
  keys(sourceId: string): ReadonlySet<string> {
    return (this.known.get(sourceId) ?? this.take(sourceId))?.keys ?? NONE;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private onTrackerChange(sourceIds: readonly string[]): void {
    const changed: string[] = [];
    for (const sourceId of sourceIds) {
      const previous = this.known.get(sourceId);
      if (previous && previous.from === this.tracker.disagreements(sourceId)) continue;
      const current = this.take(sourceId);
      if (!sameKeys(previous?.keys ?? NONE, current?.keys ?? NONE)) changed.push(sourceId);
    }
    if (changed.length) this.changed.fire(changed);
  }

  /** Takes (and keeps) the keys of the tracker's current answer for a source; none when it has none. */
  private take(sourceId: string): Known | undefined {
    const from = this.tracker.disagreements(sourceId);
    if (from.length === 0) {
      this.known.delete(sourceId);
      return undefined;
    }
    const disputed = new Set(from.map(({ mention }) => `${mention.start}:${mention.end}`));
    const keys = new Set<string>();
    for (const [figure, key] of figureKeysOf(this.workspace.index.mentions(sourceId))) {
      if (disputed.has(`${figure.start}:${figure.end}`)) keys.add(key);
    }
    const known = { from, keys };
    this.known.set(sourceId, known);
    return known;
  }
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
