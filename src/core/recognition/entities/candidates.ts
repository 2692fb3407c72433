// Candidate names of one document: runs of capitalised words cut at titles, nationality
// adjectives, calendar words and sentence-initial plain words, each with local type evidence.
import type { EntityType } from '../../model';
import type { Lexicon } from '../gazetteer/builtin/lexicon';
import { initialsOf } from '../linking/keys';
import { isSportsCopy } from './sportsCopy';
import {
  CALENDAR_WORDS, CONNECTOR_ARTICLES, FUNCTION_WORDS, CORE_TITLES, COURTESY_TITLES, HYPHEN_CONTEXT_SUFFIXES, INNER_CONNECTORS,
  FURNITURE_WORDS, MISC_HEADS, MISC_PREFIX_HEADS, NAME_HONORIFICS, NEVER_ALONE, ORG_HEADS, ORG_PREFIX_HEADS,
  PLACE_HEADS, PLACE_HYPHEN_SUFFIXES, PLACE_PREFIX_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLE_MODIFIERS,
  COMMON_ACRONYMS, SECTION_WORDS, COMPASS_WORDS, COMPOUND_HEADS, CONTRACTION_HEADS, PARTY_DESCRIPTORS, PLURAL_PLACE_NOUNS, ROAD_WORDS, TEAM_AFTER_WORDS, FOREIGN_ORG_PREFIXES, FOREIGN_PLACE_PREFIXES, LOWER_HEADS, LOWER_HEAD_PAIRS, NAME_PARTICLES,
  PUBLICATION_HEADS, APPOSITIVE_ORG_NOUNS, APPOSITIVE_PERSON_NOUNS, APPOSITIVE_PLACE_NOUNS, MISC_AFTER_WORDS,
  APPOSITIVE_MISC_NOUNS, WORK_LEAD_NOUNS, PRODUCT_LEAD_NOUNS, INDEX_NAMES, COMPETITION_LEAGUE_WORDS, RELEASE_VERBS, WORK_IN_VERBS, PRODUCT_AFTER_WORDS, WEAPON_AFTER_WORDS, MARKET_MOVE_VERBS, ORG_AGENT_PARTICIPLES, TRANSFER_NOUNS,
  PEOPLE_PLURALS, LAW_HEADS, CAR_MAKERS, SURNAME_PLACE_HEADS, KIN_NOUNS, NOT_ONLY_PEOPLE_ROLES, ORG_KIND_LEAD_NOUNS, STATUTE_HEADS, PERSON_HYPHEN_SUFFIXES,
} from './cues';
import { bestType, emptyEvidence, evidenceOf, typeIndex, type Evidence } from './evidence';
import { codeAt, hashWord, isDigitCode, isLetterOrDigitCode, isSpaceCode, LOWER_COMMON, LOWER_ROLE, tokenize, type Token } from './tokenize';
import { addWholeTextNames, plainCandidate } from './wholeTextNames';
import { acronymDefinedAfter, ARTICLES, DEFINED_ACRONYM, opensParenthesis, TICKER } from './acronymDefinitions';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Identity key (normalised, without honorific). */
  readonly key: string;
  readonly wordCount: number;
  /**
   * Only capitalised because it starts a sentence or sits in a headline: a name only if the
   * workspace corroborates it (seen capitalised elsewhere, known) and it is not a common word.
   */
  readonly weak: boolean;
  /** A single word that is also a common lower-case English word. */
  readonly commonWord: boolean;
  readonly evidence: Evidence;
  /** Last word's key, for surname linking of person names. */
  readonly lastWordKey: string;
  /** The name is a single all-capitals acronym ("NATO"). */
  readonly acronym: boolean;
  /** Acronym defined in parentheses right after the name: "… Organization (NATO)". */
  readonly defines?: string;
  /** Initials of a multi-word name ("AECC"). */
  readonly initials?: string;
  /** Written like a publication's title ("The Harbour Blog"): a name even in a headline. */
  readonly publication?: boolean;
  /** Preceded by "the", "this", "its"…: a capitalised common word there is often a generic back-reference. */
  readonly determiner?: boolean;
  /** A job or courtesy title preceded it ("Prime Minister Montenegro"): a person whatever the lexicons say. */
  readonly titled?: boolean;
  /**
   * The whole capitalised run this candidate was cut from (headline or sentence-initial words
   * dropped): used instead when the workspace knows the whole as a name ("Meridian Wire").
   */
  /** "Donetsk region", "Kursk oblast": the word after the name says it is a province. */
  readonly regionAfter?: 'oblast' | 'region';
  /** Only the workspace can confirm this candidate (every word of it was a plain word). */
  readonly wholeOnly?: boolean;
  readonly whole?: { readonly start: number; readonly end: number; readonly text: string; readonly key: string; readonly evidence: Evidence };
}

interface Part {
  tokens: Token[];
  /** A job title or courtesy title preceded the part. */
  titled: boolean;
  /** A title followed the part ("UK Prime Minister …"). */
  beforeTitle: boolean;
}

export interface Context {
  readonly text: string;
  /** The article reads as sports copy (scores, league words): city names there are mostly clubs. */
  readonly sports: boolean;
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  /** Where sports copy lists players ("Arsenal (4-3-3): Raya; Timber, …", "Subs: …"): [start, end) pairs. */
  readonly playerLists: readonly number[];
}

/** A team sheet ("Arsenal (4-3-3): …") or a list of players ("Subs not used: …", "Scorers: …"): its names follow the colon. */
const PLAYER_LIST_LINE = /^[^\S\n]*(?:[^\n:]{1,40}\(\d(?:-\d){2,4}\)|Subs(?: not used)?|Substitutes|Unused substitutes|Booked|Bookings|Scorers?|Goals?|Player ratings|Sent off)[^\S\n]*:[^\S\n]*([^\n]+)/gm;

/** A team's line-up without its formation: "Tottenham: Vicario, Porro, Romero, Van de Ven, …" (checked for its items below). */
const TEAM_LIST_LINE = /^[^\S\n]*\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}[^\S\n]*:[^\S\n]*([^\n]+)/gmu;
/** One item of a line-up: a name of one to three words, maybe with a substitute and his minute in brackets. */
const LINE_UP_ITEM = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}|van |de |da |di |le )[\p{L}'’.-]*){0,2}(?: \(\p{Lu}[^()]{1,40}\))?$/u;
const MIN_LINE_UP_ITEMS = 6;
/** A scorecard's bracket of players and their figures: "(Root 104*, Brook 92, Duckett 51; Lyon 2-88, Boland 1-54)". */
const SCORECARD_BRACKET = /\((\p{Lu}[\p{L}'’-]+ \d+(?:-\d+)?\*?(?:[,;] \p{Lu}[\p{L}'’-]+ \d+(?:-\d+)?\*?)+)\)/gu;

/** The [start, end) pairs of the player lists of sports copy (none in other copy). */
function playerListsOf(text: string, sports: boolean): number[] {
  if (!sports) return [];
  const ranges: number[] = [];
  if (text.indexOf('):') >= 0 || text.indexOf('Subs') >= 0 || text.indexOf('Scorer') >= 0 || text.indexOf('Booked') >= 0 || text.indexOf('ratings') >= 0) {
    PLAYER_LIST_LINE.lastIndex = 0;
    for (let match = PLAYER_LIST_LINE.exec(text); match; match = PLAYER_LIST_LINE.exec(text)) {
      const end = match.index + match[0].length;
      ranges.push(end - match[1].length, end);
    }
  }
  TEAM_LIST_LINE.lastIndex = 0;
  for (let match = TEAM_LIST_LINE.exec(text); match; match = TEAM_LIST_LINE.exec(text)) {
    const items = match[1].replace(/[.\s]+$/, '').split(/\s*[,;]\s*/);
    if (items.length < MIN_LINE_UP_ITEMS || !items.every((item) => LINE_UP_ITEM.test(item.replace(/ \((?:capt|c|wk|captain)\)$/, '')))) continue;
    const end = match.index + match[0].length;
    ranges.push(end - match[1].length, end);
  }
  if (text.indexOf('innings') >= 0 || text.indexOf('*,') >= 0) {
    SCORECARD_BRACKET.lastIndex = 0;
    for (let match = SCORECARD_BRACKET.exec(text); match; match = SCORECARD_BRACKET.exec(text)) ranges.push(match.index, match.index + match[0].length);
  }
  return ranges;
}

function inPlayerList(ctx: Context, position: number): boolean {
  const ranges = ctx.playerLists;
  for (let i = 0; i < ranges.length; i += 2) if (position >= ranges[i] && position < ranges[i + 1]) return true;
  return false;
}

/** Abbreviations that start a name and take a period: "St. Louis", "Mt. Everest". */
const DOTTED_PREFIXES = new Set(['St', 'Mt', 'Ft', 'Pt']);
const SPACE_GAP = /^[ \t\u00a0\u202f]+$/;

// The gaps between two tokens, read by char codes on the text (no slice, no pattern): names are
// made of many token pairs, and every pair's gap is looked at.

/** Space, tab or no-break space: the blanks inside a name. */
function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Whether text[from, to) is all blanks (or narrow no-break spaces). */
function allBlank(text: string, from: number, to: number, narrowToo: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isBlankCode(c) && !(narrowToo && c === 0x202f)) return false;
  }
  return true;
}

/** SPACE_GAP on text[from, to): one or more spaces. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  return from < to && allBlank(text, from, to, true);
}

/** /^X[ \t\u00a0]+$/ on text[from, to) where X is the char `lead` passes. */
function isMarkThenBlanks(text: string, from: number, to: number, lead: (code: number) => boolean): boolean {
  return to - from >= 2 && lead(text.charCodeAt(from)) && allBlank(text, from + 1, to, false);
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isCommaCode(code: number): boolean {
  return code === 44;
}

/** /^[ \t\u00a0]*&[ \t\u00a0]*$/ on text[from, to): an ampersand between blanks. */
function isAmpersandGap(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isBlankCode(text.charCodeAt(at))) at++;
  return at < to && text.charCodeAt(at) === 38 && allBlank(text, at + 1, to, false);
}

/**
 * "J. Smith", "Dr. Ruth": a period then spaces, as /^\.[ \t\u00a0]*$/ on the first two characters
 * and SPACE_GAP on the rest.
 */
function isInitialGap(text: string, from: number, to: number): boolean {
  return to - from >= 2 && text.charCodeAt(from) === 46 && isBlankCode(text.charCodeAt(from + 1)) && allBlank(text, from + 2, to, true);
}

/** /^,\s*$/ on text[from, to): a comma, then white space only. */
function isCommaThenWhiteSpace(text: string, from: number, to: number): boolean {
  if (from >= to || text.charCodeAt(from) !== 44) return false;
  for (let i = from + 1; i < to; i++) if (!isSpaceCode(text, i)) return false;
  return true;
}

/** Where the gap after token `a` starts (past a possessive "'s"). */
function gapStart(a: Token): number {
  return a.possessive ? a.end + 2 : a.end;
}
const ORG_LEAD_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'with', 'for']);
/** Nouns of people or parts of a place before "of"/"in" ("residents of X", "the outskirts of X"). */
const PLACE_LEAD_NOUNS = new Set(['residents', 'inhabitants', 'citizens', 'villagers', 'townspeople', 'people', 'outskirts', 'suburbs',
  'streets', 'mayor', 'governor', 'province', 'town', 'city', 'village', 'region', 'island', 'coast', 'evacuees', 'survivors',
  'resort', 'port', 'capital', 'district', 'municipality', 'county', 'enclave', 'territory', 'neighbourhood', 'neighborhood', 'hamlet', 'commune', 'township']);
/** Verbs of a storm, quake or flood striking a place. */
const STRIKE_VERBS = new Set(['hit', 'struck', 'battered', 'lashed', 'pounded', 'ravaged', 'devastated', 'flooded', 'swept', 'slammed']);
const ORG_LEAD_NOUNS = new Set([
  'shares', 'stake', 'stakes', 'investors', 'investment', 'analysts', 'analyst', 'economists', 'economist', 'researchers',
  'researcher', 'staff', 'workers', 'employees', 'executives', 'executive', 'boss', 'shareholders', 'customers', 'engineers',
  'scientists', 'lawyers', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chairman', 'ceo', 'founder', 'stock',
  'job', 'jobs', 'bid', 'takeover', 'merger', 'subsidiary', 'division', 'unit', 'partner', 'partners', 'strategist',
]);
const DETERMINERS = new Set(['the', 'The', 'this', 'that', 'these', 'its', 'our', 'their', 'his', 'her', 'whose', 'a', 'an']);
const LONGEST_DETERMINER = 5;
/** First letters of Roman numerals ("IV", "XL"). */
const ROMAN_FIRST = new Set([73, 86, 88, 76, 67]);
/** A well-formed numeral below 400 ("III", "XIV", "CL"), not any run of those letters ("ICC", "CIC"). */
const WELL_FORMED_ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Whether the word right before a name (see `wordStartBefore`) is a determiner. */
function isDeterminer(word: string | undefined): boolean {
  return word !== undefined && word.length <= LONGEST_DETERMINER && DETERMINERS.has(word);
}


function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Start of the word right before `start` when a single space separates them ("shares in Shell":
 * the start of "in"), or -1. ASCII words only: this reads English function words.
 */
function wordStartBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return -1;
  let j = start - 1;
  while (j > 0 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  return j === start - 1 ? -1 : j;
}

/** The word right before `start` (see `wordStartBefore`), or undefined. */
function wordBefore(text: string, start: number): string | undefined {
  const j = wordStartBefore(text, start);
  return j < 0 ? undefined : text.slice(j, start - 1);
}

type LowerHeadType = 'organization' | 'place' | 'misc';
const LOWER_HEAD_AFTER = /^ ([a-z]+)(?: ([a-z]+))?(?![\p{L}])/u;
/** First words of the lower-case heads ("hospital", "cultural" of "cultural centre"). */
const LOWER_HEAD_FIRST_WORDS = new Set([...LOWER_HEADS.keys(), ...[...LOWER_HEAD_PAIRS.keys()].map((k) => k.split(' ')[0])]);

/**
 * Whether the lower-case ASCII word at `from` can start a lower-case head: a cheap test before
 * LOWER_HEAD_AFTER, whose first group is always that whole word.
 */
function mayStartLowerHead(text: string, from: number): boolean {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    i++;
  }
  return LOWER_HEAD_FIRST_WORDS.has(text.slice(from, i));
}
/** ", the state grid operator," / ", the country's capital,": the last word before a comma or stop. */
const APPOSITIVE = /^(?:(?:the|a|an|its|his|her|their)\s+|\p{Lu}[\p{L}.]+['’]s\s+)(?:[\p{L}’'-]+\s+){0,4}?([\p{Ll}-]+)(?=[,.;)]|\s+(?:which|who|that|based|in|of|for|and|with|at|from)\b)/u;
export const LOWER_TITLES = new Set([...CORE_TITLES].map((w) => w.toLowerCase()));
const ELECT_TITLE = /^\p{Lu}\p{Ll}+-(?:elect|designate|in-waiting)$/u;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;

/**
 * "Budget 2026", "Expo 2025": a year after an event's or a document's head is part of its name (a
 * statute's year is attached later and kept out of its key: see wholeTextNames).
 */
function isEventYear(head: string, year: string): boolean {
  return MISC_HEADS.has(head) && !LAW_HEADS.has(head) && !STATUTE_HEADS.has(head) && head !== 'Law' && YEAR_TOKEN.test(year);
}
/** "Minister for ", "Secretary of the ": a title taking its department after it. */
const TITLE_WITH_COMPLEMENT_BEFORE = /(?:Minister|Secretary|Chancellor|Commissioner|Director|Cabinet Secretary|Spokesperson) (?:for|of)(?: the)? $/;
/** "Secretary for Transport and ", "Minister of Environment, ": a title, its first departments and the comma or "and" before the next. */
const TITLE_COMPLEMENT_LIST_BEFORE = /(?:Minister|Secretary|Commissioner|Spokesperson) (?:for|of)(?: the)? (?:\p{Lu}\p{L}+(?:,|,? and|,? &) )*\p{Lu}\p{L}+,? (?:and|&) $/u;
/** "Minister of Environment, Forest and …": a portfolio after a comma, with the list's "and" after it. */
const TITLE_COMPLEMENT_COMMA_BEFORE = /(?:Minister|Secretary|Commissioner|Spokesperson) (?:for|of)(?: the)? (?:\p{Lu}\p{L}+, )+$/u;
const AND_AFTER = /^ (?:and|&) \p{Lu}/u;
/** " and Natural Resources Minister": more portfolio words, then the title they belong to. */
const TITLE_AFTER_PORTFOLIO = /^ (?:and|&) (?:\p{Lu}\p{L}+ ){0,3}(?:Minister|Secretary|Commissioner|Spokesperson|Critic)\b/u;

/**
 * Whether `first` opens a portfolio written with a title: after "Minister for" ("Finance Paschal
 * Donohoe"), after an earlier portfolio and "and", or alone before " and … Minister".
 */
function isPortfolioWord(text: string, first: Token, alone: boolean): boolean {
  const before = text.slice(Math.max(0, first.start - 60), first.start);
  if (TITLE_WITH_COMPLEMENT_BEFORE.test(before) || TITLE_COMPLEMENT_LIST_BEFORE.test(before)) return true;
  if (TITLE_COMPLEMENT_COMMA_BEFORE.test(before)) return AND_AFTER.test(text.slice(first.end, first.end + 8));
  return alone && TITLE_AFTER_PORTFOLIO.test(text.slice(first.end, first.end + 60));
}
const PORTFOLIO_TITLES = ['Minister', 'Secretary', 'Commissioner', 'Spokesperson'];

/** After "Minister of Environment, " or "… Transport and ": a later portfolio of a list, whatever its words. */
function followsPortfolioList(text: string, start: number): boolean {
  const comma = codeAt(text, start - 2) === 44;
  if (!comma && !(codeAt(text, start - 2) === 100 && codeAt(text, start - 3) === 110 && codeAt(text, start - 4) === 97)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  // A title word must stand within the last few words: most commas and "and"s have none.
  if (!PORTFOLIO_TITLES.some((title) => before.includes(title))) return false;
  return TITLE_COMPLEMENT_LIST_BEFORE.test(before) || TITLE_COMPLEMENT_COMMA_BEFORE.test(before);
}
const STATE_DEPARTMENTS = new Set(['State', 'Defense', 'Defence', 'Staff', 'Energy', 'Commerce', 'Treasury', 'Health', 'Justice', 'Homeland', 'Education', 'Labor', 'Transportation', 'Agriculture', 'Interior', 'Veterans', 'War', 'Exchequer', 'Finance', 'Foreign',
  'Housing', 'Enterprise', 'Environment', 'Transport', 'Culture', 'Trade', 'Industry', 'Tourism', 'Communications']);
/** Companies named with a possessive, by the name before the "'s". */
const POSSESSIVE_COMPANIES = new Set(['Moody', 'McDonald', 'Sainsbury', 'Macy', 'Sotheby', 'Domino', 'Nando', 'Applebee', 'Arby', 'Hardee',
  'Hershey', 'Dillard', 'Dunkin']);

/** ", 29, of " before a name: an age appositive, then where the person lives. */
const AGE_THEN_OF = /\b\d{1,3}, of $/;

/** Heads of bodies and buildings named after a person ("Queen Elizabeth Hospital", "King George Memorial"). */
const NAMED_AFTER_HEADS = new Set(['Hospital', 'University', 'College', 'School', 'Academy', 'Institute', 'Infirmary', 'Hospice', 'Clinic', 'Museum',
  'Library', 'Stadium', 'Airport', 'Foundation', 'Trust', 'Memorial', 'Centre', 'Center', 'Prize', 'Award']);
const NOBILITY = new Set(['King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Emperor', 'Empress', 'Crown', 'Saint', 'Pope']);
export const POSSESSED_PLACE_NOUNS = new Set([
  'president', 'prime', 'minister', 'capital', 'government', 'foreign', 'army', 'military', 'forces', 'economy',
  'parliament', 'people', 'border', 'borders', 'territory', 'soil', 'skies', 'cities', 'population', 'citizens',
  'ambassador', 'embassy', 'regions', 'region', 'coast', 'airspace', 'navy', 'king', 'queen', 'chancellor',
  'leader', 'leaders', 'largest', 'second-largest', 'north', 'south', 'east', 'west', 'interior', 'defence', 'defense',
  'national', 'allies', 'neighbours', 'neighbors', 'invasion', 'war', 'president,',
]);
export const ORG_AFTER_WORDS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'shares', 'chief', 'executive', 'ceo', 'chairman', 'board', 'headquarters', 'statement', 'members', 'officials', 'lawmakers', 'mps', 'mp', 'leadership', 'report', 'reported', 'reports']);

function isNameShaped(t: Token): boolean {
  return (t.shape === 'cap' || t.shape === 'upper' || t.shape === 'mixed') && !t.furniture;
}

function gapBetween(ctx: Context, a: Token, b: Token): string {
  return ctx.text.slice(a.possessive ? a.end + 2 : a.end, b.start);
}

function hyphenSuffix(t: Token): string | undefined {
  if (t.shape === 'lower' || t.text.length < 4) return undefined;
  // Most words have no hyphen: `indexOf` rules them out far more cheaply than `lastIndexOf` (a runtime call).
  if (t.text.indexOf('-') < 0) return undefined;
  const dash = t.text.lastIndexOf('-');
  if (dash <= 0) return undefined;
  const suffix = t.text.slice(dash + 1);
  // Headlines capitalise the suffix too ("Saudi-Backed Newcastle").
  return HYPHEN_CONTEXT_SUFFIXES.has(suffix) || (t.headline && HYPHEN_CONTEXT_SUFFIXES.has(suffix.toLowerCase())) ? suffix : undefined;
}

/** "Kyiv-based" → a token for "Kyiv" (the suffix is context, read again from the text). */
function withoutHyphenSuffix(t: Token): Token {
  // "then-Housing Secretary", "then-President Obama": the title or name after "then-".
  if (t.text.length > 6 && t.text.startsWith('then-') && /^\p{Lu}/u.test(t.text.slice(5, 6))) {
    const text = t.text.slice(5);
    return withoutHyphenSuffix({ ...t, text, start: t.start + 5, shape: /^\p{Lu}[\p{Lu}.]+$/u.test(text) ? 'upper' : 'cap' });
  }
  const suffix = hyphenSuffix(t);
  if (!suffix) return t;
  const text = t.text.slice(0, t.text.length - suffix.length - 1);
  return { ...t, text, end: t.start + text.length, possessive: false, shape: /^\p{Lu}[\p{Lu}.]+$/u.test(text) ? 'upper' : t.shape };
}

const QUOTE_CLOSE = /^["”’']/;
/** "Google's DeepMind unit": a part of the owner, not its product. */
const SUBSIDIARY_AFTER = /^ (?:unit|division|subsidiary|arm|lab|labs|team|business|foundation)\b/;
const WORD_BEFORE_QUOTE = /([a-z]+),? ["“‘]$/;
/** "Netflix's " right before `start`: a possessive and a space (as /['’]s $/ on the three characters before). */
function ownerBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 115) return false;
  const apostrophe = text.charCodeAt(start - 3);
  return apostrophe === 39 || apostrophe === 0x2019;
}
/** Kinds of work named in quotes ('the single "…"'), besides those that name a title directly. */
const QUOTED_WORK_NOUNS = new Set(['single', 'track', 'song', 'episode', 'poem', 'essay', 'report', 'column', 'speech', 'campaign', 'slogan', 'exhibition', 'opera', 'painting', 'titled', 'entitled', 'called']);
const QUOTE_OPEN_GAP = /^[ \t\u00a0]+["“‘']$/;
const QUOTE_CLOSE_GAP = /^["”’'][ \t\u00a0]+$/;

/** Whether the token before `t` on its line is a given name ("Jill" before "Stein's"). */
function followsGivenName(ctx: Context, t: Token): boolean {
  const before = previousToken(ctx, t);
  return before !== undefined && before.line === t.line && before.shape === 'cap' && isGivenName(ctx.lexicon, before.text)
    && isSpaceGap(ctx.text, before.end, t.start);
}

/** Heads named after a saint or a founder in the possessive ("St Paul's Cathedral", "Guy's Hospital"). */
const POSSESSIVE_NAMED_HEADS = new Set(['Hospital', 'College', 'Church', 'Cathedral', 'School', 'University', 'Park', 'Square',
  'Chapel', 'Abbey', 'Infirmary', 'Academy', 'Hall', 'Wood', 'Green', 'Basilica', 'Stadium', 'Arena', 'Field']);
const SAINT_BEFORE = /(?:\bSt\.?|\bSaint) $/;

/** Whether "St", "St." or "Saint" stands right before `start`. */
function afterSaint(text: string, start: number): boolean {
  return SAINT_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** "Fishermen's Association", "People's Republic": a plural possessive inside a name. */
// (Whole words: "Women's Institute", "Fishermen's Association", "Children's Society"; not "Yemen's Hodeidah".)
const NAME_INTERNAL_POSSESSIVE = /^(?:Wo|Fisher|Sports|Service|Fire|Police|Crafts|Trades|Sea|Gentle|Work|Business|Chair|Clergy|Kins|Lines|Fresh|Alder|Lay|Yeo|Sales|Journey)men$|^(?:Men|People|Children)$/;

/**
 * "Serie A.", "Plan B.", "Vitamin C.": a letter ending a thing's name, after a capitalised word that
 * is no given name, ends the sentence with its period; a middle initial ("John F. Kennedy") follows
 * a given name, and one initial another ("J. R. R. Tolkien").
 */
function endsNamedThing(ctx: Context, letter: Token): boolean {
  const text = ctx.text;
  let end = letter.start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === letter.start) return false;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  if (start === end || !/^\p{Lu}\p{Ll}/u.test(text.slice(start, end))) return false;
  const word = text.slice(start, end);
  // "Minister S. Jaishankar", "Then S. Jaishankar said": after a title or a small word, an initial.
  if (CORE_TITLES.has(word) || COURTESY_TITLES.has(word) || FUNCTION_WORDS.has(word) || hasLowerFlag(ctx.lexicon, word, LOWER_ROLE)) return false;
  return !isGivenName(ctx.lexicon, word);
}

/** "Arelis R. Hernández": a letter then a listed surname that is no place is a middle initial. */
function initialBeforeSurname(ctx: Context, next: Token): boolean {
  return next.shape === 'cap' && isPersonName(ctx.lexicon, next.text) && !isGivenName(ctx.lexicon, next.text) && !isKnownAs(ctx.lexicon, next.text, 'place', 1)
    && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(next.text));
}

/** Legal forms that follow a company's possessive name ("McDonald's Corp.", "Lowe's Cos."). */
const POSSESSIVE_COMPANY_FORMS: ReadonlySet<string> = new Set(['Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Cos', 'Cos.', 'Companies', 'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'LLC', 'Holdings']);

const LOWER_WORD_GAP = /^ \p{Ll}{1,4} $/u;

function canContinue(ctx: Context, a: Token, b: Token): boolean {
  if (b.line !== a.line || hyphenSuffix(a)) return false;
  if (a.possessive) {
    // "Fishermen's Association", "Sheriff's Office": a possessive inside an institution's name.
    // "Sheriff's Office" is one name; "the Commerce Department's Bureau of …" is a body and its part.
    const plainOwner = isCommon(ctx.lexicon, a.text) && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(a.text)) && !ORG_HEADS.has(a.text);
    // "Cox's Bazar", "Martha's Vineyard", "King's Cross": a place the lexicon knows with its possessive.
    // ("Prime Minister's Questions": the name may start a word before the owner.)
    const before = previousToken(ctx, a);
    const knownWhole = (b.shape === 'cap' || b.shape === 'upper') && (ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(a.start, b.end)))
      || (before !== undefined && before.line === a.line && before.shape === 'cap' && ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(before.start, b.end)))));
    // "St James's Hospital", "King's College", "Guy's Hospital", "Regent's Park": a saint's or a
    // founder's name before an institution or a park, not a known place or body owning one.
    // ("Jill Stein's Green Party": not after a given name, which makes the owner a person.)
    const saint = afterSaint(ctx.text, a.start);
    const namedAfter = POSSESSIVE_NAMED_HEADS.has(b.text) && (saint
      || ((ctx.lexicon.known.get(ctx.lexicon.keys.identity(a.text))?.strength ?? 0) < 2 && !followsGivenName(ctx, a)));
    // "St. David's South Austin Medical Center": after a saint's possessive, the rest of the institution's name.
    if (saint && b.shape === 'cap' && !isGivenName(ctx.lexicon, b.text) && isSpaceGap(ctx.text, gapStart(a), b.start) && !CALENDAR_WORDS.has(b.text)
      && !FUNCTION_WORDS.has(b.text)) return true;
    // "McDonald's Corp.", "Lowe's Cos.", "Moody's Inc.": a company named in the possessive, then its legal form.
    const legalForm = POSSESSIVE_COMPANY_FORMS.has(b.text);
    return (knownWhole || ((NAME_INTERNAL_POSSESSIVE.test(a.text) || namedAfter || legalForm || (plainOwner && ORG_HEADS.has(b.text))) && b.shape === 'cap'))
      && isSpaceGap(ctx.text, gapStart(a), b.start) && !CALENDAR_WORDS.has(b.text);
  }
  const text = ctx.text;
  const from = gapStart(a);
  const to = b.start;
  // "Professional Footballers' Association", "Workers' Party": a plural owner before a body's head.
  // "St James' Park": a saint's name ending in "s" before the place named after it.
  if (isMarkThenBlanks(text, from, to, isApostropheCode)) {
    return a.text.endsWith('s') && b.shape === 'cap' && (ORG_HEADS.has(b.text) || (POSSESSIVE_NAMED_HEADS.has(b.text) && afterSaint(text, a.start)));
  }
  // "… Alphabet Inc. The bank said": an abbreviation's period that ends the sentence.
  if (a.text.endsWith('.') && FUNCTION_WORDS.has(b.text)) return false;
  if (isSpaceGap(text, from, to)) return true;
  // "Dar es Salaam": a lower-case word the tokens skip, inside a name the lexicon knows whole.
  if (to - from <= 6 && LOWER_WORD_GAP.test(text.slice(from, to)) && ctx.lexicon.known.has(ctx.lexicon.keys.identity(text.slice(a.start, b.end)))) return true;
  // ("posted this on X. As Full Fact …": the platform after a preposition ends the sentence, it is no initial.)
  if (isInitialGap(text, from, to) && ((a.text.length === 1 && (!endsNamedThing(ctx, a) || initialBeforeSurname(ctx, b)) && !(a.text === 'X' && isPlatformX(text, a))) || COURTESY_TITLES.has(a.text) || CORE_TITLES.has(a.text) || DOTTED_PREFIXES.has(a.text))) return true;
  return isAmpersandGap(text, from, to);
}

