// One source prepared for cross-referencing: sentences, their term vectors, and which mentions fall
// in which sentence. Built once per upsert; everything a query needs about the source is here.

import { isEntityType, isFigureType, type FigureMention, type Mention, type Span } from '../model';
import { basename } from '../io/paths';
import { prepareFigure, type PreparedFigure } from './figures/compareFigures';
import { clauseBreaks, ContextArena, contextEntries, contextFlags, contextSide, hasSentenceCues, SentenceTokens } from './figures/figureContext';
import { subjectWords } from './figures/nouns';
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
  /** Offset of each figure's context in source.contextArena (aligned with mentions; see figureContext). */
  readonly contexts: readonly number[];
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

/** The distinct values, ascending. Sentences of mentions taken in text order already ascend: then one pass. */
function uniqueSorted(values: readonly number[]): number[] {
  const unique: number[] = [];
  for (const value of values) {
    const last = unique.length ? unique[unique.length - 1] : undefined;
    if (last === undefined || value > last) unique.push(value);
    else if (value < last) return [...new Set(values)].sort((a, b) => a - b);
  }
  return unique;
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
  /** The packed contexts of the comparable figures (see figureContext). */
  readonly contextArena: Int32Array;
  /** Sorted term ids of the entities the source names (see storySimilarity). */
  readonly storyTerms: Int32Array;
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
 * `subjectTerms` gives the term ids naming a subject (see subjectTermIds; the index caches them).
 */
export function analyseSource(
  input: IndexedSourceInput,
  statistics: TermStatistics,
  subjectTerms: (subject: string) => ReadonlySet<number> = (subject) => subjectTermIds(subject, (word) => statistics.internWord(word, stem)),
): { source: IndexedSource; problems: string[] } {
  const { id, text } = input;
  const problems: string[] = [];
  const mentions: Mention[] = [];
  for (const [index, mention] of (Array.isArray(input.mentions) ? input.mentions : []).entries()) {
    const problem = mentionProblem(mention, text.length);
    if (problem) problems.push(`${id}: mention #${index} skipped: ${problem}`);
    else mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const header = readSourceHeader(text, mentions);
  const sentences = splitSentences(text, header.bodyStart);
  const sentenceStarts = new Int32Array(sentences.length);
  const sentenceEnds = new Int32Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    sentenceStarts[i] = sentences[i].start;
    sentenceEnds[i] = sentences[i].end;
  }

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
  const preparedOf = new Map<number, PreparedFigure>();
  mentions.forEach((mention, index) => {
    if (mention.kind !== 'figure' || overlapsAny(header.boilerplate, mention.start, mention.end)) return;
    const s = mentionSentence[index];
    const prepared = prepareFigure(mention);
    if (prepared.cls === undefined) return;
    const key = figureSubjectKey(text, mention, s >= 0 ? sentenceStarts[s] : mention.start, s >= 0 ? sentenceEnds[s] : mention.end, prepared.cls);
    if (key === undefined) return;
    subjectOf.set(index, key);
    preparedOf.set(index, prepared);
    const list = figuresBySubject.get(key);
    if (list) list.push(index);
    else figuresBySubject.set(key, [index]);
  });

  // Term vectors: content-word stems plus the ids of the entities and figure subjects in the sentence.
  // The words of a sentence holding comparable figures also give each figure its context.
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
  const tokens = new SentenceTokens();
  const addWord = (word: string) => addTerm(statistics.internWord(word, stem));
  const addWordAndToken = (word: string, start: number, end: number) => {
    const id = statistics.internWord(word, stem);
    addTerm(id);
    tokens.addWord(id, start, end);
  };
  // Only sentences holding a comparable figure need their words' positions (for its context).
  const holdsFigure = new Uint8Array(sentences.length);
  for (const index of subjectOf.keys()) if (mentionSentence[index] >= 0) holdsFigure[mentionSentence[index]] = 1;
  const contexts = new ContextArena();
  const contextOf = new Map<number, number>();
  const sentenceFigures: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const from = termCount;
    tokens.clear();
    sentenceFigures.length = 0;
    const needsTokens = holdsFigure[s] === 1;
    forEachWord(text, sentenceStarts[s], sentenceEnds[s], needsTokens ? addWordAndToken : addWord);
    while (mentionCursor < mentions.length && mentions[mentionCursor].start < sentenceEnds[s]) {
      const index = mentionCursor++;
      const mention = mentions[index];
      if (mention.start < sentenceStarts[s]) continue;
      if (mention.kind === 'entity') {
        const id = statistics.internPseudo(ENTITY_TERM_PREFIX, mention.entity);
        addTerm(id);
        if (needsTokens) tokens.addEntity(id, mention.start, mention.end);
      } else sentenceFigures.push(index);
      const subject = subjectOf.get(index);
      if (subject !== undefined) addTerm(statistics.internPseudo(SUBJECT_TERM_PREFIX, subject));
    }
    let blocked: Span[] | undefined;
    let breaks: number[] | undefined;
    let cues: boolean | undefined;
    for (const index of sentenceFigures) {
      const subject = subjectOf.get(index);
      if (subject === undefined) continue;
      const excluded = subjectTerms(subject);
      const sentence = { start: sentenceStarts[s], end: sentenceEnds[s] };
      blocked ??= [...sentenceFigures.map((i) => mentions[i]), ...header.boilerplate.filter((span) => span.start < sentence.end && sentence.start < span.end)];
      cues ??= hasSentenceCues(text, sentence.start, sentence.end);
      breaks ??= cues ? clauseBreaks(text, sentence.start, sentence.end) : [];
      const mention = mentions[index] as FigureMention;
      const entries = contextEntries(tokens, mention, { blocked, breaks, excluded, side: contextSide(text, mention, subject) });
      contextOf.set(index, contexts.add(entries, contextFlags(text, mention, sentence, cues)));
    }
    // Sorted and unique: binary term vectors.
    const vector = allTerms.subarray(from, termCount).sort();
    let unique = 0;
    for (let i = 0; i < vector.length; i++) if (i === 0 || vector[i] !== vector[i - 1]) vector[unique++] = vector[i];
    termCount = from + unique;
    termOffsets[s + 1] = termCount;
  }
  // Comparable figures outside every sentence (none in practice) get an empty context.
  for (const index of subjectOf.keys()) if (!contextOf.has(index)) contextOf.set(index, contexts.add([], 0));

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
    contextArena: contexts.finish(),
    storyTerms: Int32Array.from([...entityMentions.keys()], (entity) => statistics.internPseudo(ENTITY_TERM_PREFIX, entity)).sort(),
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
      figures: indices.map((index) => preparedOf.get(index) ?? prepareFigure(mentions[index] as FigureMention)),
      contexts: indices.map((index) => contextOf.get(index) ?? 0),
      slot: -1,
    });
  });
  return { source, problems };
}

/** Term ids of the words that name a subject ("countries", "nations" for count:country): not context. */
export function subjectTermIds(subject: string, idOfWord: (word: string) => number | undefined): ReadonlySet<number> {
  const ids = new Set<number>();
  if (!subject.startsWith('count:')) return ids;
  for (const cls of subject.slice('count:'.length).split(' ')) {
    if (!cls) continue;
    for (const phrase of subjectWords(cls)) {
      for (const word of phrase.split(' ')) {
        const id = idOfWord(word);
        if (id !== undefined) ids.add(id);
      }
    }
  }
  return ids;
}
