// Pure scoring of predicted mentions against gold labels: span/type precision, recall and F1
// (exact and overlapping spans), figure value accuracy and pairwise entity-linking scores.
import { ENTITY_TYPES, FIGURE_TYPES, type MentionType, isEntityType } from '../src/core/model';
import type { GoldMention } from './eval-data';

/** What the scorer needs of a predicted mention (a core Mention fits). */
export interface PredictedMention {
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  readonly entity?: string;
  readonly value?: number | string;
  readonly max?: number;
}

export interface Counts {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

export interface Prf extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface SpanScores {
  readonly exact: Prf;
  readonly overlap: Prf;
}

export interface ValueScores {
  /** Gold figures with a value that were matched (overlap, same type) by a prediction. */
  readonly compared: number;
  /** Of those, how many predictions carry the same value (and max). */
  readonly equal: number;
}

export interface LinkingScores {
  /** Gold entity mentions matched (overlap, any entity type) to a predicted entity mention. */
  readonly matchedMentions: number;
  /** Over all pairs of matched mentions of the set. */
  readonly allPairs: Prf;
  /** Over pairs whose two mentions are in different sources: cross-source linking. */
  readonly crossSourcePairs: Prf;
}

export interface EvalScores {
  readonly byType: Readonly<Record<MentionType, SpanScores>>;
  /** Micro-average over the four entity types (type must match). */
  readonly entities: SpanScores;
  /** Entity spans regardless of which entity type was predicted. */
  readonly entitiesUntyped: SpanScores;
  /** Micro-average over the seven figure types (type must match). */
  readonly figures: SpanScores;
  readonly valuesByType: Readonly<Record<MentionType, ValueScores>>;
  readonly linking: LinkingScores;
}

/** Gold and predicted mentions of every source of one set, keyed by source id. */
export type MentionsBySource<T> = ReadonlyMap<string, readonly T[]>;

export function scoreMentions(
  gold: MentionsBySource<GoldMention>,
  predicted: MentionsBySource<PredictedMention>,
): EvalScores {
  const sourceIds = [...new Set([...gold.keys(), ...predicted.keys()])];
  const typedExact = emptyCountsByType();
  const typedOverlap = emptyCountsByType();
  const untypedExact = newCounter();
  const untypedOverlap = newCounter();
  const values = Object.fromEntries([...ENTITY_TYPES, ...FIGURE_TYPES].map((t) => [t, { compared: 0, equal: 0 }])) as Record<MentionType, { compared: number; equal: number }>;
  const linkedMentions: LinkedMention[] = [];

  for (const sourceId of sourceIds) {
    const goldHere = gold.get(sourceId) ?? [];
    const predictedHere = predicted.get(sourceId) ?? [];
    for (const type of [...ENTITY_TYPES, ...FIGURE_TYPES]) {
      const g = goldHere.filter((m) => m.type === type);
      const p = predictedHere.filter((m) => m.type === type);
      addCounts(typedExact[type], g.length, p.length, matchOneToOne(g, p, sameSpan).length);
      const overlapping = matchOneToOne(g, p, spansIntersect);
      addCounts(typedOverlap[type], g.length, p.length, overlapping.length);
      for (const [gi, pi] of overlapping) {
        if (g[gi].value === undefined) continue;
        values[type].compared++;
        if (sameValue(g[gi], p[pi])) values[type].equal++;
      }
    }
    const gEntities = goldHere.filter((m) => isEntityType(m.type));
    const pEntities = predictedHere.filter((m) => isEntityType(m.type));
    addCounts(untypedExact, gEntities.length, pEntities.length, matchOneToOne(gEntities, pEntities, sameSpan).length);
    const entityMatches = matchOneToOne(gEntities, pEntities, spansIntersect);
    addCounts(untypedOverlap, gEntities.length, pEntities.length, entityMatches.length);
    for (const [gi, pi] of entityMatches) {
      const goldEntity = gEntities[gi].entity;
      const predictedEntity = pEntities[pi].entity;
      if (goldEntity !== undefined && predictedEntity !== undefined) {
        linkedMentions.push({ sourceId, goldEntity, predictedEntity });
      }
    }
  }

  const byType = Object.fromEntries([...ENTITY_TYPES, ...FIGURE_TYPES].map((t) => [
    t, { exact: toPrf(typedExact[t]), overlap: toPrf(typedOverlap[t]) },
  ])) as Record<MentionType, SpanScores>;
  const sumOver = (types: readonly MentionType[], counts: Record<MentionType, Counts>): Prf =>
    toPrf(types.reduce((acc, t) => sum(acc, counts[t]), newCounter()));
  return {
    byType,
    entities: { exact: sumOver(ENTITY_TYPES, typedExact), overlap: sumOver(ENTITY_TYPES, typedOverlap) },
    entitiesUntyped: { exact: toPrf(untypedExact), overlap: toPrf(untypedOverlap) },
    figures: { exact: sumOver(FIGURE_TYPES, typedExact), overlap: sumOver(FIGURE_TYPES, typedOverlap) },
    valuesByType: values,
    linking: scoreLinking(linkedMentions),
  };
}

interface LinkedMention {
  readonly sourceId: string;
  readonly goldEntity: string;
  readonly predictedEntity: string;
}

/**
 * Pairwise linking: a pair of matched mentions is gold-linked when both carry the same gold id and
 * predicted-linked when both carry the same predicted id. Counted with pair counts per group, so
 * the cost is linear in the number of mentions.
 */
export function scoreLinking(mentions: readonly LinkedMention[]): LinkingScores {
  const all = pairCounts(mentions, () => '');
  const within = pairCounts(mentions, (m) => m.sourceId);
  const cross = {
    both: all.both - within.both,
    gold: all.gold - within.gold,
    predicted: all.predicted - within.predicted,
  };
  const toScores = (c: { both: number; gold: number; predicted: number }): Prf => toPrf({
    truePositives: c.both, falsePositives: c.predicted - c.both, falseNegatives: c.gold - c.both,
  });
  return { matchedMentions: mentions.length, allPairs: toScores(all), crossSourcePairs: toScores(cross) };
}

/** Numbers of linked pairs (gold, predicted, both) among mentions that share the same scope key. */
function pairCounts(mentions: readonly LinkedMention[], scope: (m: LinkedMention) => string) {
  const tally = (key: (m: LinkedMention) => string): number => {
    const groups = new Map<string, number>();
    for (const m of mentions) {
      const k = key(m);
      groups.set(k, (groups.get(k) ?? 0) + 1);
    }
    let pairs = 0;
    for (const n of groups.values()) pairs += (n * (n - 1)) / 2;
    return pairs;
  };
  // JSON keys keep the composite groups unambiguous whatever characters the ids contain.
  return {
    gold: tally((m) => JSON.stringify([scope(m), m.goldEntity])),
    predicted: tally((m) => JSON.stringify([scope(m), m.predictedEntity])),
    both: tally((m) => JSON.stringify([scope(m), m.goldEntity, m.predictedEntity])),
  };
}

interface Spanned { readonly start: number; readonly end: number }

function sameSpan(a: Spanned, b: Spanned): boolean {
  return a.start === b.start && a.end === b.end;
}

function spansIntersect(a: Spanned, b: Spanned): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: Spanned, b: Spanned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching: each gold and each predicted mention is used at most once, so a long
 * prediction covering two gold mentions counts once. Greedy, best overlap first; exact ties keep
 * document order, so results are deterministic.
 */
export function matchOneToOne(
  gold: readonly Spanned[],
  predicted: readonly Spanned[],
  accepts: (g: Spanned, p: Spanned) => boolean,
): Array<[number, number]> {
  const candidates: Array<{ gi: number; pi: number; shared: number }> = [];
  for (let gi = 0; gi < gold.length; gi++) {
    for (let pi = 0; pi < predicted.length; pi++) {
      if (accepts(gold[gi], predicted[pi])) {
        candidates.push({ gi, pi, shared: overlapLength(gold[gi], predicted[pi]) });
      }
    }
  }
  candidates.sort((a, b) => b.shared - a.shared || a.gi - b.gi || a.pi - b.pi);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { gi, pi } of candidates) {
    if (usedGold.has(gi) || usedPredicted.has(pi)) continue;
    usedGold.add(gi);
    usedPredicted.add(pi);
    pairs.push([gi, pi]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function sameValue(gold: GoldMention, predicted: PredictedMention): boolean {
  const equal = (a: number | string | undefined, b: number | string | undefined): boolean => {
    if (typeof a === 'number' && typeof b === 'number') {
      return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    }
    return a === b;
  };
  return equal(gold.value, predicted.value) && (gold.max === undefined || equal(gold.max, predicted.max));
}

interface MutableCounts { truePositives: number; falsePositives: number; falseNegatives: number }

function newCounter(): MutableCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function emptyCountsByType(): Record<MentionType, MutableCounts> {
  return Object.fromEntries([...ENTITY_TYPES, ...FIGURE_TYPES].map((t) => [t, newCounter()])) as Record<MentionType, MutableCounts>;
}

function addCounts(counter: MutableCounts, goldCount: number, predictedCount: number, matched: number): void {
  counter.truePositives += matched;
  counter.falsePositives += predictedCount - matched;
  counter.falseNegatives += goldCount - matched;
}

function sum(a: Counts, b: Counts): MutableCounts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** P, R and F1; a ratio with an empty denominator is reported as 0 (nothing to find or nothing found). */
export function toPrf(c: Counts): Prf {
  const precision = ratio(c.truePositives, c.truePositives + c.falsePositives);
  const recall = ratio(c.truePositives, c.truePositives + c.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export interface MentionDiff {
  /** Same span and type. */
  readonly correct: number;
  /** Same type, spans overlap but differ. */
  readonly boundary: ReadonlyArray<readonly [GoldMention, PredictedMention]>;
  /** Spans overlap, types differ. */
  readonly wrongType: ReadonlyArray<readonly [GoldMention, PredictedMention]>;
  /** Gold mentions no prediction overlaps. */
  readonly missed: readonly GoldMention[];
  /** Predictions that overlap no gold mention. */
  readonly spurious: readonly PredictedMention[];
}

/** Sorts the errors of one source into kinds, for reading while tuning on the dev set. */
export function diffMentions(gold: readonly GoldMention[], predicted: readonly PredictedMention[]): MentionDiff {
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const take = (accepts: (g: GoldMention, p: PredictedMention) => boolean): Array<readonly [GoldMention, PredictedMention]> => {
    const freeGold = gold.map((_, i) => i).filter((i) => !usedGold.has(i));
    const freePredicted = predicted.map((_, i) => i).filter((i) => !usedPredicted.has(i));
    const pairs = matchOneToOne(freeGold.map((i) => gold[i]), freePredicted.map((i) => predicted[i]),
      (g, p) => accepts(g as GoldMention, p as PredictedMention));
    return pairs.map(([gi, pi]) => {
      usedGold.add(freeGold[gi]);
      usedPredicted.add(freePredicted[pi]);
      return [gold[freeGold[gi]], predicted[freePredicted[pi]]] as const;
    });
  };
  const correct = take((g, p) => sameSpan(g, p) && g.type === p.type).length;
  const boundary = take((g, p) => spansIntersect(g, p) && g.type === p.type);
  const wrongType = take(spansIntersect);
  return {
    correct,
    boundary,
    wrongType,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: predicted.filter((_, i) => !usedPredicted.has(i)),
  };
}
