// /trend: "who talks about what, over time" as a picture. Parses the chat text (the /quote query plus by: and
// interval:, or Discord's options), asks the core for the series, draws the chart (src/chart) and answers with the
// image, a caption of the numbers, and the numbers as a small table for text-only places.
import { drawTrend, trendCaption, trendTable, trendTitle, periodText } from '../chart/index.ts';
import {
  describeEmpty,
  intervalOf,
  parseTrendText,
  splitOf,
  TrendInputError,
  type TrendRequest,
} from '../core/index.ts';
import type { CommandDef, CommandInput } from './commands.ts';
import { foldQuery, optString } from './handlers.ts';
import { notice, type Reply } from './render.ts';

const USAGE = '/trend <speaker and/or topic> [by:speaker|theme|outlet] [since:2024-01] [until:2024-06]';
const EXAMPLES = ['/trend NATO', '/trend Lavrov by:theme since:2021', '/trend sanctions by:outlet interval:week'];
/** Rows of the table in a chat reply (the latest intervals). */
const TABLE_ROWS = 14;

/** The request from chat text and, on Discord, the separate options. */
function requestOf(input: CommandInput): TrendRequest {
  const since = optString(input, 'since');
  const until = optString(input, 'until');
  const text = [foldQuery(input.text, undefined, since), until ? `until:${until.replace(/\s+/g, '')}` : ''].filter(Boolean).join(' ');
  const parsed = parseTrendText(text);
  const by = optString(input, 'by');
  const interval = optString(input, 'interval');
  return { query: parsed.query, by: by ? splitOf(by) : parsed.by, interval: interval ? intervalOf(interval) : parsed.interval };
}

export const trendCommand: CommandDef = {
  name: 'trend',
  description: 'Chart: how often a topic or speaker is quoted over time, by speaker, theme or outlet',
  usage: USAGE,
  examples: EXAMPLES,
  slow: true, // drawing takes a few hundred milliseconds: Discord defers
  options: [
    { name: 'query', description: 'Speaker and/or topic, e.g. NATO or Lavrov sanctions', type: 'string', required: true, main: true },
    { name: 'by', description: 'Split the count by speaker (default), theme or outlet', type: 'string', choices: ['speaker', 'theme', 'outlet'] },
    { name: 'since', description: 'From this date (2024, 2024-03 or 2024-03-01)', type: 'string' },
    { name: 'until', description: 'Up to this date (2024, 2024-06 or 2024-06-30)', type: 'string' },
    { name: 'interval', description: 'One point per day, week or month (default: chosen from the period)', type: 'string', choices: ['day', 'week', 'month'] },
  ],
  async run(input, ctx): Promise<Reply> {
    let trend;
    try {
      trend = ctx.service.trend(requestOf(input));
    } catch (err) {
      if (err instanceof TrendInputError) return notice(err.message, [...err.hints, `Usage: ${USAGE}`]);
      throw err;
    }
    const empty = describeEmpty(trend);
    if (empty) return notice(empty.title, empty.hints);
    const chart = await drawTrend(trend);
    const names = trend.series.map((s) => `${s.label} ${s.total}`).join(', ');
    return {
      title: `${trendTitle(trend)}, ${periodText(trend)}`,
      sections: [{ lines: trendTable(trend, TABLE_ROWS) }],
      image: {
        png: chart.png,
        filename: 'trend.png',
        caption: trendCaption(trend),
        alt: `Line chart of statements matching ${trend.query} per ${trend.interval}, ${periodText(trend)}: ${names}`.slice(0, 1024),
      },
    };
  },
};
