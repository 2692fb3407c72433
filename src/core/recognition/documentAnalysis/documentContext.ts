// The few document-wide facts that change how a block reads: they are part of every block's cache key.
import { detectArticleDate, homeCurrencies, referenceDay, type HomeCurrencies } from '../figures';
import type { Reference } from '../figures/calendar';
import { commentsSectionStart } from '../figures/furniture';
import { readsAsSports, scoreCount } from '../entities/sportsCopy';

export interface DocumentContext {
  /** The article's date (dateline, front matter), for relative dates in figures. */
  readonly referenceDate: string | undefined;
  /** `referenceDate` as a day number, for the figure finder. */
  readonly referenceDay: Reference;
  /** Sports copy: lone city names read as clubs. Decided on the whole text by the candidate finder. */
  readonly sports: boolean;
  /** Where readers' comments start for the figure finder (no figures there), or the text length. */
  readonly figuresEnd: number;
  /** The ISO codes of the article's bare "$" and "pesos" (AUD in an Australian article, PHP in a Philippine one). */
  readonly currencies: HomeCurrencies;
}

/** The document context of `text`; `sports` as computed from its blocks (see `readsAsSports`). */
export function documentContext(text: string, sports = readsAsSports(text, scoreCount(text))): DocumentContext {
  let referenceDate: string | undefined;
  try {
    referenceDate = detectArticleDate(text)?.date;
  } catch {
    referenceDate = undefined;
  }
  return { referenceDate, referenceDay: referenceDay(referenceDate), sports, figuresEnd: commentsSectionStart(text), currencies: homeCurrencies(text) };
}

export function contextKey(context: DocumentContext): string {
  return `${context.referenceDate ?? ''}|${context.sports ? 1 : 0}|${context.currencies.dollar}|${context.currencies.peso}|${context.currencies.rupee}`;
}
