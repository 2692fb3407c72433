// Names found by patterns over a block's whole text rather than by runs of capitalised words, and
// the joins of candidates the runs cut apart: peerage titles, numbered wards, routes, resolutions,
// bills and tickers, known names with a lower-case word inside, party initials, committees named by
// a list, pairs the lexicon knows as one name, legal forms, statute years and court cases.

import type { EntityType } from '../../model';
import { KNOWN_MISC, KNOWN_ORGANIZATIONS, KNOWN_PLACES } from '../gazetteer/builtin/known';
import { initialsOf } from '../linking/keys';
import type { Candidate, Context } from './candidates';
import { acronymDefinedAfter, opensParenthesis } from './acronymDefinitions';
import { STATUTE_HEADS } from './cues';
import { evidenceOf, type Evidence } from './evidence';
import { codeAt, isCommonLowerWord, isDigitCode } from './tokenize';

/** A one-word candidate decided outside the run machinery, with the fields makeCandidate sets. */
export function plainCandidate(start: number, text: string, key: string, evidence: Evidence): Candidate {
  return { start, end: start + text.length, text, key, wordCount: 1, weak: false, commonWord: false, evidence, lastWordKey: key,
    acronym: false, defines: undefined, initials: undefined, titled: undefined, publication: undefined, determiner: undefined };
}

/** A candidate of `wordCount` words found by a pattern; its last word is its key's. */
function patternCandidate(start: number, text: string, key: string, evidence: Evidence, wordCount: number): Candidate {
  return { ...plainCandidate(start, text, key, evidence), wordCount, lastWordKey: key.slice(key.lastIndexOf(' ') + 1) };
}

/** Sure evidence of one type (for names the lexicon knows). */
function evidenceOfType(type: EntityType): Evidence {
  return evidenceOf(type === 'person' ? 6 : 0, type === 'organization' ? 6 : 0, type === 'place' ? 6 : 0, type === 'misc' ? 6 : 0);
}

/** Runs every whole-text step over a block's candidates (sorted by start), in order. */
export function addWholeTextNames(ctx: Context, candidates: Candidate[]): Candidate[] {
  addNumberedWards(ctx, candidates);
  addNumberedStreets(ctx, candidates);
  addUsRoutes(ctx, candidates);
  addNumberedResolutions(ctx, candidates);
  addCircuitCourts(ctx, candidates);
  addNumberedCourts(ctx, candidates);
  addNumberedOrders(ctx, candidates);
  addBoeingModels(ctx, candidates);
  addNumberedGroups(ctx, candidates);
  addNumericTickers(ctx, candidates);
  addNumberedBills(ctx, candidates);
  addQuotedWorkTitles(ctx, candidates);
  addKnownNamesWithLowerWords(ctx, candidates);
  addBracketedPartyInitials(ctx, candidates);
  joinListedCommitteeNames(ctx, candidates);
  joinFieldsBeforeAnd(ctx, candidates);
  joinKnownPairs(ctx, candidates);
  addPeerageTitles(ctx, candidates);
  attachLowerCaseLegalForms(ctx, candidates);
  attachPlusSigns(ctx, candidates);
  attachStatuteYears(ctx, candidates);
  dropPeoplesNames(ctx, candidates);
  return joinCaseNames(ctx, candidates);
}

const PEOPLE_AFTER = /^ peoples?(?![\p{L}])/u;

/**
 * "the Mirnitja people", "Yolngu peoples": a people's name the lexicon does not know is used as
 * its adjective there, like a nationality, and is no entity.
 */
function dropPeoplesNames(ctx: Context, candidates: Candidate[]): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    // (The cheap test first: " p" right after the name.)
    if (c.wordCount !== 1 || codeAt(ctx.text, c.end + 1) !== 112 || !PEOPLE_AFTER.test(ctx.text.slice(c.end, c.end + 9))) continue;
    if (!ctx.lexicon.known.has(c.key)) candidates.splice(i, 1);
  }
}

/** "the Prince of Wales", "the Duchess of Edinburgh": a title with its territory names the person who holds it. */
const PEERAGE_TITLE = /\b(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness) of \p{Lu}\p{L}+(?:-\p{L}+)*(?![\p{L}\p{N}]| \p{Lu})/gu;

/** Every PEERAGE_TITLE match holds one of these ("Prince" also stands for "Princess"). */
const PEERAGE_WORDS = ['Prince', 'Duke', 'Duchess', 'Earl', 'Countess', 'Marquess', 'Marchioness'];

/**
 * Whether `text` holds a title word of PEERAGE_TITLE: searched by their capitals, these rule most
 * blocks out faster than " of " (a space is found every few characters) and the pattern.
 */
