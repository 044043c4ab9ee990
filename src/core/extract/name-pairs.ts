// Names the body gives in pairs: two given names before one surname ("Gwen and Martin Hollis"), a kin noun before a
// name ("Her husband, Tom Doyle"), and a body's name whose first words the body never gives on their own ("Department of
// Agriculture" only in "…, Food and the Marine").
// Read by DocumentNames (document-names.ts).
import { LEADING_GIVEN_NAMES, ORG_WORDS, TITLE_WORDS } from './lexicon.ts';
import { nameKey } from './speakers.ts';
import { isGivenName } from './given-names.ts';
import { isCommonWord } from './names.ts';
import { isPlace } from './places.ts';
import { KIN_NOUNS } from './lexicon-nouns.ts';

/** Two given names joined by "and" before one surname: "Gwen and Martin Hollis". */
const SHARED_SURNAME = /\b(\p{Lu}\p{Ll}+) (?:and|&) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu;

/**
 * The first of two given names sharing the surname after them, named in full ("Gwen Hollis" of "Gwen and Martin Hollis",
 * "Tom and Ann Harcourt"); the second the body names in full already.
 */
export function sharedSurnamePeople(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(SHARED_SURNAME)) {
    const [first, second, last] = [m[1] as string, m[2] as string, m[3] as string];
    // (the first given name opens the phrase: not "Theresa May and Tony Blair", two people)
    if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(body.slice(Math.max(0, (m.index as number) - 30), m.index))) continue;
    if (!isGivenName(first) || !isGivenName(second) || isCommonWord(last.toLowerCase()) || ORG_WORDS.has(last) || TITLE_WORDS.has(last) || isPlace(last)) continue;
    out.push(`${first} ${last}`);
  }
  return out;
}

/** Whether `body` names `part` only as the start of `full`, and at least once. */
export function onlyWithin(body: string, part: string, full: string): boolean {
  let n = 0;
  for (let at = body.indexOf(part); at >= 0; at = body.indexOf(part, at + 1)) {
    if (!body.startsWith(full, at)) return false;
    n++;
  }
  return n > 0;
}

/** A possessive and a relation noun right before a name: "Her husband, ". */
const KIN_NEXT_TO = /\b(?:[Hh]is|[Hh]er|[Tt]heir) (\p{Ll}+),? $/u;

/** A possessive and a relation noun, then up to three lower-case words, right before a name: "His son, filmmaker ". */
const RELATIVE_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir) (\p{Ll}+),? (?:\p{Ll}+ ){0,3}$/u;

/**
 * The kin noun before `full` anywhere in `body` ("His son, filmmaker Tom Doyle" → "son"), or null; `next`, only right
 * before the name ("Her husband, Tom Doyle"; not "with her mother, but their neighbor Benjamin Green").
 */
export function kinBefore(body: string, full: string, next = false): string | null {
  for (let at = body.indexOf(full); at >= 0; at = body.indexOf(full, at + 1)) {
    const before = (next ? KIN_NEXT_TO : RELATIVE_BEFORE).exec(body.slice(Math.max(0, at - 40), at));
    if (before !== null && KIN_NOUNS.has((before[1] as string).toLowerCase())) return (before[1] as string).toLowerCase();
  }
  return null;
}

/** The key of a name's second word when its first is a Malay leading given name ("Nor Azizah Kamaruddin" → azizah), else ''. (fullForGiven) */
export function secondGivenKey(full: string): string {
  const words = full.split(' ');
  return words.length >= 3 && LEADING_GIVEN_NAMES.has(words[0] as string) ? nameKey(words[1] as string) : '';
}
