// Stage 3c, the clause a quotation completes: "The bill's failure was “heartbreaking,” she said" (a mixed quotation).
import { afterDateline } from './content.ts';
import { CUE_FORMS } from './lexicon.ts';
import { OPENING_PREPOSITIONS, QUOTE_INTRODUCERS, QUOTE_NAMING_NOUNS, SCENE_OPENERS, SUBORDINATORS } from './lexicon-clauses.ts';
import { isPossessive } from './mentions.ts';
import { isQuote, type Item, type Unit } from './units.ts';

/**
 * Where the clause that a quotation completes begins ("The bill's failure was “heartbreaking,”"), or -1: the words
 * before the quotation open the sentence (or follow the dateline or an earlier statement), hold no other quotation,
 * no reporting verb and no colon, and read as a clause's start, not a scene ("In a statement, “…”").
 */
export function leadIn(items: readonly Item[], unit: Unit, text: string, consumedUntil: number, quoteAt: number): number {
  if (quoteAt <= 0) return -1;
  const from = Math.max(afterDateline(unit, text), consumedUntil);
  // ("Nancy's “single most defining public role was …,” Anthony says": one possessive is enough)
  if ((quoteAt - from < 2 && !(quoteAt - from === 1 && isPossessive(items[from] as Item))) || quoteAt - from > 30) return -1;
  for (let k = from; k < quoteAt; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ':' || t.text === ';' || t.text === ',' || CUE_FORMS.has(t.lower)) return -1;
  }
  // (not "Despite his …", "To a question on the …", "Walking into the office to chants of …": a scene, no clause)
  const first = items[from] as Item;
  if (SCENE_OPENERS.has(first.lower) || SUBORDINATORS.has(first.lower) || OPENING_PREPOSITIONS.has(first.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text) || (items[quoteAt - 1] as Item).text === '(') return -1;
  // ("Then came the line “I am not a crook,”", "chants of “Marco!”": a noun or a preposition that names the quotation)
  const before = (items[quoteAt - 1] as Item).lower;
  if (QUOTE_NAMING_NOUNS.has(before) || QUOTE_INTRODUCERS.has(before)) return -1;
  return from;
}
