// Per-document analysis assembled from independently analysed blocks: an edit re-analyses only the
// blocks it touches, and a long document can be analysed a few blocks at a time.
import type { FigureMention } from '../../model';
import type { Candidate } from '../entities/candidates';
import type { Lexicon } from '../gazetteer/builtin/lexicon';
import { analyseBlock, type BlockAnalysis, type BlockCache } from './blockAnalysis';
import { splitBlocks, type Block } from './blocks';
import { shiftCandidate, shiftFigure } from './shift';
import { contextKey, documentContext, type DocumentContext } from './documentContext';
import { readsAsSports, scoreCount } from '../entities/sportsCopy';

export interface AnalysedBlock {
  readonly start: number;
  readonly end: number;
  /** The block's analysis at this block's offsets (`analysis.offset === start`). */
  readonly analysis: BlockAnalysis;
  readonly afterComments: boolean;
  /** Sports scores in the block (see `scoreCount`). */
  readonly scores: number;
  /** `analysis.candidates` and `analysis.figures`. */
  readonly candidates: readonly Candidate[];
  readonly figures: readonly FigureMention[];
}

export interface DocumentAnalysis {
  readonly text: string;
  readonly contextKey: string;
  /** Sports copy is one block; otherwise paragraphs (see `splitBlocks`). */
  readonly blocks: readonly AnalysedBlock[];
  readonly candidates: readonly Candidate[];
  readonly rareLowerWords: Uint32Array;
  readonly figures: readonly FigureMention[];
}

function shiftAll<T>(items: readonly T[], offset: number, shift: (item: T, offset: number) => T): T[] {
  const shifted = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) shifted[i] = shift(items[i], offset);
  return shifted;
}

/**
 * The block at `range`: the analysis as is where it was found, else a shifted copy (which the block
 * keeps instead of the original, so that a block holds one copy of its candidates).
 */
function placeBlock(range: Block, found: BlockAnalysis, scores: number): AnalysedBlock {
  const { start, end } = range;
  const afterComments = range.afterComments ?? false;
  const delta = start - found.offset;
  const analysis: BlockAnalysis = delta === 0 ? found : {
    offset: start,
    candidates: shiftAll(found.candidates, delta, shiftCandidate),
    rareLowerWords: found.rareLowerWords,
    figures: shiftAll(found.figures, delta, shiftFigure),
    identity: found.identity,
  };
  return { start, end, analysis, afterComments, scores, candidates: analysis.candidates, figures: analysis.figures };
}

const COMPARE_CHUNK = 256;

/**
 * The blocks of the previous version that are untouched in `text`, by index of `ranges`: those
 * inside the common prefix keep their place, those inside the common suffix move by the change
 * in length. Found by position, so unchanged paragraphs are neither hashed nor compared again.
 */
function unchangedBlocks(text: string, ranges: readonly Block[], previous: DocumentAnalysis): Array<AnalysedBlock | undefined> {
  const old = previous.text;
  const limit = Math.min(old.length, text.length);
  // Whole chunks are compared first (string equality is a native memory compare), then characters.
  let prefix = 0;
  while (prefix + COMPARE_CHUNK <= limit && old.slice(prefix, prefix + COMPARE_CHUNK) === text.slice(prefix, prefix + COMPARE_CHUNK)) prefix += COMPARE_CHUNK;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + COMPARE_CHUNK <= limit - prefix
    && old.slice(old.length - suffix - COMPARE_CHUNK, old.length - suffix) === text.slice(text.length - suffix - COMPARE_CHUNK, text.length - suffix)) suffix += COMPARE_CHUNK;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const delta = text.length - old.length;
  const byStart = new Map<number, AnalysedBlock>();
  for (const block of previous.blocks) byStart.set(block.start, block);
  return ranges.map(({ start, end, afterComments }) => {
    let before: AnalysedBlock | undefined;
    if (end <= prefix) before = byStart.get(start);
    else if (start >= text.length - suffix) before = byStart.get(start - delta);
    if (!before || before.end - before.start !== end - start || before.afterComments !== (afterComments ?? false)) return undefined;
    return before.start === start ? before : placeBlock({ start, end, afterComments }, before.analysis, before.scores);
  });
}

