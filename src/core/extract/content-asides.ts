// What sits beside a reported clause without being part of it: whom the words are about ("said of Mr. Trump, “…”"), a
// relative clause about the speaker ("said Tom Brown, who has taken on tasks that …"), the writer's name for the words
// (", comments that were echoed by aides").
import { isVerbLike } from './content-clauses.ts';
import { PARTICIPLE, cueAt } from './cues.ts';
import { CUE_FORMS, FINITE_VERBS, PRONOUNS, ROLE_NOUNS } from './lexicon.ts';
import { ASIDE_OPENERS, AUXILIARIES, CARRYING_VERBS, NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, PERSON_OBJECT_PRONOUNS, REFLEXIVES, RELATIVE_PRONOUNS, SPEAKING_LEMMAS, TIME_ADVERBS } from './lexicon-clauses.ts';
import { REMARK_NOUNS } from './lexicon-nouns.ts';
import { isQuote, type Item } from './units.ts';
import { isCapitalised } from './capitals.ts';

/**
 * "said of Mr. Trump, “…”", "said of the plan that it would fail": whom or what the words are about, a short phrase with
 * no punctuation between "of" and the quotation or "that" (not "accused of spying, but … insisted that", nor "boasted of
 * his appeal to the voters that comprise the base", where "that" opens a relative clause).
 */
export function aboutWhom(items: readonly Item[], from: number, at: number, lemma: string): boolean {
  if (items[from]?.lower !== 'of' || at - from > 8 || !(SPEAKING_LEMMAS.has(lemma) || lemma === 'add')) return false;
  const about = items.slice(from + 1, isQuote(items[at]) ? at - 1 : at);
  // (no relative clause inside: "said of the men that attacked her, “…”", "said of the township that she grew up in that …")
  if (about.some((x) => !x.word || x.lower === 'that' || RELATIVE_PRONOUNS.has(x.lower))) return false;
  if (isQuote(items[at])) return true;
  // "that" opens the content when a clause follows it ("that it would", "that the plan had"), or after a name or pronoun
  const next = items[at + 1];
  // ("said of the bill that it “would help millions”": the clause may go on in a quotation)
  const clause = next !== undefined && (PRONOUNS.has(next.lower) || NOUN_DETERMINERS.has(next.lower)) && [2, 3, 4].some((d) => AUXILIARIES.has(items[at + d]?.lower ?? '') || (d === 2 && isQuote(items[at + d])));
  const person = about.length <= 3 && about.every((x) => isCapitalised(x) || PERSON_OBJECT_PRONOUNS.has(x.lower) || REFLEXIVES.has(x.lower));
  return (clause || person) && !FINITE_VERBS.has(next?.lower ?? '');
}

/**
 * "asked the board: “…”", "warned residents: “…”": the one addressed, a short phrase of words with no verb between the
 * cue and a colon right before the quotation, which is what was said.
 */
export function addressedBeforeColon(items: readonly Item[], from: number, at: number): boolean {
  if (!isQuote(items[at]) || items[at - 1]?.text !== ':' || at - 1 - from > 5) return false;
  const phrase = items.slice(from, at - 1);
  const first = phrase[0];
  return first !== undefined && (NOUN_DETERMINERS.has(first.lower) || isCapitalised(first) || PERSON_OBJECT_PRONOUNS.has(first.lower) || ROLE_NOUNS.has(first.lower)) && phrase.every((x) => x.word && !CUE_FORMS.has(x.lower) && !isVerbLike(x));
}

