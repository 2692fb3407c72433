// The features the type model reads for one name in its text: the name's own words and shape,
// what the name lists say of it, the two words on each side of it within its line, and what the
// candidate finder's rules concluded. The same functions feed training (bench/train-type-model.ts)
// and recognition, so the two can never disagree on what a feature is.
import { bestType, TYPE_ORDER, type Evidence } from '../evidence';

/** Words on each side of the name that count as its context. */
const CONTEXT_WORDS = 2;
/** How far (in characters) to look for them; a line is the outer limit. */
const CONTEXT_REACH = 60;

function isWordChar(code: number): boolean {
  // ASCII letters and digits, and everything above ASCII that is not punctuation we care about.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 0x2019 && code !== 0x2018 && code !== 0x201c && code !== 0x201d && code !== 0x2013 && code !== 0x2014 && code !== 0xa0;
}

/** Inside a word: "O'Neill", "U.S.", "Rolls-Royce", "AT&T". */
function joinsWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 39 && code !== 0x2019 && code !== 46 && code !== 45 && code !== 38) return false;
  return i > 0 && i + 1 < text.length && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Up to `count` lower-cased words before `from`, nearest last, and the character right before the name. */
function wordsBefore(text: string, from: number, count: number): { words: string[]; mark: string } {
  const words: string[] = [];
  const limit = Math.max(0, from - CONTEXT_REACH);
  let i = from - 1;
  while (i >= limit && text.charCodeAt(i) === 32) i--;
  const mark = i >= limit && !isLineBreak(text.charCodeAt(i)) && !isWordChar(text.charCodeAt(i)) ? text.charAt(i) : '';
  while (i >= limit && words.length < count) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (isWordChar(code)) {
      const end = i + 1;
      while (i > limit && (isWordChar(text.charCodeAt(i - 1)) || joinsWord(text, i - 1))) i--;
      words.unshift(text.slice(i, end).toLowerCase());
    }
    i--;
  }
  return { words, mark };
}

/** Up to `count` lower-cased words after `from`, and the character right after the name. */
function wordsAfter(text: string, from: number, count: number): { words: string[]; mark: string } {
  const words: string[] = [];
  const limit = Math.min(text.length, from + CONTEXT_REACH);
  let i = from;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  const mark = i < limit && !isLineBreak(text.charCodeAt(i)) && !isWordChar(text.charCodeAt(i)) ? text.charAt(i) : '';
  while (i < limit && words.length < count) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (isWordChar(code)) {
      const start = i;
      while (i + 1 < limit && (isWordChar(text.charCodeAt(i + 1)) || joinsWord(text, i + 1))) i++;
      words.push(text.slice(start, i + 1).toLowerCase());
    }
    i++;
  }
  return { words, mark };
}

/** "Keir" → "Xx", "NATO" → "X", "737" → "9", "iPhone" → "xXx". */
function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const kind = ch >= '0' && ch <= '9' ? '9' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** What the candidate finder already concluded about a name (a Candidate has these fields). */
export interface FinderCues {
  /** The finder's own type evidence, [person, organization, place, misc]. */
  readonly evidence: Readonly<Evidence>;
  /** Capitalised only by position (sentence start, headline). */
  readonly weak: boolean;
  readonly acronym: boolean;
  readonly titled?: boolean;
  readonly determiner?: boolean;
  /** Identity keys of the name and its last word, to look them up in the name lists. */
  readonly key: string;
  readonly lastWordKey: string;
}

/** What the built-in name lists say about a name and its words (the lexicon answers these). */
export interface NameLists {
  /** The type and strength of a listed name, by identity key. */
  listed(key: string): { readonly type: string; readonly strength: number } | undefined;
  /** A given name, as written ("Philip"). */
  isGivenName(word: string): boolean;
  /** A common lower-case English word ("green"). */
  isCommonWord(lowerWord: string): boolean;
}

function listedFeature(lists: NameLists, prefix: string, key: string): string | undefined {
  const entry = lists.listed(key);
  return entry === undefined ? undefined : `${prefix}:${entry.type}:${entry.strength >= 4 ? 'strong' : 'weak'}`;
}

/** The finder's evidence per type, in steps: "ev:person:3". */
function evidenceFeatures(evidence: Readonly<Evidence>, features: string[]): void {
  for (let t = 0; t < 4; t++) {
    const score = step(evidence[t]);
    if (score > 0) features.push(`ev:${TYPE_ORDER[t]}:${score}`);
  }
}

/** What the name lists say about the name, its first and its last word. */
function listFeatures(words: readonly string[], lower: readonly string[], cues: FinderCues, lists: NameLists, features: string[]): void {
  const whole = listedFeature(lists, 'listed', cues.key);
  if (whole !== undefined) features.push(whole);
  if (words.length >= 2) {
    const last = listedFeature(lists, 'lastlisted', cues.lastWordKey);
    if (last !== undefined) features.push(last);
    const given = lists.isGivenName(words[0]);
    const commonLast = lists.isCommonWord(lower[lower.length - 1]);
    if (given) features.push(`given:${Math.min(words.length, 3)}`);
    if (commonLast) features.push('commonlast');
    // A linear model cannot combine features itself: "Anna Wood", "Travis Head" are people,
    // "Bethnal Green" is not.
    if (given && commonLast) features.push('given+commonlast');
    if (given && last !== undefined) features.push(`given+${last}`);
  } else {
    if (lists.isGivenName(words[0])) features.push('givenalone');
    if (lists.isCommonWord(lower[0])) features.push('commonalone');
  }
}

