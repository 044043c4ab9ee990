// Whose a quotation or a pronoun is not: a bare quotation after a sentence that names someone else, and the person a
// question was put to, met as the next pronoun's first candidate only when reporters or a group asked.
import type { DocumentNames } from './document-names.ts';
import { FRAME_PREPOSITIONS, OPENING_PREPOSITIONS, SCENE_PREPOSITIONS, THIRD_PERSON } from './lexicon-clauses.ts';
import { isVerbLike } from './content-clauses.ts';
import { JOURNALISTS } from './lexicon-nouns.ts';
import type { Mention } from './mentions.ts';
import type { Item, Unit } from './units.ts';

/**
 * Whether a sentence right before a bare quotation, with no statement of its own, names in full a person other than
 * the last speaker ("On “Face the Nation,” Sen. Bernie Sanders … identified … “…”" after Mike Pence spoke): the
 * quotation is then not the last speaker's.
 */
export function namesSomeoneElse(unit: Unit, quote: Unit, last: string, names: DocumentNames, text: string): boolean {
  // (a quotation about that person, "John Baker, the governor, was elected … “He has betrayed …”", stays the last
  // speaker's)
  if (text.slice(quote.start, quote.end).split(/[^\p{L}]+/u).some((w) => THIRD_PERSON.has(w.toLowerCase()))) return false;
  const items = unit.items;
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k] as Item;
    const b = items[k + 1] as Item;
    if (!a.word || !b.word || !/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text)) continue;
    // (not the object of a preposition or a verb: "came within 400 votes of Tom Hughes", "met Allan Kilavuka")
    const before = items[k - 1];
    if (before?.word && (OPENING_PREPOSITIONS.has(before.lower) || FRAME_PREPOSITIONS.has(before.lower) || SCENE_PREPOSITIONS.has(before.lower) || before.lower === 'alongside' || isVerbLike(before))) continue;
    const person = names.canonical(`${a.text} ${b.text}`);
    if (person && person !== last) return true;
  }
  return false;
}

/** Reporters, a group, or someone kept as written asked: the one asked is the next pronoun's first candidate. */
export function askedByGroup(m: Mention): boolean {
  return m.plural || JOURNALISTS.has(m.text.toLowerCase().split(/\s+/).pop() ?? '');
}
