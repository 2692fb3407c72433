// One pass over the text: words with offsets, their shape, and whether each starts a sentence, a
// quotation or a headline line (where capitals say nothing about names).
import { FURNITURE_LINE_STARTS, FURNITURE_WORDS } from './cues';
import { isCapitalsCreditLine, isFurnitureHeadingLine, isStandaloneFurnitureLine, mayHeadListAfterBlankLine, MAX_HEADING_LINE, MAX_LIST_ITEM_LENGTH, MAX_LIST_ITEMS } from '../furnitureHeadings';

export type TokenShape =
  /** "Keir", "McDonald", "O'Brien", "G7" */
  | 'cap'
  /** "NATO", "U.S.", "UK" */
  | 'upper'
  /** "iPhone", "eBay" */
  | 'mixed'
  | 'lower'
  | 'number';

export interface Token {
  readonly start: number;
  /** End of the word without a possessive "'s". */
  readonly end: number;
  readonly text: string;
  readonly shape: TokenShape;
  /** First word of a sentence, a quotation, a line or a list item. */
  readonly sentenceStart: boolean;
  /** On a headline-like line (title case, no sentence punctuation): capitals are not evidence. */
  readonly headline: boolean;
  /** The word was followed by a possessive "'s" / "’s" (a name boundary). */
  readonly possessive: boolean;
  /** Index of the line in the text (for grouping). */
  readonly line: number;
  /** Page furniture (captions, share buttons, related links, menus): never a name. */
  readonly furniture: boolean;
}

const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const NON_ASCII_LETTER = /^\p{L}$/u;
const NON_ASCII_MARK = /^\p{M}$/u;
const SPACE = /\s/;

// Classes of the non-ASCII code units news text is mostly made of (accented Latin letters, the
// no-break space, dashes and curly quotes), read from the patterns above once, so that those
// characters are classified by a table lookup instead of a one-character string and a pattern.
const CLASS_LETTER = 1;
const CLASS_MARK = 2;
const CLASS_NUMBER = 4;
const CLASS_SPACE = 8;
/** Latin-1 Supplement and Latin Extended-A and -B. */
const LATIN_FROM = 0x80;
const LATIN_CLASSES = classTable(LATIN_FROM, 0x250);
/** General Punctuation (spaces, dashes, quotes). */
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_CLASSES = classTable(PUNCTUATION_FROM, 0x2070);

function classTable(from: number, to: number): Uint8Array {
  const table = new Uint8Array(to - from);
  for (let c = from; c < to; c++) {
    const ch = String.fromCharCode(c);
    table[c - from] = (NON_ASCII_LETTER.test(ch) ? CLASS_LETTER : 0) | (NON_ASCII_MARK.test(ch) ? CLASS_MARK : 0)
      | (NON_ASCII_WORD_CHAR.test(ch) && !NON_ASCII_LETTER.test(ch) && !NON_ASCII_MARK.test(ch) ? CLASS_NUMBER : 0)
      | (SPACE.test(ch) ? CLASS_SPACE : 0);
  }
  return table;
}

/** The class bits of a non-ASCII code unit in the tables, or -1 (then the patterns decide). */
function tableClass(code: number): number {
  if (code < LATIN_FROM + LATIN_CLASSES.length) return LATIN_CLASSES[code - LATIN_FROM];
  if (code >= PUNCTUATION_FROM && code < PUNCTUATION_FROM + PUNCTUATION_CLASSES.length) return PUNCTUATION_CLASSES[code - PUNCTUATION_FROM];
  return -1;
}

/**
 * `text.charCodeAt(i)`, NaN outside the text, without reading outside it: optimised code that reads
 * past the end of a string is thrown away and compiled again (one costly recompilation per site).
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

/** Letter, digit or combining mark (word-internal characters); `i` must lie inside the text. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const known = tableClass(c);
  if (known >= 0) return (known & (CLASS_LETTER | CLASS_MARK | CLASS_NUMBER)) !== 0;
  return NON_ASCII_WORD_CHAR.test(text[i]);
}

function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const known = tableClass(c);
  if (known >= 0) return (known & CLASS_LETTER) !== 0;
  return NON_ASCII_LETTER.test(text[i]);
}

/**
 * End of the word starting at `start`: letters, digits and marks, joined by an apostrophe before a
 * letter ("O'Brien"), a hyphen before a letter or digit ("Jean-Yves", "F-35"), a dot inside an
 * acronym ("U.S"), an ampersand before a capital ("AT&T") or a decimal point ("4.5").
 */
