// Telegram inline mode while the user types: only a user's latest query is answered — queries that arrive
// together (webhook) are settled on a fake clock, and a long-polling batch is seen whole before any is handled —
// and the answer completes the last word. No network: the Bot API is a transformer that records calls.
import type { UserFromGetMe } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTelegramBot, startTelegramBot } from '../../src/bots/telegram/bot.ts';
import { TelegramStandIn } from '../e2e/telegram-standin.ts';
import { LatestOnly } from '../../src/bots/latest-only.ts';
import { corpusFixture, silentLogger, type Fixture } from './fixture.ts';

const TOKEN = '7:offline-token';
const BOT = {
  id: 7,
  is_bot: true,
  first_name: 'Briefdesk',
  username: 'briefdesk_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as unknown as UserFromGetMe;

let fx: Fixture;
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => fx.close());
afterEach(() => {
  vi.useRealTimers();
});

type Call = { method: string; payload: Record<string, unknown> };

/** A bot whose API calls are recorded and answered locally; `updates` is what getUpdates returns. */
function offlineBot(updates: unknown[] = []) {
  const calls: Call[] = [];
  const bot = createTelegramBot({ token: '7:offline', service: fx.service, registry: fx.registry, logger: silentLogger, botInfo: BOT, inlineSettleMs: 50 });
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const result = method === 'getUpdates' ? updates : true;
    return { ok: true, result } as never;
  });
  const answered = () => calls.filter((c) => c.method === 'answerInlineQuery').map((c) => c.payload.inline_query_id);
  return { bot, calls, answered };
}

let nextUpdate = 1000;
function inline(user: number, query: string, id = `q${nextUpdate}`) {
  return { update_id: nextUpdate++, inline_query: { id, from: { id: user, is_bot: false, first_name: 'U' }, query, offset: '', chat_type: 'sender' as const } };
}

describe('inline queries while typing', () => {
  it('answers only the latest of a user’s queries that arrive together (webhook)', async () => {
    vi.useFakeTimers();
    const { bot, answered } = offlineBot();
    const typed = [inline(1, 'L', 'a1'), inline(1, 'La', 'a2'), inline(1, 'Lav', 'a3'), inline(2, 'Zakh', 'b1')];
    const done = Promise.all(typed.map((u) => bot.handleUpdate(u)));
    await vi.advanceTimersByTimeAsync(50);
    await done;
    expect(answered().sort()).toEqual(['a3', 'b1']); // another user's query is nobody's stale query
  });

  it('skips the older queries of a long-polling batch before handling any (loopback Bot API)', async () => {
    const api = await TelegramStandIn.start({ token: TOKEN, botInfo: BOT as unknown as Record<string, unknown> });
    const bot = await startTelegramBot({ token: TOKEN, apiRoot: api.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
    try {
      const from = api.calls.length;
      const query = (id: string, text: string) => ({ inline_query: { id, from: { id: 3, is_bot: false, first_name: 'U' }, query: text, offset: '', chat_type: 'sender' } });
      api.pushAll([query('c1', 'sanc'), query('c2', 'sanctions Lav'), { inline_query: { ...query('e1', 'Zakh').inline_query, from: { id: 5, is_bot: false, first_name: 'V' } } }]);
      // Updates are handled in order: once e1 (the last) is answered, c1 would have been answered before it.
      const answers = await api.waitFor('answerInlineQuery', 2, from);
      expect(answers.map((c) => c.payload.inline_query_id)).toEqual(['c2', 'e1']);
    } finally {
      await bot.stop();
      await api.close();
    }
  });

  it('answers a query typed after the previous answer, completing the last word', async () => {
    vi.useFakeTimers();
    const { bot, calls, answered } = offlineBot();
    for (const [query, id] of [['Lavr', 'd1'], ['Lavrov NAT', 'd2']] as const) {
      const handled = bot.handleUpdate(inline(4, query, id));
      await vi.advanceTimersByTimeAsync(50);
      await handled;
    }
    expect(answered()).toEqual(['d1', 'd2']);
    const titles = (id: string) =>
      ((calls.find((c) => c.payload.inline_query_id === id)?.payload.results ?? []) as { title: string }[]).map((r) => r.title);
    expect(titles('d1').length).toBeGreaterThan(0);
    expect(titles('d1').every((t) => t.startsWith('Sergey Lavrov'))).toBe(true);
    expect(titles('d2').length).toBeGreaterThan(0);
  });
});

describe('LatestOnly', () => {
  it('keeps the newest number per key, in any arrival order', () => {
    const latest = new LatestOnly(2);
    latest.arrive('u', 5);
    latest.arrive('u', 3); // an older request noticed late changes nothing
    expect(latest.isLatest('u', 3)).toBe(false);
    expect(latest.isLatest('u', 5)).toBe(true);
    expect(latest.isLatest('nobody', 1)).toBe(true);
    latest.arrive('v', 1);
    latest.arrive('w', 1); // forgets the least recent key
    expect(latest.isLatest('u', 3)).toBe(true);
  });
});
