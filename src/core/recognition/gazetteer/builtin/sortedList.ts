// Membership in a large sorted word list kept as one "|"-joined string: binary search over the
// string itself, so the list costs little to load (no Set of 200,000 strings to build; an array of
// entry offsets is built on the first lookup).

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

  /** Start offset of every entry, plus one past the end: built on the first lookup (about 1 ms per 100,000 entries). */
  private starts: Uint32Array | undefined;

  private entryStarts(): Uint32Array {
    const s = this.joined;
    let count = 1;
    for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) count++;
    const starts = new Uint32Array(count + 1);
    let k = 1;
    for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) starts[k++] = i + 1;
    starts[count] = s.length + 1;
    return starts;
  }

  /** Membership without the memo, for callers that memoise the combined answer themselves. */
  search(word: string): boolean {
    const s = this.joined;
    if (s.length === 0) return false;
    const starts = (this.starts ??= this.entryStarts());
    // Entry i is s.slice(starts[i], starts[i + 1] - 1).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const order = compareEntry(s, starts[mid], starts[mid + 1] - 1, word);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid;
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
