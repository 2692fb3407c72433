// Pure comparison of two figures: are they comparable, and do they agree? Hedged figures ("more
// than 30", "about 35", "up to 40", "20-25") are read as intervals; exact figures as their value
// within rounding ("2.6" covers 2.55–2.65). See docs/decisions/crossref.md.

import { countSubject } from './nouns';
import { describeFigure, formatNumber, roundingHalfStep, type FigureFacts } from './format';
import {
  CURRENCY_TOLERANCE,
  convertCurrency,
  convertUnit,
  convertUnitDelta,
  describeRate,
  lookupUnit,
  normaliseCurrency,
  percentKind,
  type UnitDefinition,
} from './units';

export type { FigureFacts } from './format';

export type Verdict = 'agrees' | 'approximately agrees' | 'differs';

export interface FigureVerdict {
  readonly verdict: Verdict;
  /** For a reader: "26 nations vs 35 countries (differs by 9)", "more than 30 countries vs 35 countries". */
  readonly detail: string;
  /** How the figures were brought to one unit, e.g. "1.6 mi ≈ 2.57 km" or "1 EUR ≈ 1.15 USD (fixed approximate rate)". */
  readonly conversion?: string;
}

/**
 * A verdict without its wording: indexes judge thousands of pairs and show a few, so the wording
 * (explainJudgement) is built only for those.
 */
export interface FigureJudgement {
  readonly verdict: Verdict;
  readonly a: PreparedFigure;
  readonly b: PreparedFigure;
  readonly cls: string;
}

/** A figure with everything comparing needs worked out once (unit, currency, rounding, class). */
export interface PreparedFigure {
  readonly facts: FigureFacts;
  /** See figureClass. */
  readonly cls: string | undefined;
  readonly unit?: UnitDefinition;
  readonly currency?: string;
  /** Factor into percentage points for percent figures (basis points: 0.01). */
  readonly percentFactor: number;
  /** Half the last significant step of the number as written. */
  readonly halfStep: number;
}

export function prepareFigure(facts: FigureFacts): PreparedFigure {
  const isNumeric = typeof facts.value === 'number';
  return {
    facts,
    cls: figureClass(facts),
    unit: facts.type === 'quantity' || facts.type === 'number' ? lookupUnit(facts.unit) : undefined,
    currency: facts.type === 'money' ? normaliseCurrency(facts.unit) : undefined,
    percentFactor: facts.type === 'percent' ? percentKind(facts.unit).factor : 1,
    halfStep: isNumeric ? roundingHalfStep(facts) : 0,
  };
}

/**
 * The comparability class of a figure: two figures can only be compared when their classes are
 * equal. "count:country" for "26 nations", "quantity:length" for "2.6 km", "money", "percent",
 * "percent:points", "date", "time", "ordinal". Undefined when the figure has no usable value.
 */
export function figureClass(figure: FigureFacts): string | undefined {
  if (figure.value === undefined) return undefined;
  switch (figure.type) {
    case 'date':
    case 'time':
      return typeof figure.value === 'string' ? figure.type : undefined;
    case 'ordinal':
    case 'money':
      return typeof figure.value === 'number' ? figure.type : undefined;
    case 'percent':
      if (typeof figure.value !== 'number') return undefined;
      return percentKind(figure.unit).kind === 'points' ? 'percent:points' : 'percent';
    case 'quantity':
    case 'number': {
      if (typeof figure.value !== 'number') return undefined;
      const unit = lookupUnit(figure.unit);
      if (unit) return `quantity:${unit.family}`;
      return `count:${countSubject(figure.unit, undefined)}`;
    }
    default:
      return undefined;
  }
}

/**
 * Compares figure `a` (the one the reader is looking at) with figure `b` from another source.
 * Returns undefined when they are not comparable: different kinds, incompatible units or counted
 * nouns (countries ≈ nations ≈ states, but not people), currencies without a stated rate, or
 * values that did not resolve.
 */
export function compareFigures(a: FigureFacts, b: FigureFacts): FigureVerdict | undefined {
  const judgement = judgeFigures(prepareFigure(a), prepareFigure(b));
  return judgement && explainJudgement(judgement);
}

/**
 * Like compareFigures on prepared figures, with the wording built lazily. `sharedClass` replaces the
 * class check when the caller already knows both figures are about the same subject (e.g.
 * "count:killed" for "12 people killed" and "12 deaths").
 */
