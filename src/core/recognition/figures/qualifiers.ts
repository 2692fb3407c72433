// Hedges around a figure: "more than 30", "about 200", "~40", "30 or more", "30-plus".

import type { Qualifier } from '../../model';
import { WordTable } from './lexicon';
import { ATTRIBUTIONS, LEADING_QUALIFIERS } from './vocabulary';
import { codeAt, isAsciiLetterCode, isHorizontalSpaceCode, isUpperCode, isWordCode, previousWord } from './text';

export type LeadingKind = Qualifier | 'between' | 'from' | 'minus';

export interface LeadingQualifier {
  readonly start: number;
  readonly kind: LeadingKind;
}

/** The hedge a leading word expresses; "between", "from" and "minus" only steer parsing. */
export function hedgeOf(kind: LeadingKind | undefined): Qualifier | undefined {
  return kind === undefined || kind === 'between' || kind === 'from' || kind === 'minus' ? undefined : kind;
}

interface HedgePhrase {
  readonly phrase: string;
  readonly kind: LeadingKind;
  /** "an estimated": qualifies the amount but is not part of its span. */
  readonly attribution: boolean;
}

/** The hedge phrases grouped by their last word, longest first: "of" → "in excess of", "upwards of"... */
const PHRASES_BY_LAST_WORD = (() => {
  const groups = new Map<string, HedgePhrase[]>();
  const add = (phrase: string, kind: LeadingKind, attribution: boolean): void => {
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
    groups.set(last, [...(groups.get(last) ?? []), { phrase, kind, attribution }]);
  };
  for (const [phrase, kind] of LEADING_QUALIFIERS) if (phrase !== '~') add(phrase, kind, false);
  for (const [phrase, kind] of ATTRIBUTIONS) add(phrase, kind, true);
  return new WordTable([...groups].map(([word, phrases]) => ({ word, phrases: phrases.sort((a, b) => b.phrase.length - a.phrase.length) })));
})();

/**
 * Start of `phrase` if the text ends with it at `end` (case-insensitive, any run of spaces between
 * words, a word boundary before it), else -1. Compares char codes: no string is built.
 */
function phraseStart(text: string, end: number, phrase: string, floor: number): number {
  let cursor = end - 1;
  for (let index = phrase.length - 1; index >= 0; index--) {
    const expected = phrase.charCodeAt(index);
    if (cursor < floor) return -1;
    if (expected === 32) {
      if (!isHorizontalSpaceCode(text.charCodeAt(cursor))) return -1;
      while (cursor >= floor && isHorizontalSpaceCode(text.charCodeAt(cursor))) cursor--;
      continue;
    }
    const actual = text.charCodeAt(cursor);
    if ((isAsciiLetterCode(actual) ? actual | 0x20 : actual) !== expected) return -1;
    cursor--;
  }
  return cursor >= floor && isWordCode(text.charCodeAt(cursor)) ? -1 : cursor + 1;
}

/**
 * The hedge right before the number starting at `start` (never before `floor`): longest phrase wins.
 * An attribution ("an estimated") gives its qualifier with `start` unchanged: it stays out of the span.
 */
export function leadingQualifier(text: string, start: number, floor: number): LeadingQualifier | undefined {
  const before = codeAt(text, start - 1);
  if (before === 126 /* ~ */ || (isHorizontalSpaceCode(before) && codeAt(text, start - 2) === 126)) {
    return { start: before === 126 ? start - 1 : start - 2, kind: 'approximate' };
  }
  if (!isHorizontalSpaceCode(before)) return undefined;
  const last = previousWord(text, start, floor, true, true);
  if (!last) return undefined;
  const lastEnd = codeAt(text, last.end) === 46 ? last.end + 1 : last.end;
  const group = PHRASES_BY_LAST_WORD.at(text, last.start, lastEnd);
  if (!group) return undefined;
  for (const { phrase, kind, attribution } of group.phrases) {
    const phraseAt = phraseStart(text, lastEnd, phrase, floor);
    if (phraseAt < 0) continue;
    if (phrase === 'about' && isTopicAbout(text, phraseAt, floor)) return undefined;
    if (phrase === 'over' && isDisputeOver(text, phraseAt, floor)) return undefined;
    // "unemployment ticked up to 4.6%": the particle of a verb of movement, then "to" the new level.
    if (phrase === 'up to' && isMovementUp(text, phraseAt, floor)) return undefined;
    // "plus or minus 2%": a tolerance, not a negative amount.
    if (phrase === 'minus' && phraseStart(text, phraseAt, 'plus or ', floor) >= 0) return undefined;
    return { start: attribution ? start : phraseAt, kind };
  }
  return undefined;
}

