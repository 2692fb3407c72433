// Reading the number itself: digits with separators and scales ("3,500", "1.2bn", "2 million") and
// spelled-out numbers ("twenty-six", "one hundred and twenty", "a dozen", "tens of thousands").

import { CURRENCY_CODES, TRIGGERS, hashStep, type Trigger } from './lexicon';
import { CURRENCY_WORDS, IRREGULAR_PLURALS } from './vocabulary';
import { codeAt, digitRunEnd, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isLetterCode, letterRunEnd, previousWord, skipHorizontalSpaces } from './text';

export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Multiplier read with the number ("million" → 1e6); 1 when none. */
  readonly scale: number;
  /** Bare digits, no separator, decimals or scale: a candidate year or identifier. */
  readonly plainDigits: boolean;
  readonly digitCount: number;
  readonly spelled: boolean;
  /** "one"/"zero" alone: a figure only when it counts something ("one person", not "one of"). */
  readonly needsUnit: boolean;
  /** "twenty-first". */
  readonly ordinal: boolean;
  /** "two-thirds", "three quarters of": a share, `value` in percent (NaN when not exact). */
  readonly share?: boolean;
}

/** Powers of ten written right after the digits. Upper-case forms only count for money ("$5M"). */
const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['bn', 9], ['bln', 9], ['mn', 6], ['mln', 6], ['m', 6], ['k', 3], ['tn', 12], ['trn', 12], ['tr', 12],
]);
const MONEY_ONLY_ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([['M', 6], ['B', 9], ['K', 3], ['b', 9], ['BN', 9], ['MN', 6], ['bil', 9]]);
/** Whole scale words written on to a money amount ("£140million"). */
const ATTACHED_SCALE_WORDS: ReadonlyMap<string, number> = new Map([['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12]]);
/** Scale words after a space or hyphen ("1.2 million", "a $5-million grant"). */
const SPACED_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12], ['mn', 6], ['bn', 9], ['mln', 6], ['bln', 9], ['crore', 7],
  ['crores', 7], ['lakh', 5], ['lakhs', 5],
]);

const LAKH_CRORE = /^ crores?(?![\p{L}])/u;

/** The integer written in text[start, end), skipping thousands separators. */
function integerValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) value = value * 10 + (code - 48);
  }
  return value;
}

/** A space that may separate groups of thousands: ordinary, no-break, thin, narrow no-break. */
function isGroupSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * The end of the groups of three digits that follow the first group (ending at `end`) after single
 * spaces, each closed by neither a digit nor a letter ("200 000 residents", not "4 100m" or "10 1000").
 */
function spaceGroupedEnd(text: string, end: number): number {
  let cursor = end;
  while (isGroupSpaceCode(codeAt(text, cursor)) && digitRunEnd(text, cursor + 1) === cursor + 4 && !isLetterCode(codeAt(text, cursor + 4))) cursor += 4;
  return cursor;
}

const DIMENSIONS: ReadonlySet<string> = new Set(['tall', 'high', 'long', 'wide', 'deep', 'thick', 'away']);

/** "1.8m tall", "2.5m deep": metres, not millions. */
function dimensionFollows(text: string, position: number): boolean {
  const start = skipHorizontalSpaces(text, position);
  if (start === position) return false;
  return DIMENSIONS.has(text.slice(start, letterRunEnd(text, start)).toLowerCase());
}

/**
 * True when a plural noun or a currency follows ("20m people", "5m USD"), which makes a bare "m"
 * mean million rather than metres.
 */
function millionFollows(text: string, position: number): boolean {
  const start = skipHorizontalSpaces(text, position);
  if (start === position) return false;
  const end = letterRunEnd(text, start);
  if (end - start < 3 || !isAsciiLetterCode(text.charCodeAt(start))) return false;
  const word = text.slice(start, end);
  if (CURRENCY_CODES.includes(word)) return true;
  if (text.charCodeAt(start) < 97) return false;
  return word.endsWith('s') || IRREGULAR_PLURALS.has(word) || CURRENCY_WORDS.has(word);
}

/**
 * The number of digits at `start`, with its scale. Undefined for version-like tokens ("1.2.3"),
 * which the caller skips.
 */
/** ½, ¼, ¾ by char code. */
const VULGAR_FRACTIONS: ReadonlyMap<number, number> = new Map([[0xbd, 0.5], [0xbc, 0.25], [0xbe, 0.75]]);

