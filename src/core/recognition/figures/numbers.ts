// Figures that start with a number (digits or words): plain numbers, counted nouns, percentages,
// quantities, money written after the amount, years, ordinals, ranges and their hedges.

import type { Qualifier } from '../../model';
import { readDigitAmount, readSpelledAmount, triggerAt, ofAt, type Amount } from './amounts';
import { formatDays, formatMonth, formatYear, civilFromDays } from './calendar';
import { classifyAfter, readCountedNoun, readCurrencySuffix, readNextWord, type Classification } from './classify';
import { emit, type ScanContext } from './context';
import { readDigitDateOrTime } from './digitDates';
import { phoneEnd } from './phones';
import { attachedTrailingQualifier, hedgeOf, leadingQualifier, orTrailingQualifier, type LeadingQualifier } from './qualifiers';
import {
  codeAt, digitRunEnd, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isLetterCode, isSpaceCode, isUpperCode, lowerSlice, previousWord, skipHorizontalSpaces, tokenEnd,
} from './text';
import {
  DESIGNATORS, DURATION_UNITS, FUNCTION_WORDS, FURNITURE_UNITS, LEADING_QUALIFIERS, MONTH_CONTEXT, STRONG_YEAR_CONTEXT, WEAK_YEAR_CONTEXT,
} from './vocabulary';
import { TRIGGERS, WordTable } from './lexicon';

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;
const YEAR_RANGE = /[-–—/](\d{4}|\d{2})(?![\d\p{L}])/uy;
const RANGE_CONNECTOR = /([ \u00a0]?%)?(?:[ \u00a0]*([-–—])[ \u00a0]*|[ \u00a0]+(to|and)[ \u00a0]+)/uy;
const AGO = /[ \u00a0]+ago(?![\p{L}])/uy;
const PAGE_COUNTER = /[ \u00a0]+of[ \u00a0]+\d{1,3}(?![\d,.]|[ \u00a0]*[\p{Ll}%])/uy;
const LIST_MARKER = /[.)][ \u00a0]/y;
const YEAR_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late']);
const NOT_DESIGNATING: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...MONTH_CONTEXT, ...STRONG_YEAR_CONTEXT, ...WEAK_YEAR_CONTEXT,
  ...[...LEADING_QUALIFIERS.keys()].filter((phrase) => !phrase.includes(' ')),
  'another', 'only', 'just', 'exactly', 'precisely', 'total', 'all', 'some', 'killing', 'killed', 'injuring', 'injured',
]);

/** Skips the token at `start` (an identifier, a path, a score): no figure. */
function skip(context: ScanContext, start: number): number {
  return Math.max(tokenEnd(context.text, start), start + 1);
}

/** Years: "in 2025", "the 2024 election", "mid-2025", "2020-21", "the 1990s". Undefined: not a year. */
function readYear(context: ScanContext, amount: Amount): number | undefined {
  const { text } = context;
  const year = amount.value;
  const { start, end } = amount;
  const next = codeAt(text, end);
  if (year % 10 === 0 && next === 115 /* s */ && !isLetterCode(codeAt(text, end + 1))) return emit(context, 'date', start, end + 1);
  if (year % 10 === 0 && (next === 39 || next === 0x2019) && codeAt(text, end + 1) === 115 && !isLetterCode(codeAt(text, end + 2))) {
    return emit(context, 'date', start, end + 2);
  }
  YEAR_RANGE.lastIndex = end;
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const second = range[1].length === 2 ? year - (year % 100) + Number(range[1]) : Number(range[1]);
    if (second > year && second - year <= 200) return emit(context, 'date', start, end + range[0].length, { value: formatYear(year), qualifier: 'range' });
  }

  let spanStart = start;
  let context_: 'strong' | 'weak' | undefined;
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
      if (STRONG_YEAR_CONTEXT.has(lower)) context_ = 'strong';
      else if (WEAK_YEAR_CONTEXT.has(lower) || possessive) {
        const countsSomething = readCountedNoun(text, readNextWord(text, end), amount) !== undefined;
        const isDeterminer = lower !== 'of' && lower !== 'to' && lower !== 'and' && lower !== 'or';
        if (!countsSomething || (isDeterminer && year >= 1900 && year <= 2100)) context_ = 'weak';
      }
    }
  }
  if (context_ === undefined) return undefined;
  return emit(context, 'date', spanStart, end, { value: formatYear(year) });
}

