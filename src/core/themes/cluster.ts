// Groups statements that no theme covers by what they share: greedy average-link clustering on the Jaccard
// similarity of their salient word stems. Deterministic (input order) and labelled by the group's subject — the
// names and noun phrases its members share ("Iraq, legal advice") — instead of a bag of words.
import type { StatementBrief } from '../model.ts';
import { phrasesOf, textWords, wordsOf, type Phrase } from './phrases.ts';
import { statementStems, stem } from './terms.ts';

export interface Cluster<S extends StatementBrief = StatementBrief> {
  /** The group's subject ("Iraq, legal advice", "Domestic nationalism"); "miscellaneous" for leftovers. */
  readonly label: string;
  readonly statements: readonly S[];
}

export interface ClusterOptions {
  /** Minimum average similarity to join a cluster (0–1). */
  readonly threshold?: number;
  /** Phrases in a label at most (default 2). */
  readonly labelWords?: number;
  /** Statements examined at most (default 500). */
  readonly maxStatements?: number;
}

/**
 * Clusters by similarity. Clusters of one are merged into a final "miscellaneous" cluster (nothing is
 * similar to them, so no grouping can say more); everything else is returned largest first.
 */
export function clusterBySimilarity<S extends StatementBrief>(statements: readonly S[], options: ClusterOptions = {}): Cluster<S>[] {
  const threshold = options.threshold ?? 0.12;
  // Greedy clustering is quadratic: beyond maxStatements the rest joins the leftovers unexamined.
  const max = options.maxStatements ?? 500;
  const terms = statements.slice(0, max).map(statementStems);
  const groups = greedyGroups(terms, threshold);

  const pick = (idx: readonly number[]) => idx.map((i) => statements[i]).filter((s): s is S => s !== undefined);
  const real = groups.filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
  const leftovers = [...groups.filter((g) => g.length === 1).flat(), ...statements.slice(max).map((_, i) => max + i)];
  const examined = statements.slice(0, max);
  const labels = subjectLabeller(examined);
  // Groups with the same subject are one group; a group no phrase or word describes joins the leftovers.
  const bySubject = new Map<string, number[]>();
  for (const g of real) {
    const label = labels(g, options.labelWords ?? 2);
    if (label === 'miscellaneous') leftovers.push(...g);
    else bySubject.set(label, [...(bySubject.get(label) ?? []), ...g]);
  }
  const out: Cluster<S>[] = [...bySubject]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([label, g]) => ({ label, statements: pick([...g].sort((x, y) => x - y)) }));
  if (leftovers.length > 0) out.push({ label: 'miscellaneous', statements: pick([...leftovers].sort((x, y) => x - y)) });
  return out;
}

/**
 * Greedy average-link grouping: each statement joins the most similar earlier group (average Jaccard similarity
 * to its first eight members, at least `threshold`) or starts one. Words are numbered and each statement's words
 * kept as a sorted list, so that a similarity is a merge of two short lists rather than string look-ups.
 */
function greedyGroups(terms: readonly ReadonlySet<string>[], threshold: number): number[][] {
  const ids = new Map<string, number>();
  const words = terms.map((t) => {
    const list = new Int32Array(t.size);
    let k = 0;
    for (const w of t) {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      list[k++] = id;
    }
    return list.sort();
  });
  // Words in more than one statement in twenty (and over 20) find no group of their own: groups are found by the
  // words that tell them apart, then compared on all words.
  const df = new Int32Array(ids.size);
  for (const list of words) for (const w of list) df[w] = (df[w] ?? 0) + 1;
  const limit = Math.max(20, terms.length / 20);
  const common = df.map((n) => (n > limit ? 1 : 0));
  const groups: number[][] = [];
  // Only groups sharing a word can reach the threshold: an index from word to groups finds them.
  const groupsOf: number[][] = Array.from({ length: ids.size }, () => []);
  const vocabulary: Set<number>[] = [];
  const shared = new Int32Array(terms.length);
  const touched: number[] = [];
  words.forEach((t, i) => {
    // Distinctive words shared with each group's vocabulary: a member's Jaccard similarity is at most shared / |t|,
    // so a group sharing too few of them is not compared.
    for (const w of t) {
      if (common[w]) continue;
      for (const g of groupsOf[w] ?? []) if ((shared[g] = (shared[g] ?? 0) + 1) === 1) touched.push(g);
    }
    let best = -1;
    let bestSim = threshold;
    for (const g of touched.sort((a, b) => a - b)) {
      const n = shared[g] ?? 0;
      shared[g] = 0;
      if (n / Math.max(1, t.length) < threshold) continue;
      // Average link over the group's first members (a bounded sample keeps this linear in big groups).
      const members = groups[g] as number[];
      const count = Math.min(8, members.length);
      let sum = 0;
      for (let k = 0; k < count; k++) sum += jaccardSorted(t, words[members[k] as number] as Int32Array);
      const sim = sum / count;
      if (sim >= bestSim) {
        best = g;
        bestSim = sim;
      }
    }
    touched.length = 0;
    const g = best >= 0 ? best : groups.push([]) - 1;
    groups[g]?.push(i);
    const known = (vocabulary[g] ??= new Set<number>());
    for (const w of t) {
      if (known.has(w)) continue;
      known.add(w);
      groupsOf[w]?.push(g);
    }
  });
  return groups;
}

