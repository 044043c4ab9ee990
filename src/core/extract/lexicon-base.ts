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
