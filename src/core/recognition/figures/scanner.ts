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
    if (code < 0x80) {
      if (code === 36) index = handleCurrencySymbol(context, index, 'USD');
      else if (code === 45) index = handleMinus(context, index);
      else if (code === 35 || code === 64) index = Math.max(tokenEnd(text, index + 1), index + 1);
      else index++;
      continue;
    }
    const currency = CURRENCY_SYMBOLS.get(code);
    if (currency) index = handleCurrencySymbol(context, index, currency);
    else if (code === 0x2212) index = handleMinus(context, index);
    else if (isLetterCode(code)) {
      // A word in another script or with accents: skip it whole, it triggers nothing.
      let end = index + 1;
      while (end < length && (isLetterCode(text.charCodeAt(end)))) end++;
      index = end;
    } else index++;
  }
  return joinCompoundDurations(text, context.mentions);
}
