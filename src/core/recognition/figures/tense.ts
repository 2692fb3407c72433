// Whether the words before a weekday or a bare month speak of the future ("will publish on Friday",
// "is set for Thursday", "expects approval by March") or of the past ("said in April", "from 1.5 per
// cent in November"). The nearest cue word of the sentence decides; without one the caller keeps
// its default. Only weekdays and bare months ask, so the cost stays off the number path.

import { WordTable } from './lexicon';
import { isAsciiLetterCode, isDigitCode, isUpperCode } from './text';

export type Tense = 'future' | 'past' | undefined;

const FUTURE_CUES = [
  'will', 'would', 'shall', 'll', 'scheduled', 'schedule', 'due', 'set', 'expected', 'expects', 'expect', 'plans', 'plan', 'planned',
  'aims', 'aim', 'intends', 'intend', 'upcoming', 'hopes', 'hope', 'hoped', 'until', 'going', 'predicts', 'promised',
  // Fixtures: "the Nuggets host the Lakers on Sunday", "Arsenal face City on Saturday".
  'host', 'hosts', 'face', 'faces', 'visit', 'visits',
  // Forecasts, warnings and timetables look ahead ("a red flag warning from 11 a.m. Sunday",
  // "flights resume on Monday", "the window shuts on Tuesday", "could bring storms on Wednesday").
  'could', 'might', 'next', 'coming', 'ahead', 'forecast', 'warning', 'warnings', 'alert', 'booked', 'pencilled', 'penciled',
  'resume', 'resumes', 'reopen', 'reopens', 'meets', 'opens', 'shuts', 'closes', 'starts', 'begins',
];
/** Past cues; "from" only before an amount ("from 1.5 per cent in November" looks back). */
const PAST_CUES = ['said', 'was', 'were', 'had', 'told', 'ago', 'yesterday', 'from', 'came', 'began', 'took', 'met', 'fell', 'rose', 'won', 'lost'];
const CUES = new WordTable([
  ...FUTURE_CUES.map((word) => ({ word, tense: 'future' as const })),
  ...PAST_CUES.map((word) => ({ word, tense: 'past' as const })),
]);
const AS_EARLY_AS = /^as (?:early|soon) as\s*$/;
const PAST_AUXILIARY_BEFORE = /\b(?:was|were|been)\s+$/;
/** How many words before the date are read. */
const MAX_WORDS = 25;

/** Whether the character at `index` ends a sentence: ".!?;" or a line break, but not the dots of "a.m." or "U.S.". */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 33 || code === 63 || code === 10 || code === 13 || code === 59) return true;
  // A dot inside a token ("1.5", "U.S") is no full stop.
  if (code !== 46 || isAsciiLetterCode(text.charCodeAt(index + 1)) || isDigitCode(text.charCodeAt(index + 1))) return false;
  // A dot after a one-letter token ("a.m.", "U.S.") or a title ("Mr.", "Dr.", "Gov.") is an abbreviation.
  let start = index;
  while (start > 0 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
  const length = index - start;
  return !(length === 1 || (length > 0 && length <= 3 && isUpperCode(text.charCodeAt(start))));
}

/** A number or a currency sign right after `position` (past one space), not a clock time ("from 11 a.m."). */
function startsAmount(text: string, position: number): boolean {
  const code = text.charCodeAt(position + 1);
  if (code === 36 || code === 0xa3 || code === 0x20ac) return true;
  return isDigitCode(code) && !CLOCK_AFTER_FROM.test(text.slice(position + 1, position + 12));
}
const CLOCK_AFTER_FROM = /^\d{1,2}(?::\d\d)?[ \u00a0]?(?:[ap]\.?m\.?|o['’]clock)|^\d{1,2}:\d\d/i;

/** The tense of the clause that ends at `position`, from its nearest cue word (undefined: no cue). */
export function tenseBefore(text: string, position: number): Tense {
  let cursor = position;
  for (let words = 0; words < MAX_WORDS; words++) {
    // Back over spaces, digits and punctuation inside the sentence, stopping at its start.
    while (cursor > 0 && !isAsciiLetterCode(text.charCodeAt(cursor - 1))) {
      if (endsSentence(text, cursor - 1)) return undefined;
      cursor--;
    }
    const end = cursor;
    while (cursor > 0 && isAsciiLetterCode(text.charCodeAt(cursor - 1))) cursor--;
    if (end === cursor) return undefined;
    const first = words === 0;
    // "by March": a deadline ahead; "through Sunday": a span that ends ahead.
    if (first && end - cursor === 2 && (text.charCodeAt(cursor) | 0x20) === 98 && (text.charCodeAt(cursor + 1) | 0x20) === 121) return 'future';
    if (first && end - cursor === 7 && text.startsWith('through', cursor)) return 'future';
    // "as early as Friday", "as soon as Monday": the earliest day ahead.
    if (words === 1 && AS_EARLY_AS.test(text.slice(Math.max(0, cursor - 3), position))) return 'future';
    const cue = CUES.at(text, cursor, end);
    // "was booked into the county jail on Monday": an arrest, not a booking ahead.
    if (cue && cue.word === 'booked' && PAST_AUXILIARY_BEFORE.test(text.slice(Math.max(0, cursor - 8), cursor))) return 'past';
    if (cue && (cue.word !== 'from' || startsAmount(text, end))) return cue.tense;
  }
  return undefined;
}
