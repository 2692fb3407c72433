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

  it('skips a breadcrumb for the title and takes the site name, never the byline role, as outlet', () => {
    const text = [
      'Marenburg Evening News | World | Europe',
      '',
      'River leaders agree barrier fund in Marenburg',
      '',
      '4 March 2026, 18:40 GMT',
      '',
      'By Ana Ruiz, Europe correspondent, Marenburg',
      '',
      'Leaders of 26 nations signed the pact. A fisherman told Marenburg Evening News that nobody had asked him.',
    ].join('\n');
    const header = readSourceHeader(text);
    assert.equal(header.title, 'River leaders agree barrier fund in Marenburg');
    assert.equal(header.outlet, 'Marenburg Evening News');
  });

  it('skips a site name, its menu and a "Posted on" line, and reads the outlet from the copyright line', () => {
    const text = [
      'The River Blog',
      'Skip to content',
      'Home',
      'News',
      'Fishing',
      'About us',
      'Subscribe',
      '',
      'Posted on March 5, 2026 by Ana Ruiz | 6 comments',
      '',
      'We were there: the river pact from the quayside',
      '',
      'I got to the harbour at seven and the boats were already there.',
      '',
      '© 2026 The River Blog. All rights reserved.',
    ].join('\n');
    const header = readSourceHeader(text);
    assert.equal(header.title, 'We were there: the river pact from the quayside');
    assert.equal(header.outlet, 'The River Blog');
  });

  it('skips a "Site - Section" line and reads the outlet from a contributor note or a footer line', () => {
    const review = 'The Selva Review - Analysis\n\nThe river pact is a bet on barriers\n\nBy Eva Lind\n\nThe pact is really a barrier deal.\n\nEva Lind writes on water for The Selva Review.\n';
    assert.deepEqual([readSourceHeader(review).title, readSourceHeader(review).outlet], ['The river pact is a bet on barriers', 'The Selva Review']);
    const footer = 'Leaders of 26 nations signed a river pact in Marenburg on Tuesday, River.Az reports.\n\nThe pact covers the Selva basin.\n\nRiver.Az\n';
    assert.equal(readSourceHeader(footer).outlet, 'River.Az');
  });

  it('takes a byline outlet after a bar or "for", or a known agency after a comma, but not a place', () => {
    assert.equal(readSourceHeader('Pact signed in Marenburg after long talks\nBy Ana Ruiz for The Coastal Times\n\nText.').outlet, 'The Coastal Times');
    assert.equal(readSourceHeader('Pact signed in Marenburg after long talks\nBy Ana Ruiz, Reuters\n\nText.').outlet, 'Reuters');
    assert.equal(readSourceHeader('Pact signed in Marenburg after long talks\nBy Ana Ruiz, Marenburg\n\nText.').outlet, undefined);
    assert.equal(readSourceHeader('Pact signed in Marenburg after long talks\nBy Ana Ruiz | Senior political editor\n\nText.').outlet, undefined);
  });

  it('does not take a section word of a breadcrumb for a site name', () => {
    const text = 'News | Politics | UK\n\nRiver pact signed in Marenburg after all-night talks\n\nNews of the pact spread fast.';
    const header = readSourceHeader(text);
    assert.equal(header.title, 'River pact signed in Marenburg after all-night talks');
    assert.equal(header.outlet, undefined);
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
