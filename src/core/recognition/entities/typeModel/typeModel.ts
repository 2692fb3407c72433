// A small linear model (multinomial logistic regression) that types a name by its words, shape,
// name-list entries, the words around it and the finder's cues (features.ts). Trained by
// bench/train-type-model.ts on the labelled dev set; its weights ship as text in
// typeModel.data.ts. See docs/decisions/recognition.md ("Session 9").
import { emptyEvidence, type Evidence } from '../evidence';
import { contextFeatures, cueFeatures, cueKey, nameFeatures, opensWithGivenName, type FinderCues, type NameLists } from './features';

/** Weights per feature, in the order person, organization, place, misc. */
export class TypeWeights {
  /** Feature → offset of its four weights in `values`: one array for all, not one per feature. */
  private readonly offsets = new Map<string, number>();
  private readonly values: Float32Array;

  constructor(entries: ReadonlyArray<readonly [string, ArrayLike<number>]>) {
    this.values = new Float32Array(entries.length * 4);
    entries.forEach(([feature, weights], i) => {
      this.offsets.set(feature, i * 4);
      for (let t = 0; t < 4; t++) this.values[i * 4 + t] = weights[t];
    });
  }

  get size(): number {
    return this.offsets.size;
  }

  /** Adds the feature's weights to `scores` (nothing for a feature the model does not have). */
  addTo(feature: string, scores: Evidence): void {
    const at = this.offsets.get(feature);
    if (at !== undefined) for (let t = 0; t < 4; t++) scores[t] += this.values[at + t];
  }

  /** The feature's weights, or undefined (for tests and tools). */
  weightsOf(feature: string): number[] | undefined {
    const at = this.offsets.get(feature);
    return at === undefined ? undefined : Array.from(this.values.subarray(at, at + 4));
  }
}

export interface TypeModel {
  /** Log-probabilities of the four types for the name at [start, end) of `text`. */
  logProbabilities(text: string, start: number, end: number, cues?: FinderCues): Evidence;
}

/** The data file writes weights as whole numbers of steps of this fraction (1/20 = 0.05). */
export const WEIGHT_STEPS = 20;

/**
 * Reads weights written as one feature per line: the feature (which may hold spaces), then four
 * whole numbers of steps, each after a space. Lines that do not fit are skipped (the file is
 * generated; a bad line is a bug, not input).
 */
export function parseTypeWeights(data: string): TypeWeights {
  const entries: Array<[string, number[]]> = [];
  // Read by index, not split: the recogniser parses some 15,000 lines each time it is built.
  let lineStart = 0;
  while (lineStart < data.length) {
    let lineEnd = data.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = data.length;
    const weights = [0, 0, 0, 0];
    let fieldEnd = lineEnd;
    let ok = true;
    for (let t = 3; t >= 0 && ok; t--) {
      const space = data.lastIndexOf(' ', fieldEnd - 1);
      ok = space > lineStart;
      if (ok) {
        weights[t] = Number(data.slice(space + 1, fieldEnd)) / WEIGHT_STEPS;
        ok = Number.isFinite(weights[t]) && fieldEnd > space + 1;
        fieldEnd = space;
      }
    }
    if (ok) entries.push([data.slice(lineStart, fieldEnd), weights]);
    lineStart = lineEnd + 1;
  }
  return new TypeWeights(entries);
}

/**
 * No mention makes a type less likely than e^-3 (5 %): a model this small is sometimes sure and
 * wrong, and summed over an entity's mentions one such mention should not outvote the rest.
 */
const LOWEST_LOG_PROBABILITY = -3;

/** Names whose summed weights a model keeps (then it starts again: memory stays bounded). */
const REMEMBERED_NAMES = 20_000;

/**
 * A model over `weights`; with `lists`, candidates are also looked up in the name lists. The sums
 * of a name's own features and of the finder's cues are remembered (names recur in article after
 * article); only the context is summed per mention.
 */
export function createTypeModel(weights: TypeWeights, lists?: NameLists): TypeModel {
  const add = (scores: Evidence, features: readonly string[]): Evidence => {
    for (let i = 0; i < features.length; i++) weights.addTo(features[i], scores);
    return scores;
  };
  /** Per name: the sum of its own features' weights, and whether it opens with a given name. */
  const byName = new Map<string, { readonly scores: Evidence; readonly givenName: boolean }>();
  const byCues = new Map<number, Evidence>();
  return {
    logProbabilities(text, start, end, cues) {
      const scores = emptyEvidence();
      const name = text.slice(start, end);
      let givenName = false;
      if (cues === undefined) {
        add(scores, nameFeatures(name));
      } else {
        let named = byName.get(name);
        if (named === undefined) {
          if (byName.size >= REMEMBERED_NAMES) byName.clear();
          const features = nameFeatures(name, cues, lists);
          named = { scores: add(emptyEvidence(), features), givenName: opensWithGivenName(features) };
          byName.set(name, named);
        }
        givenName = named.givenName;
        const key = cueKey(cues);
        let cued = byCues.get(key);
        if (cued === undefined) {
          cued = add(emptyEvidence(), cueFeatures(cues));
          byCues.set(key, cued);
        }
        for (let t = 0; t < 4; t++) scores[t] += named.scores[t] + cued[t];
      }
      const logs = logSoftmax(add(scores, contextFeatures(text, start, end, givenName)));
      for (let t = 0; t < 4; t++) if (logs[t] < LOWEST_LOG_PROBABILITY) logs[t] = LOWEST_LOG_PROBABILITY;
      return logs;
    },
  };
}

/** Turns scores into log-probabilities in place. */
export function logSoftmax(scores: Evidence): Evidence {
  const max = Math.max(scores[0], scores[1], scores[2], scores[3]);
  let sum = 0;
  for (let t = 0; t < 4; t++) sum += Math.exp(scores[t] - max);
  const log = max + Math.log(sum);
  for (let t = 0; t < 4; t++) scores[t] -= log;
  return scores;
}
