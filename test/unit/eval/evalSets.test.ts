// Checks the labelled data itself against the rules of docs/labelled-format.md.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isEntityType } from '../../../src/core/model';
import { type EvalSetName, findSetDirectory, loadLabelledSet } from '../../../bench/eval-run';

const ABBREVIATION_END = /(?:a\.m\.|p\.m\.|(?:\b[A-Z]\.){2,}|\b(?:Jr|Inc|Corp|Co|Ltd|Ltda|St|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo)\.)$/;
const TITLE_PREFIX = /^(?:(?:Cllr|Gov|Dr|Mr|Mrs|Ms|Prof)\.?|Prime Minister|President|Judge|Chancellor|Minister|Alderman|Supervisor) /;

for (const setName of ['dev', 'test'] as EvalSetName[]) {
  describe(`labelled set eval/${setName}`, () => {
    const dir = findSetDirectory(setName, __dirname);
    const set = dir === undefined ? undefined : loadLabelledSet(dir);

    it('exists and every label is well-formed', () => {
      assert.ok(set, `eval/${setName} not found`);
      assert.ok(set.sources.length >= 5);
      assert.deepEqual(set.problems, []);
    });

    it('has no overlapping labels and spans that match their text', () => {
      for (const source of set?.sources ?? []) {
        const gold = [...(set?.gold.get(source.id) ?? [])].sort((a, b) => a.start - b.start);
        for (let i = 0; i < gold.length; i++) {
          assert.equal(source.text.slice(gold[i].start, gold[i].end), gold[i].text);
          if (i > 0) assert.ok(gold[i - 1].end <= gold[i].start, `${source.id}: "${gold[i - 1].text}" overlaps "${gold[i].text}"`);
        }
      }
    });

    it('gives each gold entity id a single type across the set', () => {
      const typeOf = new Map<string, string>();
      for (const mention of [...(set?.gold.values() ?? [])].flat()) {
        if (mention.entity === undefined) continue;
        const known = typeOf.get(mention.entity);
        assert.ok(known === undefined || known === mention.type, `${mention.entity} is both ${known} and ${mention.type}`);
        typeOf.set(mention.entity, mention.type);
      }
    });

    it('follows the span rules: no leading "the", titles or possessives, figures have an amount', () => {
      for (const [id, gold] of set?.gold ?? []) {
        for (const m of gold) {
          const where = `${id}: "${m.text}"`;
          assert.doesNotMatch(m.text, /^the /, where);
          if (!/^St\.? /.test(m.text)) assert.doesNotMatch(m.text, /['’]s$/, where);
          const strayPunctuation = /[.,;:!?)"]$/.test(m.text) && !ABBREVIATION_END.test(m.text);
          assert.equal(strayPunctuation, false, `${where} ends with punctuation`);
          if (isEntityType(m.type)) {
            assert.doesNotMatch(m.text, TITLE_PREFIX, where);
          } else if (m.type !== 'date' && m.type !== 'time' && m.type !== 'ordinal') {
            assert.match(m.text, /\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter|third|fifth|tenth/i, where);
          }
        }
      }
    });
  });
}

describe('dev set mirrors the sample workspace', () => {
  const devDir = findSetDirectory('dev', __dirname);

  it('has one labelled copy per sample article, with identical text', () => {
    assert.ok(devDir);
    const samplesDir = path.join(path.dirname(path.dirname(devDir)), 'samples');
    const samples = fs.readdirSync(samplesDir).filter((name) => /\.(?:txt|md)$/.test(name)).sort();
    // Files prefixed dev- (or dev2-, …) are extra development articles, not copies of the samples.
    const copies = loadLabelledSet(devDir).sources.filter((s) => !/^dev\d*-/.test(s.id));
    assert.deepEqual(copies.map((s) => s.id).sort(), samples);
    for (const source of copies) {
      assert.equal(source.text, fs.readFileSync(path.join(samplesDir, source.id), 'utf8'), source.id);
    }
  });
});
