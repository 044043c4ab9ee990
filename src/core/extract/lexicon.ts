import type { StatementAct } from '../model.ts';

// Word lists that drive the rule-based extractor. Kept as data, in one place, so that tuning the
// extractor for a new kind of news means editing lists, not code paths.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Reporting verbs: base lemma → every inflected form we accept as a cue.
 * Cognition verbs (believe, think) are included because news attributes stances with them.
 */
const CUE_LEMMAS: Record<string, string> = {
  say: 'say says said saying',
  tell: 'tell tells told telling',
  add: 'add adds added adding',
  state: 'stated stating',
  stress: 'stress stresses stressed stressing',
  emphasize: 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  note: 'note notes noted noting',
  warn: 'warn warns warned warning',
  argue: 'argue argues argued arguing',
  claim: 'claim claims claimed claiming',
  insist: 'insist insists insisted insisting',
  explain: 'explain explains explained explaining',
  announce: 'announce announces announced announcing',
  declare: 'declare declares declared declaring',
  reiterate: 'reiterate reiterates reiterated reiterating',
  affirm: 'affirm affirms affirmed affirming reaffirm reaffirms reaffirmed reaffirming',
  assert: 'assert asserts asserted asserting',
  maintain: 'maintains maintained',
  suggest: 'suggest suggests suggested suggesting',
  acknowledge: 'acknowledge acknowledges acknowledged acknowledging',
  admit: 'admit admits admitted admitting',
  confirm: 'confirm confirms confirmed confirming',
  deny: 'deny denies denied denying',
  accuse: 'accuse accuses accused accusing',
  urge: 'urge urges urged urging urgeing',
  demand: 'demand demands demanded demanding',
  condemn: 'condemn condemns condemned condemning',
  criticize: 'criticize criticizes criticized criticizing criticise criticises criticised criticising',
  predict: 'predict predicts predicted predicting',
  promise: 'promise promises promised promising',
  pledge: 'pledge pledges pledged pledging',
  vow: 'vow vows vowed vowing',
  threaten: 'threaten threatens threatened threatening',
  complain: 'complain complains complained complaining',
  concede: 'concede concedes conceded conceding',
  recall: 'recall recalls recalled recalling',
  report: 'report reports reported reporting',
  reveal: 'reveal reveals revealed revealing',
  write: 'write writes wrote writing',
  tweet: 'tweet tweets tweeted tweeting',
  post: 'posted',
  reply: 'reply replies replied replying',
  respond: 'respond responds responded responding',
  ask: 'ask asks asked asking',
  believe: 'believe believes believed',
  think: 'thinks thought',
  conclude: 'conclude concludes concluded concluding',
  continue: 'continued',
  remark: 'remark remarks remarked remarking',
  observe: 'observe observes observed observing',
  comment: 'comment comments commented commenting',
  underline: 'underline underlines underlined underlining underscore underscores underscored underscoring',
  highlight: 'highlight highlights highlighted highlighting',
  point: 'point points pointed pointing',
  call: 'call calls called calling',
  propose: 'propose proposes proposed proposing',
  recommend: 'recommend recommends recommended recommending',
  advise: 'advise advises advised advising',
  appeal: 'appeal appeals appealed appealing',
  allege: 'allege alleges alleged alleging',
  contend: 'contend contends contended contending',
  estimate: 'estimate estimates estimated estimating',
  caution: 'caution cautions cautioned cautioning',
  mention: 'mention mentions mentioned mentioning',
  indicate: 'indicate indicates indicated indicating',
  assure: 'assure assures assured assuring reassure reassures reassured reassuring',
  inform: 'inform informs informed informing',
  lament: 'lament laments lamented lamenting',
  quip: 'quip quips quipped quipping',
  agree: 'agree agrees agreed agreeing',
  express: 'express expresses expressed expressing',
  expect: 'expects expected',
  hope: 'hopes hoped',
  charge: 'charges charged',
  boast: 'boast boasts boasted boasting',
  joke: 'joke jokes joked joking',
  counter: 'countered',
  question: 'questioned questioning',
  dismiss: 'dismiss dismisses dismissed dismissing',
  reject: 'reject rejects rejected rejecting',
  welcome: 'welcome welcomes welcomed welcoming',
  blame: 'blame blames blamed blaming',
  describe: 'describe describes described describing',
  characterize: 'characterize characterized characterised',
  disclose: 'disclose discloses disclosed disclosing',
  signal: 'signal signals signaled signalled signaling signalling',
  testify: 'testify testifies testified testifying',
  brief: 'briefed',
  specify: 'specified',
  rule: 'ruled ruling rules',
  grumble: 'grumbled',
  proclaim: 'proclaim proclaims proclaimed',
  speculate: 'speculate speculates speculated',
  reckon: 'reckon reckons reckoned',
  confide: 'confided',
  venture: 'ventured',
  surmise: 'surmised',
  theorize: 'theorized theorised',
  guess: 'guessed',
  text: 'texted',
  email: 'emailed',
  blast: 'blasted',
  slam: 'slammed',
  tout: 'touted',
  dispute: 'disputed',
  fear: 'feared',
  worry: 'worried',
  shoot: 'shot',
  fire: 'fired',
  hit: 'hit hits',
  push: 'pushed',
  answer: 'answer answers answered',
  remind: 'remind reminds reminded reminding',
  elaborate: 'elaborated',
  retort: 'retort retorts retorted',
  interject: 'interjected',
  scoff: 'scoffed',
  clarify: 'clarify clarifies clarified clarifying',
  opine: 'opined',
  concur: 'concurred',
  object: 'objected',
  protest: 'protested',
  hint: 'hint hints hinted hinting',
  forecast: 'forecast forecasts forecasted',
  recount: 'recounted',
  muse: 'mused',
  wonder: 'wondered',
  defend: 'defend defends defended defending',
  make: 'made makes make',
  // beliefs, knowledge and feelings
  know: 'know knows knew',
  doubt: 'doubts doubted',
  // intentions and wishes: their content is often an infinitive ("wants to build a wall")
  want: 'want wants wanted',
  plan: 'plans planned',
  intend: 'intend intends intended',
  seek: 'seeks sought',
  prefer: 'prefers preferred',
  // findings of polls, reports and studies
  show: 'show shows showed',
  find: 'finds found',
  // stances towards someone or something: their content may be the object ("endorsed Trump")
  support: 'supports supported',
  endorse: 'endorse endorses endorsed',
  oppose: 'opposes opposed',
  favor: 'favors favored favours favoured',
  praise: 'praise praises praised',
  cite: 'cites cited',
  attack: 'attacked',
};