export function judgeFigures(a: PreparedFigure, b: PreparedFigure, sharedClass?: string): FigureJudgement | undefined {
  let cls = sharedClass;
  if (cls === undefined) {
    cls = a.cls;
    if (cls === undefined || cls !== b.cls) return undefined;
  }
  let verdict: Verdict | undefined;
  if (cls === 'date') verdict = dateVerdict(a.facts, b.facts);
  else if (cls === 'time' || cls.startsWith('ordinal')) verdict = a.facts.value === b.facts.value ? 'agrees' : 'differs';
  else verdict = numberVerdict(a, b);
  return verdict && { verdict, a, b, cls };
}

/** The wording of a judgement: "26 nations vs 35 countries (differs by 9)", conversion used. */
export function explainJudgement({ verdict, a, b, cls }: FigureJudgement): FigureVerdict {
  if (cls === 'date') {
    const detail = `${a.facts.value} vs ${b.facts.value}`;
    return { verdict, detail: verdict === 'differs' ? `${detail}${dateGap(String(a.facts.value), String(b.facts.value))}` : detail };
  }
  let detail = `${describeFigure(a.facts)} vs ${describeFigure(b.facts)}`;
  if (cls === 'time' || cls.startsWith('ordinal')) return { verdict, detail };
  const conversion = conversionBetween(a, b);
  if (verdict === 'differs' && !a.facts.qualifier && !b.facts.qualifier && conversion) {
    const gap = Math.abs((a.facts.value as number) - conversion.convert(b.facts.value as number));
    detail += ` (differs by ${formatNumber(gap)}${unitSuffix(a)})`;
  }
  return conversion?.note ? { verdict, detail, conversion: conversion.note() } : { verdict, detail };
}

// ---- numbers ------------------------------------------------------------------------------------

interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

interface Conversion {
  /** b's value expressed in a's unit. */
  convert(value: number): number;
  convertDelta(delta: number): number;
  /** Extra relative uncertainty of the conversion (exchange rates, "tons"). */
  uncertainty: number;
  /** True when a real conversion happened (different units). */
  converted: boolean;
  note?: () => string;
}

const IDENTITY: Conversion = { convert: (v) => v, convertDelta: (d) => d, uncertainty: 0, converted: false };

function numberVerdict(a: PreparedFigure, b: PreparedFigure): Verdict | undefined {
  if (typeof a.facts.value !== 'number' || typeof b.facts.value !== 'number') return undefined;
  const conversion = conversionBetween(a, b);
  if (!conversion) return undefined;
  const factsA = a.facts;
  const factsB = b.facts;
  const valueA = factsA.value as number;
  const valueB = factsB.value as number;
  const halfA = a.halfStep;
  const halfB = conversion.convertDelta(b.halfStep);
  const bInA = conversion.convert(valueB);

  if (!factsA.qualifier && !factsB.qualifier) {
    const gap = Math.abs(valueA - bInA);
    const tolerance = Math.max(halfA, halfB) + 1e-9 * Math.max(Math.abs(valueA), 1);
    if (!conversion.converted && gap <= tolerance) return 'agrees';
    if (conversion.converted && gap <= 1e-6 * Math.max(Math.abs(valueA), 1) && conversion.uncertainty === 0) return 'agrees';
    const slack = conversion.uncertainty * Math.abs(bInA);
    return gap <= tolerance + slack ? 'approximately agrees' : 'differs';
  }

  if (!conversion.converted && factsA.qualifier === factsB.qualifier && valueA === valueB && factsA.max === factsB.max) return 'agrees';
  const intervalA = intervalOf(factsA, valueA, factsA.max, halfA);
  const intervalB = widen(
    intervalOf(factsB, bInA, typeof factsB.max === 'number' ? conversion.convert(factsB.max) : undefined, halfB),
    conversion.uncertainty,
  );
  return overlaps(intervalA, intervalB) ? 'approximately agrees' : 'differs';
}

function unitSuffix(figure: PreparedFigure): string {
  const { facts } = figure;
  if (facts.type === 'percent') return figure.percentFactor === 1 ? ' points' : ' basis points';
  if (facts.type === 'money') return figure.currency ? ` ${figure.currency}` : '';
  return figure.unit ? ` ${figure.unit.symbol}` : '';
}