export function readDigitAmount(text: string, start: number, money: boolean): Amount | undefined {
  let end = digitRunEnd(text, start);
  if (end === start) return undefined;
  const firstGroupEnd = end;
  if (end - start <= 3) {
    // Thousands separators: "3,500", "1,000,000" (a comma before other than three digits ends the number).
    while (codeAt(text, end) === 44 && digitRunEnd(text, end + 1) === end + 4) end += 4;
    // Indian grouping: "1,09,999", "12,50,000" (pairs of digits, then the last three).
    if (end === digitRunEnd(text, start) && end - start <= 2 && codeAt(text, end) === 44 && digitRunEnd(text, end + 1) === end + 3) {
      let cursor = end;
      while (codeAt(text, cursor) === 44 && digitRunEnd(text, cursor + 1) === cursor + 3) cursor += 3;
      if (codeAt(text, cursor) === 44 && digitRunEnd(text, cursor + 1) === cursor + 4) end = cursor + 4;
    }
    // Spaces as thousands separators (South African and SI style): "200 000 residents", "R2 500", "1 500 000".
    if (end === firstGroupEnd) end = spaceGroupedEnd(text, end);
  }
  const grouped = end > firstGroupEnd;
  const integerEnd = end;
  let fractionEnd = end;
  if (codeAt(text, end) === 46 && isDigitCode(codeAt(text, end + 1))) {
    fractionEnd = digitRunEnd(text, end + 1);
    end = fractionEnd;
    if (codeAt(text, end) === 46 && isDigitCode(codeAt(text, end + 1))) return undefined;
  }
  const hasFraction = fractionEnd > integerEnd;
  let exponent = 0;
  // "2½ points", "£1½bn": a vulgar fraction after the whole number, before any scale.
  const vulgar = hasFraction ? undefined : VULGAR_FRACTIONS.get(codeAt(text, end));
  if (vulgar !== undefined) end++;

  if (isLetterCode(codeAt(text, end))) {
    const suffixEnd = letterRunEnd(text, end);
    const suffix = text.slice(end, suffixEnd);
    // "£140million", "£1BILLION": tabloid style writes the whole scale word on.
    // "7.8million treatments" (tabloid style) as well as "£140million": whole scale words are never a unit.
    const attached = ATTACHED_SCALES.get(suffix) ?? (money ? MONEY_ONLY_ATTACHED_SCALES.get(suffix) : undefined) ?? ATTACHED_SCALE_WORDS.get(suffix.toLowerCase());
    const isMillionM = suffix !== 'm' || money || (hasFraction && !dimensionFollows(text, suffixEnd)) || millionFollows(text, suffixEnd);
    if (attached !== undefined && isMillionM) {
      exponent = attached;
      end = suffixEnd;
    }
  } else {
    const separator = codeAt(text, end);
    if (isHorizontalSpaceCode(separator) || separator === 45) {
      const wordStart = separator === 45 ? end + 1 : skipHorizontalSpaces(text, end);
      const initial = codeAt(text, wordStart) | 0x20;
      // Scale words start with m, b, t, c or l (million, bn, thousand, crore, lakh).
      const mayBeScale = initial === 109 || initial === 98 || initial === 116 || initial === 99 || initial === 108;
      const wordEnd = mayBeScale ? letterRunEnd(text, wordStart) : wordStart;
      if (wordEnd > wordStart && wordEnd - wordStart <= 8) {
        const spaced = SPACED_SCALES.get(text.slice(wordStart, wordEnd).toLowerCase());
        const abbreviation = spaced !== undefined && wordEnd - wordStart <= 3;
        if (spaced !== undefined && (!abbreviation || money)) {
          exponent = spaced;
          end = wordEnd;
          // "₹2.29 lakh crore": a lakh of crores, 10^12.
          if (spaced === 5 && LAKH_CRORE.test(text.slice(wordEnd, wordEnd + 8))) {
            exponent = 12;
            end = wordEnd + (text.startsWith(' crores', wordEnd) ? 7 : 6);
          }
        }
      }
    }
  }

  const plainDigits = exponent === 0 && !hasFraction && !grouped && vulgar === undefined;
  // Plain and grouped integers are summed from the digits; the rest goes through a decimal string so
  // that 1.2bn is exactly 1200000000 (1.2 * 1e9 would not always be exact). A vulgar fraction is
  // exact in binary (halves and quarters).
  const value = vulgar !== undefined
    ? (integerValue(text, start, integerEnd) + vulgar) * 10 ** exponent
    : exponent === 0 && !hasFraction && integerEnd - start < 16
      ? integerValue(text, start, integerEnd)
      : Number(`${text.slice(start, integerEnd).replace(/[^\d]/g, '')}${hasFraction ? text.slice(integerEnd, fractionEnd) : ''}e${exponent}`);
  return {
    start,
    end,
    value,
    scale: 10 ** exponent,
    plainDigits,
    digitCount: integerEnd - start,
    spelled: false,
    needsUnit: false,
    ordinal: false,
  };
}

