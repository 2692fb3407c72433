// Figures that start with a word: spelled numbers, ordinals, month names, weekdays, "yesterday",
// "last week", "noon", currency codes.

import { readSpelledAmount, triggerAt, vagueAmountEnd } from './amounts';
import { daysFromCivil, formatDate, formatDays, formatMonth, isValidDate, parseIsoDate, resolveWeekday, shiftMonth, shiftYear, shiftedMonthOfYear, upcomingWeekday, weekdayOf, type WeekdayShift } from './calendar';
import { emit, emitDate, followsSince, type ScanContext } from './context';
import { bareMonthValue, matchAfterMonth, matchDayMonth, matchTime, timeZoneEnd, valueByTense, yearNamedAfter, type DateMatch } from './dates';
import { TRIGGERS, WordTable, type Trigger } from './lexicon';
import { finishAmount, finishMoney } from './numbers';
import { readSpelledDecadeOfLife } from './ages';
import { handleHoliday } from './holidays';
import { readArticleFraction, readFractionWord } from './shares';
import { tenseAround } from './tense';
import { codeAt, isDigitCode, isHorizontalSpaceCode, isUpperCode, lowerSlice, nextWord, previousWord, skipHorizontalSpaces, tokenEnd } from './text';
import { FUNCTION_WORDS, MONTH_CONTEXT } from './vocabulary';

/** Months whose bare name is also a common word or first name: dates only after "in", "since"... */
const AMBIGUOUS_MONTHS: ReadonlySet<number> = new Set([3, 4, 5, 6, 8]);
/** "its April review", "the August meeting": a determiner, the month, then a lower-case noun. */
const DETERMINERS_BEFORE_MONTH: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'the']);

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function lowerNounAfter(text: string, end: number): boolean {
  const next = nextWord(text, end);
  return next !== undefined && next.end - next.start >= 3 && text.charCodeAt(next.start) >= 97 && text.charCodeAt(next.start) <= 122;
}
const NOT_AFTER_A_SECOND: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'longer', 'or', 'and', 'to', 'for', 'before', 'after', 'of', 'in', 'too', 'on']);

interface WordAt {
  readonly trigger: Trigger;
  readonly start: number;
  readonly end: number;
}

/** Handles the trigger word at [start, end); returns where to resume, or -1 when it starts no figure. */
export function handleWord(context: ScanContext, word: WordAt): number {
  switch (word.trigger.kind) {
    case 'cardinal':
    case 'scale': {
      if (namesSomething(context, word)) return -1;
      if (word.trigger.value === 12 && word.trigger.kind === 'scale' && isPriceUnit(context, word.start)) return word.end;
      if (word.trigger.kind === 'cardinal' && followsSpelledDesignator(context, word.start)) return word.end;
      if (word.trigger.value === 0 && isZeroIdiom(context, word)) return word.end;
      const spokenTime = word.trigger.kind === 'cardinal' ? readSpokenTime(context, word) : undefined;
      if (spokenTime !== undefined) return spokenTime;
      const amount = readSpelledAmount(context.text, word, context.floor);
      return amount ? finishAmount(context, amount) : -1;
    }
    case 'vague':
    case 'several': {
      // "several hundred", "thousands of", "tens of millions": no definite amount, not a figure.
      return vagueAmountEnd(context.text, word) ?? -1;
    }
    case 'ordinal':
      return handleOrdinal(context, word);
    case 'fraction':
      return handleFraction(context, word);
    case 'month':
      return handleMonth(context, word);
    case 'weekday':
      return handleWeekday(context, word);
    case 'relativeDay':
      return handleRelativeDay(context, word);
    case 'shift':
      return handleShift(context, word);
    case 'clock':
      return emit(context, 'time', word.start, timeZoneEnd(context.text, word.end), { value: word.trigger.value === 0 ? '00:00' : '12:00' });
    case 'currencyCode':
      return handleCurrencyCode(context, word);
    case 'season':
      return handleSeason(context, word);
    case 'decadeOfLife':
      return readSpelledDecadeOfLife(context, word.start, word.end, word.trigger.value);
    case 'holiday':
      return handleHoliday(context, word.start, word.end);
    case 'periodCode':
      return handlePeriodCode(context, word);
    case 'url':
      return tokenEnd(context.text, word.end);
    case 'rank':
      return handleRank(context, word);
  }
}

const SPOKEN_MINUTES: ReadonlyMap<string, number> = new Map([
  ['oh five', 5], ['oh-five', 5], ['ten', 10], ['fifteen', 15], ['twenty', 20], ['twenty-five', 25], ['thirty', 30],
  ['thirty-five', 35], ['forty', 40], ['forty-five', 45], ['fifty', 50], ['fifty-five', 55],
]);
const SPOKEN_MINUTE = /^[ \u00a0]((?:oh|twenty|thirty|forty|fifty)[ -]five|oh five|ten|fifteen|twenty|thirty|forty|fifty)(?![\p{L}-])/u;
const SPOKEN_MERIDIEM = /^[ \u00a0]?([ap])\.?m(?:\.(?![\p{L}]))?(?![\p{L}])/iu;
/** A zone after a spoken hour, before punctuation or a word of time ("nine Eastern.", not "nine Pacific islanders"). */
const SPOKEN_ZONE = /^[ \u00a0](?:Eastern|Pacific|Central|Mountain|GMT|UTC)(?: [Tt]ime)?(?=[.,;:!?)\n—–-]|$| (?:on|tonight|today|tomorrow|this|and|or|when|as)(?![\p{L}]))/u;
const SPOKEN_TIME_LEADS: ReadonlySet<string> = new Set(['at', 'around', 'until', 'till', 'by', 'since', 'before', 'after']);

