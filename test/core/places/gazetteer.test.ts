// The gazetteer: countries and demonyms from world-countries, metonyms and region words from data/places.json.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer, placeKey, shippedGazetteer } from '../../../src/core/places/index.ts';
import { editDistance } from '../../../src/core/query/interpret.ts';

describe('gazetteer', () => {
  const g = shippedGazetteer();
  const names = (word: string) => g.placesNamed(word).flatMap((p) => p.names);

  it('names a country by its name, demonym, plural and metonyms', () => {
    expect(names('Syria')).toEqual(expect.arrayContaining(['Syria', 'Syrian', 'Syrians', 'Damascus']));
    expect(names('syrian')).toEqual(names('Syria'));
    expect(names('U.S.')).toEqual(expect.arrayContaining(['United States', 'American', 'Washington', 'White House']));
    expect(names('Kremlin')).toEqual(expect.arrayContaining(['Russia', 'Russian', 'Moscow']));
    expect(names('Ukrainian')).toEqual(expect.arrayContaining(['Ukraine', 'Kyiv', 'Kiev']));
    expect(names('EU')).toEqual(expect.arrayContaining(['European Union', 'Brussels']));
    expect(names('budget')).toEqual([]);
  });

  it('tells places from other names', () => {
    for (const place of ['Leningrad Region', 'Moscow Region', 'Cuba', 'Havana', 'Ukraine', 'Kremlin']) expect(g.isPlace(place)).toBe(true);
    for (const outlet of ['TASS', 'Reuters', 'Xinhua', 'RIA Novosti', 'Interfax', 'Anadolu']) expect(g.isPlace(outlet)).toBe(false);
  });

  it('builds from records and additions given to it', () => {
    const small = new Gazetteer([{ cca2: 'XL', name: { common: 'Examplia', official: 'Republic of Examplia' }, demonyms: { eng: { f: 'Examplian', m: 'Examplian' } }, capital: ['Sample City'] }], {
      countries: { XL: ['Samplers'] },
      regionWords: ['Oblast'],
    });
    expect(small.placesNamed('Examplians')[0]?.names).toEqual(['Examplia', 'Republic of Examplia', 'Examplian', 'Examplians', 'Samplers']);
    expect(small.isPlace('Sample City')).toBe(true);
    expect(small.isPlace('Tver Oblast')).toBe(true);
    expect(placeKey('Élysée.')).toBe('elysee');
  });

  it('placeKey: what the chain of normalisation and replacements gave, also on its ASCII fast paths', () => {
    const chain = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const piece = fc.constantFrom('Donald', 'Trump', 'U.S.', 'N.Y.', 'x', 'Z', '9', '2024', ' ', '  ', '.', '. ', '-', "'", '’', ',', '\t', '\n', '(', 'ÉLYSÉE', 'Élysée', 'ß', 'İ', 'K', '\u212a', '\u00a0', '𝐀', 'ﬁ', '½', '\u0301');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 })), (name) => {
        expect(placeKey(name)).toBe(chain(name));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures spelling distance with swaps counted once', () => {
    expect(editDistance('lavorv', 'lavrov', 2)).toBe(1);
    expect(editDistance('brwon', 'brown', 2)).toBe(1);
    expect(editDistance('putin', 'putin', 2)).toBe(0);
    expect(editDistance('merkel', 'macron', 2)).toBe(3);
  });
});
