// The digest on the seed corpus: NATO/military-presence statements together, refugee statements together,
// Belarus statements together and apart from the rest; every group summarised naming speakers, the most
// prominent first; filters; layout split under a platform limit; speaker lists in full names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestStatement } from '../../src/core/model.ts';
import {
  buildDigest,
  digestToJson,
  htmlStyle,
  markdownStyle,
  renderDigestText,
  type Digest,
  type DigestGroup,
} from '../../src/digest/index.ts';
import { makeFixture, removeFixtures, type Fixture } from './helpers.ts';

let fx: Fixture;
let digest: Digest;
const now = new Date('2021-10-09T06:00:00Z');

beforeAll(() => {
  fx = makeFixture();
  digest = buildDigest({ store: fx.service, now, timeZone: 'Europe/Moscow' });
});
afterAll(() => {
  fx.close();
  removeFixtures();
});

const groupOf = (fragment: string): DigestGroup => {
  const g = digest.groups.find((x) => x.statements.some((s) => s.text.includes(fragment)));
  if (!g) throw new Error(`no group holds "${fragment}"`);
  return g;
};

describe('grouping on the seed corpus', () => {
  it('covers every statement exactly once', () => {
    const ids = digest.groups.flatMap((g) => g.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(fx.service.stats().statements);
    expect(digest.statementCount).toBe(ids.length);
  });

  it('puts the NATO and military-presence statements together', () => {
    const g = groupOf('any NATO military presence in Central Asia');
    expect(g.theme).toBe('military-presence');
    for (const fragment of [
      'unacceptable to have any US and NATO military infrastructure',
      'NATO troops to be stationed',
      'Washington, Brussels and NATO',
      'against the transfer of military facilities',
      'bilateral cooperation in the security sphere',
    ]) {
      expect(groupOf(fragment)).toBe(g);
    }
  });

  it('puts the refugee statements together', () => {
    const g = groupOf('settlement of Afghan refugees');
    expect(g.theme).toBe('refugees');
    expect(groupOf('responsible for the flows of refugees')).toBe(g);
    expect(groupOf('applied for American visas, were left behind')).toBe(g);
  });

  it('puts the Belarus statements together and apart from the others', () => {
    const g = groupOf('internal affairs of Belarus');
    expect(g.theme).toBe('belarus-eu');
    for (const fragment of ['authorities in Minsk', 'Eastern Partnership', 'the people of Belarus', 'sanctions imposed by the EU']) {
      expect(groupOf(fragment)).toBe(g);
    }
    const belarusWords = /Belarus|Minsk|EU|European|Eastern Partnership/;
    for (const s of g.statements) expect(s.text).toMatch(belarusWords);
    const elsewhere = digest.groups.filter((x) => x !== g).flatMap((x) => x.statements);
    expect(elsewhere.some((s: DigestStatement) => /Belarus|Minsk/.test(s.text))).toBe(false);
  });

  it('puts the statements no theme covers after the themes', () => {
    const kinds = digest.groups.map((g) => g.kind);
    expect(kinds).toContain('other');
    expect(kinds.lastIndexOf('theme')).toBeLessThan(Math.min(...(['similar', 'other'] as const).map((k) => kinds.indexOf(k)).filter((i) => i >= 0)));
    expect(groupOf('counter domestic nationalism').kind).not.toBe('theme');
  });

  it('orders theme sections by importance (statements, then speakers)', () => {
    const themes = digest.groups.filter((g) => g.kind === 'theme');
    for (let i = 1; i < themes.length; i++) {
      const [a, b] = [themes[i - 1] as DigestGroup, themes[i] as DigestGroup];
      expect(a.statements.length > b.statements.length || (a.statements.length === b.statements.length && a.speakers.length >= b.speakers.length)).toBe(true);
    }
  });

  it('gives every group a readable summary naming its speakers', () => {
    for (const g of digest.groups) {
      const sentences = g.summary.split(/(?<=[.…”])\s+(?=\p{Lu})/u);
      expect(sentences.length, g.summary).toBeGreaterThanOrEqual(1);
      expect(sentences.length, g.summary).toBeLessThanOrEqual(3);
      expect(g.summary).toMatch(/^[\p{Lu}“"]/u);
      const surnames = g.speakers.map((sp) => sp.split(' ').at(-1) as string);
      expect(surnames.some((name) => g.summary.includes(name)), `${g.label}: ${g.summary}`).toBe(true);
    }
    expect(groupOf('anti-terrorism operations').summary).toMatch(/Kokov warned that the US/);
    // The group's most prominent speaker leads; a three-sentence summary gives three voices where there are three.
    expect(groupOf('anti-terrorism operations').summary).toMatch(/^Lavrov /);
  });

  it('lists speakers in headers by their full names', () => {
    const [text = ''] = renderDigestText(digest);
    expect(text).toContain('NATO & military presence — 10 statements (Sergey Lavrov, ');
    expect(text).not.toMatch(/\((Lavrov|Ministry|Dems|Street),/);
  });
});

describe('filters', () => {
  it('keeps only the subscribed themes, grouped under them', () => {
    const d = buildDigest({ store: fx.service, themes: ['refugees', 'Belarus & the EU'], now });
    expect(d.groups.map((g) => g.theme).sort()).toEqual(['belarus-eu', 'refugees']);
    // a statement tagged terrorism first and refugees second is filed under refugees here
    expect(d.groups.find((g) => g.theme === 'refugees')?.statements.some((s) => s.text.includes('under the guise of refugees'))).toBe(true);
  });

  it('keeps only the subscribed speakers; a surname matches the full name', () => {
    const d = buildDigest({ store: fx.service, speakers: ['Kokov', 'zamir kabulov'], now });
    const speakers = new Set(d.groups.flatMap((g) => g.statements.map((s) => s.speaker)));
    expect([...speakers].sort()).toEqual(['Yuri Kokov', 'Zamir Kabulov']);
  });

  it('covers exactly the cursor range and reports where it stopped', () => {
    const d = buildDigest({ store: fx.service, afterSeq: 10, toSeq: 20, now });
    const seqs = d.groups.flatMap((g) => g.statements.map((s) => s.seq));
    expect(Math.min(...seqs)).toBe(11);
    expect(Math.max(...seqs)).toBe(20);
    expect(d.toSeq).toBe(20);
    const empty = buildDigest({ store: fx.service, afterSeq: 1000, now });
    expect(empty.groups).toEqual([]);
    expect(empty.toSeq).toBe(1000);
  });
});

describe('JSON and text layout', () => {
  it('has the documented JSON shape', () => {
    const json = digestToJson(digest);
    expect(json).toMatchObject({ from: null, to: now.toISOString() });
    const first = json.groups[0];
    expect(first).toMatchObject({ theme: expect.any(String), summary: expect.any(String) });
    expect(Object.keys(first?.statements[0] ?? {}).sort()).toEqual(['date', 'source', 'speaker', 'text', 'url']);
  });

  it('renders a header with range and counts, sections with summaries and attributed quotes', () => {
    const [text = ''] = renderDigestText({ ...digest, from: '2021-10-08T06:00:00Z' });
    expect(text).toMatch(/^Digest 2021-10-08 09:00 → 2021-10-09 09:00 \(Europe\/Moscow\)\n\d+ statements from \d+ speakers in \d+ groups/);
    expect(text).toContain('NATO & military presence — ');
    expect(text).toMatch(/• Sergey Lavrov \(TASS, 2021-10-08\): /);
    expect(text.indexOf('NATO & military presence')).toBeLessThan(text.indexOf('Belarus & the EU'));
  });

  it.each([500, 2000, 4096])('splits into parts of at most %i characters without losing a line', (limit) => {
    const whole = renderDigestText(digest)[0] ?? '';
    const parts = renderDigestText(digest, { maxLength: limit });
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(limit);
    if (limit < whole.length) expect(parts.length).toBeGreaterThan(1);
    const words = (t: string) => t.split('\n').filter((l) => !l.endsWith('(continued)')).join(' ').split(/\s+/).filter(Boolean);
    expect(parts.flatMap(words)).toEqual(words(whole));
    if (limit >= 2000) {
      const lines = (t: string) => t.split('\n').filter((l) => l && !l.endsWith('(continued)'));
      expect(parts.flatMap(lines)).toEqual(lines(whole)); // real limits never cut a line
    }
  });

  it('marks up for Discord and Telegram and says "nothing new" for an empty digest', () => {
    const html = renderDigestText(digest, { style: htmlStyle, maxLength: 4096 });
    expect(html[0]).toMatch(/^<b>Digest /);
    expect(html.join('')).not.toMatch(/<(?!\/?b>|a href|\/a>)/);
    const md = renderDigestText(digest, { style: markdownStyle, maxLength: 2000 });
    expect(md[0]).toMatch(/^\*\*Digest /);
    const empty = buildDigest({ store: fx.service, afterSeq: 10_000, from: '2021-10-08T06:00:00Z', now, timeZone: 'UTC' });
    expect(renderDigestText(empty)).toEqual(['Nothing new since 2021-10-08 06:00 (UTC).']);
  });
});
