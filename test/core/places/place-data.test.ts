import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { Gazetteer, PLACES_FILE, shippedGazetteer, type CountryRecord } from '../../../src/core/places/gazetteer.ts';
import { derivePlaceData, PLACE_DATA_FILE, placeData, readPlaceData } from '../../../src/core/places/place-data.ts';
import { placeDataText } from '../../../src/core/places/write-place-data.ts';

describe('place data', () => {
  it('data/place-data.json is what the installed packages give (else: node bin/run-ts.js src/core/places/write-place-data.ts)', () => {
    expect(readFileSync(PLACE_DATA_FILE, 'utf8')).toBe(placeDataText(derivePlaceData()));
  });

  it('the file read holds the same countries and subdivision names as the packages', () => {
    const fromPackages = derivePlaceData();
    expect(placeData().countries).toEqual(fromPackages.countries);
    expect(placeData().subdivisionNames).toEqual(fromPackages.subdivisionNames);
  });

  it('the shipped gazetteer answers as one built from the whole world-countries records', () => {
    const full = createRequire(import.meta.url)('world-countries') as CountryRecord[];
    const g = new Gazetteer(full, JSON.parse(readFileSync(PLACES_FILE, 'utf8')));
    const names = full.flatMap((c) => [c.name.common, c.name.official, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '', ...(c.capital ?? []), c.cca2]);
    for (const name of [...names, 'Kremlin', 'U.S.', 'Leningrad Region', 'Syrians', 'Smith', 'the']) {
      expect(shippedGazetteer().placesNamed(name), name).toEqual(g.placesNamed(name));
      expect(shippedGazetteer().isPlace(name), name).toBe(g.isPlace(name));
    }
  });

  it('reads the packages when the file was taken from other versions of them, or is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-data-'));
    try {
      const stale = join(dir, 'stale.json');
      writeFileSync(stale, JSON.stringify({ packages: { 'world-countries': '0.0.1', 'iso-3166-2': '1.0.0', us: '2.0.0' }, countries: [], subdivisionNames: ['Nowhere'] }));
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{"packages":');
      for (const file of [stale, broken, join(dir, 'missing.json')]) {
        const d = readPlaceData(file);
        expect(d.countries.length).toBeGreaterThan(200);
        expect(d.subdivisionNames).toContain('Ohio');
        expect(d.subdivisionNames).not.toContain('Nowhere');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
