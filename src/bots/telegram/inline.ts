// Inline mode: "@bot Lavrov NATO" in any chat lists matching statements, 50 per page with next_offset.
// The search is the registry's /quote command, as you type: Telegram sends a query per keystroke, so the last
// word counts as unfinished ("Lavr" finds Lavrov, "NAT" finds NATO) unless a space follows it. This module only
// maps the command's Reply to inline results; bot.ts skips queries a newer one from the same user replaced.
import type { InlineQueryResultArticle, InlineQueryResultsButton } from 'grammy/types';
import type { CommandContext } from '../commands.ts';
import { rateLimitedLine } from '../rate-limit.ts';
import { actLabel, quoted, truncate, type QuoteItem } from '../render.ts';
import { inlineMessage } from './format.ts';

/** Telegram's maximum number of results per answer. */
export const INLINE_PAGE = 20;
/** Statements change only on ingest: let Telegram cache answers for five minutes. */
export const INLINE_CACHE_SECONDS = 300;
/** Empty answers are cached briefly so a just-ingested article shows up soon. */
export const INLINE_EMPTY_CACHE_SECONDS = 30;

export interface InlineAnswer {
  readonly results: InlineQueryResultArticle[];
  readonly options: {
    readonly cache_time: number;
    readonly next_offset: string;
    readonly is_personal: boolean;
    readonly button?: InlineQueryResultsButton;
  };
}

function article(item: QuoteItem): InlineQueryResultArticle {
  return {
    type: 'article',
    id: item.id.slice(0, 64),
    title: truncate(`${item.speaker} — ${item.date ?? 'date unknown'}${actLabel(item) ? ` · ${actLabel(item)}` : ''}`, 120),
    description: truncate(quoted(item), 240),
    input_message_content: { message_text: inlineMessage(item), parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

/** Answers one inline query; `offset` is the opaque string Telegram echoes back from next_offset. */
export async function answerInline(query: string, offset: string, ctx: CommandContext, pageSize = INLINE_PAGE): Promise<InlineAnswer> {
  const text = query.trim();
  const start = /^\d{1,6}$/.test(offset) ? Number(offset) : 0;
  if (text === '') {
    return {
      results: [],
      options: {
        cache_time: INLINE_CACHE_SECONDS,
        next_offset: '',
        is_personal: false,
        button: { text: 'Type a speaker and a topic, e.g. Lavrov NATO', start_parameter: 'help' },
      },
    };
  }
  const rate = ctx.registry.rateLimiter?.take(ctx.chat, 'inline');
  if (rate && !rate.allowed) {
    const button = { text: rateLimitedLine(rate.retryAfterMs), start_parameter: 'help' };
    return { results: [], options: { cache_time: 0, next_offset: '', is_personal: true, button } };
  }
  // As you type: the last word completes a speaker's name or matches words that start with it.
  const reply = await ctx.registry.runPage({ command: 'quote', text, offset: start, limit: Math.min(pageSize, INLINE_PAGE) }, { ...ctx, typing: !/\s$/.test(query) }, null);
  const items = reply.sections.flatMap((s) => s.items ?? []);
  if (items.length === 0) {
    return {
      results: [],
      options: {
        cache_time: INLINE_EMPTY_CACHE_SECONDS,
        next_offset: '',
        is_personal: false,
        ...(start === 0 ? { button: { text: truncate(`Nothing matches “${text}” — search tips`, 64), start_parameter: 'help' } } : {}),
      },
    };
  }
  return {
    results: items.map(article),
    options: {
      cache_time: INLINE_CACHE_SECONDS,
      next_offset: reply.page?.hasMore ? String(start + items.length) : '',
      is_personal: false,
    },
  };
}
