import assert from 'node:assert/strict';
import { compileSourcePatterns, DEFAULT_SOURCE_PATTERNS, globToRegExp } from '../../../src/core/sources/globs';
import { decodeArticle } from '../../../src/core/sources/decode';

describe('source patterns', () => {
  const defaults = compileSourcePatterns(DEFAULT_SOURCE_PATTERNS);

  it('takes text, Markdown and .article files at any depth', () => {
    assert.equal(defaults.matches('report.txt'), true);
    assert.equal(defaults.matches('desk/2026/report.md'), true);
    assert.equal(defaults.matches('a/b.article'), true);
  });

  it('leaves out node_modules, .git, sidecars and other files', () => {
    assert.equal(defaults.matches('node_modules/pkg/readme.md'), false);
    assert.equal(defaults.matches('sub/node_modules/x.txt'), false);
    assert.equal(defaults.matches('.git/info/exclude.txt'), false);
    assert.equal(defaults.matches('report.txt.claims.yaml'), false);
    assert.equal(defaults.matches('image.png'), false);
  });

  it('supports braces, ? and character classes', () => {
    assert.equal(globToRegExp('news/{uk,us}/*.txt').test('news/uk/a.txt'), true);
    assert.equal(globToRegExp('news/{uk,us}/*.txt').test('news/fr/a.txt'), false);
    assert.equal(globToRegExp('day?.txt').test('day1.txt'), true);
    assert.equal(globToRegExp('day[0-9].txt').test('dayx.txt'), false);
    assert.equal(globToRegExp('*.txt').test('dir/a.txt'), false);
  });
});

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a BOM like the editor does', () => {
    const result = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x50, 0x61, 0x72, 0x69, 0x73]));
    assert.deepEqual(result, { ok: true, text: 'Paris', encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const result = decodeArticle(new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00, 0x69, 0x00, 0x76, 0x00]));
    assert.equal(result.ok && result.text, 'Kyiv');
  });

  it('refuses binary files with a reason', () => {
    const result = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /binary/);
  });

  it('replaces invalid UTF-8 and says so', () => {
    const result = decodeArticle(new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    assert.equal(result.ok && result.text, 'Caf\uFFFD');
    assert.match((result.ok && result.warning) || '', /UTF-8/);
  });
});
