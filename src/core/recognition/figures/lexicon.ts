// The words that can start a figure ("five", "January", "Tuesday", "yesterday", "noon", "USD"...).
// The scanner hashes every ASCII word while it walks over it and looks the hash up here, so the
// 99% of words that start no figure cost one Map probe and no string allocation.

export type TriggerKind =
  | 'cardinal' // zero..ninety
  | 'scale' // hundred, thousand, million, billion, trillion, dozen
  | 'vague' // dozens, hundreds, thousands, millions, billions, tens
  | 'several'
  | 'ordinal' // first..ninetieth, hundredth...
  | 'fraction' // quarter, half (value: the denominator)
  | 'month'
  | 'weekday'
  | 'relativeDay' // yesterday, today, tonight, tomorrow
  | 'shift' // last, next, this
  | 'clock' // noon, midday, midnight
  | 'currencyCode' // USD, EUR... (upper case only)
  | 'season' // spring, summer, autumn, winter
  | 'decadeOfLife' // twenties..nineties ("in her forties"), value 20..90
  | 'periodCode' // Q (Q1..Q4) and FY (FY2025): reporting periods
  | 'holiday' // first words of named days: "Valentine's Day", "Christmas"
  | 'rank' // No (No. 2, No 214): a ranking
  | 'url'; // http, https, www: the whole token is skipped

export interface Trigger {
  readonly word: string;
  readonly kind: TriggerKind;
  /** Number for cardinals/scales/ordinals, 1-12 for months, 0 (Monday)-6 for weekdays, day offset, minutes of the day. */
  readonly value: number;
  /** Abbreviated month/weekday ("Jan", "Tue"): only counts next to a day or year. */
  readonly abbreviation?: boolean;
  /** ISO 4217 code for currency words. */
  readonly code?: string;
}

