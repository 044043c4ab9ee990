// Why the words after a cue are, or are not, what its speaker reported (a clause, a quotation, a finding), and not an
// act, a topic, a request or a time.
import { mannerContentOk } from './manner.ts';
import { startsQuantity } from './content.ts';
import { isVerbLike, nameOpensClause } from './content-clauses.ts';
import type { Scan } from './frames.ts';
import { CUE_ACTS, FINDING_SOURCES, ROLE_NOUNS, FINITE_VERBS, INFINITIVE_CUES, INTERVENING, OBJECT_CUES, QUESTION_CUES, WEAK_CUES, MANNER_CUES } from './lexicon.ts';
import { FORECAST_FIGURES, FINDING_LEMMAS, QUANTIFIERS, AUXILIARIES, NUMBER_WORDS, NAMING_FORMS, CONTENT_NEVER_OPENS, CONTENT_OPENERS, FINITE_BE, DENIED_REQUESTS, DENIED_THING_OPENERS, NOUN_DETERMINERS, QUANTITY_OPENERS, QUANTITY_SECONDS, PERSON_OBJECT_PRONOUNS, QUESTION_WORDS, REQUESTED_VERBS, RELATIVE_PRONOUNS, SHARE_APPROXIMATORS, SUBORDINATORS, TIME_COUNT_ENDS, TIME_COUNTS, ANSWER_WORDS, ENDORSING_LEMMAS, ESTIMATING_LEMMAS, SAYING_PARTICIPLES } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, FRAME_NOUNS, PLURALS_WITHOUT_S, POSSESSIVE_PRONOUNS, STANCE_NOUNS, WRITTEN_WORKS } from './lexicon-nouns.ts';
import { isCapitalised } from './mentions.ts';
import { namesFinding } from './findings.ts';
import { claimedNoWords } from './claimed.ts';
import { requestAt } from './frames-asked.ts';
import { isQuote, type Item } from './units.ts';

/**
 * Whether `from..end` is only a time counted back or on ("two months ago", "a week later"), which is when, not what; not
 * "defeat a week later", whose content comes first.
 */
export function timeAlone(items: readonly Item[], from: number, end: number): boolean {
  const first = items[from];
  const last = items[end - 1]?.word === true ? end - 1 : end - 2;
  return first !== undefined && (startsQuantity(first) || TIME_COUNTS.has(first.lower)) && last - from <= 3 && TIME_COUNT_ENDS.has(items[last]?.lower ?? '');
}

