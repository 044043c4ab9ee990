// The digest delivery adapters: where each part goes (chat, forum topic, thread), which key travels with
// it, and the Telegram adapter's record of sent keys (Telegram itself cannot drop a repeat) under the
// digest runner's timeout-and-retry, with fake timers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discordDigestDelivery } from '../../src/bots/discord/delivery.ts';
import { telegramDigestDelivery } from '../../src/bots/telegram/delivery.ts';
import { runDigest, subscribe, type Subscription } from '../../src/digest/index.ts';
import { renderForPlatform } from '../../src/digest/task.ts';
import { ingestText, makeFixture, removeFixtures } from '../digest/helpers.ts';

const KEY = '0123456789abcdef01234567';

function subscription(over: Partial<Subscription>): Subscription {
  return {
    id: 'x',
    platform: 'telegram',
    channelId: '-100555',
    threadId: null,
    time: '08:00',
    timeZone: 'UTC',
    themes: [],
    speakers: [],
    whenEmpty: 'skip',
    chart: false,
    cursor: 0,
    lastSlot: null,
    lastDeliveredAt: null,
    createdAt: '2024-05-01T00:00:00.000Z',
    updatedAt: '2024-05-01T00:00:00.000Z',
    ...over,
  };
}

afterEach(() => {
  vi.useRealTimers();
  removeFixtures();
});

describe('telegramDigestDelivery', () => {
  it('sends each part as HTML to the chat, or to the forum topic', async () => {
    const calls: unknown[][] = [];
    const delivery = telegramDigestDelivery({ sendHtml: async (...args) => (calls.push(args), { messageId: calls.length }) });
    await delivery.send(subscription({}), ['<b>one</b>'], KEY);
    await delivery.send(subscription({ threadId: '77' }), ['<b>two</b>'], 'ffffffffffffffffffffffff');
    expect(calls).toEqual([
      ['-100555', '<b>one</b>', { threadId: null }],
      ['-100555', '<b>two</b>', { threadId: '77' }],
    ]);
  });

  it('never sends the same key twice to a chat: a retry joins the try in flight or finds it sent', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((ok) => {
      release = ok;
    });
    const calls: string[] = [];
    const delivery = telegramDigestDelivery({
      sendHtml: async (chat, html) => {
        calls.push(`${chat} ${html}`);
        await gate;
        return { messageId: calls.length };
      },
    });
    const sub = subscription({});
    const first = delivery.send(sub, ['part'], KEY);
    const retry = delivery.send(sub, ['part'], KEY); // the runner gave up waiting and tries again
    release();
    await Promise.all([first, retry]);
    await delivery.send(sub, ['part'], KEY); // the confirmation came late; the next run resumes the part
    expect(calls).toEqual(['-100555 part']);
    await delivery.send(subscription({ channelId: '-100666' }), ['part'], KEY); // another chat is another record
    expect(calls).toHaveLength(2);
  });

  it('sends again after a failed try', async () => {
    let fail = true;
    const calls: string[] = [];
    const delivery = telegramDigestDelivery({
      sendHtml: async (_chat, html) => {
        calls.push(html);
        if (fail) throw new Error('Bad Gateway');
        return { messageId: 2 };
      },
    });
    await expect(delivery.send(subscription({}), ['part'], KEY)).rejects.toThrow('Bad Gateway');
    fail = false;
    await delivery.send(subscription({}), ['part'], KEY);
    expect(calls).toEqual(['part', 'part']);
  });

  it('under the digest runner, a part confirmed after the timeout is posted once and the cursor moves', async () => {
    vi.useFakeTimers({ now: new Date('2024-05-01T08:00:00Z') });
    const fx = makeFixture({ corpus: false });
    try {
      const sub = subscribe({ subscriptions: fx.subscriptions }, { platform: 'telegram', channelId: '-100777', threadId: '9', time: '07:00' });
      ingestText(fx.service, 'MOSCOW, May 1. /TASS/. "We see thousands of refugees at the border," Russian Foreign Minister Sergey Lavrov said.', '2024-05-01');
      const posted: { chat: string; thread: string | null | undefined; html: string }[] = [];
      // Telegram answers after 45 s: the runner's 30 s timeout fires first and it retries 10 s later.
      const slowBot = {
        sendHtml: (chat: string, html: string, options?: { threadId?: string | null }) =>
          new Promise<{ messageId: number }>((ok) =>
            setTimeout(() => {
              posted.push({ chat, thread: options?.threadId, html });
              ok({ messageId: posted.length });
            }, 45_000),
          ),
      };
      const deps = {
        store: fx.service,
        subscriptions: fx.subscriptions,
        deliver: telegramDigestDelivery(slowBot),
        render: renderForPlatform,
        sendTimeoutMs: 30_000,
        retryDelayMs: 10_000,
        attempts: 3,
      };
      const outcome = runDigest(deps, sub.id, '2024-05-02');
      await vi.advanceTimersByTimeAsync(120_000);
      expect((await outcome).status).toBe('delivered');
      expect(posted).toHaveLength(1);
      expect(posted[0]).toMatchObject({ chat: '-100777', thread: '9' });
      expect(posted[0]?.html).toMatch(/^<b>Digest /);
      expect(fx.subscriptions.get(sub.id)?.lastSlot).toBe('2024-05-02');
    } finally {
      fx.close();
    }
  });
});

describe('discordDigestDelivery', () => {
  it('posts to the channel, or to the thread, with the idempotency key as nonce', async () => {
    const calls: unknown[][] = [];
    const delivery = discordDigestDelivery({ sendMessage: async (...args) => (calls.push(args), { id: '1' }) });
    await delivery.send(subscription({ platform: 'discord', channelId: '222' }), ['**one**'], KEY);
    await delivery.send(subscription({ platform: 'discord', channelId: '222', threadId: '333' }), ['**two**'], KEY);
    expect(calls).toEqual([
      ['222', '**one**', { nonce: KEY }],
      ['333', '**two**', { nonce: KEY }],
    ]);
  });

  it('gives several parts of one call distinct nonces within Discord’s 25 characters', async () => {
    const nonces: string[] = [];
    const delivery = discordDigestDelivery({ sendMessage: async (_c, _t, o) => (nonces.push(String(o?.nonce)), { id: '1' }) });
    await delivery.send(subscription({ platform: 'discord', channelId: '222' }), ['a', 'b', 'c'], KEY);
    expect(new Set(nonces).size).toBe(3);
    expect(nonces.every((n) => n.length <= 25)).toBe(true);
  });
});
