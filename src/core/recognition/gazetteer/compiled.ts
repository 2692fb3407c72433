// The team gazetteer as lookup tables keyed like recognised names.
import { identityKey, normalizeKey } from '../linking/keys';
import type { GazetteerEntry, TeamGazetteer } from './types';

export interface CompiledGazetteer {
  /** Name or alias key → declared entry. */
  readonly byKey: ReadonlyMap<string, GazetteerEntry>;
  /** Id → declared entry. */
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** Keys of strings that are never entities. */
  readonly ignored: ReadonlySet<string>;
  /** Declared surface forms, longest first, to find where the scanner saw no name ("eBay", "Budget"). */
  readonly surfaces: ReadonlyArray<readonly [string, GazetteerEntry]>;
}

export const EMPTY_GAZETTEER: CompiledGazetteer = { byKey: new Map(), byId: new Map(), ignored: new Set(), surfaces: [] };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Declared names and aliases found in `text` as whole words, leftmost-longest, non-overlapping. */
export function findDeclared(text: string, gazetteer: CompiledGazetteer): Array<{ start: number; end: number; entry: GazetteerEntry }> {
  const found: Array<{ start: number; end: number; entry: GazetteerEntry }> = [];
  for (const [surface, entry] of gazetteer.surfaces) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      // A declared "the Budget" finds the phrase, but the name's span has no leading article.
      const article = /^the\s/i.exec(surface);
      found.push({ start: article ? at + article[0].length : at, end, entry });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start >= lastEnd) {
      kept.push(f);
      lastEnd = f.end;
    }
  }
  return kept;
}

export function compileGazetteer(gazetteer: TeamGazetteer | undefined): CompiledGazetteer {
  if (!gazetteer) return EMPTY_GAZETTEER;
  const byKey = new Map<string, GazetteerEntry>();
  const byId = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer.entities) {
    byId.set(entry.id, entry);
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = identityKey(surface);
      if (key && !byKey.has(key)) byKey.set(key, entry);
    }
  }
  const ignored = new Set(gazetteer.ignore.map(normalizeKey).filter((k) => k.length > 0));
  const surfaces = gazetteer.entities
    .flatMap((entry) => [entry.name, ...entry.aliases].filter((s) => s.trim().length >= 2).map((s) => [s.trim(), entry] as const))
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return { byKey, byId, ignored, surfaces };
}
