// Figures that start with a number (digits or words): plain numbers, counted nouns, percentages,
// quantities, money written after the amount, ordinals and their hedges; years (years.ts), ranges
// (ranges.ts), shares (shares.ts) and ages (ages.ts) are read from here.

import type { Qualifier } from '../../model';
import { readDigitAmount, triggerAt, type Amount } from './amounts';
import { formatDays, formatMonth, formatYear, civilFromDays } from './calendar';
import { classifyAfter, readCurrencySuffix, readNextWord, readUnit, type Classification } from './classify';
import { emit, type ScanContext } from './context';
import { readDigitDateOrTime, readListedDay } from './digitDates';
import { followsAgeCue, isAgeLimit, isBareAge, isStatedAge, readDecadeOfLife } from './ages';
import { streetAddressEnd } from './addresses';
import { isFurnitureFigure, isPageCounter } from './furniture';
import { phoneEnd } from './phones';
import { readRange } from './ranges';
import { emitShare, readOneInN } from './shares';
import { attachedTrailingQualifier, hedgeOf, leadingQualifier, orTrailingQualifier } from './qualifiers';
import {
  codeAt, digitRunEnd, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isLetterCode, isSpaceCode, isUpperCode, lowerSlice, previousWord, tokenEnd,
} from './text';
import {
  DESIGNATORS, DURATION_UNITS, FUNCTION_WORDS, FURNITURE_UNITS, LEADING_QUALIFIERS, MONTH_CONTEXT, STRONG_YEAR_CONTEXT, WEAK_YEAR_CONTEXT,
} from './vocabulary';
import { TRIGGERS, WordTable } from './lexicon';
import { readYear, YEAR_PREFIXES } from './years';

/** " of a percent", " of a per cent", " of a percentage point" after a share. */
/** "-pointer", "-point range": the three-point shot of basketball. */
const SHOT_AFTER_THREE = /^-point(?:ers?\b| (?:range|shot|shots|line|attempts?|shooting|play|percentage)\b)/;
const OF_A_PERCENT = /[ \u00a0]+of[ \u00a0]+a[ \u00a0]+(?:percent|per[ \u00a0]cent|percentage[ \u00a0-](point))(?![\p{L}])/iuy;

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;
const AGO = /[ \u00a0]+ago(?![\p{L}])/uy;
const PAGE_COUNTER = /[ \u00a0]+of[ \u00a0]+\d{1,3}(?![\d,.]|[ \u00a0]*[\p{Ll}%])/uy;
const LIST_MARKER = /[.)][ \u00a0]/y;
const DESIGNATED_LIST =
  /(?:,?[ \u00a0]+(?:and|or|to|&)[ \u00a0]+\d{1,4}[a-z]?|[ \u00a0]?[-–][ \u00a0]?\d{1,4}[a-z]?|,[ \u00a0]*\d{1,4}[a-z]?(?=,|[ \u00a0]+(?:and|or)[ \u00a0]))(?![\d\p{L}]|[.,]\d)/uy;
/** "the 737 MAX": a bare number before a word in capitals names a model. */
const CAPITALS_AFTER = /[ \u00a0]\p{Lu}{2,}(?![\p{Ll}\d])/uy;
const NOT_DESIGNATING: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...MONTH_CONTEXT, ...STRONG_YEAR_CONTEXT, ...WEAK_YEAR_CONTEXT,
  ...[...LEADING_QUALIFIERS.keys()].filter((phrase) => !phrase.includes(' ')),
  'another', 'only', 'just', 'exactly', 'precisely', 'total', 'all', 'some', 'killing', 'killed', 'injuring', 'injured',
]);

/** Skips the token at `start` (an identifier, a path, a score): no figure. */
function skip(context: ScanContext, start: number): number {
  return Math.max(tokenEnd(context.text, start), start + 1);
}

