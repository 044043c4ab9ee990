// How a summary names people and reports speech: "Sergey Lavrov" → "Lavrov", "Russian Foreign Ministry" →
// "the Russian Foreign Ministry", cue "adding" → "added", long quotes clipped at a word boundary.
import type { Statement } from '../model.ts';
import { salientStems } from '../themes/terms.ts';

const INSTITUTION_WORD =
  /\b(Ministry|Department|Office|Council|Association|Organi[sz]ation|Committee|Commission|Agency|Service|Embassy|Government|Parliament|Assembly|Bank|Fund|Union|Court|Party|Army|Forces|Kremlin|Pentagon|House|Media|News|Agency)\b/i;
const NAME_PARTICLE = /^(von|van|der|de|da|di|del|la|le|bin|al|el)$/;
const NAME_SUFFIX = /^(Jr|Sr|II|III|IV)\.?$/;

/** Short form for a person ("Lavrov", "von der Leyen"), "the …" for a multi-word institution, else as given. */
export function shortSpeaker(name: string, kind?: 'person' | 'institution'): string {
  const clean = name.trim();
  if (/\s(and|&)\s/.test(clean)) return clean.split(/\s+(?:and|&)\s+/).map((n) => shortSpeaker(n, kind)).join(' and ');
  const words = clean.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  if (words.length < 2) return clean;
  const institution = kind === 'institution' || (kind === undefined && INSTITUTION_WORD.test(clean));
  if (institution) {
    // "the Russian Foreign Ministry", "the Association of Wartime Allies", but "Russian media".
    const proper = (INSTITUTION_WORD.exec(clean)?.[0] ?? '').match(/^\p{Lu}/u) !== null;
    return /^(the|a|an)\s/i.test(clean) || !proper ? clean : `the ${clean}`;
  }
  const looksPersonal = kind === 'person' || words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w));
  if (!looksPersonal) return clean;
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLE.test(w));
  return particle > 0 ? words.slice(particle).join(' ') : (words[words.length - 1] ?? clean);
}

const VERBS: Record<string, string> = {
  say: 'said', says: 'said', saying: 'said', states: 'stated', 'according to': 'said', told: 'told', tells: 'told',
  adding: 'added', add: 'added', adds: 'added', noting: 'noted', notes: 'noted', note: 'noted',
  warning: 'warned', warns: 'warned', urging: 'urged', urgeing: 'urged', urges: 'urged', stressing: 'stressed',
  stresses: 'stressed', emphasizing: 'emphasized', emphasised: 'emphasized', emphasises: 'emphasized',
  emphasizes: 'emphasized', report: 'reported', reports: 'reported', believes: 'believes', believe: 'believe',
  explaining: 'explained', insisting: 'insisted', claims: 'claimed', claiming: 'claimed', argues: 'argued',
  announces: 'announced', writes: 'wrote', wrote: 'wrote', 'pointing out': 'pointed out', 'points out': 'pointed out',
};

/** A reporting verb for a summary sentence, in the past tense where the cue allows it. */
export function reportingVerb(cue: string): string {
  const c = cue.trim().toLowerCase().replace(/\s+/g, ' ');
  if (c in VERBS) return VERBS[c] as string;
  if (/^[a-z]+ed( [a-z]+)?$/.test(c)) return c;
  return 'said';
}

/** The text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The sentences of a quote (quotes often run over several). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[“"‘'(]?\p{Lu})/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** The sentence sharing most words with `focus` (the group's common words); the first one on a tie. */
export function focusSentence(text: string, focus?: ReadonlySet<string>): string {
  const all = sentences(text);
  if (all.length <= 1 || !focus || focus.size === 0) return all[0] ?? text.trim();
  let best = all[0] as string;
  let bestScore = 0;
  for (const sentence of all) {
    let score = 0;
    for (const t of salientStems(sentence)) if (focus.has(t)) score++;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best.replace(/^(and|but|so|also)\b,?\s*(of course,\s*)?/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

const LOWERABLE = /^(The|A|An|It|Its|This|That|These|Those|There|Such|Any|Only|Each|Several|Currently|Some)\b/;

export interface ClauseOptions {
  /** Longest statement excerpt, in characters. */
  readonly maxChars?: number;
  /** Person or institution, when a registry knows the speaker (otherwise guessed from the name). */
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
  /** Adds "also" after the name (the previous clause had the same speaker). */
  readonly also?: boolean;
  /** Words the surrounding group shares: picks which sentence of a long quote to show. */
  readonly focus?: ReadonlySet<string>;
}

const THAT_VERBS = /^(said|stated|stressed|emphasized|warned|noted|added|argued|believes?|announced|explained|insisted|claimed|pointed out|told)$/;
const CLAUSE_START = /^(currently|now|today|only|there|it|they|we|he|she|this|these|those|several|all|nearly|many|most)\b/i;

/**
 * One clause naming who said what: "Kokov warned the US is attempting …" or "Lavrov said: “We are open ….”".
 * Ends with sentence punctuation; the first letter is not capitalised (the caller places the clause).
 */
export function reportClause(s: Statement, options: ClauseOptions = {}): string {
  const name = s.speaker ?? s.speakerMention;
  const who = shortSpeaker(name, s.speaker ? options.kindOf?.(s.speaker) : undefined);
  const plain = reportingVerb(s.cue);
  const verb = `${options.also && plain !== 'added' ? 'also ' : ''}${plain}`;
  const max = options.maxChars ?? 200;
  const text = s.text.trim().replace(/[\s,;:]+$/, '');
  if (s.kind === 'direct') {
    return `${who} ${verb}: “${endSentence(clip(focusSentence(text, options.focus), max))}”`;
  }
  const body = clip(text.replace(LOWERABLE, (w) => w.toLowerCase()), max);
  const that = THAT_VERBS.test(plain) && CLAUSE_START.test(body) ? 'that ' : '';
  return endSentence(`${who} ${verb} ${that}${balanceQuotes(body)}`);
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}

/** Closes a quotation the clipping left open. */
function balanceQuotes(text: string): string {
  const opens = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length % 2;
  return `${text}${opens > 0 ? '”' : ''}${straight ? '"' : ''}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
