// The HTML path: finds the article in a web page with Readability (on linkedom's DOM), reads the page's
// own metadata (Open Graph, JSON-LD, <time>, meta tags) and turns the article into plain paragraphs that the
// plain-text clean-up then handles like any other text.
import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { parseMetaDate } from './dates.ts';

// linkedom and Readability are loaded when the first page is read (their CommonJS builds, so that reading stays
// synchronous): loading linkedom took a quarter of a second of every start-up, plain-text runs included.
let libraries: { readonly parseHTML: typeof LinkedomModule.parseHTML; readonly Readability: typeof ReadabilityModule.Readability } | null = null;

function dom(): NonNullable<typeof libraries> {
  if (!libraries) {
    const load = createRequire(import.meta.url);
    const { parseHTML } = load('linkedom') as typeof LinkedomModule;
    const { Readability } = load('@mozilla/readability') as typeof ReadabilityModule;
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

// The project compiles without the DOM lib, so the few DOM members used here are described structurally.
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  readonly title: string;
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface HtmlArticle {
  /** Article text: paragraphs separated by blank lines, lines by newlines; not yet cleaned. */
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly date: string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea', 'figcaption',
  'canvas', 'video', 'audio', 'object', 'embed', 'head', 'title', 'meta', 'link',
]);
/** Page chrome skipped when Readability finds nothing and the whole body is read instead. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'figure', 'hr', 'address', 'details', 'summary', 'center', 'body', 'html', 'form', 'fieldset', 'caption',
]);

/** Recursion depth of elementText; below it an element's text is taken flat (linkedom's textContent is iterative). */
const MAX_WALK_DEPTH = 200;
/**
 * Readability's cost grows about cubically with nesting depth (800 levels take seconds, 2,000 over a minute,
 * e.g. unclosed tags), while real article pages stay well under 100: deeper pages skip it for the body text.
 */
export const MAX_READABILITY_DEPTH = 160;

/** Element nesting depth under `root`, counting stops once it passes `limit` (iterative: any depth is safe). */
function nestingDepth(root: DomNode, limit: number): number {
  const stack: [DomNode, number][] = [[root, 0]];
  let max = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max && (max = depth) > limit) return max;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k && k.nodeType === ELEMENT) stack.push([k, depth + 1]);
    }
  }
  return max;
}

/** Plain text of an element: block elements become paragraphs, <br> a line break. */
export function elementText(root: DomNode, skipChrome = false): string {
  const out: string[] = [];
  let pending: '' | '\n' | '\n\n' = '';
  const push = (s: string): void => {
    if (s.length === 0) return;
    if (out.length > 0 && pending) out.push(pending);
    pending = '';
    out.push(s);
  };
  const brk = (b: '\n' | '\n\n'): void => {
    if (b === '\n\n' || pending === '') pending = b;
  };
  const walk = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT) {
      push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (skipChrome && CHROME.has(name)) return;
    const el = node as DomElement;
    if (skipChrome && /^(?:navigation|banner|contentinfo|complementary|search)$/i.test(el.getAttribute('role') ?? '')) return;
    if (name === 'br') {
      brk('\n');
      return;
    }
    if (depth > MAX_WALK_DEPTH) {
      // Absurdly deep (unclosed or hostile) markup: keep the text, flattened, instead of recursing further.
      brk('\n\n');
      push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim());
      brk('\n\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) brk('\n\n');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k) walk(k, depth + 1);
    }
    if (block) brk('\n\n');
  };
  walk(root, 0);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function attr(doc: DomDocument, selector: string, name = 'content'): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

interface JsonLdInfo {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|Report)$/;

/** Reads article facts from every JSON-LD block (objects, arrays and @graph). */
function readJsonLd(doc: DomDocument): JsonLdInfo {
  const info: JsonLdInfo = { headline: null, datePublished: null, publisher: null, url: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      if (!info.headline && typeof o.headline === 'string') info.headline = o.headline.trim() || null;
      if (!info.datePublished && typeof o.datePublished === 'string') info.datePublished = o.datePublished;
      if (!info.url && typeof o.url === 'string') info.url = o.url;
      const pub = Array.isArray(o.publisher) ? o.publisher[0] : o.publisher;
      if (!info.publisher && pub && typeof pub === 'object' && typeof (pub as { name?: unknown }).name === 'string') {
        info.publisher = ((pub as { name: string }).name).trim() || null;
      }
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]?.textContent ?? ''), 0);
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return info;
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "Headline | Site" → "Headline" when the tail is the site name or a short brand. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = (parts.at(-1) ?? '').trim();
  const restWords = parts.slice(0, -1).join(' ').split(/\s+/).length;
  const isBrand =
    (outlet !== null && last.toLowerCase() === outlet.toLowerCase()) ||
    /^[\w-]+\.[a-z]{2,6}$/i.test(last) ||
    (last.split(/\s+/).length <= 3 && restWords >= 4);
  return isBrand ? title.slice(0, title.lastIndexOf(last)).replace(/\s+(?:[|–—-]|::)\s*$/, '').trim() : title;
}

