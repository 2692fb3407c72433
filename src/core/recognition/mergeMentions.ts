// Entity and figure mentions of one source as a single sorted, non-overlapping list.
import type { EntityMention, FigureMention, Mention } from '../model';

/**
 * Where spans overlap, whichever starts first wins: a number inside a name is part of the name
 * ("Channel Nine News", "iPhone 17", "COP30"), a name inside a figure is part of the figure
 * ("US" in "US$5bn", "EU" in "26 EU nations"). Same start: the longer span wins. Same span: the
 * entity wins, except that a named day beats a place, organisation or thing ("before
 * Thanksgiving"): the figure scanner reports those only where they read as dates.
 */
export function mergeMentions(entities: readonly EntityMention[], figures: readonly FigureMention[]): Mention[] {
  const all: Mention[] = [...entities, ...figures];
  all.sort((a, b) => a.start - b.start || b.end - a.end || precedence(a) - precedence(b));
  const result: Mention[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start >= lastEnd) {
      result.push(m);
      lastEnd = m.end;
    }
  }
  return result;
}

const DIGIT = /\d/;

/** Lower sorts first among mentions of the same span; a person keeps "May" from the month. */
function precedence(m: Mention): number {
  if (m.kind === 'entity') return m.type === 'person' ? 0 : 2;
  return m.type === 'date' && !DIGIT.test(m.text) ? 1 : 3;
}
