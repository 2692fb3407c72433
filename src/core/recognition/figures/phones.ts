// Phone numbers are not figures: "+44 20 7946 0958", "(202) 555-0143", "020 7946 0958".

import { codeAt, digitRunEnd, isDigitCode } from './text';

function isPhoneSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 46;
}

const PHONE = /\+?\(?\d[\d() .-]{6,22}\d/y;
const VANITY = /(?:1[-.])?8(?:00|33|44|55|66|77|88)[-.](?:[\dA-Z]{3}[-.](?=[\dA-Z]*[A-Z])[\dA-Z]{4}|[A-Z]{4,8})(?![\dA-Za-z])(?: \(\d{3,4}\))?/y;

/** "01392 722062": a UK area code (0 and three or four digits) and a six-digit line, and nothing more. */
function isAreaCodeAndLine(text: string, start: number, firstEnd: number, secondEnd: number): boolean {
  const area = firstEnd - start;
  return text.charCodeAt(start) === 48 && (area === 4 || area === 5) && secondEnd - firstEnd - 1 === 6 && !isDigitCode(codeAt(text, secondEnd + 1));
}

/** End of a phone number starting at `start` (at "+", "(" or a digit), if one starts there. */
export function phoneEnd(text: string, start: number): number | undefined {
  const first = text.charCodeAt(start);
  if (first !== 43 && first !== 40 && !isDigitCode(first)) return undefined;
  // "1-800-226-TIPS (8477)", "1-800-FLOWERS": a toll-free number spelled with letters.
  VANITY.lastIndex = start;
  const vanity = isDigitCode(first) ? VANITY.exec(text) : null;
  if (vanity) return start + vanity[0].length;
  let trunk = false;
  if (isDigitCode(first)) {
    // Without "+" or "(", a phone number has at least three digit groups: "020 7946 0958", "555-123-4567",
    // or is a UK area code and a six-digit line: "01392 722062".
    const firstEnd = digitRunEnd(text, start);
    if (firstEnd - start > 5 || !isPhoneSeparator(codeAt(text, firstEnd))) return undefined;
    const secondEnd = digitRunEnd(text, firstEnd + 1);
    trunk = isAreaCodeAndLine(text, start, firstEnd, secondEnd);
    if (!trunk && (secondEnd - firstEnd - 1 < 2 || !isPhoneSeparator(codeAt(text, secondEnd)) || !isDigitCode(codeAt(text, secondEnd + 1)))) return undefined;
  }
  PHONE.lastIndex = start;
  const match = PHONE.exec(text);
  if (!match) return undefined;
  const candidate = match[0];
  const groups = candidate.split(/[() .-]+/).filter(Boolean);
  const digits = groups.reduce((sum, group) => sum + group.length, 0);
  if (digits < 9 || digits > 15 || candidate.includes('  ')) return undefined;
  const plus = first === 43;
  const parenthesised = candidate.includes('(');
  // ("+44 (0)1392 722062": after a country code or a bracketed trunk "0", a six-digit line.)
  if (groups.some((group, index) => group.length > 6 || (group.length === 6 && !(trunk || ((plus || parenthesised) && index === groups.length - 1))))) return undefined;
  if (groups.length < 3 && !(plus || parenthesised || trunk)) return undefined;
  if (!plus && !parenthesised && groups.some((group, index) => index > 0 && group.length < 2)) return undefined;
  return start + candidate.length;
}