function wordEnd(text: string, start: number): number {
  let i = start + 1;
  const n = text.length;
  for (;;) {
    while (i < n && isWordCode(text, i)) i++;
    if (i + 1 >= n) return i;
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && isLetterCode(text, i + 1)) i += 2;
    else if ((c === 45 || c === 0x2011) && isWordCode(text, i + 1)) i += 2;
    else if (c === 46 && isLetterCode(text, i + 1) && codeAt(text, i + 2) === 46 && isLetterCode(text, i - 1) && (i < 2 || !isWordCode(text, i - 2))) i += 2;
    else if (c === 38 && (text.charCodeAt(i + 1) >= 65 && text.charCodeAt(i + 1) <= 90)) i += 2;
    // "4.5", "GPT-5.2": a decimal point between digits (a version, not a sentence end).
    else if (c === 46 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

/** A letter or a digit (what a word starts with); `i` must lie inside the text. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetterOrDigitCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const known = tableClass(c);
  if (known >= 0) return (known & (CLASS_LETTER | CLASS_NUMBER)) !== 0;
  return NON_ASCII_WORD_CHAR.test(text[i]) && !NON_ASCII_MARK.test(text[i]);
}

/** Next word start at or after `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return i;
    } else {
      // A word starts with a letter or a digit, not with a combining mark.
      const known = tableClass(c);
      if (known >= 0 ? (known & (CLASS_LETTER | CLASS_NUMBER)) !== 0 : NON_ASCII_WORD_CHAR.test(text[i]) && !NON_ASCII_MARK.test(text[i])) return i;
    }
  }
  return -1;
}
/** Abbreviations written with a period that is part of the name ("Nvidia Corp.", "Long Beach, Calif."). */
const DOTTED_ABBREVIATIONS = new Set([
  'Corp', 'Inc', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'Calif', 'Fla', 'Tex', 'Ariz', 'Conn', 'Penn', 'Mich', 'Ga', 'Md', 'Minn',
  'Wis', 'Colo', 'Ky', 'Okla', 'Tenn', 'Ala', 'Neb', 'Nev', 'Ark', 'Kan', 'Vt', 'Wyo', 'Mont', 'Ind', 'Ore', 'Wash', 'Mass',
  'Miss', 'Ill', 'Va', 'La', 'Mo', 'Del', 'Ida', 'Okla',
]);
const SITE_SUFFIX = /^\.([A-Za-z]{2,3})(?![\p{L}\p{N}])/u;
const SITE_TLDS = new Set(['az', 'com', 'net', 'org', 'uk', 'io', 'ru', 'ua', 'eu', 'tv', 'fm', 'ge', 'am', 'kz', 'ng', 'pk', 'in', 'ie']);
const DOTTED_ACRONYM = /^\p{L}(?:\.\p{L})+$/u;
const UPPER = /^[\p{Lu}\p{N}.&'’-]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const LETTER_UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+@[\w-]+\.[\w.]+|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+/gu;
/** A lower-case domain's top-level part ("pic.twitter.com"); the name around it is found by hand. */
const DOMAIN_TLD = /\.(?:com|org|net|gov|edu|io|co|uk|eu|int|info|tv|ru|ua)(?![\p{L}\p{N}])/gu;

/** Abbreviations whose period does not end a sentence. */
const NON_FINAL_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Rep', 'Sen', 'Gov',
  'Prof', 'Rev', 'Fr', 'Mt', 'Ft', 'No', 'vs', 'Vs', 'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
  'approx', 'cf', 'Messrs', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Cpl', 'Pte', 'Brig',
]);

/** Capitalised words that open a sentence and rarely a name inside one. */
const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'But', 'However']);

const OPENING_QUOTES = '"“‘\'«(„[';
const DASHES = '–—|•·*►▶>#';

/**
 * Capitals, digits and the joiners . & ' ’ - only, with two capitals or a capital and a period
 * ("NATO", "U.S", "G7" is not): a char-code pass for ASCII words, the patterns for the rest.
 */
function isCapitalsOnly(word: string): boolean {
  let capitals = 0;
  let capitalThenPeriod = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return UPPER.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(word);
    if (c >= 65 && c <= 90) capitals++;
    else if (c === 46) capitalThenPeriod ||= i > 0 && word.charCodeAt(i - 1) >= 65 && word.charCodeAt(i - 1) <= 90;
    else if (!((c >= 48 && c <= 57) || c === 38 || c === 39 || c === 45)) return false;
  }
  return capitals >= 2 || capitalThenPeriod;
}

