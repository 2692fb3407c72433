import assert from 'node:assert/strict';
import { HARBOUR_ARTICLE, HARBOUR_CLAIM_QUOTES } from './support/harbourArticle';
import { runAnchoringProperty } from './support/editScripts';

const SCRIPTS = 600;
const SEED = 20260312;

describe('claims anchoring: property test over random edit scripts', () => {
  it('fixture article has 20 claims that each occur exactly once, in 5-10 KB', () => {
    assert.equal(HARBOUR_CLAIM_QUOTES.length, 20);
    assert.ok(HARBOUR_ARTICLE.length >= 5000 && HARBOUR_ARTICLE.length <= 10_000, `length ${HARBOUR_ARTICLE.length}`);
    for (const quote of HARBOUR_CLAIM_QUOTES) {
      assert.equal(HARBOUR_ARTICLE.split(quote).length, 2, quote);
    }
  });

  const report = runAnchoringProperty(HARBOUR_ARTICLE, HARBOUR_CLAIM_QUOTES, SCRIPTS, SEED);
  const rate = (100 * report.reanchored) / report.recoverable;
  const summary = `${report.reanchored}/${report.recoverable} recoverable claims re-anchored (${rate.toFixed(2)} %), ` +
    `${report.wrong} wrong, ${report.orphanedCorrectly} destroyed claims orphaned, ${report.claims} claims in ${report.scripts} scripts`;

  it(`re-anchors from stored selectors: ${summary}`, () => {
    console.log(`      anchoring property: ${summary}`);
    assert.equal(report.claims, SCRIPTS * HARBOUR_CLAIM_QUOTES.length);
    // The scripts really edit claims: some are destroyed, many are still recoverable.
    assert.ok(report.orphanedCorrectly > 0.02 * report.claims, 'too few destroyed claims: scripts too gentle');
    assert.ok(report.recoverable > 0.8 * report.claims);
    assert.equal(report.wrong, 0, `wrong anchors: ${JSON.stringify(report.failures.filter((failure) => failure.verdict === 'wrong').slice(0, 3))}`);
    assert.ok(rate >= 99.5, `only ${rate.toFixed(2)} % re-anchored; missed: ${JSON.stringify(report.failures.slice(0, 3))}`);
  });
});
