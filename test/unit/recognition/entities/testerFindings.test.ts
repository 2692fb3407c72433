// Name forms that testers met in wire, local, business and world-English copy (session 7), written
// for this test: credits after a hyphen, portfolios around titles, plural titles, counted party members.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../../src/core/recognition';
import { entitiesOf } from './helpers';

function mentionsOf(text: string): string[] {
  return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
}

describe('recognition: forms found by testers in real-style copy', () => {
  it('reads "-directed", "-appointed", "-produced" after a name as a person\'s credit, outside the span', () => {
    assert.deepEqual(entitiesOf('The Jon M. Chu-directed sequel starred Cynthia Erivo.'), ['Jon M. Chu/person', 'Cynthia Erivo/person']);
    assert.deepEqual(entitiesOf('A Trump-appointed judge blocked the Spielberg-produced film.'), ['Trump/person', 'Spielberg/person']);
  });

  it('keeps portfolios around a title out of the names', () => {
    assert.deepEqual(entitiesOf('Energy and Natural Resources Minister Tim Hodgson spoke in Ottawa.'), ['Tim Hodgson/person', 'Ottawa/place']);
    assert.deepEqual(entitiesOf('Secretary for Transport and Logistics Mable Chan said no.'), ['Mable Chan/person']);
    assert.deepEqual(entitiesOf('Minister for Foreign Affairs Simon Harris met them.'), ['Simon Harris/person']);
  });

  it('drops plural titles ("Reps.", "Sens.") and counts party members', () => {
    assert.deepEqual(mentionsOf('Two Republicans, Reps. Thomas Massie and Chip Roy, voted no. Sens. Susan Collins and Lisa Murkowski abstained.'),
      ['Two Republicans/number', 'Thomas Massie/person', 'Chip Roy/person', 'Susan Collins/person', 'Lisa Murkowski/person']);
    assert.deepEqual(mentionsOf('Six Democrats crossed party lines.'), ['Six Democrats/number']);
  });

  it('types a name with a ticker after it as a listed company, and links the ticker to it', () => {
    const text = 'Microsoft (MSFT.O) and Amazon (AMZN.O) raised spending. Rolls-Royce Holdings plc (LSE: RR.) signed a deal.';
    const mentions = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').flatMap((m) => (m.kind === 'entity' ? [m] : []));
    const byText = (t: string) => mentions.find((m) => m.text === t);
    assert.equal(byText('Amazon')?.type, 'organization');
    assert.equal(byText('AMZN.O')?.entity, byText('Amazon')?.entity);
    assert.equal(byText('RR')?.entity, byText('Rolls-Royce Holdings plc')?.entity);
  });

  it('knows famous grounds by their initials', () => {
    assert.deepEqual(entitiesOf('Chris Minns spoke at the SCG before the game at the MCG.'), ['Chris Minns/person', 'SCG/place', 'MCG/place']);
  });

  it('reads a title quoted whole after its owner or its kind as one work, number and subtitle included', () => {
    assert.deepEqual(entitiesOf('Disney\'s "Zootopia 2" collected $48 million. Lionsgate\'s "Now You See Me: Now You Don\'t" landed third.'),
      ['Disney/organization', 'Zootopia 2/misc', 'Lionsgate/organization', 'Now You See Me: Now You Don\'t/misc']);
    assert.deepEqual(entitiesOf('Chloé Zhao\'s "Hamnet," from Focus Features, won. He starred in the thriller "Dead Drop Lane."'),
      ['Chloé Zhao/person', 'Hamnet/misc', 'Focus Features/organization', 'Dead Drop Lane/misc']);
    // A quotation is no title: its words are not in Title Case.
    assert.deepEqual(entitiesOf('Starmer\'s "we will not back down" speech was in Leeds.'), ['Starmer/person', 'Leeds/place']);
  });

  it('keeps a portfolio whole when one word of it would be left', () => {
    assert.deepEqual(entitiesOf('Minister of Environment, Forest and Climate Change, said the group met.'), []);
    assert.deepEqual(entitiesOf('The Minister for Health, Simon Harris, said so.'), ['Simon Harris/person']);
    assert.deepEqual(entitiesOf('The Minister of Works, David Umahi, has said.'), ['David Umahi/person']);
  });

  it('gives a sum written short in naira or shillings to the figure, not to a name', () => {
    assert.deepEqual(mentionsOf('We have already mobilised N150bn to the contractor.'), ['N150bn/money']);
  });

  it('reads a title word that ends a name after a given name as a surname, and a given name spelled like a faith as a name', () => {
    assert.deepEqual(entitiesOf('"It was fair," said Sam Dean.'), ['Sam Dean/person']);
    assert.deepEqual(entitiesOf('John Major said so.'), ['John Major/person']);
    assert.deepEqual(entitiesOf('Christian Braun missed the game.'), ['Christian Braun/person']);
    assert.deepEqual(entitiesOf('Christian leaders met the Christian Democrats.'), ['Christian Democrats/organization']);
  });

  it('reads a given name and a surname spelled like a venue as a person when a person\'s verb follows', () => {
    assert.deepEqual(entitiesOf('Andrew Hall said the plan failed. Michael Park scored twice.'), ['Andrew Hall/person', 'Michael Park/person']);
    assert.deepEqual(entitiesOf('Travis Head hit a century.'), ['Travis Head/person']);
    assert.deepEqual(entitiesOf('Thalia Hall was packed.'), ['Thalia Hall/place']);
  });

  it('knows the Treasury alone, but not in the names of its securities', () => {
    assert.deepEqual(entitiesOf('The levy will raise £3bn, Treasury sources have said.'), ['Treasury/organization']);
    assert.deepEqual(entitiesOf('Yields on the 10-year Treasury note rose as Treasury yields climbed.'), []);
  });

  it('drops peoples of provinces and cities, awards by their initials, and a plain word opening a sentence before a known company', () => {
    assert.deepEqual(entitiesOf('Quebecers oppose it, Innu leaders objected and New Yorkers voted.'), []);
    assert.deepEqual(entitiesOf('The three-time MVP missed.'), []);
    assert.deepEqual(entitiesOf('Rival Advanced Micro Devices reported results.'), ['Advanced Micro Devices/organization']);
  });

  it('reads a numbered state court as one body, and a basketball 3-pointer as no count', () => {
    assert.deepEqual(mentionsOf('He appeared in the 232nd District Court.'), ['232nd District Court/organization']);
    assert.deepEqual(mentionsOf('He missed a 3-pointer from 3-point range but led by 3 points.'), ['3 points/number']);
  });

  it('splits two bodies joined by a hyphen by their initials, and takes no disease for a name', () => {
    assert.deepEqual(entitiesOf('He was in Abuja for an ECOWAS-EAC forum on US-EU trade.'),
      ['Abuja/place', 'ECOWAS/organization', 'EAC/organization', 'US/place', 'EU/organization']);
    assert.deepEqual(entitiesOf('COVID-19 cases rose. The Covid-19 pandemic ended.'), []);
  });

  it('knows the places of Gaza and the West Bank, and reads a court report\'s home town after the age as a place', () => {
    assert.deepEqual(entitiesOf('Khan Younis, Gaza – Strikes hit Beit Lahia and Deir el-Balah.'),
      ['Khan Younis/place', 'Gaza/place', 'Beit Lahia/place', 'Deir el-Balah/place']);
    assert.deepEqual(entitiesOf('Marcus Okafor, 29, of Handsworth, was found guilty.'), ['Marcus Okafor/person', 'Handsworth/place']);
  });

  it('keeps the title in a body named after a person, hyphenated titles out of names, and surveys as bodies', () => {
    assert.deepEqual(entitiesOf('The victim spent 11 days at Queen Elizabeth Hospital.'), ['Queen Elizabeth Hospital/organization']);
    assert.deepEqual(entitiesOf('UNRWA Commissioner-General Philippe Lazzarini said so.'), ['UNRWA/organization', 'Philippe Lazzarini/person']);
    assert.deepEqual(entitiesOf('The British Antarctic Survey said so.'), ['British Antarctic Survey/organization']);
  });

  it('does not take a city for the surname of a hotel named after it', () => {
    const text = 'Porto has never been easier to reach. Stay at the Pestana Vintage Porto.';
    const porto = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').find((m) => m.text === 'Porto');
    assert.equal(porto?.kind === 'entity' ? `${porto.type}/${porto.entity}` : undefined, 'place/porto');
  });

  it('reads numbered military units and numbered orders as names, the service of Mass as none, and an Administrator as a title', () => {
    assert.deepEqual(mentionsOf('He served with the 3rd Armored Division and ushered at the 9 a.m. Mass for decades.'),
      ['3rd Armored Division/organization', '9 a.m./time']);
    assert.deepEqual(entitiesOf('He lived in Boston, Mass., for years.'), ['Boston/place', 'Mass./place']);
    assert.deepEqual(entitiesOf('The council pulled Ordinance 2841-2025 after Executive Order 14110.'), ['Ordinance 2841-2025/misc', 'Executive Order 14110/misc']);
    assert.deepEqual(entitiesOf('Deputy Administrator Rafaelito Alejandro said so.'), ['Rafaelito Alejandro/person']);
  });

  it('reads funeral homes as bodies, cafés and hotels by their prefix as places, and names before "provinces" as places', () => {
    assert.deepEqual(entitiesOf('Friends may call at the Ripepi Funeral Home.'), ['Ripepi Funeral Home/organization']);
    assert.deepEqual(entitiesOf('Queue at Café Santiago, then stay at Hotel Lutetia.'), ['Café Santiago/place', 'Hotel Lutetia/place']);
    assert.deepEqual(entitiesOf('People in Gia Lai and Dak Lak provinces were moved.'), ['Gia Lai/place', 'Dak Lak/place']);
  });

  it('keeps the model number of laptops, benchmarks and ports in the product\'s name, and reads M-numbers beside Apple as chips', () => {
    assert.deepEqual(mentionsOf('It beats the Dell XPS 13 and the Microsoft Surface Laptop 7 in Geekbench 6 and has two Thunderbolt 4 ports.'),
      ['Dell XPS 13/misc', 'Microsoft Surface Laptop 7/misc', 'Geekbench 6/misc', 'two/number', 'Thunderbolt 4/misc']);
    assert.deepEqual(entitiesOf('Apple says the M5 is faster than the M4.'), ['Apple/organization', 'M5/misc', 'M4/misc']);
    assert.deepEqual(entitiesOf('The crash closed the M5 near Exeter.'), ['M5/place', 'Exeter/place']);
  });

  it('keeps the possessive of companies named with one', () => {
    assert.deepEqual(entitiesOf('Moody\'s cut its rating and McDonald\'s said sales rose.'), ['Moody\'s/organization', 'McDonald\'s/organization']);
  });

  it('reads a wire credit line as names, not as a title-case headline', () => {
    assert.deepEqual(entitiesOf('The storm hit.\n\n(Reporting by Karen Lema in Manila; Editing by Martin Petty)'),
      ['Karen Lema/person', 'Manila/place', 'Martin Petty/person']);
  });

  it('reads a sentence-opening past participle of a plain word as no name', () => {
    assert.deepEqual(entitiesOf('Headquartered in Baltimore, the company has 14,000 employees.'), ['Baltimore/place']);
  });

  it('keeps "State" in a state\'s name before a title', () => {
    assert.deepEqual(entitiesOf('The Lagos State Governor, Babajide Sanwo-Olu, spoke.'), ['Lagos State/place', 'Babajide Sanwo-Olu/person']);
  });

  it('drops a party word before a candidate, role titles and police ranks, and reads "the 9th Circuit" as the court', () => {
    assert.deepEqual(entitiesOf('Republican David Valadao held on against Democrat Adam Gray.'), ['David Valadao/person', 'Adam Gray/person']);
    assert.deepEqual(entitiesOf('Meteorologist Paul Gundersen spoke.'), ['Paul Gundersen/person']);
    assert.deepEqual(mentionsOf('The 9th Circuit ruled.'), ['9th Circuit/organization']);
  });

  it('keeps the nationality in the name of a league', () => {
    assert.deepEqual(entitiesOf('They lead the Scottish Premiership and play in the Premiership.'), ['Scottish Premiership/misc', 'Premiership/misc']);
  });

  it('knows a few more titles, buildings and companies that testers met', () => {
    assert.deepEqual(entitiesOf('Chairman Barrister Gohar Ali Khan said so.'), ['Gohar Ali Khan/person']);
    assert.deepEqual(entitiesOf('Govt approves relief package'), []);
    assert.deepEqual(entitiesOf('Shares of SK hynix fell as Lee met officials at Cheong Wa Dae.'), ['SK hynix/organization', 'Lee/person', 'Cheong Wa Dae/place']);
  });
});

