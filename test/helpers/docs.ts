// Builds CleanDocuments from inline text for unit tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CleanDocument, Speaker } from '../../src/core/model.ts';
import { SpeakerRegistry } from '../../src/core/extract/speakers.ts';

export function docFrom(text: string, over: Partial<CleanDocument> = {}): CleanDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), contentHash: hash, text, title: null, outlet: null, url: null, date: null, path: null, ...over };
}

export function seedRegistry(): SpeakerRegistry {
  const speakers = JSON.parse(readFileSync(new URL('../../data/speakers.json', import.meta.url), 'utf8')) as Speaker[];
  return new SpeakerRegistry(speakers);
}
