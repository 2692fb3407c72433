import assert from 'node:assert/strict';
import { addGazetteerEntity, addGazetteerIgnore, parseGazetteer, WorkspaceRecognizer } from '../../../../src/core/recognition';
import { entitiesOf, entityMentions } from '../entities/helpers';

const SAMPLE = [
  '# Team names (kept by the desk)',
  'entities:',
  '  - id: hywind-tampen',
  '    type: misc',
  '    name: Hywind Tampen',
  '    aliases: [Tampen]',
  '    note: floating wind farm   # unknown keys are kept',
  '  - name: Atlantic Live',
  '    type: organization',
  'ignore:',
  '  - Live Updates',
  '',
].join('\n');

describe('recognition: team gazetteer', () => {
  it('parses entities with defaults and ignore strings', () => {
    const { gazetteer, problems } = parseGazetteer(SAMPLE);
    assert.deepEqual(problems, []);
    assert.deepEqual(gazetteer.entities, [
      { id: 'hywind-tampen', type: 'misc', name: 'Hywind Tampen', aliases: ['Tampen'] },
      { id: 'atlantic-live', type: 'organization', name: 'Atlantic Live', aliases: [] },
    ]);
    assert.deepEqual(gazetteer.ignore, ['Live Updates']);
  });

  it('reports problems at 0-based line and column and keeps the valid entries', () => {
    const text = ['entities:', '  - name: Good Name', '    type: place', '  - name: Bad', '    type: planet', 'ignore: 5', 'extra: 1'].join('\n');
    const { gazetteer, problems } = parseGazetteer(text);
    assert.deepEqual(gazetteer.entities.map((e) => e.name), ['Good Name']);
    const typeProblem = problems.find((p) => p.message.includes('planet'));
    assert.ok(typeProblem);
    assert.equal(typeProblem.line, 4);
    assert.equal(typeProblem.column, 10);
    assert.equal(typeProblem.severity, 'error');
    const ignoreProblem = problems.find((p) => p.message.includes('"ignore"'));
    assert.equal(ignoreProblem?.line, 5);
    assert.ok(problems.some((p) => p.severity === 'warning' && p.message.includes('extra') && p.line === 6));
  });

  it('never throws on broken YAML, tags or aliases', () => {
    for (const text of ['entities: [', ': : :', '!!js/function x', 'a: &x 1\nb: *x\nentities: *x', '\t- bad', '- just a list']) {
      const { problems } = parseGazetteer(text);
      assert.ok(problems.length > 0, text);
      for (const p of problems) assert.ok(p.line >= 0 && p.column >= 0);
    }
    assert.deepEqual(parseGazetteer('').problems, []);
  });

  it('overrides recognition: declared names and aliases get the declared id and type', () => {
    const { gazetteer } = parseGazetteer(SAMPLE);
    const mentions = entityMentions('Atlantic Live reported that Hywind Tampen and Tampen were mentioned.', gazetteer);
    assert.deepEqual(mentions.map((m) => `${m.text}/${m.type}/${m.entity}`), [
      'Atlantic Live/organization/atlantic-live', 'Hywind Tampen/misc/hywind-tampen', 'Tampen/misc/hywind-tampen',
    ]);
  });

  it('finds declared names the text writes where the scanner sees no name', () => {
    const gazetteer = {
      entities: [
        { id: 'ebay', type: 'organization' as const, name: 'eBay', aliases: [] },
        { id: 'spring-budget', type: 'misc' as const, name: 'Spring Budget', aliases: ['the Budget'] },
      ],
      ignore: [],
    };
    const mentions = entityMentions('Sellers on eBay read the Budget closely.', gazetteer);
    assert.deepEqual(mentions.map((m) => `${m.text}/${m.type}/${m.entity}`), ['eBay/organization/ebay', 'Budget/misc/spring-budget']);
    const recognizer = new WorkspaceRecognizer({ gazetteer });
    assert.equal(recognizer.entity('spring-budget')?.name, 'Spring Budget');
  });

  it('ignores the strings it is told to ignore', () => {
    const gazetteer = { entities: [], ignore: ['Grid Week'] };
    assert.deepEqual(entitiesOf('Delegates attended Grid Week in Lisbon.', gazetteer), ['Lisbon/place']);
    assert.deepEqual(entitiesOf('Delegates attended Grid Week in Lisbon.'), ['Grid Week/misc', 'Lisbon/place']);
  });

  it('adds an entity while keeping comments and unknown keys', () => {
    const edit = addGazetteerEntity(SAMPLE, { name: 'Viking Link', type: 'misc', aliases: ['the Link'] });
    assert.ok(edit.ok);
    assert.ok(edit.text.includes('# Team names (kept by the desk)'));
    assert.ok(edit.text.includes('note: floating wind farm # unknown keys are kept') || edit.text.includes('note: floating wind farm   # unknown keys are kept'));
    const reparsed = parseGazetteer(edit.text);
    assert.deepEqual(reparsed.problems, []);
    assert.deepEqual(reparsed.gazetteer.entities[2], { id: 'viking-link', type: 'misc', name: 'Viking Link', aliases: ['the Link'] });
    // Deterministic: the same edit gives the same text.
    const again = addGazetteerEntity(SAMPLE, { name: 'Viking Link', type: 'misc', aliases: ['the Link'] });
    assert.ok(again.ok && again.text === edit.text);
  });

  it('merges into an entry with the same id', () => {
    const edit = addGazetteerEntity(SAMPLE, { id: 'hywind-tampen', name: 'Hywind', type: 'misc' });
    assert.ok(edit.ok);
    const entry = parseGazetteer(edit.text).gazetteer.entities.find((e) => e.id === 'hywind-tampen');
    assert.deepEqual(entry?.aliases, ['Tampen', 'Hywind']);
  });

  it('adds ignore strings once, and creates the file content from nothing', () => {
    const first = addGazetteerIgnore('', 'Read more');
    assert.ok(first.ok && first.changed);
    assert.deepEqual(parseGazetteer(first.text).gazetteer.ignore, ['Read more']);
    const second = addGazetteerIgnore(first.text, 'read more');
    assert.ok(second.ok && !second.changed);
    const created = addGazetteerEntity('', { name: 'Meridian Wire', type: 'organization' });
    assert.ok(created.ok);
    assert.deepEqual(parseGazetteer(created.text).gazetteer.entities, [{ id: 'meridian-wire', type: 'organization', name: 'Meridian Wire', aliases: [] }]);
  });

  it('refuses to edit a file it cannot read, with the problems', () => {
    const edit = addGazetteerIgnore('entities: [', 'x');
    assert.equal(edit.ok, false);
    if (!edit.ok) assert.ok(edit.problems.length > 0);
  });
});
