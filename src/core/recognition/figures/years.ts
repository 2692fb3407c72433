// Years: "in 2025", "the 2024 election", "mid-2025", "2020-21", "2026/27", "the 1990s", "fiscal 2027".
// A bare four-digit number is a year only with a year context (a word before it, a colon or a
// singular noun after it), so "Paris 2026 (Agencies)" is not.

import type { Amount } from './amounts';
import { formatYear } from './calendar';
import { readCountedNoun, readNextWord } from './classify';
import { emit, type ScanContext } from './context';
import { TRIGGERS } from './lexicon';
import { codeAt, isHorizontalSpaceCode, isLetterCode, lowerSlice, previousWord } from './text';
import { CURRENCY_WORDS, FUNCTION_WORDS, IRREGULAR_PLURALS, STRONG_YEAR_CONTEXT, UNIT_WORDS, WEAK_YEAR_CONTEXT } from './vocabulary';

const YEAR_RANGE = /[-–—/](\d{4}|\d{2})(?![\d\p{L}])/uy;
/** Prefixes joined to a year by a hyphen ("mid-2025"), part of its span. */
export const YEAR_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late']);
/** Weak year contexts that are prepositions: with a counted noun after, the number counts ("of 1500 troops"). */
const NOT_DETERMINERS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'on', 'against', 'and', 'or', 'beyond', 'past', 'into']);

/** Years: "in 2025", "the 2024 election", "mid-2025", "2020-21", "the 1990s". Undefined: not a year. */
export function readYear(context: ScanContext, amount: Amount): number | undefined {
  const { text } = context;
  const year = amount.value;
  const { start, end } = amount;
  const next = codeAt(text, end);
  if (year % 10 === 0 && next === 115 /* s */ && !isLetterCode(codeAt(text, end + 1))) return emit(context, 'date', prefixStart(context, start), end + 1);
  if (year % 10 === 0 && (next === 39 || next === 0x2019) && codeAt(text, end + 1) === 115 && !isLetterCode(codeAt(text, end + 2))) {
    return emit(context, 'date', prefixStart(context, start), end + 2);
  }
  YEAR_RANGE.lastIndex = end;
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const second = range[1].length === 2 ? year - (year % 100) + Number(range[1]) : Number(range[1]);
    // "2025-26", "2026/27": a season or a fiscal year is one date; "1850-1900", "1951–2026" are two
    // years (the labelling rules give a range of dates two labels).
    if (second === year + 1) return emit(context, 'date', start, end + range[0].length, { value: formatYear(year), qualifier: 'range' });
    if (second > year && second - year <= 200 && range[1].length === 4) {
      emit(context, 'date', start, end, { value: formatYear(year) });
      return emit(context, 'date', end + 1, end + range[0].length, { value: formatYear(second) });
    }
    if (second > year && second - year <= 200) return emit(context, 'date', start, end + range[0].length, { value: formatYear(year), qualifier: 'range' });
  }

  let spanStart = start;
  let context_: 'strong' | 'weak' | undefined;
  let fiscal = false;
  const before = codeAt(text, start - 1);
  if (before === 45 || before === 0x2010) {
    const prefix = previousWord(text, start - 1, context.floor, false);
    if (prefix && YEAR_PREFIXES.has(lowerSlice(text, prefix))) {
      context_ = 'strong';
      spanStart = prefix.start;
    }
  } else if (before === 40 /* ( */ && codeAt(text, end) === 41) {
    context_ = 'strong';
  } else {
    const word = previousWord(text, start, context.floor);
    if (word) {
      const lower = lowerSlice(text, word);
      const possessive = lower === 's' && (codeAt(text, word.start - 1) === 39 || codeAt(text, word.start - 1) === 0x2019);
      if (STRONG_YEAR_CONTEXT.has(lower)) {
        context_ = 'strong';
        // "fiscal 2027", "financial year 2026": the company's year, part of the span, no calendar value.
        const fiscalStart = lower === 'fiscal' ? word.start : lower === 'year' ? fiscalYearStart(context, word.start) : undefined;
        if (fiscalStart !== undefined) {
          spanStart = fiscalStart;
          fiscal = true;
        }
      } else if (lower === 'over' && comparesFigure(context, word.start) && readCountedNoun(text, readNextWord(text, end), amount) === undefined) {
        // "an increase of $96 million over 2026", "up 4% over 2025": the year compared with.
        context_ = 'strong';
      } else if (WEAK_YEAR_CONTEXT.has(lower) || possessive) {
        const countsSomething = readCountedNoun(text, readNextWord(text, end), amount) !== undefined;
        const isDeterminer = !NOT_DETERMINERS.has(lower);
        if (!countsSomething || (isDeterminer && year >= 1900 && year <= 2100)) context_ = 'weak';
      }
    }
  }
  if (context_ === undefined && year >= 1900 && year <= 2100 && readsAsYearByWhatFollows(text, end)) context_ = 'weak';
  if (context_ === undefined) return undefined;
  return emit(context, 'date', spanStart, end, { value: fiscal ? undefined : formatYear(year) });
}