/** Jaccard similarity of two sorted lists of distinct word numbers: |A ∩ B| / |A ∪ B|, 0 for two empty lists. */
function jaccardSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

type Phrases = Map<string, Phrase>;

/**
 * Labels a cluster by its subject: the names and noun phrases its members share that the other statements rarely
 * use (tf-idf over the statements being clustered), best first, at most `parts` that share no word; single words
 * only when the members share no phrase; never the speakers' own names.
 */
function subjectLabeller(statements: readonly StatementBrief[]): (idx: readonly number[], parts: number) => string {
  const split = statements.map((s) => textWords(s.text));
  const phrases = split.map((ws) => phrasesOf(ws));
  const words: Phrases[] = [];
  const wordsAt = (i: number): Phrases => (words[i] ??= wordsOf(split[i] ?? []));
  const df = (maps: readonly Phrases[]) => {
    const out = new Map<string, number>();
    for (const m of maps) for (const k of m.keys()) out.set(k, (out.get(k) ?? 0) + 1);
    return out;
  };
  const phraseDf = df(phrases);
  let wordDf: Map<string, number> | null = null;
  const n = statements.length;
  return (idx, parts) => {
    const speakerWords = new Set(idx.flatMap((i) => (statements[i]?.speaker ?? '').split(/\s+/).map((w) => stem(w))));
    const best = bestPhrases(idx.map((i) => phrases[i] as Phrases), phraseDf, n, speakerWords, parts);
    // Single words only for a group that shares no phrase (rare: worked out on first need).
    wordDf ??= best.length > 0 ? null : df(statements.map((_, i) => wordsAt(i)));
    const chosen = best.length > 0 ? best : bestPhrases(idx.map(wordsAt), wordDf ?? new Map(), n, speakerWords, parts);
    const label = chosen.join(', ');
    return label ? label.charAt(0).toUpperCase() + label.slice(1) : 'miscellaneous';
  };
}

function bestPhrases(members: readonly Phrases[], df: ReadonlyMap<string, number>, n: number, speakerWords: ReadonlySet<string>, parts: number): string[] {
  const seen = new Map<string, { count: number; phrase: Phrase; forms: Map<string, number> }>();
  for (const m of members) {
    for (const [key, phrase] of m) {
      const entry = seen.get(key) ?? { count: 0, phrase, forms: new Map<string, number>() };
      entry.count++;
      entry.forms.set(phrase.text, (entry.forms.get(phrase.text) ?? 0) + 1);
      seen.set(key, entry);
    }
  }
  const scored = [...seen]
    .filter(([key, e]) => e.count >= 2 && !key.split(' ').every((w) => speakerWords.has(w)))
    .map(([key, e]) => {
      const idf = Math.log((n + 1) / (df.get(key) ?? 1));
      const length = 1 + 0.25 * (key.split(' ').length - 1);
      return { key, score: e.count * idf * length * (e.phrase.name ? 1.2 : 1), text: [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? e.phrase.text };
    })
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const out: { key: string; text: string; score: number }[] = [];
  for (const c of scored) {
    if (out.length >= parts) break;
    const first = out[0];
    if (first && c.score < first.score * 0.5) break;
    const stems = new Set(c.key.split(' '));
    if (out.some((o) => o.key.split(' ').some((w) => stems.has(w)))) continue;
    // Two single names ("Clinton, Hillary") are one person or two subjects at once: the first says enough.
    if (first && stems.size === 1 && !first.key.includes(' ') && /^\p{Lu}/u.test(c.text) && /^\p{Lu}/u.test(first.text)) continue;
    out.push(c);
  }
  return out.map((o) => o.text);
}
