// What follows a number decides its type: "%" or "per cent" (percent), a currency name (money), a
// unit (quantity), a counted noun ("26 nations": number with unit) or nothing (plain number).

import type { FigureType } from '../../model';
import type { Amount } from './amounts';
import {
  ADJECTIVE_LIKE, CONCENTRATION_UNITS, CURRENCY_ADJECTIVES, CURRENCY_WORDS, NOMINAL_ADJECTIVES, PER_VOLUME, DOLLAR_ADJECTIVES, FUNCTION_WORDS, IRREGULAR_PLURALS, NOT_PLURAL_NOUNS, RATE_UNITS, UNIT_ABBREVIATIONS,
  UNIT_PREFIXES, UNIT_WORDS, type UnitEntry,
} from './vocabulary';
import { CURRENCY_CODES } from './lexicon';
import { codeAt, isDigitCode, isHorizontalSpaceCode, isLetterCode, isUpperCode, letterRunEnd, skipHorizontalSpaces } from './text';

export interface Classification {
  readonly type: Extract<FigureType, 'number' | 'money' | 'percent' | 'quantity'>;
  readonly end: number;
  readonly unit?: string;
  /** Multiplier for the value (cents → 0.01, bcm → 1e9). */
  readonly factor?: number;
}

const PERCENT =
  /[ \u00a0]?(%)|[ \u00a0-]?(per[ \u00a0-]?cent|percent|pct|pc)(?![\p{L}])|[ \u00a0-](percentage[ \u00a0-]points?)(?![\p{L}])|[ \u00a0-]?(basis[ \u00a0-]points?|bps?)(?![\p{L}])/iuy;

/** Characters that can start a percent sign or word ("%", "p", "b", or a space/hyphen before them). */
function mayStartPercent(code: number): boolean {
  return code === 37 || (code | 0x20) === 112 || (code | 0x20) === 98;
}

export function readPercent(text: string, position: number): Classification | undefined {
  const first = codeAt(text, position);
  if (!mayStartPercent(first) && !((isHorizontalSpaceCode(first) || first === 45) && mayStartPercent(codeAt(text, position + 1)))) return undefined;
  PERCENT.lastIndex = position;
  const match = PERCENT.exec(text);
  if (!match) return undefined;
  const end = position + match[0].length;
  if (match[3]) return { type: 'percent', end, unit: 'percentage points' };
  if (match[4]) return { type: 'percent', end, unit: 'basis points' };
  return { type: 'percent', end, unit: '%' };
}

const ISO_CODES: ReadonlySet<string> = new Set(CURRENCY_CODES);

/** The word right after a number, read once and shared by the currency, unit and noun readers. */
export interface NextWord {
  readonly start: number;
  readonly end: number;
  readonly token: string;
  readonly lower: string;
  /** How it joins the number: "5km" (none), "5 km" (space), "a 5-km" (hyphen). */
  readonly separator: 'none' | 'space' | 'hyphen';
}

export function readNextWord(text: string, position: number): NextWord | undefined {
  const first = codeAt(text, position);
  let start: number;
  let separator: NextWord['separator'];
  if (isLetterCode(first)) {
    start = position;
    separator = 'none';
  } else if (isHorizontalSpaceCode(first)) {
    start = skipHorizontalSpaces(text, position);
    if (start - position > 2) return undefined;
    separator = 'space';
  } else if ((first === 45 || first === 0x2010) && isLetterCode(codeAt(text, position + 1))) {
    start = position + 1;
    separator = 'hyphen';
  } else {
    return undefined;
  }
  const end = letterRunEnd(text, start);
  if (end === start) return undefined;
  const token = text.slice(start, end);
  return { start, end, token, lower: token.toLowerCase(), separator };
}

const US_AFTER_CENTS = /^ (?:US|U\.S\.)(?![\p{L}])/u;

