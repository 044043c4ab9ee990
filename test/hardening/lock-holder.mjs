// A second process that holds the database's write lock for a while: `node lock-holder.mjs FILE MS [insert]`.
// Prints "locked" once it holds it (with an uncommitted row when asked), "released" after MS milliseconds.
import process from 'node:process';
import { setTimeout } from 'node:timers';
import Database from 'better-sqlite3';

const [file, ms, mode] = process.argv.slice(2);
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
if (mode === 'insert') db.prepare("INSERT INTO speakers (name, kind) VALUES ('Lock Holder', 'person')").run();
process.stdout.write('locked\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
}, Number(ms));
