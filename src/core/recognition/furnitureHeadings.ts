// Headings of blocks of page furniture (the short lines under "Related coverage", "Read also:" or
// "MORE SOCCER" link to other articles, so nothing in them is this article's text), and the
// prompts, credits and link lines pages put between paragraphs. Shared by the entity and the
// figure passes so that both drop the same lines.

/** Headings matched whole, lower-cased, without a trailing colon. */
const EXACT_HEADINGS: ReadonlySet<string> = new Set([
  'share this article', 'share this story', 'share this', 'share', 'related posts', 'related articles', 'related stories',
  'related', 'read more', 'more stories', 'you might also like', 'you may also like', 'recommended', 'most read',
  'most popular', 'trending', 'latest news', 'more from', 'tags', 'topics', 'more on this story',
  'top stories', 'editor\'s picks', 'editors\' picks', 'popular now', 'in other news', 'further reading', 'see also',
  'related videos', 'related video', 'more videos', 'latest videos', 'watch next', 'up next', 'trending stories', 'trending now',
  'most watched', 'popular stories', 'also read', 'read next', 'more on this', 'read also', 'also on', 'don\'t miss',
  'don’t miss', 'recommended for you', 'recommended stories', 'recommended reading', 'latest stories', 'popular',
  'archives', 'categories', 'recent posts', 'recent comments', 'popular posts', 'latest posts', 'more posts', 'related content',
  'what to read next', 'explore more on these topics', 'explore more', 'more on these topics', 'read this next', 'more like this', 'you might be interested in', 'people also read',
]);

/** Lower-case first letters of every heading, to skip most lines without reading them. */
export const HEADING_INITIALS: ReadonlySet<number> = new Set([...[...EXACT_HEADINGS].map((heading) => heading.charCodeAt(0)), 'r'.charCodeAt(0), 'm'.charCodeAt(0)]);

/** Second words that make "More …" a heading ("More from BBC Sport", "More on Ukraine"). */
const AFTER_MORE: ReadonlySet<string> = new Set([
  'from', 'on', 'in', 'about', 'stories', 'news', 'videos', 'video', 'articles', 'coverage', 'reading', 'like', 'top', 'latest',
]);

/** Second words that make "Most …" a heading ("Most viewed", "Most read in Sport"). */
const AFTER_MOST: ReadonlySet<string> = new Set(['read', 'popular', 'viewed', 'shared', 'watched', 'commented', 'recent', 'emailed']);

/** Words after "Related" in a phrase rather than a heading ("Related to the blast"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'of', 'with', 'in', 'on', 'for', 'and', 'or']);

const MAX_HEADING_LENGTH = 40;
/** The longest raw line that can be a heading (list markers and a colon around its words). */
export const MAX_HEADING_LINE = MAX_HEADING_LENGTH + 8;
/** A line this long is a paragraph, not an item of a list under such a heading (both passes end the list there). */
export const MAX_LIST_ITEM_LENGTH = 120;
/** Lines of such a list: later lines are the article's again, even without a blank line between. */
export const MAX_LIST_ITEMS = 12;
const MAX_OPEN_HEADING_WORDS = 4;

/** The line without list markers before it and the colon after it. */
function headingText(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && ' \t>*#•-'.includes(line[start])) start++;
  while (end > start && ' \t\r:'.includes(line[end - 1])) end--;
  return line.slice(start, end);
}

/**
 * Whether the line is the heading of a list of other articles: one of the usual headings, or a
 * short line of up to four words opening with "Related", with "More"/"Most" and a word that says
 * what more ("More on Ukraine", "Most viewed"), or "MORE" in capitals ("MORE SOCCER").
 */
