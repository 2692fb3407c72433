// Names a figure by its text and how many figures with the same text come before it ("26#0").
// Unlike offsets, these keys survive edits elsewhere in the article, so the disputed marks computed
// for the previous version can be shown on the new one until they are recomputed.
import type { FigureMention, Mention } from '../../core/model';

/** Hands out keys to the figures of one text in order of appearance. */
export class FigureKeys {
  private readonly seen = new Map<string, number>();

  next(figure: FigureMention): string {
    const text = figure.text.replace(/\s+/g, ' ');
    const count = this.seen.get(text) ?? 0;
    this.seen.set(text, count + 1);
    return `${text}#${count}`;
  }
}

/** Keys of every figure among `mentions`, in order. */
export function figureKeysOf(mentions: readonly Mention[]): Map<FigureMention, string> {
  const keys = new FigureKeys();
  const result = new Map<FigureMention, string>();
  for (const mention of mentions) if (mention.kind === 'figure') result.set(mention, keys.next(mention));
  return result;
}
