// The commands of the bots issue: /quote, /summary (placeholder), /speakers, /themes (placeholder),
// /sources (placeholder), /help. Each calls the core service and returns a Reply; nothing here knows
// a platform. Later issues replace the placeholders by registering a command of the same name.
import type { BriefingService } from '../core/briefing-service.ts';
import { CommandRegistry, type CommandDef, type CommandInput } from './commands.ts';
import { CommandInputError } from './errors.ts';
import { notice, quoteItems, type QuoteItem, type Section } from './render.ts';

const QUERY_HELP = [
  'Query syntax: speaker names filter, other words search; "exact phrase";',
  'since:2021-10 until:2021-12-31 from:tass theme:refugees speaker:"Sergey Lavrov"',
];

const roleOf = (service: BriefingService) => (name: string) => service.registry.get(name)?.roles[0] ?? null;

function optString(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return v === undefined ? undefined : String(v).trim() || undefined;
}

function optInt(input: CommandInput, name: string): number | undefined {
  const v = input.options[name];
  return v === undefined ? undefined : Number(v);
}

/** Folds Discord's separate speaker/since options into the query text, the one form the core parses. */
export function foldQuery(text: string, speaker?: string, since?: string): string {
  const parts = [text.trim()];
  if (speaker) parts.push(`speaker:"${speaker.replace(/["“”]/g, '').trim()}"`);
  if (since) parts.push(`since:${since.replace(/\s+/g, '')}`);
  return parts.filter(Boolean).join(' ');
}

export const quoteCommand: CommandDef = {
  name: 'quote',
  description: 'Find attributed statements: speaker and/or topic, e.g. Lavrov NATO',
  usage: '/quote <speaker and/or topic>',
  examples: ['/quote Lavrov NATO', '/quote Zakharova sanctions since:2021-09'],
  options: [
    { name: 'query', description: 'Speaker and/or topic, e.g. Lavrov NATO', type: 'string', required: true, main: true },
    { name: 'speaker', description: 'Only statements by this speaker', type: 'string', autocomplete: 'speaker' },
    { name: 'since', description: 'Only statements from this date on (2021, 2021-10 or 2021-10-01)', type: 'string' },
    { name: 'limit', description: 'Results per page (1–10)', type: 'integer', min: 1, max: 10 },
  ],
  run(input, ctx) {
    const since = optString(input, 'since');
    if (since && ctx.service.parseQuery(`since:${since.replace(/\s+/g, '')}`).since === null) {
      throw new CommandInputError('quote', `“${since}” is not a date: use 2021, 2021-10 or 2021-10-01.`);
    }
    const text = foldQuery(input.text, optString(input, 'speaker'), since);
    const limit = optInt(input, 'limit') ?? ctx.pageSize;
    const offset = Math.max(0, input.offset);
    const hits = ctx.service.quote(text, { limit: limit + 1, offset });
    const items = quoteItems(hits.slice(0, limit), offset + 1, roleOf(ctx.service));
    if (items.length === 0) {
      return offset > 0
        ? notice(`No more statements match “${text}”.`)
        : notice(`No statements match “${text}”.`, ['Try fewer words, a speaker’s surname, or another spelling.', ...QUERY_HELP]);
    }
    const last = offset + items.length;
    return {
      title: `Statements for “${text}” (${offset + 1}–${last})`,
      sections: [{ items }],
      page: { command: 'quote', text, offset, limit, hasMore: hits.length > limit },
    };
  },
};

