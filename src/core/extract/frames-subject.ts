// Frames at a cue with its speaker phrase before it ("X said …", "“Q,” X said", "C, X said").
import { nicknameText } from './nicknames.ts';
import { isGivenName } from './given-names.ts';
import { commaAppositiveAt, mainCueIn, timeAfterAt } from './content-end.ts';
import { afterDateline, contentEnd, contentStartAfter, finalAttributionAt, isFrameTail, objectEnd, quotationOfClosingSpeaker, startsQuantity, timeNoun, writersCommentOr } from './content.ts';
import { clauseOpensAt, isFiniteVerb, isVerbLike, questionEnd, verblessOpener } from './content-clauses.ts';
import { namedAttributionAfter, secondCueBefore } from './content-asides.ts';
import { leadIn } from './content-lead.ts';
import type { Found, Scan, Verdict } from './frames.ts';
import { ADDRESSEE_CUES, INSTITUTION_NOUNS, THAT_AFTER_ADDRESSEE_CUES, CUE_ACTS, PRONOUNS, CUE_FORMS, FINAL_POSITION_CUES, FINITE_VERBS, INTERVENING, TAIL_STARTERS, WEAK_CUES, WEEKDAYS } from './lexicon.ts';
import { AS_PHRASE_HEADS, ASIDE_OPENERS, LONG_OPENERS, LEADING_CONJUNCTIONS, SHORT_OPENERS, AUXILIARIES, CLAUSE_CONJUNCTIONS, ISSUING_PARTICIPLES, INDEFINITE_PRONOUNS, NAMING_FORMS, CONTENT_OPENERS, NEW_CLAUSE_CONJUNCTIONS, NOUN_DETERMINERS, NOTHING_SAID, QUANTITY_DETERMINERS, FRAME_PREPOSITIONS, PERSON_OBJECT_PRONOUNS, QUESTION_WORDS, RELATIVE_PRONOUNS, SCENE_OPENERS, SUBORDINATORS, TIME_ADVERBS } from './lexicon-clauses.ts';
import { FINDING_PEOPLE, SHARE_HEADS, WORK_ROLES } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, isPossessive, type Mention, trimNp, writtenRole } from './mentions.ts';
import type { Quote, Token } from './segment.ts';
import { personHead, shortOpenerBefore, startsClause } from './speaker-phrase.ts';
import { askedOf, questionAfterAddressee, requestEnd, requestTo } from './frames-asked.ts';
import { objectRelative } from './speaker-relative.ts';
import { findingCue, namesFindingSource, reported, timeAlone, whatCalled } from './frames-reported.ts';
import { isQuote, kindOf, partsOf, quotedComma, wordsIn, type Item } from './units.ts';

/** "“Q,” X said", "“A,” he said, “B.”", "“A.” “B,” he said": the quotation right before the speaker. */
export function quoteThenSpeaker(s: Scan): Verdict {
  const { items, cue, subj } = s;
  const before = subj.start - 1;
  const prevItem = items[before];
  const quoteBefore = prevItem && isQuote(prevItem) ? before : prevItem?.text === ',' && isQuote(items[before - 1]) ? before - 1 : -1;
  if (quoteBefore < 0) return null;
  // a quotation already inside an earlier statement of this sentence is not this speaker's (but the sentence is when
  // the attribution closes it: 'Critics say the plan is “a disaster,” Tom Reyes said.')
  if (quoteBefore < s.consumedUntil) return quoteBefore === before ? sentenceAround(s, quoteBefore) : null;
  const q = (items[quoteBefore] as Item).quote as Quote;
  // (not "Marine John “Tig” Tiegen found": a nickname between a name's parts is no quotation)
  if (quoteBefore === before && quoteBefore > 0 && isCapitalised(items[quoteBefore - 1] as Item) && (/^\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*)?$/u.test(s.text.slice(q.innerStart, q.innerEnd)) || (nicknameText(s.text.slice(q.innerStart, q.innerEnd)) && isGivenName((items[quoteBefore - 1] as Item).text)))) return null;
  // ("“Succession” star Brian Cox said", "“Barbie” director Greta Gerwig said": a work's title before a role word in
  // lower case, with no stop or comma inside its marks, is part of the speaker's phrase)
  if (quoteBefore === before && /^\p{Ll}/u.test(items[subj.start]?.text ?? '') && WORK_ROLES.has(items[subj.start]?.lower ?? '') && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}$/u.test(s.text.slice(q.innerStart, q.innerEnd))) return null;
  // "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said …": a programme's title, no quotation
  const titled = items[quoteBefore - 1];
  if (titled && (isPossessive(titled) || /^(on|in)$/.test(titled.lower)) && q.innerEnd - q.innerStart <= 30) return null;
  // ("To a question on the “privatization of public sector jobs,” Sanders said private contractors can be …": a
  // quotation inside the sentence's opening phrase, then a clause of the speaker's own right after the cue)
  // (or a quotation of its own after a colon: 'Conceding that there would be a deal "down the line", he warned: "…"')
  const colonQuote = items[cue.next]?.text === ':' && isQuote(items[cue.next + 1]);
  // ("Citing “obligations in Tennessee,” his spokeswoman told POLITICO that …": past the addressee too)
  if (quoteBefore > 0 && items[quoteBefore - 1]?.word === true && (clauseRightAfter(items, cue.next) || thatAfterAddressee(items, cue) || colonQuote)) return null;
  const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
  let after = cue.next;
  // skip frame after the cue up to a split continuation: “A,” he said, “B.”
  let k = after;
  while (k < items.length && !isQuote(items[k]) && (items[k] as Item).text !== '.' && k - after < 25) k++;
  // "“A,” Biden told reporters, “and B.”"
  // ("“A,” he said two days after the attack, “B.”": a short aside of time or place with no verb; "he said of" the
  // topic only when the first part is unfinished: not "“That is nonsense,” he said of the newspaper's front page,
  // “Labour will raise your taxes”", where the second quotation is what he spoke of)
  const opener = items[after]?.lower ?? '';
  // (a relative clause in it may have its verb: "he said of people whose rights were restored, “But I do know …”")
  const relative = items.slice(after, k - 1).findIndex((x) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'whose');
  const verbsUntil = relative < 0 ? k - 1 : after + relative;
  const aside = k - after <= 12 && (ASIDE_OPENERS.has(opener) || (opener === 'of' && unfinished(s.text, q, items[k]))) && !items.slice(after, k - 1).some((x, n) => isQuote(x) || CUE_FORMS.has(x.lower) || (after + n < verbsUntil && isFiniteVerb(x)));
  // ("“A,” Sanders said at a rally in Binghamton, N.Y. “B.”": the attribution's last word is an abbreviation with its stop)
  // (not when the second quotation has an attribution of its own: "… in the U.S. “They will lose,” Tom Baker said.")
  const abbreviated = k > after && /\w\.$/.test((items[k - 1] as Item).text) && isFrameTail(items, s.frameFrom, k) && !items.slice(k + 1).some((x) => CUE_FORMS.has(x.lower) || x.lower === 'according');
  // (not "“A,” she said, adding, “B.”" nor "…, and added, “B.”": a cue of its own makes B a statement of its own)
  const ownCue = secondCueBefore(items, after, k);
  // (nor when B has an attribution of its own naming someone: "“A,” she said, but …, “B,” said Kunin")
  if (isQuote(items[k]) && !ownCue && !namedAttributionAfter(items, k) && (((items[k - 1] as Item).text === ',' && (k === after + 1 || k - 1 === s.frameFrom || aside || isFrameTail(items, s.frameFrom, k - 1))) || abbreviated)) {
    const q2 = (items[k] as Item).quote as Quote;
    parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
    after = k + 1;
  }
  // earlier quotes in the same unit that run straight into this one ("“A.” “B,” he said")
  for (let qb = quoteBefore - 1; qb >= 0 && isQuote(items[qb]); qb--) {
    const q0 = (items[qb] as Item).quote as Quote;
    parts.unshift({ start: q0.innerStart, end: q0.innerEnd, quote: q0 });
  }
  const frameEnd = contentEnd(items, cue.next);
  // "The bill's failure was “heartbreaking,” she said": the quotation ends a clause of the source's that opens the
  // sentence; the clause is the content (a mixed quotation)
  const lead = leadIn(items, s.unit, s.text, s.consumedUntil, parts.length === 1 ? quoteBefore : -1);
  if (lead >= 0) return s.add({ kind: kindOf(items, lead, quoteBefore + 1), mention: subj.mention, cue: cue.cue, parts: partsOf(items, lead, quoteBefore + 1), frameText: s.frameText(subj.start, frameEnd) }, after, subj.mention);
  return s.add({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts, frameText: s.frameText(subj.start, frameEnd) }, after, subj.mention);
}

