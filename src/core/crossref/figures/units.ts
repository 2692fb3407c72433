// Units of measurement and currencies the comparison understands. The recogniser's canonical units
// (src/core/recognition/figures/vocabulary.ts: "km", "mi", "t", "L", "°C", "bbl/d", …) and spelled-out
// words ("kilometres", "miles", "tonnes") are both accepted.

export type UnitFamily =
  | 'length' | 'mass' | 'area' | 'volume' | 'temperature' | 'speed' | 'duration' | 'energy' | 'power' | 'data' | 'flow';

export interface UnitDefinition {
  readonly family: UnitFamily;
  /** Short display symbol, e.g. "km". */
  readonly symbol: string;
  /** Value in the family's base unit = value × factor + offset. */
  readonly factor: number;
  readonly offset?: number;
  /**
   * Relative uncertainty of the unit itself: "tons" may be short, long or metric tons, "gallons" US
   * or imperial. Conversions involving such a unit widen the comparison by this much.
   */
  readonly uncertainty?: number;
}

function unit(family: UnitFamily, symbol: string, factor: number, names: string[], extra: Partial<UnitDefinition> = {}): Array<[string, UnitDefinition]> {
  const definition: UnitDefinition = { family, symbol, factor, ...extra };
  return [symbol, ...names].map((name) => [name, definition]);
}

