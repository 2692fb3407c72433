// Span rules of docs/labelled-format.md: which hedges and neighbours belong to a figure.
import { expectAll, table } from './support';

describe('figures: span rules', () => {
  describe('hedges of the labelling rules', () => {
    table([
      ['The cost is closer to $3 billion.', { type: 'money', text: 'closer to $3 billion', value: 3e9, unit: 'USD', qualifier: 'approximate' }],
      ['It has a little under 9GW of capacity.', { type: 'quantity', text: 'a little under 9GW', value: 9, unit: 'GW', qualifier: 'fewer than' }],
      ['A little over 300 people came.', { type: 'number', text: 'A little over 300 people', value: 300, unit: 'people', qualifier: 'more than' }],
      ['Prices are near 40 dollars.', { type: 'money', text: 'near 40 dollars', value: 40, unit: 'USD', qualifier: 'approximate' }],
      ['The deal is just shy of £1bn.', { type: 'money', text: 'just shy of £1bn', value: 1e9, unit: 'GBP', qualifier: 'fewer than' }],
    ]);

    it('keeps "an estimated" out of the span but reads it as approximate', () => {
      expectAll('Police put the crowd at an estimated 2,000.', [{ type: 'number', text: '2,000', value: 2000, qualifier: 'approximate' }]);
    });

    it('does not take "about" after a verb of speech or thought as a hedge', () => {
      expectAll('They were talking about two berths, and about 40 ships waited.', [
        { type: 'number', text: 'two berths', value: 2, unit: 'berths' },
        { type: 'number', text: 'about 40 ships', value: 40, unit: 'ships', qualifier: 'approximate' },
      ]);
    });

    it('keeps "minus" of "plus or minus" out of the amount', () => {
      expectAll('Sales will be $4bn, plus or minus 3%.', [
        { type: 'money', text: '$4bn', value: 4e9, unit: 'USD' },
        { type: 'percent', text: '3%', value: 3, unit: '%' },
      ]);
    });

    it('keeps a trailing "or more" or "or older" out of the span unless a noun follows it', () => {
      expectAll('Adults 65 or older, 30 or more sites and 12 sites or more.', [
        { type: 'number', text: '65', value: 65, qualifier: 'at least' },
        { type: 'number', text: '30 or more sites', value: 30, unit: 'sites', qualifier: 'at least' },
        { type: 'number', text: '12 sites', value: 12, unit: 'sites', qualifier: 'at least' },
      ]);
    });
  });

  describe('"over" before a duration', () => {
    it('is "during" after an amount or at the start of a clause', () => {
      expectAll('The fund pays £90m over three years. Over two decades, it grew.', [
        { type: 'money', text: '£90m', value: 9e7, unit: 'GBP' },
        { type: 'quantity', text: 'three years', value: 3, unit: 'year' },
        { type: 'quantity', text: 'two decades', value: 2, unit: 'decade' },
      ]);
    });

    it('is "more than" after "for", "took" or before "ago"', () => {
      expectAll('She led it for over six years; it took over an hour and over 3 days passed.', [
        { type: 'quantity', text: 'over six years', value: 6, unit: 'year', qualifier: 'more than' },
        { type: 'quantity', text: 'over 3 days', value: 3, unit: 'day', qualifier: 'more than' },
      ]);
    });

    it('stays "more than" before a count', () => {
      expectAll('Over 30 countries signed.', [{ type: 'number', text: 'Over 30 countries', value: 30, unit: 'countries', qualifier: 'more than' }]);
    });
  });

  describe('dates and times are separate from parts of the day and "local time"', () => {
    table([
      ['The vote was on Friday morning.', { type: 'date', text: 'Friday', value: '2026-01-02' }],
      ['They met last Monday night.', { type: 'date', text: 'last Monday', value: '2026-01-05' }],
      ['It opened at 10:45 local time.', { type: 'time', text: '10:45', value: '10:45' }],
      ['It opened at 8.15 a.m. local time.', { type: 'time', text: '8.15 a.m.', value: '08:15' }],
      ['It opened at 0915 local time.', { type: 'time', text: '0915', value: '09:15' }],
      ['It opened at 10:45 Moscow time.', { type: 'time', text: '10:45 Moscow time', value: '10:45' }],
    ]);
  });

  describe('counted nouns with compound modifiers', () => {
    table([
      ['They tested three blood-pressure drugs.', { type: 'number', text: 'three blood-pressure drugs', value: 3, unit: 'drugs' }],
      ['It ran in four very different school systems.', { type: 'number', text: 'four very different school systems', value: 4, unit: 'systems' }],
      ['The storm left 3 dead.', { type: 'number', text: '3 dead', value: 3, unit: 'dead' }],
      ['Some 40 missing were found.', { type: 'number', text: 'Some 40 missing', value: 40, unit: 'missing', qualifier: 'approximate' }],
    ]);

    it('does not count a unit reached through modifiers', () => {
      expectAll('After 12 very long hours it ended.', [{ type: 'number', text: '12', value: 12 }]);
    });
  });
});
