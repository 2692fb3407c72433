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
      const entry = s.slice(start, end);
      if (entry === word) return true;
      if (entry < word) lo = end + 1;
      else hi = start - 1;
    }
    return false;
  }
}
