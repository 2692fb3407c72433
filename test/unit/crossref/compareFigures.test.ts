import assert from 'node:assert/strict';
import { compareFigures, figureClass, type FigureFacts } from '../../../src/core/crossref/figures/compareFigures';
import { lookupUnit, convertUnit } from '../../../src/core/crossref/figures/units';
import { nounClass, countSubject, eventNear } from '../../../src/core/crossref/figures/nouns';
import { roundingHalfStep, describeFigure } from '../../../src/core/crossref/figures/format';

const count = (value: number, unit?: string, extra: Partial<FigureFacts> = {}): FigureFacts => ({ type: 'number', value, unit, text: String(value), ...extra });
const quantity = (text: string, value: number, unit: string, extra: Partial<FigureFacts> = {}): FigureFacts => ({ type: 'quantity', value, unit, text, ...extra });
const money = (text: string, value: number, unit: string): FigureFacts => ({ type: 'money', value, unit, text });
const date = (value: string): FigureFacts => ({ type: 'date', value, text: value });

function verdict(a: FigureFacts, b: FigureFacts): string | undefined {
  return compareFigures(a, b)?.verdict;
}

describe('crossref compareFigures', () => {
  describe('counts and counted nouns', () => {
    it('flags 26 nations vs 35 countries as differing, with the difference', () => {
      const result = compareFigures(count(26, 'nations'), count(35, 'countries'));
      assert.equal(result?.verdict, 'differs');
      assert.equal(result?.detail, '26 nations vs 35 countries (differs by 9)');
    });

    it('agrees on equal counts with synonym nouns', () => {
      assert.equal(verdict(count(35, 'states'), count(35, 'countries')), 'agrees');
      assert.equal(verdict(count(12, 'soldiers'), count(12, 'troops')), 'agrees');
      assert.equal(verdict(count(4, 'fatalities'), count(4, 'deaths')), 'agrees');
      assert.equal(verdict(count(7, 'wounded'), count(7, 'injured')), 'agrees');
      assert.equal(verdict(count(3, 'persons'), count(3, 'individuals')), 'agrees');
    });

    it('does not compare different counted nouns', () => {
      assert.equal(compareFigures(count(26, 'nations'), count(26, 'people')), undefined);
      assert.equal(compareFigures(count(5, 'killed'), count(5, 'injured')), undefined);
      assert.equal(compareFigures(count(5, 'ships'), count(5, 'countries')), undefined);
    });

    it('treats unknown nouns by their singular', () => {
      assert.equal(verdict(count(5, 'ships'), count(5, 'ship')), 'agrees');
    });

    it('agrees within rounding of the number as written', () => {
      assert.equal(verdict(count(35, undefined, { text: '35' }), count(35.4, undefined, { text: '35.4' })), 'agrees');
      assert.equal(verdict(money('$1.2bn', 1.2e9, 'USD'), money('$1,234,000,000', 1.234e9, 'USD')), 'agrees');
      assert.equal(verdict(money('$1.2bn', 1.2e9, 'USD'), money('$1.3bn', 1.3e9, 'USD')), 'differs');
    });
  });

  describe('qualifiers as intervals', () => {
    it('reads "more than 30" vs 35 as approximately agreeing', () => {
      const result = compareFigures(count(30, 'countries', { qualifier: 'more than', text: 'more than 30' }), count(35, 'countries'));
      assert.equal(result?.verdict, 'approximately agrees');
      assert.equal(result?.detail, 'more than 30 countries vs 35 countries');
    });

    it('reads "more than 30" vs 26 as differing', () => {
      assert.equal(verdict(count(30, 'countries', { qualifier: 'more than' }), count(26, 'nations')), 'differs');
      assert.equal(verdict(count(26, 'nations'), count(30, 'countries', { qualifier: 'more than' })), 'differs');
    });

    it('handles at least, up to, at most and fewer than', () => {
      assert.equal(verdict(count(30, 'people', { qualifier: 'at least' }), count(30, 'people')), 'approximately agrees');
      assert.equal(verdict(count(30, 'people', { qualifier: 'at least' }), count(29, 'people')), 'differs');
      assert.equal(verdict(count(40, 'people', { qualifier: 'up to' }), count(35, 'people')), 'approximately agrees');
      assert.equal(verdict(count(40, 'people', { qualifier: 'up to' }), count(45, 'people')), 'differs');
      assert.equal(verdict(count(40, 'people', { qualifier: 'at most' }), count(40, 'people')), 'approximately agrees');
      assert.equal(verdict(count(10, 'people', { qualifier: 'fewer than' }), count(12, 'people')), 'differs');
      assert.equal(verdict(count(10, 'people', { qualifier: 'fewer than' }), count(8, 'people')), 'approximately agrees');
    });

    it('reads approximate figures as ±10% (at least one step)', () => {
      assert.equal(verdict(count(35, 'people', { qualifier: 'approximate' }), count(34, 'people')), 'approximately agrees');
      assert.equal(verdict(count(35, 'people', { qualifier: 'approximate' }), count(45, 'people')), 'differs');
      assert.equal(verdict(count(3, 'people', { qualifier: 'approximate' }), count(4, 'people')), 'approximately agrees');
    });

    it('does not let a scale word widen an approximate figure: "closer to $2 billion" differs from $1.2 billion', () => {
      const closer = { type: 'money', value: 2e9, unit: 'USD', text: 'closer to $2 billion', qualifier: 'approximate' } as const;
      assert.equal(verdict(closer, money('$1.2 billion', 1.2e9, 'USD')), 'differs');
      assert.equal(verdict(closer, money('$1.9 billion', 1.9e9, 'USD')), 'approximately agrees');
      assert.equal(verdict(count(2e6, 'people', { qualifier: 'approximate', text: 'about 2 million' }), count(2.4e6, 'people', { text: '2.4 million' })), 'approximately agrees');
    });

    it('reads ranges as intervals and lets overlapping ranges approximately agree', () => {
      const range = count(20, 'people', { qualifier: 'range', max: 25, text: '20-25' });
      assert.equal(verdict(range, count(22, 'people')), 'approximately agrees');
      assert.equal(verdict(range, count(30, 'people')), 'differs');
      assert.equal(verdict(range, count(24, 'people', { qualifier: 'range', max: 28, text: '24-28' })), 'approximately agrees');
      assert.equal(verdict(range, count(26, 'people', { qualifier: 'range', max: 28, text: '26-28' })), 'differs');
    });

    it('agrees when both give the same hedged figure', () => {
      assert.equal(verdict(count(30, 'countries', { qualifier: 'more than' }), count(30, 'nations', { qualifier: 'more than' })), 'agrees');
    });

    it('lets two open intervals that overlap approximately agree, and disjoint ones differ', () => {
      assert.equal(verdict(count(30, 'people', { qualifier: 'more than' }), count(40, 'people', { qualifier: 'fewer than' })), 'approximately agrees');
      assert.equal(verdict(count(50, 'people', { qualifier: 'at least' }), count(40, 'people', { qualifier: 'up to' })), 'differs');
    });
  });

  describe('units and conversions', () => {
    it('approximately agrees on 1.6 miles vs 2.6 km and says how it converted', () => {
      const result = compareFigures(quantity('1.6 miles', 1.6, 'miles'), quantity('2.6 km', 2.6, 'km'));
      assert.equal(result?.verdict, 'approximately agrees');
      assert.equal(result?.conversion, '2.6 km ≈ 1.62 mi');
    });

    it('accepts symbols and words for the same unit', () => {
      assert.equal(verdict(quantity('5 km', 5, 'km'), quantity('5 kilometres', 5, 'kilometres')), 'agrees');
      assert.equal(verdict(quantity('3 mi', 3, 'mi'), quantity('3 miles', 3, 'miles')), 'agrees');
      assert.equal(verdict(quantity('20 °C', 20, '°C'), quantity('20 degrees Celsius', 20, 'degrees Celsius')), 'agrees');
    });

    it('agrees on exact conversions and differs on wrong ones', () => {
      assert.equal(verdict(quantity('1 km', 1, 'km'), quantity('1,000 m', 1000, 'm')), 'agrees');
      assert.equal(verdict(quantity('1.6 miles', 1.6, 'miles'), quantity('5 km', 5, 'km')), 'differs');
    });

    it('converts tonnes and tons with the uncertainty of "tons"', () => {
      assert.equal(verdict(quantity('1,000 tonnes', 1000, 'tonnes'), quantity('1,050 tons', 1050, 'tons')), 'approximately agrees');
      assert.equal(verdict(quantity('1,000 tonnes', 1000, 't'), quantity('2,000 tons', 2000, 'tons')), 'differs');
    });

    it('converts temperatures with their offsets', () => {
      assert.equal(verdict(quantity('100 °F', 100, '°F'), quantity('37.8 °C', 37.8, '°C')), 'approximately agrees');
      assert.equal(verdict(quantity('100 °F', 100, '°F'), quantity('20 °C', 20, '°C')), 'differs');
    });

    it('never compares different families', () => {
      assert.equal(compareFigures(quantity('5 km', 5, 'km'), quantity('5 kg', 5, 'kg')), undefined);
      assert.equal(compareFigures(quantity('5 km', 5, 'km'), count(5, 'countries')), undefined);
    });

    it('looks units up tolerantly', () => {
      assert.equal(lookupUnit('Kilometres')?.symbol, 'km');
      assert.equal(lookupUnit('sq. km')?.symbol, 'km²');
      assert.equal(lookupUnit('km²')?.symbol, 'km²');
      assert.equal(lookupUnit('°C')?.symbol, '°C');
      assert.equal(lookupUnit('countries'), undefined);
      for (const symbol of ['km', 'm', 'mi', 'nmi', 'ft', 'in', 'yd', 'km²', 'm²', 'mi²', 'ha', 'acre', 'L', 'mL', 'gal', 'bbl', 'm³', 't', 'kg', 'g', 'lb', 'oz', 'Mt', 'kt', '°C', '°F', 'km/h', 'mph', 'm/s', 'kn', 'W', 'kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'MB', 'GB', 'TB', 'bbl/d', 's', 'min', 'h', 'day', 'week', 'month', 'year', 'decade', 'century']) {
        assert.ok(lookupUnit(symbol), `recogniser unit ${symbol}`);
      }
      assert.equal(verdict(quantity('2 L', 2, 'L'), quantity('2,000 mL', 2000, 'mL')), 'agrees');
      assert.ok(Math.abs(convertUnit(0, lookupUnit('°C')!, lookupUnit('°F')!) - 32) < 1e-9);
    });
  });

  describe('money', () => {
    it('compares the same currency within rounding', () => {
      assert.equal(verdict(money('€1.2bn', 1.2e9, 'EUR'), money('1.2 billion euros', 1.2e9, 'EUR')), 'agrees');
      assert.equal(compareFigures(money('€1.2bn', 1.2e9, 'EUR'), money('€1.3bn', 1.3e9, 'EUR'))?.detail, 'EUR 1.2 billion vs EUR 1.3 billion (differs by 100 million EUR)');
    });

    it('compares EUR, GBP and USD at stated approximate rates, never better than approximately', () => {
      const result = compareFigures(money('€1.2bn', 1.2e9, 'EUR'), money('$1.4bn', 1.4e9, 'USD'));
      assert.equal(result?.verdict, 'approximately agrees');
      assert.match(result?.conversion ?? '', /^1 USD ≈ 0\.87 EUR \(fixed approximate rate\)$/);
      assert.equal(verdict(money('€1.2bn', 1.2e9, 'EUR'), money('$3bn', 3e9, 'USD')), 'differs');
      assert.equal(verdict(money('£100m', 1e8, 'GBP'), money('$133m', 1.33e8, 'USD')), 'approximately agrees');
    });

    it('does not compare currencies without a rate', () => {
      assert.equal(compareFigures(money('¥5bn', 5e9, 'JPY'), money('$5bn', 5e9, 'USD')), undefined);
    });
  });

  describe('dates, times, ordinals, percentages', () => {
    it('agrees on the same day and differs on another day', () => {
      assert.equal(verdict(date('2026-01-07'), date('2026-01-07')), 'agrees');
      const result = compareFigures(date('2026-01-06'), date('2026-01-07'));
      assert.equal(result?.verdict, 'differs');
      assert.equal(result?.detail, '2026-01-06 vs 2026-01-07 (1 day apart)');
    });

    it('approximately agrees when one date is less precise but compatible', () => {
      assert.equal(verdict(date('2026-01'), date('2026-01-07')), 'approximately agrees');
      assert.equal(verdict(date('2026'), date('2026-03-01')), 'approximately agrees');
      assert.equal(verdict(date('2026-02'), date('2026-01-07')), 'differs');
    });

    it('does not compare unresolved dates', () => {
      assert.equal(compareFigures({ type: 'date', text: 'last week' }, date('2026-01-07')), undefined);
    });

    it('compares times and ordinals exactly', () => {
      assert.equal(verdict({ type: 'time', value: '14:30' }, { type: 'time', value: '14:30' }), 'agrees');
      assert.equal(verdict({ type: 'time', value: '14:30' }, { type: 'time', value: '15:00' }), 'differs');
      assert.equal(verdict({ type: 'ordinal', value: 3 }, { type: 'ordinal', value: 4 }), 'differs');
    });

    it('compares percentages within rounding and reports points', () => {
      const pct = (text: string, value: number, extra: Partial<FigureFacts> = {}): FigureFacts => ({ type: 'percent', value, unit: '%', text, ...extra });
      assert.equal(verdict(pct('40%', 40), pct('40.3%', 40.3)), 'agrees');
      assert.equal(verdict(pct('40%', 40), pct('about 40%', 40, { qualifier: 'approximate' })), 'approximately agrees');
      const result = compareFigures(pct('40%', 40), pct('45%', 45));
      assert.equal(result?.verdict, 'differs');
      assert.equal(result?.detail, '40% vs 45% (differs by 5 points)');
    });

    it('never compares a level with a change in percentage points, and converts basis points', () => {
      const pct = (value: number, unit: string): FigureFacts => ({ type: 'percent', value, unit, text: String(value) });
      assert.equal(compareFigures(pct(3, '%'), pct(3, 'percentage points')), undefined);
      assert.equal(verdict(pct(0.25, 'percentage points'), pct(25, 'basis points')), 'agrees');
      assert.equal(verdict(pct(0.5, 'percentage points'), pct(25, 'basis points')), 'differs');
    });

    it('never compares a percentage with a count', () => {
      assert.equal(compareFigures({ type: 'percent', value: 40, unit: '%' }, count(40)), undefined);
    });
  });

  describe('helpers', () => {
    it('classifies figures', () => {
      assert.equal(figureClass(count(26, 'nations')), 'count:country');
      assert.equal(figureClass(quantity('2 km', 2, 'km')), 'quantity:length');
      assert.equal(figureClass({ type: 'quantity', value: 2, unit: 'boats' }), 'count:boat');
      assert.equal(figureClass({ type: 'number' }), undefined);
    });

    it('normalises nouns and events', () => {
      assert.equal(nounClass('Member States'), 'country');
      assert.equal(nounClass('countries'), 'country');
      assert.equal(countSubject('people', eventNear('', ' were killed in the blast')), 'killed');
      assert.equal(countSubject('people', eventNear('the death toll rose to ', '')), 'killed');
      assert.equal(countSubject('soldiers', eventNear('', ' were wounded')), 'troop injured');
      assert.equal(countSubject('nations', undefined), 'country');
    });

    it('derives rounding from the written number', () => {
      assert.equal(roundingHalfStep(count(35)), 0.5);
      assert.equal(roundingHalfStep(quantity('2.6 km', 2.6, 'km')), 0.05);
      assert.equal(roundingHalfStep(money('$1.2bn', 1.2e9, 'USD')), 5e7);
      assert.equal(roundingHalfStep(count(1200, undefined, { text: '1,200' })), 0.5);
    });

    it('describes figures for readers', () => {
      assert.equal(describeFigure(count(30, 'countries', { qualifier: 'more than' })), 'more than 30 countries');
      assert.equal(describeFigure(count(20, 'people', { qualifier: 'range', max: 25 })), '20–25 people');
      assert.equal(describeFigure(money('$1.2bn', 1.2e9, 'USD')), 'USD 1.2 billion');
      assert.equal(describeFigure({ type: 'percent', value: 40, unit: '%' }), '40%');
    });
  });
});
