import assert from 'node:assert/strict';
import type { SourceText } from '../../../../src/core/model';
import { recognizeWorkspace, WorkspaceRecognizer } from '../../../../src/core/recognition/workspaceRecognizer';
import { findCandidates } from '../../../../src/core/recognition/entities/candidates';
import { detectArticleDate, findFigures } from '../../../../src/core/recognition/figures';
import { createLexicon } from '../../../../src/core/recognition/gazetteer/builtin/lexicon';
import { BlockCache } from '../../../../src/core/recognition/documentAnalysis/blockAnalysis';
import { analyseDocument } from '../../../../src/core/recognition/documentAnalysis/documentAnalysis';
import { splitBlocks } from '../../../../src/core/recognition/documentAnalysis/blocks';
import { documentContext } from '../../../../src/core/recognition/documentAnalysis/documentContext';
import { corpusTexts } from './corpus';
import { seededRandom } from '../../../support/seededRandom';

const random = seededRandom;

const INSERTIONS = [' ', 'x', '\n', '\n\n', ' Maria Duarte of Lisbon said ', '. The European Union ', '26 nations', 'the ', '\n\nBreaking News From Bergen\n\n', ', and Oslo', ' on Tuesday'];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.55) return text.slice(0, at) + INSERTIONS[Math.floor(next() * INSERTIONS.length)] + text.slice(at);
  const length = Math.floor(next() * (kind < 0.9 ? 3 : 200));
  return text.slice(0, at) + text.slice(at + length);
}

function snapshot(result: { mentions(id: string): unknown[]; entities(): unknown[] }, ids: string[]): unknown {
  return { mentions: ids.map((id) => [id, result.mentions(id)]), entities: result.entities() };
}

