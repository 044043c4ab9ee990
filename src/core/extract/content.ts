// Stage 3, content: where the reported words start after a cue ("that …", "on Friday the talks …", "in a statement it
// …"); where they stop (a second attributed clause, the writer's own predicate, a frame) is content-end.ts's.
import { PARTICIPLE } from './cues.ts';
import { addresseeEnd, beHaveOrModal, broadcasterAcronym, clauseOpensAt, isVerbLike, pastMeetingPlace, speakerAndCueAt } from './content-clauses.ts';
import { ADDRESSEE_CUES, BANG_NAMES, CUE_FORMS, ROLE_NOUNS, TITLE_WORDS, FINITE_VERBS, INFINITIVE_CUES, INTERVENING, MONTHS, PRONOUNS, TAIL_STARTERS, THAT_AFTER_ADDRESSEE_CUES, WEEKDAYS } from './lexicon.ts';
import { ADDRESSEE_PREPOSITIONS, TIME_DEGREES, AUXILIARIES, PHRASE_DEMONSTRATIVES, RELATIVE_PRONOUNS, SINGULAR_AUXILIARIES, BE_HAVE_FORMS, SUBORDINATORS, TIME_SUBORDINATORS, SAYING_PARTICIPLES, SHOWING_WORDS, NARRATIVE_SUBJECTS, OCCASION_PREPOSITIONS, CLAUSE_BEGUN, CONTENT_QUANTIFIERS, NOTHING_SAID, NOTHING_SAID_AFTER, CONTENT_OPENERS, CUE_AS_NOUN_AFTER, FRAME_OBJECT_PREPOSITIONS, FRAME_PREPOSITIONS, NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, PARTS_OF_DAY, LIMITING_ADVERBS, LIMITED_SUBORDINATORS, DURATION_WORDS, NUMBER_WORDS, SHARE_APPROXIMATORS, TIME_ADVERBS, TIME_UNITS, TIME_COUNTS } from './lexicon-clauses.ts';
import { AUDIENCE_NOUNS, FRACTIONS, FRAME_NOUNS, PLURALS_WITHOUT_S, POSSESSIVE_PRONOUNS, PROGRAMME_NOUNS, SHARE_HEADS } from './lexicon-nouns.ts';
import { aboutWhom, addressedBeforeColon } from './content-asides.ts';
import { isCapitalised, isPossessive } from './mentions.ts';
import type { Token } from './segment.ts';
import { isPlace, isSubdivision } from './places.ts';
import { agencyTagAt, isQuote, type Item, type Unit, wordsIn } from './units.ts';
import { commaAppositiveAt, relativeThat, timeAfterAt } from './content-end.ts';
import { isCommonWord, mannerAdverb } from './names.ts';
import { clauseAfterFrame, clauseAfterNamedAddressee, thatAfterRelative } from './content-frame.ts';
export { contentEnd, finalAttributionAt, isFrameTail, objectEnd, quotationOfClosingSpeaker, writersCommentOr } from './content-end.ts';

/**
 * A cue form at `k` that is a noun: after a determiner and up to three words that are no cue or verb ("on a radio
 * show", "on a Little Rock radio show Tuesday that …").
 */
function nounAfterDeterminer(items: readonly Item[], from: number, k: number): boolean {
  // (further back only for a bare form: "in a New Hampshire paper said that …" is the paper's verb)
  const bare = CUE_FORMS.get((items[k] as Item).text) === (items[k] as Item).text;
  // (nor after a plural noun, its subject: "told reporters the Senate's top Republican leaders warn that …"; but after
  // "a" the plural is a modifier: "on a quarterly earnings call")
  const plural = /^[a-z]+[^s]s$/.test(items[k - 1]?.text ?? '') || PLURALS_WITHOUT_S.has(items[k - 1]?.text ?? '');
  for (let j = k - 1; j > from && k - j <= (bare ? 4 : 1); j--) {
    const w = items[j] as Item;
    const det = items[j - 1]?.lower ?? '';
    if (CUE_AS_NOUN_AFTER.has(det) && w.word && !CUE_FORMS.has(w.text)) return j === k - 1 || !plural || det === 'a' || det === 'an';
    if (!w.word || CUE_FORMS.has(w.text) || isVerbLike(w)) return false;
  }
  return false;
}

/** "said of the proposal.": a topic after "said" and nothing more (no "that", quotation or verb after it). */
function aboutOnly(items: readonly Item[], from: number, lemma: string): boolean {
  // (a verb after a comma is another clause's: "said of Apple in February, when the company balked …"; after words
  // already reported, any verb is the topic's own: "It was a hard fight, she said of the campaign she ran")
  // (asked at every cue: the cheap tests first)
  if (lemma !== 'say' || items[from]?.lower !== 'of') return false;
  const comma = items.findIndex((x, k) => k > from && x.text === ',');
  const reported = items.slice(0, from).some((x) => x.text === ',');
  return !items.slice(from).some((x, k) => x.lower === 'that' || isQuote(x) || (!reported && x.word && isVerbLike(x) && (comma < 0 || from + k < comma)));
}

/** "a story that posted this week that …": "that" at `k` after a lower-case noun, a past verb, then another "that" within ten words. */
function relativeThatBeforeThat(items: readonly Item[], k: number): boolean {
  const prev = items[k - 1];
  const verb = items[k + 1];
  // (the verb's own object or frame after it, "posted this week", "crossed the border": not a noun, "that armed groups
  // that crossed …", whose "-ed" word is an adjective opening the content; review 70)
  const after = items[k + 2];
  if (!prev?.word || !/^\p{Ll}+$/u.test(prev.text) || !verb?.word || !/^[a-z]+ed$/.test(verb.text) || beHaveOrModal(verb.lower) || !(NOUN_DETERMINERS.has(after?.lower ?? '') || TAIL_STARTERS.has(after?.lower ?? ''))) return false;
  for (let x = k + 2; x < items.length && x - k <= 10; x++) {
    const w = items[x] as Item;
    if (w.lower === 'that') return true;
    if (!w.word || isQuote(w) || CUE_FORMS.has(w.lower)) return false;
  }
  return false;
}

