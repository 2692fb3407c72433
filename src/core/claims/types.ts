// Plain data of a claims sidecar file (`<article>.claims.yaml`). See docs/claims-format.md.
// Offsets are UTF-16 code units into the article text exactly as the editor holds it (CRLF kept).

/** The only sidecar format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** How a piece of evidence relates to the claim. */
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

/** True for the three stances of the format. */
export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/**
 * Where a passage is in a text: the quoted text itself plus up to 32 characters of context on each
 * side. `start`/`end` are only a hint; the quote and its context are the truth (see anchorClaim).
 */
export interface TextQuoteSelector {
  readonly quote: string;
  /** Text right before the quote ('' at the start of the text). */
  readonly prefix: string;
  /** Text right after the quote ('' at the end of the text). */
  readonly suffix: string;
  /** Hint: UTF-16 offset of the quote when it was last anchored. */
  readonly start?: number;
  /** Hint: UTF-16 offset one past the quote when it was last anchored. */
  readonly end?: number;
}

/** A passage of another source that supports, contradicts or gives context to a claim. */
export interface Evidence extends TextQuoteSelector {
  /** Path of the other source relative to the claims file's folder ('/' separators), or a URL. */
  readonly source: string;
  readonly stance?: Stance;
  readonly note?: string;
}

/** One message of the discussion under a claim. */
export interface Reply {
  readonly author?: string;
  readonly body: string;
  /** ISO 8601 date-time. */
  readonly time?: string;
}

/** A checked statement of the article. */
export interface Claim extends TextQuoteSelector {
  /** Stable short id, unique in its file: 6-8 characters of [a-z0-9], starting with a letter. */
  readonly id: string;
  /** Free string: the set of verdicts is a setting, not part of the format. */
  readonly verdict?: string;
  readonly note?: string;
  readonly evidence: readonly Evidence[];
  readonly author?: string;
  /** ISO 8601 date-time. */
  readonly created?: string;
  /** ISO 8601 date-time of the last change. */
  readonly updated?: string;
  readonly resolved: boolean;
  readonly replies: readonly Reply[];
}

/** The content of one sidecar file. Claims are kept sorted by id. */
export interface SidecarFile {
  readonly version: typeof SIDECAR_VERSION;
  /** File name of the article the claims belong to, e.g. "report.txt". */
  readonly source?: string;
  readonly claims: readonly Claim[];
}

/** A sidecar without claims, e.g. to show before the first claim of an article is saved. */
export function emptySidecar(source?: string): SidecarFile {
  return source === undefined ? { version: SIDECAR_VERSION, claims: [] } : { version: SIDECAR_VERSION, source, claims: [] };
}
