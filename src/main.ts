// Composition root. `briefdesk start` loads and validates the configuration, opens the store, the digest
// subscriptions and the feeds, builds the service and the command registry, ingests the shipped corpus into
// an empty database, then starts the bots that have tokens (or the console when none do) plus the background
// tasks (the digest scheduler and the feed poller), and shuts all of it down on SIGINT/SIGTERM (or at the
// console's end of input). `briefdesk discord:register` uploads the slash commands. The CLI (src/cli.ts, the
// program's entry) loads this module when one of these two commands runs; nothing here imports the CLI.
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
// Everything else loads only when a command needs it: `briefdesk quote` stays fast.
import type { AppServices } from './app-registry.ts';
import type { CommandDef, CommandRegistry } from './bots/commands.ts';
import type { DiscordHandle } from './bots/discord/client.ts';
import type { TelegramHandle } from './bots/telegram/bot.ts';
import type { Config } from './config.ts';
import { instanceName, type BriefingService, type Leases } from './core/index.ts';
import type { DigestDelivery } from './digest/model.ts';

/** What background tasks get: everything main wired. */
export interface AppContext {
  readonly config: Config;
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  /** The bots that run (none in console mode); digests deliver through them. */
  readonly bots: { readonly telegram?: TelegramHandle; readonly discord?: DiscordHandle };
  /** Subscriptions, feeds and the summariser: the same instances the commands use. */
  readonly services: AppServices;
  /** Console mode on a terminal: prints a message between prompts (scheduled digests). Null otherwise. */
  readonly console: { print(text: string): void } | null;
  /** Several instances on one PostgreSQL database: who delivers a digest, who polls a round (null: SQLite). */
  readonly leases?: Leases | null;
}

/** A job started after the bots (digest scheduler, feed poller); returns how to stop it. */
export type BackgroundTask = (ctx: AppContext) => (() => Promise<void>) | Promise<() => Promise<void>>;

/**
 * The digest scheduler: each subscription of a platform that runs gets its digest at its local time
 * (Telegram, Discord; console subscriptions are printed in an interactive console and wait otherwise).
 */
export const digestSchedulerTask: BackgroundTask = async (ctx) => {
  const { startDigestTask } = await import('./digest/task.ts');
  const deliveries: Record<string, DigestDelivery> = {};
  if (ctx.bots.telegram) deliveries.telegram = (await import('./bots/telegram/delivery.ts')).telegramDigestDelivery(ctx.bots.telegram);
  if (ctx.bots.discord) deliveries.discord = (await import('./bots/discord/delivery.ts')).discordDigestDelivery(ctx.bots.discord);
  const terminal = ctx.console;
  if (terminal) {
    deliveries.console = {
      send: async (_subscription, parts) => {
        for (const part of parts) terminal.print(part);
      },
    };
  }
  const platforms = Object.keys(deliveries);
  ctx.logger.info(platforms.length > 0 ? `digests: delivered to ${platforms.join(', ')}` : 'digests: no platform to deliver to (scripted console)');
  return startDigestTask({
    store: ctx.service,
    subscriptions: ctx.services.subscriptions,
    deliveries,
    summariser: ctx.services.summariser,
    ...(ctx.service.taxonomy ? { taxonomy: ctx.service.taxonomy } : {}),
    kindOf: (name) => ctx.service.speaker(name)?.kind,
    logger: ctx.logger,
    ...(ctx.leases ? { leases: ctx.leases } : {}),
  });
};

/** The feed poller on FEED_POLL_CRON, sharing the FeedService that /sources changes. */
export const feedPollerTask: BackgroundTask = async (ctx) => {
  const { feedPollingTask } = await import('./feeds/index.ts');
  return feedPollingTask({ feeds: ctx.services.feeds, cron: ctx.config.feedPollCron, leases: ctx.leases ?? null })(ctx);
};

/** The lease that lets one instance of a Telegram bot long-poll (see TelegramBotOptions.pollingLease). */
export function telegramPollingLease(leases: Leases, token: string, holder = instanceName(hostname(), process.pid)) {
  const key = `telegram:polling:${token.split(':')[0] ?? ''}`;
  return { claim: () => leases.claim(key, holder, 60_000), release: () => leases.release(key, holder), renewMs: 20_000 };
}

