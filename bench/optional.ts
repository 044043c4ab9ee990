// Sections that depend on modules other issues are writing: the digest (src/digest) and the Telegram adapter
// (src/bots/telegram). Each is loaded with a dynamic import; when the module or the expected export is not
// there, the section is reported as skipped (or as an error, with the message) instead of failing the run.
//
// Contracts used:
//   src/digest/index.ts         buildDigest({ store, afterSeq, now, kindOf }): Digest (reads the statements itself)
//   src/bots/telegram/bot.ts    createTelegramBot({ token, apiRoot, service, registry, logger, botInfo }): grammY Bot
//   src/bots/handlers.ts        createDefaultRegistry(): CommandRegistry (earlier: src/bots/commands.ts)
import { existsSync } from 'node:fs';
import type { BriefingService } from '../src/core/briefing-service.ts';
import type { DigestStatement } from '../src/core/model.ts';
import { BENCH_BOT, startTelegramStandIn } from './telegram-standin.ts';

export interface DigestResult {
  readonly status: 'ok' | 'skipped' | 'error';
  readonly note: string;
  /** Statements handed to the digest (10,000, or all when the corpus is smaller). */
  readonly statements: number;
  /** Median build time over the timed runs, in ms (wall). */
  readonly ms: number | null;
  /** Median CPU time of the same runs, in ms (robust to a busy machine). */
  readonly cpuMs: number | null;
  /** Loading those statements from the store (the digest read, digestStatementsSince), in ms; not part of `ms`. */
  readonly fetchMs: number | null;
  readonly groups: number | null;
}

export interface InlineResult {
  readonly status: 'ok' | 'skipped' | 'error';
  readonly note: string;
  readonly queries: number;
  readonly answered: number;
  readonly perSec: number | null;
  /** Answers per CPU-second of this process (bot, adapter and stand-in all run here). */
  readonly perCpuSec: number | null;
  readonly meanResults: number | null;
  /** The adapter's default inline page came back empty for a query with hits (measured with a smaller page). */
  readonly defaultPageEmpty?: boolean;
}

type AnyFn = (...args: unknown[]) => unknown;

/** Imports the first existing module of `paths` that exports a function named `name`. */
async function findExport(paths: readonly string[], names: readonly string[]): Promise<{ path: string; name: string; fn: AnyFn } | { missing: string }> {
  const tried: string[] = [];
  for (const p of paths) {
    const url = new URL(p, import.meta.url);
    if (!existsSync(url)) {
      tried.push(`${p.replace('../', '')} (absent)`);
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(url.href)) as Record<string, unknown>;
    } catch (error) {
      tried.push(`${p.replace('../', '')} (import failed: ${String((error as Error).message ?? error).split('\n')[0]})`);
      continue;
    }
    for (const name of names) {
      const fn = mod[name];
      if (typeof fn === 'function') return { path: p.replace('../', ''), name, fn: fn as AnyFn };
    }
    tried.push(`${p.replace('../', '')} (no ${names.join('/')} export)`);
  }
  return { missing: tried.join('; ') };
}

const now = () => process.hrtime.bigint();
const msSince = (t0: bigint) => Number(now() - t0) / 1e6;

