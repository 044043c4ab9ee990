import { describe, expect, it } from 'vitest';
import { jaccard, salientStems, tokenize } from '../../../src/core/themes/index.ts';
import { tokenizeAround } from '../../../src/core/themes/terms.ts';

// A Greek word of two letters is never salient (too short) but sends a text down the regex path (NFKC, then the
// word pattern): the character-code path for plain text must find the same stems in the same order.
const viaRegex = (text: string) => [...salientStems(`${text} ζζ`)];
const fast = (text: string) => [...salientStems(text)];

describe('salientStems', () => {
  it('keeps content words, stemmed, without stop words, generic or short words and numbers', () => {
    expect(fast('The refugees said the Refugee camps were overcrowded in 2021')).toEqual(['refuge', 'camp', 'overcrowd']);
    expect(fast("NATO's eastern flank")).toEqual(['nato', 'eastern', 'flank']);
  });

  it('finds the same words in plain text as the regex path does', () => {
    const cases = [
      "Russia's NATO talks",
      "rock'n'roll and abc'de5 x'y",
      'it’s O’Neill’s 1990s policy',
      "states' rights, the Ministers’ meeting",
      'U.S.-led “coalition” — a so-called deal… 2,000 troops',
      'no\u00a0break space',
      "'quoted' and ’curly’ marks, trailing apostrophe' s",
      '',
    ];
    for (const text of cases) expect(fast(text), text).toEqual(viaRegex(text));
  });

  it('agrees with the regex path on generated text', () => {
    const pieces = ['a', 'ab', 'abc', 'S', 's', 'Zed', "'", '’', "'s", '’s', ' ', '  ', '1', '42', '-', '.', '“', '”', '‘', '–', '—', '…', '\u00a0', 'the', 'talks', 'Bank'];
    let seed = 13;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(fast(text), JSON.stringify(text)).toEqual(viaRegex(text));
    }
  });
});

describe('tokenize', () => {
  // The same Greek word sends a text down the regex path; its token is dropped from the comparison.
  const viaRegex = (text: string) => tokenize(`${text} ζζ`).slice(0, -1);
  it('finds the same words and stems in plain text as the regex path does (generated text)', () => {
    const pieces = ['a', 'ab', 'Abc', 'S', 's', 'Zed', "'", '’', "'s", '’s', ' ', '1', '42', '-', '.', '“', '”', '‘', '–', '…', '\u00a0', 'talks', 'refugees', 'NATO'];
    let seed = 29;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(viaRegex(text));
    }
    expect(tokenize("NATO's refugees’ talks")).toEqual([
      { raw: 'NATO', stem: 'nato' },
      { raw: 'refugees', stem: 'refuge' },
      { raw: 'talks', stem: 'talk' },
    ]);
  });
});

describe('tokenizeAround', () => {
  it('gives the part the tokens tokenize gives it alone, or null (generated text)', () => {
    const pieces = ['a', 'Abc', 's', "'", '’', "'s", '’s', ' ', '42', '-', '.', '“', '”', '…', 'talks', 'NATO'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = 2 + Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const from = Math.floor(next() * text.length);
      const part = text.slice(from, from + 1 + Math.floor(next() * (text.length - from)));
      const at = tokenizeAround(text, part);
      expect(at === null ? null : at.tokens, JSON.stringify(text)).toEqual(at === null ? null : tokenize(text));
      if (at === null) continue;
      found++;
      expect(at.tokens.slice(at.start, at.end), JSON.stringify([text, part])).toEqual(tokenize(part));
    }
    expect(found).toBeGreaterThan(200);
    expect(tokenizeAround("NATO's talks", 'NATO')).toBeNull(); // "NATO's" is one word of the sentence
    expect(tokenizeAround('“We talk,” NATO said', 'We talk')?.start).toBe(0);
    expect(tokenizeAround('Ζ said “we talk”', 'we talk')).toBeNull(); // not plain text
  });
});

describe('jaccard', () => {
  it('is shared over union, 0 for two empty sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
