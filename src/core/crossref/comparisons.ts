// Groups of comparable figures across the workspace, for the command line. Within each subject
// bucket, figures are linked to the most similar comparable figure of each other source (sentence
// cosine above the subject's minimum); linked figures form groups. Candidate pairs come from an
// inverted index over sentence terms, so no bucket is compared all-pairs.

import type { FigureMention } from '../model';
import type { ComparisonGroup, ComparisonMention } from './cards';
import { judgeFigures } from './figures/compareFigures';
import { contextsMatch, type ContextRef } from './figures/figureContext';
import { sameStory } from './storySimilarity';
import { minimumSimilarity, subjectLabel } from './figures/subject';
import type { IndexedSource, SubjectPosting } from './indexedSource';
import type { PostingList } from './postings';
import type { PreparedFigure } from './figures/compareFigures';
import type { TermStatistics } from './termStatistics';
import { contentTokens } from './text/terms';

interface Entry {
  readonly source: IndexedSource;
  readonly index: number;
  readonly sentence: number;
  readonly figure: PreparedFigure;
  readonly context: ContextRef;
  readonly norm: number;
}

/**
 * Terms in more entries than this add little and cost much: candidates come from rarer terms
 * (a quarter of the bucket, at least 50, at most 2,000 entries).
 */
function maxPosting(entries: number): number {
  return Math.min(2000, Math.max(50, entries >> 2));
}

/** Each figure links to at most this many figures of other sources (its most similar ones). */
const MAX_LINKS = 8;

export function buildComparisonGroups(subjectPostings: ReadonlyMap<string, PostingList<SubjectPosting>>, statistics: TermStatistics): ComparisonGroup[] {
  const groups: ComparisonGroup[] = [];
  for (const [subject, postings] of subjectPostings) {
    if (postings.size < 2) continue;
    groups.push(...groupsOfSubject(subject, postings.items, statistics));
  }
  return groups.sort((a, b) => Number(a.agree) - Number(b.agree) || b.mentions.length - a.mentions.length || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}

function termsOf(entry: { source: IndexedSource; sentence: number }): Int32Array {
  const { source, sentence } = entry;
  if (sentence < 0) return new Int32Array(0);
  return source.terms.subarray(source.termOffsets[sentence], source.termOffsets[sentence + 1]);
}

function groupsOfSubject(subject: string, subjectPostings: readonly SubjectPosting[], statistics: TermStatistics): ComparisonGroup[] {
  const entries: Entry[] = [];
  for (const { source, mentions, sentences, sentenceOf, figures, contexts } of subjectPostings) {
    for (let i = 0; i < mentions.length; i++) {
      const sentence = sentences[sentenceOf[i]];
      let norm = 0;
      for (const term of termsOf({ source, sentence })) norm += statistics.weight(term) ** 2;
      entries.push({ source, index: mentions[i], sentence, figure: figures[i], context: { arena: source.contextArena, at: contexts[i] }, norm: Math.sqrt(norm) });
    }
  }
  const postings = new Map<number, number[]>();
  entries.forEach((entry, i) => {
    for (const term of termsOf(entry)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });

  const threshold = minimumSimilarity(subject);
  const weight = (id: number) => statistics.weight(id);
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const differingRoots = new Set<number>();
  const differingPairs: Array<[number, number]> = [];
  const dots = new Float64Array(entries.length);
  const touched: number[] = [];

  const postingLimit = maxPosting(entries.length);
  entries.forEach((entry, i) => {
    for (const term of termsOf(entry)) {
      const list = postings.get(term)!;
      if (list.length > postingLimit) continue;
      const weight = statistics.weight(term) ** 2;
      for (const j of list) {
        if (j <= i || entries[j].source === entry.source) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] += weight;
      }
    }
    // The most similar figure of each other source, at most MAX_LINKS sources.
    const links: Array<{ j: number; similarity: number }> = [];
    for (const j of touched) {
      const other = entries[j];
      const similarity = dots[j] / (entry.norm * other.norm || 1);
      dots[j] = 0;
      if (similarity < threshold || !contextsMatch(subject, entry.context, other.context, weight)) continue;
      if (!sameStory(entry.source.storyTerms, other.source.storyTerms, weight)) continue;
      if (links.length === MAX_LINKS && similarity <= links[MAX_LINKS - 1].similarity) continue;
      const same = links.findIndex((link) => entries[link.j].source === other.source);
      if (same >= 0) {
        if (links[same].similarity >= similarity) continue;
        links.splice(same, 1);
      }
      let at = links.length;
      while (at > 0 && links[at - 1].similarity < similarity) at--;
      links.splice(at, 0, { j, similarity });
      if (links.length > MAX_LINKS) links.pop();
    }
    touched.length = 0;
    for (const { j } of links) {
      const judgement = judgeFigures(entry.figure, entries[j].figure, subject);
      if (!judgement) continue;
      parent[find(j)] = find(i);
      if (judgement.verdict === 'differs') differingPairs.push([i, j]);
    }
  });
  for (const [i] of differingPairs) differingRoots.add(find(i));

  const members = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });

  const groups: ComparisonGroup[] = [];
  for (const [root, list] of members) {
    if (list.length < 2 || new Set(list.map((i) => entries[i].source)).size < 2) continue;
    const group = list.map((i) => entries[i]);
    groups.push({
      subject: groupSubject(subject, group, statistics),
      type: (group[0].source.mentions[group[0].index] as FigureMention).type,
      agree: !differingRoots.has(root),
      mentions: group.map(toComparisonMention).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start)),
    });
  }
  return groups;
}

function toComparisonMention(entry: Entry): ComparisonMention {
  const mention = entry.source.mentions[entry.index] as FigureMention;
  const result: { file: string; start: number; end: number; text: string; value?: number | string } = {
    file: entry.source.id,
    start: mention.start,
    end: mention.end,
    text: entry.source.text.slice(mention.start, mention.end),
  };
  if (mention.value !== undefined) result.value = mention.value;
  return result;
}

/**
 * The counted noun for counts ("countries"); for other kinds the subject label plus the words the
 * group's sentences share most, outside the figures themselves ("length: barrier harbour").
 */
function groupSubject(subject: string, group: readonly Entry[], statistics: TermStatistics): string {
  const label = subjectLabel(subject);
  if (subject.startsWith('count:') && label !== 'number') return label;
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, { source: IndexedSource; start: number; end: number; order: number }>();
  for (const entry of group) {
    const { source, sentence } = entry;
    if (sentence < 0) continue;
    const mention = source.mentions[entry.index];
    const words = new Set<string>();
    for (const [from, to] of [[source.sentenceStarts[sentence], mention.start], [mention.end, source.sentenceEnds[sentence]]]) {
      for (const token of contentTokens(source.text, from, to)) {
        words.add(token.stem);
        if (!firstSeen.has(token.stem)) firstSeen.set(token.stem, { source, start: token.start, end: token.end, order: firstSeen.size });
      }
    }
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts]
    .filter(([, count]) => count >= 2)
    .map(([stem, count]) => {
      const id = statistics.idOf(stem);
      return { stem, score: count * (id === undefined ? 0 : statistics.weight(id)) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map(({ stem }) => firstSeen.get(stem)!)
    .sort((a, b) => a.order - b.order);
  if (!ranked.length) return label;
  return `${label}: ${ranked.map(({ source, start, end }) => source.text.slice(start, end).toLowerCase()).join(' ')}`;
}
