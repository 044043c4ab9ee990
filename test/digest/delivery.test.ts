// Exactly-once delivery: a crash mid-digest (before or after the platform posted a part) and a timeout
// (posted-but-unconfirmed, or lost) neither skip nor repeat a part; the cursor moves only once every part is
// confirmed; each digest holds exactly the statements added since the previous one, filtered by themes and speakers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DigestDeliveryError,
  runDigest,
  subscribe,
  type DigestDelivery,
  type DigestRunnerDeps,
} from '../../src/digest/index.ts';
import { FakeChannel, ingestText, makeFixture, removeFixtures, type Fixture } from './helpers.ts';

const T0 = new Date('2024-05-01T06:00:00Z');
const NEW_ARTICLE = `MOSCOW, November 2. /TASS/. Russian Foreign Minister Sergey Lavrov said on Tuesday that a new wave of Afghan refugees was reaching the Tajik border.

"We see thousands of refugees and migrants waiting at the border crossing," Lavrov said.

Deputy Secretary of the Security Council Yuri Kokov said the CSTO would hold joint exercises in Tajikistan next month.`;

const fixtures: Fixture[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const f of fixtures.splice(0)) f.close();
  removeFixtures();
});

/** An empty database with a subscription, then the corpus arrives (so the digest has something to say). */
function setUp(input: { themes?: string[]; speakers?: string[]; whenEmpty?: 'skip' | 'say'; channelId?: string } = {}) {
  const fx = makeFixture({ corpus: false });
  fixtures.push(fx);
  const sub = subscribe({ subscriptions: fx.subscriptions, now: T0 }, { platform: 'discord', channelId: input.channelId ?? 'news', ...input });
  fx.service.ingestPaths(['data/corpus']);
  return { fx, sub };
}

const deps = (fx: Fixture, deliver: DigestDelivery, extra: Partial<DigestRunnerDeps> = {}): DigestRunnerDeps => ({
  store: fx.service,
  subscriptions: fx.subscriptions,
  deliver,
  limits: { discord: 1500, telegram: 1500 },
  attempts: 1,
  ...extra,
});

describe('a crash mid-digest', () => {
  it.each(['after', 'before'])('(%s the platform posted part 3) loses nothing and posts nothing twice', async (when) => {
    const { fx, sub } = setUp();
    const channel = new FakeChannel();
    const crashing = channel.delivery((call, post) => {
      if (call === 2) {
        if (when === 'after') post();
        throw new Error('process killed');
      }
      post();
    });
    await expect(runDigest(deps(fx, crashing), sub.id, '2024-05-02')).rejects.toBeInstanceOf(DigestDeliveryError);

    const [frozen] = fx.subscriptions.pendingRuns(sub.id);
    if (!frozen) throw new Error('the run was not frozen');
    expect(frozen.parts.length).toBeGreaterThan(3);
    expect(fx.subscriptions.deliveredParts(frozen.id)).toEqual(new Set([0, 1]));
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(sub.cursor); // not moved: the digest is not delivered

    fx.restart(); // a new process; meanwhile more news arrives
    expect(ingestText(fx.service, NEW_ARTICLE)).toBeGreaterThan(0);
    const outcome = await runDigest(deps(fx, channel.delivery()), sub.id, '2024-05-02');
    expect(outcome.status).toBe('delivered');
    expect(channel.posted.map((p) => p.text)).toEqual(frozen.parts); // every part once, in order, as frozen
    expect(channel.calls[2]).toBe(channel.calls[3]); // part 3 was retried under the same key
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(frozen.toSeq);

    expect((await runDigest(deps(fx, channel.delivery()), sub.id, '2024-05-02')).status).toBe('already-delivered');
    expect(channel.posted).toHaveLength(frozen.parts.length);

    // The next digest holds exactly what arrived after the frozen one.
    const next = await runDigest(deps(fx, channel.delivery()), sub.id, '2024-05-03');
    const nextText = channel.posted.slice(frozen.parts.length).map((p) => p.text).join('\n');
    expect(next.status).toBe('delivered');
    expect(nextText).toContain('new wave of Afghan refugees');
    expect(nextText).not.toContain('Belarus');
  });
});

