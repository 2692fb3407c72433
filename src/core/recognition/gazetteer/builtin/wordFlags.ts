// Flags of lower-case words by 30-bit hash, in an open-addressing table of typed arrays: one probe
// or two per word of a text, with no string allocation and no Map overhead.

const EMPTY = -1;

export class WordFlags {
  private readonly keys: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;

  constructor(expectedSize: number) {
    let capacity = 1024;
    while (capacity < expectedSize * 3) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.flags = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** Adds `flag` to the word with this hash (hashes are non-negative 30-bit integers). */
  add(hash: number, flag: number): void {
    let i = hash & this.mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== hash) i = (i + 1) & this.mask;
    this.keys[i] = hash;
    this.flags[i] |= flag;
  }

  /** The flags of the word with this hash, 0 when unknown. */
  get(hash: number): number {
    let i = hash & this.mask;
    for (;;) {
      const key = this.keys[i];
      if (key === hash) return this.flags[i];
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