interface WordTrigger {
  readonly trigger: Trigger;
  readonly start: number;
  readonly end: number;
}

/** The trigger word starting at `start`, if the word there is one. */
export function triggerAt(text: string, start: number): WordTrigger | undefined {
  let hash = 0;
  let end = start;
  while (end < text.length && isAsciiLetterCode(text.charCodeAt(end))) {
    hash = hashStep(hash, text.charCodeAt(end));
    end++;
  }
  if (end === start || end - start > TRIGGERS.maxLength || isLetterCode(codeAt(text, end))) return undefined;
  const trigger = TRIGGERS.find(hash, text, start, end);
  return trigger ? { trigger, start, end } : undefined;
}

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

type Slot = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

function isArticle(text: string, start: number, floor: number): number | undefined {
  const word = previousWord(text, start, floor);
  if (!word || word.end - word.start > 2) return undefined;
  const lower = text.slice(word.start, word.end).toLowerCase();
  return lower === 'a' || lower === 'an' ? word.start : undefined;
}

/** "no one", "any one", "every one", "this one": not a count. */
function isAfterDeterminer(text: string, start: number, floor: number): boolean {
  const word = previousWord(text, start, floor);
  if (!word || word.end - word.start > 5) return false;
  return ONE_DETERMINERS.has(text.slice(word.start, word.end).toLowerCase());
}

const ONE_DETERMINERS: ReadonlySet<string> = new Set(['no', 'any', 'every', 'some', 'each', 'this', 'that', 'the', 'which']);

export function spelledAmount(start: number, end: number, value: number, extra: Partial<Amount> = {}): Amount {
  return { start, end, value, scale: 1, plainDigits: false, digitCount: 0, spelled: true, needsUnit: false, ordinal: false, ...extra };
}

/**
 * A spelled-out number starting with the trigger word at [start, end): "five", "twenty-six",
 * "one hundred and twenty", "two million", "a dozen", "two-thirds", "twenty-first".
 */
export function readSpelledAmount(text: string, first: WordTrigger, floor: number): Amount | undefined {
  let amountStart = first.start;
  let total = 0;
  let current = 0;
  let slot: Slot = 'none';
  let words = 0;
  let end = first.end;
  let largestScale = 1;
  let word: WordTrigger | undefined = first;

  while (word) {
    const { kind, value } = word.trigger;
    if (kind === 'cardinal') {
      const wordSlot: Slot = value < 10 ? 'unit' : value < 20 ? 'teen' : 'tens';
      if (slot === 'unit' || slot === 'teen' || (slot === 'tens' && wordSlot !== 'unit')) break;
      current += value;
      slot = wordSlot;
    } else if (kind === 'scale') {
      if (current === 0) {
        const article = words === 0 ? isArticle(text, word.start, floor) : undefined;
        if (article === undefined) break;
        amountStart = article;
        current = 1;
      }
      if (value === 100 || value === 12) {
        if (slot === 'hundred' || current >= 100) break;
        current *= value;
        slot = 'hundred';
      } else {
        total += current * value;
        current = 0;
        slot = 'scale';
        largestScale = Math.max(largestScale, value);
      }
    } else if (kind === 'ordinal' && value < 10 && slot === 'tens') {
      return spelledAmount(amountStart, word.end, total + current + value, { ordinal: true });
    } else {
      break;
    }
    words++;
    end = word.end;
    word = nextNumberWord(text, end, slot);
  }
  if (words === 0) return undefined;

  let value = total + current;
  if (words === 1 && slot === 'unit') {
    const fraction = readFraction(text, end);
    if (fraction) return spelledAmount(amountStart, fraction.end, sharePercent(value, fraction.denominator), { share: true });
  }
  if (slot === 'unit' || slot === 'teen' || slot === 'tens') {
    // "two point five" (spoken decimals)
    const decimal = readSpokenDecimals(text, end);
    if (decimal) {
      value = Number(`${value}.${decimal.digits}`);
      end = decimal.end;
      words++;
      // "three point two million"
      const scale = triggerAt(text, skipHorizontalSpaces(text, end));
      if (scale && scale.start > end && scale.trigger.kind === 'scale' && scale.trigger.value >= 1000) {
        value = Number(`${value}e${Math.round(Math.log10(scale.trigger.value))}`);
        largestScale = scale.trigger.value;
        end = scale.end;
      }
    }
    // "two and a half", "two-and-a-half"
    AND_A_HALF.lastIndex = end;
    const half = AND_A_HALF.exec(text);
    if (half) {
      value += 0.5;
      end += half[0].length;
      words++;
    }
  }
  const needsUnit = words === 1 && value <= 1 && slot === 'unit';
  // "the one-day summit" counts; "the one", "this one" do not.
  const hyphenated = codeAt(text, end) === 45 && isLetterCode(codeAt(text, end + 1));
  if (needsUnit && value === 1 && !hyphenated && isAfterDeterminer(text, amountStart, floor)) return undefined;
  return spelledAmount(amountStart, end, value, { needsUnit, scale: largestScale });
}