function shapeOf(word: string): TokenShape {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) {
    // ASCII lower-case start: lower unless an upper-case letter follows ("iPhone").
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if ((c >= 65 && c <= 90) || c > 127) return HAS_UPPER.test(word) ? 'mixed' : 'lower';
    }
    return 'lower';
  }
  if (first >= 48 && first <= 57) return 'number';
  if (first > 127 && DIGIT.test(word)) return 'number';
  const firstUpper = first < 128 ? first >= 65 && first <= 90 : LETTER_UPPER.test(word);
  if (firstUpper) {
    // "Starmer": a lower-case ASCII second letter rules out capitals-only, without the regexes.
    const second = codeAt(word, 1);
    if (second >= 97 && second <= 122) return 'cap';
    if (word.length > 1 && isCapitalsOnly(word)) return 'upper';
    return 'cap';
  }
  return HAS_UPPER.test(word) ? 'mixed' : 'lower';
}

/** Ranges that are URLs, e-mail addresses or handles: no names are read inside them. */
function isDomainChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** The next "://", "www." or "@" at or after `from`, or -1. */
function nextUrlMark(text: string, from: number): number {
  let best = -1;
  for (const mark of URL_MARKS) {
    const at = text.indexOf(mark, from);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
const URL_MARKS = ['://', 'www.', '@'];

export function blockedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Every URL, address or handle holds "://", "www." or "@" and no white space: the pattern is run
  // only over the space-free stretches around those, not along the whole text.
  let scannedTo = 0;
  for (let at = nextUrlMark(text, 0); at >= 0; at = nextUrlMark(text, Math.max(at + 1, scannedTo))) {
    if (at < scannedTo) continue;
    let from = at;
    while (from > 0 && !isSpaceCode(text, from - 1)) from--;
    let to = at;
    while (to < text.length && !isSpaceCode(text, to)) to++;
    const stretch = text.slice(from, to);
    URL_LIKE.lastIndex = 0;
    for (let m = URL_LIKE.exec(stretch); m; m = URL_LIKE.exec(stretch)) ranges.push([from + m.index, from + m.index + m[0].length]);
    scannedTo = to;
  }
  // A DOMAIN_TLD match starts at a dot before a lower-case letter: the pattern is run from such a
  // dot only (sentence stops, decimals and "U.S." are passed over by char codes).
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = codeAt(text, dot + 1);
    if (!(next >= 97 && next <= 122)) continue;
    DOMAIN_TLD.lastIndex = dot;
    const m = DOMAIN_TLD.exec(text);
    if (!m) break;
    dot = m.index + m[0].length - 1;
    let start = m.index;
    const floor = Math.max(0, m.index - 200);
    while (start > floor && isDomainChar(text.charCodeAt(start - 1))) start--;
    if (start === m.index) continue;
    let end = m.index + m[0].length;
    if (codeAt(text, end) === 47) while (end < text.length && end - m.index < 2000 && !/\s/.test(text[end])) end++;
    ranges.push([start, end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

interface LineInfo {
  readonly headline: boolean;
  /** Offset from which the line is page furniture (Infinity when none). */
  readonly furnitureFrom: number;
}

const COMMENTS_HEADING = /^(?:\d+\s+comments?|comments?\s*\(\d+\)|reader comments|join the (?:conversation|discussion)|\d+\s+(?:responses?|thoughts) on .*|\d+\s+responses? to .*|leave a reply)$/i;
/** A comments heading that repeats the article's title: "4 thoughts on "Pixel 11 review"". */
const THREAD_TITLE = /^\d+\s+(?:thoughts|responses?) (?:on|to) /i;
/** A caption line is at most this long, and its credit at most MAX_CREDIT_LENGTH. */
const MAX_CAPTION_LENGTH = 300;
const MAX_CREDIT_LENGTH = 70;
const INLINE_FURNITURE = /(?:^|[\s.(])(?:Photo|Photograph|Picture|Image|Credit|Pictured|Chart|Graphic|Screenshot|Illustration)s?(?: (?:credit|\d{1,3} of \d{1,3}))?\s*:/;
/** A copyright notice with its small print ("Copyright 2026 … All rights reserved. This transcript …"). */
const COPYRIGHT_LINE = /^(?:©|\([cC]\)|copyright\b)/i;

const PUBLISHER_NOTE = /\b(?:is|are) (?:published|owned|operated) by\b/;

/** The first characters COPYRIGHT_LINE allows: ©, "(", "c" or "C" (a cheap test before the pattern). */
function mayBeCopyright(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === 0xa9 || first === 40 || first === 99 || first === 67;
}
/** Wire-photo captions: "FILE - Shoppers walk past … (AP Photo/Jane Doe, File)". */
const WIRE_CAPTION = /^FILE\s+[-–—]\s|\((?:[\p{L}.]+ )+Photos?(?:\/[^)]*)?\)\s*$/u;

/** The literal words WIRE_CAPTION needs: most lines have neither, and skip the regex's scan. */
function mayBeWireCaption(line: string): boolean {
  return line.startsWith('FILE') || line.includes('Photo');
}

const BYLINE_START = /^by\s+\p{Lu}/iu;
const YEAR = /\b(?:19|20)\d\d\b/;

/** "By Jane Doe", "April 2, 2026 · 5 min read": the header lines a comment-count link sits under. */
function isBylineOrDateLine(line: string): boolean {
  if (line.length > 120) return false;
  return BYLINE_START.test(line) || (YEAR.test(line) && line.split(/\s+/).length <= 10);
}

/** A reader-comments heading: every line after it is furniture, across blank lines. */
export function isCommentsHeading(rawLine: string): boolean {
  const line = rawLine.trim();
  return (line.length <= 40 || (line.length <= 200 && THREAD_TITLE.test(line))) && COMMENTS_HEADING.test(line);
}

function startsWithAny(line: string, starts: readonly string[]): boolean {
  return starts.some((s) => line.startsWith(s) && (line.length === s.length || !/[\p{L}]/u.test(line[s.length]) || s.endsWith(':')));
}

/** FURNITURE_LINE_STARTS by first character: a line is compared only with the starts it can have. */
const FURNITURE_STARTS_BY_FIRST = new Map<string, string[]>();
for (const start of FURNITURE_LINE_STARTS) {
  const list = FURNITURE_STARTS_BY_FIRST.get(start[0]);
  if (list) list.push(start);
  else FURNITURE_STARTS_BY_FIRST.set(start[0], [start]);
}

/** Whether the lower-cased line starts like page furniture (see FURNITURE_LINE_STARTS). */
function startsLikeFurniture(lower: string): boolean {
  const starts = FURNITURE_STARTS_BY_FIRST.get(lower.charAt(0));
  return starts !== undefined && startsWithAny(lower, starts);
}

/**
 * Whether the line's first character, lower-cased, starts any FURNITURE_LINE_STARTS: read from the
 * line itself for an ASCII character, so that most lines are not lower-cased whole for nothing.
 */
function mayStartLikeFurniture(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first >= 128) return true;
  return FURNITURE_STARTS_BY_FIRST.has(String.fromCharCode(first >= 65 && first <= 90 ? first + 32 : first));
}

const MENU_SEPARATORS = ['|', '>', '»', '›', '/'];
/** A menu or breadcrumb line is short: a paragraph with a slash or a ">" is prose. */
const MAX_MENU_LINE = 200;

/**
 * Whether the line holds " | ", " > " or " » ": each separator character is looked for on its own
 * (most lines have none), rather than the line scanned three times for the spaced forms.
 */
function hasMenuSeparator(line: string): boolean {
  for (const separator of MENU_SEPARATORS) {
    for (let at = line.indexOf(separator, 1); at > 0; at = line.indexOf(separator, at + 1)) {
      if (line.charCodeAt(at - 1) === 32 && at + 1 < line.length && line.charCodeAt(at + 1) === 32) return true;
    }
  }
  return false;
}

/** Headline and furniture status of every line. */
export function analyseLines(text: string): LineInfo[] {
  return scanLines(text).infos;
}

/**
 * Where the reader comments start (the offset of their heading line; every line from there on is
 * furniture, across blank lines), or -1: the one line state that crosses a blank line.
 */
export function readerCommentsStart(text: string): number {
  return scanLines(text).commentsStart;
}

function scanLines(text: string): { infos: LineInfo[]; commentsStart: number } {
  const infos: LineInfo[] = [];
  let commentsStart = -1;
  let offset = 0;
  let inFurnitureBlock = false;
  // Items read so far under the furniture heading, and whether the one blank line that may follow
  // the heading has been met.
  let furnitureItems = 0;
  let blankAfterHeading = false;
  let headingAlone = false;
  let commentsFollow = false;
  let previousFurniture = false;
  let previousLine = '';
  let previousOffset = 0;
  const menuRun: Array<[index: number, offset: number]> = [];
  let firstLineOffset = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    const line = raw.trim();
    if (firstLineOffset < 0 && line.length > 0) firstLineOffset = offset;
    let furnitureFrom = Infinity;
    if (line.length === 0) {
      // "Most read", a blank line, then the list: one blank line right after the heading is no end.
      if (inFurnitureBlock && furnitureItems === 0 && !blankAfterHeading && headingAlone) blankAfterHeading = true;
      else inFurnitureBlock = false;
    } else if (inFurnitureBlock && line.length < MAX_LIST_ITEM_LENGTH && furnitureItems < MAX_LIST_ITEMS) {
      furnitureItems++;
      furnitureFrom = offset;
    } else if (commentsFollow || (isCommentsHeading(line) && !previousFurniture && !isBylineOrDateLine(previousLine))) {
      // Reader comments run to the end of the page; a comment count right under a share bar, a
      // byline or a date line is a link to them, not their start ("Share: Facebook | X\n214 comments").
      if (!commentsFollow) commentsStart = offset;
      commentsFollow = true;
      furnitureFrom = offset;
    } else if (line.length <= MAX_HEADING_LINE && isFurnitureHeadingLine(line)) {
      furnitureFrom = offset;
      inFurnitureBlock = true;
      furnitureItems = 0;
      blankAfterHeading = false;
      headingAlone = previousLine.length === 0 && mayHeadListAfterBlankLine(line);
    } else if ((line.length <= 160 && mayStartLikeFurniture(line) && startsLikeFurniture(line.toLowerCase())) || isStandaloneFurnitureLine(line)) {
      furnitureFrom = offset;
    } else if (line.length <= 600 && ((mayBeWireCaption(line) && WIRE_CAPTION.test(line)) || (mayBeCopyright(line) && COPYRIGHT_LINE.test(line)))) {
      furnitureFrom = offset;
    } else {
      inFurnitureBlock = false;
      const inline = raw.includes(':') ? INLINE_FURNITURE.exec(raw) : null;
      // A short line that ends with its photo credit is a caption from its first word.
      if (inline) furnitureFrom = offset + (raw.length <= MAX_CAPTION_LENGTH && raw.length - inline.index <= MAX_CREDIT_LENGTH ? 0 : inline.index);
      const copyright = raw.indexOf('©');
      if (copyright > 0 && offset + copyright < furnitureFrom) furnitureFrom = offset + copyright;
      // "Lloyd's List is published by … Copyright © 2026 …": the publisher's note before it is small print too.
      if (copyright > 0 && raw.length <= MAX_CAPTION_LENGTH && PUBLISHER_NOTE.test(raw.slice(0, copyright))) furnitureFrom = offset;
      // Menus and breadcrumbs: "World | Europe | Politics", "Home > Phones > Reviews" (not a
      // byline: "By Claire Rush | Associated Press").
      if (line.length <= MAX_SPACED_MENU_LINE && isSpacedMenuLine(line)) furnitureFrom = offset;
      if (line.length <= MAX_MENU_LINE && hasMenuSeparator(line) && !BYLINE_START.test(line)) {
        const segments = line.split(/ [|>»›/] /);
        if (segments.length >= 2 && segments.every((s) => s.trim().split(/\s+/).length <= 3)) furnitureFrom = offset;
      }
    }
    // "Sandbags outside homes in Frankwell, Shrewsbury, on Saturday" above "ANDREW FOX FOR THE TIMES":
    // a credit in capitals, and the caption on the line above it.
    if (furnitureFrom === Infinity && isCapitalsCreditLine(line)) {
      furnitureFrom = offset;
      const above = infos.length - 1;
      if (above >= 0 && previousLine.length > 0 && previousLine.length <= MAX_CAPTION_ABOVE_CREDIT && !endsLikeSentence(previousLine.charCodeAt(previousLine.length - 1))) {
        infos[above] = { headline: false, furnitureFrom: previousOffset };
      }
    }
    infos.push({ headline: isHeadline(line), furnitureFrom });
    // The first line of the text is its masthead or headline, even above a menu.
    if (isMenuItem(line) && offset > firstLineOffset) {
      menuRun.push([infos.length - 1, offset]);
    } else if (menuRun.length > 0) {
      markMenu(infos, menuRun);
      menuRun.length = 0;
    }
    previousFurniture = line.length > 0 && furnitureFrom === offset;
    previousLine = line;
    previousOffset = offset;
    offset += raw.length + 1;
  }
  markMenu(infos, menuRun);
  return { infos, commentsStart };
}

const MAX_SPACED_MENU_LINE = 160;
const MIN_SPACED_MENU_WORDS = 5;

/**
 * "Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live": a site's menu
 * copied without its separators, five or more capitalised words, most of them section names.
 */
function isSpacedMenuLine(line: string): boolean {
  // (A cheap pass first: a capital opening the line, at least four spaces, and no sentence punctuation or digit.)
  const first = line.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  let spaces = 0;
  for (let i = 1; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) spaces++;
    else if (code < 65 && code !== 38 && code !== 45 && code !== 9) return false;
  }
  if (spaces < MIN_SPACED_MENU_WORDS - 1 || /[^\p{L}\s&-]/u.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < MIN_SPACED_MENU_WORDS) return false;
  let sections = 0;
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (!(first >= 65 && first <= 90) && word !== '&') return false;
    if (FURNITURE_WORDS.has(word)) sections++;
  }
  return sections * 2 >= words.length;
}

