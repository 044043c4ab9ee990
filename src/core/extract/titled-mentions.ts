// Stage 4, speaker phrases: a person named after a title and where or what it is held for ("Russian Ambassador to the
// US Anatoly Antonov", "Minister of Health Zweli Mkhize", "Minister for Culture, Tourism and Civil Aviation Kamala Devi
// Shrestha"). The phrase reader (mentions.ts) passes itself in as `read`, for the person's part.
import { isCapitalised } from './capitals.ts';
import { isGivenName } from './given-names.ts';
import { HONORIFICS, NAME_PARTICLES, ORG_WORDS, PORTFOLIO_HEADS, POST_NOMINAL_OFFICES, TITLE_WORDS } from './lexicon.ts';
import { personNamed } from './mention-words.ts';
import { mention, restate, type Mention, type Phrase } from './mention-base.ts';
import { joinWords, roleText } from './name-chunk.ts';
import { isCommonWord } from './names.ts';
import { isPlace, isPlaceOrState } from './places.ts';
import type { Token } from './segment.ts';

/** The phrase reader: what a run of tokens names. */
export type Analyse = (tokens: readonly Token[], text: string) => Mention | null;

/**
 * "Minister for Culture, Tourism and Civil Aviation Kamala Devi Shrestha": a titled portfolio listed over commas and
 * "and" (`name`, what the part before "and" was read as, is one everyday word), then a person opening with a given name
 * after more of the portfolio's words, one an everyday word ("and the Digital Economy" too): the person, the words
 * before as the role.
 */
export function portfolioListed(p: Phrase, name: string, andAt: number, read: Analyse): Mention | null {
  const { tokens, text, np, start, end } = p;
  if (name.includes(' ') || !isCommonWord(name.toLowerCase()) || isGivenName(name)) return null;
  const rest = tokens.slice(andAt + 1);
  const given = rest.findIndex((t, x) => x < rest.length - 1 && isGivenName(t.text) && !isCommonWord(t.lower));
  const words = rest.slice(0, Math.max(0, given));
  if (given < 1 || !words.every((t, x) => (isCapitalised(t) && !isGivenName(t.text)) || (x === 0 && t.lower === 'the')) || !words.some((t) => isCommonWord(t.lower))) return null;
  const person = read(rest.slice(given), text);
  return person?.kind === 'name' && !person.institution ? restate(person, np, start, end, text.slice(start, (rest[given - 1] as Token).end)) : null;
}

/**
 * "Minister of Water Resources Mahdi bin Rashid al-Hamdani", "… for Road Transport Smt Nirmala Bisht", "Minister of
 * Health Zweli Mkhize": a title, its portfolio after "for" or "of" (at `forAt`), then a person, or the title alone;
 * undefined when the portfolio holds a title word, for the caller to read the chunk as a person's.
 */
export function portfolioHead(p: Phrase, chunk: readonly Token[], forAt: number, read: Analyse): Mention | undefined {
  const { tokens, text, np, start, end } = p;
  // the name follows an honorific, or opens with a given name (and its initials: "K. T. Rama Rao"), or is the run of
  // words at the end no everyday word is ("… Food Security Mithika Linturi")
  const honorific = chunk.findIndex((t, x) => x > forAt + 1 && x < chunk.length - 2 && HONORIFICS.has(t.text));
  // (not a given name that ends the portfolio's place: "Senator for Western Australia Deborah Hargreaves")
  const placeEnd = (x: number): boolean => isPlaceOrState(joinWords(chunk.slice(forAt + 1, x + 1)));
  let given = honorific > 0 ? honorific + 1 : chunk.findIndex((t, x) => x > forAt + 1 && x < chunk.length - 1 && isGivenName(t.text) && !placeEnd(x));
  while (honorific < 0 && given > forAt + 2 && /^\p{Lu}\.$/u.test((chunk[given - 1] as Token).text)) given--;
  if (given < 0) {
    let k = chunk.length;
    // (a word in -ing is a portfolio's: "Investment and Downstreaming Rizal Hadiwijaya")
    while (k > forAt + 2 && chunk.length - k < 4 && !isCommonWord((chunk[k - 1] as Token).lower) && !isPlace((chunk[k - 1] as Token).text) && !((chunk[k - 1] as Token).lower.endsWith('ing') && chunk.length - k >= 2)) k--;
    if (chunk.length - k >= 2 && k > forAt + 1) given = k;
  }
  // (no name ends in a place's initials: "MP for Choa Chu Kang GRC" is a constituency, whose "Chu" is no given name)
  const lastWord = (chunk[chunk.length - 1] as Token).text;
  const placeInitials = /^\p{Lu}{2,}$/u.test(lastWord) && !POST_NOMINAL_OFFICES.has(lastWord);
  const person = given > 0 && !placeInitials ? read(chunk.slice(given), text) : null;
  if (person && person.kind === 'name' && !person.institution) return restate(person, np, start, end, text.slice(start, (chunk[(honorific > 0 ? honorific : given) - 1] as Token).end));
  // (a title word in the portfolio: read as before, title words off the front)
  if (chunk.slice(forAt + 1).some((t) => TITLE_WORDS.has(t.text))) return undefined;
  return mention(np, start, end, 'role', null, roleText(tokens, text), false, false);
}

