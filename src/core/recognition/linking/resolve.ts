// Turns one source's candidates into typed, linked entity mentions using the workspace counts:
// corroboration of sentence-initial words, canonical name (aliases, acronyms, surnames, spelling
// variants) and the type voted by every mention of the entity in the workspace.
import type { EntityMention, EntityType } from '../../model';
import type { Candidate } from '../entities/candidates';
import { addEvidence, bestType, emptyEvidence, typeIndex, type Evidence } from '../entities/evidence';
import type { Lexicon } from '../gazetteer/builtin/lexicon';
import { findDeclared, type CompiledGazetteer } from '../gazetteer/compiled';
import { hashWord, isCommonLowerWord } from '../entities/tokenize';
import { MISC_HEADS, NAME_HONORIFICS, NAME_PARTICLES, ORG_HEADS } from '../entities/cues';
import { fullGivenName, keyInitials, normalizeKey } from './keys';
import { CLUB_PREFIXES, COMPANY_TAIL_WORDS, COMPLEMENTS, CORPORATE_SUFFIXES, STATE_PREFIXES, STORM_PREFIXES, dominant, isCaseName, isFeatureName, isStateBodyName, nearSurname, type KeyStats, type WorkspaceIndex } from './workspaceIndex';

const ROYAL_TITLES: ReadonlySet<string> = new Set(['King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Emperor', 'Empress', 'Pope']);
const WARNING_COLOURS: ReadonlySet<string> = new Set(['RED', 'ORANGE', 'AMBER', 'YELLOW']);
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['Court', 'Commission', 'Board', 'Council', 'Committee', 'Tribunal', 'Authority', 'Agency', 'Cabinet']);
export interface ResolveEnvironment {
  readonly index: WorkspaceIndex;
  readonly lexicon: Lexicon;
  readonly gazetteer: CompiledGazetteer;
}

/** Per-source data the resolver needs besides the candidates. */
export interface SourceLinks {
  /** Surname variant key → full name key, from this source's own full names (preferred). */
  readonly localSurnames: ReadonlyMap<string, string>;
  /** Head word → the one organisation of this source named with it ("commission" → "european commission"). */
  readonly localHeads: ReadonlyMap<string, string>;
  /** Given name → the one person of this source with that first name ("wanjiru" → "wanjiru kamau"). */
  readonly localFirstNames: ReadonlyMap<string, string>;
  /** Acronym key → the name this source defines it as, once ("ecb" → "england and wales cricket board"). */
  readonly localAcronyms: ReadonlyMap<string, string>;
  /** Name key → the name this source says it stands for ("hemedti" → "mohamed hamdan dagalo", from ", known as Hemedti,"). */
  readonly localAliases: ReadonlyMap<string, string>;
  /** First word → the one body the lexicon knows that this source names with it ("rio" → "rio tinto"). */
  readonly localBodyFirstWords: ReadonlyMap<string, string>;
}

export interface ResolvedEntity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical key the mention links to. */
  readonly canonicalKey: string;
}


/**
 * "the Commission", "whose Commission" in an article that never names it in full: the one
 * organisation of the workspace with that head ("European Commission"), when there is exactly one.
 */
function linksToWorkspaceHead(c: Candidate, index: WorkspaceIndex): string | undefined {
  if (c.wordCount !== 1 || c.acronym || !c.determiner || !ORG_HEADS.has(c.text)) return undefined;
  const named = index.orgHeads.get(c.key);
  if (!named || named.size !== 1) return undefined;
  const [only] = named.keys();
  return only;
}

/** The largest of the four scores (`Math.max(...evidence)` without spreading the array). */
function strongestOf(evidence: Readonly<Evidence>): number {
  return Math.max(evidence[0], evidence[1], evidence[2], evidence[3]);
}

/** "bin", "ibn", "bint" inside a name key: the words after it are the father's name. */
const PATRONYMIC = / (?:bin|ibn|bint) /;

/** A known body's evidence with a cue of its own context besides the lexicon's (a score after "Arsenal"). */
const KNOWN_BODY_IN_CONTEXT = 6;

function isAccepted(c: Candidate, env: ResolveEnvironment, links: SourceLinks): boolean {
  const { index, lexicon } = env;
  const stats = index.stats(c.key);
  const known = lexicon.known.get(c.key);
  // "the Company" of a press release is a defined term, not a name; "the King", "the Pope" are
  // titles alone (as "the prime minister" is); "an ORANGE warning" is a colour.
  // "Yellow warnings are in force": a colour opening a sentence is one too.
  // "the Court", "the Commission", "the Board": a body's generic head alone is a back-reference, as
  // the labelled articles leave it (they name "the Supreme Court", "the European Commission").
  if (c.wordCount === 1 && (c.key === 'company' || (c.determiner === true && (ROYAL_TITLES.has(c.text) || GENERIC_BODY_HEADS.has(c.text)))
    || ((c.acronym || (c.weak && c.commonWord)) && WARNING_COLOURS.has(c.text.toUpperCase())))) return false;
  // "the Commission" for the one commission of the source; a sentence-initial event or document
  // word ("Fire has burned …" beside "Cal Fire") or plural ("Trains that do run" beside "West
  // Midlands Trains") is not a back-reference.
  const headLinks = c.wordCount === 1 && !c.acronym && links.localHeads.has(c.key) && !((lexicon.known.get(c.key)?.strength ?? 0) >= 3)
    && !(c.weak && c.commonWord && (MISC_HEADS.has(c.text) || (!c.determiner && (isPlainPlural(c.text) || COLLECTIVE_HEADS.has(c.text)))));
  if (headLinks || linksToWorkspaceHead(c, index)) return true;
  // "TRUE", "LIVID", "BACKDROP": an ordinary word in capitals (a verdict, a shout, a heading) is no
  // name unless something names it so (the lexicon, a spelled-out acronym, a person's name).
  // (A small town's name is no reason: "TAPES" is not Tapes, Brazil.)
  if (c.acronym && c.wordCount === 1 && c.text.length >= 2 && (known === undefined || known.strength < 2) && strongestOf(c.evidence) <= 2
    && (isCommonWord(c.key, lexicon) || (readsAsWord(c.key, lexicon) && onlyInCapitals(stats)))
    && !index.acronyms.has(c.key) && !links.localSurnames.has(c.key) && !index.surnames.has(lexicon.keys.surname(c.key))) return false;
  if (c.wholeOnly) {
    return (known !== undefined && known.strength >= 3) || (stats !== undefined && stats.strong > 0) || c.publication === true;
  }
  // "Split", "Nice", "Reading" starting a sentence: a place only when the workspace says so.
  // ("Arsenal beat Chelsea", "Spurs drew": a body the lexicon knows, when its own context says body.)
  if (known && (!(c.weak && c.commonWord && known.strength < 4) || (known.type === 'organization' && known.strength >= 3 && c.evidence[1] >= KNOWN_BODY_IN_CONTEXT))) return true;
  const max = strongestOf(stats?.evidence ?? c.evidence);
  const perMention = stats && stats.count > 0 ? max / stats.count : max;
  if (c.wordCount > 1) return true;
  // "Martin is coming home": a given name of someone this source names in full ("Martin Pennock").
  const surname = env.lexicon.keys.surname(c.lastWordKey);
  // (A common word only by a surname spelled exactly so: "Copper" is not Amanda Cooper's.)
  const linksToPerson = (c.commonWord ? namesSurnameExactly(links.localSurnames.get(surname), index.surnames.get(surname), c.key)
    : links.localSurnames.has(surname) || index.surnames.has(surname))
    || (links.localFirstNames.has(c.key) && lexicon.givenNames.has(c.text));
  if (c.weak) {
    if (linksToPerson || c.publication === true) return true;
    if (stats && stats.strong > 0 && (!c.commonWord || perMention >= 1)) return true;
    if (c.commonWord) return false;
    if (index.lowerWords.has(hashWord(c.text.toLowerCase()))) return false;
    return true;
  }
  // Capitalised mid-sentence: a name, unless a determiner makes it a generic back-reference ("the Government").
  if (c.commonWord) {
    const plural = isPlainPlural(c.text);
    return linksToPerson || perMention >= 2.5 || lexicon.givenNames.has(c.text) || (!c.determiner && !plural && perMention >= 0.6);
  }
  return true;
}