/**
 * What a statement reports: speech, writing, a belief, a wish or plan, a finding (of a poll, report or study), or a
 * stance towards someone or something with no words of its own ("endorsed Mr. Trump", "rejected the criticism").
 */
export type Act = StatementAct;

const ACTS: Record<Exclude<Act, 'said'>, string> = {
  wrote: 'write tweet post text email',
  thinks: 'believe think know doubt fear worry expect reckon speculate surmise theorize guess wonder muse',
  wants: 'want hope plan intend seek prefer',
  found: 'show find estimate forecast',
  stance: 'support endorse oppose favor',
};

/** lemma → what it reports ("said" for every cue not listed). */
export const CUE_ACTS: ReadonlyMap<string, Act> = new Map(
  Object.entries(ACTS).flatMap(([act, lemmas]) => lemmas.split(' ').map((l) => [l, act as Act] as const)),
);

/** Cues whose content may be an infinitive: "wants to build", "declined to comment", "hopes to win". */
export const INFINITIVE_CUES = words('want hope plan intend seek prefer promise pledge vow threaten agree expect');

/** Cues whose content may be their object alone: "endorsed Mr. Trump", "opposed the deal", "cited the report". */
export const OBJECT_CUES = words('support endorse oppose favor praise cite attack criticize condemn blame defend reject dismiss welcome want prefer know doubt');

/** form → lemma */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(CUE_LEMMAS)) {
    for (const f of forms.split(' ')) if (!m.has(f)) m.set(f, lemma.replace(/\d+$/, ''));
  }
  return m;
})();

/** "people familiar with the matter", "a person close to the minister", "officials briefed on the talks". */
export const SOURCE_MODIFIER_WORDS: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'privy', 'party']);
/** The prepositions such a modifier takes ("familiar with", "close to", "briefed on"). */
export const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'about', 'in']);

/** Cues that only report speech when a particle follows ("pointed out", "called for", "called on"). */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out', 'to']],
  ['call', ['for', 'on', 'upon']],
  ['appeal', ['to', 'for', 'on']],
  // "Booker shot back", "she fired back", "the Kremlin hit back"
  ['shoot', ['back']],
  ['fire', ['back']],
  ['hit', ['back']],
  ['push', ['back']],
]);

/** Cues that need a following clause or object to count (they have non-speech senses alone). */
export const WEAK_CUES = words(
  'know want plan intend seek prefer show find support endorse oppose favor praise cite attack doubt add agree express expect hope charge counter question dismiss reject welcome blame describe characterize defend continue report post maintain note observe recall estimate forecast signal indicate call point appeal brief inform ask blast slam tout dispute fear worry rule',
);

