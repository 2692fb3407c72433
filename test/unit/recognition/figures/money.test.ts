import * as assert from 'node:assert/strict';
import { findFigures, homeDollar } from '../../../../src/core/recognition/figures';
import { expectAll, expectNone, expectOnly, table } from './support';

describe('figures: money', () => {
  describe('currency before the amount', () => {
    table([
      ['The plan costs $1.2bn.', { type: 'money', text: '$1.2bn', value: 1.2e9, unit: 'USD' }],
      ['The plan costs $1.2 billion.', { type: 'money', text: '$1.2 billion', value: 1.2e9, unit: 'USD' }],
      ['The plan costs $ 40 in fees.', { type: 'money', text: '$ 40', value: 40, unit: 'USD' }],
      ['Brussels pledged €50 million.', { type: 'money', text: '€50 million', value: 5e7, unit: 'EUR' }],
      ['London spent £3.4 billion.', { type: 'money', text: '£3.4 billion', value: 3.4e9, unit: 'GBP' }],
      ['The bank lent US$5m.', { type: 'money', text: 'US$5m', value: 5e6, unit: 'USD' }],
      ['A house sold for £250,000.', { type: 'money', text: '£250,000', value: 250_000, unit: 'GBP' }],
      ['Toon seal £140million deal.', { type: 'money', text: '£140million', value: 1.4e8, unit: 'GBP' }],
      ['Each family got Tk 5,000 in cash.', { type: 'money', text: 'Tk 5,000', value: 5000, unit: 'BDT' }],
      ['Markets lost $3 trillion.', { type: 'money', text: '$3 trillion', value: 3e12, unit: 'USD' }],
      ['The grant is €1.5bn.', { type: 'money', text: '€1.5bn', value: 1.5e9, unit: 'EUR' }],
      ['Each ticket costs €1,500.', { type: 'money', text: '€1,500', value: 1500, unit: 'EUR' }],
      ['Funding of ₴20bn was approved.', { type: 'money', text: '₴20bn', value: 2e10, unit: 'UAH' }],
      ['Fines of ₽5m were issued.', { type: 'money', text: '₽5m', value: 5e6, unit: 'RUB' }],
      ['It earned ¥800 million.', { type: 'money', text: '¥800 million', value: 8e8, unit: 'JPY' }],
      ['Canberra added A$2bn.', { type: 'money', text: 'A$2bn', value: 2e9, unit: 'AUD' }],
      ['Ottawa added C$300m.', { type: 'money', text: 'C$300m', value: 3e8, unit: 'CAD' }],
      ['Shares worth HK$45 changed hands.', { type: 'money', text: 'HK$45', value: 45, unit: 'HKD' }],
      ['The startup raised $5M in seed money.', { type: 'money', text: '$5M', value: 5e6, unit: 'USD' }],
      ['The deal is worth USD 5m.', { type: 'money', text: 'USD 5m', value: 5e6, unit: 'USD' }],
      ['The fund holds CHF 1.2bn.', { type: 'money', text: 'CHF 1.2bn', value: 1.2e9, unit: 'CHF' }],
      ['A project of Rs 500 crore was cleared.', { type: 'money', text: 'Rs 500 crore', value: 5e9, unit: 'INR' }],
      ['The deal is worth about N2.1 trillion.', { type: 'money', text: 'about N2.1 trillion', value: 2.1e12, unit: 'NGN', qualifier: 'approximate' }],
      ['Shares closed at N412.50 in Lagos.', { type: 'money', text: 'N412.50', value: 412.5, unit: 'NGN' }],
      ['The deal values it at KSh181 billion.', { type: 'money', text: 'KSh181 billion', value: 1.81e11, unit: 'KES' }],
      ['Shares rose to Sh38.50 at the close.', { type: 'money', text: 'Sh38.50', value: 38.5, unit: 'KES' }],
    ]);
    it('reads no naira in "N95" masks or the "N1" road', () => expectNone('Nurses wore N95 masks on the N1 road.'));
  });

  describe('currency after the amount', () => {
    table([
      ['It received 50 million euros.', { type: 'money', text: '50 million euros', value: 5e7, unit: 'EUR' }],
      ['It received 5 billion dollars.', { type: 'money', text: '5 billion dollars', value: 5e9, unit: 'USD' }],
      ['It received five billion dollars.', { type: 'money', text: 'five billion dollars', value: 5e9, unit: 'USD' }],
      ['Kyiv allocated 2 billion hryvnias.', { type: 'money', text: '2 billion hryvnias', value: 2e9, unit: 'UAH' }],
      ['Moscow spent 300 million roubles.', { type: 'money', text: '300 million roubles', value: 3e8, unit: 'RUB' }],
      ['Kampala owes 186 billion Ugandan shillings.', { type: 'money', text: '186 billion Ugandan shillings', value: 1.86e11, unit: 'UGX' }],
      ['Accra raised 412 million cedis.', { type: 'money', text: '412 million cedis', value: 4.12e8, unit: 'GHS' }],
      ['The shares closed at 41,350 won.', { type: 'money', text: '41,350 won', value: 41350, unit: 'KRW' }],
      ['The fare is 34.40 shillings.', { type: 'money', text: '34.40 shillings', value: 34.4, unit: 'KES' }],
      ['Moscow spent 300 million rubles.', { type: 'money', text: '300 million rubles', value: 3e8, unit: 'RUB' }],
      ['Tokyo set aside 10 billion yen.', { type: 'money', text: '10 billion yen', value: 1e10, unit: 'JPY' }],
      ['Beijing lent 40 billion yuan.', { type: 'money', text: '40 billion yuan', value: 4e10, unit: 'CNY' }],
      ['Bern paid 3 million Swiss francs.', { type: 'money', text: '3 million Swiss francs', value: 3e6, unit: 'CHF' }],
      ['It cost 8 million Canadian dollars.', { type: 'money', text: '8 million Canadian dollars', value: 8e6, unit: 'CAD' }],
      ['It cost 8 billion US dollars.', { type: 'money', text: '8 billion US dollars', value: 8e9, unit: 'USD' }],
      ['The fine was 5 million pounds.', { type: 'money', text: '5 million pounds', value: 5e6, unit: 'GBP' }],
      ['The fine was 500 pounds sterling.', { type: 'money', text: '500 pounds sterling', value: 500, unit: 'GBP' }],
      ['The deal is worth 5m USD.', { type: 'money', text: '5m USD', value: 5e6, unit: 'USD' }],
      ['A stamp costs 85p now.', { type: 'money', text: '85p', value: 0.85, unit: 'GBP' }],
      ['A stamp costs 85 pence now.', { type: 'money', text: '85 pence', value: 0.85, unit: 'GBP' }],
      ['Gas rose 20 cents a gallon.', { type: 'money', text: '20 cents', value: 0.2, unit: 'USD' }],
    ]);

    it('reads "pounds" without a scale as a weight', () => {
      expectAll('He lost 20 pounds.', [{ type: 'quantity', text: '20 pounds', value: 20, unit: 'lb' }]);
    });
  });

  describe('ranges and hedges', () => {
    table([
      ['It will cost $20-25 million.', { type: 'money', text: '$20-25 million', value: 2e7, max: 2.5e7, unit: 'USD', qualifier: 'range' }],
      ['It will cost £20m-£25m.', { type: 'money', text: '£20m-£25m', value: 2e7, max: 2.5e7, unit: 'GBP', qualifier: 'range' }],
      ['It will cost £1bn to £2bn.', { type: 'money', text: '£1bn to £2bn', value: 1e9, max: 2e9, unit: 'GBP', qualifier: 'range' }],
      ['It will cost between $5m and $10m.', { type: 'money', text: 'between $5m and $10m', value: 5e6, max: 1e7, unit: 'USD', qualifier: 'range' }],
      ['It will cost more than $1bn.', { type: 'money', text: 'more than $1bn', value: 1e9, unit: 'USD', qualifier: 'more than' }],
      ['It will cost about €40m.', { type: 'money', text: 'about €40m', value: 4e7, unit: 'EUR', qualifier: 'approximate' }],
      ['It will cost up to 3 billion euros.', { type: 'money', text: 'up to 3 billion euros', value: 3e9, unit: 'EUR', qualifier: 'up to' }],
      ['It will cost $1bn-plus.', { type: 'money', text: '$1bn-plus', value: 1e9, unit: 'USD', qualifier: 'at least' }],
    ]);
  });

  it('keeps a conversion in brackets as a second figure', () => {
    expectAll('The award is £4m ($5.1m).', [
      { type: 'money', text: '£4m', value: 4e6, unit: 'GBP' },
      { type: 'money', text: '$5.1m', value: 5.1e6, unit: 'USD' },
    ]);
  });

  it('needs digits after the symbol', () => {
    expectNone('Prices in $ and € fell; the $-denominated bonds too.');
  });

  it('ignores unknown dollar prefixes and lower-case codes', () => {
    expectNone('Tokens XY$5 and Q$9.');
    expectAll('The usd 5 note.', [{ type: 'number', text: '5', value: 5 }]);
  });

  it('reads quid and bucks as pounds and dollars', () => {
    expectAll('It cost twenty quid, or 40 bucks.', [
      { type: 'money', text: 'twenty quid', value: 20, unit: 'GBP' },
      { type: 'money', text: '40 bucks', value: 40, unit: 'USD' },
    ]);
  });

  it('reads an ISO code glued to a scaled or decimal amount, dirhams (Dh), rand (R) and shekels (NIS)', () => {
    expectOnly('Orders reached EUR12.3 billion.', { type: 'money', text: 'EUR12.3 billion', value: 12.3e9, unit: 'EUR' });
    expectOnly('Sales hit USD5m.', { type: 'money', text: 'USD5m', value: 5e6, unit: 'USD' });
    expectOnly('Profit was Dh6.1 billion.', { type: 'money', text: 'Dh6.1 billion', value: 6.1e9, unit: 'AED' });
    expectOnly('Eskom owes R58 billion.', { type: 'money', text: 'R58 billion', value: 58e9, unit: 'ZAR' });
    expectOnly('It cost NIS 2 billion.', { type: 'money', text: 'NIS 2 billion', value: 2e9, unit: 'ILS' });
    // A code or a letter glued to a bare number names a model or a token, not an amount.
    assert.deepEqual(findFigures('The EUR1 token, the R2 unit and the A320 jet.').filter((f) => f.type === 'money'), []);
  });

  it('reads Turkish lira written TL before or after the amount', () => {
    expectAll('It paid TL 10,000 and announced 2.5 billion TL.', [
      { type: 'money', text: 'TL 10,000', value: 10000, unit: 'TRY' },
      { type: 'money', text: '2.5 billion TL', value: 2500000000, unit: 'TRY' },
    ]);
  });

  it('reads a lakh of crores, bolivianos written Bs, and earthquake magnitudes', () => {
    expectAll('It cost ₹2.29 lakh crore and Bs 14.20; an M6.8 quake, 5.6 on the Richter scale.', [
      { type: 'money', text: '₹2.29 lakh crore', value: 2290000000000, unit: 'INR' },
      { type: 'money', text: 'Bs 14.20', value: 14.2, unit: 'BOB' },
      { type: 'quantity', text: 'M6.8', value: 6.8, unit: 'magnitude' },
      { type: 'quantity', text: '5.6 on the Richter scale', value: 5.6, unit: 'magnitude' },
    ]);
  });

  it('counts crypto-assets like currencies', () => {
    expectAll('It held about 9,800 BTC and 640 million USDT.', [
      { type: 'money', text: 'about 9,800 BTC', value: 9800, unit: 'BTC', qualifier: 'approximate' },
      { type: 'money', text: '640 million USDT', value: 640000000, unit: 'USDT' },
    ]);
  });

  it('reads US cents written before or after the cents, and naira and shilling sums written short', () => {
    expectOnly('The loonie rose to 73.4 cents US.', { type: 'money', text: '73.4 cents US', value: 0.734, unit: 'USD' });
    expectOnly('The Australian dollar bought 64.9 US cents.', { type: 'money', text: '64.9 US cents', value: 0.649, unit: 'USD' });
    expectOnly('We have mobilised N150bn to the contractor.', { type: 'money', text: 'N150bn', value: 150000000000, unit: 'NGN' });
  });

  it('reads a bare "$" as the dollar of the country the article is about, and "US$" as the US dollar', () => {
    const sydney = 'SYDNEY — The Albanese government will spend $2.1 billion on homes in Queensland and NSW, '
      + 'Treasurer Jim Chalmers said in Canberra, while a US$40 million fund is run from Melbourne.';
    assert.deepEqual(findFigures(sydney).filter((f) => f.type === 'money').map((f) => [f.text, f.unit]), [['$2.1 billion', 'AUD'], ['US$40 million', 'USD']]);
    assert.equal(homeDollar('Ottawa and Toronto said Canada would spend $14 billion in Alberta.'), 'CAD');
    // One mention of Canada in a US story leaves "$" the US dollar.
    assert.equal(homeDollar('Trump told Congress in Washington that Canada owes $5 billion, US officials said.'), 'USD');
  });

  it('reads Indian digit grouping', () => {
    expectOnly('In India it costs ₹1,09,999.', { type: 'money', text: '₹1,09,999', value: 109999, unit: 'INR' });
    expectOnly('The plan reaches 1,50,00,000 people.', { type: 'number', text: '1,50,00,000 people', value: 15000000, unit: 'people' });
  });

  it('reads bare pesos as the peso of the country the article is about, and "below" as no hedge', () => {
    const manila = 'MANILA — Marcos, who flew to Cebu, said the Philippines had released 760 million pesos in aid.';
    assert.deepEqual(findFigures(manila).map((f) => [f.text, f.unit]), [['760 million pesos', 'PHP']]);
    assert.deepEqual(findFigures('Mexico City said it spent 5 million pesos.').map((f) => f.unit), ['MXN']);
    expectOnly('Bitcoin fell below $88,000.', { type: 'money', text: '$88,000', value: 88000, unit: 'USD' });
  });

  it('reads bare rupees as the rupee of the country the article is about, and drops police log references', () => {
    const karachi = 'ISLAMABAD — Pakistan said Rs 500 billion would go to Karachi and Lahore.';
    assert.deepEqual(findFigures(karachi).map((f) => [f.text, f.unit]), [['Rs 500 billion', 'PKR']]);
    assert.deepEqual(findFigures('Anyone with information should call 101 or 999, quoting CAD 2417 of 3 November.').map((f) => f.text), ['3 November']);
    assert.deepEqual(findFigures('It cost CAD 2,400 and he scored 101 runs.').map((f) => f.text), ['CAD 2,400', '101 runs']);
  });
});

