// The cross-reference index of a workspace: which sources mention which entity, which comparable
// figures they give, and the sentence vectors that rank them. Every update costs time proportional
// to the source updated; every hover query touches only the sources that share the entity or the
// figure's subject.

import type { EntityMention, EntityRecord, FigureMention, Mention, Span } from '../model';
import type { ComparisonGroup, EntityCard, EntitySourceMatch, FigureCard, FigureComparison } from './cards';
import { buildComparisonGroups } from './comparisons';
import { createEntitySearch, type EntitySearch } from './entitySearch';
import { buildExcerpt, mentionsInSentence, sentenceSpan } from './excerpts';
import { explainJudgement, judgeFigures, prepareFigure, type FigureJudgement, type Verdict } from './figures/compareFigures';
import { clauseBreaks, contextEntries, contextFlags, contextSide, contextsMatch, ContextArena, SentenceTokens, type ContextRef } from './figures/figureContext';
import { describeFigure } from './figures/format';
import { figureSubjectKey, minimumSimilarity, subjectLabel } from './figures/subject';
import {
  analyseSource,
  sentenceIndexAt,
  sourceInfoOf,
  subjectTermIds,
  type EntityPosting,
  type IndexedSource,
  type IndexedSourceInput,
  type SubjectPosting,
} from './indexedSource';
import { addPosting, BestK, PostingList, removePosting } from './postings';
import { relatedFirst } from './relatedSources';
import type { SourceInfo } from './sourceInfo';
import { sameStory } from './storySimilarity';
import { TermStatistics } from './termStatistics';
import { forEachContentWord, forEachWord, stem } from './text/terms';

export type { IndexedSourceInput } from './indexedSource';

export interface CrossReferenceOptions {
  /**
   * Canonical name, type and declared aliases of an entity id (from the gazetteer / linker). When
   * absent or when it returns undefined, the index derives them from the mentions it holds.
   */
  readonly entityLookup?: (id: string) => EntityRecord | undefined;
}

/** A mention of an entity somewhere in the workspace, with the sentence around it. */
export interface EntityMentionLocation {
  readonly sourceId: string;
  readonly mention: EntityMention;
  readonly sentence: Span;
}

/** A figure of one source and the figures of other sources that differ from it. */
export interface FigureDisagreement {
  readonly mention: FigureMention;
  readonly others: readonly FigureComparison[];
}

const VERDICT_ORDER: Record<Verdict, number> = { differs: 0, 'approximately agrees': 1, agrees: 2 };

/**
 * Most sources a hover card scores. Entities or subjects found in more sources are ranked among
 * the sources most related to the hovered one (sharing its rarer entities) and then the rest up to
 * this budget; the card says so with `partial`. Keeps hovers bounded in very large workspaces.
 */
export const HOVER_SCAN_BUDGET = 1000;

interface FigureCandidate {
  readonly source: IndexedSource;
  readonly index: number;
  readonly sentence: number;
  readonly similarity: number;
  readonly judgement: FigureJudgement;
}

interface Query {
  readonly terms: ArrayLike<number>;
  readonly unknown: number;
  readonly termSet: ReadonlySet<number>;
}

/**
 * Cross-references the sources of a workspace. Feed it every source with its recognised mentions
 * (`upsert`), keep it current on edits, deletions and renames, and ask it for hover cards.
 *
 * @example
 * const index = new CrossReferenceIndex({ entityLookup: (id) => gazetteer.get(id) });
 * index.upsert({ id: 'a.txt', text, mentions });
 * const mention = index.mentionAt('a.txt', offset);
 * if (mention?.kind === 'entity') markdown = renderEntityCard(index.entityCard('a.txt', mention, 5), commandLinks());
 */
export class CrossReferenceIndex {
  private readonly statistics = new TermStatistics();
  private readonly records = new Map<string, IndexedSource>();
  private readonly entityPostings = new Map<string, PostingList<EntityPosting>>();
  private readonly subjectPostings = new Map<string, PostingList<SubjectPosting>>();
  /** Entity id → surface form → number of mentions. */
  private readonly surfaceForms = new Map<string, Map<string, number>>();
  private readonly entityLookup: (id: string) => EntityRecord | undefined;
  /** Subject key → term ids of the words naming it (see subjectTermIds); term ids never change. */
  private readonly subjectWordIds = new Map<string, ReadonlySet<number>>();
  private search: EntitySearch | undefined;

