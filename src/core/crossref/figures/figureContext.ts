// What a figure is about beyond its subject key: the content words right around it (the nearest
// weigh most), whether it states a target or the present state ("a target of 60 GW by 2035" vs "at
// present … under 9 GW"), and for dates and times their role ("by 2035" a deadline, "on Thursday" a
// point, "from September" a start). Two figures of one subject are compared only when their
// contexts match (contextsMatch); see docs/decisions/crossref.md.
//
// A context is packed in an Int32Array arena: [length, flags, entry…], each entry
// `termId << 4 | distance`, sorted by term id (one entry per term, its nearest distance).

import type { FigureMention, Span } from '../../model';
import { isEventSubject } from './nouns';

/** Content words read on each side of a figure. */
export const CONTEXT_WINDOW = 8;

/** Content words read on the one side of a duration that says what it times (see contextSide). */
export const ONE_SIDED_WINDOW = 4;

/** Weight of a context word `d` content words away from the figure (0 = adjacent). */
const PROXIMITY: readonly number[] = Array.from({ length: 16 }, (_, d) => 1 / (1 + d / 2));

const ROLE_POINT = 0;
const ROLE_DEADLINE = 1;
const ROLE_START = 2;
const FRAME_TARGET = 1;
const FRAME_CURRENT = 2;

/** Words before a date or time that make it a deadline: "by 2035", "before the end of June". */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|through|within|no later than)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:early\s+|mid-?\s*|late\s+)?$/i;
/** … or a start: "from September", "since 2015", "starting in May". */
const START_BEFORE = /\b(?:from|since|starting|beginning|after|as of)\s+(?:(?:in|on|at)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:early\s+|mid-?\s*|late\s+)?$/i;
const TARGET_CUE = /\b(?:targets?|goals?|aims?|ambitions?|objectives?)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/i;
const CURRENT_CUE = /\b(?:at present|currently|presently|so far|to date|already|existing|today|now)\b/i;
/** Frame cues count only in the figure's own clause. */
const CLAUSE_BREAK = /[,;:()[\]–—]|\s-\s/;
const CUE_REACH = 60;

/**
 * The words of one sentence, in text order: content-word stems and entity pseudo-terms. A buffer
 * reused sentence after sentence (`clear`), so reading a source allocates no arrays per sentence.
 */
export class SentenceTokens {
  /** Term id, or -1 for a word no source knows (it still counts for distances). */
  readonly ids: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** False for entity pseudo-terms: they sit on their words and add no distance. */
  readonly words: boolean[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Appends a word (they come in text order). */
  addWord(id: number, start: number, end: number): void {
    this.set(this.count++, id, start, end, true);
  }

  /** Inserts an entity pseudo-term before the words it covers. */
  addEntity(id: number, start: number, end: number): void {
    let at = this.count;
    while (at > 0 && this.starts[at - 1] >= start) at--;
    for (let i = this.count; i > at; i--) this.set(i, this.ids[i - 1], this.starts[i - 1], this.ends[i - 1], this.words[i - 1]);
    this.count++;
    this.set(at, id, start, end, false);
  }

  private set(i: number, id: number, start: number, end: number, word: boolean): void {
    this.ids[i] = id;
    this.starts[i] = start;
    this.ends[i] = end;
    this.words[i] = word;
  }
}

/** Which side of a figure says what it is about. */
export type ContextSide = 'both' | 'before' | 'after';

export interface ContextLimits {
  /** Spans whose words are not context: the sentence's figures, datelines. */
  readonly blocked: readonly Span[];
  /** Offsets of strong clause breaks (";", dashes): the context stops there. */
  readonly breaks?: readonly number[];
  /** Term ids never taken as context: the words naming the subject itself ("countries", "injured"). */
  readonly excluded?: ReadonlySet<number>;
  readonly side?: ContextSide;
}

/** Anything that makes clause breaks or frames worth reading: most sentences have none. */
const SENTENCE_CUES = new RegExp(`[;–—]|\\s-\\s|${TARGET_CUE.source}|${CURRENT_CUE.source}`, 'i');

/** Whether text[start, end) has a clause break or a frame cue (one test per sentence instead of several per figure). */
export function hasSentenceCues(text: string, start: number, end: number): boolean {
  return SENTENCE_CUES.test(text.slice(start, end));
}

/**
 * Offsets of the strong clause breaks of text[start, end): ";", dashes and a spaced hyphen. The
 * words beyond one belong to another statement. A plain loop: this runs for every sentence holding
 * a figure.
 */
export function clauseBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 59 || code === 0x2013 || code === 0x2014) breaks.push(i);
    else if (code === 45 && i > start && i + 1 < end && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) breaks.push(i);
  }
  return breaks;
}

