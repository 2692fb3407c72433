// Word lists used next to a figure (units, currencies, qualifiers, words that are not counted
// nouns). They are consulted only around numbers, so plain lower-cased string keys are fine.
//
// Canonical unit vocabulary (FigureMention.unit for type 'quantity'):
//   length       km, m, cm, mm, nm, mi, nmi, ft, in, yd
//   area         km², m², mi², ft², ha, acre
//   volume       L, mL, hL, kL, ML, GL, gal, bbl, m³
//   mass         t (tonnes and tons alike), kg, g, mg, lb, oz, Mt, kt; ore grade g/t; gold Moz, koz
//   output       t/year, kt/year, Mt/year (tpa, ktpa, Mtpa)
//   temperature  °C, °F, ° (degrees without a scale; also angles)
//   speed        km/h, mph, m/s, kn
//   power/energy W, kW, MW, GW, TW, kWh, MWh, GWh, TWh
//   data         MB, GB, TB
//   medicine     mmHg, mmol, mmol/L, mg/dL
//   battery      mAh
//   engine power hp (bhp, horsepower)
//   flow         bbl/d
//   containers   TEU
//   time         s, min, h, day, week, month, year, decade, century
// Percent figures use '%', 'percentage points' or 'basis points'; money uses ISO 4217 codes.

import type { Qualifier } from '../../model';

export interface UnitEntry {
  readonly unit: string;
  /** Multiplier into the unit (bcm → m³ × 1e9). */
  readonly factor?: number;
  /** Only right after the digits ("500m", "-5C"), never after a space. */
  readonly attachedOnly?: boolean;
}

