// Fuzzy search over entity names and aliases ("starmr" → Keir Starmer), with fuse.js.

import Fuse from 'fuse.js';
import type { EntityRecord } from '../model';

export type EntitySearch = (query: string, limit: number) => EntityRecord[];

export function createEntitySearch(records: readonly EntityRecord[]): EntitySearch {
  const fuse = new Fuse(records, {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
    includeScore: true,
  });
  return (query, limit) => {
    const trimmed = query.trim();
    if (!trimmed) return [];
    return fuse.search(trimmed, { limit }).map((result) => result.item);
  };
}
