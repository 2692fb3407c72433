import assert from 'node:assert/strict';
import { CrossReferenceIndex, HOVER_SCAN_BUDGET } from '../../../src/core/crossref';
import type { EntityMention, FigureMention, Mention } from '../../../src/core/model';
import { FIXTURE_ENTITIES, PACT_ARTICLES, PACT_COAST, PACT_LEDGER, PACT_WIRE, UNRELATED, type FixtureArticle } from './fixtures/articles';
import { fakeRecognize } from './fixtures/fakeRecognizer';

function input(article: FixtureArticle, text = article.text) {
  return { id: article.id, text, mentions: fakeRecognize(text, FIXTURE_ENTITIES) };
}

function buildIndex(articles: readonly FixtureArticle[] = PACT_ARTICLES): CrossReferenceIndex {
  const index = new CrossReferenceIndex({
    entityLookup: (id) => (id === 'elena-varga' ? { id, name: 'Elena Varga', type: 'person', aliases: ['Dr. Varga'] } : undefined),
  });
  for (const article of articles) assert.deepEqual(index.upsert(input(article)), []);
  return index;
}

function entityIn(index: CrossReferenceIndex, sourceId: string, entity: string, nth = 0): EntityMention {
  const found = index.mentions(sourceId).filter((m): m is EntityMention => m.kind === 'entity' && m.entity === entity);
  assert.ok(found[nth], `no mention ${nth} of ${entity} in ${sourceId}`);
  return found[nth];
}

function figureIn(index: CrossReferenceIndex, sourceId: string, text: string): FigureMention {
  const found = index.mentions(sourceId).find((m): m is FigureMention => m.kind === 'figure' && m.text === text);
  assert.ok(found, `no figure "${text}" in ${sourceId}`);
  return found;
}