function conversionBetween(a: PreparedFigure, b: PreparedFigure): Conversion | undefined {
  const factsB = b.facts;
  if (a.facts.type === 'money') {
    const from = b.currency;
    const to = a.currency;
    if (from === to) return IDENTITY;
    if (!from || !to || convertCurrency(1, from, to) === undefined) return undefined;
    return {
      convert: (v) => convertCurrency(v, from, to) as number,
      convertDelta: (d) => convertCurrency(d, from, to) as number,
      uncertainty: CURRENCY_TOLERANCE,
      converted: true,
      note: () => `${describeRate(from, to)} (fixed approximate rate)`,
    };
  }
  if (a.facts.type === 'percent') {
    const factor = b.percentFactor / a.percentFactor;
    if (factor === 1) return IDENTITY;
    const note = () => `${formatNumber(factsB.value as number)} ${factsB.unit} = ${formatNumber((factsB.value as number) * factor)} ${a.facts.unit}`;
    return { convert: (v) => v * factor, convertDelta: (d) => d * factor, uncertainty: 0, converted: true, note };
  }
  const from = b.unit;
  const to = a.unit;
  if (!from || !to || from === to) return IDENTITY; // counts and ordinals: the class already matched
  return {
    convert: (v) => convertUnit(v, from, to),
    convertDelta: (d) => convertUnitDelta(d, from, to),
    uncertainty: Math.max(from.uncertainty ?? 0, to.uncertainty ?? 0),
    converted: true,
    note: () => `${formatNumber(factsB.value as number)} ${from.symbol} ≈ ${formatNumber(convertUnit(factsB.value as number, from, to))} ${to.symbol}`,
  };
}

/** The values a figure allows, in its own unit. */
function intervalOf(figure: FigureFacts, value: number, max: number | undefined, half: number): Interval {
  switch (figure.qualifier) {
    case 'more than':
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at least':
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case 'at most':
    case 'up to':
      return { lo: -Infinity, hi: value, loOpen: true, hiOpen: false };
    case 'fewer than':
      return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
    case 'approximate': {
      // ±10 %, or one written step when wider ("about 3" covers 2–4), but a step that comes from a
      // scale word ("about 2 billion": a step of 1 billion) never widens it beyond ±25 %.
      const spread = Math.max(0.1 * Math.abs(value), Math.min(2 * half, 0.25 * Math.abs(value)));
      return { lo: value - spread, hi: value + spread, loOpen: false, hiOpen: false };
    }
    case 'range':
      if (max !== undefined) return { lo: Math.min(value, max) - half, hi: Math.max(value, max) + half, loOpen: false, hiOpen: half > 0 };
      return { lo: value - half, hi: value + half, loOpen: false, hiOpen: half > 0 };
    default:
      // Rounding: "25" stands for [24.5, 25.5).
      return { lo: value - half, hi: value + half, loOpen: false, hiOpen: half > 0 };
  }
}

function widen(interval: Interval, relative: number): Interval {
  if (relative === 0) return interval;
  const grow = (bound: number) => (Number.isFinite(bound) ? relative * Math.abs(bound) : 0);
  return { ...interval, lo: interval.lo - grow(interval.lo), hi: interval.hi + grow(interval.hi) };
}

function overlaps(x: Interval, y: Interval): boolean {
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  const loOpen = x.lo === lo ? x.loOpen : y.loOpen;
  const hiOpen = x.hi === hi ? x.hiOpen : y.hiOpen;
  return !loOpen && !hiOpen;
}

// ---- dates, times, ordinals ---------------------------------------------------------------------

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dateVerdict(a: FigureFacts, b: FigureFacts): Verdict | undefined {
  if (typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  if (a.value === b.value) return ISO_DATE.test(a.value) ? 'agrees' : undefined;
  const partsA = ISO_DATE.exec(a.value);
  const partsB = ISO_DATE.exec(b.value);
  if (!partsA || !partsB) return undefined;
  const fieldsA = partsA.slice(1).filter(Boolean);
  const fieldsB = partsB.slice(1).filter(Boolean);
  const shared = Math.min(fieldsA.length, fieldsB.length);
  for (let i = 0; i < shared; i++) if (fieldsA[i] !== fieldsB[i]) return 'differs';
  return fieldsA.length === fieldsB.length ? 'agrees' : 'approximately agrees';
}

function dateGap(a: string, b: string): string {
  const partsA = ISO_DATE.exec(a);
  const partsB = ISO_DATE.exec(b);
  if (!partsA?.[3] || !partsB?.[3]) return '';
  const days = Math.round(Math.abs(Date.UTC(+partsA[1], +partsA[2] - 1, +partsA[3]) - Date.UTC(+partsB[1], +partsB[2] - 1, +partsB[3])) / 86400000);
  return ` (${days} day${days === 1 ? '' : 's'} apart)`;
}
