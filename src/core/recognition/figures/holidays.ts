// Named days are dates, also as modifiers ("Valentine's Day roses", "Christmas shopping"):
// "Valentine's Day", "Christmas Eve", "New Year's Day", "Easter Monday".
// Fixed days get a value from the article's year, and so do the movable ones a rule fixes (Easter,
// US Thanksgiving, Memorial Day); Mother's and Father's Day, which differ between countries, get none.

import { daysFromCivil, daysInMonth, formatDays, formatDate, inferYear, type Reference, weekdayOf } from './calendar';
import { emit, followsSince, type ScanContext } from './context';
import { codeAt, isUpperCode, lowerSlice, nextWord } from './text';

interface Holiday {
  /** Sticky pattern at the first word, which is its trigger. */
  readonly pattern: RegExp;
  readonly month?: number;
  readonly day?: number;
  /** A movable day: its date (days since the epoch) in a given year. */
  readonly movable?: (year: number) => number;
  /** A one-word name ("Christmas") is no date before another name ("Easter Island", "Christmas Island"). */
  readonly bare?: boolean;
}

const APOSTROPHE = "['’]";

/** Holidays by their first word, lower-cased. */
/** Western Easter Sunday of `year` (the anonymous Gregorian computus), in days since the epoch. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** The `nth` `weekday` (0 = Monday) of a month; `nth` -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth < 0) {
    const last = daysFromCivil(year, month, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
}

const MONDAY = 0;
const THURSDAY = 3;
const SUNDAY = 6;

export const HOLIDAYS: ReadonlyMap<string, readonly Holiday[]> = new Map<string, readonly Holiday[]>([
  ['valentine', [{ pattern: new RegExp(`Valentine${APOSTROPHE}s Day`, 'y'), month: 2, day: 14 }]],
  ['christmas', [
    { pattern: /Christmas Eve/y, month: 12, day: 24 }, { pattern: /Christmas Day/y, month: 12, day: 25 },
    { pattern: /Christmas/y, month: 12, day: 25, bare: true },
  ]],
  ['boxing', [{ pattern: /Boxing Day/y, month: 12, day: 26 }]],
  ['new', [
    { pattern: new RegExp(`New Year${APOSTROPHE}s Eve`, 'y'), month: 12, day: 31 },
    { pattern: new RegExp(`New Year${APOSTROPHE}s Day`, 'y'), month: 1, day: 1 },
  ]],
  ['halloween', [{ pattern: /Halloween/y, month: 10, day: 31, bare: true }]],
  ['hogmanay', [{ pattern: /Hogmanay/y, month: 12, day: 31, bare: true }]],
  ['bastille', [{ pattern: /Bastille Day/y, month: 7, day: 14 }]],
  ['armistice', [{ pattern: /Armistice Day/y, month: 11, day: 11 }]],
  ['remembrance', [{ pattern: /Remembrance Day/y, month: 11, day: 11 }, { pattern: /Remembrance Sunday/y, movable: (year) => nthWeekday(year, 11, SUNDAY, 2) }]],
  ['easter', [
    { pattern: /Easter Sunday/y, movable: easterSunday }, { pattern: /Easter Monday/y, movable: (year) => easterSunday(year) + 1 },
    { pattern: /Easter weekend/y }, { pattern: /Easter/y, bare: true, movable: easterSunday },
  ]],
  ['good', [{ pattern: /Good Friday/y, movable: (year) => easterSunday(year) - 2 }]],
  // Thanksgiving: the US one, the fourth Thursday of November.
  ['thanksgiving', [{ pattern: /Thanksgiving(?: Day)?/y, bare: true, movable: (year) => nthWeekday(year, 11, THURSDAY, 4) }]],
  ['labor', [{ pattern: /Labor Day/y, movable: (year) => nthWeekday(year, 9, MONDAY, 1) }]],
  ['memorial', [{ pattern: /Memorial Day/y, movable: (year) => nthWeekday(year, 5, MONDAY, -1) }]],
  ['mother', [{ pattern: new RegExp(`Mother${APOSTROPHE}s Day`, 'y') }]],
  ['father', [{ pattern: new RegExp(`Father${APOSTROPHE}s Day`, 'y') }]],
]);

const GREETING_AFTER = /^[ \u00a0]+(?:morning|afternoon|evening)\b/;
const YEAR_BEFORE = /(?:^|[^\d.,])((?:19|20)\d\d)[ \u00a0]$/;

/** How far ahead of the article a holiday may lie before the one of the year before is meant (as `inferYear`). */
const LAST_YEAR_AFTER_DAYS = 275;

function holidayValue(holiday: Holiday, reference: Reference, pastOnly: boolean): string | undefined {
  if (reference === undefined) return undefined;
  if (holiday.movable !== undefined) {
    const year = inferYear(reference, 1, 1);
    const days = holiday.movable(year);
    return formatDays(days - reference > (pastOnly ? 0 : LAST_YEAR_AFTER_DAYS) ? holiday.movable(year - 1) : days);
  }
  if (holiday.month === undefined || holiday.day === undefined) return undefined;
  return formatDate({ year: inferYear(reference, holiday.month, holiday.day, pastOnly), month: holiday.month, day: holiday.day });
}

/** The holiday starting at the capitalised trigger word [start, end); where to resume, or -1. */
export function handleHoliday(context: ScanContext, start: number, end: number): number {
  const { text } = context;
  if (!isUpperCode(text.charCodeAt(start))) return -1;
  const candidates = HOLIDAYS.get(lowerSlice(text, { start, end })) ?? [];
  for (const holiday of candidates) {
    holiday.pattern.lastIndex = start;
    if (!holiday.pattern.test(text)) continue;
    const holidayEnd = holiday.pattern.lastIndex;
    if (codeAt(text, holidayEnd) >= 97 && codeAt(text, holidayEnd) <= 122) continue;
    if (holiday.bare) {
      const next = nextWord(text, holidayEnd);
      if (next && isUpperCode(text.charCodeAt(next.start))) return -1;
    }
    // "Good Friday morning. Welcome to …": a newsletter's greeting names the weekday, no holiday.
    if (holiday.movable !== undefined && GREETING_AFTER.test(text.slice(holidayEnd, holidayEnd + 12)) && text.startsWith('Good', start)) return -1;
    // "the 2020 Labor Day fires": the year written before it is the holiday's.
    const year = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const reference = year ? daysFromCivil(Number(year[1]), 7, 1) : context.reference;
    return emit(context, 'date', start, holidayEnd, { value: holidayValue(holiday, reference, !year && followsSince(context, start)) });
  }
  return -1;
}
