import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures';
import { REFERENCE, expectAll } from './support';

describe('figures: offsets', () => {
  it('keeps exact UTF-16 offsets after an emoji (a surrogate pair)', () => {
    const text = '🇺🇦 🔥 Leaders of 26 nations met.';
    const [figure] = findFigures(text);
    assert.equal(figure.start, text.indexOf('26'));
    assert.equal(figure.end, text.indexOf('26') + '26 nations'.length);
    assert.equal(text.slice(figure.start, figure.end), '26 nations');
  });

  it('keeps exact offsets after accented and Cyrillic words', () => {
    const text = 'À l’Élysée, Зеленський і Макрон: 35 countries, €1,5 — then £3.4bn.';
    expectAll(text, [
      { type: 'number', text: '35 countries', value: 35, unit: 'countries' },
      { type: 'money', text: '€1', value: 1, unit: 'EUR' },
      { type: 'money', text: '£3.4bn', value: 3.4e9, unit: 'GBP' },
    ]);
    const figures = findFigures(text);
    assert.equal(figures[0].start, text.indexOf('35'));
    assert.equal(figures[2].start, text.indexOf('£'));
  });

  it('does not glue digits to a preceding accented or Cyrillic letter', () => {
    assert.deepEqual(findFigures('Réf2026 and Ту154'), []);
  });

  it('keeps CRLF line ends in the offsets', () => {
    const text = 'Line one.\r\nAbout 200 people came.\r\n\r\nOn 6 January 2026 they left.\r\n';
    const figures = findFigures(text, REFERENCE);
    assert.deepEqual(figures.map((figure) => [figure.text, figure.start]), [
      ['About 200 people', text.indexOf('About')],
      ['6 January 2026', text.indexOf('6 January')],
    ]);
  });

  it('does not read a number across a line break into a unit on the next line', () => {
    expectAll('The total was 26\r\nnations signed later.', [{ type: 'number', text: '26', value: 26 }]);
  });

  it('returns sorted, non-overlapping figures whose text matches the offsets', () => {
    const text = [
      'GENEVA, March 12 2025 (Wire) – Envoys from more than 30 countries met on Tuesday for a 12-hour session and agreed $1.2bn in aid.',
      'About 3,500 tonnes of grain left port on 6 January, up 12 per cent, at 9:30 a.m. local time; the second convoy is due next week.',
      'Between 20 and 25 people were hurt, 20-25% of homes lost power and temperatures fell to -5C, the 2024 figures show.',
    ].join('\r\n');
    const figures = findFigures(text, REFERENCE);
    assert.deepEqual(figures.map((figure) => figure.text), [
      'March 12 2025', 'more than 30 countries', 'Tuesday', '12-hour', '$1.2bn', 'About 3,500 tonnes', '6 January', '12 per cent',
      '9:30 a.m.', 'second', 'next week', 'Between 20 and 25 people', '20-25%', '-5C', '2024',
    ]);
    for (let index = 0; index < figures.length; index++) {
      const figure = figures[index];
      assert.equal(text.slice(figure.start, figure.end), figure.text);
      assert.ok(figure.end > figure.start);
      if (index > 0) assert.ok(figure.start >= figures[index - 1].end, `${figure.text} overlaps ${figures[index - 1].text}`);
    }
  });

  it('keeps its invariants on random soups of tricky tokens', () => {
    const tokens = [
      '$', '€', '£', 'US$', '5', '26', '3,500', '1.2', 'bn', 'm', 'million', ' ', ' ', '\n', '\r\n', '-', '–', '%', 'per cent', 'to', 'and',
      'between', 'from', 'more than', 'about', 'January', 'Jan.', 'May', '7,', '2026', '2025-26', '/', ':', '9:03', 'a.m.', 'GMT', 'Tuesday',
      'last', 'week', 'one', 'twenty', 'six', 'hundred', 'thousands', 'of', 'people', 'km', 'C', '°', 'second', 'a', 'third', '(', ')', '+',
      '~', 'Article', 'G', 'https://x.com/1', '#', '@', '🇺🇦', 'é', 'Зеленський', '.', ',', 'ago', 'days', 'or', 'more', '’s', 'since', 'mid',
    ];
    let seed = 20260107;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let count = 1 + Math.floor(random() * 20); count > 0; count--) text += tokens[Math.floor(random() * tokens.length)];
      let previousEnd = 0;
      for (const figure of findFigures(text, REFERENCE)) {
        assert.equal(text.slice(figure.start, figure.end), figure.text, text);
        assert.ok(figure.start >= previousEnd && figure.end > figure.start, text);
        if (typeof figure.value === 'number') assert.ok(Number.isFinite(figure.value), text);
        if (figure.max !== undefined) assert.ok(typeof figure.value === 'number' && figure.max > figure.value, text);
        previousEnd = figure.end;
      }
    }
  });

  it('returns an empty list for empty or non-string input', () => {
    assert.deepEqual(findFigures(''), []);
    assert.deepEqual(findFigures(undefined as unknown as string), []);
    assert.deepEqual(findFigures(42 as unknown as string), []);
  });

  it('survives hostile input without throwing', () => {
    const hostile = ['$', '$$$', '-', '--5', '1,', '1,00', '1.', '.5', '1e10', '9'.repeat(400), '12:', 'Jan.', 'last', 'between 5 and', '£-5', '5-', '5–', '~', '+', '(', '1/', '/1', '2026-13-45', '99/99/9999'];
    for (const text of hostile) {
      for (const figure of findFigures(text, REFERENCE)) assert.equal(text.slice(figure.start, figure.end), figure.text);
    }
    const noise = Array.from({ length: 2000 }, (_, index) => String.fromCharCode(32 + ((index * 7919) % 95))).join('');
    for (const figure of findFigures(noise, REFERENCE)) assert.equal(noise.slice(figure.start, figure.end), figure.text);
  });
});
