// Whatever people type: FTS5 syntax, SQL, 10,000 characters, control characters, emoji, nothing at all, and
// random strings (fast-check), through service.quote, every chat command and Telegram inline search. No
// database error reaches anyone (the store's swallowed-error hook stays silent too), nothing throws, and the
// work per query is bounded by the parser's caps (asserted as caps, not timings).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { renderText } from '../../src/bots/console/format.ts';
import { renderDiscord } from '../../src/bots/discord/format.ts';
import { createDefaultRegistry } from '../../src/bots/handlers.ts';
import { answerInline } from '../../src/bots/telegram/inline.ts';
import { renderTelegram } from '../../src/bots/telegram/format.ts';
import type { Reply } from '../../src/bots/render.ts';
import { DEFAULT_CORPUS, loadSeedSpeakers, THEMES_FILE } from '../../src/cli.ts';
import { createBriefingService, type BriefingService } from '../../src/core/briefing-service.ts';
import { planSearch, SEARCH_LIMITS } from '../../src/core/query/search.ts';
import { openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { loadTaxonomyFile } from '../../src/core/themes/index.ts';
import { corpusFixture, contextFor, type Fixture } from '../bots/fixture.ts';
import { checkDatabase, cleanUp, HEALTHY, tempDir } from './helpers.ts';

/** What database and driver errors look like; none of it may reach a chat. */
const DB_ERROR = /sqlite|fts5|syntax error|no such (column|table|function)|unterminated|malformed match|SQLITE_|database (is )?locked|constraint failed/i;

const NASTY: readonly string[] = [
  '',
  '   ',
  'NEAR(',
  'NEAR(Lavrov NATO',
  'NEAR(Lavrov NATO, 2)',
  '*',
  'NATO*',
  '"',
  '"""',
  '"Lavrov',
  'Lavrov "NATO',
  ':',
  'text:NATO',
  '{speaker text}: NATO',
  '^',
  '^NATO',
  'AND OR NOT',
  'Lavrov AND',
  'NOT NATO',
  'NATO OR',
  '(',
  ')',
  '-NATO',
  '+NATO',
  "'; DROP TABLE statements; --",
  "1' OR '1'='1",
  'Lavrov; DELETE FROM documents',
  'x UNION SELECT * FROM speakers',
  'since:2021-13-45 until:abc from: theme: speaker:',
  'since:9999 until:0000',
  'speaker:"',
  'from:"TASS',
  '\u0000',
  'Lavrov\u0000NATO',
  '\u0001\u0002\u0003\u001b[31mred\u007f',
  '\r\n\t\v\f',
  '\uD800 lone high \uDC00 lone low',
  '\u202Egnirts\u202C \u200F\u200E \uFEFF',
  '😀',
  '👨‍👩‍👧 Lavrov 🇷🇺 NATO',
  'Z̷̢͉̈́a̸͎̍l̴̰̄g̵̱̈o̶̡͝',
  'ЛАВРОВ нато',
  'لافروف',
  `${'Lavrov '.repeat(1500)}`,
  'x'.repeat(10_000),
  '"'.repeat(10_000),
  `${'NEAR( '.repeat(2000)}`,
  Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' '),
  Array.from({ length: 600 }, (_, i) => `speaker:s${i} theme:t${i}`).join(' '),
  Array.from({ length: 600 }, (_, i) => `"phrase ${i}"`).join(' '),
];

let dir: string;
let file: string;
let service: BriefingService;
const swallowed: unknown[] = [];
const registry = createDefaultRegistry();
let ctx: CommandContext;

beforeAll(() => {
  dir = tempDir();
  file = `${dir}/q.db`;
  service = createBriefingService({
    store: openSqliteStore(file, { onSearchError: (error) => swallowed.push(error) }),
    seedSpeakers: loadSeedSpeakers(),
    taxonomy: loadTaxonomyFile(THEMES_FILE),
  });
  expect(service.ingestPaths([DEFAULT_CORPUS]).statements).toBeGreaterThan(40);
  ctx = { service, registry, chat: { platform: 'telegram', chatId: '1', userId: '2' }, pageSize: 5, now: () => new Date('2021-10-10T12:00:00Z') };
});

afterAll(() => {
  service.close();
  cleanUp();
});

