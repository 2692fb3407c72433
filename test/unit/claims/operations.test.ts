import assert from 'node:assert/strict';
import { createClaimId } from '../../../src/core/claims/ids';
import { claimAt, anchorChanges } from '../../../src/core/claims/newClaim';
import { applyOperations, isoNow, type ClaimOperation } from '../../../src/core/claims/operations';
import { articlePathForSidecar, isSidecarPath, sidecarPathFor } from '../../../src/core/claims/paths';
import type { Claim, SidecarFile } from '../../../src/core/claims/types';
import { mulberry32 } from './support/editScripts';

const NOW = '2026-03-13T09:00:00Z';
const options = { now: () => NOW, random: mulberry32(1) };

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return { id, quote: `quote ${id}`, prefix: '', suffix: '', evidence: [], resolved: false, replies: [], updated: '2026-03-12T10:00:00Z', ...fields };
}

const file: SidecarFile = { version: 1, source: 'a.txt', claims: [claim('aaa111'), claim('bbb222', { verdict: 'true', note: 'fine' })] };

function apply(operations: ClaimOperation[], base: SidecarFile = file) {
  return applyOperations(base, operations, options);
}

describe('claims: applyOperations', () => {
  it('adds a claim with a fresh id, timestamps, defaults, and keeps claims sorted', () => {
    const { file: result, outcomes, changed } = apply([{ kind: 'addClaim', claim: { quote: 'new', prefix: 'p', suffix: 's', author: 'Jo' } }]);
    assert.ok(changed);
    const id = outcomes[0].id;
    assert.match(id, /^[a-z][a-z0-9]{5}$/);
    assert.equal(outcomes[0].status, 'applied');
    assert.deepEqual(result.claims.find((entry) => entry.id === id),
      { id, quote: 'new', prefix: 'p', suffix: 's', author: 'Jo', evidence: [], replies: [], resolved: false, created: NOW, updated: NOW });
    assert.deepEqual(result.claims.map((entry) => entry.id), [...result.claims.map((entry) => entry.id)].sort());
    assert.equal(file.claims.length, 2, 'input untouched');
  });

  it('gives an added claim a new id when its id is taken by another claim, and ignores a replay', () => {
    const taken = apply([{ kind: 'addClaim', claim: { id: 'aaa111', quote: 'different', prefix: '', suffix: '' } }]);
    assert.notEqual(taken.outcomes[0].id, 'aaa111');
    assert.equal(taken.file.claims.length, 3);
    const replay = apply([{ kind: 'addClaim', claim: { id: 'aaa111', quote: 'quote aaa111', prefix: '', suffix: '' } }]);
    assert.equal(replay.outcomes[0].status, 'unchanged');
    assert.equal(replay.changed, false);
  });

  it('updates only the named fields, removes fields set to null and stamps updated', () => {
    const { file: result, outcomes } = apply([{ kind: 'updateClaim', id: 'bbb222', changes: { verdict: 'false', note: null } }]);
    assert.equal(outcomes[0].status, 'applied');
    assert.deepEqual(result.claims[1], { ...claim('bbb222'), verdict: 'false', updated: NOW });
  });

  it('leaves updated alone for an anchor refresh (touch: false)', () => {
    const { file: result, outcomes } = apply([{ kind: 'updateClaim', id: 'aaa111', changes: { start: 40, end: 52, prefix: 'new context' }, touch: false }]);
    assert.equal(outcomes[0].status, 'applied');
    assert.deepEqual(result.claims[0], { ...claim('aaa111'), start: 40, end: 52, prefix: 'new context' });
  });

  it('reports an update that changes nothing as unchanged, without stamping', () => {
    const { file: result, outcomes, changed } = apply([{ kind: 'updateClaim', id: 'bbb222', changes: { verdict: 'true' } }]);
    assert.equal(outcomes[0].status, 'unchanged');
    assert.equal(changed, false);
    assert.deepEqual(result, file);
  });

  it('resolves and reopens', () => {
    const resolved = apply([{ kind: 'resolveClaim', id: 'aaa111', resolved: true }]).file;
    assert.equal(resolved.claims[0].resolved, true);
    assert.equal(apply([{ kind: 'resolveClaim', id: 'aaa111', resolved: false }], resolved).file.claims[0].resolved, false);
  });

  it('adds replies once, with the current time by default, and deletes them', () => {
    const added = apply([
      { kind: 'addReply', id: 'aaa111', reply: { author: 'Sam', body: 'Checked.' } },
      { kind: 'addReply', id: 'aaa111', reply: { author: 'Sam', body: 'Checked.', time: NOW } },
    ]);
    assert.deepEqual(added.outcomes.map((outcome) => outcome.status), ['applied', 'unchanged']);
    assert.deepEqual(added.file.claims[0].replies, [{ author: 'Sam', body: 'Checked.', time: NOW }]);
    const deleted = apply([{ kind: 'deleteReply', id: 'aaa111', reply: { author: 'Sam', body: 'Checked.', time: NOW } }], added.file);
    assert.deepEqual(deleted.file.claims[0].replies, []);
    assert.equal(apply([{ kind: 'deleteReply', id: 'aaa111', reply: { body: 'nope' } }]).outcomes[0].status, 'notFound');
  });

  it('adds, replaces and deletes evidence item by item', () => {
    const evidence = { source: 'b.txt', quote: '35 countries', prefix: '', suffix: '', stance: 'contradicts' as const };
    const added = apply([{ kind: 'addEvidence', id: 'aaa111', evidence }]).file;
    const replaced = apply([{ kind: 'addEvidence', id: 'aaa111', evidence: { ...evidence, stance: 'context' } }], added).file;
    assert.deepEqual(replaced.claims[0].evidence, [{ ...evidence, stance: 'context' }]);
    const deleted = apply([{ kind: 'deleteEvidence', id: 'aaa111', evidence: { source: 'b.txt', quote: '35 countries' } }], replaced).file;
    assert.deepEqual(deleted.claims[0].evidence, []);
  });

  it('deletes a claim, but keeps one edited elsewhere since this window saw it', () => {
    assert.deepEqual(apply([{ kind: 'deleteClaim', id: 'aaa111' }]).file.claims.map((entry) => entry.id), ['bbb222']);
    const stale = apply([{ kind: 'deleteClaim', id: 'aaa111', lastSeenUpdated: '2026-03-01T00:00:00Z' }]);
    assert.equal(stale.outcomes[0].status, 'keptEdited');
    assert.equal(stale.file.claims.length, 2);
    const current = apply([{ kind: 'deleteClaim', id: 'aaa111', lastSeenUpdated: '2026-03-12T10:00:00Z' }]);
    assert.equal(current.outcomes[0].status, 'applied');
    assert.equal(apply([{ kind: 'deleteClaim', id: 'zzz999' }]).outcomes[0].status, 'notFound');
  });

  it('restores a claim deleted elsewhere when this window changed it and sent a snapshot', () => {
    const gone: SidecarFile = { ...file, claims: [file.claims[1]] };
    const snapshot = claim('aaa111', { note: 'local copy' });
    const restored = apply([{ kind: 'updateClaim', id: 'aaa111', changes: { verdict: 'misleading' }, snapshot }], gone);
    assert.equal(restored.outcomes[0].status, 'restored');
    assert.deepEqual(restored.file.claims[0], { ...snapshot, verdict: 'misleading', updated: NOW });
    const reply = apply([{ kind: 'addReply', id: 'aaa111', reply: { body: 'hi', time: NOW }, snapshot }], gone);
    assert.equal(reply.outcomes[0].status, 'restored');
    const lost = apply([{ kind: 'updateClaim', id: 'aaa111', changes: { verdict: 'misleading' } }], gone);
    assert.equal(lost.outcomes[0].status, 'notFound');
    assert.equal(lost.file.claims.length, 1);
  });
});

