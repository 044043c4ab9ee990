// Subscriptions: validation lists every problem, omitted settings keep their value, new subscriptions start
// at the newest statement, free-text arguments parse, /digest previews without moving the cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SubscriptionInputError,
  parseSubscribeText,
  previewDigest,
  subscribe,
  unsubscribe,
} from '../../src/digest/index.ts';
import { makeFixture, removeFixtures, type Fixture } from './helpers.ts';

let fx: Fixture;
beforeAll(() => {
  fx = makeFixture();
});
afterAll(() => {
  fx.close();
  removeFixtures();
});

describe('subscribe', () => {
  it('stores defaults, starts at the newest statement and, after its time, first fires tomorrow', () => {
    const now = new Date('2024-05-01T10:00:00Z');
    const s = subscribe({ subscriptions: fx.subscriptions, now }, { platform: 'discord', channelId: 'c1' });
    expect(s).toMatchObject({
      id: 'discord:c1',
      threadId: null,
      time: '08:00',
      timeZone: 'UTC',
      themes: [],
      speakers: [],
      whenEmpty: 'skip',
      cursor: fx.subscriptions.latestStatementSeq(),
      lastSlot: '2024-05-01',
    });
    expect(s.cursor).toBeGreaterThan(40);
    const early = subscribe({ subscriptions: fx.subscriptions, now }, { platform: 'discord', channelId: 'c2', time: '7:30', timeZone: 'America/Los_Angeles' });
    expect(early).toMatchObject({ time: '07:30', lastSlot: null }); // 03:00 in Los Angeles: today's digest is still to come
  });

  it('updates settings, keeps the cursor and what was not given, and canonicalises theme names', () => {
    const now = new Date('2024-05-01T10:00:00Z');
    const first = subscribe({ subscriptions: fx.subscriptions, now }, { platform: 'telegram', channelId: '-100', threadId: '7', themes: ['Refugees & migration'], speakers: ['Lavrov'] });
    fx.subscriptions.advanceCursor(first.id, 3, now); // never moves back
    const again = subscribe({ subscriptions: fx.subscriptions, now }, { platform: 'telegram', channelId: '-100', threadId: '7', time: '18:15', whenEmpty: 'say' });
    expect(again).toMatchObject({ id: 'telegram:-100:7', time: '18:15', themes: ['refugees'], speakers: ['Lavrov'], whenEmpty: 'say', cursor: first.cursor });
    expect(fx.subscriptions.find('telegram', '-100')).toBeNull();
    expect(fx.subscriptions.find('telegram', '-100', '7')?.id).toBe('telegram:-100:7');
  });

  it('lists every problem at once', () => {
    try {
      subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'c3', time: '25:00', timeZone: 'Mars/Olympus', themes: ['gardening'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SubscriptionInputError);
      const problems = (error as SubscriptionInputError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/25:00.*\n.*Mars\/Olympus.*\n.*gardening.*known: military-presence/s);
    }
    expect(() => subscribe({ subscriptions: fx.subscriptions }, { platform: '', channelId: '' })).toThrow(SubscriptionInputError);
    expect(fx.subscriptions.find('discord', 'c3')).toBeNull();
  });

  it('unsubscribes, and says whether there was anything to remove', () => {
    subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'gone' });
    expect(unsubscribe(fx.subscriptions, { platform: 'discord', channelId: 'gone' })).toBe(true);
    expect(unsubscribe(fx.subscriptions, { platform: 'discord', channelId: 'gone' })).toBe(false);
  });
});

describe('parseSubscribeText', () => {
  it('reads times, zones, themes, quoted names and flags in any order', () => {
    expect(parseSubscribeText('07:30 Europe/Berlin refugees,terrorism Lavrov "Yuri Kokov" say')).toEqual({
      time: '07:30',
      timeZone: 'Europe/Berlin',
      themes: ['refugees', 'terrorism'],
      speakers: ['Lavrov', 'Yuri Kokov'],
      whenEmpty: 'say',
    });
    expect(parseSubscribeText('tz:UTC themes:belarus-eu speakers:Putin,Peskov')).toEqual({
      timeZone: 'UTC',
      themes: ['belarus-eu'],
      speakers: ['Putin', 'Peskov'],
    });
    expect(parseSubscribeText('')).toEqual({});
    expect(parseSubscribeText('25:00 Lavrov')).toEqual({ time: '25:00', speakers: ['Lavrov'] }); // reported by subscribe()
  });
});

describe('previewDigest', () => {
  it('shows what the next digest holds without moving the cursor', () => {
    const s = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'preview', themes: ['belarus-eu'] });
    fx.subscriptions.advanceCursor(s.id, 0, new Date());
    const rewound = { ...s, cursor: 0 };
    const d = previewDigest({ store: fx.service }, rewound);
    expect(d.groups.map((g) => g.theme)).toEqual(['belarus-eu']);
    expect(previewDigest({ store: fx.service }, s).groups).toEqual([]); // the real cursor is at the newest statement
    expect(fx.subscriptions.get(s.id)?.cursor).toBe(s.cursor);
  });
});