/**
 * Clock times spoken in transcripts: "ten a.m. Eastern", "nine forty p.m.", "tonight at nine
 * Eastern", "at seven thirty". An hour word needs minutes, a.m./p.m. or a zone; minutes alone need
 * "at" or a like word before ("seven thirty" may be two counts).
 */
function readSpokenTime(context: ScanContext, word: WordAt): number | undefined {
  const hour = word.trigger.value;
  if (!Number.isInteger(hour) || hour < 1 || hour > 12) return undefined;
  const { text } = context;
  const following = text.slice(word.end, word.end + 24);
  const minute = SPOKEN_MINUTE.exec(following);
  let end = word.end + (minute ? minute[0].length : 0);
  const meridiem = SPOKEN_MERIDIEM.exec(text.slice(end, end + 8));
  if (meridiem) end += meridiem[0].length;
  const zone = SPOKEN_ZONE.exec(text.slice(end, end + 24));
  const led = minute !== null && SPOKEN_TIME_LEADS.has(previousLower(context, word.start) ?? '');
  if (!meridiem && !zone && !led) return undefined;
  const pm = meridiem !== null && meridiem[1].toLowerCase() === 'p';
  const hours = meridiem === null ? hour : pm ? (hour % 12) + 12 : hour % 12;
  const minutes = minute ? SPOKEN_MINUTES.get(minute[1].replace(/ (?=five$)/, '-').replace('oh-five', 'oh five')) ?? 0 : 0;
  const value = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return emit(context, 'time', word.start, zone ? end + zone[0].length : end, { value });
}

/** "world No 2", "the No. 5 seed", "ranked No.214": a ranking, not Downing Street's "No 10". */
const RANK_NUMBER = /^\.? ?(\d{1,3})(?![\d.,:])/;
const RANK_BEFORE: ReadonlySet<string> = new Set(['world', 'ranked', 'seeded', 'former', 'top', 'new', 'men’s', "men's", 'women’s', "women's"]);
const RANK_AFTER = /^ (?:seed|seeds|seeded|ranked|ranking|player|pick|spot|position|in the world)\b/;

function handleRank(context: ScanContext, word: WordAt): number {
  const { text } = context;
  if (text.charCodeAt(word.start) !== 78 /* N */ || text.charCodeAt(word.start + 1) !== 111 /* o */) return -1;
  const number = RANK_NUMBER.exec(text.slice(word.end, word.end + 6));
  if (!number) return -1;
  const end = word.end + number[0].length;
  const before = previousLower(context, word.start);
  if (!(before !== undefined && RANK_BEFORE.has(before)) && !RANK_AFTER.test(text.slice(end, end + 14))) return -1;
  return emit(context, 'ordinal', word.start, end, { value: Number(number[1]) });
}

function previousLower(context: ScanContext, start: number): string | undefined {
  const word = previousWord(context.text, start, context.floor);
  return word ? lowerSlice(context.text, word) : undefined;
}

/** A capitalised word (not a month or weekday) right after `end`, past one space: the rest of a name. */
function startsName(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (!next || next.start - end > 1 || !isUpperCode(text.charCodeAt(next.start))) return false;
  const trigger = TRIGGERS.lookup(lowerSlice(text, next));
  return !trigger || (trigger.kind !== 'month' && trigger.kind !== 'weekday');
}