/** "within 90 days", "over five years": the words before say what must happen in that time. */
const DURATION_OF_BEFORE = /\b(?:within|in|over|for|after|during|inside|under)\s+(?:the\s+)?(?:(?:first|next|last|past|coming)\s+)?$/i;
/** "fifty years of experience": the words after say what lasted. */
const DURATION_OF_AFTER = /^\s+of\b/i;

/**
 * The side of a duration that names what it measures; both sides for other figures. That side's
 * nearest words are the action timed: "the council would publish a route map within 90 days" and
 * "the council would meet farmers within 100 days" share the council, not what is timed, so a
 * one-sided context is read over ONE_SIDED_WINDOW words only.
 */
export function contextSide(text: string, mention: Span, subject: string): ContextSide {
  if (subject !== 'quantity:duration') return 'both';
  if (DURATION_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return 'before';
  if (DURATION_OF_AFTER.test(text.slice(mention.end, mention.end + 6))) return 'after';
  return 'both';
}

/**
 * The context entries of the figure at `figure`: the nearest CONTEXT_WINDOW words on each side (or
 * on `limits.side`), within its clause, leaving out blocked spans and excluded term ids.
 */
export function contextEntries(tokens: SentenceTokens, figure: Span, limits: ContextLimits): number[] {
  const { ids, starts, ends, words, count } = tokens;
  const { blocked, breaks = [], excluded, side = 'both' } = limits;
  const window = side === 'both' ? CONTEXT_WINDOW : ONE_SIDED_WINDOW;
  let from = -Infinity;
  let to = Infinity;
  for (const at of breaks) {
    if (at < figure.start) from = Math.max(from, at);
    else if (at >= figure.end) to = Math.min(to, at);
  }
  // At most 2 × window words plus entities: a list beats a Map here (this runs for every figure).
  const entries: number[] = [];
  const skip = (i: number) => (ids[i] >= 0 && excluded?.has(ids[i])) || blocked.some((span) => starts[i] < span.end && span.start < ends[i]);
  // Kept sorted by term id as they come (insertion: a comparator sort per figure cost more).
  const visit = (i: number, distance: number) => {
    const id = ids[i];
    if (id < 0) return;
    let at = entries.length;
    while (at > 0 && entries[at - 1] >> 4 > id) at--;
    if (at > 0 && entries[at - 1] >> 4 === id) {
      if ((entries[at - 1] & 15) > distance) entries[at - 1] = id * 16 + distance;
      return;
    }
    entries.push(0);
    for (let k = entries.length - 1; k > at; k--) entries[k] = entries[k - 1];
    entries[at] = id * 16 + distance;
  };
  let first = 0;
  while (first < count && ends[first] <= figure.start) first++;
  if (side !== 'after') {
    for (let i = first - 1, distance = 0; i >= 0 && distance < window && starts[i] > from; i--) {
      if (skip(i)) continue;
      visit(i, distance);
      if (words[i]) distance++;
    }
  }
  if (side !== 'before') {
    let after = first;
    while (after < count && starts[after] < figure.end) after++;
    for (let i = after, distance = 0; i < count && distance < window && starts[i] < to; i++) {
      if (skip(i)) continue;
      visit(i, distance);
      if (words[i]) distance++;
    }
  }
  return entries;
}

/**
 * Role, frame and date precision of a figure, packed into one number: read from the text of its
 * sentence right before and after it. `cues` false: the sentence has no frame cue (hasSentenceCues).
 */
export function contextFlags(text: string, mention: FigureMention, sentence: Span, cues = true): number {
  const before = text.slice(Math.max(sentence.start, mention.start - CUE_REACH), mention.start);
  let role = ROLE_POINT;
  let precision = 0;
  if (mention.type === 'date' || mention.type === 'time') {
    if (DEADLINE_BEFORE.test(before)) role = ROLE_DEADLINE;
    else if (START_BEFORE.test(before)) role = ROLE_START;
    if (typeof mention.value === 'string') precision = mention.value.length <= 4 ? 1 : mention.value.length <= 7 ? 2 : 3;
    return role | (precision << 4);
  }
  if (!cues) return 0;
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + CUE_REACH));
  if (!TARGET_CUE.test(before) && !TARGET_CUE.test(after) && !CURRENT_CUE.test(before) && !CURRENT_CUE.test(after)) return 0;
  const clauseBefore = before.split(CLAUSE_BREAK).pop() ?? '';
  const clauseAfter = after.split(CLAUSE_BREAK)[0] ?? '';
  const clause = `${clauseBefore} … ${clauseAfter}`;
  const frame = TARGET_CUE.test(clause) ? FRAME_TARGET : CURRENT_CUE.test(clause) ? FRAME_CURRENT : 0;
  return frame << 2;
}

