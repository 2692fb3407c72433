import { expectAll, expectNone, expectOnly } from './support';

describe('figures: things that are not figures', () => {
  const identifiers = [
    'COVID-19 cases rose.',
    'Covid-19 cases rose.',
    'The G7 and G20 met.',
    'An F-16 and a MiG-29 flew.',
    'An Airbus A320 landed.',
    'The Su-35 and the S-400 were shown.',
    'The M25 motorway shut.',
    'Flight MH17 was downed.',
    'The 5G network and a 3D model, in 4K.',
    'COP28 opened.',
    'Version 1.2.3 is out.',
    'Windows 11 shipped.',
    'Article 5 of the treaty applies.',
    'Under article 5 the allies act.',
    'Resolution 2231 was adopted.',
    'Boeing 737 jets were grounded.',
    'BBC Radio 4 reported it.',
    'No. 10 said so, and No 10 agreed.',
    'Section 230 and Chapter 11 apply.',
    'A 24/7 service since 9/11.',
    'Liverpool won 3-1.',
    'Channel Four reported it, after Formula One news.',
  ];
  for (const sentence of identifiers) {
    it(`no figure in: ${sentence}`, () => expectNone(sentence));
  }

  const furniture = [
    'Photo 1 of 5',
    '1 of 12\nImage: Reuters',
    'Share 0',
    'Comments 12',
    'Tweet 0 Share 3',
    '1. Introduction\n2. Methods',
    'Text size + ↺ − 16 px',
  ];
  for (const sentence of furniture) {
    it(`no figure in page furniture: ${JSON.stringify(sentence)}`, () => expectNone(sentence));
  }

  const addresses = [
    'See https://example.com/2026/01/07/story-123 for more.',
    'See www.example.org/news?id=4521 for more.',
    'pic.twitter.com/DA1lMXXGpM',
    'Write to jane.doe2@example.com.',
    'Follow #Ukraine2026 and @user123.',
    'Call +44 20 7946 0958 or (202) 555-0143 or 555-123-4567.',
    'Call 020 7946 0958.',
  ];
  for (const sentence of addresses) {
    it(`no figure in a URL, address or phone number: ${sentence}`, () => expectNone(sentence));
  }

  it('keeps a figure right after a URL', () => {
    expectOnly('Source: https://example.com/a1 (26 nations)', { type: 'number', text: '26 nations', value: 26, unit: 'nations' });
  });

  it('treats a year in a dateline as part of the date, not a number', () => {
    expectAll('Paris, January 7 2026 (Agencies) – Leaders met.', [{ type: 'date', text: 'January 7 2026', value: '2026-01-07' }]);
  });

  it('does not read a bare year-like number without a year context', () => {
    expectNone('Paris 2026 (Agencies)');
  });

  it('still reads a figure after a designator-like word in lower case', () => {
    expectOnly('The radio 4 stations', { type: 'number', text: '4 stations', value: 4, unit: 'stations' });
  });

  it('reads no figures in footnote markers, law-report citations and section numbers', () => {
    expectNone('The court decided the case,[1] citing 603 U.S. 369 and 42 U.S.C. § 300g-1.\n[2] Slip opinion.');
    expectNone('6.1 Logistics\n6.2 Shelter');
    expectOnly('6.4 million people were displaced.', { type: 'number', text: '6.4 million people', value: 6400000, unit: 'people' });
  });

  it('reads "one" introducing a speaker as no count', () => {
    expectNone('One banker said the price was fair, and one senior official told reporters it was not.');
    expectOnly('One person died.', { type: 'number', text: 'One person', value: 1, unit: 'person' });
  });

  it('reads digits joined by a plus ("the 50+1 rule", "P5+1") as a name, not two numbers', () => {
    expectNone('Fans defended the 50+1 rule, and the P5+1 talks resumed.');
    expectOnly('Tickets cost more for fans aged 65+.', { type: 'quantity', text: '65+', value: 65, unit: 'year', qualifier: 'at least' });
  });

  it('reads no figures in vote and reaction counts, journal references and lower-case designations', () => {
    expectNone('Great post.\n▲ 23 | Reply\n\n♥ 214 · 👍😢 312');
    expectNone('JAMA Netw Open. 2026;9(3):e2611873. MMWR 2026; 75: 211–5.');
    expectNone('It landed on runway 24 after a phase 3 trial; see agenda item 7 and milepost 100.');
    expectOnly('Prices rose to a level 30% higher.', { type: 'percent', text: '30%', value: 30, unit: '%' });
  });

  it('reads no figure in the numbers that open the items of a list', () => {
    expectNone('Titles: (1) Beloved, Toni Morrison; (2) Maus, Art Spiegelman.\n(3) Lawn Boy');
  });
});

