// Whose dollar a bare "$" is. Australian, Canadian, New Zealand, Singapore and Hong Kong outlets
// write their own dollar as "$" and name others ("US$", "US dollars"); the article's country is
// read from the places and institutions it names most, and "$" stays the US dollar unless another
// dollar country clearly leads.

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

/** A "$" with no letter before it ("$2.1 billion", "about $5"), not "US$" or "A$". */
const BARE_DOLLAR = /(?:^|[^\p{L}])\$/u;

/** Gives the figures' bare-"$" amounts the article's own dollar (in place). */
export function localiseDollars(figures: FigureMention[], dollar: string): void {
  if (dollar === 'USD') return;
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    if (figure.type === 'money' && figure.unit === 'USD' && BARE_DOLLAR.test(figure.text)) figures[i] = { ...figure, unit: dollar };
  }
}
