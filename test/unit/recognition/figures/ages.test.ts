// Ages are quantities in years, also bare (docs/labelled-format.md, "Ages are quantities").
import { expectAll, expectNone, table } from './support';

describe('figures: ages', () => {
  table([
    ['The driver, aged 45, was arrested.', { type: 'quantity', text: '45', value: 45, unit: 'year' }],
    ['He retired at the age of 62.', { type: 'quantity', text: '62', value: 62, unit: 'year' }],
    ['Patients aged between 18 and 24 took part.', { type: 'quantity', text: 'between 18 and 24', value: 18, max: 24, unit: 'year', qualifier: 'range' }],
    ['Residents aged 70 or over were invited.', { type: 'quantity', text: '70', value: 70, unit: 'year', qualifier: 'at least' }],
    ['Martha Greene, 81, said she had lived there all her life.', { type: 'quantity', text: '81', value: 81, unit: 'year' }],
    ['The suspect was named as Dan Price, 29.', { type: 'quantity', text: '29', value: 29, unit: 'year' }],
    ['Ruby (7) was rescued.', { type: 'quantity', text: '7', value: 7, unit: 'year' }],
    ['A man in his 50s was arrested.', { type: 'quantity', text: '50s', value: 50, max: 59, unit: 'year', qualifier: 'range' }],
    ['She is in her early 30s.', { type: 'quantity', text: '30s', value: 30, max: 39, unit: 'year', qualifier: 'range' }],
    ['A woman in her forties was hurt.', { type: 'quantity', text: 'forties', value: 40, max: 49, unit: 'year', qualifier: 'range' }],
    ['The 33-year-old signed.', { type: 'quantity', text: '33-year-old', value: 33, unit: 'year' }],
    ['She was 75 and had been ill for some time.', { type: 'quantity', text: '75', value: 75, unit: 'year' }],
    ['Since I was seven, I have played here.', { type: 'quantity', text: 'seven', value: 7, unit: 'year' }],
    ['The senator, who turned 93, spoke first.', { type: 'quantity', text: '93', value: 93, unit: 'year' }],
    ['SINGER DEAD AT 75', { type: 'quantity', text: '75', value: 75, unit: 'year' }],
    ['His daughter Isobel, four, was unhurt.', { type: 'quantity', text: 'four', value: 4, unit: 'year' }],
    ["I'm 78 and I have never been so angry.", { type: 'quantity', text: '78', value: 78, unit: 'year' }],
    ['The youngest, Noor Haddad, was nine.', { type: 'quantity', text: 'nine', value: 9, unit: 'year' }],
    ['Kwon Min-jae, 44, was not at home.', { type: 'quantity', text: '44', value: 44, unit: 'year' }],
  ]);

  it('does not read a stated number as an age when a word of its own follows or no person is its subject', () => {
    expectAll('He was 3 under par. The index was 75. She is 5 shots clear.', [
      { type: 'number', text: '3', value: 3 },
      { type: 'number', text: '75', value: 75 },
      { type: 'number', text: '5 shots', value: 5, unit: 'shots' },
    ]);
  });

  it('does not take a number after a comma for an age when a noun follows or no name precedes', () => {
    expectAll('In Leeds, 40 people were hurt; however, 12, it seems, left.', [
      { type: 'number', text: '40 people', value: 40, unit: 'people' },
      { type: 'number', text: '12', value: 12 },
    ]);
  });

  it('does not read "Comments (12)" or a month as a name before an age', () => {
    expectNone('Comments (12)');
    expectAll('By March, 12, 13 and 14 were done.', [
      { type: 'date', text: 'March', value: '2026-03' },
      { type: 'number', text: '12', value: 12 },
      { type: 'number', text: '13', value: 13 },
      { type: 'number', text: '14', value: 14 },
    ]);
  });
});
