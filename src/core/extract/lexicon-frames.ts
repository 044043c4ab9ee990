// Words some frames read to tell a report from what surrounds it: clauses of time with their own source, counts of time,
// answers, stances with a lone object, workplaces after a name (re-exported by lexicon-clauses.ts).
import { words } from './lexicon-base.ts';

/** Capitalised units named by a number, inside a speaker phrase: "Residents of Ward 14", "Local 79", "District 9", "Year 12 student". (npBackFrom) */
export const NUMBERED_UNITS = words('ward district local precinct division unit zone sector region constituency year grade form class standard');

/** Subordinators of time or reason whose clause, with a speaker and a cue of its own, ends a content. (contentEnd) */
export const REPORTING_SUBORDINATORS = words('after before when while because since although though whereas');

/** Words of time right before a subordinator, which then belongs to the content: "hours after Trump proposed …". (contentEnd) */
export const TIME_BEFORE_SUBORDINATOR = words('right just shortly soon long hours days weeks months years minutes moments even');

/** Words counting a time before its unit: "a week later", "several days ago". (reported) */
export const TIME_COUNTS = words('a an few several some');

/** Prepositions between a person's name and where they work: "John Smith of the planning department". (mentions) */
export const WORKPLACE_PREPOSITIONS = words('of from at with');

/** Subordinators before a participle with no subject of its own: "confidential until announced", "unless stated". (cueOfForm) */
export const PARTICIPLE_CLAUSE_OPENERS = words('until unless if when while though although');

/** Verbs of hearing or learning whose clause has its own subject and cue: "The court heard he had told police …". (startsClause) */
export const CLAUSE_AFTER_VERBS = words('heard learned learnt understands understood');

/** Particles that make "back" a retreat, not an endorsement: "backed down", "backed off". (cueOfForm) */
export const BACKING_AWAY = words('down off away out');

/** Stances whose object alone is what they report: "Chris Christie endorsed Trump." (not "Russia attacked Ukraine."). (reported) */
export const ENDORSING_LEMMAS = words('endorse back support oppose praise criticize criticise condemn denounce');

/** One-word answers that answering reports: "answered yes when asked …". (reported) */
export const ANSWER_WORDS = words('yes no');

/** Last words of a time counted back or on ("two months ago", "a week later"): content that is only a time is none. (reported) */
export const TIME_COUNT_ENDS = words('ago earlier later');

/** Roles of those who put questions for a living, besides reporters: "Host Chris Wallace asked the president …". (askedByGroup) */
export const JOURNALIST_ROLES = words('host anchor presenter moderator interviewer correspondent');

/** Pronouns that stand as a sentence's subject for the last speaker: "He met Allan Kilavuka. “…”". (lastIsSubject) */
export const SUBJECT_PRONOUNS = words('he she they we i');

/** Words after "the + acronym + noun" that keep the noun a noun: "The SNP call for …", "The UN demand that …". (cueOfForm) */
export const NOUN_AFTER_ACRONYM = words('for to that of on about');

/** Base forms of cues that are also nouns after a body's acronym: "The SNP call for …", "the UN demand that …". (cueOfForm) */
export const CUE_NOUNS = words('call claim demand plan pledge promise estimate forecast report support');

/** Participles that bring a quotation after a comma or colon even with no comma before them: "responded on Facebook writing, “…”". (participleGoesOn) */
export const ANNOUNCING_PARTICIPLES = words('saying writing adding stating declaring tweeting');

/** Past participles not in -ed that open an aside after a subject: "The panel, set up by the ministry, said", "Smith, known for …, said". (parentheticalSubject) */
export const IRREGULAR_PARTICIPLES = words('set held led run known shown given taken seen made found brought caught built chosen drawn driven kept left lost meant met paid put sent shot sold spent struck thrown torn understood won written beaten broken born forgotten hidden spoken stolen sworn clad bound beset stricken slain fed fled fought sought taught hung laid lent worn frozen ridden risen shaken grown blown flown withdrawn overseen forbidden forgiven bitten sunk swept spun stuck dug bred');

