import { expectAll, expectNone, expectOnly, table } from './support';

describe('figures: times', () => {
  table([
    ['The blast came at 9:03 a.m. on the dot.', { type: 'time', text: '9:03 a.m.', value: '09:03' }],
    ['The blast came at 9:03 p.m. on the dot.', { type: 'time', text: '9:03 p.m.', value: '21:03' }],
    ['The blast came at 9.03am.', { type: 'time', text: '9.03am', value: '09:03' }],
    ['The blast came at 9.03pm.', { type: 'time', text: '9.03pm', value: '21:03' }],
    ['The blast came at 11pm.', { type: 'time', text: '11pm', value: '23:00' }],
    ['The blast came at 11 PM sharp.', { type: 'time', text: '11 PM', value: '23:00' }],
    ['The blast came at 12am.', { type: 'time', text: '12am', value: '00:00' }],
    ['The blast came at 12pm.', { type: 'time', text: '12pm', value: '12:00' }],
    ['The blast came at 23:11 local time.', { type: 'time', text: '23:11', value: '23:11' }],
    ['The blast came at 09:30 GMT.', { type: 'time', text: '09:30 GMT', value: '09:30' }],
    ['The blast came at 10:15 BST.', { type: 'time', text: '10:15 BST', value: '10:15' }],
    ['The vote came at 12:40am PKT.', { type: 'time', text: '12:40am PKT', value: '00:40' }],
    ['The vote came at 14:00 EAT.', { type: 'time', text: '14:00 EAT', value: '14:00' }],
    ['The blast came at 10:15 Kyiv time.', { type: 'time', text: '10:15 Kyiv time', value: '10:15' }],
    ['The blast came at 14:02.', { type: 'time', text: '14:02', value: '14:02' }],
    ['The blast came at 14:02:33 UTC.', { type: 'time', text: '14:02:33 UTC', value: '14:02' }],
    ['The blast came at 1430 GMT.', { type: 'time', text: '1430 GMT', value: '14:30' }],
    ['A sessão começou às 14h30 em Brasília.', { type: 'time', text: '14h30', value: '14:30' }],
    ['The rally began at 9h05 local time.', { type: 'time', text: '9h05', value: '09:05' }],
    ['The blast came at 14.30 GMT.', { type: 'time', text: '14.30 GMT', value: '14:30' }],
    ['The blast came at 10 a.m. ET.', { type: 'time', text: '10 a.m. ET', value: '10:00' }],
    ['The blast came at 10am EST.', { type: 'time', text: '10am EST', value: '10:00' }],
    ['The blast came at noon.', { type: 'time', text: 'noon', value: '12:00' }],
    ['The blast came at midnight.', { type: 'time', text: 'midnight', value: '00:00' }],
    ['The blast came at midday GMT.', { type: 'time', text: 'midday GMT', value: '12:00' }],
    ["The blast came at 3 o'clock.", { type: 'time', text: "3 o'clock", value: '03:00' }],
    ['The blast came at 7.30pm.', { type: 'time', text: '7.30pm', value: '19:30' }],
  ]);

  it('reads a time and a date of the same line separately', () => {
    expectAll('Updated 14:02 GMT, 7 Jan 2026', [
      { type: 'time', text: '14:02 GMT', value: '14:02' },
      { type: 'date', text: '7 Jan 2026', value: '2026-01-07' },
    ]);
  });

  it('does not read decimals or ratios as times', () => {
    expectAll('A ratio of 3:1 and a rate of 4.30 were noted.', [{ type: 'number', text: '4.30', value: 4.3 }]);
  });

  it('does not read "am" inside words as a clock', () => {
    expectAll('5 amendments and 3 pmol samples', [
      { type: 'number', text: '5 amendments', value: 5, unit: 'amendments' },
      { type: 'number', text: '3 pmol samples', value: 3, unit: 'samples' },
    ]);
  });

  it('rejects impossible clock times', () => {
    expectNone('Code 25:99 and 13pm.');
  });

  it('reads HH.MM opening the entries of a British live blog as times, not decimals', () => {
    expectAll('Live updates\n21.52\nBritons land in Muscat\n16.05 Foreign Office confirms the release', [
      { type: 'time', text: '21.52', value: '21:52' },
      { type: 'time', text: '16.05', value: '16:05' },
    ]);
    expectAll('6.50 per cent of voters\n2.50 Million people', [
      { type: 'percent', text: '6.50 per cent', value: 6.5, unit: '%' },
      { type: 'number', text: '2.50 Million people', value: 2500000, unit: 'people' },
    ]);
  });

  it('reads clock times spoken in transcripts, and no time in a count before a capitalised word', () => {
    expectAll('We return at ten a.m. Eastern, then at seven thirty and at nine forty p.m.', [
      { type: 'time', text: 'ten a.m. Eastern', value: '10:00' },
      { type: 'time', text: 'seven thirty', value: '07:30' },
      { type: 'time', text: 'nine forty p.m.', value: '21:40' },
    ]);
    expectOnly('He was one of nine Pacific islanders.', { type: 'number', text: 'nine Pacific islanders', value: 9, unit: 'islanders' });
  });
});
