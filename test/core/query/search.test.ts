// Search planning: FTS5 escaping, caps, dates, themes; plus a property test that no user text can break a real search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.ts';
import {
  SEARCH_LIMITS,
  clampInt,
  ftsQuote,
  normaliseDateBound,
  outletKey,
  planSearch,
  themeKey,
} from '../../../src/core/query/search.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement } from '../store/builders.ts';

describe('ftsQuote', () => {
  it('wraps text in double quotes and doubles inner quotes', () => {
    expect(ftsQuote('nato')).toBe('"nato"');
    expect(ftsQuote('say "no"')).toBe('"say ""no"""');
    expect(ftsQuote('"')).toBe('""""');
  });
});

describe('planSearch', () => {
  it('quotes every term and phrase and ANDs them, with an OR fallback', () => {
    const plan = planSearch(makeQuery({ terms: ['NATO', 'OR', 'x*'], phrases: ['red line'] }));
    expect(plan.matchAll).toBe('"red line" AND "NATO" AND "OR" AND "x*"');
    expect(plan.matchAny).toBe('"red line" OR "NATO" OR "OR" OR "x*"');
  });

  it('has no OR fallback for a single component and no match at all without components', () => {
    expect(planSearch(makeQuery({ terms: ['nato'] })).matchAny).toBeNull();
    const filtersOnly = planSearch(makeQuery({ speakers: ['Sergey Lavrov'], outlet: 'TASS' }));
    expect(filtersOnly.matchAll).toBeNull();
    expect(filtersOnly.matchAny).toBeNull();
    expect(filtersOnly.speakersInMatch).toBe(false);
  });

  it('restricts the speaker column inside the match when speakers are given', () => {
    const plan = planSearch(makeQuery({ speakers: ['Sergey Lavrov', 'Maria "M" Z'], terms: ['nato'] }));
    expect(plan.matchAll).toBe('({speaker} : ("Sergey Lavrov" OR "Maria ""M"" Z")) AND ("nato")');
    expect(plan.speakersInMatch).toBe(true);
    expect(plan.speakers).toEqual(['Sergey Lavrov', 'Maria "M" Z']);
  });

  it('leaves the speaker filter to SQL when a name has no indexable characters', () => {
    const plan = planSearch(makeQuery({ speakers: ['—'], terms: ['nato'] }));
    expect(plan.matchAll).toBe('"nato"');
    expect(plan.speakersInMatch).toBe(false);
    expect(plan.speakers).toEqual(['—']);
  });

  it('drops components without tokens, strips control characters and lone surrogates', () => {
    const plan = planSearch(makeQuery({ terms: ['*', '-', '', 'a\u0000b', '\uD800x', 'ok'], phrases: ['()'] }));
    expect(plan.components).toEqual(['a b', 'x', 'ok']);
  });

  it('de-duplicates components case-insensitively', () => {
    expect(planSearch(makeQuery({ terms: ['NATO', 'nato', 'Nato'] })).components).toEqual(['NATO']);
  });

  it('keeps only the alternatives that are other words to the index (a plural of the same stem would count twice)', () => {
    const plan = planSearch(makeQuery({ terms: ['Afghan'], alternatives: { afghan: ['Afghanistan', 'Afghans', 'afghan', 'Kabul', 'AFGHANISTAN'] } }));
    expect(plan.alternatives).toEqual([['Afghanistan', 'Kabul']]);
    expect(plan.matchAll).toBe('("Afghan" OR "Afghanistan" OR "Kabul")');
    // only the same word drops: an alternative is never reduced to nothing
    const alone = planSearch(makeQuery({ terms: ['Belarus'], alternatives: { belarus: ['Belarusians', 'Belarusian', 'Minsk'] } }));
    expect(alone.alternatives).toEqual([['Belarusians', 'Minsk']]);
    expect(alone.expanded).toBe(true);
  });

  it('caps the number and length of components and speakers', () => {
    const terms = Array.from({ length: 100 }, (_, i) => `term${i}`);
    const plan = planSearch(makeQuery({ terms: [...terms, 'y'.repeat(5000)], speakers: terms }));
    expect(plan.components).toHaveLength(SEARCH_LIMITS.maxComponents);
    expect(plan.speakers).toHaveLength(SEARCH_LIMITS.maxSpeakers);
    const long = planSearch(makeQuery({ terms: ['y'.repeat(5000)] }));
    expect(long.components[0]).toHaveLength(SEARCH_LIMITS.maxComponentChars);
  });

  it('normalises dates and themes, dropping invalid dates', () => {
    const plan = planSearch(makeQuery({ since: '2021-10', until: '2021', theme: ' Military_Presence ' }));
    expect(plan).toMatchObject({ since: '2021-10-01', until: '2021-12-31', theme: 'military presence' });
    expect(planSearch(makeQuery({ since: 'garbage', until: '2021-02-29' }))).toMatchObject({ since: null, until: null });
  });
});