/** Verbs that pass on someone else's words: "quoted Churchill:" (not "read a statement:", "posted:", one's own). (openingSubject) */
export const RELAYING_VERBS = words('quoted quotes quoting played plays playing recited recites reciting cited cites citing retweeted retweets reposted reposts');

/** Reading aloud, whose work passes on someone else's words when a source follows it ("read a statement from the family:"). (openingSubject) */
export const READING_VERBS = words('read reads reading');

/** Words of someone else's that are read out or passed on: "a poem by his late wife", "the words of Churchill". (openingSubject) */
export const RELAYED_WORKS = words('poem poems words lines verse passage prayer quote quotation message letter note tweet post statement speech email text');

/** Parts of a finding before "of": "the latest round of polling", "a new wave of surveys". (inAPoll) */
export const FINDING_PARTS = words('round wave series batch set part section summary draft copy version edition findings conclusions');

/** Cues with which a poll, report, record or forecast reports what it found: "shows", "found", "forecasts". (findingCue) */
export const FINDING_LEMMAS = words('show find forecast project estimate predict');

/** Verbs whose past is their base form: "Members of the First Nation set up a camp, saying …". (sentenceSubject) */
export const SAME_FORM_PASTS = words('set put cut shut hit let quit hurt spread cast');

/** Participles that give a person's name after a role: "the base chief known as Bob", "a man named Tom Hale". (subjectAfter) */
export const ALIAS_PARTICIPLES = words('known named called identified nicknamed');

/** Nouns for a name one goes by, after "with the" (words of two or three joined by hyphens): "a sergeant with the call sign Bear". (subjectAfter) */
export const ALIAS_NOUNS = words('call-sign callsign code-name codename nickname nom-de-guerre pseudonym');

/** Verbs that give something a name in quotation marks, beyond NAMING_FORMS: "branded the bill “…”". (quoteAsSource) */
export const BRANDING_FORMS = words('brand brands branded nickname nicknamed christen christened');

/** Verbs of hearing or seeing: someone heard "saying, “…”" is the one who speaks, not the sentence's subject. (participleGoesOn) */
export const PERCEPTION_VERBS = words('heard hear hears hearing listened listening watched watching saw see seen overheard');

/** Prepositions before a modifier and a cue's base form, which is then a noun: "during public comment", "after fierce debate". (nounAfterModifier) */
export const NOUN_PREPOSITIONS = words('during after before despite amid without');

/** Forms of "be" before a verb of hearing or seeing: "can be heard saying", "was seen saying". (someoneBefore) */
export const BE_FORMS = words('be been being was were is are');

/** Who rules, before the verb's present form: "federal judge rules", "Supreme Court rules" (not "party rules"). (cueAt) */
export const RULING_SUBJECTS = words('judge judges court courts tribunal panel justice justices magistrate jury arbitrator regulator watchdog referee umpire ombudsman coroner commissioner inspector');

/** Words that point back to the sentences before: "This was stated by …". (thisWasSaidBy) */
export const POINTING_BACK = words('this that');

/** The past of "be" in a passive: "This was stated by …". (thisWasSaidBy) */
export const BE_PAST = words('was were');

/** Words after "said this" that end the attribution, not a demonstrative's noun or clause ("said this week", "said this was …"): "stated this on Thursday", "said this while briefing journalists". (saidThis) */
export const AFTER_SAID_THIS = words('on at in during while when after before through via to yesterday today tonight earlier');

/** Cues of saying (lemmas) that point back with "this": "stated this on Thursday", "disclosed this in a statement" (not "posted this": a thing posted). (saidThis, thisWasSaidBy) */
export const SAID_THIS_CUES = words('say state tell announce disclose reveal note report add explain confirm declare');

/** Little words that may follow a plural in the place or time after "said this": "while briefing journalists of the ministry". (saidThis) */
export const LINKS_AFTER_SAID_THIS = words('of for with from by and or');
