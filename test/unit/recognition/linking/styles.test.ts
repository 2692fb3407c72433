import assert from 'node:assert/strict';
import { entitiesOf, idOf, workspaceEntities } from '../entities/helpers';

describe('recognition: styles, determiners and lists in linking', () => {
  it('links a style and a given name to the knight or dame named in full elsewhere ("Sir Keir")', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Rowan Ellery opened the new wing on Friday.' },
      { id: 'b.txt', text: 'Staff cheered when Sir Rowan cut the ribbon.' },
    ]);
    assert.equal(idOf(found, 'Sir Rowan'), 'rowan-ellery');
  });

  it('links a style and a surname to the person named in full elsewhere ("Lord Cameron")', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Margaret Halloway chaired the inquiry.' },
      { id: 'b.txt', text: 'Lady Halloway told peers the report was late.' },
    ]);
    assert.equal(idOf(found, 'Lady Halloway'), 'margaret-halloway');
  });

  it('does not read "the West" as a back-reference to a person surnamed West', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The actor Adam West visited the studio.' },
      { id: 'b.txt', text: 'Sanctions will test the resolve of the West, analysts said.' },
    ]);
    assert.equal(idOf(found, 'West'), 'west');
    assert.equal(idOf(found, 'Adam West'), 'adam-west');
  });

  it('keeps clear evidence of its own when a name follows another after ", and"', () => {
    assert.deepEqual(entitiesOf('The grant was praised by Tomas Brandt, who leads Labour, and Elon Musk\'s charity.'),
      ['Tomas Brandt/person', 'Labour/organization', 'Elon Musk/person']);
  });
});

describe('recognition: an organisation named by its head word', () => {
  it('types "the Fund" as an organisation, not a person who speaks', () => {
    assert.deepEqual(entitiesOf('The Brackley Housing Fund opened in May. Later the Fund said rents would rise.'),
      ['Brackley Housing Fund/organization', 'Fund/organization']);
  });

  it('leaves "the Commission" unlabelled, a generic back-reference (as the labelled articles do), though the workspace names one in full', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Baltic Fisheries Commission set new quotas on Monday.' },
      { id: 'b.txt', text: 'Trawler crews said the Commission had ignored them, and the Court agreed.' },
    ]);
    assert.equal(idOf(found, 'Commission'), undefined);
    assert.equal(idOf(found, 'Court'), undefined);
    assert.equal(idOf(found, 'Baltic Fisheries Commission'), 'baltic-fisheries-commission');
  });

  it('leaves "the Commission" unlinked when the workspace names two', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Baltic Fisheries Commission and the Electoral Commission met.' },
      { id: 'b.txt', text: 'Trawler crews said the Commission had ignored them.' },
    ]);
    assert.notEqual(idOf(found, 'Commission'), 'baltic-fisheries-commission');
    assert.notEqual(idOf(found, 'Commission'), 'electoral-commission');
  });
});

describe('recognition: the first word of a two-word company name', () => {
  it('links "Goldman" to "Goldman Sachs" named in another article', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares in Vantorix Sachs rose 3% after the results, analysts said.' },
      { id: 'b.txt', text: 'Analysts at Vantorix expect a cut in June.' },
    ]);
    assert.equal(idOf(found, 'Vantorix'), 'vantorix-sachs');
  });

  it('does not link a common word to a company that starts with it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares in Summit Dynamics rose 3% after the results.' },
      { id: 'b.txt', text: 'Delegates left the Summit early.' },
    ]);
    assert.notEqual(idOf(found, 'Summit'), 'summit-dynamics');
  });
});