/** Cues that, in the "…, X cue." position, are strong enough to attribute the preceding clause. */
export const FINAL_POSITION_CUES = words(
  'say tell add state stress emphasize note warn argue claim insist explain announce declare reiterate affirm assert maintain suggest acknowledge admit confirm report write tweet reply respond believe think conclude continue remark observe comment underline highlight contend allege estimate caution indicate predict recall complain concede quip joke boast counter testify clarify opine hint recount muse wonder shoot fire hit push answer grumble proclaim speculate reckon confide venture surmise theorize guess text email specify elaborate retort interject lament scoff reveal',
);

/** Pronouns that can be a speaker, mapped to a number/gender class. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'pl' | 'it'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'pl'],
  ['it', 'it'],
]);

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("Lavrov also said"). */
export const INTERVENING = words(
  'also has have had would will could may might then later earlier further again once long previously repeatedly recently publicly privately separately reportedly even still already since allegedly initially subsequently yesterday today tonight last finally additionally specifically bluntly flatly openly firmly explicitly directly clearly similarly likewise meanwhile however though only simply herself himself themselves itself personally had not never did does do just quickly immediately',
);

/** Lower-case heads that make a noun phrase a person by role ("the top diplomat", "the minister"). */
export const ROLE_NOUNS = words(
  'minister ministers diplomat diplomats official officials spokesman spokeswoman spokesperson spokespeople representative representatives envoy envoys ambassador ambassadors president vice-president premier chancellor secretary secretary-general senator senators congressman congresswoman lawmaker lawmakers legislator legislators governor governors mayor leader leaders chief chiefs head director deputy adviser advisor advisers advisors aide aides analyst analysts expert experts source sources commander commanders general officer officers prosecutor prosecutors judge judges chairman chairwoman chair candidate candidates counterpart counterparts negotiator negotiators politician politicians member members mp mps lawyer lawyers attorney economist economists professor researcher researchers observer observers critic critics activist activists campaigner campaigners author authors founder ceo executive executives banker bankers strategist strategists pollster king queen prince princess pope monarch emperor colonel captain lieutenant sergeant admiral marshal spy witness witnesses resident residents voter voters people citizens protesters demonstrators journalist journalists reporter reporters correspondent correspondents insider insiders diplomat-in-chief speaker coordinator commissioner commissioners regulator regulators inspector inspectors investigator investigators supporters opponents proponents advocates detractors skeptics sceptics backers allies defenders scholars hawks doves families relatives mediators protesters students workers farmers doctors teachers parents dissenters justices woman man mother father son daughter wife husband widow widower girl boy teenager grandmother grandfather survivor survivors victim victims nurse teacher doctor shopkeeper driver refugee refugees soldier soldiers veteran veterans worker owner',
);

/** Lower-case heads that make a noun phrase an institution or document ("the ministry", "the statement"). */
export const INSTITUTION_NOUNS = words(
  'ministry ministries department government administration agency agencies office council committee commission service services embassy kremlin cabinet parliament court party organization organisation union bloc alliance company firm bank fund group groups report statement communique communiqué document letter readout release announcement decree resolution declaration website newspaper paper outlet network channel broadcaster media press police army military navy authorities authority campaign team spokesperson-office board secretariat mission delegation coalition opposition regime junta senate house congress assembly court tribunal watchdog institute university poll survey study research data figures memo memorandum draft filing ruling opinion dissent indictment complaint lawsuit motion transcript cable assessment proposal minutes majority',
);

/** Capitalised words that name a role or title, not a person ("Foreign Minister", "Sen."). */
export const TITLE_WORDS = words(
  'MEP MEPs MSP MSPs Sens. Sens Reps. Reps Govs. Drs. Messrs. Messrs FM PM EAM NSA CM DPM DP VP FS Minister Ministers Foreign Prime Deputy First Vice President Presidential Secretary Secretary-General General Gen. Gen Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman Chair Senator Sen. Sen Rep. Rep Representative Gov. Gov Governor Mayor Ambassador Envoy Special Chancellor Chief Leader Speaker Commissioner Head Adviser Advisor Press Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Prof. Prof Professor Justice Judge Attorney Defense Defence Interior Finance State Affairs Majority Minority Acting Former Senior Top Security National Trade Economy Economic Health Education Energy Justice Home Labour Labor Transport Culture Sports Agriculture Environment Emergency Emergencies Situations Development Digital Industry Science Sir Dame Lord Lady King Queen Prince Princess Pope Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Adm. Marshal Field Commander Officer Executive CEO Chairperson Permanent Deputy-Chairman Undersecretary Under Assistant Associate Counsel Solicitor Prosecutor Prosecutor-General Ombudsman Patriarch Metropolitan Archbishop Bishop Rev. Reverend Imam Sheikh Ayatollah Emir Crown Sultan Premier MP Congressman Congresswoman Delegate Lawmaker Member Parliamentary Opposition Party Senate House Representatives Commons Lords Duma Federation Council Vice-President Vice-Premier Vice-Chairman Deputy-Head Second Third Asian European African American Department Ministry Affairs Committee Council Office Service Agency Commission Directorate Bureau Division Administration Treasurer Shri Smt Sri Shrimati Mantri Raksha Governor-General Attorney-General Auditor-General Comptroller Councillor Councilor Cllr Cllr. Councilman Councilwoman Alderman Assemblyman Assemblywoman Assemblymember Sheriff Baroness Baron Viscount Magistrate Democrat Republican Hon. Hon Honourable Honorable Rt. Rt Excellency',
);

