// Page furniture is never labelled (docs/labelled-format.md, "Never labelled").
import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, REFERENCE } from './support';

describe('figures: page furniture', () => {
  it('drops comment and share counts that stand alone or between separators', () => {
    expectAll('Posted on 4 May 2026 by Ana Reis | 17 comments', [{ type: 'date', text: '4 May 2026', value: '2026-05-04' }]);
    expectNone('23 comments');
    expectNone('Shares: 1,200 shares · 88 likes');
  });

  it('keeps a count of comments inside a sentence', () => {
    expectAll('The consultation drew 340 comments from residents.', [{ type: 'number', text: '340 comments', value: 340, unit: 'comments' }]);
  });

  it('drops reading times', () => {
    expectAll('By Ana Reis | 2 June 2026 | 6 min read', [{ type: 'date', text: '2 June 2026', value: '2026-06-02' }]);
  });

  it('drops captions, credits, copyright lines, prompts and market-data notices', () => {
    for (const line of [
      'Photo: Volunteers at the dunes on 3 June. Credit: P. Lima',
      'Image caption: About 200 people queued from 6am',
      'Rescuers search the river bank, 3 June 2026. Photograph: K. Osei/Wire',
      '© 2026 The Valley Courier',
      'Subscribe for £2 a month for the first 3 months',
      'Market data delayed by at least 20 minutes.',
      'Tags: budget, 2026, council tax',
      'Share 0 | Tweet | Email | 12',
      'Reading time: 4 minutes',
    ]) {
      expectNone(line);
    }
  });

  it('keeps a long paragraph that only mentions a photo', () => {
    const paragraph = `${'The council said the works would take 18 months. '.repeat(10)}Photo: the site.`;
    assert.ok(findFigures(paragraph, REFERENCE).length >= 10);
  });

  it('drops the list under a "Related" heading up to the blank line', () => {
    const text = [
      'The mayor said 12 roads would close.',
      '',
      'Related stories',
      'Bridge repairs to cost £4m in 2027',
      'Why 3 schools may merge',
      '',
      'Police said 2 men were arrested.',
    ].join('\n');
    assert.deepEqual(findFigures(text, REFERENCE).map((figure) => figure.text), ['12 roads', '2 men']);
  });

  it('drops readers\' comments after a comment-count line in the second half of the page', () => {
    const text = [
      'Flooding closed 14 roads on Monday, the council said.',
      'The repairs will cost £2m and take 6 weeks.',
      '',
      '3 comments',
      '',
      'river_watch · 5 May 2026 at 9:12 am',
      'My street has been shut for 10 days!',
    ].join('\n');
    assert.deepEqual(findFigures(text, REFERENCE).map((figure) => figure.text), ['14 roads', 'Monday', '£2m', '6 weeks']);
  });
});