/** A plain number right after a capitalised name is a designation ("Radio 4", "Boeing 737"). */
function followsName(context: ScanContext, start: number): boolean {
  const word = previousWord(context.text, start, context.floor);
  if (!word || !isUpperCode(context.text.charCodeAt(word.start))) return false;
  const lower = lowerSlice(context.text, word);
  if (NOT_DESIGNATING.has(lower)) return false;
  const trigger = TRIGGERS.lookup(lower);
  // A lone currency letter ("R58bn", "W150tr") is glued to its amount, and "RM 5bn" has a scale: a
  // number reached after them was no sum, so they name it ("Grade P 5", "RM 45 Commando").
  if (trigger?.kind === 'currencyCode') return word.end - word.start === 1 || lower === 'rm' || lower === 'rp';
  return !trigger || (trigger.kind !== 'month' && trigger.kind !== 'weekday');
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
  /** End of the number (and range) before a trailing " or more". */
  readonly numberEnd: number;
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
  const range = readRange(context, amount, position, lead, start, false);
  if (range === 'score') return 'score';
  if (range) {
    value = negative ? -range.value : range.value;
    max = range.max;
    position = range.end;
    percent = range.percent;
    qualifier = 'range';
    // "between 20 and 25", "around 3 million to 4 million": the hedge belongs to the whole range.
    qualifierStart = lead?.kind === 'between' || lead?.kind === 'from' || hedgeOf(lead?.kind) === 'approximate' ? lead?.start : undefined;
    measured = { ...amount, value: range.max, scale: range.scale };
  }
  const attached = attachedTrailingQualifier(text, position);
  if (attached) {
    position = attached.end;
    qualifier ??= attached.qualifier;
  }
  const numberEnd = position;
  const or = orTrailingQualifier(text, position);
  if (or) {
    position = or.end;
    qualifier ??= or.qualifier;
  }
  return { start: qualifierStart ?? start, value, max, qualifier, position, percent, measured, orHedge: or !== undefined, numberEnd };
}

/** What the number is, from what follows it. */
function classifyAmount(text: string, hedged: Hedged): Classification {
  const classification = classifyAfter(text, hedged.position, hedged.measured);
  return hedged.percent && classification.type !== 'percent' ? { type: 'percent', end: hedged.position, unit: '%' } : classification;
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
    CAPITALS_AFTER.lastIndex = amount.end;
    if (CAPITALS_AFTER.test(text)) return CAPITALS_AFTER.lastIndex;
    if (amount.digitCount === 4 && amount.value >= 1900 && amount.value <= 2100) return amount.end;
  }
  if (codeAt(text, amount.end) === 58 /* : */ && isDigitCode(codeAt(text, amount.end + 1))) return skip(context, amount.start);
  if (amount.plainDigits && hedged.max === undefined) {
    // "10 Downing Street", also after "near" or "outside".
    const address = streetAddressEnd(text, amount.end);
    if (address !== undefined) return address;
  }
  return undefined;
}

/** Counted words that make no figure: multipliers and frequencies ("three times", "4 times a day", "a one-time fee"). */
const NOT_COUNTS: ReadonlySet<string> = new Set(['times', 'time', 'fold']);
/** "times" or "fold" opening the counted noun ("11.5 times earnings"). */
const MULTIPLIER_AFTER = /^[ \u00a0](?:times|fold)[ \u00a0]/;
/** Words before "over" that make it "more than" before a duration: "for over five years", "took over an hour". */
const OVER_AS_MORE_THAN: ReadonlySet<string> = new Set([
  'for', 'in', 'after', 'of', 'than', 'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'lasting', 'spent', 'spend',
  'spends', 'spending', 'waited', 'wait', 'waiting', 'served', 'serving', 'aged', 'been', 'is', 'was', 'are', 'were', 'be',
]);
const OVER_THEN_MORE_THAN = /[ \u00a0]+(?:ago|old|earlier|later|before|after|passed|elapsed|went)(?![\p{L}])/uy;

/**
 * "£180m over five years", "spread over two days": before a duration, "over" means "during" unless
 * a word before or after makes it "more than" ("for over five years", "over two years ago").
 */
function overMeansDuring(context: ScanContext, hedged: Hedged, end: number): boolean {
  const { text } = context;
  if (hedged.qualifier !== 'more than' || hedged.start + 4 > text.length) return false;
  const word = text.slice(hedged.start, hedged.start + 4).toLowerCase();
  if (word !== 'over' || isLetterCode(codeAt(text, hedged.start + 4))) return false;
  OVER_THEN_MORE_THAN.lastIndex = end;
  if (OVER_THEN_MORE_THAN.test(text)) return false;
  const before = previousWord(text, hedged.start, context.floor);
  return before === undefined || !OVER_AS_MORE_THAN.has(lowerSlice(text, before));
}

