// Writes a sidecar file deterministically. With the document the file was read from, only what
// changed is touched, so comments, unknown keys, key order and quoting written by people survive;
// without it a fresh document goes through the very same steps (hence one canonical layout).

import { isMap, isScalar, isSeq, parseDocument, YAMLSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { SIDECAR_VERSION, type Claim, type Evidence, type Reply, type SidecarFile } from '../types';
import { compareIds, YAML_PARSE_OPTIONS, type SidecarDocument } from './parse';

/** The documented keys of each mapping, in the order they are written. */
export const SIDECAR_KEY_ORDER = {
  file: ['version', 'source', 'claims'],
  claim: ['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'verdict', 'note', 'evidence', 'author', 'created', 'updated', 'resolved', 'replies'],
  evidence: ['source', 'quote', 'prefix', 'suffix', 'start', 'end', 'stance', 'note'],
  reply: ['author', 'body', 'time'],
} as const;
const { file: FILE_KEYS, claim: CLAIM_KEYS, evidence: EVIDENCE_KEYS, reply: REPLY_KEYS } = SIDECAR_KEY_ORDER;

/** Output options: block style, no line folding (one line per value keeps diffs readable). */
const TO_STRING_OPTIONS = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 } as const;

type Scalar = string | number | boolean;
type Fields = Record<string, Scalar | undefined>;

/** How the items of a list inside a claim are written and recognised. */
interface ItemShape<T> {
  readonly order: readonly string[];
  readonly fields: (item: T) => Fields;
  /** Whether two items are the same item (possibly changed), so that its node is reused. */
  readonly same: (a: T, b: T) => boolean;
}

/**
 * The YAML text of `file`: claims sorted by id, keys in the documented order, a trailing newline.
 * Pass the {@link SidecarDocument} the file was read from to keep everything people wrote in it;
 * only the values that differ from what was read are rewritten.
 */
export function serializeSidecar(file: SidecarFile, original?: SidecarDocument): string {
  const yaml = original ? original.yaml.clone() : parseDocument('', YAML_PARSE_OPTIONS);
  const before = original?.file;
  if (!isMap(yaml.contents)) yaml.contents = yaml.createNode({}) as YAMLMap;
  const top = yaml.contents as YAMLMap;
  // The version is always written, also into a file that lacked it.
  const versionBefore = top.has('version') ? SIDECAR_VERSION : undefined;
  patchFields(yaml, top, FILE_KEYS, { version: SIDECAR_VERSION, source: file.source }, before ? { version: versionBefore, source: before.source } : undefined);
  patchClaims(yaml, top, before?.claims ?? [], file.claims);
  return yaml.toString(TO_STRING_OPTIONS);
}

function patchClaims(yaml: Document, top: YAMLMap, before: readonly Claim[], after: readonly Claim[]): void {
  let list = top.get('claims', true) as Node | undefined;
  if (!isSeq(list)) {
    list = new YAMLSeq();
    setPair(yaml, top, FILE_KEYS, 'claims', list);
  }
  const seq = list as YAMLSeq<Node>;
  // The library hangs a comment above the first item on the list; it belongs to that claim and
  // must move with it when the order changes.
  const first = seq.items[0];
  if (seq.commentBefore && isMap(first)) {
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = undefined;
  }
  const nodeById = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    const id = isMap(item) ? (item as YAMLMap).get('id') : undefined;
    if (typeof id === 'string') nodeById.set(id, item as YAMLMap);
  }
  const beforeById = new Map(before.map((claim) => [claim.id, claim]));
  seq.items = [...after].sort((a, b) => compareIds(a.id, b.id)).map((claim) => {
    const node = nodeById.get(claim.id) ?? (yaml.createNode({}) as YAMLMap);
    patchClaim(yaml, node, nodeById.has(claim.id) ? beforeById.get(claim.id) : undefined, claim);
    return node;
  });
  seq.flow = seq.items.length === 0;
  // A blank line that separated a claim from the one before it is not wanted at the top of the list.
  if (seq.items[0]) seq.items[0].spaceBefore = false;
}

