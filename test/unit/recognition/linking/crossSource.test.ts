import assert from 'node:assert/strict';
import { nameVariantOf } from '../../../../src/core/recognition/linking/keys';
import { idOf, workspaceEntities } from '../entities/helpers';

describe('recognition: cross-source linking of the ways outlets name one entity', () => {
  it('reads a plain-word surname after a first name as a surname ("Donald Trump" … "Trump")', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Donald Trump signed the order on Monday.' },
      { id: 'b.txt', text: 'The White House defended it. Later, Trump said more would follow.' },
    ]);
    assert.equal(idOf(found, 'Trump'), idOf(found, 'Donald Trump'));
    assert.equal(idOf(found, 'Trump'), 'donald-trump');
  });

  it('drops an abbreviated title before a surname ("PM Modi") from the span and links the surname', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Indian Prime Minister Narendra Modi spoke in Delhi.' },
      { id: 'b.txt', text: 'PM Modi said growth would rise this year.' },
    ]);
    assert.equal(idOf(found, 'Modi'), 'narendra-modi');
    assert.equal(idOf(found, 'PM Modi'), undefined);
  });

  it('links a family name written first ("Xi" for "Xi Jinping") but not a common given name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Chinese President Xi Jinping met the delegation in Beijing.' },
      { id: 'b.txt', text: 'Relations had improved, Xi said on Friday.' },
      { id: 'c.txt', text: 'Rachel Reeves met bankers in the City.' },
      { id: 'd.txt', text: 'Critics said Rachel had a point, Rachel told the room.' },
    ]);
    assert.equal(idOf(found, 'Xi'), 'xi-jinping');
    assert.notEqual(found.get('d.txt')!.find((m) => m.text === 'Rachel')?.entity, 'rachel-reeves');
  });

  it('ignores a middle initial, a nickname and the spelling of the Arabic article', () => {
    assert.equal(nameVariantOf('jerome h. powell'), nameVariantOf('jerome powell'));
    assert.equal(nameVariantOf('bibi netanyahu'), nameVariantOf('benjamin netanyahu'));
    assert.equal(nameVariantOf('abdel fattah el sisi'), nameVariantOf('abdel fattah al sisi'));
    assert.notEqual(nameVariantOf('george bush'), nameVariantOf('laura bush'));
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Fed Chair Jerome H. Powell spoke in Washington.' },
      { id: 'b.txt', text: 'Jerome Powell testified before Congress.' },
      { id: 'c.txt', text: 'Egyptian President Abdel Fattah al-Sisi hosted the summit.' },
      { id: 'd.txt', text: 'Abdel Fattah el-Sisi said the talks would continue.' },
    ]);
    assert.equal(idOf(found, 'Jerome H. Powell'), idOf(found, 'Jerome Powell'));
    assert.equal(idOf(found, 'Abdel Fattah al-Sisi'), idOf(found, 'Abdel Fattah el-Sisi'));
  });

  it('links a hyphenated surname written without its hyphen', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Alexandria Ocasio-Cortez criticised the bill.' },
      { id: 'b.txt', text: 'Rep. Ocasio Cortez said it was weak.' },
    ]);
    assert.equal(idOf(found, 'Ocasio Cortez'), 'alexandria-ocasio-cortez');
  });

  it('links state bodies with and without their country ("HM Treasury" … "the Treasury"), not "North" to "North Sea"', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'HM Treasury published figures on Tuesday.' },
      { id: 'b.txt', text: 'The Treasury said borrowing fell in March.' },
      { id: 'c.txt', text: 'Wind farms in the North Sea grew. Towns in the North of England waited.' },
    ]);
    assert.equal(idOf(found, 'Treasury'), idOf(found, 'HM Treasury'));
    assert.equal(found.get('b.txt')!.find((m) => m.text === 'Treasury')?.type, 'organization');
    assert.notEqual(idOf(found, 'North'), idOf(found, 'North Sea'));
  });

  it('links mixed-case acronyms that keep a minor word ("BoE") and city aliases', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Bank of England cut rates. Mayor Eric Adams spoke in New York City.' },
      { id: 'b.txt', text: 'The BoE said inflation was falling. Rents in New York have risen sharply.' },
    ]);
    assert.equal(idOf(found, 'BoE'), idOf(found, 'Bank of England'));
    assert.equal(idOf(found, 'New York City'), idOf(found, 'New York'));
  });

  it('keeps "Alphabet" and "Alphabet Inc." one entity, and a country qualifier optional', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Alphabet Inc. said profits rose. Dockworkers and the United States Maritime Alliance talked.' },
      { id: 'b.txt', text: 'Investors in Alphabet cheered. The Maritime Alliance made an offer.' },
    ]);
    const alphabet = found.get('b.txt')!.find((m) => m.text === 'Alphabet')?.entity;
    if (alphabet !== undefined) assert.equal(alphabet, idOf(found, 'Alphabet Inc.'));
    assert.equal(idOf(found, 'Maritime Alliance'), idOf(found, 'United States Maritime Alliance'));
  });

  it('does not link a country to a person sharing its name, nor an ambiguous surname', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Michael Jordan attended the game. Ed Miliband and David Miliband spoke.' },
      { id: 'b.txt', text: 'Jordan said it would close the border with Syria.' },
    ]);
    assert.notEqual(idOf(found, 'Jordan'), idOf(found, 'Michael Jordan'));
    assert.notEqual(idOf(found, 'Ed Miliband'), idOf(found, 'David Miliband'));
  });
});