const OCLOCK_AFTER = /[ \u00a0]o['’]clock(?![\p{L}])/uy;
const NOON_AFTER = /[ \u00a0](?:(noon|midday)|midnight)(?![\p{L}])/iuy;

/** "nine o'clock", "12 noon", "twelve midnight": the end and value of the time, if one follows the number. */
function clockEnd(text: string, amount: Amount): { end: number; value: string } | undefined {
  const next = codeAt(text, amount.end + 1) | 0x20;
  if (amount.value === 12 && (next === 110 || next === 109)) {
    NOON_AFTER.lastIndex = amount.end;
    const noon = NOON_AFTER.exec(text);
    if (noon) return { end: NOON_AFTER.lastIndex, value: noon[1] ? '12:00' : '00:00' };
  }
  if (!amount.spelled || !Number.isInteger(amount.value) || amount.value < 1) return undefined;
  if (next === 112 && amount.value <= 30) return minutesPastEnd(text, amount);
  if (next !== 111 || amount.value > 12) return undefined;
  OCLOCK_AFTER.lastIndex = amount.end;
  return OCLOCK_AFTER.test(text) ? { end: OCLOCK_AFTER.lastIndex, value: `${String(amount.value).padStart(2, '0')}:00` } : undefined;
}

const PAST_HOUR = /[ \u00a0]past[ \u00a0]+(?=\p{L})/uy;

/** "five past six", "twenty past ten": minutes past a spelled hour (taken as written, no a.m./p.m.). */
function minutesPastEnd(text: string, amount: Amount): { end: number; value: string } | undefined {
  PAST_HOUR.lastIndex = amount.end;
  if (!PAST_HOUR.test(text)) return undefined;
  const hour = triggerAt(text, PAST_HOUR.lastIndex);
  if (!hour || hour.trigger.kind !== 'cardinal' || hour.trigger.value < 1 || hour.trigger.value > 12) return undefined;
  return { end: hour.end, value: `${String(hour.trigger.value).padStart(2, '0')}:${String(amount.value).padStart(2, '0')}` };
}

const ONE_SPEAKER = /^(?: [a-z-]+){1,3},? (?:said|says|told|tells|added|noted|wrote|writes|warned|argued|explained|recalled|asked|replied|posted|commented|complained|admitted|insisted|joked)\b/;
/** "As one fund manager in Marunouchi puts it": the speaker of a saying, within the clause. */
const PUTS_IT = /^[^.;:!?]{1,60}? put(?:s)? it\b/;

function asOnePutsIt(context: ScanContext, amount: Amount): boolean {
  const before = previousWord(context.text, amount.start, context.floor);
  return before !== undefined && lowerSlice(context.text, before) === 'as' && PUTS_IT.test(context.text.slice(amount.end, amount.end + 72));
}

const LIVE_BLOG_STAMP = /^([01]?\d|2[0-3])\.([0-5]\d)$/;
/** What may follow a line-opening time stamp: the end of the line, or a heading or entry starting with a capital or a dash. */
const AFTER_STAMP = /^(?:[ \t]*(?:\r?\n|$)|[ \t]+[\p{Lu}\u2013\u2014-](?!\p{Lu}*illion))/u;

/**
 * "21.52" opening a line of a British live blog: the time of the entry (HH.MM), when what follows is
 * the entry and no unit or scale ("21.52 Britons land in Muscat"; not "6.50 per cent", "2.50 Million").
 */
function liveBlogTimestamp(text: string, amount: Amount): string | undefined {
  if (amount.end - amount.start > 5 || !atLineStart(text, amount.start)) return undefined;
  const stamp = LIVE_BLOG_STAMP.exec(text.slice(amount.start, amount.end));
  if (!stamp || !AFTER_STAMP.test(text.slice(amount.end, amount.end + 12))) return undefined;
  return `${stamp[1].padStart(2, '0')}:${stamp[2]}`;
}

/** "[1]" a footnote marker, "[907341]" Hansard's question reference: digits alone in square brackets, no year. */
const FOOTNOTE = /(?:\d{1,3}|\d{5,})\]/y;
const LAW_CITATION = /\d{1,4} (?:U\.S\.(?:C\.)?|F\.(?:\dd|Supp\.)|S\. ?Ct\.|L\. ?Ed\.)(?: (?:§+ ?)?[\dA-Za-z().-]*\d[\dA-Za-z().-]*| ___)?/y;
// One digit after the dot, or several levels: "16.05 Foreign Office …" opening a line is a live blog's time.
const SECTION_NUMBER = /\d{1,2}(?:\.\d|(?:\.\d{1,2}){2,})[ \t]+(?=\p{Lu})(?!(?:Million|Billion|Trillion|Per|Percent|Thousand)\b)/uy;

