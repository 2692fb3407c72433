import type { TextQuoteSelector } from '../types';
import { isHighSurrogate, isLowSurrogate } from './surrogates';

/** How many UTF-16 code units of context are stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A selector with its offset hints filled in, as produced by {@link createAnchor}. */
export interface CreatedAnchor extends TextQuoteSelector {
  readonly start: number;
  readonly end: number;
}

/**
 * Describes `text.slice(start, end)` so it can be found again after the text changes: the quote
 * plus up to {@link CONTEXT_LENGTH} code units before and after it (never half a surrogate pair).
 *
 * @throws RangeError when the range is empty or outside the text.
 */
export function createAnchor(text: string, start: number, end: number): CreatedAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}-${end} for a text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}
