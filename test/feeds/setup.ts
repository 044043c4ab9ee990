// Wiring for feed tests: a briefing service and a feed service on one temporary database file (two
// connections, as in production), a controllable clock, no polite-delay sleeping, and private addresses
// allowed (the loopback stand-in); pass `http: { allowPrivate: false }` to test the guard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedSpeakers } from '../../src/cli.ts';
import { createBriefingService, type BriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteFeedStore, openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { createFeedService, type FeedService, type FeedServiceDeps, type HttpOptions } from '../../src/feeds/index.ts';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function clock(start = '2024-05-25T06:00:00Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (iso) => void (t = Date.parse(iso)), advance: (ms) => void (t += ms) };
}

export interface Harness {
  readonly dir: string;
  readonly db: string;
  readonly briefing: BriefingService;
  readonly feeds: FeedService;
  readonly clock: Clock;
  readonly sleeps: number[];
  close(): void;
}

export function harness(options: { http?: HttpOptions; deps?: Partial<FeedServiceDeps> } = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'briefdesk-feeds-'));
  const db = join(dir, 'test.db');
  const c = clock();
  const sleeps: number[] = [];
  const briefing = createBriefingService({ store: openSqliteStore(db), seedSpeakers: loadSeedSpeakers() });
  const feeds = createFeedService({
    store: openSqliteFeedStore(db),
    briefing,
    now: c.now,
    httpOptions: {
      // The stand-in publishers listen on 127.0.0.1: these tests opt in, as an intranet deployment would.
      allowPrivate: true,
      // generous: a loaded test machine may take seconds to answer (tests of the timeout set their own)
      timeoutMs: 10_000,
      politeDelayMs: 0,
      sleep: async (ms) => void sleeps.push(ms),
      ...options.http,
    },
    ...options.deps,
  });
  return {
    dir,
    db,
    briefing,
    feeds,
    clock: c,
    sleeps,
    close() {
      feeds.close();
      briefing.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
