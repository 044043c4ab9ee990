// The ingest step's entry point: raw file contents → CleanDocument. Picks the HTML or plain-text path,
// runs the shared clean-up and decides title, outlet, URL and date from the evidence both paths collect.
import crypto from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { CleanDocument } from '../model.ts';
import { resolveDate } from './dates.ts';
import { decodeInput } from './decode.ts';
import { IngestError } from './errors.ts';
import { looksLikeHtml, markupNesting, MAX_HTML_NESTING, readHtml, type HtmlArticle } from './html.ts';
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

/** One line of metadata: whitespace collapsed, control characters (terminal escapes from a feed) dropped. */
function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim();
  return t ? t : null;
}

/** Only http(s) addresses are kept: a document's URL ends up as a link in every chat. */
function webUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// one-shot hashing (Node >= 20.12) is cheaper than a Hash object per document (as sha1 in extract/assemble.ts)
const sha256 = typeof crypto.hash === 'function' ? (s: string): string => crypto.hash('sha256', s) : (s: string): string => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

/** Reads one article (bytes or text) into a CleanDocument. Throws IngestError for unusable input. */
export function loadDocument(input: LoadInput): CleanDocument {
  const path = input.path ?? null;
  const raw = decodeInput(input.data, path);
  const now = input.now ?? new Date();
  const fallbackDate = clean(input.fallbackDate)?.slice(0, 10) ?? null;

  let html: HtmlArticle | null = null;
  if (isHtmlInput(raw, input)) {
    if (markupNesting(raw) > MAX_HTML_NESTING) {
      throw new IngestError(`HTML nested more than ${MAX_HTML_NESTING.toLocaleString('en-US')} levels deep (unclosed tags?); not read`, { path });
    }
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
      // (read only when resolveDate comes to a banner date: see analyseText)
      get bodyYears() {
        return analysis.bodyYears;
      },
      get lastYear() {
        return analysis.lastYear;
      },
    },
    now,
  );
  const outlet =
    analysis.outletFromDateline ??
    clean(html?.outlet) ??
    analysis.outletFromSiteLine ??
    clean(input.fallbackOutlet) ??
    analysis.outletFromCopyright;

  const hash = sha256(analysis.text);
  return {
    id: hash.slice(0, 16),
    contentHash: hash,
    text: analysis.text,
    title: clean(analysis.title) ?? clean(input.fallbackTitle),
    ...(analysis.standfirst ? { standfirst: clean(analysis.standfirst) } : {}),
    outlet: clean(outlet),
    url: html?.url ?? webUrl(clean(input.url)),
    date,
    path,
  };
}

/**
 * Largest file read (64 MiB). Ingest holds a document, its statements and their index in memory at once: 50 MB
 * of dense wire text (~290,000 statements) peaks near 2 GB, so much larger files are refused up front.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file and loads it; file-system errors become IngestError. */
export function loadDocumentFile(path: string): CleanDocument {
  let data: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      throw new IngestError(`file is too large (${(size / 1048576).toFixed(0)} MiB; at most ${MAX_FILE_BYTES / 1048576} MiB per document)`, { path });
    }
    data = readFileSync(path);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? String(cause)})`;
    throw new IngestError(reason, { path, cause });
  }
  return loadDocument({ data, path });
}
