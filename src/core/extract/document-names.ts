// The people a document names in full — headline, standfirst and body — read once before extraction, so that a
// surname met early ("Mr Howard said …") goes to the person the same document names later ("Michael Howard"),
// and a spelling is chosen by the document itself (its most frequent form), never by what was read before it.
import { CUE_FORMS, HONORIFICS, LEADING_GIVEN_NAMES, TITLE_WORDS, MONTHS, WEEKDAYS, ORG_WORDS, PLACE_HEADS, ROLE_NOUNS, STRONG_ORG_HEADS } from './lexicon.ts';
import { AUXILIARIES, DAY_PREPOSITIONS, PLURAL_BE_HAVE, ROLE_LEADS } from './lexicon-clauses.ts';
import { givenNameGender, isGivenName } from './given-names.ts';
import { nextSentenceSex, pseudonymSex, requestedName } from './pseudonyms.ts';
import { isPlace } from './places.ts';
import { PERSONAL_HONORIFIC } from './capitals.ts';
import { capitalisedRuns, isLetter } from './capital-runs.ts';
import { FAMILY_NAME_FIRST, nameKey } from './speakers.ts';
import { firstNameGender, genderFromTitle, guessGender, headGender } from './gender.ts';
import { middlesAgree } from './coreference-entity.ts';
import { KIN_NOUNS, OUTLET_WORDS } from './lexicon-nouns.ts';
import { cleanPersonName, everydayInflected, isCommonWord, isOpeningCue, opensNoHeadlineName, titleCaseWords } from './names.ts';
import { detached, remember } from './copies.ts';
import { nameLike, unlistedPeople } from './unlisted-names.ts';
import { statementOwners, type StatementOwner } from './statement-owners.ts';
import { kinBefore, onlyWithin, secondGivenKey, sharedSurnamePeople } from './name-pairs.ts';
import { documentIssuers, letterMentions, reportIssuers, type LetterMention, type ReportIssuer } from './document-issuers.ts';

const NO_ROLES: ReadonlySet<string> = new Set();

/** The last of `list` (in its own order) named before `at`: the report, letter or statement a later "the report" means. */
function lastBefore<T extends { readonly at: number }>(list: readonly T[], at: number): T | undefined {
  let found: T | undefined;
  for (const x of list) if (x.at < at) found = x;
  return found;
}

/** Quotation marks, straight and curly, single and double. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);

interface Person {
  /** Written forms and how often each occurs. */
  readonly forms: Map<string, number>;
  readonly surname: string;
  /** Roles written in lower case right before the full name ("area coroner Rachel Penhaligon"). */
  readonly roles: Set<string>;
  /** The sex an honorific written before the name gives ("Alhaji Sani Danbatta", "Mrs Ada Obi"), when one does. */
  titled?: 'm' | 'f';
}

/** The lower-case words before a name, up to three ("by area coroner "), the last of them a role noun; null if none. */
const ROLE_BEFORE = /(?:^|[^\p{L}'’-])((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*))\s+$/u;

/**
 * (not "told the coroner Claire Bates had died", "the witness told the detective John Price had threatened her": a
 * reporting verb before the role, or an auxiliary after the name, makes the name a clause's subject of its own)
 */
export function roleBefore(text: string, at: number, end: number): string | null {
  // (the group ROLE_NOUNS must hold is the word before the space before `at`: read by hand first, the pattern only then)
  if (!ROLE_NOUNS.has(wordBefore(text, at, Math.max(0, at - 40)))) return null;
  const m = ROLE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !ROLE_NOUNS.has(m[2] as string)) return null;
  const words = (m[1] as string).split(/\s+/);
  if (words.some((w) => CUE_FORMS.has(w)) || AUXILIARIES.has(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '')) return null;
  while (words.length > 1 && ROLE_LEADS.has(words[0] as string)) words.shift();
  return words.join(' ');
}

/** The run of letters and hyphens that white space before `at` follows, not before `from`; '' when no space is there. */
function wordBefore(text: string, at: number, from: number): string {
  let e = at;
  while (e > from && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && e < at && (text.charCodeAt(b - 1) === 45 || isLetter(text.charCodeAt(b - 1)))) b--;
  return text.slice(b, e);
}

const WHITE_SPACE = /^\s$/u;
const isWhiteSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(String.fromCharCode(c)));

