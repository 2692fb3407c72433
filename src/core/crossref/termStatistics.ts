// Term ids, sentence frequencies and TF-IDF cosine between sentences. Sentences are stored as sorted
// unique term ids in flat Int32Arrays; weights are computed at query time from the current counts, so
// adding or removing a source only touches that source's terms.

/** Entity ids enter sentence vectors as pseudo-terms with this prefix, so shared entities count. */
export const ENTITY_TERM_PREFIX = '\u0001';
/** Figure subjects ("count:country") enter sentence vectors too: "26 nations" and "35 countries" share one. */
export const SUBJECT_TERM_PREFIX = '\u0002';

const MIN_WEIGHT = 0.1;

/** Scores a stored sentence (term ids terms[from, to)) against the prepared query: cosine in [0, 1]. */
export type SentenceScorer = (terms: Int32Array, from: number, to: number) => number;

export class TermStatistics {
  private readonly ids = new Map<string, number>();
  /** Word → id of its stem: stemming runs once per distinct word, not once per occurrence. */
  private readonly wordIds = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly entityIds = new Map<string, number>();
  private readonly subjectIds = new Map<string, number>();
  private sentenceFrequency = new Int32Array(1024);
  /** ln(sentence frequency + 0.5), kept in step with sentenceFrequency. */
  private logFrequency = new Float64Array(1024).fill(Math.log(0.5));
  /** Scratch space for one query at a time: weight of each query term id, else 0. */
  private queryWeights = new Float64Array(1024);
  private sentences = 0;

  get sentenceCount(): number {
    return this.sentences;
  }

  get vocabularySize(): number {
    return this.names.length;
  }

  /** The id of `term`, created when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
      if (id >= this.sentenceFrequency.length) this.grow();
    }
    return id;
  }

  /**
   * The id of the pseudo-term of an entity or figure subject (`prefix` + `key`), created when new.
   * Looked up by key in its own map: concatenating the prefix for every mention would hash a new
   * string each time.
   */
  internPseudo(prefix: typeof ENTITY_TERM_PREFIX | typeof SUBJECT_TERM_PREFIX, key: string): number {
    const map = prefix === ENTITY_TERM_PREFIX ? this.entityIds : this.subjectIds;
    let id = map.get(key);
    if (id === undefined) {
      id = this.intern(prefix + key);
      map.set(key, id);
    }
    return id;
  }

  /** The id of the stem of `word` (a lower-cased content word), created when new. */
  internWord(word: string, stemOf: (word: string) => string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.intern(stemOf(word));
      this.wordIds.set(word, id);
    }
    return id;
  }

  /** The id of `term`, or undefined when no source ever used it. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.names[id];
  }

  private grow(): void {
    const size = this.sentenceFrequency.length * 2;
    const frequency = new Int32Array(size);
    frequency.set(this.sentenceFrequency);
    const logs = new Float64Array(size).fill(Math.log(0.5));
    logs.set(this.logFrequency);
    this.sentenceFrequency = frequency;
    this.logFrequency = logs;
    this.queryWeights = new Float64Array(size);
  }

  /** Counts (sign 1) or uncounts (sign -1) sentences whose unique term ids are terms[offsets[i], offsets[i+1]). */
  count(terms: Int32Array, offsets: Int32Array, sign: 1 | -1): void {
    const frequency = this.sentenceFrequency;
    const logs = this.logFrequency;
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i];
      const updated = frequency[id] + sign;
      frequency[id] = updated;
      logs[id] = Math.log(updated + 0.5);
    }
    this.sentences += sign * (offsets.length - 1);
  }

  /** Inverse sentence frequency weight of a term under the current counts. */
  weight(id: number): number {
    const w = Math.log(this.sentences + 1) - this.logFrequency[id];
    return w < MIN_WEIGHT ? MIN_WEIGHT : w;
  }

  /**
   * Runs `use` with a scorer for the query made of `queryTerms` (unique term ids; -1 for words no
   * source has, which still count in the query's length). Not re-entrant.
   */
  withQuery<T>(queryTerms: ArrayLike<number>, unknownTerms: number, use: (score: SentenceScorer) => T): T {
    const weights = this.queryWeights;
    const logs = this.logFrequency;
    const base = Math.log(this.sentences + 1);
    let queryNorm = 0;
    for (let i = 0; i < queryTerms.length; i++) {
      const id = queryTerms[i];
      const w = this.weight(id);
      weights[id] = w;
      queryNorm += w * w;
    }
    const unknownWeight = Math.max(base - Math.log(0.5), MIN_WEIGHT);
    queryNorm += unknownTerms * unknownWeight * unknownWeight;
    const score: SentenceScorer = (terms, from, to) => {
      if (queryNorm === 0) return 0;
      let dot = 0;
      let norm = 0;
      for (let i = from; i < to; i++) {
        const id = terms[i];
        let w = base - logs[id];
        if (w < MIN_WEIGHT) w = MIN_WEIGHT;
        norm += w * w;
        const q = weights[id];
        if (q !== 0) dot += q * w;
      }
      return dot === 0 ? 0 : dot / Math.sqrt(norm * queryNorm);
    };
    try {
      return use(score);
    } finally {
      for (let i = 0; i < queryTerms.length; i++) weights[queryTerms[i]] = 0;
    }
  }
}
