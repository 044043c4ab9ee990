// Drawing: a Vega spec → SVG (Vega's own renderer, no browser, no canvas) → PNG (resvg, a Rust renderer whose
// binary ships inside its npm package), with the packaged DejaVu Sans only, so the pixels do not depend on the
// machine's fonts. Vega is loaded on the first chart (it adds ~0.2 s to a start-up that draws none).
import { Resvg } from '@resvg/resvg-js';
import type * as VegaModule from 'vega';
import type { Spec } from 'vega';
import { FONT_FAMILY, FONT_FILES, textWidth } from './font.ts';

type Vega = typeof VegaModule;
interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}
let vega: Promise<Vega> | null = null;

/** Vega, with text measured from the font files (its estimate is 0.8 em a character). */
function loadVega(): Promise<Vega> {
  vega ??= import('vega').then((v) => {
    // vega-scenegraph's documented hook for a custom measure (vl-convert sets it too); the typings omit it.
    const metrics = (v as unknown as { textMetrics?: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
    if (!metrics) throw new Error('this Vega version has no textMetrics: chart text cannot be measured');
    metrics.width = (item, text) => {
      const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
      return textWidth(String(text ?? '').trim(), item.fontSize ?? 11, bold);
    };
    return v;
  });
  return vega;
}

/** The SVG of a Vega spec (deterministic: the same spec gives the same text). */
export async function specToSvg(spec: Spec): Promise<string> {
  const v = await loadVega();
  const view = new v.View(v.parse(spec), { renderer: 'none', logLevel: v.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The PNG of an SVG, drawn at its own size on white. */
export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    background: 'white',
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
