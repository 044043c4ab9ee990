// Theme tagging on the seed corpus: tags are computed at ingest, stored, searchable with theme:, and the
// statements no theme covers are grouped by similarity rather than piled together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredStatement } from '../../../src/core/model.ts';
import {
  classify,
  classifyDetailed,
  clusterBySimilarity,
  loadTaxonomyFile,
  parseTaxonomy,
} from '../../../src/core/themes/index.ts';
import { makeFixture, removeFixtures, type Fixture } from '../../digest/helpers.ts';

const taxonomy = loadTaxonomyFile();
let fx: Fixture;
let all: StoredStatement[];
const find = (fragment: string) => {
  const s = all.find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no statement with "${fragment}"`);
  return s;
};
const primary = (fragment: string) => find(fragment).themes[0]?.theme;

beforeAll(() => {
  fx = makeFixture();
  all = fx.service.statementsSince(0, 1000);
});
afterAll(() => {
  fx.close();
  removeFixtures();
});

describe('classify at ingest', () => {
  it('stores tags with scores in (0, 1], best first', () => {
    const tagged = all.filter((s) => s.themes.length > 0);
    expect(tagged.length).toBeGreaterThan(all.length * 0.8);
    for (const s of tagged) {
      for (const t of s.themes) expect(t.score).toBeGreaterThan(0);
      for (const t of s.themes) expect(t.score).toBeLessThanOrEqual(1);
    }
  });

  it('tags the corpus by what each statement is about', () => {
    expect(primary('any NATO military presence in Central Asia')).toBe('military-presence');
    expect(primary('unacceptable to have any US and NATO military infrastructure')).toBe('military-presence');
    expect(primary('NATO troops to be stationed')).toBe('military-presence');
    expect(primary('settlement of Afghan refugees')).toBe('refugees');
    expect(primary('responsible for the flows of refugees')).toBe('refugees');
    expect(primary('targets for terrorists')).toBe('terrorism');
    expect(primary('inclusive political process')).toBe('taliban');
    expect(primary('reinforcing cooperation within the CIS, CSTO and SCO')).toBe('regional-blocs');
    expect(primary('internal affairs of Belarus')).toBe('belarus-eu');
    expect(primary('sanctions pressure on the authorities in Minsk')).toBe('belarus-eu');
    expect(primary('humanitarian catastrophe')).toBe('humanitarian');
  });

  it('gives a statement every theme it touches, not only the best one', () => {
    const mixed = find('under the guise of refugees, terrorists');
    expect(mixed.themes.map((t) => t.theme)).toEqual(expect.arrayContaining(['terrorism', 'refugees', 'humanitarian']));
    const minsk = find('sanctions pressure on the authorities in Minsk');
    expect(minsk.themes.map((t) => t.theme)).toContain('sanctions');
  });

  it('explains which triggers matched; context counts less than the statement itself', () => {
    const detail = classifyDetailed({ text: 'Refugees keep arriving.', context: 'Refugees keep arriving, NATO said.' }, taxonomy);
    expect(detail[0]).toMatchObject({ theme: 'refugees' });
    expect(detail[0]?.terms).toContain('refugee');
    const onlyContext = classifyDetailed({ text: 'It is hard.', context: 'On NATO, it is hard, he said.' }, taxonomy);
    expect(onlyContext.find((m) => m.theme === 'military-presence')).toBeUndefined();
  });

  it('matches acronyms case-sensitively and words in any inflection', () => {
    const t = parseTaxonomy({ themes: [{ name: 'bloc', triggers: ['CIS'] }, { name: 'talks', triggers: ['negotiation'] }] });
    expect(classify({ text: 'The CIS met.', context: '' }, t).map((x) => x.theme)).toEqual(['bloc']);
    expect(classify({ text: 'A cis-gender debate.', context: '' }, t)).toEqual([]);
    expect(classify({ text: 'They negotiated for days.', context: '' }, t).map((x) => x.theme)).toEqual(['talks']);
  });
});

describe('classify: the statement read inside its context', () => {
  it('tags a statement inside its sentence as it tags one read on its own', () => {
    // The sentence holds the statement (one pass over both) or does not (each read alone): the same tags.
    const text = 'NATO will send more troops to the eastern flank and expand military exercises';
    const inside = { text, context: `“${text},” the secretary general said.`, speaker: 'Jens Stoltenberg' };
    const apart = { text, context: `The secretary general said: “${text.toUpperCase()}.”`, speaker: 'Jens Stoltenberg' };
    const tags = classifyDetailed(inside, taxonomy);
    expect(tags.length).toBeGreaterThan(0);
    expect(classifyDetailed({ ...inside, context: `${inside.context} ζζ` }, taxonomy)).toEqual(tags); // not plain: read apart
    expect(classifyDetailed(apart, taxonomy).map((t) => t.theme)).toEqual(tags.map((t) => t.theme));
  });
});

describe('theme search', () => {
  it('finds statements with theme:refugees, and theme: combines with speakers and words', () => {
    const hits = fx.service.quote('theme:refugees', { limit: 50 });
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const h of hits) expect(h.statement.themes.map((t) => t.theme)).toContain('refugees');
    const belarus = fx.service.quote('Lavrov theme:belarus-eu', { limit: 50 });
    expect(belarus.length).toBeGreaterThanOrEqual(4);
    for (const h of belarus) expect(h.statement.speaker).toBe('Sergey Lavrov');
    expect(fx.service.quote('theme:Military_Presence NATO', { limit: 50 }).length).toBeGreaterThan(3);
  });

  it('re-tags stored statements after the taxonomy changes', () => {
    const narrow = parseTaxonomy({ themes: [{ name: 'belarus-only', triggers: [{ term: 'Belarus', weight: 2 }, 'Minsk'] }] });
    const tagged = fx.service.retag(narrow);
    expect(tagged).toBeGreaterThanOrEqual(4);
    expect(fx.service.quote('theme:refugees', { limit: 50 })).toEqual([]);
    expect(fx.service.quote('theme:belarus-only', { limit: 50 }).length).toBe(tagged);
    fx.service.retag(taxonomy);
    expect(fx.service.quote('theme:refugees', { limit: 50 }).length).toBeGreaterThanOrEqual(3);
  });
});

describe('clusterBySimilarity', () => {
  it('labels a group by its subject: the names and noun phrases its members share, not a bag of words', () => {
    const s = (text: string, i: number, speaker = 'Charles Kennedy') => ({ ...all[0], id: `k${i}`, speaker, text }) as StoredStatement;
    const input = [
      s('The Attorney General must publish his legal advice on the Iraq war in full', 1),
      s('Publishing the legal advice on the Iraq war would end the doubts, he added', 2, 'Michael Howard'),
      s('Ministers have hidden the legal advice on Iraq for two years', 3),
      s('The EU budget deficit rules must be applied to France and Germany alike', 4, 'Gordon Brown'),
      s('Germany broke the EU budget deficit rules again last year', 5, 'Pedro Solbes'),
      s('Ill-judged comments were made, she advised', 6, 'Nicola Sturgeon'),
    ];
    const clusters = clusterBySimilarity(input);
    const labels = clusters.map((c) => c.label);
    expect(labels[0]).toMatch(/^(Legal advice|Iraq)/);
    expect(labels[0]).toMatch(/legal advice/i);
    expect(labels.find((l) => /deficit/.test(l))).toMatch(/^(EU budget deficit|Budget deficit)/i);
    expect(labels.at(-1)).toBe('miscellaneous');
    // Never the speakers' own names.
    expect(labels.join(' ')).not.toMatch(/Kennedy|Brown|Solbes/);
  });

  it('tags general news by its topic: ambiguous words need an anchor', () => {
    const tag = (text: string, context = text) => classify({ text, context }, taxonomy)[0]?.theme;
    expect(tag('Airbus and Boeing resumed trade talks on subsidies')).toBe('economy-trade');
    expect(tag('The brewer agreed a settlement in its takeover talks with shareholders')).toBe('economy-trade');
    expect(tag('The carmakers said their alliance would share engines')).toBe('economy-trade');
    expect(tag('Piracy of iPod music costs the economy millions')).toBe('technology');
    expect(tag('The Taliban said talks with Kabul would resume')).toBe('taliban');
    expect(tag('The talks will resume next week')).toBeUndefined();
    expect(tag('NATO will keep troops in the Baltic states')).toBe('military-presence');
    expect(tag('He launched a fierce attack on the chancellor over pensions')).toBeUndefined();
    expect(tag('Terrorists attacked the embassy, killing two guards')).toBe('terrorism');
    expect(tag('Most voters trust her judgment on the economy')).not.toBe('courts-law');
    // An exact term keeps its capitals: Labour the party, not labour costs.
    expect(tag('Labour will fight the next campaign on schools and hospitals', 'Labour will fight it.')).not.toBeUndefined();
    expect(classify({ text: 'Labour promised to cut waiting lists', context: '' }, taxonomy).map((t) => t.theme)).toContain('uk-politics');
    expect(classify({ text: 'labour costs rose sharply at the plant', context: '' }, taxonomy).map((t) => t.theme)).not.toContain('uk-politics');
  });

  it('needs a word in the statement itself: the sentence around it only adds weight', () => {
    const context = 'Health care, hospitals and doctors dominated the debate on the health care law.';
    expect(classify({ text: 'she respects his passion and commitment', context }, taxonomy)).toEqual([]);
  });

  it('puts similar statements together and different ones apart, deterministically', () => {
    const s = (text: string, i: number) => ({ ...all[0], id: `x${i}`, text }) as StoredStatement;
    const input = [
      s('Fishing quotas in the Baltic must be cut this year', 1),
      s('The chess olympiad opens in Chennai with record entries', 2),
      s('Baltic fishing quotas should be cut further, ministers said', 3),
      s('Record entries for the chess olympiad in Chennai', 4),
    ];
    const clusters = clusterBySimilarity(input);
    expect(clusters.map((c) => c.statements.map((x) => x.id).sort())).toEqual([['x1', 'x3'], ['x2', 'x4']]);
    expect(clusterBySimilarity(input)).toEqual(clusters);
  });
});
