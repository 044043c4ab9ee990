// The feeds' HTTP client over Node's global fetch: conditional GETs (ETag / Last-Modified → 304),
// manual redirects with loop detection, a per-request timeout, a streamed body with a size cap, a clear
// User-Agent, the per-host politeness queue, and the private-address guard on every hop (guard.ts).
// Every failure is a FeedError.
import { FeedError } from './errors.ts';
import { assertPublicHost, systemLookup, type HostLookup } from './guard.ts';
import { HostQueue, type Sleep } from './host-queue.ts';
import { hostKey, parseHttpUrl } from './url.ts';

export const USER_AGENT = 'Briefdesk/0.1 (+feeds)';
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1';

export interface HttpOptions {
  readonly userAgent?: string;
  /** Per request (each redirect hop), headers and body included. Default 20 s. */
  readonly timeoutMs?: number;
  /** Bodies larger than this are cut off and fail with 'too-large'. Default 5 MB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Pause between requests to one host. Default 1 s. */
  readonly politeDelayMs?: number;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  /** For tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /**
   * Fetch loopback, private, link-local … addresses too (FEEDS_ALLOW_PRIVATE, intranet deployments).
   * Default false: every hop whose host is or resolves to a non-public address fails with 'forbidden-address'.
   */
  readonly allowPrivate?: boolean;
  /** How the guard resolves host names; defaults to node:dns/promises lookup. For tests. */
  readonly lookup?: HostLookup;
}

export interface GetOptions {
  readonly accept?: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly signal?: AbortSignal;
}

export type HttpResult =
  | { readonly notModified: true; readonly url: string; readonly movedTo?: string | null }
  | {
      readonly notModified: false;
      /** Final URL after redirects. */
      readonly url: string;
      /**
       * Where the requested URL has moved for good: the URL reached through the leading permanent redirects
       * (301, 308). Null or absent when the first answer was not a permanent redirect.
       */
      readonly movedTo?: string | null;
      readonly body: Buffer;
      readonly contentType: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
    };

/** The port the poller fetches through; tests may pass their own. */
export interface HttpFetcher {
  get(url: string, options?: GetOptions): Promise<HttpResult>;
}

type Hop = HttpResult | { readonly redirect: string; readonly permanent: boolean };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

export function createHttpFetcher(options: HttpOptions = {}): HttpFetcher {
  const userAgent = options.userAgent ?? USER_AGENT;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const fetchImpl = options.fetch ?? fetch;
  const allowPrivate = options.allowPrivate ?? false;
  const lookup = options.lookup ?? systemLookup;
  const now = options.now ?? Date.now;
  const queue = new HostQueue({ delayMs: options.politeDelayMs ?? 1000, sleep: options.sleep, now });

  async function hop(url: string, opts: GetOptions, redirected: boolean): Promise<Hop> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: opts.accept ?? '*/*' };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const fail = (err: unknown): FeedError => {
      if (err instanceof FeedError) return err;
      if (opts.signal?.aborted) return new FeedError('aborted', 'stopped', { url, cause: err });
      if (timeout.aborted) return new FeedError('timeout', `no complete answer within ${timeoutMs / 1000} s`, { url, cause: err });
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message ?? (err as Error).message;
      return new FeedError('network', `network error: ${detail}`, { url, cause: err });
    };
    try {
      // Checked before each hop, redirects included. Global fetch resolves the name again itself, so the
      // address connected to is not pinned to the one checked here (see assertPublicHost).
      if (!allowPrivate) await untilAborted(assertPublicHost(url, lookup, redirected), signal);
      const res = await fetchImpl(url, { method: 'GET', redirect: 'manual', headers, signal });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new FeedError('http-status', `HTTP ${res.status} redirect without a Location`, { url, status: res.status });
        return { redirect: parseHttpUrl(location, url).href, permanent: PERMANENT.has(res.status) };
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { notModified: true, url };
      }
      if (!res.ok) {
        await res.body?.cancel();
        const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
        throw new FeedError('http-status', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { url, status: res.status, retryAfterMs });
      }
      const declared = Number(res.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw tooLarge(url, maxBytes);
      }
      const body = await readCapped(res.body, maxBytes, url);
      return {
        notModified: false,
        url,
        body,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
    } catch (err) {
      throw fail(err);
    }
  }

  return {
    async get(start, opts = {}) {
      let url = parseHttpUrl(start).href;
      const chain = [url];
      // The URL after the leading permanent redirects; a temporary one ends the run.
      let movedTo: string | null = null;
      let permanentSoFar = true;
      for (;;) {
        const redirected = chain.length > 1;
        const result = await queue.run(hostKey(url), () => hop(url, opts, redirected), opts.signal).catch((err: unknown) => {
          throw err instanceof FeedError ? err : new FeedError('aborted', 'stopped', { url, cause: err });
        });
        if (!('redirect' in result)) return { ...result, movedTo };
        const next = result.redirect;
        permanentSoFar &&= result.permanent;
        if (permanentSoFar) movedTo = next;
        if (chain.includes(next)) {
          throw new FeedError('redirect-loop', `redirect loop: ${[...chain, next].join(' → ')}`, { url: start });
        }
        if (chain.length > maxRedirects) throw new FeedError('too-many-redirects', `more than ${maxRedirects} redirects`, { url: start });
        chain.push(next);
        url = next;
      }
    },
  };
}

/** Settles with the promise, or rejects as soon as the signal aborts (a DNS lookup cannot be cancelled). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    // Always subscribed, so a lookup that fails after the abort is not an unhandled rejection.
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function tooLarge(url: string, maxBytes: number): FeedError {
  return new FeedError('too-large', `larger than ${Math.round(maxBytes / 1024)} KB; not downloaded`, { url });
}

/** Reads a body stream, cancelling it (which closes the connection) once it passes the cap. */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
