// Dates and times that start with a digit, tried before the digit is read as a number. A cheap look
// at what follows the digit run decides which patterns can match, so most numbers try none.

import { dayFirst, emit, followsSince, type ScanContext } from './context';
import { matchDayMonth, matchIsoDate, matchSlashDate, matchTime } from './dates';
import { codeAt, digitRunEnd, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isUpperCode, tokenEnd } from './text';

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
  if (next === 47) {
    const slashed = matchSlashDate(text, start, () => dayFirst(context));
    if (slashed === 'skip') return tokenEnd(text, start);
    if (slashed) return emit(context, 'date', start, slashed.end, { value: slashed.value });
  }
  if (digits > 4) return undefined;
  const wordAt = isHorizontalSpaceCode(next) ? runEnd + 1 : runEnd;
  const initial = codeAt(text, wordAt);
  // "9:03", "9.03am", "11 pm", "10 a.m.", "1430 GMT"
  const meridiem = ((initial | 0x20) === 97 || (initial | 0x20) === 112) && ((codeAt(text, wordAt + 1) | 0x20) === 109 || codeAt(text, wordAt + 1) === 46);
  // "9.03am", "14.30 GMT": a dot, two digits, then a letter (a space between is allowed).
  const dotted = next === 46 && isDigitCode(codeAt(text, runEnd + 1)) && isDigitCode(codeAt(text, runEnd + 2)) && !isDigitCode(codeAt(text, runEnd + 3));
  if (next === 58 || dotted || meridiem || initial === 111 || (digits === 4 && isUpperCode(initial))) {
    const time = matchTime(text, start);
    if (time) return emit(context, 'time', start, time.end, { value: time.value });
  }
  // "6 January", "6th of January", "6-7 January": a capital, "of" or a day range must follow.
  if (digits <= 2 && (isUpperCode(initial) || isAsciiLetterCode(next) || initial === 111 || next === 45 || next === 0x2013)) {
    const date = matchDayMonth(text, start, reference, followsSince(context, start));
    if (date) return emit(context, 'date', start, date.end, { value: date.value, qualifier: date.qualifier });
  }
  return undefined;
}

