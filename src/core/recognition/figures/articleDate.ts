// The article's own date, from the top of the text: Markdown front matter `date:`, a "Published" /
// "Updated" / "Posted" line, a byline ("By Jane Doe | January 7, 2026") or a dateline
// ("Paris, January 7 2026 (Agencies) –", "Wednesday, January 7, 2026"); failing those, from a
// "Published" line or a line holding only the date at the foot of a longer text.

import type { FigureMention } from '../../model';
import { daysFromCivil, formatDate, isValidDate, weekdayOf } from './calendar';
import { MONTH_NAMES } from './lexicon';
import { scanFigures } from './scanner';

export interface ArticleDate {
  /** ISO yyyy-mm-dd. */
  date: string;
  start: number;
  end: number;
}

/**
 * What follows a dateline's date: the end of the line, a separator or bracket before the story, a
 * time; not the rest of a sentence ("Born … on April 12, 1948, in Gerabronn").
 */
const AFTER_DATELINE_DATE = /^(?:\s*$|\s+(?:Updated|Published|Posted|Last updated|Modified)\b|\s*[-–—|:(·•/]|,?\s*\d{1,2}[:.]\d{2}|,?\s*(?:at|\d{1,2})\s*\d|\s+\p{Lu}{2,})/u;
/** How far into the text the date may start. */
const HEAD = 1500;
/** How much of each line is read: a dateline's date starts within its first 80 characters. */
const LINE_WINDOW = 200;
/**
 * Without an article date to resolve against, a full date (yyyy-mm-dd) needs its year written out:
 * an ISO or slashed date, or a four-digit year with a month name. Windows without either are not
 * scanned (most lines).
 */
const ISO_OR_SLASHED = /\d{4}-\d\d-\d\d|\d\/\d{1,2}\/\d|\d\.\d{1,2}\.\d{4}/;
const FOUR_DIGITS = /\d{4}/;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

function mayHoldFullDate(window: string): boolean {
  return ISO_OR_SLASHED.test(window) || (FOUR_DIGITS.test(window) && MONTH_STEM.test(window));
}
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_DATE = /^(?:date|published|pubDate|publishDate|published_at|created)[ \t]*:[ \t]*["']?([^"'\r\n]+)/im;
// "Embargoed until 16:00 GMT, Wednesday 18 November 2026": a press release is published when its embargo lifts.
const PUBLICATION_CUE = /\b(?:published|posted|dated?|first published|pubdate|publication date|embargoed)\b/i;
const UPDATE_CUE = /\b(?:updated|last updated|modified|last modified)\b/i;
/** Lower-case words that may stand in a dateline or byline before the date ("House of Commons, Wednesday 18 November 2026"). */
const DATELINE_WORDS: ReadonlySet<string> = new Set(['by', 'on', 'at', 'and', 'of', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'am', 'pm', 'a.m', 'p.m']);
const DATELINE_SEPARATORS = /[\s|:,()\[\]\-–—/@·•]+/u;
const CAPITALISED_OR_NUMBER = /^[\p{Lu}\p{Lt}\d]/u;

/** A line start that only holds a place, names, a time or a byline before the date. */
function looksLikeDateline(prefix: string): boolean {
  if (prefix.length > 80) return false;
  return prefix
    .split(DATELINE_SEPARATORS)
    .filter(Boolean)
    .every((token) => CAPITALISED_OR_NUMBER.test(token) || DATELINE_WORDS.has(token.toLowerCase().replace(/\.$/, '')));
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A line opening with a clock time before the date. */
const ENTRY_STAMP = /^\s*\d{1,2}[:.]\d\d/;
/** "Volume 776: debated on Wednesday 18 November 2026": the sitting a Hansard page reports. */
const SITTING = /^\s*(?:Volume \d+:\s*)?debated on\s*$/i;
/** "Situation Report No. 3 / As of 22 October 2026, 18:00": a report's own date. */
const AS_OF = /^\s*as of\s*$/i;
/**
 * "The weekday briefing from Threadline · Issue 611 · Wednesday 11 March 2026": a newsletter's
 * masthead line ending in its date after a separator (weaker than a dateline).
 */
const MASTHEAD_BEFORE = /[|·•–—]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$/;

function fullDate(mention: FigureMention): boolean {
  return mention.type === 'date' && typeof mention.value === 'string' && FULL_DATE.test(mention.value);
}

function fromFrontMatter(text: string): ArticleDate | undefined {
  const block = FRONT_MATTER.exec(text);
  if (!block) return undefined;
  const blockStart = block[0].indexOf(block[1]);
  const line = FRONT_MATTER_DATE.exec(block[1]);
  if (!line) return undefined;
  const valueStart = blockStart + line.index + line[0].length - line[1].length;
  const value = line[1].trim();
  const date = scanFigures(value, undefined).find(fullDate);
  if (!date) return undefined;
  return { date: date.value as string, start: valueStart + date.start, end: valueStart + date.end };
}

/**
 * The article's date near the top of `text`, or undefined when the top carries none. Publication
 * cues win over datelines, which win over "Updated" lines.
 */
export function detectArticleDate(text: string): ArticleDate | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const front = fromFrontMatter(text);
  if (front) return front;
  const head = datesOfLines(text, 0, Math.min(HEAD, text.length), false);
  if (head.published) return head.published;
  const fromHead = head.dateline ?? head.masthead ?? head.updated ?? yearlessDateline(text);
  if (fromHead !== undefined || text.length <= HEAD) return fromHead;
  // "Published: November 16, 2026 18:30" at the foot of a copied page, "(END) Dow Jones Newswires /
  // November 20, 2026 05:42 ET": some pages and wires date the story at its end.
  const footStart = text.lastIndexOf('\n', Math.max(HEAD, text.length - FOOT)) + 1;
  const foot = datesOfLines(text, Math.max(footStart, HEAD), text.length, true);
  return foot.published ?? foot.dateline ?? foot.updated;
}

/** How much of the end of a longer text is read for a date when its head has none. */
const FOOT = 600;

interface LineDates {
  published?: ArticleDate;
  dateline?: ArticleDate;
  masthead?: ArticleDate;
  updated?: ArticleDate;
}

/**
 * The dates of the lines starting in [from, to): a "Published" date (which wins at once), a dateline,
 * a masthead and an "Updated" date. At the foot (`foot`), a dateline must be its line's first words.
 */
function datesOfLines(text: string, from: number, to: number, foot: boolean): LineDates {
  const found: LineDates = {};
  // Only the start of each line can hold a dateline, byline or "Published" date: scanning those
  // windows instead of the whole head keeps this cheap for callers that run it on every file.
  for (let lineStart = from; lineStart < to && lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const window = text.slice(lineStart, Math.min(lineEnd, lineStart + LINE_WINDOW));
    // Once a dateline is known, only a later "Published" line can still win.
    if (mayHoldFullDate(window) && (found.dateline === undefined || PUBLICATION_CUE.test(window))) {
      for (const mention of scanFigures(window, undefined)) {
        if (!fullDate(mention) || lineStart + mention.start >= to) continue;
        const prefix = window.slice(0, mention.start);
        const date: ArticleDate = { date: mention.value as string, start: lineStart + mention.start, end: lineStart + mention.end };
        if (PUBLICATION_CUE.test(prefix)) {
          found.published = date;
          return found;
        }
        if (UPDATE_CUE.test(prefix)) found.updated ??= date;
        // "11:58 p.m. ET, November 3, 2026" under "Updated 1:42 AM EST, Wed November 4, 2026": a live
        // blog's entry stamp, not the page's dateline.
        else if (found.updated !== undefined && ENTRY_STAMP.test(prefix)) continue;
        else if (foot ? prefix.trim() === '' && AFTER_DATELINE_DATE.test(window.slice(mention.end))
          : (looksLikeDateline(prefix) && AFTER_DATELINE_DATE.test(window.slice(mention.end))) || AS_OF.test(prefix) || SITTING.test(prefix)) found.dateline ??= date;
        else if (!foot && MASTHEAD_BEFORE.test(prefix) && window.slice(mention.end).trim() === '') found.masthead ??= date;
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/**
 * A wire dateline without its year at the start of a line: "LONDON, Nov 17 (Reuters) -",
 * "MUSCAT, Dec. 9 —", "SAN JOSE, Calif., Nov 18 (Crestline) -". Groups: the date, its month, its day.
 */
const YEARLESS_DATELINE = /^[\p{Lu}][\p{L}.' -]{1,40}(?:, [\p{Lu}][\p{L}.' -]{1,20})?, ((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}))(?: \([^)\n]{1,40}\))? ?[-–—]/mu;
const LEAD_WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const WEEKDAY_STEMS = ['Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur', 'Sun'];
const WRITTEN_YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
/** How much of the lead is searched for its weekday. */
const LEAD_LENGTH = 250;
/**
 * How far from the article's most written year the dateline's year may lie: not at all. Wire leads
 * often name the day before the dateline's ("on Tuesday" in a Wednesday story), and articles often
 * write a target or a past year most ("by 2035", "a 1977 law"): a year found further away was wrong
 * more often than right in testers' wire copy.
 */
const YEAR_REACH = 0;
/** How often the article must write that year. */
const MIN_YEAR_COUNT = 2;

/**
 * The year of a yearless wire dateline, when the article settles it: its lead names the weekday of
 * the dateline's day ("LONDON, Nov 17 (Reuters) - The deal, announced on Tuesday, …"), and only one
 * year near the year the article writes most often puts that day on that weekday (Nov 17 is a
 * Tuesday in 2026, and again only in 2037). Without a weekday or a written year, nothing is settled.
 */
function yearlessDateline(text: string): ArticleDate | undefined {
  const dateline = YEARLESS_DATELINE.exec(text.slice(0, HEAD));
  if (!dateline) return undefined;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(dateline[2].toLowerCase())) + 1;
  const day = Number(dateline[3]);
  const leadStart = dateline.index + dateline[0].length;
  // The lead's first weekday ("Nvidia Corp. reported … on Wednesday": not cut at an abbreviation's dot).
  const lead = LEAD_WEEKDAY.exec(text.slice(leadStart, leadStart + LEAD_LENGTH));
  const anchor = mostWrittenYear(text, MIN_YEAR_COUNT);
  if (!lead || anchor === undefined) return undefined;
  const weekday = WEEKDAY_STEMS.indexOf(lead[1]);
  const year = nearestYearWithWeekday(anchor, month, day, weekday);
  if (year === undefined) return undefined;
  const start = dateline.index + dateline[0].lastIndexOf(dateline[1]);
  return { date: formatDate({ year, month, day }), start, end: start + dateline[1].length };
}

/** The four-digit year written most often in `text` (the later one on a tie), if written at least `minCount` times. */
function mostWrittenYear(text: string, minCount: number): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(WRITTEN_YEAR)) counts.set(Number(match[0]), (counts.get(Number(match[0])) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) best = year;
  }
  return best !== undefined && counts.get(best)! >= minCount ? best : undefined;
}

/** The year nearest `anchor` (within YEAR_REACH; the later one on a tie) in which month/day falls on `weekday` (0 = Monday). */
function nearestYearWithWeekday(anchor: number, month: number, day: number, weekday: number): number | undefined {
  for (let distance = 0; distance <= YEAR_REACH; distance++) {
    for (const year of [anchor + distance, anchor - distance]) {
      if (isValidDate(year, month, day) && weekdayOf(daysFromCivil(year, month, day)) === weekday) return year;
    }
  }
  return undefined;
}
