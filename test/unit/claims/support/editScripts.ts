// Random but reproducible edit scripts over an article, and the re-anchoring property check shared
// by the unit test and bench/anchoring.ts.

import { anchorClaim, type AnchorResult } from '../../../../src/core/claims/anchoring/anchorClaim';
import { createAnchor, type CreatedAnchor } from '../../../../src/core/claims/anchoring/createAnchor';
import { applyEdits, type TextChange } from '../../../../src/core/claims/anchoring/trackEdits';
import type { Span } from '../../../../src/core/model';

import { seededRandom as mulberry32 } from '../../../support/seededRandom';

export { mulberry32 };

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Edit distance divided by the length of `reference`. */
export function normalisedDistance(text: string, reference: string): number {
  return levenshtein(text, reference) / Math.max(1, reference.length);
}

const WORDS = [
  'council', 'harbour', 'ferry', 'budget', 'engineers', 'report', 'officials', 'plan', 'quay', 'funding',
  'cables', 'vote', 'mayor', 'residents', 'winter', 'storm', 'grid', 'contract', 'committee', 'review',
  'said', 'added', 'warned', 'expected', 'approved', 'delayed', 'rejected', 'noted', 'promised', 'argued',
  'new', 'local', 'several', 'larger', 'cheaper', 'northern', 'early', 'final', 'public', 'private',
  'the', 'a', 'of', 'in', 'on', 'for', 'with', 'and', 'but', 'after', 'before', 'while', 'because',
];

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function randomInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function randomWords(rng: () => number, count: number): string {
  return Array.from({ length: count }, () => pick(rng, WORDS)).join(' ');
}

function randomSentence(rng: () => number): string {
  const words = randomWords(rng, randomInt(rng, 6, 30));
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** Start of the word around or after `offset`. */
function wordStart(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && /\S/.test(text[at - 1])) at--;
  return at;
}

/** End of `count` words starting at `start`. */
function wordsEnd(text: string, start: number, count: number): number {
  let at = start;
  for (let i = 0; i < count && at < text.length; i++) {
    while (at < text.length && /\s/.test(text[at])) at++;
    while (at < text.length && /\S/.test(text[at])) at++;
  }
  return at;
}

function sentenceAround(text: string, offset: number): Span {
  const before = text.lastIndexOf('. ', offset);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('. ', offset);
  return { start, end: after < 0 ? text.length : after + 2 };
}

/** One realistic edit (words to sentences) near `offset` of `text`. */
function randomEdit(rng: () => number, text: string, offset: number): TextChange {
  const start = wordStart(text, offset);
  const kind = rng();
  if (kind < 0.2) return { rangeOffset: start, rangeLength: 0, text: `${randomWords(rng, randomInt(rng, 1, 3))} ` };
  if (kind < 0.3) return { rangeOffset: start, rangeLength: 0, text: `${randomSentence(rng)} ` };
  if (kind < 0.5) return { rangeOffset: start, rangeLength: wordsEnd(text, start, randomInt(rng, 1, 4)) - start, text: '' };
  if (kind < 0.6) {
    const sentence = sentenceAround(text, offset);
    return { rangeOffset: sentence.start, rangeLength: sentence.end - sentence.start, text: '' };
  }
  if (kind < 0.8) return { rangeOffset: start, rangeLength: wordsEnd(text, start, 1) - start, text: pick(rng, WORDS) };
  if (kind < 0.9) return { rangeOffset: start, rangeLength: wordsEnd(text, start, randomInt(rng, 2, 6)) - start, text: randomWords(rng, randomInt(rng, 2, 6)) };
  // A one-character typo fix.
  const at = Math.min(text.length - 1, offset);
  return { rangeOffset: at, rangeLength: 1, text: pick(rng, ['e', 'a', 'o', 's', 't']) };
}

