// Lint rules; the import rules hold the architecture: modules meet at their doors, the core never imports a platform,
// database drivers stay in their adapters. (For one file, the last block that sets a rule wins: each block lists all
// of its patterns.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { doorsRule } from './eslint/doors.js';

const EXTRACT = ['src/core/extract/**/*.ts'];
const INLINE_WORD_LIST = {
  selector: String.raw`Literal[regex.pattern=/^\^\((\?:)?\w+(\|\w+){3,}\)\$/]`,
  message: 'Inline word list: put the words in the lexicon (src/core/extract/lexicon*) under a name and test membership there.',
};

const CORE_FORBIDDEN = [
  {
    group: ['discord.js', 'grammy', '@grammyjs/*', 'node-cron', '../bots/*', '../../bots/*', '../digest/*', '../../digest/*', '**/adapters/**'],
    message: 'The core imports no platform, bot, digest or adapter code.',
  },
];
// The files that may open SQLite: the SQLite adapter folder (which owns the connection) and the copy to PostgreSQL.
const SQLITE_ADAPTER = ['src/adapters/sqlite/**/*.ts', 'src/adapters/migrate/copy.ts'];
const DRIVER = {
  pg: { group: ['pg', 'pg/*'], message: 'pg (PostgreSQL) is used only in src/adapters/postgres/.' },
  sqlite: { group: ['better-sqlite3'], message: 'better-sqlite3 is used only in the SQLite adapter files (see SQLITE_ADAPTER).' },
};
// One public door per module: the files other modules may import from it (relative to the module's folder). The
// door is index.ts; a few modules also name light entry files that the CLI and main.ts load on demand (so that
// `briefdesk quote` loads no scheduler, feed parser or chat platform) and the ports their store adapters implement.
// Everything else in a module is its own business (tests may reach inside). Checked by eslint/doors.js.
const DOORS = {
  'src/core': ['index.ts', 'extraction.ts'],
  'src/adapters/postgres': ['index.ts'],
  'src/adapters/sqlite': ['index.ts'],
  'src/adapters/migrate': ['command.ts'],
  'src/chart': ['index.ts', 'trend-cli.ts'],
  'src/digest': ['index.ts', 'cli-commands.ts', 'commands.ts', 'task.ts', 'model.ts', 'subscription-store.ts', 'subscription-rows.ts'],
  'src/feeds': ['index.ts', 'usage.ts', 'cli.ts', 'commands.ts', 'schedule.ts', 'feed-store.ts', 'feed-rows.ts'],
  'src/bots': [
    ...['commands.ts', 'handlers.ts', 'render.ts', 'errors.ts', 'trend.ts', 'rate-limit.ts'],
    ...['console/repl.ts', 'telegram/bot.ts', 'telegram/delivery.ts', 'discord/client.ts', 'discord/delivery.ts', 'discord/register.ts', 'discord/shards.ts'],
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'scratch/', 'tmp/', 'dist/', 'dist.tmp-*/', 'dist.old-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Every module: other modules only through their doors; database drivers only in their adapters.
  {
    files: ['src/**/*.ts'],
    plugins: { briefdesk: { rules: { doors: doorsRule } } },
    rules: { 'briefdesk/doors': ['error', { doors: DOORS }] },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DRIVER.pg, DRIVER.sqlite] }] },
  },
  // The core never imports a platform, the bots, the digest or an adapter.
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_FORBIDDEN, DRIVER.pg, DRIVER.sqlite] }] },
  },
  {
    files: ['src/adapters/postgres/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DRIVER.sqlite] }] },
  },
  {
    files: SQLITE_ADAPTER,
    rules: { 'no-restricted-imports': ['error', { patterns: [DRIVER.pg] }] },
  },
  // No import cycles in src/, dynamic import() included (type-only imports do not count).
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The extractor stays readable in small pieces (issue 12): files up to ~400 lines, functions up to ~80.
  {
    files: EXTRACT,
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // Word classes live in the lexicon, one name each; rule code does not grow its own inline word lists such as
  // /^(said|told|added|noted)$/ (an anchored alternation of four or more plain words, capturing or not).
  {
    files: EXTRACT,
    ignores: ['src/core/extract/**/lexicon*.ts', 'src/core/extract/**/lexicon/**'],
    rules: { 'no-restricted-syntax': ['error', INLINE_WORD_LIST] },
  },
  { files: ['bin/**/*.js', 'bench/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' } } },
);
