// Whose dollar a bare "$" is, whose peso a bare "pesos" and whose rupee a bare "Rs". Australian,
// Canadian, New Zealand, Singapore and Hong Kong outlets write their own dollar as "$" and name
// others ("US$", "US dollars"); Philippine, Argentine, Chilean and Colombian copy says "pesos", and
// Pakistani copy "Rs", for its own. The article's country is read from the places, institutions and
// leaders it names most: each bare form keeps its usual code (USD, MXN, INR) unless another
// country clearly leads.

import type { FigureMention } from '../../model';

/**
 * One currency family: the code a bare form means by default, the countries that write their own
 * currency so (with the names that place an article there), the default country's names, how many
 * names a country needs to lead, and how many times the default country's count it must reach.
 */
interface CurrencyFamily {
  readonly usual: string;
  /** A cheap test: the text can hold a bare form at all. */
  readonly hint: (text: string) => boolean;
  readonly countries: ReadonlyArray<readonly [string, RegExp]>;
  readonly usualCountry: RegExp;
  readonly minNames: number;
  readonly factor: number;
  /** The bare form in a figure's text, and the adjective that names the currency outright. */
  readonly bare: RegExp;
  readonly named?: RegExp;
}

const DOLLAR: CurrencyFamily = {
  usual: 'USD',
  hint: (text) => text.indexOf('$') >= 0,
  countries: [
    ['AUD', /\b(?:Australia|Australians?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Queensland|Tasmania|NSW|ASX|Albanese|Chalmers|RBA|Centrelink)\b/g],
    ['CAD', /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|Saskatchewan|Manitoba|Nova Scotia|TSX|Carney|Poilievre)\b/g],
    ['NZD', /\b(?:New Zealand|Wellington|Auckland|Christchurch|Luxon|NZX|Aotearoa)\b/g],
    ['SGD', /\b(?:Singapore|Singaporeans?|SGX)\b/g],
    ['HKD', /\b(?:Hong Kong|HKEX|Kowloon)\b/g],
  ],
  usualCountry: /\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California|Texas|Florida|Trump|Biden|Congress|Wall Street|Nasdaq|NYSE|Federal Reserve|Fed|Dow|S&P)\b/g,
  minNames: 3,
  factor: 2,
  // A "$" with no letter before it ("$2.1 billion", "about $5"), not "US$" or "A$".
  bare: /(?:^|[^\p{L}])\$/u,
};

const PESO: CurrencyFamily = {
  usual: 'MXN',
  hint: (text) => text.indexOf('peso') >= 0,
  countries: [
    ['PHP', /\b(?:Philippines?|Filipinos?|Manila|Cebu|Davao|Quezon City|Mindanao|Luzon|Visayas|Marcos|PAGASA|NDRRMC)\b/g],
    ['ARS', /\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires|Córdoba|Rosario|Milei)\b/g],
    ['CLP', /\b(?:Chile|Chileans?|Santiago|Valparaíso|Boric|Kast)\b/g],
    ['COP', /\b(?:Colombia|Colombians?|Bogotá|Bogota|Medellín|Medellin|Cali|Petro)\b/g],
  ],
  usualCountry: /\b(?:Mexico|Mexicans?|Mexico City|Sheinbaum|Banxico|Guadalajara|Monterrey)\b/g,
  minNames: 2,
  factor: 1.01,
  bare: /\bpesos?\b/,
  named: /(?:Mexican|Philippine|Argentine|Chilean|Colombian|Cuban|Dominican|Uruguayan) pesos?\b/,
};

const RUPEE: CurrencyFamily = {
  usual: 'INR',
  hint: (text) => text.indexOf('Rs') >= 0 || text.indexOf('rupee') >= 0,
  countries: [
    ['PKR', /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|PTI|PML-N|Sharif|Imran Khan)\b/g],
    ['LKR', /\b(?:Sri Lanka|Sri Lankans?|Colombo|Kandy|Jaffna|Dissanayake)\b/g],
    ['NPR', /\b(?:Nepal|Nepalis?|Nepalese|Kathmandu|Pokhara)\b/g],
  ],
  usualCountry: /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Bengaluru|Chennai|Kolkata|Modi|BJP|Lok Sabha|Sensex|Nifty)\b/g,
  minNames: 2,
  factor: 1.01,
  // "Rs 500", "12 rupees", not "Indian rupees" or "INR".
  bare: /^Rs\.?\s?\d|\brupees?\b/,
  named: /(?:Indian|Pakistani|Sri Lankan|Nepali|Nepalese) rupees?\b/,
};

