// The one door that the CLI, the bots and the digest use: ingest articles, extract statements,
// search quotes, list speakers. It owns no I/O of its own beyond what it is given (store, registry,
// document loader), so each caller wires it the same way and tests can wire it in memory.
import type { CleanDocument, DigestStatement, ExtractedDocument, QuoteHit, QuoteQuery, Speaker, Statement, StoredStatement } from './model.ts';
import type { AddDocumentResult, SpeakerCount, StatementStore, StoreStats } from './store/statement-store.ts';
import { joinRun } from './runs.ts';
import { explainStatements, extractStatements, extractWithSpeakers, type Explanation } from './extract/extract.ts';
import { SpeakerRegistry, rolesAt } from './extract/speakers.ts';
import type { SpeakerChange } from './store/statement-store.ts';
import { listInputFiles, loadDocumentFile, type InputFiles } from './ingest/index.ts';
import { storeFiles, storeFilesWith, type IngestProblem, type IngestSteps } from './ingest-batches.ts';
import { ENGLISH_WORDS } from './ingest/english-words.ts';
import { parseQuery } from './query/parse-query.ts';
import { interpretQuery, type Interpretation } from './query/interpret.ts';
import { shippedGazetteer, type Gazetteer } from './places/index.ts';
import { findTheme } from './themes/taxonomy.ts';
import { QueryCache } from './query/query-cache.ts';
import { retagStore, tagStatements } from './themes/classify.ts';
import type { Taxonomy } from './themes/taxonomy.ts';
import { computeTrend, type TrendRequest, type TrendResult } from './trend/index.ts';
// What the bots need to parse /trend and word its answers (the core's door for them is this module).
export { describeEmpty, intervalOf, parseTrendText, splitOf, TrendInputError, type TrendRequest, type TrendResult } from './trend/index.ts';

export interface QuoteOptions {
  readonly limit?: number;
  readonly offset?: number;
  readonly typing?: boolean;
}

export interface IngestReport {
  readonly files: number;
  readonly documents: number;
  readonly skipped: number;
  readonly statements: number;
  readonly merged: number;
  /**
   * Documents stored that gave no statement: statements are read from English text only, so a Russian-language
   * article is stored (and found again by its hash) but counted here.
   */
  readonly noStatements: number;
  /** Files in the folders given that were left out (not text or HTML by extension or content). */
  readonly ignored?: number;
  readonly errors: readonly IngestProblem[];
}

export { INGEST_BATCH, type IngestProblem } from './ingest-batches.ts';

export interface IngestOptions {
  /** Called after each file with the number done and the total. */
  readonly onProgress?: (done: number, total: number, path: string) => void;
  /** Milliseconds clock for batch lengths (tests; default: this process's CPU time, see INGEST_BATCH). */
  readonly clock?: () => number;
  /** The paths as listInputFiles listed them, when the caller has (the folders are not walked again). */
  readonly listed?: InputFiles;
}

