// Whose a quotation or a pronoun is not: a bare quotation after a sentence that names someone else, and the person a
// question was put to, met as the next pronoun's first candidate only when reporters or a group asked.
import type { DocumentNames } from './document-names.ts';
import { FRAME_PREPOSITIONS, JOURNALIST_ROLES, SUBJECT_PRONOUNS, OPENING_PREPOSITIONS, SCENE_PREPOSITIONS, THIRD_PERSON } from './lexicon-clauses.ts';
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
    // (not the object of a preposition or a verb when the last speaker is the sentence's subject: "Jones came within 400
    // votes of Tom Hughes", "He met Allan Kilavuka"; but "Then came Bernie Sanders", "Also at the meeting was …")
    const before = items[k - 1];
    const object = before?.word && (OPENING_PREPOSITIONS.has(before.lower) || FRAME_PREPOSITIONS.has(before.lower) || SCENE_PREPOSITIONS.has(before.lower) || before.lower === 'alongside' || isVerbLike(before));
    if (object && lastIsSubject(items, k, last)) continue;
    const person = names.canonical(`${a.text} ${b.text}`);
    if (person && person !== last) return true;
  }
  return false;
}

/**
 * Reporters, a group or a journalist ("Host Chris Wallace", "Anchor Waihiga Mwaura") asked: the one asked is the next
 * pronoun's first candidate (not after "A patient asked the prime minister why …. He said …": the asker goes on).
 */
export function askedByGroup(m: Mention): boolean {
  const words = `${m.text} ${m.role ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
  return m.plural || words.some((w) => JOURNALISTS.has(w) || JOURNALIST_ROLES.has(w));
}

/** Whether the last speaker (by surname) or a pronoun is the subject of the sentence before `k`. */
function lastIsSubject(items: readonly Item[], k: number, last: string): boolean {
  const surname = last.split(' ').pop() ?? last;
  return items.slice(0, k).some((t) => t.text === surname || SUBJECT_PRONOUNS.has(t.lower));
}
