// End to end, offline: /subscribe through the real Telegram and Discord bots (loopback stand-ins), then the
// digest scheduler that `npm start` runs (main.ts's digestSchedulerTask) fires at the subscription's time
// under fake timers and delivers through the same bots: Telegram sendMessage into the forum topic, Discord
// a channel message with an enforced nonce. Admin checks: getChatMember on Telegram, Manage Channels on
// Discord. The fake clock stops just past the firing, so no timer of the bots or of the delivery (the 30 s
// confirmation timeout) comes due while the stand-ins answer in real time.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { idempotencyKey } from '../../src/digest/index.ts';
import { digestSchedulerTask, type AppContext } from '../../src/main.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { ingestText } from '../digest/helpers.ts';
import { APP_ID, DiscordStandIn } from './discord-standin.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TG_TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const TG_BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
const TG_ADMIN = { id: 42, is_bot: false, first_name: 'Ana' };
const TG_MEMBER = { id: 43, is_bot: false, first_name: 'Ben' };
const FORUM = { id: -1001234567890, type: 'supergroup', title: 'Briefing desk', is_forum: true };
const TOPIC = 77;

const DC_TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const DC_USER = { id: '333333333333333333', username: 'ana', discriminator: '0', global_name: 'Ana', avatar: null };
const GUILD = '444444444444444444';
const CHANNEL = '555555555555555555';
const MANAGE_CHANNELS = '16';

const ARTICLE = `MOSCOW, May 1. /TASS/. Russian Foreign Minister Sergey Lavrov said on Wednesday that a new wave of Afghan refugees was reaching the Tajik border.

"We see thousands of refugees and migrants waiting at the border crossing," Lavrov said.`;

let fx: Fixture;
let tgApi: TelegramStandIn;
let tg: TelegramHandle;
let gw: DiscordStandIn;
let dc: DiscordHandle;
let nextId = 900_000_000_000_000_000n;
let messageId = 1;

