// What a person's canonical name may look like. A speaker's name is a name: sentence words that a capitalised
// run picked up at the start of a sentence ("But Perez", "Then Brafman"), possessives ("Eric Trump's"),
// honorifics and titles ("Mr", "Senator" — those are roles) come off; contractions ("It's", "We've") and
// runs with lower-case sentence words ("Dr Fox refused to discuss weekend newspaper") are no names at all.
import { isGenerationSuffix } from './capitals.ts';
import { ENGLISH_WORDS } from '../ingest/english-words.ts';
import { isPersonNoun } from './person-words.ts';
import { isGivenName } from './given-names.ts';
import { isPlace, isPlaceOrState } from './places.ts';
import { ACRONYM_TITLES, BODY_NAME_LINKS, CUE_FORMS, FINAL_POSITION_CUES, FINDING_SOURCES, GROUP_NAMES, HONORIFICS, NAME_PARTICLES, ON_NAMED_BODIES, ORG_WORDS, ROLE_NOUNS, SENTENCE_STARTERS, TITLE_WORDS, VIETNAMESE_MIDDLE_NAMES } from './lexicon.ts';
import { COUNT_APPROXIMATOR_PAIRS, NAME_OPENING_PAIRS, DESCRIPTION_BREAKERS, DISCOURSE_ADVERBS, HEADLINE_FUNCTION_WORDS, LY_NOUNS, NAME_CUT_WORDS, PRONOUN_WORDS, SHARE_APPROXIMATORS, SUBORDINATORS, TENS } from './lexicon-clauses.ts';
import { detached, remember } from './copies.ts';
import { FAMILY_NAME_FIRST } from './speakers.ts';

