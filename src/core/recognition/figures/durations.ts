// "four hours and 12 minutes", "4 hours, 10 minutes", "1 hr 40 mins": a duration written in two
// units is one figure, valued in its larger unit (so 4 h 12 min and 4 h 11 min compare).

import type { FigureMention } from '../../model';

/** Duration units (as the unit vocabulary writes them) in their length in minutes. */
const MINUTES: ReadonlyMap<string, number> = new Map([
  ['s', 1 / 60], ['min', 1], ['h', 60], ['day', 1440], ['week', 10080],
]);
/** What may stand between the two parts. */
const JOINER = /^(?:,? and|,)? $/;

function durationMinutes(m: FigureMention): number | undefined {
  return m.type === 'quantity' && typeof m.value === 'number' && m.max === undefined && m.unit !== undefined ? MINUTES.get(m.unit) : undefined;
}

/** The two parts as one figure, or undefined when `second` does not continue `first`. */
function joined(text: string, first: FigureMention, second: FigureMention): FigureMention | undefined {
  const big = durationMinutes(first);
  const small = durationMinutes(second);
  if (big === undefined || small === undefined || small >= big || second.qualifier !== undefined) return undefined;
  if (second.start - first.end > 6 || !JOINER.test(text.slice(first.end, second.start))) return undefined;
  const value = (first.value as number) + ((second.value as number) * small) / big;
  return { ...first, end: second.end, text: text.slice(first.start, second.end), value: Math.round(value * 1000) / 1000 };
}

/** Joins each larger-unit duration with the smaller-unit one right after it; `mentions` are sorted. */
export function joinCompoundDurations(text: string, mentions: FigureMention[]): FigureMention[] {
  let out: FigureMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const both = i + 1 < mentions.length ? joined(text, mentions[i], mentions[i + 1]) : undefined;
    if (both === undefined) {
      out?.push(mentions[i]);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(both);
    i++;
  }
  return out ?? mentions;
}
