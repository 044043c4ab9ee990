// Stage 3, where the content stops: the unit's end, a ';', a second attributed clause (", adding that …"), the
// writer's own predicate or comment, a frame ("on Friday at a meeting with …"), a final attribution.
import { PARTICIPLE, cueAfterAppositive, cueAt, cueWithin } from './cues.ts';
import { clauseSubjectAt, dashClauseAt, quoteAsideAt, comparedGroupSpeaks, isVerbLike, speakerAndCueAt } from './content-clauses.ts';
import { CUE_FORMS, FINDING_SOURCES, WEAK_CUES, ROLE_NOUNS, PRONOUNS, FINAL_POSITION_CUES, FINITE_VERBS, INTERVENING, MONTHS, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { NUMBER_WORDS, APPOSITIVE_SYMBOLS, CONSEQUENCE_PARTICIPLES, UNSAID_OBJECTS, UNSAID_PARTICIPLES, CONTRAST_SPEAKERS, SUBORDINATORS, AUXILIARIES, MODALS, PASSIVE_BE, POINTING_PARTICLES, LEADING_CONJUNCTIONS, MAIN_CLAUSE_SUBJECT_OPENERS, CONCESSIVES, SPEAKING_LEMMAS, NARRATIVE_SUBJECTS, WITNESSED_VERBS, NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, OBJECT_MODIFIER_PREPOSITIONS, PERSON_OBJECT_PRONOUNS, OBJECT_PREPOSITIONS, PREDICATE_ADVERBS, RELATIVE_PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_SUBORDINATORS, SUBORDINATE_OPENERS, TIME_ADVERBS, TIME_BEFORE_SUBORDINATOR, TIME_DEGREES, TIME_OPENER_ENDS, TIME_UNITS, DURATION_WORDS, DURATION_COUNTS, COUNTED_FROM, PARTS_OF_DAY } from './lexicon-clauses.ts';
import { FRAME_NOUNS, OCCASION_NOUNS, PLURALS_WITHOUT_S, POSSESSIVE_PRONOUNS } from './lexicon-nouns.ts';
import { FINDING_LEMMAS, IRREGULAR_PARTICIPLES } from './lexicon-frames.ts';
import { plainRelative, remarkAppositive } from './content-asides.ts';
import { isCapitalised } from './mentions.ts';
import { subjectAndVerbAt } from './content-frame.ts';
import { bracketOpen } from './speaker-phrase.ts';
import { mannerAdverb } from './names.ts';
import { isModifierQuote, isQuote, isTitleQuote, MAX_NP, quotedComma, type Item } from './units.ts';

/** End of a content clause starting at `from`: the unit end, a ';', or ", adding that …". */
export function contentEnd(items: readonly Item[], from: number): number {
  // (the tense of the cue before the content, worked out once: see secondPredicate)
  let presentCue: boolean | undefined;
  // (whether the cue sits in a ", who …" clause, worked out once)
  let relativeCue: boolean | undefined;
  // (whether the content opens inside an aside between dashes, worked out once)
  let dashAside: boolean | undefined;
  for (let k = from; k < items.length; k++) {
    const t = items[k] as Item;
    if (t.text === ';') return k;
    // "said he would offer a prayer but did not suggest …", "called the deal a mistake and ranked her …": a second
    // predicate of the source's own clause is the writer's account, not the source's words
    // (not inside a relative clause: "the staff member who succeeded him and helped engineer his ouster")
    // (nor inside a conditional the content opens with: "predicted that if Rubio ran and lost, he …")
    if ((t.lower === 'and' || t.lower === 'but') && k > from + 1 && secondPredicate(items, k + 1, (presentCue ??= presentCueBefore(items, from))) && !items.slice(from, k).some((x) => x.lower === 'who' || x.lower === 'which') && !insideOpeningClause(items, from, k) && !narrativeGoesOn(items, from, k) && !passiveGoesOn(items, from, k) && !findingGoesOn(items, from, k)) return k > 0 && items[k - 1]?.text === ',' ? k - 1 : k;
    // "“…,” in an interview": a quotation followed only by its frame
    // (not its predicate: 'said "successive governments" had failed to invest', an auxiliary right after the marks)
    const tail = items[k + 1]?.text === ',' ? k + 2 : k + 1;
    const predicate = tail === k + 1 && AUXILIARIES.has(items[tail]?.lower ?? '') && items[tail + 1]?.word === true;
    if (isQuote(t) && k === from && tail < items.length && items[tail]?.word && !predicate && isFrameTail(items, tail, items.length)) return k + 1;
    // 'Trump said: “There will always be exceptions,” the Times reported.': a second source closes the sentence
    // ('Critics say the plan is “a disaster,” Tom Reyes said.': so does one after a quotation closing the content, its
    // comma inside the marks)
    if (isQuote(t) && (k === from || quotedComma(t)) && finalAttributionAt(items, k + 1)) return k + 1;
    // "calling it “a victory” and predicting that …": a second participial statement
    // "… tough enough to be president after a woman in Worcester, Massachusetts, told him …": a subordinate clause with
    // its own source and cue ends the content (its statement is that source's)
    if (k > from + 2 && reportingSubordinate(items, k)) return k;
    if (t.lower === 'and' && k > from) {
      const nx = items[k + 1];
      if (nx?.word && PARTICIPLE.test(nx.text) && CUE_FORMS.has(nx.text)) return k;
    }
    // ("says he is “excited where we stand” as he faces a critical test": a quotation, then the writer's "as" clause with
    // its own subject and verb)
    // (not one whose verb reports: "“unworkable” as she expects the Commons to vote it down" goes on)
    if (isQuote(t) && k > from && items[k + 1]?.lower === 'as' && subjectAndVerbAt(items, k + 2) && !items.slice(k + 3, k + 6).some((_, n) => cueAt(items, k + 3 + n) !== null)) return k + 1;
    // ("declared “What a Super Tuesday!” and said that …": a quotation, then the speaker's next cue joined to it)
    if (isQuote(t) && (items[k + 1]?.lower === 'and' || items[k + 1]?.lower === 'but') && joinedCue(items, k + 2) && !findingGoesOn(items, from, k + 1)) return k + 1;
    // "… “cannot be naive,” while Dick Schoof said …": the comma sits inside the quotation
    // (not "“right to be angry,” but also hungry for what she calls …": a cue in a clause of its own does not count)
    if (isQuote(t) && k > from && /^(while|whereas|but)$/.test(items[k + 1]?.lower ?? '') && items[k + 2]?.lower !== 'that' && (cueWithin(items, k + 2, 10) || cueAfterAppositive(items, k + 2)) && !items.slice(k + 2, k + 12).some((x) => x.lower === 'what')) return k + 1;
    // ("Hawkins and others who want to ban abortion said …": a restrictive relative clause ends at the main clause's
    // cue of speech, after a lower-case word, with no comma in between)
    if (k > from + 1 && t.word && SPEAKING_LEMMAS.has(CUE_FORMS.get(t.text) ?? '') && /^\p{Ll}/u.test(items[k - 1]?.text ?? '') && items[k - 1]?.word === true && !PRONOUNS.has(items[k - 1]?.lower ?? '') && !RELATIVE_PRONOUNS.has(items[k - 1]?.lower ?? '') && items[k - 1]?.lower !== 'that' && (relativeCue ??= relativeBefore(items, from)) && !items.slice(from, k).some((x) => x.text === ',' || isQuote(x)) && clauseDone(items, from, k)) return k;
    // "Orr, who called it “a disgrace,” said …": a quotation closing a relative clause, then the sentence's own cue
    if (isQuote(t) && k > from && (relativeCue ??= relativeBefore(items, from)) && cueRightAfter(items, k + 1)) return k + 1;
    // "21 percent said “not too likely” and 14 percent said …": a quotation, then another source's attributed clause
    // (not "… “generally calm” but that it had noted …": "that" opens a second clause of the same cue)
    if (isQuote(t) && (items[k + 1]?.lower === 'and' || items[k + 1]?.lower === 'but') && items[k + 2]?.lower !== 'that' && speakerAndCueAt(items, k + 2)) return k + 1;
    // "… as “stretched thin,” the press secretary said …": the comma sits inside the quotation
    // ("After Scalia said that … “less advanced schools,” Trump said: …": a name or pronoun opens the main clause too)
    // (not a nickname inside a name, "John “Tig” Tiegen found"; nor after the subordinate clause closed before the
    // content, "After Clinton accused him, he warned, “…,” Trump told …")
    if (isQuote(t) && k >= from && mainSubjectAt(items, k + 1) && !isCapitalised(items[k - 1] as Item) && cueWithin(items, k + 1, 6) && opensSubordinate(items) && !items.slice(0, from).some((x) => x.text === ',') && clauseDone(items, from, k + 1)) return k + 1;
    // "… Romney “had a crazy policy,” adding, “…”": a participle cue right after a quotation (its comma inside the marks)
    // ("said of the episode, “I don't like it,” adding that …": the content may be the quotation alone)
    if (isQuote(t) && k >= from && PARTICIPLE.test(items[k + 1]?.text ?? '') && cueAt(items, k + 1)) return k + 1;
    // after a dash (only in content: a tail after the cue, which opens with a comma, is read to its end):
    // "… her interviews - but she also insisted that …", "… — and Orr said …": a new attributed clause;
    // "… seek reelection in 2018 - though it is unclear whether …": a concession, the writer's
    // ("the candidate - who has chafed …, even though he had acknowledged they would need to occur - has decided …": a
    // content that opens inside an aside between dashes ends with it)
    if (k > from && asideDash(items, k) && (dashAside ??= dashOpenBefore(items, from))) return k;
    if (/^[-—–]$/.test(t.text) && k > from && (items[from] as Item).text !== ',') {
      const joiner = items[k + 1]?.lower ?? '';
      if ((NEW_CLAUSE_CONJUNCTIONS.has(joiner) && speakerAndCueAt(items, k + 2)) || (CONCESSIVES.has(joiner) && clauseSubjectAt(items, k + 2))) return k;
      // "… before speaking events - and her management … was no less precise": the writer's own clause
      // (not after "but": "addresses people's unrest - but she needs to project more empathy" is still the source's)
      if (joiner === 'and' && dashClauseAt(items, k + 2)) return k;
      // "… was unserious - “Again, we need to get into the details,” she said - and …": a quotation with its own source
      if (quoteAsideAt(items, k + 1)) return k;
    }
    if (t.text === ',' && k + 1 < items.length) {
      const nx = items[k + 1] as Item;
      // "Zeke Emanuel, an oncologist who advised Obama on the overhaul, said …": the relative clause ends at the
      // comma before the sentence's own cue
      if (k > from && (relativeCue ??= relativeBefore(items, from)) && cueRightAfter(items, k + 1)) return k;
      // ("The report, in which officials say the plan failed, was released Monday": or at the comma before its verb)
      // (the first comma only: not "…, in which he said the deal, if approved, would …")
      // (or before the main clause's own subject: "In a speech, during which he said taxes would fall, he attacked …";
      // not an aside, "voters, he knew, wanted change")
      const mainVerb = AUXILIARIES.has(nx.lower) || isVerbLike(nx) || (PRONOUNS.has(nx.lower) && items[k + 2] !== undefined && isVerbLike(items[k + 2] as Item) && items[k + 3]?.text !== ',');
      if (k > from && mainVerb && prepositionRelativeBefore(items, from) && !items.slice(from, k).some((x) => x.text === ',')) return k;
      // "74 percent say they like Clinton, compared with 64 percent who say the same of Sanders": the writer's comparison
      if (k > from && nx.lower === 'compared' && comparedGroupSpeaks(items, k + 2)) return k;
      // "… a shakeup was imminent, comments that were echoed by aides", "…, a claim aides denied": the writer's name
      // for what was said, and what became of it
      if (k > from + 1 && remarkAppositive(items, k + 1)) return k;
      // ("…, pointing to a lack of buyers": a participle of a cue ends the clause even where it reports nothing itself)
      if (nx.word && PARTICIPLE.test(nx.text) && CUE_FORMS.has(nx.text)) return k;
      // ("…, drawing a sharp reply from Khan": the reaction a statement set off is the writer's)
      // (", without giving further details", ", without elaborating": the writer's note on what was not said; not ",
      // without raising taxes", the source's own)
      if (k > from + 2 && (CONSEQUENCE_PARTICIPLES.has(nx.lower) || (nx.lower === 'without' && unsaidNote(items, k + 2)))) return k;
      // ("one said the pitch was fine, another said it was dangerous": the next of several sources and its cue)
      if (k > from && contrastSpeakerAt(items, from, k + 1)) return k;
      // parenthetical "…, he said, …" or "…, according to X, …"
      if (nx.lower === 'according' && (items[k + 2] as Item | undefined)?.lower === 'to') return k;
      if (finalAttributionAt(items, k + 1)) return k;
      // ("…, with the central bank forecasting a deficit, said analyst Mo Chen": an inverted cue and its speaker after the
      // comma; not "said to be worth …")
      if (k > from && invertedToEnd(items, k + 1)) return k;
      // "…, but critics said …" / "…, while Republicans say …": a new attributed clause
      // ("…, even as their union warns that …": "even" before the conjunction)
      const j = nx.lower === 'even' && NEW_CLAUSE_CONJUNCTIONS.has(items[k + 2]?.lower ?? '') ? k + 3 : k + 2;
      // (unless that cue is joined to the content's own verb by a second "and": "… from the Donetsk, Luhansk, Zaporizhzhia,
      // and Kherson oblasts and states that …" ends before that "and", the list going on)
      if (NEW_CLAUSE_CONJUNCTIONS.has(items[j - 1]?.lower ?? '') && (cueWithin(items, j, 10) || cueAfterAppositive(items, j))) return joinedCueAt(items, j, 10) ?? k;
      // "When a reporter pointed out that …, the press secretary said …": the main clause's own speaker
      // ("Though executives … say they assume …, they also say …": a pronoun subject too)
      // ("So when Patriot signaled that it …, Mr. Barrett said, …": a named subject too)
      // (the clause before the comma has its verb: not "said that by 2030, Britain would say goodbye to coal")
      if (mainSubjectAt(items, k + 1) && cueWithin(items, k + 1, 6) && opensSubordinate(items) && clauseDone(items, from, k)) return k;
    }
  }
  return items.length;
}

/**
 * "said analyst Mo Chen", "said the company" at `k` running to the sentence's end: an inverted cue and its speaker,
 * short and with no comma or quotation of its own (not "said to be worth …").
 */
function invertedToEnd(items: readonly Item[], k: number): boolean {
  const first = items[k + 1];
  if (items[k]?.text !== 'said' || !first?.word || first.lower === 'to' || !(isCapitalised(first) || ROLE_NOUNS.has(first.lower) || NOUN_DETERMINERS.has(first.lower))) return false;
  let n = k + 1;
  while (n < items.length && (items[n] as Item).word && !isQuote(items[n])) n++;
  return n - k <= 8 && (n === items.length || ((items[n] as Item).text === '.' && n === items.length - 1));
}

/**
 * Is a dash before `from` left open for a dash after it to close (an odd number of dashes standing alone before it, and
 * an odd number after)? ("— new filings show it has $1.3 million on hand — outside allies …"; not "The result was clear
 * – officials said the turnout – a record 72 percent – had surprised everyone": a dash used as a colon, then an aside
 * of the content's own.)
 */
function dashOpenBefore(items: readonly Item[], from: number): boolean {
  let before = 0;
  let after = 0;
  for (let k = 0; k < items.length; k++) {
    if (!asideDash(items, k)) continue;
    if (k < from) before++;
    else after++;
  }
  return before % 2 === 1 && after % 2 === 1;
}

/** A dash standing alone: an em or en dash, or a hyphen with a space on both sides (not "second- or third-tier"). */
function asideDash(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  if (t.word) return false;
  if (t.text === '—' || t.text === '–') return true;
  // (not between numbers: "on 3 - 4 occasions")
  return t.text === '-' && (items[k - 1]?.end ?? -1) < t.start && t.end < (items[k + 1]?.start ?? Infinity) && !(/\d$/.test(items[k - 1]?.text ?? '') && /^\d/.test(items[k + 1]?.text ?? ''));
}

/** Where an object ("Mr. Trump at a news conference", "her, 82 percent to 6") stops: a comma or a frame. */
export function objectEnd(items: readonly Item[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === '(' || t.text === '–' || t.text === '—' || t.text === ';') return k;
    if (TAIL_STARTERS.has(t.lower) && !OBJECT_PREPOSITIONS.has(t.lower) && opensFrame(items, k)) return k;
    // ("praised Clinton and said she would …": a second cue joined to the first ends its object; not a bare form, which
    // may go on with an infinitive: "wanted me to go in and say something")
    if ((t.lower === 'and' || t.lower === 'but') && (joinedCue(items, k + 1) || (PREDICATE_ADVERBS.has(items[k + 1]?.lower ?? '') && joinedCue(items, k + 2)))) return k;
  }
  return end;
}

