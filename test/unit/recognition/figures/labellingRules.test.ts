// Further rules of docs/labelled-format.md: relative and named dates, reporting periods, numbers in
// names and addresses, scores, multipliers, spoken numbers, clock words and ordinals that are not ranks.
import * as assert from 'node:assert/strict';
import { HOLIDAYS } from '../../../../src/core/recognition/figures/holidays';
import { TRIGGERS } from '../../../../src/core/recognition/figures/lexicon';
import { expectAll, expectNone, table } from './support';

describe('figures: labelling rules', () => {
  describe('seasons, named days and reporting periods are dates', () => {
    table([
      ['Norway will decide by the summer.', { type: 'date', text: 'summer' }],
      ['Work stops during the winter, they said.', { type: 'date', text: 'winter' }],
      ['The plant opens in spring 2027.', { type: 'date', text: 'spring 2027' }],
      ['Sales fell this autumn.', { type: 'date', text: 'this autumn' }],
      ['They were relegated last season.', { type: 'date', text: 'last season' }],
      ['Profit rose next quarter, it said.', { type: 'date', text: 'next quarter' }],
      ['Roses sell out before Valentine\'s Day.', { type: 'date', text: 'Valentine\'s Day', value: '2026-02-14' }],
      // A January article: the Christmas Eve just past.
      ['Shops shut on Christmas Eve.', { type: 'date', text: 'Christmas Eve', value: '2025-12-24' }],
      ['Results come with Q3 figures.', { type: 'date', text: 'Q3' }],
      ['The outlook for Q4 2026 is weak.', { type: 'date', text: 'Q4 2026' }],
      ['The FY2027 plan was cut.', { type: 'date', text: 'FY2027' }],
      ['Revenue for fiscal 2027 will rise.', { type: 'date', text: 'fiscal 2027' }],
      ['The council set its 2026/27 budget.', { type: 'date', text: '2026/27', value: '2026', qualifier: 'range' }],
    ]);

    it('does not read a season used as a modifier or in a name, nor a holiday in a place name', () => {
      expectNone('The summer recess and winter storms; the Arab Spring; a trip to Easter Island.');
    });

    it('reads a holiday used as a modifier', () => {
      expectAll('Valentine\'s Day roses and Christmas shopping', [
        { type: 'date', text: 'Valentine\'s Day', value: '2026-02-14' },
        { type: 'date', text: 'Christmas', value: '2025-12-25' },
      ]);
    });

    it('has a trigger word for every named day', () => {
      for (const first of HOLIDAYS.keys()) assert.equal(TRIGGERS.lookup(first)?.kind, 'holiday', first);
    });

    it('reads each day of a listed or paired date', () => {
      expectAll('Markets open on Sept. 5 and 6, and the fair runs from 9 to 11 June.', [
        { type: 'date', text: 'Sept. 5', value: '2026-09-05' },
        { type: 'date', text: '6', value: '2026-09-06' },
        { type: 'date', text: '9', value: '2026-06-09' },
        { type: 'date', text: '11 June', value: '2026-06-11' },
      ]);
    });
  });

  describe('the tense of the sentence picks the weekday or month a date means', () => {
    // The reference date is Wednesday 7 January 2026.
    table([
      ['The committee will meet on Friday.', { type: 'date', text: 'Friday', value: '2026-01-09' }],
      ['Talks are scheduled to resume Monday.', { type: 'date', text: 'Monday', value: '2026-01-12' }],
      ['Officials met on Friday.', { type: 'date', text: 'Friday', value: '2026-01-02' }],
      ['Parliament will debate it in November.', { type: 'date', text: 'November', value: '2026-11' }],
      ['Regulators are expected to decide by March.', { type: 'date', text: 'March', value: '2026-03' }],
      ['Sales were weak in June.', { type: 'date', text: 'June', value: '2025-06' }],
      // Regular and irregular past forms, unless "be" makes them passive or future.
      ['Ishiba stepped down in September.', { type: 'date', text: 'September', value: '2025-09' }],
      ['France, who beat Wales in Cardiff on Friday night, top the table.', { type: 'date', text: 'Friday', value: '2026-01-02' }],
      ['The results will be announced on Friday.', { type: 'date', text: 'Friday', value: '2026-01-09' }],
      ['The ceremony will be held in March.', { type: 'date', text: 'March', value: '2026-03' }],
      ['The school will stay closed on Monday.', { type: 'date', text: 'Monday', value: '2026-01-12' }],
      ['The final has been moved to Sunday.', { type: 'date', text: 'Sunday', value: '2026-01-11' }],
      ['It will not have gone unnoticed by the coach, who names his squad in May.', { type: 'date', text: 'May', value: '2026-05' }],
      // A present progressive looks ahead; a possessive before a verb in -ing does not.
      ["He's leaving for Mar-a-Lago on Friday.", { type: 'date', text: 'Friday', value: '2026-01-09' }],
      ["China's licensing regime, which since Monday has covered rare earths.", { type: 'date', text: 'Monday', value: '2026-01-05' }],
      ['Dorm rooms are free of charge starting Tuesday.', { type: 'date', text: 'Tuesday', value: '2026-01-13' }],
      ['The treaty was signed long ago and expires in December.', { type: 'date', text: 'December', value: '2026-12' }],
      ['Drivers should avoid the M4 on Saturday.', { type: 'date', text: 'Saturday', value: '2026-01-10' }],
      ['The Legislature returns to St. Paul on Feb. 16.', { type: 'date', text: 'Feb. 16', value: '2026-02-16' }],
      ['The Senate pushed ahead Wednesday with the bill.', { type: 'date', text: 'Wednesday', value: '2026-01-07' }],
      ['By October it was clear.', { type: 'date', text: 'October', value: '2025-10' }],
    ]);

    it('gives the first end of a date range the year written on the second', () => {
      expectAll('The shutdown ran from Oct. 1 to Nov. 12, 2025, and the freeze from Dec. 20 to Jan. 5, 2026.', [
        { type: 'date', text: 'Oct. 1', value: '2025-10-01' },
        { type: 'date', text: 'Nov. 12, 2025', value: '2025-11-12' },
        { type: 'date', text: 'Dec. 20', value: '2025-12-20' },
        { type: 'date', text: 'Jan. 5, 2026', value: '2026-01-05' },
      ]);
    });

    it('reads the tense within the sentence only, past decimals and abbreviations', () => {
      expectAll('Rates will rise. Inflation fell to 2.1 per cent, from 3.4 per cent in September.', [
        { type: 'percent', text: '2.1 per cent', value: 2.1, unit: '%' },
        { type: 'percent', text: '3.4 per cent', value: 3.4, unit: '%' },
        { type: 'date', text: 'September', value: '2025-09' },
      ]);
      expectAll('The U.S. team will fly out on Sunday.', [{ type: 'date', text: 'Sunday', value: '2026-01-11' }]);
    });
  });

  describe('numbers in names, addresses and scores', () => {
    const names = [
      'Protesters gathered outside 10 Downing Street.',
      'They met near 10 Downing Street.',
      'The office is at 221 Baker St in London.',
      'Articles 5 and 6 apply, as do junctions 4 to 5.',
      'The 737 MAX was grounded.',
      'He stood outside number 10.',
      'City lost 1-2 at home and Villa suffered a 0-3 defeat.',
    ];
    for (const sentence of names) it(`no figure in: ${sentence}`, () => expectNone(sentence));

    it('still reads a range that is not a result', () => {
      expectAll('Only 1-2 per cent of voters changed sides.', [{ type: 'percent', text: '1-2 per cent', value: 1, max: 2, unit: '%', qualifier: 'range' }]);
    });
  });

  describe('a change and a level are not a range', () => {
    it('reads "rose X to Y" with far-apart bounds as two figures', () => {
      expectAll('Shares fell 4.3% to 312p and oil rose $1.20 to $84.50.', [
        { type: 'percent', text: '4.3%', value: 4.3, unit: '%' },
        { type: 'money', text: '312p', value: 3.12, unit: 'GBP' },
        { type: 'money', text: '$1.20', value: 1.2, unit: 'USD' },
        { type: 'money', text: '$84.50', value: 84.5, unit: 'USD' },
      ]);
    });

    it('keeps close bounds after a verb of change a range', () => {
      expectAll('Prices rose 20 to 25 per cent.', [{ type: 'percent', text: '20 to 25 per cent', value: 20, max: 25, unit: '%', qualifier: 'range' }]);
    });
  });

  describe('multipliers and frequencies are not figures', () => {
    for (const sentence of ['Prices rose three times in a year.', 'It is 4 times faster.', 'A one-time fee was charged.']) {
      it(`no figure in: ${sentence}`, () => expectNone(sentence));
    }
  });

  describe('spoken numbers', () => {
    table([
      ['Inflation is two point five percent.', { type: 'percent', text: 'two point five percent', value: 2.5, unit: '%' }],
      ['About three point two million people voted.', { type: 'number', text: 'About three point two million people', value: 3_200_000, unit: 'people', qualifier: 'approximate' }],
      ['It took one and a half years.', { type: 'quantity', text: 'one and a half years', value: 1.5, unit: 'year' }],
      ['The strike lasted two-and-a-half hours.', { type: 'quantity', text: 'two-and-a-half hours', value: 2.5, unit: 'h' }],
    ]);

    it('does not count "one" in "at one point"', () => {
      expectAll('At one point 40 people waited.', [{ type: 'number', text: '40 people', value: 40, unit: 'people' }]);
    });
  });

  describe('clock words', () => {
    table([
      ['By nine o\'clock the quay was full.', { type: 'time', text: 'nine o\'clock', value: '09:00' }],
      ['Questions begin at 12 noon.', { type: 'time', text: '12 noon', value: '12:00' }],
      ['The deadline is twelve midnight.', { type: 'time', text: 'twelve midnight', value: '00:00' }],
      ['It is twenty past seven on the show.', { type: 'time', text: 'twenty past seven', value: '07:20' }],
    ]);
  });

  describe('ordinals that are not ranks', () => {
    it('does not read the verb "second" as an ordinal', () => {
      expectNone('Norway will "second engineers" and may second staff, and MPs voted to second the motion.');
    });

    it('keeps "second" before a noun after "to"', () => {
      expectAll('She moved up to second place.', [{ type: 'ordinal', text: 'second', value: 2 }]);
    });

    it('does not read the adverb "first" as an ordinal, but keeps ranks and list openers', () => {
      expectAll('At first, nobody asked them to pay first. She came first. First, cut the debt.', [
        { type: 'ordinal', text: 'first', value: 1 },
        { type: 'ordinal', text: 'First', value: 1 },
      ]);
    });
  });

  describe('units of medicine, batteries and engines', () => {
    table([
      ['Pressure fell by 7.2 mmHg.', { type: 'quantity', text: '7.2 mmHg', value: 7.2, unit: 'mmHg' }],
      ['Cholesterol fell by 0.6 mmol/L.', { type: 'quantity', text: '0.6 mmol/L', value: 0.6, unit: 'mmol/L' }],
      ['Glucose was 90 mg/dL.', { type: 'quantity', text: '90 mg/dL', value: 90, unit: 'mg/dL' }],
      ['It has a 20,000mAh battery.', { type: 'quantity', text: '20,000mAh', value: 20_000, unit: 'mAh' }],
      ['The engine makes 150bhp.', { type: 'quantity', text: '150bhp', value: 150, unit: 'hp' }],
      ['The flat has 80 sq m of space.', { type: 'quantity', text: '80 sq m', value: 80, unit: 'm²' }],
      ['The chips use a 3nm process.', { type: 'quantity', text: '3nm', value: 3, unit: 'nm' }],
    ]);
  });
});
