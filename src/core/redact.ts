// Keeps secrets (bot tokens, the webhook secret, API keys) out of everything Briefdesk writes: log lines and
// error reports. Redaction by value on the final text, so no object shape, nesting depth, error cause or
// JSON escaping can carry a token past it. Tokens come from the environment only (see config.ts).

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/** Values shorter than this are not treated as secrets (they would blank out ordinary words). */
const MIN_SECRET_LENGTH = 6;

/** Environment variables whose values are secrets, by name. */
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|API_KEY|KEY|PASSWORD|PASS)$/i;

/** The secrets worth redacting: long enough, unique, longest first (so one inside another is still caught). */
export function usableSecrets(secrets: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    const v = s?.trim();
    if (v && v.length >= MIN_SECRET_LENGTH) out.add(v);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Secret values in an environment (DISCORD_TOKEN, TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET, SUMMARY_API_KEY, …). */
export function secretsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return usableSecrets(Object.entries(env).filter(([name]) => SECRET_NAME.test(name)).map(([, value]) => value));
}

/** Replaces every occurrence of every secret, also in its JSON-escaped and URL-encoded spellings. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])) {
      if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

/** One line about an error, for a user or an operator, without secrets (and without a stack). */
export function redactedErrorLine(err: unknown, secrets: readonly string[]): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return redact(text.split('\n')[0] ?? '', secrets);
}

/** A write-only stream (pino destination) that redacts every chunk before passing it on. */
export interface LineSink {
  write(chunk: string): unknown;
}

export function redactingSink<T extends LineSink>(out: T, secrets: readonly string[]): LineSink {
  const list = usableSecrets(secrets);
  if (list.length === 0) return out;
  return { write: (chunk: string) => out.write(redact(String(chunk), list)) };
}
