// Stage 2, cues: where a reporting verb ("said", "pointed out", "went on to say") stands in a unit, and the
// tests on what follows or precedes it that other stages share.
import { COPULAR_CUES, CUE_FORMS, PRONOUNS, FINDING_SOURCES, CUE_PARTICLES, FINITE_VERBS, INSTITUTION_NOUNS, INTERVENING, ROLE_NOUNS, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { AMOUNT_NOUNS, PUBLISHING_VERBS, SPEAKING_LEMMAS, PERSON_OBJECT_PRONOUNS, NOT_A_NAMING_AFTER_THE, PARTS_OF_DAY, DURATION_WORDS, CONTACT_PREPOSITIONS, CONTACT_VERBS, VERB_ONLY_FORMS, DEFENDED_PEOPLE, PUT_IT_WAYS, DEGREE_WORDS, FRAME_PREPOSITIONS, NOUN_PREPOSITIONS, AUXILIARIES, BACKING_AWAY, CUE_NOUNS, GO_FORMS, NOUN_AFTER_ACRONYM, PARTICIPLE_CLAUSE_OPENERS, CALL_PARTICLES, ISSUED_DETERMINERS, ISSUING_VERBS, NUMBER_WORDS, QUANTIFIERS, RELATIVE_TIME, TIME_UNITS } from './lexicon-clauses.ts';
import { CUE_BINOMIALS, CUE_COMPOUNDS, QUESTION_WORDS, INDEFINITE_ARTICLES, ASKERS, BASE_FORM_SUBJECTS, STATE_MODIFIERS, CONTENT_OPENERS, PLURAL_VERBS, THIRD_SINGULAR, CONTRACTED_SUBJECTS, MODALS, NOT_A_CUE_AFTER, NOUN_DETERMINERS, PERCEPTION_VERBS, PLACE_PREPOSITIONS, NOUN_OPENING_VERBS, OBJECT_PREPOSITIONS, PAST_LIKE_BASE, POLLED_PARTICIPLES, ROLE_PREPOSITIONS, OBJECT_PRONOUNS, PROGRESSIVE_BE, COPULAR_BE, QUANTITY_DETERMINERS, REMARK_MODIFIERS, TO_CUE_FRAMES, TO_CUE_ADJECTIVES, TO_SAY_VERBS, TO_SAY_FRAMES, RELATIVE_WORDS } from './lexicon-clauses.ts';
import { skipInterveningBack } from './phrase-tokens.ts';
import { FINDING_LEMMAS, RULING_SUBJECTS, SUBJECT_PRONOUNS } from './lexicon-frames.ts';
import { DOCUMENT_NOUNS, RELATION_NOUNS, POSSESSIVE_PRONOUNS, SHARE_HEADS } from './lexicon-nouns.ts';
import { mannerAdverb } from './names.ts';
import { isQuote, type Item } from './units.ts';
import { isCapitalised } from './capitals.ts';

export const PARTICIPLE = /ing$/;

/** A negation right before a cue (or before its adverb): "did not say", "has never said", "wouldn't say". */
const NEGATION = /^(not|never|n[’']t)$/;

/**
 * How a progressive cue at `i` is introduced: after a form of "be" ("is calling on", "were saying"), after a subject
 * contracted with it ("he’s predicting"), or null when the participle is no progressive.
 */
export function progressiveAt(items: readonly Item[], i: number): 'be' | 'contracted' | null {
  const t = items[i];
  const prev = items[i - 1];
  if (!t || !prev || !PARTICIPLE.test(t.text)) return null;
  if (PROGRESSIVE_BE.has(prev.lower)) return 'be';
  const contraction = /^(.+)[’'](s|re)$/.exec(prev.lower);
  return contraction && CONTRACTED_SUBJECTS.has(contraction[1] as string) ? 'contracted' : null;
}

/** A participle at `i` between a count (or a determiner and an adverb) and a lower-case noun: "four declared disasters". */
function attributiveParticiple(items: readonly Item[], i: number): boolean {
  const counted = (t: Item | undefined): boolean => t !== undefined && (/^\d/.test(t.text) || NUMBER_WORDS.has(t.lower));
  const prev = items[i - 1];
  const next = items[i + 1];
  if (next === undefined || !next.word || !/^[a-z]+$/.test(next.text) || NOUN_DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || TAIL_STARTERS.has(next.lower)) return false;
  // (a count that is the subject is none: "one suggested she marry …", "The two privately warned colleagues …" — it
  // opens the sentence or follows a determiner)
  const modifier = (c: number): boolean => counted(items[c]) && c > 0 && !NOUN_DETERMINERS.has(items[c - 1]?.lower ?? '') && (items[c - 1] as Item).word;
  // (after a count, a plural noun only)
  if (counted(prev)) return /[^s]s$/.test(next.text) && modifier(i - 1);
  // (an adverb, not a noun in -ly: "a member of the family suggested they …")
  const adverb = prev !== undefined && /[a-z]ly$/.test(prev.text) && !ROLE_NOUNS.has(prev.lower) && !INSTITUTION_NOUNS.has(prev.lower) && !DOCUMENT_NOUNS.has(prev.lower);
  return adverb && (modifier(i - 2) || (NOUN_DETERMINERS.has(items[i - 2]?.lower ?? '') && !counted(items[i - 3])));
}

/** Is items[i] a usable cue? Returns the cue text (with particle) and the index after it. */
export function cueAt(items: readonly Item[], i: number): { cue: string; lemma: string; next: number } | null {
  // (asked of every item, and almost every item is no cue form: this test is a function of its own, small enough for V8
  // to optimise at once, while the tests of a cue form below run in baseline code — as one function, cueAt never left it)
  const t = items[i];
  if (!t || !t.word || t.quote !== undefined || !mayBeCueForm(t.text)) return null;
  const lemma = CUE_FORMS.get(t.text); // lower-case only: capitalised forms are names or sentence openers
  if (lemma && COPULAR_CUES.has(lemma)) return copularAt(items, i) >= 0 && clauseAfterAdjective(items, i + 1) ? { cue: t.text, lemma, next: i + 1 } : null;
  return lemma ? cueOfForm(items, i, t, lemma) : null;
}

/**
 * Where the form of "be" (or "remain") before the adjective at `i` stands ("is convinced", "remains very confident"),
 * one adverb of degree or time between; -1 if none or negated ("is not convinced", "was never sure").
 */
export function copularAt(items: readonly Item[], i: number): number {
  let k = i - 1;
  if (DEGREE_WORDS.has(items[k]?.lower ?? '') || INTERVENING.has(items[k]?.lower ?? '')) k--;
  return COPULAR_BE.has(items[k]?.lower ?? '') && !NEGATION.test(items[k + 1]?.lower ?? '') ? k : -1;
}

/** A clause after such an adjective: "that …", or its subject ("confident the deal will pass"); not "confident in …". */
function clauseAfterAdjective(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && t.word && (t.lower === 'that' || NOUN_DETERMINERS.has(t.lower) || CONTENT_OPENERS.has(t.lower) || (isCapitalised(t) && !isQuote(t)));
}

/**
 * The cue forms by length and first two letters (a–z), built from CUE_FORMS: a word in no cell is no cue form. Four
 * words in five are ruled out by this (PolNeAR train) before the map look-up, which hashed every token anew.
 */
const FORM_CELLS = formCells();

function formCells(): { readonly cells: Uint8Array; readonly longest: number; readonly odd: boolean } {
  let longest = 0;
  for (const form of CUE_FORMS.keys()) longest = Math.max(longest, form.length);
  const cells = new Uint8Array((longest + 1) * 676);
  // (a form not opening with two letters a–z, were there one, lets every such word through to the look-up)
  let odd = false;
  for (const form of CUE_FORMS.keys()) {
    const a = form.charCodeAt(0) - 97;
    const b = form.charCodeAt(1) - 97;
    if (form.length < 2 || !(a >= 0 && a < 26 && b >= 0 && b < 26)) odd = true;
    else cells[form.length * 676 + a * 26 + b] = 1;
  }
  return { cells, longest, odd };
}

/** False only when `word` is no key of CUE_FORMS. */
export function mayBeCueForm(word: string): boolean {
  const n = word.length;
  if (n > FORM_CELLS.longest) return false;
  if (n < 2) return FORM_CELLS.odd;
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  if (!(a >= 0 && a < 26 && b >= 0 && b < 26)) return FORM_CELLS.odd;
  return FORM_CELLS.cells[n * 676 + a * 26 + b] === 1;
}

/**
 * Whether the base form `t` at `i`, right after an acronym, is a noun the acronym modifies: before a title's quotation
 * or the noun's own verb ("the reality TV show “The Apprentice”", "the CBO estimate was …"), or, in a phrase that opens
 * with its determiner, a form that is also a noun before "for/to/that …" ("The SNP call for a referendum was rejected",
 * "The UN demand that …"). Not "Police in the UK say …", "The RMT say that …" (a body in the plural) nor "both the US
 * and the UK say …" (a joined subject).
 */
function acronymNoun(items: readonly Item[], i: number, t: Item): boolean {
  const next = items[i + 1];
  const opening = NOUN_DETERMINERS.has(items[i - 2]?.lower ?? '') && (i - 2 === 0 || !items[i - 3]?.word);
  const nounNext = isQuote(next) || AUXILIARIES.has(next?.lower ?? '') || /^[a-z]+ed$/.test(next?.text ?? '') || (opening && CUE_NOUNS.has(t.lower) && NOUN_AFTER_ACRONYM.has(next?.lower ?? ''));
  return nounNext && acronymModifies(items, i - 1);
}

/** Whether the acronym at `k` modifies a noun after it: "a TV show", "the reality TV show", "the CBO estimate". */
function acronymModifies(items: readonly Item[], k: number): boolean {
  const before = items[k - 1];
  if (!before?.word) return false;
  if (before.lower === 'a' || before.lower === 'an' || (/^[a-z]+$/.test(before.text) && !NOUN_DETERMINERS.has(before.lower))) return true;
  return before.lower === 'the' && !items.slice(Math.max(0, k - 6), k - 1).some((x) => x.lower === 'and');
}

/** "…, the affidavit states.": a cue closing its sentence, its short subject right after a comma. */
function closingAttribution(items: readonly Item[], i: number): boolean {
  if (items[i + 1] !== undefined && items[i + 1]?.text !== '.') return false;
  // (not ", officials in three states.": a count before it makes "states" a noun)
  const prev = items[i - 1];
  if (prev === undefined || /^\d/.test(prev.text) || NUMBER_WORDS.has(prev.lower) || QUANTIFIERS.has(prev.lower)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const x = items[k] as Item;
    if (x.text === ',') return k < i - 1;
    // (or after a quotation: "“…,” the minister states.")
    if (isQuote(x)) return k < i - 1;
    if (!x.word) return false;
  }
  return false;
}

/** "The minister states the plan is …": "states" before a clause, after a pronoun or a person's or document's noun, or
 * inverted after an opening quotation. */
function statesClause(items: readonly Item[], i: number): boolean {
  const prev = items[i - 1];
  const next = items[i + 1];
  // ("“…,” states the minister.": a quotation opening the sentence, not "the “swing” states")
  if (isQuote(prev) && !items[i - 2]?.word && next?.word) return true;
  // (not the idiom: "He states the obvious")
  if (!prev?.word || !next?.word || !CONTENT_OPENERS.has(next.lower) || items[i + 2]?.lower === 'obvious') return false;
  // (a clause has its verb: not "He states a preference for rail", "She states the problem plainly")
  const verb = items.slice(i + 2, i + 9).some((x) => AUXILIARIES.has(x.lower) || FINITE_VERBS.has(x.lower));
  return verb && (THIRD_SINGULAR.has(prev.lower) || ROLE_NOUNS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower));
}

/** One to three lower-case words right before `i` after a determiner: "The derogatory comments", "the tax cut plans". */
function modifiersAfterDeterminer(items: readonly Item[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 3; k--) {
    const t = items[k] as Item;
    if (!t.word || !/^[a-z]+$/.test(t.text) || INTERVENING.has(t.lower) || NOUN_DETERMINERS.has(t.lower)) return false;
    if (NOUN_DETERMINERS.has((items[k - 1] as Item).lower)) return true;
  }
  return false;
}

/** cueAt of an item `t` = items[i] written as a form of the cue verb `lemma`. */
function cueOfForm(items: readonly Item[], i: number, t: Item, lemma: string): { cue: string; lemma: string; next: number } | null {
  // "its member states and six partners": "states" is a noun unless a clause or a quotation follows it
  // (or it closes a sentence after its comma: "…, the affidavit states.")
  if (t.text === 'states' && !(items[i + 1]?.lower === 'that' || items[i + 1]?.text === ':' || items[i + 1]?.text === ',' || isQuote(items[i + 1]) || closingAttribution(items, i) || statesClause(items, i))) return null;
  const prev = items[i - 1];
  // ("One tweet said: …", "Another report found …": a document's noun after "one" or "another", its verb right after it)
  if ((prev?.lower === 'one' || prev?.lower === 'another') && DOCUMENT_NOUNS.has(t.lower) && CUE_FORMS.has(items[i + 1]?.lower ?? '')) return null;
  // ("a London think tank, found …": a cue's form as the first word of a compound noun)
  if (CUE_COMPOUNDS.has(`${t.lower}-${items[i + 1]?.lower ?? ''}`)) return null;
  // ("Speaking to reporters on a conference call later on Thursday, Sato said": after "on", an article and a noun, a
  // cue's base form closes a compound noun; not "A woman with a friend said …", "Doctors at a hospital say …", "Workers
  // on a farm call for …")
  if (t.lower === lemma && prev !== undefined && /^\p{Ll}+$/u.test(prev.text) && INDEFINITE_ARTICLES.has(items[i - 2]?.lower ?? '') && items[i - 3]?.lower === 'on' && !CUE_FORMS.has(prev.lower) && !CUE_PARTICLES.get(lemma)?.includes(items[i + 1]?.lower ?? '')) return null;
  // ("supply and demand": a cue's form as the second noun of a fixed pair)
  if (prev?.lower === 'and' && CUE_BINOMIALS.has(`${items[i - 2]?.lower ?? ''}-and-${t.lower}`)) return null;
  // ("Rust Belt states that have suffered …": "that" and a plural verb make it a noun's relative clause)
  if (t.text === 'states' && items[i + 1]?.lower === 'that' && PLURAL_VERBS.has(items[i + 2]?.lower ?? '')) return null;
  // ("Most Southern states that will hold contests …", "the battleground states that …": a noun after its modifier)
  if (t.text === 'states' && STATE_MODIFIERS.has(prev?.lower ?? '')) return null;
  // ("a typical voter will see the ad 10 times", "wanna see": seeing after a modal is no view)
  // (not "would see it as advocating …": a view with its "as")
  if (lemma === 'see' && (MODALS.has(prev?.lower ?? '') || prev?.lower === 'to' || prev?.lower === 'wanna') && !items.slice(i + 1, i + 9).some((x) => x.lower === 'as')) return null;
  // "the four early nominating states: Iowa, …": before a list, only after its subject ("the report states:")
  if (t.text === 'states' && items[i + 1]?.text === ':' && !(prev && (/^\p{Lu}/u.test(prev.text) || INSTITUTION_NOUNS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower)))) return null;
  // "went on to say", "was quick to point out": the infinitive after a phrasal frame still reports speech
  if (prev?.lower === 'to' && (TO_CUE_FRAMES.has(items[i - 2]?.lower ?? '') || ((lemma === 'say' || lemma === 'ask') && toSayVerbAt(items, i) >= 0))) {
    // (not in an aside: "Mrs. Baker, eager to defend her record, …" describes her)
    if (items[i - 3]?.text === ',' && TO_CUE_ADJECTIVES.has(items[i - 2]?.lower ?? '')) return null;
    // (with its particle: "was quick to point out that …")
    const particle = CUE_PARTICLES.get(lemma)?.includes(items[i + 1]?.lower ?? '') === true;
    return particle ? { cue: `${t.text} ${(items[i + 1] as Item).text}`, lemma, next: i + 2 } : { cue: t.text, lemma, next: i + 1 };
  }
  // "is calling on", "were saying": a progressive reports speech ("is said to", "was told": passives do not)
  // ("ended the speech by saying …": a participle after "by" reports how)
  // ("a video that said, “…”": "that" after a document is a relative pronoun, not "That said, …")
  // (only a document its subject put out: "issued a statement that said"; not "Reporters obtained a memo that said")
  const documentThat = prev?.lower === 'that' && DOCUMENT_NOUNS.has(items[i - 2]?.lower ?? '') && issuedBefore(items, i - 2, FINDING_LEMMAS.has(lemma) && FINDING_SOURCES.has(items[i - 2]?.lower ?? ''));
  // (a contact clause's preposition is no infinitive's: "Several residents the BBC spoke to said …")
  const contact = prev !== undefined && CONTACT_PREPOSITIONS.has(prev.lower) && CONTACT_VERBS.has(items[i - 2]?.lower ?? '');
  // ("Friends who knew her say …": "her" the object of the relative clause's verb, the cue the sentence's own)
  const herObject = prev?.lower === 'her' && items[i - 3]?.lower === 'who';
  if (prev && NOT_A_CUE_AFTER.has(prev.lower) && !documentThat && !contact && !herObject && progressiveAt(items, i) !== 'be' && !(prev.lower === 'by' && PARTICIPLE.test(t.text))) {
    // "has been saying" / "is expected to say" / "the report": not an attribution here
    if (!(prev.lower === 'and' && i >= 2)) return null;
  }
  // ("backed down", "backed off": a phrasal verb, no endorsement; "People who know him say …", "She knows Putin well":
  // knowing someone is no belief, not "knows Putin is lying")
  if ((lemma === 'back' && BACKING_AWAY.has(items[i + 1]?.lower ?? '')) || (lemma === 'know' && knownPerson(items, i + 1))) return null;
  // ("Canada will respond in kind": answering with the same measures, no words)
  if (lemma === 'respond' && items[i + 1]?.lower === 'in' && items[i + 2]?.lower === 'kind') return null;
  // ("has claimed trial to three charges": a plea, no claim)
  if (lemma === 'claim' && items[i + 1]?.lower === 'trial') return null;
  // ("due to party rules", "based on complicated rules": the noun; the verb's subject judges, "federal judge rules")
  if (t.lower === 'rules' && !RULING_SUBJECTS.has(prev?.lower ?? '') && !isCapitalised(prev)) return null;
  // ("Kaine defended people accused of rape", "defended clients": a lawyer's work, no words)
  if (lemma === 'defend' && DEFENDED_PEOPLE.has(items[i + 1]?.lower ?? '')) return null;
  // ("the issues on which they see eye to eye": agreeing, no view of something)
  if (lemma === 'see' && items[i + 1]?.lower === 'eye' && items[i + 2]?.lower === 'to') return null;
  // ("confidential until announced", "unless stated otherwise": a participle right after a subordinator has no subject;
  // not "has since stressed" nor "who once praised", where the word is an adverb)
  if (prev && PARTICIPLE_CLAUSE_OPENERS.has(prev.lower) && !AUXILIARIES.has(items[i - 2]?.lower ?? '') && t.text !== lemma && /ed$/.test(t.text) && lemma !== 'ask') return null;
  // ("four federally declared disasters", "the newly announced plan": a participle before its noun)
  if (t.text !== lemma && /ed$/.test(t.text) && attributiveParticiple(items, i)) return null;
  // "did not say whether", "has never said", "wouldn't say": a negated cue reports no statement
  if (prev && NEGATION.test(prev.lower) && items[i - 2]?.lower !== 'only') return null;
  // ("could not independently confirm": an adverb of manner between the negation and the cue)
  if (prev && prev.text === prev.lower && mannerAdverb(prev.lower) && NEGATION.test(items[i - 2]?.lower ?? '')) return null;
  // "one person briefed on the talks": someone who was told, not a teller
  if (lemma === 'brief' && /^(on|about)$/.test(items[i + 1]?.lower ?? '')) return null;
  // "an activist who asked not to be named": a condition of anonymity, not a statement
  if (lemma === 'ask' && (prev?.lower === 'who' || items[i + 1]?.lower === 'not')) return null;
  // "Russia's claims that …", "media reports said …": a noun, not the cue
  // "Clinton's support has risen", "Trump's plan": after a possessive, a base form is a noun too
  // ("Valls’ comments": a plural's possessive mark stands alone)
  const possessive = prev !== undefined && (/[’']s$/.test(prev.text) || (/^[’']$/.test(prev.text) && /s$/.test(items[i - 2]?.text ?? '')));
  // (not a form no noun shares after a firm's name in 's: "Moody's says it will …", "Wendy's warns")
  if (possessive && (/s$/.test(t.text) || t.text === lemma) && !(VERB_ONLY_FORMS.has(t.text) && firmInS(prev.text))) return null;
  // ("media reports said": a plural noun before the cue; not a form no noun shares, "says demand has doubled")
  if (/s$/.test(t.text) && !VERB_ONLY_FORMS.has(t.text) && items[i + 1]?.word && CUE_FORMS.has(items[i + 1]?.text ?? '') && !COPULAR_CUES.has(CUE_FORMS.get(items[i + 1]?.text ?? '') ?? '')) return null;
  // "in their opening remarks", "his recent comments": a plural after a determiner and such a modifier is a noun
  if (t.text !== lemma && /s$/.test(t.text) && prev && REMARK_MODIFIERS.has(prev.lower) && NOUN_DETERMINERS.has(items[i - 2]?.lower ?? '')) return null;
  // "The derogatory comments had two goals": a plural after a determiner and a modifier, with a verb of its own after it
  // ("The tax cut plans are “…”": two or three such words)
  // (not a form no noun shares: "reports, which the council says are required …")
  if (t.text !== lemma && /s$/.test(t.text) && !VERB_ONLY_FORMS.has(t.text) && AUXILIARIES.has(items[i + 1]?.lower ?? '') && modifiersAfterDeterminer(items, i)) return null;
  // "how to house and support adults": a verb joined to an infinitive is one too
  // (not 'exhorted them to “vote your conscience” and said …': the word after "to" is a bare verb)
  if (prev?.lower === 'and' && items[i - 3]?.lower === 'to' && /^[a-z]+$/.test(items[i - 2]?.text ?? '')) return null;
  // "the nearly uniform support for her", "a strong hope": a base form is the verb only after its subject
  if (t.text === lemma && !PAST_LIKE_BASE.has(lemma) && prev?.word && nounAfterModifier(items, i, lemma)) return null;
  if (t.text === lemma && prev !== undefined && /^[A-Z]{2,4}$/.test(prev.text) && acronymNoun(items, i, t)) return null;
  // "receives less support than", "has no say in": after a word of quantity, a base form is a noun
  if (t.text === lemma && QUANTITY_DETERMINERS.has(prev?.lower ?? '')) return null;
  // "the congressional report said": a noun that heads the speaker phrase of the cue after it
  if ((INSTITUTION_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower)) && items[i + 1]?.word && CUE_FORMS.has(items[i + 1]?.text ?? '')) return null;
  const particles = CUE_PARTICLES.get(lemma);
  if (lemma === 'make') {
    // "made clear that", "made it clear that"
    const a = items[i + 1]?.lower;
    if (a === 'clear') return { cue: `${t.text} clear`, lemma, next: i + 2 };
    if (a === 'it' && items[i + 2]?.lower === 'clear') return { cue: `${t.text} it clear`, lemma, next: i + 3 };
    return null;
  }
  if (lemma === 'put') {
    // "put it bluntly: “…”", "put it this way:", "put it simply,": a way of saying, then its words (not "put it on the
    // table", and "as X put it" is a frame of its own)
    // (the way word, "this way" or "another way", then a colon, a comma or the quotation)
    let after = i + 2;
    // ("put it more bluntly:": a word of degree before the way)
    if (DEGREE_WORDS.has(items[after]?.lower ?? '') && PUT_IT_WAYS.has(items[after + 1]?.lower ?? '')) after++;
    const way = PUT_IT_WAYS.has(items[after]?.lower ?? '');
    if (way) after += items[after + 1]?.lower === 'way' ? 2 : 1;
    // ("put it plainly in a briefing for journalists:": after the way, a frame of a few words before the colon)
    if (way && FRAME_PREPOSITIONS.has(items[after]?.lower ?? '')) {
      const colon = items.findIndex((x, k) => k > after && k - after <= 8 && !x.word);
      // (a cue's form after a determiner is a noun: "on a call with reporters:")
      if (colon > 0 && (items[colon] as Item).text === ':' && !items.slice(after, colon).some((x, n) => FINITE_VERBS.has(x.lower) || AUXILIARIES.has(x.lower) || /^[a-z]+ed$/.test(x.text) || (CUE_FORMS.has(x.text) && !NOUN_DETERMINERS.has(items[after + n - 1]?.lower ?? '')))) after = colon;
    }
    // (not a comma: "as one poster put it, “…”" is a frame of its own)
    const announced = items[after]?.text === ':' || isQuote(items[after]);
    return items[i + 1]?.lower === 'it' && announced && prev?.lower !== 'as' ? { cue: `${t.text} it`, lemma, next: after } : null;
  }
  if (particles) {
    // "called again for", "called Wednesday for": one adverb or day between the verb and its particle
    const skip = (INTERVENING.has(items[i + 1]?.lower ?? '') || WEEKDAYS.has(items[i + 1]?.lower ?? '')) && particles.includes(items[i + 2]?.lower ?? '') ? 1 : 0;
    const nx = items[i + 1 + skip];
    if (lemma === 'call' && nx && !particles.includes(nx.lower)) {
      return namesSomeone(items, i, nx) ? { cue: t.text, lemma, next: i + 1 } : null;
    }
    if (!nx || !particles.includes(nx.lower)) return null;
    return { cue: `${t.text} ${nx.text}`, lemma, next: i + 2 + skip };
  }
  return { cue: t.text, lemma, next: i + 1 };
}

