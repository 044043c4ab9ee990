// Deterministic synthetic news corpus for the benchmark. One article at a time (streaming: nothing but a
// small ring of recent articles, for syndicated copies, is kept), 400–1200 words each, wire-style:
// headline, dateline or header date, lead paragraph, then direct quotes ("“Q,” X said"), inverted cues
// ("said X"), colon quotes, quotes split around their cue, reported speech ("X said that C", "C, X said",
// "according to X", "…, adding that …"), mixed quotes, bare follow-up quotes, pronoun and role follow-ups,
// institutions and anonymous officials, mixed with unattributed background sentences.
import type { Speaker } from '../src/core/model.ts';
import { Rng, ZipfSampler } from './rng.ts';
import {
  COUNTRIES,
  CUES,
  GENERIC_BACKGROUND,
  GENERIC_MODS,
  GENERIC_SUBJECTS,
  INSTITUTION_TEMPLATES,
  MONTHS,
  NAMED_INSTITUTIONS,
  NAMES,
  type NameStyle,
  ORG_ROLES,
  PAREN_AGENCIES,
  PREDICATES,
  QUOTE_TAILS,
  RARE_PARTS,
  ROLE_WORDS,
  ROLES,
  SLASH_AGENCIES,
  THAT_CUES,
  THEMES,
  TITLE_VERBS,
  type Theme,
  WEEKDAYS,
} from './vocabulary.ts';

/** A person who speaks in the corpus. */
export interface CastMember {
  readonly name: string;
  /** How later mentions name them ("Lavrov"; the full name when the surname is ambiguous). */
  readonly short: string;
  readonly gender: 'm' | 'f';
  /** Title written before the name ("Kazakh Foreign Minister"), or null when the role is an appositive. */
  readonly title: string | null;
  /** Appositive role ("the deputy chairman of the Security Council"), when the title does not go before the name. */
  readonly appositive: string | null;
  /** Common-noun role for later mentions ("the foreign minister"). */
  readonly roleMentions: readonly string[];
  readonly country: string;
  /** In the registry handed to the service (true) or left for ingestion to learn (false). */
  readonly seeded: boolean;
}

interface Institution {
  readonly name: string;
  readonly short: string;
}

type Actor = { readonly type: 'person'; readonly p: CastMember } | { readonly type: 'institution'; readonly i: Institution } | { readonly type: 'anon' };

export interface GeneratedArticle {
  readonly index: number;
  readonly fileName: string;
  readonly text: string;
  /** Attributed statements the generator wrote (the extractor's count will differ somewhat). */
  readonly plannedStatements: number;
  readonly words: number;
  readonly syndicated: boolean;
}

export interface QuerySpec {
  readonly kind: 'speaker+term' | 'rare term' | 'common term' | 'phrase' | 'filter';
  readonly text: string;
}

export interface CorpusOptions {
  readonly seed: string;
  /** data/speakers.json: their people become the most quoted speakers. */
  readonly seedSpeakers: readonly Speaker[];
  /** Expected number of articles (spreads dates over 2019–2024); the generator itself is unbounded. */
  readonly expectedArticles: number;
}

const FEMALE_SEED = new Set(['Maria Zakharova', 'Kamala Harris', 'Jen Psaki', 'Ursula von der Leyen']);
const START_DAY = Date.UTC(2019, 0, 1) / 86_400_000;
const END_DAY = Date.UTC(2024, 11, 31) / 86_400_000;

const cap = (s: string): string => (s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1));
const count = (s: string): number => {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
};