/** Why the words after a cue are, or are not, what the speaker reported. */
export function reported(s: Scan, cs: { start: number; that: boolean }, ce: number): { ok: boolean; min: number; bare: boolean; asked: boolean } {
  const { items, text, cue, subj } = s;
  // (not a quotation that "what X called" gives to someone else: "sought the convention … shedding what Gilbert called
  // “a perception problem”" makes "sought" no statement)
  const quoteAt = items.findIndex((x, k) => k >= cs.start && k < ce && x.quote !== undefined && !x.quote.single);
  const hasQuote = quoteAt >= 0 && !whatCalled(items, quoteAt);
  // "expressed concern over …", "voiced hope that …": the stance noun carries the statement
  const stance = cue.lemma === 'express' && STANCE_NOUNS.has(items[cs.start]?.lower ?? '');
  // "asked Hale whether Biden won": a reported question states nothing; "asked Zakharova to comment": a request
  const question = QUESTION_CUES.has(cue.lemma) && items.slice(cs.start, cs.start + 7).some((x, k, a) => QUESTION_WORDS.has(x.lower) || (x.lower === 'to' && REQUESTED_VERBS.has(a[k + 1]?.lower ?? '')));
  // ("Todd asked whether that would take place before the election": the question put is a statement of its own kind)
  // ("Texas asked a federal judge to block the rules": so is a request, whom it asks and what)
  const asked = (question && QUESTION_WORDS.has(items[cs.start]?.lower ?? '')) || (!question && cue.lemma === 'ask' && requestAt(items, cs.start));
  // "who asked that her surname not be used": a condition of anonymity, not a statement
  const anonymityOnly = /^(ask|request|demand)$/.test(cue.lemma) && /\b(name|surname|identity)\b.{0,40}\bnot be (used|published|disclosed|identified|given|named)\b/i.test(text.slice(items[cs.start]?.start ?? 0, items[Math.min(ce, items.length) - 1]?.end ?? 0));
  // "Critics have long warned about the risks": a topic, not a proposition
  // ("said about half of the rise came from …" opens a clause with a share)
  // ("reminded Trump of the actions of …": what one is reminded of is a topic too)
  const topicOnly = (/^(about|on)$/.test(items[cs.start]?.lower ?? '') || (cue.lemma === 'remind' && items[cs.start]?.lower === 'of')) && !hasQuote && !cs.that && !startsQuantity(items[cs.start + 1]);
  // (consent needs more than its verb: "because Harcourt agreed to settle" reports no words; "vows to fight" does)
  const infinitive = INFINITIVE_CUES.has(cue.lemma) && items[cs.start]?.lower === 'to' && (cue.lemma !== 'agree' || ce - cs.start > 2);
  // ("expects underlying EBIT of …", "expect Mr. Kim to be reappointed": a forecast of a figure, or someone's act; not
  // "Fans expected a win", "Police expect delays")
  const object = OBJECT_CUES.has(cue.lemma) && !infinitive && cs.start === cue.next && (cue.lemma !== 'expect' || expectedFigureOrAct(items, cs.start, ce));
  // "a new poll shows the governor trailing": what a poll, report or study finds
  const finding = findingCue(cue.lemma) && (subj.mention.institution === true || namesFindingSource(s));
  // (a cue with a particle, "called for", "pointed out", is never weak: the particle makes it one)
  const c0 = items[cs.start];
  // "American officials hope the technology can aid …": a belief or a wish with its clause, no "that"
  const act = CUE_ACTS.get(cue.lemma);
  // ("CNN reported at least six planes filled the skies": a report with its clause)
  // ("They noted his attorney offered to appear": a possessive opens the clause's subject too)
  // ("Comey noted people involved in the case could still be …": a group of people opens one too)
  // (with an auxiliary of its own: not "urged citizens to avoid the affected areas", a request)
  // (nor one in a relative clause: "recalled women who would walk miles for water")
  const window = items.slice(cs.start + 1, Math.min(ce, cs.start + 9));
  const auxAt = window.findIndex((x) => AUXILIARIES.has(x.lower));
  // ("hoped other drivers would feel able to …", "believes many voters will …": or a quantifier before the group's noun)
  const quantified = (QUANTIFIERS.has(c0?.lower ?? '') || c0?.lower === 'other') && /^\p{Ll}+$/u.test(items[cs.start + 1]?.text ?? '') && !AUXILIARIES.has(items[cs.start + 1]?.lower ?? '');
  const group = c0?.word === true && /^\p{Ll}/u.test(c0.text) && (PLURALS_WITHOUT_S.has(c0.lower) || ROLE_NOUNS.has(c0.lower) || quantified) && auxAt >= 0 && !window.slice(0, auxAt).some((x) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'that');
  // ("CNN reports Clinton's last press conference was held …", "The star noted Latinos and Blacks have …": a name)
  const opensClause = CONTENT_OPENERS.has(c0?.lower ?? '') || POSSESSIVE_PRONOUNS.has(c0?.lower ?? '') || group || (c0 !== undefined && nameOpensClause(items, cs.start, ce)) || QUANTITY_OPENERS.has(c0?.lower ?? '') && (/^\d/.test(items[cs.start + 1]?.text ?? '') || QUANTITY_SECONDS.has(items[cs.start + 1]?.lower ?? ''));
  const verbs = items.slice(cs.start + 1, Math.min(ce, cs.start + 9)).filter((x) => AUXILIARIES.has(x.lower) || (act === undefined && (FINITE_VERBS.has(x.lower) || /[a-z]ed$/.test(x.lower)))).length;
  const clause = opensClause && verbs > 0 && (act === 'thinks' || act === 'wants' || act === undefined || ESTIMATING_LEMMAS.has(cue.lemma));
  // ("advised against all travel", "advised Americans not to travel": advice with its object)
  const advice = cue.lemma === 'advise' && (c0?.lower === 'against' || (c0?.lower === 'not' && items[cs.start + 1]?.lower === 'to'));
  // ("is forecasting another 40 to 60 millimetres of rain", "estimated 3,000 jobs would go": a finding of a quantity)
  const counted = act === 'found' && (startsQuantity(c0) || ((SHARE_APPROXIMATORS.has(c0?.lower ?? '') || c0?.lower === 'another') && startsQuantity(items[cs.start + 1])));
  // ("was shouted down by supporters after telling them they were “being ridiculous”": how words were said, then them)
  // (right after the cue: not "went on to name cities that have mourned …")
  const mannerOk = !MANNER_CUES.has(cue.lemma) || mannerContentOk(items, cue.next, cs.start, cs.that, ce, s.text);
  const weakOk = mannerOk && (!WEAK_CUES.has(cue.lemma) || cs.that || hasQuote || stance || infinitive || object || finding || clause || advice || asked || counted);
  // "Democrats denied Republicans the votes", "denied staff the use of …": to deny people something is no statement
  // ("The board denied Brandt's request to defer the vote", "denied his application for bail": a request turned down)
  // (not a clause whose subject it is: "denied the request was ever made", "denied the visa process was discriminatory")
  // (up to "to", "for" or a subordinate clause: "denied them mining permits until the work was completed" is refused)
  const clauseAfter = (k: number): boolean => {
    for (let n = k; n < k + 7 && items[n]?.word === true && (items[n] as Item).lower !== 'to' && (items[n] as Item).lower !== 'for' && !SUBORDINATORS.has((items[n] as Item).lower); n++) if (AUXILIARIES.has((items[n] as Item).lower) || FINITE_VERBS.has((items[n] as Item).lower)) return true;
    return false;
  };
  const refused = cue.lemma === 'deny' && !cs.that && [0, 1, 2].some((d) => DENIED_REQUESTS.has(items[cs.start + d]?.lower ?? '') && !clauseAfter(cs.start + d + 1));
  const withheld = refused || (cue.lemma === 'deny' && !cs.that && c0 !== undefined && (PERSON_OBJECT_PRONOUNS.has(c0.lower) || /^\p{Lu}/u.test(c0.text) || PLURALS_WITHOUT_S.has(c0.lower) || ROLE_NOUNS.has(c0.lower)) && [1, 2, 3].some((d) => DENIED_THING_OPENERS.has(items[cs.start + d]?.lower ?? '')));
  // "wrote a New York Times opinion piece on …", "wrote the letter to …": the document written, not its words
  // (not "wrote the bill would strip …": the noun is a clause's subject when a verb follows it)
  const wroteDocument = cue.lemma === 'write' && !cs.that && !hasQuote && c0 !== undefined && NOUN_DETERMINERS.has(c0.lower) && items.slice(cs.start + 1, Math.min(ce, cs.start + 7)).some((x, n) => (DOCUMENT_NOUNS.has(x.lower) || FRAME_NOUNS.has(x.lower) || WRITTEN_WORKS.has(x.lower)) && !isVerbLike(items[cs.start + n + 2] as Item));
  // "responded enthusiastically by easing sanctions", "responded with force": an action, not words
  // ("Lakeshore State answered eight minutes later when …", "replied with a goal": a team's answer is a score)
  const answering = cue.lemma === 'respond' || cue.lemma === 'answer' || cue.lemma === 'reply';
  const countFirst = c0 !== undefined && (/^\d/.test(c0.text) || NUMBER_WORDS.has(c0.lower));
  // ("answered questions from members of the public for an hour": what was answered, not the answer)
  const byAction = answering && !cs.that && !hasQuote && c0 !== undefined && (/^(by|with)$/.test(c0.lower) || countFirst || (/ly$/.test(c0.lower) && /^(by|with)$/.test(items[cs.start + 1]?.lower ?? '')) || (!clause && !isQuote(c0) && items[cs.start - 1]?.text !== ':' && !ANSWER_WORDS.has(c0.lower)));
  // "Islamic State claimed responsibility for the attack", "claimed the All-Ireland title": taking credit or a prize is
  // an act, not words (claimed.ts)
  const claimedAct = cue.lemma === 'claim' && !cs.that && claimedNoWords(items, cs.start, ce);
  // "passages … highlighted and notes written …": content never opens with a conjunction
  // (nor with a finite "be" right after the cue, which is then a noun after an adjective: "Domestic demand is holding up
  // well"; only a one-word speaker opening the clause: not "costs that Sundquist said are passed back …", "a probe the
  // agency said was ongoing")
  const conjunctionFirst = c0 !== undefined && (CONTENT_NEVER_OPENS.has(c0.lower) || (FINITE_BE.has(c0.text) && cs.start === cue.next && s.i - subj.start === 1 && (subj.start === 0 || items[subj.start - 1]?.word === false)));
  // ("RIA Novosti cited a diplomatic source as saying …": the source cited speaks, at "saying" (quotedAsSayingFrame))
  const relays = cue.lemma === 'cite' && items.slice(cs.start, Math.min(ce, cs.start + 14)).some((x, n, a) => x.lower === 'as' && SAYING_PARTICIPLES.has(a[n + 1]?.lower ?? ''));
  // ("the very place he proposed two months ago": a time alone is when, not what)
  const timeOnly = timeAlone(items, cs.start, ce);
  return { asked, ok: (!question || asked) && !topicOnly && !anonymityOnly && !withheld && !wroteDocument && !byAction && !claimedAct && !conjunctionFirst && !relays && !timeOnly && weakOk, min: object && ENDORSING_LEMMAS.has(cue.lemma) && (isCapitalised(c0 as Item) || PERSON_OBJECT_PRONOUNS.has(c0?.lower ?? '')) ? 1 : infinitive || object ? 2 : 3, bare: object && !cs.that && !hasQuote };
}

