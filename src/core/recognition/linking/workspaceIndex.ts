// Workspace-wide counts keyed by normalised name, maintained incrementally: adding or removing one
// source touches only that source's names, so an edit stays cheap with thousands of sources.
import type { Candidate } from '../entities/candidates';
import { addEvidence, bestType, emptyEvidence, type Evidence } from '../entities/evidence';
import { boundedEditDistance, nameVariantOf, type KeyCache } from './keys';

export interface KeyStats {
  /** Mentions in the workspace. */
  count: number;
  /** Mentions that were capitalised where capitals carry meaning (mid-sentence, not a headline). */
  strong: number;
  evidence: Evidence;
  /** The type model's log-probabilities, summed over the mentions (zeros without a model). */
  model: Evidence;
  /** Surface forms and their counts (for entity records). */
  surfaces: Map<string, number>;
  /**
   * The mentions that may represent the key, by text and then by resolution flags, with the number
   * of sources contributing each: the representative is chosen from these by rank, never by the
   * order in which sources arrived, so that an edited workspace and a fresh one agree.
   */
  representatives: Map<string, RepresentativeEntry[]>;
}

export interface RepresentativeEntry {
  /** See `representativeFlags`. */
  readonly flags: number;
  readonly candidate: Candidate;
  sources: number;
}

/**
 * What besides its text tells mentions of a key apart when resolving it as a whole, as a number:
 * one bit per flag, then the word count.
 */
function representativeFlags(c: Candidate): number {
  return (c.weak ? 64 : 0) | (c.acronym ? 32 : 0) | (c.titled ? 16 : 0) | (c.commonWord ? 8 : 0) | (c.determiner ? 4 : 0)
    | (c.wholeOnly ? 2 : 0) | (c.publication ? 1 : 0) | (c.wordCount << 7);
}

/**
 * Shape of a representative (text and flags), the last tie-break between representatives: built
 * only when two tie otherwise (choosing one is rare, adding a source to the index is not).
 */
function representativeShape(text: string, flags: number): string {
  let digits = '';
  for (let bit = 64; bit >= 1; bit >>= 1) digits += (flags & bit) !== 0 ? '1' : '0';
  return `${text}\u0001${digits}${flags >> 7}`;
}

/** Lower is better: capitalised mid-sentence, spelled as a name rather than an acronym, titled. */
function representativeRank(c: Candidate): number {
  return (c.weak ? 8 : 0) + (c.acronym ? 4 : 0) + (c.titled ? 0 : 2) + (c.commonWord ? 1 : 0);
}

/**
 * One mention of the key to resolve it as a whole, with the workspace's summed evidence: the best
 * ranked shape, ties broken by the number of sources and then by shape, so the result does not
 * depend on the order of changes.
 */
export function representativeOf(stats: KeyStats): Candidate {
  let best: RepresentativeEntry | undefined;
  let bestText = '';
  let bestSources = 0;
  for (const [text, entries] of stats.representatives) {
    for (const entry of entries) {
      if (best) {
        const order = representativeRank(entry.candidate) - representativeRank(best.candidate) || bestSources - entry.sources
          || (representativeShape(text, entry.flags) < representativeShape(bestText, best.flags) ? -1 : 1);
        if (order >= 0) continue;
      }
      best = entry;
      bestText = text;
      bestSources = entry.sources;
    }
  }
  if (!best) throw new Error('key without mentions');
  return { ...best.candidate, evidence: stats.evidence };
}

/** Counts one more (`sign` 1) or one fewer (-1) source for the representative `c` of a key. */
function countRepresentative(representatives: Map<string, RepresentativeEntry[]>, c: Candidate, sign: 1 | -1): void {
  const flags = representativeFlags(c);
  let entries = representatives.get(c.text);
  let at = -1;
  if (entries) for (let i = 0; i < entries.length && at < 0; i++) if (entries[i].flags === flags) at = i;
  if (entries && at >= 0) {
    const entry = entries[at];
    if (entry.sources + sign > 0) {
      entry.sources += sign;
    } else if (entries.length === 1) {
      representatives.delete(c.text);
    } else {
      entries.splice(at, 1);
    }
  } else if (sign > 0) {
    if (!entries) {
      entries = [];
      representatives.set(c.text, entries);
    }
    entries.push({ flags, candidate: c, sources: 1 });
  }
}