function mayHavePeerageTitle(text: string): boolean {
  for (const word of PEERAGE_WORDS) if (text.indexOf(word) >= 0) return true;
  return false;
}

function addPeerageTitles(ctx: Context, candidates: Candidate[]): void {
  if (!mayHavePeerageTitle(ctx.text) || !ctx.text.includes(' of ')) return;
  insertPatternCandidates(ctx, candidates, PEERAGE_TITLE, (start, text) => {
    const key = ctx.lexicon.keys.identity(text);
    return patternCandidate(start, text, key, evidenceOf(6, 0, 0, 0), text.split(' ').length);
  });
}

/** Last words of a statute's title that British and Commonwealth style follow with its year. */
const STATUTE_YEAR = /^,? (?:1[89]|20)\d\d(?![\p{L}\p{N}]|[-–/]\d)/u;

/** What STATUTE_YEAR needs first: ", 1", ", 2", " 1" or " 2" at `end` (a cheap test before the head word and the pattern). */
function mayStartStatuteYear(text: string, end: number): boolean {
  let i = end;
  if (codeAt(text, i) === 44) i++;
  if (codeAt(text, i) !== 32) return false;
  const digit = codeAt(text, i + 1);
  return digit === 49 || digit === 50;
}

/**
 * "the Online Safety Act 2023", "Competition Act, 2010": the year is part of a statute's title (its
 * key stays without it, so the act written without its year is the same entity).
 */
function attachStatuteYears(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.wordCount < 2 || !mayStartStatuteYear(ctx.text, c.end) || !STATUTE_HEADS.has(c.text.slice(c.text.lastIndexOf(' ') + 1))) continue;
    const year = STATUTE_YEAR.exec(ctx.text.slice(c.end, c.end + 8));
    if (!year) continue;
    const end = c.end + year[0].length;
    candidates[i] = { ...c, end, text: ctx.text.slice(c.start, end) };
  }
}

const LOWER_LEGAL_FORM = /^ plc(?![\p{L}\p{N}])/u;

/** `text.includes(' plc')`, searched from the "p" (a search for a space stops every few characters). */
function hasSpaceThenPlc(text: string): boolean {
  for (let at = text.indexOf('plc', 1); at >= 0; at = text.indexOf('plc', at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** "Marrick Fluid Controls plc": British style writes the legal form in lower case; it is part of the name. */
function attachLowerCaseLegalForms(ctx: Context, candidates: Candidate[]): void {
  if (!hasSpaceThenPlc(ctx.text)) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (codeAt(ctx.text, c.end + 1) !== 112 || !LOWER_LEGAL_FORM.test(ctx.text.slice(c.end, c.end + 5))) continue;
    const end = c.end + 4;
    // "… Holdings plc (LSE: RR)": the bracket after the legal form defines the company's ticker.
    const text = ctx.text.slice(c.start, end);
    const defines = c.defines ?? (opensParenthesis(ctx.text, end) ? acronymDefinedAfter(ctx.text, text, end) : undefined);
    candidates[i] = { ...c, end, text, key: `${c.key} plc`, wordCount: c.wordCount + 1, lastWordKey: 'plc', defines };
  }
}

/** "OPEC+", "Disney+", "Apple TV+": a plus sign closing a name is part of it, and makes another name than the one without it. */
function attachPlusSigns(ctx: Context, candidates: Candidate[]): void {
  if (ctx.text.indexOf('+') < 0) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (codeAt(ctx.text, c.end) !== 43 || /[\p{L}\p{N}+]/u.test(ctx.text.charAt(c.end + 1))) continue;
    const text = ctx.text.slice(c.start, c.end + 1);
    candidates[i] = { ...c, end: c.end + 1, text, key: `${c.key} plus`, lastWordKey: 'plus', acronym: false };
  }
}

/** "25th Ward", "Ward 42", "3rd District": a city's numbered wards and districts are places. */
const NUMBERED_WARD = /\b(?:\d{1,2}(?:st|nd|rd|th) (?:Ward|District)|Ward \d{1,2})\b/g;

function addNumberedWards(ctx: Context, candidates: Candidate[]): void {
  if (!ctx.text.includes('Ward') && !ctx.text.includes('District')) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_WARD, (start, text) => {
    // One key for "25th Ward" and "Ward 25".
    const key = `${/Ward/.test(text) ? 'ward' : 'district'} ${/\d+/.exec(text)?.[0] ?? ''}`;
    return patternCandidate(start, text, key, evidenceOf(0, 0, 6, 0), 2);
  });
}

/** "59th Avenue", "West 42nd Street": a numbered street, with its quarter, is a place. */
const NUMBERED_STREET = /\b(?:(?:North|South|East|West) )?\d{1,3}(?:st|nd|rd|th) (?:Avenue|Street|Road|Boulevard|Lane|Drive|Square|Crescent)\b/g;