export interface EditedArticle {
  readonly text: string;
  readonly changes: readonly TextChange[];
  /** Where each claim really is now (tracked through the edits), undefined when destroyed. */
  readonly truth: readonly (Span | undefined)[];
}

/** Share of edits that move a whole sentence elsewhere (cut and paste). */
const MOVE_SHARE = 0.1;

interface EditStep {
  readonly text: string;
  readonly changes: readonly TextChange[];
  readonly truth: (Span | undefined)[];
}

function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

/** One edit near `offset`; claims follow it as `applyEdits` says. */
function editStep(rng: () => number, text: string, offset: number, truth: readonly (Span | undefined)[]): EditStep {
  const change = randomEdit(rng, text, offset);
  return { text: applyChange(text, change), changes: [change], truth: truth.map((span) => (span ? applyEdits(span, [change]) : undefined)) };
}

/**
 * Cuts the sentence around `offset` and pastes it at the start of another sentence. Claims inside
 * the sentence travel with it; the others follow the two changes.
 */
function moveStep(rng: () => number, text: string, offset: number, truth: readonly (Span | undefined)[]): EditStep | undefined {
  const moved = sentenceAround(text, offset);
  const destination = sentenceAround(text, randomInt(rng, 0, text.length - 1)).start;
  if (destination >= moved.start && destination <= moved.end) return undefined;
  // People move whole sentences; a claim cut in two would have no single true place.
  const cutsAClaim = truth.some((span) => span && span.start < moved.end && span.end > moved.start && (span.start < moved.start || span.end > moved.end));
  if (cutsAClaim) return undefined;
  const sentence = text.slice(moved.start, moved.end);
  const length = sentence.length;
  const pastedAt = destination < moved.start ? destination : destination - length;
  const changes: TextChange[] = destination < moved.start
    ? [{ rangeOffset: destination, rangeLength: 0, text: sentence }, { rangeOffset: moved.start + length, rangeLength: length, text: '' }]
    : [{ rangeOffset: moved.start, rangeLength: length, text: '' }, { rangeOffset: pastedAt, rangeLength: 0, text: sentence }];
  const next = changes.reduce(applyChange, text);
  return {
    text: next,
    changes,
    truth: truth.map((span) => {
      if (!span) return undefined;
      if (span.start >= moved.start && span.end <= moved.end) return { start: pastedAt + span.start - moved.start, end: pastedAt + span.end - moved.start };
      return applyEdits(span, changes);
    }),
  };
}

/**
 * Applies `count` (default 1-6) random edits, half of them inside a claim, half anywhere; one in
 * ten moves a sentence elsewhere.
 */
export function randomEditScript(rng: () => number, text: string, claims: readonly Span[], count = randomInt(rng, 1, 6)): EditedArticle {
  let step: EditStep = { text, changes: [], truth: claims.map((claim) => ({ start: claim.start, end: claim.end })) };
  const changes: TextChange[] = [];
  for (let i = 0; i < count; i++) {
    const alive = step.truth.filter((span): span is Span => span !== undefined);
    const target = rng() < 0.5 && alive.length > 0 ? pick(rng, alive) : undefined;
    const offset = target ? randomInt(rng, target.start, target.end - 1) : randomInt(rng, 0, step.text.length - 1);
    step = (rng() < MOVE_SHARE ? moveStep(rng, step.text, offset, step.truth) : undefined) ?? editStep(rng, step.text, offset, step.truth);
    changes.push(...step.changes);
  }
  return { text: step.text, changes, truth: step.truth };
}

/** A claim is expected to re-anchor when its real text is at most this far from its quote. */
export const RECOVERABLE_DISTANCE = 0.25;

export type Verdict = 'reanchored' | 'missed' | 'wrong' | 'orphanedCorrectly' | 'anchoredEditedText';

/**
 * Judges one anchoring result against where the claim really is (`truth`, tracked through the
 * edits). `wrong` = attached to other text, or to text too different from the quote.
 */
