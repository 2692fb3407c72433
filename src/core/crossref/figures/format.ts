// How figures read in cards and comparison details: "more than 30 countries", "USD 1.2 billion",
// "2.6 km", "35%", "2026-01-07".

import type { FigureMention } from '../../model';

/** The parts of a FigureMention that comparing and describing a figure need. */
export type FigureFacts = Pick<FigureMention, 'type' | 'value' | 'max' | 'unit' | 'qualifier'> & { readonly text?: string };

const SCALES: ReadonlyArray<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A number as a reader would write it: 35, 2.58, 1,200, 1.2 million. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (magnitude >= scale) return `${trimDecimals(value / scale, 3)} ${word}`;
  }
  if (Number.isInteger(value)) return groupThousands(String(value));
  const digits = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  return trimDecimals(value, digits);
}

function trimDecimals(value: number, maxDecimals: number): string {
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const [whole, fraction] = trimmed.split('.');
  return fraction ? `${groupThousands(whole)}.${fraction}` : groupThousands(whole);
}

/** "1234567" → "1,234,567" (Intl formatting is far slower and this runs per comparison). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

const QUALIFIER_WORDS: Record<string, string> = {
  approximate: 'about',
  'at least': 'at least',
  'more than': 'more than',
  'at most': 'at most',
  'up to': 'up to',
  'fewer than': 'fewer than',
};

/** The value part of a figure: "30–35", "more than 30", "1.2 billion", "2026-01-07". */
export function describeValue(figure: FigureFacts, value: number | string | undefined = figure.value): string {
  if (value === undefined) return figure.text ?? '?';
  if (typeof value === 'string') return value;
  const number = formatNumber(value);
  if (figure.qualifier === 'range' && typeof figure.max === 'number') return `${number}–${formatNumber(figure.max)}`;
  const word = figure.qualifier ? QUALIFIER_WORDS[figure.qualifier] : undefined;
  return word ? `${word} ${number}` : number;
}

/** The whole figure with its unit: "more than 30 countries", "USD 1.2 billion", "35%", "2.6 km". */
export function describeFigure(figure: FigureFacts): string {
  const value = describeValue(figure);
  const unit = figure.unit?.trim();
  if (!unit || figure.value === undefined || typeof figure.value === 'string') return value;
  if (unit === '%' || (figure.type === 'percent' && !/point|^bps?$|^pp$/i.test(unit))) return `${value}%`;
  if (figure.type === 'money') return `${unit} ${value}`;
  return `${value} ${unit}`;
}

/**
 * Half the last significant step of the number as written: "35" → 0.5, "2.6 km" → 0.05,
 * "1.2bn" → 50,000,000. Two exact figures agree when they are this close ("equal within rounding").
 */
export function roundingHalfStep(figure: FigureFacts): number {
  const value = typeof figure.value === 'number' ? figure.value : undefined;
  if (value === undefined) return 0;
  const written = figure.text?.match(/(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)(?:\.(\d+))?/);
  if (!written) return Number.isInteger(value) ? 0.5 : halfStepOfValue(value);
  const decimals = written[2]?.length ?? 0;
  const writtenNumber = Number(`${written[1].replace(/[,\u00a0 ]/g, '')}.${written[2] ?? '0'}`);
  // The text may carry a scale word ("1.2 billion") that the value already applied.
  const scale = writtenNumber > 0 && Math.abs(value) > 0 ? Math.abs(value) / writtenNumber : 1;
  const roundedScale = scale >= 1 ? 10 ** Math.round(Math.log10(scale)) : 1;
  return (0.5 * roundedScale) / 10 ** decimals;
}

function halfStepOfValue(value: number): number {
  const text = String(value);
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return 0.5 / 10 ** decimals;
}