/** Mid-sentence: a letter or a comma before `start` (past spaces), not a stop, a timestamp or a line start. */
function afterWordOrComma(text: string, start: number): boolean {
  let cursor = start - 1;
  while (cursor >= 0 && isHorizontalSpaceCode(text.charCodeAt(cursor))) cursor--;
  if (cursor < 0) return false;
  const code = text.charCodeAt(cursor);
  return code === 44 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The line has no lower-case word of four letters or more: a headline in title case ("First Increase in Three Years"). */
function inHeadlineCase(text: string, position: number): boolean {
  const lineStart = text.lastIndexOf('\n', position) + 1;
  const lineEnd = text.indexOf('\n', position);
  return !/(?:^|[^\p{L}])\p{Ll}{4,}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

function handleOrdinal(context: ScanContext, word: WordAt): number {
  const { text } = context;
  const value = word.trigger.value;
  const before = previousLower(context, word.start);
  if (value === 2) {
    // "a second", "per second", "a split second": the time unit, unless a noun follows ("a second term").
    if (before === 'per' || before === 'split') return -1;
    // "will second engineers", "to second the motion": the verb.
    if (isVerbSecond(context, word)) return -1;
    if (before === 'a') {
      const next = nextWord(text, word.end);
      if (!next || NOT_AFTER_A_SECOND.has(lowerSlice(text, next))) return -1;
    }
  }
  if (value === 1 && isAdverbFirst(context, word, before)) return -1;
  // "First Minister Eluned Morgan", "First Nations", "first-time buyers": a title or a compound, not a rank.
  if (value === 1 && (FIRST_COMPOUND.test(text.slice(word.end, word.end + 10)) || (isUpperCode(text.charCodeAt(word.start)) && FIRST_TITLE.test(text.slice(word.end, word.end + 12))))) return -1;
  // "Scotland's first minister, John Swinney", "deputy first minister", "the first ministers' meeting": the
  // title in lower case ("the first minister to resign" is a rank).
  if (value === 1 && FIRST_MINISTER.test(text.slice(word.end, word.end + 32))) return -1;
  // "First Minister John Swinney", "Second Vice President": a capitalised ordinal starting a title or a name.
  if (isUpperCode(text.charCodeAt(word.start)) && afterWordOrComma(text, word.start) && startsName(text, word.end) && !inHeadlineCase(text, word.start)) return -1;
  // "a third party", "third-party suppliers": a party other than the two, not a rank.
  if (value === 3 && THIRD_PARTY.test(context.text.slice(word.end, word.end + 9))) return -1;
  if ((before === 'a' || before === 'an') && value >= 3 && value <= 10) {
    // "a third of", "a fifth of": fractions.
    const article = previousWord(text, word.start, context.floor);
    const share = article && readArticleFraction(context, article.start, word, value);
    if (share !== undefined) return share;
  }
  return emit(context, 'ordinal', word.start, word.end, { value });
}

const THIRD_PARTY = /^[ -]part(?:y|ies)(?![\p{L}])/u;

/** Words after which "second" is the verb ("will second staff", "would \"second engineers\""). */
const BEFORE_VERB: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'to']);
/** Words after "to second" that make it the verb: an object, not a noun "second" qualifies ("to second place"). */
const VERB_OBJECTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'them', 'him', 'some', 'more']);

function isVerbSecond(context: ScanContext, word: WordAt): boolean {
  const { text } = context;
  let start = word.start;
  const quote = codeAt(text, start - 1);
  if (quote === 34 || quote === 0x201c || quote === 39 || quote === 0x2018) start--;
  const before = previousWord(text, start, context.floor);
  if (!before) return false;
  const lower = lowerSlice(text, before);
  if (!BEFORE_VERB.has(lower)) return false;
  if (lower !== 'to') return true;
  const next = nextWord(text, word.end);
  return next !== undefined && VERB_OBJECTS.has(lowerSlice(text, next));
}

/** A digit, past spaces, right before `start`. */
function followsDigits(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && isHorizontalSpaceCode(text.charCodeAt(index))) index--;
  return index >= 0 && isDigitCode(text.charCodeAt(index));
}

/** Words before a clause-final "first" that make it a rank ("finished first", "came first"). */
const RANK_VERBS: ReadonlySet<string> = new Set([
  'finished', 'finish', 'finishes', 'came', 'come', 'comes', 'ranked', 'ranks', 'rank', 'placed', 'place', 'was', 'is', 'were', 'are',
  'be', 'been', 'went', 'go', 'goes', 'going', 'ended', 'end', 'ends', 'lies', 'lay', 'sits', 'sat', 'stands', 'stood', 'the',
]);

/**
 * "at first", "prove it first.", "and first,": the adverb. A "first" that closes a clause is a rank
 * only after verbs like "finished" or "came", or when it opens the sentence ("First, ...").
 */
function isAdverbFirst(context: ScanContext, word: WordAt, before: string | undefined): boolean {
  if (before === 'at' || before === 'without') return true;
  // "in the first place": an idiom, not a rank.
  if (before === 'the' && FIRST_PLACE_IDIOM.test(context.text.slice(Math.max(0, word.start - 7), word.end + 7))) return true;
  // "first of all", "first and foremost": a discourse marker.
  if (!(before !== undefined && DETERMINERS_BEFORE_FIRST.has(before)) && FIRST_OF_ALL.test(context.text.slice(word.end, word.end + 13))) return true;
  // "First, every programme should..." opens a list: a rank. ("the 740,000 first published in
  // November": after a number, "first" is no sentence opener and goes on to the verb test.)
  if (before === undefined && !followsDigits(context.text, word.start)) return false;
  const next = codeAt(context.text, word.end);
  const closes = next === 46 || next === 44 || next === 59 || next === 58 || next === 33 || next === 63 || next === 0x2014;
  if (closes) return before === undefined || !RANK_VERBS.has(before);
  // "it first disclosed", "was first reported", "the intruders first got in": before a verb in the
  // past, not after a determiner ("the first elected mayor").
  if ((before !== undefined && DETERMINERS_BEFORE_FIRST.has(before)) || next !== 32) return false;
  const verb = nextWord(context.text, word.end);
  if (!verb) return false;
  const lower = lowerSlice(context.text, verb);
  return (lower.length >= 5 && lower.endsWith('ed') && !lower.endsWith('eed')) || PAST_VERBS_AFTER_FIRST.has(lower);
}