/** Background tasks started with the bots (and with the console). */
export const BACKGROUND_TASKS: BackgroundTask[] = [digestSchedulerTask, feedPollerTask];

/** Commands added to (or replacing, by name) the app's: quote, speakers, summary, themes, digest, subscribe, unsubscribe, sources, help. */
export const EXTRA_COMMANDS: CommandDef[] = [];

async function configOrExit(): Promise<Config | null> {
  const { ConfigError, loadConfig } = await import('./config.ts');
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`briefdesk: ${err.message}\nSee .env.example for every variable.\n`);
    return null;
  }
}

/** Resolves on the first SIGINT or SIGTERM; `cancel` restores the default handling. */
function onSignal(): { readonly received: Promise<NodeJS.Signals>; cancel(): void } {
  let cancel = () => {};
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const on = (sig: NodeJS.Signals) => {
      cancel();
      resolve(sig);
    };
    cancel = () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
  return { received, cancel };
}

/** `briefdesk start [--db FILE]`: runs until SIGINT/SIGTERM (bots) or end of input (console). */
export async function startCommand(args: string[]): Promise<number> {
  let values: { db?: string | undefined };
  try {
    ({ values } = parseArgs({ args, options: { db: { type: 'string' } } }));
  } catch (err) {
    process.stderr.write(`briefdesk: ${(err as Error).message}\n`);
    return 2;
  }
  const config = await configOrExit();
  if (!config) return 2;
  const { createLogger, secretsOf } = await import('./config.ts');
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const { serviceOn, DEFAULT_CORPUS } = await import('./service.ts');
  const db = values.db ?? config.db;
  const { describeDatabase, isPostgresUrl, openStores } = await import('./stores.ts');
  if (!isPostgresUrl(db)) mkdirSync(dirname(db), { recursive: true });
  // One connection to an SQLite file for the statements, the subscriptions and the feeds (each store's close()
  // lets go of it; the last one closes it).
  const stores = openStores(db);
  const service = serviceOn(stores.statements);
  if (service.stats().documents === 0) {
    const r = service.ingestPaths([DEFAULT_CORPUS]);
    for (const e of r.errors) logger.warn(`ingest: ${e.path}: ${e.message}`);
    logger.info(`empty database ${describeDatabase(db)}: ingested the shipped corpus (${r.documents} documents, ${r.statements} statements)`);
  }
  const bots: { telegram?: TelegramHandle; discord?: DiscordHandle } = {};
  const stops: (() => Promise<void>)[] = [];
  const closes: (() => void)[] = [() => service.close()];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.error({ err }, 'shutdown step failed'));
    for (const close of closes.reverse()) {
      try {
        close();
      } catch (err) {
        logger.error({ err }, 'shutdown step failed');
      }
    }
  };
  const consoleMode = !config.telegram && !config.discord;
  // Scheduled digests print into an interactive console; a scripted one (piped input) keeps its output clean.
  let printer: ((text: string) => void) | null = null;
  const terminal = consoleMode && process.stdin.isTTY === true ? { print: (text: string) => (printer ?? ((t) => process.stdout.write(`${t}\n\n`)))(text) } : null;

  let registry: CommandRegistry;
  try {
    const { openLeases } = await import('./stores.ts');
    const { createFeedService } = await import('./feeds/index.ts');
    const { createLlmSummariser } = await import('./core/index.ts');
    const { createAppRegistry } = await import('./app-registry.ts');
    const subscriptions = stores.subscriptions;
    closes.push(() => subscriptions.close());
    const leases = openLeases(db);
    if (leases) closes.push(() => leases.close());
    const feeds = createFeedService({ store: stores.feeds, briefing: service, log: logger, httpOptions: { allowPrivate: config.feedsAllowPrivate } });
    if (config.feedsAllowPrivate) logger.warn('FEEDS_ALLOW_PRIVATE is on: feeds may fetch loopback and private-network addresses');
    closes.push(() => feeds.close());
    const summariser = config.summary
      ? createLlmSummariser(config.summary, { onError: (err) => logger.warn({ err }, 'summary endpoint failed: used the extractive summary') })
      : null;
    const services: AppServices = { subscriptions, feeds, summariser };
    registry = createAppRegistry(() => services, EXTRA_COMMANDS);
    // Per-user limits on commands and inline queries in the chats (the console is never limited).
    registry.rateLimiter = new (await import('./bots/rate-limit.ts')).RateLimiter();

    // Discord shards other than 0 on SQLite leave the work that must happen once to shard 0
    const { leftToShardZero } = await import('./bots/discord/shards.ts');
    const elsewhere = leftToShardZero(config.discord?.shard ?? null, leases !== null);
    if (elsewhere) logger.info(elsewhere);
    if (config.telegram && !elsewhere) {
      const { startTelegramBot } = await import('./bots/telegram/bot.ts');
      const t = config.telegram;
      // several instances on one database: one of them long-polls (the bot's id names the lease, not its token)
      const pollingLease = leases && !t.webhook ? telegramPollingLease(leases, t.token) : undefined;
      bots.telegram = await startTelegramBot({ token: t.token, apiRoot: t.apiRoot, webhook: t.webhook, service, registry, logger, ...(pollingLease ? { pollingLease } : {}) });
      stops.push(bots.telegram.stop);
    }
    if (config.discord) {
      const { startDiscordBot } = await import('./bots/discord/client.ts');
      bots.discord = await startDiscordBot({ token: config.discord.token, apiRoot: config.discord.apiRoot, shard: config.discord.shard, service, registry, logger });
      stops.push(bots.discord.stop);
    }
    // Tasks see the database actually opened (a --db override wins over BRIEFDESK_DB).
    const ctx: AppContext = { config: { ...config, db }, service, registry, logger, bots, services, console: terminal, leases };
    for (const task of elsewhere ? [] : BACKGROUND_TASKS) stops.push(await task(ctx));
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    await shutdown();
    return 1;
  }

  if (consoleMode) {
    logger.info('no bot tokens set (TELEGRAM_TOKEN, DISCORD_TOKEN): starting the console');
    const { runConsole } = await import('./bots/console/repl.ts');
    const abort = new AbortController();
    const signal = onSignal();
    void signal.received.then(() => abort.abort());
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      service,
      registry,
      signal: abort.signal,
      onError: (err) => logger.error({ err }, 'console: command failed'),
      onPrinter: (print) => {
        printer = print;
      },
    });
    signal.cancel();
    process.stdin.pause();
    await shutdown();
    return 0;
  }

  // Listen before saying so: a supervisor may send SIGTERM as soon as it reads the line.
  const signal = onSignal();
  const running = [bots.telegram && `telegram (@${bots.telegram.username}, ${bots.telegram.mode})`, bots.discord && `discord (${bots.discord.username})`];
  logger.info(`running: ${running.filter(Boolean).join(', ')}; Ctrl+C stops`);
  const sig = await signal.received;
  logger.info(`${sig}: shutting down`);
  await shutdown();
  return 0;
}

