// Stage 6, pronouns: the person, body or group "he", "she", "it" or "they" stands for at a point of a document, read
// from what DocumentContext has met (coreference.ts).
import type { DocumentNames } from './document-names.ts';
import type { Entity } from './coreference-entity.ts';
import { impersonalRole } from './coreference-roles.ts';
import { isPlace } from './places.ts';
import { personRoleWord } from './appositive-roles.ts';
import { isGivenName } from './given-names.ts';
import { pluralNoun } from './names.ts';

/** What a pronoun is resolved against: the people in subject position and all met (latest first), the last speaker. */
export interface PronounScene {
  readonly subjects: readonly Entity[];
  readonly recent: readonly Entity[];
  readonly lastSpeaker: Entity | null;
  /** A group of people met as a subject since the last statement (DocumentContext.noteGroup). */
  readonly group: Entity | null;
  readonly names: DocumentNames;
  /** Capitalised words the clause addresses ("She told Ruiz …": Ruiz is not "she"). */
  readonly addressees: readonly string[];
}

/** The entity a pronoun as written ("He", "her", "its") stands for, or null. */
export function pronounAntecedent(text: string, scene: PronounScene): Entity | null {
  // "according to her", "in his words": the object and possessive forms stand for the subject
  const written = text.toLowerCase();
  const p = SUBJECT_FORM[written] ?? written;
  const { subjects, recent, lastSpeaker: last } = scene;
  // ("…, the headquarters said. …, it added.": the body that spoke last, not a place named in its words)
  // (a body named after it, "The World Bank approved …", is nearer still; a place is one only if it spoke)
  // (or a one-word name that spoke last with nothing to make it a person, no sex, title, role or full name, and that spoke
  // of itself as "it": "Ridgeline said in a statement that it knows …. It said …" is the firm's, not the agency's before
  // it; not "Neymar said he was delighted. It added …")
  const thing = (e: Entity): boolean => e === last && e.kind === 'person' && e.gender === null && !e.titled && e.roles.size === 0 && !e.name.includes(' ') && scene.names.fullFor(e.name) === null && !isGivenName(e.name) && scene.names.speaksOfItselfAsIt(e.name);
  // (never bodies in the plural: "Child rights groups said …. …, its chairperson said" is not theirs; nor the police)
  // (nor the outlet that reports, unless it spoke: "… seen by The Irish Times, warned …. It stated that …" is the
  // letter's; "protesters outside the Dallas Morning News after it backed Clinton" is the paper's)
  const body = (e: Entity): boolean => e.kind === 'institution' && !(/\s\p{Ll}+$/u.test(e.name) && pluralNoun(e.name.slice(e.name.lastIndexOf(' ') + 1))) && !/^(?:the )?police$/i.test(e.name) && (e === last || !scene.names.reportsAs(e.name));
  if (p === 'it') return recent.find((e) => (body(e) && (e === last || !isPlace(e.name))) || thing(e)) ?? recent.find(body) ?? null;
  if (p === 'they') {
    // (a group met since the body or group that spoke last: either may be "they", so neither is taken)
    if (scene.group) return last && last.kind !== 'person' ? null : scene.group;
    if (last && last.kind !== 'person') return last;
    return recent.find((e) => e.kind === 'joint') ?? null;
  }
  const want = p === 'she' ? 'f' : 'm';
  // a one-word name of unknown sex the document never gives in full ("Tesla posted …") is no antecedent, unless a
  // title came with it (see `titled`)
  // (nor a phrase kept as written whose head is no person: "the conference announced …")
  // (nor the person the same clause names as addressed: "She told Ruiz …" is not Ruiz)
  const addressed = (e: Entity): boolean => scene.addressees.some((w) => e.name === w || e.name.endsWith(` ${w}`));
  // (a titled one-word name of unknown sex, "President Mnangagwa", is the pronoun of the subject just met or of the last
  // speaker, as a person named in full would be; further back, only when no one else fits)
  const first = subjects[0];
  const titled = (e: Entity): boolean => e.kind === 'person' && e.titled === true && e.gender === null && !impersonalRole(e.name) && !addressed(e);
  // (or one that spoke last and was given a person's role: "Sumarni, a 41-year-old rubber farmer, said …. “…,” she told …",
  // or was introduced by a given name alone: "Jess, 31, a nurse …, said …. “…,” she told …"; or is the subject just met:
  // "Suresh, a 34-year-old factory worker …, escaped with a fractured arm. “…,” he said"; or the subject just met whom the
  // document introduced with an age: "… said Gulnora, 52, …. Gulnora’s family was allocated …. “…,” she said")
  // (the head before its modifier: "a nurse from Swindon who asked that her surname not be used")
  const personRole = (e: Entity): boolean => [...e.roles].some((r) => { const np = r.split(ROLE_MODIFIER)[0] as string; return personRoleWord(np) || /(?:^| )\d+-year-old$/.test(np); });
  const fits = (e: Entity): boolean => e.kind === 'person' && e.gender !== (want === 'f' ? 'm' : 'f') && (e.gender !== null || e.name.includes(' ') || (e.titled === true && (e === last || e === first)) || scene.names.fullFor(e.name) !== null || (e === last && personRole(e)) || ((e === last || (e === first && personRole(e))) && scene.names.introducedByGivenName(e.name)) || (e === first && scene.names.introducedWithAge(e.name))) && !impersonalRole(e.name) && !addressed(e);
  return subjects.find(fits) ?? recent.find(fits) ?? subjects.find(titled) ?? null;
}

/** Where a role's modifier starts: a preposition or a relative pronoun. */
const ROLE_MODIFIER = / (?:from|in|at|of|with|for|on|near|who|whose|which|that) /;

const SUBJECT_FORM: Readonly<Record<string, string>> = { her: 'she', hers: 'she', him: 'he', his: 'he', them: 'they', their: 'they', its: 'it' };
