import assert from 'node:assert/strict';
import { entitiesOf } from './helpers';

// Rules measured on real press articles; each sentence here is written for the test.
describe('recognition: patterns of wire and press copy', () => {
  it('keeps a known acronym that spells a plain word before a title', () => {
    assert.deepEqual(entitiesOf('Officials said that US President Alma Reyes had approved the sale.'),
      ['US/place', 'Alma Reyes/person']);
    assert.deepEqual(entitiesOf('The memo reached EU Commissioner Tomas Varga on Friday.'),
      ['EU/organization', 'Tomas Varga/person']);
  });

  it('cuts a plain sentence-initial word off a known acronym', () => {
    assert.deepEqual(entitiesOf('The talks ran late. Another US diplomat left early. Top EU officials stayed.'),
      ['US/place', 'EU/organization']);
  });

  it('still keeps a party whose name is a plain word and an acronym', () => {
    assert.deepEqual(entitiesOf('Reform UK gained two seats.'), ['Reform UK/organization']);
  });

  it('reads an acronym and a media head on a headline-like line as one outlet', () => {
    assert.deepEqual(entitiesOf('The clip spread quickly.\n— CX News (@CXNEWS) March 3, 2026'), ['CX News/organization']);
  });

  it('does not take a lone compass adjective for a name', () => {
    assert.deepEqual(entitiesOf('Diplomats said Eastern donors and Western governments were divided.'), []);
    assert.deepEqual(entitiesOf('Tourists flew to Western Australia in June.'), ['Western Australia/place']);
  });

  it('types "the West" as a region, not the surname West', () => {
    assert.deepEqual(entitiesOf('Critics say the West has done too little, the actor Adam West said.'),
      ['West/place', 'Adam West/person']);
  });

  it('reads an age in an appositive as a person', () => {
    assert.deepEqual(entitiesOf('The first to reach the shore was Corvin, a 22-year-old welder.'), ['Corvin/person']);
  });

  it('keeps "All" before a country that starts an institution\'s name', () => {
    assert.deepEqual(entitiesOf('Doctors at the All Kenya Institute of Surgery agreed.'), ['All Kenya Institute of Surgery/organization']);
    assert.deepEqual(entitiesOf('All Kenya Institute of Surgery staff agreed.'), ['Kenya Institute of Surgery/organization']);
  });

  it('keeps a model number after a CamelCase product word', () => {
    assert.deepEqual(entitiesOf('Queues formed for the SkyDeck 4 on launch day.'), ['SkyDeck 4/misc']);
  });

  it('keeps a calendar word inside the name of an agreement', () => {
    const found = entitiesOf('Envoys recalled the Good Friday Agreement before the vote.');
    assert.deepEqual(found, ['Good Friday Agreement/misc']);
  });
});
