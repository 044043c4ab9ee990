// Configuration: defaults, every problem at once, blank values, and tokens kept out of logs.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, createLogger, feedsAllowPrivateFromEnv, loadConfig, secretsOf } from '../../src/config.ts';

const TG = '123456789:AAE_example-token-value-123456';
const DC = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.example-discord-token-value';

describe('loadConfig', () => {
  it('runs with nothing set: console only, default database', () => {
    expect(loadConfig({})).toEqual({
      db: 'data/briefdesk.db',
      logLevel: 'info',
      discord: null,
      telegram: null,
      feedPollCron: '*/15 * * * *',
      feedsAllowPrivate: false,
      summary: null,
      themesFile: null,
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ TELEGRAM_TOKEN: '', DISCORD_TOKEN: '  ', LOG_LEVEL: '' }).telegram).toBeNull();
    expect(loadConfig({ FEEDS_ALLOW_PRIVATE: ' ' }).feedsAllowPrivate).toBe(false);
  });

  it('reads FEEDS_ALLOW_PRIVATE as a yes/no switch, off unless set', () => {
    for (const on of ['true', '1', 'yes', 'ON']) expect(loadConfig({ FEEDS_ALLOW_PRIVATE: on }).feedsAllowPrivate).toBe(true);
    for (const off of ['false', '0', 'no', 'off']) expect(loadConfig({ FEEDS_ALLOW_PRIVATE: off }).feedsAllowPrivate).toBe(false);
    expect(feedsAllowPrivateFromEnv({})).toBe(false);
    expect(feedsAllowPrivateFromEnv({ FEEDS_ALLOW_PRIVATE: 'true' })).toBe(true);
    expect(() => feedsAllowPrivateFromEnv({ FEEDS_ALLOW_PRIVATE: 'perhaps' })).toThrow(ConfigError);
  });

  it('reads bots, API roots and webhook settings', () => {
    const c = loadConfig({
      TELEGRAM_TOKEN: TG,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg',
      TELEGRAM_WEBHOOK_SECRET: 's3cret_value',
      TELEGRAM_WEBHOOK_PORT: '8443',
      DISCORD_TOKEN: DC,
      DISCORD_APP_ID: '111111111111111111',
      DISCORD_API_ROOT: 'http://proxy:8080/api',
      BRIEFDESK_DB: '/var/lib/briefdesk.db',
      LOG_LEVEL: 'DEBUG',
      FEED_POLL_CRON: ' 0 * * * * ',
      FEEDS_ALLOW_PRIVATE: 'Yes',
      SUMMARY_API_URL: 'http://127.0.0.1:8080/v1',
      SUMMARY_MODEL: 'small-model',
      SUMMARY_API_KEY: 'sk-test-key',
      SUMMARY_TIMEOUT_MS: '5000',
      BRIEFDESK_THEMES: 'data/themes.json',
    });
    expect(c).toEqual({
      db: '/var/lib/briefdesk.db',
      logLevel: 'debug',
      feedPollCron: '0 * * * *',
      feedsAllowPrivate: true,
      summary: { url: 'http://127.0.0.1:8080/v1', model: 'small-model', apiKey: 'sk-test-key', timeoutMs: 5000 },
      themesFile: 'data/themes.json',
      discord: { token: DC, appId: '111111111111111111', apiRoot: 'http://proxy:8080/api', shard: null },
      telegram: { token: TG, apiRoot: 'http://127.0.0.1:8081', webhook: { url: 'https://bot.example.org/tg', secret: 's3cret_value', port: 8443 } },
    });
  });

  it('reports every problem at once, without echoing values', () => {
    let error: unknown;
    try {
      loadConfig({
        TELEGRAM_TOKEN: 'not-a-token-secretvalue',
        TELEGRAM_API_ROOT: 'ftp://x',
        TELEGRAM_WEBHOOK_URL: 'http://insecure.example',
        DISCORD_APP_ID: 'abc',
        LOG_LEVEL: 'loud',
        FEED_POLL_CRON: 'every quarter hour',
        FEEDS_ALLOW_PRIVATE: 'sometimes',
        SUMMARY_API_URL: 'http://127.0.0.1:8080/v1',
        SUMMARY_TIMEOUT_MS: '5',
        BRIEFDESK_THEMES: '/nonexistent/themes.json',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining([
        'TELEGRAM_TOKEN',
        'TELEGRAM_API_ROOT',
        'TELEGRAM_WEBHOOK_URL',
        'TELEGRAM_WEBHOOK_SECRET',
        'DISCORD_APP_ID',
        'LOG_LEVEL',
        'FEED_POLL_CRON',
        'FEEDS_ALLOW_PRIVATE',
        'SUMMARY_MODEL',
        'SUMMARY_TIMEOUT_MS',
        'BRIEFDESK_THEMES',
      ]),
    );
    expect((error as Error).message).not.toContain('secretvalue');
  });
});

describe('Discord shards', () => {
  it('reads the shard this process runs', () => {
    expect(loadConfig({ DISCORD_TOKEN: DC, DISCORD_SHARD_ID: '1', DISCORD_SHARD_COUNT: ' 4 ' }).discord?.shard).toEqual({ id: 1, count: 4 });
  });

  it('says what is wrong with the shard settings and what would work', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ DISCORD_TOKEN: DC, ...env });
        return [];
      } catch (err) {
        return [...(err as ConfigError).problems];
      }
    };
    expect(problems({ DISCORD_SHARD_ID: '0' })).toEqual(['DISCORD_SHARD_ID, DISCORD_SHARD_COUNT: set both (this process runs shard ID of COUNT, e.g. 0 of 2) or neither']);
    expect(problems({ DISCORD_SHARD_ID: '2', DISCORD_SHARD_COUNT: '2' })).toEqual(['DISCORD_SHARD_ID: is 2, but shards are numbered 0 to 1 (DISCORD_SHARD_COUNT is 2)']);
    expect(problems({ DISCORD_TOKEN: '', DISCORD_SHARD_ID: '0', DISCORD_SHARD_COUNT: '2' })).toEqual(['DISCORD_SHARD_ID: is set but DISCORD_TOKEN is not']);
    expect(problems({ DISCORD_SHARD_ID: 'one', DISCORD_SHARD_COUNT: '0' })).toEqual([
      'DISCORD_SHARD_ID: must be a whole number from 0',
      'DISCORD_SHARD_COUNT: must be a whole number from 1',
    ]);
  });
});

