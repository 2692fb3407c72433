// One block's analysis (candidates, rare lower-case words, figures) at the document offset where
// it was first found, and an LRU cache of them keyed by block text and document context.
import type { FigureMention } from '../../model';
import { findCandidates, type Candidate } from '../entities/candidates';
import { findFiguresOnDay } from '../figures';
import type { Lexicon } from '../gazetteer/builtin/lexicon';
import { COMMENTS_PREFIX } from './blocks';
import { shiftCandidatesInPlace, shiftFiguresInPlace } from './shift';
import type { DocumentContext } from './documentContext';

export interface BlockAnalysis {
  /**
   * Where the block started in the document it was analysed for: the offsets below are document
   * offsets for a block starting there (a block found elsewhere is shifted by the difference).
   */
  readonly offset: number;
  readonly candidates: readonly Candidate[];
  readonly rareLowerWords: readonly number[];
  readonly figures: readonly FigureMention[];
  /**
   * Shared by an analysis and its shifted copies: what depends on the block's text alone (the type
   * model's scores of its names) is kept by it, so a block moved by an edit above it is not scored again.
   */
  readonly identity: object;
}

/** Names of a block after a reader-comments heading: read with a heading before it, as in the page. */
function commentsCandidates(text: string, lexicon: Lexicon, sports: boolean): { candidates: Candidate[]; rareLowerWords: number[] } {
  const found = findCandidates(COMMENTS_PREFIX + text, lexicon, sports);
  const offset = COMMENTS_PREFIX.length;
  const candidates = found.candidates.filter((c) => c.start >= offset);
  shiftCandidatesInPlace(candidates, -offset);
  return { candidates, rareLowerWords: found.rareLowerWords };
}

/**
 * Analyses the block `text` that starts at `offset` in its document. The finders' fresh results
 * are moved to document offsets in place: no block-relative copy is made or kept.
 */
export function analyseBlock(text: string, context: DocumentContext, lexicon: Lexicon, afterComments = false, offset = 0): BlockAnalysis {
  const { candidates, rareLowerWords } = afterComments ? commentsCandidates(text, lexicon, context.sports) : findCandidates(text, lexicon, context.sports);
  let figures: FigureMention[] = [];
  try {
    // The figure finder drops figures after a comment-count line in the second half of the text
    // it is given. That is a document-level fact (applied when blocks are assembled): padding the
    // block with blank lines keeps the block's own lines out of that second half.
    const padded = text.includes('omment') ? text + '\n'.repeat(text.length + 1) : text;
    figures = findFiguresOnDay(padded, context.referenceDay, context.currencies);
  } catch {
    // A failure in the figure finder must not cost the source its names.
    figures = [];
  }
  shiftCandidatesInPlace(candidates, offset);
  shiftFiguresInPlace(figures, offset);
  return { offset, candidates, rareLowerWords, figures, identity: {} };
}

/**
 * Least-recently-used block analyses, bounded by the characters of block text they stand for
 * (analyses weigh roughly in proportion). Serves edits (every block but the touched one is found),
 * undo, and paragraphs repeated across articles (boilerplate, wire copy).
 */
export class BlockCache {
  private readonly entries = new Map<string, BlockAnalysis>();
  private chars = 0;

  private readonly maxChars: number;

  constructor(maxChars = 1024 * 1024) {
    this.maxChars = Number.isFinite(maxChars) && maxChars >= 0 ? maxChars : 1024 * 1024;
  }

  get(key: string): BlockAnalysis | undefined {
    // Keys longer than the budget are never stored: skip hashing them (every key when the budget is 0).
    if (key.length > this.maxChars) return undefined;
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, analysis: BlockAnalysis): void {
    if (key.length > this.maxChars) return;
    if (this.entries.has(key)) this.chars -= key.length;
    this.entries.delete(key);
    this.entries.set(key, analysis);
    this.chars += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