/** Heads of local authorities named after one or two areas ("Bath and North East Somerset Council"). */
const AREA_AUTHORITY_HEADS: ReadonlySet<string> = new Set(['Council', 'Authority', 'Assembly']);

/** ", Lipton, Rosen & Katz": more surnames after commas, the last after an ampersand. */
const LIST_GOES_ON = /^(?:,? and \p{Lu}|, \p{Lu})/u;
const FIRM_NAME_TAIL = /^(?:, \p{Lu}[\p{L}'’-]+){1,4},? & \p{Lu}[\p{L}'’-]+/u;

/** Heads that may take "of"/"for" ("Ministry of Defence", "Coalition of the Willing"). */
/** Heads that take "for"/"on": bodies and documents ("Force for Ukraine", "Declaration on …"), not places. */
function takesPurpose(word: string, first: boolean): boolean {
  return (first && FOREIGN_ORG_PREFIXES.has(word)) || (first && PEOPLE_PLURALS.has(word)) || ORG_PREFIX_HEADS.has(word) || ORG_HEADS.has(word) || MISC_HEADS.has(word)
    || MISC_PREFIX_HEADS.has(word) || word === 'Coalition' || isPluralOrgHead(word);
}


/** Whether the capitalised words from token `from` on (one line, spaces between) end in a law's head. */
function endsInLawHead(ctx: Context, from: number): boolean {
  const { tokens } = ctx;
  let k = from;
  while (k + 1 < tokens.length && k - from < 6 && tokens[k + 1].shape === 'cap' && tokens[k + 1].line === tokens[k].line
    && SPACE_GAP.test(gapBetween(ctx, tokens[k], tokens[k + 1]))) k++;
  return k > from && LAW_HEADS.has(tokens[k].text);
}


/** "Centers for Disease Control", "National Institutes of Health": a plural head takes a complement too. */
function isPluralOrgHead(word: string): boolean {
  if (word.length < 5 || word.charCodeAt(word.length - 1) !== 115) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ORG_HEADS.has(singular) || ORG_PREFIX_HEADS.has(singular);
}

function takesComplement(word: string, first: boolean): boolean {
  return (first && (FOREIGN_ORG_PREFIXES.has(word) || FOREIGN_PLACE_PREFIXES.has(word))) || ORG_PREFIX_HEADS.has(word) || PLACE_PREFIX_HEADS.has(word) || MISC_PREFIX_HEADS.has(word) || ORG_HEADS.has(word)
    || MISC_HEADS.has(word) || PLACE_HEADS.has(word) || word === 'Coalition' || word === 'Statue' || word === 'Isle' || isPluralOrgHead(word);
}

const SEQUENCE_LEADS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Final', 'Last', 'Latest', 'Next', 'Early', 'Late', 'Full', 'Partial']);

/** "400C", "910C", "5090": digits with a model letter, or a bare number that is no year. */
const LETTERED_MODEL = /^\d{2,4}[A-Z]{1,2}$/;
const BARE_MODEL = /^\d{1,4}$/;

/**
 * A model number after a name: lettered models after any name that is no place, bare numbers only
 * after a company or product line the lexicon or the name's shape gives away (not "Paris 2024",
 * "Chapter 11", "Article 5", "Highway 4", which other rules read).
 */
function isModelNumber(ctx: Context, name: Token, numberToken: Token): boolean {
  const number = numberToken.text;
  // "Falcon 9", "Galaxy 25": a product line named with a number, even where a small place shares the word.
  if (MODEL_LINE_WORDS.has(name.text) && (BARE_MODEL.test(numberToken.text) || VERSION_MODEL.test(numberToken.text)) && !/^(?:19|20)\d\d$/.test(numberToken.text)) return true;
  const known = ctx.lexicon.known.get(ctx.lexicon.keys.identity(name.text));
  if (known?.type === 'place' || ROAD_WORDS.has(name.text) || CALENDAR_WORDS.has(name.text) || STOCK_INDEXES.has(name.text)) return false;
  if (LETTERED_MODEL.test(number)) return true;
  if (!BARE_MODEL.test(number) || /^(?:19|20)\d\d$/.test(number)) return false;
  if (MODEL_LINE_WORDS.has(name.text)) return true;
  return known?.type === 'organization' && !inTally(ctx.text, name.start, numberToken.end);
}

/** "Labour 18, Liberal Democrats 15, Greens 10": names with counts in a list are a tally, not models. */
function inTally(text: string, nameStart: number, numberEnd: number): boolean {
  return /^[,;] *\p{Lu}[\p{L}\p{M}' -]{0,40}? \d/u.test(text.slice(numberEnd, numberEnd + 48)) || /\d[,;]? +$/.test(text.slice(Math.max(0, nameStart - 6), nameStart));
}

/** Product lines named with a bare number ("Windows 11", "Galaxy 25"). */
const MODEL_LINE_WORDS = new Set(['Radio', 'Windows', 'Galaxy', 'Pixel', 'Xbox', 'Switch', 'Model', 'Series', 'Surface', 'Kindle', 'Mac', 'Ryzen', 'Core', 'Snapdragon', 'Falcon', 'Starship',
  'XPS', 'Laptop', 'Book', 'Geekbench', 'Thunderbolt', 'ThinkPad', 'Yoga', 'Zenbook', 'Vivobook', 'Chromebook', 'Inspiron', 'Latitude', 'Spectre',
  'Tab', 'Fold', 'Flip', 'Watch', 'Quest', 'PlayStation', 'Note', 'Mate', 'Redmi', 'Tahoe', 'Sequoia', 'Sonoma', 'Android', 'Wear', 'Ultra',
  // AI model families and phone chips ("Claude Opus 5", "Gemini 3 Pro", "Llama 4", "Tensor G5").
  'Opus', 'Sonnet', 'Haiku', 'Gemini', 'Gemma', 'Grok', 'Llama', 'Mistral', 'Qwen', 'Phi', 'Tensor', 'Exynos', 'Dimensity', 'Kirin',
  // Rockets, missions and stages of projects ("Ariane 6", "Artemis 2", "Hornsea 4", "Empire Wind 1", "Line 5", "Allocation Round 7").
  'Ariane', 'Vega', 'Soyuz', 'Artemis', 'Apollo', 'Shenzhou', 'Tianzhou', 'Tianwen', 'Vulcan', 'Atlas', 'Electron', 'Neutron', 'Angara',
  'Hornsea', 'Wind', 'Line', 'Round']);
const APPLE_CHIP = /^M[1-9]$/;
/** A version after a product line: "Tahoe 26.3", "Android 16". */
const VERSION_MODEL = /^\d{1,2}\.\d{1,2}$/;

/** Lower-case kinds of study or programme written after its name ("the EVOKE trial"). */
const STUDY_AFTER_WORDS = new Set(['app', 'trial', 'trials', 'study', 'studies', 'cohort', 'survey', 'scheme', 'programme', 'program', 'campaign', 'index']);

/** Lower-case kinds of area written after a name that stays outside the span ("Abbey ward"). */
const AREA_AFTER_WORDS = new Set(['ward', 'wards', 'division', 'divisions', 'constituency', 'constituencies', 'parish', 'parishes', 'precinct', 'township', 'suburb', 'neighbourhood', 'neighborhood', 'estate',
  'province', 'provinces', 'prefecture', 'governorate', 'oblast', 'municipality', 'districts', 'regions', 'counties',
  'port', 'city', 'town', 'village']);

/** Illnesses named with a possessive ("Alzheimer's"), unless a charity's name follows ("Alzheimer's Society"). */
const EPONYMOUS_ILLNESSES = new Set(['Alzheimer', 'Parkinson', 'Huntington', 'Crohn', 'Asperger', 'Tourette', 'Hodgkin', 'Addison', 'Graves', 'Cushing', 'Raynaud', 'Meniere', 'Bell', 'Lou Gehrig']);
const ORG_AFTER_ILLNESS = /^ (?:Society|Research|UK|Association|Foundation|Trust|Disease International)\b/;

const PARTY_OF_LETTER: Readonly<Record<string, string>> = { R: 'Republican Party', D: 'Democratic Party' };
/** The parties a bracketed word after a politician's name stands for (see addBracketedPartyLetters). */
const PARTY_OF_BRACKETED_WORD: Readonly<Record<string, string>> = {
  ...PARTY_OF_LETTER, Conservative: 'Conservative Party', Green: 'Green Party', Reform: 'Reform UK', Republican: 'Republican Party', Democrat: 'Democratic Party',
};

/** The states' postal codes, read only after a party letter ("R-TX"): alone, "IN", "OR" and "ME" are words. */
const US_STATE_CODES: ReadonlyMap<string, string> = new Map(Object.entries({
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
}));

/**
 * "R-Pa.", "D-Calif.", "R-TX": the party letter names the party, the rest the state, when the lexicon
 * knows the state's abbreviation; anything else in that shape is no name.
 */
function partyAndState(ctx: Context, t: Token): Candidate[] {
  const stateText = t.text.slice(2);
  const stateEnd = codeAt(ctx.text, t.end) === 46 && !stateText.endsWith('.') ? t.end + 1 : t.end;
  const postal = US_STATE_CODES.get(stateText);
  const state = ctx.lexicon.known.get(ctx.lexicon.keys.identity(postal ?? stateText));
  if (state?.type !== 'place') return [];
  const found: Candidate[] = [];
  const party = PARTY_OF_LETTER[t.text[0]];
  if (party !== undefined) found.push(plainCandidate(t.start, t.text[0], ctx.lexicon.keys.identity(party), evidenceOf(0, 5, 0, 0)));
  const text = ctx.text.slice(t.start + 2, stateEnd);
  found.push(plainCandidate(t.start + 2, text, ctx.lexicon.keys.identity(postal ?? text), evidenceOf(0, 0, 5, 0)));
  return found;
}

const PARTY_TOWN_START = /^[RD]-\p{Lu}\p{Ll}+$/u;

/** "Gov. Brian Kemp (R), who …", "Tom Ashby (Conservative)": a politician's party in brackets after the name. */
const BRACKETED_PARTY_LETTER = new RegExp(`(?:${Object.keys(PARTY_OF_BRACKETED_WORD).join('|')})(?=\\)[\\s,.;:])`, 'y');

function addBracketedPartyLetters(ctx: Context, candidates: Candidate[]): void {
  let added = false;
  // Right after each full name (most blocks have none followed by " ("): "Figure (R) shows" is a label.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.wordCount < 2 || codeAt(ctx.text, c.end) !== 32 || codeAt(ctx.text, c.end + 1) !== 40) continue;
    BRACKETED_PARTY_LETTER.lastIndex = c.end + 2;
    const match = BRACKETED_PARTY_LETTER.exec(ctx.text);
    const party = match ? PARTY_OF_BRACKETED_WORD[match[0]] : undefined;
    if (match === null || party === undefined) continue;
    candidates.push(plainCandidate(match.index, match[0], ctx.lexicon.keys.identity(party), evidenceOf(0, 5, 0, 0)));
    added = true;
  }
  if (added) candidates.sort((a, b) => a.start - b.start);
}

/** Between ", " or "(" and "," or ")": where a lawmaker's party tag stands. */
function isPartyTownTag(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = codeAt(text, end);
  return (before === ', ' || before.endsWith('(')) && (after === 44 || after === 41);
}

function partyAndTown(ctx: Context, start: number, end: number): Candidate[] {
  const party = PARTY_OF_LETTER[ctx.text[start]];
  const town = ctx.text.slice(start + 2, end);
  const words = town.split(' ').length;
  return [
    plainCandidate(start, ctx.text[start], ctx.lexicon.keys.identity(party), evidenceOf(0, 5, 0, 0)),
    { ...plainCandidate(start + 2, town, ctx.lexicon.keys.identity(town), evidenceOf(0, 0, 5, 0)), wordCount: words, lastWordKey: ctx.lexicon.keys.identity(town.slice(town.lastIndexOf(' ') + 1)) },
  ];
}

/** "Russia-Ukraine", "US-China": both halves places the lexicon knows well, as two place candidates. */
const ACRONYM_PART = /^\p{Lu}{2,8}$/u;

/** "ECOWAS-EAC forum", "US-EU talks": two bodies or places by their initials, each what the lexicon knows it as. */
function acronymPair(ctx: Context, t: Token, left: string, right: string): Candidate[] | undefined {
  const leftKnown = ctx.lexicon.known.get(ctx.lexicon.keys.identity(left));
  const rightKnown = ctx.lexicon.known.get(ctx.lexicon.keys.identity(right));
  // At least one side must be a name the lexicon knows: "AB-CD" alone may be a code.
  if (!leftKnown && !rightKnown) return undefined;
  // An unknown side must be as short as initials are ("MARS-VELLOUS!" is a pun in a capitals headline).
  if ((!leftKnown && left.length > 5) || (!rightKnown && right.length > 5)) return undefined;
  const evidence = (known: typeof leftKnown): Evidence => (known ? evidenceOf(known.type === 'person' ? 5 : 0, known.type === 'organization' ? 5 : 0,
    known.type === 'place' ? 5 : 0, known.type === 'misc' ? 5 : 0) : evidenceOf(0, 1.5, 0, 0));
  return [
    plainCandidate(t.start, left, ctx.lexicon.keys.identity(left), evidence(leftKnown)),
    plainCandidate(t.start + left.length + 1, right, ctx.lexicon.keys.identity(right), evidence(rightKnown)),
  ];
}

/** Capitals joined by hyphens, next to a slash: how Reuters and other wires file a story's topic. */
function isWireSlug(text: string, t: Token): boolean {
  return t.shape === 'upper' && t.text.indexOf('-') > 0 && (codeAt(text, t.end) === 47 || codeAt(text, t.start - 1) === 47);
}

function placePair(ctx: Context, t: Token): Candidate[] | undefined {
  const hyphen = t.text.indexOf('-');
  if (hyphen <= 0 || t.text.indexOf('-', hyphen + 1) >= 0 || t.possessive) return undefined;
  const left = t.text.slice(0, hyphen);
  const right = t.text.slice(hyphen + 1);
  if (!/^\p{Lu}/u.test(right) || ctx.lexicon.known.has(ctx.lexicon.keys.identity(t.text))) return undefined;
  if (ACRONYM_PART.test(left) && ACRONYM_PART.test(right)) return acronymPair(ctx, t, left, right);
  if (isKnownAs(ctx.lexicon, left, 'place', 3) && isKnownAs(ctx.lexicon, right, 'place', 3)) {
    const evidence = (): Evidence => evidenceOf(0, 0, 5, 0);
    return [
      plainCandidate(t.start, left, ctx.lexicon.keys.identity(left), evidence()),
      plainCandidate(t.start + hyphen + 1, right, ctx.lexicon.keys.identity(right), evidence()),
    ];
  }
  // "EU-Mercosur", "Israel-Hamas": two names the lexicon knows as bodies or countries, each its own.
  const leftKnown = ctx.lexicon.known.get(ctx.lexicon.keys.identity(left));
  const rightKnown = ctx.lexicon.known.get(ctx.lexicon.keys.identity(right));
  if (leftKnown === undefined || rightKnown === undefined || leftKnown.strength < 2 || rightKnown.strength < 2
    || leftKnown.type === 'person' || rightKnown.type === 'person') return undefined;
  const of = (type: EntityType): Evidence => { const e = evidenceOf(0, 0, 0, 0); e[typeIndex[type]] = 5; return e; };
  return [
    plainCandidate(t.start, left, ctx.lexicon.keys.identity(left), of(leftKnown.type)),
    plainCandidate(t.start + hyphen + 1, right, ctx.lexicon.keys.identity(right), of(rightKnown.type)),
  ];
}

/** Legal forms and group words that end a company's complete name ("… SA and Match Group Inc."). */
const COMPANY_FORMS = new Set(['Inc', 'Ltd', 'LLC', 'Llc', 'Plc', 'PLC', 'Corp', 'Corporation', 'SA', 'AG', 'NV', 'SE', 'GmbH', 'Group', 'Holdings', 'Co', 'Company', 'Limited']);

const COMMA_GAP = /^,[ \t\u00a0]+$/;

/**
 * From token `from` (after a comma): capitalised words, more comma-separated ones, then "and" and
 * capitalised words to the end of the name; the index after the last, or `from` when the list
 * does not end that way (then the comma ends the name: "the Ministry of Defence, Grant Shapps said").
 */
function listedComplementEnd(ctx: Context, from: number): number {
  const { tokens } = ctx;
  let k = from;
  for (let items = 0; items < 5; items++) {
    // "Climate Change, Energy, the Environment and Water": an item may take its article.
    if (items > 0 && tokens[k].text === 'the' && k + 1 < tokens.length && tokens[k + 1].shape === 'cap') k++;
    const itemStart = k;
    while (k < tokens.length && isNameShaped(tokens[k]) && tokens[k].shape === 'cap' && (k === itemStart || SPACE_GAP.test(gapBetween(ctx, tokens[k - 1], tokens[k])))) k++;
    if (k === itemStart || k - itemStart > 3 || k >= tokens.length) return from;
    // "the University of Oxford, Cambridge and Durham": a list of places is no one body's name.
    if (ctx.lexicon.known.get(ctx.lexicon.keys.identity(partText(ctx, tokens.slice(itemStart, k))))?.type === 'place') return from;
    const gap = gapBetween(ctx, tokens[k - 1], tokens[k]);
    if (COMMA_GAP.test(gap) && (isNameShaped(tokens[k]) || (tokens[k].text === 'the' && k + 1 < tokens.length && tokens[k + 1].shape === 'cap'))) continue;
    if (tokens[k].text === 'and' && SPACE_GAP.test(gap) && k + 1 < tokens.length && tokens[k + 1].shape === 'cap'
      && SPACE_GAP.test(gapBetween(ctx, tokens[k], tokens[k + 1]))) {
      let end = k + 1;
      while (end < tokens.length && tokens[end].shape === 'cap' && end - k <= 3 && SPACE_GAP.test(gapBetween(ctx, tokens[end - 1], tokens[end]))) end++;
      // The last item ends the name: the next word is no capitalised one of the same run.
      return end;
    }
    return from;
  }
  return from;
}

/** True when "(ICE)" follows `rest` and spells the capitalised words of `run` + "and" + `rest`. */
function spellsDefinedAcronym(ctx: Context, run: Token[], rest: Token[]): boolean {
  const end = rest[rest.length - 1].end;
  if (!opensParenthesis(ctx.text, end)) return false;
  const defined = DEFINED_ACRONYM.exec(ctx.text.slice(end, end + 16));
  if (!defined) return false;
  let lead = '';
  for (const t of run) if (t.shape !== 'lower' && !ARTICLES.has(t.text)) lead += t.text[0];
  let tail = '';
  for (const t of rest) tail += t.text[0];
  const acronym = defined[1].replace(/\./g, '');
  return acronym === lead + tail || acronym === `${lead}A${tail}`;
}



/** Maximal runs of name-shaped words with the connectors allowed inside names. */
const MAX_RUN = 12;

/** Particles that open a surname written without its given name ("de Armas", "van Dijk", "ter Stegen"). */
const SURNAME_LEADS = new Set(['de', 'van', 'von', 'da', 'di', 'del', 'della', 'du', 'ter', 'ten', 'dos', 'das']);
/** "a van Ford sold", "the van Driver": the English noun "van", not a particle. */
const DETERMINER_BEFORE_PARTICLE = /(?:^|[^\p{L}])(?:a|an|the|his|her|their|our|my|white|police|delivery|transit) $/iu;

function findRuns(ctx: Context): Token[][] {
  const runs: Token[][] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    // "against de Armas", "said van Dijk": a surname with its particle, no given name before it.
    const particleLead = tokens[i].shape === 'lower' && SURNAME_LEADS.has(tokens[i].text) && i + 1 < tokens.length
      && tokens[i + 1].shape === 'cap' && !tokens[i + 1].furniture && canContinue(ctx, tokens[i], tokens[i + 1]) && !DETERMINER_BEFORE_PARTICLE.test(ctx.text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start));
    if (!particleLead && !isNameShaped(tokens[i])) {
      i++;
      continue;
    }
    const run: Token[] = particleLead ? [tokens[i], tokens[i + 1]] : [withoutHyphenSuffix(tokens[i])];
    let j = particleLead ? i + 2 : i + 1;
    // Names are short: a run of a dozen capitalised words is a heading or a list, cut it there.
    while (j < tokens.length && run.length < MAX_RUN) {
      const last = tokens[j - 1];
      const next = tokens[j];
      if (isNameShaped(next) && canContinue(ctx, last, next)) {
        run.push(withoutHyphenSuffix(next));
        j++;
        continue;
      }
      // "Help to Buy", "Right to Buy": a name the lexicon knows whole through a small lower-case word.
      if (next.shape === 'lower' && run.length <= 3 && NAME_INNER_LOWER_WORDS.has(next.text) && j + 1 < tokens.length && isNameShaped(tokens[j + 1]) && next.line === last.line && tokens[j + 1].line === last.line
        && ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(run[0].start, tokens[j + 1].end)))) {
        run.push(next, tokens[j + 1]);
        j += 2;
        continue;
      }
      // "UN Mission in South Sudan", "UN Interim Force in Lebanon": a mission's country ends its name.
      if (next.text === 'in' && (last.text === 'Mission' || last.text === 'Force') && run.filter((t) => !ARTICLES.has(t.text)).length >= 2) {
        const placeWords = missionCountryAfter(ctx, tokens, j + 1);
        if (placeWords > 0 && canContinue(ctx, last, next)) {
          for (let m = j; m <= j + placeWords; m++) run.push(tokens[m]);
          j += placeWords + 1;
          continue;
        }
      }
      // "of", "for", "von der", "of the": only between capitalised words, and "of"/"for"/"on" only
      // after a head noun that takes a complement.
      if (next.shape === 'lower' && INNER_CONNECTORS.has(next.text) && canContinue(ctx, last, next)) {
        let k = j + 1;
        if (k < tokens.length && (CONNECTOR_ARTICLES.has(tokens[k].text) || INNER_CONNECTORS.has(tokens[k].text)) && canContinue(ctx, tokens[k - 1], tokens[k])) k++;
        const after = tokens[k];
        const complement = next.text === 'of' || next.text === 'for' || next.text === 'on';
        const first = run.length === 1;
        const takes = next.text === 'of' ? takesComplement(last.text, first) : takesPurpose(last.text, first);
        // "Treasury Committee of MPs": a plural complement is a description, not part of the name.
        const pluralComplement = after !== undefined && /^\p{Lu}+s$/u.test(after.text);
        const titleComplement = next.text === 'of' && CORE_TITLES.has(last.text) && after !== undefined && STATE_DEPARTMENTS.has(after.text);
        // "Representation of the People Bill", "Prevention of Terrorism Act": a law's name runs through "of".
        const lawAhead = next.text === 'of' && !takes && after !== undefined && endsInLawHead(ctx, k);
        // "Subaru of America", "Toyota of Canada": a known company's arm in a country.
        // "ACLU of Michigan": a body's acronym before a state names its branch there.
        const armInCountry = next.text === 'of' && (first || (run.length === 2 && ARTICLES.has(run[0].text))) && after !== undefined
          && (isKnownAs(ctx.lexicon, last.text, 'organization', 2) || (last.shape === 'upper' && last.text.length >= 3 && !COMMON_ACRONYMS.has(last.text)))
          && isKnownAs(ctx.lexicon, after.text, 'place', 2)
          && !(k + 1 < tokens.length && isNameShaped(tokens[k + 1]) && canContinue(ctx, after, tokens[k + 1]));
        // "Al Safwa Holdings of Abu Dhabi": a company's legal form ends its name, "of" says where it is.
        // ("Investment Corporation of Dubai", "Oil Company of Kuwait": "Corporation" and "Company" take their "of".)
        const seatAfterForm = next.text === 'of' && run.length > 1 && COMPANY_FORMS.has(last.text) && last.text !== 'Corporation' && last.text !== 'Company';
        // "the Culture Centre on Paterson Street": "on" a street says where, it names no purpose.
        const streetAfterOn = next.text === 'on' && after !== undefined && k + 1 < tokens.length && PLACE_HEADS.has(tokens[k + 1].text);
        // "Friends of the Earth", "Bank of the West": a name the lexicon knows whole runs through its connector.
        const knownWhole = complement && !takes && after !== undefined && (ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(last.start, after.end)))
          || (run[0] !== last && ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(run[0].start, after.end)))));
        // ("covers Congress for The Times": a title written with its capital "The" starts a name of its own.)
        const titleAfter = after?.text === 'The' || (k > j + 1 && tokens[k - 1].text === 'The');
        if (after && !titleAfter && isNameShaped(after) && canContinue(ctx, tokens[k - 1], after) && (!complement || takes || titleComplement || lawAhead || armInCountry || knownWhole)
          && !CALENDAR_WORDS.has(after.text) && !pluralComplement && !seatAfterForm && !streetAfterOn) {
          for (let m = j; m <= k; m++) run.push(tokens[m]);
          j = k + 1;
          continue;
        }
      }
      // "School of Business and Economics", "Organisation for Economic Co-operation and Development":
      // "and" only inside an "of"/"for" complement.
      if (next.text === 'and' && run.some((t) => t.text === 'of' || t.text === 'for') && canContinue(ctx, last, next)) {
        const after = tokens[j + 1];
        if (after && isNameShaped(after) && canContinue(ctx, next, after) && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(after.text))
          && !(tokens[j + 2] && isNameShaped(tokens[j + 2]) && canContinue(ctx, after, tokens[j + 2]) && ctx.lexicon.givenNames.has(after.text)
            // "… and Care Research" continues the name; "… and John Smith" starts a person's.
            && (!isCommon(ctx.lexicon, after.text) || isPersonName(ctx.lexicon, tokens[j + 2].text) || !isCommon(ctx.lexicon, tokens[j + 2].text)))) {
          run.push(next, after);
          j += 2;
          continue;
        }
      }
      // "Wachtell, Lipton, Rosen & Katz", "Cravath, Swaine & Moore": a partnership's surnames, listed
      // with commas and closed by an ampersand, are one firm.
      if (run.length === 1 && last.shape === 'cap' && codeAt(ctx.text, last.end) === 44) {
        const firm = FIRM_NAME_TAIL.exec(ctx.text.slice(last.end, last.end + 80));
        // (Not a list of places: "Paris, London & New York".)
        // (Nor a list that goes on: "Macmillan, HarperCollins, Simon & Schuster and Hachette".)
        if (firm && !LIST_GOES_ON.test(ctx.text.slice(last.end + firm[0].length, last.end + firm[0].length + 6))
          && ![last.text, ...firm[0].split(/[\s,&]+/)].some((w) => w.length > 0 && isKnownAs(ctx.lexicon, w, 'place', 3))) {
          const firmEnd = last.end + firm[0].length;
          while (j < tokens.length && tokens[j].start < firmEnd) run.push(tokens[j++]);
          break;
        }
      }
      // "Ministry of Housing, Communities and Local Government", "Department for Digital, Culture,
      // Media and Sport": a listed complement of a body's head, ending in "and" + capitalised words.
      if (isMarkThenBlanks(ctx.text, gapStart(last), next.start, isCommaCode) && isNameShaped(next) && run.some((t) => t.text === 'of' || t.text === 'for')
        && takesComplement(run[0].text === 'The' ? run[1]?.text ?? '' : run[0].text, true)) {
        const listEnd = listedComplementEnd(ctx, j);
        if (listEnd > j) {
          for (let m = j; m < listEnd; m++) run.push(tokens[m]);
          j = listEnd;
          continue;
        }
      }
      // "Federal Mediation and Conciliation Service", "Securities and Exchange Commission": "and"
      // before capitalised words ending in an organisation head, when the run so far has no head of
      // its own (a lone plural head is a modifier); "Immigration and Customs Enforcement (ICE)":
      // any words, when the acronym defined right after spells the whole.
      // ("Chelsea and Westminster Hospital", "Barking and Dagenham Council": two places before an
      // institution's head name one institution.)
      const institution = next.text === 'and' && placesBeforeInstitution(ctx, run, tokens, j);
      if (next.text === 'and' && canContinue(ctx, last, next) && (institution
        || (!isGivenName(ctx.lexicon, run[0].text) && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(last.text))))) {
        let k = j + 1;
        while (k < tokens.length && isNameShaped(tokens[k]) && canContinue(ctx, tokens[k - 1], tokens[k])) k++;
        const continues = k < tokens.length && INNER_CONNECTORS.has(tokens[k].text) && canContinue(ctx, tokens[k - 1], tokens[k]);
        const loneWord = run.length === 1 || (run.length === 2 && ARTICLES.has(run[0].text));
        // "Cumbria Fire and Rescue Service": an event's head word before a body's tail is no head.
        const headless = !takesComplement(last.text, false) || (loneWord && PLURAL_ENDING.test(last.text))
          || (MISC_HEADS.has(last.text) && !ORG_HEADS.has(last.text) && ORG_HEADS.has(tokens[k - 1].text));
        const endsInHead = ORG_HEADS.has(tokens[k - 1].text) || ORG_PREFIX_HEADS.has(tokens[k - 1].text) || MISC_HEADS.has(tokens[k - 1].text);
        // "Spotify Technology SA and Match Group Inc.", "Adani Ports and Tata Motors": two names listed, not one.
        const shortTail = k - j <= 3 && !COMPANY_FORMS.has(last.text) && !COMPANY_FORMS.has(tokens[k - 1].text.replace(/\.$/, ''))
          && !(run.length >= 2 && !ARTICLES.has(run[0].text) && COMPANY_PLURAL_HEADS.has(last.text));
        // ("Bath and North East Somerset Council", "Brighton and Hove City Council": a place, then one of several words, before the institution's head.)
        // (An institution's head may be followed by "on Tuesday"; only "of"/"for" would continue its name.)
        const continuesWithComplement = continues && (tokens[k].text === 'of' || tokens[k].text === 'for');
        // "Goldman Sachs and Deutsche Bank": two bodies the lexicon knows are listed, not one name.
        const knownBody = (part: Token[]) => part.length > 0 && ctx.lexicon.known.get(ctx.lexicon.keys.identity(partText(ctx, part)))?.type === 'organization';
        const knownEither = k > j + 1 && (knownBody(run) || knownBody(tokens.slice(j + 1, k)));
        // (Up to two words for any institution, "Chelsea and Westminster Hospital"; four for a local
        // authority named after its area only: "Kidderminster and Bromsgrove Community Hospital" is a town and a hospital.)
        const areaAuthority = AREA_AUTHORITY_HEADS.has(tokens[k - 1].text);
        if (k > j + 1 && ((institution && endsInHead && (k - j <= 3 || (areaAuthority && k - j <= 5)) && !continuesWithComplement)
          || (!continues && !knownEither && k - j <= 4 && ((headless && endsInHead && shortTail) || spellsDefinedAcronym(ctx, run, tokens.slice(j + 1, k)))))) {
          for (let m = j; m < k; m++) run.push(tokens[m]);
          j = k;
          continue;
        }
      }
      // "Andrew "Twiggy" Forrest", "Kevin ‘Boxer’ Moran": a quoted nickname between a given name and a surname
      // ('Zohaib "Zo" Qadri': or a first name the lists lack, when neither it nor the surname is a plain word).
      if (isNameShaped(next) && j + 1 < tokens.length && (run.length === 1 || (run.length === 2 && (wordCues(run[0].text) & (CUE_CORE_TITLE | CUE_COURTESY_TITLE)) !== 0)) && last.shape === 'cap'
        && (isGivenName(ctx.lexicon, last.text) || (!isCommon(ctx.lexicon, last.text) && !isCommon(ctx.lexicon, tokens[j + 1].text)
          && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(last.text))))
        && QUOTE_OPEN_GAP.test(gapBetween(ctx, last, next)) && isNameShaped(tokens[j + 1]) && tokens[j + 1].shape === 'cap'
        && QUOTE_CLOSE_GAP.test(gapBetween(ctx, next, tokens[j + 1])) && next.line === last.line && tokens[j + 1].line === last.line) {
        run.push(next, tokens[j + 1]);
        j += 2;
        continue;
      }
      // "Highway 4", "Route 66", "Interstate 5"; "Ethiopian Airlines Flight 302".
      if (next.shape === 'number' && (ROAD_WORDS.has(last.text) || last.text === 'Flight') && canContinue(ctx, last, next) && next.text.length <= 4) {
        run.push(next);
        j++;
        break;
      }
      // "S&P 500", "FTSE 100": an index and its number; "Billboard Hot 100": a name the lexicon knows with its number.
      if (next.shape === 'number' && (last.text.includes('&') || STOCK_INDEXES.has(last.text)
        || ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(run[0].start, next.end)))) && canContinue(ctx, last, next) && next.text.length <= 4) {
        run.push(next);
        j++;
        break;
      }
      // "SEIU Local 1199", "IAM District 751", "Region 2", "Ward 5": a body's or an area's numbered unit.
      if (next.shape === 'number' && NUMBERED_UNITS.has(last.text) && /^\d{1,5}$/.test(next.text) && canContinue(ctx, last, next)) {
        run.push(next);
        j++;
        break;
      }
      // "KARE 11", "WCCO 4 News": a US station's call sign, its channel and what follows them.
      if (next.shape === 'number' && last.shape === 'upper' && CALL_SIGN.test(last.text) && /^\d{1,2}$/.test(next.text) && canContinue(ctx, last, next)) {
        run.push(next);
        j++;
        // ("told KSMN 6. Teachers will …": the full stop after the channel ends the sentence.)
        if (j < tokens.length && isSpaceGap(ctx.text, next.end, tokens[j].start)) continue;
        break;
      }
      // "Budget 2026", "Expo 2025", "World Cup 2026": an event's or a document's year in its name.
      if (next.shape === 'number' && isEventYear(last.text, next.text) && canContinue(ctx, last, next)) {
        run.push(next);
        j++;
        break;
      }
      // "iPhone 17", "PlayStation 5": a number right after a mixed-case or CamelCase product word;
      // "Strata 400C", "Ascend 910C", "Boeing 737", "Windows 11": a model number after a name.
      if (next.shape === 'number') {
        // ("AfD 23.9, SPD 16.1": a party's share in a results list is no model number.)
        const productWord = (last.shape === 'mixed' || (last.shape === 'cap' && hasInnerCapital(last.text) && !last.possessive)) && !inTally(ctx.text, last.start, next.end);
        const modelNumber = !last.possessive && last.shape !== 'lower' && isModelNumber(ctx, last, next);
        if ((productWord || modelNumber) && canContinue(ctx, last, next) && next.text.length <= 5) {
          run.push(next);
          j++;
          // "Pixel 10 Pro", "iPhone 17 Pro Max": the model's edition after its number.
          while (j < tokens.length && MODEL_EDITIONS.has(tokens[j].text) && canContinue(ctx, run[run.length - 1], tokens[j])) {
            run.push(tokens[j]);
            j++;
          }
        }
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Length of a title sequence starting at run[i] (0 when none). */
function titleLength(run: Token[], i: number, words: RunLexicon): number {
  // "Department of Justice", "Ministry of Defence", "Brennan Center for Justice": a title word after
  // "of" or "for" completes a body's name.
  // ("Office of the Comptroller of the Currency": after "of the" too.)
  const before = i > 1 && run[i - 1].text === 'the' ? run[i - 2].text : i > 0 ? run[i - 1].text : '';
  if (before === 'of' || before === 'for') return 0;
  // "U.S. Attorney's Office", "Sheriff's Office": an owner in the possessive is no title.
  if (run[i].possessive) return 0;
  let j = i;
  let hasCore = false;
  let roleOnly = false;
  while (j < run.length) {
    const w = run[j].text;
    const cues = wordCues(w);
    if ((cues & (CUE_CORE_TITLE | CUE_COURTESY_TITLE)) !== 0 || (w.indexOf('-') > 0 && ELECT_TITLE.test(w)) && CORE_TITLES.has(w.slice(0, w.indexOf('-')))) hasCore = true;
    else if (!hasCore && run[j].shape === 'cap' && !run[j].possessive && words.roleTitle(w)) {
      // "Sheriff Tom Valenzuela", "Referee Tom Kirkbride": a role noun used as a title (an owner,
      // "People's Bank of China", is none).
      hasCore = true;
      roleOnly = true;
    } else if ((cues & CUE_TITLE_MODIFIER) === 0) break;
    j++;
    // "Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel Reeves", "Minister for
    // Finance Paschal Donohoe"
    if (j + 1 < run.length && (run[j].text === 'of' || run[j].text === 'for') && CORE_TITLES.has(run[j - 1].text)) {
      const k = run[j + 1].text === 'the' ? j + 2 : j + 1;
      if (k < run.length && STATE_DEPARTMENTS.has(run[k].text)) j = k + 1;
    }
    // "Crown Prince Mohammed bin Salman"
    if (w === 'Crown' && (run[j]?.text === 'Prince' || run[j]?.text === 'Princess')) {
      hasCore = true;
      j++;
    }
  }
  if (!hasCore) return 0;
  // "Huw Pill, Chief Economist, said": a title and one role noun ending the run are one job title.
  if (j + 1 === run.length && run[j].shape === 'cap' && !run[j].possessive && words.roleTitle(run[j].text) && !run[i].headline) return j + 1 - i;
  // "General Motors", "Justice Department": the title words belong to an organisation name.
  const rest = run.slice(j);
  const lastRest = rest[rest.length - 1]?.text;
  // ("Chief Bob Day", "Gov. Ron Park": a given name and a surname that is also a head.)
  // ("Queen Elizabeth Hospital": a body named after the person keeps its title.)
  const givenAndSurname = rest.length === 2 && rest[1].shape === 'cap' && words.givenName(rest[0].text) && !words.plainWord(rest[0].text)
    && !NAMED_AFTER_HEADS.has(rest[1].text);
  if (lastRest && !givenAndSurname && (ORG_HEADS.has(lastRest) || MISC_HEADS.has(lastRest) || PLACE_HEADS.has(lastRest))) return 0;
  // "Major League Soccer": a head right after the would-be title.
  // ("Sen. Bill Cassidy": a given name that is also a head, before a surname.)
  if (rest.length > 0 && (rest[0].text === 'League' || MISC_HEADS.has(rest[0].text))
    && !(rest.length >= 2 && rest[1].shape === 'cap' && words.givenName(rest[0].text))) return 0;
  if (rest.length > 0 && rest[0].shape === 'lower' && !NAME_PARTICLES.has(rest[0].text)) return 0;
  // A role noun is a title only before a given name ("Sheriff Tom Valenzuela", not "Leaders Agree …").
  if (roleOnly && !(rest.length >= 2 && rest[0].shape === 'cap' && words.givenName(rest[0].text) && !run[i].headline)) return 0;
  return j - i;
}

/** Titles held by members of a party or chamber. */
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MEP', 'MSP', 'TD', 'MLA', 'Senator', 'Sen', 'Congressman', 'Congresswoman', 'Representative', 'Rep', 'Councillor', 'Councilor', 'Peer', 'Leader', 'Deputy']);

interface RunLexicon {
  givenName(word: string): boolean;
  roleTitle(word: string): boolean;
  plainWord(word: string): boolean;
  /** Listed in the lexicon of known names ("US", "EU"). */
  knownName(word: string): boolean;
  /** A body the lexicon knows for sure although its name is a plain word ("Labour", "Senate"). */
  wellKnownBody(word: string): boolean;
  /** A name the lexicon knows as an organisation ("General Electric"). */
  knownBody(name: string): boolean;
  /** A word the lexicon knows as the short name of a body ("Fed"). */
  knownShortBody(word: string): boolean;
  /** A country or city the lexicon knows well. */
  knownPlace(word: string): boolean;
  /** In the lists of people's names. */
  surname(word: string): boolean;
  /** The month at `i` of the run is a given name (see monthAsGivenName). */
  monthAsGivenName(run: readonly Token[], i: number): boolean;
}

/** The RunLexicon of a Lexicon: one object per document, not one closure per question. */
class RunWords implements RunLexicon {
  declare private readonly lexicon: Lexicon;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  givenName(w: string): boolean {
    return isGivenName(this.lexicon, w);
  }

  roleTitle(w: string): boolean {
    const lexicon = this.lexicon;
    return !w.endsWith('s') && hasLowerFlag(lexicon, w, LOWER_ROLE) && !isGivenName(lexicon, w) && !isPersonName(lexicon, w) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w);
  }

  plainWord(w: string): boolean {
    return isCommon(this.lexicon, w) && !isGivenName(this.lexicon, w);
  }

  knownName(w: string): boolean {
    return this.lexicon.known.has(this.lexicon.keys.identity(w));
  }

  surname(w: string): boolean {
    return isPersonName(this.lexicon, w);
  }

  monthAsGivenName(run: readonly Token[], i: number): boolean {
    return monthAsGivenName(this.lexicon, run, i, run.length);
  }

  knownPlace(w: string): boolean {
    return isKnownAs(this.lexicon, w, 'place', 3);
  }

  wellKnownBody(w: string): boolean {
    return isKnownAs(this.lexicon, w, 'organization', 4);
  }

  knownBody(name: string): boolean {
    return this.lexicon.known.get(this.lexicon.keys.identity(name))?.type === 'organization';
  }

  knownShortBody(word: string): boolean {
    return isKnownShortBodyName(this.lexicon, word);
  }
}

