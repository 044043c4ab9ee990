// The command registry and this handlers, against the shipped corpus in a temp database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry, parseTextInput, type CommandDef } from '../../src/bots/commands.ts';
import { foldQuery, quoteCommand } from '../../src/bots/handlers.ts';
import { discordCommands } from '../../src/bots/discord/definitions.ts';
import { answerInline } from '../../src/bots/telegram/inline.ts';
import { contextFor, corpusFixture, type Fixture } from './fixture.ts';

let fx: Fixture;
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => fx?.close());

const run = (name: string, text: string, options: Record<string, string | number> = {}, offset = 0) =>
  fx.registry.run(name, { text, options, offset }, contextFor(fx));
const summaryCommand = () => fx.registry.get('summary') as CommandDef;

describe('text input', () => {
  it('fills trailing whole numbers only into options that take them', () => {
    expect(parseTextInput(summaryCommand(), ' refugees  7 ')).toEqual({ text: 'refugees', options: { days: 7 }, offset: 0 });
    expect(parseTextInput(summaryCommand(), '7')).toEqual({ text: '7', options: {}, offset: 0 });
    expect(parseTextInput(quoteCommand, 'Lavrov 2021')).toEqual({ text: 'Lavrov 2021', options: {}, offset: 0 });
  });

  it('folds separate speaker and since options into the query the core parses', () => {
    expect(foldQuery('NATO', 'Sergey "Lavrov"', ' 2021-10 ')).toBe('NATO speaker:"Sergey Lavrov" since:2021-10');
    expect(foldQuery('  NATO  ')).toBe('NATO');
  });
});

describe('registry', () => {
  const def: CommandDef = { name: 'digest', description: 'Digest now', usage: '/digest', options: [], run: () => ({ title: 'digest', sections: [] }) };

  it('adds and replaces commands by name, so later issues can plug in', async () => {
    const r = new CommandRegistry([quoteCommand]).register(def);
    expect(r.list().map((d) => d.name)).toEqual(['quote', 'digest']);
    r.register({ ...def, run: () => ({ title: 'replaced', sections: [] }) });
    expect(r.list()).toHaveLength(2);
    expect((await r.run('digest', { text: '', options: {}, offset: 0 }, contextFor(fx))).title).toBe('replaced');
  });

  it('rejects names Discord or Telegram would refuse', () => {
    expect(() => new CommandRegistry().register({ ...def, name: 'Digest-Now' })).toThrow(TypeError);
    expect(() => new CommandRegistry().register({ ...def, description: 'x'.repeat(101) })).toThrow(TypeError);
  });

  it('turns input mistakes into a usage reply', async () => {
    const missing = await run('quote', '   ');
    expect(missing.title).toBe('/quote needs some text.');
    expect(missing.ephemeral).toBe(true);
    expect(missing.sections[0]?.lines).toContain('Usage: /quote <speaker and/or topic>');
    expect((await run('quote', 'NATO', { limit: 99 })).title).toBe('limit must be a whole number from 1 to 10.');
    expect((await run('quote', 'NATO', { since: 'last week' })).title).toBe('“last week” is not a date: use 2021, 2021-10 or 2021-10-01.');
    expect((await run('nope', '')).title).toBe('Unknown command /nope');
  });

  it('lists required options first in the Discord definitions', () => {
    const [quote] = discordCommands(fx.registry);
    expect(quote?.options?.map((o) => o.name)).toEqual(['query', 'speaker', 'since', 'limit']);
  });
});

describe('handlers', () => {
  it('/quote pages through results with a cursor', async () => {
    const first = await run('quote', 'Lavrov', { limit: 3 });
    expect(first.page).toEqual({ command: 'quote', text: 'Lavrov', offset: 0, limit: 3, hasMore: true });
    expect(first.sections[0]?.items?.map((i) => i.rank)).toEqual([1, 2, 3]);
    const second = await run('quote', 'Lavrov', { limit: 3 }, 3);
    expect(second.sections[0]?.items?.map((i) => i.rank)).toEqual([4, 5, 6]);
    const firstIds = new Set(first.sections[0]?.items?.map((i) => i.id));
    expect(second.sections[0]?.items?.some((i) => firstIds.has(i.id))).toBe(false);
  });

  it('/quote items carry speaker, role, date and sources', async () => {
    const r = await run('quote', 'Lavrov NATO');
    const item = r.sections[0]?.items?.[0];
    expect(item).toMatchObject({ speaker: 'Sergey Lavrov', role: 'Russian Foreign Minister', date: '2021-10-08', kind: 'direct' });
    expect(item?.sources[0]?.outlet).toBe('TASS');
  });

  it('/quote says so when nothing matches', async () => {
    const r = await run('quote', 'zzyzx');
    expect(r.title).toBe('No statements match “zzyzx”.');
    expect(r.page).toBeUndefined();
  });

  it('/speakers and /help answer', async () => {
    expect((await run('speakers', '')).sections[0]?.lines?.[0]).toMatch(/^Sergey Lavrov \(Russian Foreign Minister\): \d+$/);
    const help = await run('help', '');
    expect(help.sections[0]?.lines?.[0]).toBe('/quote <speaker and/or topic> — Find attributed statements: speaker and/or topic, e.g. Lavrov NATO');
    expect(help.sections[0]?.lines).toContain('/unsubscribe — Stop the daily digest here (chat admins)');
  });

  it('lists every command in menu order, /help last', () => {
    expect(fx.registry.list().map((d) => d.name)).toEqual(['quote', 'speakers', 'summary', 'themes', 'digest', 'subscribe', 'unsubscribe', 'sources', 'trend', 'help']);
  });

  it('inline answers page by offset and cap the page at 50', async () => {
    const ctx = contextFor(fx, 'telegram');
    const a = await answerInline('Lavrov', '', ctx, 10);
    expect(a.results).toHaveLength(10);
    expect(a.options.next_offset).toBe('10');
    const b = await answerInline('Lavrov', '10', ctx, 10);
    expect(b.results[0]?.id).not.toBe(a.results[0]?.id);
    const all = await answerInline('Lavrov', '', ctx); // 50 per page by default: beyond the /quote limit option's 10
    expect(all.results.length).toBeGreaterThan(10);
    expect(all.results.length).toBeLessThanOrEqual(50);
    expect((await answerInline('Lavrov', '', ctx, 500)).results.length).toBeLessThanOrEqual(50);
    const empty = await answerInline('   ', '', ctx);
    expect(empty.results).toEqual([]);
    expect(empty.options.button?.start_parameter).toBe('help');
  });
});

describe('architecture', () => {
  it('the bot layer reaches the core only through the service and the domain model', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk('src/bots');
    const allowed = new Set(['core/briefing-service.ts', 'core/model.ts', 'core/index.ts']);
    for (const file of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (spec?.includes('/core/')) expect(allowed.has(spec.replace(/^(\.\.\/)+/, '')), `${file} imports ${spec}`).toBe(true);
        expect(spec, `${file} imports ${spec}`).not.toMatch(/better-sqlite3/);
      }
    }
  });
});