/** A person right after "know" at `k` (a pronoun, a name, or "the" and a role) with no verb of a clause after it: "know him say …". */
function knownPerson(items: readonly Item[], k: number): boolean {
  let end = k;
  if (PERSON_OBJECT_PRONOUNS.has(items[k]?.lower ?? '')) end = k + 1;
  // ("Players who know the coach say …": a person by role after the determiner)
  else if (NOUN_DETERMINERS.has(items[k]?.lower ?? '') && ROLE_NOUNS.has(items[k + 1]?.lower ?? '')) end = k + 2;
  else if (!SUBJECT_PRONOUNS.has(items[k]?.lower ?? '')) while (end < items.length && end - k < 4 && items[end]?.word === true && /^\p{Lu}/u.test(items[end]?.text ?? '')) end++;
  const after = items[end];
  // (not an owner: "knew her work was …", "knew Brazil's economy was …")
  if (end > k && (/['’]s$/.test(items[end - 1]?.text ?? '') || (items[k]?.lower === 'her' && /^[a-z]+$/.test(after?.text ?? '') && !CUE_FORMS.has(after?.text ?? '')))) return false;
  return end > k && !(after?.word === true && (AUXILIARIES.has(after.lower) || FINITE_VERBS.has(after.lower) || /^[a-z]+(ed|s)$/.test(after.text)) && !CUE_FORMS.has(after.lower));
}

/**
 * "called the cuts “cruel and counterproductive”", "called him a political opportunist", "Critics call it the worst
 * budget …": a naming of someone or something by "call" (at `i`, `nx` the word after it), not a phone call.
 */
function namesSomeone(items: readonly Item[], i: number, nx: Item): boolean {
  // "called the cuts “cruel and counterproductive”": naming something with a quotation
  // (not "a band called Sophistafunk got the crowd to cheer for “…”": a verb between ends the object)
  for (let k = i + 1; k < items.length && k < i + 11; k++) {
    if (items[k]?.quote && !items[k]?.quote?.single) return true;
    if (items[k]?.text === '.' || items[k]?.text === ',' || FINITE_VERBS.has(items[k]?.lower ?? '')) break;
  }
  // "called him a political opportunist", "called Mr. Trump a bigot": naming someone something
  let k = i + 1;
  if (OBJECT_PRONOUNS.has(nx.lower)) k++;
  else while (k < items.length && k - i <= 4 && items[k]?.word && /^\p{Lu}/u.test(items[k]?.text ?? '')) k++;
  // ("called climate change a hoax", "called the deal a mistake": a short lower-case object; not "called the
  // police a few times", "called her mother a day later", "called off a deal")
  // ("called the ruling a victory": a cue's form after its determiner is a noun)
  if (k === i + 1 && !CALL_PARTICLES.has(nx.lower)) while (k < items.length && k - i <= 4 && items[k]?.word && /^\p{Ll}+$/u.test(items[k]?.text ?? '') && !/^(a|an)$/.test(items[k]?.lower ?? '') && !FINITE_VERBS.has(items[k]?.lower ?? '') && (!CUE_FORMS.has(items[k]?.lower ?? '') || NOUN_DETERMINERS.has(items[k - 1]?.lower ?? ''))) k++;
  const predicate = items[k + 1]?.lower ?? '';
  if (k > i + 1 && /^(a|an)$/.test(items[k]?.lower ?? '') && !TIME_UNITS.has(predicate) && !AMOUNT_NOUNS.has(predicate)) return true;
  // ("Critics call it the worst budget in a generation": after a pronoun, "the" and no time: not "called her the next day")
  return k === i + 2 && OBJECT_PRONOUNS.has(nx.lower) && items[k]?.lower === 'the' && !NOT_A_NAMING_AFTER_THE.has(predicate) && !TIME_UNITS.has(predicate) && !PARTS_OF_DAY.has(predicate) && !DURATION_WORDS.has(predicate);
}

/**
 * Is the base form at `i` a noun after its modifier: "the uniform support", "the nearly uniform support", "a strong
 * hope"? A determiner, then at most an adverb, then one lower-case word that is no plural subject; "the
 * administration's approach contend" and "voters support" keep their verb.
 */
function nounAfterModifier(items: readonly Item[], i: number, lemma: string): boolean {
  const prev = items[i - 1] as Item;
  // ("Those surveyed say": the people polled, not a modifier; "A third say", "A majority say": a share of them)
  if (/^\p{Lu}/u.test(prev.text) || /s$/.test(prev.lower) || BASE_FORM_SUBJECTS.has(prev.lower) || SHARE_HEADS.has(prev.lower) || MODALS.has(prev.lower) || INTERVENING.has(prev.lower) || POLLED_PARTICIPLES.has(prev.lower)) return false;
  // ("The Auditor-General's most recent report on …": a superlative after an owner or an article makes the form a noun;
  // not "The people most affected say …")
  if (items[i - 2]?.lower === 'most' && /^\p{Ll}+$/u.test(prev.text) && (NOUN_DETERMINERS.has(items[i - 3]?.lower ?? '') || /['’]s$/.test(items[i - 3]?.text ?? ''))) return true;
  // ("Leaders gathered in Ottawa this week say": a time after "this", "last" or "next" is the frame's, no modifier)
  if (TIME_UNITS.has(prev.lower) && RELATIVE_TIME.has(items[i - 2]?.lower ?? '')) return false;
  // ("Hawks on the committee contend": a determiner after a preposition opens the subject's modifier)
  // ("has strong support among …": "have" or a preposition before an adjective does the same)
  // ("during public comment": a preposition, a modifier, then the noun)
  if (NOUN_PREPOSITIONS.has(items[i - 2]?.lower ?? '')) return true;
  const opensNoun = (w: string): boolean => NOUN_DETERMINERS.has(w) || NOUN_OPENING_VERBS.has(w);
  // ("The council tax support scheme …": a compound's two nouns after the determiner, and its last noun after the form)
  const after = items[i + 1];
  // (not a verb of speech: "The city council say repairs will …", a collective's plural)
  const compound = !SPEAKING_LEMMAS.has(lemma) && /^\p{Ll}+$/u.test(items[i - 2]?.text ?? '') && opensNoun(items[i - 3]?.lower ?? '') && after?.word === true && /^\p{Ll}+$/u.test(after.text) && !NOUN_DETERMINERS.has(after.lower) && !OBJECT_PRONOUNS.has(after.lower) && !SUBJECT_PRONOUNS.has(after.lower) && !AUXILIARIES.has(after.lower) && !ROLE_PREPOSITIONS.has(after.lower) && !OBJECT_PREPOSITIONS.has(after.lower) && after.lower !== 'that';
  const det = opensNoun(items[i - 2]?.lower ?? '') ? i - 2 : ((items[i - 2]?.lower ?? '').endsWith('ly') || compound) && opensNoun(items[i - 3]?.lower ?? '') ? i - 3 : -1;
  if (det < 0) return false;
  const before = items[det - 1]?.lower ?? '';
  // ("Residents near the plant say the smell …", "Experts who study the region say …": the determiner opens an object
  // inside the subject's modifier, and a clause, not a preposition, follows the verb: not "who had the final say in …")
  const next = items[i + 1];
  const clause = next?.word === true && !ROLE_PREPOSITIONS.has(next.lower) && !OBJECT_PREPOSITIONS.has(next.lower) && !PLACE_PREPOSITIONS.has(next.lower);
  // (after a preposition, an owner's modifier and a form with no clause after it make a noun: "a signal of her broad
  // support among …")
  if (ROLE_PREPOSITIONS.has(before) || OBJECT_PREPOSITIONS.has(before)) return !clause && POSSESSIVE_PRONOUNS.has((items[det] as Item).lower);
  // (not after a verb of hearing or seeing, whose object says it: "Reporters who heard the president say …")
  const relative = det > 1 && !NOUN_OPENING_VERBS.has(before) && !(PERCEPTION_VERBS.has(before) && ROLE_NOUNS.has(prev.lower)) && items.slice(Math.max(0, det - 4), det - 1).some((x) => RELATIVE_WORDS.has(x.lower));
  return !(clause && (PLACE_PREPOSITIONS.has(before) || relative));
}

/** Is there a cue verb within `n` items from `from`, with no quote or comma before it? */
export function cueWithin(items: readonly Item[], from: number, n: number): boolean {
  for (let k = from; k < items.length && k - from < n; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',') return false;
    if (k > from && cueAt(items, k) && !PARTICIPLE.test(t.text)) return true;
  }
  return false;
}

/** "…, while his Egyptian counterpart, Badr Abdelatty, said …": a cue after a speaker with an appositive. */
export function cueAfterAppositive(items: readonly Item[], from: number): boolean {
  let commas = 0;
  for (let k = from; k < items.length && k - from < 20; k++) {
    const t = items[k] as Item;
    if (isQuote(t)) return false;
    if (t.text === ',') {
      if (++commas > 2) return false;
      continue;
    }
    if (!t.word) return false;
    if (k > from && commas === 2 && cueAt(items, k) && !PARTICIPLE.test(t.text)) return true;
  }
  return false;
}

/** Is items[i] the answer's own cue after a short subject and the comma that closes a question ("…, Christie said")? */
function answersAfterComma(items: readonly Item[], i: number): boolean {
  const before = items.findLastIndex((t, k) => k < i && t.text === ',');
  return before >= 0 && i - before <= 5 && items.slice(before + 1, i).every((t) => t.word && !CUE_FORMS.has(t.lower)) && (/^\p{Lu}/u.test(items[before + 1]?.text ?? '') || PRONOUNS.has(items[before + 1]?.lower ?? '') || items[before + 1]?.lower === 'the');
}

/** Is items[i] inside "asked whether …" / "Pressed on why …", before the comma that closes the question? */
export function insideQuestion(items: readonly Item[], i: number): boolean {
  // "Will Biden say he is running again?": a question opening with its auxiliary, the cue before its question mark
  if (MODALS.has(items[0]?.lower ?? '') && /^\p{Lu}/u.test(items[0]?.text ?? '') && items.slice(i + 1).some((t) => t.text === '?') && !items.slice(0, i).some((t) => isQuote(t) || t.text === ',')) return true;
  // ("Asked whether the commission would order recounts in Basra, where several candidates had alleged irregularities,
  // Al-Ani said …": a clause inside the question, before the comma after which the answer's own cue comes)
  // (not the answer's own cue after its subject and the question's comma: "Asked about …, Christie said …")
  // (or a short phrase of its own after that comma: "…, the official said …, Reuters reported")
  if (items[0]?.text === 'Asked' && !answersAfterComma(items, i) && items.slice(1, i).some((t) => QUESTION_WORDS.has(t.lower)) && !items.slice(0, i).some(isQuote)) {
    // (the answer's subject and its cue right after that comma, "…, Al-Ani said"; not the answer's own cue with an
    // "adding" after it)
    const comma = items.findIndex((t, k) => k > i && t.text === ',');
    const answer = comma > 0 ? items.findIndex((t, k) => k > comma + 1 && k <= comma + 5 && t.word && CUE_FORMS.has(t.lower) && !t.lower.endsWith('ing')) : -1;
    if (answer > 0 && items.slice(comma + 1, answer).every((t) => t.word && (/^\p{Lu}/u.test(t.text) || PRONOUNS.has(t.lower) || t.lower === 'the'))) return true;
  }
  for (let k = i - 1; k >= 1 && i - k < 30; k--) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === ';' || isQuote(t)) return false;
    if (/^(whether|if)$/.test(t.lower) && (ASKERS.has(items[k - 1]?.lower ?? '') || ASKERS.has(items[k - 2]?.lower ?? '') || ASKERS.has(items[k - 3]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "Trump tweeted on Friday to say …", "appeared on CNN to say …", "called to say …": the verb whose "to say" at `i`
 * reports what its subject said, past a time or a short frame; -1 if none.
 */
export function toSayVerbAt(items: readonly Item[], i: number): number {
  if (items[i - 1]?.lower !== 'to') return -1;
  let k = skipInterveningBack(items, i - 1);
  if (WEEKDAYS.has(items[k - 1]?.lower ?? '')) k--;
  if (k >= 3 && items[k - 1]?.word && /^\p{Lu}/u.test((items[k - 1] as Item).text) && TO_SAY_FRAMES.has(items[k - 2]?.lower ?? '')) k -= 2;
  // ("returned to his feet to ask …", "rose to her feet to say …")
  else if (k >= 4 && items[k - 1]?.lower === 'feet' && POSSESSIVE_PRONOUNS.has(items[k - 2]?.lower ?? '') && items[k - 3]?.lower === 'to') k -= 3;
  // ("went out of his way to say", "went so far as to say": an idiom of insistence before "to say")
  const idiom = insistenceBefore(items, k);
  if (idiom >= 0) return idiom;
  // (not inside a relative clause: "The man who phoned on Friday to say there was a bomb has been arrested")
  return TO_SAY_VERBS.has(items[k - 1]?.lower ?? '') && !RELATIVE_WORDS.has(items[k - 2]?.lower ?? '') ? k - 1 : -1;
}

/** "went out of his way", "went so far as" ending right before `k`: the index of "went" (or its other forms); -1 if none. */
function insistenceBefore(items: readonly Item[], k: number): number {
  const w = (n: number): string => items[k - n]?.lower ?? '';
  if (w(1) === 'way' && POSSESSIVE_PRONOUNS.has(w(2)) && w(3) === 'of' && w(4) === 'out' && GO_FORMS.has(w(5))) return k - 5;
  if (w(1) === 'as' && w(2) === 'far' && w(3) === 'so' && GO_FORMS.has(w(4))) return k - 4;
  return -1;
}

/** A finite verb right after a subject phrase ("disputed", "pushed back"). */
export function cueOrVerbAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && t.word && /^[a-z]+(ed|s)$/.test(t.text);
}

/**
 * Whether the document noun at `noun` was put out by the clause's subject: an issuing verb, perhaps "out", a
 * determiner and up to three modifiers ("issued a statement", "sent out a letter", "released a short written statement").
 */
function issuedBefore(items: readonly Item[], noun: number, finding = false): boolean {
  for (let d = noun - 1; d >= 0 && noun - d <= 4; d--) {
    const t = items[d] as Item;
    if (!ISSUED_DETERMINERS.has(t.lower) && t.lower !== 'the') continue;
    const verb = items[d - 1]?.lower === 'out' ? d - 2 : d - 1;
    // ("published a report that found …": a finding of one's own, published; not "published a letter that said …")
    return ISSUING_VERBS.has(items[verb]?.lower ?? '') || (finding && PUBLISHING_VERBS.has(items[verb]?.lower ?? ''));
  }
  return false;
}

/** A capitalised name in 's that may be a firm's ("Moody's", "Wendy's", "Macy's"; not a relative, "Mother's"). */
function firmInS(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return /^\p{Lu}/u.test(word) && bare !== word && !RELATION_NOUNS.has(bare.toLowerCase());
}
