// Lines of a saved web page that are not the article: site names, breadcrumbs ("Channel Nine News |
// World | Europe"), menus of short lines, "Skip to content", bylines, date lines. And where the
// page says which outlet it is: a byline "By Jane Doe | The Daily Planet", a copyright line, a
// contributor note "… writes for The Quarterly Review", or a site-name line the page repeats.

/** Words that join the capitalised words of a name: "Bank of England", "Marca & Co". */
const NAME_JOINERS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'la', 'le', 'del', 'van', 'von', 'on', 'in', 'at', 'a', 'an', 'to']);
const BREADCRUMB_SEPARATOR = /\s+[|›»>•·/]\s+|\s+[-–—]\s+/;
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 50;
const MAX_SEGMENT_WORDS = 4;
/** A run of this many short lines is a menu. */
const MENU_RUN = 4;
const MENU_ITEM_WORDS = 3;
/** Section and menu words that are never a site's name. */
const GENERIC_SECTIONS = new Set(
  'home news menu search subscribe world politics business opinion sport sports culture live video latest about contact europe uk us local national international analysis comment features lifestyle tech technology science health environment climate economy'.split(' '),
);

const FURNITURE = /\b(?:px|↺|cookies?|subscribe|sign in|sign up|log in|advertisement|share this|read more|updated|published|posted|newsletter|follow us|skip to(?: main)? content|all rights reserved)\b/i;
const CREDIT_OR_BYLINE = /^\s*(?:by|photo|image|credit|source|written by|words by|reporting by)\b\s*:?/i;

/** Job titles that follow a name in a byline: "By Sophie Hartley, Europe correspondent, Lisbon". */
const ROLE_WORDS = /\b(?:correspondent|editor|reporter|writer|journalist|columnist|contributor|staff|analyst|producer|photographer|bureau|chief|desk|team|intern|presenter|host|author|freelance|special|senior|deputy|political|diplomatic|economics|business|science|health|sports?)\b/i;
/** Words that mark a name as a publication: "The Daily Planet", "Coastal Times", "News.Az". */
const OUTLET_WORDS = /\b(?:news|times|post|wire|press|journal|herald|gazette|tribune|review|ledger|daily|weekly|telegraph|guardian|observer|chronicle|blog|magazine|radio|tv|television|media|agency|online|monitor|standard|express|mail|mirror|independent|globe|today|report|dispatch|courier|bulletin|digest|insider|live)\b|\.[a-z]{2,}\b/i;
const AGENCIES = /^(?:Reuters|AP|AFP|Agencies|Bloomberg|PA|DPA|ANI|IANS|PTI|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|UPI|Associated Press|Agence France-Presse)$/;

const BYLINE = /^\s*By\s+[A-Z][^|\n,]{1,60}?\s*(\||,|\bfor\b|—|–|\s-\s)\s*([A-Z][^|\n]{1,60}?)\s*$/gm;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,5})/gi;
const CONTRIBUTOR = /\b(?:writes|reports|reported|is a (?:reporter|correspondent|writer|columnist))\b[^.\n]{0,80}?\bfor\s+((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|&)){0,5})\s*\.?\s*$/gm;

const WORD = /\S*[\p{L}\p{N}]\S*/gu;

function words(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** How many words `line` has, counting no further than `limit`. */
function wordCount(line: string, limit: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.exec(line)) count++;
  return count;
}

/** A short run of capitalised words (and joiners), like a site or section name: "The Harbour Blog", "News.Az". */
export function isNameLike(text: string, maxWords = MAX_NAME_WORDS): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH || /[.!?,;:"“”]$/.test(trimmed)) return false;
  const list = words(trimmed);
  if (list.length === 0 || list.length > maxWords) return false;
  let capitalised = 0;
  for (const word of list) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
    else if (!NAME_JOINERS.has(word.toLowerCase())) return false;
  }
  return capitalised > 0;
}

/**
 * Segments of a breadcrumb or section line, "Channel Nine News | World | Europe" or "The Quarterly
 * Review - Analysis"; undefined for any other line. Every segment must be a short name.
 */
export function breadcrumbSegments(line: string): string[] | undefined {
  const segments = line.trim().split(BREADCRUMB_SEPARATOR).map((segment) => segment.trim()).filter(Boolean);
  if (segments.length < 2) return undefined;
  return segments.every((segment) => isNameLike(segment, MAX_SEGMENT_WORDS)) ? segments : undefined;
}

/** Page furniture no headline looks like: menus entries, share buttons, credits, bylines, counters. */
export function isFurnitureLine(line: string): boolean {
  if (wordCount(line, 3) < 3) return true; // "NewsPolitics", "PUBLISHED ON", "|", "Home"
  if (FURNITURE.test(line) || CREDIT_OR_BYLINE.test(line)) return true;
  return breadcrumbSegments(line) !== undefined;
}

