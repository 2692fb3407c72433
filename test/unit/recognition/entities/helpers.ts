import type { EntityMention, SourceText } from '../../../../src/core/model';
import { recognizeWorkspace, type TeamGazetteer } from '../../../../src/core/recognition';

/** Entity mentions of one text recognised alone, as "text/type" strings in order. */
export function entitiesOf(text: string, gazetteer?: TeamGazetteer): string[] {
  return entityMentions(text, gazetteer).map((m) => `${m.text}/${m.type}`);
}

export function entityMentions(text: string, gazetteer?: TeamGazetteer): EntityMention[] {
  const result = recognizeWorkspace([{ id: 'a.txt', text }], { gazetteer });
  return result.mentions('a.txt').filter((m): m is EntityMention => m.kind === 'entity');
}

/** Entity mentions of every source of a workspace, by source id. */
export function workspaceEntities(sources: SourceText[], gazetteer?: TeamGazetteer): Map<string, EntityMention[]> {
  const result = recognizeWorkspace(sources, { gazetteer });
  return new Map(sources.map((s) => [s.id, result.mentions(s.id).filter((m): m is EntityMention => m.kind === 'entity')]));
}

/** Entity id of the first mention whose text is `text`, in any source of a workspaceEntities result. */
export function idOf(found: Map<string, EntityMention[]>, text: string): string | undefined {
  for (const mentions of found.values()) for (const m of mentions) if (m.text === text) return m.entity;
  return undefined;
}

/** Type of the first mention whose text is `text`, in any source of a workspaceEntities result. */
export function typeOf(found: Map<string, EntityMention[]>, text: string): string | undefined {
  for (const mentions of found.values()) for (const m of mentions) if (m.text === text) return m.type;
  return undefined;
}