/** A quantifier opening the content's subject, not an adverb of the frame: "said both Obama and Biden have been fair to him, despite suggestions that …". */
function quantifiedSubject(first: Item, next: Item | undefined, after: Item | undefined): boolean {
  // (not a time, "said both Monday and Tuesday that …", nor "said all the same that …")
  if (next === undefined || next.lower === 'that' || WEEKDAYS.has(next.lower) || MONTHS.has(next.lower) || after?.lower === 'same') return false;
  return CONTENT_QUANTIFIERS.has(first.lower) && (isCapitalised(next) || NOUN_DETERMINERS.has(next.lower));
}

/** Skips the frame after a cue up to "that" when it is near: "warned earlier the same day that …". */
export function contentStartAfter(items: readonly Item[], from: number, lemma: string, text?: string): { start: number; that: boolean } | null {
  const found = startAfter(items, from, lemma, text);
  // ("…, the governor said on Thursday, a day after the bank cut its rate": a time after the cue's frame is no content)
  return found && !found.that && timeAfterAt(items, found.start) ? null : found;
}

/**
 * Where the content opens after "that" past the comma `k` of a cue's frame: after the outlet that relays it (", according
 * to ANSA, that …"), else, after a frame opened by a preposition or a time (`framed`), past a relative clause (", which
 * …, that …"); -1 if neither.
 */
function thatAfterComma(items: readonly Item[], k: number, framed: boolean): number {
  if (items[k + 1]?.lower !== 'according' || items[k + 2]?.lower !== 'to') return framed ? thatAfterRelative(items, k) : -1;
  const c = items.findIndex((x, n) => n > k + 3 && n <= k + 11 && x.text === ',');
  return c > 0 && items[c + 1]?.lower === 'that' && items.slice(k + 3, c).every((x) => x.word) ? c + 2 : framed ? thatAfterRelative(items, k) : -1;
}

