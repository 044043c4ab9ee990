// A country's subdivisions as news writes them after a city: "Dayton, Ohio", "Chappaqua, N.Y.", "Halifax, Nova
// Scotia", "Munich, Bavaria". The world's subdivisions come from the iso-3166-2 package (ISO 3166-2 names); US
// states also from the us package, which has the AP style abbreviations US news uses ("Calif.", "N.Y.", "W.Va.").
import { createRequire } from 'node:module';
import type { CountryInfo } from 'iso-3166-2';
import { placeKey } from './gazetteer.ts';

interface UsState {
  readonly name: string;
  readonly ap_abbr?: string | null;
  readonly abbr: string;
}

let known: ReadonlySet<string> | null = null;

function load(): ReadonlySet<string> {
  const set = new Set<string>();
  // (both packages are CommonJS without named exports for Node's ESM loader)
  const require = createRequire(import.meta.url);
  const iso = require('iso-3166-2') as { data: CountryInfo.Map };
  for (const country of Object.values(iso.data)) {
    for (const sub of Object.values(country.sub)) set.add(placeKey(sub.name));
  }
  const us = require('us') as { STATES_AND_TERRITORIES: readonly UsState[] };
  for (const s of us.STATES_AND_TERRITORIES) {
    set.add(placeKey(s.name));
    if (s.ap_abbr) set.add(placeKey(s.ap_abbr));
  }
  return set;
}

/**
 * Whether `name` is a state, province or region of some country, as written after a city ("Ohio", "N.Y.",
 * "Nova Scotia"). Compared without case, dots or accents.
 */
export function isSubdivision(name: string): boolean {
  known ??= load();
  return known.has(placeKey(name));
}
