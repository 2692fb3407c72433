import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SourceText } from '../../../src/core/model';
import { evaluateSet, formatErrors, formatReport, loadLabelledSet } from '../../../bench/eval-run';
import type { PredictedMention } from '../../../bench/eval-score';

describe('eval harness with a fake recogniser', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-eval-'));
    fs.writeFileSync(path.join(dir, 'a.txt.ann'), '[[Keir Starmer|person|keir-starmer]] met [[26 nations|number|26]] in [[Paris|place|paris]].');
    fs.writeFileSync(path.join(dir, 'b.md.ann'), '[[Starmer|person|keir-starmer]] left [[Paris|place|paris]] on [[Tuesday|date]].');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not labelled, not loaded');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads every .ann file, naming sources without the .ann suffix', () => {
    const set = loadLabelledSet(dir);
    assert.deepEqual(set.sources.map((s) => s.id), ['a.txt', 'b.md']);
    assert.equal(set.sources[1].text, 'Starmer left Paris on Tuesday.');
    assert.equal(set.gold.get('a.txt')?.length, 3);
    assert.deepEqual(set.problems, []);
  });

  it('scores a recogniser that returns the gold labels as perfect', async () => {
    const set = loadLabelledSet(dir);
    const echoGold = (sources: SourceText[]) => ({
      mentions: (id: string): PredictedMention[] => {
        assert.ok(sources.some((s) => s.id === id));
        return [...(set.gold.get(id) ?? [])];
      },
    });
    const result = await evaluateSet(set, echoGold);
    assert.equal(result.scores.entities.exact.f1, 1);
    assert.equal(result.scores.figures.exact.f1, 1);
    assert.equal(result.scores.linking.allPairs.f1, 1);
    assert.equal(result.scores.linking.crossSourcePairs.truePositives, 2);
    assert.equal(result.predictedCount, 6);
    const report = formatReport('fake', set, result);
    assert.match(report, /2 articles, 6 gold mentions \(4 entities, 2 figures\), 6 predicted/);
    assert.match(report, /person\s+2\s+100\.0\s+100\.0\s+100\.0/);
    assert.match(report, /cross-source\s+2\s+2\s+100\.0/);
  });

  it('lists the errors of a poor recogniser by kind', async () => {
    const set = loadLabelledSet(dir);
    const poor = () => ({
      mentions: (id: string): PredictedMention[] => (id === 'a.txt'
        ? [{ start: 5, end: 12, type: 'person', entity: 'starmer' }, { start: 31, end: 36, type: 'organization', entity: 'paris' }, { start: 0, end: 4, type: 'date' }]
        : []),
    });
    const result = await evaluateSet(set, poor);
    const errors = formatErrors(set, result.predicted);
    assert.match(errors, /== a\.txt: 0 exact, 1 boundary, 1 wrong type, 1 missed, 1 spurious/);
    assert.match(errors, /boundary {2}gold person "Keir Starmer"@0 {2}predicted person "Starmer"@5/);
    assert.match(errors, /type {6}gold place "Paris"@31 {2}predicted organization "Paris"@31/);
    assert.match(errors, /missed {4}number "26 nations"@17/);
    assert.match(errors, /== b\.md: 0 exact, 0 boundary, 0 wrong type, 3 missed, 0 spurious/);
  });

  it('reports a recogniser that throws with a clear message', async () => {
    const set = loadLabelledSet(dir);
    await assert.rejects(evaluateSet(set, () => { throw new Error('boom'); }), /eval: the recogniser failed: boom/);
  });
});
