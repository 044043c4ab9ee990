// Stage 6's entities: a person, body or group a document's coreference has met, what a name as written tells of
// one, and the lists of them it keeps, most recent first.
import type { Speaker } from '../model.ts';
import { remember } from './copies.ts';
import { GENERATION_SUFFIXES } from './lexicon.ts';
import { RELATION_NOUNS } from './lexicon-nouns.ts';
import { FAMILY_NAME_FIRST, nameKey } from './speakers.ts';
import type { Mention } from './mentions.ts';

export interface Entity {
  readonly name: string;
  /** nameKey(name), kept: people are compared by it at every mention. */
  readonly key: string;
  /** 'm' / 'f' once a title ("Ms") or a resolved pronoun told us; null while unknown. */
  gender: 'm' | 'f' | null;
  readonly kind: 'person' | 'institution' | 'joint';
  readonly roles: Set<string>;
  /** Roles as this document writes them ("Conservative leader"), first given first. */
  readonly written: string[];
  readonly members: readonly string[];
  /** Named once with a person's title or office ("President Obama", "Sen. Cruz"): a person even with one word and no sex. */
  titled?: boolean;
  /** Called by given name alone ("Chidi"): the surname alone is someone else's first. */
  byGiven?: boolean;
  /** A relative of someone met with the same surname ("his daughter, Geneviève Thibodeau"): not the surname alone's. */
  relative?: boolean;
  /** Told of as killed or dead ("Anne Marie Murphy, who was gunned down"): a surname goes to anyone else it fits first. */
  dead?: boolean;
  /** The sex is only a guess from the first name, which a title or an office word ("chairwoman") overrides. */
  guessed?: boolean;
  /** Called by the surname alone ("Renshaw told the Herald"): whom the surname goes on naming after a relative comes in. */
  bySurname?: boolean;
  /** How often the document has named the person in full so far ("Jake Renshaw" once: a newcomer). */
  inFull?: number;
}

/** A name as written with a role and kind: its clean form, its nameKey, the sex its title gives, its registry entry. */
export interface NameFacts {
  readonly role: string | null;
  readonly institution: boolean;
  readonly name: string;
  readonly key: string;
  readonly titled: 'm' | 'f' | null;
  readonly reg: Speaker | null;
}

/** `[e, ...list without e].slice(0, max)`, in place (the lists are the context's own, read nowhere else). */
export function moveToFront(list: Entity[], e: Entity, max: number): void {
  const at = list.indexOf(e);
  if (at >= 0 && list.length <= max && list.indexOf(e, at + 1) < 0) {
    // listed once: the ones before it move down one place
    for (let k = at; k > 0; k--) list[k] = list[k - 1] as Entity;
    list[0] = e;
    return;
  }
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const x = list[r] as Entity;
    if (x !== e) list[w++] = x;
  }
  list.length = w;
  list.unshift(e);
  if (list.length > max) list.length = max;
}

