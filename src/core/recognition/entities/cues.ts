// Closed word classes that decide where a name starts and ends and what kind of thing it is. They are
// grammar of news English (titles, organisation and place head nouns), not names of particular
// things: names come from the generated lexicons and from the workspace itself.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Honorifics that belong to the name span ("Sir Keir Starmer") but not to its identity. */
export const NAME_HONORIFICS = words(`Sir Dame Lord Lady Baroness Baron`);

/** Courtesy titles: dropped from the span, strong evidence of a person. */
export const COURTESY_TITLES = words(`Mr Mrs Ms Miss Mx Dr Prof Professor Rev Reverend Revd Fr Mme Mlle Herr Frau Sr Sra Messrs Atty
  Sayyid Highness Majesty Excellency Hon Rt Shri Smt Shrimati Thiru Tmt`);

/**
 * Job and rank titles, dropped from the span when they precede a name ("Prime Minister Keir
 * Starmer" → "Keir Starmer"). A run of these words with a core title is a title, not a name.
 */
export const CORE_TITLES = words(`
  President PM Minister Chancellor Secretary Senator Sen Governor Gov Mayor Premier Chairman Chairwoman
  Chairperson Chair Commissioner Ambassador Envoy Spokesman Spokeswoman Spokesperson General Gen
  Admiral Adm Colonel Col Captain Capt Lieutenant Lt Sergeant Sgt Commander Cmdr Major Maj Marshal
  Brigadier Corporal Private Judge Justice Representative Rep Congressman Congresswoman Councillor
  Councilor Councilman Councilwoman Cllr Coun Justices Senators Judges Director Leader Speaker CEO CFO COO CTO CIO CMO Chief Founder Coach Manager Officer
  Inspector Superintendent Detective Constable Pope Cardinal Archbishop Bishop Rabbi Imam Sheikh
  Ayatollah Emir Sultan Chancellor Attorney Prosecutor Deputy Vice Treasurer Dean Provost Rector
  Midfielder Striker Defender Goalkeeper Forward Substitute Winger Keeper Skipper Quarterback Pitcher Rookie
  Actor Actress Singer Rapper Author Chef Pastor
  MP MEP MSP MLA MLC TD DA Minster Secretary-General Vice-President Vice-Chancellor Director-General Commissioner-General
  Attorney-General Governor-General Auditor-General Surgeon-General Solicitor-General Inspector-General Advocate-General Registrar-General
  Sheriff Referee Supervisor Ranger Trooper Warden Alderman Councilmember Assemblymember Assemblyman Adviser Advisor
  Assemblywoman Selectman Magistrate Coroner Comptroller Auditor Chaplain Umpire Skipper Solicitor
  Barrister Advocate DSU PC PCSO Administrator Reps Sens Govs REP REPS SEN SENS GOV Member Taoiseach Tánaiste Tanaiste Co-founder Co-star Co-chair Co-chairman Co-host Co-author Co-director Co-owner
`);

/** Words that only modify a following title ("Foreign Minister", "Prime Minister", "Deputy Leader"). */
export const TITLE_MODIFIERS = words(`
  Prime Foreign Defence Defense Home Interior Finance Health Education Justice Trade Economy Energy
  Environment Culture Transport Labour Labor Foreign Affairs Development Security Culture Digital
  Deputy Vice Acting Former Ex Chief Executive Senior Junior Assistant Associate First Second
  Shadow Opposition Interim Co Lord Grand Supreme Lead Head Principal Managing Federal State
  Regional National Special Presidential Executive Party Majority Minority Top Crown District Circuit
  Magistrate Bankruptcy Appeals Appellate
  Natural Resources Industry Infrastructure Housing Agriculture Fisheries Immigration Veterans Logistics
  Communications Technology Innovation Tourism Sport Sports Welfare Works Mines Petroleum Heritage Youth
  Climate Treasury Agriculture Employment Planning Citizenship Multiculturalism Procurement
`);

/** Prepositions/cues after which a bare name tends to be a place. */
export const PLACE_PREPOSITIONS = words(`in at near from to into across outside inside throughout around towards toward via between off`);

/** Verbs of saying after a name: a person or an organisation is speaking. */
export const SPEECH_VERBS = words(`
  said says told added insisted argued warned stressed noted claimed explained wrote tweeted posted
  announced confirmed denied admitted urged replied responded acknowledged recalled described suggested
  believes thinks wants asked
`);

