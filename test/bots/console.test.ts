// The console chat, driven through stdin/stdout: in-process with streams, and as a real
// `briefdesk start` process with piped input (the scripted `printf … | npm start` case).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole, splitCommandLine } from '../../src/bots/console/repl.ts';
import { corpusFixture, type Fixture } from './fixture.ts';

let fx: Fixture;
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => fx?.close());

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  const done = runConsole({ input, output, interactive: false, service: fx.service, registry: fx.registry, pageSize: 3 });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('console', () => {
  it('splits command lines', () => {
    expect(splitCommandLine('/quote@briefdesk_bot Lavrov  NATO ')).toEqual(['quote', 'Lavrov  NATO']);
    expect(splitCommandLine('/HELP')).toEqual(['help', '']);
    expect(splitCommandLine('Lavrov NATO')).toEqual(['quote', 'Lavrov NATO']);
  });

  it('answers one command per line and returns at end of input', async () => {
    const out = await chat(['/quote Lavrov NATO', '/more', '/more', '', '# a comment', '/nonsense', 'Lavrov Afghanistan']);
    const answers = out.trimEnd().split('\n\n').filter((b) => !/^\s/.test(b));
    expect(out).toMatch(/^Statements for “Lavrov NATO” \(1–3\)\n1\. Sergey Lavrov, Russian Foreign Minister \(2021-10-08\): “We are open to cooperation/);
    expect(out).toContain('   — TASS data/corpus/000_a1f6e4b714a21a05.txt');
    expect(out).toContain('More: /more');
    expect(out).toMatch(/Statements for “Lavrov NATO” \(4–\d\)/);
    expect(out).toContain('Nothing more to show.');
    expect(out).toContain('Unknown command /nonsense');
    expect(out).toContain('Statements for “Lavrov Afghanistan” (1–3)');
    expect(answers.length).toBeGreaterThanOrEqual(5);
  });

  it('lends a printer for scheduled digests while it runs, and takes it back at the end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    const printers: (((t: string) => void) | null)[] = [];
    const done = runConsole({ input, output, interactive: false, service: fx.service, registry: fx.registry, onPrinter: (p) => printers.push(p) });
    printers[0]?.('Digest 2024-05-01 08:00 (UTC)\n1 statement from 1 speaker in 1 group');
    input.end('/quit\n');
    await done;
    expect(printers.map((p) => typeof p)).toEqual(['function', 'object']);
    expect(printers[1]).toBeNull();
    expect(text).toBe('Digest 2024-05-01 08:00 (UTC)\n1 statement from 1 speaker in 1 group\n\n');
  });

  it('stops at /quit', async () => {
    const out = await chat(['/quit', '/quote Lavrov NATO']);
    expect(out).toBe('');
  });

  it('runs scripted as `briefdesk start` with no tokens, on an empty database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdesk-console-'));
    try {
      const { stdout, stderr, code } = await runStart(dir, '/quote Lavrov NATO\n');
      expect(stderr).toContain('ingested the shipped corpus (5 documents');
      expect(stderr).toContain('starting the console');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Statements for “Lavrov NATO” \(1–\d+\)\n1\. Sergey Lavrov, Russian Foreign Minister/);
      expect(stdout).toMatch(/— TASS \/.*data\/corpus\/000_a1f6e4b714a21a05\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers `printf \'/digest\\n/themes\\n\' | briefdesk start` with the digest scheduler and feed poller running, then exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdesk-console-'));
    try {
      const { stdout, stderr, code } = await runStart(dir, '/digest\n/themes\n', { SUMMARY_API_URL: '', FEED_POLL_CRON: '' });
      expect(code).toBe(0);
      expect(stderr).toContain('digests: no platform to deliver to (scripted console)');
      expect(stderr).toContain('starting the console');
      expect(stderr).not.toMatch(/"level":(50|60)/); // no error or fatal log line
      const [digest, themes] = stdout.trimEnd().split(/\n\n(?=Themes \()/);
      expect(digest).toMatch(/^Digest preview: statements added in the last 24 hours\n {2}Digest \d{4}-\d\d-\d\d \d\d:\d\d → .*\n {2}\d+ statements from \d+ speakers in \d+ groups\n\n[^\n]+ — \d+ statements?\n/);
      expect(digest).toContain('The console has no subscription: /subscribe [time] [timezone] [themes] [speakers] sends a digest like this every day.');
      expect(themes).toMatch(/^Themes \(\d+\) across \d+ statements\n {2}.+ \([a-z-]+\): \d+ statements?\n/);
      // most statements first
      const counts = [...(themes ?? '').matchAll(/\): (\d+) statements?$/gm)].map((m) => Number(m[1]));
      expect(counts.length).toBeGreaterThan(5);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(themes).toMatch(/\n {2}Refugees & migration \(refugees\): \d+ statements\n/);
      expect(themes).toMatch(/\n {2}No theme: \d+ statements?\n\nSearch one with \/quote theme:refugees/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Runs `briefdesk start` on a fresh database in `dir` with `input` on stdin and no bot tokens (cwd is the temp
 * dir, so no .env is read; blank tokens override anything in the environment).
 */
async function runStart(dir: string, input: string, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [resolve('bin/briefdesk.js'), 'start', '--db', join(dir, 'db.sqlite')], {
    cwd: dir,
    env: { ...process.env, DISCORD_TOKEN: '', TELEGRAM_TOKEN: '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  child.stdin.end(input);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return { stdout, stderr, code };
}
