// Figure errors the fourth round of testers reported on real news copy, one general cause each.

import { expectAll, expectOnly, table } from './support';

describe('figures: tester round four', () => {
  describe('a range of days without a year is two date labels', () => {
    it('"May 8-10": the month, then the second day with the same month', () => {
      expectAll('The survey was conducted May 8-10 among voters.', [
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
});
