// The digest's chat commands, added to the bots' command registry by main.ts: /summary, /themes, /digest,
// /subscribe and /unsubscribe. Each turns the chat's input into a call of the digest (or the summariser)
// and answers with a platform-neutral Reply that every adapter renders its own way. Who may change a
// subscription is the registry's business (adminOnly: Discord Manage Channels, Telegram chat admins).
import type { ChatRef, CommandContext, CommandDef, CommandInput } from '../bots/commands.ts';
import { QUERY_HELP, optInt, optString, roleOf } from '../bots/handlers.ts';
import { notice, quoteItems, type QuoteItem, type Reply, type Section } from '../bots/render.ts';
import {
  summariseTopic,
  type BriefingService,
  type DigestStatement,
  type Summariser,
  type Taxonomy,
} from '../core/index.ts';
import { buildDigest, defaultDigestTaxonomy, summariseDigest, themeCounts } from './build-digest.ts';
import { SubscriptionInputError } from './errors.ts';
import { localDateTime } from './local-time.ts';
import type { Digest, Subscription } from './model.ts';
import { digestHeader, renderDigestText } from './render.ts';
import { dueSlot } from './schedule.ts';
import type { SubscriptionStore } from './subscription-store.ts';
import { parseSubscribeText, previewDigest, subscribe, unsubscribe } from './subscriptions.ts';

export interface DigestCommandDeps {
  /** The same store the scheduler uses, so a new subscription is scheduled at once. */
  readonly subscriptions: SubscriptionStore;
  /** The endpoint summariser when SUMMARY_API_URL is set (it falls back to the extractive summary by itself). */
  readonly summariser?: Summariser | null;
}

/** Groups shown in a /digest preview (Discord shows at most 10 embeds; the header takes one). */
const PREVIEW_GROUPS = 8;
/** Without a subscription, /digest previews what was added in the last day, from at most this many statements. */
const PREVIEW_SCAN = 2000;
const DAY_MS = 86_400_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const taxonomyOf = (service: BriefingService): Taxonomy => service.taxonomy ?? defaultDigestTaxonomy();
const kindOf = (service: BriefingService) => (name: string) => service.speaker(name)?.kind;
const where = (chat: ChatRef) => ({ platform: chat.platform, channelId: chat.chatId, threadId: chat.threadId ?? null });
const here = (chat: ChatRef) => (chat.platform === 'console' ? 'the console' : chat.threadId ? 'this thread' : 'this chat');

function items(statements: readonly DigestStatement[], service: BriefingService): QuoteItem[] {
  return quoteItems(
    statements.map((statement) => ({ statement, score: 0 })),
    1,
    roleOf(service),
  );
}

/** `/summary topic [days]`: the topic's statements summarised (who said what), then the key quotes. */
export function summaryCommand(deps: () => Pick<DigestCommandDeps, 'summariser'>): CommandDef {
  return {
    name: 'summary',
    description: 'A short summary of what was said about a topic, naming who said what',
    usage: '/summary <topic> [days]',
    examples: ['/summary refugees', '/summary Afghanistan 30'],
    slow: true,
    options: [
      { name: 'topic', description: 'The topic, e.g. refugees', type: 'string', required: true, main: true },
      { name: 'days', description: 'Only the last N days', type: 'integer', min: 1, max: 3650, trailing: true },
    ],
    async run(input, ctx) {
      const topic = input.text.trim();
      const days = optInt(input, 'days');
      const when = days === undefined ? '' : ` (last ${plural(days, 'day')})`;
      const result = summariseTopic((q, o) => ctx.service.quote(q, o), topic, {
        ...(days === undefined ? {} : { days }),
        now: ctx.now(),
        kindOf: kindOf(ctx.service),
      });
      if (result.statements.length === 0) {
        return notice(`Nothing was said about “${topic}”${when}.`, ['Try another word or more days; /themes lists the themes.', ...QUERY_HELP]);
      }
      const summariser = deps().summariser;
      const summary = (summariser ? await summariser.summarise(result.statements) : '') || result.summary;
      return {
        title: `Summary: ${topic}${when}`,
        sections: [
          { lines: [summary, ...(result.speakers.length > 0 ? [`Most statements: ${result.speakers.map((sp) => `${sp.name} (${sp.statements})`).join(', ')}.`] : [])] },
          { heading: 'Key quotes', items: items(result.topQuotes, ctx.service) },
        ],
        footer: `From the ${plural(result.statements.length, 'most relevant statement')}.`,
      };
    },
  };
}

