// Test wiring for the bot layer: a service over a temp SQLite file holding the shipped corpus, a
// silent logger, and a command context. No network, no shared state between test files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { CommandContext, CommandRegistry, Platform } from '../../src/bots/commands.ts';
import { createDefaultRegistry } from '../../src/bots/handlers.ts';
import { DEFAULT_CORPUS, openService } from '../../src/cli.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';

export interface Fixture {
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly dbPath: string;
  close(): void;
}

/** A fresh database with data/corpus ingested. */
export function corpusFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'briefdesk-bots-'));
  const dbPath = join(dir, 'test.db');
  const service = openService(dbPath);
  const report = service.ingestPaths([DEFAULT_CORPUS]);
  if (report.documents === 0) throw new Error('test fixture: nothing ingested from data/corpus');
  return {
    service,
    registry: createDefaultRegistry(),
    dbPath,
    close() {
      service.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const silentLogger = pino({ level: 'silent' });

export function contextFor(f: Fixture, platform: Platform = 'console', pageSize = 10): CommandContext {
  return {
    service: f.service,
    registry: f.registry,
    chat: { platform, chatId: 'test', userId: null },
    pageSize,
    now: () => new Date('2021-10-10T12:00:00Z'),
  };
}
