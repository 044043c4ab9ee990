// Stage 6, roles in coreference: a role as its words and as a reader sees it ("Nebraska Gov."), role phrases kept as
// written, and the body or person a role noun refers to ("the ministry", "the top diplomat" → the last person holding
// that role).
import type { Mention } from './mentions.ts';
import type { SpeakerRegistry } from './speakers.ts';
import type { DocumentNames } from './document-names.ts';
import { ROLE_SYNONYMS } from './role-synonyms.ts';
import { isNationality } from './mentions.ts';
import { countryOf, isPlace } from './places.ts';
import { ACCESS_PARTICIPLES, NAME_PREPOSITIONS, RELATIVE_TIME, SUBJECT_PRONOUNS, TIME_ADVERBS, TIME_PREPOSITIONS } from './lexicon-clauses.ts';
import { DOCUMENT_PARTICIPLES, ISSUER_LINKS } from './lexicon-speakers.ts';
import { BODY_DESCRIPTORS, COMPANY_HEADS, CORPORATE_SUFFIXES, DOCUMENT_NOUNS, DRAFT_NOUNS, IMPERSONAL_HEADS, ISSUED_DOCUMENTS, JOINT_DOCUMENTS, JOINT_ROLE_STEMS, KEPT_DOCUMENTS, OFFICE_HEADS, PLAIN_ROLE_HEADS, POSSESSIVE_PRONOUNS, RELATION_NOUNS, ROLE_QUALIFIERS } from './lexicon-nouns.ts';
import { DETERMINERS, FINDING_SOURCES, INSTITUTION_NOUNS, MONTHS, OWNER_OF_OBJECT, ROLE_NOUNS, WEEKDAYS } from './lexicon.ts';
import { remember } from './copies.ts';
import { isPersonNoun } from './person-words.ts';
import { headGender } from './gender.ts';
import { namesFinding } from './findings.ts';
import { lastWord, type Entity } from './coreference-entity.ts';

export const isNationalityWord = (w: string): boolean => isNationality(w.charAt(0).toUpperCase() + w.slice(1));

/** Answers of expandRole and displayRole, remembered (the same few roles come back at every mention). */
const expandedRoles = new Map<string, string>();
const displayRoles = new Map<string, string | null>();

