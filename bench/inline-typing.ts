// Telegram inline answers the way people produce them: typing. Each sampled query is typed one character at a
// time by its own user ("L", "La", "Lav", … "Lavrov NATO"), each keystroke an inline_query update answered through
// the real bot (grammY handleUpdate → answerInlineQuery on the loopback Bot API stand-in). Keystrokes are sent
// one after another, each answered before the next (no stale query is skipped), so every prefix costs a search
// unless the cache already holds it: the figure is answers per CPU-second of search, rendering and HTTP.
import { pino } from 'pino';
import type { BriefingService } from '../src/core/briefing-service.ts';
import { createDefaultRegistry } from '../src/bots/handlers.ts';
import { createTelegramBot } from '../src/bots/telegram/bot.ts';
import { BENCH_BOT, startTelegramStandIn } from './telegram-standin.ts';

export interface TypingResult {
  readonly queries: number;
  /** Keystrokes sent (inline queries), all answered. */
  readonly keystrokes: number;
  readonly answered: number;
  readonly perSec: number;
  readonly perCpuSec: number;
  readonly meanResults: number;
}

/** Types each query keystroke by keystroke (at most `limit` keystrokes in all). */
export async function measureTyping(service: BriefingService, queries: readonly string[], limit = 1500): Promise<TypingResult> {
  const standIn = await startTelegramStandIn();
  try {
    const bot = createTelegramBot({
      token: standIn.token,
      apiRoot: standIn.apiRoot,
      service,
      registry: createDefaultRegistry(),
      logger: pino({ level: 'silent' }),
      botInfo: BENCH_BOT as never,
    });
    const keystrokes: { user: number; query: string }[] = [];
    queries.forEach((q, user) => {
      for (let i = 1; i <= q.length && keystrokes.length < limit; i++) keystrokes.push({ user: 100 + user, query: q.slice(0, i) });
    });
    let update = 500_000;
    const send = (k: { user: number; query: string }) =>
      bot.handleUpdate({
        update_id: update++,
        inline_query: { id: `t${update}`, from: { id: k.user, is_bot: false, first_name: 'Typist' }, query: k.query, offset: '', chat_type: 'private' },
      });
    for (const k of keystrokes.slice(0, 10)) await send({ ...k, user: 1 }); // warm-up
    const before = standIn.answers.length;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const k of keystrokes) await send(k);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    const answers = standIn.answers.slice(before);
    return {
      queries: queries.length,
      keystrokes: keystrokes.length,
      answered: answers.length,
      perSec: Number((answers.length / seconds).toFixed(1)),
      perCpuSec: Number((answers.length / ((cpu.user + cpu.system) / 1e6)).toFixed(1)),
      meanResults: answers.length === 0 ? 0 : Number((answers.reduce((a, b) => a + b.results, 0) / answers.length).toFixed(2)),
    };
  } finally {
    await standIn.close();
  }
}
