// The shipped speaker registry (data/speakers.json): the seed every extraction resolves speakers against. Apart from
// service.ts so that `briefdesk extract` can read it without loading the stores.
import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toRoles, type Speaker } from './core/extraction.ts';

export const SPEAKERS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data/speakers.json');

export function loadSeedSpeakers(): Speaker[] {
  // roles are { title, from, until } records (plain strings from older files are taken as undated roles)
  const raw = JSON.parse(readFileSync(SPEAKERS_FILE, 'utf8')) as (Omit<Speaker, 'roles'> & { roles?: unknown })[];
  return raw.map((s) => ({ ...s, roles: toRoles(s.roles) }));
}
