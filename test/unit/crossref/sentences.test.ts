import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/crossref/text/sentences';

function sentences(text: string, from = 0): string[] {
  return splitSentences(text, from).map((span) => text.slice(span.start, span.end));
}

describe('crossref splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('The pact was signed. Was it enough? Nobody knows!'), ['The pact was signed.', 'Was it enough?', 'Nobody knows!']);
  });

  it('keeps titles, initials, months and other abbreviations inside the sentence', () => {
    assert.deepEqual(sentences('Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. John F. Kennedy was not there.'), [
      'Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('keeps U.S. inside a sentence but ends the sentence when a new one clearly starts', () => {
    assert.deepEqual(sentences('The U.S. Senate agreed. Officials in the U.S. The rest followed.'), [
      'The U.S. Senate agreed.',
      'Officials in the U.S.',
      'The rest followed.',
    ]);
  });

  it('does not split decimals, dotted names or lower-case continuations', () => {
    assert.deepEqual(sentences('Growth was 3.5 percent, said example.com. It was e.g. slower than expected.'), [
      'Growth was 3.5 percent, said example.com.',
      'It was e.g. slower than expected.',
    ]);
  });

  it('ends a sentence after a closing quote and keeps quoted questions with their attribution', () => {
    assert.deepEqual(sentences('He said: "We are ready." Then he left. "Is it over?" she asked.'), [
      'He said: "We are ready."',
      'Then he left.',
      '"Is it over?" she asked.',
    ]);
    assert.deepEqual(sentences('“We signed it,” Varga said. “Now we build.”'), ['“We signed it,” Varga said.', '“Now we build.”']);
  });

  it('treats headline lines and paragraphs as separate sentences, with CRLF', () => {
    const text = 'Leaders sign river pact\r\n\r\nLeaders of 26 nations signed it. Talks lasted 14 hours.\r\nA second paragraph follows';
    assert.deepEqual(sentences(text), ['Leaders sign river pact', 'Leaders of 26 nations signed it.', 'Talks lasted 14 hours.', 'A second paragraph follows']);
  });

  it('joins hard-wrapped lines into sentences', () => {
    const text = [
      'The leaders of twenty-six nations signed the pact on Tuesday after talks that',
      'lasted through the night, officials said in a statement released at dawn on',
      'Wednesday. The agreement covers the whole river basin and sets up a joint fund',
      'for treatment plants, flood barriers and the restoration of wetlands along its',
      'banks. Critics said the money had been promised before and would not suffice.',
      '',
      'A second paragraph.',
    ].join('\n');
    const found = sentences(text);
    assert.equal(found.length, 4);
    assert.match(found[0], /^The leaders .* on\nWednesday\.$/s);
    assert.match(found[1], /^The agreement .* its\nbanks\.$/s);
    assert.equal(found[3], 'A second paragraph.');
  });

  it('starts after front matter and strips Markdown block markers', () => {
    const text = '---\ntitle: X\n---\n# Headline here\n\n> Quoted line.\n- A list item.';
    assert.deepEqual(sentences(text, text.indexOf('# Headline')), ['Headline here', 'Quoted line.', 'A list item.']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences(' \n\n\t '), []);
  });
});