/** A comma, then "and" or "but" at `k` (past the comma when the content opens with it): a clause joined after it. */
const joinedAfterComma = (items: readonly Item[], k: number): boolean => ((at: number) => items[at - 1]?.text === ',' && LEADING_CONJUNCTIONS.has(items[at]?.lower ?? ''))(items[k]?.text === ',' ? k + 1 : k);

/**
 * 'Critics say the plan is “a disaster,” Tom Reyes said.': a final attribution after a quotation that closed an earlier
 * statement of the sentence reports the whole sentence, that statement and all (as "Critics say the plan is a disaster,
 * Tom Reyes said." does).
 */
function sentenceAround(s: Scan, quoteAt: number): Verdict {
  const { items, cue, subj } = s;
  const from = afterDateline(s.unit, s.text);
  // (only a person of its own, by name: not "…,” he said", "…,” the senator says", "Pence said …, “…,” Pence said", the
  // same speaker told of twice; nor an outlet relaying the words, "Orr said “the West has lost,” state media reported")
  const m = subj.mention;
  const surname = (x: Mention): string => (x.name ?? x.text).split(' ').pop()?.toLowerCase() ?? '';
  // (nor after an earlier speaker by pronoun, who may be this one: "Roffman was angry after he told the Journal that …")
  const own = m.kind === 'name' && !m.institution && s.found.every((f) => f.mention.kind !== 'pronoun' && surname(f.mention) !== surname(m));
  // (the attribution closes the sentence)
  const tailEnd = own && quotedComma(items[quoteAt]) && s.found.length > 0 ? contentEnd(items, cue.next) : -1;
  if (tailEnd < items.length - 1 || !isFrameTail(items, cue.next, tailEnd)) return null;
  return s.add({ kind: kindOf(items, from, quoteAt + 1), mention: subj.mention, cue: cue.cue, parts: partsOf(items, from, quoteAt + 1), frameText: s.frameText(subj.start, items.length) }, items.length, subj.mention);
}

/** "Zelensky told reporters:" at the end of its paragraph: the quotation comes in the next one. */
export function speakerAnnounces(s: Scan): Verdict {
  const { items, cue, subj } = s;
  const colonAt = items.length - 1;
  if (items[colonAt]?.text !== ':' || colonAt < cue.next || colonAt - cue.next > 12 || !startsClause(items, subj.start) || !isFrameTail(items, s.frameFrom, colonAt)) return null;
  s.add({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts: [], frameText: s.frameText(subj.start, colonAt), announce: true }, s.consumedUntil);
  return 'stop';
}