function startAfter(items: readonly Item[], from: number, lemma: string, text?: string): { start: number; that: boolean } | null {
  const first = items[from];
  if (!first) return null;
  const next = items[from + 1];
  // "wants to build a wall", "declined to comment" (not "agreed to a phone call": a determiner after "to" opens a noun
  // phrase, not an infinitive; "vowed to “continue the fight”": the infinitive may be quoted)
  if (first.lower === 'to' && INFINITIVE_CUES.has(lemma) && next !== undefined && ((next.word && !NOUN_DETERMINERS.has(next.lower)) || (text !== undefined && quotedInfinitive(items, from + 1, text)))) return { start: from, that: false };
  if (first.text === ':' || (first.text === ',' && isQuote(items[from + 1]))) return { start: from + 1, that: false };
  // "said angrily, “…”", "said quickly that …": how it was said, then what (not "testified voluntarily in 1998": no
  // content after it; nor "found likely voters …", "said nationally, crime had fallen": the adverb, and its comma, open
  // the content; only a quotation or a colon after the comma is what was said)
  const quotedAfter = next?.text === ':' || isQuote(next) || (next?.text === ',' && isQuote(items[from + 2]));
  // ("said late on Wednesday that …", "said early Thursday.": so is how late or early in a day's time; not "said early in
  // the season the team …", whose content opens after the time)
  if ((mannerAdverb(first.lower) || (TIME_DEGREES.has(first.lower) && dayAt(items, from + 1))) && next !== undefined && (quotedAfter || next.lower === 'that' || TAIL_STARTERS.has(next.lower) || WEEKDAYS.has(next.lower))) return contentStartAfter(items, from + 1, lemma, text);
  // "said—without hesitation—that …": a short aside between dashes, then the content
  if (first.text === '—' || first.text === '–') {
    const close = items.findIndex((t, k) => k > from + 1 && k - from <= 10 && t.text === first.text);
    // (not "— and Tom Baker said —": an aside with an attributed clause of its own; "— in her first remarks since
    // May —" is fine)
    let plain = close > 0;
    // ("her first remarks": a determiner opens a speaker only after "and"/"but")
    const clauseAt = (k: number): boolean => speakerAndCueAt(items, k) && (!NOUN_DETERMINERS.has((items[k] as Item).lower) || NEW_CLAUSE_CONJUNCTIONS.has(items[k - 1]?.lower ?? ''));
    for (let k = from + 1; plain && k < close; k++) plain = (items[k] as Item).word && !clauseAt(k);
    return plain ? contentStartAfter(items, close + 1, lemma, text) : null;
  }
  // ("Dana Ruiz said so on Monday": "so" stands for what was said before, nothing is reported here)
  // ("said so a week earlier": a time after it too)
  if (first.lower === 'so' && (!next?.word || TAIL_STARTERS.has(next.lower) || WEEKDAYS.has(next.lower) || TIME_COUNTS.has(next.lower))) return null;
  // ("said little about how", "said nothing of the talks": no words are reported; not "said nothing would change")
  // ("…, Ross Baker said of the proposal.": whom the words were about, and no words after it)
  if ((NOTHING_SAID.has(first.lower) && (!next?.word || NOTHING_SAID_AFTER.has(next.lower))) || aboutOnly(items, from, lemma)) return null;
  // (not "said that was a matter for the operator": a demonstrative, its verb right after it, opens the content)
  // ("said that day that he was innocent": a time, then the content's own "that")
  if (first.lower === 'that') return beHaveOrModal(next?.lower ?? '') ? { start: from, that: false } : { start: pastSourceAside(items, timeThenThat(items, from) ? from + 3 : from + 1), that: true };
  // "said at least 12 people were killed", "said as many as 300 troops …": a quantity opens the content
  const two = `${first.lower} ${items[from + 1]?.lower ?? ''}`;
  if (/^(at least|at most|up to|more than|fewer than|less than|as many|as much|as few|in all|on average)$/.test(two)) return { start: from, that: false };
  // "said about half of the rise came from …", "said nearly 40 percent …": an approximated share or number
  // (not "said just two weeks ago that …": a duration is the frame's time)
  if (SHARE_APPROXIMATORS.has(first.lower) && startsQuantity(items[from + 1]) && !DURATION_WORDS.has(items[from + 2]?.lower ?? '')) return { start: from, that: false };
  for (let k = from; k < items.length && k - from < 22; k++) {
    const t = items[k] as Item;
    // ("in remarks carried by state media that …": a cue form after a preposition or determiner is a noun)
    // ("said on CNN's “State of the Union” that …": a programme's title in the frame)
    // ("said on the show “Wake Up” that …": or a programme's noun)
    const title = isQuote(t) && k > from && (isPossessive(items[k - 1] as Item) || /^(on|in)$/.test(items[k - 1]?.lower ?? '') || PROGRAMME_NOUNS.has(items[k - 1]?.lower ?? ''));
    // "said Thursday on Twitter, “…”", "told reporters in Ohio: “…”": a frame, then the quotation
    // ("said of Mr. Trump, “He cares …”": whom the words are about, then the quotation; "acknowledged, however, “…”")
    // (not someone else's words the frame introduces: "concludes with footage of Trump saying during the debate, “…”")
    // ("said in an interview "it will be very hard …"": or right after such a frame with no comma)
    if (isQuote(t) && !title && (quoteAfterFrame(items, from, k) || (k > from + 1 && k - from <= 14 && /^[,:]$/.test(items[k - 1]?.text ?? '') && !someoneShownSaying(items, from, k) && (TAIL_STARTERS.has(first.lower) || WEEKDAYS.has(first.lower) || INTERVENING.has(first.lower) || (first.text === ',' && k - from <= 4 && INTERVENING.has(next?.lower ?? '')) || aboutWhom(items, from, k, lemma) || addressedBeforeColon(items, from, k))))) return { start: k, that: false };
    // ("said in an annual report that …", "in an October report": an adjective may sit between the determiner and the noun)
    // ("in a blog post announcing the deal that …": a participle after a frame's noun modifies it)
    if ((isQuote(t) && !title) || (t.word && CUE_FORMS.has(t.text) && k > from && !CUE_AS_NOUN_AFTER.has(items[k - 1]?.lower ?? '') && !(t.lower.endsWith('ing') && isFrameNoun(items[k - 1]?.lower ?? '')) && !nounAfterDeterminer(items, from, k))) break;
    // ("said on Tuesday, according to ANSA, that …": the outlet that relays it is part of the frame)
    if (t.text === ',' && k > from && thatAfterComma(items, k, TAIL_STARTERS.has(first.lower)) > 0) return { start: thatAfterComma(items, k, TAIL_STARTERS.has(first.lower)), that: true };
    // "said on Monday he was disappointed that …": a clause has begun, its "that" is not the cue's
    // (", as a judge began hearing a lawsuit that …": so has one a comma and a subordinator open, unless it closes first)
    if (k > from && (CLAUSE_BEGUN.has(t.lower) || (t.text === ',' && SUBORDINATORS.has(items[k + 1]?.lower ?? '') && !closedBeforeThat(items, k + 2)))) break;
    // ("responded to that view with a shrug", "said at that time that …": after a preposition "that" is a demonstrative)
    // ("told Yahoo News in a story that posted this week that he believes …": a relative "that" on a noun of the frame, its
    // past verb right after it, and the content's own "that" further on)
    if (t.lower === 'that' && k > from && relativeThatBeforeThat(items, k)) k++;
    else if (t.lower === 'that' && k > from && !ADDRESSEE_PREPOSITIONS.has(items[k - 1]?.lower ?? '') && items[k - 1]?.lower !== 'in') {
      // "told reporters that", "said on Friday at a meeting that"
      const frameLike = TAIL_STARTERS.has(first.lower) || (INTERVENING.has(first.lower) && !quantifiedSubject(first, next, items[from + 2])) || WEEKDAYS.has(first.lower) || (THAT_AFTER_ADDRESSEE_CUES.has(lemma) && k - from <= 12) || (first.text === ',' && !commaAppositiveAt(items, from, k + 1) && !relativeThat(items, k)) || aboutWhom(items, from, k, lemma);
      // ("told the court that day that he was innocent": a time, then the content's "that")
      if (frameLike) return { start: timeThenThat(items, k) ? k + 3 : k + 1, that: true };
      break;
    }
    // ("which responded to the petition in September by commissioning a report, received that report": a comma and a verb,
    // the main clause's, end the frame; its "that" is no content's)
    // ("announced on Friday, ending a standoff that had …": so does the writer's participle, none that reports)
    if (t.text === ';' || t.text === '.' || t.text === '–' || t.text === '—' || (t.text === ',' && k > from && (/^[a-z]+ed$/.test(items[k + 1]?.text ?? '') || (/^[a-z]+ing$/.test(items[k + 1]?.text ?? '') && !CUE_FORMS.has(items[k + 1]?.text ?? '') && items[k + 1]?.text !== 'according')))) break;
  }
  // "officials said would help …" (a relative clause): the content opens with its verb
  if (AUXILIARIES.has(first.lower)) return { start: from, that: false };
  const timed = contentAfterTime(items, from) ?? contentAfterOccasion(items, from) ?? clauseAfterFrame(items, from) ?? quoteAfterTimeClause(items, from);
  if (timed) return timed;
  if (TAIL_STARTERS.has(first.lower)) {
    // "reiterated in a video address to the meeting – which includes … – Moscow's requests …":
    // the object follows a frame that closes with a dash-delimited aside
    const dashes: number[] = [];
    for (let k = from; k < items.length && k - from < 45; k++) {
      const t = items[k] as Item;
      if (isQuote(t) || t.text === '.' || (t.lower === 'that' && dashes.length === 0)) break;
      if (t.text === '–' || t.text === '—' || (t.text === '-' && !t.word)) dashes.push(k);
    }
    const after = dashes.length >= 2 ? (dashes[dashes.length - 1] as number) + 1 : -1;
    if (after > 0 && wordsIn(items, after, items.length) >= 4) return { start: after, that: false };
  }
  // "said in a statement it remained concerned", "wrote in a post on X the vote was rigged"
  const framed = afterFrameNoun(items, from);
  if (framed > 0) return { start: items[framed]?.lower === 'that' ? framed + 1 : framed, that: items[framed]?.lower === 'that' };
  // "the survey shows only a small gap", "found just 12 percent": a limiting adverb opens the object
  // ("saying only that police would …", "would only say that …": a limiting adverb before "that")
  if (LIMITING_ADVERBS.has(first.lower) && next?.lower === 'that') return { start: from + 2, that: true };
  // ("said just because discrimination was not obvious did not mean …": a limited subordinate clause opens it too)
  if (LIMITING_ADVERBS.has(first.lower) && (NOUN_DETERMINERS.has(items[from + 1]?.lower ?? '') || /^\d/.test(items[from + 1]?.text ?? '') || LIMITED_SUBORDINATORS.has(items[from + 1]?.lower ?? ''))) return { start: from, that: false };
  // ("said both the ANC and the DA had failed", "said all parties …": a quantifier opening the content's subject;
  // not "said all along that …")
  const second = items[from + 1];
  // (or with its verb right after it: "said each would be reviewed", "said all were safe")
  // ("said further strike days were likely": "further" before its noun, not the adverb of "said further that …")
  // ("says even a trade deal with China may not …": "even" before the content's subject and its verb)
  const quantified = (CONTENT_QUANTIFIERS.has(first.lower) && second !== undefined && second.word && (AUXILIARIES.has(second.lower) || (!TAIL_STARTERS.has(second.lower) && !INTERVENING.has(second.lower) && !TIME_UNITS.has(second.lower) && second.lower !== 'along' && second.lower !== 'right' && second.lower !== 'that'))) || (first.lower === 'even' && clauseOpensAt(items, from + 1));
  if ((TAIL_STARTERS.has(first.lower) && !demonstrativeSubject(items, from)) || WEEKDAYS.has(first.lower) || (INTERVENING.has(first.lower) && !quantified) || first.text === ',' || first.text === '.' || first.text === '—') {
    return null;
  }
  if (ADDRESSEE_CUES.has(lemma)) {
    // "told the BBC: …", "told journalists the West had …": skip the addressee
    let k = from;
    // ("told her the talks had failed": "her" before a determiner is the addressee, not a possessive)
    // (not "told her the truth about …": the clause after it needs a verb)
    // (only looked for after "her": every "told" of the document comes through here)
    const herClause = (): boolean => items.slice(from + 2, from + 7).some((x) => AUXILIARIES.has(x.lower) || FINITE_VERBS.has(x.lower) || /[a-z]ed$/.test(x.lower));
    if (first.lower === 'her' && (NOUN_DETERMINERS.has(items[from + 1]?.lower ?? '') || CLAUSE_BEGUN.has(items[from + 1]?.lower ?? '')) && herClause()) return { start: from + 1, that: false };
    if (NOUN_DETERMINERS.has(first.lower)) k++;
    const objEnd = Math.min(items.length, k + 8);
    for (let x = k; x < objEnd; x++) {
      const t = items[x] as Item;
      if (t.text === ':' || (t.text === ',' && isQuote(items[x + 1]))) return { start: x + 1, that: false };
    }
    if (NOUN_DETERMINERS.has(first.lower)) {
      // "told a Senate panel the plan was dead" / "told a Senate panel on Wednesday" (the content came before)
      const end = addresseeEnd(items, k);
      if (end > k) {
        const nx = items[end];
        // ("told The Huffington Post before he spoke before the committee that he believed …": a "that" after the frame,
        // in one clause: not "advised the government during the dispute, said Canada had an argument that …")
        if (!nx || WEEKDAYS.has(nx.lower) || !nx.word || TAIL_STARTERS.has(nx.lower)) return nx ? afterAddresseeFrame(items, end) : null;
        return { start: end, that: false };
      }
    }
    // ("told Tom Lee she believed …", "told host Tom Lee she …": a name of several words, then the clause)
    if (k < items.length && (items[k] as Item).word) return audienceAt(items, k) ? afterOneWordAddressee(items, namedAudienceEnd(items, k + 2) - 1) : (clauseAfterNamedAddressee(items, k) ?? afterOneWordAddressee(items, pastTitledName(items, k, from)));
  }
  return { start: from, that: false };
}

