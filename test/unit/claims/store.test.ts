import assert from 'node:assert/strict';
import { ClaimStore, InvalidClaimDataError, SidecarInvalidError } from '../../../src/core/claims/store';
import { claimAt } from '../../../src/core/claims/newClaim';
import { MemoryFileStore } from '../../../src/core/io/fileStore';
import { HARBOUR_ARTICLE } from './support/harbourArticle';
import { mulberry32 } from './support/editScripts';
import { EXAMPLE_SIDECAR } from './support/sidecarExamples';

const ARTICLE = 'news/report.txt';
const SIDECAR = 'news/report.txt.claims.yaml';

function newStore(files: MemoryFileStore, seed = 1, now = '2026-03-13T09:00:00Z'): ClaimStore {
  return new ClaimStore(files, { random: mulberry32(seed), now: () => now });
}

function selection(quote: string) {
  const start = HARBOUR_ARTICLE.indexOf(quote);
  return claimAt(HARBOUR_ARTICLE, start, start + quote.length, { author: 'Jo' });
}

describe('claims: ClaimStore', () => {
  it('loads a missing sidecar as an empty file', async () => {
    const result = await newStore(new MemoryFileStore()).load(ARTICLE);
    assert.deepEqual(result, { ok: true, path: SIDECAR, exists: false, file: { version: 1, claims: [] }, warnings: [] });
  });

  it('creates the sidecar on the first claim and reads it back', async () => {
    const files = new MemoryFileStore();
    const store = newStore(files);
    const result = await store.apply(ARTICLE, [{ kind: 'addClaim', claim: selection('a town of 18,000 people') }]);
    assert.equal(result.action, 'written');
    assert.deepEqual(files.paths(), [SIDECAR]);
    const id = result.outcomes[0].id;
    assert.equal(files.readTextSync(SIDECAR), `version: 1
source: report.txt
claims:
  - id: ${id}
    quote: a town of 18,000 people
    prefix: "r own. The mayor of Kessel Bay, "
    suffix: " whose economy depends on a sing"
    start: ${HARBOUR_ARTICLE.indexOf('a town of 18,000 people')}
    end: ${HARBOUR_ARTICLE.indexOf('a town of 18,000 people') + 23}
    author: Jo
    created: 2026-03-13T09:00:00Z
    updated: 2026-03-13T09:00:00Z
    resolved: false
`);
    const loaded = await store.load(ARTICLE);
    assert.ok(loaded.ok && loaded.exists);
    assert.deepEqual(loaded.file, result.file);
  });

  it('merges two writers who both read the file before either wrote (two windows, or git pull)', async () => {
    const files = new MemoryFileStore();
    await files.writeText(SIDECAR, EXAMPLE_SIDECAR);
    const windowA = newStore(files, 1, '2026-03-13T09:00:00Z');
    const windowB = newStore(files, 2, '2026-03-13T09:05:00Z');
    const seenByA = await windowA.load(ARTICLE);
    const seenByB = await windowB.load(ARTICLE);
    assert.ok(seenByA.ok && seenByB.ok);

    const a = await windowA.apply(ARTICLE, [
      { kind: 'addClaim', claim: selection('which operates 64 container ships') },
      { kind: 'updateClaim', id: 'c7f3a1', changes: { verdict: 'false' } },
      { kind: 'addReply', id: 'c7f3a1', reply: { author: 'Ann', body: 'The agency says 35.' } },
    ]);
    const b = await windowB.apply(ARTICLE, [
      { kind: 'addClaim', claim: selection('ratified by at least 25 city councils') },
      { kind: 'updateClaim', id: 'c7f3a1', changes: { note: 'Two sources say 35.' } },
      { kind: 'addReply', id: 'c7f3a1', reply: { author: 'Sam', body: 'Confirmed by phone.' } },
      { kind: 'addEvidence', id: 'a1b2c3', evidence: { source: 'wire.txt', quote: 'signed the text', prefix: '', suffix: '', stance: 'supports' } },
    ]);
    assert.equal(a.action, 'written');
    assert.equal(b.action, 'written');

    const final = await windowA.load(ARTICLE);
    assert.ok(final.ok);
    const ids = final.file.claims.map((entry) => entry.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(final.file.claims.length, 4);
    assert.ok(ids.includes(a.outcomes[0].id) && ids.includes(b.outcomes[0].id));
    const headline = final.file.claims.find((entry) => entry.id === 'c7f3a1');
    assert.equal(headline?.verdict, 'false');
    assert.equal(headline?.note, 'Two sources say 35.');
    assert.deepEqual(headline?.replies.map((reply) => reply.author), ['Sam', 'Ann', 'Sam']);
    assert.equal(final.file.claims.find((entry) => entry.id === 'a1b2c3')?.evidence.length, 1);
    const text = files.readTextSync(SIDECAR) ?? '';
    for (const kept of ['# the headline figure', 'x-desk: politics', 'x-priority: high', 'x-via: phone', 'x-checked-by: Ana']) assert.ok(text.includes(kept), kept);
  });

  it('restores a claim that another writer deleted while this window edited it', async () => {
    const files = new MemoryFileStore();
    const store = newStore(files);
    const added = await store.apply(ARTICLE, [
      { kind: 'addClaim', claim: selection('a town of 18,000 people') },
      { kind: 'addClaim', claim: selection('estimated it at closer to 7 billion') },
    ]);
    const [first] = added.file.claims;
    await newStore(files, 9).apply(ARTICLE, [{ kind: 'deleteClaim', id: first.id }]);
    const edited = await store.apply(ARTICLE, [{ kind: 'updateClaim', id: first.id, changes: { verdict: 'true' }, snapshot: first }]);
    assert.equal(edited.outcomes[0].status, 'restored');
    assert.equal(edited.file.claims.length, 2);
    assert.equal(edited.file.claims.find((entry) => entry.id === first.id)?.verdict, 'true');
  });

  it('never overwrites a file that does not parse or validate, and says why', async () => {
    for (const broken of ['claims:\n  - id: abc123\n    quote: x: y\n', 'claims:\n  - id: abc123\n    quote: x\n  - id: abc123\n    quote: y\n', 'claims: *boom\n']) {
      const files = new MemoryFileStore();
      await files.writeText(SIDECAR, broken);
      const store = newStore(files);
      await assert.rejects(store.apply(ARTICLE, [{ kind: 'addClaim', claim: selection('a town of 18,000 people') }]), (error: unknown) => {
        assert.ok(error instanceof SidecarInvalidError);
        assert.equal(error.path, SIDECAR);
        assert.ok(error.problems.length > 0);
        assert.match(error.message, /not a valid claims file, so it was not changed/);
        return true;
      });
      assert.equal(files.readTextSync(SIDECAR), broken);
      const loaded = await store.load(ARTICLE);
      assert.equal(loaded.ok, false);
    }
  });

  it('refuses to write changes that would make the file invalid', async () => {
    const files = new MemoryFileStore();
    await files.writeText(SIDECAR, EXAMPLE_SIDECAR);
    await assert.rejects(newStore(files).apply(ARTICLE, [{ kind: 'updateClaim', id: 'c7f3a1', changes: { quote: '' } }]), InvalidClaimDataError);
    assert.equal(files.readTextSync(SIDECAR), EXAMPLE_SIDECAR);
  });

  it('refuses a sidecar that is not UTF-8', async () => {
    const files = new MemoryFileStore();
    await files.writeFile(SIDECAR, new Uint8Array([0x63, 0x6c, 0xff, 0xfe]));
    const loaded = await newStore(files).load(ARTICLE);
    assert.ok(!loaded.ok);
    assert.match(loaded.problems[0].message, /not valid UTF-8/);
  });

  it('asks before deleting the file when the last claim goes, then deletes it on request', async () => {
    const files = new MemoryFileStore();
    const store = newStore(files);
    const added = await store.apply(ARTICLE, [{ kind: 'addClaim', claim: selection('a town of 18,000 people') }]);
    const id = added.outcomes[0].id;
    const before = files.readTextSync(SIDECAR);

    const asked = await store.apply(ARTICLE, [{ kind: 'deleteClaim', id }]);
    assert.equal(asked.action, 'wouldDeleteFile');
    assert.equal(files.readTextSync(SIDECAR), before, 'nothing written');
    assert.equal(asked.file.claims.length, 1);

    const deleted = await store.apply(ARTICLE, [{ kind: 'deleteClaim', id }], { deleteIfEmpty: true });
    assert.equal(deleted.action, 'deleted');
    assert.deepEqual(files.paths(), []);
  });

  it('does not write when nothing changes', async () => {
    const files = new MemoryFileStore();
    await files.writeText(SIDECAR, EXAMPLE_SIDECAR);
    const store = newStore(files);
    const before = await files.stat(SIDECAR);
    const result = await store.apply(ARTICLE, [{ kind: 'updateClaim', id: 'c7f3a1', changes: { verdict: 'disputed' } }]);
    assert.equal(result.action, 'unchanged');
    assert.deepEqual(await files.stat(SIDECAR), before);
    assert.equal(files.readTextSync(SIDECAR), EXAMPLE_SIDECAR);
  });

  it('queues concurrent writes of one store so that none is lost', async () => {
    const files = new MemoryFileStore();
    const store = newStore(files);
    const quotes = ['a town of 18,000 people', 'estimated it at closer to 7 billion', 'which operates 64 container ships', 'ratified by at least 25 city councils'];
    await Promise.all(quotes.map((quote) => store.apply(ARTICLE, [{ kind: 'addClaim', claim: selection(quote) }])));
    const loaded = await store.load(ARTICLE);
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.file.claims.map((entry) => entry.quote).sort(), [...quotes].sort());
  });

  it('keeps the source name in step with the article file name', async () => {
    const files = new MemoryFileStore();
    await files.writeText('renamed.txt.claims.yaml', EXAMPLE_SIDECAR);
    const result = await newStore(files).apply('renamed.txt', [{ kind: 'resolveClaim', id: 'c7f3a1', resolved: true }]);
    assert.equal(result.file.source, 'renamed.txt');
    assert.match(files.readTextSync('renamed.txt.claims.yaml') ?? '', /^source: renamed.txt$/m);
  });
});
