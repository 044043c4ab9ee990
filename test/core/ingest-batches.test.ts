// ingestPathsWith (src/core/ingest-batches.ts): extraction handed to a function that works elsewhere, storage here.
// The store ends up as ingestPaths leaves it; a document whose extraction fails is reported and the rest stored;
// a document left to this thread (null) is extracted here; one stored already is never sent out; progress comes in
// the files' order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractWithSpeakers, SpeakerRegistry, type CleanDocument, type ExtractedDocument } from '../../src/core/extraction.ts';
import { loadSeedSpeakers } from '../../src/service.ts';
import { INGEST_BATCH } from '../../src/core/index.ts';
import { cleanUp, freshService } from '../hardening/helpers.ts';
import { tableContents } from '../helpers/db-tables.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const INPUTS = ['data/corpus', 'test/fixtures/blind', 'test/fixtures/blind20'].map((p) => join(ROOT, p));
const seed = new SpeakerRegistry(loadSeedSpeakers());
/** Extraction as a worker does it, answered later (after the caller has gone on). */
const elsewhere = (doc: CleanDocument): Promise<ExtractedDocument> => new Promise((done) => setImmediate(() => done(extractWithSpeakers(doc, seed))));

afterEach(cleanUp);

describe('ingestPathsWith', () => {
  it('leaves the store as ingestPaths does, with the same report', async () => {
    const a = freshService();
    const b = freshService();
    const one = a.service.ingestPaths(INPUTS);
    const sent: string[] = [];
    const other = await b.service.ingestPathsWith(INPUTS, (doc) => (sent.push(doc.path ?? ''), elsewhere(doc)));
    a.service.close();
    b.service.close();
    expect(other).toEqual(one);
    expect(one.documents).toBeGreaterThan(20);
    expect(sent.length).toBe(one.files);
    expect(tableContents(b.file)).toEqual(tableContents(a.file));
  });

  it('extracts here what is left to this thread, reports a failed extraction and stores the rest', async () => {
    const a = freshService();
    const b = freshService();
    a.service.ingestPaths(INPUTS);
    let n = 0;
    const r = await b.service.ingestPathsWith(INPUTS, (doc) => {
      n++;
      if (n === 3) return Promise.reject(new Error('the worker thread stopped (out of memory)'));
      return n % 2 === 0 ? Promise.resolve(null) : elsewhere(doc);
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toBe('the worker thread stopped (out of memory)');
    // a re-run stores the one that failed, and sends out nothing else
    const again: string[] = [];
    const second = await b.service.ingestPathsWith(INPUTS, (doc) => (again.push(doc.path ?? ''), elsewhere(doc)));
    expect(again).toEqual([r.errors[0]?.path]);
    expect(second.documents).toBe(1);
    a.service.close();
    b.service.close();
    expect(tableContents(b.file).statements?.length).toBe(tableContents(a.file).statements?.length);
  });

  it('reports progress once per file, in order, across batches', async () => {
    const { service } = freshService();
    const dir = join(ROOT, 'test/fixtures');
    // (enough blind sets for two batches and a part of a third, not all of them: the sets grow every session, and the
    // test's time with them)
    const folders: string[] = [];
    let files = 0;
    for (const f of readdirSync(dir).filter((x) => x.startsWith('blind')).sort()) {
      if (files > INGEST_BATCH.files * 2.5) break;
      folders.push(join(dir, f));
      files += readdirSync(join(dir, f)).length;
    }
    const seen: number[] = [];
    let total = 0;
    const r = await service.ingestPathsWith(folders, elsewhere, {
      onProgress(done, all) {
        seen.push(done);
        total = all;
      },
    });
    service.close();
    expect(r.files).toBeGreaterThan(INGEST_BATCH.files);
    expect(total).toBe(r.files);
    expect(seen).toEqual(Array.from({ length: r.files }, (_, i) => i + 1));
  });
});
