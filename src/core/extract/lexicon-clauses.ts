// The small words around a cue that tell the rules where a clause, a frame or a speaker phrase begins and ends:
// openers, conjunctions, auxiliaries, determiners, prepositions, time words. Each class has one name and says where
// it is read. The words of speaker phrases and of a share of a group (lexicon-speakers.ts) and those that tell a
// report from what surrounds it (lexicon-frames.ts) are exported here too.
import { words } from './lexicon-base.ts';

export * from './lexicon-speakers.ts';
export * from './lexicon-frames.ts';

// ── before and around the cue (cues.ts, speaker-before.ts) ──

/** After these a cue form is no cue: "the report", "to say", "has been saying", "said statement". (cueAt) */
export const NOT_A_CUE_AFTER = words('the a an to is was were be been being its his her their our this that these those of for with by and or no new any such said');

/**
 * Before a cue's base form that is its verb ("they say", "voters support", "the data show"): subject words that are
 * plural without an -s, pronouns and quantifiers. A lower-case word ending in -s counts too; anything else makes the
 * base form a noun ("the nearly uniform support for her", "a strong hope"). (cueAt)
 */
export const BASE_FORM_SUBJECTS = words('i we you they who people data media police men women children staff many some few most both all others');

/** Modals and "do" before a base form: "would support", "do believe". (cueAt) */
export const MODALS = words('can could should would will shall may might must do did');

/** Words that open a result clause with "that": "so heated that", "such a fight that". (startsClause) */
export const RESULT_OPENERS = words('so such');

/** Conjunctions that make the speaker's clause a subordinate one: "while the RNC says …, donors …", "as Democrats call on him to quit, …". (speakerCueContent) */
export const SUBORDINATORS = words('while although though because whereas if since as when once unless until after before');

/** Subordinators of time, which open a clause of when something was said: "said as he introduced his wife, “…”". (quoteAfterTimeClause) */
export const TIME_SUBORDINATORS = words('as while when once after before');

/** Quantifiers before a group that is a sentence's subject: "Both parents stiffened …". (lastMentionOrSubject) */
export const QUANTIFIERS = words('both all many most some several');

/** Pronouns for a group a quantifier takes part of: "most of them", "some of those", "many of us". */
export const GROUP_PRONOUNS = words('them those us');

/** Subordinators before a participle cue that goes on with the sentence's subject: "while saying", "by saying". (participleGoesOn) */
export const PARTICIPLE_LINKS = words('while by when after before upon');

/** Words that open a verb's object: "yanked her", "denied the claim". (subjectAfter) */
export const OBJECT_OPENERS = words('her him them it us me the a an his its their our');

/** Adverbs that may open an object: "shows only a small gap", "found just 12 percent". (contentStartAfter) */
export const LIMITING_ADVERBS = words('only just barely');

/** Subordinators a limiting adverb may open a content with: "said just because …", "said only if …". (contentStartAfter) */
export const LIMITED_SUBORDINATORS = words('because if when');

/** Forms of "have" before an adjective and a noun that is also a cue's base form: "has strong support". (cueAt) */
export const NOUN_OPENING_VERBS = words('has have had');

/** Words of quantity after which a cue's base form is a noun: "less support", "no say" (not "more": "and more say …"). (cueAt) */
export const QUANTITY_DETERMINERS = words('less much little no enough');

/** Relative pronouns opening a clause about the speaker: ", who added that …". (cueThenSpeaker) */
export const RELATIVE_PRONOUNS = words('who which');

/** Cue verbs whose past is spelt as their base form: "Her statement read: …". (cueAt) */
export const PAST_LIKE_BASE = words('read');

/** Before "to" and a cue, the cue still reports speech: "went on to say", "was quick to point out". */
/** Words after "called her the" that make a time, not a name: "called her the next day". (cueAt) */
export const NOT_A_NAMING_AFTER_THE = words('next following previous same other last first moment instant second minute');

/** Participles of hearsay before "to have" and a cue: "is understood to have told …", "is said to have written …". (subjectBefore) */
export const HEARSAY_PARTICIPLES = words('understood said reported believed thought alleged known rumoured rumored');

export const TO_CUE_FRAMES = words('on quick keen careful eager moved hastened went continued');

/** The adjectives among TO_CUE_FRAMES: in an aside set off by a comma they describe, and report nothing ("Baker, eager to defend her record, …"). (cueOfForm) */
export const TO_CUE_ADJECTIVES = words('quick keen careful eager');

/** Verbs after which "to say" reports what their subject said: "tweeted on Friday to say …", "called to say …", "took to Twitter to say", "was prompted to say". (toSayVerbAt) */
export const TO_SAY_VERBS = words('tweeted posted wrote emailed texted phoned called appeared returned rose took prompted interjected paused interrupted stood');

/** Words that open a relative clause: "The man who phoned to say …". (toSayVerbAt) */
export const RELATIVE_WORDS = words('who which that whom');

/** Prepositions of a short frame between such a verb and "to say": "appeared on CNN to say". (toSayVerbAt) */
export const TO_SAY_FRAMES = words('on in at to');

/** Forms of "go" before such a frame: "he went on to say". (subjectBefore) */
export const GO_FORMS = words('went goes go');

/** Forms of "be" and "have" before such a frame: "she was quick to", "he has been keen to". (subjectBefore) */
export const BE_HAVE_FORMS = words('was is were are has have had been');

/** Forms of "be" before a progressive cue ("is calling on", "he’s predicting", "were saying"). */
export const PROGRESSIVE_BE = words("is are was were am been ’s 's ’re 're");

