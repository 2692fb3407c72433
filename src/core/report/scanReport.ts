// Builds the `crosscheck scan --json` object. This shape is a public contract that tooling
// depends on: add fields, never rename or remove them.
import type { EntityRecord, EntityType, Mention, MentionType, Qualifier } from '../model';

export interface ScanMention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  entity?: string;
  value?: number | string;
  max?: number;
  unit?: string;
  qualifier?: Qualifier;
}

export interface ScanSource {
  file: string;
  title: string;
  outlet?: string;
  date?: string;
  mentions: ScanMention[];
}

export interface ScanEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  sources: number;
}

export interface ScanComparisonMention {
  file: string;
  start: number;
  end: number;
  text: string;
  value?: number | string;
}

export interface ScanComparison {
  subject: string;
  type: MentionType;
  agree: boolean;
  mentions: ScanComparisonMention[];
}

export interface ScanReport {
  sources: ScanSource[];
  entities: ScanEntity[];
  comparisons: ScanComparison[];
}

export interface ScannedSource {
  /** Path as the user gave it (or relative to the folder given). */
  readonly file: string;
  readonly title: string;
  readonly outlet?: string;
  readonly date?: string;
  readonly mentions: readonly Mention[];
}

export function toScanMention(mention: Mention): ScanMention {
  const result: ScanMention = { start: mention.start, end: mention.end, text: mention.text, type: mention.type };
  if (mention.kind === 'entity') {
    result.entity = mention.entity;
  } else {
    if (mention.value !== undefined) result.value = mention.value;
    if (mention.max !== undefined) result.max = mention.max;
    if (mention.unit !== undefined) result.unit = mention.unit;
    if (mention.qualifier !== undefined) result.qualifier = mention.qualifier;
  }
  return result;
}

export function buildScanReport(
  sources: readonly ScannedSource[],
  entities: readonly EntityRecord[],
  comparisons: readonly ScanComparison[] = [],
): ScanReport {
  const mentionCounts = new Map<string, { mentions: number; sources: Set<string> }>();
  for (const source of sources) {
    for (const mention of source.mentions) {
      if (mention.kind !== 'entity') continue;
      let count = mentionCounts.get(mention.entity);
      if (!count) mentionCounts.set(mention.entity, (count = { mentions: 0, sources: new Set() }));
      count.mentions++;
      count.sources.add(source.file);
    }
  }
  const scanEntities = entities
    .filter((entity) => mentionCounts.has(entity.id))
    .map((entity) => {
      const count = mentionCounts.get(entity.id)!;
      return {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: [...entity.aliases],
        mentions: count.mentions,
        sources: count.sources.size,
      };
    })
    .sort((a, b) => b.sources - a.sources || b.mentions - a.mentions || a.id.localeCompare(b.id));
  return {
    sources: sources.map((source) => ({
      file: source.file,
      title: source.title,
      ...(source.outlet ? { outlet: source.outlet } : {}),
      ...(source.date ? { date: source.date } : {}),
      mentions: source.mentions.map(toScanMention),
    })),
    entities: scanEntities,
    comparisons: [...comparisons],
  };
}