/**
 * Where the main clause's cue comes inside the content of a cue in a relative clause on the subject: "Senators who
 * supported the bill said on Tuesday that …" ends "the bill" before "said" (and the adverbs before it); `end` if none.
 */
export function mainCueIn(items: readonly Item[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = items[k] as Item;
    if (isQuote(t)) return end;
    if (!joinedCue(items, k) || !(items[k - 1] as Item).word) continue;
    let j = k;
    while (j > from + 1 && INTERVENING.has((items[j - 1] as Item).lower)) j--;
    return j;
  }
  return end;
}

/** The "and" or "but" before a joined cue in its own form within `reach` words from `from`, past a list's words only; null if none. */
function joinedCueAt(items: readonly Item[], from: number, reach: number): number | null {
  for (let m = from; m < items.length && m - from < reach; m++) {
    const t = items[m] as Item;
    if ((t.lower === 'and' || t.lower === 'but') && joinedCue(items, m + 1)) return m;
    if (!t.word || cueAt(items, m) !== null) return null;
  }
  return null;
}

/** A cue at `k` in a form of its own, not the bare one ("said", "warned", "says"). */
const joinedCue = (items: readonly Item[], k: number): boolean => cueAt(items, k) !== null && CUE_FORMS.get((items[k] as Item).text) !== (items[k] as Item).text;

