// Stage 4a's phrase primitives: where a speaker-like noun phrase begins before a given point, and whether a phrase
// opens its clause. Shared by the speaker rules before and after the cue and by the frames.
import { isGivenName } from './given-names.ts';
import { isAgeNoun, isPersonNoun } from './person-words.ts';
import { NAME_LINKS } from './lexicon-speakers.ts';
import { TIME_COUNT_ENDS, TIME_COUNTS } from './lexicon-frames.ts';
import { CUE_FORMS, VIETNAMESE_MIDDLE_NAMES, FINITE_VERBS, FINDING_SOURCES, INSTITUTION_NOUNS, INTERVENING, MODIFIER_PREPOSITIONS, NAME_PREPOSITIONS_IN_CAPITALS, ON_NAMED_BODIES, PORTFOLIO_BODY_AFTER, ORG_WORDS, PRONOUNS, ROLE_NOUNS, SOURCE_MODIFIER_WORDS, WEEKDAYS, MONTHS } from './lexicon.ts';
import { AUXILIARIES, FINITE_BE, LIST_PREPOSITIONS, ORIGIN_ASIDE_WORDS, CLAUSE_AFTER_VERBS, CLAUSE_START_DEMONSTRATIVES, RELATIVE_PREPOSITIONS, CLAUSE_CONJUNCTIONS, CONTACT_PREPOSITIONS, CONTACT_VERBS, FOCUS_WORDS, NOT_SPEAKER_START, DAY_ADVERBS, DAY_PREPOSITIONS, TIME_OPENERS, NOUN_DETERMINERS, NUMBER_WORDS, NUMBERED_UNITS, PARTS_OF_DAY, PHRASE_DEMONSTRATIVES, RELATIVE_PRONOUNS, RESULT_OPENERS, ROLE_PREPOSITIONS, SHORT_OPENERS, TIME_UNITS } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, DRAFT_NOUNS, PERSON_TITLE_WORDS, FEMALE_HEADS, ISSUER_HEADS, ISSUER_PREPOSITIONS, MALE_HEADS, NOT_PERSONS, OFFICE_HEADS, PERSON_SUFFIXES, PLAIN_ROLE_HEADS, RELATION_NOUNS, RELATIVE_HEAD_NOUNS, TITLE_NOUNS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, isNpToken, type Mention, trimNp } from './mentions.ts';
import type { Token } from './segment.ts';
import { isCommonWord, portfolioWord } from './names.ts';
import { ENGLISH_WORDS } from '../ingest/english-words.ts';
import { agencyTagAt, isQuote, MAX_NP, quotedComma, type Item } from './units.ts';

/** Index of the "(" that opens the short bracket closing at `close`, or -1. */
export function bracketOpen(items: readonly Item[], close: number, reach = 8): number {
  for (let k = close - 1; k >= 0 && close - k <= reach; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ')') return -1;
    if (t.text === '(') return k;
  }
  return -1;
}