  constructor(options: CrossReferenceOptions = {}) {
    this.entityLookup = options.entityLookup ?? (() => undefined);
  }

  // ---- updates ----------------------------------------------------------------------------------

  /**
   * Adds or replaces a source. Costs time proportional to this source only. Mentions that do not
   * fit the text (offsets out of range, unknown kinds) are skipped; the returned messages say which.
   * @throws TypeError when `source` has no string `id` and `text`.
   */
  upsert(source: IndexedSourceInput): string[] {
    if (!source || typeof source.id !== 'string' || typeof source.text !== 'string') {
      throw new TypeError('CrossReferenceIndex.upsert expects { id: string, text: string, mentions: Mention[] }');
    }
    const previous = this.records.get(source.id);
    if (previous) this.detach(previous);
    const { source: record, problems } = analyseSource(source, this.statistics, (subject) => this.subjectTerms(subject));
    this.attach(record);
    return problems;
  }

  /** Forgets a source. Returns false when it was not indexed. */
  remove(sourceId: string): boolean {
    const record = this.records.get(sourceId);
    if (!record) return false;
    this.detach(record);
    return true;
  }

  /** Moves a source to a new id (file renamed) without re-analysing it. A source already at `newId` is replaced. */
  rename(oldId: string, newId: string): boolean {
    const record = this.records.get(oldId);
    if (!record || oldId === newId) return Boolean(record);
    const existing = this.records.get(newId);
    if (existing) this.detach(existing);
    this.records.delete(oldId);
    record.id = newId;
    this.records.set(newId, record);
    return true;
  }

