// Reads `.crosscheck/entities.yaml`. Invalid content becomes problems at 0-based line and column,
// never an exception; valid parts of a partly broken file are still used.
import {
  isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument,
  type Document, type DocumentOptions, type Node, type Pair, type ParseOptions, type SchemaOptions,
} from 'yaml';
import { isEntityType, type FileProblem } from '../../model';
import { slugify } from '../linking/keys';
import type { GazetteerEntry, TeamGazetteer } from './types';

export interface GazetteerParseResult {
  readonly gazetteer: TeamGazetteer;
  readonly problems: FileProblem[];
}

/** Safe parsing: YAML 1.2 core schema, no custom tags, at most a few aliases, unique keys. */
export function safeParseOptions(): ParseOptions & DocumentOptions & SchemaOptions {
  return { schema: 'core', customTags: [], merge: false, uniqueKeys: true, prettyErrors: false, strict: true };
}

const TOP_LEVEL_KEYS = new Set(['entities', 'ignore', 'version']);
const ID_PATTERN = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*$/u;

export function parseYamlDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...safeParseOptions(), lineCounter });
  return { doc, lineCounter };
}

export function problemAt(
  lineCounter: LineCounter,
  range: readonly number[] | null | undefined,
  message: string,
  severity: FileProblem['severity'] = 'error',
): FileProblem {
  const start = lineCounter.linePos(range?.[0] ?? 0);
  const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
  return { message, line: start.line - 1, column: start.col - 1, endLine: end.line - 1, endColumn: end.col - 1, severity };
}

/** Problems of the YAML syntax itself (errors and warnings of the parser). */
export function syntaxProblems(doc: Document.Parsed, lineCounter: LineCounter): FileProblem[] {
  return [
    ...doc.errors.map((e) => problemAt(lineCounter, e.pos, e.message.split('\n')[0], 'error')),
    ...doc.warnings.map((w) => problemAt(lineCounter, w.pos, w.message.split('\n')[0], 'warning')),
  ];
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as Node | null)?.range ?? undefined;
}

function readString(node: unknown, what: string, problems: FileProblem[], lc: LineCounter, fallbackRange?: readonly number[]): string | undefined {
  if (isAlias(node)) {
    problems.push(problemAt(lc, rangeOf(node), `${what}: anchors and aliases are not supported here`));
    return undefined;
  }
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
    problems.push(problemAt(lc, rangeOf(node) ?? fallbackRange, `${what} must be a text value`));
    return undefined;
  }
  const value = String(node.value).trim();
  if (value.length === 0) {
    problems.push(problemAt(lc, rangeOf(node), `${what} must not be empty`));
    return undefined;
  }
  return value;
}

function readStringList(node: unknown, what: string, problems: FileProblem[], lc: LineCounter): string[] {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    const single = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined;
    if (single) return [single];
    problems.push(problemAt(lc, rangeOf(node), `${what} must be a list of text values`));
    return [];
  }
  const values: string[] = [];
  for (const item of node.items) {
    const value = readString(item, `each of ${what}`, problems, lc, rangeOf(node));
    if (value) values.push(value);
  }
  return values;
}

function readEntry(node: unknown, problems: FileProblem[], lc: LineCounter): GazetteerEntry | undefined {
  if (!isMap(node)) {
    problems.push(problemAt(lc, rangeOf(node), 'each entity must be a mapping with at least "name" and "type"'));
    return undefined;
  }
  let id: string | undefined;
  let type: string | undefined;
  let name: string | undefined;
  let aliases: string[] = [];
  let typeRange: readonly number[] | undefined;
  const before = problems.length;
  for (const pair of node.items) {
    const key = keyName(pair);
    if (key === 'id') id = readString(pair.value, '"id"', problems, lc, rangeOf(pair.key));
    else if (key === 'type') {
      type = readString(pair.value, '"type"', problems, lc, rangeOf(pair.key));
      typeRange = rangeOf(pair.value) ?? rangeOf(pair.key);
    } else if (key === 'name') name = readString(pair.value, '"name"', problems, lc, rangeOf(pair.key));
    else if (key === 'aliases') aliases = readStringList(pair.value, '"aliases"', problems, lc);
  }
  if (problems.length > before) return undefined;
  if (!name) {
    problems.push(problemAt(lc, rangeOf(node), 'entity is missing "name"'));
    return undefined;
  }
  if (!type) {
    problems.push(problemAt(lc, rangeOf(node), `entity "${name}" is missing "type" (person, organization, place or misc)`));
    return undefined;
  }
  if (!isEntityType(type)) {
    problems.push(problemAt(lc, typeRange, `unknown type "${type}": use person, organization, place or misc`));
    return undefined;
  }
  if (id !== undefined && !ID_PATTERN.test(id)) {
    problems.push(problemAt(lc, rangeOf(node), `id "${id}" must be lower case letters, digits, "-", "_" or "."`));
    return undefined;
  }
  return { id: id ?? slugify(name), type, name, aliases: [...new Set(aliases.filter((a) => a !== name))] };
}

export function parseGazetteer(text: string): GazetteerParseResult {
  const problems: FileProblem[] = [];
  const entities: GazetteerEntry[] = [];
  const ignore: string[] = [];
  let doc: Document.Parsed;
  let lc: LineCounter;
  try {
    ({ doc, lineCounter: lc } = parseYamlDocument(text));
  } catch (error) {
    return { gazetteer: { entities, ignore }, problems: [{ message: `cannot read the gazetteer: ${String(error)}`, line: 0, column: 0, severity: 'error' }] };
  }
  problems.push(...syntaxProblems(doc, lc));
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { gazetteer: { entities, ignore }, problems };
  if (!isMap(root)) {
    problems.push(problemAt(lc, rangeOf(root), 'the gazetteer must be a mapping with "entities" and/or "ignore"'));
    return { gazetteer: { entities, ignore }, problems };
  }
  const ids = new Map<string, GazetteerEntry>();
  for (const pair of root.items) {
    const key = keyName(pair);
    if (key === 'entities') {
      const list = pair.value;
      if (list === null || (isScalar(list) && list.value === null)) continue;
      if (!isSeq(list)) {
        problems.push(problemAt(lc, rangeOf(list) ?? rangeOf(pair.key), '"entities" must be a list'));
        continue;
      }
      for (const item of list.items) {
        const entry = readEntry(item, problems, lc);
        if (!entry) continue;
        const existing = ids.get(entry.id);
        if (existing) {
          problems.push(problemAt(lc, rangeOf(item), `duplicate id "${entry.id}": aliases are merged into the first entry`, 'warning'));
          ids.set(entry.id, { ...existing, aliases: [...new Set([...existing.aliases, entry.name, ...entry.aliases])] });
          continue;
        }
        ids.set(entry.id, entry);
      }
    } else if (key === 'ignore') {
      ignore.push(...readStringList(pair.value, '"ignore"', problems, lc));
    } else if (key === undefined || !TOP_LEVEL_KEYS.has(key)) {
      problems.push(problemAt(lc, rangeOf(pair.key), `unknown key "${key ?? '?'}" is ignored`, 'warning'));
    }
  }
  entities.push(...ids.values());
  return { gazetteer: { entities, ignore: [...new Set(ignore)] }, problems };
}
