// Public door of the digest: build and render digests, manage subscriptions, deliver exactly once, schedule.
export type { Digest, DigestDelivery, DigestGroup, DigestImage, DigestRun, Platform, Subscription, SubscriptionInput, WhenEmpty } from './model.ts';
export {
  buildDigest,
  collectStatements,
  defaultDigestTaxonomy,
  digestToJson,
  matchesSpeaker,
  summariseDigest,
  themeCounts,
  themesOf,
  type BuildDigestOptions,
  type ThemeCount,
} from './build-digest.ts';
export {
  PLATFORM_LIMITS,
  digestHeader,
  htmlStyle,
  markdownStyle,
  plainStyle,
  renderDigestText,
  splitIntoParts,
  type RenderOptions,
  type RenderStyle,
} from './render.ts';
export {
  DEFAULT_TIME,
  DEFAULT_TIME_ZONE,
  parseSubscribeText,
  previewDigest,
  subscribe,
  unsubscribe,
  type PreviewDeps,
  type SubscribeDeps,
} from './subscriptions.ts';
export {
  subscriptionId,
  type NewRun,
  type SubscriptionRecord,
  type SubscriptionStore,
} from './subscription-store.ts';
export { CHART_BARS, chartCaption, chartPart, digestChart, readChartPart, type DigestChart } from './chart-part.ts';
export { idempotencyKey, resumePendingRuns, runDigest, sendRun, type DigestRunnerDeps, type RunOutcome } from './deliver.ts';
export { cronPattern, dueSlot, startDigestScheduler, type SchedulerDeps } from './schedule.ts';
export { DeliveryTimeoutError, DigestDeliveryError, SubscriptionInputError } from './errors.ts';
export { formatLocal, isValidTimeZone, localDateTime, normaliseTime } from './local-time.ts';
export { CONSOLE_CHANNEL, CONSOLE_SUBSCRIPTION_ID, consoleDigest, localTimeZone, type ConsoleDigest } from './console.ts';
