// Frames at "according to", at a cue in -ing form, and at a cue with its speaker after it.
import { askedOf, questionAfterAddressee } from './frames-asked.ts';
import { afterDateline, contentEnd, contentStartAfter, isFrameTail, quotationOfClosingSpeaker } from './content.ts';
import { leadIn } from './content-lead.ts';
import { mannerContentOk } from './manner.ts';
import { secondCueBefore } from './content-asides.ts';
import { cueWithin, PARTICIPLE } from './cues.ts';
import { cueAfterAside, type Found, type Scan, type Verdict } from './frames.ts';
import { CUE_FORMS, FINAL_POSITION_CUES, FINITE_VERBS, MANNER_CUES, QUESTION_CUES, ROLE_NOUNS, TAIL_STARTERS, WEAK_CUES } from './lexicon.ts';
import { beHaveOrModal, isVerbLike } from './content-clauses.ts';
import { ANNOUNCING_PARTICIPLES, GROUNDS_PARTICIPLES, NARRATIVE_SUBJECTS, WITH_STRICT_CUES, BE_FORMS, PERCEPTION_VERBS, DURATION_WORDS, APPOSITIVE_OPENERS, AUXILIARIES, CLAUSE_BEGUN, MODALS, NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, PARTICIPLE_LINKS, PAST_LIKE_BASE, RELATIVE_PRONOUNS, SAYING_PARTICIPLES, SUBORDINATORS, WITH_WEAK_CUES } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, FEMALE_HEADS, ISSUER_PREPOSITIONS, MALE_HEADS, PERSON_NOUNS, RELATION_NOUNS, WRITTEN_WORKS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, type Mention, writtenRole } from './mentions.ts';
import { documentIssuer, inAside } from './documents.ts';
import { namesFinding } from './findings.ts';
import { SAME_FORM_PASTS } from './lexicon-frames.ts';
import type { Quote, Token } from './segment.ts';
import { cannotSpeak, clauseSubject, issuerOf, lastMentionOrSubject, subjectAfter } from './speaker-after.ts';
import { objectPronounAt } from './speaker-quoted.ts';
import { quotedAsSaying } from './speaker-quoted.ts';
import { npBackFrom, startsClause } from './speaker-phrase.ts';
import { approximatorPairAt } from './phrase-tokens.ts';
import { isQuote, kindOf, MAX_NP, partsOf, quotedComma, type Item, wordsIn } from './units.ts';