/** ", comments that were echoed", ", a claim aides denied", ", remarks which drew …": a noun naming the words, then a clause about them. */
export function remarkAppositive(items: readonly Item[], at: number): boolean {
  // (only "a"/"an" opens one with a clause and no relative: "…, a claim aides denied"; "the charges were dropped" is
  // the next clause of the content)
  const det = NOUN_DETERMINERS.has(items[at]?.lower ?? '') ? 1 : 0;
  const indefinite = items[at]?.lower === 'a' || items[at]?.lower === 'an';
  const noun = items[at + det];
  if (!noun || !REMARK_NOUNS.has(noun.lower)) return false;
  const nx = items[at + det + 1];
  // (not a list: "the claims, comments and letters it received")
  if (!nx?.word || NEW_CLAUSE_CONJUNCTIONS.has(nx.lower) || nx.lower === 'or') return false;
  // (a bare plural only with its relative: not "…, words have the power to …", a clause of the content's own)
  if (RELATIVE_PRONOUNS.has(nx.lower) || nx.lower === 'that') return true;
  return indefinite && (isVerbLike(nx) || items.slice(at + 3, at + 5).some((x) => x.word && (isVerbLike(x) || CUE_FORMS.has(x.lower))));
}

/** A relative clause from `from` ("who …") up to `to` with no cue verb in it: what follows in it is about the speaker. */
export function plainRelative(items: readonly Item[], from: number, to: number): boolean {
  if (!RELATIVE_PRONOUNS.has(items[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k++) if (CUE_FORMS.has((items[k] as Item).lower) && !NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') && cueAt(items, k) !== null) return false;
  return true;
}

/**
 * A cue of its own right before the second half of a split quotation: "adding, “", "and added: “", "before pointing
 * out, “", "adding of Mr. Trump, “", "and his deputy added, “" (not an aside with an object: "describing the scene, “",
 * "citing the latest figures, “" leave one quotation).
 */
export function secondCueBefore(items: readonly Item[], after: number, quote: number): boolean {
  for (let j = after; j < quote; j++) {
    const x = items[j] as Item;
    const c = x.word && CUE_FORMS.has(x.lower) ? cueAt(items, j) : null;
    if (!c) continue;
    const prev = items[j - 1]?.lower ?? '';
    const joined = PARTICIPLE.test(x.lower) ? !ASIDE_OPENERS.has(x.lower) && /^(,|before|while|and)$/.test(prev) : items.slice(Math.max(after, j - 5), j).some((y) => y.lower === 'and');
    if (!joined) continue;
    // only a particle, "of" and whom it is about, and the comma or colon between the cue and the quotation
    const rest = items.slice(c.next, quote);
    const tail = rest.length > 0 && /^[,:]$/.test((rest[rest.length - 1] as Item).text) ? rest.slice(0, -1) : rest;
    // (or an adverb: "adding later, “", "and added quickly: “")
    const adverb = tail.length === 1 && ((tail[0] as Item).lower.endsWith('ly') || TIME_ADVERBS.has((tail[0] as Item).lower));
    if (tail.length === 0 || adverb || (tail[0]?.lower === 'of' && tail.length <= 5 && tail.every((y) => y.word))) return true;
  }
  return false;
}


/**
 * "“I think he will do it,” said Kunin", "“B,” Mary Cole told reporters": the quotation at `quote` has an attribution of
 * its own right after it, naming someone, so it goes on no earlier speaker's words ("“A,” she said, but …, “B,” said
 * Kunin"). Not "“B,” he added", the same speaker going on.
 */
export function namedAttributionAfter(items: readonly Item[], quote: number): boolean {
  const from = items[quote + 1]?.text === ',' ? quote + 2 : quote + 1;
  for (let n = from; n < items.length && n - from < 5; n++) {
    const x = items[n] as Item;
    if (!x.word || isQuote(x)) return false;
    if (!CUE_FORMS.has(x.lower) || !cueAt(items, n)) continue;
    // (an outlet relaying the words is no new speaker: "“B,” Reuters reported")
    if (CARRYING_VERBS.has(x.lower)) return false;
    const before = items.slice(from, n);
    const after = items[n + 1];
    return (before.length > 0 && before.every((y) => isCapitalised(y) && !PRONOUNS.has(y.lower))) || (before.length === 0 && after !== undefined && isCapitalised(after) && !PRONOUNS.has(after.lower));
  }
  return false;
}