/** `/themes`: every theme of the taxonomy with its statement count. */
export const themesCommand: CommandDef = {
  name: 'themes',
  description: 'The themes statements are tagged with, and how many each has',
  usage: '/themes',
  options: [],
  slow: true,
  run(_input, ctx) {
    const counts = themeCounts(ctx.service, taxonomyOf(ctx.service));
    // most statements first, then by label
    const sorted = [...counts.themes].sort((a, b) => b.statements - a.statements || a.label.localeCompare(b.label));
    const lines = sorted.map((t) => `${t.label} (${t.name}): ${plural(t.statements, 'statement')}`);
    lines.push(`No theme: ${plural(counts.untagged, 'statement')}`);
    return {
      title: `Themes (${counts.themes.length}) across ${plural(counts.total, 'statement')}`,
      sections: [{ lines }],
      footer: 'Search one with /quote theme:refugees; follow some with /subscribe refugees terrorism.',
    };
  },
};

function previewReply(digest: Digest, subscription: Subscription | null, ctx: CommandContext): Reply {
  const title = subscription ? `Next digest for ${here(ctx.chat)} (preview)` : 'Digest preview: statements added in the last 24 hours';
  const footer = subscription
    ? `Delivered every day at ${subscription.time} (${subscription.timeZone}); a preview changes nothing.`
    : `${capitalise(here(ctx.chat))} has no subscription: /subscribe [time] [timezone] [themes] [speakers] sends a digest like this every day.`;
  if (digest.groups.length === 0) return { title, sections: [{ lines: renderDigestText(digest) }], footer };
  const shown = digest.groups.slice(0, PREVIEW_GROUPS);
  const sections: Section[] = [
    { lines: digestHeader(digest).split('\n') },
    ...shown.map((g) => ({
      heading: `${g.label} — ${plural(g.statements.length, 'statement')}`,
      lines: [g.summary],
      items: items(g.topQuotes, ctx.service),
    })),
  ];
  const more = digest.groups.length - shown.length;
  return { title, sections, footer: more > 0 ? `…and ${plural(more, 'more group')} in the digest. ${footer}` : footer };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `/digest`: what the chat's next digest would hold now (the cursor does not move). */
export function digestCommand(deps: () => DigestCommandDeps): CommandDef {
  return {
    name: 'digest',
    description: 'Preview the next digest here (changes nothing)',
    usage: '/digest',
    options: [],
    slow: true,
    async run(_input, ctx) {
      const { subscriptions, summariser } = deps();
      const now = ctx.now();
      const taxonomy = taxonomyOf(ctx.service);
      const at = where(ctx.chat);
      const subscription = subscriptions.find(at.platform, at.channelId, at.threadId);
      let digest = subscription
        ? previewDigest({ store: ctx.service, taxonomy, now, kindOf: kindOf(ctx.service) }, subscription)
        : buildDigest({
            store: ctx.service,
            afterSeq: Math.max(0, subscriptions.latestStatementSeq() - PREVIEW_SCAN),
            since: new Date(now.getTime() - DAY_MS).toISOString(),
            taxonomy,
            now,
            kindOf: kindOf(ctx.service),
          });
      if (summariser && digest.groups.length > 0) digest = await summariseDigest(digest, summariser);
      return previewReply(digest, subscription, ctx);
    },
  };
}

/** Discord's separate options, folded into the text form parseSubscribeText reads. */
function subscribeText(input: CommandInput): string {
  const parts = [input.text];
  const time = optString(input, 'time');
  const zone = optString(input, 'timezone');
  const themes = optString(input, 'themes');
  const speakers = optString(input, 'speakers');
  const whenEmpty = optString(input, 'when_empty');
  if (time) parts.push(`time:${time.replace(/\s+/g, '')}`);
  if (zone) parts.push(`tz:${zone.replace(/\s+/g, '')}`);
  if (themes) parts.push(`themes:${themes.split(/[\s,]+/).filter(Boolean).join(',')}`);
  if (speakers) parts.push(...speakers.split(',').map((s) => s.replace(/["“”]/g, '').trim()).filter(Boolean).map((s) => `"${s}"`));
  if (whenEmpty) parts.push(whenEmpty);
  const chart = optString(input, 'chart');
  if (chart) parts.push(`chart:${chart}`);
  return parts.join(' ').trim();
}

function subscribedReply(subscription: Subscription, created: boolean, now: Date, taxonomy: Taxonomy, ctx: CommandContext): Reply {
  const today = localDateTime(now, subscription.timeZone).date;
  const next =
    dueSlot(subscription, now) !== null
      ? 'now (today’s time has passed)'
      : subscription.lastSlot !== null && subscription.lastSlot >= today
        ? `tomorrow at ${subscription.time}`
        : `today at ${subscription.time}`;
  const label = (name: string) => taxonomy.themes.find((t) => t.name === name)?.label ?? name;
  return {
    title: created ? `Subscribed: ${here(ctx.chat)} gets a daily digest of new statements.` : `Digest subscription of ${here(ctx.chat)} updated.`,
    sections: [
      {
        lines: [
          `Time: every day at ${subscription.time} (${subscription.timeZone}); next: ${next}`,
          `Themes: ${subscription.themes.length > 0 ? subscription.themes.map(label).join(', ') : 'all'}`,
          `Speakers: ${subscription.speakers.length > 0 ? subscription.speakers.join(', ') : 'all'}`,
          `Nothing new: ${subscription.whenEmpty === 'say' ? 'a short “Nothing new” message' : 'nothing is sent'}`,
          `Chart: ${subscription.chart ? 'a “this period by theme” picture after the text' : 'none (add one with /subscribe chart)'}`,
          ...(created ? ['The digest covers statements added from now on.'] : []),
        ],
      },
    ],
    footer: 'Preview the next digest with /digest; stop it with /unsubscribe.',
  };
}

const SUBSCRIBE_USAGE = '/subscribe [HH:MM] [time zone] [themes] [speakers] [say|skip] [chart|nochart]';

/** `/subscribe [time] [timezone] [themes] [speakers]`: creates or updates the chat's (thread's) subscription. */
export function subscribeCommand(deps: () => Pick<DigestCommandDeps, 'subscriptions'>): CommandDef {
  return {
    name: 'subscribe',
    description: 'Get a daily digest of new statements here (time, time zone, themes, speakers)',
    usage: SUBSCRIBE_USAGE,
    examples: ['/subscribe 07:30 Europe/Berlin refugees Lavrov', '/subscribe 08:00 UTC terrorism "Yuri Kokov" say', '/subscribe chart'],
    adminOnly: true,
    options: [
      { name: 'time', description: 'Local delivery time, HH:MM, 24-hour (default 08:00)', type: 'string' },
      { name: 'timezone', description: 'Time zone, e.g. Europe/Berlin (default UTC)', type: 'string' },
      { name: 'themes', description: 'Only these themes, comma-separated (see /themes; default all)', type: 'string', maxLength: 500 },
      { name: 'speakers', description: 'Only these speakers, comma-separated; a surname is enough (default all)', type: 'string', maxLength: 1000 },
      { name: 'when_empty', description: 'When nothing is new: skip (default, post nothing) or say so', type: 'string', choices: ['skip', 'say'] },
      { name: 'chart', description: 'Add a “this period by theme” chart (PNG) after the digest', type: 'string', choices: ['on', 'off'] },
    ],
    run(input, ctx) {
      const { subscriptions } = deps();
      const taxonomy = taxonomyOf(ctx.service);
      const now = ctx.now();
      const at = where(ctx.chat);
      const existed = subscriptions.find(at.platform, at.channelId, at.threadId) !== null;
      try {
        const subscription = subscribe({ subscriptions, taxonomy, now }, { ...at, ...parseSubscribeText(subscribeText(input), taxonomy) });
        return subscribedReply(subscription, !existed, now, taxonomy, ctx);
      } catch (err) {
        if (!(err instanceof SubscriptionInputError)) throw err;
        return notice(`Could not subscribe ${here(ctx.chat)}.`, [...err.problems, `Usage: ${SUBSCRIBE_USAGE}`, 'Example: /subscribe 07:30 Europe/Berlin refugees Lavrov']);
      }
    },
  };
}

/** `/unsubscribe`: removes the chat's (thread's) subscription. */
export function unsubscribeCommand(deps: () => Pick<DigestCommandDeps, 'subscriptions'>): CommandDef {
  return {
    name: 'unsubscribe',
    description: 'Stop the daily digest here',
    usage: '/unsubscribe',
    options: [],
    adminOnly: true,
    run(_input, ctx) {
      if (unsubscribe(deps().subscriptions, where(ctx.chat))) return { title: `Unsubscribed: no more digests for ${here(ctx.chat)}.`, sections: [] };
      return notice(`${capitalise(here(ctx.chat))} has no digest subscription.`, ['Start one with /subscribe, e.g. /subscribe 07:30 Europe/Berlin refugees.']);
    },
  };
}

/** Every digest command, in menu order. */
export function digestCommands(deps: () => DigestCommandDeps): CommandDef[] {
  return [summaryCommand(deps), themesCommand, digestCommand(deps), subscribeCommand(deps), unsubscribeCommand(deps)];
}
