// "Mr. Trump, who leads the polls here, held a news conference in which he attacked Mr. Bush": a pronoun opening a
// relative clause after its preposition ("in which he", "during which she") is about the subject of the clause the
// relative clause hangs on: the nearest name before it that opens a clause (the unit, or a clause after "after",
// "when", a conjunction) and has its verb next, not a name after a verb or a preposition ("Rishi Sunak gave an
// interview to the BBC's Nick Robinson, in which he said" is Sunak).
import type { DocumentContext } from './coreference.ts';
import { APPOSITIVE_BREAKERS, CLAUSE_CONJUNCTIONS, HOST_OPENERS, RELATIVE_PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from './lexicon-clauses.ts';
import { RELATIVE_HEAD_NOUNS } from './lexicon-nouns.ts';
import { analyseMention } from './mentions.ts';
import { isCapitalised } from './capitals.ts';
import { isVerbLike } from './content-clauses.ts';
import { isPlace } from './places.ts';
import { isGivenName } from './given-names.ts';
import { isCommonWord } from './names.ts';
import type { Item, Unit } from './units.ts';

/** How far back (in items) from the preposition the person may be named. */
const REACH = 30;

/** The subject starting at `start` opens a relative clause after its preposition ("in which he", "during which callers"). */
export function opensRelative(items: readonly Item[], start: number): boolean {
  return relativeAt(items, items.findIndex((t) => t.start === start));
}

/** The item at `p` follows "in which", "during which" (not "the way in which police described …", "the extent to which": a manner or a degree, no event). */
function relativeAt(items: readonly Item[], p: number): boolean {
  return p >= 2 && items[p - 1]?.lower === 'which' && RELATIVE_PREPOSITIONS.has(items[p - 2]?.lower ?? '') && !RELATIVE_HEAD_NOUNS.has(items[p - 3]?.lower ?? '');
}

/**
 * Notes, as the latest subject, the person whose clause a relative clause with its pronoun at `pronounStart` hangs on
 * (when none is found, the pronoun is read as any other: "a clip of a Trump interview, in which he says").
 */
export function noteRelativeHost(unit: Unit, pronounStart: number, text: string, ctx: DocumentContext): void {
  const items = unit.items;
  const p = items.findIndex((t) => t.start === pronounStart);
  if (!relativeAt(items, p)) return;
  for (let e = p - 2; e > 0 && p - e < REACH; e--) {
    // (a pronoun opening the clause with its verb: "Instead he gave a speech in Salt Lake City in which he pledged …"
    // is the one "he" already refers to)
    const word = items[e - 1] as Item;
    if (SUBJECT_PRONOUNS.has(word.lower) && opensClauseAt(items, e - 1) && items[e] !== undefined && isVerbLike(items[e] as Item)) return;
    if (!isCapitalised(word)) continue;
    let s = e - 1;
    while (s > 0 && e - s < 4 && isCapitalised(items[s - 1] as Item)) s--;
    // (or a name between commas after a role: "The Kenyan president, William Ruto, met …")
    const appositive = items[s - 1]?.text === ',' && items[e]?.text === ',' && roleOpensUnit(items, s - 1);
    const next = appositive ? items[e + 1] : firstAfterAside(items, e);
    if ((opensClauseAt(items, s) || appositive) && next !== undefined && isVerbLike(next)) {
      const m = analyseMention(items.slice(s, e), text);
      // (a person's name: a title or a given name, not "Salt Lake City")
      const first = m?.name?.split(' ')[0] ?? '';
      const person = m !== null && m.kind === 'name' && !m.institution && m.name !== null && !isPlace(m.name) && (m.role !== null || isGivenName(first) || (m.name.includes(' ') && !isCommonWord(first.toLowerCase())));
      if (person) ctx.noteMention(m, true);
      return;
    }
    e = s + 1;
  }
}

/** A clause opens at `s`: the unit's start, or after a comma, a conjunction, a subordinator ("after Mr. Trump …") or an opener ("Instead he …"). */
function opensClauseAt(items: readonly Item[], s: number): boolean {
  const prev = items[s - 1];
  return prev === undefined || prev.text === ',' || CLAUSE_CONJUNCTIONS.has(prev.lower) || SUBORDINATORS.has(prev.lower) || (s === 1 && (/ly$/.test(prev.lower) || HOST_OPENERS.has(prev.lower)));
}

/**
 * The words before the comma at `c` are a role opening the unit, with no verb, participle or relative word ("The Kenyan
 * president, William Ruto, met …"; not "Joe Biden, flanked by his secretary of state, Antony Blinken, held …").
 */
function roleOpensUnit(items: readonly Item[], c: number): boolean {
  for (let k = 0; k < c; k++) {
    const t = items[k] as Item;
    if (!t.word || isVerbLike(t) || /ing$/.test(t.lower) || APPOSITIVE_BREAKERS.has(t.lower)) return false;
  }
  return c > 0;
}

/** The item after `e`, past an aside between commas (", who leads the polls here,"). */
function firstAfterAside(items: readonly Item[], e: number): Item | undefined {
  if (items[e]?.text !== ',') return items[e];
  for (let k = e + 1; k < items.length && k - e < 20; k++) if ((items[k] as Item).text === ',') return items[k + 1];
  return undefined;
}
