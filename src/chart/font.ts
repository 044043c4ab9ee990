// The one font every chart is drawn with: DejaVu Sans from the dejavu-fonts-ttf package (the same files Debian
// ships as fonts-dejavu-core), so a chart renders identically on any machine, whatever fonts it has installed.
// Vega lays text out by its width: without a canvas it guesses (0.8 em a character, far too wide), so the
// advance widths are read from the font files themselves (cmap format 4 + hmtx; no kerning, which moves a
// label by a pixel at most).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'DejaVu Sans';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The font files resvg loads (regular and bold). */
export const FONT_FILES: readonly string[] = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/** Advance widths of one font file, in em. */
interface Metrics {
  readonly widths: Map<number, number>;
  readonly fallback: number;
}

/** Reads the advance width of every BMP character a TrueType file maps (cmap format 4, hmtx). */
export function readMetrics(file: string): Metrics {
  const b = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++) tables.set(b.toString('latin1', 12 + i * 16, 16 + i * 16), b.readUInt32BE(20 + i * 16));
  const at = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = b.readUInt16BE(at('head') + 18);
  const hMetrics = b.readUInt16BE(at('hhea') + 34);
  const hmtx = at('hmtx');
  const advance = (glyph: number) => b.readUInt16BE(hmtx + 4 * Math.min(glyph, hMetrics - 1)) / unitsPerEm;
  const widths = new Map<number, number>();
  const cmap = at('cmap');
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const record = cmap + 4 + i * 8;
    const sub = cmap + b.readUInt32BE(record + 4);
    if (b.readUInt16BE(record) !== 3 || b.readUInt16BE(record + 2) !== 1 || b.readUInt16BE(sub) !== 4) continue;
    const segments = b.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const start = b.readUInt16BE(starts + 2 * s);
      const end = b.readUInt16BE(ends + 2 * s);
      const delta = b.readInt16BE(deltas + 2 * s);
      const rangeOffset = b.readUInt16BE(rangeOffsets + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph = (c + delta) & 0xffff;
        if (rangeOffset !== 0) {
          const g = b.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) widths.set(c, advance(glyph));
      }
    }
    break;
  }
  return { widths, fallback: advance(0) };
}

let metrics: { regular: Metrics; bold: Metrics } | null = null;

/** Width in pixels of `text` at `size` px, as resvg will draw it with DejaVu Sans (bold when `bold`). */
export function textWidth(text: string, size: number, bold = false): number {
  metrics ??= { regular: readMetrics(FONT_FILES[0] as string), bold: readMetrics(FONT_FILES[1] as string) };
  const m = bold ? metrics.bold : metrics.regular;
  let em = 0;
  for (const ch of text) em += m.widths.get(ch.codePointAt(0) ?? 0) ?? m.fallback;
  return em * size;
}

/** Cuts `text` with "…" so that it is at most `max` px wide. */
export function fitText(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
