// Plain data shared by every part of the core. Offsets are UTF-16 code units into the text exactly
// as the editor holds it (CRLF kept), i.e. plain JavaScript string indices.

export const ENTITY_TYPES = ['person', 'organization', 'place', 'misc'] as const;
export const FIGURE_TYPES = ['number', 'money', 'percent', 'quantity', 'date', 'time', 'ordinal'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type FigureType = (typeof FIGURE_TYPES)[number];
export type MentionType = EntityType | FigureType;

export const MENTION_TYPES: readonly MentionType[] = [...ENTITY_TYPES, ...FIGURE_TYPES];

export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

export function isFigureType(type: string): type is FigureType {
  return (FIGURE_TYPES as readonly string[]).includes(type);
}

/** How a figure is hedged in the text ("more than 30", "about 35", "up to 40", "20-25"). */
export type Qualifier = 'approximate' | 'at least' | 'more than' | 'at most' | 'up to' | 'fewer than' | 'range';

export interface Span {
  /** First UTF-16 code unit. */
  readonly start: number;
  /** One past the last UTF-16 code unit. */
  readonly end: number;
}

export interface EntityMention extends Span {
  readonly kind: 'entity';
  readonly type: EntityType;
  readonly text: string;
  /** Canonical id shared by every source of the workspace, e.g. "keir-starmer". */
  readonly entity: string;
}

export interface FigureMention extends Span {
  readonly kind: 'figure';
  readonly type: FigureType;
  readonly text: string;
  /**
   * Normalised value: a number for number/money/percent/quantity/ordinal (money in whole currency
   * units, 1.2bn → 1200000000), an ISO date "2026-01-07" (or "2026-01" / "2026") for dates that
   * resolve, and "HH:MM" (24h) for times. Absent when it cannot be resolved ("last week" without a
   * dateline).
   */
  readonly value?: number | string;
  /** Upper bound of a range ("20-25" → value 20, max 25). */
  readonly max?: number;
  /**
   * Unit or counted noun: currency code for money ("USD", "EUR", "GBP"), "%" for percent, the unit
   * for quantities ("km", "miles", "tons"), the counted noun for numbers ("nations", "people").
   */
  readonly unit?: string;
  readonly qualifier?: Qualifier;
}

export type Mention = EntityMention | FigureMention;

/** One article of the workspace as the core sees it. */
export interface SourceText {
  /** Stable identifier: a workspace-relative path or a URI string. */
  readonly id: string;
  readonly text: string;
}

/** A known entity after linking across all sources. */
export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Every other surface form seen or declared, without the canonical name. */
  readonly aliases: readonly string[];
}

/** A problem found in a file the user wrote (gazetteer, sidecar): shown at its line and column. */
export interface FileProblem {
  readonly message: string;
  /** 0-based line and column of the start of the problem. */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity: 'error' | 'warning';
}
