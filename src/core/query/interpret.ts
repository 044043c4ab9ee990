// What a parsed query means, given what Briefdesk knows: a role finds its holders while they held it
// (`"foreign minister" NATO`), a surname several known people share picks the most recent and says who else it
// could mean (`Howard`), a misspelt name close to one known person is taken for them (`Lavorv` → Lavrov), and a
// place word counts with its other names (`Syria` also finds "Syrian", "Damascus"). Each such reading, and every
// part of the query that could not be read (`since:garbage`, `theme:nonexistent`), becomes a one-line note that
// the caller shows next to the answer.
import { ENGLISH_WORDS } from '../ingest/english-words.ts';
import type { QuoteQuery, Speaker, SpeakerWindow } from '../model.ts';
import type { Gazetteer } from '../places/index.ts';
import { placeKey } from '../places/index.ts';
import { SEARCH_LIMITS } from './search.ts';
import { STOP_WORDS } from './stop-words.ts';

export interface QueryContext {
  /** Every known speaker (the directory). */
  readonly speakers: () => readonly Speaker[];
  /** Known people with this surname. */
  readonly withSurname: (surname: string) => readonly Speaker[];
  /** The date of a speaker's newest statement (null: none or undated). */
  readonly latestDate: (name: string) => string | null;
  /** "Michael Howard (Conservative leader)". */
  readonly label: (name: string) => string;
  /** Theme names a `theme:` filter may use; null: no taxonomy to check against. */
  readonly themes?: readonly string[] | null;
  /** Whether a theme filter names a known theme. */
  readonly isTheme?: (name: string) => boolean;
  readonly gazetteer?: Gazetteer | null;
}

export interface Interpretation {
  readonly query: QuoteQuery;
  /** One line each: how the query was read, or what in it was not understood and what would work. */
  readonly notes: readonly string[];
  /** The query as typed (without a role or surname reading), to try when the reading finds nothing. */
  readonly fallback: QuoteQuery | null;
}

const MAX_NAMED = 4;

/** Reads a parsed query with the directory, the roles and the gazetteer; never throws. */
export function interpretQuery(parsed: QuoteQuery, ctx: QueryContext): Interpretation {
  const notes: string[] = [...(parsed.problems ?? [])];
  if (parsed.theme !== null && ctx.isTheme && !ctx.isTheme(parsed.theme)) {
    const known = [...(ctx.themes ?? [])].sort((a, b) => a.localeCompare(b));
    notes.push(`there is no theme "${parsed.theme}"${known.length > 0 ? `; themes: ${known.join(', ')}` : ''}`);
  }
  let query = parsed;
  let fallback: QuoteQuery | null = null;
  if (query.speakers.length === 0) {
    const read = byRole(query, ctx) ?? bySurname(query, ctx) ?? byNearName(query, ctx);
    if (read !== null) {
      notes.push(read.note);
      if (read.query) {
        fallback = query;
        query = read.query;
      }
    }
  }
  query = withPlaces(query, ctx.gazetteer ?? null);
  if (fallback !== null) fallback = withPlaces(fallback, ctx.gazetteer ?? null);
  return { query, notes, fallback };
}

interface Reading {
  readonly query: QuoteQuery | null;
  readonly note: string;
}

/** Lower-cased words of a role or phrase, articles dropped. */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '' && !/^(?:the|a|an)$/.test(w));
}

/**
 * A quoted phrase that is a role (every word of it in one of a person's registry roles): the holders' statements
 * made while they held it, the phrase no longer a search term.
 */
function byRole(query: QuoteQuery, ctx: QueryContext): Reading | null {
  for (const phrase of query.phrases) {
    const want = roleWords(phrase);
    if (want.length === 0) continue;
    const windows: SpeakerWindow[] = [];
    for (const s of ctx.speakers()) {
      if (s.kind !== 'person') continue;
      for (const role of s.roles) {
        const have = new Set(roleWords(role.title));
        if (want.every((w) => have.has(w))) windows.push({ speaker: s.name, from: role.from ?? null, until: role.until ?? null });
      }
    }
    if (windows.length === 0) continue;
    const names = [...new Set(windows.map((w) => w.speaker))];
    if (names.length > SEARCH_LIMITS.maxSpeakers) {
      return { query: null, note: `"${phrase}" is a role of ${names.length} known people, too many to search by: searched as words; name one, or quote a longer title` };
    }
    const rest = query.phrases.filter((p) => p !== phrase);
    return {
      query: { ...query, speakers: names, speakerWindows: windows, phrases: rest },
      note: `"${phrase}": statements of ${listNames(names.map(ctx.label))} while in that role`,
    };
  }
  return null;
}

/** A capitalised term that several known people have as surname: the one quoted most recently, and who else. */
function bySurname(query: QuoteQuery, ctx: QueryContext): Reading | null {
  for (const term of query.terms) {
    if (!/^\p{Lu}/u.test(term)) continue;
    const people = ctx.withSurname(term).filter((s) => s.kind === 'person');
    if (people.length < 2) continue;
    const dated = people.map((s) => ({ name: s.name, date: ctx.latestDate(s.name) }));
    dated.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name));
    const [chosen, ...others] = dated;
    if (!chosen || chosen.date === null) {
      return { query: null, note: `"${term}" could mean ${listNames(people.map((s) => ctx.label(s.name)), 'or')}: add a first name` };
    }
    return {
      query: { ...query, speakers: [chosen.name], terms: query.terms.filter((t) => t !== term) },
      note: `"${term}": ${ctx.label(chosen.name)}, quoted most recently; could also mean ${listNames(others.map((o) => ctx.label(o.name)), 'or')}`,
    };
  }
  return null;
}

