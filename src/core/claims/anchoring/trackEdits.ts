// Keeps a span in step with live edits, so that an open editor need not re-anchor on every key.

import type { Span } from '../../model';

/**
 * One replacement in VS Code's `TextDocumentContentChangeEvent` shape: `rangeLength` code units at
 * `rangeOffset` were replaced by `text`.
 */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * Moves `span` through `changes`, applied one after the other in the order given (VS Code reports
 * the changes of one event so that this is correct).
 *
 * - Text inserted exactly at the start or the end of the span stays outside it (typing next to a
 *   claim does not extend it); text inserted or replaced inside it, including a replacement of its
 *   first or last characters, grows or shrinks it.
 * - A replacement that overlaps one edge trims the span to the part that survived.
 * - Returns `undefined` when a change removed or replaced the whole span: re-anchor from the stored
 *   selector then (anchorClaim), which may still find the text if it was pasted back.
 */
export function applyEdits(span: Span, changes: readonly TextChange[]): Span | undefined {
  let { start, end } = span;
  for (const change of changes) {
    const changeStart = change.rangeOffset;
    const changeEnd = change.rangeOffset + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    if (changeEnd <= start) {
      // Entirely before the span (an insertion at its start counts as before).
      start += delta;
      end += delta;
    } else if (changeStart >= end) {
      // Entirely after the span: nothing moves.
    } else if (changeStart <= start && changeEnd >= end) {
      return undefined;
    } else if (changeStart < start) {
      // Overlaps the start: the span now begins after the new text.
      start = changeStart + change.text.length;
      end += delta;
    } else if (changeEnd > end) {
      // Overlaps the end: the span now ends where the change begins.
      end = changeStart;
    } else {
      // Inside (possibly touching an edge, e.g. retyping the first word): grows or shrinks.
      end += delta;
    }
    if (end <= start) return undefined;
  }
  return { start, end };
}
