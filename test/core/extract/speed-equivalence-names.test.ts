// Fast paths of the name readers give exactly what the plain code they replaced gave (the plain code is kept here):
// words drawn from the lists each test decides on (places, given names, everyday words, titles, demonyms), in names
// of one to four words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../src/core/extract/given-names.ts';
import { ROLE_NOUNS, TITLE_WORDS } from '../../../src/core/extract/lexicon.ts';
import { isCommonWord } from '../../../src/core/extract/names.ts';
import { isNationality, namedForPlace } from '../../../src/core/extract/nationality.ts';
import { isPlace } from '../../../src/core/extract/places.ts';

/** namedForPlace as it was: every look-up first, the word tests after. */
function namedForPlaceBefore(name: string): boolean {
  const [first = '', ...rest] = name.split(' ');
  const last = rest[rest.length - 1] ?? '';
  // (a country a given-name list holds too, after everyday words only: "Social Justice Ireland")
  const everyday = rest.length >= 2 && [first, ...rest.slice(0, -1)].every((w) => isCommonWord(w.toLowerCase()));
  const place = (isPlace(last) && (!isGivenName(last) || everyday) && !isNationality(last)) || (rest.length >= 2 && isPlace(`${rest[rest.length - 2] as string} ${last}`));
  if (rest.length === 1 && isPlace(first) && /^\p{Lu}\p{Ll}+$/u.test(last) && isCommonWord(last.toLowerCase()) && !isGivenName(last)) return true;
  return rest.length > 0 && place && !isGivenName(first) && !(TITLE_WORDS.has(first) && (ROLE_NOUNS.has(first.toLowerCase()) || first.endsWith('.'))) && /^\p{Lu}\p{Ll}/u.test(first) && isCommonWord(first.toLowerCase());
}

const WORDS = ['Ireland', 'Social', 'Justice', 'Canada', 'Wales', 'Australia', 'New', 'Zealand', 'York', 'Israel', 'France', 'Paris', 'Jordan', 'Georgia', 'Chad', 'Alberta', 'Ontario', 'Moscow', 'Environment', 'Cricket', 'Tourism', 'Natural', 'Resources', 'Power', 'Wildfire', 'Hilton', 'Senator', 'Sen.', 'Minister', 'President', 'Jimmy', 'Anatole', 'Donald', 'Trump', 'Katz', 'Dr', 'Russian', 'Russia', 'Russia’s', "Canada's", 'Kurdish', 'Lima', 'Vieira', 'Geddel', 'Sea', 'Aral', 'Mountains', 'the', 'power', 'Health', 'Police', 'Scotland', 'Hydro', 'Bank', 'English', 'Rubbing', 'Japanese', 'US', 'U.S.', 'Mark', 'Will', 'Grant', 'Rose', ''];

describe('name fast paths give what the plain code gave', () => {
  it('namedForPlace: the same answer with the word tests first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), (words) => {
        const name = words.join(' ');
        expect(namedForPlace(name), name).toBe(namedForPlaceBefore(name));
      }),
      { numRuns: 5000 },
    );
    for (const name of ['Natural Resources Wales', 'Cricket Australia', 'Alberta Wildfire', 'Ontario Power', 'Paris Hilton', 'Jimmy Wales', 'Israel Katz', 'Dr Chad', 'Rubbing Japanese', 'Environment Canada', 'Senator Israel', 'Tourism New Zealand', 'Social Justice Ireland', 'Economic Justice Australia', 'Mark Will Jordan', 'Canada', '', ' ', 'Cricket  Australia']) {
      expect(namedForPlace(name), name).toBe(namedForPlaceBefore(name));
    }
  });
});
