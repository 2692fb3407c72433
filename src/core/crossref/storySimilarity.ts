// Whether two sources tell the same story: the entities they name, weighted by rarity. Sources of one
// story share their places, people and organisations; sources of different stories share at most
// the common ones ("the EU", "Norland" in every article), which weigh little. Figures of different
// stories are never compared, however alike their sentences ("Leaders of 26 nations met in X to
// sign a treaty" / "Leaders of 31 nations met in Y to sign a treaty").

/** Least IDF-weighted cosine between the entity sets of two sources for them to tell the same story. */
export const MIN_STORY_SIMILARITY = 0.1;

/**
 * Cosine between two sorted sets of entity term ids, each weighted by `weight`. Undefined when
 * either source names no entity (nothing to judge by).
 */
export function storySimilarity(a: Int32Array, b: Int32Array, weight: (id: number) => number): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) normA += weight(a[i]) ** 2;
  for (let j = 0; j < b.length; j++) normB += weight(b[j]) ** 2;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      dot += weight(a[i]) ** 2;
      i++;
      j++;
    }
  }
  return dot / Math.sqrt(normA * normB);
}

/** Whether two sources may hold comparable figures: same story, or no entities to tell. */
export function sameStory(a: Int32Array, b: Int32Array, weight: (id: number) => number): boolean {
  const similarity = storySimilarity(a, b, weight);
  return similarity === undefined || similarity >= MIN_STORY_SIMILARITY;
}
