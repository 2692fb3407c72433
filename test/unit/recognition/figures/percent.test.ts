import { expectAll, expectOnly, table } from './support';

describe('figures: percent', () => {
  table([
    ['Growth was 3.5% in the quarter.', { type: 'percent', text: '3.5%', value: 3.5, unit: '%' }],
    ['Growth was 3.5 % on the year.', { type: 'percent', text: '3.5 %', value: 3.5, unit: '%' }],
    ['Turnout rose 12 per cent.', { type: 'percent', text: '12 per cent', value: 12, unit: '%' }],
    ['The Nasdaq lost nine-tenths of a percent.', { type: 'percent', text: 'nine-tenths of a percent', value: 0.9, unit: '%' }],
    ['Turnout rose 12 percent.', { type: 'percent', text: '12 percent', value: 12, unit: '%' }],
    ['Turnout rose 12 pc.', { type: 'percent', text: '12 pc', value: 12, unit: '%' }],
    ['Turnout rose 12 pct.', { type: 'percent', text: '12 pct', value: 12, unit: '%' }],
    ['Turnout rose three per cent.', { type: 'percent', text: 'three per cent', value: 3, unit: '%' }],
    ['Turnout rose twenty-five percent.', { type: 'percent', text: 'twenty-five percent', value: 25, unit: '%' }],
    ['It marks a 5 percentage point rise.', { type: 'percent', text: '5 percentage point', value: 5, unit: 'percentage points' }],
    ['It marks a 5-percentage-point rise.', { type: 'percent', text: '5-percentage-point', value: 5, unit: 'percentage points' }],
    ['Support fell 4 percentage points.', { type: 'percent', text: '4 percentage points', value: 4, unit: 'percentage points' }],
    ['Rates rose 50 basis points.', { type: 'percent', text: '50 basis points', value: 50, unit: 'basis points' }],
    ['Rates rose 25bp.', { type: 'percent', text: '25bp', value: 25, unit: 'basis points' }],
    ['a 5-percent stake', { type: 'percent', text: '5-percent', value: 5, unit: '%' }],
    ['Prices rose 20-25%.', { type: 'percent', text: '20-25%', value: 20, max: 25, unit: '%', qualifier: 'range' }],
    ['Prices rose 20%-25%.', { type: 'percent', text: '20%-25%', value: 20, max: 25, unit: '%', qualifier: 'range' }],
    ['Prices rose 20% to 25%.', { type: 'percent', text: '20% to 25%', value: 20, max: 25, unit: '%', qualifier: 'range' }],
    ['Prices rose 20 to 25 per cent.', { type: 'percent', text: '20 to 25 per cent', value: 20, max: 25, unit: '%', qualifier: 'range' }],
    ['Prices rose between 20% and 25%.', { type: 'percent', text: 'between 20% and 25%', value: 20, max: 25, unit: '%', qualifier: 'range' }],
    ['Prices rose nearly 7%.', { type: 'percent', text: 'nearly 7%', value: 7, unit: '%', qualifier: 'approximate' }],
    ['Prices fell less than 1 per cent.', { type: 'percent', text: 'less than 1 per cent', value: 1, unit: '%', qualifier: 'fewer than' }],
    ['Prices fell -0.4%.', { type: 'percent', text: '-0.4%', value: -0.4, unit: '%' }],
  ]);

  it('reads a change "from 20% to 25%" as two figures', () => {
    expectAll('It went from 20% to 25%.', [
      { type: 'percent', text: '20%', value: 20, unit: '%' },
      { type: 'percent', text: '25%', value: 25, unit: '%' },
    ]);
  });

  it('does not take "PCs" for percent', () => {
    expectAll('The school bought 30 PCs.', [{ type: 'number', text: '30 PCs', value: 30, unit: 'pcs' }]);
  });

  it('reads two shares of one whole joined by a dash as two percents, not a range', () => {
    expectAll('Arancibia led 48.2% – 51.8%, within a 20%-25% band.', [
      { type: 'percent', text: '48.2%', value: 48.2, unit: '%' },
      { type: 'percent', text: '51.8%', value: 51.8, unit: '%' },
      { type: 'percent', text: '20%-25%', value: 20, max: 25, unit: '%', qualifier: 'range' },
    ]);
  });

  it('reads "a quarter point" written without a hyphen as a change in percentage points', () => {
    expectOnly('The Fed cut its rate by a quarter point.', { type: 'percent', text: 'a quarter point', value: 0.25, unit: 'percentage points' });
  });
});