/** Words that open a sentence and are never the first word of a name (conjunctions, adverbs, prepositions). */
const NOT_A_NAME_START = new Set(
  'but and or nor so yet then also still mostly however meanwhile finally though although while when whenever after before because if as in on at for with from by of to through via according unlike like since until unless once even only just now here there thus hence besides instead indeed otherwise perhaps maybe take part where why how what who whom whose which that this these those do does did don\'t not no'.split(
    ' ',
  ),
);
/** Words that may stand lower-case inside a name ("Ursula von der Leyen", "Abu Bakr al-Baghdadi"). */
const NAME_JOINERS = new Set('of the for and de du da di dos das von van der den ter al el bin ibn abu le la y e ap ab'.split(' '));
/** An honorific written before a name, with or without its stop (the lexicon's HONORIFICS). */
const isHonorific = (w: string): boolean => HONORIFICS.has(w) || (w.endsWith('.') && HONORIFICS.has(w.slice(0, -1)));
const CONTRACTION = /^\p{L}+['’](s|ve|re|ll|d|m|t)$/iu;
const PRONOUN_CONTRACTION = /^(it|he|she|we|they|you|i|that|there|what|who|here|let)['’]/i;

/**
 * The clean form of a person's name as written, or null when what was read is not a name. Trims leading
 * sentence words, possessives, honorifics and titles; repairs a caps-lock slip ("HIllary" → "Hillary").
 */
export function cleanPersonName(raw: string): string | null {
  // the same few names come back for every mention and in the document scan: remembered, bounded
  return remember(cleanCache, raw, cleanNameCopy);
}

/** computeCleanName's answer as a copy, for the cache kept across documents. */
const cleanNameCopy = (raw: string): string | null => copyOrNull(computeCleanName(raw));
const copyOrNull = (s: string | null): string | null => (s === null ? null : detached(s));

const cleanCache = new Map<string, string | null>();

function computeCleanName(raw: string): string | null {
  let words = raw.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  // "REP. CARLA MENDOZA:" (a transcript label) is Carla Mendoza: a name in capitals is written as a name
  if (words.length > 0 && words.every((w) => !/\p{Ll}/u.test(w)) && words.some((w) => /\p{Lu}{3,}/u.test(w))) words = words.map(titleCase);
  if (isContraction(words)) return null;
  words = dropSentenceWords(words);
  // "Rival Hillary Clinton", "Fellow Democrat …": an ordinary word opening the sentence before a given name
  // (not "New Zealand Rugby": the two words are a place)
  // ("Meteorologist Dana Kowalczyk": a noun for a person too, which the short list of everyday words may not have)
  // ("Actress Amandla Stenberg": a noun for a person before two capitalised words, even a given name the table lacks;
  // not a word of three letters or fewer, which a name's first part may be: "Pa Houa Vang")
  // ("Mother-of-two Sarah Jones", "Father-of-three Tom Lee": a family described in one hyphenated word)
  if (words.length >= 3 && /^\p{Lu}\p{Ll}+-of-\p{Ll}+$/u.test(words[0] as string)) words = words.slice(1);
  const w0 = (words[0] as string).toLowerCase();
  // (not a preposition, which opens no sentence before its subject: "Per Arne Rød" is a given name the table lacks)
  if (words.length >= 3 && (ENGLISH_WORDS.has(w0) || isPersonNoun(w0)) && !DESCRIPTION_BREAKERS.has(w0) && !isGivenName(words[0] as string) && !TITLE_WORDS.has(words[0] as string) && !VIETNAMESE_MIDDLE_NAMES.has(words[1] as string) && (isGivenName(words[1] as string) || (words.length === 3 && w0.length >= 4 && isPersonNoun(w0) && !NAME_PARTICLES.has((words[1] as string).toLowerCase()) && !ENGLISH_WORDS.has((words[1] as string).toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[1] as string) && /^\p{Lu}/u.test(words[2] as string))) && !isPlace(`${words[0] as string} ${words[1] as string}`)) words = words.slice(1);
  // ("Kerala Anil Mathew", after "MP from": a place that is no given name, before a given name and a surname)
  if (words.length >= 3 && isPlaceOrState(words[0] as string) && !isGivenName(words[0] as string) && isGivenName(words[1] as string) && !isPlaceOrState(`${words[0] as string} ${words[1] as string}`)) words = words.slice(1);

  if (words.length === 1 && NOT_A_NAME_START.has((words[0] as string).toLowerCase())) return null;
  // a possessive ends the name: "Eric Trump's" is Eric Trump
  const last = words.length - 1;
  words[last] = (words[last] as string).replace(/['’]s$/i, '').replace(/s['’]$/i, 's');
  if (!words[last]) words = words.slice(0, last);
  // honorifics and titles are roles, not names: "Dr Liam Fox" is Liam Fox, "Senator Smith" is Smith
  // (not "TD Securities": an office's initials before one word that is no given name are a firm's name)
  const firm = words.length === 2 && firmInitials(words[0] as string, words[1] as string);
  while (!firm && words.length > 1 && (isHonorific(words[0] as string) || TITLE_WORDS.has(words[0] as string))) words = words.slice(1);
  // "East Midlands MEP Robert Kilroy-Silk": the role ends at its last title word; the name follows it
  // (not a surname that is a title word before a generation's suffix: "Martin Luther King Jr")
  const lastTitle = words.reduce((at, w, k) => (k < words.length - 1 && TITLE_WORDS.has(w) && !(k > 0 && words.slice(k + 1).every(isGenerationSuffix)) ? k : at), -1);
  if (!firm && lastTitle >= 0 && words.length - lastTitle - 1 >= 1 && words.slice(lastTitle + 1).every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w))) words = words.slice(lastTitle + 1);
  if (words.length === 0) return null;
  if (words.length === 1 && (PRONOUN_CONTRACTION.test(words[0] as string) || SENTENCE_STARTERS.has(words[0] as string) || isHonorific(words[0] as string))) return null;
  // a name's words are capitalised, bar particles: a lower-case sentence word means the run went too far
  if (words.some((w, k) => k > 0 && /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w) && !/^(al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)-/u.test(w))) return null;
  if (words.length > 5) return null;
  return words.map(fixCaps).join(' ');
}

