// Three instances on one PostgreSQL database, 300 subscriptions due in the same minute, one instance SIGKILLed in
// the middle of its deliveries: every digest is delivered exactly once — one run per subscription, every part
// posted once (the stand-in drops a repeated nonce as Discord does, and counts the repeats), the cursors moved.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openService } from '../../src/cli.ts';
import { subscribe } from '../../src/digest/subscriptions.ts';
import { openSubscriptionStore } from '../../src/stores.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CHILD = join(ROOT, 'test/soak/instance-child.ts');
const SUBSCRIPTIONS = 300;

interface Post {
  readonly instance: string;
  readonly channelId: string;
  readonly key: string;
  readonly content: string;
}

/** Discord as the instances see it: posts once per nonce; holds one request of the chosen instance unanswered. */
class StandIn {
  readonly posted = new Map<string, Post>();
  repeats = 0;
  requests = 0;
  #hold: { instance: string; after: number; seen: number; held: ServerResponse | null; onHeld: () => void } | null = null;
  readonly #server = createServer((req, res) => void this.#handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((ok) => this.#server.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Resolves when `instance`'s request number `after` + 1 arrives (it is held: never posted, never answered). */
  holdFrom(instance: string, after: number): Promise<void> {
    return new Promise((onHeld) => {
      this.#hold = { instance, after, seen: 0, held: null, onHeld };
    });
  }

  close(): Promise<void> {
    this.#hold?.held?.destroy();
    this.#server.closeAllConnections();
    return new Promise((ok) => this.#server.close(() => ok()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const c of req) body += String(c);
    const post = JSON.parse(body) as Post;
    this.requests++;
    const hold = this.#hold;
    if (hold && hold.held === null && post.instance === hold.instance && ++hold.seen > hold.after) {
      hold.held = res;
      hold.onHeld();
      return;
    }
    if (this.posted.has(post.key)) this.repeats++;
    else this.posted.set(post.key, post);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: String(this.posted.size) }));
  }
}

function runInstance(url: string, standIn: string, now: string, name: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.js'), CHILD, url, standIn, now, name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  return { child, exit, out: () => out };
}

function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no progress after ${ms} ms:\n${what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const standIn = new StandIn();
afterAll(() => standIn.close());

describe.skipIf(!postgresUrl)('three instances on one PostgreSQL database, one killed', () => {
  it('delivers each of 300 due digests exactly once', async () => {
    const started = Date.now();
    const standInUrl = await standIn.start();
    const url = freshPostgresUrl();
    const setup = openService(url);
    const subscriptions = openSubscriptionStore(url);
    const at = new Date('2024-05-01T06:00:00Z');
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      subscribe({ subscriptions, now: at }, { platform: 'discord', channelId: `channel-${i}`, time: '08:00', timeZone: 'UTC' });
    }
    setup.ingestPaths([join(ROOT, 'data/corpus')]); // what arrived since they subscribed
    const statements = setup.stats().statements;
    setup.close();

    const now = '2024-05-02T08:00:30Z';
    const held = standIn.holdFrom('b', 20);
    // b starts first and is killed while its 21st message is in flight; a and c, started then, must finish its
    // digests once its leases run out, and their own (started together, a fast pair could finish every digest
    // before a slow-starting b had sent 20, and the hold never came)
    const b = runInstance(url, standInUrl, now, 'b');
    const instances = [b];
    const said = () => `stand-in: ${standIn.requests} requests, ${standIn.posted.size} posted\n${instances.map((x) => x.out().slice(-2000)).join('\n')}`;
    await within(held, 120_000, said);
    b.child.kill('SIGKILL');
    expect((await b.exit).signal).toBe('SIGKILL');
    const a = runInstance(url, standInUrl, now, 'a');
    const c = runInstance(url, standInUrl, now, 'c');
    instances.push(a, c);
    const [ea, ec] = await within(Promise.all([a.exit, c.exit]), 300_000, said);
    expect([ea.code, ec.code], said()).toEqual([0, 0]);

    const all = subscriptions.list();
    expect(all).toHaveLength(SUBSCRIPTIONS);
    let parts = 0;
    for (const s of all) {
      const run = subscriptions.findRun(s.id, '2024-05-02');
      expect(run?.status, s.id).toBe('delivered');
      expect(run?.statements).toBe(statements);
      expect(s.cursor).toBe(run?.toSeq);
      expect(subscriptions.pendingRuns(s.id)).toEqual([]);
      parts += run?.parts.length ?? 0;
    }
    subscriptions.close();
    // every part of every digest reached its channel once (keys are per run and part)
    expect(standIn.posted.size).toBe(parts);
    const byInstance = new Map<string, number>();
    for (const p of standIn.posted.values()) byInstance.set(p.instance, (byInstance.get(p.instance) ?? 0) + 1);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.info(
      `instances: ${SUBSCRIPTIONS} digests, ${parts} parts posted once each (${[...byInstance].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
        `${standIn.requests} requests, ${standIn.repeats} repeats dropped by nonce (parts the killed instance had sent but not recorded), 1 held; ${seconds} s`,
    );
  });
});