describe('figures: scores, clocks and numbered rounds of sports copy', () => {
  const notFigures = [
    'Europe won 3&2 and 2&1.',
    'Europe finished 16½-11½ winners.',
    'Sinner won 6-7(5), 6-3.',
    'The Jets fell to 0-4 after the loss.',
    'Bumrah took 4-98 at Edgbaston.',
    'Mahomes threw the pass with 6:14 left.',
    'Norris pitted at lap 23 and Game 7 is at home.',
  ];
  for (const sentence of notFigures) {
    it(`no figure in: ${sentence}`, () => expectNone(sentence));
  }

  it('reads half points and counts in overs as what they are', () => {
    expectAll('They need 2½ points.', [{ type: 'number', text: '2½ points', value: 2.5, unit: 'points' }]);
    expectAll('The deal cost £1½bn.', [{ type: 'money', text: '£1½bn', value: 1500000000, unit: 'GBP' }]);
    expectAll('India made 287 for 7 in 79.2 overs.', [
      { type: 'number', text: '287', value: 287 },
      { type: 'number', text: '7', value: 7 },
      { type: 'number', text: '79.2 overs', value: 79.2, unit: 'overs' },
    ]);
    expectAll('Children aged 0-4 and the upper stage 57 minutes after launch.', [
      { type: 'quantity', text: '0-4', value: 0, max: 4, unit: 'year', qualifier: 'range' },
      { type: 'quantity', text: '57 minutes', value: 57, unit: 'min' },
    ]);
  });
});

describe('figures: ages, designations and the unit "a second" in culture and health copy', () => {
  it('reads "turning 28" and "20-somethings" as ages, and leaves "type 2 diabetes" and "a second of them" alone', () => {
    expectAll('She sings of turning 28 for heartbroken 20-somethings.', [
      { type: 'quantity', text: '28', value: 28, unit: 'year' },
      { type: 'quantity', text: '20-somethings', value: 20, max: 29, unit: 'year', qualifier: 'range' },
    ]);
    expectNone('It is approved for type 2 diabetes.');
    expectNone('It barely wastes a second of them.');
  });
});

describe('figures: signs and running times of North American copy', () => {
  it('reads an en dash glued to the digits as a minus, and a video duration as no time', () => {
    expectAll('Temperatures dipped to –28 C, while prices rose 10–15 per cent.', [
      { type: 'quantity', text: '–28 C', value: -28, unit: '°C' },
      { type: 'percent', text: '10–15 per cent', value: 10, max: 15, unit: '%', qualifier: 'range' },
    ]);
    expectNone('Duration 1:54');
  });
});

describe('figures: "First" in titles and compounds, and regional prompts', () => {
  it('reads no rank in "First Minister", "First Nations" or "first-time buyers", but one in "came first"', () => {
    expectNone('First Minister Eluned Morgan met First Nations leaders about first-time buyers.');
    expectAll('He came first.', [{ type: 'ordinal', text: 'first', value: 1 }]);
  });

  it('drops the figures of "Also read:" lines and bracketed image captions', () => {
    expectNone('Also read: Mumbai Metro Line 3 ridership crosses 1 lakh on a single day');
    expectNone('[Image caption: Firefighters helped residents on Saturday morning. Getty Images]');
  });
});

describe('figures: emergency numbers and ages after a person noun', () => {
  it('drops a called emergency number and reads "the mother, 34," as an age', () => {
    expectNone('Children called 911 begging for help.');
    expectAll('The mother, 34, was charged.', [{ type: 'quantity', text: '34', value: 34, unit: 'year' }]);
  });
});

describe('figures: a month named as a modifier', () => {
  it('reads "its April review" as a month, but not "the May government"', () => {
    expectAll('The bank kept policy unchanged at its April review.', [{ type: 'date', text: 'April', value: '2025-04' }]);
    expectNone('The May government fell.');
  });
  it('reads no count in a name that opens with a capitalised number word in prose ("a Thousand Oaks company", "Five Guys")', () => {
    expectNone('Latigo, a Thousand Oaks company, bought Five Guys franchises.');
    expectOnly('Five people died.', { type: 'number', text: 'Five people', value: 5, unit: 'people' });
  });
});