/** "according to X, C" / "C, according to X". */
export function accordingTo(s: Scan): Verdict {
  const { items, text, i } = s;
  // ("according to him", but not "according to his physician": a possessive is no source)
  const pronoun = items[i + 3]?.word ? null : objectPronounAt(items, i + 2, text);
  let found = issuerOf(items, subjectAfter(items, i + 2, text) ?? pronoun, text) ?? sourceAsWritten(items, i + 2, text);
  // ("And it has not gone unnoticed: According to recent polls, …": a colon or a dash opens a sentence too)
  const initial = i === 0 || (i === 1 && NEW_CLAUSE_CONJUNCTIONS.has((items[0] as Item).lower)) || ((items[i - 1] as Item).text === ',' && wordsIn(items, 0, i) < 3) || /^[:—–(]$/.test((items[i - 1] as Item).text);
  // "According to a Reuters/Ipsos poll, …", "According to a 2016 study by Pew based on census data, …": at the
  // start of a sentence, the source runs to its comma
  const comma = initial ? sourceComma(items, i + 2) : -1;
  // (not "According to Lavrov on Monday, …": a name and its frame keep the name)
  // (nor "According to Sperry, while Mateen’s role was limited …, it is unclear …": a subordinate clause opens the content)
  const framed = found !== null && (found.mention.kind === 'name' || found.mention.kind === 'pronoun') && !SUBORDINATORS.has(items[found.end + 1]?.lower ?? '') && isFrameTail(items, found.end, comma);
  if (comma > 0 && framed && found) found = { mention: found.mention, end: comma };
  else if (comma > 0 && (!found || sourceClauseEnd(items, found.end) < comma)) found = phraseAsWritten(items, i + 2, comma, text);
  if (!found) return null;
  // "According to cables that were later released by WikiLeaks, …", "According to letters from Jane Doyle, a friend
  // of the senator, …": a relative clause or an appositive about the source is part of the source's phrase
  const subj = { mention: found.mention, end: sourceClauseEnd(items, found.end) };
  let cs: number;
  let ce: number;
  let head: Found['parts'] = [];
  // ("According to HuffPo: “…”": a colon after the source opens the content too)
  if (/^[,:]$/.test(items[subj.end]?.text ?? '') && wordsIn(items, subj.end + 1, items.length) >= 3 && initial) {
    cs = subj.end + 1;
    ce = contentEnd(items, cs);
    // ("(According to the police, it keeps no records) and …": a bracketed aside ends at its bracket)
    const close = items[i - 1]?.text === '(' ? items.findIndex((x, k) => k >= cs && k < ce && x.text === ')') : -1;
    if (close > 0) ce = close;
    // "The deal, according to officials, includes a ceasefire": the subject before the aside is the content's
    if (i > 1 && (items[i - 1] as Item).text === ',' && NOUN_DETERMINERS.has((items[0] as Item).lower)) head = partsOf(items, 0, i - 1);
  } else {
    // (past a dateline or a section's label: "Zoom in: Fernhop's busiest route …, according to the company")
    cs = Math.min(afterDateline(s.unit, s.text), i);
    ce = i > 0 && (items[i - 1] as Item).text === ',' ? i - 1 : i;
  }
  // "But the next day, according to Roffman, Trump made further demands": an aside inside the clause, which goes on
  const rest = cs === 0 && ce === i - 1 ? clauseAfterAside(items, subj.end) : -1;
  if (wordsIn(items, cs, ce) + (rest > 0 ? wordsIn(items, subj.end + 1, rest) : 0) < 3) return null;
  // ("The AP reported that, according to an analysis …, C": the words before are a frame, not a claim)
  if (cs === 0 && items[ce - 1]?.lower === 'that') return null;
  // "“…,” Shoigu told officials, according to the ministry": the ministry relays, Shoigu speaks
  if (s.found.length > 0 && cs < s.consumedUntil) return null;
  const parts = rest > 0 ? [...partsOf(items, cs, ce), ...partsOf(items, subj.end + 1, rest)] : [...head, ...partsOf(items, cs, ce)];
  const end = rest > 0 ? rest : ce;
  // ("according to a Military Times survey": what a poll, report or record finds)
  const act = namesFinding(subj.mention.text) ? { act: 'found' as const } : {};
  return s.add({ kind: kindOf(items, head.length > 0 ? 0 : cs, end), mention: subj.mention, cue: 'according to', parts, frameText: s.frameText(i, subj.end), ...act }, Math.max(subj.end, end), subj.mention);
}

/** "Peskov was quoted by RIA Novosti as saying that …", "“…,” Slutsky was quoted as saying by the Izvestia daily." */
export function quotedAsSayingFrame(s: Scan): Verdict {
  const { items, text, i, cue } = s;
  if (items[i - 1]?.lower !== 'as') return null;
  const quoted = quotedAsSaying(items, i - 1, text);
  if (!quoted) return 'next';
  const start = contentStartAfter(items, cue.next, cue.lemma);
  const ce = start ? contentEnd(items, start.start) : -1;
  if (start && wordsIn(items, start.start, ce) >= 2 && !isFrameTail(items, start.start, ce)) {
    return s.add({ kind: kindOf(items, start.start, ce), mention: quoted, cue: 'quoted as saying', parts: partsOf(items, start.start, ce), frameText: s.frameText(0, start.start) }, ce, quoted);
  }
  // the quotation before the speaker
  const qi = quoted.start > 0 ? items.findIndex((x) => x.start === quoted.start) : -1;
  // ('“…,” the release quoted Bostick as saying': or before the active verb's subject)
  const q = qi > 0 ? (isQuote(items[qi - 1]) ? items[qi - 1] : (items[qi - 1] as Item).text === ',' && isQuote(items[qi - 2]) ? items[qi - 2] : quoteBeforeSubject(items, i)) : undefined;
  if (q?.quote && !s.found.some((f) => f.parts.some((x) => x.quote === q.quote))) {
    s.add({ kind: 'direct', mention: quoted, cue: 'quoted as saying', parts: [{ start: q.quote.innerStart, end: q.quote.innerEnd, quote: q.quote }], frameText: s.frameText(qi, items.length) }, items.length, quoted);
  }
  return 'next';
}

/**
 * "responded by calling the city's position “a political stunt”": naming something with a quotation reports words (not
 * a title after a preposition: "calling a reporter from “The Daily Beast” to complain"; a call "on" or "for" with its
 * particle is a request, whatever follows).
 */
function namesWithQuotation(items: readonly Item[], cue: { cue: string; lemma: string }, form: Item, from: number): boolean {
  if (cue.lemma !== 'call') return false;
  const q = items.findIndex((x, k) => k >= from && k < from + 10 && isQuote(x));
  return q >= from && (cue.cue !== form.text || !TAIL_STARTERS.has(items[q - 1]?.lower ?? ''));
}

/** The quotation that opens a sentence before "X quoted Y as saying" (a comma and a few words after it), if one. */
function quoteBeforeSubject(items: readonly Item[], i: number): Item | undefined {
  let k = i - 1;
  while (k > 0 && i - k <= 12 && (items[k] as Item).word && !isQuote(items[k])) k--;
  if ((items[k] as Item | undefined)?.text === ',') k--;
  return k >= 0 && isQuote(items[k]) && k === 0 ? items[k] : undefined;
}

/** "…, with leader Mark Thorburn saying the target had become …": the phrase after "with" speaks. */
export function withSaying(s: Scan): Verdict {
  const { items, text, i, cue } = s;
  // ("with one review calling her performance “fierce”", "with some patients reporting tingling": any cue's participle)
  // (not "with the economy adding 151,000 jobs": "adding" reports words only before "that" or a quotation)
  // (nor "with unions calling a rolling strike": "calling" names words only with a quotation or "for")
  const adding = items[i]?.lower === 'adding' && items[i + 1]?.lower !== 'that' && !isQuote(items[i + 1]) && items[i + 1]?.text !== ',';
  const calling = cue.lemma === 'call' && items[i + 1]?.lower !== 'for' && (!items.slice(i + 1, i + 9).some((x) => isQuote(x)) || /^(a|an)$/.test(items[i + 1]?.lower ?? ''));
  const strict = WITH_STRICT_CUES.has(cue.lemma) && items[i + 1]?.lower !== 'that' && !isQuote(items[i + 1]) && !(items[i + 1]?.text === ',' && isQuote(items[i + 2]));
  // (a weak cue only as people report what they felt or saw, or forecast: "with some patients reporting tingling")
  const otherCue = PARTICIPLE.test(items[i]?.text ?? '') && CUE_FORMS.has(items[i]?.lower ?? '') && (!WEAK_CUES.has(cue.lemma) || WITH_WEAK_CUES.has(cue.lemma));
  if (adding || calling || strict || (!SAYING_PARTICIPLES.has(items[i]?.lower ?? '') && !otherCue)) return null;
  const np = npBackFrom(items, i);
  const m = np && items[np.start - 1]?.lower === 'with' ? analyseMention(np.tokens, text) : null;
  const start = m && m.kind !== 'pronoun' ? contentStartAfter(items, cue.next, cue.lemma) : null;
  if (!m || !start) return null;
  const ce = contentEnd(items, start.start);
  if (wordsIn(items, start.start, ce) < 3) return null;
  return s.add({ kind: kindOf(items, start.start, ce), mention: m, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '' }, ce);
}

/** ", adding that …" and "issued a statement saying …" go on with the sentence's speaker; other -ing forms report nothing. */
export function participleGoesOn(s: Scan): Verdict {
  const { items, text, i, cue } = s;
  const t = items[i] as Item;
  const prev = items[i - 1];
  const window = items.slice(Math.max(0, i - 8), i);
  // ("released a statement condemning “…”": any cue's participle after a document, when a quotation follows it)
  // (not "the share of Republicans saying “…” increased by 28 points": the comma or colon announces the quotation)
  const quoted = /^[,:]$/.test(items[i + 1]?.text ?? '') && isQuote(items[i + 2]);
  // (a comma before the document only when it closes the sentence's opener: "On Saturday, Trump issued a statement
  // saying …"; not "Hughes, who received a letter …", "Police, responding to a tweet …")
  // (nor a document from or by someone else: "received a letter from the council saying …")
  const docAt = window.findLastIndex((x) => DOCUMENT_NOUNS.has(x.lower));
  const ownDocument = docAt >= 0 && !window.slice(docAt).some((x) => x.text === ',' || isQuote(x) || x.lower === 'from' || x.lower === 'by');
  const document = (SAYING_PARTICIPLES.has(t.lower) || isQuote(items[i + 1])) && ownDocument && !inAside(items, i - window.length + docAt);
  // ("responded to the question on Facebook writing, “…”": saying or writing, a comma or colon and a quotation)
  // (not someone named or heard right before it: "a text from Tom Hughes saying, “…”", "footage of the suspect saying",
  // "heard a man in the crowd saying", "her grandmother always saying"; nor "spent years writing, “…”": a time)
  const announcing = ANNOUNCING_PARTICIPLES.has(t.lower) && quoted && !isQuote(prev) && prev?.word === true && !someoneBefore(items, i, text);
  // (“the CNN “reporter,” saying …”: the comma closing a quoted word, inside its marks)
  const commaInQuote = quotedComma(prev);
  // ("… while saying that …", "… picked up by saying he is ready …": a subordinator before the participle, mid-sentence)
  // ("Castell can be heard telling the crowd, “…”", "was seen saying": the subject heard or seen speaking)
  const perceived = i > 2 && PERCEPTION_VERBS.has(prev?.lower ?? '') && BE_FORMS.has(items[i - 2]?.lower ?? '') && (items.slice(i + 1, i + 7).some((x) => isQuote(x)) || items[i + 1]?.lower === 'that');
  const linked = (i > 2 && PARTICIPLE_LINKS.has(prev?.lower ?? '')) || perceived;
  // ("carried a statement by the Ministry of Water Resources saying …", "a letter from the council saying …": the one
  // the document is from speaks)
  // ("Mayor Jane Smith, citing a budget shortfall, said …": an aside between the subject and its own cue reports nothing
  // of its own; that cue takes the sentence)
  if (prev?.text === ',' && asideBeforeCue(items, i, text)) return 'next';
  const issuer = SAYING_PARTICIPLES.has(t.lower) && !document ? documentIssuer(items, i, text) : null;
  if (issuer) {
    const from = contentStartAfter(items, cue.next, cue.lemma);
    const end = from ? contentEnd(items, from.start) : -1;
    if (from && wordsIn(items, from.start, end) >= 3) return s.add({ kind: kindOf(items, from.start, end), mention: issuer, cue: cue.cue, parts: partsOf(items, from.start, end), frameText: '' }, end, issuer);
  }
  if ((prev?.text !== ',' && prev?.lower !== 'and' && !commaInQuote && !linked && !document && !announcing) || !lastMentionOrSubject(s.found, items, text, s.lastMention)) return 'next';
  // ("opened the session by asking Colbeck whether he would …": a question after its addressee)
  const question = questionAfterAddressee(items, cue);
  const start = question ?? contentStartAfter(items, cue.next, cue.lemma);
  if (!start) return 'next';
  // ("while adding Democratic strongholds": after a subordinator, only saying or a clause of its own reports words)
  if (linked && !question && !SAYING_PARTICIPLES.has(t.lower) && !start.that && !isQuote(items[start.start]) && !namesWithQuotation(items, cue, t, start.start)) return 'next';
  // ("… and asking potential employees brain-teaser questions": asking reports words only with the quotation)
  if (QUESTION_CUES.has(cue.lemma) && !question && !isQuote(items[start.start])) return 'next';
  const ce = contentEnd(items, start.start);
  // ("shouting profanities as she hurries": nor does a cue that tells how words were said, without words right after it)
  if (MANNER_CUES.has(cue.lemma) && !mannerContentOk(items, cue.next, start.start, start.that, ce, text)) return 'next';
  if (wordsIn(items, start.start, ce) < 3) return 'next';
  // ("Her liberal friends have mocked …, calling Trump “an orange buffoon,” Susan said": a quotation that a closing
  // attribution gives to someone else makes the sentence that speaker's)
  if (quotationOfClosingSpeaker(items, start.start, ce)) return 'next';
  // "…; a second aide disputed that, saying …": the subject of the participle's own clause
  const subject = lastMentionOrSubject(s.found, items, text, s.lastMention) as Mention;
  const mention = clauseSubject(items, i, text) ?? (s.found.length === 0 ? agentAfterSubordinator(items, i, text, subject) : mainSubjectAfterOpener(items, i, text, s.found[s.found.length - 1] as Found)) ?? subject;
  return s.add({ kind: kindOf(items, start.start, ce), mention, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '', ...(question ? { act: 'asked' as const, ...askedOf(items, cue.next, question.start, text) } : {}) }, ce, mention);
}

/** The participle at `i` opens an aside closed by a comma before a finite cue whose subject stands before the aside. */
function asideBeforeCue(items: readonly Item[], i: number, text: string): boolean {
  if (!GROUNDS_PARTICIPLES.has((items[i] as Item).lower)) return false;
  const after = cueAfterAside(items, i, 14, text);
  // (only an aside with an object, no clause: "saying the bombing was unacceptable", "insisting that he had won" report
  // words; "citing a budget shortfall", "noting the size of the deficit" do not)
  if (after === null || items.slice(i + 1, after.comma).some((x) => (!x.word && x.text !== '-' && x.text !== "'") || x.lower === 'that' || AUXILIARIES.has(x.lower) || MODALS.has(x.lower) || FINITE_VERBS.has(x.lower) || isVerbLike(x))) return false;
  // (the subject right before the aside, opening its clause: not a list's last, "including … Marcus Ellery, informing
  // them …, said the people", nor an object, "echoed Putin's justification …, saying …, remarks that …")
  // (a party's tag in brackets may sit between: "Richard J. Durbin (D-Ill.), noting …, said")
  const { subject } = after;
  return /^\s*(?:\([^()]{1,40}\))?$/.test(text.slice(subject.mention.end, (items[i - 1] as Item).start)) && startsClause(items, subject.start) && items[subject.start - 1]?.lower !== 'including';
}

/**
 * "Shares of Brightwell fell 12% after the retailer cut its forecast, blaming …": when the sentence's subject cannot
 * speak ("Shares", "Oil prices"), the subject of the clause a subordinator opens before the
 * participle at `at`; null otherwise.
 */
function agentAfterSubordinator(items: readonly Item[], at: number, text: string, subject: Mention | null): Mention | null {
  if (!cannotSpeak(subject)) return null;
  for (let k = at - 1; k > 0; k--) {
    if (isQuote(items[k])) return null;
    if (!SUBORDINATORS.has((items[k] as Item).lower) || (items[k] as Item).lower === 'as') continue;
    const v = items.findIndex((x, n) => n > k + 1 && n < at && x.word && (isVerbLike(x) || SAME_FORM_PASTS.has(x.lower)));
    const m = v > 0 ? analyseMention(items.slice(k + 1, v) as Token[], text) : null;
    return m && m.kind !== 'pronoun' && m.kind !== 'joint' ? m : null;
  }
  return null;
}

/**
 * "While most of his competitors called for …, Trump hewed to …, noting that …": after a subordinate clause that
 * opens the sentence (or follows its opening phrase), the participle goes on from the main clause's subject (the phrase
 * after the opener's comma, before its verb), not from a statement found in the opener; null when there is no such
 * clause.
 */
function mainSubjectAfterOpener(items: readonly Item[], at: number, text: string, last: Found): Mention | null {
  // (the opener may follow a scene's phrase: "In a September debate, while …")
  const sub = items.findIndex((x, k) => k < at && (k === 0 || items[k - 1]?.text === ',') && SUBORDINATORS.has(x.lower) && x.lower !== 'as');
  if (sub < 0) return null;
  const comma = items.findIndex((x, k) => k > sub + 1 && k < at && x.text === ',');
  // (only when the statement found is the opener's: not "…, the governor conceded, his spokesman said, adding …")
  if (comma < 0 || last.mention.start >= (items[comma] as Item).start) return null;
  const v = items.findIndex((x, n) => n > comma + 1 && n < at && n - comma <= MAX_NP + 1 && x.word && (isVerbLike(x) || CUE_FORMS.has(x.text)));
  // (a name or a role, whole: not a pronoun, nor a phrase with an aside of its own, "the employers, who met …")
  if (v < 0 || items.slice(comma + 1, v).some((x) => !x.word)) return null;
  const m = analyseMention(items.slice(comma + 1, v) as Token[], text);
  return m && (m.kind === 'name' || m.kind === 'role') ? m : null;
}

/** The relative pronoun of ", who …" after an appositive that is a frame tail ("…, the director of X, who"); -1 if none. */
function relativeAfterAppositive(items: readonly Item[], from: number): number {
  if (items[from]?.text !== ',') return -1;
  for (let k = from + 1; k < items.length && k - from <= 30; k++) {
    if (isQuote(items[k])) return -1;
    if ((items[k] as Item).text === ',' && RELATIVE_PRONOUNS.has(items[k + 1]?.lower ?? '')) return isFrameTail(items, from, k) ? k + 1 : -1;
  }
  return -1;
}

/** "“…,” read the email": a weak "read" goes before its subject only after a quotation, and only a document reads. */
function documentReads(items: readonly Item[], cue: Scan['cue']): boolean {
  if (!PAST_LIKE_BASE.has(cue.lemma)) return false;
  const det = items[cue.next];
  // ("“…,” reads a Wednesday editorial in The Des Moines Register": a modifier or two before the head, and where it ran)
  let h = cue.next + 1;
  while (h < cue.next + 3 && items[h]?.word === true && !DOCUMENT_NOUNS.has(items[h]?.lower ?? '') && !WRITTEN_WORKS.has(items[h]?.lower ?? '')) h++;
  const head = items[h];
  return det !== undefined && NOUN_DETERMINERS.has(det.lower) && head !== undefined && (DOCUMENT_NOUNS.has(head.lower) || WRITTEN_WORKS.has(head.lower)) && (!items[h + 1]?.word || ISSUER_PREPOSITIONS.has(items[h + 1]?.lower ?? '') || items[h + 1]?.lower === 'in');
}

/** "“Q,” said X" / "C, said X" / "C, says the statement". */
export function cueThenSpeaker(s: Scan): Verdict {
  const { items, text, i, cue } = s;
  const prev = items[i - 1];
  if (!prev || !(prev.text === ',' || isQuote(prev))) return null;
  const qi = isQuote(prev) ? i - 1 : isQuote(items[i - 2]) ? i - 2 : -1;
  // (a cue that tells how words were said goes before its speaker only after a quotation: "“Not at all,” laughed Ruiz";
  // not "Donald Trump, her Republican opponent, bemoaned the unrest")
  if (!FINAL_POSITION_CUES.has(cue.lemma) && !(qi >= 0 && (documentReads(items, cue) || MANNER_CUES.has(cue.lemma)))) return null;
  const sa = issuerOf(items, subjectAfter(items, cue.next, text), text);
  if (!sa) return null;
  // "“A,” said Miles Okafor, a former county clerk who …, “and B.”": the quotation goes on after the appositive
  let more = -1;
  if (qi >= 0) {
    for (let k = sa.end + 1; k < items.length && k - sa.end <= 40; k++) {
      if (!isQuote(items[k])) continue;
      // (not "“A,” said Juma Mwangi, and his deputy added, “B.”": B has a cue of its own)
      if ((items[k - 1] as Item).text === ',' && isFrameTail(items, sa.end, k - 1) && isFrameTail(items, k + 1, items.length) && !secondCueBefore(items, sa.end, k)) more = k;
      break;
    }
  }
  // (not "“A Title,” says the problem is …", "Kettleson, reached by phone, said his office had shared …": a verb right
  // after the phrase makes it a clause's subject)
  const next = items[sa.end];
  // (not "said the base chief known as Bob": a participle after the phrase is part of it)
  if (next?.word === true && (AUXILIARIES.has(next.text) || FINITE_VERBS.has(next.text))) return null;
  let tailEnd = more > 0 ? items.length : contentEnd(items, sa.end);
  if (more < 0 && !isFrameTail(items, sa.end, tailEnd)) {
    // "“…,” said Weld, who added that …": a relative clause with a cue of its own is the next statement
    // ("said a former official who oversaw the inquiry and described it as …": the same with no comma)
    // ("said Alfonso Aguilar, the director of …, who also said …": after an appositive)
    const rel = items[sa.end]?.text === ',' ? sa.end + 1 : sa.end;
    const later = RELATIVE_PRONOUNS.has(items[rel]?.lower ?? '') ? -1 : relativeAfterAppositive(items, sa.end);
    const at = later > 0 ? later : rel;
    // ("“…,” said Ben Carson, asked about his claim that he was offered …": after a quotation the speaker is found
    // whatever follows; what follows is read on its own)
    // (nor without one, unless the clause the attribution interrupts goes on after it: "The problem, says Tom Reyes, is
    // that nobody listens")
    if (qi < 0 && hostVerbAfter(items, sa.end, afterDateline(s.unit, s.text), i - 1) < 0) return null;
    tailEnd = later > 0 && RELATIVE_PRONOUNS.has(items[at]?.lower ?? '') && cueWithin(items, at, 4) ? later - 1 : sa.end;
  }
  if (qi >= 0) {
    const q = (items[qi] as Item).quote as Quote;
    const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
    const q2 = more > 0 ? (items[more] as Item).quote : undefined;
    if (q2) parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
    // "Trump's misinformation may be “strategic,” said Jeffery Hemsley": the clause the quotation completes
    const lead = q2 ? -1 : leadIn(items, s.unit, s.text, s.consumedUntil, qi);
    if (lead >= 0) return s.add({ kind: kindOf(items, lead, qi + 1), mention: sa.mention, cue: cue.cue, parts: partsOf(items, lead, qi + 1), frameText: s.frameText(i, tailEnd) }, tailEnd, sa.mention);
    return s.add({ kind: 'direct', mention: sa.mention, cue: cue.cue, parts, frameText: s.frameText(i, tailEnd) }, tailEnd, sa.mention);
  }
  const from = afterDateline(s.unit, s.text);
  // "Any reading of his actions, said Michael Kofman, an expert on Russia, would see this as …", "The decision, said Mayor
  // Jane Smith, was a mistake": the clause the attribution interrupts goes on with its verb after the speaker
  const verb = hostVerbAfter(items, sa.end, from, i - 1);
  if (verb > 0) {
    const end = contentEnd(items, verb);
    return s.add({ kind: kindOf(items, from, end), mention: sa.mention, cue: cue.cue, parts: [...partsOf(items, from, i - 1), ...partsOf(items, verb, end)], frameText: s.frameText(i, verb) }, end, sa.mention);
  }
  if (wordsIn(items, from, i - 1) < 3) return null;
  return s.add({ kind: kindOf(items, from, i - 1), mention: sa.mention, cue: cue.cue, parts: partsOf(items, from, i - 1), frameText: s.frameText(i, tailEnd) }, tailEnd, sa.mention);
}

/**
 * After an inverted attribution interrupting a clause ("The decision, said Jane Smith, was …"), past the speaker's
 * appositive ("…, an expert on Russia,"), the index of the host clause's verb: an auxiliary or a modal in lower case
 * right after a comma; -1 if none. The words before the cue (`from..comma`) must be a subject only, with no verb.
 */
function hostVerbAfter(items: readonly Item[], end: number, from: number, comma: number): number {
  let k = end;
  if (items[k]?.text !== ',') return -1;
  if (NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')) {
    let c = k + 2;
    while (c < items.length && c - k <= 16 && (items[c] as Item).word) c++;
    if (items[c]?.text !== ',') return -1;
    k = c;
  }
  const w = items[k + 1];
  if (!w?.word || !/^\p{Ll}/u.test(w.text) || !(AUXILIARIES.has(w.lower) || MODALS.has(w.lower))) return -1;
  for (let x = from; x < comma; x++) {
    const t = items[x] as Item;
    // (a cue form after a determiner is a noun: "The answer, said Tom Reyes, was …")
    if (!t.word || isQuote(t) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || FINITE_VERBS.has(t.lower) || (CUE_FORMS.has(t.lower) && !(x > from && NOUN_DETERMINERS.has((items[x - 1] as Item).lower)))) return -1;
  }
  return k + 1;
}

/**
 * "according to early returns", "according to a CNN tally", "according to POLITICO's analysis": after "according to"
 * any noun phrase is a source — a tally, an analysis, filings — kept as written (up to a comma, a stop or a clause).
 */
function sourceAsWritten(items: readonly Item[], from: number, text: string): { mention: Mention; end: number } | null {
  let e = from;
  while (e < items.length && e - from < MAX_NP && (items[e] as Item).word && !isQuote(items[e]) && !CLAUSE_BEGUN.has((items[e] as Item).lower)) e++;
  const stop = items[e];
  // ("according to the document he released.": a contact clause on the source, its subject pronoun and verb)
  const contact = stop !== undefined && e > from && NARRATIVE_SUBJECTS.has(stop.lower) && items[e + 1]?.word === true && isVerbLike(items[e + 1] as Item) && /^[,.;:)]$/.test(items[e + 2]?.text ?? '.');
  if (contact) {
    const source = phraseAsWritten(items, from, e, text);
    return source ? { mention: source.mention, end: e + 2 } : null;
  }
  if (e === from || (stop !== undefined && !/^[,.;:)]$/.test(stop.text)) || !/^[\p{L}\d]/u.test((items[from] as Item).text)) return null;
  return phraseAsWritten(items, from, e, text);
}