/** Forms of "be" and "remain" before an adjective that reports a conviction: "is convinced", "remains confident". (cues) */
export const COPULAR_BE = words("is are was were am be been remain remains remained ’s 's ’re 're");

/** Subjects contracted with "is" or "are" before a progressive cue: "he’s predicting", "they're saying". */
export const CONTRACTED_SUBJECTS = words('he she it they we you who that');

/** Verbs of a question put to someone: "asked whether …", "pressed on why …". (insideQuestion) */
export const ASKERS = words('asked pressed questioned wondered asking pressing');

/** Subjects of "X was quoted as saying" are before a passive auxiliary. (quotedAsSaying) */
export const PASSIVE_AUXILIARIES = words('was is were been');

/** A pronoun after these is not a subject on its own: "Lavrov and he", "as she", "than they". (subjectBefore) */
export const PRONOUN_JOINERS = words('and or as than');

/** Demonstratives that may open a speaker phrase before a role noun: "this source told the Post". (npBackFrom) */
export const PHRASE_DEMONSTRATIVES = words('this these');

/** Demonstratives that open a speaker phrase only at the start of a clause, since after a verb they open a that-clause
 * ("That person said …", "Those officials say …"; not "he said that officials …"). (npBackFrom) */
export const CLAUSE_START_DEMONSTRATIVES = words('that those');

/** Particles that make "call" another verb: "called off a deal", "called up a reserve". (cueAt) */
export const CALL_PARTICLES = words('off up back out in down over');

/** Nouns of amount or time after "a": "called the police a few times", "a day later". (cueAt: "called X a Y") */
export const AMOUNT_NOUNS = words('few lot bit couple number second third dozen half day hour minute moment decade fortnight short little handful single total');

/** Cues whose every finite form closes a sentence's attribution ("said", "says", "told", "wrote"). (cueRightAfter) */
export const SPEAKING_LEMMAS = words('say tell write');

/** Verbs that put a document out: "issued a statement, “…”", "released a letter: “…”". (issuedDocument) */
export const ISSUING_VERBS = words('issued issues released releases posted posts sent sends');

/** Verbs that put out a finding of one's own: "published a report that found …". (cueAt) */
export const PUBLISHING_VERBS = words('published publishes produced produces');

/** Determiners of a document its subject put out: "issued a statement", "released its letter" (not "the report"). (issuedDocument) */
export const ISSUED_DETERMINERS = words('a an its his her their');

/** Determiners after which the next word is a noun: "the report", "its statement", "these polls", "told this reporter". */
export const NOUN_DETERMINERS = words('the a an its his her their this that these those our');

/** Articles and demonstratives: "the", "a", "this", "those". */
export const ARTICLES_AND_DEMONSTRATIVES = words('the a an this that these those');

/** How words were put, after a copula: "One Indian official was more blunt." (noteRoleOpening) */
export const SPOKEN_MANNERS = words('blunt blunter candid candour direct forthright frank guarded cautious scathing outspoken emphatic explicit defiant dismissive sceptical skeptical upbeat pessimistic optimistic measured');

/** Labels of a note the writer adds before a colon: "Update, December 1st, 6:05PM ET: …". (lastMentionOrSubject) */
export const NOTE_LABELS = words('update updated correction clarification');

/** The indefinite articles, which open an appositive that describes ("…, a software tester named …,"). (namedInAppositive) */
export const INDEFINITE_ARTICLES = words('a an');

/** Pronouns that may be the one "called" something: "called him a political opportunist". (cueAt) */
export const OBJECT_PRONOUNS = words('him her them it himself herself');

/** Object pronouns of people: "denied them the votes". (reported, frames-subject.ts) */
export const PERSON_OBJECT_PRONOUNS = words('him her them us me');

/** How what someone is denied opens: "denied Republicans the votes", "denied him access". (reported) */
export const DENIED_THING_OPENERS = words('the a an any their his its access');

/** What a body denies when it turns a request down: "denied Brandt's request", "denied him bail". (reported) */
export const DENIED_REQUESTS = words('request requests application applications bid bail entry permission permit permits appeal appeals motion petition visa visas parole');

/** Reflexive pronouns, which open no appositive of their own ("Lavrov, himself a former envoy, said"). */
export const REFLEXIVES = words('himself herself itself themselves');

/** How an appositive that describes (rather than names) a speaker opens: ", who …", ", a …", ", speaking …". (parentheticalSubject) */
export const APPOSITIVE_OPENERS = words(
  'who which whose of a an on in at during after before while from with now then once also still speaking addressing writing talking commenting responding reacting testifying citing referring asked quoted according including among like one both each either reviewed seen obtained published released issued dated signed circulated leaked shared sent written drafted filed viewed adopted approved passed endorsed backed led founded chaired headed',
);

/** Pronouns and possessives that "in his words" and "as she put it" refer by. (inTheirWords) */
export const PRONOUN_FORMS = words('his her their he she they');

/** Verbs of "as Mendez put it", "as she said it". (namedWords) */
export const PUT_IT_VERBS = words('put said told wrote');

// ── openers: the words a sentence or clause starts with before its speaker ──

/** Openers of a subordinate clause or participle phrase before the main clause's own speaker. (contentEnd) */
export const SUBORDINATE_OPENERS = words('when after as while although though if before responding asked speaking commenting reacting referring replying pressed noting');

/** Participles that open a phrase after a speaker: "Lavrov, speaking at …, said". */
export const PARTICIPIAL_OPENERS = words('speaking addressing writing talking commenting responding reacting testifying');

/** Participles of an aside that gives grounds, no words of the speaker's own: "Mayor Jane Smith, citing a budget shortfall, said …". (asideBeforeCue) */
export const GROUNDS_PARTICIPLES = words('citing noting pointing referring quoting invoking');