/**
 * What LAW_CITATION needs at its start, by char codes (it was tried at every digit): one to four
 * digits (the whole run), a space, then "U", "F", "S" or "L".
 */
function mayStartLawCitation(text: string, start: number): boolean {
  const runEnd = digitRunEnd(text, start);
  if (runEnd - start > 4 || codeAt(text, runEnd) !== 32) return false;
  const initial = codeAt(text, runEnd + 1);
  return initial === 85 || initial === 70 || initial === 83 || initial === 76;
}

/** End of a reference that holds digits but no figure (footnote marker, law-report citation, section number), if one starts here. */
const MAGNITUDE_AFTER_M = /\d\.\d(?!\d|\.\d|[\p{L}])/uy;

/**
 * "Items: (1) Beloved, Toni Morrison; (2) Maus": a number in brackets that opens an item of a list,
 * at a line's start or after a colon, semicolon or comma, before a capital.
 */
function isListMarker(text: string, start: number): boolean {
  const close = isDigitCode(codeAt(text, start + 1)) ? start + 2 : start + 1;
  if (codeAt(text, close) !== 41 || !isHorizontalSpaceCode(codeAt(text, close + 1)) || !isUpperCode(codeAt(text, close + 2))) return false;
  const before = codeAt(text, start - 2);
  if (before === 0 || before === 10) return true;
  const mark = codeAt(text, start - 3);
  return isHorizontalSpaceCode(before) && (mark === 58 || mark === 59 || mark === 44);
}

/** A journal reference's volume, issue and pages after its year: "2026;9(3):e2611873", "2025; 405: 2011–24". */
const JOURNAL_VOLUME = /\d{1,4}(?:\(\d{1,3}\))?: ?e?\d+(?:[–-]\d+)?/y;

function afterJournalYear(text: string, start: number, previous: number): boolean {
  const semicolon = previous === 59 ? start - 1 : previous === 32 && codeAt(text, start - 2) === 59 ? start - 2 : -1;
  return semicolon >= 4 && isDigitCode(codeAt(text, semicolon - 1)) && isDigitCode(codeAt(text, semicolon - 4));
}

/**
 * "▲ 23 | Reply", "♥ 214 · 47 comments", "👍❤️😢 312": a count after a vote or reaction mark is
 * page furniture.
 */
function followsReactionMark(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isHorizontalSpaceCode(text.charCodeAt(i))) i--;
  if (i === start - 1 || i < 0) return false;
  let code = text.charCodeAt(i);
  if (code === 0xfe0f && i > 0) code = text.charCodeAt(--i);
  // An emoji (a surrogate pair) or a vote, heart or arrow mark.
  return (code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd83c && text.charCodeAt(i - 1) <= 0xd83e)
    || REACTION_MARKS.has(code);
}
const REACTION_MARKS: ReadonlySet<number> = new Set([0x25b2, 0x25bc, 0x25b3, 0x25bd, 0x2665, 0x2661, 0x2764, 0x2b06, 0x2b07, 0x2191, 0x2193, 0x21e7]);

/** APA style: "Nature Climate Change, 16(12), 1103–1111": volume, issue in brackets, then pages. */
const APA_VOLUME = /\d{1,4}\(\d{1,4}(?:[–-]\d{1,4})?\),[ \u00a0]?(?:e?\d+(?:[–-]e?\d+)?)?/y;
/** A DOI: "10.1038/s41558-026-02291-4". */
const DOI = /10\.\d{4,9}\/\S+/y;

