// Hand-kept supplements to the generated lexicons: world regions the data packages lack, common
// English exonyms and transliterations, and the international bodies and news organisations that
// news text names without ever spelling out what they are. Each line: canonical name, then aliases
// separated by "|". Aliases link to the canonical name (same entity id).

export const KNOWN_PLACES = `
Europe
Johannesburg|Joburg|Jozi
Line of Control|LoC
al-Mawasi|Mawasi
Rajouri
Poonch
Twin Cities
Te Tai Tokerau
Te Tai Hauāuru|Te Tai Hauauru
Te Tai Tonga
Ōtautahi|Otautahi
New South Wales|NSW
Queensland|Qld
Asia
Africa
North America
South America
Latin America
Central America
Antarctica
Arctic
Oceania
Australasia
Middle East|Mideast
Mars
Earth
Venus
Jupiter
Saturn
Neptune
Uranus
Pluto
Darfur
Kordofan
Nagorno-Karabakh|Karabakh
Mindanao
Sinai|Sinai Peninsula
Khyber Pakhtunkhwa
Ituri
North Kivu
South Kivu
Gulf of Aden
Levant
Maghreb
Avdiivka
Near East
Far East
Balkans|the Balkans
Baltics
Caucasus
Scandinavia
Sahel
Horn of Africa
Gulf|Persian Gulf
Red Sea
Aegean|Aegean Sea
Black Sea
Baltic Sea
Mediterranean|Mediterranean Sea
Caribbean
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Indian Ocean
North Sea
South China Sea
Gaza|Gaza Strip
Khan Younis|Khan Yunis
Deir el-Balah|Deir al-Balah
Beit Lahia
Beit Hanoun
Jabalia
Nuseirat
Bureij
Maghazi
Kerem Shalom
Rafah
West Bank
Jenin
Tulkarem|Tulkarm
Nablus
Hebron
Ramallah
West Bank
Golan Heights
Crimea
Donbas|Donbass
Kharkiv|Kharkov
Kyiv|Kiev
Mumbai|Bombay
Chennai|Madras
Kolkata|Calcutta
Bengaluru|Bangalore
Ho Chi Minh City|Saigon
Odesa|Odessa
Zaporizhzhia|Zaporizhzhia
Lviv|Lvov
Mariupol
Bakhmut
Kursk
Belgorod
Taiwan
Hong Kong
Kashmir
Tibet
Xinjiang
Kosovo
Washington|Washington DC|Washington, D.C.|Washington D.C.
Westminster
Whitehall
Holyrood
Stormont
Connacht|Connaught
Ulster
Munster
Leinster
Hebrides|Outer Hebrides|Inner Hebrides|Western Isles
King's Cross
Martha's Vineyard
St John's Wood
Earl's Court
Hell's Kitchen
Downing Street
Brussels
Strasbourg
The Hague
Wall Street
Silicon Valley
Hollywood
Capitol Hill
White House
Kremlin
Pentagon
Élysée Palace|Elysee Palace|Élysée
Cheong Wa Dae|Blue House
Government Buildings
Leinster House
Rideau Hall
Kirribilli House
Rashtrapati Bhavan
Aso Rock|Aso Rock Villa
Zhongnanhai
London Heathrow|Heathrow Airport|Heathrow
London Gatwick|Gatwick Airport|Gatwick
Number 10|No 10|No. 10
England
Scotland
Wales
Northern Ireland
Great Britain
Siberia
Kurdistan
Catalonia
Flanders
Bavaria
Texas|Tex.
California|Calif.
New York|N.Y.
Florida|Fla.
Arizona|Ariz.
Connecticut|Conn.
Pennsylvania|Penn.|Pa.
Michigan|Mich.
Minnesota|Minn.
Wisconsin|Wis.
Colorado|Colo.
Kentucky|Ky.
Oklahoma|Okla.
Tennessee|Tenn.
Alabama|Ala.
Nebraska|Neb.
Nevada|Nev.
Arkansas|Ark.
Kansas|Kan.
Vermont|Vt.
Wyoming|Wyo.
Montana|Mont.
Massachusetts|Mass.
Maryland|Md.
New Jersey|N.J.
North Carolina|N.C.
South Carolina|S.C.
New Mexico|N.M.
Virginia|Va.
West Virginia|W.Va.|W. Va.
Georgia|Ga.
Louisiana|La.
Illinois|Ill.
Indiana|Ind.
Oregon|Ore.
Washington State|Wash.
Delaware|Del.
Missouri|Mo.
New Hampshire|N.H.
North Dakota|N.D.
South Dakota|S.D.
Rhode Island|R.I.
British Columbia|B.C.
Ontario|Ont.
Quebec|Que.|Québec
Alberta|Alta.
Saskatchewan|Sask.
Nova Scotia|N.S.
New Brunswick|N.B.
Prince Edward Island|P.E.I.
Newfoundland and Labrador|Nfld.
New England
Midwest
Patagonia
Amazon rainforest|Amazon basin|Amazon River
Sahara
Himalayas
Alps
Andes
Sicily|Sicilia
Sardinia|Sardegna
Tuscany|Toscana
Lombardy|Lombardia
Apulia|Puglia
Andalusia|Andalucía|Andalucia
Crete|Kriti
Corsica|Corse
Rome|Roma
Florence|Firenze
Naples
Milan|Milano
Turin|Torino
Venice|Venezia
Genoa|Genova
Lisbon|Lisboa
Munich|München
Cologne|Köln
Vienna|Wien
Prague|Praha
Warsaw|Warszawa
Brussels|Bruxelles|Brussel
Copenhagen|København
Moscow|Moskva
Athens|Athina
Pyrenees
Urals
Sydney Cricket Ground|SCG
Melbourne Cricket Ground|MCG
Wembley Stadium|Wembley
Old Trafford
Anfield
Stamford Bridge
Camp Nou
Santiago Bernabéu|Bernabéu|Bernabeu
Madison Square Garden
Wrigley Field
Dolby Theatre
Eden Gardens
Wankhede Stadium
`;

