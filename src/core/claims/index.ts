// Claim annotations saved to `<article>.claims.yaml` sidecar files: the public API of the core.
// See docs/claims-format.md for the file format and the merge rules.

export * from './types';
export { sidecarPathFor, articlePathForSidecar, isSidecarPath, SIDECAR_SUFFIX } from './paths';
export { createClaimId, type RandomSource } from './ids';
export { parseSidecar, SidecarDocument, MAX_SIDECAR_LENGTH, CLAIM_ID_PATTERN, type SidecarParseResult } from './sidecar/parse';
export { serializeSidecar } from './sidecar/write';
export {
  applyOperations, isoNow,
  type ClaimOperation, type ClaimChanges, type NewClaim, type OperationOutcome, type OperationStatus,
  type ApplyOperationsOptions, type AppliedOperations,
} from './operations';
export { claimAt, anchorChanges, type NewClaimFields } from './newClaim';
export {
  ClaimStore, SidecarInvalidError, InvalidClaimDataError,
  type ClaimStoreOptions, type SidecarLoadResult, type ApplyOptions, type ApplyResult, type ApplyAction,
} from './store';
export { anchorClaim, type AnchorResult, type AnchorStatus, type AnchorOptions } from './anchoring/anchorClaim';
export { createAnchor, CONTEXT_LENGTH, type CreatedAnchor } from './anchoring/createAnchor';
export { applyEdits, type TextChange } from './anchoring/trackEdits';
export { reanchorClaims, type AnchoredClaim } from './anchoring/reanchor';