  private attach(record: IndexedSource): void {
    this.records.set(record.id, record);
    this.statistics.count(record.terms, record.termOffsets, 1);
    for (const [entity, posting] of record.entities) {
      addPosting(this.entityPostings, entity, posting);
      let forms = this.surfaceForms.get(entity);
      if (!forms) this.surfaceForms.set(entity, (forms = new Map()));
      for (const index of posting.mentions) {
        const form = surfaceForm(record.mentions[index]);
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
    }
    for (const [subject, posting] of record.subjects) addPosting(this.subjectPostings, subject, posting);
    this.search = undefined;
  }

  private detach(record: IndexedSource): void {
    this.records.delete(record.id);
    this.statistics.count(record.terms, record.termOffsets, -1);
    for (const [entity, posting] of record.entities) {
      removePosting(this.entityPostings, entity, posting);
      const forms = this.surfaceForms.get(entity);
      if (!forms) continue;
      for (const index of posting.mentions) {
        const form = surfaceForm(record.mentions[index]);
        const count = (forms.get(form) ?? 0) - 1;
        if (count > 0) forms.set(form, count);
        else forms.delete(form);
      }
      if (forms.size === 0) this.surfaceForms.delete(entity);
    }
    for (const [subject, posting] of record.subjects) removePosting(this.subjectPostings, subject, posting);
    this.search = undefined;
  }

  // ---- lookups ----------------------------------------------------------------------------------

  /** Every indexed source with its title, outlet and date, sorted by id. */
  sources(): SourceInfo[] {
    return [...this.records.values()].map(sourceInfoOf).sort((a, b) => compareText(a.id, b.id));
  }

  source(id: string): SourceInfo | undefined {
    const record = this.records.get(id);
    return record ? sourceInfoOf(record) : undefined;
  }

  /** The valid mentions of a source, sorted by start. Empty for an unknown source. */
  mentions(sourceId: string): readonly Mention[] {
    return this.records.get(sourceId)?.mentions ?? [];
  }

  /** The innermost mention covering `offset` (start ≤ offset < end), if any. */
  mentionAt(sourceId: string, offset: number): Mention | undefined {
    const record = this.records.get(sourceId);
    if (!record) return undefined;
    const mentions = record.mentions;
    let lo = 0;
    let hi = mentions.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: Mention | undefined;
    for (let i = last; i >= 0 && mentions[i].start > offset - record.longestMention; i--) {
      const mention = mentions[i];
      if (offset < mention.end && (!best || mention.end - mention.start < best.end - best.start)) best = mention;
    }
    return best;
  }

  /** The sentence around `offset`, if the offset is inside one. */
  sentenceAt(sourceId: string, offset: number): Span | undefined {
    const record = this.records.get(sourceId);
    if (!record) return undefined;
    const index = sentenceIndexAt(record, offset);
    return index < 0 ? undefined : { start: record.sentenceStarts[index], end: record.sentenceEnds[index] };
  }

  /** Name, type and aliases of an entity: from the lookup when it knows it, else from the mentions seen. */
  entity(entityId: string): EntityRecord | undefined {
    const declared = this.entityLookup(entityId);
    if (declared) return declared;
    const forms = this.rankedSurfaceForms(entityId);
    const posting = this.entityPostings.get(entityId)?.items[0];
    if (!forms.length || !posting) return undefined;
    const first = posting.source.mentions[posting.mentions[0]] as EntityMention;
    return { id: entityId, name: forms[0], type: first.type, aliases: forms.slice(1) };
  }

  /** Every mention of an entity in the workspace, by source id then offset. */
  entityMentions(entityId: string): EntityMentionLocation[] {
    const postings = [...(this.entityPostings.get(entityId)?.items ?? [])].sort((a, b) => compareText(a.source.id, b.source.id));
    const found: EntityMentionLocation[] = [];
    for (const { source: record, mentions } of postings) {
      for (const index of mentions) {
        const mention = record.mentions[index] as EntityMention;
        found.push({ sourceId: record.id, mention, sentence: sentenceSpan(record, record.mentionSentence[index], mention) });
      }
    }
    return found;
  }

  /** Entities whose name or aliases fuzzily match `query` (fuse.js), best first. */
  searchEntities(query: string, limit = 20): EntityRecord[] {
    if (!this.search) {
      const records: EntityRecord[] = [];
      for (const id of this.entityPostings.keys()) {
        const record = this.entity(id);
        if (!record) continue;
        const aliases = [...new Set([...record.aliases, ...this.rankedSurfaceForms(id)])].filter((alias) => alias !== record.name);
        records.push({ ...record, aliases });
      }
      this.search = createEntitySearch(records);
    }
    return this.search(query, limit);
  }

  // ---- entity cards -----------------------------------------------------------------------------

  /**
   * How the other sources tell the entity of `mention` (hovered in `sourceId`): for each other
   * source mentioning it, most relevant first and at most `maxSources`, its naming of the entity and
   * the sentence best matching the hovered sentence. Works for mentions or sources not in the index
   * too (the mention's own text is then the query).
   */
  entityCard(sourceId: string, mention: EntityMention, maxSources = 5): EntityCard {
    const record = this.records.get(sourceId);
    const { span, query } = this.queryAround(record, mention);
    const entityId = mention.entity;
    const allPostings = this.entityPostings.get(entityId)?.items ?? [];
    const { items: postings, partial } = relatedFirst(record, span, allPostings, (source) => source.entities.get(entityId), this.entityPostings, HOVER_SCAN_BUDGET);

    // Best sentence per other source; only the best `maxSources` sources are kept (no full sort).
    const best = new BestK<{ posting: EntityPosting; sentence: number; similarity: number }>(
      Math.max(0, maxSources),
      (a, b) => b.similarity - a.similarity || compareText(a.posting.source.id, b.posting.source.id),
    );
    this.statistics.withQuery(query.terms, query.unknown, (score) => {
      for (const posting of postings) {
        const other = posting.source;
        if (other === record) continue;
        const { sentences, arena } = posting;
        let bestSimilarity = -1;
        let bestSentence = sentences[0];
        for (let i = 0, at = posting.at; i < sentences.length; i++) {
          const length = arena[at];
          const similarity = length === 0 ? 0 : score(arena, at + 1, at + 1 + length);
          at += 1 + length;
          if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            bestSentence = sentences[i];
          }
        }
        best.offer({ posting, sentence: bestSentence, similarity: bestSimilarity });
      }
    });

    const others: EntitySourceMatch[] = best.items.map(({ posting, sentence, similarity }) => {
      const other = posting.source;
      const indices = posting.mentions;
      const firstMention = other.mentions[indices[0]];
      return {
        source: sourceInfoOf(other),
        surfaceForms: rankForms(indices.map((index) => surfaceForm(other.mentions[index]))),
        mentionCount: indices.length,
        sentence: buildExcerpt(other.text, sentenceSpan(other, sentence, firstMention), query.termSet, this.statistics, mentionsInSentence(other, indices, sentence)),
        similarity: round(similarity),
      };
    });

    const forms = this.rankedSurfaceForms(entityId);
    const entity = this.entity(entityId) ?? { id: entityId, name: mention.text, type: mention.type, aliases: [] };
    return {
      entity,
      aliasesSeen: forms.filter((form) => form !== entity.name),
      sourceId,
      mention,
      sentence: buildExcerpt(record?.text ?? mention.text, record ? span : { start: 0, end: mention.text.length }, new Set(), this.statistics, record ? [mention] : []),
      sourceCount: allPostings.length + (record && !record.entities.has(entityId) ? 1 : 0),
      totalSources: this.records.size,
      mentionCount: [...(this.surfaceForms.get(entityId)?.values() ?? [])].reduce((sum, count) => sum + count, 0),
      others,
      otherSourceCount: allPostings.length - (record?.entities.has(entityId) ? 1 : 0),
      ...(partial ? { partial } : {}),
    };
  }

