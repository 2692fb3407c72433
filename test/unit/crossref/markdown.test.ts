import assert from 'node:assert/strict';
import { commandLinks, commandUri, escapeMarkdown, markdownLink } from '../../../src/core/crossref/render/markdown';
import { renderEntityCard, renderExcerpt, renderFigureCard } from '../../../src/core/crossref/render/cards';
import type { EntityCard, FigureCard } from '../../../src/core/crossref/cards';

/** Markdown source with every backslash escape removed: what a reader sees as plain text. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** True when `markdown` contains `char` not escaped by a backslash (walking escapes left to right). */
function hasUnescaped(markdown: string, char: string): boolean {
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') {
      i++; // the escaped character
      continue;
    }
    if (markdown[i] === char) return true;
  }
  return false;
}

/** Every backslash in `markdown` escapes an ASCII punctuation character. */
function escapesAreWellFormed(markdown: string): boolean {
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] !== '\\') continue;
    if (!/[!-/:-@[-`{-~]/.test(markdown[i + 1] ?? '')) return false;
    i++;
  }
  return true;
}

const ATTACKS = [
  '[click](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --> visible',
  '`code` and ```fence```',
  '*bold* _em_ **strong** __strong__ ~~strike~~',
  '# heading\n## another\n---\n| a | b |\n|---|---|',
  '<command:evil> and <https://evil.example>',
  '[ref]: command:evil\n[x][ref]',
  '&lt;script&gt; &amp; &#60;',
  '$(alert) \\[ already escaped \\]',
  '1. list\n- item\n+ item\n> quote',
  'line one\nline two\r\nline three\u2028four',
  'bidi \u202etxt.exe\u202c and zero\u200bwidth and bell\u0007',
];

describe('crossref markdown escaping', () => {
  for (const attack of ATTACKS) {
    it(`renders ${JSON.stringify(attack).slice(0, 40)} as literal text`, () => {
      const escaped = escapeMarkdown(attack);
      for (const char of '[]()<>`*_#|!&$~:=-+.') assert.ok(!hasUnescaped(escaped, char), `unescaped ${char} in ${escaped}`);
      assert.ok(escapesAreWellFormed(escaped), escaped);
      assert.ok(!/[\r\n\u2028\u2029]/.test(escaped), 'no line breaks survive');
      assert.ok(!/[\u202a-\u202e\u200b\u0007]/.test(escaped), 'no invisible controls survive');
      const visible = attack.replace(/[\u202a-\u202e\u200b\u0007]/g, '').replace(/\s+/g, ' ');
      assert.equal(unescape(escaped), visible, 'the reader sees the original text');
    });
  }

  it('builds command URIs that cannot break out of a Markdown link', () => {
    const uri = commandUri('crosscheck.openSource', [{ sourceId: 'a (1)).md', start: 1, end: 2 }]);
    assert.ok(uri.startsWith('command:crosscheck.openSource?'));
    assert.ok(!/[()\s[\]<>"'!*]/.test(uri.slice('command:'.length)), uri);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), [{ sourceId: 'a (1)).md', start: 1, end: 2 }]);
  });

  it('links only to crosscheck command URIs', () => {
    assert.equal(markdownLink('Title', 'command:crosscheck.openSource?%5B%5D'), '[Title](command:crosscheck.openSource?%5B%5D)');
    assert.equal(markdownLink('Title', 'command:workbench.action.terminal.new'), 'Title');
    assert.equal(markdownLink('Title', 'https://example.com'), 'Title');
    assert.equal(markdownLink('Title', 'command:crosscheck.openSource?x) [y](command:evil'), 'Title');
    assert.equal(markdownLink('[x](command:evil)', 'command:crosscheck.showAllMentions'), '[\\[x\\]\\(command\\:evil\\)](command:crosscheck.showAllMentions)');
  });

  it('the default link factory encodes ids with JSON', () => {
    const links = commandLinks();
    const uri = links.showAllMentions('keir-starmer');
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.split('?')[1])), [{ entityId: 'keir-starmer' }]);
  });
});