/** The parts with a place, body or outlet cut from the person beside it (see below); the same array when nothing is cut (most runs). */
function splitNamedParts(ctx: Context, parts: Part[]): Part[] {
  let split: Part[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.tokens.length < 3) {
      split?.push(part);
      continue;
    }
    const beforePerson = splitBeforePerson(ctx, part);
    const pieces = beforePerson.length > 1 ? beforePerson : splitBeforeOutlet(ctx, part);
    if (pieces.length > 1 && !split) split = parts.slice(0, i);
    if (split) split.push(...pieces);
  }
  return split ?? parts;
}

/**
 * "Mayor of Greater Manchester Andy Burnham", "Governor of the Bank of England Andrew Bailey": a
 * known name, or one ending in a head word, then a given name and a surname are two names.
 */
function splitBeforePerson(ctx: Context, part: Part): Part[] {
  const tokens = part.tokens;
  const n = tokens.length;
  // The given name is the last word but one, the surname the last; two words at least come before,
  // none a given name (not "Mary Lou McDonald", "Mount Washington Wilderness").
  const i = n - 2;
  if (i < 2) return [part];
  const given = tokens[i];
  const surname = tokens[n - 1];
  const before = tokens[i - 1];
  if (given.shape !== 'cap' || !isGivenName(ctx.lexicon, given.text) || isCommon(ctx.lexicon, given.text)) return [part];
  if (surname.shape !== 'cap' || ORG_HEADS.has(surname.text) || PLACE_HEADS.has(surname.text) || MISC_HEADS.has(surname.text)) return [part];
  if (before.possessive || isGivenName(ctx.lexicon, before.text)) return [part];
  const prefixText = ctx.text.slice(tokens[0].start, before.end);
  const namedBefore = ORG_HEADS.has(before.text) || (ctx.lexicon.known.get(ctx.lexicon.keys.identity(prefixText))?.strength ?? 0) >= 2
    || isKnownAs(ctx.lexicon, before.text, 'place', 2);
  return namedBefore ? [{ tokens: tokens.slice(0, i), titled: false, beforeTitle: false }, { ...part, tokens: tokens.slice(i) }] : [part];
}

/** "By Alex Miller Fox News", "Jane Smith CNN": a byline's given name and surname, then the body the lexicon knows. */
function splitBeforeOutlet(ctx: Context, part: Part): Part[] {
  const tokens = part.tokens;
  const n = tokens.length;
  const from = tokens[0].text === 'By' ? 1 : 0;
  if (n - from < 3 || !isGivenName(ctx.lexicon, tokens[from].text)) return [part];
  for (let i = from + 2; i <= Math.min(from + 3, n - 1); i++) {
    // (A body of two words or initials: "Mary Lou McDonald" is no byline before McDonald's.)
    if (i === n - 1 && tokens[i].shape !== 'upper') continue;
    const body = ctx.lexicon.known.get(ctx.lexicon.keys.identity(ctx.text.slice(tokens[i].start, tokens[n - 1].end)));
    if (body?.type === 'organization' && body.strength >= 3) {
      return [{ ...part, tokens: tokens.slice(0, i) }, { tokens: tokens.slice(i), titled: false, beforeTitle: false }];
    }
  }
  return [part];
}

/**
 * "By Sunday Aborisade" alone on its line (or before a comma): a byline, where a weekday is a given
 * name (Nigerian names often are). The index of that weekday in the run, or -1.
 */
function bylineWeekdayName(text: string, run: readonly Token[]): number {
  const at = run.length > 0 && run[0].text === 'By' ? 1 : 0;
  if (run.length !== at + 2 || !WEEKDAY_NAMES.has(run[at].text) || run[at + 1].shape !== 'cap' || CALENDAR_WORDS.has(run[at + 1].text)) return -1;
  const lineStart = text.lastIndexOf('\n', run[at].start - 1) + 1;
  return BYLINE_LEAD.test(text.slice(lineStart, run[at].start)) && BYLINE_END.test(text.slice(run[at + 1].end, run[at + 1].end + 3)) ? at : -1;
}
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const BYLINE_LEAD = /^[ \t]*By[ \t]+$/i;
const BYLINE_END = /^(?:[ \t]*(?:[\r\n,|]|$))/;

/**
 * `afterThe`: the run follows "the" ("to the Treasury James Murray"); `raceFollows`: an election
 * word follows it ("Senate race"); `afterPortfolioTitle`: a minister's "for" or "of" precedes it.
 */
function splitRun(run: Token[], words: RunLexicon, afterThe = false, raceFollows = false, afterPortfolioTitle = false): Part[] {
  const parts: Part[] = [];
  let current: Part = { tokens: [], titled: false, beforeTitle: false };
  const flush = (beforeTitle: boolean) => {
    if (beforeTitle) {
      // "County Administrative Officer Ravi Chandra": plain words before a title belong to it.
      // "Labour MP Rosie Duffield", "Senate Majority Leader John Thune": but a body the lexicon knows
      // well is named before the title all the same.
      let end = current.tokens.length;
      // ("Federal Reserve Chair Jerome Powell": plain words that together name a body the lexicon knows stay.)
      const knownBody = end >= 2 && words.knownName(current.tokens.map((t) => t.text).join(' '));
      while (!knownBody && end > 0 && current.tokens[end - 1].shape === 'cap' && words.plainWord(current.tokens[end - 1].text)
        && !PLACE_HEADS.has(current.tokens[end - 1].text) && !ORG_HEADS.has(current.tokens[end - 1].text)
        && !(end >= 2 && COMPASS_WORDS.has(current.tokens[end - 1].text) && words.knownPlace(current.tokens[end - 2].text))
        // ("Kansas City Fed President Jeffrey Schmid": a body's short name the lexicon knows ends the name.)
        && !(end >= 2 && words.knownShortBody(current.tokens[end - 1].text))
        && !(end === 1 && words.wellKnownBody(current.tokens[0].text))) end--;
      current.tokens = current.tokens.slice(0, end);
      // "US President Donald Trump": a known acronym before a title is a name even when it spells a
      // plain word ("US" / "us").
      // ("Cook County Commissioner Bill Lowry", "Financial Services Commission Chairman Lee": plain words
      // before a place's or a body's head name it; not "Senior Media Officer", a title.)
      const lastWord = current.tokens[current.tokens.length - 1]?.text ?? '';
      // ("the Dublin Central TD", "Bengaluru South MP": a constituency, a place and its part.)
      const namedByHead = current.tokens.length >= 2 && (PLACE_HEADS.has(lastWord)
        || (ORG_HEADS.has(lastWord) && (wordCues(current.tokens[0].text) & CUE_TITLE_MODIFIER) === 0)
        || (COMPASS_WORDS.has(lastWord) && words.knownPlace(current.tokens[current.tokens.length - 2].text)));
      if (!knownBody && !namedByHead && current.tokens.every((t) => t.shape === 'lower' || (words.plainWord(t.text) && !(t.shape === 'upper' && words.knownName(t.text))
        && !(current.tokens.length === 1 && words.wellKnownBody(t.text))))) current.tokens = [];
    }
    // ("Deputy Senate President Barau Jibrin": a chamber between two titles is no titled person.)
    if (beforeTitle && current.titled && current.tokens.length === 1 && words.wellKnownBody(current.tokens[0].text)) current.titled = false;
    if (current.tokens.length > 0) {
      current.beforeTitle = beforeTitle;
      parts.push(current);
    }
    current = { tokens: [], titled: false, beforeTitle: false };
  };
  for (let i = 0; i < run.length; ) {
    const t = run[i];
    // "Labour MP", "Labor Senator": a party before a member's title names the party, not a department.
    const partyOfMember = i + 1 < run.length && MEMBER_TITLES.has(run[i + 1].text) && words.wellKnownBody(t.text);
    // "Democrat Adam Gray", "Republican David Valadao": a party word before a given name is an
    // adjective of the person (labels leave it out).
    // ("Democrat Sherrod Brown": a given name the lists lack, when a capitalised surname follows it.)
    if (current.tokens.length === 0 && i === 0 && PARTY_DESCRIPTORS.has(t.text) && i + 1 < run.length
      && run[i + 1].shape === 'cap' && !words.plainWord(run[i + 1].text)
      && (words.givenName(run[i + 1].text) || (i + 2 < run.length && run[i + 2].shape === 'cap'))) {
      i++;
      continue;
    }
    // "Lagos State Governor", "Kerala State Minister": "State" belongs to the state's name, not the title.
    if (t.text === 'State' && current.tokens.length > 0 && current.tokens[current.tokens.length - 1].shape === 'cap' && i + 1 < run.length
      && titleLength(run, i + 1, words) > 0) {
      current.tokens.push(t);
      i++;
      continue;
    }
    let title = t.shape === 'lower' || partyOfMember ? 0 : titleLength(run, i, words);
    // "Sam Dean said", "John Major": a title word ending the run right after a given name is a surname.
    const before = current.tokens[current.tokens.length - 1];
    // ("Judge Nicholas Dean KC": post-nominal letters after it change nothing.)
    if (title > 0 && (i + title === run.length || run.slice(i + title).every((r) => POST_NOMINALS.has(r.text))) && before !== undefined && before.shape === 'cap' && t.shape === 'cap'
      && words.givenName(before.text) && !words.plainWord(before.text)) title = 0;
    // "Prime Minister's Questions": a title's possessive in a name the lexicon knows whole (not
    // "President Trump", which the lexicon knows too but whose title stays out of the span).
    if (title > 0 && current.tokens.length === 0 && title < run.length - i && run[i + title - 1].possessive
      && words.knownName(run.slice(i).map((r) => (r.possessive ? `${r.text}'s` : r.text)).join(' '))) {
      current.tokens.push(...run.slice(i));
      break;
    }
    // "General Electric", "General Mills": a company the lexicon knows whose name opens with a title word.
    if (title === 1 && current.tokens.length === 0 && i + 1 < run.length && TITLE_WORDS_OPENING_COMPANIES.has(t.text) && words.knownBody(`${t.text} ${run[i + 1].text}`)) title = 0;
    if (title > 0) {
      flush(true);
      current.titled = true;
      i += title;
      continue;
    }
    // "(President of) France Emmanuel Macron", "Mayor of London Sadiq Khan": a place the lexicon
    // knows well, then a given name and a surname, is a place and a person.
    // ("Chief Secretary to the Treasury James Murray": after "the", a capitalised common word before
    // a given name and a surname that are no common words, likewise; not "the Fort Mason Center".)
    if (current.tokens.length === 0 && i + 2 < run.length && t.shape === 'cap' && !words.givenName(t.text)
      && run[i + 1].shape === 'cap' && run[i + 2].shape === 'cap' && i + 3 === run.length
      && ((words.knownPlace(t.text) && (words.givenName(run[i + 1].text) || (!words.plainWord(run[i + 1].text) && words.surname(run[i + 2].text))))
        || (afterThe && bodyBeforePerson(t, run[i + 1], run[i + 2], words)))) {
      parts.push({ tokens: [t], titled: false, beforeTitle: false });
      i++;
      continue;
    }
    // "Theresa May", "Brian May": a month after a given name is a surname.
    const previous = current.tokens[current.tokens.length - 1];
    const surnameMonth = previous !== undefined && previous.shape === 'cap' && words.givenName(previous.text);
    // "Good Friday Agreement", "May Day Parade": a calendar word inside a document's or event's name.
    const insideName = i + 1 < run.length && i > 0 && run[i + 1].shape === 'cap' && MISC_HEADS.has(run[run.length - 1].text) && !CALENDAR_WORDS.has(run[i + 1].text);
    // "Sun Hung Kai Properties", "Jun Young-hyun": a day's or month's abbreviation opening a name is part of it.
    const abbreviationInName = current.tokens.length === 0 && t.text.length === 3 && t.shape === 'cap' && i + 1 < run.length && run[i + 1].shape === 'cap' && !CALENDAR_WORDS.has(run[i + 1].text);
    if (CALENDAR_WORDS.has(t.text) && t.shape !== 'lower' && !surnameMonth && !insideName && !abbreviationInName && !words.monthAsGivenName(run, i)) {
      flush(false);
      i++;
      continue;
    }
    // "Minister for Public Expenditure Jack Chambers": after a minister's "for", plain words of a
    // portfolio, then a given name and a surname ending the run, are the title's and the person's.
    if (afterPortfolioTitle && parts.length === 0 && current.tokens.length > 0 && i + 2 === run.length && t.shape === 'cap' && run[i + 1].shape === 'cap' && words.givenName(t.text)
      && !words.plainWord(t.text) && current.tokens.every((c) => c.shape === 'cap' && words.plainWord(c.text))) {
      flush(true);
      current.titled = true;
    }
    // "Senate Republicans", "House Democrats": the chamber, then its members' party (both named).
    // "Georgia Senate race": a state's seat in the US Senate, not its state senate.
    if (startsSecondPerson(current.tokens, run, i, words) || membersAfterChamber(current.tokens, t) || afterHeadlineStormName(current.tokens, t)
      || (raceFollows && i === run.length - 1 && (t.text === 'Senate' || t.text === 'House') && current.tokens.length > 0
        && words.knownPlace(current.tokens[current.tokens.length - 1].text))) flush(false);
    current.tokens.push(t);
    i++;
  }
  flush(false);
  return parts;
}

const THE_BEFORE = /(?:^|[^\p{L}])the $/u;

/** "Hurricane Gonzalo Makes Landfall", "Storm Amy Batters Scotland": in a headline, a storm's name is one word. */
function afterHeadlineStormName(current: readonly Token[], t: Token): boolean {
  const n = current.length;
  return t.headline && n >= 2 && STORM_KINDS.has(current[n - 2].text) && current[n - 1].shape === 'cap';
}
const PORTFOLIO_TITLE_BEFORE = /(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Minister of State) (?:for|of) $/;
const RACE_AFTER = /^ (?:race|races|seat|seats|contest|campaign|bid|candidate|candidates|nominee|nomination|primary|runoff)\b/;

function membersAfterChamber(current: readonly Token[], t: Token): boolean {
  return current.length === 1 && CHAMBERS.has(current[0].text) && t.text.endsWith('s') && PARTY_DESCRIPTORS.has(t.text);
}
/** Generational suffixes after a surname. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** "(the) Treasury James Murray": a common word that heads no name, then a person's name of uncommon words. */
function bodyBeforePerson(body: Token, given: Token, surname: Token, words: RunLexicon): boolean {
  return words.plainWord(body.text) && !PLACE_HEADS.has(body.text) && !words.surname(body.text)
    && words.givenName(given.text) && !words.plainWord(given.text) && !words.plainWord(surname.text);
}

/**
 * "Tags Brian Kemp Buddy Carter Donald Trump": a given name and a surname, then another given name
 * with its surname, is a list of people (a topics line, a caption's names), not one long name.
 */
function startsSecondPerson(current: readonly Token[], run: readonly Token[], i: number, words: RunLexicon): boolean {
  const n = current.length;
  if (n < 2 || i + 1 >= run.length || run[i].shape !== 'cap' || run[i + 1].shape !== 'cap') return false;
  // Not after an initial or a particle ("John F. Kennedy", "Monica De La Cruz"), nor in a building's
  // or a body's name ("Martin Luther King Jr. Federal Building").
  const last = current[n - 1];
  // (Nor after a Malay style: "Tan Sri Muhyiddin Yassin".)
  if (last.text.length <= 2 || last.text.endsWith('.') || last.text === 'Sri' || last.text === 'Seri'
    || NAME_PARTICLES.has(last.text.toLowerCase()) || NAME_PARTICLES.has(run[i].text.toLowerCase())) return false;
  if (run.some((t) => NAME_SUFFIXES.has(t.text) || PLACE_HEADS.has(t.text) || ORG_HEADS.has(t.text) || MISC_HEADS.has(t.text))) return false;
  const given = (t: Token) => t.shape === 'cap' && words.givenName(t.text) && !words.plainWord(t.text);
  // (The first given name may be a plain word as well, "Buddy Carter"; the second starts a name, so it may not.
  // A surname that is also a given name, "Carter", counts in a long run only, which is a list: "Martin Luther King Jr.")
  return given(run[i]) && current[n - 2].shape === 'cap' && words.givenName(current[n - 2].text) && last.shape === 'cap'
    && (!words.givenName(last.text) || words.surname(last.text) || run.length >= 6);
}

/**
 * "Judge April Perry", "June Sarpong": a month that is also a given name, before a surname (not a
 * common word or a place), and not after "In".
 */
