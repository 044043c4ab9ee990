// Public door of the gazetteer: country names, demonyms and metonyms (see gazetteer.ts).
export { isSubdivision } from './subdivisions.ts';
export { Gazetteer, placeKey, shippedGazetteer, PLACES_FILE, type CountryRecord, type Place, type PlaceAdditions } from './gazetteer.ts';
