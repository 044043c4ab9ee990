// The digest scheduler as a main.ts background task: every subscription of a platform that can deliver
// (a running bot, or the interactive console) gets its digest at its local time, rendered for that
// platform (Telegram HTML under 4,096 characters, Discord Markdown under 2,000, plain text elsewhere).
import type { StatementStore, Summariser, Taxonomy } from '../core/index.ts';
import type { DigestChart } from './chart-part.ts';
import type { Digest, DigestDelivery, Subscription } from './model.ts';
import { PLATFORM_LIMITS, htmlStyle, markdownStyle, plainStyle, renderDigestText, type RenderStyle } from './render.ts';
import { startDigestScheduler, type SchedulerDeps } from './schedule.ts';
import type { SubscriptionStore } from './subscription-store.ts';

const STYLES: Readonly<Record<string, RenderStyle>> = { telegram: htmlStyle, discord: markdownStyle };

/** A digest as the messages of the subscription's platform. */
export function renderForPlatform(digest: Digest, subscription: Pick<Subscription, 'platform'>): string[] {
  return renderDigestText(digest, {
    maxLength: PLATFORM_LIMITS[subscription.platform] ?? 2000,
    style: STYLES[subscription.platform] ?? plainStyle,
  });
}

/** The chart part as a small PNG bar chart (src/chart, loaded on the first chart: Vega and resvg stay out of start-up). */
export async function drawDigestChart(chart: DigestChart): Promise<Uint8Array> {
  const { drawBars } = await import('../chart/index.ts');
  const bars = chart.bars.map((b) => ({ label: b.label, value: b.statements }));
  return (await drawBars({ title: chart.title, subtitle: `${chart.period} · ${chart.statements} statements`, axisTitle: 'Statements', bars })).png;
}

export interface DigestTaskLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DigestTaskOptions extends Pick<SchedulerDeps, 'clock' | 'sendTimeoutMs' | 'retryDelayMs' | 'attempts' | 'catchUp' | 'leases' | 'leaseMs' | 'instance' | 'reconcileCron'> {
  readonly store: Pick<StatementStore, 'digestStatementsSince'>;
  readonly subscriptions: SubscriptionStore;
  /** One delivery per platform that can deliver now; other platforms' subscriptions wait until their bot runs. */
  readonly deliveries: Readonly<Record<string, DigestDelivery>>;
  readonly summariser?: Summariser | null;
  readonly taxonomy?: Taxonomy;
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
  readonly logger: DigestTaskLogger;
  /** Draws a chart part (default: drawDigestChart). */
  readonly drawChart?: (chart: DigestChart) => Promise<Uint8Array>;
}

/** Starts the scheduler; the returned stop waits for deliveries in flight. */
export function startDigestTask(options: DigestTaskOptions): () => Promise<void> {
  const { deliveries, logger } = options;
  const deliver: DigestDelivery = {
    send(subscription, parts, key) {
      const delivery = deliveries[subscription.platform];
      if (!delivery) throw new Error(`no ${subscription.platform} delivery is running`);
      return delivery.send(subscription, parts, key);
    },
    async sendImage(subscription, image, key) {
      const delivery = deliveries[subscription.platform];
      if (!delivery) throw new Error(`no ${subscription.platform} delivery is running`);
      if (delivery.sendImage) await delivery.sendImage(subscription, image, key);
      else logger.info({ subscription: subscription.id }, `digest chart for ${subscription.id} not sent: ${subscription.platform} takes no pictures`);
    },
  };
  return startDigestScheduler({
    store: options.store,
    subscriptions: options.subscriptions,
    deliver,
    render: renderForPlatform,
    drawChart: options.drawChart ?? drawDigestChart,
    onChartError: (err, subscription, slot) => logger.error({ err, subscription, slot }, `digest ${slot} for ${subscription}: the chart could not be drawn; the digest goes out without it`),
    platforms: Object.keys(deliveries),
    ...(options.summariser ? { summariser: options.summariser } : {}),
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    ...(options.kindOf ? { kindOf: options.kindOf } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sendTimeoutMs !== undefined ? { sendTimeoutMs: options.sendTimeoutMs } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
    ...(options.catchUp !== undefined ? { catchUp: options.catchUp } : {}),
    ...(options.leases ? { leases: options.leases } : {}),
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    ...(options.instance !== undefined ? { instance: options.instance } : {}),
    ...(options.reconcileCron !== undefined ? { reconcileCron: options.reconcileCron } : {}),
    onRun: (subscription, slot, status) => logger.info({ subscription, slot, status }, `digest ${slot} for ${subscription}: ${status}`),
    onError: (err, subscription) => logger.error({ err, subscription }, `digest for ${subscription} not delivered; retried at the next hourly firing`),
  });
}