/** Evidence in whole steps, up to 7 (and more). */
function step(score: number): number {
  return score >= 7 ? 7 : score > 0 ? Math.floor(score) : 0;
}

/** "rule:place:3" — the finder's type and how far ahead of the next it is, in steps. */
function ruleFeature(evidence: Readonly<Evidence>): string | undefined {
  const { type, score, margin } = bestType(evidence);
  if (score <= 0) return undefined;
  return `rule:${type}:${step(margin)}`;
}

/**
 * The features of the name itself: its words, shape and, with `lists` (and the candidate's keys in
 * `cues`), what the name lists say. They depend on the name's text alone, so the model can remember
 * their sum per name.
 */
export function nameFeatures(name: string, cues?: FinderCues, lists?: NameLists): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const features: string[] = ['bias'];
  if (words.length === 0) return features;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  // A name the lists know is read by their entry (see `listFeatures`), not by its words: the
  // words would only teach the model what the training articles happened to mean by it.
  if (cues === undefined || lists === undefined || lists.listed(cues.key) === undefined) {
    for (const word of lower) features.push(`w:${word}`);
    features.push(`first:${lower[0]}`, `last:${last}`);
  }
  features.push(`suf3:${last.slice(-3)}`);
  features.push(`n:${Math.min(words.length, 4)}`);
  features.push(`shape:${words.map(wordShape).join(' ').slice(0, 20)}`);
  let letters = 0;
  let capitals = 0;
  for (const ch of name) {
    if (ch.toLowerCase() !== ch) capitals++;
    if (ch.toLowerCase() !== ch.toUpperCase()) letters++;
  }
  if (letters > 1 && capitals === letters) features.push('allcaps');
  if (/\d/.test(name)) features.push('digit');
  if (/\p{Ll}\p{Lu}/u.test(name)) features.push('camel');
  if (cues !== undefined && lists !== undefined) listFeatures(words, lower, cues, lists, features);
  return features;
}

/** Whether a name's features (from `nameFeatures` with lists) say it opens with a given name. */
export function opensWithGivenName(nameFeatureNames: readonly string[]): boolean {
  return nameFeatureNames.some((f) => f.startsWith('given:'));
}

/**
 * The words and marks around the name at [start, end) of `text`, within its line. For a name that
 * opens with a given name, the nearest words again, paired with that fact: "Travis Head hit" and
 * "Andrew Hall said" are people though "Head" and "Hall" usually end names of places.
 */
export function contextFeatures(text: string, start: number, end: number, givenName = false): string[] {
  const before = wordsBefore(text, start, CONTEXT_WORDS);
  const after = wordsAfter(text, end, CONTEXT_WORDS);
  const b = before.words;
  const a = after.words;
  const features: string[] = [`pp:${before.mark}`, `np:${after.mark}`];
  if (b.length >= 1) features.push(`p1:${b[b.length - 1]}`);
  if (b.length >= 2) features.push(`p12:${b[0]} ${b[1]}`);
  if (a.length >= 1) features.push(`n1:${a[0]}`);
  if (a.length >= 2) features.push(`n12:${a[0]} ${a[1]}`);
  if (givenName && b.length >= 1) features.push(`given+p1:${b[b.length - 1]}`);
  if (givenName && a.length >= 1) features.push(`given+n1:${a[0]}`);
  return features;
}

/**
 * A number that is the same for two candidates exactly when their `cueFeatures` are (the model
 * remembers the cues' summed weights by it): the steps, the leading type and the flags.
 */
export function cueKey(cues: FinderCues): number {
  const { type, score, margin } = bestType(cues.evidence);
  let key = score > 0 ? 1 + TYPE_ORDER.indexOf(type) * 8 + step(margin) : 0;
  for (let t = 0; t < 4; t++) key = key * 8 + step(cues.evidence[t]);
  return key * 16 + (cues.weak ? 1 : 0) + (cues.acronym ? 2 : 0) + (cues.titled ? 4 : 0) + (cues.determiner ? 8 : 0);
}

/** What the candidate finder concluded: its leading type, its evidence per type and its flags. */
export function cueFeatures(cues: FinderCues): string[] {
  const features: string[] = [];
  const rule = ruleFeature(cues.evidence);
  if (rule !== undefined) features.push(rule);
  if (cues.weak) features.push('weak');
  if (cues.acronym) features.push('acronym');
  if (cues.titled) features.push('titled');
  if (cues.determiner) features.push('determiner');
  evidenceFeatures(cues.evidence, features);
  return features;
}

/**
 * All the features of the name at [start, end) of `text` (for training); with `cues`, also what
 * the candidate finder concluded, and with `lists`, what the name lists say, so the model learns
 * when the finder's rules and the lists are right.
 */
export function mentionFeatures(text: string, start: number, end: number, cues?: FinderCues, lists?: NameLists): string[] {
  const features = nameFeatures(text.slice(start, end), cues, lists);
  features.push(...contextFeatures(text, start, end, opensWithGivenName(features)));
  if (cues !== undefined) features.push(...cueFeatures(cues));
  return features;
}