/** Abbreviations, matched case-sensitively ("MW" is not "mW"). */
export const UNIT_ABBREVIATIONS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ['km', { unit: 'km' }], ['kms', { unit: 'km' }], ['m', { unit: 'm', attachedOnly: true }], ['cm', { unit: 'cm' }],
  ['mm', { unit: 'mm' }], ['mi', { unit: 'mi' }], ['ft', { unit: 'ft' }], ['yd', { unit: 'yd' }], ['yds', { unit: 'yd' }],
  ['kg', { unit: 'kg' }], ['kgs', { unit: 'kg' }], ['g', { unit: 'g', attachedOnly: true }], ['mg', { unit: 'mg' }],
  ['lb', { unit: 'lb' }], ['lbs', { unit: 'lb' }], ['oz', { unit: 'oz' }], ['t', { unit: 't', attachedOnly: true }],
  ['Mt', { unit: 'Mt' }], ['kt', { unit: 'kt', attachedOnly: true }], ['ha', { unit: 'ha' }],
  ['L', { unit: 'L', attachedOnly: true }], ['l', { unit: 'L', attachedOnly: true }], ['ml', { unit: 'mL' }], ['mL', { unit: 'mL' }],
  ['gal', { unit: 'gal' }], ['bbl', { unit: 'bbl' }], ['bpd', { unit: 'bbl/d' }], ['bcm', { unit: 'm³', factor: 1e9 }],
  ['mph', { unit: 'mph' }], ['kph', { unit: 'km/h' }], ['kmh', { unit: 'km/h' }],
  // Weather advisories and warnings are written in capitals ("105 MPH...165 KM/H", "ABOUT 85 MI").
  ['MPH', { unit: 'mph' }], ['KPH', { unit: 'km/h' }], ['KMH', { unit: 'km/h' }], ['KM', { unit: 'km' }], ['MI', { unit: 'mi' }],
  ['W', { unit: 'W', attachedOnly: true }], ['kW', { unit: 'kW' }], ['MW', { unit: 'MW' }], ['GW', { unit: 'GW' }], ['TW', { unit: 'TW' }],
  ['kWh', { unit: 'kWh' }], ['MWh', { unit: 'MWh' }], ['GWh', { unit: 'GWh' }], ['TWh', { unit: 'TWh' }],
  ['MB', { unit: 'MB' }], ['GB', { unit: 'GB' }], ['TB', { unit: 'TB' }],
  ['C', { unit: '°C', attachedOnly: true }], ['F', { unit: '°F', attachedOnly: true }],
  ['h', { unit: 'h', attachedOnly: true }], ['hr', { unit: 'h' }], ['hrs', { unit: 'h' }], ['min', { unit: 'min' }], ['mins', { unit: 'min' }],
  ['sec', { unit: 's' }], ['secs', { unit: 's' }], ['yr', { unit: 'year' }], ['yrs', { unit: 'year' }],
  ['bhp', { unit: 'hp' }], ['hp', { unit: 'hp' }], ['mmHg', { unit: 'mmHg' }], ['mmol', { unit: 'mmol' }], ['mAh', { unit: 'mAh' }], ['nm', { unit: 'nm', attachedOnly: true }],
  ['px', { unit: 'px' }],
  ['Hz', { unit: 'Hz' }], ['kHz', { unit: 'kHz' }], ['MHz', { unit: 'MHz' }], ['GHz', { unit: 'GHz' }],
  ['Wh', { unit: 'Wh' }], ['fps', { unit: 'fps' }], ['kV', { unit: 'kV' }],
  ['kts', { unit: 'kn' }], ['fpm', { unit: 'ft/min' }], ['NM', { unit: 'nmi' }],
  ['kmph', { unit: 'km/h' }], ['kbps', { unit: 'kbps' }], ['Mbps', { unit: 'Mbps' }], ['Gbps', { unit: 'Gbps' }],
  ['hPa', { unit: 'hPa' }], ['mb', { unit: 'mbar', attachedOnly: true }], ['mbar', { unit: 'mbar' }],
  ['hl', { unit: 'hL' }], ['hL', { unit: 'hL' }], ['GL', { unit: 'GL' }], ['ML', { unit: 'ML', attachedOnly: true }],
  ['tpa', { unit: 't/year' }], ['ktpa', { unit: 'kt/year' }], ['Mtpa', { unit: 'Mt/year' }], ['Moz', { unit: 'Moz' }], ['koz', { unit: 'koz' }],
  // Containers, counted in twenty-foot equivalent units ("2.8m teu", "24,000 TEUs").
  ['TEU', { unit: 'TEU' }], ['TEUs', { unit: 'TEU' }], ['teu', { unit: 'TEU' }],
  ['ppm', { unit: 'ppm' }], ['ppb', { unit: 'ppb' }], ['ppt', { unit: 'ppt' }], ['µg', { unit: 'µg' }], ['ng', { unit: 'ng' }],
]);

/** Units that take a per-volume denominator: "mmol/L", "mg/dL". */
export const CONCENTRATION_UNITS: ReadonlySet<string> = new Set(['mmol', 'mg', 'g', 'mL']);
export const PER_VOLUME = /\/(d?[lL])(?![\p{L}])/uy;

/** Units of page furniture rather than reporting ("16 px" font controls): read, then dropped. */
export const FURNITURE_UNITS: ReadonlySet<string> = new Set(['px']);

