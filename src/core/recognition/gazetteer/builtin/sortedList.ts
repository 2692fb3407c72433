// Membership in a large sorted word list kept as one "|"-joined string: binary search over the
// string itself, so the list costs nothing to load (no Set of 200,000 strings to build).

const MEMO_LIMIT = 50_000;

export class SortedList {
  /** Answers already looked up: names recur, and a lookup costs a few microseconds. */
  private readonly memo = new Map<string, boolean>();

  /** `joined` must be sorted in JavaScript string order and joined with "|". */
  constructor(private readonly joined: string) {}

  has(word: string): boolean {
    let answer = this.memo.get(word);
    if (answer === undefined) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      answer = this.search(word);
      this.memo.set(word, answer);
    }
    return answer;
  }

  private search(word: string): boolean {
    const s = this.joined;
    // [lo, hi) always spans whole entries: lo is an entry start, hi an entry end.
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = s.lastIndexOf('|', mid - 1) + 1;
      const found = s.indexOf('|', mid);
      const end = found < 0 || found > hi ? hi : found;
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
