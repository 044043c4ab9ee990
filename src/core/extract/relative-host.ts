// "Mr. Trump, who leads the polls here, held a news conference in which he attacked Mr. Bush": a pronoun opening a
// relative clause after its preposition ("in which he", "during which she") is about the person named nearest before
// it, the one who held the conference, not the sentence's first subject.
import type { DocumentContext } from './coreference.ts';
import { RELATIVE_PREPOSITIONS } from './lexicon-clauses.ts';
import { analyseMention } from './mentions.ts';
import { isCapitalised } from './capitals.ts';
import { isPlace } from './places.ts';
import { isGivenName } from './given-names.ts';
import type { Item, Unit } from './units.ts';

/** How far back (in items) from the preposition the person may be named. */
const REACH = 30;

/** The subject starting at `start` opens a relative clause after its preposition ("in which he", "during which callers"). */
export function opensRelative(items: readonly Item[], start: number): boolean {
  const p = items.findIndex((t) => t.start === start);
  const which = items[p - 1]?.lower;
  return p >= 2 && (which === 'which' || which === 'whom') && RELATIVE_PREPOSITIONS.has(items[p - 2]?.lower ?? '');
}

/** Notes, as the latest subject, the person named nearest before a relative clause whose pronoun starts at `pronounStart`. */
export function noteRelativeHost(unit: Unit, pronounStart: number, text: string, ctx: DocumentContext): void {
  const items = unit.items;
  if (!opensRelative(items, pronounStart)) return;
  const p = items.findIndex((t) => t.start === pronounStart);
  for (let e = p - 2; e > 0 && p - e < REACH; e--) {
    if (!isCapitalised(items[e - 1] as Item)) continue;
    let s = e - 1;
    while (s > 0 && e - s < 4 && isCapitalised(items[s - 1] as Item)) s--;
    const m = analyseMention(items.slice(s, e), text);
    // (a person's name: a title or a given name, not "Salt Lake City")
    if (m && m.kind === 'name' && !m.institution && m.name && !isPlace(m.name) && (m.role !== null || isGivenName(m.name.split(' ')[0] ?? ''))) {
      ctx.noteMention(m, true);
      return;
    }
    e = s + 1;
  }
}