/** "Ohio Gov." of "Ohio Gov. John Kasich": the capitalised words before a full name in its run, ending in a title word. */
function titleBefore(run: string, full: string): string | null {
  const cut = run.indexOf(` ${full}`);
  if (cut <= 0) return null;
  const prefix = run.slice(0, cut);
  const last = prefix.slice(prefix.lastIndexOf(' ') + 1);
  return TITLE_WORDS.has(last) && !PERSONAL_HONORIFIC.test(last) ? prefix : null;
}

export class DocumentNames {
  static readonly none = new DocumentNames(new Map(), new Set(), [], [], new Set());
  /** Person id ("given|surname" keys) → the person; surname key → the people with it. */
  readonly #people: ReadonlyMap<string, Person>;
  readonly #bySurname = new Map<string, Person[]>();

  /** Who put out each report the last text introduces, by offset: "The IMF published its annual report", "a report by the GAO". */
  readonly #issuers: readonly ReportIssuer[];
  readonly #owners: readonly StatementOwner[];

  /** Each letter the last text names, by offset, and whether it is one received ("received a letter from …"). */
  readonly #letters: readonly LetterMention[];

  /** The bodies the last text names as a document's issuer ("a readout from the White House"). */
  readonly #documentIssuers: ReadonlySet<string>;

  /** Given name and surname pairs written with different middle names (splitByMiddle). */
  readonly #split: ReadonlySet<string>;

  private constructor(people: ReadonlyMap<string, Person>, split: ReadonlySet<string>, issuers: readonly ReportIssuer[], letters: readonly LetterMention[], documentIssuers: ReadonlySet<string>, owners: readonly StatementOwner[] = []) {
    this.#owners = owners;
    this.#people = people;
    this.#split = split;
    this.#issuers = issuers;
    this.#letters = letters;
    this.#documentIssuers = documentIssuers;
    for (const p of people.values()) this.#bySurname.set(p.surname, [...(this.#bySurname.get(p.surname) ?? []), p]);
  }

  readonly #byGiven = new Map<string, Person[] | null>();

