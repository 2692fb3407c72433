// Ranges of amounts: "20-25", "20 to 25", "between 20 and 25", "2-3 million", "20%-25%", "$20m-$25m".
// A descending dash pair ("3-1") or a dash pair around a match ("lost 1-2") is a score, not a range.

import { readDigitAmount, readSpelledAmount, triggerAt, type Amount } from './amounts';
import { readNextWord, readPercent, readUnit } from './classify';
import type { ScanContext } from './context';
import { WordTable } from './lexicon';
import type { LeadingQualifier } from './qualifiers';
import { codeAt, isDigitCode, isHorizontalSpaceCode, lowerSlice, previousWord, skipHorizontalSpaces } from './text';

const RANGE_CONNECTOR = /([ \u00a0]?%)?(?:[ \u00a0]*([-–—])[ \u00a0]*|[ \u00a0]+(to|and)[ \u00a0]+)/uy;

export interface Range {
  readonly value: number;
  readonly max: number;
  readonly end: number;
  readonly percent: boolean;
  /** Scale of the upper bound, shared by both ends ("2-3 million"). */
  readonly scale: number;
}

/** "20-25", "20 to 25", "between 20 and 25", "2-3 million", "20%-25%". 'score' for "3-1". */
export function readRange(
  context: ScanContext, amount: Amount, position: number, lead: LeadingQualifier | undefined, start: number, money: boolean,
): Range | 'score' | undefined {
  const { text } = context;
  if (!mayConnectRange(text, position)) return undefined;
  RANGE_CONNECTOR.lastIndex = position;
  const connector = RANGE_CONNECTOR.exec(text);
  if (!connector) return undefined;
  const word = connector[3];
  if (word === 'and' && lead?.kind !== 'between') return undefined;
  const toRatio = word === 'to' ? rangeMayFollow(context, lead, start) : Number.POSITIVE_INFINITY;
  if (toRatio === 0) return undefined;
  let secondStart = position + connector[0].length;
  if (money) secondStart = skipCurrencyPrefix(text, secondStart);
  let second: Amount | undefined;
  if (isDigitCode(codeAt(text, secondStart))) second = readDigitAmount(text, secondStart, money);
  else if (amount.spelled) {
    const trigger = triggerAt(text, secondStart);
    if (trigger && trigger.trigger.kind === 'cardinal') second = readSpelledAmount(text, trigger, context.floor);
  }
  if (!second) return undefined;
  // "20%-25%" but not "4.3% to 312p": a percent sign on the first bound needs one on the second.
  if (connector[1] && !readPercent(text, second.end)) return undefined;
  const value = amount.scale === 1 && second.scale > 1 ? amount.value * second.scale : amount.value;
  // ("16½-11½": half points in a team event's score.)
  const scoreLike = connector[2] !== undefined && scorePart(amount) && scorePart(second) && !connector[1];
  if (second.value <= value) return scoreLike ? 'score' : undefined;
  if (scoreLike && amount.digitCount <= 2 && second.digitCount <= 2 && isMatchResult(context, amount.start, second.end)) return 'score';
  // "fell to 0-4": a win-loss record (but "children aged 0-4" is a range of ages).
  if (scoreLike && value === 0 && !AGE_WORDS_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'score';
  // "Bumrah took 4-98": a bowler's wickets and runs.
  if (scoreLike && value <= 10 && second.value >= 10 && isBowlingFigure(context, start, second.end)) return 'score';
  if (second.value > value * toRatio) return undefined;
  // "48.2% – 51.8%": two shares of one whole (a vote split) are two figures, not a range.
  if (connector[1] && connector[2] && Math.abs(value + second.value - 100) < 0.15) return undefined;
  return { value, max: second.value, end: second.end, percent: connector[1] !== undefined, scale: Math.max(amount.scale, second.scale) };
}

function scorePart(amount: Amount): boolean {
  return amount.plainDigits || (amount.digitCount <= 2 && amount.value % 1 === 0.5);
}

const AGE_WORDS_BEFORE = /\b(?:aged|ages|age)\s+$/i;
const BOWLING_BEFORE = /\b(?:took|taking|takes|claimed|returned|figures of)\s+$/i;

/** "took 4-98", "figures of 3-45": wickets and runs, unless a unit follows ("took 2-30 minutes"). */
function isBowlingFigure(context: ScanContext, start: number, end: number): boolean {
  if (!BOWLING_BEFORE.test(context.text.slice(Math.max(0, start - 12), start))) return false;
  return readUnit(context.text, end, readNextWord(context.text, end)) === undefined;
}

/** Words around "1-2" that make it a match result: "lost 1-2", "a 1-2 defeat". */
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'beating', 'drew', 'draw', 'trail', 'trailed',
  'trailing', 'led', 'lead', 'leading', 'thrashed', 'edged', 'scoreline', 'score', 'finished', 'ended',
]);
const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'win', 'victory', 'defeat', 'loss', 'draw', 'lead', 'deficit', 'scoreline', 'thrashing', 'home', 'away', 'aggregate', 'comeback', 'triumph',
]);

