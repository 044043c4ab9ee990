// Strings kept across documents (caches of answers by name, phrase or role) are copies: V8 keeps a slice of 13 or
// more characters as a view of the whole text it was cut from, so a remembered slice would keep its document alive
// (and a cache of 20,000 answers as many documents).

/** A copy of `s` that does not hold on to the text it was cut from. */
export const detached = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/**
 * `work(key)`, remembered in `cache` under a copy of `key`; the cache is emptied when it holds more than `max` answers
 * (the same few names, roles and phrases come back at every mention, across documents).
 */
export function remember<V>(cache: Map<string, V>, key: string, work: (key: string) => V, max = 20_000): V {
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) {
    v = work(key);
    if (cache.size > max) cache.clear();
    cache.set(detached(key), v);
  }
  return v as V;
}
