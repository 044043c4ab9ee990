// One line, no stack, for a file that could not be read or a command that failed (the CLI's error lines).
import { IngestError } from './ingest/index.ts';

/** One line, no stack: what went wrong with a file. */
export function describeError(err: unknown): string {
  if (err instanceof IngestError) return err.message;
  if (err instanceof Error) return `${err.name}: ${err.message}`.split('\n')[0] as string;
  return String(err);
}
