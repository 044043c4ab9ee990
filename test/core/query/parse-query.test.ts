// parseQuery: every syntax rule, speaker matching over word runs, and totality on arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.ts';

const KNOWN: Record<string, string> = {
  'sergey lavrov': 'Sergey Lavrov',
  lavrov: 'Sergey Lavrov',
  'maria zakharova': 'Maria Zakharova',
  zakharova: 'Maria Zakharova',
  'european union': 'European Union',
  'the kremlin': 'Kremlin',
};
const resolve = (phrase: string) => KNOWN[phrase.toLowerCase()] ?? null;
const none = () => null;

describe('parseQuery', () => {
  it('returns an empty query for empty or blank input', () => {
    for (const input of ['', '   ', '\n\t']) {
      expect(parseQuery(input, resolve)).toEqual({
        speakers: [],
        terms: [],
        phrases: [],
        since: null,
        until: null,
        outlet: null,
        theme: null,
      });
    }
  });

  it('resolves the longest run of words to a speaker and keeps the rest as terms', () => {
    expect(parseQuery('Sergey Lavrov NATO', resolve)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'] });
    expect(parseQuery('Lavrov NATO', resolve)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'] });
    expect(parseQuery('NATO expansion Lavrov', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov'],
      terms: ['NATO', 'expansion'],
    });
  });

  it('tries runs of up to four words, longest first', () => {
    const calls: string[] = [];
    const spy = (phrase: string) => {
      calls.push(phrase);
      return phrase === 'Ministry of Foreign Affairs' ? 'Russian Foreign Ministry' : null;
    };
    expect(parseQuery('Ministry of Foreign Affairs statement on grain', spy)).toMatchObject({
      speakers: ['Russian Foreign Ministry'],
      terms: ['grain'],
    });
    expect(calls[0]).toBe('Ministry of Foreign Affairs');
    expect(calls.every((c) => c.split(' ').length <= 4)).toBe(true);
  });

  it('filters by the first speaker named; later names are the topic', () => {
    const withNato = (p: string) => (p.toLowerCase() === 'nato' ? 'NATO' : resolve(p));
    expect(parseQuery('Lavrov NATO', withNato)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'] });
    expect(parseQuery('Lavrov Zakharova sanctions', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov'],
      terms: ['Zakharova', 'sanctions'],
    });
    expect(parseQuery('Lavrov European Union talks', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov'],
      terms: ['talks'],
      phrases: ['European Union'],
    });
    // The same speaker named twice is not a topic.
    expect(parseQuery('Lavrov Sergey Lavrov sanctions', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov'],
      terms: ['sanctions'],
      phrases: [],
    });
  });

  it('takes several speakers from speaker: fields', () => {
    expect(parseQuery('speaker:Lavrov speaker:Zakharova sanctions', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov', 'Maria Zakharova'],
      terms: ['sanctions'],
    });
    expect(parseQuery('speaker:Zakharova Lavrov', resolve)).toMatchObject({ speakers: ['Maria Zakharova'], terms: ['Lavrov'] });
  });

  it('does not resolve speakers across a phrase or a field', () => {
    const q = parseQuery('Sergey "grain deal" Lavrov', (p) => (p === 'Sergey Lavrov' ? 'Sergey Lavrov' : null));
    expect(q.speakers).toEqual([]);
    expect(q.terms).toEqual(['Sergey', 'Lavrov']);
    expect(q.phrases).toEqual(['grain deal']);
  });

  it('trims punctuation from words, keeping case and inner punctuation', () => {
    expect(parseQuery('(NATO), U.S.-led "talks', none).terms).toEqual(['NATO', 'U.S.-led', 'talks']);
    expect(parseQuery("Putin's remarks!", none)).toMatchObject({ terms: ["Putin's", 'remarks'] });
  });

  it('recognises a speaker in the possessive', () => {
    expect(parseQuery("Lavrov's remarks on NATO", resolve)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['remarks', 'NATO'] });
    expect(parseQuery('Sergey Lavrov’s NATO', resolve)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'] });
  });

  it('reads exact phrases and treats an unbalanced quote as plain text', () => {
    expect(parseQuery('"military infrastructure" Europe', none)).toMatchObject({
      phrases: ['military infrastructure'],
      terms: ['Europe'],
    });
    expect(parseQuery('“red lines” «security guarantees»', none).phrases).toEqual(['red lines', 'security guarantees']);
    expect(parseQuery('"a b" "c d" "unbalanced tail', none)).toMatchObject({
      phrases: ['a b', 'c d'],
      terms: ['unbalanced', 'tail'],
    });
    expect(parseQuery('"" " " "!!"', none)).toMatchObject({ phrases: [], terms: [] });
  });

  it('reads since/until as inclusive day bounds from YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(parseQuery('since:2021-10-01 until:2021-12-31', none)).toMatchObject({ since: '2021-10-01', until: '2021-12-31' });
    expect(parseQuery('since:2021-10 until:2022-02', none)).toMatchObject({ since: '2021-10-01', until: '2022-02-28' });
    expect(parseQuery('since:2024-02 until:2024-02', none)).toMatchObject({ since: '2024-02-01', until: '2024-02-29' });
    expect(parseQuery('SINCE:2021 Until:2021', none)).toMatchObject({ since: '2021-01-01', until: '2021-12-31' });
  });

  it('drops invalid dates instead of throwing', () => {
    for (const bad of ['since:2021-13-01', 'since:2021-02-30', 'until:yesterday', 'since:', 'until:21-1-1', 'since:0000']) {
      const q = parseQuery(`${bad} grain`, none);
      expect(q.since).toBeNull();
      expect(q.until).toBeNull();
      expect(q.terms).toEqual(['grain']);
    }
  });

  it('reads from:, theme: (quoted values too) and speaker:', () => {
    expect(parseQuery('from:tass theme:refugees aid', none)).toMatchObject({ outlet: 'tass', theme: 'refugees', terms: ['aid'] });
    expect(parseQuery('theme:"military presence" from:"RIA Novosti"', none)).toMatchObject({
      theme: 'military presence',
      outlet: 'RIA Novosti',
      terms: [],
    });
    expect(parseQuery('speaker:Lavrov NATO', resolve)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'] });
    expect(parseQuery('speaker:"Jens Stoltenberg" NATO', resolve)).toMatchObject({ speakers: ['Jens Stoltenberg'] });
    expect(parseQuery('speaker: from: theme:', none)).toMatchObject({ speakers: [], outlet: null, theme: null });
    expect(parseQuery('from:TASS, since:2021-10-01. theme:(refugees)', none)).toMatchObject({
      outlet: 'TASS',
      since: '2021-10-01',
      theme: 'refugees',
    });
  });

  it('keeps unknown key:value words as terms', () => {
    expect(parseQuery('http://tass.com/politics', none).terms).toEqual(['http://tass.com/politics']);
  });

  it('drops stop words only when another term remains', () => {
    expect(parseQuery('what did Lavrov say about the NATO', resolve)).toMatchObject({
      speakers: ['Sergey Lavrov'],
      terms: ['NATO'],
    });
    expect(parseQuery('to be or not to be', none).terms).toEqual(['to', 'be', 'or', 'not']);
  });

  it('lets a single stop word stay a term rather than a speaker lookup', () => {
    const calls: string[] = [];
    parseQuery('the', (p) => {
      calls.push(p);
      return 'Someone';
    });
    expect(calls).toEqual([]);
  });

  it('survives a resolver that throws or returns junk', () => {
    const throwing = () => {
      throw new Error('registry down');
    };
    expect(parseQuery('Lavrov NATO', throwing)).toMatchObject({ speakers: [], terms: ['Lavrov', 'NATO'] });
    expect(parseQuery('Lavrov NATO', () => '  ')).toMatchObject({ speakers: [], terms: ['Lavrov', 'NATO'] });
  });

  it('bounds the work on huge inputs', () => {
    let calls = 0;
    const q = parseQuery(`${'word '.repeat(5000)}${'x'.repeat(10_000)}`, () => {
      calls++;
      return null;
    });
    expect(calls).toBeLessThan(1000);
    expect(q.terms.length).toBeLessThanOrEqual(32);
  });

  it('never throws and always returns well-formed strings (property)', () => {
    const fts = fc.constantFrom('NEAR(', '*', '"', ':', '^', 'AND', 'OR', 'NOT', '-', '(', ')', '{', '}', '\u0000', 'since:', 'theme:"', 'speaker:');
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(fts, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
      fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        const q = parseQuery(text, resolve);
        for (const list of [q.speakers, q.terms, q.phrases]) {
          expect(Array.isArray(list)).toBe(true);
          for (const v of list) expect(typeof v === 'string' && v.length > 0).toBe(true);
        }
        expect(q.terms.length).toBeLessThanOrEqual(32);
        for (const d of [q.since, q.until]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });
});