/**
 * Organisations news names without a cue; the list ends with companies and newsrooms widely reported
 * under their own names that the generated list lacks (airlines, defence, pharma, retail, energy,
 * banks, Asian and Indian groups).
 */
export const KNOWN_ORGANIZATIONS = `
European Union|EU|E.U.
United Nations|UN|U.N.
North Atlantic Treaty Organization|NATO|Nato|North Atlantic Treaty Organisation
United Nations Security Council|UN Security Council|Security Council|UNSC
European Commission
European Parliament
European Council
European Central Bank|ECB
European Investment Bank|EIB
International Monetary Fund|IMF
World Bank
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
Organization for Security and Co-operation in Europe|OSCE
Organisation for Economic Co-operation and Development|OECD
African Union|AU
Association of Southeast Asian Nations|ASEAN
Group of Seven|G7|G-7|Group of 7
Group of Twenty|G20|G-20|Group of 20
BRICS
OPEC|Organization of the Petroleum Exporting Countries
Red Cross|International Committee of the Red Cross|ICRC
Federal Emergency Management Agency|FEMA
California Department of Forestry and Fire Protection|Cal Fire|CAL FIRE|CalFire
Institute for Fiscal Studies|IFS
Amnesty International
Human Rights Watch
Federal Reserve|Fed
Bank of England|BoE|BOE
Congress|US Congress|U.S. Congress
Senate|US Senate
House of Commons|Commons
House of Lords
Parliament
Foreign Office
Home Office
State Department
Supreme Court
FBI
CIA
NSA
MI5
MI6
GCHQ
NHS
BBC
CNN
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
Politico|POLITICO
Sky News
Al Jazeera
The New York Times|New York Times
The Washington Post|Washington Post
The Guardian|Guardian
Financial Times|FT
The Wall Street Journal|Wall Street Journal|WSJ
The Economist|Economist
Fox News
NBC
CBS
ABC
ITV
Channel 4
Deutsche Welle|DW
Interfax
TASS
RIA Novosti
Ukrinform
Xinhua
World Food Programme|WFP|World Food Program
United Nations Development Programme|UNDP|UN Development Programme
United Nations Environment Programme|UNEP|UN Environment Programme
UNICEF|Unicef|United Nations Children's Fund
UNHCR|UN Refugee Agency|United Nations High Commissioner for Refugees
UNESCO|Unesco
Office for the Coordination of Humanitarian Affairs|OCHA|UN Office for the Coordination of Humanitarian Affairs|UN humanitarian office
International Federation of Red Cross and Red Crescent Societies|IFRC
Médecins Sans Frontières|MSF|Doctors Without Borders|Medecins Sans Frontieres
Intergovernmental Panel on Climate Change|IPCC
International Energy Agency|IEA
Asian Development Bank|ADB
African Development Bank|AfDB
Inter-American Development Bank|IDB
Pan American Health Organization|PAHO
European Medicines Agency|EMA
Europol
Interpol
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Institutes of Health|NIH
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Justice Department|Department of Justice|DOJ
Environmental Protection Agency|EPA
Internal Revenue Service|IRS
Department of Homeland Security|Homeland Security|DHS
NASA
Office for National Statistics|ONS
Office for Budget Responsibility|OBR
Financial Conduct Authority|FCA
Competition and Markets Authority|CMA
Crown Prosecution Service|CPS
Metropolitan Police|Met Police|Scotland Yard
Ofcom
Ofgem
Ofwat
Bank of Japan|BoJ
People's Bank of China|PBOC
UEFA|Uefa
FIFA|Fifa
International Olympic Committee|IOC
Bayern Munich|Bayern|FC Bayern
Borussia Dortmund
Paris Saint-Germain|PSG
Inter Milan
AC Milan
Atletico Madrid|Atlético Madrid
Juventus
SSC Napoli|Napoli
Pfizer
Moderna
AstraZeneca
GSK|GlaxoSmithKline
Sanofi
Roche
Novartis
Merck
Johnson & Johnson|J&J
Novo Nordisk|Novo
Eli Lilly|Lilly|Eli Lilly and Company
Bayer
BioNTech
Morgan Stanley
Wells Fargo
Charles Schwab
JPMorgan|JPMorgan Chase|JP Morgan
Goldman Sachs|Goldman
Deutsche Bank
Barclays
HSBC
Lloyds|Lloyds Banking Group
NatWest
John Lewis
Marks & Spencer|M&S
John Deere|Deere
Rolls-Royce
Estée Lauder|Estee Lauder
Ralph Lauren
Hugo Boss
Louis Vuitton
Deloitte
KPMG
PwC|PricewaterhouseCoopers
EY|Ernst & Young
McKinsey|McKinsey & Company
House of Representatives|House
Telegram
WhatsApp
Instagram
TikTok
YouTube
Snapchat
Reddit
Bluesky
Alzheimer's Society
Alzheimer's Research UK
Parkinson's UK
Hamas
Hezbollah
Taliban
Islamic State|ISIS|ISIL
Al-Qaeda|al-Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaeda
Wagner|Wagner Group
Christian Aid
SK hynix|SK Hynix
Stena Line
Holland America Line
Cunard Line
Maersk Line
P&O Ferries
Irish Ferries
Google
Alphabet|Alphabet Inc.
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
X
Tesla
OpenAI
Nvidia
Samsung
Boeing
Airbus
Sinn Féin|Sinn Fein
Fianna Fáil|Fianna Fail
Fine Gael
Dáil|Dail|Dáil Éireann
Oireachtas
An Garda Síochána|Garda|Gardaí|Gardai
Met Éireann|Met Eireann
Met Office
RTÉ|RTE
Conservative Party|Conservatives|Tories
Labour Party|Labour
Australian Labor Party|Labor|ALP
Liberal Democrats|Lib Dems|Lib Dem|Liberal Democrat
Liberal Party|Liberals
Reform UK|Reform
Green Party|Greens
Democratic Party|Democrats
Republican Party|Republicans|GOP
SNP|Scottish National Party
SpaceX
Renault
Jefferies
Takeda
Huawei
Stellantis
BYD
Alibaba
Infosys
Wipro
Adani Group|Adani
The Lancet|Lancet
Medicines and Healthcare products Regulatory Agency|MHRA
National Institute for Health and Care Excellence
Committee for Medicinal Products for Human Use|CHMP
Centers for Medicare & Medicaid Services|Centers for Medicare and Medicaid Services
Piper Sandler
Leerink Partners
New England Journal of Medicine|NEJM
BMJ|British Medical Journal
JAMA|Journal of the American Medical Association
Equifax
Experian
TransUnion
Mandiant
CrowdStrike
Okta
Palo Alto Networks
SentinelOne
Fortinet
Zscaler
Proofpoint
Sophos
Kaspersky|Kaspersky Lab
ESET
Check Point|Check Point Software
Darktrace
Recorded Future
Chainalysis
Trend Micro
Rapid7
Tenable
Splunk
Ivanti
SolarWinds
Citrix
VMware
ServiceNow
Workday
Capita
Ticketmaster
Peel Hunt
AJ Bell
Hargreaves Lansdown
Berenberg
Panmure Liberum
Shore Capital
Interactive Investor
Foxconn|Hon Hai
Sunoco
Wellcome Trust|Wellcome
Tata Group|Tata Sons|Tata
Mahindra
Reliance Industries|Reliance
Bharti Airtel|Airtel
Flipkart
Paytm
Zomato
Lyft
DoorDash
Instacart
Shopify
Spotify
Paramount
Deutsche Telekom
BT Group|BT
easyJet
Lufthansa
Qatar Airways
Etihad
United Airlines
American Airlines
Southwest Airlines
JetBlue
Qantas
Cathay Pacific
Singapore Airlines
Air France
British Airways
Wizz Air
Embraer
BAE Systems
Lockheed Martin|Lockheed
RTX|Raytheon
Northrop Grumman|Northrop
General Dynamics
Thales
Saab
Rheinmetall
Dassault
Safran
Honeywell
Bosch
AbbVie
Amgen
Gilead
Biogen
Regeneron
Johnson & Johnson|J&J
Teva
Bristol Myers Squibb|Bristol-Myers Squibb
UnitedHealth
Cigna
Humana
Kaiser Permanente
Kroger
Sainsbury's|Sainsbury
Asda
Morrisons
Aldi
Lidl
Carrefour
H&M
Zara
Inditex
Primark
Marks & Spencer|M&S
Currys
John Lewis
Harrods
Procter & Gamble|P&G
Danone
Kraft Heinz
Diageo
AB InBev|Anheuser-Busch InBev
Heineken
Carlsberg
McDonald's
Burger King
Domino's
BP
ExxonMobil|Exxon Mobil|Exxon
TotalEnergies
Equinor
Eni
Repsol
Saudi Aramco|Aramco
Gazprom
Rosneft
Lukoil
Sinopec
CNOOC
Rio Tinto
BHP
Anglo American
ArcelorMittal
Nippon Steel
Tata Steel
Kia
Chrysler
Fiat
Jeep
Porsche
Ferrari
General Motors|GM
General Electric|GE Aerospace
General Mills
General Atomics
Jaguar Land Rover|JLR
Geely
Xpeng
Rivian
Fujitsu
SoftBank
Rakuten
SK Hynix
Qualcomm
Broadcom
ASML
Micron
Oracle
SAP
Adobe
ByteDance
Pinduoduo
Temu
Shein
Meituan
DeepSeek
Anthropic
Dropbox
Mastercard
American Express|Amex
Klarna
Revolut
Monzo
Binance
Morgan Stanley
Citigroup|Citi
Bank of America
Wells Fargo
BlackRock
Berkshire Hathaway
Credit Suisse
Deutsche Bank
Commerzbank
BNP Paribas
Société Générale
Santander
BBVA
Rabobank
ABN Amro
Standard Chartered|StanChart
Nomura
Mizuho
MUFG
Moody's
Fitch Ratings|Fitch
Accenture
Getty Images
Fox News
MSNBC
Sky News
Al Jazeera
Axios
Financial Times|FT
Wall Street Journal|WSJ
New York Times|NYT
Washington Post
Le Monde
Der Spiegel|Spiegel
Aer Lingus
Network Rail
Avanti West Coast|Avanti
TransPennine Express
Greater Anglia
ScotRail
Eurostar
Amtrak
Deutsche Bahn
SNCF
Trenitalia
Renfe
Aeroflot
Turkish Airlines
Air India
IndiGo
Indian Space Research Organisation|ISRO
Japan Aerospace Exploration Agency|JAXA
CERN
UNRWA
Frontex
Immigration and Customs Enforcement|ICE
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
US Department of Agriculture|USDA|Agriculture Department
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Transportation Security Administration|TSA
National Oceanic and Atmospheric Administration|NOAA
US Geological Survey|USGS|U.S. Geological Survey
Information Commissioner's Office|ICO
HM Revenue and Customs|HMRC
DVLA
Department for Work and Pensions|DWP
Bundesbank
Reserve Bank of India|RBI
Swiss National Bank|SNB
ASIC
ACCC
APRA
Reserve Bank of Australia|RBA
Israel Defense Forces|IDF
Mossad
Shin Bet
KGB
FSB
GRU
SBU
Rosatom
Roscosmos
RIA Novosti
Yonhap
Kyodo
Press Trust of India|PTI
Asian News International|ANI
IANS
Amnesty International|Amnesty
Greenpeace
WWF
Médecins Sans Frontières|Doctors Without Borders|MSF
International Federation of Red Cross and Red Crescent Societies|IFRC
World Anti-Doping Agency|WADA
Board of Control for Cricket in India|BCCI
Australian Securities Exchange|ASX
Toronto Stock Exchange|TSX
Deutsche Börse|Deutsche Boerse
Singapore Exchange|SGX
Hong Kong Exchanges and Clearing|HKEX|Hong Kong Stock Exchange
Euronext Paris
Red Crescent|Red Crescent Society
European Court of Justice|ECJ|Court of Justice of the European Union|CJEU
Borsa Istanbul
Météo-France|Meteo-France
Saint-Gobain
Crédit Agricole|Credit Agricole
Société Générale|Societe Generale|SocGen
`;

