import assert from 'node:assert/strict';
import { workspaceEntities } from '../entities/helpers';

describe('recognition: linking surnames with particles', () => {
  it('links "Bin Salman" and "Van Dorn" to the full names that end with them', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Crown Prince Mohammed bin Salman met the envoy Pieter van Dorn in Riyadh.' },
      { id: 'b.txt', text: 'Talks went well, officials said. Later Bin Salman spoke, and Van Dorn agreed.' },
    ]);
    const ids = new Map(found.get('b.txt')?.map((m) => [m.text, m.entity]));
    assert.equal(ids.get('Bin Salman'), 'mohammed-bin-salman');
    assert.equal(ids.get('Van Dorn'), 'pieter-van-dorn');
  });

  it('does not link a particle name to a different full name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The envoy Pieter van Dorn arrived in Riyadh.' },
      { id: 'b.txt', text: 'Analysts said De Dorn would not attend.' },
    ]);
    const dorn = found.get('b.txt')?.find((m) => m.text === 'De Dorn');
    assert.notEqual(dorn?.entity, 'pieter-van-dorn');
  });

  it('links a double surname and -quist/-qvist spellings to the full name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The envoy Marta Ibarra Soler and the trader Sven Lindqvist arrived in Riyadh.' },
      { id: 'b.txt', text: 'Talks went well, officials said. Later Ibarra Soler spoke, and Sven Lindquist agreed.' },
    ]);
    const ids = new Map(found.get('b.txt')?.map((m) => [m.text, m.entity]));
    assert.equal(ids.get('Ibarra Soler'), 'marta-ibarra-soler');
    assert.equal(ids.get('Sven Lindquist'), found.get('a.txt')?.find((m) => m.text === 'Sven Lindqvist')?.entity);
  });

  it('does not take a sentence-initial event word for the organisation named with it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Engineers from Cal Fire arrived on Monday.\nFire has burned 800 acres east of the dam.' },
    ]);
    assert.deepEqual(found.get('a.txt')?.map((m) => `${m.text}/${m.type}`), ['Cal Fire/organization']);
  });
});
