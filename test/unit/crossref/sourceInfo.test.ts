import assert from 'node:assert/strict';
import { readSourceHeader, detectHeaderDate } from '../../../src/core/crossref/sourceInfo';

describe('crossref readSourceHeader', () => {
  it('reads title, outlet and date from front matter and starts the body after it', () => {
    const text = '---\ntitle: "Pact signed"\noutlet: The Northern Ledger\ndate: 2026-03-04\n---\nBody text here.';
    const header = readSourceHeader(text);
    assert.equal(header.title, 'Pact signed');
    assert.equal(header.outlet, 'The Northern Ledger');
    assert.equal(header.date, '2026-03-04');
    assert.equal(text.slice(header.bodyStart), 'Body text here.');
    assert.deepEqual(header.boilerplate[0], { start: 0, end: header.bodyStart });
  });

  it('survives malformed front matter', () => {
    const header = readSourceHeader('---\ntitle: [unclosed\n---\nRiver pact signed in Marenburg today\n');
    assert.equal(header.title, 'River pact signed in Marenburg today');
  });

  it('reads an agency dateline as outlet and date, and shortens a first paragraph into a title', () => {
    const text = 'MARENBURG, March 4, 2026 (Reuters) – Representatives of 35 countries signed a river protection treaty in Marenburg on Tuesday, the host government said after long talks.';
    const header = readSourceHeader(text);
    assert.equal(header.outlet, 'Reuters');
    assert.equal(header.date, '2026-03-04');
    assert.ok(header.title!.startsWith('Representatives of 35 countries'), header.title);
    assert.ok(header.title!.length <= 91);
    assert.ok(header.boilerplate.some((span) => text.slice(span.start, span.end) === 'March 4, 2026'));
  });

  it('reads "(Agencies)" after a place and date', () => {
    const header = readSourceHeader('Paris January 7 2026 (Agencies) – The United Kingdom and France have outlined plans.');
    assert.equal(header.outlet, 'Agencies');
    assert.equal(header.date, '2026-01-07');
  });

  it('reads a byline "By X | Outlet" and skips page furniture to find the headline', () => {
    const text = 'Wednesday, March 4, 2026\nShare this article\nBy Ana Ruiz | Coastal Times\nNewsPolitics\n\nRiver pact signed in Marenburg after all-night talks\n\nDelegations agreed.';
    const header = readSourceHeader(text);
    assert.equal(header.outlet, 'Coastal Times');
    assert.equal(header.title, 'River pact signed in Marenburg after all-night talks');
    assert.equal(header.date, '2026-03-04');
    assert.ok(header.boilerplate.some((span) => text.slice(span.start, span.end) === 'Wednesday, March 4, 2026'));
  });

  it('strips Markdown heading markers and emphasis from the title', () => {
    assert.equal(readSourceHeader('# The *river* pact is signed\n\nText.').title, 'The river pact is signed');
  });

  it('gives no title for an empty text', () => {
    assert.equal(readSourceHeader('').title, undefined);
  });

  it('detects dates in several writings', () => {
    assert.equal(detectHeaderDate('Tuesday, 6 January 2026 — Paris')?.date, '2026-01-06');
    assert.equal(detectHeaderDate('date 2026-01-07 + 16 px')?.date, '2026-01-07');
    assert.equal(detectHeaderDate('Sept. 30, 2025')?.date, '2025-09-30');
    assert.equal(detectHeaderDate('no date here'), undefined);
  });
});