/**
 * Does the phrase at `k` tell when, where or how the cue happened ("on Friday", "at a rally", "in an interview",
 * "during the debate"), rather than go on with the object ("his positions on defense", "the war in Libya")?
 */
function opensFrame(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  if (!OBJECT_MODIFIER_PREPOSITIONS.has(t.lower)) return true;
  const next = items[k + 1];
  if (!next) return true;
  if (WEEKDAYS.has(next.lower) || MONTHS.has(next.lower) || /^\d{4}$/.test(next.text) || TIME_ADVERBS.has(next.lower)) return true;
  for (let j = k + 1; j < items.length && j - k <= 4; j++) {
    const w = items[j] as Item;
    if (!w.word) return false;
    if (FRAME_NOUNS.has(w.lower) || OCCASION_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Has the content `from..k` a verb of its own, or an infinitive or "of" object ("to ban abortion", "the senator of
 * assault")? Not a bare phrase that the next cue's subject may be ("his boss told him …", "by 2030, Britain would say …").
 */
function clauseDone(items: readonly Item[], from: number, k: number): boolean {
  for (let x = from; x < k; x++) {
    const t = items[x] as Item;
    // (a quotation is words of the source's own, a clause or not)
    if (isQuote(t) || (t.word && (isVerbLike(t) || t.lower === 'to' || t.lower === 'of' || CUE_FORMS.has(t.text)))) return true;
  }
  return false;
}

/** Can the word at `k` open a main clause's subject ("the", "some", "he", "Trump")? */
function mainSubjectAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t?.word === true && (MAIN_CLAUSE_SUBJECT_OPENERS.has(t.lower) || PRONOUNS.has(t.lower) || isCapitalised(t));
}

/** Does the content at `from` open with a subordinate clause ("if …", "when …") that has not closed by `k`? */
function insideOpeningClause(items: readonly Item[], from: number, k: number): boolean {
  if (!SUBORDINATE_OPENERS.has(items[from]?.lower ?? '')) return false;
  for (let x = from + 1; x < k; x++) if ((items[x] as Item).text === ',') return false;
  return true;
}

/**
 * "said he ran over in his socks and found the mother …", "said she heard a bang and saw smoke": a witness's story in
 * the simple past goes on past "and" with what they found, saw or heard (not what they did next: "said he regretted
 * the decision and resigned", "…, and walked out").
 */
function narrativeGoesOn(items: readonly Item[], from: number, and: number): boolean {
  const first = items[from + 1];
  const next = items[and + 1];
  if (!NARRATIVE_SUBJECTS.has(items[from]?.lower ?? '') || !first || !next || items[and - 1]?.text === ',') return false;
  // ("said he had already bought bait and hired a deckhand": one "had" for both participles)
  if (first.lower === 'had' && simplePast(next.lower) && !CUE_FORMS.has(next.lower)) return true;
  if (!simplePast(first.lower) || first.lower === 'did' || !simplePast(next.lower) || next.lower === 'did') return false;
  // ("Police say he posed a deadly threat and refused to drop the gun": one person told of by many did both)
  if (/^(he|she)$/.test(items[from]?.lower ?? '') && pluralSpeakerBefore(items, from) && !CUE_FORMS.has(next.lower)) return true;
  return WITNESSED_VERBS.has(next.lower) && NOUN_DETERMINERS.has(items[and + 2]?.lower ?? '');
}

/**
 * "said the fire was estimated at 420 hectares and classified as out of control": a second participle after "and" goes
 * on with a passive in the reported clause (one "was" for both), unless it is a cue ("… were detained and claimed …").
 */
function passiveGoesOn(items: readonly Item[], from: number, and: number): boolean {
  const next = items[and + 1];
  // (not a verb and its particle, the subject's own act: "said the plan was approved in May and walked out")
  if (!next?.word || !/^\p{Ll}+ed$/u.test(next.text) || CUE_FORMS.has(next.lower) || items[and - 1]?.text === ',' || POINTING_PARTICLES.has(items[and + 2]?.lower ?? '')) return false;
  // (after a modal or "to" too: "should be repealed and replaced", "to be debated and voted on")
  for (let k = from; k < and - 1; k++) if ((PASSIVE_BE.has((items[k] as Item).lower) || (items[k] as Item).lower === 'be') && /^\p{Ll}+ed$/u.test(items[k + 1]?.text ?? '')) return true;
  return false;
}

/**
 * "said the figures were “a scandal” and showed that …": a finding's verb after "and" goes on with the finding source
 * that opens the reported clause ("the figures", "the findings"), not with the speaker.
 */
function findingGoesOn(items: readonly Item[], from: number, and: number): boolean {
  const lemma = items[and + 1]?.word === true ? CUE_FORMS.get((items[and + 1] as Item).lower) : undefined;
  const head = NOUN_DETERMINERS.has(items[from]?.lower ?? '') ? items[from + 1] : items[from];
  return lemma !== undefined && FINDING_LEMMAS.has(lemma) && FINDING_SOURCES.has(head?.lower ?? '');
}

/** Whether the word before the cue ahead of `from` (past a "that") is a plural noun: "Police say", "insiders said". */
function pluralSpeakerBefore(items: readonly Item[], from: number): boolean {
  const cue = items[from - 1]?.lower === 'that' ? from - 2 : from - 1;
  const w = items[cue - 1];
  return w !== undefined && w.word && CUE_FORMS.has(items[cue]?.lower ?? '') && (PLURALS_WITHOUT_S.has(w.lower) || (/[^s]s$/.test(w.lower) && (ROLE_NOUNS.has(w.lower) || /^\p{Ll}/u.test(w.text))));
}

const simplePast = (w: string): boolean => FINITE_VERBS.has(w) || IRREGULAR_PARTICIPLES.has(w) || (/[a-z]{2}ed$/.test(w) && !AUXILIARIES.has(w));

/** Does a predicate with no subject of its own open at `at` ("did not suggest", "also ranked", "won")? `presentCue`: the cue before the content is in the present tense. */
export function secondPredicate(items: readonly Item[], at: number, presentCue: boolean): boolean {
  // ("said the marae had fed and housed 200 people": two participles after one auxiliary are one predicate)
  const before = items[at - 2];
  // (not a cue: "Police said two men were detained and claimed …" is the police's second statement)
  if (before?.word && /[a-z]ed$/.test(before.lower) && AUXILIARIES.has(items[at - 3]?.lower ?? '') && !CUE_FORMS.has(items[at]?.lower ?? '')) return false;
  let k = at;
  if (PREDICATE_ADVERBS.has(items[k]?.lower ?? '')) k++;
  const t = items[k];
  if (!t?.word || /^\p{Lu}/u.test(t.text)) return false;
  // "said the meeting was private and does not constitute …": a present tense after a past cue goes on with the
  // reported clause; "says she respects X but does not …" is the source's own
  if (t.lower === 'does' && !presentCue) return false;
  // "says she called the governor and asked him …": a past tense after a present cue goes on with the reported clause
  if (presentCue && t.lower !== 'does' && (FINITE_VERBS.has(t.lower) || /[a-z]ed$/.test(t.lower))) return false;
  if (FINITE_VERBS.has(t.lower)) return true;
  // a second reporting verb ("says she respects X but argues that …"): a statement of its own
  if (CUE_FORMS.has(t.lower) && CUE_FORMS.get(t.lower) !== t.lower && !PARTICIPLE.test(t.lower)) return true;
  // a regular past form with an object after it ("ranked Fiorina", "called him")
  // (not an adjective before its noun and the noun's verb: "the heat and unsettled weather could last …")
  // (nor two adjectives of one noun: "had a real but limited effect")
  const next = items[k + 1];
  // (the noun ends the clause: not "his mother and refused to …", "the victory and jailed him along with …")
  if (k === at && NOUN_DETERMINERS.has(items[at - 3]?.lower ?? '') && next?.word && /^\p{Ll}+$/u.test(next.text) && !PRONOUNS.has(next.lower) && !NOUN_DETERMINERS.has(next.lower) && items[k + 2]?.word !== true) return false;
  // (a compound adjective in a hyphen is no past form: "falls of ground and transport-related accidents accounted for …";
  // a compound verb before its object is, "and test-fired two missiles")
  const past = /^[a-z]+ed$/.test(t.lower) || (/^[a-z]+-[a-z]+ed$/.test(t.lower) && next !== undefined && (NOUN_DETERMINERS.has(next.lower) || NUMBER_WORDS.has(next.lower) || /^\d/.test(next.text)));
  return past && next?.word === true && !AUXILIARIES.has(items[k + 2]?.lower ?? '');
}

/** True when everything from `from` to `to` is attribution frame: "on Friday at a meeting with …". */
export function isFrameTail(items: readonly Item[], from: number, to: number): boolean {
  if (from >= to) return true;
  // "…, the Congressional Budget Office reported on Tuesday — a development that injects …": the writer's comment on
  // the whole sentence after a dash is no part of the frame
  const comment = writersCommentOr(items, from, to);
  if (comment < to) return isFrameTail(items, from, comment);
  let first = items[from] as Item;
  // "said Rep. Jim Jordan (R-Ohio)": a short bracket after the speaker
  if (first.text === '(') {
    let k = from + 1;
    while (k < to && k - from <= 8 && (items[k] as Item).text !== ')' && !isQuote(items[k])) k++;
    if (k < to && (items[k] as Item).text === ')') {
      from = k + 1;
      if (from >= to) return true;
      first = items[from] as Item;
    }
  }
  // appositives after an inverted speaker: "said Sen. Lindsey Graham, a South Carolina Republican, in …",
  // "said Philippe Lazzarini, head of the UN agency for Palestinian refugees, UNRWA."
  for (let seg = 0; seg < 3 && first.text === ','; seg++) {
    let k = from + 1;
    // ("said Steven Brill, author of “America’s Bitter Pill,” a history of …": a title after "of" inside the appositive)
    // (not "Orr, who accused the government of “…”": a clause in the appositive makes the quotation its own)
    // (a cue form after a determiner is a noun: "the show", "the report")
    const clauseBefore = (x: number): boolean => items.slice(from + 1, x).some((y, n) => RELATIVE_PRONOUNS.has(y.lower) || y.lower === 'that' || (CUE_FORMS.has(y.lower) && !NOUN_DETERMINERS.has(items[from + n]?.lower ?? '')) || isVerbLike(y));
    // ("one of the original “big four” negotiators": a short quotation inside the appositive's noun phrase)
    const title = (x: number): boolean => isQuote(items[x]) && x > from + 1 && !(items[x] as Item).quote?.single && ((items[x - 1] as Item).lower === 'of' || ((items[x - 1] as Item).lower === 'the' && items[x - 2]?.lower === 'of') || isModifierQuote(items, x) || isTitleQuote(items, x)) && (!clauseBefore(x) || (isTitleQuote(items, x) && !items.slice(from + 1, x).some((y, n) => CUE_FORMS.has(y.lower) && cueAt(items, from + 1 + n) !== null)));
    // ("along with Sen. Judd Gregg (R-N.H.)": a short bracket after a name, dots and all)
    const nameTag = (x: number): boolean => {
      const t = items[x] as Item;
      if (t.text === '(') return isCapitalised(items[x - 1] as Item);
      const open = t.text === ')' || (t.text === '.' && items[x + 1]?.text === ')') ? bracketOpen(items, x) : -1;
      return open > 0 && isCapitalised(items[open - 1] as Item);
    };
    // (a hyphen, an apostrophe, a bracket, a currency or a per cent sign: "a waitress at a diner, which serves a $4
    // breakfast special")
    // ("said Dino Spencer, who runs the gym — which hosts a class …": a dash inside a relative clause)
    const inClause = (x: number): boolean => ((items[x] as Item).text === '—' || (items[x] as Item).text === '–') && RELATIVE_PRONOUNS.has(items[from + 1]?.lower ?? '') && items[x + 1]?.word === true && !NEW_CLAUSE_CONJUNCTIONS.has(items[x + 1]?.lower ?? '');
    while (k < to && (items[k] as Item).text !== ',' && (!isQuote(items[k]) || title(k)) && k - from < 40 && ((items[k] as Item).word || title(k) || inClause(k) || nameTag(k) || APPOSITIVE_SYMBOLS.has((items[k] as Item).text))) {
      // ("said Mr. Brown, who has taken on tasks that a campaign would do": a "that" inside a relative clause with no cue)
      if ((items[k] as Item).lower === 'that' && !relativeThat(items, k) && !plainRelative(items, from + 1, k)) return false;
      // ("a distance of about 15 kilometers (9 miles)": a short bracket inside the appositive)
      if ((items[k] as Item).text === '(' && !nameTag(k)) {
        const close = items.findIndex((x, n) => n > k && n <= k + 8 && x.text === ')');
        if (close < 0 || items.slice(k + 1, close).some((x) => isQuote(x))) return false;
        k = close;
      }
      k++;
    }
    if (k >= to || /^[.!?]$/.test((items[k] as Item).text)) return to - k <= 2;
    if ((items[k] as Item).text !== ',') return false;
    from = k;
    first = items[from] as Item;
  }
  if (first.text === ',') {
    from++;
    if (from >= to) return true;
    first = items[from] as Item;
  }
  if (first.text === '.' || first.text === '!' || first.text === '?') return to - from <= 2;
  // (", hours after the bank cut its rate.": when, counted from another event)
  if (timeAfterAt(items, from)) return to - from <= 30;
  // ("Miller said pleasantly into the phone": how it was said, then where)
  if (first.word && mannerAdverb(first.lower) && from + 1 < to) {
    from++;
    first = items[from] as Item;
    if (first.text === '.' || first.text === '!' || first.text === '?') return to - from <= 2;
  }
  // ("said late on Wednesday", "said early Thursday": how late or early in the time that follows)
  if (first.word && TIME_DEGREES.has(first.lower) && from + 1 < to && (TAIL_STARTERS.has((items[from + 1] as Item).lower) || WEEKDAYS.has((items[from + 1] as Item).lower) || MONTHS.has((items[from + 1] as Item).lower))) {
    from++;
    first = items[from] as Item;
  }
  // "said a longtime data expert who has worked for …": a relative clause about the speaker
  if (first.word && RELATIVE_PRONOUNS.has(first.lower) && from > 0 && (items[from - 1] as Item).word) {
    // (a title's quotation may sit in it: "said Cuban, who is also a host on the TV show “Shark Tank.”")
    for (let k = from; k < to; k++) if ((isQuote(items[k]) && !(isTitleQuote(items, k) && plainRelative(items, from, k))) || ((items[k] as Item).lower === 'that' && !plainRelative(items, from, k))) return false;
    return to - from <= 30;
  }
  // ("“…,” he said of Trump and Ryan, “…”": whom the words were about, right after the cue)
  // (a verb's inflected form after its subject: not "despite their recent call and claims of momentum")
  const cueBefore = items[from - 1]?.text ?? '';
  const about = first.lower === 'of' && CUE_FORMS.has(cueBefore) && CUE_FORMS.get(cueBefore) !== cueBefore && (PRONOUNS.has(items[from - 2]?.lower ?? '') || isCapitalised(items[from - 2] as Item));
  if (!(first.word && (TAIL_STARTERS.has(first.lower) || WEEKDAYS.has(first.lower) || INTERVENING.has(first.lower) || about))) return false;
  for (let k = from; k < to; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.lower === 'that') return false;
  }
  return to - from <= 30;
}

/** "a day after …", "hours before …", "two weeks since …" at `k`: a duration, then when it is counted from. */
export function timeAfterAt(items: readonly Item[], k: number): boolean {
  const first = items[k]?.lower ?? '';
  const count = DURATION_COUNTS.has(first) || /^\d+$/.test(first) ? 1 : 0;
  const unit = items[k + count]?.lower ?? '';
  return DURATION_WORDS.has(unit) && unit !== 'ago' && (count === 1 || unit.endsWith('s')) && COUNTED_FROM.has(items[k + count + 1]?.lower ?? '');
}

/** Where a dash opens the writer's comment on the sentence ("— a development that …", "— a sign that …"); `to` if none. */
export function writersCommentOr(items: readonly Item[], from: number, to: number): number {
  // ("…, a new poll finds, a debate that is likely to …": a comma right after the cue, then the writer's appositive)
  if (commaAppositiveAt(items, from, to)) return from;
  for (let k = from + 1; k < to - 2 && k - from <= 12; k++) {
    const t = items[k] as Item;
    if (isQuote(t)) return to;
    if (!/^[-—–]$/.test(t.text) || !/^(a|an)$/.test(items[k + 1]?.lower ?? '')) continue;
    for (let j = k + 3; j < to && j - k <= 6; j++) {
      const w = items[j] as Item;
      if (!w.word) break;
      if (w.lower === 'that' || w.lower === 'which') return k;
    }
  }
  return to;
}

/**
 * ", without giving further details.", ", without elaborating.", ", without offering evidence.": at `k` a participle of
 * saying, then nothing or a few words ending in what was not given, then the sentence's end (not ", without giving any
 * notice", ", without offering evidence that it was losing money": the source's own complaint).
 */
function unsaidNote(items: readonly Item[], k: number): boolean {
  if (!UNSAID_PARTICIPLES.has(items[k]?.lower ?? '')) return false;
  let x = k + 1;
  while (x < items.length && x - k <= 3 && items[x]?.word === true && !UNSAID_OBJECTS.has(items[x]?.lower ?? '')) x++;
  if (UNSAID_OBJECTS.has(items[x]?.lower ?? '')) x++;
  else if (x > k + 1) return false;
  return !items[x]?.word && !isQuote(items[x]);
}

/**
 * ", a debate that …", ", an argument which …" at `k`: a comma, an indefinite article, a few words and a relative
 * pronoun, the writer's appositive on what came before (not a time: "said, a day later, that …").
 */
export function commaAppositiveAt(items: readonly Item[], k: number, to = items.length): boolean {
  if (items[k]?.text !== ',' || !/^(a|an)$/.test(items[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < to && j - k <= 6; j++) {
    const w = items[j] as Item;
    // (not a time: "said, a day after the fire that destroyed the arena, that …")
    if (!w.word || (j === k + 2 && (TIME_UNITS.has(w.lower) || DURATION_WORDS.has(w.lower) || PARTS_OF_DAY.has(w.lower)))) return false;
    if (j > k + 2 && (w.lower === 'that' || w.lower === 'which')) return !TIME_OPENER_ENDS.has((items[j - 1] as Item).lower) && !hostGoesOn(items, j);
  }
  return false;
}

/** After the relative clause at `j`, a comma and a verb: the host clause goes on ("…, a measure which cost $2 billion, did little"). */
function hostGoesOn(items: readonly Item[], j: number): boolean {
  const comma = items.findIndex((x, k) => k > j && x.text === ',');
  const next = items[comma + 1];
  return comma > 0 && next !== undefined && (AUXILIARIES.has(next.lower) || FINITE_VERBS.has(next.lower));
}

/** The sentence opens with a subordinate clause ("When …", "But even as …"). */
function opensSubordinate(items: readonly Item[]): boolean {
  let k = 0;
  while (k < 2 && LEADING_CONJUNCTIONS.has(items[k]?.lower ?? '')) k++;
  return SUBORDINATE_OPENERS.has(items[k]?.lower ?? '');
}

/** Is the nearest cue before `at` in the present tense ("says", "argues")? */
function presentCueBefore(items: readonly Item[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = items[k] as Item;
    const lemma = t.word ? CUE_FORMS.get(t.text) : undefined;
    if (lemma) return t.text !== lemma && t.text.endsWith('s') && !t.text.endsWith('ss');
  }
  return false;
}

/** "an account manager for a firm that sells software": "that" opening a relative clause after a noun, not content. */
export function relativeThat(items: readonly Item[], k: number): boolean {
  const prev = items[k - 1];
  const next = items[k + 1];
  if (!prev?.word || !next?.word || CUE_FORMS.has(prev.lower) || /^\p{Lu}/u.test(next.text)) return false;
  return /[^s]s$|ed$/.test(next.lower) && !CUE_FORMS.has(next.lower);
}

/**
 * A quotation in `items[from..to)` whose words end in a comma and that a closing attribution then gives to its speaker
 * ('… calling Trump “an orange buffoon,” Susan said'): the sentence is that speaker's, not the words around it.
 */
export function quotationOfClosingSpeaker(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuote(items[k]) && quotedComma(items[k]) && finalAttributionAt(items, k + 1)) return true;
  return false;
}

/** Is there a "X said [frame]" running from `from` to the end of the unit (a final attribution)? */
export function finalAttributionAt(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k - from <= MAX_NP; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || (!t.word && t.text !== '’' && t.text !== "'")) return false;
    const c = CUE_FORMS.get(t.text);
    // (not after a modal: "…, Canada will respond in kind" is what will be done, no attribution)
    if (c && k > from && FINAL_POSITION_CUES.has(c) && !PARTICIPLE.test(t.text) && !MODALS.has(items[k - 1]?.lower ?? '')) {
      // (not a noun after its article: "after blocking a shot, is fine")
      if (items[k - 1]?.lower === 'a' || items[k - 1]?.lower === 'an') continue;
      // (nor a bare form after a determiner and a word that is no plural subject: "…, unredacted letter and will address
      // it in its final report"; "…, the officials report" is a cue)
      if (t.text === c && (POSSESSIVE_PRONOUNS.has(items[k - 1]?.lower ?? '') || (NOUN_DETERMINERS.has(items[k - 2]?.lower ?? '') && !pluralSubject(items, k - 1)))) continue;
      // (a participle going on after it too: "…, Mr. Manafort said, adding that he would …", "…, Harrow and Ramsaran
      // announced on Friday, ending a standoff that had …")
      const tail = frameTailEnd(items, k + 1);
      const next = items[tail + 1];
      return tail >= items.length || (items[tail]?.text === ',' && next !== undefined && next.word && /^[a-z]+ing$/.test(next.text));
    }
  }
  return false;
}

/** Where the frame after a cue at `from` ends: the unit's end, or the comma after which a frame tail no longer reads. */
function frameTailEnd(items: readonly Item[], from: number): number {
  if (isFrameTail(items, from, items.length)) return items.length;
  for (let k = from; k < items.length && k - from <= 12; k++) if ((items[k] as Item).text === ',') return isFrameTail(items, from, k) ? k : -1;
  return -1;
}

/**
 * The end of a plural subject at `k`: a plural noun ("officials", "police", "the media"), a people's name ("the French")
 * or the last of joined ones ("the mayor and the council").
 */
function pluralSubject(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  return t.word && (PLURALS_WITHOUT_S.has(t.lower) || /[^s]s$/.test(t.lower) || isCapitalised(t) || items.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'and'));
}

