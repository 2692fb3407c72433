// Ages are quantities in years, also when written bare: "aged 45", "at the age of 45", "Brendan
// Hanley, 72,", "Tiago (19)", "in his 60s" (60..69), "in her early forties".

import type { Amount } from './amounts';
import { emit, type ScanContext } from './context';
import { TRIGGERS, WordTable } from './lexicon';
import { codeAt, isHorizontalSpaceCode, isLetterCode, isUpperCode, lowerSlice, nextWord, previousWord } from './text';
import { DESIGNATORS, FUNCTION_WORDS } from './vocabulary';

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
const DECADE_PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);
const OLDEST_AGE = 120;

/** "aged 45", "ages 18 to 24", "at the age of 45", "age 45": the number before `start` is an age. */
export function followsAgeCue(text: string, start: number, floor: number): boolean {
  const word = previousWord(text, start, floor);
  const cue = word && AGE_CUES.at(text, word.start, word.end);
  if (!cue) return false;
  if (cue.word !== 'of') return true;
  const noun = previousWord(text, word.start, floor);
  return noun !== undefined && lowerSlice(text, noun) === 'age';
}

/** Looked up by hash: this runs for every bare number. */
const AGE_CUES = new WordTable(['aged', 'age', 'ages', 'of', 'turning', 'turns', 'turned'].map((word) => ({ word })));

/** A capitalised name word ending at `end` (not a month, weekday, designator or acronym). */
function isNameBefore(text: string, end: number, floor: number): boolean {
  let word = previousWord(text, end, floor, false);
  // "Kwon Min-jae, 44,": a hyphenated given name, read from its capitalised first part.
  if (word && codeAt(text, word.start - 1) === 45 && !isUpperCode(text.charCodeAt(word.start))) {
    const first = previousWord(text, word.start - 1, floor, false);
    if (first && isUpperCode(text.charCodeAt(first.start))) word = first;
  }
  if (!word || !isUpperCode(text.charCodeAt(word.start)) || word.end - word.start < 2) return false;
  const token = text.slice(word.start, word.end);
  if (token === token.toUpperCase() || DESIGNATORS.has(token) || FUNCTION_WORDS.has(token.toLowerCase())) return false;
  const trigger = TRIGGERS.lookup(token);
  return trigger === undefined;
}

/** "Brendan Hanley, 72, said", "Tiago (19)": a bare number set off right after a name is an age. */
export function isBareAge(context: ScanContext, amount: Amount): boolean {
  const { text } = context;
  const { start, end } = amount;
  if (!isAgeAmount(amount)) return false;
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (before === 40 /* ( */) return after === 41 && isHorizontalSpaceCode(codeAt(text, start - 2)) && isNameBefore(text, start - 2, context.floor);
  if (!isHorizontalSpaceCode(before)) return false;
  const cue = nowBefore(text, start, context.floor);
  if (codeAt(text, cue - 2) !== 44 /* , */) return false;
  const closes = after === 44 || after === 41 || (after === 46 && !isLetterCode(codeAt(text, end + 1)) && codeAt(text, end + 1) !== 46);
  return closes && (isNameBefore(text, cue - 2, context.floor) || isPersonNounBefore(text, cue - 2, context.floor));
}

/** "Chuck Schumer, now 75,": the start of "now" right before the number, else the number's start. */
function nowBefore(text: string, start: number, floor: number): number {
  if ((codeAt(text, start - 2) | 0x20) !== 119 /* w */) return start;
  const word = previousWord(text, start, floor);
  return word !== undefined && word.end === start - 1 && lowerSlice(text, word) === 'now' ? word.start : start;
}

/** Nouns for a person that a bare age follows ("the mother, 34,", "a man, 58, was taken"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'partner', 'driver', 'victim', 'suspect',
  'teenager', 'pensioner', 'grandmother', 'grandfather', 'resident', 'pedestrian', 'passenger', 'cyclist', 'motorcyclist', 'student',
  'worker', 'nurse', 'officer', 'pilot', 'brother', 'sister', 'child', 'toddler', 'baby', 'defendant', 'father-of-two', 'mother-of-two',
]);

function isPersonNounBefore(text: string, end: number, floor: number): boolean {
  const word = previousWord(text, end, floor, false);
  return word !== undefined && word.end === end && PERSON_NOUNS.has(lowerSlice(text, word));
}

/** People grouped by age ("children under five", "adults over 65"). */
const AGE_GROUPS: ReadonlySet<string> = new Set([
  'children', 'kids', 'babies', 'infants', 'toddlers', 'adults', 'people', 'pupils', 'teenagers', 'girls', 'boys', 'men', 'women',
  'those', 'anyone', 'everyone', 'patients', 'drivers', 'voters', 'workers',
]);

/**
 * "most of them children under five", "adults over 65": "under"/"over" and a bare number after a
 * group of people is an age limit, a quantity in years.
 */