/** Last word of an organisation name. */
export const ORG_HEADS = words(`
  Inc Ltd Llc LLC LLP Plc PLC Corp Corporation Inc. Ltd. Corp. Co. Cos. Cos Bros. Plc. Co Company Companies Group Holdings Bank Banks Ministry
  Management Ltda Ltda. SA S.A. AG GmbH NV SE SpA Infirmary Hospice Healthcare Hydro
  Department Dept Council Councils University College Institute Institution Party Agency Court
  Committee Commission Association Union Federation Force Forces Army Navy Corps Police Guard
  Guards Brigade Battalion Regiment Division Fleet Service Services Office Authority Board Bureau
  Foundation Trust Fund Society Club FC United City Rovers Wanderers Athletic Academy School Schools
  Hospital Hospitals Clinic Church Assembly Survey Parliament Congress Senate Cabinet Government Administration
  Organization Organisation Alliance Coalition League Network Networks Media News Times Post Journal
  Herald Tribune Gazette Wire Ledger Blog Magazine Digest Insider Newswire Courier Register Bulletin
  Inquirer Examiner Sentinel Dispatch Telegraph Guardian Observer Chronicle Press Broadcasting Television Radio
  Rail Railway Railways Water Power Mail Airlines Airways Air Motors Technologies Technology Systems Solutions Industries Enterprises
  Partners Capital Investments Securities Insurance Energy Oil Petroleum Gas Pharmaceuticals Labs
  Laboratories Studios Records Entertainment Pictures Publishing Foods Brewery Bancorp Exchange
  Reserve Treasury Secretariat Directorate Inspectorate Tribunal Chamber Chambers Caucus Movement Legislature Legislatures
  Front Brotherhood Taliban Hamas Hezbollah Council Commission Cooperative Consortium Conglomerate
  Unit Team Squad Office Observatory Command Nations Initiative Program Programme Panel
  Mission Delegation Regime Junta Kremlin Pentagon Commons Lords Institute Conservatives Democrats
  Republicans Labour Greens Liberals Socialists Communists
  Shipping Logistics Freight Lines Mining Resources Brands Retail Stores Pharma Therapeutics
  Biosciences Biotech Semiconductor Semiconductors Electronics Telecom Telecoms Telecommunications
  Communications Aerospace Dynamics Robotics Software Ventures Associates Advisors Advisers Realty
  Properties Construction Engineering Steel Chemicals Automotive Healthcare Hospitality Hotels Resorts
  Cruises Utilities Renewables Assurance Financial Payments Trading Cosmetics Apparel Beverages Brewing
  Airline Bancorporation Biologics Microsystems Instruments Devices Materials Minerals Metals
  Orchestra Philharmonic Choir Chorus Ensemble Quartet Ballet Troupe Collective Cartel Syndicate
  Militia Guild Ombudsman Regulator Brothers Wireless Mobile Cellular Broadband Fiber Fibre Trains
  Patrol Constabulary Gendarmerie Coastguard Marshals Laboratory Lab Kaisha
  Liga Nachrichten Zeitung Rundschau Anzeiger Verein Verband KGaA mbH Lig Motor Harriers Hotspur Argyle
`);

/** First word of an organisation name when followed by "of"/"for" ("Ministry of Defence"). */
export const ORG_PREFIX_HEADS = words(`
  Ministry Department University College Bank Institute Council Court Commission Committee Office
  Board Bureau Agency Organisation Organization Federation Union League Association Society Church
  Chamber House Academy School Coalition Alliance Party Front Movement Force Army Navy Corps
  Foundation Fund Trust Conference Assembly Parliament Senate Congress Order Secretariat Directorate
  Division Unit Service Authority Centre Center Federal Royal National International Hospital
`);

/** Last word of a place name. */
export const PLACE_HEADS = words(`
  River Lake Mountains Mountain Mount Hills Hill Valley Sea Ocean Bay Gulf Strait Straits Channel
  Peninsula Desert Island Islands Isles Coast Delta Canyon Falls Glacier Forest Plain Plains Plateau
  Basin Reef Street St Avenue Ave Road Rd Boulevard Blvd Lane Square Place Bridge Tunnel Highway Motorway
  Way Drive Terrace Crescent Parkway Trail Row Grove Walk Alley Expressway Freeway Turnpike Causeway
  Embankment Promenade Creek Springs Ridge Canyon Mesa Butte Pass Crater Vallis Planitia Mons Chasma Volcano
  Palace Castle Cathedral Abbey Tower Towers Temple Mosque Synagogue Stadium Arena Park Gardens Garden
  Airport Station Harbour Harbor Port Province County Parish Region District Oblast Krai Prefecture
  Territory Territories State Municipality Borough Township Village Town City Quarter Heights Beach
  Cape Zone Strip Crossing Circle Centre Center Arena Hotel Prison Museum Gallery Library Theatre
  Theater Opera Market Pier Quay Wharf Terminal Dock Docks Shipyard Marina Lighthouse Field Fields
  Coastline Shore Sound Fjord Firth Loch Lough Estuary Waters Wood Woods Moor Heath Common Green Pass Square Plaza Mall Building Hall Memorial Monument Base Airbase
  Canal Corridor Republic Kingdom Emirates Oblast Governorate Prefecture Shire Head Point Ness Bight
  Shoal Shoals Atoll Cay Cays Sandbank Archipelago Mile Arms Inn Tavern Vale Dale Glen Room
  Ballroom Odeon Grandstand Wing Concourse Auditorium Amphitheatre Amphitheater Coliseum Colosseum
  Pavilion Racecourse Raceway Speedway Velodrome Oval Casino Cemetery Chapel Basilica Shrine Convent
  Monastery Priory Manor Campus Refinery Reservoir Barracks
  Gorge Gully Range Ranges Lagoon Cove Swamp Dunes Rapids Cliffs Escarpment Wetlands Headland Fork Forks Mansion
  Caddesi Sokak Sokağı Bulvarı Meydanı Mahallesi Apartmanı
`);

