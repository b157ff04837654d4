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
  snapshot(): Map<string, V> {
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

/** A read-only Map over a VersionedMap's entries as they were at one version. */
class SnapshotView<V> extends Map<string, V> {
  constructor(
    private readonly entries_: Map<string, Entry<V>[]>,
    private readonly at: number,
    private readonly size_: number,
  ) {
    super();
  }

  override get(key: string): V | undefined {
    const e = this.entries_.get(key);
    if (!e) return undefined;
    for (let i = e.length - 1; i >= 0; i--) if (e[i]![0] <= this.at) return e[i]![1];
    return undefined;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    return this.size_;
  }

  override *entries(): MapIterator<[string, V]> {
    for (const k of this.entries_.keys()) {
      const v = this.get(k);
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

  override set(): this {
    throw new Error('a schema snapshot is read-only');
  }

  override delete(): boolean {
    throw new Error('a schema snapshot is read-only');
  }

  override clear(): void {
    throw new Error('a schema snapshot is read-only');
  }
}
