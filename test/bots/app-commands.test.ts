// The digest's and the feeds' commands through the command registry main.ts builds (no platform): /summary,
// /themes, /sources list/add/remove, /subscribe, /digest, /unsubscribe, and who may change what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { discordCommands } from '../../src/bots/discord/definitions.ts';
import { telegramCommands } from '../../src/bots/telegram/bot.ts';
import type { Reply } from '../../src/bots/render.ts';
import { ingestText } from '../digest/helpers.ts';
import { contextFor, corpusFixture, type Fixture } from './fixture.ts';

let fx: Fixture;
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => fx?.close());

/** Runs a command as a text platform would parse it. */
function text(line: string, ctx: CommandContext = contextFor(fx)): Promise<Reply> {
  const [, name = '', rest = ''] = /^\/(\w+)\s*([\s\S]*)$/.exec(line) ?? [];
  const def = fx.registry.get(name);
  return fx.registry.run(name, def ? parseTextInput(def, rest) : { text: rest, options: {}, offset: 0 }, ctx);
}

const lines = (r: Reply) => r.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...(s.lines ?? [])]);

describe('/summary', () => {
  it('/summary refugees summarises in sentences that name the speakers, then quotes them', async () => {
    const r = await text('/summary refugees');
    expect(r.title).toBe('Summary: refugees');
    const summary = r.sections[0]?.lines?.[0] ?? '';
    expect(summary).toMatch(/^Lavrov (called|said|stated|warned)/);
    expect(summary.split(/(?<=[.”])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(3);
    expect(r.sections[1]?.heading).toBe('Key quotes');
    expect(r.sections[1]?.items?.map((i) => i.speaker)).toContain('Sergey Lavrov');
    expect(r.sections[1]?.items?.[0]?.sources[0]?.outlet).toBeTruthy();
  });

  it('counts days back from now and says so when nothing matches', async () => {
    // The test clock says 2021-10-10: the last 7 days hold the 2021-10-08 statements, the last day none.
    expect((await text('/summary Afghanistan 7')).title).toBe('Summary: Afghanistan (last 7 days)');
    expect((await text('/summary Afghanistan 1')).title).toBe('Nothing was said about “Afghanistan” (last 1 day).');
  });

  it('uses the endpoint summariser when one is configured', async () => {
    const withLlm = corpusFixture({ summariser: { summarise: async (s) => `LLM: ${s.length} statements.` } });
    try {
      const r = await withLlm.registry.run('summary', { text: 'refugees', options: {}, offset: 0 }, contextFor(withLlm));
      expect(r.sections[0]?.lines?.[0]).toMatch(/^LLM: \d+ statements\.$/);
    } finally {
      withLlm.close();
    }
  });
});

describe('/themes', () => {
  it('lists every theme of the taxonomy with its statement count', async () => {
    const r = await text('/themes');
    expect(r.title).toMatch(/^Themes \(\d+\) across \d+ statements$/);
    const all = r.sections[0]?.lines ?? [];
    expect(all.find((l) => l.startsWith('Refugees & migration (refugees): '))).toMatch(/: [1-9]\d* statements?$/);
    expect(all.at(-1)).toMatch(/^No theme: \d+ statements?$/);
  });
});

describe('/sources', () => {
  it('lists feeds and outlets, adds (admins), refuses duplicates and bad URLs, removes (admins)', async () => {
    const empty = await text('/sources');
    expect(lines(empty)).toEqual(expect.arrayContaining(['Feeds (0)', 'No feeds followed yet.', 'TASS: 2 documents']));

    const added = await text('/sources add https://tass.example/rss.xml?utm_source=chat#top TASS English');
    expect(added.title).toBe('Following #1 TASS English.');
    expect(added.sections[0]?.lines?.[0]).toBe('https://tass.example/rss.xml');
    expect(added.ephemeral).toBe(false);
    expect((await text('/sources add https://tass.example/rss.xml')).title).toBe('Already following #1 TASS English.');
    expect((await text('/sources add ftp://tass.example/rss.xml')).title).toMatch(/^Cannot follow that: only http and https URLs/);

    // Discord passes options instead of text.
    const viaOptions = await fx.registry.run('sources', { text: '', options: { add: 'https://mid.example/feed.atom', name: 'MID' }, offset: 0 }, contextFor(fx, 'discord', 5, { admin: true }));
    expect(viaOptions.title).toBe('Following #2 MID.');

    const listed = lines(await text('/sources list'));
    expect(listed).toContain('Feeds (2)');
    expect(listed).toContain('#1  TASS English — https://tass.example/rss.xml');
    expect(listed.some((l) => l.includes('not checked yet'))).toBe(true);

    expect((await text('/sources remove 1')).title).toBe('Stopped following #1 TASS English.');
    expect((await text('/sources remove #1')).title).toBe('There is no feed #1.');
    expect(fx.feeds.list().map((f) => f.name)).toEqual(['MID']);
    expect((await text('/sources frobnicate')).sections[0]?.lines).toContain('Usage: /sources [add URL [name] | remove ID]');
  });

  it('lets members list but not change the feeds, with a polite refusal per platform', async () => {
    const member = contextFor(fx, 'telegram', 5, { admin: false });
    expect((await text('/sources', member)).title).toBe('Sources');
    const refused = await text('/sources add https://evil.example/rss', member);
    expect(refused.title).toBe('Sorry, only chat administrators can add feeds here.');
    expect(refused.ephemeral).toBe(true);
    const discordMember = contextFor(fx, 'discord', 5, { admin: false });
    expect((await fx.registry.run('sources', { text: '', options: { remove: 2 }, offset: 0 }, discordMember)).title).toBe(
      'Sorry, only members with the Manage Channels permission can remove feeds here.',
    );
    expect(fx.feeds.list().some((f) => f.url.includes('evil'))).toBe(false);
  });
});

describe('/subscribe, /digest, /unsubscribe', () => {
  it('previews the last 24 hours before there is a subscription', async () => {
    const r = await text('/digest', contextFor(fx, 'telegram', 5, { chatId: 'preview' }));
    expect(r.title).toBe('Digest preview: statements added in the last 24 hours');
    expect(r.sections[0]?.lines?.[1]).toMatch(/^\d+ statements from \d+ speakers in \d+ groups$/);
    expect(r.sections[1]?.heading).toMatch(/^.+ — \d+ statements?$/);
    expect(r.sections[1]?.items?.length).toBeGreaterThan(0);
    expect(r.footer).toMatch(/^(…and \d+ more groups? in the digest\. )?This chat has no subscription: \/subscribe/);
  });

  it('subscribes a forum topic, previews only what is new for it, and unsubscribes', async () => {
    const admin = contextFor(fx, 'telegram', 5, { chatId: '-100200', threadId: '77', admin: true });
    const r = await text('/subscribe 07:30 Europe/Berlin refugees Lavrov say', admin);
    expect(r.title).toBe('Subscribed: this thread gets a daily digest of new statements.');
    expect(r.sections[0]?.lines).toEqual([
      'Time: every day at 07:30 (Europe/Berlin); next: tomorrow at 07:30',
      'Themes: Refugees & migration',
      'Speakers: Lavrov',
      'Nothing new: a short “Nothing new” message',
      'Chart: none (add one with /subscribe chart)',
      'The digest covers statements added from now on.',
    ]);
    const stored = fx.subscriptions.find('telegram', '-100200', '77');
    expect(stored).toMatchObject({ id: 'telegram:-100200:77', time: '07:30', timeZone: 'Europe/Berlin', themes: ['refugees'], speakers: ['Lavrov'], whenEmpty: 'say' });

    expect((await text('/digest', admin)).sections[0]?.lines?.[0]).toMatch(/^Nothing new since /);
    ingestText(fx.service, 'MOSCOW, November 2. /TASS/. "We see thousands of refugees waiting at the Tajik border," Russian Foreign Minister Sergey Lavrov said.');
    const preview = await text('/digest', admin);
    expect(preview.title).toBe('Next digest for this thread (preview)');
    expect(preview.sections[1]?.heading).toBe('Refugees & migration — 1 statement');
    expect(preview.sections[1]?.items?.[0]?.quote).toContain('thousands of refugees');
    expect(fx.subscriptions.get('telegram:-100200:77')?.cursor).toBe(stored?.cursor); // a preview moves nothing

    const updated = await text('/subscribe 09:00', admin);
    expect(updated.title).toBe('Digest subscription of this thread updated.');
    expect(updated.sections[0]?.lines?.[1]).toBe('Themes: Refugees & migration'); // omitted settings are kept

    expect((await text('/unsubscribe', admin)).title).toBe('Unsubscribed: no more digests for this thread.');
    expect((await text('/unsubscribe', admin)).title).toBe('This thread has no digest subscription.');
  });

  it('lists every problem of a bad /subscribe with the usage', async () => {
    const r = await text('/subscribe 25:00 Mars/Base');
    expect(r.title).toBe('Could not subscribe the console.');
    expect(r.sections[0]?.lines?.slice(0, 2)).toEqual([
      '"25:00" is not a time: use HH:MM, 24-hour, e.g. 07:30',
      '"Mars/Base" is not a time zone: use a name like Europe/Berlin or UTC',
    ]);
    expect(fx.subscriptions.find('console', 'test')).toBeNull();
  });

  it('folds Discord options into the same settings', async () => {
    const ctx = contextFor(fx, 'discord', 5, { chatId: '555', admin: true });
    const r = await fx.registry.run(
      'subscribe',
      { text: '', options: { time: '6:05', timezone: 'Asia/Tashkent', themes: 'terrorism, regional-blocs', speakers: 'Yuri Kokov, Lavrov', when_empty: 'skip' }, offset: 0 },
      ctx,
    );
    expect(r.title).toBe('Subscribed: this chat gets a daily digest of new statements.');
    expect(fx.subscriptions.find('discord', '555')).toMatchObject({
      time: '06:05',
      timeZone: 'Asia/Tashkent',
      themes: ['terrorism', 'regional-blocs'],
      speakers: ['Yuri Kokov', 'Lavrov'],
      whenEmpty: 'skip',
    });
    const bad = await fx.registry.run('subscribe', { text: '', options: { when_empty: 'sometimes' }, offset: 0 }, ctx);
    expect(bad.title).toBe('when_empty must be one of skip, say.');
  });

  it('refuses members who do not administer the chat, before anything changes', async () => {
    const telegramMember = contextFor(fx, 'telegram', 5, { chatId: '-100300', admin: false });
    const refusal = await text('/subscribe 07:00 UTC', telegramMember);
    expect(refusal).toEqual({
      title: 'Sorry, only chat administrators can use /subscribe here.',
      sections: [{ lines: ['Everyone can use /quote, /summary, /themes, /digest and /sources to read.'] }],
      ephemeral: true,
    });
    const discordMember = contextFor(fx, 'discord', 5, { chatId: '666', admin: false });
    expect((await text('/subscribe', discordMember)).title).toBe('Sorry, only members with the Manage Channels permission can use /subscribe here.');
    expect((await text('/unsubscribe', discordMember)).title).toBe('Sorry, only members with the Manage Channels permission can use /unsubscribe here.');
    // No isAdmin at all (an adapter that cannot tell) is a refusal too.
    const { isAdmin: _ignored, ...unknown } = contextFor(fx, 'discord', 5, { chatId: '666' });
    expect((await text('/subscribe', unknown)).title).toMatch(/^Sorry, only/);
    expect(fx.subscriptions.find('telegram', '-100300')).toBeNull();
    expect(fx.subscriptions.find('discord', '666')).toBeNull();
    // Reading stays open to everyone.
    expect((await text('/digest', discordMember)).title).toBe('Digest preview: statements added in the last 24 hours');
  });
});

describe('published command lists', () => {
  it('Discord hides the subscription commands from members without Manage Channels and offers choices', () => {
    const defs = discordCommands(fx.registry);
    expect(defs.map((d) => d.name)).toEqual(['quote', 'speakers', 'summary', 'themes', 'digest', 'subscribe', 'unsubscribe', 'sources', 'trend', 'help']);
    const byName = new Map(defs.map((d) => [d.name, d]));
    expect(byName.get('subscribe')?.default_member_permissions).toBe('16');
    expect(byName.get('unsubscribe')?.default_member_permissions).toBe('16');
    expect(byName.get('sources')?.default_member_permissions).toBeUndefined(); // listing is for everyone; add/remove are checked
    expect(byName.get('digest')?.default_member_permissions).toBeUndefined();
    expect(byName.get('sources')?.options?.find((o) => o.name === 'add')).toMatchObject({ type: 3, max_length: 2000 }); // feed URLs are long
    expect(byName.get('subscribe')?.options?.find((o) => o.name === 'when_empty')).toEqual({
      name: 'when_empty',
      description: 'When nothing is new: skip (default, post nothing) or say so',
      required: false,
      type: 3,
      choices: [
        { name: 'skip', value: 'skip' },
        { name: 'say', value: 'say' },
      ],
    });
  });

  it('Telegram shows group members only the commands they may use', () => {
    expect(telegramCommands(fx.registry).map((c) => c.command)).toContain('subscribe');
    expect(telegramCommands(fx.registry, true).map((c) => c.command)).toEqual(['quote', 'speakers', 'summary', 'themes', 'digest', 'sources', 'trend', 'help']);
  });
});
