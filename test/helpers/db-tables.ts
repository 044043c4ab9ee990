// A database file's tables read back for comparison: every row of every table but the full-text index's own, in
// table order, without the columns that record when a row was written (added_at).
import Database from 'better-sqlite3';

export function tableContents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string; sql: string }[];
    // (a WITHOUT ROWID table is read in its key's order, which its own index gives)
    const tables = rows.map((t) => ({ name: t.name, order: /WITHOUT ROWID/i.test(t.sql) ? '1' : 'rowid' }));
    const out: Record<string, unknown[]> = {};
    for (const { name, order } of tables) {
      const cols = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'added_at');
      const by = order === 'rowid' ? 'rowid' : cols.map((_, i) => i + 1).join(', ');
      out[name] = db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY ${by}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}