/** A figure ends right before the word at `position` ("$96 million over"). */
function comparesFigure(context: ScanContext, position: number): boolean {
  const last = context.mentions[context.mentions.length - 1];
  return last !== undefined && last.type !== 'date' && position - last.end >= 0 && position - last.end <= 1;
}

/** "mid-2030s", "late-1990s": the start of a prefix joined to the decade, else `start`. */
function prefixStart(context: ScanContext, start: number): number {
  const before = codeAt(context.text, start - 1);
  if (before !== 45 && before !== 0x2010) return start;
  const prefix = previousWord(context.text, start - 1, context.floor, false);
  return prefix && YEAR_PREFIXES.has(lowerSlice(context.text, prefix)) ? prefix.start : start;
}

/**
 * Plurals a year qualifies ("compared with 1990 levels", "at 2019 prices", "off 2026 earnings", "the
 * 2027 elections"): no count of them is that large.
 */
const YEAR_QUALIFIED_PLURALS: ReadonlySet<string> = new Set(['levels', 'prices', 'figures', 'rates', 'values', 'standards', 'earnings', 'results',
  'sales', 'revenues', 'profits', 'elections', 'accounts', 'forecasts', 'estimates', 'emissions', 'targets', 'budgets', 'numbers', 'finances']);

/** Words after a number that make it a count or a measure ("2000 strong", "1500 more"), not a year. */
const NOT_AFTER_YEAR: ReadonlySet<string> = new Set(['strong', 'more', 'less', 'fewer', 'plus', 'odd', 'new', 'extra', 'additional', 'other', 'per', 'times']);

/** "is", "was", "has been" after the number (not "has 40 staff"). */
const SINGULAR_VERB_AFTER_YEAR = /^ (?:is|was|has been)(?![\p{L}])/u;

/**
 * "2019: Arkvale is founded" (a timeline), "the 2026 harvest", "its split 1982 decision": a
 * year-like number before a colon, or before a singular noun, which no count above one takes.
 */
function readsAsYearByWhatFollows(text: string, end: number): boolean {
  const next = codeAt(text, end);
  if (next === 58) return isHorizontalSpaceCode(codeAt(text, end + 1));
  if (!isHorizontalSpaceCode(next)) return false;
  const first = codeAt(text, end + 1);
  if (first < 97 || first > 122) return false;
  let wordEnd = end + 2;
  while (isLetterCode(codeAt(text, wordEnd))) wordEnd++;
  const word = text.slice(end + 1, wordEnd);
  // "2025 was a record year", "NOAA said 2026 is virtually certain…": a singular verb after a bare
  // year-like number makes it the subject, and a count of that size takes a plural one.
  if (SINGULAR_VERB_AFTER_YEAR.test(text.slice(end, wordEnd + 6))) return true;
  if (word.length < 3 || codeAt(text, wordEnd) === 45 || FUNCTION_WORDS.has(word) || NOT_AFTER_YEAR.has(word)) return false;
  // ("1990 levels", "2019 prices": plurals a year qualifies, after "than"/"with"/"to"/"at"/"above"/"below".)
  if (YEAR_QUALIFIED_PLURALS.has(word)) return true;
  if ((word.endsWith('s') && !word.endsWith('ss')) || IRREGULAR_PLURALS.has(word) || UNIT_WORDS.has(word) || CURRENCY_WORDS.has(word)) return false;
  return TRIGGERS.lookup(word) === undefined;
}

/** Start of "fiscal" or "financial" before the word "year" at `yearStart`. */
function fiscalYearStart(context: ScanContext, yearStart: number): number | undefined {
  const word = previousWord(context.text, yearStart, context.floor);
  if (!word) return undefined;
  const lower = lowerSlice(context.text, word);
  return lower === 'fiscal' || lower === 'financial' ? word.start : undefined;
}