function referenceEnd(text: string, start: number, previous: number): number | undefined {
  if ((previous === 59 || previous === 32) && afterJournalYear(text, start, previous)) {
    JOURNAL_VOLUME.lastIndex = start;
    if (JOURNAL_VOLUME.test(text)) return JOURNAL_VOLUME.lastIndex;
  }
  if (previous === 32 && codeAt(text, start - 2) === 44 && codeAt(text, digitRunEnd(text, start)) === 40) {
    APA_VOLUME.lastIndex = start;
    if (APA_VOLUME.test(text)) return APA_VOLUME.lastIndex;
  }
  if (codeAt(text, start) === 49 && codeAt(text, start + 1) === 48 && codeAt(text, start + 2) === 46) {
    DOI.lastIndex = start;
    if (DOI.test(text)) return DOI.lastIndex;
  }
  if (isHorizontalSpaceCode(previous) && followsReactionMark(text, start)) return tokenEnd(text, start);
  if (previous === 91) {
    FOOTNOTE.lastIndex = start;
    if (FOOTNOTE.test(text)) return FOOTNOTE.lastIndex;
  }
  if (mayStartLawCitation(text, start)) {
    LAW_CITATION.lastIndex = start;
    if (LAW_CITATION.test(text)) return LAW_CITATION.lastIndex;
  }
  if (atLineStart(text, start)) {
    SECTION_NUMBER.lastIndex = start;
    if (SECTION_NUMBER.test(text)) return tokenEnd(text, start);
  }
  return undefined;
}

const BLOCK_OF_AFTER = /^[ \u00a0]block[ \u00a0]of[ \u00a0]/;

/** Turns the number read at `amount` into a figure (or into nothing); returns where to resume. */
export function finishAmount(context: ScanContext, amount: Amount, options: FinishOptions = {}): number {
  const { text } = context;
  const negative = options.negativeStart !== undefined;
  const signedValue = negative ? -amount.value : amount.value;
  const start = options.negativeStart ?? amount.start;

  // "the 2100 block of J Street": a US address block, no figure.
  if (!negative && amount.plainDigits && amount.value % 100 === 0 && BLOCK_OF_AFTER.test(text.slice(amount.end, amount.end + 10))) return amount.end;
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
  if (amount.share) {
    // "three-tenths of a percent", "two-thirds of a percentage point": a share of one percent.
    OF_A_PERCENT.lastIndex = amount.end;
    const ofPercent = OF_A_PERCENT.exec(context.text);
    if (ofPercent) return emitShare(context, amount.start, OF_A_PERCENT.lastIndex, amount.value / 100, ofPercent[1] ? 'percentage points' : '%');
    return emitShare(context, amount.start, amount.end, amount.value);
  }
  if (!negative) {
    const share = readOneInN(context, amount);
    if (share !== undefined) return share;
  }
  // "one banker said", "One senior official told": a speaker, not a count.
  if (amount.spelled && amount.value === 1 && (ONE_SPEAKER.test(text.slice(amount.end, amount.end + 48)) || asOnePutsIt(context, amount))) return amount.end;
  // "Channel Four", "Formula One", "Ocean's Eleven": a capitalised number word in a name.
  if (amount.spelled && isUpperCode(text.charCodeAt(amount.start)) && followsName(context, amount.start)) return amount.end;
  const clock = negative ? undefined : clockEnd(text, amount);
  if (clock) return emit(context, 'time', amount.start, clock.end, { value: clock.value });
  if (!negative && !amount.spelled) {
    const stamp = liveBlogTimestamp(text, amount);
    if (stamp !== undefined) return emit(context, 'time', amount.start, amount.end, { value: stamp });
    // "a magnitude 8.1 earthquake": the scale before the number is its unit.
    const scale = previousWord(text, amount.start, context.floor);
    if (scale && scale.end === amount.start - 1 && lowerSlice(text, scale) === 'magnitude') {
      return emit(context, 'quantity', scale.start, amount.end, { value: amount.value, unit: 'magnitude' });
    }
  }
  if (!amount.spelled && !negative) {
    const decade = readDecadeOfLife(context, amount);
    if (decade !== undefined) return decade;
  }

  const hedged = readHedges(context, amount, options.negativeStart);
  if (hedged === 'score') return afterTiebreak(text, skip(context, amount.start));
  const classification = classifyAmount(text, hedged);
  // Digits glued to letters that are no unit: "5G", "3D", "4x4".
  if (!amount.spelled && classification.end === hedged.position && hedged.position === amount.end && isLetterCode(codeAt(text, amount.end))) {
    return skip(context, amount.start);
  }
  // "a 3-pointer", "from 3-point range", "a corner 3": basketball's three-point shot, not a count.
  if (codeAt(text, amount.end) === 45 && amount.value === 3 && SHOT_AFTER_THREE.test(text.slice(amount.end, amount.end + 24))) return skip(context, amount.start);
  let qualifier = hedged.qualifier;
  let spanStart = hedged.start;
  let end = classification.end;
  // A trailing "or more", "or older" qualifies the amount but stays out of the span unless a unit
  // follows it ("30 or more countries"): "aged 50 or older" → "50", "30 countries or more" → "30 countries".
  if (hedged.orHedge && end === hedged.position) end = hedged.numberEnd;
  if (!hedged.orHedge && end > hedged.position) qualifier ??= orTrailingQualifier(text, end)?.qualifier;
  let type = classification.type;
  let unit = classification.unit;
  // "2m ago", the Guardian's live-blog stamp: minutes, not metres.
  if (unit === 'm' && type === 'quantity') unit = minutesBeforeAgo(text, end) ?? unit;
  if (unit !== undefined && (FURNITURE_UNITS.has(unit) || NOT_COUNTS.has(unit) || isFurnitureFigure(text, spanStart, end, unit))) return end;
  // "11.5 times earnings", "20 times sales": a valuation multiple, whatever noun "times" takes.
  if (unit !== undefined && type === 'number' && MULTIPLIER_AFTER.test(text.slice(hedged.position, hedged.position + 8))) return end;
  if (type === 'quantity' && unit && DURATION_UNITS.has(unit)) {
    if (overMeansDuring(context, hedged, end)) {
      // "£180m over five years": "over" says when, not how much.
      spanStart = start;
      if (qualifier === 'more than') qualifier = undefined;
    }
    AGO.lastIndex = end;
    const ago = !qualifier && !negative ? AGO.exec(text) : null;
    if (ago) return emit(context, 'date', spanStart, end + ago[0].length, { value: agoValue(context, hedged.value, unit) });
  }
  if (type === 'number' && unit === undefined && !negative && !amount.spelled && spanStart === amount.start && isPageCounter(text, amount.start, end)) return end;
  if (type === 'number' && unit === undefined && !negative) {
    const unhedged = hedged.start === amount.start && hedged.max === undefined;
    const bare = unhedged && amount.plainDigits;
    if (followsAgeCue(text, spanStart, context.floor) || (unhedged && (isBareAge(context, amount) || isStatedAge(context, amount))) ||
        (!unhedged && hedged.max === undefined && isAgeLimit(text, spanStart, amount, context.floor))) {
      type = 'quantity';
      unit = 'year';
    } else {
      const day = bare ? readListedDay(context, amount.start, amount.end, amount.value) : undefined;
      if (day !== undefined) return day;
      if (bare && continuesShares(context, amount.start)) return emit(context, 'percent', amount.start, end, { value: amount.value, unit: '%' });
      const resume = dropBareNumber(context, amount, hedged);
      if (resume !== undefined) return resume;
    }
  }
  if (type === 'quantity' || type === 'percent') shareUnitWithList(context, spanStart, type, unit);
  const factor = classification.factor ?? 1;
  return emit(context, type, spanStart, end, {
    value: scaleValue(hedged.value, factor),
    max: hedged.max === undefined ? undefined : scaleValue(hedged.max, factor),
    unit,
    qualifier,
  });
}

