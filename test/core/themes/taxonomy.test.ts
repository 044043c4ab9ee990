// The taxonomy file: the shipped default is valid and covers the corpus's domain; bad files list every problem.
import { describe, expect, it } from 'vitest';
import { TaxonomyError, findTheme, loadTaxonomyFile, parseTaxonomy, stem, tokenize } from '../../../src/core/themes/index.ts';

describe('default taxonomy (data/themes.json)', () => {
  const taxonomy = loadTaxonomyFile();

  it('has the themes a political-news desk needs', () => {
    const names = taxonomy.themes.map((t) => t.name);
    for (const name of ['military-presence', 'refugees', 'terrorism', 'taliban', 'humanitarian', 'regional-blocs', 'belarus-eu', 'sanctions', 'elections', 'ukraine-war', 'us-politics']) {
      expect(names).toContain(name);
    }
    for (const t of taxonomy.themes) {
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(0);
      expect(t.terms.length).toBeGreaterThan(3);
    }
  });

  it('finds themes by any spelling of their name or label', () => {
    expect(findTheme(taxonomy, 'Military presence')?.name).toBe('military-presence');
    expect(findTheme(taxonomy, 'military_presence')?.name).toBe('military-presence');
    expect(findTheme(taxonomy, 'Refugees & migration')?.name).toBe('refugees');
    expect(findTheme(taxonomy, 'gardening')).toBeUndefined();
  });
});

describe('parseTaxonomy', () => {
  it('reports every problem at once, with paths', () => {
    const bad = {
      themes: [
        { name: 'Bad Name', triggers: ['x'] },
        { name: 'ok', triggers: [{ term: 'y', weight: -1 }] },
        { name: 'ok', triggers: ['z'] },
      ],
    };
    try {
      parseTaxonomy(bad, 'test.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TaxonomyError);
      const problems = (error as TaxonomyError).problems.join('\n');
      expect(problems).toMatch(/themes\.0\.name/);
      expect(problems).toMatch(/themes\.1\.triggers\.0/);
    }
    expect(() => parseTaxonomy({ themes: [{ name: 'a', triggers: ['x'] }, { name: 'a', triggers: ['y'] }] })).toThrow(/duplicate theme "a"/);
    expect(() => parseTaxonomy({ themes: [] })).toThrow(TaxonomyError);
    expect(() => loadTaxonomyFile('/nonexistent/themes.json')).toThrow(TaxonomyError);
    // Anchors: ambiguous words or requireAnchor without any anchor cannot work, and say so.
    expect(() => parseTaxonomy({ themes: [{ name: 'talks', triggers: ['summit'], ambiguous: ['talks'] }] })).toThrow(/lists ambiguous terms but no anchors/);
    expect(() => parseTaxonomy({ themes: [{ name: 'afghan', triggers: ['Kabul'], requireAnchor: true }] })).toThrow(/requires an anchor but lists none/);
    expect(() => parseTaxonomy({ themes: [{ name: 'x', ambiguous: ['talks'] }] })).toThrow(/no usable trigger, entity or anchor/);
    expect(() => parseTaxonomy({ themes: [{ name: 'x', triggers: [{ term: 'y' }] }] })).toThrow(/give a "weight" or "exact": true/);
  });

  it('compiles anchors, ambiguous words and exact spellings', () => {
    const t = parseTaxonomy({ themes: [{ name: 'uk', anchors: [{ term: 'Labour', exact: true }, 'Tory'], ambiguous: ['chancellor', 'Tory'] }] });
    const terms = t.themes[0]?.terms ?? [];
    expect(terms.map((x) => [x.text, x.role])).toEqual([['Labour', 'anchor'], ['Tory', 'anchor'], ['chancellor', 'ambiguous']]); // listed twice: counted once, as an anchor
    expect(terms[0]?.tokens).toEqual([{ value: 'Labour', raw: true }]);
    expect(t.themes[0]?.requireAnchor).toBe(false);
  });

  it('weighs phrases above single words unless a weight is given', () => {
    const t = parseTaxonomy({ themes: [{ name: 'a', triggers: ['one', 'two words', { term: 'heavy', weight: 3 }] }] });
    expect(t.themes[0]?.terms.map((x) => x.weight)).toEqual([1, 1.5, 3]);
  });
});

describe('terms', () => {
  it('stems plural and derived forms together', () => {
    expect(stem('refugees')).toBe(stem('refugee'));
    expect(stem('terrorists')).toBe(stem('terrorism'));
    expect(stem('negotiations')).toBe(stem('negotiate'));
    expect(stem('Sanctions')).toBe(stem('sanction'));
    expect(stem('deployment')).toBe(stem('deploy'));
  });

  it('keeps the raw spelling and drops possessives', () => {
    expect(tokenize("EU's recent steps").map((t) => t.raw)).toEqual(['EU', 'recent', 'steps']);
    expect(tokenize('anti-terrorism').map((t) => t.stem)).toEqual(['anti', stem('terrorism')]);
  });
});