describe('crossref CrossReferenceIndex', () => {
  describe('sources', () => {
    it('lists sources with title, outlet and date', () => {
      const index = buildIndex();
      assert.deepEqual(index.source('ledger.md'), { id: 'ledger.md', title: 'Leaders sign Marenburg River Pact', outlet: 'The Northern Ledger', date: '2026-03-04' });
      assert.deepEqual(index.source('coast.txt'), { id: 'coast.txt', title: 'River pact signed in Marenburg after all-night talks', outlet: 'Coastal Times' });
      assert.equal(index.source('wire.txt')?.outlet, 'Reuters');
      assert.equal(index.source('daily.txt')?.title, 'Selva river deal: what the Marenburg pact means');
      assert.deepEqual(index.sources().map((s) => s.id), ['coast.txt', 'daily.txt', 'ledger.md', 'unrelated.txt', 'wire.txt']);
    });

    it('finds the innermost mention at an offset and nothing between mentions', () => {
      const index = buildIndex();
      const text = PACT_LEDGER.text;
      const at = text.indexOf('26 nations');
      assert.equal(index.mentionAt('ledger.md', at + 3)?.text, '26 nations');
      assert.equal(index.mentionAt('ledger.md', at + '26 nations'.length), undefined);
      assert.equal(index.mentionAt('ledger.md', text.indexOf('Leaders of')), undefined);
      assert.equal(index.mentionAt('nope.txt', 0), undefined);
    });

    it('prefers the shorter of two overlapping mentions', () => {
      const index = new CrossReferenceIndex();
      const text = 'Marenburg River Pact signed.';
      const mentions: Mention[] = [
        { kind: 'entity', type: 'misc', entity: 'pact', text: 'Marenburg River Pact', start: 0, end: 20 },
        { kind: 'entity', type: 'place', entity: 'marenburg', text: 'Marenburg', start: 0, end: 9 },
      ];
      index.upsert({ id: 'x.txt', text, mentions });
      assert.equal((index.mentionAt('x.txt', 3) as EntityMention).entity, 'marenburg');
      assert.equal((index.mentionAt('x.txt', 12) as EntityMention).entity, 'pact');
    });

    it('skips malformed mentions with a clear message instead of failing', () => {
      const index = new CrossReferenceIndex();
      const text = 'Elena Varga spoke.';
      const problems = index.upsert({
        id: 'bad.txt',
        text,
        mentions: [
          { kind: 'entity', type: 'person', entity: 'elena-varga', text: 'Elena Varga', start: 0, end: 11 },
          { kind: 'entity', type: 'person', entity: 'x', text: 'x', start: 5, end: 500 },
          { kind: 'figure', type: 'banana', text: 'x', start: 0, end: 1 } as unknown as Mention,
          null as unknown as Mention,
        ],
      });
      assert.equal(problems.length, 3);
      assert.match(problems[0], /bad\.txt: mention #1 skipped: offsets 5–500 are outside the text \(length 18\)/);
      assert.match(problems[1], /unknown figure type "banana"/);
      assert.equal(index.mentions('bad.txt').length, 1);
      assert.throws(() => index.upsert({ id: 3 } as never), /expects \{ id: string, text: string, mentions: Mention\[\] \}/);
    });

    it('gives the sentence around an offset', () => {
      const index = buildIndex();
      const span = index.sentenceAt('wire.txt', PACT_WIRE.text.indexOf('2.6 km'));
      assert.ok(span);
      assert.equal(PACT_WIRE.text.slice(span.start, span.end), 'A flood barrier 2.6 km long is planned for the harbour of Marenburg, according to the River Alliance, which will oversee construction.');
    });
  });

  describe('entity cards', () => {
    it('lists the other sources with how they name the entity and their best matching sentence', () => {
      const index = buildIndex();
      const hovered = entityIn(index, 'ledger.md', 'elena-varga'); // "Prime Minister Elena Varga of Norland said the agreement was ..."
      const card = index.entityCard('ledger.md', hovered, 5);
      assert.equal(card.entity.name, 'Elena Varga');
      assert.equal(card.sourceCount, 5);
      assert.equal(card.totalSources, 5);
      assert.equal(card.otherSourceCount, 4);
      assert.equal(card.mentionCount, 7);
      assert.ok(card.aliasesSeen.includes('Prime Minister Elena Varga'));
      assert.ok(!card.aliasesSeen.includes('Elena Varga'));
      assert.equal(card.sentence.text, 'Prime Minister Elena Varga of Norland said the agreement was "the most ambitious water deal in a generation".');

      const wire = card.others.find((other) => other.source.id === 'wire.txt');
      assert.ok(wire);
      assert.equal(wire.sentence.text, "Norland's prime minister, Elena Varga, called the treaty the most ambitious water agreement in a generation.");
      assert.deepEqual(wire.surfaceForms, ['Elena Varga', 'Varga']);
      assert.equal(card.others[0].source.id, 'wire.txt', 'the closest retelling ranks first');
      const marked = wire.sentence.highlights.map((h) => wire.sentence.text.slice(h.start, h.end));
      for (const word of ['ambitious', 'water', 'agreement', 'generation', 'Elena Varga']) assert.ok(marked.includes(word), `${word} in ${marked}`);
      assert.equal(wire.sentence.highlights.find((h) => wire.sentence.text.slice(h.start, h.end) === 'Elena Varga')?.kind, 'mention');
      assert.equal(PACT_WIRE.text.slice(wire.sentence.start, wire.sentence.end), wire.sentence.text);
    });

    it('limits the number of other sources and keeps the total', () => {
      const index = buildIndex();
      const card = index.entityCard('ledger.md', entityIn(index, 'ledger.md', 'elena-varga'), 2);
      assert.equal(card.others.length, 2);
      assert.equal(card.otherSourceCount, 4);
    });

    it('derives name and aliases from mentions when the lookup does not know the entity', () => {
      const index = buildIndex();
      const card = index.entityCard('ledger.md', entityIn(index, 'ledger.md', 'river-alliance'), 5);
      assert.deepEqual(card.entity, { id: 'river-alliance', name: 'River Alliance', type: 'organization', aliases: [] });
      assert.deepEqual(card.others.map((o) => o.source.id).sort(), ['daily.txt', 'wire.txt']);
    });

    it('lists every mention of an entity with its sentence', () => {
      const index = buildIndex();
      const all = index.entityMentions('river-alliance');
      assert.deepEqual(all.map((m) => m.sourceId), ['daily.txt', 'ledger.md', 'wire.txt']);
      const ledger = all[1];
      assert.equal(PACT_LEDGER.text.slice(ledger.sentence.start, ledger.sentence.end), 'Engineers from the River Alliance will oversee the works.');
    });

    it('answers for a source that is not indexed', () => {
      const index = buildIndex();
      const mention: EntityMention = { kind: 'entity', type: 'person', entity: 'elena-varga', text: 'Elena Varga', start: 0, end: 11 };
      const card = index.entityCard('draft.txt', mention, 3);
      assert.equal(card.others.length, 3);
      assert.equal(card.sourceCount, 5, 'an unindexed draft is not counted');
    });

    it('searches entities fuzzily by name and alias', () => {
      const index = buildIndex();
      assert.equal(index.searchEntities('elena varg')[0]?.id, 'elena-varga');
      assert.equal(index.searchEntities('Dr. Varga')[0]?.id, 'elena-varga');
      assert.equal(index.searchEntities('river aliance')[0]?.id, 'river-alliance');
      assert.deepEqual(index.searchEntities('  '), []);
    });
  });

  describe('figure cards', () => {
    it('flags 26 vs 35 as differing and "more than 30" vs 26 as differing, 26 vs 26 as agreeing', () => {
      const index = buildIndex();
      const card = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '26 nations'));
      assert.equal(card.display, '26 nations');
      assert.equal(card.subject, 'countries');
      const bySource = new Map(card.comparisons.map((c) => [c.source.id, c]));
      assert.equal(bySource.get('wire.txt')?.verdict, 'differs');
      assert.equal(bySource.get('wire.txt')?.detail, '26 nations vs 35 countries (differs by 9)');
      assert.equal(bySource.get('coast.txt')?.verdict, 'differs');
      assert.equal(bySource.get('daily.txt')?.verdict, 'agrees');
      assert.equal(bySource.has('unrelated.txt'), false, '12 towns is another subject');
      assert.deepEqual(card.counts, { agrees: 1, approximatelyAgrees: 0, differs: 2 });
      assert.equal(card.comparisons[0].verdict, 'differs', 'differences come first');
    });

    it('reads "more than 30" vs 35 as approximately agreeing', () => {
      const index = buildIndex();
      const card = index.figureCard('coast.txt', figureIn(index, 'coast.txt', 'more than 30 countries'));
      const wire = card.comparisons.find((c) => c.source.id === 'wire.txt');
      assert.equal(wire?.verdict, 'approximately agrees');
      assert.equal(wire?.detail, 'more than 30 countries vs 35 countries');
      assert.equal(wire?.sentence.text.slice(wire.sentence.highlights.find((h) => h.kind === 'mention')!.start).startsWith('35 countries'), true);
    });

    it('compares lengths across units and money across currencies with stated rates', () => {
      const index = buildIndex();
      const barrier = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '1.6 miles'));
      assert.deepEqual(barrier.comparisons.map((c) => [c.source.id, c.verdict]).sort(), [['daily.txt', 'approximately agrees'], ['wire.txt', 'approximately agrees']]);
      assert.equal(barrier.comparisons[0].conversion, '2.6 km ≈ 1.62 mi');

      const fund = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '€1.2bn'));
      const bySource = new Map(fund.comparisons.map((c) => [c.source.id, c]));
      assert.equal(bySource.get('wire.txt')?.verdict, 'approximately agrees');
      assert.match(bySource.get('wire.txt')?.conversion ?? '', /fixed approximate rate/);
      assert.equal(bySource.get('coast.txt')?.verdict, 'differs');
      assert.equal(bySource.has('unrelated.txt'), false, 'the rail line cost is about something else');
    });

    it('never compares publication dates, but compares dates in the text', () => {
      const index = buildIndex();
      const dateline = figureIn(index, 'wire.txt', 'March 4, 2026');
      assert.equal(index.figureCard('wire.txt', dateline).comparisonCount, 0);
      const meeting = index.figureCard('wire.txt', figureIn(index, 'wire.txt', 'March 12, 2027'));
      assert.deepEqual(meeting.comparisons.map((c) => [c.source.id, c.verdict]), [['daily.txt', 'agrees']]);
    });

    it('does not compare a small count that refers back ("the two countries")', () => {
      const index = buildIndex();
      const text = 'Marenburg and Norland signed the river pact. The two countries will build the barrier.';
      const at = text.indexOf('two countries');
      index.upsert({ id: 'two.txt', text, mentions: [{ kind: 'figure', type: 'number', value: 2, unit: 'countries', text: 'two countries', start: at, end: at + 13 }] });
      const card = index.figureCard('two.txt', index.mentions('two.txt')[0] as FigureMention);
      assert.equal(card.comparable, false);
      assert.ok(!index.comparisons().some((g) => g.mentions.some((m) => m.file === 'two.txt')));
    });

    it('reports a figure without value as not comparable', () => {
      const index = buildIndex();
      const vague: FigureMention = { kind: 'figure', type: 'date', text: 'last week', start: 0, end: 9 };
      const card = index.figureCard('ledger.md', vague);
      assert.equal(card.comparable, false);
      assert.equal(card.comparisons.length, 0);
    });

    it('lists the disagreements of a source', () => {
      const index = buildIndex();
      const found = index.disagreements('ledger.md');
      const texts = found.map((d) => d.mention.text);
      assert.deepEqual(texts, ['26 nations', '€1.2bn']);
      assert.deepEqual(found[0].others.map((o) => o.source.id).sort(), ['coast.txt', 'wire.txt']);
      assert.deepEqual(index.disagreements('missing.txt'), []);
    });
  });

  describe('comparison groups', () => {
    it('groups comparable figures of two or more sources by subject and says whether they agree', () => {
      const index = buildIndex();
      const groups = index.comparisons();
      const countries = groups.find((g) => g.subject === 'countries');
      assert.ok(countries, JSON.stringify(groups.map((g) => g.subject)));
      assert.equal(countries.type, 'number');
      assert.equal(countries.agree, false);
      assert.deepEqual(countries.mentions.map((m) => [m.file, m.text, m.value]), [
        ['coast.txt', 'more than 30 countries', 30],
        ['daily.txt', '26 nations', 26],
        ['ledger.md', '26 nations', 26],
        ['wire.txt', '35 countries', 35],
      ]);
      const first = countries.mentions[0];
      assert.equal(PACT_COAST.text.slice(first.start, first.end), first.text);

      const barrier = groups.find((g) => g.subject.startsWith('length'));
      assert.equal(barrier?.agree, true);
      assert.deepEqual(barrier?.mentions.map((m) => m.file), ['daily.txt', 'ledger.md', 'wire.txt']);

      const meeting = groups.find((g) => g.type === 'date');
      assert.equal(meeting?.subject, 'date: next meeting');
      assert.equal(meeting?.agree, true);

      assert.equal(groups[0].agree, false, 'disagreeing groups come first');
      assert.ok(groups.every((g) => new Set(g.mentions.map((m) => m.file)).size >= 2));
      assert.ok(!groups.some((g) => g.mentions.some((m) => m.file === 'unrelated.txt')));
    });

    it('keeps two figures of one subject in different sentences of a source apart', () => {
      const index = new CrossReferenceIndex();
      const add = (id: string, text: string) => {
        const mentions: Mention[] = [];
        for (const match of text.matchAll(/(\d+) (nations|countries)/g)) {
          mentions.push({ kind: 'figure', type: 'number', value: Number(match[1]), unit: match[2], text: match[0], start: match.index!, end: match.index! + match[0].length });
        }
        index.upsert({ id, text, mentions });
      };
      add('a.txt', 'Leaders of 26 nations signed the river pact in Marenburg on Tuesday.\n\nEarlier, 40 countries had joined the wetland talks in Kessia last winter.');
      add('b.txt', 'Leaders of 26 nations signed the river pact in Marenburg on Tuesday.');
      add('c.txt', 'In Kessia, 40 countries had joined the wetland talks last winter.');
      const groups = index.comparisons().map((g) => g.mentions.map((m) => `${m.file}:${m.text}`).join(' '));
      assert.deepEqual(groups.sort(), ['a.txt:26 nations b.txt:26 nations', 'a.txt:40 countries c.txt:40 countries']);
    });

    it('finds no group in a single source', () => {
      assert.deepEqual(buildIndex([PACT_LEDGER]).comparisons(), []);
    });
  });

  describe('incremental updates', () => {
    it('upsert replaces a source: an edited figure changes the verdicts', () => {
      const index = buildIndex();
      const edited = PACT_WIRE.text.replace('35 countries', '26 countries');
      index.upsert(input(PACT_WIRE, edited));
      const card = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '26 nations'));
      assert.equal(card.comparisons.find((c) => c.source.id === 'wire.txt')?.verdict, 'agrees');
      assert.equal(index.sources().length, 5);
      assert.equal(index.entityCard('ledger.md', entityIn(index, 'ledger.md', 'elena-varga'), 5).mentionCount, 7);
    });

    it('remove forgets a source everywhere', () => {
      const index = buildIndex();
      assert.equal(index.remove('wire.txt'), true);
      assert.equal(index.remove('wire.txt'), false);
      assert.equal(index.source('wire.txt'), undefined);
      const card = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '26 nations'));
      assert.ok(!card.comparisons.some((c) => c.source.id === 'wire.txt'));
      assert.deepEqual(index.entityMentions('river-alliance').map((m) => m.sourceId), ['daily.txt', 'ledger.md']);
      const varga = index.entityCard('ledger.md', entityIn(index, 'ledger.md', 'elena-varga'), 5);
      assert.equal(varga.sourceCount, 4);
      assert.equal(varga.mentionCount, 5);
      assert.ok(!index.comparisons().some((g) => g.mentions.some((m) => m.file === 'wire.txt')));
      assert.deepEqual(index.searchEntities('Reuters'), []);
    });

    it('gives the same cards after remove and re-add as a fresh build', () => {
      const fresh = buildIndex();
      const churned = buildIndex();
      churned.remove('coast.txt');
      churned.upsert(input(PACT_COAST, PACT_COAST.text.replace('30', '31')));
      churned.upsert(input(PACT_COAST));
      const mention = entityIn(fresh, 'ledger.md', 'elena-varga');
      assert.deepEqual(churned.entityCard('ledger.md', mention, 5).others.map((o) => [o.source.id, o.similarity]), fresh.entityCard('ledger.md', mention, 5).others.map((o) => [o.source.id, o.similarity]));
      assert.deepEqual(churned.comparisons().map((g) => g.subject).sort(), fresh.comparisons().map((g) => g.subject).sort());
    });

    it('rename moves a source to its new id everywhere', () => {
      const index = buildIndex();
      assert.equal(index.rename('wire.txt', 'archive/wire-2026.txt'), true);
      assert.equal(index.source('wire.txt'), undefined);
      assert.equal(index.source('archive/wire-2026.txt')?.outlet, 'Reuters');
      const card = index.figureCard('ledger.md', figureIn(index, 'ledger.md', '26 nations'));
      assert.ok(card.comparisons.some((c) => c.source.id === 'archive/wire-2026.txt'));
      assert.ok(index.entityMentions('river-alliance').some((m) => m.sourceId === 'archive/wire-2026.txt'));
      assert.ok(index.mentionAt('archive/wire-2026.txt', PACT_WIRE.text.indexOf('35 countries')));
      assert.equal(index.rename('nope.txt', 'x.txt'), false);
    });

    it('rename onto an existing id replaces that source', () => {
      const index = buildIndex();
      index.rename('daily.txt', 'wire.txt');
      assert.equal(index.sources().length, 4);
      assert.equal(index.source('wire.txt')?.title, 'Selva river deal: what the Marenburg pact means');
      assert.equal(index.entityMentions('river-alliance').length, 2);
    });

    it('names the sources linked to a source by comparable figures, symmetrically', () => {
      const index = buildIndex();
      const links = (id: string) => index.figureLinks(id).linkedSources;
      assert.deepEqual(links('ledger.md'), ['coast.txt', 'daily.txt', 'wire.txt']);
      assert.deepEqual(links('unrelated.txt'), []);
      for (const id of index.sources().map((s) => s.id)) for (const other of links(id)) assert.ok(links(other).includes(id), `${other} links back to ${id}`);
      assert.deepEqual(index.figureLinks('ledger.md').disagreements, index.disagreements('ledger.md'));
      assert.deepEqual(index.figureLinks('missing.txt'), { disagreements: [], linkedSources: [] });
    });

    it('after an edit, only the edited source and its linked sources (before or after) change their disagreements', () => {
      const index = buildIndex();
      const ids = index.sources().map((s) => s.id);
      const snapshot = () => new Map(ids.map((id) => [id, JSON.stringify(index.disagreements(id))]));
      const before = snapshot();
      const linkedBefore = index.figureLinks('wire.txt').linkedSources;
      index.upsert(input(PACT_WIRE, PACT_WIRE.text.replace('35 countries', '26 countries').replace('$1.4bn', '$1.2bn')));
      const linkedAfter = index.figureLinks('wire.txt').linkedSources;
      const after = snapshot();
      const changed = ids.filter((id) => before.get(id) !== after.get(id));
      assert.ok(changed.includes('ledger.md'), 'the edit changed the ledger\'s disagreements');
      const recomputed = new Set(['wire.txt', ...linkedBefore, ...linkedAfter]);
      for (const id of changed) assert.ok(recomputed.has(id), `${id} changed but would not be recomputed`);
      assert.ok(!recomputed.has('unrelated.txt'));
    });

    it('keeps an unrelated source out of the pact comparisons', () => {
      const index = buildIndex([PACT_LEDGER, UNRELATED]);
      assert.deepEqual(index.comparisons(), []);
    });
  });
});

