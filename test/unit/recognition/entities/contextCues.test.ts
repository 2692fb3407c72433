import assert from 'node:assert/strict';
import { findCandidates } from '../../../../src/core/recognition/entities/candidates';
import { createLexicon } from '../../../../src/core/recognition/gazetteer/builtin/lexicon';
import { entitiesOf } from './helpers';

const typeOf = (text: string, name: string): string | undefined =>
  entitiesOf(text).find((found) => found.startsWith(`${name}/`))?.slice(name.length + 1);

describe('recognition: context cues for types', () => {
  it('reads a lone capitals word in prose as an acronym, not a shouted plain word', () => {
    assert.equal(typeOf('Economists at the Brookfield institute and the IFS said the rise was modest.', 'IFS'), 'organization');
    assert.equal(typeOf('Results were confirmed by EUROSTAT officials on Monday.', 'EUROSTAT'), 'organization');
  });

  it('ends a body\'s name with a plural role word', () => {
    assert.equal(typeOf('Members of the United Auto Workers voted to strike.', 'United Auto Workers'), 'organization');
  });

  it('types a company from a share move and from a maker appositive', () => {
    assert.equal(typeOf('Chip stocks were mixed. Quarnix added 1.1% and Velbor fell 2%.', 'Quarnix'), 'organization');
    assert.equal(typeOf('The pills were donated by Tessaly, the Pune-based drugmaker.', 'Tessaly'), 'organization');
  });

  it('types the news agency of a dateline', () => {
    assert.equal(typeOf('OSLO, May 4 (Nordwire) — Talks resumed on Monday.', 'Nordwire'), 'organization');
  });

  it('types works and product lines from their context', () => {
    assert.equal(typeOf('She starred in Quiet Harbours before turning to theatre.', 'Quiet Harbours'), 'misc');
    assert.equal(typeOf('Viewers returned for the series Copper Lanes this spring.', 'Copper Lanes'), 'misc');
    assert.equal(typeOf('Demand for the company\'s next-generation Halvard platform stayed strong.', 'Halvard'), 'misc');
  });

  it('takes a town named after a transfer or a score in sports copy as the club', () => {
    const report = 'Northby beat Eastwick 2-0 in the league on Saturday, a win that lifts them to third. The striker scored a penalty '
      + 'and a header before half-time, his first goals since his move from Leicester last summer. Rivals drew 1-1 at Brighton, '
      + 'and the goalkeeper kept a clean sheet in the fixture.';
    const { candidates } = findCandidates(report, createLexicon());
    for (const name of ['Leicester', 'Brighton']) {
      const evidence = candidates.find((c) => c.text === name)?.evidence;
      assert.ok(evidence && evidence[1] > evidence[2], `${name}: ${String(evidence)}`);
    }
  });

  it('reads company-name heads of trade and industry', () => {
    assert.equal(typeOf('Carla Mendes joined Halvik Shipping in 2019 after a spell at Ostra Logistics.', 'Halvik Shipping'), 'organization');
    assert.equal(typeOf('Carla Mendes joined Halvik Shipping in 2019 after a spell at Ostra Logistics.', 'Ostra Logistics'), 'organization');
  });

  it('keeps "and" inside a "for" complement of a body\'s name', () => {
    assert.deepEqual(entitiesOf('Officials from the Agency for Trade and Development met in Geneva.'),
      ['Agency for Trade and Development/organization', 'Geneva/place']);
  });

  it('types a plain word before a country as a body ("Sport England")', () => {
    assert.equal(typeOf('Grants from Sport England and from Historic England paid for the repairs.', 'Sport England'), 'organization');
    assert.equal(typeOf('Grants from Sport England and from Historic England paid for the repairs.', 'Historic England'), 'organization');
  });

  it('keeps a publication written with "The" at the start of a sentence', () => {
    assert.deepEqual(entitiesOf('The Economist agreed with the forecast.'), ['The Economist/organization']);
    assert.deepEqual(entitiesOf('The Atlantic was calm, the crew said.'), ['Atlantic/place']);
  });

  it('types titles after a work noun, a comma-set work noun or a release verb', () => {
    assert.equal(typeOf('Viewers loved the drama Sunny Hollow when it aired.', 'Sunny Hollow'), 'misc');
    assert.equal(typeOf('Her second book, The Copper Road, sold well.', 'The Copper Road'), 'misc');
    assert.equal(typeOf('Last year the studio released Paper Lanterns worldwide.', 'Paper Lanterns'), 'misc');
  });

  it('types a car model named with "Model" as a product', () => {
    assert.equal(typeOf('Deliveries of the Model Q rose while the Voltra Model 7 stalled.', 'Model Q'), 'misc');
  });

  it('sees the lower-case words its cues name after a name (market moves, documents and events)', () => {
    const { candidates } = findCandidates('Fennix fell as much as 8% while the Halvik project stalled.', createLexicon());
    const fennix = candidates.find((c) => c.text === 'Fennix')?.evidence;
    const halvik = candidates.find((c) => c.text === 'Halvik')?.evidence;
    assert.ok(fennix && fennix[1] >= 2.5, String(fennix));
    assert.ok(halvik && halvik[3] >= 1.5, String(halvik));
  });

  it('types a lone name after kin, a person\'s role, an age, a nickname cue or a signature dash as a person', () => {
    assert.equal(typeOf('I got a text from my cousin Tavisha on Monday night.', 'Tavisha'), 'person');
    assert.equal(typeOf('The crowd cheered as driver Brennholt took the lead.', 'Brennholt'), 'person');
    assert.equal(typeOf('"I am deeply sorry," Okazumi, 63, told a packed news conference.', 'Okazumi'), 'person');
    assert.equal(typeOf('A person using the handle "Vexlor," who has spoken for the group, denied it.', 'Vexlor'), 'person');
    assert.equal(typeOf('Staff at the call centre did not do this. – Zanvi\n', 'Zanvi'), 'person');
    assert.equal(typeOf('"It is gone now," said Threlkeld, a volunteer with the group.', 'Threlkeld'), 'person');
  });

  it('keeps a body a body after a role word that also stands before companies, and kin after a possessive says person', () => {
    assert.equal(typeOf('The deal was struck with its partner Quarvex last year.', 'Quarvex'), 'organization');
    assert.equal(typeOf('Brennholt\'s mum Karen watched from the stands.', 'Brennholt'), 'person');
  });

  it('types a name after the kind of body it is, and a vessel after its kind', () => {
    assert.equal(typeOf('The insurer Aviva said claims rose.', 'Aviva'), 'organization');
    assert.equal(typeOf('Shares in the chipmaker Brauer fell.', 'Brauer'), 'organization');
    assert.equal(typeOf('The findings appear in the journal Nature this week.', 'Nature'), 'organization');
    assert.equal(typeOf('Four crew were winched from the trawler Ocean Harvester on Sunday.', 'Ocean Harvester'), 'misc');
    // ("lawmaker" ends like "chipmaker" but names a person's role.)
    assert.equal(typeOf('"This is wrong," said Green lawmaker Merve Kaya-Lindner on Friday.', 'Merve Kaya-Lindner'), 'person');
  });

  it('types a name with a model designation of letters and digits as a product, not a body', () => {
    assert.equal(typeOf('A CX-177 Gloamrunner III left the base on Monday.', 'CX-177 Gloamrunner III'), 'misc');
    assert.equal(typeOf('The jet was powered by a Velmont TRX-1A engine.', 'Velmont TRX-1A'), 'misc');
    assert.equal(typeOf('Its Suryayaan-3 lander touched down near the pole.', 'Suryayaan-3'), 'misc');
    assert.equal(typeOf('Inspectors studied the 3rd Circuit ruling and the 19th Ward vote.', '19th Ward'), 'place');
  });

  it('keeps a model\'s edition after its number in the product\'s name', () => {
    const found = entitiesOf('The Pixel 10 Pro costs the same as the iPhone 17 Pro Max did.');
    assert.ok(found.includes('Pixel 10 Pro/misc') && found.includes('iPhone 17 Pro Max/misc'), String(found));
  });

  it('types a model named after a known product as a product, but not a person named like an award', () => {
    const found = entitiesOf('Apple unveiled the iPhone Air on Tuesday, and Oscar Piastri won in Melbourne.');
    assert.ok(found.includes('iPhone Air/misc') && found.includes('Oscar Piastri/person'), String(found));
  });
});
