// Figures are compared only when they are about the same thing: the same event for dates, the same
// subject for durations and counts, not a target against a present state. Texts written for these
// tests (a fictional river pact).
import assert from 'node:assert/strict';
import { CrossReferenceIndex } from '../../../src/core/crossref';
import type { FigureMention, Mention } from '../../../src/core/model';

type Facts = Omit<FigureMention, 'kind' | 'start' | 'end' | 'text'>;

/** Figure mentions of `text`: each phrase (first occurrence after the previous one) with its facts. */
function figures(text: string, specs: ReadonlyArray<readonly [string, Facts]>): Mention[] {
  let from = 0;
  return specs.map(([phrase, facts]) => {
    const start = text.indexOf(phrase, from);
    assert.ok(start >= 0, `"${phrase}" not in the text`);
    from = start + phrase.length;
    return { kind: 'figure', ...facts, text: phrase, start, end: start + phrase.length } as FigureMention;
  });
}

/** Unrelated stories, so that word weights are those of a workspace rather than of two sentences. */
const BACKGROUND = [
  'A new rail line links the northern towns of Norland. Passengers praised the trains, which run every hour.',
  'The city museum reopened after a long renovation. Visitors queued in the rain to see the paintings.',
  'Farmers in the valley expect a poor harvest after a dry spring. Prices for grain rose at the market.',
  'The national football team won its final match of the season. Fans celebrated in the main square.',
];

/** Place mentions of `text`: every occurrence of each name, the id its lower-cased form. */
function places(text: string, names: readonly string[]): Mention[] {
  return names.flatMap((name) => [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m): Mention => ({
    kind: 'entity', type: 'place', entity: name.toLowerCase(), text: name, start: m.index!, end: m.index! + name.length,
  })));
}

interface SourceSpec {
  readonly id: string;
  readonly text: string;
  readonly figures: ReadonlyArray<readonly [string, Facts]>;
  readonly places?: readonly string[];
}

function indexOf(sources: readonly SourceSpec[]): CrossReferenceIndex {
  const index = new CrossReferenceIndex();
  BACKGROUND.forEach((text, i) => index.upsert({ id: `background-${i}.txt`, text, mentions: [] }));
  for (const { id, text, figures: specs, places: names = [] } of sources) {
    const mentions = [...figures(text, specs), ...places(text, names)].sort((a, b) => a.start - b.start);
    assert.deepEqual(index.upsert({ id, text, mentions }), []);
  }
  return index;
}

function figure(index: CrossReferenceIndex, sourceId: string, text: string): FigureMention {
  const found = index.mentions(sourceId).find((m): m is FigureMention => m.kind === 'figure' && m.text === text);
  assert.ok(found, `no figure "${text}" in ${sourceId}`);
  return found;
}

function compared(index: CrossReferenceIndex, sourceId: string, text: string): string[] {
  return index.figureCard(sourceId, figure(index, sourceId, text)).comparisons.map((c) => `${c.source.id}:${c.mention.text}:${c.verdict}`);
}

const date = (value: string): Facts => ({ type: 'date', value });
const count = (value: number, unit?: string, extra: Partial<Facts> = {}): Facts => ({ type: 'number', value, ...(unit ? { unit } : {}), ...extra });
const days = (value: number, unit = 'days'): Facts => ({ type: 'quantity', value, unit });

