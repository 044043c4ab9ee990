// Reads a speaker noun phrase ("Russian Foreign Minister Sergey Lavrov", "the top diplomat", "he", "Lavrov and Tleuberdi"): its
// kind, its name, its role words. Token tests are in phrase-tokens.ts, a capitalised chunk's name in name-chunk.ts.
import { isPersonNoun } from './person-words.ts';
import type { Token } from './segment.ts';
import { countryOf, isPlace, isPlaceOrState, isSubdivision } from './places.ts';
import { articleBody, bodyName, bodyOnSubject, portfolioBody, bodyOfPlaces, bodyOverAnd, openerBody, ordinalBody, placeBody, particleBody, portfoliosOfBody, portfoliosOfCountry, theBody, utilityName } from './bodies.ts';
import { isCapitalised, PERSONAL_HONORIFIC } from './capitals.ts';
import { isGivenName } from './given-names.ts';
import { CUE_FORMS, DEMONYM_NOUNS, HONORIFICS, STYLES_OF_ADDRESS, DETERMINERS, FINDING_SOURCES, GROUP_NAMES, INSTITUTION_NOUNS, LEGISLATION_HEADS, MODIFIER_PREPOSITIONS, MONTHS, NAME_PARTICLES, ORG_WORDS, PARTY_WORDS, PORTFOLIO_HEADS, POST_NOMINAL_OFFICES, PRONOUNS, SENTENCE_STARTERS, TITLE_SURNAMES, ROLE_NOUNS, SOURCE_MODIFIER_WORDS, STRONG_ORG_HEADS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';

/** Plural nouns for people by what they do, beyond ROLE_NOUNS: "specialists", "strategists", "historians". */
const PEOPLE_BY_TRADE = /^[a-z]{3,}(?:ists|ians)$/;
import { BODY_END_NOUNS, WHERE_PREPOSITIONS, CONTACT_PREPOSITIONS, CONTACT_VERBS, NAME_CONNECTORS, NOUN_DETERMINERS, NUMBER_WORDS, PLACE_PREPOSITIONS, ROLE_DETERMINERS, ROLE_LINKERS, WORKPLACE_PREPOSITIONS } from './lexicon-clauses.ts';
import { CORPORATE_SUFFIXES, DOCUMENT_NOUNS, GROUP_COUNTS, NOT_PERSONS, CORRECTED_VERSIONS, PERSON_NOUNS, PERSON_TITLE_WORDS, PLURALS_WITHOUT_S, POSSESSIVE_PRONOUNS, RELATION_NOUNS, WORKPLACE_HEADS } from './lexicon-nouns.ts';
import { abstractNoun, isCommonWord } from './names.ts';
import { isNationality, namedForPlace } from './nationality.ts';
import { isPossessive, stripPossessive, trimNp } from './phrase-tokens.ts';
import { chunkStart, nameTokensOf, monthInName, tokenAt, joinWords, roleText } from './name-chunk.ts';

export { isNationality };

import { mention, restate, writtenRole, type Mention, type Phrase, type Reading } from './mention-base.ts';
import { portfolioAfterWord, portfolioHead, portfolioListed, titledNameAfterPlace, titleOfBody } from './titled-mentions.ts';
import { bodyAsideAfter, bodyByItsHead, bodyWordOpens, datelineDay, documentToRecipient, pluralOwnerName, sceneOpening, joinedInitialsName, placeNamedBody, bodyNounThenName, brandWord, firmBeforeVerb, participleBeforeName, personNamed, singleWord, titleWordAt } from './mention-words.ts';
export type { Mention, MentionKind } from './mention-base.ts';
export { writtenName, writtenRole } from './mention-base.ts';

export { bodyAfterAnd, isCapitalised } from './capitals.ts';
export { isNpToken, isPossessive, skipInterveningBack, trimNp, withoutPossessive } from './phrase-tokens.ts';

/** Analyses the tokens of a speaker phrase. Returns null when they cannot be a speaker. */
// One answer per document text for a phrase read several times (subject, antecedent, cue), keyed by span, token count and
// first and last words (entries by start offset, compared field by field: a string key per look-up cost more).
interface CacheEntry {
  readonly end: number;
  readonly count: number;
  readonly first: string;
  readonly last: string;
  readonly mention: Mention | null;
}
let cacheText: string | null = null;
const cache = new Map<number, CacheEntry[]>();
let cacheSize = 0;

export function analyseMention(tokens: readonly Token[], text: string): Mention | null {
  if (tokens.length === 0) return null;
  if (text !== cacheText || cacheSize > 20_000) {
    cacheText = text;
    cache.clear();
    cacheSize = 0;
  }
  const firstToken = tokens[0] as Token;
  const lastToken = tokens[tokens.length - 1] as Token;
  const entries = cache.get(firstToken.start);
  if (entries) {
    for (const e of entries) if (e.end === lastToken.end && e.count === tokens.length && e.first === firstToken.text && e.last === lastToken.text) return e.mention;
  }
  let m = sceneOpening(tokens, text) || datelineDay(tokens, text) ? null : (styleOrIrishBody(tokens, text) ?? documentToRecipient(tokens, text) ?? pluralOwnerName(tokens, text, readMention) ?? readMention(tokens, text));
  // ("The Royal College of Midwives in Scotland": a body's branch in a place is the body, not the place)
  if (m && m.institution && m.kind === 'name' && m.name !== null && isPlace(m.name)) m = bodyBeforePlace(tokens, text) ?? m;
  // "the Aral Sea", "the Pamir Mountains": a place of several words is no person either
  // ("Natural Resources Wales", "Cricket Australia": a body named for its place, no given name before it)
  // (after a body's noun too: "Welfare advocacy body Economic Justice Australia")
  if (m && m.kind === 'name' && !m.institution && (!m.role || bodyNoun(m.role.slice(m.role.lastIndexOf(' ') + 1).toLowerCase())) && m.name?.includes(' ') && (isPlace(m.name) || namedForPlace(m.name))) m = mention(m.text, m.start, m.end, 'name', m.name, m.role, true, false);
  // ("A teacher at a government girls' secondary school in Ungogo": a name after role words that end in a preposition is
  // its object, a place or a body; the person is the role)
  // (nor is the last of a list the role is of: "The mayors of Leeds, York and Hull" are the mayors, not "Hull")
  if (m && m.kind === 'name' && m.role && (WHERE_PREPOSITIONS.has(m.role.slice(m.role.lastIndexOf(' ') + 1)) || (m.role.endsWith(' and') && /^(the )?\p{Ll}+s of /iu.test(m.role)))) m = mention(m.text, m.start, m.end, 'role', null, m.text, false, m.plural || m.role.endsWith(' and'));
  if (m && m.kind === 'name' && !m.institution) m = bodyByItsHead(m, tokens) ?? m;
  // (looked up again: reading the phrase's parts may have cleared the cache)
  // (a new list has one entry after the push: only then is it put in the map)
  const list: CacheEntry[] = cache.get(firstToken.start) ?? [];
  if (list.push({ end: lastToken.end, count: tokens.length, first: firstToken.text, last: lastToken.text, mention: m }) === 1) cache.set(firstToken.start, list);
  cacheSize++;
  return m;
}

/** A noun for a body: an institution's head, or "body" itself ("advocacy body", which alone may be a corpse). */
const bodyNoun = (w: string): boolean => w === 'body' || INSTITUTION_NOUNS.has(w);

/** "The Royal College of Midwives in Scotland" → the body before "in" and its place, when it has a body's word. */
function bodyBeforePlace(tokens: readonly Token[], text: string): Mention | null {
  let k = tokens.length - 1;
  while (k > 0 && isCapitalised(tokens[k] as Token)) k--;
  if ((tokens[k] as Token).lower !== 'in' || k < 2 || !tokens.slice(0, k).some((t) => ORG_WORDS.has(t.text))) return null;
  const body = readMention(tokens.slice(0, k), text);
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return body && body.kind === 'name' && body.institution ? mention(text.slice(start, end), start, end, 'name', body.name, body.role, true, body.plural) : null;
}

/** A pronoun and its contracted verb that names no speaker: "That's", "It's", "There's" (not "He's said"). */
const PRONOUN_CONTRACTION = /^(it|that|there|what|here)['’]s$/;

/** "the 20-year-old from Brandon": an age standing for a person heads the phrase before its preposition. */
const AGE_NOUN = /^\d+-year-old$/;

// (and a place's: "Residents along the coast", "Voters under 30")
const PP_WORDS = new Set(['of', 'on', 'in', 'at', 'from', 'within', 'to', 'for', ...PLACE_PREPOSITIONS]);

/**
 * "John Smith of the planning department", "Cpl. Amrit Dhaliwal of the … RCMP detachment", "Darran Whiting of Liberty
 * Baptist Church in Marion": the person speaks.
 */
function nameBeforeWorkplace(p: Phrase): Mention | null {
  const { tokens, text, np, start, end } = p;
  const at = tokens.findIndex((t, k) => k >= 2 && k <= 4 && WORKPLACE_PREPOSITIONS.has(t.lower));
  if (at < 0) return titledNameBeforeWorkplace(p);
  const first = tokens[0] as Token;
  // (or a family name first and a romanised given name of two syllables: "Choi Jae-wook of the Korea Institute …")
  const uncommon = at === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test((tokens[1] as Token).text) && !isCommonWord(first.lower) && !isPlace(first.text);
  // (or a role noun capitalised before a given name: "Coach Tom Lee of Riverside Club", "Headteacher Sarah Collins of …")
  const roleFirst = ROLE_NOUNS.has(first.lower) && isGivenName(tokens[1]?.text ?? '');
  if (at < 0 || !(NOUN_DETERMINERS.has(tokens[at + 1]?.lower ?? '') || namedBody(tokens, at + 1) || bodyNounThenName(tokens, at + 1)) || !tokens.slice(0, at).every((t, k) => (isCapitalised(t) && !ORG_WORDS.has(t.text)) || (k > 0 && ROLE_NOUNS.has(t.lower))) || !(titleWordAt(tokens, 0) || isGivenName(first.text) || uncommon || roleFirst)) return null;
  const person = analyseMention(tokens.slice(0, at), text);
  return person && person.kind === 'name' && !person.institution ? restate(person, np, start, end, person.role) : null;
}

/**
 * "Leader of the Opposition in the Council K. Thangavelu of the Makkal Urimai Katchi": a long title, a person's name
 * (a given name or an initial, then a surname), and the body they belong to after "of": the person speaks.
 */
function titledNameBeforeWorkplace(p: Phrase): Mention | null {
  const { tokens, text, np, start, end } = p;
  if (tokens.length < 7) return null;
  let at = -1;
  for (let k = tokens.length - 2; k >= 4 && at < 0; k--) if (WORKPLACE_PREPOSITIONS.has((tokens[k] as Token).lower)) at = k;
  const given = tokens[at - 2];
  if (at < 0 || !given || !isCapitalised(tokens[at - 1] as Token) || !namedBody(tokens, tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1) || !(/^\p{Lu}\.$/u.test(given.text) || isGivenName(given.text))) return null;
  const person = analyseMention(tokens.slice(0, at), text);
  return person && person.kind === 'name' && !person.institution && person.role ? restate(person, np, start, end, person.role) : null;
}

/**
 * A workplace's or a place's name from `k` to the end: capitalised words and the small words inside names ("Liberty
 * Baptist Church in Marion", "Acme Corp", "the Bank of England").
 */
function namedBody(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  const last = tokens[tokens.length - 1] as Token;
  // ("Vijay Salunkhe of MIDC police station": a name, then a body's lower-case noun)
  if (tokens.length - k >= 2 && tokens.length - k <= 5 && WORKPLACE_HEADS.has(last.lower) && !isCapitalised(last)) return first !== undefined && isCapitalised(first) && tokens.slice(k + 1, -1).every((t) => isCapitalised(t) || /^\p{Ll}+$/u.test(t.text));
  if (!first || !isCapitalised(first) || !isCapitalised(last)) return false;
  for (let x = k + 1; x < tokens.length; x++) if (!isCapitalised(tokens[x] as Token) && !NAME_CONNECTORS.has((tokens[x] as Token).lower)) return false;
  return true;
}

/**
 * "Resident Jan Okafor-Webb", "Activist Maria Lopez": a role noun capitalised only because it opens the sentence, then a
 * given name and the rest of the name (not a title: "Justice", "Senator" are read as titles elsewhere).
 */
function roleNounThenName(p: Phrase): Mention | null {
  const { tokens, text, np, start, end } = p;
  const first = tokens[0] as Token;
  // (not a place after it: "Doctors Nova Scotia" is a body)
  if (tokens.length < 3 || !ROLE_NOUNS.has(first.lower) || TITLE_WORDS.has(first.text) || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isGivenName((tokens[1] as Token).text) || !tokens.slice(1).every((t) => isCapitalised(t)) || isPlaceOrState(joinWords(tokens.slice(1)))) return null;
  const person = readMention(tokens.slice(1), text);
  return person && person.kind === 'name' && !person.institution ? restate(person, np, start, end, first.lower) : null;
}

function readMention(tokens: readonly Token[], text: string): Mention | null {
  // ("No official has said …", "That's the person who told me …": no one, and a pronoun's contraction, speak)
  const opening = (tokens[0] as Token).lower;
  // (a name after them still speaks: "It's a dynamic Greenberg said could …")
  if ((opening === 'no' && tokens.length > 1) || (PRONOUN_CONTRACTION.test(opening) && !isCapitalised(tokens[tokens.length - 1] as Token))) return null;
  // ("Our correspondent, who visited the area, observed that …": the outlet's own reporter is the writer, no source)
  if (tokens.length === 2 && (opening === 'our' || opening === 'this') && /^(correspondents?|reporters?)$/.test((tokens[1] as Token).lower)) return null;
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  const p: Phrase = { tokens, text, np: text.slice(start, end), start, end };
  const last = tokens[tokens.length - 1] as Token;
  // ("Minister of Industry and Mineral Resources Ts.Batjargal": a Mongolian name, the father's initial joined to the given
  // name by its stop, is the whole name after any title; not "St.Albans", "Ft.Worth", "Mr.Smith")
  if (tokens.length >= 2 && joinedInitialsName(last) && (tokens[tokens.length - 2] as Token).word) return mention(p.np, start, end, 'name', last.text, roleText(tokens.slice(0, -1), text), false, false);
  // ("the Finance Bill", "The Civil Service Appointments Bill": a bill's name, no person called Bill)
  if (tokens.length >= 2 && LEGISLATION_HEADS.has(last.text)) {
    const before = tokens[tokens.length - 2] as Token;
    if (isCapitalised(before) && !isGivenName(before.text) && !PERSONAL_HONORIFIC.test(before.text) && !ROLE_NOUNS.has(before.lower) && !RELATION_NOUNS.has(before.lower)) return mention(p.np, start, end, 'name', bodyName(tokens, text), null, true, false);
  }
  // ("the Portfolio Committee on Electricity and Energy": a body named for its subject)
  const onBody = bodyOnSubject(tokens);
  if (onBody >= 0) return mention(p.np, start, end, 'name', bodyName(tokens.slice(onBody), text), null, true, false);
  if (portfolioBody(tokens)) return mention(p.np, start, end, 'name', bodyName(tokens, text), null, true, false);
  // ("Kathryn Bleakley MLA", "Jane Cole MP": an elected office's letters after a person's name are their role)
  // (a person's given name first: not a party's, "Fine Gael TD", "Sinn Féin MLA")
  if (tokens.length >= 3 && POST_NOMINAL_OFFICES.has(last.text) && isGivenName((tokens[0] as Token).text) && isCapitalised(tokens[tokens.length - 2] as Token)) {
    const inner = analyseMention(tokens.slice(0, -1), text);
    if (inner && inner.kind === 'name' && !inner.institution) return mention(p.np, start, end, 'name', inner.name, inner.role ?? last.text, false, false);
  }
  // ("Questioning Desrosiers on behalf of the city, lawyer Simon Trudel …": a participle opening the sentence, and the
  // name it takes as its object, are no speaker; not an adjective before a role or a group, "Best-selling thriller
  // writer Brad Thor", "Leading Democrats", nor a place, "Wyoming GOP chairman")
  // (nor a name in -ing before its cue: "Running Rabbit said", "Downing Street said")
  // (nor a body named by a participle and a place, a body's "which" or appositive after it: "Cycling UK, the charity,
  // said", "Racing NSW, which runs the sport,"; not "Quoting Interfax, which cited …")
  if (tokens.length >= 2 && participleBeforeName(tokens) && /(^|[.!?”"]\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start)) && !CUE_FORMS.has(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '') && !(placeNamedBody(tokens) && bodyAsideAfter(text, end))) return null;
  const described = nameAfterDescription(p);
  if (described) return described;
  const qualified = qualifiedHead(p);
  if (qualified !== undefined) return qualified;
  const roleFirst = roleNounThenName(p);
  if (roleFirst) return roleFirst;
  // ("I’ve been saying", "we’d said": a pronoun with a contracted auxiliary is the pronoun)
  const bare = tokens.length === 1 ? last.lower.replace(/[’'](ve|d|ll|m|re|s)$/, '') : '';
  // (the writer's "I’ve" or "we’d" names no one the document can give)
  if (bare !== last.lower && (bare === 'i' || bare === 'we' || bare === 'you')) return null;
  // ("“…,” said another.", "said yet another", "“…,” one said.": one more of the people just quoted, kept as written)
  // ("one" only right after a quotation or a semicolon: not "as one who believes", "one might think")
  const oneOfThem = bare === 'one' && /[”"’';]$/.test(text.slice(Math.max(0, start - 3), start).trimEnd());
  if ((tokens.length === 1 && (bare === 'another' || oneOfThem)) || (tokens.length === 2 && opening === 'yet' && last.lower === 'another')) return writtenRole(p.np, start, end, false, false);
  if (tokens.length === 1 && PRONOUNS.has(bare)) {
    const kind = PRONOUNS.get(bare);
    return mention(text.slice(start, start + bare.length), start, start + bare.length, 'pronoun', null, null, kind === 'it', kind === 'pl');
  }
  // Joint speakers: "Lavrov and Tleuberdi", "Sergey Lavrov and his Kazakh counterpart, Mukhtar Tleuberdi"
  const andAt = tokens.findIndex((t) => t.lower === 'and');
  // ("Revenue and disaster management minister R Selvaraj": the office's word in lower case too, after its portfolio's)
  // (and everyday words before the "and": not "Modi and external affairs minister S Jaishankar", two people)
  const lowerHead = (t: Token, k: number): boolean => /^\p{Ll}/u.test(t.text) && PORTFOLIO_HEADS.has(`${t.text.charAt(0).toUpperCase()}${t.text.slice(1)}`) && tokens.slice(andAt + 1, andAt + 1 + k).every((x) => /^\p{Ll}+$/u.test(x.text) && !DETERMINERS.has(x.lower)) && tokens.slice(0, andAt).every((x) => isCommonWord(x.lower));
  const portfolio = andAt > 0 && tokens.slice(andAt + 1, andAt + 6).some((t, k) => PORTFOLIO_HEADS.has(t.text) || lowerHead(t, k)) && tokens.slice(0, andAt).every((t) => isCapitalised(t) && !TITLE_WORDS.has(t.text)) && !isGivenName((tokens[0] as Token).text);
  // ("the Department of Fisheries and Oceans", "Nepal's Department of Hydrology and Meteorology": one body whose
  // name goes on over "and", not a person "Oceans")
  // ("A spokesperson for the Ministry of Housing, Communities and Local Government": a role for a body, whatever its name)
  const r = DETERMINERS.has((tokens[0] as Token).lower) ? 1 : 0;
  if (andAt > r + 2 && /^\p{Ll}/u.test(tokens[r]?.text ?? '') && ROLE_NOUNS.has(tokens[r]?.lower ?? '') && ROLE_LINKERS.has(tokens[r + 1]?.lower ?? '')) return mention(text.slice(start, end), start, end, 'role', null, roleText(tokens, text), false, false);
  if ((andAt > 1 && andAt < tokens.length - 1 && (bodyOverAnd(tokens, andAt) || bodyOfPlaces(tokens, andAt) || utilityName(tokens, andAt))) || portfoliosOfCountry(tokens, andAt) || portfoliosOfBody(tokens, andAt)) return mention(text.slice(start, end), start, end, 'name', bodyName(tokens, text), null, true, false);
  if (andAt > 0 && andAt < tokens.length - 1 && !portfolio) {
    const joint = jointMention(p, andAt);
    if (joint) return joint;
  }
  if (!last.word) return null;
  // ("Pals of Kayla say": a plural noun for people opening the sentence, then "of" and whose they are, is a group)
  if (r === 0 && tokens.length >= 3 && tokens[1]?.lower === 'of' && /^\p{Lu}\p{Ll}+s$/u.test((tokens[0] as Token).text) && !isGivenName((tokens[0] as Token).text) && isPersonNoun((tokens[0] as Token).lower)) return writtenRole(p.np, start, end, false, true);
  // ("Records show …", "Polls show …": a poll or a record opening the sentence is no name)
  // ("Several residents the BBC spoke to": a contact clause's preposition closes the phrase, read from its verb)
  const contact = tokens.length > 3 && CONTACT_PREPOSITIONS.has(last.lower) && CONTACT_VERBS.has((tokens[tokens.length - 2] as Token).lower);
  // ("A 19-year-old who was among the survivors said": the age alone after its article is a person before "who"; not "A
  // 19-year-old was arrested", no one a later "she" means)
  if (!isCapitalised(last) || (tokens.length === 1 && FINDING_SOURCES.has(last.lower))) return r === 1 && tokens.length === 2 && AGE_NOUN.test(last.lower) && /^\s+who\b/.test(text.slice(end, end + 6)) ? writtenRole(p.np, start, end, false, false) : lowerCaseHead(p, contact ? (tokens[tokens.length - 2] as Token) : last);
  // ("A 19-year-old from Guinea said": an age standing for a person heads the phrase, not the place after it)
  const head = (r === 1 && tokens.length >= 3 && AGE_NOUN.test((tokens[1] as Token).lower) && PP_WORDS.has((tokens[2] as Token).lower) ? writtenRole(p.np, start, end, false, false) : null) ?? firmBeforeVerb(p) ?? articleBody(p) ?? capitalisedHead(p, portfolio);
  return particleBody(p, head) ?? head;
}

/**
 * "Supporters of the administration's approach", "Hawks on the committee", "officials from both sides": a role
 * noun and what qualifies it; the head speaks, the phrase as written is its name (a capitalised singular is a
 * title: "Secretary of State Antony Blinken"). Also "the 78-year-old".
 */
function qualifiedHead(p: Phrase): Reading {
  const { tokens, text, np, start, end } = p;
  const long = tokens.length >= 3;
  const named = nameBeforeWorkplace(p);
  if (named) return named;
  // "Democrats in the Senate", "Staff for the House Select Committee": a group and where it sits, kept as written
  // (not the body named after the preposition)
  const group = tokens[0] as Token;
  // ("Villagers near Mount Mayon", "Fishermen near Lake Victoria": people by what they do, not the place's name)
  if (long && tokens.length <= 9 && PP_WORDS.has((tokens[1] as Token).lower) && (GROUP_NAMES.has(group.text) || PLURALS_WITHOUT_S.has(group.lower) || peopleByDoing(group, text))) return writtenRole(np, start, end, false, true);
  // "a CNN/ORC poll of South Carolina", "a survey by Pew Research": the poll speaks, kept as written
  const finding = long ? tokens.findIndex((t, k) => k > 0 && t.lower !== 'to' && PP_WORDS.has(t.lower) && FINDING_SOURCES.has((tokens[k - 1] as Token).lower)) : -1;
  if (finding > 0 && finding < tokens.length - 1 && tokens.length - finding <= 7) return writtenRole(np, start, end, false, false);
  const mod = long ? tokens.findIndex((t, k) => k > 0 && SOURCE_MODIFIER_WORDS.has(t.lower) && MODIFIER_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) : -1;
  const pp = mod > 0 || !long ? -1 : tokens.findIndex((t, k) => k > 0 && PP_WORDS.has(t.lower) && (ROLE_NOUNS.has((tokens[k - 1] as Token).lower) || isPersonNoun((tokens[k - 1] as Token).lower) || unknownHeadOf(tokens, k) || AGE_NOUN.test((tokens[k - 1] as Token).lower)) && (!isCapitalised(tokens[k - 1] as Token) || /[^s]s$/.test((tokens[k - 1] as Token).lower)) && tokens.length - k <= 7);
  // ("… adviser on information Farhan Khattak": a name at the end is the speaker, the rest its role)
  let nameAt = tokens.length;
  // ("… for operations Arnel dela Rosa": a particle between the name's capitalised words)
  const nameWord = (k: number): boolean => isCapitalised(tokens[k] as Token) || (NAME_PARTICLES.has((tokens[k] as Token).lower) && k + 1 < tokens.length && k - 1 > pp && isCapitalised(tokens[k - 1] as Token));
  while (pp > 0 && nameAt > pp + 1 && nameWord(nameAt - 1) && tokens.length - nameAt < 4) nameAt--;
  // the preposition's object is a lower-case noun ("on information"), the capitalised run after it a person
  const endsWithName = pp > 0 && tokens.length - nameAt >= 2 && nameAt > pp + 1 && tokens.slice(pp + 1, nameAt).every((t) => !isCapitalised(t) && t.word && !DETERMINERS.has(t.lower)) && !tokens.slice(nameAt).some((t) => ORG_WORDS.has(t.text));
  // "Russian envoy in Vienna Mikhail Ulyanov", "US ambassador to Russia John Sullivan": a place, then a person
  // whose given name opens the last two or three capitalised words
  if (pp > 0 && !endsWithName) {
    for (let g = Math.max(pp + 2, tokens.length - 3); g <= tokens.length - 2; g++) {
      // (not "a spokesperson for Defence Minister Israel Katz": a titled name is the preposition's object)
      const before = tokens[g - 1] as Token;
      // ("a spokeswoman for District Attorney Allison Crane": nor a name the title before it opens)
      if (TITLE_WORDS.has(before.text) || ROLE_NOUNS.has(before.lower)) break;
      if (TITLE_WORDS.has((tokens[g] as Token).text)) continue;
      // (nor a body's name right after its article: "A spokesman for the Dawn Brigades" is no person "Dawn Brigades")
      if (DETERMINERS.has(before.lower)) continue;
      // (or a given name no list knows where the body's or place's name has visibly ended: "the secretary general of the
      // Zanu-PF party Obert Mpofu", "the chief minister of West Bengal Mamata Banerjee")
      // (only after a party's or a body's own word: not "a lawyer for the defendant Ghislaine Maxwell", "the manager of
      // the club Manchester United")
      const ended = ((BODY_END_NOUNS.has(before.lower) || ORG_WORDS.has(before.text)) && !isPlace(tokens.slice(g).map((t) => t.text).join(' '))) || placeBetween(tokens, pp + 1, g);
      if (!(isGivenName((tokens[g] as Token).text) || ended) || !tokens.slice(g).every((t) => isCapitalised(t) && !ORG_WORDS.has(t.text) && !isPlace(t.text))) continue;
      const person = analyseMention(tokens.slice(g), text);
      if (person && person.kind === 'name' && !person.institution) return restate(person, np, start, person.end, text.slice(start, (tokens[g - 1] as Token).end));
    }
  }
  if (pp > 0 && !endsWithName) {
    const head = analyseMention(tokens.slice(0, pp), text);
    if (head && head.kind === 'role' && !head.institution) return restate(head, np, head.start, end, np);
  }
  if (endsWithName) {
    const person = analyseMention(tokens.slice(nameAt), text);
    if (person && person.kind === 'name' && !person.institution) return restate(person, np, start, person.end, text.slice(start, (tokens[nameAt - 1] as Token).end));
  }
  // "the 78-year-old", "the 81-year-old": an age stands for the person just named
  if (tokens.length === 2 && /^the$/i.test((tokens[0] as Token).text) && /^\d+-year-old$/.test((tokens[1] as Token).text)) {
    // (the age kept: "the 22-year-old" is not "the 29-year-old lock" met before)
    return mention(np, start, end, 'role', null, (tokens[1] as Token).lower, false, false);
  }
  // "people familiar with the matter", "a person close to chief of staff Megan Ortiz": the head speaks,
  // the phrase as written is its name
  if (mod > 0) {
    const head = analyseMention(tokens.slice(0, mod), text);
    return head && head.kind === 'role' ? restate(head, np, head.start, end, np) : null;
  }
  return undefined;
}

/**
 * "Queensland Fire and Emergency Services commissioner Gareth Olander", "Corra Creek mother of three Leilani Fuimaono":
 * a person named in full at the end, after a role word in lower case (or "mother of three"), whatever the capitalised
 * words before it hold ("and" in a body's name is no joint speaker); the words before are the role.
 */
function nameAfterDescription(p: Phrase): Mention | null {
  const { tokens, text, np, start, end } = p;
  let g = tokens.length;
  while (g > 0 && isCapitalised(tokens[g - 1] as Token) && tokens.length - g < 4) g--;
  if (tokens.length - g < 2 || g < 2) return null;
  const before = tokens[g - 1] as Token;
  const counted = NUMBER_WORDS.has(before.lower) && tokens[g - 2]?.lower === 'of' && (RELATION_NOUNS.has(tokens[g - 3]?.lower ?? '') || ROLE_NOUNS.has(tokens[g - 3]?.lower ?? ''));
  const role = counted ? g - 3 : g - 1;
  if (!/^\p{Ll}/u.test(before.text) || !(counted || ROLE_NOUNS.has(before.lower)) || !tokens.slice(0, g).some((t) => t.lower === 'and' || t.lower === 'of')) return null;
  // (capitalised words before the role, "and" and "of" only: not "Sergey Lavrov and his counterpart Mukhtar Tleuberdi")
  const head = tokens.slice(0, role);
  // (an "and" only inside a body's name, with a body's word: "Fire and Emergency Services"; not "Sunak and Tory chairman")
  // (nor a person named before it: "Former UN Ambassador John Bolton and Breitbart News editor Sebastian Gorka")
  if (role < 1 || !head.every((t) => isCapitalised(t) || t.lower === 'and' || t.lower === 'of') || (head.some((t) => t.lower === 'and') && !head.some((t) => ORG_WORDS.has(t.text)))) return null;
  if (head.some((t, k) => t.lower === 'and' && isGivenName(head[k - 2]?.text ?? ''))) return null;
  const person = analyseMention(tokens.slice(g), text);
  return person && person.kind === 'name' && !person.institution ? restate(person, np, start, end, text.slice(start, before.end)) : null;
}

/**
 * "The warden of Grey County", "the nephew of John Grey": a noun for a person that no role list knows, right after the
 * article and before "of" and a name, heads the phrase, not the name after "of".
 */
function unknownHeadOf(tokens: readonly Token[], k: number): boolean {
  if (k !== 2 || (tokens[k] as Token).lower !== 'of' || !DETERMINERS.has((tokens[0] as Token).lower)) return false;
  // (the object a name, not "The tone of his prepared text")
  const named = namedBody(tokens, k + 1) || (tokens[k + 1]?.lower === 'the' && namedBody(tokens, k + 2));
  // (a noun for a person, as WordNet knows them: not "the mouth of Donald Trump", "the cities of Blackpool and Liverpool")
  const head = tokens[1] as Token;
  return named && /^[a-z][a-z-]{2,}$/.test(head.text) && (PERSON_NOUNS.has(head.lower) || isPersonNoun(head.lower));
}

/** Whether the words from `from` (after an article) to `to` name a place: "West Bengal", "the Punjab". */
function placeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const k = DETERMINERS.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  const name = tokens.slice(k, to).map((t) => t.text).join(' ');
  return to > k && (isPlace(name) || isSubdivision(name));
}

/**
 * A plural for people by what they do opening the sentence: "Villagers", "Fishermen", "Migrants" (not "Papers", nor a
 * surname the document gives with a given name: "Ian Rivers" … "Rivers at Eurasia Group").
 */
function peopleByDoing(t: Token, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ers|ists|ians|men|ants|ents)$/u.test(t.text) || NOT_PERSONS.has(t.lower.slice(0, -1)) || isGivenName(t.text)) return false;
  return /(^|[.!?”"]\s+|\n)$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && !personNamed(text, t.text);
}

/** People named in full before a list's "and", between commas: "Katrin Vollmer, Etienne Marchal"; null if not only such. */
function namesListed(tokens: readonly Token[], text: string): Mention[] | null {
  if (!tokens.some((t) => t.text === ',')) return null;
  const out: Mention[] = [];
  for (let from = 0; from <= tokens.length; ) {
    let to = tokens.findIndex((t, k) => k >= from && t.text === ',');
    if (to < 0) to = tokens.length;
    const part = tokens.slice(from, to);
    const m = part.length >= 2 && part.length <= 5 && part.every((t) => isCapitalised(t)) ? analyseMention(part, text) : null;
    // (a country's possessive before the name is no role: "France's Etienne Marchal")
    if (!m || m.kind !== 'name' || m.institution || (m.role && !/['’]s$/.test(m.role)) || !m.name?.includes(' ')) return null;
    out.push(m);
    from = to + 1;
  }
  return out;
}

/** Two names joined by "and" are a joint speaker, two roles a group; anything else is read as one phrase. */
function jointMention(p: Phrase, andAt: number): Mention | undefined {
  const { tokens, text, np, start, end } = p;
  // ("Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki": three people or more, each named in full)
  const listed = namesListed(tokens.slice(0, andAt), text);
  const right = analyseMention(trimNp(tokens.slice(andAt + 1)), text);
  if (listed && right?.kind === 'name' && !right.institution && right.name?.includes(' ')) return mention(np, start, end, 'joint', null, null, false, true, [...listed, right]);
  const left = analyseMention(trimNp(tokens.slice(0, andAt)), text);
  // (the list's head may be before a comma the phrase starts after: "Minister for Culture, Tourism and …")
  // ("Law and Justice Minister Jane Smith": or one everyday word before "and" and the portfolio's other words)
  const portfolio = (left?.kind === 'name' && (left.role !== null || /,\s*$/.test(text.slice(Math.max(0, start - 3), start))) ? portfolioListed(p, left.name ?? '', andAt, analyseMention) : null) ?? (andAt === 1 ? portfolioAfterWord(p, right) : null);
  if (portfolio) return portfolio;
  // ("Bangladesh Garment Manufacturers and Exporters Association (BGMEA) Director Nazmul Huda Chowdhury": a body's name
  // going on over "and" into the title of the person after it)
  // (or a ministry's portfolio going on into its minister's title: "State Apparatus Empowerment and Bureaucratic Reform
  // Minister Sri Handayani")
  // (two words at least before "and", and the title's body opening with no title's or body's word: not "Trump and House
  // Speaker Paul Ryan", "Biden and UN Secretary-General Antonio Guterres")
  const roleFirst = right?.role?.split(' ')[0] ?? '';
  // (a left part with no given name may have read a portfolio's title word as its role: "State Apparatus Empowerment";
  // not a person's, "President Biden and Homeland Security Secretary …")
  const portfolioRole = left?.kind === 'name' && left.role !== null && TITLE_WORDS.has(left.role) && !PERSON_TITLE_WORDS.has(left.role.toLowerCase()) && !HONORIFICS.has(left.role) && !(left.name ?? '').split(' ').some((w) => isGivenName(w));
  if (andAt >= 2 && left?.kind === 'name' && (!left.role || portfolioRole) && !isGivenName((tokens[0] as Token).text) && right?.kind === 'name' && !right.institution && right.role && !TITLE_WORDS.has(roleFirst) && !ORG_WORDS.has(roleFirst) && !/^\p{Lu}{2,}/u.test(roleFirst) && tokens.slice(0, andAt).every((t) => isCapitalised(t)) && right.role.split(' ').some((w) => ORG_WORDS.has(w) || (portfolioRole && PORTFOLIO_HEADS.has(w)))) return restate(right, np, start, end, text.slice(start, start + np.lastIndexOf(right.role) + right.role.length));
  // (not the last two of a list that a plural role is of: "The mayors of Leeds, York and Hull")
  const roleOfList = left?.role !== null && left?.role !== undefined && /^(?:[Tt]he )?\p{Ll}+s of /u.test(left.role);
  if (left && right && left.kind === 'name' && right.kind === 'name' && !left.institution && !right.institution && !roleOfList) {
    return mention(np, start, end, 'joint', null, null, false, true, [left, right]);
  }
  // ("The Centers for Disease Control and Prevention": a body's name going on over "and" with capitalised words that
  // name no person)
  const rest = tokens.slice(andAt + 1);
  if (left?.kind === 'name' && left.institution && !isPlace(left.name ?? '') && right?.kind === 'name' && !isPlace(right.name ?? '') && rest.length <= 3 && rest.every((t) => isCapitalised(t) && !isGivenName(t.text))) {
    return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
  }
  // "mediators and officials from both sides": a group of roles
  if (left && right && left.kind === 'role' && right.kind === 'role' && !left.institution && !right.institution && left.plural) {
    return mention(np, start, end, 'role', null, np, false, true);
  }
  // "Hawkins and others": a person and unnamed others, kept as written (not "others" alone)
  // (the name alone before "and": not "Police arrested Tom Hughes and others")
  if (left && left.kind === 'name' && !left.institution && !left.role && tokens.slice(0, andAt).every((t) => isCapitalised(t)) && tokens.length === andAt + 2 && (tokens[andAt + 1] as Token).lower === 'others') {
    return mention(np, start, end, 'role', null, np, false, true);
  }
  // "Britain and France" style or an org named with "and": fall through to treat as one phrase
  return undefined;
}

/** A phrase ending in a lower-case word: a role ("the top diplomat"), a body ("the ministry"), or nothing. */
function lowerCaseHead(p: Phrase, last: Token): Mention | null {
  const { tokens, text, np, start, end } = p;
  const lower = last.lower;
  // ("Shell plc said": a firm's legal suffix written in lower case ends its name)
  if (last.text === 'plc' && tokens.length >= 2 && isCapitalised(tokens[tokens.length - 2] as Token)) return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
  if (ROLE_NOUNS.has(lower) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)))) {
    const role = roleText(tokens, text);
    // "two people", "police", "staff": plural without an -s
    const plural = (/s$/.test(lower) && !/(ss|us)$/.test(lower) && lower !== 'press') || PLURALS_WITHOUT_S.has(lower);
    return mention(np, start, end, 'role', null, role, false, plural);
  }
  if (INSTITUTION_NOUNS.has(lower) || (lower.endsWith('s') && INSTITUTION_NOUNS.has(lower.slice(0, -1)))) {
    const role = roleText(tokens, text);
    return mention(np, start, end, 'role', null, role, true, false);
  }
  // "her friend", "his brother", "a neighbour": people named by their tie to someone
  if (RELATION_NOUNS.has(lower)) return mention(np, start, end, 'role', null, roleText(tokens, text), false, /[^s]s$/.test(lower));
  // "hacking specialists", "some historians": people named by what they do, in the plural
  // ("Hundreds of villagers": a count of a plural noun for people the dictionary knows)
  if (PEOPLE_BY_TRADE.test(lower) || (GROUP_COUNTS.has((tokens[0] as Token).lower) && tokens[1]?.lower === 'of' && /^[a-z][a-z-]{2,}[^s]s$/.test(last.text) && isPersonNoun(lower))) return mention(np, start, end, 'role', null, roleText(tokens, text), false, true);
  // A noun the lexicon does not know, after a determiner: "one senior backbencher", "a Tory grandee"
  const det = (tokens[0] as Token).lower;
  // (not a correction's "An earlier version said …": the article's own words)
  if (tokens.length >= 2 && ROLE_DETERMINERS.has(det) && /^[a-z][a-z-]{2,}$/.test(last.text) && !/(ly|ing)$/.test(lower) && !(lower === 'version' && CORRECTED_VERSIONS.has((tokens[tokens.length - 2] as Token).lower))) {
    return mention(np, start, end, 'role', null, roleText(tokens, text), false, /[^s]s$/.test(lower));
  }
  // "records", "new fundraising reports", "Polls": what a poll, report or record shows
  if (FINDING_SOURCES.has(lower)) return mention(np, start, end, 'role', null, roleText(tokens, text), false, /[^s]s$/.test(lower));
  // ("Her message read:", "His tweet said": one's own message, whose owner speaks; see DocumentContext.#ownedBy)
  if (tokens.length === 2 && POSSESSIVE_PRONOUNS.has(det) && DOCUMENT_NOUNS.has(lower)) return mention(np, start, end, 'role', null, roleText(tokens, text), true, false);
  return null;
}

/**
 * A phrase read whole, as written, before any other reading: a style of address standing for its bearer ("His
 * Holiness", "Her Majesty", "Her Royal Highness"; right after the possessive, not "His wife Grace"), or a body's name
 * opened by Irish's article, before a consonant as English's "an" never is ("An Garda Síochána", "An Post", "An Bord
 * Pleanála"; not a title alone, "An Taoiseach", nor a person surnamed An, "An Binh", "An Se-young": a body's or a title's
 * word after it, or three words, and no given name).
 */
function styleOrIrishBody(tokens: readonly Token[], text: string): Mention | null {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const whole = text.slice(first.start, last.end);
  const style = (tokens.length === 2 || (tokens.length === 3 && (tokens[1] as Token).text === 'Royal')) && POSSESSIVE_PRONOUNS.has(first.lower) && STYLES_OF_ADDRESS.has(last.text) && /^\p{Lu}/u.test(first.text);
  if (style) return mention(whole, first.start, last.end, 'role', null, whole, false, false);
  const second = tokens[1]?.text ?? '';
  const irish = first.text === 'An' && tokens.length >= 2 && !(tokens.length === 2 && TITLE_WORDS.has(last.text)) && (ORG_WORDS.has(second) || TITLE_WORDS.has(second) || tokens.length >= 3) && !tokens.slice(1).some((t) => isGivenName(t.text)) && tokens.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && /^[BCDFGJKLMNPQRSTVWXYZ]/.test(second);
  return irish ? mention(whole, first.start, last.end, 'name', whole, null, true, false) : null;
}

/** A phrase ending in a capitalised word: a person, an institution, a party, or a title without a name. */
function capitalisedHead(p: Phrase, portfolio: boolean): Mention | null {
  const { tokens, text, np, start, end } = p;
  const i = chunkStart(tokens, portfolio);
  const chunk = tokens.slice(i);
  // "A spokesman for the Kremlin", "the deputy secretary of Russia's Security Council": a role, not the org
  // (never a negative index: that is a slow property look-up, not an array read)
  const afterThe = i >= 1 && (tokens[i - 1] as Token).lower === 'the';
  const linker = afterThe ? tokenAt(tokens, i - 2) : tokenAt(tokens, i - 1);
  const roleBefore = tokenAt(tokens, afterThe ? i - 3 : i - 2);
  if (linker && ROLE_LINKERS.has(linker.lower) && roleBefore) {
    const titled = titledNameAfterPlace(p, chunk, roleBefore, titleOfBody(tokens, afterThe ? i - 3 : i - 2), analyseMention);
    if (titled) return titled;
    if (ROLE_NOUNS.has(roleBefore.lower) || ROLE_NOUNS.has(roleBefore.lower.replace(/s$/, ''))) return mention(np, start, end, 'role', null, roleText(tokens, text), false, false);
    // ("the education watchdog for England", "the regulator in Ontario": a body by a lower-case noun, then where)
    if (/^\p{Ll}/u.test(roleBefore.text) && INSTITUTION_NOUNS.has(roleBefore.lower) && !DOCUMENT_NOUNS.has(roleBefore.lower)) return mention(np, start, end, 'role', null, roleText(tokens, text), true, false);
  }
  const chunkWords = chunk.map((t) => t.text);
  // "the 6th Circuit", "the U.S. Court of Appeals for the 2nd Circuit": a body's name
  if (ordinalBody(tokens, i)) return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
  // "Mr Fox", "Liam Fox": a person whose surname is also an outlet's or a body's name word (not "General Staff": a
  // title that is also a given name, then a body's word)
  const personLike = (chunk.length <= 3 && /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/.test(chunkWords[0] ?? '')) || (chunk.length === 2 && isGivenName(chunkWords[0] ?? '') && !ORG_WORDS.has(chunkWords[0] ?? '') && !STRONG_ORG_HEADS.has(chunkWords[1] ?? '') && !(TITLE_WORDS.has(chunkWords[0] ?? '') && ORG_WORDS.has(chunkWords[1] ?? '')));
  if (openerBody(chunk)) return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
  // ("Moody’s Ratings": a firm's name in 's before its trade's word, as chunkStart reads it; "SunBreak Holidays": or a
  // brand's word in camel case opening a name that an everyday word ends; no surname's, "McDonald", "DeSantis", nor a
  // given name's, "RaShonda Dlamini")
  const firmInS = chunk.length >= 2 && isPossessive(chunk[0] as Token) && CORPORATE_SUFFIXES.has((chunk[chunk.length - 1] as Token).lower);
  const brand = chunk.length >= 2 && brandWord(chunkWords[0] ?? '') && !chunkWords.some((w) => isGivenName(w)) && isCommonWord((chunk[chunk.length - 1] as Token).lower);
  if (!personLike && (firmInS || brand)) return mention(np, start, end, 'name', bodyName(chunk, text), null, true, false);
  const isOrg = !personLike && chunkWords.some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(stripPossessive(w)));
  if (isOrg) return institutionChunk(p, i, chunk);
  // A party or group in the plural: "The Liberal Democrats", "Republicans", "the Tories"
  const lastWord = (chunk[chunk.length - 1] as Token).text;
  if (afterThe && theBody(chunk)) return mention(np, start, end, 'name', bodyName(tokens, text), null, true, GROUP_NAMES.has(lastWord));
  if (GROUP_NAMES.has(lastWord)) {
    return mention(np, start, end, 'name', chunk.map((t) => t.text).join(' '), null, true, true);
  }
  if (placeBody(chunk)) return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
  // "MP for Haverford South", "Senator for Victoria", "Member of Parliament": a title and a place, no name
  // ("Minister of State for Manpower Kelvin Yap": the last "for" or "of" of a run of titles)
  // ("Minister Responsible for the Nunavut Housing Corporation Lucy Kilabuk-Reid": Canada's "Responsible" after a title)
  const title = (x: number): boolean => titleWordAt(chunk, x);
  // ("Independent TD for Galway East Eamon Tiernan": a party's word before the title)
  const titled = (x: number): boolean => title(x) || isNationality((chunk[x] as Token).text) || (chunk[x] as Token).lower === 'of' || (chunk[x] as Token).lower === 'for' || (x === 0 && PARTY_WORDS.has((chunk[x] as Token).text) && title(1));
  let forAt = -1;
  // (past a body's initials before the title: "ICRC Director of Operations Marco Ferrante")
  const from = chunk.length >= 4 && /^\p{Lu}{2,}$/u.test((chunk[0] as Token).text) && title(1) ? 2 : 1;
  for (let x = from; x < chunk.length && titled(x - 1); x++) if (((chunk[x] as Token).lower === 'for' || (chunk[x] as Token).lower === 'of') && title(x - 1)) forAt = x;
  // (a portfolio may hold title words that are no office: "for Health and Social Care", "for Environment and Ecology")
  if (forAt > 0 && chunk.slice(forAt + 1).every((t) => !TITLE_WORDS.has(t.text) || !ROLE_NOUNS.has(t.lower))) return portfolioHead(p, chunk, forAt, analyseMention) ?? personChunk(p, chunk);
  return personChunk(p, chunk);
}

/** A chunk with an organisation word: a titled person of it, a person named after it, or the institution. */
function institutionChunk(p: Phrase, i: number, chunk: readonly Token[]): Mention | null {
  const { tokens, text, np, start, end } = p;
  // "Judge Evelyn Marchetti of Federal District Court": a titled person "of" an institution
  const ofIdx = chunk.findIndex((t, x) => x >= 2 && t.lower === 'of');
  // ("Daniel Osei of the C.D. Howe Institute": a person by given name and surname, no title)
  // ("Public policy analyst Arief Nugroho of Padjadjaran University": or after a lower-case role, whatever the given name)
  const roleBefore = i > 0 && /^\p{Ll}/u.test((tokens[i - 1] as Token).text) && (ROLE_NOUNS.has((tokens[i - 1] as Token).lower) || isPersonNoun((tokens[i - 1] as Token).lower));
  // ("Anitha Ramaswamy of the Bengaluru Road Safety Forum": or two words no list knows, neither everyday nor a place)
  // (not a club's plural name, "Mamelodi Sundowns of the Premier Soccer League")
  const unknownPair = ofIdx === 2 && chunk.slice(0, 2).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isCommonWord(t.lower) && !isPlace(t.text)) && !(chunk[1] as Token).text.endsWith('s');
  const personFirst = TITLE_WORDS.has((chunk[0] as Token).text) || (ofIdx >= 2 && ofIdx <= 4 && (isGivenName((chunk[0] as Token).text) || roleBefore || unknownPair) && chunk.slice(0, ofIdx).every((t) => isCapitalised(t) && !TITLE_WORDS.has(t.text)));
  if (ofIdx > 0 && !chunk.slice(0, ofIdx).some((t) => ORG_WORDS.has(t.text)) && personFirst) {
    const person = analyseMention(chunk.slice(0, ofIdx), text);
    if (person && person.kind === 'name' && !person.institution) return restate(person, np, start, end, person.role);
  }
  // "Director of the Foreign Ministry's Second Asian Department Zamir Kabulov": a name after the org words
  let lastOrg = -1;
  // (nor a word that opens a country's name: "IMF Senior Mission Chief for Sri Lanka Katarina Lindqvist")
  chunk.forEach((t, k) => {
    if ((ORG_WORDS.has(t.text) || TITLE_WORDS.has(t.text) || isNationality(t.text)) && countryOf(`${t.text} ${chunk[k + 1]?.text ?? ''}`) === null) lastOrg = k;
  });
  const tail = chunk.slice(lastOrg + 1);
  const nameWord = (t: Token, k: number): boolean => (isCapitalised(t) && !ORG_WORDS.has(t.text)) || (k > 0 && k < tail.length - 1 && NAME_PARTICLES.has(t.lower));
  // ("National Party MP for Tamworth Barnaby Joyce": past a title's place to the given name that opens the name)
  // (not two everyday words, "the Bureau of the Royal Household")
  const given = tail.length <= 7 && /^(for|of)$/.test(tail[0]?.lower ?? '') ? tail.findIndex((t, k) => k > 1 && isGivenName(t.text) && tail.length - k >= 2 && tail.slice(k).every((x, n) => nameWord(x, n)) && !(isCommonWord(t.lower) && isCommonWord((tail[k + 1] as Token).lower))) : -1;
  // ("Minister for Police Oversight and Community Safety Lindiwe Adams": not an everyday word of the portfolio's before it)
  // ("County Executive Committee Member for Finance and Economic Planning Ruth Jeptoo": past the portfolio's everyday
  // words, "and" and commas after the last title word, to a given name and a surname)
  const pastPortfolio = given > 0 ? -1 : tail.findIndex((t, k) => k >= 1 && isGivenName(t.text) && tail.length - k >= 2 && tail.length - k <= 3 && tail.slice(0, k).every((x) => x.lower === 'and' || x.text === ',' || (isCapitalised(x) && (isCommonWord(x.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(x.text)))) && tail.slice(k).every((x, n) => nameWord(x, n)));
  let named = given > 0 ? tail.slice(given) : pastPortfolio > 0 ? tail.slice(pastPortfolio) : tail;
  // (not a given name no list holds before a surname's particle: "Marine Le Pen")
  // (an abstract noun the word list lacks too: "CBK Director of Bank Supervision Daniel Mwangi")
  while (named.length >= 3 && named.every(nameWord) && (isCommonWord((named[0] as Token).lower) || abstractNoun((named[0] as Token).lower)) && !isGivenName((named[0] as Token).text) && !NAME_PARTICLES.has((named[1] as Token).lower)) named = named.slice(1);
  // (not the rest of a body's name opening "<body> of" with no title in it: "The Association of Polish Food Retailers")
  const bodyOf = ORG_WORDS.has(chunk.find((t) => !DETERMINERS.has(t.lower))?.text ?? '') && chunk.some((t) => t.lower === 'of') && !chunk.some((t) => TITLE_WORDS.has(t.text));
  // (nor a place the body's name ends in: "Local Government New Zealand")
  if (named.length >= 2 && named.length <= 5 && named.every(nameWord) && !bodyOf && !bodyWordOpens(chunk, lastOrg, named) && !isPlaceOrState(joinWords(named))) {
    return mention(np, start, end, 'name', named.map((t) => t.text).join(' '), roleText(tokens.slice(0, tokens.length - named.length), text), false, false);
  }
  const orgStart = chunk.findIndex((t) => !DETERMINERS.has(t.lower));
  const orgTokens = chunk.slice(Math.max(0, orgStart));
  // "Russia's Foreign Ministry": keep the possessor as part of the institution's name
  // (with the capitalised words of its name: "the National Unity Government's Ministry of Health")
  const possessor = i > 0 && isPossessive(tokens[i - 1] as Token) && isCapitalised(tokens[i - 1] as Token) ? (tokens[i - 1] as Token) : null;
  let from = i - 1;
  // (not a title or a sentence's opening word: "President Trump's Justice Department", "But Russia's Foreign Ministry")
  while (possessor && from > 0 && from > i - 5 && isCapitalised(tokens[from - 1] as Token) && !isPossessive(tokens[from - 1] as Token) && !TITLE_WORDS.has((tokens[from - 1] as Token).text) && !SENTENCE_STARTERS.has((tokens[from - 1] as Token).text)) from--;
  const orgName = (possessor ? `${text.slice((tokens[from] as Token).start, possessor.end)} ` : '') + text.slice((orgTokens[0] as Token).start, end);
  return mention(np, start, end, 'name', orgName, null, true, false);
}

/** A person's name, a title without a name, or a word that only looks like a name. */
function personChunk(p: Phrase, chunk: readonly Token[]): Mention | null {
  const { tokens, text, np, start, end } = p;
  const nameTokens = nameTokensOf(chunk);
  const nameText = joinWords(nameTokens).replace(/ \./g, '.');
  // "Mr. King", "Ms. Bishop": after an honorific a title word is a surname
  const honorific = chunk.findIndex((t) => /^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(t.text));
  if (honorific >= 0 && honorific === chunk.length - 2 && isCapitalised(chunk[chunk.length - 1] as Token) && !isPossessive(chunk[chunk.length - 1] as Token)) {
    const surname = chunk[chunk.length - 1] as Token;
    return mention(np, start, end, 'name', surname.text, roleText(tokens.slice(0, tokens.length - 1), text), false, false);
  }
  // ("the Dane", "the Spaniard": a country's noun for a person, after the article)
  const demonym = nameTokens.length === 1 && DEMONYM_NOUNS.has((nameTokens[0] as Token).text) && /^the$/i.test(tokens[0]?.text ?? '');
  // (a title that is also a surname, alone, is the surname: "Elder said" after Larry Elder; "Elder Agnes Mekanak" is titled)
  const surnameAlone = nameTokens.length === 1 && TITLE_SURNAMES.has((nameTokens[0] as Token).text);
  if (!surnameAlone && (demonym || nameTokens.every((t) => TITLE_WORDS.has(t.text) || isNationality(t.text) || DETERMINERS.has(t.lower)))) {
    // Only a title: "Russian Foreign Minister said" (a role without a name)
    return mention(np, start, end, 'role', null, roleText(tokens, text), false, false);
  }
  // "the Kentucky Republican", "the Labour MP", "the New York Democrat": a name never ends in a title or party
  const lastName = (nameTokens[nameTokens.length - 1] as Token).text;
  // ("Larry King", "Stephen King": a given name before the title word makes it a surname)
  if (nameTokens.length >= 2 && ((TITLE_WORDS.has(lastName) && !(nameTokens.length === 2 && isGivenName((nameTokens[0] as Token).text) && /^\p{Lu}\p{Ll}+$/u.test(lastName))) || PARTY_WORDS.has(lastName))) {
    return mention(np, start, end, 'role', null, roleText(tokens, text), false, false);
  }
  if (nameTokens.length === 1) {
    const single = singleWord(p, nameText, nameTokens[0] as Token);
    if (single !== undefined) return single;
  } else if (nameTokens.some((t) => WEEKDAYS.has(t.lower)) || (nameTokens.some((t) => MONTHS.has(t.text)) && !monthInName(nameTokens))) return null;
  const roleTokens = tokens.slice(0, tokens.length - nameTokens.length);
  const role = roleText(roleTokens, text);
  // ("refugee organization Pro Asyl", "the charity Cycling UK": a body's noun right before the name makes it a body's;
  // not an agent's noun, "broadcaster Huw Pritchard", "dive operator Kylie Brennan", nor after a title, "Director of
  // services Aoife Brennan")
  const before = roleTokens[roleTokens.length - 1];
  if (before && /^\p{Ll}+$/u.test(before.text) && INSTITUTION_NOUNS.has(before.lower) && !/(er|or|s)$/.test(before.lower) && !roleTokens.some((t) => TITLE_WORDS.has(t.text))) return mention(np, start, end, 'name', nameText, null, true, false);
  return mention(np, start, end, 'name', nameText, role, false, false);
}
