import assert from 'node:assert/strict';
import { anchorClaim, type AnchorResult } from '../../../src/core/claims/anchoring/anchorClaim';
import { CONTEXT_LENGTH, createAnchor } from '../../../src/core/claims/anchoring/createAnchor';
import { reanchorClaims } from '../../../src/core/claims/anchoring/reanchor';
import type { Claim } from '../../../src/core/claims/types';
import { HARBOUR_ARTICLE } from './support/harbourArticle';

function anchorOf(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `fixture lacks ${quote}`);
  return createAnchor(text, at, at + quote.length);
}

function textAt(text: string, result: AnchorResult): string {
  return text.slice(result.start, result.end);
}

describe('claims anchoring: createAnchor', () => {
  it('stores the quote, 32 characters of context on each side and the offsets', () => {
    const quote = 'fell by 23 percent between 2019 and 2024';
    const anchor = anchorOf(HARBOUR_ARTICLE, quote);
    assert.equal(anchor.quote, quote);
    assert.equal(anchor.prefix.length, CONTEXT_LENGTH);
    assert.equal(anchor.suffix.length, CONTEXT_LENGTH);
    assert.equal(anchor.prefix, 'ine particles near the ferry terminal '.slice(-32));
    assert.ok(anchor.suffix.startsWith(', although officials admit'));
    assert.equal(HARBOUR_ARTICLE.slice(anchor.start, anchor.end), quote);
  });

  it('shortens the context at the edges of the text', () => {
    const anchor = createAnchor('Short text here.', 0, 5);
    assert.deepEqual(anchor, { quote: 'Short', prefix: '', suffix: ' text here.', start: 0, end: 5 });
  });

  it('never cuts a surrogate pair in the context', () => {
    // 31 letters + an emoji (2 code units) before the quote: 32 units back lands inside the emoji.
    const text = `🌊${'a'.repeat(31)}QUOTE${'b'.repeat(31)}🚢`;
    const anchor = createAnchor(text, 33, 38);
    assert.equal(anchor.quote, 'QUOTE');
    assert.equal(anchor.prefix, 'a'.repeat(31));
    assert.equal(anchor.suffix, 'b'.repeat(31));
  });

  it('refuses empty or out-of-range spans', () => {
    assert.throws(() => createAnchor('abc', 2, 2), RangeError);
    assert.throws(() => createAnchor('abc', 1, 4), RangeError);
    assert.throws(() => createAnchor('abc', -1, 1), RangeError);
  });
});