/** Every rendering of a reply, as a user of each platform would see it. */
function rendered(reply: Reply): string {
  const discord = renderDiscord(reply);
  return [...renderTelegram(reply), discord.content, JSON.stringify(discord.embeds), renderText(reply)].join('\n');
}

function checkQuery(text: string): void {
  const query = service.parseQuery(text);
  expect(query.terms.length).toBeLessThanOrEqual(32);
  expect(query.phrases.length).toBeLessThanOrEqual(8);
  const plan = planSearch(query);
  expect(plan.components.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxComponents);
  for (const c of plan.components) expect(c.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxComponentChars);
  expect(plan.speakers.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxSpeakers);
  expect((plan.matchAll ?? '').length).toBeLessThan(40_000); // bounded FTS expression, whatever the input size
  const hits = service.quote(text, { limit: 10 });
  expect(Array.isArray(hits)).toBe(true);
  expect(hits.length).toBeLessThanOrEqual(10);
}

async function checkCommand(text: string): Promise<void> {
  const def = registry.get('quote');
  if (!def) throw new Error('no /quote');
  const reply = await registry.run('quote', parseTextInput(def, text), ctx);
  expect(rendered(reply)).not.toMatch(DB_ERROR);
  // Discord's separate options too.
  const withOptions = await registry.run('quote', { text: text || 'NATO', options: { speaker: text, since: text }, offset: 0 }, ctx);
  expect(rendered(withOptions)).not.toMatch(DB_ERROR);
  const inline = await answerInline(text, text.slice(0, 8), ctx, 5);
  expect(JSON.stringify(inline)).not.toMatch(DB_ERROR);
}

describe('hostile queries', () => {
  it.each(NASTY.map((q) => [JSON.stringify(q).slice(0, 60), q]))('%s: bounded, answered, no database error', async (_label, text) => {
    checkQuery(text);
    await checkCommand(text);
    expect(swallowed).toEqual([]);
  });

  it('treats FTS operators and SQL as words: they neither fail nor widen the search', () => {
    const ids = (q: string) => service.quote(q, { limit: 100 }).map((h) => h.statement.id);
    expect(ids('Lavrov NATO').length).toBeGreaterThan(0);
    // "NOT" is no negation and "OR" no alternative: the answers are those of the plain words.
    expect(ids('Lavrov NOT NATO')).toEqual(ids('Lavrov NATO'));
    expect(ids('Lavrov OR NATO')).toEqual(ids('Lavrov NATO'));
    expect(ids('Lavrov NATO*')).toEqual(ids('Lavrov NATO'));
    expect(ids('Lavrov ^NATO')).toEqual(ids('Lavrov NATO'));
    expect(service.quote("'; DROP TABLE statements; --")).toEqual([]);
    expect(service.stats().statements).toBeGreaterThan(40);
  });

  it('random strings through service.quote, the commands and inline search (property)', async () => {
    const tokens = fc.constantFrom('NEAR(', '*', '"', ':', '^', 'AND', 'OR', 'NOT', '(', ')', '{', '}', "'", ';', '--', 'Lavrov', 'NATO', 'since:', 'speaker:', 'from:', '\u0000', '😀');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.oneof(tokens, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
      fc.array(tokens, { maxLength: 60 }).map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        checkQuery(t);
        await checkCommand(t);
      }),
      { numRuns: 300 },
    );
    expect(swallowed).toEqual([]);
  });

  it('leaves the database as it was', () => {
    expect(checkDatabase(file)).toMatchObject(HEALTHY);
  });
});

describe('every chat command of the app', () => {
  let fx: Fixture;
  beforeAll(() => {
    fx = corpusFixture();
  });
  afterAll(() => fx?.close());

  it('answers hostile text in each command without a database error or an exception', { timeout: 180_000 }, async () => {
    const platforms = ['telegram', 'discord', 'console'] as const;
    for (const def of fx.registry.list()) {
      for (const [i, text] of NASTY.entries()) {
        const platform = platforms[i % platforms.length] ?? 'console';
        const c = contextFor(fx, platform, 5, { admin: true, chatId: 'hostile', userId: '7' });
        const reply = await fx.registry.run(def.name, parseTextInput(def, text), c);
        expect(rendered(reply), `/${def.name} ${JSON.stringify(text).slice(0, 40)} on ${platform}`).not.toMatch(DB_ERROR);
      }
    }
    expect(checkDatabase(fx.dbPath)).toMatchObject(HEALTHY);
  });
});
