// Stage 4, a speaker phrase of one capitalised word: a name, or a month, an opener, a dateline, an acronym's body, a
// place, a role ("Officials") — read for mentions.ts.
import type { Token } from './segment.ts';
import { isPlace, isPlaceOrState, isSubdivision } from './places.ts';
import { isGivenName } from './given-names.ts';
import { isCapitalised, PERSONAL_HONORIFIC } from './capitals.ts';
import { CAPITALISED_OPENERS, CUE_FORMS, DETERMINERS, FINDING_SOURCES, PLACE_BODY_HEADS, STRONG_ORG_HEADS, GROUP_NAMES, HONORIFICS, INSTITUTION_NOUNS, INTERVENING, MONTHS, ORG_WORDS, PARTY_WORDS, PLACE_ABBREVIATIONS, SURNAME_PREFIXES, TITLE_WORDS, ROLE_NOUNS, SENTENCE_STARTERS, WEEKDAYS } from './lexicon.ts';
import { CARDINAL_WORDS, DAY_ABBREVIATIONS, INDEFINITE_PRONOUNS, RECIPIENT_PARTICIPLES, SCENE_PREPOSITIONS_BEFORE_THE } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, GROUP_COUNTS, PLURALS_WITHOUT_S } from './lexicon-nouns.ts';
import { ENGLISH_WORDS } from '../ingest/english-words.ts';
import { adverbBeforeComma, adverbBeforeParticiple, isCommonWord } from './names.ts';
import { isNationality } from './nationality.ts';
import { mention, type Mention, type Phrase, type Reading } from './mention-base.ts';

/** The lemma of the cue form that is the next word after `end`, if it is one. */
function cueLemmaAfter(text: string, end: number): string | undefined {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 16));
  return next ? CUE_FORMS.get(next[1] as string) : undefined;
}

/** Whether "said" or "told" follows `end` ("Schilling told …"; not "Nothing suggests …", "Something tells me …", "Building said"). */
function cueFollows(text: string, end: number, word: string): boolean {
  const lemma = cueLemmaAfter(text, end);
  // (not an everyday word: "Evening said", "Building said")
  return (lemma === 'say' || lemma === 'tell') && !INDEFINITE_PRONOUNS.has(word.toLowerCase()) && !ENGLISH_WORDS.has(word.toLowerCase());
}

/**
 * "“…,” May said", "“…,” Jun wrote": a month's name alone right before a cue, after a quotation or a comma, is a
 * surname (not "in May said", "the report released last June said", nor "January showed that …" opening a sentence).
 */
function monthAsSurname(text: string, start: number, end: number): boolean {
  return cueLemmaAfter(text, end) !== undefined && /[,”"’']\s*$/u.test(text.slice(Math.max(0, start - 3), start));
}

/**
 * Whether the token at `k` is a title word, or Canada's "Responsible" right after one ("Minister Responsible for the
 * Nunavut Housing Corporation Lucy Kilabuk-Reid": the title goes on over "for").
 */
export function titleWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // ("Minister Responsible for …", "Grand Chief Leonard Ashkewe": words of a title that are no title alone)
  return TITLE_WORDS.has(t.text) || (t.text === 'Responsible' && k > 0 && TITLE_WORDS.has((tokens[k - 1] as Token).text)) || (t.text === 'Grand' && tokens[k + 1]?.text === 'Chief');
}

/**
 * "Moody's warned", "Sainsbury's said", "Trader Joe's says": capitalised words ending in 's right before a verb name a
 * firm, the 's part of its name (no possessive without its noun: not Moody, nor anyone whose surname folds to it);
 * not a person's full name ("Ted Cruz's preferred candidates"), whose 's owns what follows.
 */
