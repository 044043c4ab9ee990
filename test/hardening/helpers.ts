// Shared wiring for the hardening tests: temporary folders, a service on a temp database file, and a
// consistency check of a database file from a separate connection (what an operator would run after a crash).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openService } from '../../src/cli.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';

const dirs: string[] = [];

/** A fresh temporary folder, removed by cleanUp(). */
export function tempDir(prefix = 'briefdesk-hardening-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A service (seed speakers, themes) on a new database file in a temp folder. */
export function freshService(): { service: BriefingService; file: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'briefdesk.db');
  return { service: openService(file), file, dir };
}

export interface DatabaseHealth {
  /** PRAGMA integrity_check: ['ok'] when sound. */
  readonly integrity: string[];
  /** PRAGMA foreign_key_check rows: none when every reference resolves. */
  readonly foreignKeyViolations: number;
  /** FTS5 'integrity-check' of the full-text index against the statements table: null when it passes. */
  readonly ftsError: string | null;
  /** Statements without any source row (a half-written document would leave these). */
  readonly statementsWithoutSource: number;
  /** Statements whose first document has no source row for them. */
  readonly firstDocWithoutSource: number;
  readonly documents: number;
  readonly statements: number;
}

/** Checks a database file through its own read-only connection. */
export function checkDatabase(file: string): DatabaseHealth {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    let ftsError: string | null = null;
    try {
      // The FTS5 check is spelled as an INSERT, so it needs a read-write connection; rank 1 also compares the
      // index with the statements table (external content).
      const rw = new Database(file, { fileMustExist: true });
      try {
        rw.pragma('busy_timeout = 5000');
        rw.prepare("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)").run();
      } finally {
        rw.close();
      }
    } catch (err) {
      ftsError = (err as Error).message;
    }
    const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? -1;
    return {
      integrity,
      foreignKeyViolations,
      ftsError,
      statementsWithoutSource: count('SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statement_sources x WHERE x.statement_seq = s.seq)'),
      firstDocWithoutSource: count(
        'SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statement_sources x WHERE x.statement_seq = s.seq AND x.doc_id = s.first_doc_id)',
      ),
      documents: count('SELECT count(*) FROM documents'),
      statements: count('SELECT count(*) FROM statements'),
    };
  } finally {
    db.close();
  }
}

/** The sound state checkDatabase should report. */
export const HEALTHY = {
  integrity: ['ok'],
  foreignKeyViolations: 0,
  ftsError: null,
  statementsWithoutSource: 0,
  firstDocWithoutSource: 0,
} as const;

/** For each document, the sorted ids of the statements it carries: compares two databases document by document. */
export function statementsByDocument(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const rows = db
      .prepare<[], { doc: string; id: string }>(
        `SELECT d.content_hash AS doc, s.id AS id FROM documents d
           LEFT JOIN statement_sources x ON x.doc_id = d.id LEFT JOIN statements s ON s.seq = x.statement_seq
          ORDER BY d.content_hash, s.id`,
      )
      .all();
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const list = out.get(r.doc) ?? [];
      if (r.id !== null) list.push(r.id);
      out.set(r.doc, list);
    }
    return out;
  } finally {
    db.close();
  }
}

/** Encodes text as Windows-1251 (test data for decoding). Throws on characters the code page lacks. */
export function windows1251(text: string): Buffer {
  const table = new Map([...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
  return Buffer.from(
    [...text].map((c) => {
      const b = table.get(c);
      if (b === undefined) throw new Error(`no Windows-1251 byte for ${JSON.stringify(c)}`);
      return b;
    }),
  );
}