/** One name's share of a source, summed over its mentions there. */
export interface KeySummary {
  readonly key: string;
  readonly count: number;
  readonly strong: number;
  readonly evidence: Evidence;
  readonly model: Evidence;
  readonly variant: string;
  /** Acronyms that may stand for the name, with weights (definition 5, initials 1). */
  readonly acronyms: ReadonlyArray<readonly [string, number]>;
  readonly shortForms: readonly string[];
  /** Head word of an organisation's name ("commission" of "european commission"), for "the Commission". */
  readonly orgHead?: string;
  readonly surfaces: ReadonlyArray<readonly [string, number]>;
  readonly representative: Candidate;
}

/** What one source contributes; kept so the same amounts can be subtracted on change. */
export interface SourceContribution {
  readonly keys: readonly KeySummary[];
  readonly rareLowerWords: ArrayLike<number>;
  /** Multi-word names that read as people, by variant key of their last word. */
  readonly personNames: ReadonlyArray<readonly [surnameKey: string, fullKey: string]>;
}

/**
 * What depends on a key alone (its variant key and short forms), memoised per recognizer: the
 * same names recur in source after source, and every change of a source summarises it again.
 */
export class KeyFacts {
  private readonly shortForms = new Map<string, readonly string[]>();

  constructor(readonly keys: KeyCache) {}

  variant(key: string): string {
    return this.keys.nameVariant(key);
  }

  /** See `shortFormsOf`. */
  shortFormsOf(key: string): readonly string[] {
    let forms = this.shortForms.get(key);
    if (forms === undefined) {
      if (this.shortForms.size >= KEY_FACTS_LIMIT) this.shortForms.clear();
      forms = key.includes(' ') ? shortFormsOf(key) : NO_FORMS;
      this.shortForms.set(key, forms);
    }
    return forms;
  }
}

const KEY_FACTS_LIMIT = 100_000;
const NO_FORMS: readonly string[] = [];

/** A key's summary while a source is summed up (the fields of KeySummary, writable). */
interface KeySummaryDraft {
  key: string;
  count: number;
  strong: number;
  evidence: Evidence;
  model: Evidence;
  variant: string;
  acronyms: Array<[string, number]> | ReadonlyArray<[string, number]>;
  shortForms: readonly string[];
  orgHead?: string;
  surfaces: Array<[string, number]>;
  representative: Candidate;
}

/** Adds `n` to the count of `name` in a short list of counts (a key has a few surfaces, fewer acronyms). */
function addCount(counts: Array<[string, number]>, name: string, n: number): void {
  for (let i = 0; i < counts.length; i++) {
    const entry = counts[i];
    if (entry[0] === name) {
      entry[1] += n;
      return;
    }
  }
  counts.push([name, n]);
}

/** Most keys have no acronym: they share this empty list (never added to: see `addAcronym`). */
const NO_ACRONYMS: ReadonlyArray<[string, number]> = [];

function addAcronym(entry: KeySummaryDraft, acronym: string, weight: number): void {
  let acronyms = entry.acronyms as Array<[string, number]>;
  if (acronyms === NO_ACRONYMS) {
    acronyms = [];
    entry.acronyms = acronyms;
  }
  addCount(acronyms, acronym, weight);
}

/**
 * Sums a source's candidates per key (most names recur within an article). Surfaces and acronyms
 * are kept in first-seen order. With `typeScores` (the type model's four log-probabilities per
 * candidate, in order), those are summed too.
 */
