// The ingest step's entry point: raw file contents → CleanDocument. Picks the HTML or plain-text path,
// runs the shared clean-up and decides title, outlet, URL and date from the evidence both paths collect.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { CleanDocument } from '../model.ts';
import { resolveDate } from './dates.ts';
import { decodeInput } from './decode.ts';
import { IngestError } from './errors.ts';
import { looksLikeHtml, readHtml, type HtmlArticle } from './html.ts';
import { analyseText } from './metadata.ts';

export interface LoadInput {
  readonly data: Buffer | Uint8Array | string;
  readonly path?: string | null;
  readonly url?: string | null;
  readonly contentType?: 'text' | 'html' | null;
  /** What a feed item knows; used when the page itself lacks it. */
  readonly fallbackDate?: string | null;
  readonly fallbackTitle?: string | null;
  readonly fallbackOutlet?: string | null;
  /** The clock for rejecting future dates (tests); defaults to the current time. */
  readonly now?: Date | null;
}

function isHtmlInput(text: string, input: LoadInput): boolean {
  if (input.contentType === 'html') return true;
  if (input.contentType === 'text') return false;
  const ext = input.path ? extname(input.path).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  return looksLikeHtml(text);
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Reads one article (bytes or text) into a CleanDocument. Throws IngestError for unusable input. */
export function loadDocument(input: LoadInput): CleanDocument {
  const path = input.path ?? null;
  const raw = decodeInput(input.data, path);
  const now = input.now ?? new Date();
  const fallbackDate = clean(input.fallbackDate)?.slice(0, 10) ?? null;

  let html: HtmlArticle | null = null;
  if (isHtmlInput(raw, input)) {
    try {
      html = readHtml(raw, clean(input.url));
    } catch (cause) {
      throw new IngestError('could not parse the HTML page', { path, cause });
    }
  }
  const analysis = analyseText(html ? html.text : raw, {
    knownTitle: clean(html?.title),
    hintTitle: clean(input.fallbackTitle),
  });
  if (analysis.text.length === 0) {
    throw new IngestError('no article text left after removing boilerplate', { path });
  }

  const date = resolveDate(
    {
      header: analysis.headerDate,
      dateline: analysis.dateline,
      bylines: analysis.bylineDates,
      meta: html?.date ?? null,
      fallback: /^\d{4}-\d{2}-\d{2}$/.test(fallbackDate ?? '') ? fallbackDate : null,
      banner: analysis.bannerDate,
      copyrightYear: analysis.copyrightYear,
      bodyYears: analysis.bodyYears,
      lastYear: analysis.lastYear,
    },
    now,
  );
  const outlet =
    analysis.outletFromDateline ??
    clean(html?.outlet) ??
    analysis.outletFromSiteLine ??
    clean(input.fallbackOutlet) ??
    analysis.outletFromCopyright;

  const hash = createHash('sha256').update(analysis.text, 'utf8').digest('hex');
  return {
    id: hash.slice(0, 16),
    contentHash: hash,
    text: analysis.text,
    title: clean(analysis.title) ?? clean(input.fallbackTitle),
    outlet: clean(outlet),
    url: html?.url ?? clean(input.url),
    date,
    path,
  };
}

/** Reads a file and loads it; file-system errors become IngestError. */
export function loadDocumentFile(path: string): CleanDocument {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? String(cause)})`;
    throw new IngestError(reason, { path, cause });
  }
  return loadDocument({ data, path });
}