/** Whether the full name this source, or any full name of the workspace, ends in exactly `key`. */
function namesSurnameExactly(local: string | undefined, workspace: ReadonlyMap<string, number> | undefined, key: string): boolean {
  const suffix = ` ${key}`;
  if (local !== undefined && (local === key || local.endsWith(suffix))) return true;
  if (workspace !== undefined) for (const full of workspace.keys()) if (full === key || full.endsWith(suffix)) return true;
  return false;
}

/** "Trains", "Results": ends in a plural "s" (not "ss"). */
function isPlainPlural(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115;
}

function isCommonWord(key: string, lexicon: Lexicon): boolean {
  return isCommonLowerWord(lexicon.lowerFlags, key);
}

const INFLECTION = /(?:s|es|ed|er|ers|ing|ings)$/;

/** The workspace writes the name only in capitals ("TIMELINE"), never as a name ("Tellwave"). */
function onlyInCapitals(stats: KeyStats | undefined): boolean {
  if (stats === undefined) return true;
  for (const surface of stats.surfaces.keys()) if (surface !== surface.toUpperCase()) return false;
  return true;
}

/**
 * An inflection of a common word ("regulators", "rankings") or two joined ("timeline", "scorecard",
 * "liftoff"): what a word in capitals may spell when it is no acronym. Longer words only: acronyms
 * rarely spell two English words. (Names are made so too, "Tellwave": see `onlyInCapitals`.)
 */
function readsAsWord(key: string, lexicon: Lexicon): boolean {
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return false;
  const inflection = INFLECTION.exec(key);
  if (inflection) {
    const stem = key.slice(0, inflection.index);
    if (isCommonWord(stem, lexicon) || isCommonWord(`${stem}e`, lexicon)) return true;
  }
  for (let i = 3; i <= key.length - 3; i++) {
    if (isCommonWord(key.slice(0, i), lexicon) && isCommonWord(key.slice(i), lexicon)) return true;
  }
  return false;
}

/** Abbreviated titles a run may still start with ("PM Modi", "Gov Newsom", "Rep Ocasio-Cortez"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['pm', 'gov', 'sen', 'rep', 'pres', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'capt', 'adm', 'sgt', 'lt', 'cllr', 'supt', 'insp', 'det', 'rev', 'fr', 'amb', 'atty', 'secy', 'cmdr']);
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}?\p{Lu}/u;
/** Names a workspace writes both ways for one place. */
const PLACE_ALIASES = new Map([['new york city', 'new york'], ['nyc', 'new york'], ['philly', 'philadelphia'], ['washington dc', 'washington'], ['dc', 'washington']]);

/** The candidate without a leading abbreviated title, or undefined. */
function withoutTitle(c: Candidate): Candidate | undefined {
  if (c.wordCount < 2 || c.acronym) return undefined;
  const space = c.key.indexOf(' ');
  if (space <= 0 || !TITLE_ABBREVIATIONS.has(c.key.slice(0, space))) return undefined;
  const rest = c.key.slice(space + 1);
  if (rest.length < 2) return undefined;
  const textSpace = c.text.search(/\s/);
  return { ...c, key: rest, text: textSpace > 0 ? c.text.slice(textSpace + 1) : c.text, wordCount: c.wordCount - 1, titled: true };
}

/**
 * "Sir Keir", "Lord Cameron", "Dame Judi": a style before one name (the key already leaves the style
 * out) links like that name alone, as a titled mention.
 */
function withoutStyle(c: Candidate): Candidate | undefined {
  if (c.wordCount < 2 || c.acronym || c.key.includes(' ')) return undefined;
  const space = c.text.search(/\s/);
  if (space <= 0) return undefined;
  // "Datuk Seri Anwar", "Tan Sri Muhyiddin": the key has lost a Malay style of two words (see keys.ts).
  if (c.wordCount > 2) return { ...c, text: c.text.slice(c.text.lastIndexOf(' ') + 1), wordCount: 1, titled: true, weak: false, commonWord: false };
  if (!NAME_HONORIFICS.has(c.text.slice(0, space))) return undefined;
  return { ...c, text: c.text.slice(space + 1).trim(), wordCount: 1, titled: true, weak: false, commonWord: false };
}

/** "us", "u.s.", "hm": a country qualifier before a body's name (the pattern only for words with dots). */
function isStatePrefix(word: string): boolean {
  return STATE_PREFIXES.has(word.includes('.') ? word.replace(/\./g, '') : word);
}

/** The lexicon's canonical key of a person's full name ("volodymyr zelenskyy" → "volodymyr zelensky"), else the key. */
function knownPersonKey(key: string, env: ResolveEnvironment): string {
  const known = env.lexicon.known.get(key);
  return known !== undefined && known.type === 'person' ? env.lexicon.keys.identity(known.canonical) : key;
}

const NAME_WORD_EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([['un', ['united', 'nations']], ['us', ['united', 'states']], ['uk', ['united', 'kingdom']]]);
const NAME_FILLERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in']);

/** The content words of a name's key, with "UN", "US", "UK" spelled out. */
function nameWords(key: string): Set<string> {
  const words = new Set<string>();
  for (const word of key.split(' ')) {
    if (NAME_FILLERS.has(word)) continue;
    for (const w of NAME_WORD_EXPANSIONS.get(word) ?? [word]) words.add(w);
  }
  return words;
}

/**
 * Two names of one body, told by their words ("National Stock Exchange" and "National Stock
 * Exchange of India"; "UN Population Fund" and "United Nations Population Fund"), not two bodies
 * that share an acronym ("European Central Bank", "England and Wales Cricket Board").
 */
function sameNameWords(a: string, b: string): boolean {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  let shared = 0;
  for (const w of wordsA) if (wordsB.has(w)) shared++;
  return shared / (wordsA.size + wordsB.size - shared) > 0.55;
}

/** The name some source of the workspace defines the acronym as, in brackets after it (not one whose initials merely match). */
function definedInWorkspace(acronym: string, index: WorkspaceIndex): string | undefined {
  let best: string | undefined;
  let bestWeight = DEFINITION_WEIGHT - 1;
  index.acronyms.get(acronym)?.forEach((weight, full) => {
    if (weight > bestWeight) {
      best = full;
      bestWeight = weight;
    }
  });
  return best;
}
/** Weight of an acronym defined in brackets (see workspaceIndex: definitions 5, initials 1). */
const DEFINITION_WEIGHT = 5;

/** The storm the workspace names with this word ("hurricane melissa" for "melissa"), if any. */
function namedStorm(key: string, index: WorkspaceIndex): string | undefined {
  const longer = dominant(index.shortForms.get(key));
  if (longer === undefined) return undefined;
  const words = longer.split(' ');
  return words.length >= 2 && words[words.length - 1] === key && STORM_PREFIXES.has(words[words.length - 2]) ? longer : undefined;
}

/** The lexicon's canonical key of a known name's key, if the lexicon knows it. */
function knownCanonicalKey(key: string, env: ResolveEnvironment): string | undefined {
  const known = env.lexicon.known.get(key);
  return known === undefined ? undefined : env.lexicon.keys.identity(known.canonical);
}

/** The spelling of `key`'s name the workspace uses most (its variants counted together), else `key`. */
function usualSpelling(key: string, env: ResolveEnvironment): string {
  return dominant(env.index.variants.get(env.lexicon.keys.nameVariant(key)), true) ?? key;
}

