// Faithful by construction, as a property over every fixture article and the seed corpus: each quotation in a
// summary, a digest (summary and quote lines) or a topic summary is made of verbatim pieces of a stored statement,
// cut only with "…"; no clause glues a bare predicate after its verb ("X said was …").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '../../../src/cli.ts';
import type { BriefingService } from '../../../src/core/briefing-service.ts';
import type { StoredStatement } from '../../../src/core/model.ts';
import {
  excerpt,
  isVerbatim,
  quotedPassages,
  reportClause,
  reportPredicate,
  summarise,
  unfaithfulQuotes,
} from '../../../src/core/summarise/index.ts';
import { buildDigest, renderDigestText } from '../../../src/digest/index.ts';

const FOLDERS = ['data/corpus', ...['articles', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'wire', 'ingest', 'hardening'].map((d) => `test/fixtures/${d}`)];
let dir = '';
let service: BriefingService;
let all: StoredStatement[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdesk-verbatim-'));
  service = openService(join(dir, 'v.db'));
  service.ingestPaths(FOLDERS);
  all = service.statementsSince(0, 100_000);
}, 120_000);
afterAll(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const texts = (statements: readonly { readonly text: string }[]) => statements.map((s) => s.text);
const GLUED = /^X (?:also )?[a-z]+(?: (?:for|on|out|upon|back|to))? (?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does)\b/;

describe('quotations are the source’s own words', () => {
  it('has enough statements of every kind to mean something', () => {
    expect(all.length).toBeGreaterThan(500);
    for (const kind of ['direct', 'indirect', 'mixed'] as const) expect(all.filter((s) => s.kind === kind).length).toBeGreaterThan(30);
  });

  it('builds every statement’s clause and quote line from verbatim pieces, never gluing a predicate to its verb', () => {
    const bad: string[] = [];
    for (const s of all) {
      for (const out of [reportClause(s), reportClause(s, { maxChars: 60 }), reportPredicate(s), reportPredicate(s, { maxChars: 50 })]) {
        for (const p of unfaithfulQuotes(out, [s.text])) bad.push(`${p} ⟵ ${s.text}`);
      }
      if (GLUED.test(reportClause(s, { name: 'X' }))) bad.push(`glued: ${reportClause(s, { name: 'X' })}`);
    }
    expect(bad).toEqual([]);
  });

  it('summarises each article’s statements with verbatim quotations only', () => {
    const byDoc = new Map<string, StoredStatement[]>();
    for (const s of all) byDoc.set(s.docId, [...(byDoc.get(s.docId) ?? []), s]);
    const bad: string[] = [];
    for (const group of byDoc.values()) {
      const summary = summarise(group, { maxSentences: 4 });
      bad.push(...unfaithfulQuotes(summary, texts(group)).map((p) => `${p} ⟵ ${summary}`));
    }
    expect(byDoc.size).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });

  it('renders a digest whose every quotation is verbatim in its own group', () => {
    const digest = buildDigest({ store: service, now: new Date('2026-01-01T06:00:00Z') });
    const bad: string[] = [];
    for (const g of digest.groups) {
      const section = renderDigestText({ ...digest, groups: [g] }, { quotesPerGroup: 3 }).join('\n');
      bad.push(...unfaithfulQuotes(section, texts(g.statements)).map((p) => `${g.label}: ${p}`));
    }
    expect(digest.groups.length).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });
});

describe('verbatim excerpts', () => {
  const source = '"…And, of course, those who cooperated with these specific people should be responsible for the flows of refugees," he said.';
  it('never capitalises or re-punctuates: a cut start or end shows "…"', () => {
    const s = 'and, of course, those who cooperated with these specific people should be responsible for the flows of refugees';
    expect(excerpt(s, { maxChars: 60 }).text).toBe('…and, of course, those who cooperated with these specific…');
    expect(isVerbatim('Those who cooperated with these specific people…', [source])).toBe(false); // silently capitalised
    expect(isVerbatim('those who cooperated with these specific people… the flows of refugees', [source])).toBe(true);
    expect(isVerbatim('the flows of refugees… those who cooperated', [source])).toBe(false); // out of order
    expect(isVerbatim('those who worked with these people', [source])).toBe(false);
  });

  it('finds the quotations of a text, curly and straight, and nests inner marks', () => {
    expect(quotedPassages('A said: “we will ‘never’ leave”. B called it "absurd".')).toEqual(['we will ‘never’ leave', 'absurd']);
    const clause = reportClause({
      id: 'q', docId: 'd', speaker: 'Gordon Brown', speakerMention: 'Brown', cue: 'said', kind: 'direct', act: 'said',
      text: 'It is the "cornerstone" of our programme.', date: null, outlet: null, url: null,
    });
    expect(clause).toBe('Brown said: “It is the ‘cornerstone’ of our programme.”');
    expect(quotedPassages(clause)).toEqual(['It is the ‘cornerstone’ of our programme.']);
  });

  it('drops a stray quotation mark a paragraph join left, rather than print nested marks', () => {
    const joined = 'He is the best candidate. "The association has backed him for years';
    const shown = excerpt(joined, { maxChars: 200, fromStart: true }).text;
    expect(shown).not.toContain('"');
    expect(isVerbatim(shown, [joined])).toBe(true);
  });
});
