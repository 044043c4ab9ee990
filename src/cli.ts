// The `briefdesk` command line: ingest, extract, quote, speakers, stats, start, digest, summary, themes, feeds.
// Other tools rely on these command names, options and JSON field names: change them with care.
import type { BriefingService, CleanDocument, IngestReport, QuoteHit } from './core/index.ts';
import { existsSync } from 'node:fs';
import type * as CliProgress from 'cli-progress';
import { createRequire } from 'node:module';
import { DIGEST_USAGE, createDigestCommands } from './digest/cli-commands.ts';
import { FEEDS_USAGE } from './feeds/usage.ts';
import { tuneForBatch } from './batch-tuning.ts';
import { failure, format, options, prepareProgram, UsageError } from './cli-base.ts';
import { cmdExtract } from './extract-command.ts';
import { documentExtractionPool, jobsFor, jobsOption } from './extraction-threads.ts';
import { listInputFiles } from './core/extraction.ts';
import { PoolStartError } from './worker-pool.ts';
import { openService } from './service.ts';
import { defaultDatabase, describeDatabase } from './stores.ts';

// (the service's wiring lives in service.ts; these are re-exported for the callers that found them here)
export { DEFAULT_CORPUS, loadSeedSpeakers, openService, serviceOn, SPEAKERS_FILE, THEMES_FILE, themesFile } from './service.ts';

/** The whole usage; `default --db` is what the environment says now (DATABASE_URL, BRIEFDESK_DB). */
const usage = (): string => `usage: briefdesk <command> [options]

commands:
  ingest PATH... [--db FILE] [--jobs N]          add articles (files or folders) to the database
  extract FILE... [--format jsonl|text] [--explain] [--jobs N]
                                                 print the statements found, without a database;
                                                 --explain adds the frame and how each speaker was resolved;
                                                 --jobs: threads for a batch of 256 KB or more (default: one
                                                 per core, up to 4; --jobs 1: one thread, least memory)
  quote QUERY [--db FILE] [--limit N] [--format text|jsonl]
                                                 search statements: speaker names filter, other words search;
                                                 "exact phrase", since:2021-10-01, until:, from:tass, theme:
  speakers [--db FILE] [--reresolve]             speakers with statement counts and roles;
                                                 --reresolve repairs stored speakers with today's rules
  stats [--db FILE]                              what the database holds
  start [--db FILE]                              ingest the shipped corpus into an empty database, then run the bots
                                                 that have tokens (TELEGRAM_TOKEN, DISCORD_TOKEN), else the console chat
  discord:register [--guild ID]                  register the Discord slash commands (one guild: instant; else global)
  backup FILE [--db FILE] [--force]              copy the database to FILE while it is in use (SQLite online backup)
  migrate --to URL [--db FILE]                   copy the SQLite database into PostgreSQL (postgres://user:pass@host/db);
                                                 run again to resume; verifies the row counts
  trend QUERY --out FILE [--by speaker|theme|outlet] [--since DATE] [--until DATE] [--interval day|week|month]
        [--format png|svg|json]                  a chart of the statements matching QUERY per interval (see README)
${DIGEST_USAGE}
${FEEDS_USAGE}

default --db: ${describeDatabase(defaultDatabase())}`;

/** A read command named a database file that does not exist (exit 1, like any other database it cannot open). */
class MissingDatabaseError extends Error {
  override readonly name = 'MissingDatabaseError';
}