function addNumberedStreets(ctx: Context, candidates: Candidate[]): void {
  if (!ORDINAL_BEFORE_CAPITAL.test(ctx.text)) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_STREET, (start, text) =>
    patternCandidate(start, text, ctx.lexicon.keys.identity(text), evidenceOf(0, 0, 6, 0), text.split(' ').length));
}

/**
 * "closed on U.S. 20", "between US 97 and …": a numbered US highway after a word that takes a road
 * (not "the US 10-year yield", "US 50 states").
 */
const US_ROUTE = /(?<=\b(?:on|along|off|onto|via|near|closed|reopened|and|or|between|Between|to|from|take|took|westbound|eastbound|northbound|southbound|Westbound|Eastbound|Northbound|Southbound) )(?:U\.S\.|US) \d{1,3}\b(?![-%]|[.,]\d| ?per ?cent| (?!was\b|is\b|has\b|as\b|towards\b)[a-z]+s\b)/g;

function addUsRoutes(ctx: Context, candidates: Candidate[]): void {
  // Only where "U.S." or "US" is followed by a digit: the pattern's look-behind is slow over a block.
  let numbered = false;
  for (let at = ctx.text.indexOf('US'); at >= 0 && !numbered; at = ctx.text.indexOf('US', at + 2)) {
    numbered = codeAt(ctx.text, at + 2) === 32 && isDigitCode(codeAt(ctx.text, at + 3));
  }
  for (let at = ctx.text.indexOf('U.S. '); at >= 0 && !numbered; at = ctx.text.indexOf('U.S. ', at + 5)) numbered = isDigitCode(codeAt(ctx.text, at + 5));
  if (!numbered) return;
  insertPatternCandidates(ctx, candidates, US_ROUTE, (start, text) => {
    const key = `us ${text.slice(text.lastIndexOf(' ') + 1)}`;
    return patternCandidate(start, text, key, [0, 0, 6, 0], 2);
  });
}

/**
 * Known names with a lower-case word inside that is no connector ("Medicines and Healthcare products
 * Regulatory Agency"): runs of capitalised words break at it, so they are matched whole.
 */
const INNER_SMALL_WORDS = new Set(['and', 'for', 'the', 'of', 'on', 'in', 'de', 'du', 'des', 'da', 'do', 'la', 'le', 'van', 'von', 'der', 'den', 'del', 'al', 'el', 'bin']);
const NAMES_WITH_LOWER_WORDS = [KNOWN_ORGANIZATIONS, KNOWN_MISC, KNOWN_PLACES].flatMap((list) => list.split(/[|\n]/))
  .filter((name) => name.split(' ').some((w, i) => i > 0 && /^[a-z]{3,}$/.test(w) && !INNER_SMALL_WORDS.has(w)));
/** The first word of each such name: a block without a candidate starting so holds none (no scan). */
const FIRST_WORDS_OF_NAMES = [...new Set(NAMES_WITH_LOWER_WORDS.map((name) => name.slice(0, name.indexOf(' '))))];
const KNOWN_NAME_WITH_LOWER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES_WITH_LOWER_WORDS.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

function addKnownNamesWithLowerWords(ctx: Context, candidates: Candidate[]): void {
  let mayHold = false;
  for (let i = 0; i < candidates.length && !mayHold; i++) {
    const text = candidates[i].text;
    // (The first character before the call: most candidates start with none of the few first letters.)
    for (const word of FIRST_WORDS_OF_NAMES) if ((word.length === 0 || text.charCodeAt(0) === word.charCodeAt(0)) && text.startsWith(word)) mayHold = true;
  }
  if (!mayHold) return;
  insertPatternCandidates(ctx, candidates, KNOWN_NAME_WITH_LOWER_WORD, (start, text) => {
    const key = ctx.lexicon.keys.identity(text);
    return patternCandidate(start, text, key, evidenceOfType(ctx.lexicon.known.get(key)?.type ?? 'organization'), text.split(' ').length);
  });
}

/**
 * "Trinidad and Tobago", "Dumfries and Galloway", "Washington, D.C.", "Alternative for Germany": two
 * names joined by "and", "&", a comma, "for" or "of" that the lexicon knows as one name are one mention.
 */
