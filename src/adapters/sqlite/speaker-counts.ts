// Statements per speaker, with the role of their latest statement that gives one (migration v12), kept by the
// store as statements arrive: counting a million statements took seconds, and /speakers, Discord autocomplete and
// as-you-type speaker completion ask on every keystroke. Re-attributing speakers counts everything again.
import type Database from 'better-sqlite3';
import type { SpeakerCount } from '../../core/index.ts';

export interface SpeakerCounts {
  /** Speakers with statements, most quoted first, then by name (cached until the data changes). Read-only. */
  counts(): readonly SpeakerCount[];
  /** Counts statements just stored (their seqs); call in the transaction that stored them. */
  add(seqs: readonly number[]): void;
  /** Counts every statement again (after speakers of stored statements changed); inside that transaction. */
  recount(): void;
}

export function createSpeakerCounts(db: Database.Database, version: () => string): SpeakerCounts {
  const q = {
    all: db.prepare<[], { name: string; statements: number; latest: string | null }>(
      'SELECT name, statements, latest FROM speaker_counts ORDER BY statements DESC, name',
    ),
    add: db.prepare<[string]>(
      `INSERT INTO speaker_counts (name, statements, latest)
         SELECT speaker, count(*), max(CASE WHEN speaker_role IS NOT NULL THEN coalesce(date, '') || char(1) || speaker_role END)
           FROM statements WHERE seq IN (SELECT value FROM json_each(?)) AND speaker IS NOT NULL GROUP BY speaker
       ON CONFLICT (name) DO UPDATE SET statements = statements + excluded.statements,
         latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN coalesce(excluded.latest, latest) ELSE latest END`,
    ),
    clear: db.prepare('DELETE FROM speaker_counts'),
    recount: db.prepare(
      `INSERT INTO speaker_counts (name, statements, latest)
         SELECT speaker, count(*), max(CASE WHEN speaker_role IS NOT NULL THEN coalesce(date, '') || char(1) || speaker_role END)
           FROM statements WHERE speaker IS NOT NULL GROUP BY speaker`,
    ),
  };
  let seen: string | null = null;
  let list: SpeakerCount[] = [];
  return {
    counts() {
      const v = version();
      if (v !== seen) {
        list = q.all.all().map((r) => (r.latest ? { name: r.name, statements: r.statements, role: r.latest.split('\u0001')[1] ?? null } : { name: r.name, statements: r.statements }));
        seen = v;
      }
      return list;
    },
    add(seqs) {
      for (let i = 0; i < seqs.length; i += 10_000) q.add.run(JSON.stringify(seqs.slice(i, i + 10_000)));
    },
    recount() {
      q.clear.run();
      q.recount.run();
      seen = null;
    },
  };
}
