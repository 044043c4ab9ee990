// `briefdesk start` as Discord shard 1 of 2 on SQLite (a real process against the loopback stand-ins): it
// connects its shard and answers, but leaves digests, feed polling and Telegram to shard 0 and says so — on SQLite
// nothing else would stop every shard from sending each digest. (With DATABASE_URL every shard runs them under
// leases: test/e2e/discord-shards.e2e.test.ts.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn } from './discord-standin.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TG_TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const TG_BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
const DC_TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';

let tg: TelegramStandIn;
let gw: DiscordStandIn;
let dir: string;

beforeAll(async () => {
  tg = await TelegramStandIn.start({ token: TG_TOKEN, botInfo: TG_BOT });
  gw = await DiscordStandIn.start();
  dir = mkdtempSync(join(tmpdir(), 'briefdesk-shard-'));
});

afterAll(async () => {
  await tg?.close();
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefdesk start as one Discord shard of several', () => {
  it('connects shard 1 of 2 and leaves digests, feeds and Telegram to shard 0 on SQLite', async () => {
    const child = spawn(process.execPath, [resolve('bin/briefdesk.js'), 'start', '--db', join(dir, 'db.sqlite')], {
      cwd: dir,
      env: {
        ...process.env,
        TELEGRAM_TOKEN: TG_TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        TELEGRAM_WEBHOOK_URL: '',
        DISCORD_TOKEN: DC_TOKEN,
        DISCORD_API_ROOT: gw.api,
        DISCORD_SHARD_ID: '1',
        DISCORD_SHARD_COUNT: '2',
        DATABASE_URL: '',
        SUMMARY_API_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const running = new Promise<void>((ok) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString('utf8');
        if (stderr.includes('Ctrl+C stops')) ok();
      });
    });
    const exited = new Promise<number | null>((ok) => child.on('close', ok));
    await Promise.race([running, exited]);
    expect(gw.identify).toMatchObject({ token: DC_TOKEN, shard: [1, 2] });
    expect(stderr).toContain('connected to the gateway (shard 1 of 2)');
    expect(stderr).toContain('discord shard 1 of 2: digests, feed polling and Telegram run on shard 0');
    expect(stderr).toContain('running: discord (briefdesk)');
    expect(stderr).not.toContain('digests: delivered to');
    expect(tg.calls).toEqual([]); // Telegram untouched: no getMe, no polling that would fight shard 0's

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/"level":(50|60)/);
  });
});
