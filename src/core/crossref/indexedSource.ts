// One source prepared for cross-referencing: sentences, their term vectors, and which mentions fall
// in which sentence. Built once per upsert; everything a query needs about the source is here.

import { isEntityType, isFigureType, type FigureMention, type Mention } from '../model';
import { basename } from '../io/paths';
import { prepareFigure, type PreparedFigure } from './figures/compareFigures';
import { figureSubjectKey } from './figures/subject';
import type { Slotted } from './postings';
import { readSourceHeader, type SourceInfo } from './sourceInfo';
import { ENTITY_TERM_PREFIX, SUBJECT_TERM_PREFIX, type TermStatistics } from './termStatistics';
import { forEachWord, stem } from './text/terms';
import { splitSentences } from './text/sentences';

/** A source as the caller hands it over: its text and the recogniser's mentions. */
export interface IndexedSourceInput {
  /** Stable identifier: a workspace-relative path or a URI string. */
  readonly id: string;
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/** The mentions of one entity in one source. */
export interface EntityPosting extends Slotted {
  readonly source: IndexedSource;
  /** Indices into source.mentions. */
  readonly mentions: readonly number[];
  /** Sentences holding those mentions, unique and ascending (-1 first when one lies outside every sentence). */
  readonly sentences: readonly number[];
  /** The term vectors of `sentences`, packed in `arena` from `at` (see packVectors). */
  readonly arena: Int32Array;
  readonly at: number;
}

/** The comparable figures of one subject ("count:country") in one source. */
export interface SubjectPosting extends Slotted {
  readonly source: IndexedSource;
  /** Indices into source.mentions, ascending. */
  readonly mentions: readonly number[];
  /** Sentences holding those figures, unique and ascending. */
  readonly sentences: readonly number[];
  /** For each figure (aligned with mentions), the index of its sentence in `sentences`. */
  readonly sentenceOf: readonly number[];
  /** The term vectors of `sentences`, packed in `arena` from `at`. */
  readonly arena: Int32Array;
  readonly at: number;
  /** Prepared facts of each figure (aligned with mentions). */
  readonly figures: readonly PreparedFigure[];
}

/**
 * The term vectors of every posting of a source in one array: for each posting, for each of its
 * sentences, the sentence's length then its term ids. A hover scores thousands of postings, so each
 * posting's data is contiguous; and one array per source (not per posting) because every small
 * typed array costs V8 some 200 bytes of overhead. Postings keep plain arrays for the same reason.
 */
function packVectors(groups: ReadonlyArray<readonly number[]>, termOffsets: Int32Array, terms: Int32Array): { arena: Int32Array; starts: number[] } {
  const length = (s: number) => (s < 0 ? 0 : termOffsets[s + 1] - termOffsets[s]);
  let size = 0;
  for (const sentences of groups) for (const s of sentences) size += 1 + length(s);
  const arena = new Int32Array(size);
  const starts: number[] = [];
  let at = 0;
  for (const sentences of groups) {
    starts.push(at);
    for (const s of sentences) {
      const n = length(s);
      arena[at++] = n;
      if (n) arena.set(terms.subarray(termOffsets[s], termOffsets[s + 1]), at);
      at += n;
    }
  }
  return { arena, starts };
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

export interface IndexedSource {
  /** Mutable only so that rename() costs nothing. */
  id: string;
  readonly text: string;
  readonly title: string;
  readonly outlet?: string;
  readonly date?: string;
  /** Valid mentions sorted by start (then longest first). */
  readonly mentions: readonly Mention[];
  /** Index of the sentence holding each mention, or -1 (front matter). */
  readonly mentionSentence: Int32Array;
  readonly longestMention: number;
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
  /** Sentence i has the sorted unique term ids terms[termOffsets[i], termOffsets[i + 1]). */
  readonly termOffsets: Int32Array;
  readonly terms: Int32Array;
  /** Entity id → its mentions in this source. */
  readonly entities: ReadonlyMap<string, EntityPosting>;
  /** Figure subject key → comparable figures (publication dates excluded). */
  readonly subjects: ReadonlyMap<string, SubjectPosting>;
  /** Subject key of each mention index, when it is a comparable figure. */
  readonly subjectOf: ReadonlyMap<number, string>;
}

export function sourceInfoOf(source: IndexedSource): SourceInfo {
  const info: { id: string; title: string; outlet?: string; date?: string } = { id: source.id, title: source.title };
  if (source.outlet) info.outlet = source.outlet;
  if (source.date) info.date = source.date;
  return info;
}

/** Why a mention is unusable, or undefined when it is fine. */
function mentionProblem(mention: Mention, textLength: number): string | undefined {
  if (!mention || typeof mention !== 'object') return 'not an object';
  const { start, end } = mention;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textLength || start >= end) {
    return `offsets ${String(start)}–${String(end)} are outside the text (length ${textLength})`;
  }
  if (mention.kind === 'entity') {
    if (!isEntityType(mention.type)) return `unknown entity type "${String(mention.type)}"`;
    if (typeof mention.entity !== 'string' || !mention.entity) return 'entity mention without an entity id';
    return undefined;
  }
  if (mention.kind === 'figure') return isFigureType(mention.type) ? undefined : `unknown figure type "${String(mention.type)}"`;
  return `unknown mention kind "${String((mention as { kind?: unknown }).kind)}"`;
}

/** Index of the last sentence starting at or before `offset` that contains it, or -1. */
export function sentenceIndexAt(source: Pick<IndexedSource, 'sentenceStarts' | 'sentenceEnds'>, offset: number): number {
  const starts = source.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < source.sentenceEnds[found] ? found : -1;
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}

/**
 * Prepares a source. Interns its terms in `statistics` but does not count them (the index does, so
 * replacing a source stays symmetric). Unusable mentions are skipped and described in `problems`.
 */
export function analyseSource(input: IndexedSourceInput, statistics: TermStatistics): { source: IndexedSource; problems: string[] } {
  const { id, text } = input;
  const problems: string[] = [];
  const mentions: Mention[] = [];
  for (const [index, mention] of (Array.isArray(input.mentions) ? input.mentions : []).entries()) {
    const problem = mentionProblem(mention, text.length);
    if (problem) problems.push(`${id}: mention #${index} skipped: ${problem}`);
    else mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const header = readSourceHeader(text);
  const sentences = splitSentences(text, header.bodyStart);
  const sentenceStarts = Int32Array.from(sentences, (s) => s.start);
  const sentenceEnds = Int32Array.from(sentences, (s) => s.end);

  const mentionSentence = new Int32Array(mentions.length);
  const entityMentions = new Map<string, number[]>();
  let longestMention = 0;
  mentions.forEach((mention, index) => {
    mentionSentence[index] = sentenceIndexAt({ sentenceStarts, sentenceEnds }, mention.start);
    longestMention = Math.max(longestMention, mention.end - mention.start);
    if (mention.kind === 'entity') {
      const list = entityMentions.get(mention.entity);
      if (list) list.push(index);
      else entityMentions.set(mention.entity, [index]);
    }
  });

  const figuresBySubject = new Map<string, number[]>();
  const subjectOf = new Map<number, string>();
  mentions.forEach((mention, index) => {
    if (mention.kind !== 'figure' || overlapsAny(header.boilerplate, mention.start, mention.end)) return;
    const s = mentionSentence[index];
    const key = figureSubjectKey(text, mention, s >= 0 ? sentenceStarts[s] : mention.start, s >= 0 ? sentenceEnds[s] : mention.end);
    if (key === undefined) return;
    subjectOf.set(index, key);
    const list = figuresBySubject.get(key);
    if (list) list.push(index);
    else figuresBySubject.set(key, [index]);
  });

  // Term vectors: content-word stems plus the ids of the entities and figure subjects in the sentence.
  const termOffsets = new Int32Array(sentences.length + 1);
  let allTerms = new Int32Array(Math.max(64, text.length >> 2));
  let termCount = 0;
  let mentionCursor = 0;
  const addTerm = (id: number) => {
    if (termCount === allTerms.length) {
      const grown = new Int32Array(allTerms.length * 2);
      grown.set(allTerms);
      allTerms = grown;
    }
    allTerms[termCount++] = id;
  };
  const addWord = (word: string) => addTerm(statistics.internWord(word, stem));
  for (let s = 0; s < sentences.length; s++) {
    const from = termCount;
    forEachWord(text, sentenceStarts[s], sentenceEnds[s], addWord);
    while (mentionCursor < mentions.length && mentions[mentionCursor].start < sentenceEnds[s]) {
      const mention = mentions[mentionCursor++];
      if (mention.start < sentenceStarts[s]) continue;
      if (mention.kind === 'entity') addTerm(statistics.intern(ENTITY_TERM_PREFIX + mention.entity));
      const subject = subjectOf.get(mentionCursor - 1);
      if (subject !== undefined) addTerm(statistics.intern(SUBJECT_TERM_PREFIX + subject));
    }
    // Sorted and unique: binary term vectors.
    const vector = allTerms.subarray(from, termCount).sort();
    let unique = 0;
    for (let i = 0; i < vector.length; i++) if (i === 0 || vector[i] !== vector[i - 1]) vector[unique++] = vector[i];
    termCount = from + unique;
    termOffsets[s + 1] = termCount;
  }

  const entities = new Map<string, EntityPosting>();
  const subjects = new Map<string, SubjectPosting>();
  const source: IndexedSource = {
    id,
    text,
    title: header.title ?? (basename(id).replace(/\.[^.]+$/, '') || id),
    outlet: header.outlet,
    date: header.date,
    mentions,
    mentionSentence,
    longestMention,
    sentenceStarts,
    sentenceEnds,
    termOffsets,
    terms: allTerms.slice(0, termCount),
    entities,
    subjects,
    subjectOf,
  };
  // Postings, with all their sentence vectors packed into one arena.
  const terms = source.terms;
  const entityGroups = [...entityMentions].map(([entity, indices]) => ({ entity, indices, sentences: uniqueSorted(indices.map((i) => mentionSentence[i])) }));
  const subjectGroups = [...figuresBySubject].map(([subject, indices]) => ({ subject, indices, sentences: uniqueSorted(indices.map((i) => mentionSentence[i])) }));
  const { arena, starts } = packVectors([...entityGroups, ...subjectGroups].map((group) => group.sentences), termOffsets, terms);
  entityGroups.forEach(({ entity, indices, sentences }, g) => {
    entities.set(entity, { source, mentions: indices, sentences, arena, at: starts[g], slot: -1 });
  });
  subjectGroups.forEach(({ subject, indices, sentences }, g) => {
    subjects.set(subject, {
      source,
      mentions: indices,
      sentences,
      sentenceOf: indices.map((index) => sentences.indexOf(mentionSentence[index])),
      arena,
      at: starts[entityGroups.length + g],
      figures: indices.map((index) => prepareFigure(mentions[index] as FigureMention)),
      slot: -1,
    });
  });
  return { source, problems };
}
