// Finds a stored selector (quote + context + offset hint) in the current text of an article.
// Modelled on the Hypothesis client's match-quote: candidates come from an exact search and, when
// that fails, from Myers' bit-parallel approximate search (approx-string-match); each candidate is
// scored on quote similarity, context similarity and distance to where it is expected. Unlike
// match-quote it refuses weakly backed candidates: an orphaned claim is better than a claim
// attached to the wrong text.

import type { TextQuoteSelector } from '../types';
import { findApprox, findExact, regionsKeepingAPiece, snapToContext, type Candidate, type Range } from './search';
import { approxSimilarity } from './similarity';

/**
 * - `exact`: the quote is at the stored offsets.
 * - `moved`: the exact quote was found elsewhere.
 * - `fuzzy`: a slightly different text was found where the context says the quote is.
 * - `orphaned`: not found with enough confidence.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** Where a claim is in the current text, and how sure that is. */
export interface AnchorResult {
  /**
   * Span of the claim in the current text. For `orphaned` results this is an empty span at the
   * stored hint (clamped to the text), useful at most to place a "was here" marker.
   */
  readonly start: number;
  readonly end: number;
  readonly status: AnchorStatus;
  /** Confidence between 0 and 1 (1 = same quote, same context, same place; 0 when orphaned). */
  readonly score: number;
}

/** Optional hints for {@link anchorClaim}. */
export interface AnchorOptions {
  /**
   * How far the text around this claim probably moved, e.g. the shift found for the claim before
   * it (reanchorClaims passes that). Speeds up the search and counts, like the stored offset, as a
   * place where the claim is expected.
   */
  readonly expectedShift?: number;
}

// Weights of the ranking score (they only matter relative to each other).
/** Similarity of the candidate text to the quote: the main signal. */
const QUOTE_WEIGHT = 50;
/** Similarity of the text before the candidate to the stored prefix. */
const PREFIX_WEIGHT = 20;
/** Similarity of the text after the candidate to the stored suffix. */
const SUFFIX_WEIGHT = 20;
/**
 * Closeness to the expected offset. Enough to prefer a slightly edited quote where the claim was
 * over an identical passage (with identical context) far away, not more.
 */
const POSITION_WEIGHT = 10;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Distance in code units at which the position score has dropped to one half. */
const POSITION_HALF_DISTANCE = 1000;

/**
 * Raw similarity that two unrelated 32-character snippets of English prose reach by chance
 * (measured on our fixture: median 0.28, 99th percentile 0.41). Context similarity is rescaled so
 * that this level counts as 0.
 */
const CONTEXT_CHANCE_SIMILARITY = 0.3;
/** Context score of a side with no stored context (the quote was at the start/end of the text). */
const NEUTRAL_CONTEXT_SCORE = 0.5;

/** An exact quote with this much context support (0..1, mean of both sides) is accepted. */
const MIN_CONTEXT_FOR_EXACT = 0.4;
/**
 * A near exact quote with this much context support ends the search; with less, an edited copy
 * nearby with its context intact may be the claim (the exact one a repeated phrase).
 */
const CONFIDENT_EXACT_CONTEXT = 0.75;
/**
 * Exact quotes at least this long are accepted near the claim's old place even when their context
 * changed completely (both neighbouring sentences rewritten).
 */
const DISTINCTIVE_QUOTE_LENGTH = 16;
/** An approximate match needs this much context support: roughly one side intact. */
const MIN_CONTEXT_FOR_FUZZY = 0.45;
/**
 * An approximate match holding a figure (digit run) that the quote does not hold needs both sides
 * of its context: claims are mostly about figures, and "fell by 23 percent between 2019 and 2023"
 * in a fact box is another fact than the deleted "... 2019 and 2024", not the same one edited.
 */
const MIN_CONTEXT_FOR_CHANGED_FIGURES = 0.75;
/**
 * Extra context support required from an approximate match outside the local window: when a
 * claim's text was deleted, a look-alike passage elsewhere must not inherit it. (An exact quote far
 * away is usually a moved sentence and needs no extra support.)
 */
const EXTRA_CONTEXT_FOR_DISTANT = 0.2;

/**
 * Half-width of the window around the expected position. Inside it an approximate match may have
 * one error per FUZZY_CHARS_PER_ERROR quote characters and needs the base context support.
 */
const LOCAL_WINDOW = 2048;
/**
 * Near the expected position, the best matches and the next best ones (up to this many error
 * levels) are compared, so that a less edited look-alike cannot hide the claim's own text.
 */
