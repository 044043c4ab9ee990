// `briefdesk start` as a real process with both bots configured against the loopback stand-ins: the bots,
// the digest scheduler and the feed poller start, the command menus include the digest and feeds commands,
// and SIGTERM shuts everything down with exit code 0.
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
  dir = mkdtempSync(join(tmpdir(), 'briefdesk-start-'));
});

afterAll(async () => {
  await tg?.close();
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefdesk start with bots', () => {
  it('runs the bots, the digest scheduler and the feed poller, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [resolve('bin/briefdesk.js'), 'start', '--db', join(dir, 'db.sqlite')], {
      cwd: dir,
      env: {
        ...process.env,
        TELEGRAM_TOKEN: TG_TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        TELEGRAM_WEBHOOK_URL: '',
        DISCORD_TOKEN: DC_TOKEN,
        DISCORD_API_ROOT: gw.api,
        SUMMARY_API_URL: '',
        FEED_POLL_CRON: '*/15 * * * *',
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
    expect(stderr).toContain('running: telegram (@briefdesk_test_bot, polling), discord (briefdesk)');
    expect(stderr).toContain('digests: delivered to telegram, discord');

    const [menu] = await tg.waitFor('setMyCommands');
    expect((menu?.payload.commands as { command: string }[]).map((c) => c.command)).toEqual([
      'quote',
      'speakers',
      'summary',
      'themes',
      'digest',
      'subscribe',
      'unsubscribe',
      'sources',
      'trend',
      'help',
    ]);

    child.kill('SIGTERM'); // at once: the handler is in place before the line above is logged
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: shutting down');
    expect(stderr).not.toMatch(/"level":(50|60)/); // no error or fatal log line
    expect(stderr).not.toContain(TG_TOKEN);
    expect(stderr).not.toContain(DC_TOKEN);
  });
});
