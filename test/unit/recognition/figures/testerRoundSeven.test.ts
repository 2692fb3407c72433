// Figure errors the seventh round of testers reported on real news copy, one general cause each.

import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, table } from './support';

/** The value of the date labelled `text` in `sentence`, on a page dated `referenceDate`. */
function dateValue(sentence: string, text: string, referenceDate: string): string | number | undefined {
  const found = findFigures(sentence, { referenceDate }).find((figure) => figure.type === 'date' && figure.text === text);
  assert.ok(found, `no date ${JSON.stringify(text)} in ${JSON.stringify(sentence)}`);
  return found.value;
}

function dates(rows: readonly (readonly [string, string, string, string | undefined])[]): void {
  for (const [sentence, text, referenceDate, value] of rows) {
    it(`${sentence} (${referenceDate}) → ${text} ${value}`, () => assert.equal(dateValue(sentence, text, referenceDate), value));
  }
}

describe('figures: tester round seven', () => {
  describe('a weekday or a month before its verb takes the verb\'s tense', () => {
    dates([
      ['On Friday, the President will host Prime Minister Mark Carney of Canada at the White House.', 'Friday', '2026-11-18', '2026-11-20'],
      ['On Wednesday, doctors will strike.', 'Wednesday', '2026-11-22', '2026-11-25'],
      ['Sales in January will rise.', 'January', '2026-11-06', '2027-01'],
      ['In November the company announced that the drug had failed.', 'November', '2026-03-11', '2025-11'],
      // A possessive weekday modifies its noun; the verb after it dates that noun, not the day.
      ['Tuesday\'s launch, scheduled for 2.37 pm, was postponed.', 'Tuesday', '2026-10-15', '2026-10-13'],
      ['The OBR\'s March forecast was grim.', 'March', '2026-01-07', '2026-03'],
      // A verb right after a comma is the outer clause's; a subject after it starts the date's own.
      ['The Bank of Canada, which cut its key interest rate to 2.25 per cent in October, is set to make its next announcement on Dec. 9.', 'October', '2026-11-21', '2026-10'],
      ['In March, after months of talks, the law takes effect.', 'March', '2026-11-21', '2027-03'],
      ['At the Barkly Regional Council meeting on Thursday, councillors are expected to debate a motion.', 'Thursday', '2026-11-16', '2026-11-19'],
      // A clause of its own after a comma and "but" is not the date's.
      ['The Cottagers have come off a cup win at Boro on Thursday, but they look fresher than their hosts.', 'Thursday', '2026-11-22', '2026-11-19'],
      // A deadline named by its date lies ahead.
      ['Interior Secretary Doug Burgum has set a February 14 deadline for the Upper Basin states to submit a joint plan.', 'February 14', '2026-11-20', '2027-02-14'],
    ]);
  });

  describe('a date in a reported clause is not dated by "said"', () => {
    dates([
      ['Fed Chair Jerome Powell said after last month\'s meeting that another rate cut in December was "not a foregone conclusion," but traders raised the odds.', 'December', '2026-11-06', '2026-12'],
      ['Officials said a cut in December is likely.', 'December', '2026-11-06', '2026-12'],
      // "said" with its own adverbial still dates the saying.
      ['Alphabet said in April that it would spend between $175 billion and $185 billion.', 'April', '2026-05-27', '2026-04'],
      ['Whitfield said on Tuesday that talks would resume.', 'Tuesday', '2026-01-15', '2026-01-13'],
    ]);
  });

  describe('scheduled events told in the present look ahead', () => {
    dates([
      ['Arsenal play Chelsea on Saturday.', 'Saturday', '2026-11-22', '2026-11-28'],
      ['That\'s his fifth yellow of the season, so he misses the trip to Newcastle on Saturday.', 'Saturday', '2026-11-22', '2026-11-28'],
      ['Ley said the Coalition would vote against the changes to the Help to Buy shared equity scheme when the Senate sits on Tuesday.', 'Tuesday', '2026-11-22', '2026-11-24'],
      ['Resident doctors are on strike again from Wednesday for five days.', 'Wednesday', '2026-11-22', '2026-11-25'],
      ['The law takes effect in March.', 'March', '2026-11-06', '2027-03'],
      ['The policy takes effect January 12 unless the board reverses course.', 'January 12', '2026-11-18', '2027-01-12'],
      ['Hearings begin April 6.', 'April 6', '2026-11-20', '2027-04-06'],
      // The past of the same verbs still looks back.
      ['Doctors were on strike from Wednesday.', 'Wednesday', '2026-11-22', '2026-11-18'],
      ['The law took effect in March.', 'March', '2026-11-06', '2026-03'],
    ]);
  });

  describe('an adjective in -ed is no past verb, and what one is told to do lies ahead', () => {
    dates([
      ['A No 10 spokesperson added that the prime minister would meet concerned MPs on Monday.', 'Monday', '2026-11-21', '2026-11-23'],
      ['The minister will meet elected officials on Monday.', 'Monday', '2026-11-21', '2026-11-23'],
      ['Residents in Tewkesbury were told to prepare for the river to peak there on Monday.', 'Monday', '2026-11-21', '2026-11-23'],
      ['Fans were told to arrive early for the match on Monday.', 'Monday', '2026-11-21', '2026-11-23'],
      // A past verb with its object is still past.
      ['Police arrested protesters on Monday.', 'Monday', '2026-11-21', '2026-11-16'],
      ['He went to Paris to meet Macron on Monday.', 'Monday', '2026-11-21', '2026-11-16'],
    ]);
  });

  describe('a warning or forecast given on a day dates the giving', () => {
    dates([
      ['Ford told investors that costs would rise, and General Motors gave a similar warning in Detroit on Tuesday.', 'Tuesday', '2026-11-19', '2026-11-17'],
      ['Acme published its forecast on Tuesday.', 'Tuesday', '2026-11-19', '2026-11-17'],
      // A warning for a span still looks ahead.
      ['The Met Office issued a red flag warning for Sunday.', 'Sunday', '2026-11-19', '2026-11-22'],
      ['Forecasters warn of a storm warning on Saturday.', 'Saturday', '2026-11-19', '2026-11-21'],
    ]);
  });

  describe('months of statistics, months in general, and movable holidays', () => {
    dates([
      ['The Australian Bureau of Statistics is set to release October jobs figures on Thursday.', 'October', '2026-11-22', '2026-10'],
      ['Futures are inching higher ahead of the March inflation report.', 'March', '2026-04-14', '2026-03'],
      ['Challenger said announced layoffs topped 153,000, the most for any October since 2003.', 'October', '2026-11-06', undefined],
      ['It is the deal that keeps 2.2 million federal workers from missing a paycheck before Thanksgiving.', 'Thanksgiving', '2026-11-19', '2026-11-26'],
      ['Mr Streeting has promised a "winter review" by Easter.', 'Easter', '2026-01-14', '2026-04-05'],
      ['Trading resumes after Good Friday and Easter Monday.', 'Good Friday', '2026-01-14', '2026-04-03'],
      ['Trading resumes after Good Friday and Easter Monday.', 'Easter Monday', '2026-01-14', '2026-04-06'],
      ['Pools open on Memorial Day.', 'Memorial Day', '2026-04-20', '2026-05-25'],
      ['Wreaths were laid on Remembrance Sunday.', 'Remembrance Sunday', '2026-11-12', '2026-11-08'],
      ['The company is still contesting claims over the 2020 Labor Day fires.', 'Labor Day', '2026-11-19', '2020-09-07'],
      // A newsletter's greeting names the weekday.
      ['Good Friday morning. Welcome to Cloakroom AM.', 'Friday', '2026-09-18', '2026-09-18'],
    ]);
  });

  describe('"up to" after a verb of movement is no hedge', () => {
    table([
      ['US economy added jobs as unemployment ticked up to 4.6%', { type: 'percent', text: '4.6%', value: 4.6, unit: '%' }],
      ['Inflation edged up to 3.1% in the quarter.', { type: 'percent', text: '3.1%', value: 3.1, unit: '%' }],
      ['The forecast was revised up to 2.5%.', { type: 'percent', text: '2.5%', value: 2.5, unit: '%' }],
      // A hedge still: the amount is a ceiling.
      ['The plant employs up to 300 people.', { type: 'number', text: 'up to 300 people', value: 300, unit: 'people', qualifier: 'up to' }],
      ['Prices could rise up to 5%.', { type: 'percent', text: 'up to 5%', value: 5, unit: '%', qualifier: 'up to' }],
    ]);
  });

  describe('a change and a new level are two figures; a tally\'s "1" counts no "last"', () => {
    const november = { referenceDate: '2026-11-20' };
    it('"fell by 12,000 to 218,000"', () => {
      expectAll('Initial jobless claims fell by 12,000 to 218,000 last week.', [
        { type: 'number', text: '12,000', value: 12000 },
        { type: 'number', text: '218,000', value: 218000 },
        { type: 'date', text: 'last week' },
      ], november);
    });
    it('"rises by £180.92 to £2,193.39"', () => {
      expectAll('The bill rises by £180.92 to £2,193.39 a year.', [
        { type: 'money', text: '£180.92', value: 180.92, unit: 'GBP' },
        { type: 'money', text: '£2,193.39', value: 2193.39, unit: 'GBP' },
      ], november);
    });
    it('close bounds after "by" are still a range', () => {
      expectAll('Emissions were cut by 20 to 25 per cent.', [{ type: 'percent', text: '20 to 25 per cent', value: 20, max: 25, unit: '%', qualifier: 'range' }], november);
    });
    it('"99 to 1 last July"', () => {
      expectAll('Blackburn, who helped kill a similar moratorium 99 to 1 last July, said she would oppose it.', [
        { type: 'number', text: '99', value: 99 },
        { type: 'number', text: '1', value: 1 },
        { type: 'date', text: 'last July', value: '2025-07' },
      ], { referenceDate: '2026-05-04' });
    });
  });

  describe('"first minister" in lower case is a title; a fraction before a comparative is a share', () => {
    it('no ordinal in the title', () => {
      expectNone('Scotland\'s first minister, John Swinney, says the budget leaves Holyrood short.');
      expectNone('Also on the panel: Kate Forbes, Scotland\'s deputy first minister; and the comedian Jo Brand.');
      expectNone('A fight over a pipeline overshadowed the first ministers\' meeting in Ottawa.');
      expectNone('Eluned Morgan, the first minister, chaired a meeting of the Welsh government\'s emergency committee.');
    });
    table([
      ['She was the first minister to resign over it.', { type: 'ordinal', text: 'first', value: 1 }],
      ['"Resident doctors are still worth a fifth less in real terms," Fletcher said.', { type: 'percent', text: 'a fifth', value: 20, unit: '%' }],
      ['Patients on the drug were diagnosed a third less often.', { type: 'percent', text: 'a third', unit: '%' }],
      ['Nurses earn a quarter more.', { type: 'percent', text: 'a quarter', value: 25, unit: '%' }],
    ]);
  });

  describe('numbers that name: net zero, question numbers, stock indexes', () => {
    it('no figure in them', () => {
      expectNone('Farage says Reform UK would scrap net zero levies');
      expectNone('Workers on zero-hours contracts; zero-carbon homes; a zero-sum game; the zero-day flaw.');
      expectNone('Questions 1 - 58');
      expectNone('FTSE 100 opens higher');
      expectNone('The Nikkei 225 and the Stoxx 600 slipped.');
    });
    table([
      ['There were zero deaths.', { type: 'number', text: 'zero deaths', value: 0, unit: 'deaths' }],
      ['He answered 12 questions.', { type: 'number', text: '12 questions', value: 12, unit: 'questions' }],
    ]);
    it('the time before a live-blog headline stays', () => {
      expectAll('08.05 GMT FTSE 100 opens higher', [{ type: 'time', text: '08.05 GMT', value: '08:05' }]);
    });
  });

  describe('numbers listed before a measure or a percent share its kind and unit', () => {
    it('"two or three weeks"', () => {
      expectAll('Arteta said he would be out for "two or three weeks".', [
        { type: 'quantity', text: 'two', value: 2, unit: 'week' },
        { type: 'quantity', text: 'three weeks', value: 3, unit: 'week' },
      ]);
    });
    it('"at 12 and 18 months", "4 and 5 per cent", "5, 6 or 7 miles"', () => {
      expectAll('The vaccine is offered at 12 and 18 months.', [
        { type: 'quantity', text: '12', value: 12, unit: 'month' },
        { type: 'quantity', text: '18 months', value: 18, unit: 'month' },
      ]);
      expectAll('Rates of 4 and 5 per cent.', [
        { type: 'percent', text: '4', value: 4, unit: '%' },
        { type: 'percent', text: '5 per cent', value: 5, unit: '%' },
      ]);
      expectAll('It is 5, 6 or 7 miles away.', [
        { type: 'quantity', text: '5', value: 5, unit: 'mi' },
        { type: 'quantity', text: '6', value: 6, unit: 'mi' },
        { type: 'quantity', text: '7 miles', value: 7, unit: 'mi' },
      ]);
    });
    it('counts stay numbers, and a number before a comma alone is no list', () => {
      expectAll('Of 300, 40 per cent said yes.', [
        { type: 'number', text: '300', value: 300 },
        { type: 'percent', text: '40 per cent', value: 40, unit: '%' },
      ]);
      expectAll('26, 29 or 35 countries', [
        { type: 'number', text: '26', value: 26 },
        { type: 'number', text: '29', value: 29 },
        { type: 'number', text: '35 countries', value: 35, unit: 'countries' },
      ]);
    });
  });

  describe('thousands grouped by spaces, the rand, CFA francs', () => {
    table([
      ['Outages have left more than 200 000 residents in Soweto without water.', { type: 'number', text: 'more than 200 000 residents', value: 200000, unit: 'residents', qualifier: 'more than' }],
      ['1 500 000 households', { type: 'number', text: '1 500 000 households', value: 1500000, unit: 'households' }],
      ['He ran 10 000 metres.', { type: 'quantity', text: '10 000 metres', value: 10000, unit: 'm' }],
      ['It costs R2 500 a month.', { type: 'money', text: 'R2 500', value: 2500, unit: 'ZAR' }],
      ['It costs R2,500 a month.', { type: 'money', text: 'R2,500', value: 2500, unit: 'ZAR' }],
      ['Petrol was selling for 2,500 CFA francs a liter on the black market.', { type: 'money', text: '2,500 CFA francs', value: 2500, unit: 'XOF' }],
    ]);
    it('a number before a measure glued to its unit is no group', () => {
      expectAll('the 4 100m relay', [
        { type: 'number', text: '4', value: 4 },
        { type: 'quantity', text: '100m', value: 100, unit: 'm' },
      ]);
      expectNone('The R21 road');
    });
  });

  describe('kinds of year and terms after "this"/"last"/"next" are dates without a value', () => {
    table([
      ['Most expected to run a deficit this academic year.', { type: 'date', text: 'this academic year' }],
      ['It expects a loss this fiscal year.', { type: 'date', text: 'this fiscal year' }],
      ['She has done so twice this term.', { type: 'date', text: 'this term' }],
    ]);
    it('no date without its "year"', () => {
      expectNone('It expects a loss this fiscal quarter, and this tax credit helps.');
    });
  });

  describe('a minus before money makes it negative', () => {
    table([
      ['But free cash flow was still negative, at minus $500 million.', { type: 'money', text: 'minus $500 million', value: -500000000, unit: 'USD' }],
      ['It reported a loss of -$0.40 a share.', { type: 'money', text: '-$0.40', value: -0.4, unit: 'USD' }],
      ['Net debt fell to −£2bn.', { type: 'money', text: '−£2bn', value: -2000000000, unit: 'GBP' }],
      ['Prices are in the mid-$50s.', { type: 'money', text: '$50', value: 50, unit: 'USD' }],
    ]);
  });

  describe('"Wednesday last week" is one date; "the May elections" a month', () => {
    dates([
      ['Residents in Florida and Discovery had been without water since Wednesday last week.', 'Wednesday last week', '2026-11-22', '2026-11-11'],
      ['The vote is on Friday next week.', 'Friday next week', '2026-11-22', '2026-11-27'],
      ['Will you rule out standing against Keir Starmer before the May elections?', 'May', '2026-11-22', '2027-05'],
    ]);
    it('"the May government" is no month', () => {
      expectNone('Critics of the May government said so.');
    });
  });

  describe('spans and units: a year before a plural it qualifies, acre-feet, "a maximum of"', () => {
    const november = { referenceDate: '2026-11-19' };
    it('"off 2026 earnings" is a year', () => {
      expectAll('Higher costs would shave roughly $1.5 billion off 2026 earnings.', [
        { type: 'money', text: 'roughly $1.5 billion', value: 1500000000, unit: 'USD', qualifier: 'approximate' },
        { type: 'date', text: '2026', value: '2026' },
      ], november);
    });
    table([
      ['It sold 1950 cars.', { type: 'number', text: '1950 cars', value: 1950, unit: 'cars' }],
      ['Cuts could reach 1.5 million acre-feet a year.', { type: 'quantity', text: '1.5 million acre-feet', value: 1500000, unit: 'acre-ft' }],
      ['The most serious counts each carry a maximum of 20 years in prison.', { type: 'quantity', text: '20 years', value: 20, unit: 'year' }],
    ]);
    it('"a maximum of ₹90" is the fare', () => {
      expectAll('Fares run from a minimum of ₹10 to a maximum of ₹90.', [
        { type: 'money', text: '₹10', value: 10, unit: 'INR' },
        { type: 'money', text: '₹90', value: 90, unit: 'INR' },
      ], november);
    });
  });

  describe('an abbreviated month with its dot after a preposition; share counts on a Substack bar', () => {
    dates([
      ['Sales fell 5% in Jan. The Fed held rates.', 'Jan.', '2026-11-20', '2026-01'],
      ['Prices rose in Sept. and fell in Oct.', 'Oct.', '2026-11-20', '2026-10'],
    ]);
    it('no month in a name, nor without the dot', () => {
      expectNone('He met Jan. Peters in Jan');
    });
    it('no figure in the engagement bar', () => {
      expectNone('142 Likes ∙ 11 Restacks');
    });
  });

  describe('"one" counts a party\'s member or a national', () => {
    it('"all but one Republican"', () => {
      expectAll('Seven Democrats joined all but one Republican in backing the measure.', [
        { type: 'number', text: 'Seven Democrats', value: 7, unit: 'democrats' },
        { type: 'number', text: 'one Republican', value: 1, unit: 'republican' },
      ]);
    });
    table([
      ['Only one Republican voted no.', { type: 'number', text: 'one Republican', value: 1, unit: 'republican' }],
      ['Officials said one Israeli soldier was killed.', { type: 'number', text: 'one Israeli soldier', value: 1, unit: 'soldier' }],
    ]);
    it('not inside a name', () => {
      expectNone('He left the one Republican Party he knew.');
    });
  });

  describe('a caption above a credit line in capitals is furniture', () => {
    it('the Times caption holds no figure, the body does', () => {
      expectAll('Sandbags outside homes in Frankwell, Shrewsbury, on Saturday\nANDREW FOX FOR THE TIMES\n\nHundreds of homes were evacuated on Saturday.', [
        { type: 'date', text: 'Saturday', value: '2026-11-21' },
      ], { referenceDate: '2026-11-21' });
      expectAll('Crowds in the square on Friday\nJANE DOE/GETTY IMAGES\nThree men left.', [{ type: 'number', text: 'Three men', value: 3, unit: 'men' }]);
    });
  });
});