/** A caption above a credit line is a line or two of text, not a paragraph. */
const MAX_CAPTION_ABOVE_CREDIT = 200;

/** How many one-to-three-word lines in a row make a menu or a tag list. */
const MIN_MENU_LINES = 5;

/** A line of a menu or tag list: one to three words, no sentence punctuation, no digits. */
function isMenuItem(line: string): boolean {
  if (line.length === 0 || line.length > 30 || /[.,;:!?"“”()\d]/.test(line)) return false;
  let spaces = 0;
  for (let index = 0; index < line.length; index++) if (line.charCodeAt(index) === 32) spaces++;
  return spaces <= 2;
}

/**
 * Five or more short lines in a row ("UK", "World", "Climate crisis", …) are a navigation menu or a
 * list of topics, not the article: their lines become furniture.
 */
function markMenu(infos: LineInfo[], run: ReadonlyArray<[index: number, offset: number]>): void {
  if (run.length < MIN_MENU_LINES) return;
  for (const [index, offset] of run) infos[index] = { headline: false, furnitureFrom: offset };
}

/**
 * A line reads as a headline when it has no sentence-final punctuation, at least three words and
 * most of its longer words capitalised.
 */
const WIRE_CREDIT = /^\(?(?:(?:Additional )?reporting|editing|writing|compiled|produced|graphics|photography) by /i;

function isHeadline(line: string): boolean {
  if (line.length === 0 || line.length > 200 || endsLikeSentence(line.charCodeAt(line.length - 1))) return false;
  // A byline ("By Callum Reid at Old Trafford") is names, not title case.
  if ((line.charCodeAt(0) | 32) === 98 && /^by\s/i.test(line)) return false;
  // Wire credits ("(Reporting by Karen Lema; Editing by Martin Petty)") are names too.
  if (line.includes(' by ') && WIRE_CREDIT.test(line)) return false;
  // Words longer than three characters that start with a letter, and how many start with a capital
  // (one pass over the trimmed line instead of splitting it).
  let words = 0;
  let capitalised = 0;
  for (let start = 0; start < line.length;) {
    let end = start;
    while (end < line.length && !isSpaceCode(line, end)) end++;
    if (end - start > 3) {
      const first = line.charCodeAt(start);
      if (first < 128) {
        if (first >= 65 && first <= 90) { words++; capitalised++; } else if (first >= 97 && first <= 122) words++;
      } else if (LETTER_START.test(line.slice(start, start + 2))) {
        words++;
        if (UPPER_START.test(line.slice(start, start + 2))) capitalised++;
      }
    }
    start = end;
    while (start < line.length && isSpaceCode(line, start)) start++;
  }
  if (words < 2) return false;
  return capitalised / words >= 0.75;
}

/** /[.!?:;"”]$/ on a line, by its last char code. */
function endsLikeSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 || code === 0x201d;
}

const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
/** Whether the character at `i` is white space as `\s` reads it. */
export function isSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  const known = tableClass(c);
  if (known >= 0) return (known & CLASS_SPACE) !== 0;
  return SPACE.test(text[i]);
}

function isSentenceBoundaryChar(code: number): boolean {
  // . ! ? … : ;
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 59;
}

/** Char codes of OPENING_QUOTES and DASHES (all single UTF-16 units). */
const SENTENCE_OPENERS = new Set([...OPENING_QUOTES, ...DASHES].map((ch) => ch.charCodeAt(0)));

function opensSentence(code: number): boolean {
  return SENTENCE_OPENERS.has(code);
}

/** Flags of lower-case words: common English word, and word the recogniser reads as context. */
export const LOWER_COMMON = 1;
export const LOWER_CONTEXT = 2;
/** A noun for a person's role ("sheriff", "analyst"). */
export const LOWER_ROLE = 4;

/** Word flags by hash (see gazetteer/builtin/wordFlags.ts). */
export interface LowerWordFlags {
  get(hash: number): number;
}

/** Whether the lower-case `word` is a common English word (LOWER_COMMON in `lowerFlags`). */
export function isCommonLowerWord(lowerFlags: LowerWordFlags, word: string): boolean {
  return (lowerFlags.get(hashWord(word)) & LOWER_COMMON) !== 0;
}

export interface Tokenized {
  /** Name-shaped words, numbers and the lower-case context words; other lower-case words are skipped. */
  readonly tokens: Token[];
  /** Hashes (hashWord) of distinct lower-case words longer than three letters that are not common English words. */
  readonly rareLowerWords: number[];
}

/**
 * Tokenises `text`. With `lowerFlags`, plain lower-case words that are neither context nor rare are
 * not materialised (most of a text): the recogniser never looks at them.
 */
function isNameStartCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c !== 0x201c && c !== 0x2018 && isLetterCode(text, i);
}