/** Spelled-out units, matched lower-cased, singular and plural. */
export const UNIT_WORDS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ...pluralise(['kilometre', 'kilometer'], 'km'),
  ...pluralise(['metre', 'meter'], 'm'),
  ...pluralise(['centimetre', 'centimeter'], 'cm'),
  ...pluralise(['millimetre', 'millimeter'], 'mm'),
  ...pluralise(['nanometre', 'nanometer'], 'nm'),
  ...pluralise(['mile'], 'mi'),
  ['foot', { unit: 'ft' }], ['feet', { unit: 'ft' }], ['inch', { unit: 'in' }], ['inches', { unit: 'in' }],
  ...pluralise(['yard'], 'yd'),
  ...pluralise(['hectare'], 'ha'),
  ...pluralise(['acre'], 'acre'),
  ...pluralise(['tonne', 'ton'], 't'),
  ...pluralise(['megatonne', 'megaton'], 'Mt'),
  ...pluralise(['kilogram', 'kilogramme', 'kilo'], 'kg'),
  ...pluralise(['gram', 'gramme'], 'g'),
  ...pluralise(['milligram', 'milligramme'], 'mg'),
  ...pluralise(['microgram', 'microgramme'], 'µg'),
  ...pluralise(['nanogram', 'nanogramme'], 'ng'),
  ['magnitude', { unit: 'magnitude' }], ['richter', { unit: 'magnitude' }],
  ...pluralise(['hectopascal'], 'hPa'),
  ...pluralise(['millibar'], 'mbar'),
  ...pluralise(['nit'], 'nit'),
  ...pluralise(['pound'], 'lb'),
  ...pluralise(['ounce'], 'oz'),
  ...pluralise(['litre', 'liter'], 'L'),
  ...pluralise(['hectolitre', 'hectoliter'], 'hL'),
  ...pluralise(['kilolitre', 'kiloliter'], 'kL'),
  ...pluralise(['megalitre', 'megaliter'], 'ML'),
  ...pluralise(['gigalitre', 'gigaliter'], 'GL'),
  ...pluralise(['gallon'], 'gal'),
  ...pluralise(['barrel'], 'bbl'),
  ...pluralise(['watt'], 'W'),
  ...pluralise(['kilowatt'], 'kW'),
  ...pluralise(['megawatt'], 'MW'),
  ...pluralise(['gigawatt'], 'GW'),
  ...pluralise(['terawatt'], 'TW'),
  ...pluralise(['megabyte'], 'MB'),
  ...pluralise(['gigabyte'], 'GB'),
  ...pluralise(['terabyte'], 'TB'),
  ...pluralise(['degree'], '°'),
  ...pluralise(['knot'], 'kn'),
  ['horsepower', { unit: 'hp' }],
  ...pluralise(['second'], 's'),
  ...pluralise(['minute'], 'min'),
  ...pluralise(['hour'], 'h'),
  ...pluralise(['day'], 'day'),
  ...pluralise(['week'], 'week'),
  ...pluralise(['month'], 'month'),
  ...pluralise(['year'], 'year'),
  ...pluralise(['decade'], 'decade'),
  ['century', { unit: 'century' }], ['centuries', { unit: 'century' }],
]);

function pluralise(words: readonly string[], unit: string): [string, UnitEntry][] {
  return words.flatMap((word): [string, UnitEntry][] => [[word, { unit }], [`${word}s`, { unit }]]);
}

/** Words that turn the unit after them into an area/volume/other unit. */
export const UNIT_PREFIXES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['square', new Map([['km', 'km²'], ['m', 'm²'], ['mi', 'mi²'], ['ft', 'ft²']])],
  ['sq', new Map([['km', 'km²'], ['m', 'm²'], ['mi', 'mi²'], ['ft', 'ft²']])],
  ['cubic', new Map([['m', 'm³'], ['ft', 'ft³']])],
  ['nautical', new Map([['mi', 'nmi']])],
  ['metric', new Map([['t', 't']])],
]);

/** Rate endings that turn a length into a speed or a volume into a flow. */
export const RATE_UNITS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['hour', new Map([['km', 'km/h'], ['mi', 'mph'], ['m', 'm/h']])],
  ['second', new Map([['m', 'm/s']])],
  ['day', new Map([['bbl', 'bbl/d']])],
  ['litre', new Map([['mg', 'mg/L'], ['µg', 'µg/L'], ['ng', 'ng/L']])],
]);

export const DURATION_UNITS: ReadonlySet<string> = new Set(['s', 'min', 'h', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** Currency symbols written before the amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x24, 'USD'], [0x20ac, 'EUR'], [0xa3, 'GBP'], [0xa5, 'JPY'], [0x20b4, 'UAH'], [0x20bd, 'RUB'], [0x20b9, 'INR'],
  [0x20a9, 'KRW'], [0x20aa, 'ILS'], [0x20ba, 'TRY'], [0x20a6, 'NGN'], [0x20b1, 'PHP'],
]);

