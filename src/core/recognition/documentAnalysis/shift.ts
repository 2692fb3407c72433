// Candidates and figures moved by an offset (block-relative ↔ document offsets).
// Candidates are copied field by field: faster than object spread in this hot loop, same fields.
// A field added to Candidate must be added to shiftCandidate too (the incremental tests compare).
import type { FigureMention } from '../../model';
import type { Candidate } from '../entities/candidates';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function shiftedWhole(w: Candidate['whole'], offset: number): Candidate['whole'] {
  return w && { start: w.start + offset, end: w.end + offset, text: w.text, key: w.key, evidence: w.evidence };
}

export function shiftCandidate(c: Candidate, offset: number): Candidate {
  const shifted: Mutable<Candidate> = {
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
  if ('whole' in c) shifted.whole = shiftedWhole(c.whole, offset);
  return shifted;
}

export function shiftFigure(f: FigureMention, offset: number): FigureMention {
  return { ...f, start: f.start + offset, end: f.end + offset };
}

/**
 * Moves freshly found candidates by `offset` in place, without copying them: only for the arrays
 * the candidate finder has just returned, whose objects nothing else holds and none of which
 * occurs twice. A candidate that carries the whole of its cut run (few do) is replaced in the array
 * by a shifted copy instead: assigning `whole` on the object would make the field non-constant for
 * V8, which then throws away the compiled code that reads candidates (the finder, the resolver);
 * the copy gets its own shifted `whole` as it is built.
 *
 * A whole-only candidate is replaced by a copy even when nothing moves: the finder makes it by
 * spreading another candidate, and V8 gives every such object a hidden class of its own. A few
 * dozen of those made every read of a candidate's fields in the resolver and the index
 * megamorphic (a generic lookup instead of one compare); the copy has the shared shape.
 */
export function shiftCandidatesInPlace(candidates: Candidate[], offset: number): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.whole || c.wholeOnly === true) {
      candidates[i] = shiftCandidate(c, offset);
      continue;
    }
    if (offset === 0) continue;
    const moved = c as Mutable<Candidate>;
    moved.start += offset;
    moved.end += offset;
  }
}

/** Moves freshly found figures by `offset` in place (see `shiftCandidatesInPlace`). */
export function shiftFiguresInPlace(figures: readonly FigureMention[], offset: number): void {
  if (offset === 0) return;
  for (const figure of figures) {
    const f = figure as Mutable<FigureMention>;
    f.start += offset;
    f.end += offset;
  }
}
