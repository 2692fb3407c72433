// Fractions that state a share are percents (docs/labelled-format.md, "Fractions stating a share").
import { expectAll, expectNone, table } from './support';

describe('figures: shares are percents', () => {
  describe('fractions with "a"', () => {
    table([
      ['The state pays about a quarter of the bill.', { type: 'percent', text: 'about a quarter', value: 25, unit: '%', qualifier: 'approximate' }],
      ['Less than a fifth of schools replied.', { type: 'percent', text: 'Less than a fifth', value: 20, unit: '%', qualifier: 'fewer than' }],
      ['A tenth of the herd was culled.', { type: 'percent', text: 'A tenth', value: 10, unit: '%' }],
      ['An eighth of pupils left.', { type: 'percent', text: 'An eighth', value: 12.5, unit: '%' }],
      ['Nearly a third of flats are empty.', { type: 'percent', text: 'Nearly a third', unit: '%', qualifier: 'approximate' }],
      ['Output has shrunk by a fifth.', { type: 'percent', text: 'a fifth', value: 20, unit: '%' }],
      ['A third opposed the merger.', { type: 'percent', text: 'A third', unit: '%' }],
    ]);

    it('keeps "a third" before a noun an ordinal', () => {
      expectAll('She won a third term and a fifth consecutive title.', [
        { type: 'ordinal', text: 'third', value: 3 },
        { type: 'ordinal', text: 'fifth', value: 5 },
      ]);
    });

    it('reads "a quarter to nine" and "half past 10" as times, not shares', () => {
      expectAll('We left at a quarter to nine and came back at half past 10.', [
        { type: 'time', text: 'a quarter to nine', value: '08:45' },
        { type: 'time', text: 'half past 10', value: '10:30' },
      ]);
    });
  });

  describe('spelled fractions and "one in five"', () => {
    table([
      ['Two-thirds of members agreed.', { type: 'percent', text: 'Two-thirds', unit: '%' }],
      ['Three-quarters of firms hired.', { type: 'percent', text: 'Three-quarters', value: 75, unit: '%' }],
      ['Almost two fifths of the seats changed hands.', { type: 'percent', text: 'Almost two fifths', value: 40, unit: '%', qualifier: 'approximate' }],
      ['One in four drivers had no insurance.', { type: 'percent', text: 'One in four', value: 25, unit: '%' }],
      ['Fewer than one in five patients are treated.', { type: 'percent', text: 'Fewer than one in five', value: 20, unit: '%', qualifier: 'fewer than' }],
      ['Roughly 1 in 10 homes flooded.', { type: 'percent', text: 'Roughly 1 in 10', value: 10, unit: '%', qualifier: 'approximate' }],
      ['One in three voters stayed home.', { type: 'percent', text: 'One in three', unit: '%' }],
    ]);

    it('keeps "three quarters" without "of" a count of periods', () => {
      expectAll('Sales rose in the three quarters to June.', [
        { type: 'number', text: 'three quarters', value: 3, unit: 'quarters' },
        { type: 'date', text: 'June', value: '2025-06' },
      ]);
    });

    it('reads "3 in 10 minutes" as a count and a duration, not a share', () => {
      expectAll('They scored 3 in 10 minutes.', [
        { type: 'number', text: '3', value: 3 },
        { type: 'quantity', text: '10 minutes', value: 10, unit: 'min' },
      ]);
    });
  });

  describe('"half"', () => {
    table([
      ['Half of the staff went home.', { type: 'percent', text: 'Half', value: 50, unit: '%' }],
      ['More than half the budget is spent.', { type: 'percent', text: 'More than half', value: 50, unit: '%', qualifier: 'more than' }],
      ['The harvest fell by about half.', { type: 'percent', text: 'about half', value: 50, unit: '%', qualifier: 'approximate' }],
      ['Waiting lists were cut by half.', { type: 'percent', text: 'half', value: 50, unit: '%' }],
      ['Half a million people left.', { type: 'number', text: 'Half a million people', value: 500_000, unit: 'people' }],
      ['She bought half a dozen boats.', { type: 'number', text: 'half a dozen boats', value: 6, unit: 'boats' }],
      ['The talks lasted half an hour.', { type: 'quantity', text: 'half an hour', value: 0.5, unit: 'h' }],
      ['Rates rose by half a percentage point.', { type: 'percent', text: 'half a percentage point', value: 0.5, unit: 'percentage points' }],
    ]);

    it('does not read a half of a match or period as a share', () => {
      expectAll('He scored in the second half of the game, after half-time.', [{ type: 'ordinal', text: 'second', value: 2 }]);
      expectNone('They took half measures and cut the loaf in half.');
    });
  });

  describe('percentage points', () => {
    table([
      ['The bank made a quarter-point cut.', { type: 'percent', text: 'a quarter-point', value: 0.25, unit: 'percentage points' }],
      ['It was a half-point rise.', { type: 'percent', text: 'a half-point', value: 0.5, unit: 'percentage points' }],
      ['Rates fell by a quarter of a percentage point.', { type: 'percent', text: 'a quarter of a percentage point', value: 0.25, unit: 'percentage points' }],
    ]);
  });

  it('reads "X out of Y" and a spelled count of a written total as shares', () => {
    expectAll('Nine out of 10 children were vaccinated, and one in 10 adults.', [
      { type: 'percent', text: 'Nine out of 10', value: 90, unit: '%' },
      { type: 'percent', text: 'one in 10', value: 10, unit: '%' },
    ]);
  });
});
