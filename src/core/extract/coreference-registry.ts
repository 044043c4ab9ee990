// Discourse, a role's one known holder: "the Kremlin spokesman" is Dmitry Peskov when the registry knows one holder
// only and the document's words pin the role to them.
import type { Speaker } from '../model.ts';
import type { SpeakerRegistry } from './speakers.ts';

/**
 * A role only one known speaker holds ("the Kremlin spokesman" → Dmitry Peskov). Someone this document has not named
 * (`met`) is taken only when a proper word pins the role down ("Kremlin", "Russian"): "the labour leader" in a Lagos
 * story is not Keir Starmer.
 */
export function registryHolder(registry: SpeakerRegistry, date: string | null, words: readonly string[], written: string, met: (name: string) => boolean): Speaker | null {
  if (words.length < 2) return null;
  const found = registry.byRole(words.join(' '), date);
  const s = found.length === 1 ? found[0] : undefined;
  if (!s) return null;
  // (a proper word of the role's own: not "the secretary general of the Zanu-PF party Obert Mpofu", whose words name
  // no part of the one known secretary general's title)
  const own = `${s.roles.map((r) => r.title).join(' ')} ${s.affiliation ?? ''}`.toLowerCase();
  const pinned = written.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w) && (own.includes(w.toLowerCase()) || (w.length > 5 && own.includes(w.toLowerCase().slice(0, 5)))));
  return pinned || met(s.name) ? s : null;
}