export function isAgeLimit(text: string, hedgeStart: number, amount: Amount, floor: number): boolean {
  if (!isAgeAmount(amount)) return false;
  const hedge = text.slice(hedgeStart, hedgeStart + 6).toLowerCase();
  if (!(hedge.startsWith('under ') || hedge.startsWith('over '))) return false;
  const group = previousWord(text, hedgeStart, floor, false);
  return group !== undefined && AGE_GROUPS.has(lowerSlice(text, group));
}

/** Digits, or a small spelled number ("Alfie, seven, and Isla, four"), that may be someone's age. */
function isAgeAmount(amount: Amount): boolean {
  if (amount.value < 1 || amount.value > OLDEST_AGE || !Number.isInteger(amount.value)) return false;
  return amount.plainDigits || (amount.spelled && amount.scale === 1 && amount.value <= 20 && !amount.ordinal);
}

const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'who']);
const DEATH_WORDS: ReadonlySet<string> = new Set(['dead', 'died', 'dies']);
/** Words that may follow a stated age ("she was 9 when", "who turned 78 on Saturday"); any other word makes it a count. */
const AFTER_AGE: ReadonlySet<string> = new Set(['and', 'when', 'on', 'in', 'at', 'but', 'after', 'before', 'last', 'this', 'years', 'year']);

/** Nothing, a stop or one of AFTER_AGE after the number: not "was 3 under par". */
function endsAge(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = codeAt(text, end);
  if (next === 44 || next === 46 || next === 59 || next === 58 || next === 41 || next === 10 || next === 13 || next === 33 || next === 63) return true;
  if (!isHorizontalSpaceCode(next)) return false;
  const word = nextWord(text, end);
  return word !== undefined && AFTER_AGE.has(lowerSlice(text, word));
}

/**
 * "she was 75 and", "since I was seven,", "who turned 78 on Saturday", "DEAD AT 75": an age stated
 * without "aged" or "years old".
 */
export function isStatedAge(context: ScanContext, amount: Amount): boolean {
  if (!isAgeAmount(amount) || !endsAge(context.text, amount.end)) return false;
  const { text, floor } = context;
  const verb = previousWord(text, amount.start, floor);
  if (!verb) return false;
  const word = lowerSlice(text, verb);
  if (word === 'turned' || word === 'turns') return true;
  // "I'm 78 and", "she's 12.": a contracted "am" or "is" after a person.
  if ((word === 'm' || word === 's') && (codeAt(text, verb.start - 1) === 39 || codeAt(text, verb.start - 1) === 0x2019)) {
    const subject = previousWord(text, verb.start - 1, floor, false);
    return subject !== undefined && PERSON_SUBJECTS.has(lowerSlice(text, subject));
  }
  const before = previousWord(text, verb.start, floor);
  if (before === undefined) {
    // "Floor van den Akker, was nine.": a name set off by a comma before "was".
    return word === 'was' && codeAt(text, verb.start - 2) === 44 && isNameBefore(text, verb.start - 2, floor);
  }
  if (word === 'at') return DEATH_WORDS.has(lowerSlice(text, before));
  return (word === 'was' || word === 'is') && PERSON_SUBJECTS.has(lowerSlice(text, before));
}

/** The possessive that makes a decade an age ("his 60s", "their early 70s", "her mid-30s"). */
function afterPossessive(context: ScanContext, start: number): boolean {
  const { text } = context;
  let cursor = start;
  const before = codeAt(text, cursor - 1);
  let word = before === 45 ? previousWord(text, cursor - 1, context.floor, false) : previousWord(text, cursor, context.floor);
  if (word && DECADE_PARTS.has(lowerSlice(text, word))) {
    cursor = word.start;
    word = previousWord(text, cursor, context.floor);
  }
  return word !== undefined && POSSESSIVES.has(lowerSlice(text, word));
}

/**
 * "in his 60s" → quantity 60..69 years, at the "60" of "60s". Returns where to resume, or
 * undefined when the decade is not an age.
 */
const SOMETHING = /-somethings?(?![\p{L}])/uy;

export function readDecadeOfLife(context: ScanContext, amount: Amount): number | undefined {
  const { text } = context;
  const { start, end, value } = amount;
  if (!amount.plainDigits || amount.digitCount !== 2 || value % 10 !== 0 || value < 10) return undefined;
  // "heartbroken 20-somethings", "a 30-something": people of that decade of life.
  SOMETHING.lastIndex = end;
  const something = SOMETHING.exec(text);
  if (something) return emit(context, 'quantity', start, end + something[0].length, { value, max: value + 9, unit: 'year', qualifier: 'range' });
  if (codeAt(text, end) !== 115 /* s */ || isLetterCode(codeAt(text, end + 1))) return undefined;
  if (!afterPossessive(context, start)) return undefined;
  return emit(context, 'quantity', start, end + 1, { value, max: value + 9, unit: 'year', qualifier: 'range' });
}

/** "in her forties": the spelled decade word at [start, end) with its value (40). */
export function readSpelledDecadeOfLife(context: ScanContext, start: number, end: number, value: number): number {
  if (!afterPossessive(context, start)) return -1;
  return emit(context, 'quantity', start, end, { value, max: value + 9, unit: 'year', qualifier: 'range' });
}
