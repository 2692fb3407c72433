// Fractions that state a share are percentages: "about a quarter" → 25, "half of" → 50, "a fifth
// of" → 20, "a third of" (no exact value). "half a million" is a number, "half an hour" a quantity
// and "a quarter-point cut" a change of 0.25 percentage points.

import { readDigitAmount, readSpelledAmount, sharePercent, spelledAmount, triggerAt, type Amount } from './amounts';
import { readNextWord, readUnit } from './classify';
import { emit, type ScanContext } from './context';
import { hedgeOf, leadingQualifier } from './qualifiers';
import { FUNCTION_WORDS } from './vocabulary';
import { codeAt, isDigitCode, isHorizontalSpaceCode, lowerSlice, nextWord, previousWord, skipHorizontalSpaces } from './text';

/** A share in percent (NaN: not exact) with its hedge: "nearly a third", "more than half". */
export function emitShare(context: ScanContext, start: number, end: number, percent: number, unit = '%'): number {
  const lead = leadingQualifier(context.text, start, context.floor);
  const qualifier = hedgeOf(lead?.kind);
  return emit(context, 'percent', qualifier && lead ? lead.start : start, end, { value: percent, unit, qualifier });
}

/** What a fraction word starts: a share (already emitted, resume at the returned end) or an amount to finish. */
export type FractionReading = { readonly resume: number } | { readonly amount: Amount };

const POINT = /[- ]point(?![\p{L}])/uy;
const OF_A_PERCENTAGE_POINT = /[ \u00a0]+of[ \u00a0]+a[ \u00a0]+percentage[ \u00a0-]point(?![\p{L}])/iuy;
const OF_A_CENT = /[ \u00a0]+of[ \u00a0]+a[ \u00a0]+(cent|penny)(?![\p{L}])/iuy;
/** Words after "half" that make it a share of something: "half of", "half the", "half their". */
const HALF_OF: ReadonlySet<string> = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'them', 'those', 'these', 'this', 'that']);
/** Words before "half" that make it a period or a part: "the second half of", "a half", "first-half". */
const NOT_A_SHARE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'and', 'first', 'second', 'third', 'fourth', 'final', 'latter', 'former', 'other', 'each', 'top', 'bottom', 'upper', 'lower',
  'back', 'front', 'opening', 'closing', 'early', 'late', 'better', 'worse',
]);

/** "a quarter-point", "a half-point": a change in percentage points. */
function pointEnd(text: string, position: number): number | undefined {
  // "a quarter point" (spaced, as American copy writes it) as well as "a quarter-point".
  if (codeAt(text, position) !== 45 && !(codeAt(text, position) === 32 && text.startsWith('point', position + 1))) return undefined;
  POINT.lastIndex = position;
  return POINT.test(text) ? POINT.lastIndex : undefined;
}

/** "quarter-point" written with a hyphen, not inside a compound ("third-quarter point"). */
function hyphenatedPointEnd(text: string, word: { start: number; end: number }): number | undefined {
  if (codeAt(text, word.end) !== 45 || codeAt(text, word.start - 1) === 45) return undefined;
  return pointEnd(text, word.end);
}

/** "¥400bn a quarter", "£28 a month": after an amount, "a quarter" is a rate, not a share. */
function followsAmount(context: ScanContext, article: number): boolean {
  const last = context.mentions[context.mentions.length - 1];
  if (!last || last.type === 'date' || last.type === 'time' || last.type === 'ordinal') return false;
  return article - last.end <= 2 && skipHorizontalSpaces(context.text, last.end) === article;
}

