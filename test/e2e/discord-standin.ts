// A loopback stand-in for Discord: REST (GET /gateway/bot, interaction callbacks, webhook edits,
// command registration, channel messages with enforced nonces) and the gateway (WebSocket: HELLO,
// IDENTIFY → READY, heartbeat ACK, and dispatches the test sends). Only what discord.js needs for
// interactions and digest posts; JSON encoding, no zlib. Several shards may connect (one connection each, as
// separate processes do): a dispatch goes to the guild's shard by Discord's formula, a DM's to shard 0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RestCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export const APP_ID = '111111111111111111';
export const BOT_USER = { id: APP_ID, username: 'briefdesk', discriminator: '0', global_name: null, avatar: null, bot: true };

export class DiscordStandIn {
  readonly calls: RestCall[] = [];
  identify: Record<string, unknown> | null = null;
  /** Every IDENTIFY, in order (one per shard connection). */
  readonly identifies: Record<string, unknown>[] = [];
  /** Channel messages actually posted (a repeated enforced nonce returns the first message instead). */
  readonly messages: { readonly id: string; readonly channelId: string; readonly body: Record<string, unknown> }[] = [];
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  /** Open gateway connections and the [shard, count] each identified with. */
  readonly #sockets = new Map<WebSocket, { shard: readonly [number, number]; seq: number }>();
  #watchers: (() => void)[] = [];

  private constructor() {
    this.#server = createServer((req, res) => void this.#rest(req, res));
    this.#wss = new WebSocketServer({ server: this.#server, path: '/gateway' });
    this.#wss.on('connection', (ws) => this.#gateway(ws));
  }

  static async start(): Promise<DiscordStandIn> {
    const s = new DiscordStandIn();
    await new Promise<void>((ok) => s.#server.listen(0, '127.0.0.1', ok));
    return s;
  }

  get #origin(): string {
    return `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The value for the REST `api` option (discord.js appends /v10). */
  get api(): string {
    return `http://${this.#origin}/api`;
  }

  /** Sends a gateway dispatch (e.g. INTERACTION_CREATE) to the shard connection it belongs to; returns that shard. */
  dispatch(t: string, d: unknown): number {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const [first] = this.#sockets.values();
    const count = first?.shard[1] ?? 1;
    const shard = typeof guildId === 'string' ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
    // the newest connection of that shard (a reconnected client replaces its old one)
    const target = [...this.#sockets].reverse().find(([, s]) => s.shard[0] === shard);
    if (!target) throw new Error(`no gateway connection for shard ${shard}`);
    this.#send(target[0], t, d);
    return shard;
  }

  #send(ws: WebSocket, t: string, d: unknown): void {
    const state = this.#sockets.get(ws);
    if (state) ws.send(JSON.stringify({ op: 0, t, s: ++state.seq, d }));
  }

  /** Resolves with the REST calls whose path includes `fragment` (from index `from` on), once there are `count`. */
  waitFor(fragment: string, count = 1, from = 0): Promise<RestCall[]> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.calls.slice(from).filter((c) => c.path.includes(fragment));
        if (found.length >= count) resolve(found);
        return found.length >= count;
      };
      if (!check()) this.#watchers.push(() => void check());
    });
  }

  async close(): Promise<void> {
    for (const c of this.#wss.clients) c.terminate();
    await new Promise<void>((ok) => this.#wss.close(() => ok()));
    this.#server.closeAllConnections();
    await new Promise<void>((ok) => this.#server.close(() => ok()));
  }

  #gateway(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('close', () => this.#sockets.delete(ws));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.identify = msg.d as Record<string, unknown>;
        this.identifies.push(this.identify);
        const shard = (this.identify.shard as [number, number] | undefined) ?? [0, 1];
        this.#sockets.set(ws, { shard, seq: 0 });
        this.#send(ws, 'READY', {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: `stand-in-session-${shard[0]}`,
          resume_gateway_url: `ws://${this.#origin}/gateway`,
          application: { id: APP_ID, flags: 0 },
          shard,
        });
      }
    });
  }

  async #rest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const boundary = multipartBoundary(req.headers['content-type']);
    // attachments come as multipart: payload_json plus files[n], recorded as the JSON with a `files` list
    const form = boundary ? parseMultipart(raw, boundary) : null;
    const text = form ? JSON.stringify({ ...(JSON.parse(form.fields.payload_json ?? '{}') as object), files: form.files.map((f) => ({ ...f, bytes: f.bytes.toString('base64') })) }) : raw.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const json = (status: number, body?: unknown) => {
      if (body === undefined) return void res.writeHead(status).end();
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (path === '/gateway/bot') {
      return json(200, {
        url: `ws://${this.#origin}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 60_000, max_concurrency: 1 },
      });
    }
    this.calls.push({ method, path, body: text ? JSON.parse(text) : null });
    for (const w of this.#watchers) w();
    if (path === '/applications/@me') return json(200, { id: APP_ID, name: 'Briefdesk' });
    if (/\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204);
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      return json(200, {
        id: '999',
        channel_id: '222',
        author: BOT_USER,
        content: '',
        timestamp: new Date(0).toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        type: 0,
        ...(JSON.parse(text || '{}') as object),
      });
    }
    if (method === 'PUT' && /\/commands$/.test(path)) return json(200, JSON.parse(text || '[]'));
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessages) {
      const body = JSON.parse(text || '{}') as Record<string, unknown>;
      const channelId = channelMessages[1] ?? '';
      const repeat = body.enforce_nonce === true ? this.messages.find((m) => m.channelId === channelId && m.body.nonce === body.nonce) : undefined;
      const posted = repeat ?? { id: String(800_000_000_000_000_000n + BigInt(this.messages.length)), channelId, body };
      if (!repeat) this.messages.push(posted);
      return json(200, { id: posted.id, channel_id: channelId, author: BOT_USER, content: posted.body.content, nonce: posted.body.nonce, type: 0 });
    }
    json(404, { message: 'Unknown route', code: 0 });
  }
}
