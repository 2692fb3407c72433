import * as assert from 'node:assert/strict';
import { detectArticleDate } from '../../../../src/core/recognition/figures';

function detected(text: string): { date: string; span: string } | undefined {
  const found = detectArticleDate(text);
  return found && { date: found.date, span: text.slice(found.start, found.end) };
}

describe('figures: detectArticleDate', () => {
  it('reads a dateline with agency', () => {
    assert.deepEqual(detected('Paris, January 7 2026 (Agencies) – Leaders met.'), { date: '2026-01-07', span: 'January 7 2026' });
  });

  it('finds no date in a dateline without one', () => {
    assert.equal(detectArticleDate('PARIS (Reuters) - Leaders met on Tuesday to discuss 26 proposals.'), undefined);
  });

  it('reads "Published:" lines, British and American', () => {
    assert.deepEqual(detected('Headline here\nPublished: 7 January 2026\n\nBody text.'), { date: '2026-01-07', span: '7 January 2026' });
    assert.deepEqual(detected('Headline here\nPosted January 7, 2026 at 9:03 a.m.\n\nBody.'), { date: '2026-01-07', span: 'January 7, 2026' });
  });

  it('reads "Updated" lines with a time before the date', () => {
    assert.deepEqual(detected('Updated 14:02 GMT, 7 Jan 2026\nBody text.'), { date: '2026-01-07', span: '7 Jan 2026' });
  });

  it('reads a slashed US timestamp as month first: the zone says so', () => {
    assert.deepEqual(detected('By Kyle Cheney\n03/04/2026 05:12 PM EST\n\nThe hearing was Wednesday.'), { date: '2026-03-04', span: '03/04/2026' });
    assert.deepEqual(detected('by Julia Manchester - 05/12/26 6:00 AM ET\n\nThe poll was released Tuesday.'), { date: '2026-05-12', span: '05/12/26' });
  });

  it('prefers the publication date over the update date', () => {
    const text = 'Updated 8 January 2026\nPublished 7 January 2026\nBody.';
    assert.deepEqual(detected(text), { date: '2026-01-07', span: '7 January 2026' });
  });

  it('reads a byline', () => {
    assert.deepEqual(detected('Talks end\nBy Jane Doe | January 7, 2026\nBody.'), { date: '2026-01-07', span: 'January 7, 2026' });
  });

  it('reads a weekday-led date line', () => {
    assert.deepEqual(detected('Wednesday, January 7, 2026\n\nHeadline\n\nBody.'), { date: '2026-01-07', span: 'Wednesday, January 7, 2026' });
  });

  it('reads Markdown front matter', () => {
    const text = '---\ntitle: "Talks"\ndate: 2026-01-07\n---\n\nBody with 6 January 2026 in it.';
    const found = detectArticleDate(text);
    assert.deepEqual(found && { date: found.date, span: text.slice(found.start, found.end) }, { date: '2026-01-07', span: '2026-01-07' });
  });

  it('reads front matter with CRLF and a quoted textual date', () => {
    const text = '---\r\ntitle: Talks\r\ndate: "January 7, 2026"\r\n---\r\nBody.';
    assert.deepEqual(detected(text), { date: '2026-01-07', span: 'January 7, 2026' });
  });

  it('ignores a date inside a body sentence', () => {
    assert.equal(detectArticleDate('Leaders said the deal signed on 6 January 2026 would hold.'), undefined);
  });

  it('ignores dates past the top of the article, unless at its foot', () => {
    const filler = 'Filler sentence without dates. '.repeat(60);
    assert.equal(detectArticleDate(`${filler}\nPublished 7 January 2026\n${filler}\n`), undefined);
    assert.equal(detectArticleDate(`${filler}\nPublished 7 January 2026\n`)?.date, '2026-01-07');
    assert.equal(detectArticleDate(`${filler}\n\n(END) Dow Jones Newswires\n\nNovember 20, 2026 05:42 ET (10:42 GMT)\n`)?.date, '2026-11-20');
    // At the foot a date must open its line: "see our report of 3 May 2025" is no dateline.
    assert.equal(detectArticleDate(`${filler}\nRead more: our report of 3 May 2025 - a timeline\n`), undefined);
  });

  it('ignores a date line without a year', () => {
    assert.equal(detectArticleDate('Paris, Jan 7 (Reuters) - Leaders met.'), undefined);
  });

  it('returns undefined for empty or non-string input', () => {
    assert.equal(detectArticleDate(''), undefined);
    assert.equal(detectArticleDate(null as unknown as string), undefined);
  });

  it('reads a report\'s "As of" date and a newsletter masthead ending in its date', () => {
    assert.deepEqual(detected('Situation Report No. 3\nAs of 22 October 2026, 18:00 (UTC-3)\n\nBody.'), { date: '2026-10-22', span: '22 October 2026' });
    assert.deepEqual(detected('THE PACKET\nThe weekday briefing from Threadline · Issue 611 · Wednesday 11 March 2026\n\nGood morning.'),
      { date: '2026-03-11', span: 'Wednesday 11 March 2026' });
    assert.equal(detectArticleDate('He said the deal closed on 3 May 2025 in Paris.\n'), undefined);
  });

  it('reads a European dotted date in a dateline', () => {
    assert.equal(detectArticleDate('Berlin, 03.02.2026\n\nMerz on Tuesday faced a test.')?.date, '2026-02-03');
  });

  it('does not take a date in the middle of a sentence of the story for the dateline', () => {
    const obituary = 'BERLIN (AP) — Joschka Fischer has died, his family said Thursday.\n\nBorn Joseph Martin Fischer on April 12, 1948, in Gerabronn, he left school early.';
    assert.equal(detectArticleDate(obituary), undefined);
    assert.equal(detectArticleDate('By Dana Kovach, Staff Writer\nSept. 9, 2026 Updated 6:15 a.m.\n\nText.')?.date, '2026-09-09');
  });
});