/** A currency written after the amount: "50 million euros", "5bn US dollars", "85p". */
export function readCurrencySuffix(text: string, next: NextWord | undefined, amount: Amount): Classification | undefined {
  if (!next) return undefined;
  if (next.separator === 'none') {
    if (next.token === 'p' && !amount.spelled && amount.scale === 1) return { type: 'money', end: next.end, unit: 'GBP', factor: 0.01 };
    return undefined;
  }
  if (next.separator === 'hyphen') return hyphenatedCurrency(next);
  const { start, token: word } = next;
  let end = next.end;
  if (ISO_CODES.has(word)) return { type: 'money', end, unit: word };
  // "2.5 billion TL": Turkish papers write the lira's old symbol after the amount.
  if (word === 'TL') return { type: 'money', end, unit: 'TRY' };

  let lower = next.lower;
  let code: string | undefined;
  const adjective = DOLLAR_ADJECTIVES.get(lower) ?? (word === 'U' && text.startsWith('U.S.', start) ? 'USD' : undefined);
  if (adjective) {
    const afterAdjective = word === 'U' ? start + 4 : end;
    const nounStart = skipHorizontalSpaces(text, afterAdjective);
    const nounEnd = letterRunEnd(text, nounStart);
    const noun = text.slice(nounStart, nounEnd).toLowerCase();
    // "64.9 US cents": the adjective also names the cent's currency.
    if (nounStart === afterAdjective || !(noun.startsWith('dollar') || noun.startsWith('franc') || noun === 'cents' || noun === 'cent')) return undefined;
    code = adjective;
    end = nounEnd;
    lower = noun;
  } else if (isUpperCode(codeAt(text, start)) && CURRENCY_ADJECTIVES.has(lower)) {
    // "186 billion Ugandan shillings", "Egyptian pounds": a country's adjective, then the currency.
    const nounStart = skipHorizontalSpaces(text, end);
    const nounEnd = letterRunEnd(text, nounStart);
    const noun = text.slice(nounStart, nounEnd).toLowerCase();
    if (nounStart === end || !CURRENCY_WORDS.has(noun)) return undefined;
    code = CURRENCY_ADJECTIVES.get(lower);
    end = nounEnd;
    lower = noun;
  }
  const currency = CURRENCY_WORDS.get(lower);
  if (!currency) return undefined;
  let sterling = false;
  if (lower.startsWith('pound')) {
    const next = skipHorizontalSpaces(text, end);
    if (next > end && text.startsWith('sterling', next) && !isLetterCode(codeAt(text, next + 8))) {
      end = next + 8;
      sterling = true;
    }
  }
  // "73.4 cents US": Canadian and Australian copy names the cent's currency after it.
  if (code === undefined && currency.factor !== undefined && lower.startsWith('cent')) {
    const us = US_AFTER_CENTS.exec(text.slice(end, end + 6));
    if (us) end += us[0].length;
  }
  // "41,350 won" is a share price; "3 won" is a score (pounds may also weigh).
  const wonPrice = currency.code === 'KRW' && amount.value >= 1000;
  // "142.50 crowns": a price in hundredths; "50 Danish crowns": a country's adjective names the currency outright.
  const price = currency.priceSettles === true && isHundredths(text, start);
  const named = code !== undefined && CURRENCY_ADJECTIVES.has(text.slice(next.start, next.end).toLowerCase());
  if (currency.needsScale && !sterling && !wonPrice && !price && !named && amount.scale === 1 && amount.value < 1e6) return undefined;
  return { type: 'money', end, unit: code ?? currency.code, factor: currency.factor };
}

/** The amount just before the space at `wordStart` ends in a decimal point and two digits ("142.50 crowns"). */
function isHundredths(text: string, wordStart: number): boolean {
  let end = wordStart;
  while (end > 0 && isHorizontalSpaceCode(text.charCodeAt(end - 1))) end--;
  return isDigitCode(codeAt(text, end - 1)) && isDigitCode(codeAt(text, end - 2)) && codeAt(text, end - 3) === 46;
}