function canonicalKeyOf(c: Candidate, env: ResolveEnvironment, links: SourceLinks, styled = false): string {
  const { index, lexicon } = env;
  const untitled = withoutTitle(c);
  if (untitled) return canonicalKeyOf(untitled, env, links);
  const unstyled = withoutStyle(c);
  if (unstyled) return canonicalKeyOf(unstyled, env, links, true);
  const alias = PLACE_ALIASES.get(c.key);
  if (alias !== undefined && !c.titled) return alias;
  // "Rio" after "Rio Tinto", "Deutsche" after "Deutsche Bank": the body of the source the lexicon knows by that first word.
  const bodyFirstWord = c.wordCount === 1 && !c.acronym ? links.localBodyFirstWords.get(c.key) : undefined;
  if (bodyFirstWord !== undefined && bodyFirstWord !== c.key) return bodyFirstWord;
  // "Mohamed Hamdan Dagalo, known as Hemedti,": the name the source says the alias stands for.
  const aliasOf = links.localAliases.get(c.key);
  if (aliasOf !== undefined && aliasOf !== c.key) return knownCanonicalKey(aliasOf, env) ?? usualSpelling(aliasOf, env);
  // "the Social Democratic Party (SPD)": a shorter form of the body the lexicon knows by that
  // acronym ("Social Democratic Party of Germany") is that body.
  if (c.defines !== undefined && c.wordCount >= 2) {
    const byAcronym = lexicon.known.get(lexicon.keys.identity(c.defines));
    const full = byAcronym === undefined ? undefined : lexicon.keys.identity(byAcronym.canonical);
    if (full !== undefined && full.startsWith(`${c.key} `)) return full;
  }
  // "the Donetsk region", "the Kursk and Oryol oblasts": the province, not its city; "region" only
  // where the workspace names the oblast ("Donetsk Oblast"), as elsewhere a region may be the city's.
  if (c.regionAfter !== undefined) {
    const oblast = `${c.key} oblast`;
    if (c.regionAfter === 'oblast' || index.stats(oblast) !== undefined) return usualSpelling(oblast, env);
  }
  // "EU Commission" is the "European Commission" the workspace names in full.
  if (c.wordCount >= 2 && c.key.startsWith('eu ') && index.stats(`european ${c.key.slice(3)}`)) return `european ${c.key.slice(3)}`;
  // "US Food and Drug Administration", "U.S. House": the body the lexicon or the workspace names
  // without its country.
  const space0 = c.key.indexOf(' ');
  if (c.wordCount >= 2 && space0 > 0 && isStatePrefix(c.key.slice(0, space0)) && !lexicon.known.has(c.key)) {
    const rest = c.key.slice(space0 + 1);
    const knownRest = lexicon.known.get(rest);
    if (knownRest && knownRest.type === 'organization') return env.lexicon.keys.identity(knownRest.canonical);
    if (rest.includes(' ') && index.stats(rest)) return usualSpelling(rest, env);
  }
  // "ECB" in an article that defines it as the "England and Wales Cricket Board": the source's own
  // definition outranks the lexicon's European Central Bank.
  const known = lexicon.known.get(c.key);
  // Elsewhere in a workspace that defines it so and never names the lexicon's body, likewise.
  const lexiconName = c.acronym && known !== undefined && known.canonical.includes(' ') ? env.lexicon.keys.identity(known.canonical) : undefined;
  const definedHere = lexiconName === undefined ? undefined
    : links.localAcronyms.get(c.key) ?? (index.stats(lexiconName) === undefined ? definedInWorkspace(c.key, index) : undefined);
  if (definedHere !== undefined && lexiconName !== undefined && definedHere !== c.key && !sameNameWords(definedHere, lexiconName)) {
    return knownCanonicalKey(definedHere, env) ?? usualSpelling(definedHere, env);
  }
  // A person named in this source, or a titled mention, outranks a place of the same name
  // ("Luis Montenegro" … "Montenegro said", "Prime Minister Montenegro").
  // "the West", "the Mall": after a determiner, a word whose own context says place or body is no
  // back-reference to a person with that surname ("Kanye West").
  const notSurname = c.wordCount === 1 && c.determiner === true && !c.titled && locallyNotPerson(c);
  // "Oscar" in an article about Oscar Piastri is him, not the award (but "Paris" stays the city
  // beside "Paris Hilton").
  const localGivenName = c.wordCount === 1 && !c.acronym && known !== undefined
    && (known.type !== 'place' || (known.strength < 3 && lexicon.givenNames.has(c.text))) && links.localFirstNames.has(c.key);
  const personFirst = c.wordCount === 1 && !notSurname && (links.localSurnames.has(env.lexicon.keys.surname(c.lastWordKey)) || c.titled || localGivenName);
  // "BoE", "DoJ": mixed-case acronyms, when the workspace spells one out, outrank a small place ("Boe").
  const mixedAcronym = c.wordCount === 1 && !c.acronym && c.text.length <= 5 && MIXED_ACRONYM.test(c.text);
  if (mixedAcronym && !(known && known.strength >= 3)) {
    const full = acronymExpansion(c.key, env);
    if (full && full !== c.key) return usualSpelling(full, env);
  }
  // "the Reserve Bank" in an article that names the "Reserve Bank of Australia", "the Red Cross" in
  // one that names the "Canadian Red Cross" (before the lexicon's own "Red Cross").
  const localLonger = c.wordCount >= 2 ? links.localHeads.get(c.key) : undefined;
  if (localLonger !== undefined && localLonger !== c.key) return usualSpelling(localLonger, env);
  const club = c.wordCount === 1 && !personFirst ? clubNamedAfter(c, index) : undefined;
  if (club) return usualSpelling(club, env);
  // "Melissa" after "Hurricane Melissa": the storm, not Melissa, Texas (a small town the lexicon knows).
  const storm = c.wordCount === 1 && known !== undefined && known.type === 'place' && known.strength <= 1 ? namedStorm(c.key, index) : undefined;
  if (storm !== undefined) return usualSpelling(storm, env);
  // "the House" in a story that names the "House of Commons" or the "Ohio House": that chamber,
  // not the lexicon's US House (and not a "White House" of the source).
  if (c.wordCount === 1 && CHAMBER_NAMES.has(c.key)) {
    const chamber = links.localHeads.get(c.key);
    if (chamber !== undefined && chamber !== c.key && namesChamber(chamber, c.key, env)) return usualSpelling(chamber, env);
  }
  // "Devon" in a story about "Devon Energy Corp.": the company, not the county.
  if (known && !personFirst && c.wordCount === 1 && known.type === 'place' && known.strength < 3) {
    // (Only a company named by the place and company words: "Manchester United PLC" is a club's.)
    // ("Larkspur" for "Larkspur AI Inc." too, when the workspace writes the word as a body's.)
    const company = companyNamedByFirstWord(c.key, index);
    if (company !== undefined && (company.slice(c.key.length + 1).split(' ').every((word) => COMPANY_TAIL_WORDS.has(word))
      || readsAsBodyInWorkspace(c.key, index))) {
      return namedWithoutLegalForm(company, env) ?? company;
    }
  }
  if (known && !personFirst) {
    const canonical = env.lexicon.keys.identity(known.canonical);
    // "FDA" known only as itself: the workspace's "Food and Drug Administration" is its full name.
    if (c.acronym && canonical === c.key) {
      const full = acronymExpansion(c.key, env);
      // (Not "National Heroes Stadium" for the "NHS" known as a health service: unless an article
      // defines the acronym in brackets, the kinds must agree.)
      const fullEvidence = full === undefined ? undefined : index.stats(full)?.evidence;
      const sameKind = fullEvidence === undefined || bestType(fullEvidence).type === known.type
        || (full !== undefined && (index.acronyms.get(c.key)?.get(full) ?? 0) >= 5);
      if (full && full !== c.key && !lexicon.known.has(full) && sameKind) return usualSpelling(full, env);
    }
    return canonical;
  }
  if (c.wordCount === 1 && !c.acronym && !((known?.strength ?? 0) >= 3)) {
    const org = links.localHeads.get(c.key);
    if (org) return usualSpelling(org, env);
    // "the Commission" in an article that never names it in full: the one organisation of the
    // workspace with that head ("European Commission"), when there is exactly one.
    const elsewhere = linksToWorkspaceHead(c, index);
    if (elsewhere) return usualSpelling(elsewhere, env);
  }
  // "OKAFOR:" in a transcript, "Wanjiru" after "Wanjiru Kamau": the person named in full in this source.
  // "Marrick" for "Marrick Fluid Controls plc", though its founder Josiah Marrick is named too.
  // "Kora" beside "Kora Africa Holdings Limited" and its "Kora Wallet": the company, unless this
  // source names a person with that surname.
  const namesCompany = c.wordCount === 1 && !c.titled && index.shortForms.has(c.key) && (readsAsNonPerson(index.stats(c.key)?.evidence)
    || (startsCompanyName(c.key, index) && !links.localSurnames.has(env.lexicon.keys.surname(c.lastWordKey))));
  if (c.wordCount === 1 && !notSurname && !namesCompany) {
    // "Thanks, Greg": a short form of the given name of someone named in full in this source.
    const fullFirst = c.acronym ? undefined : fullGivenName(c.key);
    // ("ADAEZE:" as a transcript's speaker label is a given name in capitals, not an acronym.)
    // ("Trump" is no given name of "Trump National Doral": a surname the lexicon knows is read as one.)
    const knownSurname = known?.type === 'person' && !lexicon.givenNames.has(c.text);
    // ("Sheikh Mohamed" beside "Mohamed bin Zayed" and "Hamdan bin Mohammed": an Arabic name's own
    // first name outranks the father's name after "bin".)
    const firstOfPatronymic = c.acronym ? undefined : links.localFirstNames.get(c.key);
    const local = (firstOfPatronymic !== undefined && PATRONYMIC.test(firstOfPatronymic) ? firstOfPatronymic : undefined)
      ?? links.localSurnames.get(env.lexicon.keys.surname(c.lastWordKey))
      ?? ((c.acronym && c.text.length <= 3) || knownSurname ? undefined : links.localFirstNames.get(c.key) ?? (fullFirst === undefined ? undefined : links.localFirstNames.get(fullFirst)));
    if (local && local !== c.key && (!c.acronym || c.text.length > 3)) return knownPersonKey(plainPersonName(usualSpelling(fullerTwoWordName(local, index), env), env), env);
  }
  // "Sepa", "Unicef": British style writes many acronyms in title case.
  const titleCaseAcronym = c.wordCount === 1 && !c.acronym && !c.commonWord && !known && c.text.length >= 3 && c.text.length <= 6;
  if (c.acronym || titleCaseAcronym) {
    const full = acronymExpansion(c.key, env);
    if (full && full !== c.key && (c.acronym || full.split(' ').length >= 3)) return knownCanonicalKey(full, env) ?? usualSpelling(full, env);
    // "BHP" … "BHP Group", "HSBC" … "HSBC Holdings": a company's acronym name before its tail words.
    const company = c.acronym ? dominant(index.shortForms.get(c.key)) : undefined;
    // ("ANZ Group Holdings Ltd" itself, ending in its legal form, is written as "ANZ": see below.)
    if (company && company.startsWith(`${c.key} `) && company.slice(c.key.length + 1).split(' ').every((w) => COMPANY_TAIL_WORDS.has(w))
      && !CORPORATE_SUFFIXES.has(company.slice(company.lastIndexOf(' ') + 1))) return company;
  }
  if (c.wordCount === 1 && !c.acronym && !notSurname && !namesCompany) {
    const surname = env.lexicon.keys.surname(c.lastWordKey);
    const knownPlace = known && known.strength >= 3 && !c.titled;
    // A styled mention ("Lord Cameron") is recorded as its own local full name: look past itself.
    const local = links.localSurnames.get(surname);
    // "Biobío" across the workspace reads as a region: no surname of a name elsewhere ("Edificio Mirador del Biobío").
    const placeOrBody = knownPlace || (!local && readsAsNonPerson(index.stats(c.key)?.evidence));
    let full = (local !== c.key ? local : undefined) ?? (placeOrBody ? undefined : dominant(withoutKey(index.surnames.get(surname), c.key)));
    // "Copper" opening a sentence is no variant spelling of Amanda Cooper's surname: a common word
    // links to a surname spelled exactly so.
    if (full !== undefined && c.commonWord && full.slice(full.lastIndexOf(' ') + 1) !== c.key) full = undefined;
    if (!full && !known && !c.commonWord && !placeOrBody) {
      const near = nearSurname(index, surname);
      if (near) full = dominant(index.surnames.get(near));
    }
    // "Arancibia" for "Ximena Arancibia", who is "Ximena Arancibia Choque" elsewhere in the workspace.
    if (full && full !== c.key) return knownPersonKey(plainPersonName(usualSpelling(fullerTwoWordName(full, index), env), env), env);
    // "President Trump" beside "Trump said": a titled surname of a person the lexicon knows is that
    // person (a known place keeps to the name: "Prime Minister Montenegro").
    if (known !== undefined && known.type === 'person' && personFirst) return env.lexicon.keys.identity(known.canonical);
    // "Xi" for "Xi Jinping", "Lula" for "Lula da Silva": a family name written first, or a name the
    // press uses alone; never a common given name ("Rachel"), a common word or a known place.
    // After a style a given name is how the press names a knight or dame ("Sir Keir").
    // "Goldman" for "Goldman Sachs": the first word of the one two-word organisation that starts
    // with it, when its second word is no organisation head ("Halvik" → "Halvik Shipping" is a
    // short form, above) and the word is no common word, given name or known name.
    if (!known && !c.commonWord && !styled && !lexicon.givenNames.has(c.text)) {
      const orgs = index.orgFirstWords.get(c.key);
      if (orgs && orgs.size === 1) {
        const [only] = orgs.keys();
        if (!ORG_HEADS.has(only.slice(only.indexOf(' ') + 1).replace(/^./, (ch) => ch.toUpperCase()))) {
          return usualSpelling(only, env);
        }
      }
    }
    if (!known && !c.commonWord && (styled || !lexicon.givenNames.has(c.text)) && !readsAsNonPerson(index.stats(c.key)?.evidence)) {
      const first = index.personFirstWords.get(c.key);
      if (first && first.size === 1) {
        const [only] = first.keys();
        return usualSpelling(only, env);
      }
    }
  }
  // "John G. Roberts Jr." for "John Roberts", "Sam Alito" for "Samuel Alito": a person's name
  // without its middle initials and generational suffix, or with the given name's full form, when
  // the workspace or the lexicon names the person so.
  if (c.wordCount >= 2 && !c.acronym) {
    const plain = plainPersonName(c.key, env);
    if (plain !== c.key) return plain;
  }
  // "Valerie Jane Goodall" for "Jane Goodall", "Thomas Woodrow Wilson" for "Woodrow Wilson": a
  // first given name the person is not known by, before the name the workspace or the lexicon has.
  if (c.wordCount === 3 && !c.acronym) {
    const words = c.text.split(' ');
    const knownBy = c.key.slice(c.key.indexOf(' ') + 1);
    // (Not before a surname's particle: "Toby Van Wyk" is no "Van Wyk" known by another given name.)
    if (words.length === 3 && lexicon.givenNames.has(words[0]) && lexicon.givenNames.has(words[1]) && !NAME_PARTICLES.has(words[1].toLowerCase())) {
      const knownPerson = lexicon.known.get(knownBy);
      if (knownPerson?.type === 'person') return lexicon.keys.identity(knownPerson.canonical);
      const stats = index.stats(knownBy);
      if (stats !== undefined && bestType(stats.evidence).type === 'person') return usualSpelling(knownBy, env);
    }
  }
  // "Alicia Fuenzalida" for "Alicia Fuenzalida Rojas": a given name and the first of two surnames,
  // when the workspace names exactly one person so.
  if (c.wordCount === 2 && !c.acronym && lexicon.givenNames.has(c.text.slice(0, c.text.indexOf(' ')))) {
    const longer = fullerPersonName(c.key, index);
    if (longer) return usualSpelling(longer, env);
  }
  // "Bin Salman", "Van Dijk", "Álvarez Ruiz": a surname with its particle, or a double surname,
  // links like a bare surname, to a full name that ends with it.
  const space = c.key.indexOf(' ');
  if (c.wordCount >= 2 && !c.acronym && space > 0
    && (NAME_PARTICLES.has(c.key.slice(0, space)) || !lexicon.givenNames.has(c.text.slice(0, c.text.indexOf(' '))))) {
    // "Ocasio Cortez" for "Alexandria Ocasio-Cortez": the hyphenated surname is one surname key.
    const whole = links.localSurnames.get(env.lexicon.keys.surname(c.key)) ?? dominant(index.surnames.get(env.lexicon.keys.surname(c.key)));
    const full = whole !== undefined && whole !== c.key ? whole : longerNameEndingWith(c.key, links.localSurnames.get(env.lexicon.keys.surname(c.lastWordKey)),
      index.surnames.get(env.lexicon.keys.surname(c.lastWordKey)));
    if (full) return usualSpelling(full, env);
  }
  // "Nvidia Corp." is "Nvidia", "Spotify Technology SA" is "Spotify", when the workspace or the
  // lexicon knows the short name (trailing company words are dropped one at a time after a suffix).
  const company = namedWithoutLegalForm(c.key, env);
  if (company !== undefined) return company;
  // "Tagus" for "Tagus River", "Lisbon Declaration" for its full title.
  if ((!c.commonWord || !c.weak) && !c.acronym) {
    let longer = (c.wordCount === 1 ? companyNamedByFirstWord(c.key, index) : undefined) ?? longerFormOf(c.key, index);
    // A capitalised plain word ("Treasury", "Senate") may be a short form, but not of a feature
    // named by a plain word ("North" is not the "North Sea", "Red" not the "Red Sea").
    if (c.commonWord && longer !== undefined && !isStateBodyName(longer) && isFeatureName(longer)) longer = undefined;
    // "Alphabet" is itself the canonical name of "Alphabet Inc." (see above), not the other way round;
    // "Vantara" is "Vantara Microsystems" of "Vantara Microsystems Inc.".
    // "Brackenfold" for "Brackenfold Fluid Controls plc", never written without "plc": the full name.
    if (longer !== undefined && CORPORATE_SUFFIXES.has(longer.slice(longer.lastIndexOf(' ') + 1))) {
      // ("Shell" for "Shell plc", which the lexicon knows with its legal form.)
      const canonical = env.lexicon.known.has(longer) ? longer : namedWithoutLegalForm(longer, env) ?? longer;
      longer = canonical === c.key ? undefined : canonical;
    }
    // "President Trump" is the man, not "Trump v. Slaughter": a case goes by its first party only
    // when nothing says the word names a person.
    if (longer !== undefined && isCaseName(longer) && (personFirst || (c.wordCount === 1 && bestType(c.evidence).type === 'person'))) longer = undefined;
    // "the West" is no short form of the person "Kanye West" (see notSurname above).
    if (notSurname && longer !== undefined && index.surnames.get(env.lexicon.keys.surname(c.lastWordKey))?.has(longer)) longer = undefined;
    // "Halvik" → "Halvik Shipping" → "Halvik Shipping Group": follow a short form to the longest name.
    for (let hop = 0; hop < 3 && longer !== undefined; hop++) {
      const next = dominant(index.shortForms.get(longer));
      if (next === undefined || next === longer || next === c.key) break;
      // "Vantara" → "Vantara Microsystems", not on to "Vantara Microsystems Inc." (which is the shorter name).
      if (CORPORATE_SUFFIXES.has(next.slice(next.lastIndexOf(' ') + 1))) break;
      longer = next;
    }
    if (longer && longer !== c.key) return usualSpelling(longer, env);
  }
  return usualSpelling(c.key, env);
}

