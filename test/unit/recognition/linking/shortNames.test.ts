// Short names that stand for one longer name in the workspace: a club by its town, a parent
// company rather than its subsidiary, a ticker for the name without its legal form, "Company" and
// "Co." — and tallies of party seats that are no model numbers. Articles written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../../src/core/recognition';
import { idOf, workspaceEntities } from '../entities/helpers';

describe('recognition: linking short names to the one longer name', () => {
  it('links a town name used as a club in sports copy to the club named after it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Bramford United completed the signing of the striker on Friday. The fee is a club record.' },
      { id: 'b.txt', text: 'Bramford have agreed a club-record transfer fee for the striker. The midfielder and the goalkeeper stay. Bramford beat Rovers 2-1 on Saturday in the Premier League.' },
    ]);
    assert.equal(idOf(found, 'Bramford'), idOf(found, 'Bramford United'));
  });

  it('leaves the town alone when two clubs are named after it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Manchester United and Manchester City both bid for the striker on Friday.' },
      { id: 'b.txt', text: 'Manchester have agreed a club-record transfer fee for the striker. The midfielder and the goalkeeper stay. Manchester beat Rovers 2-1 on Saturday in the Premier League.' },
    ]);
    assert.notEqual(idOf(found, 'Manchester'), idOf(found, 'Manchester United'));
    assert.notEqual(idOf(found, 'Manchester'), idOf(found, 'Manchester City'));
  });

  it('links a company short name to the parent, not to a subsidiary named with a complement', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Lumora Biologics said on Monday that its unit Lumora do Brasil Ltda. would appeal.' },
      { id: 'b.txt', text: 'Shares in Lumora fell 9% after the ruling. Lumora said it would appeal.' },
    ]);
    assert.equal(idOf(found, 'Lumora'), idOf(found, 'Lumora Biologics'));
    assert.notEqual(idOf(found, 'Lumora'), idOf(found, 'Lumora do Brasil Ltda.'));
  });

  it('links a company\'s legal name to the shorter name the workspace writes it by, past words that are no legal form', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Tarnwick Ridge Copper Ltd said on Monday the mine would reopen. Tarnwick Ridge shares rose 6%.' },
      { id: 'b.txt', text: 'Harcombe Peak Capital Management LLC bought the club. Harcombe Peak Capital said the deal closed in March.' },
      { id: 'c.txt', text: 'Tarnwick Ridge has run the pit since 2019. Harcombe Peak owns 40% of the club.' },
    ]);
    assert.equal(idOf(found, 'Tarnwick Ridge Copper Ltd'), idOf(found, 'Tarnwick Ridge'));
    assert.equal(idOf(found, 'Harcombe Peak Capital Management LLC'), idOf(found, 'Harcombe Peak Capital'));
    assert.equal(idOf(found, 'Harcombe Peak'), idOf(found, 'Harcombe Peak Capital'));
  });

  it('links a small town\'s name to the company named after it when the workspace writes it as a body', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'SAN FRANCISCO - Larkspur AI Inc. on Tuesday released its new model. Larkspur said the model beat its rivals.' },
      { id: 'b.txt', text: 'Larkspur AI has raised $2 billion. Larkspur declined to comment, and Larkspur shares rose.' },
    ]);
    const larkspur = [...found.values()].flat().filter((m) => m.text === 'Larkspur');
    assert.equal(larkspur.length, 3);
    for (const m of larkspur) assert.equal(m.entity, idOf(found, 'Larkspur AI'));
  });

  it('links a ticker to the company name without its legal form', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'SAN JOSE (Wire) - Korvane Systems Inc. (NASDAQ: KRVN) reported revenue of $2 billion.' },
      { id: 'b.txt', text: 'Korvane Systems (KRVN) will hold its investor day in New York. Korvane Systems said demand was strong.' },
    ]);
    assert.equal(idOf(found, 'KRVN'), idOf(found, 'Korvane Systems'));
    assert.equal(idOf(found, 'Korvane Systems Inc.'), idOf(found, 'Korvane Systems'));
  });

  it('links "Company" and "Co." spellings of one company', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The chips are made by Orlent Precision Manufacturing Co. in Arizona.' },
      { id: 'b.txt', text: 'A deal was signed with Orlent Precision Manufacturing Company on Wednesday.' },
    ]);
    assert.equal(idOf(found, 'Orlent Precision Manufacturing Company'), idOf(found, 'Orlent Precision Manufacturing Co.'));
  });

  it('reads a tally of party seats as parties, not as model numbers', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The final tally is Labour 18, Liberal Democrats 15, Greens 10 and independents four.' },
      { id: 'b.txt', text: 'The Liberal Democrats said they would talk to Labour.' },
    ]);
    const ids = [...found.values()].flat().filter((m) => m.text === 'Liberal Democrats').map((m) => m.entity);
    assert.equal(ids.length, 2);
    assert.equal(ids[0], ids[1]);
    assert.deepEqual([...found.values()].flat().filter((m) => /\d/.test(m.text)).map((m) => m.text), [], 'no entity swallows a seat count');
  });

  it('links a bank acronym to its full name written with its legal form, and a bank short name to its full name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Commonwealth Bank, Tasman National Bank Ltd and Kauri Group Holdings Ltd followed, and Harbourline Banking Corp said the same.' },
      { id: 'b.txt', text: 'Harbourline, TNB and Kauri all followed within hours, lenders said on Tuesday.' },
    ]);
    assert.equal(idOf(found, 'TNB'), idOf(found, 'Tasman National Bank Ltd'));
    assert.equal(idOf(found, 'Kauri'), idOf(found, 'Kauri Group Holdings Ltd'));
    assert.equal(idOf(found, 'Harbourline'), idOf(found, 'Harbourline Banking Corp'));
  });

  it('links "the Reserve Bank" to the reserve bank the workspace names most, counting its acronym', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Reserve Bank of Australia (RBA) raised rates. The RBA said inflation was too high. The RBA meets again in December.' },
      { id: 'b.txt', text: 'Across the Tasman, the Reserve Bank of New Zealand held its rate on Wednesday.' },
      { id: 'c.txt', text: 'What did the Reserve Bank do? It put the cash rate up, the RBA said.' },
    ]);
    const ids = [...found.get('c.txt') ?? []].filter((m) => m.text === 'Reserve Bank').map((m) => m.entity);
    assert.deepEqual(ids, [idOf(found, 'Reserve Bank of Australia')]);
  });

  it('links "the Reserve Bank" to the reserve bank its own article names in full', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Reserve Bank of New Zealand held its rate. The Reserve Bank of New Zealand said so. Economists at the Reserve Bank of New Zealand agreed.' },
      { id: 'b.txt', text: 'The Reserve Bank of Australia raised its cash rate on Tuesday, and the Reserve Bank said more rises may follow.' },
    ]);
    const ids = [...found.get('b.txt') ?? []].filter((m) => m.text === 'Reserve Bank').map((m) => m.entity);
    assert.deepEqual(ids, [idOf(found, 'Reserve Bank of Australia')]);
  });

  it('keeps a person a person when the press writes their initials in capitals', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'President Hakainde Hamwansa won. HH said the vote was fair. HH thanked voters, and HH flew to Ndola. HH spoke again.' },
      { id: 'b.txt', text: 'Hakainde Hamwansa was sworn in on Monday. Hamwansa promised reform.' },
    ]);
    const types = [...found.values()].flat().filter((m) => m.entity === idOf(found, 'Hakainde Hamwansa')).map((m) => `${m.text}/${m.type}`);
    assert.ok(types.includes('HH/person') && types.includes('Hamwansa/person') && types.includes('Hakainde Hamwansa/person'), String(types));
  });
});