/** Participles that report what a speaker says: "with X saying …", "a statement arguing …". */
export const SAYING_PARTICIPLES = words('saying stating arguing warning insisting claiming');

/** Plain forms of saying beside a surname used alone ("said Mabuza", "Mabuza says"): it names a person. (unlisted-names) */
export const SAYING_FORMS = words('said says told tells added adds asked asks wrote writes recalled recalls explained explains');

/** Openers of a scene, not of content: "At a rally in Ohio, Kindiki hit back …". (contentThenSpeaker) */
export const SCENE_OPENERS = words('at in on during after before speaking addressing asked meanwhile later earlier');

/** Openers of a sentence long enough to hold commas before its subject ("On Wednesday, after …, Lavrov …"). (noteSubject) */
export const LONG_OPENERS = words(
  'in on at after before during writing speaking asked addressing talking following amid despite with since when while as earlier later meanwhile however according turning returning looking moving referring responding pressed if although though because once until under over for to back elsewhere outside inside across behind nearby',
);

/** Short openers after which a subject pronoun opens the clause: "Before the trip he told …". (startsClause) */
export const SHORT_OPENERS = words('before after during on in at last earlier later this since over for');

/** Verbs of speaking that report no words of their own: "A local resident spoke too." (noteRoleOpening) */
export const SPEAKING_FORMS = words('spoke speaks spoken');

/** Prepositions and words before a day's name: "on Tuesday", "last Friday", "by Monday". (pastDay) */
export const DAY_PREPOSITIONS = words('on last next this by until since from before after every');

/** Words that count or place a time opening a clause: "Every Sunday the pastor says", "Late last week …". (shortOpenerBefore) */
export const TIME_OPENERS = words('every each all next late early');

/** Days named by one word, a sentence's opener on their own: "Yesterday she said …". (shortOpenerBefore) */
export const DAY_ADVERBS = words('yesterday today tonight');

/**
 * Prepositions that open a sentence's adverbial phrase before its subject, however long the phrase ("In response to
 * the proposal to …, Cole rallied …"). (sentenceSubject)
 */
export const PREPOSITION_OPENERS = words('in on at after before during despite following amid amidst unlike like with without under ahead throughout within beyond besides');

/** Conjunctions after which a new clause, and its subject, begins. (startsClause) */
export const CLAUSE_CONJUNCTIONS = words('and but while as whereas although though because since when after before where so yet then including');

/** "…, but critics said …", "…, while Republicans say …": a new attributed clause after a comma. (contentEnd) */
export const NEW_CLAUSE_CONJUNCTIONS = words('but while whereas and although though as');

/** Words a speaker phrase does not start with: "On Friday Lavrov", "But the minister". (npBackFrom) */
export const NOT_SPEAKER_START = words('on in at but and while as after before when however meanwhile so yet then also separately even though although');

/** Focus words before a speaker phrase that leave it opening its clause: "Still, even Mr. Slinker says". (startsClause) */
export const FOCUS_WORDS = words('even only also');

/** Words of degree before an adverb: "more accurately predicted", "very publicly said". (skipInterveningBack) */
export const DEGREE_WORDS = words('more most less least so very too rather quite fairly');

/** Words in -ly that are nouns or adjectives, not adverbs of manner, and not among the everyday words. (mannerAdverb) */
export const LY_NOUNS = words('anomaly monopoly homily butterfly dragonfly elderly weekly biweekly quarterly monthly fortnightly nightly yearly melancholy assembly bodily burly comely ghastly gnarly grizzly hillbilly jolly lowly manly measly oily panoply sickly smelly surly unruly wily wobbly');

/** Words before "states" that make it the noun ("Most Southern states that …", "battleground states that …"). (cueOfForm) */
export const STATE_MODIFIERS = words('most many some several all other both few these those southern northern eastern western midwestern southwestern northeastern southeastern northwestern coastal border swing battleground early key member gulf united');

/** A quotation after an introduced person that speaks of someone in the third person is not that person's. (personAsIntro) */
export const THIRD_PERSON = words('he she him his her hers');

/** Forms of "be" before a participle: what was done to someone ("was jailed", "were injured"). (personAsIntro) */
export const PASSIVE_BE = words('was were is are been being');

/** The finite forms of "be" before a short predicate: "Analysts … were less forgiving, writing …". (sentenceSubject) */
export const FINITE_BE = words('is are was were');

/** Words after "that" that make it an object, not a clause's opener: "laughed that off", "snapped that up". (manner) */
export const POINTING_PARTICLES = words('off up out down away same');

/** Words of dying: the person a sentence with one is about speaks no more. (personAsIntro) */
export const DEATH_WORDS = words('died dead killed death funeral');

/** Words of a relative clause that tell of a person killed or dead: "…, who was gunned down". (noteRun) */
export const KILLED_WORDS = words('died dead killed gunned murdered slain');

/** Quantifiers that, right after the cue, open the content's subject: "said both parties had failed". (contentStart) */
export const CONTENT_QUANTIFIERS = words('both all each further');

/** Sentence adverbs not ending in -ly that open a sentence before a comma and are never a name: "Likewise, Trump went after …". (adverbBeforeComma) */
export const DISCOURSE_ADVERBS = words('likewise meanwhile however moreover furthermore nevertheless nonetheless instead indeed besides therefore thus hence otherwise regardless elsewhere');

/** One-word asides between a speaker and the cue: "Biden, meanwhile, said". (parentheticalSubject) */
export const ASIDE_WORDS = words('however meanwhile though too instead nonetheless nevertheless separately also');

