/**
 * A Map whose earlier states stay readable: `snapshot()` freezes the current state in O(1) and
 * returns it as a read-only Map view; later writes do not show in it. The lint takes a snapshot of
 * the schema before every statement, on histories of a thousand migrations: copying the table map
 * each time would cost O(tables) per statement.
 */
type Entry<V> = [version: number, value: V | undefined];

export class VersionedMap<V> extends Map<string, V> {
  private readonly entries_ = new Map<string, Entry<V>[]>();
  private version_ = 0;
  private live = 0;

  constructor(init?: Iterable<readonly [string, V]>) {
    super();
    if (init) for (const [k, v] of init) this.set(k, v);
  }

  override get(key: string): V | undefined {
    const e = this.entries_.get(key);
    return e ? e[e.length - 1]![1] : undefined;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override set(key: string, value: V): this {
    this.write(key, value);
    return this;
  }

  override delete(key: string): boolean {
    const had = this.has(key);
    if (had) this.write(key, undefined);
    return had;
  }

  override clear(): void {
    for (const k of [...this.keys()]) this.delete(k);
  }

  override get size(): number {
    return this.live;
  }

  override *entries(): MapIterator<[string, V]> {
    for (const [k, e] of this.entries_) {
      const v = e[e.length - 1]![1];
      if (v !== undefined) yield [k, v];
    }
  }

  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  /** Freeze the current state: the returned view never changes. */
  snapshot(): ReadonlyMap<string, V> {
    const at = this.version_++;
    return new SnapshotView(this.entries_, at, this.live);
  }

  private write(key: string, value: V | undefined): void {
    let e = this.entries_.get(key);
    if (!e) this.entries_.set(key, (e = []));
    const before = e.length ? e[e.length - 1]![1] : undefined;
    if (before === undefined && value !== undefined) this.live++;
    if (before !== undefined && value === undefined) this.live--;
    const last = e[e.length - 1];
    if (last && last[0] === this.version_) last[1] = value;
    else e.push([this.version_, value]);
  }
}

/**
 * A read-only Map over a VersionedMap's entries as they were at one version. Not a Map subclass:
 * one is made per schema-changing statement, and a Map subclass allocates a Map it never uses.
 */
class SnapshotView<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly entries_: Map<string, Entry<V>[]>,
    private readonly at: number,
    private readonly size_: number,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries_.get(key);
    if (!e) return undefined;
    for (let i = e.length - 1; i >= 0; i--) if (e[i]![0] <= this.at) return e[i]![1];
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.size_;
  }

  *entries(): MapIterator<[string, V]> {
    for (const k of this.entries_.keys()) {
      const v = this.get(k);
      if (v !== undefined) yield [k, v];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
