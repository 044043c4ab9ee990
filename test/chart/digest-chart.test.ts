// The digest's "this period by theme" picture: a small bar chart PNG that decodes, has its size and is not blank,
// with the bar colour present and every label and count in the SVG.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { barSpec, drawBars, SMALL_SIZE } from '../../src/chart/index.ts';
import { drawDigestChart } from '../../src/digest/task.ts';

const BARS = { title: 'This period by theme', subtitle: '2024-05-01 08:00 → 2024-05-02 08:00 (UTC) · 44 statements', axisTitle: 'Statements', bars: [
  { label: 'Refugees & migration', value: 21 }, { label: 'Terrorism & security', value: 14 }, { label: 'Energy', value: 9 },
] };

describe('the digest chart', () => {
  it('draws a small PNG bar chart with every label and count', async () => {
    const { svg, png, width, height } = await drawBars(BARS);
    expect({ width, height }).toEqual(SMALL_SIZE);
    const image = PNG.sync.read(png);
    expect({ width: image.width, height: image.height }).toEqual(SMALL_SIZE);
    let ink = 0;
    let bar = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r = 255, g = 255, b = 255] = image.data.subarray(i, i + 3);
      if (r < 240 || g < 240 || b < 240) ink++;
      if (r === 0x00 && g === 0x72 && b === 0xb2) bar++;
    }
    expect(ink / (width * height)).toBeGreaterThan(0.05);
    expect(bar / (width * height)).toBeGreaterThan(0.05); // the bars, in the palette's first colour
    for (const text of ['This period by theme', '1. Refugees &amp; migration', '3. Energy', '>21<', '>14<', '>9<']) expect(svg).toContain(text);
  });

  it('keeps control characters out of the SVG and cuts a long label', () => {
    const spec = JSON.stringify(barSpec({ ...BARS, bars: [{ label: `A\u0000 ${'very long theme name '.repeat(10)}`, value: 1 }] }));
    expect(spec).not.toContain('\\u0000');
    expect(spec).toContain('…');
  });

  it('drawDigestChart turns a frozen chart part into PNG bytes', async () => {
    const png = await drawDigestChart({ title: 'This period by theme', period: 'until 2024-05-02 08:00 (UTC)', statements: 3, bars: [{ label: 'Energy', statements: 3 }] });
    expect(PNG.sync.read(Buffer.from(png)).width).toBe(SMALL_SIZE.width);
  });
});
