// The small words of speaker phrases: what links a document or a role to its issuer, the participles after a
// document, a poll's respondents, and the words of a share of a group as polls report it. lexicon-clauses.ts
// exports them with its own classes.
import { words } from './lexicon-base.ts';

// ── shares of a group, as polls report them (shareOfGroup, speaker-shares.ts) ──

/** Numbers in words: "one in five", "two thirds". */
export const NUMBER_WORDS = words('one two three four five six seven eight nine ten');

/** Tens and teens written out: "forty", "twenty-four" (with NUMBER_WORDS). (shareOfGroup, isCommonWord) */
export const TENS = words('twenty thirty forty fifty sixty seventy eighty ninety');
export const TEENS = words('eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');

/** Words before a share: "about half", "a majority", "the plurality". */
export const SHARE_OPENERS = words('a about nearly almost roughly over only just some around fully full whole the');

/** Words before a share's number: "nearly 52 percent", "more than half". */
export const SHARE_APPROXIMATORS = words('about nearly almost roughly over only just more fewer less mere');

/** Words after which a share may open a speaker phrase: "…, and 52 percent of voters say". */
export const SHARE_PRECEDERS = words('and but while whereas as in among of which whom');

/** Words that end a group phrase: a clause or a cue begins ("of them who", "of voters that"). */
export const GROUP_PHRASE_ENDS = words('who that which and or but said say says');

// ── speaker phrases (speaker-after.ts, subjects.ts) ──

/** What links a document or spokesman to its issuer: "a statement from", "a spokesman for". (issuerOf) */
export const ISSUER_LINKS = words('from by of issued');

/** Participles followed by "by" and the issuer: "released by the ministry". (issuerOf) */
export const PUBLISHED_BY = words('issued released published posted');

/** Participles after a document and before the issuer: "A statement … released at 1:30 a.m. said", "a study published in Nature found". (reducedRelativeSubject, participialAsideSubject) */
export const DOCUMENT_PARTICIPLES = words('released issued published posted obtained seen reviewed circulated signed dated sent filed distributed conducted commissioned carried broadcast aired tabled presented submitted compiled prepared produced');

/** Participles after which a group is named by who leads it: "a team led by Dr Harriet Anand reported". (reducedRelativeSubject) */
export const LEADING_PARTICIPLES = words('led headed chaired');

/** Verbs of a sentence that only introduces a speaker: "Another official was blunter." (introSubject) */
export const INTRO_VERBS = words('was were is are did does had has went put took weighed');

/** A gesture before words said, a paragraph's whole sentence: "Olander shook his head.", "She smiled." (introAtEnd) */
export const GESTURE_VERBS = words('shook nodded shrugged smiled laughed sighed paused grinned winced frowned');

/** Words that join a role phrase to a capitalised name: "a senior official at U.S. Immigration". */
export const NAME_LINKS = words('at of from in for and with on');

/** Prepositions after a plural role noun: "Supporters of …", "Hawks on the committee". (npBackFrom) */
export const ROLE_PREPOSITIONS = words('of on in at from within across');

/** Words after a capitalised phrase that show it is no subject with a verb: "…, Dana Whitley of WTAE, …". (noteSubject) */
export const NOT_A_VERB = words('of to and in at for from on with the a an');

/** What follows the one asked: "a reporter asked Radke whether …". (noteSubject) */
export const AFTER_ASKED = words('whether if about why how what when to on');

/** Participles that make a group a poll's respondents: "those surveyed said", "voters polled say". */
export const POLLED_PARTICIPLES = words('surveyed polled questioned interviewed sampled');

/** A quantity opening reported content: "at least six", "more than 300", "as many as", "nearly 40". */
export const QUANTITY_OPENERS = words('at more as about nearly almost some');
export const QUANTITY_SECONDS = words('least than many much');

/** Openers that present the words to come: "Here's what Quayle told the committee:". (openingSubject) */
export const PRESENTING_OPENERS = words("here's here’s here this");

/** Labels of a transcript's turns that name no one, only the one who asks: "QUESTION:", "Reporter:", "Audience member:". (startTurn) */
export const QUESTIONER_LABELS = words('question questioner reporter journalist audience caller member q host anchor interviewer moderator presenter counsel prosecutor');

/** Words of a headline's label before its colon, never a source: "Live Updates: …", "Breaking: …", "Analysis: …". (headlineSpeaker) */
export const HEADLINE_LABELS = words('live updates update latest breaking watch analysis opinion explainer exclusive blog factbox recap timeline');
