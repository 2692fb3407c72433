import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, expectOnly, table } from './support';

describe('figures: numbers', () => {
  describe('digits', () => {
    table([
      ['The committee has 26 members.', { type: 'number', text: '26 members', value: 26, unit: 'members' }],
      ['A crowd of 3,500 gathered outside.', { type: 'number', text: '3,500', value: 3500 }],
      ['Inflation stood at 1,234,567 units of account.', { type: 'number', text: '1,234,567 units', value: 1234567, unit: 'units' }],
      ['The index closed at 4.75 after a rally.', { type: 'number', text: '4.75', value: 4.75 }],
      ['Officials counted 1.2 million voters.', { type: 'number', text: '1.2 million voters', value: 1_200_000, unit: 'voters' }],
      ['The city has 1.5m residents.', { type: 'number', text: '1.5m residents', value: 1_500_000, unit: 'residents' }],
      ['The population reached 1.5m.', { type: 'number', text: '1.5m', value: 1_500_000 }],
      ['About 20m people watched.', { type: 'number', text: 'About 20m people', value: 20_000_000, unit: 'people', qualifier: 'approximate' }],
      ['The app has 50k users.', { type: 'number', text: '50k users', value: 50_000, unit: 'users' }],
      ['The fund counted 2 billion shares.', { type: 'number', text: '2 billion shares', value: 2e9, unit: 'shares' }],
    ]);
  });

  describe('words', () => {
    table([
      ['Five ministers resigned.', { type: 'number', text: 'Five ministers', value: 5, unit: 'ministers' }],
      ['The two leaders met in private.', { type: 'number', text: 'two leaders', value: 2, unit: 'leaders' }],
      ['Twenty-six nations signed it.', { type: 'number', text: 'Twenty-six nations', value: 26, unit: 'nations' }],
      ['Twenty six nations signed it.', { type: 'number', text: 'Twenty six nations', value: 26, unit: 'nations' }],
      ['It cost one hundred and twenty lives.', { type: 'number', text: 'one hundred and twenty lives', value: 120, unit: 'lives' }],
      ['They found two million records.', { type: 'number', text: 'two million records', value: 2_000_000, unit: 'records' }],
      ['She read five hundred thousand pages.', { type: 'number', text: 'five hundred thousand pages', value: 500_000, unit: 'pages' }],
      ['A dozen boats sank.', { type: 'number', text: 'A dozen boats', value: 12, unit: 'boats' }],
      ['A million refugees crossed.', { type: 'number', text: 'A million refugees', value: 1_000_000, unit: 'refugees' }],
      ['Two dozen eggs broke.', { type: 'number', text: 'Two dozen eggs', value: 24, unit: 'eggs' }],
      ['Only one person survived.', { type: 'number', text: 'one person', value: 1, unit: 'person' }],
      ['The vote split eleven ways.', { type: 'number', text: 'eleven ways', value: 11, unit: 'ways' }],
      ['Nineteen were arrested.', { type: 'number', text: 'Nineteen', value: 19 }],
    ]);

    it('keeps separate numbers apart ("one two")', () => {
      assert.deepEqual(findFigures('Count: four, five, six.').map((figure) => figure.value), [4, 5, 6]);
    });
  });

  describe('vague amounts are not figures (no definite amount)', () => {
    const vague = [
      'Thousands of troops moved west.',
      'Dozens of people were hurt.',
      'Tens of thousands of people marched.',
      'Hundreds of thousands fled.',
      'Several hundred protesters returned.',
      'Hundreds were evacuated.',
      'Thousands of them stayed.',
      'Scores of homes burned.',
      'Millions of dollars vanished.',
      'The deal is worth several billion kroner.',
      'The tens digit and the test scores improved.',
    ];
    for (const sentence of vague) it(`no figure in: ${sentence}`, () => expectNone(sentence));

    it('reads a definite amount next to a vague one', () => {
      expectAll('Hundreds gathered and 12 people were arrested.', [{ type: 'number', text: '12 people', value: 12, unit: 'people' }]);
    });
  });

  describe('counted nouns', () => {
    table([
      ['Leaders of 26 European nations met.', { type: 'number', text: '26 European nations', value: 26, unit: 'nations' }],
      ['It sent 30 more troops.', { type: 'number', text: '30 more troops', value: 30, unit: 'troops' }],
      ['At least 12 people were killed.', { type: 'number', text: 'At least 12 people', value: 12, unit: 'people', qualifier: 'at least' }],
      ['Some 40 children were rescued.', { type: 'number', text: 'Some 40 children', value: 40, unit: 'children', qualifier: 'approximate' }],
      ['He welcomed 26 Americans.', { type: 'number', text: '26 Americans', value: 26, unit: 'americans' }],
      ['A 26-nation coalition formed.', { type: 'number', text: '26-nation', value: 26, unit: 'nation' }],
      ['A 5,000-strong force landed.', { type: 'number', text: '5,000-strong force', value: 5000, unit: 'force' }],
      // (Where the entities name "National Guard", the merge ends the count before it: see mergeMentions.)
      ['It sent 2,500 National Guard troops.', { type: 'number', text: '2,500 National Guard troops', value: 2500, unit: 'troops' }],
      ['They saved 14 crew members.', { type: 'number', text: '14 crew members', value: 14, unit: 'members' }],
      ['Four gas stations ran dry.', { type: 'number', text: 'Four gas stations', value: 4, unit: 'stations' }],
      ['It opened 12 emergency shelters.', { type: 'number', text: '12 emergency shelters', value: 12, unit: 'shelters' }],
      ['The 12 were released.', { type: 'number', text: '12', value: 12 }],
    ]);

    it('does not take pronouns, verbs or prepositions as nouns', () => {
      expectAll('Of those 26, 14 said yes and 12 was the rest, 9 has left and 7 of them stayed.', [
        { type: 'number', text: '26', value: 26 },
        { type: 'number', text: '14', value: 14 },
        { type: 'number', text: '12', value: 12 },
        { type: 'number', text: '9', value: 9 },
        { type: 'number', text: '7', value: 7 },
      ]);
    });

    it('reads "Of the 30, 12 remain" as two bare numbers', () => {
      expectAll('Of the 30, 12 remain.', [
        { type: 'number', text: '30', value: 30 },
        { type: 'number', text: '12', value: 12 },
      ]);
    });

    it('reads "26 of the 35 countries" as two figures', () => {
      expectAll('26 of the 35 countries agreed.', [
        { type: 'number', text: '26', value: 26 },
        { type: 'number', text: '35 countries', value: 35, unit: 'countries' },
      ]);
    });

    it('drops "one" and "zero" when they count nothing', () => {
      expectNone('No one knew, one of them said, and this one is the one.');
      expectOnly('Zero tolerance was shown to zero cases.', { type: 'number', text: 'zero cases', value: 0, unit: 'cases' });
    });
  });

  describe('qualifiers', () => {
    table([
      ['about 30 countries', { type: 'number', text: 'about 30 countries', value: 30, unit: 'countries', qualifier: 'approximate' }],
      ['around 30 countries', { type: 'number', text: 'around 30 countries', value: 30, unit: 'countries', qualifier: 'approximate' }],
      ['roughly 30 countries', { type: 'number', text: 'roughly 30 countries', value: 30, unit: 'countries', qualifier: 'approximate' }],
      ['nearly 200 families', { type: 'number', text: 'nearly 200 families', value: 200, unit: 'families', qualifier: 'approximate' }],
      ['almost 200 families', { type: 'number', text: 'almost 200 families', value: 200, unit: 'families', qualifier: 'approximate' }],
      ['approximately 200 families', { type: 'number', text: 'approximately 200 families', value: 200, unit: 'families', qualifier: 'approximate' }],
      ['an estimated 5,000 protesters', { type: 'number', text: '5,000 protesters', value: 5000, unit: 'protesters', qualifier: 'approximate' }],
      ['~30 drones', { type: 'number', text: '~30 drones', value: 30, unit: 'drones', qualifier: 'approximate' }],
      ['more than 30 countries', { type: 'number', text: 'more than 30 countries', value: 30, unit: 'countries', qualifier: 'more than' }],
      ['over 30 countries', { type: 'number', text: 'over 30 countries', value: 30, unit: 'countries', qualifier: 'more than' }],
      ['in excess of 30 countries', { type: 'number', text: 'in excess of 30 countries', value: 30, unit: 'countries', qualifier: 'more than' }],
      ['upwards of 30 countries', { type: 'number', text: 'upwards of 30 countries', value: 30, unit: 'countries', qualifier: 'more than' }],
      ['at least 12 people', { type: 'number', text: 'at least 12 people', value: 12, unit: 'people', qualifier: 'at least' }],
      ['no fewer than 12 people', { type: 'number', text: 'no fewer than 12 people', value: 12, unit: 'people', qualifier: 'at least' }],
      ['up to 40 drones', { type: 'number', text: 'up to 40 drones', value: 40, unit: 'drones', qualifier: 'up to' }],
      ['as many as 40 drones', { type: 'number', text: 'as many as 40 drones', value: 40, unit: 'drones', qualifier: 'up to' }],
      ['fewer than 10 ships', { type: 'number', text: 'fewer than 10 ships', value: 10, unit: 'ships', qualifier: 'fewer than' }],
      ['less than 10 ships', { type: 'number', text: 'less than 10 ships', value: 10, unit: 'ships', qualifier: 'fewer than' }],
      ['under 10 ships', { type: 'number', text: 'under 10 ships', value: 10, unit: 'ships', qualifier: 'fewer than' }],
      ['at most 3 ships', { type: 'number', text: 'at most 3 ships', value: 3, unit: 'ships', qualifier: 'at most' }],
      ['no more than 3 ships', { type: 'number', text: 'no more than 3 ships', value: 3, unit: 'ships', qualifier: 'at most' }],
      ['30 or more countries', { type: 'number', text: '30 or more countries', value: 30, unit: 'countries', qualifier: 'at least' }],
      ['30 countries or more', { type: 'number', text: '30 countries', value: 30, unit: 'countries', qualifier: 'at least' }],
      ['30-plus countries', { type: 'number', text: '30-plus countries', value: 30, unit: 'countries', qualifier: 'at least' }],
      ['30+ countries', { type: 'number', text: '30+ countries', value: 30, unit: 'countries', qualifier: 'at least' }],
      ['30 or so countries', { type: 'number', text: '30 or so countries', value: 30, unit: 'countries', qualifier: 'approximate' }],
      ['More than thirty countries', { type: 'number', text: 'More than thirty countries', value: 30, unit: 'countries', qualifier: 'more than' }],
    ]);

    it('does not hedge with a word that is not right before the number', () => {
      expectOnly('More talks than ever: 30 countries.', { type: 'number', text: '30 countries', value: 30, unit: 'countries' });
    });
  });

  describe('ranges', () => {
    table([
      ['20-25 people', { type: 'number', text: '20-25 people', value: 20, max: 25, unit: 'people', qualifier: 'range' }],
      ['20–25 people', { type: 'number', text: '20–25 people', value: 20, max: 25, unit: 'people', qualifier: 'range' }],
      ['20 to 25 people', { type: 'number', text: '20 to 25 people', value: 20, max: 25, unit: 'people', qualifier: 'range' }],
      ['between 20 and 25 people', { type: 'number', text: 'between 20 and 25 people', value: 20, max: 25, unit: 'people', qualifier: 'range' }],
      ['two to three million people', { type: 'number', text: 'two to three million people', value: 2e6, max: 3e6, unit: 'people', qualifier: 'range' }],
      ['2-3 million people', { type: 'number', text: '2-3 million people', value: 2e6, max: 3e6, unit: 'people', qualifier: 'range' }],
      ['between five and ten ships', { type: 'number', text: 'between five and ten ships', value: 5, max: 10, unit: 'ships', qualifier: 'range' }],
    ]);

    it('does not read "from 20 to 25" as a range: it is a change', () => {
      expectAll('It rose from 20 to 25.', [
        { type: 'number', text: '20', value: 20 },
        { type: 'number', text: '25', value: 25 },
      ]);
    });

    it('reads "ranged from X to Y" as a range', () => {
      expectAll('Estimates ranged from $8 billion to $12 billion.', [
        { type: 'money', text: 'from $8 billion to $12 billion', value: 8e9, max: 12e9, unit: 'USD', qualifier: 'range' },
      ]);
      expectAll('Ages varied from 20 to 35 years.', [
        { type: 'quantity', text: 'from 20 to 35 years', value: 20, max: 35, unit: 'year', qualifier: 'range' },
      ]);
    });

    it('reads a descending dash pair as a score, not a figure', () => {
      expectNone('They won 3-1 and drew 2-2.');
    });

    it('reads set scores beside each other as scores, rising ones too', () => {
      expectNone('Marsden won 6-4 3-6 7-6 (7-4) 2-6 7-5 on the grass.');
      expectNone('She came through 6-3, 2-6, 6-1.');
    });

    it('ignores "between" without a second number', () => {
      expectOnly('a deal between 2 countries', { type: 'number', text: '2 countries', value: 2, unit: 'countries' });
    });
  });

  it('reads a minus sign and "minus"', () => {
    expectAll('Readings of -4 and minus 7 were logged.', [
      { type: 'number', text: '-4', value: -4 },
      { type: 'number', text: 'minus 7', value: -7 },
    ]);
  });

  it('reads a scale word written on to the number in counts too ("7.8million treatments")', () => {
    expectOnly('Some 7.8million treatments are waiting.', { type: 'number', text: 'Some 7.8million treatments', value: 7800000, unit: 'treatments', qualifier: 'approximate' });
  });

  it('counts grandchildren', () => {
    expectOnly('He leaves seven grandchildren.', { type: 'number', text: 'seven grandchildren', value: 7, unit: 'grandchildren' });
  });
});

