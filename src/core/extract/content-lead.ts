// Stage 3c, the clause a quotation completes: "The bill's failure was “heartbreaking,” she said" (a mixed quotation).
import { afterDateline } from './content.ts';
import { CUE_FORMS, FINITE_VERBS } from './lexicon.ts';
import { AUXILIARIES, FRAME_PREPOSITIONS, NOUN_DETERMINERS, OPENING_PREPOSITIONS, QUOTE_INTRODUCERS, QUOTE_NAMING_NOUNS, SCENE_OPENERS, SCENE_PREPOSITIONS, SUBORDINATORS } from './lexicon-clauses.ts';
import { isPossessive } from './mentions.ts';
import { isQuote, type Item, type Unit } from './units.ts';

/**
 * Where the clause that a quotation completes begins ("The bill's failure was “heartbreaking,”"), or -1: the words
 * before the quotation open the sentence (or follow the dateline or an earlier statement), hold no other quotation,
 * no reporting verb and no colon, and read as a clause's start, not a scene ("In a statement, “…”").
 */
export function leadIn(items: readonly Item[], unit: Unit, text: string, consumedUntil: number, quoteAt: number): number {
  if (quoteAt <= 0) return -1;
  let from = Math.max(afterDateline(unit, text), consumedUntil);
  // "Since that ruling, the county has engaged in “…,” the lawsuit says": past a short opening scene to its clause
  const comma = openerComma(items, from, quoteAt);
  if (comma > 0) from = comma + 1;
  // ("Nancy's “single most defining public role was …,” Anthony says": one possessive is enough)
  if ((quoteAt - from < 2 && !(quoteAt - from === 1 && isPossessive(items[from] as Item))) || quoteAt - from > 30) return -1;
  // ("Mrs. Clinton, with her service in the administration, “is seen as …,”": an aside between the subject and the
  // quotation, which opens with the clause's verb)
  const aside = asideBeforeVerb(items, from, quoteAt, text);
  for (let k = from; k < quoteAt; k++) {
    const t = items[k] as Item;
    // (a cue form after a determiner is a noun: "The plan is “…”"; so is one before its own verb: "The new plan is
    // “…”", "The tax cut plans are “…”")
    // (and inside the aside, one after "to" is no finite cue: "Mrs. Baker, eager to defend her record, “is …”")
    const noun = (k > from && NOUN_DETERMINERS.has((items[k - 1] as Item).lower)) || AUXILIARIES.has(items[k + 1]?.lower ?? '') || (aside && items[k - 1]?.lower === 'to');
    // (a quoted phrase inside the clause is part of it: 'Residents who spend hours on “certain fringes of the
    // internet” wind up in a debate that is “divorced from reality,”'; not a sentence quoted whole)
    if ((isQuote(t) && !quotedPhrase(t, text)) || t.text === ':' || t.text === ';' || (t.text === ',' && !aside) || (CUE_FORMS.has(t.lower) && !noun)) return -1;
  }
  // (not "Despite his …", "To a question on the …", "Walking into the office to chants of …": a scene, no clause)
  const first = items[from] as Item;
  if (SCENE_OPENERS.has(first.lower) || SUBORDINATORS.has(first.lower) || OPENING_PREPOSITIONS.has(first.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text) || (items[quoteAt - 1] as Item).text === '(') return -1;
  // ("Then came the line “I am not a crook,”", "chants of “Marco!”": a noun or a preposition that names the quotation)
  const before = (items[quoteAt - 1] as Item).lower;
  if (QUOTE_NAMING_NOUNS.has(before) || QUOTE_INTRODUCERS.has(before)) return -1;
  return from;
}

/** A quotation of a phrase, not of a sentence: no stop, question or exclamation mark ends its words. */
function quotedPhrase(t: Item, text: string): boolean {
  const q = t.quote;
  return q !== undefined && !/[.?!…]\s*$/.test(text.slice(q.innerStart, q.innerEnd));
}

/** The comma that ends a short scene opening the sentence ("Since that ruling,", "In Iowa,"), with no other comma before the quotation; -1 if none. */
function openerComma(items: readonly Item[], from: number, quoteAt: number): number {
  const first = items[from];
  if (!first || !(SCENE_OPENERS.has(first.lower) || SUBORDINATORS.has(first.lower) || OPENING_PREPOSITIONS.has(first.lower) || FRAME_PREPOSITIONS.has(first.lower) || SCENE_PREPOSITIONS.has(first.lower))) return -1;
  let comma = -1;
  for (let k = from + 1; k < quoteAt; k++) {
    if ((items[k] as Item).text !== ',') continue;
    if (comma >= 0 || k - from > 8) return -1;
    comma = k;
  }
  return comma >= 0 && quoteAt - comma > 3 ? comma : -1;
}

/** Two commas around an aside after the subject, the second right before a quotation that opens with a verb. */
function asideBeforeVerb(items: readonly Item[], from: number, quoteAt: number, text: string): boolean {
  const q = items[quoteAt]?.quote;
  if (!q || items[quoteAt - 1]?.text !== ',' || !/^\p{Lu}/u.test(items[from]?.text ?? '')) return false;
  const commas = items.slice(from, quoteAt).filter((t) => t.text === ',').length;
  const verb = /^[a-z]+/.exec(text.slice(q.innerStart, q.innerEnd))?.[0] ?? '';
  // (or a present or past form: "The party, attended by hundreds, “allows us to …”", "“ruled out …”")
  return commas === 2 && items[from + 1]?.text !== ',' && (AUXILIARIES.has(verb) || FINITE_VERBS.has(verb) || /^[a-z]{2,}[^su]s$|^[a-z]{3,}ed$/.test(verb));
}