// ── after the cue: where the content starts and stops (content.ts, content-end.ts) ──

/** Auxiliaries that open a question before its subject, none of them a given name (subjectStart). */
export const QUESTION_AUXILIARIES = words('is are was were has have had do does did would could should');

/** Auxiliaries and modals that open a predicate: "officials said would help", "a move officials said was needed". */
export const AUXILIARIES = words('would will could can should might may must was were is are had has have');

/** Auxiliaries of a singular subject, a time's among them: "says this time will be …", "said last year was …". (contentStartAfter) */
export const SINGULAR_AUXILIARIES = words('would will could can should might may must was is had has');

/** After a cue, a clause has begun at one of these ("said on Monday he was …"): a later "that" is not the cue's. */
export const CLAUSE_BEGUN = words('he she they we i it was were is are would will had has could should');

/** A cue form after one of these is a noun in the frame: "in remarks", "during his address", "of the statement". */
export const CUE_AS_NOUN_AFTER = words('in a an the his her their its of during after');

/** Prepositions that open a frame with a noun: "in a statement", "at a rally", "following a meeting". */
export const FRAME_PREPOSITIONS = words('in at during on after before following');

/** Words before a weekday between a subject and its cue: "Lavrov on Friday said", "Gowdy earlier Thursday said". (skipInterveningBack) */
export const DAY_LEADS = words('on earlier later');

/** Where, right after a subject's noun and before its cue: "Officials here say", "residents there said". (skipInterveningBack) */
export const PLACE_ADVERBS = words('here there');

/** How often, between a subject's auxiliary and its cue: "Republicans have often argued". (skipInterveningBack only: after a cue, "thinks often about" is no frame) */
export const FREQUENCY_ADVERBS = words('often always sometimes ever');

/** Determiners of a frame's noun between a subject and its cue: "in a Medium post", "at his news conference". (skipInterveningBack) */
export const FRAME_DETERMINERS = words('a an the his her their its');

/** Prepositions that may go on with an object ("his positions on defense", "the war in Libya") or open a frame. */
export const OBJECT_MODIFIER_PREPOSITIONS = words('on in at over by into through near outside inside without');

/** Prepositions of a frame noun's object: "in an interview with CNN", "in a letter to Congress". */
export const FRAME_OBJECT_PREPOSITIONS = words('to with on in at from before');

/** How content after a frame opens like a clause: "it remained …", "the strike was …", "that …". */
export const CONTENT_OPENERS = words('he she it they we i that the a an this these those there');

/** Verbs of a plural subject: "states that have suffered" is a noun's relative clause, not a report. (cueOfForm) */
export const PLURAL_VERBS = words('have are were do');

/** Subjects a present-tense "states" agrees with before a clause: "he states the plan is …". (cueOfForm) */
export const THIRD_SINGULAR = words('he she it');

/**
 * Prepositions that open the object inside a subject's modifier, before the subject's own verb: "Residents near the
 * plant say …", "Families along the coast say …" (beside ROLE_PREPOSITIONS and OBJECT_PREPOSITIONS). (cueAt)
 */
export const PLACE_PREPOSITIONS = words('near outside inside around along over under behind beyond throughout among between across against about toward towards into through');

/**
 * Prepositions of where, whose object ends a role phrase before no person's name: "A teacher at a school in Ungogo",
 * "Senator from Texas" (the speaker is the role, not Ungogo or Texas). (mentions)
 */
export const WHERE_PREPOSITIONS = words('in at near from inside outside around throughout across');

/** Prepositions of place or time that open a sentence's scene, never a speaker's phrase: "Outside the Dewan, the institute said". (analyseMention) */
export const SCENE_PREPOSITIONS_BEFORE_THE = words('in at near inside outside throughout after before during behind beneath');

/** Words after "those" that make it people: "Those close to him say", "those in the room", "those opposed". (coreference) */
export const PEOPLE_AFTER_THOSE = words('close familiar opposed involved affected present loyal in at on from with near outside inside around along over under behind among across against within');

/** What one is asked to that is no verb: "asked the guests to dinner". (requestAt) */
export const INVITED_TO = words('dinner lunch breakfast supper tea coffee drinks party parties wedding weddings dance prom ball');

/** Nouns of a question put, which are no one asked: "asked a question to ministers". (requestAt) */
export const QUESTION_NOUNS = words('question questions');

/** Verbs of hearing and seeing, whose object's bare verb follows: "heard the president say …". (cueAt) */
export const PERCEPTION_VERBS = words('hear hears heard hearing see sees saw seen watch watches watched watching let lets made make makes helped help');

/** Tail starters that may stay inside an object: "endorsed a plan for …", "praised talks with …". (objectEnd) */
export const OBJECT_PREPOSITIONS = words('to for with from as');

/** Adverbs before a second predicate of the source's clause: "… and also ranked", "… but then said". */
export const PREDICATE_ADVERBS = words('also then later now even still');

/** Question words: "asked whether …", "asked why …". */
export const QUESTION_WORDS = words('whether if why what how when who where which');

/** What one is asked to do, which is a request: "asked Zakharova to comment". */
export const REQUESTED_VERBS = words('comment respond explain clarify elaborate confirm say answer react');

// ── time ──

/** Words of how late or early, before a time: "said late on Wednesday", "said early Thursday". (contentStartAfter, skipTimePhrase, isFrameTail) */
export const TIME_DEGREES = words('late early shortly');

/** Adverbs of time after a cue: "said yesterday", "said earlier". (skipTimePhrase) */
export const TIME_ADVERBS = words('yesterday today tonight earlier later recently again also previously afterwards afterward');

