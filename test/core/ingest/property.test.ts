// Robustness: whatever the input, loadDocument returns a document or throws IngestError, and clean-up
// stays fast on large inputs.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError, cleanText, loadDocument } from '../../../src/core/ingest/index.ts';

function outcome(run: () => unknown): 'ok' | 'ingest-error' {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof IngestError) return 'ingest-error';
    throw e;
  }
}

const pieces = fc.constantFrom(
  'MOSCOW (TASS): ', ' date 2021-10-08 ', 'Leave a Comment', '\n', '\n\n', '© 2022, x.', 'Check Also', 'Re-cently',
  '<p>', '</p>', '<html>', '<!doctype html>', 'Thursday , April 25 2024', 'Home / A / B', 'UrduPoint.com', '-', '—',
  'Lavrov said.', 'услуги', '\u00ad', '\u0000', '“', '”', ' ', 'The minister said that the talks went well.',
);
const messy = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 }).map((a) => a.join(''));

/** Three newlines, a lone newline, double spaces, tabs, CR, C0 controls or soft hyphens. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const BAD_LAYOUT = /\n{3,}|(?<!\n)\n(?!\n)| {2,}|[\t\r\x00-\x08\u00ad]/;

describe('loadDocument on arbitrary input', () => {
  it('returns a document or throws IngestError for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), messy), fc.constantFrom<'text' | 'html' | null>('text', 'html', null), (s, contentType) => {
        const r = outcome(() => {
          const doc = loadDocument({ data: s, contentType });
          expect(doc.text.length).toBeGreaterThan(0);
          expect(doc.id).toBe(doc.contentHash.slice(0, 16));
        });
        expect(['ok', 'ingest-error']).toContain(r);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a document or throws IngestError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(['ok', 'ingest-error']).toContain(outcome(() => loadDocument({ data: Buffer.from(bytes) })));
      }),
      { numRuns: 300 },
    );
  });

  it('always returns trimmed paragraphs separated by one blank line, with single spaces', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary' })), (s) => {
        const out = cleanText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(BAD_LAYOUT);
        for (const p of out.split('\n\n')) if (out.length > 0) expect(p).toBe(p.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('performance', () => {
  const dir = new URL('../../../data/corpus/', import.meta.url).pathname;
  const corpus = readdirSync(dir)
    .map((f) => readFileSync(dir + f, 'utf8'))
    .join('\n\n');
  const cases: Record<string, string> = {
    'real text': corpus.repeat(Math.ceil(1_000_000 / corpus.length)).slice(0, 1_000_000),
    'one long line': corpus.replace(/\n/g, ' ').repeat(60).slice(0, 1_000_000),
    'letters without spaces': `${'a'.repeat(1_000_000)}-`,
    'hyphen chain': 'abc-'.repeat(250_000),
    'many short lines': 'Home / World / x\nThursday , April 25 2024\n'.repeat(25_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    // Speed is measured by `npm run bench`, never asserted here; this only proves the large and
    // pathological inputs finish (a catastrophic regex would hit the test timeout) with a sane result.
    it(`cleans ~1 MB of ${name}`, () => {
      const result = outcome(() => loadDocument({ data: text, contentType: 'text' }));
      expect(['ok', 'ingest-error']).toContain(result);
    });
  }
});
