// Exactly-once delivery of one subscription's digest for one local day ("slot"):
// 1. finish any run left pending (crash, timeout) with its frozen parts and the same idempotency keys;
// 2. build the digest from the cursor, freeze it as a run (statement range + rendered parts);
// 3. send part by part, recording each confirmed part; the last record moves the cursor atomically.
// A part that timed out is retried with the same key, so the platform can drop the repeat.
import { createHash } from 'node:crypto';
import type { StatementStore, Summariser, Taxonomy } from '../core/index.ts';
import { buildDigest, summariseDigest } from './build-digest.ts';
import { chartCaption, chartPart, digestChart, readChartPart, type DigestChart } from './chart-part.ts';
import { DeliveryTimeoutError, DigestDeliveryError } from './errors.ts';
import type { Digest, DigestDelivery, DigestImage, DigestRun, Subscription } from './model.ts';
import { PLATFORM_LIMITS, renderDigestText } from './render.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export interface DigestRunnerDeps {
  readonly store: Pick<StatementStore, 'digestStatementsSince'>;
  readonly subscriptions: SubscriptionStore;
  readonly deliver: DigestDelivery;
  readonly taxonomy?: Taxonomy;
  /** Optional endpoint summaries (falls back to extractive on its own). */
  readonly summariser?: Summariser;
  readonly clock?: () => Date;
  /** Turns a digest into messages; default: plain text split at the platform's limit. */
  readonly render?: (digest: Digest, subscription: Subscription) => string[];
  /** Per-platform message limits (override PLATFORM_LIMITS). */
  readonly limits?: Readonly<Record<string, number>>;
  /** How long to wait for the platform to confirm one part (default 30 s). */
  readonly sendTimeoutMs?: number;
  /** Tries per part within one run (default 3), `retryDelayMs` apart (default 30 s). */
  readonly attempts?: number;
  readonly retryDelayMs?: number;
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
  /**
   * Called before each part is sent; throws to stop the run there (several instances: this one lost its lease,
   * another instance delivers the rest). The run stays pending with the parts sent so far recorded.
   */
  readonly beforeSend?: () => void;
  /**
   * Draws a subscription's chart part as PNG (`/subscribe … chart`); without it (or without deliver.sendImage) no
   * chart part is added. A drawing that fails is reported to onChartError and the part is recorded unsent, so the
   * digest's text still goes out and the cursor moves.
   */
  readonly drawChart?: (chart: DigestChart) => Promise<Uint8Array>;
  readonly onChartError?: (error: unknown, subscriptionId: string, slot: string) => void;
}

export type RunOutcome =
  | { readonly status: 'delivered'; readonly run: DigestRun }
  | { readonly status: 'already-delivered'; readonly run: DigestRun }
  | { readonly status: 'skipped'; readonly reason: 'nothing-new' };