describe('crossref CrossReferenceIndex in large workspaces', () => {
  // More sources than a hover scores: the card must rank the related sources and say it is partial.
  const count = HOVER_SCAN_BUDGET + 300;
  const index = new CrossReferenceIndex();
  const mention = (entity: string, text: string, start: number): EntityMention => ({ kind: 'entity', type: 'place', entity, text, start, end: start + text.length });
  before(() => {
    for (let i = 0; i < count; i++) {
      // Every source names Norland; sources 0–3 also share the rare "Velt" (same story).
      const story = i < 4 ? 'Velt' : `Town${i}`;
      const text = `Norland and ${story} signed a water pact on Tuesday with 12 countries. Officials in ${story} welcomed it.`;
      const storyStart = text.indexOf(story);
      const countries = text.indexOf('12 countries');
      index.upsert({
        id: `s${String(i).padStart(5, '0')}.txt`,
        text,
        mentions: [
          mention('norland', 'Norland', 0),
          mention(story.toLowerCase(), story, storyStart),
          { kind: 'figure', type: 'number', value: i < 4 ? 12 : 14, unit: 'countries', text: '12 countries', start: countries, end: countries + 12 },
        ],
      });
    }
  });

  it('counts every source but ranks the related ones first and flags the card as partial', () => {
    const norland = index.mentions('s00000.txt')[0] as EntityMention;
    const card = index.entityCard('s00000.txt', norland, 3);
    assert.equal(card.sourceCount, count);
    assert.equal(card.otherSourceCount, count - 1);
    assert.equal(card.partial, true);
    assert.deepEqual(card.others.map((o) => o.source.id), ['s00001.txt', 's00002.txt', 's00003.txt']);
  });

  it('compares figures with the related sources first and flags the card as partial', () => {
    const figure = index.mentions('s00000.txt').find((m): m is FigureMention => m.kind === 'figure')!;
    const card = index.figureCard('s00000.txt', figure, 5);
    assert.equal(card.partial, true);
    assert.ok(card.comparisonCount <= HOVER_SCAN_BUDGET);
    const agreeing = card.comparisons.filter((c) => c.verdict === 'agrees').map((c) => c.source.id);
    assert.deepEqual(agreeing, ['s00001.txt', 's00002.txt', 's00003.txt']);
  });

  it('is exact below the budget', () => {
    const small = buildIndex();
    const card = small.entityCard('ledger.md', entityIn(small, 'ledger.md', 'elena-varga'), 5);
    assert.equal(card.partial, undefined);
  });
});
