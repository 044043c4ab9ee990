// A crash at the worst moment of ingesting one document, simulated deterministically (the soak suite kills a
// real process): the document, its statements, its sources, its themes and the speakers it taught the
// registry commit together or not at all, so a re-run gives what a clean run gives.
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { loadSeedSpeakers } from '../../src/cli.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { openSqliteStore, type SqliteStatementStore } from '../../src/adapters/sqlite/index.ts';
import { checkDatabase, cleanUp, HEALTHY, statementsByDocument, tempDir } from './helpers.ts';

afterAll(cleanUp);

const INTRO = loadDocument({
  data: 'MOSCOW, October 8. /TASS/. Russian Deputy Foreign Minister Andrei Rudenkov said on Tuesday that the talks on the Caspian shelf would resume in November.',
  path: 'a.txt',
});
const LATER = loadDocument({
  data: 'MOSCOW, October 9. /TASS/. Rudenkov told reporters on Wednesday that the Caspian shelf talks had been postponed.',
  path: 'b.txt',
});

/** The store, except that `method` dies (like the process would) the first time it is called. */
function dyingOnce(store: SqliteStatementStore, method: 'saveSpeakers' | 'addDocument'): SqliteStatementStore {
  let dead = false;
  return new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (prop === method && !dead) {
        return (...args: unknown[]) => {
          dead = true;
          if (method === 'addDocument') (value as (...a: unknown[]) => unknown).apply(target, args); // written, then the crash
          throw new Error('killed');
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function cleanRun(file: string): void {
  const service = createBriefingService({ store: openSqliteStore(file), seedSpeakers: loadSeedSpeakers() });
  service.ingestDocument(INTRO);
  service.ingestDocument(LATER);
  service.close();
}

describe('a crash while storing a document', () => {
  it.each(['saveSpeakers', 'addDocument'] as const)('(in %s) keeps all of the document or none of it', (method) => {
    const dir = tempDir();
    const reference = join(dir, 'clean.db');
    cleanRun(reference);

    const file = join(dir, 'crashed.db');
    const store = openSqliteStore(file);
    const crashing = createBriefingService({ store: dyingOnce(store, method), seedSpeakers: loadSeedSpeakers() });
    expect(() => crashing.ingestDocument(INTRO)).toThrow('killed');
    store.close();
    expect(checkDatabase(file)).toMatchObject({ ...HEALTHY, documents: 0, statements: 0 });

    // The restart ingests both documents; the later one keeps "Rudenkov" as a clean run does (a document's
    // speakers come from the document, never from what an earlier one taught), and search still finds it.
    const restarted = createBriefingService({ store: openSqliteStore(file), seedSpeakers: loadSeedSpeakers() });
    expect(restarted.ingestDocument(INTRO).added).toBe(true);
    expect(restarted.ingestDocument(LATER).added).toBe(true);
    expect(restarted.quote('Caspian postponed')[0]?.statement.speaker).toBe('Rudenkov');
    restarted.close();
    expect(statementsByDocument(file)).toEqual(statementsByDocument(reference));
  });

  it('a failed document leaves what it taught for the next one to save', () => {
    const dir = tempDir();
    const store = openSqliteStore(join(dir, 'x.db'));
    const service = createBriefingService({ store: dyingOnce(store, 'saveSpeakers'), seedSpeakers: loadSeedSpeakers() });
    expect(() => service.ingestDocument(INTRO)).toThrow('killed');
    expect(service.ingestDocument(LATER).added).toBe(true);
    expect(store.loadSpeakers().map((s) => s.name)).toContain('Andrei Rudenkov');
    store.close();
  });
});
