// Stage 4b, speaker phrases after the cue or elsewhere in the unit: "said Lavrov", "according to him", "was quoted as
// saying", a clause's own subject, the sentence that introduces a quotation.
import { isPersonNoun } from './person-words.ts';
import { titleWordAt } from './mention-words.ts';
import { cueOrVerbAt, cueAt } from './cues.ts';
import { isVerbLike } from './content-clauses.ts';
import type { Found } from './frames.ts';
import { ADDRESSEE_CUES, CUE_FORMS, FINDING_SOURCES, FINITE_VERBS, MONTHS, INSTITUTION_NOUNS, INTERVENING, ORG_WORDS, MODIFIER_PREPOSITIONS, NAME_PARTICLES, PRONOUNS, ROLE_NOUNS, SOURCE_MODIFIER_WORDS, TAIL_STARTERS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { ALIAS_NOUNS, ALIAS_PARTICIPLES, NOTE_LABELS, PRESENTING_OPENERS, RELATIVE_PERSONS, READING_VERBS, RELAYED_WORKS, RELAYING_VERBS, SAME_FORM_PASTS, ASKERS, AUXILIARIES, LONG_OPENERS, COUNT_APPROXIMATORS, INTRO_VERBS, LEADING_CONJUNCTIONS, NAME_JOINS, NAME_PREPOSITIONS, DESCRIPTION_BREAKERS, TIME_OPENER_ENDS, ISSUER_LINKS, SUBORDINATORS, NAME_LINKS, OPENER_LEADS, NOUN_DETERMINERS, OBJECT_OPENERS, PREPOSITION_OPENERS, PUBLISHED_BY, QUANTIFIERS, SHORT_OPENERS, FINITE_BE, ROLE_LINKERS, TIME_UNITS } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, ISSUER_HEADS, NOT_PERSONS, PERSON_NOUNS, PERSON_SUFFIXES, PLURALS_WITHOUT_S, PLURAL_DOCUMENT_NOUNS, POSITION_ROLES, POSSESSIVE_PRONOUNS, RELATION_NOUNS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, isNpToken, isPossessive, type Mention, trimNp, writtenRole } from './mentions.ts';
import { isPlace, isSubdivision } from './places.ts';
import { approximatorPairAt } from './phrase-tokens.ts';
import { isGivenName } from './given-names.ts';
import { adverbBeforeComma, isCommonWord, isOpeningCue } from './names.ts';
import { type Token } from './segment.ts';
import { subjectIndex } from './subjects.ts';
import { nameBetweenCommas, nounAfterDeterminer } from './speaker-phrase.ts';
import { handedOverTo } from './speaker-quoted.ts';
import { personAfterRole, spokenOf } from './speaker-after-role.ts';
import { isQuote, MAX_NP, type Item, type Unit } from './units.ts';

/** Speaker phrase right after the cue: "…,” said Lavrov." / "…, says the statement." */
export function subjectAfter(items: readonly Item[], from: number, text: string): { mention: Mention; end: number } | null {
  let e = from;
  while (e < items.length && e - from < MAX_NP) {
    const t = items[e] as Item;
    // ("according to a study of more than 21,000 people": a count after "of" inside the phrase)
    if (e > from && items[e - 1]?.lower === 'of') {
      const n = countEnd(items, e);
      if (n > e && items[n]?.word === true && /^\p{Ll}/u.test(items[n]?.text ?? '')) {
        e = n;
        continue;
      }
    }
    // ("said the base chief known as Bob", "said a man named Tom Hale": the name after the role)
    if (e > from && ALIAS_PARTICIPLES.has(t.text)) {
      const a = items[e + 1]?.lower === 'as' ? e + 2 : e + 1;
      if (items[a]?.word === true && isCapitalised(items[a] as Token)) {
        e = a;
        continue;
      }
    }
    // ("said a sergeant with the call sign Bear": the name one goes by, after "with the" and its noun, after a person's
    // noun; not "the commander of a battalion with the call sign Tiger", the battalion's)
    if (e > from && t.lower === 'with' && items[e + 1]?.lower === 'the' && (ROLE_NOUNS.has(items[e - 1]?.lower ?? '') || isPersonNoun(items[e - 1]?.lower ?? ''))) {
      const a = [2, 3, 4].find((n) => ALIAS_NOUNS.has(items.slice(e + 2, e + n + 1).map((x) => x.lower).join('-')) && isCapitalised(items[e + n + 1] as Token));
      if (a !== undefined) {
        e += a + 1;
        continue;
      }
    }
    // ("said Democratic Party (PD) leader Chiara Benvenuti": a party's initials in brackets, then its member's role)
    // (a title or a role's noun and a name after it: not "said Sifan Hassan (NED) after the race")
    if (e > from && t.text === '(' && /^\p{Lu}{2,}$/u.test(items[e + 1]?.text ?? '') && items[e + 2]?.text === ')' && isCapitalised(items[e - 1] as Token) && titledNameAt(items, e + 3)) {
      e += 3;
      continue;
    }
    // "according to estimates from the Congressional Budget Office": a plural noun that is also a cue form
    if (e === from && PLURAL_DOCUMENT_NOUNS.has(t.lower)) {
      e++;
      continue;
    }
    // "according to people familiar with the matter": the modifier's phrase belongs to the speaker
    const modifies = e > from && ((SOURCE_MODIFIER_WORDS.has((items[e - 1] as Item).lower) && MODIFIER_PREPOSITIONS.has(t.lower)) || (SOURCE_MODIFIER_WORDS.has(t.lower) && MODIFIER_PREPOSITIONS.has(items[e + 1]?.lower ?? '')));
    if (isQuote(t) || (!modifies && ((!isNpToken(t) && !nounAfterDeterminer(items, e) && !linkInName(items, e)) || (t.word && TAIL_STARTERS.has(t.lower) && e > from && !/^(of|to|for)$/.test(t.lower) && !linkInName(items, e))))) break;
    // ("told reporters Wednesday", "said Sen. Ed Lee Friday": a weekday after the phrase is its time, not its name)
    // (not "said Black Friday organizer Dana Ruiz", "the Sunday Times": a weekday inside a name or before its noun, or
    // after an article, "reads a Wednesday editorial")
    if (e > from && WEEKDAYS.has(t.lower) && !NOUN_DETERMINERS.has((items[e - 1] as Item).lower) && weekdayEndsPhrase(items[e + 1])) break;
    // "…, say the manager yanked her out of the way": a verb with its object ends the phrase (it is a clause)
    if (e > from + 1 && (FINITE_VERBS.has(t.lower) || /^[a-z]+ed$/.test(t.text)) && OBJECT_OPENERS.has(items[e + 1]?.lower ?? '') && !NOUN_DETERMINERS.has(items[e - 1]?.lower ?? '')) return null;
    // ("Kettleson, reached by phone, said his office had shared …": an auxiliary ends the phrase, a clause goes on)
    if (e > from && AUXILIARIES.has(t.text)) break;
    e++;
  }
  if (e === from) return null;
  if (e === from + 3 && spokenOf(items, from)) e = from + 1;
  const first = items[from] as Item;
  if (e === from + 1 && PLURAL_DOCUMENT_NOUNS.has(first.lower)) {
    // a document noun standing alone: issuerOf looks past it ("estimates from the Congressional Budget Office")
    return { mention: writtenRole(first.text, first.start, first.end, true, true), end: e };
  }
  const m = analyseMention(trimNp(items.slice(from, e)), text);
  if (!m || m.kind === 'pronoun') {
    // "…,” said he" is rare; pronouns after the cue are usually objects ("told him")
    return null;
  }
  return personAfterRole(items, from, e, m, text) ?? { mention: m, end: e };
}

