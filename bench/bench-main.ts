// `npm run bench [-- --size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep] [--real-text DIR|off]`
// Builds a deterministic synthetic corpus (~300 / 10k / 100k / 1M statements) in a temporary directory,
// ingests it article by article, measures, prints one table and writes the results JSON (default
// bench-results.json; results of other sizes already in the file are kept). Several sizes run one after the
// other, each in its own process, so that one size's memory does not show in the next one's peak. Then extraction
// over real news (bench/real-text.ts: the PolNeAR train texts when present) with the wink-nlp and compromise baselines.
// Then the same sizes on PostgreSQL (bench/postgres-size.ts, a throwaway cluster when its binaries are installed, or
// `--pg URL`) and one table comparing both stores (bench/store-compare.ts); `--pg off` skips it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench, SIZES, type SizeName, type SizeResult } from './harness.ts';
import { formatRealText, measureRealText, recordRealText } from './real-text.ts';
import { formatComparison, sqliteFigures, type PostgresOutcome } from './store-compare.ts';
import { formatMachine, formatTable, formatTargets, machineInfo, mergeResults, type ResultsFile } from './report.ts';
import { formatTrend } from './trend.ts';

const USAGE = 'usage: npm run bench -- [--size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep] [--real-text DIR|off] [--pg auto|off|URL] [--store sqlite|postgres]';

interface Args {
  readonly sizes: SizeName[];
  readonly out: string;
  readonly seed: string | undefined;
  readonly keep: boolean;
  /** 'auto' (PolNeAR train texts when present), 'off', or a folder of .txt files. */
  readonly realText: string;
  /** Internal: a child run of a multi-size invocation (the parent prints the table). */
  readonly child: boolean;
  /** PostgreSQL for the store comparison: 'auto' (a throwaway cluster), 'off', or a URL of an empty database. */
  readonly pg: string;
}

function parse(argv: readonly string[]): Args {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string', default: 'small' },
      out: { type: 'string', default: 'bench-results.json' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'real-text': { type: 'string', default: 'auto' },
      child: { type: 'boolean', default: false },
      pg: { type: 'string', default: 'auto' },
      store: { type: 'string', default: 'sqlite' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = String(values.size)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sizes) {
    if (!(s in SIZES)) throw new Error(`unknown size "${s}" (tiny, small, medium, large)`);
  }
  if (values.store !== 'sqlite') throw new Error(`unknown store "${String(values.store)}" (sqlite, postgres)`);
  return { sizes: sizes as SizeName[], out: String(values.out), seed: values.seed, keep: values.keep === true, realText: String(values['real-text']), child: values.child === true, pg: String(values.pg) };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The PostgreSQL run of a size, in a child process (its memory apart from the SQLite run's). */
function comparePostgres(size: SizeName, args: Args): PostgresOutcome {
  if (args.pg === 'off') return { unreachable: 'skipped (--pg off)' };
  const json = join(mkdtempSync(join(tmpdir(), 'briefdesk-bench-pg-')), 'result.json');
  const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const script = fileURLToPath(new URL('./postgres-size.ts', import.meta.url));
  const seed = args.seed === undefined ? [] : ['--seed', args.seed];
  console.error(`[${size}] PostgreSQL: the same corpus into ${args.pg === 'auto' ? 'a throwaway cluster' : 'the given server'} …`);
  // through compiled.ts: the same code as the SQLite run (dist/ when current)
  const compiled = fileURLToPath(new URL('./compiled.ts', import.meta.url));
  const child = spawnSync(process.execPath, [runTs, compiled, script, '--size', size, '--pg', args.pg, '--json', json, ...seed], { stdio: ['ignore', 'inherit', 'inherit'] });
  const outcome = readJson(json) as PostgresOutcome | null;
  rmSync(dirname(json), { recursive: true, force: true });
  return outcome ?? { unreachable: `the PostgreSQL run failed (exit ${child.status ?? child.signal})` };
}

async function main(): Promise<void> {
  // `--store postgres`: the PostgreSQL store's bench (bench/postgres.ts reads the same arguments)
  if (process.argv.some((a, i) => a === '--store=postgres' || (a === '--store' && process.argv[i + 1] === 'postgres'))) {
    await import('./postgres.ts');
    return;
  }
  let args: Args;
  try {
    args = parse(process.argv.slice(2).filter((a) => a !== '--'));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const machine = machineInfo();
  if (!args.child) console.log(formatMachine(machine));
  const results: SizeResult[] = [];
  if (args.sizes.length > 1) {
    const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
    for (const size of args.sizes) {
      const extra = [...(args.seed === undefined ? [] : ['--seed', args.seed]), ...(args.keep ? ['--keep'] : [])];
      const child = spawnSync(process.execPath, [runTs, fileURLToPath(new URL('./bench.ts', import.meta.url)), '--size', size, '--out', args.out, '--child', ...extra], { stdio: 'inherit' });
      if (child.status !== 0) {
        console.error(`bench: the ${size} run failed (exit ${child.status ?? child.signal})`);
        process.exit(1);
      }
    }
  } else {
    const size = args.sizes[0] ?? 'small';
    results.push(await runBench({ size, seed: args.seed, keep: args.keep }));
    writeFileSync(args.out, `${JSON.stringify(mergeResults(readJson(args.out), results, machine), null, 2)}\n`);
  }
  if (args.child) return;
  const file = readJson(args.out) as ResultsFile;
  console.log('');
  console.log(formatTable(file));
  console.log('');
  console.log(formatTargets(file));
  for (const size of args.sizes) {
    const r = file.runs[size];
    if (r && r.digest.status !== 'ok') console.log(`note (${size}): digest ${r.digest.status}: ${r.digest.note}`);
    if (r && r.inline.status !== 'ok') console.log(`note (${size}): inline ${r.inline.status}: ${r.inline.note}`);
    if (r?.inline.defaultPageEmpty) console.log(`note (${size}): inline: ${r.inline.note.split('; NOTE: ')[1] ?? ''}`);
    if (r?.trend) console.log(formatTrend(size, r.corpus.statements, r.trend));
  }
  const compared: Record<string, PostgresOutcome> = {};
  for (const size of args.sizes) {
    const r = file.runs[size];
    if (!r) continue;
    compared[size] = comparePostgres(size, args);
    console.log(`\n${formatComparison(size, sqliteFigures(r), compared[size])}`);
  }
  // PostgreSQL's figures of this run beside SQLite's in the results file
  const old = (readJson(args.out) ?? {}) as { postgres?: Record<string, PostgresOutcome> };
  writeFileSync(args.out, `${JSON.stringify({ ...old, postgres: { ...old.postgres, ...compared } }, null, 2)}\n`);
  const real = await measureRealText(args.realText);
  recordRealText(args.out, real);
  console.log(`\n${formatRealText(real)}`);
  console.log(`\nresults written to ${args.out}`);
}

await main();