/** Capitalised words that make a chunk an institution ("Russian Foreign Ministry", "White House"). */
export const ORG_WORDS = words(
  'College Academy Chamber Guild Confederation Headquarters Staff Inspectorate Forum Movement Front Initiative League Caucus Conference Trust Society Council Commissariat Ministry Ministries Department Government Administration Agency Office Council Committee Commission Service Embassy Kremlin Cabinet Parliament Court Party Organization Organisation Union Alliance Company Corporation Corp Corp. Inc Inc. Ltd Bank Fund Group Institute University Association Federation Foundation Centre Center Bureau Directorate Secretariat Mission Delegation Coalition Pentagon Senate Congress Assembly Tribunal Police Army Navy Forces Command Council Duma Rada Knesset Bundestag Commons Lords Reuters TASS Tass RIA Interfax Xinhua AFP AP Bloomberg Times Post Journal News Telegraph Guardian Herald Tribune Gazette Kommersant Izvestia Vedomosti CNN BBC NBC CBS ABC Fox MSNBC Sputnik RT Politico Axios Network Press Media Agency Watch Observatory Review Daily Weekly Monitor Board Authority Authorities Bloc NATO UN EU CSTO SCO CIS OSCE IAEA WHO IMF OPEC ASEAN Taliban Hamas Hezbollah Kremlin White House Downing Whitehall',
);

/** Words that may appear inside a proper-name chunk without being capitalised. */
export const NAME_PARTICLES = words('de da di del della der van von bin ibn al el la le du dos das ben abu');

/** Words that begin a preposition-led tail after a cue ("said on Friday at a meeting"). */
export const TAIL_STARTERS = words(
  'on at in during after before to from while when as earlier later last this yesterday today tonight recently afterwards told via through over with without amid following ahead upon for according into outside inside near by',
);

/** Determiners and possessives that may open a speaker noun phrase. */
export const DETERMINERS = words('the a an his her its their our this that these those one another several two three some many both each former');

/** Verbs and function words that can never be inside a speaker noun phrase. */
export const NP_BREAKERS = words(
  'is are was were be been being has have had do does did will would shall should can could may might must not that which who whom whose what when where why how because although if unless while whereas but so than then there here this if also only even just very in at on with from by during after before about into over under between against as like via through amid despite without within upon across toward towards since until',
);

export const MONTHS = words(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/** Sentence-initial words that are not names even though capitalised. */
export const SENTENCE_STARTERS = words(
  'The A An In On At As But And However Meanwhile Earlier Later Also Then This That These Those It Its He She They We I You Our His Her Their After Before During While When If Although Though Since Because For From With Without According Asked Speaking Still Yet Now Today Yesterday Last Next Previously Separately Finally First Second Moreover Furthermore Indeed Instead Overall Such Some Many Most Several Both Each Every All No Not Only Even Under Over Among Amid Despite Following Ahead Besides Unlike Like Afterward Afterwards Thereafter Later Do Does Did Is Are Was Were Can Could Will Would Should Shall May Might Must Has Have Had Why What How Who Where Which Whether Here There Yes So Well Look Please Thank Thanks Let Sure Absolutely Okay OK',
);

/**
 * Finite verbs that open a second predicate of the source's own clause ("said X but did not suggest …", "called
 * the deal a mistake and ranked her among …"): irregular past forms and auxiliaries. Regular past forms (-ed) are
 * recognised by their ending.
 */
export const FINITE_VERBS = words(
  'did does was is has had have were won made took went came gave got kept left led ran sent spent stood wore began became brought bought built caught chose drew drove fell felt fought forgot held hid hit knew lay lost meant met paid put quit rode rose sat saw sang shook shot sold sought spoke stole struck swore taught thought threw told understood wrote',
);
