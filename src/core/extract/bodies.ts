// Stage 5, names of bodies read whole where a person's name would otherwise be cut out of them: "the Department of
// Fisheries and Oceans" (no person "Oceans"), "the U.S. Court of Appeals for the 6th Circuit" (no person "Circuit"),
// "Hockey Manitoba", "the Highway Patrol", "the Kilusang Guro para sa Bayan".
import { isGivenName } from './given-names.ts';
import { isPersonNoun } from './person-words.ts';
import { mention, type Mention, type Phrase } from './mention-base.ts';
import { CELTIC_ARTICLES, ROMANCE_LINKS, COMPASS_WORDS, DETERMINERS, GROUP_NAMES, HONORIFICS, MONTHS, NAME_PARTICLES, BEFORE_BODY_BREAKERS, NO_OFFICE_OPENERS, ON_NAMED_BODIES, ORG_WORDS, PARTY_WORDS, PLACE_BODY_WORDS, PORTFOLIO_HEADS, ROLE_NOUNS, SENTENCE_STARTERS, TITLE_WORDS, UTILITY_WORDS, WEEKDAYS } from './lexicon.ts';
import { isCapitalised, PERSONAL_HONORIFIC } from './capitals.ts';
import type { Token } from './segment.ts';
import { isCommonWord, portfolioWord } from './names.ts';
import { countryOf, isPlace, isSubdivision } from './places.ts';
import { isNationality } from './nationality.ts';
import { PERSON_TITLE_WORDS } from './lexicon-nouns.ts';

/** "Department of Hydrology and Meteorology": a body word and "of" before the "and", capitalised words after it. */
export function bodyOverAnd(tokens: readonly Token[], andAt: number): boolean {
  let of = -1;
  for (let x = 1; x < andAt; x++) if ((tokens[x] as Token).lower === 'of' && ORG_WORDS.has((tokens[x - 1] as Token).text)) of = x;
  if (of < 0 || of > andAt - 2) return false;
  for (let x = of + 1; x < tokens.length; x++) {
    const t = tokens[x] as Token;
    // (a portfolio word is no person's title here, "Energy and Climate Change"; a minister or a given name is one)
    if (x !== andAt && (!isCapitalised(t) || PORTFOLIO_HEADS.has(t.text) || PERSONAL_HONORIFIC.test(t.text) || isGivenName(t.text))) return false;
  }
  return true;
}

/**
 * "Florida Power and Light", "Pacific Gas and Electric", "Bahamas Power & Light": a utility's name, what it supplies on
 * both sides of the "and" after a capitalised word (its place or owner), every word capitalised. One company, not a
 * person "Light" with the role "Florida Power and", nor two people.
 */
export function utilityName(tokens: readonly Token[], andAt: number): boolean {
  const before = tokens[andAt - 1];
  const after = tokens.slice(andAt + 1);
  if (before === undefined || after.length === 0 || after.length > 2 || !UTILITY_WORDS.has(before.text) || !after.every((t) => UTILITY_WORDS.has(t.text))) return false;
  const head = tokens.slice(DETERMINERS.has((tokens[0] as Token).lower) ? 1 : 0, andAt - 1);
  return head.length > 0 && head.length <= 3 && head.every((t) => isCapitalised(t) && !TITLE_WORDS.has(t.text) && !isGivenName(t.text));
}

/**
 * "the Guilde du jeu vidéo du Québec", "Confederación General del Trabajo", "Syndicat des enseignants de l'Ontario": a
 * body's name in French, Spanish or Italian, read as a person whose name is the particle and the last word ("du Québec")
 * with the words before as a role. When those words open with a capital that is no given name, title or role, the whole
 * phrase names one body; null when `m` is no such reading ("Mayor de Blasio" keeps its person). So does an Irish or
 * Welsh body's name with its article ("Conradh na Gaeilge", read as a person "Gaeilge" with the role "Conradh na").
 */
