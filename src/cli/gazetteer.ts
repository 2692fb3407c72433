// Finds and reads the team gazetteer for `crosscheck scan`.
import * as path from 'path';
import { parseGazetteer, type TeamGazetteer } from '../core/recognition';
import { decodeArticle } from '../core/sources/decode';
import type { FileStore } from '../core/io/fileStore';

export const GAZETTEER_PATH = path.join('.crosscheck', 'entities.yaml');

export interface LoadedGazetteer {
  readonly value?: TeamGazetteer;
  /** Problems as `file:line:column: message` lines (1-based, as editors show them). */
  readonly messages: string[];
}

/** The explicit file, else .crosscheck/entities.yaml in the current folder or the first folder given. */
export async function loadCliGazetteer(store: FileStore, explicit: string | undefined, scanPaths: readonly string[]): Promise<LoadedGazetteer> {
  const candidates = explicit ? [explicit] : [GAZETTEER_PATH, ...scanPaths.map((p) => path.join(p, GAZETTEER_PATH))];
  for (const candidate of candidates) {
    const stat = await store.stat(candidate);
    if (!stat) continue;
    const decoded = decodeArticle(await store.readFile(candidate));
    if (!decoded.ok) return { messages: [`${candidate}: ${decoded.reason}`] };
    const { gazetteer, problems } = parseGazetteer(decoded.text);
    const messages = problems.map((p) => `${candidate}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message}`);
    return { value: gazetteer, messages };
  }
  if (explicit) return { messages: [`${explicit}: no such file`] };
  return { messages: [] };
}