/** "a third of", "a fifth of", "a quarter of", "a quarter-point", after the article "a". */
export function readArticleFraction(context: ScanContext, article: number, word: { start: number; end: number }, denominator: number): number | undefined {
  const { text } = context;
  const point = pointEnd(text, word.end);
  if (point !== undefined) return emitShare(context, article, point, 1 / denominator, 'percentage points');
  if (followsAmount(context, article)) return undefined;
  OF_A_PERCENTAGE_POINT.lastIndex = word.end;
  if (OF_A_PERCENTAGE_POINT.test(text)) return emitShare(context, article, OF_A_PERCENTAGE_POINT.lastIndex, 1 / denominator, 'percentage points');
  // "the dollar gained a quarter of a cent": a sum of money, not a share.
  OF_A_CENT.lastIndex = word.end;
  const cent = OF_A_CENT.exec(text);
  if (cent) return emit(context, 'money', article, OF_A_CENT.lastIndex, { value: 0.01 / denominator, unit: cent[1].toLowerCase() === 'penny' ? 'GBP' : 'USD' });
  return standsAlone(text, word.end, denominator) ? emitShare(context, article, word.end, sharePercent(1, denominator)) : undefined;
}

/**
 * "a third of", "a third opposed it", "cut by a fifth.": the fraction stands for a share. Before a
 * noun it is an ordinal ("a third term") and "a quarter to nine" is a time.
 */
function standsAlone(text: string, end: number, denominator: number): boolean {
  const next = nextWord(text, end);
  if (!next) {
    const after = codeAt(text, end);
    return after !== 45 && after !== 0x2010 && !isDigitCode(after);
  }
  const lower = lowerSlice(text, next);
  // "worth a fifth less", "a quarter more": a share of a comparison.
  if (lower === 'of' || COMPARATIVES.has(lower)) return true;
  if ((denominator === 4 && (lower === 'to' || lower === 'past')) || lower === 'and' || lower === 'or') return false;
  return next.start === skipHorizontalSpaces(text, end) && (FUNCTION_WORDS.has(lower) || lower.endsWith('ed'));
}

const COMPARATIVES: ReadonlySet<string> = new Set(['less', 'more', 'fewer', 'lower', 'higher', 'smaller', 'larger', 'bigger', 'cheaper', 'dearer']);

const TO_OR_PAST = /[ \u00a0]+(to|past)[ \u00a0]+(?:(\d{1,2})(?!\d)|(?=\p{L}))/iuy;

/** "a quarter to nine", "half past 10": a time, whose value is taken as written (no a.m./p.m.). */
function readClockFraction(context: ScanContext, word: { start: number; end: number }, denominator: number): number | undefined {
  const { text } = context;
  const next = codeAt(text, word.end + 1) | 0x20;
  if ((next !== 116 && next !== 112) || (denominator === 2 && next !== 112)) return undefined;
  TO_OR_PAST.lastIndex = word.end;
  const match = TO_OR_PAST.exec(text);
  if (!match) return undefined;
  let hour = match[2] === undefined ? undefined : Number(match[2]);
  let end = TO_OR_PAST.lastIndex;
  if (hour === undefined) {
    const spelled = triggerAt(text, end);
    if (!spelled || spelled.trigger.kind !== 'cardinal') return undefined;
    hour = spelled.trigger.value;
    end = spelled.end;
  }
  if (hour < 1 || hour > 12) return undefined;
  const minutes = denominator === 2 ? 30 : 15;
  const before = match[1].toLowerCase() === 'to';
  const hours = before ? (hour + 11) % 12 : hour;
  const article = previousWord(text, word.start, context.floor);
  const start = article && lowerSlice(text, article) === 'a' ? article.start : word.start;
  const value = `${String(hours === 0 ? 12 : hours).padStart(2, '0')}:${before ? 60 - minutes : minutes}`;
  return emit(context, 'time', start, end, { value });
}

