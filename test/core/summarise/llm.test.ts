// The optional endpoint summariser, only ever against a loopback stand-in: success, and a fallback to the
// extractive summary on timeout, HTTP errors and unusable answers. Config errors are listed at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../../src/core/model.ts';
import {
  SummaryApiError,
  SummaryConfigError,
  createLlmSummariser,
  summarise,
  summaryConfigFromEnv,
} from '../../../src/core/summarise/index.ts';

const statements: Statement[] = [
  {
    id: 'a', docId: 'd', speaker: 'Sergey Lavrov', speakerMention: 'Lavrov', cue: 'warned', kind: 'indirect',
    text: 'any NATO military presence in Central Asia will undermine regional security', context: '', span: [0, 1],
    date: null, outlet: null, url: null,
  },
];

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let handler: Handler = () => {};
let server: Server;
let base = '';
const requests: { url: string | undefined; auth: string | undefined; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(body || 'null') });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const answer = (content: string): Handler => (_req, _body, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
};

describe('createLlmSummariser (loopback stand-in)', () => {
  it('posts an OpenAI-style chat request and returns the answer', async () => {
    handler = answer('  Lavrov warned that NATO in Central Asia undermines security. ');
    const summariser = createLlmSummariser({ url: base, apiKey: 'k-test', model: 'tiny', timeoutMs: 2000 });
    expect(await summariser.summarise(statements)).toBe('Lavrov warned that NATO in Central Asia undermines security.');
    const last = requests.at(-1);
    expect(last?.url).toBe('/v1/chat/completions');
    expect(last?.auth).toBe('Bearer k-test');
    expect(last?.body).toMatchObject({ model: 'tiny', temperature: 0 });
    expect(JSON.stringify(last?.body)).toContain('Lavrov (warned): any NATO military presence');
  });

  it('falls back when the endpoint does not answer in time (fake clock, no waiting)', async () => {
    handler = () => {}; // never answers
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const errors: SummaryApiError[] = [];
      const summariser = createLlmSummariser({ url: base, apiKey: null, model: 'tiny', timeoutMs: 5000 }, { onError: (e) => errors.push(e) });
      const pending = summariser.summarise(statements);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toBe(summarise(statements));
      expect(errors[0]?.message).toMatch(/timed out after 5000 ms/);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['HTTP 500', ((_req, _body, res) => res.writeHead(500).end('boom')) as Handler, /HTTP 500/],
    ['an empty answer', answer('   '), /no usable text/],
    ['a non-JSON answer', ((_req, _body, res) => res.writeHead(200).end('<html>')) as Handler, /failed/],
  ])('falls back to the extractive summary on %s', async (_name, h, message) => {
    handler = h;
    const errors: SummaryApiError[] = [];
    const summariser = createLlmSummariser({ url: `${base}/chat/completions`, apiKey: null, model: 'tiny', timeoutMs: 5000 }, { onError: (e) => errors.push(e) });
    expect(await summariser.summarise(statements)).toBe(summarise(statements));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SummaryApiError);
    expect(errors[0]?.message).toMatch(message);
  });

  it('keeps an answer whose quotations are verbatim, and uses the extractive summary when one is not', async () => {
    handler = answer('Lavrov warned that “any NATO military presence in Central Asia will undermine…” security.');
    const faithful = createLlmSummariser({ url: base, apiKey: null, model: 'm', timeoutMs: 2000 });
    expect(await faithful.summarise(statements)).toContain('“any NATO military presence');
    handler = answer('Lavrov warned: "Any NATO presence in Asia will undermine security."');
    const errors: SummaryApiError[] = [];
    const guarded = createLlmSummariser({ url: base, apiKey: null, model: 'm', timeoutMs: 2000 }, { onError: (e) => errors.push(e) });
    expect(await guarded.summarise(statements)).toBe(summarise(statements));
    expect(errors[0]?.message).toMatch(/misquoted: “Any NATO presence in Asia/);
  });

  it('falls back when nothing listens', async () => {
    const summariser = createLlmSummariser({ url: 'http://127.0.0.1:9/v1', apiKey: null, model: 'm', timeoutMs: 1000 });
    expect(await summariser.summarise(statements)).toBe(summarise(statements));
  });
});

describe('summaryConfigFromEnv', () => {
  it('is off without SUMMARY_API_URL and reads the rest when set', () => {
    expect(summaryConfigFromEnv({})).toBeNull();
    expect(summaryConfigFromEnv({ SUMMARY_API_URL: 'http://127.0.0.1:1/v1', SUMMARY_MODEL: 'm', SUMMARY_API_KEY: 'k' })).toEqual({
      url: 'http://127.0.0.1:1/v1',
      apiKey: 'k',
      model: 'm',
      timeoutMs: 8000,
    });
  });

  it('lists every problem at once', () => {
    try {
      summaryConfigFromEnv({ SUMMARY_API_URL: 'ftp://x', SUMMARY_TIMEOUT_MS: '5' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SummaryConfigError);
      expect((error as SummaryConfigError).problems).toHaveLength(3);
    }
  });
});
