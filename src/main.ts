// Composition root. `briefdesk start` loads and validates the configuration, opens the store, builds
// the service and the command registry, ingests the shipped corpus into an empty database, then starts
// the bots that have tokens (or the console when none do) plus the background tasks, and shuts all of
// it down on SIGINT/SIGTERM. `briefdesk discord:register` uploads the slash commands. The CLI
// (loaded after .env so that its defaults see the file's values) dispatches both here.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
// Platform libraries (discord.js, grammY) load only when a command needs them: `briefdesk quote` stays fast.
import type { CommandDef, CommandRegistry } from './bots/commands.ts';
import type { DiscordHandle } from './bots/discord/client.ts';
import type { TelegramHandle } from './bots/telegram/bot.ts';
import { ConfigError, createLogger, loadConfig, loadDotenv, secretsOf, type Config } from './config.ts';
import type { BriefingService } from './core/briefing-service.ts';

/** What background tasks get: everything main wired. */
export interface AppContext {
  readonly config: Config;
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  /** The bots that run (none in console mode); digests deliver through their `send`. */
  readonly bots: { readonly telegram?: TelegramHandle; readonly discord?: DiscordHandle };
}

/** A job started after the bots (digest scheduler, feed poller); returns how to stop it. */
export type BackgroundTask = (ctx: AppContext) => (() => Promise<void>) | Promise<() => Promise<void>>;

/** Background tasks to start with the bots: the digest scheduler and the feed poller register here. */
export const BACKGROUND_TASKS: BackgroundTask[] = [];

/** Commands added to (or replacing, by name) the defaults: /digest, /subscribe, /unsubscribe, /summary, /themes, /sources. */
export const EXTRA_COMMANDS: CommandDef[] = [];

export async function main(argv: string[]): Promise<number> {
  // `briefdesk extract … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  loadDotenv();
  // Imported after .env is read: the CLI's defaults (BRIEFDESK_DB, …) are read at module load.
  const { runCli } = await import('./cli.ts');
  return runCli(argv);
}

function configOrExit(): Config | null {
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
  const config = configOrExit();
  if (!config) return 2;
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const { openService, DEFAULT_CORPUS } = await import('./cli.ts');
  const { createDefaultRegistry } = await import('./bots/handlers.ts');
  const db = values.db ?? config.db;
  mkdirSync(dirname(db), { recursive: true });
  const service = openService(db);
  if (service.stats().documents === 0) {
    const r = service.ingestPaths([DEFAULT_CORPUS]);
    for (const e of r.errors) logger.warn(`ingest: ${e.path}: ${e.message}`);
    logger.info(`empty database ${db}: ingested the shipped corpus (${r.documents} documents, ${r.statements} statements)`);
  }
  const registry = createDefaultRegistry(EXTRA_COMMANDS);
  const bots: { telegram?: TelegramHandle; discord?: DiscordHandle } = {};
  const stops: (() => Promise<void>)[] = [];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.error({ err }, 'shutdown step failed'));
    service.store.close();
  };

  try {
    if (config.telegram) {
      const { startTelegramBot } = await import('./bots/telegram/bot.ts');
      const t = config.telegram;
      bots.telegram = await startTelegramBot({ token: t.token, apiRoot: t.apiRoot, webhook: t.webhook, service, registry, logger });
      stops.push(bots.telegram.stop);
    }
    if (config.discord) {
      const { startDiscordBot } = await import('./bots/discord/client.ts');
      bots.discord = await startDiscordBot({ token: config.discord.token, apiRoot: config.discord.apiRoot, service, registry, logger });
      stops.push(bots.discord.stop);
    }
    // Tasks see the database actually opened (a --db override wins over BRIEFDESK_DB).
    const ctx: AppContext = { config: { ...config, db }, service, registry, logger, bots };
    for (const task of BACKGROUND_TASKS) stops.push(await task(ctx));
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    await shutdown();
    return 1;
  }

  if (!bots.telegram && !bots.discord) {
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
    });
    signal.cancel();
    process.stdin.pause();
    await shutdown();
    return 0;
  }

  const running = [bots.telegram && `telegram (@${bots.telegram.username}, ${bots.telegram.mode})`, bots.discord && `discord (${bots.discord.username})`];
  logger.info(`running: ${running.filter(Boolean).join(', ')}; Ctrl+C stops`);
  const sig = await onSignal().received;
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
  const config = configOrExit();
  if (!config) return 2;
  if (!config.discord) {
    process.stderr.write('briefdesk: DISCORD_TOKEN is not set (see .env.example)\n');
    return 2;
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const { registerDiscordCommands } = await import('./bots/discord/register.ts');
  const { createDefaultRegistry } = await import('./bots/handlers.ts');
  try {
    const r = await registerDiscordCommands({ ...config.discord, guildId: guild ?? null, registry: createDefaultRegistry(EXTRA_COMMANDS) });
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
