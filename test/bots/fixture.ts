// Test wiring for the bot layer: a service over a temp SQLite file holding the shipped corpus, the digest
// subscriptions and feeds on the same file, the app's full command registry, a silent logger, and a command
// context. No network, no shared state between test files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createAppRegistry, type AppServices } from '../../src/app-registry.ts';
import type { ChatRef, CommandContext, CommandRegistry, Platform } from '../../src/bots/commands.ts';
import { DEFAULT_CORPUS, openService } from '../../src/cli.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';
import type { Summariser } from '../../src/core/summarise/index.ts';
import { openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import type { SubscriptionStore } from '../../src/digest/subscription-store.ts';
import type { HttpFetcher } from '../../src/feeds/http.ts';
import type { FeedService } from '../../src/feeds/service.ts';
import { openFeedService } from '../../src/feeds/task.ts';

export interface Fixture {
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly subscriptions: SubscriptionStore;
  readonly feeds: FeedService;
  readonly dbPath: string;
  close(): void;
}

const NO_NETWORK: HttpFetcher = { get: () => Promise.reject(new Error('tests do not fetch feeds')) };

/** A fresh database with data/corpus ingested, and the registry main.ts builds. */
export function corpusFixture(options: { summariser?: Summariser | null } = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'briefdesk-bots-'));
  const dbPath = join(dir, 'test.db');
  const service = openService(dbPath);
  const report = service.ingestPaths([DEFAULT_CORPUS]);
  if (report.documents === 0) throw new Error('test fixture: nothing ingested from data/corpus');
  const subscriptions = openSqliteSubscriptionStore(dbPath);
  const feeds = openFeedService(dbPath, service, { http: NO_NETWORK });
  const services: AppServices = { subscriptions, feeds, summariser: options.summariser ?? null };
  return {
    service,
    registry: createAppRegistry(() => services),
    subscriptions,
    feeds,
    dbPath,
    close() {
      feeds.close();
      subscriptions.close();
      service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const silentLogger = pino({ level: 'silent' });

export function contextFor(f: Fixture, platform: Platform = 'console', pageSize = 10, chat: Partial<ChatRef> & { admin?: boolean } = {}): CommandContext {
  const { admin = platform === 'console', ...ref } = chat;
  return {
    service: f.service,
    registry: f.registry,
    chat: { platform, chatId: 'test', userId: null, ...ref },
    pageSize,
    now: () => new Date('2021-10-10T12:00:00Z'),
    isAdmin: () => admin,
  };
}
