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

/** Joins each larger-unit duration with the smaller-unit one right after it; `mentions` are sorted. */
export function joinCompoundDurations(text: string, mentions: FigureMention[]): FigureMention[] {
  let joined: FigureMention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i];
    const second = mentions[i + 1];
    const big = durationMinutes(first);
    const small = durationMinutes(second);
    if (big === undefined || small === undefined || small >= big || second.qualifier !== undefined) continue;
    if (second.start - first.end > 6 || !JOINER.test(text.slice(first.end, second.start))) continue;
    joined ??= mentions.slice();
    const value = (first.value as number) + ((second.value as number) * small) / big;
    joined[i] = { ...first, end: second.end, text: text.slice(first.start, second.end), value: Math.round(value * 1000) / 1000 };
    joined[i + 1] = undefined as unknown as FigureMention;
    i++;
  }
  return joined ? joined.filter((m) => m !== undefined) : mentions;
}
