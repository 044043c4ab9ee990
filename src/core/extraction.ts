// The core's light door for `briefdesk extract`: reading article files and finding their statements, without the
// store, query, theme, trend and summary code that index.ts also loads (the command starts ~0.25 CPU-s sooner).
// Everything else uses index.ts.
export type { CleanDocument, ExtractedDocument, Speaker, Statement } from './model.ts';
export { explainStatements, extractStatements, extractWithSpeakers, type Explanation } from './extract/extract.ts';
export { SpeakerRegistry, toRoles } from './extract/speakers.ts';
export { IngestError, listInputFiles, loadDocumentFile } from './ingest/index.ts';
export { describeError } from './describe-error.ts';
export { redact, secretsFromEnv } from './redact.ts';
