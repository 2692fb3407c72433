// Whose dollar a bare "$" is, whose peso a bare "pesos" and whose rupee a bare "Rs". Australian, Canadian, New Zealand,
// Singapore and Hong Kong outlets write their own dollar as "$" and name others ("US$", "US
// dollars"); Philippine, Argentine, Chilean and Colombian copy says "pesos" for its own. The
// article's country is read from the places and institutions it names most: "$" stays the US
// dollar, and "pesos" the Mexican peso, unless another country clearly leads.

import type { FigureMention } from '../../model';

/** Names that place an article in a dollar country other than the United States. */
const DOLLAR_COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['AUD', /\b(?:Australia|Australians?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Queensland|Tasmania|NSW|ASX|Albanese|Chalmers|RBA|Centrelink)\b/g],
  ['CAD', /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|Saskatchewan|Manitoba|Nova Scotia|TSX|Carney|Poilievre)\b/g],
  ['NZD', /\b(?:New Zealand|Wellington|Auckland|Christchurch|Luxon|NZX|Aotearoa)\b/g],
  ['SGD', /\b(?:Singapore|Singaporeans?|SGX)\b/g],
  ['HKD', /\b(?:Hong Kong|HKEX|Kowloon)\b/g],
];
const UNITED_STATES = /\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California|Texas|Florida|Trump|Biden|Congress|Wall Street|Nasdaq|NYSE|Federal Reserve|Fed|Dow|S&P)\b/g;
/** A dollar country leads with at least this many names, and twice as many as the United States. */
const MIN_NAMES = 3;

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The ISO code a bare "$" of `text` stands for: USD unless another dollar country clearly leads. */
export function homeDollar(text: string): string {
  if (typeof text !== 'string' || text.indexOf('$') < 0) return 'USD';
  let best = 'USD';
  let bestCount = 0;
  for (const [code, pattern] of DOLLAR_COUNTRIES) {
    const n = count(text, pattern);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  if (bestCount < MIN_NAMES) return 'USD';
  return bestCount >= 2 * count(text, UNITED_STATES) ? best : 'USD';
}

/** Names that place an article in a peso country other than Mexico. */
const PESO_COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['PHP', /\b(?:Philippines?|Filipinos?|Manila|Cebu|Davao|Quezon City|Mindanao|Luzon|Visayas|Marcos|PAGASA|NDRRMC)\b/g],
  ['ARS', /\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires|Córdoba|Rosario|Milei)\b/g],
  ['CLP', /\b(?:Chile|Chileans?|Santiago|Valparaíso|Boric|Kast)\b/g],
  ['COP', /\b(?:Colombia|Colombians?|Bogotá|Bogota|Medellín|Medellin|Cali|Petro)\b/g],
];
const MEXICO = /\b(?:Mexico|Mexicans?|Mexico City|Sheinbaum|Banxico|Guadalajara|Monterrey)\b/g;

/** The ISO code a bare "pesos" of `text` stands for: MXN unless another peso country clearly leads. */
export function homePeso(text: string): string {
  if (typeof text !== 'string' || text.indexOf('peso') < 0) return 'MXN';
  let best = 'MXN';
  let bestCount = 0;
  for (const [code, pattern] of PESO_COUNTRIES) {
    const n = count(text, pattern);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return bestCount >= 2 && bestCount > count(text, MEXICO) ? best : 'MXN';
}

/** Names that place an article in a rupee country other than India. */
const RUPEE_COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['PKR', /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|PTI|PML-N|Sharif|Imran Khan)\b/g],
  ['LKR', /\b(?:Sri Lanka|Sri Lankans?|Colombo|Kandy|Jaffna|Dissanayake)\b/g],
  ['NPR', /\b(?:Nepal|Nepalis?|Nepalese|Kathmandu|Pokhara)\b/g],
];
const INDIA = /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Bengaluru|Chennai|Kolkata|Modi|BJP|Lok Sabha|Sensex|Nifty)\b/g;

/** The ISO code a bare "Rs" of `text` stands for: INR unless another rupee country clearly leads. */
export function homeRupee(text: string): string {
  if (typeof text !== 'string' || (text.indexOf('Rs') < 0 && text.indexOf('rupee') < 0)) return 'INR';
  let best = 'INR';
  let bestCount = 0;
  for (const [code, pattern] of RUPEE_COUNTRIES) {
    const n = count(text, pattern);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return bestCount >= 2 && bestCount > count(text, INDIA) ? best : 'INR';
}

/** A "$" with no letter before it ("$2.1 billion", "about $5"), not "US$" or "A$". */
const BARE_DOLLAR = /(?:^|[^\p{L}])\$/u;

/** "760 million pesos", not "Mexican pesos" or "MXN". */
const BARE_PESOS = /\bpesos?\b/;
const PESO_ADJECTIVE = /(?:Mexican|Philippine|Argentine|Chilean|Colombian|Cuban|Dominican|Uruguayan) pesos?\b/;

/** The article's own dollar and peso, by ISO code. */
export interface HomeCurrencies {
  readonly dollar: string;
  readonly peso: string;
  readonly rupee: string;
}

export function homeCurrencies(text: string): HomeCurrencies {
  return { dollar: homeDollar(text), peso: homePeso(text), rupee: homeRupee(text) };
}

/** "Rs 500", "12 rupees", not "Indian rupees" or "INR". */
const BARE_RUPEES = /^Rs\.?\s?\d|\brupees?\b/;
const RUPEE_ADJECTIVE = /(?:Indian|Pakistani|Sri Lankan|Nepali|Nepalese) rupees?\b/;

/** Gives the figures' bare-"$" and bare-"pesos" amounts the article's own dollar and peso (in place). */
export function localiseCurrencies(figures: FigureMention[], home: HomeCurrencies): void {
  if (home.dollar === 'USD' && home.peso === 'MXN' && home.rupee === 'INR') return;
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    if (figure.type !== 'money') continue;
    if (home.dollar !== 'USD' && figure.unit === 'USD' && BARE_DOLLAR.test(figure.text)) figures[i] = { ...figure, unit: home.dollar };
    else if (home.peso !== 'MXN' && figure.unit === 'MXN' && BARE_PESOS.test(figure.text) && !PESO_ADJECTIVE.test(figure.text)) figures[i] = { ...figure, unit: home.peso };
    else if (home.rupee !== 'INR' && figure.unit === 'INR' && BARE_RUPEES.test(figure.text) && !RUPEE_ADJECTIVE.test(figure.text)) figures[i] = { ...figure, unit: home.rupee };
  }
}
