// State of one findFigures call: the text, the article date, the mentions found so far and the
// end of the last one (no look-back ever reaches before it, so mentions never overlap).

import type { FigureMention, FigureType, Qualifier } from '../../model';
import type { Reference } from './calendar';
import { guessDayFirst, splitDayRange, type DateMatch } from './dates';
import { classifyLine, commentsSectionStart, type LineVerdict } from './furniture';
import { previousWord } from './text';

export interface ScanContext {
  readonly text: string;
  readonly reference: Reference;
  readonly mentions: FigureMention[];
  /** End of the last mention: look-backs stop here. */
  floor: number;
  /** Day-first convention of the text, computed on first need (undefined: unclear). */
  dayFirstGuess: { readonly value: boolean | undefined } | undefined;
  /** Whether the line of the last figure is page furniture (captions, "Related posts" lists). */
  line: LineVerdict | undefined;
  /** Start of the readers' comments at the end of the page, computed on first need (-1: not yet). */
  commentsStart: number;
}

/**
 * Every field is there from the start, so that all contexts share one shape: fields added on
 * first need gave the readers of a context several shapes to tell apart, and a new one met late
 * threw their compiled code away.
 */
export function createContext(text: string, reference: Reference): ScanContext {
  return { text, reference, mentions: [], floor: 0, dayFirstGuess: undefined, line: undefined, commentsStart: -1 };
}

export function dayFirst(context: ScanContext): boolean | undefined {
  context.dayFirstGuess ??= { value: guessDayFirst(context.text) };
  return context.dayFirstGuess.value;
}

export interface FigureFields {
  readonly value?: number | string;
  readonly max?: number;
  readonly unit?: string;
  readonly qualifier?: Qualifier;
}

/** Whether `position` lies on a line of page furniture; lines are classified once. */
function onFurnitureLine(context: ScanContext, position: number): boolean {
  if (context.commentsStart < 0) context.commentsStart = commentsSectionStart(context.text);
  if (position >= context.commentsStart) return true;
  const line = context.line;
  if (line && position >= line.start && position <= line.end) return line.furniture;
  context.line = classifyLine(context.text, position);
  return context.line.furniture;
}

/** Records a mention (unless it is page furniture) and returns its end (where scanning resumes). */
export function emit(context: ScanContext, type: FigureType, start: number, end: number, fields: FigureFields = {}): number {
  context.floor = end;
  if (onFurnitureLine(context, start)) return end;
  const mention: { -readonly [K in keyof FigureMention]: FigureMention[K] } = {
    kind: 'figure',
    type,
    start,
    end,
    text: context.text.slice(start, end),
  };
  if (fields.value !== undefined && !(typeof fields.value === 'number' && !Number.isFinite(fields.value))) mention.value = fields.value;
  if (fields.max !== undefined) mention.max = fields.max;
  if (fields.unit !== undefined) mention.unit = fields.unit;
  if (fields.qualifier !== undefined) mention.qualifier = fields.qualifier;
  context.mentions.push(mention);
  return end;
}

/**
 * Records a date read with `match` ("6 January", "May 8-10"): a range of days without a year is two
 * labels, as the labelling convention asks of date ranges.
 */
export function emitDate(context: ScanContext, start: number, match: DateMatch, value: string | undefined): number {
  if (!match.days) return emit(context, 'date', start, match.end, { value, qualifier: match.qualifier });
  const [first, second] = splitDayRange(start, match.end, match.days, value);
  emit(context, 'date', first.start, first.end, { value: first.value });
  return emit(context, 'date', second.start, second.end, { value: second.value });
}

/** "since October", "since 12 March": the date lies on or before the article. */
export function followsSince(context: ScanContext, start: number): boolean {
  const word = previousWord(context.text, start, context.floor);
  return word !== undefined && word.end - word.start === 5 && context.text.slice(word.start, word.end).toLowerCase() === 'since';
}
