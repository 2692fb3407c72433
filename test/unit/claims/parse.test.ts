import assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/core/claims/sidecar/parse';
import type { FileProblem } from '../../../src/core/model';
import { EXAMPLE_SIDECAR } from './support/sidecarExamples';

function problemsOf(text: string): readonly FileProblem[] {
  const result = parseSidecar(text);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.problems;
}

/** The one error of `text`, at the expected 0-based line and column. */
function expectError(text: string, line: number, column: number, message: RegExp): void {
  const problems = problemsOf(text).filter((problem) => problem.severity === 'error');
  const match = problems.find((problem) => message.test(problem.message));
  assert.ok(match, `no error matching ${message}: ${JSON.stringify(problems)}`);
  assert.deepEqual([match.line, match.column], [line, column], match.message);
}

describe('claims sidecar: parseSidecar', () => {
  it('reads the documented example', () => {
    const result = parseSidecar(EXAMPLE_SIDECAR);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.deepEqual(result.warnings, []);
    assert.equal(result.file.source, 'report.txt');
    assert.deepEqual(result.file.claims.map((claim) => claim.id), ['a1b2c3', 'c7f3a1']);
    const claim = result.file.claims[1];
    assert.deepEqual(claim, {
      id: 'c7f3a1',
      quote: '26 nations signed the declaration',
      prefix: 'said on Tuesday that ',
      suffix: ' in Paris, a figure ',
      start: 1032,
      end: 1065,
      verdict: 'disputed',
      note: 'Other sources say 35.',
      evidence: [{ source: 'other.txt', quote: '35 countries', prefix: 'signed by ', suffix: ' on Tuesday', stance: 'contradicts' }],
      author: 'Jane Doe',
      created: '2026-03-12T10:00:00Z',
      updated: '2026-03-12T10:00:00Z',
      resolved: false,
      replies: [{ author: 'Sam', body: 'Checked with the agency.', time: '2026-03-12T11:00:00Z' }],
    });
    assert.deepEqual(result.file.claims[0], { id: 'a1b2c3', quote: 'signed the declaration', prefix: '', suffix: '', evidence: [], resolved: true, replies: [] });
  });

  it('reads an empty file, or one with only comments, as a file without claims', () => {
    for (const text of ['', '\n', '# nothing yet\n', 'version: 1\nsource: a.txt\nclaims: []\n', 'claims:\n']) {
      const result = parseSidecar(text);
      assert.ok(result.ok, text);
      assert.deepEqual(result.file.claims, []);
    }
  });

  it('accepts any verdict string, but not a verdict of another type', () => {
    const ok = parseSidecar('claims:\n  - id: abc123\n    quote: x\n    verdict: needs-a-second-look\n');
    assert.ok(ok.ok);
    assert.equal(ok.file.claims[0].verdict, 'needs-a-second-look');
    expectError('claims:\n  - id: abc123\n    quote: x\n    verdict: 42\n', 3, 13, /"verdict" must be a string, not the number 42/);
  });

  it('reports wrong types at the offending node', () => {
    expectError('claims:\n  - id: abc123\n    quote: [a, b]\n', 2, 11, /"quote" must be a string, not a list/);
    expectError('claims:\n  - id: abc123\n    quote: x\n    start: -4\n', 3, 11, /"start" must be a whole number/);
    expectError('claims:\n  - id: abc123\n    quote: x\n    resolved: "yes"\n', 3, 14, /"resolved" must be true or false/);
    expectError('claims:\n  - id: abc123\n    quote: x\n    evidence: other.txt\n', 3, 14, /"evidence" must be a list/);
    expectError('claims:\n  - id: abc123\n    quote: x\n    evidence:\n      - source: b.txt\n        quote: y\n        stance: agrees\n', 6, 16, /"stance" must be supports, contradicts or context/);
    expectError('claims:\n  - id: abc123\n    quote: x\n    replies:\n      - author: Sam\n', 4, 8, /Reply is missing "body"/);
    expectError('claims: {}\n', 0, 8, /"claims" must be a list, not a mapping/);
    expectError('- just\n- a list\n', 0, 0, /must be a mapping/);
    expectError('version: 2\nclaims: []\n', 0, 9, /format version 2, newer than this extension/);
  });

  it('reports a missing quote or id at the claim', () => {
    expectError('version: 1\nclaims:\n  - id: abc123\n    note: no quote\n', 2, 4, /Claim is missing "quote"/);
    expectError('claims:\n  - quote: hello\n', 1, 4, /Claim is missing "id"/);
    expectError('claims:\n  - id: abc123\n    quote: ""\n', 2, 11, /"quote" must not be empty/);
  });

  it('asks to quote an id that YAML reads as a number', () => {
    expectError('claims:\n  - id: 123456\n    quote: x\n', 1, 8, /"id" must be a string, not the number 123456 \(put it in quotes\)/);
  });

  it('refuses duplicate claim ids, pointing at the second one', () => {
    const text = 'claims:\n  - id: abc123\n    quote: one\n  - id: abc123\n    quote: two\n';
    expectError(text, 3, 8, /Duplicate claim id "abc123" \(also used on line 2\)/);
  });

  it('refuses duplicate keys', () => {
    expectError('claims:\n  - id: abc123\n    quote: one\n    quote: two\n', 3, 4, /Map keys must be unique/);
  });

  it('refuses bad YAML syntax with its position', () => {
    expectError('claims:\n  - id: abc123\n    quote: x: y\n', 2, 11, /YAML syntax: Nested mappings are not allowed/);
    expectError('claims:\n  - id: abc123\n\tquote: x\n', 2, 0, /YAML syntax: Tabs are not allowed/);
    // The library reports a missing closing quote where the input ends.
    expectError('version: 1\nclaims:\n  - id: abc123\n    quote: "unterminated\n', 4, 0, /YAML syntax: Missing closing "quote/);
  });

  it('refuses YAML aliases, including an alias bomb', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'claims: []',
    ].join('\n');
    const problems = problemsOf(bomb);
    assert.ok(problems.length >= 9, 'every alias is reported');
    assert.deepEqual([problems[0].line, problems[0].column], [1, 7]);
    assert.match(problems[0].message, /aliases/);
    expectError('claims:\n  - id: abc123\n    quote: &q text\n    note: *q\n', 3, 10, /YAML aliases/);
  });

  it('refuses custom tags', () => {
    expectError('claims:\n  - id: abc123\n    quote: !!js/function "function () { return 1 }"\n', 2, 11, /Custom YAML tags are not allowed/);
    expectError('claims:\n  - id: abc123\n    quote: !foo bar\n', 2, 11, /Custom YAML tags are not allowed: .*!foo/);
  });

  it('refuses files above the size limit', () => {
    expectError(`# ${'x'.repeat(4_000_001)}\n`, 0, 0, /too large/);
  });

  it('warns without refusing about non-canonical ids, odd timestamps and reversed offsets', () => {
    const result = parseSidecar('claims:\n  - id: Claim_1\n    quote: x\n    created: yesterday\n    start: 9\n    end: 3\n');
    assert.ok(result.ok);
    assert.deepEqual(result.warnings.map((warning) => warning.line).sort(), [1, 3, 5]);
    assert.ok(result.warnings.every((warning) => warning.severity === 'warning'));
    const claim = result.file.claims[0];
    assert.equal(claim.created, 'yesterday');
    assert.equal(claim.start, undefined);
    assert.equal(claim.end, undefined);
  });
});