  // ---- figure cards -----------------------------------------------------------------------------

  /**
   * The comparable figures other sources give for the subject of `mention`, with a verdict each:
   * at most one per source (the one in the most similar sentence), differing ones first, at most
   * `maxSources`.
   */
  figureCard(sourceId: string, mention: FigureMention, maxSources = 8): FigureCard {
    const record = this.records.get(sourceId);
    const { span, query } = this.queryAround(record, mention);
    const subject = this.subjectOfFigure(record, mention, span);
    const limit = Math.max(0, maxSources);
    const { shown, counts, total, partial } = subject === undefined
      ? { shown: [], counts: { agrees: 0, approximatelyAgrees: 0, differs: 0 }, total: 0, partial: false }
      : this.figureCandidates(record, mention, subject, query, limit);
    const card: FigureCard = {
      sourceId,
      mention,
      display: describeFigure(mention),
      value: mention.value,
      max: mention.max,
      unit: mention.unit,
      qualifier: mention.qualifier,
      subject: subject === undefined ? mention.type : subjectLabel(subject),
      comparable: subject !== undefined,
      sentence: buildExcerpt(record?.text ?? mention.text, record ? span : { start: 0, end: mention.text.length }, new Set(), this.statistics, record ? [mention] : []),
      comparisons: shown.map((candidate) => this.toComparison(candidate, query)),
      comparisonCount: total,
      counts,
      ...(partial ? { partial } : {}),
    };
    return stripUndefined(card);
  }

  /**
   * The figures of `sourceId` that other sources contradict, each with the differing figures of at
   * most `maxOthers` sources (most similar first).
   */
  disagreements(sourceId: string, maxOthers = 10): FigureDisagreement[] {
    return this.figureLinks(sourceId, maxOthers).disagreements;
  }

  /**
   * The disagreements of `sourceId` (see disagreements) and the ids of the other sources holding a
   * figure comparable with one of its figures, agreeing or not. Comparability is symmetric, so these
   * are the sources whose own disagreements can change when this source changes: an editor
   * recomputes the edited source, the sources it was linked to before and those it is linked to now.
   */
  figureLinks(sourceId: string, maxOthers = 10): { disagreements: FigureDisagreement[]; linkedSources: string[] } {
    const record = this.records.get(sourceId);
    if (!record) return { disagreements: [], linkedSources: [] };
    const found: FigureDisagreement[] = [];
    const linked = new Set<IndexedSource>();
    for (const [index, subject] of [...record.subjectOf].sort((a, b) => a[0] - b[0])) {
      const mention = record.mentions[index] as FigureMention;
      const { query } = this.queryAround(record, mention);
      const { shown, counts } = this.figureCandidates(record, mention, subject, query, Math.max(1, maxOthers), linked);
      const differing = shown.filter((c) => c.judgement.verdict === 'differs');
      if (counts.differs > 0) found.push({ mention, others: differing.map((c) => this.toComparison(c, query)) });
    }
    return { disagreements: found, linkedSources: [...linked].map((source) => source.id).sort(compareText) };
  }

