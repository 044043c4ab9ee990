// Stage 4, the capitalised end of a speaker phrase: where its proper-name chunk begins, which of the chunk's words
// are the name ("Foreign Minister Sergey Lavrov" → "Sergey Lavrov"), and the role words written before it.
import type { Token } from './segment.ts';
import { isPlace, isPlaceOrState } from './places.ts';
import { isCapitalised, isGenerationSuffix, PERSONAL_HONORIFIC } from './capitals.ts';
import { isGivenName } from './given-names.ts';
import { ACRONYM_TITLES, BODY_NAME_LINKS, DETERMINERS, HONORIFICS, CAMPAIGN_VERBS, CAMPAIGN_WORDS, MISSION_WORDS, MONTHS, NAME_PARTICLES, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { CORPORATE_SUFFIXES, PLURALS_WITHOUT_S } from './lexicon-nouns.ts';
import { firmInitials, isCommonWord } from './names.ts';
import { isPersonNoun } from './person-words.ts';
import { isNationality } from './nationality.ts';
import { isPossessive, stripPossessive } from './phrase-tokens.ts';
import { FAMILY_NAME_FIRST } from './speakers.ts';

/** Where the last proper-name chunk of a phrase with a capitalised head begins (after its determiners). */
export function chunkStart(tokens: readonly Token[], portfolio: boolean): number {
  let i = tokens.length - 1;
  while (i > 0) {
    const prev = tokens[i - 1] as Token;
    // "Independent Electoral and Boundaries Commission": an institution's name may hold "and"
    // ("Minister for Roads and Highways Kwabena Ofori-Manu": a title's portfolio may hold it too)
    const andInOrg = prev.lower === 'and' && i - 2 >= 0 && isCapitalised(tokens[i - 2] as Token) && (orgWordFrom(tokens, i) || portfolio || titlePortfolio(tokens, i - 2));
    // "Coordination Headquarters for the Treatment of Prisoners of War": "the" after "for"/"of" inside a name
    // ("the Chinese Mission to the EU", "Russia's Permanent Mission to the United Nations": "to" after a mission's word)
    // ("the Committee for a Responsible Federal Budget": "a" after "for" too)
    const theInName = (prev.lower === 'the' || (prev.lower === 'a' && (tokens[i - 2] as Token | undefined)?.lower === 'for')) && i - 3 >= 0 && (/^(of|for)$/.test((tokens[i - 2] as Token).lower) || missionTo(tokens, i - 2)) && isCapitalised(tokens[i - 3] as Token);
    const joinable = isCapitalised(prev) || NAME_PARTICLES.has(prev.lower) || gaelicArticle(tokens, i - 1) || andInOrg || theInName || verbOpensName(tokens, i) || ((prev.lower === 'of' || prev.lower === 'for' || prev.text === '&' || missionTo(tokens, i - 1)) && i - 2 >= 0 && isCapitalised(tokens[i - 2] as Token));
    // ("The Royal College of Nursing (RCN) Wales": a body's initials in brackets inside its name, before its nation's)
    // ("The Iranian Revolutionary Guard Corps (IRGC) Ground Force": or initials of the words before them, then a unit of
    // the body, no person)
    if (prev.text === ')' && tokens[i - 3]?.text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[i - 2]?.text ?? '') && i - 4 >= 0 && isCapitalised(tokens[i - 4] as Token) && (isPlace((tokens[i] as Token).text) || (initialsOf(tokens, i - 3, (tokens[i - 2] as Token).text) && tokens.slice(i).every((t) => isCommonWord(t.lower))))) {
      i -= 3;
      continue;
    }
    // ("National Farmers' Federation", "Women's Institute": a plural possessive describes the body, it owns nothing)
    // ("Farmers' " is read as the word and its mark apart)
    // (the organisation word after it is looked for only when a possessive is met: this loop reads every name)
    const before = tokenAt(tokens, i - 2);
    if ((prev.text === '’' || prev.text === "'") && before && before.end === prev.start && pluralDescriptor({ ...before, text: before.text + prev.text }) && orgWordFrom(tokens, i)) {
      i -= 2;
      continue;
    }
    // ("The Lassiter County Sheriff's Office", "the Prime Minister's Office": an office named for its holder's title)
    // ("Lloyd's of London": a possessive before "of" is part of a name, it owns nothing)
    // ("Moody’s Ratings": a firm's name in 's before its trade's word)
    if (!joinable || (isPossessive(prev) && (tokens[i] as Token).lower !== 'of' && !((pluralDescriptor(prev) || TITLE_WORDS.has(stripPossessive(prev.text))) && orgWordFrom(tokens, i)) && !(pluralDescriptor(prev) && shortNameAfter(tokens, i)) && !CORPORATE_SUFFIXES.has((tokens[tokens.length - 1] as Token).lower))) break;
    i--;
  }
  while (i < tokens.length - 1 && DETERMINERS.has((tokens[i] as Token).lower)) i++;
  return i;
}

