// The speaker registry: canonical names, aliases, spelling variants and roles of people and
// institutions. Seeded from data/speakers.json and extended by what ingestion learns, so that
// "Sergei Lavrov", "Lavrov" and "the Russian foreign minister" all become "Sergey Lavrov".
import type { Speaker, SpeakerRole } from '../model.ts';
import { remember } from './copies.ts';

/** Whether a role applies at an ISO date. Undated text only gets roles still running (no `until`). */
export function roleActive(role: SpeakerRole, date: string | null | undefined): boolean {
  if (!date) return !role.until;
  const day = date.slice(0, 10);
  return (!role.from || role.from <= day) && (!role.until || day <= role.until);
}

/** The titles of a speaker's roles that apply at a date, most specific (first listed) first. */
export function rolesAt(s: Pick<Speaker, 'roles'>, date: string | null | undefined): string[] {
  return s.roles.filter((r) => roleActive(r, date)).map((r) => r.title);
}

/** Roles as stored or shipped: plain strings (older data) or `{ title, from, until }` records. */
export function toRoles(raw: unknown): SpeakerRole[] {
  if (!Array.isArray(raw)) return [];
  const out: SpeakerRole[] = [];
  for (const r of raw) {
    if (typeof r === 'string' && r.trim()) out.push({ title: r.trim() });
    else if (r && typeof r === 'object' && typeof (r as SpeakerRole).title === 'string') {
      const { title, from, until } = r as SpeakerRole;
      out.push({ title, ...(typeof from === 'string' ? { from } : {}), ...(typeof until === 'string' ? { until } : {}) });
    }
  }
  return out;
}

/** Folds transliteration variants (Sergei/Sergey, Dmitri/Dmitry, Aleksei/Alexey) to one key. */
const keyCache = new Map<string, string>();

export function nameKey(name: string): string {
  return remember(keyCache, name, computeKey);
}