/** A title or a role's noun at `k`, then a capitalised word: "… (PD) leader Chiara Benvenuti". */
function titledNameAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && t.word && (TITLE_WORDS.has(t.text) || ROLE_NOUNS.has(t.lower)) && items[k + 1] !== undefined && isCapitalised(items[k + 1] as Token);
}

/** "Reporters Without Borders", "Doctors Without Borders": a preposition in capitals between a name's capitalised words. */
function linkInName(items: readonly Item[], e: number): boolean {
  return isCapitalised(items[e] as Token) && (items[e - 1] as Item).word && isCapitalised(items[e - 1] as Token) && items[e + 1]?.word === true && isCapitalised(items[e + 1] as Token);
}


/** "a statement from the Russian Defense Ministry", "a spokesman for the Kremlin": the issuer speaks. */
export function issuerOf(items: readonly Item[], subj: { mention: Mention; end: number } | null, text: string): { mention: Mention; end: number } | null {
  // ("a report Tuesday from WKOW": past the report's weekday to the issuer)
  const at = subj && WEEKDAYS.has(items[subj.end]?.lower ?? '') ? subj.end + 1 : (subj?.end ?? 0);
  const via = subj ? (items[at] as Item | undefined) : undefined;
  // ("figures published by Santé Québec": a publishing participle before "by" too, after a document no name is in; not
  // "a New Jersey Watchdog report released by the governor's office")
  // ("a report published in November by …", "released on Tuesday by …": a time between the participle and "by")
  const byAt = subj ? byAfterTime(items, at + 1) : -1;
  if (!subj || !via || !(ISSUER_LINKS.has(via.lower) || (PUBLISHED_BY.has(via.lower) && byAt > 0 && !/\s\p{Lu}/u.test(subj.mention.text)))) return subj;
  // ("according to a new housing monitor published by the municipality": a role's word with "published by" after it
  // names a document, no person a later "she" could mean)
  // (not a writer's trade: "a novelist published by Jonathan Cape" is a person)
  const head = (items[subj.end - 1] as Item).lower;
  if (!ISSUER_HEADS.has(head)) return via.lower === 'published' && items[at + 1]?.lower === 'by' && subj.mention.kind === 'role' && !subj.mention.plural && !ROLE_NOUNS.has(head) && !/(?:writer|ist|ian)$/.test(head) ? { ...subj, mention: { ...subj.mention, institution: true } } : subj;
  const by = PUBLISHED_BY.has(via.lower) && byAt > 0 ? byAt + 1 : at + 1;
  return subjectAfter(items, by, text) ?? subj;
}

/** Where "by" stands at `k` or after a time ("in November", "on Tuesday", "last week"); -1 if not. */
function byAfterTime(items: readonly Item[], k: number): number {
  const w = items[k]?.lower;
  const next = items[k + 1];
  const timed = next !== undefined && (((w === 'in' || w === 'on') && (MONTHS.has(next.text) || WEEKDAYS.has(next.lower) || /^(?:19|20)\d\d$/.test(next.text))) || ((w === 'last' || w === 'this') && TIME_UNITS.has(next.lower)));
  const b = timed ? k + 2 : k;
  return items[b]?.lower === 'by' ? b : -1;
}

/**
 * A short sentence that only introduces who speaks next: "Another official was blunter.", "Lavrov did not
 * mince words.", "The senator disagreed." — a speaker phrase, a verb, at most a few more words, no quote.
 */
export function introSubject(unit: Unit, text: string): { mention: Mention; verb: string; appositive?: true } | null {
  const items = unit.items;
  // ("Asked whether the protest would go on, Crowell shrugged. “…”": the subject after an opener)
  const s = items.some((t) => t.text === ',') ? subjectIndex(items) : 0;
  // (after an opener, a name, or a role after its article: "Asked …, the commissioner shook his head.")
  const roleAfterThe = items[s]?.lower === 'the' && ROLE_NOUNS.has(items[s + 1]?.lower ?? '');
  if (items.length - s > 16 || items.some((t) => isQuote(t)) || (s > 0 && !isCapitalised(items[s] as Token) && !roleAfterThe)) return null;
  // ("Olander shook his head.": a gesture of the head, not "The blast shook the building.")
  const shookHead = (k: number): boolean => items[k]?.lower === 'shook' && POSSESSIVE_PRONOUNS.has(items[k + 1]?.lower ?? '') && items[k + 2]?.lower === 'head';
  let e = s + 1;
  while (e < items.length && e <= s + 8 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e) && !INTRO_VERBS.has((items[e] as Item).lower) && !shookHead(e)) e++;
  // ("Jones, the mayor, was not convinced. “…”": the subject's appositive between it and the verb)
  const subjectEnd = e;
  if (items[e]?.text === ',') {
    const close = items.findIndex((t, k) => k > e + 1 && k <= e + 8 && t.text === ',');
    if (close > 0 && items.slice(e + 1, close).every((t) => isNpToken(t))) e = close + 1;
  }
  const verb = items[e] as Item | undefined;
  // (after an appositive only a form of "be" or "have" introduces: not "Jeremy Hunt, her predecessor, introduced …")
  if (!verb || !verb.word || !((e === subjectEnd && cueOrVerbAt(items, e)) || INTRO_VERBS.has(verb.lower) || shookHead(e))) return null;
  const head = analyseMention(trimNp(items.slice(s, subjectEnd)), text);
  // ("Her neighbour, Tom Bell, has …": a role's name in the appositive names the person)
  const named = e > subjectEnd && head?.kind === 'role' ? analyseMention(trimNp(items.slice(subjectEnd + 1, e - 1)), text) : null;
  const m = named?.kind === 'name' && !named.institution ? named : head;
  if (!m || m.kind === 'joint' || (m.kind === 'role' && /^(the|a|an)$/i.test(m.text))) return null;
  const words = items.slice(s).filter((t) => t.word).length;
  if (words - (e - s) > 7) return null;
  // (after an appositive the verb is "was" or "has": no cue to show)
  return e === subjectEnd ? { mention: m, verb: verb.text } : { mention: m, verb: '', appositive: true };
}