const FIRST_OF_ALL = /^ (?:of all|and foremost)\b/;
const FIRST_PLACE_IDIOM = /\bin the first place(?![\p{L}-])/iu;
const FIRST_TITLE = /^ (?:Minister|Lady|Secretary|Deputy|Nations|Sea Lord)\b/;
const FIRST_COMPOUND = /^-(?:time|hand|class|rate)\b/;
const FIRST_MINISTER = /^ ministers?(?:['’]s?)?(?![\p{L}])(?! (?:to|ever|since|who|that|in history)\b)/u;

const DETERMINERS_BEFORE_FIRST: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'whose', 'britain\'s', 'world\'s', 's',
]);
const PAST_VERBS_AFTER_FIRST: ReadonlySet<string> = new Set([
  'got', 'came', 'went', 'saw', 'met', 'took', 'began', 'ran', 'told', 'found', 'became', 'made', 'said', 'heard', 'learned',
  'learnt', 'knew', 'thought', 'wrote', 'told', 'spoke', 'broke', 'rose', 'fell', 'set', 'put', 'hit', 'won',
]);

function handleFraction(context: ScanContext, word: WordAt): number {
  const reading = readFractionWord(context, word, word.trigger.value);
  if (!reading) return -1;
  return 'resume' in reading ? reading.resume : finishAmount(context, reading.amount);
}

function handleMonth(context: ScanContext, word: WordAt): number {
  const { text, reference } = context;
  if (!isUpperCode(text.charCodeAt(word.start))) return -1;
  const month = word.trigger.value;
  let afterName = word.end;
  if (word.trigger.abbreviation && codeAt(text, afterName) === 46) afterName++;
  const pastOnly = followsSince(context, word.start);
  const dated = matchAfterMonth(text, afterName, month, reference, pastOnly);
  if (dated) {
    const value = pastOnly ? dated.value : valueByTense(dated, reference, () => tenseAround(text, word.start, dated.end, true), text);
    const end = emitDate(context, word.start, dated, value);
    // "November 20, 202610:15 AM GMT": the time run into the year is read too.
    const glued = isDigitCode(codeAt(text, dated.end)) ? matchTime(text, dated.end) : undefined;
    return glued ? emit(context, 'time', dated.end, timeZoneEnd(text, glued.end), { value: glued.value }) : end;
  }
  if (word.trigger.abbreviation) return abbreviatedMonth(context, word, afterName, month, pastOnly);

  let start = word.start;
  const before = codeAt(text, word.start - 1);
  let inContext = false;
  if (before === 45 || before === 0x2010) {
    const prefix = previousWord(text, word.start - 1, context.floor, false);
    if (prefix && ['mid', 'early', 'late'].includes(lowerSlice(text, prefix))) {
      inContext = true;
      start = prefix.start;
    }
  } else {
    const previous = previousWord(text, word.start, context.floor);
    const lower = previous ? lowerSlice(text, previous) : undefined;
    if (lower === 'and' || lower === 'or') inContext = previous !== undefined && followsDate(context, previous.start);
    else {
      // "the OBR's March forecast": a possessive determines the month like "its".
      const determiner = lower !== undefined && (DETERMINERS_BEFORE_MONTH.has(lower) || (lower === 's' && previous !== undefined && isApostropheCode(codeAt(text, previous.start - 1))));
      // ("the May elections", "the May local elections": May before an event it holds, not the verb or the name.)
      const noun = month !== 5 ? lowerNounAfter(text, word.end) : MAY_EVENT_AFTER.test(text.slice(word.end, word.end + 24));
      inContext = lower !== undefined && (MONTH_CONTEXT.has(lower) || (determiner && noun) || (lower === 'as' && EARLIEST_BEFORE.test(text.slice(Math.max(0, word.start - 14), word.start))));
    }
  }
  if (AMBIGUOUS_MONTHS.has(month) && (!inContext || isCapitalisedWordAfter(text, word.end))) return -1;
  if (recurs(context, start)) return emit(context, 'date', start, word.end);
  // "set to release October jobs figures on Thursday": the month a statistic covers is the latest one, whatever the release's tense.
  const tense = reference === undefined || pastOnly || STATISTIC_AFTER.test(text.slice(word.end, word.end + 24)) ? undefined : tenseAround(text, start, word.end);
  const named = yearNamedAfter(text, word.end, reference);
  return emit(context, 'date', start, word.end, { value: named === undefined ? bareMonthValue(month, reference, pastOnly, tense) : formatMonth(named, month) });
}

const MAY_EVENT_AFTER = /^[ \u00a0]+(?:(?:local|general|mayoral|council|parliamentary|Holyrood|Senedd)[ \u00a0]+)?(?:elections?|polls?|vote|budget|deadline|meeting|summit|reshuffle|figures|data|inflation|jobs|report)\b/;

/** Prepositions that make an abbreviated month with its dot a date ("in Jan.", "since Sept."). */
const ABBREVIATED_MONTH_CONTEXT: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'through', 'during', 'from', 'to', 'before', 'after', 'early', 'late', 'mid']);

/** "Sales fell 5% in Jan. The Fed held rates.": a wire's abbreviated month, with its dot, after a preposition. */
function abbreviatedMonth(context: ScanContext, word: WordAt, afterName: number, month: number, pastOnly: boolean): number {
  const { text, reference } = context;
  // Only with its dot, and nothing glued after it ("Jan" alone may be a name).
  if (afterName === word.end || (afterName < text.length && !/[\s,;)]/.test(text[afterName]))) return -1;
  const lower = previousLower(context, word.start);
  if (lower === undefined || !ABBREVIATED_MONTH_CONTEXT.has(lower)) return -1;
  const tense = reference === undefined || pastOnly ? undefined : tenseAround(text, word.start, afterName);
  return emit(context, 'date', word.start, afterName, { value: bareMonthValue(month, reference, pastOnly, tense) });
}

