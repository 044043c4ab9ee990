// Appositive roles: the role a phrase after a name's comma gives ("Richard Castellano, a former senator from Rhode
// Island, …" → "former senator"), for the subjects a unit opens with and the speaker phrases before a cue.
import { ROLE_NOUNS } from './lexicon.ts';
import { analyseMention, isNpToken } from './mentions.ts';
import { isPersonNoun } from './person-words.ts';
import type { Item } from './units.ts';

/** "Richard Castellano, a former senator from Rhode Island, …": the role an appositive at `at` gives. */
export function appositiveRole(items: readonly Item[], at: number, text: string): string | null {
  if ((items[at] as Item | undefined)?.text !== ',' || !/^(a|an|the)$/.test(items[at + 1]?.lower ?? '')) return null;
  return roleOfPhrase(items.slice(at + 1, at + 8), text);
}

/** The words of a phrase up to the first that cannot be in a speaker phrase ("chief economist" of "chief economist at Barclays"). */
export function npPrefix(tokens: readonly Item[]): readonly Item[] {
  const cut = tokens.findIndex((t, k) => k > 0 && !isNpToken(t));
  return cut > 0 ? tokens.slice(0, cut) : tokens;
}

/** The single person's role a phrase gives ("an analyst at the institute" → "analyst"), without its article. */
export function roleOfPhrase(tokens: readonly Item[], text: string): string | null {
  const role = analyseMention(npPrefix(tokens), text);
  return role && role.kind === 'role' && !role.plural && role.role ? bareRole(role.role) : null;
}

export const bareRole = (role: string): string => role.replace(/^(the|a|an)\s+/i, '');

/** Whether a role's last word is a person's ("34-year-old factory worker"). */
export const personRoleWord = (role: string | null): boolean => role !== null && (ROLE_NOUNS.has(role.slice(role.lastIndexOf(' ') + 1)) || isPersonNoun(role.slice(role.lastIndexOf(' ') + 1)));
