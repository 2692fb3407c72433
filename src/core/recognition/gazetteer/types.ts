import type { EntityType } from '../../model';

/** One entity a team declared in `.crosscheck/entities.yaml`. */
export interface GazetteerEntry {
  /** Entity id used for every mention of the name or its aliases ("keir-starmer"). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** The team gazetteer: declared entities and strings that are never entities. Overrides recognition. */
export interface TeamGazetteer {
  readonly entities: readonly GazetteerEntry[];
  readonly ignore: readonly string[];
}
