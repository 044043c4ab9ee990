// Stage 5, frames: the attribution constructions matched in one unit. The order of the table in frame-table.ts is
// the order of preference; each frame has an id, a reason and examples that run as tests.
import type { StatementKind } from '../model.ts';
import { STANCE_NOUNS, contentEnd, contentStartAfter, isFrameTail, objectEnd } from './content.ts';
import { PARTICIPLE, afterAddressee, cueAt, insideQuestion } from './cues.ts';
import { FINAL_POSITION_CUES, INFINITIVE_CUES, OBJECT_CUES, PRONOUNS, WEAK_CUES } from './lexicon.ts';
import { analyseMention, isCapitalised, isNpToken, isPossessive, trimNp, type Mention } from './mentions.ts';
import type { Quote, Token } from './segment.ts';
import { clauseSubject, issuerOf, lastMentionOrSubject, objectPronounAt, quotedAsSaying, startsClause, subjectAfter } from './speaker-after.ts';
import { MAX_NP, npBackFrom, subjectBefore } from './speaker-before.ts';
import { isQuote, kindOf, partsOf, wordsIn, type Item, type Unit } from './units.ts';

export interface Found {
  kind: StatementKind;
  mention: Mention;
  cue: string;
  /** Content spans in the document (several for a quote split around its cue). */
  parts: { start: number; end: number; quote?: Quote }[];
  /** Item range of the attribution frame, for the statement date. */
  frameText: string;
  unit: Unit;
  speakerOverride?: string | null;
  /** "Zelensky added:" closing its paragraph: no content here, the speaker of the quotation that follows. */
  announce?: true;
  /** The content is the cue's object alone ("endorsed Mr. Trump"): a stance, no words of the source's. */
  object?: true;
}

