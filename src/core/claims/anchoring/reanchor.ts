import type { Claim, SidecarFile } from '../types';
import { anchorClaim, type AnchorResult } from './anchorClaim';

/** A claim with where it is in the current article text. */
export interface AnchoredClaim extends AnchorResult {
  readonly claim: Claim;
}

/**
 * Anchors every claim of `file` in `text`. Claims come back in the file's order. Claims are
 * searched in the order of their stored offsets and each one is first tried at the shift found for
 * the previous one, so that after an edit near the top of a long article most claims are found
 * without scanning the text.
 */
export function reanchorClaims(text: string, file: Pick<SidecarFile, 'claims'>): AnchoredClaim[] {
  const order = file.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => (a.claim.start ?? Number.MAX_SAFE_INTEGER) - (b.claim.start ?? Number.MAX_SAFE_INTEGER) || a.index - b.index);
  const anchored: AnchoredClaim[] = new Array(file.claims.length);
  let shift = 0;
  for (const { claim, index } of order) {
    const found = anchorClaim(text, claim, { expectedShift: shift });
    if (found.status !== 'orphaned' && claim.start !== undefined) shift = found.start - claim.start;
    anchored[index] = { claim, ...found };
  }
  return anchored;
}
