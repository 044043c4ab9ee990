// Groups statements that no theme covers by what they share: greedy average-link clustering on the
// Jaccard similarity of their salient word stems. Deterministic (input order) and labelled with the
// words the members share, so a digest shows "Other: nationalism, discrimination" instead of one pile.
import type { Statement } from '../model.ts';
import { jaccard, salientStems, tokenize } from './terms.ts';

export interface Cluster<S extends Statement = Statement> {
  /** Short label from the most shared words ("nationalism, bilateral"); "miscellaneous" for leftovers. */
  readonly label: string;
  readonly statements: readonly S[];
}

export interface ClusterOptions {
  /** Minimum average similarity to join a cluster (0–1). */
  readonly threshold?: number;
  /** Label words per cluster. */
  readonly labelWords?: number;
  /** Statements examined at most (default 500). */
  readonly maxStatements?: number;
}

/**
 * Clusters by similarity. Clusters of one are merged into a final "miscellaneous" cluster (nothing is
 * similar to them, so no grouping can say more); everything else is returned largest first.
 */
export function clusterBySimilarity<S extends Statement>(statements: readonly S[], options: ClusterOptions = {}): Cluster<S>[] {
  const threshold = options.threshold ?? 0.12;
  // Greedy clustering is quadratic: beyond maxStatements the rest joins the leftovers unexamined.
  const max = options.maxStatements ?? 500;
  const terms = statements.slice(0, max).map((s) => salientStems(s.text));
  const groups: number[][] = [];
  terms.forEach((t, i) => {
    let best = -1;
    let bestSim = threshold;
    groups.forEach((members, g) => {
      const sim = members.reduce((sum, m) => sum + jaccard(t, terms[m] ?? new Set()), 0) / members.length;
      if (sim >= bestSim) {
        best = g;
        bestSim = sim;
      }
    });
    if (best >= 0) groups[best]?.push(i);
    else groups.push([i]);
  });

  const pick = (idx: readonly number[]) => idx.map((i) => statements[i]).filter((s): s is S => s !== undefined);
  const real = groups.filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
  const leftovers = [...groups.filter((g) => g.length === 1).flat(), ...statements.slice(max).map((_, i) => max + i)];
  const out: Cluster<S>[] = real.map((g) => ({ label: labelFor(pick(g), terms, g, options.labelWords ?? 3), statements: pick(g) }));
  if (leftovers.length > 0) out.push({ label: 'miscellaneous', statements: pick(leftovers) });
  return out;
}

/** The stems most members share, shown in their most common spelling. */
function labelFor(members: readonly Statement[], terms: readonly Set<string>[], idx: readonly number[], words: number): string {
  const df = new Map<string, number>();
  for (const i of idx) for (const t of terms[i] ?? []) df.set(t, (df.get(t) ?? 0) + 1);
  const spelling = new Map<string, Map<string, number>>();
  for (const s of members) {
    for (const tok of tokenize(s.text)) {
      if (!df.has(tok.stem)) continue;
      const forms = spelling.get(tok.stem) ?? new Map<string, number>();
      forms.set(tok.raw, (forms.get(tok.raw) ?? 0) + 1);
      spelling.set(tok.stem, forms);
    }
  }
  const shown = (stem: string) => [...(spelling.get(stem) ?? new Map([[stem, 1]]))].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stem;
  // Common words describe a topic better than names: capitalised words sort after them at equal counts.
  const proper = (stem: string) => (/^\p{Lu}/u.test(shown(stem)) ? 1 : 0);
  const top = [...df]
    .filter(([, n]) => n > 1)
    .sort(([a, x], [b, y]) => y - x || proper(a) - proper(b) || b.length - a.length || a.localeCompare(b))
    .slice(0, words)
    .map(([stem]) => shown(stem));
  return top.length > 0 ? top.join(', ') : 'miscellaneous';
}
