import assert from 'node:assert/strict';
import { workspaceEntities } from '../entities/helpers';

function idsIn(found: Map<string, { text: string; entity: string }[]>, id: string): Map<string, string> {
  return new Map(found.get(id)?.map((m) => [m.text, m.entity]));
}

describe('recognition: linking short forms of companies, acronyms and regnal names', () => {
  it('links a company written without its trailing company words', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares in Halvik Shipping Group fell after the results.' },
      { id: 'b.txt', text: 'Analysts said Halvik Shipping would cut routes. Later Halvik said the plan was final.' },
    ]);
    const ids = idsIn(found, 'b.txt');
    assert.equal(ids.get('Halvik Shipping'), 'halvik-shipping-group');
    assert.equal(ids.get('Halvik'), 'halvik-shipping-group');
  });

  it('links a known acronym to the full name the workspace spells out', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Food and Drug Administration approved the pill on Monday.' },
      { id: 'b.txt', text: 'Doctors said the FDA acted quickly.' },
    ]);
    assert.equal(idsIn(found, 'b.txt').get('FDA'), 'food-and-drug-administration');
  });

  it('links a monarch named without the regnal number', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'King Harald VII opened the bridge in Bergen.' },
      { id: 'b.txt', text: 'Crowds cheered as King Harald arrived.' },
    ]);
    assert.equal(idsIn(found, 'b.txt').get('King Harald'), 'king-harald-vii');
  });

  it('ends a name at an abbreviation that closes the sentence', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: 'The deal was signed with Brindle Inc. The Central Bank of Norvia approved it.' }]);
    assert.deepEqual(found.get('a.txt')?.map((m) => m.text), ['Brindle Inc.', 'Central Bank of Norvia']);
  });
});