/** "X said (that) C", "X believes C", "X wants to C", "a poll shows C", "X endorsed Y". */
export function speakerCueContent(s: Scan): Verdict {
  const { items, text, cue, subj, i } = s;
  // ("asked the school whether …", "asked him how …", "asked when …": the question after its addressee)
  const question = questionAfterAddressee(items, cue);
  // (not "She asked Richards what …" by a pronoun: the person just named may be taken for "she")
  if (question && subj.mention.kind === 'pronoun' && items.slice(cue.next, question.start).some((t) => isCapitalised(t))) return null;
  // ("It's a reminder, Rogers said, that …": between commas the cue is a parenthesis, the "that" its host clause's)
  if (!question && items[subj.start - 1]?.text === ',' && items[cue.next]?.text === ',' && items[cue.next + 1]?.lower === 'that' && FINAL_POSITION_CUES.has(cue.lemma)) return null;
  // ('No name change, he said, “hides what it really is.”': the quotation goes on with the subject before the cue)
  if (!question && quotedPredicateAfter(s)) return null;
  const cs = question ?? contentStartAfter(items, cue.next, cue.lemma, text);
  // ("Inspectors have seized two trawlers …, she told reporters, and more seizures will follow": a clause joined after the
  // parenthesis goes on with the one before it; parenthetical-cue)
  if (!cs || (items[subj.start - 1]?.text === ',' && joinedAfterComma(items, cs.start))) return null;
  // ("The price, she said, undervalues a contract that …": between commas the cue is a parenthesis, the verb after it
  // its host clause's, and a "that" further on no content's opening; parenthetical-cue)
  const after = items[cue.next + 1];
  if (!question && items[subj.start - 1]?.text === ',' && items[cue.next]?.text === ',' && cs.start > cue.next + 2 && after?.word && /^\p{Ll}/u.test(after.text) && (isVerbLike(after) || /[^s]s$/.test(after.text)) && !TAIL_STARTERS.has(after.lower) && !INTERVENING.has(after.lower)) return null;
  // ("When a reporter read the post aloud, …": what is read is a quotation, or follows a colon or "that", not the thing read)
  if (cue.lemma === 'read' && !cs.that && !isQuote(items[cs.start]) && items[cs.start - 1]?.text !== ':') return null;
  // ("The Drivers' Alliance, which claims 1.2 million supporters, …": a count one claims to have is no statement)
  // (not "Hamas claims 30 people were killed": a clause with its verb after the count)
  if (cue.lemma === 'claim' && !cs.that && startsQuantity(items[cs.start]) && !countedClause(items, cs.start)) return null;
  // ("As the opposition has demanded, the spokesperson said that …": what an "as" clause reports is no content past the
  // main clause's own attribution)
  // (the clause ends at its cue: not "Senators such as Lindsey Graham said in remarks on Sunday that …")
  if (items[subj.start - 1]?.lower === 'as' && items[cue.next]?.text === ',' && !AS_PHRASE_HEADS.has(items[subj.start - 2]?.lower ?? '') && items.slice(cue.next, cs.start).some((t) => CUE_FORMS.has(t.lower))) return null;
  // ("The budget, he told reporters, would protect schools": after a frame between commas, a verb goes on with the
  // host clause; parenthetical-cue)
  if (!question && items[subj.start - 1]?.text === ',' && items[cue.next]?.text !== ',' && frameTailComma(s) > 0) return null;
  // ("said on Thursday, brushing aside calls …": after the frame's comma, a participle's clause is a statement of its own,
  // not what was said; not a gerund that opens the content, "said Monday, meeting him was an honour")
  if (!question && cs.start > cue.next + 1 && items[cs.start - 1]?.text === ',' && participleClauseAt(items, cs.start)) return null;
  // ("the guard everyone calls “Smoke” scored 19 points": a nickname, then the sentence's own verb)
  const nick = items[cs.start]?.quote;
  if (NAMING_FORMS.has(items[i]?.lower ?? '') && nick && text.slice(nick.innerStart, nick.innerEnd).split(' ').length <= 3 && items[cs.start + 1]?.word === true && isVerbLike(items[cs.start + 1] as Item)) return null;
  let ce = contentEnd(items, cs.start);
  // ("…, a senior UN official warned the Security Council on Thursday.": whom a closing attribution warned, and its
  // frame, are no content; the words before are (content-then-speaker))
  if (cs.start === cue.next && !ADDRESSEE_CUES.has(cue.lemma) && items[subj.start - 1]?.text === ',') {
    const past = pastAddressee(items, cue, cue.next);
    if (past > cue.next && isFrameTail(items, past, ce)) return null;
  }
  // ("…, Ryabushkin told TASS in an interview.": after the one told, only the frame's words; the words before are the
  // content, content-then-speaker)
  // (not after an opener's comma, "On Tuesday, Smith told reporters at the White House the deal was close": only a short
  // tail that ends the sentence)
  if (cs.start > cue.next && !cs.that && ADDRESSEE_CUES.has(cue.lemma) && items[subj.start - 1]?.text === ',' && subj.start > 4 && !LONG_OPENERS.has(items[0]?.lower ?? '') && FRAME_PREPOSITIONS.has(items[cs.start]?.lower ?? '') && ce - cs.start <= 6 && (ce >= items.length || /^[.!?]$/.test(items[ce]?.text ?? '')) && isFrameTail(items, cs.start, ce)) return null;
  // 'Nothing the president said “will assuage people's fears,” the Florida senator said', 'Candidates who think “…,”
  // she said': a cue inside a clause of the sentence gives its quotation to the sentence's closing attribution (not
  // 'Putin said “…,” state media reported' nor 'Putin, who was in Sochi, said “…,” …': the outlet relays, Putin speaks)
  const embedded = INDEFINITE_PRONOUNS.has(items[subj.start]?.lower ?? '') || RELATIVE_PRONOUNS.has(items[subj.start - 1]?.lower ?? '') || items.slice(subj.start, i).some((t, k) => RELATIVE_PRONOUNS.has(t.lower) && items[subj.start + k - 1]?.text !== ',');
  if (embedded && ce === cs.start + 1 && isQuote(items[cs.start]) && finalAttributionAt(items, ce)) return null;
  const r = reported(s, cs, ce);
  // ("Senators who supported the bill said on Tuesday that …": a cue in a relative clause on the subject, the relative
  // pronoun right before it and its auxiliaries, ends where the main clause's cue comes after its object or its clause's
  // own verb; not "A man who claimed his boss told him to lie …", a clause whose verb is that cue)
  let rel = i - 1;
  while (rel > subj.start && (INTERVENING.has(items[rel]?.lower ?? '') || AUXILIARIES.has(items[rel]?.lower ?? ''))) rel--;
  const main = rel > subj.start && RELATIVE_PRONOUNS.has(items[rel]?.lower ?? '') && items[rel - 1]?.word === true ? mainCueIn(items, cs.start, ce) : ce;
  if (main < ce && (r.bare || items.slice(cs.start, main).some((t) => isFiniteVerb(t)))) ce = main;
  // "The troops would prefer Trump, according to a Military Times survey": a belief, wish or stance that a closing
  // "according to" gives to its source is that source's finding
  if (CUE_ACTS.has(cue.lemma) && items[ce]?.text === ',' && items[ce + 1]?.lower === 'according' && items[ce + 2]?.lower === 'to') return null;
  // "a move that Ukrainian officials said would help them …": a relative clause around the cue
  const opensWithVerb = AUXILIARIES.has(items[cs.start]?.lower ?? '');
  const relative = /^(that|which)$/.test(items[subj.start - 1]?.lower ?? '') && opensWithVerb;
  // (", in what it said was a gesture", ", in a move she said would restore discipline": a pronoun inside a noun's
  // relative clause, its content with no subject, is no statement)
  if (opensWithVerb && !relative && subj.mention.kind === 'pronoun' && items[subj.start - 1]?.word === true && !CLAUSE_CONJUNCTIONS.has((items[subj.start - 1] as Item).lower)) return null;
  // "a move rights groups said would …": the relative has no "that"; the head noun is not the speaker
  if (opensWithVerb && !relative && /^(a|an|the)$/.test(items[subj.start]?.lower ?? '') && items[subj.start + 2]) {
    const rest = trimNp(items.slice(subj.start + 2, i));
    const m2 = rest.length > 0 && /^[a-z]/.test(items[subj.start + 1]?.text ?? '') ? analyseMention(rest, text) : null;
    if (m2 && m2.kind !== 'pronoun') subj.mention = m2;
  }
  // ("what Gilbert called “a perception problem”": the quotation is the one who named it so)
  const named = whatCalled(items, cs.start) && items[subj.start - 1]?.lower === 'what';
  // ("an electorate in which 67 percent of voters say …": a poll's share opens the relative clause)
  const shareInRelative = /^(which|whom)$/.test(items[subj.start - 1]?.lower ?? '') && items.slice(subj.start, i).some((x) => SHARE_HEADS.has(x.lower));
  // ("a new TV ad in which he declares, “…”", "a letter in which she wrote that …": the frame is the relative clause's)
  const inWhich = items[subj.start - 1]?.lower === 'which' && FRAME_PREPOSITIONS.has(items[subj.start - 2]?.lower ?? '') && (cs.that || isQuote(items[cs.start]));
  // ("Bannon, who Beck on Wednesday called “…”": a person named after "who" is the relative clause's own subject)
  // (after a comma or a noun, not a question's "who": "declined to say who he plans to vote for"; not a pronoun, whose
  // antecedent such a clause does not make plain)
  // (nor a clause whose cue has no words of its own before the comma: "Mr Odinga, who Ruto praised on Monday, said …")
  const ownSubject = items[subj.start - 1]?.lower === 'who' && subj.mention.kind !== 'pronoun' && whoHosted(items, subj.start - 1) && objectRelative(items, subj.start, mentionEnd(items, subj), s.text) && items[cs.start - 1]?.text !== ',' && !CUE_FORMS.has(items[cs.start]?.text ?? '');
  // ("He met residents who said …", "rebuked critics who say …": people by role, a verb's object, before "who" and the cue)
  // (not inside a relative clause itself: "The film, in which Tom Hughes plays a detective who tells his wife …")
  // (a person by role, or a group by name in the plural; resolved in passing, so nobody a later "she" means)
  // (the "who" first: the rest is read only for the few subjects a "who" follows)
  const subjEnd = mentionEnd(items, subj);
  const people = (): boolean => (subj.mention.kind === 'role' && !subj.mention.institution && personHead(items.slice(subj.start, subjEnd) as Token[])) || subj.mention.kind === 'name';
  const whoObject = items[subjEnd]?.lower === 'who' && !NOTHING_SAID.has(items[cs.start]?.lower ?? '') && people() && (subj.mention.plural || subj.mention.kind === 'role' || /[^s]s$/.test(subj.mention.text)) && items.slice(subjEnd + 1, i).every((x) => INTERVENING.has(x.lower) || AUXILIARIES.has(x.lower)) && !items.slice(0, subj.start).some((x) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'whose');
  if (wordsIn(items, cs.start, ce) < r.min || !r.ok || !(startsClause(items, subj.start) || relative || shareInRelative || named || inWhich || ownSubject || whoObject)) return null;
  // "endorsed Mr. Trump at a news conference": an object ends where its frame begins
  if (r.bare) ce = objectEnd(items, cs.start, ce);
  // ("Her liberal friends … call Trump “an orange buffoon,” Susan said": a quotation in the object that a closing
  // attribution gives to someone else makes the whole sentence that speaker's (quote-then-speaker))
  if (r.bare && quotationOfClosingSpeaker(items, cs.start, ce + 1)) return null;
  // ("asked whether the deal was off, but no answer was given", "…, a charge she denied": the question ends first)
  if (r.asked) ce = QUESTION_WORDS.has(items[cs.start]?.lower ?? '') ? questionEnd(items, cs.start, ce) : requestEnd(items, cs.start, ce);
  // (what someone called something is the quotation alone; "Biden signed what he called “…,” the White House said"
  // leaves the sentence to its closing attribution)
  if (named && finalAttributionAt(items, cs.start + 1)) return null;
  if (named) ce = cs.start + 1;
  // "while the RNC says it is on track, donors are scarce": a subordinate clause ends where the main clause begins
  // ("Although in September she said …, at the town hall she said …": past a short opener too)
  const opener = shortOpenerBefore(items, subj.start);
  // (what is left after that cut must still say something: not "a day after he said them, but …")
  if (SUBORDINATORS.has(items[subj.start - 1]?.lower ?? '') || (opener > 0 && SUBORDINATORS.has(items[opener - 1]?.lower ?? ''))) {
    ce = mainClauseAt(items, cs.start, ce);
    if (!r.bare && wordsIn(items, cs.start, ce) < r.min) return null;
  }
  // "Petrilli, who thinks the administration overreached, called the law …": a relative clause ends at its comma
  if (RELATIVE_PRONOUNS.has(items[subj.start]?.lower ?? '') && items[subj.start - 1]?.text === ',') ce = relativeClauseEnd(items, cs.start, ce, s.text);
  else if (ownSubject && items[subj.start - 2]?.text === ',') ce = relativeClauseEnd(items, cs.start, ce, s.text);
  // ("Locals who the mayor called “heroes” said …": a naming quotation with the main clause's verb after it)
  else if (ownSubject && isQuote(items[cs.start]) && items[cs.start + 1]?.word === true) ce = cs.start + 1;
  // ("The rally, at which Ruto said that taxes would fall, drew thousands", "In a new ad in which he declares, “…,” the
  // senator attacks …": the relative clause ends at its comma, or with its quotation)
  if (inWhich && isQuote(items[cs.start])) ce = cs.start + 1;
  else if (inWhich && items[subj.start - 3]?.text === ',') ce = relativeClauseEnd(items, cs.start, ce, s.text);
  // ("Records from the county show …": the records find, not the body they come from)
  const first = items[subj.start] as Item;
  // (not when it names who issued it: "A study published by The Lancet found …" is the Lancet's)
  const issued = items.slice(subj.start, i).some((t) => ISSUING_PARTICIPLES.has(t.lower)) && items.slice(subj.start, i).some((t) => t.lower === 'by');
  // (up to an appositive on its maker: "a survey by the Centre for Democracy and Human Rights, a local think-tank, found")
  const comma = items.findIndex((t, k) => k > subj.start && k < i && t.text === ',' && t.start >= subj.mention.end);
  const last = items[comma > 0 ? comma - 1 : i - 1] as Item;
  const source = findingCue(cue.lemma) && subj.mention.start > first.start && !issued && namesFindingSource(s) ? writtenRole(text.slice(first.start, last.end), first.start, last.end, false, true) : subj.mention;
  return s.add({ kind: kindOf(items, cs.start, ce), mention: source, cue: cue.cue, parts: partsOf(items, cs.start, ce), frameText: s.frameText(0, cs.start), ...(r.bare ? { object: true as const } : {}), ...(r.asked ? { act: 'asked' as const, ...askedOf(items, cue.next, cs.start === cue.next ? requestTo(items, cs.start) : cs.start, text) } : {}) }, ce, whoObject ? undefined : source);
}

