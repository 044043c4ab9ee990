import Database from 'better-sqlite3';
const raw = new Database(process.argv[2]!, { readonly: true });
const st = raw.prepare('SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT 11');
for (const m of ['"security"', '"sanctions"', '"military infrastructure"', '({speaker} : ("Sergey Lavrov")) AND ("NATO")', '"energy"']) {
  const rows = st.all(m) as { rowid: number; rank: number }[];
  console.log(m, rows.map((r) => r.rank.toFixed(4)).join(' '), rows[10]?.rank === rows[9]?.rank ? 'TIE->slow path' : '');
}
