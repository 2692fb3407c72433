import assert from 'node:assert/strict';
import type { Mention, MentionType } from '../../src/core/model';
import { MENTION_TYPES } from '../../src/core/model';
import { encodeSemanticTokens, lineStarts } from '../../src/vscode/highlight/encodeTokens';
import { figureKeysOf } from '../../src/vscode/highlight/figureKeys';
import { DISPUTED_MODIFIER_BIT, TOKEN_TYPES, tokenTypeIndex } from '../../src/vscode/highlight/tokenTypes';

const ALL = Object.fromEntries(MENTION_TYPES.map((type) => [type, true])) as Record<MentionType, boolean>;

function entity(text: string, source: string, type: 'person' | 'place' = 'person', from = 0): Mention {
  const start = source.indexOf(text, from);
  return { kind: 'entity', type, text, entity: text.toLowerCase(), start, end: start + text.length };
}

function figure(text: string, source: string, from = 0): Mention {
  const start = source.indexOf(text, from);
  return { kind: 'figure', type: 'number', text, value: Number.parseInt(text, 10), start, end: start + text.length };
}

/** Absolute [line, character, length, type, modifiers] of each token. */
function decode(data: Uint32Array): number[][] {
  const tokens: number[][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push([line, character, data[i + 2], data[i + 3], data[i + 4]]);
  }
  return tokens;
}

// The encoder is plain code (no vscode API); it is tested here so it runs with the feature's other tests.
describe('highlight token encoding', () => {
  it('maps every mention type to a contributed token type', () => {
    assert.deepEqual(MENTION_TYPES.map((type) => TOKEN_TYPES[tokenTypeIndex(type)]), [
      'person', 'organization', 'place', 'miscEntity',
      'figureNumber', 'figureMoney', 'figurePercent', 'figureQuantity', 'figureDate', 'figureTime', 'figureOrdinal',
    ]);
  });

  it('finds line starts after \\n, \\r\\n and a lone \\r', () => {
    assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  });

  it('encodes positions relative to the previous token, across lines and CRLF', () => {
    const text = 'Ana Ruiz met Bo Lind.\r\nIn Oslo, 26 came.';
    const mentions = [entity('Ana Ruiz', text), entity('Bo Lind', text), entity('Oslo', text, 'place'), figure('26', text)];
    assert.deepEqual(decode(encodeSemanticTokens(text, mentions, { shown: ALL })), [
      [0, 0, 8, tokenTypeIndex('person'), 0],
      [0, 13, 7, tokenTypeIndex('person'), 0],
      [1, 3, 4, tokenTypeIndex('place'), 0],
      [1, 9, 2, tokenTypeIndex('number'), 0],
    ]);
  });

  it('splits a mention that crosses a line break into one token per line', () => {
    const text = 'the United\nKingdom and\r\nNew\rZealand';
    const mentions = [
      { kind: 'entity', type: 'place', text: 'United\nKingdom', entity: 'uk', start: 4, end: 18 },
      { kind: 'entity', type: 'place', text: 'New\rZealand', entity: 'nz', start: 24, end: 35 },
    ] as Mention[];
    assert.deepEqual(decode(encodeSemanticTokens(text, mentions, { shown: ALL })).map((t) => t.slice(0, 3)), [
      [0, 4, 6],
      [1, 0, 7],
      [2, 0, 3],
      [3, 0, 7],
    ]);
  });

  it('leaves out types switched off and marks disputed figures by key', () => {
    const text = 'Ana Ruiz counted 26 boats; 26 left, 40 stayed.';
    const mentions = [entity('Ana Ruiz', text), figure('26', text), figure('26', text, 20), figure('40', text)];
    const keys = [...figureKeysOf(mentions).values()];
    assert.deepEqual(keys, ['26#0', '26#1', '40#0']);
    const tokens = decode(encodeSemanticTokens(text, mentions, { shown: { ...ALL, person: false }, disputed: new Set(['26#1']) }));
    assert.deepEqual(tokens.map(([, character, , , modifiers]) => [character, modifiers]), [
      [17, 0],
      [27, DISPUTED_MODIFIER_BIT],
      [36, 0],
    ]);
  });

  it('skips mentions that do not fit the text instead of emitting bad positions', () => {
    const text = 'Short.';
    const mentions = [{ kind: 'entity', type: 'person', text: 'Gone', entity: 'gone', start: 3, end: 40 }] as Mention[];
    assert.equal(encodeSemanticTokens(text, mentions, { shown: ALL }).length, 0);
  });
});
