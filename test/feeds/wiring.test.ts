// The feed poller plugs into main.ts as a background task and takes main's pino logger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { BackgroundTask } from '../../src/main.ts';
import { feedPollingTask, type FeedLogger } from '../../src/feeds/index.ts';

describe('feedPollingTask', () => {
  it('is a main.ts background task that starts and stops', async () => {
    const task: BackgroundTask = feedPollingTask({ cron: '0 0 1 1 *' });
    const logger: FeedLogger = pino({ level: 'silent' });
    expect(logger).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'briefdesk-feeds-task-'));
    const lines: string[] = [];
    const stop = feedPollingTask({ cron: '0 0 1 1 *' })({
      config: { db: join(dir, 'task.db') },
      service: { ingestDocument: () => { throw new Error('no items expected'); } },
      logger: { info: (_o, m) => void lines.push(`info ${m}`), warn: (_o, m) => void lines.push(`warn ${m}`), error: (_o, m) => void lines.push(`error ${m}`) },
    });
    await stop();
    expect(lines).toEqual([]);
    expect(typeof task).toBe('function');
    rmSync(dir, { recursive: true, force: true });
  });
});