/** Where the clause an "according to" aside interrupts ends (the aside closes with the comma at `comma`); -1 if it does not go on. */
function clauseAfterAside(items: readonly Item[], comma: number): number {
  const first = items[comma + 1];
  // (not "…, according to Lavrov, who spoke on TV": a relative clause or an appositive is about the source)
  if (items[comma]?.text !== ',' || !first?.word || isQuote(first) || NEW_CLAUSE_CONJUNCTIONS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower) || APPOSITIVE_OPENERS.has(first.lower)) return -1;
  const end = contentEnd(items, comma + 1);
  // (not "…, according to WKOW, the ABC affiliate in Madison.": a noun phrase with no verb is the source's appositive)
  if (NOUN_DETERMINERS.has(first.lower) && !items.slice(comma + 1, end).some((x) => isQuote(x) || (x.word && (isVerbLike(x) || CUE_FORMS.has(x.lower) || MODALS.has(x.lower))))) return -1;
  return wordsIn(items, comma + 1, end) >= 2 ? end : -1;
}

/** The comma that ends a sentence-opening "according to" source, within 30 items and before any quotation; -1 if none. */
function sourceComma(items: readonly Item[], from: number): number {
  return commaWithClauseAfter(items, from, 30, true);
}

/**
 * The first comma within `reach` items after `from` with at least three words after it; -1 if a quotation, a full
 * stop or a semicolon (and, with `colonStops`, a colon) comes first, or the words after it are fewer.
 */
