// Type evidence: a small score vector per entity type, added up over mentions and sources.
import type { EntityType } from '../../model';

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

/** [person, organization, place, misc] */
export type Evidence = [number, number, number, number];

export const typeIndex: Record<EntityType, number> = { person: 0, organization: 1, place: 2, misc: 3 };

/**
 * Four zeros stored as doubles (the literal starts with a fraction): evidence soon holds fractions,
 * and arrays that all share one element kind keep the code that reads them from being thrown away
 * and recompiled when the other kind shows up. Copies (`[...evidence]`) keep the kind.
 */
export function emptyEvidence(): Evidence {
  const evidence: Evidence = [0.5, 0, 0, 0];
  evidence[0] = 0;
  return evidence;
}

/**
 * Fixed evidence ([person, organization, place, misc]) of the same double kind as `emptyEvidence`:
 * a literal of integers would be a small-integer array, and storing one in a candidate's evidence
 * field widens the field's recorded type, which throws away the compiled candidate finder and resolver.
 */
export function evidenceOf(person: number, organization: number, place: number, misc: number): Evidence {
  const evidence = emptyEvidence();
  evidence[0] = person;
  evidence[1] = organization;
  evidence[2] = place;
  evidence[3] = misc;
  return evidence;
}

export function addEvidence(target: Evidence, source: Readonly<Evidence>, factor = 1): void {
  for (let i = 0; i < 4; i++) target[i] += source[i] * factor;
}

export function bestType(evidence: Readonly<Evidence>): { type: EntityType; score: number; margin: number } {
  let best = 0;
  for (let i = 1; i < 4; i++) if (evidence[i] > evidence[best]) best = i;
  let second = -Infinity;
  for (let i = 0; i < 4; i++) if (i !== best && evidence[i] > second) second = evidence[i];
  return { type: TYPE_ORDER[best], score: evidence[best], margin: evidence[best] - second };
}
