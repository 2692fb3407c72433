// Normalised keys: the identity of a name across sources, independent of case, accents,
// punctuation, possessives and honorifics.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SIMPLE_WORD = /^[A-Za-z][a-z]*$/;
/** ASCII letters in words joined by single spaces: only case and a leading "the" change. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const HONORIFIC_PREFIX = /^(?:sir|dame|lord|lady|baroness|baron|datuk seri|dato seri|dato sri|tan sri|puan sri|datuk|dato|datin) /;
const QUOTED_NICKNAME = /\s["“'‘][^"”'’\s]+(?: [^"”'’\s]+)?["”'’]\s/g;

const FOLDED: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd' };
const FOLDABLE = /[øØæÆßłŁđĐıœŒþÞð]/g;

/** Letters that Unicode decomposition leaves alone but spellings drop ("Støre" / "Store"). */
function foldLetters(s: string): string {
  return s.replace(FOLDABLE, (ch) => FOLDED[ch] ?? ch);
}

/** Lower case, no accents, no dots, hyphens and apostrophes as in the text, single spaces. */
export function normalizeKey(surface: string): string {
  // Fast path: a plain word.
  if (SIMPLE_WORD.test(surface)) return surface.toLowerCase();
  // Fast path: plain words ("Prime Minister Keir Starmer"), where no replacement below applies.
  if (PLAIN_WORDS.test(surface)) {
    const lower = surface.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let s = ASCII_ONLY.test(surface) ? surface : foldLetters(surface.normalize('NFD').replace(COMBINING_MARKS, ''));
  // 'Tobias "Toby" Van Wyk' is Tobias Van Wyk: a quoted nickname inside a name is no part of its key.
  if (s.includes(' ')) s = s.replace(QUOTED_NICKNAME, ' ');
  s = s.toLowerCase().replace(/[’‘`]/g, "'").replace(/['’]s$/, '');
  s = s.replace(/\.(?=\S)/g, '').replace(/\.$/, '');
  s = s.replace(/[\s\u00a0\-‐‑–—]+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/** Key of a person-like name without an honorific ("Sir Keir Starmer" → "keir starmer"). */
export function identityKey(surface: string): string {
  return normalizeKey(surface).replace(HONORIFIC_PREFIX, '');
}

/**
 * Spelling-variant key for long single words: transliterations differ in doubled letters and in the
 * y/i/iy endings ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"). Not used for short words.
 */
const SPELLING_PAIRS: Record<string, string> = {
  centre: 'center', theatre: 'theater', defence: 'defense', organisation: 'organization', programme: 'program',
  labour: 'labor', harbour: 'harbor', councillor: 'councilor',
  // Company forms written in full or abbreviated ("Taiwan Semiconductor Manufacturing Company" / "Co.").
  company: 'co', corporation: 'corp', limited: 'ltd', incorporated: 'inc',
};
// Also "-quist"/"-qvist" (Lindquist, Lindqvist) below.

export function variantKey(word: string): string {
  return (SPELLING_PAIRS[word] ?? word)
    .replace(/(.)\1+/g, '$1')
    .replace(/(iy|yi|ii|yy|y|i)$/, 'y')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ou/g, 'u')
    .replace(/qu/g, 'qv');
}

/** Short forms of given names news uses for the same person ("Bibi Netanyahu", "Ed Miliband"). */
const NICKNAMES: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert', joe: 'joseph',
  mike: 'michael', jim: 'james', jimmy: 'james', tom: 'thomas', tommy: 'thomas', dick: 'richard', rich: 'richard',
  ed: 'edward', ted: 'edward', dave: 'david', chris: 'christopher', nick: 'nicholas', alex: 'alexander', tony: 'anthony',
  andy: 'andrew', matt: 'matthew', pat: 'patrick', sam: 'samuel', ben: 'benjamin', bibi: 'benjamin', dan: 'daniel',
  danny: 'daniel', greg: 'gregory', jon: 'jonathan', kate: 'katherine', liz: 'elizabeth', jenny: 'jennifer',
  sue: 'susan', vlad: 'vladimir', ron: 'ronald', don: 'donald', jeff: 'jeffrey', chuck: 'charles', charlie: 'charles',
  fred: 'frederick', larry: 'lawrence', jerry: 'gerald', kim: 'kimberly', meg: 'margaret', peggy: 'margaret',
  toby: 'tobias', stan: 'stanley', ray: 'raymond', nate: 'nathan', zach: 'zachary', josh: 'joshua', ken: 'kenneth',
  steve: 'steven', tim: 'timothy', pete: 'peter', phil: 'philip', bernie: 'bernard', gerry: 'gerald', becky: 'rebecca',
  cathy: 'catherine', sandy: 'sandra', mandy: 'amanda', rick: 'richard', ricky: 'richard', hank: 'henry',
  doug: 'douglas', geoff: 'geoffrey', jake: 'jacob', walt: 'walter', lou: 'louis', abe: 'abraham', barb: 'barbara',
  deb: 'deborah', debbie: 'deborah', jen: 'jennifer', jess: 'jessica', vicky: 'victoria', mick: 'michael', russ: 'russell',
  vince: 'vincent', marty: 'martin', drew: 'andrew', nic: 'nicholas', gus: 'augustus', herb: 'herbert',
};
/** The given name a short form stands for ("greg" → "gregory"), or undefined. */
export function fullGivenName(word: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(NICKNAMES, word) ? NICKNAMES[word] : undefined;
}

/** Arabic article spellings: "al-Sisi", "el-Sisi", "El Sisi" are one name. */
const ARTICLES: Record<string, string> = { el: 'al', ul: 'al' };

/** Heads written before or after their complement: "University of Oxford", "Oxford University". */
const HEAD_FIRST = /^(university|ministry|department|college) of (?:the )?([^ ]+(?: [^ ]+)?)$/;

/**
 * Variant key of a whole name: long words reduced by `variantKey`, a middle initial dropped
 * ("jerome h powell"), a nickname given name expanded ("bibi netanyahu"), "el"/"ul" read as "al".
 */
export function nameVariantOf(key: string): string {
  const reordered = HEAD_FIRST.exec(key);
  // "university of oxford" / "oxford university", "ministry of the interior" / "interior ministry".
  if (reordered) return nameVariantOf(`${reordered[2]} ${reordered[1]}`);
  const words = key.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w.length === 1 || (w.length === 2 && w[1] === '.')) && i > 0 && i < words.length - 1 && words.length >= 3) continue;
    if (w.length >= 5) out.push(variantKey(w));
    else if (i === 0 && words.length >= 2 && NICKNAMES[w] !== undefined) out.push(variantKey(NICKNAMES[w]));
    else out.push(ARTICLES[w] ?? w);
  }
  return out.join(' ');
}

/** URL-safe slug used as entity id: "Sir Keir Starmer" → "keir-starmer". */
export function slugify(surface: string): string {
  // ("OPEC+", "Disney+": the plus makes another name, "opec-plus".)
  const slug = identityKey(surface)
    .replace(/&/g, ' and ')
    .replace(/\+(?=\s|$)/g, ' plus')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** Initials of the capitalised words of a name ("North Atlantic Treaty Organization" → "NATO"). */
export function initialsOf(name: string): string {
  // One pass over the characters (words are separated by white space and hyphens), rather than
  // splitting the name into words: this runs for every multi-word candidate.
  let initials = '';
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 || c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(name[i]))) {
      wordStart = true;
    } else if (wordStart) {
      wordStart = false;
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(name.slice(i, i + 2))) initials += name.charAt(i);
    }
  }
  return initials;
}
const WHITE_SPACE = /^\s$/;
const UPPER_START = /^\p{Lu}/u;

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'da', 'do', 'di', 'del', 'la', 'le', '&']);

/** First letters of a key's words but the minor ones ("bank of england" → "be"), without splitting the key. */
export function keyInitials(key: string): string {
  let initials = '';
  for (let start = 0; start <= key.length;) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    if (!MINOR_WORDS.has(key.slice(start, end))) initials += key.charAt(start);
    start = end + 1;
  }
  return initials;
}

/**
 * Levenshtein distance bounded by `max` (returns max + 1 when larger); for short strings only.
 * A common prefix and suffix change nothing and are skipped (names compared share at least their
 * first letters). Only the diagonal band |i - j| <= max is computed (cells outside it are over
 * `max` anyway) and values are capped at max + 1, which leaves every value up to `max` exact.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let first = 0;
  const shorter = Math.min(a.length, b.length);
  while (first < shorter && a.charCodeAt(first) === b.charCodeAt(first)) first++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > first && bEnd > first && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - first;
  const m = bEnd - first;
  if (n === 0 || m === 0) return Math.min(n + m, over);
  // What is left differs in its first and in its last character: one edit only turns one
  // character into another; anything longer needs two.
  if (max <= 1) return max === 1 && n === 1 && m === 1 ? 1 : over;
  let previous = new Array<number>(m + 1).fill(over);
  let current = new Array<number>(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, max); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    // The cell left of the band: the first column inside it, out of it (and over `max`) beyond.
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1];
    const code = a.charCodeAt(first + i - 1);
    for (let j = from; j <= to; j++) {
      const cost = code === b.charCodeAt(first + j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[m], over);
}

const KEY_CACHE_LIMIT = 100_000;

/**
 * Memoised keys: the same names recur across thousands of sources, and key computation (Unicode
 * normalisation, several regular expressions) dominates otherwise. One cache per recognizer.
 * One method per kind of key, each with its own map, rather than one generic memo taking the
 * function to call: the lookups are the hottest calls of the candidate finder and the resolver,
 * and a shared helper with a function argument is neither inlined nor allocation-free.
 */
export class KeyCache {
  private readonly identities = new Map<string, string>();
  private readonly variants = new Map<string, string>();
  private readonly surnames = new Map<string, string>();
  private readonly slugs = new Map<string, string>();
  private readonly initialsByKey = new Map<string, string>();

  identity(surface: string): string {
    const found = this.identities.get(surface);
    if (found !== undefined) return found;
    return remember(this.identities, surface, identityKey(surface));
  }

  /** Variant key of a whole name (see nameVariantOf): "volodymyr zelenskyy" → "volodymyr zelensky". */
  nameVariant(key: string): string {
    const found = this.variants.get(key);
    if (found !== undefined) return found;
    return remember(this.variants, key, nameVariantOf(key));
  }

  /** Surname key of a last word: variant key for long words ("zelenskyy" → "zelensky"). */
  surname(word: string): string {
    if (word.length < 5) return word;
    const found = this.surnames.get(word);
    if (found !== undefined) return found;
    return remember(this.surnames, word, variantKey(word));
  }

  /** See keyInitials: the resolver asks for the same canonical keys source after source. */
  initials(key: string): string {
    const found = this.initialsByKey.get(key);
    if (found !== undefined) return found;
    return remember(this.initialsByKey, key, keyInitials(key));
  }

  slug(key: string): string {
    const found = this.slugs.get(key);
    if (found !== undefined) return found;
    return remember(this.slugs, key, slugify(key));
  }
}

/** Stores a computed key (emptying the map first when full: a bounded cache) and returns it. */
function remember(map: Map<string, string>, input: string, value: string): string {
  if (map.size >= KEY_CACHE_LIMIT) map.clear();
  map.set(input, value);
  return value;
}
