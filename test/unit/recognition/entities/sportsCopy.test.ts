import assert from 'node:assert/strict';
import { isSportsCopy } from '../../../../src/core/recognition/entities/sportsCopy';
import { entitiesOf, workspaceEntities } from './helpers';

describe('recognition: sports copy', () => {
  const transfer = 'Northby have agreed a record transfer fee for the striker, who scored 21 times for his club last season. '
    + 'The Premier League side want the forward signed before the transfer window shuts, and the midfielder moving the '
    + 'other way has told the squad he is ready. Northby travel to Eastwick on Saturday.';

  it('reads a transfer story without scores as sports copy, and a policy story that mentions a penalty as not', () => {
    assert.equal(isSportsCopy(transfer), true);
    assert.equal(isSportsCopy('The council will pay a penalty of £2m. The league table of schools was published, and the fixture of the budget remains.'), false);
  });

  it('reads a town a side travels to in sports copy as the club', () => {
    assert.ok(entitiesOf(transfer).includes('Eastwick/organization'), String(entitiesOf(transfer)));
  });

  it('reads the visitors a side is "at home to" as the club', () => {
    const text = `${transfer} Northby are at home to Westmoor the following weekend.`;
    assert.ok(entitiesOf(text).includes('Westmoor/organization'), String(entitiesOf(text)));
  });

  it('reads a short match report as sports copy: clubs named like common words before a score, nicknames, towns for clubs', () => {
    const report = 'Northby United beat Villa 2-1 on Saturday to climb to fourth. Okafor scored twice for the Magpies before the break, '
      + 'and Lindqvist pulled one back for the Rovers in the 78th minute of the derby. Northby now face Eastwick next weekend.';
    assert.equal(isSportsCopy(report), true);
    const found = entitiesOf(report);
    for (const club of ['Villa', 'Magpies', 'Rovers', 'Eastwick']) assert.ok(found.includes(`${club}/organization`), `${club}: ${String(found)}`);
    assert.ok(!found.some((e) => e.startsWith('Northby/place')), String(found));
  });

  it('still reads a numbered plain word as no name, and the Olympics as no team', () => {
    const found = entitiesOf('Drivers slowed at Turn 9 on lap 3. The striker scored in the 12th minute of the derby, 2-0, and then left for the Olympics.');
    assert.ok(!found.some((e) => e.startsWith('Turn')) && !found.includes('Olympics/organization'), String(found));
  });

  it('reads the names of a team sheet and of scorer and substitute lines as players', () => {
    const report = [
      'Northby 2-1 Eastwick',
      '',
      'The striker scored twice after half-time as Northby beat Eastwick in the league.',
      '',
      'Northby (4-3-3): Varga; Okonkwo, Brennholt, Salvi; Duarte (Pell 70), Marwick; Tessaro, Ilunga.',
      'Subs not used: Haverty, Quain.',
      'Scorers: Tessaro 23, 89; Ilunga 55.',
    ].join('\n');
    const players = ['Varga', 'Okonkwo', 'Brennholt', 'Salvi', 'Duarte', 'Pell', 'Marwick', 'Tessaro', 'Ilunga', 'Haverty', 'Quain'];
    const types = new Map(entitiesOf(report).map((e) => e.split('/') as [string, string]));
    for (const player of players) assert.equal(types.get(player), 'person', player);
    assert.equal(types.get('Northby'), 'organization');
  });

  it('reads cricket live blogs as sports copy, where "England v Australia" is a fixture of two teams, not a court case', () => {
    const blog = [
      'The Ashes: England v Australia, fifth Test, day one',
      '',
      'WICKET! Carey edges to slip. Tongue has three wickets now and the bowlers are on top.',
      '',
      'Stumps: Australia 284-6 after the openers fell early. The batters will resume at 10.30am.',
    ].join('\n');
    assert.equal(isSportsCopy(blog), true);
    const names = entitiesOf(blog);
    assert.ok(names.includes('England/place') && names.includes('Australia/place'), names.join(', '));
    assert.deepEqual(entitiesOf('The court ruled in Texas v Pennsylvania on Monday.'), ['Texas v Pennsylvania/misc']);
  });
  it('reads towns as clubs before the verbs of a fixture or a signing, and a club the lexicon knows by the city\'s own name', () => {
    const report = 'Liverpool 2-1 Everton: late winner\n\nThe striker scored a stoppage-time winner as Liverpool beat Everton 2-1 to go top of the Premier League. '
      + 'Barcelona signed the midfielder from Ajax. Dortmund face Leipzig next, Leeds sit 12th, and Napoli drew in Serie A. Bayern meet Dortmund.';
    const found = entitiesOf(report);
    for (const expected of ['Ajax/organization', 'Dortmund/organization', 'Leipzig/organization', 'Leeds/organization', 'Napoli/organization', 'Serie A/misc', 'Bayern/organization']) {
      assert.ok(found.includes(expected), `${expected}: ${found.join(', ')}`);
    }
    assert.deepEqual(entitiesOf('The ferry left Naples for Sorrento.'), ['Naples/place', 'Sorrento/place']);
  });

  it('ends a sentence after a name ending in a letter ("Serie A.", "Plan B."), but keeps a middle initial', () => {
    assert.deepEqual(entitiesOf('Juventus drew in Serie A. Bayern agreed. She met John F. Kennedy. They backed Plan B. Labour agreed.'),
      ['Juventus/organization', 'Serie A/misc', 'Bayern/organization', 'John F. Kennedy/person', 'Plan B/misc', 'Labour/organization']);
  });
  it('reads a name no list knows as a player before what a player does ("opened the scoring", "hit the bar")', () => {
    const report = 'Liverpool 2-1 Everton: late winner\n\nThe striker scored a stoppage-time winner as Liverpool beat Everton 2-1 at Anfield. '
      + 'Everton had equalised after Gakpo opened the scoring in the 23rd minute. Szoboszlai hit the bar, Mbeumo slotted home and Everton scored again.';
    const found = entitiesOf(report);
    for (const expected of ['Gakpo/person', 'Szoboszlai/person', 'Mbeumo/person', 'Everton/organization']) assert.ok(found.includes(expected), `${expected}: ${found.join(', ')}`);
  });
  it('reads a preview without scores as sports copy: fixtures as two clubs, a club by its town, a manager\'s side, a dateline\'s place', () => {
    const preview = 'Champions League preview: Real Madrid host Bayern\n\nMADRID — The fixture is the biggest of the round, and Régis Le Bris\'s side watch on. '
      + 'Kick-off is at 21:00. Mbappé has scored eight times. Madrid will be without their goalkeeper. Dortmund\'s coach picks Borussia Dortmund\'s strongest side.\n\n'
      + 'Fixtures\nReal Madrid v Bayern Munich\nPSG v Atalanta';
    assert.equal(isSportsCopy(preview), true);
    const found = workspaceEntities([{ id: 'a.txt', text: preview }]);
    const mentions = found.get('a.txt') ?? [];
    const at = (text: string, nth = 0) => mentions.filter((m) => m.text === text)[nth];
    assert.equal(at('MADRID')?.type, 'place');
    assert.equal(at('Madrid')?.entity, at('Real Madrid')?.entity);
    assert.equal(at('Dortmund')?.entity, at('Borussia Dortmund')?.entity);
    assert.equal(at('Régis Le Bris')?.type, 'person');
    assert.ok(mentions.some((m) => m.text === 'Atalanta' && m.type === 'organization') && !mentions.some((m) => m.text.includes(' v ')), JSON.stringify(mentions.map((m) => m.text)));
  });

  it('reads AP\'s "UP NEXT" section as the story\'s text, without the fixture verb opening a line', () => {
    const found = entitiesOf('UP NEXT\n\nCeltics: At the Golden State Warriors on Sunday.\n\nLakers: Host Vegas on Tuesday.');
    for (const expected of ['Celtics/organization', 'Golden State Warriors/organization', 'Lakers/organization']) assert.ok(found.includes(expected), `${expected}: ${found.join(', ')}`);
    assert.ok(!found.some((m) => m.startsWith('Host ')), found.join(', '));
  });
});