interface Range {
  readonly value: number;
  readonly max: number;
  readonly end: number;
  readonly percent: boolean;
  /** Scale of the upper bound, shared by both ends ("2-3 million"). */
  readonly scale: number;
}

/** "20-25", "20 to 25", "between 20 and 25", "2-3 million", "20%-25%". 'score' for "3-1". */
function readRange(context: ScanContext, amount: Amount, position: number, allowAnd: boolean, allowTo: boolean, money: boolean): Range | 'score' | undefined {
  const { text } = context;
  if (!mayConnectRange(text, position)) return undefined;
  RANGE_CONNECTOR.lastIndex = position;
  const connector = RANGE_CONNECTOR.exec(text);
  if (!connector) return undefined;
  const word = connector[3];
  if ((word === 'and' && !allowAnd) || (word === 'to' && !allowTo)) return undefined;
  let secondStart = position + connector[0].length;
  if (money) secondStart = skipCurrencyPrefix(text, secondStart);
  let second: Amount | undefined;
  if (isDigitCode(codeAt(text, secondStart))) second = readDigitAmount(text, secondStart, money);
  else if (amount.spelled) {
    const trigger = triggerAt(text, secondStart);
    if (trigger && trigger.trigger.kind === 'cardinal') second = readSpelledAmount(text, trigger, context.floor);
  }
  if (!second) return undefined;
  const value = amount.scale === 1 && second.scale > 1 ? amount.value * second.scale : amount.value;
  if (second.value <= value) {
    const dash = connector[2] !== undefined;
    return dash && amount.plainDigits && second.plainDigits && !connector[1] ? 'score' : undefined;
  }
  return { value, max: second.value, end: second.end, percent: connector[1] !== undefined, scale: Math.max(amount.scale, second.scale) };
}

/**
 * Whether "X to Y" may be a range: not after "from" ("rose from 20 to 25" is a change), except after
 * verbs of spread ("ranged from $8bn to $12bn", "varying from 20 to 30").
 */
function rangeMayFollow(context: ScanContext, lead: LeadingQualifier | undefined): boolean {
  if (lead?.kind !== 'from') return true;
  const verb = previousWord(context.text, lead.start, context.floor);
  if (!verb) return false;
  const lower = lowerSlice(context.text, verb);
  return lower.startsWith('rang') || lower.startsWith('vari') || lower.startsWith('vary') || lower === 'anywhere';
}

/** A dash, "%", " to " or " and " may follow: anything else ends the number without a regex. */
function mayConnectRange(text: string, position: number): boolean {
  const next = codeAt(text, position);
  if (next === 45 || next === 0x2013 || next === 0x2014 || next === 37) return true;
  if (!isHorizontalSpaceCode(next)) return false;
  const after = codeAt(text, skipHorizontalSpaces(text, position));
  return after === 116 || after === 97 || after === 45 || after === 0x2013 || after === 0x2014 || after === 37;
}

/** Past a currency written again in a money range ("$20m-$25m", "£1bn to £2bn"). */
function skipCurrencyPrefix(text: string, position: number): number {
  let cursor = position;
  while (cursor < position + 3 && codeAt(text, cursor) >= 65 && codeAt(text, cursor) <= 90) cursor++;
  const symbol = codeAt(text, cursor);
  if (symbol === 36 || symbol === 0x20ac || symbol === 0xa3 || symbol === 0xa5 || symbol === 0x20b4 || symbol === 0x20bd || symbol === 0x20b9) {
    return isHorizontalSpaceCode(codeAt(text, cursor + 1)) ? cursor + 2 : cursor + 1;
  }
  return position;
}

/** A plain number right after a capitalised name is a designation ("Radio 4", "Boeing 737"). */
function followsName(context: ScanContext, start: number): boolean {
  const word = previousWord(context.text, start, context.floor);
  if (!word || !isUpperCode(context.text.charCodeAt(word.start))) return false;
  const lower = lowerSlice(context.text, word);
  if (NOT_DESIGNATING.has(lower)) return false;
  const trigger = TRIGGERS.lookup(lower);
  return !trigger || (trigger.kind !== 'month' && trigger.kind !== 'weekday' && trigger.kind !== 'currencyCode');
}