/** "every 1-yen move", "a 50-cent coin": a currency word joined to the amount (not "a 20-pound turkey"). */
function hyphenatedCurrency(next: NextWord): Classification | undefined {
  const currency = CURRENCY_WORDS.get(next.lower);
  if (!currency || currency.needsScale) return undefined;
  return { type: 'money', end: next.end, unit: currency.code, factor: currency.factor };
}

interface UnitMatch {
  readonly unit: string;
  readonly end: number;
  readonly factor?: number;
}

/** Kinds of day a duration is counted in. */
const DAY_KINDS: ReadonlySet<string> = new Set(['working', 'business', 'calendar', 'trading', 'school', 'sitting', 'consecutive']);
const DAY_AFTER_KIND = /^[ \u00a0]days?(?![\p{L}])/u;

/** After "47.6 C": the end of a sentence, a clause or a bracket, not a word or a designation ("C-17", "F1"). */
function isTemperatureScaleEnd(text: string, end: number): boolean {
  const after = codeAt(text, end);
  if (isLetterCode(after) || isDigitCode(after) || after === 45 /* - */ || after === 39 || after === 0x2019) return false;
  // "40 C." ends a sentence; "Vitamin C.D." or "C.E.O." continues an abbreviation.
  return !(after === 46 && isLetterCode(codeAt(text, end + 1)));
}

const SPACED_SHORT_UNITS: ReadonlyMap<string, string> = new Map([['m', 'm'], ['nm', 'nm'], ['kt', 'kn']]);
/** Words after "1,900 m" that keep it a length: "past the threshold", "high", "from the shore". */
const AFTER_LENGTH = /^[ \u00a0](?:past|from|of|high|long|deep|wide|away|above|below|tall|behind|ahead|up|down|out|off|west|east|north|south|inland|offshore)(?![\p{L}])/u;

/** After "3,199 m": a stop, a bracket, a line end, or a word that keeps it a length. */
function isSpacedUnitEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = codeAt(text, end);
  if (after === 10 || after === 13) return true;
  if (after === 46 || after === 44 || after === 59 || after === 58 || after === 41) return !isLetterCode(codeAt(text, end + 1));
  return AFTER_LENGTH.test(text.slice(end, end + 10));
}

function lookupUnit(token: string, attached: boolean, lower = token.toLowerCase()): UnitEntry | undefined {
  const abbreviation = UNIT_ABBREVIATIONS.get(token);
  if (abbreviation && (attached || !abbreviation.attachedOnly)) return abbreviation;
  if (abbreviation) return undefined;
  return UNIT_WORDS.get(lower);
}

const ACRE_FEET = /^[-\u2010](?:feet|foot)(?![\p{L}])/u;
const RATE = /(?:[ \u00a0]+(?:per|an|a)[ \u00a0]+|\/)(hour|hr|h|second|sec|s|day|d|litre|liter|l)(?![\p{L}])/iuy;
const DEGREE_SCALE = /[ \u00a0]*(?:(celsius|centigrade)|(fahrenheit)|(C)|(F))(?![\p{L}])/iuy;
const AGE = /-olds?(?![\p{L}])|[ \u00a0]+old(?![\p{L}])/uy;

function rateKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('l')) return 'litre';
  if (lower.startsWith('h')) return 'hour';
  if (lower.startsWith('s')) return 'second';
  return 'day';
}

/** A unit after the number: "72 km", "72km", "a 10-mile", "-5C", "30°C", "10,000 square kilometres". */
const PARTS_PER = /^ per (million|billion|trillion)(?![\p{L}])/u;