/**
 * "Kora" for "Kora Africa Holdings Limited" rather than for the "Kora Wallet" it sells: the one
 * company of the workspace written with its legal form after this first word.
 */
function companyNamedByFirstWord(key: string, index: WorkspaceIndex): string | undefined {
  const companies = companiesWritten(key, index);
  return companies.length === 1 ? companies[0] : undefined;
}

/** Whether a company of the workspace is written with its legal form after this first word ("Taegang Holdings Corp."). */
function startsCompanyName(key: string, index: WorkspaceIndex): boolean {
  return companiesWritten(key, index).length > 0;
}

const NO_NAMES: readonly string[] = [];

/** The longer names of the workspace that are `key` and more, ending in a legal form ("bayfield outfitters" → "bayfield outfitters inc"). */
function companiesWritten(key: string, index: WorkspaceIndex): readonly string[] {
  const longer = index.shortForms.get(key);
  if (!longer) return NO_NAMES;
  let companies: string[] | undefined;
  for (const full of longer.keys()) {
    if (full.startsWith(`${key} `) && CORPORATE_SUFFIXES.has(full.slice(full.lastIndexOf(' ') + 1))) (companies ??= []).push(full);
  }
  return companies ?? NO_NAMES;
}

/** Second words of a club's name that the short form leaves out ("Newcastle United" → "Newcastle"). */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['united', 'city', 'fc', 'afc', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'town', 'county', 'rangers', 'rfc']);

