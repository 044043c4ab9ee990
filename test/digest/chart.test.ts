// The digest's chart part (`/subscribe … chart`): parsed with the other options, frozen as one extra part after the
// text, drawn and sent once under its own key (a retry after a lost confirmation reuses the key), left out for a
// subscription without `chart`, and a drawing that fails costs the chart only, not the digest.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHART_BARS,
  chartCaption,
  digestChart,
  idempotencyKey,
  parseSubscribeText,
  readChartPart,
  runDigest,
  subscribe,
  type Digest,
  type DigestChart,
  type DigestDelivery,
  type DigestImage,
  type DigestRunnerDeps,
} from '../../src/digest/index.ts';
import { makeFixture, removeFixtures, type Fixture } from './helpers.ts';

const T0 = new Date('2024-05-01T06:00:00Z');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);

const fixtures: Fixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.close();
  removeFixtures();
});

function setUp(chart?: boolean) {
  const fx = makeFixture({ corpus: false });
  fixtures.push(fx);
  const sub = subscribe({ subscriptions: fx.subscriptions, now: T0 }, { platform: 'discord', channelId: 'news', ...(chart === undefined ? {} : { chart }) });
  fx.service.ingestPaths(['data/corpus']);
  return { fx, sub };
}

/** A channel that records texts and pictures with their keys; `failImage` fails that many picture tries after posting. */
function channel(options: { failImage?: number } = {}) {
  const texts: { text: string; key: string }[] = [];
  const images: { image: DigestImage; key: string }[] = [];
  let failures = options.failImage ?? 0;
  const delivery: Required<DigestDelivery> = {
    async send(_s, parts, key) {
      for (const text of parts) texts.push({ text, key });
    },
    async sendImage(_s, image, key) {
      if (images.some((i) => i.key === key)) return; // the platform drops a repeat of a key it posted
      images.push({ image, key });
      if (failures-- > 0) throw new Error('confirmation lost');
    },
  };
  return { texts, images, delivery };
}

const deps = (fx: Fixture, deliver: DigestDelivery, extra: Partial<DigestRunnerDeps> = {}): DigestRunnerDeps => ({
  store: fx.service,
  subscriptions: fx.subscriptions,
  deliver,
  limits: { discord: 1500 },
  attempts: 2,
  retryDelayMs: 0,
  ...extra,
});

describe('parsing /subscribe … chart', () => {
  it('reads chart and nochart (and chart:on|off) beside the other options', () => {
    expect(parseSubscribeText('07:30 UTC refugees chart')).toEqual({ time: '07:30', timeZone: 'UTC', themes: ['refugees'], chart: true });
    expect(parseSubscribeText('Chart say')).toEqual({ chart: true, whenEmpty: 'say' });
    expect(parseSubscribeText('nochart')).toEqual({ chart: false });
    expect(parseSubscribeText('no-chart Lavrov')).toEqual({ chart: false, speakers: ['Lavrov'] });
    expect(parseSubscribeText('chart:on')).toEqual({ chart: true });
    expect(parseSubscribeText('chart:off')).toEqual({ chart: false });
    expect(parseSubscribeText('07:30')).toEqual({ time: '07:30' });
    expect(parseSubscribeText('"Chart"')).toEqual({ speakers: ['Chart'] }); // a quoted name stays a name
  });

  it('subscribe() stores it, keeps it when an update leaves it out, and turns it off on nochart', () => {
    const fx = makeFixture({ corpus: false });
    fixtures.push(fx);
    const at = { platform: 'telegram', channelId: '-100' };
    expect(subscribe({ subscriptions: fx.subscriptions, now: T0 }, at).chart).toBe(false);
    expect(subscribe({ subscriptions: fx.subscriptions, now: T0 }, { ...at, ...parseSubscribeText('chart') }).chart).toBe(true);
    expect(subscribe({ subscriptions: fx.subscriptions, now: T0 }, { ...at, ...parseSubscribeText('09:00') })).toMatchObject({ time: '09:00', chart: true });
    expect(subscribe({ subscriptions: fx.subscriptions, now: T0 }, { ...at, ...parseSubscribeText('nochart') }).chart).toBe(false);
  });
});

