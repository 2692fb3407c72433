import assert from 'node:assert/strict';
import { createLexicon } from '../../../../src/core/recognition/gazetteer/builtin/lexicon';
import { WELL_KNOWN_MISC, WELL_KNOWN_ORGANIZATIONS } from '../../../../src/core/recognition/gazetteer/builtin/wellKnown.data';
import { entitiesOf, idOf, workspaceEntities } from '../entities/helpers';

const entries = (list: string) => list.split('\n').map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('#'));

describe('lexicon: well-known organisations and named things', () => {
  it('has one well-formed entry per line, none empty, and finds each entry by one of its names at least', () => {
    const lexicon = createLexicon();
    for (const [list, type] of [[WELL_KNOWN_ORGANIZATIONS, 'organization'], [WELL_KNOWN_MISC, 'misc']] as const) {
      const lines = entries(list);
      assert.ok(lines.length > 400, `${type}: ${lines.length} entries`);
      for (const line of lines) {
        const names = line.split('|');
        assert.ok(names.every((n) => n.trim().length > 0 && n === n.trim()), line);
        assert.ok(names.some((name) => lexicon.known.get(lexicon.keys.identity(name)) !== undefined), line);
      }
    }
  });

  it('types and links well-known names the workspace names only once or by an alias', () => {
    const found = entitiesOf('Shares in Aviva rose after the Kansas City Chiefs beat the Philadelphia Eagles, the Financial Times reported.');
    for (const expected of ['Aviva/organization', 'Kansas City Chiefs/organization', 'Philadelphia Eagles/organization', 'Financial Times/organization']) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
    const ids = workspaceEntities([
      { id: 'a.txt', text: 'Researchers at the Massachusetts Institute of Technology said so.' },
      { id: 'b.txt', text: 'An MIT study found the opposite.' },
    ]);
    assert.equal(idOf(ids, 'MIT'), idOf(ids, 'Massachusetts Institute of Technology'));
  });

  it('never makes a country a company, nor a famous town a university, by a well-known name', () => {
    assert.deepEqual(entitiesOf('It stays our primary supplier in Taiwan, and Cambridge and Oxford agreed.'),
      ['Taiwan/place', 'Cambridge/place', 'Oxford/place']);
  });
});
