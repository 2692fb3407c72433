import assert from 'node:assert/strict';
import { regionsKeepingAPiece } from '../../../src/core/claims/anchoring/search';
import { approxSimilarity, boundedEditDistance } from '../../../src/core/claims/anchoring/similarity';
import { levenshtein, mulberry32 } from './support/editScripts';

describe('claims anchoring: similarity helpers', () => {
  it('scores a pattern against its best place in a text', () => {
    assert.equal(approxSimilarity('the harbour of Port Aldren', 'harbour'), 1);
    assert.equal(approxSimilarity('the harbor of Port Aldren', 'harbour'), 1 - 1 / 7);
    assert.equal(approxSimilarity('', 'x'), 0);
    assert.equal(approxSimilarity('abc', ''), 0);
    assert.equal(approxSimilarity('zzzz', 'ab'), 0);
  });

  it('computes the edit distance exactly up to its limit', () => {
    const rng = mulberry32(5);
    const word = () => Array.from({ length: Math.floor(rng() * 12) }, () => 'abcde'[Math.floor(rng() * 5)]).join('');
    for (let i = 0; i < 500; i++) {
      const a = word();
      const b = word();
      const exact = levenshtein(a, b);
      assert.equal(boundedEditDistance(a, b, 20), exact, `${a} / ${b}`);
      assert.equal(boundedEditDistance(a, b, 2), Math.min(exact, 3), `${a} / ${b} (limit 2)`);
    }
  });

  it('finds the regions that keep a third of a quote verbatim', () => {
    const text = `${'x'.repeat(100)}the new crane can lift 80 tonnes in one go${'y'.repeat(100)}`;
    const regions = regionsKeepingAPiece(text, 'the new crane can lift 80 tonnes in a single move', 6);
    assert.equal(regions.length, 1);
    assert.ok(regions[0][0] <= 100 && regions[0][1] >= 142, JSON.stringify(regions));
    assert.deepEqual(regionsKeepingAPiece(text, 'nothing of this is there at all', 3), []);
    assert.deepEqual(regionsKeepingAPiece(text, 'short', 0), []);
  });
});
