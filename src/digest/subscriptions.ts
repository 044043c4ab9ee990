// What the bots call for /subscribe, /unsubscribe and /digest: validated input (every problem at once),
// sensible defaults, and a preview of the next digest that leaves the cursor alone.
import { z } from 'zod';
import { findTheme, type StatementStore, type Taxonomy } from '../core/index.ts';
import { buildDigest, defaultDigestTaxonomy } from './build-digest.ts';
import { SubscriptionInputError } from './errors.ts';
import { isValidTimeZone, localDateTime, normaliseTime } from './local-time.ts';
import type { Digest, Subscription, SubscriptionInput, WhenEmpty } from './model.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export const DEFAULT_TIME = '08:00';
export const DEFAULT_TIME_ZONE = 'UTC';

const inputSchema = z.object({
  platform: z.string().trim().min(1, 'platform is missing').max(32),
  channelId: z.string().trim().min(1, 'channel id is missing').max(128),
  threadId: z.string().trim().max(128).nullish(),
  time: z.string().optional(),
  timeZone: z.string().optional(),
  themes: z.array(z.string()).max(20, 'at most 20 themes').optional(),
  speakers: z.array(z.string().trim().min(1).max(100)).max(20, 'at most 20 speakers').optional(),
  whenEmpty: z.enum(['skip', 'say']).optional(),
  chart: z.boolean().optional(),
});

export interface SubscribeDeps {
  readonly subscriptions: SubscriptionStore;
  /** Theme names are checked against it (default: data/themes.json). */
  readonly taxonomy?: Taxonomy;
  readonly now?: Date;
}

/**
 * Creates or updates the channel's subscription. Omitted fields keep their current value (or the default:
 * 08:00 UTC, all themes, all speakers, skip when empty). A new subscription starts at the newest statement
 * and, if its time already passed today, first fires tomorrow. Throws SubscriptionInputError listing every problem.
 */
export function subscribe(deps: SubscribeDeps, input: SubscriptionInput): Subscription {
  const taxonomy = deps.taxonomy ?? defaultDigestTaxonomy();
  const now = deps.now ?? new Date();
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new SubscriptionInputError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const v = parsed.data;
  const existing = deps.subscriptions.find(v.platform, v.channelId, v.threadId ?? null);
  const problems: string[] = [];

  const time = v.time === undefined ? (existing?.time ?? DEFAULT_TIME) : normaliseTime(v.time);
  if (time === null) problems.push(`"${v.time}" is not a time: use HH:MM, 24-hour, e.g. 07:30`);
  const timeZone = v.timeZone?.trim() || existing?.timeZone || DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) problems.push(`"${timeZone}" is not a time zone: use a name like Europe/Berlin or UTC`);
  const themes: string[] = [];
  for (const name of v.themes ?? existing?.themes ?? []) {
    const theme = findTheme(taxonomy, name);
    if (theme) themes.push(theme.name);
    else problems.push(`unknown theme "${name}" (known: ${taxonomy.themes.map((t) => t.name).join(', ')})`);
  }
  if (problems.length > 0 || time === null) throw new SubscriptionInputError(problems);

  const record = {
    platform: v.platform,
    channelId: v.channelId,
    threadId: v.threadId ?? null,
    time,
    timeZone,
    themes: [...new Set(themes)],
    speakers: [...new Set(v.speakers ?? existing?.speakers ?? [])],
    whenEmpty: v.whenEmpty ?? existing?.whenEmpty ?? ('skip' as WhenEmpty),
    chart: v.chart ?? existing?.chart ?? false,
  };
  const local = localDateTime(now, timeZone);
  return deps.subscriptions.upsert(
    record,
    { cursor: deps.subscriptions.latestStatementSeq(), lastSlot: local.time >= time ? local.date : null },
    now,
  );
}

/** Removes the channel's (thread's) subscription; false when there was none. */
export function unsubscribe(subscriptions: SubscriptionStore, where: { platform: string; channelId: string; threadId?: string | null }): boolean {
  return subscriptions.remove(where.platform, where.channelId, where.threadId ?? null);
}