/** Letters glued before "$" ("US$5m", "A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['NZ', 'NZD'],
  ['HK', 'HKD'], ['S', 'SGD'], ['SG', 'SGD'], ['R', 'BRL'], ['NT', 'TWD'], ['MX', 'MXN'], ['Mex', 'MXN'],
]);

export interface CurrencyWord {
  readonly code: string;
  /** Multiplier into whole units (cents, pence). */
  readonly factor?: number;
  /** Also a weight or an everyday word: a money amount only with a scale ("5 million won"). */
  readonly needsScale?: boolean;
  /** With `needsScale`, a price in hundredths also settles it ("142.50 crowns", not "three crowns"). */
  readonly priceSettles?: boolean;
}

/** Currency names written after the amount, lower-cased. */
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyWord> = new Map<string, CurrencyWord>([
  ['dollar', { code: 'USD' }], ['dollars', { code: 'USD' }], ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }],
  ['pound', { code: 'GBP', needsScale: true }], ['pounds', { code: 'GBP', needsScale: true }], ['sterling', { code: 'GBP' }], ['quid', { code: 'GBP' }],
  ['bucks', { code: 'USD' }],
  ['yen', { code: 'JPY' }], ['yuan', { code: 'CNY' }], ['renminbi', { code: 'CNY' }],
  ['hryvnia', { code: 'UAH' }], ['hryvnias', { code: 'UAH' }], ['hryvnas', { code: 'UAH' }], ['hryvnya', { code: 'UAH' }], ['hryvnyas', { code: 'UAH' }],
  ['rouble', { code: 'RUB' }], ['roubles', { code: 'RUB' }], ['ruble', { code: 'RUB' }], ['rubles', { code: 'RUB' }],
  ['franc', { code: 'CHF' }], ['francs', { code: 'CHF' }], ['rupee', { code: 'INR' }], ['rupees', { code: 'INR' }],
  ['won', { code: 'KRW', needsScale: true }], ['rand', { code: 'ZAR' }], ['lira', { code: 'TRY' }], ['liras', { code: 'TRY' }],
  ['shekel', { code: 'ILS' }], ['shekels', { code: 'ILS' }], ['zloty', { code: 'PLN' }], ['zlotys', { code: 'PLN' }],
  ['riyal', { code: 'SAR' }], ['riyals', { code: 'SAR' }], ['dirham', { code: 'AED' }], ['dirhams', { code: 'AED' }],
  ['kronor', { code: 'SEK' }], ['krona', { code: 'SEK' }], ['reais', { code: 'BRL' }], ['naira', { code: 'NGN' }],
  ['shilling', { code: 'KES' }], ['shillings', { code: 'KES' }], ['cedi', { code: 'GHS' }], ['cedis', { code: 'GHS' }],
  ['kwacha', { code: 'ZMW' }], ['birr', { code: 'ETB' }], ['ringgit', { code: 'MYR' }], ['baht', { code: 'THB' }],
  ['rupiah', { code: 'IDR' }], ['peso', { code: 'MXN' }], ['pesos', { code: 'MXN' }], ['krone', { code: 'NOK' }],
  ['kroner', { code: 'NOK' }],
  // Reuters's English for the Nordic and Czech koruna/krone/krona; also a royal and a dental crown.
  ['crown', { code: 'SEK', needsScale: true, priceSettles: true }], ['crowns', { code: 'SEK', needsScale: true, priceSettles: true }], ['forint', { code: 'HUF' }], ['taka', { code: 'BDT' }], ['dong', { code: 'VND' }],
  ['cent', { code: 'USD', factor: 0.01 }], ['cents', { code: 'USD', factor: 0.01 }], ['pence', { code: 'GBP', factor: 0.01 }],
]);