const POINT = /[ \u00a0]+point[ \u00a0]+/iy;

/** " point five", " point two five": the digits spoken after the decimal point. */
function readSpokenDecimals(text: string, position: number): { digits: string; end: number } | undefined {
  if ((codeAt(text, position + 1) | 0x20) !== 112) return undefined;
  POINT.lastIndex = position;
  if (!POINT.test(text)) return undefined;
  let digits = '';
  let end = position;
  let cursor = POINT.lastIndex;
  for (;;) {
    const word = triggerAt(text, cursor);
    if (!word || word.trigger.kind !== 'cardinal' || word.trigger.value > 9) break;
    digits += String(word.trigger.value);
    end = word.end;
    const next = skipHorizontalSpaces(text, end);
    if (next === end) break;
    cursor = next;
  }
  return digits === '' ? undefined : { digits, end };
}

const AND_A_HALF = /(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+|-and-a-)half(?![\p{L}])/iuy;

/** `numerator / denominator` in percent, or NaN when it does not come out exact ("a third"). */
export function sharePercent(numerator: number, denominator: number): number {
  const hundredths = (10000 * numerator) / denominator;
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-6 ? Math.round(hundredths) / 100 : Number.NaN;
}

/** The number word that continues a spelled number after `position`, given the last slot filled. */
function nextNumberWord(text: string, position: number, slot: Slot): WordTrigger | undefined {
  const separator = codeAt(text, position);
  let start: number;
  if (separator === 45 || separator === 0x2010) {
    if (slot !== 'tens') return undefined;
    start = position + 1;
  } else if (isHorizontalSpaceCode(separator)) {
    start = skipHorizontalSpaces(text, position);
    if ((slot === 'hundred' || slot === 'scale') && text.startsWith('and', start) && isHorizontalSpaceCode(codeAt(text, start + 3))) {
      start = skipHorizontalSpaces(text, start + 3);
    }
  } else {
    return undefined;
  }
  const next = triggerAt(text, start);
  if (!next) return undefined;
  const kind = next.trigger.kind;
  return kind === 'cardinal' || kind === 'scale' || (kind === 'ordinal' && slot === 'tens') ? next : undefined;
}

/**
 * "-thirds", " quarters of": the denominator after a number word. Spaced plurals need "of" ("three
 * quarters of the vote") so that "the three quarters to June" stays a count of periods.
 */
function readFraction(text: string, position: number): { end: number; denominator: number } | undefined {
  const separator = codeAt(text, position);
  if (separator !== 45 && !isHorizontalSpaceCode(separator)) return undefined;
  const start = position + 1;
  const end = letterRunEnd(text, start);
  const denominator = FRACTIONS.get(text.slice(start, end).toLowerCase());
  if (denominator === undefined) return undefined;
  if (separator !== 45 && ofAt(text, end) === undefined) return undefined;
  return { end, denominator };
}

/**
 * End of a vague amount: "dozens", "hundreds", "thousands", "tens of thousands", "hundreds of
 * millions", "several hundred". They state no definite amount, so they are read only to be skipped.
 */
export function vagueAmountEnd(text: string, first: WordTrigger): number | undefined {
  const { kind, value } = first.trigger;
  if (kind === 'several') {
    const next = triggerAt(text, skipHorizontalSpaces(text, first.end));
    if (!next || next.start === first.end || next.trigger.kind !== 'scale') return undefined;
    const further = triggerAt(text, skipHorizontalSpaces(text, next.end));
    return further && further.start > next.end && further.trigger.kind === 'scale' && further.trigger.value >= 1000 ? further.end : next.end;
  }
  const of = ofAt(text, first.end);
  if (of !== undefined) {
    const next = triggerAt(text, of);
    if (next && next.trigger.kind === 'vague' && next.trigger.value >= 1000 && next.trigger.value > value) return next.end;
  }
  // "tens" and "scores" are amounts only as "tens of thousands", "scores of people".
  if (value === 10 || (value === 20 && of === undefined)) return undefined;
  return first.end;
}

/** Position after " of " at `position`, if the text continues that way. */
export function ofAt(text: string, position: number): number | undefined {
  const start = skipHorizontalSpaces(text, position);
  if (start === position) return undefined;
  if ((text.charCodeAt(start) | 0x20) !== 111 || (codeAt(text, start + 1) | 0x20) !== 102) return undefined;
  const after = skipHorizontalSpaces(text, start + 2);
  return after > start + 2 ? after : undefined;
}