/** First word of a place name ("Lake Geneva", "Mount Everest", "Gulf of Aden"). */
export const PLACE_PREFIX_HEADS = words(`River Lake Mount Mt Gulf Bay Cape Isle Isles Port Fort Strait Sea Republic Kingdom Sultanate Emirate Commonwealth Principality Duchy Grand County Co Loch Lough
  Café Cafe Caffè Hotel Hôtel Restaurant Ristorante Trattoria Bistro Brasserie Taverna Pizzeria Parque Praça Plaza Piazza Rua Calle Avenida`);

/** Last word of a named document, event, law or product family (misc). */
export const MISC_HEADS = words(`
  Declaration Treaty Accord Accords Agreement Pact Convention Protocol Charter Act Bill Law Laws
  Amendment Directive Regulation Regulations Rules Guidelines Resolution Doctrine Plan Initiative Cup Games Olympics Olympiad
  Championship Championships Tournament Open Grand Prix Series Trophy Prize Award Awards Festival
  Fair Expo Summit Conference Forum Talks War Wars Revolution Uprising Crisis Spring Massacre
  Offensive Operation Day Week Link Interconnector Pipeline Cable Project Fire Wildfire Blaze Grant
  Allowance Subsidy Statement Spending Budget Inquiry Index Composite Average Facility List Dam Month Year Marathon Derby Classic Show Strategy Framework Report
  Budget Manifesto Communique Communiqué Memorandum Statement Programme Index Scheme Deal Compact
  Rules Code Constitution Bible Koran Quran Torah Gospel Christmas Easter Ramadan Eid Diwali Hanukkah
  Thanksgiving Halloween Brexit Honors Honours Medal Tour Test Telescope Spacecraft Rover Lander Probe
  Pokal División Policy Premiership Bundesliga Eredivisie Serie
`);

/** First word of a misc name ("Operation Sea Guardian", "Battle of Britain"). */
export const MISC_PREFIX_HEADS = words(`Operation Battle Treaty Declaration Siege Festival Project Exercise Article Storm Hurricane Typhoon Cyclone Model
  HMS HMAS HMCS HMNZS USS USNS INS BRP MV RV RMS Superstorm`);

/** Joiners allowed inside a name between capitalised words. */
export const INNER_CONNECTORS = words(`of for on de du des da do dos das di del della van von der den ter le la les al el bin ibn bint y und ap por para`);

/** Words that may follow "of"/"for" before the next capitalised word ("Coalition of the Willing"). */
export const CONNECTOR_ARTICLES = words(`the`);

/** Lower-case particles that start a surname ("van der Leyen", "de Gaulle", "al-Assad"). */
export const NAME_PARTICLES = words(`von van der den de da di del della du le la al el bin ibn ter ten ap`);