function joinKnownPairs(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const gap = b.start - a.end;
    if (gap !== 2 && gap !== 3 && gap !== 4 && gap !== 5) continue;
    const between = ctx.text.slice(a.end, b.start);
    // ("Alternative for Germany", "Party for Freedom": a known name with "for" too.)
    if (between !== ' and ' && between !== ' & ' && between !== ', ' && between !== ' for ' && between !== ' of ') continue;
    const text = ctx.text.slice(a.start, b.end);
    let key = ctx.lexicon.keys.identity(text);
    let known = ctx.lexicon.known.get(key);
    // "U.S. Immigration and Customs Enforcement": the body known without its country's prefix.
    const space = known ? -1 : a.text.indexOf(' ');
    if (space > 0 && ctx.lexicon.known.get(ctx.lexicon.keys.identity(a.text.slice(0, space)))?.type === 'place') {
      const unprefixed = ctx.lexicon.keys.identity(text.slice(space + 1));
      const body = ctx.lexicon.known.get(unprefixed);
      if (body && body.type === 'organization') {
        key = unprefixed;
        known = body;
      }
    }
    if (!known || known.strength < 2) continue;
    const evidence = evidenceOfType(known.type);
    candidates.splice(i, 2, { ...a, end: b.end, text, key, wordCount: a.wordCount + b.wordCount, evidence, lastWordKey: b.lastWordKey, weak: false, initials: initialsOf(text), defines: b.defines ?? acronymAfter(ctx.text, text, b.end) });
  }
}

/** "England and Wales Cricket Board (ECB)": an acronym in brackets after a joined name, starting with its first letter. */
const BRACKETED_ACRONYM_AFTER = /^ \((\p{Lu}[\p{Lu}&]{1,9})\)/u;

function acronymAfter(source: string, name: string, end: number): string | undefined {
  const bracket = codeAt(source, end + 1) === 40 ? BRACKETED_ACRONYM_AFTER.exec(source.slice(end, end + 14)) : null;
  return bracket && bracket[1].charAt(0) === name.charAt(0) ? bracket[1] : undefined;
}

/** Bodies named by a list of their fields ("Science, Innovation and Technology Committee"). */
const LISTED_BODY_HEADS = new Set(['Committee', 'Subcommittee', 'Department', 'Ministry', 'Commission']);
const LIST_BEFORE_NAME = /(?:\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2}, ){1,5}(?:\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2},? and )?$/u;

/**
 * "Science, Innovation and Technology Committee", "Environment, Food and Rural Affairs Committee":
 * the run of the head's last fields is joined with the fields listed before it by commas.
 */
function joinListedCommitteeNames(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (The cheap test first: a comma or "and" right before the name.)
    if (codeAt(ctx.text, c.start - 2) !== 44 && !(codeAt(ctx.text, c.start - 2) === 100 && ctx.text.endsWith(' and', c.start - 1))) continue;
    if (c.wordCount < 2 || !LISTED_BODY_HEADS.has(c.text.slice(c.text.lastIndexOf(' ') + 1))) continue;
    const before = ctx.text.slice(Math.max(0, c.start - 120), c.start);
    const list = LIST_BEFORE_NAME.exec(before);
    if (!list || (!list[0].endsWith(' and ') && !c.text.includes(' and '))) continue;
    const start = c.start - list[0].length + (list[0].startsWith('The ') ? 4 : 0);
    let first = i;
    while (first > 0 && candidates[first - 1].start >= start) first--;
    const text = ctx.text.slice(start, c.end);
    const key = ctx.lexicon.keys.identity(text);
    candidates.splice(first, i - first + 1, { ...c, start, text, key, wordCount: text.split(' ').length, evidence: evidenceOf(0, 6, 0, 0), initials: initialsOf(text) });
    i = first;
  }
}

/** Heads of bodies and documents that are often named by two fields joined with "and". */
const FIELDS_JOINED_HEADS = new Set(['Act', 'Bill', 'Centre', 'Center', 'Commission', 'Council', 'Service', 'Authority', 'Agency',
  'Institute', 'Foundation', 'Museum', 'Department', 'Ministry', 'Board', 'Office', 'Tribunal', 'Society', 'Trust', 'Association',
  'Corporation', 'Committee', 'Administration', 'Fund', 'Programme', 'Program', 'Strategy', 'Festival', 'Awards']);
const WORD_THEN_AND = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) and $/u;

/**
 * "Nyinkka Nyunyu Art and Culture Centre", "Fish and Wildlife Service", "Aboriginal and Torres
 * Strait Islander Heritage Protection Act": a body's or a law's name whose first field stands
 * before "and" — two plain words, or a people's name before the rest of the name.
 */
