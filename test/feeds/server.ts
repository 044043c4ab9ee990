// A loopback HTTP stand-in for publishers: routes by path, logs every request, tracks how many requests
// are in flight at once, and serves the feed fixtures with {{BASE}} replaced by its own address.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LoggedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface TestServer {
  readonly base: string;
  readonly requests: LoggedRequest[];
  /** Highest number of requests handled at the same time. */
  readonly maxInFlight: () => number;
  route(path: string, handler: Handler): void;
  /** Paths requested since the log was last cleared. */
  paths(): string[];
  clear(): void;
  close(): Promise<void>;
}

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);

export function fixture(name: string, base: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{BASE}}', base);
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: LoggedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path: req.url ?? '/', headers: req.headers });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Not found</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    maxInFlight: () => maxInFlight,
    route: (path, handler) => void routes.set(path, handler),
    paths: () => requests.map((r) => r.path),
    clear: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body with an ETag and Last-Modified, answering 304 to a matching conditional request. */
export function conditional(body: () => string, contentType: string, lastModified = 'Tue, 21 May 2024 09:00:00 GMT'): Handler {
  return (req, res) => {
    const text = body();
    const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 12)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified });
    res.end(text);
  };
}

export function page(text: string, contentType = 'text/html; charset=utf-8'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType });
    res.end(text);
  };
}

export function status(code: number, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/html', ...headers });
    res.end(`<html><body>status ${code}</body></html>`);
  };
}

export function redirect(location: string, code = 302): Handler {
  return (_req, res) => {
    res.writeHead(code, { location });
    res.end();
  };
}

/** Accepts the request and never answers. */
export const silent: Handler = () => undefined;

/** Streams `megabytes` of XML-ish filler without a Content-Length, stopping when the client goes away. */
export function huge(megabytes: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let left = Math.ceil((megabytes * 1024 * 1024) / chunk.length);
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
    const pump = (): void => {
      while (left > 0 && !res.destroyed) {
        left--;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end('</title></channel></rss>');
    };
    res.on('error', () => undefined);
    pump();
  };
}