const UNIT_TABLE = new Map<string, UnitDefinition>([
  // length, base metre
  ...unit('length', 'mm', 0.001, ['millimetre', 'millimetres', 'millimeter', 'millimeters']),
  ...unit('length', 'cm', 0.01, ['centimetre', 'centimetres', 'centimeter', 'centimeters']),
  ...unit('length', 'm', 1, ['metre', 'metres', 'meter', 'meters']),
  ...unit('length', 'km', 1000, ['kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']),
  ...unit('length', 'in', 0.0254, ['inch', 'inches']),
  ...unit('length', 'ft', 0.3048, ['foot', 'feet']),
  ...unit('length', 'yd', 0.9144, ['yard', 'yards']),
  ...unit('length', 'mi', 1609.344, ['mile', 'miles']),
  ...unit('length', 'nmi', 1852, ['nautical mile', 'nautical miles']),
  // mass, base kilogram
  ...unit('mass', 'mg', 1e-6, ['milligram', 'milligrams']),
  ...unit('mass', 'g', 0.001, ['gram', 'grams', 'gramme', 'grammes']),
  ...unit('mass', 'kg', 1, ['kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes']),
  ...unit('mass', 't', 1000, ['tonne', 'tonnes', 'metric ton', 'metric tons']),
  ...unit('mass', 'ton', 1000, ['tons'], { uncertainty: 0.1 }),
  ...unit('mass', 'kt', 1e6, ['kilotonne', 'kilotonnes', 'kiloton', 'kilotons']),
  ...unit('mass', 'Mt', 1e9, ['megatonne', 'megatonnes', 'megaton', 'megatons']),
  ...unit('mass', 'lb', 0.45359237, ['lbs', 'pound', 'pounds']),
  ...unit('mass', 'oz', 0.028349523125, ['ounce', 'ounces']),
  // area, base square metre
  ...unit('area', 'm²', 1, ['m2', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters']),
  ...unit('area', 'km²', 1e6, ['km2', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers']),
  ...unit('area', 'ha', 1e4, ['hectare', 'hectares']),
  ...unit('area', 'acre', 4046.8564224, ['acres']),
  ...unit('area', 'mi²', 2589988.110336, ['mi2', 'sq mi', 'square mile', 'square miles']),
  ...unit('area', 'ft²', 0.09290304, ['ft2', 'sq ft', 'square foot', 'square feet']),
  // volume, base litre
  ...unit('volume', 'ml', 0.001, ['millilitre', 'millilitres', 'milliliter', 'milliliters']),
  ...unit('volume', 'l', 1, ['litre', 'litres', 'liter', 'liters']),
  ...unit('volume', 'm³', 1000, ['m3', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters']),
  ...unit('volume', 'ft³', 28.316846592, ['ft3', 'cubic foot', 'cubic feet']),
  ...unit('volume', 'gal', 3.785411784, ['gallon', 'gallons'], { uncertainty: 0.2 }),
  ...unit('volume', 'bbl', 158.987294928, ['barrel', 'barrels']),
  // temperature, base degree Celsius
  ...unit('temperature', '°C', 1, ['c', 'ºc', 'celsius', 'degrees celsius', 'degree celsius', 'centigrade']),
  ...unit('temperature', '°F', 5 / 9, ['f', 'ºf', 'fahrenheit', 'degrees fahrenheit', 'degree fahrenheit'], { offset: -160 / 9 }),
  ...unit('temperature', 'K', 1, ['kelvin'], { offset: -273.15 }),
  // speed, base metre per second
  ...unit('speed', 'km/h', 1 / 3.6, ['kph', 'kmh', 'km/hr', 'kilometres per hour', 'kilometers per hour']),
  ...unit('speed', 'mph', 0.44704, ['miles per hour', 'mi/h']),
  ...unit('speed', 'm/s', 1, ['metres per second', 'meters per second']),
  ...unit('speed', 'm/h', 1 / 3600, ['metres per hour', 'meters per hour']),
  ...unit('speed', 'kn', 0.514444, ['knot', 'knots']),
  // duration, base second
  ...unit('duration', 's', 1, ['sec', 'secs', 'second', 'seconds']),
  ...unit('duration', 'min', 60, ['mins', 'minute', 'minutes']),
  ...unit('duration', 'h', 3600, ['hr', 'hrs', 'hour', 'hours']),
  ...unit('duration', 'day', 86400, ['d', 'days']),
  ...unit('duration', 'week', 604800, ['wk', 'wks', 'weeks']),
  ...unit('duration', 'month', 2629800, ['months'], { uncertainty: 0.05 }),
  ...unit('duration', 'year', 31557600, ['yr', 'yrs', 'years']),
  ...unit('duration', 'decade', 315576000, ['decades']),
  ...unit('duration', 'century', 3155760000, ['centuries']),
  // energy, base watt-hour; power, base watt
  ...unit('energy', 'Wh', 1, ['watt-hour', 'watt-hours']),
  ...unit('energy', 'kWh', 1e3, ['kilowatt-hour', 'kilowatt-hours']),
  ...unit('energy', 'MWh', 1e6, ['megawatt-hour', 'megawatt-hours']),
  ...unit('energy', 'GWh', 1e9, ['gigawatt-hour', 'gigawatt-hours']),
  ...unit('energy', 'TWh', 1e12, ['terawatt-hour', 'terawatt-hours']),
  ...unit('power', 'W', 1, ['watt', 'watts']),
  ...unit('power', 'kW', 1e3, ['kilowatt', 'kilowatts']),
  ...unit('power', 'MW', 1e6, ['megawatt', 'megawatts']),
  ...unit('power', 'GW', 1e9, ['gigawatt', 'gigawatts']),
  ...unit('power', 'TW', 1e12, ['terawatt', 'terawatts']),
  // data, base byte (decimal prefixes, as the press uses them)
  ...unit('data', 'MB', 1e6, ['megabyte', 'megabytes']),
  ...unit('data', 'GB', 1e9, ['gigabyte', 'gigabytes']),
  ...unit('data', 'TB', 1e12, ['terabyte', 'terabytes']),
  // flow, base barrel per day
  ...unit('flow', 'bbl/d', 1, ['bpd', 'barrels per day', 'barrels a day']),
]);

// Keys compared lower-cased: no two units here differ only by case.
const UNITS_BY_LOWER_NAME = new Map<string, UnitDefinition>([...UNIT_TABLE].map(([name, definition]) => [name.toLowerCase(), definition]));

function normaliseUnitText(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .replace(/^sq\.? /, 'sq ')
    .replace(/^(?:degrees? ?|º ?|° ?)(c|f|celsius|fahrenheit)$/, '°$1')
    .replace(/²/g, '2')
    .replace(/³/g, '3');
}

/** The unit of measurement named by `raw`, or undefined when it is not one (e.g. a counted noun). */
export function lookupUnit(raw: string | undefined): UnitDefinition | undefined {
  if (!raw) return undefined;
  // Most units and counted nouns ("km", "countries") are plain lower-case words: nothing to normalise.
  if (/^[a-z]+$/.test(raw)) return UNITS_BY_LOWER_NAME.get(raw);
  const text = normaliseUnitText(raw);
  return UNITS_BY_LOWER_NAME.get(text) ?? UNITS_BY_LOWER_NAME.get(text.replace(/^°/, ''));
}

/** Converts `value` from unit `from` to unit `to` of the same family. */
export function convertUnit(value: number, from: UnitDefinition, to: UnitDefinition): number {
  const base = value * from.factor + (from.offset ?? 0);
  return (base - (to.offset ?? 0)) / to.factor;
}

/** Converts a difference (not an absolute value) between units: offsets cancel out. */
export function convertUnitDelta(delta: number, from: UnitDefinition, to: UnitDefinition): number {
  return (delta * from.factor) / to.factor;
}

// ---- currencies ---------------------------------------------------------------------------------

const CURRENCY_ALIASES = new Map<string, string>([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['us dollars', 'USD'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['£', 'GBP'], ['gbp', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'],
  ['¥', 'JPY'], ['yen', 'JPY'],
]);

/** An ISO currency code for a unit string ("$", "euros", "usd" → "USD"/"EUR"/…), else the raw text upper-cased. */
export function normaliseCurrency(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim().toLowerCase();
  return CURRENCY_ALIASES.get(text) ?? (text ? text.toUpperCase() : undefined);
}

/**
 * Fixed, deliberately approximate exchange rates to US dollars. Exchange rates move, so a
 * comparison across currencies can at best "approximately agree", within CURRENCY_TOLERANCE.
 */
export const APPROXIMATE_USD_RATES: Readonly<Record<string, number>> = { USD: 1, EUR: 1.15, GBP: 1.33 };
export const CURRENCY_TOLERANCE = 0.15;

/** The stated rate used for a cross-currency comparison, e.g. "1 EUR ≈ 1.15 USD". */
export function describeRate(from: string, to: string): string | undefined {
  const fromRate = APPROXIMATE_USD_RATES[from];
  const toRate = APPROXIMATE_USD_RATES[to];
  if (fromRate === undefined || toRate === undefined) return undefined;
  const rate = fromRate / toRate;
  return `1 ${from} ≈ ${rate.toFixed(2)} ${to}`;
}

export function convertCurrency(value: number, from: string, to: string): number | undefined {
  const fromRate = APPROXIMATE_USD_RATES[from];
  const toRate = APPROXIMATE_USD_RATES[to];
  if (fromRate === undefined || toRate === undefined) return undefined;
  return (value * fromRate) / toRate;
}

// ---- percentages ---------------------------------------------------------------------------------

/**
 * The kind of a percent figure and its factor into percentage points: a level ("40%") is never
 * compared with a change ("up 3 percentage points"); basis points are hundredths of a point.
 */
export function percentKind(unit: string | undefined): { kind: 'level' | 'points'; factor: number } {
  const text = (unit ?? '%').trim().toLowerCase();
  if (text === 'basis points' || text === 'basis point' || text === 'bp' || text === 'bps') return { kind: 'points', factor: 0.01 };
  if (/^(?:percentage points?|points?|pp|pts?)$/.test(text)) return { kind: 'points', factor: 1 };
  return { kind: 'level', factor: 1 };
}