function atLineStart(text: string, start: number): boolean {
  let cursor = start - 1;
  while (cursor >= 0 && isHorizontalSpaceCode(text.charCodeAt(cursor))) cursor--;
  return cursor < 0 || text.charCodeAt(cursor) === 10 || text.charCodeAt(cursor) === 13;
}

export interface FinishOptions {
  /** Start of a minus sign glued before the digits ("-5C"). */
  readonly negativeStart?: number;
}

/** The number with its hedges and range: "at least 12", "between 20 and 25", "30-plus", "20%-25%". */
interface Hedged {
  readonly start: number;
  readonly value: number;
  readonly max?: number;
  readonly qualifier?: Qualifier;
  /** Where what follows the number (its unit) starts. */
  readonly position: number;
  /** "20%-25%": a percent sign on the first bound makes the range a percentage. */
  readonly percent: boolean;
  /** What the unit readers see: a range takes the scale of its upper bound ("2-3 million pounds"). */
  readonly measured: Amount;
  /** " or more" already read after the number. */
  readonly orHedge: boolean;
}

function readHedges(context: ScanContext, amount: Amount, negativeStart: number | undefined): Hedged | 'score' {
  const { text } = context;
  const negative = negativeStart !== undefined;
  let start = negativeStart ?? amount.start;
  let value = negative ? -amount.value : amount.value;
  const lead = leadingQualifier(text, start, context.floor);
  let qualifier = hedgeOf(lead?.kind);
  let qualifierStart = qualifier && lead ? lead.start : undefined;
  if (lead?.kind === 'minus' && !negative) {
    value = -value;
    start = lead.start;
  }

  let position = amount.end;
  let max: number | undefined;
  let percent = false;
  let measured = amount;
  const range = readRange(context, amount, position, lead?.kind === 'between', rangeMayFollow(context, lead), false);
  if (range === 'score') return 'score';
  if (range) {
    value = negative ? -range.value : range.value;
    max = range.max;
    position = range.end;
    percent = range.percent;
    qualifier = 'range';
    qualifierStart = lead?.kind === 'between' || lead?.kind === 'from' ? lead.start : undefined;
    measured = { ...amount, value: range.max, scale: range.scale };
  }
  const attached = attachedTrailingQualifier(text, position);
  if (attached) {
    position = attached.end;
    qualifier ??= attached.qualifier;
  }
  const or = orTrailingQualifier(text, position);
  if (or) {
    position = or.end;
    qualifier ??= or.qualifier;
  }
  return { start: qualifierStart ?? start, value, max, qualifier, position, percent, measured, orHedge: or !== undefined };
}

/** What the number is, from what follows it; "thousands of troops" reads past "of". */
function classifyAmount(text: string, amount: Amount, hedged: Hedged): Classification {
  const { position } = hedged;
  if (amount.vague) {
    const of = ofAt(text, position);
    if (of === undefined) return classifyAfter(text, position, amount);
    const afterOf = classifyAfter(text, of - 1, amount);
    return afterOf.type !== 'number' || afterOf.unit !== undefined ? afterOf : { type: 'number', end: position };
  }
  const classification = classifyAfter(text, position, hedged.measured);
  return hedged.percent && classification.type !== 'percent' ? { type: 'percent', end: position, unit: '%' } : classification;
}

/**
 * Where to resume when a bare number is no figure (list marker, "Radio 4", a year-like number
 * without year context, "3:1"), else undefined.
 */
function dropBareNumber(context: ScanContext, amount: Amount, hedged: Hedged): number | undefined {
  const { text } = context;
  if (amount.needsUnit) return amount.end;
  if (amount.plainDigits && hedged.max === undefined && hedged.qualifier === undefined && hedged.start === amount.start) {
    if (amount.digitCount <= 3 && atLineStart(text, amount.start)) {
      LIST_MARKER.lastIndex = amount.end;
      if (LIST_MARKER.test(text)) return amount.end + 1;
    }
    if (followsName(context, amount.start)) return skip(context, amount.start);
    if (amount.digitCount === 4 && amount.value >= 1900 && amount.value <= 2100) return amount.end;
  }
  if (codeAt(text, amount.end) === 58 /* : */ && isDigitCode(codeAt(text, amount.end + 1))) return skip(context, amount.start);
  return undefined;
}

