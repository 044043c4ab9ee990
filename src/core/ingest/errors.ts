// The one error type of the ingest step, so callers (CLI, feed poller) can report a bad file and go on.

export class IngestError extends Error {
  /** The input path the error is about, when the input came from a file. */
  readonly path: string | null;

  constructor(message: string, options: { path?: string | null; cause?: unknown } = {}) {
    const path = options.path ?? null;
    super(path ? `${path}: ${message}` : message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IngestError';
    this.path = path;
  }
}