export function summarizeCandidates(candidates: readonly Candidate[], facts: KeyFacts, typeScores?: Float64Array): KeySummary[] {
  const byKey = new Map<string, KeySummaryDraft>();
  const summaries: KeySummaryDraft[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    let entry = byKey.get(c.key);
    if (!entry) {
      entry = { key: c.key, count: 0, strong: 0, evidence: emptyEvidence(), model: emptyEvidence(), variant: '', acronyms: NO_ACRONYMS, shortForms: NO_FORMS, orgHead: undefined, surfaces: [], representative: c };
      byKey.set(c.key, entry);
      summaries.push(entry);
    }
    addMention(entry, c);
    if (typeScores !== undefined) for (let t = 0; t < 4; t++) entry.model[t] += typeScores[i * 4 + t];
  }
  // (Per-mention and per-key steps in functions of their own: one large function took one of the
  // longest compilations of the pipeline.)
  for (let i = 0; i < summaries.length; i++) finishSummary(summaries[i], facts);
  return summaries;
}

function addMention(entry: KeySummaryDraft, c: Candidate): void {
  if (entry.representative.weak && !c.weak) entry.representative = c;
  addCount(entry.surfaces, c.text, 1);
  entry.count++;
  if (!c.weak) entry.strong++;
  addEvidence(entry.evidence, c.evidence);
  if (c.defines) addAcronym(entry, c.defines.toLowerCase(), 5);
  if (c.initials && c.initials.length >= 2 && c.wordCount >= 2) addAcronym(entry, c.initials.toLowerCase(), 1);
}

/** What depends on the key as a whole: acronyms from its words, variant, short forms, head. */
function finishSummary(e: KeySummaryDraft, facts: KeyFacts): void {
  const key = e.key;
  // "BoE", "DoJ": acronyms that keep the minor word's letter in lower case.
  if (key.includes(' of ') || key.includes(' and ')) {
    const withMinor = firstLetters(key);
    if (withMinor.length >= 3) addAcronym(e, withMinor, 1);
  }
  // "M&F", "P&G", "M&S": a two-name firm ("Marlowe & Finch Group plc", "Marks and Spencer") by its
  // initials around the ampersand.
  const ampersand = ampersandInitials(key);
  if (ampersand !== undefined) addAcronym(e, ampersand, 1);
  // "National Australia Bank Ltd" is also "NAB": initials without the legal form.
  const initials = e.representative.initials;
  if (initials !== undefined && initials.length >= 4 && CORPORATE_SUFFIXES.has(key.slice(key.lastIndexOf(' ') + 1))) addAcronym(e, initials.slice(0, -1).toLowerCase(), 1);
  e.variant = facts.variant(key);
  e.shortForms = facts.shortFormsOf(key);
  e.orgHead = organisationHead(key, e.evidence, e.representative);
}

/** The first letter of every word of a key (its words split at single spaces), minor words included. */
function firstLetters(key: string): string {
  let letters = '';
  for (let i = 0; i < key.length; i++) if ((i === 0 || key.charCodeAt(i - 1) === 32) && key.charCodeAt(i) !== 32) letters += key.charAt(i);
  return letters;
}

/** "bank of england" → "bank", "european commission" → "commission"; undefined unless a multi-word organisation. */
function organisationHead(key: string, evidence: Readonly<Evidence>, representative: Candidate): string | undefined {
  if (representative.acronym || !key.includes(' ') || bestType(evidence).type !== 'organization') return undefined;
  const of = key.indexOf(' of ');
  return of > 0 && !key.slice(0, of).includes(' ') ? key.slice(0, of) : representative.lastWordKey;
}

type CountMap = Map<string, Counts>;

function bump(map: CountMap, outer: string, inner: string, delta: number): void {
  let counts = map.get(outer);
  if (!counts) {
    if (delta <= 0) return;
    counts = new Counts();
    map.set(outer, counts);
  }
  const next = (counts.get(inner) ?? 0) + delta;
  if (next <= 0) counts.delete(inner);
  else counts.set(inner, next);
  counts.changed();
  if (counts.size === 0) map.delete(outer);
}

