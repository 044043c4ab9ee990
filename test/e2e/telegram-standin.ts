// A loopback stand-in for the Telegram Bot API: getMe, getUpdates (long polling over a queue the test
// fills), and recording of every other call. Optionally answers the first call of a method with a 429
// flood wait (retry_after 0) to prove the bot retries, and lets a test choose what a method returns
// (getChatMember). Small on purpose: only what the bot uses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { multipartBoundary, parseMultipart } from './multipart.ts';

export interface RecordedCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

type Update = Record<string, unknown>;

export class TelegramStandIn {
  readonly calls: RecordedCall[] = [];
  readonly #server: Server;
  readonly #token: string;
  readonly #botInfo: Record<string, unknown>;
  readonly #floodOnce: Set<string>;
  #updates: Update[] = [];
  #nextUpdateId = 1;
  #nextMessageId = 100;
  #polls: (() => void)[] = [];
  #watchers: (() => void)[] = [];
  readonly #answers = new Map<string, (payload: Record<string, unknown>) => unknown>();

  private constructor(token: string, botInfo: Record<string, unknown>, floodOnce: readonly string[]) {
    this.#token = token;
    this.#botInfo = botInfo;
    this.#floodOnce = new Set(floodOnce);
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  static async start(opts: { token: string; botInfo: Record<string, unknown>; floodOnce?: readonly string[] }): Promise<TelegramStandIn> {
    const s = new TelegramStandIn(opts.token, opts.botInfo, opts.floodOnce ?? []);
    await new Promise<void>((ok) => s.#server.listen(0, '127.0.0.1', ok));
    return s;
  }

  /** The value for grammY's `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Queues an update for the next getUpdates. */
  push(update: Update): number {
    const update_id = this.#nextUpdateId++;
    this.#updates.push({ update_id, ...update });
    for (const wake of this.#polls.splice(0)) wake();
    return update_id;
  }

  /** Queues several updates at once: the next getUpdates returns them in one batch. */
  pushAll(updates: readonly Update[]): number[] {
    const ids = updates.map((update) => {
      const update_id = this.#nextUpdateId++;
      this.#updates.push({ update_id, ...update });
      return update_id;
    });
    for (const wake of this.#polls.splice(0)) wake();
    return ids;
  }

  /** Answers every call of `method` with this result (default: `true`). */
  answer(method: string, result: (payload: Record<string, unknown>) => unknown): void {
    this.#answers.set(method, result);
  }

  /** Resolves with the calls of `method` (recorded from index `from` on) once there are at least `count`. */
  waitFor(method: string, count = 1, from = 0): Promise<RecordedCall[]> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.calls.slice(from).filter((c) => c.method === method);
        if (found.length < count) return false;
        resolve(found);
        return true;
      };
      if (!check()) this.#watchers.push(() => void check());
    });
  }

  async close(): Promise<void> {
    for (const wake of this.#polls.splice(0)) wake();
    this.#server.closeAllConnections();
    await new Promise<void>((ok) => this.#server.close(() => ok()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const text = body.toString('utf8');
    const boundary = multipartBoundary(req.headers['content-type']);
    // sendPhoto with a file is multipart: its fields, plus the files under `files`
    const form = boundary ? parseMultipart(body, boundary) : null;
    const payload = (form ? { ...form.fields, files: form.files } : text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const reply = (body: unknown, status = 200) => {
      if (!res.writableEnded) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (!m || m[1] !== this.#token) return reply({ ok: false, error_code: 401, description: 'Unauthorized' }, 401);
    const method = m[2] ?? '';
    if (method === 'getUpdates') return this.#getUpdates(payload, req, reply);
    if (method === 'getMe') return reply({ ok: true, result: this.#botInfo });
    this.calls.push({ method, payload });
    for (const w of this.#watchers) w();
    if (this.#floodOnce.delete(method)) {
      return reply({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 0', parameters: { retry_after: 0 } }, 429);
    }
    const answer = this.#answers.get(method);
    if (answer) return reply({ ok: true, result: answer(payload) });
    if (method === 'sendMessage') {
      const topic = payload.message_thread_id === undefined ? {} : { message_thread_id: payload.message_thread_id, is_topic_message: true };
      return reply({
        ok: true,
        result: { message_id: this.#nextMessageId++, date: 1_700_000_000, chat: { id: Number(payload.chat_id), type: 'private' }, text: payload.text, ...topic },
      });
    }
    return reply({ ok: true, result: true });
  }

  #getUpdates(payload: Record<string, unknown>, req: IncomingMessage, reply: (body: unknown) => void): void {
    const offset = Number(payload.offset ?? 0);
    this.#updates = this.#updates.filter((u) => Number(u.update_id) >= offset);
    const send = () => reply({ ok: true, result: this.#updates.slice(0, Number(payload.limit ?? 100)) });
    if (this.#updates.length > 0 || !payload.timeout) return send();
    // Long poll: answer when an update arrives (or when the bot gives up and closes the request).
    this.#polls.push(send);
    req.socket.once('close', () => {
      this.#polls = this.#polls.filter((p) => p !== send);
    });
  }
}