export function judgeAnchor(text: string, quote: string, truth: Span | undefined, found: AnchorResult): { verdict: Verdict; recoverable: boolean } {
  const truthText = truth ? text.slice(truth.start, truth.end) : undefined;
  const recoverable = truthText !== undefined && normalisedDistance(truthText, quote) <= RECOVERABLE_DISTANCE;
  if (found.status === 'orphaned') return { verdict: recoverable ? 'missed' : 'orphanedCorrectly', recoverable };
  const onTruth = truth !== undefined && overlapsEnough(found, truth);
  if (!onTruth || normalisedDistance(text.slice(found.start, found.end), quote) > RECOVERABLE_DISTANCE) return { verdict: 'wrong', recoverable };
  return { verdict: recoverable ? 'reanchored' : 'anchoredEditedText', recoverable };
}

export interface PropertyFailure {
  readonly script: number;
  readonly quote: string;
  readonly verdict: Verdict;
  readonly found?: string;
  readonly truth?: string;
}

export interface PropertyReport {
  readonly scripts: number;
  readonly claims: number;
  /** Claims whose real text is still within RECOVERABLE_DISTANCE of the quote. */
  readonly recoverable: number;
  /** Recoverable claims anchored on their real text. */
  readonly reanchored: number;
  /** Recoverable claims reported orphaned. */
  readonly missed: number;
  /** Claims anchored on other text or on text too different from the quote: must be 0. */
  readonly wrong: number;
  /** Of the wrong ones: anchored away from their real place on a verbatim copy of the quote. */
  readonly wrongOnVerbatimCopy: number;
  /** Destroyed or heavily edited claims correctly reported orphaned. */
  readonly orphanedCorrectly: number;
  readonly failures: readonly PropertyFailure[];
}

/** Counts verdicts; `failures` keeps the missed and wrong cases for diagnosis. */
export class VerdictTally {
  scripts = 0;
  claims = 0;
  recoverable = 0;
  readonly counts: Record<Verdict, number> = { reanchored: 0, missed: 0, wrong: 0, orphanedCorrectly: 0, anchoredEditedText: 0 };
  readonly failures: PropertyFailure[] = [];

  add(script: number, text: string, quote: string, truth: Span | undefined, found: AnchorResult): void {
    const { verdict, recoverable } = judgeAnchor(text, quote, truth, found);
    this.claims++;
    if (recoverable) this.recoverable++;
    this.counts[verdict]++;
    if (verdict === 'missed' || verdict === 'wrong') {
      this.failures.push({ script, quote, verdict, truth: truth && text.slice(truth.start, truth.end), found: found.status === 'orphaned' ? undefined : text.slice(found.start, found.end) });
    }
  }

  report(): PropertyReport {
    const { reanchored, missed, wrong, orphanedCorrectly } = this.counts;
    const wrongOnVerbatimCopy = this.failures.filter((failure) => failure.verdict === 'wrong' && failure.found === failure.quote).length;
    return { scripts: this.scripts, claims: this.claims, recoverable: this.recoverable, reanchored, missed, wrong, wrongOnVerbatimCopy, orphanedCorrectly, failures: this.failures };
  }
}

function overlapsEnough(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Runs `scripts` random edit scripts over `article`, re-anchors every claim from its stored
 * selector (not from edit tracking) and compares with where the claim really went.
 */
export function runAnchoringProperty(article: string, quotes: readonly string[], scripts: number, seed: number): PropertyReport {
  const rng = mulberry32(seed);
  const anchors: CreatedAnchor[] = quotes.map((quote) => createAnchor(article, article.indexOf(quote), article.indexOf(quote) + quote.length));
  const tally = new VerdictTally();
  for (let script = 0; script < scripts; script++) {
    const edited = randomEditScript(rng, article, anchors);
    tally.scripts++;
    anchors.forEach((anchor, index) => tally.add(script, edited.text, anchor.quote, edited.truth[index], anchorClaim(edited.text, anchor)));
  }
  return tally.report();
}
