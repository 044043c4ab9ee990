// Stage 4b, the person a role after the cue names: "said the company's chief executive, John J. Ferriola", "said the
// minister for industry and energy, Sophie Marchal" (not "said a representative for the singer, Taylor Swift"); and a
// name after the cue spoken of, not speaking ("said Bhide of Nimbalkar").
import { PEERAGE_TITLES, ROLE_NOUNS, TAIL_STARTERS, TITLE_WORDS, ORG_WORDS } from './lexicon.ts';
import { HELD_BY_PEOPLE, PROXY_ROLES, TITLE_NOUNS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, type Mention } from './mentions.ts';
import { PERSONAL_HONORIFIC } from './capitals.ts';
import { isPlace, isSubdivision } from './places.ts';
import { isGivenName } from './given-names.ts';
import { nameLike } from './unlisted-names.ts';
import { type Token } from './segment.ts';
import type { Item } from './units.ts';

/**
 * The person named after a role that follows the cue (items `from` to `e`, read as `m`), with where the phrase ends; null
 * when the role names no one after its comma.
 */
export function personAfterRole(items: readonly Item[], from: number, e: number, m: Mention, text: string): { mention: Mention; end: number } | null {
  // (a person's role: not "According to an FBI summary of its investigation, Cheryl Mills … sent")
  // (its head before "of" too: "said Domain’s chief of research, Dr Marcus Heng"; or before "for", an office only a person
  // holds and not one that speaks for someone: "said the minister for industry and energy, Sophie Marchal", not "said a
  // representative for the singer, Taylor Swift", "said the coach for the Olympic champion, Faith Kipyegon")
  const at = (link: string): number => items.findIndex((t, k) => k > from && k < e && t.lower === link);
  const person = (head: string): boolean => m.kind === 'role' && !m.institution && (ROLE_NOUNS.has(head) || TITLE_NOUNS.has(head));
  const of = at('of');
  const head = (items[(of > 0 ? of : e) - 1] as Item).lower;
  const forAt = at('for');
  const forHead = forAt > 0 ? (items[forAt - 1] as Item).lower : '';
  return (person(head) ? namedAfterRole(items, placeAfterRole(items, e), text, head) : null) ?? (forAt > 0 && HELD_BY_PEOPLE.has(forHead) && !PROXY_ROLES.has(forHead) && person(forHead) ? namedAfterRole(items, placeAfterRole(items, e), text, forHead) : null);
}

/**
 * "…,” said Bhide of Nimbalkar.": one name after the cue, then "of" and another name, neither a title's, a body's or a
 * place's nor a peer's (not "said Mayor of London", "said Bank of Canada", "said Duke of Sussex"): the one spoken of, not part of the speaker's name.
 */
export function spokenOf(items: readonly Item[], from: number): boolean {
  const [a, of, b] = [items[from] as Item, items[from + 1] as Item, items[from + 2] as Item];
  const plain = (t: Item): boolean => isCapitalised(t) && !TITLE_WORDS.has(t.text) && !PEERAGE_TITLES.has(t.text) && !ORG_WORDS.has(t.text) && !PERSONAL_HONORIFIC.test(t.text) && !isPlace(t.text) && !isSubdivision(t.text);
  return of.lower === 'of' && plain(a) && plain(b) && !/^[,(]/.test(items[from + 3]?.text ?? '');
}

/** "his best friend at Lehigh, Bruce Turry": past a short place or body after the role, to its comma (else `at`). */
function placeAfterRole(items: readonly Item[], at: number): number {
  if (!TAIL_STARTERS.has(items[at]?.lower ?? '')) return at;
  let e = at + 1;
  if (items[e]?.lower === 'the') e++;
  const s = e;
  while (e < items.length && e - s < 4 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  return e > s && items[e]?.text === ',' ? e : at;
}

/** "said the company's chief executive, John J. Ferriola.": the person a role after the cue is given to. */
function namedAfterRole(items: readonly Item[], comma: number, text: string, head: string): { mention: Mention; end: number } | null {
  if (items[comma]?.text !== ',') return null;
  let e = comma + 1;
  while (e < items.length && e - comma <= 5 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  const after = items[e];
  if (e - comma < 3 || (after !== undefined && !/^[,.;]$/.test(after.text))) return null;
  // (a person by a given name, after an honorific or a title: not "…, said the fund's manager, Goldman Sachs";
  // "…, said its executive director, Ms Priya Nathan")
  let g = comma + 1;
  while (g < e - 2 && (PERSONAL_HONORIFIC.test((items[g] as Item).text) || TITLE_WORDS.has((items[g] as Item).text))) g++;
  // (or, after a role only a person holds, two or three words none of which is a title, place, body or everyday word:
  // "…, said its director, Hendra Saputra.", a given name no list holds)
  const unlisted = HELD_BY_PEOPLE.has(head) && g === comma + 1 && e - g <= 3 && items.slice(g, e).every((t) => nameLike(t.text));
  if (!isGivenName((items[g] as Item).text) && !unlisted) return null;
  const m = analyseMention(items.slice(comma + 1, e), text);
  return m && m.kind === 'name' && !m.institution && m.name?.includes(' ') ? { mention: m, end: e } : null;
}