/** Month and weekday names: dates, not entities. */
export const CALENDAR_WORDS = words(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
`);

/**
 * Capitalised words that are never an entity on their own however they are capitalised: function
 * words, sentence adverbs, pronouns and page furniture of news sites.
 */
export const FUNCTION_WORDS = words(`
  A An The This That These Those There Here Then Than Thus Hence So Such Some Any All Both Each
  Every Either Neither No Not None Nor Or And But Yet If When While Whilst Where Whereas Whether Why
  How What Which Who Whom Whose Because Since As After Before Until Unless Although Though Even Also
  However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Indeed Still Otherwise
  Therefore Overall Finally Later Earlier Today Tonight Yesterday Tomorrow Now Once Again Last Next
  Former Outgoing Incoming Acting Late Then
  I We You He She It They Me Us Him Her Them My Our Your His Its Their Mine Ours Yours Hers Theirs
  In On At By For From Of To With Without Within Into Onto Over Under About Above Below Across
  Against Along Among Around Between Beyond During Despite Except Inside Outside Through Throughout
  Toward Towards Upon Via Per Following According Amid Amidst Regarding Including Unlike Like
  Mr Mrs Ms Dr Madam Dear Yes Yeah Yep Nope Oh Ah Um Uh Erm Hmm Ok Okay Please Thanks Thank
  Did Does Do Is Are Was Were Has Have Had Should Could Would Shall Must Might
`);

/** Page furniture and number words: never a name alone, but may end one ("Atlantic Live"). */
export const FURNITURE_WORDS = words(`
  One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen
  Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds
  Thousand Thousands Million Millions Billion Billions Trillion Dozen Dozens Half Quarter Several Many
  Few Most Much Other Another Others First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth
  GW MW KW kW GWh MWh TWh kWh km Km KM mph kph MPH bn Bn BN mn tn pc
  Photo Photos Image Images Picture Pictures Video Videos Audio Caption Credit Credits Source Sources
  Editor Editors Editorial Author Authors Reporter Reporting Writer Writers Admin Staff Contributor
  Share Shares Tweet Email Print Comment Comments Reply Replies Subscribe Subscription Newsletter
  Advertisement Advertising Sponsored Promoted Related Read More Most Popular Trending Latest Top
  Stories Story Menu Home Search Login Log Sign Register Account Profile Settings Privacy Policy
  Terms Cookie Cookies Copyright Rights Reserved Contact About Careers Help FAQ Sitemap Archive
  Archives Members Tags Tag Topics Topic Category Categories Section Sections Page Pages Next Previous Prev
  Back Continue Click Tap Watch Listen Follow Like Translate Published Updated Posted Modified
  Leave Required Fields Marked Name Website Submit Cancel Close Open Show Hide Loading Skip Content
  Breaking Newsflash Live Update Updates Exclusive Analysis Opinion Explainer Feature Features Review Reviews
  Weather Sport Sports Business Politics Entertainment Lifestyle Culture Travel Tech Science Health
  World Local National International Economy Markets Money Video Podcast Podcasts Newsletters
  Advertise Download Downloads App Apps Facebook-share Whatsapp-share View Views
  Mon Tue Wed Thu Fri Sat Sun Am Pm AM PM GMT BST UTC CET EST EDT PST PDT
  Yea Yeas Nay Nays Aye Ayes
`);

/**
 * Capitalised common nouns of some beats that name no entity on their own: grape varieties and
 * wine terms, crypto-assets (currencies, like the dollar).
 */
export const CAPITALISED_COMMON_NOUNS = words(`
  Merlot Cabernet Sauvignon Sémillon Semillon Chardonnay Pinot Syrah Shiraz Malbec Grenache Riesling Tempranillo
  Sangiovese Nebbiolo Zinfandel Viognier Gamay Carménère Carmenere Mourvèdre Chenin Prosecco Cru Crus Clos
  Bitcoin Bitcoins BTC ETH USDT USDC SOL XRP DOGE BNB TVL NFT NFTs Stablecoin Stablecoins Blockchain
`);

export const NEVER_ALONE: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...FURNITURE_WORDS, ...CAPITALISED_COMMON_NOUNS]);

/** Suffixes of "X-based", "US-led": the left part is the name, the suffix is context. */
export const HYPHEN_CONTEXT_SUFFIXES = words(`
  based led backed born owned run made style era type class like designed supplied funded brokered linked bound wide born-and-bred
  controlled occupied held allied aligned sponsored registered listed headquartered flagged built
  educated trained raised inspired friendly centric language speaking
  directed produced appointed nominated written penned helmed coached authored fronted founded
`);

/** "Chu-directed", "Trump-appointed": what only a person does. */
export const PERSON_HYPHEN_SUFFIXES = words(`directed produced appointed nominated written penned helmed coached authored fronted`);

/** "X-based", "X-born", "X-headquartered": X is a place. */
export const PLACE_HYPHEN_SUFFIXES = words(`based born headquartered flagged registered educated raised bound occupied`);

/** Compass words: "North Atlantic", "South China Sea", "West Bank" read as places. */
export const COMPASS_WORDS = words(`North South East West Northern Southern Eastern Western Central Upper Lower Greater Outer Inner Mid Northeast Northwest Southeast Southwest Old New Little`);

/** Head words of names in other languages, first in the name ("Centro Cultural de Belém"). */
export const FOREIGN_PLACE_PREFIXES = words(`
  Gare Centro Museo Museu Musée Palácio Palacio Palazzo Palais Praça Plaza Piazza Place Platz Rua Avenida
  Calle Via Viale Rue Strasse Straße Castelo Castillo Castello Château Torre Tour Puerto Ponte Puente
  Rodovia Carretera Autopista Autoroute Esplanada Explanada Largo Paseo Passeig Parque Jardim Jardín
  Rio Río Lago Monte Isla Ilha Île Isola Sierra Serra Costa Cabo Bahía Baía Golfo Estação Estación
  San Santa Santo São Los Las El Fort Port
  Aeroporto Aeropuerto Aéroport Flughafen Basilica Basílica Catedral Cattedrale Igreja Iglesia Chiesa
  Vega Vegas Valle Ribera Campiña Rambla Región Comunidad Provincia Teatro Parco Stazione Stade Stadio Estadio Estádio Stadion
`);
export const FOREIGN_ORG_PREFIXES = words(`
  Banco Banca Banque Universidade Universidad Università Université Universität Instituto Istituto
  Institut Ministério Ministerio Ministère Ministerium Partido Partito Parti Partei Grupo Gruppo Groupe
  Gruppe Fundação Fundación Fondazione Fondation Stiftung Compañía Companhia Sociedade Sociedad Società
  Société Gesellschaft Agência Agencia Agenzia Agence Consejo Conselho Conseil Consiglio Tribunal Corte
  Cour Gericht Assemblée Asamblea Assembleia Câmara Cámara Camera Comisión Comissão Commissione Comité
  Comitato Confederación Confederação Confederazione Federación Federação Associação Asociación
  Associazione Servicio Serviço Servizio Polícia Policía Polizia Guardia Armada Ejército Exército
  Real Atlético Atletico Borussia Olympique Sporting Dynamo Dinamo Spartak Lokomotiv Inter
  Secretaría Secretaria Secretariat Médicos Medicos Hospital Hôpital Ospedale Empresa Compagnie Nippon Borsa Bolsa
  Defensoría Contraloría Procuraduría Fiscalía Registraduría Superintendencia Cancillería Gobernación Alcaldía Prefeitura Movimiento Movimento Mouvement Frente Alianza Aliança Coalición Bloque
`);

/** Lower-case words after a name that make it a named project, event or document ("Empire Wind farm"). */
export const MISC_AFTER_WORDS = words(`project projects programme program farm scheme initiative pipeline treaty agreement accord summit conference festival tournament championship operation mission plan strategy act bill law report doctrine deal pact declaration`);

/** Lower-case head nouns that complete a name when the text names an institution that way. */
export const LOWER_HEADS: ReadonlyMap<string, 'organization' | 'place' | 'misc'> = new Map<string, 'organization' | 'place' | 'misc'>([
  ['hospital', 'organization'], ['university', 'organization'], ['clinic', 'organization'],
  // After a place only ("the Paris agreement", "the Kyoto protocol", "the Minsk accords"); "fire"
  // after anything else ("the Cinder Pass fire").
  ['agreement', 'misc'], ['fire', 'misc'], ['accord', 'misc'], ['accords', 'misc'], ['protocol', 'misc'], ['treaty', 'misc'], ['declaration', 'misc'],
  ['airport', 'place'], ['museum', 'place'], ['cathedral', 'place'], ['stadium', 'place'], ['bridge', 'place'],
  ['river', 'place'], ['station', 'place'], ['prison', 'place'], ['palace', 'place'], ['square', 'place'],
  ['harbour', 'place'], ['harbor', 'place'], ['castle', 'place'], ['park', 'place'], ['arena', 'place'],
  // "Brent crude", "WTI crude": an oil benchmark.
  ['crude', 'misc'],
]);

/** Two-word lower-case heads ("Belém cultural centre"). */
export const LOWER_HEAD_PAIRS: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ['cultural centre', 'place'], ['cultural center', 'place'], ['conference centre', 'place'], ['conference center', 'place'],
  ['congress centre', 'place'], ['convention centre', 'place'], ['convention center', 'place'], ['exhibition centre', 'place'],
  ['city hall', 'place'], ['town hall', 'place'], ['concert hall', 'place'], ['football club', 'organization'],
  ['police station', 'place'], ['power station', 'place'], ['naval base', 'place'], ['air base', 'place'],
  ['news agency', 'organization'],
]);

/** Words that end a publication's name: a leading "The" belongs to it ("The Harbour Blog"). */
export const PUBLICATION_HEADS = words(`
  Times Post Journal Review Blog Guardian Observer Telegraph Herald Independent Economist Spectator
  Atlantic Tribune Gazette Chronicle Standard Mirror Sun Star Express Globe Mail News Ledger Register
  Courier Bulletin Record Inquirer Examiner Monitor Report Daily Weekly Magazine Quarterly Hill
  Statesman American-Statesman Journal-Constitution Post-Dispatch Star-Tribune Star-Telegram Post-Gazette Democrat-Gazette
  Times-Picayune Sun-Times Union-Tribune Press-Enterprise Sun-Sentinel Times-Dispatch Plain Dealer
`);

/** Appositive nouns after ", the …": what the preceding name is. */
export const APPOSITIVE_ORG_NOUNS = words(`
  operator company firm group agency regulator utility giant maker manufacturer producer bank insurer
  lender broadcaster newspaper paper outlet carrier airline party union charity organisation
  organization authority body watchdog council institute university club team developer supplier
  network operator conglomerate startup start-up retailer chain brand platform publisher parliament
  legislature assembly senate government cabinet ministry army military police navy regulator
  drugmaker chipmaker carmaker automaker shipbuilder miner refiner shipper brewer distiller grocer
  supermarket lender insurer telecoms telco exporter importer provider contractor consultancy
  fund charity nonprofit non-profit foundation think-tank side tabloid broadsheet daily imprint label studio distributor
  weekly magazine website publication channel league federation association business
  manufacturer subsidiary`);

/** Appositive nouns that make the name a work or a product (misc): ", a novel", ", its new chip". */
export const APPOSITIVE_MISC_NOUNS = words(`
  novel film movie book memoir series show sitcom drama documentary album song single play musical
  podcast game videogame app drug vaccine treatment pill chip processor smartphone phone handset
  headset laptop device model platform satellite rocket aircraft jet airliner vessel ship
`);

/** Nouns before a title that make it a work: "the show Line of Duty", "his novel X". */
export const WORK_LEAD_NOUNS = words(`show series film movie novel book memoir album song documentary podcast drama sitcom musical play programme serial thriller`);

/** Verbs right before a title that make it a work or product: "Netflix released Stranger Things", "she penned Fleabag" (not "wrote": "…," wrote Jones). */
export const RELEASE_VERBS = words(`released launched unveiled premiered aired debuted streamed hosts hosted presents presented co-wrote penned authored composed`);

/** Verbs before "in X" that make X a work: "starred in Slow Horses". */
export const WORK_IN_VERBS = words(`starred appeared featured cast starring appearing`);

/** Product nouns after a name: "the company's Rubin platform", "its Pixel phones". */
export const PRODUCT_AFTER_WORDS = words(`
  chip chips processor processors chipset platform platforms smartphone smartphones phone phones
  handset handsets headset headsets laptop laptops tablet tablets console consoles app apps drug drugs
  vaccine vaccines pill pills model models system systems software accelerator accelerators GPU GPUs
  device devices lineup range car cars truck trucks jet jets aircraft rocket rockets satellite satellites
  engine engines architecture
`);

/** Weapons and military craft named by their system: "Taurus missiles", "an AWACS aircraft", "Leopard tanks", "Patriot batteries". */
export const WEAPON_AFTER_WORDS = words(`
  missile missiles drone drones tank tanks helicopter helicopters fighter fighters bomber bombers jet jets aircraft
  howitzer howitzers launcher launchers battery batteries interceptor interceptors warplane warplanes
`);

/** Nouns right before a product's name: "the vaccine Qdenga", "the game Fortnite", "its app Threads". */
export const PRODUCT_LEAD_NOUNS = words(`
  vaccine drug jab pill medicine treatment therapy app game videogame browser chatbot software phone
  smartphone handset console chip processor satellite rocket aircraft jet car model device headset
  telescope spacecraft probe lander rover orbiter capsule payload spectrograph
  ship vessel trawler tanker freighter ferry yacht destroyer frigate submarine warship
  malware ransomware trojan backdoor missile helicopter drone airliner benchmark
`);

/** The kind of body right before its name: "the insurer Aviva", "the journal Nature", "the club Al-Merrikh". */
export const ORG_KIND_LEAD_NOUNS = words(`
  company firm insurer lender bank airline retailer supermarket grocer broadcaster newspaper tabloid
  magazine journal publisher outlet agency regulator watchdog union charity club startup consultancy
  conglomerate manufacturer supplier utility brewer distiller miner exchange militia party think-tank
  nonprofit non-profit carrier operator carmaker automaker chipmaker drugmaker steelmaker planemaker
  shipbuilder toymaker truckmaker tyremaker tiremaker
`);

/** Market indexes named alone ("the DAX fell", "the Dow closed up"). */
export const INDEX_NAMES = words(`FTSE DAX CAC Dow Nikkei Stoxx STOXX Ibovespa Bovespa Sensex Nifty KOSPI Kospi IBEX Hang Seng Merval IPC TOPIX Topix`);

/** Words that make a "League" a competition rather than a body ("Premier League", not "Arab League"). */
export const COMPETITION_LEAGUE_WORDS = words(`
  Premier Champions Europa Conference Nations Super Football Soccer Basketball Hockey Rugby Cricket
  Baseball Major Minor Ivy Indian English Scottish Welsh Irish American National Women's Super
`);

/** Verbs of a share price after a company's name: "Broadcom added 1.1%". */
export const MARKET_MOVE_VERBS = words(`rose fell added gained slipped dropped jumped climbed declined tumbled surged plunged sank soared advanced rallied edged lost shed slid eased rebounded`);

/** "funded by X", "acquired by X": the agent is usually a body. */
export const ORG_AGENT_PARTICIPLES = words(`funded donated sponsored acquired owned bought backed financed supplied manufactured operated underwritten commissioned`);

/** Sports copy: "his move from Benfica", "signed from Porto": the place word is a club. */
export const TRANSFER_NOUNS = words(`move transfer loan signed joined switch arrived signing`);
export const APPOSITIVE_PERSON_NOUNS = words(`
  minister president leader spokesman spokeswoman spokesperson chief founder director secretary
  chairman chairwoman executive head envoy ambassador mayor governor senator author professor
  economist analyst researcher official commander general adviser advisor
`);
export const APPOSITIVE_PLACE_NOUNS = words(`capital city town village region province port country island state county district municipality`);

/** First words of page-furniture lines: the rest of the line is not article text. */
export const FURNITURE_LINE_STARTS = [
  'photo:', 'photos:', 'photograph:', 'image:', 'picture:', 'pictured:', 'credit:', 'caption:', '©', 'copyright',
  'related', 'read more', 'read also', 'see also', 'more from', 'more stories', 'share this', 'share on', 'share:', 'topic:', 'disclaimer:',
  'follow us', 'sign up', 'subscribe', 'advertisement', 'tags:', 'topics:', 'related topics', 'filed under',
  'you might also like', 'you may also like', 'recommended', 'we use cookies', 'this site uses cookies',
  'all rights reserved', 'terms of use', 'privacy policy', 'leave a reply', 'leave a comment', 'translate',
  'posted in', 'categories:', 'category:', 'comments', 'skip to', 'accept', 'video:', 'watch:', 'watch live', 'listen:',
  'also read', 'explore more', 'get involved:', 'privacy notice:', 'most viewed', 'most read', 'more on this', 'more live',
];

/** Two-word heads whose type differs from their last word's ("Medical Center", "School District"). */
export const COMPOUND_HEADS: ReadonlyMap<string, 'organization' | 'place' | 'misc'> = new Map([
  ['Centre Court', 'place'], ['Center Court', 'place'], ['Royal Box', 'place'],
  ['Medical Center', 'organization'], ['Medical Centre', 'organization'], ['Research Center', 'organization'],
  ['Research Centre', 'organization'], ['Cancer Center', 'organization'], ['Cancer Centre', 'organization'],
  ['Health Center', 'organization'], ['Health Centre', 'organization'], ['Data Center', 'organization'],
  ['Space Center', 'organization'], ['Policy Centre', 'organization'], ['Policy Center', 'organization'],
  ['School District', 'organization'], ['Water District', 'organization'], ['Fire District', 'organization'],
  ['Irrigation District', 'organization'], ['Hospital District', 'organization'], ['Utility District', 'organization'],
  ['Sheriff\'s Office', 'organization'], ['Fire Department', 'organization'], ['Police Department', 'organization'],
  ['Fire Service', 'organization'], ['Press Office', 'organization'], ['City Council', 'organization'],
  ['County Council', 'organization'], ['Town Council', 'organization'], ['City Hall', 'place'], ['Town Hall', 'place'],
  ['Funeral Home', 'organization'], ['Funeral Homes', 'organization'], ['Nursing Home', 'organization'], ['Care Home', 'organization'],
  ['Funeral Services', 'organization'], ['Funeral Directors', 'organization'],
]);

/** Words after a team name in sports copy ("Chelsea manager", "Villa's striker"). */
export const TEAM_AFTER_WORDS = words(`
  manager coach boss striker midfielder defender goalkeeper keeper captain fans supporters squad side
  players winger forward academy chairman owners signing signings loanee debutant
`);

/** Lower-case plural nouns after a list of names that makes them places ("Calaveras and Alpine counties"). */
export const PLURAL_PLACE_NOUNS = words(`counties cities towns villages provinces states regions districts islands rivers countries capitals`);

/** Road words that take a number: "Highway 4", "Route 66", "Interstate 5". */
export const ROAD_WORDS = words(`Highway Route Interstate Motorway Road Junction Exit`);

/** Party and ideology words after a place: "a Texas Republican" is Texas plus a party label. */
export const PARTY_DESCRIPTORS = words(`Republican Republicans Democrat Democrats Conservative Conservatives Liberal Liberals Socialist Socialists Communist Communists`);

/** Leading words of contractions that are never names ("I've", "It's", "Don't"). */
export const CONTRACTION_HEADS = words(`I It We You They He She That There Here What Who Let Don Doesn Didn Can Won Isn Aren Wasn Weren Couldn Wouldn Shouldn Haven Hasn Hadn Ain Y`);

/** Acronyms that are common nouns, not names ("GDP", "CEO", "DNA"). */
export const COMMON_ACRONYMS = words(`
  MVP GDP GNP CPI RPI PPI VAT GST CEO CFO COO CTO CIO CMO CEOs MD PA HR PR IT AI TV PC PCs SUV SUVs EV EVs LNG LPG CO2
  ESG IPO IPOs ETF ETFs DNA RNA HIV AIDS LDL HDL BMI ICU GP GPs IVF PPE USB GPS SIM PIN ATM ID IDs PhD MBA
  KC QC OBE MBE CBE VIP UFO OK FAQ PDF URL API APIs RSS SMS CCTV MRI CT ER A&E FM AM VR AR IoT
  B2B B2C SME SMEs NGO NGOs LGBT LGBTQ BAME AGM CGT IHT ISA ISAs MPs MEPs MSPs TDs AMs DA DAs
  PFAS PFOS PFOA OLED LED LEDs LCD SSD CPU GPU GPUs RAM HDMI PCR MRSA PTSD ADHD ICBM ICBMs
  SSN PAYE APR CAGR EPS EBITDA ROI PMI HGV HGVs UV X-ray X-rays GLP-1 MMR MMRV SUVs OEM OEMs ABS
  WASH RHP DRHP OFS QIB QIBs HNI HNIs NII NIIs KYC GMP BRLM BRLMs TBC TBA AUM NAV YoY QoQ EMI EMIs SIP SIPs SPAC SPACs FDI NPA NPAs CSR
  Q&A ET PT CT GMT BST Isa Isas PCE HICP CPIH
`);

/** Section names that make up run-together page labels ("NewsPolitics"). */
export const SECTION_WORDS = words(`News Politics Sport Sports Business World Local National International Opinion Culture Tech Technology Science Health Travel Lifestyle Entertainment Video Live Home Markets Economy Money`);

/** "Moms for Liberty", "Americans for Prosperity", "Doctors for Extinction Rebellion": people for a cause. */
export const PEOPLE_PLURALS = words(`
  Moms Mums Mothers Fathers Dads Parents Families Doctors Physicians Nurses Lawyers Scientists Veterans Students Women
  Citizens Teachers Engineers Economists Artists Writers Farmers Workers Grandparents Neighbors Neighbours Taxpayers Voters
  Americans Britons Canadians Christians
`);

/** Last words of a law's name ("Representation of the People Bill"). */
export const LAW_HEADS = words(`Act Bill Order Regulations Directive Ordinance`);

/** Car makers whose name before a model names the car ("Toyota Yaris", "Honda N-Box", "Mazda CX-5"). */
export const CAR_MAKERS = words(`
  Toyota Honda Nissan Mazda Suzuki Subaru Mitsubishi Lexus Hyundai Kia Ford Chevrolet Chevy Tesla BMW Audi Mercedes
  Volkswagen VW Porsche Renault Peugeot Citroën Fiat Volvo Skoda Škoda SEAT Jeep Dodge Land Jaguar BYD Geely Rivian
`);

/** Place heads that are common surnames: after a given name they end a person's name ("Philip Green"). */
export const SURNAME_PLACE_HEADS = words(`Green Wood Woods Hill Hills Field Fields Brook Brooks Heath Lane Grove Dale Banks Rivers Waters Ridge Forest Shore Moor Head Glen Marsh`);

/** Kin after a possessive ("Marsden's mum"): only a person has them. */
export const KIN_NOUNS = words(`
  wife husband mum mom mother dad father son daughter brother sister girlfriend boyfriend fiancée fiancee
  fiancé fiance widow widower uncle aunt cousin niece nephew grandmother grandfather grandson granddaughter
  stepfather stepmother stepson stepdaughter
`);

/** Role nouns that also stand before a company, a club or a brand ("its partner Nvidia", "champion Liverpool"). */
export const NOT_ONLY_PEOPLE_ROLES = words(`
  maker user host character phrase population spirit icon idol native human people enemy foe champion
  winner contender partner employer customer operator developer creator producer designer dealer merchant
  sponsor ghost god deity hero patron underwriter installer tester pawn leader player
`);

/** Last words of statutes, whose years stay out of their keys ("Online Safety Act 2023" is the Online Safety Act). */
export const STATUTE_HEADS = words(`Act Regulations Rules Order Ordinance Code`);
