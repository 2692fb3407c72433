// Which postings a hover card scores when an entity or a figure subject is in more sources than a
// card can afford: those of sources related to the hovered one first.

import type { Span } from '../model';
import type { EntityPosting, IndexedSource } from './indexedSource';
import type { PostingList } from './postings';

/**
 * All of `list` when it holds at most `budget` postings. Beyond that: first the postings of sources
 * sharing the entities of the hovered sentence, then those sharing the hovered source's other
 * entities (rarest entities first: they say "same story" best), then the rest of `list` in order,
 * up to `budget`; `partial` is then true.
 */
export function relatedFirst<T extends { readonly source: IndexedSource }>(
  record: IndexedSource | undefined,
  span: Span,
  list: readonly T[],
  postingOf: (source: IndexedSource) => T | undefined,
  entityPostings: ReadonlyMap<string, PostingList<EntityPosting>>,
  budget: number,
): { items: readonly T[]; partial: boolean } {
  if (list.length <= budget) return { items: list, partial: false };
  const chosen = new Set<IndexedSource>();
  const items: T[] = [];
  const take = (source: IndexedSource) => {
    if (source === record || chosen.has(source)) return;
    const posting = postingOf(source);
    if (!posting) return;
    chosen.add(source);
    items.push(posting);
  };
  if (record) {
    const size = (entity: string) => entityPostings.get(entity)?.size ?? 0;
    const inSentence = new Set<string>();
    for (const [entity, posting] of record.entities) {
      const mentions = record.mentions;
      if (posting.mentions.some((index) => mentions[index].start >= span.start && mentions[index].start < span.end)) inSentence.add(entity);
    }
    const related = [...record.entities.keys()].sort((a, b) => Number(inSentence.has(b)) - Number(inSentence.has(a)) || size(a) - size(b));
    // Visiting very common entities' lists costs more than it tells: stop after a few budgets' worth.
    let visited = 0;
    search: for (const entity of related) {
      for (const posting of entityPostings.get(entity)?.items ?? []) {
        take(posting.source);
        if (items.length >= budget || ++visited >= 4 * budget) break search;
      }
    }
  }
  for (let i = 0; i < list.length && items.length < budget; i++) take(list[i].source);
  return { items, partial: true };
}
