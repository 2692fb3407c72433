// Flags of lower-case words by 30-bit hash, in an open-addressing table of typed arrays: one probe
// or two per word of a text, with no string allocation and no Map overhead.

const EMPTY = -1;

export class WordFlags {
  /**
   * Slot i holds the hash at 2i and its flags at 2i + 1: a lookup that finds its word reads one
   * cache line, not one in a table of hashes and another in a table of flags.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(expectedSize: number) {
    let capacity = 1024;
    while (capacity < expectedSize * 3) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    for (let i = 0; i < capacity; i++) this.slots[2 * i] = EMPTY;
    this.mask = capacity - 1;
  }

  /** Adds `flag` to the word with this hash (hashes are non-negative 30-bit integers). */
  add(hash: number, flag: number): void {
    let i = hash & this.mask;
    while (this.slots[2 * i] !== EMPTY && this.slots[2 * i] !== hash) i = (i + 1) & this.mask;
    this.slots[2 * i] = hash;
    this.slots[2 * i + 1] |= flag;
  }

  /** The flags of the word with this hash, 0 when unknown. */
  get(hash: number): number {
    let i = hash & this.mask;
    for (;;) {
      const key = this.slots[2 * i];
      if (key === hash) return this.slots[2 * i + 1];
      if (key === EMPTY) return 0;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Adds `flag` to every word of a `separator`-joined list, hashing in place (the same FNV-1a as
   * `hashWord` in entities/tokenize.ts) instead of splitting 38,000 strings out of it.
   */
  addJoined(joined: string, separator: string, flag: number): void {
    const separatorCode = separator.charCodeAt(0);
    let hash = 0x811c9dc5;
    let length = 0;
    for (let i = 0; i <= joined.length; i++) {
      const code = i < joined.length ? joined.charCodeAt(i) : separatorCode;
      if (code === separatorCode) {
        if (length > 0) this.add(hash & 0x3fffffff, flag);
        hash = 0x811c9dc5;
        length = 0;
      } else {
        hash = Math.imul(hash ^ code, 16777619);
        length++;
      }
    }
  }
}