/** What "last", "this" and "next" take: "last week", "this Friday". (skipTimePhrase) */
export const TIME_UNITS = words('week month year weekend monday tuesday wednesday thursday friday saturday sunday');

/** Words that make a time unit a time phrase: "last week", "this month". (skipInterveningBack) */
export const RELATIVE_TIME = words('last this next');

/** Parts of a day after a weekday: "on Friday morning". (skipTimePhrase) */
export const PARTS_OF_DAY = words('morning evening night afternoon');

// ── moved from the rule files (names, mentions, coreference, segment, transcript) ──

/** Prepositions that end the name part of a written role ("Secretary of State"). (coreference) */
export const NAME_PREPOSITIONS = words('of for to at on in from with');

/** Cue forms no noun shares: after a name in 's they are the firm's verb ("Moody's says it will …"). (cueOfForm) */
export const VERB_ONLY_FORMS = words('says tells adds insists explains predicts expects warns argues');

/** A body's own last word before a person's name: "the Zanu-PF party Obert Mpofu", "the Sindh Assembly …". (mentions) */
export const BODY_END_NOUNS = words('party assembly parliament council senate congress union federation movement front alliance caucus');

/** Words before someone shown saying something: "footage of Trump saying", "a clip showing Sunak saying". (content) */
export const SHOWING_WORDS = words('of shows showing show featuring');

/** Adverbs before a past participle opening an aside: "best known for …", "long seen as …". (pastParticipleAside) */
export const PARTICIPLE_ADVERBS = words('best well long once still now also');

/** Cues whose participle after "with X" has sports or everyday senses: they report words only before "that" or a
 * quotation ("with Sanchez denying Spurs a late equaliser", "with the visitors appealing for a penalty"). (withSaying) */
export const WITH_STRICT_CUES = words('deny concede threaten appeal claim admit');
/** Weak cues that report all the same in "with X …-ing": people telling what they felt or saw, a forecast ("with some patients reporting tingling", "with the weather office forecasting more rain"). (withSaying) */
export const WITH_WEAK_CUES = words('report forecast');

/**
 * Participles of the reaction a statement set off, the writer's comment after it: "…, drawing a sharp reply from Khan"
 * (not "angering" or "fueling", which a prediction may go on with: "could backfire, angering his supporters"). (contentEnd)
 */
export const CONSEQUENCE_PARTICIPLES = words('drawing prompting sparking triggering provoking eliciting');

/** What a source did not give, after ", without giving (further) …". (contentEnd) */
export const UNSAID_OBJECTS = words('details detail evidence specifics explanation explanations reason reasons figures names timeline proof');

/** What a source did not say, after ", without": ", without giving details", ", without elaborating". (contentEnd) */
export const UNSAID_PARTICIPLES = words('giving offering providing elaborating specifying explaining citing naming saying detailing identifying presenting');

/** What a witness's story goes on with: "said he ran over and found the mother …". (contentEnd) */
export const WITNESSED_VERBS = words('found saw heard noticed discovered spotted watched smelled smelt felt');

/** What a firm forecasts: "expects revenue of …", "expects underlying EBIT of …". (speakerCueContent) */
export const FORECAST_FIGURES = words('revenue revenues sales earnings profit profits ebit ebitda loss losses growth income margin margins output inflation shipments deliveries production volumes capex spending');

/** Words that end a description before a name ("British low-cost carrier Vireo Airlines"): conjunctions and the prepositions of a phrase after a noun. (describedNameEnd) */
export const DESCRIPTION_BREAKERS = words('and or but nor toward towards against over about into onto upon between among across through by than versus vs via per');

/** Findings anyone makes of what will be or how much: with a clause, a statement ("She estimated the unit could fetch …"). (reported) */
export const ESTIMATING_LEMMAS = words('estimate forecast');

/** An occasion after a cue, before its content: "said after the convention he would …". (contentStartAfter) */
export const OCCASION_PREPOSITIONS = words('after before during at');

/** Subjects of a story told in the simple past: "said he ran over … and found …". (contentEnd) */
export const NARRATIVE_SUBJECTS = words('he she they i we');

/** A contact clause after a group: "residents the BBC spoke to", "officials Reuters talked with". (npBackFrom) */
export const CONTACT_VERBS = words('spoke talked');
export const CONTACT_PREPOSITIONS = words('to with');

/** Verbs before "from" and the one a court or a meeting heard: "The court heard from Kelly Brennan, a friend, who said …". (roleBeforeWho) */
export const HEARD_FROM_VERBS = words('heard hears hearing');


/** Determiners before a noun the lexicon does not know that make it a role: "one senior backbencher", "a Tory grandee". (mentions) */
export const ROLE_DETERMINERS = words('a an one another the two three four five six seven eight nine ten several some many multiple numerous other both');

/** Links between a role and what it is a role of: "spokesman for …", "head of …". (mentions) */
export const ROLE_LINKERS = words('of for at to');

/** Pronouns and demonstratives that are never a name on their own ("It", "That"). (names) */
export const PRONOUN_WORDS = words('i we you he she it they me us him her them this that there who what');

/** Words after which a written name has run into its description ("Smith of …", "Smith who …"). (names) */
export const NAME_CUT_WORDS = words('of for with from at in on who which and');

/** Lower-case particles inside a speaker label's name ("Ursula von der Leyen:"). (transcript) */
export const LABEL_NAME_PARTICLES = words('de van von der al bin la le da');

/** What "claimed" takes when it reports an act, not words: "claimed responsibility", "claimed credit". (reported) */
export const CLAIMED_ACTS = words('responsibility credit');