// (each step tested before it runs: a regular expression run on a short string that it cannot change costs more
// than the test, and every name met for the first time passes here — ~12,000 a PolNeAR train run)
function computeKey(name: string): string {
  // (text in ASCII has no marks to drop: NFKD leaves it as it is)
  let s = isAscii(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (s.includes('’') || s.includes('`')) s = s.replace(/[’`]/g, "'");
  if (s.startsWith('the')) s = s.replace(/^the\s+/, '');
  if (s.includes("'s")) s = s.replace(/'s\b/g, '');
  if (!onlyKeyChars(s)) s = s.replace(/[^a-z0-9' ]+/g, ' ');
  // (only spaces separate words now)
  let key = '';
  for (const word of s.split(' ')) if (word !== '') key = key === '' ? foldSpelling(word) : `${key} ${foldSpelling(word)}`;
  return key;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Only a-z, 0-9, apostrophes and spaces: what `[^a-z0-9' ]+` leaves alone. */
function onlyKeyChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 32)) return false;
  }
  return true;
}

/** One word's transliteration variants folded: yy, ks, kh, a final -ey/-ei/-ej/-iy/-yi/-ii/-y, y before a vowel, doubled letters. */
function foldSpelling(word: string): string {
  let w = word;
  if (w.includes('yy')) w = w.replace(/yy/g, 'y');
  if (w.includes('ks')) w = w.replace(/ks/g, 'x');
  if (w.includes('kh')) w = w.replace(/kh/g, 'h');
  const end = w.charCodeAt(w.length - 1);
  if (end === 121 || end === 105 || end === 106) w = w.replace(/(ey|ei|ej|iy|yi|ii|y)$/, 'i'); // y, i, j
  if (w.includes('yu')) w = w.replace(/yu/g, 'iu');
  if (w.includes('ya')) w = w.replace(/ya/g, 'ia');
  if (w.includes('yo')) w = w.replace(/yo/g, 'io');
  if (w.includes('ye')) w = w.replace(/ye/g, 'e');
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return w.replace(/(.)\1/g, '$1');
  return w;
}

/** roleKey of a registry role's title, remembered (the same few hundred titles are read for every look-up). */
const titleKeys = new Map<string, string>();
function roleKeyOf(title: string): string {
  return remember(titleKeys, title, roleKey);
}

function roleKey(role: string): string {
  return role.toLowerCase().replace(/[’`]/g, "'").replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

/** Family names written first ("Xi Jinping" → "Xi", "Kim Jong Un" → "Kim"). */
export const FAMILY_NAME_FIRST = new Set(
  'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin kim park choi jung cho yoon jang lim nguyen tran pham hoang phan vu dang bui ngo duong wong chan cheung leung ng teo goh koh ong chua khoo yeo chong lau kwok yip yap tse'.split(' '),
);

export class SpeakerRegistry {
  readonly #byName = new Map<string, Speaker>();
  readonly #aliasIndex = new Map<string, string>();
  /** Surname key → canonical names carrying it; used only when unambiguous. */
  readonly #surnames = new Map<string, Set<string>>();
  #learned: Speaker[] = [];

  constructor(speakers: readonly Speaker[] = []) {
    for (const s of speakers) this.add(s, false);
  }

  /** All known speakers, seed and learned. */
  all(): Speaker[] {
    return [...this.#byName.values()];
  }

  /** Speakers learned since the registry was built (to persist them). */
  takeLearned(): Speaker[] {
    const l = this.#learned;
    this.#learned = [];
    return l;
  }

  get(name: string): Speaker | undefined {
    return this.#byName.get(name);
  }

  /** Adds or merges a speaker; returns the canonical record. */
  add(s: Speaker, learned = true): Speaker {
    const existing = this.#byName.get(s.name) ?? this.#resolveExact(s.name);
    if (existing) {
      const aliases = union(existing.aliases, s.aliases.filter((a) => a !== existing.name));
      const roles = unionRoles(existing.roles, s.roles);
      if (aliases.length === existing.aliases.length && roles.length === existing.roles.length) return existing;
      const merged: Speaker = { ...existing, aliases, roles };
      this.#byName.set(existing.name, merged);
      this.#index(merged);
      if (learned) this.#learned.push(merged);
      return merged;
    }
    this.#byName.set(s.name, s);
    this.#index(s);
    if (learned) this.#learned.push(s);
    return s;
  }

  #index(s: Speaker): void {
    this.#byRoleCache.clear();
    for (const a of [s.name, ...s.aliases]) {
      const k = nameKey(a);
      if (k && !this.#aliasIndex.has(k)) this.#aliasIndex.set(k, s.name);
    }
    if (s.kind === 'person') {
      const parts = nameKey(s.name).split(' ');
      const last = parts[parts.length - 1];
      // "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim": a family name written first is indexed too
      for (const surname of [last, FAMILY_NAME_FIRST.has(parts[0] ?? '') ? parts[0] : undefined]) {
        if (!surname || parts.length < 2) continue;
        const set = this.#surnames.get(surname) ?? new Set<string>();
        set.add(s.name);
        this.#surnames.set(surname, set);
      }
    }
  }

  #resolveExact(phrase: string): Speaker | undefined {
    const c = this.#aliasIndex.get(nameKey(phrase));
    return c ? this.#byName.get(c) : undefined;
  }

  /** The speaker whose name, alias or spelling variant this is (no surname guessing); null when none. */
  lookupExact(phrase: string): Speaker | null {
    return this.#byName.get(phrase) ?? this.#resolveExact(phrase) ?? null;
  }

  /** Every known person with this surname (for telling apart "Howard" the politician and the banker). */
  withSurname(surname: string): Speaker[] {
    return [...(this.#surnames.get(nameKey(surname)) ?? [])].map((n) => this.#byName.get(n)).filter((s): s is Speaker => s !== undefined);
  }

  /**
   * Canonical speaker for a name as written: an exact name or alias, a spelling variant, or a
   * surname that only one known person carries. Null when unknown or ambiguous.
   */
  lookup(phrase: string): Speaker | null {
    const exact = this.#resolveExact(phrase);
    if (exact) return exact;
    const key = nameKey(phrase);
    // an ALL-CAPS word is a dateline or an acronym ("AUSTIN", "NATO"), not a surname
    if (!key || key.includes(' ') || /^[A-Z]{2,}$/.test(phrase.trim())) return null;
    const set = this.#surnames.get(key);
    if (set && set.size === 1) return this.#byName.get([...set][0] as string) ?? null;
    return null;
  }

  readonly #byRoleCache = new Map<string, Speaker[]>();

  /**
   * Speakers holding, at `date`, a role that contains every word of the given description ("foreign minister"):
   * "the foreign secretary" in 2005 news is not whoever holds the office today.
   */
  byRole(role: string, date: string | null = null): Speaker[] {
    const key = `${roleKey(role)}|${date ?? ''}`;
    const hit = this.#byRoleCache.get(key);
    if (hit) return hit;
    const want = roleKey(role).split(' ');
    const found = this.all().filter((s) => s.roles.some((r) => roleActive(r, date) && containsAll(roleKeyOf(r.title), want)));
    if (this.#byRoleCache.size > 5_000) this.#byRoleCache.clear();
    this.#byRoleCache.set(key, found);
    return found;
  }
}

function containsAll(role: string, words: readonly string[]): boolean {
  const have = roleWords(role);
  return words.every((w) => have.has(w));
}

/** The words of a role key, remembered: every look-up by role reads every speaker's roles. */
const roleWordSets = new Map<string, ReadonlySet<string>>();
const roleWords = (role: string): ReadonlySet<string> => remember(roleWordSets, role, wordSetOf);
const wordSetOf = (role: string): ReadonlySet<string> => new Set(role.split(' '));

function unionRoles(a: readonly SpeakerRole[], b: readonly SpeakerRole[]): SpeakerRole[] {
  const key = (r: SpeakerRole): string => `${r.title.toLowerCase()}|${r.from ?? ''}|${r.until ?? ''}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((r) => !seen.has(key(r)) && seen.add(key(r)))];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  const seen = new Set(a.map((x) => x.toLowerCase()));
  for (const x of b) {
    if (!seen.has(x.toLowerCase())) {
      seen.add(x.toLowerCase());
      out.push(x);
    }
  }
  return out;
}