/** Whether `name` appears in `text` outside [skipStart, skipEnd), as whole words. */
function repeatedElsewhere(text: string, name: string, skipStart: number, skipEnd: number): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at >= skipStart && at < skipEnd) continue;
    const before = at === 0 ? ' ' : text[at - 1];
    const after = at + name.length >= text.length ? ' ' : text[at + name.length];
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The non-empty lines of text[from, to), trimmed. */
export function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  const read = lineReader(text, from, to);
  for (let line = read(0), i = 1; line; line = read(i++)) lines.push(line);
  return lines;
}

/**
 * The non-empty lines of text[from, to), trimmed, read only as far as asked: line `index`, or
 * undefined past the last. The headline is usually among the first lines of a long window.
 */
export function lineReader(text: string, from: number, to: number): (index: number) => Line | undefined {
  const lines: Line[] = [];
  let cursor = from;
  const end = Math.min(to, text.length);
  return (index) => {
    while (lines.length <= index && cursor < end) {
      let stop = cursor;
      while (stop < end && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
      let start = cursor;
      let last = stop;
      while (start < last && /\s/.test(text[start])) start++;
      while (last > start && /\s/.test(text[last - 1])) last--;
      if (last > start) lines.push({ text: text.slice(start, last), start, end: last });
      cursor = stop + 1;
    }
    return lines[index];
  };
}

/**
 * Whether line `index` belongs to a menu: a run of MENU_RUN or more consecutive short lines without
 * sentence punctuation. Each line is classified once, so scanning lines in order stays linear.
 */
export function createMenuTest(lineAt: (index: number) => Line | undefined): (index: number) => boolean {
  const items = new Map<number, boolean>();
  // Bylines and date lines break a run: a short headline above them is not a menu entry.
  const isItem = (i: number) => {
    let item = items.get(i);
    if (item === undefined) {
      const text = lineAt(i)?.text;
      item = text !== undefined && wordCount(text, MENU_ITEM_WORDS + 1) <= MENU_ITEM_WORDS && !/[.!?]["”’]?$|\d/.test(text) && !/^by\s/i.test(text);
      items.set(i, item);
    }
    return item;
  };
  return (index) => {
    if (!isItem(index)) return false;
    let run = 1;
    for (let i = index - 1; i >= 0 && isItem(i) && run < MENU_RUN; i--) run++;
    for (let i = index + 1; isItem(i) && run < MENU_RUN; i++) run++;
    return run >= MENU_RUN;
  };
}

/**
 * The site name a line stands for, when it is one: a short name line, or the first segment of a
 * breadcrumb, that the page repeats elsewhere (footer, copyright, body). Never a section word
 * ("News | Politics") or a date.
 */
export function siteNameOf(text: string, line: Line): string | undefined {
  const segments = breadcrumbSegments(line.text);
  const candidate = segments ? segments[0] : isNameLike(line.text) ? line.text : undefined;
  if (!candidate || GENERIC_SECTIONS.has(candidate.toLowerCase()) || /\b(?:19|20)\d\d\b/.test(candidate)) return undefined;
  return repeatedElsewhere(text, candidate, line.start, line.end) ? candidate : undefined;
}

/** An outlet named by a byline ("By Jane Doe | The Daily Planet"), never a job title or a place. */
export function bylineOutlet(header: string): { outlet: string; start: number; end: number } | undefined {
  BYLINE.lastIndex = 0;
  for (let match = BYLINE.exec(header); match; match = BYLINE.exec(header)) {
    const separator = match[1];
    const candidate = match[2].trim();
    if (ROLE_WORDS.test(candidate) || /\d/.test(candidate) || FURNITURE.test(candidate)) continue;
    // "By Jane Doe, Lisbon": after a comma only a known agency or a name that reads as an outlet.
    if (separator === ',' && !AGENCIES.test(candidate) && !OUTLET_WORDS.test(candidate)) continue;
    return { outlet: candidate, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** The holder of a copyright line ("© 2026 The Harbour Blog. All rights reserved."). */
export function copyrightHolder(text: string): string | undefined {
  COPYRIGHT.lastIndex = 0;
  let found: string | undefined;
  for (let match = COPYRIGHT.exec(text); match; match = COPYRIGHT.exec(text)) {
    const name = match[1].replace(/[.\s]+$/, '').replace(/\s+(?:All|Inc|Ltd)$/i, '');
    if (isNameLike(name)) found = name; // the last one: footers come last
  }
  return found;
}

/** The outlet of a contributor note at the end of an article ("… writes on energy for The Quarterly Review."). */
export function contributorOutlet(text: string): string | undefined {
  CONTRIBUTOR.lastIndex = 0;
  let found: string | undefined;
  for (let match = CONTRIBUTOR.exec(text); match; match = CONTRIBUTOR.exec(text)) {
    const name = match[1].replace(/\.$/, '');
    if (isNameLike(name)) found = name;
  }
  return found;
}