/** What is decided on the whole document before its blocks are analysed. */
interface DocumentPlan {
  readonly ranges: readonly Block[];
  /** The previous version's blocks that are still valid, by index of `ranges`. */
  readonly kept: ReadonlyArray<AnalysedBlock | undefined> | undefined;
  /** Sports scores per range. */
  readonly counts: readonly number[];
  readonly context: DocumentContext;
  readonly key: string;
}

function planDocument(text: string, previous: DocumentAnalysis | undefined): DocumentPlan {
  let ranges = splitBlocks(text);
  // Plain loops rather than map/reduce here: their arrays' element kinds vary (empty, holey), and
  // each new kind met by optimised code makes it recompile.
  let kept = previous && previous.blocks.length > 1 ? unchangedBlocks(text, ranges, previous) : undefined;
  const counts: number[] = [];
  let scores = 0;
  for (let i = 0; i < ranges.length; i++) {
    const count = kept?.[i]?.scores ?? scoreCount(text.slice(ranges[i].start, ranges[i].end));
    counts.push(count);
    scores += count;
  }
  const context = documentContext(text, readsAsSports(text, scores));
  const key = contextKey(context);
  if (context.sports) {
    // The candidate finder decides sports copy on the whole text it is given: one block.
    ranges = text.length > 0 ? [{ start: 0, end: text.length }] : [];
    kept = undefined;
  } else if (key !== previous?.contextKey) {
    kept = undefined;
  }
  return { ranges, kept, counts, context, key };
}

/**
 * Appends the block of range `i` to `blocks`, from the cache or analysed afresh; true when it was
 * analysed (the analysis then costs time, and the caller yields).
 */
function addBlock(text: string, plan: DocumentPlan, i: number, lexicon: Lexicon, cache: BlockCache, blocks: AnalysedBlock[]): boolean {
  const range = plan.ranges[i];
  const blockText = text.slice(range.start, range.end);
  const cacheKey = (range.afterComments ? 'c' : '') + plan.key + '\u0000' + blockText;
  let analysis = cache.get(cacheKey);
  const fresh = !analysis;
  if (!analysis) {
    analysis = analyseBlock(blockText, plan.context, lexicon, range.afterComments, range.start);
    cache.set(cacheKey, analysis);
  }
  blocks.push(placeBlock(range, analysis, plan.context.sports ? 0 : plan.counts[i]));
  return fresh;
}

/**
 * Analyses `text` block by block, yielding after each block it had to analyse (blocks unchanged
 * since `previous`, or found in the cache, cost nothing), and returns the assembled analysis:
 * identical to analysing the whole text at once. The generator itself only sequences the steps:
 * a generator's compiled code is large, and it is thrown away whenever anything it inlines is.
 */
export function* analyseDocumentSteps(text: string, lexicon: Lexicon, cache: BlockCache, previous?: DocumentAnalysis): Generator<void, DocumentAnalysis> {
  const plan = planDocument(text, previous);
  const blocks: AnalysedBlock[] = [];
  for (let i = 0; i < plan.ranges.length; i++) {
    const unchanged = plan.kept?.[i];
    if (unchanged) blocks.push(unchanged);
    else if (addBlock(text, plan, i, lexicon, cache, blocks)) yield;
  }
  return assemble(text, plan.key, blocks, plan.context.figuresEnd);
}

export function analyseDocument(text: string, lexicon: Lexicon, cache: BlockCache, previous?: DocumentAnalysis): DocumentAnalysis {
  const steps = analyseDocumentSteps(text, lexicon, cache, previous);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function assemble(text: string, key: string, blocks: readonly AnalysedBlock[], figuresEnd: number): DocumentAnalysis {
  const candidates: Candidate[] = [];
  const figures: FigureMention[] = [];
  const rare = new Set<number>();
  for (const block of blocks) {
    for (const c of block.candidates) candidates.push(c);
    for (const f of block.figures) if (f.start < figuresEnd) figures.push(f);
    for (const word of block.analysis.rareLowerWords) rare.add(word);
  }
  // Filled by forEach: Uint32Array.from(set) allocates an iterator result per word.
  const rareLowerWords = new Uint32Array(rare.size);
  let i = 0;
  rare.forEach((word) => {
    rareLowerWords[i++] = word;
  });
  return { text, contextKey: key, blocks, candidates, rareLowerWords, figures };
}
