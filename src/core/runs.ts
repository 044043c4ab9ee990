// A speaker's run of quoted paragraphs is stored one statement per paragraph (so search finds the paragraph
// that matches and scores line up with per-paragraph labels); these helpers put a run back together.
import type { Statement } from './model.ts';

/** The run's paragraphs joined into one statement (the first paragraph's fields, the whole text and span). */
export function joinRun(parts: readonly Statement[]): Statement {
  const sorted = [...parts].sort((a, b) => (a.run?.part ?? 0) - (b.run?.part ?? 0));
  const first = sorted[0];
  if (!first) throw new Error('joinRun: an empty run');
  if (sorted.length === 1) return first;
  const last = sorted[sorted.length - 1] as Statement;
  return { ...first, id: first.run?.id ?? first.id, text: sorted.map((s, k) => (k < sorted.length - 1 && !/[.!?…:;"”’)]$/.test(s.text) && /^\p{Lu}/u.test(sorted[k + 1]?.text ?? '') ? `${s.text}.` : s.text)).join(' '), span: [first.span[0], last.span[1]], run: null };
}

/** Statements in order with each run's paragraphs joined where the first of them stands. */
export function joinRuns(statements: readonly Statement[]): Statement[] {
  const byRun = new Map<string, Statement[]>();
  for (const s of statements) if (s.run) byRun.set(s.run.id, [...(byRun.get(s.run.id) ?? []), s]);
  const out: Statement[] = [];
  const done = new Set<string>();
  for (const s of statements) {
    if (!s.run) out.push(s);
    else if (!done.has(s.run.id)) {
      done.add(s.run.id);
      out.push(joinRun(byRun.get(s.run.id) ?? [s]));
    }
  }
  return out;
}
