// `briefdesk feeds …` end to end on a temporary database and a loopback publisher.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedSpeakers, runCli } from '../../src/cli.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { runFeedsCommand } from '../../src/feeds/index.ts';
import { conditional, fixture, page, startServer, status, type TestServer } from './server.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let server: TestServer;
let dir: string;
let db: string;

beforeAll(async () => {
  server = await startServer();
  const b = server.base;
  server.route('/feeds/agency.rss', conditional(() => fixture('agency.rss.xml', b), 'application/rss+xml'));
  server.route('/feeds/ministry.atom', status(500));
  server.route('/articles/lavrov-nato.html', page(fixture('pages/lavrov-nato.html', b)));
  server.route('/articles/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', b)));
  dir = mkdtempSync(join(tmpdir(), 'briefdesk-feeds-cli-'));
  db = join(dir, 'cli.db');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function feeds(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await runFeedsCommand([...args, '--db', db], out, {
    defaultDb: db,
    openBriefing: (file) => createBriefingService({ store: openSqliteStore(file), seedSpeakers: loadSeedSpeakers() }),
    httpOptions: { politeDelayMs: 0, timeoutMs: 2000, allowPrivate: true },
    stderr: err,
  });
  return { code, out: out.text, err: err.text };
}

describe('briefdesk feeds', () => {
  it('adds, imports, polls, lists and removes feeds', async () => {
    const added = await feeds('add', `${server.base}/feeds/agency.rss?utm_source=x`, '--name', 'Steppe News Agency');
    expect(added).toEqual({ code: 0, out: `following feed #1: Steppe News Agency — ${server.base}/feeds/agency.rss\n`, err: '' });
    expect((await feeds('add', `${server.base}/feeds/agency.rss`)).out).toMatch(/^already following feed #1/);

    const opml = join(dir, 'subs.opml');
    writeFileSync(opml, fixture('subscriptions.opml', server.base));
    const imported = await feeds('import', opml);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('skipped ftp://files.example/feed.xml: only http and https URLs are supported');
    expect(imported.out).toContain('imported 2 feeds (1 already followed), 1 invalid');

    const polled = await feeds('poll', '--once');
    expect(polled.code).toBe(0);
    expect(polled.out).toContain('Steppe News Agency: 3 new items → 3 ingested (');
    expect(polled.out).toContain("1 from the feed's own text (page failed)");
    expect(polled.out).toContain('MFA press releases: error: HTTP 500 Internal Server Error (next try');
    expect(polled.out).toMatch(/Kazan Courier: error: HTTP 404 Not Found/);
    expect(polled.out).toMatch(/polled 3 feeds: 1 updated, 0 not modified, 2 failed, 0 backing off; 3 new documents, \d+ new statements/);

    const listed = await feeds('list');
    expect(listed.out).toContain(`#1  Steppe News Agency — ${server.base}/feeds/agency.rss`);
    expect(listed.out).toMatch(/ok, checked \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(listed.out).toMatch(/3 items seen · 3 documents · \d+ statements/);
    expect(listed.out).toContain('FAILING (1 in a row): HTTP 500 Internal Server Error; backing off until');

    const again = await feeds('poll', '--once');
    expect(again.out).toContain('Steppe News Agency: not modified');
    expect(again.out).toContain('MFA press releases: skipped, backing off until');

    const jsonl = (await feeds('list', '--format', 'jsonl')).out.trim().split('\n').map((l) => JSON.parse(l) as { id: number; failures: number });
    expect(jsonl.map((f) => [f.id, f.failures])).toEqual([[1, 0], [2, 1], [3, 1]]);

    expect(await feeds('remove', '2')).toMatchObject({ code: 0, out: 'removed feed #2: MFA press releases (its statements stay in the database)\n' });
    expect(await feeds('remove', '2')).toMatchObject({ code: 1, out: 'no feed #2\n' });
  });

  it('answers bad usage with exit code 2', async () => {
    expect(await feeds('add')).toMatchObject({ code: 2, err: 'briefdesk: feeds add needs exactly one URL\n' });
    expect(await feeds('add', 'gopher://x')).toMatchObject({ code: 2, err: 'briefdesk: only http and https URLs are supported, not gopher:\n' });
    expect(await feeds('remove', 'abc')).toMatchObject({ code: 2 });
    expect(await feeds('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown feeds command "frobnicate"') });
  });

  it('is reachable through the main command line', async () => {
    const out = new Capture();
    const code = await runCli(['feeds', 'list', '--db', db], out);
    expect(code).toBe(0);
    expect(out.text).toContain('#1  Steppe News Agency');
  });
});
