// `briefdesk digest`, `briefdesk summary` and `briefdesk themes`, wired into src/cli.ts's command table.
// The CLI passes in how it opens the service and makes usage errors, so exit codes stay consistent.
import { parseArgs } from 'node:util';
import { reportPredicate, summariseTopic, type BriefingService, type Taxonomy } from '../core/index.ts';
import { defaultDigestTaxonomy, digestToJson, themeCounts } from './build-digest.ts';
import { consoleDigest } from './console.ts';
import { renderDigestText } from './render.ts';
import { openSubscriptionStore } from '../stores.ts';

type Command = (args: string[], out: NodeJS.WritableStream) => number;

export interface DigestCliContext {
  openService(db: string): BriefingService;
  readonly defaultDb: string;
  usage(message: string): Error;
}

export const DIGEST_USAGE = `  digest [--db FILE] [--since DATE] [--format text|json]
                                                 new statements grouped by theme, with summaries: since DATE
                                                 (YYYY-MM-DD, ISO time, or 2d/12h ago), else since the last run
  summary QUERY [--since DATE] [--db FILE] [--format text|json]
                                                 a short summary of what was said about QUERY
  themes [--db FILE] [--retag]                   themes with statement counts; --retag re-tags stored statements`;

/** YYYY-MM-DD, an ISO date-time, or "3d"/"12h" before now; null when unreadable. */
export function parseSince(value: string, now: Date): string | null {
  const rel = /^(\d{1,4})([dh])$/.exec(value.trim());
  if (rel) return new Date(now.getTime() - Number(rel[1]) * (rel[2] === 'd' ? 86_400_000 : 3_600_000)).toISOString();
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function createDigestCommands(ctx: DigestCliContext): Record<'digest' | 'summary' | 'themes', Command> {
  const parse = (args: string[]) => {
    try {
      return parseArgs({
        args,
        allowPositionals: true,
        options: { db: { type: 'string' }, format: { type: 'string' }, since: { type: 'string' }, retag: { type: 'boolean' } },
      });
    } catch (err) {
      throw ctx.usage((err as Error).message);
    }
  };
  const formatOf = (value: string | undefined): 'text' | 'json' => {
    if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
    throw ctx.usage(`--format must be one of text, json (got "${value}")`);
  };
  const sinceOf = (value: string | undefined, now: Date): string | null => {
    if (value === undefined) return null;
    const since = parseSince(value, now);
    if (since === null) throw ctx.usage(`--since must be a date (2021-10-08), an ISO time, or 2d / 12h (got "${value}")`);
    return since;
  };
  const taxonomyOf = (service: BriefingService): Taxonomy => service.taxonomy ?? defaultDigestTaxonomy();
  const kindOf = (service: BriefingService) => (name: string) => service.speaker(name)?.kind;

  const digest: Command = (args, out) => {
    const { values } = parse(args);
    const now = new Date();
    const fmt = formatOf(values.format);
    const since = sinceOf(values.since, now);
    const file = values.db ?? ctx.defaultDb;
    const service = ctx.openService(file);
    const subscriptions = openSubscriptionStore(file);
    try {
      const result = consoleDigest({ store: service, subscriptions, taxonomy: taxonomyOf(service), since, now, kindOf: kindOf(service) });
      if (fmt === 'json') out.write(`${JSON.stringify(digestToJson(result.digest), null, 2)}\n`);
      else out.write(`${renderDigestText(result.digest).join('\n\n')}\n`);
      result.commit();
      return 0;
    } finally {
      subscriptions.close();
      service.close();
    }
  };

  const summary: Command = (args, out) => {
    const { values, positionals } = parse(args);
    const query = positionals.join(' ').trim();
    if (!query) throw ctx.usage('summary needs a QUERY, e.g. briefdesk summary "refugees" --since 2021-10-01');
    const fmt = formatOf(values.format);
    const since = sinceOf(values.since, new Date());
    const service = ctx.openService(values.db ?? ctx.defaultDb);
    try {
      const result = summariseTopic((q, o) => service.quote(q, o), query, { since: since?.slice(0, 10) ?? null, kindOf: kindOf(service) });
      if (fmt === 'json') {
        out.write(
          `${JSON.stringify(
            {
              query,
              since: result.since,
              summary: result.summary,
              statements: result.statements.map((s) => ({ text: s.text, speaker: s.speaker ?? s.speakerMention, date: s.date, source: s.outlet, url: s.url })),
            },
            null,
            2,
          )}\n`,
        );
      } else if (result.statements.length === 0) {
        out.write(`nothing found for "${query}"${result.since ? ` since ${result.since}` : ''}\n`);
      } else {
        // Verbatim: the statement's own words, a direct quotation in marks (inner marks nested), reported speech with its verb.
        const quotes = result.topQuotes.map(
          (s) => `- ${s.speaker ?? s.speakerMention}${s.date ? ` (${s.date})` : ''}: ${reportPredicate(s, { maxChars: 600 })}`,
        );
        const who = result.speakers.map((sp) => `${sp.name} (${sp.statements})`).join(', ');
        out.write(`${result.summary}\n\n${who ? `Most statements: ${who}.\n` : ''}${result.statements.length} statements; key quotes:\n${quotes.join('\n')}\n`);
      }
      return 0;
    } finally {
      service.close();
    }
  };

  const themes: Command = (args, out) => {
    const { values } = parse(args);
    const service = ctx.openService(values.db ?? ctx.defaultDb);
    try {
      const taxonomy = taxonomyOf(service);
      if (values.retag) out.write(`re-tagged: ${service.retag(taxonomy)} statements have at least one theme\n`);
      const counts = themeCounts(service, taxonomy);
      for (const t of counts.themes) out.write(`${String(t.statements).padStart(5)}  ${t.name} — ${t.label}\n`);
      out.write(`${String(counts.untagged).padStart(5)}  (no theme)\n`);
      return 0;
    } finally {
      service.close();
    }
  };

  return { digest, summary, themes };
}
