// Figure recognition in English news text: numbers, money, percentages, quantities, dates, times
// and ordinals, with exact UTF-16 offsets, normalised values, units and hedges. See
// docs/decisions/figures.md for the unit vocabulary and the rules.

import type { FigureMention } from '../../model';
import { daysFromCivil, parseIsoDate, type Reference } from './calendar';
import { homeCurrencies, localiseCurrencies, type HomeCurrencies } from './homeCurrency';
import { dropReferenceNumbers } from './references';
import { scanFigures } from './scanner';
import { shareRangeYears } from './rangeYears';

export { detectArticleDate, type ArticleDate } from './articleDate';
export { homeCurrencies, homeDollar, type HomeCurrencies } from './homeCurrency';

export interface FigureOptions {
  /** ISO date of the article (from its dateline) to resolve weekdays and relative dates. */
  referenceDate?: string;
  /** The ISO codes of the article's bare "$" and "pesos"; read from `text` when not given (see `homeCurrencies`). */
  currencies?: HomeCurrencies;
}

/** Every figure of `text`, sorted by start and non-overlapping. */
export function findFigures(text: string, options?: FigureOptions): FigureMention[] {
  return findFiguresOnDay(text, referenceDay(options?.referenceDate), options?.currencies ?? homeCurrencies(text));
}

/** The day number of an ISO article date (see `findFiguresOnDay`), or undefined. */
export function referenceDay(referenceDate: string | undefined): Reference {
  const reference = parseIsoDate(referenceDate);
  return reference ? daysFromCivil(reference.year, reference.month, reference.day) : undefined;
}

/** `findFigures` with the article date as a day number (read once per document, not per paragraph). */
export function findFiguresOnDay(text: string, day: Reference, currencies: HomeCurrencies = USUAL_CURRENCIES): FigureMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const figures = scanFigures(text, day);
  localiseCurrencies(figures, currencies);
  dropReferenceNumbers(figures, text);
  shareRangeYears(figures, text);
  return figures;
}

const USUAL_CURRENCIES: HomeCurrencies = { dollar: 'USD', peso: 'MXN', rupee: 'INR' };
