// The `crosscheck` command line, run as a user runs it (the built dist/cli.js in a child process).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const cli = path.join(repoRoot, 'dist', 'cli.js');

function crosscheck(args: string[], cwd = repoRoot) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crosscheck CLI', function () {
  before(function () {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: npm run build first`);
  });

  it('prints usage for --help', () => {
    const { code, stdout } = crosscheck(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: crosscheck/);
    assert.match(stdout, /scan \[--json\]/);
  });

  it('rejects unknown commands and options with usage and exit 2', () => {
    assert.equal(crosscheck(['frobnicate']).code, 2);
    const { code, stderr } = crosscheck(['scan', '--jsn', 'samples']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown option '--jsn'/);
  });

  describe('scan --json on the samples', () => {
    let report: {
      sources: { file: string; title: string; mentions: { start: number; end: number; text: string; type: string; entity?: string; value?: unknown }[] }[];
      entities: { id: string; name: string; type: string; aliases: string[]; mentions: number; sources: number }[];
      comparisons: { subject: string; type: string; agree: boolean; mentions: { file: string; start: number; end: number; text: string }[] }[];
    };
    const texts = new Map<string, string>();

    before(() => {
      const { code, stdout, stderr } = crosscheck(['scan', '--json', 'samples']);
      assert.equal(code, 0, stderr);
      report = JSON.parse(stdout);
      for (const source of report.sources) texts.set(source.file, fs.readFileSync(path.join(repoRoot, source.file), 'utf8'));
    });

    it('lists every sample with its title, relative to the folder given', () => {
      const files = report.sources.map((s) => s.file).sort();
      assert.deepEqual(files, fs.readdirSync(path.join(repoRoot, 'samples')).sort().map((f) => `samples/${f}`));
      const wire = report.sources.find((s) => s.file === 'samples/meridian-wire.txt')!;
      assert.match(wire.title, /Lisbon/);
    });

    it('gives mentions whose offsets slice their own text out of the file', () => {
      let checked = 0;
      for (const source of report.sources) {
        const text = texts.get(source.file)!;
        for (const mention of source.mentions) {
          assert.equal(text.slice(mention.start, mention.end), mention.text, `${source.file} ${mention.start}`);
          checked++;
        }
      }
      assert.ok(checked > 300, `only ${checked} mentions`);
    });

    it('puts an entity id on every entity mention and a known type on every mention', () => {
      const types = new Set(['person', 'organization', 'place', 'misc', 'number', 'money', 'percent', 'quantity', 'date', 'time', 'ordinal']);
      for (const source of report.sources) {
        for (const mention of source.mentions) {
          assert.ok(types.has(mention.type), mention.type);
          if (['person', 'organization', 'place', 'misc'].includes(mention.type)) assert.ok(mention.entity, `${mention.text} has no entity`);
        }
      }
    });

    it('links Keir Starmer across sources', () => {
      const starmer = report.entities.find((e) => e.name === 'Keir Starmer');
      assert.ok(starmer, 'no Keir Starmer entity');
      assert.equal(starmer.type, 'person');
      assert.ok(starmer.sources >= 3, `in ${starmer.sources} sources`);
    });

    it('reports comparable figures that disagree between sources', () => {
      const disagreements = report.comparisons.filter((c) => !c.agree);
      assert.ok(disagreements.length > 0, 'no disagreements found');
      const countries = disagreements.find((c) => c.mentions.some((m) => /26 nations/.test(m.text)));
      assert.ok(countries, `26 nations not compared: ${JSON.stringify(disagreements.map((d) => d.mentions.map((m) => m.text)))}`);
      assert.ok(new Set(countries.mentions.map((m) => m.file)).size >= 2);
    });
  });

  it('reports a binary file on stderr, scans the rest and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'good.txt'), 'Keir Starmer met leaders of 26 nations in Paris on Tuesday.\n');
      fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      const { code, stdout, stderr } = crosscheck(['scan', '--json', dir]);
      assert.equal(code, 1);
      assert.match(stderr, /image\.txt: binary file/);
      const report = JSON.parse(stdout);
      assert.equal(report.sources.length, 1);
      assert.ok(report.sources[0].mentions.some((m: { text: string }) => m.text === 'Keir Starmer'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing path and exits 1', () => {
    const { code, stderr } = crosscheck(['scan', 'no-such-folder']);
    assert.equal(code, 1);
    assert.match(stderr, /no-such-folder: no such file or folder/);
  });
});