/**
 * "Newcastle" in sports copy: a town name its own context types as a body ("Newcastle have
 * agreed…") is the one club of the workspace named after the town ("Newcastle United"); with two
 * ("Manchester United", "Manchester City") it stays as it is.
 */
function clubNamedAfter(c: Candidate, index: WorkspaceIndex): string | undefined {
  // (Two-word names by their first word; "Brighton & Hove Albion" among the short forms.)
  const named = index.orgFirstWords.get(c.key) ?? index.shortForms.get(c.key);
  if (!named || bestType(c.evidence).type !== 'organization') return undefined;
  let club: string | undefined;
  for (const key of named.keys()) {
    // "Newcastle United", and "Brighton and Hove Albion": the club's word ends a name of up to four words.
    const rest = key.slice(key.indexOf(' ') + 1);
    // ("Borussia Dortmund": the club's word before the town.)
    const prefixed = key.endsWith(` ${c.key}`) && CLUB_PREFIXES.has(key.slice(0, key.indexOf(' ')));
    if (!prefixed && !CLUB_SUFFIXES.has(rest) && !(rest.split(' ').length <= 3 && (rest.startsWith('and ') || rest.startsWith('& ')) && CLUB_SUFFIXES.has(rest.slice(rest.lastIndexOf(' ') + 1)))) continue;
    if (club !== undefined) return undefined;
    club = key;
  }
  return club;
}

/**
 * The longer name a short form stands for. "Orvanta" beside "Orvanta Biologics" and "Orvanta do
 * Brasil": a name that continues with a complement ("do Brasil", "of America") names a part or a
 * subsidiary, so a name that does not is preferred.
 */
function longerFormOf(key: string, index: WorkspaceIndex): string | undefined {
  const forms = index.shortForms.get(key);
  if (!forms || forms.size < 2) return dominant(forms);
  let plain: Map<string, number> | undefined;
  forms.forEach((count, form) => {
    if (COMPLEMENTS.some((connector) => form.startsWith(connector, key.length))) return;
    (plain ??= new Map()).set(form, count);
  });
  if (plain && plain.size < forms.size) return dominant(plain);
  // "the Reserve Bank" beside the "Reserve Bank of Australia" (the RBA, named ten times) and the
  // "Reserve Bank of New Zealand" (once): mentions by acronym count for their full name.
  const counted = new Map<string, number>();
  forms.forEach((count, form) => counted.set(form, count + acronymMentions(form, index)));
  return dominant(counted);
}