/**
 * A quotation at `k` right after a short frame from `from` with no comma: a preposition first, no verb, and a frame's
 * noun or a day in it ("said in an interview “…”", "acknowledged in a forum Monday night “…”").
 */
function quoteAfterFrame(items: readonly Item[], from: number, k: number): boolean {
  if (k <= from + 1 || k - from > 10 || items[k - 1]?.word !== true || !TAIL_STARTERS.has((items[from] as Item).lower)) return false;
  const frame = items.slice(from, k);
  // (one preposition, the frame's: not "promised on Tuesday to refrain from using the phrase “…”")
  return frame.every((x, n) => x.word && !isVerbLike(x) && (n === 0 || (!TAIL_STARTERS.has(x.lower) && x.lower !== 'to'))) && frame.some((x) => FRAME_NOUNS.has(x.lower) || WEEKDAYS.has(x.lower));
}

/**
 * "said as he introduced his wife, “Finally, the dam broke.”": a clause of when it was said, then its comma or colon and
 * the quotation; null if none.
 */
function quoteAfterTimeClause(items: readonly Item[], cueNext: number): { start: number; that: boolean } | null {
  // ("said, as he introduced his wife, “…”": between commas too)
  const from = items[cueNext]?.text === ',' ? cueNext + 1 : cueNext;
  if (!TIME_SUBORDINATORS.has(items[from]?.lower ?? '')) return null;
  for (let k = from + 1; k < items.length && k - from <= 14; k++) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === ':') return k > from + 2 && isQuote(items[k + 1]) ? { start: k + 1, that: false } : null;
    if (!t.word || isQuote(t) || CUE_FORMS.has(t.text)) return null;
  }
  return null;
}

