// 50 MB of text in one file (generated, streamed to disk): ingest finishes, stores every statement, the
// database stays sound and searchable, and the rest of the batch goes on. Slow (1.5–3.5 minutes here), hence
// the soak suite; the 1 MB line, the size cap and the other odd documents are in test/hardening.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/ingest/load-document.ts';
import { writeLargeArticle } from '../hardening/generate.ts';
import { checkDatabase, cleanUp, freshService, HEALTHY, tempDir } from '../hardening/helpers.ts';

afterAll(cleanUp);

describe('a 50 MB document', () => {
  it('is ingested whole, in a batch that goes on, into a sound database', () => {
    const dir = tempDir('briefdesk-soak-big-');
    const bytes = writeLargeArticle(join(dir, 'a-huge.txt'), 50 * 1000 * 1000);
    expect(bytes).toBeLessThan(MAX_FILE_BYTES);
    writeFileSync(join(dir, 'b-small.txt'), 'MOSCOW, October 9. /TASS/. Kremlin spokesman Dmitry Peskov said on Friday that the zanzibar talks were useful.');
    writeFileSync(join(dir, 'c-empty.txt'), '');
    const { service, file } = freshService();
    const started = performance.now();
    const report = service.ingestPaths([dir]);
    const seconds = (performance.now() - started) / 1000;
    expect(report.errors.map((e) => e.message)).toEqual(['file is empty']);
    expect(report.documents).toBe(2);
    expect(report.statements).toBeGreaterThan(200_000);
    expect(service.quote('zanzibar')[0]?.statement.speaker).toBe('Dmitry Peskov');
    expect(service.quote('commitment number 123456').length).toBeGreaterThan(0);
    service.close();
    const health = checkDatabase(file);
    expect(health).toMatchObject({ ...HEALTHY, documents: 2, statements: report.statements });
    console.info(
      `big-document: ${(bytes / 1e6).toFixed(0)} MB → ${report.statements} statements in ${seconds.toFixed(0)} s; ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  });
});
