// The real-text section of `npm run bench` (bench/real-text.ts) on a folder of three short made-up articles:
// every process runs (the real CLI, the in-process extract, the wink-nlp and compromise baselines) and reports
// figures; a missing folder or `--real-text off` gives one clear line. No timing assertions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { EXIT_HOOK, formatRealText, measureRealText } from '../../bench/real-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefdesk-real-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  'Council approves budget\n\nThe city council approved the budget on Monday. "This is a good day for the city," Mayor Ann Berry said.\n\nCouncillor Tom Hale said the plan was too expensive.\n',
  'Rail strike called off\n\nUnion leader Maria Lopez told reporters the strike had been called off. "We have a deal," she said.\n',
  'Storm warning\n\nThe weather service warned that heavy rain would reach the coast by Friday, according to a statement.\n',
];

describe('bench real text', () => {
  it('measures Briefdesk and the baselines on the same files', { timeout: 180_000 }, async () => {
    ARTICLES.forEach((text, i) => writeFileSync(join(dir, `a${i}.txt`), text));
    writeFileSync(join(dir, 'notes.md'), 'not a .txt file');
    const r = await measureRealText(dir, () => {});
    expect(r.status).toBe('ok');
    expect(r.files).toBe(3);
    const [briefdesk, ...baselines] = r.tools;
    expect(briefdesk?.status, briefdesk?.note).toBe('ok');
    expect(['dist', 'tsx']).toContain(briefdesk?.mode);
    expect(briefdesk?.items).toBeGreaterThanOrEqual(2);
    // (three short files are too little to share out: the all-cores run is one thread, and prints the same)
    expect(briefdesk?.allCores?.threads).toBe(1);
    expect(briefdesk?.allCores?.mbPerSec).toBeGreaterThan(0);
    expect(briefdesk?.note).toBe('');
    for (const t of r.tools) {
      expect(t.status, `${t.tool}: ${t.note}`).toBe('ok');
      expect(t.whole?.wallSeconds).toBeGreaterThan(0);
      expect(t.whole?.mbPerSec).toBeGreaterThan(0);
      expect(t.whole?.peakRssMB).toBeGreaterThan(0);
      expect(t.inProcess?.mbPerCpuSec).toBeGreaterThan(0);
    }
    expect(baselines.map((t) => t.tool)).toEqual(['wink-nlp', 'compromise']);
    for (const b of baselines) expect(b.ratios?.mbPerCpuSec).toBeGreaterThan(0);
    const text = formatRealText(r);
    expect(text).toContain('Briefdesk ÷ wink-nlp');
    expect(text).toMatch(/all cores \(1 thread\)/);
    expect(text).toContain('Briefdesk ÷ compromise');
  });

  it('skips with one clear line when the folder is missing or the section is off', async () => {
    const missing = await measureRealText(join(dir, 'nowhere'), () => {});
    expect(missing.status).toBe('skipped');
    expect(formatRealText(missing)).toMatch(/^real-text section skipped: no folder .*nowhere/);
    expect(formatRealText(await measureRealText('off'))).toBe('real-text section skipped (--real-text off)');
  });

  it('reads one exit record from a process whose worker threads inherit the hook', () => {
    // (the all-cores extract, run through tsx when dist/ is stale, gives its workers the process's `--import`s; their
    // records after the main thread's made the row fail to parse)
    const script = "import { Worker } from 'node:worker_threads'; new Worker(new URL('data:text/javascript,1'), { execArgv: process.execArgv });";
    const r = spawnSync(process.execPath, ['--import', EXIT_HOOK, '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const records = String(r.output[3]).trim();
    expect(() => JSON.parse(records), records).not.toThrow();
    expect(JSON.parse(records).cpuSeconds).toBeGreaterThan(0);
  });
});
