// A small cache of recent answers to identical queries: as-you-type search sends the same prefixes again and
// again (a desk typing "Lavrov …", backspace, retyping). Every entry belongs to one version of the store's data;
// when statements land (the version changes) the whole cache is dropped, so an answer is never older than the
// data. Least recently used entries go first.

export class QueryCache<T> {
  readonly #max: number;
  readonly #entries = new Map<string, T>();
  #version: string | null = null;

  /** `max` entries at most (0 turns the cache off). */
  constructor(max = 128) {
    this.#max = Math.max(0, Math.floor(max));
  }

  /** The answer kept for `key` at this data version, if any. */
  get(key: string, version: string): T | undefined {
    this.#sync(version);
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key); // most recently used last
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, version: string, value: T): void {
    if (this.#max === 0) return;
    this.#sync(version);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Whether answers are kept at all (false: max 0, and nobody needs the data version to look one up). */
  get enabled(): boolean {
    return this.#max > 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  #sync(version: string): void {
    if (version === this.#version) return;
    this.#entries.clear();
    this.#version = version;
  }
}
