import assert from 'node:assert/strict';
import { entitiesOf } from './helpers';

describe('recognition: entity types', () => {
  it('types people, organisations, places and named things', () => {
    const found = entitiesOf(
      'Angela Ferreira, who leads the Atlantic Grid Authority, said the Lisbon Declaration would be signed in Porto. ' +
      'Operation Sea Guardian will patrol the Tagus River near the Élysée Palace, and the iPhone 17 went on sale before the World Cup.',
    );
    assert.deepEqual(found, [
      'Angela Ferreira/person', 'Atlantic Grid Authority/organization', 'Lisbon Declaration/misc', 'Porto/place',
      'Operation Sea Guardian/misc', 'Tagus River/place', 'Élysée Palace/place', 'iPhone 17/misc', 'World Cup/misc',
    ]);
  });

  it('types places from context and from the gazetteers', () => {
    assert.deepEqual(entitiesOf('Fishermen from Peniche and Nazaré sailed to Cascais.'), ['Peniche/place', 'Nazaré/place', 'Cascais/place']);
    assert.deepEqual(entitiesOf('Protests spread across Bavaria, Ontario and Kharkiv.'), ['Bavaria/place', 'Ontario/place', 'Kharkiv/place']);
  });

  it('reads names in capitals-only bylines and headlines', () => {
    assert.deepEqual(entitiesOf('By JOHN SMITH and MARIA GARCIA\n\nEARTHQUAKE STRIKES SOUTHERN TURKEY\n\nThe quake hit at dawn.'),
      ['JOHN SMITH/person', 'MARIA GARCIA/person', 'TURKEY/place']);
  });

  it('types events, flights and products written with numbers', () => {
    assert.deepEqual(entitiesOf('Delegates at COP30 discussed the F-35 and MH17 while the G7 met.'),
      ['COP30/misc', 'F-35/misc', 'MH17/misc', 'G7/organization']);
  });

  it('keeps a month that is a surname after a given name', () => {
    assert.deepEqual(entitiesOf('Former prime minister Theresa May spoke in May.'), ['Theresa May/person']);
  });

  it('types names listed together alike', () => {
    assert.deepEqual(entitiesOf('Yards in Aberdeen and Hull will build the turbines.'), ['Aberdeen/place', 'Hull/place']);
  });

  it('reads an appositive for the type', () => {
    assert.deepEqual(entitiesOf('Engineers from Norvia, the state grid operator, and from Tarsk, the capital, arrived.'),
      ['Norvia/organization', 'Tarsk/place']);
  });

  it('keeps "The" in a place name that is written with it', () => {
    assert.deepEqual(entitiesOf('The court in The Hague ruled on Monday.'), ['The Hague/place']);
  });

  it('takes named storms and operations as misc, and a centre with an acronym as an institution', () => {
    assert.deepEqual(entitiesOf('Flights stopped as Storm Bert arrived, said the European Weather Centre (EWC).'),
      ['Storm Bert/misc', 'European Weather Centre/organization', 'EWC/organization']);
  });

  it('types acronyms as organisations and country codes as places', () => {
    assert.deepEqual(entitiesOf('NATO and the EU welcomed the plan; the UK and the U.S. did too.'),
      ['NATO/organization', 'EU/organization', 'UK/place', 'U.S./place']);
  });

  it('ignores sentence-initial plain words', () => {
    assert.deepEqual(entitiesOf('Emmanuel Macron met Keir Starmer. However, Macron disagreed. After the vote, Officials said nothing. Meanwhile Starmer left.'),
      ['Emmanuel Macron/person', 'Keir Starmer/person', 'Macron/person', 'Starmer/person']);
  });

  it('ignores title-case headline words that are plain English', () => {
    assert.deepEqual(entitiesOf('Leaders Agree Historic Wind Pact In Lisbon\n\nThe deal was signed on Thursday.'), ['Lisbon/place']);
  });

  it('does not take nationality adjectives for names, but keeps them inside names', () => {
    assert.deepEqual(entitiesOf('British and French troops will stay, Ukrainian officials said.'), []);
    assert.deepEqual(entitiesOf('Anglo-French plans and pro-European voices met Sino-Russian doubts.'), []);
    assert.deepEqual(entitiesOf('The exhibition opened at the British Museum in London.'), ['British Museum/place', 'London/place']);
  });

  it('skips page furniture', () => {
    const page = [
      'NewsPolitics',
      'Fishing fleets protest in Lisbon',
      '',
      'Photo: Reuters / Maria Lopes',
      'Share this article',
      'Facebook',
      'WhatsApp',
      '',
      'Boats from Peniche blocked the harbour.',
      '',
      'Related posts',
      'Storm Isolde hits Galicia',
      '',
      'Leave a Reply',
      'Editor',
      'Terms of use. Privacy policy. Advertisement',
    ].join('\n');
    assert.deepEqual(entitiesOf(page), ['Lisbon/place', 'Peniche/place']);
  });

  it('does not read month and weekday names as entities', () => {
    assert.deepEqual(entitiesOf('On Tuesday, March 3, Lisbon hosted the summit.'), ['Lisbon/place']);
  });
});
