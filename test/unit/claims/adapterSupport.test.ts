import assert from 'node:assert/strict';
import {
  claimLineInSidecar, describeProposal, isUrlReference, matchesClaimFilter, nextStance, parseClaimFilter, proposeEvidence,
  relativeReference, renderClaimComment, renderClaimHover, resolveReference, shorten, staleAnchorChanges, textAsMarkdown,
  type ClaimView,
} from '../../../src/core/claims/adapterSupport';
import { claimAt, parseSidecar, type Claim } from '../../../src/core/claims';
import { commandLinks, CrossReferenceIndex } from '../../../src/core/crossref';
import { FIXTURE_ENTITIES, PACT_ARTICLES, PACT_LEDGER } from '../crossref/fixtures/articles';
import { fakeRecognize } from '../crossref/fixtures/fakeRecognizer';
import { EXAMPLE_SIDECAR } from './support/sidecarExamples';

function buildIndex(): CrossReferenceIndex {
  const index = new CrossReferenceIndex();
  for (const article of PACT_ARTICLES) index.upsert({ id: article.id, text: article.text, mentions: fakeRecognize(article.text, FIXTURE_ENTITIES) });
  return index;
}

function spanOf(text: string, needle: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in text`);
  return { start, end: start + needle.length };
}

function claim(fields: Partial<Claim> = {}): Claim {
  return { id: 'abc123', quote: '26 nations signed', prefix: '', suffix: '', evidence: [], resolved: false, replies: [], ...fields };
}

describe('claims adapterSupport', () => {
  describe('proposeEvidence', () => {
    it('proposes contradicting sentences first for a figure other sources state differently', () => {
      const index = buildIndex();
      const proposals = proposeEvidence(index, 'ledger.md', spanOf(PACT_LEDGER.text, 'Leaders of 26 nations signed'));
      assert.ok(proposals.length >= 3, JSON.stringify(proposals, null, 1));
      const bySource = new Map(proposals.map((p) => [p.sourceId, p]));
      const wire = bySource.get('wire.txt');
      assert.equal(wire?.stance, 'contradicts');
      assert.ok(wire?.quote.startsWith('MARENBURG, March 4, 2026 (Reuters) – Representatives of 35 countries') || wire?.quote.includes('35 countries'), wire?.quote);
      assert.ok(wire?.reasons.includes('26 nations vs 35 countries (differs by 9)'), wire?.reasons.join(' | '));
      assert.equal(bySource.get('daily.txt')?.stance, 'supports');
      assert.equal(bySource.get('coast.txt')?.stance, 'contradicts');
      assert.equal(proposals.some((p) => p.sourceId === 'ledger.md'), false, 'never the claim\'s own source');
      // Figure-backed proposals rank above the rest, best score first.
      for (let i = 1; i < proposals.length; i++) assert.ok(proposals[i - 1].score >= proposals[i].score);
      // The quote is exactly the other source's text at the offsets.
      const wireText = PACT_ARTICLES.find((a) => a.id === 'wire.txt')!.text;
      assert.equal(wireText.slice(wire!.start, wire!.end), wire!.quote);
    });

    it('gives entity-only matches the context stance', () => {
      const index = buildIndex();
      const proposals = proposeEvidence(index, 'ledger.md', spanOf(PACT_LEDGER.text, 'Engineers from the River Alliance will oversee the works.'));
      assert.ok(proposals.length > 0);
      assert.ok(proposals.every((p) => p.stance === 'context'), JSON.stringify(proposals));
      assert.ok(proposals[0].reasons.some((reason) => reason === 'also names River Alliance'), proposals[0].reasons.join());
    });

    it('uses the mentions of the surrounding sentence when the selection holds none, and honours the limit', () => {
      const index = buildIndex();
      const wide = proposeEvidence(index, 'ledger.md', spanOf(PACT_LEDGER.text, 'signed the'));
      assert.ok(wide.length > 0, 'the sentence holds "26 nations" and the pact');
      assert.equal(proposeEvidence(index, 'ledger.md', spanOf(PACT_LEDGER.text, 'signed the'), { limit: 1 }).length, 1);
      assert.deepEqual(proposeEvidence(index, 'nope.txt', { start: 0, end: 3 }), []);
    });

    it('describes a proposal as plain text and cycles stances', () => {
      const text = describeProposal({ sourceId: 'w', title: 'Pact signed', outlet: 'Reuters', start: 0, end: 5, quote: 'A   very\nlong sentence', stance: 'supports', reasons: ['a', 'b'], score: 1 });
      assert.deepEqual(text, { label: 'Pact signed (Reuters)', description: 'supports: a; b', detail: 'A very long sentence' });
      assert.equal(nextStance('supports'), 'contradicts');
      assert.equal(nextStance('contradicts'), 'context');
      assert.equal(nextStance('context'), 'supports');
    });
  });

  describe('references', () => {
    it('makes paths relative to the claims file folder and resolves them back', () => {
      assert.equal(relativeReference('/w/news', '/w/news/other.txt'), 'other.txt');
      assert.equal(relativeReference('/w/news', '/w/archive/2026/old.txt'), '../archive/2026/old.txt');
      assert.equal(relativeReference('/w', '/w/a/b.txt'), 'a/b.txt');
      assert.equal(resolveReference('/w/news', 'other.txt'), '/w/news/other.txt');
      assert.equal(resolveReference('/w/news', '../archive/./2026/old.txt'), '/w/archive/2026/old.txt');
      assert.equal(resolveReference('/w', '../../../x.txt'), '/x.txt');
      assert.equal(resolveReference('/w', 'https://example.com/a'), undefined);
      assert.equal(isUrlReference('https://example.com/a'), true);
      assert.equal(isUrlReference('notes/a.txt'), false);
      for (const target of ['/w/news/other.txt', '/w/a b/c.txt', '/x.txt']) assert.equal(resolveReference('/w/news', relativeReference('/w/news', target)), target);
    });
  });

  describe('claim Markdown', () => {
    const view: ClaimView = {
      claim: claim({ verdict: 'disputed', note: 'Other sources say [35](command:evil).\n\nSecond <b>para</b>.', author: 'Jane_Doe', replies: [{ body: 'ok' }] }),
      status: 'moved',
      evidence: [
        { evidence: { source: 'wire.txt', quote: '35 countries', prefix: '', suffix: '', stance: 'contradicts' }, title: 'Treaty *signed*', location: { sourceId: 'file:///w/wire.txt', start: 10, end: 22 } },
        { evidence: { source: 'gone.txt', quote: 'x', prefix: '', suffix: '' }, title: 'gone.txt' },
      ],
    };

    it('renders verdict, escaped note paragraphs and evidence links in the hover', () => {
      const markdown = renderClaimHover(view, commandLinks());
      assert.ok(markdown.startsWith('**Claim: disputed** · by Jane\\_Doe · moved \\(found elsewhere in the text\\)'), markdown);
      assert.ok(markdown.includes('Other sources say \\[35\\]\\(command\\:evil\\)\\.\n\nSecond \\<b\\>para\\<\\/b\\>\\.'), markdown);
      assert.match(markdown, /- \*contradicts\*: \[Treaty \\\*signed\\\*\]\(command:crosscheck\.openSource\?[^)]+\): “35 countries”/);
      assert.ok(markdown.includes('gone\\.txt *(not found)*: “x”'), markdown);
      assert.ok(markdown.endsWith('*1 reply*'));
      assert.equal(markdown.match(/\]\(command:/g)?.length, 1, 'one link, to the found evidence');
      const args = JSON.parse(decodeURIComponent(/openSource\?([^)]+)\)/.exec(markdown)![1]));
      assert.deepEqual(args, [{ sourceId: 'file:///w/wire.txt', start: 10, end: 22 }]);
    });

    it('renders the first comment with the verdict and a placeholder for a missing note', () => {
      assert.ok(renderClaimComment(view, commandLinks()).startsWith('**Verdict: disputed**\n\nOther sources say'));
      assert.equal(renderClaimComment({ claim: claim(), status: 'exact', evidence: [] }, commandLinks()), '**Verdict: none**\n\n*No note.*');
      assert.equal(textAsMarkdown('a\r\n\r\n\r\nb\nc'), 'a\n\nb c');
    });
  });

  describe('filter', () => {
    const disputed = claim({ verdict: 'Disputed', note: 'Harbour length', author: 'Sam', replies: [{ body: 'asked the agency' }] });
    it('matches words in quote, note, author and replies, verdicts and health', () => {
      assert.equal(matchesClaimFilter(disputed, 'exact', parseClaimFilter('harbour')), true);
      assert.equal(matchesClaimFilter(disputed, 'exact', parseClaimFilter('AGENCY nations')), true);
      assert.equal(matchesClaimFilter(disputed, 'exact', parseClaimFilter('agency bridge')), false);
      assert.equal(matchesClaimFilter(disputed, 'exact', parseClaimFilter('verdict:disputed')), true);
      assert.equal(matchesClaimFilter(disputed, 'exact', parseClaimFilter('v:false v:supported')), false);
      assert.equal(matchesClaimFilter(disputed, 'orphaned', parseClaimFilter('is:orphaned')), true);
      assert.equal(matchesClaimFilter(disputed, 'moved', parseClaimFilter('health:orphaned')), false);
      assert.equal(matchesClaimFilter(disputed, 'moved', parseClaimFilter('is:open')), true);
      assert.equal(matchesClaimFilter(disputed, 'moved', parseClaimFilter('is:resolved')), false);
      assert.deepEqual(parseClaimFilter('  '), { text: '', terms: [], verdicts: [], statuses: [] });
    });
  });

  describe('anchors to save', () => {
    it('reports changes only when the stored selector no longer describes the span', () => {
      const text = 'Intro. Leaders of 26 nations signed the pact on Tuesday.';
      const added = claimAt(text, text.indexOf('26'), text.indexOf('26') + '26 nations'.length);
      const stored = claim({ ...added, id: 'abc123' });
      assert.equal(staleAnchorChanges(text, stored, { start: added.start!, end: added.end! }), undefined);
      const edited = `New first line.\n${text}`;
      const moved = staleAnchorChanges(edited, stored, { start: added.start! + 16, end: added.end! + 16 });
      assert.deepEqual(moved, { quote: '26 nations', prefix: 'w first line.\nIntro. Leaders of ', suffix: ' signed the pact on Tuesday.', start: added.start! + 16, end: added.end! + 16 });
      assert.equal(staleAnchorChanges(edited, stored, { start: 5, end: 5 }), undefined);
    });

    it('finds the line of a claim id in a claims file', () => {
      assert.equal(parseSidecar(EXAMPLE_SIDECAR).ok, true);
      const lines = EXAMPLE_SIDECAR.split('\n');
      assert.match(lines[claimLineInSidecar(EXAMPLE_SIDECAR, 'c7f3a1')!], /- id: c7f3a1/);
      assert.match(lines[claimLineInSidecar(EXAMPLE_SIDECAR, 'a1b2c3')!], /- id: a1b2c3/);
      assert.equal(claimLineInSidecar('claims:\n  - id: "q1w2e3"\n', 'q1w2e3'), 1);
      assert.equal(claimLineInSidecar(EXAMPLE_SIDECAR, 'c7f3a'), undefined);
    });

    it('shortens text on whitespace and never splits a surrogate pair', () => {
      assert.equal(shorten('a  b\n c', 10), 'a b c');
      assert.equal(shorten('abcdefghij', 5), 'abcd…');
      assert.equal(shorten('abc😀def', 5), 'abc…');
    });
  });
});
