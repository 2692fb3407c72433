// Figure recognition in English news text: numbers, money, percentages, quantities, dates, times
// and ordinals, with exact UTF-16 offsets, normalised values, units and hedges. See
// docs/decisions/figures.md for the unit vocabulary and the rules.

import type { FigureMention } from '../../model';
import { daysFromCivil, parseIsoDate } from './calendar';
import { scanFigures } from './scanner';

export { detectArticleDate, type ArticleDate } from './articleDate';

export interface FigureOptions {
  /** ISO date of the article (from its dateline) to resolve weekdays and relative dates. */
  referenceDate?: string;
}

/** Every figure of `text`, sorted by start and non-overlapping. */
export function findFigures(text: string, options?: FigureOptions): FigureMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const reference = parseIsoDate(options?.referenceDate);
  return scanFigures(text, reference ? daysFromCivil(reference.year, reference.month, reference.day) : undefined);
}