export function isFurnitureHeadingLine(line: string): boolean {
  if (line.length > MAX_HEADING_LINE) return false;
  const heading = headingText(line);
  if (heading.length === 0 || heading.length > MAX_HEADING_LENGTH) return false;
  // "UP NEXT" in capitals is AP's section of a game story on each team's next game, not a video list.
  if (heading === 'UP NEXT') return false;
  const lower = heading.toLowerCase();
  if (EXACT_HEADINGS.has(lower)) return true;
  if (/[\d.!?"“”]/.test(heading)) return false;
  const words = lower.split(/\s+/);
  if (words.length < 2) return false;
  // "More from Aberdeen & Aberdeenshire": whatever section follows.
  if (words[0] === 'more' && words[1] === 'from') return true;
  if (words.length > MAX_OPEN_HEADING_WORDS) return false;
  if (words[0] === 'related') return !LINKING_WORDS.has(words[1]);
  if (words[0] === 'more') return AFTER_MORE.has(words[1]) || heading === heading.toUpperCase();
  return words[0] === 'most' && AFTER_MOST.has(words[1]);
}

/**
 * Whether the heading's list may start after one blank line ("Most read", a blank line, the list):
 * a heading on a line of its own, between blank lines, except a share bar's ("Share" between two
 * live-blog posts heads no list).
 */
export function mayHeadListAfterBlankLine(line: string): boolean {
  return isFurnitureHeadingLine(line) && !headingText(line).toLowerCase().startsWith('share');
}

/**
 * Lower-case starts of the prompts that platforms put around an article (paywalls, cookie banners,
 * sign-in prompts, photo credits, agencies' standard lines): furniture from the first word.
 */
const PROMPT_LINE_STARTS: readonly string[] = [
  'you\'ve read', 'you’ve read', 'you have read', 'we and our', 'we value your privacy', 'already a subscriber',
  'already have an account', 'photo by ', 'photograph by ', 'our standards:', 'follow ap\'s', 'follow ap’s', 'add yahoo as',
  'click here', 'a version of this article appears', 'this article appeared in', 'image caption', 'pictured:', '[picture caption',
  'get our ', 'join our ', 'want to stay up to date', 'image source, ', 'why you can trust ', 'keep up with all the latest', 'get the latest ',
  'join thought-provoking', 'sharelines from this story', 'this article is part of', 'go deeper', 'join st\'s', 'join st’s', 'you can now listen', 'newyou can now listen', 'listen to this article', 'also read',
  '[image caption', 'you can receive breaking news', 'download the ',
];
const PROMPT_INITIALS: ReadonlySet<number> = new Set([...PROMPT_LINE_STARTS.map((start) => start.charCodeAt(0) | 0x20), 't'.charCodeAt(0)]);

const CONTACT_HEADING = /^(?:(?:Media|Press|Investor|Analyst|News Media|Investor Relations)(?: and (?:Media|Investor|Analyst))? (?:Contacts?|Inquiries|Enquiries)|24-Hour(?: Media Line)?)\s*:?\s*$/i;
const MAX_CONTACT_HEADING = 40;
const FOLLOW_PLATFORM = / on (?:WhatsApp|Instagram|Facebook|X|Twitter|TikTok|YouTube|Threads|Bluesky|Telegram|LinkedIn|Google News|Snapchat)\b/;
const MAX_FOLLOW_LINE = 120;

/** "AP NFL: https://apnews.com/hub/nfl": a short label and a link, nothing else. */
const LINK_LINE = /^[^.:]{1,40}:[ \t]*https?:\/\/\S+[ \t]*\r?$/;
const MAX_LINK_LINE = 200;
/** "[AD BREAK]", "[CROSSTALK]", "[BEGIN VIDEO CLIP]": a transcript's stage direction on its own line. */
const TRANSCRIPT_CUE = /^\[[A-Z][A-Z '-]{1,30}\][ \t]*\r?$/;

/**
 * Whether the line (without leading spaces) is a platform's prompt, a newsletter's pitch ("Thanks
 * for reading Blast Radius! Subscribe for free…", not the editor's "Thanks for reading. …"), a
 * transcript's stage direction or a labelled link and nothing more.
 */
function isPromptOrLinkLine(line: string): boolean {
  // (A line that ends with a full stop is prose: most lines are ruled out by their last character.)
  if (line.length <= MAX_LINK_LINE && line.charCodeAt(line.length - 1) !== 46 && hasLabelThenLink(line) && LINK_LINE.test(line)) return true;
  if (line.charCodeAt(0) === 91 /* [ */ && TRANSCRIPT_CUE.test(line)) return true;
  // "Media Contact:", "Analyst Contact:", "24-Hour:": a press release's contact headings (the names under them stay).
  if (line.length <= MAX_CONTACT_HEADING && CONTACT_HEADING.test(line)) return true;
  if (!PROMPT_INITIALS.has(line.charCodeAt(0) | 0x20)) return false;
  for (const start of PROMPT_LINE_STARTS) if (startsWithFolded(line, start)) return true;
  // "Follow Sky News on WhatsApp", "Follow us on Instagram": a platform's follow prompt.
  if (startsWithFolded(line, 'follow ') && line.length <= MAX_FOLLOW_LINE && FOLLOW_PLATFORM.test(line)) return true;
  return startsWithFolded(line, 'thanks for reading ') && line.includes('ubscribe');
}

/** A colon within the first 41 characters, then "http" (the shape of LINK_LINE, read without a scan of the whole line). */
function hasLabelThenLink(line: string): boolean {
  const limit = Math.min(line.length, 42);
  for (let i = 1; i < limit; i++) {
    if (line.charCodeAt(i) !== 58 /* : */) continue;
    let at = i + 1;
    while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
    return line.startsWith('http', at);
  }
  return false;
}

/** A caption's closing credit: "… in the Oval Office on Friday. Evan Vucci/AP". */
const AGENCY_CREDIT_END = /(?:^|[\s.(])\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,5} ?\/ ?(?:AP|AFP|Reuters|Getty Images|Getty|AFP via Getty Images|EPA|EPA-EFE|Bloomberg|Shutterstock|Alamy|PA|PA Wire|AAP|Xinhua|ANI|PTI|Pool|Sipa|Redux|Telegram|Facebook|Ukrinform|Suspilne)\)?[ \t]*\r?$/u;
/** A photographer's credit alone on its line: "Jeff Roberson for The New York Times". */
const OUTLET_CREDIT = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}for (?:The )?(?:\p{Lu}[\p{L}-]+ ){0,3}(?:Times|Post|Journal|Guardian|Observer|Telegraph|Tribune|Herald|Chronicle|Globe|Star|News|Press|Independent|Examiner|Inquirer)[ \t]*\r?$/u;
const MAX_CAPTION_LINE = 400;
const MAX_CREDIT_LINE = 80;

/** Whether the line is a photo caption ending with its agency credit, or a photographer's credit alone. */
function isCreditLine(line: string): boolean {
  if (line.length > MAX_CAPTION_LINE) return false;
  // The slash is looked for in the last characters only, and the pattern read on the line's tail.
  let slash = -1;
  for (let i = line.length - 1; i >= 0 && i >= line.length - 16; i--) {
    if (line.charCodeAt(i) === 47) {
      slash = i;
      break;
    }
  }
  if (slash > 0 && AGENCY_CREDIT_END.test(line.slice(Math.max(0, slash - 60)))) return true;
  return line.length <= MAX_CREDIT_LINE && line.includes(' for ') && OUTLET_CREDIT.test(line);
}

/** A photo credit in capitals on its own line: "ANDREW FOX FOR THE TIMES", "GETTY IMAGES", "AFP VIA GETTY IMAGES". */
const CAPITALS_CREDIT = /^(?:(?:\p{Lu}[\p{Lu}'’.-]+ ){1,3}FOR (?:THE )?(?:\p{Lu}+ ){0,2}(?:TIMES|SUNDAY TIMES|TELEGRAPH|GUARDIAN|OBSERVER|INDEPENDENT|POST|JOURNAL)|(?:\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2} ?\/ ?)(?:REUTERS|AFP|AP|EPA|BLOOMBERG|GETTY IMAGES|ALAMY(?: LIVE NEWS)?|SHUTTERSTOCK|PA(?: MEDIA| WIRE)?|REX)|(?:AFP |AP |REUTERS |EPA )?(?:VIA )?(?:GETTY IMAGES|ALAMY(?: LIVE NEWS)?|SHUTTERSTOCK|PA WIRE|PA MEDIA|REX FEATURES))[ \t]*\r?$/u;

/**
 * Whether the line is a photo credit in capitals alone: the caption is the line above it (The
 * Times prints the caption without a marker, then the credit).
 */
export function isCapitalsCreditLine(line: string): boolean {
  if (line.length > MAX_CREDIT_LINE || line.length < 3) return false;
  // (Most lines fail on their first two characters: a capital, then a capital or a space.)
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  return first >= 65 && first <= 90 && ((second >= 65 && second <= 90) || second === 32) && CAPITALS_CREDIT.test(line);
}

/** `line.toLowerCase().startsWith(prefix)` for a lower-case prefix, without lower-casing the line. */
function startsWithFolded(line: string, prefix: string): boolean {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const code = line.charCodeAt(i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether the line is furniture on its own: a prompt, a labelled link, a stage direction or a credit (see above). */
export function isStandaloneFurnitureLine(line: string): boolean {
  return isPromptOrLinkLine(line) || isCreditLine(line);
}
