// End to end, offline: the real discord.js client against the loopback gateway (HELLO, IDENTIFY →
// READY, INTERACTION_CREATE) and REST stand-in, asserting the interaction callback payloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { registerDiscordCommands } from '../../src/bots/discord/register.ts';
import { SORRY } from '../../src/bots/errors.ts';
import { notice } from '../../src/bots/render.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { APP_ID, BOT_USER, DiscordStandIn } from './discord-standin.ts';

const TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const USER = { id: '333333333333333333', username: 'ana', discriminator: '0', global_name: 'Ana', avatar: null };
const CHANNEL = { id: '222222222222222222', type: 1, recipients: [USER] };

let gw: DiscordStandIn;
let bot: DiscordHandle;
let fx: Fixture;
let nextId = 500_000_000_000_000_000n;
let release: () => void = () => {};
const gate = new Promise<void>((ok) => {
  release = ok;
});

/** An interaction as the gateway delivers it (a DM, so no guild cache is needed). */
function interaction(type: number, data: unknown, extra: Record<string, unknown> = {}) {
  const id = String(++nextId);
  return {
    id,
    application_id: APP_ID,
    type,
    data,
    channel: CHANNEL,
    channel_id: CHANNEL.id,
    user: USER,
    token: `tok-${id}`,
    version: 1,
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '1': USER.id },
    context: 1,
    attachment_size_limit: 10_485_760,
    ...extra,
  };
}

function slash(name: string, options: unknown[]) {
  return interaction(2, { id: '600000000000000000', name, type: 1, options });
}

/** Sends the interaction and resolves with the REST calls it caused (callback, then any webhook edits). */
async function send(payload: { id: string; token: string }, count = 1) {
  const from = gw.calls.length;
  gw.dispatch('INTERACTION_CREATE', payload);
  return gw.waitFor(payload.token, count, from);
}

function embed(rank: number, quote: string, date: string, source: string) {
  return {
    color: 0x2b6cb0,
    author: { name: `${rank}. Sergey Lavrov — Russian Foreign Minister` },
    description: quote,
    fields: [
      { name: 'Date', value: date, inline: true },
      { name: 'Source', value: source, inline: true },
    ],
  };
}

beforeAll(async () => {
  fx = corpusFixture();
  gw = await DiscordStandIn.start();
  // A command that answers only when the test says so: proves the deadline-driven deferReply.
  fx.registry.register({
    name: 'wait',
    description: 'Answers when the test releases it',
    usage: '/wait',
    options: [],
    run: async () => {
      await gate;
      return notice('Done waiting.', [], false);
    },
  });
  fx.registry.register({
    name: 'boom',
    description: 'Fails on purpose',
    usage: '/boom',
    options: [],
    run: () => {
      throw new Error('kaput');
    },
  });
  bot = await startDiscordBot({ token: TOKEN, apiRoot: gw.api, service: fx.service, registry: fx.registry, logger: silentLogger, deferAfterMs: 50 });
});

afterAll(async () => {
  await bot?.stop();
  await gw?.close();
  fx?.close();
});

