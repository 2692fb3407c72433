// Candidate search for anchorClaim: exact occurrences, and approximate ones with Myers'
// bit-parallel algorithm (approx-string-match).

import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../types';
import { boundedEditDistance } from './similarity';
import { widenToCodePoints } from './surrogates';

/** A possible place of the quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Edit operations between the quote and the candidate text (0 = exact). */
  readonly errors: number;
}

export type Range = readonly [start: number, end: number];

/** Exact occurrences beyond this many are ignored (a pathological quote like "the"). */
const MAX_EXACT_CANDIDATES = 500;
/** A distant edited copy must keep one of this many pieces of the quote verbatim... */
const DISTANT_PIECES = 3;
/** ...each at least this long (shorter quotes get fewer pieces)... */
const MIN_PIECE_LENGTH = 6;
/** ...and a piece found more often than this is too common to point anywhere. */
const MAX_PIECE_HITS = 64;
/** Characters of context next to the quote that mark where an approximate match really ends. */
const SNAP_LENGTH = 6;
/** Regions closer than this are searched as one: scanning the gap is cheaper than another call. */
const MERGE_GAP = 512;

export function findExact(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate matches (1..maxErrors errors) in `range` of the text, best first. approx-string-match
 * only reports the lowest error count of what it searches, so a look-alike with fewer errors would
 * hide the real (more edited) passage: each round cuts the matches found so far out of the range
 * and searches again. The exact occurrences `exclude` are cut out from the start.
 */
export function findApprox(
  text: string, quote: string, maxErrors: number, exclude: readonly Candidate[], range: Range, rounds: number,
  /** Called with each round's matches; returning true ends the search. */
  isEnough: (matches: readonly Candidate[]) => boolean = () => false,
): Candidate[] {
  const found: Candidate[] = [];
  let cut = [...exclude];
  for (let round = 0; round < rounds; round++) {
    const matches: Candidate[] = [];
    for (const [segmentStart, segmentEnd] of cutOut(range, cut)) {
      if (segmentEnd - segmentStart < quote.length - maxErrors) continue;
      for (const match of approxSearch(text.slice(segmentStart, segmentEnd), quote, maxErrors)) {
        if (match.errors === 0) continue;
        matches.push({ ...widenToCodePoints(text, segmentStart + match.start, segmentStart + match.end), errors: match.errors });
      }
    }
    if (matches.length === 0) break;
    found.push(...matches);
    if (isEnough(matches)) break;
    cut = [...cut, ...matches].sort((a, b) => a.start - b.start);
  }
  return found;
}

/**
 * Where a distant, edited copy of `quote` can be: around every verbatim occurrence of one of its
 * thirds. Edits to a sentence come in one or two places (a word replaced, a clause cut), so a
 * copy that was moved and edited keeps a third intact; scanning only there makes the search for
 * such copies cost a few `indexOf` calls instead of a full approximate scan of the text.
 */
export function regionsKeepingAPiece(text: string, quote: string, maxErrors: number): Range[] {
  const pieceCount = Math.min(DISTANT_PIECES, Math.floor(quote.length / MIN_PIECE_LENGTH));
  if (pieceCount === 0) return [];
  const pieceLength = Math.floor(quote.length / pieceCount);
  const regions: [number, number][] = [];
  for (let piece = 0; piece < pieceCount; piece++) {
    const offset = piece * pieceLength;
    const needle = quote.slice(offset, piece === pieceCount - 1 ? quote.length : offset + pieceLength);
    let hits = 0;
    for (let at = text.indexOf(needle); at >= 0 && hits < MAX_PIECE_HITS; at = text.indexOf(needle, at + 1), hits++) {
      regions.push([Math.max(0, at - offset - maxErrors), Math.min(text.length, at - offset + quote.length + maxErrors)]);
    }
  }
  return mergeRanges(regions);
}

function mergeRanges(ranges: [number, number][]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + MERGE_GAP) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Moves the edges of an approximate match to where the stored context resumes, within `maxErrors`
 * code units, when the quote still matches the new span with at most `maxErrors` errors: an edited
 * last word ("move" → "lift") ties with a shorter match ("li"), and the context says which is
 * right.
 */
export function snapToContext(text: string, match: Candidate, selector: TextQuoteSelector, maxErrors: number): Candidate {
  const suffixHead = selector.suffix.slice(0, SNAP_LENGTH);
  const prefixTail = selector.prefix.slice(-SNAP_LENGTH);
  const end = suffixHead.length === SNAP_LENGTH ? nearestOccurrence(text, suffixHead, match.end, maxErrors) ?? match.end : match.end;
  const tail = prefixTail.length === SNAP_LENGTH ? nearestOccurrence(text, prefixTail, match.start - SNAP_LENGTH, maxErrors) : undefined;
  const start = tail === undefined ? match.start : tail + SNAP_LENGTH;
  if ((start === match.start && end === match.end) || end <= start) return match;
  const span = widenToCodePoints(text, start, end);
  const errors = boundedEditDistance(text.slice(span.start, span.end), selector.quote, maxErrors);
  return errors <= maxErrors ? { ...span, errors } : match;
}

/** The occurrence of `needle` closest to `around` and at most `slack` away from it. */
function nearestOccurrence(text: string, needle: string, around: number, slack: number): number | undefined {
  let nearest: number | undefined;
  for (let at = text.indexOf(needle, Math.max(0, around - slack)); at >= 0 && at <= around + slack; at = text.indexOf(needle, at + 1)) {
    if (nearest === undefined || Math.abs(at - around) < Math.abs(nearest - around)) nearest = at;
  }
  return nearest;
}

/** Splits `range` into the pieces left when the middle of every excluded span is removed. */
function cutOut(range: Range, exclude: readonly Candidate[]): Range[] {
  const pieces: Range[] = [];
  let pieceStart = range[0];
  for (const span of exclude) {
    const middle = (span.start + span.end) >> 1;
    if (middle < pieceStart || middle >= range[1]) continue;
    pieces.push([pieceStart, middle]);
    pieceStart = middle + 1;
  }
  pieces.push([pieceStart, range[1]]);
  return pieces;
}
