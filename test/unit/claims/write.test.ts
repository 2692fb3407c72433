import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidecar, type SidecarDocument } from '../../../src/core/claims/sidecar/parse';
import { SIDECAR_KEY_ORDER, serializeSidecar } from '../../../src/core/claims/sidecar/write';
import type { Claim, SidecarFile } from '../../../src/core/claims/types';
import { EXAMPLE_SIDECAR } from './support/sidecarExamples';

function parsed(text: string): { file: SidecarFile; document: SidecarDocument } {
  const result = parseSidecar(text);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result;
}

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return { id, quote: `quote of ${id}`, prefix: 'before ', suffix: ' after', evidence: [], resolved: false, replies: [], ...fields };
}

function withoutNote({ note: _note, ...rest }: Claim): Claim {
  return rest;
}

function withClaims(file: SidecarFile, change: (claims: Claim[]) => Claim[]): SidecarFile {
  return { ...file, claims: change([...file.claims]) };
}

describe('claims sidecar: serializeSidecar from scratch', () => {
  const file: SidecarFile = {
    version: 1,
    source: 'report.txt',
    claims: [
      claim('zz9999', { note: 'Second line\nof a note', verdict: 'false' }),
      claim('c7f3a1', {
        quote: '26 nations signed the declaration',
        prefix: 'said that ',
        suffix: ' in Paris',
        start: 1032,
        end: 1065,
        verdict: 'disputed',
        note: 'Other sources say 35.',
        evidence: [{ source: 'other.txt', quote: '35 countries', prefix: 'by ', suffix: '.', stance: 'contradicts' }],
        author: 'Jane Doe',
        created: '2026-03-12T10:00:00Z',
        updated: '2026-03-12T10:00:00Z',
        replies: [{ author: 'Sam', body: 'Checked with the agency.', time: '2026-03-12T11:00:00Z' }],
      }),
    ],
  };

  it('writes the documented layout: key order, block style, claims sorted by id, trailing newline', () => {
    assert.equal(serializeSidecar(file), `version: 1
source: report.txt
claims:
  - id: c7f3a1
    quote: 26 nations signed the declaration
    prefix: "said that "
    suffix: " in Paris"
    start: 1032
    end: 1065
    verdict: disputed
    note: Other sources say 35.
    evidence:
      - source: other.txt
        quote: 35 countries
        prefix: "by "
        suffix: .
        stance: contradicts
    author: Jane Doe
    created: 2026-03-12T10:00:00Z
    updated: 2026-03-12T10:00:00Z
    resolved: false
    replies:
      - author: Sam
        body: Checked with the agency.
        time: 2026-03-12T11:00:00Z
  - id: zz9999
    quote: quote of zz9999
    prefix: "before "
    suffix: " after"
    verdict: "false"
    note: |-
      Second line
      of a note
    resolved: false
`);
  });

  it('is deterministic and stable: same data, same bytes, also after a read-write cycle', () => {
    const once = serializeSidecar(file);
    assert.equal(serializeSidecar({ ...file, claims: [...file.claims].reverse() }), once);
    const reread = parsed(once);
    assert.deepEqual(reread.file, { ...file, claims: [...file.claims].sort((a, b) => a.id.localeCompare(b.id)) });
    assert.equal(serializeSidecar(reread.file, reread.document), once);
    assert.equal(serializeSidecar(reread.file), once);
  });

  it('quotes strings that YAML would read as something else', () => {
    const tricky = claim('abc123', { quote: 'true', prefix: '123', suffix: ': colon', note: '# not a comment', verdict: 'null', author: ' padded ' });
    const text = serializeSidecar({ version: 1, claims: [tricky] });
    assert.deepEqual(parsed(text).file.claims[0], tricky);
    assert.match(text, /quote: "true"/);
  });

  it('round-trips CRLF, tabs, emoji and non-Latin text in strings', () => {
    const tricky = claim('abc123', { quote: 'Line one\r\nLine two 🚢', prefix: '\tИ «кавычки» ', suffix: ' — é 🎉' });
    assert.deepEqual(parsed(serializeSidecar({ version: 1, claims: [tricky] })).file.claims[0], tricky);
  });

  it('writes an empty file as an empty list', () => {
    assert.equal(serializeSidecar({ version: 1, source: 'a.txt', claims: [] }), 'version: 1\nsource: a.txt\nclaims: []\n');
  });
});