export function particleBody(p: Phrase, m: Mention | null): Mention | null {
  if (m?.kind !== 'name' || m.institution || !m.name || !m.role) return null;
  const words = m.role.split(/\s+/);
  // (or an Irish, Welsh or Gaelic article before the last word: "Conradh na Gaeilge", "Cymdeithas yr Iaith")
  const celtic = CELTIC_ARTICLES.has(words[words.length - 1] ?? '') && words.length >= 2 && /^\p{Lu}/u.test(m.name);
  if (!celtic && (!/^\p{Ll}/u.test(m.name) || !NAME_PARTICLES.has(m.name.split(/[\s'’]/)[0] ?? ''))) return null;
  const first = words[0] ?? '';
  // (a body's word that is also a title's may open it: "Commission de la construction du Québec")
  if (!/^\p{Lu}\p{Ll}/u.test(first) || isGivenName(first) || (TITLE_WORDS.has(first) && !(ORG_WORDS.has(first) && ROMANCE_LINKS.has(words[1] ?? ''))) || ROLE_NOUNS.has(first.toLowerCase()) || PERSON_TITLE_WORDS.has(first.toLowerCase())) return null;
  // (a body's own words before the name: a particle among them, "Guilde du jeu vidéo", "Syndicat des enseignants"; not
  // a place, a title or an English word before a person's particle, "Liverpool captain van Dijk", "Western Cape Premier
  // de Lille", "Caixa Geral de Depósitos CEO dos Santos")
  // (a capitalised word with an accent says the body's own language too: "Comité logement de la Petite-Patrie"; an
  // English word only after a link, inside the body's words: "Commission de la construction du Québec"; not a role
  // word no list holds, "Proteas wicketkeeper de Kock")
  const link = words.findIndex((w) => ROMANCE_LINKS.has(w));
  const foreign = link >= 0 || words.some((w) => /^\p{Lu}/u.test(w) && /[À-ÿ]/.test(w));
  if (!celtic && (!foreign || words.some((w, k) => isPlace(w) || isNationality(w) || (TITLE_WORDS.has(w) && !(k === 0 && ORG_WORDS.has(w))) || (/^\p{Ll}/u.test(w) && (isCommonWord(w) || isPersonNoun(w)) && (link < 0 || k < link))))) return null;
  return mention(p.text.slice(p.start, p.end), p.start, p.end, 'name', bodyName(p.tokens, p.text), null, true, false);
}

/**
 * "U.S. Army Europe and Africa": a body's word, a place right before "and" and a place after it, every word capitalised:
 * one command or region of a body, not a body and a place.
 */
export function bodyOfPlaces(tokens: readonly Token[], andAt: number): boolean {
  const before = tokens[andAt - 1];
  const after = tokens.slice(andAt + 1);
  if (before === undefined || after.length === 0 || after.length > 2 || !isPlace(before.text) || !isPlace(after.map((t) => t.text).join(' '))) return false;
  const head = tokens.slice(0, andAt - 1);
  return head.some((t) => ORG_WORDS.has(t.text)) && [...head, ...after].every((t) => isCapitalised(t) || t.text === '.' || DETERMINERS.has(t.lower));
}

/**
 * "Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship Canada": everyday words in capitals joined by
 * "and" (and commas), then a country's name: a government department named for its portfolios and its country, no
 * person "Oceans Canada".
 */
export function portfoliosOfCountry(tokens: readonly Token[], andAt: number): boolean {
  const last = tokens[tokens.length - 1] as Token;
  // (a country of two words too: "Fire and Emergency New Zealand")
  const pair = tokens.length >= 2 ? `${(tokens[tokens.length - 2] as Token).text} ${last.text}` : '';
  const country = countryOf(last.text) !== null && !isNationality(last.text) ? 1 : andAt < tokens.length - 3 && countryOf(pair) !== null ? 2 : 0;
  if (andAt < 1 || andAt > tokens.length - 2 - country || country === 0) return false;
  // (words in capitals, none a given name or an office, and one at least an everyday word: not "Cole and Reed Canada")
  let plain = false;
  for (let x = 0; x < tokens.length - country; x++) {
    const t = tokens[x] as Token;
    if (t.lower === 'and' || t.text === ',') continue;
    if (!isCapitalised(t) || PORTFOLIO_HEADS.has(t.text) || PERSONAL_HONORIFIC.test(t.text) || isGivenName(t.text)) return false;
    plain ||= isCommonWord(t.lower);
  }
  return plain;
}

/**
 * "the 6th Circuit", "the U.S. Court of Appeals for the 2nd Circuit": capitalised words from `i` on after an ordinal
 * name a body (not "the 45th President Donald Trump": a title or a given name makes it a person).
 */
export function ordinalBody(tokens: readonly Token[], i: number): boolean {
  const ordinal = i > 0 ? tokens[i - 1] : undefined;
  return ordinal !== undefined && /^\d+(st|nd|rd|th)$/.test(ordinal.lower) && !tokens.slice(i).some((t) => TITLE_WORDS.has(t.text) || isGivenName(t.text));
}

/** A body's name as written, without the determiners before it ("Nepal's Department of Hydrology and Meteorology"). */
export function bodyName(tokens: readonly Token[], text: string): string {
  // (and past lower-case words before its capitalised name: "the national Department of Water and Sanitation")
  const from = Math.max(0, tokens.findIndex((t) => !DETERMINERS.has(t.lower) && !/^\p{Ll}/u.test(t.text)));
  return text.slice((tokens[from] as Token).start, (tokens[tokens.length - 1] as Token).end);
}

/**
 * "Hockey Manitoba", "Rugby Canada", "Canada Post", "Manitoba Hydro": an everyday word or a sport before or after the name
 * of a country or a province, with no given name, honorific or title in it, names a body (not a person surnamed
 * "Manitoba"); a place's own name ("North Carolina", "New Zealand") is a place.
 */
export function placeBody(chunk: readonly Token[]): boolean {
  const words = chunk.map((t) => t.text);
  const place = (ws: readonly string[]): boolean => ws.join(' ').length >= 5 && (isPlace(ws.join(' ')) || isSubdivision(ws.join(' ')));
  // ("RSPB Scotland", "NFU Cymru": a body's initials before its nation's name)
  if (chunk.length === 2 && /^\p{Lu}{3,6}$/u.test(words[0] as string) && !TITLE_WORDS.has(words[0] as string) && !isPlace(words[0] as string) && place(words.slice(1))) return true;
  // ("Brokers Ireland", "Farmers Canada", "Doctors Nova Scotia": people by a plural role's noun before their country or
  // province name their body)
  const country = chunk.length >= 2 && chunk.length <= 3 && place(words.slice(1)) && /[^s]s$/.test((chunk[0] as Token).lower);
  // (a country's initials end one too: "Cycling UK")
  const shaped = (t: Token, k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) || (k === chunk.length - 1 && k > 0 && /^\p{Lu}{2,3}$/u.test(t.text) && isPlace(t.text));
  if (chunk.length < 2 || chunk.length > 4 || chunk.some((t, k) => !t.word || !shaped(t, k) || (isGivenName(t.text) && !(country && k > 0)) || HONORIFICS.has(t.text) || TITLE_WORDS.has(t.text) || PARTY_WORDS.has(t.text) || GROUP_NAMES.has(t.text) || WEEKDAYS.has(t.lower) || MONTHS.has(t.text) || (ROLE_NOUNS.has(t.lower) && !(country && k === 0)) || isNationality(t.text))) return false;
  const word = (w: string): boolean => !place([w]) && (isCommonWord(w.toLowerCase()) || PLACE_BODY_WORDS.has(w));
  if (place(words) || words.some((w) => COMPASS_WORDS.has(w))) return false;
  // (or everyday words before the place: "Local Government New Zealand")
  return country || (word(words[0] as string) && place(words.slice(1))) || (chunk.length >= 3 && word(words[0] as string) && word(words[1] as string) && place(words.slice(2))) || (word(words[words.length - 1] as string) && place(words.slice(0, -1)));
}

/**
 * "the Highway Patrol", "The Wisconsin State Patrol", "the Border Force": capitalised words after "the" with no given name
 * or honorific in them, not ending in a title nor opening with one before "of", "for" or another title ("the Duke of
 * Sussex", "the Prime Minister"), name a body: a person's name takes no article.
 */
export function theBody(chunk: readonly Token[]): boolean {
  if (chunk.length < 2 || chunk.some((t) => isGivenName(t.text) || HONORIFICS.has(t.text) || PERSONAL_HONORIFIC.test(t.text))) return false;
  const second = chunk[1] as Token;
  if (TITLE_WORDS.has((chunk[chunk.length - 1] as Token).text) || (TITLE_WORDS.has((chunk[0] as Token).text) && (second.lower === 'of' || second.lower === 'for' || TITLE_WORDS.has(second.text)))) return false;
  return chunk.every((t) => isCapitalised(t) || t.lower === 'of' || t.lower === 'for' || t.lower === 'and');
}

/**
 * "the Kilusang Guro para sa Bayan": after its article, capitalised words with name particles inside, the first no given
 * name and none a title: a body's name in another language, read whole (not "sa Bayan", as if "sa" opened a surname).
 */
export function articleBody(p: Phrase): Mention | null {
  const { tokens, text, np, start, end } = p;
  if (tokens.length < 5 || (tokens[0] as Token).lower !== 'the') return null;
  const words = tokens.slice(1);
  const lower = words.filter((t) => !isCapitalised(t));
  if (lower.length === 0 || lower.length > 3 || !isCapitalised(words[0] as Token) || !isCapitalised(words[words.length - 1] as Token)) return null;
  const first = words[0] as Token;
  if (isGivenName(first.text) || TITLE_WORDS.has(first.text) || words.some((t) => !t.word || TITLE_WORDS.has(t.text) || (!isCapitalised(t) && !NAME_PARTICLES.has(t.lower) && t.lower !== 'para'))) return null;
  return mention(np, start, end, 'name', bodyName(tokens, text), null, true, false);
}

/**
 * "National Grid", "National Highways", "First Midland Red": a word that opens titles ("National Security Adviser",
 * "First Minister") before capitalised words with no title and no given name is a body's name, whole (not "Grid" with
 * the role "National").
 */
export function openerBody(chunk: readonly Token[]): boolean {
  // ("Electrical Safety First", "Patients First": a name ending in "First" after everyday words in capitals, no title's)
  const last = chunk[chunk.length - 1];
  const before = chunk.slice(0, -1);
  if (chunk.length >= 2 && last?.text === 'First' && before.every((t) => t.word && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !TITLE_WORDS.has(t.text) && !isGivenName(t.text)) && before.some((t) => isCommonWord(t.lower))) return true;
  if (chunk.length < 2 || !NO_OFFICE_OPENERS.has((chunk[0] as Token).text) || isGivenName((chunk[1] as Token).text)) return false;
  // ("National Energy Action": a portfolio's word inside, when an everyday word no title ends it and no given name is in it)
  const plainEnd = chunk.length >= 3 && isCommonWord((last as Token).lower) && !TITLE_WORDS.has((last as Token).text) && !chunk.some((t) => isGivenName(t.text));
  return chunk.slice(1).every((t) => t.word && /^\p{Lu}/u.test(t.text) && (!TITLE_WORDS.has(t.text) || plainEnd) && !HONORIFICS.has(t.text));
}

/**
 * "Immigration, Refugees and Citizenship Canada said": the phrase read back from a cue stops at a comma; a department
 * named for its portfolios and its country goes on over the commas before its "and", to the first everyday word in
 * capitals that opens the clause or follows one more comma.
 */
export function portfolioListBefore<T extends Token>(items: readonly T[], np: { tokens: T[]; start: number } | null): { tokens: T[]; start: number } | null {
  if (np === null) return np;
  const andAt = np.tokens.findIndex((t) => t.lower === 'and');
  const ofCountry = portfoliosOfCountry(np.tokens, andAt);
  if (!ofCountry && !portfoliosOfBody(np.tokens, andAt)) return np;
  // (an everyday word in capitals; no given name, place, sentence's opener or adverb: "In Ottawa,", "Meanwhile,")
  // (before a body's head any word in capitals: "The Meteorology, Climatology and Geophysics Agency")
  const portfolioWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (!ofCountry || (isCommonWord(t.lower) && !isGivenName(t.text))) && !isPlace(t.text) && !SENTENCE_STARTERS.has(t.text) && !/ly$/.test(t.text);
  let start = np.start;
  while (items[start - 1]?.text === ',' && portfolioWord(items[start - 2])) start -= 2;
  // (a body's list only after its article, which opens the phrase: "The Meteorology, …"; its first item may be of
  // several words, "the Kenya Medical Practitioners, Pharmacists and Dentists Union")
  if (!ofCountry) {
    if (start === np.start) return np;
    for (let k = 0; k < 3 && items[start - 1]?.word === true && /^\p{Lu}\p{Ll}+$/u.test((items[start - 1] as Token).text) && !DETERMINERS.has((items[start - 1] as Token).lower); k++) start--;
    if (items[start - 1]?.lower !== 'the') return np;
    start--;
  }
  return start === np.start ? np : { tokens: [...items.slice(start, np.start), ...np.tokens], start };
}

/** "Climatology and Geophysics Agency", "Tram and Bus Union": words in capitals joined by "and" (and commas), no title, before a body's head. */
export function portfoliosOfBody(tokens: readonly Token[], andAt: number): boolean {
  const last = tokens[tokens.length - 1] as Token;
  return andAt >= 1 && andAt <= tokens.length - 3 && ORG_WORDS.has(last.text) && !PORTFOLIO_HEADS.has(last.text) && tokens.every((t, k) => t.lower === 'and' || t.text === ',' || k === tokens.length - 1 || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !TITLE_WORDS.has(t.text) && !PERSONAL_HONORIFIC.test(t.text)));
}

/**
 * "the Portfolio Committee on Electricity and Energy", "the nonpartisan Commission on Presidential Debates", "the
 * Council on Foreign Relations": a committee's, commission's or council's head, "on" and its subject in capitals name
 * one body. Where its name starts (past the determiners and lower-case words before it), or -1; not a person's title
 * with it, "Senate Committee on Foreign Relations Chairman Bob Corker".
 */
export function bodyOnSubject(tokens: readonly Token[]): number {
  const on = tokens.findIndex((t, k) => k > 0 && t.text === 'on' && ON_NAMED_BODIES.has((tokens[k - 1] as Token).text));
  if (on < 0 || on === tokens.length - 1 || !isCapitalised(tokens[tokens.length - 1] as Token)) return -1;
  // (a person's word: a given name, an honorific, a role's noun, "Chairman"; portfolio words are no person's, "Energy")
  const personal = (t: Token): boolean => isGivenName(t.text) || HONORIFICS.has(t.text) || PERSONAL_HONORIFIC.test(t.text) || ROLE_NOUNS.has(t.lower);
  if (tokens.slice(on + 1).some((t) => !t.word || (!isCapitalised(t) && t.lower !== 'and') || personal(t))) return -1;
  let s = on - 1;
  while (s > 0 && (tokens[s - 1] as Token).word && isCapitalised(tokens[s - 1] as Token) && !personal(tokens[s - 1] as Token)) s--;
  // (only determiners and adjectives before it: not "staff for the House Select Committee on Benghazi", a group of it)
  if (tokens.slice(0, s).some((t) => !t.word || BEFORE_BODY_BREAKERS.has(t.lower) || ROLE_NOUNS.has(t.lower))) return -1;
  return s;
}

/**
 * "the Department of Education, Skills and Employment", "the Department for Environment, Food and Rural Affairs": a
 * body's word, "of" or "for", then its portfolios in capitals, with commas and one "and" between them: one body (after
 * its owner's possessive too, "Saskatchewan's Ministry of Parks, Culture and Sport"; "the" after the "and", "the
 * Department of Agriculture, Food and the Marine"; a portfolio may be a given name too, "Parks"); or the portfolios,
 * none a given name, before a body's closing word, "The National Oil, Gas and Biofuels Agency".
 */
export function portfolioBody(tokens: readonly Token[]): boolean {
  let from = DETERMINERS.has((tokens[0] as Token).lower) ? 1 : 0;
  if (/^\p{Lu}\p{L}*['’]s$/u.test(tokens[from]?.text ?? '') && tokens.length > from + 1) from++;
  // (the body's word may close a name of a few words: "the Federal Authority for Identity, Citizenship, Customs and …")
  const link = tokens.findIndex((t, k) => k > from && k - from <= 4 && (t.lower === 'of' || t.lower === 'for'));
  if (!tokens[from] || !tokens.some((t) => t.text === ',')) return false;
  const headed = link > from && ORG_WORDS.has((tokens[link - 1] as Token).text) && tokens.slice(from, link).every((t) => t.word && isCapitalised(t));
  if (!headed && !ORG_WORDS.has((tokens[tokens.length - 1] as Token).text)) return false;
  const rest = tokens.slice(headed ? link + 1 : from);
  const listWord = (t: Token, k: number): boolean => t.text === ',' || t.lower === 'and' || (t.lower === 'the' && rest[k - 1]?.lower === 'and') || (t.word && isCapitalised(t) && (headed || !isGivenName(t.text) || isPlace(t.text)) && !HONORIFICS.has(t.text));
  // (after a head of several words, portfolios only: not "The Royal College of Nursing, Unison and Unite", three bodies)
  const portfolios = link <= from + 1 || rest.every((t) => !t.word || t.lower === 'and' || t.lower === 'the' || portfolioWord(t.lower));
  return portfolios && rest.filter((t) => t.lower === 'and').length === 1 && isCapitalised(rest[rest.length - 1] as Token) && rest.every(listWord);
}