/** Turns the number read at `amount` into a figure (or into nothing); returns where to resume. */
export function finishAmount(context: ScanContext, amount: Amount, options: FinishOptions = {}): number {
  const { text } = context;
  const negative = options.negativeStart !== undefined;
  const signedValue = negative ? -amount.value : amount.value;
  const start = options.negativeStart ?? amount.start;

  if (!negative && amount.plainDigits && amount.digitCount === 4 && amount.value >= 1000 && amount.value <= 2199) {
    const year = readYear(context, amount);
    if (year !== undefined) return year;
  }
  if (!amount.spelled && amount.scale === 1 && isAsciiLetterCode(codeAt(text, amount.end))) {
    ORDINAL_SUFFIX.lastIndex = amount.end;
    const ordinal = ORDINAL_SUFFIX.exec(text);
    if (ordinal && !text.slice(amount.start, amount.end).includes('.')) {
      return emit(context, 'ordinal', start, amount.end + ordinal[0].length, { value: signedValue });
    }
  }
  if (amount.ordinal) return emit(context, 'ordinal', start, amount.end, { value: signedValue });
  // "Channel Four", "Formula One", "Ocean's Eleven": a capitalised number word in a name.
  if (amount.spelled && isUpperCode(text.charCodeAt(amount.start)) && followsName(context, amount.start)) return amount.end;

  const hedged = readHedges(context, amount, options.negativeStart);
  if (hedged === 'score') return skip(context, amount.start);
  const classification = classifyAmount(text, amount, hedged);
  // Digits glued to letters that are no unit: "5G", "3D", "4x4".
  if (!amount.spelled && classification.end === hedged.position && hedged.position === amount.end && isLetterCode(codeAt(text, amount.end))) {
    return skip(context, amount.start);
  }
  let qualifier = hedged.qualifier;
  let end = classification.end;
  if (!hedged.orHedge && end > hedged.position) {
    const or = orTrailingQualifier(text, end);
    if (or) {
      qualifier ??= or.qualifier;
      end = or.end;
    }
  }
  const unit = classification.unit;
  if (unit !== undefined && FURNITURE_UNITS.has(unit)) return end;
  if (classification.type === 'quantity' && unit && DURATION_UNITS.has(unit) && !qualifier && !negative) {
    AGO.lastIndex = end;
    const ago = AGO.exec(text);
    if (ago) return emit(context, 'date', hedged.start, end + ago[0].length, { value: agoValue(context, hedged.value, unit) });
  }
  if (classification.type === 'number' && unit === undefined) {
    const resume = dropBareNumber(context, amount, hedged);
    if (resume !== undefined) return resume;
  }
  if (amount.vague) qualifier ??= 'at least';
  const factor = classification.factor ?? 1;
  return emit(context, classification.type, hedged.start, end, {
    value: scaleValue(hedged.value, factor),
    max: hedged.max === undefined ? undefined : scaleValue(hedged.max, factor),
    unit,
    qualifier,
  });
}

function scaleValue(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}

