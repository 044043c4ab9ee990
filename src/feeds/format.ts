// Plain-text wording of feed status and poll reports, shared by the CLI and usable by any adapter that
// shows text (each bot may render the same data its own way).
import type { FeedSource } from './feed-store.ts';
import type { FeedPollResult, PollReport } from './poll.ts';

/** "2024-05-01T10:15:00.000Z" → "2024-05-01 10:15 UTC". */
export function shortTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : 'never';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Health in a few words: "ok", "not checked yet", "failing (3 in a row) …". */
export function feedHealth(feed: FeedSource): string {
  if (feed.failures > 0) {
    return `FAILING (${feed.failures} in a row): ${feed.lastError ?? 'unknown error'}; backing off until ${shortTime(feed.nextAttemptAt)}`;
  }
  return feed.lastCheckedAt ? `ok, checked ${shortTime(feed.lastCheckedAt)}` : 'not checked yet';
}

/** Two or three lines per feed, for `feeds list` and `/sources`. */
export function formatFeedList(feeds: readonly FeedSource[]): string {
  if (feeds.length === 0) return 'no feeds yet: add one with `briefdesk feeds add URL [--name NAME]`';
  return feeds
    .map((f) => {
      const lines = [
        `#${f.id}  ${f.name ?? f.title ?? '(no name)'} — ${f.url}`,
        `    ${feedHealth(f)}`,
        `    last success ${shortTime(f.lastSuccessAt)} · ${plural(f.itemsSeen, 'item')} seen · ${plural(f.documentsAdded, 'document')} · ${plural(f.statementsAdded, 'statement')}`,
      ];
      if (f.itemsFailed > 0) lines.push(`    ${plural(f.itemsFailed, 'item')} failed; last: ${f.lastItemError ?? '?'}`);
      return lines.join('\n');
    })
    .join('\n');
}

/** One line for one feed's round (and a second when the feed moved permanently). */
export function formatPollResult(r: FeedPollResult): string {
  const line = pollLine(r);
  return r.movedTo ? `${line}\n    moved permanently: now following ${r.movedTo}` : line;
}

function pollLine(r: FeedPollResult): string {
  switch (r.outcome) {
    case 'not-modified':
      return `${r.name}: not modified`;
    case 'backing-off':
      return `${r.name}: skipped, backing off until ${shortTime(r.nextAttemptAt)} (last error: ${r.error ?? '?'})`;
    case 'failed':
      return `${r.name}: error: ${r.error ?? '?'} (next try ${shortTime(r.nextAttemptAt)})`;
    case 'updated':
    case 'stopped': {
      if (r.newItems === 0 && r.outcome === 'updated') return `${r.name}: no new items (${plural(r.items, 'item')} in the feed)`;
      const parts = [`${r.ingested} ingested (${plural(r.statements, 'new statement')})`];
      if (r.duplicates) parts.push(`${plural(r.duplicates, 'duplicate')}`);
      if (r.failed) parts.push(`${r.failed} failed`);
      if (r.fallbacks) parts.push(`${r.fallbacks} from the feed's own text (page failed)`);
      if (r.deferred) parts.push(`${r.deferred} left for the next round`);
      const head = `${r.name}: ${plural(r.newItems, 'new item')} → ${parts.join(', ')}${r.outcome === 'stopped' ? ' (stopped)' : ''}`;
      return [head, ...r.itemErrors.map((e) => `    ${e.url ?? e.title ?? '?'}: ${e.error}`)].join('\n');
    }
  }
}

/** The per-feed lines and a total. */
export function formatPollReport(report: PollReport): string {
  if (report.feeds.length === 0) return 'no feeds to poll: add one with `briefdesk feeds add URL`';
  const count = (o: FeedPollResult['outcome']) => report.feeds.filter((f) => f.outcome === o).length;
  const documents = report.feeds.reduce((n, f) => n + f.ingested, 0);
  const statements = report.feeds.reduce((n, f) => n + f.statements, 0);
  const summary =
    `polled ${plural(report.feeds.length, 'feed')}: ${count('updated')} updated, ${count('not-modified')} not modified, ` +
    `${count('failed')} failed, ${count('backing-off')} backing off; ${plural(documents, 'new document')}, ${plural(statements, 'new statement')}`;
  return [...report.feeds.map(formatPollResult), summary].join('\n');
}