function joinFieldsBeforeAnd(ctx: Context, candidates: Candidate[]): void {
  const { text, lexicon } = ctx;
  const isFieldWord = (word: string) => isCommonLowerWord(lexicon.lowerFlags, word.toLowerCase())
    && !lexicon.known.has(lexicon.keys.identity(word));
  for (let i = 0; i < candidates.length; i++) {
    const named = candidates[i];
    // (The cheap test first: " and " right before the name.)
    if (named.wordCount < 2 || codeAt(text, named.start - 2) !== 100 || !text.endsWith(' and ', named.start)) continue;
    if (!FIELDS_JOINED_HEADS.has(named.text.slice(named.text.lastIndexOf(' ') + 1))) continue;
    const field = WORD_THEN_AND.exec(text.slice(Math.max(0, named.start - 32), named.start))?.[1];
    if (!field) continue;
    const firstNamed = named.text.slice(0, named.text.indexOf(' '));
    if (!lexicon.demonyms.has(field) && !(isFieldWord(field) && isFieldWord(firstNamed))) continue;
    const fieldStart = named.start - 5 - field.length;
    // The rest of the name before the field is a candidate of its own ("Nyinkka Nyunyu Art").
    const before = i > 0 && candidates[i - 1].end === fieldStart + field.length ? candidates[i - 1] : undefined;
    const start = before ? before.start : fieldStart;
    const joined = text.slice(start, named.end);
    const wordCount = named.wordCount + 2 + (before ? before.wordCount - 1 : 0);
    candidates.splice(before ? i - 1 : i, before ? 2 : 1,
      { ...named, start, text: joined, key: lexicon.keys.identity(joined), wordCount, initials: initialsOf(joined) });
    if (before) i--;
  }
}

/** "Cllr Jo Bell (Lab)", "(LD)": British party initials in brackets after a councillor's name. */
const BRACKETED_PARTY = /(?<=\()(?:Con|Lab|LD|Grn)(?=\))/g;
const PARTY_OF_INITIALS: Readonly<Record<string, string>> = { Con: 'Conservative Party', Lab: 'Labour Party', LD: 'Liberal Democrats', Grn: 'Green Party' };

/** Whether `text` holds "(Con)", "(Lab)", "(LD)" or "(Grn)": one search for the brackets, not four for the initials. */
function hasBracketedPartyInitials(text: string): boolean {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if (text.startsWith('Con)', at + 1) || text.startsWith('Lab)', at + 1) || text.startsWith('LD)', at + 1) || text.startsWith('Grn)', at + 1)) return true;
  }
  return false;
}

function addBracketedPartyInitials(ctx: Context, candidates: Candidate[]): void {
  if (!hasBracketedPartyInitials(ctx.text)) return;
  insertPatternCandidates(ctx, candidates, BRACKETED_PARTY, (start, text) => {
    const key = ctx.lexicon.keys.identity(PARTY_OF_INITIALS[text]);
    return patternCandidate(start, text, key, evidenceOf(0, 6, 0, 0), 1);
  });
}

/** "HB 2127", "House Bill 2127", "SB 1047", "H.R. 6120": a numbered bill is a named document. */
const NUMBERED_BILL = /\b(?:(House Bill|Senate Bill|Assembly Bill|House File|Senate File)|H\.R\.|H\.B\.|S\.B\.|A\.B\.|HB|SB|AB|HR|HF|SF) ?(\d{1,5})(?![\p{L}\p{N}]|[.,]\d)/gu;
const BILL_PREFIXES: Readonly<Record<string, string>> = {
  'House Bill': 'hb', 'Senate Bill': 'sb', 'Assembly Bill': 'ab', 'House File': 'hf', 'Senate File': 'sf',
};

function addNumberedBills(ctx: Context, candidates: Candidate[]): void {
  // (Every form holds a B, an H or an F. Maine's "LD 1234" is not read: "LD 72" is more often the
  // Liberal Democrats' count in a results table.)
  if (!ctx.text.includes('B') && !ctx.text.includes('H') && !ctx.text.includes('F')) return;
  NUMBERED_BILL.lastIndex = 0;
  let added = false;
  for (let match = NUMBERED_BILL.exec(ctx.text); match; match = NUMBERED_BILL.exec(ctx.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const key = `${match[1] ? BILL_PREFIXES[match[1]] : match[0].slice(0, match[0].length - match[2].length).replace(/[. ]/g, '').toLowerCase()} ${match[2]}`;
    // "Oregon Senate Bill 762": a name ending in the bill's words takes its number.
    const before = candidates.findIndex((c) => c.start < start && c.end > start && c.end <= end);
    if (before >= 0) {
      const c = candidates[before];
      candidates[before] = { ...c, end, text: ctx.text.slice(c.start, end), key, evidence: [0, 0, 0, 6], lastWordKey: match[2], wordCount: c.wordCount + 1 };
      continue;
    }
    if (candidates.some((c) => c.start < end && start < c.end && c.end > end)) continue;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].start >= start && candidates[i].end <= end) candidates.splice(i, 1);
    candidates.push(patternCandidate(start, match[0], key, [0, 0, 0, 6], 2));
    added = true;
  }
  if (added) candidates.sort((a, b) => a.start - b.start);
}

