// Company names with their legal tails, committees named without their chamber, and acronyms in
// brackets after datelines — articles written for this test.
import assert from 'node:assert/strict';
import { idOf, typeOf, workspaceEntities } from '../entities/helpers';

describe('recognition: linking company tails, committees and bracketed acronyms', () => {
  it('links a company written with its tail and legal form to its short name in another source', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares of Spotify Technology SA rose 4% in New York on Tuesday.' },
      { id: 'b.txt', text: 'Analysts said Spotify would raise prices again next year.' },
    ]);
    assert.equal(idOf(found, 'Spotify Technology SA'), idOf(found, 'Spotify'));
  });

  it('links a two-name firm to its initials around the ampersand, and its legal-form initials to its short name', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Hollins & Ketteridge Group plc said on Monday it had been hacked. In London, Hollins & Ketteridge shares fell.' },
      { id: 'b.txt', text: 'Hollins & Ketteridge (H&K from here on) runs 62 stores. H&K declined to comment.' },
      { id: 'c.txt', text: 'The retailer HKG lost a fifth of its value.' },
    ]);
    assert.equal(idOf(found, 'H&K'), idOf(found, 'Hollins & Ketteridge'));
    assert.equal(idOf(found, 'Hollins & Ketteridge Group plc'), idOf(found, 'Hollins & Ketteridge'));
    assert.equal(idOf(found, 'HKG'), idOf(found, 'Hollins & Ketteridge'));
  });

  it('types a company by its legal form in another source, though its short name reads like a person', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Most of the rest shop at Dunmore Outfitters, the Ohio-based outdoor chain.' },
      { id: 'b.txt', text: 'Dunmore Outfitters Inc., the Columbus-based chain, said on Tuesday that 9 million customers were affected.' },
    ]);
    assert.equal(typeOf(found, 'Dunmore Outfitters'), 'organization');
  });

  it('links a first word to the company written with its legal form, not to its product or a person', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Both firms will become subsidiaries of Nyra Africa Holdings Limited. Nyra will seek a listing. Customers of the Nyra Wallet app were told nothing.' },
      { id: 'b.txt', text: 'Shareholders will hold 42 per cent of Nyra, the new company said.' },
    ]);
    assert.equal(idOf(found, 'Nyra'), idOf(found, 'Nyra Africa Holdings Limited'));
    assert.equal(typeOf(found, 'Nyra'), 'organization');
  });

  it('keeps a well-known acronym apart from a body that happens to share its initials', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Bonds fell as US law firms acted. Dr Yara Khoury, of the University of Surrey, said it would cost more.' },
      { id: 'b.txt', text: 'The final is at the National Heroes Stadium in Lusaka. Back home, NHS waiting lists grew.' },
    ]);
    assert.equal(typeOf(found, 'University of Surrey'), 'organization');
    assert.equal(typeOf(found, 'National Heroes Stadium'), 'place');
    assert.notEqual(idOf(found, 'NHS'), idOf(found, 'National Heroes Stadium'));
    assert.equal(typeOf(found, 'NHS'), 'organization');
  });

  it('links an Asian market\'s numeric ticker to its company, and types a group\'s affiliates as bodies', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares of Hanmaru Holdings Corp. (412390.KS) fell 9%, and Nippon Yusen (9101.T) rose.' },
      { id: 'b.txt', text: 'Hanmaru Bio and Hanmaru Chemical fell too. Hanmaru said it would cooperate.' },
    ]);
    assert.equal(idOf(found, '412390.KS'), idOf(found, 'Hanmaru Holdings Corp.'));
    assert.equal(idOf(found, '9101.T'), idOf(found, 'Nippon Yusen'));
    assert.equal(typeOf(found, 'Nippon Yusen'), 'organization');
    assert.equal(typeOf(found, 'Hanmaru Bio'), 'organization');
    assert.equal(typeOf(found, 'Hanmaru Chemical'), 'organization');
    assert.equal(typeOf(found, 'Hanmaru'), 'organization');
  });

  it('links a committee named with and without its chamber', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Senate Judiciary Committee will hold a hearing on Thursday.' },
      { id: 'b.txt', text: 'Members of the Judiciary Committee said they had questions.' },
    ]);
    assert.equal(idOf(found, 'Judiciary Committee'), idOf(found, 'Senate Judiciary Committee'));
  });

  it('reads the acronym after a dateline as the agency, not as the city', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Union Press Association\n\nWASHINGTON (UPA) — A federal judge ruled on Friday.' },
    ]);
    assert.equal(idOf(found, 'UPA'), idOf(found, 'Union Press Association'));
    assert.notEqual(idOf(found, 'UPA'), idOf(found, 'WASHINGTON'));
  });
});