export const KNOWN_MISC = `
World Cup
Billboard Hot 100|Hot 100
Billboard 200
UK Singles Chart
UK Albums Chart
Olympics|Olympic Games
Paralympics
Champions League
Premier League
Premiership
Scottish Premiership
Super Bowl
Eurovision
Brexit
Christmas
Easter
Ramadan
Eid
Cold War
World War I|First World War|WWI
World War II|Second World War|WWII
Holocaust
Paris Agreement
HIMARS
Patriot|Patriots
ATACMS
Storm Shadow
Iskander|Iskanders|Iskander-M
Kinzhal|Kinzhals
Shahed|Shaheds|Shahed-136
Academy Awards|Oscars|Oscar
Golden Globes|Golden Globe Awards
Grammys|Grammy Awards
Emmys|Emmy Awards
Bafta Film Awards|BAFTA Film Awards
Palme d'Or
Golden Lion
Booker Prize|Booker
Nobel Prize
Pulitzer Prize
Wegovy
Ozempic
Mounjaro
Zepbound
Keytruda
Humira
Paxlovid
Medicare
Medicaid
Affordable Care Act|Obamacare
SNAP|Supplemental Nutrition Assistance Program
Good Friday Agreement
Geneva Conventions
Minsk agreements|Minsk Agreements
GDPR|General Data Protection Regulation
JCPOA|Joint Comprehensive Plan of Action
NAFTA|North American Free Trade Agreement
USMCA
Non-Proliferation Treaty|Nuclear Non-Proliferation Treaty|NPT
New START
CPTPP
UNCLOS
Digital Markets Act
Digital Services Act
Inflation Reduction Act
CHIPS Act|CHIPS and Science Act
Clean Air Act
Clean Water Act
Safe Drinking Water Act
Freedom of Information Act|FOIA
Grammy|Grammy Award
Emmy|Emmy Award
Android
ChatGPT
Starlink
App Store
Google Play
iPhone
iPad
MacBook
AirPods
Apple Watch
iOS
macOS
Gmail
Google Maps
Xbox
PlayStation
Nintendo Switch
Linux
MOVEit
Kindle
Alexa
Siri
Copilot
Gemini
Grok
Fortnite
Minecraft
Grand Theft Auto
Call of Duty
Prime Video
Hubble|Hubble Space Telescope
Tour de France
Giro d'Italia
Vuelta a España
Royal Ascot
Grand National
Cheltenham Festival
Kentucky Derby
Melbourne Cup
Formula One|Formula 1
Indianapolis 500|Indy 500
Six Nations|Six Nations Championship
Commonwealth Games
Asian Games
Africa Cup of Nations|AFCON
Copa América|Copa America
Europa League
FA Cup
Stanley Cup
World Series
Solheim Cup
Davis Cup
Diamond League
Coachella
Edinburgh Fringe|Edinburgh Festival Fringe
Cannes Film Festival
Venice Film Festival
Sundance Film Festival|Sundance
Berlinale
Met Gala
Notting Hill Carnival
Oktoberfest
Magna Carta
Treaty of Versailles
Maastricht Treaty
Lisbon Treaty|Treaty of Lisbon
Treaty of Rome
Rome Statute
Kyoto Protocol
Montreal Protocol
Universal Declaration of Human Rights
European Convention on Human Rights
Voting Rights Act
Civil Rights Act
Dodd-Frank Act|Dodd-Frank
Sarbanes-Oxley Act|Sarbanes-Oxley
Marshall Plan
New Deal
Green New Deal
Belt and Road Initiative
Nikkei|Nikkei 225
Hang Seng|Hang Seng Index
CAC 40
Euro Stoxx 50
Stoxx 600|Stoxx Europe 600
Sensex
Nifty 50
KOSPI
`;

