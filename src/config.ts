// Start-up configuration: process.env (plus .env when present) validated with one schema, every problem
// reported at once, and a logger that never prints a token. Nothing else reads process.env for settings.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as loadDotenvFile } from 'dotenv';
import cron from 'node-cron';
import { pino, type DestinationStream, type Logger } from 'pino';
import { z } from 'zod';
import { redactingSink, SummaryConfigError, summaryConfigFromEnv, type LlmSummaryConfig } from './core/index.ts';
import { DEFAULT_FEED_CRON } from './feeds/schedule.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `KEY=` in a .env file means "not set". */
const blank = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const EnvSchema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, 'does not look like a Discord bot token')),
  DISCORD_APP_ID: optional(z.string().regex(/^\d{15,25}$/, 'must be the numeric application id')),
  DISCORD_API_ROOT: optional(httpUrl),
  // sharding across processes: this process connects shard DISCORD_SHARD_ID of DISCORD_SHARD_COUNT
  DISCORD_SHARD_ID: optional(z.coerce.number({ error: 'must be a whole number from 0' }).int('must be a whole number from 0').min(0, 'must be a whole number from 0')),
  DISCORD_SHARD_COUNT: optional(z.coerce.number({ error: 'must be a whole number from 1' }).int('must be a whole number from 1').min(1, 'must be a whole number from 1')),
  TELEGRAM_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, 'does not look like a Telegram bot token (123456789:AA…)')),
  TELEGRAM_API_ROOT: optional(httpUrl),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: 'must be an https URL' })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters A–Z, a–z, 0–9, _ or -')),
  TELEGRAM_WEBHOOK_PORT: z.preprocess(blank, z.coerce.number().int().min(1).max(65535).default(8080)),
  BRIEFDESK_DB: z.preprocess(blank, z.string().default('data/briefdesk.db')),
  // every store on PostgreSQL (src/stores.ts); wins over BRIEFDESK_DB
  DATABASE_URL: optional(z.string().regex(/^postgres(?:ql)?:\/\/\S+$/i, 'must be a PostgreSQL URL, e.g. postgres://briefdesk:secret@db.internal:5432/briefdesk')),
  BRIEFDESK_THEMES: optional(z.string().refine((file) => existsSync(file), 'no such file (the theme taxonomy, e.g. data/themes.json)')),
  FEED_POLL_CRON: z.preprocess(
    blank,
    z
      .string()
      .default(DEFAULT_FEED_CRON)
      .refine((expression) => cron.validate(expression), 'is not a cron expression (minute hour day month weekday, e.g. */15 * * * *)'),
  ),
  // true/false (also 1/0, yes/no, on/off); blank or unset: false.
  FEEDS_ALLOW_PRIVATE: z.preprocess(blank, z.stringbool({ error: 'must be true or false' }).default(false)),
  LOG_LEVEL: z.preprocess((v) => {
    const b = blank(v);
    return typeof b === 'string' ? b.toLowerCase() : b;
  }, z.enum(LOG_LEVELS).default('info')),
});

const SUMMARY_VARIABLES = ['SUMMARY_API_URL', 'SUMMARY_API_KEY', 'SUMMARY_MODEL', 'SUMMARY_TIMEOUT_MS'] as const;

/** Every variable the configuration reads (.env.example documents each one). */
export const CONFIG_VARIABLES: readonly string[] = [...Object.keys(EnvSchema.shape), ...SUMMARY_VARIABLES];

