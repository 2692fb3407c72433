import assert from 'node:assert/strict';
import type { EntityType } from '../../../../src/core/model';
import { recognizeWorkspace } from '../../../../src/core/recognition';
import { emptyEvidence, evidenceOf, TYPE_ORDER, type Evidence } from '../../../../src/core/recognition/entities/evidence';
import { nameListsOf } from '../../../../src/core/recognition/entities/typeModel/builtin';
import { contextFeatures, cueFeatures, cueKey, mentionFeatures, type FinderCues } from '../../../../src/core/recognition/entities/typeModel/features';
import { createTypeModel, logSoftmax, parseTypeWeights, type TypeModel } from '../../../../src/core/recognition/entities/typeModel/typeModel';
import { TYPE_WEIGHTS } from '../../../../src/core/recognition/entities/typeModel/typeModel.data';
import { createLexicon } from '../../../../src/core/recognition/gazetteer/builtin/lexicon';
import { findSetDirectory, loadLabelledSet } from '../../../../bench/eval-run';
import { trainOnDev } from '../../../../bench/train-type-model';
import { DEFAULT_TRAINING, formatTypeWeights, trainTypeModel, typeWeightsOf, type TypedSpan } from '../../../../bench/type-model-training';

const cues = (evidence: Evidence, flags: Partial<FinderCues> = {}): FinderCues =>
  ({ evidence, weak: false, acronym: false, key: 'x', lastWordKey: 'x', ...flags });

/** A model that reads every name as `type`, as sure as the floor of log-probabilities allows. */
function certainModel(type: EntityType): TypeModel {
  return {
    logProbabilities: () => {
      const scores = emptyEvidence();
      scores[TYPE_ORDER.indexOf(type)] = 20;
      return logSoftmax(scores);
    },
  };
}

const typesOf = (text: string, typeModel: TypeModel | null): string[] =>
  recognizeWorkspace([{ id: 'a.txt', text }], { typeModel }).mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => `${m.text}/${m.type}`);