function monthAsGivenName(lexicon: Lexicon, tokens: readonly Token[], a: number, b: number): boolean {
  if (!MONTH_GIVEN_NAMES.has(tokens[a].text) || a + 1 >= b) return false;
  const next = tokens[a + 1];
  return next.shape === 'cap' && !CALENDAR_WORDS.has(next.text) && (!isCommon(lexicon, next.text) || isPersonName(lexicon, next.text) || isGivenName(lexicon, next.text))
    && !isKnownAs(lexicon, next.text, 'place', 2) && !(a > 0 && DATE_PREPOSITIONS.has(tokens[a - 1].text));
}

/** Months that are also given names. */
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['April', 'May', 'June', 'Jan']);
/** Capitalised words before a month that make it a date ("In June", "Since May"). */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['In', 'On', 'By', 'Since', 'Until', 'From', 'Last', 'Next', 'This', 'Early', 'Late', 'Mid', 'Through', 'During']);

function lastNameToken(tokens: Token[]): Token {
  return tokens[tokens.length - 1];
}

const PLURAL_ENDING = /[^s]s$/;
const ACCENTS = /[\u0300-\u036f]/g;

function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(ACCENTS, '');
}

/** Given name, also written with accents the list lacks ("Luís", "José"). */
function isGivenName(lexicon: Lexicon, word: string): boolean {
  return (wordFacts(lexicon, word) & FACT_GIVEN_NAME) !== 0;
}

// What the finder asks most often about a word (its lower-case flags, whether it is a given name),
// read once per distinct word and memoised on the lexicon: a name's words are asked about many
// times per document, and a hit is one lookup of the string (which keeps its hash) instead of
// hashing its characters again and probing the lists.
/** Above the LOWER_ flags (1, 2, 4) in a word's facts. */
const FACT_GIVEN_NAME = 1 << 8;
const WORD_FACTS_LIMIT = 50_000;

/** The LOWER_ flags of `word` in any capitalisation, and FACT_GIVEN_NAME. */
function wordFacts(lexicon: Lexicon, word: string): number {
  const facts = lexicon.wordFacts.get(word);
  return facts !== undefined ? facts : rememberWordFacts(lexicon, word);
}

/** A word's facts read for the first time (apart from `wordFacts`, whose memoised path its callers inline). */
function rememberWordFacts(lexicon: Lexicon, word: string): number {
  const memo = lexicon.wordFacts;
  if (memo.size >= WORD_FACTS_LIMIT) memo.clear();
  const givenName = lexicon.givenNames.has(word) || (hasNonAscii(word) && lexicon.givenNames.has(withoutAccents(word)));
  const facts = lowerFlagsOf(lexicon, word) | (givenName ? FACT_GIVEN_NAME : 0);
  memo.set(word, facts);
  return facts;
}

function isPersonName(lexicon: Lexicon, word: string): boolean {
  return lexicon.personNames.has(word) || (hasNonAscii(word) && lexicon.personNames.has(withoutAccents(word)));
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** "JOHN" → "John", for name-list lookups of words written in capitals. */
function titleCase(word: string): string {
  return word.length > 1 ? word[0] + word.slice(1).toLowerCase() : word;
}

/** The form to look up in name lists: capitals-only words of a shouting line in title case. */
function nameForm(t: Token): string {
  return t.shape === 'upper' && t.text.length > 2 && !t.text.includes('.') ? titleCase(t.text) : t.text;
}

/** A common English word in any capitalisation (hash lookup, no lower-cased copy for ASCII words). */
function isCommon(lexicon: Lexicon, word: string): boolean {
  return hasLowerFlag(lexicon, word, LOWER_COMMON);
}

function hasLowerFlag(lexicon: Lexicon, word: string, flag: number): boolean {
  return (wordFacts(lexicon, word) & flag) !== 0;
}

/** The LOWER_ flags of the lower-cased `word` (hashed without a lower-cased copy for ASCII words). */
function lowerFlagsOf(lexicon: Lexicon, word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return lexicon.lowerFlags.get(hashWord(word.toLowerCase()));
    hash = Math.imul(hash ^ c, 16777619);
  }
  return lexicon.lowerFlags.get(hash & 0x3fffffff);
}

/** A country or a country's alias ("England", "UK"): the strongest place entries. */
/** Listed in the lexicon as a name of `type` with at least `strength`. */
function isKnownAs(lexicon: Lexicon, word: string, type: EntityType, strength: number): boolean {
  const known = lexicon.known.get(lexicon.keys.identity(word));
  return known !== undefined && known.type === type && known.strength >= strength;
}

function isCountry(lexicon: Lexicon, word: string): boolean {
  return isKnownAs(lexicon, word, 'place', 4);
}

function knownKey(lexicon: Lexicon, tokens: Token[], text: string): boolean {
  return tokens.length > 0 && lexicon.known.has(lexicon.keys.identity(text));
}

function partText(ctx: Context, tokens: Token[]): string {
  return ctx.text.slice(tokens[0].start, lastNameToken(tokens).end);
}

/** `partText` of tokens[from, to) (not empty), without copying them. */
function spanText(ctx: Context, tokens: readonly Token[], from: number, to: number): string {
  return ctx.text.slice(tokens[from].start, tokens[to - 1].end);
}

function hasCapFrom(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (tokens[i].shape === 'cap') return true;
  return false;
}


/** Chambers whose members' party may follow them ("Senate Republicans"). */
const CHAMBERS: ReadonlySet<string> = new Set(['Senate', 'House', 'Assembly', 'Congress', 'Parliament', 'Commons']);

function trimEdges(ctx: Context, tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  const publication = keepsThe(ctx, tokens, 0, b);
  while (a < b && !publication) {
    const t = tokens[a];
    if (a > 0 && keepsThe(ctx, tokens, a, b)) break;
    const cues = wordCues(t.text);
    if ((cues & CUE_ARTICLE) !== 0) a++;
    else if ((cues & CUE_NAME_PARTICLE) !== 0 && hasCapFrom(tokens, a)) break;
    else if (a === 0 && t.text === 'All' && allBeforeCountryBody(ctx, tokens.slice(a, b))) break;
    else if (isLeadingJunk(t, cues) && !(a + 1 < b && ctx.lexicon.known.has(ctx.lexicon.keys.identity(spanText(ctx, tokens, a, b)))) && !monthAsGivenName(ctx.lexicon, tokens, a, b)
      && !abbreviationOpensName(tokens, a, b, cues)) a++;
    // "Call Crime Stoppers", "Follow BBC News": an imperative opening the sentence.
    else if (a === 0 && t.sentenceStart && b - a >= 2 && IMPERATIVE_OPENERS.has(t.text)) a++;
    // "Q Karoline, …": a briefing transcript's question marker; "Happy Wednesday": a greeting;
    // "Hon. Members:": the House, not a name.
    else if (a === 0 && b - a >= 2 && ((t.text === 'Q' && ctx.text.charCodeAt(t.end) === 32) || (t.text === 'Happy' && CALENDAR_WORDS.has(tokens[a + 1].text)))) a++;
    // "Head of the Kyiv military administration …", "Trains on the Warsaw-Lublin line …": a plain
    // word opening the sentence, its preposition and "the" before a place are no part of its name.
    else if (a === 0 && t.sentenceStart && t.shape === 'cap' && b - a >= 4 && SENTENCE_LEAD_PREPOSITIONS.has(tokens[a + 1].text) && tokens[a + 2].text === 'the'
      && isCommon(ctx.lexicon, t.text) && !isGivenName(ctx.lexicon, t.text) && !ORG_HEADS.has(t.text) && !ORG_PREFIX_HEADS.has(t.text)
      && !PLACE_PREFIX_HEADS.has(t.text) && !MISC_PREFIX_HEADS.has(t.text) && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(spanText(ctx, tokens, a, b)))
      && isKnownAs(ctx.lexicon, tokens[a + 3].text.split('-')[0], 'place', 2)) a += 3;
    // "Q3 John Glen: Mr Pill, …", "Q1 Chair:": a committee transcript's question number opens the line.
    else if (a === 0 && QUESTION_NUMBER.test(t.text) && (t.start === 0 || ctx.text.charCodeAt(t.start - 1) === 10)) a++;
    // "11.05 GMT Reeves says …": a live blog's entry time, its zone, then the entry's first name.
    else if (a === 0 && b - a >= 2 && TIME_ZONES.has(t.text) && CLOCK_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 8), t.start))) a++;
    // "Rival Advanced Micro Devices reported": a plain word opening the sentence before a name the
    // lexicon knows is no part of it.
    else if (a === 0 && t.sentenceStart && b - a >= 3 && t.shape === 'cap' && hasLowerFlag(ctx.lexicon, t.text, LOWER_COMMON) && !isGivenName(ctx.lexicon, t.text)
      && !NAME_LEADING_WORDS.has(t.text) && !ORG_HEADS.has(t.text) && !PLACE_HEADS.has(t.text) && !TITLE_MODIFIERS.has(t.text) && !runAloneOnLine(ctx.text, t, tokens[b - 1])
      && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(spanText(ctx, tokens, a, b)))
      && ctx.lexicon.known.get(ctx.lexicon.keys.identity(spanText(ctx, tokens, a + 1, b)))?.type === 'organization') a++;
    else break;
  }
  while (b > a && isTrailingJunk(tokens[b - 1]) && !keepsTrailing(ctx, tokens, b - 1)) b--;
  // "Denis Campbell Health policy editor", "Peter Walker Senior political correspondent": a byline's
  // name, then the desk of the role that follows it.
  if (b - a === 3 && tokens[b - 1].shape === 'cap' && isCommon(ctx.lexicon, tokens[b - 1].text) && isGivenName(ctx.lexicon, tokens[a].text)
    && BYLINE_ROLE_AFTER.test(ctx.text.slice(tokens[b - 1].end, tokens[b - 1].end + 40))) b--;
  // "By Mary Gilbert, CNN Meteorologist": a job after the outlet that employs its holder.
  if (b - a >= 2 && tokens[b - 1].shape === 'cap' && !tokens[b - 1].text.endsWith('s') && hasLowerFlag(ctx.lexicon, tokens[b - 1].text, LOWER_ROLE) && !ORG_HEADS.has(tokens[b - 1].text)
    && isKnownAs(ctx.lexicon, spanText(ctx, tokens, a, b - 1), 'organization', 3)) b--;
  // "UK CPI inflation", "US GDP": a country and the statistic it qualifies.
  if (b - a === 2 && tokens[b - 1].shape === 'upper' && COMMON_ACRONYMS.has(tokens[b - 1].text) && isKnownAs(ctx.lexicon, tokens[a].text, 'place', 3)
    && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(spanText(ctx, tokens, a, b)))) b--;
  // "U.S. Treasury yields": the bonds, not the department.
  if (b - a >= 2 && tokens[b - 1].text === 'Treasury' && TREASURY_SECURITY_AFTER.test(ctx.text.slice(tokens[b - 1].end, tokens[b - 1].end + 14))) b--;
  // "Senate Republicans", "the House Democratic leader": the chamber, then its members' party.
  if (b - a === 2 && (PARTY_DESCRIPTORS.has(tokens[b - 1].text) || tokens[b - 1].text === 'Democratic' || tokens[b - 1].text === 'GOP')
    && CHAMBERS.has(tokens[a].text)) b--;
  // "a Texas Republican": the party label is not part of the place.
  if (b - a >= 2 && PARTY_DESCRIPTORS.has(tokens[b - 1].text) && tokens[b - 2].shape === 'cap' && !knownKey(ctx.lexicon, tokens.slice(a, b), partText(ctx, tokens.slice(a, b)))
    && !isCommon(ctx.lexicon, tokens[b - 2].text)
    && (ctx.lexicon.known.get(ctx.lexicon.keys.identity(partText(ctx, tokens.slice(a, b - 1))))?.type === 'place')) b--;
  // "Imogen Castellane KC", "Sir David Pemberton OBE": post-nominal letters are not part of the name.
  // "Barrett J", "Jones LJ": a judge's post-nominal in British legal style, after a surname alone too.
  while (((b - a >= 3 && POST_NOMINALS.has(tokens[b - 1].text)) || (b - a >= 2 && JUDICIAL_POST_NOMINALS.has(tokens[b - 1].text))) && tokens[b - 2].shape === 'cap') b--;
  // Nothing cut (most runs): the same array, not a copy (no caller changes it).
  return a === 0 && b === tokens.length ? tokens : tokens.slice(a, b);
}

// The tests of trimEdges, as functions rather than closures made on each call.

const US_PARTY_SINGULARS: ReadonlySet<string> = new Set(['Republican', 'Democrat', 'Democratic']);
/** "Republican Party", "Democratic Party": the word opens the party's name. */
const PARTY_AFTER = /^ Party\b/;

/** Words before the number of a numbered unit ("Local 1199", "District 751", "Region 2"). */
const NUMBERED_UNITS: ReadonlySet<string> = new Set(['Local', 'District', 'Region', 'Ward', 'Precinct', 'Lodge']);
/** Numbered units that are areas when named alone ("Region 2", "District 9"). */
const AREA_UNITS: ReadonlySet<string> = new Set(['District', 'Region', 'Ward', 'Precinct']);
/** A US broadcaster's call sign ("KARE", "WCCO", "KSTP"). */
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

const SENTENCE_LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'for', 'at']);

/** What may come before a speaker's name on its line: nothing, or a question number ("Q3 "). */
const SPEAKER_LINE_START = /^(?:Q\d{1,4} )?$/;

const QUESTION_NUMBER = /^Q\d{1,4}$/;

/** The lower-case rest of a journalist's role after its desk word: " policy editor", " political correspondent". */
const BYLINE_ROLE_AFTER = /^(?: [a-z]+){0,2} (?:editor|correspondent|reporter|writer|columnist|commentator)\b/;

/** The words (one or two) of a country the lexicon knows well at tokens[i], or 0. */
function missionCountryAfter(ctx: Context, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined || !isNameShaped(first) || !canContinue(ctx, tokens[i - 1], first)) return 0;
  const second = tokens[i + 1];
  if (second !== undefined && isNameShaped(second) && canContinue(ctx, first, second) && isKnownAs(ctx.lexicon, `${first.text} ${second.text}`, 'place', 3)) return 2;
  return isKnownAs(ctx.lexicon, first.text, 'place', 3) ? 1 : 0;
}

/**
 * "Fed" (the Federal Reserve): a word (as written or as a key) the lexicon knows as the short name of
 * a body of several words. Not a generic head ("Commission"), not a body's own first word ("Takeda"
 * of "Takeda Pharmaceutical"), and not a word the name lists hold ("Lilly", "Wada"): those are
 * people's names too.
 */
export function isKnownShortBodyName(lexicon: Lexicon, word: string): boolean {
  const key = lexicon.keys.identity(word);
  const entry = lexicon.known.get(key);
  if (entry === undefined || entry.type !== 'organization' || entry.strength < 4 || !entry.canonical.includes(' ')) return false;
  const written = word.charAt(0).toUpperCase() + word.slice(1);
  return !ORG_HEADS.has(written) && !lexicon.keys.identity(entry.canonical).startsWith(`${key} `) && !isGivenName(lexicon, written) && !isPersonName(lexicon, written);
}

/** Zones written after a clock time ("11.05 GMT", "9:30 a.m. ET"). */
const TIME_ZONES: ReadonlySet<string> = new Set(`GMT BST UTC CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT ET PT CT MT AKST HST AEST AEDT ACST ACDT AWST NZST NZDT IST PKT JST KST HKT SGT WIB EAT CAT WAT SAST MSK`.split(' '));
/** The end of a clock time: "11.05 ", "9:30 a.m. ", "7pm ". */
const CLOCK_BEFORE = /(?:\d[.:]\d\d|\d ?(?:[ap]\.?m\.?|[AP]M))\s+$/;

const LEADING_QUANTIFIERS = new Set(['Most', 'Many', 'Several', 'Some', 'Few', 'Both', 'Each', 'Every']);

/** "Sun Hung Kai", "Jun Young-hyun": a three-letter day or month abbreviation before a capitalised name word. */
function abbreviationOpensName(tokens: readonly Token[], a: number, b: number, cues: number): boolean {
  const t = tokens[a];
  return (cues & CUE_CALENDAR) !== 0 && t.text.length === 3 && t.shape === 'cap' && a + 1 < b && tokens[a + 1].shape === 'cap' && !CALENDAR_WORDS.has(tokens[a + 1].text);
}

/** Furniture words ("National", "Weather", "Live") may start a name: only function words are cut. */
function isLeadingJunk(t: Token, cues: number): boolean {
  return t.shape === 'lower' || t.shape === 'number' || (cues & (CUE_FUNCTION_WORD | CUE_CALENDAR)) !== 0 || isContraction(t.text)
    // "Most U.S. House members", "Several EU states": a quantifier opening the sentence.
    || LEADING_QUANTIFIERS.has(t.text)
    // "Dad-of-three Jamal al-Hassan", "Mum-of-two": a tabloid's description before the name.
    || t.text.includes('-of-')
    || (t.text.includes('-') && NEVER_ALONE.has(t.text.slice(0, t.text.indexOf('-'))));
}

/**
 * No leading article, except in a title: a capital "The" inside a sentence only starts one
 * ("published in The Lancet"), or a publication's or place's name written with it. A known name
 * without the article ("in the U.S. The U.K. said": a sentence the abbreviation's full stop hid)
 * is read without it. `tokens[i]` is the "The" of tokens[i, b).
 */
function keepsThe(ctx: Context, tokens: Token[], i: number, b: number): boolean {
  return b - i >= 2 && tokens[i].text === 'The' && ((!tokens[i].sentenceStart && !knownWithoutThe(ctx, tokens, i, b))
    // "The Economist said": after a sentence-initial "The", a capitalised publication head is a title.
    || (PUBLICATION_HEADS.has(tokens[b - 1].text) && (b - i > 2 || (tokens[b - 1].shape === 'cap' && !tokens[b - 1].headline
      && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(tokens[b - 1].text)))))
    || ctx.lexicon.known.get(ctx.lexicon.keys.identity(spanText(ctx, tokens, i, b)))?.canonical.startsWith('The ') === true);
}

function knownWithoutThe(ctx: Context, tokens: Token[], i: number, b: number): boolean {
  return ctx.lexicon.known.get(ctx.lexicon.keys.identity(spanText(ctx, tokens, i + 1, b)))?.canonical.startsWith('The ') === false;
}

/** "Tellwave SIMs", "Apple PCs": the plural of an acronym after a name is a common noun. */
function isTrailingJunk(t: Token): boolean {
  return t.shape === 'lower' || t.shape === 'number' || (wordCues(t.text) & (CUE_FUNCTION_WORD | CUE_CALENDAR)) !== 0 || isPluralAcronym(t.text);
}

function keepsTrailing(ctx: Context, tokens: Token[], i: number): boolean {
  // ("AfD 23.9, SPD 16.1": a party's share in a results list is no model number.)
  return (tokens[i].shape === 'number' && ((tokens[i - 1]?.shape === 'mixed' && !inTally(ctx.text, tokens[i - 1].start, tokens[i].end)) || ROAD_WORDS.has(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === 'Flight'
    || NUMBERED_UNITS.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.shape === 'upper' && CALL_SIGN.test(tokens[i - 1].text))
    || (tokens[i - 1]?.text ?? '').includes('&') || STOCK_INDEXES.has(tokens[i - 1]?.text ?? '')
    || (tokens[i - 1]?.shape === 'cap' && hasInnerCapital(tokens[i - 1].text))
    || (i > 0 && tokens[i - 1].shape !== 'lower' && tokens[i - 1].shape !== 'number' && isModelNumber(ctx, tokens[i - 1], tokens[i]))
    || (i > 0 && isEventYear(tokens[i - 1].text, tokens[i].text))))
    || (CALENDAR_WORDS.has(tokens[i].text) && i > 0 && tokens[i - 1].shape === 'cap' && isGivenName(ctx.lexicon, tokens[i - 1].text))
    // "Serie A", "Billboard Hot 100": a known name ending in a letter or a number.
    || ((tokens[i].text.length === 1 || tokens[i].shape === 'number') && i > 0 && ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(tokens[0].start, tokens[i].end))));
}

const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD', 'MP', 'MSP', 'MEP', 'TD']);
const JUDICIAL_POST_NOMINALS = new Set(['J', 'LJ', 'CJ', 'JJ', 'LJJ']);

/**
 * "All India Institute of Medical Sciences", "All Nippon Airways": "All" before a country that
 * starts an organisation's name is part of it (mid-sentence only: a sentence-initial "All" is a word).
 */
function allBeforeCountryBody(ctx: Context, tokens: Token[]): boolean {
  if (tokens.length < 3 || tokens[0].text !== 'All' || tokens[0].sentenceStart || tokens[0].headline) return false;
  return isCountry(ctx.lexicon, tokens[1].text) && ORG_HEADS.has(headOf(tokens).text);
}

const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'do', 'da', 'di', 'del', 'della', 'du', 'des']);

/** The head word: the word before the first complement ("Declaration" in "Lisbon Declaration on …"). */
function headOf(tokens: Token[]): Token {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].shape === 'lower' && COMPLEMENT_CONNECTORS.has(tokens[i].text)) return tokens[i - 1];
  // "Fourth Street Northwest": the street's quarter follows its head.
  const n = tokens.length;
  if (n >= 3 && STREET_QUARTERS.has(tokens[n - 1].text) && PLACE_HEADS.has(tokens[n - 2].text)) return tokens[n - 2];
  return lastNameToken(tokens);
}

function hasHead(tokens: Token[]): boolean {
  const first = tokens[0].text;
  const head = headOf(tokens).text;
  return ORG_HEADS.has(head) || PLACE_HEADS.has(head) || MISC_HEADS.has(head) || isPluralOrgHead(head)
    || (tokens.length > 2 && (ORG_PREFIX_HEADS.has(first) || PLACE_PREFIX_HEADS.has(first) || MISC_PREFIX_HEADS.has(first)))
    || FOREIGN_ORG_PREFIXES.has(first) || FOREIGN_PLACE_PREFIXES.has(first);
}

/** Drops leading nationality adjectives unless they are part of a name ("British Museum"). */
function dropDemonyms(ctx: Context, tokens: Token[]): Token[] {
  const isDemonym = (t: Token) => isDemonymWord(ctx.lexicon, t) || isDemonymCompound(ctx.lexicon, t.text);
  if (tokens.length === 0) return tokens;
  if (tokens.length === 1) return isDemonym(tokens[0]) ? [] : tokens;
  // "West African", "Southern European": an adjective, not a place.
  if (tokens.length === 2 && COMPASS_WORDS.has(tokens[0].text) && isDemonym(tokens[1]) && !knownKey(ctx.lexicon, tokens, partText(ctx, tokens))) return [];
  if (!isDemonym(tokens[0])) return tokens;
  // "Christian Braun", "Germain Pezzella": a given name spelled like a faith or a nationality, then a surname.
  if (tokens.length === 2 && tokens[1].shape === 'cap' && isGivenName(ctx.lexicon, tokens[0].text) && !PLURAL_ENDING.test(tokens[1].text)
    && !hasHead(tokens) && !isDemonym(tokens[1]) && !hasLowerFlag(ctx.lexicon, tokens[1].text, LOWER_COMMON)) return tokens;
  // "Swedish European Union official": a nationality before a name that starts with its own.
  if (tokens.length >= 3 && isDemonym(tokens[1]) && knownKey(ctx.lexicon, tokens.slice(1), partText(ctx, tokens.slice(1)))) return tokens.slice(1);
  if (hasHead(tokens) || knownKey(ctx.lexicon, tokens, partText(ctx, tokens))) return tokens;
  // "European Political Community", "European Defence Industry Programme": Europe's bodies and
  // plans are named with the adjective.
  if (tokens.length >= 3 && tokens[0].text === 'European' && tokens.every((t) => t.shape === 'cap')) return tokens;
  // "Scottish Conservative leader", "Welsh Liberal Democrat": a nation's branch of a party.
  if (tokens.length === 2 && PARTY_DESCRIPTORS.has(tokens[1].text) && !PLURAL_ENDING.test(tokens[1].text)) return tokens;
  // "Ethiopian Airlines Flight 302": a name that opens with a body the lexicon knows keeps its nationality.
  for (let k = tokens.length - 1; k >= 2; k--) if (knownKey(ctx.lexicon, tokens.slice(0, k), partText(ctx, tokens.slice(0, k)))) return tokens;
  // "American Red Cross": a nationality before a known organisation is part of its name.
  const rest = tokens.slice(1);
  if (ctx.lexicon.known.get(ctx.lexicon.keys.identity(partText(ctx, rest)))?.type === 'organization') return tokens;
  let a = 0;
  while (a < tokens.length && (isDemonym(tokens[a]) || tokens[a].shape === 'lower')) a++;
  return tokens.slice(a);
}

/** "THIS COPY MAY NOT BE …": verbs that are names only in title case ("Theresa May", "Will Young"). */
const SHOUTED_AUXILIARIES = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'AM', 'HAS', 'HAVE', 'HAD', 'DO', 'DOES', 'DID',
  'WILL', 'WOULD', 'SHALL', 'SHOULD', 'CAN', 'COULD', 'MAY', 'MIGHT', 'MUST', 'NOT', 'THIS', 'ITS']);

/** Capitalised words that never follow a given name as its surname ("MAY NOT BE"); "MAY", "WILL" may. */
const INITIAL_TOKEN = /^\p{Lu}\.?$/u;

/** Small words of a sentence in capitals that names written in capitals do not contain. */
const SHOUTED_SENTENCE_WORDS = new Set(['AS', 'BY', 'TO', 'IS', 'ARE', 'WAS', 'WERE', 'WILL', 'AFTER', 'BEFORE', 'OVER', 'WITH', 'INTO', 'ON', 'IN', 'AT']);
const NEVER_SURNAMES = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'AM', 'HAS', 'HAVE', 'HAD', 'DO', 'DOES', 'DID', 'NOT', 'THIS', 'ITS']);

interface PlainCut {
  readonly pieces: Token[][];
  /** The run before cutting, when something was cut. */
  readonly whole?: Token[];
}

/**
 * Sentence-initial and headline capitals: plain words are cut off, so that "Officials Said Starmer"
 * gives "Starmer" and "Leaders Agree Lisbon Pact" gives "Lisbon". The whole run is kept aside in
 * case the workspace knows it as a name.
 */
/** Small lower-case words inside names the lexicon knows whole ("Help to Buy", "Dar es Salaam", "Newcastle upon Tyne"). */
const NAME_INNER_LOWER_WORDS: ReadonlySet<string> = new Set(['to', 'es', 'upon', 'under', 'sur', 'am', 'an', 'in', 'and']);
/** Title words that open companies' names ("General Electric", "Premier Inn", "Admiral Group"). */
const TITLE_WORDS_OPENING_COMPANIES: ReadonlySet<string> = new Set(['General', 'Premier', 'Admiral', 'Captain', 'Major', 'Chief', 'Marshal']);

/** Heads of street names, which a plain word may open ("Anchor Road", "Church Street"). */
const STREET_HEADS: ReadonlySet<string> = new Set(['Road', 'Street', 'Avenue', 'Lane', 'Drive', 'Square', 'Boulevard', 'Crescent']);