/**
 * After a count at `at`, a clause: past the count's words and its noun, a verb before any comma ("30 people were killed",
 * "one in three voters backs its plan"; not "1.2 million supporters, warned").
 */
function countedClause(items: readonly Item[], at: number): boolean {
  let k = at + 1;
  while (k < items.length && k - at < 6 && (items[k] as Item).word && !/^[a-z]{3,}s$/.test((items[k] as Item).text) && !isVerbLike(items[k] as Item)) k++;
  if (items[k] !== undefined && isVerbLike(items[k] as Item)) return true;
  for (let v = k + 1; v < items.length && v - k < 4; v++) {
    const t = items[v] as Item;
    if (!t.word) return false;
    if (isVerbLike(t) || /^[a-z]{3,}s$/.test(t.text)) return true;
  }
  return false;
}

/** A clause right after a cue: "that", or a word that opens no frame, and a verb within eight words before any comma or stop. */
function clauseRightAfter(items: readonly Item[], at: number): boolean {
  const first = items[at];
  if (first?.lower === 'that') return true;
  if (!first?.word || isQuote(first) || TAIL_STARTERS.has(first.lower) || INTERVENING.has(first.lower) || WEEKDAYS.has(first.lower)) return false;
  for (let k = at + 1; k < items.length && k - at <= 8; k++) {
    const t = items[k] as Item;
    if (!t.word || isQuote(t)) return false;
    if (isVerbLike(t)) return true;
  }
  return false;
}

