// Nouns the rules read around a cue and in speaker phrases: documents and their issuers, the occasions of a statement,
// stance nouns, titles and role words before a name. lexicon.ts holds the larger classes of speaker phrases (role,
// institution and title words); both are exported from lexicon.ts.
import { words } from './lexicon-base.ts';

/** Lower-case titles that, right before a capitalised name, make it a person ("counterpart Wang Yi"). (noteSubject) */
export const TITLE_NOUNS = words('minister spokesman spokeswoman counterpart president leader envoy secretary senator chief head official director ambassador adviser advisor aide chairman premier');

/** Lower-case words of a role in front of a name ("press secretary", "deputy foreign minister"). */
export const ROLE_MODIFIERS = words(
  'press foreign deputy senior chief former top national security defense defence state finance health interior prime communications campaign policy economic trade justice home general vice assistant acting interim special managing executive divisional district',
);

/** "Sergey Lavrov and his Kazakh counterpart, Mukhtar Tleuberdi": the other one of a pair. (parentheticalSubject) */
export const PARTNER_NOUNS = words('counterpart colleague deputy ally partner opposite');

/** Documents that speak for their issuer: "a statement saying …", "a memo arguing …". */
export const DOCUMENT_NOUNS = words(
  'statement explanation letter message post video note tweet memo release readout communique communiqué op-ed email filing notice opinion report document transcript announcement decree warning bulletin advisory lawsuit indictment petition',
);

/** Papers in the making or in brief, beside DOCUMENT_NOUNS: "a draft … seen by Reuters", "a tender evaluation summary published alongside". (displayRole) */
export const DRAFT_NOUNS = words('draft drafts estimate estimates summary summaries minutes cable cables');

/** What a body or a bench hands down in writing: no person, whatever it "stated" ("the decision stated …"). (#keptAsWritten) */
export const WRITTEN_RULINGS = words('decision decisions ruling rulings judgment judgement verdict order orders determination findings');

/** Writings put up or posted where they are read, which speak for whoever put them there: "A notice on the shutter read: …". (postModifiedSubject) */
export const POSTED_WRITINGS = words('sign signs notice notices placard placards banner banners plaque poster posters statement message note menu');

/** Nouns after "on", "at" or "in" that say no place a writing is posted: "a statement on behalf of the family", "at the time". (postModifiedSubject) */
export const NOT_WHERE_POSTED = words('behalf time response reply part turn addition full name');

/** Plural nouns that are also cue forms and may stand for their issuer ("according to estimates from …"). */
export const PLURAL_DOCUMENT_NOUNS = words('estimates reports figures polls surveys statements records findings projections calculations');

/** Roles that speak for the one after "for": "a representative for the singer, Taylor Swift" is not the singer. (subjectAfter) */
export const PROXY_ROLES = words('spokesman spokeswoman spokesperson representative rep lawyer attorney agent publicist aide adviser advisor counsel solicitor barrister manager');

/** Heads of a phrase whose issuer is the speaker: "a statement from the ministry", "a spokesman for the Kremlin". (issuerOf) */
export const ISSUER_HEADS = words(
  'statement statements report reports documents letters email emails cable cables memo memos message messages paper papers files readout communique release transcript document letter post spokesman spokeswoman spokesperson source sources data figures estimates statistics numbers projections poll polls polling survey surveys analysis study studies review audit records count tally findings calculations story stories article articles column book',
);

/** The prepositions between such a head and its issuer: "a statement from the EU", "a spokesman for the Kremlin". */
export const ISSUER_PREPOSITIONS = words('from for by of');

/** Works one writes, the thing written and not its words: "wrote a lashing dissent", "wrote the profile on Boyle". (reported) */
export const WRITTEN_WORKS = words('dissent dissents profile profiles essay essays article articles book books piece pieces story stories biography memoir novel dissertation dissertations thesis theses review editorial blog chapter bill bills legislation law laws amendment amendments package budget');

/** The occasion or medium of a statement after a cue: "said in a statement", "told in an interview with CNN". */
export const FRAME_NOUNS = words(
  'statement interview post speech letter remarks conference briefing address video message tweet call meeting hearing rally session op-ed column email filing appearance broadcast podcast listing disclosure disclosures',
);