/** Placeholder until the summariser lands: the top statements on the topic, grouped by speaker. */
export const summaryCommand: CommandDef = {
  name: 'summary',
  description: 'What was said about a topic, by speaker',
  usage: '/summary <topic> [days]',
  examples: ['/summary refugees', '/summary Afghanistan 30'],
  slow: true,
  options: [
    { name: 'topic', description: 'The topic, e.g. refugees', type: 'string', required: true, main: true },
    { name: 'days', description: 'Only the last N days', type: 'integer', min: 1, max: 3650, trailing: true },
  ],
  run(input, ctx) {
    const days = optInt(input, 'days');
    const since = days === undefined ? null : new Date(ctx.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);
    const topic = input.text.trim();
    const hits = ctx.service.quote(since ? `${topic} since:${since}` : topic, { limit: 30 });
    const when = days === undefined ? '' : ` (last ${days} days)`;
    if (hits.length === 0) return notice(`Nothing was said about “${topic}”${when}.`, QUERY_HELP);
    const groups = new Map<string, QuoteItem[]>();
    for (const item of quoteItems(hits, 1, roleOf(ctx.service))) {
      const list = groups.get(item.speaker) ?? [];
      list.push(item);
      groups.set(item.speaker, list);
    }
    const sections: Section[] = [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 5)
      .map(([speaker, items]) => ({
        heading: `${speaker} (${items.length} statement${items.length === 1 ? '' : 's'})`,
        items: items.slice(0, 3),
      }));
    return { title: `Summary: ${topic}${when}`, sections, footer: `From the ${hits.length} most relevant statements.` };
  },
};

export const speakersCommand: CommandDef = {
  name: 'speakers',
  description: 'Who is quoted most, with roles',
  usage: '/speakers',
  options: [],
  run(_input, ctx) {
    const all = ctx.service.speakers();
    if (all.length === 0) return notice('No speakers yet: the database holds no statements.');
    const lines = all.slice(0, 25).map((s) => `${s.name}${s.roles[0] ? ` — ${s.roles[0]}` : ''}: ${s.statements}`);
    return {
      title: `Speakers (${all.length})`,
      sections: [{ lines }],
      ...(all.length > 25 ? { footer: `…and ${all.length - 25} more.` } : {}),
    };
  },
};

/** Placeholder until the themes issue replaces it. */
export const themesCommand: CommandDef = {
  name: 'themes',
  description: 'The themes statements are tagged with',
  usage: '/themes',
  options: [],
  run: () => notice('Themes are not configured yet.', ['Search by topic words instead, e.g. /quote refugees.'], false),
};

/** Placeholder until the feeds issue replaces it: the outlets already in the database. */
export const sourcesCommand: CommandDef = {
  name: 'sources',
  description: 'The outlets Briefdesk reads',
  usage: '/sources',
  options: [],
  run(_input, ctx) {
    const { outlets, documents } = ctx.service.stats();
    const lines = outlets.map((o) => `${o.outlet}: ${o.documents} document${o.documents === 1 ? '' : 's'}`);
    return {
      title: `Sources (${documents} documents)`,
      sections: [{ lines: lines.length > 0 ? lines : ['No outlets known yet.'] }],
      footer: 'Live feeds are not configured yet.',
    };
  },
};

export const helpCommand: CommandDef = {
  name: 'help',
  description: 'How to use Briefdesk',
  usage: '/help',
  options: [],
  run(_input, ctx) {
    const commands = ctx.registry.list().map((d) => `${d.usage} — ${d.description}`);
    const examples = ctx.registry.list().flatMap((d) => d.examples?.slice(0, 1) ?? []);
    const sections: Section[] = [
      { lines: commands },
      { heading: 'Examples', lines: examples },
      { heading: 'Searching', lines: QUERY_HELP },
    ];
    if (ctx.chat.platform === 'telegram') {
      sections.push({ heading: 'Inline', lines: [`In any chat, type @${ctx.botUsername ?? 'this_bot'} and a query, e.g. @${ctx.botUsername ?? 'this_bot'} Lavrov NATO`] });
    }
    return { title: 'Briefdesk finds who said what in the news.', sections, ephemeral: true };
  },
};

/** The registry with this issue's commands; main.ts adds the digest's and feeds' commands. */
export function createDefaultRegistry(extra: readonly CommandDef[] = []): CommandRegistry {
  return new CommandRegistry([quoteCommand, summaryCommand, speakersCommand, themesCommand, sourcesCommand, helpCommand, ...extra]);
}