/** What "claimed" takes or wins, no words: "claimed the title", "claimed first place", "claimed at least one life". (claimedPrize) */
export const CLAIMED_PRIZES = words('title titles trophy trophies prize prizes jackpot medal medals crown championship championships cup place spot seat seats life lives award awards honours honors pennant plate shield belt scalp scalps wicket wickets');

/** Words reported content never opens with: "highlighted and notes written …". (reported) */
export const CONTENT_NEVER_OPENS = words('and or nor');

/** Words of a duration after a number: "two weeks ago", "30 years". (contentStartAfter) */
export const DURATION_WORDS = words('day days hour hours minute minutes week weeks month months year years decade decades ago');

/** A duration's count before its unit in a time counted from another event: "a day after …", "two weeks since …". (timeAfterAt) */
export const DURATION_COUNTS = words('a an one two three four five six several');

/** What a duration is counted from: "a day after the vote", "hours before the deadline". (timeAfterAt) */
export const COUNTED_FROM = words('after before since');

/** Plural time units after "for" in a frame between a cue and its clause: "has said for weeks he is …". (clauseAfterFrame) */
export const DURATION_UNITS = words('days weeks months years decades');

/** "do", "does", "did": the verb of a clause's negation or emphasis ("they do not want …"). (clauseAfterFrame) */
export const DO_FORMS = words('do does did');

/** Prepositions of a time before a clause with no "that": "said after the vote the city would …". (clauseAfterFrame) */
export const TIME_PREPOSITIONS = words('after before during');

/** Subordinators that open a participle's aside between a subject and its cue: "Reyes, when asked …, said". (parentheticalSubject) */
export const ASIDE_SUBORDINATORS = words('when while once if though although after before');

/** Prepositions before an addressee: "put to Secretary Pompeo: “…”", "shouted at Gov. Abbott: “…”". (nameColonQuote) */
export const ADDRESSEE_PREPOSITIONS = words('to at for with toward towards by about from of on');

/** Words before "many"/"some" that make it no speaker: "as many said it would", "so many", "how many". (partOfGroup) */
export const NOT_GROUP_BEFORE = words('as so than how too');

/** Words after a participle that show it heads a verb phrase, not a title: "trying to …", "seeking the …". (participlePhrase) */
export const VERB_PHRASE_OPENERS = words('to the a an his her their its our for with against into on in from of');

/** Units of distance and duration that a count may measure instead of people: "100 yards away", "12 months". (countedGroup) */
export const DISTANCE_UNITS = words('yards yard miles mile feet foot metres meters kilometres kilometers km hours minutes seconds days weeks months decades centuries percent points');

/** One word before a count of people: "about 40 protesters", "nearly two dozen lawmakers". (countedGroup) */
export const COUNT_APPROXIMATORS = words('about nearly almost roughly around some over only just approximately');

/** Two words before a count of people: "at least three officials", "more than 100 economists". (countedGroup) */
export const COUNT_APPROXIMATOR_PAIRS = words('at+least more+than fewer+than less+than up+to at+most well+over');

/** Words of the first person, which a team's notes do not use (transcript.ts). */
export const FIRST_PERSON_WORDS = words("i i'm i've i'll i'd me my mine we we're we've we'll us our ours");

/** Headings of a game story's notes, words joined by "+": "BIG PICTURE", "UP NEXT" (transcript.ts). */
export const NOTE_HEADINGS = words('big+picture up+next the+takeaway takeaways key+moment key+stat next+up injury+report how+it+happened');

/** Verbs of a document passed on by an outlet, not issued by it: "a statement carried by the Korean Central News Agency". (documentIssuers) */
export const CARRYING_VERBS = words('carried published reported quoted cited broadcast aired');


/** A sentence word that opens a people's proper name with the word after it: "First Nations leaders". (names.ts) */
export const NAME_OPENING_PAIRS = words('first+nations');

/** Words that count a group after "a": "a dozen members", "a handful of senators". (countedGroup) */
export const COUNT_NOUNS = words('dozen handful hundred thousand few couple');

/** Quantifiers that stand alone for a group that speaks: ", many said", "and more say", "Others said". (partOfGroup) */
export const GROUP_QUANTIFIERS = words('both all many most some several more others');

/** Groups that hold the opposite of what they are said to say: "Few believe the plan will work". (subjectBefore) */
export const NEGATIVE_GROUPS = words('few none nobody neither');

/** Modifiers of remarks as a noun: "their opening remarks", "his recent comments", "her prepared statements". (cueAt) */
export const REMARK_MODIFIERS = words('opening closing final recent public earlier later prepared written brief initial latest previous private formal');

/** Prepositions that join a speaker's head to its modifier: "Staff for the committee", "Many in the crowd". (postModifiedSubject) */
export const SUBJECT_PREPOSITIONS = words('of on in at from within across for with among');

/** Verbs of a reporter reaching someone, the one reached then speaking: "CBC News reached the father". (noteInterviewee) */
export const REACHING_VERBS = words('reached interviewed contacted met');
/** Words that end the phrase of the one reached: when, where or how ("the father by video call", "a nurse last month"). (noteInterviewee) */
export const AFTER_INTERVIEWEE = words('by last this next outside after before during at on in near when while via over');
/** Verbs of talking, before "to" or "with": "The Guardian spoke to three nurses". (noteInterviewee) */
export const TALKING_VERBS = words('spoke talked');

/** Words of a clause that withholds a name: "who asked that only her first name be used", "who asked to be identified only as Sipho". (withheldName) */
export const NAME_WITHHOLDING_WORDS = words('name named identified identify surname');
/** What opens one's own name in such a clause: "her first name", "his name", "to be identified". (withheldName) */
export const OWN_NAME_LEADS = words('his her their be');