/** Finds the statements of one unit. */
export function findInUnit(unit: Unit, text: string): Found[] {
  const items = unit.items;
  const found: Found[] = [];
  const frame = (a: number, b: number): string => text.slice((items[a] as Item | undefined)?.start ?? unit.start, (items[Math.min(b, items.length) - 1] as Item | undefined)?.end ?? unit.end);
  let consumedUntil = -1;
  let lastMention: Mention | null = null;

  for (let i = 0; i < items.length; i++) {
    if (i < consumedUntil) continue;
    const t = items[i] as Item;

    // "according to X, C" / "C, according to X"
    if (t.lower === 'according' && (items[i + 1] as Item | undefined)?.lower === 'to') {
      const subj = issuerOf(items, subjectAfter(items, i + 2, text) ?? objectPronounAt(items, i + 2, text), text);
      if (!subj) continue;
      let cs: number;
      let ce: number;
      if ((items[subj.end] as Item | undefined)?.text === ',' && wordsIn(items, subj.end + 1, items.length) >= 3 && (i === 0 || (items[i - 1] as Item).text === ',' && wordsIn(items, 0, i) < 3)) {
        cs = subj.end + 1;
        ce = contentEnd(items, cs);
      } else {
        cs = 0;
        ce = i > 0 && (items[i - 1] as Item).text === ',' ? i - 1 : i;
      }
      if (wordsIn(items, cs, ce) < 3) continue;
      // "“…,” Shoigu told officials, according to the ministry": the ministry relays, Shoigu speaks
      if (found.length > 0 && cs < consumedUntil) continue;
      found.push({ kind: kindOf(items, cs, ce), mention: subj.mention, cue: 'according to', parts: partsOf(items, cs, ce), frameText: frame(i, subj.end), unit });
      lastMention = subj.mention;
      consumedUntil = Math.max(subj.end, ce);
      continue;
    }

    const cue = cueAt(items, i);
    if (!cue) continue;
    // "Asked whether the administration believed Iran had …, Corrigan said …": the question's verbs report nothing
    if (insideQuestion(items, i)) continue;
    const participle = PARTICIPLE.test(t.text);
    if (participle) {
      const prev = items[i - 1] as Item | undefined;
      // "Peskov was quoted by RIA Novosti as saying that …"
      if (prev?.lower === 'as') {
        const quoted = quotedAsSaying(items, i - 1, text);
        const start = quoted ? contentStartAfter(items, cue.next, cue.lemma) : null;
        const ce = start ? contentEnd(items, start.start) : -1;
        if (quoted && start && wordsIn(items, start.start, ce) >= 2 && !isFrameTail(items, start.start, ce)) {
          found.push({ kind: kindOf(items, start.start, ce), mention: quoted, cue: 'quoted as saying', parts: partsOf(items, start.start, ce), frameText: frame(0, start.start), unit });
          lastMention = quoted;
          consumedUntil = ce;
        } else if (quoted) {
          // "“…,” Slutsky was quoted as saying by the Izvestia daily.": the quotation before the speaker
          const qi = quoted.start > 0 ? items.findIndex((x) => x.start === quoted.start) : -1;
          const q = qi > 0 ? (isQuote(items[qi - 1]) ? items[qi - 1] : (items[qi - 1] as Item).text === ',' && isQuote(items[qi - 2]) ? items[qi - 2] : undefined) : undefined;
          if (q?.quote && !found.some((f) => f.parts.some((x) => x.quote === q.quote))) {
            found.push({ kind: 'direct', mention: quoted, cue: 'quoted as saying', parts: [{ start: q.quote.innerStart, end: q.quote.innerEnd, quote: q.quote }], frameText: frame(qi, items.length), unit });
            lastMention = quoted;
            consumedUntil = items.length;
          }
        }
        continue;
      }
      // "…, with leader Mark Thorburn saying the target had become …": the phrase after "with" speaks
      if (/^(saying|arguing|warning|insisting|claiming)$/.test(t.lower)) {
        const np = npBackFrom(items, i);
        const w = np ? items[np.start - 1] : undefined;
        const m = np && w?.lower === 'with' ? analyseMention(np.tokens, text) : null;
        const start = m && m.kind !== 'pronoun' ? contentStartAfter(items, cue.next, cue.lemma) : null;
        if (m && start) {
          const ce = contentEnd(items, start.start);
          if (wordsIn(items, start.start, ce) >= 3) {
            found.push({ kind: kindOf(items, start.start, ce), mention: m, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '', unit });
            consumedUntil = ce;
            continue;
          }
        }
      }
      // ", adding that …" continues the sentence's speaker; so does "issued a statement saying …";
      // other -ing forms are not attributions
      const document = /^(saying|stating|arguing|warning|claiming)$/.test(t.lower) && items.slice(Math.max(0, i - 8), i).some((x) => /^(statement|explanation|letter|message|post|video|note|tweet|memo|release|readout|communique|op-ed|email|filing|notice|opinion)$/.test(x.lower)) && !items.slice(Math.max(0, i - 8), i).some((x) => x.text === ',' || isQuote(x));
      if ((prev?.text !== ',' && prev?.lower !== 'and' && !document) || !lastMentionOrSubject(found, items, text, lastMention)) continue;
      const start = contentStartAfter(items, cue.next, cue.lemma);
      if (!start) continue;
      const ce = contentEnd(items, start.start);
      if (wordsIn(items, start.start, ce) < 3) continue;
      // "…; a second aide disputed that, saying …": the subject of the participle's own clause
      const mention = clauseSubject(items, i, text) ?? (lastMentionOrSubject(found, items, text, lastMention) as Mention);
      found.push({ kind: kindOf(items, start.start, ce), mention, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '', unit });
      consumedUntil = ce;
      continue;
    }

    let subj = subjectBefore(items, i, text);
    // "Abdelatty thanked Moscow for … and said Cairo was counting on …": the sentence's subject
    if (!subj && t.text !== 'saying' && (items[i - 1] as Item | undefined)?.lower === 'and' && found.length === 0) {
      const m = lastMentionOrSubject(found, items, text, lastMention);
      if (m && m.kind !== 'pronoun') subj = { mention: m, start: 0 };
    }
    if (subj) {
      const before = subj.start - 1;
      const prevItem = items[before];
      // "told reporters", "told TASS on Tuesday": the addressee is part of the frame
      const frameFrom = afterAddressee(items, cue, text);
      // 1) "“Q,” X said" — the quote right before the speaker
      const quoteBefore = prevItem && isQuote(prevItem) ? before : prevItem?.text === ',' && isQuote(items[before - 1]) ? before - 1 : -1;
      // a quotation already inside an earlier statement of this sentence is not this speaker's
      if (quoteBefore >= 0 && quoteBefore >= consumedUntil) {
        const q = (items[quoteBefore] as Item).quote as Quote;
        const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
        let after = cue.next;
        // skip frame after the cue up to a split continuation: “A,” he said, “B.”
        let k = after;
        while (k < items.length && !isQuote(items[k]) && (items[k] as Item).text !== '.' && k - after < 25) k++;
        // "“A,” Biden told reporters, “and B.”"
        if (isQuote(items[k]) && (items[k - 1] as Item).text === ',' && (k === after + 1 || k - 1 === frameFrom || isFrameTail(items, frameFrom, k - 1))) {
          const q2 = (items[k] as Item).quote as Quote;
          parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
          after = k + 1;
        }
        // earlier quotes in the same unit that run straight into this one ("“A.” “B,” he said")
        let qb = quoteBefore - 1;
        while (qb >= 0 && isQuote(items[qb])) {
          const q0 = (items[qb] as Item).quote as Quote;
          parts.unshift({ start: q0.innerStart, end: q0.innerEnd, quote: q0 });
          qb--;
        }
        const frameEnd = contentEnd(items, cue.next);
        found.push({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts, frameText: frame(subj.start, frameEnd), unit });
        lastMention = subj.mention;
        consumedUntil = after;
        continue;
      }
      // "Zelensky told reporters:" at the end of its paragraph: the quotation comes in the next one
      const colonAt = items.length - 1;
      if ((items[colonAt] as Item).text === ':' && colonAt >= cue.next && colonAt - cue.next <= 12 && startsClause(items, subj.start) && isFrameTail(items, frameFrom, colonAt)) {
        found.push({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts: [], frameText: frame(subj.start, colonAt), unit, announce: true });
        break;
      }
      // 2) "X said (that) C"
      const cs = contentStartAfter(items, cue.next, cue.lemma);
      if (cs) {
        let ce = contentEnd(items, cs.start);
        const n = wordsIn(items, cs.start, ce);
        const hasQuote = items.slice(cs.start, ce).some((x) => x.quote !== undefined && !x.quote.single);
        // "expressed concern over …", "voiced hope that …": the stance noun carries the statement
        const stance = cue.lemma === 'express' && STANCE_NOUNS.test(items[cs.start]?.lower ?? '');
        // "asked Hale whether Biden won": a reported question states nothing
        // "asked Zakharova to comment on …": a request for words, not words
        const question = /^(ask|question|wonder|inquire|enquire|press)$/.test(cue.lemma) && items.slice(cs.start, cs.start + 7).some((x, k, a) => /^(whether|if|why|what|how|when|who|where|which)$/.test(x.lower) || (x.lower === 'to' && /^(comment|respond|explain|clarify|elaborate|confirm|say|answer|react)$/.test(a[k + 1]?.lower ?? '')));
        // "who asked that her surname not be used": a condition of anonymity, not a statement
        const anonymityOnly = /^(ask|request|demand)$/.test(cue.lemma) && /\b(name|surname|identity)\b.{0,40}\bnot be (used|published|disclosed|identified|given|named)\b/i.test(text.slice(items[cs.start]?.start ?? 0, items[Math.min(ce, items.length) - 1]?.end ?? 0));
        // "Critics have long warned about the risks": a topic, not a proposition
        const topicOnly = /^(about|on)$/.test(items[cs.start]?.lower ?? '') && !hasQuote && !cs.that;
        const infinitive = INFINITIVE_CUES.has(cue.lemma) && items[cs.start]?.lower === 'to';
        const object = OBJECT_CUES.has(cue.lemma) && !infinitive && cs.start === cue.next;
        // "a new poll shows the governor trailing": what a poll, report or study finds
        const finding = (cue.lemma === 'show' || cue.lemma === 'find') && subj.mention.institution === true;
        const weakOk = !question && !topicOnly && !anonymityOnly && (!WEAK_CUES.has(cue.lemma) || cs.that || hasQuote || stance || infinitive || object || finding || ['call', 'point', 'appeal', 'urge'].includes(cue.lemma));
        // "a move that Ukrainian officials said would help them …": a relative clause around the cue
        const opensWithVerb = /^(would|will|could|can|should|might|may|must|was|were|is|are|had|has|have)$/.test(items[cs.start]?.lower ?? '');
        const relative = /^(that|which)$/.test(items[subj.start - 1]?.lower ?? '') && opensWithVerb;
        // "a move rights groups said would …": the relative has no "that"; the head noun is not the speaker
        if (opensWithVerb && !relative && /^(a|an|the)$/.test(items[subj.start]?.lower ?? '') && items[subj.start + 2]) {
          const rest = trimNp(items.slice(subj.start + 2, i));
          const m2 = rest.length > 0 && /^[a-z]/.test(items[subj.start + 1]?.text ?? '') ? analyseMention(rest, text) : null;
          if (m2 && m2.kind !== 'pronoun') subj.mention = m2;
        }
        if (n >= (infinitive || object ? 2 : 3) && weakOk && (startsClause(items, subj.start) || relative)) {
          // "endorsed Mr. Trump at a news conference": an object ends where its frame begins
          const bare = object && !cs.that && !hasQuote;
          if (bare) ce = objectEnd(items, cs.start, ce);
          found.push({ kind: kindOf(items, cs.start, ce), mention: subj.mention, cue: cue.cue, parts: partsOf(items, cs.start, ce), frameText: frame(0, cs.start), unit, ...(bare ? { object: true as const } : {}) });
          lastMention = subj.mention;
          consumedUntil = ce;
          continue;
        }
      }
      // 3) "C, X said [on Friday]."
      const tailEnd = contentEnd(items, cue.next);
      if (prevItem?.text === ',' && FINAL_POSITION_CUES.has(cue.lemma) && isFrameTail(items, frameFrom, tailEnd)) {
        const cStart = 0;
        // "But at a thanksgiving service in Kiritiri, Kindiki hit back at the opposition.": an opener is no content
        const opener = /^(at|in|on|during|after|before|speaking|addressing|asked|meanwhile|later|earlier)$/.test(items[(items[0] as Item).lower === 'but' || (items[0] as Item).lower === 'and' ? 1 : 0]?.lower ?? '');
        if (wordsIn(items, cStart, before) >= 3 && !(opener && !items.slice(cStart, before).some((x) => isQuote(x)) && before <= 12)) {
          found.push({ kind: kindOf(items, cStart, before), mention: subj.mention, cue: cue.cue, parts: partsOf(items, cStart, before), frameText: frame(subj.start, tailEnd), unit });
          lastMention = subj.mention;
          consumedUntil = tailEnd;
          continue;
        }
      }
      // 3b) "But that, he said, was an argument for reform": the cue parenthetical inside the clause
      if (prevItem?.text === ',' && (items[cue.next] as Item | undefined)?.text === ',' && FINAL_POSITION_CUES.has(cue.lemma) && subj.start - 1 >= 1 && subj.start - 1 <= 8 && found.length === 0) {
        const ce = contentEnd(items, cue.next + 1);
        const head = partsOf(items, 0, before);
        const tail = partsOf(items, cue.next + 1, ce);
        if (head.length > 0 && tail.length > 0 && wordsIn(items, cue.next + 1, ce) >= 2 && !isQuote(items[cue.next + 1])) {
          found.push({ kind: kindOf(items, 0, ce), mention: subj.mention, cue: cue.cue, parts: [...head, ...tail], frameText: frame(subj.start, cue.next), unit });
          lastMention = subj.mention;
          consumedUntil = ce;
          continue;
        }
      }
      continue;
    }

    // 4) "“Q,” said X" / "C, said X" / "C, says the statement"
    const prev = items[i - 1];
    if (prev && (prev.text === ',' || isQuote(prev)) && FINAL_POSITION_CUES.has(cue.lemma)) {
      const sa = issuerOf(items, subjectAfter(items, cue.next, text), text);
      if (!sa) continue;
      const qi = isQuote(prev) ? i - 1 : isQuote(items[i - 2]) ? i - 2 : -1;
      // "“A,” said Miles Okafor, a former county clerk who …, “and B.”": the quotation goes on after the appositive
      let more = -1;
      if (qi >= 0) {
        for (let k = sa.end + 1; k < items.length && k - sa.end <= 40; k++) {
          if (!isQuote(items[k])) continue;
          if ((items[k - 1] as Item).text === ',' && isFrameTail(items, sa.end, k - 1) && isFrameTail(items, k + 1, items.length)) more = k;
          break;
        }
      }
      const tailEnd = more > 0 ? items.length : contentEnd(items, sa.end);
      if (more < 0 && !isFrameTail(items, sa.end, tailEnd)) continue;
      if (qi >= 0) {
        const q = (items[qi] as Item).quote as Quote;
        const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
        const q2 = more > 0 ? (items[more] as Item).quote : undefined;
        if (q2) parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
        found.push({ kind: 'direct', mention: sa.mention, cue: cue.cue, parts, frameText: frame(i, tailEnd), unit });
      } else {
        const cStart = 0;
        if (wordsIn(items, cStart, i - 1) < 3) continue;
        found.push({ kind: kindOf(items, cStart, i - 1), mention: sa.mention, cue: cue.cue, parts: partsOf(items, cStart, i - 1), frameText: frame(i, tailEnd), unit });
      }
      lastMention = sa.mention;
      consumedUntil = tailEnd;
    }
  }
  if (found.length === 0) {
    const colon = colonQuote(items, text, unit) ?? inTheirWords(items, text, unit) ?? dashAttribution(items, text, unit);
    if (colon) found.push(colon);
  }
  return found;
}