describe('claims anchoring: anchorClaim', () => {
  const quote = 'estimated it at closer to 7 billion';

  it('finds an unchanged claim at its stored offsets (exact)', () => {
    const anchor = anchorOf(HARBOUR_ARTICLE, quote);
    const result = anchorClaim(HARBOUR_ARTICLE, anchor);
    assert.deepEqual(result, { start: anchor.start, end: anchor.end, status: 'exact', score: 1 });
  });

  it('finds a claim whose text moved (moved)', () => {
    const anchor = anchorOf(HARBOUR_ARTICLE, quote);
    const edited = `BREAKING: an update was added at the top of the story.\n\n${HARBOUR_ARTICLE}`;
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'moved');
    assert.equal(result.start, anchor.start + 56);
    assert.equal(textAt(edited, result), quote);
  });

  it('finds a claim without offset hints', () => {
    const { start: _start, end: _end, ...selector } = anchorOf(HARBOUR_ARTICLE, quote);
    const result = anchorClaim(HARBOUR_ARTICLE, selector);
    assert.equal(result.status, 'moved');
    assert.equal(textAt(HARBOUR_ARTICLE, result), quote);
  });

  it('uses the context to pick the right one of two identical quotes', () => {
    const text = 'The ministry said 26 nations signed on Monday. Critics noted that 26 nations signed only a draft.';
    const second = anchorOf(text, '26 nations signed', 1);
    // Move the text so that the offsets point nowhere useful.
    const edited = `Updated: ${text}`;
    const result = anchorClaim(edited, second);
    assert.equal(result.status, 'moved');
    assert.equal(result.start, text.lastIndexOf('26 nations signed') + 9);
  });

  it('picks the occurrence nearest the hint when the contexts are identical too', () => {
    const sentence = 'The fund has 350 million euros. ';
    const text = sentence.repeat(6);
    const fourth = anchorOf(text, '350 million euros', 3);
    const result = anchorClaim(`xx${text}`, fourth);
    assert.equal(result.start, fourth.start + 2);
  });

  it('follows a quote edited inside (fuzzy) and covers the edited text', () => {
    const anchor = anchorOf(HARBOUR_ARTICLE, 'put the bill for shore power across all signatories at 4.8 billion euros');
    const edited = HARBOUR_ARTICLE.replace('across all signatories', 'across the signatories');
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(textAt(edited, result), 'put the bill for shore power across the signatories at 4.8 billion euros');
    assert.ok(result.score > 0.8 && result.score < 1, `score ${result.score}`);
  });

  it('prefers the edited quote where the claim was over an identical passage far away', () => {
    const filler = 'Unrelated reporting about the weather and the football results fills this part. '.repeat(40);
    const claimText = 'the council approved 12 new ferries';
    const text = `Yesterday ${claimText} for the bay. ${filler}Last year ${claimText} for the bay.`;
    const anchor = anchorOf(text, claimText, 0);
    const edited = text.replace(`Yesterday ${claimText}`, 'Yesterday the council approved 14 new ferries');
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(result.start, anchor.start);
  });

  it('finds an edited claim even when a less edited look-alike is nearby', () => {
    const text = 'City figures show that fine particles near the terminal fell by 23 percent between 2019 and 2024, officials said. '
      + 'Other figures followed. KEY FACTS: particles near the terminal fell by 23 percent between 2019 and 2023.';
    const anchor = anchorOf(text, 'fell by 23 percent between 2019 and 2024');
    // 6 errors here, 1 in the look-alike: a single search would only report the look-alike.
    const edited = text.replace('fell by 23 percent between 2019', 'fell by 23 percent in 2019');
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(textAt(edited, result), 'fell by 23 percent in 2019 and 2024');
  });

  it('does not move a deleted claim onto a look-alike with another figure', () => {
    const text = 'City figures show that fine particles near the terminal fell by 23 percent between 2019 and 2024, officials said. '
      + 'Other figures followed. KEY FACTS: particles near the terminal fell by 23 percent between 2019 and 2023.';
    const anchor = anchorOf(text, 'fell by 23 percent between 2019 and 2024');
    const edited = text.replace(' fell by 23 percent between 2019 and 2024, officials said.', ' improved.');
    assert.equal(anchorClaim(edited, anchor).status, 'orphaned');
  });

  it('follows a claim whose sentence was moved far away and then edited', () => {
    const sentence = 'The port authority said that the new crane can lift 80 tonnes in a single move, according to its engineers. ';
    const text = `Opening line. ${sentence}${HARBOUR_ARTICLE}`;
    const anchor = anchorOf(text, 'the new crane can lift 80 tonnes in a single move');
    const moved = `Opening line. ${HARBOUR_ARTICLE}${sentence.replace('single move', 'single lift')}`;
    const result = anchorClaim(moved, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(textAt(moved, result), 'the new crane can lift 80 tonnes in a single lift');
    assert.ok(result.start > HARBOUR_ARTICLE.length);
  });

  it('orphans a deleted quote instead of attaching it to other text', () => {
    const anchor = anchorOf(HARBOUR_ARTICLE, 'a town of 18,000 people');
    const sentenceStart = HARBOUR_ARTICLE.indexOf('The mayor of Kessel Bay');
    const sentenceEnd = HARBOUR_ARTICLE.indexOf('"We support every word');
    const edited = HARBOUR_ARTICLE.slice(0, sentenceStart) + HARBOUR_ARTICLE.slice(sentenceEnd);
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'orphaned');
    assert.equal(result.score, 0);
    assert.equal(result.start, result.end);
  });

  it('orphans a short quote whose context is gone even if the words appear elsewhere', () => {
    const text = 'Turnout was 35 percent in the north. In the south the figure was 35 percent as well.';
    const anchor = anchorOf(text, '35 percent', 0);
    const edited = text.replace('Turnout was 35 percent in the north. ', '');
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'orphaned');
  });

  it('orphans a quote rewritten beyond recognition', () => {
    const anchor = anchorOf(HARBOUR_ARTICLE, 'which has hired four additional staff for the purpose');
    const edited = HARBOUR_ARTICLE.replace('which has hired four additional staff for the purpose', 'whose budget doubled after a long dispute');
    assert.equal(anchorClaim(edited, anchor).status, 'orphaned');
  });

  it('orphans an empty quote and anything in an empty text', () => {
    assert.equal(anchorClaim('some text', { quote: '', prefix: '', suffix: '' }).status, 'orphaned');
    assert.equal(anchorClaim('', { quote: 'x', prefix: '', suffix: '', start: 3, end: 4 }).status, 'orphaned');
  });

  it('ignores offset hints outside the text', () => {
    const anchor = { ...anchorOf(HARBOUR_ARTICLE, quote), start: 999_999, end: 1_000_030 };
    const result = anchorClaim(HARBOUR_ARTICLE, anchor);
    assert.equal(textAt(HARBOUR_ARTICLE, result), quote);
  });

  it('keeps exact UTF-16 offsets with CRLF line ends', () => {
    const text = 'First line.\r\nThe mayor said 41 cities signed.\r\nThird line.\r\n';
    const anchor = anchorOf(text, '41 cities signed');
    assert.equal(anchor.start, 28);
    const edited = `Inserted line.\r\n${text}`;
    const result = anchorClaim(edited, anchor);
    assert.equal(result.start, 44);
    assert.equal(textAt(edited, result), '41 cities signed');
  });

  it('finds a multi-line quote after the article switched from LF to CRLF', () => {
    const text = 'Intro paragraph of the story.\n\nThe compact was signed by 41 cities.\nIt enters into force next spring.\n\nMore text follows here.';
    const anchor = anchorOf(text, 'signed by 41 cities.\nIt enters into force');
    const crlf = text.replace(/\n/g, '\r\n');
    const result = anchorClaim(crlf, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(textAt(crlf, result), 'signed by 41 cities.\r\nIt enters into force');
  });

  it('handles emoji, accents and Cyrillic with exact offsets', () => {
    const text = 'Ко́рабль 🚢 прибыл в порт. Le maire a déclaré: « 41 villes 🌍 ont signé » hier. Конец 🎉.';
    const quote = '« 41 villes 🌍 ont signé »';
    const anchor = anchorOf(text, quote);
    const edited = `🎉🎉 Новости: ${text.replace('Конец', 'Конец истории')}`;
    const result = anchorClaim(edited, anchor);
    assert.equal(result.status, 'moved');
    assert.equal(textAt(edited, result), quote);

    const fuzzy = edited.replace('déclaré', 'declare').replace('villes 🌍 ont', 'villes 🌎 ont');
    const fuzzyResult = anchorClaim(fuzzy, anchor);
    assert.equal(fuzzyResult.status, 'fuzzy');
    assert.equal(textAt(fuzzy, fuzzyResult), '« 41 villes 🌎 ont signé »');
  });

  it('never returns a span that cuts a surrogate pair', () => {
    const text = 'Before 🚢🚢🚢 the ships 🚢🚢 arrived 🚢 at dawn, said the harbour master.';
    const anchor = anchorOf(text, '🚢🚢 arrived 🚢 at dawn');
    const edited = text.replace('arrived', 'arrive');
    const result = anchorClaim(edited, anchor);
    assert.notEqual(result.status, 'orphaned');
    const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
    assert.ok(!isLow(edited.charCodeAt(result.start)), 'start inside a pair');
    assert.ok(!isLow(edited.charCodeAt(result.end)), 'end inside a pair');
  });
});

