// `briefdesk extract` starts from its own light entry (src/extract-cli.ts): the same output and errors as the full
// CLI, without loading the stores, search or chat code.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { main } from '../../src/extract-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['data/corpus/000_a1f6e4b714a21a05.txt', 'data/corpus/001_2e25807d38088777.txt'].map((f) => join(ROOT, f));

/** What the full CLI's runCli prints for a command line. */
async function viaCli(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  return { code: await runCli(argv, sink), out };
}

/** What the light entry prints on stdout and stderr for a command line. */
async function viaEntry(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

/** The project files a source file imports statically, followed through the whole graph (no dynamic import()). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?'([^']+)'/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else seen.add(`package:${spec}`);
    }
  };
  visit(entry);
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the extract entry', () => {
  it('prints what the full CLI prints, in jsonl, text and --explain', async () => {
    for (const options of [['--format', 'jsonl'], [], ['--explain'], ['--format', 'jsonl', '--explain']]) {
      const argv = ['extract', ...FILES, ...options];
      const light = await viaEntry(argv);
      const full = await viaCli(argv);
      expect(light.out.length).toBeGreaterThan(100);
      expect(light.out).toBe(full.out);
      expect(light.code).toBe(0);
      expect(full.code).toBe(0);
    }
  });

  it('answers a bad command line as the full CLI does: the problem on stderr and exit code 2', async () => {
    const bad = await viaEntry(['extract', FILES[0] as string, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('briefdesk: --format must be one of jsonl, text (got "xml")\n');
    const unknown = await viaEntry(['extract', '--bogus', FILES[0] as string]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^briefdesk: unknown option --bogus \(options here: .*--explain/);
    const none = await viaEntry(['extract']);
    expect(none.code).toBe(2);
    expect(none.err).toBe('briefdesk: extract needs at least one FILE\n');
  });

  it('reports an unreadable file and goes on; nothing readable at all is exit code 1', async () => {
    const some = await viaEntry(['extract', join(ROOT, 'no/such/file.txt'), FILES[0] as string]);
    expect(some.code).toBe(0);
    expect(some.err).toContain('no/such/file.txt');
    expect(some.out).not.toBe('');
    const none = await viaEntry(['extract', join(ROOT, 'no/such/file.txt')]);
    expect(none.code).toBe(1);
  });

  it('hands help and other commands to the full CLI', async () => {
    const help = await viaEntry(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: briefdesk extract …\n {2}extract FILE\.\.\./);
  });

  it('loads no store, search, digest or chat code', () => {
    const graph = [...staticGraph(join(ROOT, 'src/extract-cli.ts'))].map((f) => (f.startsWith('package:') ? f : f.slice(ROOT.length + 1)));
    expect(graph).toContain('src/core/extract/extract.ts');
    const heavy = graph.filter((f) => /^src\/(adapters|digest|feeds|bots|chart|stores\.ts|service\.ts|cli\.ts|core\/index\.ts|core\/briefing-service\.ts|core\/store|core\/query)|^package:(zod|better-sqlite3|pg|discord|grammy)/.test(f));
    expect(heavy).toEqual([]);
  });
});