/**
 * "Claim: “Gas prices have doubled.” — Doug Carver", "“…” — Mike Lee (@SenMikeLee)": a quotation signed
 * with a dash and a name at the end of its sentence.
 */
export function dashAttribution(items: readonly Item[], text: string, unit: Unit): Found | null {
  const dash = items.findIndex((t, k) => k > 0 && /^[—–]$/.test(t.text) && (isQuote(items[k - 1]) || (items[k - 1] as Item).text === '.' && isQuote(items[k - 2])));
  if (dash < 0) return null;
  let e = dash + 1;
  while (e < items.length && e - dash <= 6 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e === dash + 1) return null;
  // nothing after the name but a handle, a date or a full stop
  if (items.slice(e).some((t) => isQuote(t)) || items.length - e > 12) return null;
  const m = analyseMention(items.slice(dash + 1, e), text);
  if (!m || m.kind !== 'name') return null;
  // "Claim: …": a label before the words is not part of them
  let s = 0;
  const colon = items.findIndex((t, k) => k < 4 && t.text === ':');
  if (colon >= 0 && colon < dash - 1) s = colon + 1;
  const end = isQuote(items[dash - 1]) ? dash : dash - 1;
  if (wordsIn(items, s, end) < 3) return null;
  return { kind: kindOf(items, s, end), mention: m, cue: '—', parts: partsOf(items, s, end), frameText: '', unit };
}