describe('incremental recognition', () => {
  const lexicon = createLexicon();
  const texts = corpusTexts();

  it('has a corpus with blocks to cut', () => {
    assert.ok(texts.length >= 20, `only ${texts.length} texts`);
    assert.ok(texts.some((t) => splitBlocks(t.text).length > 10));
  });

  it('cuts blocks on blank lines, keeps reader comments together and never loses text with words', () => {
    const text = 'A b.\n\nC d.\n \nE f.\n\n3 comments\n\nG h.\n\nI j.';
    assert.deepEqual(splitBlocks(text).map((b) => [text.slice(b.start, b.end), b.afterComments ?? false]), [
      ['A b.\n', false], ['C d.\n', false], ['E f.\n', false], ['3 comments\n', false], ['G h.\n', true], ['I j.', true],
    ]);
    // A comment count under a share bar links to the comments; the article after it is no comment,
    // and the real heading at the foot of the page still starts them.
    const shareBar = 'Headline\n\nShare: Facebook | X | Email\n214 comments\n\nThe article begins here with Maria Duarte.\n\nIt goes on.\n\n214 comments\n\nJane: Great.';
    assert.deepEqual(splitBlocks(shareBar).map((b) => b.afterComments ?? false), [false, false, false, false, false, true]);
    const byline = 'Headline\n\nBy Jane Doe\nApril 2, 2026\n214 comments\n\nThe article begins here.\n\nIt goes on.';
    assert.deepEqual(splitBlocks(byline).map((b) => b.afterComments ?? false), [false, false, false, false]);
    // Inside a furniture block (under "Related") a comment count is no heading for the tokenizer.
    // A list heading alone above one blank line stays with its list (the tokenizer reads them together).
    const mostRead = 'A b.\n\nMost read\n\n1. C d\n\nE f.\n\nShare\n\nG h.';
    assert.deepEqual(splitBlocks(mostRead).map((b) => mostRead.slice(b.start, b.end)), ['A b.\n', 'Most read\n\n1. C d\n', 'E f.\n', 'Share\n', 'G h.']);
    const mostReadText = 'Leeds won.\n\nMost read\n\nMan, 34, held in Leeds\n\nOslo lost on Monday.';
    assert.deepEqual(analyseDocument(mostReadText, lexicon, new BlockCache()).candidates, findCandidates(mostReadText, lexicon).candidates);
    assert.deepEqual(analyseDocument(mostReadText, lexicon, new BlockCache()).figures, findFigures(mostReadText, {}));
    const related = 'A b.\n\nRelated\n3 comments\n\nG h.';
    assert.deepEqual(splitBlocks(related).map((b) => b.afterComments ?? false), [false, false, false]);
    for (const { text: t } of texts) {
      const blocks = splitBlocks(t);
      let covered = 0;
      for (const b of blocks) {
        assert.ok(b.start >= covered && b.end > b.start);
        assert.match(t.slice(covered, b.start), /^\s*$/);
        covered = b.end;
      }
      assert.match(t.slice(covered), /^\s*$/);
    }
  });

  it('assembles exactly what a whole-text analysis finds', () => {
    for (const { id, text } of texts) {
      const whole = findCandidates(text, lexicon);
      const figures = findFigures(text, { referenceDate: detectArticleDate(text)?.date });
      const assembled = analyseDocument(text, lexicon, new BlockCache());
      assert.deepStrictEqual(assembled.candidates, whole.candidates, `candidates of ${id}`);
      assert.deepStrictEqual(assembled.figures, figures, `figures of ${id}`);
      assert.deepStrictEqual([...assembled.rareLowerWords].sort(), [...new Set(whole.rareLowerWords)].map((w) => w >>> 0).sort(), `rare words of ${id}`);
    }
  });

  it('gives after random edits the same mentions, types and entity ids as a fresh recognition', function () {
    this.timeout(120000);
    const next = random(20260107);
    const current: SourceText[] = texts.map((t) => ({ ...t }));
    const recognizer = new WorkspaceRecognizer();
    for (const source of current) recognizer.upsert(source);
    const ids = current.map((s) => s.id);
    for (let round = 0; round < 4; round++) {
      for (let e = 0; e < 40; e++) {
        const i = Math.floor(next() * current.length);
        current[i] = { id: current[i].id, text: edit(current[i].text, next) };
        recognizer.upsert(current[i]);
      }
      assert.deepStrictEqual(snapshot(recognizer, ids), snapshot(recognizeWorkspace(current), ids), `after round ${round}`);
      for (const { id, text } of current) {
        if (text === texts.find((t) => t.id === id)?.text) continue;
        assert.deepStrictEqual(analyseDocument(text, lexicon, new BlockCache()).candidates, findCandidates(text, lexicon).candidates, `edited ${id}`);
        assert.deepStrictEqual(analyseDocument(text, lexicon, new BlockCache()).figures, findFigures(text, { referenceDate: detectArticleDate(text)?.date }), `edited ${id}`);
      }
    }
  });

  it('analyses in slices to the same result, and a later change supersedes a pending one', () => {
    // No sports copy: sports copy is analysed as one block (and several articles that each mention a
    // little sport can read as sports copy together).
    let big = '';
    for (const { text } of texts) {
      const joined = big ? `${big}\n\n${text}` : text;
      if (!documentContext(joined).sports) big = joined;
    }
    assert.ok(big.length > 50_000, `only ${big.length} characters`);
    const sliced = new WorkspaceRecognizer();
    const task = sliced.upsertInSlices({ id: 'big.txt', text: big }, 0);
    assert.equal(task.done, false);
    assert.deepEqual(sliced.mentions('big.txt'), []);
    let calls = 0;
    while (!task.continue(0)) calls++;
    assert.ok(calls > 5, `only ${calls} slices`);
    const fresh = recognizeWorkspace([{ id: 'big.txt', text: big }]);
    assert.deepStrictEqual(sliced.mentions('big.txt'), fresh.mentions('big.txt'));

    const stale = sliced.upsertInSlices({ id: 'big.txt', text: big + '\n\nOld Text From Oslo.' }, 0);
    sliced.upsert({ id: 'big.txt', text: 'Maria Duarte visited Oslo.' });
    assert.equal(stale.continue(Infinity), true);
    assert.deepEqual(sliced.mentions('big.txt').map((m) => m.text), ['Maria Duarte', 'Oslo']);
  });
});
