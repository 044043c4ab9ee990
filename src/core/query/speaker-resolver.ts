// Builds the `resolveSpeaker` callback parseQuery needs from what the store knows (loadSpeakers/speakerCounts):
// names and aliases match regardless of case, diacritics and possessives; unambiguous surnames match too.
import type { Speaker } from '../model.ts';
import type { SpeakerResolver } from './parse-query.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Lookup key: case-, diacritic- and punctuation-insensitive, possessive "'s" removed. */
export function speakerKey(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/'s?(?=\s|$)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Creates a resolver over registry speakers plus bare names (e.g. from speakerCounts()).
 * Exact names and aliases win; a person's surname (last word of the name or a multi-word alias) is added
 * only when no other speaker claims it and it is not a stop word.
 */
export function createSpeakerResolver(speakers: readonly Speaker[], names: readonly string[] = []): SpeakerResolver {
  // A key claimed by two different speakers maps to null (ambiguous) rather than to either of them.
  const add = (map: Map<string, string | null>, phrase: string, name: string) => {
    const key = speakerKey(phrase);
    if (key === '') return;
    const current = map.get(key);
    if (current === undefined) map.set(key, name);
    else if (current !== name) map.set(key, null);
  };
  const exact = new Map<string, string | null>();

  for (const s of speakers) for (const phrase of [s.name, ...s.aliases]) add(exact, phrase, s.name);
  for (const name of names) if (!exact.has(speakerKey(name))) add(exact, name, name);

  const surnames = new Map<string, string | null>();
  for (const s of speakers) {
    if (s.kind !== 'person') continue;
    for (const phrase of [s.name, ...s.aliases]) {
      const parts = speakerKey(phrase).split(' ');
      const last = parts[parts.length - 1] ?? '';
      if (parts.length > 1 && last.length >= 3 && !STOP_WORDS.has(last)) add(surnames, last, s.name);
    }
  }

  return (phrase) => {
    const key = speakerKey(phrase);
    if (key === '') return null;
    const found = exact.get(key);
    return found !== undefined ? found : (surnames.get(key) ?? null);
  };
}