/** What may join the members of a list: "two or three weeks", "5, 6 or 7 miles", "4 and 5 per cent". */
const LIST_JOIN = /^(?:,[ \u00a0]*|[ \u00a0]+(?:or|and)[ \u00a0]+|,[ \u00a0]+(?:or|and)[ \u00a0]+)$/;
/** The last join of a list names its members with "or"/"and" ("Of 300, 40 per cent" is no list). */
const LAST_LIST_JOIN = /^,?[ \u00a0]+(?:or|and)[ \u00a0]+$/;

/**
 * "two or three weeks", "5 or 6 per cent": the bare numbers listed before a measure or a percent
 * are of its kind and unit ([two] is a quantity in weeks like [three weeks]).
 */
function shareUnitWithList(context: ScanContext, start: number, type: 'quantity' | 'percent', unit: string | undefined): void {
  const { mentions, text } = context;
  let next = start;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const listed = mentions[index];
    const join = text.slice(listed.end, next);
    if (listed.type !== 'number' || listed.unit !== undefined || listed.max !== undefined || !(next === start ? LAST_LIST_JOIN : LIST_JOIN).test(join)) return;
    mentions[index] = unit === undefined ? { ...listed, type } : { ...listed, type, unit };
    next = listed.start;
  }
}

/** How far back, within its sentence, the share a list continues may lie. */
const SHARE_LIST_REACH = 80;