/**
 * A country's adjective before a currency shared by several countries ("186 billion Ugandan
 * shillings", "Argentine pesos"); other adjectives before a currency word keep its usual code.
 */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['kenyan', 'KES'], ['ugandan', 'UGX'], ['tanzanian', 'TZS'], ['somali', 'SOS'], ['ghanaian', 'GHS'], ['nigerian', 'NGN'],
  ['indian', 'INR'], ['pakistani', 'PKR'], ['nepalese', 'NPR'], ['mexican', 'MXN'], ['argentine', 'ARS'], ['argentinian', 'ARS'],
  ['chilean', 'CLP'], ['colombian', 'COP'], ['philippine', 'PHP'], ['swedish', 'SEK'], ['norwegian', 'NOK'], ['danish', 'DKK'], ['czech', 'CZK'], ['icelandic', 'ISK'],
  ['egyptian', 'EGP'], ['turkish', 'TRY'], ['saudi', 'SAR'], ['qatari', 'QAR'], ['brazilian', 'BRL'], ['chinese', 'CNY'],
  ['japanese', 'JPY'], ['russian', 'RUB'], ['lebanese', 'LBP'], ['sudanese', 'SDG'], ['syrian', 'SYP'], ['iranian', 'IRR'],
]);

/** Adjectives that name the dollar or the franc ("Canadian dollars", "Swiss francs", "2,500 CFA francs": West Africa's). */
export const DOLLAR_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'], ['singapore', 'SGD'], ['taiwan', 'TWD'],
  ['swiss', 'CHF'], ['cfa', 'XOF'],
]);

/** Leading qualifiers, lower-cased with single spaces; null marks words that only steer parsing. */
export const LEADING_QUALIFIERS: ReadonlyMap<string, Qualifier | 'between' | 'from' | 'minus'> = new Map<string, Qualifier | 'between' | 'from' | 'minus'>([
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['some', 'approximate'], ['nearly', 'approximate'],
  ['almost', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'], ['approx', 'approximate'],
  ['circa', 'approximate'], ['close to', 'approximate'], ['closer to', 'approximate'], ['near', 'approximate'],
  ['nearer', 'approximate'], ['more like', 'approximate'], ['nigh on', 'approximate'],
  ['~', 'approximate'], ['more than', 'more than'], ['over', 'more than'], ['in excess of', 'more than'], ['upwards of', 'more than'],
  ['greater than', 'more than'], ['just over', 'more than'], ['well over', 'more than'],
  ['a little over', 'more than'], ['a little more than', 'more than'], ['slightly over', 'more than'], ['slightly more than', 'more than'],
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'],
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['fewer than', 'fewer than'], ['less than', 'fewer than'],
  ['under', 'fewer than'], ['just under', 'fewer than'],
  ['a little under', 'fewer than'], ['a little less than', 'fewer than'], ['slightly under', 'fewer than'], ['slightly less than', 'fewer than'],
  ['well under', 'fewer than'], ['just shy of', 'fewer than'],
  ['at most', 'at most'], ['no more than', 'at most'], ['not more than', 'at most'],
  ['between', 'between'], ['from', 'from'], ['minus', 'minus'],
]);

/**
 * Words that say where an amount comes from rather than hedge it ("an estimated 1,500"): they set
 * the qualifier but stay out of the span. ("a maximum of ₹90", "a minimum of 15 litres" are neither:
 * the amount is the exact limit, and the labelling rules keep the phrase out of the span.)
 */
export const ATTRIBUTIONS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['an estimated', 'approximate'], ['estimated', 'approximate'],
]);

