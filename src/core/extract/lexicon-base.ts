// How the lexicon writes a word class down: the words separated by spaces, read into a set. The list as written is
// kept beside the set, so the tests can find a word listed twice (which a set would hide).
const WRITTEN = new WeakMap<ReadonlySet<string>, readonly string[]>();

/** A word class from its words, separated by white space. */
export function words(s: string): ReadonlySet<string> {
  const list = s.trim().split(/\s+/);
  const set: ReadonlySet<string> = new Set(list);
  WRITTEN.set(set, list);
  return set;
}

/** The words of a class as the lexicon lists them, duplicates included (undefined for a set not made by `words`). */
export function asWritten(set: ReadonlySet<string>): readonly string[] | undefined {
  return WRITTEN.get(set);
}

/**
 * A class of nouns with the plurals of its words in "-man", "-woman" and "-person" added ("spokesmen", "chairwomen",
 * "salespeople"), which no "-s" test finds; the list as written stays as it was.
 */
export function withPersonPlurals(set: ReadonlySet<string>): ReadonlySet<string> {
  const plurals = [...set].flatMap((w) => (/(wo)?man$/.test(w) ? [w.replace(/man$/, 'men')] : w.endsWith('person') ? [w.replace(/person$/, 'people')] : []));
  const out: ReadonlySet<string> = new Set([...set, ...plurals]);
  const written = WRITTEN.get(set);
  if (written) WRITTEN.set(out, written);
  return out;
}
