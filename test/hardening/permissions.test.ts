// Nobody but a chat admin changes what a chat receives: subscribe, unsubscribe and /sources add/remove refuse
// members on every path a request can take (text command, Discord options, a forged paging button), the
// check fails closed when the platform cannot answer, and a refusal changes nothing. (The adapters' own
// admin lookups — Telegram getChatMember, Discord Manage Channels — are covered by test/e2e/digest.e2e.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { contextFor, corpusFixture, type Fixture } from '../bots/fixture.ts';

let fx: Fixture;
const CHAT = '-100777';
let feedId = 0;

const admin = (platform: 'telegram' | 'discord' = 'telegram') => contextFor(fx, platform, 5, { chatId: CHAT, userId: '1', admin: true });
const member = (platform: 'telegram' | 'discord' = 'telegram') => contextFor(fx, platform, 5, { chatId: CHAT, userId: '2', admin: false });

async function text(line: string, ctx: CommandContext) {
  const [, name = '', rest = ''] = /^\/(\w+)\s*([\s\S]*)$/.exec(line) ?? [];
  const def = fx.registry.get(name);
  if (!def) throw new Error(`no /${name}`);
  return fx.registry.run(name, parseTextInput(def, rest), ctx);
}

/** What a refusal must leave untouched. */
function state() {
  return {
    telegram: fx.subscriptions.find('telegram', CHAT),
    discord: fx.subscriptions.find('discord', CHAT),
    feeds: fx.feeds.list().map((f) => [f.id, f.url, f.name]),
  };
}

beforeAll(async () => {
  fx = corpusFixture();
  // An admin set things up: a subscription on each platform and one followed feed.
  expect((await text('/subscribe 07:30 Europe/Berlin refugees', admin('telegram'))).title).toMatch(/^Subscribed/);
  expect((await text('/subscribe 09:00 UTC', admin('discord'))).title).toMatch(/^Subscribed/);
  expect((await text('/sources add https://tass.example/rss.xml TASS', admin())).title).toMatch(/Following/);
  feedId = fx.feeds.list()[0]?.id ?? 0;
  expect(feedId).toBeGreaterThan(0);
});
afterAll(() => fx?.close());

describe('members who do not administer the chat', () => {
  it.each(['telegram', 'discord'] as const)('cannot change subscriptions or feeds on %s, by text or by options', async (platform) => {
    const before = state();
    const attempts = [
      '/subscribe 00:00 UTC',
      '/subscribe',
      '/unsubscribe',
      '/sources add https://evil.example/feed.xml Evil',
      `/sources remove ${feedId}`,
    ];
    for (const line of attempts) expect((await text(line, member(platform))).title, line).toMatch(/^Sorry, only /);
    const viaOptions = [
      ['subscribe', { time: '00:00', timezone: 'UTC', when_empty: 'say' }],
      ['sources', { add: 'https://evil.example/feed.xml', name: 'Evil' }],
      ['sources', { remove: feedId }],
    ] as const;
    for (const [name, options] of viaOptions) {
      const reply = await fx.registry.run(name, { text: '', options, offset: 0 }, member(platform));
      expect(reply.title, `${name} ${JSON.stringify(options)}`).toMatch(/^Sorry, only /);
    }
    expect(state()).toEqual(before);
  });

  it('cannot reach an admin command through a forged paging button', async () => {
    const before = state();
    for (const command of ['subscribe', 'unsubscribe', 'sources']) {
      const reply = await fx.registry.runPage({ command, text: command === 'sources' ? `remove ${feedId}` : '00:00 UTC', offset: 0, limit: 5 }, member());
      expect(reply.title, command).toMatch(/^Sorry, only /);
    }
    expect(state()).toEqual(before);
  });

  it('are refused when the platform cannot say who is an admin (the check fails closed)', async () => {
    const before = state();
    const unreachable: CommandContext = { ...member(), isAdmin: () => Promise.reject(new Error('getChatMember: network down')) };
    await expect(text('/unsubscribe', unreachable)).rejects.toThrow('network down'); // the adapter apologises
    await expect(text(`/sources remove ${feedId}`, unreachable)).rejects.toThrow('network down');
    expect(state()).toEqual(before);
  });

  it('can still read: /quote, /digest preview, /sources list, /themes, /help', async () => {
    for (const line of ['/quote Lavrov NATO', '/digest', '/sources', '/themes', '/help']) {
      expect((await text(line, member('discord'))).title, line).not.toMatch(/^Sorry/);
    }
  });
});
