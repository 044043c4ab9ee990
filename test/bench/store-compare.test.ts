// The store comparison's table and the server CPU it adds (bench/store-compare.ts, bench/server-cpu.ts).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { postmasterOf, serverCpuSeconds } from '../../bench/server-cpu.ts';
import { formatComparison, type StoreFigures } from '../../bench/store-compare.ts';

const figures = (store: StoreFigures['store'], mbPerCpuSec: number, serverCpuSeconds: number | null): StoreFigures => ({
  store,
  statements: 10_000,
  documents: 430,
  articleMB: 2.2,
  ingest: { seconds: 4, mbPerSec: 0.55, cpuSeconds: 3, serverCpuSeconds, mbPerCpuSec },
  quote: { p50: 0.5, p95: 1.5, cpuMsMean: 0.6 },
  inline: { perSec: 400, perCpuSec: 600 },
  digestMs: 120,
  peakRssMB: 180,
  dbMB: 21.5,
});

describe('store comparison table', () => {
  it('puts both stores side by side, one row per figure', () => {
    const text = formatComparison('small', figures('sqlite', 0.73, null), { figures: figures('postgres', 0.41, 2.4), note: 'a throwaway cluster' });
    expect(text).toContain('| figure | SQLite | PostgreSQL |');
    expect(text).toContain('| full ingest MB per CPU-s (bench + server) | 0.73 | 0.41 |');
    expect(text).toContain('|   CPU s: bench / server | 3.0 / in-process | 3.0 / 2.4 |');
    expect(text).toContain('| inline answers per CPU-s / per s (wall) | 600 / 400 | 600 / 400 |');
    expect(text).not.toContain('bench CPU only');
    // results of older versions have no overlap figure
    expect(text).toContain('| top-10 overlap, bounded vs full ranking (queries, bounded) | — | — |');
  });

  it('shows bounded ranking\'s top-10 overlap with full ranking for each store', () => {
    const pg = { ...figures('postgres', 0.41, 2.4), overlap: { queries: 200, overlap: 0.9514, bounded: 131 } };
    const text = formatComparison('medium', { ...figures('sqlite', 0.73, null), overlap: { queries: 200, overlap: 0.97, bounded: 126 } }, { figures: pg, note: '' });
    expect(text).toContain('| top-10 overlap, bounded vs full ranking (queries, bounded) | 0.970 (200, 126) | 0.951 (200, 131) |');
  });

  it('says when the server CPU could not be counted', () => {
    const text = formatComparison('small', figures('sqlite', 0.73, null), { figures: figures('postgres', 0.6, null), note: 'the server given' });
    expect(text).toContain('bench CPU only: the server is not on this machine');
  });

  it('says plainly when PostgreSQL was not measured, and why', () => {
    const text = formatComparison('large', figures('sqlite', 0.73, null), { unreachable: 'no PostgreSQL binaries (initdb, pg_ctl) found' });
    expect(text).toBe('stores compared (large): PostgreSQL not measured: no PostgreSQL binaries (initdb, pg_ctl) found. SQLite\'s figures are in the table above.');
  });
});

describe('server CPU from /proc', () => {
  it('finds a process parent and counts the CPU of a process and its children', async () => {
    expect(postmasterOf(process.pid)).toBe(process.ppid);
    // a busy child of this process: its CPU shows in this process's total (as a backend's in its postmaster's)
    const before = serverCpuSeconds(process.pid) as number;
    const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 400_000);']);
    await new Promise((resolve) => child.once('exit', resolve));
    const after = serverCpuSeconds(process.pid) as number;
    expect(after - before).toBeGreaterThan(0.3); // 0.4 s of the child's CPU, in clock ticks
    expect(serverCpuSeconds(2 ** 22 + 7)).toBeNull(); // no such process
  });
});
