// Stage 4, the source a relay quotes: "Interfax quoted Peskov as saying", "RIA Novosti cited a “diplomatic source in
// Moscow” as saying", "Peskov was quoted by RIA Novosti as saying" (the frame: quotedAsSayingFrame in frames-around.ts);
// the one a live blog hands over to ("More on that from BBC Weather's Owain Rees:"); and the person an object pronoun
// stands for ("KCNA quoted him as saying", "according to him").
import { PASSIVE_AUXILIARIES, PRESENTING_OPENERS } from './lexicon-clauses.ts';
import { analyseMention, isNpToken, isPossessive, type Mention, skipInterveningBack, trimNp } from './mentions.ts';
import { retoken } from './phrase-tokens.ts';
import { tokenize } from './segment.ts';
import { subjectBefore } from './speaker-before.ts';
import { npBackFrom } from './speaker-phrase.ts';
import { isQuote, type Item } from './units.ts';

/** The subject of "X was quoted (by Y) as saying": `as` is at index asAt. */
export function quotedAsSaying(items: readonly Item[], asAt: number, text: string): Mention | null {
  for (let k = asAt - 1; k > 0 && asAt - k < 12; k--) {
    if (!/^(quoted|cited)$/.test((items[k] as Item).lower)) continue;
    const aux = items[k - 1] as Item;
    if (!PASSIVE_AUXILIARIES.has(aux.lower)) {
      // active: "Interfax quoted Peskov as saying": the speaker stands between "quoted" and "as"
      // (up to an aside's comma: "quoted one farmer, identified only as Bahodir, as saying")
      const comma = items.findIndex((t, n) => n > k && n < asAt && t.text === ',');
      const between = items.slice(k + 1, comma > k + 1 ? comma : asAt);
      const np = trimNp(between);
      // ("cited a “diplomatic source in Moscow” as saying": the source in quotation marks, read inside them)
      const q = between.length <= 2 && isQuote(between[between.length - 1]) ? (between[between.length - 1] as Item).quote : undefined;
      if (q) return analyseMention(trimNp(tokenize(text.slice(q.innerStart, q.innerEnd), q.innerStart).filter((t) => t.word)), text);
      // ("KCNA quoted him as saying": the person an object pronoun stands for)
      const pronoun = between.length === 1 ? objectPronounAt(items, k + 1, text) : null;
      if (pronoun) return pronoun.mention;
      return np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(np, text) : null;
    }
    const np = npBackFrom(items, skipInterveningBack(items, k - 1));
    if (np) return analyseMention(np.tokens, text);
    // "Rolandas Petkus, who led the country …, is quoted in … as saying": the speaker before the aside
    return subjectBefore(items, k - 1, text)?.mention ?? null;
  }
  return null;
}

/**
 * "More on that from BBC Weather's Owain Rees:", "Here's more from our political editor Chris Mason:": a live blog or a
 * bulletin handing over to someone whose words follow the colon; that one, after "from" (null when the unit is not so).
 */
export function handedOverTo(items: readonly Item[], text: string): Mention | null {
  if (items[items.length - 1]?.text !== ':') return null;
  const more = items.slice(0, 3).findIndex((t) => t.lower === 'more');
  if (more < 0 || (more > 0 && !PRESENTING_OPENERS.has((items[0] as Item).lower))) return null;
  const from = items.findIndex((t, k) => k > more && k <= more + 4 && t.lower === 'from');
  const np = from > 0 ? trimNp(items.slice(from + 1, -1)) : [];
  const m = np.length > 0 && np.every((t) => isNpToken(t) || isPossessive(t)) ? analyseMention(np, text) : null;
  return m && (m.kind === 'name' || m.kind === 'role') ? m : null;
}

/** "according to him" / "in her words": an object pronoun standing for its subject form. */
export function objectPronounAt(items: readonly Item[], at: number, text: string): { mention: Mention; end: number } | null {
  const t = items[at];
  const subjectForm: Record<string, string> = { him: 'he', her: 'she', them: 'they', his: 'he', their: 'they' };
  const form = t ? subjectForm[t.lower] : undefined;
  if (!t || !form) return null;
  const m = analyseMention([retoken(t, form, form, t.end)], text);
  return m ? { mention: { ...m, text: t.text }, end: at + 1 } : null;
}
