// What a reader needs to tell sources apart: a title, the outlet and the date. Read from Markdown
// front matter when present, else from the first lines (headline, dateline "Paris, Jan 7 (Reuters) –",
// byline "By Jane Doe | The Daily Planet").

import { parse as parseYaml } from 'yaml';
import type { Mention, Span } from '../model';
import { detectArticleDate } from '../recognition/figures';
import { breadcrumbSegments, bylineOutlet, contributorOutlet, copyrightHolder, createMenuTest, isFurnitureLine, lineReader, linesOf, siteNameOf } from './pageFurniture';

export interface SourceInfo {
  readonly id: string;
  /** Headline, or the start of the first sentence when the article has none. */
  readonly title: string;
  readonly outlet?: string;
  /** ISO date "2026-01-07" (or "2026-01" / "2026"). */
  readonly date?: string;
}

export interface SourceHeader {
  readonly title?: string;
  readonly outlet?: string;
  readonly date?: string;
  /** Where the article body starts: after the front matter, or 0. */
  readonly bodyStart: number;
  /**
   * Spans of publication lines (front matter, date lines, datelines, bylines): figures in them are
   * the article's own date, not claims, and are never compared.
   */
  readonly boilerplate: readonly Span[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_NAME = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const DATE_MDY = new RegExp(`${DAY_NAME}${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DATE_DMY = new RegExp(`${DAY_NAME}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+(\\d{4})`, 'i');
const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** How far into the body we look for headline, dateline and byline. */
const HEADER_WINDOW = 600;

const AGENCY_DATELINE = /\((Reuters|AP|AFP|Agencies|Bloomberg|PA|DPA|ANI|IANS|PTI|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|UPI|[A-Z][A-Za-z.&]+(?: [A-Z][A-Za-z.&]+){0,3})\)\s*[-–—:]/;
/** Longest date line of page furniture ("Updated Wednesday, 7 January 2026, 21:05 GMT"). */
const DATE_LINE_LENGTH = 80;
/** How far from the end copyright lines and contributor notes are looked for (the last few lines). */
const FOOTER_WINDOW = 600;
/** How far into the body the headline is looked for. */
const TITLE_WINDOW = 4000;
/** The article's own date starts this early (the recogniser's detectArticleDate reads as far). */
const ARTICLE_DATE_HEAD = 1500;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** detectArticleDate reads the first 200 characters of a line; a dateline's prefix is at most 80. */
const DATE_LINE_REACH = 200;
const DATELINE_PREFIX = 80;

/**
 * A date in the first lines of an article, with its span: used to spot date-only lines (page
 * furniture). The article's date itself comes from the recogniser's detectArticleDate.
 */
export function detectHeaderDate(text: string, from = 0): { date: string; start: number; end: number } | undefined {
  const window = text.slice(from, from + HEADER_WINDOW);
  let best: { date: string; start: number; end: number } | undefined;
  const consider = (match: RegExpExecArray | null, toDate: (m: RegExpExecArray) => string | undefined) => {
    if (!match) return;
    const date = toDate(match);
    if (!date) return;
    const start = from + match.index;
    if (!best || start < best.start) best = { date, start, end: start + match[0].length };
  };
  consider(DATE_MDY.exec(window), (m) => isoDate(m[3], monthNumber(m[1]), m[2]));
  consider(DATE_DMY.exec(window), (m) => isoDate(m[3], monthNumber(m[2]), m[1]));
  consider(DATE_ISO.exec(window), (m) => isoDate(m[1], Number(m[2]), m[3]));
  return best;
}

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function isoDate(year: string, month: number, day: string): string | undefined {
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface FrontMatter {
  fields: Record<string, unknown>;
  end: number;
}

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  if (!match) return undefined;
  let fields: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(text.slice(open[0].length, match.index));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
  } catch {
    // Malformed front matter: still skip it as body, just without fields.
  }
  return { fields, end: match.index + match[0].length };
}

function stringField(fields: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Lines that are page furniture rather than a headline: menus, bylines, breadcrumbs, date-only lines. */
function isBoilerplateLine(line: string): boolean {
  if (isFurnitureLine(line)) return true;
  if (line.length > DATE_LINE_LENGTH || !/\d/.test(line)) return false;
  const withoutDate = line.replace(DATE_MDY, '').replace(DATE_DMY, '').replace(DATE_ISO, '');
  return (withoutDate.match(/\S*\p{L}\S*/gu)?.length ?? 0) < 3;
}

function cleanHeadline(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A readable title from a long first paragraph: its first words, cut at a word boundary. */
function shortTitle(line: string): string {
  const withoutDateline = line.replace(/^[^–—]{0,80}\([^)]{1,30}\)\s*[-–—]\s*/, '');
  const firstSentence = withoutDateline.split(/(?<=[.!?])\s+(?=[A-Z“"])/)[0];
  if (firstSentence.length <= 90) return firstSentence;
  const cut = firstSentence.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}

/**
 * Title, outlet, date and boilerplate of an article. Never throws. With the recogniser's `mentions`,
 * the article date is only looked for when a full date was recognised near the top (a cheap test
 * that skips the search for most articles of a large workspace).
 */
export function readSourceHeader(text: string, mentions?: readonly Mention[]): SourceHeader {
  const front = readFrontMatter(text);
  const fields = front?.fields ?? {};
  const bodyStart = front?.end ?? 0;
  const boilerplate: Span[] = front ? [{ start: 0, end: bodyStart }] : [];

  let title = stringField(fields, 'title', 'headline');
  let outlet = stringField(fields, 'outlet', 'publisher', 'publication', 'source', 'site');
  let date = stringField(fields, 'date', 'published', 'publishedAt');
  if (date) date = normaliseDateField(date);

  const header = text.slice(bodyStart, bodyStart + HEADER_WINDOW);
  const articleDate = front || !mentions || mentions.some((mention) => mayBeArticleDate(text, mention)) ? safeArticleDate(text) : undefined;
  if (articleDate) {
    date ??= articleDate.date;
    boilerplate.push({ start: articleDate.start, end: articleDate.end });
  }
  if (!outlet) {
    const agency = AGENCY_DATELINE.exec(header);
    if (agency) {
      outlet = agency[1];
      boilerplate.push({ start: bodyStart + agency.index, end: bodyStart + agency.index + agency[0].length });
    }
  }
  const byline = bylineOutlet(header);
  if (byline) {
    outlet ??= byline.outlet;
    boilerplate.push({ start: bodyStart + byline.start, end: bodyStart + byline.end });
  }

  // Date lines above the article ("Wednesday, January 7, 2026", repeated by some pages).
  for (const line of linesOf(text, bodyStart, bodyStart + HEADER_WINDOW)) {
    if (line.text.length <= DATE_LINE_LENGTH && /\d/.test(line.text) && isBoilerplateLine(line.text) && detectHeaderDate(line.text)) {
      boilerplate.push({ start: line.start, end: line.end });
    }
  }

  // The headline: the first line that is not page furniture, a menu or the site's name.
  const lineAt = lineReader(text, bodyStart, bodyStart + TITLE_WINDOW);
  const inMenu = createMenuTest(lineAt);
  let siteName: string | undefined;
  for (let i = 0, line = lineAt(0); line; line = lineAt(++i)) {
    const candidate = cleanHeadline(line.text);
    const name = siteNameOf(text, line);
    if (name) {
      siteName ??= name;
      continue;
    }
    if (!candidate || inMenu(i) || isBoilerplateLine(candidate)) continue;
    if (!title) {
      const isParagraph = candidate.length > 140 || (/[.!?]["”]?$/.test(candidate) && candidate.length > 90);
      title = isParagraph ? shortTitle(candidate) : candidate;
    }
    break;
  }
  if (!outlet) {
    const footer = text.slice(Math.max(bodyStart, text.length - FOOTER_WINDOW));
    outlet = copyrightHolder(footer) ?? siteName ?? contributorOutlet(footer) ?? footerSiteName(text);
  }
  return { title, outlet, date, bodyStart, boilerplate };
}

const PUBLICATION_WORDS = /\b(?:published|posted|dated?|pubdate|publication|updated|modified)\b/i;
/** A lower-case word of four letters or more: no dateline holds one before its date. */
const PROSE_WORD = /(?:^|[\s|:,()[\]\-–—/@·•])\p{Ll}[\p{L}.]{3,}/u;

/**
 * Whether a recognised figure can be the article's own date as detectArticleDate finds it: a full
 * date near the top, early in its line, after a publication cue or a dateline-like prefix. A
 * superset of what it accepts, only used to skip the search when no figure qualifies.
 */
function mayBeArticleDate(text: string, mention: Mention): boolean {
  if (mention.kind !== 'figure' || mention.type !== 'date' || mention.start >= ARTICLE_DATE_HEAD) return false;
  if (typeof mention.value !== 'string' || !FULL_DATE.test(mention.value)) return false;
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (mention.start - lineStart > DATE_LINE_REACH) return false;
  const prefix = text.slice(lineStart, mention.start);
  return PUBLICATION_WORDS.test(prefix) || (prefix.length <= DATELINE_PREFIX && !PROSE_WORD.test(prefix));
}

/** A site name on the last line of the page ("News.Az") that the page also names elsewhere. */
function footerSiteName(text: string): string | undefined {
  const tail = linesOf(text, Math.max(0, text.length - 300), text.length);
  const last = tail[tail.length - 1];
  if (!last || breadcrumbSegments(last.text)) return undefined;
  return siteNameOf(text, last);
}

function safeArticleDate(text: string): { date: string; start: number; end: number } | undefined {
  try {
    return detectArticleDate(text);
  } catch {
    return undefined; // a failure there must not cost the source its title
  }
}

function normaliseDateField(value: string): string {
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (iso) return iso[0];
  const found = detectHeaderDate(value);
  return found?.date ?? value;
}