/** Same hash the scanner computes incrementally: 31-polynomial over ASCII-lower-cased codes. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code | 0x20)) | 0;
}

function hashWord(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index));
  return hash;
}

const CARDINALS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const HOLIDAY_WORDS = [
  'valentine', 'christmas', 'boxing', 'new', 'halloween', 'hogmanay', 'bastille', 'armistice', 'remembrance', 'easter', 'good',
  'thanksgiving', 'labor', 'memorial', 'mother', 'father',
];
const DECADES_OF_LIFE = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['mon', 0], ['tue', 1], ['tues', 1], ['wed', 2], ['thu', 3], ['thur', 3], ['thurs', 3], ['fri', 4], ['sat', 5], ['sun', 6],
];
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'UAH', 'RUB', 'INR', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK',
  'PLN', 'TRY', 'BRL', 'ZAR', 'KRW', 'ILS', 'SAR', 'AED', 'MXN', 'CZK', 'HUF', 'TWD', 'QAR', 'KWD', 'EGP', 'NGN', 'KES',
  'BDT', 'PKR', 'LKR', 'NPR', 'IDR', 'THB', 'MYR', 'PHP', 'VND', 'ARS', 'CLP', 'COP', 'PEN', 'GHS', 'MAD', 'ETB',
  // Crypto-assets, counted like currencies ("9,800 BTC").
  'BTC', 'ETH', 'USDT', 'USDC',
];

function buildTriggers(): Trigger[] {
  const triggers: Trigger[] = [];
  CARDINALS.forEach((word, value) => triggers.push({ word, kind: 'cardinal', value }));
  TENS.forEach((word, index) => triggers.push({ word, kind: 'cardinal', value: (index + 2) * 10 }));
  ORDINALS.forEach((word, index) => triggers.push({ word, kind: 'ordinal', value: index + 1 }));
  TENS_ORDINALS.forEach((word, index) => triggers.push({ word, kind: 'ordinal', value: (index + 2) * 10 }));
  triggers.push(
    { word: 'hundredth', kind: 'ordinal', value: 100 },
    { word: 'thousandth', kind: 'ordinal', value: 1000 },
    { word: 'millionth', kind: 'ordinal', value: 1e6 },
    { word: 'hundred', kind: 'scale', value: 100 },
    { word: 'thousand', kind: 'scale', value: 1e3 },
    { word: 'million', kind: 'scale', value: 1e6 },
    { word: 'billion', kind: 'scale', value: 1e9 },
    { word: 'trillion', kind: 'scale', value: 1e12 },
    { word: 'dozen', kind: 'scale', value: 12 },
    { word: 'dozens', kind: 'vague', value: 12 },
    { word: 'scores', kind: 'vague', value: 20 },
    { word: 'hundreds', kind: 'vague', value: 100 },
    { word: 'thousands', kind: 'vague', value: 1e3 },
    { word: 'millions', kind: 'vague', value: 1e6 },
    { word: 'billions', kind: 'vague', value: 1e9 },
    { word: 'tens', kind: 'vague', value: 10 },
    { word: 'several', kind: 'several', value: 3 },
    { word: 'quarter', kind: 'fraction', value: 4 },
    { word: 'half', kind: 'fraction', value: 2 },
    { word: 'yesterday', kind: 'relativeDay', value: -1 },
    { word: 'today', kind: 'relativeDay', value: 0 },
    { word: 'tonight', kind: 'relativeDay', value: 0 },
    { word: 'tomorrow', kind: 'relativeDay', value: 1 },
    { word: 'last', kind: 'shift', value: -1 },
    { word: 'next', kind: 'shift', value: 1 },
    { word: 'this', kind: 'shift', value: 0 },
    { word: 'noon', kind: 'clock', value: 12 * 60 },
    { word: 'midday', kind: 'clock', value: 12 * 60 },
    { word: 'midnight', kind: 'clock', value: 0 },
    { word: 'spring', kind: 'season', value: 0 },
    { word: 'summer', kind: 'season', value: 0 },
    { word: 'autumn', kind: 'season', value: 0 },
    { word: 'winter', kind: 'season', value: 0 },
    { word: 'q', kind: 'periodCode', value: 0 },
    { word: 'fy', kind: 'periodCode', value: 0 },
    { word: 'http', kind: 'url', value: 0 },
    { word: 'https', kind: 'url', value: 0 },
    { word: 'www', kind: 'url', value: 0 },
    { word: 'no', kind: 'rank', value: 0 },
  );
  HOLIDAY_WORDS.forEach((word) => triggers.push({ word, kind: 'holiday', value: 0 }));
  DECADES_OF_LIFE.forEach((word, index) => triggers.push({ word, kind: 'decadeOfLife', value: (index + 2) * 10 }));
  MONTH_NAMES.forEach((word, index) => triggers.push({ word, kind: 'month', value: index + 1 }));
  MONTH_ABBREVIATIONS.forEach(([word, value]) => triggers.push({ word, kind: 'month', value, abbreviation: true }));
  WEEKDAYS.forEach((word, value) => triggers.push({ word, kind: 'weekday', value }));
  WEEKDAY_ABBREVIATIONS.forEach(([word, value]) => triggers.push({ word, kind: 'weekday', value, abbreviation: true }));
  CURRENCY_CODES.forEach((code) => triggers.push({ word: code.toLowerCase(), kind: 'currencyCode', value: 0, code }));
  triggers.push({ word: 'rmb', kind: 'currencyCode', value: 0, code: 'CNY' }, { word: 'rs', kind: 'currencyCode', value: 0, code: 'INR' },
    { word: 'tk', kind: 'currencyCode', value: 0, code: 'BDT' }, { word: 'ksh', kind: 'currencyCode', value: 0, code: 'KES' },
    { word: 'sh', kind: 'currencyCode', value: 0, code: 'KES' }, { word: 'n', kind: 'currencyCode', value: 0, code: 'NGN' },
    { word: 'tl', kind: 'currencyCode', value: 0, code: 'TRY' }, { word: 'bs', kind: 'currencyCode', value: 0, code: 'BOB' },
    { word: 'dh', kind: 'currencyCode', value: 0, code: 'AED' }, { word: 'r', kind: 'currencyCode', value: 0, code: 'ZAR' },
    { word: 'nis', kind: 'currencyCode', value: 0, code: 'ILS' },
    // Asian papers' own prefixes: "RM12 billion", "Rp10,000", "W150tr", "P5 billion" (see LOCAL_PREFIXES in words.ts).
    { word: 'rm', kind: 'currencyCode', value: 0, code: 'MYR' }, { word: 'rp', kind: 'currencyCode', value: 0, code: 'IDR' },
    { word: 'w', kind: 'currencyCode', value: 0, code: 'KRW' }, { word: 'p', kind: 'currencyCode', value: 0, code: 'PHP' });
  return triggers;
}

const FILTER_SIZE = 1 << 14;

/** Words looked up by the ASCII case-insensitive hash, without building a string for the probe. */
export class WordTable<T extends { readonly word: string }> {
  private readonly byHash = new Map<number, T[]>();
  /** One bit per hash bucket: most words miss here without touching the Map. */
  private readonly filter = new Uint8Array(FILTER_SIZE);
  readonly maxLength: number;

  constructor(entries: readonly T[]) {
    let maxLength = 0;
    for (const entry of entries) {
      const hash = hashWord(entry.word);
      this.filter[hash & (FILTER_SIZE - 1)] = 1;
      const bucket = this.byHash.get(hash);
      if (bucket) bucket.push(entry);
      else this.byHash.set(hash, [entry]);
      maxLength = Math.max(maxLength, entry.word.length);
    }
    this.maxLength = maxLength;
  }

  /** The entry spelled by text[start, end) (ASCII, any case) whose hash is `hash`. */
  find(hash: number, text: string, start: number, end: number): T | undefined {
    if (this.filter[hash & (FILTER_SIZE - 1)] === 0) return undefined;
    const bucket = this.byHash.get(hash);
    if (!bucket) return undefined;
    for (const entry of bucket) {
      if (entry.word.length !== end - start) continue;
      let same = true;
      for (let index = 0; index < entry.word.length && same; index++) {
        same = (text.charCodeAt(start + index) | 0x20) === entry.word.charCodeAt(index);
      }
      if (same) return entry;
    }
    return undefined;
  }

  /** The entry spelled by text[start, end), hashing it first. */
  at(text: string, start: number, end: number): T | undefined {
    if (end - start > this.maxLength) return undefined;
    let hash = 0;
    for (let index = start; index < end; index++) hash = hashStep(hash, text.charCodeAt(index));
    return this.find(hash, text, start, end);
  }

  /** Lookup of a word given as a string (used off the hot path). */
  lookup(word: string): T | undefined {
    return this.at(word, 0, word.length);
  }
}

export type TriggerTable = WordTable<Trigger>;

export const TRIGGERS: TriggerTable = new WordTable(buildTriggers());