/** "the report", "its statement": a word that is also a cue form, used as a noun after a determiner. */
export function nounAfterDeterminer(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  // ("A source close to the show told": any word after a source's modifier and its article is that phrase's noun)
  if (t.word && items[k - 1]?.lower === 'the' && MODIFIER_PREPOSITIONS.has(items[k - 2]?.lower ?? '') && SOURCE_MODIFIER_WORDS.has(items[k - 3]?.lower ?? '')) return true;
  // ("according to an internal estimate": a paper's noun that is also a verb, after an article and at most one adjective
  // that is no plural, "The officials estimate …" being a verb's)
  if (t.word && DRAFT_NOUNS.has(t.lower) && !t.lower.endsWith('s') && (NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') || (/^[a-z]+[^s]$/.test(items[k - 1]?.text ?? '') && NOUN_DETERMINERS.has(items[k - 2]?.lower ?? '')))) return true;
  // ("one of the notes says": a document noun in the plural too)
  if (!t.word || !(INSTITUTION_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || (t.lower.endsWith('s') && DOCUMENT_NOUNS.has(t.lower.slice(0, -1))))) return false;
  // (a noun in -ing only as the phrase's head: "The warning states", not "Ignoring the warning residents said")
  if (t.lower.endsWith('ing') && items[k + 1]?.word === true && !CUE_FORMS.has((items[k + 1] as Item).lower)) return false;
  // ("One tweet said:", "Another report found": "one" and "another" too)
  if (NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') || items[k - 1]?.lower === 'one' || items[k - 1]?.lower === 'another') return true;
  // "the congressional report", "a new report": one lower-case adjective between
  const adjective = items[k - 1];
  // (or after an owner: "The group's latest report", "Oxfam's annual report")
  const ownerAt = (n: number): boolean => items[n]?.word === true && /['’]s$/.test((items[n] as Item).text) && (isCapitalised(items[n] as Item) || NOUN_DETERMINERS.has(items[n - 1]?.lower ?? ''));
  if (adjective !== undefined && adjective.word && /^[a-z]/.test(adjective.text) && !CUE_FORMS.has(adjective.lower) && (NOUN_DETERMINERS.has(items[k - 2]?.lower ?? '') || ownerAt(k - 2))) return true;
  // ("Ofsted's report found", "The auditor general's report said": right after its owner, a role's one after its article)
  const lower = (n: number): boolean => items[n]?.word === true && /^[a-z]+$/.test((items[n] as Item).text);
  if (ownerAt(k - 1) || (items[k - 1]?.word === true && /^[a-z]+['’]s$/.test((items[k - 1] as Item).text) && lower(k - 2) && (NOUN_DETERMINERS.has(items[k - 3]?.lower ?? '') || (lower(k - 3) && NOUN_DETERMINERS.has(items[k - 4]?.lower ?? ''))))) return true;
  // ("A city staff report": or two)
  const first = items[k - 2];
  if (adjective?.word && first?.word && /^[a-z]+$/.test(adjective.text) && /^[a-z]+$/.test(first.text) && !CUE_FORMS.has(adjective.lower) && !CUE_FORMS.has(first.lower) && NOUN_DETERMINERS.has(items[k - 3]?.lower ?? '')) return true;
  // ("the most recent annual report", "the company's latest annual report": two or three adjectives, no plural nor adverb
  // among them but a superlative's "most", after an article or an owner; a noun in -ss is no plural: "the Commission's
  // latest progress report", "The Auditor-General's most recent report")
  let a = k - 1;
  while (a > 0 && k - a <= 3 && items[a]?.word === true && /^[a-z]+$/.test((items[a] as Item).text) && !CUE_FORMS.has((items[a] as Item).lower) && (!INTERVENING.has((items[a] as Item).lower) || (items[a] as Item).lower === 'most') && !/[^s]s$/.test((items[a] as Item).text)) a--;
  if (a < k - 2 && items[a]?.word === true && (NOUN_DETERMINERS.has((items[a] as Item).lower) || ownerAt(a))) return true;
  // ("A Senate report", "a United Nations report": a body's name of up to three capitalised words between)
  let j = k - 1;
  while (j > 0 && k - j <= 3 && items[j]?.word === true && isCapitalised(items[j] as Item) && !CUE_FORMS.has((items[j] as Item).lower)) j--;
  return j < k - 1 && NOUN_DETERMINERS.has(items[j]?.lower ?? '');
}

/**
 * "The personal support worker said", "a claims adjuster": a cue's form at `k` before a noun for a person, after an
 * article (and an adjective), is the noun's modifier, no verb; so is any past participle right after the article ("The
 * agreed statement of facts", "The leaked report").
 */
function cueModifier(items: readonly Item[], k: number, end: number): boolean {
  const t = items[k] as Item;
  const noun = items[k + 1];
  const before = items[k - 1];
  if (k + 1 >= end || !noun?.word || !/^[a-z]+$/.test(t.text)) return false;
  // ("The agreed statement of facts states", "The leaked report said", "the injured driver said": any past participle
  // right after the article is an adjective)
  if (/[a-z]ed$/.test(t.text) && NOUN_DETERMINERS.has(before?.lower ?? '') && /^\p{Ll}/u.test(noun.text)) return true;
  // ("The warning letter said", "a briefing note says": a cue's -ing form right after the article, before a document)
  if (/ing$/.test(t.text) && DOCUMENT_NOUNS.has(noun.lower) && NOUN_DETERMINERS.has(before?.lower ?? '')) return true;
  if (!CUE_FORMS.has(t.text) || !(ROLE_NOUNS.has(noun.lower) || isPersonNoun(noun.lower))) return false;
  return NOUN_DETERMINERS.has(before?.lower ?? '') || (before !== undefined && /^[a-z]+$/.test(before.text) && !CUE_FORMS.has(before.text) && NOUN_DETERMINERS.has(items[k - 2]?.lower ?? ''));
}

/**
 * Where a past participle and its "by" phrase start before the cue at `end`, after a noun for people: "residents
 * reached by telephone", "officials contacted by Reuters", "analysts polled by Bloomberg"; -1 if none.
 */
function reachedBy(items: readonly Item[], end: number): number {
  for (let k = end - 3; k >= end - 6 && k > 0; k--) {
    const participle = items[k] as Item;
    if (!/^[a-z]+ed$/.test(participle.text) || items[k + 1]?.lower !== 'by') continue;
    const person = items[k - 1] as Item;
    const lower = person.lower;
    if (!person.word || !(ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, '')) || isPersonNoun(lower))) return -1;
    return items.slice(k + 2, end).every((t) => t.word && !CUE_FORMS.has(t.text)) ? k : -1;
  }
  return -1;
}

/** "mother of", "grandfather of" at `k` (the "of"): a parent before a count of children. */
function parentOf(items: readonly Item[], k: number): boolean {
  const parent = items[k - 1]?.lower ?? '';
  return items[k]?.lower === 'of' && (MALE_HEADS.has(parent) || FEMALE_HEADS.has(parent));
}

/** The longest speaker-like phrase ending at item index `end` (exclusive). */
export function npBackFrom(items: readonly Item[], end: number): { tokens: Token[]; start: number } | null {
  // ("Cllr Rob Haskins (Conservative, Ashbury North), who …": a party and ward in brackets after the name is its tag)
  if (items[end - 1]?.text === ')') {
    const open = bracketOpen(items, end - 1, 10);
    // (not a body's acronym: "The Association of Road Contractors, Ghana (ARCOG)")
    const inner = items.slice(open + 1, end - 1);
    const acronym = inner.length === 1 && /^[A-Z]{3,}$/.test(inner[0]?.text ?? '');
    if (open > 1 && !acronym && inner.every((t) => t.text === ',' || t.text === '-' || (t.word && isCapitalised(t as Token)))) return npBackFrom(items, open);
  }
  // ("residents reached by telephone said", "officials contacted by Reuters said": people, then how they were reached)
  const reached = reachedBy(items, end);
  if (reached > 0) return npBackFrom(items, reached);
  let s = end;
  while (s > 0 && end - s < MAX_NP) {
    const t = items[s - 1] as Item;
    // "People's Liberation Party (PLP) leader Martha Karua": a short bracket inside the phrase
    if (t.text === ')' && s < end) {
      const open = bracketOpen(items, s - 1);
      if (open > 0 && isNpToken(items[open - 1] as Item)) {
        s = open;
        continue;
      }
    }
    // "A No 10 spokesman": the number of Downing Street
    // ("Residents of Ward 14", "District 9 officials", "Local 79": a numbered ward, district or union local)
    // ("the grandmother of 11", "a father of 4": a parent's count of children)
    const number10 = /^\d+$/.test(t.text) && (/^(no|no\.|number)$/.test(items[s - 2]?.lower ?? '') || (NUMBERED_UNITS.has(items[s - 2]?.lower ?? '') && isCapitalised(items[s - 2] as Item)) || parentOf(items, s - 2));
    // ("The Met Office warning says": a document noun in -ing heads the phrase right before its cue)
    const documentHead = s === end && t.word && t.lower.endsWith('ing') && DOCUMENT_NOUNS.has(t.lower);
    // ("A 2024 study found", "the 2019 report says": a year between the determiner and its noun)
    // (not a name of a year and one word, "The 1922 Committee"; "the 2014 American Community Survey" is dated)
    const year = s < end && /^(?:1[89]|20)\d\d$/.test(t.text) && NOUN_DETERMINERS.has(items[s - 2]?.lower ?? '') && !(s + 1 === end && isCapitalised(items[s] as Item));
    // ("The think tank's analysis": a compound's first word after the article, whatever else it may be)
    const compound = s < end && /^[a-z]+$/.test(t.text) && /^[a-z]+['’]s$/.test((items[s] as Item).text) && NOUN_DETERMINERS.has(items[s - 2]?.lower ?? '');
    // ("The Columbus, Ohio-based company": a city, a comma, then its state in a "-based" compound)
    if (t.text === ',' && s < end && s > 2 && /^\p{Lu}[\p{L}.]*-based$/u.test((items[s] as Item).text) && isCapitalised(items[s - 2] as Item) && NOUN_DETERMINERS.has(items[s - 3]?.lower ?? '')) {
      s--;
      continue;
    }
    // ("the Department for Environment, Food and Rural Affairs": a comma inside a body's list of portfolios)
    // ("The foreign ministers of Germany, France and Poland": a comma inside a list of the places a role is of)
    if (t.text === ',' && s < end && (portfolioListAt(items, s - 1, end) || placeListAt(items, s - 1, end) || nameListAt(items, s - 1, end))) {
      s--;
      continue;
    }
    // ("Under Secretary Ivan Lau": "Under" before a title is part of it)
    // ("Reporters Without Borders", "Mothers Against Drunk Driving": a preposition written in capitals inside a name)
    // ("the Portfolio Committee on Electricity and Energy": "on" after a committee's or council's head, before capitals)
    const underTitle = (t.text === 'Under' && s < end && (items[s] as Item).text.startsWith('Secretary')) || (s < end && s > 1 && (NAME_PREPOSITIONS_IN_CAPITALS.has(t.text) || (t.text === 'on' && ON_NAMED_BODIES.has((items[s - 2] as Item).text))) && isCapitalised(items[s] as Item) && isCapitalised(items[s - 2] as Item));
    // ("The film, in which Tom Hughes plays a detective who tells …": a name's verb in -s before an article ends the phrase)
    // (after a name of two words inside the sentence, not a plural noun: "Three officials the Times interviewed said")
    const nameVerb = s < end && s > 3 && /^[a-z]+s$/.test(t.text) && !ROLE_NOUNS.has(t.lower) && /^(a|an|the)$/.test((items[s] as Item).lower) && isCapitalised(items[s - 2] as Item) && isCapitalised(items[s - 3] as Item);
    // ("Several residents the BBC spoke to said": a contact clause's verb and its preposition end the phrase)
    if (s === end && s > 2 && CONTACT_PREPOSITIONS.has(t.lower) && CONTACT_VERBS.has((items[s - 2] as Item).lower) && isNpToken(items[s - 3] as Item)) {
      s -= 2;
      continue;
    }
    // ("A Wall Street Journal/NBC News poll", "a CNN/ORC survey": a slash joining two capitalised names, unspaced, before
    // a finding's noun; not "video credited to Reuters/Libya")
    if (t.text === '/' && s < end && s > 1 && FINDING_SOURCES.has(items[end - 1]?.lower ?? '') && t.start === (items[s - 2] as Item).end && t.end === (items[s] as Item).start && isCapitalised(items[s] as Item) && isCapitalised(items[s - 2] as Item)) {
      s--;
      continue;
    }
    // ("Do Quang Huy": the Vietnamese family name "Do" before a middle name is no verb)
    if (t.text === 'Do' && s < end && VIETNAMESE_MIDDLE_NAMES.has((items[s] as Item).text)) {
      s--;
      continue;
    }
    // ("a group of at least five countries": "at least" before a count inside the phrase)
    if (s < end && (t.lower === 'least' || t.lower === 'most') && items[s - 2]?.lower === 'at' && (/^\d/.test((items[s] as Item).text) || NUMBER_WORDS.has((items[s] as Item).lower))) {
      s -= 2;
      continue;
    }
    // ("On Tuesday Obama said", "Last week the governor said", "Today the minister said", "In March the mayor said": a
    // time opening the sentence ends there, the subject after it; startsClause checks the opener)
    // (only when what is left opens a clause: not "A weekend CNN anchor said", "One morning the farmer said"; review 71)
    if (s < end && timeBeforeSubject(items, s - 1) && startsClause(items, s)) break;
    // ("Officials in the two states said", "in the states", "three reports": a plural that is a cue's form too, after a
    // count or a plural's determiner, is a noun; not after "that" or "this": "the report that states …")
    const before = items[s - 2]?.lower ?? '';
    // ("Critics of the plan said": so is a cue's base form after its determiner)
    const determined = NOUN_DETERMINERS.has(before) && before !== 'that' && before !== 'this';
    const counted = t.word && ((/^[a-z]+s$/.test(t.text) && (NUMBER_WORDS.has(before) || /^\d[\d,]*$/.test(items[s - 2]?.text ?? '') || determined)) || (determined && CUE_FORMS.get(t.text) === t.text));
    // ("The BBC understands a minister … said": a verb that opens a clause ends the phrase)
    if (nameVerb || isQuote(t) || (!isNpToken(t) && !nounAfterDeterminer(items, s - 1) && !number10 && !year && !compound && !documentHead && !underTitle && !counted && !cueModifier(items, s - 1, end)) || (s < end && CLAUSE_AFTER_VERBS.has(t.lower))) break;
    s--;
  }
  if (s === end) return null;
  // "this source", "these officials": a demonstrative before a role noun opens the phrase (not "that": "said that
  // officials …" is a that-clause)
  const head = items[s] as Item;
  if (s > 0 && head.word && ROLE_NOUNS.has(head.lower) && (PHRASE_DEMONSTRATIVES.has(items[s - 1]?.lower ?? '') || demonstrativeOpens(items, s - 1, end))) s--;
  // "Officials familiar with the matter", "sources close to the Kremlin": take the head before the modifier
  const p1 = items[s - 1];
  const p2 = items[s - 2];
  if (p1 && p2 && MODIFIER_PREPOSITIONS.has(p1.lower) && SOURCE_MODIFIER_WORDS.has(p2.lower)) {
    // the whole phrase: analyseMention reads its head, the speaker keeps the modifier
    const head = npBackFrom(items, s - 2);
    if (head) return { tokens: trimNp(items.slice(head.start, end)), start: head.start };
  }
  // "Supporters of the administration's approach", "Hawks on the committee": the role noun before the phrase
  // ("A 19-year-old from Guinea who …": or an age standing for a person)
  const prep = items[s - 1];
  const roleNoun = items[s - 2];
  if (prep && roleNoun && ROLE_PREPOSITIONS.has(prep.lower) && roleNoun.word && (ROLE_NOUNS.has(roleNoun.lower) || isAgeNoun(roleNoun.lower)) && (!isCapitalised(roleNoun) || /[^s]s$/.test(roleNoun.lower)) && end - s <= 6) {
    const head = npBackFrom(items, s - 1);
    if (head) return { tokens: trimNp(items.slice(head.start, end)), start: head.start };
  }
  let np = trimNp(items.slice(s, end));
  while (np.length > 1 && NOT_SPEAKER_START.has((np[0] as Token).lower)) np = np.slice(1);
  return np.length > 0 ? { tokens: np, start: s } : null;
}

/** A time at `k` ("Tuesday", "week", "morning", "today", "March" after its preposition) before a determiner or a name. */
function timeBeforeSubject(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  const next = items[k + 1];
  if (!t.word || next === undefined || !(NOUN_DETERMINERS.has(next.lower) || isCapitalised(next))) return false;
  // (a day's name only after its preposition: "Sunday Adeyemi said" is a name)
  const before = items[k - 1]?.lower ?? '';
  if (WEEKDAYS.has(t.lower)) return DAY_PREPOSITIONS.has(before);
  // ("Two weeks ago the minister said", "Three days later the mayor said")
  if (TIME_COUNT_ENDS.has(t.text)) return true;
  // (a unit of time in lower case: "the new Morning Consult poll" is a pollster's)
  return DAY_ADVERBS.has(t.lower) || TIME_UNITS.has(t.text) || PARTS_OF_DAY.has(t.text) || (MONTHS.has(t.text) && (before === 'in' || DAY_PREPOSITIONS.has(before)));
}

/** "That person said", "Still, those officials say": "that" or "those" at the start of a unit or after a comma (also the
 * comma closing a quotation: "“…,” that owner said"). */
function demonstrativeOpens(items: readonly Item[], d: number, end: number): boolean {
  const before = items[d - 1];
  const word = (items[d] as Item).lower;
  if (!CLAUSE_START_DEMONSTRATIVES.has(word) || !(before === undefined || before.text === ',' || before.text === ';' || quotedComma(before))) return false;
  // ("That officials said nothing is telling": "that" before a plural opens a that-clause; "that" takes one, "those" many)
  const head = items[end - 1]?.lower ?? '';
  const plural = /[^s]s$/.test(head) || head === 'people';
  return word === 'those' ? plural : !plural;
}

/** The subject phrase must open a clause: the unit start, after an opener, or after ", and". */
export function startsClause(items: readonly Item[], s: number): boolean {
  if (s === 0) return true;
  const prev = items[s - 1] as Item;
  if (FOCUS_WORDS.has(prev.lower)) return startsClause(items, s - 1);
  if (prev.text === ',' || prev.text === ';' || prev.text === ':' || prev.text === '—' || prev.text === '–' || prev.text === '(') return true;
  // ("New Delhi, Dec 3 (PTI) The Congress …": after an agency's bracket closing a dateline; "Lima, Dec 7 (EFE).- The …")
  if (agencyTagAt(items, s - 1) || (prev.text === '-' && (agencyTagAt(items, s - 2) || (items[s - 2]?.text === '.' && agencyTagAt(items, s - 3))))) return true;
  if (CLAUSE_CONJUNCTIONS.has(prev.lower)) return true;
  // ("an interview published Monday, in which he said …": a relative clause after its preposition)
  // (not "the way in which police described …", "the extent to which": a manner or a degree)
  if (prev.lower === 'which' && RELATIVE_PREPOSITIONS.has(items[s - 2]?.lower ?? '') && !RELATIVE_HEAD_NOUNS.has(items[s - 3]?.lower ?? '')) return true;
  // ("The court heard he had told police that …": a clause after a verb of hearing or learning)
  // (not inside a relative clause: "Students who learned their results on Thursday said …")
  if (CLAUSE_AFTER_VERBS.has(prev.lower) && !RELATIVE_PRONOUNS.has(items[s - 2]?.lower ?? '') && items[s - 2]?.lower !== 'that') return true;
  // "the debate grew so heated that Christie said": a result clause ("so … that", "such … that")
  if (prev.lower === 'that' && s >= 3 && resultClauseBefore(items, s - 1)) return true;
  // ("That is why critics say …", "It was three years ago that Tom Reyes said …": a cleft's clause; not "It is apparent
  // that Clinton wanted …", the writer's)
  if ((prev.lower === 'why' && FINITE_BE.has(items[s - 2]?.lower ?? '')) || (prev.lower === 'that' && items[0]?.lower === 'it' && FINITE_BE.has(items[1]?.lower ?? '') && items[s - 2]?.lower === 'ago')) return true;
  if (isQuote(prev)) return true;
  // "Before the trip he told …", "Last week she said …": a subject pronoun after a short opener
  // ("Although in September she said …", "At the town hall this week she said …": the opener after a conjunction too)
  // ("Although she called it “a disaster,” on Tuesday Senator Ann Ross said …", "… on Tuesday the governor said …": or a
  // name or a noun's article right after a time, which ends the opener; not "At the town hall in Ho Chi Minh City, a
  // young woman asked …", a name inside it)
  const t = items[s] as Item | undefined;
  const when = items[s - 1]?.lower ?? '';
  const timed = t !== undefined && t.word && (isCapitalised(t) || (NOUN_DETERMINERS.has(t.lower) && t.lower !== 'that')) && (WEEKDAYS.has(when) || DAY_ADVERBS.has(when) || TIME_UNITS.has(when) || PARTS_OF_DAY.has(when) || TIME_COUNT_ENDS.has(when) || MONTHS.has(items[s - 1]?.text ?? ''));
  return t !== undefined && (PRONOUNS.has(t.lower) || timed) && shortOpenerBefore(items, s) >= 0;
}

/** Where a short phrase of time or place with no verb ("before the trip", "in September") opens the clause right before `s`; -1 if none. */
export function shortOpenerBefore(items: readonly Item[], s: number): number {
  // ("at a meeting with residents on Tuesday night he said …": up to ten words; "yesterday she said …": a day alone)
  for (let k = s - 1; k >= 0 && s - k <= 10; k--) {
    const x = items[k] as Item;
    // (not "an interview, in which he says …": a relative clause after its preposition)
    if (!x.word || CUE_FORMS.has(x.lower) || AUXILIARIES.has(x.lower) || FINITE_VERBS.has(x.lower) || RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'that') return -1;
    const before = items[k - 1];
    // (the opener opens the unit, or follows a comma, a quotation's comma or a conjunction: "… had decimated “core Al
    // Qaeda,” on Tuesday he said …")
    const opens = before === undefined || before.text === ',' || quotedComma(before) || CLAUSE_CONJUNCTIONS.has(before.lower);
    if (!opens) continue;
    // ("Yesterday afternoon the police said", "Tuesday night the ministry said", "Every Sunday the pastor says", "Late last
    // week the union said": a day, or a word that counts or places a time)
    if (SHORT_OPENERS.has(x.lower) || DAY_ADVERBS.has(x.lower) || WEEKDAYS.has(x.lower) || TIME_OPENERS.has(x.lower)) return k;
    // ("Two weeks ago he said", "A year ago the company said": a count of time back or on)
    if ((TIME_COUNTS.has(x.lower) || NUMBER_WORDS.has(x.lower) || /^\d+$/.test(x.text)) && items.slice(k, s).some((w) => TIME_COUNT_ENDS.has(w.text))) return k;
  }
  return -1;
}

/** "so heated over the bill that …": "so" or "such" in the few words before "that", within its clause. */
function resultClauseBefore(items: readonly Item[], that: number): boolean {
  for (let k = that - 1; k >= 0 && that - k <= 8; k--) {
    const t = items[k] as Item;
    if (!t.word || isQuote(t)) return false;
    if (RESULT_OPENERS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether a determiner's phrase names a person by its head noun (the word before any "of", "at", …): a title, a role,
 * a relative, or an agent noun ("developer", "analyst", "strategist"); not "the help of …", "a wave of alarm", "the left".
 */
export function personHead(phrase: readonly Token[]): boolean {
  const prep = phrase.findIndex((x, n) => n > 0 && (ROLE_PREPOSITIONS.has(x.lower) || ISSUER_PREPOSITIONS.has(x.lower) || x.lower === 'to' || x.lower === 'with'));
  const head = (phrase[(prep > 0 ? prep : phrase.length) - 1]?.lower ?? '').replace(/[’']s?$/, '');
  const single = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  if ([head, single].some((w) => ROLE_NOUNS.has(w) || TITLE_NOUNS.has(w) || RELATION_NOUNS.has(w) || PLAIN_ROLE_HEADS.has(w) || OFFICE_HEADS.has(w))) return true;
  // (not a document, a body or a thing in -er/-or: "a letter from …", "the order", "a poster")
  if (DOCUMENT_NOUNS.has(single) || INSTITUTION_NOUNS.has(single) || NOT_PERSONS.has(single)) return false;
  return PERSON_SUFFIXES.some((x) => single.endsWith(x) && single.length > x.length + 2);
}

/**
 * Whether the comma at `comma` separates names in a list that a plural role is of: "The foreign ministers of Germany,
 * France and Poland", "Officials from Leeds, York and Hull" (not "In Germany, France and Poland said …").
 */
function placeListAt(items: readonly Item[], comma: number, end: number): boolean {
  const after = items.slice(comma + 1, end);
  const listWord = (t: Item): boolean => t.lower === 'and' || t.text === ',' || t.lower === 'the' || (t.word && /^\p{Lu}/u.test(t.text));
  if (after.length < 3 || after.length > 12 || !after.some((t) => t.lower === 'and') || !after.every(listWord)) return false;
  let k = comma - 1;
  while (k > 0 && comma - k <= 8 && (items[k] as Item).lower !== 'of' && (items[k] as Item).lower !== 'from' && listWord(items[k] as Item) && (items[k] as Item).lower !== 'and') k--;
  const link = (items[k] as Item | undefined)?.lower;
  const head = (items[k - 1] as Item | undefined)?.lower ?? '';
  return k < comma - 1 && (link === 'of' || link === 'from') && /s$/.test(head) && (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.slice(0, -1)));
}

/**
 * "A spokesperson for the UK Foreign, Commonwealth and Development Office said", "the Department of Agriculture, Food
 * and the Marine said", "The National Oil, Gas and Biofuels Agency said": the phrase read back from a cue stops at a
 * comma; a body named for its portfolios goes on over the commas before its "and" (everyday words in capitals) to the
 * phrase that ends in the first of them, when the list closes with a body's word or follows one and "of" or "for"
 * (not people: "In a letter to the Department of Education, Jane Ruiz and Tom Hughes said").
 */
export function portfolioListHead(items: readonly Item[], np: { tokens: Token[]; start: number } | null): { tokens: Token[]; start: number } | null {
  // (portfolios only, after the comma: no title, no person, no word in lower case but "and" and "the", none the list
  // does not know after a given name: not "…, Business and Trade Secretary Badenoch said", "…, Hope and Faith Mutasa said")
  const portfolio = (t: Token): boolean => t.lower === 'and' || t.lower === 'the' || (/^\p{Lu}/u.test(t.text) && !PERSON_TITLE_WORDS.has(t.lower) && (!isGivenName(t.text) || isCommonWord(t.lower)));
  const closing = np?.tokens[np.tokens.length - 1];
  if (np === null || np.tokens.filter((t) => t.lower === 'and').length !== 1 || !np.tokens.every(portfolio) || !closing || (!ORG_WORDS.has(closing.text) && !ENGLISH_WORDS.has(closing.lower) && isGivenName(np.tokens[np.tokens.length - 2]?.text ?? ''))) return np;
  const word = (t: Item | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  // (a body's word and "of" or "for" before the word at `k`)
  const ofBody = (k: number): boolean => (items[k - 1]?.lower === 'of' || items[k - 1]?.lower === 'for') && ORG_WORDS.has(items[k - 2]?.text ?? '');
  // (the first after a body's word and "of" may be a given name too: "Ministry of Parks, Culture and Sport")
  // (an everyday word, or one for people in the plural: "Kenya Medical Practitioners, Pharmacists and Dentists Union")
  const listed = (k: number): boolean => word(items[k]) && (isCommonWord((items[k] as Item).lower) || ofBody(k) || (/[^s]s$/.test((items[k] as Item).lower) && isPersonNoun((items[k] as Item).lower)));
  // (one word before the list's last comma; or portfolio words, one to a comma, after a body's word and "of" or "for":
  // "the Federal Authority for Identity, Citizenship, Customs and Port Security"; not "to the Department of Finance,
  // Deloitte, KPMG and PwC")
  let start = np.start;
  while (items[start - 1]?.text === ',' && word(items[start - 2]) && portfolioWord((items[start - 2] as Item).lower) && !isGivenName((items[start - 2] as Item).text)) start -= 2;
  if (!ofBody(start)) start = items[np.start - 1]?.text === ',' && listed(np.start - 2) && items[np.start - 3]?.text !== ',' ? np.start - 2 : np.start;
  if (start === np.start) return np;
  const head = ORG_WORDS.has(closing.text) || ofBody(start) ? npBackFrom(items, start + 1) : null;
  if (!head || head.start >= start) return np;
  return { tokens: [...head.tokens, ...(items.slice(start + 1, np.start) as Token[]), ...np.tokens], start: head.start };
}

/**
 * Whether the comma at `comma` separates names listed after a preposition, up to `end`: "sent via SMS, WhatsApp and
 * Telegram", "households in Sweden, Norway and Finland" (one to three capitalised words each, the last after "and").
 */
export function prepositionListAt(items: readonly Item[], comma: number, end: number): boolean {
  // (no person named in full: "members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said")
  // ("Qatar, Kuwait and the UAE": a name may keep its article)
  const named = (at: number, to: number): boolean => {
    const from = items[at]?.lower === 'the' ? at + 1 : at;
    return to - from >= 1 && to - from <= 3 && items.slice(from, to).every((t) => t.word && isCapitalised(t as Token)) && !(to - from >= 2 && isGivenName((items[from] as Item).text));
  };
  let from = comma + 1;
  let ands = 0;
  for (let k = from; k <= end; k++) {
    const t = items[k] as Item;
    if (k < end && t.text !== ',' && t.lower !== 'and' && t.lower !== 'or') continue;
    if (!named(from, k)) return false;
    if (k < end && t.text !== ',') ands++;
    from = k + 1;
  }
  let k = comma;
  while (k > 0 && comma - k < 3 && items[k - 1]?.word === true && isCapitalised(items[k - 1] as Token)) k--;
  return ands === 1 && k < comma && LIST_PREPOSITIONS.has(items[k - 1]?.lower ?? '');
}

/**
 * Whether the comma at `comma` is inside a body's name that lists its portfolios before its closing word, up to `end`:
 * "a member of the Commons Culture, Media and Sport Committee," (a capitalised everyday word before the comma; after it,
 * capitalised words with one "and", the last a body's word).
 */
export function closingBodyListAt(items: readonly Item[], comma: number, end: number): boolean {
  const before = items[comma - 1];
  const after = items.slice(comma + 1, end);
  const closing = after[after.length - 1];
  // (or any capitalised words after "the": "secretary-general of the Kenya Medical Practitioners, Pharmacists and Dentists
  // Union,")
  const opened = [2, 3, 4].some((d) => items[comma - d]?.lower === 'the' && items.slice(comma - d + 1, comma).every((t) => t.word && /^\p{Lu}\p{Ll}+$/u.test(t.text)));
  if (!before?.word || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || !(isCommonWord(before.lower) || opened) || !closing || !ORG_WORDS.has(closing.text)) return false;
  return after.filter((t) => t.lower === 'and').length === 1 && after.every((t) => t.lower === 'and' || (t.text === ',' && t !== closing) || (t.word && /^\p{Lu}/u.test(t.text) && !isGivenName(t.text)));
}

/** Whether the comma at `comma` separates people named in full in a list: "Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki". */
export function nameListAt(items: readonly Item[], comma: number, end: number): boolean {
  // (each opening with a given name: not "In Berlin, Katrin Vollmer and Tomasz Wierzbicki said")
  // (or a country's possessive first: "Germany's Katrin Vollmer, France's Etienne Marchal and …")
  const fullName = (from: number, to: number): boolean => {
    const f = /^\p{Lu}\p{L}+['’]s$/u.test(items[from]?.text ?? '') ? from + 1 : from;
    return to - f >= 2 && to - f <= 4 && isGivenName((items[f] as Item).text) && items.slice(f, to).every((t) => t.word && isCapitalised(t as Token));
  };
  let from = comma + 1;
  let ands = 0;
  for (let k = from; k <= end; k++) {
    if (k < end && (items[k] as Item).text !== ',' && (items[k] as Item).lower !== 'and') continue;
    if (!fullName(from, k)) return false;
    if (k < end && (items[k] as Item).lower === 'and') ands++;
    from = k + 1;
  }
  let k = comma;
  while (k > 0 && items[k - 1]?.word === true && isCapitalised(items[k - 1] as Token)) k--;
  // (not examples of a group named before: "Other prominent Republicans, like Richard Armitage, Henry Paulson and …")
  const examples = items[k - 1]?.lower === 'like' || items[k - 1]?.lower === 'including' || items[k - 1]?.lower === 'as';
  return ands === 1 && !examples && fullName(k, comma);
}

/**
 * Whether the comma at `comma` sits inside a body's name: capitalised words and "and" after it up to `end`, and before
 * it a body's word, "for" or "of", and capitalised words ("Department for Environment, Food and Rural Affairs").
 */
function portfolioListAt(items: readonly Item[], comma: number, end: number): boolean {
  // (portfolio words, everyday words or abstract nouns in capitals: not "…, Jane Ruiz and Tom Hughes said"; "Science,
  // Innovation and Technology")
  // ("A Department for Environment, Food and Rural Affairs spokesperson said": the role after the body's name is its own)
  const roleAfter = end - comma > 2 && /^\p{Ll}/u.test(items[end - 1]?.text ?? '') && ROLE_NOUNS.has(items[end - 1]?.lower ?? '');
  // ("… Media and Sport (DCMS) spokesperson": the body's initials in brackets after its name)
  const last = roleAfter ? end - 1 : end;
  const initials = items[last - 1]?.text === ')' && items[last - 3]?.text === '(' && /^[A-Z]{2,}$/.test(items[last - 2]?.text ?? '');
  const after = items.slice(comma + 1, initials ? last - 3 : last);
  if (after.length < 2 || !after.some((t) => t.lower === 'and') || !after.every((t) => t.lower === 'and' || (t.word && /^\p{Lu}/u.test(t.text) && portfolioWord(t.lower)))) return false;
  let k = comma - 1;
  while (k > 0 && comma - k <= 3 && items[k]?.word === true && /^\p{Lu}/u.test((items[k] as Item).text)) k--;
  const link = (items[k] as Item | undefined)?.lower ?? '';
  if (k >= comma - 1 || (link !== 'for' && link !== 'of') || !ORG_WORDS.has(items[k - 1]?.text ?? '')) return false;
  // (the body a role is for, "a spokesperson for the Department …", not one a phrase is about: "In a letter to the
  // Department of Education, Jane Ruiz and Tom Hughes said …")
  // ("…, the Department for Environment, Food and Rural Affairs said", "a report by the Department …": after a clause's
  // comma or the preposition of whom a document is by)
  const det = items[k - 2]?.lower === 'the' ? k - 3 : k - 2;
  return roleAfter || ROLE_NOUNS.has(items[det - 1]?.lower ?? '') || det < 0 || PORTFOLIO_BODY_AFTER.has(items[det]?.lower ?? '');
}

/**
 * A person named in full between the comma at `comma` and the next one, in capitalised words only, at most `max` tokens
 * on from the comma: "The Foreign Minister, Sergey Lavrov, …", "The co-leader, Bernd Sauerland, …".
 */
export function nameBetweenCommas(items: readonly Item[], comma: number, max: number, text: string): Mention | null {
  if (items[comma]?.text !== ',') return null;
  // ("Another speaker, retired teacher Gloria Pineda, held up …": a role in lower case before the name)
  let r = comma + 1;
  while (r - comma <= 3 && /^\p{Ll}{3,}$/u.test(items[r]?.text ?? '') && !CUE_FORMS.has(items[r]?.lower ?? '') && !AUXILIARIES.has(items[r]?.lower ?? '') && !FINITE_VERBS.has(items[r]?.lower ?? '')) r++;
  // (the last of them a noun for a person, and no preposition among them: not "Another fan, from Cape Town, …")
  const roleEnd = items[r - 1]?.lower ?? '';
  if (r > comma + 1 && (items[r] === undefined || !isCapitalised(items[r] as Token) || !(ROLE_NOUNS.has(roleEnd) || /(er|or|ist|ian|ess|man|woman)$/.test(roleEnd)) || items.slice(comma + 1, r).some((x) => NAME_LINKS.has(x.lower) || /ing$/.test(x.lower)))) r = comma + 1;
  let e = r;
  while (e < items.length && e - r < max && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e - r < 2 || items[e]?.text !== ',') return null;
  const m = analyseMention(items.slice(comma + 1, e) as Token[], text);
  return m && m.kind === 'name' && !m.institution && m.name?.includes(' ') === true ? m : null;
}

/**
 * "A statement from the EU said, …", "a spokesman for the Kremlin told …": the phrase of the issuer starts at the
 * determiner of its head noun; the issuer speaks.
 */
export function issuerPhraseStart(items: readonly Item[], start: number): number {
  if (!ISSUER_PREPOSITIONS.has(items[start - 1]?.lower ?? '') || !ISSUER_HEADS.has(items[start - 2]?.lower ?? '')) return start;
  let k = start - 2;
  // "A brief statement from …": back over a few lower-case words to the determiner
  for (let n = 0; n < 3 && k > 0; n++) {
    const prev = items[k - 1];
    if (prev?.word && NOUN_DETERMINERS.has(prev.lower)) {
      k--;
      break;
    }
    // (or a year: "A 2019 report by the agency")
    if (!prev?.word || !/^(?:[a-z]|(?:1[89]|20)\d\d$)/.test(prev.text)) break;
    k--;
  }
  return k;
}

/**
 * The dash that opens the aside closed by the dash at `close` (no quotation but a phrase's, "a business pitched as
 * “the ultimate destination”", no other dash between), or -1.
 */
export function asideDashOpen(items: readonly Item[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= 30; k--) {
    const t = items[k] as Item;
    const prev = items[k - 1];
    if (isQuote(t) && !(prev?.word === true && /^\p{Ll}/u.test(prev.text) && !CUE_FORMS.has(prev.lower))) return -1;
    if (/^[—–]$/.test(t.text)) return k;
  }
  return -1;
}

/** A short name in title case with its comma ("Morning Show,", "The Long Road,", "Ghost,"): every long word capitalised. */
export function titleCased(inner: string): boolean {
  const ws = inner.replace(/,$/, '').split(' ');
  return ws.length <= 6 && /^\p{Lu}/u.test(ws[0] ?? '') && ws.every((w) => /^\p{Lu}/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w)));
}

/** "mostly from Kibera, Mathare and Kawangware", "many of them from Homs, Aleppo and Idlib", "mainly from Qatar, Kuwait and the UAE": where a group is from, listed. */
export function originAside(seg: readonly Token[]): boolean {
  const from = seg.findIndex((t) => t.lower === 'from');
  return from >= 1 && from <= 4 && seg.slice(0, from).every((t) => ORIGIN_ASIDE_WORDS.has(t.lower)) && seg.length > from + 1 && seg.slice(from + 1).every((t, k, rest) => t.text === ',' || t.lower === 'and' || (t.word && isCapitalised(t)) || (t.lower === 'the' && rest[k + 1] !== undefined && isCapitalised(rest[k + 1] as Token)));
}

/** "the families affected", "the officers involved": people before a participle that modifies them, no clause's verb. (subjectBefore) */
export function personHeadBefore(tokens: readonly Token[]): boolean {
  const head = (tokens[tokens.length - 2] as Token).lower;
  return ROLE_NOUNS.has(head) || isPersonNoun(head) || /[^s]s$/.test(head);
}