/** "quarter" or "half" at `word`; undefined when it starts no figure ("the second half", "quarter-final"). */
export function readFractionWord(context: ScanContext, word: { start: number; end: number }, denominator: number): FractionReading | undefined {
  const { text } = context;
  const clock = readClockFraction(context, word, denominator);
  if (clock !== undefined) return { resume: clock };
  const article = previousWord(text, word.start, context.floor);
  const afterArticle = article !== undefined && lowerSlice(text, article) === 'a';
  if (!afterArticle) {
    // "another quarter-point rise", "the half-point cut": the change without "a".
    const point = hyphenatedPointEnd(text, word);
    if (point !== undefined) return { resume: emitShare(context, word.start, point, 1 / denominator, 'percentage points') };
  }
  if (denominator !== 2) {
    const resume = afterArticle ? readArticleFraction(context, article.start, word, denominator) : undefined;
    return resume === undefined ? undefined : { resume };
  }
  if (afterArticle) {
    const point = pointEnd(text, word.end);
    return point === undefined ? undefined : { resume: emitShare(context, article.start, point, 0.5, 'percentage points') };
  }
  if (codeAt(text, word.end) === 45 || codeAt(text, word.end) === 0x2010) return undefined;
  const next = nextWord(text, word.end);
  const following = next ? lowerSlice(text, next) : '';
  if (next && (following === 'a' || following === 'an')) {
    // "half a million" (a number), "half an hour", "half a percentage point" (the unit decides).
    const scale = triggerAt(text, skipHorizontalSpaces(text, next.end));
    if (scale && scale.start > next.end && scale.trigger.kind === 'scale' && isHorizontalSpaceCode(codeAt(text, next.end))) {
      return { amount: spelledAmount(word.start, scale.end, scale.trigger.value / 2, { scale: scale.trigger.value === 12 ? 1 : scale.trigger.value }) };
    }
    return { amount: spelledAmount(word.start, next.end, 0.5, { needsUnit: true }) };
  }
  // Read the word before without the floor: "the second half of" stays a period even after "second".
  const before = previousWord(text, word.start, 0);
  const beforeLower = before ? lowerSlice(text, before) : undefined;
  if (beforeLower !== undefined && NOT_A_SHARE_BEFORE.has(beforeLower)) return undefined;
  // "half of", "half the", "by half", "about half": a share; "half-time", "half measures" are not.
  const hedged = hedgeOf(leadingQualifier(text, word.start, context.floor)?.kind) !== undefined;
  if (!HALF_OF.has(following) && beforeLower !== 'by' && !hedged) return undefined;
  return { resume: emitShare(context, word.start, word.end, 50) };
}

/** "one in five", "nine out of 10". */
const IN = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+/y;
const LARGEST_DENOMINATOR = 1000;

/**
 * "one in five", "fewer than 1 in 10": a share (20, 10), without the noun that follows ("one in five
 * people" → "one in five"). Returns where to resume, or undefined when `amount` starts none ("3 in
 * 10 minutes" is two figures).
 */
const SPELL_OF_PLAY = /^ (?:overs|balls|games|matches|starts|appearances|innings)\b/;

export function readOneInN(context: ScanContext, amount: Amount): number | undefined {
  const { text } = context;
  const next = codeAt(text, amount.end + 1);
  if ((next !== 105 /* i */ && next !== 111 /* o */) || !Number.isInteger(amount.value) || amount.value < 1) return undefined;
  IN.lastIndex = amount.end;
  if (!IN.test(text)) return undefined;
  const start = IN.lastIndex;
  let total: Amount | undefined;
  // "one in 10", "nine out of 10": a spelled count of a written total too.
  if (isDigitCode(codeAt(text, start))) total = readDigitAmount(text, start, false);
  else if (amount.spelled) {
    const word = triggerAt(text, start);
    total = word && word.trigger.kind === 'cardinal' ? readSpelledAmount(text, word, context.floor) : undefined;
  }
  if (!total || total.value <= amount.value || total.value > LARGEST_DENOMINATOR || total.share) return undefined;
  if (readUnit(text, total.end, readNextWord(text, total.end))) return undefined;
  // "45 for 2 in 11 overs", "3 in 5 games": a count within a spell of play, no share.
  if (SPELL_OF_PLAY.test(text.slice(total.end, total.end + 14))) return undefined;
  return emitShare(context, amount.start, total.end, sharePercent(amount.value, total.value));
}
