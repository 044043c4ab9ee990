// The one door that the CLI, the bots and the digest use: ingest articles, extract statements,
// search quotes, list speakers. It owns no I/O of its own beyond what it is given (store, registry,
// document loader), so each caller wires it the same way and tests can wire it in memory.
import type { CleanDocument, QuoteHit, QuoteQuery, Speaker, Statement } from './model.ts';
import type { AddDocumentResult, SpeakerCount, StatementStore, StoreStats } from './store/statement-store.ts';
import { extractStatements } from './extract/extract.ts';
import { SpeakerRegistry } from './extract/speakers.ts';
import { IngestError, listInputFiles, loadDocumentFile } from './ingest/index.ts';
import { parseQuery } from './query/parse-query.ts';
import { tagStatements } from './themes/classify.ts';
import type { Taxonomy } from './themes/taxonomy.ts';

export interface IngestProblem {
  readonly path: string;
  readonly message: string;
}

export interface IngestReport {
  readonly files: number;
  readonly documents: number;
  readonly skipped: number;
  readonly statements: number;
  readonly merged: number;
  readonly errors: readonly IngestProblem[];
}

export interface IngestOptions {
  /** Called after each file with the number done and the total. */
  readonly onProgress?: (done: number, total: number, path: string) => void;
}

export interface BriefingService {
  /** Ingests files and folders; one bad file is reported and skipped, the rest go on. */
  ingestPaths(paths: readonly string[], options?: IngestOptions): IngestReport;
  /** Extracts and stores one already-cleaned document (used by feeds). */
  ingestDocument(doc: CleanDocument): AddDocumentResult & { readonly statements: number };
  /** Extraction only, no storage. */
  extract(doc: CleanDocument): Statement[];
  parseQuery(text: string): QuoteQuery;
  /** `/quote` search: the user's text, parsed and run against the store. */
  quote(text: string, options?: { limit?: number; offset?: number }): QuoteHit[];
  /** Speakers with statement counts, plus their registry roles. */
  speakers(): (SpeakerCount & { readonly roles: readonly string[] })[];
  /** Speaker names and aliases that start with the given text (autocomplete). */
  suggestSpeakers(prefix: string, limit?: number): string[];
  stats(): StoreStats;
  readonly store: StatementStore;
  readonly registry: SpeakerRegistry;
  /** The theme taxonomy new statements are tagged with (null when the service was built without one). */
  readonly taxonomy?: Taxonomy | null;
}

export interface BriefingDeps {
  readonly store: StatementStore;
  /** The seed registry (data/speakers.json); learned speakers are added from the store. */
  readonly seedSpeakers?: readonly Speaker[];
  /** Theme taxonomy (data/themes.json): every new statement is tagged at ingest. Without it, no themes. */
  readonly taxonomy?: Taxonomy;
}

export function createBriefingService(deps: BriefingDeps): BriefingService {
  const { store } = deps;
  const registry = new SpeakerRegistry(deps.seedSpeakers ?? []);
  for (const s of store.loadSpeakers()) registry.add(s, false);

  const resolveSpeaker = (phrase: string): string | null => registry.lookup(phrase)?.name ?? null;
  /** Speakers learned from a document whose write failed: saved with the next document. */
  const unsaved: Speaker[] = [];

  function ingestDocument(doc: CleanDocument): AddDocumentResult & { statements: number } {
    if (store.hasDocument(doc.contentHash, doc.url)) {
      return { added: false, docId: doc.id, newStatements: 0, mergedStatements: 0, statements: 0 };
    }
    const statements = extractStatements(doc, registry);
    const themes = deps.taxonomy ? tagStatements(statements, deps.taxonomy) : undefined;
    const learned = [...unsaved.splice(0), ...registry.takeLearned()];
    // The document and the speakers it taught commit together: a crash in between would keep the document
    // (so a re-run skips it) but lose what it taught, and later documents would resolve names differently.
    const write = () => {
      const added = store.addDocument(doc, statements, themes);
      if (learned.length > 0) store.saveSpeakers(learned);
      return added;
    };
    let result: AddDocumentResult;
    try {
      result = store.batch ? store.batch(write) : write();
    } catch (err) {
      unsaved.push(...learned); // not saved: they go with the next document
      throw err;
    }
    return { ...result, statements: statements.length };
  }

  return {
    store,
    registry,
    taxonomy: deps.taxonomy ?? null,
    ingestDocument,
    extract: (doc) => extractStatements(doc, registry),
    parseQuery: (text) => parseQuery(text, resolveSpeaker),
    quote(text, options = {}) {
      const q = parseQuery(text, resolveSpeaker);
      return store.search(q, options.limit ?? 10, options.offset ?? 0);
    },
    ingestPaths(paths, options = {}) {
      const { files, errors: listErrors } = listInputFiles([...paths]);
      const errors: IngestProblem[] = [...listErrors];
      let documents = 0;
      let skipped = 0;
      let statements = 0;
      let merged = 0;
      files.forEach((file, i) => {
        try {
          const doc = loadDocumentFile(file);
          const r = ingestDocument(doc);
          if (r.added) {
            documents++;
            statements += r.newStatements;
            merged += r.mergedStatements;
          } else skipped++;
        } catch (err) {
          errors.push({ path: file, message: describeError(err) });
        }
        options.onProgress?.(i + 1, files.length, file);
      });
      return { files: files.length, documents, skipped, statements, merged, errors };
    },
    speakers() {
      return store.speakerCounts().map((c) => ({ ...c, roles: registry.get(c.name)?.roles ?? [] }));
    },
    suggestSpeakers(prefix, limit = 25) {
      const p = prefix.trim().toLowerCase();
      const counts = new Map(store.speakerCounts().map((c) => [c.name, c.statements]));
      return registry
        .all()
        .filter((s) => !p || [s.name, ...s.aliases].some((a) => a.toLowerCase().includes(p)))
        .sort((a, b) => (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) || a.name.localeCompare(b.name))
        .slice(0, limit)
        .map((s) => s.name);
    },
    stats: () => store.stats(),
  };
}

/** One line, no stack: what went wrong with a file. */
export function describeError(err: unknown): string {
  if (err instanceof IngestError) return err.message;
  if (err instanceof Error) return `${err.name}: ${err.message}`.split('\n')[0] as string;
  return String(err);
}
