// The briefing service as the commands and `briefdesk start` wire it: the shipped speaker registry and theme
// taxonomy over a statement store. Settings are read when a service is opened, not when this module loads
// (BRIEFDESK_THEMES may come from a .env read after start-up).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBriefingService, loadTaxonomyFile, type BriefingService, type StatementStore } from './core/index.ts';
import { openStatementStore } from './stores.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';

export { loadSeedSpeakers, SPEAKERS_FILE } from './seed-speakers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The articles `briefdesk start` ingests into an empty database. */
export const DEFAULT_CORPUS = resolve(ROOT, 'data/corpus');
/** The shipped theme taxonomy. */
export const THEMES_FILE = resolve(ROOT, 'data/themes.json');

/** The theme taxonomy file: BRIEFDESK_THEMES, else the shipped one. */
export function themesFile(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.BRIEFDESK_THEMES || THEMES_FILE;
}

/** The service on the database (postgres:// URL or SQLite file), opening its statement store. */
export function openService(db: string): BriefingService {
  return serviceOn(openStatementStore(db));
}

/** The briefing service on a store that is already open (`briefdesk start` opens every store at once). */
export function serviceOn(store: StatementStore): BriefingService {
  return createBriefingService({ store, seedSpeakers: loadSeedSpeakers(), taxonomy: loadTaxonomyFile(themesFile()) });
}