/** "told POLITICO that", "told the local paper that": a cue that takes an addressee, its "that" within five words. */
function thatAfterAddressee(items: readonly Item[], cue: { lemma: string; next: number }): boolean {
  if (!THAT_AFTER_ADDRESSEE_CUES.has(cue.lemma)) return false;
  for (let k = cue.next; k < items.length && k - cue.next <= 5; k++) {
    if ((items[k] as Item).lower === 'that') return k > cue.next;
    if (!(items[k] as Item).word) return false;
  }
  return false;
}

/** "C, X said [on Friday]." */
export function contentThenSpeaker(s: Scan): Verdict {
  const { items, cue, subj } = s;
  const before = subj.start - 1;
  // (the writer's comparison after the cue is no part of the frame: "…, the study found, compared with 9 per cent …")
  const compared = items[cue.next]?.text === ',' && items[cue.next + 1]?.lower === 'compared';
  // "…, Clinton allies believe — backers she will need": a dash closes the attribution
  // ("…, the Congressional Budget Office reported on Tuesday — a development that …": so does the writer's comment)
  // (a participle's clause after the frame is a statement of its own: "…, X said on Thursday, brushing aside calls …")
  // (not a gerund that opens the clause going on: "…, she added, revoking clearances would be …"; and only after a clause)
  const participle = items.slice(0, subj.start).some((x) => x.word && isVerbLike(x)) ? items.findIndex((x, k) => k >= cue.next && k - cue.next <= 8 && x.text === ',' && participleClauseAt(items, k + 1)) : -1;
  const tailEnd = /^[—–]$/.test(items[cue.next]?.text ?? '') || compared ? cue.next : participle > 0 ? participle : writersCommentOr(items, cue.next, contentEnd(items, cue.next));
  // ("…, records show.", "…, a new study found.": a finding's source closes the sentence)
  // (or people whose work is finding things out: "…, the researchers found.")
  const finding = findingCue(cue.lemma) && (namesFindingSource(s) || (cue.lemma === 'find' && FINDING_PEOPLE.has(items[s.i - 1]?.lower ?? '')));
  if (items[before]?.text !== ',' || !(FINAL_POSITION_CUES.has(cue.lemma) || finding) || !isFrameTail(items, pastAddressee(items, cue, s.frameFrom), tailEnd)) return null;
  // ("Cape Breton Regional Police, which responded to two collisions …": what comes before a relative pronoun is its
  // antecedent, not its content; not '“…,” Katie Packer, who is chairman of X said': a quotation before the antecedent)
  if (RELATIVE_PRONOUNS.has(items[subj.start]?.lower ?? '') && !items.slice(0, before).some((x) => isQuote(x))) return null;
  // "Bringing the show back, he said, feels right": the clause goes on after the cue (parenthetical-cue)
  // (nor the comparison after it)
  // (not the writer's appositive: "…, a new poll finds, a debate that is likely to …")
  const appositive = commaAppositiveAt(items, cue.next);
  if (!compared && !appositive && clauseGoesOn(items, cue.next) && !timeAfterAt(items, cue.next + 1)) return null;
  // ("The plant itself, he said in an interview, was built …": past a frame, the same)
  const tailComma = items[cue.next]?.text === ',' ? -1 : frameTailComma(s);
  if (tailComma > 0 && clauseGoesOn(items, tailComma) && !timeAfterAt(items, tailComma + 1)) return null;
  // ("By eliminating the receiving line, Ms. Tchen said, the White House is able …": words with no verb before the cue
  // open the clause after it; parenthetical-cue)
  if (items[cue.next]?.text === ',' && !appositive && openerThenClause(items, afterDateline(s.unit, s.text), before, cue.next)) return null;
  // ("Every Friday, the executive told The Washington Post, Fiorina would lead …": the clause goes on after the addressee)
  const past = pastAddressee(items, cue, s.frameFrom);
  const after = items[past + 1];
  if (items[past]?.text === ',' && after !== undefined && (PRONOUNS.has(after.lower) || isCapitalised(after)) && [2, 3].some((d) => AUXILIARIES.has(items[past + d]?.lower ?? ''))) return null;
  // "Friday morning, as …, CNN reported at least six planes filled …": a weak cue's words come after it
  if (WEAK_CUES.has(cue.lemma) && wordsIn(items, cue.next, tailEnd) >= 4) return null;
  // "But at a thanksgiving service in Kiritiri, Kindiki hit back at the opposition.": an opener is no content
  const first = (items[0] as Item).lower === 'but' || (items[0] as Item).lower === 'and' ? 1 : 0;
  // (not when a clause follows the opener's comma: "In all, the host committee raised $57 million, records show.")
  const opener = SCENE_OPENERS.has(items[first]?.lower ?? '') && !clauseAfterOpener(items, first, before);
  const from = afterDateline(s.unit, s.text);
  // ("Two years later, the half-built sheds tell a story of neglect": a time counted on is no content)
  if (wordsIn(items, from, before) < 3 || timeAlone(items, from, before) || (opener && !items.slice(0, before).some((x) => isQuote(x)) && before <= 12)) return null;
  return s.add({ kind: kindOf(items, from, before), mention: subj.mention, cue: cue.cue, parts: partsOf(items, from, before), frameText: s.frameText(subj.start, tailEnd) }, tailEnd, subj.mention);
}

