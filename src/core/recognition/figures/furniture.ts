// Page furniture is never labelled: comment and share counts ("6 comments"), reading times ("4 min
// read"), photo captions and credits, copyright lines, prompts ("Subscribe", "Leave a Reply") and
// the lists under "Related posts"-like headings. Lines are classified once, when a figure is first
// found on them, so text without figures pays nothing.

import { HEADING_INITIALS, isCapitalsCreditLine, isFurnitureHeadingLine, isStandaloneFurnitureLine, mayHeadListAfterBlankLine, MAX_LIST_ITEM_LENGTH, MAX_LIST_ITEMS } from '../furnitureHeadings';
import { codeAt, isDigitCode, isHorizontalSpaceCode, isLetterCode, skipHorizontalSpaces } from './text';

/** A line that is furniture from its first words on. */
const FURNITURE_LINE =
  /[ \t>*#•-]*(?:(?:photo(?:graph)?s?|pictures?|images?|captions?|credits?|videos?|charts?|graphics?|screenshots?|illustrations?)(?:[ \t]+(?:credits?|captions?|source))?[ \t]*[:|]|watch live\b|©|\([cC]\)[ \t]|copyright\b|advertisement\b|sponsored\b|subscribe\b|sign up\b|share this\b|share(?:[ \t]*[:|(]|[ \t]+\d)|reading time\b|leave a (?:reply|comment)\b|we use cookies\b|read more\b|related:|tags:|(?:market )?(?:data|quotes|prices) (?:are |is )?delayed\b|not investment advice\b)/iy;
/** A photo caption that ends with its credit: "Leaders meet in Paris, 6 January 2026. Photo: EPA". */
const CREDIT_IN_LINE = /(?:Photo(?:graph)?|Picture|Image)s?(?: credit)?: |\((?:Photo|Picture)s? by |Getty Images|AFP via |\((?:[\p{L}.]+ )+Photos?[/)]|^FILE\s+[-–—]\s/u;
/** One of these must occur for CREDIT_IN_LINE to match. */
const CREDIT_WORDS = ['Photo', 'Picture', 'Image', 'Getty', 'AFP', 'FILE'];
/** Captions are short: a long paragraph that mentions a photo credit is body text. */
const MAX_CAPTION_LENGTH = 400;

/** How far back a list heading is looked for. */
const MAX_LIST_CHARS = 1500;

/** Cache of the line last classified. */
export interface LineVerdict {
  readonly start: number;
  readonly end: number;
  readonly furniture: boolean;
}

function lineStartOf(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isHorizontalSpaceCode(code) && code !== 13) return false;
  }
  return true;
}

function lineAt(text: string, start: number): string {
  const newline = text.indexOf('\n', start);
  return text.slice(start, newline < 0 ? text.length : newline);
}

function isListHeading(text: string, start: number): boolean {
  const first = codeAt(text, skipHorizontalSpaces(text, start)) | 0x20;
  if (!HEADING_INITIALS.has(first)) return false;
  return isFurnitureHeadingLine(lineAt(text, start));
}

/** Whether the line from `lineStart` sits in a list under a heading such as "Related posts". */
function isInListUnderHeading(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart >= MAX_LIST_ITEM_LENGTH) return false;
  let cursor = lineStart;
  for (let lines = 0; lines < MAX_LIST_ITEMS && cursor > 0 && lineStart - cursor < MAX_LIST_CHARS; lines++) {
    const previousStart = lineStartOf(text, cursor - 1);
    if (isBlank(text, previousStart, cursor - 1)) {
      // One blank line may follow the heading ("Most read", a blank line, the list).
      if (previousStart === 0) return false;
      const headingStart = lineStartOf(text, previousStart - 1);
      if (isBlank(text, headingStart, previousStart - 1) || !isListHeading(text, headingStart)) return false;
      const aboveStart = headingStart === 0 ? -1 : lineStartOf(text, headingStart - 1);
      return (aboveStart < 0 || isBlank(text, aboveStart, headingStart - 1)) && mayHeadListAfterBlankLine(lineAt(text, headingStart));
    }
    // A paragraph ends the list, as in the entity pass (tokenize.ts).
    if (cursor - 1 - previousStart >= MAX_LIST_ITEM_LENGTH) return false;
    if (isListHeading(text, previousStart)) return true;
    cursor = previousStart;
  }
  return false;
}