/**
 * "Russian Ambassador to the US Anatoly Antonov", "Special Envoy to Sudan Tom Perriello": a capitalised title (`title`,
 * the role word before the linker), where it is held (after "to" or "for" and an optional "the"), then a person's name
 * opening with a given name: the person, with the words before the name as the role (the place alone is no speaker, nor
 * the title).
 */
export function titledNameAfterPlace(p: Phrase, chunk: readonly Token[], title: Token, ofBody: boolean, read: Analyse): Mention | null {
  const { text, np, start, end } = p;
  if (!isCapitalised(title) || !(TITLE_WORDS.has(title.text) || ofBody) || chunk.length < 3) return null;
  // (not an everyday word before another: "Ambassador to the Middle East Peace Process")
  let given = chunk.findIndex((t, x) => x >= 1 && chunk.length - x >= 2 && isGivenName(t.text) && !TITLE_WORDS.has(t.text) && !isPlaceOrState(joinWords(chunk.slice(0, x + 1))) && !(isCommonWord(t.lower) && isCommonWord((chunk[x + 1] as Token).lower)));
  // (a given name no list holds: the last two or three words, none an everyday word or a place, after a place's or a
  // body's words, "the US Anatoly Antonov", "the United Nations Vassily Nebenzia")
  if (given < 0) {
    let k = chunk.length;
    while (k > 1 && chunk.length - k < 3 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test((chunk[k - 1] as Token).text) && !isCommonWord((chunk[k - 1] as Token).lower) && !isPlace((chunk[k - 1] as Token).text) && !TITLE_WORDS.has((chunk[k - 1] as Token).text) && !ORG_WORDS.has((chunk[k - 1] as Token).text)) k--;
    if (chunk.length - k >= 2 && placeOrBody(chunk.slice(0, k))) given = k;
  }
  if (given < 1 || !chunk.slice(given).every((t) => isCapitalised(t) || NAME_PARTICLES.has(t.lower))) return null;
  const person = read(chunk.slice(given), text);
  return person && person.kind === 'name' && !person.institution ? restate(person, np, start, end, text.slice(start, (chunk[given - 1] as Token).end)) : null;
}

/** Words that name a place or a body before a person's name ("the US", "Sudan", "the United Nations", "ICRC"). */
function placeOrBody(words: readonly Token[]): boolean {
  return isPlace(joinWords(words)) || words.some((t) => ORG_WORDS.has(t.text) || /^\p{Lu}{2,}$/u.test(t.text));
}

/**
 * Whether the capitalised word at `at` ends a body's name after a title and "of" ("Ambassador of the European Union",
 * then "to Jordan …"): a title word before it, past capitalised words, "of" and "the".
 */
export function titleOfBody(tokens: readonly Token[], at: number): boolean {
  let of = false;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'of') of = true;
    else if (t.lower !== 'the' && !isCapitalised(t)) return false;
    else if (of && TITLE_WORDS.has(t.text)) return true;
  }
  return false;
}

/**
 * "Law and Justice Minister Jane Smith": one everyday word before "and" (at 1) and a title's portfolio is the
 * portfolio's first word, and the person after the title the speaker; not "Trump and House Speaker Paul Ryan", nor
 * "Brown and Foreign Secretary David Miliband" after "Gordon Brown" (a surname the text gives a person). Null if not so.
 */
export function portfolioAfterWord(p: Phrase, right: Mention | null): Mention | null {
  const { tokens, text, np, start, end } = p;
  const single = tokens[0] as Token;
  const roleFirst = right?.role?.split(' ')[0] ?? '';
  if (!isCapitalised(single) || !isCommonWord(single.lower) || right?.kind !== 'name' || right.institution || !right.role || !/^\p{Lu}/u.test(roleFirst) || !isCommonWord(roleFirst.toLowerCase())) return null;
  if (!right.role.split(' ').some((w) => PORTFOLIO_HEADS.has(w)) || personNamed(text, single.text)) return null;
  return restate(right, np, start, end, text.slice(start, start + np.lastIndexOf(right.role) + right.role.length));
}
