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
    assert.deepEqual(entitiesOf('Minns spoke at the SCG before the game at the MCG.'), ['Minns/person', 'SCG/place', 'MCG/place']);
  });
});

