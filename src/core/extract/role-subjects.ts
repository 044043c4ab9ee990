// People told apart within a family as a sentence's subject ("the elder Tillotson recalls …", "Her daughter Mai, 10,
// read …"), and someone new brought in by role ("A local resident spoke too."), by age alone ("The 29-year-old, who …,
// asked …") or as the one an outlet reached ("CBC News spoke to the father"): remembered for the "he" or "she" of the
// next statement. (A role with "the" as a subject, "The minister declined to comment.", is not noted: the next "he" is
// more often the person just introduced; review 67.)
import type { DocumentContext } from './coreference.ts';
import { AFTER_INTERVIEWEE, AUXILIARIES, BODY_PLACE_LINKS, INDEFINITE_ARTICLES, PERSON_OBJECT_PRONOUNS, REACHING_VERBS, RELATIVE_PRONOUNS, SPEAKING_FORMS, SPOKEN_MANNERS, TALKING_VERBS } from './lexicon-clauses.ts';
import { cueAt } from './cues.ts';
import { FINDING_SOURCES, INSTITUTION_NOUNS, NP_BREAKERS, OBJECT_CUES, QUESTION_CUES, ROLE_NOUNS, SEXED_PRONOUNS, WEAK_CUES } from './lexicon.ts';
import { DOCUMENT_NOUNS, OUTLET_WORDS, RELATION_NOUNS } from './lexicon-nouns.ts';
import { ROLE_PREPOSITIONS } from './lexicon-speakers.ts';
import { ALIAS_PARTICIPLES } from './lexicon-frames.ts';
import { isPersonNoun } from './person-words.ts';
import { isVerbLike } from './content-clauses.ts';
import { analyseMention, isCapitalised, writtenRole } from './mentions.ts';
import { GENERATION_WORD } from './coreference-entity.ts';
import { isGivenName } from './given-names.ts';
import { isCommonWord } from './names.ts';
import { isNationality } from './nationality.ts';
import { isQuote, type Item } from './units.ts';

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

/** A noun for a person by its first sense ("resident", "man"; not "tanker"), or a role or a relation. */
const personNoun = (w: string): boolean => isPersonNoun(w) || ROLE_NOUNS.has(w) || RELATION_NOUNS.has(w);

/**
 * "A local resident spoke too.", "A mother wrote to the board in protest.": someone new, brought in by a role alone as
 * the subject of a unit that attributes nothing, and speaking (review 69: not "A man was killed …", "A voter can …",
 * "A farmer showed him …", after which the next "he" is still most often the person named before; review 70: nor does
 * one who does not speak stand in the way of someone met before). Only with "a" or "an": "the candidate" is most often
 * someone met before.
 */
export function noteRoleOpening(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if (!INDEFINITE_ARTICLES.has(items[s]?.lower ?? '') && items[s]?.lower !== 'one') return;
  let k = s + 1;
  // (a nationality in capitals too: "One Indian official was more blunt.")
  while (k < items.length && k - s <= 5 && (items[k] as Item).word && !isQuote(items[k]) && (/^\p{Ll}/u.test((items[k] as Item).text) || isNationality((items[k] as Item).text)) && !AUXILIARIES.has((items[k] as Item).lower) && !RELATIVE_PRONOUNS.has((items[k] as Item).lower) && !NP_BREAKERS.has((items[k] as Item).lower) && !ROLE_PREPOSITIONS.has((items[k] as Item).lower) && !isVerbLike(items[k] as Item)) k++;
  const next = items[k];
  // (not "a worker named Antonio Arroyo has …": the name after it is the subject)
  if (k < s + 2 || !next?.word || ALIAS_PARTICIPLES.has(next.lower) || !personNoun((items[k - 1] as Item).lower)) return;
  // (past a relative clause and its own verb: "A man who lives near the park spoke too")
  // (or a copula and how the words were put: "One Indian official was more blunt.")
  const put = (next.lower === 'was' || next.lower === 'were') && SPOKEN_MANNERS.has((items[/^(?:more|less)$/.test(items[k + 1]?.lower ?? '') ? k + 2 : k + 1] as Item | undefined)?.lower ?? '');
  const speaks = put || speaksAt(items, k) || (RELATIVE_PRONOUNS.has(next.lower) && items.slice(k + 2, k + 10).some((x, n) => x.word && speaksAt(items, k + 2 + n) && !AUXILIARIES.has(items[k + 1 + n]?.lower ?? '')));
  const m = speaks ? analyseMention(items.slice(s, k), text) : null;
  if (m) ctx.noteRoleSubject(m);
}