/** The verdict for the line holding `position`. */
export function classifyLine(text: string, position: number): LineVerdict {
  const start = lineStartOf(text, position);
  const newline = text.indexOf('\n', position);
  const end = newline < 0 ? text.length : newline;
  FURNITURE_LINE.lastIndex = start;
  const furniture = FURNITURE_LINE.test(text) || isInListUnderHeading(text, start, end) || isCaption(text, start, end)
    || isStandaloneFurnitureLine(text.slice(skipHorizontalSpaces(text, start), end)) || isCaptionAboveCredit(text, start, end);
  return { start, end, furniture };
}

/** A caption above a credit in capitals ("Sandbags in Frankwell on Saturday" / "ANDREW FOX FOR THE TIMES"), or that credit. */
function isCaptionAboveCredit(text: string, start: number, end: number): boolean {
  if (end >= text.length || end - start > MAX_CAPTION_ABOVE_CREDIT) return false;
  const nextEnd = text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).trim();
  const line = text.slice(start, end).trim();
  const last = line.charCodeAt(line.length - 1);
  return isCapitalsCreditLine(line) || (line.length > 0 && last !== 46 && last !== 33 && last !== 63 && isCapitalsCreditLine(next));
}

const MAX_CAPTION_ABOVE_CREDIT = 200;

/** A short line with a photo credit in it; plain substring searches rule out most lines before the regex. */
function isCaption(text: string, start: number, end: number): boolean {
  if (end - start > MAX_CAPTION_LENGTH) return false;
  const line = text.slice(start, end);
  if (!CREDIT_WORDS.some((word) => line.includes(word))) return false;
  return CREDIT_IN_LINE.test(line);
}

/** A line that opens the readers' comments: "48 comments", "Comments (3)", "12 responses". */
const COMMENTS_HEADING = /[ \t]*(?:\d[\d,]*[ \t]+(?:comments?|responses|replies)|comments?(?:[ \t]*\(\d+\))?|\d+[ \t]+thoughts? on\b[^\n]*)[ \t]*:?[ \t]*\r?$/imy;

/**
 * Where the readers' comments start (a comment-count line in the second half of the text; they run
 * to the end), or the text length when there are none. Found with indexOf, so it costs little.
 */
export function commentsSectionStart(text: string): number {
  let hit = text.indexOf('omment', text.length >> 1);
  while (hit >= 0) {
    const lineStart = lineStartOf(text, hit);
    COMMENTS_HEADING.lastIndex = lineStart;
    if (COMMENTS_HEADING.test(text)) return countedHeadingBefore(text, lineStart) ?? lineStart;
    hit = text.indexOf('omment', hit + 6);
  }
  return countedHeadingBefore(text, text.length) ?? text.length;
}

/** "14 thoughts on …", "12 responses": a count of comments opening its line, in the second half. */
const COUNTED_COMMENTS = /[ \t]*\d[\d,]*[ \t]+(?:thoughts?[ \t]+on\b[^\n]*|responses|replies)[ \t]*:?[ \t]*\r?$/my;

/** The first such count between the middle of the text and `end`: only lines opening with a digit are read. */
function countedHeadingBefore(text: string, end: number): number | undefined {
  for (let newline = text.indexOf('\n', text.length >> 1); newline >= 0 && newline < end; newline = text.indexOf('\n', newline + 1)) {
    const lineStart = newline + 1;
    if (!isDigitCode(codeAt(text, skipHorizontalSpaces(text, lineStart)))) continue;
    COUNTED_COMMENTS.lastIndex = lineStart;
    if (COUNTED_COMMENTS.test(text)) return lineStart;
  }
  return undefined;
}