/** Relative pronouns for a person: "Rachel Amburgey, whose son …, said". (relativeHostBefore) */
export const RELATIVE_PERSONS = words('who whose');

/** Prepositions opening a sentence with whom its words are about: "Of Ekanayake, he said: …". (subjectStart) */
export const ABOUT_OPENERS = words('of about regarding');

/** Prepositions that open a sentence's scene, not its clause: "Despite his “brash personality,” she said". (leadIn) */
export const OPENING_PREPOSITIONS = words('to for with without despite amid among about against from into through under over by of toward towards upon via like unlike beyond besides');

/** Words that date a poll as the latest word on its question: "in the latest Fox poll", "in a new survey". (pollAtEnd) */
export const RECENT_WORDS = words('latest new recent newest most');

/** Conjunctions of concession: "- though it is unclear whether …", "- although no date was set". (contentEnd) */
export const CONCESSIVES = words('though although');

/** Pronouns that make a "… said" a clause inside another: "Nothing the minister said “…,” the analyst said". (speakerCueContent) */
export const INDEFINITE_PRONOUNS = words('nothing everything something anything what whatever');

/** Nouns of a poll, the only sources poll-at-end accepts. (pollAtEnd) */
export const POLL_NOUNS = words('poll polls survey surveys');

/** Words of a standing in a poll: "Cruz had 38 percent support", "stays well ahead of Sanders". (pollAtEnd) */
export const POLL_STANDINGS = words('percent lead leads leading ahead behind trail trails trailing points support tied');

/** Nouns that name a quotation rather than open a clause of the source's: "Then came the line “…”". (leadIn) */
export const QUOTE_NAMING_NOUNS = words('line lines words phrase slogan slogans chant chants title headline message motto refrain tagline question answer');

/** Words right before a quotation that name it, not a clause: "chants of “…”", "known as “…”", "offices for “…”". (leadIn) */
export const QUOTE_INTRODUCERS = words('of as for called titled dubbed named');

/** Forms of the cues that name something with a quotation: "what Gilbert called “a perception problem”". (whatCalled) */
export const NAMING_FORMS = words('call calls called calling term terms termed dub dubs dubbed label labels labeled labelled describe describes described characterize characterizes characterized');

/** First words of an aside of time or place inside a split quotation: "he said two days after the attack, “…”". (quoteThenSpeaker) */
export const ASIDE_OPENERS = words('on in at during after before later earlier last this two three four several a an one yesterday today tonight');

/** Function words a sentence writes in lower case and a title-case headline capitalises ("… Ted Cruz With George Wallace"). */
export const HEADLINE_FUNCTION_WORDS = words('the a an of in on at to for with by from about as and or nor but yet so is are was be its into over than out not off per up via vs down upon amid after');

/** Words that may open a sentence before its subordinate clause: "But even as …, …". */
export const LEADING_CONJUNCTIONS = words('but and yet even so');

/** Verbs of putting something online, or answering there, with words of one's own: "reposted a screenshot … with the caption: “…”". (postedWithWords) */
export const POSTING_VERBS = words('posted reposted shared replied tweeted retweeted captioned');

/** What the words posted with a picture or a link are called: "with the caption", "with the words". (postedWithWords) */
export const CAPTION_NOUNS = words('caption words message comment note line text');

/** Words of a lead that only tells when or how a quotation after its colon came: "Then, more quietly: “…”". (isBareQuoteUnit) */
export const QUOTE_LEAD_WORDS = words('then later again finally more less still also once and but yet');

/** Words that open the main clause's subject after a subordinate clause: "…, one of the prosecutors said". */
export const MAIN_CLAUSE_SUBJECT_OPENERS = words('the a an one two some many several');

/** "said little about …", "said nothing of …": no words are reported. */
export const NOTHING_SAID = words('little nothing');

/** What follows "little"/"nothing" when no words are reported ("about"; not "nothing more could be done", "little more than 200 attended"). */
export const NOTHING_SAID_AFTER = words('about regarding publicly in');

/** Words before a short opener's preposition: "Here in Columbia, …", "Back in 1999, …". */
export const OPENER_LEADS = words('here there back elsewhere');

/** Words for a part of something, before "of": "Part of Trump's defence", "Much of Beck's speech", "Shares of Voltaria". */
export const PART_WORDS = words('part parts much most some all many none half rest shares share');

/** A weekday's abbreviation in a dateline, never a name's last word before its comma (not "Sun" or "Mon", which are names). (datelineDay) */
export const DAY_ABBREVIATIONS = words('tue tues wed thu thur thurs fri sat');

/** Subordinators whose clause is often about someone else than the main clause: "If Trump loses, he said …". */
export const CONDITIONAL_OPENERS = words('if unless whereas until');

/** Signs that go on inside an appositive after an inverted speaker: "a diner, which serves a $4 breakfast". (isFrameTail) */
export const APPOSITIVE_SYMBOLS = words("- ’ ' ( $ £ € % & /");

/** Words inside a body's name before more capitalised words: "Court of Appeals for the 6th Circuit". (lastMentionOrSubject) */
export const NAME_JOINS = words('of for the');

/** Last words of a time phrase opening a sentence: "A few days later, …", "Two weeks ago, …". (lastMentionOrSubject) */
export const TIME_OPENER_ENDS = words('later ago earlier afterwards');

/** Words before a role written ahead of a full name that are no part of it: "by area coroner …". (DocumentNames) */
export const ROLE_LEADS = words('the a an his her their its by to with and of for from');

