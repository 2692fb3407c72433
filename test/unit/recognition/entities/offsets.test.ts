import assert from 'node:assert/strict';
import { entityMentions } from './helpers';

function assertSpansMatchText(text: string): void {
  const mentions = entityMentions(text);
  assert.ok(mentions.length > 0, 'expected some mentions');
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
}

describe('recognition: offsets', () => {
  it('keeps UTF-16 offsets with CRLF line ends', () => {
    const text = 'Ministers met in Oslo.\r\n\r\nLater, Jonas Gahr Støre flew to Bergen.\r\n';
    const mentions = entityMentions(text);
    assert.deepEqual(mentions.map((m) => m.text), ['Oslo', 'Jonas Gahr Støre', 'Bergen']);
    assertSpansMatchText(text);
  });

  it('keeps offsets after emoji and accented letters', () => {
    const text = '🌊🌬️ Wind news 🇵🇹: São Paulo and Zürich signed, said Zoë Ångström.';
    const mentions = entityMentions(text);
    assert.deepEqual(mentions.map((m) => m.text), ['São Paulo', 'Zürich', 'Zoë Ångström']);
    assertSpansMatchText(text);
  });

  it('reads Cyrillic names as names', () => {
    const text = 'Встреча прошла в Киеве. Владимир Зеленский выступил.';
    const mentions = entityMentions(text);
    const texts = mentions.map((m) => m.text);
    assert.ok(texts.includes('Киеве') && texts.includes('Владимир Зеленский'), texts.join(', '));
    assertSpansMatchText(text);
  });

  it('returns sorted, non-overlapping mentions including figures', () => {
    const text = 'On 12 March 2026, 26 nations met in Lisbon and agreed to spend $1.2 billion.';
    const result = entityMentions(text);
    assert.deepEqual(result.map((m) => m.text), ['Lisbon']);
  });
});