describe('normaliseDateBound', () => {
  it('expands partial dates to the first or last day, leap years included', () => {
    expect(normaliseDateBound('2024', 'start')).toBe('2024-01-01');
    expect(normaliseDateBound('2024-02', 'end')).toBe('2024-02-29');
    expect(normaliseDateBound('2023-02', 'end')).toBe('2023-02-28');
    expect(normaliseDateBound('2021-04-30', 'end')).toBe('2021-04-30');
    for (const bad of ['2021-04-31', '2021-00', '2021-1', '20211', '', ' 2021-01-01x']) {
      expect(normaliseDateBound(bad, 'start')).toBeNull();
    }
  });
});

describe('outletKey', () => {
  it('folds ASCII case only (like SQLite NOCASE) and keeps the delimiter out of names', () => {
    expect(outletKey('RIA Novosti')).toBe('|ria novosti|');
    expect(outletKey('A|B')).toBe('|a b|');
    expect(outletKey('ÉLYSÉE Info')).toBe('|ÉlysÉe info|');
  });
});

describe('themeKey and clampInt', () => {
  it('compare themes regardless of case and separators', () => {
    expect(themeKey('Military-presence')).toBe(themeKey('military  presence'));
  });

  it('clamp page numbers from untrusted input', () => {
    expect(clampInt(Number.NaN, 0, 10)).toBe(0);
    expect(clampInt(-5, 0, 10)).toBe(0);
    expect(clampInt(3.9, 0, 10)).toBe(3);
    expect(clampInt(1e9, 0, 10)).toBe(10);
    expect(clampInt(undefined, 1, 10)).toBe(1);
  });
});

describe('search on a real store never fails on user text', () => {
  it('treats every FTS5 operator as a plain word (property, errors rethrown)', () => {
    const store = openSqliteStore(':memory:', {
      onSearchError: (error) => {
        throw error;
      },
    });
    const doc = makeDoc();
    store.addDocument(doc, [
      makeStatement(doc, { text: 'We will NOT accept NATO near our borders', speaker: 'Sergey Lavrov' }),
      makeStatement(doc, { text: 'Talks AND more talks, OR nothing', speaker: 'Maria Zakharova' }),
    ]);
    const resolve = (p: string) => (p.toLowerCase() === 'lavrov' ? 'Sergey Lavrov' : null);
    // Operators are matched as words: "NOT" finds the statement containing "not", not a syntax error.
    expect(store.search(parseQuery('NOT', resolve), 10).map((h) => h.statement.speaker)).toEqual(['Sergey Lavrov']);
    expect(store.search(parseQuery('NEAR(NATO borders)', resolve), 10)).toHaveLength(1);
    expect(store.search(parseQuery('"talks AND more"', resolve), 10)).toHaveLength(1);

    const token = fc.constantFrom(
      'NEAR(', 'NEAR(a b, 3)', '*', '"', '""', ':', '^', 'AND', 'OR', 'NOT', '-', '+', '(', ')', '{', '}', '[', ']',
      'text:', '{text speaker}:', 'speaker:Lavrov', 'since:2021', 'theme:"x', 'from:', "'", ';', '\u0000', '\\', 'Lavrov', 'nato',
    );
    const input = fc.oneof(
      fc.array(fc.oneof(token, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join(' ')),
      fc.array(token, { maxLength: 30 }).map((p) => p.join('')),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }), (text, limit, offset) => {
        const hits = store.search(parseQuery(text, resolve), limit, offset);
        expect(Array.isArray(hits)).toBe(true);
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, limit));
      }),
      { numRuns: 400 },
    );
    store.close();
  });
});
