// The CLI reads its settings when a command runs, not when its module loads: a .env read after start-up, or a test
// that sets the environment after importing the CLI, is seen by the next command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandUsage } from '../../src/cli.ts';
import { runCliHere as run } from '../helpers/cli.ts';
import { openService, THEMES_FILE, themesFile } from '../../src/service.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-settings-'));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('settings read when a command runs', () => {
  it('takes BRIEFDESK_DB (and DATABASE_URL) as they are when the command runs', async () => {
    const first = join(tmp, 'first.db');
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('BRIEFDESK_DB', first);
    expect(await run('stats')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${first}`) });
    expect(commandUsage('stats')).toContain(`default --db: ${first}`);
    const second = join(tmp, 'second.db');
    vi.stubEnv('BRIEFDESK_DB', second);
    expect(await run('stats')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${second}`) });
    expect((await run('--help')).out).toContain(`default --db: ${second}`);
    // the digest commands too (their table is built when the module loads)
    expect(await run('themes')).toMatchObject({ code: 1, err: expect.stringContaining(`no database at ${second}`) });
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