beforeAll(async () => {
  fx = corpusFixture();
  tgApi = await TelegramStandIn.start({ token: TG_TOKEN, botInfo: TG_BOT });
  tgApi.answer('getChatMember', (p) => ({ status: p.user_id === TG_ADMIN.id ? 'administrator' : 'member', user: p.user_id === TG_ADMIN.id ? TG_ADMIN : TG_MEMBER }));
  tg = await startTelegramBot({ token: TG_TOKEN, apiRoot: tgApi.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
  gw = await DiscordStandIn.start();
  dc = await startDiscordBot({ token: DC_TOKEN, apiRoot: gw.api, service: fx.service, registry: fx.registry, logger: silentLogger });
});

afterAll(async () => {
  await tg?.stop();
  await dc?.stop();
  await tgApi?.close();
  await gw?.close();
  fx?.close();
});

afterEach(() => {
  vi.useRealTimers();
  for (const s of fx.subscriptions.list()) fx.subscriptions.remove(s.platform, s.channelId, s.threadId);
});

/** Only the clock and timers: sockets, immediates and microtasks stay real, so the stand-ins keep answering. */
function fakeClock(now: string): void {
  vi.useFakeTimers({ now: new Date(now), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

/** What main.ts hands its background tasks, with only the given bots running. */
function appContext(bots: AppContext['bots']): AppContext {
  return {
    config: { ...loadConfig({}), db: fx.dbPath },
    service: fx.service,
    registry: fx.registry,
    logger: silentLogger,
    bots,
    services: { subscriptions: fx.subscriptions, feeds: fx.feeds, summariser: null },
    console: null,
  };
}

function tgCommand(text: string, chat: Record<string, unknown>, from: Record<string, unknown>, topic?: number) {
  const length = text.split(' ')[0]?.length ?? 0;
  return {
    message: {
      message_id: messageId++,
      date: 1_714_543_000,
      chat,
      from,
      text,
      entities: [{ type: 'bot_command', offset: 0, length }],
      ...(topic === undefined ? {} : { message_thread_id: topic, is_topic_message: true }),
    },
  };
}

/** A slash command in a server channel, as the gateway delivers it (member with these permissions). */
function guildSlash(name: string, options: unknown[], permissions: string) {
  const id = String(++nextId);
  return {
    id,
    application_id: APP_ID,
    type: 2,
    data: { id: '600000000000000001', name, type: 1, options },
    guild_id: GUILD,
    channel: { id: CHANNEL, type: 0, guild_id: GUILD, name: 'briefing' },
    channel_id: CHANNEL,
    member: { user: DC_USER, roles: [], permissions, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false },
    token: `tok-${id}`,
    version: 1,
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

async function discordCommand(payload: { id: string; token: string }) {
  const from = gw.calls.length;
  gw.dispatch('INTERACTION_CREATE', payload);
  const [call] = await gw.waitFor(payload.token, 1, from);
  return call?.body as { type: number; data: { content: string; flags?: number; embeds: { description?: string }[]; allowed_mentions: unknown } };
}

describe('digests through the bots', () => {
  it('Telegram: an admin subscribes a forum topic; at 06:00 the digest arrives in that topic as HTML', async () => {
    fakeClock('2024-05-01T05:58:00Z');
    let from = tgApi.calls.length;
    tgApi.push(tgCommand('/subscribe 06:00 UTC refugees', FORUM, TG_ADMIN, TOPIC));
    const [confirm] = await tgApi.waitFor('sendMessage', 1, from);
    expect(tgApi.calls.slice(from).find((c) => c.method === 'getChatMember')?.payload).toEqual({ chat_id: FORUM.id, user_id: TG_ADMIN.id });
    expect(confirm?.payload).toMatchObject({ chat_id: FORUM.id, message_thread_id: TOPIC, parse_mode: 'HTML' });
    expect(String(confirm?.payload.text)).toMatch(/^<b>Subscribed: this thread gets a daily digest of new statements\.<\/b>\n\nTime: every day at 06:00 \(UTC\); next: today at 06:00\nThemes: Refugees &amp; migration\n/);
    const id = `telegram:${FORUM.id}:${TOPIC}`;
    expect(fx.subscriptions.get(id)).toMatchObject({ time: '06:00', timeZone: 'UTC', themes: ['refugees'], lastSlot: null });

    ingestText(fx.service, ARTICLE, '2024-05-01');
    const stop = await digestSchedulerTask(appContext({ telegram: tg }));
    from = tgApi.calls.length;
    await vi.advanceTimersByTimeAsync(90_000); // 05:58 → 05:59:30: not yet
    expect(tgApi.calls.slice(from).filter((c) => c.method === 'sendMessage')).toEqual([]);
    // Just past 06:00: the delivery's own timers (30 s confirmation timeout) must not come due while the
    // stand-in answers in real time.
    await vi.advanceTimersByTimeAsync(31_000); // 06:00:01
    const [digest] = await tgApi.waitFor('sendMessage', 1, from);
    await stop(); // waits for the delivery to be recorded
    expect(digest?.payload).toMatchObject({ chat_id: String(FORUM.id), message_thread_id: TOPIC, parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    const html = String(digest?.payload.text);
    expect(html.split('\n').slice(0, 4)).toEqual([
      '<b>Digest 2024-05-01 05:58 → 2024-05-01 06:00 (UTC)',
      '2 statements from 1 speaker in 1 group</b>',
      '',
      '<b>Refugees &amp; migration — 2 statements (Sergey Lavrov)</b>',
    ]);
    expect(html).toContain('Lavrov also said: “We see thousands of refugees and migrants waiting at the border crossing”.');
    expect(html).toMatch(/\n• <b>Sergey Lavrov<\/b> \(TASS, 2024-05-01\): “We see thousands of refugees and migrants waiting at the border crossing” <a href="https:\/\/tass\.example\/[^"]+">source<\/a>(\n|$)/);
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(fx.subscriptions.get(id)).toMatchObject({ lastSlot: '2024-05-01' });
    expect(fx.subscriptions.findRun(id, '2024-05-01')?.status).toBe('delivered');
  });

  it('Discord: a member with Manage Channels subscribes; the digest is posted with the run’s key as an enforced nonce', async () => {
    fakeClock('2024-05-02T05:58:00Z');
    const reply = await discordCommand(guildSlash('subscribe', [{ name: 'time', type: 3, value: '06:00' }, { name: 'timezone', type: 3, value: 'UTC' }], MANAGE_CHANNELS));
    expect(reply.type).toBe(4);
    expect(reply.data.content).toBe('**Subscribed: this chat gets a daily digest of new statements.**\n*Preview the next digest with /digest; stop it with /unsubscribe.*');
    expect(reply.data.flags).toBeUndefined(); // the channel sees it
    const id = `discord:${CHANNEL}`;
    expect(fx.subscriptions.get(id)).toMatchObject({ time: '06:00', timeZone: 'UTC', themes: [], lastSlot: null });

    ingestText(fx.service, ARTICLE.replace('refugees was', 'refugees, some 3,000 people, was').replace('May 1', 'May 2'), '2024-05-02');
    const stop = await digestSchedulerTask(appContext({ discord: dc }));
    const from = gw.calls.length;
    await vi.advanceTimersByTimeAsync(121_000); // 05:58 → 06:00:01
    const [post] = await gw.waitFor(`/channels/${CHANNEL}/messages`, 1, from);
    await stop();
    const run = fx.subscriptions.findRun(id, '2024-05-02');
    expect(run?.status).toBe('delivered');
    expect(post?.method).toBe('POST');
    expect(post?.body).toEqual({
      content: run?.parts[0],
      allowed_mentions: { parse: [] },
      nonce: idempotencyKey(run as NonNullable<typeof run>, 0),
      enforce_nonce: true,
    });
    const content = String((post?.body as { content: string }).content);
    expect(content.split('\n').slice(0, 4)).toEqual([
      '**Digest 2024\\-05\\-02 05:58 → 2024\\-05\\-02 06:00 \\(UTC\\)',
      '1 statement from 1 speaker in 1 group**',
      '',
      '**Refugees & migration — 1 statement \\(Sergey Lavrov\\)**',
    ]);
    expect(content).toMatch(/\[source\]\(<https:\/\/tass\.example\/[^>]+>\)$/); // links do not unfurl
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(gw.messages.filter((m) => m.channelId === CHANNEL)).toHaveLength(1);

    // A retry of the same part (after a lost confirmation) carries the same nonce: Discord posts nothing new.
    await dc.sendMessage(CHANNEL, String(run?.parts[0]), { nonce: idempotencyKey(run as NonNullable<typeof run>, 0) });
    expect(gw.messages.filter((m) => m.channelId === CHANNEL)).toHaveLength(1);
  });

  it('Telegram: a group member who is not an administrator is refused politely; nothing is stored', async () => {
    const from = tgApi.calls.length;
    tgApi.push(tgCommand('/subscribe 07:00 UTC', FORUM, TG_MEMBER, TOPIC));
    const [refusal] = await tgApi.waitFor('sendMessage', 1, from);
    expect(tgApi.calls.slice(from).find((c) => c.method === 'getChatMember')?.payload).toEqual({ chat_id: FORUM.id, user_id: TG_MEMBER.id });
    expect(refusal?.payload).toEqual({
      chat_id: FORUM.id,
      message_thread_id: TOPIC,
      text: '<b>Sorry, only chat administrators can use /subscribe here.</b>\n\nEveryone can use /quote, /summary, /themes, /digest and /sources to read.',
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(fx.subscriptions.find('telegram', String(FORUM.id), String(TOPIC))).toBeNull();

    // The same member may read, and may not add feeds.
    const before = tgApi.calls.length;
    tgApi.push(tgCommand('/sources add https://feeds.example/rss', FORUM, TG_MEMBER, TOPIC));
    const [feeds] = await tgApi.waitFor('sendMessage', 1, before);
    expect(String(feeds?.payload.text)).toMatch(/^<b>Sorry, only chat administrators can add feeds here\.<\/b>/);
    expect(fx.feeds.list()).toEqual([]);
  });

  it('Telegram: in a private chat the user is the admin (no getChatMember call)', async () => {
    const from = tgApi.calls.length;
    tgApi.push(tgCommand('/unsubscribe', { id: TG_MEMBER.id, type: 'private', first_name: 'Ben' }, TG_MEMBER));
    const [answer] = await tgApi.waitFor('sendMessage', 1, from);
    expect(String(answer?.payload.text)).toMatch(/^<b>This chat has no digest subscription\.<\/b>/);
    expect(tgApi.calls.slice(from).some((c) => c.method === 'getChatMember')).toBe(false);
  });

  it('Discord: a member without Manage Channels gets an ephemeral refusal; nothing is stored', async () => {
    const reply = await discordCommand(guildSlash('subscribe', [{ name: 'time', type: 3, value: '07:00' }], '0'));
    expect(reply).toMatchObject({
      type: 4,
      data: {
        content: '**Sorry, only members with the Manage Channels permission can use /subscribe here.**',
        flags: 64,
        embeds: [{ description: 'Everyone can use /quote, /summary, /themes, /digest and /sources to read.' }],
        allowed_mentions: { parse: [] },
      },
    });
    expect(fx.subscriptions.find('discord', CHANNEL)).toBeNull();
  });
});