/** Checks across variables; run on the raw values so they are reported even when a field is invalid. */
function crossProblems(env: Record<string, string | undefined>): string[] {
  const set = (k: string) => blank(env[k]) !== undefined;
  const problems: string[] = [];
  if (set('TELEGRAM_WEBHOOK_URL') && !set('TELEGRAM_TOKEN')) problems.push('TELEGRAM_WEBHOOK_URL: is set but TELEGRAM_TOKEN is not');
  if (set('TELEGRAM_WEBHOOK_URL') && !set('TELEGRAM_WEBHOOK_SECRET')) problems.push('TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_WEBHOOK_URL is set');
  if ((set('DISCORD_SHARD_ID') || set('DISCORD_SHARD_COUNT')) && !set('DISCORD_TOKEN')) problems.push('DISCORD_SHARD_ID: is set but DISCORD_TOKEN is not');
  if (set('DISCORD_SHARD_ID') !== set('DISCORD_SHARD_COUNT')) {
    problems.push('DISCORD_SHARD_ID, DISCORD_SHARD_COUNT: set both (this process runs shard ID of COUNT, e.g. 0 of 2) or neither');
  }
  const [id, count] = [Number(blank(env.DISCORD_SHARD_ID)), Number(blank(env.DISCORD_SHARD_COUNT))];
  if (Number.isInteger(id) && Number.isInteger(count) && count >= 1 && id >= count) {
    problems.push(`DISCORD_SHARD_ID: is ${id}, but shards are numbered 0 to ${count - 1} (DISCORD_SHARD_COUNT is ${count})`);
  }
  return problems;
}

/** The optional summary endpoint (SUMMARY_*), validated by the summariser's own schema. */
function summaryOf(env: Record<string, string | undefined>): { config: LlmSummaryConfig | null; problems: string[] } {
  const trimmed = Object.fromEntries(SUMMARY_VARIABLES.map((k) => [k, blank(env[k]) as string | undefined]));
  try {
    return { config: summaryConfigFromEnv(trimmed), problems: [] };
  } catch (err) {
    if (!(err instanceof SummaryConfigError)) throw err;
    return { config: null, problems: [...err.problems] };
  }
}

export interface DiscordConfig {
  readonly token: string;
  /** Null: looked up from the token when needed. */
  readonly appId: string | null;
  /** REST base without version, e.g. http://proxy:8080/api; null for Discord's own. */
  readonly apiRoot: string | null;
  /** The one shard this process connects (DISCORD_SHARD_ID of DISCORD_SHARD_COUNT); null: not sharded. */
  readonly shard: { readonly id: number; readonly count: number } | null;
}

export interface TelegramConfig {
  readonly token: string;
  readonly apiRoot: string | null;
  /** Null: long polling. */
  readonly webhook: { readonly url: string; readonly secret: string; readonly port: number } | null;
}

export interface Config {
  readonly db: string;
  readonly logLevel: LogLevel;
  readonly discord: DiscordConfig | null;
  readonly telegram: TelegramConfig | null;
  /** When `npm start` polls the feeds (FEED_POLL_CRON, default every 15 minutes). */
  readonly feedPollCron: string;
  /**
   * FEEDS_ALLOW_PRIVATE: feeds and their article pages may be fetched from loopback, private, link-local …
   * addresses (an intranet deployment). Default false: such hosts are refused.
   */
  readonly feedsAllowPrivate: boolean;
  /** An OpenAI-compatible endpoint for summaries (SUMMARY_*); null: extractive summaries only. */
  readonly summary: LlmSummaryConfig | null;
  /** BRIEFDESK_THEMES: another theme taxonomy file; null for data/themes.json. */
  readonly themesFile: string | null;
}

/** Every configuration problem, one per line, without any secret value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Reads `.env` (when present) into process.env without overriding what is already set. */
export function loadDotenv(path = resolve(process.cwd(), '.env')): boolean {
  if (!existsSync(path)) return false;
  loadDotenvFile({ path, quiet: true });
  return true;
}

