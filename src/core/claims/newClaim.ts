import type { Span } from '../model';
import { createAnchor } from './anchoring/createAnchor';
import type { ClaimChanges, NewClaim } from './operations';
import type { TextQuoteSelector } from './types';

/** Everything of a new claim except where it is. */
export type NewClaimFields = Omit<NewClaim, keyof TextQuoteSelector>;

/**
 * A claim on `articleText.slice(start, end)`, ready for an `addClaim` operation.
 *
 * @throws RangeError when the range is empty or outside the text.
 */
export function claimAt(articleText: string, start: number, end: number, fields: NewClaimFields = {}): NewClaim {
  return { ...fields, ...createAnchor(articleText, start, end) };
}

/**
 * Changes that store where a claim is now (quote, context, offsets), e.g. after it was found
 * `moved` or `fuzzy`, or after the user adjusted its range. Use in an `updateClaim` operation.
 */
export function anchorChanges(articleText: string, span: Span): ClaimChanges {
  const { quote, prefix, suffix, start, end } = createAnchor(articleText, span.start, span.end);
  return { quote, prefix, suffix, start, end };
}