/** Country aliases that the country data spells differently from news text. */
export const EXTRA_COUNTRY_ALIASES = `
GB|Britain|UK|U.K.|Great Britain|United Kingdom of Great Britain and Northern Ireland
US|U.S.|USA|U.S.A.|America|United States of America|the States
RU|Russian Federation
KR|South Korea|Republic of Korea|Korea
KP|North Korea|DPRK
CN|People's Republic of China|PRC|Mainland China
IR|Islamic Republic of Iran
SY|Syria
CZ|Czechia|Czech Republic
TR|Türkiye|Turkiye|Turkey
NL|Holland|the Netherlands
CD|DR Congo|DRC|Democratic Republic of the Congo
CG|Republic of the Congo
CI|Ivory Coast|Côte d'Ivoire
PS|Palestine|Palestinian territories
VA|Vatican|Holy See|Vatican City
MM|Myanmar|Burma
AE|UAE|United Arab Emirates
BR|Brasil
ES|España|Espana
DE|Deutschland
IT|Italia
MX|México
PE|Perú
NZ|NZ|N.Z.|Aotearoa
`;

/**
 * People the news names by surname alone, often without ever giving the full name (heads of state
 * and government, international officials, a few business leaders). Aliases are only surnames no
 * one else in the news is commonly known by; a full name in the same article still wins.
 */