function dropPlainCapitals(ctx: Context, tokens: Token[]): PlainCut {
  const { lexicon } = ctx;
  if (tokens.length === 0) return { pieces: [] };
  if (knownKey(lexicon, tokens, partText(ctx, tokens))) return { pieces: [tokens] };
  const shouting = tokens.every((t) => t.shape === 'upper' || t.shape === 'lower' || t.text.length === 1)
    && (tokens.length > 1 || tokens[0].headline || inShoutingText(ctx, tokens[0]));
  if (tokens[0].headline || shouting) {
    const head = headOf(tokens);
    // "VAN WALKS FREE AS JUDGE RULES": capitals with a sentence's small words are a headline, not a name.
    const sentenceLike = shouting && tokens.length >= 3 && tokens.some((t) => SHOUTED_SENTENCE_WORDS.has(t.text));
    // "Anchor Road", "Market Street": a word and a street's head name a street, plain word or not.
    if (tokens.length === 2 && tokens[0].shape === 'cap' && STREET_HEADS.has(tokens[1].text) && !tokens[0].possessive) return { pieces: [tokens] };
    // "Hurricane Gonzalo", "Storm Amy": a storm's kind and its name (cut from the rest of the headline in splitRun).
    if (tokens.length === 2 && STORM_KINDS.has(tokens[0].text) && tokens[1].shape === 'cap') return { pieces: [tokens] };
    // ("Crash closes Gloucester Road": mid-line, the first word of the name counts too.)
    if (!sentenceLike && hasHead(tokens) && tokens.filter((t) => t.shape !== 'lower' && !isPlainCapital(lexicon, t) && t !== head && (t !== tokens[0] || !t.sentenceStart)).length > 0) return { pieces: [tokens] };
    // "Central Valley Tribune", "National Weather Service": plain words before an organisation head.
    if (tokens.length <= 4 && head === lastNameToken(tokens) && (ORG_HEADS.has(head.text) || PUBLICATION_HEADS.has(head.text))
      && tokens.every((t) => t.shape !== 'lower') && runAloneOnLine(ctx.text, tokens[0], head)) return { pieces: [tokens] };
    // "— GB News (@GBNEWS)", "CNN International Reports": an acronym that is no plain word names
    // the body whose head follows it.
    if (tokens.length === 2 && tokens[0].shape === 'upper' && !isPlainCapital(lexicon, tokens[0]) && head === tokens[1]
      && (ORG_HEADS.has(head.text) || PUBLICATION_HEADS.has(head.text))) return { pieces: [tokens] };
    const pieces: Token[][] = [];
    let piece: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // "By DANIEL FROST": in capitals, a plain word after a given name is a surname.
      // ("WASHINGTON WEIGHS …": not after a given name that is a known place.)
      const surname = i > 0 && shouting && !sentenceLike && t.shape === 'upper' && tokens[i - 1].shape === 'upper' && !NEVER_SURNAMES.has(t.text)
        && !SHOUTED_AUXILIARIES.has(tokens[i - 1].text) && isGivenName(lexicon, titleCase(tokens[i - 1].text)) && !isKnownAs(lexicon, titleCase(tokens[i - 1].text), 'place', 3);
      // "Donald J. Trump" on a title-case line: a listed surname after a given name (and initial).
      const headlineSurname = i > 0 && !shouting && t.shape === 'cap' && !FUNCTION_WORDS.has(t.text)
        && ((isPersonName(lexicon, t.text) && isGivenName(lexicon, tokens[i - 1].text))
          || (i > 1 && INITIAL_TOKEN.test(tokens[i - 1].text) && isGivenName(lexicon, tokens[i - 2].text))
          // "Andrew Sparrow", "Neal Keeling" alone on their line: a byline, a given name and a surname.
          || (i === 1 && tokens.length === 2 && isGivenName(lexicon, tokens[0].text) && !isCommon(lexicon, tokens[0].text) && !isKnownAs(lexicon, tokens[0].text, 'place', 1)
            && !FURNITURE_WORDS.has(t.text) && runAloneOnLine(ctx.text, tokens[0], t)));
      // "Trump Says …", "Apple Unveils …": a name the lexicon knows for sure is no plain word in a headline.
      const surelyNamed = t.shape === 'cap' && (lexicon.known.get(lexicon.keys.identity(t.text))?.strength ?? 0) >= 4;
      if ((isPlainCapital(lexicon, t) && !surname && !headlineSurname && !surelyNamed) || t.shape === 'lower') {
        if (piece.length > 0) pieces.push(piece);
        piece = [];
      } else {
        piece.push(t);
      }
    }
    if (piece.length > 0) pieces.push(piece);
    return pieces.length === 1 && pieces[0].length === tokens.length ? { pieces } : { pieces, whole: tokens };
  }
  // "ROCKET MAN Theo Marsden kisses the trophy": a caption's lead-in of plain words in capitals
  // before a name in title case.
  let shouted = 0;
  while (shouted < tokens.length && tokens[shouted].shape === 'upper' && tokens[shouted].text.length > 1 && isCommon(lexicon, tokens[shouted].text)
    && (lexicon.known.get(lexicon.keys.identity(tokens[shouted].text))?.strength ?? 0) < 3) shouted++;
  if (shouted > 0 && shouted < tokens.length && tokens[shouted].shape === 'cap'
    && (isGivenName(lexicon, tokens[shouted].text) || knownKey(lexicon, tokens.slice(shouted), partText(ctx, tokens.slice(shouted))))) {
    return { pieces: [tokens.slice(shouted)], whole: tokens };
  }
  const lead = tokens[0];
  // "Another US envoy", "Top EU officials": a plain sentence-initial word before a known acronym
  // qualifies it; the pair is no name unless the lexicon knows it ("Reform UK", checked above).
  const beforeKnownAcronym = tokens.length === 2 && lead.shape === 'cap' && tokens[1].shape === 'upper'
    && lexicon.known.has(lexicon.keys.identity(tokens[1].text));
  // "First Kingsford result", "Latest Lisbon figures": an ordinal or a sequence word leads the sentence.
  // "Overnight Russia launched …", "Contact Nadia Qureshi-Bell on …": a plain word before a name the
  // lexicon knows or a given name and a surname.
  const beforeName = tokens.length >= 2 && lead.shape === 'cap' && !monthAsGivenName(lexicon, tokens, 0, tokens.length) && (knownKey(lexicon, tokens.slice(1), partText(ctx, tokens.slice(1)))
    || (tokens.length === 3 && tokens[1].shape === 'cap' && tokens[2].shape === 'cap' && isGivenName(lexicon, tokens[1].text)));
  // ("Born Rosalind Kowalczyk in 1951, she …": a participle opening the sentence.)
  const plainLead = isPlainCapital(lexicon, lead) && (/(?:[^s]s|ly|ing|ed)$/.test(lead.text) || beforeKnownAcronym || beforeName || SEQUENCE_LEADS.has(lead.text)
    || (lead.text === 'Born' && lead.sentenceStart));
  // ("Super Typhoon Haeyang", "Hurricane Melissa slammed into…": a storm's category or kind before its name.)
  const stormCategory = tokens.length > 1 && ((STORM_CATEGORIES.has(lead.text) && STORM_KINDS.has(tokens[1].text))
    || (STORM_KINDS.has(lead.text) && tokens.length === 2 && tokens[1].shape === 'cap'));
  if ((lead.sentenceStart || SEQUENCE_LEADS.has(lead.text)) && tokens.length > 1 && plainLead && !hasHead(tokens) && !stormCategory) {
    let a = 1;
    while (a < tokens.length && tokens[a].shape === 'lower') a++;
    return { pieces: [tokens.slice(a)], whole: tokens };
  }
  return { pieces: [tokens] };
}

/** A capitalised or capitals-only word that is plain English ("Officials", "SAID"), not a name. */
/** "Moderate-to-Severe", "Back-to-School": plain words joined by a lower-case "to" or "and" (not "Stoke-on-Trent"). */
const PLAIN_JOINED = /^\p{Lu}\p{Ll}+-(?:to|and)-\p{Lu}?\p{Ll}+$/u;

function isPlainCapital(lexicon: Lexicon, t: Token): boolean {
  return (t.shape === 'cap' && isCommon(lexicon, t.text) && !lexicon.givenNames.has(t.text))
    || (PLAIN_JOINED.test(t.text) && t.text.split('-').every((part) => isCommon(lexicon, part)))
    // "WHO PAYS", "WHO'S WHO": in a capitals heading, the pronoun.
    || t.text === 'WHO'
    || (t.shape === 'upper' && SHOUTED_AUXILIARIES.has(t.text))
    || (t.shape === 'upper' && (t.text.length > 2 || FUNCTION_WORDS.has(titleCase(t.text))) && isCommon(lexicon, t.text) && (lexicon.known.get(lexicon.keys.identity(t.text))?.strength ?? 0) < 3
      && (t.text.length <= 2 || (!isGivenName(lexicon, titleCase(t.text)) && !isPersonName(lexicon, titleCase(t.text)))));
}

/** Index of the token starting at `start` (tokens are sorted by start). */
function tokenIndex(ctx: Context, start: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.tokens[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether text[from, to) holds a letter or digit (a word the tokenizer skipped). */
function hasWordBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterOrDigitCode(text, i)) return true;
  return false;
}

/** The word right before `t` (undefined when the word there was not kept as a token). */
function previousToken(ctx: Context, t: Token): Token | undefined {
  const i = tokenIndex(ctx, t.start);
  const before = i > 0 ? ctx.tokens[i - 1] : undefined;
  return before && !hasWordBetween(ctx.text, before.possessive ? before.end + 2 : before.end, t.start) ? before : undefined;
}

/** The word right after `t` (undefined when the word there was not kept as a token). */
function nextToken(ctx: Context, t: Token): Token | undefined {
  const i = tokenIndex(ctx, t.start);
  const after = i >= 0 ? ctx.tokens[i + 1] : undefined;
  return after && !hasWordBetween(ctx.text, t.possessive ? t.end + 2 : t.end, after.start) ? after : undefined;
}

const INTRINSIC_MEMO_LIMIT = 50_000;
const LAW_YEAR_AFTER = /^ of (?:1[5-9]|20)\d\d(?![\d\p{L}])/u;
/** A Korean (or Wade–Giles) given name: two syllables joined by a hyphen, the second in lower case. */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
const STREET_QUARTERS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'NE', 'NW', 'SE', 'SW', 'N', 'S', 'E', 'W']);
/** Words that start bodies' names, never people's ("Royal Engineers", "World Weather Attribution"). */
const NEVER_FIRST_NAMES = new Set(['Royal', 'National', 'Federal', 'International', 'World', 'Global', 'United', 'General', 'Central', 'State', 'Regional', 'European', 'American', 'British']);
/** Arabic surnames with their article ("al-Masri", "el-Sisi", "bin-Zayed"). */
const PARTICLE_SURNAME = /^(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|bint)-\p{Lu}\p{Ll}/u;
const PLACE_NAME_ENDING = /\p{Ll}(?:shire|borough|burgh|chester|cester|caster|mouth)$/u;
/** "Tu-95MS", "Kh-101", "Su-35", "MiG-29": aircraft and missile designations. */
const WEAPON_CODE = /^\p{Lu}\p{Ll}{0,2}\p{Lu}?-\d{1,4}[\p{Lu}\p{Ll}]{0,3}$/u;
const CENTRE_HEADS = new Set(['Centre', 'Center', 'Centres', 'Centers']);
const VENUE_MODIFIERS = new Set(['Cultural', 'Culture', 'Arts', 'Art', 'Shopping', 'Convention', 'Conference', 'Exhibition', 'Leisure',
  'Community', 'Sports', 'Sport', 'Trade', 'Visitor', 'Visitors', 'Civic', 'Town', 'City', 'Garden', 'Retail', 'Performing',
  'Entertainment', 'Heritage', 'Aquatic', 'Aquatics', 'Tennis', 'Events', 'Event', 'Media', 'Press', 'Congress', 'Business', 'Distribution']);

/**
 * Evidence from the name itself (lexicons, head nouns, name lists): the same for every occurrence
 * of the same text, so memoised across documents.
 */
function intrinsicEvidence(ctx: Context, tokens: Token[], text: string, lowerHead?: LowerHeadType): Readonly<Evidence> {
  const memo = ctx.lexicon.intrinsicEvidence;
  const memoKey = lowerHead ? `${text}\u0001${lowerHead}` : text;
  const cached = memo.get(memoKey);
  if (cached) return cached;
  if (memo.size >= INTRINSIC_MEMO_LIMIT) memo.clear();
  const ev = computeIntrinsicEvidence(ctx, tokens, text, lowerHead);
  memo.set(memoKey, ev);
  return ev;
}

const LOWER_HYPHEN_PART = /-\p{Ll}/u;
const GREEN_PARTY_ROLE_AFTER = /^ (?:candidates?|leaders?|co-leaders?|MPs?|MSPs?|MEPs?|councillors?|peers?|gains?|vote|voters|surge|win|victory|campaign|spokes(?:person|man|woman)|members?|mayor|AM)(?![\p{L}])/u;
const BRITISH_ROAD = /^[ABM]\d{1,4}(?:\(M\))?$/;
const AIRBUS_MODEL = /^A(?:2[0-9]{2}|3[0-9]{2}|400M?)$/;
const SAINT_HYPHENATED = /^(?:Saint|Sainte|St|Ste|SAINT|SAINTE)-\p{Lu}/u;

/** German, Dutch and Nordic street words that end a one-word street name ("Königsallee", "Damrak" aside). */
const STREET_SUFFIX = /(?:straße|strasse|platz|allee|gasse|damm|straat|gracht|plein|laan|gatan|vägen|veien)$/;

/**
 * The type a compound's last part gives it: "Friedrich-Ebert-Straße" and "Hauptstraße" are
 * streets, "Von der Heydt-Museum" a museum, "DFB-Pokal" a competition.
 */
function compoundHeadType(word: string): LowerHeadType | undefined {
  const hyphen = word.lastIndexOf('-');
  const partStart = word.charAt(hyphen + 1);
  // (Not "Labour-to-Green": every part of the compound is capitalised.)
  if (hyphen > 0 && hyphen < word.length - 2 && partStart !== partStart.toLowerCase() && !LOWER_HYPHEN_PART.test(word)) {
    const part = word.slice(hyphen + 1);
    if (PLACE_HEADS.has(part) || STREET_SUFFIX.test(part.toLowerCase())) return 'place';
    if (ORG_HEADS.has(part)) return 'organization';
    if (MISC_HEADS.has(part)) return 'misc';
  }
  return word.length > 7 && STREET_SUFFIX.test(word) ? 'place' : undefined;
}

function computeIntrinsicEvidence(ctx: Context, tokens: Token[], text: string, lowerHead?: LowerHeadType): Evidence {
  const { lexicon } = ctx;
  const ev = emptyEvidence();
  const first = tokens[0];
  const last = lastNameToken(tokens);
  const words = tokens.filter((t) => t.shape !== 'lower');
  const multi = words.length > 1;
  // "IBB" is an acronym, not the Yemeni town of Ibb: capitals match only places news writes in capitals.
  const lexiconEntry = lexicon.known.get(ctx.lexicon.keys.identity(text));
  const known = lexiconEntry && !(lexiconEntry.type === 'place' && lexiconEntry.strength <= 2 && tokens.length === 1 && first.shape === 'upper' && text.length >= 3 && text.length <= 5)
    ? lexiconEntry : undefined;
  if (known) ev[known.type === 'person' ? 0 : known.type === 'organization' ? 1 : known.type === 'place' ? 2 : 3] += known.strength * 1.5;

  if (first.text === 'The' && multi) ev[1] += 3;
  // "Treasury sources said": the finance ministry by its usual short name (linked to "HM Treasury",
  // "US Treasury" where the workspace names one).
  if (!multi && first.text === 'Treasury') ev[1] += 3;
  // "Larsen & Toubro", "Black & Veatch": two names joined by an ampersand are a firm, not a person.
  if (multi && text.includes(' & ')) ev[1] += 2.5;
  // "NHS England", "BBC Wales": a known organisation's acronym leading a name; "Citibank Nigeria",
  // "Google UK": a known company's arm in a country.
  if (multi && (first.shape === 'upper' || (words.length === 2 && isKnownAs(lexicon, last.text, 'place', 2)))
    && lexicon.known.get(lexicon.keys.identity(first.text))?.type === 'organization' && !INDEX_NAMES.has(last.text)) ev[1] += 3;
  // "PEN America", "ACLU Pennsylvania": an acronym before a country or state names that body's branch.
  if (words.length === 2 && first.shape === 'upper' && !known && isKnownAs(lexicon, last.text, 'place', 2) && !lexicon.known.has(lexicon.keys.identity(first.text))) ev[1] += 2.5;
  // "Trinity College Dublin", "Queen's University Belfast": a body's head before the city it is in.
  if (tokens.length >= 3 && ORG_HEADS.has(tokens[tokens.length - 2].text) && lexicon.known.get(lexicon.keys.identity(last.text))?.type === 'place') ev[1] += 4;
  // "Apple Watch", "Google Maps", "Microsoft Teams": a known company's name before plain words names a product.
  if (multi && words.length <= 3 && first.shape === 'cap' && lexicon.known.get(lexicon.keys.identity(first.text))?.type === 'organization'
    && words.slice(1).every((t) => t.shape === 'cap' && isCommon(lexicon, t.text) && !ORG_HEADS.has(t.text) && !PLURAL_ENDING.test(t.text)
      && !PUBLICATION_HEADS.has(t.text) && !PLACE_HEADS.has(t.text) && !isCountry(lexicon, t.text))) ev[3] += 4;
  // "Representation of the People Bill": a law named with "of" is a law, whatever word leads it.
  if (multi && LAW_HEADS.has(last.text) && tokens.some((t) => t.text === 'of')) ev[3] += 4;
  // "BBC Radio 4", "Radio 5 Live": a numbered radio station is a broadcaster.
  if (multi && tokens.some((t, i) => t.text === 'Radio' && i + 1 < tokens.length && tokens[i + 1].shape === 'number')) ev[1] += 4;
  // "Toyota Yaris", "Honda N-Box": a car maker's name before its model, not a body's head.
  if (words.length === 2 && CAR_MAKERS.has(first.text) && last.shape !== 'lower' && !ORG_HEADS.has(last.text) && !isPluralOrgHead(last.text)
    && !isKnownAs(lexicon, last.text, 'place', 1)) ev[3] += 5;
  // "A617", "the M25": a British road number (not an Airbus, "A320").
  // ("M5" beside a MacBook is Apple's chip, not the motorway.)
  if (!multi && BRITISH_ROAD.test(first.text) && !AIRBUS_MODEL.test(first.text)) {
    if (APPLE_CHIP.test(first.text) && (ctx.text.includes('Apple') || ctx.text.includes('Mac'))) ev[3] += 5;
    else ev[2] += 5;
  }
  // "American Red Cross": a nationality before a known organisation.
  if (multi && lexicon.demonyms.has(first.text) && lexicon.known.get(lexicon.keys.identity(ctx.text.slice(tokens[1].start, last.end)))?.type === 'organization') ev[1] += 4;
  // "Cleveland Fed", "Kansas City Fed": a place or a name before a body's short name the lexicon knows (the Fed) is its branch.
  if (multi && !known && last.shape === 'cap' && isKnownShortBodyName(lexicon, last.text)) ev[1] += 4;
  // "iPhone Air", "Galaxy Tab": a known product's name leading a longer one names a model of it.
  if (multi && !known && lexicon.known.get(lexicon.keys.identity(first.text))?.type === 'misc' && !isGivenName(lexicon, nameForm(first))
    && (MODEL_EDITIONS.has(last.text) || (!ORG_HEADS.has(last.text) && !PLACE_HEADS.has(last.text)))) ev[3] += 4;
  // "Samsung Galaxy S25", "iPhone 16e", "Blackwell Ultra": a product line with a model.
  const unitWord = multi && last.shape === 'number' ? tokens[tokens.length - 2].text : '';
  // "SEIU Local 1199", "IAM District 751", "KARE 11": a body's numbered unit or a station; "Region 2",
  // "Ward 5": an area. Numbered like a road, not a model.
  const numberedUnit = multi && ((last.shape === 'number' && NUMBERED_UNITS.has(unitWord)) || tokens.some((t, i) => i + 1 < tokens.length && t.shape === 'upper'
    && CALL_SIGN.test(t.text) && tokens[i + 1].shape === 'number'));
  if (numberedUnit) ev[AREA_UNITS.has(unitWord) && tokens.length === 2 ? 2 : 1] += 4;
  const road = (multi && last.shape === 'number' && ROAD_WORDS.has(tokens[tokens.length - 2].text)) || numberedUnit;
  if (multi && MODEL_TOKEN.test(last.text) && !road) ev[3] += 3;
  // "Highway 4", "Route 66"; "Flight 302", a flight (the event news names it for).
  if (multi && last.shape === 'number' && ROAD_WORDS.has(tokens[tokens.length - 2].text)) ev[2] += 4;
  else if (multi && last.shape === 'number' && tokens[tokens.length - 2].text === 'Flight') ev[3] += 6;
  // "Austin American-Statesman", "Atlanta Journal-Constitution": a US paper's hyphenated masthead.
  if (multi && last.text.includes('-') && PUBLICATION_HEADS.has(last.text)) ev[1] += 5;
  // "Title IX", "Title 42": a title of the US Code by its number, a law.
  if (tokens.length === 2 && first.text === 'Title' && (ROMAN_NUMERAL.test(tokens[1].text) || /^\d{1,2}$/.test(tokens[1].text))) ev[3] += 6;
  // "Bill C-5", "Bill 96": a bill by its number, not a man called Bill.
  if (tokens.length === 2 && first.text === 'Bill' && BILL_NUMBER.test(tokens[1].text)) ev[3] += 8;
  // "sub-Saharan Africa", "North Africa"
  if (multi && first.shape === 'mixed' && lexicon.known.get(lexicon.keys.identity(last.text))?.type === 'place') ev[2] += 3;
  // "Sport England", "Historic England", "Scottish Water"-like bodies: a plain word before a country.
  if (words.length === 2 && !known && first.shape === 'cap' && isCommon(lexicon, first.text) && !COMPASS_WORDS.has(first.text)
    && !lexicon.demonyms.has(first.text) && !isGivenName(lexicon, first.text) && isCountry(lexicon, last.text)) ev[1] += 3;
  // "Lee High", "Wakefield High": a high school by its short name.
  if (words.length === 2 && last.text === 'High' && !known) ev[1] += 4;
  // "Georgia House", "Ohio Senate": a state's chamber, not a person called Georgia House.
  if (words.length === 2 && (last.text === 'House' || last.text === 'Senate') && isKnownAs(lexicon, first.text, 'place', 1)) ev[1] += 5;
  if (multi && tokens.length >= 2) {
    const pair = COMPOUND_HEADS.get(ctx.text.slice(tokens[tokens.length - 2].start, last.end).replace(/’/g, "'"));
    if (pair) ev[pair === 'organization' ? 1 : pair === 'place' ? 2 : 3] += 5;
  }
  if (NAME_HONORIFICS.has(first.text) && multi) ev[0] += 4;
  // "de Armas", "van Dijk": a surname with its particle.
  if (first.shape === 'lower' && SURNAME_LEADS.has(first.text) && tokens.length === 2) ev[0] += 3;
  // "Erie Boulevard East", "Fourth Street Northwest": a street with its quarter.
  if (tokens.length >= 3 && STREET_QUARTERS.has(last.text) && PLACE_HEADS.has(tokens[tokens.length - 2].text)) ev[2] += 4;
  // "St Anne's", "St James' Park", "Saint-Denis": a saint's name is a place unless a body's head ends it.
  if (multi && (first.text === 'St' || first.text === 'St.' || first.text === 'Saint') && !ORG_HEADS.has(last.text)) ev[2] += 2;
  // "Saint-Émilion", "Sainte-Foy", "St-Jérôme": a French saint's name joined by hyphens is a place.
  if (!multi && SAINT_HYPHENATED.test(first.text)) ev[2] += 2.5;
  if (NOBILITY.has(first.text) && multi) ev[0] += 2;
  const head = headOf(tokens).text;
  const compoundHead = compoundHeadType(head);
  if (compoundHead) ev[typeIndex[compoundHead]] += 4;
  if (multi && (ORG_HEADS.has(head) || isPluralOrgHead(head))) ev[1] += 3;
  // "Belém Cultural Centre" is a venue; "National Hurricane Center", "Centre for Policy Studies" are institutions.
  if (multi && CENTRE_HEADS.has(head)) {
    const headIndex = tokens.findIndex((t) => t.text === head);
    if (headIndex > 0 && VENUE_MODIFIERS.has(tokens[headIndex - 1].text)) ev[2] += 2;
    else if (words.length >= 3 || headIndex < tokens.length - 1) ev[1] += 4;
  }
  if (multi && PLACE_HEADS.has(head)) ev[2] += 3;
  // "Philip Green", "Anna Wood": a given name before a head word that is also a surname is a person.
  if (words.length === 2 && tokens.length === 2 && SURNAME_PLACE_HEADS.has(last.text) && isGivenName(lexicon, nameForm(first))
    && !known && !isKnownAs(lexicon, first.text, 'place', 2) && !isKnownAs(lexicon, first.text, 'organization', 1)) ev[0] += 3.5;
  // "Julie Inman Grant", "Bob Day", "Kristen Bell": a given name, a surname-like middle, and a last
  // word that is a head of things but also a common surname.
  else if (words.length === tokens.length && (words.length === 2 || words.length === 3) && SURNAME_HEADS.has(last.text) && isGivenName(lexicon, nameForm(first))
    && !known && !isKnownAs(lexicon, first.text, 'place', 2) && !isKnownAs(lexicon, first.text, 'organization', 1)
    && !VENUE_SURNAME_HEADS.has(last.text)
    && (words.length === 2 || (!ORG_HEADS.has(words[1].text) && !PLACE_HEADS.has(words[1].text) && !MISC_HEADS.has(words[1].text) && !isCommon(lexicon, words[1].text)))) ev[0] += 3.5;
  if (multi && MISC_HEADS.has(head)) ev[3] += 3.2;
  // "English Premier League", "Major League Soccer", "the DAX": competitions and indexes.
  if (multi && (head === 'League' || tokens.some((t) => t.text === 'League')) && words.some((t) => COMPETITION_LEAGUE_WORDS.has(t.text))) ev[3] += 4;
  // "the DAX", and "BSE Sensex", "NSE Nifty": an index by its name, also after its exchange's.
  if (INDEX_NAMES.has(multi ? last.text : first.text)) ev[3] += 4;
  if (multi && FOREIGN_ORG_PREFIXES.has(first.text)) ev[1] += 3;
  if (multi && FOREIGN_PLACE_PREFIXES.has(first.text)) ev[2] += 3;
  if (multi && COMPASS_WORDS.has(first.text) && !ORG_HEADS.has(head)) ev[2] += 2.5;
  if (lowerHead) ev[typeIndex[lowerHead]] += 4;
  if (multi && tokens.length > 2 && ORG_PREFIX_HEADS.has(first.text) && (tokens[1].text === 'of' || tokens[1].text === 'for')) ev[1] += 2;
  if (multi && PLACE_PREFIX_HEADS.has(first.text)) ev[2] += 2.5;
  if (multi && MISC_PREFIX_HEADS.has(first.text)) ev[3] += 3.5;
  // "Order of Australia", "Order of the British Empire", "Medal of Honor": honours, not the bodies
  // ("Ministry of …") their first word usually opens.
  else if (multi && isHonourName(lexicon, text)) ev[3] += 10;
  // "Super Typhoon Haeyang", "Tropical Storm Arthur": a storm's category before its kind.
  else if (tokens.length >= 3 && STORM_CATEGORIES.has(first.text) && STORM_KINDS.has(tokens[1].text)) ev[3] += 5;
  const shouting = words.every((t) => t.shape === 'upper') && isGivenName(lexicon, nameForm(first));
  // "Banco do Brasil", "Orvanta do Brasil": a particle before a country ends a body's name, not a
  // person's ("Lula da Silva").
  if (multi && tokens.length >= 3 && INNER_CONNECTORS.has(tokens[tokens.length - 2].text) && isCountry(lexicon, last.text)) ev[1] += 3;
  // "Meta Platforms", "Palo Alto Networks", "United Auto Workers": a plural noun ends a body's name,
  // not a person's ("Tiger Woods", "Roger Waters" are in the name lists).
  const pluralBody = multi && last.shape === 'cap' && PLURAL_ENDING.test(last.text) && isCommon(lexicon, last.text) && !PLACE_HEADS.has(last.text)
    && !MISC_HEADS.has(last.text) && !isPersonName(lexicon, last.text) && !isGivenName(lexicon, last.text)
    && (!isGivenName(lexicon, nameForm(first)) || lexicon.known.get(lexicon.keys.identity(first.text))?.type === 'organization');
  if (pluralBody) ev[1] += 1.5;
  const nameLike = !lowerHead && !pluralBody && words.every((t) => (t.shape === 'cap' || shouting || PARTICLE_SURNAME.test(t.text)) && !isBrandCompound(t.text) && !ORG_HEADS.has(t.text) && !isPluralOrgHead(t.text) && !PLACE_HEADS.has(t.text) && !MISC_HEADS.has(t.text)
    && !COMPASS_WORDS.has(t.text) && !FOREIGN_ORG_PREFIXES.has(t.text) && !FOREIGN_PLACE_PREFIXES.has(t.text))
    && !MISC_PREFIX_HEADS.has(first.text) && !PLACE_PREFIX_HEADS.has(first.text) && !NEVER_FIRST_NAMES.has(first.text);
  if (multi && nameLike) {
    let nameWords = 0;
    const firstForm = nameForm(first);
    const lastForm = nameForm(last);
    if (isGivenName(lexicon, firstForm)) { ev[0] += 2.5; nameWords++; }
    else if (isPersonName(lexicon, firstForm) || /^\p{Lu}\.?$/u.test(first.text)) { ev[0] += 1.5; nameWords++; }
    if (isPersonName(lexicon, lastForm) || isGivenName(lexicon, lastForm)) { ev[0] += 1; nameWords++; }
    // "Karim al-Masri", "Abdel Fattah el-Sisi"
    else if (PARTICLE_SURNAME.test(last.text)) { ev[0] += 1.5; nameWords++; }
    // "Park Seo-yeon", "Lee Jae-myung": a short family name before a hyphenated given name.
    else if (words.length === 2 && first.text.length <= 5 && HYPHENATED_GIVEN_NAME.test(last.text)) { ev[0] += 2.5; nameWords++; }
    // Capitalised words none of which is a personal name: more likely a body or a named thing.
    if (nameWords > 0 && words.length <= 4) ev[0] += 0.5;
    else if (words.some((t) => isCommon(lexicon, t.text))) ev[1] += 0.4;
    else if (words.length <= 3) ev[0] += 0.5;
  }
  // "Wellandshire", "Kingsborough", "Mossburgh": English place-name endings that are rarely surnames.
  if (!known && words.length === 1 && first.shape !== 'upper' && PLACE_NAME_ENDING.test(first.text) && !isPersonName(lexicon, first.text)) ev[2] += 2;
  if (!multi) {
    // "COP30", "MH17", "F-35", "H20": events, flights and products, not bodies.
    if (!known && (/^\p{Lu}{1,4}-?\d{1,4}\p{Ll}?$/u.test(first.text) || WEAPON_CODE.test(first.text))) ev[3] += 2;
    // "A321LR", "Chandrayaan-3", "LVM3-M9", "ALH84001": a designation of letters and digits names a model or a mission.
    else if (!known && first.text.length >= 5 && isDesignation(first.text) && !POSTCODE_LIKE.test(first.text)) ev[3] += 2;
    else if (first.shape === 'upper' && !known) ev[1] += first.text.length <= 6 ? 1.5 : 1;
    else if (first.shape === 'mixed') ev[3] += 1;
    // A lone word that could be anyone's name: a person only a little more likely than a company.
    else if (isGivenName(lexicon, first.text)) ev[0] += 0.6;
    else if (isPersonName(lexicon, first.text)) ev[0] += 0.2;
    ev[1] += 0.3;
  } else if ((tokens.some((t) => t.shape === 'number') && !road) || first.shape === 'mixed') {
    ev[3] += 1.5;
  } else if (words.some((t) => isDesignation(t.text))) {
    // "CC-177 Globemaster III", "CFM LEAP-1A", "Vantara Tessar G2": a name with a model designation in it.
    ev[3] += 2.5;
  }
  if (multi && !nameLike && ev[1] + ev[2] + ev[3] === 0) ev[1] += NEVER_FIRST_NAMES.has(first.text) ? 1.5 : 0.5;
  if (text.includes('&')) ev[1] += 1.5;
  return ev;
}

