// Character classes and small cursor helpers over UTF-16 char codes. They allocate nothing, so
// the scanner can walk the whole text without creating strings.

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetterCode(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

export function isUpperCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x410 && code <= 0x42f);
}

/** Letters of the scripts news text uses; emoji, punctuation and symbols are not letters. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return isAsciiLetterCode(code);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x590 && code <= 0x6ff) ||
    (code >= 0x1e00 && code <= 0x1fff) ||
    (code >= 0x3040 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

export function isWordCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code) || code === 95;
}

/** Spaces that may separate a number from its unit on the same line. */
export function isHorizontalSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

export function isSpaceCode(code: number): boolean {
  return isHorizontalSpaceCode(code) || code === 10 || code === 13 || code === 11 || code === 12 || code === 0x2028 || code === 0x2029;
}

/** Code at `index`, or 0 outside the text (so callers need no bounds checks). */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

export function letterRunEnd(text: string, index: number): number {
  while (index < text.length && isLetterCode(text.charCodeAt(index))) index++;
  return index;
}

export function digitRunEnd(text: string, index: number): number {
  while (index < text.length && isDigitCode(text.charCodeAt(index))) index++;
  return index;
}

export function skipHorizontalSpaces(text: string, index: number): number {
  while (index < text.length && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/**
 * The word right before `position`, separated from it by horizontal spaces only (none required when
 * `spaceRequired` is false). With `allowDot`, an abbreviation dot is accepted ("No. 10").
 * Never looks before `floor`.
 */
export function previousWord(text: string, position: number, floor: number, spaceRequired = true, allowDot = false): Bounds | undefined {
  let cursor = position;
  while (cursor > floor && isHorizontalSpaceCode(text.charCodeAt(cursor - 1))) cursor--;
  if (spaceRequired && cursor === position) return undefined;
  if (allowDot && cursor > floor && text.charCodeAt(cursor - 1) === 46) cursor--;
  const end = cursor;
  while (cursor > floor && isLetterCode(text.charCodeAt(cursor - 1))) cursor--;
  if (cursor === end) return undefined;
  if (cursor > floor && isWordCode(text.charCodeAt(cursor - 1))) return undefined;
  return { start: cursor, end };
}

/** The word after `position`, past at most one run of horizontal spaces (which must exist). */
export function nextWord(text: string, position: number, spaceRequired = true): Bounds | undefined {
  const start = skipHorizontalSpaces(text, position);
  if (spaceRequired && start === position) return undefined;
  const end = letterRunEnd(text, start);
  if (end === start) return undefined;
  return { start, end };
}

export function lowerSlice(text: string, bounds: Bounds): string {
  return text.slice(bounds.start, bounds.end).toLowerCase();
}

/** Characters that end an identifier-like token we skip over ("F-16s," stops at the comma). */
function endsToken(code: number): boolean {
  return (
    isSpaceCode(code) ||
    code === 44 || code === 59 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125 ||
    code === 34 || code === 33 || code === 63 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026
  );
}

/** End of the identifier, URL, handle or hashtag token that contains `index`. */
export function tokenEnd(text: string, index: number): number {
  while (index < text.length && !endsToken(text.charCodeAt(index))) index++;
  return index;
}
