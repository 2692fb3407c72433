// Membership in a large sorted word list kept as one "|"-joined string: binary search over the
// string itself, so the list costs nothing to load (no Set of 200,000 strings to build, no index).

const MEMO_LIMIT = 50_000;

export class SortedList {
  /** Answers already looked up: names recur, and a lookup costs a few microseconds. */
  private readonly memo = new Map<string, boolean>();

  /** `joined` must be sorted in JavaScript string order and joined with "|". */
  constructor(private readonly joined: string) {}

  has(word: string): boolean {
    const answer = this.memo.get(word);
    return answer === undefined ? this.searchAndRemember(word) : answer;
  }

  /** A word looked up for the first time (apart from `has`, whose memoised path callers inline). */
  private searchAndRemember(word: string): boolean {
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const answer = this.search(word);
    this.memo.set(word, answer);
    return answer;
  }

  /**
   * Membership without the memo, for callers that memoise the combined answer themselves. A binary
   * search over character positions of the joined string: each probe widens to the entry around
   * it, so no index of entry offsets is built (that cost about 10 ms on the first document).
   */
  search(word: string): boolean {
    const s = this.joined;
    // [lo, hi): whole entries; lo is an entry's start, hi an entry's end (a "|" or the length).
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = s.lastIndexOf('|', mid - 1) + 1;
      let end = s.indexOf('|', mid);
      if (end < 0 || end > hi) end = hi;
      const order = compareEntry(s, start, end, word);
      if (order === 0) return true;
      if (order < 0) lo = end + 1;
      else hi = start - 1;
    }
    return false;
  }
}

/** The order of `s.slice(start, end)` against `word` (JavaScript string order), without slicing. */
function compareEntry(s: string, start: number, end: number, word: string): number {
  const length = end - start;
  const common = length < word.length ? length : word.length;
  for (let i = 0; i < common; i++) {
    const difference = s.charCodeAt(start + i) - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}
