// Stage 6, the subject opening a unit: a body's or a place's name, a role word and the person named after it
// ("Te Rūnanga o Ngāti Tāwhirikura chair Moana Herewini says …"), and a name counted among things ("Sari Obi is one of
// 14 settlements"), for noteOpening (subjects.ts).
import { isVerbLike } from './content-clauses.ts';
import { BODY_NAME_LINKS, CUE_FORMS, FINITE_VERBS, NAME_PARTICLES, NP_BREAKERS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { FINITE_BE, INVERSION_OPENERS } from './lexicon-clauses.ts';
import { analyseMention, isCapitalised, type Mention, trimNp } from './mentions.ts';
import { isCommonWord } from './names.ts';
import type { Token } from './segment.ts';
import { isQuote, type Item } from './units.ts';
import { personRoleWord } from './appositive-roles.ts';
import { RELATION_NOUNS } from './lexicon-nouns.ts';

/** At `e`, one lower-case word no list knows, then two capitalised words opening a name ("kaumātua Pita Hēnare …"). */
export function roleWordThenName(items: readonly Item[], e: number): boolean {
  const t = items[e];
  const a = items[e + 1];
  const b = items[e + 2];
  // (no verb: "President William Ruto sacked Kithure Kindiki" — the object is no subject)
  return t !== undefined && t.word && /^\p{Ll}{4,}$/u.test(t.text) && !/(ed|s)$/.test(t.lower) && !FINITE_VERBS.has(t.lower) && !isCommonWord(t.lower) && !CUE_FORMS.has(t.lower) && a !== undefined && b !== undefined && a.word && b.word && isCapitalised(a as Token) && isCapitalised(b as Token) && !TITLE_WORDS.has(a.text);
}

/**
 * "Te Rūnanga o Ngāti Tāwhirikura chair Moana Herewini says …": a body's name (with a little word inside it), a role
 * word in lower case and the person named after it open the sentence; the person is its subject (not the body).
 */
export function bodyRoleThenName(items: readonly Item[], s: number, text: string): { mention: Mention; end: number } | null {
  let r = s;
  // ("Ministry of External Affairs spokesperson Rohan Mehra": a body's little words inside its name too)
  const joins = (k: number): boolean => k > s && (NAME_PARTICLES.has((items[k] as Item).lower) || (BODY_NAME_LINKS.has((items[k] as Item).lower) && items[k + 1] !== undefined && isCapitalised(items[k + 1] as Token)));
  while (r < items.length && r - s < 8 && (items[r] as Item).word && (isCapitalised(items[r] as Token) || joins(r))) r++;
  // ("Green Party transport spokesperson Lena Farrow was blunter.": or a field in lower case before the role word)
  const field = (k: number): boolean => /^\p{Ll}+$/u.test(items[k]?.text ?? '') && !FINITE_VERBS.has((items[k] as Item).lower) && !isVerbLike(items[k] as Item) && !NP_BREAKERS.has((items[k] as Item).lower);
  // (after a body's own word only: "Lac Brûlé County fire chief Owen Declerck" leaves the county to be met)
  const fielded = r - s >= 2 && ORG_WORDS.has((items[r - 1] as Item).text) && field(r) && ROLE_NOUNS.has(items[r + 1]?.lower ?? '') ? 1 : 0;
  if (fielded) r++;
  const role = items[r];
  if ((r - s < 3 && !fielded) || !role?.word || !/^\p{Ll}/u.test(role.text) || !ROLE_NOUNS.has(role.lower) || !(fielded || items.slice(s, r).some((t) => /^\p{Ll}/u.test(t.text)))) return null;
  let e = r + 1;
  while (e < items.length && e - r <= 5 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e - r < 3) return null;
  const m = analyseMention(trimNp(items.slice(s, e)), text);
  return m && m.kind === 'name' && !m.institution ? { mention: m, end: e } : null;
}

/** "… is one of 14 settlements", "… was one of the villages": a copula, "one of" and a plural that names no people. */
export function oneOfThings(items: readonly Item[], e: number): boolean {
  if (!FINITE_BE.has(items[e]?.lower ?? '') || items[e + 1]?.lower !== 'one' || items[e + 2]?.lower !== 'of') return false;
  // (the plural right after "the" or a number; not a count of people, "one of thousands of Kenyans", "one of dozens of
  // families", nor "one of the lucky ones")
  let k = e + 3;
  if (items[k]?.lower === 'the') k++;
  if (/^\d[\d,]*$/.test(items[k]?.text ?? '')) k++;
  const plural = items[k];
  if (!plural?.word || !/^\p{Ll}+s$/u.test(plural.text) || items[k + 1]?.lower === 'of' || plural.lower === 'ones' || RELATION_NOUNS.has(plural.lower)) return false;
  return !personRoleWord(plural.lower) && !personRoleWord(plural.lower.replace(/e?s$/, '')) && !personRoleWord(plural.lower.slice(0, -1));
}

/** "Gulnora’s family was allocated …": a person's family or relative opening the sentence, which is about the person. */
export function ownerOfRelation(items: readonly Item[], e: number): boolean {
  return RELATION_NOUNS.has(items[e]?.lower ?? '') && items[e + 1] !== undefined && !isCapitalised(items[e + 1] as Token) && items[e + 1]?.text !== ',';
}

/**
 * "Watching from the public gallery was Eleri, 67, from Bangor", "Among those who travelled to the meeting was Morag
 * Munro, whose croft …": a sentence opening with a participle's or "Among"'s phrase, whose subject comes after its
 * "was"; the person so named, or null.
 */
export function invertedSubject(items: readonly Item[], text: string): { mention: Mention; described: boolean } | null {
  const first = items[0];
  if (!first?.word || !(/^\p{Lu}\p{Ll}+ing$/u.test(first.text) || INVERSION_OPENERS.has(first.lower))) return null;
  const be = items.findIndex((t, k) => k >= 2 && FINITE_BE.has(t.lower));
  if (be < 0 || items.slice(0, be).some((t) => t.text === ',' || isQuote(t) || (t.word && CUE_FORMS.has(t.lower)))) return null;
  let e = be + 1;
  while (e < items.length && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e === be + 1 || (items[e] !== undefined && items[e]?.text !== ',' && items[e]?.text !== '.')) return null;
  const m = analyseMention(trimNp(items.slice(be + 1, e) as Token[]), text);
  // (introduced with an age, "Eleri, 67, from Bangor": a person brought in to be heard; not "Anita Desai, the local MP")
  return m && m.kind === 'name' && !m.institution ? { mention: m, described: items[e]?.text === ',' && /^\d{1,3}$/.test(items[e + 1]?.text ?? '') && items[e + 2]?.text === ',' } : null;
}
