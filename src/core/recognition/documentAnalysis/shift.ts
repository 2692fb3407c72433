// Copies of a block's candidates and figures moved by an offset (block-relative ↔ document offsets).
// Candidates are copied field by field: faster than object spread in this hot loop, same fields.
// A field added to Candidate must be added to shiftCandidate too (the incremental tests compare).
import type { FigureMention } from '../../model';
import type { Candidate } from '../entities/candidates';

export function shiftCandidate(c: Candidate, offset: number): Candidate {
  const shifted: { -readonly [K in keyof Candidate]: Candidate[K] } = {
    start: c.start + offset,
    end: c.end + offset,
    text: c.text,
    key: c.key,
    wordCount: c.wordCount,
    weak: c.weak,
    commonWord: c.commonWord,
    evidence: c.evidence,
    lastWordKey: c.lastWordKey,
    acronym: c.acronym,
    defines: c.defines,
    initials: c.initials,
    titled: c.titled,
    publication: c.publication,
    determiner: c.determiner,
  };
  // The optional fields makeCandidate leaves out stay out (deep equality tells them apart).
  if ('wholeOnly' in c) shifted.wholeOnly = c.wholeOnly;
  const w = c.whole;
  if ('whole' in c) shifted.whole = w && { start: w.start + offset, end: w.end + offset, text: w.text, key: w.key, evidence: w.evidence };
  return shifted;
}

export function shiftFigure(f: FigureMention, offset: number): FigureMention {
  return { ...f, start: f.start + offset, end: f.end + offset };
}