/** "It's", "We've", "Don't" alone: a contraction, not a name ("Trump's" is a possessive, trimmed by the callers). */
function isContraction(words: readonly string[]): boolean {
  const only = words.length === 1 ? (words[0] as string) : '';
  return only !== '' && (PRONOUN_CONTRACTION.test(only) || (CONTRACTION.test(only) && !/['’]s$/i.test(only)));
}

/** Words `n` and `n + 1` in lower case, joined by "+", as the lexicon's pair lists write them ("at+least"). */
const pairAt = (words: readonly string[], n: number): string => `${(words[n] as string).toLowerCase()}+${(words[n + 1] as string).toLowerCase()}`;

/** "But Perez" → "Perez": sentence words a capitalised run picked up, while a word is left. */
function dropSentenceWords(words: readonly string[]): string[] {
  let k = 0;
  // (not "At least three officials": a count's approximator is part of the group)
  // (nor "First Nations leaders": a people's name)
  // (nor "Do Thi Thu Ha": a Vietnamese family name before its middle name)
  // (nor "Nor Azizah Kamaruddin": a Malay given name before another given name, no conjunction)
  while (k < words.length - 1 && NOT_A_NAME_START.has((words[k] as string).toLowerCase()) && !COUNT_APPROXIMATOR_PAIRS.has(pairAt(words, k)) && !NAME_OPENING_PAIRS.has(pairAt(words, k)) && !VIETNAMESE_MIDDLE_NAMES.has(words[k + 1] as string) && !(words[k] === 'Nor' && k + 2 < words.length && isGivenName(words[k + 1] as string) && !isCommonWord((words[k + 1] as string).toLowerCase()))) k++;
  return words.slice(k);
}

/**
 * "Said", "Added", "Stated": an inflected reporting verb in capitals, which may open a sentence whose speaker follows
 * ("Said Comey, “…”"). It may also be a given name ("Said Amir"): callers decide by position (not "Hope": a base form).
 */
export function isOpeningCue(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const lemma = CUE_FORMS.get(lower);
  return lemma !== undefined && lemma !== lower && FINAL_POSITION_CUES.has(lemma);
}

const titleCase = (w: string): string => w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());

/** "HIllary" → "Hillary": two capitals then lower case is a slip of the shift key, not a spelling. */
function fixCaps(w: string): string {
  return /^\p{Lu}\p{Lu}\p{Ll}{2,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * The last word on any statement's speaker, whatever path produced it (names, roles kept as written,
 * institutions, transcript labels): the same rules as `cleanPersonName`, plus descriptions of unnamed sources
 * kept in lower case and sentence fragments cut back to the name they hold. Null when nothing is left.
 */
export function tidySpeaker(raw: string, isCommonWord: (w: string) => boolean): string | null {
  // every statement of a speaker asks again: remembered (bounded), per word test
  if (isCommonWord !== tidyWords) {
    tidyWords = isCommonWord;
    tidyCache.clear();
  }
  return remember(tidyCache, raw, tidySpeakerCopy);
}

/** computeTidySpeaker's answer with the word test in use, as a copy. */
const tidySpeakerCopy = (raw: string): string | null => copyOrNull(computeTidySpeaker(raw, tidyWords as (w: string) => boolean));

let tidyWords: ((w: string) => boolean) | null = null;
const tidyCache = new Map<string, string | null>();

function computeTidySpeaker(raw: string, isCommonWord: (w: string) => boolean): string | null {
  // "O’Neill" and "O'Neill" are one name (an apostrophe inside a word; a possessive keeps the text's own mark): one
  // spelling, since statement ids and the store's speaker lists use the name as written
  let words = raw.replace(/[’`](?=\p{L}{2})/gu, "'").replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0 || isContraction(words)) return null;
  words = dropSentenceWords(words);
  // (an acronym in capitals is a name: "WHO")
  if (words.length === 1 && !/^\p{Lu}{3,}$/u.test(words[0] as string) && (NOT_A_NAME_START.has((words[0] as string).toLowerCase()) || PRONOUN_WORDS.has((words[0] as string).toLowerCase()))) return null;
  const last = words.length - 1;
  words[last] = (words[last] as string).replace(/['’]s$/i, '');
  if (!words[last]) words = words.slice(0, last);
  if (words.length === 0) return null;
  if (!CAPITALISED.test(words[0] as string)) return words.join(' ');
  // ("First Nations leaders gathered in Ottawa": a people's name and its description, as written)
  if (words.length > 2 && NAME_OPENING_PAIRS.has(pairAt(words, 0))) return words.join(' ');
  // "Economist Jane Roe", "McCain Challenger Kelli Ward": a role written in capitals before a given name is no part of
  // the name
  // (or opening the phrase before two name words no list holds: "Lawyer Pham Thi Hoai Thu", "Driver Sueli Martins")
  const given = words.findIndex((w, k) => k > 0 && k < words.length - 1 && ROLE_NOUNS.has((words[k - 1] as string).toLowerCase()) && (isGivenName(w) || (k === 1 && words.length >= 3 && CAPITALISED.test(words[2] as string) && (!isCommonWord(w.toLowerCase()) || VIETNAMESE_MIDDLE_NAMES.has(words[2] as string)) && !isPersonNoun(w.toLowerCase()) && !TITLE_WORDS.has(w) && !words.slice(1, words.includes('of') ? words.indexOf('of') : words.length).some((x) => ORG_WORDS.has(x) || isPlace(x) || /['’]s$/.test(x)))) && words.slice(0, k + 1).every((x) => CAPITALISED.test(x)));
  if (given > 0) words = words.slice(given);
  // "Paul D. Ryan of Wisconsin", "Sen. Mark Kelly of Arizona": where a person is from is no part of the name
  const of = words.indexOf('of');
  // ("Pham Thi Hoai Thu of the Hanoi Bar Association", "Andini Rahmawati of the Center of Reform": nor the body, after a
  // name of two words or more with no body's or title's word in it; not a club's plural name, "Mamelodi Sundowns of the
  // Premier Soccer League", nor one word, an office's, "Rector of the University of Lisbon")
  const ofBody = of >= 2 && words.slice(of + 1).some((w) => ORG_WORDS.has(w)) && (isGivenName(words[0] as string) || FAMILY_NAME_FIRST.has((words[0] as string).toLowerCase()) || (of <= 3 && !(words[of - 1] as string).endsWith('s') && words.slice(0, of).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && w.split('-').every((x) => !isCommonWord(x.toLowerCase()) && !ROLE_NOUNS.has(x.toLowerCase()))))) && !words.slice(0, of).some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w));
  if (((of >= 2 && isGivenName(words[0] as string) && isPlaceOrState(words.slice(of + 1).join(' '))) || ofBody) && words.slice(0, of).every((w) => CAPITALISED.test(w))) words = words.slice(0, of);
  // ("Portfolio Committee on Electricity and Energy": a body named for its subject after "on" is whole)
  const on = words.indexOf('on');
  const bodyOn = on > 0 && ON_NAMED_BODIES.has(words[on - 1] as string) && words.every((w, k) => k === on || w === 'and' || CAPITALISED.test(w));
  const sentenceWord = (w: string): boolean => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w) && !bodyOn;
  // a title before a fragment ("President Obama passionately rebuked critics"): the name it carries
  // (not a body's short name: "Health Ministry in Kabul" is no title "Health" and a name)
  if ((isHonorific(words[0] as string) || TITLE_WORDS.has(words[0] as string)) && CAPITALISED.test(words[1] ?? '') && words.some(sentenceWord) && !(words.length <= 5 && words.some((w) => ORG_WORDS.has(w)))) {
    const run = capitalisedRun(words.slice(1));
    // (not a possessive: "Mrs. Clinton's aides" are not Mrs. Clinton)
    if (run.length > 0 && !/['’]s?$/.test(run[run.length - 1] as string)) return cleanPersonName(run.join(' ')) ?? run.join(' ');
  }
  // ("Three-in-five GOP insiders across the four states": people by a plural role after capitalised modifiers, described)
  // (not an everyday word before it, "Many speakers at the service", read below)
  const role = words.findIndex((w, k) => k > 0 && ROLE_NOUNS.has(w) && w.endsWith('s') && words.slice(0, k).every((x) => CAPITALISED.test(x) && !isCommonWord(x.toLowerCase())));
  // (a count opening it is written in lower case, as a description: "three-in-five GOP insiders …")
  if (role > 0 && role < words.length - 1) return [/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(words[0] as string) ? (words[0] as string).toLowerCase() : (words[0] as string), ...words.slice(1)].join(' ');
  // ("Committee for a Responsible Federal Budget": a body's name of capitalised words and their links, whole)
  if (words.length > 5 && ORG_WORDS.has(words[0] as string) && !ROLE_NOUNS.has((words[0] as string).toLowerCase()) && words.every((w) => CAPITALISED.test(w) || BODY_NAME_LINKS.has(w))) return words.join(' ');
  // ("Guilde du jeu vidéo du Québec", "Syndicat des enseignants de l'Ontario": a body's name in French or Spanish, its
  // everyday words in lower case after a particle, whole; a given name first is a person's, "Guillermo del Toro")
  if (words.length >= 4 && NAME_PARTICLES.has(words[1] as string) && !isGivenName(words[0] as string) && (!TITLE_WORDS.has(words[0] as string) || ORG_WORDS.has(words[0] as string)) && /\p{Lu}/u.test(words[words.length - 1] as string) && NAME_PARTICLES.has((words[words.length - 2] as string).replace(/['’]\p{Lu}.*$/u, ''))) return words.join(' ');
  if (words.length > 5 && words.some(sentenceWord)) {
    // "Supporters of …", "Seventy-four percent of …": a description, kept in lower case
    // ("RealClearPolitics average of recent Hoosier polls": a poll described at length is named by its maker; "Some
    // advocates for stem cell research" is no poll, "Democrats on the House Select Committee …" is the party's
    // members, named by the party below)
    const maker = !isCommonWord((words[0] as string).toLowerCase()) && !GROUP_NAMES.has(words[0] as string);
    const makerRun = maker && FINDING_SOURCES.has((words[words.length - 1] as string).toLowerCase()) ? capitalisedRun(words) : [];
    if (makerRun.length > 0 && !/['’]s$/.test(makerRun[makerRun.length - 1] as string)) return makerRun.join(' ');
    if (GROUP_NAMES.has(words[0] as string)) return words[0] as string;
    // ("Fewer than half of the voters surveyed …": a share's approximator too)
    if (isCommonWord((words[0] as string).toLowerCase()) || SHARE_APPROXIMATORS.has((words[0] as string).toLowerCase())) return [(words[0] as string).toLowerCase(), ...words.slice(1)].join(' ');
    // "Robert Antonacci of the New York delegation": the name before its qualifier
    const cut = words.findIndex((w, k) => k > 0 && NAME_CUT_WORDS.has(w));
    const head = cut > 0 ? words.slice(0, cut) : [];
    if (head.length > 0 && head.length <= 5 && head.every((w) => !sentenceWord(w))) return head.join(' ');
    const run = capitalisedRun(words);
    // "Donald J. Trump's newly installed campaign chief": a run ending in a possessive is the owner, not the speaker;
    // the description speaks, kept as written
    if (/['’]s$/.test(run[run.length - 1] ?? '')) return words.join(' ');
    return run.length >= 2 ? run.join(' ') : null;
  }
  return words.join(' ');
}

function capitalisedRun(words: readonly string[]): string[] {
  const run: string[] = [];
  for (const w of words) {
    if (CAPITALISED.test(w) && !TITLE_WORDS.has(w) && !isHonorific(w)) run.push(w);
    else if (run.length > 0) break;
  }
  return run;
}

/**
 * "Publicly,", "Essentially,": `word`, ending at `end`, is an everyday adverb before its comma (not "Lively, 30, said",
 * "Manly, who …": an age or a relative clause after the comma makes it a surname).
 */
export function adverbBeforeComma(text: string, word: string, end: number): boolean {
  // ("Likewise, Trump …": a sentence adverb of the lexicon, whatever its ending)
  const adverb = /^\p{Lu}\p{Ll}+ly$/u.test(word) ? everydayAdverb(word.toLowerCase()) : /^\p{Lu}\p{Ll}+$/u.test(word) && DISCOURSE_ADVERBS.has(word.toLowerCase());
  return adverb && text[end] === ',' && !/^\s*(\d|who\b|whose\b)/.test(text.slice(end + 1, end + 8));
}

/**
 * "Hastily politicizing …", "Quietly moved …": an everyday adverb before a participle, opening the sentence, is no name
 * (not "…, Early described it as …": a surname inside the sentence).
 */
export function adverbBeforeParticiple(text: string, word: string, end: number): boolean {
  const start = end - word.length;
  // (not a surname before its cue: "Lively denied that …")
  const next = /^ (\p{Ll}+(?:ing|ed))\b/u.exec(text.slice(end, end + 24))?.[1];
  return /^\p{Lu}\p{Ll}+ly$/u.test(word) && next !== undefined && !CUE_FORMS.has(next) && /(^|[.!?”"]\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start)) && everydayAdverb(word.toLowerCase());
}

/** "TD Securities", "MLA Handbook": an office's initials (ACRONYM_TITLES) before a word that is no given name: a firm's or a book's name. */
export function firmInitials(initials: string, next: string): boolean {
  return ACRONYM_TITLES.has(initials) && !isGivenName(next);
}

/**
 * "defiantly", "angrily", "emphatically": a lower-case word in -ly, an adverb of manner — by its everyday stem, or
 * as a word the everyday list does not hold (the everyday nouns in -ly are in it: "family", "rally", "assembly";
 * the rarer ones are listed: LY_NOUNS).
 */
export function mannerAdverb(w: string): boolean {
  if (w.length < 6 || !w.endsWith('ly') || LY_NOUNS.has(w)) return false;
  // (an everyday word in -ly is an adverb only by its stem: "quickly", "angrily", "basically"; not "family")
  if (!ENGLISH_WORDS.has(w)) return true;
  return ENGLISH_WORDS.has(w.slice(0, -2)) || (w.endsWith('ily') && ENGLISH_WORDS.has(`${w.slice(0, -3)}y`)) || (w.endsWith('ally') && ENGLISH_WORDS.has(w.slice(0, -4)));
}

/** "publicly", "essentially" (essential + ly), "happily" (happy), "basically" (basic): an adverb of an everyday word. */
function everydayAdverb(w: string): boolean {
  const stem = w.slice(0, -2);
  return ENGLISH_WORDS.has(w) || ENGLISH_WORDS.has(stem) || (w.endsWith('ily') && ENGLISH_WORDS.has(`${w.slice(0, -3)}y`)) || (w.endsWith('ally') && ENGLISH_WORDS.has(w.slice(0, -4)));
}

/** An everyday word, or one inflected as a headline's verb ("Goes", "Fixes", "Backed", "Scored", "Apologised", "Tried"). */
export function everydayInflected(w: string): boolean {
  if (isCommonWord(w)) return true;
  if (w.endsWith('es') && isCommonWord(w.slice(0, -2))) return true;
  if (w.endsWith('ied')) return isCommonWord(`${w.slice(0, -3)}y`);
  if (!w.endsWith('ed')) return false;
  const stem = w.slice(0, -2);
  return isCommonWord(stem) || isCommonWord(w.slice(0, -1)) || (stem.length > 2 && stem.at(-1) === stem.at(-2) && isCommonWord(stem.slice(0, -1)));
}

/**
 * A lower-case word with the ending of an abstract noun ("supervision", "innovation", "enforcement", "security"), which the
 * compact word list may lack; seven letters or more, so that short names ("Vance", "Pence") are none.
 */
export const abstractNoun = (w: string): boolean => /^\p{Ll}{3,}(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ics)s?$/u.test(w);

/** A word a portfolio is named with, in lower case: an everyday or abstract noun, singular or plural, or a dictionary word's -ing or -eries form ("Citizenship", "Customs", "Planning", "Fisheries"). */
export const portfolioWord = (lower: string): boolean => [lower, lower.replace(/ies$/, 'y'), lower.replace(/s$/, ''), lower.replace(/eries$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/(\p{Ll})\1?ing$/u, '$1')].some((w) => isCommonWord(w) || abstractNoun(w) || ENGLISH_WORDS.has(w));

/** An everyday noun in the plural ("groups", "agencies"), not a word the list holds as it is ("headquarters", "news"). */
export const pluralNoun = (w: string): boolean => w.endsWith('s') && !ENGLISH_WORDS.has(w) && (ENGLISH_WORDS.has(w.slice(0, -1)) || (w.endsWith('ies') && ENGLISH_WORDS.has(`${w.slice(0, -3)}y`)));

/** An everyday English word (a plural of one, a tens word): no name on its own. */
// (the singular is looked up only for a word in -s: `w.replace(/s$/, '')` of any other word is the word itself, asked
// already; this runs in baseline code for most of a batch, where the replace cost more than the look-up)
export const isCommonWord = (w: string): boolean => ENGLISH_WORDS.has(w) || (w.endsWith('s') && ENGLISH_WORDS.has(w.slice(0, -1))) || tensWord(w);

/** "forty", "twenty-four", "sixty-odd": a tens word, alone or joined by a hyphen to one more word. */
function tensWord(w: string): boolean {
  const dash = w.indexOf('-');
  return dash < 0 ? TENS.has(w) : TENS.has(w.slice(0, dash)) && /^\w+$/.test(w.slice(dash + 1));
}

/**
 * Words of a headline in title case ("Dinesh Dsouza Just Made Huge Prediction About The Race"): most words
 * capitalised, everyday words among them (two, or one function word or cue: "Just", "About", "Says"; not only names
 * and titles: "President Kassym-Jomart Tokayev met Nikol Pashinyan in Astana" is a sentence).
 */
export function titleCaseWords(words: readonly string[]): boolean {
  let letters = 0;
  let capitalised = 0;
  let everyday = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    // (a lower-case word other than a function word, a subordinator or a name particle is a sentence's: "… Narendra
    // Modi met US President Joe Biden …"; not "… Results if He Wins", "Bill de Blasio Says …")
    if (!/^\p{Lu}/u.test(w)) {
      if (!HEADLINE_FUNCTION_WORDS.has(w) && !SUBORDINATORS.has(w) && !NAME_PARTICLES.has(w) && w !== 'vs.') return false;
      continue;
    }
    capitalised++;
    if (letters === 1) continue;
    if (HEADLINE_FUNCTION_WORDS.has(w.toLowerCase()) || CUE_FORMS.has(w.toLowerCase())) everyday += 2;
    else if (isCommonWord(w.toLowerCase()) && !TITLE_WORDS.has(w) && !isGivenName(w)) everyday++;
  }
  return letters >= 4 && capitalised >= letters * 0.7 && everyday >= 2;
}

/** A word that opens no name in a title-case headline, given name or not: an everyday word or an acronym ("Will", "ISIS"). */
export const opensNoHeadlineName = (word: string): boolean => isCommonWord(word.toLowerCase()) || !/\p{Ll}/u.test(word);

/**
 * The first of a person's two surnames, when the name is given names, then two surnames ("Rodrigo Aquino Benítez",
 * "María Alejandra Pardo Ruiz", "Lucía Manrique del Águila", the second may open with its particle): the word a story
 * may call them by alone ("Aquino", "Pardo", "Manrique"); null for other names.
 */
export function firstSurname(name: string): string | null {
  return remember(firstSurnames, name, readFirstSurname);
}

const firstSurnames = new Map<string, string | null>();

function readFirstSurname(name: string): string | null {
  const w = name.split(' ');
  let k = 0;
  while (k < w.length && isGivenName(w[k] as string)) k++;
  const rest = w.slice(k + 1);
  const second = rest.length === 1 || (rest.length >= 2 && NAME_PARTICLES.has((rest[0] as string).toLowerCase()));
  return k >= 1 && second && rest.every((x) => /^\p{Lu}[\p{L}-]*$/u.test(x) || NAME_PARTICLES.has(x.toLowerCase())) && /^\p{Lu}[\p{L}-]*$/u.test(w[k] ?? '') ? detached(w[k] as string) : null;
}