describe('recognition: linking a company named by its first word', () => {
  it('links the ticker after "Company, Inc." to the company', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: 'Shares in Harrowgate Communications, Inc. (NYSE: HRWC) fell 9%. HRWC said it would recover.' }]);
    assert.equal(idOf(found, 'HRWC'), idOf(found, 'Harrowgate Communications, Inc.'));
  });

  it('does not read a company named many times as the first name of a person', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Tellmark said the breach affected 1.3m customers. Tellmark will write to them. Tellmark shares fell. A Tellmark spokesperson declined to comment.' },
      { id: 'b.txt', text: 'Tellmark Harding, a customer, said she was worried.' },
    ]);
    const tellmark = [...found.get('a.txt') ?? []].filter((m) => m.text === 'Tellmark');
    assert.ok(tellmark.length >= 3 && tellmark.every((m) => m.type === 'organization' && m.entity !== idOf(found, 'Tellmark Harding')), JSON.stringify(tellmark));
  });
});

describe('recognition: linking shorter forms within an article', () => {
  it('links a name without its nationality to the national body the article names, before the lexicon\'s', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: 'The Canadian Red Cross opened an appeal. The Red Cross said donations were welcome.' }]);
    assert.equal(idOf(found, 'Red Cross'), idOf(found, 'Canadian Red Cross'));
  });

  it('links a given name and first surname to the one person named with both surnames', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Alicia Fuenzalida Rojas, the regional governor, said roads were open.' },
      { id: 'b.txt', text: 'Governor Alicia Fuenzalida asked for patience.' },
    ]);
    assert.equal(idOf(found, 'Alicia Fuenzalida'), idOf(found, 'Alicia Fuenzalida Rojas'));
  });

  it('does not read a region as the surname of a building named after it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Edificio Mirador del Biobío collapsed in Concepción.' },
      { id: 'b.txt', text: 'Rescuers worked across Biobío through the night. Roads in Biobío reopened, and the Biobío region was declared a disaster zone.' },
    ]);
    const biobio = [...found.get('b.txt') ?? []].filter((m) => m.text === 'Biobío');
    assert.ok(biobio.length >= 1 && biobio.every((m) => m.type === 'place' && m.entity !== idOf(found, 'Edificio Mirador del Biobío')), JSON.stringify(biobio));
  });

  it('links a company written with its tail word "Platforms" and legal form to its short name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares of Meta Platforms Inc. rose 2% on Monday.' },
      { id: 'b.txt', text: 'Regulators fined Meta on Tuesday.' },
    ]);
    assert.equal(idOf(found, 'Meta Platforms Inc.'), idOf(found, 'Meta'));
  });
});

