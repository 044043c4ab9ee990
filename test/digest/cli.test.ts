// `briefdesk digest`, `summary` and `themes` end to end on a temp database holding the seed corpus.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { parseSince } from '../../src/digest/cli-commands.ts';
import { makeFixture, removeFixtures, type Fixture } from './helpers.ts';

let fx: Fixture;
beforeAll(() => {
  fx = makeFixture();
  fx.close(); // the CLI opens the file itself
});
afterAll(() => removeFixtures());

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const code = await runCli(argv, sink);
  return { code, out };
}

describe('briefdesk digest', () => {
  it('--since is a one-off that leaves the console cursor alone; JSON has the documented shape', async () => {
    const { code, out } = await run('digest', '--db', fx.file, '--since', '2000-01-01', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { from: string; to: string; groups: { theme: string; summary: string; statements: Record<string, unknown>[] }[] };
    expect(json.from).toBe('2000-01-01T00:00:00.000Z');
    expect(json.groups.map((g) => g.theme)).toEqual(expect.arrayContaining(['military-presence', 'refugees', 'belarus-eu']));
    for (const g of json.groups) {
      expect(g.summary.length).toBeGreaterThan(20);
      for (const s of g.statements) expect(Object.keys(s).sort()).toEqual(['date', 'source', 'speaker', 'text', 'url']);
    }
    expect((await run('digest', '--db', fx.file, '--since', '2000-01-01', '--format', 'json')).out).toContain('"military-presence"');
  });

  it('without --since shows what is new since the last run, then nothing new', async () => {
    const first = await run('digest', '--db', fx.file);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Digest until .*\n\d+ statements from \d+ speakers/);
    expect(first.out).toContain('Belarus & the EU');
    const second = await run('digest', '--db', fx.file);
    expect(second.out).toMatch(/^Nothing new since /);
  });

  it('rejects bad options with a usage error', async () => {
    expect((await run('digest', '--db', fx.file, '--since', 'yesterday-ish')).code).toBe(2);
    expect((await run('digest', '--db', fx.file, '--format', 'xml')).code).toBe(2);
    expect((await run('summary', '--db', fx.file)).code).toBe(2);
  });
});

describe('briefdesk summary and themes', () => {
  it('summarises a topic naming the speakers', async () => {
    const { code, out } = await run('summary', 'Belarus', '--db', fx.file);
    expect(code).toBe(0);
    expect(out).toMatch(/^Lavrov /);
    expect(out).toContain('key quotes:');
    expect((await run('summary', 'Belarus', '--db', fx.file, '--since', '2030-01-01')).out).toMatch(/^nothing found/);
  });

  it('lists themes with counts', async () => {
    const { out } = await run('themes', '--db', fx.file);
    expect(out).toMatch(/^\s+\d+ {2}military-presence — NATO & military presence$/m);
    expect(out).toMatch(/\(no theme\)/);
  });

  it('reads --since as a date, an ISO time or a span back from now', () => {
    const now = new Date('2024-05-02T12:00:00Z');
    expect(parseSince('2024-05-01', now)).toBe('2024-05-01T00:00:00.000Z');
    expect(parseSince('2024-05-01T08:00:00+02:00', now)).toBe('2024-05-01T06:00:00.000Z');
    expect(parseSince('2d', now)).toBe('2024-04-30T12:00:00.000Z');
    expect(parseSince('12h', now)).toBe('2024-05-02T00:00:00.000Z');
    expect(parseSince('last week', now)).toBeNull();
  });
});
