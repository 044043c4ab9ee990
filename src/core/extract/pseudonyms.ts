// Stage 6, people a story names by a pseudonym or a given name alone at their own request ("a 27-year-old man who asked
// to be identified only as Josh", "Margaret, not her real name"): the name is a person's, and the person is the
// sentence's subject when the clause belongs to it.
import type { DocumentContext } from './coreference.ts';
import { CUE_FORMS, FINITE_VERBS } from './lexicon.ts';
import { OBJECT_LINKS, REQUEST_VERBS } from './lexicon-clauses.ts';
import { analyseMention, isCapitalised } from './mentions.ts';
import type { Token } from './segment.ts';
import type { Item } from './units.ts';

/** The request before the name: "asked to be identified only as", "wished to be called", "agreed to be named by her first name". */
const REQUEST_BEFORE = new RegExp(`\\b(?:${[...REQUEST_VERBS].join('|')})\\s+(?:only\\s+)?to\\s+be\\s+(?:called|named|identified|known|referred\\s+to)(?:\\s+only)?(?:\\s+(?:as|by))?(?:\\s+(?:the\\s+pseudonym|a\\s+pseudonym|(?:his|her|their)\\s+(?:first|given)\\s+name))?\\s*$`, 'u');

/** "Margaret, not her real name, said": the name is a pseudonym, of the person "her" says. */
const NOT_REAL_NAME_AFTER = /^\s*[,(]\s*not\s+(his|her)\s+real\s+name/u;

/** Whether the name at `at` of `body` follows a request to be called so ("asked to be identified only as Josh"). */
export function requestedName(body: string, at: number): boolean {
  return REQUEST_BEFORE.test(body.slice(Math.max(0, at - 90), at));
}

/** The sex the words after a pseudonym give ("Margaret, not her real name"), else null. */
export function pseudonymSex(after: string): 'm' | 'f' | null {
  const m = NOT_REAL_NAME_AFTER.exec(after);
  return m ? (m[1] === 'his' ? 'm' : 'f') : null;
}

/**
 * "One of the freed Australians, a 27-year-old man from western Sydney who asked to be identified only as Josh, spoke to
 * the ABC": the name a relative clause of the sentence's subject gives at the person's request, met as that subject
 * (before any verb of the sentence's own), for a later "he" or "she".
 */
export function notePseudonymSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  // (the subject's own relative clause, the sentence's first "who", makes the request: not "Sgt Mark Jones, who
  // interviewed a man who asked to be identified only as Josh, said")
  const who = items.findIndex((x) => x.lower === 'who');
  if (who < 0 || !REQUEST_VERBS.has(items[who + 1]?.lower ?? '')) return;
  // (nor a "who" of an object inside the subject: "A friend of a woman who asked to be called Maria", "The doctor treating
  // a patient who …"; an appositive's origin may come between, "a 27-year-old man from western Sydney who")
  const comma = items.findLastIndex((x, k) => k < who && x.text === ',');
  const head = items.slice(Math.max(comma, Math.min(s, who)) + 1, who);
  if (head.some((x) => OBJECT_LINKS.has(x.lower) || /^\p{Ll}+ing$/u.test(x.text)) || items.slice(Math.min(s, who) + 1, who).some((x) => x.word && (FINITE_VERBS.has(x.lower) || CUE_FORMS.has(x.text)))) return;
  for (let k = who + 2; k < items.length && k - who <= 14; k++) {
    const t = items[k] as Item;
    if (!t.word || !isCapitalised(t as Token) || items[k - 1]?.lower === 'the' || !requestedName(text, t.start)) continue;
    // (the whole name given: "who asked to be identified only as Pak Mat")
    let e = k + 1;
    while (e < items.length && e - k < 3 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
    const m = analyseMention(items.slice(k, e) as Token[], text);
    if (m?.kind === 'name' && !m.institution) ctx.noteMention(m, true);
    return;
  }
}

/** An age after the name, the sentence's end, then "He" or "She" opening the next one: "Ginette, 68, has lived there for 31 years. She asked …". */
const NEXT_SENTENCE_PRONOUN = /^,\s\d{1,3},[^.!?\n]*[.!?]\s+(He|She)\b/;

/** The sex of a one-word name introduced with its age, told by the "He" or "She" opening the next sentence (`after` the name); null if none. (sexOfOneName) */
export function nextSentenceSex(after: string): 'm' | 'f' | null {
  const p = NEXT_SENTENCE_PRONOUN.exec(after)?.[1];
  return p === undefined ? null : p === 'He' ? 'm' : 'f';
}
