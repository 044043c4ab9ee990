// The quick start on PostgreSQL: `DATABASE_URL=postgres://… briefdesk ingest data/corpus` then `briefdesk quote
// "Lavrov NATO"` answers from the server, and no SQLite file is written anywhere (not even the default one).
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCliHere as run } from '../helpers/cli.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

const CORPUS = resolve(import.meta.dirname, '../../data/corpus');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.skipIf(!postgresUrl)('DATABASE_URL: the CLI on PostgreSQL', () => {
  it('ingests the shipped corpus and answers /quote from the server, writing no SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdesk-pg-cli-'));
    const defaultDb = join(dir, 'briefdesk.db');
    vi.stubEnv('DATABASE_URL', freshPostgresUrl());
    vi.stubEnv('BRIEFDESK_DB', defaultDb);
    const ingest = await run('ingest', CORPUS);
    expect(ingest.code, ingest.err).toBe(0);
    expect(ingest.out).toMatch(/ingested 5 documents/);
    const quote = await run('quote', 'Lavrov NATO');
    expect(quote.code, quote.err).toBe(0);
    expect(quote.out).toMatch(/^1\. Sergey Lavrov/m);
    expect(quote.out).toMatch(/NATO/);
    expect(existsSync(defaultDb)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