/** Whether a word that is not lower-case follows the first token (a name of several words). */
function hasWordAfterFirst(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].shape !== 'lower') return true;
  return false;
}

/**
 * The evidence of a name: its own (memoised) and its context's. `prepositionStart` and `preposition`
 * are the word right before it (see `wordStartBefore`; -1 and undefined when none), read once by
 * makeCandidate.
 */
function collectEvidence(ctx: Context, tokens: Token[], part: Part, text: string, end: number, lowerHead: LowerHeadType | undefined,
  prepositionStart: number, preposition: string | undefined): Evidence {
  const { lexicon } = ctx;
  const ev = intrinsicEvidence(ctx, tokens, text, lowerHead).slice() as Evidence;
  const first = tokens[0];
  const last = lastNameToken(tokens);
  const multi = hasWordAfterFirst(tokens);
  if (part.titled) ev[0] += 4;
  // Transcripts: "IYER: It's an estimate" — a name in capitals as a speaker label.
  if (!multi && first.shape === 'upper' && codeAt(ctx.text, end) === 58 && (first.start === 0 || codeAt(ctx.text, first.start - 1) === 10)) ev[0] += 3;
  // "John Glen: Mr Pill, …", "Q3 John Glen:": a speaker's full name opening the line before a colon.
  else if (multi && codeAt(ctx.text, end) === 58 && isGivenName(lexicon, nameForm(first)) && SPEAKER_LINE_START.test(ctx.text.slice(ctx.text.lastIndexOf('\n', first.start - 1) + 1, first.start))) ev[0] += 3;
  // Sports copy: "Chelsea manager", "Villa's striker", "United 2-1 Villa", "beat Arsenal".
  const text0 = ctx.text;
  const next0 = codeAt(text0, end);
  const next1 = codeAt(text0, end + 1);
  if ((next0 === 32 && next1 >= 97 && next1 <= 122) || next0 === 39 || next0 === 0x2019) {
    const teamAfter = teamWordAfter(text0, end);
    // ("Régis Le Bris's side", "Eddie Howe's squad": a manager's, after a given name.)
    const managers = multi && (teamAfter === 'side' || teamAfter === 'squad') && isGivenName(ctx.lexicon, first.text) && !ORG_HEADS.has(ctx.text.slice(ctx.text.lastIndexOf(' ', end - 1) + 1, end));
    if (teamAfter !== undefined && TEAM_AFTER_WORDS.has(teamAfter) && !managers) ev[1] += 3;
  }
  const scoreAfter = next0 === 32 && next1 >= 48 && next1 <= 57 && SCORE_AFTER.test(text0.slice(end, end + 8));
  const previous2 = codeAt(text0, first.start - 2);
  const scoreBefore = first.start >= 4 && previous2 >= 48 && previous2 <= 57 && SCORE_BEFORE.test(text0.slice(first.start - 8, first.start));
  if (scoreAfter || scoreBefore) ev[1] += 3;
  // The two words before the name, nearest first ("shares in Shell": `preposition` "in", `leadNoun` "shares").
  const prepositionCues = preposition === undefined ? 0 : wordCues(preposition);
  // Sliced only after the prepositions the tests below read it after.
  const leadNoun = preposition !== undefined && (ctx.sports || preposition === 'by' || (prepositionCues & CUE_ORG_LEAD_PREPOSITION) !== 0)
    ? wordBefore(text0, prepositionStart) : undefined;
  if (preposition && (prepositionCues & CUE_TEAM_VERB) !== 0) ev[1] += 1.5;
  // "a poll for the Times", "the Sun reported": a newspaper by its short name, where news is reported.
  if (!multi && preposition === 'the' && first.shape === 'cap' && NEWSPAPER_SHORT_NAMES.has(first.text) && readsAsOutlet(text0, prepositionStart, end)) ev[1] += 4;
  // "Variety reported", "told Deadline": a magazine named by a plain word, where news is reported.
  else if (!multi && first.shape === 'cap' && MAGAZINE_NAMES.has(first.text) && readsAsOutlet(text0, first.start, end)) ev[1] += 4;
  // "the West", "the Middle East" style blocs: a lone compass point after "the" is a region, not
  // the surname West.
  if (!multi && preposition === 'the' && COMPASS_POINTS.has(first.text)) ev[2] += 5;
  // "the Fund said", "The Commission will": an organisation's head word standing for it, not a surname.
  if (!multi && (preposition === 'the' || preposition === 'The') && first.shape === 'cap' && ORG_HEADS.has(first.text)) ev[1] += 2;
  if (ctx.sports) addSportsEvidence(ctx, ev, first, text, end, multi, preposition, leadNoun);
  // "Raya; Timber, Saliba (Lewis-Skelly 70)": the names of a team sheet are players.
  if (ctx.playerLists.length > 0 && inPlayerList(ctx, first.start)) ev[0] += 5;
  if (multi && opensParenthesis(ctx.text, end)) addDefinedAcronymEvidence(ctx, ev, tokens, end);

  // Before the name: "shares in Shell", "analysts at Jefferies" name a company.
  if (leadNoun && preposition !== undefined && (prepositionCues & CUE_ORG_LEAD_PREPOSITION) !== 0 && ORG_LEAD_NOUNS.has(leadNoun.toLowerCase())) ev[1] += 2.5;
  // "residents of Catanduanes", "the outskirts of Legazpi": people or parts of a place.
  else if (leadNoun && (preposition === 'of' || preposition === 'in') && PLACE_LEAD_NOUNS.has(leadNoun.toLowerCase())) ev[2] += 2.5;
  // "star of Downton Abbey", "author of The Salt Road": a work after the one who made or starred in it.
  else if (leadNoun && preposition === 'of' && WORK_MAKER_NOUNS.has(leadNoun.toLowerCase())) ev[3] += 7;
  // "The typhoon hit Catanduanes", "floods battered Sylhet": what a storm or a quake strikes.
  if (preposition !== undefined && STRIKE_VERBS.has(preposition)) ev[2] += 1.5;
  // "funded by Wellcome", "acquired by Brindle".
  if (preposition === 'by' && leadNoun !== undefined && ORG_AGENT_PARTICIPLES.has(leadNoun)) ev[1] += 1.5;
  // "published by Jonathan Cape", "distributed by A24": a publisher or distributor, whatever its name says.
  if (preposition === 'by' && (leadNoun === 'published' || leadNoun === 'distributed')) ev[1] += 3;
  // "published in Current Biology", "published today in Science Advances": a journal.
  if (preposition === 'in' && PUBLISHED_IN_BEFORE.test(text0.slice(Math.max(0, first.start - 24), first.start))) ev[1] += 3;
  // "the show Line of Duty", "starred in Slow Horses", "her book, The Salt Road,": a work.
  const miscBefore = ev[3];
  // "the insurer Aviva", "the chipmaker Brauer", "the journal Nature": the kind of body before its name.
  if ((prepositionCues & CUE_ORG_KIND_LEAD) !== 0) ev[1] += 4;
  if ((prepositionCues & CUE_WORK_LEAD) !== 0) ev[3] += 7;
  else if ((prepositionCues & CUE_PRODUCT_LEAD) !== 0) ev[3] += 4;
  else if (codeAt(text0, first.start - 2) === 44 && WORK_BEFORE_COMMA.test(text0.slice(Math.max(0, first.start - 14), first.start))) ev[3] += 4;
  else if ((prepositionCues & CUE_RELEASE_VERB) !== 0) ev[3] += 2;
  else if (preposition === 'in' && leadNoun !== undefined && WORK_IN_VERBS.has(leadNoun)) ev[3] += 2.5;
  // "starred in The Long Quiet", "hosts The Closing Trade": after a cue for a work, a leading "The"
  // says title, not publisher.
  if (ev[3] > miscBefore && first.text === 'The' && multi && !PUBLICATION_HEADS.has(last.text)) ev[1] = Math.max(0, ev[1] - 3);
  // 'the single "Low Tide Hymn"', 'her essay "A Quiet Sea"': a quoted title after the kind of work;
  // a capitalised title quoted whole is a work more often than a body.
  const quoteBefore = codeAt(text0, first.start - 1);
  if ((quoteBefore === 34 || quoteBefore === 0x201c || quoteBefore === 0x2018) && QUOTE_CLOSE.test(text0.slice(end, end + 1))) addQuotedTitleEvidence(text0, ev, first, multi);
  // "Netflix's The Long Quiet": a company's title; "Netflix's Squid Game", "Apple's Vision Pro": a
  // known company's product or work, unless the name has a head of its own ("Apple's Board").
  const before = previousToken(ctx, first);
  // "Marcus Okafor, 29, of Handsworth,": the home town after a court report's age.
  if (codeAt(text0, first.start - 2) === 102 && AGE_THEN_OF.test(text0.slice(Math.max(0, first.start - 10), first.start))) ev[2] += 4;
  if (ownerBefore(text0, first.start)) addOwnerEvidence(ctx, ev, first, last, before, end, multi);
  // "(Marketline) —": the news agency of a dateline.
  if (codeAt(text0, first.start - 1) === 40 && DATELINE_AGENCY_AFTER.test(text0.slice(end, end + 3))) ev[1] += 4;
  if (before && before.line === first.line && !part.titled) {
    const spaced = isSpaceGap(ctx.text, before.end, first.start);
    // "Ukraine's president, Volodymyr Zelenskyy,"
    if (first.start - before.end === 2 && ctx.text.charCodeAt(before.end) === 44 && ctx.text.charCodeAt(before.end + 1) === 32 && before.shape === 'lower' && (LOWER_TITLES.has(before.text) || lexicon.roleNouns.has(before.text))) ev[0] += 2;
    if (spaced && before.text === 'the') {
      // "in the Algarve", "on the Tagus"
      const preposition = previousToken(ctx, before);
      if (preposition && preposition.shape === 'lower' && PLACE_PREPOSITIONS.has(preposition.text) && preposition.text !== 'to') ev[2] += 0.8;
      if (preposition && (preposition.text === 'of' || preposition.text === 'on')) ev[2] += 0.5;
    }
    // A capitalised preposition cut off the run ("In Monmouth, …") counts as well.
    if (spaced && (before.shape === 'lower' || (before.sentenceStart && before.shape === 'cap'))) {
      const w = before.text.toLowerCase();
      if (w === 'in' || w === 'near' || w === 'across' || w === 'throughout' || w === 'outside' || w === 'inside') ev[2] += 1.5;
      else if (PLACE_PREPOSITIONS.has(w)) ev[2] += w === 'to' ? 0.6 : 0.9;
      if (LOWER_TITLES.has(w) || w === 'minister' || w === 'president' || w === 'leader') ev[0] += 3;
      // ("hosts The Closing Trade": a role word before a title with "The" is a verb.)
      else if (before.shape === 'lower' && lexicon.roleNouns.has(w) && multi && first.text !== 'The') ev[0] += 2;
      if (w === 'by') ev[0] += before.sentenceStart ? 1.5 : 0.5;
    }
  }
  if (!multi && first.shape !== 'upper' && !part.titled) addPersonCueEvidence(ctx, ev, first.start, end);
  // After the name.
  if (codeAt(ctx.text, end) === 45) addHyphenSuffixEvidence(ctx.text, ev, end);
  // "Amazon (AMZN.O)", "Rolls-Royce Holdings plc (LSE: RR.)": a listed company.
  if (opensParenthesis(ctx.text, end) && TICKER.test(ctx.text.slice(end, end + 24))) ev[1] += 4;
  if (part.beforeTitle) { ev[2] += 1.5; ev[1] += 0.8; }
  // The lower-case word right after the name (read from the text: plain lower-case words are not
  // always tokens), read once for the tests below.
  const wordAfter = last.possessive ? undefined : nextPlainWord(ctx.text, end);
  // "Andrew Hall said", "Michael Park scored": a venue does not speak or score; a given name and a
  // surname spelled like a venue's head do.
  if (wordAfter !== undefined && tokens.length === 2 && (VENUE_SURNAME_HEADS.has(last.text) || SURNAME_PLACE_HEADS.has(last.text)) && (SPEECH_VERBS.has(wordAfter) || PERSON_ACTION_VERBS.has(wordAfter))
    && isGivenName(ctx.lexicon, nameForm(first)) && !isKnownAs(ctx.lexicon, first.text, 'place', 2)) ev[0] += 4;
  // "the company's Rubin platform", "its Pixel phones": a product line.
  // "Taurus missiles", "an Italian AWACS aircraft": a weapon system, whoever owns it.
  if (wordAfter !== undefined && WEAPON_AFTER_WORDS.has(wordAfter)) ev[3] += 2.5;
  else if (wordAfter !== undefined && PRODUCT_AFTER_WORDS.has(wordAfter)) {
    const lead = ctx.text.slice(Math.max(0, first.start - 20), first.start);
    if (PRODUCT_OWNER_BEFORE.test(lead)) ev[3] += 3;
    else if (lead.endsWith('the ')) ev[3] += 1.5;
    // "its Blackwell and Rubin chips": the second of two product names.
    else if (PRODUCT_PAIR_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 48), first.start))) ev[3] += 3;
  } else if ((wordAfter === 'and' || wordAfter === 'or') && PRODUCT_OWNER_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 20), first.start))) {
    // "its Blackwell and Rubin chips": the first of two product names.
    const pair = PRODUCT_PAIR_AFTER.exec(ctx.text.slice(end, end + 40));
    if (pair && PRODUCT_AFTER_WORDS.has(pair[1])) ev[3] += 3;
  }
  // "the Thorncliffe division", "Abbey ward": an electoral or local area named before its kind;
  // "the EVOKE trial", "the Hopper service", "the KowryPay app": a study, a programme or a product.
  if (wordAfter !== undefined && AREA_AFTER_WORDS.has(wordAfter)) ev[2] += 2.5;
  else if (wordAfter !== undefined && STUDY_AFTER_WORDS.has(wordAfter)) ev[3] += 2.5;
  const following = nextToken(ctx, last);
  if (following && following.line === last.line) {
    const w = following.text.toLowerCase();
    const gapFrom = gapStart(last);
    if (last.possessive && POSSESSED_PLACE_NOUNS.has(w)) ev[2] += 2;
    // "Marsden's mum", "Mitoma's wife": whoever has kin is a person.
    else if (last.possessive && KIN_NOUNS.has(w)) ev[0] += 3;
    else if (last.possessive && ORG_AFTER_WORDS.has(w)) ev[1] += 1;
    if (!last.possessive && isSpaceGap(ctx.text, gapFrom, following.start)) {
      if (SPEECH_VERBS.has(following.text)) { ev[0] += 1.2; ev[1] += 0.5; }
      // ("the GTC conference", "the Loomis festival": an event's kind says more than a plan's or a deal's.)
      if (MISC_AFTER_WORDS.has(following.text)) ev[3] += EVENT_AFTER_WORDS.has(following.text) ? 2.5 : 1.5;
      if (ORG_AFTER_WORDS.has(w)) ev[1] += 1;
      // "Broadcom added 1.1%", "Fennix fell as much as 8%": a listed company.
      if (MARKET_MOVE_VERBS.has(following.text) && !INDEX_NAMES.has(first.text) && !STOCK_INDEXES.has(first.text)
        && MARKET_AMOUNT_AFTER.test(ctx.text.slice(following.end, following.end + 24))) ev[1] += 2.5;
    }
    if (isCommaThenWhiteSpace(ctx.text, gapFrom, following.start)) addAppositiveEvidence(ctx, ev, following, w);
  }
  // "Osmerva (zelfocartimab)", "zelfocartimab (Osmerva)": a brand beside its drug's generic name.
  if (codeAt(ctx.text, end + 1) === 40 || codeAt(ctx.text, first.start - 1) === 40) addDrugBrandEvidence(ctx.text, ev, first.start, end);
  // "KINETIC-1", "SURMOUNT-2": a numbered trial or programme in capitals.
  if (first === last && first.shape === 'upper' && TRIAL_CODE.test(first.text)) ev[3] += 3;
  return ev;
}

/** International non-proprietary name stems of drugs ("-mab", "-tinib", "-glutide", "-vir" …). */
const GENERIC_DRUG = /^[a-z]{3,}(?:mab|nib|tide|vir|stat|cept|parin|sartan|pril|olol|gliflozin|prazole|vastatin|mycin|cillin|floxacin|platin|taxel|lukast|tidine|dronate)$/;
const TRIAL_CODE = /^[A-Z]{3,}-(?:\d{1,2}|EXT|OLE)$/;

