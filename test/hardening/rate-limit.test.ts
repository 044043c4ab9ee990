// The per-user token bucket: bursts up to capacity, steady refill, per platform+user, a polite answer with
// the wait, bounded memory; and its wiring into the command registry and Telegram inline search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { rateLimitedLine, rateLimitedReply, RateLimiter, waitWords } from '../../src/bots/rate-limit.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { answerInline } from '../../src/bots/telegram/inline.ts';
import { contextFor, corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { TelegramStandIn } from '../e2e/telegram-standin.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

const ana = { platform: 'telegram', userId: '42' } as const;
const bob = { platform: 'telegram', userId: '43' } as const;
const anaOnDiscord = { platform: 'discord', userId: '42' } as const;

describe('RateLimiter', () => {
  it('allows a burst up to capacity, then refuses with the time until the next token', () => {
    const c = clock();
    const limiter = new RateLimiter({ commands: { capacity: 3, refillPerSecond: 0.5 }, now: c.now });
    expect([1, 2, 3].map(() => limiter.take(ana).allowed)).toEqual([true, true, true]);
    expect(limiter.take(ana)).toEqual({ allowed: false, retryAfterMs: 2000 });
    c.advance(1000);
    expect(limiter.take(ana)).toEqual({ allowed: false, retryAfterMs: 1000 });
    c.advance(1000);
    expect(limiter.take(ana)).toEqual({ allowed: true });
    expect(limiter.take(ana).allowed).toBe(false);
  });

  it('refills steadily, never above capacity', () => {
    const c = clock();
    const limiter = new RateLimiter({ commands: { capacity: 2, refillPerSecond: 1 }, now: c.now });
    c.advance(3_600_000); // an hour idle still gives only `capacity`
    expect([1, 2, 3].map(() => limiter.take(ana).allowed)).toEqual([true, true, false]);
    let allowed = 0;
    for (let i = 0; i < 100; i++) {
      c.advance(100);
      if (limiter.take(ana).allowed) allowed++;
    }
    expect(allowed).toBe(10); // 10 s at one per second
  });

  it('keys on platform and user, and keeps commands and inline queries apart', () => {
    const c = clock();
    const limiter = new RateLimiter({ commands: { capacity: 1, refillPerSecond: 0.1 }, inline: { capacity: 2, refillPerSecond: 0.1 }, now: c.now });
    expect(limiter.take(ana).allowed).toBe(true);
    expect(limiter.take(ana).allowed).toBe(false);
    expect(limiter.take(bob).allowed).toBe(true);
    expect(limiter.take(anaOnDiscord).allowed).toBe(true);
    expect(limiter.take(ana, 'inline').allowed).toBe(true);
    expect(limiter.take(ana, 'inline').allowed).toBe(true);
    expect(limiter.take(ana, 'inline').allowed).toBe(false);
  });

  it('never limits the console or an update without a user', () => {
    const limiter = new RateLimiter({ commands: { capacity: 1, refillPerSecond: 0.001 }, now: () => 0 });
    for (let i = 0; i < 100; i++) {
      expect(limiter.take({ platform: 'console', userId: null }).allowed).toBe(true);
      expect(limiter.take({ platform: 'telegram', userId: null }).allowed).toBe(true);
    }
    expect(limiter.size).toBe(0);
  });

  it('is not fooled by a clock that goes backwards', () => {
    const c = clock();
    const limiter = new RateLimiter({ commands: { capacity: 1, refillPerSecond: 1 }, now: c.now });
    expect(limiter.take(ana).allowed).toBe(true);
    c.advance(-60_000);
    expect(limiter.take(ana).allowed).toBe(false);
  });

  it('keeps memory bounded: full buckets are forgotten first, then the least recently used', () => {
    const c = clock();
    const limiter = new RateLimiter({ commands: { capacity: 2, refillPerSecond: 1 }, now: c.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take({ platform: 'discord', userId: String(i) });
    expect(limiter.size).toBeLessThanOrEqual(100);
    // A heavy user who just used the bot is remembered while idle users are forgotten.
    limiter.take(ana);
    limiter.take(ana);
    c.advance(5_000);
    for (let i = 0; i < 150; i++) limiter.take({ platform: 'discord', userId: `x${i}` });
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it('rejects nonsense limits', () => {
    expect(() => new RateLimiter({ commands: { capacity: 0, refillPerSecond: 1 } })).toThrow(RangeError);
    expect(() => new RateLimiter({ inline: { capacity: 5, refillPerSecond: 0 } })).toThrow(RangeError);
  });
});

describe('the polite answer', () => {
  it('says how long to wait, in words', () => {
    expect(waitWords(0)).toBe('a few seconds');
    expect(waitWords(2500)).toBe('a few seconds');
    expect(waitWords(12_000)).toBe('about 12 seconds');
    expect(waitWords(150_000)).toBe('about 3 minutes');
    const reply = rateLimitedReply(12_000);
    expect(reply.title).toBe('You are sending requests a little fast. Please try again in about 12 seconds.');
    expect(reply.ephemeral).toBe(true);
    expect(rateLimitedLine(89_000).length).toBeLessThanOrEqual(64); // Telegram's inline button text limit
  });
});

describe('wired into the command registry and inline search', () => {
  let fx: Fixture;
  const c = clock();
  beforeAll(() => {
    fx = corpusFixture();
    fx.registry.rateLimiter = new RateLimiter({ commands: { capacity: 3, refillPerSecond: 0.5 }, inline: { capacity: 5, refillPerSecond: 1 }, now: c.now });
  });
  afterAll(() => fx?.close());
  const as = (userId: string, platform: 'telegram' | 'discord' | 'console' = 'telegram'): CommandContext => contextFor(fx, platform, 5, { chatId: '-1', userId });
  const quote = (ctx: CommandContext) => {
    const def = fx.registry.get('quote');
    if (!def) throw new Error('no /quote');
    return fx.registry.run('quote', parseTextInput(def, 'Lavrov NATO'), ctx);
  };

  it('answers a user over the limit politely, leaves others alone, and lets them back in after the wait', async () => {
    const titles = [];
    for (let i = 0; i < 5; i++) titles.push((await quote(as('7'))).title);
    expect(titles.slice(0, 3).every((t) => t.startsWith('Statements for'))).toBe(true);
    expect(titles.slice(3)).toEqual(Array(2).fill('You are sending requests a little fast. Please try again in a few seconds.'));
    expect((await quote(as('8'))).title).toMatch(/^Statements for/);
    expect((await quote(as('7', 'discord'))).title).toMatch(/^Statements for/);
    for (let i = 0; i < 20; i++) expect((await quote(as('7', 'console'))).title).toMatch(/^Statements for/);
    // Paging buttons are commands too.
    expect((await fx.registry.runPage({ command: 'quote', text: 'Lavrov NATO', offset: 5, limit: 5 }, as('7'))).title).toMatch(/^You are sending/);
    c.advance(2000);
    expect((await quote(as('7'))).title).toMatch(/^Statements for/);
  });

  it('inline queries have their own bucket and a one-line answer in the results button', async () => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await answerInline('Lavrov NATO', '', as('9'), 5));
    expect(answers.slice(0, 5).every((a) => a.results.length > 0)).toBe(true);
    for (const a of answers.slice(5)) {
      expect(a.results).toEqual([]);
      expect(a.options).toMatchObject({ cache_time: 0, is_personal: true, button: { text: 'Too many searches: try again in a few seconds', start_parameter: 'help' } });
    }
    // Inline searches did not use up the user's commands.
    expect((await quote(as('9'))).title).toMatch(/^Statements for/);
  });
});

describe('through the Telegram adapter (loopback Bot API)', () => {
  const TOKEN = '123456789:TEST-token_for-the-stand-in-server';
  const BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
  const USER = { id: 4242, is_bot: false, first_name: 'Ana' };
  let fx: Fixture;
  let api: TelegramStandIn;
  let bot: TelegramHandle;
  beforeAll(async () => {
    fx = corpusFixture();
    fx.registry.rateLimiter = new RateLimiter({ now: () => 0 }); // the defaults, with time standing still
    api = await TelegramStandIn.start({ token: TOKEN, botInfo: BOT });
    bot = await startTelegramBot({ token: TOKEN, apiRoot: api.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
  });
  afterAll(async () => {
    await bot?.stop();
    await api?.close();
    fx?.close();
  });

  it('answers every request of a flood: the first ones with results, the rest with the polite notice', async () => {
    const from = api.calls.length;
    for (let i = 0; i < 12; i++) {
      const text = `/quote Lavrov NATO ${i}`;
      api.push({ message: { message_id: 1000 + i, date: 1_700_000_000, chat: { id: USER.id, type: 'private', first_name: 'Ana' }, from: USER, text, entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
    }
    const sent = await api.waitFor('sendMessage', 12, from);
    // inline queries one after the other (a batch of them would leave only the newest to answer: stale ones are
    // skipped, see inline-typing.test.ts)
    for (let i = 0; i < 40; i++) {
      api.push({ inline_query: { id: `flood-${i}`, from: USER, query: 'Lavrov', offset: '' } });
      await api.waitFor('answerInlineQuery', i + 1, from);
    }
    const inline = await api.waitFor('answerInlineQuery', 40, from);
    const texts = sent.map((c) => String(c.payload.text));
    expect(texts.filter((t) => t.startsWith('<b>Statements for'))).toHaveLength(8);
    expect(texts.filter((t) => t.startsWith('<b>You are sending requests a little fast.'))).toHaveLength(4);
    const limited = inline.filter((c) => (c.payload.button as { text?: string } | undefined)?.text?.startsWith('Too many searches'));
    expect(limited).toHaveLength(10);
    expect(inline.filter((c) => (c.payload.results as unknown[]).length > 0)).toHaveLength(30);
    expect(new Set(inline.map((c) => c.payload.inline_query_id)).size).toBe(40); // none dropped, none twice
  });
});
