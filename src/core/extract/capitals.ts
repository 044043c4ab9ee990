// Whether a token is capitalised as a name is: shared by the mention reader and the body names (bodies.ts).
import type { Token } from './segment.ts';
import { GENERATION_SUFFIXES, ORG_WORDS } from './lexicon.ts';
import type { Item } from './units.ts';

/**
 * "Lavrov", and Arabic or Dutch surnames with a lower-case particle ("al-Astal", "bin-Salman"), or French and Italian
 * ones with an elided particle ("d'Entremont", "dell'Acqua", "l'Heureux").
 */
const CAPITAL = /^[\p{Lu}]/u;
const CAMEL_BRAND = /^[a-z]{1,5}[A-Z][a-z]/;
const PARTICLE_NAME = /^(?:(?:al|el|ul|bin|ibn|abu|abd|van|von|de|da|di|du|le|la)-|(?:d|l|dell)['’])\p{Lu}/u;
/** Honorifics that make a word a person's and no office's title ("Mr", "Dame"; nameTokensOf, bodyOverAnd). */
export const PERSONAL_HONORIFIC = /^(Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?$/;

/** An apostrophe where an elided particle ends ("d'", "l'", "dell'"): the only places one is looked for. */
const elided = (s: string): boolean => {
  const a = s.charCodeAt(1);
  const b = s.charCodeAt(4);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
};

/** (past the end of a unit, no token: callers read `items[k + 1]` freely, and nothing there is capitalised) */
export const isCapitalised = (t: Token | undefined): boolean => {
  if (!t?.word) return false;
  const s = t.text;
  const c = s.charCodeAt(0);
  // ASCII first: A–Z, or a lower-case particle and a hyphen or an apostrophe ("al-Astal", "d'Entremont"); the regexes
  // for the rest
  // (or a brand in camel case, "eBay", "iPhone", "easyJet": a capital after lower-case letters, before more)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && (((elided(s) || s.includes('-')) && PARTICLE_NAME.test(s)) || CAMEL_BRAND.test(s)));
  return CAPITAL.test(s) || PARTICLE_NAME.test(s);
};

/** Whether a word is a generation's suffix, with its stop or not ("Jr", "Sr."). */
export const isGenerationSuffix = (word: string): boolean => GENERATION_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ''));

/** `end`, or past the stop after it when the run before it ends in a generation's suffix ("Marcus Hill Jr."). */
export const withGenerationStop = (text: string, end: number): number => (end > 3 && text.charCodeAt(end) === 46 && text.charCodeAt(end - 3) === 32 && GENERATION_SUFFIXES.has(text.slice(end - 2, end).toLowerCase()) ? end + 1 : end);

/** "North Wales Fire and Rescue Service": a body's name goes on past "and" to its own word; where the run ends, else. */
export function bodyAfterAnd(items: readonly Item[], k: number, j: number): number {
  if (items[j]?.lower !== 'and' || !isCapitalised(items[j + 1] as Token) || ORG_WORDS.has((items[j - 1] as Item).text)) return j;
  let e = j + 1;
  while (e < items.length && isCapitalised(items[e] as Token)) e++;
  return e - k <= 8 && ORG_WORDS.has((items[e - 1] as Item).text) ? e : j;
}
