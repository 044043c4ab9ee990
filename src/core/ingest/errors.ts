// The one error type of the ingest step, so callers (CLI, feed poller) can report a bad file and go on.
// The message is one line without the path (callers print `path: message`, like listInputFiles errors).

export class IngestError extends Error {
  /** The input path the error is about, when the input came from a file. */
  readonly path: string | null;

  constructor(message: string, options: { path?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IngestError';
    this.path = options.path ?? null;
  }
}
