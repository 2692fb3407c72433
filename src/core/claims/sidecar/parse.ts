// Reads and validates a claims sidecar file. Safe by construction: the 'core' schema (no custom
// tags), unique keys, a size limit, and no YAML aliases at all (so no "billion laughs"); values are
// read node by node and never converted with toJS.

import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { FileProblem } from '../../model';
import { withoutUndefined } from '../plainData';
import { isStance, SIDECAR_VERSION, type Claim, type Evidence, type Reply, type SidecarFile, type Stance } from '../types';
import { describe, MapReader } from './mapReader';
import { ProblemCollector } from './problems';

/** Larger files are refused (about 5,000 claims with long notes; real files are far smaller). */
export const MAX_SIDECAR_LENGTH = 4_000_000;

/** Options used for every parse, shared with the writer so both sides agree. */
export const YAML_PARSE_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: false,
  // Aliases are refused below; this only caps any later toJS() on the same document.
  maxAliasCount: 16,
  keepSourceTokens: false,
} as const;

/** Canonical claim ids: generated ones always match. Others are read with a warning. */
export const CLAIM_ID_PATTERN = /^[a-z0-9]{6,8}$/;

/**
 * A parsed sidecar file: the data plus the YAML document it came from, so that a later write can
 * keep comments, unknown keys and formatting (see serializeSidecar). Treat it as opaque.
 */
export class SidecarDocument {
  /** @internal */
  constructor(
    /** @internal */ readonly yaml: Document,
    /** @internal The data as read, to tell what a write changes. */ readonly file: SidecarFile,
  ) {}
}

export type SidecarParseResult =
  | { readonly ok: true; readonly file: SidecarFile; readonly warnings: readonly FileProblem[]; readonly document: SidecarDocument }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/**
 * Parses and validates the text of a sidecar file. An empty file (or one with only comments) is a
 * valid file without claims. Problems carry 0-based line/column of the offending node. Unknown
 * verdicts are fine (verdicts are a setting); unknown keys are kept and ignored.
 */
export function parseSidecar(text: string): SidecarParseResult {
  const lines = new LineCounter();
  const problems = new ProblemCollector(lines);
  if (text.length > MAX_SIDECAR_LENGTH) {
    problems.error([0, 0], `The claims file is too large (${text.length} characters, at most ${MAX_SIDECAR_LENGTH})`);
    return { ok: false, problems: problems.problems };
  }
  const yaml = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter: lines });
  for (const error of yaml.errors) problems.error(error.pos, `YAML syntax: ${error.message}`);
  for (const warning of yaml.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') problems.error(warning.pos, `Custom YAML tags are not allowed: ${warning.message}`);
    else problems.warning(warning.pos, warning.message);
  }
  if (problems.hasErrors) return { ok: false, problems: problems.problems };

  refuseAliases(yaml, problems);
  const file = readFile(yaml.contents as Node | null, problems);
  if (problems.hasErrors || !file) return { ok: false, problems: problems.problems };
  return { ok: true, file, warnings: problems.warnings(), document: new SidecarDocument(yaml, file) };
}

function refuseAliases(yaml: Document, problems: ProblemCollector): void {
  visit(yaml, {
    Alias(_key, node) {
      problems.error(node.range, 'YAML aliases (*name) are not allowed in claims files: write the value out');
    },
  });
}

function readFile(contents: Node | null, problems: ProblemCollector): SidecarFile | undefined {
  if (contents === null || (isScalar(contents) && contents.value === null)) return { version: SIDECAR_VERSION, claims: [] };
  if (!isMap(contents)) {
    problems.error(contents.range, `A claims file must be a mapping with "version", "source" and "claims", not ${describe(contents)}`);
    return undefined;
  }
  const top = new MapReader(contents, problems, 'The claims file');
  const versionNode = top.node('version');
  if (versionNode && !(isScalar(versionNode) && versionNode.value === SIDECAR_VERSION)) {
    const newer = isScalar(versionNode) && typeof versionNode.value === 'number' && versionNode.value > SIDECAR_VERSION;
    problems.error(versionNode.range, newer
      ? `This claims file has format version ${String(versionNode.value)}, newer than this extension understands (${SIDECAR_VERSION}); update the extension`
      : `"version" must be ${SIDECAR_VERSION}`);
  }
  const source = top.string('source');
  const claimNodes = top.list('claims') ?? [];
  const claims: Claim[] = [];
  const firstIdAt = new Map<string, Node>();
  for (const node of claimNodes) {
    const claim = readClaim(node, problems);
    if (!claim) continue;
    const first = firstIdAt.get(claim.id);
    const idNode = (node as YAMLMap).get('id', true) as Node;
    if (first) {
      problems.error(idNode.range, `Duplicate claim id "${claim.id}" (also used on line ${problems.position(first.range?.[0] ?? 0).line + 1})`);
      continue;
    }
    firstIdAt.set(claim.id, idNode);
    claims.push(claim);
  }
  claims.sort((a, b) => compareIds(a.id, b.id));
  return source === undefined ? { version: SIDECAR_VERSION, claims } : { version: SIDECAR_VERSION, source, claims };
}

