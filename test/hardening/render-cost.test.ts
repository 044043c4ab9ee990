// A statement can be huge (an unclosed quotation mark in a long page: here 275,000 characters). Cutting it to a
// platform's limit must cost what the limit allows, not what the statement holds: grapheme segmentation (slow,
// and superlinear on long strings) only ever sees a window the size of the limit. Before this was bounded, one
// /quote answer carrying such a statement took 150 s to render and froze the bot for everyone.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { renderText } from '../../src/bots/console/format.ts';
import { embedSize, LIMITS, renderDiscord } from '../../src/bots/discord/format.ts';
import { createDefaultRegistry } from '../../src/bots/handlers.ts';
import { truncate } from '../../src/bots/render.ts';
import { renderTelegram, TELEGRAM_MESSAGE_MAX } from '../../src/bots/telegram/format.ts';
import { answerInline } from '../../src/bots/telegram/inline.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { buildDigest } from '../../src/digest/build-digest.ts';
import { renderForPlatform } from '../../src/digest/task.ts';
import { cleanUp, freshService } from './helpers.ts';

const WORDS = Array.from({ length: 40_000 }, (_, i) => `word${i % 97}`).join(' ');
const registry = createDefaultRegistry();
let service: BriefingService;
let ctx: CommandContext;

beforeAll(() => {
  ({ service } = freshService());
  const doc = loadDocument({
    data: `MOSCOW, October 8. /TASS/. Russian Foreign Minister Sergey Lavrov spoke on Friday.\n\n“We ${WORDS} zanzibarian,” Lavrov said.`,
    path: 'long.txt',
  });
  expect(service.ingestDocument(doc).newStatements).toBeGreaterThan(0);
  ctx = { service, registry, chat: { platform: 'telegram', chatId: '1', userId: '2' }, pageSize: 5, now: () => new Date('2021-10-10T12:00:00Z') };
});

afterAll(() => {
  vi.restoreAllMocks();
  service.close();
  cleanUp();
});

/** Lengths of every string handed to Intl.Segmenter while `work` runs. */
async function segmented(work: () => unknown): Promise<number[]> {
  const lengths: number[] = [];
  const original = Intl.Segmenter.prototype.segment;
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
    lengths.push(input.length);
    return original.call(this, input);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return lengths;
}

describe('a 275,000-character statement', () => {
  it('is stored whole', () => {
    expect(service.quote('zanzibarian')[0]?.statement.text.length).toBeGreaterThan(250_000);
  });

  it('is cut for every platform within its limits, segmenting no more than the limit allows', async () => {
    const def = registry.get('quote');
    if (!def) throw new Error('no /quote');
    const lengths = await segmented(async () => {
      const reply = await registry.run('quote', parseTextInput(def, 'zanzibarian'), ctx);
      const telegram = renderTelegram(reply);
      expect(telegram.every((m) => m.length <= TELEGRAM_MESSAGE_MAX)).toBe(true);
      const discord = renderDiscord(reply);
      expect(discord.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.total);
      expect(renderText(reply)).toContain('zanzibarian'); // the console prints it whole
      const inline = await answerInline('zanzibarian', '', ctx, 5);
      expect(inline.results[0]?.description?.length).toBeLessThanOrEqual(240);
      const digest = buildDigest({ store: service, afterSeq: 0, themes: [], speakers: [], from: null, now: new Date('2021-10-10T12:00:00Z'), timeZone: 'UTC' });
      for (const platform of ['telegram', 'discord'] as const) expect(renderForPlatform(digest, { platform }).length).toBeGreaterThan(0);
    });
    // Plain text is cut without the segmenter at all (every code unit is a grapheme); what it segments stays small.
    expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(LIMITS.description + 1);
  });

  it('truncate gives the same cut as segmenting everything would', () => {
    const family = '👨‍👩‍👧';
    for (const text of [`${family.repeat(3000)}`, `${'é'.repeat(5000)}`, `a${'\u0301'.repeat(50)}${'b'.repeat(9000)}`, 'x'.repeat(100)]) {
      for (const max of [1, 2, 10, 99, 100, 4096]) {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        const whole = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
        if (cut !== text && cut !== '…' && cut !== '') expect(whole.join('').startsWith(cut.slice(0, -1))).toBe(true);
        // Never a broken grapheme: the kept part is a whole number of the text's graphemes.
        const kept = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
        let joined = '';
        for (const g of whole) {
          if (joined.length >= kept.length) break;
          joined += g;
        }
        expect(joined).toBe(kept);
      }
    }
  });
});
