import assert from 'node:assert/strict';
import type { EntityMention } from '../../../../src/core/model';
import { WorkspaceRecognizer } from '../../../../src/core/recognition';
import { workspaceEntities } from '../entities/helpers';

function idsOf(mentions: EntityMention[] | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const m of mentions ?? []) ids[m.text] = m.entity;
  return ids;
}

describe('recognition: linking', () => {
  it('links surname-only and titled mentions to the full name seen in another source', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Sir Keir Starmer arrived in Oslo on Monday.' },
      { id: 'b.txt', text: 'Later, Mr Starmer said the deal was done. Starmer left at noon.' },
      { id: 'c.txt', text: 'Talks with Keir Starmer ran late.' },
    ]);
    assert.equal(idsOf(found.get('a.txt'))['Sir Keir Starmer'], 'keir-starmer');
    assert.equal(idsOf(found.get('b.txt'))['Starmer'], 'keir-starmer');
    assert.equal(idsOf(found.get('c.txt'))['Keir Starmer'], 'keir-starmer');
    assert.ok(found.get('b.txt')!.every((m) => m.type === 'person'));
  });

  it('links spelling variants of a long name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'President Volodymyr Zelensky spoke in Kyiv.' },
      { id: 'b.txt', text: 'Volodymyr Zelenskyy thanked the allies, and Zelenskiy later flew to Warsaw.' },
    ]);
    const ids = new Set([...found.values()].flat().filter((m) => m.type === 'person').map((m) => m.entity));
    assert.deepEqual([...ids], ['volodymyr-zelensky']);
  });

  it('links a misspelt long surname within a small edit distance', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Iran\'s supreme leader, Ayatollah Ali Khamenei, spoke on television.' },
      { id: 'b.txt', text: 'A statement from Khamanei followed on Friday.' },
    ]);
    assert.equal(idsOf(found.get('b.txt'))['Khamanei'], 'ali-khamenei');
  });

  it('links short forms to the full name: "Tagus" to "Tagus River", a title to its full form', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Boats sailed up the Tagus River to sign the Lisbon Declaration on Atlantic Offshore Energy.' },
      { id: 'b.txt', text: 'Fog lay over the Tagus while critics called the Lisbon Declaration vague.' },
    ]);
    const a = idsOf(found.get('a.txt'));
    const b = idsOf(found.get('b.txt'));
    assert.equal(b['Tagus'], a['Tagus River']);
    assert.equal(b['Lisbon Declaration'], a['Lisbon Declaration on Atlantic Offshore Energy']);
    assert.equal(found.get('b.txt')!.find((m) => m.text === 'Tagus')?.type, 'place');
  });

  it('links spellings that differ in letters Unicode does not decompose', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Prime Minister Jonas Gahr Støre spoke in Oslo.' },
      { id: 'b.txt', text: 'Jonas Gahr Store later met reporters, and Støre smiled.' },
    ]);
    const ids = new Set([...found.values()].flat().filter((m) => m.type === 'person').map((m) => m.entity));
    assert.equal(ids.size, 1);
  });

  it('links country and union aliases', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The UK, the U.K. and Britain are one; so are Great Britain and the United Kingdom.' },
      { id: 'b.txt', text: 'The US, the U.S., the USA, the United States and America agreed with the EU and the European Union.' },
    ]);
    assert.deepEqual(new Set(found.get('a.txt')!.map((m) => m.entity)), new Set(['united-kingdom']));
    const b = found.get('b.txt')!;
    assert.deepEqual(new Set(b.filter((m) => m.type === 'place').map((m) => m.entity)), new Set(['united-states']));
    assert.deepEqual(new Set(b.filter((m) => m.type === 'organization').map((m) => m.entity)), new Set(['european-union']));
  });

  it('links an acronym defined in the text and one made of a name\'s initials', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'A new body, the Atlantic Energy Cooperation Council (AECC), will meet in Lisbon.' },
      { id: 'b.txt', text: 'The AECC said it would hire staff. The Nordic Grid Operators Forum agreed.' },
      { id: 'c.txt', text: 'Members of the NGOF met on Tuesday.' },
    ]);
    const a = idsOf(found.get('a.txt'));
    assert.equal(a['AECC'], a['Atlantic Energy Cooperation Council']);
    assert.equal(idsOf(found.get('b.txt'))['AECC'], a['AECC']);
    assert.equal(idsOf(found.get('c.txt'))['NGOF'], idsOf(found.get('b.txt'))['Nordic Grid Operators Forum']);
  });

  it('types a name in every source the way confident sources type it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Engineers from Statnett, the state grid operator, arrived.' },
      { id: 'b.txt', text: 'Shares in Statnett rose after the Statnett Group said it would invest.' },
      { id: 'c.txt', text: 'Statnett was not available for comment.' },
    ]);
    for (const id of ['a.txt', 'c.txt']) {
      const statnett = found.get(id)!.find((m) => m.text === 'Statnett');
      assert.equal(statnett?.type, 'organization', id);
    }
  });

  it('does not take a sentence-initial word for a name when the workspace uses it in lower case', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Turbines will rise offshore. Floatels house the crews.' },
      { id: 'b.txt', text: 'The crews sleep on floatels moored off the coast.' },
    ]);
    assert.deepEqual(found.get('a.txt')!.map((m) => m.text), []);
  });

  it('keeps a sentence-initial name that the workspace writes capitalised mid-sentence', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Brown said the plan was sound.' },
      { id: 'b.txt', text: 'The chancellor, Gordon Brown, backed it, and officials said Brown was right.' },
    ]);
    assert.deepEqual(found.get('a.txt')!.map((m) => `${m.text}/${m.entity}`), ['Brown/gordon-brown']);
  });

  it('updates incrementally: upsert and remove change linking and bump the generation', () => {
    const recognizer = new WorkspaceRecognizer();
    recognizer.upsert({ id: 'a.txt', text: 'Halloran said no.' });
    const g1 = recognizer.generation;
    assert.equal(recognizer.mentions('a.txt').find((m) => m.kind === 'entity' && m.text === 'Halloran')?.kind === 'entity' ? (recognizer.mentions('a.txt')[0] as EntityMention).entity : '', 'halloran');
    recognizer.upsert({ id: 'b.txt', text: 'Reform UK leader Nigel Halloran spoke.' });
    assert.ok(recognizer.generation > g1);
    const halloran = recognizer.mentions('a.txt').find((m) => m.kind === 'entity' && m.text === 'Halloran') as EntityMention;
    assert.equal(halloran.entity, 'nigel-halloran');
    const g2 = recognizer.generation;
    recognizer.upsert({ id: 'b.txt', text: 'Reform UK leader Nigel Halloran spoke.' });
    assert.equal(recognizer.generation, g2, 'same text: no change');
    recognizer.remove('b.txt');
    const again = recognizer.mentions('a.txt').find((m) => m.kind === 'entity' && m.text === 'Halloran') as EntityMention;
    assert.equal(again.entity, 'halloran');
    assert.deepEqual(recognizer.mentions('b.txt'), []);
  });

  it('lists entities with a display name and aliases', () => {
    const recognizer = new WorkspaceRecognizer();
    recognizer.upsert({ id: 'a.txt', text: 'Sir Keir Starmer met Emmanuel Macron in Paris.' });
    recognizer.upsert({ id: 'b.txt', text: 'Starmer and Macron spoke. Keir Starmer left for the UK.' });
    const starmer = recognizer.entity('keir-starmer');
    assert.ok(starmer);
    assert.equal(starmer.type, 'person');
    assert.equal(starmer.name, 'Keir Starmer');
    assert.deepEqual([...starmer.aliases], ['Sir Keir Starmer', 'Starmer']);
    const ids = recognizer.entities().map((e) => e.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(ids.includes('united-kingdom') && ids.includes('paris') && ids.includes('emmanuel-macron'));
  });
});
