// Figure errors the fifth round of testers reported on real news copy, one general cause each.

import * as assert from 'node:assert/strict';
import { detectArticleDate, findFigures } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, expectOnly, table } from './support';

/** The value of the date labelled `text` in `sentence`, on a page dated `referenceDate`. */
function dateValue(sentence: string, text: string, referenceDate: string): string | number | undefined {
  const found = findFigures(sentence, { referenceDate }).find((figure) => figure.type === 'date' && figure.text === text);
  assert.ok(found, `no date ${JSON.stringify(text)} in ${JSON.stringify(sentence)}`);
  return found.value;
}

function dates(rows: readonly (readonly [string, string, string, string])[]): void {
  for (const [sentence, text, referenceDate, value] of rows) {
    it(`${sentence} (${referenceDate}) → ${text} ${value}`, () => assert.equal(dateValue(sentence, text, referenceDate), value));
  }
}

describe('figures: tester round five', () => {
  describe('"by" and "through" after a past clause look back', () => {
    dates([
      ['The post had been viewed more than 2.3 million times by Thursday morning.', 'Thursday', '2026-11-20', '2026-11-19'],
      ['Payrolls grew by 486,000 from January through October.', 'October', '2026-11-20', '2026-10'],
      ['Earnings rose 3.7% in the 12 months through October.', 'October', '2026-11-20', '2026-10'],
      // A participle right before, an infinitive or an advisory: the deadline still lies ahead.
      ['Flags were ordered lowered to half-staff through Sunday.', 'Sunday', '2026-10-21', '2026-10-25'],
      ['The MP has written to him asking him to explain the delay by Friday.', 'Friday', '2026-03-10', '2026-03-13'],
      ['Officials have issued an air quality advisory for three counties through Thursday.', 'Thursday', '2026-08-17', '2026-08-20'],
      ['Those postmarked by Friday will be counted.', 'Friday', '2026-03-10', '2026-03-13'],
      ['The bill will be passed by March.', 'March', '2026-11-20', '2027-03'],
    ]);
  });

  describe('future cues used as nouns date nothing', () => {
    dates([
      ['The committee voted six to three in favour of the plans from Curo on Wednesday.', 'Wednesday', '2026-11-16', '2026-11-11'],
      ['Home Office data shows 1,847 returns under the scheme up to the end of October.', 'October', '2026-11-20', '2026-10'],
      // A plan followed by what it plans still looks ahead.
      ['The firm announced its plans to reopen the plant in March.', 'March', '2026-11-20', '2027-03'],
    ]);
  });

  describe('past participles and the past progressive', () => {
    dates([
      ['Charles Milliard, chosen in December after Pablo Rodriguez resigned, is trying to win voters back.', 'December', '2026-11-17', '2025-12'],
      ['The figure given on Thursday was higher.', 'Thursday', '2026-08-17', '2026-08-13'],
      ['Overall spending was running 2.4 per cent ahead of profile at the end of October.', 'October', '2026-11-18', '2026-10'],
      // "ahead of" still looks ahead when the date is what it points to.
      ['Everton made an offer ahead of the January window.', 'January', '2026-12-14', '2027-01'],
      ['The chosen site will be given its licence in December.', 'December', '2026-11-17', '2026-12'],
    ]);
  });

  describe('a present "go" is a timetable', () => {
    dates([
      ['Tickets, priced from £65, go on sale Friday at 10am.', 'Friday', '2025-11-06', '2025-11-07'],
      ['Everton go to Brentford on Saturday.', 'Saturday', '2026-12-14', '2026-12-19'],
      ['Forty staff were let go on Friday.', 'Friday', '2026-12-14', '2026-12-11'],
    ]);
  });

  describe('"as early as" and "as soon as" before a month', () => {
    dates([
      ['The listing, expected as early as March, would be the largest.', 'March', '2026-11-18', '2027-03'],
      ['It could come as soon as June.', 'June', '2026-11-18', '2027-06'],
    ]);
    it('"as high as May" is no date', () => {
      assert.equal(findFigures('Prices rose as high as May had forecast.', { referenceDate: '2026-11-18' }).length, 0);
    });
  });

  describe('the article date of wire copy and press releases', () => {
    const wire = (lead: string, body: string): string => `Orsted sells stake\n\nLONDON, Nov 17 (Reuters) - ${lead}\n\n${body}\n`;
    it('a yearless wire dateline takes the year the article writes most when its day has the lead\'s weekday in that year', () => {
      const text = wire('The deal, announced on Tuesday, values the project at £8.2bn.', 'Its 2026 results beat forecasts, and 2026 sales rose.');
      assert.deepEqual(detectArticleDate(text), { date: '2026-11-17', start: text.indexOf('Nov 17'), end: text.indexOf('Nov 17') + 6 });
    });
    it('a yearless wire dateline settles nothing from a target or a past year, a year written once, or the day before\'s weekday', () => {
      assert.equal(detectArticleDate(wire('The deal, announced on Tuesday, values it at £8.2bn.', 'It should supply power by 2035, and by 2035 all of it.')), undefined);
      assert.equal(detectArticleDate(wire('The deal, announced on Tuesday, values it at £8.2bn.', 'It is expected to close in 2026.')), undefined);
      assert.equal(detectArticleDate(wire('The deal, announced on Monday, values it at £8.2bn.', 'Its 2026 results beat forecasts, and 2026 sales rose.')), undefined);
    });
    it('"MUSCAT, Dec. 9 —" without an agency', () => {
      assert.equal(detectArticleDate('MUSCAT, Dec. 9 — Two Britons were freed on Wednesday, the ministry said, ending a 2026 stand-off that began in early 2026.')?.date, '2026-12-09');
    });
    it('without a weekday in the lead or a year in the text, the dateline settles no year', () => {
      assert.equal(detectArticleDate(wire('The deal values the project at £8.2bn.', 'It is expected to close in 2027.')), undefined);
      assert.equal(detectArticleDate(wire('The deal, announced on Tuesday, values the project at £8.2bn.', 'It is expected to close soon.')), undefined);
    });
    it('"Embargoed until" dates a press release', () => {
      assert.equal(detectArticleDate('Krill move south\n\nEmbargoed until 16:00 GMT, Wednesday 18 November 2026\n\nThe research is published today.')?.date, '2026-11-18');
      assert.equal(detectArticleDate('Embargoed until 18 November 2026\n\nThe research is published today.')?.date, '2026-11-18');
    });
    it('"18-NOV-2026" is a date', () => {
      expectOnly('NEWS RELEASE 18-NOV-2026', { type: 'date', text: '18-NOV-2026', value: '2026-11-18' });
      expectOnly('Embargoed: 18-Nov-2026, the office said.', { type: 'date', text: '18-Nov-2026', value: '2026-11-18' });
    });
  });

  describe('"crowns" as money', () => {
    it('a country\'s adjective names the crown, also before a noun it modifies', () => {
      expectOnly('The proceeds fund its 4.2 billion Danish crown capital programme.', { type: 'money', text: '4.2 billion Danish crown', value: 4_200_000_000, unit: 'DKK' });
      expectOnly('The fine was 50 Danish crowns.', { type: 'money', text: '50 Danish crowns', value: 50, unit: 'DKK' });
      expectOnly('It cost 500 Egyptian pounds.', { type: 'money', text: '500 Egyptian pounds', value: 500, unit: 'EGP' });
    });
    it('a bare price in crowns is the article\'s crown; a bare count of crowns is no money', () => {
      const text = 'Copenhagen-listed Orsted, the Danish group, rose to 142.50 crowns. Denmark cheered.';
      const money = findFigures(text).find((figure) => figure.type === 'money');
      assert.deepEqual([money?.text, money?.value, money?.unit], ['142.50 crowns', 142.5, 'DKK']);
      expectOnly('The king wore three crowns.', { type: 'number', text: 'three crowns', value: 3, unit: 'crowns' });
    });
  });

  describe('a bare year as the subject of a singular verb', () => {
    it('"2025 was", "said 2026 is"', () => {
      expectOnly('2025 was a record year.', { type: 'date', text: '2025', value: '2025' });
      expectOnly('NOAA said 2026 is virtually certain to rank high.', { type: 'date', text: '2026', value: '2026' });
    });
    it('a count of that size takes a plural verb', () => {
      expectOnly('Of the staff, 1500 were laid off.', { type: 'number', text: '1500', value: 1500 });
    });
  });

  describe('rates, multiples and references are no amounts of their own', () => {
    it('"$8.17 a dozen": the dozen is the unit of the price', () => {
      expectOnly('Eggs sold for $8.17 a dozen.', { type: 'money', text: '$8.17', value: 8.17, unit: 'USD' });
      expectOnly('He bought a dozen eggs.', { type: 'number', text: 'a dozen eggs', value: 12, unit: 'eggs' });
    });
    it('"per 100,000 people", "per 90 minutes": the denominator of a rate', () => {
      expectAll('The rate fell from about 10 per 100,000 people to about 0.2 per 100,000.', [
        { type: 'number', text: 'about 10', value: 10, qualifier: 'approximate' },
        { type: 'number', text: 'about 0.2', value: 0.2, qualifier: 'approximate' },
      ]);
      expectOnly('He made 2.8 tackles per 90 minutes.', { type: 'number', text: '2.8 tackles', value: 2.8, unit: 'tackles' });
    });
    it('"11.5 times earnings": a valuation multiple', () => {
      expectNone('The valuation of 11.5 times earnings was fuller than expected.');
      expectNone('It trades at 20 times sales.');
    });
    it('"quoting reference 1543": a police or planning reference', () => {
      expectNone('Call police, quoting reference 1543.');
      expectNone('Police are treating incident 412 as suspicious.');
    });
  });

  describe('an age limit after a group of people', () => {
    table([
      ['Most of them were children under five.', { type: 'quantity', text: 'under five', value: 5, unit: 'year', qualifier: 'fewer than' }],
      ['It hit adults over 65 hardest.', { type: 'quantity', text: 'over 65', value: 65, unit: 'year', qualifier: 'more than' }],
      ['It employs people under 30 contracts.', { type: 'number', text: 'under 30 contracts', value: 30, unit: 'contracts', qualifier: 'fewer than' }],
    ]);
  });

  describe('journal references and phone numbers', () => {
    it('an APA reference keeps its year; volume, issue, pages and DOI are no figures', () => {
      expectOnly('Raghunathan, P., et al. (2026). Krill habitat. Nature Climate Change, 16(12), 1103–1111. DOI: 10.1038/s41558-026-02291-4', { type: 'date', text: '2026', value: '2026' });
      expectNone('See https://doi.org/10.1038/s41586-026-09417-3 for the paper.');
    });
    it('UK numbers with a six-digit line', () => {
      expectNone('Press office: +44 (0)1392 722062');
      expectNone('Media enquiries: press@cotswold.gov.uk | 01285 623000');
      expectOnly('It had 123456 visitors.', { type: 'number', text: '123456 visitors', value: 123456, unit: 'visitors' });
    });
  });

  describe('what is foretold, likely or at risk lies ahead', () => {
    dates([
      ['The governor hinted at a rate increase in December.', 'December', '2026-11-18', '2026-12'],
      ['Asked whether another hike was likely in December, she said no.', 'December', '2026-11-03', '2026-12'],
      ['The US, where cases had been confirmed in 2026, is at risk of losing its status in January, PAHO said.', 'January', '2026-11-20', '2027-01'],
      // Right before the date, the verb is what the date dates; a capitalised one is part of a name.
      ['The bank hinted in December that it would move.', 'December', '2026-11-18', '2025-12'],
      ['The Projected National Share was published on Thursday.', 'Thursday', '2026-05-10', '2026-05-07'],
    ]);
  });

  describe('spans and types of amounts', () => {
    table([
      // A hedge before a range qualifies all of it.
      ['Cases stayed at around 3 million to 4 million a year.', { type: 'number', text: 'around 3 million to 4 million', value: 3_000_000, max: 4_000_000, qualifier: 'range' }],
      // One, a hyphenated modifier, then the noun it counts.
      ['They crossed at least one deep-water strait.', { type: 'number', text: 'at least one deep-water strait', value: 1, unit: 'strait', qualifier: 'at least' }],
      // A fraction of a cent is money, not a share.
      ['The dollar gained a quarter of a cent.', { type: 'money', text: 'a quarter of a cent', value: 0.0025, unit: 'USD' }],
      ['About a quarter of adults agreed.', { type: 'percent', text: 'About a quarter', value: 25, unit: '%', qualifier: 'approximate' }],
    ]);
    it('"an increase of $96 million over 2026": the year compared with, not "more than 2026"', () => {
      expectAll('It includes an increase of $96 million over 2026, to restore service.', [
        { type: 'money', text: '$96 million', value: 96_000_000, unit: 'USD' },
        { type: 'date', text: '2026', value: '2026' },
      ]);
      expectOnly('They sent over 2000.', { type: 'number', text: 'over 2000', value: 2000, qualifier: 'more than' });
    });
    it('"the 740,000 first published in November": the adverb after a number', () => {
      expectAll('It was revised from the 740,000 first published in November 2023.', [
        { type: 'number', text: '740,000', value: 740_000 },
        { type: 'date', text: 'November 2023', value: '2023-11' },
      ]);
      expectOnly('First, we ate.', { type: 'ordinal', text: 'First', value: 1 });
    });
  });

  describe('"over" after a dispute means "concerning"', () => {
    table([
      ['It reached an agreement with Boeing over two fatal crashes.', { type: 'number', text: 'two fatal crashes', value: 2, unit: 'crashes' }],
      ['The row over 40 homes grew.', { type: 'number', text: '40 homes', value: 40, unit: 'homes' }],
      ['Sales in London rose over 5%.', { type: 'percent', text: 'over 5%', value: 5, unit: '%', qualifier: 'more than' }],
    ]);
  });

  describe('more wire datelines and timetable words', () => {
    it('a dateline with a region ("SAN JOSE, Calif., Nov 18 (Crestline) -") and an abbreviation before the lead\'s weekday', () => {
      const text = 'Chip sales slump\n\nSAN JOSE, Calif., Nov 18 (Crestline) - Vantara Inc. reported revenue of $22bn on Wednesday, up 31%.\n\nIts fiscal 2027 ends in January; 2026 was strong, and 2026 margins rose.';
      const date = detectArticleDate(text);
      assert.deepEqual(date, { date: '2026-11-18', start: text.indexOf('Nov 18'), end: text.indexOf('Nov 18') + 6 });
    });
    dates([
      ['The fourth quarter of fiscal 2027, which ends in late January, looks strong.', 'January', '2026-11-18', '2027-01'],
      ['It had $210 million set aside for borrowers hit by Hurricane Delphine in September.', 'September', '2026-10-13', '2026-09'],
      ['The judge set a hearing for Nov. 9.', 'Nov. 9', '2026-02-20', '2026-11-09'],
      ['The vote is set for March.', 'March', '2026-11-18', '2027-03'],
    ]);
  });

  describe('perfects before "by", and what is called off', () => {
    dates([
      ['The premium had vanished by Monday.', 'Monday', '2026-11-18', '2026-11-16'],
      ['Teams from Italy had arrived by Wednesday.', 'Wednesday', '2026-11-13', '2026-11-11'],
      ['The federation postponed Saturday\'s match.', 'Saturday', '2026-11-12', '2026-11-14'],
      ['The district canceled Thursday night\'s concert.', 'Thursday', '2026-03-17', '2026-03-19'],
      ['The federation postponed the match on Saturday.', 'Saturday', '2026-11-12', '2026-11-07'],
    ]);
  });

  describe('a date something is moved to', () => {
    dates([
      ['UCL has shifted two exams to Thursday.', 'Thursday', '2026-06-16', '2026-06-18'],
      ['The vote was moved to Friday.', 'Friday', '2026-06-16', '2026-06-19'],
      ['Prices rose from Monday to Thursday.', 'Thursday', '2026-06-20', '2026-06-18'],
    ]);
  });

  describe('a spelled number naming a season or a chapter', () => {
    it('"season five", "Chapter three" are names, like "Article 5"', () => {
      expectNone('Slow Horses season five review – Lamb is as grim as ever');
      expectNone('Chapter three is called "Monetising Loyalty".');
      expectOnly('He has five seasons under his belt.', { type: 'number', text: 'five seasons', value: 5, unit: 'seasons' });
    });
  });
});