export function readUnit(text: string, position: number, next: NextWord | undefined): UnitMatch | undefined {
  const first = codeAt(text, position);
  if (first === 0xb0 /* ° */ || (isHorizontalSpaceCode(first) && codeAt(text, position + 1) === 0xb0)) {
    const cursor = position + (first === 0xb0 ? 1 : 2);
    const scaleAt = skipHorizontalSpaces(text, cursor);
    const scale = codeAt(text, scaleAt);
    if ((scale === 67 || scale === 70) && !isLetterCode(codeAt(text, scaleAt + 1))) return { unit: scale === 67 ? '°C' : '°F', end: scaleAt + 1 };
    return { unit: '°', end: cursor };
  }
  if (!next) return undefined;
  const attached = next.separator === 'none';
  const token = next.token;
  let wordEnd = next.end;
  let unit: string;
  let factor: number | undefined;

  // "40 parts per million": a concentration spelled out.
  if (next.lower === 'parts') {
    const per = PARTS_PER.exec(text.slice(wordEnd, wordEnd + 16));
    if (per) return { unit: per[1] === 'million' ? 'ppm' : per[1] === 'billion' ? 'ppb' : 'ppt', end: wordEnd + per[0].length };
  }
  const prefix = UNIT_PREFIXES.get(next.lower);
  if (prefix) {
    let next = wordEnd;
    if (codeAt(text, next) === 46) next++;
    next = skipHorizontalSpaces(text, next);
    if (next === wordEnd) return undefined;
    const baseEnd = letterRunEnd(text, next);
    // "100 sq m": after a prefix, short forms that otherwise need the digits ("500m") count.
    const base = lookupUnit(text.slice(next, baseEnd), true);
    const combined = base ? prefix.get(base.unit) : undefined;
    if (!combined) return undefined;
    unit = combined;
    wordEnd = baseEnd;
  } else {
    // "5.6 on the Richter scale": a magnitude with its scale named after it.
    if (next.lower === 'on' && text.startsWith(' the Richter scale', wordEnd)) return { unit: 'magnitude', end: wordEnd + 18 };
    // "47.6 C (117.7 F)": a temperature's scale after a space, with nothing joined to the letter.
    if ((token === 'C' || token === 'F') && next.separator === 'space' && isTemperatureScaleEnd(text, wordEnd)) {
      return { unit: token === 'C' ? '°C' : '°F', end: wordEnd };
    }
    // "3,199 m", "1.2 m", "12 nm out", "157 kt": metres, nautical miles (or nanometres) and knots
    // after a space, where no word continues them ("5 m euros" is millions).
    if (next.separator === 'space' && SPACED_SHORT_UNITS.has(token) && isSpacedUnitEnd(text, wordEnd)) {
      return { unit: SPACED_SHORT_UNITS.get(token) ?? token, end: wordEnd };
    }
    // "105 m.p.h.", "40 k.p.h.": the New York Times dots its speeds.
    if (next.separator === 'space' && (token === 'm' || token === 'k') && text.startsWith('.p.h.', wordEnd)) {
      return { unit: token === 'm' ? 'mph' : 'km/h', end: wordEnd + 5 };
    }
    // "40 working days", "15 business days": a duration counted in a kind of day.
    if (DAY_KINDS.has(next.lower) && next.separator === 'space') {
      const day = DAY_AFTER_KIND.exec(text.slice(wordEnd, wordEnd + 8));
      if (day) return { unit: 'day', end: wordEnd + day[0].length };
    }
    // "0.09 g/t gold": grams per tonne, an ore's grade.
    if (token === 'g' && codeAt(text, wordEnd) === 47 && codeAt(text, wordEnd + 1) === 116 && !isLetterCode(codeAt(text, wordEnd + 2))) {
      return { unit: 'g/t', end: wordEnd + 2 };
    }
    const entry = lookupUnit(token, attached, next.lower);
    if (!entry) return undefined;
    unit = entry.unit;
    factor = entry.factor;
    // km² / km2 / m³
    const power = codeAt(text, wordEnd);
    if ((power === 0xb2 || power === 50) && !isDigitCode(codeAt(text, wordEnd + 1)) && (unit === 'km' || unit === 'm' || unit === 'mi')) {
      unit = `${unit}²`;
      wordEnd++;
    } else if ((power === 0xb3 || power === 51) && !isDigitCode(codeAt(text, wordEnd + 1)) && unit === 'm') {
      unit = 'm³';
      wordEnd++;
    }
  }

  // "1.5 million acre-feet", "an acre-foot": a volume of water, one unit.
  if (unit === 'acre' && ACRE_FEET.test(text.slice(wordEnd, wordEnd + 6))) return { unit: 'acre-ft', end: wordEnd + 5 };
  if (CONCENTRATION_UNITS.has(unit) && codeAt(text, wordEnd) === 47 /* / */) {
    PER_VOLUME.lastIndex = wordEnd;
    const perVolume = PER_VOLUME.exec(text);
    if (perVolume) return { unit: `${unit}/${perVolume[1].length === 2 ? 'dL' : 'L'}`, end: wordEnd + perVolume[0].length };
  }
  const rates = unit === 'km' || unit === 'mi' || unit === 'm' || unit === 'bbl' || unit === 'mg' || unit === 'µg' || unit === 'ng';
  if (rates) {
    RATE.lastIndex = wordEnd;
    const rate = RATE.exec(text);
    const rated = rate ? RATE_UNITS.get(rateKey(rate[1]))?.get(unit) : undefined;
    if (rate && rated) return { unit: rated, end: wordEnd + rate[0].length, factor };
  }
  if (unit === '°') {
    DEGREE_SCALE.lastIndex = wordEnd;
    const scale = DEGREE_SCALE.exec(text);
    if (scale) return { unit: scale[1] || scale[3] ? '°C' : '°F', end: wordEnd + scale[0].length };
  }
  if (unit === 'year') {
    AGE.lastIndex = wordEnd;
    const age = AGE.exec(text);
    if (age) return { unit, end: wordEnd + age[0].length };
  }
  if (attached && isLetterCode(codeAt(text, wordEnd))) return undefined;
  return { unit, end: wordEnd, factor };
}

