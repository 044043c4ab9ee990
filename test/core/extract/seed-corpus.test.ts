// Measures the extractor on the shipped seed corpus against a hand-made gold list
// (test/fixtures/seed-gold.json): recall, speaker accuracy, precision, dates, no boilerplate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/extract.ts';
import { loadDocumentFile } from '../../../src/core/ingest/index.ts';
import { seedRegistry } from '../../helpers/docs.ts';

interface GoldDoc {
  date: string | null;
  statements: [string, string, string?][];
  optional: string[];
}
const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-gold.json', import.meta.url), 'utf8')) as {
  documents: Record<string, GoldDoc>;
  forbidden: string[];
};

const registry = seedRegistry();
const results = Object.entries(gold.documents).map(([file, g]) => {
  const doc = loadDocumentFile(new URL(`../../../data/corpus/${file}`, import.meta.url).pathname);
  return { file, g, statements: extractStatements(doc, registry) };
});

describe('seed corpus', () => {
  let expected = 0;
  let found = 0;
  let rightSpeaker = 0;
  let extracted = 0;
  let real = 0;
  for (const { g, statements } of results) {
    expected += g.statements.length;
    for (const [needle, speaker] of g.statements) {
      const hit = statements.find((s) => s.text.includes(needle));
      if (hit) {
        found++;
        if (hit.speaker === speaker) rightSpeaker++;
      }
    }
    for (const s of statements) {
      if (g.optional.some((o) => s.text.includes(o))) continue;
      extracted++;
      if (g.statements.some(([needle]) => s.text.includes(needle))) real++;
    }
  }

  it('finds at least 90% of the statements, 90% with the right speaker, 85% precision', () => {
    const report = { recall: found / expected, speaker: rightSpeaker / found, precision: real / extracted };
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.speaker).toBeGreaterThanOrEqual(0.9);
    expect(report.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('extracts no boilerplate or teaser text', () => {
    for (const { statements } of results) {
      for (const s of statements) for (const f of gold.forbidden) expect(s.text).not.toContain(f);
    }
  });

  it('gives no wrong dates: each statement has its own date, the article date, or none', () => {
    for (const { g, statements } of results) {
      for (const s of statements) {
        const own = g.statements.find(([needle]) => s.text.includes(needle))?.[2];
        expect([own ?? g.date, null]).toContain(s.date);
        if (g.date === null) expect(s.date).toBeNull();
      }
    }
  });
});