describe('claims anchoring: reanchorClaims', () => {
  it('returns every claim of a file with its span and status, in file order', () => {
    const quotes = ['Mayors from 41 harbour cities', 'estimated it at closer to 7 billion', 'a town of 18,000 people'];
    const claims: Claim[] = quotes.map((quote, index) => ({ ...anchorOf(HARBOUR_ARTICLE, quote), id: `claim${index}`, evidence: [], replies: [], resolved: false }));
    const edited = `Correction appended above.\n${HARBOUR_ARTICLE.replace('a town of 18,000 people', 'a town of 81,000 people').replace('7 billion', '7.2 billion')}`;
    const anchored = reanchorClaims(edited, { claims: [claims[2], claims[0], claims[1]] });
    assert.deepEqual(anchored.map((claim) => claim.claim.id), ['claim2', 'claim0', 'claim1']);
    assert.deepEqual(anchored.map((claim) => claim.status), ['fuzzy', 'moved', 'fuzzy']);
    assert.equal(edited.slice(anchored[0].start, anchored[0].end), 'a town of 81,000 people');
    assert.equal(edited.slice(anchored[1].start, anchored[1].end), 'Mayors from 41 harbour cities');
    assert.equal(edited.slice(anchored[2].start, anchored[2].end), 'estimated it at closer to 7.2 billion');
  });
});