  /**
   * Groups of comparable figures (same subject, similar sentences) found in two or more sources,
   * for the command line. Groups that disagree come first.
   */
  comparisons(): ComparisonGroup[] {
    return buildComparisonGroups(this.subjectPostings, this.statistics);
  }

  // ---- internals --------------------------------------------------------------------------------

  private subjectOfFigure(record: IndexedSource | undefined, mention: FigureMention, span: Span): string | undefined {
    const index = record ? indexOfMention(record, mention) : -1;
    if (record && index >= 0) return record.subjectOf.get(index) ?? figureSubjectKey(record.text, mention, span.start, span.end);
    return figureSubjectKey(record?.text ?? mention.text, mention, span.start, span.end);
  }

  /**
   * The best comparable figure of each other source for `mention` (most similar sentence above the
   * subject's minimum), judged but not yet worded. Keeps the `limit` first by verdict (differing
   * first) then similarity, and counts all verdicts. Adds every source with a comparable figure to
   * `linked`.
   */
  private figureCandidates(record: IndexedSource | undefined, mention: FigureMention, subject: string, query: Query, limit: number, linked?: Set<IndexedSource>) {
    const threshold = minimumSimilarity(subject);
    const prepared = prepareFigure(mention);
    const context = this.contextOfFigure(record, mention, subject);
    const weight = (id: number) => this.statistics.weight(id);
    const counts = { agrees: 0, approximatelyAgrees: 0, differs: 0 };
    const shown = new BestK<FigureCandidate>(
      limit,
      (a, b) => VERDICT_ORDER[a.judgement.verdict] - VERDICT_ORDER[b.judgement.verdict] || b.similarity - a.similarity || compareText(a.source.id, b.source.id),
    );
    const all = this.subjectPostings.get(subject)?.items ?? [];
    const { items: postings, partial } = relatedFirst(record, sentenceSpanOf(record, mention), all, (source) => source.subjects.get(subject), this.entityPostings, HOVER_SCAN_BUDGET);
    let similarities = new Float64Array(8);
    this.statistics.withQuery(query.terms, query.unknown, (score) => {
      for (const posting of postings) {
        const other = posting.source;
        if (other === record || (record && !sameStory(record.storyTerms, other.storyTerms, weight))) continue;
        const { sentences, sentenceOf, arena, figures, contexts } = posting;
        // Similarity of each sentence holding a figure of this subject (usually one or two).
        if (similarities.length < sentences.length) similarities = new Float64Array(sentences.length * 2);
        for (let k = 0, at = posting.at; k < sentences.length; k++) {
          const length = arena[at];
          similarities[k] = length === 0 ? 0 : score(arena, at + 1, at + 1 + length);
          at += 1 + length;
        }
        let found: FigureCandidate | undefined;
        for (let i = 0; i < figures.length; i++) {
          const similarity = similarities[sentenceOf[i]];
          if (similarity < threshold || (found && found.similarity >= similarity)) continue;
          if (!contextsMatch(subject, context, { arena: other.contextArena, at: contexts[i] }, weight)) continue;
          const judgement = judgeFigures(prepared, figures[i], subject);
          if (judgement) found = { source: other, index: posting.mentions[i], sentence: sentences[sentenceOf[i]], similarity, judgement };
        }
        if (!found) continue;
        linked?.add(other);
        if (found.judgement.verdict === 'agrees') counts.agrees++;
        else if (found.judgement.verdict === 'differs') counts.differs++;
        else counts.approximatelyAgrees++;
        shown.offer(found);
      }
    });
    return { shown: shown.items, counts, total: counts.agrees + counts.approximatelyAgrees + counts.differs, partial };
  }

  private subjectTerms(subject: string): ReadonlySet<number> {
    let ids = this.subjectWordIds.get(subject);
    if (!ids) this.subjectWordIds.set(subject, (ids = subjectTermIds(subject, (word) => this.statistics.internWord(word, stem))));
    return ids;
  }