/** A set score beside another: "6-4 3-6 7-6 (7-4)", "6-3, 2-6". */
const SCORE_BEFORE = /\d{1,2}[-–]\d{1,2}\)?,? $/;
const SCORE_AFTER = /^,? \(?\d{1,2}[-–]\d{1,2}(?!\d)|^\(\d{1,2}\)/;

function isMatchResult(context: ScanContext, start: number, end: number): boolean {
  const { text } = context;
  if (SCORE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || SCORE_AFTER.test(text.slice(end, end + 9))) return true;
  const before = previousWord(text, start, context.floor);
  if (before && RESULT_VERBS.has(lowerSlice(text, before))) return true;
  const after = readNextWord(text, end);
  return after !== undefined && after.separator === 'space' && RESULT_NOUNS.has(after.lower);
}

/** Verbs of change: "rose 4.3% to 312p", "fell $1.20 to $84.50" give a change and a level, not a range. */
const CHANGE_VERBS = new WordTable(
  [
    'rose', 'rise', 'rises', 'rising', 'fell', 'fall', 'falls', 'falling', 'dropped', 'drop', 'drops', 'climbed', 'climb', 'climbs',
    'increased', 'increase', 'increases', 'decreased', 'decrease', 'cut', 'cuts', 'raised', 'raise', 'jumped', 'jump', 'jumps',
    'slipped', 'slip', 'gained', 'gain', 'gains', 'lost', 'declined', 'decline', 'declines', 'surged', 'surge', 'slumped', 'grew',
    'grow', 'added', 'shed', 'edged', 'tumbled', 'soared', 'eased', 'rallied', 'slid', 'sank', 'plunged', 'up', 'down', 'higher', 'lower',
  ].map((word) => ({ word })),
);

/** After a verb of change, "X to Y" is a range only when Y is at most this many times X. */
const CHANGE_RANGE_RATIO = 2;
/** After "by", "X to Y" is a range only when Y is at most this many times X. */
const BY_RANGE_RATIO = 4;

/**
 * How far apart the bounds of "X to Y" may be for a range (0: not a range). Not after "from" ("rose
 * from 20 to 25" is a change) except after verbs of spread ("ranged from $8bn to $12bn"); after a
 * verb of change only for close bounds ("rose 20 to 25 per cent", but "rose $1.20 to $84.50" is a
 * change and a level).
 */
function rangeMayFollow(context: ScanContext, lead: LeadingQualifier | undefined, start: number): number {
  if (lead?.kind !== 'from') {
    const before = previousWord(context.text, lead ? lead.start : start, context.floor);
    if (before === undefined) return Number.POSITIVE_INFINITY;
    if (CHANGE_VERBS.at(context.text, before.start, before.end)) return CHANGE_RANGE_RATIO;
    // "fell by 12,000 to 218,000": "by" gives the change, "to" the new level, far above it ("cut
    // by 20 to 25 per cent", "by 10% to 21%" are ranges).
    return lowerSlice(context.text, before) === 'by' ? BY_RANGE_RATIO : Number.POSITIVE_INFINITY;
  }
  const verb = previousWord(context.text, lead.start, context.floor);
  if (!verb) return 0;
  const lower = lowerSlice(context.text, verb);
  return lower.startsWith('rang') || lower.startsWith('vari') || lower.startsWith('vary') || lower === 'anywhere' ? Number.POSITIVE_INFINITY : 0;
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

