// The incremental recognizer: per-source analysis cached by text, workspace counts updated by
// difference on every change, and mentions resolved lazily per source when asked for.
import type { EntityMention, EntityRecord, FigureMention, Mention, SourceText } from '../model';
import { isKnownShortBodyName, type Candidate } from './entities/candidates';
import { isCommonLowerWord } from './entities/tokenize';
import { NAME_PARTICLES, ORG_HEADS, ORG_PREFIX_HEADS } from './entities/cues';
import { bestType } from './entities/evidence';
import { BlockCache, type BlockAnalysis } from './documentAnalysis/blockAnalysis';
import { analyseDocumentSteps, type DocumentAnalysis } from './documentAnalysis/documentAnalysis';
import { createLexicon, type Lexicon } from './gazetteer/builtin/lexicon';
import { compileGazetteer, type CompiledGazetteer } from './gazetteer/compiled';
import type { TeamGazetteer } from './gazetteer/types';
import { ASIAN_GIVEN_NAME_LAST, HYPHENATED_LAST_WORD, resolveCandidate, resolveMentions, TITLE_ABBREVIATIONS, type EvidenceMemo, type ResolveEnvironment, type SourceLinks } from './linking/resolve';
import { KeyFacts, representativeOf, summarizeCandidates, WorkspaceIndex, type SourceContribution } from './linking/workspaceIndex';
import { mergeMentions } from './mergeMentions';
import type { TypeModel } from './entities/typeModel/typeModel';
import { builtinTypeModel } from './entities/typeModel/builtin';

const NO_LOCAL_LINKS: SourceLinks = { localSurnames: new Map(), localHeads: new Map(), localFirstNames: new Map(), localAcronyms: new Map(), localAliases: new Map(), localBodyFirstWords: new Map() };

export interface RecognitionResult {
  /** Entity and figure mentions of a source, sorted by start, non-overlapping. */
  mentions(sourceId: string): Mention[];
  /** Every entity of the workspace, sorted by id. */
  entities(): EntityRecord[];
  entity(id: string): EntityRecord | undefined;
}

export interface RecognizerOptions {
  readonly gazetteer?: TeamGazetteer;
  /**
   * Characters of paragraph text whose analyses are kept for reuse across sources and versions
   * (default 1 Mi; 0 keeps none beyond each source's own current blocks).
   */
  readonly blockCacheChars?: number;
  /** The model that types names by their words and context (default: the built-in one; null: none). */
  readonly typeModel?: TypeModel | null;
}

/** An analysis in progress, from `upsertInSlices`. */
export interface UpsertInSlices {
  /** True once the source's new analysis is in the workspace (or was superseded by a later change). */
  readonly done: boolean;
  /**
   * Analyses for about `budgetMs` more (at least one block, so it always progresses; one block is
   * a paragraph, at most ~8 KB unless a single line is longer), then commits if finished.
   * Returns `done`.
   */
  continue(budgetMs?: number): boolean;
}

const DEFAULT_SLICE_MS = 8;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * What is kept per source. The per-key summary given to the workspace index is not kept: it is
 * recomputed from the candidates when the source changes (memory matters with 10,000 sources).
 */
interface SourceAnalysis extends SourceLinks {
  readonly text: string;
  /** The blocks the analysis was assembled from (reused by the next version of the source). */
  readonly document: DocumentAnalysis;
  readonly candidates: readonly Candidate[];
  readonly rareLowerWords: Uint32Array;
  readonly personNames: ReadonlyArray<readonly [string, string]>;
  readonly figures: readonly FigureMention[];
}

/**
 * The type model's log-probabilities of every candidate, four per candidate in the document's
 * order. Kept per block analysis while the block lives: an edit re-reads only the blocks it
 * touched, and the others (the same objects) keep their scores. (A candidate's context is its own
 * line, which lies inside its block.)
 */
class CandidateTypeScores {
  /** By `BlockAnalysis.identity`: the scores do not depend on where the block is (see `ofBlock`). */
  private readonly byBlock = new WeakMap<object, Float64Array>();

