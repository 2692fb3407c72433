import { expectAll, expectNone, expectOnly, table } from './support';

describe('figures: ordinals', () => {
  it('reads no ranking in Downing Street\'s "No 10" or a bus number', () => expectNone('No 10 said the No. 3 buses were late.'));

  it('reads no ranking in a capitalised ordinal that starts a title or a name mid-sentence', () => {
    expectNone('In Scotland, First Minister John Swinney spoke, as did the Fifth Republic\'s heirs.');
    // (A headline in title case, or a sentence's first word, still ranks.)
    expectOnly('RBA Hikes Again, Second Increase in a Row', { type: 'ordinal', text: 'Second', value: 2 });
  });

  table([
    ['It was the first time.', { type: 'ordinal', text: 'first', value: 1 }],
    ['The world No 2 lost.', { type: 'ordinal', text: 'No 2', value: 2 }],
    ['She beat the No. 5 seed.', { type: 'ordinal', text: 'No. 5', value: 5 }],
    ['It came 3rd overall.', { type: 'ordinal', text: '3rd', value: 3 }],
    ['The 21st century began.', { type: 'ordinal', text: '21st', value: 21 }],
    ['The 2nd round starts.', { type: 'ordinal', text: '2nd', value: 2 }],
    ['The 47th brigade moved.', { type: 'ordinal', text: '47th', value: 47 }],
    ['It is the second-largest city.', { type: 'ordinal', text: 'second', value: 2 }],
    ['She finished fifth.', { type: 'ordinal', text: 'fifth', value: 5 }],
    ['He won a second term.', { type: 'ordinal', text: 'second', value: 2 }],
    ['The twenty-first summit met.', { type: 'ordinal', text: 'twenty-first', value: 21 }],
    ['The twentieth anniversary came.', { type: 'ordinal', text: 'twentieth', value: 20 }],
    ['The hundredth day passed.', { type: 'ordinal', text: 'hundredth', value: 100 }],
  ]);

  it('does not read "second" as an ordinal when it is the time unit', () => {
    expectNone('Wait a second. It ended a second later, a split second after that, at many metres per second.');
  });

  it('reads several ordinals in a row', () => {
    expectAll('first, second and third', [
      { type: 'ordinal', text: 'first', value: 1 },
      { type: 'ordinal', text: 'second', value: 2 },
      { type: 'ordinal', text: 'third', value: 3 },
    ]);
  });

  it('reads "first" before a verb in the past as an adverb, and a third party as no rank', () => {
    expectNone('It first disclosed the breach, which was first reported by reporters, after the intruders first got in via a third-party vendor.');
    expectOnly('She was the first elected mayor.', { type: 'ordinal', text: 'first', value: 1 });
  });

  it('does not read "in the first place" as a rank, but "in first place" is one', () => {
    expectNone('They had left a black hole in the first place.');
    expectOnly('She finished in first place.', { type: 'ordinal', text: 'first', value: 1 });
  });

  it('does not read "first of all" as a rank', () => {
    expectNone('Minister, first of all, do you welcome this?');
    expectOnly('It was the first of all the reports.', { type: 'ordinal', text: 'first', value: 1 });
  });
});

