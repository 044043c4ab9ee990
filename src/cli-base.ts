// What every `briefdesk` command shares: usage errors, option parsing, the one error line a failed command prints,
// and the program's start (heap, closed pipe, .env). Light on purpose: `briefdesk extract` starts from here and
// extract-command.ts without loading the other commands (see extract-cli.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, redact, secretsFromEnv } from './core/extraction.ts';
import { keepHeapSmall } from './heap.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUE_OPTIONS = new Set(['--db', '--format', '--limit']);

export function options(args: string[], extra: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}) {
  const known = { db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...extra } as const;
  // "--limit -3": a value that starts with '-' is still the option's value (parseArgs calls it ambiguous)
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const takesValue = VALUE_OPTIONS.has(arg) || (arg.startsWith('--') && (extra[arg.slice(2)]?.type === 'string'));
    if (takesValue && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  try {
    return parseArgs({ args: joined, allowPositionals: true, options: known });
  } catch (err) {
    const message = (err as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) {
      const list = Object.entries(known).map(([name, o]) => `--${name}${o.type === 'string' ? ' VALUE' : ''}`).join(', ');
      throw new UsageError(`unknown option ${unknown} (options here: ${list}; a query that starts with "-" goes after --)`);
    }
    const missing = /^Option '([^']+)' argument missing/.exec(message)?.[1];
    if (missing) throw new UsageError(`${missing.replace(/^-\w, /, '')} needs a value`);
    throw new UsageError(message);
  }
}

export function format(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const f = value ?? fallback;
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${f}")`);
  return f;
}

/** Prints a failed command's error line (secrets redacted); the exit code: 2 for a usage error, else 1. */
export function failure(err: unknown): number {
  process.stderr.write(`briefdesk: ${redact(describeError(err).replace(/^(?:UsageError|MissingDatabaseError): /, ''), secretsFromEnv())}\n`);
  return err instanceof UsageError ? 2 : 1;
}

/** Before any command runs: heap growth, a closed stdout pipe, and the .env file when there is one. */
export async function prepareProgram(): Promise<void> {
  keepHeapSmall(); // ingest and the long-running bots: peak memory near what is live (see heap.ts)
  // `briefdesk extract … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // (the configuration module — its schema library and logger — is loaded only when there is a .env to read
  // or a command that needs the configuration: `briefdesk extract` and `quote` start faster without them).
  // Commands read their settings (BRIEFDESK_DB, DATABASE_URL, BRIEFDESK_THEMES, …) when they run, after this.
  if (existsSync(resolve(process.cwd(), '.env'))) (await import('./config.ts')).loadDotenv();
}
