// Expands the paths a user gives (files and folders) into the article files to ingest, in a stable order,
// and reports paths that do not exist instead of failing the whole run.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

/** Extensions picked up when walking folders. Files named explicitly are always kept. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.html', '.htm']);

export interface InputFiles {
  readonly files: string[];
  readonly errors: { path: string; message: string }[];
  /** Files in folders left out: neither an article extension nor, without any extension, an HTML page inside. */
  readonly ignored: number;
  /** The size of the files listed, in bytes (read from the same stat calls). */
  readonly bytes: number;
}

/** A file without an extension (a saved page: "article", "index") is read when its first bytes open an HTML page. */
function looksLikeArticle(path: string): boolean {
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable: left out like any other unknown file
  }
  return /<(?:!doctype html|html)\b/i.test(head.subarray(0, n).toString('latin1'));
}

function describe(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return cause instanceof Error ? cause.message : String(cause);
}

export function listInputFiles(paths: string[]): InputFiles {
  const files: string[] = [];
  const errors: { path: string; message: string }[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  let ignored = 0;
  let bytes = 0;

  const addFile = (p: string, st: Stats): void => {
    if (seenFiles.has(p)) return;
    seenFiles.add(p);
    files.push(p);
    bytes += st.size;
  };

  const walk = (dir: string): void => {
    let real: string;
    let entries: string[];
    try {
      real = realpathSync(dir);
      if (seenDirs.has(real)) return; // symlink loop or folder given twice
      seenDirs.add(real);
      entries = readdirSync(dir).filter((n) => !n.startsWith('.'));
    } catch (cause) {
      errors.push({ path: dir, message: describe(cause) });
      return;
    }
    entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of entries) {
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch (cause) {
        errors.push({ path: p, message: describe(cause) });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) addFile(p, st);
      else if (st.isFile() && extname(name) === '' && looksLikeArticle(p)) addFile(p, st);
      else if (st.isFile()) ignored++;
    }
  };

  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (cause) {
      errors.push({ path: p, message: describe(cause) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else addFile(p, st);
  }
  return { files, errors, ignored, bytes };
}