/** Appends contexts to one growing Int32Array per source (one small typed array each would cost V8 ~200 bytes). */
export class ContextArena {
  private data = new Int32Array(64);
  private size = 0;

  /** Stores a context and returns its offset. */
  add(entries: readonly number[], flags: number): number {
    const at = this.size;
    const needed = at + 2 + entries.length;
    if (needed > this.data.length) {
      const grown = new Int32Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    }
    this.data[this.size++] = entries.length;
    this.data[this.size++] = flags;
    for (const entry of entries) this.data[this.size++] = entry;
    return at;
  }

  finish(): Int32Array {
    return this.data.slice(0, this.size);
  }
}

/** A packed context: `arena` from offset `at`. */
export interface ContextRef {
  readonly arena: Int32Array;
  readonly at: number;
}

/**
 * Cosine between two contexts, each word weighted by its inverse sentence frequency (`weight`)
 * times its proximity to the figure. 0 when either is empty.
 */
export function contextSimilarity(a: ContextRef, b: ContextRef, weight: (id: number) => number): number {
  const x = a.arena;
  const y = b.arena;
  const endX = a.at + 2 + x[a.at];
  const endY = b.at + 2 + y[b.at];
  if (endX === a.at + 2 || endY === b.at + 2) return 0;
  let normX = 0;
  let normY = 0;
  let dot = 0;
  for (let i = a.at + 2; i < endX; i++) {
    const w = weight(x[i] >> 4) * PROXIMITY[x[i] & 15];
    normX += w * w;
  }
  for (let j = b.at + 2; j < endY; j++) {
    const w = weight(y[j] >> 4) * PROXIMITY[y[j] & 15];
    normY += w * w;
  }
  for (let i = a.at + 2, j = b.at + 2; i < endX && j < endY; ) {
    const idX = x[i] >> 4;
    const idY = y[j] >> 4;
    if (idX < idY) i++;
    else if (idX > idY) j++;
    else {
      const w = weight(idX);
      dot += w * w * PROXIMITY[x[i] & 15] * PROXIMITY[y[j] & 15];
      i++;
      j++;
    }
  }
  return dot === 0 ? 0 : dot / Math.sqrt(normX * normY);
}

/**
 * Least context similarity for two figures of `subject` to be about the same thing. Counts of an
 * event ("people injured") need none: the event is the subject. Dates and times need more.
 */
export function minimumContextSimilarity(subject: string): number {
  const colon = subject.indexOf(':');
  const kind = colon < 0 ? subject : subject.slice(0, colon);
  if (kind === 'count' && isEventSubject(subject.slice(colon + 1))) return 0;
  if (kind === 'date' || kind === 'time') return MIN_DATE_CONTEXT;
  return MIN_CONTEXT;
}

const MIN_CONTEXT = 0.015;
const MIN_DATE_CONTEXT = 0.1;
/** A full date against a bare year (or month) must clearly share the event. */
const PRECISION_MISMATCH_FACTOR = 2;

/**
 * Whether two figures of `subject` are about the same thing: same role for dates and times (a
 * deadline is not an event), not a target against a present state, and similar enough contexts.
 */
export function contextsMatch(subject: string, a: ContextRef, b: ContextRef, weight: (id: number) => number): boolean {
  const flagsA = a.arena[a.at + 1];
  const flagsB = b.arena[b.at + 1];
  if ((flagsA & 3) !== (flagsB & 3)) return false;
  const frameA = (flagsA >> 2) & 3;
  const frameB = (flagsB >> 2) & 3;
  if (frameA && frameB && frameA !== frameB) return false;
  let minimum = minimumContextSimilarity(subject);
  if (minimum === 0) return true;
  const precisionA = (flagsA >> 4) & 3;
  const precisionB = (flagsB >> 4) & 3;
  if (precisionA !== precisionB) minimum *= PRECISION_MISMATCH_FACTOR;
  return contextSimilarity(a, b, weight) >= minimum;
}
