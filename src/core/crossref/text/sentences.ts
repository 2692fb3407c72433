// A fast rule-based sentence splitter for news text. It knows abbreviations (Mr., Dr., U.S., Jan.),
// initials, decimals, quotes closing a sentence, and treats lines as sentences unless the text is
// hard-wrapped, in which case only blank lines and short lines end paragraphs.

import type { Span } from '../../model';

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm maj rep sen gov pres rev hon fr mt ft vs etc al approx
  inc ltd corp co plc bros dept univ assn est no nos vol fig op jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c n.y l.a`.split(/\s+/),
);

/** Words that, after a dotted acronym such as "U.S.", show a new sentence has begun. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i this that these those there but and so yet however in on at after before when while its his her their our'.split(' '),
);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«¿¡';

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

function isUpperOrDigit(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || (ch > '\u007f' && ch !== ch.toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

interface Line {
  start: number;
  end: number; // without the line break
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      lines.push({ start, end: i });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function trimmedLength(text: string, line: Line): number {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e - s;
}

/**
 * Hard-wrapped text (lines broken at ~72 columns inside paragraphs): most non-empty lines are of
 * similar length and do not end a sentence.
 */
function wrapWidth(text: string, lines: Line[]): number | undefined {
  let counted = 0;
  let wrapped = 0;
  let longest = 0;
  for (const line of lines) {
    const length = trimmedLength(text, line);
    if (length === 0) continue;
    counted++;
    longest = Math.max(longest, length);
    const last = text[line.end - 1];
    if (length >= 40 && length <= 100 && !TERMINATORS.includes(last) && !CLOSERS.includes(last)) wrapped++;
  }
  return counted >= 5 && wrapped / counted > 0.4 && longest <= 110 ? longest : undefined;
}

/** Sentence spans of `text` from offset `from` (e.g. after front matter), trimmed of spaces and Markdown markers. */
export function splitSentences(text: string, from = 0): Span[] {
  const lines = linesOf(text, from);
  const width = wrapWidth(text, lines);
  const sentences: Span[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, sentences);
    blockStart = -1;
  };
  for (const line of lines) {
    const length = trimmedLength(text, line);
    if (length === 0) {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    // Unwrapped text: every line is a paragraph or headline. Wrapped text: a short line ends one.
    if (width === undefined || length < width * 0.6) flush();
  }
  flush();
  return sentences;
}

function splitBlock(text: string, start: number, end: number, out: Span[]): void {
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isBlank(text.charCodeAt(j))) continue; // "3.5", "U.S.-led", "example.com"
    let k = j;
    while (k < end && isBlank(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!startsSentence(text, k, end)) continue;
    if (text[i] === '.' && j === i + 1 && !endsSentenceAfterDot(text, sentenceStart, i, k, end)) continue;
    pushTrimmed(text, sentenceStart, j, out);
    sentenceStart = k;
    i = k - 1;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

function isBlank(code: number): boolean {
  return isSpace(code) || code === 10 || code === 13;
}

function startsSentence(text: string, k: number, end: number): boolean {
  const ch = text[k];
  if (isUpperOrDigit(ch)) return true;
  if (OPENERS.includes(ch) || ch === '—' || ch === '–' || ch === '-') {
    const next = k + 1 < end ? text[k + 1] : '';
    return next === '' || isUpperOrDigit(next) || OPENERS.includes(next);
  }
  return false;
}

/** Whether the '.' at `dot` ends a sentence, given the word before it and the word after. */
function endsSentenceAfterDot(text: string, sentenceStart: number, dot: number, next: number, end: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial: "John F. Kennedy"
  if (!ABBREVIATIONS.has(word) && !ABBREVIATIONS.has(word.replace(/^\./, ''))) return true;
  // "U.S." or "a.m." may end a sentence: look at the next word.
  if (word.includes('.')) {
    let e = next;
    while (e < end && /[A-Za-z]/.test(text[e])) e++;
    return SENTENCE_STARTERS.has(text.slice(next, e).toLowerCase());
  }
  return false;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  // Markdown block markers are not part of the sentence: "# ", "> ", "- ", "* ", "1. ".
  const marker = /^(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/.exec(text.slice(s, Math.min(e, s + 8)));
  if (marker && marker[0].length < e - s) s += marker[0].length;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