/** "(412390.KS)", "(9101.T)": an Asian market's numeric ticker names the company (see `TICKER`). */
const NUMERIC_TICKER = /(?<=\(\s?)\d{4,6}\.(?:KS|KQ|T|HK|SS|SZ|TW|TWO|SI|BO|NS|AX|JK|KL|BK)(?=\s?\))/g;

function addNumericTickers(ctx: Context, candidates: Candidate[]): void {
  // Only where a bracket opens on a digit: the pattern's look-behind is slow over a whole block.
  let bracketedDigit = false;
  for (let at = ctx.text.indexOf('('); at >= 0 && !bracketedDigit; at = ctx.text.indexOf('(', at + 1)) {
    bracketedDigit = isDigitCode(codeAt(ctx.text, at + 1)) || (codeAt(ctx.text, at + 1) === 32 && isDigitCode(codeAt(ctx.text, at + 2)));
  }
  if (!bracketedDigit) return;
  insertPatternCandidates(ctx, candidates, NUMERIC_TICKER, (start, text) => {
    const key = text.slice(0, text.indexOf('.'));
    return { ...patternCandidate(start, text, key, [0, 4, 0, 0], 1), acronym: true };
  });
}

const CIRCUIT_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh'];
const CIRCUIT = `(?:\\d{1,2}(?:st|nd|rd|th)|${CIRCUIT_ORDINALS.join('|')}|D\\.C\\.|Federal)`;
const CIRCUIT_COURT_SOURCE = `\\b(?:(${CIRCUIT}) (?:U\\.S\\. |US )?Circuit(?: Court of Appeals)?(?![\\p{L}])|(?:(?:U\\.S\\.|US|United States) )?Court of Appeals for the (${CIRCUIT}) Circuit)`;
/** "the 5th U.S. Circuit Court of Appeals", "the 9th Circuit", "the U.S. Court of Appeals for the Fifth Circuit". */
const CIRCUIT_COURT = new RegExp(CIRCUIT_COURT_SOURCE, 'gu');
const CIRCUIT_COURT_ONCE = new RegExp(CIRCUIT_COURT_SOURCE, 'u');

/** A US federal appeals court, keyed by its circuit so that its two styles link ("5th" as "fifth"). */
/** "the 232nd District Court", "the 3rd Armored Division", "the 101st Airborne": a numbered court or military unit. */
const NUMBERED_COURT = /\b\d{1,3}(?:st|nd|rd|th) (?:(?:Judicial |Criminal |Civil )?(?:District|Circuit|Family|County) Court|(?:(?:Armou?red|Airborne|Infantry|Marine|Mountain|Cavalry|Signal|Engineer|Special Forces|Mechani[sz]ed|Guards|Commando|Parachute) )?(?:Division|Brigade|Regiment|Battalion|Fleet|Squadron|Airborne|Infantry|Marine Expeditionary Unit|Air Wing|Fighter Wing|Corps))\b/g;

/** An ordinal in digits before a capitalised word ("3rd Armored"): most blocks have none. */
const ORDINAL_BEFORE_CAPITAL = /\d(?:st|nd|rd|th) [A-Z]/;

/** "Ordinance 2841-2025", "Executive Order 14110", "Bylaw No. 12": a numbered law or order (misc). */
const NUMBERED_ORDER = /\b(?:Ordinance|Executive Order|Bylaw|By-law) (?:No\.? )?\d{1,5}(?:[-/]\d{2,4})?(?![\p{L}\p{N}]|[.,]\d)/gu;


function addNumberedOrders(ctx: Context, candidates: Candidate[]): void {
  const { text } = ctx;
  // "Ord" (Ordinance, Order) or "ylaw"/"y-law" must occur: most blocks skip the pattern.
  if (text.indexOf('Ord') < 0 && text.indexOf('ylaw') < 0 && text.indexOf('y-law') < 0) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_ORDER, (start, match) =>
    patternCandidate(start, match, ctx.lexicon.keys.identity(match), evidenceOf(0, 0, 0, 6), match.split(' ').length));
}

/**
 * "Boeing 737 MAX 8", "the 737 Max", "787-9 Dreamliner", "777X": Boeing's airliners are named by a
 * number, so a bare "787" is one only after "Boeing" or before a variant, "MAX" or "Dreamliner".
 */
const BOEING_MODEL = /(?<![\p{L}\p{N}.,-])(?:Boeing 7[0-8]7(?:-\d{1,3}(?:ER|LR)?)?(?: (?:MAX|Max)(?: \d{1,2})?| Dreamliner)?|7[0-8]7(?:-\d{1,3}(?:ER|LR)?)?(?: (?:MAX|Max)(?: \d{1,2})?| Dreamliner)|7[0-8]7-\d{1,3}(?:ER|LR)?|777X)(?![\p{L}\p{N}]|[.,]\d)/gu;
const BOEING_NUMBER = /7[0-8]7/;