/** The last space-separated word of a name key (remembered: the same few names are compared all the time). */
const lastWords = new Map<string, string>();
export const lastWord = (key: string): string => remember(lastWords, key, afterLastSpace);
const afterLastSpace = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Two full names' keys that may name one person: the same surname, the same given name, its initial or a short form
 * of it ("paul ryan", "p ryan" for "paul d ryan"; "ken starr" for "kenneth starr", "sandy paradis" for "sandra
 * paradis"), and middle names that agree (middlesAgree: "john mark smith" is not "john paul smith"); "jane smith"
 * is not "john smith".
 */
export function sameFullName(key: string, other: string): boolean {
  const a = key.split(' ');
  const b = other.split(' ');
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const fa = a[0] as string;
  const fb = b[0] as string;
  if (!(fa.startsWith(fb) || fb.startsWith(fa) || sharedStart(fa, fb) >= 4)) return false;
  return middlesAgree(a.slice(1, -1).filter((w) => w.length > 1), b.slice(1, -1).filter((w) => w.length > 1));
}

/**
 * Two lists of middle names that may be one person's: either list holds every name of the other ("Rodham" and
 * "Diane Rodham", "Ahmed" and "Ahmed Adekunle"), as when one is written in full and one short; "Mark" and "Paul" not.
 */
export function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** How many letters two words begin with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** A name's key without a generation's suffix at its end ("donald trump jr" → "donald trump"). */
export function withoutGeneration(key: string): string {
  const space = key.lastIndexOf(' ');
  return space > 0 && GENERATION_SUFFIXES.has(key.slice(space + 1)) ? key.slice(0, space) : key;
}

/** The word a role opens with to tell one of a family from another ("the elder Tillotson", "the younger Hill"). */
export const GENERATION_WORD = /^(elder|older|younger)\b\s*/i;

/**
 * "The elder Tillotson", "the younger Hill": of the people named in full with the surname `key`, the oldest (or the
 * youngest) by what the story tells of their ages ("Walter Tillotson, 79,") or generations ("Sr.", "Jr."); null when
 * it tells of fewer than two of them, or of two alike.
 */
export function byGeneration(entities: Iterable<Entity>, key: string, younger: boolean): Entity | null {
  const spaced = ` ${key}`;
  const ranked: [number, Entity][] = [];
  for (const e of entities) {
    // (or first, in a name read surname first: "the younger Mr Tan" of Tan Kok Leong and Tan Jun Hao)
    if (e.kind !== 'person' || !e.name.includes(' ') || !(withoutGeneration(e.key).endsWith(spaced) || (FAMILY_NAME_FIRST.has(key) && e.key.startsWith(`${key} `)))) continue;
    const suffix = e.key.slice(e.key.lastIndexOf(' ') + 1);
    const age = [...e.roles].map((r) => /^(\d{1,3})-year-old$/.exec(r)?.[1]).find((x) => x !== undefined);
    const rank = suffix === 'sr' ? 1000 : suffix === 'jr' ? -1000 : age !== undefined ? Number(age) : null;
    if (rank !== null && !ranked.some(([, x]) => x === e)) ranked.push([rank, e]);
  }
  if (ranked.length < 2) return null;
  ranked.sort((a, b) => (younger ? a[0] - b[0] : b[0] - a[0]));
  return (ranked[0] as [number, Entity])[0] === (ranked[1] as [number, Entity])[0] ? null : (ranked[0] as [number, Entity])[1];
}

/**
 * "Tahlia Renshaw …. “…,” Renshaw told the Herald. Her brother, Jake Renshaw, posted …. Renshaw said …": the person of
 * `recent` whom the story has been calling by the surname alone, when the newest person it fits is a newcomer of that
 * name (named in full once, or a relative by role: "His son, Luke Baker"; not "Eric Trump", named in full again and
 * again after a "Trump" who was his father); undefined otherwise.
 */
export function keptBySurname(recent: readonly Entity[], fits: (e: Entity) => boolean): Entity | undefined {
  const newest = recent.find(fits);
  const newcomer = newest !== undefined && !newest.bySurname && ((newest.inFull ?? 0) <= 1 || [...newest.roles].some((r) => RELATION_NOUNS.has(lastWord(r))));
  return newcomer ? recent.find((e) => e.bySurname && fits(e)) : undefined;
}

/** Counts the places where the document names the person of `m` in full (each once, however often it is read). */
export function countInFull(e: Entity, m: Mention, fullAt: Map<Entity, number>): Entity {
  if (e.kind === 'person' && m.name?.includes(' ') && fullAt.get(e) !== m.start) {
    e.inFull = (e.inFull ?? 0) + 1;
    fullAt.set(e, m.start);
  }
  return e;
}

/** The one entity of `entities` whose name opens with the word `word` and that `fits`; null for none or several. */
export function onlyOpeningWith(entities: Iterable<Entity>, word: string, fits: (e: Entity) => boolean): Entity | null {
  const prefix = `${word} `;
  let found: Entity | null = null;
  for (const e of entities) {
    if (!e.name.startsWith(prefix) || !fits(e)) continue;
    // (one entity may be kept under two names: a surname taken over by the full name, DocumentContext#absorbSurname)
    if (found !== null && found !== e) return null;
    found = e;
  }
  return found;
}

/** The person of `recent` (latest first) whose name has the first and last word of `full` ("Donald J. Trump" → "Donald Trump"). */
export function metAs(recent: readonly Entity[], full: string): string | null {
  const first = full.slice(0, full.indexOf(' ') + 1);
  const last = full.slice(full.lastIndexOf(' '));
  return recent.find((e) => e.kind === 'person' && e.name.startsWith(first) && e.name.endsWith(last))?.name ?? null;
}

/**
 * Whether another person of `entities` has the surname of `e`, one the story (`names`) does not give as a child (a story
 * calls a child by given name: "Amari Jones, 10, …. His mother, Keisha Jones, …. “…,” Jones says").
 */
export function surnameMet(entities: Iterable<Entity>, e: Entity, names: { introducedAsChild(full: string): boolean }): boolean {
  const spaced = ` ${lastWord(e.key)}`;
  for (const o of entities) if (o !== e && o.kind === 'person' && o.key.endsWith(spaced) && !names.introducedAsChild(o.name)) return true;
  return false;
}

/** The key of a title and a surname's key as DocumentContext's #calledAs keeps them ("Mr." and "okafor" → "mr okafor"). */
export const titledKey = (title: string, key: string): string => `${title.toLowerCase().replace(/\.$/, '')} ${key}`;

/** A person named as written, of unknown sex ("Y.", "a resident surnamed Ho"). */
export function writtenPerson(name: string): Entity {
  return { name, key: nameKey(name), kind: 'person', gender: null, roles: new Set(), written: [], members: [], guessed: true };
}

/** `map`'s entity under `key`, made by `make` and kept there when there is none. */
export function metOrNew(map: Map<string, Entity>, key: string, make: () => Entity): Entity {
  const met = map.get(key);
  if (met) return met;
  const e = make();
  map.set(key, e);
  return e;
}

/** "a resident surnamed Ho" from the role "resident surnamed" (or "A resident surnamed") and the surname, as a description. */
export function surnamedDescription(role: string, surname: string): string {
  const described = /^(?:a|an|the)\s/i.test(role) ? role.replace(/^\p{Lu}/u, (w) => w.toLowerCase()) : `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
  return `${described} ${surname}`;
}

/**
 * The person "a resident surnamed Ho" names, kept in `entities` by the description; `bySurname` then gives the surname
 * alone to that person, or null once someone else has had it.
 */
export function surnamedPerson(entities: Map<string, Entity>, bySurname: Map<string, Entity | null>, surname: string, description: string): Entity {
  const e = metOrNew(entities, description, () => writtenPerson(description));
  bySurname.set(surname, !bySurname.has(surname) || bySurname.get(surname) === e ? e : null);
  return e;
}
