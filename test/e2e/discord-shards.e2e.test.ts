// Discord sharding across processes, offline: two bots, shard 0 and shard 1 of 2 (as two `briefdesk start` with
// DISCORD_SHARD_ID 0 and 1 would run), each on its own gateway connection to the loopback stand-in, which routes
// a guild's interactions to the guild's shard as Discord does ((guild id >> 22) % 2; direct messages to shard 0).
// Each shard answers its own guilds. Digests: posted over REST by whichever process holds the subscription's lease
// (PostgreSQL), so a digest for a guild on shard 0 may come from shard 1's process, and each is posted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgLeases, createPgStatementStore, createPgSubscriptionStore, openPgConnection } from '../../src/adapters/postgres/index.ts';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { discordDigestDelivery } from '../../src/bots/discord/delivery.ts';
import { shardOfGuild, type DiscordShard } from '../../src/bots/discord/shards.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';
import { startDigestScheduler } from '../../src/digest/index.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { makeDoc, makeStatement } from '../core/store/builders.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';
import { APP_ID, DiscordStandIn } from './discord-standin.ts';

const TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const USER = { id: '333333333333333333', username: 'ana', discriminator: '0', global_name: 'Ana', avatar: null };
/** Guilds on shard 0 and on shard 1 of 2 (checked below with Discord's formula). */
const GUILD_ON_0 = '444444444444444444';
const GUILD_ON_1 = '444444444448638748';

let gw: DiscordStandIn;
let fx: Fixture;
const bots: DiscordHandle[] = [];
/** Which shard's process ran each /quote. */
const answeredBy: number[] = [];
let nextId = 700_000_000_000_000_000n;

/** The fixture's service, noting which shard's process ran a /quote. */
function taggedService(shard: number): BriefingService {
  return {
    ...fx.service,
    quote: (text, options) => {
      answeredBy.push(shard);
      return fx.service.quote(text, options);
    },
  };
}

function startShard(shard: DiscordShard): Promise<DiscordHandle> {
  return startDiscordBot({ token: TOKEN, apiRoot: gw.api, service: taggedService(shard.id), registry: fx.registry, logger: silentLogger, shard });
}

/** /quote in a server channel (guildId) or in a DM (null), as the gateway delivers it. */
function quote(guildId: string | null, text: string) {
  const id = String(++nextId);
  const channel = guildId ? { id: String(BigInt(guildId) + 1n), type: 0, guild_id: guildId, name: 'briefing' } : { id: '222222222222222222', type: 1, recipients: [USER] };
  return {
    id,
    application_id: APP_ID,
    type: 2,
    data: { id: '600000000000000000', name: 'quote', type: 1, options: [{ name: 'query', type: 3, value: text }] },
    channel,
    channel_id: channel.id,
    ...(guildId
      ? { guild_id: guildId, member: { user: USER, roles: [], permissions: '0', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false }, context: 0 }
      : { user: USER, context: 1 }),
    token: `tok-${id}`,
    version: 1,
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '1': USER.id },
    attachment_size_limit: 10_485_760,
  };
}

/** Dispatches the interaction; resolves with the shard it went to and the interaction callback's body. */
async function ask(payload: ReturnType<typeof quote>) {
  const from = gw.calls.length;
  const shard = gw.dispatch('INTERACTION_CREATE', payload);
  const [callback] = await gw.waitFor(payload.token, 1, from);
  return { shard, body: callback?.body as { type: number; data: { content: string } } };
}

beforeAll(async () => {
  fx = corpusFixture();
  gw = await DiscordStandIn.start();
  bots.push(await startShard({ id: 0, count: 2 }));
  bots.push(await startShard({ id: 1, count: 2 }));
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await gw?.close();
  fx?.close();
});

describe('Discord sharding across processes', () => {
  it('connects each process as its own shard', () => {
    expect([shardOfGuild(GUILD_ON_0, 2), shardOfGuild(GUILD_ON_1, 2), shardOfGuild(null, 2)]).toEqual([0, 1, 0]);
    expect(gw.identifies.map((i) => i.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(gw.identifies.every((i) => i.token === TOKEN)).toBe(true);
  });

  it('answers each guild’s interactions in the process of the guild’s shard, direct messages on shard 0', async () => {
    answeredBy.length = 0;
    const onOne = await ask(quote(GUILD_ON_1, 'Lavrov NATO'));
    const onZero = await ask(quote(GUILD_ON_0, 'Lavrov NATO'));
    const direct = await ask(quote(null, 'Lavrov NATO'));
    expect([onOne.shard, onZero.shard, direct.shard]).toEqual([1, 0, 0]);
    expect(answeredBy).toEqual([1, 0, 0]);
    for (const answer of [onOne, onZero, direct]) {
      expect(answer.body.type).toBe(4);
      expect(answer.body.data.content).toMatch(/^\*\*Statements for “Lavrov NATO” \(1–\d+\)\*\*/);
    }
  });
});

describe.skipIf(!postgresUrl)('Discord digests with two shard processes on one PostgreSQL database', () => {
  it('posts every due digest once, from whichever shard process holds its lease, to guilds of either shard', async () => {
    const url = freshPostgresUrl();
    const guilds = [GUILD_ON_0, GUILD_ON_1];
    const channels = Array.from({ length: 12 }, (_, i) => String(BigInt(guilds[i % 2] ?? GUILD_ON_0) + 100n + BigInt(i)));
    const processes = bots.map((bot) => ({
      store: createPgStatementStore(openPgConnection(url)),
      subscriptions: createPgSubscriptionStore(openPgConnection(url)),
      leases: createPgLeases(openPgConnection(url)),
      deliver: discordDigestDelivery(bot),
    }));
    const [first] = processes;
    if (!first) throw new Error('no process');
    const doc = makeDoc();
    first.store.addDocument(doc, [makeStatement(doc, { text: 'Grain exports will continue through the winter' })]);
    for (const channelId of channels) {
      first.subscriptions.upsert(
        { platform: 'discord', channelId, threadId: null, time: '00:00', timeZone: 'UTC', themes: [], speakers: [], whenEmpty: 'say' },
        { cursor: 0, lastSlot: null },
        new Date(),
      );
    }
    const postedBefore = gw.messages.length;
    const callsBefore = gw.calls.length;
    const stops = processes.map((p, n) =>
      startDigestScheduler({
        store: p.store,
        subscriptions: p.subscriptions,
        deliver: p.deliver,
        leases: p.leases,
        instance: `shard-${n}`,
        onError: (error) => {
          throw error;
        },
      }),
    );
    await Promise.all(stops.map((stop) => stop()));
    // every POST of a message counts here, a repeat too (the stand-in would drop its message by the nonce)
    const posts = gw.calls.slice(callsBefore).filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path));
    const perChannel = new Map<string, number>();
    for (const c of posts) {
      const channel = c.path.split('/')[2] ?? '';
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    expect([...perChannel.keys()].sort()).toEqual([...channels].sort());
    const parts = perChannel.get(channels[0] ?? '') ?? 0;
    expect(parts).toBeGreaterThan(0);
    expect([...perChannel.values()].every((n) => n === parts)).toBe(true);
    expect(gw.messages.length - postedBefore).toBe(posts.length); // no post was a repeat
    const pending = first.subscriptions.list().flatMap((s) => first.subscriptions.pendingRuns(s.id)).length;
    expect(pending).toBe(0);
    for (const p of processes) {
      p.store.close();
      p.subscriptions.close();
      p.leases.close();
    }
  });
});