/** A participle's clause at `k` ("brushing aside calls …"), not a gerund that is a clause's subject ("meeting him was …"). */
function participleClauseAt(items: readonly Item[], k: number): boolean {
  if (!/^[a-z]+ing$/.test(items[k]?.text ?? '')) return false;
  for (let n = k + 1; n < items.length && n - k <= 9; n++) {
    const w = items[n] as Item;
    // (a relative clause's verb is no predicate of the gerund: "ending a standoff that had left …")
    if (!w.word || RELATIVE_PRONOUNS.has(w.lower) || w.lower === 'that') return true;
    if (isFiniteVerb(w)) return false;
  }
  return true;
}

/** A main clause after the last comma between the opener at `first` and the speaker's comma `before`. */
function clauseAfterOpener(items: readonly Item[], first: number, before: number): boolean {
  // (the last comma before the speaker's: "At the hearing, which ended Friday, the judge denied bail, records show")
  let comma = -1;
  for (let k = before - 1; k > first && comma < 0; k--) if ((items[k] as Item).text === ',') comma = k;
  if (comma < 0) return false;
  // (a subordinate clause is no main one: "On Tuesday, even as shares were tumbling, Mr. Ackman wrote to investors";
  // nor an appositive with a clause of its own: "In Leeds, a city he once represented,", "On Monday, the day the report
  // came out,", "At the summit, which ended on Friday,", "Earlier, at a rally that drew thousands,")
  const opens = items[comma + 1]?.lower === 'even' ? comma + 2 : comma + 1;
  const w = items[opens]?.lower ?? '';
  if (SUBORDINATORS.has(w) || RELATIVE_PRONOUNS.has(w) || TAIL_STARTERS.has(w)) return false;
  const verb = items.findIndex((x, k) => k > opens && k < before && x.word && isVerbLike(x));
  // (a determiner or a pronoun right after a noun opens a clause of the noun's: "the day the report came out", "a city
  // he once represented"; after a preposition it is the subject's own: "supporters of the measure gathered")
  return verb > 0 && !items.slice(opens + 1, verb).some((x, n) => (NOUN_DETERMINERS.has(x.lower) || PRONOUNS.has(x.lower)) && !TAIL_STARTERS.has(items[opens + n]?.lower ?? '') && items[opens + n]?.lower !== 'of');
}

/** "…, the president told her.", "…, Phil Smith told POLITICO.": past an addressee the phrase reader leaves. */
function pastAddressee(items: readonly Item[], cue: { lemma: string; next: number }, from: number): number {
  if (from !== cue.next || !THAT_AFTER_ADDRESSEE_CUES.has(cue.lemma)) return from;
  if (PERSON_OBJECT_PRONOUNS.has(items[from]?.lower ?? '')) return from + 1;
  // ("…, a senior UN official warned the Security Council on Thursday": a body by its name after its article)
  let k = items[from]?.lower === 'the' && isCapitalised(items[from + 1] as Token) ? from + 1 : from;
  // ("the Bank of England": "of" or "for" between a body's capitalised words)
  // ("the Department for Work and Pensions": "and" too)
  const inName = (x: number): boolean => isCapitalised(items[x] as Token) || (/^(of|for|and)$/.test(items[x]?.lower ?? '') && x > from && isCapitalised(items[x + 1] as Token));
  while (k < items.length && k - from < 8 && (items[k] as Item).word && inName(k)) k++;
  // ("the Kenyan parliament": a body's lower-case noun after its capitalised word)
  if (k > from && INSTITUTION_NOUNS.has(items[k]?.lower ?? '')) k++;
  // (not a body with its own verb next: "the chancellor warned the Bank of England would act" warns of the Bank)
  return AUXILIARIES.has(items[k]?.lower ?? '') ? from : k;
}

