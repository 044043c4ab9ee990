// Parses the text after `/quote` into a QuoteQuery. Chat users type anything, so this is total:
// it never throws, bounds its work on huge inputs, and leaves escaping to search.ts.
import { STATEMENT_ACTS, type QuoteQuery, type StatementAct } from '../model.ts';
import { normaliseDateBound } from './search.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Maps a phrase ("Sergey Lavrov", "Lavrov") to a canonical speaker name, or null. */
export type SpeakerResolver = (phrase: string) => string | null;

export interface ParseOptions {
  /**
   * As-you-type (inline search): unless the input ends with a space, its last word is still being typed. It
   * completes a speaker's name when no speaker is named yet (`completeSpeaker("Lavr")` → "Sergey Lavrov"; the
   * words before it may be part of the name), else it becomes the query's prefix ("NAT" finds NATO). A last
   * word of one letter, or a stop word, is left out until it grows.
   */
  readonly typing?: { readonly completeSpeaker?: SpeakerResolver };
}

/** Speaker completion needs this many letters; a word prefix this many. */
const MIN_SPEAKER_PREFIX = 3;
const MIN_WORD_PREFIX = 2;

const MAX_INPUT_CHARS = 4000;
const MAX_WORDS = 64;
const MAX_TERMS = 32;
const MAX_PHRASES = 8;
const MAX_SPEAKER_RUN = 4;

type Token =
  | { readonly type: 'word'; readonly value: string }
  | { readonly type: 'phrase'; readonly value: string }
  | { readonly type: 'field'; readonly key: string; readonly value: string };

