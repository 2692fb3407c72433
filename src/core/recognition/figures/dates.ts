// Calendar dates and clock times written with digits: "6 January 2026", "January 7, 2026",
// "2026-01-07", "07/01/2026", "9:03 a.m.", "23:11 local time", "1430 GMT". Each matcher is a sticky
// regex tried only where the scanner already stands on a digit or a month name.

import type { Qualifier } from '../../model';
import { MONTH_NAMES } from './lexicon';
import { TIME_ZONE_PATTERN } from './vocabulary';
import { civilFromDays, daysFromCivil, formatDate, formatMonth, inferYear, isValidDate, parseIsoDate, type Reference } from './calendar';
import type { Tense } from './tense';

export interface DateMatch {
  readonly end: number;
  readonly value?: string;
  readonly qualifier?: Qualifier;
  /** The year was not written: it was inferred from the article's date. */
  readonly yearInferred?: boolean;
  /** "May 8-10", "7–9 April": a range of days, labelled as two dates (see `splitDayRange`). */
  readonly days?: DayRange;
}

/** Where the first day's label ends and the second's starts, and the second day. */
export interface DayRange {
  readonly firstEnd: number;
  readonly secondStart: number;
  readonly secondDay: number;
}

/** The two labels of a day range ending at `end`: the first day, then the second with the first's month and year. */
export function splitDayRange(start: number, end: number, days: DayRange, value: string | undefined): readonly [DayLabel, DayLabel] {
  const second = value === undefined ? undefined : `${value.slice(0, 8)}${String(days.secondDay).padStart(2, '0')}`;
  return [{ start, end: days.firstEnd, value }, { start: days.secondStart, end, value: second }];
}

export interface DayLabel {
  readonly start: number;
  readonly end: number;
  readonly value?: string;
}

const MONTH_FORMS = (() => {
  const abbreviations = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
  const titles = MONTH_NAMES.map((name) => name[0].toUpperCase() + name.slice(1));
  return [...titles, ...abbreviations].flatMap((form) => [form, form.toUpperCase()]).sort((a, b) => b.length - a.length);
})();

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
// ("November 20, 202610:15 AM GMT": a copied page runs the year into the time after it.)
const YEAR_AFTER = `(?:,?[ \\u00a0]+(\\d{4})(?!\\d(?!\\d?:\\d\\d)|[.,]\\d))?`;

