// Discourse, roles and the people who hold them. A role named later: "The governor of Poland's central bank said on
// Thursday …. “…,” Governor Tomasz Wrona told a news conference." (a wire lede often gives the speaker by office and names
// them a paragraph or two on; the role kept as written is then that person); and a role only one known speaker holds.
import { lastWord, type Entity } from './coreference-entity.ts';
import type { Speaker } from '../model.ts';
import type { SpeakerRegistry } from './speakers.ts';

/** How far on (in characters, about three paragraphs) a name may come after the role it names. */
const NAMED_WITHIN = 1_500;

/** The office a role kept as written names: its head before "of" ("the governor of Poland's central bank" → governor). */
function officeOf(name: string): string {
  const of = name.indexOf(' of ');
  return lastWord(of > 0 ? name.slice(0, of) : name);
}

/**
 * The role kept as written with "the" that the person just named in full with the title `role` ("governor",
 * "central bank governor") is: one whose office is the title's head, met within NAMED_WITHIN characters before `at`,
 * holding every other word of the title ("Foreign Minister" is not "the finance minister"); null when none, when
 * two such roles were met, or when someone else named in full holds the office.
 */
export function roleNamedLater(entities: Iterable<Entity>, person: Entity, role: string, at: number): Entity | null {
  const words = role.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] as string;
  let found: Entity | null = null;
  for (const e of new Set(entities)) {
    if (e === person || e.kind !== 'person') continue;
    const lower = e.name.toLowerCase();
    if (!lower.startsWith('the ')) {
      // (someone else named with the office: whom the role names is unknown)
      if (e.name.includes(' ') && [...e.roles].some((r) => lastWord(r) === head)) return null;
      continue;
    }
    if (officeOf(lower) !== head || e.metAt === undefined || at - e.metAt > NAMED_WITHIN || at < e.metAt) continue;
    if (!words.slice(0, -1).every((w) => lower.includes(w))) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/** Whether the document has named a person in full so far: a role met before that may be named later. */
export function namedInFullYet(entities: Iterable<Entity>): boolean {
  for (const e of entities) if (e.kind === 'person' && e.name.includes(' ') && !/^(?:the|a|an|one)\s/i.test(e.name)) return true;
  return false;
}

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