describe('recognition: the type model', () => {
  it('reads the context of a name within its line only', () => {
    const text = 'Officials said\nBravo Tarn opened the plant in Carrow.';
    const start = text.indexOf('Bravo');
    assert.deepEqual(contextFeatures(text, start, start + 'Bravo Tarn'.length), ['pp:', 'np:', 'n1:opened', 'n12:opened the']);
    const carrow = text.indexOf('Carrow');
    assert.deepEqual(contextFeatures(text, carrow, carrow + 6), ['pp:', 'np:.', 'p1:in', 'p12:plant in']);
  });

  it('pairs the nearest words with a leading given name, and reads listed names by their entry, not their words', () => {
    const lists = nameListsOf(createLexicon());
    const text = 'Travis Head hit a century in France.';
    const travis = mentionFeatures(text, 0, 11, { ...cues(evidenceOf(3, 0, 3, 0)), key: 'travis head', lastWordKey: 'head' }, lists);
    assert.ok(travis.includes('given:2') && travis.includes('given+n1:hit') && travis.includes('w:travis'), String(travis));
    const at = text.indexOf('France');
    const france = mentionFeatures(text, at, at + 6, { ...cues(evidenceOf(0, 0, 6, 0)), key: 'france', lastWordKey: 'france' }, lists);
    assert.ok(france.includes('listed:place:strong') && !france.some((f) => f.startsWith('w:')), String(france));
  });

  it('gives two candidates one cue key exactly when their cue features agree', () => {
    const seen = new Map<number, string>();
    let checked = 0;
    for (const person of [0, 1.5, 3, 5.3, 8]) {
      for (const organization of [0, 2.5, 7]) {
        for (const misc of [0, 4]) {
          for (const weak of [false, true]) {
            for (const titled of [false, true]) {
              const c = cues(evidenceOf(person, organization, 1, misc), { weak, titled });
              const features = cueFeatures(c).join('|');
              const key = cueKey(c);
              const before = seen.get(key);
              assert.ok(before === undefined || before === features, `${key}: ${before} / ${features}`);
              seen.set(key, features);
              checked++;
            }
          }
        }
      }
    }
    assert.equal(new Set(seen.values()).size, seen.size, 'different features, one key');
    assert.ok(checked > 100);
  });

  it('scores a mention as the sum of its feature weights, remembered or not, never below the floor', () => {
    const lists = nameListsOf(createLexicon());
    const weights = parseTypeWeights(TYPE_WEIGHTS);
    const model = createTypeModel(weights, lists);
    const text = 'Anna Keane of Larkfield Energy said Larkfield Energy would sue Norway.';
    const spans: Array<[number, number, FinderCues]> = [
      [0, 10, { ...cues(evidenceOf(5, 0, 0, 0)), key: 'anna keane', lastWordKey: 'keane' }],
      [14, 30, { ...cues(evidenceOf(0, 4, 0, 0)), key: 'larkfield energy', lastWordKey: 'energy' }],
      [36, 52, { ...cues(evidenceOf(0, 4, 0, 0)), key: 'larkfield energy', lastWordKey: 'energy' }],
      [63, 69, { ...cues(evidenceOf(0, 0, 6, 0)), key: 'norway', lastWordKey: 'norway' }],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [start, end, c] of spans) {
        const expected = emptyEvidence();
        for (const feature of mentionFeatures(text, start, end, c, lists)) {
          const w = weights.weightsOf(feature);
          if (w) for (let t = 0; t < 4; t++) expected[t] += w[t];
        }
        logSoftmax(expected);
        const got = model.logProbabilities(text, start, end, c);
        for (let t = 0; t < 4; t++) assert.ok(Math.abs(got[t] - Math.max(expected[t], -3)) < 1e-9, `${text.slice(start, end)}: ${got} vs ${expected}`);
      }
    }
    const anna = model.logProbabilities(text, 0, 10, spans[0][2]);
    assert.equal(TYPE_ORDER[anna.indexOf(Math.max(...anna))], 'person');
  });

  it('keeps the weights through the data format, features with spaces included', () => {
    const weights = new Map([['p12:the actor', Float32Array.from([1, -0.5, -0.25, -0.25])], ['bias', Float32Array.from([0, 0, 0, 0])]]);
    const text = formatTypeWeights(weights);
    assert.equal(text, 'p12:the actor 20 -10 -5 -5', 'centred, in steps of 1/20, all-zero features dropped');
    assert.deepEqual(parseTypeWeights(text).weightsOf('p12:the actor'), [1, -0.5, -0.25, -0.25]);
    const damaged = parseTypeWeights('w:alpha 1 2 3\nw:beta 1 x 3 4\n\nw:gamma 20 0 0 -20\n');
    assert.equal(damaged.size, 1, 'lines without four numbers are skipped');
    assert.deepEqual(damaged.weightsOf('w:gamma'), [1, 0, 0, -1]);
  });

  it('learns from labelled names, the same weights every time', () => {
    const spans: TypedSpan[] = [];
    const names = ['Orvel', 'Tamsin', 'Quade', 'Bexley', 'Ruthven', 'Ismay', 'Corran', 'Dunmore'];
    for (const name of names) {
      const said = `${name} said it was fine.`;
      const went = `They went to ${name} by train.`;
      spans.push({ text: said, start: 0, end: name.length, type: 'person' });
      spans.push({ text: went, start: 13, end: 13 + name.length, type: 'place' });
    }
    const options = { ...DEFAULT_TRAINING, epochs: 10, seed: 7 };
    const weights = trainTypeModel(spans, undefined, options);
    assert.equal(formatTypeWeights(trainTypeModel(spans, undefined, options)), formatTypeWeights(weights));
    const model = createTypeModel(typeWeightsOf(weights));
    const unseen = 'Zorblat said so, and we went to Zorblat by train.';
    const asSpeaker = model.logProbabilities(unseen, 0, 7);
    const asDestination = model.logProbabilities(unseen, 32, 39);
    assert.ok(asSpeaker[0] > asSpeaker[2], `speaker: ${asSpeaker}`);
    assert.ok(asDestination[2] > asDestination[0], `destination: ${asDestination}`);
  });

  it('adds its reading to the rules per entity, but leaves firmly listed names and declared ones alone', () => {
    const text = 'Velmora said the plan for Norway would work.';
    assert.deepEqual(typesOf(text, null), ['Velmora/organization', 'Norway/place']);
    assert.deepEqual(typesOf(text, certainModel('misc')), ['Velmora/misc', 'Norway/place']);
    const declared = recognizeWorkspace([{ id: 'a.txt', text }], {
      typeModel: certainModel('misc'),
      gazetteer: { entities: [{ id: 'velmora', type: 'person', name: 'Velmora', aliases: [] }], ignore: [] },
    });
    assert.deepEqual(declared.mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => `${m.text}/${m.type}`), ['Velmora/person', 'Norway/place']);
  });

  it('ships the weights that training on the dev set writes (run `npm run train-type-model` after changing features or rules)', function () {
    this.timeout(120_000);
    const dir = findSetDirectory('dev', __dirname);
    assert.ok(dir, 'eval/dev not found');
    const trained = trainOnDev(loadLabelledSet(dir)).text;
    assert.ok(trained === TYPE_WEIGHTS, `typeModel.data.ts is stale: ${trained.length} characters trained, ${TYPE_WEIGHTS.length} shipped`);
  });
});