/** Reuters's "crowns": Swedish by default, Danish, Norwegian or Czech when the article is set there. */
const CROWN: CurrencyFamily = {
  usual: 'SEK',
  hint: (text) => text.indexOf('crown') >= 0,
  countries: [
    ['DKK', /\b(?:Denmark|Danish|Danes?|Copenhagen|Frederiksen|Nationalbanken|Ørsted|Orsted|Maersk|Novo Nordisk|Carlsberg|Vestas)\b/g],
    ['NOK', /\b(?:Norway|Norwegians?|Oslo|Bergen|Støre|Equinor|Norges Bank|Storting)\b/g],
    ['CZK', /\b(?:Czechia|Czech|Czechs|Prague|Brno|Babiš|Babis|ČEZ)\b/g],
  ],
  usualCountry: /\b(?:Sweden|Swedish|Swedes?|Stockholm|Gothenburg|Riksbank|Kristersson|Volvo|Ericsson)\b/g,
  minNames: 2,
  factor: 1.01,
  bare: /\bcrowns?\b/,
  named: /(?:Danish|Norwegian|Swedish|Czech|Icelandic) crowns?\b/,
};

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The code the family's bare form stands for in `text`: its usual one unless another country clearly leads. */
function homeCode(text: string, family: CurrencyFamily): string {
  if (typeof text !== 'string' || !family.hint(text)) return family.usual;
  let best = family.usual;
  let bestCount = 0;
  for (const [code, pattern] of family.countries) {
    const n = count(text, pattern);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  if (bestCount < family.minNames) return family.usual;
  return bestCount >= family.factor * count(text, family.usualCountry) ? best : family.usual;
}

/** The ISO code a bare "$" of `text` stands for: USD unless another dollar country clearly leads. */
export function homeDollar(text: string): string {
  return homeCode(text, DOLLAR);
}

/** The article's own dollar, peso, rupee and crown, by ISO code (a missing crown is the Swedish). */
export interface HomeCurrencies {
  readonly dollar: string;
  readonly peso: string;
  readonly rupee: string;
  readonly crown?: string;
}

const USUAL: HomeCurrencies = { dollar: DOLLAR.usual, peso: PESO.usual, rupee: RUPEE.usual, crown: CROWN.usual };
export function homeCurrencies(text: string): HomeCurrencies {
  // Most articles hold no bare form at all (plain searches beat one pattern with four branches).
  if (typeof text !== 'string' || !(DOLLAR.hint(text) || PESO.hint(text) || RUPEE.hint(text) || CROWN.hint(text))) return USUAL;
  return { dollar: homeCode(text, DOLLAR), peso: homeCode(text, PESO), rupee: homeCode(text, RUPEE), crown: homeCode(text, CROWN) };
}

/** The family's home code for a money figure written in its bare form, or undefined. */
function localCode(figure: FigureMention, family: CurrencyFamily, home: string): string | undefined {
  if (home === family.usual || figure.unit !== family.usual || !family.bare.test(figure.text)) return undefined;
  return family.named?.test(figure.text) ? undefined : home;
}

/** Gives the figures' bare-"$", bare-"pesos", bare-"Rs" and bare-"crowns" amounts the article's own currency (in place). */
export function localiseCurrencies(figures: FigureMention[], home: HomeCurrencies): void {
  const crown = home.crown ?? CROWN.usual;
  if (home.dollar === DOLLAR.usual && home.peso === PESO.usual && home.rupee === RUPEE.usual && crown === CROWN.usual) return;
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    if (figure.type !== 'money') continue;
    const unit = localCode(figure, DOLLAR, home.dollar) ?? localCode(figure, PESO, home.peso) ?? localCode(figure, RUPEE, home.rupee) ?? localCode(figure, CROWN, crown);
    if (unit !== undefined) figures[i] = { ...figure, unit };
  }
}