function addBoeingModels(ctx: Context, candidates: Candidate[]): void {
  if (!BOEING_NUMBER.test(ctx.text)) return;
  insertPatternCandidates(ctx, candidates, BOEING_MODEL, (start, text) =>
    patternCandidate(start, text, ctx.lexicon.keys.identity(text), evidenceOf(0, 0, 0, 6), text.split(' ').length));
}

/** "the Group of 20", "Group of Seven": a club of nations by its number. */
const NUMBERED_GROUP = /\bGroup of (?:\d{1,2}|Seven|Eight|Twenty)(?![\p{L}\p{N}])/gu;

function addNumberedGroups(ctx: Context, candidates: Candidate[]): void {
  if (ctx.text.indexOf('Group of ') < 0) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_GROUP, (start, text) =>
    patternCandidate(start, text, ctx.lexicon.keys.identity(text), evidenceOf(0, 6, 0, 0), 3));
}

function addNumberedCourts(ctx: Context, candidates: Candidate[]): void {
  if (!ORDINAL_BEFORE_CAPITAL.test(ctx.text)) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_COURT, (start, text) =>
    patternCandidate(start, text, ctx.lexicon.keys.identity(text), evidenceOf(0, 6, 0, 0), text.split(' ').length));
}

function addCircuitCourts(ctx: Context, candidates: Candidate[]): void {
  if (!ctx.text.includes('Circuit')) return;
  insertPatternCandidates(ctx, candidates, CIRCUIT_COURT, (start, text) => {
    const circuit = CIRCUIT_COURT_ONCE.exec(text);
    const written = circuit?.[1] ?? circuit?.[2] ?? '';
    const number = Number.parseInt(written, 10);
    const ordinal = Number.isNaN(number) ? written : CIRCUIT_ORDINALS[number - 1] ?? written;
    return patternCandidate(start, text, `${ordinal.toLowerCase()} circuit`, evidenceOf(0, 6, 0, 0), text.split(' ').length);
  });
}

/**
 * "resolution 2817", "Resolution 242": a numbered UN (or other) resolution is a named document;
 * "Law No. 7269", "Resolution No. 2026-47", "Decree No. 12": so is one numbered with "No.".
 */
const NUMBERED_RESOLUTION = /\b(?:[Rr]esolution \d{3,4}(?![\p{N}]|[.,]\d)|(?:Law|Resolution|Decree|Ordinance|Order|Regulation|Act|Directive|Circular) No\. ?\d{1,5}(?:[-/]\d{1,5})?(?![\p{N}]|[.,]\d))/gu;

/**
 * `text.includes('esolution ')`, searched from its "u": a search for a needle that starts with "e",
 * the commonest letter, stops at nearly every word.
 */
function hasResolutionWord(text: string): boolean {
  for (let at = text.indexOf('ution ', 4); at >= 0; at = text.indexOf('ution ', at + 1)) if (text.startsWith('esol', at - 4)) return true;
  return false;
}

function addNumberedResolutions(ctx: Context, candidates: Candidate[]): void {
  if (!hasResolutionWord(ctx.text) && !ctx.text.includes(' No.')) return;
  insertPatternCandidates(ctx, candidates, NUMBERED_RESOLUTION, (start, text) => {
    const key = text.toLowerCase();
    return patternCandidate(start, text, key, [0, 0, 0, 6], 2);
  });
}

