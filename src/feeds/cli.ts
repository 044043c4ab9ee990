// `briefdesk feeds …`: add, list, remove, import an OPML file, poll once or on the schedule. The main CLI
// passes in how to open the briefing service, so this module does not import src/cli.ts (no cycle).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BriefingService } from '../core/index.ts';
import { describeFeedError, FeedError } from './errors.ts';
import { formatFeedList, formatPollReport } from './format.ts';
import type { HttpOptions } from './http.ts';
import { startFeedPolling } from './schedule.ts';
import { createFeedService, type FeedService } from './service.ts';
import { openFeedStore } from '../stores.ts';

export { FEEDS_USAGE } from './usage.ts';

export interface FeedsCliDeps {
  readonly defaultDb: string;
  readonly openBriefing: (db: string) => BriefingService;
  /** allowPrivate from FEEDS_ALLOW_PRIVATE (src/cli.ts); tests: short timeouts, no polite delay. */
  readonly httpOptions?: HttpOptions;
  readonly stderr?: NodeJS.WritableStream;
}

/** add/list/remove/import never ingest, so they do not open the statement store. */
const NO_INGEST = {
  ingestDocument(): never {
    throw new Error('this feeds command does not ingest');
  },
};

class FeedsUsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a `feeds` subcommand; returns the exit code (2 for usage errors). Never rejects. */
export async function runFeedsCommand(args: string[], out: NodeJS.WritableStream, deps: FeedsCliDeps): Promise<number> {
  const stderr = deps.stderr ?? process.stderr;
  try {
    return await run(args, out, deps);
  } catch (err) {
    const message = err instanceof FeedsUsageError ? err.message : describeFeedError(err);
    stderr.write(`briefdesk: ${message}\n`);
    return err instanceof FeedsUsageError || (err instanceof FeedError && err.kind === 'invalid-url') ? 2 : 1;
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        name: { type: 'string' },
        format: { type: 'string' },
        once: { type: 'boolean' },
        force: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new FeedsUsageError((err as Error).message);
  }
}

async function run(args: string[], out: NodeJS.WritableStream, deps: FeedsCliDeps): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest);
  const db = values.db ?? deps.defaultDb;
  const withFeeds = async <T>(needsBriefing: boolean, fn: (feeds: FeedService) => T | Promise<T>): Promise<T> => {
    const briefing = needsBriefing ? deps.openBriefing(db) : null;
    const feeds = createFeedService({
      store: openFeedStore(db),
      briefing: briefing ?? NO_INGEST,
      httpOptions: deps.httpOptions,
    });
    try {
      return await fn(feeds);
    } finally {
      feeds.close();
      briefing?.close();
    }
  };
  const one = (what: string): string => {
    if (positionals.length !== 1) throw new FeedsUsageError(`feeds ${sub} needs exactly one ${what}`);
    return positionals[0] as string;
  };

  switch (sub) {
    case 'add': {
      const url = one('URL');
      return withFeeds(false, (feeds) => {
        const { feed, created } = feeds.add(url, { name: values.name });
        out.write(`${created ? 'following' : 'already following'} feed #${feed.id}: ${feed.name ?? '(no name)'} — ${feed.url}\n`);
        return 0;
      });
    }
    case 'list': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'jsonl') throw new FeedsUsageError(`--format must be text or jsonl (got "${format}")`);
      return withFeeds(false, (feeds) => {
        const list = feeds.list();
        if (format === 'jsonl') for (const f of list) out.write(`${JSON.stringify(f)}\n`);
        else out.write(`${formatFeedList(list)}\n`);
        return 0;
      });
    }
    case 'remove': {
      const raw = one('ID');
      const id = Number(raw.replace(/^#/, ''));
      if (!Number.isInteger(id) || id < 1) throw new FeedsUsageError(`feed ID must be a whole number (see feeds list), not "${raw}"`);
      return withFeeds(false, (feeds) => {
        const feed = feeds.get(id);
        if (!feed || !feeds.remove(id)) {
          out.write(`no feed #${id}\n`);
          return 1;
        }
        out.write(`removed feed #${id}: ${feed.name ?? feed.url} (its statements stay in the database)\n`);
        return 0;
      });
    }
    case 'import': {
      const file = one('OPML FILE');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      }
      return withFeeds(false, (feeds) => {
        const r = feeds.importOpml(text);
        for (const f of r.added) out.write(`following feed #${f.id}: ${f.name ?? '(no name)'} — ${f.url}\n`);
        for (const p of r.invalid) out.write(`skipped ${p.url}: ${p.error}\n`);
        out.write(`imported ${r.added.length} feeds (${r.existing.length} already followed), ${r.invalid.length} invalid\n`);
        return r.added.length + r.existing.length === 0 && r.invalid.length > 0 ? 1 : 0;
      });
    }
    case 'poll': {
      if (positionals.length > 0) throw new FeedsUsageError('feeds poll takes no arguments');
      return withFeeds(true, async (feeds) => {
        if (values.once) {
          const report = await feeds.pollOnce({ force: values.force === true });
          out.write(`${formatPollReport(report)}\n`);
          const failed = report.feeds.filter((f) => f.outcome === 'failed').length;
          return failed > 0 && failed === report.feeds.length ? 1 : 0;
        }
        out.write('polling feeds on schedule; Ctrl-C stops\n');
        const stop = startFeedPolling({
          service: feeds,
          onReport: (report) => out.write(`[${new Date().toISOString()}]\n${formatPollReport(report)}\n`),
          onError: (err) => (deps.stderr ?? process.stderr).write(`briefdesk: feed round failed: ${describeFeedError(err)}\n`),
        });
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await stop();
        return 0;
      });
    }
    default:
      throw new FeedsUsageError(
        sub ? `unknown feeds command "${sub}" (add, list, remove, import, poll)` : 'feeds needs a command: add, list, remove, import, poll',
      );
  }
}
