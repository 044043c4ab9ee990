// The people a document names in full — headline, standfirst and body — read once before extraction, so that a
// surname met early ("Mr Howard said …") goes to the person the same document names later ("Michael Howard"),
// and a spelling is chosen by the document itself (its most frequent form), never by what was read before it.
import { TITLE_WORDS, MONTHS, WEEKDAYS, ORG_WORDS } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { FAMILY_NAME_FIRST, nameKey } from './speakers.ts';
import { cleanPersonName } from './names.ts';

/** A run of capitalised words (with name particles and initials) on one line. */
const RUN = /\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|de|da|di|du|van|von|der|den|al|bin|ibn|le|la))+/gu;

interface Person {
  /** Written forms and how often each occurs. */
  readonly forms: Map<string, number>;
  readonly surname: string;
}

export class DocumentNames {
  static readonly none = new DocumentNames(new Map());
  /** Person id ("given|surname" keys) → the person; surname key → the people with it. */
  readonly #people: ReadonlyMap<string, Person>;
  readonly #bySurname = new Map<string, Person[]>();

  private constructor(people: ReadonlyMap<string, Person>) {
    this.#people = people;
    for (const p of people.values()) this.#bySurname.set(p.surname, [...(this.#bySurname.get(p.surname) ?? []), p]);
  }

  /** Reads every given-name + surname run of the texts ("Michael Howard", "Paul D. Ryan", "Ursula von der Leyen"). */
  static scan(texts: readonly (string | null | undefined)[]): DocumentNames {
    const people = new Map<string, Person>();
    for (const text of texts) {
      if (!text) continue;
      RUN.lastIndex = 0;
      for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
        for (const full of candidates(m[0])) {
          const { id, surname } = personKey(full.split(' '));
          const p = people.get(id) ?? { forms: new Map<string, number>(), surname };
          p.forms.set(full, (p.forms.get(full) ?? 0) + 1);
          people.set(id, p);
        }
      }
    }
    return new DocumentNames(people);
  }

  /** The one person this document names in full with this surname, or null (none, or several). */
  fullFor(surname: string): string | null {
    const found = this.#bySurname.get(nameKey(surname));
    return found?.length === 1 ? preferred(found[0] as Person) : null;
  }

  /** Whether the document names anyone in full with this surname. */
  surnameTaken(surname: string): boolean {
    return this.#bySurname.has(nameKey(surname));
  }

  /** The document's preferred spelling of a full name it gives ("Hillary Clinton" over a one-off "HIllary"). */
  canonical(name: string): string | null {
    const words = name.split(/\s+/);
    if (words.length < 2) return null;
    const p = this.#people.get(personKey(words).id);
    return p ? preferred(p) : null;
  }
}

/** One person: same given name and surname, whatever the middle ("Paul Ryan", "Paul D. Ryan"). */
function personKey(words: readonly string[]): { id: string; surname: string } {
  const first = words[0] as string;
  const surname = nameKey(FAMILY_NAME_FIRST.has(first.toLowerCase()) ? first : (words[words.length - 1] as string));
  return { id: `${nameKey(first)}|${surname}`, surname };
}

/** Most frequent written form; ties go to the longer, then the alphabetically first (never to arrival order). */
function preferred(p: Person): string {
  const caps = (s: string): number => (/\p{Ll}/u.test(s) ? 0 : 1);
  return [...p.forms.entries()].sort((a, b) => caps(a[0]) - caps(b[0]) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** Person names inside a capitalised run: from a given name, two to four words, cleaned. */
function candidates(run: string): string[] {
  const words = run.split(/[ \u00a0]+/);
  const out: string[] = [];
  for (let k = 0; k < words.length - 1; k++) {
    const w = (words[k] as string).replace(/['’]s$/, '');
    if (TITLE_WORDS.has(w) || !isGivenName(w) || MONTHS.has(w)) continue;
    let j = k + 1;
    // a title word may be a surname ("Larry King"), never a middle name ("Barack President …")
    while (j < words.length && j - k < 4 && !(TITLE_WORDS.has(words[j] as string) && j > k + 1) && !ORG_WORDS.has(words[j] as string) && !MONTHS.has(words[j] as string) && !WEEKDAYS.has((words[j] as string).toLowerCase())) {
      j++;
      // a possessive ends the name: "Paul Ryan's plan"
      if (/['’]s$/.test(words[j - 1] as string)) break;
    }
    // a name ends in a capitalised word, not in a particle or an initial
    while (j > k + 1 && !/^\p{Lu}[\p{L}'’-]+$/u.test((words[j - 1] as string).replace(/['’]s$/, ''))) j--;
    if (j - k < 2) continue;
    const name = cleanPersonName(words.slice(k, j).join(' '));
    if (name && name.includes(' ')) out.push(name);
    k = j - 1;
  }
  return out;
}
