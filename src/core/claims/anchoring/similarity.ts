/**
 * Similarity between 0 and 1 of `pattern` to its best approximate occurrence in `text`:
 * 1 - (fewest edit operations turning `pattern` into a substring of `text`) / pattern.length.
 * 0 when either string is empty.
 *
 * Used on the 32-character contexts of a quote, where this plain dynamic programme (32 x 32 cells)
 * is about ten times faster than approx-string-match, whose per-call set-up dominates at that size.
 */
export function approxSimilarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  if (text === pattern) return 1;
  // previous[j] = fewest edits turning the pattern read so far into a substring of text ending at j.
  let previous = new Uint32Array(text.length + 1);
  let current = new Uint32Array(text.length + 1);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const code = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1] + (text.charCodeAt(j - 1) === code ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  let fewest = pattern.length;
  for (const errors of previous) fewest = Math.min(fewest, errors);
  return Math.max(0, 1 - fewest / pattern.length);
}

/**
 * Levenshtein distance between `a` and `b`, or `limit + 1` as soon as it is certain to exceed
 * `limit` (cheap rejection of spans that drifted too far).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (b.charCodeAt(j - 1) === code ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
      rowMinimum = Math.min(rowMinimum, current[j]);
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], limit + 1);
}
