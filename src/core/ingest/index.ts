// Public API of the ingest step: raw article files → CleanDocument.
export { IngestError } from './errors.ts';
export { loadDocument, loadDocumentFile, type LoadInput } from './load-document.ts';
export { listInputFiles, ARTICLE_EXTENSIONS, type InputFiles } from './list-files.ts';
export { cleanText } from './clean-text.ts';
export { repairHyphenation } from './hyphenation.ts';
export { detectLegacyEncoding, decodeLegacy, type Detection } from './detect-encoding.ts';