/**
 * Closed-class words: never a counted noun nor the adjective of one ("26 of", "five who", "12 were").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'because', 'although', 'though', 'unless', 'whereas', 'than',
  'as', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'under', 'across', 'after', 'before',
  'since', 'until', 'till', 'per', 'between', 'among', 'amongst', 'against', 'during', 'without', 'within', 'about', 'around',
  'through', 'toward', 'towards', 'upon', 'like', 'near', 'off', 'out', 'up', 'down', 'via', 'versus', 'vs', 'plus', 'minus',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their',
  'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'still', 'just', 'only', 'even', 'now', 'then', 'there',
  'here', 'ago', 'each', 'every', 'all', 'both', 'either', 'neither', 'such', 'own', 'too', 'very', 'already', 'again', 'ever',
  'never', 'always', 'perhaps', 'thus', 'hence', 'however', 'therefore', 'instead', 'besides', 'respectively', 'apiece', 'each',
  'said', 'says', 'say', 'told', 'added', 'according', 'including', 'included', 'compared', 'out', 'later', 'earlier', 'am', 'pm',
  'percent', 'cent', 'pc', 'pct', 'o',
]);

/** Words that may qualify a counted noun although they look like function words ("30 more troops"). */
export const ADJECTIVE_LIKE: ReadonlySet<string> = new Set(['more', 'other', 'new', 'additional', 'extra', 'further', 'fewer', 'less', 'most', 'very']);

/** Words ending in -s that are not plural nouns after a number. */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'goes', 'says', 'gets', 'makes', 'takes', 'comes', 'looks', 'needs', 'wants', 'knows', 'thinks',
  'believes', 'sees', 'keeps', 'tells', 'asks', 'tries', 'puts', 'brings', 'begins', 'seems', 'appears', 'means', 'includes', 'involves',
  'remains', 'happens', 'belongs', 'matters', 'exists', 'becomes', 'stands', 'sits', 'lies', 'dies', 'holds',
  // What a law does ("the Act 2025 gives ministers").
  'gives', 'allows', 'requires', 'provides', 'ensures', 'prohibits', 'creates', 'introduces', 'establishes', 'applies',
  'whereas', 'perhaps', 'always', 'sometimes', 'towards', 'afterwards', 'besides', 'nevertheless', 'across', 'unless', 'less', 'thus',
  'plus', 'minus', 'versus', 'yes', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'us', 'as', 'alongside',
  'overseas', 'abroad', 'nowadays', 'outwards', 'upwards', 'downwards', 'backwards', 'forwards',
]);

/** Adjectives that stand for people after a number: "leaves 3 dead", "12 injured", "40 missing". */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['dead', 'injured', 'wounded', 'missing', 'homeless', 'displaced', 'unemployed']);

/** Plural nouns without -s. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'crew', 'cattle', 'sheep', 'fish', 'deer', 'aircraft',
  'troops', 'militia', 'livestock', 'geese', 'mice', 'teeth', 'data', 'media', 'offspring', 'spacecraft', 'watercraft', 'youth',
  'clergy', 'infantry', 'cavalry', 'artillery', 'poultry', 'swine', 'bison', 'salmon', 'trout',
  'grandchildren', 'great-grandchildren', 'schoolchildren', 'stepchildren', 'godchildren', 'firemen', 'policemen', 'women', 'gentlemen',
]);

/**
 * Words before a number that make it a name rather than a figure ("Article 5", "Resolution 2231",
 * "Windows 11", "Share 0"). Matched case-sensitively: "Share 0" but "share 5".
 */