/** The name in a chunk: title words, nationalities and honorifics off the front, a qualifier after "of" off the end. */
export function nameTokensOf(chunk: readonly Token[]): readonly Token[] {
  // ("Western Australia Deborah Hargreaves", "New South Wales Tom Barclay", after "senator for": a place of two or three
  // words, its first no given name, before a given name and a surname is where, not the name)
  // (its first a given name too when the gazetteer knows the two words: "Sri Lanka Katarina Lindqvist")
  for (let p = 3; p >= 2; p--) {
    if (chunk.length >= p + 2 && isGivenName((chunk[p] as Token).text) && placeOf(chunk.slice(0, p)) && (!isGivenName((chunk[0] as Token).text) || (p === 2 && isPlace(joinWords(chunk.slice(0, 2)))))) return chunk.slice(p);
  }
  // Strip title words ("Foreign Minister", "Sen.", "President") and nationalities from the front.
  let k = 0;
  // (a nationality or region word only before a title, another such word or a given name: not "Northern Power Networks")
  // (a title word that is an everyday word, before another everyday word that is no title, given name or body's word, is
  // a name's when no given name follows: "Home Ground Ireland", a charity; not "Home Secretary …", "Chairman Reince
  // Priebus", "Senior Advocate Kapil Sibal")
  const givenInChunk = chunk.some((t) => isGivenName(t.text) && !isPlace(t.text));
  const everydayTitle = (t: Token, next: Token | undefined): boolean => !givenInChunk && next !== undefined && !isPersonNoun(next.lower) && isCommonWord(t.lower) && !isNationality(t.text) && isCapitalised(next) && isCommonWord(next.lower) && !TITLE_WORDS.has(next.text) && !isGivenName(next.text) && !isNationality(next.text) && !ORG_WORDS.has(next.text);
  // ("Co-chair Màiri Anna NicRath": a title after a hyphenated prefix)
  const strippable = (t: Token, next: Token | undefined): boolean => (TITLE_WORDS.has(t.text) && !everydayTitle(t, next)) || titleAfterPrefix(t.text) || t.lower === 'of' || t.text === '.' || (isNationality(t.text) && next !== undefined && (TITLE_WORDS.has(next.text) || isNationality(next.text) || isGivenName(next.text) || !isCapitalised(next)));
  while (k < chunk.length - 1 && strippable(chunk[k] as Token, chunk[k + 1])) k++;
  // "Treasury Secretary Janet L. Yellen": words the lexicon does not know may precede a title word
  // (an office's initials only before a given name and a surname: "United Torah Judaism MK Uriel Bloch", not "MK Stalin")
  for (let x = chunk.length - 2; x >= k; x--) {
    // (or a role's noun in capitals before a given name and a surname: "Ventura County Supervisor Dana Whitlock")
    const initials = (ACRONYM_TITLES.has((chunk[x] as Token).text) || (ROLE_NOUNS.has((chunk[x] as Token).lower) && x > 0)) && chunk.length - x >= 3 && isGivenName((chunk[x + 1] as Token).text);
    // (a title word before a generation's suffix alone is a surname: "Martin Luther King Jr", "Tom Major Sr.")
    const surname = x > 0 && isCapitalised(chunk[x - 1] as Token) && !TITLE_WORDS.has((chunk[x - 1] as Token).text) && chunk.slice(x + 1).every((t) => t.text === '.' || isGenerationSuffix(t.text));
    if (((TITLE_WORDS.has((chunk[x] as Token).text) && !everydayTitle(chunk[x] as Token, chunk[x + 1])) || initials) && !PERSONAL_HONORIFIC.test((chunk[x] as Token).text) && !surname) {
      // (a name after the title, not an everyday word: "Magnolia Health Partners" is a firm's name whole)
      const after = chunk[x + 1] as Token;
      if (isGivenName(after.text) || !isCommonWord(after.lower) || chunk.length - x > 2) k = x + 1;
      break;
    }
  }
  let nameTokens = chunk.slice(k);
  // "Minister Dr S Jaishankar", "Mr Albanese": an honorific is not part of the name
  while (nameTokens.length > 1 && /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hon|Rt|Shri|Smt|Sri)\.?$/.test((nameTokens[0] as Token).text)) nameTokens = nameTokens.slice(1);
  // ("Palm Beach County Supervisor of Elections Susan Bucher": an office of its field, then a given name and a surname or
  // two closing the chunk, are the holder's title and name)
  const office = nameTokens.findIndex((t, x) => x >= 1 && t.lower === 'of' && ROLE_NOUNS.has((nameTokens[x - 1] as Token).lower));
  const holder = office > 0 ? nameTokens.findIndex((t, x) => x > office + 1 && isGivenName(t.text)) : -1;
  // (or from the body's closing word on when a given name no list holds opens the name: "Chairperson of Manang
  // Ngisyang Rural Municipality Pasang Tashi Lama")
  const body = holder > 0 ? nameTokens.findLastIndex((t, x) => x > office && x < holder && ORG_WORDS.has(t.text)) : -1;
  const from = body > 0 && holder - body === 2 && !isCommonWord((nameTokens[body + 1] as Token).lower) ? body + 1 : holder;
  if (holder > 0 && nameTokens.length - from >= 2 && nameTokens.length - from <= 3) return nameTokens.slice(from);
  // "Susan Collins of Maine", "Judge Evelyn Marchetti of Federal District Court": what follows "of" is not the name
  const ofAt = nameTokens.findIndex((t, x) => x >= 2 && t.lower === 'of');
  // (not a body named for the people in it: "Bus Riders of Winnipeg", "Concerned Parents of Leeds")
  if (ofAt > 0 && nameTokens.slice(0, ofAt).every((t) => !TITLE_WORDS.has(t.text) && !isNationality(t.text)) && !peopleOfPlace(nameTokens, ofAt)) nameTokens = nameTokens.slice(0, ofAt);
  // ("TD Securities", "MLA Handbook": an office's initials before one word are a firm's or a book's name, whole)
  if (nameTokens.length === 1 && k > 0 && firmInitials((chunk[k - 1] as Token).text, (nameTokens[0] as Token).text)) return chunk;
  // "Environment Canada", "Global Affairs Canada": a department named for its country, no office or honorific before it
  if (nameTokens.length === 1 && k > 0 && isPlace((nameTokens[0] as Token).text) && chunk.slice(0, k).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !isNationality(t.text))) return chunk;
  return nameTokens;
}

