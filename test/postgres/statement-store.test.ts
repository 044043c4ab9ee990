// The statement store contract against PostgreSQL, plus what only PostgreSQL has: migrations shared by instances.
import { describe, expect, it } from 'vitest';
import { createPgStatementStore, migratePostgres, openPgConnection, pgSchemaVersion, PG_MIGRATIONS } from '../../src/adapters/postgres/index.ts';
import { runStoreContract } from '../core/store/store-contract.ts';
import { makeDoc, makeQuery, makeStatement } from '../core/store/builders.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

const rethrow = (error: unknown) => {
  throw error;
};

describe.skipIf(!postgresUrl)('PostgreSQL statement store', () => {
  runStoreContract('postgres', () => createPgStatementStore(openPgConnection(freshPostgresUrl()), { onSearchError: rethrow }));

  it('migrates once, even when two instances start together, and refuses a newer schema', () => {
    const url = freshPostgresUrl();
    const a = openPgConnection(url);
    const b = openPgConnection(url);
    const latest = Math.max(...PG_MIGRATIONS.map((m) => m.version));
    expect(migratePostgres(a)).toBe(latest);
    expect(migratePostgres(b)).toBe(latest);
    expect(a.query('SELECT count(*)::int AS n FROM briefdesk_migrations').rows).toEqual([{ n: PG_MIGRATIONS.length }]);
    a.query('INSERT INTO briefdesk_migrations (version, description) VALUES (999, $1)', ['from the future']);
    expect(() => migratePostgres(b)).toThrow(/schema version 999 is newer than this program supports/);
    expect(pgSchemaVersion(b)).toBe(999);
    a.close();
    b.close();
  });

  it('sees what another instance stored (shared database, caches follow the data version)', () => {
    const url = freshPostgresUrl();
    const one = createPgStatementStore(openPgConnection(url), { onSearchError: rethrow });
    const two = createPgStatementStore(openPgConnection(url), { onSearchError: rethrow });
    expect(two.stats().statements).toBe(0);
    const version = two.dataVersion?.();
    const doc = makeDoc();
    one.addDocument(doc, [makeStatement(doc, { text: 'Wheat prices will fall', speaker: 'Dmitry Peskov' })]);
    expect(two.dataVersion?.()).not.toBe(version);
    expect(two.stats().statements).toBe(1);
    expect(two.speakerCounts()).toEqual([{ name: 'Dmitry Peskov', statements: 1 }]);
    expect(two.search(makeQuery({ terms: ['wheat'] }), 5).map((h) => h.statement.text)).toEqual(['Wheat prices will fall']);
    // the same document from the second instance is recognised, not stored twice
    expect(two.addDocument(doc, [makeStatement(doc, { text: 'Wheat prices will fall', speaker: 'Dmitry Peskov' })]).added).toBe(false);
    one.close();
    two.close();
  });
});