function patchClaim(yaml: Document, node: YAMLMap, before: Claim | undefined, after: Claim): void {
  patchFields(yaml, node, CLAIM_KEYS, claimFields(after), before && claimFields(before));
  patchList(yaml, node, 'evidence', before?.evidence, after.evidence, { order: EVIDENCE_KEYS, fields: evidenceFields, same: sameEvidence });
  patchList(yaml, node, 'replies', before?.replies, after.replies, { order: REPLY_KEYS, fields: replyFields, same: sameReply });
}

function claimFields(claim: Claim): Fields {
  const { id, quote, prefix, suffix, start, end, verdict, note, author, created, updated, resolved } = claim;
  return { id, quote, prefix, suffix, start, end, verdict, note, author, created, updated, resolved };
}

function evidenceFields(evidence: Evidence): Fields {
  const { source, quote, prefix, suffix, start, end, stance, note } = evidence;
  return { source, quote, prefix, suffix, start, end, stance, note };
}

function replyFields(reply: Reply): Fields {
  const { author, body, time } = reply;
  return { author, body, time };
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.source === b.source && a.quote === b.quote;
}

function sameReply(a: Reply, b: Reply): boolean {
  return a.author === b.author && a.time === b.time && a.body === b.body;
}

/**
 * Rewrites the scalar fields whose value differs from `before` (all of them for a new node);
 * undefined removes the key. Untouched keys keep their node, comments and quoting.
 */
function patchFields(yaml: Document, node: YAMLMap, order: readonly string[], after: Fields, before: Fields | undefined): void {
  for (const [key, value] of Object.entries(after)) {
    if (before && before[key] === value) continue;
    if (value === undefined) {
      node.delete(key);
      continue;
    }
    const current = node.get(key, true) as Node | undefined;
    if (isScalar(current)) {
      current.value = value;
      // Let the library choose the quoting of the new value, the same way every time.
      current.type = undefined;
      current.tag = undefined;
    } else {
      setPair(yaml, node, order, key, yaml.createNode(value));
    }
  }
}

/**
 * Makes the list under `key` hold `after`, reusing the node of every item that was already there
 * (matched with `same`) so that its unknown keys and comments survive. An empty list is removed.
 */
function patchList<T>(yaml: Document, node: YAMLMap, key: string, before: readonly T[] | undefined, after: readonly T[], item: ItemShape<T>): void {
  const { order, fields, same } = item;
  const oldItems = before ?? [];
  if (oldItems.length === after.length && oldItems.every((item, index) => equalFields(fields(item), fields(after[index])))) return;
  if (after.length === 0) {
    node.delete(key);
    return;
  }
  const current = node.get(key, true) as Node | undefined;
  const oldNodes = isSeq(current) ? (current as YAMLSeq<Node>).items : [];
  const used = new Set<number>();
  const items = after.map((value) => {
    const index = oldItems.findIndex((old, at) => !used.has(at) && same(old, value) && isMap(oldNodes[at]));
    if (index < 0) {
      const fresh = yaml.createNode({}) as YAMLMap;
      patchFields(yaml, fresh, order, fields(value), undefined);
      return fresh;
    }
    used.add(index);
    const reused = oldNodes[index] as YAMLMap;
    patchFields(yaml, reused, order, fields(value), fields(oldItems[index]));
    return reused;
  });
  if (isSeq(current)) {
    (current as YAMLSeq<Node>).items = items;
    (current as YAMLSeq<Node>).flow = false;
  } else {
    const seq = new YAMLSeq<Node>();
    seq.items = items;
    setPair(yaml, node, CLAIM_KEYS, key, seq);
  }
}

function equalFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Sets `key` to `value`, inserting a new pair before the first known key that comes after it. */
function setPair(yaml: Document, node: YAMLMap, order: readonly string[], key: string, value: Node): void {
  const existing = node.items.find((pair: Pair) => isScalar(pair.key) && pair.key.value === key);
  if (existing) {
    existing.value = value;
    return;
  }
  const rank = order.indexOf(key);
  const before = node.items.findIndex((pair: Pair) => {
    const other = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
    return other > rank;
  });
  const pair = yaml.createPair(key, value) as Pair;
  if (before < 0) node.items.push(pair);
  else node.items.splice(before, 0, pair);
}
