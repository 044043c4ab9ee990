import { describe, expect, it } from 'vitest';
import { CHECK_SECONDS, TUNING_ENV, WARM_UP_CPU_SECONDS, WARM_UP_INTERRUPT_BUDGET, tuneForBatch, type TuningHost } from '../../src/batch-tuning.ts';

/** A host whose clocks the test moves (spending CPU time takes as much wall time), recording the V8 flags set. */
function host(over: Partial<TuningHost> = {}) {
  const flags: string[] = [];
  let cpu = 0.5;
  let wall = 100;
  const h: TuningHost & { flags: string[]; cpuReads: number; spend(s: number): void } = {
    env: {},
    v8Version: '11.3.244.8-node.33',
    nodeOptions: [],
    cpuReads: 0,
    cpuSeconds: () => {
      h.cpuReads++;
      return cpu;
    },
    wallSeconds: () => wall,
    setFlags: (f) => flags.push(f),
    flags,
    spend(s) {
      cpu += s;
      wall += s;
    },
    ...over,
  };
  return h;
}

describe('tuneForBatch', () => {
  it('raises the interrupt budget, then gives V8 its own back once the warm-up CPU is spent', () => {
    const h = host();
    const tuning = tuneForBatch(h);
    expect(h.flags).toEqual([`--interrupt-budget=${WARM_UP_INTERRUPT_BUDGET}`]);
    tuning.tick();
    expect(h.flags).toHaveLength(1);
    h.spend(WARM_UP_CPU_SECONDS);
    tuning.tick();
    tuning.tick();
    tuning.end();
    expect(h.flags).toEqual([`--interrupt-budget=${WARM_UP_INTERRUPT_BUDGET}`, '--interrupt-budget=67584']);
  });

  it('reads the CPU clock at most every CHECK_SECONDS of wall time', () => {
    const h = host();
    const tuning = tuneForBatch(h);
    const reads = h.cpuReads;
    for (let i = 0; i < 100; i++) tuning.tick();
    expect(h.cpuReads).toBe(reads);
    h.spend(2 * CHECK_SECONDS);
    tuning.tick();
    tuning.tick();
    expect(h.cpuReads).toBe(reads + 1);
    expect(h.flags).toHaveLength(1);
  });

  it('gives the budget back at the end of a short command', () => {
    const h = host();
    tuneForBatch(h).end();
    expect(h.flags.at(-1)).toBe('--interrupt-budget=67584');
  });

  it('leaves V8 alone when turned off, on a V8 whose own budget it does not know, when node was given a budget, or after the warm-up', () => {
    const cases = [
      host({ env: { [TUNING_ENV]: 'off' } }),
      host({ env: { [TUNING_ENV]: '0' } }),
      host({ v8Version: '12.4.254.21-node.33' }),
      host({ nodeOptions: ['--interrupt-budget=100000'] }),
      host({ cpuSeconds: () => WARM_UP_CPU_SECONDS + 1 }),
    ];
    for (const h of cases) {
      const tuning = tuneForBatch(h);
      tuning.tick();
      tuning.end();
      expect(h.flags).toEqual([]);
    }
  });
});