function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (lower.length < 3 || NOT_PLURAL_NOUNS.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly capitalised: boolean;
}

function wordAt(text: string, start: number): Word | undefined {
  const end = letterRunEnd(text, start);
  if (end === start) return undefined;
  return { start, end, lower: text.slice(start, end).toLowerCase(), capitalised: isUpperCode(text.charCodeAt(start)) };
}

/**
 * The noun a number counts: "26 nations", "26 European nations", "one person", "a 26-nation
 * coalition", "a 5,000-strong force". Pronouns, verbs and function words are never nouns.
 */
export function readCountedNoun(text: string, next: NextWord | undefined, amount: Pick<Amount, 'value'>): { unit: string; end: number } | undefined {
  if (!next || next.separator === 'none') return undefined;
  const hyphenated = next.separator === 'hyphen';
  const first: Word = { start: next.start, end: next.end, lower: next.lower, capitalised: isUpperCode(text.charCodeAt(next.start)) };

  if (hyphenated) {
    if (first.lower === 'strong') return nounAfter(text, first.end, false);
    // "a one-way ratchet", "a one-stop centre", "a one-off": an adjective, no count (units, "one-day", are read before).
    if (first.capitalised || FUNCTION_WORDS.has(first.lower) || (amount.value === 1 && isLetterCode(codeAt(text, next.start - 2)))) return undefined;
    return { unit: first.lower, end: first.end };
  }
  const plural = first.capitalised ? undefined : hyphenatedPlural(text, first);
  if (plural) return nounAfter(text, plural.end) ?? plural;
  if (FUNCTION_WORDS.has(first.lower) && !ADJECTIVE_LIKE.has(first.lower)) return undefined;
  if (NOMINAL_ADJECTIVES.has(first.lower)) return { unit: first.lower, end: first.end };
  if (!first.capitalised && isPluralNoun(first.lower)) {
    // "14 crew members", "four gas stations": a plural noun right after is the head of the compound.
    return nounAfter(text, first.end) ?? { unit: first.lower, end: first.end };
  }
  if (first.capitalised && first.lower.endsWith('s') && isPluralNoun(first.lower) && !isCapitalisedNounAfter(text, first.end)) {
    // "5 million Texas kids": a name before a plural noun is no counted noun itself (the merge with
    // the entities ends the count before the name, see mergeMentions).
    const noun = nounAfter(text, first.end);
    if (noun) return noun;
    return { unit: first.lower, end: first.end };
  }
  if (
    amount.value === 1 && !first.capitalised && !NOT_PLURAL_NOUNS.has(first.lower) && !ADJECTIVE_LIKE.has(first.lower) &&
    !looksLikeVerb(first.lower) && !NOT_COUNTED_BY_ONE.has(first.lower)
  ) {
    // "one deep-water strait", "one long-range missile": a hyphenated modifier, then the noun it counts.
    const compound = compoundEnd(text, first.end);
    return compound > first.end ? singularAfterCompound(text, compound) ?? { unit: text.slice(first.start, compound).toLowerCase(), end: compound } : { unit: first.lower, end: first.end };
  }
  if (amount.value === 1 && first.capitalised && isMemberNoun(first.lower) && !isCapitalisedNounAfter(text, first.end)) {
    // "all but one Republican", "one Israeli was killed": a party's member or a country's national, counted
    // (a noun after it is what it counts: "one Israeli soldier").
    return nounAfter(text, first.end) ?? singularAfterCompound(text, first.end) ?? { unit: first.lower, end: first.end };
  }
  if (NOT_PLURAL_NOUNS.has(first.lower)) return undefined;
  // Modifiers, then the noun: "26 European nations", "30 more troops", "2,500 National Guard troops",
  // "three blood-pressure drugs", "three very different health systems".
  const noun = nounAfter(text, compoundEnd(text, first.end));
  if (noun) return noun;
  let cursor = compoundEnd(text, first.end);
  for (let modifiers = 1; modifiers < MAX_MODIFIERS; modifiers++) {
    const modifier = wordAt(text, skipHorizontalSpaces(text, cursor));
    if (!modifier || modifier.start - cursor !== 1 || FUNCTION_WORDS.has(modifier.lower) || NOT_PLURAL_NOUNS.has(modifier.lower)) return undefined;
    cursor = compoundEnd(text, modifier.end);
    const head = nounAfter(text, cursor);
    if (head) return UNIT_WORDS.has(head.unit) ? undefined : head;
  }
  return undefined;
}

