// Per-user rate limits for chat commands and inline queries: a token bucket per platform and user, with an
// injectable clock. A bucket holds `capacity` tokens (the burst a person may send at once) and regains
// `refillPerSecond`; each request takes one. A refused request learns how long to wait, and gets a polite
// answer instead of a search. The console (one local user) and updates without a user are never limited.
// Memory is bounded: buckets that have refilled completely carry no information and are dropped.
import type { ChatRef } from './commands.ts';
import { notice, type Reply } from './render.ts';

export interface BucketOptions {
  /** Requests allowed in a burst. */
  readonly capacity: number;
  /** Tokens regained per second (sustained rate). */
  readonly refillPerSecond: number;
}

export interface RateLimitOptions {
  /** Slash and text commands, paging buttons (default: 8 at once, then one every 2 s). */
  readonly commands?: BucketOptions;
  /** Telegram inline queries, sent as the user types (default: 30 at once, then 2 per second). */
  readonly inline?: BucketOptions;
  /** Milliseconds since some epoch; defaults to Date.now. */
  readonly now?: () => number;
  /** Buckets kept before full ones are pruned (default 10,000). */
  readonly maxKeys?: number;
}

export type RateLimitKind = 'commands' | 'inline';

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

export const DEFAULT_LIMITS: Readonly<Record<RateLimitKind, BucketOptions>> = {
  commands: { capacity: 8, refillPerSecond: 0.5 },
  inline: { capacity: 30, refillPerSecond: 2 },
};

/** Refill is fractional: ten tenths must make a whole token despite floating-point rounding. */
const EPSILON = 1e-9;

interface Bucket {
  tokens: number;
  /** Clock reading when `tokens` was last brought up to date. */
  at: number;
}

/** Token buckets keyed by kind, platform and user. */
export class RateLimiter {
  readonly #limits: Readonly<Record<RateLimitKind, BucketOptions>>;
  readonly #now: () => number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions = {}) {
    this.#limits = { commands: options.commands ?? DEFAULT_LIMITS.commands, inline: options.inline ?? DEFAULT_LIMITS.inline };
    for (const [kind, l] of Object.entries(this.#limits)) {
      if (!(l.capacity >= 1) || !(l.refillPerSecond > 0)) throw new RangeError(`rate limit ${kind}: capacity must be ≥ 1 and refillPerSecond > 0`);
    }
    this.#now = options.now ?? Date.now;
    this.#maxKeys = Math.max(1, options.maxKeys ?? 10_000);
  }

  /** Takes one token for this chat's user, or says how long until one is back. */
  take(chat: Pick<ChatRef, 'platform' | 'userId'>, kind: RateLimitKind = 'commands'): RateDecision {
    if (chat.platform === 'console' || !chat.userId) return { allowed: true };
    const limit = this.#limits[kind];
    const now = this.#now();
    const key = `${kind}:${chat.platform}:${chat.userId}`;
    const bucket = this.#buckets.get(key) ?? { tokens: limit.capacity, at: now };
    // A clock that goes backwards (tests, NTP) never adds tokens.
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * limit.refillPerSecond);
    bucket.at = now;
    let decision: RateDecision;
    if (bucket.tokens >= 1 - EPSILON) {
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      decision = { allowed: true };
    } else {
      decision = { allowed: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / limit.refillPerSecond) * 1000) };
    }
    this.#buckets.delete(key); // re-insert: the map stays in least-recently-used order
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.#maxKeys) this.#prune(now);
    return decision;
  }

  /** Buckets currently remembered (tests, metrics). */
  get size(): number {
    return this.#buckets.size;
  }

  /** Drops full buckets (nothing to remember), then the least recently used ones if still too many. */
  #prune(now: number): void {
    for (const [key, b] of this.#buckets) {
      const limit = this.#limits[key.startsWith('inline:') ? 'inline' : 'commands'];
      if (b.tokens + (Math.max(0, now - b.at) / 1000) * limit.refillPerSecond >= limit.capacity) this.#buckets.delete(key);
    }
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= this.#maxKeys) break;
      this.#buckets.delete(key);
    }
  }
}

/** "a few seconds", "about 12 seconds", "about 2 minutes". */
export function waitWords(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s <= 3) return 'a few seconds';
  if (s < 90) return `about ${s} seconds`;
  return `about ${Math.round(s / 60)} minutes`;
}

/** The polite answer to a refused command (shown only to the asker where the platform can). */
export function rateLimitedReply(retryAfterMs: number): Reply {
  return notice(`You are sending requests a little fast. Please try again in ${waitWords(retryAfterMs)}.`, [
    'This limit is per person and keeps Briefdesk quick for everyone in the chat.',
  ]);
}

/** The short text for places with room for one line (Telegram's inline results button: ≤ 64 characters). */
export function rateLimitedLine(retryAfterMs: number): string {
  return `Too many searches: try again in ${waitWords(retryAfterMs)}`;
}
