// Strings kept across documents (caches of answers by name, phrase or role) are copies: V8 keeps a slice of 13 or
// more characters as a view of the whole text it was cut from, so a remembered slice would keep its document alive
// (and a cache of 20,000 answers as many documents).

/** A copy of `s` that does not hold on to the text it was cut from. */
export const detached = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));
