import assert from 'node:assert/strict';
import { parseAnnotated } from '../../../bench/eval-data';

describe('eval labelled-file parser', () => {
  it('removes the markup and gives exact offsets into the plain text', () => {
    const parsed = parseAnnotated('[[Keir Starmer|person|keir-starmer]] said [[26 nations|number|26]] signed in [[Paris|place|paris]].');
    assert.equal(parsed.text, 'Keir Starmer said 26 nations signed in Paris.');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.gold, [
      { start: 0, end: 12, type: 'person', text: 'Keir Starmer', entity: 'keir-starmer' },
      { start: 18, end: 28, type: 'number', text: '26 nations', value: 26 },
      { start: 39, end: 44, type: 'place', text: 'Paris', entity: 'paris' },
    ]);
    for (const g of parsed.gold) assert.equal(parsed.text.slice(g.start, g.end), g.text);
  });

  it('keeps CRLF and non-ASCII text, counting UTF-16 code units', () => {
    const parsed = parseAnnotated('Héllo 🙂\r\n[[Støre|person|jonas-gahr-store]] on [[Thursday|date|2026-03-12]]');
    assert.equal(parsed.text, 'Héllo 🙂\r\nStøre on Thursday');
    assert.equal(parsed.gold[0].start, 10);
    assert.equal(parsed.text.slice(parsed.gold[0].start, parsed.gold[0].end), 'Støre');
    assert.equal(parsed.gold[1].value, '2026-03-12');
  });

  it('reads figure values: numbers, ranges, dates, times, or none', () => {
    const parsed = parseAnnotated('[[€1.1bn|money|1100000000]] [[20-25 people|number|20..25]] [[9:15 a.m.|time|09:15]] [[last week|date]] [[2.5%|percent|2.5]]');
    assert.deepEqual(parsed.gold.map((g) => [g.type, g.value, g.max]), [
      ['money', 1100000000, undefined],
      ['number', 20, 25],
      ['time', '09:15', undefined],
      ['date', undefined, undefined],
      ['percent', 2.5, undefined],
    ]);
    assert.equal('value' in parsed.gold[3], false);
  });

  it('reports malformed labels with line and column and keeps their text', () => {
    const parsed = parseAnnotated('ok\n  [[Paris|city|paris]] and [[Starmer|person]] and [[3|number|three]]');
    assert.equal(parsed.text, 'ok\n  Paris and Starmer and 3');
    assert.deepEqual(parsed.gold, []);
    assert.equal(parsed.problems.length, 3);
    assert.match(parsed.problems[0].message, /Unknown type "city"/);
    assert.equal(parsed.problems[0].line, 1);
    assert.equal(parsed.problems[0].column, 2);
    assert.match(parsed.problems[1].message, /entity id/);
    assert.match(parsed.problems[2].message, /must be a number/);
  });

  it('reports unclosed, nested and stray brackets without crashing', () => {
    const unclosed = parseAnnotated('a [[Paris|place|paris b');
    assert.equal(unclosed.text, 'a [[Paris|place|paris b');
    assert.match(unclosed.problems[0].message, /never closed/);
    const nested = parseAnnotated('[[a [[Paris|place|paris]] b]]');
    assert.ok(nested.problems.some((p) => /nested/.test(p.message)));
    const stray = parseAnnotated('a ]] b');
    assert.equal(stray.text, 'a ]] b');
    assert.match(stray.problems[0].message, /without an opening/);
  });

  it('rejects spaces at the edges of a span and invalid dates or times', () => {
    const parsed = parseAnnotated('[[ Paris|place|paris]] [[Monday|date|2026-13-01]] [[noon|time|12.00]]');
    assert.equal(parsed.gold.length, 0);
    assert.equal(parsed.problems.length, 3);
  });
});
