// Resolves speaker mentions inside one document to canonical speakers: names to the full name first
// introduced ("Lavrov" → "Sergey Lavrov"), pronouns to the last person in subject position,
// role nouns ("the top diplomat") to the last person holding that role, "the ministry" / "the
// statement" to the last institution. Learns new people and roles into the registry as it goes. The entities it
// keeps are in coreference-entity.ts, what it knows of roles in coreference-roles.ts.
import { registryHolder } from './coreference-registry.ts';
import { isGivenName } from './given-names.ts';
import type { Mention } from './mentions.ts';
import type { Speaker } from '../model.ts';
import type { SpeakerRegistry } from './speakers.ts';
import { FAMILY_NAME_FIRST, nameKey, rolesAt } from './speakers.ts';
import { DocumentNames } from './document-names.ts';
import { BASED_IN } from './document-issuers.ts';
import { cleanPersonName, firstSurname, isCommonWord } from './names.ts';
import { firstNameGender, genderFromTitle, guessGender, headGender, titledGender, womansRole } from './gender.ts';
import { namesFinding } from './findings.ts';
import { isPlace, isSubdivision } from './places.ts';
import { DOCUMENT_NOUNS, ISSUED_DOCUMENTS, KIN_NOUNS, OWN_WRITINGS, POSSESSIVE_PRONOUNS, RELATION_NOUNS, WRITTEN_RULINGS } from './lexicon-nouns.ts';
import { GIVEN_NAME_TITLES, PLACE_HEADS, SEXED_PRONOUNS, STYLES_OF_ADDRESS } from './lexicon.ts';
import { PEOPLE_AFTER_THOSE, SUBJECT_PREPOSITIONS } from './lexicon-clauses.ts';
import { byGeneration, countInFull, type Entity, metOrNew, surnamedDescription, surnamedPerson, writtenPerson, GENERATION_WORD, keptBySurname, metAs, moveToFront, lastWord, type NameFacts, onlyOpeningWith, sameFullName, surnameMet, titledKey, withoutGeneration } from './coreference-entity.ts';
import { pronounAntecedent } from './coreference-pronouns.ts';
import { bodyByRole, documentFromPronoun, personByRole, expandRole, COURTESY_TITLE, displayRole, personTitle, relativeByPronoun, soleRelative, tidyMention } from './coreference-roles.ts';

/** A mountain's name: "Mt. Karangsewu", "Mount Mayon". */
const MOUNTAIN = /^(?:Mt\.?|Mount)\s\p{Lu}/u;

/** A name closing on a hyphen and a lower-case part: a Cantonese given name after the family name ("Wong Kwok-leung"). */
const LOWER_HYPHEN_END = /-\p{Ll}+$/u;

/** A company's legal suffix ending its name ("Bowmark Energy Ltd.", "Acme Inc"), or a bank's ("Deutsche Bank"). */
const COMPANY_SUFFIX = /\s(?:Ltd|Inc|Corp|Co|LLC|LLP|PLC|plc|GmbH|Bhd|Limited|N\.V|S\.A|Pty|AG|SE|Bank|Banking Group)\.?$/;

export interface Resolution {
  /** Canonical speaker, or null when the mention cannot be resolved. */
  readonly speaker: string | null;
  readonly kind: 'person' | 'institution' | 'joint' | null;
}

export class DocumentContext {
  readonly #registry: SpeakerRegistry;
  readonly #entities = new Map<string, Entity>();
  /** Most recent first. */
  #recent: Entity[] = [];
  /** Persons in subject position, most recent first (pronoun antecedents). */
  #subjects: Entity[] = [];
  #lastSpeaker: Entity | null = null;
  /** Bodies that spoke or were a sentence's subject (a document noun's issuer may be one of them). */
  readonly #actingBodies = new Set<Entity>();
  /** A group met as a subject since the last statement ("Farmers have blocked the road."): the next "they". */
  #group: Entity | null = null;
  /** The mention being resolved is described as anonymous ("who spoke on condition of anonymity"). */
  #anonymous = false;
  /** Capitalised words the clause of the mention being resolved addresses ("She told Ruiz …": Ruiz is not "she"). */
  #addressees: readonly string[] = NO_WORDS;

  readonly #names: DocumentNames;
  readonly #date: string | null;
  readonly #learned = new Map<string, Speaker>();
  /** People met by a surname only ("a resident surnamed Ho"), by that surname (null once two are), until another of it is met. */
  readonly #surnamedOnly = new Map<string, Entity | null>();
  /** The person a title and surname name ("mr okafor"), by titledKey. */
  readonly #calledAs = new Map<string, Entity>();

  /** `names`: the people the whole document names in full; `date`: its date, for roles held at the time. */
  constructor(registry: SpeakerRegistry, names: DocumentNames = DocumentNames.none, date: string | null = null) {
    this.#registry = registry;
    this.#names = names;
    this.#date = date;
  }