/**
 * "Theresa May", "April Ryan": a given name and a name that is also a month (one month at most); "Zhang Jun", "Tan Jun
 * Hao": a family name written first and a month; "Yin Myint May": a month closing a name of three words or more.
 */
export function monthInName(nameTokens: readonly Token[]): boolean {
  const months = nameTokens.filter((t) => MONTHS.has(t.text)).length;
  const first = (nameTokens[0] as Token).text;
  // ("Tan Jun Hao": a family name first, then a given name of two words, one of them a month's abbreviation)
  return months === 1 && (isGivenName(first) || (nameTokens.length <= 3 && FAMILY_NAME_FIRST.has(first.toLowerCase())) || (nameTokens.length >= 3 && MONTHS.has((nameTokens[nameTokens.length - 1] as Token).text)));
}

export const tokenAt = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 ? tokens[k] : undefined);

/** The tokens' texts joined by single spaces. */
export function joinWords(tokens: readonly Token[]): string {
  let s = (tokens[0] as Token).text;
  // (an apostrophe glued to the word before it stays glued: "Mac a' Phearsain"; brackets to what they hold: "(IRGC)")
  for (let k = 1; k < tokens.length; k++) s += `${(/^['’)]$/.test((tokens[k] as Token).text) || (tokens[k - 1] as Token).text === '(') && (tokens[k] as Token).start === (tokens[k - 1] as Token).end ? '' : ' '}${(tokens[k] as Token).text}`;
  return s;
}

/** Role text in front of a name, without determiners: "Russian Foreign Minister", "Kremlin spokesman". */
export function roleText(tokens: readonly Token[], text: string): string | null {
  // ("The Foreign Minister, Mr. Sergey Lavrov", "…, Hon. Kwabena Ofori-Manu": the honorific after the comma is no role)
  let end = tokens.length;
  const comma = tokens.findLastIndex((t) => t.text === ',');
  if (comma > 0 && tokens.slice(comma + 1).every((t) => HONORIFICS.has(t.text))) end = comma;
  const ts = tokens.slice(0, end).filter((t) => t.word && !DETERMINERS.has(t.lower));
  if (ts.length === 0) return null;
  return text.slice((ts[0] as Token).start, (ts[ts.length - 1] as Token).end);
}

/** "to" at `k` after a mission's word: "Mission to", "Delegation to". */
/**
 * "Save the Children", "Save the Kiwi": a campaign's verb in capitals opening the phrase, then "the" before the
 * capitalised word at `i`, is a body named by what it does (not "All the Democrats", "Whether the Clinton …").
 */
function verbOpensName(tokens: readonly Token[], i: number): boolean {
  const [first, the] = [tokens[0] as Token, tokens[1] as Token | undefined];
  return i === 2 && the?.lower === 'the' && CAMPAIGN_VERBS.has(first.text) && tokens.slice(2).every((t) => isCapitalised(t));
}