/** `briefdesk discord:register [--guild ID]`. */
export async function discordRegisterCommand(args: string[]): Promise<number> {
  let guild: string | undefined;
  try {
    ({ guild } = parseArgs({ args, options: { guild: { type: 'string' } } }).values);
  } catch (err) {
    process.stderr.write(`briefdesk: ${(err as Error).message}\nusage: briefdesk discord:register [--guild ID]\n`);
    return 2;
  }
  const config = await configOrExit();
  if (!config) return 2;
  if (!config.discord) {
    process.stderr.write('briefdesk: DISCORD_TOKEN is not set (see .env.example)\n');
    return 2;
  }
  const { createLogger, secretsOf } = await import('./config.ts');
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const { registerDiscordCommands } = await import('./bots/discord/register.ts');
  const { createAppRegistry, noServices } = await import('./app-registry.ts');
  try {
    const registry = createAppRegistry(noServices, EXTRA_COMMANDS);
    const r = await registerDiscordCommands({ ...config.discord, guildId: guild ?? null, registry });
    process.stdout.write(
      `registered ${r.commands.length} commands (${r.commands.map((c) => `/${c}`).join(' ')}) for application ${r.appId}, ${r.scope}` +
        `${guild ? '' : ' (global commands can take up to an hour to appear)'}\n`,
    );
    return 0;
  } catch (err) {
    logger.error({ err }, 'discord:register failed');
    return 1;
  }
}
