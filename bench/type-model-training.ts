// Trains the entity type model (src/core/recognition/entities/typeModel) on labelled mentions:
// multinomial logistic regression by AdaGrad, with a seeded shuffle so the same labels always give
// the same weights. Kept apart from the script that reads the labelled set, so tests can train on
// a handful of examples.
import type { EntityType } from '../src/core/model';
import { seededRandom } from '../test/support/seededRandom';
import { TYPE_ORDER } from '../src/core/recognition/entities/evidence';
import { mentionFeatures, type FinderCues, type NameLists } from '../src/core/recognition/entities/typeModel/features';
import { TypeWeights, WEIGHT_STEPS } from '../src/core/recognition/entities/typeModel/typeModel';

/** Weights as training leaves them, one array per feature. */
export type TrainedWeights = ReadonlyMap<string, Float32Array>;

export interface TypedSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** What the candidate finder concluded about the span, when it is a candidate. */
  readonly cues?: FinderCues;
}

export interface TrainingOptions {
  readonly epochs: number;
  /** AdaGrad's base step. */
  readonly rate: number;
  readonly l2: number;
  /** Features seen fewer times than this are dropped before training (rare words are names, not cues). */
  readonly minCount: number;
  readonly seed: number;
  /** Runs with seeds seed, seed + 1, …, whose weights are averaged (one run varies with the order it sees examples in). */
  readonly runs: number;
  /** Epochs after which each run's weights are snapshotted and averaged (the last ones: a smoother estimate than the last step). */
  readonly averagedEpochs: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, rate: 0.2, l2: 1e-6, minCount: 2, seed: 1, runs: 5, averagedEpochs: 6 };

interface Example {
  readonly features: readonly string[];
  readonly label: number;
}

function probabilities(weights: ReadonlyMap<string, Float64Array>, features: readonly string[]): number[] {
  const scores = [0, 0, 0, 0];
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let t = 0; t < 4; t++) scores[t] += w[t];
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps[0] + exps[1] + exps[2] + exps[3];
  return exps.map((e) => e / sum);
}

export function trainTypeModel(spans: readonly TypedSpan[], lists?: NameLists, options: TrainingOptions = DEFAULT_TRAINING): TrainedWeights {
  const counts = new Map<string, number>();
  const all = spans.map((s) => mentionFeatures(s.text, s.start, s.end, s.cues, lists));
  for (const features of all) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const examples: Example[] = spans.map((s, i) => ({
    features: all[i].filter((f) => (counts.get(f) ?? 0) >= options.minCount),
    label: TYPE_ORDER.indexOf(s.type),
  }));
  const features = [...counts].filter(([, count]) => count >= options.minCount).map(([feature]) => feature);
  const sum = new Map<string, Float64Array>(features.map((f) => [f, new Float64Array(4)]));
  let snapshots = 0;
  for (let run = 0; run < options.runs; run++) {
    for (const weights of trainOneRun(examples, features, { ...options, seed: options.seed + run })) {
      for (const [feature, w] of weights) {
        const total = sum.get(feature)!;
        for (let t = 0; t < 4; t++) total[t] += w[t];
      }
      snapshots++;
    }
  }
  const result = new Map<string, Float32Array>();
  for (const [feature, w] of sum) result.set(feature, Float32Array.from(w, (x) => x / snapshots));
  return result;
}

/** One AdaGrad run from zero weights; yields the weights after each of the last `averagedEpochs` epochs. */
function* trainOneRun(examples: readonly Example[], features: readonly string[], options: TrainingOptions): Generator<ReadonlyMap<string, Float64Array>> {
  const weights = new Map<string, Float64Array>();
  const gradients = new Map<string, Float64Array>();
  for (const feature of features) {
    weights.set(feature, new Float64Array(4));
    gradients.set(feature, new Float64Array(4));
  }
  const random = seededRandom(options.seed);
  const order = examples.map((_e, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = examples[index];
      const p = probabilities(weights, example.features);
      for (const feature of example.features) {
        const w = weights.get(feature)!;
        const g = gradients.get(feature)!;
        for (let t = 0; t < 4; t++) {
          const gradient = p[t] - (t === example.label ? 1 : 0) + options.l2 * w[t];
          g[t] += gradient * gradient;
          w[t] -= (options.rate * gradient) / Math.sqrt(g[t] + 1e-8);
        }
      }
    }
    if (epoch >= options.epochs - options.averagedEpochs) yield weights;
  }
}


/**
 * The weights as typeModel.data.ts stores them: one feature per line, sorted. Each feature's four
 * weights are centred (the softmax reads only their differences) and written in whole steps of
 * 1/WEIGHT_STEPS; a feature whose steps are all zero is dropped.
 */
export function formatTypeWeights(weights: TrainedWeights): string {
  const lines: string[] = [];
  for (const [feature, w] of weights) {
    // A newline would break the format (features are built from words, which have none).
    if (feature.includes('\n')) continue;
    const mean = (w[0] + w[1] + w[2] + w[3]) / 4;
    const steps = Array.from(w, (x) => Math.round((x - mean) * WEIGHT_STEPS));
    if (steps.every((x) => x === 0)) continue;
    lines.push(`${feature} ${steps.map((x) => (Object.is(x, -0) ? 0 : x)).join(' ')}`);
  }
  return lines.sort().join('\n');
}

/** The trained weights as the recogniser's model holds them. */
export function typeWeightsOf(weights: TrainedWeights): TypeWeights {
  return new TypeWeights([...weights]);
}