/**
 * The inner counts of a CountMap, with their dominant keys remembered until the next change (the
 * resolver asks for them for every mention; an acronym or a surname may stand for many names).
 * Only `bump` changes them.
 */
class Counts extends Map<string, number> {
  /** `dominant` with preferShorter false / true; null when not known. */
  fullest: string | undefined | null = null;
  simplest: string | undefined | null = null;

  changed(): void {
    this.fullest = null;
    this.simplest = null;
  }
}

/**
 * The most frequent inner key; ties go to the longer key (fuller name) or, with `preferShorter`, the
 * shorter (simpler spelling), then alphabetical, for determinism.
 */
export function dominant(counts: ReadonlyMap<string, number> | undefined, preferShorter = false): string | undefined {
  if (!counts) return undefined;
  if (!(counts instanceof Counts)) return dominantOf(counts, preferShorter);
  if (preferShorter) {
    if (counts.simplest === null) counts.simplest = dominantOf(counts, true);
    return counts.simplest;
  }
  if (counts.fullest === null) counts.fullest = dominantOf(counts, false);
  return counts.fullest;
}

function dominantOf(counts: ReadonlyMap<string, number>, preferShorter: boolean): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  // forEach rather than for-of over entries: no [key, count] pair is allocated per entry.
  counts.forEach((count, key) => {
    const longer = best !== undefined && (preferShorter ? key.length < best.length : key.length > best.length);
    if (count > bestCount || (count === bestCount && best !== undefined && (longer || (key.length === best.length && key < best)))) {
      best = key;
      bestCount = count;
    }
  });
  return best;
}

/**
 * A surname within a small edit distance of `surname` among those with the same first three
 * letters ("Khamenei" / "Khamanei"): distance 1 from six letters, 2 from nine.
 */
