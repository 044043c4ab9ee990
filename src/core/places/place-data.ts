// What the places code reads of three packages, kept small in data/place-data.json: the countries of
// world-countries (only code, names, English demonyms and capitals, of records with twenty more fields each) and
// the names of the subdivisions of iso-3166-2 and the us package. Loading the packages themselves (1.4 MB of JSON,
// 244 KB of JavaScript to compile) cost ~40 ms of the first extraction of every process; the file is read in ~2.
// The file records the package versions it was taken from: when the installed ones differ, the packages are read
// as before, so the answers never depend on the file being current. Regenerate it after upgrading a package with
// `node bin/run-ts.js src/core/places/write-place-data.ts` (a test fails while it is out of date).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryInfo } from 'iso-3166-2';
import type { CountryRecord } from './gazetteer.ts';

export const PLACE_DATA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/place-data.json');
export const PLACE_PACKAGES = ['world-countries', 'iso-3166-2', 'us'] as const;

export interface PlaceData {
  readonly about?: string;
  /** The version of each package the data was taken from. */
  readonly packages: Readonly<Record<string, string>>;
  readonly countries: readonly CountryRecord[];
  /** Every subdivision's name as the packages write it (iso-3166-2's, then each US state's name and AP abbreviation). */
  readonly subdivisionNames: readonly string[];
}

interface UsState {
  readonly name: string;
  readonly ap_abbr?: string | null;
}

const require = createRequire(import.meta.url);

function installedVersions(): Record<string, string> {
  return Object.fromEntries(PLACE_PACKAGES.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]));
}

/** The data read from the packages themselves. */
export function derivePlaceData(): PlaceData {
  const countries = (require('world-countries') as CountryRecord[]).map((c): CountryRecord => {
    const eng = c.demonyms?.eng;
    return {
      cca2: c.cca2,
      name: { common: c.name.common, official: c.name.official },
      ...(c.demonyms ? { demonyms: eng ? { eng: { f: eng.f, m: eng.m } } : {} } : {}),
      ...(c.capital ? { capital: [...c.capital] } : {}),
    };
  });
  const subdivisionNames: string[] = [];
  // (both packages are CommonJS without named exports for Node's ESM loader)
  const iso = require('iso-3166-2') as { data: CountryInfo.Map };
  for (const country of Object.values(iso.data)) for (const sub of Object.values(country.sub)) subdivisionNames.push(sub.name);
  const us = require('us') as { STATES_AND_TERRITORIES: readonly UsState[] };
  for (const s of us.STATES_AND_TERRITORIES) {
    subdivisionNames.push(s.name);
    if (s.ap_abbr) subdivisionNames.push(s.ap_abbr);
  }
  return { packages: installedVersions(), countries, subdivisionNames };
}

/** `file` when it was taken from the installed packages, else the packages read now. */
export function readPlaceData(file: string): PlaceData {
  let stored: PlaceData | null;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as PlaceData;
  } catch {
    stored = null;
  }
  const installed = installedVersions();
  if (stored && PLACE_PACKAGES.every((name) => stored.packages?.[name] === installed[name])) return stored;
  return derivePlaceData();
}

let data: PlaceData | null = null;

/** The places data of this process (data/place-data.json when current), read on first use. */
export function placeData(): PlaceData {
  data ??= readPlaceData(PLACE_DATA_FILE);
  return data;
}