/** How often the workspace names `fullName` by its acronym. */
function acronymMentions(fullName: string, index: WorkspaceIndex): number {
  const initials = keyInitials(fullName);
  if (initials.length < 2 || dominant(index.acronyms.get(initials)) !== fullName) return 0;
  return index.stats(initials)?.count ?? 0;
}

/**
 * The full name an acronym stands for in the workspace. "VNTM" spells both "Vantara Microsystems"
 * and "Vantara Microsystems Inc.": the name without its legal form is the canonical one.
 */
function acronymExpansion(key: string, env: ResolveEnvironment): string | undefined {
  const { index } = env;
  const full = dominant(index.acronyms.get(key));
  if (full === undefined) return undefined;
  const lastSpace = full.lastIndexOf(' ');
  if (lastSpace <= 0 || !CORPORATE_SUFFIXES.has(full.slice(lastSpace + 1))) return full;
  const bare = full.slice(0, lastSpace);
  // "MFG" for "Marlowe & Finch Group plc", which the workspace calls "Marlowe & Finch".
  return index.stats(bare) ? bare : namedWithoutLegalForm(full, env) ?? full;
}

/** The one three-word person name of the workspace that continues `key` (two words) by one surname. */
/** A two-word person's key, or the one fuller name the workspace gives that person (see fullerPersonName). */
const GENERATIONAL_SUFFIX_KEYS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const MIDDLE_INITIAL_OR_SUFFIX = / \p{L}\.? | (?:jr|sr|ii|iii|iv)$/u;

/** The plain form of a person's key (see plainPersonKey) when the lexicon or the workspace names the person so, else the key. */
function plainPersonName(key: string, env: ResolveEnvironment): string {
  const plain = plainPersonKey(key);
  if (plain === undefined) return key;
  const knownPerson = env.lexicon.known.get(plain);
  if (knownPerson?.type === 'person') return env.lexicon.keys.identity(knownPerson.canonical);
  const stats = env.index.stats(plain);
  return stats !== undefined && bestType(stats.evidence).type === 'person' ? usualSpelling(plain, env) : key;
}

/**
 * "john g roberts jr" → "john roberts", "sam alito" → "samuel alito": a name's key without middle
 * initials and a generational suffix, its given name in full; undefined when nothing changes.
 */
function plainPersonKey(key: string): string | undefined {
  // Most keys have no initial, suffix or short given name: ruled out without splitting them.
  const space = key.indexOf(' ');
  if (space < 0 || (!MIDDLE_INITIAL_OR_SUFFIX.test(key) && fullGivenName(key.slice(0, space)) === undefined)) return undefined;
  const words = key.split(' ');
  if (words.length > 2 && GENERATIONAL_SUFFIX_KEYS.has(words[words.length - 1])) words.pop();
  const kept = words.filter((word, i) => i === 0 || i === words.length - 1 || word.replace('.', '').length > 1);
  if (kept.length !== 2) return undefined;
  const fullFirst = fullGivenName(kept[0]);
  const plain = `${fullFirst ?? kept[0]} ${kept[1]}`;
  return plain === key ? undefined : plain;
}

function fullerTwoWordName(key: string, index: WorkspaceIndex): string {
  const space = key.indexOf(' ');
  return space > 0 && key.indexOf(' ', space + 1) < 0 ? fullerPersonName(key, index) ?? key : key;
}

/** Whether some mention of `key` ends in a word of its own, not a hyphenated one ("Okafor-Lim"). */
function writtenWithSpaces(key: string, index: WorkspaceIndex): boolean {
  const surfaces = index.stats(key)?.surfaces;
  if (!surfaces) return false;
  for (const surface of surfaces.keys()) if (!HYPHENATED_LAST_WORD.test(surface)) return true;
  return false;
}
/** A name whose last word is joined by a hyphen ("Haddad-Morrison"): a double surname, not two words. */
export const HYPHENATED_LAST_WORD = /-[^\s-]+$/;
/** A Chinese or Korean given name of two syllables after the family name ("Lee Ka-chiu", "Lee Jae-myung"). */
export const ASIAN_GIVEN_NAME_LAST = / \p{Lu}\p{Ll}+-\p{Ll}+$/u;

function endsInAsianGivenName(key: string, index: WorkspaceIndex): boolean {
  const surfaces = index.stats(key)?.surfaces;
  if (!surfaces) return false;
  for (const surface of surfaces.keys()) if (ASIAN_GIVEN_NAME_LAST.test(surface)) return true;
  return false;
}

function fullerPersonName(key: string, index: WorkspaceIndex): string | undefined {
  const named = index.personFirstWords.get(key.slice(0, key.indexOf(' ')));
  if (!named || named.size < 2) return undefined;
  let fuller: string | undefined;
  for (const full of named.keys()) {
    if (!full.startsWith(`${key} `)) continue;
    // "John Lee" for "John Lee Ka-chiu": a Chinese given name after the name the press uses.
    const oneMoreWord = full.indexOf(' ', key.length + 1) < 0;
    if (!oneMoreWord && !(full.split(' ').length === key.split(' ').length + 2 && endsInAsianGivenName(full, index))) continue;
    // "Nadia Haddad" is not "Nadia Haddad-Morrison": the fuller name must be written with a space.
    if (oneMoreWord && !writtenWithSpaces(full, index)) continue;
    if (fuller !== undefined) return undefined;
    fuller = full;
  }
  return fuller;
}

/**
 * The canonical key of a company named with its legal form, when the lexicon or the workspace knows
 * it without ("Nvidia Corp." → "nvidia", "Spotify Technology SA" → "spotify"): trailing company words
 * are dropped one at a time after the suffix. Undefined when the key has no suffix or no shorter name is known.
 */
function namedWithoutLegalForm(key: string, env: ResolveEnvironment): string | undefined {
  const { index, lexicon } = env;
  let lastSpace = key.lastIndexOf(' ');
  if (lastSpace <= 0 || !CORPORATE_SUFFIXES.has(key.slice(lastSpace + 1))) return undefined;
  let bare = key;
  while (lastSpace > 0 && COMPANY_TAIL_WORDS.has(bare.slice(lastSpace + 1))) {
    bare = bare.slice(0, lastSpace);
    // "McDonald's Corp.": the name without its legal form is the possessive word, keyed without "'s".
    if (bare.endsWith("'s") && !bare.includes(' ')) bare = lexicon.keys.identity(bare);
    const knownBare = lexicon.known.get(bare);
    // "Devon Energy Corp." is "Devon Energy", not the county of Devon.
    if (knownBare && knownBare.type !== 'organization') return bare.includes(' ') ? undefined : longerBy(key, bare);
    if (knownBare) return lexicon.keys.identity(knownBare.canonical);
    if (index.stats(bare)) return usualSpelling(bare, env);
    lastSpace = bare.lastIndexOf(' ');
  }
  // "Shell plc", "Tesco PLC": a one-word company with its legal form is named by the word.
  if (key.indexOf(' ') === key.lastIndexOf(' ') && bare !== key && !bare.includes(' ')) return usualSpelling(bare, env);
  return writtenShorter(bare, env);
}

/**
 * "Kestrel Hill" for "Kestrel Hill Copper Ltd", "Calloway Peak Capital" for "Calloway Peak Capital
 * Management LLC": the longest name of two words or more that the company's name begins with and
 * the workspace writes alone, as a body rather than a person ("John Lewis" stays a man's).
 */
function writtenShorter(name: string, env: ResolveEnvironment): string | undefined {
  for (let end = name.lastIndexOf(' '); end > 0; end = name.lastIndexOf(' ', end - 1)) {
    const prefix = name.slice(0, end);
    if (!prefix.includes(' ')) return undefined;
    const stats = env.index.stats(prefix);
    if (stats === undefined || !readsAsNonPerson(stats.evidence)) continue;
    const known = env.lexicon.known.get(prefix);
    return known === undefined ? usualSpelling(prefix, env) : known.type === 'organization' ? env.lexicon.keys.identity(known.canonical) : undefined;
  }
  return undefined;
}