/** The lower-case singular noun right after a hyphenated modifier ending at `position`, if any. */
function singularAfterCompound(text: string, position: number): { unit: string; end: number } | undefined {
  const noun = wordAt(text, skipHorizontalSpaces(text, position));
  if (!noun || noun.start - position !== 1 || isUpperCode(text.charCodeAt(noun.start)) || FUNCTION_WORDS.has(noun.lower) || looksLikeVerb(noun.lower)) return undefined;
  return { unit: noun.lower, end: noun.end };
}

/** "84 co-sponsors", "three by-elections": a hyphenated noun whose last part is plural. */
function hyphenatedPlural(text: string, first: Word): { unit: string; end: number } | undefined {
  const end = compoundEnd(text, first.end);
  if (end === first.end) return undefined;
  const lower = text.slice(first.start, end).toLowerCase();
  return isPluralNoun(lower.slice(lower.lastIndexOf('-') + 1)) ? { unit: lower, end } : undefined;
}

/** Words that may stand between a number and the noun it counts. */
const MAX_MODIFIERS = 4;

/** End of a hyphenated compound whose first part ends at `position` ("blood-pressure", "low-income"). */
function compoundEnd(text: string, position: number): number {
  let end = position;
  while ((codeAt(text, end) === 45 || codeAt(text, end) === 0x2010) && isLetterCode(codeAt(text, end + 1))) end = letterRunEnd(text, end + 1);
  return end;
}

function isCapitalisedNounAfter(text: string, position: number): boolean {
  const start = skipHorizontalSpaces(text, position);
  return start > position && isUpperCode(codeAt(text, start));
}

/** Singular nouns for a member of a party or a nation, capitalised: "one Republican", "one Briton". */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['republican', 'democrat', 'conservative', 'tory', 'briton', 'scot', 'dane', 'swede', 'finn', 'pole',
  'turk', 'greek', 'israeli', 'iraqi', 'pakistani', 'saudi', 'kuwaiti', 'yemeni', 'bangladeshi', 'afghan', 'somali', 'nepali', 'omani', 'qatari', 'emirati']);