/** Counts that only page furniture gives after a number ("6 comments", "12 shares"). */
const SOCIAL_COUNTS: ReadonlySet<string> = new Set([
  'comments', 'comment', 'replies', 'reply', 'shares', 'likes', 'views', 'retweets', 'reposts', 'reactions', 'responses',
  'followers', 'following', 'claps', 'subscribers', 'restacks', 'restack', 'upvotes', 'bookmarks',
]);

/** "View comments (312)", "Responses (9)": a count in brackets after one of these words. */
const COUNTED_IN_BRACKETS = /(?:comments?|responses|replies|likes|shares|views|followers|reactions) ?\($/i;

/** "180 Following", "2,400 Followers" on a profile line. */
const PROFILE_COUNT_AFTER = /^ (?:Followers|Following|Claps|Subscribers)\b/;

/**
 * A bare count that only page furniture gives: digits alone on their line (the claps and likes
 * under a blog post's byline), or in brackets after "comments" or "responses".
 */
export function isPageCounter(text: string, start: number, end: number): boolean {
  if (PROFILE_COUNT_AFTER.test(text.slice(end, end + 12))) return true;
  if (codeAt(text, start - 1) === 40 /* ( */ && codeAt(text, end) === 41 /* ) */) {
    return COUNTED_IN_BRACKETS.test(text.slice(Math.max(0, start - 16), start));
  }
  let before = start - 1;
  while (before >= 0 && isHorizontalSpaceCode(text.charCodeAt(before))) before--;
  if (before >= 0 && text.charCodeAt(before) !== 10) return false;
  const after = skipHorizontalSpaces(text, end);
  return after >= text.length || codeAt(text, after) === 10 || codeAt(text, after) === 13;
}

function isSeparator(code: number): boolean {
  return code === 124 /* | */ || code === 0xb7 /* · */ || code === 0x2022 /* • */ || code === 47 /* / */ || code === 0x2219 /* ∙, Substack's */ || code === 0x22c5 /* ⋅ */;
}

/** The figure fills its line or its cell between separators ("| 6 comments", "6 comments\n"). */
function atLineEdge(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && isHorizontalSpaceCode(text.charCodeAt(before))) before--;
  const previous = codeAt(text, before);
  if (before < 0 || previous === 10 || previous === 13 || isSeparator(previous)) return true;
  const after = skipHorizontalSpaces(text, end);
  const next = codeAt(text, after);
  return after >= text.length || next === 10 || next === 13 || isSeparator(next);
}

/**
 * A figure that is page furniture whatever line it is on: a comment or share count standing alone,
 * a reading time ("4 min read").
 */
export function isFurnitureFigure(text: string, start: number, end: number, unit: string | undefined): boolean {
  if (unit === undefined) return false;
  if (SOCIAL_COUNTS.has(unit)) return atLineEdge(text, start, end);
  if (unit === 'min') {
    const after = skipHorizontalSpaces(text, end);
    if (after > end && text.startsWith('read', after) && !isLetterCode(codeAt(text, after + 4))) return true;
    // "3 min" alone on its line under a byline (France 24, Le Monde): the reading time without "read",
    // short and at the head of the page (a film's "118 mins" under its review's credits is its length).
    return start < READING_TIME_HEAD && Number.parseInt(text.slice(start, end), 10) <= LONGEST_READING_TIME && !text.slice(start, end).includes('minute') && fillsLine(text, start, end);
  }
  return false;
}

/** Where a bare reading time may stand (the page's head) and how long it may be. */
const READING_TIME_HEAD = 1500;
const LONGEST_READING_TIME = 30;

/** The figure is all its line holds. */
function fillsLine(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && isHorizontalSpaceCode(text.charCodeAt(before))) before--;
  if (before >= 0 && text.charCodeAt(before) !== 10) return false;
  const after = skipHorizontalSpaces(text, end);
  return after >= text.length || codeAt(text, after) === 10 || codeAt(text, after) === 13;
}
