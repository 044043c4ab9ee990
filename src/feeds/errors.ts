// The one error type of the feeds module: what went wrong with a feed, an article page or an OPML file.
// Every failure in a polling round becomes a FeedError that is recorded against its source, never thrown on.

/** What kind of failure, so callers can word it or decide to retry sooner or later. */
export type FeedErrorKind =
  | 'invalid-url'
  /** The host is or resolves to a loopback, private, link-local … address (see guard.ts, FEEDS_ALLOW_PRIVATE). */
  | 'forbidden-address'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http-status'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-a-feed'
  | 'malformed'
  | 'unsupported-content';

export interface FeedErrorOptions {
  readonly url?: string | null;
  readonly status?: number | null;
  /** From a 429/503 Retry-After header: the publisher asked us to wait this long. */
  readonly retryAfterMs?: number | null;
  readonly cause?: unknown;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string | null;
  readonly status: number | null;
  readonly retryAfterMs: number | null;

  constructor(kind: FeedErrorKind, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url ?? null;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** One line for `feeds list` and poll reports: the message without stack or class name noise. */
export function describeFeedError(err: unknown): string {
  if (err instanceof FeedError) return err.message;
  if (err instanceof Error) {
    const line = err.message.split('\n')[0] ?? '';
    return err.name === 'Error' || err.name === 'IngestError' ? line : `${err.name}: ${line}`;
  }
  return String(err);
}