/** "shows", "found", "forecasts": the cues with which a poll, report, record or outlook reports what it found. */
export function findingCue(lemma: string): boolean {
  return FINDING_LEMMAS.has(lemma);
}

/** "new fundraising reports show", "Records from the county show": the subject's head is a poll, report or record. */
export function namesFindingSource(s: Scan): boolean {
  const first = s.items[s.subj.start] as Item;
  // (past an auxiliary or adverb before the cue: "…, a new study has found")
  let e = s.i;
  while (e - 1 > s.subj.start && (AUXILIARIES.has((s.items[e - 1] as Item).lower) || INTERVENING.has((s.items[e - 1] as Item).lower))) e--;
  const last = s.items[e - 1] as Item;
  // ("The committee published a report that found …": a relative on a finding's noun right before the cue)
  if (last !== undefined && (last.lower === 'that' || last.lower === 'which') && FINDING_SOURCES.has(s.items[e - 2]?.lower ?? '')) return true;
  return first !== undefined && last !== undefined && namesFinding(s.text.slice(first.start, last.end));
}

/** "what Gilbert called “…”", "what it calls “…”": the quotation at `quoteAt` follows "what", a short subject and a naming cue. */
export function whatCalled(items: readonly Item[], quoteAt: number): boolean {
  if (!isQuote(items[quoteAt]) || !NAMING_FORMS.has(items[quoteAt - 1]?.lower ?? '')) return false;
  for (let k = quoteAt - 2; k >= 0 && quoteAt - k <= 5; k--) if ((items[k] as Item).lower === 'what') return true;
  return false;
}

/** What "expect" takes as an object: a forecast figure ("revenue of $4.2 billion") or someone and their act ("X to do"). */
function expectedFigureOrAct(items: readonly Item[], from: number, end: number): boolean {
  for (let k = from; k < end && k - from <= 8; k++) {
    const t = items[k] as Item;
    if (FORECAST_FIGURES.has(t.lower) || (t.lower === 'to' && k > from && items[k + 1]?.word === true && !NOUN_DETERMINERS.has(items[k + 1]?.lower ?? ''))) return true;
    // (the object's own "to" only: not "expects nothing from the inquiry that is due to report")
    if (!t.word || t.lower === 'that' || t.lower === 'due' || RELATIVE_PRONOUNS.has(t.lower) || FINITE_VERBS.has(t.lower)) return false;
  }
  return false;
}
