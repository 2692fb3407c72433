// Edits `.crosscheck/entities.yaml` for the editor commands "Mark as Entity…" and "Not an Entity":
// the YAML document is changed in place, so comments, ordering and unknown keys survive.
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { EntityType, FileProblem } from '../../model';
import { identityKey, normalizeKey, slugify } from '../linking/keys';
import { parseYamlDocument, syntaxProblems } from './parse';

export type GazetteerEdit =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly problems: FileProblem[] };

export interface NewGazetteerEntity {
  readonly name: string;
  readonly type: EntityType;
  /** Defaults to the slug of the name ("Keir Starmer" → "keir-starmer"). */
  readonly id?: string;
  readonly aliases?: readonly string[];
}

const HEADER = '# Crosscheck team gazetteer: names every article in this workspace should recognise.\n# Format: docs/gazetteer-format.md\n';

/** Id the gazetteer gives a name when none is chosen. */
export function suggestEntityId(name: string): string {
  return slugify(name);
}

function openDocument(text: string): { doc: Document.Parsed; root: YAMLMap } | { problems: FileProblem[] } {
  const { doc, lineCounter } = parseYamlDocument(text.trim().length === 0 ? HEADER : text);
  const errors = syntaxProblems(doc, lineCounter).filter((p) => p.severity === 'error');
  if (errors.length > 0) return { problems: errors };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    const root = new YAMLMap();
    (doc as Document).contents = root;
    return { doc, root };
  }
  if (!isMap(contents)) {
    return { problems: [{ message: 'the gazetteer must be a mapping with "entities" and/or "ignore"', line: 0, column: 0, severity: 'error' }] };
  }
  return { doc, root: contents };
}

function listAt(doc: Document.Parsed, root: YAMLMap, key: string): YAMLSeq | undefined {
  const existing = root.get(key, true);
  if (existing === undefined || existing === null || (isScalar(existing) && existing.value === null)) {
    const seq = new YAMLSeq();
    root.set(doc.createNode(key), seq);
    return seq;
  }
  return isSeq(existing) ? existing : undefined;
}

function render(doc: Document.Parsed): string {
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Adds an entity, or merges name/type/aliases into the entry with the same id. */
export function addGazetteerEntity(text: string, entity: NewGazetteerEntity): GazetteerEdit {
  const opened = openDocument(text);
  if ('problems' in opened) return { ok: false, problems: opened.problems };
  const { doc, root } = opened;
  const list = listAt(doc, root, 'entities');
  if (!list) return { ok: false, problems: [{ message: '"entities" must be a list', line: 0, column: 0, severity: 'error' }] };
  const id = entity.id ?? suggestEntityId(entity.name);
  const aliases = [...new Set((entity.aliases ?? []).map((a) => a.trim()).filter((a) => a && a !== entity.name))];
  const existing = list.items.find((item) => isMap(item) && String(item.get('id') ?? suggestEntityId(String(item.get('name') ?? ''))) === id);
  if (existing && isMap(existing)) {
    const before = render(doc);
    existing.set('type', entity.type);
    const currentName = String(existing.get('name') ?? '');
    const known = new Set<string>([currentName]);
    const current: unknown = existing.get('aliases', true);
    let seq: YAMLSeq;
    if (isSeq(current)) {
      seq = current;
    } else {
      seq = new YAMLSeq();
      existing.set(doc.createNode('aliases'), seq);
    }
    for (const item of seq.items) known.add(String(isScalar(item) ? item.value : item));
    const additions = [entity.name, ...aliases].filter((a) => !known.has(a));
    for (const alias of additions) seq.add(doc.createNode(alias));
    if (seq.items.length === 0) existing.delete('aliases');
    const after = render(doc);
    return { ok: true, text: after, changed: after !== before };
  }
  const entry = new YAMLMap();
  entry.set(doc.createNode('id'), doc.createNode(id));
  entry.set(doc.createNode('type'), doc.createNode(entity.type));
  entry.set(doc.createNode('name'), doc.createNode(entity.name));
  if (aliases.length > 0) {
    const seq = new YAMLSeq();
    seq.flow = true;
    for (const alias of aliases) seq.add(doc.createNode(alias));
    entry.set(doc.createNode('aliases'), seq);
  }
  list.add(entry);
  return { ok: true, text: render(doc), changed: true };
}

/** Adds a string that is never an entity (no change when an equivalent string is already there). */
export function addGazetteerIgnore(text: string, value: string): GazetteerEdit {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, problems: [{ message: 'nothing to ignore: the text is empty', line: 0, column: 0, severity: 'error' }] };
  const opened = openDocument(text);
  if ('problems' in opened) return { ok: false, problems: opened.problems };
  const { doc, root } = opened;
  const list = listAt(doc, root, 'ignore');
  if (!list) return { ok: false, problems: [{ message: '"ignore" must be a list', line: 0, column: 0, severity: 'error' }] };
  const key = normalizeKey(trimmed);
  const present = list.items.some((item) => isScalar(item) && typeof item.value === 'string' && (normalizeKey(item.value) === key || identityKey(item.value) === key));
  if (present) return { ok: true, text: render(doc), changed: false };
  list.add(doc.createNode(trimmed));
  return { ok: true, text: render(doc), changed: true };
}