  constructor(private readonly model: TypeModel) {}

  of(document: DocumentAnalysis): Float64Array {
    const scores = new Float64Array(document.candidates.length * 4);
    let at = 0;
    for (const block of document.blocks) {
      const blockScores = this.ofBlock(block.analysis, document.text);
      scores.set(blockScores, at);
      at += blockScores.length;
    }
    return scores;
  }

  /** A name's context words stop at its line, so a block's scores are the same wherever it is. */
  private ofBlock(block: BlockAnalysis, text: string): Float64Array {
    let scores = this.byBlock.get(block.identity);
    if (scores === undefined) {
      scores = new Float64Array(block.candidates.length * 4);
      block.candidates.forEach((c, i) => scores!.set(this.model.logProbabilities(text, c.start, c.end, c), i * 4));
      this.byBlock.set(block.identity, scores);
    }
    return scores;
  }
}

function contributionOf(analysis: SourceAnalysis, facts: KeyFacts, typeScores: CandidateTypeScores | undefined): SourceContribution {
  return { keys: summarizeCandidates(analysis.candidates, facts, typeScores?.of(analysis.document)), rareLowerWords: analysis.rareLowerWords, personNames: analysis.personNames };
}

/** ", known as ", ", better known as ", " — widely known as ": a name, then another of its names. */
const ALIAS_BETWEEN = /^\s*[,(—–-]?\s*(?:also |better |widely |commonly |more commonly |popularly |locally )?known (?:locally |widely |popularly )?as (?:the )?["“‘']?$/;
const MAX_ALIAS_GAP = 40;

/** Notes `key` as the name `shorter` stands for in this source; '' marks a short form shared by two names. */
function noteLocal(map: Map<string, string>, shorter: string, key: string): void {
  const known = map.get(shorter);
  map.set(shorter, known && known !== key ? '' : key);
}

/** The middle word of a three-word person's key when it reads as a first surname (no given name, initial or particle). */
/** The family name of a key ending in a two-part given name ("john lee ka chiu", "lee jae myung"): the word before it. */
function asianSurnameOf(key: string, lexicon: Lexicon): string | undefined {
  const words = key.split(' ');
  return words.length >= 3 ? lexicon.keys.surname(words[words.length - 3]) : undefined;
}

function middleSurnameOf(key: string, lexicon: Lexicon): string | undefined {
  const first = key.indexOf(' ');
  const second = key.indexOf(' ', first + 1);
  if (first <= 0 || second < 0 || key.indexOf(' ', second + 1) >= 0 || second - first <= 3) return undefined;
  const middle = key.slice(first + 1, second);
  if (NAME_PARTICLES.has(middle) || lexicon.known.has(middle) || lexicon.givenNames.has(middle.charAt(0).toUpperCase() + middle.slice(1))) return undefined;
  return lexicon.keys.surname(middle);
}

/**
 * The source's analysis with its local links, once its document analysis is done. Not part of a
 * generator: a generator is compiled with its resumption machinery, and this loop inside one made
 * it one of the largest compilations of the pipeline (recompiled whole after any deoptimisation).
 */
function sourceAnalysisOf(text: string, document: DocumentAnalysis, lexicon: Lexicon): SourceAnalysis {
  const { candidates, rareLowerWords, figures } = document;
  const personNames: Array<readonly [string, string]> = [];
  const localSurnames = new Map<string, string>();
  const localHeads = new Map<string, string>();
  const localFirstNames = new Map<string, string>();
  const localAcronyms = new Map<string, string>();
  const localAliases = new Map<string, string>();
  const localBodyFirstWords = new Map<string, string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // "England and Wales Cricket Board (ECB)": what this source says the acronym stands for.
    if (c.defines !== undefined) noteLocal(localAcronyms, c.defines.toLowerCase(), c.key);
    // "Mohamed Hamdan Dagalo, known as Hemedti,": the next name is another name of this one.
    const next = candidates[i + 1];
    if (next !== undefined && c.wordCount >= 2 && next.start - c.end <= MAX_ALIAS_GAP && ALIAS_BETWEEN.test(text.slice(c.end, next.start))) {
      noteLocal(localAliases, next.key, c.key);
    }
    // Only names of two words or more lend heads and surnames: one-word names are not typed here.
    const type = c.wordCount >= 2 && !c.acronym ? bestType(c.evidence).type : undefined;
    // "Aston Villa" … "Villa", "European Commission" … "the Commission", "Bank of England" … "the Bank".
    if (type === 'organization') {
      // ("Rio Tinto", "Deutsche Bank": two words, the first no generic head, as "House" or "Bank" are, nor a
      // name the lexicon knows well, as "Washington" of the "Washington Post" is.)
      const firstSpace = c.key.indexOf(' ');
      const known = firstSpace > 0 && c.key.indexOf(' ', firstSpace + 1) < 0 ? lexicon.known.get(c.key) : undefined;
      if (known !== undefined && known.type === 'organization' && known.strength >= 4 && lexicon.keys.identity(known.canonical) === c.key
        && !ORG_HEADS.has(c.text.slice(0, c.text.indexOf(' '))) && !ORG_PREFIX_HEADS.has(c.text.slice(0, c.text.indexOf(' ')))
        && (lexicon.known.get(c.key.slice(0, firstSpace))?.strength ?? 0) < 3) {
        noteLocal(localBodyFirstWords, c.key.slice(0, firstSpace), c.key);
      }
      const of = c.key.indexOf(' of ');
      const head = of > 0 && !c.key.slice(0, of).includes(' ') ? c.key.slice(0, of) : c.lastWordKey;
      // ("Cleveland Fed" lends no "Fed": a word the lexicon knows as a body's short name keeps to it.)
      if (!isKnownShortBodyName(lexicon, head)) noteLocal(localHeads, head, c.key);
      // "Reserve Bank of Australia" … "the Reserve Bank": the name before its complement;
      // "Canadian Red Cross" … "the Red Cross": the name after its nationality.
      const before = of > 0 ? c.key.slice(0, of) : '';
      const space = c.key.indexOf(' ');
      const afterNationality = space > 0 && c.key.indexOf(' ', space + 1) > 0 && lexicon.demonyms.has(c.text.slice(0, c.text.indexOf(' '))) ? c.key.slice(space + 1) : '';
      if (before.includes(' ')) noteLocal(localHeads, before, c.key);
      if (afterNationality.includes(' ')) noteLocal(localHeads, afterNationality, c.key);
    }
    // Names that read as a person lend their surname; not those ending in a known place ("Bayern Munich").
    if (type !== 'person') continue;
    const lastKnown = lexicon.known.get(c.lastWordKey);
    if (lastKnown && lastKnown.strength >= 2 && c.evidence[0] < 2.5) continue;
    // ("Cleveland Fed": a given name before a body's short name the lexicon knows is no person.)
    if (lastKnown && isKnownShortBodyName(lexicon, c.lastWordKey) && c.evidence[0] < 4) continue;
    // "Pestana Vintage Porto" (a hotel): a name ending in a city lends it as a surname only after a
    // given name ("Jack London", "Paris Hilton"), and in a longer name only when clearly a person's
    // ("Jonas Gahr Støre").
    if (lastKnown && lastKnown.type === 'place' && lastKnown.strength >= 2
      && !c.key.includes(' of ') && ((c.wordCount > 2 && c.evidence[0] < 4) || !lexicon.givenNames.has(c.text.slice(0, c.text.indexOf(' '))))) continue;
    // "Cal Fire": a plain word is a surname only in a name that is clearly a person's.
    // "Donald Trump", "Tim Cook": after a first name that is no plain word, a plain word is a surname all the same.
    if (isCommonLowerWord(lexicon.lowerFlags, c.lastWordKey) && c.evidence[0] < 4
      && !(c.wordCount === 2 && c.evidence[0] >= 2 && !lexicon.known.has(c.key)
        && !isCommonLowerWord(lexicon.lowerFlags, c.key.slice(0, c.key.indexOf(' '))))) continue;
    // "PM Modi" lends nothing: the title is not a given name.
    if (TITLE_ABBREVIATIONS.has(c.key.slice(0, c.key.indexOf(' ')))) continue;
    const surname = lexicon.keys.surname(c.lastWordKey);
    personNames.push([surname, c.key]);
    // "Wanjiru" for "Wanjiru Kamau" within one article (blogs and transcripts use first names).
    noteLocal(localFirstNames, c.key.slice(0, c.key.indexOf(' ')), c.key);
    const existing = localSurnames.get(surname);
    if (!existing || c.key.length > existing.length) localSurnames.set(surname, c.key);
    // "Arancibia" for "Ximena Arancibia Choque": a Spanish or Portuguese name's first surname is the
    // one used alone; the middle word of three counts as a surname unless it is a given name ("John Paul Smith").
    // "Lee" for "John Lee Ka-chiu" and "Lee Jae-myung": the family name before a Chinese or Korean given name.
    const firstSurname = ASIAN_GIVEN_NAME_LAST.test(c.text) ? asianSurnameOf(c.key, lexicon)
      : HYPHENATED_LAST_WORD.test(c.text) ? undefined : middleSurnameOf(c.key, lexicon);
    if (firstSurname !== undefined) {
      personNames.push([firstSurname, c.key]);
      const before = localSurnames.get(firstSurname);
      if (!before || c.key.length > before.length) localSurnames.set(firstSurname, c.key);
    }
  }
  // (Deleting the entry being visited is safe in a Map's forEach.)
  localHeads.forEach((key, head) => {
    if (!key) localHeads.delete(head);
  });
  localFirstNames.forEach((key, name) => {
    if (!key) localFirstNames.delete(name);
  });
  localAcronyms.forEach((key, acronym) => {
    if (!key) localAcronyms.delete(acronym);
  });
  localAliases.forEach((key, name) => {
    if (!key) localAliases.delete(name);
  });
  localBodyFirstWords.forEach((key, word) => {
    if (!key) localBodyFirstWords.delete(word);
  });
  // Kept for every source: empty ones are shared (many sources name no person or organisation twice).
  return {
    text, document, candidates, rareLowerWords, personNames, figures,
    localSurnames: localSurnames.size > 0 ? localSurnames : NO_LOCAL_LINKS.localSurnames,
    localHeads: localHeads.size > 0 ? localHeads : NO_LOCAL_LINKS.localHeads,
    localFirstNames: localFirstNames.size > 0 ? localFirstNames : NO_LOCAL_LINKS.localFirstNames,
    localAcronyms: localAcronyms.size > 0 ? localAcronyms : NO_LOCAL_LINKS.localAcronyms,
    localAliases: localAliases.size > 0 ? localAliases : NO_LOCAL_LINKS.localAliases,
    localBodyFirstWords: localBodyFirstWords.size > 0 ? localBodyFirstWords : NO_LOCAL_LINKS.localBodyFirstWords,
  };
}

export class WorkspaceRecognizer implements RecognitionResult {
  private readonly lexicon: Lexicon;
  private readonly index: WorkspaceIndex;
  private readonly keyFacts: KeyFacts;
  private readonly typeScores: CandidateTypeScores | undefined;
  private readonly sources = new Map<string, SourceAnalysis>();
  private readonly blockCache: BlockCache;
  /** Per source, the latest change asked for: an analysis in slices that is not it gives up. */
  private readonly pendingTexts = new Map<string, string>();
  private compiledGazetteer: CompiledGazetteer;
  private currentGeneration = 0;
  /**
   * Mentions of the sources asked for since the last change (any change may alter any source's
   * mentions, so older answers are dropped rather than kept until they are asked for again).
   */
  private readonly mentionCache = new Map<string, Mention[]>();
  private mentionCacheGeneration = 0;
  private entityCache: { generation: number; records: Map<string, EntityRecord> } | undefined;
  /**
   * What the source committed last contributed to the index: the next edit of that source (typing)
   * subtracts it as is instead of summarising the old version again. One source's worth, not all.
   */
  private lastCommitted: { analysis: SourceAnalysis; contribution: SourceContribution } | undefined;

  constructor(options?: RecognizerOptions) {
    this.lexicon = createLexicon();
    this.index = new WorkspaceIndex();
    this.keyFacts = new KeyFacts(this.lexicon.keys);
    const typeModel = options?.typeModel === null ? undefined : options?.typeModel ?? builtinTypeModel(this.lexicon);
    this.typeScores = typeModel === undefined ? undefined : new CandidateTypeScores(typeModel);
    this.compiledGazetteer = compileGazetteer(options?.gazetteer);
    this.blockCache = new BlockCache(options?.blockCacheChars);
  }

  /** Bumps whenever any source's mentions may have changed (for cache invalidation by the adapter). */
  get generation(): number {
    return this.currentGeneration;
  }

  setGazetteer(gazetteer: TeamGazetteer | undefined): void {
    this.compiledGazetteer = compileGazetteer(gazetteer);
    this.currentGeneration++;
  }

  /** Adds or replaces a source. Only the blocks (paragraphs) whose text changed are re-analysed. */
  upsert(source: SourceText): void {
    const task = this.upsertInSlices(source, Infinity);
    while (!task.done) task.continue(Infinity);
  }

  /**
   * Adds or replaces a source in slices of about `budgetMs` of analysis each, so that a very long
   * article does not block the caller: call `continue()` (e.g. from a timer) until it reports
   * `done`. Until then `mentions(id)` answers from the source's previous text. A later `upsert`,
   * `upsertInSlices` or `remove` of the same id supersedes the task (it then reports done without
   * committing).
   */
  upsertInSlices(source: SourceText, budgetMs = DEFAULT_SLICE_MS): UpsertInSlices {
    // Malformed input is recognised as empty text rather than thrown on.
    const text = typeof source?.text === 'string' ? source.text : '';
    const id = String(source?.id ?? '');
    const previous = this.sources.get(id);
    this.pendingTexts.delete(id);
    if (previous && previous.text === text) return { done: true, continue: () => true };
    this.pendingTexts.set(id, text);
    const steps = analyseDocumentSteps(text, this.lexicon, this.blockCache, previous?.document);
    let done = false;
    const task: UpsertInSlices = {
      get done() {
        return done;
      },
      continue: (budget = DEFAULT_SLICE_MS) => {
        if (done) return true;
        if (this.pendingTexts.get(id) !== text) return (done = true);
        const deadline = budget === Infinity ? Infinity : now() + budget;
        for (;;) {
          const step = steps.next();
          if (step.done) {
            this.commit(id, sourceAnalysisOf(text, step.value, this.lexicon));
            return (done = true);
          }
          if (deadline !== Infinity && now() >= deadline) return false;
        }
      },
    };
    task.continue(budgetMs);
    return task;
  }

  private commit(id: string, analysis: SourceAnalysis): void {
    this.pendingTexts.delete(id);
    const previous = this.sources.get(id);
    if (previous) this.index.remove(this.committedContribution(previous));
    const contribution = contributionOf(analysis, this.keyFacts, this.typeScores);
    this.index.add(contribution);
    this.lastCommitted = { analysis, contribution };
    this.sources.set(id, analysis);
    this.currentGeneration++;
  }

  /** The contribution `analysis` made when committed (the same amounts, recomputed unless kept). */
  private committedContribution(analysis: SourceAnalysis): SourceContribution {
    return this.lastCommitted?.analysis === analysis ? this.lastCommitted.contribution : contributionOf(analysis, this.keyFacts, this.typeScores);
  }

  remove(sourceId: string): void {
    this.pendingTexts.delete(sourceId);
    const previous = this.sources.get(sourceId);
    if (!previous) return;
    this.index.remove(this.committedContribution(previous));
    if (this.lastCommitted?.analysis === previous) this.lastCommitted = undefined;
    this.sources.delete(sourceId);
    this.mentionCache.delete(sourceId);
    this.currentGeneration++;
  }

  mentions(sourceId: string): Mention[] {
    const analysis = this.sources.get(sourceId);
    if (!analysis) return [];
    if (this.mentionCacheGeneration !== this.currentGeneration) {
      this.mentionCache.clear();
      this.mentionCacheGeneration = this.currentGeneration;
    }
    const cached = this.mentionCache.get(sourceId);
    if (cached) return cached;
    const entities = resolveMentions(analysis.candidates, this.environment(), analysis, analysis.text);
    const mentions = mergeMentions(entities, analysis.figures);
    this.mentionCache.set(sourceId, mentions);
    return mentions;
  }

  entities(): EntityRecord[] {
    return [...this.entityRecords().values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  entity(id: string): EntityRecord | undefined {
    return this.entityRecords().get(id);
  }

  /** Candidates of a source before resolution (for diagnostics and tests). */
  candidates(sourceId: string): readonly Candidate[] {
    return this.sources.get(sourceId)?.candidates ?? [];
  }

  private environment(): ResolveEnvironment {
    return { index: this.index, lexicon: this.lexicon, gazetteer: this.compiledGazetteer };
  }

  private entityRecords(): Map<string, EntityRecord> {
    if (this.entityCache && this.entityCache.generation === this.currentGeneration) return this.entityCache.records;
    // Resolved per distinct name of the workspace (not per mention): cost grows with the
    // vocabulary, not with the number of sources.
    const surfaces = new Map<string, { type: EntityMention['type']; forms: Map<string, number>; canonical?: string }>();
    const env = this.environment();
    const evidenceMemo: EvidenceMemo = new Map();
    for (const stats of this.index.keys.values()) {
      const resolved = resolveCandidate(representativeOf(stats), env, NO_LOCAL_LINKS, evidenceMemo);
      if (!resolved) continue;
      let entry = surfaces.get(resolved.id);
      if (!entry) {
        // A curated name ("United Kingdom" for "UK") is the display name.
        const known = this.lexicon.known.get(resolved.canonicalKey)?.canonical;
        entry = { type: resolved.type, forms: new Map(), canonical: known && /\p{Lu}/u.test(known) ? known : undefined };
        surfaces.set(resolved.id, entry);
      }
      for (const [form, n] of stats.surfaces) entry.forms.set(form, (entry.forms.get(form) ?? 0) + n);
    }
    // Declared entities are part of the workspace whether or not an article names them yet.
    for (const entry of this.compiledGazetteer.byId.values()) {
      if (!surfaces.has(entry.id)) surfaces.set(entry.id, { type: entry.type, forms: new Map() });
    }
    const records = new Map<string, EntityRecord>();
    for (const [id, { type, forms, canonical }] of surfaces) {
      const declared = this.compiledGazetteer.byId.get(id);
      const name = declared?.name ?? canonical ?? displayName(forms);
      const aliases = new Set<string>([...forms.keys(), ...(declared?.aliases ?? [])]);
      aliases.delete(name);
      records.set(id, { id, name, type: declared?.type ?? type, aliases: [...aliases].sort() });
    }
    this.entityCache = { generation: this.currentGeneration, records };
    return records;
  }
}

const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron)\s/;

/** The fullest frequent form without an honorific: most words, then most mentions, then alphabetical. */
function displayName(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  const plain = [...forms.keys()].some((f) => !HONORIFIC.test(f));
  for (const [form, count] of forms) {
    if (plain && HONORIFIC.test(form)) continue;
    const words = form.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && (count > bestCount || (count === bestCount && form < best)))) {
      best = form;
      bestWords = words;
      bestCount = count;
    }
  }
  return best;
}

export function recognizeWorkspace(sources: SourceText[], options?: RecognizerOptions): RecognitionResult {
  const recognizer = new WorkspaceRecognizer(options);
  for (const source of sources) recognizer.upsert(source);
  return recognizer;
}