function addDrugBrandEvidence(text: string, ev: Evidence, start: number, end: number): void {
  const after = text.charCodeAt(end + 1) === 40 ? /^ \(([a-z]+)\)/.exec(text.slice(end, end + 32)) : null;
  const before = after ? null : /\b([a-z]+) \($/.exec(text.slice(Math.max(0, start - 32), start));
  const generic = after?.[1] ?? before?.[1];
  if (generic !== undefined && GENERIC_DRUG.test(generic)) ev[3] += 5;
}

// The rarer context tests of collectEvidence, each behind its cheap guard there: kept out of it so
// that compiling that hot function does not compile them too (most stay in the interpreter).

/** Sports copy: a lone city name is a club unless a preposition makes it the place. */
function addSportsEvidence(ctx: Context, ev: Evidence, first: Token, text: string, end: number, multi: boolean, preposition: string | undefined, leadNoun: string | undefined): void {
  const { lexicon } = ctx;
  const text0 = ctx.text;
  // "the Magpies", "the Gunners": a team by its nickname (not "the Olympics", "the Highlands").
  if (!multi && preposition === 'the' && first.shape === 'cap' && !first.sentenceStart && isPluralNickname(first.text)
    && !NOT_TEAM_PLURALS.has(first.text) && !lexicon.demonyms.has(first.text) && !lexicon.known.has(lexicon.keys.identity(text))) ev[1] += 3;
  if (TEAM_VERB_AFTER.test(text0.slice(end, end + 12))) ev[1] += 2;
  // "after Gakpo opened the scoring", "Beto headed wide": a name no list knows, before what a player
  // does, is a player (a club scores too, but clubs are known names or towns).
  else if (!multi && first.shape === 'cap' && PLAYER_VERB_AFTER.test(text0.slice(end, end + 20)) && !lexicon.known.has(lexicon.keys.identity(text))
    && !isCommon(lexicon, first.text)) ev[0] += 3;
  // "his move from Benfica", "drew 1-1 at Brighton", "lost 3-0 to Burnley", "at home to Leeds": a club, not the town.
  const clubAfterPreposition = preposition !== undefined
    && ((preposition === 'from' && leadNoun !== undefined && TRANSFER_NOUNS.has(leadNoun)) || ((preposition === 'at' || preposition === 'to') && SCORE_THEN_PREPOSITION.test(text0.slice(Math.max(0, first.start - 10), first.start)))
      || (preposition === 'to' && (leadNoun === 'travel' || leadNoun === 'travels' || leadNoun === 'trip' || leadNoun === 'home')));
  if (clubAfterPreposition) ev[1] += 2;
  // ("MADRID —", "LONDON, Nov 24 -": a dateline's place is where the story was filed.)
  const dateline = (first.start === 0 || codeAt(text0, first.start - 1) === 10) && DATELINE_PLACE_AFTER.test(text0.slice(end, end + 4));
  if (!multi && !dateline && !(preposition && PLACE_PREPOSITIONS.has(preposition) && !clubAfterPreposition) && codeAt(text0, first.start - 1) !== 40) {
    const known = lexicon.known.get(lexicon.keys.identity(text));
    if (known && known.type === 'place' && known.strength <= 3) ev[1] += known.strength * 1.5 + 1;
  }
}

/** Magazines and sites named by one plain word, without "the" ("Variety", "Deadline", "Wired"). */
const MAGAZINE_NAMES = new Set(['Variety', 'Deadline', 'Billboard', 'Vogue', 'Wired', 'Fortune', 'Mashable', 'Engadget', 'Gizmodo', 'Vulture', 'Pitchfork']);

/** Newspapers named by one word after "the" ("the Times", "the Mirror"): plain words elsewhere. */
const NEWSPAPER_SHORT_NAMES = new Set(['Times', 'Telegraph', 'Guardian', 'Mirror', 'Sun', 'Independent', 'Observer', 'Economist', 'Spectator',
  'Scotsman', 'Herald', 'Post', 'Mail', 'Express', 'Star', 'Standard', 'Inquirer', 'Gazette', 'Chronicle', 'Tribune', 'Courier', 'Examiner', 'Globe']);
const REPORTING_BEFORE = /(?:^|[^\p{L}])(?:told|to|in|for|by|wrote|according|reported|interview|column|editor|columnist|of)\s$/u;
const REPORTING_AFTER = /^(?:['’]s|\s+(?:said|says|reported|reports|revealed|reveals|found|newspaper|columnist|editor|understands|has\s+learned|obtained|published))(?![\p{L}])/u;

/** "for the Times", "the Sun reported": the reporting context of a newspaper's short name (`theStart`: where "the" starts). */
function readsAsOutlet(text: string, theStart: number, end: number): boolean {
  return REPORTING_AFTER.test(text.slice(end, end + 16)) || (theStart > 0 && REPORTING_BEFORE.test(text.slice(Math.max(0, theStart - 14), theStart)))
    // "Variety" alone on a page's first line: the masthead.
    || (text.slice(0, theStart).trim() === '' && LINE_ENDS.test(text.slice(end, end + 4)));
}
const LINE_ENDS = /^[ \t]*(?:\r?\n|$)/;
const PUBLISHED_IN_BEFORE = /\bpublished (?:today |this week |online )?in (?:the journal )?$/;

/** Editions written after a model's number ("Pixel 10 Pro", "iPhone 17 Pro Max", "Galaxy Z Fold 7"). */
const MODEL_EDITIONS = new Set(['Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'mini', 'XL', 'Lite', 'Air', 'SE', 'Edge', 'FE', 'Fold', 'Flip', 'Flash', 'Elite', 'Heavy', 'Nano', 'Turbo']);

/** Who makes or stars in a work, before "of" and its title. */
const WORK_MAKER_NOUNS = new Set(['star', 'stars', 'author', 'authors', 'creator', 'creators', 'showrunner']);

/** Heads of the institutions two places may name together ("Chelsea and Westminster Hospital"). */
const INSTITUTION_HEADS = new Set(['Hospital', 'Hospitals', 'Trust', 'Council', 'Authority', 'Police', 'Constabulary', 'University', 'College']);

/**
 * A one-word place, "and", then capitalised words ending in an institution's head on the same line
 * ("Chelsea and Westminster Hospital"), not a list of places ("France and Germany"). The first word
 * may be listed as something else too ("Avon and Somerset Police"), but not as a person.
 */
function placesBeforeInstitution(ctx: Context, run: Token[], tokens: readonly Token[], andIndex: number): boolean {
  const known = run.length === 1 ? ctx.lexicon.known.get(ctx.lexicon.keys.identity(run[0].text)) : undefined;
  if (known === undefined || known.type === 'person') return false;
  for (let k = andIndex + 1; k < tokens.length && k <= andIndex + 5; k++) {
    const t = tokens[k];
    if (t.shape !== 'cap' || t.line !== run[0].line) return false;
    if (INSTITUTION_HEADS.has(t.text)) return k > andIndex + 1;
  }
  return false;
}

/** Heads of things that are also common surnames ("Julie Inman Grant", "Doris Day"). */
const SURNAME_HEADS = new Set(['Grant', 'Day', 'Hall', 'Bell', 'Park', 'Ford', 'Church', 'Law', 'Bridge', 'Marsh', 'House', 'Mills', 'Mill', 'Castle', 'Temple', 'Tower', 'Bush', 'Street', 'Wall', 'Gates', 'Port', 'Fort', 'Bay', 'Case']);

/** Plain words that often open a body's name ("Union Press Association", "United Airlines"). */
const NAME_LEADING_WORDS = new Set(['Union', 'United', 'General', 'Standard', 'Royal', 'Central', 'Federal', 'Global', 'International',
  'Universal', 'Continental', 'Allied', 'Associated', 'Consolidated', 'Independent', 'Liberty', 'Pacific', 'Atlantic', 'Northern', 'Southern',
  'Eastern', 'Western', 'First', 'New', 'Great', 'Grand', 'Metropolitan', 'Digital', 'Advanced', 'Applied', 'American', 'Public', 'Open']);

/** A country ("the Kenya virus response" is about Kenya): strength 4 places are countries and their aliases. */
const HONOUR = /^(?:Order of (?:the )?(?:British Empire|Merit|Garter|Thistle|Bath|Rising Sun|Companions of Honour|Lenin|Friendship|Glory|Courage|Liberty|Southern Cross|Polar Star|White Eagle|Aztec Eagle|Star of \p{Lu}\p{L}+|Crown of \p{Lu}\p{L}+|Holy Sepulchre|Golden Fleece)|(?:Presidential |Congressional )?Medal of (?:Honou?r|Freedom)|Legion of Honou?r)$/u;
/** Religious and chivalric bodies named "Order of …": they act and own things ("the Order of Malta said"). */
const ORDER_BODIES: ReadonlySet<string> = new Set(['Malta']);

/** "Order of Australia", "Order of the British Empire", "Medal of Honor": an honour, named as such or after its country. */
function isHonourName(lexicon: Lexicon, name: string): boolean {
  if (HONOUR.test(name)) return true;
  if (!name.startsWith('Order of ')) return false;
  const rest = name.slice(9);
  return !ORDER_BODIES.has(rest) && isCountryName(lexicon, rest);
}

function isCountryName(lexicon: Lexicon, name: string): boolean {
  return isKnownAs(lexicon, name, 'place', 4);
}

/** The lower-case word after a disease named for a place or a person ("Ebola virus", "Lyme disease", "Lassa fever"). */
const DISEASE_AFTER = /^ (?:virus|disease|fever|syndrome)\b/;
const DISEASE_NAMES: ReadonlySet<string> = new Set(['COVID', 'Covid', 'COVID-19', 'Covid-19', 'SARS', 'MERS', 'Mpox', 'MPOX']);

/** "the 10-year Treasury fell", "two-year Treasuries": a term before it makes the word a bond. */
const TERM_BEFORE = /\b(?:\d{1,2}|one|two|three|five|seven|ten|thirty)-(?:year|month|week) $/i;
const TREASURY_SECURITY_AFTER = /^ (?:yields?|notes?|bonds?|bills?|securities|markets?|auctions?|prices|futures|curve|rates?)\b/;

/** Verbs after a name that only a person's name takes ("Michael Park scored twice"). */
const PERSON_ACTION_VERBS = new Set(['scored', 'resigned', 'died', 'smiled', 'laughed', 'wept', 'testified', 'pleaded', 'starred', 'joined', 'married', 'who', 'hit', 'won', 'lost']);

/** Of those, the ones that name a building or a place after a person ("Thalia Hall", "Kennedy Bridge", "Norwood Park"). */
const VENUE_SURNAME_HEADS = new Set(['Hall', 'House', 'Tower', 'Castle', 'Church', 'Temple', 'Bridge', 'Street', 'Port', 'Fort', 'Bay', 'Park', 'Mill', 'Wall']);

/** Plural last words of companies' names ("Adani Ports", "Tata Motors"): such a name is whole before "and". */
const COMPANY_PLURAL_HEADS = new Set(['Ports', 'Motors', 'Holdings', 'Industries', 'Airlines', 'Airways', 'Systems', 'Networks', 'Platforms',
  'Partners', 'Enterprises', 'Resources', 'Technologies', 'Pharmaceuticals', 'Brands', 'Foods', 'Stores', 'Communications', 'Solutions', 'Therapeutics', 'Electronics']);
const EVENT_AFTER_WORDS = new Set(['summit', 'conference', 'festival', 'tournament', 'championship']);
const PROGRAMME_AFTER = /^[ \u00a0](?:programme|program|show|podcast)(?![\p{L}])/u;
const RELATIVE_DAY_WORDS = new Set(['Today', 'Tonight', 'Tomorrow', 'Yesterday']);

/** Plurals in sports copy that name events or regions, not teams. */
const NOT_TEAM_PLURALS = new Set(['Olympics', 'Paralympics', 'Games', 'Ashes', 'Championships', 'Finals', 'Playoffs', 'Nationals', 'Majors', 'Midlands', 'Highlands', 'Americas', 'Alps', 'Rockies']);

/** "Magpies", "Gunners", "Bears": a capitalised word ending in a plural "s" (not "ss" or "'s"). */
function isPluralNickname(word: string): boolean {
  return word.length >= 4 && PLURAL_ENDING.test(word) && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/**
 * "Natural Resources Wales (NRW)": names that define an acronym are mostly organisations, and
 * a "Centre" with an acronym is an institution, not a venue. (A name of several words before a bracket.)
 */
function addDefinedAcronymEvidence(ctx: Context, ev: Evidence, tokens: Token[], end: number): void {
  const head = headOf(tokens).text;
  if ((head === 'Centre' || head === 'Center') && DEFINED_ACRONYM.test(ctx.text.slice(end, end + 16))) ev[1] += 3.5;
  if (ev[2] + ev[3] < 2 && DEFINED_ACRONYM.test(ctx.text.slice(end, end + 16))) ev[1] += 2;
}

/** A name quoted whole: a work, surely so after the kind of work ('the single "Low Tide Hymn"'). */
function addQuotedTitleEvidence(text: string, ev: Evidence, first: Token, multi: boolean): void {
  const kind = WORD_BEFORE_QUOTE.exec(text.slice(Math.max(0, first.start - 24), first.start))?.[1];
  if (kind !== undefined && (WORK_LEAD_NOUNS.has(kind) || QUOTED_WORK_NOUNS.has(kind))) ev[3] += 5;
  else if (multi) ev[3] += 1.5;
}

/** A name after a possessive owner ("Netflix's The Long Quiet", "Apple's Vision Pro"). */
function addOwnerEvidence(ctx: Context, ev: Evidence, first: Token, last: Token, before: Token | undefined, end: number, multi: boolean): void {
  const { lexicon } = ctx;
  if (multi && first.text === 'The') ev[3] += 2;
  else {
    const owner = before;
    const ownerKnown = owner && owner.possessive ? lexicon.known.get(lexicon.keys.identity(owner.text)) : undefined;
    const ownHead = ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text) || isPluralOrgHead(last.text);
    const partOfOwner = SUBSIDIARY_AFTER.test(ctx.text.slice(end, end + 14));
    if (ownerKnown?.type === 'organization' && !ownHead && !partOfOwner && !isGivenName(lexicon, nameForm(first))) ev[3] += 2.5;
  }
}

/** A hyphen right after the name: "Kyiv-based" says place, "Chu-directed" person, "-backed" place or body. */
function addHyphenSuffixEvidence(text: string, ev: Evidence, end: number): void {
  const after = text.slice(end, end + 40);
  if (/^-[a-z]/.test(after)) {
    const suffix = /^-([a-z]+)/.exec(after)?.[1];
    if (suffix && PLACE_HYPHEN_SUFFIXES.has(suffix)) ev[2] += 2.5;
    else if (suffix && PERSON_HYPHEN_SUFFIXES.has(suffix)) ev[0] += 2.5;
    else if (suffix && HYPHEN_CONTEXT_SUFFIXES.has(suffix)) { ev[2] += 0.8; ev[1] += 0.8; }
  }
}

/** A comma after the name, then an appositive (", the state grid operator,", ", a 19-year-old deckhand"). */
function addAppositiveEvidence(ctx: Context, ev: Evidence, following: Token, w: string): void {
  // Within the paragraph: a blank line ends it, as it ends a block (so whole text and blocks agree).
  const window = ctx.text.slice(following.start, following.start + 80);
  const blankLine = BLANK_LINE.exec(window);
  const appositive = APPOSITIVE.exec(blankLine ? window.slice(0, blankLine.index) : window);
  if (appositive) {
    const noun = appositive[1].toLowerCase();
    if (APPOSITIVE_ORG_NOUNS.has(noun) || noun.endsWith('maker')) ev[1] += 2;
    else if (APPOSITIVE_MISC_NOUNS.has(noun)) ev[3] += 2;
    else if (APPOSITIVE_PERSON_NOUNS.has(noun) || ctx.lexicon.roleNouns.has(noun)) ev[0] += 2;
    else if (APPOSITIVE_PLACE_NOUNS.has(noun)) ev[2] += 2;
  }
  // "Tiago, a 19-year-old deckhand": an age in the appositive describes a person.
  if (ctx.text.charCodeAt(following.start) === 97 && AGE_APPOSITIVE.test(ctx.text.slice(following.start, following.start + 40))) ev[0] += 3;
  if (w === 'who') ev[0] += 1.5;
  // "Moriyama, 63, told": an age between commas describes a person.
  else if (following.shape === 'number' && following.text.length <= 2) ev[0] += codeAt(ctx.text, following.end) === 44 ? 3.5 : 1.5;
  else if (w === 'which') ev[1] += 0.5;
}

/** "…," said Whitfield, a volunteer': a one-word name right after a verb of saying, then a stop. */
const SAID_BEFORE = /(?:^|[\s,"”’])(?:said|says|adds|added|told|asked|wrote)\s$/;
const SAID_NAME_AFTER = /^(?:[,.;:!?]|\s*$|\s+(?:on|in|at|when|after|before|from|of|who)\b)/;
/** 'the handle "Nyx"', 'known as "Naninho"', 'call sign "Madyar"': someone's other name, in quotes. */
const ALIAS_BEFORE = /(?:handle|nickname|nicknamed|call\s+sign|alias|known\s+as|dubbed|called\s+(?:himself|herself|themselves))\s+["“‘']$/;
/** "They didn't do this. – Kez": a comment or post signed with a name after a dash at the end of its line. */
const SIGNATURE_BEFORE = /(?:^|[.!?"”)]\s+|\n)[–—-]\s$/;
const SIGNATURE_AFTER = /^\s*(?:$|\n|[▲▼|•(])/;

/** Evidence that a one-word name is a person's, from the words around it. */
function addPersonCueEvidence(ctx: Context, ev: Evidence, start: number, end: number): void {
  const text = ctx.text;
  // "my cousin Deepa", "driver Verstappen": one person's kin or role right before the name.
  const noun = codeAt(text, start - 1) === 32 ? wordBefore(text, start) : undefined;
  if (noun !== undefined && (KIN_NOUNS.has(noun) || (ctx.lexicon.roleNouns.has(noun) && !LOWER_TITLES.has(noun) && !NOT_ONLY_PEOPLE_ROLES.has(noun)
    && codeAt(noun, noun.length - 1) !== 115))) {
    ev[0] += 3.5;
    return;
  }
  const lead = text.slice(Math.max(0, start - 24), start);
  if (SAID_BEFORE.test(lead) && SAID_NAME_AFTER.test(text.slice(end, end + 8))) ev[0] += 2.5;
  else if (ALIAS_BEFORE.test(lead)) ev[0] += 3;
  else if (SIGNATURE_BEFORE.test(lead) && SIGNATURE_AFTER.test(text.slice(end, end + 4))) ev[0] += 3;
}

/**
 * "CVE-2026-40117", "DES-SIS-004": a code of capitals and digits in three or more parts
 * (vulnerabilities, evacuation zones, case numbers) identifies a thing, it names nobody.
 */
const IDENTIFIER_CODE = /^[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8})+-\d{2,}$/;

const STORM_CATEGORIES = new Set(['Super', 'Tropical', 'Severe', 'Extratropical', 'Subtropical', 'Post-Tropical', 'Winter']);
const STORM_KINDS = new Set(['Typhoon', 'Storm', 'Cyclone', 'Depression', 'Hurricane']);
const NUMBERED_PARTS = new Set(['Part', 'Section', 'Chapter', 'Schedule', 'Clause', 'Paragraph', 'Annex', 'Appendix', 'Volume', 'Phase', 'Stage', 'Tier', 'Grade']);
const ROMAN_NUMERAL = /^[IVXL]+$/;

function isIdentifierCode(t: Token): boolean {
  return t.shape === 'upper' && t.text.indexOf('-') !== t.text.lastIndexOf('-') && IDENTIFIER_CODE.test(t.text);
}

function isPrefixedCommonAcronym(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && hyphen <= 5 && codeAt(word, 0) >= 97 && COMMON_ACRONYMS.has(word.slice(hyphen + 1));
}

/** "New Zealander", "Two Sri Lankans": a nationality of two or three words, after a number word too. */
function isMultiWordDemonym(ctx: Context, tokens: Token[]): boolean {
  const from = NEVER_ALONE.has(tokens[0].text) ? 1 : 0;
  if (!ctx.lexicon.demonymFirstWords.has(tokens[from].text)) return false;
  return ctx.lexicon.demonyms.has(ctx.text.slice(tokens[from].start, tokens[tokens.length - 1].end));
}

function makeCandidate(ctx: Context, tokens: Token[], part: Part): Candidate | undefined {
  const { lexicon } = ctx;
  const first = tokens[0];
  const last = lastNameToken(tokens);
  for (const t of tokens) if (isIdentifierCode(t)) return undefined;
  // "Part III of the opinion", "a Phase II trial": a numbered part of something is no name.
  if (tokens.length === 2 && NUMBERED_PARTS.has(first.text) && ROMAN_NUMERAL.test(last.text)) return undefined;
  // "601 U.S. 416": a law report between its volume and page is no place.
  if (tokens.length === 1 && first.text === 'U.S.' && isDigitCode(codeAt(ctx.text, first.start - 2)) && isDigitCode(codeAt(ctx.text, first.end + 1))) return undefined;
  // "the Green candidate", "a Green gain": the Green Party, not a village green.
  if (tokens.length === 1 && first.text === 'Green' && GREEN_PARTY_ROLE_AFTER.test(ctx.text.slice(first.end, first.end + 16))) {
    return plainCandidate(first.start, first.text, lexicon.keys.identity('Green Party'), evidenceOf(0, 5, 0, 0));
  }
  // "a pre-IPO sale", "post-GDPR": a lower-case prefix before a common acronym.
  if (tokens.length === 1 && first.shape === 'mixed' && isPrefixedCommonAcronym(first.text)) return undefined;
  if (tokens.length === 1 && DISEASE_NAMES.has(first.text)) return undefined;
  // "FT: Arsenal 2-1 Tottenham", "HT 1-0": full time and half time in sports copy, not the Financial Times.
  if (tokens.length === 1 && (first.text === 'FT' || first.text === 'HT' || first.text === 'AET') && (ctx.sports || /^:? ?(?:\p{Lu}|\d)/u.test(ctx.text.slice(first.end, first.end + 3)))
    && /^(?::|\s+\d)/.test(ctx.text.slice(first.end, first.end + 3))) return undefined;
  // "18 U.S.C. § 1343": the US Code in a citation, not a university.
  if (tokens.length === 1 && (first.text === 'U.S.C.' || first.text === 'USC') && (/\d $/.test(ctx.text.slice(Math.max(0, first.start - 2), first.start)) || /^ ?§/.test(ctx.text.slice(first.end, first.end + 2)))) return undefined;
  // "the Union government", "Union ministers": India's federal level, an adjective, not a trade union.
  if (tokens.length === 1 && first.text === 'Union' && /^ (?:government|governments|cabinet|minister|ministers|ministry|budget|territory|territories)\b/.test(ctx.text.slice(first.end, first.end + 14))) return undefined;
  // "HC 412", "HL Paper 23": a parliamentary paper's number, an identifier.
  if (tokens.length === 1 && (first.text === 'HC' || first.text === 'HL') && /^ (?:Paper )?\d/.test(ctx.text.slice(first.end, first.end + 8))) return undefined;
  // "Nobel laureate Muhammad Yunus": the prize's laureate is a description, not the prize.
  if (tokens.length === 1 && first.text === 'Nobel' && /^ (?:laureates?|winners?|prize-winning|peace laureate)\b/.test(ctx.text.slice(first.end, first.end + 20))) return undefined;
  // "the lone Republican to vote no", "a divided Republican conference", "Democratic-led cities": a
  // US party's singular word describes a member or a thing (labels leave it out; "Republicans" is the party).
  if (tokens.length === 1 && US_PARTY_SINGULARS.has(first.text) && !first.possessive && !PARTY_AFTER.test(ctx.text.slice(first.end, first.end + 8))) return undefined;
  // "Marburg virus disease", "Rift Valley fever": a disease named after a place, no place.
  if (DISEASE_AFTER.test(ctx.text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 10)) && !isCountryName(lexicon, ctx.text.slice(first.start, tokens[tokens.length - 1].end))) return undefined;
  // "The New Zealander's album", "two Sri Lankans": a nationality of two words is no name either.
  if ((tokens.length === 2 || tokens.length === 3) && isMultiWordDemonym(ctx, tokens)) return undefined;
  // "Moody's", "McDonald's", "Sainsbury's": a company whose name is a possessive, apostrophe and all.
  if (tokens.length === 1 && first.possessive && POSSESSIVE_COMPANIES.has(first.text) && !followsGivenName(ctx, first)) {
    const name = ctx.text.slice(first.start, first.end + 2);
    return plainCandidate(first.start, name, lexicon.keys.identity(`${first.text}s`), evidenceOf(0, 6, 0, 0));
  }
  const start = first.start;
  let end = last.end;
  // "Santa Maria hospital", "Belém cultural centre": a lower-case head that names the institution.
  let lowerHead: LowerHeadType | undefined;
  if (!last.possessive && tokens.length <= 4) {
    const lowerNext = codeAt(ctx.text, end) === 32 && codeAt(ctx.text, end + 1) >= 97 && codeAt(ctx.text, end + 1) <= 122;
    const after = lowerNext && mayStartLowerHead(ctx.text, end + 1) ? LOWER_HEAD_AFTER.exec(ctx.text.slice(end, end + 24)) : null;
    const head = after ? lowerHeadOf(ctx, start, end, after) : undefined;
    if (head) {
      lowerHead = head.type;
      end += head.length;
    }
  }
  // "Private Securities Litigation Reform Act of 1995": a law's year is part of its name, not of
  // its key (the act written without its year is the same entity, as in wholeTextNames).
  let yearLength = 0;
  if (!lowerHead && LAW_HEADS.has(last.text) && codeAt(ctx.text, end) === 32 && codeAt(ctx.text, end + 1) === 111) {
    const year = LAW_YEAR_AFTER.exec(ctx.text.slice(end, end + 9));
    if (year) {
      yearLength = year[0].length;
      end += yearLength;
    }
  }
  // A one-word name is its token's text: reusing that string (rather than slicing an equal one)
  // lets every lookup below reuse its hash.
  const text = tokens.length === 1 && end === first.end ? first.text : ctx.text.slice(start, end);
  // One name-shaped token (most names): its array, not a filtered copy.
  const words = tokens.length === 1 && first.shape !== 'lower' ? tokens : tokens.filter((t) => t.shape !== 'lower');
  if (words.length === 0) return undefined;
  const single = words.length === 1;
  const firstCues = single ? wordCues(first.text) : 0;
  if (single && (firstCues & (CUE_NEVER_ALONE | CUE_CALENDAR)) !== 0) return undefined;
  if (single && first.text.length === 1) return undefined;
  // "Chinese EVs", "the CEOs": a common acronym left alone after a cut is no name either.
  if (single && (firstCues & CUE_COMMON_ACRONYM) !== 0) return undefined;
  // "Health Correspondent", "Political Editor": a job description, not a name.
  // A plural role word ends a body's name instead ("United Auto Workers").
  if (!single && last.shape === 'cap' && !last.possessive && hasLowerFlag(lexicon, last.text, LOWER_ROLE) && isJobDescription(lexicon, words, first, last)) return undefined;
  if (single && first.text.includes('-') && isNeverAloneCompound(first.text)) return undefined;
  // Roman numerals and single letters alone are not names (but "ICC" is no numeral).
  if (single && first.text.length <= 4 && ROMAN_FIRST.has(first.text.charCodeAt(0)) && WELL_FORMED_ROMAN.test(first.text)) return undefined;
  const weak = first.headline || (first.sentenceStart && !part.titled && !(single && first.shape === 'upper'));
  const apostrophe = apostropheIndex(first.text);
  const commonWord = single && isCommon(lexicon, apostrophe > 0 ? first.text.slice(0, apostrophe) : first.text);
  const key = ctx.lexicon.keys.identity(yearLength > 0 ? text.slice(0, text.length - yearLength) : text);
  // The word right before the name ("in", "the"), read once for the evidence and the determiner.
  const precedingWordStart = wordStartBefore(ctx.text, start);
  const precedingWord = precedingWordStart < 0 ? undefined : ctx.text.slice(precedingWordStart, start - 1);
  return {
    start,
    end,
    text,
    key,
    wordCount: words.length,
    weak,
    commonWord,
    evidence: collectEvidence(ctx, tokens, part, text, end, lowerHead, precedingWordStart, precedingWord),
    // A one-word name's last word is the name: one key lookup, not two. ("Robert F. Kennedy Jr.": the
    // surname before a generational suffix.)
    lastWordKey: text === last.text ? key : ctx.lexicon.keys.identity(NAME_SUFFIXES.has(last.text) && tokens.length >= 3 ? tokens[tokens.length - 2].text : last.text),
    acronym: single && first.shape === 'upper',
    defines: opensParenthesis(ctx.text, end) ? acronymDefinedAfter(ctx.text, text, end) : undefined,
    initials: words.length >= 2 ? initialsOf(text) : undefined,
    titled: part.titled || undefined,
    // "The Harbour Blog", or a masthead alone on its line ending in an organisation head.
    publication: (first.text === 'The' && words.length <= 4 && PUBLICATION_HEADS.has(last.text))
      || (words.length >= 2 && words.length <= 5 && (ORG_HEADS.has(last.text) || PUBLICATION_HEADS.has(last.text)) && runAloneOnLine(ctx.text, first, last))
      // "Variety reported": a magazine named by a plain word, where news is reported.
      || (words.length === 1 && MAGAZINE_NAMES.has(first.text) && readsAsOutlet(ctx.text, first.start, first.end)) || undefined,
    determiner: isDeterminer(precedingWord) || undefined,
  };
}

// The rarer tests of makeCandidate, each behind its cheap guard there (kept out of the hot function).

/** The lower-case head after a name ("Santa Maria hospital"), and how many characters it adds to the name. */
function lowerHeadOf(ctx: Context, start: number, end: number, after: RegExpExecArray): { type: LowerHeadType; length: number } | undefined {
  const pair = after[2] ? LOWER_HEAD_PAIRS.get(`${after[1]} ${after[2]}`) : undefined;
  let single = LOWER_HEADS.get(after[1]);
  // A document's kind after a name ("the Paris agreement") only when the name is a place; a
  // wildfire in AP style ("the Cinder Pass fire") only when the name is nothing known ("a
  // Paris fire", "a Tesla fire").
  if (single === 'misc' && (after[1] === 'fire'
    ? ctx.lexicon.known.has(ctx.lexicon.keys.identity(ctx.text.slice(start, end)))
    : !isKnownAs(ctx.lexicon, ctx.text.slice(start, end), 'place', 2))) single = undefined;
  if (pair) return { type: pair, length: after[0].length };
  if (single) return { type: single, length: after[0].length - (after[2] ? after[2].length + 1 : 0) };
  return undefined;
}

/**
 * "Health Correspondent", "Political Editor": a job description, not a name (given a last word that
 * is a role noun). A plural role word ends a body's name instead ("United Auto Workers").
 */
function isJobDescription(lexicon: Lexicon, words: Token[], first: Token, last: Token): boolean {
  return !ORG_HEADS.has(last.text) && !PLURAL_ENDING.test(last.text)
    && !(first.text === 'The' && PUBLICATION_HEADS.has(last.text))
    && !isPersonName(lexicon, last.text) && words.every((t) => t === last || isCommon(lexicon, t.text));
}

/** "Thirty-Five", "Anti-War": hyphenated words that are no name alone. */
function isNeverAloneCompound(word: string): boolean {
  return word.split('-').every((p) => NEVER_ALONE.has(p) || NEVER_ALONE.has(p[0].toUpperCase() + p.slice(1)));
}


export interface DocumentCandidates {
  readonly candidates: Candidate[];
  /** Hashes of distinct lower-case words of the text that are not common English words. */
  readonly rareLowerWords: number[];
}

const WORK_BEFORE_COMMA = /\b(?:book|novel|film|movie|memoir|album|series|show|documentary|podcast|play),? $/;

function isLowerAsciiCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** End of the run of codes passing `test` from `from`, at most `limit`. */
function runEnd(text: string, from: number, limit: number, test: (code: number) => boolean): number {
  let i = from;
  while (i < limit && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The ASCII word after a space at `end` (" said" → "said"), read within 16 characters, or undefined
 * when a digit or "_" is glued to it: /^ ([a-zA-Z]+)\b/ on the next 16 characters, without the match.
 */
function nextPlainWord(text: string, end: number): string | undefined {
  if (codeAt(text, end) !== 32) return undefined;
  const limit = Math.min(text.length, end + 16);
  const wordEnd = runEnd(text, end + 1, limit, isAsciiLetter);
  if (wordEnd === end + 1) return undefined;
  const after = wordEnd < limit ? text.charCodeAt(wordEnd) : NaN;
  if ((after >= 48 && after <= 57) || after === 95) return undefined;
  return text.slice(end + 1, wordEnd);
}

/**
 * The lower-case word after a name, past its possessive ("Villa's striker" → "striker"), read within
 * 14 characters: /^(?:['’]s)? ([a-z]+)/ on the next 14 characters, without the match.
 */
function teamWordAfter(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 14);
  let from = end;
  const c = codeAt(text, end);
  if ((c === 39 || c === 0x2019) && codeAt(text, end + 1) === 115 && end + 3 < limit && text.charCodeAt(end + 2) === 32
    && isLowerAsciiCode(text.charCodeAt(end + 3))) from = end + 2;
  if (!(from + 1 < limit && text.charCodeAt(from) === 32 && isLowerAsciiCode(text.charCodeAt(from + 1)))) return undefined;
  return text.slice(from + 1, runEnd(text, from + 1, limit, isLowerAsciiCode));
}
const SCORE_THEN_PREPOSITION = /\d[-–]\d{1,2} (?:at|to) $/;
const DATELINE_AGENCY_AFTER = /^\) ?[—–-]/;
/** After a dateline's place: a dash, or a comma before the date ("MADRID —", "LONDON, Nov 24"). */
const DATELINE_PLACE_AFTER = /^(?: ?[—–]| --? |, \p{Lu}| \()/u;
const PRODUCT_PAIR_AFTER = /^ (?:and|or) \p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)? (\p{Ll}+)/u;
const PRODUCT_PAIR_BEFORE = /(?:['’]s|\b(?:its|their|his|her|our|new|latest)) \p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)? (?:and|or) $/u;
const PRODUCT_OWNER_BEFORE = /(?:['’]s|\b(?:its|their|his|her|our|new|latest|next-generation|flagship|upcoming|forthcoming|previous|older|current)) $/;
const MARKET_AMOUNT_AFTER = /^ (?:(?:as much as|nearly|almost|about|around|more than|over|just over|by) )?[$£€]?\d/;
const SCORE_AFTER = /^ \d{1,2}[-–]\d{1,2}\b/;
const SCORE_BEFORE = /\b\d{1,2}[-–]\d{1,2} $/;
const TEAM_VERBS = new Set(['beat', 'beating', 'against', 'v', 'vs', 'drew', 'defeated', 'thrashed', 'host', 'hosts', 'hosted', 'face', 'faces', 'visit', 'visiting']);
/** "N19", "SW1A", "B3": a postcode district or a road, short letters then digits. */
const POSTCODE_LIKE = /^\p{Lu}{1,2}\d{1,2}\p{Lu}?$/u;
const ORDINAL_WORD = /^\d+(?:st|nd|rd|th|ª|º)$/u;

/** A word of letters and digits ("S25", "LEAP-1A", "CC-177"), not an ordinal ("19th"). */
function isDesignation(word: string): boolean {
  let letters = false;
  let digits = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) digits = true;
    else if (code !== 45) letters = true;
  }
  return letters && digits && !ORDINAL_WORD.test(word);
}

const MODEL_TOKEN = /^(?:\p{Lu}{0,3}\d{1,4}(?:\p{Ll}{0,2}|\p{Lu}{1,2})|Ultra|Pro|Max|Plus|Mini|OLED|XL|XS)$/u;
const STOCK_INDEXES = new Set(['FTSE', 'DAX', 'CAC', 'Nikkei', 'Stoxx', 'STOXX', 'Russell', 'Euro', 'Sensex', 'Nifty', 'ASX', 'KOSPI', 'TSX', 'IBEX', 'AEX', 'SMI']);
/** "D-Mass.", "R-Texas": a US lawmaker's party and state. */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;
const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d{2,4}|\d{1,2}G)$/;
const UNIT_WORDS = new Set(['mmHg', 'kWh', 'MWh', 'GWh', 'TWh', 'mph', 'kph', 'mAh', 'dB', 'Hz', 'kHz', 'MHz', 'GHz']);

/** What PERIOD_CODE needs: a digit first or second ("Q3", "H1", "5G") or "FY". */
function mayBePeriodCode(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = codeAt(word, 1);
  return (first >= 48 && first <= 57) || (second >= 48 && second <= 57) || (first === 70 && second === 89);
}
const PLAYER_VERB_AFTER = /^ (?:scored|netted|headed|fired|curled|slotted|saved|equalised|equalized|opened the scoring|volleyed|converted|tapped in|nodded|hit the (?:bar|post|woodwork)|was booked|was sent off|limped off|came off|came on)\b/;
const TEAM_VERB_AFTER = /^ (?:beat|beats|drew|lost|won|defeated|thrashed|edged|held|trail|lead|host|hosts|visit|face|faces|faced|play|plays|meet|meets|signed|sacked|scored|conceded|travel|travels|sit|sits)\b/;
const HOLIDAY_AFTER = /^ (?:Day|Eve|Night)\b/;
/** The first letter of a HOLIDAY_AFTER word: D, E or N (a cheap test before the pattern). */
function isHolidayInitial(code: number): boolean {
  return code === 68 || code === 69 || code === 78;
}
/** /[a-z][A-Z]/ on `word`: an ASCII lower-case letter right before an upper-case one ("iPhone", "SecureLock"). */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const before = word.charCodeAt(i - 1);
      if (before >= 97 && before <= 122) return true;
    }
  }
  return false;
}
/** "SecureLock", "IdentityWorks", "ClaimCheck": two words run together, a brand, never a personal name ("McDonald", "DeSantis", "MacArthur" are). */
const BRAND_COMPOUND = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
function isBrandCompound(word: string): boolean {
  return BRAND_COMPOUND.test(word) && !word.startsWith('Mac') && !word.startsWith('Fitz');
}
const CAMEL_JOIN = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const CAMEL_SPLIT = /(?=\p{Lu})/u;
function runAloneOnLine(text: string, first: Token, last: Token): boolean {
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  let lineEnd = text.indexOf('\n', last.end);
  if (lineEnd < 0) lineEnd = text.length;
  return /^[\s"“*#]*$/.test(text.slice(lineStart, first.start)) && /^[\s"”*.:]*$/.test(text.slice(last.end, lineEnd));
}

const DEMONYM_PREFIXES = new Set(['Anglo', 'Franco', 'Sino', 'Indo', 'Afro', 'Euro', 'Pan', 'Pro', 'Anti', 'Non', 'Russo', 'Greco', 'Austro', 'Judeo', 'Italo', 'Hispano', 'Luso']);

/** "Anglo-French", "Sino-Russian", "pro-European": adjectives, not names. */
/** "British", and "BRITISH" in an all-capitals headline. */
function isDemonymWord(lexicon: Lexicon, t: Token): boolean {
  if (lexicon.demonyms.has(t.text)) return true;
  return t.shape === 'upper' && t.text.length > 4 && lexicon.demonyms.has(t.text.charAt(0) + t.text.slice(1).toLowerCase());
}

function isDemonymCompound(lexicon: Lexicon, word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.some((p) => lexicon.demonyms.has(p)) && parts.every((p) => lexicon.demonyms.has(p) || DEMONYM_PREFIXES.has(p) || DEMONYM_PREFIXES.has(p.charAt(0).toUpperCase() + p.slice(1)));
}

/** Index of the first ' or ’ in `word`, or -1 (as `word.search(/['’]/)`). */
function apostropheIndex(word: string): number {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return i;
  }
  return -1;
}

/** "I've", "It's", "Don't": contractions of function words. */
function isContraction(word: string): boolean {
  const apostrophe = apostropheIndex(word);
  return apostrophe > 0 && CONTRACTION_HEADS.has(word.slice(0, apostrophe));
}

/** "Headquartered", "Deployed": a word ending in "ed" whose stem is a plain word. */
function participleOfPlainWord(ctx: Context, w: string): boolean {
  if (w.length < 7 || !w.endsWith('ed')) return false;
  const lower = w.toLowerCase();
  return hasLowerFlag(ctx.lexicon, lower.slice(0, -2), LOWER_COMMON) || hasLowerFlag(ctx.lexicon, lower.slice(0, -1), LOWER_COMMON);
}

const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set(['Call', 'Contact', 'Phone', 'Ring', 'Email', 'Text', 'Follow', 'Download', 'Subscribe', 'Donate', 'Click',
  // AP's "UP NEXT" lines: "Lakers: Host Vegas on Tuesday.", "Celtics: Visit Miami on Friday."
  'Host', 'Visit']);

/** Capitalised only because it starts a sentence, and shaped like a plain word: agent nouns, gerunds. */
const PLAIN_SUFFIX = /(?:ers|ists|ants|ents|ians|ors|ings?|ic|ical|ous|ive|ary|ory)$/;
const HYPHEN_LOWER = /-\p{Ll}/u;

function plainShapedWeakWord(ctx: Context, t: Token): boolean {
  const w = t.text;
  if (!(t.sentenceStart || t.headline) || t.shape !== 'cap') return false;
  // "Call Crime Stoppers", "Contact Police Scotland": an imperative before the name it addresses.
  if (t.sentenceStart && IMPERATIVE_OPENERS.has(w)) return true;
  // The cheap shape test first: most words fail it, and the lexicon lookups only veto.
  // ("Headquartered in Baltimore": a past participle of a plain word.)
  if (!PLAIN_SUFFIX.test(w) && !(w.includes('-') && HYPHEN_LOWER.test(w)) && !participleOfPlainWord(ctx, w)) return false;
  return !(ctx.lexicon.known.has(ctx.lexicon.keys.identity(w)) || isGivenName(ctx.lexicon, w) || isPersonName(ctx.lexicon, w));
}

/** Whether a capitals-only word of more than one letter stands next to `t` on its line ("WHO PAYS", "PAL WHO"). */
function hasShoutedNeighbour(ctx: Context, t: Token): boolean {
  const shouts = (u: Token | undefined) => u !== undefined && u.line === t.line && u.shape === 'upper' && u.text.length > 1;
  return shouts(previousToken(ctx, t)) || shouts(nextToken(ctx, t));
}

/** A capitals-only word next to other capitals-only words on its line: shouting, not an acronym. */
function inShoutingText(ctx: Context, t: Token): boolean {
  // Sentence-initial capitals ("HOST:", "LIVE") are read as before: plain words unless known.
  return t.sentenceStart || hasShoutedNeighbour(ctx, t);
}

const BLANK_LINE = /\n[ \t\u00a0]*\n/;
const AGE_APPOSITIVE = /^(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b/;
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West']);
const LOWER_WORD_AFTER = /^[ \u00a0]\p{Ll}/u;

const UNTITLED: Part = { tokens: [], titled: false, beforeTitle: false };

const PLATFORM_X_BEFORE = /(?:\b(?:posts?|posted|posting|wrote|writing|said|saying|statement|message|messages|video|videos|account|accounts|platform|shared|tweeted|comments?|thread|followers) on[ \u00a0]|\b(?:Facebook|Instagram|TikTok|YouTube|Threads|Bluesky|Telegram|WhatsApp|Snapchat|LinkedIn|Reddit),? (?:and |or )?)$/;
const PLATFORM_X_AFTER = /^,? \(?formerly (?:known as )?Twitter/;
/** "on X taking the credit", "on X." — "on X" before a lower-case word or punctuation. */
const ON_BEFORE = /\bon[ \u00a0]$/;
const LOWER_OR_STOP_AFTER = /^(?:[ \u00a0]+\p{Ll}|[.,;:!?)]|$)/u;

/** "X" as the social platform: after a word for posting on it, in a list of platforms, or "formerly Twitter". */
function isPlatformX(text: string, t: Token): boolean {
  if (/[\p{L}\p{N}-]/u.test(text.charAt(t.end))) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 32);
  return PLATFORM_X_BEFORE.test(before) || PLATFORM_X_AFTER.test(after) || (ON_BEFORE.test(before) && LOWER_OR_STOP_AFTER.test(after));
}

const EXCHANGE_SUFFIX = /^[A-Z]{1,3}$/;
/** /^[A-Z]{2,5}s$/ on `word`: the plural of an acronym ("SIMs", "PCs"). */
function isPluralAcronym(word: string): boolean {
  const n = word.length;
  if (n < 3 || n > 6 || word.charCodeAt(n - 1) !== 115) return false;
  for (let i = 0; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
const LEGAL_FORMS_AFTER_COMMA = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'L.L.C.', 'LP', 'L.P.', 'LLP', 'Corp', 'Corp.', 'Co', 'Co.', 'PLC', 'Plc', 'plc', 'S.A.', 'AG', 'GmbH', 'N.V.']);

/**
 * The exchange suffix of a ticker ("AX" of "CBA.AX", "DE" of "ORVG.DE") or a part of a quote code
 * written with "=" ("AUD=D3"): no name of its own.
 */
function isCodePart(text: string, t: Token): boolean {
  const before = codeAt(text, t.start - 1);
  const after = codeAt(text, t.end);
  if (before === 61 || after === 61) return true;
  if (before !== 46 || !EXCHANGE_SUFFIX.test(t.text) || /[\p{L}\p{N}]/u.test(text.charAt(t.end))) return false;
  // At least two capitals or digits before the dot: "CBA.AX", not the "U.S" of an abbreviation.
  return TICKER_END.test(text.slice(Math.max(0, t.start - 3), t.start - 1));
}
const TICKER_END = /^[A-Z0-9]{2}$/;

const NUMBERED_AFTER = /^ \d{1,3}[A-Za-z]?\b(?![-–]\d)/;

// Which of the word lists the candidate finder reads most a word is in, as bits read with one
// lookup: a name's words are tested against many lists each, and each Set lookup hashes and probes.
const CUE_NEVER_ALONE = 1;
const CUE_CALENDAR = 1 << 1;
const CUE_ARTICLE = 1 << 2;
const CUE_FUNCTION_WORD = 1 << 3;
const CUE_CORE_TITLE = 1 << 4;
const CUE_COURTESY_TITLE = 1 << 5;
const CUE_TITLE_MODIFIER = 1 << 6;
const CUE_COMMON_ACRONYM = 1 << 7;
const CUE_UNIT = 1 << 8;
const CUE_NAME_PARTICLE = 1 << 9;
const CUE_ORG_LEAD_PREPOSITION = 1 << 10;
const CUE_TEAM_VERB = 1 << 11;
const CUE_WORK_LEAD = 1 << 12;
const CUE_PRODUCT_LEAD = 1 << 13;
const CUE_RELEASE_VERB = 1 << 14;
const CUE_ORG_KIND_LEAD = 1 << 15;

const WORD_CUES: ReadonlyMap<string, number> = (() => {
  const cues = new Map<string, number>();
  const lists: Array<[ReadonlySet<string>, number]> = [
    [NEVER_ALONE, CUE_NEVER_ALONE], [CALENDAR_WORDS, CUE_CALENDAR], [ARTICLES, CUE_ARTICLE], [FUNCTION_WORDS, CUE_FUNCTION_WORD],
    [CORE_TITLES, CUE_CORE_TITLE], [COURTESY_TITLES, CUE_COURTESY_TITLE], [TITLE_MODIFIERS, CUE_TITLE_MODIFIER],
    [COMMON_ACRONYMS, CUE_COMMON_ACRONYM], [UNIT_WORDS, CUE_UNIT], [NAME_PARTICLES, CUE_NAME_PARTICLE],
    [ORG_LEAD_PREPOSITIONS, CUE_ORG_LEAD_PREPOSITION], [TEAM_VERBS, CUE_TEAM_VERB], [WORK_LEAD_NOUNS, CUE_WORK_LEAD],
    [PRODUCT_LEAD_NOUNS, CUE_PRODUCT_LEAD], [RELEASE_VERBS, CUE_RELEASE_VERB], [ORG_KIND_LEAD_NOUNS, CUE_ORG_KIND_LEAD],
  ];
  for (const [list, bit] of lists) for (const word of list) cues.set(word, (cues.get(word) ?? 0) | bit);
  return cues;
})();

/** The CUE_ bits of `word` (0 when it is in none of the lists). */
function wordCues(word: string): number {
  return WORD_CUES.get(word) ?? 0;
}

const INTERSTATE = /^I-\d{1,3}$/;
const BILL_NUMBER = /^(?:[A-Z]{1,2}-?)?\d{1,4}$/;

/** "mid-December", "early-January": a part of a month, read with the dates. */
const LOWER_PREFIXED = /^(?:mid|early|late)-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)/;

function isLowerPrefixed(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code === 109 || code === 101 || code === 108) && LOWER_PREFIXED.test(word);
}

/** The candidate of a one-word run, with the same outcome as the general path. */
function singleWordCandidate(ctx: Context, run: Token[]): Candidate | undefined {
  const t = run[0];
  const w = t.text;
  if (t.shape === 'lower' || t.shape === 'number') return undefined;
  // "John G. Roberts, Jr.": a generational suffix alone is no name.
  if (NAME_SUFFIXES.has(w)) return undefined;
  // "I-35", "I-95": an interstate highway, as "Interstate 35" is.
  if (codeAt(w, 0) === 73 && codeAt(w, 1) === 45 && INTERSTATE.test(w)) return plainCandidate(t.start, w, ctx.lexicon.keys.identity(w), evidenceOf(0, 0, 6, 0));
  const cues = wordCues(w);
  // "the BBC's Today programme", "the Tonight show": a programme named by a calendar word.
  if (t.shape === 'cap' && !t.sentenceStart && RELATIVE_DAY_WORDS.has(w)) {
    const kind = PROGRAMME_AFTER.exec(ctx.text.slice(t.end, t.end + 12));
    if (kind) return plainCandidate(t.start, ctx.text.slice(t.start, t.end + kind[0].length), ctx.lexicon.keys.identity(`${w}${kind[0]}`), evidenceOf(0, 0, 0, 6));
  }
  if ((cues & (CUE_NEVER_ALONE | CUE_CALENDAR | CUE_ARTICLE)) !== 0) return undefined;
  // "Columnist", "Correspondent" alone on a byline's line: a role, no name (in prose a surname spelled so, "Cook", is).
  if (t.shape === 'cap' && hasLowerFlag(ctx.lexicon, w, LOWER_ROLE) && runAloneOnLine(ctx.text, t, t)
    && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(w))) return undefined;
  if ((cues & (CUE_CORE_TITLE | CUE_COURTESY_TITLE)) !== 0 || isContraction(w) || plainShapedWeakWord(ctx, t)) return undefined;
  if ((cues & CUE_COMMON_ACRONYM) !== 0 || (w.length <= 6 && ((mayBePeriodCode(w) && PERIOD_CODE.test(w)) || (cues & CUE_UNIT) !== 0)) || (codeAt(w, 1) === 45 && PARTY_STATE.test(w))) return undefined;
  // "Thirty-five", "Three-Country": a number word leading a compound.
  if (w.includes('-') && NEVER_ALONE.has(w.slice(0, w.indexOf('-')))) return undefined;
  // "by mid-December" (after "by", it would read as a byline's name).
  if (isLowerPrefixed(w)) return undefined;
  if (isDemonymWord(ctx.lexicon, t) || isDemonymCompound(ctx.lexicon, w)) return undefined;
  // "Russian-installed", "British-made": a nationality before a participle is an adjective.
  const hyphen = w.indexOf('-');
  if (hyphen > 0 && ctx.lexicon.demonyms.has(w.slice(0, hyphen)) && /^\p{Ll}/u.test(w.slice(hyphen + 1))) return undefined;
  // "Western allies", "Southern states": a lone compass adjective before a lower-case word is an
  // adjective; names built on it have a capitalised second word ("Western Australia").
  if (w.endsWith('ern') && COMPASS_WORDS.has(w) && LOWER_WORD_AFTER.test(ctx.text.slice(t.end, t.end + 3))) return undefined;
  // "WHO PAYS", "WHO'S WHO", "PAL WHO HIRED": the pronoun in a capitals heading, not the health body.
  if (w === 'WHO' && (t.possessive || hasShoutedNeighbour(ctx, t))) return undefined;
  // "Government says", "his Government": the word alone is a back-reference, not a name.
  if ((w === 'Government' && !t.headline) || w === 'Govt') return undefined;
  // "the 9 a.m. Mass": the service; the state is "Mass." after a town ("Boston, Mass.").
  if (w === 'Mass' && !(codeAt(ctx.text, t.end) === 46 && codeAt(ctx.text, t.start - 2) === 44)) return undefined;
  // "Covid-19", "COVID": a disease, and diseases are no entities.
  if (DISEASE_NAMES.has(w) || (DISEASE_AFTER.test(ctx.text.slice(t.end, t.end + 10)) && !isCountryName(ctx.lexicon, w))) return undefined;
  // "the 10-year Treasury note", "Treasury yields": government debt, not the department.
  if (w === 'Treasury' && (TREASURY_SECURITY_AFTER.test(ctx.text.slice(t.end, t.end + 14)) || TERM_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 16), t.start)))) return undefined;
  // "Domestically, sales fell": an adverb opening the sentence before its comma (not "Italy," or "Kelly,").
  if (t.sentenceStart && w.length >= 7 && w.endsWith('ly') && codeAt(ctx.text, t.end) === 44 && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(w))
    && !isGivenName(ctx.lexicon, w) && !isPersonName(ctx.lexicon, w)) return undefined;
  // "Valentine's Day", "St Patrick's Day": a holiday, not a person.
  if (t.possessive && isHolidayInitial(codeAt(ctx.text, t.end + 3)) && HOLIDAY_AFTER.test(ctx.text.slice(t.end + 2, t.end + 8))) return undefined;
  // "Alzheimer's disease", "he has Parkinson's": an illness named after its discoverer is no entity.
  if (t.possessive && EPONYMOUS_ILLNESSES.has(w) && !ORG_AFTER_ILLNESS.test(ctx.text.slice(t.end + 2, t.end + 12))) return undefined;
  // "NewsPolitics", "ShareThis": section labels run together from plain words.
  if (t.shape === 'cap' && hasInnerCapital(w) && CAMEL_JOIN.test(w) && w.split(CAMEL_SPLIT).every((p) => SECTION_WORDS.has(p))) return undefined;
  // "Turn 9", "Section 2", "Category 4": a plain word numbering a thing is no name ("Villa 2-1" is a score; the number
  // stays a figure); a word the lexicon or a head list names stays ("Terminal 2" is a place).
  if (t.shape === 'cap' && codeAt(ctx.text, t.end) === 32 && isDigitCode(codeAt(ctx.text, t.end + 1)) && NUMBERED_AFTER.test(ctx.text.slice(t.end, t.end + 6)) && isCommon(ctx.lexicon, w)
    && !PLACE_HEADS.has(w) && !ORG_HEADS.has(w) && !MODEL_LINE_WORDS.has(w) && !ctx.lexicon.known.has(ctx.lexicon.keys.identity(w))) return undefined;
  if (t.headline || (t.shape === 'upper' && inShoutingText(ctx, t))) {
    // A headline or capitals-only word that is plain English is no name on its own; a lone
    // capitals word in ordinary prose is an acronym ("the IFS said", "the AIM index").
    const cut = dropPlainCapitals(ctx, run);
    if (cut.pieces.length === 0) return undefined;
  }
  return makeCandidate(ctx, run, UNTITLED);
}