describe('a timeout', () => {
  it.each([
    ['the platform posted but never confirmed', true],
    ['the request was lost', false],
  ])('retries with the same key and posts once (%s)', async (_name, postedBeforeTimeout) => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    const { fx, sub } = setUp();
    const channel = new FakeChannel();
    const slow = channel.delivery((call, post) => {
      if (call !== 0) return post();
      if (postedBeforeTimeout) post();
      return new Promise<void>(() => {}); // no confirmation, ever
    });
    const pending = runDigest(deps(fx, slow, { sendTimeoutMs: 10_000, retryDelayMs: 5_000, attempts: 3 }), sub.id, '2024-05-01');
    await vi.advanceTimersByTimeAsync(15_000);
    const outcome = await pending;
    if (outcome.status !== 'delivered') throw new Error(outcome.status);
    expect(channel.calls[0]).toBe(channel.calls[1]);
    expect(channel.posted.map((p) => p.text)).toEqual(outcome.run.parts);
    expect(new Set(channel.posted.map((p) => p.key)).size).toBe(outcome.run.parts.length);
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(outcome.run.toSeq);
  });

  it('leaves the digest pending when every try times out; the next firing finishes it once', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    const { fx, sub } = setUp();
    const channel = new FakeChannel();
    const dead: DigestDelivery = { send: () => new Promise<void>(() => {}) };
    const first = runDigest(deps(fx, dead, { sendTimeoutMs: 1_000, retryDelayMs: 1_000, attempts: 2 }), sub.id, '2024-05-01');
    const failed = expect(first).rejects.toThrow(/part 1 not delivered/);
    await vi.advanceTimersByTimeAsync(3_000);
    await failed;
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(sub.cursor);
    const outcome = await runDigest(deps(fx, channel.delivery()), sub.id, '2024-05-01');
    expect(outcome.status).toBe('delivered');
    expect(channel.posted).toHaveLength(fx.subscriptions.findRun(sub.id, '2024-05-01')?.parts.length ?? -1);
  });
});

describe('cursor and filters', () => {
  it('each digest holds exactly the statements added since the last one, filtered by theme and by speaker', async () => {
    const fx = makeFixture({ corpus: false });
    fixtures.push(fx);
    const now = { subscriptions: fx.subscriptions, now: T0 };
    const refugees = subscribe(now, { platform: 'telegram', channelId: 'refugees', themes: ['refugees'] });
    const kokov = subscribe(now, { platform: 'telegram', channelId: 'kokov', speakers: ['Kokov'] });
    const quiet = subscribe(now, { platform: 'telegram', channelId: 'quiet', themes: ['elections'] });
    const chatty = subscribe(now, { platform: 'telegram', channelId: 'chatty', themes: ['elections'], whenEmpty: 'say' });
    fx.service.ingestPaths(['data/corpus']);
    const channel = new FakeChannel();
    const d = deps(fx, channel.delivery());
    const textOf = (id: string, from = 0) => channel.posted.filter((p) => p.subscription === id).slice(from).map((p) => p.text).join('\n');

    const day1 = await runDigest(d, refugees.id, '2024-05-02');
    await runDigest(d, kokov.id, '2024-05-02');
    const refugeeStored = fx.service.quote('theme:refugees', { limit: 100 }).length;
    expect(day1.status === 'delivered' && day1.run.statements).toBe(refugeeStored);
    expect(textOf(refugees.id)).toMatch(/^Digest /);
    expect(textOf(refugees.id)).toContain('Refugees & migration');
    expect(textOf(refugees.id)).not.toMatch(/Belarus|NATO & military presence/);
    expect(textOf(kokov.id)).toContain('Kokov');
    expect(textOf(kokov.id)).not.toContain('Lavrov');

    // Statements the filters exclude still move the cursor past them; nothing new: skip, or say so.
    expect((await runDigest(d, quiet.id, '2024-05-02')).status).toBe('skipped');
    expect(fx.subscriptions.get(quiet.id)?.cursor).toBe(fx.subscriptions.latestStatementSeq());
    await runDigest(d, chatty.id, '2024-05-02');
    expect(textOf(chatty.id)).toMatch(/^Nothing new since /);

    const before = { refugees: channel.posted.filter((p) => p.subscription === refugees.id).length, kokov: channel.posted.filter((p) => p.subscription === kokov.id).length };
    ingestText(fx.service, NEW_ARTICLE);
    const day2 = await runDigest(d, refugees.id, '2024-05-03');
    await runDigest(d, kokov.id, '2024-05-03');
    expect(day2.status === 'delivered' && day2.run.statements).toBe(2);
    expect(textOf(refugees.id, before.refugees)).toContain('new wave of Afghan refugees');
    expect(textOf(refugees.id, before.refugees)).not.toContain('settlement of Afghan refugees'); // yesterday's
    expect(textOf(kokov.id, before.kokov)).toContain('joint exercises');
    expect(textOf(kokov.id, before.kokov)).not.toContain('military presence'); // yesterday's Kokov statement
    expect((await runDigest(d, refugees.id, '2024-05-04')).status).toBe('skipped');
  });
});
