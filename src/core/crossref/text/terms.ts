// Content words of a sentence for similarity: lower-cased, accents folded, stop words and pure
// numbers dropped, lightly stemmed so "deploy", "deploys", "deployed", "deploying" meet.

const STOP_WORDS = new Set(`a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can cannot could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of
off on once only or other ought our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves said says say told according also would could may might must
one two three four five six seven eight nine ten mr mrs ms dr s t new year years week weeks day days time including per via
monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
within across near nearly around among amid toward towards without along beyond behind onto upon inside outside like unlike
despite since till via whether just even still yet ago almost roughly approximately least less`.split(/\s+/));

/** A word of the text with its position. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The stem used for matching. */
  readonly stem: string;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const NON_ASCII_LETTER = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isWordCode(code);
  return NON_ASCII_LETTER.test(text[index]);
}

/**
 * Calls `visit` for every content word of text[start, end): lower-cased, accents folded, possessive
 * "'s" dropped, stop words and pure numbers skipped. Apostrophes inside a word are kept ("don't").
 */
export function forEachWord(text: string, start: number, end: number, visit: (word: string, wordStart: number, wordEnd: number) => void): void {
  let i = start;
  while (i < end) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    let hasLetter = false;
    let hasUpper = false;
    let hasNonAscii = false;
    let hasApostrophe = false;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (!isWordCode(code)) {
          // Keep an apostrophe between letters: "don't", "O'Brien".
          if (code === 39 && i > wordStart && i + 1 < end && isWordChar(text, i + 1)) {
            hasApostrophe = true;
            i++;
            continue;
          }
          break;
        }
        if (code >= 65) {
          hasLetter = true;
          if (code <= 90) hasUpper = true;
        }
      } else if (code === 0x2019 && i > wordStart && i + 1 < end && isWordChar(text, i + 1)) {
        hasApostrophe = true;
        i++;
        continue;
      } else if (NON_ASCII_LETTER.test(text[i])) {
        hasNonAscii = true;
        hasLetter = true;
      } else break;
      i++;
    }
    if (!hasLetter) continue; // pure numbers are figures, compared separately
    let word = text.slice(wordStart, i);
    if (hasUpper || hasNonAscii) word = word.toLowerCase();
    if (hasNonAscii) word = foldAccents(word);
    if (hasApostrophe) word = word.replace(/['’]s$/, '').replace(/’/g, "'");
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    visit(word, wordStart, i);
  }
}

/** Like forEachWord, with each word's stem. */
export function forEachContentWord(text: string, start: number, end: number, visit: (stem: string, wordStart: number, wordEnd: number) => void): void {
  forEachWord(text, start, end, (word, wordStart, wordEnd) => visit(stem(word), wordStart, wordEnd));
}

/** Every content word of text[start, end) with its offsets. */
export function contentTokens(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  forEachContentWord(text, start, end, (stemmed, wordStart, wordEnd) => tokens.push({ start: wordStart, end: wordEnd, stem: stemmed }));
  return tokens;
}

function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * A light suffix stripper (plural, -ed, -ing, -ly, -ment, -ation): enough to match inflections
 * within sentences, far cheaper than a full Porter stemmer. Both sides use it, so stems need not be
 * real words.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (/(?:sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 6 && w.endsWith('ments')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.length - 1;
  if (last > 2 && w[last] === w[last - 1] && !/[lsz]/.test(w[last])) return w.slice(0, -1);
  return w;
}
