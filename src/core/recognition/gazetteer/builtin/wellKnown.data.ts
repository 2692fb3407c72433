// Well-known organisations and named things of the news, beyond known.ts: written for Crosscheck from
// general knowledge (names are facts; no data set was copied), then filtered against the lexicons
// (no alias that the lexicons know as another type, no plain-word names of things, every entry found
// by the key the recogniser looks up: test/unit/recognition/gazetteer/wellKnown.test.ts).
// One entity per line: canonical name, then aliases, "|"-separated; "#" lines are headings.
// See docs/decisions/recognition.md ("Well-known names").

export const WELL_KNOWN_ORGANIZATIONS = `
# News organisations: newspapers, broadcasters, agencies, magazines, news sites
The Atlantic
Punchbowl News|Punchbowl
Semafor
Tether
PR Newswire|PRNewswire
GlobeNewswire|Globe Newswire
Business Wire|BusinessWire
Full Fact
PolitiFact
FactCheck.org
Snopes
Lead Stories
BBC Verify
AFP Fact Check
Reuters Fact Check
NBC News
CBS News
ABC News
CNBC
NPR|National Public Radio
PBS News|PBS NewsHour
Los Angeles Times|LA Times|L.A. Times
Chicago Tribune
New York Post|NY Post
New York Daily News
San Francisco Chronicle
The Dallas Morning News|Dallas Morning News
The Philadelphia Inquirer|Philadelphia Inquirer
Miami Herald
The Washington Times|Washington Times
Washington Examiner
Vanity Fair
Rolling Stone
The Hollywood Reporter|Hollywood Reporter
Business Insider
Yahoo News
Yahoo|Yahoo!
HuffPost|Huffington Post|HuffPo
BuzzFeed|BuzzFeed News
Semafor
ProPublica
Breitbart|Breitbart News
Newsmax
One America News|OAN|One America News Network
The Daily Caller|Daily Caller
The Daily Beast|Daily Beast
Mother Jones
National Review
Fox Business|Fox Business Network
Fox Sports
ESPN
Telemundo
Univision
C-SPAN
TechCrunch
Ars Technica
MarketWatch
Scientific American
National Geographic|Nat Geo
Associated Press Television News|APTN
United Press International|UPI
The Canadian Press|Canadian Press
Australian Associated Press
The Globe and Mail|Globe and Mail
Toronto Star
National Post
CTV News
CBC News|Canadian Broadcasting Corporation
Australian Broadcasting Corporation
The Sydney Morning Herald|Sydney Morning Herald|SMH
The Daily Telegraph|Daily Telegraph
The Sunday Times|Sunday Times
The Irish Times|Irish Times
Irish Independent
Irish Examiner
Evening Standard|London Evening Standard
Daily Express
Daily Mirror
The Mail on Sunday|Mail on Sunday
MailOnline|Mail Online
New Statesman
Private Eye
PA Media|Press Association
GB News
LBC
talkSPORT|TalkSport
Sky Sports
TNT Sports
Eurosport
DAZN
BBC World Service|World Service
BBC Radio 4|Radio 4
Channel 5
Radio New Zealand|RNZ
The New Zealand Herald|New Zealand Herald|NZ Herald
Times of India|The Times of India
Hindustan Times
The Indian Express|Indian Express
The Economic Times|Economic Times
NDTV
India Today
Geo News
Al Arabiya
Arab News
Gulf News
Asharq Al-Awsat
Al-Monitor
Middle East Eye
Ahram Online|Al-Ahram
Haaretz
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
Ynet|Ynetnews
The Kyiv Independent|Kyiv Independent
Kyiv Post
Ukrainska Pravda
UNIAN
Meduza
Novaya Gazeta
Kommersant
Russia Today
Sputnik News
The Moscow Times|Moscow Times
South China Morning Post|SCMP
The Straits Times|Straits Times
Nikkei Asia
The Japan Times|Japan Times
NHK
Asahi Shimbun
Yomiuri Shimbun
Jiji Press|Jiji
The Korea Herald|Korea Herald
Chosun Ilbo
Global Times
People's Daily
CGTN|China Global Television Network
Caixin
Bernama
Antara
Daily Maverick
News24
Mail & Guardian
Euronews
France 24
Radio France Internationale|RFI
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe
Voice of America|VOA
Le Figaro
Le Parisien
Les Echos
L'Équipe|L'Equipe
Paris Match
Die Zeit
Die Welt
Bild
Frankfurter Allgemeine Zeitung|FAZ|Frankfurter Allgemeine
Süddeutsche Zeitung|Suddeutsche Zeitung
Handelsblatt
ZDF
ARD
Deutsche Presse-Agentur|dpa|DPA
Neue Zürcher Zeitung|Neue Zurcher Zeitung|NZZ
Corriere della Sera
La Repubblica
La Gazzetta dello Sport|Gazzetta dello Sport
ANSA
El País|El Pais
El Mundo
La Vanguardia
Marca
Agencia EFE|EFE
Hürriyet|Hurriyet
Daily Sabah
Anadolu Agency|Anadolu
Islamic Republic News Agency|IRNA
Tasnim News Agency|Tasnim
Fars News Agency
Press TV
WAFA|Wafa news agency
Emirates News Agency|WAM
Saudi Press Agency
Korean Central News Agency|KCNA
Folha de S.Paulo|Folha
O Globo
TV Globo
Clarín|Clarin
Televisa|Grupo Televisa
Vogue
TMZ
# Media and entertainment companies
Warner Bros. Discovery|Warner Bros Discovery
NBCUniversal
Fox Corporation|Fox Corp
News Corp|News Corporation
HBO
HBO Max
Hulu
Roku
Sony Pictures
Universal Pictures
Universal Music Group|Universal Music|UMG
Warner Music Group|Warner Music
Lionsgate
MGM|Metro-Goldwyn-Mayer
Pixar
Marvel Studios
Canal+|Canal Plus
Bertelsmann
Axel Springer
Vivendi
Pearson
RELX
Thomson Reuters
Gannett
SiriusXM|Sirius XM
WPP
Publicis|Publicis Groupe
Electronic Arts
Take-Two Interactive|Take-Two
Ubisoft
Epic Games
Roblox
HYBE
Live Nation|Live Nation Entertainment
# Companies: technology, semiconductors, internet and AI
Intel|Intel Corporation
AMD|Advanced Micro Devices
IBM|International Business Machines
Cisco|Cisco Systems
HP Inc.|Hewlett-Packard
Hewlett Packard Enterprise|HPE
Dell Technologies
Salesforce
Intuit
Uber|Uber Technologies
Airbnb
Netflix
PayPal
eBay
Zoom Video Communications
Snap Inc.
Pinterest
LinkedIn
Discord
Twitch
Sony|Sony Group
Panasonic
Hitachi
Toshiba
Tokyo Electron
TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor Manufacturing Co.
MediaTek
Asus|ASUS
Acer
Lenovo
Xiaomi
ZTE
Tencent
Baidu
JD.com
NetEase
Weibo
Ant Group
CATL|Contemporary Amperex Technology
Nio|NIO
Li Auto
SMIC|Semiconductor Manufacturing International Corporation
Arm Holdings
Infineon|Infineon Technologies
STMicroelectronics
NXP Semiconductors|NXP
Texas Instruments
Applied Materials
Lam Research
Super Micro Computer|Supermicro
Palantir|Palantir Technologies
Mistral AI|Mistral
xAI
Perplexity AI
CoreWeave
Google DeepMind|DeepMind
Robinhood|Robinhood Markets
Cloudflare
Tata Consultancy Services|TCS
Wikimedia Foundation
Hikvision
DJI
Yangtze Memory Technologies|YMTC
Coupang
Mercado Libre|MercadoLibre
Naspers
Yandex
NSO Group
Cambridge Analytica
Theranos
# Companies: telecoms
AT&T
Verizon
T-Mobile
Comcast
Virgin Media O2|Virgin Media
Vodafone
Vodafone Idea
Reliance Jio|Jio
China Mobile
NTT|Nippon Telegraph and Telephone
Singtel
Telstra
Telefónica|Telefonica
Ericsson
Nokia
MTN Group|MTN
Safaricom
Telus
América Móvil|America Movil
# Companies: banks, asset managers, exchanges, payments, crypto
UBS
Royal Bank of Canada|RBC
TD Bank|Toronto-Dominion Bank
Scotiabank|Bank of Nova Scotia
Bank of Montreal|BMO
CIBC|Canadian Imperial Bank of Commerce
Commonwealth Bank of Australia|Commonwealth Bank|CBA
Westpac
ANZ|Australia and New Zealand Banking Group
National Australia Bank
Macquarie Group
ING|ING Group
Intesa Sanpaolo
UniCredit
Danske Bank
Raiffeisen Bank International|Raiffeisen
State Bank of India|SBI
HDFC Bank
ICICI Bank
Axis Bank
Kotak Mahindra Bank
Bajaj Finance
ICBC|Industrial and Commercial Bank of China
Bank of China
Sumitomo Mitsui Financial Group|SMFG|Sumitomo Mitsui
DBS|DBS Bank
Nubank
Sberbank|Sber
VTB|VTB Bank
Gazprombank
Lazard
Rothschild & Co
Capital One
Silicon Valley Bank|SVB
First Republic Bank|First Republic
Signature Bank
BNY|BNY Mellon|Bank of New York Mellon
Fidelity Investments
Vanguard Group
Blackstone
KKR|Kohlberg Kravis Roberts
Apollo Global Management
Carlyle Group
Brookfield Asset Management
Bridgewater Associates
Citadel Securities
Elliott Management|Elliott Investment Management
Pimco|PIMCO
Schroders
Legal & General
Abu Dhabi Investment Authority|ADIA
Mubadala
Public Investment Fund|PIF
Qatar Investment Authority|QIA
Temasek|Temasek Holdings
Norges Bank Investment Management|NBIM
Sequoia Capital
Andreessen Horowitz|a16z
Y Combinator
Visa Inc.
S&P Global
London Stock Exchange Group|LSEG
London Stock Exchange
New York Stock Exchange|NYSE
Nasdaq
CME Group
Intercontinental Exchange
Euronext
Shanghai Stock Exchange
Bombay Stock Exchange|BSE
National Stock Exchange of India|NSE
Coinbase
FTX
Bybit
OKX
Crypto.com
MicroStrategy
TSB|TSB Bank
Nationwide Building Society
Royal Bank of Scotland|RBS
Fannie Mae
Freddie Mac
# Companies: insurers
Allianz
AXA
Zurich Insurance Group|Zurich Insurance
Generali|Assicurazioni Generali
Munich Re
Swiss Re
Aviva
Prudential plc|Prudential
Lloyd's of London
AIG|American International Group
MetLife
Chubb
State Farm
Ping An|Ping An Insurance
China Life Insurance|China Life
Life Insurance Corporation of India|LIC
Elevance Health
CVS Health|CVS
Optum
# Companies: energy, utilities, mining, steel
Chevron
ConocoPhillips
Occidental Petroleum
Shell plc|Royal Dutch Shell
Petrobras
Pemex|Petróleos Mexicanos|Petroleos Mexicanos
PDVSA|Petróleos de Venezuela
Petronas
PetroChina
ADNOC|Abu Dhabi National Oil Company
QatarEnergy
National Iranian Oil Company|NIOC
Sonatrach
NNPC|Nigerian National Petroleum Corporation|Nigerian National Petroleum Company Limited|NNPC Limited
ONGC|Oil and Natural Gas Corporation
Indian Oil Corporation|Indian Oil
Coal India
NTPC
Novatek
Gazprom Neft
Orlen|PKN Orlen
Woodside Energy
Enbridge
Halliburton
Schlumberger|SLB
Baker Hughes
Glencore
Vitol
Trafigura
Cheniere Energy|Cheniere
NextEra Energy|NextEra
Duke Energy
Pacific Gas and Electric|PG&E
Con Edison|Consolidated Edison
Constellation Energy
EDF|Électricité de France|Electricite de France
Engie
Iberdrola
Enel
RWE
E.ON
Vattenfall
Ørsted|Orsted
Vestas
Siemens Energy
National Grid
Centrica
British Gas
Octopus Energy
EDF Energy
Thames Water
Eskom
Transnet
Sasol
Tokyo Electric Power Company|TEPCO|Tokyo Electric
State Grid Corporation of China|State Grid
Westinghouse Electric|Westinghouse
Naftogaz
Ukrenergo
Energoatom
Vale SA
Freeport-McMoRan
Newmont
Barrick Gold|Barrick
Fortescue|Fortescue Metals Group
Codelco
Norilsk Nickel|Nornickel
Rusal
Alcoa
De Beers
U.S. Steel|United States Steel|US Steel
Thyssenkrupp|ThyssenKrupp
British Steel
Ineos
# Companies: carmakers, transport makers, tyres
Toyota|Toyota Motor
Honda|Honda Motor
Nissan
Mazda
Subaru
Mitsubishi Motors
Maruti Suzuki
Tata Motors
Hyundai|Hyundai Motor
BMW
Mercedes-Benz|Mercedes-Benz Group
Daimler Truck
Volkswagen|VW|Volkswagen Group
Audi
Škoda|Skoda
Lamborghini
Alfa Romeo
Peugeot
Citroën|Citroen
Opel
Vauxhall Motors
Volvo Cars
Volvo Group
Polestar
Aston Martin
Land Rover
Ford Motor Company|Ford Motor
Lucid Group|Lucid Motors
Waymo
SAIC Motor
Zeekr
VinFast
Harley-Davidson
Caterpillar Inc.
Michelin
Goodyear
Alstom
# Companies: aerospace and defence
Bombardier
Spirit AeroSystems
GE Aerospace
Pratt & Whitney
Leonardo SpA
KNDS
MBDA
Naval Group
Hanwha Aerospace|Hanwha
Elbit Systems|Elbit
Israel Aerospace Industries
Rafael Advanced Defense Systems
Hindustan Aeronautics|Hindustan Aeronautics Limited
Mitsubishi Heavy Industries
Babcock International|Babcock
L3Harris
Anduril|Anduril Industries
General Atomics
Sikorsky
Rostec
Norinco
AVIC|Aviation Industry Corporation of China
COMAC|Commercial Aircraft Corporation of China
Baykar
Blue Origin
Rocket Lab
Virgin Galactic
Arianespace
United Launch Alliance
Maxar Technologies|Maxar
# Companies: airlines, travel, logistics, rail
Delta Air Lines
Alaska Airlines
Spirit Airlines
Air Canada
Ryanair
KLM
Air France-KLM
International Airlines Group|IAG
Scandinavian Airlines
Emirates Airline
El Al
EgyptAir
Ethiopian Airlines
Air China
China Eastern Airlines|China Eastern
China Southern Airlines|China Southern
Japan Airlines|JAL
All Nippon Airways
Korean Air
Malaysia Airlines
AirAsia
Virgin Atlantic
Jet2
TUI|TUI Group
Booking Holdings|Booking.com
Expedia
Carnival Corporation
Royal Caribbean
Marriott International|Marriott
Hilton Worldwide
FedEx
UPS|United Parcel Service
DHL|DHL Group
Maersk|A.P. Moller-Maersk|AP Moller-Maersk
Mediterranean Shipping Company
COSCO|COSCO Shipping
DP World
Royal Mail
Deutsche Post
United States Postal Service|USPS|US Postal Service
Union Pacific
Norfolk Southern
Indian Railways
Transport for London|TfL
Transport for Wales|TfW
Transport for Greater Manchester|TfGM
Transport for NSW
Statistics Canada|StatCan
Statistics South Africa|Stats SA
Statistics Norway
Statistics Sweden
Statistics New Zealand|Stats NZ
Statistics Korea
Statistics Finland
Statistics Denmark
Statistics Austria
Statistics Poland
Metropolitan Transportation Authority|MTA
HS2|High Speed 2
Deliveroo
Just Eat Takeaway|Just Eat
# Companies: retail, consumer goods, food and drink, luxury
Walmart
Costco
Target Corporation
Home Depot|The Home Depot
Best Buy
Walgreens|Walgreens Boots Alliance
Whole Foods Market|Whole Foods
Tesco
Waitrose
Ocado
JD Sports
Greggs
JD Wetherspoon|Wetherspoon|Wetherspoons
ASOS
Lululemon
Nike
Adidas
Levi Strauss|Levi Strauss & Co.
Uniqlo
Prada
Gucci
Kering
LVMH|LVMH Moët Hennessy Louis Vuitton
Hermès
Chanel
Dior
Burberry
Cartier
Rolex
Versace
Saint Laurent|YSL
L'Oréal|L'Oreal
Unilever
Nestlé|Nestle
Reckitt|Reckitt Benckiser
Haleon
Colgate-Palmolive
Mondelez|Mondelez International
PepsiCo
Coca-Cola|Coca-Cola Company
Kellanova
Mars Inc.|Mars Incorporated
Hershey|The Hershey Company
Tyson Foods
JBS
Cargill
Archer-Daniels-Midland|ADM
Pernod Ricard
Philip Morris International|Philip Morris
British American Tobacco
Juul|Juul Labs
Starbucks
KFC
Pizza Hut
IKEA
7-Eleven
Patanjali|Patanjali Ayurved
LG Electronics
LG Group
Lotte Group
Samsung Electronics
# Companies: pharma, health and medical technology
Abbott Laboratories
Medtronic
Boston Scientific
Thermo Fisher Scientific|Thermo Fisher
Vertex Pharmaceuticals
Novavax
Sandoz
Sun Pharmaceutical|Sun Pharma
Dr. Reddy's|Dr Reddy's Laboratories|Dr. Reddy's Laboratories
Serum Institute of India
Bharat Biotech
Sinovac
Sinopharm
Merck KGaA
Boehringer Ingelheim
Purdue Pharma
Philips
# Companies: industrials, conglomerates, services, property
General Electric|GE
GE Vernova
3M
Siemens
ABB
Schneider Electric
Mitsubishi Corporation
Larsen & Toubro|L&T
Aditya Birla Group
Vedanta Resources|Vedanta Limited
CK Hutchison
China Evergrande|Evergrande
Country Garden
China Vanke|Vanke
Dangote Group|Dangote
BASF
Persimmon
Barratt Redrow|Barratt Developments|Barratt
Flutter Entertainment
Bet365
Paddy Power
Trump Organization
Boston Consulting Group|BCG
Bain & Company
Serco
G4S
Bechtel
# Sports: football clubs (Europe, Americas, Middle East)
Arsenal|Arsenal FC
Al Ahly
Zamalek
Gor Mahia
AFC Leopards
Kaizer Chiefs
Orlando Pirates
Mamelodi Sundowns
Enyimba
Al Wahda
Al Ain
Al Nassr
Al Ittihad
Wydad Casablanca|Wydad
Aston Villa
Chelsea FC|Chelsea F.C.
Liverpool FC|Liverpool F.C.
Manchester United|Man United|Man Utd
Manchester City|Man City
Tottenham Hotspur|Tottenham|Spurs
Newcastle United
Everton|Everton FC
West Ham United|West Ham
Brighton & Hove Albion|Brighton and Hove Albion
Crystal Palace
Fulham FC
Wolverhampton Wanderers|Wolves
Nottingham Forest
Brentford FC
AFC Bournemouth
Leeds United
Burnley FC
Sunderland AFC
Leicester City
Southampton FC
Celtic FC
Rangers FC
Real Madrid
FC Barcelona|Barça|Barca
Sevilla FC
Real Betis
Valencia CF
Villarreal|Villarreal CF
Athletic Bilbao|Athletic Club
Real Sociedad
AS Roma
SS Lazio
Atalanta
Fiorentina
Bologna FC
RB Leipzig
Bayer Leverkusen|Leverkusen
Eintracht Frankfurt
Olympique de Marseille
Olympique Lyonnais
AS Monaco
Benfica|SL Benfica
FC Porto
Sporting CP|Sporting Lisbon
Ajax|AFC Ajax
PSV Eindhoven|PSV
Feyenoord
Galatasaray
Fenerbahçe|Fenerbahce
Beşiktaş|Besiktas
Shakhtar Donetsk
Dynamo Kyiv
Al-Nassr|Al Nassr
Al-Hilal|Al Hilal
Al-Ittihad|Al Ittihad
Flamengo
Palmeiras
Boca Juniors
River Plate
Inter Miami|Inter Miami CF
LA Galaxy
Los Angeles FC|LAFC
Seattle Sounders
Atlanta United
New York City FC|NYCFC
Toronto FC
# Sports: NFL, NBA, MLB and NHL franchises
Arizona Cardinals
Atlanta Falcons
Baltimore Ravens
Buffalo Bills
Carolina Panthers
Chicago Bears
Cincinnati Bengals|Bengals
Cleveland Browns
Dallas Cowboys
Denver Broncos
Detroit Lions
Green Bay Packers|Packers
Houston Texans
Indianapolis Colts
Jacksonville Jaguars
Kansas City Chiefs
Las Vegas Raiders
Los Angeles Chargers
Los Angeles Rams
Miami Dolphins
Minnesota Vikings
New England Patriots
New Orleans Saints
New York Giants
New York Jets
Philadelphia Eagles
Pittsburgh Steelers|Steelers
San Francisco 49ers|49ers|Niners
Seattle Seahawks|Seahawks
Tampa Bay Buccaneers
Tennessee Titans
Washington Commanders
Atlanta Hawks
Boston Celtics|Celtics
Brooklyn Nets
Charlotte Hornets
Chicago Bulls
Cleveland Cavaliers
Dallas Mavericks
Denver Nuggets
Detroit Pistons
Golden State Warriors
Houston Rockets
Indiana Pacers
Los Angeles Clippers
Los Angeles Lakers|Lakers
Memphis Grizzlies
Miami Heat
Milwaukee Bucks
Minnesota Timberwolves|Timberwolves
New Orleans Pelicans
New York Knicks|Knicks
Oklahoma City Thunder
Orlando Magic
Philadelphia 76ers|76ers|Sixers
Phoenix Suns
Portland Trail Blazers|Trail Blazers
Sacramento Kings
San Antonio Spurs
Toronto Raptors|Raptors
Utah Jazz
Washington Wizards
New York Yankees|Yankees
Boston Red Sox|Red Sox
Los Angeles Dodgers|Dodgers
Chicago Cubs
Chicago White Sox|White Sox
New York Mets|Mets
Houston Astros|Astros
Atlanta Braves
Philadelphia Phillies|Phillies
San Francisco Giants
St. Louis Cardinals|St Louis Cardinals
Toronto Blue Jays|Blue Jays
Texas Rangers
Seattle Mariners
San Diego Padres|Padres
Baltimore Orioles
Detroit Tigers
Cleveland Guardians
Milwaukee Brewers
Tampa Bay Rays
Arizona Diamondbacks|Diamondbacks
Oakland Athletics
Toronto Maple Leafs|Maple Leafs
Montreal Canadiens|Canadiens
Boston Bruins
Chicago Blackhawks|Blackhawks
Detroit Red Wings|Red Wings
Edmonton Oilers|Oilers
New York Rangers
Pittsburgh Penguins
Vegas Golden Knights
Tampa Bay Lightning
Florida Panthers
Colorado Avalanche
Vancouver Canucks|Canucks
Washington Capitals
# Sports: governing bodies, leagues, cricket boards, national sides
The Football Association|Football Association
Football Association of Ireland|FAI
United States Soccer Federation|US Soccer|U.S. Soccer
CONCACAF
CONMEBOL
Confederation of African Football|CAF
Asian Football Confederation
Royal Spanish Football Federation|RFEF
German Football Association|DFB
French Football Federation|FFF
Italian Football Federation|FIGC
NCAA|National Collegiate Athletic Association
The R&A|R&A
ATP|Association of Tennis Professionals
WTA|Women's Tennis Association
All England Lawn Tennis Club|All England Club
Lawn Tennis Association|LTA
Rugby Football Union|RFU
World Rugby
England and Wales Cricket Board
Cricket Australia
Pakistan Cricket Board|PCB
International Cricket Council
Cricket South Africa
New Zealand Cricket
Sri Lanka Cricket
Bangladesh Cricket Board
Cricket West Indies
Mumbai Indians
Chennai Super Kings|CSK
Royal Challengers Bengaluru|Royal Challengers Bangalore|RCB
Kolkata Knight Riders
Delhi Capitals
Rajasthan Royals
Sunrisers Hyderabad
Punjab Kings
Gujarat Titans
Lucknow Super Giants
FIA|Fédération Internationale de l'Automobile|Federation Internationale de l'Automobile
Red Bull Racing
Mercedes-AMG Petronas|Mercedes F1
Scuderia Ferrari
McLaren|McLaren F1
Aston Martin F1|Aston Martin Aramco
Williams Racing
Alpine F1 Team
Haas F1 Team
Kick Sauber|Sauber
Racing Bulls
World Athletics
Union Cycliste Internationale|UCI
UFC|Ultimate Fighting Championship
WWE
Court of Arbitration for Sport|CAS
US Anti-Doping Agency|USADA|U.S. Anti-Doping Agency
RUSADA|Russian Anti-Doping Agency
British Olympic Association|Team GB
International Paralympic Committee
All Blacks
Springboks
Wallabies
# Universities and research institutes
Harvard University|Harvard
Yale University|Yale
Princeton University|Princeton
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
California Institute of Technology|Caltech
Columbia University
University of Chicago
University of Pennsylvania|UPenn
Cornell University|Cornell
Dartmouth College
Duke University
Johns Hopkins University|Johns Hopkins
Northwestern University
Georgetown University
New York University|NYU
University of California, Berkeley|UC Berkeley
University of California, Los Angeles|UCLA
University of Michigan
University of Texas at Austin|UT Austin
Carnegie Mellon University|Carnegie Mellon
University of Southern California|USC
Georgia Institute of Technology|Georgia Tech
Purdue University|Purdue
Ohio State University
Pennsylvania State University|Penn State
Oxford University|University of Oxford
Cambridge University|University of Cambridge
Imperial College London|Imperial College
University College London|UCL
London School of Economics|LSE|London School of Economics and Political Science
King's College London|KCL
University of Edinburgh|Edinburgh University
University of Manchester|Manchester University
Durham University
University of St Andrews|St Andrews University
SOAS University of London|SOAS
London School of Hygiene & Tropical Medicine|London School of Hygiene and Tropical Medicine|LSHTM
Trinity College Dublin
Sciences Po
Sorbonne University|Sorbonne
ETH Zurich|ETH Zürich
EPFL|École Polytechnique Fédérale de Lausanne
Technical University of Munich|TU Munich
Charité|Charite
Max Planck Society|Max Planck Institute
Karolinska Institute|Karolinska Institutet|Karolinska
University of Toronto
McGill University|McGill
University of British Columbia|UBC
University of Melbourne
University of Sydney
Australian National University|ANU
Tsinghua University|Tsinghua
Peking University
University of Tokyo
National University of Singapore|NUS
University of Hong Kong|HKU
Indian Institutes of Technology|IIT|IITs
Indian Institute of Science|IISc
Jawaharlal Nehru University|JNU
All India Institute of Medical Sciences|AIIMS
Hebrew University of Jerusalem|Hebrew University
Tel Aviv University
Technion|Technion – Israel Institute of Technology
University of Cape Town
Pasteur Institute|Institut Pasteur
Francis Crick Institute|Crick Institute
Wellcome Sanger Institute|Sanger Institute
Mayo Clinic
Cleveland Clinic
Memorial Sloan Kettering Cancer Center|Memorial Sloan Kettering
MD Anderson Cancer Center|MD Anderson
Dana-Farber Cancer Institute|Dana-Farber
Institute for Health Metrics and Evaluation|IHME
Robert Koch Institute
Alan Turing Institute
Lawrence Livermore National Laboratory
Los Alamos National Laboratory
Oak Ridge National Laboratory
Jet Propulsion Laboratory|JPL
European Centre for Medium-Range Weather Forecasts|ECMWF
Smithsonian Institution|Smithsonian
Royal Society
# Political parties
Plaid Cymru|Plaid
Democratic Unionist Party|DUP
Social Democratic and Labour Party|SDLP
UK Independence Party|UKIP
Australian Labor Party|ALP
Liberal Party of Australia
Pauline Hanson's One Nation
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party|NDP
Bloc Québécois|Bloc Quebecois
All Progressives Congress|APC
Peoples Democratic Party|PDP
Otzma Yehudit
Kenya Kwanza
Azimio la Umoja
Orange Democratic Movement|ODM
United Democratic Alliance|UDA
Progressive Alliance of Socialists and Democrats|Socialists and Democrats|S&D
Patriots for Europe|PfE
European Conservatives and Reformists|ECR
Renew Europe
Greens/EFA
Junts per Catalunya|Junts
Esquerra Republicana de Catalunya|ERC
Sumar
Te Pāti Māori|Te Pati Maori|Māori Party|Maori Party
La Libertad Avanza
Movimiento Ciudadano
Propuesta Republicana
Unión por la Patria|Union por la Patria
Partido Justicialista
Morena|Movimiento Regeneración Nacional
New Zealand First|NZ First
Freedom Front Plus|FF Plus|Vryheidsfront Plus
Independent Ireland
Aontú|Aontu
Bharatiya Janata Party|BJP
Indian National Congress
Aam Aadmi Party|AAP
All India Trinamool Congress|Trinamool Congress|TMC
Samajwadi Party
Shiv Sena
Nationalist Congress Party|NCP
Dravida Munnetra Kazhagam|DMK
Rashtriya Janata Dal|RJD
Janata Dal (United)|JD(U)
Communist Party of India (Marxist)|CPI(M)
Pakistan Tehreek-e-Insaf
Pakistan Muslim League-Nawaz|PML-N
Pakistan Peoples Party
Awami League
Bangladesh Nationalist Party|BNP
Jamaat-e-Islami
Christian Democratic Union|CDU
Christian Social Union|CSU
Social Democratic Party of Germany|SPD
Alternative for Germany|AfD|Alternative für Deutschland
Free Democratic Party|FDP|Free Democrats
Die Linke|Left Party
Sahra Wagenknecht Alliance|BSW|Bündnis Sahra Wagenknecht
National Rally|Rassemblement National
La France Insoumise|LFI|France Unbowed
Les Républicains|Les Republicains
Brothers of Italy|Fratelli d'Italia
Forza Italia
Five Star Movement|M5S
Spanish Socialist Workers' Party|PSOE
Party for Freedom|PVV
Fidesz
Law and Justice party|PiS
Civic Platform
Freedom Party of Austria|FPÖ|FPO
Sweden Democrats
Likud
Yesh Atid
Liberal Democratic Party of Japan|LDP|Liberal Democratic Party
Democratic Party of Korea
People Power Party
Kuomintang|KMT
Democratic Progressive Party|DPP
Chinese Communist Party|CCP|Communist Party of China
United Russia
Justice and Development Party|AKP|AK Party
Republican People's Party|CHP
African National Congress|ANC
Democratic Alliance
Economic Freedom Fighters|EFF
uMkhonto weSizwe|MK Party
ZANU-PF
Fatah
Palestine Liberation Organization|PLO
Rashtriya Swayamsevak Sangh|RSS
# Government departments, agencies, legislatures and forces
Health New Zealand|Te Whatu Ora|Health NZ
Euroclear
Waitangi Tribunal
Office of the Comptroller of the Currency|OCC
General Authority for Statistics|GASTAT
Historic England
Natural England
Sport England
Arts Council England
Historic Environment Scotland
NatureScot
Natural Resources Wales
Department of Defense|Defense Department|DoD|Department of War|War Department
Department of the Treasury|Treasury Department|US Treasury|U.S. Treasury
Department of Energy|Energy Department
Department of Education|Education Department
Department of Health and Human Services|Health and Human Services|HHS
Department of Labor|Labor Department
Department of Commerce|Commerce Department
Department of Veterans Affairs|Veterans Affairs
Department of the Interior|Interior Department
Department of Housing and Urban Development|HUD
Department of Transportation|Transportation Department
Department of Government Efficiency|DOGE
Customs and Border Protection|CBP|U.S. Customs and Border Protection
US Citizenship and Immigration Services|USCIS
Secret Service|US Secret Service|U.S. Secret Service
Drug Enforcement Administration|DEA
National Guard
US Army|U.S. Army
US Navy|U.S. Navy
US Air Force|U.S. Air Force
US Marine Corps|Marine Corps|U.S. Marine Corps
US Space Force|Space Force
Joint Chiefs of Staff|Joint Chiefs
National Security Council|NSC
Office of Management and Budget|OMB
Congressional Budget Office|CBO
Government Accountability Office|GAO
Bureau of Labor Statistics|BLS
Federal Deposit Insurance Corporation|FDIC
Consumer Financial Protection Bureau|CFPB
Social Security Administration
US Agency for International Development|USAID
National Labor Relations Board|NLRB
Nuclear Regulatory Commission
National Weather Service
National Hurricane Center
Cybersecurity and Infrastructure Security Agency|CISA
Office of the Director of National Intelligence|ODNI
New York Police Department|NYPD
Los Angeles Police Department|LAPD
HM Treasury
Ministry of Defence
Department of Health and Social Care|DHSC
Department for Education|DfE
Department for Transport|DfT
Department for Environment, Food and Rural Affairs|Defra|DEFRA
Department for Business and Trade
Department for Energy Security and Net Zero
Ministry of Justice|MoJ
Ministry of Housing, Communities and Local Government|MHCLG
Department for Culture, Media and Sport|DCMS
Cabinet Office
Foreign, Commonwealth and Development Office|FCDO
Scottish Government
Welsh Government
Northern Ireland Executive
Northern Ireland Assembly|Stormont Assembly
Scottish Parliament
Senedd|Welsh Parliament
Electoral Commission
Environment Agency
National Crime Agency|NCA
Serious Fraud Office|SFO
Border Force
Ofsted
UK Health Security Agency|UKHSA
Police Scotland
Police Service of Northern Ireland|PSNI
British Army
Royal Navy
Royal Air Force|RAF
Special Air Service|SAS
Church of England
Council of the European Union|Council of the EU
European External Action Service|EEAS
European Court of Human Rights|ECtHR
Council of Europe
Eurostat
European Space Agency|ESA
Eurogroup
European Bank for Reconstruction and Development|EBRD
European People's Party|EPP
Ministry of External Affairs|MEA
Ministry of Home Affairs|MHA
Election Commission of India
Securities and Exchange Board of India|SEBI|Sebi
Central Bureau of Investigation
Enforcement Directorate
National Investigation Agency
Indian Army
Indian Navy
Indian Air Force|IAF
Research and Analysis Wing|R&AW
Defence Research and Development Organisation|DRDO
Lok Sabha
Rajya Sabha
Central Reserve Police Force|CRPF
Border Security Force|BSF
Australian Federal Police
Australian Defence Force|ADF
Department of Foreign Affairs and Trade|DFAT
Bureau of Meteorology
CSIRO
Australian Security Intelligence Organisation|ASIO
Royal Canadian Mounted Police|RCMP|Mounties
Canadian Security Intelligence Service
Bank of Canada
Statistics Canada|StatCan
Canadian Armed Forces
Bundestag
Bundeswehr
BND|Federal Intelligence Service
Assemblée nationale|Assemblee nationale|French National Assembly
Knesset
State Duma|Duma
Verkhovna Rada|Rada
National Anti-Corruption Bureau of Ukraine|NABU
National People's Congress|NPC
People's Liberation Army|PLA
Ministry of State Security
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards
Quds Force
Japan Self-Defense Forces|Self-Defense Forces
Hong Kong Monetary Authority|HKMA
Monetary Authority of Singapore
Bank of Korea|BOK
Reserve Bank of New Zealand|RBNZ
South African Reserve Bank|SARB
Central Bank of Brazil|Banco Central do Brasil
Bank of Mexico|Banxico
Bank of Russia|Central Bank of Russia
Central Bank of the Republic of Turkey|CBRT
Riksbank|Sveriges Riksbank
Norges Bank
Bank for International Settlements|BIS
# International organisations
International Labour Organization|ILO|International Labour Organisation
Food and Agriculture Organization|FAO
International Organization for Migration|IOM
UN Women
UNAIDS
UN Population Fund|UNFPA
UN Human Rights Council|Human Rights Council|UNHRC
Office of the UN High Commissioner for Human Rights|OHCHR|UN Human Rights Office
UN General Assembly|General Assembly|UNGA
UN Office on Drugs and Crime|UNODC
International Telecommunication Union|ITU
International Civil Aviation Organization|ICAO
International Maritime Organization|IMO
World Meteorological Organization|WMO
UN Framework Convention on Climate Change|UNFCCC
Organisation for the Prohibition of Chemical Weapons|OPCW
UNIFIL
Gavi|Gavi, the Vaccine Alliance
Global Fund to Fight AIDS, Tuberculosis and Malaria|Global Fund
Commonwealth of Nations
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Organisation of Islamic Cooperation|OIC
Shanghai Cooperation Organisation|SCO
Collective Security Treaty Organization|CSTO
Economic Community of West African States|ECOWAS
East African Community
Mercosur
Organization of American States|OAS
CARICOM|Caribbean Community
Pacific Islands Forum
Asia-Pacific Economic Cooperation|APEC
Quadrilateral Security Dialogue|Quad
AUKUS
Five Eyes
Group of Eight|G8|G-8
Asian Infrastructure Investment Bank|AIIB
Financial Action Task Force|FATF
OPEC+|OPEC Plus
World Economic Forum|WEF
Norwegian Nobel Committee|Nobel Committee
# NGOs, charities, unions, think tanks, pollsters
Bill & Melinda Gates Foundation|Gates Foundation|Bill and Melinda Gates Foundation
Open Society Foundations
Clinton Foundation
International Crisis Group|Crisis Group
Transparency International
Reporters Without Borders
Committee to Protect Journalists|CPJ
International Rescue Committee|IRC
Save the Children
Oxfam
Norwegian Refugee Council
Anti-Defamation League|ADL
American Civil Liberties Union|ACLU
Southern Poverty Law Center|SPLC
NAACP
Planned Parenthood
National Rifle Association|NRA
Heritage Foundation
Brookings Institution|Brookings
Council on Foreign Relations|CFR
Center for Strategic and International Studies|CSIS
RAND Corporation|Rand Corporation
Carnegie Endowment for International Peace|Carnegie Endowment
American Enterprise Institute|AEI
Cato Institute
Atlantic Council
Institute for the Study of War|ISW
European Council on Foreign Relations|ECFR
Stockholm International Peace Research Institute|SIPRI
Kiel Institute for the World Economy|Kiel Institute
Lowy Institute
Australian Strategic Policy Institute|ASPI
Chatham House
Royal United Services Institute|RUSI
International Institute for Strategic Studies|IISS
Resolution Foundation
Institute for Government
The King's Fund|King's Fund
Tony Blair Institute for Global Change|Tony Blair Institute
Friends of the Earth
Extinction Rebellion
Just Stop Oil
Bellingcat
WikiLeaks
Turning Point USA
Black Lives Matter
National Trust
Cancer Research UK
Citizens Advice
NSPCC
Trussell Trust
British Medical Association|BMA
Royal College of Nursing|RCN
Trades Union Congress|TUC
RMT|National Union of Rail, Maritime and Transport Workers
Aslef
National Education Union|NEU
AFL-CIO
International Brotherhood of Teamsters|Teamsters
United Auto Workers|UAW
Unison|UNISON
SAG-AFTRA
Confederation of British Industry
US Chamber of Commerce|U.S. Chamber of Commerce
Ipsos
Gallup
Pew Research Center
YouGov
Quinnipiac University|Quinnipiac
Muslim Brotherhood
# Armed and militant groups
Houthis|Houthi movement|Ansar Allah
Palestinian Islamic Jihad|Islamic Jihad
Al-Shabaab|al-Shabab|Al-Shabab|al-Shabaab
Boko Haram
Hayat Tahrir al-Sham|HTS
Kurdistan Workers' Party|PKK
Syrian Democratic Forces|SDF
Rapid Support Forces
Sudanese Armed Forces
M23|M23 rebels
Tigray People's Liberation Front|TPLF
Lashkar-e-Taiba
Jaish-e-Mohammed
Tehrik-i-Taliban Pakistan|TTP|Pakistani Taliban
Islamic State Khorasan|ISIS-K|IS-K
Kataib Hezbollah
Proud Boys
Azov Brigade
Lazarus Group
Fancy Bear|APT28
Volt Typhoon
Salt Typhoon
LockBit
Scattered Spider
`;

