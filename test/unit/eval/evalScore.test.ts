import assert from 'node:assert/strict';
import type { GoldMention } from '../../../bench/eval-data';
import { type PredictedMention, matchOneToOne, scoreLinking, scoreMentions } from '../../../bench/eval-score';

const gold = (start: number, end: number, type: GoldMention['type'], extra: Partial<GoldMention> = {}): GoldMention =>
  ({ start, end, type, text: 'x'.repeat(end - start), ...extra });
const pred = (start: number, end: number, type: PredictedMention['type'], extra: Partial<PredictedMention> = {}): PredictedMention =>
  ({ start, end, type, ...extra });

describe('eval scoring', () => {
  it('counts exact and overlapping spans per type', () => {
    const scores = scoreMentions(
      new Map([['a', [gold(0, 12, 'person', { entity: 'p' }), gold(20, 30, 'number', { value: 26 }), gold(40, 45, 'place', { entity: 'x' })]]]),
      new Map([['a', [pred(4, 12, 'person', { entity: 'e1' }), pred(20, 30, 'number', { value: 26 }), pred(40, 45, 'organization', { entity: 'e2' }), pred(50, 55, 'date')]]]),
    );
    assert.deepEqual([scores.byType.person.exact.truePositives, scores.byType.person.overlap.truePositives], [0, 1]);
    assert.equal(scores.byType.number.exact.f1, 1);
    assert.equal(scores.byType.place.overlap.recall, 0);
    assert.equal(scores.byType.organization.overlap.precision, 0);
    assert.equal(scores.byType.date.exact.falsePositives, 1);
    // Typed entities: only the person overlaps; untyped: the place/organization span matches too.
    assert.deepEqual(scores.entities.overlap, { truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    assert.equal(scores.entitiesUntyped.exact.truePositives, 1);
    assert.equal(scores.entitiesUntyped.overlap.truePositives, 2);
    assert.equal(scores.figures.exact.precision, 0.5);
    assert.equal(scores.figures.exact.recall, 1);
    assert.deepEqual(scores.valuesByType.number, { compared: 1, equal: 1 });
  });

  it('matches one to one: a long prediction covering two gold mentions counts once', () => {
    const scores = scoreMentions(
      new Map([['a', [gold(0, 5, 'place', { entity: 'a' }), gold(6, 12, 'place', { entity: 'b' })]]]),
      new Map([['a', [pred(0, 12, 'place', { entity: 'ab' })]]]),
    );
    assert.equal(scores.byType.place.overlap.truePositives, 1);
    assert.equal(scores.byType.place.overlap.falseNegatives, 1);
    assert.equal(scores.byType.place.overlap.falsePositives, 0);
  });

  it('prefers the match with the larger overlap', () => {
    const pairs = matchOneToOne([{ start: 0, end: 10 }, { start: 10, end: 12 }], [{ start: 8, end: 12 }, { start: 0, end: 9 }], (g, p) => g.start < p.end && p.start < g.end);
    assert.deepEqual(pairs, [[0, 1], [1, 0]]);
  });

  it('compares figure values including ranges, and ignores gold without a value', () => {
    const scores = scoreMentions(
      new Map([['a', [gold(0, 5, 'money', { value: 1.2e9 }), gold(6, 9, 'number', { value: 20, max: 25 }), gold(10, 14, 'date')]]]),
      new Map([['a', [pred(0, 5, 'money', { value: 1200000000.0000001 }), pred(6, 9, 'number', { value: 20 }), pred(10, 14, 'date', { value: '2026-01-01' })]]]),
    );
    assert.deepEqual(scores.valuesByType.money, { compared: 1, equal: 1 });
    assert.deepEqual(scores.valuesByType.number, { compared: 1, equal: 0 });
    assert.deepEqual(scores.valuesByType.date, { compared: 0, equal: 0 });
  });

  it('scores pairwise linking across all pairs and across sources', () => {
    // Gold: k1 in a and b, k2 in b. Prediction merges everything into one entity.
    const linking = scoreLinking([
      { sourceId: 'a', goldEntity: 'k1', predictedEntity: 'e' },
      { sourceId: 'b', goldEntity: 'k1', predictedEntity: 'e' },
      { sourceId: 'b', goldEntity: 'k2', predictedEntity: 'e' },
    ]);
    assert.equal(linking.matchedMentions, 3);
    assert.deepEqual([linking.allPairs.truePositives, linking.allPairs.falsePositives, linking.allPairs.falseNegatives], [1, 2, 0]);
    assert.equal(linking.allPairs.precision, 1 / 3);
    assert.equal(linking.allPairs.recall, 1);
    // Cross-source pairs: (a,b k1) gold-linked and predicted; (a k1, b k2) predicted only.
    assert.deepEqual([linking.crossSourcePairs.truePositives, linking.crossSourcePairs.falsePositives, linking.crossSourcePairs.falseNegatives], [1, 1, 0]);
  });

  it('links only gold entity mentions that were found, through scoreMentions', () => {
    const scores = scoreMentions(
      new Map([
        ['a', [gold(0, 4, 'person', { entity: 'starmer' }), gold(10, 14, 'place', { entity: 'uk' })]],
        ['b', [gold(0, 7, 'person', { entity: 'starmer' }), gold(20, 22, 'place', { entity: 'uk' })]],
      ]),
      new Map([
        ['a', [pred(0, 4, 'person', { entity: 's' }), pred(10, 14, 'place', { entity: 'uk' })]],
        ['b', [pred(0, 7, 'person', { entity: 'starmer2' })]],
      ]),
    );
    assert.equal(scores.linking.matchedMentions, 3);
    assert.equal(scores.linking.allPairs.falseNegatives, 1);
    assert.equal(scores.linking.allPairs.truePositives, 0);
    assert.equal(scores.linking.allPairs.precision, 0);
  });

  it('gives zeros, not NaN, when nothing is labelled or predicted', () => {
    const scores = scoreMentions(new Map(), new Map());
    assert.equal(scores.entities.exact.f1, 0);
    assert.equal(scores.linking.allPairs.precision, 0);
  });
});
