// What a figure counts or measures, read from the figure and the words around it in its sentence.
// Figures are only compared with figures of the same subject key.

import type { FigureMention } from '../../model';
import { figureClass } from './compareFigures';
import { countSubject, eventNear, nounClass } from './nouns';

/** Counted nouns recognised when the recogniser left the unit empty ("35 countries" → "countries"). */
const KNOWN_COUNT_NOUNS = new Set(['country', 'killed', 'injured', 'people', 'troop', 'leader', 'child', 'missing', 'arrested', 'displaced']);

const BEFORE_WINDOW = 40;

/**
 * "the two countries", "both leaders", "these three ships": a small number after a determiner
 * refers back to things already named rather than claiming a count.
 */
const REFERRING_DETERMINER = /\b(?:the|these|those|both|its|their|our|his|her|all)\s+$/i;
const MAX_REFERRING_COUNT = 4;
const AFTER_WINDOW = 60;
/** "two of them", "three of the injured": a part of a count named elsewhere, not a count of its own. */
const PARTITIVE = /^\s+of\s+(?:them|those|these|whom|which|us|the|its|their|our)\b/i;

/**
 * The subject key of a figure in its sentence (`cls`: its figureClass, when already known), e.g. "count:country", "count:killed",
 * "quantity:length", "money", "date", "ordinal:term"; undefined when the figure cannot be compared.
 */
export function figureSubjectKey(text: string, mention: FigureMention, sentenceStart: number, sentenceEnd: number, cls = figureClass(mention)): string | undefined {
  if (cls === undefined) return undefined;
  const before = text.slice(Math.max(sentenceStart, mention.start - BEFORE_WINDOW), mention.start);
  const after = text.slice(mention.end, Math.max(mention.end, Math.min(sentenceEnd, mention.end + AFTER_WINDOW)));
  if (cls.startsWith('count:')) {
    if (typeof mention.value === 'number' && mention.value <= MAX_REFERRING_COUNT && !mention.qualifier && REFERRING_DETERMINER.test(before)) return undefined;
    let noun = mention.unit;
    if (!noun && PARTITIVE.test(after)) return undefined;
    if (!noun) {
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      const nextClass = nounClass(next);
      if (nextClass && KNOWN_COUNT_NOUNS.has(nextClass)) noun = next;
    }
    return `count:${countSubject(noun, eventNear(before, after))}`;
  }
  if (cls === 'ordinal') {
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    return `ordinal:${nounClass(next) ?? ''}`;
  }
  return cls;
}

const SUBJECT_LABELS: Record<string, string> = {
  country: 'countries',
  killed: 'people killed',
  injured: 'people injured',
  people: 'people',
  troop: 'troops',
  leader: 'leaders',
  child: 'children',
  missing: 'people missing',
  arrested: 'people arrested',
  displaced: 'people displaced',
};

/** A readable label for a subject key: "countries", "people killed", "length", "money", "date". */
export function subjectLabel(key: string): string {
  const [kind, rest = ''] = splitKey(key);
  if (kind === 'count') {
    if (!rest) return 'number';
    const [noun, event] = rest.split(' ');
    const label = SUBJECT_LABELS[noun] ?? `${noun}s`;
    return event ? `${label} ${event}` : label;
  }
  if (kind === 'quantity') return rest;
  if (kind === 'ordinal') return rest ? `ordinal (${rest})` : 'ordinal';
  if (kind === 'percent') return rest ? 'percentage points' : 'percent';
  return kind;
}

function splitKey(key: string): [string, string?] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key] : [key.slice(0, colon), key.slice(colon + 1)];
}

/**
 * The least cosine similarity between two figures' sentences for them to be about the same thing.
 * Specific counted nouns ("countries") need little context; bare numbers and dates need much more.
 */
export function minimumSimilarity(key: string): number {
  const [kind, rest = ''] = splitKey(key);
  switch (kind) {
    case 'count':
      if (!rest) return 0.35;
      if (rest === 'country') return 0.08;
      return KNOWN_COUNT_NOUNS.has(rest) || rest.includes(' ') ? 0.12 : 0.08;
    case 'date':
    case 'time':
      return 0.25;
    case 'ordinal':
      return 0.3;
    default:
      return 0.18;
  }
}
