// Dates and times that start with a digit, tried before the digit is read as a number. A cheap look
// at what follows the digit run decides which patterns can match, so most numbers try none.

import { dayFirst, emit, emitDate, followsSince, type ScanContext } from './context';
import { isValidDate } from './calendar';
import { matchDayMonth, matchHyphenedDate, matchIsoDate, matchSlashDate, matchTime, valueByTense } from './dates';
import { tenseAround } from './tense';
import { codeAt, digitRunEnd, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isUpperCode, skipHorizontalSpaces, tokenEnd } from './text';

const DOTTED_DATE = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/y;

/** Emits the date or time starting at the digit `start` and returns its end; undefined if none. */
export function readDigitDateOrTime(context: ScanContext, start: number): number | undefined {
  const { text, reference } = context;
  const runEnd = digitRunEnd(text, start);
  const digits = runEnd - start;
  const next = codeAt(text, runEnd);
  if (digits === 4 && next === 45) {
    const iso = matchIsoDate(text, start);
    if (iso) return emit(context, 'date', start, iso.end, { value: iso.value });
  }
  if (next === 45 && digits <= 2 && isAsciiLetterCode(codeAt(text, runEnd + 1))) {
    const hyphened = matchHyphenedDate(text, start);
    if (hyphened) return emit(context, 'date', start, hyphened.end, { value: hyphened.value });
  }
  // "2026/27" is a year range, read with the years.
  if (next === 47 && digits <= 2) {
    const slashed = matchSlashDate(text, start, () => dayFirst(context));
    if (slashed === 'skip') return tokenEnd(text, start);
    if (slashed) return emit(context, 'date', start, slashed.end, { value: slashed.value });
  }
  // "11.11.2026": a day, a month and a year joined by dots (European style), day first.
  if (next === 46 && digits <= 2) {
    DOTTED_DATE.lastIndex = start;
    const dotted = DOTTED_DATE.exec(text);
    if (dotted) {
      const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      if (isValidDate(year, month, day)) {
        return emit(context, 'date', start, start + dotted[0].length, { value: `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}` });
      }
    }
  }
  if (digits > 4) return undefined;
  const wordAt = isHorizontalSpaceCode(next) ? runEnd + 1 : runEnd;
  const initial = codeAt(text, wordAt);
  // "9:03", "9.03am", "11 pm", "10 a.m.", "1430 GMT"
  const meridiem = ((initial | 0x20) === 97 || (initial | 0x20) === 112) && ((codeAt(text, wordAt + 1) | 0x20) === 109 || codeAt(text, wordAt + 1) === 46);
  // "9.03am", "14.30 GMT": a dot, two digits, then a letter (a space between is allowed).
  const dotted = next === 46 && isDigitCode(codeAt(text, runEnd + 1)) && isDigitCode(codeAt(text, runEnd + 2)) && !isDigitCode(codeAt(text, runEnd + 3));
  // "14h30": an "h" between two-digit groups.
  const hours = next === 104 && digits <= 2 && isDigitCode(codeAt(text, runEnd + 1)) && isDigitCode(codeAt(text, runEnd + 2));
  if (next === 58 || dotted || meridiem || hours || initial === 111 || (digits === 4 && (isUpperCode(initial) || initial === 108))) {
    const time = matchTime(text, start);
    // "with 6:14 left", "4:32 remaining": a game clock, not a time of day.
    if (time && (GAME_CLOCK_AFTER.test(text.slice(time.end, time.end + 16)) || RUNNING_TIME_BEFORE.test(text.slice(Math.max(0, start - 10), start)))) return time.end;
    // "[00:14:20] CAMPBELL:": a recording's elapsed time, not a time of day.
    if (time && MEDIA_OFFSET.test(text.slice(Math.max(0, start - 1), start + 9))) return Math.max(time.end, start + 8);
    if (time) return emit(context, 'time', start, ukTagEnd(text, time.end), { value: time.value });
  }
  if (digits <= 2 && (isHorizontalSpaceCode(next) || isAsciiLetterCode(next))) {
    const firstDay = readDayBeforeDate(context, start, runEnd);
    if (firstDay !== undefined) return firstDay;
  }
  // "6 January", "6th of January", "6-7 January": a capital, "of" or a day range must follow.
  if (digits <= 2 && (isUpperCode(initial) || isAsciiLetterCode(next) || initial === 111 || next === 45 || next === 0x2013)) {
    const pastOnly = followsSince(context, start);
    const date = matchDayMonth(text, start, reference, pastOnly);
    if (date) {
      const value = pastOnly ? date.value : valueByTense(date, reference, () => tenseAround(text, start, date.end, true), text);
      return emitDate(context, start, date, value);
    }
  }
  return undefined;
}