export function nearSurname(index: WorkspaceIndex, surname: string): string | undefined {
  if (surname.length < 6) return undefined;
  const bucket = index.surnameBuckets.get(surname.slice(0, 3));
  if (!bucket) return undefined;
  const max = surname.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of bucket.keys()) {
    if (candidate === surname) return candidate;
    const d = boundedEditDistance(candidate, surname, max);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** "m&f" for "marlowe & finch" or "marlowe and finch group plc"; undefined for other names. */
function ampersandInitials(key: string): string | undefined {
  const amp = key.indexOf(' & ') > 0 ? key.indexOf(' & ') : key.indexOf(' and ');
  if (amp <= 0 || key.lastIndexOf(' ', amp - 1) >= 0) return undefined;
  const after = amp + (key.charCodeAt(amp + 1) === 38 ? 3 : 5);
  const words = key.slice(after).split(' ');
  if (words[0].length < 2 || !words.slice(1).every((w) => COMPANY_TAIL_WORDS.has(w))) return undefined;
  return `${key.charAt(0)}&${words[0].charAt(0)}`;
}

/** Variant key of a whole name: each long word reduced ("volodymyr zelenskyy" → "volodymyr zelensky"). */
export function nameVariantKey(key: string): string {
  return nameVariantOf(key);
}

const FEATURE_HEADS = new Set([
  'river', 'lake', 'mount', 'mountains', 'island', 'islands', 'sea', 'bay', 'valley', 'desert', 'forest', 'canal', 'strait',
  'glacier', 'peninsula', 'channel', 'county', 'province', 'region', 'district', 'parish', 'borough', 'township', 'oblast',
  'prefecture', 'governorate', 'university', 'college',
]);
/** Company-form suffixes: "Nvidia Corp." is also "Nvidia". */
export const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'co', 'cos', 'ltd', 'limited', 'incorporated', 'plc', 'llc', 'ag', 'sa', 'se', 'nv', 'bv', 'gmbh', 'spa', 'asa', 'ab', 'oyj']);
/** Trailing words a company's name is written without ("Nvidia Corp.", "Halvik Shipping Group"). */
export const COMPANY_TAIL_WORDS = new Set([
  ...CORPORATE_SUFFIXES, 'group', 'holdings', 'holding', 'shipping', 'logistics', 'airlines', 'airways', 'motors', 'industries',
  'technologies', 'technology', 'systems', 'pharmaceuticals', 'pharma', 'therapeutics', 'semiconductor', 'semiconductors',
  'electronics', 'telecom', 'telecoms', 'communications', 'energy', 'resources', 'mining', 'enterprises', 'incorporated', 'limited',
  'microsystems', 'biologics', 'biosciences', 'biotech', 'biotechnology', 'networks', 'software', 'robotics', 'aerospace',
  'automotive', 'chemicals', 'petroleum', 'laboratories', 'labs', 'brands', 'foods', 'games', 'studios', 'entertainment',
  'motor', 'media', 'minerals', 'metals', 'capital', 'partners', 'banking', 'financial', 'bancorp', 'records', 'pictures', 'platforms',
]);
/** Chambers whose committees are also named without them ("Senate Judiciary Committee"). */
const CHAMBER_WORDS = new Set(['senate', 'house', 'congress', 'congressional', 'parliament', 'parliamentary', 'commons', 'assembly']);
/** A government's country qualifier before one of its bodies ("HM Treasury", "US Senate"). */
export const STATE_PREFIXES = new Set(['hm', 'us', 'uk', 'usa']);
/** "north sea", "rocky mountains", "river thames": a name made of a geographic head and one word. */
export function isFeatureName(key: string): boolean {
  const space = key.indexOf(' ');
  if (space <= 0 || key.indexOf(' ', space + 1) >= 0) return false;
  return FEATURE_HEADS.has(key.slice(space + 1)) || FEATURE_PREFIXES.has(key.slice(0, space));
}
/** "hm treasury", "us senate", "treasury department": a two-word name of a state body. */
export function isStateBodyName(key: string): boolean {
  const space = key.indexOf(' ');
  if (space <= 0 || key.indexOf(' ', space + 1) >= 0) return false;
  const tail = key.slice(space + 1);
  return STATE_PREFIXES.has(key.slice(0, space)) || tail === 'department' || tail === 'ministry';
}
const REGNAL_NUMBER = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi)$/;
/** "County Mayo" and "Co Mayo" are also "Mayo". */
const COUNTY_PREFIXES = new Set(['county', 'co']);
/** "Storm Eowyn" is also "Eowyn", "Hurricane Melissa" "Melissa". */
export const STORM_PREFIXES: ReadonlySet<string> = new Set(['storm', 'hurricane', 'superstorm', 'typhoon', 'cyclone', 'tropical']);
const FEATURE_PREFIXES = new Set(['river', 'lake', 'mount', 'mt', 'isle', 'cape']);
export const COMPLEMENTS = [' of ', ' on ', ' for ', ' do ', ' da ', ' de ', ' del ', ' di ', ' du '];

const CASE_PARTIES = / v\.? /;

/** Whether a name key is a court case's ("trump v slaughter"). */
export function isCaseName(key: string): boolean {
  return CASE_PARTIES.test(key);
}

