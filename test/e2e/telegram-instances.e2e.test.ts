// Several instances of one Telegram bot (one database, leases): only one long-polls — Telegram would answer a
// second getUpdates with 409 Conflict — and the others start send-only and say so; when the poller stops, the
// lease is free and a send-only instance takes polling over (and answers commands). Against the loopback Bot API
// stand-in; the timing of the takeover is in test/bots/polling-lease.test.ts (fake timers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { localLeases } from '../../src/core/index.ts';
import { telegramPollingLease } from '../../src/main.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TOKEN = '987654321:TEST-token_for-the-instances-test';
const BOT = { id: 987654321, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_instances_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };

let api: TelegramStandIn;
let fx: Fixture;
const bots: TelegramHandle[] = [];

beforeAll(async () => {
  fx = corpusFixture();
  api = await TelegramStandIn.start({ token: TOKEN, botInfo: BOT });
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await api?.close();
  fx?.close();
});

describe('several instances of one Telegram bot', () => {
  it('long-polls from one instance only; another sends only, and takes polling over once the first has stopped', async () => {
    const leases = localLeases();
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (msg: unknown) => warnings.push(String(msg)) } as typeof silentLogger;
    // a short renewal so that the takeover happens within the test
    const start = (holder: string, renewMs = 20_000) =>
      startTelegramBot({ token: TOKEN, apiRoot: api.apiRoot, service: fx.service, registry: fx.registry, logger, pollingLease: { ...telegramPollingLease(leases, TOKEN, holder), renewMs } });

    const first = await start('instance-a');
    bots.push(first);
    const second = await start('instance-b', 20);
    bots.push(second);
    expect(first.mode).toBe('polling');
    expect(second.mode).toBe('send-only');
    expect(warnings.join('\n')).toMatch(/another instance receives updates by long polling/);
    // the send-only instance still sends (digests go out through any instance)
    await second.sendHtml('42', '<b>digest</b>');
    expect((await api.waitFor('sendMessage'))[0]?.payload).toMatchObject({ chat_id: '42', text: '<b>digest</b>' });

    await first.stop();
    // the send-only instance takes polling over by itself (first gave the lease up on stopping): nobody else
    // polls now, so the command's answer comes from it
    const from = api.calls.length;
    api.push({ message: { message_id: 1, date: 1_700_000_000, chat: { id: 42, type: 'private', first_name: 'Ana' }, from: { id: 7, is_bot: false, first_name: 'Ana' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } });
    const [answer] = await api.waitFor('sendMessage', 1, from);
    expect(answer?.payload).toMatchObject({ chat_id: 42 });
    expect(second.mode).toBe('polling');
    const third = await start('instance-c');
    bots.push(third);
    expect(third.mode).toBe('send-only');
  });
});
