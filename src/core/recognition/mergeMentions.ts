// Entity and figure mentions of one source as a single sorted, non-overlapping list.
import type { EntityMention, FigureMention, Mention } from '../model';

/**
 * Where spans overlap, whichever starts first wins: a number inside a name is part of the name
 * ("Channel Nine News", "iPhone 17", "COP30"), a name inside an amount is part of the amount
 * ("US" in "US$5bn"). A name among a count's words ends the count before it, which keeps its
 * value and counted noun: "27 EU member states" → [27] [EU] (27 states), "two Patriot systems".
 * Same start: the longer span wins. Same span: the entity wins, except that a named day beats a
 * place, organisation or thing ("before Thanksgiving"): the figure scanner reports those only
 * where they read as dates.
 */
export function mergeMentions(entities: readonly EntityMention[], figures: readonly FigureMention[]): Mention[] {
  figures = countsCutBeforeNames(entities, figures);
  // Both lists come sorted by start, each without two mentions at one start: a merge gives what
  // a stable sort of the two lists would (an entity first on a full tie), without sorting.
  if (!startsIncrease(entities) || !startsIncrease(figures)) return firstWins(sortedTogether(entities, figures));
  const result: Mention[] = [];
  let lastEnd = -1;
  let e = 0;
  let f = 0;
  while (e < entities.length || f < figures.length) {
    let next: Mention;
    if (f >= figures.length || (e < entities.length && compareMentions(entities[e], figures[f]) <= 0)) next = entities[e++];
    else next = figures[f++];
    if (next.start >= lastEnd) {
      result.push(next);
      lastEnd = next.end;
    }
  }
  return result;
}

/** The figures, with each count that holds a name cut before that name (the same list when none does). */
function countsCutBeforeNames(entities: readonly EntityMention[], figures: readonly FigureMention[]): readonly FigureMention[] {
  let result: FigureMention[] | undefined;
  let e = 0;
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f];
    if (figure.type !== 'number' || figure.unit === undefined) continue;
    while (e < entities.length && entities[e].start <= figure.start) e++;
    // (Entities are sorted by start; the first one after the count's start is the only candidate.)
    const name = e < entities.length ? entities[e] : undefined;
    if (name === undefined || name.start >= figure.end || name.end > figure.end) continue;
    // "211 Republicans", "two Britons": the name is the counted people, and the count keeps it.
    // ("TWO COUNTRIES, FOUR REGULATORS": a line in capitals holds no names among its counts.)
    if ((name.end === figure.end && COUNTED_PEOPLE.test(figure.unit.toLowerCase())) || !LOWER_CASE.test(figure.text)) continue;
    const cut = countBefore(figure, name.start - figure.start);
    if (cut === undefined) continue;
    result ??= figures.slice();
    result[f] = cut;
  }
  return result ?? figures;
}

/** The count's first `length` characters, without the space before the name; undefined when no digit or number word is left. */
function countBefore(figure: FigureMention, length: number): FigureMention | undefined {
  const text = figure.text.slice(0, length).replace(/[\s\u00a0-]+$/u, '');
  if (text.length === 0 || figure.text.charCodeAt(length - 1) !== 32) return undefined;
  return { ...figure, end: figure.start + text.length, text };
}

function compareMentions(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end || countedPeopleFirst(a, b) || precedence(a) - precedence(b);
}

const LOWER_CASE = /\p{Ll}/u;

/** Party members and peoples counted by a number: "Six Democrats", "Two Republicans", "three Israelis". */
const COUNTED_PEOPLE = /^(?:democrats|dems|republicans|conservatives|tories|liberals|independents|socialists|nationalists|unionists|britons|\p{L}+ans|\p{L}+is)$/u;

/**
 * Same span, an entity against a count of people or an amount: "Six Democrats" counts party
 * members, "N150bn" and "Sh32" are sums in naira and shillings (the entity pass reads a
 * capitalised run there), so the figure goes first.
 */
function countedPeopleFirst(a: Mention, b: Mention): number {
  const countFirst = (m: Mention) => m.kind === 'figure' && (m.type === 'money' || (m.type === 'number' && m.unit !== undefined && COUNTED_PEOPLE.test(m.unit)));
  if (a.kind === 'entity' && a.type !== 'person' && countFirst(b)) return 1;
  if (b.kind === 'entity' && b.type !== 'person' && countFirst(a)) return -1;
  return 0;
}

function startsIncrease(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start <= mentions[i - 1].start) return false;
  return true;
}

function sortedTogether(entities: readonly EntityMention[], figures: readonly FigureMention[]): Mention[] {
  const all: Mention[] = [...entities, ...figures];
  all.sort(compareMentions);
  return all;
}

/** The mentions (sorted) that start at or after the end of the last one kept. */
function firstWins(sorted: readonly Mention[]): Mention[] {
  const result: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
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