/**
 * "Reform UK on 31%, Labour on 18, the Conservatives on 17": a poll's list drops the percent sign
 * after its first share. A bare number after a name and "on" continues the list when the figure
 * before it in the sentence is a percent after "on".
 */
function continuesShares(context: ScanContext, start: number): boolean {
  const { text } = context;
  const before = previousWord(text, start, context.floor);
  if (!before || before.end !== start - 1 || lowerSlice(text, before) !== 'on') return false;
  // The share's holder is named: "Labour on 18", "the Lib Dems on 14" (not "the meeting on 18").
  const holder = previousWord(text, before.start, context.floor);
  if (!holder || !isUpperCode(text.charCodeAt(holder.start))) return false;
  const last = context.mentions[context.mentions.length - 1];
  if (!last || last.type !== 'percent' || last.unit !== '%' || start - last.end > SHARE_LIST_REACH) return false;
  const lastBefore = previousWord(text, last.start, 0);
  if (!lastBefore || lowerSlice(text, lastBefore) !== 'on') return false;
  const between = text.slice(last.end, start);
  return !between.includes('.') && !between.includes('\n');
}

function minutesBeforeAgo(text: string, end: number): 'min' | undefined {
  AGO.lastIndex = end;
  return AGO.test(text) ? 'min' : undefined;
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
  // "at minus $500 million", "-$0.40 a share", "−£2bn": a loss or a deficit, below zero.
  const negative = lead?.kind === 'minus' || isSignBefore(text, start, context.floor);
  if (negative) {
    value = -value;
    spanStart = lead?.kind === 'minus' ? lead.start : start - 1;
  }
  let end = amount.end;
  const range = negative ? undefined : readRange(context, amount, end, lead, start, true);
  if (range && range !== 'score') {
    value = range.value;
    max = range.max;
    end = range.end;
    qualifier = 'range';
    if (lead?.kind === 'between' || lead?.kind === 'from') spanStart = lead.start;
  }
  const attached = attachedTrailingQualifier(text, end);
  if (attached) end = attached.end;
  qualifier ??= attached?.qualifier ?? orTrailingQualifier(text, end)?.qualifier;
  // A currency code repeated after the amount ("$5m USD") belongs to the span.
  const repeated = readCurrencySuffix(text, readNextWord(text, end), amount);
  if (repeated && repeated.unit === currency && repeated.factor === undefined) end = repeated.end;
  return emit(context, 'money', spanStart, end, { value, max, unit: currency, qualifier });
}

/** A minus sign glued before a currency ("-$0.40"), after a space, a bracket or the line start. */
function isSignBefore(text: string, start: number, floor: number): boolean {
  const sign = codeAt(text, start - 1);
  if ((sign !== 45 && sign !== 0x2212) || start - 1 < floor) return false;
  const before = codeAt(text, start - 2);
  return start - 1 === 0 || isSpaceCode(before) || before === 40 || before === 58;
}

/** Designators by case-insensitive hash, each with its exact spellings ("Share" but not "share"). */
const DESIGNATOR_TABLE = (() => {
  const spellings = new Map<string, string[]>();
  for (const designator of DESIGNATORS) spellings.set(designator.toLowerCase(), [...(spellings.get(designator.toLowerCase()) ?? []), designator]);
  return new WordTable([...spellings].map(([word, forms]) => ({ word, spellings: forms })));
})();

/** "6-7(5)": a tie-break's points in brackets right after a set score belong to it. */
function afterTiebreak(text: string, end: number): number {
  if (codeAt(text, end) !== 40 /* ( */ || !isDigitCode(codeAt(text, end + 1))) return end;
  const close = digitRunEnd(text, end + 1);
  return codeAt(text, close) === 41 /* ) */ && close - end <= 3 ? close + 1 : end;
}

/** Whether a unit of measure or time follows the digits ending at `end` ("stage 57 minutes"). */
function unitFollows(text: string, end: number): boolean {
  if (!isHorizontalSpaceCode(codeAt(text, end))) return false;
  const unit = readUnit(text, end, readNextWord(text, end));
  return unit !== undefined;
}

