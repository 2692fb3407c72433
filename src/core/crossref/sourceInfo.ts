// What a reader needs to tell sources apart: a title, the outlet and the date. Read from Markdown
// front matter when present, else from the first lines (headline, dateline "Paris, Jan 7 (Reuters) –",
// byline "By Jane Doe | The Daily Planet").

import { parse as parseYaml } from 'yaml';
import type { Span } from '../model';
import { detectArticleDate } from '../recognition/figures';

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
const BYLINE = /^\s*By\s+[A-Z][^|\n,]{1,60}?\s*(?:\||,|—|–|-)\s*([A-Z][^|\n]{1,60}?)\s*$/m;

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

/** Lines that are page furniture rather than a headline. */
function isBoilerplateLine(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /[\p{L}]/u.test(word));
  if (words.length < 3) return true; // "NewsPolitics", "PUBLISHED ON", "|"
  if (/\b(?:px|↺|cookies?|subscribe|sign in|log in|advertisement|share this|read more|updated|published)\b/i.test(line)) return true;
  if (/^\s*(?:by|photo|image|credit|source)\b\s*:?/i.test(line)) return true;
  const withoutDate = line.replace(DATE_MDY, '').replace(DATE_DMY, '').replace(DATE_ISO, '');
  return withoutDate.split(/\s+/).filter((word) => /[\p{L}]/u.test(word)).length < 3;
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

/** Title, outlet, date and boilerplate of an article. Never throws. */
export function readSourceHeader(text: string): SourceHeader {
  const front = readFrontMatter(text);
  const fields = front?.fields ?? {};
  const bodyStart = front?.end ?? 0;
  const boilerplate: Span[] = front ? [{ start: 0, end: bodyStart }] : [];

  let title = stringField(fields, 'title', 'headline');
  let outlet = stringField(fields, 'outlet', 'publisher', 'publication', 'source', 'site');
  let date = stringField(fields, 'date', 'published', 'publishedAt');
  if (date) date = normaliseDateField(date);

  const header = text.slice(bodyStart, bodyStart + HEADER_WINDOW);
  const articleDate = safeArticleDate(text);
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
  const byline = BYLINE.exec(header);
  if (byline) {
    outlet ??= byline[1].trim();
    boilerplate.push({ start: bodyStart + byline.index, end: bodyStart + byline.index + byline[0].length });
  }

  // Date lines above the article ("Wednesday, January 7, 2026", repeated by some pages).
  const headerLines = /[^\r\n]+/g;
  let headerLine: RegExpExecArray | null;
  while ((headerLine = headerLines.exec(header)) !== null) {
    if (isBoilerplateLine(headerLine[0]) && detectHeaderDate(headerLine[0])) {
      boilerplate.push({ start: bodyStart + headerLine.index, end: bodyStart + headerLine.index + headerLine[0].length });
    }
  }

  if (!title) {
    const lineMatcher = /[^\r\n]+/g;
    let line: RegExpExecArray | null;
    while ((line = lineMatcher.exec(text.slice(bodyStart, bodyStart + 4000))) !== null) {
      const candidate = cleanHeadline(line[0]);
      if (!candidate || isBoilerplateLine(candidate)) continue;
      const isParagraph = candidate.length > 140 || (/[.!?]["”’]?$/.test(candidate) && candidate.length > 90);
      title = isParagraph ? shortTitle(candidate) : candidate;
      break;
    }
  }
  return { title, outlet, date, bodyStart, boilerplate };
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