/** Nouns that carry a stance: "expressed concern over …", "voiced hope that …". */
export const STANCE_NOUNS = words(
  'concern concerns satisfaction hope support regret confidence disappointment surprise gratitude condolences solidarity readiness interest doubt doubts alarm frustration optimism dissatisfaction outrage anger appreciation willingness opposition',
);

/** Words that head a share of a group: "52 percent of voters", "about half of Republicans", "a majority of". */
export const SHARE_HEADS = words('percent % half third thirds quarter quarters majority majorities plurality fifth fifths');

/** Fractions written as one hyphenated word that head a share: "three-fourths say", "two-thirds of voters". */
export const FRACTIONS = words('one-half one-third two-thirds one-quarter three-quarters one-fourth three-fourths one-fifth two-fifths three-fifths four-fifths');

/** Events where words are spoken, after "at", "on", "in": "at a news conference", "on the campaign trail". */
export const OCCASION_NOUNS = words(
  'news press event events debate forum town hall campaign trail stop summit convention ceremony visit trip fundraiser program programme show radio television dinner gathering luncheon breakfast floor stage',
);

/** The last word of a place's name that no person has: "the Aral Sea", "the Pamir Mountains", "the Amu Darya River". */
export const GEOGRAPHIC_FEATURES = words(
  'sea seas ocean lake lakes river rivers gulf bay strait straits mountains mountain range valley desert peninsula island islands canal basin plateau steppe coast delta falls glacier',
);

// ── moved from the rule files (names, mentions, coreference, segment, transcript) ──

/** Role stems that refer back to a joint mention ("the two leaders", "both sides"). (coreference) */
export const JOINT_ROLE_STEMS = words('leader minister men women two side official president diplomat counterpart both');

/** Heads of an elegant variation that names a known person by party or trade ("the Republican", "the billionaire"). (coreference) */
export const PLAIN_ROLE_HEADS = words('republican democrat conservative tory senator lawmaker mp candidate nominee mogul billionaire businessman businesswoman tycoon magnate');

/** Heads of a role that is an office someone holds ("the senator", "the nominee"). (coreference) */
export const OFFICE_HEADS = words('senator governor minister lawmaker legislator congressman congresswoman mp candidate nominee diplomat');

/** Plural people nouns without an -s: "two people", "police", "staff". (mentions) */
export const PLURALS_WITHOUT_S = words('people men women police staff personnel children folk family media');

/** Counts that head a group "of" people: "Hundreds of people", "dozens of protesters". (noteGroupSubject) */
export const GROUP_COUNTS = words('hundreds thousands dozens scores millions tens many some most several all');

/** Possessive pronouns that open a speaker phrase: "her statement", "his office", "their campaign". (Coreference) */
export const POSSESSIVE_PRONOUNS = words('his her their its');

/**
 * Documents that speak for whoever issued them ("the statement said" → the ministry that issued it). Other
 * documents — a memo, a ruling, an indictment, a draft — are quoted as themselves. (Coreference)
 */
export const ISSUED_DOCUMENTS = words('statement communique communiqué readout document letter release announcement report decree');

/** What one writes oneself, whose owner speaks when a pronoun gives the owner: "Her message read:", "his tweet said". (DocumentContext.#ownedBy) */
export const OWN_WRITINGS = words('message email tweet post memo note');

/** Documents kept as written when met with "a"/"an": "A court document filed Thursday says". (bodyByRole) */
export const KEPT_DOCUMENTS = words('document letter report decree announcement');

/** People named by their tie to someone: "her friend said", "his brother added", "a neighbour told". (mentions) */
/** Relation nouns for kin only, not neighbours, friends or landlords: a relative who shares a surname. (coreference) */
export const KIN_NOUNS = words('mum mom dad stepson stepdaughter brother sister mother father son daughter wife husband widow widower cousin aunt uncle nephew niece grandmother grandfather grandson granddaughter');

export const RELATION_NOUNS = words('family families father-in-law mother-in-law brother-in-law sister-in-law son-in-law daughter-in-law mum mom mummy dad daddy grandma grandpa granny stepson stepdaughter friend friends brother brothers sister sisters mother father parents son sons daughter daughters wife husband widow widower cousin cousins aunt uncle nephew niece grandmother grandfather grandson granddaughter colleague colleagues neighbor neighbors neighbour neighbours classmate classmates roommate boyfriend girlfriend fiance fiancee partner boss employer landlord relative relatives sibling siblings');