/**
 * "Ann Price has lived on Queen Street for 40 years. “…”", "Her neighbour, Tom Bell, has started taking his rubbish to
 * the tip himself. “…”": the person a sentence before a bare quotation, in its paragraph, opens with — named, or named
 * in the appositive after a role. Null when the sentence opens with no such person.
 */
export function personIntroduced(unit: Unit, text: string): Mention | null {
  const items = unit.items;
  if (items.some((t) => isQuote(t))) return null;
  let e = 0;
  while (e < items.length && e < 10 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e)) e++;
  if (e === 0) return null;
  // ("Her neighbour, Tom Bell, has …": the name in the appositive)
  if (items[e]?.text === ',') {
    let n = e + 1;
    while (n < items.length && n - e <= 5 && (items[n] as Item).word && isCapitalised(items[n] as Token)) n++;
    const named = n > e + 1 && items[n]?.text === ',' ? analyseMention(items.slice(e + 1, n), text) : null;
    if (named?.kind === 'name' && !named.institution && named.name?.includes(' ')) return named;
  }
  const m = analyseMention(trimNp(items.slice(0, e)), text);
  // (a full name opening the sentence, its verb after an appositive or not: "Siân Morgan, leader of the opposition, was …")
  return m && m.kind === 'name' && !m.institution && (cueOrVerbAt(items, e) || m.name?.includes(' ') === true) ? m : null;
}

/** The speaker phrase a sentence opens with ("A senior diplomat from a Nordic country, …"), if any. */
export function openingSubject(unit: Unit, text: string): Mention | null {
  const items = unit.items;
  if (items.some((t) => isQuote(t))) return null;
  const handed = handedOverTo(items, text);
  if (handed) return handed;
  // ("Stated Stone:": the cue opening the sentence, its speaker after it)
  // ("In response to the tragic loss of life, Trump issued the following statement:": past an opener and its comma)
  // ("Here's what Quayle told the Commons transport committee:": the speaker after "what")
  const what = PRESENTING_OPENERS.has(items[0]?.lower ?? '') ? items.findIndex((t, k) => k <= 2 && t.lower === 'what') : -1;
  const from = what > 0 ? what + 1 : items[0] && isOpeningCue(items[0].text) ? 1 : openerEnd(items);
  let e = from;
  while (e < items.length && e - from < 10 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e)) e++;
  if (what > 0 && !CUE_FORMS.has(items[e]?.text ?? '')) return null;
  // (one everyday word with no verb after it is no subject: "Wait, it gets better:"; a name's aside is: "The mayor, Tom
  // Hughes, was blunt:")
  const bareWord = from !== 1 && !items[e]?.word && e === from + 1 && isCommonWord((items[from] as Item).lower) && !isGivenName((items[from] as Item).text);
  if (e === from || relaysOthers(items, e) || bareWord) return null;
  const m = analyseMention(trimNp(items.slice(from, e)), text);
  // ("The tracklist for ‘Paper Moons’ is:": a thing that is no one who speaks, before "is", lists, not quotes)
  const head = m?.kind === 'role' ? (m.role ?? m.text).toLowerCase().split(' ').filter((w) => !ROLE_LINKERS.has(w)).pop() ?? '' : '';
  const listed = head !== '' && FINITE_BE.has(items[items.length - 2]?.lower ?? '') && !ROLE_NOUNS.has(head) && !INSTITUTION_NOUNS.has(head) && !isPersonNoun(head) && !ISSUER_HEADS.has(head) && !DOCUMENT_NOUNS.has(head);
  return m && !listed && (m.kind === 'name' || m.kind === 'role' || m.kind === 'pronoun') && !(m.kind === 'role' && /^(the|a|an)$/i.test(m.text)) ? m : null;
}

/**
 * Does the clause from its verb at `v` pass on someone else's words ("read a poem by his late wife:", "posted a message
 * from his daughter:", "quoted Churchill:")? Then what follows its colon is not the subject's.
 */
function relaysOthers(items: readonly Item[], v: number): boolean {
  if (RELAYING_VERBS.has(items[v]?.lower ?? '')) return true;
  // ("read a statement from the family:", "read out a passage from the Bible:": reading with a source after the work;
  // "read a statement:" alone is one's own)
  const reading = READING_VERBS.has(items[v]?.lower ?? '');
  for (let k = v + 1; k < items.length - 1; k++) {
    const t = items[k] as Item;
    const nx = items[k + 1] as Item;
    if (!(t.lower === 'by' || t.lower === 'from' || t.lower === 'of') || !nx.word) continue;
    // (a work's maker after its noun: not "his inclusion of Planned Parenthood's business")
    if (!RELAYED_WORKS.has(items[k - 1]?.lower ?? '') && !(reading && (items[k - 1]?.lower === 'behalf' || items[k - 1]?.lower === 'written'))) continue;
    // (someone: a name, not a place, "from Paris"; a determiner's or possessive's person, "his late wife", "the king",
    // not "her hospital bed"; after reading, any source)
    const determiner = POSSESSIVE_PRONOUNS.has(nx.lower) || NOUN_DETERMINERS.has(nx.lower);
    if ((isCapitalised(nx) && !isPlace(nx.text)) || (determiner && ownersPerson(items, k + 2))) return true;
  }
  return false;
}

