import assert from 'node:assert/strict';
import { contentTokens, stem } from '../../../src/core/crossref/text/terms';

describe('crossref terms', () => {
  it('stems inflections to one form', () => {
    assert.equal(stem('deployed'), stem('deploying'));
    assert.equal(stem('deploys'), stem('deploy'));
    assert.equal(stem('countries'), 'country');
    assert.equal(stem('agreement'), stem('agree'));
  });

  it('drops stop words, numbers and month names and keeps offsets', () => {
    const text = 'The 26 nations signed it in March, Élysée said.';
    const tokens = contentTokens(text);
    assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['nations', 'signed', 'Élysée']);
    assert.equal(tokens[2].stem, 'elyse');
  });

  it('drops possessives and keeps inner apostrophes', () => {
    assert.deepEqual(contentTokens('Norland’s O\'Brien').map((t) => t.stem), ['norland', "o'brien"]);
  });
});