const DAY_MONTH = new RegExp(
  `(\\d{1,2})${ORDINAL_SUFFIX}(?:[ \\u00a0]*[-–][ \\u00a0]*(\\d{1,2})${ORDINAL_SUFFIX})?[ \\u00a0]+(?:of[ \\u00a0]+)?(${MONTH_FORMS.join('|')})(\\.)?(?![\\p{L}])${YEAR_AFTER}`,
  'duy',
);
const MONTH_DAY = new RegExp(
  `[ \\u00a0]+(\\d{1,2})${ORDINAL_SUFFIX}(?![\\p{L}\\d]|[.,:]\\d)(?:[ \\u00a0]*[-–][ \\u00a0]*(\\d{1,2})${ORDINAL_SUFFIX}(?![\\p{L}\\d]))?${YEAR_AFTER}`,
  'duy',
);
const DAY_ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const SPOKEN_DAY = /[ \u00a0]+(?:the[ \u00a0]+)?((?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)(?![\p{L}-])/uy;

const SPOKEN_DAY_YEAR = /,?[ \u00a0]+(\d{4})(?![\d\p{L}])/uy;
/** "In May second place went to …": an ordinal before a noun counts places, not days. */
const NOUN_AFTER_ORDINAL = /^ (?!(?:at|in|on|and|or|when|after|before|to|until|the|this|that|with|for|as|but|so|of|is|was|will|would)\b)[a-z]/;

/** 1–31 for a spelled-out day ordinal ("ninth", "twenty-first", "thirtieth"). */
function spokenDayNumber(words: string): number | undefined {
  if (words === 'thirtieth') return 30;
  const tens = words.startsWith('twenty') ? 20 : words.startsWith('thirty') ? 30 : 0;
  const unit = DAY_ORDINAL_WORDS.indexOf(tens ? words.slice(7) : words) + 1;
  if (unit === 0) return undefined;
  const day = tens + (tens && unit === 20 ? 0 : unit);
  return day <= 31 ? day : undefined;
}
const MONTH_YEAR = /,?[ \u00a0]+(?:of[ \u00a0]+)?(\d{4})(?![\d\p{L}]|[.,]\d)/uy;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
/** A clock time in a North American zone right after a slashed date (the US and Canada write month first). */
const NORTH_AMERICAN_TIME_AFTER = /^,?[ \u00a0](?:at[ \u00a0])?\d{1,2}:\d\d(?::\d\d)?[ \u00a0]?(?:[AaPp]\.?[Mm]\.?)[ \u00a0]?(?:[ECMP][SD]?T|AK[SD]T|HST|NT|AT)\b/;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
const SLASHED_NUMBERS = /\d+(?:\/\d+)+/y;

function dayValue(year: number | undefined, month: number, day: number, reference: Reference, pastOnly: boolean): string | undefined | null {
  if (year !== undefined) return isValidDate(year, month, day) ? formatDate({ year, month, day }) : null;
  if (day < 1 || day > 31 || (month === 2 && day > 29) || ((month === 4 || month === 6 || month === 9 || month === 11) && day > 30)) return null;
  if (reference === undefined) return undefined;
  const inferred = inferYear(reference, month, day, pastOnly);
  return isValidDate(inferred, month, day) ? formatDate({ year: inferred, month, day }) : undefined;
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return year >= 1000 && year <= 2199 ? year : undefined;
}

function dayMatch(
  end: number, dayText: string, secondDayText: string | undefined, month: number, yearText: string | undefined, reference: Reference, pastOnly: boolean,
  days?: DayRange,
): DateMatch | undefined {
  const year = yearOf(yearText);
  if (yearText !== undefined && year === undefined) return undefined;
  const day = Number(dayText);
  const value = dayValue(year, month, day, reference, pastOnly);
  if (value === null) return undefined;
  if (secondDayText !== undefined && Number(secondDayText) <= day) return undefined;
  // A written year belongs to both days: "January 6-7, 2026" stays one label.
  const split = secondDayText !== undefined && year === undefined ? days : undefined;
  return { end, value, qualifier: secondDayText !== undefined && !split ? 'range' : undefined, yearInferred: year === undefined && value !== undefined, days: split };
}

/** The day range of a DAY_MONTH or MONTH_DAY match (groups 1 and 2 hold the two days), or undefined. */
function dayRangeOf(match: RegExpExecArray): DayRange | undefined {
  const first = match.indices?.[1];
  const second = match.indices?.[2];
  if (!first || !second) return undefined;
  // The first label keeps its ordinal suffix: "7th–9th April" → "7th", "9th April".
  const suffix = ORDINAL_SUFFIX_AT.test(match.input.slice(first[1], first[1] + 3)) ? 2 : 0;
  return { firstEnd: first[1] + suffix, secondStart: second[0], secondDay: Number(match[2]) };
}

const ORDINAL_SUFFIX_AT = /^(?:st|nd|rd|th)(?![\p{L}])/u;

/** How far before the article a date without year must lie for a future sentence to move it to next year. */
const TENSE_MARGIN_DAYS = 31;

const YEAR_NAMED_AFTER = /,?[ \u00a0]+(last|this|next)[ \u00a0]+year(?![\p{L}])/iuy;

/** "April 2 last year", "in March next year": the year the words after a date name, from the article's. */
export function yearNamedAfter(text: string, end: number, reference: Reference): number | undefined {
  if (reference === undefined) return undefined;
  YEAR_NAMED_AFTER.lastIndex = end;
  const named = YEAR_NAMED_AFTER.exec(text);
  if (!named) return undefined;
  const shift = named[1].toLowerCase();
  return civilFromDays(reference).year + (shift === 'last' ? -1 : shift === 'next' ? 1 : 0);
}

/**
 * The value of a date written without its year, read with its sentence's tense and the words after
 * it: "funded through Jan. 30" in a November piece is next January, "will be held March 15" next
 * March; "heard arguments on Nov. 5" in a February piece last November; "April 2 last year" that
 * year. Only dates more than a month from the article ask the tense.
 */
export function valueByTense(match: DateMatch, reference: Reference, tenseAt: () => Tense, text: string): string | undefined {
  const date = match.yearInferred && reference !== undefined ? parseIsoDate(match.value) : undefined;
  if (date === undefined || reference === undefined) return match.value;
  const named = yearNamedAfter(text, match.end, reference);
  let year = named ?? date.year;
  if (named === undefined) {
    const offset = daysFromCivil(date.year, date.month, date.day) - reference;
    if (offset >= -TENSE_MARGIN_DAYS && offset <= TENSE_MARGIN_DAYS) return match.value;
    const tense = tenseAt();
    if (offset < 0 && tense === 'future') year++;
    else if (offset > 0 && tense === 'past') year--;
    else return match.value;
  }
  return isValidDate(year, date.month, date.day) ? formatDate({ year, month: date.month, day: date.day }) : match.value;
}

/**
 * "6 January 2026", "7th Jan", "6-7 January", "6 of January" at a digit. `pastOnly` (after "since")
 * puts a date without year on or before the article.
 */
export function matchDayMonth(text: string, start: number, reference: Reference, pastOnly = false): DateMatch | undefined {
  DAY_MONTH.lastIndex = start;
  const match = DAY_MONTH.exec(text);
  if (!match) return undefined;
  const name = match[3];
  const isAbbreviation = name.length <= 4 && name.toLowerCase() !== 'may' && name.toLowerCase() !== 'june' && name.toLowerCase() !== 'july';
  let end = start + match[0].length;
  // A full month name followed by "." ends the sentence; the dot is not ours.
  if (match[4] && !isAbbreviation && match[5] === undefined) end--;
  return dayMatch(end, match[1], match[2], monthNumber(name), match[5], reference, pastOnly, dayRangeOf(match));
}

/** What follows a month name: " 7, 2026", " 7th", " 7-8", or " 2026" (month and year). */
export function matchAfterMonth(text: string, monthEnd: number, month: number, reference: Reference, pastOnly = false): DateMatch | undefined {
  MONTH_DAY.lastIndex = monthEnd;
  const day = MONTH_DAY.exec(text);
  if (day) {
    const match = dayMatch(monthEnd + day[0].length, day[1], day[2], month, day[3], reference, pastOnly, dayRangeOf(day));
    if (match) return match;
  }
  // "November ninth", "June twenty-first": transcripts spell the day out.
  SPOKEN_DAY.lastIndex = monthEnd;
  const spoken = SPOKEN_DAY.exec(text);
  if (spoken && !NOUN_AFTER_ORDINAL.test(text.slice(monthEnd + spoken[0].length, monthEnd + spoken[0].length + 12))) {
    const dayNumber = spokenDayNumber(spoken[1].toLowerCase());
    let end = monthEnd + spoken[0].length;
    SPOKEN_DAY_YEAR.lastIndex = end;
    const year = SPOKEN_DAY_YEAR.exec(text);
    if (year) end = SPOKEN_DAY_YEAR.lastIndex;
    const match = dayNumber === undefined ? undefined : dayMatch(end, String(dayNumber), undefined, month, year?.[1], reference, pastOnly);
    if (match) return match;
  }
  MONTH_YEAR.lastIndex = monthEnd;
  const year = MONTH_YEAR.exec(text);
  if (year && yearOf(year[1]) !== undefined) return { end: monthEnd + year[0].length, value: formatMonth(Number(year[1]), month) };
  return undefined;
}

/**
 * A bare month ("in March"): the article's year when known. Said of the future ("will debate it in
 * June", "by March") it is the next such month on or after the article's; of the past ("from 1.5
 * per cent in November") the latest on or before it.
 */
export function bareMonthValue(month: number, reference: Reference, pastOnly = false, tense?: Tense): string | undefined {
  if (reference === undefined) return undefined;
  if (pastOnly || tense === undefined) return formatMonth(inferYear(reference, month, 1, pastOnly), month);
  const today = civilFromDays(reference);
  if (tense === 'future') return formatMonth(month >= today.month ? today.year : today.year + 1, month);
  return formatMonth(month <= today.month ? today.year : today.year - 1, month);
}

/** "18-NOV-2026", "18-Nov-2026" (EurekAlert and other release stamps): a day, a month's abbreviation and a year joined by hyphens. */
const HYPHENED_DATE = /(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-((?:19|20)\d\d)(?![\d\p{L}])/iuy;

export function matchHyphenedDate(text: string, start: number): DateMatch | undefined {
  HYPHENED_DATE.lastIndex = start;
  const match = HYPHENED_DATE.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), monthNumber(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { end: start + match[0].length, value: formatDate({ year, month, day }) } : undefined;
}

export function matchIsoDate(text: string, start: number): DateMatch | undefined {
  ISO_DATE.lastIndex = start;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) return undefined;
  return { end: start + match[0].length, value: formatDate({ year, month, day }) };
}

/**
 * "07/01/2026": day-first or month-first. The value is given when only one reading is valid, or
 * when `dayFirst()` (the text's own convention) settles it.
 */
export function matchSlashDate(text: string, start: number, dayFirst: () => boolean | undefined): DateMatch | 'skip' | undefined {
  SLASH_DATE.lastIndex = start;
  const match = SLASH_DATE.exec(text);
  if (!match) {
    SLASHED_NUMBERS.lastIndex = start;
    return SLASHED_NUMBERS.test(text) ? 'skip' : undefined;
  }
  const first = Number(match[1]);
  const second = Number(match[2]);
  const year = match[3].length === 2 ? 2000 + Number(match[3]) - (Number(match[3]) > 50 ? 100 : 0) : Number(match[3]);
  const end = start + match[0].length;
  const asDayFirst = isValidDate(year, second, first) ? formatDate({ year, month: second, day: first }) : undefined;
  const asMonthFirst = isValidDate(year, first, second) ? formatDate({ year, month: first, day: second }) : undefined;
  if (!asDayFirst && !asMonthFirst) return 'skip';
  if (asDayFirst === asMonthFirst || !asMonthFirst) return { end, value: asDayFirst };
  if (!asDayFirst) return { end, value: asMonthFirst };
  // "03/04/2026 05:12 PM EST", "05/12/26 6:00 AM ET": a time in a North American zone says month first.
  if (NORTH_AMERICAN_TIME_AFTER.test(text.slice(end, end + 24))) return { end, value: asMonthFirst };
  const convention = dayFirst();
  return { end, value: convention === undefined ? undefined : convention ? asDayFirst : asMonthFirst };
}

const DAY_MONTH_CUE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_FORMS.join('|')})\\b`, 'gu');
const MONTH_DAY_CUE = new RegExp(`\\b(?:${MONTH_FORMS.join('|')})\\.? \\d{1,2}\\b`, 'gu');
const BRITISH_CUE = /\b(?:per cent|defence|programme|centre|colour|labour|organis|favour|travell|neighbour)/gi;
const AMERICAN_CUE = /\b(?:percent|defense|program|center|color|labor|organiz|favor|traveled|neighbor)/gi;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let total = 0;
  while (pattern.exec(text) !== null && total < 50) total++;
  return total;
}

/** Whether the text writes dates day-first (British) or month-first (American); undefined if unclear. */
export function guessDayFirst(text: string): boolean | undefined {
  const british = 3 * count(DAY_MONTH_CUE, text) + count(BRITISH_CUE, text);
  const american = 3 * count(MONTH_DAY_CUE, text) + count(AMERICAN_CUE, text);
  if (british === american) return undefined;
  return british > american;
}

const LOCAL_TIME = '[ \\u00a0]local time(?![\\p{L}])';
// ("Aired November 15, 2026 - 09:00   ET": CNN's transcripts set the zone off with several spaces.)
const ZONE = `(?:[ \\u00a0]?(?:(hrs|h)(?![\\p{L}])|[ \\u00a0]{0,2}(${TIME_ZONE_PATTERN})))`;
// ("1100 AM EDT", "200 PM CDT": weather advisories run the hours and minutes together.)
const AM_PM = new RegExp(`(\\d{1,2})(?:[:.]?(\\d{2}))?[ \\u00a0]?([ap])(?:\\.[ \\u00a0]?m\\.?|m(?![\\p{L}]))(?![\\p{L}])(?:[ \\u00a0]+(${TIME_ZONE_PATTERN}))?`, 'iuy');
const COLON_TIME = new RegExp(`(\\d{1,2}):(\\d{2})(?::\\d{2})?(?![\\d])${ZONE}?`, 'uy');
const DOT_TIME = new RegExp(`(\\d{1,2})\\.(\\d{2})(?:[ \\u00a0]?(?:hrs(?![\\p{L}])|${TIME_ZONE_PATTERN})|(?=${LOCAL_TIME}))`, 'uy');
const OCLOCK = /(\d{1,2})[ \u00a0]?o['’]clock(?![\p{L}])/uy;
/** "1430 GMT", "0900 hrs"; "1430 local time" is a time too, but "local time" stays out of the span. */
/** "14h30", "9h05": the continental style of Brazil, France, Portugal, Spain. */
const H_TIME = /(\d{1,2})h(\d{2})(?![\p{L}\p{N}])/uy;
const MILITARY_TIME = /(\d{2})(\d{2})(?:[ \u00a0]?(?:hrs|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT)(?![\p{L}])|(?=[ \u00a0]local time(?![\p{L}])))/uy;

function clock(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "9:03 a.m.", "9.03am", "11pm", "23:11 local time", "09:30 GMT", "1430 GMT", "14h30", "3 o'clock" (taken as written, 03:00). */
export function matchTime(text: string, start: number): DateMatch | undefined {
  AM_PM.lastIndex = start;
  let match = AM_PM.exec(text);
  if (match) {
    const hours = Number(match[1]);
    const minutes = match[2] === undefined ? 0 : Number(match[2]);
    if (hours >= 1 && hours <= 12 && minutes <= 59) {
      const pm = match[3].toLowerCase() === 'p';
      const hours24 = (hours % 12) + (pm ? 12 : 0);
      return { end: start + match[0].length, value: clock(hours24, minutes) };
    }
  }
  OCLOCK.lastIndex = start;
  match = OCLOCK.exec(text);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return { end: start + match[0].length, value: clock(Number(match[1]), 0) };
  for (const pattern of [COLON_TIME, DOT_TIME, MILITARY_TIME, H_TIME]) {
    pattern.lastIndex = start;
    match = pattern.exec(text);
    if (!match) continue;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours <= 24 && minutes <= 59) return { end: start + match[0].length, value: clock(hours % 24, minutes) };
  }
  return undefined;
}

const TRAILING_ZONE = new RegExp(`[ \\u00a0]+(?:${TIME_ZONE_PATTERN})`, 'uy');

/** "noon GMT": the end of an optional time zone after a clock word. */
export function timeZoneEnd(text: string, position: number): number {
  TRAILING_ZONE.lastIndex = position;
  const match = TRAILING_ZONE.exec(text);
  return match ? position + match[0].length : position;
}