/** "Russian Foreign Minister" → "Russian foreign minister" (role words lowercased, names and adjectives kept). */
function roleNoun(title: string): string {
  return title
    .split(' ')
    .map((w) => (ROLE_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

export class CorpusGenerator {
  readonly #rng: Rng;
  readonly #opts: CorpusOptions;
  readonly cast: readonly CastMember[];
  readonly #institutions: readonly Institution[];
  readonly #speakerZipf: ZipfSampler;
  readonly #themeZipf: ZipfSampler;
  readonly rareWords: readonly string[];
  readonly #ring: { title: string; body: string[]; planned: number; words: number; day: number }[] = [];
  #index = 0;

  constructor(opts: CorpusOptions) {
    this.#opts = opts;
    this.#rng = new Rng(`briefdesk-bench:${opts.seed}`);
    this.cast = this.#buildCast(opts.seedSpeakers);
    this.#institutions = this.#buildInstitutions(opts.seedSpeakers);
    this.#speakerZipf = new ZipfSampler(this.cast.length, 0.8);
    this.#themeZipf = new ZipfSampler(THEMES.length, 0.6);
    this.rareWords = this.#buildRareWords();
  }

  /** Registry entries for the service: data/speakers.json plus the synthetic speakers marked as seeded. */
  registrySpeakers(): Speaker[] {
    const synthetic = this.cast
      .filter((c) => c.seeded && !this.#opts.seedSpeakers.some((s) => s.name === c.name))
      .map((c): Speaker => ({
        name: c.name,
        kind: 'person',
        aliases: [],
        roles: [c.title ?? c.appositive ?? '', ...c.roleMentions.map((r) => r.replace(/^the /, ''))].filter(Boolean).map((title) => ({ title })),
        affiliation: c.country,
      }));
    return [...this.#opts.seedSpeakers, ...synthetic];
  }

  /** The fixed `/quote` query mix; every entry has at least one FTS term so the raw baseline can run it. */
  queryMix(): QuerySpec[] {
    const synthetic = this.cast.find((c) => !this.#opts.seedSpeakers.some((s) => s.name === c.name) && c.short !== c.name);
    const mid = this.cast[Math.min(this.cast.length - 1, 120)];
    return [
      { kind: 'speaker+term', text: 'Lavrov NATO' },
      { kind: 'speaker+term', text: `${synthetic?.short ?? 'Peskov'} sanctions` },
      { kind: 'speaker+term', text: `${mid?.name ?? 'Zakharova'} security` },
      { kind: 'rare term', text: this.rareWords[7] ?? 'Kharabad' },
      { kind: 'rare term', text: this.rareWords[1234] ?? 'Zuzugrad' },
      { kind: 'common term', text: 'security' },
      { kind: 'common term', text: 'sanctions' },
      { kind: 'phrase', text: '"military infrastructure"' },
      { kind: 'phrase', text: '"humanitarian aid"' },
      { kind: 'filter', text: 'since:2024-06 refugees' },
      { kind: 'filter', text: 'from:reuters energy' },
      { kind: 'filter', text: 'Zakharova since:2022 sanctions' },
    ];
  }

  next(): GeneratedArticle {
    const index = this.#index++;
    const rng = this.#rng;
    const fileName = `${String(index).padStart(7, '0')}.txt`;
    const fraction = Math.min(1, index / Math.max(1, this.#opts.expectedArticles));
    const syndicate = this.#ring.length > 0 && rng.chance(0.04);
    if (syndicate) {
      const src = rng.pick(this.#ring);
      const day = Math.min(END_DAY, src.day + rng.int(2));
      const body = src.body.filter(() => rng.chance(0.92));
      const first = src.body[0];
      if (first !== undefined && body[0] !== first) body.unshift(first);
      const text = this.#frame(`${src.title} — report`, body, day);
      return { index, fileName, text, plannedStatements: src.planned, words: src.words, syndicated: true };
    }
    const day = Math.round(Math.min(END_DAY, Math.max(START_DAY, START_DAY + fraction * (END_DAY - START_DAY) + rng.range(-20, 20))));
    const a = new ArticleWriter(this, rng, day);
    const { title, body, planned, words } = a.write();
    const text = this.#frame(title, body, day);
    this.#ring.push({ title, body, planned, words, day });
    if (this.#ring.length > 8) this.#ring.shift();
    return { index, fileName, text, plannedStatements: planned, words, syndicated: false };
  }

  // --- pieces used by ArticleWriter -------------------------------------------------------------

  pickSpeaker(): CastMember {
    return this.cast[this.#speakerZipf.sample(this.#rng)] as CastMember;
  }

  pickTheme(): Theme {
    return THEMES[this.#themeZipf.sample(this.#rng)] as Theme;
  }

  pickInstitution(): Institution {
    return this.#rng.pick(this.#institutions);
  }

  /** Fills {N}, {C}, {CITY}, … placeholders. */
  fill(template: string, self?: { country: string; poss: string }): string {
    const rng = this.#rng;
    return template.replace(/\{(N2|N|PCT|C|CITY|MONTH|YEAR2|YEAR|RARE|SELF|POSS|ADJ)\}/g, (_, key: string) => {
      switch (key) {
        case 'N':
          return (rng.range(2, 95) * rng.pick([10, 100, 1000, 10000])).toLocaleString('en-US');
        case 'N2':
          return String(rng.range(2, 14));
        case 'PCT':
          return String(rng.range(2, 95));
        case 'C':
          return rng.pick(COUNTRIES).name;
        case 'CITY':
          return rng.pick(COUNTRIES).city;
        case 'MONTH':
          return rng.pick(MONTHS);
        case 'YEAR':
          return String(rng.range(2005, 2018));
        case 'YEAR2':
          return String(rng.range(2026, 2045));
        case 'RARE':
          return rng.pick(this.rareWords);
        case 'SELF':
          return self?.country ?? 'the country';
        case 'POSS':
          return self?.poss ?? 'its';
        case 'ADJ':
          return rng.pick(COUNTRIES).adj;
        default:
          return key;
      }
    });
  }

  // --- setup -----------------------------------------------------------------------------------

  #buildCast(seed: readonly Speaker[]): CastMember[] {
    const rng = this.#rng;
    const cast: CastMember[] = [];
    const surnameCount = new Map<string, number>();
    const fullNames = new Set<string>();
    for (const s of seed) {
      if (s.kind !== 'person') continue;
      const role = s.roles[0]?.title ?? 'official';
      const titleFirst = /^[A-Z]/.test(role) && !/\b(of|to)\b/.test(role);
      const second = s.roles[1]?.title;
      const roleMention = second && /^[a-z]/.test(second) ? second : roleNoun(role);
      cast.push({
        name: s.name,
        short: s.name.split(' ').at(-1) ?? s.name,
        gender: FEMALE_SEED.has(s.name) ? 'f' : 'm',
        title: titleFirst ? role : null,
        appositive: titleFirst ? null : `the ${role}`,
        roleMentions: [`the ${roleMention}`],
        country: s.affiliation ?? 'Russia',
        seeded: true,
      });
      fullNames.add(s.name);
    }
    type Draft = Omit<CastMember, 'short'> & { readonly surnameKey: string };
    const synthetic: Draft[] = [];
    const makeName = (style: NameStyle, gender: 'm' | 'f'): { name: string; surname: string } => {
      const pool = NAMES[style];
      for (let attempt = 0; ; attempt++) {
        const first = rng.pick(gender === 'm' ? pool.male : pool.female);
        let surname = rng.pick(pool.roots) + rng.pick(pool.suffixes);
        if (gender === 'f' && style === 'slavic' && /(ov|ev|in)$/.test(surname)) surname += 'a';
        const name = style === 'chinese' ? `${surname} ${first}` : `${first} ${surname}`;
        if (!fullNames.has(name) || attempt > 50) {
          fullNames.add(name);
          return { name, surname };
        }
      }
    };
    for (const country of COUNTRIES) {
      for (const [title, generic] of ROLES) {
        const gender = rng.chance(0.3) ? 'f' : 'm';
        const { name, surname } = makeName(country.names, gender);
        surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
        synthetic.push({
          name,
          gender,
          title: `${country.adj} ${title}`,
          appositive: null,
          roleMentions: [`the ${generic}`, `the ${country.adj} ${generic}`],
          country: country.name,
          seeded: rng.chance(0.5),
          surnameKey: surname,
        });
      }
    }
    for (const [title, generic, style] of ORG_ROLES) {
      const gender = rng.chance(0.35) ? 'f' : 'm';
      const { name, surname } = makeName(style, gender);
      surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
      synthetic.push({
        name,
        gender,
        title,
        appositive: null,
        roleMentions: [`the ${generic}`],
        country: 'the organisation',
        seeded: rng.chance(0.5),
        surnameKey: surname,
      });
    }
    // Shuffle synthetic speakers so Zipf ranks mix countries and roles.
    for (let i = synthetic.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [synthetic[i], synthetic[j]] = [synthetic[j] as Draft, synthetic[i] as Draft];
    }
    for (const { surnameKey, ...rest } of synthetic) {
      // Ambiguous surnames (and Chinese names) are written in full in later mentions.
      const short = (surnameCount.get(surnameKey) ?? 0) > 1 || rest.name.startsWith(surnameKey) ? rest.name : surnameKey;
      cast.push({ ...rest, short });
    }
    return cast;
  }

  #buildInstitutions(seed: readonly Speaker[]): Institution[] {
    const out: Institution[] = [];
    for (const c of COUNTRIES.slice(0, 20)) {
      for (const [tpl, short] of INSTITUTION_TEMPLATES) out.push({ name: `the ${tpl.replace('{ADJ}', c.adj)}`, short });
    }
    for (const [name, short] of NAMED_INSTITUTIONS) out.push({ name: name === 'NATO' ? name : `the ${name}`, short });
    for (const s of seed) if (s.kind === 'institution' && !out.some((i) => i.name === `the ${s.name}`)) out.push({ name: `the ${s.name}`, short: 'the ministry' });
    return out;
  }

  #buildRareWords(): string[] {
    const words: string[] = [];
    for (const o of RARE_PARTS.onsets) for (const m of RARE_PARTS.middles) for (const e of RARE_PARTS.ends) words.push(o + m + e);
    const rng = new Rng(`rare:${this.#opts.seed}`);
    for (let i = words.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [words[i], words[j]] = [words[j] as string, words[i] as string];
    }
    return words.slice(0, 2000);
  }

  /** Wraps a body in one of four wire/web layouts (dateline with agency, header date, byline). */
  #frame(title: string, body: readonly string[], day: number): string {
    const rng = this.#rng;
    const date = new Date(day * 86_400_000);
    const month = MONTHS[date.getUTCMonth()] as string;
    const d = date.getUTCDate();
    const y = date.getUTCFullYear();
    const iso = date.toISOString().slice(0, 10);
    const city = rng.pick(COUNTRIES).city.toUpperCase();
    const [lead = '', ...rest] = body;
    const style = rng.weighted<'slash' | 'paren' | 'header' | 'byline'>([
      [3, 'slash'],
      [3, 'paren'],
      [2, 'header'],
      [2, 'byline'],
    ]);
    switch (style) {
      case 'slash':
        return `${title}\n\n${city}, ${month} ${d}. /${rng.pick(SLASH_AGENCIES)}/. ${lead}\n\n${rest.join('\n\n')}\n`;
      case 'paren':
        return `${title}\n\n${city} (${rng.pick(PAREN_AGENCIES)}) - ${lead}\n\n${rest.join('\n\n')}\n`;
      case 'header':
        return ` date ${iso}\n${title}\n\n${city} — ${lead}\n\n${rest.join('\n\n')}\n`;
      default: {
        const reporter = `${rng.pick(NAMES.english.male)} ${rng.pick(NAMES.english.roots)}${rng.pick(NAMES.english.suffixes)}`;
        return `${title}\n\nBy ${reporter}\nPublished ${d} ${month.slice(0, 3)} ${y}\n\n${lead}\n\n${rest.join('\n\n')}\n`;
      }
    }
  }
}

/** Writes one article body; keeps per-article coreference state (who was introduced, who spoke last). */
class ArticleWriter {
  readonly #g: CorpusGenerator;
  readonly #rng: Rng;
  readonly #day: number;
  readonly #open: string;
  readonly #close: string;
  readonly #themes: Theme[];
  readonly #actors: Actor[] = [];
  readonly #introduced = new Set<string>();
  #last: Actor | null = null;
  #planned = 0;

  constructor(g: CorpusGenerator, rng: Rng, day: number) {
    this.#g = g;
    this.#rng = rng;
    this.#day = day;
    const curly = rng.chance(0.6);
    this.#open = curly ? '\u201C' : '"';
    this.#close = curly ? '\u201D' : '"';
    const main = g.pickTheme();
    this.#themes = [main];
    if (rng.chance(0.35)) this.#themes.push(g.pickTheme());
  }

  write(): { title: string; body: string[]; planned: number; words: number } {
    const rng = this.#rng;
    const lead = this.#g.pickSpeaker();
    const others = rng.range(1, 4);
    this.#actors.push({ type: 'person', p: lead });
    for (let i = 0; i < others; i++) {
      const p = this.#g.pickSpeaker();
      if (!this.#actors.some((a) => a.type === 'person' && a.p.name === p.name)) this.#actors.push({ type: 'person', p });
    }
    if (rng.chance(0.4)) this.#actors.push({ type: 'institution', i: this.#g.pickInstitution() });
    if (rng.chance(0.2)) this.#actors.push({ type: 'anon' });

    const theme = this.#themes[0] as Theme;
    const title = `${lead.short} ${rng.pick(TITLE_VERBS)} ${rng.pick(theme.titles)}`;
    const target = rng.range(400, 1200);
    const body: string[] = [];
    let words = 0;
    const push = (p: string) => {
      body.push(p);
      words += count(p);
    };

    // Lead: reported statement by the main speaker, fully introduced.
    const leadActor = this.#actors[0] as Actor;
    const when = ` on ${this.#weekday()}`;
    push(
      rng.chance(0.5)
        ? `${cap(this.#clause(leadActor, 'reported'))}, ${this.#mention(leadActor, 'final', false)} ${rng.pick(CUES)}${when}.`
        : `${cap(this.#mention(leadActor, 'subject', false))} ${rng.pick(THAT_CUES)}${when} that ${this.#clause(leadActor, 'reported')}.`,
    );
    this.#planned++;
    this.#last = leadActor;

    let lastWasDirect = false;
    while (words < target) {
      if (lastWasDirect && rng.chance(0.15)) {
        push(`${this.#open}${this.#quote(this.#last ?? leadActor)}.${this.#close}`);
        this.#planned++;
        lastWasDirect = false;
        continue;
      }
      if (rng.chance(0.33)) {
        const n = rng.range(1, 3);
        const sentences: string[] = [];
        for (let i = 0; i < n; i++) sentences.push(this.#background());
        push(sentences.join(' '));
        lastWasDirect = false;
        continue;
      }
      const actor: Actor = this.#last && this.#last.type !== 'anon' && rng.chance(0.5) ? this.#last : rng.pick(this.#actors);
      const s = this.#statement(actor);
      const parts = [s.text];
      if (rng.chance(0.4)) parts.push(this.#background());
      else if (rng.chance(0.2)) parts.unshift(this.#background());
      push(parts.join(' '));
      lastWasDirect = s.direct;
      this.#last = actor;
    }
    return { title, body, planned: this.#planned, words };
  }

  #weekday(): string {
    const back = this.#rng.int(4);
    const dow = (((this.#day - back + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return WEEKDAYS[dow] as string;
  }

  #self(actor: Actor): { country: string; poss: string } {
    if (actor.type === 'person') return { country: actor.p.country, poss: actor.p.gender === 'f' ? 'her' : 'his' };
    return { country: 'the country', poss: 'its' };
  }

  /** One clause: subject, modal predicate, object, modifier. */
  #clause(actor: Actor, form: 'direct' | 'reported'): string {
    const rng = this.#rng;
    const theme = rng.chance(0.85) ? rng.pick(this.#themes) : this.#g.pickTheme();
    const f = form === 'direct' ? 0 : 1;
    const subject = rng.chance(0.55) ? rng.pick(theme.subjects) : (rng.pick(GENERIC_SUBJECTS)[f] as string);
    const pred = rng.pick(PREDICATES)[f] as string;
    const object = rng.pick(theme.objects);
    const mod = rng.chance(0.5) ? rng.pick(theme.mods) : rng.pick(GENERIC_MODS);
    return this.#g.fill(`${subject} ${pred} ${object}${mod}`, this.#self(actor));
  }

  #quote(actor: Actor): string {
    const rng = this.#rng;
    let q = cap(this.#clause(actor, 'direct'));
    if (rng.chance(0.3)) q += `. ${rng.chance(0.5) ? rng.pick(QUOTE_TAILS).replace(/\.$/, '') : cap(this.#clause(actor, 'direct'))}`;
    return q;
  }

  #mention(actor: Actor, position: 'subject' | 'final', allowPronoun: boolean): string {
    const rng = this.#rng;
    if (actor.type === 'anon') {
      const a = this.#g.fill(
        rng.pick(['a senior {ADJ} official, who spoke on condition of anonymity,', 'diplomats familiar with the talks', 'analysts in {CITY}', 'a source in the {ADJ} government']),
      );
      return position === 'final' ? a.replace(/,$/, '') : a;
    }
    if (actor.type === 'institution') {
      const i = actor.i;
      if (!this.#introduced.has(i.name)) {
        this.#introduced.add(i.name);
        return i.name;
      }
      if (allowPronoun && this.#last === actor && rng.chance(0.3)) return 'it';
      return rng.chance(0.6) ? i.short : i.name;
    }
    const p = actor.p;
    if (!this.#introduced.has(p.name)) {
      this.#introduced.add(p.name);
      if (p.title !== null) return `${p.title} ${p.name}`;
      return position === 'subject' ? `${p.name}, ${p.appositive},` : `${p.name}, ${p.appositive}`;
    }
    if (allowPronoun && this.#last === actor && rng.chance(0.5)) return p.gender === 'f' ? 'she' : 'he';
    return rng.chance(0.65) ? p.short : rng.pick(p.roleMentions);
  }

  #statement(actor: Actor): { text: string; direct: boolean } {
    const rng = this.#rng;
    const [o, c] = [this.#open, this.#close];
    const when = rng.chance(0.25) ? ` on ${this.#weekday()}` : '';
    const person = actor.type === 'person';
    type Pattern = 'after' | 'inverted' | 'colon' | 'split' | 'that' | 'final' | 'according' | 'adding' | 'mixed';
    const pattern = rng.weighted<Pattern>(
      actor.type === 'anon'
        ? [
            [3, 'that'],
            [2, 'final'],
            [1, 'according'],
          ]
        : [
            [20, 'after'],
            [person ? 5 : 1, 'inverted'],
            [6, 'colon'],
            [person ? 5 : 1, 'split'],
            [18, 'that'],
            [12, 'final'],
            [5, 'according'],
            [6, 'adding'],
            [person ? 8 : 2, 'mixed'],
          ],
    );
    const M = (pos: 'subject' | 'final', pron = true) => this.#mention(actor, pos, pron);
    const cue = rng.pick(CUES);
    this.#planned += pattern === 'adding' ? 2 : 1;
    switch (pattern) {
      case 'after':
        return { text: `${o}${this.#quote(actor)},${c} ${M('final')} ${cue}${when}.`, direct: true };
      case 'inverted':
        return { text: `${o}${this.#quote(actor)},${c} said ${M('final', false)}${when}.`, direct: true };
      case 'colon':
        return { text: `${cap(M('subject'))} said${when}: ${o}${this.#quote(actor)}.${c}`, direct: true };
      case 'split':
        return {
          text: `${o}${cap(this.#clause(actor, 'direct'))},${c} ${M('final')} said, ${o}but ${this.#clause(actor, 'direct')}.${c}`,
          direct: true,
        };
      case 'that': {
        const thatCue = rng.pick(THAT_CUES);
        const that = thatCue === 'said' && rng.chance(0.3) ? '' : ' that';
        return { text: `${cap(M('subject'))} ${thatCue}${when}${that} ${this.#clause(actor, 'reported')}.`, direct: false };
      }
      case 'final':
        return { text: `${cap(this.#clause(actor, 'reported'))}, ${M('final')} ${cue}${when}.`, direct: false };
      case 'according':
        return { text: `According to ${M('final', false)}, ${this.#clause(actor, 'reported')}.`, direct: false };
      case 'adding':
        return {
          text: `${cap(M('subject'))} said${when} ${this.#clause(actor, 'reported')}, adding that ${this.#clause(actor, 'reported')}.`,
          direct: false,
        };
      default: {
        const theme = rng.pick(this.#themes);
        const pred = rng.pick(PREDICATES)[1] as string;
        const tail = this.#g.fill(`${pred} ${rng.pick(theme.objects)}`, this.#self(actor));
        return { text: `${cap(M('subject'))} said${when} the ${rng.pick(theme.nouns)} was ${o}${rng.pick(theme.short)}${c} and ${tail}.`, direct: false };
      }
    }
  }

  #background(): string {
    const rng = this.#rng;
    const theme = rng.pick(this.#themes);
    return this.#g.fill(rng.chance(0.6) ? rng.pick(theme.background) : rng.pick(GENERIC_BACKGROUND));
  }
}