const DAY_LIST_JOIN = /^(?:,?[ \u00a0]+(?:and|or|&|to|until|till|through)[ \u00a0]+|,[ \u00a0]*)$/;
const DAY_BEFORE_DATE = /((?:st|nd|rd|th)?)[ \u00a0]+(?:and|or|to|until|till|through)[ \u00a0]+(?=\d)/y;

/**
 * "from 9 to 11 June", "on 3 and 4 March": the first day of a pair takes the month of the date that
 * follows; the two are separate labels. Emits the first day and returns its end, or undefined.
 */
function readDayBeforeDate(context: ScanContext, start: number, end: number): number | undefined {
  const { text } = context;
  const initial = codeAt(text, skipHorizontalSpaces(text, end));
  if (initial !== 115 && initial !== 110 && initial !== 114 && initial !== 116 && initial !== 97 && initial !== 111 && initial !== 117) return undefined;
  DAY_BEFORE_DATE.lastIndex = end;
  const join = DAY_BEFORE_DATE.exec(text);
  if (!join) return undefined;
  const second = matchDayMonth(text, DAY_BEFORE_DATE.lastIndex, context.reference, followsSince(context, start));
  const day = Number(text.slice(start, end));
  if (!second || second.qualifier !== undefined || day < 1 || day > 31) return undefined;
  const month = second.value?.slice(0, 7);
  const value = month === undefined ? undefined : `${month}-${String(day).padStart(2, '0')}`;
  if (value !== undefined && (!isValidDate(Number(month?.slice(0, 4)), Number(month?.slice(5, 7)), day) || value >= (second.value ?? ''))) return undefined;
  return emit(context, 'date', start, end + join[1].length, { value });
}
const FULL_DAY = /^(\d{4}-\d{2})-\d{2}$/;

/**
 * "Sept. 5 and 6", "March 3, 4 or 5": a bare day number right after a dated day takes its month.
 * Emits the date and returns its end, or undefined when `start`..`end` is no such day.
 */
export function readListedDay(context: ScanContext, start: number, end: number, day: number): number | undefined {
  const last = context.mentions[context.mentions.length - 1];
  if (!last || last.type !== 'date' || day < 1 || day > 31 || start - last.end > 6 || end - start > 2) return undefined;
  // The date must end with its day ("Sept. 5"), not with a year ("March 3, 2026").
  if (!isDigitCode(last.text.charCodeAt(last.text.length - 1)) || isDigitCode(last.text.charCodeAt(last.text.length - 3))) return undefined;
  if (!DAY_LIST_JOIN.test(context.text.slice(last.end, start))) return undefined;
  const month = typeof last.value === 'string' ? FULL_DAY.exec(last.value)?.[1] : undefined;
  if (typeof last.value === 'string' && month === undefined) return undefined;
  const value = month === undefined ? undefined : `${month}-${String(day).padStart(2, '0')}`;
  const valid = value === undefined || isValidDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), day);
  return valid ? emit(context, 'date', start, end, { value }) : undefined;
}

const UK_TAG = /^, UK[ \t]*(?:\r?\n|$)/;

/** "Thursday 19 November 2026 16:40, UK": Sky News tags its stamps with the zone, "UK" (UK time), at the line's end. */
function ukTagEnd(text: string, end: number): number {
  if (codeAt(text, end) !== 44 || codeAt(text, end + 2) !== 85) return end;
  return UK_TAG.test(text.slice(end, end + 8)) ? end + 4 : end;
}

/** Words after a clock that make it a game clock ("6:14 left in the third quarter"). */
const GAME_CLOCK_AFTER = /^ (?:left|remaining|to go|to play)\b/;
/** "Duration 1:54", "Runtime 2:03:10": a video's length, not a time of day. */
const RUNNING_TIME_BEFORE = /\b(?:Duration|Runtime|Length|duration|runtime):? $/;
/** Hours, minutes and seconds in square brackets, or from zero hours: a podcast's or a video's timestamp. */
const MEDIA_OFFSET = /^(?:\[\d{1,2}:\d\d:\d\d|[^]?00:\d\d:\d\d)/;