/** Wraps fragments so that linkedom builds a full document. */
function asDocumentHtml(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Reads one HTML page. Throws only when the markup cannot be parsed at all. */
export function readHtml(html: string, givenUrl: string | null): HtmlArticle {
  const { document } = dom().parseHTML(asDocumentHtml(html)) as unknown as { document: DomDocument };

  const ld = readJsonLd(document);
  const outlet =
    attr(document, 'meta[property="og:site_name"]') ??
    attr(document, 'meta[name="application-name"]') ??
    ld.publisher ??
    null;
  const docTitle = document.title?.trim() || null;
  const title =
    attr(document, 'meta[property="og:title"]') ??
    attr(document, 'meta[name="twitter:title"]') ??
    ld.headline ??
    (docTitle ? stripSiteSuffix(docTitle, outlet) : null) ??
    (document.querySelector('h1')?.textContent?.trim() || null);
  const url =
    absoluteUrl(attr(document, 'link[rel="canonical"]', 'href'), givenUrl) ??
    absoluteUrl(attr(document, 'meta[property="og:url"]'), givenUrl) ??
    absoluteUrl(ld.url, givenUrl) ??
    absoluteUrl(givenUrl, null);
  const timeEl =
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[pubdate][datetime]') ??
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]');
  const date =
    parseMetaDate(attr(document, 'meta[property="article:published_time"]')) ??
    parseMetaDate(attr(document, 'meta[name="article:published_time"]')) ??
    parseMetaDate(attr(document, 'meta[itemprop="datePublished"]')) ??
    parseMetaDate(timeEl?.getAttribute('datetime')) ??
    parseMetaDate(ld.datePublished) ??
    parseMetaDate(
      attr(document, 'meta[name="date"]') ??
        attr(document, 'meta[name="pubdate"]') ??
        attr(document, 'meta[name="dc.date"]') ??
        attr(document, 'meta[name="DC.date"]') ??
        attr(document, 'meta[name="DC.date.issued"]') ??
        attr(document, 'meta[name="publish-date"]'),
    );

  // Readability changes the DOM it reads: metadata is read before it runs, and the body fallback parses anew.
  let text = '';
  let readabilityTitle: string | null = null;
  let readabilityDate: string | null = null;
  let readabilitySite: string | null = null;
  const tooDeep = document.documentElement !== null && nestingDepth(document.documentElement, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH;
  try {
    const article = tooDeep ? null : new (dom().Readability)(document as never, { serializer: (el: unknown) => el }).parse();
    if (article?.content) text = elementText(article.content as DomNode);
    readabilityTitle = article?.title?.trim() || null;
    readabilityDate = parseMetaDate(article?.publishedTime);
    readabilitySite = article?.siteName?.trim() || null;
  } catch {
    text = '';
  }
  if (text.trim().length === 0) {
    const fresh = tooDeep ? { document } : (dom().parseHTML(asDocumentHtml(html)) as unknown as { document: DomDocument });
    if (fresh.document.body) text = elementText(fresh.document.body, true);
  }

  return {
    text,
    title: title ?? readabilityTitle,
    outlet: outlet ?? readabilitySite,
    url,
    date: date ?? readabilityDate,
  };
}

/**
 * The HTML parser (htmlparser2 under linkedom) keeps open elements in an array it shifts and unshifts, so its
 * cost is quadratic in nesting depth: 100,000 unclosed <div>s take seconds, a 5 MB page minutes. Pages nested
 * deeper than this are refused before parsing (real pages nest a few dozen levels).
 */
export const MAX_HTML_NESTING = 10_000;

const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements the parser closes by itself when a sibling opens (<p><p>, <li><li>): they add no depth. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rt', 'rp']);

/**
 * A cheap upper estimate of how deep the parser will nest elements, from the raw markup (one linear scan);
 * stops counting once past `limit`.
 */
export function markupNesting(html: string, limit = MAX_HTML_NESTING): number {
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_SIBLINGS.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) return max;
  }
  return max;
}

/** Does this text look like HTML (doctype, <html>, or many tags)? */
export function looksLikeHtml(text: string): boolean {
  // (no '<' in the part read: no tag, whatever else the text holds)
  if (!text.slice(0, 65536).includes('<')) return false;
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head)) return true;
  const sample = text.slice(0, 65536);
  const tags = sample.match(/<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|body|head|script|meta|table|td|tr|img|strong|em|b|i)\b[^<>]{0,500}>/gi);
  const n = tags?.length ?? 0;
  return n >= 10 && n * 200 >= sample.length;
}
