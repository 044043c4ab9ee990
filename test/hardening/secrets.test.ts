// Secrets: bot tokens come from the environment only (no command-line option takes one), never appear in a
// log line (however deep, in whatever key, cause or format string) or in the one-line error report of the
// CLI, and .env is ignored by git.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { createLogger, loadConfig, secretsOf } from '../../src/config.ts';
import { cleanUp, tempDir } from './helpers.ts';
import { redact, REDACTED, redactedErrorLine, redactingSink, secretsFromEnv, usableSecrets } from '../../src/core/redact.ts';

const TG = '123456789:AAE_example-token-value-123456';
const DC = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.example-discord-token-value';
const HOOK = 'webhook_secret_value_42';
const ROOT = new URL('../../', import.meta.url).pathname;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  cleanUp();
});

describe('redact', () => {
  it('replaces every spelling of every secret, longest first', () => {
    const secrets = usableSecrets([TG, `${TG}-longer`, 'short', '', null]);
    expect(secrets).toEqual([`${TG}-longer`, TG]);
    const text = `GET /bot${TG}/getMe ${encodeURIComponent(TG)} "${TG}-longer" short`;
    expect(redact(text, secrets)).toBe(`GET /bot${REDACTED}/getMe ${REDACTED} "${REDACTED}" short`);
    expect(redact(JSON.stringify({ t: 'a"b\\c-secret' }), ['a"b\\c-secret'])).toBe(`{"t":"${REDACTED}"}`);
  });

  it('finds the secrets of an environment by name', () => {
    const env = { TELEGRAM_TOKEN: TG, DISCORD_TOKEN: DC, TELEGRAM_WEBHOOK_SECRET: HOOK, SUMMARY_API_KEY: 'sk-abcdefgh', HOME: '/home/x', LOG_LEVEL: 'info', EMPTY_TOKEN: '' };
    expect(secretsFromEnv(env).sort()).toEqual([DC, HOOK, TG, 'sk-abcdefgh'].sort());
  });

  it('gives one line about an error without the secret or a stack', () => {
    const err = new Error(`request to https://api.telegram.org/bot${TG}/sendMessage failed\n    at stack`);
    expect(redactedErrorLine(err, [TG])).toBe(`Error: request to https://api.telegram.org/bot${REDACTED}/sendMessage failed`);
  });

  it('wraps a stream so that nothing written through it carries a secret', () => {
    let written = '';
    const sink = redactingSink({ write: (s: string) => (written += s) }, [TG]);
    sink.write(`{"deep":{"a":{"b":{"c":{"d":{"e":{"f":{"g":"${TG}"}}}}}}}}\n`);
    expect(written).not.toContain(TG);
  });
});

describe('the logger', () => {
  function capture(pretty: boolean) {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    const config = loadConfig({ TELEGRAM_TOKEN: TG, DISCORD_TOKEN: DC, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg', TELEGRAM_WEBHOOK_SECRET: HOOK });
    const log = createLogger({ level: 'info', secrets: secretsOf(config), destination: out, pretty });
    return { log, text: () => text };
  }

  it.each([false, true])('never prints a token or the webhook secret (pretty: %s)', async (pretty) => {
    const { log, text } = capture(pretty);
    const cause = new Error(`connect ECONNREFUSED https://api.telegram.org/bot${TG}/getMe`);
    const err = Object.assign(new Error(`Network request for getMe failed (${HOOK})`, { cause }), { url: `https://api.telegram.org/bot${TG}/getMe` });
    log.error({ err }, 'telegram: polling stopped');
    log.error(err, 'as the first argument');
    log.error({ error: err, reason: cause }, 'under other keys');
    log.warn({ err: new AggregateError([cause], `many failures with ${DC}`) }, 'aggregate');
    log.info({ a: { b: { c: { d: { e: { f: { g: { h: TG } } } } } } } }, 'deeply nested');
    log.info({ list: [[[[[[[[[DC]]]]]]]]] }, 'deeply listed');
    log.info('%s and %o and %j', TG, { t: DC }, { h: HOOK });
    log.info(`Bot ${DC} in a message`);
    await new Promise((resolve) => setImmediate(resolve));
    const out = text();
    expect(out.trim().split('\n').length).toBeGreaterThanOrEqual(8);
    for (const secret of [TG, DC, HOOK, encodeURIComponent(TG)]) expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });
});

describe('error reports of the command line', () => {
  it('show the reason without the token', async () => {
    vi.stubEnv('TELEGRAM_TOKEN', TG);
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    // The database folder cannot be created (its parent is a file): the error names it, token included.
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const code = await runCli(['stats', '--db', join(dir, 'file', `bot${TG}`, 'x.db')], new PassThrough());
    expect(code).toBe(1);
    expect(stderr).toMatch(/^briefdesk: .*file\/bot\[redacted\]/);
    expect(stderr).not.toContain(TG);
  });
});

describe('where tokens come from', () => {
  it('no command-line option takes a token', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = new PassThrough();
    expect(await runCli(['discord:register', '--token', DC], out)).toBe(2);
    expect(await runCli(['start', '--token', TG], out)).toBe(2);
  });

  it('.env is ignored by git and .env.example holds no secret values', () => {
    expect(() => execFileSync('git', ['check-ignore', '-q', '.env'], { cwd: ROOT })).not.toThrow();
    const example = readFileSync(new URL('.env.example', `file://${ROOT}`), 'utf8');
    for (const line of example.split('\n')) {
      const m = /^\s*([A-Z_]+)\s*=\s*(.*)$/.exec(line);
      if (m && /(TOKEN|SECRET|KEY)$/.test(m[1] ?? '')) expect(m[2], m[1]).toBe('');
    }
  });
});