/** Shorter keys a name is also written as (see WorkspaceIndex.shortForms). */
/** Words that open a club's name before its town ("Borussia Dortmund", "Real Madrid", "Bayern Munich"). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['real', 'borussia', 'atletico', 'atlético', 'bayern', 'sporting', 'olympique', 'dynamo', 'dinamo',
  'inter', 'eintracht', 'hertha', 'werder', 'fortuna', 'racing', 'deportivo', 'celta', 'rayo', 'hajduk', 'shakhtar', 'lokomotiv', 'spartak', 'zenit', 'legia', 'slavia', 'sparta', 'ajax', 'vitoria', 'vitória']);
const TWO_TOWN_CLUB_WORDS: ReadonlySet<string> = new Set(['albion', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'fc', 'county']);

export function shortFormsOf(key: string): string[] {
  if (!key.includes(' ')) return [];
  const words = key.split(' ');
  if (words.length < 2) return [];
  const forms: string[] = [];
  if (words.length === 2 && FEATURE_HEADS.has(words[1])) forms.push(words[0]);
  if (words.length === 2 && (FEATURE_PREFIXES.has(words[0]) || STORM_PREFIXES.has(words[0]) || COUNTY_PREFIXES.has(words[0]))) forms.push(words[1]);
  // "Super Typhoon Haeyang", "Tropical Storm Arthur": a storm's category and kind, then its name.
  if (words.length === 3 && (words[0] === 'super' || words[0] === 'tropical' || words[0] === 'severe' || words[0] === 'winter') && STORM_PREFIXES.has(words[1])) forms.push(words[2], `${words[1]} ${words[2]}`);
  // "Brighton" for "Brighton & Hove Albion": a club named after two towns goes by the first.
  if (words.length === 4 && (words[1] === '&' || words[1] === 'and') && TWO_TOWN_CLUB_WORDS.has(words[3])) forms.push(words[0]);
  // "Dortmund" for "Borussia Dortmund", "Madrid" for "Real Madrid": a club's word before its town.
  if (words.length === 2 && CLUB_PREFIXES.has(words[0])) forms.push(words[1]);
  // "Loper Bright" for "Loper Bright Enterprises v. Raimondo": a case by its first party.
  const versus = key.search(CASE_PARTIES);
  if (versus > 0) return [key.slice(0, versus)];
  for (const connector of COMPLEMENTS) {
    const at = key.indexOf(connector);
    if (at > 0) {
      forms.push(key.slice(0, at));
      break;
    }
  }
  // "King Charles III" is also "King Charles".
  if (REGNAL_NUMBER.test(words[words.length - 1])) forms.push(words.slice(0, -1).join(' '));
  // "HM Treasury", "US Treasury" and "Treasury Department" are also "Treasury".
  if (words.length === 2 && STATE_PREFIXES.has(words[0])) forms.push(words[1]);
  if (words.length === 2 && (words[1] === 'department' || words[1] === 'ministry')) forms.push(words[0]);
  // "Senate Judiciary Committee" is also "Judiciary Committee", "US District Court" "District Court".
  if (words.length >= 3 && (STATE_PREFIXES.has(words[0]) || CHAMBER_WORDS.has(words[0])) && !COMPLEMENTS.some((c) => key.startsWith(c.slice(1), words[0].length + 1))) {
    forms.push(words.slice(1).join(' '));
  }
  // "United States Maritime Alliance" is also "Maritime Alliance".
  if (words.length >= 4 && words[0] === 'united' && words[1] === 'states') forms.push(words.slice(2).join(' '));
  // "Halvik Shipping Group" is also "Halvik Shipping" and "Halvik": trailing company words drop;
  // "JPMorgan Chase & Co." drops "& co" together.
  let end = words.length;
  if (end > 2 && words[end - 2] === '&' && CORPORATE_SUFFIXES.has(words[end - 1])) {
    end -= 2;
    forms.push(words.slice(0, end).join(' '));
  }
  while (end > 1 && COMPANY_TAIL_WORDS.has(words[end - 1])) {
    end--;
    forms.push(words.slice(0, end).join(' '));
  }
  // "Marrick Fluid Controls plc" is also "Marrick": a company with its legal form is named by its first word.
  if (words.length >= 3 && CORPORATE_SUFFIXES.has(words[words.length - 1]) && words[0].length >= 3 && !forms.includes(words[0])) forms.push(words[0]);
  return forms;
}

export class WorkspaceIndex {
  readonly keys = new Map<string, KeyStats>();
  /** Hashes of rare lower-case words → number of sources using them in lower case. */
  readonly lowerWords = new Map<number, number>();
  /** Surname variant key → full person-name keys → count. */
  readonly surnames: CountMap = new Map();
  /** Name variant key → keys spelled that way → count. */
  readonly variants: CountMap = new Map();
  /** Acronym → full-name keys → weight (definitions in parentheses weigh more than initials). */
  readonly acronyms: CountMap = new Map();
  /**
   * Short form → longer names it abbreviates: "Tagus" → "Tagus River", "Viana" → "Viana do Castelo",
   * "Lisbon Declaration" → "Lisbon Declaration on Atlantic Offshore Energy".
   */
  readonly shortForms: CountMap = new Map();
  /** Head word → multi-word organisation names with that head ("commission" → "european commission"). */
  readonly orgHeads: CountMap = new Map();
  /** First word of a two-word organisation name → those names ("goldman" → "goldman sachs"). */
  readonly orgFirstWords: CountMap = new Map();
  /** First word of a person's full name → full names ("xi" → "xi jinping"), for family-name-first names. */
  readonly personFirstWords: CountMap = new Map();
  /** First three letters → surname keys, for edit-distance matching of misspelt surnames. */
  readonly surnameBuckets: CountMap = new Map();

  add(contribution: SourceContribution): void {
    this.apply(contribution, 1);
  }

  remove(contribution: SourceContribution): void {
    this.apply(contribution, -1);
  }

  stats(key: string): KeyStats | undefined {
    return this.keys.get(key);
  }

  private apply(contribution: SourceContribution, sign: 1 | -1): void {
    // Indexed loops, no destructuring: this runs for every source, and iterator protocols
    // (with their exception paths) made it one of the larger compilations of the pipeline.
    const keys = contribution.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      let stats = this.keys.get(k.key);
      if (!stats) {
        if (sign < 0) continue;
        stats = { count: 0, strong: 0, evidence: emptyEvidence(), model: emptyEvidence(), surfaces: new Map(), representatives: new Map() };
        this.keys.set(k.key, stats);
      }
      countRepresentative(stats.representatives, k.representative, sign);
      for (let j = 0; j < k.surfaces.length; j++) {
        const surface = k.surfaces[j][0];
        const next = (stats.surfaces.get(surface) ?? 0) + sign * k.surfaces[j][1];
        if (next <= 0) stats.surfaces.delete(surface);
        else stats.surfaces.set(surface, next);
      }
      stats.count += sign * k.count;
      stats.strong += sign * k.strong;
      addEvidence(stats.evidence, k.evidence, sign);
      addEvidence(stats.model, k.model, sign);
      if (stats.count <= 0) this.keys.delete(k.key);
      bump(this.variants, k.variant, k.key, sign * k.count);
      for (let j = 0; j < k.acronyms.length; j++) bump(this.acronyms, k.acronyms[j][0], k.key, sign * k.acronyms[j][1]);
      for (let j = 0; j < k.shortForms.length; j++) bump(this.shortForms, k.shortForms[j], k.key, sign * k.count);
      if (k.orgHead !== undefined) {
        bump(this.orgHeads, k.orgHead, k.key, sign * k.count);
        // "Goldman Sachs", "JPMorgan Chase": two-word names without a head word of their own.
        const space = k.key.indexOf(' ');
        if (space > 0 && k.key.indexOf(' ', space + 1) < 0 && k.orgHead === k.key.slice(space + 1)) bump(this.orgFirstWords, k.key.slice(0, space), k.key, sign * k.count);
      }
    }
    for (let i = 0; i < contribution.rareLowerWords.length; i++) {
      const word = contribution.rareLowerWords[i];
      const next = (this.lowerWords.get(word) ?? 0) + sign;
      if (next <= 0) this.lowerWords.delete(word);
      else this.lowerWords.set(word, next);
    }
    const personNames = contribution.personNames;
    for (let i = 0; i < personNames.length; i++) {
      const surname = personNames[i][0];
      const full = personNames[i][1];
      bump(this.surnames, surname, full, sign);
      const space = full.indexOf(' ');
      if (space > 0) bump(this.personFirstWords, full.slice(0, space), full, sign);
      if (surname.length >= 6) bump(this.surnameBuckets, surname.slice(0, 3), surname, sign);
    }
  }
}