export function firmBeforeVerb(p: Phrase): Reading {
  const { tokens, text, np, start, end } = p;
  const last = tokens[tokens.length - 1] as Token;
  if (!/^\p{Lu}.*\p{L}['’]s$/u.test(last.text) || (tokens.length > 1 && isGivenName((tokens[0] as Token).text))) return undefined;
  if (!tokens.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '&')) return undefined;
  // (not a title's person, "Mr Sunak's said", "President Biden's said": has; nor a place, party or nationality,
  // "Labour's promised", "Britain's warned"; nor a name the document writes without the 's: "Badenoch spoke. Badenoch's said")
  const first = tokens[0] as Token;
  const bare = last.text.slice(0, -2);
  if (TITLE_WORDS.has(first.text) || HONORIFICS.has(first.text) || isPlace(bare) || PARTY_WORDS.has(bare) || GROUP_NAMES.has(bare) || isNationality(bare)) return undefined;
  return verbFollows(text, end) && !personNamed(text, bare) && !writtenBare(text, bare) ? mention(np, start, end, 'name', np, null, true, false) : undefined;
}

/** Whether the text writes the name without an 's after it somewhere ("Modi addressed …"). */
function writtenBare(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.charAt(at + name.length);
    if (!/[\p{L}'’]/u.test(after) && !/\p{L}/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/** Whether a cue's form follows `end`, an adverb before it or not ("… said", "… also warned"). */
export function verbFollows(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  return CUE_FORMS.has(INTERVENING.has(next[1] as string) && next[2] ? (next[2] as string) : (next[1] as string));
}

/** Whether the text names a person with this surname after a given name ("Barack Obama" … "Obama's said": "has"). */
export function personNamed(text: string, surname: string): boolean {
  for (let at = text.indexOf(` ${surname}`); at > 0; at = text.indexOf(` ${surname}`, at + 1)) {
    const before = /(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, at - 20), at));
    if (before && isGivenName(before[1] as string) && !/^['’]s/.test(text.slice(at + surname.length + 1))) return true;
  }
  return false;
}

/** A one-word name: not a month, a sentence opener or a participle; a dateline, an acronym, a place, a role. */
export function singleWord(p: Phrase, nameText: string, word: Token): Reading {
  const { text, np, start, end } = p;
  const surname = MONTHS.has(word.text) && monthAsSurname(text, start, end);
  if ((MONTHS.has(word.text) && !surname) || WEEKDAYS.has(word.lower)) return null;
  if (SENTENCE_STARTERS.has(nameText) && !surname) return null;
  // ("Hundreds of villagers … staged a sit-in", "Forty-three households …": a count of people is no one's name; not the
  // broadcasters "Nine", "Seven" and "Ten")
  if ((GROUP_COUNTS.has(word.lower) && /s$/.test(word.lower)) || (word.lower.includes('-') && word.lower.split('-').every((w) => CARDINAL_WORDS.has(w)))) return null;
  // "Writing on Telegram, …", "Asked about …": a capitalised participle is not a name
  if (CAPITALISED_OPENERS.has(nameText)) return null;
  // "Publicly, the nominee feuds …": an everyday adverb opening the sentence before its comma (not "Connolly, 34,")
  if (adverbBeforeComma(text, nameText, end) || adverbBeforeParticiple(text, nameText, end)) return null;
  // "Turning to Ukraine, …", "Looking ahead, …": a participle opening the sentence, not a surname like Fleming
  // ("Schilling told WEEI": a surname in -ing before its cue)
  if (/^\p{Lu}\p{Ll}+ing$/u.test(nameText) && (/^\s+(to|on|at|back|ahead|over|from|in|with|through|into|up|out|about|for|forward|beyond|after|across|around|aside)\b/.test(text.slice(end, end + 12)) || (/(^|[.!?”"]\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start)) && !isGivenName(nameText) && !cueFollows(text, end, nameText)))) return null;
  // "ISLAMABAD:", "WASHINGTON —": a dateline, not a speaker
  if (/^[A-Z]{8,}$/.test(nameText)) return null;
  // "COGAT said", "UNRWA says": an acronym is a body, not a person
  if (/^[A-Z]{3,7}$/.test(nameText) && !SENTENCE_STARTERS.has(nameText)) return mention(np, start, end, 'name', nameText, null, true, false);
  // "…, of Raleigh, N.C., who was among those polled, said": a state after its city is where someone is from
  // (an abbreviation, as US news writes states: not "… than Trump, Bolton said", Bolton being an English borough too)
  if (nameText.includes('.') && /[\p{L}.], $/u.test(text.slice(Math.max(0, start - 3), start)) && isSubdivision(nameText)) return null;
  // "Moscow said", "Russia will respond": a place stands for its government, never a person
  if (isPlace(nameText)) return mention(np, start, end, 'name', nameText, null, true, false);
  const only = word.lower;
  if (only && (ROLE_NOUNS.has(only) || ROLE_NOUNS.has(only.replace(/s$/, '')))) {
    // sentence-initial "Officials said", "Analysts say"
    // ("People familiar with the matter said": a plural without an -s too)
    return mention(np, start, end, 'role', null, np, false, /s$/.test(only) || PLURALS_WITHOUT_S.has(only));
  }
  return undefined;
}

/** "Questioning Desrosiers", "Cross-examining Dr Patel": a capitalised participle, then a name in capitals only. */
export function participleBeforeName(tokens: readonly Token[]): boolean {
  const first = (tokens[0] as Token).text;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*ing$/u.test(first) || isGivenName(first) || isPlace(first) || isPlace(tokens.map((t) => t.text).join(' '))) return false;
  // (a verb's participle, its stem an everyday word: "Questioning", "Cross-examining"; not "Boeing", "Running Rabbit")
  const stem = first.toLowerCase().slice(first.lastIndexOf('-') + 1, -3);
  if (!ENGLISH_WORDS.has(stem) && !ENGLISH_WORDS.has(`${stem}e`)) return false;
  return tokens.slice(1).every((t) => t.word && isCapitalised(t) && !GROUP_NAMES.has(t.text) && !TITLE_WORDS.has(t.text));
}

/**
 * "Toronto firm Forsythe Mbeki LLP", "law firm Hale & Co": from `k`, a word or two in capitals, a body's noun in lower
 * case (and a word before it), then a name in capitals: the workplace after a person's "of".
 */
export function bodyNounThenName(tokens: readonly Token[], k: number): boolean {
  let x = k;
  while (x < tokens.length && x - k < 2 && isCapitalised(tokens[x] as Token) && !ORG_WORDS.has((tokens[x] as Token).text) && !isGivenName((tokens[x] as Token).text)) x++;
  const noun = x < tokens.length - 1 && INSTITUTION_NOUNS.has((tokens[x] as Token).lower) ? x : INSTITUTION_NOUNS.has(tokens[x + 1]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[x]?.text ?? '') ? x + 1 : -1;
  return noun > 0 && /^\p{Ll}/u.test((tokens[noun] as Token).text) && isCapitalised(tokens[noun + 1] as Token);
}

/** A word in camel case with a capital inside, "SunBreak", "PayPal", no surname's prefix: "McDonald", "DeSantis". */
export function brandWord(w: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(w);
  return m !== null && !SURNAME_PREFIXES.has(m[1] as string);
}

/** ", which …" or ", the charity," after a phrase ending at `end`: an aside that describes a body. */
export function bodyAsideAfter(text: string, end: number): boolean {
  const aside = /^, (which\b|(?:the|an?) [^,.]{1,60},)/.exec(text.slice(end, end + 70));
  return aside !== null && (aside[1] === 'which' || (aside[1] ?? '').split(/[\s,]+/).some((w) => INSTITUTION_NOUNS.has(w)));
}

/** "Cycling UK", "Racing NSW", "Housing Europe": a participle, then a place or its initials (not "Quoting Interfax"). */
export function placeNamedBody(tokens: readonly Token[]): boolean {
  const rest = tokens.slice(1).map((t) => t.text).join(' ');
  return isPlaceOrState(rest) || /^\p{Lu}{2,4}$/u.test(rest);
}

/** "Ts.Batjargal", "N.Tsolmon": initials joined to a name by a stop, with no space. */
const INITIAL_JOINED = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}$/u;

/** A name written as initials joined to it by their stop ("Ts.Batjargal"); not "Mr.Smith", "St.Albans", "Ft.Worth". */
export function joinedInitialsName(t: Token): boolean {
  if (!INITIAL_JOINED.test(t.text)) return false;
  const initials = t.text.slice(0, t.text.indexOf('.'));
  return !PERSONAL_HONORIFIC.test(initials) && !PLACE_ABBREVIATIONS.has(initials) && !isPlace(t.text.replace('.', '. '));
}

/** "Outside the Dewan", "After the vote": a capitalised preposition of place or time, then "the", opens a scene, no speaker. */
export function sceneOpening(tokens: readonly Token[], text: string): boolean {
  const first = tokens[0] as Token;
  // (the phrase closed by a comma: not "Outside the court Ms Okafor told reporters", a speaker after the scene)
  return tokens.length >= 3 && SCENE_PREPOSITIONS_BEFORE_THE.has(first.lower) && /^\p{Lu}/u.test(first.text) && (tokens[1] as Token).lower === 'the' && text.charAt((tokens[tokens.length - 1] as Token).end) === ',';
}

/**
 * "Community Housing Cymru": a body's word that opens the chunk (the last body's or title's word, at `lastOrg`, is the
 * first) and is no title's, before words with no given name (`named`): the body's first word, no role before a person.
 */
export function bodyWordOpens(chunk: readonly Token[], lastOrg: number, named: readonly Token[]): boolean {
  // (an everyday word after it, and no initials but a place's at the end, "Community Clubs NSW": not "Army PRO Onyema
  // Nwachukwu", a person the given-name list lacks)
  return lastOrg === 0 && !TITLE_WORDS.has((chunk[0] as Token).text) && !named.some((t, k) => isGivenName(t.text) || (/^\p{Lu}{2,}$/u.test(t.text) && k < named.length - 1)) && isCommonWord((named[0] as Token | undefined)?.lower ?? '');
}

/**
 * "a letter sent to Prime Minister Jane Roe", "the joint announcement submitted to the Athens Stock Exchange": a document,
 * a participle of sending and whom it went to by name; the document speaks, kept as written (null if the
 * phrase is none such).
 */
export function documentToRecipient(tokens: readonly Token[], text: string): Mention | null {
  // (or a contact clause between: "figures the authority provided to CBC News")
  const documentAt = (k: number): boolean => DOCUMENT_NOUNS.has((tokens[k] as Token).lower.replace(/s$/, '')) || FINDING_SOURCES.has((tokens[k] as Token).lower);
  const at = tokens.findIndex((t, k) => k > 0 && RECIPIENT_PARTICIPLES.has(t.lower) && tokens[k + 1]?.lower === 'to' && (documentAt(k - 1) || (k >= 3 && DETERMINERS.has((tokens[k - 2] as Token).lower) && documentAt(k - 3))));
  // (only before a name, which would be read as the speaker: "a letter sent to tenants" is read as written anyway)
  const recipient = tokens[at + 2]?.lower === 'the' ? tokens[at + 3] : tokens[at + 2];
  if (at < 0 || recipient === undefined || !/^\p{Lu}/u.test(recipient.text) || tokens.slice(0, at - 1).some((t) => /^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.lower))) return null;
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return mention(text.slice(start, end), start, end, 'role', null, text.slice(start, end), true, false);
}

/** "Jakarta ● Tue, December 1, 2026": a dateline's place and its weekday's abbreviation before a comma are no name. */
export function datelineDay(tokens: readonly Token[], text: string): boolean {
  const last = tokens[tokens.length - 1] as Token;
  // (a place before it and a month or a number after the comma: not "Nguyen Thi Thu, a vendor")
  return tokens.length >= 2 && DAY_ABBREVIATIONS.has(last.lower) && /^\p{Lu}/u.test(last.text) && text.charAt(last.end) === ',' && isPlace((tokens[tokens.length - 2] as Token).text) && /^,\s*(?:\d|\p{Lu}\p{Ll}+\s+\d)/u.test(text.slice(last.end, last.end + 16));
}

/**
 * A name read as a person's that is a body's by its head: a place and "State", "City" or "County" before an everyday plural
 * ("Washington State Ferries", "Oregon State Parks"), or a body's word before a possessive ("Kent County Council's
 * cabinet member …", whose "Kent" is also a given name); null otherwise.
 */
export function bodyByItsHead(m: Mention, tokens: readonly Token[]): Mention | null {
  const last = tokens[tokens.length - 1] as Token;
  const stateBody = m.role !== null && m.name !== null && /^\p{Lu}\p{Ll}+s$/u.test(m.name) && !isGivenName(m.name) && PLACE_BODY_HEADS.has(m.role.slice(m.role.lastIndexOf(' ') + 1)) && m.role.includes(' ') && isPlaceOrState(m.role.replace(/\s+\S+$/, ''));
  if (stateBody) return mention(m.text, m.start, m.end, 'name', m.text.replace(/^the\s+/i, ''), null, true, false);
  // (a body's strong head, after a place's word or two words more: not "Liam Fox's", "Margaret Court's")
  const possessed = (tokens.length >= 3 || !isGivenName((tokens[0] as Token).text)) && /^\p{Lu}\p{Ll}+['’]s$/u.test(last.text) && STRONG_ORG_HEADS.has(last.text.slice(0, -2)) && m.role === null;
  return possessed ? mention(m.text, m.start, m.end, 'name', m.name, null, true, false) : null;
}

/**
 * "Patients' rights group Patient Voice Malta", "Parents' group Keep Aleza Lake Open": a plural's possessive opening the
 * phrase describes the body named after it; the rest read by `read`, as written in full (null if the phrase is none such).
 */
export function pluralOwnerName(tokens: readonly Token[], text: string, read: (tokens: readonly Token[], text: string) => Mention | null): Mention | null {
  const mark = tokens[1];
  if (tokens.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test((tokens[0] as Token).text) || !mark || !/^['’]$/.test(mark.text) || mark.start !== (tokens[0] as Token).end || !/^\p{Ll}/u.test(tokens[2]?.text ?? '')) return null;
  const rest = read(tokens.slice(2), text);
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return rest && rest.kind === 'name' && rest.institution ? mention(text.slice(start, end), start, end, 'name', rest.name, null, true, false) : null;
}
