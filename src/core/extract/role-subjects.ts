// People told apart within a family as a sentence's subject ("the elder Tillotson recalls …", "Her daughter Mai, 10,
// read …"): remembered for the "he" or "she" of the next statement. (A role alone as a subject, "The minister declined
// to comment.", is not noted: the next "he" is more often the person just introduced; review 67.)
import type { DocumentContext } from './coreference.ts';
import { RELATIVE_PRONOUNS } from './lexicon-clauses.ts';
import { analyseMention, isCapitalised } from './mentions.ts';
import { GENERATION_WORD } from './coreference-entity.ts';
import { isGivenName } from './given-names.ts';
import type { Item } from './units.ts';

/**
 * "In a chapter on …, the elder Tillotson recalls …": one of a family, told apart by generation, as the subject at `s`
 * (only when the story's ages or generations tell which one: "the older Williams sister" of two with no ages is no one).
 */
export function noteGenerationSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if (items[s]?.lower !== 'the' || !GENERATION_WORD.test(items[s + 1]?.lower ?? '')) return;
  let e = s + 2;
  while (e < items.length && e - s < 6 && isCapitalised(items[e] as Item)) e++;
  const verb = items[e];
  // (its verb: "recalls", "laughed"; not "the elder Tillotson and his wife", "the younger Hill, who …")
  if (e === s + 2 || !verb?.word || !/^\p{Ll}/u.test(verb.text) || RELATIVE_PRONOUNS.has(verb.lower) || verb.lower === 'and' || verb.lower === 'of') return;
  const m = analyseMention(items.slice(s, e), text);
  if (m && m.kind === 'name' && !m.institution) ctx.noteGeneration(m);
}

/** "Her daughter Mai, 10, read a letter", "His sister Kim Yo Jong travelled": the relative named at `n`, the relation as role. */
export function noteRelativeByName(items: readonly Item[], s: number, n: number, text: string, ctx: DocumentContext): void {
  let e = n + 1;
  while (e < items.length && e - n < 4 && isCapitalised(items[e] as Item)) e++;
  if (e === n + 1 && !isGivenName((items[n] as Item).text)) return;
  const m = analyseMention(items.slice(n, e), text);
  if (m && m.kind === 'name' && !m.institution) ctx.noteMention({ ...m, role: (items[s + 1] as Item).lower }, true);
}