/** "footage of Trump saying …", "a clip showing Sunak saying …": someone shown saying, between `from` and `to`. */
function someoneShownSaying(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) {
    if (!SAYING_PARTICIPLES.has((items[k] as Item).lower) || !isCapitalised(items[k - 1] as Token)) continue;
    for (let b = k - 2; b >= from && k - b <= 4; b--) if (SHOWING_WORDS.has((items[b] as Item).lower)) return true;
  }
  return false;
}

/**
 * "said after the convention he would not accept …", "said at the rally they would win": an occasion after the cue,
 * then a clause opened by a subject pronoun and its verb (not "said after the convention ended": no pronoun opens it).
 */
function contentAfterOccasion(items: readonly Item[], from: number): { start: number; that: boolean } | null {
  if (!OCCASION_PREPOSITIONS.has(items[from]?.lower ?? '') || !NOUN_DETERMINERS.has(items[from + 1]?.lower ?? '')) return null;
  for (let k = from + 2; k < items.length && k - from <= 7; k++) {
    const t = items[k] as Item;
    if (!t.word || isQuote(t) || AUXILIARIES.has(t.lower) || FINITE_VERBS.has(t.lower)) return null;
    if (NARRATIVE_SUBJECTS.has(t.lower) && t.text !== 'I' && (AUXILIARIES.has(items[k + 1]?.lower ?? '') || FINITE_VERBS.has(items[k + 1]?.lower ?? ''))) return { start: k, that: false };
  }
  return null;
}

/**
 * "says this time will be different": a demonstrative, its noun and a verb open the content (not "said this week");
 * so does a demonstrative standing alone before its verb ("said this was a fatal miscalculation").
 */
function demonstrativeSubject(items: readonly Item[], from: number): boolean {
  if (!PHRASE_DEMONSTRATIVES.has((items[from] as Item).lower) || items[from + 1]?.word !== true) return false;
  return beHaveOrModal((items[from + 1] as Item).lower) || timeSubject(items, from, items[from + 2]);
}

/**
 * Whether the words at `from` (a time or a demonstrative's phrase) are the content's subject, `verb` its singular
 * auxiliary; never after a cue inside a relative clause ("Economists who warned this year would be …", "Those who
 * complained last year were told …").
 */
function timeSubject(items: readonly Item[], from: number, verb: Item | undefined): boolean {
  const before = items[from - 2]?.lower ?? '';
  return SINGULAR_AUXILIARIES.has(verb?.lower ?? '') && !FRAME_PREPOSITIONS.has((items[from] as Item).lower) && !RELATIVE_PRONOUNS.has(before) && before !== 'that';
}

/** The content after a time right after the cue: "said on Friday the talks would resume"; null if none. */
function contentAfterTime(items: readonly Item[], from: number): { start: number; that: boolean } | null {
  const afterTime = skipTimePhrase(items, from);
  if (afterTime > from && afterTime < items.length) {
    const nx = items[afterTime] as Item;
    // ("says this time will be different", "said last year was the worst": a time with a verb after it is the subject)
    if (timeSubject(items, from, nx)) return { start: from, that: false };
    // "said on Friday the talks would resume" (not "said on Thursday, adding that …": a statement of its own; "said on
    // Thursday, citing security concerns, that …": the content after the aside)
    const participle = items[afterTime - 1]?.text === ',' && PARTICIPLE.test(nx.text) && CUE_FORMS.has(nx.text);
    // ("said Monday, while announcing results, that …", "said Thursday, as expected, that …": any short aside)
    const aside = participle || (items[afterTime - 1]?.text === ',' && (SUBORDINATORS.has(nx.lower) || nx.lower === 'as'));
    const that = aside ? items.findIndex((t, k) => k > afterTime && k - afterTime <= 10 && t.lower === 'that' && items[k - 1]?.text === ',') : -1;
    if (that > 0) return { start: that + 1, that: true };
    // (nor "said Tuesday, but the MLA says …": a new clause after the comma; what was said came before the cue)
    // (not "said Saturday, although he did not name names, some players …": an aside, then the content)
    const newClause = items[afterTime - 1]?.text === ',' && (nx.lower === 'but' || nx.lower === 'and');
    // (nor "…, Nova Scotia Health announced Tuesday, the longest stretch of closures since 2023.": a noun phrase with no
    // verb to the sentence's end is the writer's, about what came before the cue)
    // (only after the words said: not "The analyst said Tuesday, the shares look cheap.")
    const writers = items[afterTime - 1]?.text === ',' && NOUN_DETERMINERS.has(nx.lower) && items.slice(3, from).some((t) => t.text === ',') && verblessToEnd(items, afterTime);
    if (nx.word && !TAIL_STARTERS.has(nx.lower) && !INTERVENING.has(nx.lower) && !participle && !newClause && !writers) return { start: afterTime, that: false };
  }
  return null;
}

