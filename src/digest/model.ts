// The digest's data: the platform-neutral Digest the bots render, subscriptions, and the one port the
// bots implement to deliver (DigestDelivery). Plain types only.
import type { DigestStatement } from '../core/index.ts';

/** Statements about one theme (or, for statements no theme covers, one cluster of similar ones). */
export interface DigestGroup {
  /** Theme name ("refugees"), "other:<words>" for a similarity cluster, "other" for the leftovers. */
  readonly theme: string;
  /** Human label ("Refugees & migration", "Other: domestic, nationalism"). */
  readonly label: string;
  readonly kind: 'theme' | 'similar' | 'other';
  /** 1–3 sentences naming who said what. */
  readonly summary: string;
  /** Distinct speakers, most statements first. */
  readonly speakers: readonly string[];
  /** All statements of the group, oldest first. */
  readonly statements: readonly DigestStatement[];
  /** The few worth quoting: most representative first, no two making the same point. */
  readonly topQuotes: readonly DigestStatement[];
}

/** What was said between two moments, grouped by theme, most important group first. */
export interface Digest {
  /** ISO timestamp of the start (previous digest, or --since), or null for "from the beginning". */
  readonly from: string | null;
  /** ISO timestamp the digest was built. */
  readonly to: string;
  /** Time zone the header shows dates in. */
  readonly timeZone: string;
  /** Cursor range covered: statements with afterSeq < seq <= toSeq were considered. */
  readonly afterSeq: number;
  readonly toSeq: number;
  readonly statementCount: number;
  readonly speakerCount: number;
  readonly groups: readonly DigestGroup[];
}

export type Platform = 'discord' | 'telegram' | 'console' | (string & {});

/** What to do when a digest would be empty. */
export type WhenEmpty = 'skip' | 'say';

/** A channel/chat (and optionally thread or forum topic) that receives a daily digest. */
export interface Subscription {
  /** `${platform}:${channelId}` or `${platform}:${channelId}:${threadId}`. */
  readonly id: string;
  readonly platform: Platform;
  readonly channelId: string;
  readonly threadId: string | null;
  /** Local delivery time, "HH:MM" (24 h). */
  readonly time: string;
  /** IANA zone, e.g. "Europe/Berlin". */
  readonly timeZone: string;
  /** Theme names to include; empty = all. */
  readonly themes: readonly string[];
  /** Speaker names to include (a surname matches the full name); empty = all. */
  readonly speakers: readonly string[];
  readonly whenEmpty: WhenEmpty;
  /** The digest carries a "this period by theme" chart (a PNG) after its text. */
  readonly chart: boolean;
  /** Last statement seq already covered by a delivered digest. */
  readonly cursor: number;
  /** Local date (YYYY-MM-DD) of the last digest sent or deliberately skipped. */
  readonly lastSlot: string | null;
  readonly lastDeliveredAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What `/subscribe` collects; everything but the channel has a default. */
export interface SubscriptionInput {
  readonly platform: Platform;
  readonly channelId: string;
  readonly threadId?: string | null;
  readonly time?: string;
  readonly timeZone?: string;
  readonly themes?: readonly string[];
  readonly speakers?: readonly string[];
  readonly whenEmpty?: WhenEmpty;
  readonly chart?: boolean;
}

/** A picture part of a digest (the chart): a PNG with a short plain-text caption. */
export interface DigestImage {
  readonly png: Uint8Array;
  readonly filename: string;
  readonly caption: string;
}

/**
 * The port the bots implement. `send` posts the parts, in order, to the subscription's channel/thread and
 * resolves only once the platform confirmed them. The scheduler calls it once per part (parts has one
 * element) so each confirmed part is recorded; a retry of an unconfirmed part (after a timeout or a crash)
 * reuses the same idempotencyKey (24 hex chars, fits Discord's 25-char nonce): an adapter that can, should
 * make the platform drop a repeat (Discord: nonce + enforce_nonce) or check its own record of sent keys.
 */
export interface DigestDelivery {
  send(subscription: Subscription, parts: readonly string[], idempotencyKey: string): Promise<void>;
  /** Posts a picture part (same key rules as `send`); a delivery without it gets no chart parts. */
  sendImage?(subscription: Subscription, image: DigestImage, idempotencyKey: string): Promise<void>;
}

/** One scheduled digest of one subscription, frozen before the first part is sent. */
export interface DigestRun {
  readonly id: number;
  readonly subscriptionId: string;
  /** Local date the run belongs to (YYYY-MM-DD). */
  readonly slot: string;
  readonly fromSeq: number;
  readonly toSeq: number;
  readonly statements: number;
  readonly parts: readonly string[];
  readonly status: 'pending' | 'delivered';
  readonly createdAt: string;
  readonly completedAt: string | null;
}