/**
 * `sports` is whether the document reads as sports copy, when the caller knows it already (a block
 * of a document); otherwise `text` is the whole document and is read for it.
 */
export function findCandidates(text: string, lexicon: Lexicon, sports = isSportsCopy(text)): DocumentCandidates {
  const { tokens, rareLowerWords } = tokenize(text, lexicon.lowerFlags);
  const ctx: Context = { text, tokens, lexicon, sports, playerLists: playerListsOf(text, sports) };
  const candidates: Candidate[] = [];
  const runWords = new RunWords(lexicon);
  for (const run of findRuns(ctx)) {
    // "Sen. Amy Klobuchar, D-Minn.": the party and the state of a US lawmaker.
    if (run.length === 1 && codeAt(run[0].text, 1) === 45 && PARTY_STATE.test(run[0].text)) {
      candidates.push(...partyAndState(ctx, run[0]));
      continue;
    }
    // "Adam Bird, R-New Richmond,": a state lawmaker's party and a home town of two or three words.
    if (run.length >= 2 && run.length <= 3 && PARTY_TOWN_START.test(run[0].text) && isPartyTownTag(ctx.text, run[0].start, run[run.length - 1].end)) {
      candidates.push(...partyAndTown(ctx, run[0].start, run[run.length - 1].end));
      continue;
    }
    // "CHINA-ECONOMY/RATES", "BRITAIN-POLITICS/": a wire service's topic slug, no names.
    if (run.length === 1 && isWireSlug(text, run[0])) continue;
    // "Russia-Ukraine talks", "US-China trade": two places joined by a hyphen.
    const pair = run.length === 1 ? placePair(ctx, run[0]) : undefined;
    if (pair) {
      candidates.push(...pair);
      continue;
    }
    // "CBA.AX", "AUD=D3": a ticker's exchange suffix belongs to the ticker; a quote code is no name.
    if (run.length === 1 && isCodePart(text, run[0])) {
      extendTicker(text, candidates, run[0]);
      continue;
    }
    // "Corvane Communications, Inc.": a legal form after a comma belongs to the company before it.
    if (run.length === 1 && codeAt(text, run[0].start - 2) === 44 && codeAt(text, run[0].start - 1) === 32 && LEGAL_FORMS_AFTER_COMMA.has(run[0].text)) {
      attachLegalForm(text, candidates, run[0]);
      continue;
    }
    // "a post on X", "TikTok and X": the platform, not a letter.
    if (run.length === 1 && run[0].text === 'X') {
      if (isPlatformX(text, run[0])) candidates.push(plainCandidate(run[0].start, 'X', 'x', evidenceOf(0, 4, 0, 0)));
      continue;
    }
    // "Secretary for Transport and Logistics Mable Chan", "Energy and Natural Resources Minister
    // Tim Hodgson": portfolio words around a title are part of it, not names.
    if (STATE_DEPARTMENTS.has(run[0].text) || (run.length > 1 && TITLE_MODIFIERS.has(run[0].text)) || followsPortfolioList(text, run[0].start)) {
      if (isPortfolioWord(text, run[0], run.length === 1)) {
        // The whole portfolio goes: "Foreign Affairs", "Natural Resources".
        const length = run.length;
        do run.shift(); while (run.length > 0 && (STATE_DEPARTMENTS.has(run[0].text) || TITLE_MODIFIERS.has(run[0].text)));
        // One word left of several ("Climate Change") ends the portfolio; a name has two.
        if (run.length === 0 || (run.length === 1 && length > 1)) continue;
      }
    }
    // Most runs are one word ("Ukraine", "Starmer"): decided without the general machinery.
    if (run.length === 1) {
      const single = singleWordCandidate(ctx, run);
      if (single) candidates.push(single);
      continue;
    }
    // "By Sunday Aborisade": a byline's weekday is a given name (see bylineWeekdayName).
    const weekdayName = bylineWeekdayName(text, run);
    if (weekdayName >= 0) {
      const named = run.slice(weekdayName);
      const candidate = makeCandidate(ctx, named, { tokens: named, titled: false, beforeTitle: false });
      if (candidate) {
        candidates.push({ ...candidate, evidence: evidenceOf(Math.max(candidate.evidence[0], 5), 0, 0, 0) });
        continue;
      }
    }
    for (const part of splitNamedParts(ctx, splitRun(run, runWords, THE_BEFORE.test(text.slice(Math.max(0, run[0].start - 4), run[0].start)),
      RACE_AFTER.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 12)), PORTFOLIO_TITLE_BEFORE.test(text.slice(Math.max(0, run[0].start - 28), run[0].start))))) {
      const trimmed = trimEdges(ctx, part.tokens);
      if (trimmed.length === 0) continue;
      const cut = dropPlainCapitals(ctx, trimmed);
      const wholeCandidate = cut.whole ? makeCandidate(ctx, cut.whole, part) : undefined;
      const whole = wholeCandidate
        ? { start: wholeCandidate.start, end: wholeCandidate.end, text: wholeCandidate.text, key: wholeCandidate.key, evidence: wholeCandidate.evidence }
        : undefined;
      let emitted = false;
      for (const piece of cut.pieces) {
        const named = trimEdges(ctx, dropDemonyms(ctx, trimEdges(ctx, piece)));
        if (named.length === 0) continue;
        const namedPair = named.length === 1 ? placePair(ctx, named[0]) : undefined;
        if (namedPair) {
          candidates.push(...namedPair);
          emitted = true;
          continue;
        }
        const candidate = makeCandidate(ctx, named, part);
        if (candidate) {
          candidates.push(whole ? { ...candidate, whole } : candidate);
          emitted = true;
        }
      }
      // Nothing left after the cut: keep the whole as a weak candidate the workspace may confirm.
      if (!emitted && wholeCandidate && wholeCandidate.wordCount > 1) candidates.push({ ...wholeCandidate, weak: true, wholeOnly: true });
    }
  }
  shareCoordinatedEvidence(text, candidates);
  if (text.includes(')')) dropCommonNounAcronyms(text, candidates);
  markRegions(text, candidates);
  addBracketedPartyLetters(ctx, candidates);
  numberMilitaryUnits(ctx, candidates);
  return { candidates: addWholeTextNames(ctx, candidates), rareLowerWords };
}

/** Heads of military units numbered in their names ("3rd Separate Assault Brigade", "82nd Airborne Division"). */
const UNIT_HEADS = /(?:^| )(?:Brigade|Division|Corps|Regiment|Battalion|Army|Fleet|Squadron|Wing|Infantry|Airborne|Cavalry)$/;
const UNIT_NUMBER_BEFORE = /(?:^|[^\p{L}\d])(\d{1,3}(?:st|nd|rd|th) )$/u;

/** "the 3rd Separate Assault Brigade": the unit's number is part of its name (as "47th Mechanized Brigade" is). */
function numberMilitaryUnits(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!isDigitCode(ctx.text.charCodeAt(c.start - 3)) && !isDigitCode(ctx.text.charCodeAt(c.start - 4))) continue;
    if (!UNIT_HEADS.test(c.text)) continue;
    const number = UNIT_NUMBER_BEFORE.exec(ctx.text.slice(Math.max(0, c.start - 8), c.start));
    if (!number) continue;
    const start = c.start - number[1].length;
    const text = ctx.text.slice(start, c.end);
    candidates[i] = { ...c, start, text, key: ctx.lexicon.keys.identity(text), wordCount: c.wordCount + 1 };
  }
}

const REGION_AFTER = /^ (?:(oblasts?|Oblasts)|regions?)\b/;

/** Marks the names followed by a lower-case "oblast" or "region" (see `Candidate.regionAfter`). */
function markRegions(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = text.charCodeAt(c.end + 1);
    if (text.charCodeAt(c.end) !== 32 || (next !== 111 && next !== 114 && next !== 79)) continue;
    const match = REGION_AFTER.exec(text.slice(c.end, c.end + 10));
    if (!match) continue;
    const regionAfter = match[1] !== undefined ? 'oblast' : 'region';
    candidates[i] = { ...c, regionAfter };
    // "the Bryansk, Kursk and Oryol oblasts": a plural says the same of the names listed before.
    if (!match[0].endsWith('s')) continue;
    for (let j = i - 1; j >= 0 && LIST_GAP.test(text.slice(candidates[j].end, candidates[j + 1].start)); j--) {
      candidates[j] = { ...candidates[j], regionAfter };
    }
  }
}
const LIST_GAP = /^(?:, |,? and )$/;

/** "(Pip)", "(FIIs)": a short acronym in brackets, read at an opening bracket. */
const BRACKETED_ACRONYM = /\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/uy;
/** Up to six words before a bracket (with the space before it). */
const WORDS_BEFORE_BRACKET = /(?:[\p{L}-]+ ){1,6}$/u;

/**
 * An acronym defined by plain lower-case words names a kind of thing, not a body: no name, in its
 * definition or elsewhere in its paragraph ("FII selling"), as in "foreign institutional investors
 * (FIIs)" or "personal independence payment (Pip)". (Paragraph-bounded, like every block.)
 */
function dropCommonNounAcronyms(text: string, candidates: Candidate[]): void {
  const dropped: Array<{ key: string; from: number; to: number }> = [];
  // Read at each bracket only: a pattern tried at every word of the text was a third of the finder's time.
  for (let open = text.indexOf('('); open > 0; open = text.indexOf('(', open + 1)) {
    BRACKETED_ACRONYM.lastIndex = open;
    const bracketed = BRACKETED_ACRONYM.exec(text);
    if (bracketed === null || codeAt(text, open - 1) !== 32) continue;
    const acronym = bracketed[1].endsWith('s') && bracketed[1].length >= 3 ? bracketed[1].slice(0, -1) : bracketed[1];
    const before = WORDS_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - 80), open));
    if (before === null) continue;
    const words = before[0].trim().split(' ').slice(-acronym.length);
    if (words.length !== acronym.length || !words.slice(1).every((w) => /^\p{Ll}/u.test(w))) continue;
    if (words.map((w) => w.charAt(0)).join('').toLowerCase() !== acronym.toLowerCase()) continue;
    const from = text.lastIndexOf('\n\n', open) + 1;
    const paragraphEnd = text.indexOf('\n\n', open);
    dropped.push({ key: acronym.toLowerCase(), from, to: paragraphEnd < 0 ? text.length : paragraphEnd });
  }
  if (dropped.length === 0) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const key = c.key.endsWith('s') ? c.key.slice(0, -1) : c.key;
    if (dropped.some((d) => (d.key === c.key || d.key === key) && c.start >= d.from && c.start < d.to)) candidates.splice(i, 1);
  }
}

/** "CBA.AX": the exchange suffix `t` extends the ticker right before its dot. */
function extendTicker(text: string, candidates: Candidate[], t: Token): void {
  const previous = candidates[candidates.length - 1];
  if (codeAt(text, t.start - 1) === 46 && previous !== undefined && previous.end === t.start - 1 && previous.acronym) {
    candidates[candidates.length - 1] = { ...previous, end: t.end, text: text.slice(previous.start, t.end) };
  }
}

/** "Corvane Communications, Inc.": the legal form `t` (after a comma) joins the company before it. */
function attachLegalForm(text: string, candidates: Candidate[], t: Token): void {
  const previous = candidates[candidates.length - 1];
  if (previous !== undefined && previous.end === t.start - 2 && previous.wordCount >= 2) {
    // "(NYSE: CRVN)" after the legal form is the company's ticker.
    const ticker = previous.defines === undefined && opensParenthesis(text, t.end) ? TICKER.exec(text.slice(t.end, t.end + 24)) : null;
    candidates[candidates.length - 1] = { ...previous, end: t.end, text: text.slice(previous.start, t.end),
      defines: ticker ? ticker[1] ?? ticker[2] ?? ticker[3] : previous.defines };
  }
}


const LIST_CONTINUES = /^(?:,? and |,? or |, \p{Lu})/u;

/**
 * /^(?:,? and |,? or |, | \/ | & )$/ on text[from, to), by char codes: most neighbouring names have
 * no such gap, and no slice of it is made.
 */
function isCoordinationGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (codeAt(text, i) === 44) {
    if (to - i === 2) return text.charCodeAt(i + 1) === 32;
    i++;
  } else if (to - i === 3 && text.charCodeAt(i) === 32 && text.charCodeAt(i + 2) === 32) {
    const mark = text.charCodeAt(i + 1);
    return mark === 47 || mark === 38;
  }
  return (to - i === 5 && text.startsWith(' and ', i)) || (to - i === 4 && text.startsWith(' or ', i));
}

/**
 * "Aberdeen and Hull", "BP and Shell": names listed together are usually of one kind, so each lends
 * half of its own evidence to its neighbours in the list.
 */
function shareCoordinatedEvidence(text: string, candidates: Candidate[]): void {
  if (candidates.length < 2) return;
  // A single name before a plural place noun: "in Calaveras counties" is rare, "Calaveras County" is
  // handled as a name; this covers lists only.
  // Each name's own evidence as found, copied the first time a list touches it (before any sharing
  // changes it); most names are in no list, and most blocks have no list (then nothing is allocated).
  let own: Array<Evidence | undefined> | undefined;
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b.start - a.end > 6) continue;
    if (!isCoordinationGap(text, a.end, b.start)) continue;
    // A lone comma is more often apposition ("the Storting, Norway's parliament"): only in a list.
    if (b.start - a.end === 2 && !LIST_CONTINUES.test(text.slice(b.end, b.end + 6))) continue;
    own ??= new Array(candidates.length);
    shareWithinList(text, candidates, own, i);
    // "near Kramatorsk, Huliaipole, and Kupiansk": the first of three also vouches for the last.
    if (i > 0 && own[i - 1] !== undefined && candidates[i].start - candidates[i - 1].end <= 6 && isCoordinationGap(text, candidates[i - 1].end, candidates[i].start)) {
      lendAcross(own, candidates, i - 1, i + 1);
    }
  }
}

/** The name at `to`, unless its own evidence is clear, takes half the evidence of the name at `from` (two places back in a list). */
function lendAcross(own: Array<Evidence | undefined>, candidates: Candidate[], from: number, to: number): void {
  const lender = own[from];
  const borrower = own[to] ?? candidates[to].evidence;
  if (lender === undefined) return;
  const { score, margin } = bestType(borrower);
  if (score >= 2 && margin >= 1.5) return;
  for (let t = 0; t < 4; t++) candidates[to].evidence[t] += Math.min(lender[t] * 0.5, MAX_LENT_EVIDENCE);
}

const MAX_LENT_EVIDENCE = 2.5;

/** Candidates i and i + 1 are listed together: each lends half of its own evidence to the other. */
function shareWithinList(text: string, candidates: Candidate[], own: Array<Evidence | undefined>, i: number): void {
  const a = candidates[i];
  const b = candidates[i + 1];
  const ownEvidence = (k: number): Evidence => (own[k] ??= [...candidates[k].evidence] as Evidence);
  // A name whose own evidence is already clear keeps it: "who leads Labour, and Elon Musk's X" is
  // a clause boundary more often than a list of one kind.
  const settled = (k: number) => {
    const { score, margin } = bestType(ownEvidence(k));
    return score >= 2 && margin >= 1.5;
  };
  const ownA = ownEvidence(i);
  const ownB = ownEvidence(i + 1);
  const settledA = settled(i);
  const settledB = settled(i + 1);
  // (At most a lent 2.5 a type: a well-known name's lexicon evidence says nothing of its neighbour's.)
  for (let t = 0; t < 4; t++) {
    if (!settledA) a.evidence[t] += Math.min(ownB[t] * 0.5, MAX_LENT_EVIDENCE);
    if (!settledB) b.evidence[t] += Math.min(ownA[t] * 0.5, MAX_LENT_EVIDENCE);
  }
  // "Calaveras and Alpine counties"
  const plural = /^ ([a-z]+)/.exec(text.slice(b.end, b.end + 14));
  if (plural && PLURAL_PLACE_NOUNS.has(plural[1])) {
    a.evidence[2] += 3;
    b.evidence[2] += 3;
  }
}