export const WELL_KNOWN_MISC = `
# Phones, computers and consumer devices
Samsung Galaxy|Galaxy S25|Galaxy S24
Google Pixel|Pixel phone
Apple Vision Pro|Vision Pro
Meta Quest|Oculus Quest
AirTag|AirTags
PlayStation 5|PS5
Nintendo Switch 2|Switch 2
# Chips and computing hardware
Snapdragon
Nvidia H100|H100
Nvidia H20|H20 chip
Huawei Ascend|Ascend 910B
# Software, platforms and online services
Microsoft Windows
Windows 11
Microsoft Office|Office 365|Microsoft 365
Microsoft Excel
Microsoft Teams
Bing
Skype
Google Chrome|Chrome browser
Firefox|Mozilla Firefox
Google Translate
Apple Pay
Apple TV+|Apple TV Plus
FaceTime
Amazon Prime
Disney+|Disney Plus
WeChat
Alipay
Douyin
Venmo
M-Pesa|MPesa
Unified Payments Interface|UPI
Aadhaar
Tesla Autopilot
# AI models and chatbots
GPT-4|GPT-4o
GPT-5
DALL-E|DALL·E
Sora
Apple Intelligence
DeepSeek-R1|DeepSeek R1
Ernie Bot
AlphaFold
# Malware, spyware and cyber incidents
Pegasus spyware
Stuxnet
WannaCry
NotPetya
# Video games and toys
Pokémon|Pokemon
Pokémon Go|Pokemon Go
Tetris
Grand Theft Auto VI|GTA VI|GTA 6
Wordle
Barbie
# Films, TV shows and books
Star Wars
Game of Thrones
Doctor Who
Squid Game
The Great British Bake Off|Great British Bake Off|Bake Off
Strictly Come Dancing
Mona Lisa
# Religious and historical texts and artefacts
Quran|Koran|Qur'an
Torah
Declaration of Independence
United States Constitution|US Constitution|U.S. Constitution
Bill of Rights
Elgin Marbles|Parthenon Marbles|Parthenon Sculptures
Koh-i-Noor|Kohinoor|Koh-i-Noor diamond
Crown Jewels
Doomsday Clock
# Cars and vehicles
Tesla Model 3|Model 3
Tesla Model Y|Model Y
Tesla Model S|Model S
Cybertruck|Tesla Cybertruck
Ford F-150|F-150
Ford Mustang
Toyota Prius|Prius
Nissan Leaf
Range Rover
Humvee|Humvees
# Civil aircraft and ships
Boeing 737 Max|737 Max
Boeing 737
Boeing 747
Boeing 777
Boeing 787 Dreamliner|787 Dreamliner|Dreamliner|Boeing 787
Airbus A320|A320|A320neo
Airbus A380|A380
Comac C919|C919
Concorde
Air Force One
RMS Titanic|Titanic
Deepwater Horizon
# Military aircraft and drones
F-35|F-35s|F-35A|F-35B|F-35 Lightning II
F-16|F-16s|F-16 Fighting Falcon
F-22 Raptor|F-22
F-15|F-15E|F-15 Eagle|F-15E Strike Eagle
F/A-18 Super Hornet|F/A-18|Super Hornet
B-52|B-52 bomber|B-52 Stratofortress
B-2 Spirit|B-2 bomber|B-2 stealth bomber
B-21 Raider|B-21
V-22 Osprey|MV-22 Osprey|Osprey aircraft|V-22
Black Hawk helicopter|Black Hawk|UH-60 Black Hawk
AH-64 Apache|Apache helicopter
CH-47 Chinook|Chinook helicopter
Eurofighter Typhoon|Eurofighter
Dassault Rafale|Rafale
Saab Gripen|Gripen|JAS 39 Gripen
Spitfire|Supermarine Spitfire
Su-57
Su-35
Su-34
MiG-29
MiG-31
Tu-95
J-20
J-10|J-10C
Bayraktar TB2|TB2
MQ-9 Reaper|Reaper drone|MQ-9
# Missiles, air defence and weapons systems
Iron Dome
David's Sling
Arrow 3|Arrow-3
THAAD|Terminal High Altitude Area Defense
Golden Dome
S-400
S-300
Buk missile|Buk
NASAMS
IRIS-T
Stinger missile|Stinger missiles
Javelin missile|Javelin missiles
NLAW
Tomahawk missile|Tomahawk cruise missile
GBU-57|Massive Ordnance Penetrator
Taurus missile|Taurus KEPD 350
M1 Abrams|Abrams tank|Abrams tanks
Bradley Fighting Vehicle|Bradley fighting vehicles
Leopard 2|Leopard 2 tanks|Leopard tanks
Challenger 2|Challenger 2 tanks
Kalibr
Zircon missile|Tsirkon
Oreshnik
Sarmat|RS-28 Sarmat
Trident II|Trident missile|Trident D5
Hwasong-17
BrahMos
Fattah missile|Fattah-1|Fattah-2
AK-47|Kalashnikov rifle
AR-15
Novichok
# Warships
USS Gerald R. Ford|USS Gerald Ford
USS Abraham Lincoln
USS Harry S. Truman|USS Harry Truman
# Space missions, spacecraft and programmes
International Space Station|ISS
James Webb Space Telescope|James Webb telescope|Webb telescope|JWST
Artemis programme|Artemis program|Artemis II
Apollo 11
Starship
Falcon 9
Crew Dragon
Boeing Starliner|Starliner
Space Shuttle
Perseverance rover
Tiangong|Tiangong space station
Chandrayaan-3|Chandrayaan
New Glenn
Europa Clipper
Vega-C
Ariane 6
Long March
Gaganyaan
Tianwen-1
Psyche spacecraft
Help to Buy
Right to Buy
Mid-Year Economic and Fiscal Outlook|MYEFO
Hinkley Point C
Sizewell C
Dogger Bank Wind Farm|Dogger Bank
Hornsea Project|Hornsea One|Hornsea Two
Berwick Bank
Revolution Wind
Empire Wind
Vineyard Wind
Keystone XL
Nord Stream|Nord Stream 2
Dakota Access Pipeline

# Medicines and vaccines
Viagra
Botox
Tylenol
EpiPen
Narcan
OxyContin
Sputnik V
Omicron|Omicron variant
Delta variant
# Stock indices and market benchmarks
S&P 500|S&P500|Standard & Poor's 500
Dow Jones Industrial Average|DJIA|Dow Jones index
Nasdaq Composite|Nasdaq Composite Index
Nasdaq 100|Nasdaq-100
Russell 2000
FTSE 100|FTSE-100|Footsie
DAX|DAX 40
IBEX 35
Shanghai Composite|Shanghai Composite Index|SSE Composite
Topix
S&P/ASX 200|ASX 200
S&P/TSX Composite|TSX Composite
Cboe Volatility Index|VIX
Brent crude|Brent crude oil
West Texas Intermediate|WTI
Magnificent Seven
# Sport: football competitions and fixtures
La Liga|LaLiga
Serie A
Bundesliga
Ligue 1
Conference League|UEFA Conference League|Europa Conference League
Nations League|UEFA Nations League
FIFA Club World Cup|Club World Cup
Women's World Cup|FIFA Women's World Cup
European Championship|UEFA European Championship|Euro 2024|Euro 2028|Euros
Women's Euro|UEFA Women's Euro|Women's Euros
AFC Asian Cup|Asian Cup
Carabao Cup|EFL Cup|League Cup
Copa del Rey
El Clásico|El Clasico
Ballon d'Or
# Sport: US and other team sports
NBA Finals
NFL Draft
March Madness
The Ashes|Ashes series
Indian Premier League|IPL
Cricket World Cup|ICC Cricket World Cup
T20 World Cup|ICC T20 World Cup
Border-Gavaskar Trophy
Rugby World Cup
State of Origin
# Sport: tennis, golf, racing, athletics and multi-sport events
Wimbledon Championships
Australian Open
French Open|Roland Garros|Roland-Garros
US Open
Masters Tournament|US Masters
PGA Championship
Open Championship|British Open
Ryder Cup
Winter Olympics|Winter Olympic Games|Winter Games
Summer Olympics|Summer Olympic Games
Paris 2024|Paris Olympics
LA28|LA 2028|Los Angeles 2028
Invictus Games
World Athletics Championships
Boston Marathon
London Marathon
MotoGP
Monaco Grand Prix
British Grand Prix
Italian Grand Prix
Abu Dhabi Grand Prix
Australian Grand Prix
Bahrain Grand Prix
Saudi Arabian Grand Prix
Singapore Grand Prix
Las Vegas Grand Prix
Miami Grand Prix
Japanese Grand Prix
Belgian Grand Prix
Canadian Grand Prix
São Paulo Grand Prix|Sao Paulo Grand Prix|Brazilian Grand Prix
Spanish Grand Prix
United States Grand Prix|US Grand Prix
Cheltenham Gold Cup
Epsom Derby
# Awards, prizes and honours
Nobel Peace Prize
Nobel Prize in Literature
Fields Medal
Pritzker Prize|Pritzker Architecture Prize
Turner Prize
International Booker Prize
Sakharov Prize
Tony Awards|Tonys
Brit Awards
Mercury Prize
MTV Video Music Awards|VMAs
Screen Actors Guild Awards|SAG Awards
Laurence Olivier Awards|Olivier Awards
César Awards|Cesar Awards
Golden Bear
Peabody Award|Peabody Awards
Sports Personality of the Year|BBC Sports Personality of the Year
Person of the Year|Time Person of the Year
Miss Universe
Victoria Cross
Medal of Honor
Purple Heart
Presidential Medal of Freedom
Congressional Gold Medal
Légion d'honneur|Legion d'honneur|Legion of Honour
New Year Honours
King's Birthday Honours|Birthday Honours
Bharat Ratna
Padma Shri
# Festivals, fairs and cultural events
Glastonbury Festival
Burning Man
SXSW|South by Southwest
Toronto International Film Festival|TIFF
Venice Biennale
Chelsea Flower Show
Trooping the Colour
Paris Fashion Week
Rio Carnival
Mardi Gras
Hajj
Kumbh Mela|Maha Kumbh
# Trade shows and tech conferences
CES|Consumer Electronics Show
Mobile World Congress|MWC
Worldwide Developers Conference|WWDC
Google I/O
Paris Air Show
# Summits, conferences and political events
COP28
COP29
COP30
Munich Security Conference
Shangri-La Dialogue
Jackson Hole Economic Symposium|Jackson Hole symposium
Two Sessions
Conservative Political Action Conference|CPAC
Democratic National Convention
Republican National Convention
Super Tuesday
Iowa caucuses
Election Day
Inauguration Day
State of the Union|State of the Union address
King's Speech|Queen's Speech
Prime Minister's Questions|PMQs
Spring Statement
# Holidays and observances
Christmas Eve
Christmas Day
Boxing Day
New Year's Eve
New Year's Day
Good Friday
Hanukkah|Chanukah
Passover
Yom Kippur
Rosh Hashanah
Eid al-Fitr
Eid al-Adha
Diwali
Holi
Lunar New Year|Chinese New Year
Thanksgiving
Halloween
Independence Day|Fourth of July|July Fourth
Memorial Day
Labor Day
Martin Luther King Jr. Day|MLK Day
Presidents' Day|Presidents Day
Veterans Day
Juneteenth
Cinco de Mayo
Day of the Dead|Día de los Muertos|Dia de los Muertos
Valentine's Day
Mother's Day
Father's Day
St Patrick's Day|St. Patrick's Day|Saint Patrick's Day
Bonfire Night|Guy Fawkes Night
Remembrance Day|Armistice Day
Anzac Day
Australia Day
Canada Day
Bastille Day
Victory Day
VE Day
International Women's Day
Black Friday
# US laws, programmes and court cases
Patriot Act|USA Patriot Act
Social Security
Americans with Disabilities Act
Endangered Species Act
Defense Production Act
Insurrection Act
Alien Enemies Act
Espionage Act
Foreign Agents Registration Act|FARA
Foreign Intelligence Surveillance Act|FISA
Glass-Steagall Act|Glass-Steagall
Tax Cuts and Jobs Act
One Big Beautiful Bill Act|One Big Beautiful Bill|Big Beautiful Bill
American Rescue Plan|American Rescue Plan Act
CARES Act
Deferred Action for Childhood Arrivals|DACA
Temporary Protected Status|TPS
H-1B|H-1B visa
Operation Warp Speed
Project 2025
Make America Great Again|MAGA
Manhattan Project
Roe v. Wade|Roe v Wade
Dobbs v. Jackson Women's Health Organization|Dobbs decision
Brown v. Board of Education
Citizens United v. FEC
Mueller report
Epstein files
# UK, EU and other national laws and programmes
Human Rights Act
Equality Act
Online Safety Act
Illegal Migration Act
Official Secrets Act
Terrorism Act
Northern Ireland Protocol
Windsor Framework
Withdrawal Agreement|Brexit withdrawal agreement
Barnett formula
Universal Credit
Right to Buy
NHS Test and Trace|Test and Trace
HS2|High Speed 2
EU AI Act|AI Act|Artificial Intelligence Act
Carbon Border Adjustment Mechanism|CBAM
European Green Deal
Erasmus programme|Erasmus+
Schengen Agreement
Dublin Regulation
Indigenous Voice to Parliament|Voice to Parliament
Treaty of Waitangi|Te Tiriti o Waitangi|Tiriti o Waitangi
Citizenship Amendment Act
Made in China 2025
Saudi Vision 2030|Vision 2030
Great Firewall|Great Firewall of China
One China policy|One-China policy
# International treaties, accords and agreements
Outer Space Treaty
Comprehensive Nuclear-Test-Ban Treaty|CTBT
Intermediate-Range Nuclear Forces Treaty|INF Treaty
Treaty on the Prohibition of Nuclear Weapons|TPNW
Chemical Weapons Convention
Biological Weapons Convention
Ottawa Treaty|Mine Ban Treaty
Arms Trade Treaty
Refugee Convention|1951 Refugee Convention
Genocide Convention
Sustainable Development Goals|SDGs
Helsinki Accords|Helsinki Final Act
Budapest Memorandum
Black Sea Grain Initiative
Abraham Accords
Camp David Accords
Oslo Accords
Dayton Agreement|Dayton Accords
Indus Waters Treaty
Balfour Declaration
Munich Agreement
Warsaw Pact
AUKUS
Bretton Woods Agreement|Bretton Woods system
Trans-Pacific Partnership|TPP
# Wars, revolutions and military operations
Vietnam War
Korean War
Gulf War|First Gulf War|Persian Gulf War
Iraq War
War in Afghanistan|Afghan War
War on Terror|War on Terrorism
Falklands War
Six-Day War|Six Day War
Yom Kippur War
Suez Crisis
Bosnian War
Spanish Civil War
American Civil War|US Civil War|U.S. Civil War
American Revolution|Revolutionary War|American War of Independence
French Revolution
Russian Revolution|Bolshevik Revolution|October Revolution
Iranian Revolution|Islamic Revolution
Cultural Revolution
Great Leap Forward
Napoleonic Wars
Crimean War
Great Patriotic War
Kargil War
Second Intifada
Battle of Britain
Battle of Stalingrad
Battle of Waterloo
Dunkirk evacuation|Operation Dynamo
Normandy landings|D-Day
Operation Desert Storm|Desert Storm
Operation Swords of Iron
Operation Al-Aqsa Flood|Al-Aqsa Flood
Operation Sindoor
Operation Rising Lion
Operation Midnight Hammer
# Historical events, eras and movements
Industrial Revolution
Great Depression
Great Recession
Y2K|Millennium bug
Space Race
Iron Curtain
Cuban Missile Crisis
Fall of the Berlin Wall
Orange Revolution
Euromaidan|Revolution of Dignity|Maidan revolution
Arab Spring
Easter Rising
The Troubles|the Troubles
Partition of India
Black Death
Spanish flu
Kristallnacht
Nakba
Holodomor
Armenian genocide
Rwandan genocide
Srebrenica massacre|Srebrenica genocide
Nanjing Massacre|Nanking Massacre|Rape of Nanking
Bucha massacre
Tiananmen Square massacre|Tiananmen Square crackdown
Tulsa race massacre
Stonewall riots
Bloody Sunday
September 11 attacks|9/11|9/11 attacks
7/7 bombings|7 July bombings
October 7 attack|7 October attack|October 7 attacks
January 6 attack|Jan. 6 attack|January 6 Capitol attack|Capitol riot
Oklahoma City bombing
Boston Marathon bombing
Manchester Arena bombing|Manchester Arena attack
Christchurch mosque shootings
2008 Mumbai attacks|26/11
Pahalgam attack
Lockerbie bombing|Pan Am Flight 103
Chernobyl disaster
Fukushima disaster|Fukushima nuclear disaster
Hillsborough disaster
Grenfell Tower fire|Grenfell fire
MH370|Malaysia Airlines Flight 370|Flight MH370
MH17|Malaysia Airlines Flight 17|Flight MH17
Black Lives Matter
MeToo|#MeToo|Me Too movement
Stop the Steal
QAnon
# Political scandals, leaks and inquiries
Watergate|Watergate scandal
Iran-Contra affair|Iran-Contra
Partygate
Dieselgate
Panama Papers
Pandora Papers
Windrush scandal
Post Office Horizon scandal|Horizon scandal|Post Office scandal
Infected blood scandal
Chilcot report|Chilcot inquiry|Iraq Inquiry
# Leagues and tours (competitions, as the labels have them)
English Football League|EFL
LaLiga|La Liga
Eredivisie
Süper Lig|Super Lig
Primeira Liga
A-League|A-League Men
Major League Soccer|MLS
Major League Baseball
National Football League
National Basketball Association
National Hockey League
WNBA|Women's National Basketball Association
IndyCar
PGA Tour
LIV Golf
Indian Premier League|IPL
`;
