// Forms that a seventh round of testers met in UK and US mainstream sites, world wires, pasted
// pages, live blogs and transcripts, and Commonwealth papers (session 12), written for this test.
import assert from 'node:assert/strict';
import { recognizeWorkspace } from '../../../src/core/recognition';

/** Every entity mention of one text recognised alone, as "text/type". */
function namesOf(text: string): string[] {
  return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => `${m.text}/${m.type}`);
}

/** Every entity mention of one text recognised alone, as "text→entity id". */
function idsOf(text: string): string[] {
  return recognizeWorkspace([{ id: 'a.txt', text }]).mentions('a.txt').filter((m) => m.kind === 'entity').map((m) => `${m.text}→${m.entity}`);
}

describe('recognition: forms found by the seventh round of testers', () => {
  it('reads the name after a live blog entry time and its zone', () => {
    assert.deepEqual(namesOf('Key events\n\n11.05 GMT Reeves says no alternative\n\n12.31 GMT Badenoch and Starmer clash\n\n08.05 GMT FTSE 100 opens higher'),
      ['Reeves/person', 'Badenoch/person', 'Starmer/person', 'FTSE 100/misc']);
    assert.deepEqual(namesOf('The GMT Group said prices rose.'), ['GMT Group/organization']);
  });

  it('takes a dotted abbreviation\'s full stop as a sentence end before "The"', () => {
    assert.deepEqual(namesOf('The strike came shortly after 2 a.m. The Israeli military said it had targeted a commander.'), []);
    assert.deepEqual(namesOf('It was in the U.S. The Russian army said no.'), ['U.S./place']);
    assert.deepEqual(namesOf('It ended at 10 a.m. The Senate Armed Services Committee met.'), ['Senate Armed Services Committee/organization']);
  });

  it('reads a byline alone on its line, and leaves the desk of the role after it out', () => {
    assert.deepEqual(namesOf('Andrew Sparrow\n\nNeal Keeling\n\nThe minister spoke.'), ['Andrew Sparrow/person', 'Neal Keeling/person']);
    assert.deepEqual(namesOf('Denis Campbell Health policy editor\n\nPeter Walker Senior political correspondent\n\nThe minister spoke.'),
      ['Denis Campbell/person', 'Peter Walker/person']);
    // A masthead or a section label is no byline.
    assert.deepEqual(namesOf('Somerset Live\n\nThe council met.'), ['Somerset/place']);
  });

  it('leaves a committee transcript\'s question number out of the speaker\'s name', () => {
    assert.deepEqual(namesOf('Q3 John Glen: Mr Pill, you have said so.\n\nQ4 Dame Harriett Baldwin: Ms Breeden, let me turn to credit.')
      .filter((m) => m.endsWith('/person')), ['John Glen/person', 'Pill/person', 'Dame Harriett Baldwin/person', 'Breeden/person']);
  });

  it('types honours as named things, not the bodies "Order of" usually opens', () => {
    assert.deepEqual(namesOf('She was made an Officer of the Order of Australia and a Dame Commander of the Order of the British Empire.'),
      ['Order of Australia/misc', 'Order of the British Empire/misc']);
    assert.deepEqual(namesOf('He received the Presidential Medal of Freedom.'), ['Presidential Medal of Freedom/misc']);
  });

  it('links an acronym with a minor word in lower case to the name it is defined after', () => {
    assert.deepEqual(idsOf('The Office for Students (OfS) said so. The OfS added a warning.'),
      ['Office for Students→office-for-students', 'OfS→office-for-students', 'OfS→office-for-students']);
  });

  it('links the singular "Liberal Democrat" to the party', () => {
    assert.deepEqual(idsOf('Liberal Democrat leader Sir Ed Davey called for it. The Liberal Democrats agreed.'),
      ['Liberal Democrat→liberal-democrats', 'Sir Ed Davey→ed-davey', 'Liberal Democrats→liberal-democrats']);
  });

  it('leaves sites\' promos, credits, captions above a credit in capitals and menus without separators unlabelled', () => {
    const page = [
      'Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live',
      '',
      'Image source, PA Media',
      '',
      'Sandbags outside homes in Frankwell, Shrewsbury, on Saturday',
      'ANDREW FOX FOR THE TIMES',
      '',
      'Why you can trust Sky News',
      '',
      'Follow Sky News on WhatsApp',
      'Keep up with all the latest news from the UK and around the world by following Sky News',
      'Want to stay up to date? Join our Manchester Evening News WhatsApp community',
      'Get the latest court news from across Greater Manchester straight to your inbox',
      'News › Houston-Texas › Weather',
      '',
      'Follow the river down to Worcester, said Mr Hale.',
    ].join('\n');
    const mentions = recognizeWorkspace([{ id: 'a.txt', text: page }]).mentions('a.txt').map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(mentions, ['Worcester/place', 'Hale/person']);
  });

  it('leaves a US party\'s singular word out, but not the party\'s name or its members counted', () => {
    assert.deepEqual(namesOf('Rand Paul was the lone Republican to vote no, and troops went into Democratic-led cities.'), ['Rand Paul/person']);
    assert.deepEqual(namesOf('The Republican Party and the Democrats met.'), ['Republican Party/organization', 'Democrats/organization']);
  });

  it('reads "the 10-year Treasury" as a bond and two-word state demonyms as no place', () => {
    assert.deepEqual(namesOf('The yield on the 10-year Treasury fell, and the Treasury said so.'), ['Treasury/organization']);
    assert.deepEqual(namesOf('North Carolinians and South Carolinians want safe communities in North Carolina.'), ['North Carolina/place']);
  });

  it('keeps a company named with a title word whole, and knows more parties, agencies and places', () => {
    assert.deepEqual(namesOf('Shares of General Electric and General Mills rose, and Gen. Mark Milley spoke.'),
      ['General Electric/organization', 'General Mills/organization', 'Mark Milley/person']);
    assert.deepEqual(idsOf('Te Pāti Māori said Te Whatu Ora would hire staff in Te Tai Tokerau. Health New Zealand agreed.'),
      ['Te Pāti Māori→te-pati-maori', 'Te Whatu Ora→health-new-zealand', 'Te Tai Tokerau→te-tai-tokerau', 'Health New Zealand→health-new-zealand']);
    assert.deepEqual(namesOf('Independent Ireland TD Michael Collins and ward councillor Johan Fourie, of the Freedom Front Plus, spoke.'),
      ['Independent Ireland/organization', 'Michael Collins/person', 'Johan Fourie/person', 'Freedom Front Plus/organization']);
  });

  it('links a name to the other name the text says it is known as', () => {
    assert.deepEqual(idsOf('The RSF commander, Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti later denied it.'),
      ['RSF→rsf', 'Mohamed Hamdan Dagalo→mohamed-hamdan-dagalo', 'Hemedti→mohamed-hamdan-dagalo', 'Hemedti→mohamed-hamdan-dagalo']);
    assert.deepEqual(idsOf('The AU Support and Stabilization Mission in Somalia, known as AUSSOM, needs money. AUSSOM said so.'),
      ['AU Support and Stabilization Mission in Somalia→au-support-and-stabilization-mission-in-somalia',
        'AUSSOM→au-support-and-stabilization-mission-in-somalia', 'AUSSOM→au-support-and-stabilization-mission-in-somalia']);
  });

  it('keeps an initial after a title, and a name the lexicon knows whole through its "of the"', () => {
    assert.deepEqual(namesOf('External Affairs Minister S. Jaishankar and Chairman N. Chandrasekaran spoke. Italy play in Serie A. Milan won.'),
      ['S. Jaishankar/person', 'N. Chandrasekaran/person', 'Italy/place', 'Serie A/misc', 'Milan/place']);
    assert.deepEqual(namesOf('He joined Friends of the Earth in May.'), ['Friends of the Earth/organization']);
  });

  it('leaves a sentence\'s opening word and its "of the" before a place out, and ideologies and laureates unlabelled', () => {
    assert.deepEqual(namesOf('Head of the Kyiv military administration Tymur Tkachenko said so.'), ['Kyiv/place', 'Tymur Tkachenko/person']);
    assert.deepEqual(namesOf('Security forces killed 12 Maoist insurgents, the government led by Nobel laureate Muhammad Yunus said.'),
      ['Muhammad Yunus/person']);
  });

  it('keeps the number of a union local, a district or a US station in its name', () => {
    assert.deepEqual(namesOf('Members of SEIU Local 1199 marched, WCCO 4 News covered it and they told KARE 11 about Region 2.'),
      ['SEIU Local 1199/organization', 'WCCO 4 News/organization', 'KARE 11/organization', 'Region 2/place']);
    assert.deepEqual(namesOf('She told KSMN 6. Teachers will send work home.'), ['KSMN 6/organization']);
  });

  it('reads a county before a title as the county, and a release\'s contact headings and wire credit as what they are', () => {
    assert.deepEqual(namesOf('Cook County Commissioner Bill Lowry objected.'), ['Cook County/place', 'Bill Lowry/person']);
    assert.deepEqual(namesOf('CHARLOTTE, N.C., Nov. 17, 2026 /PRNewswire/ -- Duke Energy announced plans.\n\nMedia Contact:\nJeff Brooks')
      .filter((m) => !m.startsWith('CHARLOTTE') && !m.startsWith('N.C.')), ['PRNewswire/organization', 'Duke Energy/organization', 'Jeff Brooks/person']);
  });

  it('reads a job title of a title word and a role noun, and a body\'s name through "for" and a title word', () => {
    assert.deepEqual(namesOf('Huw Pill, Chief Economist, Bank of England, said so.'), ['Huw Pill/person', 'Bank of England/organization']);
    assert.deepEqual(namesOf('He spoke at the Brennan Center for Justice on Tuesday.'), ['Brennan Center for Justice/organization']);
    assert.deepEqual(namesOf('The Office for the Coordination of Humanitarian Affairs said so.'), ['Office for the Coordination of Humanitarian Affairs/organization']);
  });

  it('reads constituencies, Indian honorifics, middle initials, statistics and paper numbers', () => {
    assert.deepEqual(namesOf('"Rents are high," the Dublin Central TD said, and Bengaluru South MP Tejasvi Surya agreed.'),
      ['Dublin Central/place', 'Bengaluru South/place', 'Tejasvi Surya/person']);
    assert.deepEqual(idsOf('Shri Narendra Modi spoke.'), ['Narendra Modi→narendra-modi']);
    assert.deepEqual(namesOf('By Maria Sacchetti and Arelis R. Hernández'), ['Maria Sacchetti/person', 'Arelis R. Hernández/person']);
    assert.deepEqual(namesOf('Oral evidence, HC 412: UK CPI inflation rose, Catie Edmondson wrote for The Times.'),
      ['UK/place', 'Catie Edmondson/person', 'The Times/organization']);
  });

  it('keeps "the Fed" the Federal Reserve beside a regional Fed, and a surname shared with a company a surname', () => {
    assert.deepEqual(idsOf('The Federal Reserve held rates. Beth Hammack, president of the Cleveland Fed, dissented. Two former Fed economists spoke.'),
      ['Federal Reserve→federal-reserve', 'Beth Hammack→beth-hammack', 'Cleveland Fed→cleveland-fed', 'Fed→federal-reserve']);
    assert.deepEqual(idsOf('Hiroshi Takeda of JICA spoke. Mr Takeda said so.'), ['Hiroshi Takeda→hiroshi-takeda', 'JICA→jica', 'Takeda→hiroshi-takeda']);
  });

  it('reads Spanish and Portuguese party names, full time in sports copy, and more places and groups', () => {
    assert.deepEqual(namesOf('Unión por la Patria and Movimiento Ciudadano lost to La Libertad Avanza.'),
      ['Unión por la Patria/organization', 'Movimiento Ciudadano/organization', 'La Libertad Avanza/organization']);
    assert.deepEqual(namesOf('FT: Arsenal 2-1 Tottenham'), ['Arsenal/organization', 'Tottenham/organization']);
    assert.deepEqual(idsOf('Troops fired across the Line of Control. The al-Qaida-linked group JNIM fought near Joburg.'),
      ['Line of Control→line-of-control', 'al-Qaida→al-qaeda', 'JNIM→jnim', 'Joburg→johannesburg']);
  });

  it('reads every item of a line-up without its formation as a player', () => {
    const report = [
      'Arsenal beat Tottenham 2-1 in the Premier League on Sunday. The striker scored twice before half-time and the midfielder added a third after the equaliser.',
      '',
      'Tottenham: Vicario, Porro, Romero, Van de Ven, Udogie, Bentancur (Bissouma 66), Palhinha, Kudus, Simons (Odobert 78), Johnson.',
    ].join('\n');
    const players = recognizeWorkspace([{ id: 'a.txt', text: report }]).mentions('a.txt').filter((m) => m.start > report.indexOf('Vicario') - 1 && m.kind === 'entity');
    assert.deepEqual(players.map((m) => `${m.text}/${m.type}`), ['Vicario', 'Porro', 'Romero', 'Van de Ven', 'Udogie', 'Bentancur', 'Bissouma', 'Palhinha', 'Kudus', 'Simons', 'Odobert', 'Johnson']
      .map((name) => `${name}/person`));
  });

  it('keeps the number of rockets and project stages, a surname that is a title word before post-nominals, and US mastheads', () => {
    assert.deepEqual(namesOf('The Ariane 6 rocket flew, Orsted built Hornsea 4 and Enbridge runs Line 5.'),
      ['Ariane 6/misc', 'Orsted/organization', 'Hornsea 4/misc', 'Enbridge/organization', 'Line 5/misc']);
    assert.deepEqual(namesOf('Judge Nicholas Dean KC said the sentence was fair.'), ['Nicholas Dean/person']);
    assert.deepEqual(namesOf('The Austin American-Statesman reported it.'), ['The Austin American-Statesman/organization']);
  });

  it('leaves a job after its outlet, a US Code citation and a company\'s family name alone as what they are', () => {
    assert.deepEqual(namesOf('By Mary Gilbert, CNN Meteorologist'), ['Mary Gilbert/person', 'CNN/organization']);
    assert.deepEqual(namesOf('He cited 18 U.S.C. § 1343 and Title IX.'), ['Title IX/misc']);
    assert.deepEqual(namesOf('Tata Sons Chairman N. Chandrasekaran said so.'), ['Tata Sons/organization', 'N. Chandrasekaran/person']);
  });

  it('links a company\'s first word alone to the company the source names in full', () => {
    assert.deepEqual(idsOf('Rio Tinto said shipments rose. Rio also cut costs. Deutsche Bank fell; Deutsche said so. StanChart rose.'),
      ['Rio Tinto→rio-tinto', 'Rio→rio-tinto', 'Deutsche Bank→deutsche-bank', 'Deutsche→deutsche-bank', 'StanChart→standard-chartered']);
    // Not a first word the lexicon knows by itself, nor a generic head.
    assert.deepEqual(idsOf('The Washington Post reported that Washington would act.'), ['The Washington Post→washington-post', 'Washington→washington']);
  });

  it('keeps a quoted nickname inside a name the lists lack, and a regional Fed before a title', () => {
    assert.deepEqual(idsOf('Mayor Zohaib "Zo" Qadri spoke. Qadri said so.'), ['Zohaib "Zo" Qadri→zohaib-qadri', 'Qadri→zohaib-qadri']);
    assert.deepEqual(namesOf('He said Kansas City Fed President Jeffrey Schmid agreed.'), ['Kansas City Fed/organization', 'Jeffrey Schmid/person']);
  });

  it('knows more projects, rockets and spacecraft as named things', () => {
    assert.deepEqual(namesOf('EDF is building Sizewell C; Blue Origin launched New Glenn and Orsted paused Revolution Wind.'),
      ['EDF/organization', 'Sizewell C/misc', 'Blue Origin/organization', 'New Glenn/misc', 'Orsted/organization', 'Revolution Wind/misc']);
  });

  it('leaves a gallery caption with its credit and a share widget\'s heading unlabelled', () => {
    assert.deepEqual(namesOf('Image 1 of 12: The capsule floats in the Pacific after splashdown. (Image credit: NASA/Bill Ingalls)\n\nSharelines from this story\n\nNASA said so.'),
      ['NASA/organization']);
  });

  it('leaves topic and disclaimer lines and India\'s "Union government" unlabelled, and knows the MYEFO', () => {
    assert.deepEqual(namesOf('The Mid-Year Economic and Fiscal Outlook is due after the Union government released funds.\n\nTopic: Federal Government, Australia, Housing\n\nDisclaimer: News24 encourages free speech.'),
      ['Mid-Year Economic and Fiscal Outlook/misc']);
  });

  it('reads a name the lexicon knows whole through a small lower-case word, and hydro utilities as bodies', () => {
    assert.deepEqual(namesOf('The government revised its Help to Buy scheme.'), ['Help to Buy/misc']);
    assert.deepEqual(namesOf('Newfoundland and Labrador Hydro and BC Hydro said power was back.'),
      ['Newfoundland and Labrador Hydro/organization', 'BC Hydro/organization']);
  });

  it('reads a numbered street with its ordinal', () => {
    assert.deepEqual(namesOf('He was held near 59th Avenue and West 42nd Street on the 3rd floor.'), ['59th Avenue/place', 'West 42nd Street/place']);
  });

  it('knows more parties, clubs and agencies of Africa, the Middle East and the European Parliament, and reads a body through "of the" and a title word', () => {
    assert.deepEqual(idsOf('The fine, imposed by the Office of the Comptroller of the Currency, was small. The OCC said so.'),
      ['Office of the Comptroller of the Currency→office-of-the-comptroller-of-the-currency', 'OCC→office-of-the-comptroller-of-the-currency']);
    assert.deepEqual(namesOf('Al Ahly beat Zamalek, the All Progressives Congress won and Patriots for Europe voted with the Socialists and Democrats.'),
      ['Al Ahly/organization', 'Zamalek/organization', 'All Progressives Congress/organization', 'Patriots for Europe/organization', 'Socialists and Democrats/organization']);
    assert.deepEqual(namesOf('Trains left Gare du Nord.\n\nFirefighters at the site. (Kharkiv Oblast Military Administration / Telegram)\n\nThis article is part of POLITICO Pro'),
      ['Gare du Nord/place']);
  });

  it('links an Arabic name\'s own first name before the father\'s name, and reads chambers and advisers in titles', () => {
    assert.deepEqual(idsOf('Sheikh Mohamed bin Zayed met Sheikh Hamdan bin Mohammed. Sheikh Mohamed said so; bin Zayed agreed.').filter((m) => !m.startsWith('Hamdan')),
      ['Mohamed bin Zayed→mohamed-bin-zayed', 'Mohamed→mohamed-bin-zayed', 'Zayed→mohamed-bin-zayed']);
    assert.deepEqual(namesOf('Deputy Senate President Barau Jibrin said so, and National Security Adviser Nuhu Ribadu agreed.'),
      ['Senate/organization', 'Barau Jibrin/person', 'Nuhu Ribadu/person']);
  });
});
