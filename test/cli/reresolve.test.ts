// `briefdesk speakers --reresolve`: a database written with wrong speakers (as older versions did, carrying a
// name from one story into another) is repaired in place, in one transaction, and the listing tells people apart.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefdesk.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFDESK_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('briefdesk speakers --reresolve', () => {
  it('gives stored statements the speakers their own documents name, and lists namesakes apart', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-reresolve-'));
    const db = join(tmp, 'b.db');
    writeFileSync(join(tmp, 'bank.txt'), 'Bank chief executive Tim Howard said profits rose in the third quarter.');
    writeFileSync(join(tmp, 'tory.txt'), 'Conservative leader Michael Howard said the budget was a disgrace.\n\nMr Howard said the tax rises were "a betrayal of working families".');
    const ingest = cli('ingest', join(tmp, 'bank.txt'), join(tmp, 'tory.txt'), '--db', db);
    expect(ingest.err + ingest.out).toMatch(/ingested 2 documents/);
    // what an older version stored: the banker named in the Tory leader's story
    const conn = new Database(db);
    conn.prepare("UPDATE statements SET speaker = 'Tim Howard', speaker_role = NULL WHERE text LIKE '%betrayal%'").run();
    conn.close();
    expect(cli('quote', 'betrayal', '--db', db, '--format', 'jsonl').out).toContain('"speaker":"Tim Howard"');

    const r = cli('speakers', '--reresolve', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^re-resolved 2 documents: 1 statements changed speaker or role$/m);
    const row = JSON.parse(cli('quote', 'betrayal', '--db', db, '--format', 'jsonl').out.trim()) as { speaker: string; speaker_role: string };
    expect(row.speaker).toBe('Michael Howard');
    expect(row.speaker_role).toBe('Conservative leader');
    // a second run finds nothing left to repair
    expect(cli('speakers', '--reresolve', '--db', db).out).toMatch(/: 0 statements changed/);
    const list = cli('speakers', '--db', db).out;
    expect(list).toContain('Michael Howard (Conservative leader)');
    expect(list).toContain('Tim Howard (Bank chief executive)');
  });
});
