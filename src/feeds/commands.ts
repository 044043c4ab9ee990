// `/sources` in the bots: the followed feeds with their status (anyone), `add URL [name]` and `remove ID`
// (chat admins only). A thin layer over FeedService; the feeds' own wording (formatFeedList) is reused.
import { adminRefusal, isChatAdmin, type CommandContext, type CommandDef, type CommandInput } from '../bots/commands.ts';
import { CommandInputError } from '../bots/errors.ts';
import { optInt, optString } from '../bots/handlers.ts';
import { notice, type Reply, type Section } from '../bots/render.ts';
import { FeedError } from './errors.ts';
import type { FeedSource } from './feed-store.ts';
import { formatFeedList } from './format.ts';
import type { FeedService } from './service.ts';

const USAGE = '/sources [add URL [name] | remove ID]';
const OUTLETS_SHOWN = 15;

type Action = { readonly kind: 'list' } | { readonly kind: 'add'; readonly url: string; readonly name: string | null } | { readonly kind: 'remove'; readonly id: number };

/** Discord fills the add/name/remove options; text platforms write "add URL [name]" or "remove ID". */
function actionOf(input: CommandInput): Action {
  const add = optString(input, 'add');
  const remove = optInt(input, 'remove');
  if (add && remove !== undefined) throw new CommandInputError('sources', 'Use either add or remove, not both.');
  if (add) return { kind: 'add', url: add, name: optString(input, 'name') ?? null };
  if (remove !== undefined) return { kind: 'remove', id: remove };
  const text = input.text.trim();
  if (text === '' || /^list$/i.test(text)) return { kind: 'list' };
  const m = /^add\s+(\S+)(?:\s+([\s\S]+))?$/i.exec(text);
  if (m) return { kind: 'add', url: m[1] ?? '', name: m[2]?.trim() || null };
  const r = /^(?:remove|rm|delete)\s+#?(\d{1,9})$/i.exec(text);
  if (r) return { kind: 'remove', id: Number(r[1]) };
  throw new CommandInputError('sources', `“${text}” is not a /sources action: list, add URL [name] or remove ID.`);
}

const feedName = (f: FeedSource) => f.name ?? f.title ?? f.url;

function list(feeds: FeedService, ctx: CommandContext): Reply {
  const followed = feeds.list();
  const { outlets, documents } = ctx.service.stats();
  const sections: Section[] = [
    {
      heading: `Feeds (${followed.length})`,
      lines: followed.length > 0 ? formatFeedList(followed).split('\n') : ['No feeds followed yet.'],
    },
  ];
  if (outlets.length > 0) {
    const shown = outlets.slice(0, OUTLETS_SHOWN).map((o) => `${o.outlet}: ${o.documents} document${o.documents === 1 ? '' : 's'}`);
    if (outlets.length > shown.length) shown.push(`…and ${outlets.length - shown.length} more`);
    sections.push({ heading: `Outlets in the database (${documents} documents)`, lines: shown });
  }
  return {
    title: 'Sources',
    sections,
    footer: 'Chat admins: /sources add URL [name] follows an RSS/Atom feed, /sources remove ID stops following one.',
  };
}

export function sourcesCommand(feeds: () => FeedService): CommandDef {
  return {
    name: 'sources',
    description: 'The feeds and outlets Briefdesk reads; admins add or remove feeds',
    usage: USAGE,
    examples: ['/sources add https://tass.com/rss/v2.xml TASS', '/sources remove 3'],
    options: [
      { name: 'add', description: 'Follow this RSS/Atom feed URL (chat admins)', type: 'string', maxLength: 2000 },
      { name: 'name', description: 'Name for the feed you add, e.g. TASS', type: 'string' },
      { name: 'remove', description: 'Stop following the feed with this number (chat admins)', type: 'integer', min: 1 },
    ],
    async run(input, ctx) {
      const action = actionOf(input);
      if (action.kind === 'list') return list(feeds(), ctx);
      if (!(await isChatAdmin(ctx))) return adminRefusal(ctx, `${action.kind} feeds`);
      if (action.kind === 'remove') {
        const feed = feeds().get(action.id);
        if (!feed || !feeds().remove(action.id)) return notice(`There is no feed #${action.id}.`, ['/sources lists the feeds with their numbers.']);
        return notice(`Stopped following #${feed.id} ${feedName(feed)}.`, ['Statements it already brought in stay searchable.'], false);
      }
      let added;
      try {
        added = feeds().add(action.url, { name: action.name });
      } catch (err) {
        if (err instanceof FeedError && err.kind === 'invalid-url') throw new CommandInputError('sources', `Cannot follow that: ${err.message}.`);
        throw err;
      }
      const { feed, created } = added;
      return created
        ? notice(`Following #${feed.id} ${feedName(feed)}.`, [feed.url, 'New articles are fetched at the next polling round; /sources shows how it went.'], false)
        : notice(`Already following #${feed.id} ${feedName(feed)}.`, [feed.url], false);
    },
  };
}
