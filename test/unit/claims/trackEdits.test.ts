import assert from 'node:assert/strict';
import { applyEdits, type TextChange } from '../../../src/core/claims/anchoring/trackEdits';

// The span [10, 20) in all cases.
const span = { start: 10, end: 20 };
const insert = (at: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: 0, text });
const remove = (at: number, length: number): TextChange => ({ rangeOffset: at, rangeLength: length, text: '' });
const replace = (at: number, length: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: length, text });

describe('claims anchoring: applyEdits', () => {
  it('shifts the span for changes before it', () => {
    assert.deepEqual(applyEdits(span, [insert(3, 'abc')]), { start: 13, end: 23 });
    assert.deepEqual(applyEdits(span, [remove(2, 5)]), { start: 5, end: 15 });
    assert.deepEqual(applyEdits(span, [replace(0, 10, 'x')]), { start: 1, end: 11 });
  });

  it('ignores changes after it', () => {
    assert.deepEqual(applyEdits(span, [insert(25, 'abc'), remove(20, 4)]), span);
  });

  it('keeps text typed right before or right after the span outside it', () => {
    assert.deepEqual(applyEdits(span, [insert(10, 'ab')]), { start: 12, end: 22 });
    assert.deepEqual(applyEdits(span, [insert(20, 'ab')]), span);
  });

  it('grows and shrinks with edits inside, including at its edges', () => {
    assert.deepEqual(applyEdits(span, [insert(15, 'abcd')]), { start: 10, end: 24 });
    assert.deepEqual(applyEdits(span, [remove(12, 3)]), { start: 10, end: 17 });
    assert.deepEqual(applyEdits(span, [replace(10, 3, 'WORD')]), { start: 10, end: 21 });
    assert.deepEqual(applyEdits(span, [replace(17, 3, 'W')]), { start: 10, end: 18 });
  });

  it('trims the span when a change overlaps one edge', () => {
    assert.deepEqual(applyEdits(span, [replace(5, 10, 'xy')]), { start: 7, end: 12 });
    assert.deepEqual(applyEdits(span, [remove(15, 10)]), { start: 10, end: 15 });
  });

  it('returns undefined when the span was removed or replaced whole', () => {
    assert.equal(applyEdits(span, [remove(10, 10)]), undefined);
    assert.equal(applyEdits(span, [replace(5, 20, 'new text')]), undefined);
    assert.equal(applyEdits(span, [remove(12, 8), remove(10, 2)]), undefined);
  });

  it('applies several changes in the order given, as VS Code reports them', () => {
    // Two cursors typing: VS Code lists the later offset first so that offsets stay valid.
    const changes = [insert(30, '!'), insert(15, '--'), insert(2, '>>')];
    assert.deepEqual(applyEdits(span, changes), { start: 12, end: 24 });
    let text = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const quote = text.slice(10, 20);
    for (const change of changes) text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    assert.equal(text.slice(12, 24).replace('--', ''), quote);
  });
});
