// Headings of lists of other articles, shared by the entity and figure passes.
import * as assert from 'node:assert/strict';
import { isFurnitureHeadingLine } from '../../../src/core/recognition/furnitureHeadings';
import { recognizeWorkspace } from '../../../src/core/recognition';

describe('furniture headings', () => {
  it('knows the usual headings and the open forms of "Related", "More" and "Most"', () => {
    for (const line of [
      'Related stories', 'Related coverage', 'Related research:', 'Read also:', 'Also read', '> Related content',
      'More from BBC Sport', 'More on Ukraine', 'MORE SOCCER', 'Most viewed', 'Most read in Business', 'Don’t miss',
      'Recent Posts', 'Archives', 'Categories', 'More from Aberdeen & Aberdeenshire',
    ]) {
      assert.equal(isFurnitureHeadingLine(line), true, line);
    }
  });

  it('does not take sub-headings or sentences that open with the same words', () => {
    for (const line of [
      'More rain forecast', 'More than 30 countries signed', 'Most of the crew survived.', 'Related to the blast',
      'Moreover, the court said', 'Relatedly', 'Mostly sunny', 'More deaths feared in the north of the country',
    ]) {
      assert.equal(isFurnitureHeadingLine(line), false, line);
    }
  });

  it('drops the names and figures of the list under such a heading, up to the blank line', () => {
    const text = [
      'Police in Leeds said 2 men were arrested on Monday.',
      '',
      'Related coverage',
      'India’s moon lander makes history near the south pole',
      'Why 3 schools in Ohio may merge',
      '',
      'MORE SOCCER',
      'Pulisic scores twice as AC Milan rolls',
      '',
      'The men, aged 24 and 31, were released on bail by Leeds magistrates.',
    ].join('\n');
    const mentions = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt');
    const listStart = text.indexOf('Related coverage');
    const listEnd = text.indexOf('The men');
    assert.deepEqual(mentions.filter((m) => m.start >= listStart && m.start < listEnd).map((m) => m.text), []);
    assert.ok(mentions.some((m) => m.text === 'Leeds' && m.start > listEnd), 'the paragraph after the list is read');
  });

  it('drops a list that follows its heading after one blank line, but not after a share bar or two blank lines', () => {
    const textOf = (heading: string, gap: string) => ['Police in Leeds said 2 men were arrested.', '', heading, gap,
      '1. Man, 34, charged after incident on Union Street', '2. Inverness to Aberdeen rail line closed for 10 days', '',
      'The men were released on bail by Leeds magistrates.'].join('\n');
    const inList = (text: string) => {
      const from = text.indexOf('1. Man');
      const to = text.indexOf('The men');
      return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.start >= from && m.start < to).map((m) => m.text);
    };
    assert.deepEqual(inList(textOf('Most read', '')), []);
    assert.deepEqual(inList(textOf('More from Aberdeen & Aberdeenshire', '')), []);
    assert.deepEqual(inList(textOf('Archives', '')), []);
    assert.deepEqual(inList(textOf('Share', '')), ['34', 'Union Street', 'Inverness', 'Aberdeen', '10 days']);
    assert.deepEqual(inList(textOf('Most read', '\n')), ['34', 'Union Street', 'Inverness', 'Aberdeen', '10 days']);
  });

  it('ends a list that no blank line ends after twelve lines', () => {
    const items = Array.from({ length: 12 }, (_, i) => `Headline number ${i + 1} about Oslo`);
    const text = ['Related stories', ...items, 'Ministers met in Leeds on Monday.'].join('\n');
    const mentions = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => m.text);
    assert.deepEqual(mentions, ['Leeds', 'Monday']);
  });
});

describe('page furniture lines', () => {
  const namesOf = (text: string) => recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt')
    .filter((m) => m.kind === 'entity').map((m) => m.text);

  it('drops a whole caption line that ends with its credit, and a copyright notice in mid-line', () => {
    assert.deepEqual(namesOf('Rachel Reeves leaves 11 Downing Street. Photograph: Jack Taylor/Getty Images\n\nThe chancellor spoke in Leeds.'), ['Leeds']);
    assert.deepEqual(namesOf('Red carpet ready: Huub van Dijk and Lotte van Aken arrive in Venice (Photo: Getty Images)\n\nThe jury met in Venice.'), ['Venice']);
    assert.deepEqual(namesOf('The chancellor spoke in Leeds. This transcript may contain errors. © BBC 2026'), ['Leeds']);
  });

  it('drops breadcrumbs split by slashes, menus of one-to-three-word lines and comment headers', () => {
    assert.deepEqual(namesOf('Home / India News / Maharashtra\n\nThe cabinet met in Mumbai.'), ['Mumbai']);
    const menu = ['The Daily Ledger', 'News', 'Opinion', 'UK', 'World', 'Climate crisis', 'Ukraine', '', 'Ministers met in Leeds on Monday.'].join('\n');
    assert.deepEqual(namesOf(menu), ['The Daily Ledger', 'Leeds']);
    assert.deepEqual(namesOf('Ministers met in Leeds.\n\n4 thoughts on "Google Pixel 11 Pro hands-on"\n\nPriya Sharma\nGreat phone.'), ['Leeds']);
  });

  it('keeps a short list of names that is no menu', () => {
    assert.deepEqual(namesOf('The shortlist:\nAnna Berg\nTom Ruiz\n\nThe winner will be named in Oslo.'), ['Anna Berg', 'Tom Ruiz', 'Oslo']);
  });

  it('drops platform prompts, labelled link lines and page counters, in both passes', () => {
    const all = (text: string) => recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => m.text);
    const page = [
      'Storm Amy hit Moray on Monday.',
      '412',
      'Responses (9)',
      '2.3K Followers · 180 Following',
      'View comments (312)',
      'You\'ve read 3 of your 3 free articles this month. Subscribe now for just £1 for your first three months.',
      'We and our 842 partners store and/or access information on a device.',
      'Thanks for reading The Westminster Brief! Subscribe for free.',
      'Photo by Timothy Dykes on Unsplash',
      'Add Yahoo as a preferred source to see more of our stories on Google.',
      'Our Standards: The Thomson Reuters Trust Principles.',
      'AP NFL: https://apnews.com/hub/nfl',
      '',
      'Police said 2 men, 24 and 31, were held in Elgin.',
    ].join('\n');
    assert.deepEqual(all(page), ['Storm Amy', 'Moray', 'Monday', '2 men', '24', '31', 'Elgin']);
  });

  it('finds the comments of a blog under "N thoughts on …" for the figures too', () => {
    const text = 'Scafell Pike was icy. We set off at dawn and met nobody on the ridge until the top.\n\nIt took 4 hours.\n\n14 thoughts on "Scafell Pike in February"\n\nGareth Pryce says:\nFebruary 18, 2026 at 9:14 pm\nGreat.';
    assert.deepEqual(recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => m.text), ['Scafell Pike', '4 hours']);
  });
});
