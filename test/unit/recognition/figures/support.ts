// Helpers for the figure tests: compare a figure with an expectation on every field, so a test
// fails when a value, unit, qualifier or span differs, or when a field appears that should not.

import * as assert from 'node:assert/strict';
import type { FigureMention } from '../../../../src/core/model';
import { findFigures, type FigureOptions } from '../../../../src/core/recognition/figures';

export interface Expected {
  readonly type: FigureMention['type'];
  /** The exact span text. */
  readonly text: string;
  readonly value?: number | string;
  readonly max?: number;
  readonly unit?: string;
  readonly qualifier?: FigureMention['qualifier'];
}

export const REFERENCE: FigureOptions = { referenceDate: '2026-01-07' }; // a Wednesday

function comparable(figure: FigureMention): Expected {
  const { type, text, value, max, unit, qualifier } = figure;
  return Object.fromEntries(Object.entries({ type, text, value, max, unit, qualifier }).filter(([, field]) => field !== undefined)) as unknown as Expected;
}

function withoutUndefined(expected: Expected): Expected {
  return Object.fromEntries(Object.entries(expected).filter(([, field]) => field !== undefined)) as unknown as Expected;
}

function checkOffsets(sentence: string, figure: FigureMention): void {
  assert.equal(figure.kind, 'figure');
  assert.equal(sentence.slice(figure.start, figure.end), figure.text, 'span text must match the offsets');
}

/** `sentence` holds exactly one figure, equal to `expected` in every field. */
export function expectOnly(sentence: string, expected: Expected, options: FigureOptions = REFERENCE): FigureMention {
  const found = findFigures(sentence, options);
  assert.equal(found.length, 1, `one figure expected in ${JSON.stringify(sentence)}, got ${JSON.stringify(found.map((figure) => figure.text))}`);
  checkOffsets(sentence, found[0]);
  assert.deepEqual(comparable(found[0]), withoutUndefined(expected), sentence);
  assert.equal(found[0].start, sentence.indexOf(expected.text), 'first occurrence of the span text');
  return found[0];
}

/** `sentence` holds exactly these figures, in this order. */
export function expectAll(sentence: string, expected: readonly Expected[], options: FigureOptions = REFERENCE): FigureMention[] {
  const found = findFigures(sentence, options);
  for (const figure of found) checkOffsets(sentence, figure);
  assert.deepEqual(found.map(comparable), expected.map(withoutUndefined), sentence);
  return found;
}

/** `sentence` holds no figure at all. */
export function expectNone(sentence: string, options: FigureOptions = REFERENCE): void {
  const found = findFigures(sentence, options);
  assert.deepEqual(found.map((figure) => figure.text), [], `no figure expected in ${JSON.stringify(sentence)}`);
}

/** The figures' span texts. */
export function spans(sentence: string, options: FigureOptions = REFERENCE): string[] {
  return findFigures(sentence, options).map((figure) => figure.text);
}

/** Runs `expectOnly` for each row as its own test. */
export function table(rows: readonly (readonly [string, Expected])[], options: FigureOptions = REFERENCE): void {
  for (const [sentence, expected] of rows) {
    it(`${sentence} → ${expected.type} "${expected.text}"`, () => {
      expectOnly(sentence, expected, options);
    });
  }
}