function commaWithClauseAfter(items: readonly Item[], from: number, reach: number, colonStops: boolean): number {
  for (let k = from + 1; k < items.length && k - from <= reach; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === '.' || t.text === ';' || (colonStops && t.text === ':')) return -1;
    if (t.text === ',') return wordsIn(items, k + 1, items.length) >= 3 ? k : -1;
  }
  return -1;
}

/** The words from `from` to `end` as a source kept as written. */
function phraseAsWritten(items: readonly Item[], from: number, end: number, text: string): { mention: Mention; end: number } {
  const first = items[from] as Item;
  const last = items[end - 1] as Item;
  return { mention: writtenRole(text.slice(first.start, last.end), first.start, last.end, true, false), end };
}

/** Past a relative clause or an appositive after an "according to" source, to the comma that closes it. */
function sourceClauseEnd(items: readonly Item[], end: number): number {
  const at = items[end];
  // (not a count opening the content: "According to the league, at least 37 people, including …, have been detained")
  const counted = approximatorPairAt(items, end + 1);
  // ("according to a summary of the proposal reviewed by The New York Times, …": a participle's phrase before "by" too)
  const reviewed = at !== undefined && /^[a-z]+ed$/.test(at.text) && items[end + 1]?.lower === 'by';
  const opens = at !== undefined && (RELATIVE_PRONOUNS.has(at.lower) || at.lower === 'that' || reviewed || (at.text === ',' && APPOSITIVE_OPENERS.has(items[end + 1]?.lower ?? '') && !counted));
  if (!opens) return end;
  const comma = commaWithClauseAfter(items, end, 20, false);
  // (not "According to The Guardian, an email was sent from …, Jeremy Boreing, …": a verb makes the words the content)
  // ("a friend who has known the senator": a verb inside the appositive's own relative clause does not count)
  if (at.text === ',' && comma > 0) {
    const seg = items.slice(end + 1, comma);
    const rel = seg.findIndex((x) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'that');
    if ((rel >= 0 ? seg.slice(0, rel) : seg).some((x) => x.word && (isVerbLike(x) || beHaveOrModal(x.lower)))) return end;
  }
  return comma >= 0 ? comma : end;
}