/** "expected as early as March", "as soon as June": the earliest month ahead, a date like "by March". */
const EARLIEST_BEFORE = /\bas (?:early|soon) as $/i;

/** "zero-hours contracts", "zero-carbon homes", "a zero-sum game": compounds that name a kind, not a count. */
const ZERO_COMPOUND = /^[-\u2010](?:hours?|carbon|emissions?|sum|waste|rated|day|tolerance|based|coupon|interest)(?![\p{L}])/u;

/** "scrap net zero levies", "the net zero target": the policy of net zero emissions, no count of what follows. */
function isZeroIdiom(context: ScanContext, word: WordAt): boolean {
  if (ZERO_COMPOUND.test(context.text.slice(word.end, word.end + 12))) return true;
  return previousLower(context, word.start) === 'net';
}

/** Words that number what follows them in words too: "season five", "Chapter three", "phase two". */
const SPELLED_DESIGNATORS: ReadonlySet<string> = new Set(['season', 'series', 'episode', 'chapter', 'phase', 'stage']);

/** "Slow Horses season five review": a spelled number naming a season or chapter, like "Article 5". */
function followsSpelledDesignator(context: ScanContext, start: number): boolean {
  const before = previousWord(context.text, start, context.floor);
  return before !== undefined && before.end - before.start >= 5 && SPELLED_DESIGNATORS.has(lowerSlice(context.text, before));
}

/**
 * "$8.17 a dozen": "a dozen" right after a price is the unit it is sold by, a rate, not a count
 * (like "£28 a month").
 */
function isPriceUnit(context: ScanContext, dozenStart: number): boolean {
  const article = previousWord(context.text, dozenStart, context.floor);
  if (!article || lowerSlice(context.text, article) !== 'a') return false;
  const last = context.mentions[context.mentions.length - 1];
  return last !== undefined && last.type === 'money' && article.start >= last.end && article.start - last.end <= 1;
}

/** "every July", "each Monday": a day or month that recurs names no single date, so it gets no value. */
function recurs(context: ScanContext, start: number): boolean {
  const before = previousWord(context.text, start, context.floor);
  if (!before || before.end - before.start < 3) return false;
  const lower = lowerSlice(context.text, before);
  // "the most for any October since 2003": any such month, no one of them.
  return lower === 'every' || lower === 'each' || lower === 'any';
}

/** Statistics named by the month they cover ("October jobs figures", "the March inflation report"). */
const STATISTIC_AFTER = /^[ \u00a0]+(?:jobs?|payrolls?|inflation|CPI|PMI|GDP|retail|trade|employment|unemployment|sales|figures|data|numbers|statistics)\b/;

/** "in May and June": the conjunction at `position` comes right after a date mention. */
function followsDate(context: ScanContext, position: number): boolean {
  const last = context.mentions[context.mentions.length - 1];
  if (!last || last.type !== 'date') return false;
  const between = context.text.slice(last.end, position);
  return between.length <= 3 && /^[\s,]*$/.test(between);
}

/**
 * "a Thousand Oaks company", "and Five Guys": in prose (after a lower-case word), a capitalised
 * number word before a capitalised word is part of a name, not a count.
 */
function namesSomething(context: ScanContext, word: WordAt): boolean {
  const { text } = context;
  if (!isUpperCode(text.charCodeAt(word.start)) || !isCapitalisedWordAfter(text, word.end)) return false;
  const before = previousWord(text, word.start, context.floor);
  return before !== undefined && !isUpperCode(text.charCodeAt(before.start));
}

/** "June Carter", "May Day": a capitalised word after an ambiguous month makes it a name. */
function isCapitalisedWordAfter(text: string, position: number): boolean {
  const next = nextWord(text, position);
  return next !== undefined && isUpperCode(text.charCodeAt(next.start));
}

/**
 * The explicit date after a weekday ("Wednesday, January 7, 2026"), if any. Without its year
 * ("Friday 1 January" on a page of 20 November 2026), the year next to the article's in which the
 * day falls on that weekday (2027), before the year the article's date alone suggests.
 */
function dateAfterWeekday(context: ScanContext, weekdayEnd: number, weekday: number): { end: number; value?: string } | undefined {
  const { text, reference } = context;
  let cursor = weekdayEnd;
  if (codeAt(text, cursor) === 44) cursor++;
  const start = skipHorizontalSpaces(text, cursor);
  if (start === cursor) return undefined;
  let match: DateMatch | undefined;
  if (isDigitCode(codeAt(text, start))) match = matchDayMonth(text, start, reference);
  else {
    const month = triggerAt(text, start);
    if (!month || month.trigger.kind !== 'month' || !isUpperCode(text.charCodeAt(start))) return undefined;
    let afterName = month.end;
    if (month.trigger.abbreviation && codeAt(text, afterName) === 46) afterName++;
    match = matchAfterMonth(text, afterName, month.trigger.value, reference);
  }
  return match?.yearInferred ? { ...match, value: yearOfWeekday(match.value, weekday) } : match;
}

