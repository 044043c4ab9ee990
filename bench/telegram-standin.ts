// A minimal loopback stand-in for the Telegram Bot API, enough for the benchmark's inline-query section:
// getMe, answerInlineQuery (counted), and "ok" for anything else. Bots reach it through grammY's
// `client.apiRoot` (TELEGRAM_API_ROOT), so nothing leaves the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandIn {
  /** Base URL to use as grammY's apiRoot. */
  readonly apiRoot: string;
  readonly token: string;
  /** answerInlineQuery calls received, with the number of results each carried. */
  readonly answers: { readonly inlineQueryId: string; readonly results: number }[];
  /** Every method called, in order (for diagnostics). */
  readonly calls: string[];
  close(): Promise<void>;
}

export const BENCH_BOT = {
  id: 4242,
  is_bot: true,
  first_name: 'Briefdesk Bench',
  username: 'briefdesk_bench_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as const;

export async function startTelegramStandIn(token = '4242:bench-token'): Promise<StandIn> {
  const answers: { inlineQueryId: string; results: number }[] = [];
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop()?.split('?')[0] ?? '';
      calls.push(method);
      let body: Record<string, unknown> = {};
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        body = {};
      }
      let result: unknown = true;
      if (method === 'getMe') result = BENCH_BOT;
      else if (method === 'getUpdates') result = [];
      else if (method === 'answerInlineQuery') {
        const results = Array.isArray(body.results) ? body.results.length : 0;
        answers.push({ inlineQueryId: String(body.inline_query_id ?? ''), results });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    answers,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
