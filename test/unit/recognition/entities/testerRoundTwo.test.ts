// Name forms that a second round of testers met in sports, local, business, world, transcript,
// culture and web-page copy (session 8), written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../../src/core/recognition';

function entityOf(text: string, surface: string): { type: string; entity?: string } | undefined {
  const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').find((m) => m.text === surface);
  return found && { type: found.type, entity: found.kind === 'entity' ? found.entity : undefined };
}

describe('recognition: forms found by the second round of testers', () => {
  it('does not link a titled or speaking surname to a court case named after that party', () => {
    const text = 'The justices heard Trump v. Slaughter on Monday. President Trump said he would win.';
    assert.deepEqual(entityOf(text, 'Trump'), { type: 'person', entity: 'donald-trump' });
    assert.equal(entityOf(text, 'Trump v. Slaughter')?.type, 'misc');
    assert.deepEqual(entityOf('Trump v. Slaughter was argued. Later, Trump said the ruling was fair.', 'Trump'), { type: 'person', entity: 'donald-trump' });
  });

  it('links a titled surname of a well-known person to the same person as the bare surname', () => {
    const ids = recognizeWorkspace([{ id: 'a.txt', text: 'President Macron said no. Macron added more. Prime Minister Starmer agreed; Starmer left.' }])
      .mentions('a.txt').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(ids, ['emmanuel-macron', 'emmanuel-macron', 'keir-starmer', 'keir-starmer']);
  });

  it('reads a case whose first party is someone\'s as one name', () => {
    assert.equal(entityOf('The court overruled Humphrey\'s Executor v. United States last year.', "Humphrey's Executor v. United States")?.type, 'misc');
  });

  it('names Boeing airliners by their numbers, with variant and edition, and leaves other numbers alone', () => {
    const text = 'It flies 40 Boeing 737 MAX 8 aircraft. Boeing\'s 737 MAX 9 jets were grounded; the 787-9 and two 777X flew. It sold 737 tickets.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['40/number', 'Boeing 737 MAX 8/misc', 'Boeing/organization', '737 MAX 9/misc', '787-9/misc', 'two/number', '777X/misc', '737 tickets/number']);
  });

  it('knows world figures that wires name by surname alone, and keeps a surname-shaped speaker a person', () => {
    const text = 'Syrskyi said the line held. Peskov and Witkoff spoke, while Bukele and Noboa met. Petrosyan said no. Fiocruz said it would help.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}/${m.kind === 'entity' ? m.entity : ''}`);
    assert.deepEqual(found, ['Syrskyi/person/oleksandr-syrskyi', 'Peskov/person/dmitry-peskov', 'Witkoff/person/steve-witkoff', 'Bukele/person/nayib-bukele',
      'Noboa/person/daniel-noboa', 'Petrosyan/person/petrosyan', 'Fiocruz/organization/fiocruz']);
  });

  it('reads a company named after a place as the company, and its first word alone too', () => {
    const text = 'Chevron Corp. agreed to acquire Devon Energy Corp. for $58 billion. Devon shareholders will receive 0.41 Chevron share.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => `${m.text}/${m.type}/${m.kind === 'entity' ? m.entity : ''}`);
    assert.deepEqual(found, ['Chevron Corp./organization/chevron', 'Devon Energy Corp./organization/devon-energy', 'Devon/organization/devon-energy', 'Chevron/organization/chevron']);
    // A place's club company does not make the place a company.
    assert.equal(entityOf('Manchester United PLC reported revenue. Fans travelled to Manchester.', 'Manchester')?.type, 'place');
  });

  it('keeps a lower-case legal form after a one-word company', () => {
    assert.deepEqual(entityOf('Shares in Tesco plc rose.', 'Tesco plc'), { type: 'organization', entity: 'tesco' });
  });

  it('types state legislatures and chambers as bodies, and reads a wire dateline with a spaced hyphen', () => {
    const text = 'AUSTIN (AP) - The Texas House passed the bill. The Texas Legislature and the Georgia House also met.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}/${m.kind === 'entity' ? m.entity : ''}`);
    assert.deepEqual(found, ['AUSTIN/place/austin', 'AP/organization/associated-press', 'Texas House/organization/texas-house',
      'Texas Legislature/organization/texas-legislature', 'Georgia House/organization/georgia-house']);
  });

  it('links "the House" to the chamber its own source names, and to the US House otherwise', () => {
    const sources = [
      { id: 'uk.txt', text: 'MPs in the House of Commons voted. The House rose at 7pm.' },
      { id: 'ohio.txt', text: 'The Ohio House passed the bill. The House will vote again. The White House said nothing.' },
      { id: 'us.txt', text: 'The House passed the bill and the Senate will vote.' },
    ];
    const result = recognizeWorkspace(sources);
    const houseIn = (id: string) => result.mentions(id).filter((m) => m.text === 'House').map((m) => (m.kind === 'entity' ? m.entity : ''));
    assert.deepEqual(houseIn('uk.txt'), ['house-of-commons']);
    assert.deepEqual(houseIn('ohio.txt'), ['ohio-house']);
    assert.deepEqual(houseIn('us.txt'), ['house-of-representatives']);
  });

  it('reads transcripts: capitalised titles and courtesy styles, stage directions and recording timestamps', () => {
    const text = [
      '[00:00:04] REP. ALEXANDRIA OCASIO-CORTEZ (D-NY): Thanks for having me.',
      '[AD BREAK]',
      '00:14:20 SEN. TED CRUZ (R-TX): No. We will take a Q&A at 9pm ET.',
      'The Revd Jane Smith and the Rt Hon Lord Blunkett spoke.',
    ].join('\n');
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['ALEXANDRIA OCASIO-CORTEZ/person', 'D/organization', 'NY/place', 'TED CRUZ/person', 'R/organization', 'TX/place',
      '9pm ET/time', 'Jane Smith/person', 'Blunkett/person']);
  });

  it('keeps names after a saint\'s or founder\'s possessive whole, and reads winter storms and high schools', () => {
    const text = "He was taken to St. David's South Austin Medical Center. The game is at Levi's Stadium and Newcastle play at St James' Park. "
      + 'Winter Storm Uri hit. The board voted to rename Lee High.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ["St. David's South Austin Medical Center/organization", "Levi's Stadium/place", 'Newcastle/place', "St James' Park/place",
      'Winter Storm Uri/misc', 'Lee High/organization']);
  });

  it('reads local politics: party tags with two-word towns, and "Police" opening a sentence as the service in general', () => {
    const text = 'Denver Police Chief Ron Thomas spoke.\n\nPolice said the man fled. Rep. Bo Ray, D-San Antonio, and Adam Bird, R-New Richmond, voted.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Denver Police/organization', 'Ron Thomas/person', 'Bo Ray/person', 'D/organization', 'San Antonio/place',
      'Adam Bird/person', 'R/organization', 'New Richmond/place']);
  });

  it('leaves an imperative out of the name it addresses, and a vanity phone number out of the figures', () => {
    const text = 'Call Crime Stoppers at 1-800-226-TIPS (8477). Contact Police Scotland on 101.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Crime Stoppers/organization', 'Police Scotland/organization']);
  });

  it('reads a nationality of two words as no name', () => {
    const text = "The New Zealander's fourth album came out. A South African was held in New Zealand.";
    const names = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => m.text);
    assert.deepEqual(names, ['New Zealand']);
  });

  it('drops caption credits, promo and print-edition lines, and keeps a sure name opening a title-case headline', () => {
    const text = [
      'Trump Says Canada Talks Will Resume After Carney Visit',
      'Jeff Roberson for The New York Times',
      'Mark Carney, left, and Donald Trump in the Oval Office on Friday. Evan Vucci/AP',
      'CLICK HERE FOR MORE COVERAGE OF THE 2026 MIDTERMS',
      'Image caption, Rescuers in Leeds on Monday',
      'A version of this article appears in print on Nov. 20, 2026, Section A.',
      '',
      'Council Member Robin Wonsley met Carney in Ottawa.',
    ].join('\n');
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Trump/person', 'Canada/place', 'Carney/person', 'Robin Wonsley/person', 'Carney/person', 'Ottawa/place']);
  });

  it('reads a Reuters timestamp whose year runs into the time, and dates the story by it', () => {
    const text = 'November 20, 202610:15 AM GMTUpdated 2 hours ago\n\nBEIRUT, Nov 20 (Reuters) - Israel said on Thursday it would talk.';
    const figures = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.kind === 'figure')
      .map((m) => `${m.text}=${m.kind === 'figure' ? m.value : ''}`);
    assert.deepEqual(figures, ['November 20, 2026=2026-11-20', '10:15 AM=10:15', '2 hours ago=2026-11-20', 'Nov 20=2026-11-20', 'Thursday=2026-11-19']);
  });

  it('splits a place or body named before a title holder\'s given name and surname', () => {
    const text = 'Mayor of Greater Manchester Andy Burnham spoke. Governor of the Bank of England Andrew Bailey warned. Sinn Féin leader Mary Lou McDonald replied.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Greater Manchester/place', 'Andy Burnham/person', 'Bank of England/organization', 'Andrew Bailey/person',
      'Sinn Féin/organization', 'Mary Lou McDonald/person']);
  });

  it('splits the outlet from a byline\'s name', () => {
    const text = 'By Alex Miller Fox News\nBy Jane Smith CNN\n\nThe minister spoke.';
    const found = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Alex Miller/person', 'Fox News/organization', 'Jane Smith/person', 'CNN/organization']);
  });

  it('leaves the party of a chamber\'s members out of the chamber (the members, a plural, are named apart)', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'Senate Republicans blocked it. The House Democratic leader spoke.' }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['Senate/organization', 'Republicans/organization', 'House/organization']);
  });

  it('keeps a closing plus sign in the name, as another entity than the name without it', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'OPEC+ agreed to cut output, OPEC said. It streams on Disney+.' }]).mentions('a.txt')
      .map((m) => `${m.text}/${m.kind === 'entity' ? m.entity : ''}`);
    assert.deepEqual(found, ['OPEC+/opec-plus', 'OPEC/opec', 'Disney+/disney-plus']);
  });

  it('reads "Group of 20" as the G20, without a figure inside it', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'Leaders of the Group of 20 met; the G20 said so.' }]).mentions('a.txt')
      .map((m) => `${m.text}/${m.kind === 'entity' ? m.entity : m.type}`);
    assert.deepEqual(found, ['Group of 20/group-of-twenty', 'G20/group-of-twenty']);
  });

  it('reads "U.S. Treasury yields" as the country and the bonds, not the department', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'U.S. Treasury yields were steady. The U.S. Treasury said so.' }]).mentions('a.txt')
      .map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(found, ['U.S./place', 'U.S. Treasury/organization']);
  });
});