/**
 * After an addressee, at `end`, a time or a frame: "told the Voice on Wednesday the parish council would …" (a time, then
 * the clause), "told the BBC in an interview that …"; null when the words were said before ("…, she told the BBC on
 * Wednesday.").
 */
function afterAddresseeFrame(items: readonly Item[], end: number): { start: number; that: boolean } | null {
  const timed = skipTimePhrase(items, end);
  const after = items[timed];
  if (timed > end && after?.word === true && !TAIL_STARTERS.has(after.lower) && after.lower !== 'that' && !isQuote(after) && wordsIn(items, timed, items.length) >= 3) return { start: timed, that: false };
  return TAIL_STARTERS.has((items[end] as Item).lower) ? thatAfterFrame(items, end, true) : null;
}

/** No verb nor quotation from `from` to the sentence's end. */
function verblessToEnd(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && !/^[.;!?]$/.test((items[k] as Item).text); k++) if (isQuote(items[k]) || ((items[k] as Item).word && isVerbLike(items[k] as Item))) return false;
  return true;
}

/**
 * "told Mr. Belichick he would retire", "told Judge Rossi she had …": the last word of a title and its name at `k`;
 * "told Smith's lawyer the case was a sham": the noun a possessive name owns.
 */
function pastTitledName(items: readonly Item[], k: number, from: number): number {
  if (isPossessive(items[k] as Item) && isCapitalised(items[k] as Token) && ROLE_NOUNS.has(items[k + 1]?.lower ?? '')) return k + 1;
  if (!TITLE_WORDS.has((items[k] as Item | undefined)?.text ?? '') || !isCapitalised(items[k + 1] as Token)) return k;
  let j = k + 1;
  while (j - from < 4 && isCapitalised(items[j + 1] as Token) && !CLAUSE_BEGUN.has(items[j + 1]?.lower ?? '')) j++;
  return j;
}

/** The content after a one-word addressee at `k` ("told ITV …"), or null when only a frame follows it. */
/**
 * A word, then whom "told" addresses, at `k`: "told local media they heard …", "told state television the plan …",
 * "told public broadcaster NHK it …".
 */
function audienceAt(items: readonly Item[], k: number): boolean {
  // (not whom it addresses followed by the clause's subject: "told reporters officials had lied", "told lawmakers voters …")
  const word = items[k]?.text ?? '';
  return /^[a-z][a-z-]*$/.test(word) && !/[^s]s$/.test(word) && !AUDIENCE_NOUNS.has(word) && !NOUN_DETERMINERS.has(word) && !PRONOUNS.has(word) && AUDIENCE_NOUNS.has(items[k + 1]?.text ?? '');
}

/** Past a capitalised name at `k` when a clause opens after it ("public broadcaster NHK it would …"); else `k`. */
function namedAudienceEnd(items: readonly Item[], k: number): number {
  let e = k;
  while (e < items.length && e - k < 4 && items[e]?.word === true && isCapitalised(items[e] as Token)) e++;
  const next = items[e]?.lower ?? '';
  return e > k && (PRONOUNS.has(next) || NOUN_DETERMINERS.has(next) || next === 'that') ? e : k;
}

function afterOneWordAddressee(items: readonly Item[], k: number): { start: number; that: boolean } | null {
  // ("“…,” Trump told ITV in an interview aired on Monday when asked …": after a quotation the sentence opened with, a
  // tail after the addressee is no content; "told reporters at the White House the talks were …" keeps its clause)
  // ("told CBC News the plan …", "told BBC Radio 4's Today programme the …": a broadcaster's acronym and its service;
  // "told E! News the …" too)
  const station = broadcasterAcronym(items[k]?.text ?? '') || (items[k + 1]?.text === '!' && BANG_NAMES.has(items[k]?.text ?? '')) ? addresseeEnd(items, k) : k;
  if (station > k + 1) return { start: station, that: false };
  const start = pastMeetingPlace(items, k + 1);
  // ("The union will sit out the election, Phil Smith told POLITICO earlier this week.": a time, and nothing after it)
  const timed = skipTimePhrase(items, start);
  const opener = items[timed];
  if (timed > start && (opener === undefined || /^[.!?]$/.test(opener.text))) return null;
  // ("told ESPN Sunday she would retire": a time after the addressee, then the clause)
  if (timed > start && (PRONOUNS.has(opener?.lower ?? '') || NOUN_DETERMINERS.has(opener?.lower ?? ''))) return { start: timed, that: false };
  if (!FRAME_PREPOSITIONS.has(items[start]?.lower ?? '')) return { start, that: false };
  // ("told Xi at the start of talks in the Great Hall of the People that …": a "that" after the frame opens it)
  const that = thatAfterFrame(items, start);
  if (that) return that;
  // ("Smith told Reuters on Friday the company would cut 500 jobs": past the time, the clause)
  if (timed > start && opener?.word && !TAIL_STARTERS.has(opener.lower) && !isQuote(opener) && opener.lower !== 'that' && items[timed - 1]?.text !== ',') return { start: timed, that: false };
  return items.slice(0, k).some((x) => isQuote(x)) ? null : { start, that: false };
}

