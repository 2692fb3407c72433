// The built-in lexicons, decoded from the generated strings into lookup tables. Built once per
// recognizer (about 30 ms); the recognizer passes it to every analysis.
import type { EntityType } from '../../../model';
import { ORG_AFTER_WORDS, LOWER_TITLES, POSSESSED_PLACE_NOUNS } from '../../entities/candidates';
import {
  CONNECTOR_ARTICLES, INNER_CONNECTORS, LOWER_HEAD_PAIRS, LOWER_HEADS, MARKET_MOVE_VERBS, MISC_AFTER_WORDS, NAME_PARTICLES, PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from '../../entities/cues';
import { hashWord, LOWER_COMMON, LOWER_CONTEXT, LOWER_ROLE } from '../../entities/tokenize';
import { KeyCache, normalizeKey } from '../../linking/keys';
import { DEMONYMS } from './demonyms.data';
import { EXTRA_COUNTRY_ALIASES, KNOWN_MISC, KNOWN_ORGANIZATIONS, KNOWN_PEOPLE, KNOWN_PLACES } from './known';
import { GIVEN_NAMES, PERSON_NAMES } from './names.data';
import { BIG_CITIES, CITIES, COUNTRIES, REGIONS } from './places.data';
import { KNOWN_ORGANIZATION_KEYS, ROLE_NOUNS } from './compromise.data';
import { SortedList } from './sortedList';
import { WELL_KNOWN_MISC, WELL_KNOWN_ORGANIZATIONS } from './wellKnown.data';
import { WordFlags } from './wordFlags';
import { COMMON_WORDS } from './words.data';

/** A name the built-in lexicons know, with how sure they are of its type (1 weak … 4 certain). */
export interface KnownName {
  readonly type: EntityType;
  readonly strength: number;
  /** Canonical surface form for linking ("UK" → "United Kingdom"). */
  readonly canonical: string;
}

export interface Lexicon {
  readonly givenNames: ReadonlySet<string>;
  /** Other personal name tokens (mostly surnames), excluding common words. */
  readonly personNames: { has(word: string): boolean };
  /** Nationality adjectives and plurals ("British", "French", "Ukrainians"). */
  readonly demonyms: ReadonlySet<string>;
  /** First words of the nationalities of more than one word ("New" of "New Zealander"). */
  readonly demonymFirstWords: ReadonlySet<string>;
  /** Known names by normalised key. */
  readonly known: KnownNames;
  /** hashWord(lower-case word) → LOWER_COMMON | LOWER_CONTEXT flags (one lookup per word while tokenising). */
  readonly lowerFlags: WordFlags;
  /** Lower-case nouns for people's roles ("analyst", "coach", "resident"). */
  readonly roleNouns: ReadonlySet<string>;
  /** Memo of evidence read from a name's own words, by surface text (a cache). */
  readonly intrinsicEvidence: Map<string, Readonly<[number, number, number, number]>>;
  /** Memo of a word's lower-case flags and name-list facts (see `wordFacts` in entities/candidates.ts; a cache). */
  readonly wordFacts: Map<string, number>;
  /** Memoised name keys (the only mutable part: a cache). */
  readonly keys: KeyCache;
}

/** People of US states with two-word names (the generated list has countries' only). */
const EXTRA_TWO_WORD_DEMONYMS = 'North Carolinian|South Carolinian|North Dakotan|South Dakotan|West Virginian|New Jerseyan|Rhode Islander|New Hampshirite';
const EXTRA_DEMONYMS = `European Europeans Western Eastern Northern Southern Westerners Arab Arabs African
  Africans Asian Asians Latin Hispanic Nordic Scandinavian Baltic Slavic Kurdish Kurd Kurds Jewish Jew
  Jews Muslim Muslims Christian Christians Catholic Catholics Sunni Shia Shiite Palestinian
  Palestinians Israeli Israelis Iranian Iranians American Americans British Britons Brit Brits English
  Scottish Scots Welsh Irish French German Germans Russian Russians Ukrainian Ukrainians Chinese
  Japanese Korean Koreans Indian Indians Pakistani Afghan Syrian Syrians Iraqi Iraqis Turkish Turks
  Dutchman Dutchmen Dutchwoman Frenchman Frenchmen Frenchwoman Englishman Englishmen Englishwoman Irishman Irishmen
  Irishwoman Scotsmen Scotswoman Welshman Welshmen Welshwoman
  Maoist Maoists Marxist Marxists Leninist Leninists Islamist Islamists Jihadist Jihadists Salafist Salafists Zionist Zionists Baathist Baathists
  Dutch Belgian Swiss Swedish Swede Swedes Norwegian Norwegians Danish Dane Danes Finnish Finn Finns
  Polish Pole Poles Czech Czechs Slovak Hungarian Hungarians Romanian Romanians Bulgarian Greek Greeks
  Italian Italians Spanish Spaniards Portuguese Brazilian Brazilians Mexican Mexicans Canadian
  Canadians Australian Australians Aussie Aussies Kiwi Kiwis Saudi Saudis Emirati Qatari Egyptian Egyptians Libyan
  Tunisian Moroccan Algerian Nigerian Kenyan Ethiopian Somali Sudanese Yemeni Lebanese Jordanian
  Belarusian Georgian Armenian Azerbaijani Kazakh Uzbek Moldovan Lithuanian Latvian Estonian Serbian
  Croatian Bosnian Albanian Kosovan Slovenian Macedonian Montenegrin Cypriot Maltese Icelandic
  Transatlantic Anglo Franco Soviet Nazi Nazis Allied Pro Anti Non Trans Pan Sino Indo Afro Latino
  Latina Argentine Argentines Filipino Filipinos Philippine Thai Vietnamese Malaysian Indonesian Singaporean Nepali
  Lankan Taiwanese Tibetan Uyghur Chechen Dagestani Tatar Flemish Walloon Catalan Basque Galician
  Bavarian Sicilian Corsican Breton Cornish Texan Texans Californian Californians Floridian
  Hawaiian Alaskan Quebecois Ontarian Kashmiri Punjabi Bengali Tamil Sikh Hindu Buddhist Persian Kurdish
  Yazidi Druze Bedouin Maori Aboriginal Inuit Gaelic Nordic Balkan Caucasian Saharan Andean Amazonian Rohingya
  Himalayan Londoner Londoners Glaswegian Glaswegians Mancunian Mancunians Liverpudlian Liverpudlians Scouser
  Scousers Geordie Geordies Muscovite Muscovites Parisian Parisians Berliner Berliners Chicagoan Chicagoans
  Angeleno Angelenos Floridians Hindi Urdu Telugu Marathi Gujarati Sanskrit Mandarin Cantonese Swahili Hausa
  Yoruba Igbo Amharic Tagalog Hebrew Farsi Pashto Dari Innu Quebecers Quebeckers Ontarians Albertans Manitobans
  Newfoundlanders Yorkers Queenslanders Victorians Tasmanians Sydneysiders Melburnians Aucklanders Mumbaikars
  Delhiites Bostonians Philadelphians Washingtonians Virginians Ohioans Michiganders Minnesotans Oregonians Arizonans`;

/** Newsroom and public-service roles the compromise lexicon lacks. */
const EXTRA_ROLE_NOUNS = `correspondent columnist presenter anchor contributor photographer producer commentator
  sheriff referee umpire coroner trooper ranger warden magistrate councilmember assemblymember paramedic
  firefighter spokesperson negotiator strategist economist meteorologist forecaster guitarist drummer bassist
  pianist violinist cellist vocalist frontman frontwoman songwriter novelist poet playwright filmmaker
  cinematographer choreographer sculptor architect astronaut physicist epidemiologist virologist
  rapporteur co-leader co-chair co-founder co-host co-owner lawmaker legislator tycoon magnate billionaire
  businessman businesswoman entrepreneur activist campaigner volunteer`;

function splitList(data: string, separator: string): string[] {
  return data.split(separator).map((s) => s.trim()).filter((s) => s.length > 0);
}

function addKnown(known: Map<string, KnownName>, surface: string, entry: KnownName): void {
  const key = normalizeKey(surface);
  const existing = known.get(key);
  if (!existing || existing.strength < entry.strength) known.set(key, entry);
}

/** The lines of a list without its "#" headings. */
function stripHeadings(list: string): string {
  return list.split('\n').filter((line) => !line.startsWith('#')).join('\n');
}

function addAliasLines(known: Map<string, KnownName>, lines: string, type: EntityType, strength: number): void {
  for (const line of splitList(lines, '\n')) {
    const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
    for (const surface of [canonical, ...aliases]) addKnown(known, surface, { type, strength, canonical });
  }
}

/**
 * "Volodymyr Zelenskyy" for "Volodymyr Zelensky|Zelenskyy": a person's given name before each
 * spelling of the surname is the same person.
 */
function addGivenNameSpellings(known: Map<string, KnownName>): void {
  for (const line of splitList(KNOWN_PEOPLE, '\n')) {
    const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
    const words = canonical.split(' ');
    if (words.length !== 2) continue;
    for (const alias of aliases) {
      if (!alias.includes(' ') && alias !== words[1]) addKnown(known, `${words[0]} ${alias}`, { type: 'person', strength: 4, canonical });
    }
  }
}

/** Names the lexicons know: a small table of countries and curated names, then the sorted city lists. */
export class KnownNames {
  private readonly bigCities = new SortedList(BIG_CITIES);
  private readonly regions = new SortedList(REGIONS);
  private readonly cities = new SortedList(CITIES);
  /** Answers from the sorted lists, memoised (null: not listed). */
  private readonly listed = new Map<string, KnownName | null>();

  constructor(private readonly table: ReadonlyMap<string, KnownName>) {}

  get(key: string): KnownName | undefined {
    // Most keys looked up are in neither table (names the lexicons do not know): the memo of the
    // lists answers them in one lookup. It never holds a key of the table, which is fixed and read first.
    const cached = this.listed.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const entry = this.table.get(key);
    if (entry) return entry;
    if (key.length < 2) return undefined;
    return this.searchLists(key);
  }

  /**
   * A key looked up for the first time, searched in the sorted lists (apart from `get`, whose
   * memoised path is what the many callers that compile `get` into themselves need).
   */
  private searchLists(key: string): KnownName | undefined {
    if (this.listed.size >= 50_000) this.listed.clear();
    // `listed` memoises the combined answer: the lists are searched without their own memos.
    const found: KnownName | null = this.bigCities.search(key) ? { type: 'place', strength: 3, canonical: key }
      : this.regions.search(key) ? { type: 'place', strength: 2, canonical: key }
        : this.cities.search(key) ? { type: 'place', strength: 1, canonical: key } : null;
    this.listed.set(key, found);
    return found ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** Former names of countries that the news now uses for somewhere else ("Gold Coast" is Queensland's city, not Ghana). */
const FORMER_NAMES_NOW_ELSEWHERE: ReadonlySet<string> = new Set(['Gold Coast']);

function buildKnown(): Map<string, KnownName> {
  const known = new Map<string, KnownName>();
  const countryNames = new Map<string, string>();
  for (const line of splitList(COUNTRIES, '\n')) {
    const [code, name, aliases, capital] = line.split('\t');
    countryNames.set(code, name);
    addKnown(known, name, { type: 'place', strength: 4, canonical: name });
    for (const alias of aliases ? aliases.split(';') : []) {
      if (!FORMER_NAMES_NOW_ELSEWHERE.has(alias)) addKnown(known, alias, { type: 'place', strength: 4, canonical: name });
    }
    for (const city of capital ? capital.split(/,\s*/) : []) addKnown(known, city, { type: 'place', strength: 3, canonical: city });
  }
  for (const line of splitList(EXTRA_COUNTRY_ALIASES, '\n')) {
    const [code, ...aliases] = line.split('|');
    const canonical = countryNames.get(code);
    if (!canonical) continue;
    for (const alias of aliases) addKnown(known, alias, { type: 'place', strength: 4, canonical });
  }
  for (const key of KNOWN_ORGANIZATION_KEYS.split('|')) {
    if (!known.has(key)) known.set(key, { type: 'organization', strength: key.includes(' ') ? 3 : 2, canonical: key });
  }
  addAliasLines(known, KNOWN_PLACES, 'place', 4);
  addAliasLines(known, KNOWN_ORGANIZATIONS, 'organization', 4);
  addAliasLines(known, KNOWN_MISC, 'misc', 4);
  addAliasLines(known, KNOWN_PEOPLE, 'person', 4);
  // Below the hand-curated lists: a well-known name written as a plain word opening a sentence
  // ("Arsenal", "Target") still needs the workspace to confirm it.
  addAliasLines(known, stripHeadings(WELL_KNOWN_MISC), 'misc', 3);
  addAliasLines(known, stripHeadings(WELL_KNOWN_ORGANIZATIONS), 'organization', 3);
  addGivenNameSpellings(known);
  return known;
}

/** Lower-case words the candidate finder reads around names. */
function contextWords(): string[] {
  return [
    ...INNER_CONNECTORS, ...CONNECTOR_ARTICLES, ...PLACE_PREPOSITIONS, ...SPEECH_VERBS, ...LOWER_TITLES,
    ...POSSESSED_PLACE_NOUNS, ...ORG_AFTER_WORDS, ...MISC_AFTER_WORDS, ...MARKET_MOVE_VERBS, ...NAME_PARTICLES, ...LOWER_HEADS.keys(),
    ...[...LOWER_HEAD_PAIRS.keys()].flatMap((k) => k.split(' ')),
    'and', 'by', 'who', 'which', 'a', 'an', 'its', 'his', 'her', 'their', 'minister', 'president', 'leader',
  ];
}

export function createLexicon(): Lexicon {
  const roleNouns = new Set([...ROLE_NOUNS.split('|'), ...EXTRA_ROLE_NOUNS.split(/\s+/).filter(Boolean)]);
  // Sized from the separators, without splitting the list.
  let commonCount = 1;
  for (let i = COMMON_WORDS.indexOf('|'); i >= 0; i = COMMON_WORDS.indexOf('|', i + 1)) commonCount++;
  const lowerFlags = new WordFlags(commonCount + roleNouns.size + 1000);
  const flag = (w: string, f: number) => lowerFlags.add(hashWord(w), f);
  for (const w of roleNouns) flag(w, LOWER_CONTEXT | LOWER_ROLE);
  lowerFlags.addJoined(COMMON_WORDS, '|', LOWER_COMMON);
  for (const w of contextWords()) flag(w, LOWER_CONTEXT);
  const known = new KnownNames(buildKnown());
  // The nationality list has a few place names as nationalities ("Jersey", "Bermuda"): those stay places.
  const demonyms = new Set([...splitList(DEMONYMS, '|'), ...EXTRA_DEMONYMS.split(/\s+/).filter(Boolean), ...EXTRA_TWO_WORD_DEMONYMS.split('|')]
    .filter((d) => (known.get(normalizeKey(d))?.strength ?? 0) < 2 || d === 'American'));
  // Plurals name the people ("the Norwegians"), unless the plural is a place ("the Philippines").
  for (const d of [...demonyms]) if (!d.endsWith('s') && (known.get(normalizeKey(`${d}s`))?.strength ?? 0) < 2) demonyms.add(`${d}s`);
  return new BuiltinLexicon(demonyms, known, lowerFlags, roleNouns);
}

/**
 * The lexicon as a class whose constructor stores each field once. Not an object literal: V8 builds
 * a literal's template on its second evaluation with placeholder values, which widens the recorded
 * type of every field, and that throws away the compiled candidate finder and resolver (every
 * function that reads the lexicon) when a second recognizer is created.
 */
class BuiltinLexicon implements Lexicon {
  declare readonly givenNames: ReadonlySet<string>;
  declare readonly personNames: { has(word: string): boolean };
  declare readonly demonyms: ReadonlySet<string>;
  declare readonly demonymFirstWords: ReadonlySet<string>;
  declare readonly known: KnownNames;
  declare readonly lowerFlags: WordFlags;
  declare readonly roleNouns: ReadonlySet<string>;
  declare readonly intrinsicEvidence: Map<string, Readonly<[number, number, number, number]>>;
  declare readonly wordFacts: Map<string, number>;
  declare readonly keys: KeyCache;

  constructor(demonyms: ReadonlySet<string>, known: KnownNames, lowerFlags: WordFlags, roleNouns: ReadonlySet<string>) {
    this.givenNames = new Set(GIVEN_NAMES.split('|'));
    this.personNames = new SortedList(PERSON_NAMES);
    this.demonyms = demonyms;
    this.demonymFirstWords = new Set([...demonyms].filter((d) => d.includes(' ')).map((d) => d.slice(0, d.indexOf(' '))));
    this.known = known;
    this.lowerFlags = lowerFlags;
    this.roleNouns = roleNouns;
    this.intrinsicEvidence = new Map();
    this.wordFacts = new Map();
    this.keys = new KeyCache();
  }
}