/**
 * A context word matters only next to a name: right after a kept name-shaped word, or before a
 * capitalised word (directly or after "the"/"a").
 */
function nearName(text: string, tokens: readonly Token[], start: number, end: number, previousStart: number): boolean {
  const last = tokens[tokens.length - 1];
  if (last && last.shape !== 'lower' && last.shape !== 'number') {
    const lastEnd = last.possessive ? last.end + 2 : last.end;
    // A word read (and skipped) since the last token lies in the gap: no need to scan it.
    let gapHasWord = previousStart >= lastEnd && previousStart < start;
    for (let i = lastEnd; i < start && !gapHasWord; i++) if (isWordCode(text, i)) gapHasWord = true;
    if (!gapHasWord) return true;
  }
  let i = end;
  for (let hops = 0; hops < 2; hops++) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
    if (i >= text.length) return false;
    if (isNameStartCode(text, i)) return true;
    // Skip one article: "in the Algarve".
    const c0 = text.charCodeAt(i);
    if (c0 === 116 && text.startsWith('the ', i)) i += 3;
    else if (c0 === 97 && codeAt(text, i + 1) === 32) i += 1;
    else return false;
  }
  return false;
}

/**
 * FNV-1a hash of a word's UTF-16 code units, cut to 30 bits so that it stays a small integer (fast
 * Map key): lower-case words are looked up without slicing them.
 */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  return hash & 0x3fffffff;
}