describe('recognition: linking nicknames and founders', () => {
  it('links a name with a quoted nickname to the name written with the nickname as given name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Tobias "Toby" Van Wyk, a freight millionaire, came second.' },
      { id: 'b.txt', text: 'Toby Van Wyk spent $6.2 million on the race. Van Wyk conceded.' },
    ]);
    assert.equal(idOf(found, 'Toby Van Wyk'), idOf(found, 'Tobias "Toby" Van Wyk'));
    assert.equal(idOf(found, 'Van Wyk'), idOf(found, 'Tobias "Toby" Van Wyk'));
  });

  it('links a company\'s first word to the company with its legal form, even beside its founder', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Keystrand agreed to buy Brackenfold Fluid Controls plc, founded by Josiah Brackenfold in 1891.' },
      { id: 'b.txt', text: 'Shares in Brackenfold rose 38%. Brackenfold shares were the best performers. Brackenfold makes valves, and Brackenfold agreed.' },
    ]);
    const halden = [...found.get('b.txt') ?? []].filter((m) => m.text === 'Brackenfold');
    assert.ok(halden.length === 4 && halden.every((m) => m.entity === idOf(found, 'Brackenfold Fluid Controls plc')), JSON.stringify(halden));
  });
});

describe('recognition: linking does not depend on the order sources arrive in', () => {
  it('links a particle surname shared by two full names the same way whichever source came first', () => {
    const sources = [
      { id: 'a.txt', text: 'Beatriz de la Fuente, the mayor, said the roads were open.' },
      { id: 'b.txt', text: 'Ingrid Solheim de la Fuente leads the relief team.' },
      { id: 'c.txt', text: 'De la Fuente said more help was coming.' },
    ];
    const idIn = (order: typeof sources) => recognizeWorkspace(order).mentions('c.txt').find((m) => m.text === 'De la Fuente');
    const forwards = idIn(sources);
    const backwards = idIn([...sources].reverse());
    assert.ok(forwards && forwards.kind === 'entity');
    assert.deepEqual(backwards, forwards);
  });

  it('links a first surname alone to the three-word Spanish name, also through a shorter form elsewhere, but not to a hyphenated one', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Ximena Arancibia Choque won the run-off. Arancibia thanked her voters in La Paz.' },
      { id: 'b.txt', text: 'Ximena Arancibia spoke first. Arancibia said the count was clean.' },
      { id: 'c.txt', text: 'Nadia Haddad-Morrison chairs the board. Nadia Haddad, a trader, and Haddad disagreed.' },
    ]);
    const full = idOf(found, 'Ximena Arancibia Choque');
    for (const [id, mentions] of found) {
      if (id === 'c.txt') continue;
      for (const m of mentions) if (m.text.includes('Arancibia')) assert.equal(m.entity, full, `${id}: ${m.text}`);
    }
    assert.notEqual(idOf(found, 'Nadia Haddad'), idOf(found, 'Nadia Haddad-Morrison'));
  });

  it('links "Doug" to "Douglas" in a full name across sources, and a club named after two towns to its first town', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Police Chief Douglas Ter Haar was fired on Tuesday. Ter Haar declined to comment.' },
      { id: 'b.txt', text: 'Doug Ter Haar, the fired chief, spoke to reporters.' },
      { id: 'c.txt', text: 'Brighton & Hove Albion beat Fulham 2-1 in the Premier League. The striker and two midfielders starred as Brighton '
        + 'won in stoppage time, and the squad moved fourth. Brighton have now won six in a row.' },
    ]);
    assert.equal(idOf(found, 'Doug Ter Haar'), idOf(found, 'Douglas Ter Haar'));
    assert.equal(idOf(found, 'Brighton'), idOf(found, 'Brighton & Hove Albion'));
  });
  it('links a common word opening a sentence only to a surname spelled exactly so ("Copper" is not Amanda Cooper)', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Copper hit a record on Monday. Copper prices rose 3%.' },
      { id: 'b.txt', text: 'Reporting by Amanda Cooper; editing by Ed Osmond. Cooper said the market was tight. Anna Wood agreed.' },
      { id: 'c.txt', text: 'Wood said the deal was done.' },
    ]);
    assert.ok(![...(found.get('a.txt') ?? [])].some((m) => m.entity === idOf(found, 'Amanda Cooper')), JSON.stringify(found.get('a.txt')));
    assert.equal(idOf(found, 'Cooper'), idOf(found, 'Amanda Cooper'));
    assert.equal([...(found.get('c.txt') ?? [])].find((m) => m.text === 'Wood')?.entity, idOf(found, 'Anna Wood'));
  });
  it('links a full name with a first given name the person is not known by to the name the workspace has ("Valerie Jane Goodall")', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Jane Goodall, the primatologist, has died. Goodall studied chimpanzees.' },
      { id: 'b.txt', text: 'Valerie Jane Goodall, primatologist, born 3 April 1934; died 1 October 2025.' },
    ]);
    assert.equal(idOf(found, 'Valerie Jane Goodall'), idOf(found, 'Jane Goodall'));
  });
});
