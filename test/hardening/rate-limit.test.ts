// The per-user token bucket: bursts up to capacity, steady refill, per platform+user, a polite answer with
// the wait, bounded memory; and its wiring into the command registry and Telegram inline search.
import { describe, expect, it } from 'vitest';
import { rateLimitedLine, rateLimitedReply, RateLimiter, waitWords } from '../../src/bots/rate-limit.ts';

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
