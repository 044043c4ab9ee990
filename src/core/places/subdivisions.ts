// A country's subdivisions as news writes them after a city: "Dayton, Ohio", "Chappaqua, N.Y.", "Halifax, Nova
// Scotia", "Munich, Bavaria". The world's subdivisions come from the iso-3166-2 package (ISO 3166-2 names); US
// states also from the us package, which has the AP style abbreviations US news uses ("Calif.", "N.Y.", "W.Va."). No
// package has the Canadian Press abbreviations of Canada's provinces and territories ("Man.", "Sask.", "P.E.I."), which
// Canadian news writes the same way after a town: they are listed here, from the CP Stylebook.
import { placeKey } from './gazetteer.ts';
import { placeData } from './place-data.ts';

let known: ReadonlySet<string> | null = null;

const CANADIAN_PRESS_ABBREVIATIONS = ['B.C.', 'Alta.', 'Sask.', 'Man.', 'Ont.', 'Que.', 'N.B.', 'N.S.', 'P.E.I.', 'N.L.', 'Nfld.', 'Y.T.', 'N.W.T.'];

function load(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const name of placeData().subdivisionNames) set.add(placeKey(name));
  for (const name of CANADIAN_PRESS_ABBREVIATIONS) set.add(placeKey(name));
  return set;
}

/**
 * Whether `name` is a state, province or region of some country, as written after a city ("Ohio", "N.Y.",
 * "Nova Scotia"). Compared without case, dots or accents.
 */
export function isSubdivision(name: string): boolean {
  known ??= load();
  if (known.has(placeKey(name))) return true;
  // ("Kerugoya, Kirinyaga County", "Ikeja, Lagos State": ISO names the subdivision without its kind's word)
  const m = ADMINISTRATIVE_KIND.exec(name);
  return m !== null && known.has(placeKey(name.slice(0, m.index)));
}

/** The word for a subdivision's kind written after its name. */
const ADMINISTRATIVE_KIND = / (?:County|State|Province|Region|District|Prefecture|Governorate|Oblast)$/;