/** Participles of who saw or got hold of a document, no part of its name as a speaker: "a draft seen by Reuters". (tidyMention) */
export const ACCESS_PARTICIPLES = words('seen obtained reviewed viewed leaked');

/** Participles before "to" and whom a document went to, no speaker: "a letter sent to Prime Minister Jane Roe". (documentToRecipient) */
export const RECIPIENT_PARTICIPLES = words('sent submitted addressed presented delivered handed given forwarded copied tabled read written provided supplied');

/** Participles whose agent put a document out (its issuer), not one who obtained or saw it. (publishedSourceSubject) */
export const ISSUING_PARTICIPLES = words('released issued published commissioned conducted tabled compiled prepared produced');

/** Prepositions of place opening a scene before its comma ("Behind the scenes, …"); "Behind the wheel was …" is a clause. (openerComma) */
export const SCENE_PREPOSITIONS = words('behind across inside outside throughout beneath');

/** Words that make "where possible", "if necessary" a hedge, not a question. (questionAfterAddressee) */
export const QUESTION_HEDGES = words('possible necessary appropriate practicable needed required');

/** Small words inside a workplace's name and its place: "Liberty Baptist Church in Marion", "Bank of England" (not "and": "Ted Cruz of Texas and Marco Rubio"). (nameBeforeWorkplace) */
export const NAME_CONNECTORS = words('in at of the for on');

/** Prepositions before "which" or "whom" that open a relative clause with its own subject: "in which he said". (startsClause) */
export const RELATIVE_PREPOSITIONS = words('in at during on after before for to with by through under from');

/** Words after "put it" that make it a way of saying: "put it this way", "put it simply", "put it best". (cueOfForm) */
export const PUT_IT_WAYS = words('this another simply best succinctly plainly mildly differently bluntly starkly frankly candidly bleakly');

/** Whom a lawyer defends: "defended people accused of …", "defended clients" is legal work, no statement. (cueOfForm) */
export const DEFENDED_PEOPLE = words('people clients client inmates inmate defendants defendant suspects suspect prisoners prisoner');

/** Words that make the phrase before an appositive no role of its own: "whose deputy", "flanked by", "alongside". (relative-host) */
export const APPOSITIVE_BREAKERS = words('who whose which by with alongside after before as to');

/** Pronouns that open a clause as its subject. (relative-host) */
export const SUBJECT_PRONOUNS = words('he she they it we');

/** Adverbs that open a sentence before its subject: "Instead he gave a speech …". (relative-host) */
export const HOST_OPENERS = words('instead then later');

/** Words that bring in the next of several sources: "one said …, another said …", "some say …, others say …". (contentEnd) */
export const CONTRAST_SPEAKERS = words('another others');

/** Words of nearness before "to" that open an aside of place: "Villagers in Kerni, close to the LoC, said". (parentheticalSubject) */
export const NEAR_WORDS = words('close next near');

/** A cue's form opening a compound noun, written here with a hyphen, no cue there: "a London think tank". (cueOfForm) */
export const CUE_COMPOUNDS = words('think-tank think-tanks report-card report-cards claims-adjuster claims-adjusters');

/** A cue's form as the second noun of a fixed pair, written with hyphens, no cue there: "as supply and demand growth in China …". (cueOfForm) */
export const CUE_BINOMIALS = words('supply-and-demand questions-and-answers claims-and-counterclaims charges-and-countercharges');

/** Words before an "as" that makes no clause of it: "such as", "known as", "the same as". (speakerCueContent) */
export const AS_PHRASE_HEADS = words('such known same so well described identified');

/** Words between a body's lower-case noun and where it is: "the embassy in Havana", "the ministry of Finance". (noteBodyRoleOpening) */
export const BODY_PLACE_LINKS = words('in of at');

/** Prepositions after a participle opening a sentence, whose object is no subject: "Speaking to HT, a senior official … said". (nameBeforeAppositive) */
export const OPENER_PREPOSITIONS = words('to with at in on before after from for');

/** Plural forms of "be" and "have" after "who": a team or a body of people, not one person ("Everton, who are 15th"). (introducedByGivenName) */
export const PLURAL_BE_HAVE = words('are were have');

/** Prepositions before names listed with commas inside an aside: "sent via SMS, WhatsApp and Telegram". (prepositionListAt) */
export const LIST_PREPOSITIONS = words('via in across from to at through including');

/** Words before "from" in an aside that tells where a group is from: "mostly from …", "many of them from …". (originAside) */
export const ORIGIN_ASIDE_WORDS = words('mostly mainly largely originally many most some all several both of them');

/** Cardinal numbers in words, whole or as the parts of a hyphenated one ("Forty-three households"). (singleWord) */
export const CARDINAL_WORDS = words('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred');

/**
 * Prepositions whose object is no subject of the cue after it ("A widow who lost … posing as a US army surgeon has said");
 * "as" only after a participle in -ing ("posing as"), not the conjunction ("gathered steam as a number of writers suggested",
 * "dispersed as police said"). (subjectBefore)
 */
export const OBJECT_HEAD_PREPOSITIONS = words('as to by with for from of at in on into against about');

/** Verbs of a request to be called by a name: "who asked to be identified only as Josh". (notePseudonymSubject) */
export const REQUEST_VERBS = words('asked wished wanted agreed preferred chose requested asks wishes wants prefers');

/** Prepositions that make the noun after them an object inside a subject ("A friend of a woman who …"). (notePseudonymSubject) */
export const OBJECT_LINKS = words('of for to with by about on against');

/** Words opening a sentence whose subject comes after its "was": "Among those who travelled was Morag Munro". (invertedSubject) */
export const INVERSION_OPENERS = words('among also joining');