/** The words of `key` up to and including the one after its prefix `bare` ("devon energy corp", "devon" → "devon energy"). */
function longerBy(key: string, bare: string): string | undefined {
  const next = key.indexOf(' ', bare.length + 1);
  const longer = next < 0 ? key : key.slice(0, next);
  return longer === key ? undefined : longer;
}

/** The counts without one key (a name is no longer form of itself). */
function withoutKey(counts: ReadonlyMap<string, number> | undefined, key: string): ReadonlyMap<string, number> | undefined {
  if (!counts || !counts.has(key)) return counts;
  const rest = new Map(counts);
  rest.delete(key);
  return rest;
}

/** The full name (this source's first, else the workspace's most frequent) that ends with `key` as whole words. */
function longerNameEndingWith(key: string, local: string | undefined, counts: ReadonlyMap<string, number> | undefined): string | undefined {
  const suffix = ` ${key}`;
  if (local !== undefined && local.endsWith(suffix)) return local;
  let best: string | undefined;
  let bestCount = 0;
  // Ties go to the first name in code-unit order, not to the one the workspace happened to see first.
  if (counts) {
    for (const [full, count] of counts) {
      if (!full.endsWith(suffix) || count < bestCount || (count === bestCount && best !== undefined && full > best)) continue;
      best = full;
      bestCount = count;
    }
  }
  return best;
}

/** An entity's summed evidence from the rules, and the type model's summed log-probabilities. */
export interface EntityEvidence {
  readonly rules: Evidence;
  readonly model: Evidence;
  /** How firmly the curated lists hold the canonical name (0 when they do not list it). */
  readonly listedStrength: number;
}

/**
 * Evidence of the entities met in one pass over an unchanging index (one source's mentions, or the
 * workspace's keys for its entity records), by canonical key: many mentions link to one entity
 * ("Starmer", "Keir Starmer", "Sir Keir Starmer"), and its evidence sums the same counts each time.
 */
export type EvidenceMemo = Map<string, EntityEvidence>;

/**
 * Evidence of an entity: every spelling of its canonical name in the workspace, plus known types.
 * Depends on the mention only when the workspace has no evidence for the name: such results are not
 * remembered. (The evidence returned may be shared: callers only read it.)
 */
function entityEvidence(canonicalKey: string, c: Candidate, env: ResolveEnvironment, memo: EvidenceMemo | undefined): EntityEvidence {
  const remembered = memo?.get(canonicalKey);
  if (remembered !== undefined) return remembered;
  const { index, lexicon } = env;
  const evidence = emptyEvidence();
  const model = emptyEvidence();
  // The model's log-probabilities weigh as the rules' evidence does (a lone surname half).
  const take = (stats: KeyStats | undefined, factor = 1): void => {
    if (stats === undefined) return;
    addEvidence(evidence, stats.evidence, factor);
    addEvidence(model, stats.model, factor);
  };
  const group = index.variants.get(env.lexicon.keys.nameVariant(canonicalKey));
  group?.forEach((_count, key) => take(index.stats(key)));
  if (!group || !group.has(canonicalKey)) take(index.stats(canonicalKey));
  // Mentions by acronym or surname that link here vote too.
  const lastSpace = canonicalKey.lastIndexOf(' ');
  if (lastSpace >= 0) {
    const initials = env.lexicon.keys.initials(canonicalKey);
    // ("US" is the country, not the "University of Surrey" of the same initials.)
    const knownInitials = initials.length >= 2 ? lexicon.known.get(initials) : undefined;
    if (initials.length >= 2 && dominant(index.acronyms.get(initials)) === canonicalKey
      && (knownInitials === undefined || knownInitials.canonical === lexicon.known.get(canonicalKey)?.canonical)) {
      const stats = index.stats(initials);
      // "HH" for "Hakainde Hichilema": capitals read as a body by their shape, which says nothing
      // about a person's initials.
      if (stats && bestType(evidence).type === 'person') {
        const shape = stats.evidence;
        addEvidence(evidence, [shape[0], 0, shape[2], shape[3]]);
      } else take(stats);
    }
    const surname = canonicalKey.slice(lastSpace + 1);
    if (dominant(index.surnames.get(env.lexicon.keys.surname(surname))) === canonicalKey) {
      take(index.stats(surname), 0.5);
      // "Le Bris" for "Régis Le Bris", "van Dijk" for "Virgil van Dijk": the surname with its particle.
      const particleStart = canonicalKey.lastIndexOf(' ', lastSpace - 1) + 1;
      if (particleStart > 0 && NAME_PARTICLES.has(canonicalKey.slice(particleStart, lastSpace))) take(index.stats(canonicalKey.slice(particleStart)), 0.5);
    }
  }
  // "Bayfield Outfitters Inc." votes for "Bayfield Outfitters", the name it is linked under.
  // (Not for a country: "Taiwan Semiconductor Manufacturing Co." is no way of writing Taiwan.)
  const known = lexicon.known.get(canonicalKey);
  const country = known?.type === 'place' && known.strength >= 4;
  if (!country) {
    for (const full of companiesWritten(canonicalKey, index)) take(index.stats(full));
  }
  const ownEvidence = evidence[0] === 0 && evidence[1] === 0 && evidence[2] === 0 && evidence[3] === 0;
  if (ownEvidence) addEvidence(evidence, index.stats(c.key)?.evidence ?? c.evidence);
  // "Taegang Bio", "Taegang Chemical" beside "Taegang Holdings Corp.": a group's affiliates are no
  // person or place.
  const firstSpace = canonicalKey.indexOf(' ');
  if (firstSpace > 0 && startsCompanyName(canonicalKey.slice(0, firstSpace), index)) evidence[typeIndex.organization] += 3;
  if (known) evidence[typeIndex[known.type]] += known.strength;
  const result: EntityEvidence = { rules: evidence, model, listedStrength: known?.strength ?? 0 };
  if (memo !== undefined && !ownEvidence) memo.set(canonicalKey, result);
  return result;
}

/**
 * An entity's type: the rules' evidence plus the type model's log-probabilities, both summed over
 * the entity's mentions, on one footing (a rule's point weighs as much as a factor e in the
 * model's odds: chosen by cross-validation on dev, `npm run train-type-model -- --cv 5`). A name
 * the curated lists hold firmly (countries, the biggest cities, well-known bodies: strength 4 and more)
 * keeps the rules' type: a small model trained on a few hundred articles does not overrule them.
 * See docs/decisions/recognition.md ("Session 9").
 */
function typeOf(gathered: EntityEvidence): { type: EntityType; byModel: boolean } {
  const rules = bestType(gathered.rules);
  if (gathered.listedStrength >= FIRMLY_LISTED) return { type: rules.type, byModel: false };
  const type = combinedType(gathered.rules, gathered.model);
  return { type, byModel: type !== rules.type };
}

/** The best type of the rules' evidence and the model's log-probabilities added one to one. */
function combinedType(rules: Readonly<Evidence>, model: Readonly<Evidence>): EntityType {
  const combined = emptyEvidence();
  for (let t = 0; t < 4; t++) combined[t] = rules[t] + model[t];
  return bestType(combined).type;
}

const FIRMLY_LISTED = 4;

/** Whether the rules and the type model together, over the workspace, read the name as an organisation. */
function readsAsBodyInWorkspace(key: string, index: WorkspaceIndex): boolean {
  const stats = index.stats(key);
  return stats !== undefined && combinedType(stats.evidence, stats.model) === 'organization';
}

/** Evidence (of a word across the workspace) that clearly says body, place or thing, not person. */
function readsAsNonPerson(evidence: Readonly<Evidence> | undefined): boolean {
  if (!evidence) return false;
  const { type, score } = bestType(evidence);
  return type !== 'person' && score >= 3 && evidence[typeIndex.person] < score / 2;
}

