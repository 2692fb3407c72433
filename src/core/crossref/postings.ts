// Small containers for the index's hot paths: unordered posting lists with O(1) removal, and a
// bounded best-k list (no sorting of thousands of candidates to show five).

/** An item that knows its position in one PostingList. */
export interface Slotted {
  slot: number;
}

/** An unordered list with O(1) add and remove (the last item moves into the freed slot). */
export class PostingList<T extends Slotted> {
  readonly items: T[] = [];

  add(item: T): void {
    item.slot = this.items.length;
    this.items.push(item);
  }

  remove(item: T): void {
    const last = this.items.pop();
    if (last === undefined || last === item) return;
    this.items[item.slot] = last;
    last.slot = item.slot;
  }

  get size(): number {
    return this.items.length;
  }
}

export function addPosting<T extends Slotted>(map: Map<string, PostingList<T>>, key: string, item: T): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = new PostingList<T>()));
  list.add(item);
}

export function removePosting<T extends Slotted>(map: Map<string, PostingList<T>>, key: string, item: T): void {
  const list = map.get(key);
  if (!list) return;
  list.remove(item);
  if (list.size === 0) map.delete(key);
}

/** Keeps the `limit` best items offered, best first, by `compare` (negative when a is better). */
export class BestK<T> {
  readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    if (this.limit <= 0) return;
    const items = this.items;
    if (items.length === this.limit && this.compare(item, items[items.length - 1]) >= 0) return;
    let at = items.length;
    while (at > 0 && this.compare(item, items[at - 1]) < 0) at--;
    items.splice(at, 0, item);
    if (items.length > this.limit) items.pop();
  }
}