/** Validates the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const summary = summaryOf(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)),
    ...crossProblems(env),
    ...summary.problems,
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    db: e.DATABASE_URL ?? e.BRIEFDESK_DB,
    logLevel: e.LOG_LEVEL,
    feedPollCron: e.FEED_POLL_CRON,
    feedsAllowPrivate: e.FEEDS_ALLOW_PRIVATE,
    summary: summary.config,
    themesFile: e.BRIEFDESK_THEMES ?? null,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          appId: e.DISCORD_APP_ID ?? null,
          apiRoot: e.DISCORD_API_ROOT ?? null,
          shard: e.DISCORD_SHARD_ID !== undefined && e.DISCORD_SHARD_COUNT !== undefined ? { id: e.DISCORD_SHARD_ID, count: e.DISCORD_SHARD_COUNT } : null,
        }
      : null,
    telegram: e.TELEGRAM_TOKEN
      ? {
          token: e.TELEGRAM_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT ?? null,
          webhook:
            e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET
              ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, port: e.TELEGRAM_WEBHOOK_PORT }
              : null,
        }
      : null,
  };
}

/**
 * FEEDS_ALLOW_PRIVATE alone, for `briefdesk feeds …`, which does not load the whole configuration.
 * Throws ConfigError for a value that is not true or false.
 */
export function feedsAllowPrivateFromEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): boolean {
  const parsed = EnvSchema.shape.FEEDS_ALLOW_PRIVATE.safeParse(env.FEEDS_ALLOW_PRIVATE);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `FEEDS_ALLOW_PRIVATE: ${i.message}`));
  return parsed.data;
}

/** The values that must never reach a log line. */
export function secretsOf(config: Config): string[] {
  return [config.discord?.token, config.telegram?.token, config.telegram?.webhook?.secret, config.summary?.apiKey, databasePassword(config.db)].filter((s): s is string => !!s);
}

/** The password in a PostgreSQL URL (never logged), or null. */
function databasePassword(db: string): string | null {
  if (!/^postgres(?:ql)?:\/\//i.test(db)) return null;
  try {
    return decodeURIComponent(new URL(db).password) || null;
  } catch {
    return null;
  }
}

const REDACT_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'DISCORD_TOKEN',
  'TELEGRAM_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'apiKey',
  '*.apiKey',
  'SUMMARY_API_KEY',
];

/** Replaces every secret inside strings, arrays and plain objects (error messages can carry URLs with tokens). */
function scrub(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (secrets.length === 0 || depth > 6) return value;
  if (typeof value === 'string') return secrets.reduce((s, secret) => s.split(secret).join('[redacted]'), value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, depth + 1));
  if (value instanceof Error) {
    const copy = new Error(scrub(value.message, secrets) as string);
    copy.name = value.name;
    copy.stack = scrub(value.stack, secrets) as string;
    return copy;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets, depth + 1)]));
  }
  return value;
}

/** One readable line per log record on a terminal; JSON lines otherwise. */
function terminalStream(out: NodeJS.WritableStream): DestinationStream {
  const names: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
  return {
    write(line: string) {
      try {
        const { level, time, msg, pid: _pid, hostname: _host, err, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
        const stack = err && typeof err === 'object' && 'stack' in err ? `\n${String(err.stack)}` : '';
        out.write(`${new Date(Number(time)).toISOString().slice(11, 19)} ${names[Number(level)] ?? level} ${String(msg ?? '')}${extra}${stack}\n`);
      } catch {
        out.write(line);
      }
    },
  };
}

export interface LoggerOptions {
  readonly level: LogLevel;
  readonly secrets?: readonly string[];
  /** Defaults to stderr (stdout belongs to the console chat). */
  readonly destination?: NodeJS.WritableStream;
  readonly pretty?: boolean;
}

/** A pino logger on stderr with tokens redacted by path and by value. */
export function createLogger(opts: LoggerOptions): Logger {
  const secrets = [...(opts.secrets ?? [])].filter((s) => s.length >= 6);
  const out = opts.destination ?? process.stderr;
  const pretty = opts.pretty ?? (out === process.stderr && process.stderr.isTTY === true);
  return pino(
    {
      level: opts.level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: (e: unknown) => pino.stdSerializers.err(scrub(e, secrets) as Error) },
      formatters: { log: (obj) => scrub(obj, secrets) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrub(a, secrets)) as Parameters<typeof method>);
        },
      },
    },
    // Redaction by value on the finished line too: no nesting depth, error cause or key name carries a token past it.
    redactingSink(pretty ? terminalStream(out) : (out as DestinationStream), secrets) as DestinationStream,
  );
}