  /** The context of a figure: stored when the figure is indexed, else read from its sentence now. */
  private contextOfFigure(record: IndexedSource | undefined, mention: FigureMention, subject: string): ContextRef {
    if (record) {
      const posting = record.subjects.get(subject);
      const position = posting ? posting.mentions.indexOf(indexOfMention(record, mention)) : -1;
      if (posting && position >= 0) return { arena: record.contextArena, at: posting.contexts[position] };
    }
    const text = record?.text ?? mention.text;
    const span = record ? sentenceSpanOf(record, mention) : { start: 0, end: mention.text.length };
    const tokens = new SentenceTokens();
    forEachWord(text, span.start, span.end, (word, start, end) => tokens.addWord(this.statistics.idOf(stem(word)) ?? -1, start, end));
    const figure = record ? mention : { start: 0, end: mention.text.length };
    const excluded = this.subjectTerms(subject);
    const arena = new ContextArena();
    const limits = { blocked: [figure], breaks: clauseBreaks(text, span.start, span.end), excluded, side: contextSide(text, figure, subject) };
    const at = arena.add(contextEntries(tokens, figure, limits), contextFlags(text, { ...mention, ...figure }, span));
    return { arena: arena.finish(), at };
  }

  private toComparison(candidate: FigureCandidate, query: Query): FigureComparison {
    const { source, index, sentence, similarity, judgement } = candidate;
    const otherMention = source.mentions[index] as FigureMention;
    const explained = explainJudgement(judgement);
    return stripUndefined({
      source: sourceInfoOf(source),
      mention: otherMention,
      sentence: buildExcerpt(source.text, sentenceSpan(source, sentence, otherMention), query.termSet, this.statistics, [otherMention]),
      similarity: round(similarity),
      verdict: explained.verdict,
      detail: explained.detail,
      conversion: explained.conversion,
    });
  }

  /** The sentence holding `mention` and its term vector as a query. */
  private queryAround(record: IndexedSource | undefined, mention: Mention): { span: Span; query: Query } {
    if (record) {
      const index = sentenceIndexAt(record, mention.start);
      if (index >= 0) {
        const terms = record.terms.subarray(record.termOffsets[index], record.termOffsets[index + 1]);
        return { span: { start: record.sentenceStarts[index], end: record.sentenceEnds[index] }, query: { terms, unknown: 0, termSet: new Set(terms) } };
      }
    }
    // Outside any indexed sentence: the mention's own words are the query.
    const text = record?.text ?? mention.text;
    const span = record ? { start: mention.start, end: mention.end } : { start: 0, end: mention.text.length };
    const known = new Set<number>();
    let unknown = 0;
    forEachContentWord(text, span.start, span.end, (stem) => {
      const id = this.statistics.idOf(stem);
      if (id === undefined) unknown++;
      else known.add(id);
    });
    return { span, query: { terms: [...known], unknown, termSet: known } };
  }

  private rankedSurfaceForms(entityId: string): string[] {
    const forms = this.surfaceForms.get(entityId);
    if (!forms) return [];
    return [...forms].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([form]) => form);
  }
}

function sentenceSpanOf(record: IndexedSource | undefined, mention: Mention): Span {
  const index = record ? sentenceIndexAt(record, mention.start) : -1;
  return sentenceSpan(record, index, mention);
}

/** Whitespace that a surface form must not keep: at the ends, doubled, or other than a space. */
const LOOSE_SPACE = /^\s|\s$|\s\s|[^\S ]/;

function surfaceForm(mention: Mention): string {
  // Most names need no change; testing first avoids building a new string for every mention.
  return LOOSE_SPACE.test(mention.text) ? mention.text.replace(/\s+/g, ' ').trim() : mention.text;
}

function rankForms(forms: string[]): string[] {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([form]) => form);
}

function indexOfMention(record: IndexedSource, mention: Mention): number {
  const mentions = record.mentions;
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < mention.start) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = lo; i < mentions.length && mentions[i].start === mention.start; i++) {
    if (mentions[i].end === mention.end && mentions[i].kind === mention.kind) return i;
  }
  return -1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Drops undefined optional fields so cards compare and serialise cleanly. */
function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}
