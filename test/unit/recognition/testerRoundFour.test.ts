// Forms that a fourth round of testers met in live blogs, US politics wires, pasted web pages,
// European and Asia-Pacific papers and transcripts (session 11), written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../src/core/recognition';

/** Every mention of one text recognised alone, as "text/type" (with "=value unit" for figures). */
function mentionsOf(text: string): string[] {
  return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt')
    .map((m) => (m.kind === 'figure' ? `${m.text}/${m.type}=${m.value ?? ''} ${m.unit ?? ''}`.trimEnd() : `${m.text}/${m.type}`));
}

describe('recognition: forms found by the fourth round of testers', () => {
  it('ends a count before a name among its words, keeping its value and counted noun', () => {
    assert.deepEqual(mentionsOf('Ministers from 27 EU member states met, and Germany sent two Patriot systems.'),
      ['27/number=27 states', 'EU/organization', 'Germany/place', 'two/number=2 systems', 'Patriot/misc']);
  });

  it('keeps counted party members and a line in capitals whole', () => {
    assert.deepEqual(mentionsOf('Six Democrats joined 211 Republicans in support.'), ['Six Democrats/number=6 democrats', '211 Republicans/number=211 republicans']);
    assert.deepEqual(mentionsOf('TELLWAVE\'S BAD WEEK: TWO COUNTRIES, FOUR REGULATORS').filter((m) => m.includes('number')),
      ['TWO COUNTRIES/number=2 countries', 'FOUR REGULATORS/number=4 regulators']);
  });
});