/**
 * The content after a "that" which follows the cue's frame ("at the start of talks in the Great Hall that …"), or null;
 * with `noComma`, only a "that" before any comma.
 */
function thatAfterFrame(items: readonly Item[], start: number, noComma = false): { start: number; that: boolean } | null {
  for (let x = start; x < items.length && x - start <= 20; x++) {
    const t = items[x] as Item;
    // (nor past a participle cue of its own: "told reporters on Thursday, adding that …")
    if (isQuote(t) || t.text === '.' || t.text === ';' || (noComma && t.text === ',') || (t.text === ',' && PARTICIPLE.test(items[x + 1]?.text ?? '') && CUE_FORMS.has(items[x + 1]?.text ?? ''))) break;
    if (t.lower === 'that' && !relativeThat(items, x)) return { start: x + 1, that: true };
  }
  return null;
}

/** "reported that, according to an analysis of her calendar, 85 …": past an "according to" aside right after "that". */
function pastSourceAside(items: readonly Item[], at: number): number {
  // (only a source: "said that, if elected, he would …" keeps its condition)
  if (items[at]?.text !== ',' || items[at + 1]?.lower !== 'according' || items[at + 2]?.lower !== 'to') return at;
  for (let k = at + 1; k < items.length && k - at <= 20; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === '.' || t.text === ';') return at;
    if (t.text === ',') return k + 1;
  }
  return at;
}

/**
 * Where a paragraph's first sentence starts after a wire dateline: "KYIV, Ukraine — …", "LONDON, March 3 (Reuters) -
 * …", "WASHINGTON (AP) — …": a word in capitals, then capitalised words, commas and a day, then a dash, with an agency
 * in brackets, a month or a known place among them ("AIPAC — the lobby — has …" is no dateline); or a known place
 * and a colon ("Mumbai: …"); 0 if none.
 */
export function afterDateline(unit: Unit, text: string): number {
  const items = unit.items;
  const first = items[0];
  if (!first || text.slice(text.lastIndexOf('\n', unit.start - 1) + 1, unit.start).trim() !== '') return 0;
  // "Mumbai: …", "New Delhi: …" (the Indian and Pakistani press): a known place and a colon
  const colon = items.findIndex((t, k) => k >= 1 && k <= 4 && t.text === ':');
  if (colon > 0 && colon <= 3 && items.slice(0, colon).every((t) => t.word && /^\p{Lu}/u.test(t.text)) && isPlace(text.slice(first.start, (items[colon - 1] as Item).end))) return colon + 1;
  // ("Zoom in: Fernhop's busiest route …, according to the company", "THE NEWS: …": a newsletter's section label, words
  // in sentence case or all in capitals; one word only if an everyday one, not "Lavrov: …")
  if (colon > 0 && sectionLabel(items.slice(0, colon))) return colon + 1;
  // "New Delhi, Dec 3 (PTI) The Congress …": a place, a date and an agency in brackets, no dash
  // ("Lima, Dec 7 (EFE).- The office …", "Brasília (AFP) – Deforestation …": a stop or a dash after the bracket; a
  // place alone before it, with no date)
  const agency = items.findIndex((_, k) => k >= 2 && k <= 8 && agencyTagAt(items, k));
  let opens = agency + 1;
  while (agency > 0 && opens <= agency + 2 && /^[.—–-]$/.test(items[opens]?.text ?? '')) opens++;
  const dated = items.some((t, k) => k < agency && MONTHS.has(t.text)) || (agency === 3 && opens > agency + 1 && isPlace(first.text));
  if (agency > 0 && items.slice(0, agency - 2).every((t) => t.text === ',' || /^\d{1,2}$/.test(t.text) || isCapitalised(t)) && dated && isCapitalised(items[opens] as Token)) return opens;
  if (!/^\p{Lu}{3,}$/u.test(first.text)) return 0;
  let evidence = isPlace(first.text.charAt(0) + first.text.slice(1).toLowerCase());
  for (let k = 1; k < items.length && k < 10; k++) {
    const t = items[k] as Item;
    if (t.text === '—' || t.text === '–' || t.text === '-') return evidence ? k + 1 : 0;
    if (!(t.text === ',' || t.text === '(' || t.text === ')' || /^\d{1,2}$/.test(t.text) || (t.word && /^\p{Lu}/u.test(t.text)))) return 0;
    if (t.text === '(' || MONTHS.has(t.text) || (t.word && (isPlace(t.text) || isSubdivision(t.text)))) evidence = true;
  }
  return 0;
}

/** Whether words before a colon opening a paragraph are a section's label, no one's name ("Zoom in", "KNOW MORE"). */
function sectionLabel(label: readonly Item[]): boolean {
  if (!label.every((t) => t.word) || !/^\p{Lu}/u.test((label[0] as Item).text)) return false;
  if (label.length === 1) return isCommonWord((label[0] as Item).lower);
  const capitals = label.every((t) => !/\p{Ll}/u.test(t.text));
  return capitals || label.slice(1).every((t) => /^\p{Ll}/u.test(t.text));
}

/** A number, a share or a fraction: "40", "half", "two-thirds", "three". */
export function startsQuantity(t: Item | undefined): boolean {
  // ("only $40m", "about €3bn": an amount of money after its currency's sign)
  return !!t && (/^[$€£¥]?\d/.test(t.text) || /^[$€£¥]$/.test(t.text) || SHARE_HEADS.has(t.lower) || FRACTIONS.has(t.lower) || NUMBER_WORDS.has(t.lower));
}