  /** The one person this document names in full with this first name ("Freddy" → "Freddy Trump"), or null. */
  fullForGiven(given: string): string | null {
    if (this.#people.size === 0) return null;
    const key = nameKey(given);
    let found = this.#byGiven.get(key);
    if (found === undefined) {
      // (not "Obama's Republican": a possessive first word is no given name)
      found = [...this.#people.values()].filter((p) => firstKey(preferred(p)) === key && p.surname !== key && !/['’]s?\s/.test(preferred(p)));
      // (or the second given name after a Malay name's first: "Azizah" for "Nor Azizah Kamaruddin")
      if (found.length === 0) found = [...this.#people.values()].filter((p) => secondGivenKey(preferred(p)) === key && p.surname !== key);
      this.#byGiven.set(key, found);
    }
    // (of any surname: "Chidi" is Chidi Okafor beside Emmanuel and Adaeze Okafor; coreference keeps "Okafor" for them)
    const p = found?.length === 1 ? (found[0] as Person) : null;
    return p ? preferred(p) : null;
  }

  /**
   * Whose words the last statement read out for someone holds ("The statement said …"), when it was introduced before `at`
   * and within `reach` characters of it (a statement met paragraphs ago is no longer the one a story's "the statement"
   * means); null otherwise.
   */
  statementOwnerBefore(at: number, reach = 800): string | null {
    const o = lastBefore(this.#owners, at);
    return o && at - o.at <= reach ? o.name : null;
  }

  /** The body that issued the last report introduced before `at` ("The report said …"), or null. */
  reportIssuerBefore(at: number): string | null {
    return lastBefore(this.#issuers, at)?.name ?? null;
  }

  /** Whether the text names the body `name` as a document's issuer ("a readout from the White House"). */
  issuesDocuments(name: string): boolean {
    return this.#documentIssuers.size > 0 && this.#documentIssuers.has(name.replace(/\.$/, ''));
  }

  /** Whether the last letter named before `at` is one received ("received a letter from the OQLF …"), not one sent. */
  letterReceivedBefore(at: number): boolean {
    return lastBefore(this.#letters, at)?.received ?? false;
  }

  /** Whether the last letter named before `at` is one a count of people signed ("300 staff signed an open letter"). */
  letterSignedBefore(at: number): boolean {
    return lastBefore(this.#letters, at)?.signed ?? false;
  }

  /**
   * Reads every given-name + surname run of the texts ("Michael Howard", "Paul D. Ryan", "Ursula von der Leyen"), and
   * the issuers of the reports the last text (the body) introduces.
   */
  static scan(texts: readonly (string | null | undefined)[]): DocumentNames {
    const people = new Map<string, Person>();
    // (the body's runs of two words or more, for the names no given-name list holds: unlisted-names.ts)
    const bodyRunsSeen: string[] = [];
    for (const text of texts) {
      if (!text) continue;
      const headEnd = titleCaseHeadEnd(text);
      const isBody = text === texts[texts.length - 1];
      capitalisedRuns(text, (run, at) => {
        // (not one that opens right after a quotation mark: "''Wilayat Twitter,''" is a name given in quotes, no person's)
        if (isBody && run.includes(' ') && !QUOTE_MARKS.has(text.charAt(at - 1))) bodyRunsSeen.push(run);
        for (const { full, id, surname } of runPeople(cueOpened(text, run, at) ? run.slice(run.indexOf(' ') + 1) : pastDay(text, run, at), at < headEnd)) {
          const p = people.get(id) ?? { forms: new Map<string, number>(), surname, roles: new Set<string>() };
          p.forms.set(full, (p.forms.get(full) ?? 0) + 1);
          people.set(id, p);
          // ("Asked by area coroner Rachel Penhaligon whether …": her role, for a later "the coroner")
          // ("Ohio Gov. John Kasich answers a question" in a caption: the title written with the name, for "the governor")
          const role = run.startsWith(full) ? roleBefore(text, at, at + full.length) : titleBefore(run, full);
          if (role) p.roles.add(role);
          // (the honorific the name was cleaned of: "Alhaji Sani Musa Danbatta" is a man whatever "Sani" says)
          // (the word right before the name only: not "Queen Mary University Professor John Brennan")
          if (!p.titled && !run.startsWith(full) && run.includes(full)) p.titled = genderFromTitle(run.slice(0, run.indexOf(full)).trimEnd().split(' ').pop() ?? '') ?? undefined;
        }
      });
    }
    const body = texts[texts.length - 1];
    // ("When Tshepo Mabuza went …", later "said Mabuza": a given name no list holds, read from the text's own use)
    if (body) {
      const surnames = new Set([...people.values()].map((p) => p.surname));
      for (const [full, n] of unlistedPeople(body, bodyRunsSeen, (surname) => surnames.has(nameKey(surname)))) {
        const { id, surname } = personKey(full.split(' '));
        if (!people.has(id)) people.set(id, { forms: new Map([[full, n]]), surname, roles: new Set<string>() });
      }
    }
    // ("Gwen and Martin Hollis": the first of two given names before one surname is named in full too, for "Mrs Hollis")
    for (const full of body ? sharedSurnamePeople(body) : []) {
      const { id, surname } = personKey(full.split(' '));
      if (!people.has(id)) people.set(id, { forms: new Map([[full, 1]]), surname, roles: new Set<string>() });
    }
    const split = splitByMiddle(people);
    const names = new DocumentNames(people, split, body ? reportIssuers(body) : [], body ? letterMentions(body) : [], body ? documentIssuers(body) : new Set(), body ? statementOwners(body) : []);
    names.#body = body ?? '';
    return names;
  }

  /**
   * "Andre, who is 38, …", "Sian, whose 91-year-old mother …", "Danielle, whose two sons …" from `at`: a relative clause
   * whose verb is singular, or whose noun is a relative's; not a team's or a place's ("Everton, who are 15th", "Kerry, who have won 38 titles").
   */
  #personClauseAfter(word: string, at: number): boolean {
    const m = /^(who|whose) ((?:[\p{Ll}\d-]+ ?){1,3})/u.exec(this.#body.slice(at, at + 40));
    if (!m || isPlace(word)) return false;
    const next = (m[2] as string).split(' ');
    return m[1] === 'who' ? !PLURAL_BE_HAVE.has(next[0] as string) : next.some((w) => KIN_NOUNS.has(w) || KIN_NOUNS.has(w.replace(/s$/, '')));
  }

  /**
   * Whether the body writes `word` after a word that may be a given name no list holds ("fly-half Rhodri Lewis"): a
   * surname then, whatever it says alone ("Lewis, who has won 58 caps, …").
   */
  #afterAName(word: string): boolean {
    // (or a title: "Mrs James, who lives next door, …" is a surname whatever "James" says)
    for (const m of this.#body.matchAll(new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+\\.?)[ \u00a0]${word}(?![\\p{L}'’-])`, 'gu'))) if (nameLike(m[1] as string) || HONORIFICS.has(m[1] as string) || TITLE_WORDS.has(m[1] as string)) return true;
    return false;
  }

  /** The last text (the body), for the questions below. */
  #body = '';
  readonly #children = new Map<string, boolean>();

  /**
   * Whether the body introduces someone by this given name alone, with an age or a description after its comma
   * ("Margaret, 68, from Newcastle-under-Lyme, has been waiting …", "Jack, a 29-year-old electrician, …", "Andre, who
   * is 38, asked …", "Sian, whose mother Glenys …"), and names
   * no one in full with it as a surname: a person of the sex the name says (an age, not "Ohio, 62-year-old Brenda Johnson",
   * a place before the person). Or first met opening a paragraph, before a verb ("Gwen had spent months …").
   */
  introducedByGivenName(word: string): boolean {
    return remember(this.#introduced, word, this.#introducedIn);
  }

  readonly #introduced = new Map<string, boolean>();

  /** "Gulnora, 52, …": a lone word first met with an age after its comma (no firm has one), not after another name. */
  introducedWithAge(word: string): boolean {
    return remember(this.#aged, word, (w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !this.surnameTaken(w) && new RegExp(`(?<![\\p{L}'’-])${escaped(w)}, \\d{1,3}\\b(?!-)(?![,.]\\d)`, 'u').test(this.#body) && !this.#afterAName(w));
  }

  readonly #aged = new Map<string, boolean>();

  readonly #introducedIn = (word: string): boolean => {
    if (this.surnameTaken(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    for (let at = this.#body.indexOf(`${word}, `); at >= 0; at = this.#body.indexOf(`${word}, `, at + 1)) {
      // (or a given name and where the person is from: "Priya, from Leicester, said …", BBC style)
      const from = isGivenName(word) && /^from \p{Lu}/u.test(this.#body.slice(at + word.length + 2, at + word.length + 8));
      if (!/\p{L}/u.test(this.#body.charAt(at - 1)) && (/^(?:\d{1,3}\b(?!-)|an? )/.test(this.#body.slice(at + word.length + 2, at + word.length + 6)) || from || this.#personClauseAfter(word, at + word.length + 2))) return !this.#afterAName(word);
    }
    // (or a given name the person asked to be called by: "a 27-year-old man who asked to be identified only as Josh")
    for (let at = this.#body.indexOf(word); at >= 0; at = this.#body.indexOf(word, at + 1)) if (isGivenName(word) && !/\p{L}/u.test(this.#body.charAt(at + word.length)) && requestedName(this.#body, at)) return true;
    // (or, a given name, first met opening a paragraph before its verb, "Gwen had spent months shopping around for … the
    // money she and her late husband had saved"; not "Wines believes …", a misspelt surname)
    const first = this.#body.search(new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}'’-])`, 'u'));
    if (!isGivenName(word) || first < 0 || !(first === 0 || this.#body.charAt(first - 1) === '\n') || !/^ \p{Ll}+ /u.test(this.#body.slice(first + word.length, first + word.length + 20)) || this.#afterAName(word)) return false;
    // (and a pronoun of that sex in the same sentence: not a firm or a club, "Tesla posted a video", "Chelsea manager …")
    // (with no one else named between: "Regina has declared …, and the mayor said she would …" is a city's)
    const sentence = /^[^.!?]*/.exec(this.#body.slice(first))?.[0] ?? '';
    const sex = firstNameGender(word.toLowerCase());
    const at = sex === null ? -1 : sentence.search(sex === 'f' ? /\b(?:she|her|herself)\b/ : /\b(?:he|his|him|himself)\b/);
    return at > 0 && !sentence.slice(word.length, at).split(/[^\p{L}-]+/u).some((w) => ROLE_NOUNS.has(w) || /^\p{Lu}/u.test(w));
  };

  /**
   * Whether the body introduces the person named `full` as someone's relative by a possessive ("His son, filmmaker Rohan
   * Khurana, …", "his daughter, Geneviève Thibodeau"): a few words after "his", "her" or "their" and a relation noun.
   */
  introducedAsRelative(full: string): boolean {
    return this.#kinOf(full) !== null;
  }

  /** The sex the kin noun before this full name says ("Her husband, Tom Doyle" → 'm'), or null. */
  relativeSex(full: string): 'm' | 'f' | null {
    const kin = this.#kinOf(full) === null ? null : kinBefore(this.#body, full, true);
    return kin === null ? null : headGender(kin);
  }

  /** The kin noun right before this full name anywhere in the body ("His son, filmmaker …"), or null. */
  #kinOf(full: string): string | null {
    return remember(this.#relatives, full, (f: string) => kinBefore(this.#body, f));
  }

  readonly #relatives = new Map<string, string | null>();

  /**
   * Whether the body has the one-word name `word` say in a statement something of itself as "it" ("Ridgeline … said in a
   * statement that it knows of four crashes"): a body's name no list knows, not a person's ("Neymar said he was
   * delighted", "Jokowi said in a speech that it would protect farmers").
   */
  speaksOfItselfAsIt(word: string): boolean {
    return remember(this.#itself, word, (w) => new RegExp(`(?<![\\p{L}'’-])${escaped(w)}\\b[^.!?]{0,100}?\\b(?:said|says|stated|added|confirmed) in an? (?:\\p{Ll}+ )?statement\\b[^.!?]{0,20}?\\bthat it\\b`, 'u').test(this.#body));
  }

  readonly #itself = new Map<string, boolean>();

  /**
   * Whether the body names the outlet `name` as the one that reports, in the words that say what it saw or asked ("seen
   * by The Irish Times", "queries from The Straits Times"): the writer's own paper, no speaker.
   */
  reportsAs(name: string): boolean {
    // (an outlet's name only: not "Residents told Dublin City Council …", a body that may act later)
    if (!OUTLET_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return false;
    return remember(this.#reporting, name, (w) => new RegExp(`\\b(?:(?:seen|obtained|reviewed|viewed) by|queries from) (?:[Tt]he )?${escaped(w.replace(/^the /i, ''))}\\b`, 'u').test(this.#body));
  }

  readonly #reporting = new Map<string, boolean>();

  /**
   * The sex the body gives a one-word name that no list knows ("Wrenna herself later admitted", "Wrenna – real name
   * Catriona Abney –"): a reflexive pronoun right after it, or the given name of its real name; null if none.
   */
  sexOfOneName(word: string): 'm' | 'f' | null {
    return remember(this.#oneNameSex, word, this.#sexIn);
  }

  readonly #sexIn = (word: string): 'm' | 'f' | null => {
    for (let at = this.#body.indexOf(word); at >= 0; at = this.#body.indexOf(word, at + 1)) {
      if (/\p{L}/u.test(this.#body.charAt(at - 1))) continue;
      const after = ONE_NAME_SEX.exec(this.#body.slice(at + word.length, at + word.length + 40));
      const before = WITHHELD_NAME_SEX.exec(this.#body.slice(Math.max(0, at - 40), at))?.slice(1).find(Boolean);
      const sex = after?.[1] ? (after[1] === 'himself' ? 'm' : 'f') : after?.[2] ? givenNameGender(after[2]) : before ? (before === 'his' || before === 'him' ? 'm' : 'f') : (nextSentenceSex(this.#body.slice(at + word.length, at + word.length + 200)) ?? pseudonymSex(this.#body.slice(at + word.length, at + word.length + 30)));
      if (sex !== null) return sex;
    }
    return null;
  };

  readonly #oneNameSex = new Map<string, 'm' | 'f' | null>();

  /**
   * The person a nickname the body gives in marks inside a name stands for ('Darnell "Deuce" Whitaker' → "Darnell
   * Whitaker", for a later "Deuce smiled"); null if none.
   */
  fullForNickname(word: string): string | null {
    if (this.#nicknames === null) {
      this.#nicknames = new Map();
      for (const m of this.#body.matchAll(NICKNAME_IN_NAME)) if (isGivenName(m[1] as string)) this.#nicknames.set(m[2] as string, `${m[1] as string} ${m[3] as string}`);
    }
    return this.#nicknames.get(word) ?? null;
  }

  #nicknames: Map<string, string> | null = null;

  /** Whether the body gives the person named `full` an age under 18 right after the name ("Amari Jones, 10, …"). */
  introducedAsChild(full: string): boolean {
    return remember(this.#children, full, this.#childIn);
  }

  readonly #childIn = (full: string): boolean => {
    for (let at = this.#body.indexOf(full); at >= 0; at = this.#body.indexOf(full, at + 1)) {
      const age = /^,? \(?(\d{1,2})\b/.exec(this.#body.slice(at + full.length, at + full.length + 6));
      if (age !== null && Number(age[1]) < 18) return true;
    }
    return false;
  };

  /** Answers of fullFor and canonical, remembered: the document's names do not change once read. */
  readonly #fullFor = new Map<string, string | null>();
  readonly #canonical = new Map<string, string | null>();

  /**
   * The one person of this surname whose sex fits a title's ("Mrs Hollis" beside "Gwen and Martin Hollis"), when the
   * document names several in full with it; null if not exactly one fits.
   */
  fullForSex(surname: string, sex: 'm' | 'f'): string | null {
    const fits = (this.#bySurname.get(nameKey(surname)) ?? []).filter((p) => (p.titled ?? guessGender(preferred(p))) === sex);
    return fits.length === 1 ? preferred(fits[0] as Person) : null;
  }

  /** Whether the body names `part` only as the start of `full` ("Department of Agriculture" only in "… , Food and the Marine"). */
  onlyWithin(part: string, full: string): boolean {
    return onlyWithin(this.#body, part, full);
  }

  /** The one person this document names in full with this surname, or null (none, or several). */
  fullFor(surname: string): string | null {
    if (this.#people.size === 0) return null; // (DocumentNames.none is shared: nothing is remembered in it)
    let full = this.#fullFor.get(surname);
    if (full === undefined) {
      const found = this.#bySurname.get(nameKey(surname));
      full = found?.length === 1 ? preferred(found[0] as Person) : null;
      this.#fullFor.set(surname, full);
    }
    return full;
  }

  /** The key of the person a full name's words name (with its middle names when the story has two such people). */
  #idOf(words: readonly string[]): string {
    const { id, middle } = personKey(words);
    return middle !== '' && this.#split.has(id) ? `${id}|${middle}` : id;
  }

  /** The sex an honorific before this full name gives anywhere in the document ("Alhaji …", "Mrs …"), or null. */
  titledGender(name: string): 'm' | 'f' | null {
    const words = name.split(/\s+/);
    return (words.length < 2 ? undefined : this.#people.get(this.#idOf(words)))?.titled ?? null;
  }

  /** The roles the document writes right before this full name ("area coroner"), none if it names no such person. */
  rolesOf(name: string): ReadonlySet<string> {
    const words = name.split(/\s+/);
    return (words.length < 2 ? undefined : this.#people.get(this.#idOf(words)))?.roles ?? NO_ROLES;
  }

  /** Everyone the document names in full, in its preferred spelling. */
  people(): string[] {
    return [...this.#people.values()].map(preferred);
  }

  /** Whether the document names anyone in full with this surname. */
  surnameTaken(surname: string): boolean {
    return this.#bySurname.has(nameKey(surname));
  }

  /** The document's preferred spelling of a full name it gives ("Hillary Clinton" over a one-off "HIllary"). */
  canonical(name: string): string | null {
    if (this.#people.size === 0) return null;
    let found = this.#canonical.get(name);
    if (found === undefined) {
      const words = name.split(/\s+/);
      const p = words.length < 2 ? undefined : this.#people.get(this.#idOf(words));
      found = p ? preferred(p) : null;
      this.#canonical.set(name, found);
    }
    return found;
  }
}

/**
 * "Said Comey, “…”", "Added Ms. Ruiz, a lawyer: “…”": a run that opens its sentence with an inflected cue and is
 * followed, after a comma or colon, by a quotation starts with the cue, not a given name ("Said Amir, a shopkeeper,
 * said …" keeps its name).
 */
/** `s` with the characters a regular expression gives a meaning escaped, to match it as written. */
const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The run without a day after its preposition that opens it ("On Tuesday Obama said", "on Tuesday Obama said": not
 * "Tuesday Obama"); a day that is a given name stays ("Sunday Adeyemi scored twice"; review 70).
 */
function pastDay(text: string, run: string, at: number): string {
  const words = run.split(' ');
  const lead = DAY_PREPOSITIONS.has((words[0] as string).toLowerCase()) ? 1 : 0;
  if (words.length < lead + 2 || !WEEKDAYS.has((words[lead] as string).toLowerCase())) return run;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
  return lead === 1 || DAY_PREPOSITIONS.has(before) ? words.slice(lead + 1).join(' ') : run;
}

function cueOpened(text: string, run: string, at: number): boolean {
  const space = run.indexOf(' ');
  if (space < 0 || !isOpeningCue(run.slice(0, space))) return false;
  const before = text.slice(Math.max(0, at - 3), at).trimEnd();
  if (before !== '' && !/[.!?"”’\n]$/.test(before)) return false;
  return /^[^\n"“”.]{0,100}?([,:]\s*["“]|:\s*\n)/.test(text.slice(at + run.length, at + run.length + 110));
}

const firstKey = (full: string): string => nameKey(full.slice(0, full.indexOf(' ') < 0 ? full.length : full.indexOf(' ')));

/**
 * One person: same given name and surname, whatever the middle ("Paul Ryan", "Paul D. Ryan"); `middle` keys the
 * middle names spelled out ("Paul" of "John Paul Smith"; "" for "Paul D. Ryan" or a name read surname first), which
 * tell apart two people the story names with the same given name and surname (see splitByMiddle).
 */
function personKey(words: readonly string[]): { id: string; surname: string; middle: string } {
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  // ("Connie Yip Wai-ling", "Ivan Lau Siu-ming": an English name, the surname, then a Cantonese given name)
  const givenAfter = words.length === 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last);
  const familyFirst = FAMILY_NAME_FIRST.has(first.toLowerCase());
  const surname = nameKey(familyFirst ? first : givenAfter ? (words[1] as string) : last);
  let middle = '';
  if (!familyFirst && !givenAfter) for (let k = 1; k < words.length - 1; k++) if (/^\p{Lu}\p{Ll}/u.test(words[k] as string)) middle += ` ${nameKey(words[k] as string)}`;
  // (read surname first, the given name is the rest: "Kim Min-jun" and "Kim Hye-won" are two people)
  return { id: `${nameKey(familyFirst ? words.slice(1).join(' ') : first)}|${surname}`, surname, middle };
}

/**
 * "John Paul Smith" and "John Mark Smith" in one story are two people: a given name and surname written with two
 * different middle names spelled out is split by middle, and the same pair written without one ("John Smith") is
 * nobody's full name then (it could be either). Returns the ids split.
 */
function splitByMiddle(people: Map<string, Person>): Set<string> {
  const split = new Set<string>();
  for (const [id, p] of [...people]) {
    const middles = new Set<string>();
    for (const form of p.forms.keys()) middles.add(personKey(form.split(' ')).middle);
    middles.delete('');
    // (split only over middle names that disagree: "Hillary Rodham Clinton" and "Hillary Diane Rodham Clinton" agree)
    const lists = [...middles].map((m) => m.trim().split(' '));
    if (!lists.some((x, i) => lists.some((y, j) => j > i && !middlesAgree(x, y)))) continue;
    split.add(id);
    people.delete(id);
    for (const [form, n] of p.forms) {
      const middle = personKey(form.split(' ')).middle;
      const key = middle === '' ? id : `${id}|${middle}`;
      const q = people.get(key) ?? { forms: new Map<string, number>(), surname: p.surname, roles: new Set<string>() };
      q.forms.set(form, n);
      people.set(key, q);
    }
  }
  return split;
}

/** A person a capitalised run names: the name as cleaned and its personKey. */
interface RunPerson {
  readonly full: string;
  readonly id: string;
  readonly surname: string;
}

const NO_PEOPLE: readonly RunPerson[] = [];
const bodyRuns = new Map<string, readonly RunPerson[]>();
const headlineRuns = new Map<string, readonly RunPerson[]>();

/**
 * candidates(run) with each one's personKey, remembered by run across documents: a pure function of the run, and
 * the same runs ("Donald Trump", "White House") come back in every document. Kept apart for a title-case headline.
 */
function runPeople(run: string, headline: boolean): readonly RunPerson[] {
  return headline ? remember(headlineRuns, run, peopleOfHeadlineRun) : remember(bodyRuns, run, peopleOfRun);
}

const peopleOfRun = (run: string): readonly RunPerson[] => peopleOf(candidates(run, false));
const peopleOfHeadlineRun = (run: string): readonly RunPerson[] => peopleOf(candidates(run, true));

function peopleOf(names: readonly string[]): readonly RunPerson[] {
  if (names.length === 0) return NO_PEOPLE;
  return names.map((full) => {
    const { id, surname } = personKey(full.split(' '));
    return { full: detached(full), id: detached(id), surname: detached(surname) };
  });
}

/** Most frequent written form; ties go to the longer, then the alphabetically first (never to arrival order). */
function preferred(p: Person): string {
  const caps = (s: string): number => (/\p{Ll}/u.test(s) ? 0 : 1);
  return [...p.forms.entries()].sort((a, b) => caps(a[0]) - caps(b[0]) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * The end of the text's first line when it is a headline in title case ("As Its Rivals Pair Up, Will Twitter Be
 * Next?"), else 0: there every word is capitalised, so capitals say nothing of where a name starts or ends.
 */
function titleCaseHeadEnd(text: string): number {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl;
  return titleCaseWords(text.slice(0, end).match(/\p{L}[\p{L}'’.-]*/gu) ?? []) ? end : 0;
}

/**
 * Person names inside a capitalised run: from a given name, two to four words, cleaned. In a title-case headline
 * the given name is no everyday word or acronym ("Will Twitter Be Next?", "ISIS"), and the name ends at the first
 * everyday word after its surname ("Hillary Clinton Says EgyptAir …").
 */
function candidates(run: string, headline = false): string[] {
  const words = spaceSeparated(run);
  const out: string[] = [];
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k] as string;
    const w = unpossessed(word);
    // (or a family name first before two given names, "Wong Kah Seng", or a hyphenated one, "Choi Jae-wook")
    // (not in a headline, "Tan Leads Polls", nor before everyday words)
    const family = !headline && w.length >= 3 && FAMILY_NAME_FIRST.has(w.toLowerCase()) && !isCommonWord((words[k + 1] ?? '').toLowerCase()) && !isCommonWord((words[k + 2] ?? '').toLowerCase()) && /^\p{Lu}\p{Ll}+(-\p{Ll}+)?$/u.test(words[k + 1] ?? '') && ((words[k + 1] as string).includes('-') || (/^\p{Lu}\p{Ll}+$/u.test(words[k + 2] ?? '') && !MONTHS.has(words[k + 2] as string)));
    // (a Malay leading given name no list holds opens the name too: "Nor Azizah Kamaruddin")
    const leading = LEADING_GIVEN_NAMES.has(w) && isGivenName(words[k + 1] ?? '');
    if (TITLE_WORDS.has(w) || (!isGivenName(w) && !family && !leading) || MONTHS.has(w)) continue;
    if (headline && opensNoHeadlineName(w)) continue;
    // "envoy in Vienna Mikhail Ulyanov": a place before a given name is not the name's start ("Israel Katz" is)
    if (isPlace(w) && isGivenName((words[k + 1] as string | undefined) ?? '')) continue;
    // ("New Zealand Rugby": a given name that ends a place's name is the place's)
    if (k > 0 && isPlace(`${words[k - 1] as string} ${w}`)) continue;
    let j = k + 1;
    // a title word may be a surname ("Larry King"), never a middle name ("Barack President …")
    while (j < words.length && j - k < 4 && !(TITLE_WORDS.has(words[j] as string) && j > k + 1) && !(headline && j > k + 1 && everydayInflected((words[j] as string).toLowerCase())) && !ORG_WORDS.has(words[j] as string) && !PLACE_HEADS.has(words[j] as string) && !MONTHS.has(words[j] as string) && !WEEKDAYS.has((words[j] as string).toLowerCase())) {
      j++;
      // a possessive ends the name: "Paul Ryan's plan"
      if (unpossessed(words[j - 1] as string) !== words[j - 1]) break;
    }
    // a name ends in a capitalised word, not in a particle or an initial
    while (j > k + 1 && !/^\p{Lu}[\p{L}'’-]+$/u.test(unpossessed(words[j - 1] as string))) j--;
    // ("Kwame Nkrumah University", "Meridian Straits Bank": the words right before a body's word are its name, no person's)
    if (j - k < 2 || STRONG_ORG_HEADS.has((words[j] as string | undefined) ?? '')) continue;
    const name = cleanPersonName(words.slice(k, j).join(' '));
    if (name && name.includes(' ')) out.push(name);
    k = j - 1;
  }
  return out;
}

// (candidates by hand: the regular expressions it ran on every capitalised run were its largest cost)

/** `s.split(/[ \u00a0]+/)`. */
export function spaceSeparated(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) {
      i++;
      continue;
    }
    out.push(s.slice(from, i));
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 0xa0)) i++;
    from = i;
  }
  out.push(s.slice(from));
  return out;
}

/** `word.replace(/['’]s$/, '')`: the word without a possessive ending. */
export function unpossessed(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019 ? word.slice(0, n - 2) : word;
}

/** A given name, a one-word nickname or handle in marks, a surname: 'Darnell "Deuce" Whitaker', "Seán “Sully” O’Sullivan", 'Nikolai "nkx" Petrov'. */
const NICKNAME_IN_NAME = /\b(\p{Lu}\p{Ll}+) ["“‘'](\p{Lu}[\p{Ll}'’.-]+|[\p{Ll}\p{N}][\p{L}\p{N}_]{1,15})["”’'] (\p{Lu}[\p{L}'’-]+)/gu;

/** After a one-word name: a reflexive pronoun, or its real name's given name ("– real name Catriona", "(born Mary"). */
const ONE_NAME_SEX = /^(?: (himself|herself)\b|\s*[–—(,-]\s*(?:real name|born) (\p{Lu}\p{Ll}+))/u;
/** Before a one-word name: the clause that withholds the rest ("only her first name, Keisha", "gave his name only as Sipho", "identified himself only as Kevo"). */
const WITHHELD_NAME_SEX = /\b(?:(his|her) (?:(?:first|given|last) )?name(?: only)?(?:,| as)|identified (him|her)self (?:only )?as)\s*$/u;
