// The bot layer's own commands: /quote, /speakers, /help. Each calls the core service and returns a Reply;
// nothing here knows a platform. The digest's (/summary, /themes, /digest, /subscribe, /unsubscribe) and the
// feeds' (/sources) commands live with their modules and are added by main.ts (createAppRegistry).
import type { BriefingService } from '../core/index.ts';
import { CommandRegistry, type CommandDef, type CommandInput } from './commands.ts';
import { CommandInputError } from './errors.ts';
import { notice, quoteItems, type Section } from './render.ts';

export const QUERY_HELP = [
  'Query syntax: speaker names filter, other words search; "exact phrase";',
  'since:2021-10 until:2021-12-31 from:tass theme:refugees speaker:"Sergey Lavrov"',
];

/** The speaker's main role from the registry, for QuoteItems. */
export const roleOf = (service: BriefingService) => (name: string, date: string | null) => service.roleAt(name, date);

export function optString(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return v === undefined ? undefined : String(v).trim() || undefined;
}

export function optInt(input: CommandInput, name: string): number | undefined {
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
    const hits = ctx.service.quote(text, { limit: limit + 1, offset, typing: ctx.typing === true });
    const items = quoteItems(hits.slice(0, limit), offset + 1, roleOf(ctx.service));
    // how the query was read, or what in it was not understood (first page of a finished query only)
    const notes = offset === 0 && ctx.typing !== true ? ctx.service.queryNotes(text) : [];
    if (items.length === 0) {
      return offset > 0
        ? notice(`No more statements match “${text}”.`)
        : notice(`No statements match “${text}”.`, [...notes, 'Try fewer words, a speaker’s surname, or another spelling.', ...QUERY_HELP]);
    }
    const last = offset + items.length;
    return {
      title: `Statements for “${text}” (${offset + 1}–${last})`,
      sections: [{ items }],
      page: { command: 'quote', text, offset, limit, hasMore: hits.length > limit },
      ...(notes.length > 0 ? { footer: notes.join('\n') } : {}),
    };
  },
};

const SPEAKERS_PAGE = 25;

export const speakersCommand: CommandDef = {
  name: 'speakers',
  description: 'Who is quoted most, with roles',
  usage: '/speakers',
  options: [],
  run(input, ctx) {
    const all = ctx.service.speakers();
    if (all.length === 0) return notice('No speakers yet: the database holds no statements.');
    // pages of 25 (a /more or the More button turns them; the page size travels in the cursor)
    const size = input.offset > 0 ? Math.max(1, ctx.pageSize) : SPEAKERS_PAGE;
    const offset = Math.max(0, input.offset);
    const lines = all.slice(offset, offset + size).map((s) => `${s.label}: ${s.statements}`);
    if (lines.length === 0) return notice('No more speakers.');
    const rest = all.length - offset - lines.length;
    return {
      title: `Speakers (${all.length})${offset > 0 ? `, ${offset + 1}–${offset + lines.length}` : ''}`,
      sections: [{ lines }],
      page: { command: 'speakers', text: '', offset, limit: size, hasMore: rest > 0 },
      ...(rest > 0 ? { footer: `…and ${rest} more: /more shows the next ${Math.min(rest, size)}.` } : {}),
    };
  },
};

export const helpCommand: CommandDef = {
  name: 'help',
  description: 'How to use Briefdesk',
  usage: '/help',
  options: [],
  run(_input, ctx) {
    const commands = ctx.registry.list().map((d) => `${d.usage} — ${d.description}${d.adminOnly ? ' (chat admins)' : ''}`);
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

/**
 * The registry with this module's commands plus `extra` (added, or replacing a default by name); /help stays
 * last unless `extra` brings its own. main.ts passes the digest's and the feeds' commands.
 */
export function createDefaultRegistry(extra: readonly CommandDef[] = []): CommandRegistry {
  const ownHelp = extra.some((d) => d.name === helpCommand.name);
  return new CommandRegistry([quoteCommand, speakersCommand, ...extra, ...(ownHelp ? [] : [helpCommand])]);
}