/**
 * A finite cue strong enough to close a sentence at `k`, perhaps after an adverb ("said", "now says", "argued"; not
 * "adding", nor a noun or verb that a short quotation modifies: "“divisive” comments", "“common sense” made clear").
 */
function cueRightAfter(items: readonly Item[], k: number): boolean {
  let x = k;
  while (x < items.length && x - k < 2 && INTERVENING.has((items[x] as Item).lower)) x++;
  const t = items[x];
  const cue = t !== undefined && !PARTICIPLE.test(t.text) ? cueAt(items, x) : null;
  if (!cue || !FINAL_POSITION_CUES.has(cue.lemma)) return false;
  return SPEAKING_LEMMAS.has(cue.lemma) || /ed$/.test(cue.cue);
}

/** The content at `from` is in a relative clause opened by a preposition ("…, in which officials say …"). */
function prepositionRelativeBefore(items: readonly Item[], from: number): boolean {
  for (let k = from - 1; k >= 2 && from - k <= 8; k--) {
    const t = items[k] as Item;
    if (t.lower === 'which' && RELATIVE_PREPOSITIONS.has(items[k - 1]?.lower ?? '') && items[k - 2]?.text === ',') return true;
  }
  return false;
}

/** Whether the cue before `from` sits in a relative clause ("Orr, who called it …", "which critics called …"). */
function relativeBefore(items: readonly Item[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) if (RELATIVE_PRONOUNS.has((items[k] as Item).lower)) return true;
  return false;
}

