// Places as people write them: a country's names, its demonyms ("Syrian", "Syrians") and the names that stand for
// it (Washington, the Kremlin, Kyiv). Countries, official names and demonyms come from the world-countries package;
// data/places.json adds metonyms, short forms and plurals it lacks, groups that are not countries (the EU), and the
// words that make a name a region ("Leningrad Region"). Search widens a place word to all of its names; ingest asks
// whether a name is a place (a dateline's region is never an outlet).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeData } from './place-data.ts';

/** What the gazetteer is built from: the package's countries and the additions file. */
export interface CountryRecord {
  readonly cca2: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly capital?: readonly string[];
}

export interface PlaceAdditions {
  readonly countries?: Readonly<Record<string, readonly string[]>>;
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  readonly regionWords?: readonly string[];
}

/** One place with every name that stands for it (the first is its common name). */
export interface Place {
  readonly key: string;
  readonly names: readonly string[];
}

/** A name compared without case, dots or accents: "U.S." and "us", "Élysée" and "elysee". */
export function placeKey(name: string): string {
  // (most names are plain, "Donald Trump": letters and digits in ASCII, one space between words; only case changes)
  if (plainWords(name)) return name.toLowerCase();
  const ascii = asciiKey(name);
  if (ascii !== null) return ascii;
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `s` is words of ASCII letters and digits with one space between them (and no space at either end). */
function plainWords(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c === 32 && s.charCodeAt(i - 1) !== 32))) return false;
  }
  return true;
}

/** placeKey of a name all in ASCII (NFKD changes nothing there, and the letters and digits are a-z, A-Z, 0-9); null for any other name. */
function asciiKey(s: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 46) continue;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (gap && out !== '') out += ' ';
      gap = false;
      out += String.fromCharCode(lower);
    } else gap = true;
  }
  return out;
}

export class Gazetteer {
  readonly #byName = new Map<string, Place[]>();
  readonly #capitals = new Set<string>();
  readonly #regionWords: RegExp | null;

  constructor(countries: readonly CountryRecord[], additions: PlaceAdditions = {}) {
    for (const c of countries) {
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d);
      const plurals = demonyms.filter((d) => /[ni]$/.test(d)).map((d) => `${d}s`);
      const official = c.name.official.split(/\s+/).length <= 4 ? [c.name.official] : [];
      const names = [c.name.common, ...official, ...demonyms, ...plurals, ...(additions.countries?.[c.cca2] ?? [])];
      this.#add({ key: c.cca2, names: unique(names) });
      for (const capital of c.capital ?? []) this.#capitals.add(placeKey(capital));
    }
    for (const [key, names] of Object.entries(additions.groups ?? {})) this.#add({ key, names: unique(names) });
    const words = (additions.regionWords ?? []).map((w) => w.replace(/[^\p{L} -]/gu, '')).filter(Boolean);
    this.#regionWords = words.length > 0 ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'i') : null;
  }

  #add(place: Place): void {
    for (const name of place.names) {
      const key = placeKey(name);
      if (!key) continue;
      const list = this.#byName.get(key) ?? [];
      if (!list.some((p) => p.key === place.key)) list.push(place);
      this.#byName.set(key, list);
    }
  }

  /** The places a name stands for ("Syrian" → Syria; "Kremlin" → Russia); empty when it names none. */
  placesNamed(name: string): Place[] {
    return this.#byName.get(placeKey(name)) ?? [];
  }

  /** Is this a place's name: a country, a demonym, a metonym, a capital, or a name with a region word? */
  isPlace(name: string): boolean {
    const key = placeKey(name);
    if (this.#byName.has(key) || this.#capitals.has(key)) return true;
    return this.#regionWords?.test(name) ?? false;
  }
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = placeKey(n);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** data/places.json, resolved from this module (src/ and dist/ keep the same layout). */
export const PLACES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/places.json');

let shipped: Gazetteer | null = null;

/** The shipped gazetteer (world-countries, through place-data.ts, and data/places.json), read on first use. */
export function shippedGazetteer(): Gazetteer {
  if (shipped === null) {
    const { countries } = placeData();
    const additions = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as PlaceAdditions;
    shipped = new Gazetteer(countries, additions);
  }
  return shipped;
}