/**
 * Endings that mark a word as a family name in the languages news often names people from
 * (Slavic, Georgian, Armenian, Turkish, Romanian, Greek, Spanish): "Syrskyi said" is a person,
 * though "Fiocruz said" is more likely a body.
 */
const SURNAME_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ov|ova|ev|eva|enko|chuk|czuk|yuk|iuk|sky|skyi|skiy|ski|ska|skaya|vich|wicz|vić|ović|shvili|idze|adze|yan|oglu|oğlu|escu|eanu|poulos|akis|idis|ez)$/u;

/** Heads that, opening a sentence without "the", are the service in general ("Police said", "Council members"). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['Police', 'Council', 'Government', 'Army', 'Navy', 'Parliament', 'Congress', 'Court', 'Fire']);

/** Chambers the news names by their head alone once it has named them in full. */
const CHAMBER_NAMES: ReadonlySet<string> = new Set(['house', 'senate', 'parliament', 'assembly', 'legislature', 'congress']);

/**
 * Whether the longer name is a chamber the head word can stand for: "House of Commons", "Ohio
 * House", "Kenya Senate" (a place before "House" or "Senate"), any "… Parliament" or "… Assembly".
 */
function namesChamber(longer: string, head: string, env: ResolveEnvironment): boolean {
  if (longer.startsWith(`${head} of `)) return true;
  if (head !== 'house' && head !== 'senate') return true;
  const words = longer.split(' ');
  return words.length === 2 && env.lexicon.known.get(words[0])?.type === 'place';
}

/** The mention's own context (not the name lists) clearly types it as something other than a person. */
function locallyNotPerson(c: Candidate): boolean {
  const { type, score } = bestType(c.evidence);
  return type !== 'person' && score >= 3 && c.evidence[typeIndex.person] < score / 2;
}

export function resolveCandidate(c: Candidate, env: ResolveEnvironment, links: SourceLinks, evidenceMemo?: EvidenceMemo): ResolvedEntity | undefined {
  const { gazetteer } = env;
  const declared = gazetteer.byKey.get(c.key);
  if (declared) return { id: declared.id, type: declared.type, canonicalKey: c.key };
  // Most workspaces ignore nothing: the text is normalised only when there is a list to look in.
  if (gazetteer.ignored.size > 0 && (gazetteer.ignored.has(c.key) || gazetteer.ignored.has(normalizeKey(c.text)))) return undefined;
  if (!isAccepted(c, env, links)) return undefined;
  const canonicalKey = canonicalKeyOf(c, env, links);
  const declaredCanonical = gazetteer.byKey.get(canonicalKey);
  if (declaredCanonical) return { id: declaredCanonical.id, type: declaredCanonical.type, canonicalKey };
  const gathered = entityEvidence(canonicalKey, c, env, evidenceMemo);
  const evidence = gathered.rules;
  const { type, byModel } = typeOf(gathered);
  // A titled mention that links to no full name is still a person.
  if (c.titled && c.wordCount === 1 && canonicalKey === c.key && type !== 'person') {
    return { id: env.lexicon.keys.slug(canonicalKey), type: 'person', canonicalKey };
  }
  // "Fiocruz said", "Orvanta said": a lone word in no name list that no full name of the
  // workspace ends with is more likely a body than a person, unless something besides a verb of
  // saying says person (a title, "Mr", a speaker label).
  if (type === 'person' && !byModel && c.wordCount === 1 && !c.acronym && canonicalKey === c.key && evidence[typeIndex.person] < 3
    && !env.lexicon.givenNames.has(c.text) && !env.lexicon.personNames.has(c.text) && !env.lexicon.known.has(c.key) && !SURNAME_ENDING.test(c.text)) {
    return { id: env.lexicon.keys.slug(canonicalKey), type: 'organization', canonicalKey };
  }
  return { id: env.lexicon.keys.slug(canonicalKey), type, canonicalKey };
}

/** A run cut at plain words is a name as a whole when the workspace or the lexicon knows it so. */
function confirmedWhole(c: Candidate, env: ResolveEnvironment): Candidate | undefined {
  const whole = c.whole;
  if (!whole) return undefined;
  const known = env.lexicon.known.get(whole.key);
  const stats = env.index.stats(whole.key);
  if (!known && !(stats && stats.strong > 0) && !env.gazetteer.byKey.has(whole.key)) return undefined;
  const words = whole.text.split(/\s+/).length;
  return { ...c, ...whole, weak: false, whole: undefined, wordCount: words, commonWord: false, acronym: false };
}

/** What resolution depends on besides the key, as a small number (for a per-call memo). */
function resolutionFlags(c: Candidate): number {
  return (c.weak ? 1 : 0) | (c.commonWord ? 2 : 0) | (c.titled ? 4 : 0) | (c.determiner ? 8 : 0) | (c.acronym ? 16 : 0)
    | (c.wholeOnly ? 32 : 0) | (Math.min(c.wordCount, 7) << 6) | (c.regionAfter === undefined ? 0 : c.regionAfter === 'oblast' ? 1024 : 2048);
}

/**
 * An entity mention as the resolver makes it: the fields of an `EntityMention` literal, in the
 * same order. A class rather than a literal because V8 decides per object literal whether to
 * allocate its objects straight in the old generation ("pretenuring"): in one-document-at-a-time
 * use it made that decision for this literal a few hundred documents into a run, which threw the
 * compiled resolver away and then made every mention (kept only until the next change) old-space
 * garbage. Instances of a class are never pretenured.
 */
class ResolvedMention implements EntityMention {
  declare readonly kind: 'entity';
  declare readonly type: EntityType;
  declare readonly text: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly entity: string;

  constructor(type: EntityType, text: string, start: number, end: number, entity: string) {
    this.kind = 'entity';
    this.type = type;
    this.text = text;
    this.start = start;
    this.end = end;
    this.entity = entity;
  }
}

export function resolveMentions(candidates: readonly Candidate[], env: ResolveEnvironment, links: SourceLinks, text?: string): EntityMention[] {
  const mentions = resolveCandidates(candidates, env, links);
  if (text === undefined || env.gazetteer.surfaces.length === 0) return mentions;
  // The team gazetteer overrides everything: declared names count wherever the text writes them.
  const declared: EntityMention[] = findDeclared(text, env.gazetteer).map((d) => new ResolvedMention(d.entry.type, text.slice(d.start, d.end), d.start, d.end, d.entry.id));
  if (declared.length === 0) return mentions;
  const kept = mentions.filter((m) => !declared.some((d) => d.start < m.end && m.start < d.end));
  return [...kept, ...declared].sort((a, b) => a.start - b.start);
}

function resolveCandidates(candidates: readonly Candidate[], env: ResolveEnvironment, links: SourceLinks): EntityMention[] {
  const mentions: EntityMention[] = [];
  // The same name recurs within a source: resolve each (key, flags) once. Keyed by flags first:
  // a source has a few distinct flags but many keys, so few maps are made.
  const memo: Array<Map<string, ResolvedEntity | null> | undefined> = [];
  const evidenceMemo: EvidenceMemo = new Map();
  let lastEnd = -1;
  for (let i = 0; i < candidates.length; i++) {
    const original = candidates[i];
    if (original.start < lastEnd) continue;
    const c = confirmedWhole(original, env) ?? original;
    const flags = resolutionFlags(c);
    const byKey = (memo[flags] ??= new Map());
    let resolved = byKey.get(c.key);
    if (resolved === undefined) {
      resolved = resolveCandidate(c, env, links, evidenceMemo) ?? null;
      byKey.set(c.key, resolved);
    }
    if (!resolved) continue;
    mentions.push(new ResolvedMention(resolved.type, c.text, c.start, c.end, resolved.id));
    lastEnd = c.end;
  }
  return mentions;
}