describe('crossref figure subjects', () => {
  describe('dates', () => {
    const index = indexOf([
      { id: 'wire.txt', text: 'Leaders of 26 nations signed the Marenburg river pact on Thursday in the old town hall.', figures: [['26 nations', count(26, 'nations')], ['Thursday', date('2026-03-12')]] },
      { id: 'ledger.txt', text: 'The Marenburg river pact, signed by 26 nations, sets a target of 40 treatment plants by 2031.', figures: [['26 nations', count(26, 'nations')], ['40 treatment plants', count(40, 'treatment plants')], ['2031', date('2031')]] },
      { id: 'daily.txt', text: 'Leaders of 26 nations signed the Marenburg river pact on March 11 in the old town hall.', figures: [['26 nations', count(26, 'nations')], ['March 11', date('2026-03-11')]] },
    ]);

    it('compares the date of an event with the date of the same event, never with the year of a target', () => {
      assert.deepEqual(compared(index, 'wire.txt', 'Thursday'), ['daily.txt:March 11:differs']);
      assert.deepEqual(compared(index, 'ledger.txt', '2031'), []);
    });

    it('lists no disagreement between a date and a deadline, and groups no such pair', () => {
      assert.deepEqual(index.disagreements('ledger.txt'), []);
      for (const group of index.comparisons()) {
        const texts = group.mentions.map((m) => m.text);
        assert.ok(!(texts.includes('2031') && texts.includes('Thursday')), JSON.stringify(group));
      }
    });

    it('does not compare a full date or month with a bare year of another event', () => {
      const meetings = indexOf([
        { id: 'a.txt', text: 'The council meets next in Selva in October, its chair said.', figures: [['October', date('2026-10')]] },
        { id: 'b.txt', text: 'The next council meeting is due in Selva in October; the third could be held in Korda in 2027.', figures: [['October', date('2026-10')], ['2027', date('2027')]] },
      ]);
      assert.deepEqual(compared(meetings, 'a.txt', 'October'), ['b.txt:October:agrees']);
      assert.deepEqual(compared(meetings, 'b.txt', '2027'), []);
    });

    it('does not compare a start ("from September") with a point in time ("in October")', () => {
      const starts = indexOf([
        { id: 'a.txt', text: 'Engineers from Norland will be seconded to the river council from September.', figures: [['September', date('2026-09')]] },
        { id: 'b.txt', text: 'The river council meets in October, when engineers from Norland join it.', figures: [['October', date('2026-10')]] },
      ]);
      assert.deepEqual(compared(starts, 'a.txt', 'September'), []);
    });
  });

  describe('durations', () => {
    const index = indexOf([
      { id: 'a.txt', text: 'The council will publish a route map for the river within 90 days, its chair said.', figures: [['90 days', days(90)]] },
      { id: 'b.txt', text: 'Its chair said the council would meet farmers from every member country within the first 100 days of its work.', figures: [['100 days', days(100)]] },
      { id: 'c.txt', text: 'The chair of the council promised a route map for the river in three months.', figures: [['three months', days(3, 'months')]] },
    ]);

    it('compares durations only when they time the same thing', () => {
      assert.deepEqual(compared(index, 'a.txt', '90 days'), ['c.txt:three months:approximately agrees']);
      assert.deepEqual(compared(index, 'b.txt', '100 days'), []);
    });
  });

  describe('counts and amounts', () => {
    it('does not compare counts of the same noun about different things', () => {
      const index = indexOf([
        { id: 'a.txt', text: 'Fishing crews from three countries protested at the harbour since dawn.', figures: [['three countries', count(3, 'countries')]] },
        { id: 'b.txt', text: 'Leaders of 26 nations signed the river pact in Marenburg.', figures: [['26 nations', count(26, 'nations')]] },
        { id: 'c.txt', text: 'Delegations from 29 governments signed the river pact in Marenburg.', figures: [['29 governments', count(29, 'governments')]] },
      ]);
      assert.deepEqual(compared(index, 'a.txt', 'three countries'), []);
      assert.deepEqual(compared(index, 'b.txt', '26 nations'), ['c.txt:29 governments:differs']);
    });

    it('does not compare figures of different stories, however alike their sentences', () => {
      const story = (id: string, value: number, town: string, river: string): SourceSpec => ({
        id,
        text: `Leaders of ${value} nations met in ${town} to sign a treaty on the ${river} river. ${town} hosted the talks.`,
        figures: [[`${value} nations`, count(value, 'nations')]],
        places: [town, river],
      });
      const index = indexOf([story('a.txt', 26, 'Marenburg', 'Selva'), story('b.txt', 31, 'Korvalin', 'Ostra'), story('c.txt', 35, 'Marenburg', 'Selva')]);
      assert.deepEqual(compared(index, 'a.txt', '26 nations'), ['c.txt:35 nations:differs']);
      assert.deepEqual(index.figureLinks('b.txt').linkedSources, []);
    });

    it('does not compare a target with the present state', () => {
      const index = indexOf([
        { id: 'a.txt', text: 'At present the members run a little under 9 treatment plants along the river.', figures: [['under 9 treatment plants', count(9, 'treatment plants', { qualifier: 'fewer than' })]] },
        { id: 'b.txt', text: 'The members set a target of 40 treatment plants along the river by 2031.', figures: [['40 treatment plants', count(40, 'treatment plants')], ['2031', date('2031')]] },
        { id: 'c.txt', text: 'The river members want 40 treatment plants along the river by 2031.', figures: [['40 treatment plants', count(40, 'treatment plants')], ['2031', date('2031')]] },
      ]);
      assert.deepEqual(compared(index, 'a.txt', 'under 9 treatment plants'), []);
      assert.deepEqual(compared(index, 'b.txt', '40 treatment plants'), ['c.txt:40 treatment plants:agrees']);
    });

    it('does not take "two of them" for a count of its own', () => {
      const index = indexOf([
        { id: 'a.txt', text: 'Seven people were injured at the harbour, two of them taken to hospital.', figures: [['Seven people', count(7, 'people')], ['two', count(2)]] },
        { id: 'b.txt', text: 'At least five people were injured when a barrier at the harbour collapsed.', figures: [['At least five people', count(5, 'people', { qualifier: 'at least' })]] },
      ]);
      assert.equal(index.figureCard('a.txt', figure(index, 'a.txt', 'two')).comparable, false);
      assert.deepEqual(compared(index, 'a.txt', 'Seven people'), ['b.txt:At least five people:approximately agrees']);
    });
  });
});
