// Figure errors the fourth round of testers reported on real news copy, one general cause each.

import * as assert from 'node:assert/strict';
import { detectArticleDate } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, expectOnly, table } from './support';

describe('figures: tester round four', () => {
  describe('a range of days without a year is two date labels', () => {
    it('"May 8-10": the month, then the second day with the same month', () => {
      expectAll('The survey runs May 8-10 among voters.', [
        { type: 'date', text: 'May 8', value: '2026-05-08' },
        { type: 'date', text: '10', value: '2026-05-10' },
      ]);
    });
    it('"7–9 April": the first day alone, then the day with its month', () => {
      expectAll('The talks run 7–9 April in Geneva.', [
        { type: 'date', text: '7', value: '2026-04-07' },
        { type: 'date', text: '9 April', value: '2026-04-09' },
      ]);
    });
    it('a written year keeps the range one label', () => {
      expectAll('Talks ran January 6-7, 2026.', [{ type: 'date', text: 'January 6-7, 2026', value: '2026-01-06', qualifier: 'range' }]);
    });
  });

  describe('units', () => {
    table([
      ['Winds reached 105 m.p.h., the center said.', { type: 'quantity', text: '105 m.p.h.', value: 105, unit: 'mph' }],
      ['The winds jumped by 45 m.p.h. in a day.', { type: 'quantity', text: '45 m.p.h.', value: 45, unit: 'mph' }],
      ['The diversions absorb around 2.8m teu of capacity.', { type: 'quantity', text: 'around 2.8m teu', value: 2_800_000, unit: 'TEU', qualifier: 'approximate' }],
      ['The ship carries 24,000 TEUs.', { type: 'quantity', text: '24,000 TEUs', value: 24_000, unit: 'TEU' }],
    ]);
    it('"2m ago" is a live-blog stamp in minutes, not two metres', () => {
      expectOnly('2m ago\nRutte says Nato will not be bullied.', { type: 'date', text: '2m ago', value: '2026-01-07' });
    });
  });

  describe('years and months after "beyond", "past" and "into"; a month after a possessive', () => {
    table([
      ['Thresholds stay frozen beyond 2028.', { type: 'date', text: '2028', value: '2028' }],
      ['The guarantee is extended past 2030.', { type: 'date', text: '2030', value: '2030' }],
      ['The talks could drag into 2031.', { type: 'date', text: '2031', value: '2031' }],
      ['The freeze may last beyond March.', { type: 'date', text: 'March', value: '2026-03' }],
      ["The OBR's March forecast was grim.", { type: 'date', text: 'March', value: '2026-03' }],
    ]);
    it('a count after "into" stays a count', () => {
      expectOnly('The mine cut into 1500 tonnes of rock.', { type: 'quantity', text: '1500 tonnes', value: 1500, unit: 't' });
    });
  });

  describe('regional currencies', () => {
    table([
      ['Samsung pledged W150tr in chip investment.', { type: 'money', text: 'W150tr', value: 150e12, unit: 'KRW' }],
      ['They broke ground on a RM12 billion park.', { type: 'money', text: 'RM12 billion', value: 12e9, unit: 'MYR' }],
      ['The budget is RM 5bn.', { type: 'money', text: 'RM 5bn', value: 5e9, unit: 'MYR' }],
      ['The plan costs Rp 10 trillion.', { type: 'money', text: 'Rp 10 trillion', value: 10e12, unit: 'IDR' }],
      ['The agency sought P5 billion.', { type: 'money', text: 'P5 billion', value: 5e9, unit: 'PHP' }],
      ['The fund holds Mex$4 billion.', { type: 'money', text: 'Mex$4 billion', value: 4e9, unit: 'MXN' }],
      ['Exports earned 5 trillion dong.', { type: 'money', text: '5 trillion dong', value: 5e12, unit: 'VND' }],
      ['Every 1-yen move against the dollar matters.', { type: 'money', text: '1-yen', value: 1, unit: 'JPY' }],
    ]);
    it('a lone letter takes no unscaled or spaced number', () => {
      expectNone('The W3 route and the P2 form.');
      expectNone('Ward P 5 was shut.');
      expectNone('RM 45 Commando sailed.');
    });
    it('a currency needing a scale stays a weight when hyphenated', () => {
      expectOnly('A 20-pound turkey.', { type: 'quantity', text: '20-pound', value: 20, unit: 'lb' });
    });
  });

  describe('counted nouns and the non-counting "one"', () => {
    it('"one-way", "one-stop", "one-off" are adjectives, not counts', () => {
      expectNone('Gorsuch warned of a "one-way ratchet".');
      expectNone('He would chair a new one-stop investment centre.');
      expectNone('It was a one-off payment.');
    });
    it('a hyphenated count after "one" keeps its unit or noun', () => {
      expectOnly('It was a one-day strike.', { type: 'quantity', text: 'one-day', value: 1, unit: 'day' });
      expectOnly('It was a 1-page memo.', { type: 'number', text: '1-page', value: 1, unit: 'page' });
    });
    table([
      ["We've got 84 co-sponsors.", { type: 'number', text: '84 co-sponsors', value: 84, unit: 'co-sponsors' }],
      ['There were three by-elections.', { type: 'number', text: 'three by-elections', value: 3, unit: 'by-elections' }],
      ['Three blood-pressure drugs failed.', { type: 'number', text: 'Three blood-pressure drugs', value: 3, unit: 'drugs' }],
    ]);
    it('"as one fund manager puts it" counts nothing', () => {
      expectNone('As one fund manager in Marunouchi puts it, the widowmaker has not died.');
      expectNone('As one official put it, the deal is dead.');
      expectOnly('As one person died, the others fled.', { type: 'number', text: 'one person', value: 1, unit: 'person' });
    });
  });

  describe('shares, rates and ages', () => {
    it('"a quarter" after an amount is a rate, not a share', () => {
      expectOnly('It trims its bond purchases by ¥400bn a quarter.', { type: 'money', text: '¥400bn', value: 400e9, unit: 'JPY' });
      expectOnly('Sales fell by a quarter.', { type: 'percent', text: 'a quarter', value: 25, unit: '%' });
    });
    table([
      ['Economists expect another quarter-point rise.', { type: 'percent', text: 'quarter-point', value: 0.25, unit: 'percentage points' }],
      ['The Fed made the half-point cut.', { type: 'percent', text: 'half-point', value: 0.5, unit: 'percentage points' }],
      ['Its leader, Chuck Schumer, now 75, spoke.', { type: 'quantity', text: '75', value: 75, unit: 'year' }],
    ]);
    it('"now 75" without a name before is no age', () => {
      expectOnly('The total is now 75.', { type: 'number', text: '75', value: 75 });
    });
  });

  describe('the year of a date written without one', () => {
    const february = { referenceDate: '2026-02-20' }; // a Friday
    table([
      // A past event cannot lie ahead of the article: last November.
      ['The court heard arguments in the case on Nov. 5.', { type: 'date', text: 'Nov. 5', value: '2025-11-05' }],
      // An un- verb is a verb ("unveiled"), not an adjective like "unchanged".
      ['It is part of a plan unveiled in November.', { type: 'date', text: 'November', value: '2025-11' }],
      // A present "is on" looks ahead.
      ['The Budget is on Wednesday.', { type: 'date', text: 'Wednesday', value: '2026-02-25' }],
      ['The election is in January.', { type: 'date', text: 'January', value: '2027-01' }],
      // A scheduled sitting in the present: ahead.
      ['Reeves stands up in the Commons on Wednesday.', { type: 'date', text: 'Wednesday', value: '2026-02-25' }],
      ['The Supreme Court hears the case again in January.', { type: 'date', text: 'January', value: '2027-01' }],
    ], february);
    it('"April 2 last year" takes the year named after it', () => {
      expectAll('Trump imposed the tariffs on April 2 last year.', [
        { type: 'date', text: 'April 2', value: '2025-04-02' },
        { type: 'date', text: 'last year', value: '2025' },
      ], february);
      expectAll('It ran until June this year.', [
        { type: 'date', text: 'June', value: '2026-06' },
        { type: 'date', text: 'this year', value: '2026' },
      ], february);
    });
    it('"said" and "was" frame what lies ahead; "from" starts a span', () => {
      expectOnly('Organizers said it was too soon to decide on the Sept. 25 weekend.', { type: 'date', text: 'Sept. 25', value: '2026-09-25' }, february);
      expectAll('It will now be played from 14 October to 26 October.', [
        { type: 'date', text: '14 October', value: '2026-10-14' },
        { type: 'date', text: '26 October', value: '2026-10-26' },
      ], february);
    });
    it('"the 10 elected members": an adjective in -ed dates nothing', () => {
      expectAll('Pakistan, one of the 10 elected members, leaves the council on December 31.', [
        { type: 'number', text: '10 elected members', value: 10, unit: 'members' },
        { type: 'date', text: 'December 31', value: '2026-12-31' },
      ], { referenceDate: '2026-10-01' });
    });
    it('"every July", "each Monday" recur: no value', () => {
      expectOnly('Riders deserve better than a cliff every July.', { type: 'date', text: 'July' }, february);
      expectOnly('They meet each Monday.', { type: 'date', text: 'Monday' }, february);
    });
  });

  describe('furniture, transcripts and the article date', () => {
    it('"last weekend" names no single day: no value', () => {
      expectOnly('You were in South Carolina last weekend.', { type: 'date', text: 'last weekend' });
    });
    it('"3 min" alone on its line is a reading time', () => {
      expectAll('By Jane Doe\n3 min\n\nThe summit lasted 3 min.', [{ type: 'quantity', text: '3 min', value: 3, unit: 'min' }]);
    });
    it('a film\'s "118 mins" under its credits is its length', () => {
      expectOnly('Dir: Niamh Carrow\n118 mins\n', { type: 'quantity', text: '118 mins', value: 118, unit: 'min' });
    });
    it('Hansard\'s "Q1. [907341]" is a question number and reference, no quarter or count', () => {
      expectNone('Q1. [907341] Dr Rosena Allin-Khan (Tooting) (Lab)');
      expectOnly('Profits rose in Q1.', { type: 'date', text: 'Q1' });
    });
    it('a law\'s year before a verb in -s is part of its name', () => {
      expectNone('The Employment Rights Act 2025 gives workers new rights.');
    });
    it('a live blog\'s entry stamps below its "Updated" line do not date the page', () => {
      const blog = 'CNN\nLive Updates\nBy Jane Doe, CNN\nUpdated 1:42 AM EST, Wed November 4, 2026\n\n1 min ago\nPolls closed.\n\n11:58 p.m. ET, November 3, 2026\nKey race alert.\n';
      assert.equal(detectArticleDate(blog)?.date, '2026-11-04');
    });
    it('a Hansard sitting line dates the article', () => {
      assert.equal(detectArticleDate('Volume 776: debated on Wednesday 18 November 2026\n\nPrime Minister\nThe Prime Minister was asked—')?.date, '2026-11-18');
      assert.equal(detectArticleDate('House of Commons, Wednesday 18 November 2026\n\nThis morning I had meetings.')?.date, '2026-11-18');
    });
  });

  describe('a count reads through demonyms and compass words to its noun (names are cut by the merge with the entities)', () => {
    table([
      ['It cut about 4,000 British jobs.', { type: 'number', text: 'about 4,000 British jobs', value: 4000, unit: 'jobs', qualifier: 'approximate' }],
      ['It opened in four East African markets.', { type: 'number', text: 'four East African markets', value: 4, unit: 'markets' }],
      ['It shut 142 UK stores.', { type: 'number', text: '142 UK stores', value: 142, unit: 'stores' }],
      ['Three Democratic senators objected.', { type: 'number', text: 'Three Democratic senators', value: 3, unit: 'senators' }],
    ]);
  });

  describe('seasons and poll shares', () => {
    it('"before winter sets in": a verb after the season keeps it a date', () => {
      expectOnly('Ukraine needs more batteries before winter sets in.', { type: 'date', text: 'winter' });
      expectNone('He sold winter coats.');
    });
    it('"Labour on 18" continues a poll list whose first share has its percent sign', () => {
      expectAll('YouGov has Reform UK on 31%, Labour on 18 and the Greens on 13.', [
        { type: 'percent', text: '31%', value: 31, unit: '%' },
        { type: 'percent', text: '18', value: 18, unit: '%' },
        { type: 'percent', text: '13', value: 13, unit: '%' },
      ]);
      expectAll('Turnout stood on 5% and the meeting on 18 was fine.', [
        { type: 'percent', text: '5%', value: 5, unit: '%' },
        { type: 'number', text: '18', value: 18 },
      ]);
    });
  });

  describe('counted nouns with their "of" complement', () => {
    table([
      ['Around 45 heads of state and government are attending.', { type: 'number', text: 'Around 45 heads of state and government', value: 45, unit: 'heads', qualifier: 'approximate' }],
      ['We had 11 expressions of interest.', { type: 'number', text: '11 expressions of interest', value: 11, unit: 'expressions' }],
      ['He shared three pieces of news.', { type: 'number', text: 'three pieces of news', value: 3, unit: 'pieces' }],
      ['They ate 40 boxes of dates.', { type: 'number', text: '40 boxes', value: 40, unit: 'boxes' }],
      ['Two pieces of the puzzle fit.', { type: 'number', text: 'Two pieces', value: 2, unit: 'pieces' }],
    ]);
  });

  describe('decades', () => {
    table([
      ['Emissions fall by the mid-2030s.', { type: 'date', text: 'mid-2030s' }],
      ['It peaked in the late-1990s.', { type: 'date', text: 'late-1990s' }],
    ]);
  });
  describe('times', () => {
    it('Sky News\' "16:40, UK" at a line\'s end: the zone tag belongs to the time', () => {
      expectAll('Thursday 19 November 2026 16:40, UK\n', [
        { type: 'date', text: 'Thursday 19 November 2026', value: '2026-11-19' },
        { type: 'time', text: '16:40, UK', value: '16:40' },
      ]);
      expectOnly('They met at 16:40, UK officials said.', { type: 'time', text: '16:40', value: '16:40' });
    });
    it('a zone set off by several spaces in a transcript header belongs to the time', () => {
      expectAll('Aired November 15, 2026 - 09:00   ET', [
        { type: 'date', text: 'November 15, 2026', value: '2026-11-15' },
        { type: 'time', text: '09:00   ET', value: '09:00' },
      ]);
    });
  });
});
