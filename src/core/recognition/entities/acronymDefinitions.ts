// What a bracket right after a name defines: an acronym ("… Organization (NATO)") or a stock
// ticker ("Nvidia (NVDA.O)", "Rolls-Royce Holdings plc (LSE: RR.)"). Shared by the candidate pass
// and the whole-text pass that attaches legal forms.
import { codeAt } from './tokenize';

/** Articles that may open a name ("The Hague") and are no initial of its acronym. */
export const ARTICLES = new Set(['The', 'A', 'An', 'THE']);
/** "(NATO)", "(G7)", and with a minor word's letter in lower case "(OfS)", "(DfE)", "(MoD)". */
export const DEFINED_ACRONYM = /^\s*\(\s*(\p{Lu}(?:[\p{Lu}\p{N}&.-]|\p{Ll}(?=[\p{Lu}\p{N}])){1,9})\s*\)/u;

/** A stock ticker in brackets, with its exchange or its exchange suffix ("(NYSE: TSM)", "(NVDA.O)"). */
export const TICKER = /^\s*\(\s*(?:(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|HKEX|Euronext|XETRA|Xetra|OTC|SIX|TSE|KRX|BSE|NSE)\s*:\s*([A-Z]{1,5}|\d{4,6})(?:\.[A-Z]{1,2}|\.(?=\s*\)))?|([A-Z]{1,5})\.[A-Z]{1,2}|(\d{4,6})\.(?:KS|KQ|T|HK|SS|SZ|TW|TWO|SI|BO|NS|AX|JK|KL|BK))\s*\)/;

/**
 * "Médecins Sans Frontières (MSF)" defines MSF; "WASHINGTON (UPA) —" names the agency of a dateline:
 * an acronym in brackets defines the name before it only when it starts with the name's first letter.
 */
function definesAcronym(name: string, acronym: string): boolean {
  if (acronym === name.replace(/\./g, '')) return false;
  const words = name.split(/\s+/);
  const first = ARTICLES.has(words[0]) && words.length > 1 ? words[1] : words[0];
  // "AUSTIN (AP)", "Kyiv (AFP)": an agency's credit after a dateline, unless the name spells it out.
  if (WIRE_AGENCIES.has(acronym)) return words.map((word) => word.charAt(0)).join('').toUpperCase() === acronym;
  // "Disaster and Emergency Management Authority (AFAD)", "Kurdistan Workers' Party (PKK)": a body of
  // three words or more may be known by the acronym of its name in its own language.
  return first.charAt(0).toUpperCase() === acronym.charAt(0) || (words.length >= 3 && acronym.length >= 3 && /^\p{Lu}+$/u.test(acronym));
}

/** News agencies credited in brackets after a dateline. */
const WIRE_AGENCIES: ReadonlySet<string> = new Set(['AP', 'AFP', 'UPI', 'PA', 'AAP', 'ANI', 'PTI', 'IANS', 'CP', 'DPA', 'EFE', 'ANSA', 'CNA', 'UNI']);

/** A bracket opens right at `end` or after one space. */
export function opensParenthesis(text: string, end: number): boolean {
  return codeAt(text, end) === 40 || (codeAt(text, end) === 32 && codeAt(text, end + 1) === 40);
}

/**
 * The acronym a bracket right after the name defines ("… Organization (NATO)"), or undefined.
 * "Vantara Microsystems Inc. (NASDAQ: VNTM)", "Nvidia (NVDA.O)": a ticker names the company, whatever its letters.
 */
export function acronymDefinedAfter(source: string, text: string, end: number): string | undefined {
  const bracket = source.slice(end, end + 24);
  const defined = bracket ? DEFINED_ACRONYM.exec(bracket) : null;
  const ticker = bracket ? TICKER.exec(bracket) : null;
  return ticker ? ticker[1] ?? ticker[2] ?? ticker[3] : defined && definesAcronym(text, defined[1].replace(/\./g, '')) ? defined[1].replace(/\./g, '') : undefined;
}
