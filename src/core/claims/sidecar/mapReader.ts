import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { NodeRange, ProblemCollector } from './problems';

/** Reads typed fields of one YAML mapping, reporting wrong types at the offending node. */
export class MapReader {
  constructor(
    private readonly map: YAMLMap,
    private readonly problems: ProblemCollector,
    /** How to name the mapping in messages, e.g. "Claim" or "Evidence". */
    private readonly what: string,
  ) {}

  get range(): NodeRange | undefined {
    return this.map.range ?? undefined;
  }

  /** The value node of `key`; undefined when the key is absent or has an empty (null) value. */
  node(key: string): Node | undefined {
    const pair = this.map.items.find((item: Pair) => isScalar(item.key) && item.key.value === key);
    const value = pair?.value as Node | null | undefined;
    if (!value || (isScalar(value) && value.value === null)) return undefined;
    return value;
  }

  string(key: string, options: { required?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    const node = this.node(key);
    if (!node) {
      if (options.required) this.problems.error(this.range, `${this.what} is missing "${key}"`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.problems.error(node.range, `"${key}" must be a string, not ${describe(node)}${isScalar(node) ? ' (put it in quotes)' : ''}`);
      return undefined;
    }
    if (options.nonEmpty && node.value.trim() === '') {
      this.problems.error(node.range, `"${key}" must not be empty`);
      return undefined;
    }
    return node.value;
  }

  /** A non-negative integer. */
  offset(key: string): number | undefined {
    const node = this.node(key);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isSafeInteger(node.value) || node.value < 0) {
      this.problems.error(node.range, `"${key}" must be a whole number of at least 0, not ${describe(node)}`);
      return undefined;
    }
    return node.value;
  }

  boolean(key: string): boolean | undefined {
    const node = this.node(key);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.problems.error(node.range, `"${key}" must be true or false, not ${describe(node)}`);
      return undefined;
    }
    return node.value;
  }

  /** An ISO 8601 date-time string; other strings are kept with a warning. */
  timestamp(key: string): string | undefined {
    const value = this.string(key);
    if (value !== undefined && !isIsoDateTime(value)) {
      this.problems.warning(this.node(key)?.range, `"${key}" should be an ISO 8601 date-time such as 2026-03-12T10:00:00Z`);
    }
    return value;
  }

  /** The items of a list; undefined (with an error) when the value is not a list. */
  list(key: string): readonly Node[] | undefined {
    const node = this.node(key);
    if (!node) return [];
    if (!isSeq(node)) {
      this.problems.error(node.range, `"${key}" must be a list, not ${describe(node)}`);
      return undefined;
    }
    return (node as YAMLSeq<Node>).items;
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** "a number", "a list"... for messages. */
export function describe(node: Node | null | undefined): string {
  if (!node) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const { value } = node;
    if (value === null) return 'empty';
    if (typeof value === 'number') return `the number ${value}`;
    if (typeof value === 'boolean') return `the boolean ${value}`;
    if (typeof value === 'string') return 'a string';
  }
  return 'something else';
}