function isMemberNoun(lower: string): boolean {
  return MEMBER_NOUNS.has(lower) || (lower.length >= 6 && (lower.endsWith('ian') || lower.endsWith('ican') || lower.endsWith('ean')));
}

/** Idioms where "one" counts nothing: "at one point", "at one stage", "one another", "on the one hand"; "99 to 1 last July": a date follows. */
const NOT_COUNTED_BY_ONE: ReadonlySet<string> = new Set(['point', 'stage', 'another', 'hand', 'way', 'thing', 'last', 'next']);

/** "one knew", "one said": a past-tense verb after "one" is no counted noun. */
function looksLikeVerb(lower: string): boolean {
  return lower.endsWith('ed') || FUNCTION_WORDS.has(lower) || PAST_TENSE_VERBS.has(lower);
}

const PAST_TENSE_VERBS: ReadonlySet<string> = new Set([
  'knew', 'went', 'came', 'saw', 'took', 'gave', 'made', 'got', 'left', 'told', 'found', 'thought', 'felt', 'kept', 'held', 'sat',
  'stood', 'ran', 'won', 'lost', 'fell', 'rose', 'spoke', 'wrote', 'chose', 'drove', 'flew', 'fled', 'met', 'led', 'paid', 'put',
  'set', 'became', 'began', 'brought', 'bought', 'caught', 'fought', 'taught', 'sought', 'wants', 'thinks', 'is', 'was', 'will', 'would',
]);

/** The noun after an adjective ("26 European nations"); plural unless `pluralOnly` is false ("5,000-strong force"). */
function nounAfter(text: string, position: number, pluralOnly = true): { unit: string; end: number } | undefined {
  const start = skipHorizontalSpaces(text, position);
  if (start === position || start - position > 2) return undefined;
  const word = wordAt(text, start);
  if (!word || word.capitalised) return undefined;
  if (pluralOnly ? !isPluralNoun(word.lower) : FUNCTION_WORDS.has(word.lower)) return undefined;
  return { unit: word.lower, end: word.end };
}

/**
 * Nouns that name what is counted only with their "of" complement: "45 heads of state and
 * government", "11 expressions of interest", "three pieces of news" (not "40 boxes of dates", a
 * count of boxes).
 */
const OF_COMPLEMENTS: ReadonlyMap<string, RegExp> = new Map([
  ['heads', /^ of (?:state|government)(?: and (?:state|government))?(?![\p{L}])/u],
  ['expressions', /^ of interest(?![\p{L}])/u],
  ['pieces', /^ of [a-z]+(?![\p{L}])/u],
  ['items', /^ of [a-z]+(?![\p{L}])/u],
  ['members', /^ of (?:parliament|staff)(?![\p{L}])/u],
]);

function ofComplementEnd(text: string, noun: { unit: string; end: number }): number {
  const complement = OF_COMPLEMENTS.get(noun.unit);
  if (!complement || codeAt(text, noun.end + 1) !== 111 /* o */) return noun.end;
  const match = complement.exec(text.slice(noun.end, noun.end + 40));
  return match && !FUNCTION_WORDS.has(match[0].slice(match[0].lastIndexOf(' ') + 1)) ? noun.end + match[0].length : noun.end;
}

/** The type of the number whose digits end at `position`, from what follows it. */
export function classifyAfter(text: string, position: number, amount: Amount): Classification {
  const percent = readPercent(text, position);
  if (percent) return percent;
  const next = readNextWord(text, position);
  const money = readCurrencySuffix(text, next, amount);
  if (money) return money;
  const unit = readUnit(text, position, next);
  if (unit) return { type: 'quantity', end: unit.end, unit: unit.unit, factor: unit.factor };
  const noun = readCountedNoun(text, next, amount);
  if (noun) return { type: 'number', end: ofComplementEnd(text, noun), unit: noun.unit };
  return { type: 'number', end: position };
}