/** The date (ISO, year inferred) moved a year on or back when only that year puts it on `weekday`. */
function yearOfWeekday(value: string | undefined, weekday: number): string | undefined {
  const date = parseIsoDate(value);
  if (date === undefined || weekdayOf(daysFromCivil(date.year, date.month, date.day)) === weekday) return value;
  for (const year of [date.year + 1, date.year - 1]) {
    if (isValidDate(year, date.month, date.day) && weekdayOf(daysFromCivil(year, date.month, date.day)) === weekday) return formatDate({ year, month: date.month, day: date.day });
  }
  return value;
}

function handleWeekday(context: ScanContext, word: WordAt): number {
  const { text, reference } = context;
  if (!isUpperCode(text.charCodeAt(word.start))) return -1;
  let nameEnd = word.end;
  if (word.trigger.abbreviation && codeAt(text, nameEnd) === 46) nameEnd++;
  const explicit = dateAfterWeekday(context, nameEnd, word.trigger.value);
  if (explicit) return emit(context, 'date', word.start, explicit.end, { value: explicit.value });
  if (word.trigger.abbreviation) return -1;
  // "since Wednesday last week", "on Friday next week": the weekday of the week named after it, one date.
  WEEK_AFTER_WEEKDAY.lastIndex = word.end;
  const week = WEEK_AFTER_WEEKDAY.exec(text);
  if (week) {
    const monday = reference === undefined ? undefined : reference - weekdayOf(reference);
    const shift = week[1].toLowerCase() === 'last' ? -7 : week[1].toLowerCase() === 'next' ? 7 : 0;
    return emit(context, 'date', word.start, WEEK_AFTER_WEEKDAY.lastIndex, { value: monday === undefined ? undefined : formatDays(monday + shift + word.trigger.value) });
  }
  // "Thursday afternoon" → "Thursday": the part of the day is a time of day, not part of the date.
  let value: string | undefined;
  if (reference !== undefined && !recurs(context, word.start)) {
    const weekday = word.trigger.value;
    // "Sunday: rain spreading east", "Nuggets: Host the Lakers on Sunday": a day heading a line of a
    // forecast or a fixture list is one of the coming days.
    const ahead = headsLineBeforeColon(text, word.start, word.end) || tenseAround(text, word.start, word.end) === 'future';
    value = formatDays(ahead ? upcomingWeekday(reference, weekday) : resolveWeekday(reference, weekday, 'plain'));
  }
  return emit(context, 'date', word.start, word.end, { value });
}

const WEEK_AFTER_WEEKDAY = /[ \u00a0]+(last|next|this)[ \u00a0]+week(?![\p{L}])/iuy;
const PROGRAMME_AFTER = /^[ \u00a0](?:programme|program|show|podcast|newsletter)(?![\p{L}])/u;

/** A weekday that opens its line and is followed by a colon ("Sunday: Rain, heavy at times."). */
function headsLineBeforeColon(text: string, start: number, end: number): boolean {
  return codeAt(text, end) === 58 && (start === 0 || text.charCodeAt(start - 1) === 10 || (text.charCodeAt(start - 1) === 32 && /(?:^|\n)[ \t*•-]*$/.test(text.slice(Math.max(0, start - 6), start))));
}

function handleRelativeDay(context: ScanContext, word: WordAt): number {
  const { text, reference } = context;
  const before = previousWord(text, word.start, context.floor);
  // "USA Today", "the Today programme"
  if (before && isUpperCode(text.charCodeAt(word.start)) && isUpperCode(text.charCodeAt(before.start)) && before.end - before.start > 1) {
    const lower = lowerSlice(text, before);
    if (!FUNCTION_WORDS.has(lower) && !MONTH_CONTEXT.has(lower)) return -1;
  }
  // "the BBC's Today programme", "the Tonight show": a programme named by the word.
  if (isUpperCode(text.charCodeAt(word.start)) && PROGRAMME_AFTER.test(text.slice(word.end, word.end + 12))) return -1;
  const offset = word.trigger.value;
  return emit(context, 'date', word.start, word.end, { value: reference === undefined ? undefined : formatDays(reference + offset) });
}

/** Words before a season (or before "the" and a season) that make it a date: "by the summer", "in spring". */
const SEASON_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'by', 'during', 'until', 'till', 'since', 'before', 'after', 'through', 'throughout', 'over', 'early', 'late', 'from', 'for', 'of',
]);
const SEASON_YEAR = /[ \u00a0]+(?:of[ \u00a0]+)?(\d{4})(?![\d\p{L}])/uy;

/**
 * "by the summer", "in spring 2025", "over the winter": a season is a date after a preposition,
 * but not as a modifier ("summer recess", "winter storms") nor in a name ("Arab Spring").
 */
function handleSeason(context: ScanContext, word: WordAt): number {
  const { text } = context;
  let before = previousWord(text, word.start, context.floor);
  if (before && lowerSlice(text, before) === 'the') before = previousWord(text, before.start, context.floor);
  if (!before || !SEASON_CONTEXT.has(lowerSlice(text, before))) return -1;
  SEASON_YEAR.lastIndex = word.end;
  const year = SEASON_YEAR.exec(text);
  if (year) return emit(context, 'date', word.start, word.end + year[0].length);
  const next = nextWord(text, word.end);
  if (next && codeAt(text, next.start) >= 97 && !FUNCTION_WORDS.has(lowerSlice(text, next)) && !SEASON_VERBS.has(lowerSlice(text, next))) return -1;
  return emit(context, 'date', word.start, word.end);
}

