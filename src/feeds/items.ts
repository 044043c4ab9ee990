// One feed item → one stored document: skip it when already seen (GUID, normalised URL), otherwise fetch
// the article page and clean it with the same loadDocument as file ingestion, falling back to the item's
// own content when the page fails; the feed supplies title, outlet and date the page lacks.
import { loadDocument, type BriefingService, type CleanDocument } from '../core/index.ts';
import { decodeBody, mediaType } from './decode.ts';
import { describeFeedError, FeedError } from './errors.ts';
import type { FeedItemRecord, FeedSource, FeedStore } from './feed-store.ts';
import { PAGE_ACCEPT, type HttpFetcher } from './http.ts';
import type { FeedEntry } from './parse-feed.ts';
import { tryNormaliseUrl } from './url.ts';

/** A failed item is tried again on later polls, at most this many times in all. */
export const MAX_ITEM_ATTEMPTS = 3;

export interface ItemDeps {
  readonly store: FeedStore;
  readonly briefing: Pick<BriefingService, 'ingestDocument'>;
  readonly http: HttpFetcher;
  readonly now: () => Date;
}

export type ItemOutcome =
  | { readonly kind: 'ingested'; readonly newStatements: number; readonly usedFallback: boolean }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'failed'; readonly error: string };

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** Whether the item still needs work; records a re-stamped item's new GUID so the next match is direct. */
export function needsWork(deps: ItemDeps, feed: FeedSource, entry: FeedEntry): { needed: boolean; known: FeedItemRecord | null } {
  const url = tryNormaliseUrl(entry.link);
  const known = deps.store.findItem(feed.id, { guid: entry.guid, url });
  if (!known) return { needed: true, known };
  if (known.status === 'failed' && known.attempts < MAX_ITEM_ATTEMPTS) return { needed: true, known };
  const newGuid = entry.guid !== null && !(known.feedId === feed.id && known.guid === entry.guid);
  if (newGuid || known.feedId !== feed.id) {
    deps.store.saveItem({
      feedId: feed.id,
      guid: entry.guid,
      url,
      contentHash: known.contentHash,
      title: entry.title,
      docId: null,
      status: 'duplicate',
      note: `already seen as item ${known.id}`,
      at: deps.now().toISOString(),
    });
  }
  return { needed: false, known };
}

async function pageDocument(deps: ItemDeps, entry: FeedEntry, fallbacks: Fallbacks, signal?: AbortSignal): Promise<CleanDocument> {
  if (!entry.link) throw new FeedError('invalid-url', 'the item has no link');
  const page = await deps.http.get(entry.link, { accept: PAGE_ACCEPT, signal });
  if (page.notModified) throw new FeedError('http-status', 'unexpected 304 for an article page', { url: entry.link, status: 304 });
  const type = mediaType(page.contentType);
  if (type && !PAGE_TYPES.has(type)) throw new FeedError('unsupported-content', `the page is ${type}, not HTML`, { url: page.url });
  const html = decodeBody(page.body, page.contentType);
  return loadDocument({ data: html, contentType: type === 'text/plain' ? 'text' : null, ...fallbacks });
}

interface Fallbacks {
  readonly url: string | null;
  readonly fallbackTitle: string | null;
  readonly fallbackDate: string | null;
  readonly fallbackOutlet: string | null;
  readonly now: Date;
}

function contentDocument(entry: FeedEntry, fallbacks: Fallbacks): CleanDocument {
  if (!entry.content) throw new FeedError('malformed', 'the item carries no content of its own');
  const isHtml = /<[a-z][^>]*>/i.test(entry.content);
  // A bare fragment gets a page around it so the HTML path treats it as the article body.
  const data = isHtml ? `<!doctype html><html><head><title></title></head><body><article>${entry.content}</article></body></html>` : entry.content;
  return loadDocument({ data, contentType: isHtml ? 'html' : 'text', ...fallbacks });
}

/** Processes one item that needsWork(): never throws except when the round is being stopped. */
export async function ingestItem(
  deps: ItemDeps,
  feed: FeedSource,
  feedTitle: string | null,
  entry: FeedEntry,
  known: FeedItemRecord | null,
  signal?: AbortSignal,
): Promise<ItemOutcome> {
  const url = tryNormaliseUrl(entry.link);
  const fallbacks: Fallbacks = {
    url,
    fallbackTitle: entry.title,
    fallbackDate: entry.date,
    fallbackOutlet: entry.outlet ?? feed.name ?? feedTitle,
    now: deps.now(),
  };
  let doc: CleanDocument | null = null;
  let pageError: string | null = null;
  try {
    doc = await pageDocument(deps, entry, fallbacks, signal);
  } catch (err) {
    if (err instanceof FeedError && err.kind === 'aborted') throw err;
    pageError = `page: ${describeFeedError(err)}`;
    try {
      doc = contentDocument(entry, fallbacks);
    } catch (err2) {
      pageError = `${pageError}; feed content: ${describeFeedError(err2)}`;
    }
  }
  const base = {
    id: known?.feedId === feed.id ? known.id : undefined, // retrying this feed's failed item
    feedId: feed.id,
    guid: entry.guid,
    url,
    title: entry.title,
    at: deps.now().toISOString(),
  };
  if (!doc) {
    deps.store.saveItem({ ...base, docId: null, status: 'failed', note: pageError });
    return { kind: 'failed', error: pageError ?? 'unknown error' };
  }
  const stored = { ...doc, url: tryNormaliseUrl(doc.url) ?? url };
  let result: ReturnType<ItemDeps['briefing']['ingestDocument']>;
  try {
    result = deps.briefing.ingestDocument(stored);
  } catch (err) {
    const error = `store: ${describeFeedError(err)}`;
    deps.store.saveItem({ ...base, contentHash: stored.contentHash, docId: null, status: 'failed', note: error });
    return { kind: 'failed', error };
  }
  const note = pageError ? `${pageError}; used the feed's own content` : null;
  if (!result.added) {
    deps.store.saveItem({ ...base, contentHash: stored.contentHash, docId: result.docId, status: 'duplicate', note });
    return { kind: 'duplicate' };
  }
  deps.store.saveItem({ ...base, contentHash: stored.contentHash, docId: result.docId, status: 'ingested', note, newStatements: result.newStatements });
  return { kind: 'ingested', newStatements: result.newStatements, usedFallback: pageError !== null };
}