/** A person after a possessive at `k`, an adjective perhaps first: "his late wife", "her daughter", "their lawyer". */
function ownersPerson(items: readonly Item[], k: number): boolean {
  const noun = items[k]?.word && !RELATION_NOUNS.has(items[k]?.lower ?? '') && !ROLE_NOUNS.has(items[k]?.lower ?? '') ? items[k + 1] : items[k];
  if (noun === undefined) return false;
  // (a possessive's noun too: "the victim's father")
  const w = noun.lower.replace(/[’']s$/, '');
  return RELATION_NOUNS.has(w) || ROLE_NOUNS.has(w) || INSTITUTION_NOUNS.has(noun.lower);
}

/** Past a sentence's opener ("On Saturday,", "In response to …,"): the item after its comma, else 0. */
function openerEnd(items: readonly Item[]): number {
  if (!LONG_OPENERS.has(items[0]?.lower ?? '')) return 0;
  for (let k = 1; k < items.length && k < 16; k++) if ((items[k] as Item).text === ',') return k + 1;
  return 0;
}

/**
 * Past the rest of an opener after its first comma: a state after its city and a time ("At an event in Ames, Iowa, on
 * Sunday, Mrs. Clinton …"): where the subject starts.
 */
function pastPlaceAndTime(items: readonly Item[], e: number): number {
  // (only after a city closing the opener: not "In a statement, Queensland, the worst-hit state, asked …", "On Monday,
  // Ohio, Michigan and Indiana filed suit")
  const city = items[e - 2];
  if (!city?.word || !isCapitalised(city) || WEEKDAYS.has(city.lower) || MONTHS.has(city.text)) return e;
  let k = e;
  if (items[k]?.word && isSubdivision((items[k] as Item).text) && items[k + 1]?.text === ',') k += 2;
  else if (items[k]?.word && isSubdivision(`${(items[k] as Item).text} ${items[k + 1]?.text ?? ''}`) && items[k + 2]?.text === ',') k += 3;
  if (k > e && SHORT_OPENERS.has(items[k]?.lower ?? '') && items[k + 2]?.text === ',') k += 3;
  return k;
}

/**
 * The comma closing a prepositional phrase that opens the sentence and is longer than a short opener ("In line with the
 * majority of his fellow Americans, Sen. Ted Cruz …"), or a second opener after the first, a subordinate one too: no
 * verb, quotation or dash inside it, and a name and its verb, or a pronoun and its verb, right after it. -1 when there
 * is none.
 */
function longOpenerComma(items: readonly Item[], e: number, subjectAfter: (k: number) => boolean): number {
  // (the first word of the sentence, or of a second opener after the first: "On Thursday, after remaining neutral, …")
  const first = (items[e] as Item | undefined)?.lower ?? '';
  if (!PREPOSITION_OPENERS.has(first) && !(e > 0 && SUBORDINATORS.has(first))) return -1;
  for (let k = e + 1; k < items.length && k <= e + 24; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === '(' || (t.word && (isVerbLike(t) || CUE_FORMS.has(t.text) || AUXILIARIES.has(t.lower)))) return -1;
    if (t.text !== ',') continue;
    const pronoun = PRONOUNS.has(items[k + 1]?.lower ?? '') && items[k + 2]?.word === true && /^\p{Ll}/u.test(items[k + 2]?.text ?? '');
    return pronoun || subjectAfter(k) ? k : -1;
  }
  return -1;
}

/** The subject opening the clause after the last ';' before index `at`, if the clause has one. */
export function clauseSubject(items: readonly Item[], at: number, text: string): Mention | null {
  let semi = -1;
  for (let k = at - 1; k >= 0; k--) {
    if (isQuote(items[k])) return null;
    if ((items[k] as Item).text === ';') {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  let e = semi + 2;
  while (e < at && e - semi <= 8 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e)) e++;
  if (!cueOrVerbAt(items, e)) return null;
  const m = analyseMention(trimNp(items.slice(semi + 1, e)), text);
  return m && m.kind !== 'joint' ? m : null;
}

/**
 * A subject that cannot speak: an everyday plural for things, read as a name at the sentence's start ("Shares",
 * "Markets") or as a role ("Oil prices", "the shares"); not a name that is also a word ("Young", "Hope", "Visa").
 */
export function cannotSpeak(m: Mention | null): boolean {
  if (!m || (m.kind !== 'name' && m.kind !== 'role')) return false;
  const words = m.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (m.kind === 'name' && words.length !== 1) return false;
  const one = head.slice(0, -1);
  return /[^s]s$/.test(head) && isCommonWord(head) && !isGivenName(m.text.slice(m.text.lastIndexOf(' ') + 1)) && !isPersonNoun(one) && !ROLE_NOUNS.has(head) && !ROLE_NOUNS.has(one) && !INSTITUTION_NOUNS.has(one) && !FINDING_SOURCES.has(head) && !PLURALS_WITHOUT_S.has(head);
}

/** Whether the found statement's speaker comes right after a subordinator opening the sentence ("When X asked …"). */
function inOpeningSubordinate(f: Found, items: readonly Item[]): boolean {
  const at = items.findIndex((x) => x.start >= f.mention.start) - 1;
  return SUBORDINATORS.has(items[at]?.lower ?? '') && (at === 0 || (at === 1 && LEADING_CONJUNCTIONS.has((items[0] as Item).lower)));
}

/** "critics who say …": a statement whose speaker is followed by "who" and, within three words, its cue. */
export function speaksInRelative(f: Found, text: string): boolean {
  const rest = text.slice(f.mention.end, f.mention.end + 60);
  if (!/^\s+who\s/.test(rest)) return false;
  // (the cue's own first word, whole: "told" is not the "to" of "who asked not to be named told")
  const cue = f.cue.split(' ')[0];
  return rest.split(/\s+/).slice(2, 5).some((w) => w.replace(/\P{L}+$/u, '') === cue);
}

export function lastMentionOrSubject(found: readonly Found[], items: readonly Item[], text: string, last: Mention | null): Mention | null {
  const f = found[found.length - 1];
  // (not people a relative clause made speak inside the sentence: "Obama rebuked critics who say …, saying …" is Obama's;
  // nor someone in a subordinate clause opening the sentence: "But when Mr. Hurt asked Norton to …, it declined, citing …")
  if (f && !speaksInRelative(f, text) && !inOpeningSubordinate(f, items)) return f.mention;
  if (last && last !== f?.mention) return last;
  // "Lavrov met with …, urging the world to …": the sentence subject (after a dateline "AUSTIN, Texas —")
  let e = 0;
  // ("Dec 3 (Reuters) - Corvane Foods cut …": a wire's dateline with a hyphen, and the day's number)
  // ("New Delhi, Dec 4 (PTI) The Supreme Court …": or the agency's bracket closing a dateline with no dash)
  const agency = items.findIndex((t, k) => k > 2 && k < 9 && t.text === ')' && /^\p{Lu}{2,}$/u.test(items[k - 1]?.text ?? '') && items[k - 2]?.text === '(' && isCapitalised(items[k + 1] as Token));
  const dash = agency > 0 ? agency : items.findIndex((t, k) => k < 9 && (t.text === '—' || t.text === '–' || t.text === ':' || (t.text === '-' && !t.word)));
  // (a state's abbreviation with its stop too: "DECATUR, Ill. — …")
  // (digits only in a wire's shape, with its agency in brackets: not "Jane Ruiz, 34 - a nurse from Leeds - …")
  // (or next to a month: "NEW DELHI, Dec 3 - …", "NAIROBI, 3 December 2026 -")
  // (the month only after a city in capitals: not "Theresa May, 70 - the former prime minister - …")
  const wire = items.slice(0, dash).some((t) => t.text === '(') || (/^[A-Z]{2,}$/.test(items[0]?.text ?? '') && items.slice(0, dash).some((t) => MONTHS.has(t.text)));
  // ("Update, December 1st, 6:05PM ET: After publication, Ruiz sent …": or a note's label and its time, to the colon a
  // space follows)
  e = dash > 0 && items.slice(0, dash).every((t) => t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')' || (t.word && (/^[A-Z]/.test(t.text) || (wire && /^\d/.test(t.text))))) ? dash + 1 : NOTE_LABELS.has((items[0] as Item | undefined)?.lower ?? '') ? items.findIndex((t, k) => k < 14 && t.text === ':' && (items[k + 1]?.start ?? 0) > t.end) + 1 : e;
  // ("But the U.S. Court of Appeals … overruled and said …": a conjunction opening the sentence is no part of it; when
  // no name or body follows it, the sentence is read as before, conjunction and all)
  const conjunction = (items[e] as Item | undefined)?.word === true && LEADING_CONJUNCTIONS.has((items[e] as Item).lower) && items[e + 1]?.word === true;
  const after = conjunction ? sentenceSubject(items, text, e + 1, true) : undefined;
  return after !== undefined ? after : (sentenceSubject(items, text, e, false) ?? null);
}

/**
 * "Banque de France governor Élodie Marchand", "Ursula von der Leyen": a lower-case particle (or several) at `k`
 * between capitalised words of a name.
 */
function particleInName(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  if (!NAME_PARTICLES.has(t.text) || k === 0 || !isCapitalised(items[k - 1] as Token)) return false;
  let p = k + 1;
  while (p < items.length && p - k < 3 && NAME_PARTICLES.has((items[p] as Item).text)) p++;
  return items[p]?.word === true && isCapitalised(items[p] as Token);
}

/**
 * The subject of the sentence from `e` on, past a short opener, an opening clause or a participle's clause; after an
 * opening conjunction, undefined when nothing is decided (the sentence is then read from the conjunction).
 */
function sentenceSubject(items: readonly Item[], text: string, e: number, conjunction: boolean): Mention | null | undefined {
  // "In three interviews, the justice sounded off …", "This year, he rose …": past a short opener
  // ("On Monday, …", "In Columbia, …", "Here in Columbia, …": a place or a day closes the opener too)
  // ("Back in 1999, Mr. Trump …", "Shortly after the announcement of Scalia's death, McConnell …" too)
  const led = (OPENER_LEADS.has((items[e] as Item).lower) || /^\p{Lu}\p{Ll}+ly$/u.test((items[e] as Item).text)) && SHORT_OPENERS.has(items[e + 1]?.lower ?? '');
  // ("A few days later, Trump reversed himself, telling …", "Two weeks ago, …": a time phrase ending in "later" or "ago")
  // (the first comma of the sentence: not "Johnson, sacked days earlier, hit back …")
  const firstComma = items.findIndex((t, k) => k > e && t.text === ',');
  const timed = (items[e] as Item | undefined)?.word === true && firstComma > e && firstComma <= e + 5 && TIME_OPENER_ENDS.has(items[firstComma - 1]?.lower ?? '');
  const opener = SHORT_OPENERS.has((items[e] as Item).lower) || led || timed;
  const comma = items.findIndex((t, k) => k > e && k <= e + (led ? 10 : 6) && t.text === ',');
  // ("Essentially, the lawyers looked …": an everyday adverb and its comma open the sentence too)
  const adverb = items[e] !== undefined && adverbBeforeComma(text, (items[e] as Item).text, (items[e] as Item).end);
  // ("When the final whistle blew, senior captain Maya Lindgren ran …, and crowed": past an opening clause)
  // (only when no name opens the clause: "When Robby Mook, Clinton's campaign manager was asked …, he laughed and said")
  const clause = !opener && !adverb && SUBORDINATORS.has((items[e] as Item | undefined)?.lower ?? '') && !isCapitalised(items[e + 1] as Token) ? items.findIndex((t, k) => k > e + 2 && k <= e + 14 && t.text === ',') : -1;
  // ("BUENA PARK, Calif. - Rallying hundreds of service workers …, Hillary Clinton tried …": a participle's clause)
  const first = items[e];
  // (the comma a capitalised subject and its verb follow: "Speaking at a town hall in Salem, New Hampshire, Trump went …")
  const subjectAfter = (k: number): boolean => {
    let v = k + 1;
    while (v < items.length && v - k <= 5 && (items[v] as Item).word && isCapitalised(items[v] as Token)) v++;
    return v > k + 1 && items[v]?.word === true && /^\p{Ll}/u.test(items[v]?.text ?? '');
  };
  // ("Asked whether the unit had been called in, Madill declined …": a question put to the subject opens it too)
  // ("Chastened by the analyses, …, Trump revised his plan": a past participle's clause too, not a name in -ed, "Fred")
  const pastParticiple = first !== undefined && /^\p{Lu}\p{Ll}+ed$/u.test(first.text) && !isGivenName(first.text);
  const participle = !opener && !adverb && clause < 0 && first !== undefined && (/^\p{Lu}\p{Ll}+ing$/u.test(first.text) || pastParticiple || (ASKERS.has(first.lower) && /^\p{Lu}/u.test(first.text))) && items[e + 1]?.word === true && /^\p{Ll}/u.test(items[e + 1]?.text ?? '') && !CUE_FORMS.has(items[e + 1]?.text ?? '') ? items.findIndex((t, k) => k > e + 1 && k <= e + 20 && t.text === ',' && subjectAfter(k)) : -1;
  // ("In response to Donald Trump's proposal to bar Muslims from entering the United States, Hillary Clinton's
  // right-hand woman rallied …": a longer phrase with no verb of its own, when a subject and its verb follow its comma)
  const long = comma < 0 && !adverb && clause < 0 ? longOpenerComma(items, e, subjectAfter) : -1;
  if ((comma > 0 && opener) || adverb) {
    e = adverb ? e + 2 : pastPlaceAndTime(items, comma + 1);
    // ("On Thursday, after remaining neutral throughout the primary, Warren appeared …": a second opener after the first)
    const again = longOpenerComma(items, e, subjectAfter);
    if (again > 0) e = again + 1;
  } else if (long > 0) e = long + 1;
  else if (clause > 0) e = clause + 1;
  else if (participle > 0) e = participle + 1;
  // "Both parents stiffened …": a quantifier before the group (kept in the role phrase)
  const head = e;
  if (QUANTIFIERS.has(items[e]?.lower ?? '') && items[e + 1]?.word) e++;
  const s0 = e;
  // ("Nearly 300 residents of Shivaji Colony gathered …, alleging …": a count opens a group, no name)
  // ("More than 100 economists signed …": or an approximator of two words, not the name "More")
  const counted = (COUNT_APPROXIMATORS.has(items[e]?.lower ?? '') && /^\d/.test(items[e + 1]?.text ?? '')) || (approximatorPairAt(items, e) && /^\d/.test(items[e + 2]?.text ?? ''));
  // (a body's name goes on over "of", "for the" and an ordinal before capitalised words: "the U.S. Court of Appeals
  // for the 6th Circuit"; a lower-case article opens it after a conjunction: "But the court overruled and said")
  const joins = (k: number): boolean => {
    const w = (items[k] as Item).lower;
    if (k === s0) return w === 'the' && conjunction && (isCapitalised(items[k + 1] as Token) || ROLE_NOUNS.has(items[k + 1]?.lower ?? '') || INSTITUTION_NOUNS.has(items[k + 1]?.lower ?? ''));
    // (only inside a body's name: "Court of Appeals for the", not "Ocampo of the Liberal Party")
    // (or a title's portfolio: "Minister Responsible for the Nunavut Housing Corporation Lucy Kilabuk-Reid")
    // ("The Australian Competition and Consumer Commission", "the Office for Product Safety and Standards": "and" inside
    // a body's name, a body's word before or after it)
    if (particleInName(items, k) || (w === 'and' && isCapitalised(items[k + 1] as Token) && bodyWordAround(items, s0, k))) return true;
    const titleFor = w === 'for' && titleWordAt(items, k - 1);
    if (w === 'of' || w === 'for' ? !titleFor && !items.slice(s0, k).some((t) => ORG_WORDS.has(t.text)) : !NAME_JOINS.has((items[k - 1] as Item).lower)) return false;
    let n = k;
    while (n < items.length && n - k < 3 && (NAME_JOINS.has((items[n] as Item).lower) || /^\d+(st|nd|rd|th)$/.test((items[n] as Item).lower))) n++;
    return n > k && items[n]?.word === true && isCapitalised(items[n] as Token);
  };
  // ("The Plata Rail Drivers' Union": a plural's possessive mark inside a body's name, a capitalised word after it)
  // ("Marks & Spencer cut its forecast, saying …": or an ampersand between capitalised words of a firm's name)
  const pluralMark = (k: number): boolean => k > s0 && (((items[k] as Item).text === '&' && isCapitalised(items[k + 1] as Token)) || (/^['’]$/.test((items[k] as Item).text) && (items[k] as Item).start === (items[k - 1] as Item).end && /s$/.test((items[k - 1] as Item).text) && isCapitalised(items[k + 1] as Token)));
  // ("Parramatta centre Brayden Kettering has stunned …": a player's position before the name is a role word too)
  const position = (k: number): boolean => k > s0 && POSITION_ROLES.has((items[k] as Item).lower) && isCapitalised(items[k + 1] as Token);
  while (!counted && e < items.length && e - s0 < MAX_NP && ((items[e] as Item).word || pluralMark(e)) && !isQuote(items[e]) && (isCapitalised(items[e] as Token) || pluralMark(e) || PRONOUNS.has((items[e] as Token).lower) || ROLE_NOUNS.has((items[e] as Token).lower) || position(e) || joins(e))) e++;
  // ("The Sanders campaign responded Friday, saying …": a body's noun after the capitalised words belongs to them)
  if (e > s0 && isCapitalised(items[e - 1] as Token) && INSTITUTION_NOUNS.has(items[e]?.lower ?? '') && !ROLE_NOUNS.has(items[e]?.lower ?? '')) e++;
  // ("British low-cost carrier Vireo Airlines cut …": lower-case words describing the name after them)
  else if (!counted && e > s0) e = describedNameEnd(items, e);
  const m = e > s0 ? analyseMention(items.slice(s0, e), text) : null;
  // (after an opening "But" or "And" only a name or a role read here: not "But a few days later, …", nor "And the
  // treaty, which Trump had called a “disaster” and promised to “rip up”?", whose clause has a subject of its own)
  const described = items[s0]?.lower === 'the' && (ROLE_NOUNS.has(items[s0 + 1]?.lower ?? '') || INSTITUTION_NOUNS.has(items[s0 + 1]?.lower ?? ''));
  // ("And Trump's lawyers responded, saying …" is read as the role it is, never from "And": see lastMentionOrSubject)
  // (nor a possessive on its own: "But Trump’s candidacy … and states that …" is no subject "Trump")
  if (conjunction && ((items[e]?.text === ',' && items[e + 1]?.lower === 'which') || (e > s0 && isPossessive(items[e - 1] as Item)))) return null;
  if (conjunction && !m && !described) return undefined;
  // ("The co-leader, Bernd Sauerland, was more cautious, telling …": a role, then the person's name between commas)
  const appositive = !m || m.kind === 'pronoun' || m.kind === 'role' ? nameAfterOpeningRole(items, s0, text) : null;
  if (appositive) return appositive;
  // ("Hillary Clinton's right-hand woman rallied supporters, saying …": a possessive owns the subject; it is not it)
  // (not "Mr. Obama's eyes welled …, and urged …": only a person or body of the name's)
  const owned = m?.kind === 'name' && e > s0 && isPossessive(items[e - 1] as Item) && ownedPersonAt(items, e);
  // ("DA energy spokesperson Pieter van der Merwe hit back, accusing …": a body's role, then the person's name)
  const titled = m?.kind === 'name' && !owned ? nameAfterRole(items, s0, e, text) : null;
  if (titled) return titled;
  // ("Nuclear proliferation experts have …", "Trump campaign officials said": one capitalised word before a noun and the
  // people it names is their modifier, not the subject)
  // (not a verb in -s between: "Jones represents farmers …", "Microsoft hires engineers …")
  const modifier = m?.kind === 'name' && e === s0 + 1 && /^\p{Ll}{3,}$/u.test(items[e]?.text ?? '') && !/s$/.test(items[e]?.text ?? '') && !isVerbLike(items[e] as Item) && ROLE_NOUNS.has(items[e + 1]?.lower ?? '');
  if (m && (m.kind === 'name' || m.kind === 'pronoun') && !owned && !modifier) return m;
  // "A senior official at U.S. Immigration … defended the operation …, saying …": a role phrase up to its verb
  let v = s0;
  const inPhrase = (k: number): boolean => {
    const t = items[k] as Item;
    if (isNpToken(t)) return true;
    // "at U.S. Immigration and Customs Enforcement": a preposition or "and" before a capitalised name
    const nx = items[k + 1];
    // ("The study by the Fairhome Trust surveyed …": who made a study, a poll or a report)
    const link = NAME_LINKS.has(t.lower) || (t.lower === 'by' && FINDING_SOURCES.has(items[k - 1]?.lower ?? ''));
    return t.word && link && nx !== undefined && (isCapitalised(nx as Token) || /^(the|a)$/.test(nx.lower));
  };
  // (up to its verb, regular or not: "The senator spent years …")
  // (a plural right after its determiner is a noun: "The artists published …")
  // (or a form of "be" before a short predicate and its comma: "Analysts at the firm were less forgiving, writing …")
  // (not a passive: "Guests are given color-coded, timed tickets …")
  const shortPredicate = (k: number): boolean => FINITE_BE.has(items[k]?.lower ?? '') && !/(ed|en)$/.test(items[k + 1]?.lower ?? '') && items.slice(k + 1, k + 5).some((t) => t.text === ',');
  // (not people by role in the plural after their modifiers: "Police officials studied …", "Nuclear proliferation experts
  // have …"; past a preposition the phrase goes on to its own verb as before: "Her advice to young female reporters is …")
  // (and only with the clause's verb right after them: not "The panel judges the entries", "The company sources parts …")
  const people = (k: number): boolean => ROLE_NOUNS.has(items[k]?.lower ?? '') && k > s0 && items.slice(s0, k).every((t) => t.word && !TAIL_STARTERS.has(t.lower) && !isVerbLike(t)) && items[k + 1]?.word === true && (isVerbLike(items[k + 1] as Item) || AUXILIARIES.has(items[k + 1]?.lower ?? '') || INTERVENING.has(items[k + 1]?.lower ?? '') || cueAt(items, k + 1) !== null);
  // (or the perfect's "have" before it, no passive: "The officials have given the government two weeks, warning …")
  const verbAt = (k: number): boolean => (cueOrVerbAt(items, k) || FINITE_VERBS.has(items[k]?.lower ?? '') || SAME_FORM_PASTS.has(items[k]?.text ?? '') || perfectAt(items, k) || shortPredicate(k)) && !NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') && !people(k);
  // (the phrase's first word is never its verb: "Parents stiffened …")
  if (v < items.length && inPhrase(v)) v++;
  while (v < items.length && v - s0 < MAX_NP + 6 && inPhrase(v) && !verbAt(v)) v++;
  // ("A spokeswoman for the firm also declined …": an adverb before the verb)
  while (v < items.length && INTERVENING.has(items[v]?.lower ?? '') && !verbAt(v)) v++;
  // ("A spokesman for the Dawn Brigades, who gave his name as Abu Khalid, denied …": past a relative clause to the verb)
  const phraseEnd = v;
  // (or an appositive: "The study by the Fairhome Trust, a housing charity, surveyed …")
  // (after a phrase that names someone or something: not "One of the dissenters, a governor appointed in 2023 …")
  const named = items.slice(head + 1, v).some((t) => isCapitalised(t as Token));
  const opensAside = RELATIVE_PERSONS.has(items[v + 1]?.lower ?? '') || (named && (items[v + 1]?.lower === 'a' || items[v + 1]?.lower === 'an'));
  const close = items[v]?.text === ',' && opensAside ? items.findIndex((t, k) => k > v + 2 && k - v <= 20 && t.text === ',') : -1;
  if (close > 0 && verbAt(close + 1)) v = close + 1;
  // "A federal judge on Thursday blocked …": the time is not part of who
  let w = phraseEnd;
  while (w - 1 > s0 && (/ly$/.test((items[w - 1] as Item).lower) || INTERVENING.has((items[w - 1] as Item).lower))) w--;
  if (w - 2 > s0 && (items[w - 2] as Item).lower === 'on' && WEEKDAYS.has((items[w - 1] as Item).lower)) w -= 2;
  const r = (v > s0 + 1 || (v === s0 + 1 && ROLE_NOUNS.has(items[s0]?.lower ?? ''))) && verbAt(v) ? analyseMention(trimNp(items.slice(head, w)), text) : null;
  // ("senior captain Maya Lindgren ran …": a role written before a full name names the person)
  // ("The study by the Fairhome Trust surveyed … and found": or the body that made a study, poll or report)
  const made = r?.kind === 'name' && r.institution && items.slice(head, w).some((t, k, a) => t.lower === 'by' && FINDING_SOURCES.has(a[k - 1]?.lower ?? ''));
  return r && (r.kind === 'role' || made || (r.kind === 'name' && !r.institution && r.name?.includes(' ') === true)) && !/^(the|a|an)$/i.test(r.text) ? r : null;
}

/** The perfect's auxiliary at `k` before a past participle, no passive: "have given", "has written" (not "have been …"). */
const perfectAt = (items: readonly Item[], k: number): boolean => PERFECT_HAVE.has(items[k]?.lower ?? '') && /^[a-z]+(?:ed|en)$/.test(items[k + 1]?.text ?? '') && items[k + 1]?.lower !== 'been';
const PERFECT_HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Where the frame after a cue goes on past its addressee ("told reporters", "briefed TASS"). */
export function afterAddressee(items: readonly Item[], cue: { lemma: string; next: number }, text: string): number {
  const obj = ADDRESSEE_CUES.has(cue.lemma) ? subjectAfter(items, cue.next, text) : null;
  return obj && obj.end - cue.next <= 6 ? obj.end : cue.next;
}

/** A weekday is the phrase's time unless a capitalised word or a role noun follows it ("the Sunday Times", "Black Friday organizer"). */
function weekdayEndsPhrase(next: Item | undefined): boolean {
  return next === undefined || !next.word || !(isCapitalised(next) || ROLE_NOUNS.has(next.lower));
}

/** "DA energy spokesperson Pieter van der Merwe": after a capitalised run, up to two words and a role noun, then a name. */
function nameAfterRole(items: readonly Item[], s0: number, e: number, text: string): Mention | null {
  let r = e;
  // (only words of the role: no verb or preposition between, "Trump met with party leader Nancy Pelosi, arguing …")
  const roleWord = (k: number): boolean => {
    const t = items[k] as Item;
    return t.word && !isCapitalised(t) && !ROLE_NOUNS.has(t.lower) && !/ed$/.test(t.lower) && !FINITE_VERBS.has(t.lower) && !TAIL_STARTERS.has(t.lower) && !cueOrVerbAt(items, k);
  };
  while (r < items.length && r - e < 3 && roleWord(r)) r++;
  if (!ROLE_NOUNS.has(items[r]?.lower ?? '') || !(items[r + 1] && isCapitalised(items[r + 1] as Token))) return null;
  let n = r + 1;
  while (n < items.length && n - r <= 5 && (items[n] as Item).word && (isCapitalised(items[n] as Token) || NAME_PARTICLES.has((items[n] as Item).lower))) n++;
  const m = analyseMention(items.slice(s0, n), text);
  return m?.kind === 'name' && !m.institution && m.name?.includes(' ') ? m : null;
}

/** "right-hand woman", "public defense counsel", "campaign": lower-case words from `at` ending in a person or body. */
function ownedPersonAt(items: readonly Item[], at: number): boolean {
  for (let k = at; k < items.length && k - at < 4; k++) {
    const t = items[k] as Item;
    if (!t.word || !/^\p{Ll}/u.test(t.text)) return false;
    if (personNoun(t.lower) || INSTITUTION_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "The co-leader, Bernd Sauerland, …", "Her lawyer, Dana Ruiz, …": a person's name between commas after a role from `s0`. */
function nameAfterOpeningRole(items: readonly Item[], s0: number, text: string): Mention | null {
  const c = items.findIndex((t, k) => k > s0 && k <= s0 + 6 && t.text === ',');
  const role = c > s0 && items.slice(s0, c).every((t) => isNpToken(t)) ? analyseMention(trimNp(items.slice(s0, c)), text) : null;
  // ("Her co-leader, …": a possessive pronoun's person; not "His debut album, Purple Rain, …")
  const head = items[c - 1]?.lower ?? '';
  const owned = c > s0 + 1 && c - s0 <= 4 && POSSESSIVE_PRONOUNS.has((items[s0] as Item).lower) && personNoun(head);
  if (!owned && (!role || role.kind !== 'role' || role.institution || role.plural)) return null;
  return nameBetweenCommas(items, c, 5, text);
}

/** Past a count at `at` ("more than 21,000", "about 300", "1,200"); `at` when there is none. */
function countEnd(items: readonly Item[], at: number): number {
  let k = at;
  if (/^(more|fewer|less)$/.test(items[k]?.lower ?? '') && items[k + 1]?.lower === 'than') k += 2;
  else if (COUNT_APPROXIMATORS.has(items[k]?.lower ?? '')) k++;
  return /^\d[\d,.]*$/.test(items[k]?.text ?? '') ? k + 1 : at;
}

/** "co-leader", "successor", "running mate", "physician", "fiancée": a noun for a person (not "album", "letter"). */
function personNoun(word: string): boolean {
  const w = word.slice(word.lastIndexOf('-') + 1);
  if (ROLE_NOUNS.has(w) || RELATION_NOUNS.has(w) || PERSON_NOUNS.has(w) || isPersonNoun(w)) return true;
  // (-er is too often a thing: "bestseller", "thriller", "letter")
  return !NOT_PERSONS.has(w) && PERSON_SUFFIXES.some((x) => x !== 'er' && w.length > x.length + 2 && w.endsWith(x));
}

/**
 * The end of "British low-cost carrier Vireo Airlines" from `e`, the end of its first capitalised words: up to three
 * lower-case words that are no verb, article, preposition or pronoun, then capitalised words, then a lower-case word
 * (the sentence's verb); `e` when the sentence goes on otherwise. Words in -s are left out: a verb ("Putin chides Turkey") or
 * a plural, which no description before a name has.
 */
function describedNameEnd(items: readonly Item[], e: number): number {
  // (an article, a preposition or a conjunction links phrases; it describes nothing)
  const linking = (w: string): boolean => NOUN_DETERMINERS.has(w) || NAME_PREPOSITIONS.has(w) || DESCRIPTION_BREAKERS.has(w);
  const describing = (t: Item | undefined): boolean => t?.word === true && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !isVerbLike(t) && !CUE_FORMS.has(t.text) && !AUXILIARIES.has(t.lower) && !FINITE_VERBS.has(t.lower) && !linking(t.lower) && !SUBORDINATORS.has(t.lower) && !PRONOUNS.has(t.lower) && !INTERVENING.has(t.lower) && !PREPOSITION_OPENERS.has(t.lower) && !t.lower.endsWith('s');
  let k = e;
  while (k < e + 3 && describing(items[k])) k++;
  if (k === e || items[k]?.word !== true || !isCapitalised(items[k] as Token)) return e;
  let n = k;
  while (n < items.length && n - k < 5 && items[n]?.word === true && (isCapitalised(items[n] as Token) || particleInName(items, n))) n++;
  // (not a noun after the name: "Other former CIA officers said …", "National Front party leader")
  const after = items[n];
  // (nor a preposition or an article: "A top Department of Homeland Security official")
  return after?.word === true && /^\p{Ll}/u.test(after.text) && !linking(after.lower) && !ROLE_NOUNS.has(after.lower) && !INSTITUTION_NOUNS.has(after.lower) && !PLURALS_WITHOUT_S.has(after.lower) && !isPersonNoun(after.lower) ? n : e;
}

/** A body's word in the capitalised words from `s0` to the "and" at `k`, or in the three after it. */
function bodyWordAround(items: readonly Item[], s0: number, k: number): boolean {
  for (let x = s0; x < k; x++) if (ORG_WORDS.has((items[x] as Item).text)) return true;
  for (let x = k + 1; x < items.length && x - k <= 3 && isCapitalised(items[x] as Token); x++) if (ORG_WORDS.has((items[x] as Item).text)) return true;
  return false;
}