/** "In his words, “…”" / "As she put it, …": the quotation belongs to the pronoun's antecedent. */
export function inTheirWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  const w = items.slice(0, 5).map((t) => t.lower).join(' ');
  const m = /^(in (his|her|their) (own )?words|as (he|she|they) put it) ,/.exec(w);
  if (!m) return namedWords(items, text, unit);
  const pronounAt = items.findIndex((t) => /^(his|her|their|he|she|they)$/.test(t.lower));
  const p = objectPronounAt(items, pronounAt, text) ?? (items[pronounAt] ? { mention: analyseMention([items[pronounAt] as Item], text), end: pronounAt + 1 } : null);
  if (!p?.mention) return null;
  const start = items.findIndex((t) => t.text === ',') + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: p.mention, cue: m[1] ?? '', parts: partsOf(items, start, ce), frameText: '', unit };
}

/** "In Kalb's words, …" / "As Mendez put it, …": the same with a name. */
export function namedWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  const comma = items.findIndex((t, k) => k < 18 && t.text === ',');
  if (comma < 3) return null;
  const head = items.slice(0, comma);
  let np: Item[] = [];
  let cue = '';
  if (head[0]?.lower === 'in' && /^words$/.test(head[head.length - 1]?.lower ?? '')) {
    // "In Kalb's words", "In the governor's own words"
    np = head.slice(1, head[head.length - 2]?.lower === 'own' ? -2 : -1);
    const last = np[np.length - 1];
    if (!last || !isPossessive(last)) return null;
    np = [...np.slice(0, -1), { ...last, text: last.text.replace(/[’']s?$/, ''), end: last.end - (last.text.length - last.text.replace(/[’']s?$/, '').length) }];
    cue = 'in … words';
  } else if (head[0]?.lower === 'as' && head.findIndex((t, k) => t.lower === 'it' && /^(put|said|told|wrote)$/.test(head[k - 1]?.lower ?? '')) > 2) {
    // "As Dana Kroll put it to the crowd in Toledo, …"
    np = head.slice(1, head.findIndex((t, k) => t.lower === 'it' && /^(put|said|told|wrote)$/.test(head[k - 1]?.lower ?? '')) - 1);
    cue = 'as … put it';
  } else return null;
  const m = np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(trimNp(np), text) : null;
  if (!m || m.kind === 'pronoun') return null;
  const start = comma + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: m, cue, parts: partsOf(items, start, ce), frameText: '', unit };
}

/** "Lavrov was blunt: “We will respond.”" — a quotation introduced by a colon after its speaker's clause. */
export function colonQuote(items: readonly Item[], text: string, unit: Unit): Found | null {
  const qi = items.findIndex((t, k) => t.quote !== undefined && !t.quote.single && k > 1 && k < 14 && (items[k - 1] as Item).text === ':');
  if (qi < 0) return null;
  let e = 0;
  while (e < qi && e < MAX_NP && (items[e] as Item).word && (isCapitalised(items[e] as Token) || PRONOUNS.has((items[e] as Token).lower))) e++;
  if (e === 0 || e >= qi - 1) return null;
  const m = analyseMention(items.slice(0, e), text);
  if (!m || (m.kind !== 'name' && m.kind !== 'pronoun') || m.institution) return null;
  const q = (items[qi] as Item).quote as Quote;
  const cue = text.slice((items[e] as Item).start, (items[qi - 2] as Item).end).trim();
  if (!cue || cue.split(/\s+/).length > 8) return null;
  return { kind: 'direct', mention: m, cue, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: cue, unit };
}