/**
 * A verb of speech right after the phrase, at `k`, in the active and to no one a pronoun names ("spoke", "complained",
 * "wrote to the board"); not a question ("asked him"), a stance ("endorsed her rival"), a cue only in some senses
 * ("reported the break-in", "fired two shots"), "shouted at him", nor a verb after a modal or "declined to".
 */
function speaksAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t?.word) return false;
  const lemma = SPEAKING_FORMS.has(t.lower) ? 'speak' : cueAt(items, k)?.lemma;
  const addressed = PERSON_OBJECT_PRONOUNS.has(items[k + 1]?.lower ?? '') || PERSON_OBJECT_PRONOUNS.has(items[k + 2]?.lower ?? '');
  return lemma !== undefined && !QUESTION_CUES.has(lemma) && !OBJECT_CUES.has(lemma) && !WEAK_CUES.has(lemma) && !addressed;
}

/** noteRoleOpening when no name opens the unit (`e`, where a name opening it ends, is `s`), and noteBodyRoleOpening. */
export function noteRoleOpenings(items: readonly Item[], s: number, e: number, text: string, ctx: DocumentContext): void {
  if (e === s) noteRoleOpening(items, s, text, ctx);
  noteInterviewee(items, s, e, text, ctx);
  // (the age and its aside may be what an opener's comma cut off: "The 29-year-old, who …, asked …")
  noteAgeOpening(items, isArticle(items[0]?.lower ?? '') ? 0 : s, text, ctx);
  noteBodyRoleOpening(items, s, text, ctx);
  noteIntroducedObject(items, s, text, ctx);
}

/**
 * "DW reached one of the deported men by phone. The 29-year-old, who …, asked that his name not be published.": a
 * person by age alone (and a nationality or a person's noun: "The 31-year-old Iranian", "A 19-year-old from Guinea")
 * opening a unit that attributes nothing, then an aside or a verb; the one of that age named before, or someone new, met
 * last (unlike a role, an age is one person's).
 */
function noteAgeOpening(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if (!isArticle(items[s]?.lower ?? '') || !/^\d{1,3}-year-old$/.test(items[s + 1]?.lower ?? '')) return;
  let k = s + 2;
  if (items[k]?.word && (isNationality((items[k] as Item).text) || personNoun((items[k] as Item).lower))) k++;
  const next = items[k];
  if (next === undefined || !(next.text === ',' || (next.word && isVerbLike(next)))) return;
  const m = analyseMention(items.slice(s, k), text);
  // (the sex the sentence gives its subject: "… asked that his name not be published")
  const own = items.slice(k).find((t) => SEXED_PRONOUNS.has(t.lower))?.lower;
  if (m && m.kind === 'role' && !m.institution && !m.plural) ctx.noteRoleSubject(m, own === undefined ? null : (SEXED_PRONOUNS.get(own) ?? null));
}

/**
 * "The US embassy in Havana rejected that argument. …, it said …": a body by a lower-case noun ("embassy", "ministry")
 * opening a unit that attributes nothing, with "the", up to two words before it and a place after "in", "of" or "at",
 * then a verb: met as the body last acting, the next "it".
 */
