// The HTTP client's politeness and limits, without the poller: per-host serialisation, polite pauses
// through the injected sleep, Content-Length and streamed size caps, network errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher, FeedError } from '../../src/feeds/index.ts';
import { HostQueue } from '../../src/feeds/host-queue.ts';
import { page, startServer, type TestServer } from './server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  server.route('/a', page('<p>a</p>'));
  server.route('/b', page('<p>b</p>'));
  server.route('/stall', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss version="2.0"><channel><title>Slow'); // and then nothing more
  });
  server.route('/declared-big', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
    res.write('<p>');
    res.on('error', () => undefined);
  });
});
afterAll(() => server.close());

describe('HostQueue', () => {
  it('runs one task at a time per host, pausing between them, while other hosts proceed', async () => {
    let t = 0;
    const sleeps: number[] = [];
    const queue = new HostQueue({ delayMs: 1000, now: () => t, sleep: async (ms) => void sleeps.push(ms) });
    const running = new Map<string, number>();
    let maxSameHost = 0;
    let maxOverall = 0;
    const task = (host: string) => async () => {
      running.set(host, (running.get(host) ?? 0) + 1);
      maxSameHost = Math.max(maxSameHost, running.get(host) ?? 0);
      maxOverall = Math.max(maxOverall, [...running.values()].reduce((a, b) => a + b, 0));
      await new Promise((r) => setImmediate(r));
      t += 100;
      running.set(host, (running.get(host) ?? 0) - 1);
    };
    await Promise.all([queue.run('x', task('x')), queue.run('x', task('x')), queue.run('y', task('y')), queue.run('x', task('x'))]);
    expect(maxSameHost).toBe(1);
    expect(maxOverall).toBe(2);
    expect(sleeps).toEqual([1000, 1000]); // the 2nd and 3rd request to x; the clock did not move while sleeping
  });

  it('keeps going after a failed task', async () => {
    const queue = new HostQueue({ delayMs: 0 });
    await expect(queue.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('x', async () => 'next')).resolves.toBe('next');
  });
});

describe('createHttpFetcher', () => {
  it('pauses between requests to the same host through the injected sleep', async () => {
    const sleeps: number[] = [];
    const http = createHttpFetcher({ allowPrivate: true, politeDelayMs: 1500, now: () => 0, sleep: async (ms) => void sleeps.push(ms) });
    await Promise.all([http.get(`${server.base}/a`), http.get(`${server.base}/b`), http.get(`${server.base}/a`)]);
    expect(sleeps).toEqual([1500, 1500]);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const http = createHttpFetcher({ allowPrivate: true, politeDelayMs: 0, maxBytes: 1024 * 1024 });
    await expect(http.get(`${server.base}/declared-big`)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('times out a body that stops arriving after the headers', async () => {
    const http = createHttpFetcher({ allowPrivate: true, politeDelayMs: 0, timeoutMs: 200 });
    await expect(http.get(`${server.base}/stall`)).rejects.toMatchObject({ kind: 'timeout', message: 'no complete answer within 0.2 s' });
  });

  it('reports a refused connection as a network error', async () => {
    const http = createHttpFetcher({ allowPrivate: true, politeDelayMs: 0, timeoutMs: 2000 });
    const closed = await startServer();
    await closed.close(); // a port that was just free: nobody listens there now
    const err = await http.get(`${closed.base}/feed`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedError);
    expect(err).toMatchObject({ kind: 'network', message: 'network error: ECONNREFUSED' });
  });

  it('stops when its signal aborts', async () => {
    const http = createHttpFetcher({ allowPrivate: true, politeDelayMs: 0 });
    const controller = new AbortController();
    controller.abort();
    await expect(http.get(`${server.base}/a`, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
  });
});