/**
 * "after a woman in Worcester, Massachusetts, told him …", "because he said …": a subordinate clause of time or reason
 * whose subject says something, with a cue of speech right after its subject (not "if he would have told", "hours after
 * Trump proposed a ban", "before he announced his bid", "while Trump wants …").
 */
function reportingSubordinate(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  if (!REPORTING_SUBORDINATORS.has(t.lower) || TIME_BEFORE_SUBORDINATOR.has(items[k - 1]?.lower ?? '')) return false;
  const first = items[k + 1];
  if (!first?.word) return false;
  // the subject: a pronoun, a capitalised name, or a determiner's phrase up to its cue
  let j = k + 2;
  if (NOUN_DETERMINERS.has(first.lower)) {
    // (a verb ends the subject: "because the polls have tightened, said …" is no subordinate clause's cue; "after the
    // union had said it would strike" is, past its auxiliary)
    while (j < items.length && j - k <= 9 && !cueAt(items, j) && !AUXILIARIES.has((items[j] as Item).lower) && ((items[j] as Item).word || (items[j] as Item).text === ',')) j++;
    while (j < items.length && j - k <= 11 && (AUXILIARIES.has((items[j] as Item).lower) || INTERVENING.has((items[j] as Item).lower)) && !cueAt(items, j)) j++;
  } else if (PRONOUNS.has(first.lower) || isCapitalised(first)) {
    while (j < items.length && j - k <= 4 && isCapitalised(items[j] as Item)) j++;
  } else return false;
  const cue = cueAt(items, j);
  // (or a ruling: ", after a high court judge ruled the allegations were true")
  if (cue === null || !(SPEAKING_LEMMAS.has(cue.lemma) || cue.lemma === 'claim' || cue.lemma === 'rule')) return false;
  // (what it reports opens a clause or a quotation: not "before he announced his presidential bid"; a ruling after the
  // comma before the subordinator, a determiner's phrase too; not ", when she wrote the last page")
  const after = PERSON_OBJECT_PRONOUNS.has(items[cue.next]?.lower ?? '') ? cue.next + 1 : cue.next;
  const next = items[after];
  return next !== undefined && (next.lower === 'that' || isQuote(next) || next.text === ':' || PRONOUNS.has(next.lower) || isCapitalised(next) || (cue.lemma === 'rule' && items[k - 1]?.text === ',' && NOUN_DETERMINERS.has(next.lower)));
}

/**
 * "another said", "others say" at `k`: the next of several sources, with its own cue (not inside a clause of the
 * content, "said that while some experts back the plan, others suggest …", `from` its start).
 */
function contrastSpeakerAt(items: readonly Item[], from: number, k: number): boolean {
  if (!CONTRAST_SPEAKERS.has(items[k]?.lower ?? '') || items.slice(from, k).some((t) => SUBORDINATORS.has(t.lower))) return false;
  const cue = cueAt(items, k + 1);
  return cue !== null && !WEAK_CUES.has(cue.lemma);
}
