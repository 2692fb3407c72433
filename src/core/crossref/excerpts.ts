// Sentence excerpts with the words to emphasise: content words shared with the hovered sentence and
// the mentions the card is about.

import type { Mention, Span } from '../model';
import type { Highlight, SentenceExcerpt } from './cards';
import type { IndexedSource } from './indexedSource';
import type { TermStatistics } from './termStatistics';
import { forEachContentWord } from './text/terms';

/** The span of sentence `index` of `source`, or `fallback` when the mention lies outside every sentence. */
export function sentenceSpan(source: IndexedSource | undefined, index: number, fallback: Span): Span {
  if (!source || index < 0) return { start: fallback.start, end: fallback.end };
  return { start: source.sentenceStarts[index], end: source.sentenceEnds[index] };
}

/**
 * An excerpt of `text` over `span`, highlighting words whose term id is in `matchTerms` and the
 * mentions for which `isFocus` holds.
 */
export function buildExcerpt(
  text: string,
  span: Span,
  matchTerms: ReadonlySet<number>,
  statistics: TermStatistics,
  focusMentions: readonly Mention[],
): SentenceExcerpt {
  const mentionHighlights: Highlight[] = focusMentions
    .filter((mention) => mention.start >= span.start && mention.end <= span.end)
    .map((mention) => ({ start: mention.start - span.start, end: mention.end - span.start, kind: 'mention' as const }));
  const highlights: Highlight[] = [...mentionHighlights];
  if (matchTerms.size > 0) {
    forEachContentWord(text, span.start, span.end, (stem, wordStart, wordEnd) => {
      const id = statistics.idOf(stem);
      if (id === undefined || !matchTerms.has(id)) return;
      const start = wordStart - span.start;
      const end = wordEnd - span.start;
      if (mentionHighlights.some((m) => start < m.end && m.start < end)) return;
      highlights.push({ start, end, kind: 'match' });
    });
  }
  highlights.sort((a, b) => a.start - b.start);
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), highlights };
}

/** Mentions of `source` with indices in `indices` that fall inside sentence `sentence`. */
export function mentionsInSentence(source: IndexedSource, indices: readonly number[], sentence: number): Mention[] {
  const found: Mention[] = [];
  for (const index of indices) if (source.mentionSentence[index] === sentence) found.push(source.mentions[index]);
  return found;
}