function noteBodyRoleOpening(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if ((items[s] as Item | undefined)?.lower !== 'the') return;
  let k = s + 1;
  while (k < items.length && k - s <= 3 && (items[k] as Item).word && !INSTITUTION_NOUNS.has((items[k] as Item).lower)) k++;
  const head = items[k];
  // (not a document or a finding's source: "the strong jobs report", "the white paper")
  if (head === undefined || !INSTITUTION_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || FINDING_SOURCES.has(head.lower) || !/^\p{Ll}/u.test(head.text)) return;
  let e = k + 1;
  if (BODY_PLACE_LINKS.has(items[e]?.lower ?? '') && items[e + 1] !== undefined && isCapitalised(items[e + 1] as Item)) {
    e += 2;
    while (e < items.length && e - k < 6 && (items[e] as Item).word && isCapitalised(items[e] as Item)) e++;
  }
  const verb = items[e];
  if (verb === undefined || !verb.word || !isVerbLike(verb)) return;
  // (the body's noun and its words before it as written: "the US embassy in Havana", not the place alone)
  const m = analyseMention(items.slice(s, k + 1), text);
  const [start, end] = [(items[s] as Item).start, (items[e - 1] as Item).end];
  if (m && m.kind === 'role' && m.institution) ctx.noteBodyRole(e === k + 1 ? m : writtenRole(text.slice(start, end), start, end, true, false));
}

const isArticle = (w: string): boolean => w === 'the' || INDEFINITE_ARTICLES.has(w);

/**
 * "CBC News spoke to the father by video call. He asked that his name not be used …": the one an outlet (or "we")
 * opening the unit spoke to, interviewed or reached is met last, the next "he" or "she" (not after anyone else's talk:
 * "The minister spoke to the president. He said …" is the minister).
 */
function noteInterviewee(items: readonly Item[], s: number, e: number, text: string, ctx: DocumentContext): void {
  const last = items[Math.max(s, e - 1)];
  // (not a surname that is an outlet's word too: "Fox met the Chinese ambassador" after Liam Fox)
  if (last === undefined || !OUTLET_WORDS.has(last.lower) || ctx.namedPeople().some((n) => n.endsWith(` ${last.text}`))) return;
  let k = Math.max(s, e - 1) + 1;
  const verb = items[k]?.lower ?? '';
  if (REACHING_VERBS.has(verb)) k++;
  else if (TALKING_VERBS.has(verb) && (items[k + 1]?.lower === 'to' || items[k + 1]?.lower === 'with')) k += 2;
  else return;
  // (the person's phrase only, to its head: not "the camp last week", "the captain after the match")
  let end = k;
  while (end < items.length && end - k < 6 && (items[end] as Item).word && !ROLE_PREPOSITIONS.has((items[end] as Item).lower) && !AFTER_INTERVIEWEE.has((items[end] as Item).lower) && !isVerbLike(items[end] as Item)) end++;
  const m = end > k ? analyseMention(items.slice(k, end), text) : null;
  if (m?.kind === 'name' && !m.institution) ctx.noteMention(m, true);
  else if (m?.kind === 'role' && !m.institution && !m.plural && personNoun((items[end - 1] as Item).lower)) ctx.noteRoleSubject(m);
}

/**
 * "The findings don't surprise Sylvain Roussel, a professor of marketing at Laval. He said …": in a sentence whose subject
 * is a thing (an article and a noun for no person), someone named in full with an appositive role of a person is met
 * last, the next "he" or "she" (not a speaker before: "A manager said …").
 */
function noteIntroducedObject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  const head = items[s + 1];
  if (items[s]?.lower !== 'the' || !head?.word || !/^\p{Ll}+$/u.test(head.text) || isPersonNoun(head.lower) || ROLE_NOUNS.has(head.lower) || INSTITUTION_NOUNS.has(head.lower)) return;
  for (let k = s + 2; k < items.length - 3; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ';') return;
    // (a given name, or a word no list knows in capitals: "Sylvain")
    const given = isGivenName(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !isCommonWord(t.lower));
    if (!given || !isCapitalised(items[k + 1] as Item) || items[k + 2]?.text !== ',' || !INDEFINITE_ARTICLES.has(items[k + 3]?.lower ?? '')) continue;
    // (the role's head: its last word before a preposition or a mark)
    const cut = items.findIndex((x, n) => n >= k + 4 && n < k + 10 && (!x.word || ROLE_PREPOSITIONS.has(x.lower)));
    const last = items[(cut >= 0 ? cut : k + 10) - 1];
    const m = analyseMention(items.slice(k, k + 2), text);
    if (m && m.kind === 'name' && !m.institution && last?.word && (isPersonNoun(last.lower) || ROLE_NOUNS.has(last.lower))) ctx.noteMention(m, true);
    return;
  }
}