describe('.env.example', () => {
  it('lists every variable the configuration reads, each with a comment above it', () => {
    const lines = readFileSync('.env.example', 'utf8').split('\n');
    const listed = lines.flatMap((l, i) => {
      const m = /^([A-Z_]+)=/.exec(l);
      return m && lines[i - 1]?.startsWith('#') ? [m[1]] : [];
    });
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});

describe('logger', () => {
  it('never prints a token, by path or by value', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    const config = loadConfig({ TELEGRAM_TOKEN: TG, DISCORD_TOKEN: DC, SUMMARY_API_URL: 'http://127.0.0.1:1/v1', SUMMARY_MODEL: 'm', SUMMARY_API_KEY: 'sk-secret-summary-key' });
    const log = createLogger({ level: 'info', secrets: secretsOf(config), destination: out, pretty: false });
    log.info({ config }, 'starting');
    log.info(`calling https://api.telegram.org/bot${TG}/getMe`);
    log.error({ err: new Error(`request to /bot${TG}/sendMessage failed`) }, 'failed');
    log.info({ headers: { authorization: `Bot ${DC}` } }, 'rest');
    expect(text).not.toContain(TG);
    expect(text).not.toContain(DC);
    expect(text).not.toContain('sk-secret-summary-key');
    expect(text).toContain('[redacted]');
    expect(text.trim().split('\n')).toHaveLength(4);
  });
});
