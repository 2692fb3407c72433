// Shapes of names common across news styles (agencies joined by "and", parties before a member's
// title, products of known companies, capitals bylines, wire-photo captions), written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../../src/core/recognition';
import { entitiesOf, entityMentions, idOf, typeOf, workspaceEntities } from './helpers';

describe('recognition: name forms across news styles', () => {
  it('keeps "and" inside agency names with a short tail or a defined acronym, not between two names', () => {
    assert.deepEqual(entitiesOf('Meanwhile, the Securities and Exchange Commission fined the bank.'), ['Securities and Exchange Commission/organization']);
    assert.ok(entitiesOf('Agents from Immigration and Customs Enforcement (ICE) arrived.').includes('Immigration and Customs Enforcement/organization'));
    assert.deepEqual(entitiesOf('Shares of Spotify Technology SA and Match Group Inc. rose.'),
      ['Spotify Technology SA/organization', 'Match Group Inc./organization']);
    assert.ok(entitiesOf('Officials at the Centers for Disease Control and Prevention said so.').includes('Centers for Disease Control and Prevention/organization'));
  });

  it('names the party before a member\'s title but not a department before a minister\'s', () => {
    assert.deepEqual(entitiesOf('He said Labour MP Rosie Duffield had resigned.'), ['Labour/organization', 'Rosie Duffield/person']);
    assert.deepEqual(entitiesOf('He said Labour Secretary Julie Su had resigned.'), ['Julie Su/person']);
  });

  it('types institutes, centres and bodies by their heads', () => {
    assert.ok(entitiesOf('Forecasters at the National Hurricane Center said so.').includes('National Hurricane Center/organization'));
    assert.ok(entitiesOf('They met at the Belém Cultural Centre on Friday.').includes('Belém Cultural Centre/place'));
    assert.ok(entitiesOf('Shares of Meta Platforms fell.').includes('Meta Platforms/organization'));
    assert.ok(entitiesOf('He paid with Apple Pay at the till.').includes('Apple Pay/misc'));
    assert.ok(entitiesOf('Its head of delegation, Karim al-Masri, said volunteers were ready.').includes('Karim al-Masri/person'));
  });

  it('reads nationality words in capitals and capitalised hyphen suffixes of headlines as context', () => {
    const headline = entitiesOf('EXCLUSIVE: TOWN SMASH BRITISH RECORD\n\nThe club signed him.');
    assert.ok(!headline.some((e) => e.startsWith('BRITISH')), String(headline));
    const backed = entitiesOf('Saudi-Backed Northby Pays Record Fee for Striker\n\nThe club said so.');
    assert.ok(!backed.some((e) => e.includes('Backed')), String(backed));
    assert.ok(backed.some((e) => e.startsWith('Northby/')), String(backed));
  });

  it('reads tickers with their exchange suffix as one name and quote codes as none', () => {
    const found = entitiesOf('Shares of Harbourline Bank (HLB.AX) fell 1.4% and the Aussie dollar (AUD=D3) rose.');
    assert.deepEqual(found, ['Harbourline Bank/organization', 'HLB.AX/organization']);
  });

  it('leaves out a capital "The" that starts a sentence hidden by an abbreviation', () => {
    assert.deepEqual(entitiesOf('He moved to the U.S. The U.K. said it would respond.'), ['U.S./place', 'U.K./place']);
    assert.ok(entitiesOf('The study was published in The Lancet on Friday.').includes('The Lancet/organization'));
  });

  it('reads ordinary words in capitals, question auxiliaries and numbered things as no names', () => {
    const verdict = entitiesOf('CLAIM: Turnout fell below half.\nVERDICT: TRUE. Turnout was 48%, the commission said.');
    assert.ok(!verdict.some((e) => e.startsWith('TRUE')), String(verdict));
    const question = entitiesOf('Did Mwansa win a majority? Mwansa said he did.');
    assert.ok(!question.some((e) => e.startsWith('Did')), String(question));
    const numbered = entitiesOf('Norris ran wide at Turn 9 on the fourth lap, and the report was filed under Section 2.');
    assert.ok(!numbered.some((e) => e.startsWith('Turn') || e.startsWith('Section')), String(numbered));
  });

  it('types venues, ensembles, honours and tours by their heads', () => {
    const found = entitiesOf('She sang with the Halvorsen Symphony Orchestra, played the Grande Ballroom, sat in the Brabham Grandstand, '
      + 'received the Kennedy Center Honors and ended the Iron Road Tour before the Boxing Day Test.');
    for (const expected of ['Halvorsen Symphony Orchestra/organization', 'Grande Ballroom/place', 'Brabham Grandstand/place',
      'Kennedy Center Honors/misc', 'Iron Road Tour/misc', 'Boxing Day Test/misc']) assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
  });

  it('keeps a legal form after a comma with its company, and leaves the plural of an acronym out of a name', () => {
    assert.deepEqual(entitiesOf('Shares in Harrowgate Communications, Inc. (NYSE: HRWC) fell 9%.'),
      ['Harrowgate Communications, Inc./organization', 'NYSE/organization', 'HRWC/organization']);
    assert.ok(entitiesOf('Back then you bought Tellmark SIMs at the station.').includes('Tellmark/organization'));
    assert.ok(entitiesOf('Customers of Harrowgate Wireless were told on Friday.').includes('Harrowgate Wireless/organization'));
  });

  it('reads a court case as one named thing, and its first party alone as the case', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'The justices relied on Caldwell Bright v. Raimondo, decided in 2024. Caldwell Bright changed how courts read statutes.' }])
      .mentions('a.txt').filter((m) => m.kind === 'entity');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['Caldwell Bright v. Raimondo/misc', 'Caldwell Bright/misc']);
    assert.equal(found[0].entity, found[1].entity);
    assert.deepEqual(entitiesOf('In West Virginia v. EPA the court ruled.'), ['West Virginia v. EPA/misc']);
  });

  it('reads well-known laws, treaties and products as named things', () => {
    const found = entitiesOf('Regulators cited the GDPR and the Digital Markets Act; the JCPOA collapsed; the phone runs Android.');
    for (const expected of ['GDPR/misc', 'Digital Markets Act/misc', 'JCPOA/misc', 'Android/misc']) assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
  });

  it('reads words run together ("SecureLock") as brands, not personal names', () => {
    const found = entitiesOf('Customers get Harrowgate SecureLock free, and FactRight Africa rated the claim. Ron DeSantis and Douglas MacArthur did not.');
    // Something customers get is a product (misc, docs/labelled-format.md): the type model reads it
    // so; the rules alone said organization. Either way, not a person.
    for (const expected of ['Harrowgate SecureLock/misc', 'FactRight Africa/organization', 'Ron DeSantis/person', 'Douglas MacArthur/person']) {
      assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
    }
  });

  it('reads a given name that is also a known name as the person its article names in full', () => {
    assert.deepEqual(entitiesOf('Oscar Piastri won in Melbourne. What a drive, Oscar!'), ['Oscar Piastri/person', 'Melbourne/place', 'Oscar/person']);
    assert.deepEqual(entitiesOf('She won an Oscar in 2020.'), ['Oscar/misc']);
  });

  it('reads a first name that is also a small place as the person the article names in full', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'Martin Pennock was freed on Tuesday. "Martin is coming home," his sister said.' }]).mentions('a.txt');
    const martin = found.filter((m) => m.kind === 'entity' && m.text.startsWith('Martin'));
    assert.deepEqual(martin.map((m) => m.kind === 'entity' && `${m.text}/${m.type}/${m.entity}`), ['Martin Pennock/person/martin-pennock', 'Martin/person/martin-pennock']);
  });

  it('links a transcript speaker label in capitals to the speaker named in full', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'Presented by Adaeze Nwankwo-Reid.\n\nADAEZE: Hello and welcome.\nGUEST: Thank you.' }]).mentions('a.txt');
    const label = found.find((m) => m.text === 'ADAEZE');
    assert.ok(label && label.kind === 'entity' && label.entity === 'adaeze-nwankwo-reid' && label.type === 'person', JSON.stringify(label));
  });

  it('leaves a nationality out before a name that starts with its own', () => {
    assert.ok(entitiesOf('The release of Swedish European Union official Johan Floderus was agreed.').includes('European Union/organization'));
  });

  it('reads "X" as the platform only where a post or a list of platforms says so, and chemical and device acronyms as no names', () => {
    assert.deepEqual(entitiesOf('Grossi said in a post on X that the plant was safe.'), ['Grossi/person', 'X/organization']);
    assert.ok(entitiesOf('Adverts ran on Facebook, TikTok and X last week.').includes('X/organization'));
    assert.deepEqual(entitiesOf('Plan X was shelved.').filter((e) => e.startsWith('X')), []);
    assert.ok(entitiesOf('The minister is already on X taking the credit.').includes('X/organization'));
    assert.deepEqual(entitiesOf('Levels of PFAS and PFOA were high, and the OLED screen is bright.'), []);
  });

  it('reads a press release\'s "the Company" as a defined term, not a name', () => {
    assert.deepEqual(entitiesOf('Harrowgate Communications ("Harrowgate" or the "Company") said the Company had acted.').filter((e) => e.startsWith('Company')), []);
  });

  it('reads AP state and Canadian province abbreviations as places', () => {
    assert.deepEqual(entitiesOf('Officials in Atlanta, Ga., Vancouver, B.C., and Seattle, Wash., agreed.'),
      ['Atlanta/place', 'Ga./place', 'Vancouver/place', 'B.C./place', 'Seattle/place', 'Wash./place']);
  });

  it('reads a title with "The" after a cue for a work as a work, and plural weekdays as no names', () => {
    assert.deepEqual(entitiesOf('She starred in The Long Quiet in 2019.'), ['The Long Quiet/misc']);
    assert.deepEqual(entitiesOf('He hosts The Closing Trade on Fridays.'), ['The Closing Trade/misc']);
    assert.ok(entitiesOf('She buys an Apple Watch every year.').includes('Apple Watch/misc'));
  });

  it('reads a city\'s numbered wards and districts as places, one per number', () => {
    const found = recognizeWorkspace([{ id: 'a.txt', text: 'Van Wyk won the 25th Ward easily; in Ward 25 turnout was 41%. The 3rd District stayed blue.' }])
      .mentions('a.txt').filter((m) => m.kind === 'entity' && m.type === 'place');
    assert.deepEqual(found.map((m) => m.text), ['25th Ward', 'Ward 25', '3rd District']);
    assert.equal(found[0].kind === 'entity' && found[0].entity, found[1].kind === 'entity' && found[1].entity);
  });

  it('reads languages, city demonyms and common technical abbreviations as no names', () => {
    assert.deepEqual(entitiesOf('Londoners voted early. The X-ray showed a crack under UV light. She speaks Sanskrit and Hindi.'), []);
  });

  it('knows widely reported companies without a cue', () => {
    const found = entitiesOf('SpaceX, Huawei, Stellantis, Infosys and Equifax all reported on Tuesday.');
    for (const name of ['SpaceX', 'Huawei', 'Stellantis', 'Infosys', 'Equifax']) assert.ok(found.includes(`${name}/organization`), `${name} in ${String(found)}`);
  });

  it('types spacecraft and telescopes as things, ampersand firms as bodies, and MLA as a title', () => {
    const found = entitiesOf('The telescope Nakshatra launched, unlike the Hubble Space Telescope. Larsen & Toubro built it, said Sullurpeta MLA Kurugondla Ramya.');
    for (const expected of ['Nakshatra/misc', 'Hubble Space Telescope/misc', 'Larsen & Toubro/organization', 'Kurugondla Ramya/person']) {
      assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
    }
  });

  it('keeps a product line\'s number even where a small place shares its word', () => {
    assert.deepEqual(entitiesOf('A Falcon 9 launched from Florida.'), ['Falcon 9/misc', 'Florida/place']);
  });

  it('reads a headline in capitals with a sentence\'s small words as a sentence, not a name', () => {
    const found = entitiesOf('VAN WALKS FREE AS JUDGE RULES\n\nWASHINGTON WEIGHS RESPONSE\n\nThe court sat on Tuesday.');
    assert.ok(!found.some((e) => e.includes('WALKS') || e.includes('WEIGHS')), String(found));
    assert.ok(found.includes('WASHINGTON/place'), String(found));
  });

  it('knows given names of other countries and keeps a full name with its initial on a title-case line', () => {
    assert.deepEqual(entitiesOf('Rahul Deshpande and Kimi Antonelli spoke.'), ['Rahul Deshpande/person', 'Kimi Antonelli/person']);
    assert.ok(entitiesOf('Here is the President, last night:\nDonald J. Trump @realDonaldTrump\nThe European Union is bad.').includes('Donald J. Trump/person'));
  });

  it('reads a place before a lower-case kind of document as the document, but not a company before one', () => {
    assert.deepEqual(entitiesOf('They signed the Paris agreement, and the Minsk accords failed. An Apple agreement followed.'),
      ['Paris agreement/misc', 'Minsk accords/misc', 'Apple/organization']);
  });

  it('reads royal title-names as their holders, a royal title alone as no name, and warning colours as none', () => {
    const found = entitiesOf("The King met the Prince of Wales and the Princess Royal. The Duchess of Edinburgh's visit followed. An ORANGE warning was issued.");
    assert.deepEqual(found, ['Prince of Wales/person', 'Princess Royal/person', 'Duchess of Edinburgh/person']);
  });

  it('knows foreign-language names of European places and the names of rail operators and airlines', () => {
    const found = entitiesOf('Temperatures in Roma and Firenze topped 40C across Sicilia, and Aer Lingus and West Midlands Trains cancelled services.');
    for (const expected of ['Roma/place', 'Firenze/place', 'Sicilia/place', 'Aer Lingus/organization', 'West Midlands Trains/organization']) {
      assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
    }
  });

  it('reads names with Spanish and Italian place prefixes as places', () => {
    const found = entitiesOf('Warnings covered the Vega del Segura and Valle del Tajo.');
    for (const expected of ['Vega del Segura/place', 'Valle del Tajo/place']) assert.ok(found.includes(expected), `${expected} in ${String(found)}`);
  });

  it('knows widely used products, and drug and vaccine classes are no names', () => {
    assert.deepEqual(entitiesOf('Apple takes a cut of App Store sales; GLP-1 drugs and the MMR jab were discussed.'),
      ['Apple/organization', 'App Store/misc']);
  });

  it('knows widely reported events, games, indices and treaties as misc names', () => {
    assert.deepEqual(entitiesOf('After Royal Ascot and the Tour de France she watched Formula One on Prime Video; the Nikkei rose as the Treaty of Rome turned 70.'),
      ['Royal Ascot/misc', 'Tour de France/misc', 'Formula One/misc', 'Prime Video/misc', 'Nikkei/misc', 'Treaty of Rome/misc']);
  });

  it('reads wildfire bulletins: numbered US highways, lower-case fire names, patrols, zone codes', () => {
    assert.deepEqual(entitiesOf('The Tollgate fire closed U.S. 20 between Sisters and Bend; the Washington State Patrol reopened US 97.'),
      ['Tollgate fire/misc', 'U.S. 20/place', 'Sisters/place', 'Bend/place', 'Washington State Patrol/organization', 'US 97/place']);
    assert.deepEqual(entitiesOf('Zones DES-SIS-004 and JEF-CS-001 were told to leave; CVE-2026-40117 was patched.'), []);
    // Not a road: a yield, a count of states; not a wildfire's name: a fire in a known place.
    assert.deepEqual(entitiesOf('The US 10-year yield rose and all US 50 states voted after a London fire.'), ['US/place', 'US/place', 'London/place']);
  });

  it('keeps a statute\'s year in its title, and links it to the statute written without one', () => {
    assert.deepEqual(entitiesOf('Under the Competition Act, 2010 and the Online Safety Act 2023 firms must comply; the Online Safety Act applies.'),
      ['Competition Act, 2010/misc', 'Online Safety Act 2023/misc', 'Online Safety Act/misc']);
    const ids = entityMentions('The Online Safety Act 2023 is in force. The Online Safety Act applies.').map((m) => m.entity);
    assert.equal(ids[0], ids[1]);
  });

  it('reads institutions named after a saint or founder, or followed by their city, as bodies', () => {
    assert.deepEqual(entitiesOf("Patients at St James's Hospital and Guy's Hospital were moved, said staff at King's College London."),
      ["St James's Hospital/organization", "Guy's Hospital/organization", "King's College London/organization"]);
    assert.deepEqual(entitiesOf('Researchers at Trinity College Dublin and engineers at Google UK agreed.'),
      ['Trinity College Dublin/organization', 'Google UK/organization']);
    // A known place's possessive stays the owner: "Britain's hospitals".
    assert.deepEqual(entitiesOf("Britain's Hospital chiefs met."), ['Britain/place']);
  });

  it('knows widely reported security firms and brokers', () => {
    assert.deepEqual(entitiesOf('Mandiant and Okta were called in, analysts at Peel Hunt said.'),
      ['Mandiant/organization', 'Okta/organization', 'Peel Hunt/organization']);
  });

  it('reads numbered resolutions as documents and knows widely reported regions', () => {
    assert.deepEqual(entitiesOf('The Council adopted resolution 2817, extending the arms embargo on Darfur set by Resolution 1556.'),
      ['resolution 2817/misc', 'Darfur/place', 'Resolution 1556/misc']);
  });

  it('reads space news: planets, planetary features and national laboratories', () => {
    assert.deepEqual(entitiesOf('Life on Mars may have existed in Neretva Vallis, unlike on Earth, the Los Alamos National Laboratory said.'),
      ['Mars/place', 'Neretva Vallis/place', 'Earth/place', 'Los Alamos National Laboratory/organization']);
  });

  it('reads a caption\'s capitals lead-in apart from the name, and a surname with its particle alone', () => {
    assert.deepEqual(entitiesOf('ROCKET MAN Theo Marsden kisses the trophy on Centre Court. He beat de Armas, as ter Stegen watched from a white van.'),
      ['Theo Marsden/person', 'Centre Court/place', 'de Armas/person', 'ter Stegen/person']);
  });

  it('reads numbered bills as documents, and no name in parts of an opinion or law-report citations', () => {
    assert.deepEqual(entitiesOf('Texas passed HB 2127, or House Bill 2127, after Oregon Senate Bill 762; Part III of the opinion cites 601 U.S. 416.'),
      ['Texas/place', 'HB 2127/misc', 'House Bill 2127/misc', 'Oregon Senate Bill 762/misc']);
    const ids = entityMentions('Texas passed HB 2127. House Bill 2127 takes effect.').filter((m) => m.type === 'misc').map((m) => m.entity);
    assert.equal(ids[0], ids[1]);
  });

  it('strips a title before a given name that is also a head ("Sen. Bill Cassidy")', () => {
    assert.deepEqual(entitiesOf('Sen. Bill Cassidy said the bill would pass.'), ['Bill Cassidy/person']);
  });

  it('leaves a sentence-opening "Born" out of the name it introduces', () => {
    assert.deepEqual(entitiesOf('Born Rosalind Helena Kowalczyk in 1951, she was the third child.'), ['Rosalind Helena Kowalczyk/person']);
  });

  it('knows the provinces, counties and districts news names alone (ISO 3166-2 subdivisions)', () => {
    assert.deepEqual(entitiesOf('The typhoon hit Catanduanes and Albay before crossing Camarines Sur.'),
      ['Catanduanes/place', 'Albay/place', 'Camarines Sur/place']);
  });

  it('reads drug brands beside their generic names and numbered trials as things, and a known name with a lower-case word whole', () => {
    assert.deepEqual(entitiesOf('The Medicines and Healthcare products Regulatory Agency approved Osmerva (zelfocartimab) after the KINETIC-1 trial.'),
      ['Medicines and Healthcare products Regulatory Agency/organization', 'Osmerva/misc', 'KINETIC-1/misc']);
  });

  it('reads British councillors: the "Cllr" title and party initials in brackets', () => {
    const found = entityMentions('Cllr Tom Ashby (Con) and Cllr Jo Bell (Lab) voted against. The Conservatives and Labour split.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['Tom Ashby/person', 'Con/organization', 'Jo Bell/person', 'Lab/organization', 'Conservatives/organization', 'Labour/organization']);
    assert.equal(found[1].entity, found[4].entity);
    assert.equal(found[3].entity, found[5].entity);
  });

  it('reads a name before "app" as the product, a known company staying itself', () => {
    assert.deepEqual(entitiesOf('Users of the KowryPay app and the Tesla app were told.'), ['KowryPay/misc', 'Tesla/organization']);
  });

  it('reads an unknown name a storm strikes, or whose residents are named, as a place', () => {
    assert.deepEqual(entitiesOf('The typhoon hit Varosk on Friday. Residents of Belmira were evacuated. Tariffs hit Apple.'),
      ['Varosk/place', 'Belmira/place', 'Apple/organization']);
  });

  it('reads a committee named by a list of its fields as one body', () => {
    assert.deepEqual(entitiesOf('The Environment, Food and Rural Affairs Committee met, as did the Health, Education, Labor and Pensions Committee; Paris, Rome and Berlin agreed.'),
      ['Environment, Food and Rural Affairs Committee/organization', 'Health, Education, Labor and Pensions Committee/organization', 'Paris/place', 'Rome/place', 'Berlin/place']);
  });

  it('leaves judges\' post-nominals and honorifics of address out of names', () => {
    assert.deepEqual(entitiesOf('Barrett J said so. His Highness Sayyid Badr Al Busaidi met Justices Clarence Thomas and Samuel Alito; Mary J. Blige sang.'),
      ['Barrett/person', 'Badr Al Busaidi/person', 'Clarence Thomas/person', 'Samuel Alito/person', 'Mary J. Blige/person']);
  });

  it('joins two names the lexicon knows as one ("Trinidad and Tobago", "Washington, D.C.")', () => {
    assert.deepEqual(entitiesOf('Floods hit Trinidad and Tobago and Bosnia and Herzegovina; she flew to Washington, D.C., while Paris and London agreed.'),
      ['Trinidad and Tobago/place', 'Bosnia and Herzegovina/place', 'Washington, D.C./place', 'Paris/place', 'London/place']);
  });

  it('reads storms with their category, and links them by their name alone; volcanoes are places', () => {
    const found = entityMentions('Tropical Storm Arthur formed. Super Typhoon Haeyang hit Mayon Volcano; Haeyang then weakened.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['Tropical Storm Arthur/misc', 'Super Typhoon Haeyang/misc', 'Mayon Volcano/place', 'Haeyang/misc']);
    assert.equal(found[1].entity, found[3].entity);
  });

  it('reads a short ordinary word in capitals as no name', () => {
    assert.deepEqual(entitiesOf('Do you back the plan? YES or NOT? There is no WAY, said Ana Lima.'), ['Ana Lima/person']);
  });

  it('reads capitals bylines and disclaimers', () => {
    assert.deepEqual(entitiesOf('By DANIEL FROST and AISHA RAHMAN\n\nThe court ruled.'), ['DANIEL FROST/person', 'AISHA RAHMAN/person']);
    assert.deepEqual(entitiesOf('THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\nHOST: Welcome.'), []);
  });

  it('leaves wire-photo captions and copyright small print alone', () => {
    const text = 'FILE - Shoppers walk past a store in New York, Jan. 12, 2026. (UPA Photo/Lena Ortiz, File)\n\n'
      + 'Copyright 2026 Bayline Business Network. All rights reserved. This transcript was prepared by an outside vendor and may contain errors. It may not be reproduced without written permission.';
    const mentions = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt');
    assert.deepEqual(mentions.map((m) => m.text), []);
  });

  it('takes a named day over a name on the same span', () => {
    const mentions = recognizeWorkspace([{ id: 'a.txt', text: 'The Senate will vote before Thanksgiving.' }]).mentions('a.txt');
    assert.equal(mentions.find((m) => m.text === 'Thanksgiving')?.type, 'date');
  });

  it('types a lone word that only a verb of saying calls a person as a body, unless a name list knows it', () => {
    assert.deepEqual(entitiesOf('Fiocruz said the doses would arrive in May.'), ['Fiocruz/organization']);
    assert.deepEqual(entitiesOf('Jennifer said the doses would arrive in May.'), ['Jennifer/person']);
  });

  it('types competitions, market indexes and products named after their kind as misc', () => {
    assert.ok(entitiesOf('He left for Major League Soccer last year.').includes('Major League Soccer/misc'));
    assert.ok(entitiesOf('The Arab League met in Cairo.').includes('Arab League/organization'));
    assert.ok(entitiesOf('In Frankfurt the DAX fell 2%.').includes('DAX/misc'));
    assert.ok(entitiesOf('Regulators withdrew the vaccine Dengvaxia in 2017.').includes('Dengvaxia/misc'));
  });

  it('does not read an acronym as the small place it spells', () => {
    assert.deepEqual(entitiesOf('The Instituto Bandeirantes de Biotecnologia (IBB) said IBB would appeal.'),
      ['Instituto Bandeirantes de Biotecnologia/organization', 'IBB/organization', 'IBB/organization']);
  });

  it('keeps a plural owner inside a body\'s name', () => {
    assert.deepEqual(entitiesOf("The Professional Footballers' Association and the Teachers' Union met."),
      ["Professional Footballers' Association/organization", "Teachers' Union/organization"]);
  });

  it('keeps a model number with its product, not as a temperature or a count', () => {
    assert.deepEqual(entitiesOf('The Strata 400C chip beat the Ascend 910C in tests.'), ['Strata 400C/misc', 'Ascend 910C/misc']);
    assert.ok(entitiesOf('A Boeing 737 landed safely.').includes('Boeing 737/misc'));
    assert.ok(!entitiesOf('Chapter 11 protection was sought in Paris.').some((m) => m.startsWith('Chapter')));
  });

  it('reads local areas named before their kind, and English place-name endings, as places', () => {
    assert.deepEqual(entitiesOf('Reform won the Thorncliffe division and the Abbey ward.'), ['Reform/organization', 'Thorncliffe/place', 'Abbey/place']);
    assert.deepEqual(entitiesOf('Turnout in Wellandshire was low, officials said.'), ['Wellandshire/place']);
  });

  it('does not read a head of government\'s title alone as a name', () => {
    assert.deepEqual(entitiesOf('The Taoiseach said the Government would act.'), []);
  });

  it('reads a US lawmaker\'s party and state tag', () => {
    assert.deepEqual(entitiesOf('Rep. Glenn Thompson (R-Pa.) and Sen. Amy Klobuchar, D-Minn., agreed.'),
      ['Glenn Thompson/person', 'R/organization', 'Pa./place', 'Amy Klobuchar/person', 'D/organization', 'Minn./place']);
  });

  it('does not take an illness named after its discoverer for a name, but keeps the charity', () => {
    assert.deepEqual(entitiesOf("Alzheimer's disease is common, the Alzheimer's Society said."), ["Alzheimer's Society/organization"]);
  });

  it('splits a well-known place from the person named after it, and keeps bodies "of" a country', () => {
    assert.deepEqual(entitiesOf('The Mayor of London Sadiq Khan said so.'), ['London/place', 'Sadiq Khan/person']);
    assert.ok(entitiesOf('Shares of Orvanta do Brasil fell.').includes('Orvanta do Brasil/organization'));
    assert.ok(entitiesOf('Victoria Beckham said.').includes('Victoria Beckham/person'));
  });

  it('reads a study or programme named before its kind as misc', () => {
    assert.ok(entitiesOf('Results of the EVOKE trial were published.').includes('EVOKE/misc'));
  });

  it('reads ships, shoals, awards and Korean names', () => {
    assert.deepEqual(entitiesOf('The BRP Teresa Magbanua was hit near Scarborough Shoal, Captain Park Seo-yeon said.'),
      ['BRP Teresa Magbanua/misc', 'Scarborough Shoal/place', 'Park Seo-yeon/person']);
    assert.ok(entitiesOf('The film won the Golden Lion in Venice.').includes('Golden Lion/misc'));
  });

  it('keeps a quoted nickname inside a name and leaves post-nominal letters out', () => {
    assert.deepEqual(entitiesOf('Andrew "Twiggy" Forrest said, and Imogen Castellane KC replied.'),
      ['Andrew "Twiggy" Forrest/person', 'Imogen Castellane/person']);
  });

  it('reads a quoted title after the kind of work as misc', () => {
    assert.ok(entitiesOf('The band released the single "Low Tide Hymn" in May.').includes('Low Tide Hymn/misc'));
  });

  it('reads a known company\'s named product or work as misc, but not its unit', () => {
    assert.ok(entitiesOf("Netflix's Squid Game returned for a third series.").includes('Squid Game/misc'));
    assert.ok(!entitiesOf("Google's DeepMind unit said so.").includes('DeepMind/misc'));
  });

  it('continues a name after "and" with a plain word that is also a given name, not with a person', () => {
    assert.deepEqual(entitiesOf('The National Institute for Health and Care Research funded it.'),
      ['National Institute for Health and Care Research/organization']);
    assert.deepEqual(entitiesOf('The Ministry of Defence and John Smith said so.'), ['Ministry of Defence/organization', 'John Smith/person']);
  });

  it('keeps a listed complement inside a department\'s name, but not a list of places', () => {
    assert.deepEqual(entitiesOf('The Ministry of Housing, Communities and Local Government said so.'),
      ['Ministry of Housing, Communities and Local Government/organization']);
    assert.deepEqual(entitiesOf('The University of Oxford, Cambridge and Durham agreed.'),
      ['University of Oxford/organization', 'Cambridge/place', 'Durham/place']);
  });

  it('reads bodies that start with Royal, World or National, and pubs, vales and miles as places', () => {
    assert.deepEqual(entitiesOf('World Weather Attribution said the Royal Engineers were sent to Lenton Vale.'),
      ['World Weather Attribution/organization', 'Royal Engineers/organization', 'Lenton Vale/place']);
    assert.ok(entitiesOf('They met at the Nelson Arms on the Royal Mile.').includes('Nelson Arms/place'));
  });

  it('knows heads of government by surname, splits place pairs, and reads weapon designations', () => {
    assert.deepEqual(entitiesOf('The Russia-Ukraine talks failed, Putin said, as Tu-95MS bombers flew.'),
      ['Russia/place', 'Ukraine/place', 'Putin/person', 'Tu-95MS/misc']);
    assert.deepEqual(entitiesOf('Guinea-Bissau voted.'), ['Guinea-Bissau/place']);
    assert.deepEqual(entitiesOf('Russian-installed officials said so.'), []);
  });

  it('leaves the video and trending lists of a TV station\'s page alone', () => {
    const text = 'Police in Dayton said two men were arrested.\n\nWatch live: WXYZ 7 News at 6\n\nRelated videos\n'
      + 'Vigil held for Corcoran senior\nCommon Council approves $1.4M for cameras\n\nTrending stories\nLake-effect snow for Onondaga County';
    const mentions = recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt');
    assert.deepEqual(mentions.map((m) => m.text), ['Dayton', 'two men']);
  });

  it('reads streets with their quarter, and no common acronym or ethnic group as a name', () => {
    assert.deepEqual(entitiesOf('Police closed Erie Boulevard East and the church on Fourth Street Northwest.'),
      ['Erie Boulevard East/place', 'Fourth Street Northwest/place']);
    assert.deepEqual(entitiesOf('Chinese EVs sold well while Rohingya refugees waited.'), []);
  });

  it('types a compound by its last part: German streets, hyphenated museums and cups, bodies ending in Liga or Zeitung', () => {
    assert.deepEqual(entitiesOf('Fans marched down Friedrich-Ebert-Straße to the Von der Heydt-Museum and on along the Königsallee.'),
      ['Friedrich-Ebert-Straße/place', 'Von der Heydt-Museum/place', 'Königsallee/place']);
    assert.deepEqual(entitiesOf('The Deutsche Fußball Liga and the Nordrhein Nachrichten disagreed about the DFB-Pokal.'),
      ['Deutsche Fußball Liga/organization', 'Nordrhein Nachrichten/organization', 'DFB-Pokal/misc']);
    assert.deepEqual(entitiesOf('The Brigade left for the Juukan Gorge.'), ['Juukan Gorge/place']);
  });

  it('ends a company\'s name at its legal form before "of" a place, and a body\'s name before "on" a street', () => {
    assert.deepEqual(entitiesOf('Al Safwa Holdings of Abu Dhabi bid, as did Hanseatic Metals Trading AG of Hamburg.'),
      ['Al Safwa Holdings/organization', 'Abu Dhabi/place', 'Hanseatic Metals Trading AG/organization', 'Hamburg/place']);
    assert.deepEqual(entitiesOf('The Nyinkka Nyunyu Art and Culture Centre on Paterson Street reopened.'),
      ['Nyinkka Nyunyu Art and Culture Centre/place', 'Paterson Street/place']);
  });

  it('joins two fields before "and" into a body\'s or a law\'s name, and a listed field with its article', () => {
    assert.deepEqual(entitiesOf('The Fish and Wildlife Service cited the Aboriginal and Torres Strait Islander Heritage Protection Act.'),
      ['Fish and Wildlife Service/organization', 'Aboriginal and Torres Strait Islander Heritage Protection Act/misc']);
    assert.deepEqual(entitiesOf('The Department of Climate Change, Energy, the Environment and Water approved it.'),
      ['Department of Climate Change, Energy, the Environment and Water/organization']);
    assert.deepEqual(entitiesOf('Apple and Google Play Store staff met.').slice(0, 1), ['Apple/organization']);
  });

  it('reads a people\'s name before "people" and a "-man" demonym as no entity; exchanges as bodies', () => {
    assert.deepEqual(entitiesOf('The Mirnitja people won. A Dutchman scored.'), []);
    assert.deepEqual(entitiesOf('It is listed on the ASX and the TSX; the S&P/ASX 200 fell.'),
      ['ASX/organization', 'TSX/organization', 'S&P/organization', 'ASX 200/misc']);
  });

  it('reads French saints\' hyphenated names and foreign stadiums as places, policies as things, finance jargon as no name', () => {
    assert.deepEqual(entitiesOf('They played at Stade Chaban-Delmas near Saint-Émilion and Sainte-Foy.'),
      ['Stade Chaban-Delmas/place', 'Saint-Émilion/place', 'Sainte-Foy/place']);
    assert.deepEqual(entitiesOf('The Common Agricultural Policy applies, the RHP says, before the OFS and KYC checks.'),
      ['Common Agricultural Policy/misc']);
  });

  it('reads numbered laws and resolutions, Senate and House Files, and US appeals courts in both styles as one court', () => {
    assert.deepEqual(entitiesOf('Law No. 7269 and Resolution No. 2026-47 passed, and Senate File 496 died.'),
      ['Law No. 7269/misc', 'Resolution No. 2026-47/misc', 'Senate File 496/misc']);
    const found = entityMentions('The 5th U.S. Circuit Court of Appeals ruled; the US Court of Appeals for the Fifth Circuit agreed.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`),
      ['5th U.S. Circuit Court of Appeals/organization', 'US Court of Appeals for the Fifth Circuit/organization']);
    assert.equal(found[0].entity, found[1].entity);
  });

  it('reads groups of people for a cause, Turkish streets and bodies, and roll-call votes', () => {
    assert.deepEqual(entitiesOf('They joined Moms for Liberty at İsmet İnönü Caddesi near Borsa Istanbul.'),
      ['Moms for Liberty/organization', 'İsmet İnönü Caddesi/place', 'Borsa Istanbul/organization']);
    assert.deepEqual(entitiesOf('Roll call: Bauer, Yea; Okafor, Nay.').filter((e) => /Yea|Nay/.test(e)), []);
  });

  it('reads grape varieties, crypto-assets and a sentence-opening adverb as no names', () => {
    assert.deepEqual(entitiesOf('Domestically, Merlot and Sauvignon suffered. BTC fell and Bitcoin slid, Coinbase said. Italy, however, grew.'),
      ['Coinbase/organization', 'Italy/place']);
  });

  it('links Indian and Vietnamese cities to their former names, and reads Latin American public bodies', () => {
    const found = entityMentions('Based in Bengaluru (formerly Bangalore), it moved from Bombay to Mumbai. The Defensoría del Pueblo objected.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}/${m.entity}`), ['Bengaluru/place/bengaluru', 'Bangalore/place/bengaluru',
      'Bombay/place/mumbai', 'Mumbai/place/mumbai', 'Defensoría del Pueblo/organization/defensoria-del-pueblo']);
  });

  it('reads "WHO" in a capitals heading as the pronoun, a lone "Government" and "pre-IPO" as no names', () => {
    assert.deepEqual(entitiesOf("WHO'S WHO\n\nWHO PAYS\n\nThe WHO said WHO staff left. Government says a pre-IPO sale is legal."),
      ['WHO/organization', 'WHO/organization']);
  });

  it('reads the Green Party by its adjective, car models, British roads, radio stations and laws named with "of"', () => {
    assert.deepEqual(entityMentions('The Green candidate won. The village Green was muddy.').map((m) => `${m.text}/${m.type}/${m.entity}`),
      ['Green/organization/green-party', 'Green/place/green']);
    assert.deepEqual(entitiesOf('It sells the Toyota Yaris and the Honda N-Box along the A617, not the Airbus A320.'),
      ['Toyota Yaris/misc', 'Honda N-Box/misc', 'A617/place', 'Airbus A320/misc']);
    assert.deepEqual(entitiesOf('On BBC Radio 4, the Representation of the People Bill and Subaru of America came up.'),
      ['BBC Radio 4/organization', 'Representation of the People Bill/misc', 'Subaru of America/organization']);
    assert.deepEqual(entitiesOf('Churchill and Thatcher would be shocked; TOPIX fell, OEM parts for SUVs.'),
      ['Churchill/person', 'Thatcher/person', 'TOPIX/misc']);
  });

  it('reads a given name before a surname that is also a place word as a person ("Philip Green"), not "Bethnal Green"', () => {
    assert.deepEqual(entitiesOf('Philip Green and Anna Wood met in Bethnal Green and Notting Hill.'),
      ['Philip Green/person', 'Anna Wood/person', 'Bethnal Green/place', 'Notting Hill/place']);
  });

  it('leaves a player\'s role out of the name ("Substitute Yuto Nakashima")', () => {
    assert.deepEqual(entitiesOf('Substitute Yuto Nakashima scored the winner.'), ['Yuto Nakashima/person']);
  });

  it('leaves an opening quantifier out of a name, and a person\'s possessive out of a party\'s name', () => {
    assert.deepEqual(entitiesOf("Most U.S. House members agreed. Jill Stein's Green Party ran, and Parson's Green voted."),
      ['U.S. House/organization', 'Jill Stein/person', 'Green Party/organization', "Parson's Green/place"]);
  });

  it('reads a body\'s branch in a state, club names ending in Harriers, and leaves a tabloid\'s "Dad-of-three" out', () => {
    assert.deepEqual(entitiesOf('The ACLU of Michigan sued. Kidderminster Harriers won. Dad-of-three Jamal al-Hassan waited.'),
      ['ACLU of Michigan/organization', 'Kidderminster Harriers/organization', 'Jamal al-Hassan/person']);
  });

  it('reads capitals headings that spell words as no names, but keeps a company written so elsewhere', () => {
    const headings = entitiesOf('The inquiry opened on Monday.\n\nTHE TAPES\n\nListeners heard the crew.\n\nTHE TIMELINE\n\nIt began at noon.\n\nPRIZE MONEY AND RANKINGS\n\nOfficials met.');
    assert.deepEqual(headings.filter((e) => /TAPES|TIMELINE|RANKINGS/.test(e)), []);
    const found = workspaceEntities([
      { id: 'a.txt', text: 'THE BIG ONE: BRIGHTWAVE GOES SHOPPING\n\nThe deal closed on Friday.' },
      { id: 'b.txt', text: 'Shares in Brightwave rose 3% after the telecoms group agreed the deal.' },
    ]);
    assert.equal(typeOf(found, 'BRIGHTWAVE'), 'organization');
  });

  it('does not read a sentence-opening plural as a back-reference to a body ending in it, nor a colour as a name', () => {
    const text = 'Strikes hit CrossCountry and West Midlands Trains on Friday. Trains that do run will stop early. Yellow warnings are in force.';
    const found = entitiesOf(text);
    assert.ok(found.includes('West Midlands Trains/organization'), String(found));
    assert.ok(!found.includes('Trains/organization') && !found.some((e) => e.startsWith('Yellow')), String(found));
  });

  it('keeps a law\'s year in its name, links the name without it, and reads no date there', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Congress passed the Agriculture Improvement Act of 2018 in December.' },
      { id: 'b.txt', text: 'Critics of the Agriculture Improvement Act spoke on Monday.' },
    ]);
    assert.equal(idOf(found, 'Agriculture Improvement Act of 2018'), idOf(found, 'Agriculture Improvement Act'));
    const result = recognizeWorkspace([{ id: 'c.txt', text: 'The statements fall under the Trade Act of 1974.' }]);
    assert.deepEqual(result.mentions('c.txt').map((m) => `${m.text}/${m.type}`), ['Trade Act of 1974/misc']);
  });

  it('reads a newspaper by its one-word name where it reports, and a programme named by a relative day', () => {
    const found = entitiesOf('A YouGov poll for the Times found 52% backed it. She told the Guardian on Monday, and at times the mood was sour.');
    assert.ok(found.includes('Times/organization') && found.includes('Guardian/organization'), String(found));
    assert.equal(found.filter((e) => e.startsWith('Times')).length, 1, String(found));
    const result = recognizeWorkspace([{ id: 'a.txt', text: "She told the BBC's Today programme on Monday. Today, she said more." }]);
    const mentions = result.mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.ok(mentions.includes('Today programme/misc') && mentions.includes('Today/date'), String(mentions));
  });

  it('reads a wire story\'s byline beside its agency, a body with its country\'s prefix, and a titled person surnamed like a head', () => {
    const found = entitiesOf('Judge blocks deployment\n\nBy Claire Rush | Associated Press\n\nProtests outside the U.S. Immigration and Customs '
      + 'Enforcement building were small, police said. Portland Police Chief Bob Day told reporters the city needed no help.');
    for (const expected of ['Claire Rush/person', 'Associated Press/organization', 'U.S. Immigration and Customs Enforcement/organization', 'Bob Day/person']) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
    const ids = workspaceEntities([{ id: 'a.txt', text: 'Agents of U.S. Immigration and Customs Enforcement arrived. ICE said nothing.' }]);
    assert.equal(idOf(ids, 'U.S. Immigration and Customs Enforcement'), idOf(ids, 'ICE'));
  });

  it('reads the surname of a much-named leader alone, also where a plain word is spelled so', () => {
    const found = entitiesOf('A judge blocked the Trump administration on Saturday, and Trump said he would appeal.');
    assert.deepEqual(found, ['Trump/person', 'Trump/person']);
  });

  it('types two product names before their kind, and an acronym before an event word', () => {
    const found = entitiesOf('Orders for its Halvane and Rubicor chips rose, Tessaly said at the company\'s QTX conference in Lyon.');
    for (const expected of ['Halvane/misc', 'Rubicor/misc', 'QTX/misc']) assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
  });

  it('splits two companies listed with "and", reads an index after its exchange, and an acronym of plain words as no name', () => {
    const found = entitiesOf('The BSE Sensex fell 812 points. Adani Enterprises, Adani Ports and Tata Motors led losses as foreign institutional investors (FIIs) sold. FII selling went on.');
    for (const expected of ['BSE Sensex/misc', 'Adani Ports/organization', 'Tata Motors/organization']) assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    assert.ok(!found.some((e) => e.startsWith('FII')), String(found));
    assert.ok(entitiesOf('Officials of the Securities and Exchange Commission (SEC) met.').includes('Securities and Exchange Commission/organization'));
  });

  it('links a known leader written with another spelling of the surname, in full and alone, to one entity', () => {
    const found = workspaceEntities([{ id: 'a.txt', text: 'Zelenskyy says drones hit Kyiv\n\nVolodymyr Zelenskyy said on Sunday that Zelenskyy would travel.' }]);
    const ids = new Set([...found.values()].flat().filter((m) => m.text.includes('Zelenskyy')).map((m) => m.entity));
    assert.deepEqual([...ids], ['volodymyr-zelensky']);
  });

  it('reads a place after "the resort of", "the port of" as a place, whatever its name looks like', () => {
    assert.ok(entitiesOf('The deal was struck in the Egyptian resort of Sharm el-Sheikh on Monday.').includes('Sharm el-Sheikh/place'));
  });

  it('reads a given name before a surname that is also a head of things as a person, but not a venue named after one', () => {
    const found = entitiesOf('The commissioner, Julie Inman Grant, and Doris Day spoke at Thalia Hall near the Kennedy Bridge.');
    for (const expected of ['Julie Inman Grant/person', 'Doris Day/person', 'Thalia Hall/place', 'Kennedy Bridge/place']) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
  });

  it('reads plain words joined by "to" in a headline as no name, but keeps towns joined by "on"', () => {
    assert.deepEqual(entitiesOf('Halvane Reports Results for HT-401 in Moderate-to-Severe Asthma\n\nTrains ran from Stoke-on-Trent.'),
      ['Halvane/organization', 'HT-401/misc', 'Stoke-on-Trent/place']);
  });

  it('joins a known name written with "for" or "of" between two capitalised parts', () => {
    const found = entitiesOf('Alice Weidel, co-leader of the far-right Alternative for Germany (AfD), called for elections.');
    assert.ok(found.includes('Alternative for Germany/organization') && !found.includes('Germany/place'), String(found));
  });

  it('reads two places before an institution\'s head as one institution, and a work after its star', () => {
    const found = entitiesOf('Dame Maggie Smith, star of Downton Abbey, died in Chelsea and Westminster Hospital. Leaders of France and Germany met.');
    for (const expected of ['Downton Abbey/misc', 'Chelsea and Westminster Hospital/organization', 'France/place', 'Germany/place']) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
  });

  it('reads a role alone on a byline\'s line as no name, and a surname spelled like a role in prose as the person', () => {
    const found = entitiesOf('Opinion by Catherine Rampell\nColumnist\nAugust 26, 2025\n\nLisa Cook spoke on Monday. Cook said no.');
    assert.deepEqual(found, ['Catherine Rampell/person', 'Lisa Cook/person', 'Cook/person']);
  });

  it('keeps a storm\'s kind opening a sentence in its name, and links the name alone to the storm, not a small town', () => {
    const result = recognizeWorkspace([{ id: 'a.txt', text: 'Hurricane Melissa slammed into Jamaica on Tuesday. Melissa is forecast to cross Cuba next.' }]);
    const melissa = result.mentions('a.txt').filter((m) => m.text.includes('Melissa')).map((m) => `${m.text}/${m.type}/${m.kind === 'entity' ? m.entity : ''}`);
    assert.deepEqual(melissa, ['Hurricane Melissa/misc/hurricane-melissa', 'Melissa/misc/hurricane-melissa']);
  });

  it('leaves a department after "Minister for" in the title, and keeps a year in an event\'s or a budget\'s name', () => {
    const found = entitiesOf('Minister for Finance Paschal Donohoe set out Budget 2026 on Tuesday, before Expo 2025 closed.');
    for (const expected of ['Paschal Donohoe/person', 'Budget 2026/misc', 'Expo 2025/misc']) assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
  });

  it('splits a country\'s possessive from the place it owns, keeps a body named for its members, and reads a news agency and a crude benchmark', () => {
    const found = entitiesOf("Israel struck Yemen's Hodeidah port after the Saba news agency reported it. Brent crude rose. The Women's Institute met.");
    for (const expected of ['Yemen/place', 'Hodeidah/place', 'Saba news agency/organization', 'Brent crude/misc', "Women's Institute/organization"]) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
  });

  it('reads an acronym made of numeral letters ("ICC", "CIC") as a name, but not a numeral ("II", "XIV")', () => {
    const found = entitiesOf('England were fined by the ICC for a slow over rate. The CIC backed the ruling in Part II of the rules, as Henry VIII would have.');
    for (const expected of ['ICC/organization', 'CIC/organization']) assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    assert.ok(!found.some((m) => m.startsWith('II/') || m.startsWith('VIII/')), String(found));
  });

  it('keeps a plural owner opening a body\'s name ("People\'s Bank of China"), where a role noun is no title', () => {
    assert.deepEqual(entitiesOf('Officials at the People\'s Bank of China said the Zembla People\'s Bank agreed.'),
      ["People's Bank of China/organization", "Zembla People's Bank/organization"]);
  });

  it('reads no names in a wire service\'s topic slug, and a work after "penned" or "composed"', () => {
    const found = entitiesOf('CHINA-ECONOMY/RATES (UPDATE 2)\n\nBEIJING, Nov 3 (Reuters) - Sally Rooney penned Intermezzo and Hans Zimmer composed Dune.');
    assert.deepEqual(found, ['BEIJING/place', 'Reuters/organization', 'Sally Rooney/person', 'Intermezzo/misc', 'Hans Zimmer/person', 'Dune/misc']);
  });
  it('reads a police force named after two places, companies named in the possessive with a legal form, and today\'s Gold Coast', () => {
    const found = entitiesOf("Officers from Avon and Somerset Police said Kohl's Corp. and Lowe's Cos. were robbed. The Gold Coast hosted the Games.");
    for (const expected of ['Avon and Somerset Police/organization', "Kohl's Corp./organization", 'Gold Coast/place']) assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    assert.ok(found.some((m) => m.startsWith("Lowe's Cos")), String(found));
    const gold = entityMentions('The Gold Coast hosted the Games.').find((m) => m.text === 'Gold Coast');
    assert.notEqual(gold?.entity, 'ghana');
  });

  it('reads one-word stage names as people', () => {
    assert.deepEqual(entitiesOf('Doechii topped the chart, ahead of SZA, and Beyoncé and Rosé performed.'),
      ['Doechii/person', 'SZA/person', 'Beyoncé/person', 'Rosé/person']);
  });
  it('keeps an AI model\'s or a chip\'s version and edition in its name ("Claude Sonnet 4.5", "Gemini 3 Pro", "GPT-5.2")', () => {
    const found = entitiesOf('Anthropic released Claude Opus 5, saying it beats GPT-5.2, Gemini 3 Pro and Claude Sonnet 4.5. Meta has shipped nothing since Llama 4; the Snapdragon 8 Elite trails the Tensor G5.');
    for (const expected of ['Claude Opus 5/misc', 'GPT-5.2/misc', 'Gemini 3 Pro/misc', 'Claude Sonnet 4.5/misc', 'Llama 4/misc', 'Snapdragon 8 Elite/misc', 'Tensor G5/misc']) {
      assert.ok(found.includes(expected), `${expected}: ${String(found)}`);
    }
  });
  it('reads a month that is a given name before a surname, a name with a small word inside it, and no place in a disease\'s name', () => {
    const found = entitiesOf('Judge April Perry ruled. June Sarpong spoke. In June Labour won. She flew to Dar es Salaam, where Marburg virus disease and Rift Valley fever spread.');
    assert.deepEqual(found, ['April Perry/person', 'June Sarpong/person', 'Labour/organization', 'Dar es Salaam/place']);
  });
  it('keeps a title word that completes a body\'s name ("Department of Justice") or owns it ("U.S. Attorney\'s Office"), and reads Australia\'s Labor', () => {
    const found = entitiesOf("The U.S. Attorney's Office for the District of Arizona and the Oregon Department of Justice sued. Labor leader Anthony Albanese spoke.");
    assert.deepEqual(found, ["U.S. Attorney's Office for the District of Arizona/organization", 'Oregon Department of Justice/organization', 'Labor/organization', 'Anthony Albanese/person']);
  });
  it('keeps street names whole on lines without a full stop (headlines, lists)', () => {
    assert.deepEqual(entitiesOf('Crash closes Gloucester Road and Anchor Road in Bristol\n\n- Anchor Road, between Deanery Road and Trenchard Street, from 6am'),
      ['Gloucester Road/place', 'Anchor Road/place', 'Bristol/place', 'Anchor Road/place', 'Deanery Road/place', 'Trenchard Street/place']);
  });
  it('keeps the number of a chart the lexicon knows ("Billboard Hot 100", "Billboard 200")', () => {
    assert.deepEqual(entitiesOf('The song topped the Billboard Hot 100 for a fifth week, and the album led the Billboard 200.'),
      ['Billboard Hot 100/misc', 'Billboard 200/misc']);
  });
  it('keeps "of" after "Corporation" in a body\'s name, and knows statistics offices and transport bodies named after their country', () => {
    assert.deepEqual(entitiesOf('The Investment Corporation of Dubai, Statistics South Africa and Transport for Wales agreed; Al Safwa Holdings of Abu Dhabi did not.'),
      ['Investment Corporation of Dubai/organization', 'Statistics South Africa/organization', 'Transport for Wales/organization', 'Al Safwa Holdings/organization', 'Abu Dhabi/place']);
  });
  it('reads a weekday in a byline as a given name ("By Sunday Aborisade"), and a weekday elsewhere as a date', () => {
    const found = entityMentions('By Sunday Aborisade\n\nAborisade reported that the Senate met on Sunday.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['Sunday Aborisade/person', 'Aborisade/person', 'Senate/organization']);
    assert.equal(found[0].entity, found[1].entity);
  });
  it('reads a magazine named by a plain word where news is reported ("Variety reported", "told Deadline"), and the word elsewhere as none', () => {
    assert.deepEqual(entitiesOf('Variety reported the deal on Monday. The actor told Deadline he was done.'), ['Variety/organization', 'Deadline/organization']);
    assert.deepEqual(entitiesOf('Fortune favours the brave, and the film has variety.'), []);
  });
  it('leaves a chief officer\'s acronym out of the name after it ("Apple CFO Kevan Parekh", "CTO Mira Murati")', () => {
    assert.deepEqual(entitiesOf('Apple CFO Kevan Parekh spoke, and CTO Mira Murati left.'), ['Apple/organization', 'Kevan Parekh/person', 'Mira Murati/person']);
  });
  it('reads the short forms of Australian states as the states ("NSW senator", "floods hit NSW")', () => {
    const found = entityMentions('NSW senator Jane Hume spoke. Floods hit NSW on Monday.');
    assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['NSW/place', 'Jane Hume/person', 'NSW/place']);
    assert.equal(found[0].entity, entityMentions('New South Wales agreed.')[0].entity);
  });
});
