import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, expectOnly, table } from './support';

const NO_REFERENCE = {};

describe('figures: dates', () => {
  describe('explicit dates (British and American)', () => {
    table([
      ['Talks opened on 6 January 2026 in Paris.', { type: 'date', text: '6 January 2026', value: '2026-01-06' }],
      ['The hearing is set for November ninth, 2026.', { type: 'date', text: 'November ninth, 2026', value: '2026-11-09' }],
      ['Talks opened on 6th January 2026.', { type: 'date', text: '6th January 2026', value: '2026-01-06' }],
      ['Talks opened on the 6th of January 2026.', { type: 'date', text: '6th of January 2026', value: '2026-01-06' }],
      ['Talks opened on January 7, 2026, in Paris.', { type: 'date', text: 'January 7, 2026', value: '2026-01-07' }],
      ['Talks opened on January 7 2026 in Paris.', { type: 'date', text: 'January 7 2026', value: '2026-01-07' }],
      ['Talks opened on January 7th, 2026.', { type: 'date', text: 'January 7th, 2026', value: '2026-01-07' }],
      ['Talks opened on Sept. 9, 2025.', { type: 'date', text: 'Sept. 9, 2025', value: '2025-09-09' }],
      ['Talks opened on 9 Sept 2025.', { type: 'date', text: '9 Sept 2025', value: '2025-09-09' }],
      ['TALKS OPENED ON JANUARY 7, 2026.', { type: 'date', text: 'JANUARY 7, 2026', value: '2026-01-07' }],
      ['The file is dated 2026-01-07.', { type: 'date', text: '2026-01-07', value: '2026-01-07' }],
      ['Leap day 29 February 2024 passed.', { type: 'date', text: '29 February 2024', value: '2024-02-29' }],
      ['Talks ran 6-7 January 2026.', { type: 'date', text: '6-7 January 2026', value: '2026-01-06', qualifier: 'range' }],
      ['Talks ran January 6-7, 2026.', { type: 'date', text: 'January 6-7, 2026', value: '2026-01-06', qualifier: 'range' }],
      ['The vote came in March 2025.', { type: 'date', text: 'March 2025', value: '2025-03' }],
      ['The vote came in May 2025.', { type: 'date', text: 'May 2025', value: '2025-05' }],
      ['The vote came in September of 2025.', { type: 'date', text: 'September of 2025', value: '2025-09' }],
    ]);

    it('rejects impossible days', () => {
      expectAll('On 31 February 2026 nothing happened.', [
        { type: 'number', text: '31', value: 31 },
        { type: 'date', text: 'February 2026', value: '2026-02' },
      ]);
    });

    it('takes the article year for a date without one, or the year before when that is over nine months ahead', () => {
      expectOnly('on Jan. 7 the talks', { type: 'date', text: 'Jan. 7', value: '2026-01-07' });
      expectOnly('on 7 Jan the talks', { type: 'date', text: '7 Jan', value: '2026-01-07' });
      expectOnly('on March 3 the talks', { type: 'date', text: 'March 3', value: '2026-03-03' });
      expectOnly('since Dec. 28 they met', { type: 'date', text: 'Dec. 28', value: '2025-12-28' });
      expectOnly('by August 30 they meet', { type: 'date', text: 'August 30', value: '2026-08-30' });
    });

    it('gives no value to a date without year when the article date is unknown', () => {
      expectOnly('on 7 Jan the talks', { type: 'date', text: '7 Jan' }, NO_REFERENCE);
    });

    it('joins a weekday to the date that follows it', () => {
      expectOnly('Wednesday, January 7, 2026', { type: 'date', text: 'Wednesday, January 7, 2026', value: '2026-01-07' });
      expectOnly('on Tuesday 6 January 2026 at the palace', { type: 'date', text: 'Tuesday 6 January 2026', value: '2026-01-06' });
      expectOnly('Tue, 6 Jan 2026', { type: 'date', text: 'Tue, 6 Jan 2026', value: '2026-01-06' });
    });
  });

  describe('slash dates', () => {
    it('gives a value when only one reading is possible', () => {
      expectOnly('Filed 13/01/2026.', { type: 'date', text: '13/01/2026', value: '2026-01-13' });
      expectOnly('Filed 01/13/2026.', { type: 'date', text: '01/13/2026', value: '2026-01-13' });
    });

    it('leaves an ambiguous date without value when the text gives no clue', () => {
      expectOnly('Filed 07/01/2026.', { type: 'date', text: '07/01/2026' }, NO_REFERENCE);
    });

    it('reads day-first in British text and month-first in American text', () => {
      const british = findFigures('Filed 07/01/2026. The defence programme was signed on 6 January.', NO_REFERENCE);
      assert.equal(british[0].value, '2026-01-07');
      const american = findFigures('Filed 07/01/2026. The defense program was signed on January 6.', NO_REFERENCE);
      assert.equal(american[0].value, '2026-07-01');
    });
  });

  describe('weekdays and relative dates against the article date (Wednesday 2026-01-07)', () => {
    table([
      ['Leaders met on Tuesday.', { type: 'date', text: 'Tuesday', value: '2026-01-06' }],
      ['Leaders met on Tuesday night.', { type: 'date', text: 'Tuesday', value: '2026-01-06' }],
      ["Leaders met at Tuesday's summit.", { type: 'date', text: 'Tuesday', value: '2026-01-06' }],
      ['Leaders meet on Wednesday.', { type: 'date', text: 'Wednesday', value: '2026-01-07' }],
      ['Leaders met on Thursday.', { type: 'date', text: 'Thursday', value: '2026-01-01' }],
      ['Leaders met last Tuesday.', { type: 'date', text: 'last Tuesday', value: '2026-01-06' }],
      ['Leaders met last Wednesday.', { type: 'date', text: 'last Wednesday', value: '2025-12-31' }],
      ['Leaders meet next Tuesday.', { type: 'date', text: 'next Tuesday', value: '2026-01-13' }],
      ['Leaders meet next Thursday.', { type: 'date', text: 'next Thursday', value: '2026-01-08' }],
      ['Leaders meet this Friday.', { type: 'date', text: 'this Friday', value: '2026-01-09' }],
      ['Leaders met yesterday.', { type: 'date', text: 'yesterday', value: '2026-01-06' }],
      ['Leaders met yesterday evening.', { type: 'date', text: 'yesterday', value: '2026-01-06' }],
      ['Leaders meet today.', { type: 'date', text: 'today', value: '2026-01-07' }],
      ['Leaders meet tonight.', { type: 'date', text: 'tonight', value: '2026-01-07' }],
      ['Leaders meet tomorrow.', { type: 'date', text: 'tomorrow', value: '2026-01-08' }],
      ['Leaders met last night.', { type: 'date', text: 'last night', value: '2026-01-06' }],
      ['Leaders met this morning.', { type: 'date', text: 'this morning', value: '2026-01-07' }],
      ['Leaders met last week.', { type: 'date', text: 'last week' }],
      ['Leaders meet next week.', { type: 'date', text: 'next week' }],
      ['Leaders meet this week.', { type: 'date', text: 'this week' }],
      ['Leaders met last weekend.', { type: 'date', text: 'last weekend' }], // a weekend names no single day, as dev labels it
      ['Leaders met last month.', { type: 'date', text: 'last month', value: '2025-12' }],
      ['Leaders meet next month.', { type: 'date', text: 'next month', value: '2026-02' }],
      ['Leaders met last year.', { type: 'date', text: 'last year', value: '2025' }],
      ['Leaders meet next year.', { type: 'date', text: 'next year', value: '2027' }],
      ['Leaders meet this year.', { type: 'date', text: 'this year', value: '2026' }],
      ['Leaders meet in March.', { type: 'date', text: 'March', value: '2026-03' }],
      ['Leaders met last March.', { type: 'date', text: 'last March', value: '2025-03' }],
      ['Leaders meet next March.', { type: 'date', text: 'next March', value: '2026-03' }],
      ['Leaders met in December.', { type: 'date', text: 'December', value: '2025-12' }],
      ['Prices have risen since October.', { type: 'date', text: 'October', value: '2025-10' }],
      ['Prices have risen since March.', { type: 'date', text: 'March', value: '2025-03' }],
      ['Prices have risen since 12 March.', { type: 'date', text: '12 March', value: '2025-03-12' }],
      ['Prices have risen since Jan. 5.', { type: 'date', text: 'Jan. 5', value: '2026-01-05' }],
      ['Leaders meet in mid-February.', { type: 'date', text: 'mid-February', value: '2026-02' }],
      ['Leaders met three days ago.', { type: 'date', text: 'three days ago', value: '2026-01-04' }],
      ['Leaders met two weeks ago.', { type: 'date', text: 'two weeks ago', value: '2025-12-24' }],
      ['Leaders met 10 years ago.', { type: 'date', text: '10 years ago', value: '2016' }],
    ]);

    it('leaves relative dates without value when the article date is unknown', () => {
      expectAll('They met on Tuesday and last week, yesterday, in March.', [
        { type: 'date', text: 'Tuesday' },
        { type: 'date', text: 'last week' },
        { type: 'date', text: 'yesterday' },
        { type: 'date', text: 'March' },
      ], NO_REFERENCE);
    });

    it('ignores a malformed reference date instead of failing', () => {
      expectOnly('They met yesterday.', { type: 'date', text: 'yesterday' }, { referenceDate: 'not a date' });
      expectOnly('They met yesterday.', { type: 'date', text: 'yesterday' }, { referenceDate: '2026-02-30' });
    });

    it('accepts a reference with a time part', () => {
      expectOnly('They met yesterday.', { type: 'date', text: 'yesterday', value: '2026-01-06' }, { referenceDate: '2026-01-07T10:00:00Z' });
    });

    it('resolves across a year boundary', () => {
      expectOnly('They met on Friday.', { type: 'date', text: 'Friday', value: '2025-12-26' }, { referenceDate: '2025-12-31' });
      expectOnly('They meet tomorrow.', { type: 'date', text: 'tomorrow', value: '2026-01-01' }, { referenceDate: '2025-12-31' });
      expectOnly('They met last month.', { type: 'date', text: 'last month', value: '2025-12' }, { referenceDate: '2026-01-15' });
    });

    it('does not read abbreviated weekdays without a date, nor newspaper names', () => {
      expectNone('The Sun reported that Sat and Wed are off; USA Today agreed.');
    });

    it('does not read spans of time as calendar references', () => {
      expectNone('Over the last week and the next year, this plan holds.');
    });
  });

  describe('years', () => {
    table([
      ['The law passed in 2025.', { type: 'date', text: '2025', value: '2025' }],
      ['Fighting has raged since 2014.', { type: 'date', text: '2014', value: '2014' }],
      ['He won the 2024 election.', { type: 'date', text: '2024', value: '2024' }],
      ["Russia's 2022 invasion changed that.", { type: 'date', text: '2022', value: '2022' }],
      ['Growth slowed by mid-2025.', { type: 'date', text: 'mid-2025', value: '2025' }],
      ['Prices rose in early 2025.', { type: 'date', text: '2025', value: '2025' }],
      ['The budget for 2025-26 is set.', { type: 'date', text: '2025-26', value: '2025', qualifier: 'range' }],
      ['Bands of the 1990s returned.', { type: 'date', text: '1990s', value: undefined }],
      ["Music of the '90s returned.", { type: 'date', text: "'90s", value: undefined }],
      ['The film (2021) won.', { type: 'date', text: '2021', value: '2021' }],
      ['The end of 2025 is near.', { type: 'date', text: '2025', value: '2025' }],
    ]);

    it('reads a span of years written with a dash as two dates, but a season or fiscal year as one', () => {
      expectAll('The mandate ran 2014-2020, warmer than the 1850–1900 baseline.', [
        { type: 'date', text: '2014', value: '2014' },
        { type: 'date', text: '2020', value: '2020' },
        { type: 'date', text: '1850', value: '1850' },
        { type: 'date', text: '1900', value: '1900' },
      ]);
      expectOnly('The 2026-2027 season starts soon.', { type: 'date', text: '2026-2027', value: '2026', qualifier: 'range' });
    });

    it('reads both years of "from 2014 to 2020"', () => {
      expectAll('It grew from 2014 to 2020.', [
        { type: 'date', text: '2014', value: '2014' },
        { type: 'date', text: '2020', value: '2020' },
      ]);
    });

    it('does not take a bare four-digit number for a year without a year context', () => {
      expectNone('Paris, 2026 (Agencies) and code 1999.');
    });

    it('counts rather than dates a number of things after "of"', () => {
      expectOnly('a force of 1500 troops', { type: 'number', text: '1500 troops', value: 1500, unit: 'troops' });
    });
  });

  describe('bare month names', () => {
    it('needs a date context for months that are also words or names', () => {
      expectNone('Theresa May said troops may march. April Jones and June Carter spoke, as did May Day crowds.');
    });

    it('accepts context words before ambiguous months', () => {
      expectAll('in May, since June, until April, by August, in March and April', [
        { type: 'date', text: 'May', value: '2026-05' },
        { type: 'date', text: 'June', value: '2025-06' },
        { type: 'date', text: 'April', value: '2026-04' },
        { type: 'date', text: 'August', value: '2026-08' },
        { type: 'date', text: 'March', value: '2026-03' },
        { type: 'date', text: 'April', value: '2026-04' },
      ]);
    });

    it('ignores lower-case month words and abbreviations without a day', () => {
      expectNone('They march on; the Jan meeting; a dec vote.');
    });
  });

  it('reads a spelled-out day after a month, but not an ordinal before a noun', () => {
    expectOnly('The hearing is set for November ninth.', { type: 'date', text: 'November ninth', value: '2026-11-09' }, { referenceDate: '2026-09-04' });
    const found = findFigures('In May second place went to Jones.', { referenceDate: '2026-09-04' });
    assert.deepEqual(found.map((m) => m.text), ['May', 'second']);
  });

  it('reads years in timelines and before a singular noun, and European dotted dates', () => {
    expectAll('2019: Arkvale is founded. The 2026 harvest fell, as the split 1982 decision stands, on 11.11.2026.', [
      { type: 'date', text: '2019', value: '2019' },
      { type: 'date', text: '2026', value: '2026' },
      { type: 'date', text: '1982', value: '1982' },
      { type: 'date', text: '11.11.2026', value: '2026-11-11' },
    ]);
    expectOnly('Some 1500 troops were sent.', { type: 'number', text: 'Some 1500 troops', value: 1500, unit: 'troops', qualifier: 'approximate' });
  });

  it('resolves weekdays in warnings, timetables and spans that end ahead to the coming week', () => {
    const reference = { referenceDate: '2026-08-15' };
    expectAll('A red flag warning runs from 11 a.m. Sunday to 8 p.m. Monday.', [
      { type: 'time', text: '11 a.m.', value: '11:00' },
      { type: 'date', text: 'Sunday', value: '2026-08-16' },
      { type: 'time', text: '8 p.m.', value: '20:00' },
      { type: 'date', text: 'Monday', value: '2026-08-17' },
    ], reference);
    expectOnly('Flags fly at half-staff through Sunday.', { type: 'date', text: 'Sunday', value: '2026-08-16' }, reference);
    expectOnly('The minister said on Sunday that talks failed.', { type: 'date', text: 'Sunday', value: '2026-08-09' }, reference);
  });

  it('moves a date without year that lies well before the article to next year when its sentence looks ahead', () => {
    const reference = { referenceDate: '2026-11-19' };
    expectOnly('The bill would keep the government funded through Jan. 30.', { type: 'date', text: 'Jan. 30', value: '2027-01-30' }, reference);
    expectOnly('The ceremony will be held March 15 in Los Angeles.', { type: 'date', text: 'March 15', value: '2027-03-15' }, reference);
    expectOnly('The summit is set for 12 January.', { type: 'date', text: '12 January', value: '2027-01-12' }, reference);
    expectOnly('The company said on March 15 that sales rose.', { type: 'date', text: 'March 15', value: '2026-03-15' }, reference);
    expectOnly('Talks will resume on November 2.', { type: 'date', text: 'November 2', value: '2026-11-02' }, reference);
  });

  it('reads a year before the plurals a year qualifies ("1990 levels"), not before counted things', () => {
    expectAll('Emissions fell 40% compared with 1990 levels, at 2019 prices; he sold 2000 shares.', [
      { type: 'percent', text: '40%', value: 40, unit: '%' },
      { type: 'date', text: '1990', value: '1990' },
      { type: 'date', text: '2019', value: '2019' },
      { type: 'number', text: '2000 shares', value: 2000, unit: 'shares' },
    ]);
  });

  it('reads no past tense into a compound adjective ending in -ed ("a two-legged play-off in February")', () => {
    const reference = { referenceDate: '2026-11-24' };
    const found = findFigures('Those finishing ninth face a two-legged play-off in February.', reference);
    assert.equal(found.find((f) => f.text === 'February')?.value, '2027-02');
    assert.equal(findFigures('The report was published in March.', reference).find((f) => f.text === 'March')?.value, '2026-03');
  });

  it('puts a weekday\'s date without year in the year where the day falls on that weekday', () => {
    const reference = { referenceDate: '2026-11-20' };
    expectOnly('Collections on Friday 1 January move.', { type: 'date', text: 'Friday 1 January', value: '2027-01-01' }, reference);
    expectOnly('The vote was held on Tuesday, December 30.', { type: 'date', text: 'Tuesday, December 30', value: '2025-12-30' }, reference);
    expectOnly('The road closes on Tuesday 24 November.', { type: 'date', text: 'Tuesday 24 November', value: '2026-11-24' }, reference);
  });

  it('reads a weekday heading a forecast line as the coming one', () => {
    const reference = { referenceDate: '2026-11-20' };
    expectAll('Outlook\nSunday: Rain, heavy at times.\nMonday: Showers.', [
      { type: 'date', text: 'Sunday', value: '2026-11-22' },
      { type: 'date', text: 'Monday', value: '2026-11-23' },
    ], reference);
  });

  it('reads weekdays after "as early as" and in fixture lists as the coming ones', () => {
    const reference = { referenceDate: '2026-11-19' };
    expectOnly('Thune said he hoped to hold a vote as early as Friday afternoon.', { type: 'date', text: 'Friday', value: '2026-11-20' }, reference);
    expectOnly('Nuggets: Host the Los Angeles Lakers on Sunday.', { type: 'date', text: 'Sunday', value: '2026-11-22' }, reference);
    expectOnly('Arsenal face Chelsea on Saturday.', { type: 'date', text: 'Saturday', value: '2026-11-21' }, reference);
  });

  it('reads "was booked" before a weekday as an arrest that happened, and a US address block as no year', () => {
    const reference = { referenceDate: '2026-08-18' };
    expectOnly('He was booked into the county jail on Monday and is being held.', { type: 'date', text: 'Monday', value: '2026-08-17' }, reference);
    expectOnly('Seats are booked for Monday.', { type: 'date', text: 'Monday', value: '2026-08-24' }, reference);
    expectNone('Officers were called to the 2100 block of J Street.');
  });
});
