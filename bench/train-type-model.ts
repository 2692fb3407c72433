// Trains the entity type model on the labelled dev set (eval/dev) and writes its weights to
// src/core/recognition/entities/typeModel/typeModel.data.ts. With `cv`, first measures it by
// cross-validation over the dev articles: each fold is recognised with a model trained on the
// other folds, and its typed entity F1 is compared with the same fold recognised without one.
// The held-out set (eval/test) is never read here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEntityType } from '../src/core/model';
import { recognizeWorkspace, WorkspaceRecognizer } from '../src/core/recognition';
import type { GoldMention } from './eval-data';
import { createLexicon } from '../src/core/recognition/gazetteer/builtin/lexicon';
import { nameListsOf } from '../src/core/recognition/entities/typeModel/builtin';
import { createTypeModel, parseTypeWeights, type TypeModel } from '../src/core/recognition/entities/typeModel/typeModel';
import { evaluateSet, findSetDirectory, loadLabelledSet, type LabelledSet } from './eval-run';
import { type Counts, toPrf } from './eval-score';
import { formatTypeWeights, trainTypeModel, type TypedSpan } from './type-model-training';

const DATA_FILE = path.join('src', 'core', 'recognition', 'entities', 'typeModel', 'typeModel.data.ts');

/**
 * The training examples: every name the candidate finder proposes in the given articles (found
 * without a type model) that overlaps a labelled name, typed as labelled. The model is trained on
 * what it will be shown: candidates with their own boundaries and the finder's cues.
 */
export function spansOf(set: LabelledSet, ids: ReadonlySet<string>): TypedSpan[] {
  const recognizer = new WorkspaceRecognizer({ typeModel: null });
  const sources = set.sources.filter((s) => ids.has(s.id));
  for (const source of sources) recognizer.upsert(source);
  const spans: TypedSpan[] = [];
  for (const source of sources) {
    const gold = (set.gold.get(source.id) ?? []).filter((g) => isEntityType(g.type));
    for (const c of recognizer.candidates(source.id)) {
      let best: GoldMention | undefined;
      let bestOverlap = 0;
      for (const g of gold) {
        const overlap = Math.min(g.end, c.end) - Math.max(g.start, c.start);
        if (overlap > bestOverlap) {
          best = g;
          bestOverlap = overlap;
        }
      }
      if (best !== undefined && isEntityType(best.type)) {
        spans.push({ text: source.text, start: c.start, end: c.end, type: best.type, cues: c });
      }
    }
  }
  return spans;
}

function subset(set: LabelledSet, ids: ReadonlySet<string>): LabelledSet {
  return { sources: set.sources.filter((s) => ids.has(s.id)), gold: new Map([...set.gold].filter(([id]) => ids.has(id))), problems: [] };
}

function add(total: Counts, more: Counts): Counts {
  return {
    truePositives: total.truePositives + more.truePositives,
    falsePositives: total.falsePositives + more.falsePositives,
    falseNegatives: total.falseNegatives + more.falseNegatives,
  };
}

async function crossValidate(set: LabelledSet, folds: number): Promise<void> {
  const lists = nameListsOf(createLexicon());
  const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  let without = zero;
  let withModel = zero;
  for (let fold = 0; fold < folds; fold++) {
    const held = new Set(set.sources.filter((_s, i) => i % folds === fold).map((s) => s.id));
    const rest = new Set(set.sources.filter((s) => !held.has(s.id)).map((s) => s.id));
    // Measured as shipped: rounded and pruned by the same writer as the data file.
    const model: TypeModel = createTypeModel(parseTypeWeights(formatTypeWeights(trainTypeModel(spansOf(set, rest), lists))), lists);
    const part = subset(set, held);
    const plain = await evaluateSet(part, (sources) => recognizeWorkspace(sources, { typeModel: null }));
    const modelled = await evaluateSet(part, (sources) => recognizeWorkspace(sources, { typeModel: model }));
    without = add(without, plain.scores.entities.overlap);
    withModel = add(withModel, modelled.scores.entities.overlap);
    console.log(`fold ${fold + 1}/${folds}: ${held.size} articles, typed entity F1 (overlap) `
      + `${(plain.scores.entities.overlap.f1 * 100).toFixed(1)} without the model, ${(modelled.scores.entities.overlap.f1 * 100).toFixed(1)} with it`);
  }
  console.log(`all folds: typed entity F1 (overlap) ${(toPrf(without).f1 * 100).toFixed(1)} without the model, `
    + `${(toPrf(withModel).f1 * 100).toFixed(1)} with it`);
}

/** The weights trained on the whole dev set, as the data file stores them. */
export function trainOnDev(set: LabelledSet): { text: string; examples: number; features: number } {
  const spans = spansOf(set, new Set(set.sources.map((s) => s.id)));
  const weights = trainTypeModel(spans, nameListsOf(createLexicon()));
  return { text: formatTypeWeights(weights), examples: spans.length, features: weights.size };
}

export async function run(options: { cv?: number; write?: boolean; root: string }): Promise<void> {
  const dir = findSetDirectory('dev');
  if (dir === undefined) throw new Error('train-type-model: no eval/dev folder found.');
  const set = loadLabelledSet(dir);
  if (options.cv !== undefined && options.cv >= 2) await crossValidate(set, options.cv);
  if (!options.write) return;
  const { text, examples, features } = trainOnDev(set);
  const header = '// Generated by `npm run train-type-model` from the labelled dev set (eval/dev): do not edit by hand.\n'
    + '// One feature per line: the feature, then its weights for person, organization, place, misc in steps of 1/20.\n';
  fs.writeFileSync(path.join(options.root, DATA_FILE), `${header}\nexport const TYPE_WEIGHTS =\n  ${JSON.stringify(text)};\n`);
  console.log(`train-type-model: ${examples} candidates of labelled names, ${features} features, wrote ${DATA_FILE} (${(text.length / 1024).toFixed(0)} KB).`);
}
