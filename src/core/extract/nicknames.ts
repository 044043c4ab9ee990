// A nickname in marks inside a person's name ("Ferdinand “Andoy” Bautista", "Rep. Robert C. “Bobby” Scott", "taxi
// owner Sipho 'Bra Sip' Dlamini") is part of the name, not a quotation. One test for the three places that ask: the
// sentence splitter (segment.ts, an initial before the marks), the unit builder and the attribution-only sentence
// (units.ts).
import { MONTHS, NAME_PARTICLES, ROLE_NOUNS, WEEKDAYS } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import type { Token } from './segment.ts';

/**
 * One or two capitalised words (a surname's particle, an apostrophe, a stop or a hyphen inside them allowed), or a
 * player's handle, one word that opens in lower case or a digit ('Nikolai "nkx" Petrov', 'Mikkel "mikkiH" Holm').
 */
const NICKNAME = /^(?:\p{Lu}[\p{Ll}'’.-]*(?: \p{Lu}[\p{Ll}'’.-]*)?|[\p{Ll}\p{N}][\p{L}\p{N}_]{1,15})$/u;

/** Whether the words inside a pair of marks between a name's words may be a nickname (isNickname's test of them). */
export function nicknameText(inner: string): boolean {
  return NICKNAME.test(inner);
}

/**
 * Whether marks holding `inner`, with `prev` and `before` the two words before the opening mark and `next` the word
 * after the closing one, are a nickname between a name's words. `glued`: `next` follows the closing mark after one
 * space.
 */
export function isNickname(inner: string, prev: Token | undefined, before: Token | undefined, next: Token | undefined, glued: boolean): boolean {
  // (after a given name, or a middle initial after it, Rep. Robert C. "Bobby" Scott, or a first name after a lower-case
  // role, "taxi owner Sipho 'Bra Sip' Dlamini")
  const first = prev !== undefined && (isGivenName(prev.text) || (/^\p{Lu}\.$/u.test(prev.text) && before !== undefined && isGivenName(before.text)) || (before !== undefined && /^\p{Ll}+$/u.test(before.text) && ROLE_NOUNS.has(before.lower)));
  // (a surname may open with its particle: Ma. Teresa “Tessie” dela Cruz; before no day or month: not "called DeSantis
  // “Disloyal” Monday", "asked Tom Hughes “Why”")
  if (!prev?.word || !next?.word || !first || !glued || !(/^\p{Lu}/u.test(next.text) || NAME_PARTICLES.has(next.lower)) || WEEKDAYS.has(next.lower) || MONTHS.has(next.text)) return false;
  return NICKNAME.test(inner);
}
