// People whose given name no list knows ("Tshepo Mabuza", "Nokuthula Zwane", "Kgothatso Molefe"): read from the
// document's own evidence, since the given-name data covers some cultures far better than others.
import { isGivenName } from './given-names.ts';
import { AUXILIARIES, SAYING_FORMS } from './lexicon-clauses.ts';
import { HONORIFICS, MONTHS, ORG_WORDS, PLACE_HEADS, STRONG_ORG_HEADS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { isNationality } from './nationality.ts';
import { isCommonWord } from './names.ts';
import { isPlace } from './places.ts';

/** The last two words of a run of capitalised words, when they read as a given name and a surname ("When Tshepo Mabuza"). */
const LAST_PAIR = /(?:^|[ \u00a0])(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}{2,})$/u;

/**
 * A word that may be part of a person's name: none of a title, place, body, month, nationality or everyday word, nor an
 * auxiliary opening a question ("Is Pixelhaus under investigation?": the word list holds base forms only).
 */
export function nameLike(w: string): boolean {
  return !isCommonWord(w.toLowerCase()) && !AUXILIARIES.has(w.toLowerCase()) && !TITLE_WORDS.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w.toLowerCase()) && !ORG_WORDS.has(w) && !PLACE_HEADS.has(w) && !STRONG_ORG_HEADS.has(w) && !isPlace(w) && !isNationality(w);
}

/**
 * Full names of two words whose first word no given-name list holds, each with how often it is written, read from the
 * last two words of the text's runs of capitalised words (`runs`, as capitalisedRuns finds them): the text uses
 * the second word alone as someone who speaks ("said Mabuza, 47,", "Mabuza says …"), so the pair is a given name and a
 * surname. `known(surname)` tells a surname the document already gives a listed person, which keeps its own.
 */
export function unlistedPeople(text: string, runs: readonly string[], known: (surname: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  const checked = new Map<string, boolean>();
  for (const run of runs) {
    const m = LAST_PAIR.exec(run);
    if (!m) continue;
    const given = m[1] as string;
    const surname = m[2] as string;
    if (isGivenName(given) || HONORIFICS.has(given) || known(surname)) continue;
    let speaks = checked.get(surname);
    if (speaks === undefined) {
      speaks = nameLike(surname) && speaksAlone(text, surname);
      checked.set(surname, speaks);
    }
    if (!speaks || !nameLike(given)) continue;
    const full = `${given} ${surname}`;
    out.set(full, (out.get(full) ?? 0) + 1);
  }
  return out;
}

/** Whether `surname` stands alone (no capitalised word before it) right after a form of saying, or before one, past an age. */
function speaksAlone(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (/[\p{L}'’-]/u.test(text.charAt(end)) || /[\p{L}'’-]/u.test(text.charAt(at - 1))) continue;
    const before = /(?:^|[^\p{L}'’-])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) && !SAYING_FORMS.has(before.toLowerCase())) continue;
    const after = /^(?:,\s*\d{1,3},)?\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '';
    if (SAYING_FORMS.has(before) || SAYING_FORMS.has(after)) return true;
  }
  return false;
}
