import assert from 'node:assert/strict';
import { entitiesOf, entityMentions } from './helpers';

describe('recognition: entity spans', () => {
  it('leaves job titles out and keeps Sir in the name', () => {
    assert.deepEqual(entitiesOf('Yesterday Prime Minister Keir Starmer met Sir Keir Starmer of the Labour Party.').slice(0, 2),
      ['Keir Starmer/person', 'Sir Keir Starmer/person']);
    assert.deepEqual(entitiesOf('The talks were chaired by Foreign Secretary Yvette Cooper in Oslo.'), ['Yvette Cooper/person', 'Oslo/place']);
    assert.deepEqual(entitiesOf('A letter from Dr. Helena Vasconcelos reached Mr Hale on Monday.'), ['Helena Vasconcelos/person', 'Hale/person']);
  });

  it('splits a name from the country or body named in the title', () => {
    assert.deepEqual(entitiesOf('Talks began after Portuguese Prime Minister Luis Montenegro arrived.'), ['Luis Montenegro/person']);
    assert.deepEqual(entitiesOf('He spoke to European Commission President Ursula von der Leyen by phone.'),
      ['European Commission/organization', 'Ursula von der Leyen/person']);
    assert.deepEqual(entitiesOf('It was announced by UK Prime Minister Sir Keir Starmer.'), ['UK/place', 'Sir Keir Starmer/person']);
  });

  it('leaves out titles with "of" and "Crown Prince", keeps "St." in a place name', () => {
    assert.deepEqual(entitiesOf('Secretary of State Marco Rubio met Crown Prince Mohammed bin Salman in St. Louis.'),
      ['Marco Rubio/person', 'Mohammed bin Salman/person', 'St. Louis/place']);
    assert.deepEqual(entitiesOf('Chancellor of the Exchequer Rachel Reeves spoke.'), ['Rachel Reeves/person']);
  });

  it('keeps a number word that is part of a name', () => {
    const mentions = entityMentions('He told Channel Nine News that the boat was lost.');
    assert.deepEqual(mentions.map((m) => m.text), ['Channel Nine News']);
  });

  it('drops possessives and a leading "the"', () => {
    const mentions = entityMentions('The talks in Lisbon were hosted by the European Union and Norway’s prime minister spoke.');
    assert.deepEqual(mentions.map((m) => m.text), ['Lisbon', 'European Union', 'Norway']);
    assert.deepEqual(entitiesOf("Ukraine's allies met in Paris."), ['Ukraine/place', 'Paris/place']);
  });

  it('covers whole names with "of", "for" and "the" inside', () => {
    assert.deepEqual(entitiesOf('Members of the Coalition of the Willing met at the University of Lisbon.'),
      ['Coalition of the Willing/organization', 'University of Lisbon/organization']);
    assert.deepEqual(entitiesOf('Economists at the Bank of England and the New York Stock Exchange disagreed.'),
      ['Bank of England/organization', 'New York Stock Exchange/organization']);
    assert.deepEqual(entitiesOf('Leaders agreed to set up a Multinational Force for Ukraine next year.'),
      ['Multinational Force for Ukraine/organization']);
  });

  it('keeps a publication title that is written with "The"', () => {
    assert.deepEqual(entitiesOf('The figures were first reported by The Quarterly Review last week.'), ['The Quarterly Review/organization']);
  });

  it('reads "US-led" and "Kyiv-based" as the name only', () => {
    assert.deepEqual(entitiesOf('A US-led mission and a Kyiv-based charity joined.'), ['US/place', 'Kyiv/place']);
  });

  it('reads a lower-case head noun that names the institution', () => {
    assert.deepEqual(entitiesOf('Two people were taken to Santa Maria hospital after the crush.'), ['Santa Maria hospital/organization']);
  });
});
