// Proleptic Gregorian calendar arithmetic on plain integers (no Date objects, no time zones), and
// the resolution of news-relative dates ("Tuesday", "last week") against the article's date.

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function formatDays(days: number): string {
  return formatDate(civilFromDays(days));
}

/** "2026-01-07" (anything after the first 10 characters, e.g. a time, is ignored); else undefined. */
export function parseIsoDate(value: string | undefined): CivilDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** The article's date as a day number, or undefined when the article has none. */
export type Reference = number | undefined;

export type WeekdayShift = 'plain' | 'last' | 'next' | 'this';

/**
 * A weekday named in news copy: plain "Tuesday" is the most recent Tuesday on or before the
 * article date, "last Tuesday" the one strictly before, "next Tuesday" the first one after, and
 * "this Tuesday" the one of the article's own Monday-to-Sunday week.
 */
export function resolveWeekday(reference: number, weekday: number, shift: WeekdayShift): number {
  const today = weekdayOf(reference);
  switch (shift) {
    case 'plain':
      return reference - ((today - weekday + 7) % 7);
    case 'last':
      return reference - ((today - weekday + 6) % 7) - 1;
    case 'next':
      return reference + ((weekday - today + 6) % 7) + 1;
    case 'this':
      return reference - today + weekday;
  }
}

/** A plain weekday said of the future ("will meet on Friday") is the first such day on or after the article. */
export function upcomingWeekday(reference: number, weekday: number): number {
  return reference + ((weekday - weekdayOf(reference) + 7) % 7);
}

export function shiftMonth(reference: number, offset: number): string {
  const date = civilFromDays(reference);
  const index = date.year * 12 + (date.month - 1) + offset;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function shiftYear(reference: number, offset: number): string {
  return formatYear(civilFromDays(reference).year + offset);
}

/** A date without year this far after the article is read as last year's. */
const LAST_YEAR_AFTER_DAYS = 275;

/**
 * Year of a month (and day) written without one: the article's year, except that a date more than
 * nine months after the article is taken from the year before ("December 28" in a January piece).
 * With `pastOnly` ("since October") it is the latest such date on or before the article.
 */
export function inferYear(reference: number, month: number, day = 1, pastOnly = false): number {
  const year = civilFromDays(reference).year;
  const candidate = daysFromCivil(year, month, Math.min(day, daysInMonth(year, month)));
  return candidate - reference > (pastOnly ? 0 : LAST_YEAR_AFTER_DAYS) ? year - 1 : year;
}

/** The month named with "last"/"next" (strictly before / after the article's month). */
export function shiftedMonthOfYear(reference: number, month: number, shift: -1 | 1): string {
  const date = civilFromDays(reference);
  if (shift < 0) return formatMonth(month < date.month ? date.year : date.year - 1, month);
  return formatMonth(month > date.month ? date.year : date.year + 1, month);
}