describe('discord bot against a stand-in gateway and REST API', () => {
  it('identifies with its token and the Guilds intent, and becomes ready', () => {
    expect(bot.username).toBe(`${BOT_USER.username}`);
    expect(gw.identify).toMatchObject({ token: TOKEN, intents: 1 });
  });

  it('answers /quote query:Lavrov NATO with one embed per statement and no pings', async () => {
    const i = slash('quote', [{ name: 'query', type: 3, value: 'Lavrov NATO' }]);
    const [call] = await send(i);
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe(`/interactions/${i.id}/${i.token}/callback`);
    // The expected embeds come from the same search the bot runs, so the payload is exact while the
    // extractor may still improve what the corpus yields.
    const hits = fx.service.quote('Lavrov NATO', { limit: 5 });
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(call?.body).toEqual({
      type: 4,
      data: {
        content: `**Statements for “Lavrov NATO” (1–${hits.length})**`,
        tts: false,
        enforce_nonce: false,
        embeds: hits.map((h, k) => {
          const st = h.statement;
          const quote = st.kind === 'direct' ? `“${st.text}”` : st.text;
          const source = [st.sources[0]?.outlet, st.sources[0]?.title].filter(Boolean).join(': ');
          return embed(k + 1, quote, st.date ?? 'unknown', source);
        }),
        components:
          fx.service.quote('Lavrov NATO', { limit: 6 }).length > 5
            ? [{ type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: 'p|quote|5|5|Lavrov NATO' }] }]
            : [],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('autocompletes the speaker option from the speaker registry', async () => {
    const i = interaction(4, {
      id: '600000000000000000',
      name: 'quote',
      type: 1,
      options: [
        { name: 'query', type: 3, value: 'NATO' },
        { name: 'speaker', type: 3, value: 'lavr', focused: true },
      ],
    });
    const [call] = await send(i);
    expect(call?.path).toBe(`/interactions/${i.id}/${i.token}/callback`);
    expect(call?.body).toEqual({ type: 8, data: { choices: [{ name: 'Sergey Lavrov (Russian Foreign Minister)', value: 'Sergey Lavrov' }] } });
  });

  it('pages with buttons whose custom id carries the query, and updates the message on click', async () => {
    const [first] = await send(
      slash('quote', [
        { name: 'query', type: 3, value: 'NATO' },
        { name: 'speaker', type: 3, value: 'Sergey Lavrov' },
        { name: 'limit', type: 4, value: 2 },
      ]),
    );
    const data = (first?.body as { data: { content: string; components: unknown[] } }).data;
    expect(data.content).toBe('**Statements for “NATO speaker:"Sergey Lavrov"” (1–2)**');
    const next = 'p|quote|2|2|NATO speaker:"Sergey Lavrov"';
    expect(data.components).toEqual([{ type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: next }] }]);

    const click = interaction(3, { custom_id: next, component_type: 2 }, {
      message: {
        id: '700000000000000000',
        channel_id: CHANNEL.id,
        author: BOT_USER,
        content: data.content,
        timestamp: new Date(0).toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        type: 0,
        components: data.components,
      },
    });
    const [update] = await send(click);
    const body = update?.body as { type: number; data: { content: string; embeds: { author: { name: string } }[]; components: unknown[]; allowed_mentions: unknown } };
    expect(body.type).toBe(7); // UPDATE_MESSAGE
    expect(body.data.content).toBe('**Statements for “NATO speaker:"Sergey Lavrov"” (3–4)**');
    expect(body.data.embeds.map((e) => e.author.name.slice(0, 2))).toEqual(['3.', '4.']);
    expect(body.data.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: '◀ Previous', custom_id: 'p|quote|0|2|NATO speaker:"Sergey Lavrov"' },
          { type: 2, style: 2, label: 'Next ▶', custom_id: 'p|quote|4|2|NATO speaker:"Sergey Lavrov"' },
        ],
      },
    ]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('defers /summary (it may be slow) and then edits the deferred reply', async () => {
    const i = slash('summary', [{ name: 'topic', type: 3, value: 'refugees' }]);
    const [deferred, edit] = await send(i, 2);
    expect(deferred?.body).toEqual({ type: 5, data: { flags: 0 } }); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, public
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toBe(`/webhooks/${APP_ID}/${i.token}/messages/@original`);
    const body = edit?.body as { content: string; embeds: { title?: string; description: string }[]; allowed_mentions: unknown };
    expect(body.content).toBe('**Summary: refugees**\n*From the 3 most relevant statements.*');
    expect(body.embeds[0]?.description).toMatch(/^Lavrov [a-z]+/); // the summary names who said what
    expect(body.embeds[1]?.title).toBe('Key quotes');
    expect(body.embeds[1]?.description).toMatch(/^• /);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('defers any command that misses the deadline, then edits the reply', async () => {
    const i = slash('wait', []);
    const from = gw.calls.length;
    gw.dispatch('INTERACTION_CREATE', i);
    const [deferred] = await gw.waitFor(i.token, 1, from);
    expect(deferred?.body).toEqual({ type: 5, data: { flags: 0 } });
    release();
    const [, edit] = await gw.waitFor(i.token, 2, from);
    expect(edit?.method).toBe('PATCH');
    expect(edit?.body).toMatchObject({ content: '**Done waiting.**', embeds: [], allowed_mentions: { parse: [] } });
  });

  it('answers usage mistakes and /help ephemerally', async () => {
    const [bad] = await send(slash('quote', [{ name: 'query', type: 3, value: 'NATO' }, { name: 'since', type: 3, value: 'yesterday' }]));
    const badData = (bad?.body as { data: { content: string; flags: number } }).data;
    expect(badData.content).toBe('**“yesterday” is not a date: use 2021, 2021-10 or 2021-10-01.**');
    expect(badData.flags).toBe(64);
    const [help] = await send(slash('help', []));
    expect((help?.body as { data: { flags: number } }).data.flags).toBe(64);
  });

  it('apologises ephemerally when a command fails', async () => {
    const [call] = await send(slash('boom', []));
    expect(call?.body).toEqual({ type: 4, data: { content: SORRY, tts: false, enforce_nonce: false, flags: 64, allowed_mentions: { parse: [] } } });
  });

  it('registers the slash commands for one guild through the same REST API', async () => {
    const from = gw.calls.length;
    const r = await registerDiscordCommands({ token: TOKEN, apiRoot: gw.api, guildId: '444444444444444444', registry: fx.registry });
    expect(r).toEqual({
      appId: APP_ID,
      scope: 'guild 444444444444444444',
      commands: ['quote', 'speakers', 'summary', 'themes', 'digest', 'subscribe', 'unsubscribe', 'sources', 'trend', 'help', 'wait', 'boom'],
    });
    const put = gw.calls.slice(from).find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/444444444444444444/commands`);
    expect((put?.body as unknown[])[0]).toEqual({
      name: 'quote',
      description: 'Find attributed statements: speaker and/or topic, e.g. Lavrov NATO',
      options: [
        { name: 'query', description: 'Speaker and/or topic, e.g. Lavrov NATO', required: true, type: 3, max_length: 300 },
        { name: 'speaker', description: 'Only statements by this speaker', required: false, type: 3, max_length: 100, autocomplete: true },
        { name: 'since', description: 'Only statements from this date on (2021, 2021-10 or 2021-10-01)', required: false, type: 3, max_length: 100 },
        { name: 'limit', description: 'Results per page (1–10)', required: false, type: 4, min_value: 1, max_value: 10 },
      ],
    });
    const subscribe = (put?.body as { name: string; default_member_permissions?: string }[]).find((c) => c.name === 'subscribe');
    expect(subscribe?.default_member_permissions).toBe('16'); // Manage Channels
  });
});