/** "But that, he said, was an argument for reform": the cue parenthetical inside the clause. */
export function parentheticalCue(s: Scan): Verdict {
  const { items, cue, subj } = s;
  const before = subj.start - 1;
  // ("During his seven and a half years in office, Mr. Obama said, a majority …": a long opener before the cue, and the
  // clause after it)
  // ("Like his comments about Mr. Curiel, Mr. Graham said, Mr. Trump's jabs … were …": any opener with no verb)
  // ("The plant, he said in an interview, was built …", "The budget, she told MPs, would …": a frame before the comma)
  const close = items[cue.next]?.text === ',' ? cue.next : frameTailComma(s);
  const opener = (SHORT_OPENERS.has((items[0] as Item).lower) && !items.slice(1, before).some((x) => x.text === ',' || isQuote(x) || AUXILIARIES.has(x.lower) || FINITE_VERBS.has(x.lower)) && clauseAt(items, close + 1)) || openerThenClause(items, 0, before, close);
  // ("“A big truck” plowed through barriers set up for the festivities, he said, and “everyone started running.”": a
  // quotation joined after the cue is the speaker's, however long the words before it)
  // (only when it ends the sentence: not "…, she said, but “that is not the whole story,” said another member")
  const joinedQuote = LEADING_CONJUNCTIONS.has(items[close + 1]?.lower ?? '') && isQuote(items[close + 2]) && items.slice(close + 3).every((x) => !x.word);
  // ("If the province went ahead alone, Mr. Finlayson argued, its plants would lose markets": a subordinate clause opens
  // the sentence, its main clause after the cue)
  const subordinate = SUBORDINATORS.has(items[LEADING_CONJUNCTIONS.has((items[0] as Item).lower) ? 1 : 0]?.lower ?? '') && clauseOpensAt(items, close + 1);
  // (not a time after the cue: "…, the governor said on Thursday, hours after the bank cut its rate")
  if (items[before]?.text !== ',' || close < 0 || timeAfterAt(items, close + 1) || !FINAL_POSITION_CUES.has(cue.lemma) || before < 1 || (before > 8 && !clauseGoesOn(items, close) && !opener && !joinedQuote && !subordinate) || s.found.length > 0) return null;
  // (a reason after the cue ends at its first comma: "…, she said, because she was ill, but the court heard …")
  const end = contentEnd(items, close + 1);
  const reasonComma = items[close + 1]?.lower === 'because' ? items.findIndex((x, k) => k > close + 1 && k < end && x.text === ',') : -1;
  const ce = reasonComma > 0 ? reasonComma : end;
  // ("He had a rally that night - and the permit, his campaign said, had been hard to get": the clause after a dash)
  // ("Schultz, who works for RT and, Mr. King said, has recently seemed …": after a conjunction the words before are
  // the writer's, the clause after the cue the source's)
  const joined = LEADING_CONJUNCTIONS.has(items[before - 1]?.lower ?? '');
  const head = joined ? [] : partsOf(items, clauseAfterDash(items, before), before);
  // (a quotation going on with the subject keeps its marks: 'No name change “hides what it really is.”')
  const quoted = isQuote(items[close + 1]) && quotedPredicateAfter(s);
  const tail = quoted ? [{ start: (items[close + 1] as Item).start, end: (items[close + 1] as Item).end }] : partsOf(items, close + 1, ce);
  if ((head.length === 0 && !joined) || tail.length === 0 || wordsIn(items, close + 1, ce) < (joined ? 4 : 2) || (isQuote(items[close + 1]) && !quoted)) return null;
  return s.add({ kind: kindOf(items, joined ? close + 1 : 0, ce), mention: subj.mention, cue: cue.cue, parts: [...head, ...tail], frameText: s.frameText(subj.start, close) }, ce, subj.mention);
}

/**
 * "The new budget, she said, “will fix the roads.”": a subject with no verb of its own opens the sentence before the
 * cue's commas, and the quotation after them, ending the sentence, goes on with its predicate in lower case.
 */
function quotedPredicateAfter(s: Scan): boolean {
  const { items, cue, subj } = s;
  const quote = items[cue.next + 1];
  const before = subj.start - 1;
  if (items[before]?.text !== ',' || items[cue.next]?.text !== ',' || !quote?.quote || before < 1 || before > 8 || !FINAL_POSITION_CUES.has(cue.lemma)) return false;
  if (!/^\p{Ll}/u.test(s.text.slice(quote.quote.innerStart, quote.quote.innerStart + 1)) || !items.slice(cue.next + 2).every((x) => !x.word)) return false;
  // (its first word a verb: "hides", "will", "could"; not a clause of its own, "That night, he said, “we will …”")
  const verb = /^\p{Ll}+/u.exec(s.text.slice(quote.quote.innerStart, quote.quote.innerStart + 20))?.[0] ?? '';
  if (!(AUXILIARIES.has(verb) || FINITE_VERBS.has(verb) || INTERVENING.has(verb) || /^[a-z]+(ed|[^s]s)$/.test(verb))) return false;
  // (a noun phrase opened by its determiner: not "Still, she added, “…”", "In other words, he said, “…”", "But, …")
  const first = (items[0] as Item).lower;
  return (NOUN_DETERMINERS.has(first) || QUANTITY_DETERMINERS.has(first)) && items.slice(0, before).every((x) => x.word && !isVerbLike(x) && !AUXILIARIES.has(x.lower) && !CUE_FORMS.has(x.lower) && !TAIL_STARTERS.has(x.lower));
}

/**
 * The comma closing a short frame after the cue, past its addressee ("said in an interview,", "told the Senedd,", "said
 * on Tuesday,"), when a clause goes on after it; else -1 (not "responded with vitriol, promoting …", "continued to
 * question X, saying …").
 */
function frameTailComma(s: Scan): number {
  const { items, cue, frameFrom } = s;
  const first = items[frameFrom]?.lower ?? '';
  // (a one-word addressee the phrase reader leaves: "Coun. Okafor told council,")
  const addressed = ADDRESSEE_CUES.has(cue.lemma) && frameFrom === cue.next && /^\p{Ll}+$/u.test(first);
  const framed = (k: number): boolean => k <= frameFrom || (addressed && k === frameFrom + 1) || (k - frameFrom <= 10 && (FRAME_PREPOSITIONS.has(first) || WEEKDAYS.has(first) || TIME_ADVERBS.has(first) || first === 'then') && isFrameTail(items, frameFrom, k));
  for (let k = cue.next + 1; k < items.length && k - cue.next <= 14; k++) {
    const t = items[k] as Item;
    // (not the cue's own "that" after its frame: "told Bill O'Reilly of Fox News, that …"; nor a relative clause's cue
    // before the main clause's: "Stratton, who insisted on learning …, says she …")
    if (t.text === ',') return framed(k) && items[k + 1]?.lower !== 'that' && !CUE_FORMS.has(items[k + 1]?.text ?? '') && !RELATIVE_PRONOUNS.has(items[s.subj.start]?.lower ?? '') && (clauseGoesOn(items, k) || clauseOpensAt(items, k + 1)) ? k : -1;
    if (isQuote(t) || t.lower === 'that') return -1;
  }
  return -1;
}

/** Words with no verb from `from` to `before` (the comma before the speaker), and a clause after the cue's `comma`. */
function openerThenClause(items: readonly Item[], from: number, before: number, comma: number): boolean {
  return verblessOpener(items, from, before) && clauseOpensAt(items, comma + 1);
}

/**
 * Where the clause holding the words before `to` opens: after the last dash or semicolon before it (and its "and" or
 * "but"), or after the last ", but" ("…, but the air pollution had become so bad, Mr. Obama noted, that …"); else 0.
 */