const FIELD = /^(since|until|from|outlet|theme|speaker|act):(.*)$/is;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /['\u2019]s?$/u; // "Lavrov's remarks" names Lavrov

/**
 * Parses a query: "exact phrases", since:/until: (YYYY, YYYY-MM, YYYY-MM-DD), from: (outlet), theme:,
 * speaker: (repeatable), and free words. Runs of up to 4 consecutive words are tried against `resolveSpeaker`
 * (longest first); the first resolved run becomes the speaker filter, the rest are terms.
 */
export function parseQuery(input: string, resolveSpeaker: SpeakerResolver, options: ParseOptions = {}): QuoteQuery {
  const speakers: string[] = [];
  const phrases: string[] = [];
  let since: string | null = null;
  let until: string | null = null;
  let outlet: string | null = null;
  let theme: string | null = null;
  let act: StatementAct | null = null;
  const problems: string[] = [];
  const runs: string[][] = [[]];
  let words = 0;

  const text = normaliseInput(input);
  const tokens = tokenize(text);
  // As-you-type: the last word, when nothing follows it, is unfinished.
  let typed: string | null = null;
  const last = tokens[tokens.length - 1];
  if (options.typing && last && last.type !== 'phrase' && !/\s$/.test(text)) {
    tokens.pop();
    // An unfinished filter ("from:Reu") waits for its value; an unfinished word is completed below.
    if (last.type === 'word') typed = last.value.replace(EDGE_PUNCTUATION, '') || null;
  }

  for (const token of tokens) {
    if (token.type === 'word') {
      const word = token.value.replace(EDGE_PUNCTUATION, '');
      if (word !== '' && words < MAX_WORDS) {
        runs[runs.length - 1]?.push(word);
        words++;
      }
      continue;
    }
    runs.push([]); // phrases and fields interrupt a run of consecutive words
    if (token.type === 'phrase') {
      if (phrases.length < MAX_PHRASES) pushUnique(phrases, token.value);
      continue;
    }
    const value = token.value.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
    if (value === '') continue;
    switch (token.key) {
      case 'since':
      case 'until': {
        const day = normaliseDateBound(value, token.key === 'since' ? 'start' : 'end');
        if (day === null) problems.push(`${token.key}:${value.slice(0, 40)} is not a date I can read, so it was left out; write ${token.key}:2021, ${token.key}:2021-10 or ${token.key}:2021-10-08`);
        else if (token.key === 'since') since = day;
        else until = day;
        break;
      }
      case 'from':
      case 'outlet':
        outlet = value;
        break;
      case 'theme':
        theme = value;
        break;
      case 'act':
        act = actOf(value) ?? act;
        if (actOf(value) === null) problems.push(`act:${value.slice(0, 40)} is not a kind of statement, so it was left out; use act:${STATEMENT_ACTS.join(', act:')}`);
        break;
      case 'speaker':
        pushUnique(speakers, safeResolve(resolveSpeaker, value) ?? value);
        break;
    }
  }

  const terms: string[] = [];
  for (const run of runs) splitRun(run, resolveSpeaker, { speakers, terms, phrases });
  let prefix: string | null = null;
  if (typed !== null) {
    const complete = options.typing?.completeSpeaker;
    // With the words before it the unfinished word may complete a name ("Sergey Lav"); alone, only when it is the
    // first word or capitalised ("sanctions Zakh"): "food pri" is food prices more likely than a speaker Price.
    const alone = terms.length === 0 || /^\p{Lu}/u.test(typed);
    const named = speakers.length === 0 && complete ? completeName(runs[runs.length - 1] ?? [], typed, complete, alone) : null;
    if (named) {
      speakers.push(named.speaker);
      for (const word of named.words) {
        const i = terms.findIndex((t) => t.toLowerCase() === word.toLowerCase());
        if (i >= 0) terms.splice(i, 1);
      }
    } else if (typed.length >= MIN_WORD_PREFIX && !STOP_WORDS.has(typed.toLowerCase())) prefix = typed;
    else if (speakers.length + terms.length + phrases.length === 0 && [since, until, outlet, theme].every((f) => f === null)) terms.push(typed);
  }
  const meaningful = terms.filter((t) => !STOP_WORDS.has(t.toLowerCase()));
  return {
    speakers,
    terms: (meaningful.length > 0 ? meaningful : terms).slice(0, MAX_TERMS),
    phrases,
    since,
    until,
    outlet,
    theme,
    ...(act ? { act } : {}),
    ...(options.typing ? { prefix } : {}),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/**
 * A speaker whose name the unfinished word completes, with up to three words before it ("Sergey Lav"), longest
 * first; returns the speaker and the words before the unfinished one that the name took. The word alone completes
 * a name only when `alone` (it is the query's first word, or capitalised: "sanctions Zakh", not "food pri").
 */
function completeName(run: readonly string[], typed: string, complete: SpeakerResolver, alone: boolean): { speaker: string; words: string[] } | null {
  for (let n = Math.min(MAX_SPEAKER_RUN - 1, run.length); n >= 0; n--) {
    const words = run.slice(run.length - n);
    if (n === 0 && (typed.length < MIN_SPEAKER_PREFIX || !alone)) return null;
    const speaker = safeResolve(complete, [...words, typed].join(' '));
    if (speaker !== null) return { speaker, words };
  }
  return null;
}

/**
 * Greedy longest-first speaker matching over one run of consecutive words. Only the first speaker named in
 * free words becomes a filter (unless speaker: already named one); later names are usually the topic
 * ("Lavrov NATO", NATO being a known institution), so they stay search terms (multi-word: a phrase).
 */
function splitRun(run: readonly string[], resolve: SpeakerResolver, out: { speakers: string[]; terms: string[]; phrases: string[] }): void {
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let n = Math.min(MAX_SPEAKER_RUN, run.length - i); n >= 1; n--) {
      const slice = run.slice(i, i + n);
      if (n === 1 && STOP_WORDS.has((slice[0] ?? '').toLowerCase())) break;
      const phrase = slice.join(' ');
      const bare = phrase.replace(POSSESSIVE, '');
      const speaker = safeResolve(resolve, phrase) ?? (bare !== phrase ? safeResolve(resolve, bare) : null);
      if (speaker === null) continue;
      matched = n;
      const known = out.speakers.some((s) => s.toLowerCase() === speaker.toLowerCase());
      if (out.speakers.length === 0) out.speakers.push(speaker);
      else if (!known && n === 1) pushUnique(out.terms, phrase);
      else if (!known && out.phrases.length < MAX_PHRASES) pushUnique(out.phrases, phrase);
      break;
    }
    if (matched === 0) {
      pushUnique(out.terms, run[i] ?? '');
      matched = 1;
    }
    i += matched;
  }
}

/** Splits into words, "phrases" and key:value fields; an unbalanced quote is dropped and the rest read as words. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) {
        i++; // unbalanced: plain text from here on
        continue;
      }
      const phrase = text.slice(i + 1, close).replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(phrase)) tokens.push({ type: 'phrase', value: phrase });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/[\s"]/.test(text[end] ?? '')) end++;
    const word = text.slice(i, end);
    i = end;
    const field = FIELD.exec(word);
    if (!field) {
      tokens.push({ type: 'word', value: word });
      continue;
    }
    const key = (field[1] ?? '').toLowerCase();
    let value = field[2] ?? '';
    if (value === '' && text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close >= 0) {
        value = text.slice(i + 1, close);
        i = close + 1;
      }
    }
    tokens.push({ type: 'field', key, value });
  }
  return tokens;
}

/** Bounds the input, unifies typographic quotes and turns control characters into spaces. */
function normaliseInput(input: string): string {
  const text = typeof input === 'string' ? input : String(input);
  return text
    .slice(0, MAX_INPUT_CHARS)
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\uFF02]/g, '"')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ');
}

function safeResolve(resolve: SpeakerResolver, phrase: string): string | null {
  try {
    const name = resolve(phrase);
    return typeof name === 'string' && name.trim() !== '' ? name : null;
  } catch {
    return null; // a faulty resolver must not break the chat command; the words stay search terms
  }
}

function pushUnique(list: string[], value: string): void {
  const key = value.toLowerCase();
  if (value !== '' && !list.some((v) => v.toLowerCase() === key)) list.push(value);
}

/** `act:said`, `act:say`, `act:wrote`, `act:belief` …: what the statements report, or null for an unknown word. */
export function actOf(value: string): StatementAct | null {
  const v = value.trim().toLowerCase();
  if ((STATEMENT_ACTS as readonly string[]).includes(v)) return v as StatementAct;
  return ACT_WORDS[v] ?? null;
}

const ACT_WORDS: Readonly<Record<string, StatementAct>> = {
  say: 'said', says: 'said', speech: 'said', write: 'wrote', writes: 'wrote', written: 'wrote',
  think: 'thinks', belief: 'thinks', beliefs: 'thinks', believes: 'thinks', want: 'wants', wish: 'wants', plans: 'wants',
  find: 'found', finding: 'found', findings: 'found', poll: 'found', polls: 'found', stances: 'stance', endorsed: 'stance',
  ask: 'asked', asks: 'asked', question: 'asked', questions: 'asked', request: 'asked', requests: 'asked',
};