describe('recognition: linking storms and institutions written two ways', () => {
  it('links a storm named with and without its kind', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Storm Brennagh brought gusts of 90mph to the west coast on Friday.' },
      { id: 'b.txt', text: 'Forecasters said Brennagh would weaken by Sunday.' },
    ]);
    assert.equal(idOf(found, 'Brennagh'), idOf(found, 'Storm Brennagh'));
  });

  it('links "University of X" and "X University", "Ministry of the X" and "X Ministry"', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Researchers at the University of Tarnwick led the study, the Ministry of the Interior said.' },
      { id: 'b.txt', text: 'A Tarnwick University spokesman declined to comment, and the Interior Ministry said nothing.' },
    ]);
    assert.equal(idOf(found, 'Tarnwick University'), idOf(found, 'University of Tarnwick'));
    assert.equal(idOf(found, 'Interior Ministry'), idOf(found, 'Ministry of the Interior'));
  });
});

describe('recognition: tickers and title-case acronyms', () => {
  it('links a ticker given with its exchange to the company, wherever it appears again', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Vantoro Microsystems Inc. (NASDAQ: VNTR) reported higher sales on Wednesday.' },
      { id: 'b.txt', text: 'VNTR shares rose 4% in late trading.' },
    ]);
    assert.equal(idOf(found, 'VNTR'), idOf(found, 'Vantoro Microsystems Inc.'));
  });

  it('links an acronym written in title case to the body it abbreviates', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Scottish Environment Protection Agency issued 30 flood warnings.' },
      { id: 'b.txt', text: 'Sepa said rivers would peak on Sunday.' },
    ]);
    assert.equal(idOf(found, 'Sepa'), idOf(found, 'Scottish Environment Protection Agency'));
  });

  it('keeps a body and the part it owns apart', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: "The Commerce Department's Bureau of Industry and Security revoked the licences." }]);
    // (The lexicon knows the department by its formal name, "Department of Commerce".)
    assert.equal(idOf(found, 'Commerce Department'), 'department-of-commerce');
    assert.ok(idOf(found, 'Bureau of Industry and Security'));
    assert.notEqual(idOf(found, 'Bureau of Industry and Security'), 'department-of-commerce');
  });
});

describe('recognition: short given names', () => {
  it('links a short form of a given name to the person named in full in the same source', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: 'HOST: I am Gregory Lam. Our guest is the analyst Mei Chen.\n\nCHEN: Thanks, Greg. The ruling was expected.' }]);
    assert.equal(idOf(found, 'Greg'), idOf(found, 'Gregory Lam'));
  });
});

describe('recognition: country-qualified bodies and company acronyms', () => {
  it('links a body named with its country to the same body named without it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The US Food and Drug Administration approved the drug on Friday.' },
      { id: 'b.txt', text: 'The Food and Drug Administration said the trial was sound.' },
    ]);
    assert.equal(idOf(found, 'US Food and Drug Administration'), idOf(found, 'Food and Drug Administration'));
  });

  it('links a company acronym to its name with tail words', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Korvex Group said profits rose by 4% last year.' },
      { id: 'b.txt', text: 'Analysts said Korvex Group would cut jobs, and KVX Group shares fell.' },
      { id: 'c.txt', text: 'KVX shares fell 3% in Sydney.' },
    ]);
    assert.equal(idOf(found, 'KVX'), idOf(found, 'KVX Group'));
  });

  it('links an acronym the article defines to that definition, not to the body the lexicon knows by it', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Tickets are sold by the England and Wales Cricket Board (ECB). The ECB said demand was high.' },
      { id: 'b.txt', text: 'The ECB sold more tickets than ever.' },
    ]);
    assert.equal(idOf(found, 'ECB'), idOf(found, 'England and Wales Cricket Board'));
    for (const mentions of found.values()) for (const m of mentions) if (m.text === 'ECB') assert.equal(m.entity, 'england-and-wales-cricket-board');
    const bank = workspaceEntities([{ id: 'c.txt', text: 'The ECB held rates. The European Central Bank said inflation was easing.' }]);
    assert.equal(idOf(bank, 'ECB'), idOf(bank, 'European Central Bank'));
  });
});