export const KNOWN_PEOPLE = `
Vladimir Putin|Putin
Winston Churchill|Churchill
Margaret Thatcher|Thatcher
Tiger Woods
Volodymyr Zelensky|Zelensky|Zelenskyy|Zelenskiy|Zelenski
Xi Jinping
Narendra Modi|Modi
Recep Tayyip Erdogan|Erdogan|Erdoğan
Benjamin Netanyahu|Netanyahu
Donald Trump|Trump|President Trump
Emmanuel Macron|Macron
Keir Starmer|Starmer
Friedrich Merz|Merz
Olaf Scholz|Scholz
Giorgia Meloni|Meloni
Pedro Sánchez
Ursula von der Leyen|von der Leyen|Von der Leyen
António Guterres|Guterres|Antonio Guterres
Mark Rutte|Rutte
Kim Jong Un|Kim Jong-un
Luiz Inácio Lula da Silva|Lula|Lula da Silva
Javier Milei|Milei
Claudia Sheinbaum|Sheinbaum
Mohammed bin Salman
Ali Khamenei|Khamenei
Masoud Pezeshkian|Pezeshkian
Cyril Ramaphosa|Ramaphosa
Anthony Albanese|Albanese
Mark Carney|Carney
Shigeru Ishiba|Ishiba
Sanae Takaichi|Takaichi
Lee Jae-myung
Prabowo Subianto|Prabowo
Ferdinand Marcos Jr.|Marcos Jr.|Bongbong Marcos|Marcos
Viktor Orbán|Orban|Orbán|Viktor Orban
Alexander Lukashenko|Lukashenko
Bashar al-Assad|Assad
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|Sisi|el-Sisi|al-Sisi
Mahmoud Abbas
Sergei Lavrov|Lavrov
Marco Rubio|Rubio
JD Vance|J.D. Vance|Vance
Kamala Harris
Joe Biden|Biden
Rishi Sunak|Sunak
Kemi Badenoch|Badenoch
Nigel Farage|Farage
Rachel Reeves
Christine Lagarde|Lagarde
Jerome Powell|Jay Powell
Andrew Bailey
Kristalina Georgieva|Georgieva
Tedros Adhanom Ghebreyesus|Tedros
Pope Leo XIV
Elon Musk|Musk
Jeff Bezos|Bezos
Mark Zuckerberg|Zuckerberg
Sam Altman|Altman
Jensen Huang
Tim Cook
Satya Nadella|Nadella
Sundar Pichai|Pichai
Warren Buffett|Buffett
Pete Hegseth|Hegseth
Scott Bessent|Bessent
Gavin Newsom|Newsom
Chuck Schumer|Schumer
Nancy Pelosi|Pelosi
Zohran Mamdani|Mamdani
Karoline Leavitt|Leavitt
Robert F. Kennedy Jr.|RFK Jr.
Volker Türk|Volker Turk
Mette Frederiksen|Frederiksen
Donald Tusk|Tusk
Yulia Svyrydenko|Svyrydenko
Andriy Yermak|Yermak
Shehbaz Sharif
Asim Munir
Yoweri Museveni|Museveni
William Ruto|Ruto
Bola Tinubu|Tinubu
Paul Kagame|Kagame
Felix Tshisekedi|Tshisekedi
Steve Witkoff|Witkoff
Jared Kushner|Kushner
Howard Lutnick|Lutnick
Kristi Noem|Noem
Tulsi Gabbard|Gabbard
Kash Patel
Pam Bondi
Tom Homan|Homan
Russell Vought|Vought
Doug Burgum|Burgum
Lee Zeldin|Zeldin
Elise Stefanik|Stefanik
Susie Wiles
Hakeem Jeffries|Jeffries
John Thune|Thune
Mitch McConnell
Mike Johnson
Alexandria Ocasio-Cortez|Ocasio-Cortez|AOC
Bernie Sanders
Elizabeth Warren
Ron DeSantis|DeSantis
Gretchen Whitmer|Whitmer
JB Pritzker|J.B. Pritzker|Pritzker
Kathy Hochul|Hochul
Barack Obama|Obama
Hillary Clinton
Mike Pence|Pence
Thomas Massie|Massie
Brett Kavanaugh|Kavanaugh
Amy Coney Barrett
Sonia Sotomayor|Sotomayor
Elena Kagan|Kagan
Neil Gorsuch|Gorsuch
Samuel Alito|Alito
Ketanji Brown Jackson
Dmitry Peskov|Peskov
Oleksandr Syrskyi|Syrskyi|Syrsky
Denys Shmyhal|Shmyhal
Kyrylo Budanov|Budanov
Valerii Zaluzhnyi|Zaluzhnyi|Zaluzhny
Andrii Sybiha|Sybiha
Rustem Umerov|Umerov
Vitali Klitschko|Klitschko
Andrei Belousov|Belousov
Valery Gerasimov|Gerasimov
Sergei Shoigu|Shoigu
Maria Zakharova|Zakharova
Kirill Dmitriev
Yuri Ushakov|Ushakov
Alexei Navalny|Navalny
Yulia Navalnaya|Navalnaya
Ramzan Kadyrov|Kadyrov
Petro Poroshenko|Poroshenko
Mohamed bin Zayed|Mohamed bin Zayed Al Nahyan|MBZ
Tamim bin Hamad Al Thani
Yahya Sinwar|Sinwar
Hassan Nasrallah|Nasrallah
Naim Qassem|Qassem
Abbas Araghchi|Araghchi
Isaac Herzog|Herzog
Itamar Ben-Gvir|Ben-Gvir|Ben Gvir
Bezalel Smotrich|Smotrich
Yair Lapid|Lapid
Benny Gantz|Gantz
Ahmed al-Sharaa|al-Sharaa|Sharaa
Hakan Fidan|Fidan
Yasser Al-Rumayyan|Al-Rumayyan|Rumayyan
Mohammed Al-Jadaan|Al-Jadaan
Li Qiang
Wang Yi
He Lifeng
Pan Gongsheng
Han Zheng
Zhao Leji
Ding Xuexiang
Cai Qi
Dong Jun
Lai Ching-te
Tsai Ing-wen
Fumio Kishida|Kishida
Yoon Suk Yeol|Yoon Suk-yeol|Yoon
Kim Yo Jong|Kim Yo-jong
Anwar Ibrahim
Lawrence Wong
Paetongtarn Shinawatra|Paetongtarn
Thaksin Shinawatra|Thaksin
Anutin Charnvirakul|Anutin
Min Aung Hlaing
Aung San Suu Kyi|Suu Kyi
Rahul Gandhi
Amit Shah
Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar
Nirmala Sitharaman|Sitharaman
Arvind Kejriwal|Kejriwal
Mamata Banerjee
Yogi Adityanath|Adityanath
Imran Khan
Nawaz Sharif
Ishaq Dar
Muhammad Yunus|Yunus
Sheikh Hasina|Hasina
Anura Kumara Dissanayake
Sébastien Lecornu|Lecornu|Sebastien Lecornu
François Bayrou|Bayrou|Francois Bayrou
Marine Le Pen|Le Pen
Jordan Bardella|Bardella
Jean-Luc Mélenchon|Mélenchon|Melenchon
Alice Weidel|Weidel
Lars Klingbeil|Klingbeil
Boris Pistorius|Pistorius
Frank-Walter Steinmeier|Steinmeier
Kaja Kallas|Kallas
Roberta Metsola|Metsola
Alberto Núñez Feijóo|Feijóo|Feijoo
Ed Miliband|Miliband
Yvette Cooper
David Lammy|Lammy
Angela Rayner|Rayner
Wes Streeting|Streeting
Shabana Mahmood
Robert Jenrick|Jenrick
Boris Johnson
Liz Truss|Truss
John Swinney|Swinney
Anas Sarwar|Sarwar
Micheál Martin|Micheal Martin
Leo Varadkar|Varadkar
Karol Nawrocki|Nawrocki
Andrzej Duda|Duda
Radosław Sikorski|Sikorski|Radoslaw Sikorski
Robert Fico|Fico
Andrej Babiš|Babiš|Babis|Andrej Babis
Alexander Stubb|Stubb
Ulf Kristersson|Kristersson
Jonas Gahr Støre|Støre|Jonas Gahr Store
Geert Wilders|Wilders
Kyriakos Mitsotakis|Mitsotakis
Nikol Pashinyan|Pashinyan
Ilham Aliyev|Aliyev
Aleksandar Vučić|Vučić|Vucic|Aleksandar Vucic
Maia Sandu|Sandu
Gustavo Petro|Petro
Nicolás Maduro|Maduro|Nicolas Maduro
María Corina Machado|Maria Corina Machado
Daniel Noboa|Noboa
Nayib Bukele|Bukele
Gabriel Boric|Boric
José Antonio Kast|Kast|Jose Antonio Kast
Dina Boluarte|Boluarte
Jair Bolsonaro|Bolsonaro
Pierre Poilievre|Poilievre
Justin Trudeau|Trudeau
Chrystia Freeland|Freeland
Abiy Ahmed|Abiy
Emmerson Mnangagwa|Mnangagwa
Hakainde Hichilema|Hichilema
John Mahama|John Dramani Mahama|Mahama
Raila Odinga|Odinga
Rigathi Gachagua|Gachagua
Kithure Kindiki|Kindiki
Julius Malema|Malema
Jacob Zuma|Zuma
John Steenhuisen|Steenhuisen
Abdel Fattah al-Burhan|Burhan|al-Burhan
Ngozi Okonjo-Iweala|Okonjo-Iweala
Rafael Grossi|Grossi
Jamie Dimon|Dimon
Larry Fink
Larry Ellison
Lisa Su
Masayoshi Son
Mukesh Ambani|Ambani
Dario Amodei|Amodei
Demis Hassabis|Hassabis
Andy Jassy|Jassy
Bernard Arnault|Arnault
Rupert Murdoch|Murdoch
Peter Thiel|Thiel
Taylor Swift
Beyoncé|Beyonce|Beyoncé Knowles
Rihanna
Adele
Drake
Madonna
Shakira
Bono
Lorde
SZA
Rosé|Rosé of Blackpink
Eminem
Doechii
Lizzo
Zendaya
Björk|Bjork
Pelé|Pele
Neymar
Lionel Messi|Messi
Cristiano Ronaldo
Kylian Mbappé|Mbappé|Mbappe|Kylian Mbappe
Erling Haaland|Haaland
LeBron James
Novak Djokovic|Djokovic
Carlos Alcaraz|Alcaraz
Jannik Sinner
Aryna Sabalenka|Sabalenka
Iga Świątek|Świątek|Swiatek|Iga Swiatek
Coco Gauff|Gauff
Max Verstappen|Verstappen
Lewis Hamilton
Lando Norris
Oscar Piastri|Piastri
Shohei Ohtani|Ohtani
Patrick Mahomes|Mahomes
Virat Kohli|Kohli
Rory McIlroy|McIlroy
Scottie Scheffler|Scheffler
Pep Guardiola|Guardiola
Mikel Arteta|Arteta
Thomas Tuchel|Tuchel
`;
