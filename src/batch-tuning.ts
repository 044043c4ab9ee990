// V8 tuning for the one-shot batch commands (`briefdesk extract`, `briefdesk ingest`). A cold extraction of a few
// MB of news spends ~40 % of its CPU in V8's optimising compiler (TurboFan, on background threads): V8 optimises a
// function once it has run bytecode worth its "interrupt budget" (66 KB on Node 20), and the extractor has ~200 hot
// functions, many of which it then optimises again after a deoptimisation. A larger budget while the command warms
// up lets the baseline code run longer before V8 commits to optimising it, so only the code that stays hot is
// compiled: PolNeAR train (840 files, 3.9 MB) through `extract --format jsonl` took 4.2–4.4 CPU-s instead of
// 4.9–5.9 (compiler threads 0.6 instead of 2.0–2.3 CPU-s). The cost is a slower steady state while the budget is
// high (~10 % per file once warm), so V8's own budget comes back after the warm-up's CPU-seconds: a long batch runs
// at full speed from then on. (12 CPU-s: with the budget back after 4, PolNeAR train — now ~6–7 CPU-s — recompiled
// its second half: 6.3–7.2 CPU-s against 5.1–6.4 with 12, four runs each, alternated.) Long-running processes (`briefdesk start`, the bots) are never tuned.
// BRIEFDESK_V8_TUNING=off turns it off; so does an --interrupt-budget given to node (NODE_OPTIONS or the command line).
// The CPU clock is read at most every CHECK_SECONDS of wall time, not at every file: process.cpuUsage sums the
// time of every thread, and while the compiler threads run a call took ~0.1 ms of wall time here (97-150 ms in all
// over PolNeAR train's 840 files, 2-4 % of the run's wall time; 4-23 ms now).
import { setFlagsFromString } from 'node:v8';

/** Set to `off` (or `0`) to run the batch commands with V8's own settings. */
export const TUNING_ENV = 'BRIEFDESK_V8_TUNING';
/** The interrupt budget (bytes of bytecode run before V8 considers optimising a function) during the warm-up. */
export const WARM_UP_INTERRUPT_BUDGET = 600_000;
/** The process's CPU-seconds (all threads) after which V8's own budget comes back. */
export const WARM_UP_CPU_SECONDS = 12;
/** Wall seconds between two readings of the CPU clock in tick(). */
export const CHECK_SECONDS = 0.1;
/** V8's own interrupt budget by V8 version (major.minor): the tuning is applied only where it is known. */
const V8_BUDGETS: Readonly<Record<string, number>> = { '11.3': 67_584 };

export interface BatchTuning {
  /** Between two units of work (a file): ends the tuning once the warm-up's CPU is spent. */
  tick(): void;
  /** At the end of the command: V8's own budget again. */
  end(): void;
}

export interface TuningHost {
  readonly env: NodeJS.ProcessEnv;
  readonly v8Version: string;
  /** The node options in force (process.execArgv and NODE_OPTIONS). */
  readonly nodeOptions: readonly string[];
  /** CPU-seconds the process has used so far (all threads). */
  cpuSeconds(): number;
  /** A monotonic wall clock in seconds (cheap to read). */
  wallSeconds(): number;
  setFlags(flags: string): void;
}

const PROCESS_HOST: TuningHost = {
  env: process.env,
  v8Version: process.versions.v8,
  nodeOptions: [...process.execArgv, process.env.NODE_OPTIONS ?? ''],
  cpuSeconds() {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  },
  wallSeconds() {
    // (process.hrtime, not performance.now: the \`performance\` global loads perf_hooks on first use, ~4 ms)
    const [s, ns] = process.hrtime();
    return s + ns / 1e9;
  },
  setFlags: setFlagsFromString,
};

const UNTUNED: BatchTuning = { tick() {}, end() {} };

/** Tunes V8 for a batch command (see above); a no-op when turned off, on an unknown V8 or after the warm-up. */
export function tuneForBatch(host: TuningHost = PROCESS_HOST): BatchTuning {
  const setting = (host.env[TUNING_ENV] ?? '').trim().toLowerCase();
  const own = V8_BUDGETS[host.v8Version.split('.').slice(0, 2).join('.')];
  const given = host.nodeOptions.some((o) => o.includes('--interrupt-budget') || o.includes('--interrupt_budget'));
  if (setting === 'off' || setting === '0' || own === undefined || given || host.cpuSeconds() >= WARM_UP_CPU_SECONDS) return UNTUNED;
  host.setFlags(`--interrupt-budget=${WARM_UP_INTERRUPT_BUDGET}`);
  let on = true;
  let checked = host.wallSeconds();
  const end = () => {
    if (!on) return;
    on = false;
    host.setFlags(`--interrupt-budget=${own}`);
  };
  return {
    tick() {
      if (!on) return;
      const now = host.wallSeconds();
      if (now - checked < CHECK_SECONDS) return;
      checked = now;
      if (host.cpuSeconds() >= WARM_UP_CPU_SECONDS) end();
    },
    end,
  };
}