export const DESIGNATORS: ReadonlySet<string> = new Set([
  'Article', 'Articles', 'Resolution', 'Section', 'Sec', 'Chapter', 'Paragraph', 'Para', 'Clause', 'Annex', 'Protocol', 'Title',
  'Amendment', 'Rule', 'Part', 'Volume', 'Vol', 'No', 'Nos', 'Number', 'Page', 'Room', 'Flight', 'Route', 'Highway', 'Interstate',
  'Exit', 'Gate', 'Gates', 'Junction', 'Junctions', 'Terminal', 'Platform', 'Channel', 'Windows', 'iOS', 'Android', 'iPhone', 'iPad', 'Pixel', 'Galaxy', 'PlayStation',
  'Xbox', 'Boeing', 'Airbus', 'Formula', 'Ligue', 'Serie', 'Apollo', 'Soyuz', 'Falcon', 'Artemis', 'Mark', 'Mk', 'Model', 'Type',
  'Class', 'Category', 'Level', 'Phase', 'Stage', 'Grade', 'Year', 'Block', 'Building', 'Unit', 'Ward', 'District', 'Lot',
  'Version', 'Episode', 'Season', 'Series', 'Covid', 'COVID', 'Proposition', 'Prop', 'Measure', 'Item', 'Exhibit', 'Figure', 'Fig',
  'Table', 'Radio', 'War', 'Euro', 'COP', 'Share', 'Shares', 'Tweet', 'Tweets', 'Comments', 'Comment', 'Likes', 'Views', 'Replies',
  'Reply', 'Pin', 'Photo', 'Photos', 'Image', 'Images', 'Slide', 'Camp', 'Cup', 'Vision', 'Agenda', 'Web', 'Industry', 'Generation',
  'article', 'articles', 'resolution', 'section', 'sections', 'chapter', 'paragraph', 'clause', 'annex', 'page', 'pp', 'p', 'junction',
  'junctions', 'platform', 'gate', 'number', 'runway', 'runways', 'milepost', 'phase', 'grade', 'item', 'stage', 'tier',
  'terminal', 'route', 'flight', 'category',
  // Sports copy numbers its laps, holes, games and weeks ("at lap 23", "Game 7", "Week 3").
  'Lap', 'lap', 'Hole', 'hole', 'Game', 'Week',
  // "type 2 diabetes", "a type 1 error".
  'type',
  // Numbered questions of a transcript or an exam paper ("Questions 1 - 58", "question 12").
  'Question', 'Questions', 'question', 'questions',
  // Stock indexes named by their number of members ("FTSE 100 opens higher", "the Nikkei 225", "Stoxx 600").
  'FTSE', 'Nikkei', 'Stoxx', 'STOXX', 'CAC', 'DAX', 'ASX', 'Nasdaq', 'IBEX', 'KOSPI', 'Sensex', 'Nifty', 'MSCI',
  // Police and planning references ("quoting reference 1543", "incident 412 of 17 November").
  'reference', 'Reference', 'ref', 'Ref', 'serial', 'incident', 'Incident',
]);

/** Words before a bare month name that make it a date ("in March", "since June"). */
export const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'during', 'early', 'late', 'mid', 'before', 'after', 'of', 'through',
  'throughout', 'end', 'start', 'beginning', 'last', 'next', 'this', 'on', 'for', 'between', 'each', 'every', 'beyond', 'into',
]);

/** Words before a four-digit number that make it a year whatever follows. */
export const STRONG_YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'early', 'late', 'mid', 'through', 'throughout', 'circa',
  'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'from', 'between', 'pre', 'post', 'year', 'as', 'class', 'vintage',
]);

/** Words before a four-digit number that make it a year unless a counted noun follows ("of 1500 troops"). */
export const WEAK_YEAR_CONTEXT: ReadonlySet<string> = new Set(['of', 'to', 'for', 'on', 'against', 'and', 'or', 'beyond', 'past', 'into', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose']);

/**
 * Time zones after a clock time. "local time" names no zone and stays out of the span ("11:30 a.m.
 * local time" → "11:30 a.m."); a named one ("Moscow time") is a zone.
 */
export const TIME_ZONE_PATTERN =
  '(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|AWST|ACST|NZST|NZDT|IST|JST|KST|HKT|SGT|PKT|EAT|WAT|CAT|SAST|GST|AST|ADT|WIB|ICT|PHT|BOT|ART|BRT|CLT|COT|PET|VET|ECT|ET|PT|CT|Z)(?:[+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}\\d])|(?!Local )\\p{Lu}\\p{Ll}+ time(?![\\p{L}])|(?:Eastern|Pacific|Central|Mountain)(?![\\p{L}])';