export async function measureDigest(service: BriefingService, maxSeq: number, count: number): Promise<DigestResult> {
  const found = await findExport(['../src/digest/index.ts'], ['buildDigest']);
  if ('missing' in found) return { status: 'skipped', note: `digest module not available: ${found.missing}`, statements: 0, ms: null, cpuMs: null, fetchMs: null, groups: null };
  try {
    const afterSeq = Math.max(0, maxSeq - count);
    // Reading the same statements alone (what buildDigest does first), to show how much of the time is the store.
    const t0 = now();
    let fetched = 0;
    for (let after = afterSeq; ; ) {
      const page: DigestStatement[] = service.digestStatementsSince(after, 500);
      fetched += page.length;
      const last = page[page.length - 1];
      if (!last || page.length < 500) break;
      after = last.seq;
    }
    const fetchMs = msSince(t0);
    const options = { store: service, afterSeq, now: new Date('2025-01-01T06:00:00Z'), kindOf: (name: string) => service.speaker(name)?.kind };
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let digest: unknown;
    for (let i = 0; i < 4; i++) {
      const c0 = process.cpuUsage();
      const t = now();
      digest = await found.fn(options);
      const elapsed = msSince(t);
      const c = process.cpuUsage(c0);
      // The first run warms up the JIT; a slow first run is kept alone rather than repeated.
      if (i > 0 || elapsed > 5000) {
        times.push(elapsed);
        cpuTimes.push((c.user + c.system) / 1000);
      }
      if (i === 0 && elapsed > 5000) break;
    }
    const median = (xs: number[]) => Number(([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0).toFixed(3));
    const d = digest as { groups?: unknown[]; statementCount?: number } | null;
    return {
      status: 'ok',
      note: `${found.path} ${found.name}({ store, afterSeq, now, kindOf }), includes reading the statements`,
      statements: fetched,
      ms: median(times),
      cpuMs: median(cpuTimes),
      fetchMs: Number(fetchMs.toFixed(3)),
      groups: Array.isArray(d?.groups) ? d.groups.length : null,
    };
  } catch (error) {
    return { status: 'error', note: `${found.path} ${found.name}: ${firstLine(error)}`, statements: 0, ms: null, cpuMs: null, fetchMs: null, groups: null };
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

export async function measureInline(service: BriefingService, queries: readonly string[], count: number): Promise<InlineResult> {
  const skipped = (note: string): InlineResult => ({ status: 'skipped', note, queries: 0, answered: 0, perSec: null, perCpuSec: null, meanResults: null });
  const found = await findExport(['../src/bots/telegram/bot.ts'], ['createTelegramBot']);
  if ('missing' in found) return skipped(`Telegram adapter not available: ${found.missing}`);
  const registryFactory = await findExport(['../src/bots/handlers.ts', '../src/bots/commands.ts'], ['createDefaultRegistry']);
  if ('missing' in registryFactory) return skipped(`command registry not available: ${registryFactory.missing}`);
  const standIn = await startTelegramStandIn();
  try {
    const { pino } = await import('pino');
    const make = (inlinePageSize?: number) => {
      const bot = found.fn({
        token: standIn.token,
        apiRoot: standIn.apiRoot,
        service,
        registry: registryFactory.fn(),
        logger: pino({ level: 'silent' }),
        botInfo: BENCH_BOT,
        ...(inlinePageSize === undefined ? {} : { inlinePageSize }),
      }) as { handleUpdate(update: unknown): Promise<unknown> } | null;
      if (!bot || typeof bot.handleUpdate !== 'function') throw new Error(`${found.name} did not return a grammY Bot`);
      return bot;
    };
    const update = (i: number) => ({
      update_id: 100_000 + i,
      inline_query: { id: `bench-${i}`, from: { id: 7, is_bot: false, first_name: 'Bench' }, query: queries[Math.abs(i) % queries.length] ?? 'Lavrov', offset: '', chat_type: 'private' },
    });
    // Production wiring first. When its answers come back empty although the service finds statements, note it
    // and measure with the largest page the adapter then accepts, so the figure is about real answers.
    let bot = make();
    let workaround = '';
    const probe = queries.find((q) => service.quote(q, { limit: 1 }).length > 0);
    if (probe !== undefined) {
      const n = standIn.answers.length;
      await bot.handleUpdate({ update_id: 99_999, inline_query: { id: 'bench-probe', from: { id: 7, is_bot: false, first_name: 'Bench' }, query: probe, offset: '', chat_type: 'private' } });
      if (standIn.answers[n]?.results === 0) {
        bot = make(10);
        workaround = `; NOTE: with the default inline page size every answer was empty ("${probe}" has hits), measured with inlinePageSize 10`;
      }
    }
    for (let i = 1; i <= Math.min(10, count); i++) await bot.handleUpdate(update(-i)); // warm-up
    const before = standIn.answers.length;
    const c0 = process.cpuUsage();
    const t0 = now();
    for (let i = 0; i < count; i++) await bot.handleUpdate(update(i));
    const seconds = msSince(t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const answers = standIn.answers.slice(before);
    const complete = answers.length === count;
    return {
      status: complete ? 'ok' : 'error',
      note: `${found.path} ${found.name} → handleUpdate(inline_query) → answerInlineQuery on a loopback Bot API stand-in${complete ? '' : ` (only ${answers.length} of ${count} answered)`}${workaround}`,
      queries: count,
      answered: answers.length,
      perSec: Number((answers.length / seconds).toFixed(1)),
      perCpuSec: Number((answers.length / ((cpu.user + cpu.system) / 1e6)).toFixed(1)),
      meanResults: answers.length === 0 ? 0 : Number((answers.reduce((a, b) => a + b.results, 0) / answers.length).toFixed(2)),
      defaultPageEmpty: workaround !== '',
    };
  } catch (error) {
    return { status: 'error', note: `${found.path} ${found.name}: ${firstLine(error)}`, queries: 0, answered: 0, perSec: null, perCpuSec: null, meanResults: null };
  } finally {
    await standIn.close();
  }
}