/** Whether someone who could say the words stands right before the participle at `i`, or is heard or seen saying them. */
function someoneBefore(items: readonly Item[], i: number, text: string): boolean {
  const prev = items[i - 1] as Item;
  if (DURATION_WORDS.has(prev.lower)) return true;
  // (a person's name after "from", "of", "by" or a verb of hearing: "a text from Tom Hughes saying"; not a place, an
  // outlet or an addressee: "appeared on Fox News saying", "lashed out at Prime Minister Modi saying")
  if (isCapitalised(prev)) {
    let k = i - 1;
    while (k > 0 && i - k < 5 && isCapitalised(items[k - 1] as Item)) k--;
    const m = analyseMention(items.slice(k, i) as Token[], text);
    const link = items[k - 1]?.lower ?? '';
    return m !== null && m.kind === 'name' && !m.institution && (link === 'from' || link === 'of' || link === 'by' || PERCEPTION_VERBS.has(link));
  }
  // (back to the nearest verb: "met a man outside the court saying", not "The actor broke his silence saying")
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const x = items[k] as Item;
    const w = x.lower;
    if (!x.word || FINITE_VERBS.has(w) || /[a-z]ed$/.test(x.text) || CUE_FORMS.has(w)) break;
    // ("got a call from the hospital saying", "quoted a tweet by Elon Musk saying": a message from someone else)
    if (ROLE_NOUNS.has(w) || RELATION_NOUNS.has(w) || PERSON_NOUNS.has(w) || MALE_HEADS.has(w) || FEMALE_HEADS.has(w) || w === 'from' || w === 'by') return true;
  }
  // ("heard a man saying", not "can be heard on the recording saying": the one heard is the subject then)
  return items.slice(Math.max(0, i - 8), i).some((x, k, a) => PERCEPTION_VERBS.has(x.lower) && !BE_FORMS.has(a[k - 1]?.lower ?? ''));
}