/**
 * A capitalised term that is not an English word or a place and lies one or two letters away from one known
 * person's surname: taken for that person (saying so); several equally near: only suggested.
 */
function byNearName(query: QuoteQuery, ctx: QueryContext): Reading | null {
  for (const term of query.terms) {
    const word = term.toLowerCase();
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(term) || ENGLISH_WORDS.has(word) || ctx.gazetteer?.isPlace(term)) continue;
    const near = nearSurnames(surnameIndex(ctx.speakers()), word, word.length >= 7 ? 2 : 1);
    if (near.length === 0) continue;
    const only = near.length === 1 ? (near[0]?.names ?? []) : [];
    if (only.length === 1 && only[0]) {
      return {
        query: { ...query, speakers: [only[0]], terms: query.terms.filter((t) => t !== term) },
        note: `"${term}" is not a known speaker: taken as ${ctx.label(only[0])} (did you mean ${near[0]?.surname}?)`,
      };
    }
    return { query: null, note: `"${term}" is not a known speaker: did you mean ${listNames(near.map((n) => n.surname), 'or')}?` };
  }
  return null;
}

/** A surname as written, its lower-case form, and the people carrying it in directory order. */
interface Surname {
  readonly surname: string;
  readonly lower: string;
  readonly names: string[];
}

/** The directory's person surnames (3 letters or more) by length, in order of first appearance. */
interface SurnameIndex {
  readonly speakers: readonly Speaker[];
  readonly byLength: Map<number, Surname[]>;
  readonly order: Map<Surname, number>;
}

// The last directory indexed. A query reads the directory as an array each time: the index is reused while that
// array holds the same speaker objects in the same order (a cheap identity check), so the surnames are not
// re-read and compared with the word one by one on every query.
let lastIndex: SurnameIndex | null = null;

function surnameIndex(speakers: readonly Speaker[]): SurnameIndex {
  const last = lastIndex;
  if (last !== null && last.speakers.length === speakers.length && last.speakers.every((s, i) => s === speakers[i])) return last;
  const byLength = new Map<number, Surname[]>();
  const order = new Map<Surname, number>();
  const bySurname = new Map<string, Surname>();
  for (const s of speakers) {
    if (s.kind !== 'person') continue;
    const surname = s.name.split(/\s+/).pop() ?? '';
    if (surname.length < 3) continue;
    let entry = bySurname.get(surname);
    if (!entry) {
      entry = { surname, lower: surname.toLowerCase(), names: [] };
      bySurname.set(surname, entry);
      order.set(entry, order.size);
      const list = byLength.get(entry.lower.length) ?? [];
      list.push(entry);
      byLength.set(entry.lower.length, list);
    }
    if (!entry.names.includes(s.name)) entry.names.push(s.name);
  }
  lastIndex = { speakers: [...speakers], byLength, order };
  return lastIndex;
}

/**
 * The surnames nearest to `word`, in directory order: 1 to `limit` edits away, or `limit + 1` when none is nearer
 * (as the query reading has always counted; the same surname is not near).
 */
function nearSurnames(index: SurnameIndex, word: string, limit: number): Surname[] {
  let best = limit + 1;
  let near: Surname[] = [];
  for (let length = word.length - best; length <= word.length + best; length++) {
    for (const entry of index.byLength.get(length) ?? []) {
      const d = editDistance(word, entry.lower, best);
      if (d === 0 || d > best) continue;
      if (d < best) near = [];
      best = d;
      near.push(entry);
    }
  }
  return near.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

/**
 * The query with each place named in it counting with the place's other names; two or three words in a row that
 * name a place (`White House`, `Saudi Arabia`) become one phrase first.
 */
function withPlaces(query: QuoteQuery, gazetteer: Gazetteer | null): QuoteQuery {
  if (gazetteer === null) return query;
  const terms = [...query.terms];
  const phrases = [...query.phrases];
  for (let i = 0; i < terms.length; i++) {
    for (let n = 3; n >= 2; n--) {
      const run = terms.slice(i, i + n);
      if (run.length < n || !run.every((w) => /^\p{Lu}/u.test(w))) continue;
      const name = run.join(' ');
      if (gazetteer.placesNamed(name).length === 0) continue;
      terms.splice(i, n);
      phrases.push(name);
      i--;
      break;
    }
  }
  const moved = terms.length !== query.terms.length ? { terms, phrases } : {};
  const alternatives = placeAlternatives([...terms, ...phrases], gazetteer);
  if (Object.keys(alternatives).length === 0) return query;
  return { ...query, ...moved, alternatives };
}

/** Each term or phrase that names a place, with the place's other names (not stop words: "US" is also "us"). */
function placeAlternatives(items: readonly string[], gazetteer: Gazetteer): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const places = gazetteer.placesNamed(item);
    if (places.length === 0) continue;
    const own = placeKey(item);
    const names = places.flatMap((p) => p.names).filter((n) => placeKey(n) !== own && !STOP_WORDS.has(n.toLowerCase()));
    if (names.length > 0) out[item.toLowerCase()] = [...new Set(names)];
  }
  return out;
}

function listNames(names: readonly string[], last = 'and'): string {
  const shown = names.slice(0, MAX_NAMED);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} ${last} ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown.at(-1)}`;
}

// Three rows of the distance table, reused by every call (no allocation per surname compared).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance (a swap of neighbours counts one), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if ((rows[0]?.length ?? 0) < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let low = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}
