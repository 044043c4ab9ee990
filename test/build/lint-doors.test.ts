// The lint rules that keep the doors, run through ESLint with the project's own configuration on sample sources:
// other modules only through their doors, database drivers only in their adapters, the core free of platforms.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** The rule ids ESLint reports for `code` placed at `file` (project-relative; the file need not exist). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// (the first lint loads the configuration and its TypeScript parser: seconds on a loaded machine)
describe('lint doors', { timeout: 60_000 }, () => {
  it('lets a module reach the core through its door only', async () => {
    expect(await problems('src/bots/sample.ts', "import { createBriefingService } from '../core/index.ts';\nexport const x = createBriefingService;\n")).toEqual([]);
    const deep = await problems('src/bots/sample.ts', "import { describeError } from '../core/briefing-service.ts';\nexport const x = describeError;\n");
    expect(deep).toEqual([expect.stringMatching(/^briefdesk\/doors: \.\.\/core\/briefing-service\.ts is inside src\/core: import it through its door \(src\/core\/index\.ts, src\/core\/extraction\.ts\)/)]);
    // the light door of `briefdesk extract` is a door too
    expect(await problems('src/cli-sample.ts', "import { extractStatements } from './core/extraction.ts';\nexport const x = extractStatements;\n")).toEqual([]);
    // export … from and import() are doors too
    expect(await problems('src/cli-sample.ts', "export { redact } from './core/redact.ts';\n")).toHaveLength(1);
    expect(await problems('src/cli-sample.ts', "export const f = () => import('./core/summarise/index.ts');\n")).toHaveLength(1);
  });

  it('keeps other modules whole: a named entry file is allowed, anything else inside is not', async () => {
    expect(await problems('src/main-sample.ts', "export const f = () => import('./digest/task.ts');\n")).toEqual([]);
    expect(await problems('src/main-sample.ts', "export const f = () => import('./digest/deliver.ts');\n")).toEqual([
      expect.stringContaining('./digest/deliver.ts is inside src/digest'),
    ]);
    expect(await problems('src/adapters/migrate/sample.ts', "export { searchVector } from '../postgres/text-search.ts';\n")).toEqual([
      expect.stringContaining('is inside src/adapters/postgres'),
    ]);
    // inside its own module a file imports what it likes
    expect(await problems('src/digest/sample.ts', "export { runDigest } from './deliver.ts';\n")).toEqual([]);
  });

  it('keeps pg in the PostgreSQL adapter and better-sqlite3 in the SQLite one', async () => {
    const pg = "import pg from 'pg';\nexport const x = pg;\n";
    const sqlite = "import Database from 'better-sqlite3';\nexport const x = Database;\n";
    expect(await problems('src/adapters/postgres/sample.ts', pg)).toEqual([]);
    expect(await problems('src/adapters/sqlite/sample.ts', sqlite)).toEqual([]);
    expect(await problems('src/digest/sample.ts', pg)).toEqual([expect.stringContaining('pg (PostgreSQL) is used only in src/adapters/postgres/')]);
    expect(await problems('src/adapters/sqlite/sample.ts', pg)).toHaveLength(1);
    expect(await problems('src/feeds/sample.ts', sqlite)).toEqual([expect.stringContaining('better-sqlite3 is used only in the SQLite adapter')]);
    expect(await problems('src/adapters/postgres/sample.ts', sqlite)).toHaveLength(1);
    expect(await problems('src/core/sample.ts', sqlite)).toHaveLength(1);
  });

  it('keeps platforms out of the core', async () => {
    expect(await problems('src/core/sample.ts', "import { Client } from 'discord.js';\nexport const x = Client;\n")).toEqual([
      expect.stringContaining('The core imports no platform'),
    ]);
  });
});
