// Slips in chat: /speakers pages on with /more, /quote tells how it read the query or what it could not read,
// and a bare honorific is never shown as someone's role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/bots/commands.ts';
import { speakersCommand } from '../../src/bots/handlers.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import type { Statement } from '../../src/core/model.ts';
import { openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { contextFor, corpusFixture, type Fixture } from './fixture.ts';

let fx: Fixture;
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => fx?.close());

describe('chat slips', () => {
  it('/speakers says how many more there are, and /more shows them', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `Speaker ${i}`, statements: 60 - i, roles: [], label: `Speaker ${i}` }));
    const ctx = { ...contextFor(fx), service: { ...fx.service, speakers: () => many } };
    const registry = new CommandRegistry([speakersCommand]);
    const first = await registry.run('speakers', { text: '', options: {}, offset: 0 }, ctx);
    expect(first.sections[0]?.lines).toHaveLength(25);
    expect(first.footer).toBe('…and 35 more: /more shows the next 25.');
    expect(first.page).toEqual({ command: 'speakers', text: '', offset: 0, limit: 25, hasMore: true });
    const second = await registry.runPage({ ...(first.page as NonNullable<typeof first.page>), offset: 25 }, ctx);
    expect(second.title).toBe('Speakers (60), 26–50');
    expect(second.sections[0]?.lines?.[0]).toBe('Speaker 25: 35');
    const third = await registry.runPage({ command: 'speakers', text: '', offset: 50, limit: 25 }, ctx);
    expect(third.sections[0]?.lines).toHaveLength(10);
    expect(third.page?.hasMore).toBe(false);
    expect(third.footer).toBeUndefined();
  });

  it('/quote tells what it could not read, with results and without', async () => {
    const ctx = contextFor(fx);
    const withHits = await fx.registry.run('quote', { text: 'since:garbage Lavrov', options: {}, offset: 0 }, ctx);
    expect(withHits.sections[0]?.items?.length).toBeGreaterThan(0);
    expect(withHits.footer).toMatch(/^since:garbage is not a date I can read/);
    const none = await fx.registry.run('quote', { text: 'theme:nonexistent', options: {}, offset: 0 }, ctx);
    expect(none.sections[0]?.lines?.[0]).toMatch(/^there is no theme "nonexistent"; themes: /);
  });

  it('never shows a bare honorific as a role', () => {
    const store = openSqliteStore(':memory:');
    const service = createBriefingService({ store, gazetteer: null });
    const doc = { id: 'd1', contentHash: 'h'.repeat(64), text: 'Mr Field said the plan would work.', title: null, outlet: null, url: null, date: '2021-01-01', path: null };
    const statement: Statement = {
      id: 's1', docId: 'd1', speaker: 'Tom Field', speakerMention: 'Mr Field', speakerRole: 'Mr', cue: 'said', kind: 'indirect',
      text: 'the plan would work', context: doc.text, span: [13, 32], date: '2021-01-01', outlet: null, url: null,
    };
    store.addDocument(doc, [statement]);
    expect(service.speakers().map((s) => s.label)).toEqual(['Tom Field']);
    expect(service.speakerLabels(['Tom Field'])).toEqual(['Tom Field']);
    store.close();
  });
});