const NEAR_SEARCH_ROUNDS = 3;
/** Context support (0..1) from which a match is taken without searching for more edited ones. */
const SETTLED_CONTEXT = 0.95;
/** Quotes shorter than this are never matched approximately (a single error would be 25 %). */
const MIN_FUZZY_QUOTE_LENGTH = 4;
/** Near the expected position: at most one error per this many quote characters... */
const FUZZY_CHARS_PER_ERROR = 4;
/** ...further away, at most one per this many... */
const DISTANT_FUZZY_CHARS_PER_ERROR = 8;
/** ...and never more than this (keeps the bit-parallel search one or two 32-bit blocks wide). */
const MAX_FUZZY_ERRORS = 32;

interface ScoredCandidate extends Candidate {
  readonly contextScore: number;
  readonly score: number;
}

/**
 * Locates a claim (or any {@link TextQuoteSelector}) in `text`.
 *
 * Order of attempts: the stored offsets (→ `exact`); every exact occurrence of the quote ranked by
 * context and position (→ `moved`); approximate matches backed by their context, with at most
 * min(32, quote.length / 4) errors near the expected place, and elsewhere quote.length / 8 errors
 * with a third of the quote unchanged (→ `fuzzy`). Anything weaker is `orphaned`.
 */
export function anchorClaim(text: string, selector: TextQuoteSelector, options: AnchorOptions = {}): AnchorResult {
  const { quote } = selector;
  const hint = validHint(selector, text);
  if (quote.length === 0 || text.length === 0) return orphaned(hint, text);
  const expected = hint === undefined ? undefined : Math.max(0, Math.min(text.length, hint + (options.expectedShift ?? 0)));
  const judge = new CandidateJudge(text, selector, hint, expected);

  // 1. Fast path: the quote and both contexts are unchanged at the hint, or at the hint shifted
  //    like its neighbours.
  for (const start of hint === undefined || expected === undefined ? [] : [hint, expected]) {
    if (text.startsWith(quote, start) && judge.hasExactContextAt(start, start + quote.length)) {
      return { start, end: start + quote.length, status: start === hint ? 'exact' : 'moved', score: 1 };
    }
  }

  // 2. The best exact occurrence, taken at once when it is near where the claim was expected and
  //    its context is mostly intact.
  const exact = findExact(text, quote);
  const bestExact = best(exact.map((candidate) => judge.score(candidate)));
  const acceptableExact = bestExact && judge.accepts(bestExact) ? bestExact : undefined;
  if (acceptableExact && judge.isNear(acceptableExact) && acceptableExact.contextScore >= CONFIDENT_EXACT_CONTEXT) return result(acceptableExact, hint, quote);
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return acceptableExact ? result(acceptableExact, hint, quote) : orphaned(hint, text);

  // 3. Approximate matches near the expected place, where an edited quote usually is. They compete
  //    on score with an exact occurrence that is distant or lost part of its context.
  const nearErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / FUZZY_CHARS_PER_ERROR));
  const backed = (maxErrors: number, range: Range, rounds: number) => {
    const accepted: ScoredCandidate[] = [];
    findApprox(text, quote, maxErrors, exact, range, rounds, (matches) => {
      for (const match of matches) {
        const candidate = judge.score(snapToContext(text, match, selector, maxErrors));
        if (judge.accepts(candidate)) accepted.push(candidate);
      }
      // A match with its whole context cannot be beaten by the more edited ones of later rounds.
      return accepted.some((candidate) => candidate.contextScore >= SETTLED_CONTEXT);
    });
    return accepted;
  };
  const nearRange: Range = expected === undefined ? [0, text.length] : localWindow(text, expected, quote);
  const winner = best([...backed(nearErrors, nearRange, NEAR_SEARCH_ROUNDS), ...(acceptableExact ? [acceptableExact] : [])]);
  if (winner || expected === undefined) return winner ? result(winner, hint, quote) : orphaned(hint, text);

  // 4. Only then approximate matches anywhere that kept a third of the quote verbatim, held to a
  //    stricter standard.
  const distantErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / DISTANT_FUZZY_CHARS_PER_ERROR));
  const distantRanges = distantErrors === 0 ? [] : regionsKeepingAPiece(text, quote, distantErrors);
  const distant = best(distantRanges.flatMap((range) => backed(distantErrors, range, 1)));
  return distant ? result(distant, hint, quote) : orphaned(hint, text);
}

