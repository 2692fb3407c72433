// Numbers that police appeals and notices ask readers to quote or call are no figures: "call 101",
// "quoting CAD 2417 of 3 November", "log 123 of 4 June". They are found as figures first (the
// scanner reads "CAD 2417" as Canadian dollars) and dropped here.

import type { FigureMention } from '../../model';

/** Three-digit numbers that are phone services: 101, 111, 999, 911, 112. */
const SERVICE_NUMBERS: ReadonlySet<number> = new Set([101, 111, 999, 911, 112]);
const CALL_BEFORE = /\b(?:call|calls|called|calling|dial|dialled|dialed|dialling|dialing|ring|rang|phone|phoned|contact|on|text)\s+$|\b(?:101|111|999|911|112)\s+or\s+$/i;
/** "quoting CAD 2417", "reference CAD 2417": a police log reference. */
const QUOTING_BEFORE = /\b(?:quot(?:e|ing)|reference|ref\.?|log)\s+$/i;
/** "CAD 2417 of 3 November": the log number of a day. */
const LOG_OF_DAY_AFTER = /^\s+of\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}/u;

function isReference(text: string, figure: FigureMention): boolean {
  const before = text.slice(Math.max(0, figure.start - 24), figure.start);
  if (figure.type === 'number' && typeof figure.value === 'number' && SERVICE_NUMBERS.has(figure.value) && figure.text.length === 3) return CALL_BEFORE.test(before);
  if (figure.type === 'money' && figure.text.startsWith('CAD ')) return QUOTING_BEFORE.test(before) || LOG_OF_DAY_AFTER.test(text.slice(figure.end, figure.end + 16));
  return false;
}

/** Drops the reference and service numbers among `figures` (in place). */
export function dropReferenceNumbers(figures: FigureMention[], text: string): void {
  let kept = 0;
  for (let i = 0; i < figures.length; i++) {
    if (!isReference(text, figures[i])) figures[kept++] = figures[i];
  }
  if (kept < figures.length) figures.length = kept;
}