function missionTo(tokens: readonly Token[], k: number): boolean {
  const body = (tokens[k - 1] as Token | undefined)?.text ?? '';
  return (tokens[k] as Token | undefined)?.lower === 'to' && (MISSION_WORDS.has(body) || (CAMPAIGN_WORDS.has(body) && isCapitalised(tokens[k + 1] as Token)));
}

/** Is there an organisation word ("Federation", "Party") from `i` on? */
function orgWordFrom(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) if (ORG_WORDS.has((tokens[k] as Token).text)) return true;
  return false;
}

/** "Women's Aid", "People's Power": one or two capitalised words ending the phrase, no title, given name or place. */
function shortNameAfter(tokens: readonly Token[], i: number): boolean {
  const n = tokens.length - i;
  return n >= 1 && n <= 2 && tokens.slice(i).every((t) => isCapitalised(t) && !TITLE_WORDS.has(t.text) && !isGivenName(t.text) && !isPlace(t.text));
}

/** "Farmers'", "Veterans'", "Women's": a capitalised plural in the possessive, naming whom a body is for. */
function pluralDescriptor(t: Token): boolean {
  const s = t.text;
  const c = s.charCodeAt(s.length - 1);
  return isCapitalised(t) && ((s.length > 3 && s[s.length - 2] === 's' && (c === 39 || c === 8217)) || PLURALS_WITHOUT_S.has(stripPossessive(t.lower)));
}

/** Whether capitalised words back from `k` follow a title's "for" or "of" ("Minister for Roads"). */
function titlePortfolio(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && k - j < 4 && isCapitalised(tokens[j] as Token)) j--;
  const link = tokens[j] as Token;
  return j > 0 && j < k + 1 && (link.lower === 'for' || link.lower === 'of') && TITLE_WORDS.has((tokens[j - 1] as Token).text);
}

/** "Bus Riders of Winnipeg": a plural noun for people before "of", no given name first, names a body of people. */
function peopleOfPlace(tokens: readonly Token[], ofAt: number): boolean {
  const before = (tokens[ofAt - 1] as Token).lower;
  // (people by what they do, WordNet's nouns for persons: not a surname that is also a plural, "Zorbek Banks of Almaty")
  // (or everyday words throughout: "Family Farms of Iowa", "Clean Streets of Chicago")
  const everyday = tokens.slice(0, ofAt).every((t) => isCommonWord(t.lower));
  return !isGivenName((tokens[0] as Token).text) && /[^s]s$/.test(before) && (isPersonNoun(before.slice(0, -1)) || everyday);
}

/** Capitalised words that name a place or a state ("Western Australia", "New South Wales"). */
function placeOf(tokens: readonly Token[]): boolean {
  return tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && isPlaceOrState(joinWords(tokens));
}

/**
 * "Alasdair Mac an Tàilleir", "Dòmhnall Mac a' Phearsain", "Màiri Nic an t-Saoir": the article of a Gaelic surname after
 * "Mac" or "Nic" (its apostrophe read apart), inside the name.
 */
function gaelicArticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const apostrophe = (t.text === "'" || t.text === '’') && tokens[k - 1]?.lower === 'a' && tokens[k - 1]?.end === t.start;
  const article = apostrophe ? (tokens[k - 1] as Token) : t;
  const at = apostrophe ? k - 1 : k;
  const elided = t.lower === 'a' && /^['’]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.start === t.end;
  return (apostrophe || elided || article.lower === 'an' || article.lower === 'na') && /^(?:Mac|Nic|Mhic)$/.test(tokens[at - 1]?.text ?? '');
}

/** "Co-chair", "Vice-President", "Joint-Leader": a title after a hyphenated prefix. */
function titleAfterPrefix(word: string): boolean {
  const m = /^(?:Co|Vice|Joint)-(\p{L}+)$/u.exec(word);
  return m !== null && TITLE_WORDS.has(`${(m[1] as string).charAt(0).toUpperCase()}${(m[1] as string).slice(1)}`);
}

/** Whether `initials` ("IRGC") are the first letters of the capitalised words right before `end` ("Iranian Revolutionary Guard Corps"), little words skipped. */
function initialsOf(tokens: readonly Token[], end: number, initials: string): boolean {
  let k = end - 1;
  for (let x = initials.length - 1; x >= 0; x--) {
    while (k >= 0 && BODY_NAME_LINKS.has((tokens[k] as Token).text)) k--;
    if (k < 0 || (tokens[k] as Token).text.charAt(0) !== initials.charAt(x)) return false;
    k--;
  }
  return true;
}