/** Deterministic 24-hex-char key of one part of one run (fits Discord's 25-character nonce). */
export function idempotencyKey(run: Pick<DigestRun, 'id' | 'subscriptionId' | 'slot'>, part: number): string {
  return createHash('sha256').update(`${run.subscriptionId}\u0000${run.slot}\u0000${run.id}\u0000${part}`).digest('hex').slice(0, 24);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeliveryTimeoutError(ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Tries one part until the platform confirms it (same key every try); throws DigestDeliveryError after the last try. */
async function sendPart(deps: DigestRunnerDeps, subscription: Subscription, run: DigestRun, part: number, post: () => Promise<void>): Promise<void> {
  const attempts = Math.max(1, deps.attempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      // Promise.resolve: a synchronous throw in an adapter counts as a failed try, not a crash of the loop.
      await withTimeout(Promise.resolve().then(post), deps.sendTimeoutMs ?? 30_000);
      return;
    } catch (error) {
      if (attempt >= attempts) throw new DigestDeliveryError(subscription.id, run.slot, part, { cause: error });
      await sleep(deps.retryDelayMs ?? 30_000);
    }
  }
}

/** The chart part drawn, or null (reported) when drawing fails or nothing can draw or send it. */
async function drawPart(deps: DigestRunnerDeps, subscription: Subscription, run: DigestRun, chart: DigestChart): Promise<DigestImage | null> {
  if (!deps.drawChart || !deps.deliver.sendImage) return null;
  try {
    return { png: await deps.drawChart(chart), filename: 'digest-chart.png', caption: chartCaption(chart) };
  } catch (error) {
    deps.onChartError?.(error, subscription.id, run.slot);
    return null;
  }
}

/** Sends the parts of a frozen run that are not recorded yet. Throws DigestDeliveryError when a part fails every try. */
export async function sendRun(deps: DigestRunnerDeps, subscription: Subscription, run: DigestRun): Promise<DigestRun> {
  const clock = deps.clock ?? (() => new Date());
  const done = deps.subscriptions.deliveredParts(run.id);
  let current = run;
  for (const [part, text] of run.parts.entries()) {
    if (done.has(part)) continue;
    const key = idempotencyKey(run, part);
    deps.beforeSend?.();
    const chart = readChartPart(text);
    if (chart === null) await sendPart(deps, subscription, run, part, () => deps.deliver.send(subscription, [text], key));
    else {
      const image = await drawPart(deps, subscription, run, chart);
      if (image) await sendPart(deps, subscription, run, part, () => (deps.deliver.sendImage as NonNullable<DigestDelivery['sendImage']>)(subscription, image, key));
    }
    current = deps.subscriptions.recordPart(run.id, part, key, clock());
  }
  return current;
}

/** Finishes runs left pending, oldest first. Stops at the first that still fails (order keeps the cursor honest). */
export async function resumePendingRuns(deps: DigestRunnerDeps, subscription: Subscription): Promise<DigestRun[]> {
  const finished: DigestRun[] = [];
  for (const run of deps.subscriptions.pendingRuns(subscription.id)) finished.push(await sendRun(deps, subscription, run));
  return finished;
}

/** Delivers the digest of `slot` (local date) exactly once; safe to call again after any failure. */
export async function runDigest(deps: DigestRunnerDeps, subscriptionId: string, slot: string): Promise<RunOutcome> {
  const clock = deps.clock ?? (() => new Date());
  let subscription = deps.subscriptions.get(subscriptionId);
  if (!subscription) throw new Error(`no subscription ${subscriptionId}`);
  const resumed = await resumePendingRuns(deps, subscription);
  const finishedNow = resumed.find((r) => r.slot === slot);
  if (finishedNow) return { status: 'delivered', run: finishedNow };
  const previous = deps.subscriptions.findRun(subscriptionId, slot);
  if (previous?.status === 'delivered') return { status: 'already-delivered', run: previous };
  subscription = deps.subscriptions.get(subscriptionId) ?? subscription;

  const now = clock();
  let digest = buildDigest({
    store: deps.store,
    afterSeq: subscription.cursor,
    themes: subscription.themes,
    speakers: subscription.speakers,
    taxonomy: deps.taxonomy,
    from: subscription.lastDeliveredAt ?? subscription.createdAt,
    now,
    timeZone: subscription.timeZone,
    kindOf: deps.kindOf,
  });
  if (digest.groups.length === 0 && subscription.whenEmpty === 'skip') {
    deps.subscriptions.skipSlot(subscription.id, slot, digest.toSeq, now);
    return { status: 'skipped', reason: 'nothing-new' };
  }
  if (deps.summariser && digest.groups.length > 0) digest = await summariseDigest(digest, deps.summariser);
  const limit = deps.limits?.[subscription.platform] ?? PLATFORM_LIMITS[subscription.platform] ?? 2000;
  const text = deps.render ? deps.render(digest, subscription) : renderDigestText(digest, { maxLength: limit });
  const chart = subscription.chart && deps.drawChart && deps.deliver.sendImage && text.length > 0 ? digestChart(digest) : null;
  const parts = chart ? [...text, chartPart(chart)] : text;
  if (parts.length === 0) {
    deps.subscriptions.skipSlot(subscription.id, slot, digest.toSeq, now);
    return { status: 'skipped', reason: 'nothing-new' };
  }
  const run = deps.subscriptions.createRun(
    { subscriptionId: subscription.id, slot, fromSeq: digest.afterSeq, toSeq: digest.toSeq, statements: digest.statementCount, parts },
    now,
  );
  const delivered = await sendRun(deps, subscription, run);
  return { status: 'delivered', run: delivered };
}
