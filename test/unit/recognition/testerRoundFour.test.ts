// Forms that a fourth round of testers met in live blogs, US politics wires, pasted web pages,
// European and Asia-Pacific papers and transcripts (session 11), written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../src/core/recognition';

/** Every mention of one text recognised alone, as "text/type" (with "=value unit" for figures). */
function mentionsOf(text: string): string[] {
  return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt')
    .map((m) => (m.kind === 'figure' ? `${m.text}/${m.type}=${m.value ?? ''} ${m.unit ?? ''}`.trimEnd() : `${m.text}/${m.type}`));
}

describe('recognition: forms found by the fourth round of testers', () => {
  it('ends a count before a name among its words, keeping its value and counted noun', () => {
    assert.deepEqual(mentionsOf('Ministers from 27 EU member states met, and Germany sent two Patriot systems.'),
      ['27/number=27 states', 'EU/organization', 'Germany/place', 'two/number=2 systems', 'Patriot/misc']);
    assert.deepEqual(mentionsOf('Schools that 5 million Texas kids attend.'), ['5 million/number=5000000 kids', 'Texas/place']);
  });

  it('keeps counted party members and a line in capitals whole', () => {
    assert.deepEqual(mentionsOf('Six Democrats joined 211 Republicans in support.'), ['Six Democrats/number=6 democrats', '211 Republicans/number=211 republicans']);
    assert.deepEqual(mentionsOf('TELLWAVE\'S BAD WEEK: TWO COUNTRIES, FOUR REGULATORS').filter((m) => m.includes('number')),
      ['TWO COUNTRIES/number=2 countries', 'FOUR REGULATORS/number=4 regulators']);
  });

  it('splits a topics line of names into its people, and a body before a minister\'s name', () => {
    assert.deepEqual(mentionsOf('Tags Brian Kemp Buddy Carter Donald Trump Jon Ossoff Mike Collins'),
      ['Brian Kemp/person', 'Buddy Carter/person', 'Donald Trump/person', 'Jon Ossoff/person', 'Mike Collins/person']);
    assert.deepEqual(mentionsOf('Reeves left with Chief Secretary to the Treasury James Murray.'), ['Reeves/person', 'Treasury/organization', 'James Murray/person']);
    // Not a building named after a person, an initial or a particle.
    assert.ok(mentionsOf('The trial began at the Martin Luther King Jr. Federal Building.').some((m) => m.startsWith('Martin Luther King Jr. Federal Building/')));
    assert.deepEqual(mentionsOf('Robert F. Kennedy Jr. spoke, and Rep. Monica De La Cruz replied.').filter((m) => m.endsWith('/person')),
      ['Robert F. Kennedy Jr./person', 'Monica De La Cruz/person']);
  });

  it('leaves the party word before a member\'s name out, and names a chamber and its party members apart', () => {
    assert.deepEqual(mentionsOf('CNN projects Democrat Sherrod Brown wins.'), ['CNN/organization', 'Sherrod Brown/person']);
    assert.deepEqual(mentionsOf('Senate Republicans hold a majority.').filter((m) => !m.includes('number')), ['Senate/organization', 'Republicans/organization']);
  });

  it('reads "Georgia Senate race" as a state and the US Senate, but "the Georgia Senate passed" as the state\'s chamber', () => {
    assert.deepEqual(mentionsOf('The Georgia Senate race is too close to call.'), ['Georgia/place', 'Senate/organization']);
    assert.deepEqual(mentionsOf('The Georgia Senate passed the bill.'), ['Georgia Senate/organization']);
  });

  it('reads months with "mid-" as dates after "by", and "then-" as no part of a title or name', () => {
    assert.deepEqual(mentionsOf('Service resumes by mid-December, officials said.'), ['mid-December/date=']);
    assert.deepEqual(mentionsOf('It was called in by then-Housing Secretary Michael Gove.'), ['Michael Gove/person']);
  });

  it('keeps the name before "-type" and "-class" apart from the suffix', () => {
    assert.deepEqual(mentionsOf('Russia launched Shahed-type drones at Patriot-class defences.'), ['Russia/place', 'Shahed/misc', 'Patriot/misc']);
  });

  it('knows parishes, interstates, Philly and the "Newsflash:" marker', () => {
    assert.deepEqual(mentionsOf('Surge warnings covered Terrebonne Parish and Orleans Parish.'), ['Terrebonne Parish/place', 'Orleans Parish/place']);
    assert.deepEqual(mentionsOf('He was hurt on I-35 that weekend.'), ['I-35/place']);
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Buses in Philly ran late. Philadelphia agreed.' }]).mentions('a.txt').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(ids, ['philadelphia', 'philadelphia']);
    assert.deepEqual(mentionsOf('Newsflash: The Bank of England has left rates on hold.'), ['Bank of England/organization']);
  });

  it('keeps "European" in the names of Europe\'s bodies', () => {
    assert.deepEqual(mentionsOf('The European Political Community met in Tirana.'), ['European Political Community/organization', 'Tirana/place']);
  });

  it('types weapon systems named before "missiles", "aircraft" or "tanks" as things', () => {
    assert.deepEqual(mentionsOf('Italy sent an AWACS aircraft, and Britain sold Chieftain tanks.'), ['Italy/place', 'AWACS/misc', 'Britain/place', 'Chieftain/misc']);
  });

  it('links "the X region" to the oblast the workspace names, and "the X, Y and Z oblasts" to theirs', () => {
    const ids = (text: string) => recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : ''));
    assert.deepEqual(ids('Troops gained ground in the Donetsk region. Donetsk Oblast officials agreed. The city of Donetsk was shelled.'),
      ['Donetsk:donetsk-oblast', 'Donetsk Oblast:donetsk-oblast', 'Donetsk:donetsk']);
    assert.deepEqual(ids('Drones came from the Bryansk, Kursk and Oryol oblasts.'), ['Bryansk:bryansk-oblast', 'Kursk:kursk-oblast', 'Oryol:oryol-oblast']);
  });

  it('keeps a numbered military unit whole, and the last town of a list a place', () => {
    assert.deepEqual(mentionsOf('The 3rd Separate Assault Brigade said it held the line.'), ['3rd Separate Assault Brigade/organization']);
    assert.deepEqual(mentionsOf('The heaviest fighting was near Kramatorsk, Huliaipole, and Kupiansk.'), ['Kramatorsk/place', 'Huliaipole/place', 'Kupiansk/place']);
  });

  it('reads "Jan" before a surname as a given name, and a capitalised co-leader as no part of the name', () => {
    assert.deepEqual(mentionsOf('Additional reporting by Jan Lopatka in Prague.'), ['Jan Lopatka/person', 'Prague/place']);
    assert.deepEqual(mentionsOf('Co-leader Alice Weidel said no.'), ['Alice Weidel/person']);
  });

  it('links the short forms of Hong Kong and Korean names to the full name, by the family name before the given name', () => {
    const ids = (text: string) => recognizeWorkspace([{ id: 'a.txt', text }])
      .mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : ''));
    assert.deepEqual(ids('Chief Executive John Lee Ka-chiu spoke. John Lee pledged land sales. Lee told reporters. Financial Secretary Paul Chan Mo-po agreed. Chan said so.'),
      ['John Lee Ka-chiu:john-lee-ka-chiu', 'John Lee:john-lee-ka-chiu', 'Lee:john-lee-ka-chiu', 'Paul Chan Mo-po:paul-chan-mo-po', 'Chan:paul-chan-mo-po']);
    assert.deepEqual(ids('President Lee Jae-myung visited Seoul. Lee met Xi Jinping.'), ['Lee Jae-myung:lee-jae-myung', 'Seoul:seoul', 'Lee:lee-jae-myung', 'Xi Jinping:xi-jinping']);
  });

  it('keeps a day\'s or month\'s abbreviation that opens a name ("Sun Hung Kai", "Jun Young-hyun", "Thu Ha Nguyen")', () => {
    assert.deepEqual(mentionsOf('Shares of Sun Hung Kai Properties rose.'), ['Sun Hung Kai Properties/organization']);
    assert.deepEqual(mentionsOf('Vice Chairman Jun Young-hyun spoke, and Thu Ha Nguyen, a strategist, agreed.'), ['Jun Young-hyun/person', 'Thu Ha Nguyen/person']);
  });

  it('links a Malay style\'s name to the person, and knows NZ', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Datuk Seri Anwar said so. Anwar Ibrahim agreed. The NZ government watched.' }])
      .mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : ''));
    assert.deepEqual(ids, ['Datuk Seri Anwar:anwar-ibrahim', 'Anwar Ibrahim:anwar-ibrahim', 'NZ:new-zealand']);
  });

  it('reads transcripts\' question markers, greetings, "Hon. Members" and fillers as no names', () => {
    assert.deepEqual(mentionsOf('Q Karoline, did the President agree?\n\nQ One more on Venezuela.'), ['Karoline/person', 'Venezuela/place']);
    assert.deepEqual(mentionsOf('Good afternoon, everybody. Happy Wednesday.\n\nHon. Members: Hear, hear!\n\nCAMPBELL: Yeah, the numbers are grim.'),
      ['Wednesday/date=', 'CAMPBELL/person']);
  });

  it('keeps a surname the lexicon knows apart from a body named after it, and "PC" out of a constable\'s name', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'President Trump spoke by phone. The summit will be at Trump National Doral. Trump said so. '
      + 'We pay tribute to PC Daniel Hughes. May I join the tribute to PC Hughes? Sales of PCs rose.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : `${m.text}/${m.type}`));
    assert.deepEqual(ids, ['Trump:donald-trump', 'Trump National Doral:trump-national-doral', 'Trump:donald-trump', 'Daniel Hughes:daniel-hughes', 'Hughes:daniel-hughes']);
  });

  it('gives a law, its acronym and its nickname one id, and splits two known names joined by a hyphen', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Affordable Care Act subsidies expire. Coverage through the ACA costs more. Obamacare premiums rose. '
      + 'Merz wants the EU-Mercosur deal and an Israel-Hamas truce.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : ''));
    assert.deepEqual(ids, ['Affordable Care Act:affordable-care-act', 'ACA:affordable-care-act', 'Obamacare:affordable-care-act', 'Merz:friedrich-merz',
      'EU:european-union', 'Mercosur:mercosur', 'Israel:israel', 'Hamas:hamas']);
  });

  it('names a US politician\'s party letter in brackets after the name, and a publisher\'s note before a copyright as small print', () => {
    assert.deepEqual(mentionsOf('Gov. Brian Kemp (R), who passed on a bid, endorsed him. Figure (R) shows it.'), ['Brian Kemp/person', 'R/organization']);
    assert.deepEqual(mentionsOf('Lloyd\'s List is published by Lloyd\'s List Intelligence. Copyright © 2026 Maritime Insights Limited.'), []);
  });

  it('ends a storm\'s name after its one word in a title-case headline', () => {
    assert.deepEqual(mentionsOf('Storm Amy Batters Scotland as Thousands Lose Power\n\nStorm Amy hit on Friday.').filter((m) => m.endsWith('/misc') || m.endsWith('/place')),
      ['Storm Amy/misc', 'Scotland/place', 'Storm Amy/misc']);
    assert.ok(mentionsOf('Hurricane Gonzalo Makes Landfall in Louisiana\n\nIt came ashore.').includes('Hurricane Gonzalo/misc'));
  });

  it('reads UK nations\' institutions and parties: Holyrood and Stormont as places, Plaid, Welsh "ap" names, bracketed parties', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Swinney faces a Holyrood revolt. Rhun ap Iorwerth said Plaid would pay. '
      + 'Councillor Tom Ashby (Conservative) and Joanna Wright (Green) objected. Historic England raised concerns.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? `${m.text}/${m.type}:${m.entity}` : ''));
    assert.deepEqual(ids, ['Swinney/person:john-swinney', 'Holyrood/place:holyrood', 'Rhun ap Iorwerth/person:rhun-ap-iorwerth', 'Plaid/organization:plaid-cymru',
      'Tom Ashby/person:tom-ashby', 'Conservative/organization:conservative-party', 'Joanna Wright/person:joanna-wright', 'Green/organization:green-party',
      'Historic England/organization:historic-england']);
  });

  it('keeps a body the lexicon knows before a title ("Federal Reserve Chair Jerome Powell")', () => {
    assert.deepEqual(mentionsOf('Federal Reserve Chair Jerome Powell spoke.'), ['Federal Reserve/organization', 'Jerome Powell/person']);
  });

  it('ends a sentence at "on X.", and knows the fact-checkers', () => {
    assert.deepEqual(mentionsOf('Farage posted this on X. As Full Fact has shown, the figure is wrong.'), ['Farage/person', 'X/organization', 'Full Fact/organization']);
  });

  it('links a surname to a full name that ends in "Jr."', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Robert F. Kennedy Jr. spoke. Kennedy said more.' }]).mentions('a.txt').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(ids, ['robert-f-kennedy-jr', 'robert-f-kennedy-jr']);
  });

  it('keeps a council named after two areas whole, and a partnership\'s listed surnames as one firm', () => {
    assert.deepEqual(mentionsOf('Plans were backed by Bath and North East Somerset Council on Tuesday.').filter((m) => !m.includes('/date')),
      ['Bath and North East Somerset Council/organization']);
    assert.deepEqual(mentionsOf('It ran the Royal Infirmary in Kidderminster and Bromsgrove Community Hospital.').filter((m) => m.startsWith('Kidderminster')), ['Kidderminster/place']);
    assert.deepEqual(mentionsOf('Counsel is Wachtell, Lipton, Rosen & Katz, with Cravath, Swaine & Moore.'),
      ['Wachtell, Lipton, Rosen & Katz/organization', 'Cravath, Swaine & Moore/organization']);
    assert.ok(!mentionsOf('Macmillan, HarperCollins, Simon & Schuster and Hachette sued.').some((m) => m.startsWith('HarperCollins,')));
  });

  it('reads a publisher after "published by" and a magazine\'s masthead alone on the first line as bodies', () => {
    assert.ok(mentionsOf('The prize went to Flesh, published by Jonathan Cape, last year.').includes('Jonathan Cape/organization'));
    assert.deepEqual(mentionsOf('Variety\n\nThe Academy Awards were held on Sunday.').slice(0, 1), ['Variety/organization']);
  });

  it('reads a minister\'s portfolio as the title\'s, and "the Liberals" as a party', () => {
    assert.deepEqual(mentionsOf('Minister for Public Expenditure Jack Chambers said no.'), ['Jack Chambers/person']);
    assert.deepEqual(mentionsOf('"The Liberals have been a Montreal party," she said.'), ['Liberals/organization', 'Montreal/place']);
  });

  it('reads a journal after "published in", and a flight with its number', () => {
    assert.ok(mentionsOf('The study, published in Current Biology, found it.').includes('Current Biology/organization'));
    assert.ok(mentionsOf('Families of the Ethiopian Airlines Flight 302 victims sued.').includes('Ethiopian Airlines Flight 302/misc'));
  });

  it('reads a nation\'s branch of a party, and a bill by its number', () => {
    assert.deepEqual(mentionsOf('Scottish Conservative leader Russell Findlay said no.'), ['Scottish Conservative/organization', 'Russell Findlay/person']);
    assert.deepEqual(mentionsOf('Parliament passed Bill C-5 in June.').filter((m) => m.startsWith('Bill')), ['Bill C-5/misc']);
  });

  it('reads chart and screenshot captions as furniture, as photo captions are', () => {
    assert.deepEqual(mentionsOf('Net migration fell, the ONS said.\n\nChart: UK net migration, 2019-2025. Source: ONS\n\nScreenshot: A post by Nigel Farage on X\n'),
      ['ONS/organization']);
  });

  it('links a person named with middle initials, "Jr." or a short given name to the plain name, and knows PMQs, BOE and Jay Powell', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'Chief Justice John G. Roberts Jr. wrote it. Justice Samuel A. Alito Jr. dissented. '
      + 'Roberts said so. John Roberts agreed, as did Sam Alito and Samuel Alito.' }])
      .mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(ids, ['john-roberts', 'samuel-alito', 'john-roberts', 'john-roberts', 'samuel-alito', 'samuel-alito']);
    assert.deepEqual(mentionsOf('The MP raised it at Prime Minister\'s Questions.'), ["Prime Minister's Questions/misc"]);
    const banks = recognizeWorkspace([{ id: 'a.txt', text: 'The BOE held rates. Jay Powell spoke; Jerome Powell agreed.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(banks, ['bank-of-england', 'jerome-powell', 'jerome-powell']);
  });

  it('links a shorter name defining the acronym of a body the lexicon knows, and keeps two known bodies joined by "and" apart', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'The Social Democratic Party (SPD) lost ground. The SPD said so. The Free Democrats (FDP) fell out. '
      + 'Advisers are Goldman Sachs and Deutsche Bank.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? `${m.text}:${m.entity}` : ''));
    assert.deepEqual(ids, ['Social Democratic Party:social-democratic-party-of-germany', 'SPD:social-democratic-party-of-germany', 'SPD:social-democratic-party-of-germany',
      'Free Democrats:free-democratic-party', 'FDP:free-democratic-party', 'Goldman Sachs:goldman-sachs', 'Deutsche Bank:deutsche-bank']);
  });

  it('reads a party and its share in a results list apart, and "Jr." after a comma as no name', () => {
    assert.deepEqual(mentionsOf('Results: AfD 23.9, SPD 16.1, Greens 11.').slice(0, 2), ['AfD/organization', '23.9/number=23.9']);
    assert.ok(!mentionsOf('Chief Justice John G. Roberts, Jr. wrote it.').some((m) => m.startsWith('Jr')));
  });

  it('links an acronym of a body\'s name in its own language, defined in brackets after its English name', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: "The Disaster and Emergency Management Authority (AFAD) said 214 people died. AFAD said teams were deployed. "
      + "The Kurdistan Workers' Party (PKK) denied it." }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(ids.filter(Boolean), ['disaster-and-emergency-management-authority', 'disaster-and-emergency-management-authority',
      'disaster-and-emergency-management-authority', 'kurdistan-workers-party', 'kurdistan-workers-party']);
  });
});
