// SIGKILL in the middle of a digest delivery: the real digest task (scheduler, rendering, the Telegram and
// Discord digest deliveries) runs in a child process whose bots post to a stand-in here; the stand-in holds
// one part's request open and the child is killed. After a restart: no digest is skipped, every part is
// posted once, in order, exactly as frozen before the crash; the cursor moves only then, and the next day's
// digest holds exactly what arrived since. One limit is platform-given: Telegram has no idempotency key, so a
// part Telegram had already posted when the process died (confirmation lost) is posted again — that one part.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openService } from '../../src/cli.ts';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import { subscribe } from '../../src/digest/subscriptions.ts';
import type { DigestRun } from '../../src/digest/model.ts';
import { corpusArticle } from '../hardening/generate.ts';
import { cleanUp, tempDir } from '../hardening/helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CHILD = join(ROOT, 'test/soak/digest-child.ts');
const CORPUS = join(ROOT, 'data/corpus');

interface Post {
  readonly platform: string;
  readonly channelId: string;
  readonly key: string | null;
  readonly content: string;
}

type Block = { readonly platform: string; readonly nth: number; readonly mode: 'before-posting' | 'posted-unconfirmed' };

/** The chat platforms: Discord drops a repeated nonce (enforce_nonce), Telegram posts whatever it gets. */
class PlatformStandIn {
  readonly posted: Post[] = [];
  readonly #nonces = new Set<string>();
  readonly #requests = new Map<string, number>();
  readonly #held: ServerResponse[] = [];
  #blocks: Block[] = [];
  #onHeld: () => void = () => {};
  readonly #server = createServer((req, res) => void this.#handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((ok) => this.#server.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Holds the nth request (1-based, this phase) of each platform; resolves once all are held. */
  block(blocks: Block[]): Promise<void> {
    this.#blocks = blocks;
    this.#requests.clear();
    return new Promise((ok) => {
      this.#onHeld = () => this.#held.length >= blocks.length && ok();
    });
  }

