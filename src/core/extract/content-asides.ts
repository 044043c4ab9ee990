// What sits beside a reported clause without being part of it: whom the words are about ("said of Mr. Trump, “…”"), a
// relative clause about the speaker ("said Tom Brown, who has taken on tasks that …"), the writer's name for the words
// (", comments that were echoed by aides").
import { isVerbLike } from './content-clauses.ts';
import { CUE_FORMS, FINITE_VERBS } from './lexicon.ts';
import { NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, RELATIVE_PRONOUNS, SPEAKING_LEMMAS } from './lexicon-clauses.ts';
import { REMARK_NOUNS } from './lexicon-nouns.ts';
import { isQuote, type Item } from './units.ts';

/**
 * "said of Mr. Trump, “…”", "said of the plan that it would fail": whom or what the words are about, a short phrase with
 * no punctuation between "of" and the quotation or "that" (not "accused of spying, but … insisted that", nor "boasted of
 * his appeal to the voters that comprise the base", where "that" opens a relative clause).
 */
export function aboutWhom(items: readonly Item[], from: number, at: number, lemma: string): boolean {
  if (items[from]?.lower !== 'of' || at - from > 8 || !(SPEAKING_LEMMAS.has(lemma) || lemma === 'add')) return false;
  if (items.slice(from + 1, at - 1).some((x) => !x.word)) return false;
  return isQuote(items[at]) || !FINITE_VERBS.has(items[at + 1]?.lower ?? '');
}

/** ", comments that were echoed", ", a claim aides denied", ", remarks which drew …": a noun naming the words, then a clause about them. */
export function remarkAppositive(items: readonly Item[], at: number): boolean {
  const det = NOUN_DETERMINERS.has(items[at]?.lower ?? '') ? 1 : 0;
  const noun = items[at + det];
  if (!noun || !REMARK_NOUNS.has(noun.lower)) return false;
  const nx = items[at + det + 1];
  // (not a list: "the claims, comments and letters it received")
  if (!nx?.word || NEW_CLAUSE_CONJUNCTIONS.has(nx.lower) || nx.lower === 'or') return false;
  // (a bare plural only with its relative: not "…, words have the power to …", a clause of the content's own)
  if (RELATIVE_PRONOUNS.has(nx.lower) || nx.lower === 'that') return true;
  return det === 1 && (isVerbLike(nx) || (items[at + 3]?.word === true && isVerbLike(items[at + 3] as Item)));
}

/** A relative clause from `from` ("who …") up to `to` with no cue verb in it: what follows in it is about the speaker. */
export function plainRelative(items: readonly Item[], from: number, to: number): boolean {
  if (!RELATIVE_PRONOUNS.has(items[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k++) if (CUE_FORMS.has((items[k] as Item).lower) && !NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '')) return false;
  return true;
}