describe('crossref card rendering', () => {
  const evil = 'Evil [x](command:evil) <img src=x onerror=alert(1)> `tick` *star* _under_ # hash | pipe\nnew line';
  const links = commandLinks();
  const entityCard: EntityCard = {
    entity: { id: 'e1', name: `Name ${evil}`, type: 'person', aliases: [] },
    aliasesSeen: [`Alias ${evil}`],
    sourceId: 'a.txt',
    mention: { kind: 'entity', type: 'person', entity: 'e1', text: 'Name', start: 0, end: 4 },
    sentence: { start: 0, end: 4, text: 'Name', highlights: [] },
    sourceCount: 2,
    totalSources: 3,
    mentionCount: 4,
    others: [
      {
        source: { id: 'b.txt', title: `Title ${evil}`, outlet: `Outlet ${evil}`, date: '2026-01-07' },
        surfaceForms: [`Form ${evil}`],
        mentionCount: 2,
        sentence: { start: 10, end: 10 + evil.length, text: evil, highlights: [{ start: 0, end: 4, kind: 'mention' }] },
        similarity: 0.5,
      },
    ],
    otherSourceCount: 1,
  };

  function assertSafe(markdown: string): void {
    const withoutLinks = markdown.replace(/\]\(command:crosscheck\.[A-Za-z]+\?[A-Za-z0-9%._~-]*\)/g, ']');
    assert.ok(!withoutLinks.includes('](command:evil'), 'no injected link');
    assert.ok(!hasUnescaped(withoutLinks, '<'), 'no raw HTML');
    assert.ok(!hasUnescaped(withoutLinks, '`'), 'no code spans');
    assert.ok(!markdown.includes('\nnew line'), 'article line breaks do not reach the Markdown');
    const links = [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    for (const link of links) assert.match(link, /^command:crosscheck\.(openSource|showAllMentions)\?[A-Za-z0-9%._~-]*$/);
  }

  it('escapes every article string in an entity card and links with command URIs', () => {
    const markdown = renderEntityCard(entityCard, links);
    assertSafe(markdown);
    assert.ok(markdown.includes('**Evil**'), 'the mention is emphasised');
    assert.ok(markdown.includes('Show all 4 mentions'));
    assert.ok(markdown.includes('in 2 of 3 sources'));
    assert.ok(unescape(markdown).includes('Title Evil [x](comm'), 'the title reads literally (cut to fit the line)');
  });

  it('escapes every article string in a figure card', () => {
    const card: FigureCard = {
      sourceId: 'a.txt',
      mention: { kind: 'figure', type: 'number', text: '26 nations', start: 0, end: 10, value: 26, unit: 'nations' },
      display: `26 ${evil}`,
      value: 26,
      unit: evil,
      subject: 'countries',
      comparable: true,
      sentence: { start: 0, end: 10, text: '26 nations', highlights: [] },
      comparisons: [
        {
          source: { id: 'b.txt', title: `Title ${evil}` },
          mention: { kind: 'figure', type: 'number', text: '35 countries', start: 5, end: 17, value: 35, unit: 'countries' },
          sentence: { start: 0, end: evil.length, text: evil, highlights: [] },
          similarity: 0.4,
          verdict: 'differs',
          detail: `26 vs 35 ${evil}`,
          conversion: `conv ${evil}`,
        },
      ],
      comparisonCount: 3,
      counts: { agrees: 1, approximatelyAgrees: 1, differs: 1 },
    };
    const markdown = renderFigureCard(card, links);
    assertSafe(markdown);
    assert.ok(markdown.includes('Other sources: **1 differs** (35 countries) · 1 approximately agrees · 1 agrees'), markdown);
    assert.ok(markdown.includes('✗ **35 countries**'));
    assert.ok(markdown.includes('2 more sources'));
  });

  it('renders an entity card densely: one header line per source with its naming, the sentence right under it', () => {
    const markdown = renderEntityCard(entityCard, links);
    const paragraphs = markdown.split('\n\n');
    assert.equal(paragraphs.length, 3, 'heading, one paragraph per source, footer: no rules or block quotes');
    const [header, sentence, ...rest] = paragraphs[1].split('  \n');
    assert.deepEqual(rest, []);
    assert.match(header, /^\*\*\[Title Evil .*\]\(command:crosscheck\.openSource\?[^)]*\)\*\* · Outlet .* · 2026\\-01\\-07 · as \*Form Evil .*\* \(2 mentions\)$/);
    assert.ok(sentence.startsWith('“**Evil**'), sentence);
    assert.ok(!/^(?:>|---)/m.test(markdown));
  });

  it('summarises a figure card in one line and keeps each comparison to a header line and its sentence', () => {
    const comparison = (id: string, text: string, value: number, verdict: 'differs' | 'agrees' | 'approximately agrees', detail = '') => ({
      source: { id, title: `A rather long headline about the river pact signed in Marenburg by ${id}`, outlet: 'Coastal Times', date: '2026-03-04' },
      mention: { kind: 'figure' as const, type: 'number' as const, text, start: 0, end: text.length, value, unit: 'countries' },
      sentence: { start: 0, end: text.length, text, highlights: [{ start: 0, end: text.length, kind: 'mention' as const }] },
      similarity: 0.3,
      verdict,
      detail,
    });
    const card: FigureCard = {
      sourceId: 'a.txt',
      mention: { kind: 'figure', type: 'number', text: '26 nations', start: 0, end: 10, value: 26, unit: 'nations' },
      display: '26 nations',
      value: 26,
      unit: 'nations',
      subject: 'countries',
      comparable: true,
      sentence: { start: 0, end: 10, text: '26 nations', highlights: [] },
      comparisons: [
        comparison('b.txt', '35 countries', 35, 'differs', '26 nations vs 35 countries (differs by 9)'),
        { ...comparison('c.txt', 'more than 30 countries', 30, 'differs'), mention: { ...comparison('c.txt', 'x', 30, 'differs').mention, text: 'more than 30 countries', qualifier: 'more than' } },
        comparison('d.txt', '26 countries', 26, 'agrees'),
      ],
      comparisonCount: 3,
      counts: { agrees: 1, approximatelyAgrees: 0, differs: 2 },
    };
    const markdown = renderFigureCard(card, links);
    const [heading, ...blocks] = markdown.split('\n\n');
    assert.equal(heading, '**26 nations** · number · countries  \nOther sources: **2 differ** (35 countries, more than 30 countries) · 1 agrees');
    assert.equal(blocks.length, 3);
    assert.match(blocks[0], /^✗ \*\*35 countries\*\* \\\(differs by 9\\\) · \*\*\[A rather long headline about…\]\(command:[^)]*\)\*\* · Coastal Times · 2026\\-03\\-04  \n“\*\*35 countries\*\*”$/);
    assert.ok(blocks[2].startsWith('✓ **26 countries**'));
  });

  it('cuts long sentences around the highlight at word boundaries', () => {
    const text = `${'word '.repeat(100)}TARGET ${'tail '.repeat(100)}`.trim();
    const start = text.indexOf('TARGET');
    const rendered = renderExcerpt({ start: 0, end: text.length, text, highlights: [{ start, end: start + 6, kind: 'mention' }] }, 100);
    assert.ok(rendered.startsWith('… word'), rendered);
    assert.ok(rendered.endsWith('tail …'), rendered);
    assert.ok(rendered.includes('**TARGET**'));
    assert.ok(rendered.length < 130);
  });

  it('merges highlights separated by spaces into one emphasis', () => {
    const text = 'Prime Minister Elena Varga spoke';
    const rendered = renderExcerpt({ start: 0, end: text.length, text, highlights: [
      { start: 0, end: 5, kind: 'match' },
      { start: 6, end: 14, kind: 'match' },
      { start: 15, end: 26, kind: 'mention' },
    ] });
    assert.equal(rendered, '**Prime Minister Elena Varga** spoke');
  });
});