/** Nouns in -er/-or that name no person (personHead). */
export const NOT_PERSONS = words('letter newsletter order border corner center centre chapter number paper poster sticker header footer computer matter manner water weather power tower answer quarter');

/** Words before "version" in a correction: "An earlier version said …" is the article's own words, no statement (not "the final version says"). (lowerCaseHead) */
export const CORRECTED_VERSIONS = words('earlier previous prior original');

/** Endings of agent nouns that name a person: "developer", "strategist", "analyst", "historian". (personHead) */
export const PERSON_SUFFIXES: readonly string[] = [...words('er or ist yst ian')];

/** What someone gave back in words, owned by them before a colon: "Clinton's response was: “…”". (colonQuote) */
export const RESPONSE_NOUNS = words('response responses reply replies answer answers message messages advice retort verdict');

/** Nouns a writer uses to name what someone said, in an appositive after it: "…, comments that were echoed by aides". (contentEnd) */
export const REMARK_NOUNS = words('comment comments remark remarks claim claims charge charges assertion assertions accusation accusations allegation allegations words statement statements');

/** Nouns of "In her view, …", "In Raman's opinion, …": whose view a sentence gives. (inTheirView; words: inTheirWords) */
export const VIEW_NOUNS = words('view opinion estimation judgment judgement assessment');

/**
 * Heads of phrases kept as written that name a thing, an event or a place that speaks as a body, never a "he" or "she"
 * ("the conference", "the sound system", "The province states …"). (coreference)
 */
export const IMPERSONAL_HEADS = words('conference league system movie film book question primary tabloid affidavit video footage photo poll survey ballot measure bill law plan deal sign banner game match race province provinces state states city cities town towns village country countries nation region territory district island crew crews crowd audience jury panel');

/** Journalists' roles: the person after one is asking, not answering ("spoke with POLITICO senior writer …"). (interviewee) */
/** Whom a "told" addresses after a word of its own, before the clause: "told local media …", "told state television …". (contentStartAfter) */
export const AUDIENCE_NOUNS = words('media reporters journalists press radio television tv broadcaster broadcasters newspaper newspapers outlets audience audiences crowd crowds supporters lawmakers legislators delegates students voters listeners viewers readers residents investors analysts officials diplomats');

export const JOURNALISTS = words('reporter reporters writer writers correspondent correspondents editor editors host hosts anchor columnist journalist journalists interviewer presenter moderator');

/** Heads of a phrase that say a man or a woman ("his mother", "the victim's father"). (gender: genderFromTitle) */
export const MALE_HEADS = words('father husband son brother grandfather grandson uncle nephew boyfriend man boy businessman policeman fireman widower stepfather dad daddy grandpa stepson fiance');
export const FEMALE_HEADS = words('mother wife daughter sister grandmother granddaughter aunt niece girlfriend woman girl businesswoman policewoman firewoman widow stepmother actress mum mom mummy grandma granny stepdaughter fiancee');

/** Offices whose word tells the sex, in any case ("Congressman", "spokeswoman"). (titleBits) */
export const MALE_OFFICES = words('congressman spokesman chairman');
export const FEMALE_OFFICES = words('congresswoman spokeswoman chairwoman');

/** Words that name a news outlet: "The Straits Times spoke to …", "sat down with CNN". (interviewee) */
export const OUTLET_WORDS = words('times post news press journal herald telegraph guardian tribune star gazette chronicle bbc cnn reuters ap afp bloomberg politico axios npr abc cbs nbc fox itv radio television tv magazine newspaper we i');

/** Words of a role that say nothing of which role it is: "the two", "a senior", "her former". (coreference) */
export const ROLE_QUALIFIERS = words('the a an top senior former his her its their said same two both');

/** People whose work is finding things out: "…, the researchers found." closes a finding like "…, the study found". (namesFindingSource) */
export const FINDING_PEOPLE = words('researchers scientists investigators inspectors auditors authors analysts economists scholars epidemiologists');