/** Words after which "about" introduces a topic, not a hedge: "talking about two berths". */
const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'worry', 'worries', 'worried', 'worrying', 'care',
  'cares', 'cared', 'caring', 'complain', 'complained', 'complaining', 'argue', 'argued', 'arguing', 'joke', 'joked', 'joking',
  'dream', 'dreamed', 'dreaming', 'concerned', 'how', 'what', 'question', 'questions', 'debate', 'news', 'story',
]);

function isTopicAbout(text: string, aboutStart: number, floor: number): boolean {
  const word = previousWord(text, aboutStart, floor);
  if (!word) return false;
  return TOPIC_WORDS.has(text.slice(word.start, word.end).toLowerCase());
}

/** Words after which "over" means "concerning", not "more than": "an agreement over two fatal crashes". */
const DISPUTE_WORDS: ReadonlySet<string> = new Set([
  'agreement', 'settlement', 'dispute', 'disputes', 'row', 'rows', 'retaliation', 'lawsuit', 'probe', 'investigation', 'inquiry',
  'concern', 'concerns', 'fears', 'anger', 'outrage', 'fight', 'battle', 'clash', 'clashes', 'tensions', 'feud', 'spat', 'standoff',
  'backlash', 'criticism', 'controversy', 'protest', 'protests', 'sued', 'sues', 'sue', 'charged', 'fined', 'resigned', 'apologised', 'apologized',
]);

/** Also past "with" and a name: "a non-prosecution agreement with Boeing over two fatal crashes". */
function isDisputeOver(text: string, overStart: number, floor: number): boolean {
  let word = previousWord(text, overStart, floor);
  if (word !== undefined && isUpperCode(text.charCodeAt(word.start))) {
    let names = 0;
    while (word !== undefined && isUpperCode(text.charCodeAt(word.start)) && names++ < 3) word = previousWord(text, word.start, floor);
    if (word === undefined || text.slice(word.start, word.end).toLowerCase() !== 'with') return false;
    word = previousWord(text, word.start, floor);
  }
  return word !== undefined && DISPUTE_WORDS.has(text.slice(word.start, word.end).toLowerCase());
}

/** Verbs that take "up" as a particle of movement ("ticked up", "edged up", "revised up"): "to" after them gives the new level. */
const MOVEMENT_VERBS: ReadonlySet<string> = new Set(['tick', 'edge', 'inch', 'creep', 'move', 'shoot', 'push', 'drive', 'revise', 'bump', 'ramp',
  'step', 'pick', 'spike', 'trend', 'head', 'nudge', 'jump', 'climb', 'go', 'round', 'mark', 'notch', 'shift', 'crank', 'ratchet', 'tip']
  .flatMap((verb) => [verb, `${verb}s`, `${verb}es`, `${verb}ed`, `${verb}d`, `${verb}ing`, `${verb}ped`, `${verb}ping`])
  .concat(['crept', 'shot', 'drove', 'driven', 'went', 'gone', 'goes', 'moving', 'driving', 'revising', 'going']));

function isMovementUp(text: string, upStart: number, floor: number): boolean {
  const word = previousWord(text, upStart, floor);
  return word !== undefined && MOVEMENT_VERBS.has(text.slice(word.start, word.end).toLowerCase());
}

const ATTACHED_TRAILING = /\+(?!\d)|[-‐](?:plus|odd)(?![\p{L}])/iuy;
const OR_TRAILING = /[ \u00a0]+(?:or[ \u00a0]+(more|so|fewer|less|over|older|above|under|younger|below)|and[ \u00a0]+(over|older|above|under|younger|below))(?![\p{L}])/iuy;

export interface TrailingQualifier {
  readonly end: number;
  readonly qualifier: Qualifier;
}

/** "30+", "30-plus", "30-odd" right after the number. */
export function attachedTrailingQualifier(text: string, position: number): TrailingQualifier | undefined {
  const next = codeAt(text, position);
  if (next !== 43 && next !== 45 && next !== 0x2010) return undefined;
  ATTACHED_TRAILING.lastIndex = position;
  const match = ATTACHED_TRAILING.exec(text);
  if (!match) return undefined;
  return { end: position + match[0].length, qualifier: match[0].toLowerCase().endsWith('odd') ? 'approximate' : 'at least' };
}

/** "30 or more", "30 years or so", "65 and over", "18 or younger". */
export function orTrailingQualifier(text: string, position: number): TrailingQualifier | undefined {
  const next = codeAt(text, position + 1) | 0x20;
  if (next !== 111 && next !== 97) return undefined;
  OR_TRAILING.lastIndex = position;
  const match = OR_TRAILING.exec(text);
  if (!match) return undefined;
  const word = (match[1] ?? match[2]).toLowerCase();
  const qualifier: Qualifier =
    word === 'so' ? 'approximate' : word === 'more' || word === 'over' || word === 'older' || word === 'above' ? 'at least' : 'at most';
  return { end: position + match[0].length, qualifier };
}