/** "statement", "interviews", "listings": a frame noun, in the singular or the plural. */
function isFrameNoun(w: string): boolean {
  return FRAME_NOUNS.has(w) || (w.endsWith('s') && FRAME_NOUNS.has(w.slice(0, -1)));
}

/** Index where the content starts after "in a statement", "in an interview with CNN", "in a post on X"; -1 if none. */
export function afterFrameNoun(items: readonly Item[], from: number): number {
  if (!FRAME_PREPOSITIONS.has(items[from]?.lower ?? '')) return -1;
  let f = from + 1;
  while (f < items.length && f - from <= 6 && (items[f] as Item).word && !isFrameNoun((items[f] as Item).lower)) f++;
  if (!isFrameNoun(items[f]?.lower ?? '')) return -1;
  let j = f + 1;
  // the frame's object: "with CNN", "on X", "to Congress", "to the European Parliament"
  if (FRAME_OBJECT_PREPOSITIONS.has(items[j]?.lower ?? '')) {
    j++;
    let n = 0;
    while (j < items.length && n < 5 && (items[j] as Item).word && (isCapitalised(items[j] as Token) || (n === 0 && NOUN_DETERMINERS.has((items[j] as Item).lower)))) {
      j++;
      n++;
    }
    if (n === 0) return -1;
  }
  // (past a time after the frame: "said in a statement last month it had received …")
  j = skipTimePhrase(items, j);
  // the content opens like a clause: "it remained …", "the strike was …", "that …", "Russia would …"
  const t = items[j];
  // (or a possessive and its noun before the clause's verb: "said in a statement her client was innocent")
  const owned = t !== undefined && POSSESSIVE_PRONOUNS.has(t.lower) && items[j + 1]?.word === true && (AUXILIARIES.has(items[j + 2]?.lower ?? '') || BE_HAVE_FORMS.has(items[j + 2]?.lower ?? ''));
  const opens = t !== undefined && t.word && (CONTENT_OPENERS.has(t.lower) || owned || (isCapitalised(t) && !TAIL_STARTERS.has(t.lower)));
  return opens && wordsIn(items, j, items.length) >= 3 ? j : -1;
}

/** Skips "on Friday", "yesterday", "last week", "on October 8" after a cue; returns the next index. */
export function skipTimePhrase(items: readonly Item[], from: number): number {
  let k = from;
  const at = (n: number): string => (items[n] as Item | undefined)?.lower ?? '';
  for (;;) {
    if (at(k) === 'on' && WEEKDAYS.has(at(k + 1))) k += 2;
    else if (WEEKDAYS.has(at(k))) k += 1;
    else if (at(k) === 'on' && MONTHS.has((items[k + 1] as Item | undefined)?.text ?? '') && /^\d+$/.test(at(k + 2))) k += 3;
    else if (TIME_ADVERBS.has(at(k))) k += 1;
    // ("said late on Wednesday that …", "said early Thursday that …")
    else if (TIME_DEGREES.has(at(k)) && (at(k + 1) === 'on' || WEEKDAYS.has(at(k + 1)) || /^(last|this)$/.test(at(k + 1)))) k += 1;
    else if (/^(last|this|next)$/.test(at(k)) && TIME_UNITS.has(at(k + 1))) k += 2;
    else if (PARTS_OF_DAY.has(at(k)) && k > from) k += 1;
    else break;
  }
  if (at(k) === ',' && k > from) k++;
  return k;
}

/**
 * "vowed to “continue the fight”": a quotation after an infinitive cue's "to" that is the verb phrase itself — it opens
 * with a lower-case word that is no determiner, does not end in a comma, and nothing after it in the sentence
 * attributes it (not "They want to “create …,” said Ruiz", "agreed to “the final offer”").
 */
function quotedInfinitive(items: readonly Item[], at: number, text: string): boolean {
  const q = items[at]?.quote;
  if (!q || q.single || items[at + 1]?.text === ',') return false;
  const inner = text.slice(q.innerStart, q.innerEnd);
  const first = /^\p{Ll}+/u.exec(inner)?.[0];
  if (!first || NOUN_DETERMINERS.has(first) || /,\s*$/.test(inner)) return false;
  for (let k = at + 1; k < items.length; k++) if (CUE_FORMS.has((items[k] as Item).lower) || (items[k] as Item).lower === 'according') return false;
  return true;
}

/** "said that day that he was innocent", "said that morning that …": a time with "that", then the content's own "that". */
function timeThenThat(items: readonly Item[], from: number): boolean {
  return timeNoun(items[from + 1]?.lower ?? '') && items[from + 2]?.lower === 'that';
}

/** A noun of time after "that": "that day", "that week", "that night". */
export function timeNoun(word: string): boolean {
  return TIME_UNITS.has(word) || PARTS_OF_DAY.has(word) || word === 'day';
}

/** Whether the clause opened at `k` closes with a comma before any "that" ("…, as he left the court, that …"). */
function closedBeforeThat(items: readonly Item[], k: number): boolean {
  for (let j = k; j < items.length && j - k < 16; j++) {
    if (items[j]?.text === ',') return true;
    if (items[j]?.lower === 'that') return false;
  }
  return false;
}

/** A day at `k`: "Thursday", "on Wednesday", "last week", "this morning" (after how late or early). */
function dayAt(items: readonly Item[], k: number): boolean {
  const w = items[k]?.lower ?? '';
  return WEEKDAYS.has(w) || (w === 'on' && WEEKDAYS.has(items[k + 1]?.lower ?? '')) || w === 'last' || w === 'this';
}
