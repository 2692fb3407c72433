// The single left-to-right pass. It walks char codes, hashing each ASCII word as it goes; only
// digits, currency symbols and the trigger words of lexicon.ts hand over to the figure readers,
// which return where to resume. Mentions come out sorted and never overlap.

import type { FigureMention } from '../../model';
import type { Reference } from './calendar';
import { createContext, type ScanContext } from './context';
import { TRIGGERS } from './lexicon';
import { finishMoney, handleDigit, handleMinus } from './numbers';
import { joinCompoundDurations } from './durations';
import { codeAt, isHorizontalSpaceCode, isLetterCode, isDigitCode, tokenEnd } from './text';
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './vocabulary';
import { handleWord } from './words';

/** At a currency symbol: "$1.2bn", "US$5m" (the letters glued before "$" name the dollar). */
function handleCurrencySymbol(context: ScanContext, position: number, currency: string): number {
  const { text } = context;
  let start = position;
  let code = currency;
  if (text.charCodeAt(position) === 36) {
    let cursor = position;
    while (cursor > context.floor && cursor > position - 4 && (isLetterCode(text.charCodeAt(cursor - 1)) || text.charCodeAt(cursor - 1) === 46)) cursor--;
    const prefix = DOLLAR_PREFIXES.get(text.slice(cursor, position));
    if (prefix) {
      start = cursor;
      code = prefix;
    } else if (cursor < position) {
      return position + 1;
    }
  }
  let numberStart = position + 1;
  if (isHorizontalSpaceCode(codeAt(text, numberStart))) numberStart++;
  if (!isDigitCode(codeAt(text, numberStart))) return position + 1;
  return finishMoney(context, start, numberStart, code);
}

/**
 * At "$", "-", "#", "@" or a non-ASCII character: where to resume. Kept out of the scanning loop,
 * with one call per reader for the ASCII and the other forms ("-" and "−", "$" and "€"): a call
 * first met late (a minus sign U+2212) would otherwise have the whole loop recompiled.
 */
function handleSymbol(context: ScanContext, index: number, code: number): number {
  const { text } = context;
  if (code === 45 || code === 0x2212) return handleMinus(context, index);
  // "dipped to –28 C": an en dash typed for a minus, glued to the digits and not after a number.
  if (code === 0x2013 && isDigitCode(codeAt(text, index + 1)) && !isDigitCode(codeAt(text, index - 2))) return handleMinus(context, index);
  const currency = CURRENCY_SYMBOLS.get(code);
  if (currency) return handleCurrencySymbol(context, index, currency);
  if (code === 35 || code === 64) return Math.max(tokenEnd(text, index + 1), index + 1);
  if (isLetterCode(code)) {
    // A word in another script or with accents: skip it whole, it triggers nothing.
    let end = index + 1;
    while (end < text.length && (isLetterCode(text.charCodeAt(end)))) end++;
    return end;
  }
  return index + 1;
}

export function scanFigures(text: string, reference: Reference): FigureMention[] {
  const context = createContext(text, reference);
  const length = text.length;
  const maxWordLength = TRIGGERS.maxLength;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const lower = code | 0x20;
    if (lower >= 97 && lower <= 122) {
      // An ASCII word: hash it while finding its end.
      let hash = 0;
      let end = index;
      let ascii = true;
      while (end < length) {
        const next = text.charCodeAt(end);
        const nextLower = next | 0x20;
        if (nextLower >= 97 && nextLower <= 122) hash = (Math.imul(hash, 31) + nextLower) | 0; // = hashStep
        else if (next >= 0x80 && isLetterCode(next)) ascii = false;
        else break;
        end++;
      }
      if (ascii && end - index <= maxWordLength) {
        const trigger = TRIGGERS.find(hash, text, index, end);
        if (trigger) {
          const resume = handleWord(context, { trigger, start: index, end });
          if (resume > index) {
            index = resume;
            continue;
          }
        }
      }
      index = end;
      continue;
    }
    if (code >= 48 && code <= 57) {
      index = handleDigit(context, index);
      continue;
    }
    // Spaces and punctuation: nothing starts here.
    if (code < 0x80 && code !== 36 && code !== 45 && code !== 35 && code !== 64) index++;
    else index = handleSymbol(context, index, code);
  }
  return joinCompoundDurations(text, context.mentions);
}