/** Milliseconds of CPU time this process has used (user and system). */
function cpuMillis(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export interface BriefingService {
  /** Ingests files and folders; one bad file is reported and skipped, the rest go on. */
  ingestPaths(paths: readonly string[], options?: IngestOptions): IngestReport;
  /**
   * ingestPaths with the extraction done by `extract` (the CLI's worker threads; null: leave that document to this
   * thread), reading the next batch of files while one is extracted. The store ends up the same as with ingestPaths.
   */
  ingestPathsWith(paths: readonly string[], extract: (doc: CleanDocument) => Promise<ExtractedDocument | null>, options?: Omit<IngestOptions, 'clock'>): Promise<IngestReport>;
  /** Extracts and stores one already-cleaned document (used by feeds). */
  ingestDocument(doc: CleanDocument): AddDocumentResult & { readonly statements: number };
  /** Extraction only, no storage. */
  extract(doc: CleanDocument): Statement[];
  /** Extraction with, for each statement, the frame that found it and how its speaker was resolved. */
  explain(doc: CleanDocument): { statement: Statement; explanation: Explanation }[];
  /** Parses query text; `typing`: as-you-type, the last word is unfinished (see parseQuery). */
  parseQuery(text: string, options?: { typing?: boolean }): QuoteQuery;
  /**
   * `/quote` search: the user's text, parsed and run against the store. `typing` (inline search while the user
   * types): the last word completes a speaker's name or matches as a prefix. Recent identical queries are
   * answered from a small cache until statements land.
   */
  quote(text: string, options?: QuoteOptions): QuoteHit[];
  /**
   * Speakers with statement counts and roles (the role their latest statement gives them first, then registry
   * roles held today); `label` tells apart people who share a name: "Michael Howard (Conservative leader)".
   */
  speakers(): (SpeakerCount & { readonly roles: readonly string[]; readonly label: string })[];
  /** Speaker names and aliases that start with the given text (autocomplete). */
  suggestSpeakers(prefix: string, limit?: number): string[];
  /**
   * How `quote` reads the text, one line each: a role's holders, a surname's most recent bearer and who else it
   * could mean, a misspelt speaker taken for a known one, and what could not be read (`since:garbage`, an unknown
   * theme) with what would work. Empty when the query is read as typed.
   */
  queryNotes(text: string, options?: { typing?: boolean }): string[];
  /** A registry role the speaker held at `date` (undated: one still held), or null. */
  roleAt(name: string, date: string | null): string | null;
  /**
   * "Michael Howard (Conservative leader)": each speaker's name with the role that tells them apart (their latest
   * statement's, else a registry role held today), when known. One store read for the whole list.
   */
  speakerLabels(names: readonly string[]): string[];
  /**
   * Re-resolves the speakers of every stored document with today's rules (documents are re-read from the
   * store, or from their file for databases older than kept texts), all changes in one transaction.
   */
  reresolveSpeakers(): ReresolveReport;
  /**
   * `/trend`: the statements a `/quote` query matches, counted per interval and split by speaker, theme or outlet
   * (see core/trend). Throws TrendInputError for input that cannot give a chart.
   */
  trend(request: TrendRequest): TrendResult;
  stats(): StoreStats;
  /** A speaker the directory knows (seed registry, or learned from a stored document): kind, aliases, roles. */
  speaker(name: string): Speaker | undefined;
  /** Stored statements with seq > afterSeq, oldest first, at most `limit` (digests read on from a cursor). */
  statementsSince(afterSeq: number, limit?: number): StoredStatement[];
  /** The same statements without context, span and run: what a digest reads (StatementStore.digestStatementsSince). */
  digestStatementsSince(afterSeq: number, limit?: number): DigestStatement[];
  /** Re-tags every stored statement with the taxonomy given (default: the service's); how many got a theme. */
  retag(taxonomy?: Taxonomy): number;
  /** Closes the store. */
  close(): void;
  /** The theme taxonomy new statements are tagged with (null when the service was built without one). */
  readonly taxonomy?: Taxonomy | null;
}

export interface ReresolveReport {
  readonly documents: number;
  /** Documents whose text is neither kept nor readable from their file any more. */
  readonly unreadable: number;
  readonly changed: number;
}

export interface BriefingDeps {
  readonly store: StatementStore;
  /** The seed registry (data/speakers.json); learned speakers are added from the store. */
  readonly seedSpeakers?: readonly Speaker[];
  /** Theme taxonomy (data/themes.json): every new statement is tagged at ingest. Without it, no themes. */
  readonly taxonomy?: Taxonomy;
  /** Answers kept for recent identical queries (default 128; 0: none). */
  readonly quoteCache?: number;
  /** Place names for search (default: the shipped gazetteer, read on first use; null: none). */
  readonly gazetteer?: Gazetteer | null;
}

export function createBriefingService(deps: BriefingDeps): BriefingService {
  const { store } = deps;
  // Extraction reads the shipped registry only: a document's speakers never depend on what was read before it.
  const seed = new SpeakerRegistry(deps.seedSpeakers ?? []);
  // The directory (search, autocomplete, roles shown) also knows the people that ingested documents named.
  const registry = new SpeakerRegistry(deps.seedSpeakers ?? []);
  for (const s of store.loadSpeakers()) registry.add(directoryEntry(s), false);

  const quoted = (name: string): boolean => store.speakerCounts().some((c) => c.name === name && c.statements > 0);
  /**
   * A known speaker's name in a query. An ordinary word typed in lower case ("jobs", "trade") is a speaker only when
   * that speaker has statements: the directory also holds people documents merely named (Steve Jobs, a "Free Trade"
   * read from a headline), who would otherwise turn a search word into a filter that finds nothing.
   */
  const resolveSpeaker = (phrase: string): string | null => {
    const name = registry.lookup(phrase)?.name ?? null;
    if (name === null || !/^\p{Ll}+$/u.test(phrase) || !(ENGLISH_WORDS.has(phrase) || ENGLISH_WORDS.has(phrase.replace(/s$/, '')))) return name;
    return quoted(name) ? name : null;
  };
  /**
   * As-you-type: the most quoted speaker whose name or alias starts with the phrase, or has a word that does
   * ("Lavr" → Sergey Lavrov); a full name or surname resolves as usual first.
   */
  const completeSpeaker = (phrase: string): string | null => {
    const exact = resolveSpeaker(phrase);
    if (exact) return exact;
    const p = phrase.trim().toLowerCase();
    if (p.length < 3) return null;
    const starts = (name: string) => {
      const n = name.toLowerCase();
      return n.startsWith(p) || n.includes(` ${p}`);
    };
    const found = registry.all().filter((s) => starts(s.name) || s.aliases.some(starts));
    if (found.length <= 1) return found[0]?.name ?? null;
    const counts = new Map(store.speakerCounts().map((c) => [c.name, c.statements]));
    found.sort((a, b) => (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) || a.name.localeCompare(b.name));
    return found[0]?.name ?? null;
  };
  const parse = (text: string, typing: boolean): QuoteQuery => parseQuery(text, resolveSpeaker, typing ? { typing: { completeSpeaker } } : {});
  const answers = new QueryCache<QuoteHit[]>(deps.quoteCache ?? 128);
  const roleAt = (name: string, date: string | null): string | null => {
    const known = registry.get(name);
    return known ? (rolesAt(known, date)[0] ?? null) : null;
  };
  /**
   * "Sergey Lavrov" also finds statements whose document only ever says "Lavrov" (kept as written: unknown
   * rather than wrong), as long as nobody else in the directory has that surname.
   */
  /** Hits that are one paragraph of a run carry the whole run's text (the run read once per answer). */
  const withRuns = (hits: QuoteHit[]): QuoteHit[] =>
    hits.map((hit) => {
      const id = hit.statement.run?.id;
      if (!id || (hit.statement.run?.of ?? 1) < 2) return hit;
      const parts = store.runOf(id);
      return parts.length > 1 ? { ...hit, run: joinRun(parts).text } : hit;
    });

  const withSurnames = (q: QuoteQuery): QuoteQuery => {
    const extra: string[] = [];
    for (const name of q.speakers) {
      const known = registry.get(name);
      const surname = name.split(/\s+/).pop() ?? '';
      if (known?.kind === 'person' && name.includes(' ') && registry.withSurname(surname).length === 1) extra.push(surname);
    }
    if (extra.length === 0) return q;
    // a role's windows hold for the bare surname too
    const windows = q.speakerWindows?.flatMap((w) => [w, ...(extra.includes(w.speaker.split(/\s+/).pop() ?? '') ? [{ ...w, speaker: w.speaker.split(/\s+/).pop() ?? '' }] : [])]);
    return { ...q, speakers: [...new Set([...q.speakers, ...extra])], ...(windows ? { speakerWindows: windows } : {}) };
  };
  let gazetteer: Gazetteer | null | undefined = deps.gazetteer;
  const interpret = (text: string, typing: boolean): Interpretation => {
    gazetteer ??= shippedGazetteer();
    const taxonomy = deps.taxonomy;
    return interpretQuery(parse(text, typing), {
      speakers: () => registry.all(),
      withSurname: (surname) => registry.withSurname(surname),
      latestDate: (name) => store.search({ speakers: [name], terms: [], phrases: [], since: null, until: null, outlet: null, theme: null }, 1)[0]?.statement.date ?? null,
      label: (name) => label(name, shownRole(store.speakerCounts().find((c) => c.name === name)?.role) ?? roleAt(name, today())),
      themes: taxonomy ? taxonomy.themes.map((t) => t.name) : null,
      isTheme: taxonomy ? (name) => findTheme(taxonomy, name) !== undefined : undefined,
      gazetteer,
    });
  };
  /** Speakers learned from a document whose write failed: saved with the next document. */
  const unsaved: Speaker[] = [];

  function ingestDocument(doc: CleanDocument, extracted?: ExtractedDocument): AddDocumentResult & { statements: number } {
    if (store.hasDocument(doc.contentHash, doc.url)) {
      return { added: false, docId: doc.id, newStatements: 0, mergedStatements: 0, statements: 0 };
    }
    const { statements, learned: taught } = extracted ?? extractWithSpeakers(doc, seed);
    for (const s of taught) registry.add(s);
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

  const steps: IngestSteps = {
    known: (doc) => store.hasDocument(doc.contentHash, doc.url),
    ingest: ingestDocument,
    inBatch: store.batch ? store.batch.bind(store) : <T>(work: () => T): T => work(),
  };

  return {
    taxonomy: deps.taxonomy ?? null,
    speaker: (name) => registry.get(name),
    statementsSince: (afterSeq, limit) => store.statementsSince(afterSeq, limit),
    digestStatementsSince: (afterSeq, limit) => store.digestStatementsSince(afterSeq, limit),
    retag(taxonomy = deps.taxonomy) {
      if (!taxonomy) throw new Error('no theme taxonomy to tag with');
      return retagStore(store, taxonomy);
    },
    close: () => store.close(),
    ingestDocument,
    extract: (doc) => extractStatements(doc, seed),
    explain: (doc) => explainStatements(doc, seed),
    parseQuery: (text, options = {}) => parse(text, options.typing === true),
    quote(text, options = {}) {
      const limit = options.limit ?? 10;
      const offset = options.offset ?? 0;
      const typing = options.typing === true;
      // the data version is a round trip on PostgreSQL: asked only when the cache can answer
      const version = answers.enabled ? store.dataVersion?.() : undefined;
      const key = `${typing ? 'typing' : 'quote'}|${limit}|${offset}|${text}`;
      const cached = version === undefined ? undefined : answers.get(key, version);
      if (cached) return cached;
      const read = interpret(text, typing);
      let found = store.search(withSurnames(read.query), limit, offset);
      // a role or surname reading that finds nothing gives way to the words as typed
      if (found.length === 0 && read.fallback !== null) found = store.search(withSurnames(read.fallback), limit, offset);
      const hits = withRuns(found);
      if (version !== undefined) answers.set(key, version, hits);
      return hits;
    },
    ingestPaths(paths, options = {}) {
      const { files, errors: listed, ignored } = options.listed ?? listInputFiles([...paths]);
      const { total, errors } = storeFiles(files, steps, { onProgress: options.onProgress, clock: options.clock ?? cpuMillis });
      return { files: files.length, ...total, ignored, errors: [...listed, ...errors] };
    },
    async ingestPathsWith(paths, extract, options = {}) {
      const { files, errors: listed, ignored } = options.listed ?? listInputFiles([...paths]);
      const { total, errors } = await storeFilesWith(files, steps, extract, { onProgress: options.onProgress, clock: cpuMillis });
      return { files: files.length, ...total, ignored, errors: [...listed, ...errors] };
    },
    speakers() {
      const day = today();
      return store.speakerCounts().map((c) => {
        const known = registry.get(c.name);
        const roles = [...new Set([...(shownRole(c.role) ? [c.role as string] : []), ...(known ? rolesAt(known, day) : [])])];
        return { ...c, roles, label: label(c.name, roles[0]) };
      });
    },
    roleAt,
    queryNotes: (text, options = {}) => [...interpret(text, options.typing === true).notes],
    speakerLabels(names) {
      const latest = new Map(store.speakerCounts().map((c) => [c.name, c.role]));
      const day = today();
      return names.map((name) => label(name, shownRole(latest.get(name)) ?? roleAt(name, day)));
    },
    reresolveSpeakers() {
      if (!store.documents || !store.reattribute) throw new Error('this store cannot re-resolve speakers');
      const changes: SpeakerChange[] = [];
      let documents = 0;
      let unreadable = 0;
      for (const { doc, textKept } of store.documents()) {
        documents++;
        let full = doc;
        if (!textKept) {
          try {
            if (!doc.path) throw new Error('no file');
            full = { ...loadDocumentFile(doc.path), id: doc.id };
            if (full.contentHash !== doc.contentHash) throw new Error('file changed');
          } catch {
            unreadable++;
            continue;
          }
        }
        const { statements, learned } = extractWithSpeakers(full, seed);
        for (const s of learned) registry.add(s);
        for (const st of statements) changes.push({ docId: doc.id, span: st.span, speaker: st.speaker, speakerRole: st.speakerRole ?? null });
      }
      const changed = store.reattribute(changes);
      const taught = registry.takeLearned();
      if (taught.length > 0) store.saveSpeakers(taught);
      return { documents, unreadable, changed };
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
    trend: (request) =>
      computeTrend({
        countByDay: (query, by) => store.countByDay(query, by),
        parse: (text) => withSurnames(parse(text, false)),
        label: (by, key) => (by === 'theme' ? (deps.taxonomy?.themes.find((t) => t.name === key)?.label ?? key) : key),
        today,
      }, request),
    stats: () => store.stats(),
  };
}

const today = (): string => new Date().toISOString().slice(0, 10);
/** A role worth showing: not a bare honorific ("Mr", "Ms" tell nobody apart). */
const shownRole = (role: string | null | undefined): string | null => (role && !/^(?:mr|mrs|ms|miss|mx|dr|sir|dame|madam|mister|lord|lady)\.?$/i.test(role.trim()) ? role : null);
const label = (name: string, role: string | null | undefined): string => (role ? `${name} (${role})` : name);

/**
 * A stored speaker as the directory keeps it: a person is never found by a bare surname learned from one
 * story (databases written before speaker identity kept "Howard" as an alias of whichever Howard came first).
 */
function directoryEntry(s: Speaker): Speaker {
  return s.kind === 'person' ? { ...s, aliases: s.aliases.filter((a) => a.trim().includes(' ')) } : s;
}

export { describeError } from './describe-error.ts';