/**
 * Reads free text like `07:30 Europe/Berlin refugees,terrorism Lavrov "Yuri Kokov" say` (Telegram-style
 * arguments): times, zones, theme names, "say"/"skip", and everything else as speaker names.
 * "chart" adds the "this period by theme" picture, "nochart" (or chart:off) removes it.
 * Also accepts `time:`, `tz:`, `themes:`, `speakers:`, `chart:on|off` prefixes. Validation happens in subscribe().
 */
export function parseSubscribeText(text: string, taxonomy: Taxonomy = defaultDigestTaxonomy()): Omit<SubscriptionInput, 'platform' | 'channelId'> {
  const out: { time?: string; timeZone?: string; themes: string[]; speakers: string[]; whenEmpty?: WhenEmpty; chart?: boolean } = { themes: [], speakers: [] };
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”|(\S+)/g)) {
    const quoted = m[1] ?? m[2];
    if (quoted !== undefined) {
      out.speakers.push(quoted.trim());
      continue;
    }
    const chart = chartWord(m[3] ?? '');
    if (chart !== undefined) {
      out.chart = chart;
      continue;
    }
    const [, field, value] = /^(time|tz|zone|themes?|speakers?):(.*)$/i.exec(m[3] ?? '') ?? [];
    const values = (value ?? m[3] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    for (const word of values) {
      const f = field?.toLowerCase();
      // Anything shaped like a time is one (25:00 is then reported as a bad time, not taken for a name).
      if (f === 'time' || (!f && (normaliseTime(word) || /^\d{1,2}[:.h]\d{2}$/.test(word)))) out.time = word;
      else if (f === 'tz' || f === 'zone' || (!f && (word.includes('/') || /^(UTC|GMT)$/i.test(word)))) out.timeZone = word;
      else if (f?.startsWith('theme') || (!f && findTheme(taxonomy, word))) out.themes.push(word);
      else if (!f && /^(say|always|nothing-new)$/i.test(word)) out.whenEmpty = 'say';
      else if (!f && /^(skip|quiet)$/i.test(word)) out.whenEmpty = 'skip';
      else out.speakers.push(word);
    }
  }
  return {
    ...(out.time === undefined ? {} : { time: out.time }),
    ...(out.timeZone === undefined ? {} : { timeZone: out.timeZone }),
    ...(out.themes.length ? { themes: out.themes } : {}),
    ...(out.speakers.length ? { speakers: out.speakers } : {}),
    ...(out.whenEmpty === undefined ? {} : { whenEmpty: out.whenEmpty }),
    ...(out.chart === undefined ? {} : { chart: out.chart }),
  };
}

/** "chart", "chart:on|yes|true" → true; "nochart", "no-chart", "chart:off|no|false" → false; anything else undefined. */
function chartWord(word: string): boolean | undefined {
  const w = word.toLowerCase();
  if (w === 'chart' || /^chart:(on|yes|true)$/.test(w)) return true;
  if (w === 'nochart' || w === 'no-chart' || /^chart:(off|no|false)$/.test(w)) return false;
  return undefined;
}

export interface PreviewDeps {
  readonly store: Pick<StatementStore, 'digestStatementsSince'>;
  readonly taxonomy?: Taxonomy;
  readonly now?: Date;
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
}

/** `/digest`: what the next digest of this subscription would hold right now (cursor untouched). */
export function previewDigest(deps: PreviewDeps, subscription: Subscription): Digest {
  return buildDigest({
    store: deps.store,
    afterSeq: subscription.cursor,
    themes: subscription.themes,
    speakers: subscription.speakers,
    taxonomy: deps.taxonomy,
    from: subscription.lastDeliveredAt ?? subscription.createdAt,
    now: deps.now,
    timeZone: subscription.timeZone,
    kindOf: deps.kindOf,
  });
}
