// The CLI reads its settings when a command runs, not when its module loads: a .env read after start-up, or a test
// that sets the environment after importing the CLI, is seen by the next command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandUsage, runCli } from '../../src/cli.ts';
import { openService, THEMES_FILE, themesFile } from '../../src/service.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-settings-'));

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out = new PassThrough();
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = runCli(argv, out);
    if (typeof code !== 'number') throw new Error('expected a synchronous command');
    return { code, out: String(out.read() ?? ''), err };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('settings read when a command runs', () => {
  it('takes BRIEFDESK_DB (and DATABASE_URL) as they are when the command runs', () => {
    const first = join(tmp, 'first.db');
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('BRIEFDESK_DB', first);
    expect(run('stats')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${first}`) });
    expect(commandUsage('stats')).toContain(`default --db: ${first}`);
    const second = join(tmp, 'second.db');
    vi.stubEnv('BRIEFDESK_DB', second);
    expect(run('stats')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${second}`) });
    expect(run('--help').out).toContain(`default --db: ${second}`);
    // the digest commands too (their table is built when the module loads)
    expect(run('themes')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${second}`) });
  });

  it('takes BRIEFDESK_THEMES when a service opens', () => {
    const shipped = JSON.parse(readFileSync(THEMES_FILE, 'utf8')) as { themes: { name: string }[] };
    const one = join(tmp, 'one-theme.json');
    writeFileSync(one, JSON.stringify({ ...shipped, themes: shipped.themes.slice(0, 1) }));
    expect(themesFile({})).toBe(THEMES_FILE);
    vi.stubEnv('BRIEFDESK_THEMES', one);
    expect(themesFile()).toBe(one);
    const service = openService(':memory:');
    expect(service.taxonomy?.themes.map((t) => t.name)).toEqual([shipped.themes[0]?.name]);
    service.close();
  });
});