  /**
   * Canonical name for a person or institution named in the text. What the document says wins: a surname goes
   * to the person this document names in full with it (before or after), a registry entry only fills a gap the
   * document leaves open — exactly one known person fits and nothing here contradicts it — and is never learned
   * from other documents, so the result does not depend on what was read before.
   */
  #entityForName(asWritten: string, role: string | null, named: boolean): Entity {
    // ("the would-be buyer, Rotterdam-based Veldhuis Agri,": a name after where it is based is a body's, unless a given
    // name opens it, "Texas-based Matt Mackowiak", whose name is the rest)
    const based = named || !asWritten.includes('-based ') ? null : BASED_IN.exec(asWritten);
    const rest = based ? asWritten.slice(based[0].length) : asWritten;
    const institution = named || (based !== null && !isGivenName(rest.split(' ')[0] ?? ''));
    const written = institution ? asWritten : rest;
    // ("said a resident surnamed Ho, 71": someone given a surname only, no one named in full, by the description; a bare
    // "Ho" after is that person, until someone else of that surname is met, in full, by title or so described)
    if (!institution && role !== null && /\S\s+surnamed$/.test(role) && /^\p{Lu}\p{Ll}+$/u.test(written)) return surnamedPerson(this.#entities, this.#surnamedOnly, written, surnamedDescription(role, written));
    // ("A third soldier, Y., …": an initial standing for a withheld name is no one a registry or the document names in full)
    if (!institution && role === null && /^\p{Lu}\.$/u.test(written)) return metOrNew(this.#entities, written, () => writtenPerson(written));
    // (once two have it, the surname alone is written as it stands, no one's guess)
    if (!institution && role === null && this.#surnamedOnly.has(written)) return this.#surnamedOnly.get(written) ?? metOrNew(this.#entities, written, () => writtenPerson(written));
    const facts = this.#factsOf(written, role, institution);
    const { name, titled } = facts;
    let reg = facts.reg;
    let canonical = reg?.name ?? null;
    // ("Mr. Okafor" is whom the story last named in full with that title, else first called so, not his son met since:
    // a story calls one person by a title and a surname, and the other of that surname by given name or in full; see
    // also noteMention, which lets go when a relative of that surname comes in as a subject)
    const generational = role !== null && GENERATION_WORD.test(role);
    const title = generational ? (role as string).replace(GENERATION_WORD, '') : role;
    const calledKey = institution || name.includes(' ') || !title || !/^\p{Lu}/u.test(title) ? null : titledKey(title, facts.key);
    const called = calledKey === null ? undefined : this.#calledAs.get(calledKey);
    // ("the elder Tillotson": the oldest of that surname the story gives an age or a generation for)
    const generation = !canonical && !institution && generational ? this.#byGeneration(role as string, facts.key) : null;
    if (generation) canonical = generation.name;
    if (!canonical && called && !called.dead) canonical = called.name;
    // (a lower-case description before the surname is no title: "a grinning Thibodeau" keeps to whom the story calls so)
    if (!canonical && !institution) canonical = this.#inDocument(name, titled, facts.key, role === null || (!generational && /^\p{Ll}/u.test(role)));
    // ("Bowmark now expects …" after "Calgary-based Bowmark Energy Ltd. will cut …": a body met by its full name, then
    // by its first word, when no person of the document has that name)
    const body = !canonical && !institution && !role && !name.includes(' ') && !isGivenName(name) ? this.#bodyByFirstWord(name) : null;
    if (body) return body;
    // ("Freddy" after "Freddy Trump": a first name alone, as no one's surname, is the one person named in full with it)
    // (not after a title: "Mr. Lew", "President Obama" name a surname)
    // (a first name that says the person's sex: not "Meridian", a bank's)
    // (only someone already met: "Hillary" after "Hillary Clinton"; not a tenant "Tom" before the landlord Tom Hughes)
    // (nor one whose surname is withheld: "said Tom, who asked that his surname be withheld")
    // (or no everyday word: "Chidi" after "His son, Chidi Okafor"; marked, so that "Okafor" alone is someone else first)
    // ("Sheikha Latifa" after "Sheikha Latifa bint Hamad Al Qasimi", "Prince Abdulmajeed": a title borne with the given
    // name)
    let byGiven = false;
    if (!canonical && !institution && (!role || GIVEN_NAME_TITLES.has(role)) && !this.#anonymous && !name.includes(' ') && (firstNameGender(name.toLowerCase()) !== null || !isCommonWord(name.toLowerCase())) && !this.#names.surnameTaken(name)) {
      const full = this.#names.fullForGiven(name);
      // ("Mair" → "Mair Jones" met so far, when the document's names do not know her given name)
      const met = full === null ? (onlyOpeningWith(this.#entities.values(), name, (e) => e.kind === 'person')?.name ?? null) : this.#entities.has(full) ? full : metAs(this.#recent, full);
      // (with a title, only the person the document names in full with it: not "King Charles" after "Charles Michel")
      const metEntity = met === null ? undefined : this.#entities.get(met);
      byGiven = metEntity?.kind === 'person' && (role === null || metEntity.roles.has(expandRole(role)) || [...this.#names.rolesOf(metEntity.name)].some((r) => r.split(' ').includes(role)));
      if (byGiven) canonical = met;
    }
    // ("Deuce smiled" after 'Darnell "Deuce" Whitaker': a nickname the document gives inside a name)
    if (!canonical && !institution && !name.includes(' ')) canonical = this.#names.fullForNickname(name);
    if (!canonical && !institution && !name.includes(' ')) {
      reg = this.#registryFill(name, role, titled);
      canonical = reg?.name ?? null;
    }
    // ("Pope Leo", "King Charles": a title borne with the given name alone, of no one the document names in full, stays
    // with it; the given name alone is no one)
    if (!canonical && !institution && role !== null && GIVEN_NAME_TITLES.has(role) && /^\p{Lu}\p{Ll}+$/u.test(name)) canonical = `${role} ${name}`;
    if (!canonical && !institution) canonical = this.#names.canonical(name);
    // (a body's name without where it is based: "Calgary-based Bowmark Energy Ltd." is Bowmark Energy Ltd.)
    if (!canonical) canonical = institution ? name.replace(/^the\s+/i, '').replace(BASED_IN, '') : name;
    let e = this.#entities.get(canonical);
    if (!e) {
      // (a place that the registry does not know as a person is a body: "South Carolina and South Dakota passed laws" gives
      // no "she")
      // (a mountain too, whatever the gazetteer knows: "Mt. Karangsewu", "Mount Mayon")
      // (and a place by its head: "Los Angeles County says …" gives no "she"; not "John Street", "Crystal Springs")
      const kind = institution || reg?.kind === 'institution' || (!reg && (isPlace(canonical) || MOUNTAIN.test(canonical) || (canonical.includes(' ') && (isSubdivision(canonical) || placeByHead(canonical))))) ? 'institution' : 'person';
      const known = reg ? rolesAt(reg, this.#date) : [];
      // ("Margaret, 68, from Newcastle-under-Lyme, …": a person introduced by a given name alone has its sex)
      // ("Wrenna herself", "Wrenna – real name Catriona Abney –": a one-word name the body gives a sex)
      const sure = kind === 'person' ? (this.#names.titledGender(canonical) ?? (canonical.includes(' ') ? this.#names.relativeSex(canonical) : this.#names.introducedByGivenName(canonical) ? firstNameGender(canonical.toLowerCase()) : this.#names.sexOfOneName(canonical))) : null;
      e = { name: canonical, key: nameKey(canonical), kind, gender: kind === 'person' ? (sure ?? guessGender(canonical)) : null, roles: new Set(known.map((r) => r.toLowerCase())), written: [], members: [], guessed: sure === null };
      this.#entities.set(canonical, e);
      if (kind === 'person' && canonical.includes(' ')) this.#absorbSurname(e);
      // (roles the document writes before the full name anywhere: "Asked by area coroner Rachel Penhaligon …")
      if (kind === 'person') for (const r of this.#names.rolesOf(canonical)) e.roles.add(expandRole(r));
    }
    // (someone of a surname met only as "surnamed …" is no longer whom that surname alone names once another of it is met
    // in full or by a title: "Police Superintendent Ho", "Mr Ho")
    if ((role !== null || canonical.includes(' ')) && this.#surnamedOnly.size > 0) for (const w of canonical.split(' ')) this.#surnamedOnly.delete(w);
    // ("his daughter, Geneviève Thibodeau": a relative of a person met with that surname is the one the story calls by
    // given name; the surname alone, with no title, stays with the other, "a grinning Thibodeau said")
    // (not the relative of a child, whom the story calls by given name: "Amari Jones, 10, … His mother, Keisha Jones")
    if (!e.relative && e.kind === 'person' && !e.bySurname && canonical.includes(' ') && ((role !== null && KIN_NOUNS.has(lastWord(role.toLowerCase()))) || this.#names.introducedAsRelative(canonical)) && surnameMet(this.#entities.values(), e, this.#names)) e.relative = true;
    if (role) {
      const expanded = expandRole(role);
      e.roles.add(expanded);
      if (e.kind === 'person' && !e.titled && personTitle(role, expanded)) e.titled = true;
      const title = displayRole(role);
      if (title && !e.written.includes(title)) e.written.push(title);
    }
    // (a family role with the full name beats a guess from the first name: "Jack's mum Kerry Treloar")
    // ("Bernie Costigan, the alliance's chairwoman": a woman's office word with the full name over a guess from the first
    // name; not a man's, which some outlets write for anyone, "Trump spokesman Hope Hicks", nor a title inside the role,
    // "a surrogate for Mr. Sanders", nor a title with the surname alone, "the former Mrs. Trump", which may be resolved
    // to someone else of that name)
    if (titled && (e.gender === null || (e.guessed && titled === 'f' && name.includes(' ') && role !== null && womansRole(role)))) [e.gender, e.guessed] = [titled, false];
    // ("the base chief known as Bob": a first name given to a person by role, used alone and as no one's surname, says
    // the person's sex; a lone word with no role may be a firm's: "Tesla posted …")
    // (a role in lower case, not a title: "Sen. Warren" names a surname)
    else if (role && /^\p{Ll}/u.test(role) && e.gender === null && e.kind === 'person' && !canonical.includes(' ') && isGivenName(canonical) && !this.#names.surnameTaken(canonical)) e.gender = firstNameGender(canonical.toLowerCase());
    else if (role && name.includes(' ') && nameKey(name) === e.key && headGender(role) !== null) [e.gender, e.guessed] = [headGender(role), false];
    // full names are remembered for the directory (search, autocomplete), never for resolving later documents
    if (e.kind === 'person' && canonical.includes(' ') && !reg && !this.#learned.has(canonical)) {
      this.#learned.set(canonical, { name: canonical, kind: 'person', aliases: [], roles: [] });
    }
    if (calledKey !== null && e.kind === 'person' && !this.#calledAs.has(calledKey)) this.#calledAs.set(calledKey, e);
    // ("Her husband, Dr. Paul Reyes, joined her": a person named in full with the title is whom it names from here on)
    if (e.kind === 'person' && name.includes(' ') && title && /^\p{Lu}/u.test(title)) this.#calledAs.set(titledKey(title, lastWord(facts.key)), e);
    if (byGiven) e.byGiven = true;
    else if (e.kind === 'person' && !institution && !name.includes(' ') && e.name.includes(' ') && generation === null) e.bySurname = true;
    return e;
  }

  /** byGeneration over the people met so far, for a role opening with a generation's word ("elder", "younger"). */
  #byGeneration(role: string, key: string): Entity | null {
    return byGeneration(this.#entities.values(), key, /^younger/i.test(role));
  }

  /** Whether one person met so far has a name of several words opening with `word` ("Tāne" after "Tāne Herewini"). */
  readonly opensPersonMet = (word: string): boolean => onlyOpeningWith(this.#entities.values(), word, (e) => e.kind === 'person') !== null;

  /** The body this document has met whose name of several words opens with `word` ("Bowmark Energy Ltd."), if one. */
  #bodyByFirstWord(word: string): Entity | null {
    // (a firm's founder is no firm: "The Trump Organization said …. Trump said", "Adani Group … Adani said he …"; only a
    // company named with its legal suffix, "Bowmark Energy Ltd.", and never a known person's surname)
    if (this.#registry.lookup(word)?.kind === 'person') return null;
    return onlyOpeningWith(this.#entities.values(), word, (e) => e.kind === 'institution' && !isPlace(e.name) && COMPANY_SUFFIX.test(e.name));
  }

  /**
   * What #entityForName reads from a name as written, whatever the document has said so far (the registry is only
   * read): worked out once per document for each name, role and kind, not at every mention (most names come back many
   * times: PolNeAR train ~26,000 readings, each four or five look-ups in tables of thousands of names).
   */
  #factsOf(written: string, role: string | null, institution: boolean): NameFacts {
    const list = this.#nameFacts.get(written);
    if (list) for (const f of list) if (f.role === role && f.institution === institution) return f;
    const name = institution ? written : (cleanPersonName(written) ?? written);
    const reg = institution || name.includes(' ') ? this.#registry.lookupExact(name) : null;
    const facts: NameFacts = { role, institution, name, key: nameKey(name), titled: titledGender(role, written), reg };
    if (list) list.push(facts);
    else this.#nameFacts.set(written, [facts]);
    return facts;
  }

  readonly #nameFacts = new Map<string, NameFacts[]>();

  /** A person of this document the name refers to: met already, or named in full anywhere in it. */
  #inDocument(name: string, titled: 'm' | 'f' | null = null, key = nameKey(name), bySurname = true): string | null {
    // "Mrs. Clinton" is not Bill Clinton, "Mr. Netanyahu" not Sara Netanyahu
    const sexFits = (e: Entity): boolean => titled === null || (e.gender ?? guessGender(e.name)) !== (titled === 'm' ? 'f' : 'm');
    // (what depends on the name alone is worked out once, not for every person compared)
    const spaced = ` ${key}`;
    const familyFirst = FAMILY_NAME_FIRST.has(key);
    const prefix = `${key} `;
    const several = key.includes(' ');
    const initial = key.length > 0 && key[0] !== ' ' ? key[0] : undefined; // key.split(' ')[0]?.[0]
    // (a person by role kept as written is no one's full name: "a representative for Marchetti" is not Marchetti)
    // ("Aquino" after "Rodrigo Aquino Benítez": the first of two surnames, not a given name)
    const middle = !several && !isGivenName(name) ? `${spaced} ` : null;
    // ("Trump" for "Donald Trump Jr.": the surname before a generation's suffix)
    // (not the end of a given name in two parts after the family name: "Leung" is not "Wong Kwok-leung")
    const matches = (ek: string, name: string): boolean => (ek === key || ((ek.endsWith(spaced) || withoutGeneration(ek).endsWith(spaced)) && (several || !LOWER_HYPHEN_END.test(name))) || (familyFirst && ek.startsWith(prefix)) || (several && initial === ek[0] && key.endsWith(lastWord(ek)) && sameFullName(key, ek))) && !/^\p{Ll}/u.test(name);
    // ("Pardo" for "María Alejandra Pardo Ruiz", "Manrique" for "Lucía Manrique del Águila": firstSurname)
    const byMiddle = (ek: string, full: string): boolean => middle !== null && ek.indexOf(middle) > 0 && nameKey(firstSurname(full) ?? '') === key;
    // "Lavrov" after "Sergey Lavrov": the most recent person of the document the name fits (by the first of two
    // surnames only when no one has it as the last: "Huckabee" is Mike Huckabee, not Sarah Huckabee Sanders)
    // (loops by index where they can: unoptimised code, as this mostly is in a one-shot run, makes an object for
    // every step of a `for … of`)
    const recent = this.#recent;
    // ("“…,” Murphy said" after "a teacher's aide, Anne Marie Murphy, who was gunned down": the living one the name fits)
    let dead: Entity | null = null;
    // (and one the story calls by given name alone only when no one else fits: "Okafor" is not the "Chidi" of the story)
    let given: Entity | null = null;
    // (the one the story has been calling by the surname alone keeps it when a relative comes in: keptBySurname; only for
    // the surname alone: "the elder Benedetti" is the other one, and a title with it goes to whom it last named, #calledAs)
    // (a surname alone passes over one the story calls by given name, and a relative of the surname who did not just
    // speak, while someone else fits: #entityForName)
    // (nor a child named in full with an age, whom the story calls by given name: "Mateo Castillo, 7, …. Castillo told the
    // Register" is his mother's)
    const passedOver = (e: Entity): boolean => !several && (e.byGiven === true || ((e.relative === true || this.#names.introducedAsChild(e.name)) && bySurname && e !== this.#lastSpeaker));
    const kept = !several && bySurname ? keptBySurname(recent, (e) => e.kind === 'person' && !e.dead && matches(e.key, e.name) && sexFits(e)) : undefined;
    if (kept) return kept.name;
    for (let pass = 0; pass < (middle === null ? 1 : 2); pass++) {
      const fits = pass === 0 ? matches : byMiddle;
      for (let k = 0; k < recent.length; k++) {
        const e = recent[k] as Entity;
        if (e.kind === 'person' && fits(e.key, e.name) && sexFits(e)) {
          if (e.dead) dead ??= e;
          else if (passedOver(e)) given ??= e;
          else return e.name;
        }
      }
      for (const e of this.#entities.values()) if (e.kind === 'person' && !e.dead && !passedOver(e) && e.name.includes(' ') && fits(e.key, e.name) && sexFits(e)) return e.name;
      // (one called by given name before one told of as dead: "Anne Murray was killed …. Her husband, Tom Murray, …")
      if (given) return given.name;
      if (dead) return dead.name;
    }
    // "Mr Howard" before the text gives "Michael Howard": the full name the document gives, when only one fits
    if (name.includes(' ')) return null;
    // (of the sex a title gave the person when met, else the name's: "Mrs Tan" is not "Mr Tan Wei Ming")
    const full = this.#names.fullFor(name) ?? (titled === null ? null : this.#names.fullForSex(name, titled));
    return full && (titled === null || (this.#entities.get(full)?.gender ?? this.#names.titledGender(full) ?? this.#names.relativeSex(full) ?? guessGender(full)) !== (titled === 'm' ? 'f' : 'm')) ? full : null;
  }

  /**
   * A surname the document never gives in full: the one registry person with it, unless the document
   * contradicts them — another person of that surname here, a title of the other sex, a role they never held.
   */
  #registryFill(name: string, role: string | null, titled: 'm' | 'f' | null): Speaker | null {
    const reg = this.#registry.lookup(name);
    if (!reg || reg.kind === 'institution') return reg;
    if (this.#names.surnameTaken(name)) return null;
    const known = guessGender(reg.name);
    if (titled && known && titled !== known) return null;
    if (role && !COURTESY_TITLE.test(role.trim())) {
      const head = expandRole(role).split(/\s+/).pop() ?? '';
      if (head && !reg.roles.some((r) => r.title.toLowerCase().includes(head))) return null;
    }
    return reg;
  }

  /** The document's own description of a speaker ("Conservative leader"), else a registry role held at `date`. */
  roleOf(speaker: string, date: string | null): string | null {
    const e = this.#entities.get(speaker);
    if (!e || e.kind !== 'person') return null;
    if (e.written[0]) return e.written[0];
    const reg = this.#registry.lookupExact(speaker);
    return reg ? (rolesAt(reg, date ?? this.#date)[0] ?? null) : null;
  }

  /** Whether the speaker is a body of this document (not a person). */
  isBody(speaker: string): boolean {
    return this.#entities.get(speaker)?.kind === 'institution';
  }

  /** People this document names in full and the registry does not know: for the directory. */
  learned(): Speaker[] {
    return [...this.#learned.values()];
  }

  /**
   * "Radke leans into Trump" (headline) … "Bill Radke had been talking": the full name, met later, takes
   * over the surname-only person met first; `takeMerges()` tells the caller which speaker was renamed.
   */
  #absorbSurname(full: Entity): void {
    const surname = full.name.split(/\s+/).pop() ?? '';
    const only = this.#entities.get(surname);
    // (only a person known by the surname alone: not one named in full whom the surname already stands for, "Hillary
    // Clinton" when "Bill Clinton" is met after her; her statements are not his)
    // (nor one a title gave the other sex than a title or a family word gave the full name: "Ms Doyle" is not "Her husband,
    // Tom Doyle", met after her; a guess from the given name is no evidence, "Ms Chant" is "Kerry Chant")
    if (!only || only === full || only.kind !== 'person' || only.name.includes(' ') || nameKey(surname) === nameKey(full.name) || (only.guessed === false && full.guessed === false && only.gender !== null && full.gender !== null && only.gender !== full.gender)) return;
    for (const r of only.roles) full.roles.add(r);
    if (full.gender === null) full.gender = only.gender;
    this.#replace(only, full);
  }

  /** `was` is `full` from here on, and its statements are renamed (takeMerges). */
  #replace(was: Entity, full: Entity): void {
    for (const [k, v] of this.#entities) if (v === was) this.#entities.set(k, full);
    this.#recent = this.#recent.map((x) => (x === was ? full : x));
    this.#subjects = this.#subjects.map((x) => (x === was ? full : x));
    if (this.#lastSpeaker === was) this.#lastSpeaker = full;
    for (const [k, e] of this.#calledAs) if (e === was) this.#calledAs.set(k, full);
    this.#merges.push([was.name, full.name]);
  }

  #merges: [string, string][] = [];

  /** Speakers renamed since the last call ([old, new]): a surname that turned out to be a full name's. */
  takeMerges(): readonly [string, string][] {
    const m = this.#merges;
    if (m.length === 0) return NO_MERGES; // (asked after every unit: no new array for nothing)
    this.#merges = [];
    return m;
  }

  /** A person told of as killed or dead where they are named ("…, who was gunned down"). */
  noteDead(m: Mention): void {
    if (m.kind !== 'name' || !m.name || m.institution) return;
    const e = this.#entityForName(m.name, m.role, false);
    if (e.kind === 'person') e.dead = true;
  }

  #touch(e: Entity): void {
    moveToFront(this.#recent, e, 40);
  }

  /**
   * Records a person or institution mentioned in passing (not as a speaker); `subject`: a person who may be a later
   * pronoun's antecedent, `opens`: a body that is its sentence's subject, which may have issued a document.
   */
  noteMention(m: Mention, subject: boolean, opens = subject): void {
    // "Russian President Vladimir Putin and Chinese President Xi Jinping hailed …": both are met
    if (m.kind === 'joint') for (const x of m.members) this.noteMention(x, subject, opens);
    if (m.kind !== 'name' || !m.name) return;
    const e = this.#namedInFull(this.#entityForName(m.name, m.role, m.institution), m);
    this.#touch(e);
    if (subject && e.kind === 'person') this.#pushSubject(e);
    // ("Her mother, Mei Chen, 58, came from Fujian": a relative of the surname as a subject by full name; a title and the
    // surname no longer name the first one for sure)
    if (subject && e.kind === 'person' && e.name.includes(' ') && this.#calledAs.size > 0 && RELATION_NOUNS.has(lastWord(m.role ?? '').toLowerCase())) {
      const surname = lastWord(withoutGeneration(e.key));
      for (const [k, x] of this.#calledAs) if (x !== e && lastWord(withoutGeneration(x.key)) === surname) this.#calledAs.delete(k);
    }
    // (`opens`: the mention is the sentence's subject, "The Kremlin issued a statement", whatever its kind)
    if (opens && e.kind === 'institution') this.#actingBodies.add(e);
  }

  /**
   * "A local resident spoke too. He said …": a person a sentence opens with by role alone, met as its subject, so that a
   * later "he" or "she" is that person (the one the role names, else the role as written), not someone named before.
   */
  noteRoleSubject(m: Mention, sex: 'm' | 'f' | null = null): void {
    if (m.kind !== 'role' || m.institution || m.plural) return;
    // (not one of the other sex than the sentence gives its subject: "The 29-year-old, …, asked that his name not be
    // published" after a woman quoted)
    const byRole = this.#resolvePersonRole(m);
    const e = byRole && !(sex !== null && byRole.gender !== null && byRole.gender !== sex) ? byRole : this.#keptAsWritten(m);
    if (e.kind !== 'person' || namesFinding(e.name)) return;
    if (e.gender === null) e.gender = sex;
    this.#touch(e);
    this.#pushSubject(e);
  }

  /** "The ministry rejected that argument.": a body by role as its sentence's subject, the next "it" (role-subjects.ts). */
  noteBodyRole(m: Mention): void {
    const e = this.#resolveInstitutionRole(m) ?? this.#keptAsWritten(m);
    if (e.kind !== 'institution') return;
    this.#touch(e);
    this.#actingBodies.add(e);
  }

  /**
   * The person a question was put to ("asked Tom Smith whether …", "asked the Taoiseach whether …"): met as a subject,
   * so that the next "he" or "she" is that person first. A role counts only when it names one known person.
   */
  noteAddressee(m: Mention, askerGoesOn: boolean): void {
    const asker = this.#lastSpeaker;
    let e: Entity | null = null;
    if (m.kind === 'name' && m.name) e = this.#entityForName(m.name, m.role, m.institution);
    else if (m.kind === 'role' && !m.plural && /^the\s/i.test(m.text)) e = this.#resolveEntity(m);
    if (!e || e.kind !== 'person') return;
    // (a named asker goes on, unless the one asked is of the other sex: "Aoife Brannigan asked the Taoiseach whether
    // …. He said …" is the Taoiseach; "Poilievre asked the prime minister how …. He said …" is Poilievre)
    if (askerGoesOn && !(asker?.gender && e.gender !== asker.gender)) return;
    this.#touch(e);
    this.#pushSubject(e);
  }

  /** Resolves a speaker mention at the current point of the document and records it as the last speaker. */
  /**
   * resolve() for people who speak only inside a relative clause of someone else's sentence ("Obama rebuked critics who
   * say …"): they are no antecedent of a later "they" or "he".
   */
  resolveInPassing(mention: Mention): Resolution {
    const last = this.#lastSpeaker;
    const group = this.#group;
    const recent = [...this.#recent];
    const subjects = [...this.#subjects];
    const r = this.resolve(mention);
    this.#lastSpeaker = last;
    this.#group = group;
    this.#recent = recent;
    this.#subjects = subjects;
    return r;
  }

  resolve(mention: Mention, anonymous = false, addressees: readonly string[] = NO_WORDS): Resolution {
    this.#anonymous = anonymous;
    this.#addressees = addressees;
    const owned = mention.kind === 'role' ? this.#ownedBy(mention) : null;
    if (owned && 'speaker' in owned) return owned;
    const m = owned ?? mention;
    // ("her friend" is not the "his childhood friend" met earlier: a relative named by a pronoun is kept as written,
    // unless one person alone was introduced in these very words: "His daughter, Helen Marsh, said …" then "… with his
    // daughter, who said …")
    const e = relativeByPronoun(m) ? soleRelative(this.#entities.values(), m) : this.#resolveEntity(m);
    // an unresolvable role ("A senior official", "The newspaper") is kept as written; a pronoun is not
    if (!e && m.kind === 'role') {
      // "The ministry said …", "A senior official said …", "Officials said …" with no antecedent: the
      // mention as written is the speaker, remembered so that a later "it"/"he"/"they" finds it.
      const g = this.#keptAsWritten(m);
      this.#touch(g);
      this.#lastSpeaker = g;
      this.#group = null;
      // "a reporter" asks; the "he" that follows is the one who answers
      // ("a new poll", "the video of the episode": a finding's source is no person a later "she" can be)
      if (g.kind === 'person' && !/\b(reporter|journalist|correspondent|questioner|interviewer|moderator)s?$/i.test(g.name) && !namesFinding(g.name)) this.#pushSubject(g);
      return { speaker: g.name, kind: g.kind };
    }
    if (!e) return { speaker: null, kind: null };
    this.#touch(e);
    this.#lastSpeaker = e;
    this.#group = null;
    if (e.kind === 'person') this.#pushSubject(e);
    if (e.kind === 'institution') this.#actingBodies.add(e);
    if (m.kind === 'pronoun' && e.kind === 'person' && e.gender === null) e.gender = SEXED_PRONOUNS.get(m.text.toLowerCase()) ?? null;
    return { speaker: e.name, kind: e.kind };
  }

  /**
   * "Her statement read", "his letter says": a document issued by a possessive pronoun's owner speaks for the owner; "her
   * office", "their campaign" are written with the owner's name ("Dana Ruiz's office"), so that offices of different
   * people never become one speaker. With no owner found, the phrase is read as written.
   */
  #ownedBy(m: Mention): Resolution | Mention | null {
    const space = m.text.indexOf(' ');
    // ("A message from her read:", "Another message attributed to him, sent in 2024, reads:": a document from a
    // pronoun's person is that person's own, as "her message" is)
    const from = documentFromPronoun(m.text);
    const pronoun = from ? from.owner : space > 0 ? m.text.slice(0, space).toLowerCase() : '';
    if (!POSSESSIVE_PRONOUNS.has(pronoun)) return null;
    const rest = from ? from.noun : m.text.slice(space + 1).trim();
    // ("her lawyer's letter": a document of someone else the pronoun's owner has; "her sister", "his friend": whose
    // relative is a guess the text seldom settles (the victim's, not the mayor's), so it stays as written)
    // (nor is a style of address anyone's: "His Holiness" is its bearer, as written)
    if (/['’]s\b/.test(rest) || RELATION_NOUNS.has(rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase()) || STYLES_OF_ADDRESS.has(rest)) return null;
    const owner = this.#resolveEntity({ ...m, kind: 'pronoun', text: pronoun, name: null, role: null, institution: pronoun === 'its', plural: pronoun === 'their' });
    // ("his brother" after "He and his wife …", or an airline: "his" and "her" belong to one person)
    // (nor a phrase kept as written: "the airline's friend"): the owner is someone named
    // (nor an everyday word in capitals a standfirst opened with: "Board says …", then "its board of directors")
    if (!owner || (!owner.name.includes(' ') && isCommonWord(owner.name.toLowerCase())) || ((pronoun === 'his' || pronoun === 'her') && (owner.kind !== 'person' || !/^\p{Lu}/u.test(owner.name) || /^(he|she|they|it|we|i)\b/i.test(owner.name)))) return null;
    const head = rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase();
    if (ISSUED_DOCUMENTS.has(head) || OWN_WRITINGS.has(head)) {
      this.#touch(owner);
      this.#lastSpeaker = owner;
      return { speaker: owner.name, kind: owner.kind };
    }
    const owned = `${owner.name}${owner.name.endsWith('s') ? "'" : "'s"} ${rest}`;
    return { ...m, text: owned, role: owned };
  }

  /** The entity of a role kept as written ("the ministry", "a senior official", "Officials"), one per wording. */
  #keptAsWritten(m: Mention): Entity {
    // an institution is named without its article ("Egyptian foreign ministry"), a bare "The ministry" is kept
    // "The official" and "the official" are one speaker: an article is written lower-case; "One strategist" keeps
    // the document's capital, and is one speaker with a later "one strategist"
    // ("That person", "these officials": a demonstrative is an article here, kept lower-case as "the")
    const written = tidyMention(m.text)
      .replace(/^(The|A|An)\b/, (d) => d.toLowerCase())
      // ("Those close to him", "those over 60": no noun after it, so the demonstrative means people, as in "those polled")
      .replace(/^(this|that|these|those)(?=\s+(\S+))/i, (d, _w, next: string) => (/^th[oe]se$/i.test(d) && PEOPLE_AFTER_THOSE.has(next.toLowerCase()) ? 'people' : 'the'));
    const bare = written.replace(/^(the|an?)\s+/i, '');
    // (a finding's source keeps its article, "a staff report says", and is one source with "the staff report" after it)
    const finding = m.institution && bare.includes(' ') && namesFinding(bare);
    const name = m.institution && bare.includes(' ') && !finding ? bare : written;
    const id = finding ? bare : name.replace(/^(One|Another)\b/, (d) => d.toLowerCase());
    let g = this.#entities.get(id);
    if (g && g.name !== name) this.#entities.set(name, g);
    if (!g) {
      // (a document or a ruling kept as written is no person: "the decision stated …. He wrote" is not the decision's; not
      // a person described by one, "a person familiar with the investigation", "the lead author of the study")
      const head = lastWord(bare).toLowerCase();
      const thing = (DOCUMENT_NOUNS.has(head) || WRITTEN_RULINGS.has(head)) && !bare.split(' ').some((w) => SUBJECT_PREPOSITIONS.has(w) || /^\p{Ll}+(?:ed|ing)$/u.test(w));
      const kind = m.institution || thing ? 'institution' : m.plural ? 'joint' : 'person';
      // (a name the role ends in is no key to it: "Review led by Dame Margaret Ellery" is not the later "Ellery")
      const key = /\s\p{Lu}[\p{L}'’-]*$/u.test(name) && !m.institution ? name.toLowerCase() : nameKey(name);
      g = { name, key, kind, gender: genderFromTitle(m.text), roles: new Set(m.role ? [m.role.toLowerCase()] : []), written: [], members: [] };
      this.#entities.set(name, g);
      this.#entities.set(id, g);
    }
    return g;
  }

  /**
   * "Hundreds of people have blocked the road. They say …": a group of people met as a sentence's subject, which a
   * "they" in the next sentence refers to (not the body that spoke last). False when the mention is no group of people.
   */
  noteGroup(m: Mention): boolean {
    if (m.kind !== 'role' || !m.plural || m.institution) return false;
    this.#group = this.#keptAsWritten(m);
    return true;
  }

  /** "The elder Tillotson recalls …": met as a subject when the story's ages or generations tell which one it is. */
  noteGeneration(m: Mention): void {
    if (m.kind !== 'name' || !m.name || m.role === null || !GENERATION_WORD.test(m.role)) return;
    const e = this.#byGeneration(m.role, nameKey(m.name));
    if (!e) return;
    this.#touch(e);
    this.#pushSubject(e);
  }

  /** A sentence with no group of people as its subject: the group before it is no one's "they" any more. */
  clearGroup(): void {
    this.#group = null;
  }

  #pushSubject(e: Entity): void {
    moveToFront(this.#subjects, e, 10);
  }

  get #lastSubject(): Entity | null {
    return this.#subjects[0] ?? null;
  }

  /** The people named in full met so far, as speakers or in passing, the latest first. */
  namedPeople(): string[] {
    return this.#recent.filter((e) => e.kind === 'person' && /^\p{Lu}/u.test(e.name) && e.name.includes(' ')).map((e) => e.name);
  }

  /** The speaker of the previous statement (for continuation quotes and participles). */
  get lastSpeaker(): string | null {
    return this.#lastSpeaker?.name ?? null;
  }

  #namedInFull = (e: Entity, m: Mention): Entity => countInFull(e, m, this.#fullAt);
  readonly #fullAt = new Map<Entity, number>();

  #resolveEntity(m: Mention): Entity | null {
    switch (m.kind) {
      case 'name':
        return m.name ? this.#namedInFull(this.#entityForName(m.name, m.role, m.institution), m) : null;
      case 'joint': {
        const members = m.members.map((x) => this.#resolveEntity(x)).filter((x): x is Entity => x !== null);
        if (members.length < 2) return members[0] ?? null;
        const name = members.length === 2 ? members.map((x) => x.name).join(' and ') : `${members.slice(0, -1).map((x) => x.name).join(', ')} and ${(members[members.length - 1] as Entity).name}`;
        const existing = this.#entities.get(name);
        if (existing) return existing;
        const e: Entity = { name, key: nameKey(name), kind: 'joint', gender: null, roles: new Set(), written: [], members: members.map((x) => x.name) };
        this.#entities.set(name, e);
        return e;
      }
      case 'pronoun':
        return pronounAntecedent(m.text, { subjects: this.#subjects, recent: this.#recent, lastSpeaker: this.#lastSpeaker, group: this.#group, names: this.#names, addressees: this.#addressees });
      case 'role':
        return m.institution ? this.#resolveInstitutionRole(m) : this.#resolvePersonRole(m);
      default:
        return null;
    }
  }

  #resolveInstitutionRole(m: Mention): Entity | null {
    return bodyByRole(m, { recent: this.#recent, lastSpeaker: this.#lastSpeaker, actingBodies: this.#actingBodies, names: this.#names, body: (name) => this.#entityForName(name, null, true), person: (name) => this.#entityForName(name, null, false), registryRole: (words, written) => this.#registryRole(words, written) });
  }

  #resolvePersonRole(m: Mention): Entity | null {
    return personByRole(m, { recent: this.#recent, lastSubject: this.#lastSubject, anonymous: this.#anonymous, registry: this.#registry, registryRole: (words, written) => this.#registryRole(words, written) });
  }

  /** registryHolder, the entity of the one known speaker who holds a role ("the Kremlin spokesman" → Dmitry Peskov). */
  #registryRole(words: readonly string[], written: string): Entity | null {
    const s = registryHolder(this.#registry, this.#date, words, written, (name) => this.#entities.has(name));
    return s ? this.#entityForName(s.name, null, s.kind === 'institution') : null;
  }
}

const NO_MERGES: readonly [string, string][] = [];
const NO_WORDS: readonly string[] = [];

/** A place's name by its last word, when no given name opens it ("Los Angeles County", "Wall Street"). */
const placeByHead = (name: string): boolean => PLACE_HEADS.has(lastWord(name)) && !isGivenName(name.slice(0, name.indexOf(' ')));