/**
 * Nouns for a person that no suffix or role list gives: "running mate", "fiancée", "heir", "understudy"; "reeve", the
 * head of a Canadian rural municipality, which WordNet knows only as a bird. (personNoun, unknownHeadOf)
 */
export const PERSON_NOUNS = words('mate teammate fiancée fiancé heir heiress understudy opponent agent ally successor predecessor suspect victim witness survivor gunman defendant reeve');

/** Nouns of manner or degree before "in which", "to which": "the way in which police described …" is no event with a speaker. (opensRelative) */
export const RELATIVE_HEAD_NOUNS = words('way ways extent degree speed rate manner pace ease frequency level order');

/** Nouns for a firm, which name a company by what it is: "the company" after "Northcliff Gold Corp.". (bodyByRole) */
export const COMPANY_HEADS = words('company firm corporation business');

/**
 * The lower-case last words of a company's name: its legal form ("Northcliff Gold Corp.", "Harcourt Foods Ltd") or a
 * trade's word ("Halvorsen Dynamics", "Voltaro Motors"). (bodyByRole)
 */
export const CORPORATE_SUFFIXES = words('corp. corp corporation inc inc. incorporated ltd ltd. limited llc llp plc gmbh ag sa s.a. se nv n.v. bhd bhd. pty pty. co. holdings dynamics aerospace technologies pharmaceuticals therapeutics biosciences electronics robotics motors industries enterprises laboratories systems logistics ratings mutual');

/** Words that describe a body without naming its kind: "the central bank", "the federal police" may be any bank or police met. (bodyByRole) */
export const BODY_DESCRIPTORS = words('central federal national state local regional provincial municipal city county main largest biggest big top leading global international foreign domestic new private public official ruling governing opposition');

/** Roles named after a work, its title before them: "“Succession” star Brian Cox", "“Barbie” director Greta Gerwig". (quoteThenSpeaker) */
export const WORK_ROLES = words('star stars director directors host presenter creator writer producer actor actress singer frontman');

/** A player's position before the name, as a role word: "Parramatta centre Brayden Kettering". (sentenceSubject) */
export const POSITION_ROLES = words('centre center winger wing fly-half scrum-half halfback half-back fullback full-back five-eighth hooker prop lock flanker striker midfielder defender goalkeeper keeper forward guard quarterback pitcher catcher shortstop batter bowler opener spinner all-rounder wicketkeeper skipper point-guard');

/** Nouns for a question put, in a clause that introduces one: "put a question to council staff: “…?”". (colonQuote) */
export const QUESTION_NOUNS = words('question questions query queries');

/** Documents several parties put out together, no one speaker's: "The joint communique said", "The declaration says". (bodyByRole) */
export const JOINT_DOCUMENTS = words('communique communiqué declaration joint');

/**
 * Roles only a person holds (no firm is a spokesperson or a chief executive), after which two or three words no name
 * list knows are the holder's name: "…, said its director, Hendra Saputra." (not "the fund's manager, Goldman Sachs"). (namedAfterRole)
 */
export const HELD_BY_PEOPLE = words('minister secretary president governor senator chancellor ambassador director chairman chairwoman chair chairperson spokesman spokeswoman spokesperson commissioner mayor premier judge leader envoy adviser advisor aide executive founder co-founder principal headteacher dean officer editor superintendent coordinator co-ordinator professor lecturer researcher economist analyst');

/** Title words (capitalised in a role) that make a capitalised run a person ("Power Minister Sardar Awais Leghari"). (noteRun) */
export const PERSON_TITLE_WORDS = words('minister secretary president governor senator chancellor ambassador director chairman chairwoman chair spokesman spokeswoman spokesperson commissioner mayor premier general judge leader envoy adviser advisor');

/** A programme's or a work's noun before its title in quotation marks: "said on the show “Wake Up” that …". (contentStartAfter) */
export const PROGRAMME_NOUNS = words('show program programme podcast series documentary film broadcast newsletter');

/** Lower-case nouns that end a workplace named before them: "of MIDC police station", "of Riverside primary school". (namedBody) */
export const WORKPLACE_HEADS = words('station school hospital clinic council office department branch unit precinct division court');