function clauseAfterDash(items: readonly Item[], to: number): number {
  // (not a pair of dashes around an aside inside the subject: "The governor — who faces re-election — and her allies, X
  // said, have …"; after a clause with its verb it is: "Axelrod has been establishing himself as … — an umpire … — and
  // the most effective way to do that, they think, is …")
  let dashes = 0;
  let verbBefore = false;
  for (let k = 0; k < to; k++) {
    const t = items[k] as Item;
    if (/^[-—–]$/.test(t.text) && !t.word) dashes++;
    else if (dashes === 0 && t.word && isVerbLike(t)) verbBefore = true;
  }
  for (let k = to - 2; k > 0; k--) {
    const t = (items[k] as Item).text;
    if (t === ',' && items[k + 1]?.lower === 'but') return k + 2;
    if (t !== ';' && !((dashes % 2 === 1 || verbBefore) && /^[-—–]$/.test(t))) continue;
    return LEADING_CONJUNCTIONS.has(items[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  }
  return 0;
}

/**
 * After "C, X said," the writer's sentence goes on with the same clause: its verb ("…, he said, feels right") or a
 * word that cannot open a new one. A conjunction, a frame ("on Friday") or another cue ("adding …") does not.
 */
function clauseGoesOn(items: readonly Item[], comma: number): boolean {
  if (items[comma]?.text !== ',') return false;
  const w = items[comma + 1];
  if (!w?.word || isQuote(w) || /^\p{Lu}/u.test(w.text)) return false;
  // ("…, he noted, so it may already be clear …": a result clause goes on with the reported words)
  // (not "…, she said, so she went home": the writer's narration has no modal)
  // ("He didn't have to, he said, because the players had already …": the reason goes on with the reported words)
  // ("It's a reminder, Rogers said, that …", "a provision, Corker said, that is meant …": the clause's own "that")
  // (not a time after it: "…, Dana Ruiz said, that night at a rally")
  if (w.lower === 'because' || (w.lower === 'that' && !timeNoun(items[comma + 2]?.lower ?? ''))) return true;
  if (w.lower === 'so' && (CONTENT_OPENERS.has(items[comma + 2]?.lower ?? '') || PRONOUNS.has(items[comma + 2]?.lower ?? ''))) return [3, 4, 5].some((d) => AUXILIARIES.has(items[comma + d]?.lower ?? ''));
  // (an auxiliary before the adverbs that may stand between a speaker and a cue: "The new rules, he said, will take …")
  if (AUXILIARIES.has(w.lower)) return true;
  if ((CUE_FORMS.has(w.lower) && w.lower.endsWith('ing')) || TAIL_STARTERS.has(w.lower) || INTERVENING.has(w.lower) || NEW_CLAUSE_CONJUNCTIONS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
  return FINITE_VERBS.has(w.lower) || /[^s]s$|ed$/.test(w.lower);
}

/** A clause opens at `k`: a subject of up to five words ("a majority of Americans", "prices") and its verb after it. */
function clauseAt(items: readonly Item[], k: number): boolean {
  for (let x = k + 1; x < items.length && x - k <= 5; x++) {
    const t = items[x] as Item;
    if (!t.word || isQuote(t)) return false;
    if (AUXILIARIES.has(t.lower) || FINITE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** The comma before the main clause after a subordinate one ("…, donors are scarce"): the last one with words after it. */
function mainClauseAt(items: readonly Item[], from: number, end: number): number {
  for (let k = end - 2; k > from; k--) {
    if ((items[k] as Item).text === ',' && (items[k + 1] as Item).word) return k;
    // ("Although he boasted that he had decimated “core Al Qaeda,” on Tuesday he said …": the comma inside a quotation's
    // closing mark)
    if (quotedComma(items[k] as Item) && (items[k + 1] as Item).word) return k + 1;
  }
  return end;
}

/** Whether the "who" at `k` follows a comma or a noun ("Bannon, who …", "hackers who …"), not a verb ("say who …"). */
function whoHosted(items: readonly Item[], k: number): boolean {
  const prev = items[k - 1];
  return prev !== undefined && (prev.text === ',' || (prev.word && !isVerbLike(prev) && !CUE_FORMS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !NOUN_DETERMINERS.has(prev.lower) && prev.lower !== 'to'));
}

/** The index of the first item after a subject's mention. */
function mentionEnd(items: readonly Item[], subj: { mention: Mention; start: number }): number {
  let k = subj.start;
  while (k < items.length && (items[k] as Item).start < subj.mention.end) k++;
  return k;
}

/** The comma that closes a relative clause between commas (", who thinks …, called …"), when a word follows it. */
function relativeClauseEnd(items: readonly Item[], from: number, end: number, text: string): number {
  for (let k = from; k < end - 1; k++) {
    const t = items[k] as Item;
    if (k > from && t.text === ',' && (items[k + 1] as Item).word) return k;
    // ("Ms Doe, who the mayor said was “a fine officer,” retired": the comma inside a quotation's closing mark)
    if (t.quote && /,\s*$/.test(text.slice(t.quote.innerStart, t.quote.innerEnd)) && (items[k + 1] as Item).word) return k + 1;
  }
  return end;
}

/**
 * Whether a quotation split by its attribution is one sentence: "“If they care,” he said of X, “I have pleased them”"
 * (the first part opens with a subordinator) or "“A,” he said of X, “and B”" (the second goes on in lower case).
 */
function unfinished(text: string, first: Quote, second: Item | undefined): boolean {
  const words1 = text.slice(first.innerStart, first.innerEnd).replace(/[,\s]+$/, '');
  const opening = /^\P{L}*(\p{L}+)/u.exec(words1)?.[1]?.toLowerCase() ?? '';
  const next = second?.quote ? /^\P{L}?(\p{L}+)/u.exec(text.slice(second.quote.innerStart, second.quote.innerEnd))?.[1] ?? '' : '';
  // (a subordinate clause alone, no main clause after a comma: not "If you ask me, it is a disgrace"; a conjunction or
  // pronoun going on, not "the people's plan")
  return (SUBORDINATORS.has(opening) && !words1.includes(',')) || NEW_CLAUSE_CONJUNCTIONS.has(next.toLowerCase()) || PRONOUNS.has(next) || firstPersonGoesOn(text, second);
}

/** "“…,” he said of X, “I’m sure …”": "I" and a lower-case word going on (not a title: "“I Know Why the Caged Bird Sings”"). */
function firstPersonGoesOn(text: string, second: Item | undefined): boolean {
  const q = second?.quote;
  return q !== undefined && /^\P{L}?I(?:[’']\p{Ll}+)?(?:\s+\p{Ll}|,)/u.test(text.slice(q.innerStart, q.innerEnd));
}