/** Verbs after a season that keep it the season ("before winter sets in"), unlike nouns ("winter coats"). */
const SEASON_VERBS: ReadonlySet<string> = new Set(['sets', 'arrives', 'begins', 'comes', 'ends', 'starts', 'approaches', 'bites', 'hits']);

/** "Q2", "Q3 2025", "Q4 FY26", "FY2025", "FY 26": reporting periods, dates without a calendar value. */
const PERIOD_CODE = /(?:Q[1-4](?:[ \u00a0]+(?:FY[ \u00a0]?)?(?:\d{4}|(?<=FY[ \u00a0]?)\d{2}))?|FY[ \u00a0]?(?:\d{4}|\d{2}))(?![\p{L}\d])/uy;

function handlePeriodCode(context: ScanContext, word: WordAt): number {
  PERIOD_CODE.lastIndex = word.start;
  if (!PERIOD_CODE.test(context.text)) return -1;
  const end = PERIOD_CODE.lastIndex;
  // "Q1. [907341] Dr Rosena Allin-Khan": a numbered question opening its line (Hansard, Q&As), no quarter.
  if (codeAt(context.text, end) === 46 && isHorizontalSpaceCode(codeAt(context.text, end + 1)) && opensLine(context.text, word.start)) return end;
  return emit(context, 'date', word.start, end);
}

function opensLine(text: string, start: number): boolean {
  let cursor = start - 1;
  while (cursor >= 0 && isHorizontalSpaceCode(text.charCodeAt(cursor))) cursor--;
  return cursor < 0 || text.charCodeAt(cursor) === 10;
}

const SHIFT_NAMES: Record<number, WeekdayShift> = { [-1]: 'last', 0: 'this', 1: 'next' };
/** Periods that name no single day or month: "last season", "this summer", "next quarter" (no value). */
const YEAR_KINDS = ['financial', 'fiscal', 'academic', 'school', 'tax', 'marketing', 'crop', 'water'];
const UNDATED_PERIODS = ['season', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter', 'term', ...YEAR_KINDS];
/** Nouns that "last"/"next"/"this" turn into a date; probed by hash, as "this" is very common. */
/** "this financial year", "last academic year": kinds of year that start on their own day, dates without a value, like a season. */
const YEAR_KIND_END = /^[ \u00a0]+year(?![\p{L}])/u;
const SHIFT_NOUNS = new WordTable(
  ['week', 'weekend', 'month', 'year', 'night', 'evening', 'morning', 'afternoon', ...UNDATED_PERIODS].map((word) => ({ word })),
);

/** The date a shift word and a period noun name ("last month" → its month; "last week" none), or null when none. */
function shiftedPeriod(reference: number | undefined, shift: -1 | 0 | 1, noun: string): string | undefined | null {
  const known = reference !== undefined;
  switch (noun) {
    case 'week':
    case 'weekend':
      // A week or a weekend names no single day (docs/labelled-format.md): no value.
      return undefined;
    case 'month':
      return known ? shiftMonth(reference, shift) : undefined;
    case 'year':
      return known ? shiftYear(reference, shift) : undefined;
    case 'night':
    case 'evening':
      if (shift === 1) return null;
      return known ? formatDays(reference + (shift === -1 ? -1 : 0)) : undefined;
    case 'morning':
    case 'afternoon':
      if (shift !== 0) return null;
      return known ? formatDays(reference) : undefined;
    default: // seasons, quarters
      return undefined;
  }
}

/** "last week", "next month", "this year", "last Tuesday", "last night", "next March", "this morning". */
function handleShift(context: ScanContext, word: WordAt): number {
  const { text, reference } = context;
  const shift = word.trigger.value as -1 | 0 | 1;
  if (!isHorizontalSpaceCode(codeAt(text, word.end))) return -1;
  const next = nextWord(text, word.end);
  if (!next) return -1;
  const named = isUpperCode(text.charCodeAt(next.start)) ? triggerAt(text, next.start) : undefined;
  const calendarName = named && !named.trigger.abbreviation && (named.trigger.kind === 'weekday' || named.trigger.kind === 'month') ? named : undefined;
  const noun = calendarName ? undefined : SHIFT_NOUNS.at(text, next.start, next.end)?.word;
  if (!calendarName && !noun) return -1;
  // "the last week" / "the next year" are spans of time, not calendar references.
  if (previousLower(context, word.start) === 'the') return -1;
  if (calendarName?.trigger.kind === 'weekday') {
    const value = reference === undefined ? undefined : formatDays(resolveWeekday(reference, calendarName.trigger.value, SHIFT_NAMES[shift]));
    return emit(context, 'date', word.start, calendarName.end, { value });
  }
  if (calendarName) {
    const month = calendarName.trigger.value;
    const value = reference === undefined ? undefined : shift === 0 ? bareMonthValue(month, reference) : shiftedMonthOfYear(reference, month, shift);
    return emit(context, 'date', word.start, calendarName.end, { value });
  }
  const value = shiftedPeriod(reference, shift, noun as string);
  if (value === null) return -1;
  if (YEAR_KINDS.includes(noun as string)) {
    // "this financial year": only with its "year" ("this fiscal quarter" is no such period).
    const year = YEAR_KIND_END.exec(text.slice(next.end, next.end + 8));
    return year ? emit(context, 'date', word.start, next.end + year[0].length) : -1;
  }
  return emit(context, 'date', word.start, next.end, { value });
}

/** An amount with its scale word: "58 billion", "4.6bn". */
const SCALED_AMOUNT = /^\d+(?:[.,]\d+)? ?(?:million|billion|trillion|bn|trn|tn|tr|m)\b/;
const RAND_AMOUNT = /^(?:\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+(?![\d\p{L}])|\d+\.\d{2}(?!\d)|\d+(?:[.,]\d+)? ?(?:million|billion|trillion|bn|trn|tn|tr|m)\b)/u;
const NAIRA_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d{2}(?!\d)|\d+(?:\.\d+)? ?(?:million|billion|trillion|bn|trn|tn|m|b)\b)/;