/** Read commands open an existing database only: a mistyped --db must not leave an empty one behind. */
function openExisting(db: string): BriefingService {
  if (db !== ':memory:' && !/^postgres(?:ql)?:\/\//i.test(db) && !existsSync(db)) { // a server URL: see stores.ts
    throw new MissingDatabaseError(`no database at ${db} (only ingest and start create one: briefdesk ingest PATH --db ${db})`);
  }
  return openService(db);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path for the progress line: the file name whole, as much of its folder as fits, cut on the left with "…". */
export function shortPath(path: string, width = 40): string {
  if (path.length <= width) return path;
  const name = path.split('/').pop() ?? path;
  if (name.length >= width - 1) return `${name.slice(0, width - 1)}…`;
  return `…${path.slice(path.length - (width - 1))}`;
}

/** The one-line ingest summary. */
export function ingestSummary(report: IngestReport): string {
  const merged = report.merged ? ` (+${report.merged} already known from other documents)` : '';
  const empty =
    report.noStatements > 0
      ? `; ${plural(report.noStatements, 'document')} gave no statements (statements are read from English text only)`
      : '';
  const ignored = (report.ignored ?? 0) > 0 ? `; ${plural(report.ignored ?? 0, 'file')} in folders skipped (not text or HTML)` : '';
  return `ingested ${plural(report.documents, 'document')} (${report.skipped} already known), ${report.statements} new statements${merged}, ${plural(report.errors.length, 'error')}${empty}${ignored}`;
}

async function cmdIngest(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = options(args, { jobs: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH');
  const given = jobsOption((values as { jobs?: string }).jobs);
  const service = openService(values.db ?? defaultDatabase());
  const tty = process.stderr.isTTY === true;
  // (the progress bar's library is loaded only for a terminal)
  const cliProgress = tty ? (createRequire(import.meta.url)('cli-progress') as typeof CliProgress) : null;
  const bar = cliProgress ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  const tuning = tuneForBatch(); // (a one-shot batch: see batch-tuning.ts)
  const onProgress = (done: number, total: number, path: string) => {
    tuning.tick();
    if (!bar) return;
    if (!started) {
      bar.start(total, 0, { file: '' });
      started = true;
    }
    bar.update(done, { file: shortPath(path) });
  };
  // A large batch is extracted by worker threads while this one reads and stores (see extraction-threads.ts)
  // (the paths listed once: the count and size decide the threads, and the service reads the same list)
  const listed = listInputFiles(positionals);
  const jobs = jobsFor(listed.files.length, listed.bytes, given);
  let report: IngestReport;
  if (jobs <= 1) report = service.ingestPaths(positionals, { onProgress, listed });
  else {
    const pool = documentExtractionPool(jobs);
    const extract = (doc: CleanDocument) =>
      pool.run({ doc }).catch((err: Error) => {
        if (err instanceof PoolStartError) return null; // (extracted here instead)
        throw new Error(`${err.message}; --jobs 1 ingests in one thread`);
      });
    try {
      report = await service.ingestPathsWith(positionals, extract, { onProgress, listed });
    } finally {
      await pool.close();
    }
  }
  tuning.end();
  bar?.stop();
  for (const e of report.errors) process.stderr.write(`error: ${e.path}: ${e.message}\n`);
  out.write(`${ingestSummary(report)}\n`);
  service.close();
  return report.errors.length > 0 && report.documents + report.skipped === 0 ? 1 : 0;
}

function hitRow(h: QuoteHit) {
  const s = h.statement;
  const first = s.sources[0];
  return {
    id: s.id,
    text: s.text,
    speaker: s.speaker,
    speaker_mention: s.speakerMention,
    speaker_role: s.speakerRole ?? null,
    kind: s.kind,
    cue: s.cue,
    date: s.date,
    source: s.outlet ?? first?.outlet ?? null,
    url: s.url ?? first?.url ?? null,
    doc: first?.path ?? first?.docId ?? s.docId,
    sources: s.sources.map((x) => ({ outlet: x.outlet, url: x.url, title: x.title, date: x.date, doc: x.path ?? x.docId })),
    themes: s.themes.map((t) => t.theme),
    score: h.score,
  };
}

export function formatHitText(h: QuoteHit, n: number): string {
  const s = h.statement;
  const when = s.date ?? 'date unknown';
  const where = s.sources
    .map((x) => [x.outlet, x.url ?? x.path].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  const text = s.kind === 'direct' ? `“${s.text}”` : s.text;
  return `${n}. ${s.speaker ?? s.speakerMention} (${when}): ${text}${where ? `\n   — ${where}` : ''}`;
}

function cmdQuote(args: string[], out: NodeJS.WritableStream): number {
  const { values, positionals } = options(args);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('quote needs a QUERY, e.g. briefdesk quote "Lavrov NATO"');
  const fmt = format(values.format, ['jsonl', 'text'], 'text');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  const service = openExisting(values.db ?? defaultDatabase());
  for (const note of service.queryNotes(query)) process.stderr.write(`note: ${note}\n`);
  const hits = service.quote(query, { limit });
  if (fmt === 'jsonl') for (const h of hits) out.write(`${JSON.stringify(hitRow(h))}\n`);
  else if (hits.length === 0) out.write(`no statements match "${query}"\n`);
  else out.write(`${hits.map((h, i) => formatHitText(h, i + 1)).join('\n')}\n`);
  service.close();
  return 0;
}

function cmdSpeakers(args: string[], out: NodeJS.WritableStream): number {
  const { values } = options(args, { reresolve: { type: 'boolean' } });
  const service = openExisting(values.db ?? defaultDatabase());
  try {
    if ((values as { reresolve?: boolean }).reresolve) {
      // stored statements get the speakers today's rules give their documents, in one transaction
      const r = service.reresolveSpeakers();
      out.write(`re-resolved ${r.documents} documents: ${r.changed} statements changed speaker or role`);
      out.write(r.unreadable > 0 ? `; ${r.unreadable} documents skipped (text not kept and file missing or changed: ingest them again to repair)\n` : '\n');
      return 0;
    }
    for (const s of service.speakers()) out.write(`${String(s.statements).padStart(5)}  ${s.label}\n`);
    return 0;
  } finally {
    service.close();
  }
}

export function formatStats(service: BriefingService): string {
  const st = service.stats();
  const outlets = st.outlets.map((o) => `${o.outlet} (${o.documents})`).join(', ');
  return [
    `documents: ${st.documents}`,
    `statements: ${st.statements}`,
    `speakers: ${st.speakers}`,
    `outlets: ${outlets || 'none known'}`,
    `dates: ${st.firstDate ?? '?'} … ${st.lastDate ?? '?'}`,
  ].join('\n');
}

function cmdStats(args: string[], out: NodeJS.WritableStream): number {
  const { values } = options(args);
  const service = openExisting(values.db ?? defaultDatabase());
  out.write(`${formatStats(service)}\n`);
  service.close();
  return 0;
}

/** `briefdesk backup FILE`: a checked copy of the live database (restore: see README, Operating Briefdesk). */
async function cmdBackup(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = options(args, { force: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('backup needs exactly one FILE, e.g. briefdesk backup backups/briefdesk-2024-05-01.db');
  const { backupDatabase } = await import('./adapters/sqlite/index.ts');
  const overwrite = (values as { force?: boolean }).force === true;
  const r = await backupDatabase(values.db ?? defaultDatabase(), positionals[0] as string, { overwrite });
  out.write(`backed up ${r.source} to ${r.file}: ${r.documents} documents, ${r.statements} statements, ${(r.bytes / 1048576).toFixed(1)} MB, integrity ok\n`);
  return 0;
}

const COMMANDS: Record<string, (args: string[], out: NodeJS.WritableStream) => number | Promise<number>> = {
  ingest: cmdIngest,
  extract: cmdExtract,
  quote: cmdQuote,
  speakers: cmdSpeakers,
  stats: cmdStats,
  backup: cmdBackup,
  migrate: async (args, out) => (await import('./adapters/migrate/command.ts')).runMigrateCommand(args, out, { defaultDb: defaultDatabase(), usage: (message) => new UsageError(message) }),
  // Long-running: the composition root starts the bots or the console (loaded only when needed).
  start: async (args) => (await import('./main.ts')).startCommand(args),
  'discord:register': async (args) => (await import('./main.ts')).discordRegisterCommand(args),
  // (digest, summary, themes and trend read: a database that does not exist is refused, not created)
  ...createDigestCommands({
    openService: openExisting,
    get defaultDb() {
      return defaultDatabase(); // read when the command runs
    },
    usage: (message) => new UsageError(message),
  }),
  trend: async (args, out) => (await import('./chart/trend-cli.ts')).runTrendCommand(args, out, { openService: openExisting, defaultDb: defaultDatabase(), usage: (message) => new UsageError(message) }),
  // Loaded on first use: the feed parser adds a second to every start-up otherwise.
  feeds: async (args, out) => {
    const [{ runFeedsCommand }, { ConfigError, feedsAllowPrivateFromEnv }] = await Promise.all([import('./feeds/cli.ts'), import('./config.ts')]);
    let allowPrivate: boolean;
    try {
      allowPrivate = feedsAllowPrivateFromEnv();
    } catch (err) {
      throw err instanceof ConfigError ? new UsageError(err.problems.join('; ')) : err;
    }
    const httpOptions = { allowPrivate };
    return runFeedsCommand(args, out, { openBriefing: openService, defaultDb: defaultDatabase(), httpOptions });
  },
};

/** The usage lines of one command (its entry in USAGE with the lines that continue it); the whole usage if none. */
export function commandUsage(command: string): string {
  const whole = usage();
  const lines = whole.split('\n');
  const picked: string[] = [];
  let inside = false;
  for (const line of lines) {
    const starts = line.startsWith(`  ${command} `) || line === `  ${command}` || line.startsWith(`  ${command}:`);
    if (starts) inside = true;
    else if (inside && !/^ {4,}/.test(line)) inside = false;
    if (inside) picked.push(line);
  }
  return picked.length > 0 ? `usage: briefdesk ${command} …\n${picked.join('\n')}\n\ndefault --db: ${describeDatabase(defaultDatabase())}` : whole;
}

/** The exit code; a promise of it for commands that do network work (feeds poll). */
export function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout): number | Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(`${usage()}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  const fail = failure;
  try {
    if (!run) throw new UsageError(`unknown command "${command}" (try: briefdesk --help)`);
    if (args.includes('--help') || args.includes('-h')) {
      out.write(`${commandUsage(command)}\n`);
      return 0;
    }
    const code = run(args, out);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (err) {
    return fail(err);
  }
}

/** The program (bin/briefdesk.js runs it): reads .env when there is one, then runs the command. */
export async function main(argv: string[]): Promise<number> {
  await prepareProgram(); // heap growth, a closed pipe, .env (see cli-base.ts)
  return runCli(argv);
}