export function tokenize(text: string, lowerFlags?: LowerWordFlags): Tokenized {
  const tokens: Token[] = [];
  const rare = new Set<number>();
  const blocked = blockedRanges(text);
  const lines = analyseLines(text);
  let blockIndex = 0;
  let line = 0;
  let nextNewline = text.indexOf('\n');
  if (nextNewline < 0) nextNewline = Infinity;
  let previousStart = 0;
  let previousEnd = 0;
  let cursor = 0;
  const n = text.length;
  for (let start = nextWordStart(text, 0); start >= 0; start = nextWordStart(text, cursor)) {
    // Fastest path: a plain lower-case ASCII word, scanned and hashed in one pass.
    const firstCode = text.charCodeAt(start);
    while (blockIndex < blocked.length && blocked[blockIndex][1] <= start) blockIndex++;
    if (lowerFlags && firstCode >= 97 && firstCode <= 122 && (blockIndex >= blocked.length || blocked[blockIndex][0] > start)) {
      let i = start;
      let hash = 0x811c9dc5;
      let c = firstCode;
      while (c >= 97 && c <= 122) {
        hash = Math.imul(hash ^ c, 16777619);
        c = ++i < n ? text.charCodeAt(i) : 32;
      }
      // Ends at a space or punctuation that cannot join words: the word is complete.
      if (c === 32 || c === 44 || c === 10 || c === 13 || c === 41 || c === 59 || c === 58 || c === 63 || c === 33 || (c === 46 && !(i + 1 < n && isLetterCode(text, i + 1)))) {
        hash &= 0x3fffffff;
        const flags = lowerFlags.get(hash);
        if ((flags & LOWER_COMMON) === 0 && i - start > 3) rare.add(hash);
        if ((flags & LOWER_CONTEXT) === 0 || !nearName(text, tokens, start, i, previousStart)) {
          previousStart = start;
          previousEnd = i;
          cursor = i;
          continue;
        }
      }
    }
    let end = wordEnd(text, start);
    cursor = end;
    if (blockIndex < blocked.length) {
      while (blockIndex < blocked.length && blocked[blockIndex][1] <= start) blockIndex++;
      if (blockIndex < blocked.length && blocked[blockIndex][0] <= start) {
        cursor = Math.max(cursor, blocked[blockIndex][1]);
        continue;
      }
    }
    // Fast path: a plain lower-case ASCII word is hashed, looked up and usually skipped.
    if (lowerFlags && firstCode >= 97 && firstCode <= 122 && codeAt(text, end) !== 46) {
      let hash = 0x811c9dc5;
      let plain = true;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 65 && c <= 90) || c > 127) {
          plain = false;
          break;
        }
        hash = Math.imul(hash ^ c, 16777619);
      }
      if (plain) {
        hash &= 0x3fffffff;
        const flags = lowerFlags.get(hash);
        if ((flags & LOWER_COMMON) === 0 && end - start > 3) rare.add(hash);
        if ((flags & LOWER_CONTEXT) === 0 || !nearName(text, tokens, start, end, previousStart)) {
          previousStart = start;
          previousEnd = end;
          continue;
        }
      }
    }
    let word = text.slice(start, end);
    if (codeAt(text, end) === 46) {
      if (word.indexOf('.') > 0 && DOTTED_ACRONYM.test(word)) {
        end++;
        word = text.slice(start, end);
        cursor = end;
      } else {
        // "News.Az", "Yahoo.com": a site name is one word.
        const site = SITE_SUFFIX.exec(text.slice(end, end + 6));
        if (site && SITE_TLDS.has(site[1].toLowerCase())) {
          end += site[0].length;
          word = text.slice(start, end);
          cursor = end;
        }
      }
    }
    // "Corp.", "Inc.", "Jr.", "Calif.": the period belongs to the abbreviation.
    if (codeAt(text, end) === 46 && DOTTED_ABBREVIATIONS.has(word) && !(end + 1 < text.length && isLetterCode(text, end + 1))) {
      end++;
      word = text.slice(start, end);
      cursor = end;
    }
    let possessive = false;
    const lastCode = word.charCodeAt(word.length - 1);
    if ((lastCode === 115 || lastCode === 83) && word.length > 2) {
      const apostrophe = word.charCodeAt(word.length - 2);
      if (apostrophe === 39 || apostrophe === 0x2019) {
        word = word.slice(0, -2);
        end -= 2;
        possessive = true;
      }
    }
    // Sentence and line state from the characters between the previous word and this one.
    let sentenceStart = (tokens.length === 0 && previousEnd === 0)
      || (text.charCodeAt(previousEnd - 1) === 46 && previousEnd - previousStart > 2 && DOTTED_ABBREVIATIONS.has(text.slice(previousStart, previousEnd - 1)));
    if (!(start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32)) {
      for (let i = previousEnd; i < start; i++) {
        const code = text.charCodeAt(i);
        if (code === 32) continue;
        if (code === 10) {
          sentenceStart = true;
        } else if (isSentenceBoundaryChar(code)) {
          if (code !== 46 || !abbreviationBefore(text, previousStart, previousEnd)) sentenceStart = true;
        } else if (opensSentence(code)) {
          sentenceStart = true;
        } else if (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) {
          // "AUSTIN, Texas (Reuters) - The Texas House": a hyphen between spaces is a dash.
          sentenceStart = true;
        }
      }
    }
    // "… shortly after 2 a.m. The Israeli military said", "in the U.S. The Fed": a dotted
    // abbreviation's full stop also ends its sentence when a word that opens sentences follows.
    if (!sentenceStart && start - previousEnd === 1 && text.charCodeAt(previousEnd - 1) === 46 && SENTENCE_OPENING_WORDS.has(word)
      && text.indexOf('.', previousStart) < previousEnd - 1) sentenceStart = true;
    while (start > nextNewline) {
      line++;
      const next = text.indexOf('\n', nextNewline + 1);
      nextNewline = next < 0 ? Infinity : next;
    }
    const shape = shapeOf(word);
    if (shape === 'lower' && lowerFlags && !possessive && word.length > 0) {
      // Non-ASCII lower-case words (the fast path took the rest).
      const hash = hashWord(word);
      const flags = lowerFlags.get(hash);
      if ((flags & LOWER_COMMON) === 0 && word.length > 3) rare.add(hash);
      if ((flags & LOWER_CONTEXT) === 0 || !nearName(text, tokens, start, end, previousStart)) {
        previousStart = start;
        previousEnd = end;
        continue;
      }
    }
    const info = lines[line];
    tokens.push({ start, end, text: word, shape, sentenceStart, headline: info.headline, possessive, line, furniture: start >= info.furnitureFrom });
    previousStart = start;
    previousEnd = possessive ? end + 2 : end;
  }
  return { tokens, rareLowerWords: [...rare] };
}

/** The word before a period is an abbreviation ("Mr.", "Gen.") or an initial ("J."), not a sentence end. */
function abbreviationBefore(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    return (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[start]));
  }
  return end - start <= 6 && NON_FINAL_ABBREVIATIONS.has(text.slice(start, end));
}
