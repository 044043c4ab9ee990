import { describe, expect, it } from 'vitest';
import { isKnownWord, repairHyphenation, shouldJoin } from '../../../src/core/ingest/hyphenation.ts';

describe('repairHyphenation', () => {
  it.each([
    ['Re-cently', 'Recently'],
    ['Septe-mber', 'September'],
    ['Dusha-nbe', 'Dushanbe'],
    ['Bela-rus', 'Belarus'],
    ['add-ed', 'added'],
    ['Partner-ship', 'Partnership'],
    ['govern-ment', 'government'],
    ['negotia-tions', 'negotiations'],
    ['impor-tant', 'important'],
    ['Minis-try', 'Ministry'],
    ['terror-ism', 'terrorism'],
    ['Brit-ain', 'Britain'],
    ['Kenn-edy', 'Kennedy'],
    ['Shang-hai', 'Shanghai'],
    ['Trud-eau', 'Trudeau'],
  ])('joins the split word %s', (input, expected) => {
    expect(repairHyphenation(input)).toBe(expected);
  });

  it.each([
    'anti-terrorism',
    'Russian-led',
    'ethnic-confessional',
    'military-political',
    'SCO-Afghanistan',
    'Afghanistan-themed',
    'self-serving',
    'well-known',
    'co-operation',
    // a prefix's hyphen between like vowels is the spelling
    'co-ordinated',
    'pre-empt',
    'two-thirds',
    'US-led',
    'so-called',
    'follow-up',
    'long-term',
    'pre-election',
    're-elected',
    'Kremlin-backed',
    'e-mail',
    'intra-Afghan',
    // given names of two syllables (Cantonese, Korean): a short piece after a capitalised one is no split word
    'Raymond Tse Chun-hei',
    'Kim Jong-un',
    'Moon Jae-in',
    'Yip Wai-ling',
    'de-escalation',
    'Moscow-based',
    'Taliban-era',
    'hip-hop',
    'state-of-the-art',
    'Mazar-i-Sharif',
    'Rostov-on-Don',
    'mother-in-law',
    'face-to-face',
    'COVID-19-related',
    'F-16',
  ])('keeps the compound %s', (compound) => {
    expect(repairHyphenation(compound)).toBe(compound);
  });

  it('repairs a split word inside a chain', () => {
    expect(repairHyphenation('newly-Re-cently-elected')).toBe('newly-Recently-elected');
    expect(repairHyphenation('govern-ment-backed')).toBe('government-backed');
  });

  it('repairs words inside running text and keeps punctuation around them', () => {
    const text = '“Re-cently our leaders discussed this at the Septe-mber summits in Dusha-nbe,” the top diplomat add-ed.';
    expect(repairHyphenation(text)).toBe(
      '“Recently our leaders discussed this at the September summits in Dushanbe,” the top diplomat added.',
    );
  });

  it('joins an unknown name split into pieces when the document writes it whole elsewhere', () => {
    const text = 'He visited Tunx-iyan on Monday. Tunxiyan is a small town.';
    expect(repairHyphenation(text)).toContain('visited Tunxiyan on Monday');
  });

  it('leaves dashes, double hyphens and dangling hyphens alone', () => {
    expect(repairHyphenation('Uzbekistan- Moscow')).toBe('Uzbekistan- Moscow');
    expect(repairHyphenation('war -- peace')).toBe('war -- peace');
    expect(repairHyphenation('a--b')).toBe('a--b');
    expect(repairHyphenation('--Re-cently--')).toBe('--Recently--');
  });
});

describe('word knowledge', () => {
  it('derives inflected and derived forms from the base list', () => {
    expect(isKnownWord('added')).toBe(true);
    expect(isKnownWord('partnership')).toBe(true);
    expect(isKnownWord('negotiations')).toBe(true);
    expect(isKnownWord('stopped')).toBe(true);
    expect(isKnownWord('cently')).toBe(false);
    expect(isKnownWord('nbe')).toBe(false);
  });

  it('decides single hyphens from both halves', () => {
    expect(shouldJoin('Re', 'cently')).toBe(true);
    expect(shouldJoin('co', 'operation')).toBe(false);
    expect(shouldJoin('Russian', 'led')).toBe(false);
    expect(shouldJoin('Bela', 'rus')).toBe(true);
    expect(shouldJoin('military', 'political')).toBe(false);
  });
});

describe('repairHyphenation and names', () => {
  it('keeps a hyphen in a romanised given name after a family name, and joins a word split after "The", "In" or "Mr"', () => {
    expect(repairHyphenation('Kim Jong-il met Lee Myung-bak and Lai Ching-te.')).toBe('Kim Jong-il met Lee Myung-bak and Lai Ching-te.');
    expect(repairHyphenation('The Presi-dent flew In Bei-jing to see Mr Suna-k.')).toBe('The President flew In Beijing to see Mr Sunak.');
  });

  it('keeps Korean given names whose first syllable ends in "l" or runs to six letters ("Chol-min", "Hyeong-su"), and Wade-Giles "Chih-hsien"', () => {
    expect(repairHyphenation('Kim Chol-min, Park Cheol-su and Kim Hyeong-su met Lee Seong-hyeon and Liang Chih-hsien.')).toBe('Kim Chol-min, Park Cheol-su and Kim Hyeong-su met Lee Seong-hyeon and Liang Chih-hsien.');
    // (a surname split by a scraper still joins, its end no syllable of a given name: "Schol-z", "Gehl-ot", "Bish-op")
    expect(repairHyphenation('Olaf Schol-z, Ashok Gehl-ot, Joe Bish-op, Ahmed Shah-ab, Ruth Kel-ly and Paul Hol-der')).toBe('Olaf Scholz, Ashok Gehlot, Joe Bishop, Ahmed Shahab, Ruth Kelly and Paul Holder');
    // (a split word after a capitalised English word still joins)
    expect(repairHyphenation('The Gover-nor met In Bang-kok.')).toBe('The Governor met In Bangkok.');
  });

  it('keeps Cantonese given names whose first syllable ends in a stop or is "Tsz", and plurals of compounds ("break-ins")', () => {
    expect(repairHyphenation('Yiu Kwok-wai, Ronald Mak Tsz-kin and Doris Ng Wing-sze met Kim Seung-hwan.')).toBe('Yiu Kwok-wai, Ronald Mak Tsz-kin and Doris Ng Wing-sze met Kim Seung-hwan.');
    expect(repairHyphenation('three break-ins, two sit-ins and the lay-offs')).toBe('three break-ins, two sit-ins and the lay-offs');
    // (a word split at a line's end whose right half is a particle's plural joins: "Mon-days", "seas-ons")
    expect(repairHyphenation('closed on Mon-days and Sun-days, the holi-days, some-times, seas-ons, pers-ons and weap-ons')).toBe('closed on Mondays and Sundays, the holidays, sometimes, seasons, persons and weapons');
  });
});