describe('claims sidecar: serializeSidecar over the original document', () => {
  it('rewrites an unchanged file byte for byte (but for comment spacing the YAML library normalises)', () => {
    const { file, document } = parsed(EXAMPLE_SIDECAR);
    const expected = EXAMPLE_SIDECAR
      .replace('x-desk: politics   #', 'x-desk: politics #')
      .replace('c7f3a1        #', 'c7f3a1 #')
      .replace('1032       #', '1032 #')
      .replace('contradicts      #', 'contradicts #')
      .replace(/\n\n {2}# written by hand[^\n]*\n {2}- id: a1b2c3\n {4}quote: signed the declaration\n {4}resolved: true\n/, '\n');
    const written = serializeSidecar(file, document);
    // Claims are sorted by id: the hand-written claim moves first, with its comment.
    assert.ok(written.startsWith('# Claims for report.txt: reviewed by the politics desk\nversion: 1\nsource: report.txt\nx-desk: politics # unknown top-level key\nclaims:\n  # written by hand, without context\n  - id: a1b2c3\n    quote: signed the declaration\n    resolved: true\n'), written);
    assert.equal(written.replace(/ {2}# written by hand[^\n]*\n {2}- id: a1b2c3\n {4}quote: signed the declaration\n {4}resolved: true\n/, ''), expected.replace(/\n$/, '\n'));
  });

  it('keeps comments and unknown keys at every level when claims change', () => {
    const { file, document } = parsed(EXAMPLE_SIDECAR);
    const changed = withClaims(file, (claims) => [
      ...claims.map((existing) => existing.id !== 'c7f3a1' ? existing : {
        ...withoutNote(existing),
        verdict: 'false',
        evidence: [...existing.evidence, { source: 'third.txt', quote: 'thirty-five', prefix: '', suffix: '', stance: 'contradicts' as const }],
        replies: [...existing.replies, { author: 'Ana', body: 'Agreed.', time: '2026-03-13T08:00:00Z' }],
        updated: '2026-03-13T08:00:00Z',
      }),
      claim('b00001', { created: '2026-03-13T08:00:00Z' }),
    ]);
    const written = serializeSidecar(changed, document);
    for (const kept of ['# Claims for report.txt', 'x-desk: politics # unknown top-level key', '# the headline figure', '# stable short id',
      '# a hint only', 'x-checked-by: Ana', 'x-priority: high', 'x-via: phone', '# written by hand, without context', '# supports | contradicts | context']) {
      assert.ok(written.includes(kept), `lost ${kept}:\n${written}`);
    }
    assert.ok(!written.includes('note: "Other sources say 35."'));
    assert.match(written, /verdict: "false"\n {4}evidence:/);
    assert.match(written, /x-via: phone\n {6}- author: Ana\n {8}body: Agreed\.\n {8}time: 2026-03-13T08:00:00Z\n/);
    assert.match(written, /updated: 2026-03-13T08:00:00Z\n {4}resolved: false\n {4}x-priority: high\n/);
    assert.deepEqual(parsed(written).file, { ...changed, claims: [...changed.claims].sort((a, b) => a.id.localeCompare(b.id)) });
    assert.deepEqual(parsed(written).file.claims.map((entry) => entry.id), ['a1b2c3', 'b00001', 'c7f3a1']);
  });

  it('touches only the values that changed: quoting and comments of the others stay', () => {
    const { file, document } = parsed(EXAMPLE_SIDECAR);
    const written = serializeSidecar(withClaims(file, (claims) => claims.map((existing) => ({ ...existing, resolved: true }))), document);
    assert.match(written, /quote: "26 nations signed the declaration"/);
    assert.match(written, /note: "Other sources say 35."/);
    assert.match(written, /resolved: true\n {4}x-priority: high/);
  });

  it('adds a new field at its documented place among existing keys', () => {
    const { file, document } = parsed('claims:\n  - id: abc123\n    quote: x\n    x-mine: 1\n    resolved: false\n');
    const written = serializeSidecar(withClaims(file, ([only]) => [{ ...only, note: 'added', start: 4, end: 5 }]), document);
    // Right before the next documented key; unknown keys keep their place.
    assert.equal(written, 'version: 1\nclaims:\n  - id: abc123\n    quote: x\n    x-mine: 1\n    start: 4\n    end: 5\n    note: added\n    resolved: false\n');
  });

  it('removes a deleted claim with its comments, and keeps the rest', () => {
    const { file, document } = parsed(EXAMPLE_SIDECAR);
    const written = serializeSidecar(withClaims(file, (claims) => claims.filter((existing) => existing.id !== 'a1b2c3')), document);
    assert.ok(!written.includes('a1b2c3'));
    assert.ok(!written.includes('written by hand'));
    assert.ok(written.includes('# the headline figure\n  - id: c7f3a1'));
  });
});

describe('claims sidecar: JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../../schemas/claims.schema.json'), 'utf8'));

  it('is draft-07 and documents exactly the keys the writer writes, in the same order', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys(schema.properties), SIDECAR_KEY_ORDER.file);
    assert.deepEqual(Object.keys(schema.definitions.claim.properties), SIDECAR_KEY_ORDER.claim);
    assert.deepEqual(Object.keys(schema.definitions.evidence.properties), SIDECAR_KEY_ORDER.evidence);
    assert.deepEqual(Object.keys(schema.definitions.reply.properties), SIDECAR_KEY_ORDER.reply);
  });

  it('requires what the parser requires', () => {
    assert.deepEqual(schema.definitions.claim.required, ['id', 'quote']);
    assert.deepEqual(schema.definitions.evidence.required, ['source', 'quote']);
    assert.deepEqual(schema.definitions.reply.required, ['body']);
    assert.deepEqual(schema.definitions.evidence.properties.stance.enum, ['supports', 'contradicts', 'context']);
  });
});