function localWindow(text: string, expected: number, quote: string): Range {
  return [Math.max(0, expected - LOCAL_WINDOW), Math.min(text.length, expected + quote.length + LOCAL_WINDOW)];
}

function result(candidate: ScoredCandidate, hint: number | undefined, quote: string): AnchorResult {
  const status: AnchorStatus = candidate.errors > 0 ? 'fuzzy'
    : candidate.start === hint && candidate.end - candidate.start === quote.length ? 'exact' : 'moved';
  return { start: candidate.start, end: candidate.end, status, score: candidate.score };
}

function orphaned(hint: number | undefined, text: string): AnchorResult {
  const at = Math.min(hint ?? 0, text.length);
  return { start: at, end: at, status: 'orphaned', score: 0 };
}

function validHint(selector: TextQuoteSelector, text: string): number | undefined {
  const { start } = selector;
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= text.length ? start : undefined;
}

function best(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  let top: ScoredCandidate | undefined;
  for (const candidate of candidates) if (!top || candidate.score > top.score) top = candidate;
  return top;
}

/** Scores and accepts candidates for one selector, from its context and expected position. */
class CandidateJudge {
  constructor(
    private readonly text: string,
    private readonly selector: TextQuoteSelector,
    private readonly hint: number | undefined,
    private readonly expected: number | undefined,
  ) {}

  hasExactContextAt(start: number, end: number): boolean {
    const { prefix, suffix } = this.selector;
    return start >= prefix.length && this.text.startsWith(prefix, start - prefix.length) && this.text.startsWith(suffix, end);
  }

  /** True when there is no hint or the candidate is within the local window. */
  isNear(candidate: Candidate): boolean {
    return (this.distance(candidate.start) ?? 0) <= LOCAL_WINDOW;
  }

  /**
   * Whether the context backs the candidate enough: exact quotes need less than approximate ones,
   * distant approximate matches more than near ones (a deleted claim often has a look-alike elsewhere).
   */
  accepts(candidate: ScoredCandidate): boolean {
    const near = this.isNear(candidate);
    if (candidate.errors === 0 && near && this.selector.quote.length >= DISTINCTIVE_QUOTE_LENGTH) return true;
    const base = candidate.errors === 0 ? MIN_CONTEXT_FOR_EXACT
      : this.changesFigures(candidate) ? MIN_CONTEXT_FOR_CHANGED_FIGURES : MIN_CONTEXT_FOR_FUZZY;
    return candidate.contextScore >= base + (near || candidate.errors === 0 ? 0 : EXTRA_CONTEXT_FOR_DISTANT);
  }

  score(candidate: Candidate): ScoredCandidate {
    const { prefix, suffix, quote } = this.selector;
    const quoteScore = Math.max(0, 1 - candidate.errors / quote.length);
    const prefixScore = prefix.length === 0
      ? (candidate.start === 0 ? 1 : NEUTRAL_CONTEXT_SCORE)
      : contextSimilarity(this.text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix);
    const suffixScore = suffix.length === 0
      ? (candidate.end === this.text.length ? 1 : NEUTRAL_CONTEXT_SCORE)
      : contextSimilarity(this.text.slice(candidate.end, candidate.end + suffix.length), suffix);
    const distance = this.distance(candidate.start);
    const positionScore = distance === undefined ? 1 : 1 / (1 + distance / POSITION_HALF_DISTANCE);
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    return { ...candidate, contextScore: (prefixScore + suffixScore) / 2, score };
  }

  /** True when the candidate holds a figure (digit run) that the quote does not. */
  private changesFigures(candidate: Candidate): boolean {
    const quoted = new Set(this.selector.quote.match(/\d+/g) ?? []);
    return (this.text.slice(candidate.start, candidate.end).match(/\d+/g) ?? []).some((figure) => !quoted.has(figure));
  }

  /** Distance to the stored offset or to the expected one, whichever is closer. */
  private distance(start: number): number | undefined {
    if (this.hint === undefined || this.expected === undefined) return undefined;
    return Math.min(Math.abs(start - this.hint), Math.abs(start - this.expected));
  }
}

/** Similarity of a stored context to the text at its place, 0 at the level unrelated prose reaches. */
function contextSimilarity(actual: string, stored: string): number {
  return Math.max(0, (approxSimilarity(actual, stored) - CONTEXT_CHANCE_SIMILARITY) / (1 - CONTEXT_CHANCE_SIMILARITY));
}