/** Claims are ordered by id, by UTF-16 code unit (the same everywhere, unlike localeCompare). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readClaim(node: Node, problems: ProblemCollector): Claim | undefined {
  if (!isMap(node)) {
    problems.error(node.range, `Each claim must be a mapping with at least "id" and "quote", not ${describe(node)}`);
    return undefined;
  }
  const claim = new MapReader(node, problems, 'Claim');
  const id = claim.string('id', { required: true, nonEmpty: true });
  if (id !== undefined && !CLAIM_ID_PATTERN.test(id)) {
    problems.warning(claim.node('id')?.range, `Claim id "${id}" is not 6-8 lowercase letters and digits; it still works`);
  }
  const quote = claim.string('quote', { required: true, nonEmpty: true });
  const selector = readSelectorHints(claim, problems);
  const evidence = readList(claim, 'evidence', problems, readEvidence);
  const replies = readList(claim, 'replies', problems, readReply);
  const fields = {
    verdict: claim.string('verdict'),
    note: claim.string('note'),
    author: claim.string('author'),
    created: claim.timestamp('created'),
    updated: claim.timestamp('updated'),
  };
  const resolved = claim.boolean('resolved') ?? false;
  if (id === undefined || quote === undefined || !evidence || !replies) return undefined;
  return withoutUndefined({ id, quote, ...selector, ...fields, evidence, resolved, replies });
}

function readEvidence(node: Node, problems: ProblemCollector): Evidence | undefined {
  if (!isMap(node)) {
    problems.error(node.range, `Each piece of evidence must be a mapping with "source" and "quote", not ${describe(node)}`);
    return undefined;
  }
  const evidence = new MapReader(node, problems, 'Evidence');
  const source = evidence.string('source', { required: true, nonEmpty: true });
  const quote = evidence.string('quote', { required: true, nonEmpty: true });
  const selector = readSelectorHints(evidence, problems);
  const stanceText = evidence.string('stance');
  let stance: Stance | undefined;
  if (stanceText !== undefined) {
    if (isStance(stanceText)) stance = stanceText;
    else problems.error(evidence.node('stance')?.range, `"stance" must be supports, contradicts or context, not "${stanceText}"`);
  }
  const note = evidence.string('note');
  if (source === undefined || quote === undefined) return undefined;
  return withoutUndefined({ source, quote, ...selector, stance, note });
}

function readReply(node: Node, problems: ProblemCollector): Reply | undefined {
  if (!isMap(node)) {
    problems.error(node.range, `Each reply must be a mapping with "author", "body" and "time", not ${describe(node)}`);
    return undefined;
  }
  const reply = new MapReader(node, problems, 'Reply');
  const author = reply.string('author');
  const body = reply.string('body', { required: true });
  const time = reply.timestamp('time');
  return body === undefined ? undefined : withoutUndefined({ author, body, time });
}

/** prefix/suffix (default '') and the start/end offset hints, dropped with a warning when inconsistent. */
function readSelectorHints(reader: MapReader, problems: ProblemCollector): { prefix: string; suffix: string; start?: number; end?: number } {
  const prefix = reader.string('prefix') ?? '';
  const suffix = reader.string('suffix') ?? '';
  const start = reader.offset('start');
  const end = reader.offset('end');
  if (start !== undefined && end !== undefined && end < start) {
    problems.warning(reader.node('end')?.range, '"end" is before "start": the offsets are ignored');
    return { prefix, suffix };
  }
  return withoutUndefined({ prefix, suffix, start, end });
}

function readList<T>(reader: MapReader, key: string, problems: ProblemCollector, readItem: (node: Node, problems: ProblemCollector) => T | undefined): T[] | undefined {
  const nodes = reader.list(key);
  if (!nodes) return undefined;
  const items: T[] = [];
  let failed = false;
  for (const node of nodes) {
    if (isAlias(node)) continue; // reported by refuseAliases
    const item = readItem(node, problems);
    if (item === undefined) failed = true;
    else items.push(item);
  }
  return failed ? undefined : items;
}
