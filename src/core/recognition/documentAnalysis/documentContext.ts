// The few document-wide facts that change how a block reads: they are part of every block's cache key.
import { detectArticleDate } from '../figures';
import { commentsSectionStart } from '../figures/furniture';

export interface DocumentContext {
  /** The article's date (dateline, front matter), for relative dates in figures. */
  readonly referenceDate: string | undefined;
  /** Sports copy: lone city names read as clubs. Decided on the whole text by the candidate finder. */
  readonly sports: boolean;
  /** Where readers' comments start for the figure finder (no figures there), or the text length. */
  readonly figuresEnd: number;
}

// Same test as `isSportsCopy` in entities/candidates.ts, which decides it on the text it is given.
// A document that reads as sports copy is analysed as one block. Scores never cross a blank line,
// so the score count of a document is the sum of its blocks' counts.
const SCORE = /\b\p{Lu}[\p{L}]+ \d{1,2}[-–]\d{1,2}\b|\b\d{1,2}[-–]\d{1,2} \p{Lu}/gu;
const SPORTS_WORDS = /\b(?:league|striker|midfielder|goalkeeper|defender|penalty|semi-finals?|quarter-finals?|kick-off|fixture|half-time|stoppage time|equaliser|equalizer|touchdown|innings|wicket)\b/gi;
/** Every score has a digit, a dash and a digit: most paragraphs are ruled out by this cheap test. */
const SCORE_HINT = /\d[-–]\d/;

/** Scores in a block ("United 2-1 Villa"): the expensive half of the test, counted per block. */
export function scoreCount(text: string): number {
  if (!SCORE_HINT.test(text)) return 0;
  return text.match(SCORE)?.length ?? 0;
}

/** Sports copy, given the score count of the whole text (the sum of its blocks' counts). */
export function readsAsSports(text: string, scores: number): boolean {
  if (scores === 0) return false;
  return scores + (text.match(SPORTS_WORDS)?.length ?? 0) >= 4;
}

/** The document context of `text`; `sports` as computed from its blocks (see `readsAsSports`). */
export function documentContext(text: string, sports = readsAsSports(text, scoreCount(text))): DocumentContext {
  let referenceDate: string | undefined;
  try {
    referenceDate = detectArticleDate(text)?.date;
  } catch {
    referenceDate = undefined;
  }
  return { referenceDate, sports, figuresEnd: commentsSectionStart(text) };
}

export function contextKey(context: DocumentContext): string {
  return `${context.referenceDate ?? ''}|${context.sports ? 1 : 0}`;
}