describe('the chart of a digest', () => {
  const group = (label: string, n: number) => ({ theme: label, label, kind: 'theme' as const, summary: '', speakers: [], statements: Array(n).fill({}), topQuotes: [] });
  const digest = (groups: ReturnType<typeof group>[]): Digest => ({
    from: '2024-05-01T06:00:00.000Z', to: '2024-05-02T06:00:00.000Z', timeZone: 'Europe/Berlin', afterSeq: 0, toSeq: 9,
    statementCount: groups.reduce((n, g) => n + g.statements.length, 0), speakerCount: 1, groups,
  });

  it('counts the statements of each group, biggest first; the smallest beyond the limit go into one bar', () => {
    const chart = digestChart(digest(Array.from({ length: CHART_BARS + 2 }, (_, i) => group(`Theme ${String.fromCharCode(65 + i)}`, i + 1))));
    expect(chart?.bars).toHaveLength(CHART_BARS);
    expect(chart?.bars[0]).toEqual({ label: 'Theme J', statements: 10 });
    expect(chart?.bars.at(-1)).toEqual({ label: 'Other themes', statements: 1 + 2 + 3 });
    expect(chart?.period).toBe('2024-05-01 08:00 → 2024-05-02 08:00 (Europe/Berlin)');
    expect(chartCaption(chart as DigestChart)).toBe('This period by theme: 55 statements, 2024-05-01 08:00 → 2024-05-02 08:00 (Europe/Berlin). Theme J 10, Theme I 9, Theme H 8.');
  });

  it('is null for a digest with nothing in it', () => {
    expect(digestChart(digest([]))).toBeNull();
  });
});

describe('delivering the chart part', () => {
  it('sends the text, then one picture under its own key, exactly once even when its confirmation was lost', async () => {
    const { fx, sub } = setUp(true);
    const drawn: DigestChart[] = [];
    const ch = channel({ failImage: 1 });
    const outcome = await runDigest(deps(fx, ch.delivery, { drawChart: async (c) => (drawn.push(c), PNG) }), sub.id, '2024-05-02');
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    const run = outcome.run;
    const last = run.parts.length - 1;
    expect(readChartPart(run.parts[last] ?? '')).toEqual(drawn[0]);
    expect(ch.texts.map((t) => t.text)).toEqual(run.parts.slice(0, last));
    expect(ch.images).toHaveLength(1); // the retry reused the key, and the platform dropped it
    expect(ch.images[0]?.key).toBe(idempotencyKey(run, last));
    expect(ch.images[0]?.image).toEqual({ png: PNG, filename: 'digest-chart.png', caption: chartCaption(drawn[0] as DigestChart) });
    expect(drawn[0]?.statements).toBe(run.statements);
    expect(drawn[0]?.bars.reduce((n, b) => n + b.statements, 0)).toBeGreaterThan(0);
    expect(fx.subscriptions.deliveredParts(run.id).size).toBe(run.parts.length);
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(run.toSeq);

    expect((await runDigest(deps(fx, ch.delivery, { drawChart: async () => PNG }), sub.id, '2024-05-02')).status).toBe('already-delivered');
    expect(ch.images).toHaveLength(1);
  });

  it('adds no picture to a subscription without chart', async () => {
    const { fx, sub } = setUp();
    const ch = channel();
    let draws = 0;
    const outcome = await runDigest(deps(fx, ch.delivery, { drawChart: async () => (draws++, PNG) }), sub.id, '2024-05-02');
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    expect(outcome.run.parts.every((p) => readChartPart(p) === null)).toBe(true);
    expect(ch.images).toEqual([]);
    expect(draws).toBe(0);
  });

  it('adds no chart part when nothing can draw it or the platform takes no pictures', async () => {
    const { fx, sub } = setUp(true);
    const { send } = channel().delivery;
    const outcome = await runDigest(deps(fx, { send }, { drawChart: async () => PNG }), sub.id, '2024-05-02');
    expect(outcome.status === 'delivered' && outcome.run.parts.some((p) => readChartPart(p) !== null)).toBe(false);
  });

  it('still delivers the digest when the chart cannot be drawn, and reports why', async () => {
    const { fx, sub } = setUp(true);
    const ch = channel();
    const errors: unknown[] = [];
    const outcome = await runDigest(
      deps(fx, ch.delivery, { drawChart: async () => Promise.reject(new Error('no font')), onChartError: (e, id, slot) => errors.push([String(e), id, slot]) }),
      sub.id,
      '2024-05-02',
    );
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    expect(ch.texts.map((t) => t.text)).toEqual(outcome.run.parts.slice(0, -1));
    expect(ch.images).toEqual([]);
    expect(errors).toEqual([['Error: no font', sub.id, '2024-05-02']]);
    expect(fx.subscriptions.get(sub.id)?.cursor).toBe(outcome.run.toSeq);
  });
});