function agoValue(context: ScanContext, count: number, unit: string): string | undefined {
  const reference = context.reference;
  if (reference === undefined || !Number.isInteger(count)) return undefined;
  const today = civilFromDays(reference);
  switch (unit) {
    case 'day':
      return formatDays(reference - count);
    case 'week':
      return formatDays(reference - 7 * count);
    case 'month': {
      const index = today.year * 12 + today.month - 1 - count;
      return formatMonth(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'year':
      return formatYear(today.year - count);
    case 'decade':
      return formatYear(today.year - 10 * count);
    default:
      return formatDays(reference);
  }
}

/** Money with the currency first: "$1.2bn", "US$5m", "€50 million", "USD 5m", "£20m-£25m". */
export function finishMoney(context: ScanContext, start: number, numberStart: number, currency: string): number {
  const { text } = context;
  const amount = readDigitAmount(text, numberStart, true);
  if (!amount) return skip(context, numberStart);
  let value = amount.value;
  let max: number | undefined;
  let qualifier: Qualifier | undefined;
  let spanStart = start;
  const lead = leadingQualifier(text, start, context.floor);
  if (lead && hedgeOf(lead.kind)) {
    qualifier = hedgeOf(lead.kind);
    spanStart = lead.start;
  }
  let end = amount.end;
  const range = readRange(context, amount, end, lead?.kind === 'between', rangeMayFollow(context, lead), true);
  if (range && range !== 'score') {
    value = range.value;
    max = range.max;
    end = range.end;
    qualifier = 'range';
    if (lead?.kind === 'between' || lead?.kind === 'from') spanStart = lead.start;
  }
  const hedge = attachedTrailingQualifier(text, end) ?? orTrailingQualifier(text, end);
  if (hedge) {
    end = hedge.end;
    qualifier ??= hedge.qualifier;
  }
  // A currency code repeated after the amount ("$5m USD") belongs to the span.
  const repeated = readCurrencySuffix(text, readNextWord(text, end), amount);
  if (repeated && repeated.unit === currency && repeated.factor === undefined) end = repeated.end;
  return emit(context, 'money', spanStart, end, { value, max, unit: currency, qualifier });
}

/** Designators by case-insensitive hash, each with its exact spellings ("Share" but not "share"). */
const DESIGNATOR_TABLE = (() => {
  const spellings = new Map<string, string[]>();
  for (const designator of DESIGNATORS) spellings.set(designator.toLowerCase(), [...(spellings.get(designator.toLowerCase()) ?? []), designator]);
  return new WordTable([...spellings].map(([word, forms]) => ({ word, spellings: forms })));
})();

/** "1 of 5" under a photo: page furniture, not figures. */
function pageCounterEnd(text: string, start: number): number | undefined {
  const end = digitRunEnd(text, start);
  if (end - start > 3 || !isHorizontalSpaceCode(codeAt(text, end)) || codeAt(text, end + 1) !== 111 /* o */) return undefined;
  PAGE_COUNTER.lastIndex = end;
  const counter = PAGE_COUNTER.exec(text);
  return counter ? end + counter[0].length : undefined;
}

/** At a digit: dates, times, identifiers, phone numbers, then numbers of every kind. */
export function handleDigit(context: ScanContext, start: number): number {
  const { text } = context;
  const previous = codeAt(text, start - 1);
  if (isLetterCode(previous) || isDigitCode(previous) || previous === 95 || previous === 47 || previous === 92 || previous === 61 ||
      previous === 38 || previous === 64 || previous === 35 || previous === 58 || previous === 36) {
    return skip(context, start);
  }
  if ((previous === 46 || previous === 44) && (isDigitCode(codeAt(text, start - 2)) || isLetterCode(codeAt(text, start - 2)))) return skip(context, start);
  if (previous === 45 || previous === 0x2013 || previous === 0x2010) {
    const before = codeAt(text, start - 2);
    if (isDigitCode(before)) return skip(context, start);
    if (isLetterCode(before)) {
      const word = previousWord(text, start - 1, context.floor, false);
      if (!word || !YEAR_PREFIXES.has(lowerSlice(text, word))) return skip(context, start);
    }
  }
  if ((previous === 39 || previous === 0x2019) && !isLetterCode(codeAt(text, start - 2))) {
    const decade = /\d0s(?![\p{L}\d])/uy;
    decade.lastIndex = start;
    if (decade.test(text) && start - 1 >= context.floor) return emit(context, 'date', start - 1, start + 3);
  }
  const phone = phoneEnd(text, previous === 43 || previous === 40 ? start - 1 : start);
  if (phone !== undefined) return phone;
  const counter = pageCounterEnd(text, start);
  if (counter !== undefined) return counter;
  if (isHorizontalSpaceCode(previous)) {
    const word = previousWord(text, start, context.floor, true, true);
    const designator = word && DESIGNATOR_TABLE.at(text, word.start, word.end);
    if (designator && designator.spellings.some((spelling) => text.startsWith(spelling, word.start))) return skip(context, start);
  }
  const dated = readDigitDateOrTime(context, start);
  if (dated !== undefined) return dated;
  const amount = readDigitAmount(text, start, false);
  if (!amount) return skip(context, start);
  return finishAmount(context, amount);
}

/** "-5C", "−5 degrees": a minus glued to the digits and not after a word. */
export function handleMinus(context: ScanContext, start: number): number {
  const { text } = context;
  const before = codeAt(text, start - 1);
  if (!isDigitCode(codeAt(text, start + 1)) || !(before === 0 || isSpaceCode(before) || before === 40 || before === 58)) return start + 1;
  const amount = readDigitAmount(text, start + 1, false);
  if (!amount) return skip(context, start + 1);
  return finishAmount(context, amount, { negativeStart: start });
}