/** "1 of 5" under a photo: page furniture, not figures. */
function pageCounterEnd(text: string, start: number): number | undefined {
  const end = digitRunEnd(text, start);
  if (end - start > 3 || !isHorizontalSpaceCode(codeAt(text, end)) || codeAt(text, end + 1) !== 111 /* o */) return undefined;
  PAGE_COUNTER.lastIndex = end;
  const counter = PAGE_COUNTER.exec(text);
  return counter ? end + counter[0].length : undefined;
}

/** At a digit: dates, times, identifiers, phone numbers, then numbers of every kind. */
/** "per" (not "super", "cent per") right before the space before `start`. */
function followsPer(text: string, start: number): boolean {
  return codeAt(text, start - 2) === 114 && codeAt(text, start - 3) === 101 && codeAt(text, start - 4) === 112 && !isLetterCode(codeAt(text, start - 5));
}

export function handleDigit(context: ScanContext, start: number): number {
  const { text } = context;
  const previous = codeAt(text, start - 1);
  // "an M6.8 quake": a magnitude written after M.
  if (previous === 77 && !isLetterCode(codeAt(text, start - 2)) && !isDigitCode(codeAt(text, start - 2))) {
    MAGNITUDE_AFTER_M.lastIndex = start;
    if (MAGNITUDE_AFTER_M.test(text) && start - 1 >= context.floor) {
      return emit(context, 'quantity', start - 1, MAGNITUDE_AFTER_M.lastIndex, { value: Number(text.slice(start, MAGNITUDE_AFTER_M.lastIndex)), unit: 'magnitude' });
    }
  }
  if (isLetterCode(previous) || isDigitCode(previous) || previous === 95 || previous === 47 || previous === 92 || previous === 61 ||
      previous === 38 || previous === 64 || previous === 35 || previous === 58 || previous === 36) {
    return skip(context, start);
  }
  if (previous === 43 && isDigitCode(codeAt(text, start - 2))) return skip(context, start);
  if (previous === 40 && isListMarker(text, start)) return tokenEnd(text, start);
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
  // "[1]" footnote markers, "603 U.S. 369" and "42 U.S.C. § 300g" citations, "6.1 Logistics" section numbers.
  const reference = referenceEnd(text, start, previous);
  if (reference !== undefined) return Math.max(reference, start + 1);
  const phone = phoneEnd(text, previous === 43 || previous === 40 ? start - 1 : start);
  if (phone !== undefined) return phone;
  const counter = pageCounterEnd(text, start);
  if (counter !== undefined) return counter;
  // "10 per 100,000 people", "2.8 tackles per 90 minutes": a rate's denominator, not an amount of its own.
  if (isHorizontalSpaceCode(previous) && followsPer(text, start)) return skip(context, start);
  if (isHorizontalSpaceCode(previous) || (previous === 40 && isHorizontalSpaceCode(codeAt(text, start - 2)))) {
    // "Article 5", "No. 10", "Comments (12)"
    const word = previousWord(text, previous === 40 ? start - 1 : start, context.floor, true, true);
    const designator = word && DESIGNATOR_TABLE.at(text, word.start, word.end);
    // ("the upper stage 57 minutes after launch": a unit after the number makes it a measure.)
    if (designator && designator.spellings.some((spelling) => text.startsWith(spelling, word.start)) && !unitFollows(text, digitRunEnd(text, start))) {
      // "Articles 5 and 6", "junctions 4 to 5": the numbers listed after a designator are names too.
      let end = skip(context, start);
      DESIGNATED_LIST.lastIndex = end;
      while (DESIGNATED_LIST.test(text)) end = DESIGNATED_LIST.lastIndex;
      return end;
    }
  }
  // "won 3&2": a match-play result, not two numbers.
  const runEnd = digitRunEnd(text, start);
  if (codeAt(text, runEnd) === 38 /* & */ && isDigitCode(codeAt(text, runEnd + 1))) return digitRunEnd(text, runEnd + 1);
  const dated = readDigitDateOrTime(context, start);
  if (dated !== undefined) return dated;
  const amount = readDigitAmount(text, start, false);
  if (!amount) return skip(context, start);
  // "the 50+1 rule", "P5+1 talks": digits joined by a plus name a rule or a group, they count nothing.
  if (codeAt(text, amount.end) === 43 && isDigitCode(codeAt(text, amount.end + 1))) return skip(context, amount.end + 1);
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
