// Load: 200 Telegram inline queries (from 200 people: a person's older queries still queued are skipped by design,
// only their latest is answered) and 50 Discord slash commands (from 50 people) arrive at once, against the
// loopback Bot API and gateway stand-ins, with both bots on one database and the production rate limiter on.
// Every request gets exactly one answer, none is an error; the figures (answers per second, p50/p95 time to
// answer, measured from the moment everything was sent) are printed, not asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { SORRY } from '../../src/bots/errors.ts';
import { RateLimiter } from '../../src/bots/rate-limit.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { APP_ID, DiscordStandIn } from '../e2e/discord-standin.ts';
import { TelegramStandIn } from '../e2e/telegram-standin.ts';

const TG_TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const DC_TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
const INLINE = 200;
const SLASH = 50;
const PEOPLE = 50;
const QUERIES = ['Lavrov NATO', 'Lavrov', 'refugees', 'Afghanistan', 'security', 'Taliban', 'CSTO', 'Kokov', 'Belarus', 'Central Asia'];

let fx: Fixture;
let tg: TelegramStandIn;
let gw: DiscordStandIn;
let telegram: TelegramHandle;
let discord: DiscordHandle;

beforeAll(async () => {
  fx = corpusFixture();
  fx.registry.rateLimiter = new RateLimiter(); // as main.ts wires it
  tg = await TelegramStandIn.start({ token: TG_TOKEN, botInfo: BOT });
  gw = await DiscordStandIn.start();
  telegram = await startTelegramBot({ token: TG_TOKEN, apiRoot: tg.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
  discord = await startDiscordBot({ token: DC_TOKEN, apiRoot: gw.api, service: fx.service, registry: fx.registry, logger: silentLogger });
});

afterAll(async () => {
  await telegram?.stop();
  await discord?.stop();
  await tg?.close();
  await gw?.close();
  fx?.close();
});

function slash(i: number) {
  const user = { id: String(700_000_000_000_000_000n + BigInt(i % PEOPLE)), username: `user${i}`, discriminator: '0', global_name: null, avatar: null };
  const id = String(800_000_000_000_000_000n + BigInt(i));
  const data =
    i % 5 === 4
      ? { id: '600000000000000001', name: 'speakers', type: 1, options: [] }
      : { id: '600000000000000000', name: 'quote', type: 1, options: [{ name: 'query', type: 3, value: QUERIES[i % QUERIES.length] }] };
  return {
    id, application_id: APP_ID, type: 2, data, channel: { id: '222222222222222222', type: 1, recipients: [user] }, channel_id: '222222222222222222',
    user, token: `load-${id}`, version: 1, app_permissions: '0', locale: 'en-US', entitlements: [], authorizing_integration_owners: { '1': user.id }, context: 1,
    attachment_size_limit: 10_485_760,
  };
}

/** Times (ms after `t0`) at which the 1st, 2nd, … n-th matching call arrived. */
async function arrivals(wait: (k: number) => Promise<unknown>, n: number, t0: number): Promise<number[]> {
  const times: number[] = [];
  for (let k = 1; k <= n; k++) {
    await wait(k);
    times.push(performance.now() - t0);
  }
  return times;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

describe('load', () => {
  it(`${INLINE} inline queries and ${SLASH} slash commands at once: every one answered, no error`, async () => {
    const tgFrom = tg.calls.length;
    const dcFrom = gw.calls.length;
    const interactions = Array.from({ length: SLASH }, (_, i) => slash(i));
    const t0 = performance.now();
    for (let i = 0; i < INLINE; i++) {
      const from = { id: 5000 + i, is_bot: false, first_name: `P${i}` };
      tg.push({ inline_query: { id: `load-${i}`, from, query: QUERIES[i % QUERIES.length], offset: '' } });
    }
    for (const i of interactions) gw.dispatch('INTERACTION_CREATE', i);

    const [inlineTimes, slashTimes] = await Promise.all([
      arrivals((k) => tg.waitFor('answerInlineQuery', k, tgFrom), INLINE, t0),
      arrivals((k) => gw.waitFor('/callback', k, dcFrom), SLASH, t0),
    ]);

    // Telegram: one answer per query, each with results, none an apology or a rate-limit notice.
    const answers = tg.calls.slice(tgFrom).filter((c) => c.method === 'answerInlineQuery');
    expect(answers).toHaveLength(INLINE);
    expect(new Set(answers.map((a) => a.payload.inline_query_id)).size).toBe(INLINE);
    for (const a of answers) expect((a.payload.results as unknown[]).length, String(a.payload.inline_query_id)).toBeGreaterThan(0);
    expect(tg.calls.slice(tgFrom).filter((c) => c.method === 'sendMessage')).toEqual([]);

    // Discord: one callback per interaction (an answer, or a deferral followed by the edited answer).
    const callbacks = gw.calls.slice(dcFrom).filter((c) => c.path.endsWith('/callback'));
    expect(callbacks).toHaveLength(SLASH);
    for (const i of interactions) {
      const mine = gw.calls.slice(dcFrom).filter((c) => c.path.includes(i.token));
      const [first] = mine;
      const body = first?.body as { type: number; data?: { content?: string } };
      if (body.type === 5) {
        const edits = await gw.waitFor(`${i.token}/messages/@original`, 1, dcFrom);
        expect(JSON.stringify(edits[0]?.body)).not.toContain(SORRY);
      } else {
        expect(body.type).toBe(4);
        expect(body.data?.content).not.toContain(SORRY);
        expect(body.data?.content).not.toMatch(/sending requests a little fast/);
      }
    }

    const all = [...inlineTimes, ...slashTimes].sort((a, b) => a - b);
    const total = all.at(-1) ?? 0;
    const inlineSorted = [...inlineTimes].sort((a, b) => a - b);
    const slashSorted = [...slashTimes].sort((a, b) => a - b);
    const deferred = callbacks.filter((c) => (c.body as { type: number }).type === 5).length;
    console.info(
      [
        `load: ${INLINE + SLASH} requests from ${INLINE + PEOPLE} people answered in ${(total / 1000).toFixed(2)} s = ${((INLINE + SLASH) / (total / 1000)).toFixed(0)} answers/s`,
        `  inline (${INLINE}): p50 ${percentile(inlineSorted, 50).toFixed(0)} ms, p95 ${percentile(inlineSorted, 95).toFixed(0)} ms, max ${(inlineSorted.at(-1) ?? 0).toFixed(0)} ms`,
        `  slash (${SLASH}): p50 ${percentile(slashSorted, 50).toFixed(0)} ms, p95 ${percentile(slashSorted, 95).toFixed(0)} ms, max ${(slashSorted.at(-1) ?? 0).toFixed(0)} ms; ${deferred} deferred past the 2 s deadline`,
      ].join('\n'),
    );
  });
});