  release(): void {
    this.#blocks = [];
    this.#requests.clear();
    for (const res of this.#held.splice(0)) res.destroy();
  }

  close(): Promise<void> {
    this.release();
    this.#server.closeAllConnections();
    return new Promise((ok) => this.#server.close(() => ok()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const c of req) body += String(c);
    const post = JSON.parse(body) as Post;

    const n = (this.#requests.get(post.platform) ?? 0) + 1;
    this.#requests.set(post.platform, n);
    const block = this.#blocks.find((b) => b.platform === post.platform && b.nth === n);
    const deliver = () => {
      if (post.key !== null && this.#nonces.has(post.key)) return; // Discord: the same nonce is not posted twice
      if (post.key !== null) this.#nonces.add(post.key);
      this.posted.push(post);
    };
    if (block) {
      if (block.mode === 'posted-unconfirmed') deliver();
      this.#held.push(res); // never answered: the process dies waiting
      this.#onHeld();
      return;
    }
    deliver();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: String(this.posted.length) }));
  }
}

function runChild(db: string, standIn: string, now: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.js'), CHILD, db, standIn, now], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  return { child, exit, out: () => out, err: () => err };
}

/** Waits for `promise`, or fails after `ms` with what the child said (a hang must not eat the suite's time). */
function within<T>(promise: Promise<T>, ms: number, child: { out(): string; err(): string }): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no progress after ${ms} ms; child said:\n${child.out()}\n${child.err()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const standIn = new PlatformStandIn();
afterAll(async () => {
  await standIn.close();
  cleanUp();
});

describe('SIGKILL during digest delivery', () => {
  it('no digest skipped, none posted twice (Discord), at most the in-flight part again (Telegram)', async () => {
    const url = await standIn.start();
    const dir = tempDir('briefdesk-soak-digest-');
    const db = join(dir, 'digest.db');
    const setup = openService(db);
    const subs = openSqliteSubscriptionStore(db);
    const at = new Date('2024-05-01T06:00:00Z');
    const discordSub = subscribe({ subscriptions: subs, now: at }, { platform: 'discord', channelId: 'news', time: '08:00', timeZone: 'UTC' });
    const telegramSub = subscribe({ subscriptions: subs, now: at }, { platform: 'telegram', channelId: '-100200', time: '08:00', timeZone: 'UTC' });
    setup.ingestPaths([CORPUS]);
    for (let i = 0; i < 12; i++) setup.ingestDocument(loadDocument({ data: corpusArticle(i, 3000), path: `day1-${i}.txt` }));
    const day1Statements = setup.stats().statements;
    subs.close();
    setup.close();

    const textsOf = (platform: string) => standIn.posted.filter((p) => p.platform === platform).map((p) => p.content);
    const runOf = (id: string, slot: string): DigestRun => {
      const s = openSqliteSubscriptionStore(db);
      try {
        const run = s.findRun(id, slot);
        if (!run) throw new Error(`no run for ${id} ${slot}`);
        return run;
      } finally {
        s.close();
      }
    };
    const cursorOf = (id: string) => {
      const s = openSqliteSubscriptionStore(db);
      try {
        return s.get(id)?.cursor;
      } finally {
        s.close();
      }
    };

    // Day 1: Discord dies with part 3 posted but unconfirmed; Telegram dies before its part 2 reached the chat.
    const held = standIn.block([
      { platform: 'discord', nth: 3, mode: 'posted-unconfirmed' },
      { platform: 'telegram', nth: 2, mode: 'before-posting' },
    ]);
    const first = runChild(db, url, '2024-05-02T09:00:00Z');
    await within(Promise.race([held, first.exit.then(() => Promise.reject(new Error(`the child ended early: ${first.err()}${first.out()}`)))]), 30_000, first);
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    standIn.release();

    const frozenDiscord = runOf(discordSub.id, '2024-05-02');
    const frozenTelegram = runOf(telegramSub.id, '2024-05-02');
    expect(frozenDiscord.status).toBe('pending');
    expect(frozenTelegram.status).toBe('pending');
    expect(frozenDiscord.parts.length).toBeGreaterThanOrEqual(4);
    expect(frozenTelegram.parts.length).toBeGreaterThanOrEqual(2);
    expect(textsOf('discord')).toEqual(frozenDiscord.parts.slice(0, 3));
    expect(textsOf('telegram')).toEqual(frozenTelegram.parts.slice(0, 1));
    expect(cursorOf(discordSub.id)).toBe(discordSub.cursor); // not delivered yet: the cursor has not moved

    // Restart: the pending digests are finished as frozen, each part once.
    const second = runChild(db, url, '2024-05-02T09:05:00Z');
    expect((await within(second.exit, 120_000, second)).code, second.err()).toBe(0);
    expect(textsOf('discord')).toEqual(frozenDiscord.parts);
    expect(textsOf('telegram')).toEqual(frozenTelegram.parts);
    const day1Discord = runOf(discordSub.id, '2024-05-02');
    expect(day1Discord.status).toBe('delivered');
    expect(day1Discord.statements).toBe(day1Statements);
    expect(cursorOf(discordSub.id)).toBe(day1Discord.toSeq);
    expect(cursorOf(telegramSub.id)).toBe(runOf(telegramSub.id, '2024-05-02').toSeq);

    // Another restart the same day posts nothing.
    const third = runChild(db, url, '2024-05-02T10:00:00Z');
    expect((await within(third.exit, 120_000, third)).code).toBe(0);
    expect(third.out()).toContain('{"due":0}');
    expect(textsOf('discord')).toHaveLength(frozenDiscord.parts.length);

    // Day 2: new articles; now Telegram dies after its first part was posted, Discord before its first.
    const service = openService(db);
    for (let i = 100; i < 106; i++) service.ingestDocument(loadDocument({ data: corpusArticle(i, 3000), path: `day2-${i}.txt` }));
    const day2Statements = service.stats().statements - day1Statements;
    service.close();
    const before = { discord: textsOf('discord').length, telegram: textsOf('telegram').length };
    const held2 = standIn.block([
      { platform: 'discord', nth: 1, mode: 'before-posting' },
      { platform: 'telegram', nth: 1, mode: 'posted-unconfirmed' },
    ]);
    const fourth = runChild(db, url, '2024-05-03T09:00:00Z');
    await within(Promise.race([held2, fourth.exit.then(() => Promise.reject(new Error(`the child ended early: ${fourth.err()}`)))]), 120_000, fourth);
    fourth.child.kill('SIGKILL');
    await fourth.exit;
    standIn.release();
    const fifth = runChild(db, url, '2024-05-03T09:05:00Z');
    expect((await within(fifth.exit, 120_000, fifth)).code, fifth.err()).toBe(0);

    const day2Discord = runOf(discordSub.id, '2024-05-03');
    const day2Telegram = runOf(telegramSub.id, '2024-05-03');
    expect(day2Discord.statements).toBe(day2Statements); // exactly what arrived since day 1, nothing skipped
    expect(day2Telegram.statements).toBe(day2Statements);
    expect(textsOf('discord').slice(before.discord)).toEqual(day2Discord.parts);
    const telegramDay2 = textsOf('telegram').slice(before.telegram);
    expect(telegramDay2).toEqual([day2Telegram.parts[0], ...day2Telegram.parts]); // the part in flight, twice
    console.info(
      `kill-digest: day 1 Discord ${frozenDiscord.parts.length} parts, Telegram ${frozenTelegram.parts.length} parts, ` +
        `${day1Statements} statements; day 2 ${day2Statements} statements; every part posted once ` +
        `(Telegram: the part it had posted when the process died was posted again)`,
    );
  });
});
