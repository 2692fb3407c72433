// Reads the inline-labelled evaluation files (`.ann`, see docs/labelled-format.md):
//   [[Keir Starmer|person|keir-starmer]] said [[26 nations|number|26]] signed.
// into the plain article text and the gold mentions with exact offsets into that text.
import { type FileProblem, type MentionType, isEntityType, isFigureType } from '../src/core/model';

export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  /** The labelled surface text (equals text.slice(start, end)). */
  readonly text: string;
  /** Gold entity id, shared by every file of one set (entities only). */
  readonly entity?: string;
  /** Normalised figure value, when the labeller gave one. */
  readonly value?: number | string;
  /** Upper bound of a range value "20..25". */
  readonly max?: number;
}

export interface AnnotatedText {
  /** Article text with the markup removed. */
  readonly text: string;
  readonly gold: readonly GoldMention[];
  /** Malformed labels; their surface text is kept, the label is dropped. */
  readonly problems: readonly FileProblem[];
}

const OPEN = '[[';
const CLOSE = ']]';
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const RANGE = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

type LabelFields = Omit<GoldMention, 'start' | 'end'>;

/** Parses one `.ann` file. Never throws: malformed labels are reported in `problems`. */
export function parseAnnotated(source: string): AnnotatedText {
  const lineStarts = computeLineStarts(source);
  const problems: FileProblem[] = [];
  const gold: GoldMention[] = [];
  const report = (message: string, offset: number): void => {
    const { line, column } = toLineColumn(lineStarts, offset);
    problems.push({ message, line, column, severity: 'error' });
  };

  let text = '';
  let cursor = 0;
  while (cursor < source.length) {
    const open = source.indexOf(OPEN, cursor);
    const strayClose = source.indexOf(CLOSE, cursor);
    if (strayClose >= 0 && (open < 0 || strayClose < open)) {
      report('"]]" without an opening "[[".', strayClose);
    }
    if (open < 0) {
      text += source.slice(cursor);
      break;
    }
    text += source.slice(cursor, open);
    const close = source.indexOf(CLOSE, open + OPEN.length);
    const nestedOpen = source.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (nestedOpen >= 0 && nestedOpen < close)) {
      report(close < 0 ? 'Label "[[" is never closed with "]]".' : 'Labels cannot be nested: "[[" inside a label.', open);
      text += OPEN;
      cursor = open + OPEN.length;
      continue;
    }
    const inner = source.slice(open + OPEN.length, close);
    const parsed = parseLabel(inner);
    const surface = inner.split('|')[0];
    if (typeof parsed === 'string') {
      report(`${parsed} In "[[${inner}]]".`, open);
    } else {
      gold.push({ start: text.length, end: text.length + surface.length, ...parsed });
    }
    text += surface;
    cursor = close + CLOSE.length;
  }
  return { text, gold, problems };
}

/** Returns the label fields, or an error message. */
function parseLabel(inner: string): LabelFields | string {
  const parts = inner.split('|');
  const [surface, type, key] = parts;
  if (parts.length < 2 || parts.length > 3) return 'A label has 2 or 3 fields: [[text|type]] or [[text|type|id-or-value]].';
  if (surface.trim() === '') return 'The labelled text is empty.';
  if (surface !== surface.trim()) return 'The labelled text starts or ends with a space.';
  if (isEntityType(type)) {
    if (key === undefined || !ENTITY_ID.test(key)) {
      return `An ${type} label needs a gold entity id in lowercase-kebab-case as third field.`;
    }
    return { type, text: surface, entity: key };
  }
  if (isFigureType(type)) {
    if (key === undefined || key === '') return { type, text: surface };
    const value = parseFigureValue(type, key);
    return typeof value === 'string' ? value : { type, text: surface, ...value };
  }
  return `Unknown type "${type}".`;
}

function parseFigureValue(type: string, key: string): { value: number | string; max?: number } | string {
  if (type === 'date') {
    return ISO_DATE.test(key) ? { value: key } : `A date value is ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD", not "${key}".`;
  }
  if (type === 'time') {
    return CLOCK_TIME.test(key) ? { value: key } : `A time value is 24-hour "HH:MM", not "${key}".`;
  }
  if (NUMBER.test(key)) return { value: Number(key) };
  const range = RANGE.exec(key);
  if (range) return { value: Number(range[1]), max: Number(range[2]) };
  return `A ${type} value must be a number ("1200000000") or a range ("20..25"), not "${key}".`;
}

function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

function toLineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return { line, column: offset - lineStarts[line] };
}