const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = { 'gov.': 'governor', gov: 'governor', 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative', 'lt.': 'lieutenant', 'gen.': 'general', 'amb.': 'ambassador', 'pres.': 'president', 'sec.': 'secretary', 'atty.': 'attorney', 'supt.': 'superintendent', 'cllr': 'councillor', 'cllr.': 'councillor', cr: 'councillor', 'cr.': 'councillor', pm: 'prime minister', fm: 'foreign minister', dp: 'deputy president', vp: 'vice president' };

/** "Nebraska Gov." → "nebraska governor": a role as its words, so that "the governor" finds it. */
export function expandRole(role: string): string {
  return remember(expandedRoles, role, computeExpandedRole);
}

function computeExpandedRole(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ROLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** A courtesy title in front of a name ("Mr", "Dr."): no role, and it says nothing of office. */
export const COURTESY_TITLE = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;

/** A role as a reader sees it: "Nebraska Gov." → "Nebraska governor", no leading article (remembered, like expandRole). */
export const displayRole = (role: string): string | null => remember(displayRoles, role, computeDisplayRole);

function computeDisplayRole(role: string): string | null {
  const r = role.replace(/\s+/g, ' ').replace(/^(the|a|an)\s+/i, '').replace(/[,;:]+$/, '').trim();
  if (!r || COURTESY_TITLE.test(r)) return null;
  return r.split(' ').map((w) => ROLE_ABBREVIATIONS[w.toLowerCase()] ?? w).join(' ');
}

/**
 * "joint statement issued after the meeting", "draft of the budget framework seen by Reuters", "emails obtained by La
 * Presse through a request", "the memo the Post obtained": a document named, then how it came out or who saw it; the document is the speaker, its
 * words up to the participle.
 */
function withoutDocumentParticiple(words: readonly string[]): readonly string[] {
  // (the document heads the phrase: no preposition before its noun, "Fewer than half of the voters surveyed in a new
  // poll released Monday" is the voters')
  const head = words.findIndex((w) => documentWord(w.toLowerCase()));
  if (head < 0 || words.slice(0, head).some((w) => NAME_PREPOSITIONS.has(w))) return words;
  // ("new financial documents he submitted to the government": or a pronoun's clause with its past verb right after the
  // noun; not a name's or a body's, "reports Mr. Schoen filed", "documents the government tabled", which say whose they are)
  const contact = words.findIndex((w, k) => k > head && /^\p{Ll}/u.test(words[k - 1] as string) && documentWord((words[k - 1] as string).toLowerCase()) && SUBJECT_PRONOUNS.has(w) && words.slice(k + 1, k + 4).some((x) => /^\p{Ll}+ed$/u.test(x)));
  if (contact > 0) return words.slice(0, contact);
  // (a participle after a noun or a name the phrase has after a preposition, not after an adverb: "a USA TODAY analysis
  // of newly filed campaign-finance reports")
  const at = words.findIndex((w, k) => k > head && DOCUMENT_PARTICIPLES.has(w) && !/ly$/.test(words[k - 1] as string));
  if (at < 0) return words;
  // (only who saw it, or when it came out: not who signed it or whom it was for, "a statement signed by 31 former MPs",
  // "a memo prepared for ministers")
  const next = words[at + 1];
  const when = next === undefined || TIME_PREPOSITIONS.has(next) || RELATIVE_TIME.has(next) || TIME_ADVERBS.has(next) || WEEKDAYS.has(next) || next === 'on';
  return ACCESS_PARTICIPLES.has(words[at] as string) || when ? words.slice(0, at) : words;
}

const documentWord = (w: string): boolean => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w.replace(/s$/, '')) || FINDING_SOURCES.has(w) || DRAFT_NOUNS.has(w);

/** "her sister", "his childhood friend": a relation noun owned by a possessive pronoun. */
export function relativeByPronoun(m: Mention): boolean {
  if (m.kind !== 'role') return false;
  const words = m.text.toLowerCase().split(/\s+/);
  return words.length >= 2 && POSSESSIVE_PRONOUNS.has(words[0] as string) && RELATION_NOUNS.has(words[words.length - 1] as string);
}

/** The one person of `entities` introduced as the same kin as `m` ("daughter" of "his daughter"), or null. */
export function soleRelative(entities: Iterable<Entity>, m: Mention): Entity | null {
  // (roles are kept without their possessive: "His daughter, Helen Marsh" holds "daughter")
  const text = tidyMention(m.text);
  const role = expandRole(text.slice(text.indexOf(' ') + 1));
  // (a relation that tells the sex only: "her friend" may be anyone's friend the story met, "his daughter" is seldom)
  if (headGender(role) === null) return null;
  let found: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'person' || !e.roles.has(role)) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

export function tidyMention(text: string): string {
  return withoutTime(withoutDocumentParticiple(text.replace(/\s+/g, ' ').trim().split(' ')).join(' '));
}

/**
 * A phrase without the time at its end, which says when, not who: "figures published by the Department for Education
 * in June", "a survey by the organization in March", "a report released on Monday".
 */
function withoutTime(text: string): string {
  const last = text.lastIndexOf(' ');
  const before = last > 0 ? text.lastIndexOf(' ', last - 1) : -1;
  if (before < 0) return text;
  const prep = text.slice(before + 1, last).toLowerCase();
  const when = text.slice(last + 1);
  const time = MONTHS.has(when) || WEEKDAYS.has(when.toLowerCase()) || /^(19|20)\d\d$/.test(when);
  if (!time || !(prep === 'in' || prep === 'on') || text.lastIndexOf(' ', before - 1) < 0) return text;
  // (and the participle it was the time of: "a CNN/ORC poll of South Carolina released on Tuesday")
  const rest = text.slice(0, before);
  return /\s[a-z]+ed$/.test(rest) ? rest.slice(0, rest.lastIndexOf(' ')) : rest;
}

/** A phrase kept as written ("the conference", "the sound system") whose head is a thing or a body, not a person. */
export function impersonalRole(name: string): boolean {
  if (!/^(the|a|an)\s/.test(name)) return false;
  const words = name.toLowerCase().split(' ');
  // (a document before the participle that opens its modifier, whoever it names: "a note circulated by the law ministry
  // among senators")
  if (DOCUMENT_NOUNS.has(words[1] ?? '') && /ed$/.test(words[2] ?? '')) return true;
  // (a person's noun anywhere makes it a person's phrase: "the producer behind the film")
  if (words.some((w) => ROLE_NOUNS.has(w))) return false;
  const prep = words.findIndex((w, k) => k > 1 && NAME_PREPOSITIONS.has(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  return IMPERSONAL_HEADS.has(head) || DOCUMENT_NOUNS.has(head) || INSTITUTION_NOUNS.has(head);
}

/** What finding a body by role reads of the document so far (DocumentContext's state at the mention). */
export interface BodyScene {
  /** People and bodies met, most recent first. */
  readonly recent: readonly Entity[];
  /** The speaker of the previous statement. */
  readonly lastSpeaker: Entity | null;
  /** Bodies that spoke or opened a sentence as its subject (not those only named inside someone's words). */
  readonly actingBodies: ReadonlySet<Entity>;
  readonly names: DocumentNames;
  /** The entity of a body by its name (DocumentContext's #entityForName). */
  body(name: string): Entity;
  /** The entity of a person by the name written (DocumentContext's #entityForName). */
  person(name: string): Entity;
  /** A role only one known speaker holds (DocumentContext's #registryRole). */
  registryRole(words: readonly string[], written: string): Entity | null;
}

/** A body's name in capitals with its possessive mark, opening a phrase: "The European Commission's …". */
const OWNER_BEFORE = /^(?:the\s+)?((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)['’]s\s/u;
const LOWER_OWNER_BEFORE = /^(?:[Tt]he\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)['’]s\s/u;

/** The body or document a role noun ("the ministry", "the statement", "the report") refers to at this point of the document, or null. */
export function bodyByRole(m: Mention, scene: BodyScene): Entity | null {
  const words = (m.role ?? m.text).toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // ("A Hamas statement said", "according to a Pentagon readout": a body named before the document is its issuer)
  // (not a report, a study or a poll, kept as written: "A Senate report says")
  const issuer = ISSUED_DOCUMENTS.has(head) && !FINDING_SOURCES.has(head) ? issuerWords(m.text, head) : null;
  if (issuer) return scene.body(issuer);
  // ("A court document filed Thursday says": a document met for the first time that no one is said to put out is
  // nobody's met before, and is kept as written; not "A statement said …", most often the last speaker's)
  // (nor "A draft of the summit communique": a draft or a copy of a document, whoever spoke last)
  if (/^(a|an)\s/i.test(m.text) && (KEPT_DOCUMENTS.has(head) || /\sof\s/i.test(m.text))) return null;
  // ("The budget document states that …": a document named for what it is, in lower case, is kept as written too, not
  // the minister's who spoke last)
  const modifier = words[words.length - 2];
  if (KEPT_DOCUMENTS.has(head) && modifier !== undefined && /^\p{Ll}+$/u.test(modifier) && !ROLE_QUALIFIERS.has(modifier) && !POSSESSIVE_PRONOUNS.has(modifier) && /^\p{Ll}/u.test(m.role ?? '')) return null;
  // ("The joint communique said …", "The communique said …" after the alliance's chief spoke: a document several parties
  // put out together is kept as written, no one speaker's)
  if (words.some((w) => JOINT_DOCUMENTS.has(w))) return null;
  if (ISSUED_DOCUMENTS.has(head)) {
    // "the statement" / "the report": of the last speaker, or of an institution named since ("a report
    // by the Government Accountability Office found … “…,” the report said")
    // (a report, study or survey is the body's that just spoke, "a report by the GAO found … the report said", else
    // kept as written: not the last person quoted, "“…,” Solberg told reporters. The report found …", nor a body
    // named earlier, whose report it need not be)
    const last = scene.lastSpeaker;
    if (FINDING_SOURCES.has(head)) {
      // ("The European Commission's latest progress report found": the owner it names put it out, no body met before)
      const owner = OWNER_BEFORE.exec(m.text)?.[1];
      if (owner) return scene.body(owner);
      // (an owner in lower case that is a person's office is kept as written: "The auditor general's report said" is no body
      // that spoke before; "The company's report" is)
      const office = LOWER_OWNER_BEFORE.exec(m.text)?.[1]?.split(/\s+/) ?? [];
      if (office.some((w) => ROLE_NOUNS.has(w)) && !office.some((w) => INSTITUTION_NOUNS.has(w))) return null;
      // (or the body that put out the last report the text introduced: "The IMF published its annual report …")
      const issuer = scene.names.reportIssuerBefore(m.start);
      if (issuer) return scene.body(issuer);
      return last?.kind === 'institution' ? last : null;
    }
    // (a body's by a noun in lower case, "The alliance’s letter asks …", is kept as written: not the last person's, who
    // may only chair it; after a body, "The company's statement said", the body's)
    if (LOWER_OWNER_BEFORE.test(m.text) && scene.lastSpeaker?.kind === 'person') return null;
    // ("… read a victim impact statement on behalf of Dr Faraday's husband, Nick Faraday. … “…,” the statement said.": the
    // words of the one it was read for)
    const owner = head === 'statement' ? scene.names.statementOwnerBefore(m.start) : null;
    if (owner) return scene.person(owner);
    // (a letter received is not its receiver's: "McAllister received a letter from the OQLF …. The letter says …" is not
    // McAllister's; only a body that just spoke is its sender, else it is kept as written)
    if (head === 'letter' && scene.names.letterReceivedBefore(m.start)) return last?.kind === 'institution' ? last : null;
    // (nor a letter a count of people signed: "More than 300 staff signed an open letter …. The letter said" is theirs)
    if (head === 'letter' && scene.names.letterSignedBefore(m.start)) return null;
    // (not a body only named inside the last speaker's words: "In a joint statement, the two ministers said they would
    // convene the … Council. The statement also said …")
    // (or one named as a document's issuer: "according to a readout from the White House. … the statement said")
    // (nor a finding kept as written: "Figures released by the county council show …. The letter, signed by 87
    // households, reads: …" is not the figures'; "The memo said …. The document also said …" is the memo)
    // (nor is a named document another one: "A report to the council's cabinet in October found …. The letter, signed by 87
    // households, reads: …" is kept as written; "the document" may be any)
    if (last !== null && head !== 'document' && last.name.toLowerCase().split(' ').some((w) => w !== head && documentWord(w))) return null;
    const speaker = last !== null && namesFinding(last.name) ? null : last;
    return scene.recent.find((e) => (e === speaker && speaker !== null) || (e.kind === 'institution' && (scene.actingBodies.has(e) || scene.names.issuesDocuments(e.name)))) ?? speaker;
  }
  if (!/^(the|its|their)\b/i.test(m.text)) return null;
  // ("the terrorist group" is no "SITE Intelligence Group", "the health ministry" no Ministry of Defence, "the Clinton
  // campaign" no Sanders campaign: each word before the head is in the body's name, but for words that only describe
  // a body ("the central bank", "the federal police", "the Washington-based fund"), and a nationality must name no
  // other country than the body's: "the German bank" is no Bank of England)
  // (where it is based may name a city and its state: "the Huntsville, Alabama-based company")
  const qualifiers = words.slice(0, -1).filter((w, k) => !/^(the|its|their)$/.test(w) && !BODY_DESCRIPTORS.has(w) && !/-based$/.test(w) && !(w.endsWith(',') && /-based$/.test(words[k + 1] ?? '')));
  const fits = (name: string): boolean => {
    // (not a document named for a body: "a council report" is no "the council"; "Bureau of Economic Analysis" is a bureau)
    const last = lastWord(name);
    // ("the company" is "Northcliff Gold Corp.": a firm by its legal name's last word)
    const firm = COMPANY_HEADS.has(head) && CORPORATE_SUFFIXES.has(last);
    if ((!name.includes(head) && !firm) || (name.endsWith(`${head} ${last}`) && (FINDING_SOURCES.has(last) || ISSUED_DOCUMENTS.has(last) || DOCUMENT_NOUNS.has(last)))) return false;
    return qualifiers.every((q) => {
      const country = countryOf(q);
      // ("the Indian foreign ministry" and "India's Ministry of External Affairs": a nationality and its country's name)
      if (country === null) return isNationalityWord(q) ? name.includes(q.slice(0, 4)) : name.includes(q);
      const named = countriesIn(name);
      return named.length === 0 || named.includes(country);
    });
  };
  // (not one kept as its owner's, "their union": whose it was is unknown, and a later "the union" may be another)
  const candidates = scene.recent.filter((e) => e.kind === 'institution' && fits(e.name.toLowerCase()) && !POSSESSIVE_PRONOUNS.has(e.name.slice(0, e.name.indexOf(' ')).toLowerCase()));
  // (not a body whose name only holds the noun before a body's noun of its own: "the airline" is Vireo Airlines, not the
  // British Airline Pilots' Association named since)
  const heldOnly = (name: string): boolean => {
    const last = lastWord(name);
    return last !== head && last !== `${head}s` && (INSTITUTION_NOUNS.has(last) || ROLE_NOUNS.has(last));
  };
  const pick = candidates.find((e) => !heldOnly(e.name.toLowerCase())) ?? candidates[0];
  // (a body by the whole of its name when the text gave it: "the department" is the "Department of Agriculture, Food and
  // the Marine", whose first words the text never names on their own; not "The Department of Health and Social Care
  // said …. In Northern Ireland, the Department of Health said …. The department said")
  if (pick) return candidates.find((e) => e !== pick && fullerName(e.name, pick.name) && scene.names.onlyWithin(pick.name, e.name.replace(/^the\s+/i, ''))) ?? pick;
  // (a body only: "According to the county" is not "Lac Brûlé County fire chief Owen Declerck")
  return bodyOnly(scene.registryRole(words, m.text));
}

/** Whether `full` is `part` followed by a list or "for"/"of" and more words: "Department of Agriculture, Food and the Marine". */
function fullerName(full: string, part: string): boolean {
  const f = full.replace(/^the\s+/i, '');
  return f.length > part.length && f.startsWith(part) && /^(?:,| for | of | and )/.test(f.slice(part.length));
}

const bodyOnly = (e: Entity | null): Entity | null => (e?.kind === 'institution' ? e : null);

/** What finding a person by role reads of the document so far (DocumentContext's state at the mention). */
export interface RoleScene {
  /** People and bodies met, most recent first. */
  readonly recent: readonly Entity[];
  /** The last person in subject position. */
  readonly lastSubject: Entity | null;
  /** The mention is described as anonymous ("who spoke on condition of anonymity"). */
  readonly anonymous: boolean;
  readonly registry: SpeakerRegistry;
  /** A role only one known speaker holds (DocumentContext's #registryRole). */
  registryRole(words: readonly string[], written: string): Entity | null;
}

/** The person a role noun ("the diplomat", "the Kazakh leader", "the two leaders") refers to at this point of the document, or null. */
export function personByRole(m: Mention, scene: RoleScene): Entity | null {
  // "the Republican candidate for governor": the role is the words before its preposition
  const full = (m.role ?? m.text).toLowerCase().split(/\s+/);
  const prep = full.findIndex((w, k) => k > 0 && NAME_PREPOSITIONS.has(w));
  const words = (prep > 0 ? full.slice(0, prep) : full).filter((w) => !ROLE_QUALIFIERS.has(w));
  // "the Head of State" is the president (or the monarch)
  const headOfState = /\bhead of state\b/i.test(m.text);
  if (headOfState) words.splice(0, words.length, 'president');
  const head = words[words.length - 1] ?? '';
  // ("the US welcomes …": a country kept as written is no one's role)
  if (m.role !== null && !m.role.includes(' ') && isPlace(m.role)) return null;
  const definite = /^(the|this|that|both|his|her)\b/i.test(m.text);
  if (/^(a|an|one|another|some|several)\b/i.test(m.text)) return null;
  if (m.plural) {
    if (!definite) return null;
    // "the two leaders" after "Lavrov and Blinken"; "the plaintiffs" are not "Opponents" quoted earlier
    const stem = head.replace(/s$/, '');
    // ("the Turkish and Qatari foreign ministers" are not "Foreign ministers" met before: a group kept as written has
    // every nationality the mention gives)
    const national = words.slice(0, -1).filter((w) => isNationalityWord(w));
    // (nor "one of the people" quoted since: one of them is not all of them)
    const named = (e: Entity): boolean => !/^(one|another|each|either|neither) of\b/i.test(e.name) && national.every((q) => e.name.toLowerCase().includes(q)) && (e.name.toLowerCase().includes(stem) || [...e.roles].some((r) => r.includes(stem)));
    return scene.recent.find((e) => e.kind === 'joint' && (e.members.length > 0 ? JOINT_ROLE_STEMS.has(stem) || stem === 'both' : named(e))) ?? null;
  }
  if (!definite && !/^[A-Z]/.test(m.text)) return null;
  const wanted = ROLE_SYNONYMS[head] ?? [head];
  const qualifiers = words.slice(0, -1);
  // "the spokeswoman" is not a man already known, "the congressman" not a woman
  const gendered = /(wo)?man$/.exec(head);
  // ("the Qatari minister" is no "Turkish Foreign Minister", and is "Qatar's Minister of State")
  const qualifierCountries = qualifiers.map(countryOf);
  const countries = qualifierCountries.filter((c): c is string => c !== null);
  // (strict: every qualifier in the person's roles, so that "the chief justice" is the Chief Justice before a Justice
  // met since; loose: "top" and "chief" may only rank, "the country's chief diplomat")
  const fitsAs = (e: Entity, strict: boolean): boolean => {
    if (gendered && e.gender === (gendered[1] ? 'm' : 'f')) return false;
    // (whole words: "the president" is no "presidential candidate"; and in the role's head: "the governor" is no
    // "spokesperson for the governor")
    const roles = ` ${[...e.roles].join(' | ')} `;
    const heads = roles.includes(' the ') ? ` ${[...e.roles].map(roleHead).join(' | ')} ` : roles;
    if (!wanted.some((w) => (w.endsWith('$') ? heads.includes(` ${w.slice(0, -1)} |`) || heads.endsWith(` ${w.slice(0, -1)} `) : heads.includes(` ${w} `) || heads.includes(` ${w}s `) || heads.includes(` ${w}-`) || heads.includes(`-${w} `)))) return false;
    // (a qualifier as a whole word too: "the council leader" is no councillor who leads the opposition)
    const hasWord = (q: string): boolean => roles.includes(` ${q} `) || roles.includes(` ${q}-`) || roles.includes(`-${q} `) || roles.includes(` ${q}s `) || roles.includes(` ${q}'s `) || roles.includes(` ${q}’s `);
    return qualifiers.every((q, k) => hasWord(q) || (!strict && (q === 'top' || q === 'chief')) || (typeof qualifierCountries[k] === 'string' && countriesOf(e).includes(qualifierCountries[k] as string)));
  };
  const fits = (e: Entity): boolean => fitsAs(e, false);
  const otherCountry = (e: Entity): boolean => countries.length > 0 && countriesOf(e).some((c) => !countries.includes(c));
  // (the last subject first, when the role fits: "Belozerskaya replied …. She did not rule out that the minister would
  // …. “…,” the diplomat said" is Belozerskaya, not the minister she spoke of)
  const subject = scene.lastSubject;
  // (someone named: not a role kept as written, "the president often")
  const named = subject !== null && subject.kind === 'person' && /^\p{Lu}/u.test(subject.name);
  const ranked = qualifiers.includes('chief') || qualifiers.includes('top');
  const strictly = ranked && !(named && fitsAs(subject, true)) ? scene.recent.find((e) => e.kind === 'person' && fitsAs(e, true)) : undefined;
  const byRole = strictly ?? (named && fits(subject) ? subject : scene.recent.find((e) => e.kind === 'person' && fits(e)));
  if (byRole) return byRole;
  // "the Kazakh leader" for a "President Tokayev" whose nationality the text never gave
  const national = qualifiers.filter((q) => isNationalityWord(q));
  if (national.length > 0 && national.length === qualifiers.length) {
    const loose = scene.recent.filter((e) => e.kind === 'person' && !otherCountry(e) && wanted.some((w) => [...e.roles].join(' | ').includes(w.replace(/\$$/, ''))));
    if (loose.length === 1) return loose[0] as Entity;
  }
  // "The Russian official", "the diplomat" right after a person: that person (elegant variation) — but
  // not a more specific role ("the prime minister" is not the congresswoman just quoted), not "the
  // minister" for someone known to hold another office, never an anonymous source ("the official,
  // who requested anonymity") and never "the source"
  const last = scene.lastSubject;
  // qualifiers that only say where from: "the Russian official", "the Kentucky Republican", "the New York Democrat"
  // ("Leesee Pitsiulak has been sleeping on her sister's couch …. The 34-year-old mother of two says …": an age before a
  // person's noun describes the one just met, as the age alone does; not one of the other sex)
  const ageWord = qualifiers.length === 1 && /^\d+-year-old$/.test(qualifiers[0] as string) ? (qualifiers[0] as string) : null;
  // (nor one known by another role: "Manager Eddie Howe said Alexander Isak was fit. The 25-year-old striker said …")
  const aged = ageWord !== null && isPersonNoun(head) && !(last !== null && headGender(head) !== null && last.gender !== null && last.gender !== headGender(head)) && (last === null || [...last.roles].every((r) => /^\d+-year-old$/.test(r) || r.includes(head)));
  const plain = qualifiers.every((q) => isNationalityWord(q)) || (PLAIN_ROLE_HEADS.has(head) && qualifiers.length <= 3) || aged;
  // ("the person" is an unnamed source named again, "a person familiar with …", "a longtime adviser"; not a named
  // speaker, nor "the minister", just quoted)
  const anonymousLast = last !== null && /^(a|an|one|another)\s/i.test(last.name);
  const generic = aged || (head === 'person' && anonymousLast) || /^(official|politician|diplomat|lawmaker|legislator|republican|democrat|conservative|tory|mp|congressman|congresswoman|senator|\d+-year-old|candidate|nominee|challenger|incumbent|veteran|mogul|billionaire|businessman|businesswoman|tycoon|magnate|frontrunner|front-runner|populist|firebrand|centrist|leftist|nationalist)$/.test(head) || (head === 'minister' && last !== null && last.roles.size === 0);
  // an office ("the senator", "the governor") is not someone known to hold another one
  const office = OFFICE_HEADS.has(head);
  // offices held at any time count here: a former prime minister is not "the senator" either
  const offices = last ? [...last.roles, ...(scene.registry.lookupExact(last.name)?.roles.map((r) => r.title.toLowerCase()) ?? [])] : [];
  const otherOffice = office && last !== null && offices.length > 0 && !offices.some((r) => r.includes(head) || (head === 'lawmaker' && /senator|representative|congress|mp\b/.test(r)));
  // (an age is no one's whose age the text gave otherwise: "the 31-year-old" is not "26-year-old Oliver Brandt"; nor
  // someone told of as dead)
  // (nor one named by initials alone, most often a body or an outlet: "DW reached one of the deported men. The 29-year-old …")
  const age = ageWord ?? head;
  const otherAge = /^\d+-year-old$/.test(age) && last !== null && ([...last.roles].some((r) => /\b\d+-year-old\b/.test(r) && !r.includes(age)) || !/\p{Ll}/u.test(last.name));
  if (last && plain && generic && !scene.anonymous && !otherOffice && !otherCountry(last) && !otherAge && last.dead !== true) {
    if (!gendered || last.gender !== (gendered[1] ? 'm' : 'f')) return last;
  }
  return scene.registryRole(words, m.text);
}

/** The countries a person's roles name ("turkish foreign minister" → TR). */
function countriesOf(e: Entity): string[] {
  const out: string[] = [];
  for (const r of e.roles) {
    // (the country before "to", "in" or "for": "the British high commissioner to Kenya" is British)
    for (const c of countriesIn(r.split(/\s+(?:to|in|for|at)\s+/)[0] ?? r)) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** The countries the words of `text` name ("qatar's minister of state" → QA), each once. */
function countriesIn(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[\s-]+/)) {
    const c = countryOf(w);
    if (c !== null && !out.includes(c)) out.push(c);
  }
  return out;
}

/** A title written before a name, capitalised ("President", "Sen.", "Dr."): not an appositive ("the former customer"). */
export function personTitle(role: string, expanded: string): boolean {
  const written = role.trim();
  const head = written.slice(written.lastIndexOf(' ') + 1);
  return (/^\p{Lu}/u.test(head) && (COURTESY_TITLE.test(head) || ROLE_NOUNS.has(expanded.slice(expanded.lastIndexOf(' ') + 1)))) || personAppositive(written);
}

/**
 * "Murugan, a fisherman from Kasimedu, said" (the role read as "fisherman"): a role in lower case whose head is a noun
 * for a person says that a one-word name is a person's (a pronoun may then be theirs, as for a titled name).
 */
function personAppositive(role: string): boolean {
  if (!/^\p{Ll}/u.test(role)) return false;
  const words = role.toLowerCase().split(/\s+/);
  const prep = words.findIndex((w, k) => k > 1 && NAME_PREPOSITIONS.has(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  return ROLE_NOUNS.has(head) || isPersonNoun(head);
}

/** The capitalised words before a document's noun that name its issuer ("A Hamas statement" → Hamas), or null. */
function issuerWords(text: string, head: string): string | null {
  const words = text.split(/\s+/);
  const last = words.findLastIndex((w) => w.toLowerCase() === head);
  let k = last;
  while (k > 0 && /^\p{Lu}[\p{L}.&'’-]*$/u.test(words[k - 1] as string) && !DETERMINERS.has((words[k - 1] as string).toLowerCase())) k--;
  if (k === last) return null;
  const name = words.slice(k, last).join(' ').replace(/['’]s$/, '');
  // (not a nationality, "A Russian statement": whose it is stays to be found)
  return isNationalityWord(name) ? null : name;
}

/**
 * A role's words before the one it serves or belongs to ("spokesperson" of "spokesperson for the governor", "chief of
 * staff" of "chief of staff to the president"; "Minister for Foreign Affairs" is whole).
 */
const roleHead = (role: string): string => role.split(HEAD_ENDS)[0] as string;
const HEAD_ENDS = / (?:for|of|to|at|with) the /;

/**
 * "A message from her", "a letter by him", "Another message attributed to him": a document's noun and the possessive
 * of the pronoun its person is given by, linked by an issuer's word (ISSUER_LINKS: from, by, of, issued) or "attributed
 * to" (null when the phrase is not so).
 */
export function documentFromPronoun(text: string): { noun: string; owner: string } | null {
  const words = text.split(/\s+/);
  const owner = OWNER_OF_OBJECT.get((words[words.length - 1] ?? '').toLowerCase());
  const attributed = words[words.length - 3]?.toLowerCase() === 'attributed' && words[words.length - 2]?.toLowerCase() === 'to';
  const link = attributed ? words.length - 3 : ISSUER_LINKS.has(words[words.length - 2]?.toLowerCase() ?? '') ? words.length - 2 : -1;
  const noun = words[link - 1];
  return owner !== undefined && link >= 1 && noun !== undefined && DOCUMENT_NOUNS.has(noun.toLowerCase()) ? { noun, owner } : null;
}
