// The plain data of hover cards and comparison groups. Renderers (render/cards.ts for Markdown, or an
// editor adapter) turn these into text; nothing here knows about Markdown or VS Code.

import type { EntityMention, EntityRecord, FigureMention, FigureType, Qualifier } from '../model';
import type { Verdict } from './figures/compareFigures';
import type { SourceInfo } from './sourceInfo';

export type { Verdict } from './figures/compareFigures';
export type { SourceInfo } from './sourceInfo';

/** A part of a sentence to emphasise. Offsets are relative to `SentenceExcerpt.text`. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  /** "match": a content word shared with the hovered sentence; "mention": the entity or figure itself. */
  readonly kind: 'match' | 'mention';
}

/** One sentence of a source. `start`/`end` are offsets in the source text; highlights are relative to `text`. */
export interface SentenceExcerpt {
  readonly start: number;
  readonly end: number;
  /** Exactly text.slice(start, end) of the source: raw article text, escape before display. */
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

/** How another source tells the hovered entity. */
export interface EntitySourceMatch {
  readonly source: SourceInfo;
  /** How this source names the entity, most frequent first ("Starmer", "Sir Keir Starmer"). */
  readonly surfaceForms: readonly string[];
  readonly mentionCount: number;
  /** The sentence of this source that best matches the hovered sentence. */
  readonly sentence: SentenceExcerpt;
  /** TF-IDF cosine between that sentence and the hovered one, 0–1. */
  readonly similarity: number;
}

export interface EntityCard {
  readonly entity: EntityRecord;
  /** Surface forms seen across the workspace other than the canonical name, most frequent first. */
  readonly aliasesSeen: readonly string[];
  readonly sourceId: string;
  readonly mention: EntityMention;
  readonly sentence: SentenceExcerpt;
  /** Sources mentioning the entity, this one included ("in N of M sources"). */
  readonly sourceCount: number;
  readonly totalSources: number;
  /** All mentions of the entity in the workspace. */
  readonly mentionCount: number;
  /** Other sources, most relevant first, at most the requested number. */
  readonly others: readonly EntitySourceMatch[];
  /** How many other sources mention the entity (others.length may be smaller). */
  readonly otherSourceCount: number;
  /**
   * True when the entity is in more sources than a card scores (HOVER_SCAN_BUDGET): `others` are
   * then the best among the sources most related to this one, not necessarily of all.
   */
  readonly partial?: boolean;
}

/** A figure of another source compared with the hovered one. */
export interface FigureComparison {
  readonly source: SourceInfo;
  readonly mention: FigureMention;
  readonly sentence: SentenceExcerpt;
  readonly similarity: number;
  readonly verdict: Verdict;
  /** "26 nations vs 35 countries (differs by 9)", "more than 30 countries vs 35 countries". */
  readonly detail: string;
  /** Conversion used: "1.6 mi ≈ 2.57 km", "1 EUR ≈ 1.15 USD (fixed approximate rate)". */
  readonly conversion?: string;
}

export interface FigureCard {
  readonly sourceId: string;
  readonly mention: FigureMention;
  /** The normalised figure for a reader: "more than 30 countries", "USD 1.2 billion", "2026-01-07". */
  readonly display: string;
  readonly value?: number | string;
  readonly max?: number;
  readonly unit?: string;
  readonly qualifier?: Qualifier;
  /** What the figure counts or measures: "countries", "people killed", "length", "money", "date". */
  readonly subject: string;
  /** False when the figure has no value or kind that can be compared. */
  readonly comparable: boolean;
  readonly sentence: SentenceExcerpt;
  /** The best comparable figure of each other source: differing first, then by similarity; at most the requested number. */
  readonly comparisons: readonly FigureComparison[];
  /** All comparable figures found (comparisons.length may be smaller). */
  readonly comparisonCount: number;
  readonly counts: { readonly agrees: number; readonly approximatelyAgrees: number; readonly differs: number };
  /**
   * True when more sources give figures of this subject than a card scores (HOVER_SCAN_BUDGET):
   * comparisons and counts then cover the sources most related to this one only.
   */
  readonly partial?: boolean;
}

/** One figure of a comparison group, as the CLI prints it. */
export interface ComparisonMention {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value?: number | string;
}

/** Comparable figures about one subject found in two or more sources. */
export interface ComparisonGroup {
  /** Counted noun or topic: "countries", "people killed", "length: bridge", "date: summit". */
  readonly subject: string;
  readonly type: FigureType;
  /** False when any two figures of different sources differ. */
  readonly agree: boolean;
  /** A fresh array on every call (callers may sort or extend it), by file then offset. */
  readonly mentions: ComparisonMention[];
}