describe('claims: ids, paths and helpers', () => {
  it('creates 6-character ids starting with a letter, skipping taken ones', () => {
    const taken = new Set<string>();
    const random = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const id = createClaimId((candidate) => taken.has(candidate), random);
      assert.match(id, /^[a-z][a-z0-9]{5}$/);
      assert.ok(!taken.has(id));
      taken.add(id);
    }
  });

  it('lengthens ids when short ones keep colliding, and fails clearly with a constant random source', () => {
    const id = createClaimId((candidate) => candidate.length < 7, mulberry32(3));
    assert.equal(id.length, 7);
    assert.throws(() => createClaimId(() => true, () => 0.5), /Could not find a free claim id/);
  });

  it('maps articles to sidecars and back', () => {
    assert.equal(sidecarPathFor('docs/report.txt'), 'docs/report.txt.claims.yaml');
    assert.equal(articlePathForSidecar('docs/report.txt.claims.yaml'), 'docs/report.txt');
    assert.equal(articlePathForSidecar('/abs/dir/a b.md.claims.yaml'), '/abs/dir/a b.md');
    assert.equal(articlePathForSidecar('docs/report.txt'), undefined);
    assert.equal(articlePathForSidecar('docs/.claims.yaml'), undefined);
    assert.ok(isSidecarPath('x.txt.claims.yaml'));
    assert.ok(!isSidecarPath('.claims.yaml'));
  });

  it('builds a new claim and anchor changes from a selection', () => {
    const text = 'The compact was signed by 41 cities on Tuesday.';
    assert.deepEqual(claimAt(text, 26, 35, { verdict: 'true' }),
      { verdict: 'true', quote: '41 cities', prefix: 'The compact was signed by ', suffix: ' on Tuesday.', start: 26, end: 35 });
    assert.deepEqual(anchorChanges(`New. ${text}`, { start: 31, end: 40 }),
      { quote: '41 cities', prefix: 'New. The compact was signed by ', suffix: ' on Tuesday.', start: 31, end: 40 });
  });

  it('formats timestamps without milliseconds', () => {
    assert.equal(isoNow(new Date(Date.UTC(2026, 2, 12, 10, 0, 0, 123))), '2026-03-12T10:00:00Z');
  });
});
