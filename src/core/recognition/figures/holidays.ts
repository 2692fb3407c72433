// Named days are dates, also as modifiers ("Valentine's Day roses", "Christmas shopping"):
// "Valentine's Day", "Christmas Eve", "New Year's Day", "Easter Monday".
// Fixed days get a value from the article's year; movable feasts (Easter, Thanksgiving) get none.

import { formatDate, inferYear, type Reference } from './calendar';
import { emit, followsSince, type ScanContext } from './context';
import { codeAt, isUpperCode, lowerSlice, nextWord } from './text';

interface Holiday {
  /** Sticky pattern at the first word, which is its trigger. */
  readonly pattern: RegExp;
  readonly month?: number;
  readonly day?: number;
  /** A one-word name ("Christmas") is no date before another name ("Easter Island", "Christmas Island"). */
  readonly bare?: boolean;
}

const APOSTROPHE = "['’]";

/** Holidays by their first word, lower-cased. */
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
  ['remembrance', [{ pattern: /Remembrance (?:Day|Sunday)/y }]],
  ['easter', [{ pattern: /Easter (?:Sunday|Monday|weekend)/y }, { pattern: /Easter/y, bare: true }]],
  ['good', [{ pattern: /Good Friday/y }]],
  ['thanksgiving', [{ pattern: /Thanksgiving(?: Day)?/y, bare: true }]],
  ['labor', [{ pattern: /Labor Day/y }]],
  ['memorial', [{ pattern: /Memorial Day/y }]],
  ['mother', [{ pattern: new RegExp(`Mother${APOSTROPHE}s Day`, 'y') }]],
  ['father', [{ pattern: new RegExp(`Father${APOSTROPHE}s Day`, 'y') }]],
]);

function holidayValue(holiday: Holiday, reference: Reference, pastOnly: boolean): string | undefined {
  if (reference === undefined || holiday.month === undefined || holiday.day === undefined) return undefined;
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
    return emit(context, 'date', start, holidayEnd, { value: holidayValue(holiday, context.reference, followsSince(context, start)) });
  }
  return -1;
}