/** What makes a quoted title a work: an owner's possessive ("Disney's ", "Warner Bros.' ") or the kind of work. */
const WORK_CUE_BEFORE_QUOTE = /(?:\p{L}['’]s|s['’]|\b(?:film|movie|series|show|sequel|prequel|reboot|remake|spin-off|franchise|novel|book|memoir|album|single|song|track|episode|documentary|docuseries|podcast|drama|sitcom|comedy|thriller|musical|play|opera|game|biopic|titled|entitled)) $/u;
/** A title in Title Case: capitalised words and numbers, minor words inside, a colon before a subtitle. */
const QUOTED_TITLE = /([\p{Lu}\d][\p{L}\p{N}'’.&!?-]*(?::? (?:[\p{Lu}\d][\p{L}\p{N}'’.&!?-]*|of|the|a|an|and|or|in|on|at|to|for|by|with|from|is|vs\.?)){0,9})[,.]?["”]/uy;
const MINOR_TITLE_WORD = /^(?:of|the|a|an|and|or|in|on|at|to|for|by|with|from|is|vs\.?)$/;

/**
 * 'Disney's "Zootopia 2"', 'Lionsgate's "Now You See Me: Now You Don't"', 'the film "Wicked: For
 * Good"': a title quoted whole after its owner or its kind is one work, numbers and subtitle
 * included; the names read inside it give way.
 */
function addQuotedWorkTitles(ctx: Context, candidates: Candidate[]): void {
  const { text } = ctx;
  let added = false;
  for (let at = nextOpeningQuote(text, 0); at >= 0; at = nextOpeningQuote(text, at + 1)) {
    // (The title's shape first: a quotation fails it within a word or two, before the cue is read.)
    QUOTED_TITLE.lastIndex = at + 1;
    const match = QUOTED_TITLE.exec(text);
    if (!match || MINOR_TITLE_WORD.test(match[1].slice(match[1].lastIndexOf(' ') + 1))) continue;
    if (!WORK_CUE_BEFORE_QUOTE.test(text.slice(Math.max(0, at - 14), at))) continue;
    // ('"Dead Drop Lane."': the full stop inside the quotes is the sentence's.)
    const title = match[1].endsWith('.') && !match[1].endsWith('vs.') ? match[1].slice(0, -1) : match[1];
    const start = at + 1;
    const end = start + title.length;
    if (candidates.some((c) => c.start < end && start < c.end && (c.start < start || c.end > end))) continue;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].start >= start && candidates[i].end <= end) candidates.splice(i, 1);
    candidates.push(patternCandidate(start, title, ctx.lexicon.keys.identity(title), evidenceOf(0, 0, 0, 6), title.split(' ').length));
    added = true;
  }
  if (added) candidates.sort((a, b) => a.start - b.start);
}

/** The next '"' or '“' from `from` with a space before it, or -1 (each kind searched once per quote). */
function nextOpeningQuote(text: string, from: number): number {
  let straight = text.indexOf('"', from);
  let curly = text.indexOf('“', from);
  while (straight >= 0 || curly >= 0) {
    const at = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (at > 0 && text.charCodeAt(at - 1) === 32) return at;
    if (at === straight) straight = text.indexOf('"', at + 1);
    else curly = text.indexOf('“', at + 1);
  }
  return -1;
}

/**
 * Adds a candidate for each match of `pattern` (global): names read inside the match give way, a
 * longer name around it stays ("Prince of Wales Hospital"). Keeps the list sorted.
 */
function insertPatternCandidates(ctx: Context, candidates: Candidate[], pattern: RegExp, make: (start: number, text: string) => Candidate): void {
  let added = false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(ctx.text); match; match = pattern.exec(ctx.text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (candidates.some((c) => c.start < end && start < c.end && (c.start < start || c.end > end))) continue;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].start >= start && candidates[i].end <= end) candidates.splice(i, 1);
    candidates.push(make(start, match[0]));
    added = true;
  }
  if (added) candidates.sort((a, b) => a.start - b.start);
}

/** "West Virginia v. EPA", "Loper Bright Enterprises v. Raimondo": the gap between two parties of a case. */
const CASE_JOINER = /^ v\.? $/;
const POSSESSIVE_GAP = /^['’]s $/;

/** Two names joined by "v." are one court case (misc), not two parties. */
function joinCaseNames(ctx: Context, candidates: Candidate[]): Candidate[] {
  let joined: Candidate[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    const second = candidates[i + 1];
    // (In sports copy "England v Australia" is a fixture: two teams.)
    if (second !== undefined && second.start - first.end <= 4 && codeAt(ctx.text, first.end + 1) === 118 && CASE_JOINER.test(ctx.text.slice(first.end, second.start))
      && !(ctx.sports && second.start - first.end === 3)) {
      joined ??= candidates.slice(0, i);
      // "Humphrey's Executor v. United States": a first party that is someone's is named with them.
      const owner = joined[joined.length - 1];
      const owned = owner !== undefined && first.start - owner.end === 3 && POSSESSIVE_GAP.test(ctx.text.slice(owner.end, first.start));
      if (owned) joined.pop();
      joined.push(caseName(ctx, owned ? owner : first, second));
      i++;
    } else joined?.push(first);
  }
  return joined ?? candidates;
}

function caseName(ctx: Context, first: Candidate, second: Candidate): Candidate {
  const text = ctx.text.slice(first.start, second.end);
  return { ...first, end: second.end, text, key: ctx.lexicon.keys.identity(text), wordCount: first.wordCount + second.wordCount + 1,
    weak: false, commonWord: false, evidence: evidenceOf(0, 0, 0, 8), lastWordKey: second.lastWordKey, acronym: false, defines: undefined,
    initials: undefined, titled: undefined, whole: undefined, wholeOnly: undefined };
}