/**
 * Currency prefixes of Asian papers, as spelled: the ringgit's "RM12 billion" and the rupiah's
 * "Rp 10,000"; the won's "W150tr" and the Philippine peso's "P5 billion", lone letters, only glued
 * to a scaled amount.
 */
const LOCAL_PREFIXES: ReadonlyMap<string, { readonly code: string; readonly scaledOnly: boolean }> = new Map([
  ['RM', { code: 'MYR', scaledOnly: false }], ['Rp', { code: 'IDR', scaledOnly: false }],
  ['W', { code: 'KRW', scaledOnly: true }], ['P', { code: 'PHP', scaledOnly: true }],
]);

function readLocalPrefix(context: ScanContext, word: WordAt, prefix: { readonly code: string; readonly scaledOnly: boolean }): number {
  const { text } = context;
  const numberStart = skipHorizontalSpaces(text, word.end);
  if (numberStart - word.end > 1 || !isDigitCode(codeAt(text, numberStart))) return -1;
  if (prefix.scaledOnly && (numberStart > word.end || !SCALED_AMOUNT.test(text.slice(numberStart, numberStart + 24)))) return -1;
  // Spaced, a sum needs a scale, cents or thousands ("RM 5bn", "Rp 10,000"; not "RM 45 Commando").
  if (numberStart > word.end && !NAIRA_AMOUNT.test(text.slice(numberStart, numberStart + 24))) return -1;
  return finishMoney(context, word.start, numberStart, prefix.code);
}

function handleCurrencyCode(context: ScanContext, word: WordAt): number {
  const { text } = context;
  const code = word.trigger.code ?? '';
  const spelled = text.slice(word.start, word.end);
  const local = LOCAL_PREFIXES.get(spelled);
  if (local?.code === code) return readLocalPrefix(context, word, local);
  // "Rs 500", "Tk 5,000", "KSh181 billion", "Sh38.50", "Bs 14.20": rupees, taka, shillings and
  // bolivianos are written in title case.
  const isRupees = (code === 'INR' && spelled === 'Rs') || (code === 'BDT' && spelled === 'Tk') || (code === 'BOB' && spelled === 'Bs')
    || (code === 'KES' && (spelled === 'KSh' || spelled === 'Ksh' || spelled === 'Sh'));
  // "N2.1 trillion", "N412.50", "N5,000": Nigerian papers' naira, told from "N95" and "N1" by its
  // scale, pence or thousands.
  if (code === 'NGN' && spelled === 'N') return NAIRA_AMOUNT.test(text.slice(word.end, word.end + 24)) ? finishMoney(context, word.start, word.end, code) : -1;
  // "R58 billion", "R4.6bn", "R2 500", "R2,500", "R89.99": the South African rand, a lone letter, only
  // before a scale, grouped thousands or cents ("R2", "R250" name roads and models too).
  if (code === 'ZAR' && spelled === 'R') return RAND_AMOUNT.test(text.slice(word.end, word.end + 24)) ? finishMoney(context, word.start, word.end, code) : -1;
  // "Dh6.1 billion", "Dh500": the UAE dirham as Gulf papers write it.
  if (code === 'AED' && spelled === 'Dh') {
    const start = skipHorizontalSpaces(text, word.end);
    return start - word.end <= 1 && isDigitCode(codeAt(text, start)) ? finishMoney(context, word.start, start, code) : -1;
  }
  // "EUR12.3 billion", "USD5m", "GBP1,200": an ISO code glued to an amount, as wires write it
  // (not to a bare number, which names models and codes: "EUR1", "A320").
  if (spelled.length === 3 && spelled === spelled.toUpperCase() && isDigitCode(codeAt(text, word.end))) {
    return NAIRA_AMOUNT.test(text.slice(word.end, word.end + 24)) ? finishMoney(context, word.start, word.end, code) : -1;
  }
  if (!isRupees && (spelled !== spelled.toUpperCase() || (code === 'BDT' && spelled !== 'BDT'))) return -1;
  let cursor = word.end;
  if (isRupees && codeAt(text, cursor) === 46) cursor++;
  const numberStart = skipHorizontalSpaces(text, cursor);
  if (numberStart - cursor > 1 || !isDigitCode(codeAt(text, numberStart))) return -1;
  if (numberStart === cursor && !isRupees) return -1;
  return finishMoney(context, word.start, numberStart, code);
}
