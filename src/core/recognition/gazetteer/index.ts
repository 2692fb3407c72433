export type { GazetteerEntry, TeamGazetteer } from './types';
export { parseGazetteer, type GazetteerParseResult } from './parse';
export { addGazetteerEntity, addGazetteerIgnore, suggestEntityId, type GazetteerEdit, type NewGazetteerEntity } from './write';
