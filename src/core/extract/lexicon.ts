// Word lists that drive the rule-based extractor. Kept as data, in one place, so that tuning the extractor for a new
// kind of news means editing lists, not code paths. One name per word class; rule code tests membership here and
// grows no inline word lists of its own (eslint.config.js). The files:
//   lexicon.ts       this door, and the word classes of speaker phrases, names, dates and clauses
//   lexicon-cues.ts  the reporting verbs, one checked record each (forms, act, weak, final, infinitive, object, particles)
//   lexicon-base.ts  how a word class is written down (words), and the lists as written, for the tests
// test/core/extract/lexicon.test.ts checks that no word is listed twice and that classes overlap only where listed.
import { withPersonPlurals, words } from './lexicon-base.ts';

export * from './lexicon-cues.ts';

/** "people familiar with the matter", "a person close to the minister", "officials briefed on the talks", "an official present at the venue". */
export const SOURCE_MODIFIER_WORDS = words('familiar close knowledgeable briefed involved privy party present');
/** The prepositions such a modifier takes ("familiar with", "close to", "briefed on", "present at"). */
export const MODIFIER_PREPOSITIONS = words('with to on about in at');

/** Pronouns that can be a speaker, mapped to a number/gender class. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'pl' | 'it'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'pl'],
  ['it', 'it'],
]);

/** Pronouns of one sex in any case: the sex a sentence gives its subject ("… asked that his name not be published"), or a pronoun its person. (noteAgeOpening, DocumentContext.resolve) */
export const SEXED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['his', 'm'], ['him', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);

/** The possessive of an object pronoun: "a message from her" is "her message". (documentFromPronoun) */
export const OWNER_OF_OBJECT: ReadonlyMap<string, string> = new Map([['him', 'his'], ['her', 'her'], ['them', 'their']]);

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("Lavrov also said"). */
export const INTERVENING = words(
  'also has have had would will could may might then later earlier further again once long previously repeatedly recently publicly privately separately reportedly even still already since allegedly initially subsequently yesterday today tonight last finally additionally specifically bluntly flatly openly firmly explicitly directly clearly similarly likewise meanwhile however though only simply herself himself themselves itself personally not never did does do just quickly immediately now both all each soon promptly swiftly eventually ultimately',
);

/** Lower-case heads that make a noun phrase a person by role ("the top diplomat", "the minister"). */
export const ROLE_NOUNS = withPersonPlurals(words(
  'taoiseach tánaiste staff personnel vice-chancellor administrator administrators comptroller auditor auditors registrar ombudsman supervisor supervisors provost councilman councilwoman councilmember councilmembers assemblyman assemblywoman assemblymember selectman physician physicians psychologist psychologists epidemiologist epidemiologists engineer engineers specialist specialists lobbyist lobbyists landlord landlords tenant tenants homeowner homeowners retiree retirees shoppers deputies plaintiff plaintiffs defendant defendants juror jurors whistleblower whistleblowers trooper troopers ranger rangers warden chemist biologist physicist meteorologist meteorologists forecaster forecasters pharmacist pharmacists dentist therapist counselor counsellor ally confidant associate colleague loyalist loyalists friend supporter trader traders dealer dealers broker brokers priest priests rabbi rabbis pastor pastors imam imams cleric clerics nun nuns monk monks vicar vicars chaplain chaplains speakers attendee attendees participant participants mourner mourners worshipper worshippers congregant congregants panelist panelists guest guests marcher marchers onlooker onlookers neighbor neighbors neighbour neighbours listener listeners caller callers commenter commenters fan fans backer protester student farmer nurses employee employees investor investors scientist scientists historian historians immigrant immigrants user users reader readers viewer viewers customer customers consumer consumers owners minister ministers respondents diplomat diplomats official officials spokesman spokeswoman spokesperson spokespeople representative representatives envoy envoys ambassador ambassadors president vice-president premier chancellor secretary secretary-general senator senators congressman congresswoman lawmaker lawmakers legislator legislators governor governors mayor leader leaders chief chiefs head director deputy adviser advisor advisers advisors aide aides analyst analysts expert experts source sources commander commanders general officer officers prosecutor prosecutors judge judges chairman chairwoman chair candidate candidates counterpart counterparts negotiator negotiators politician politicians member members mp mps lawyer lawyers counsel attorney rebel rebels militant militants insurgent insurgents gunman gunmen economist economists professor researcher researchers observer observers critic critics activist activists campaigner campaigners author authors founder ceo ceos gp gps executive executives banker bankers strategist strategists pollster king queen prince princess pope monarch emperor colonel captain lieutenant sergeant admiral marshal spy witness witnesses resident residents voter voters people citizens protesters demonstrators journalist journalists reporter reporters correspondent correspondents insider insiders diplomat-in-chief speaker coordinator commissioner commissioners regulator regulators inspector inspectors investigator investigators supporters opponents proponents advocates detractors skeptics sceptics backers allies defenders scholars hawks doves families relatives mediators students workers farmers doctors teachers parents dissenters justices woman man mother father son daughter wife husband widow widower girl boy teenager grandmother grandfather survivor survivors victim victims nurse teacher doctor shopkeeper driver refugee refugees soldier soldiers veteran veterans worker owner friends associates confidants colleagues manager managers chairperson organizer organizers organiser organisers consultant consultants operative operatives surrogate surrogates nominee nominees contender contenders hopeful hopefuls challenger challengers incumbent rival rivals frontrunner front-runner delegate delegates superdelegate superdelegates donor donors staffer staffers treasurer editor editors columnist columnists commentator commentators attorneys co-founder cofounder actor actors actress actresses comedian comedians rapper musician musicians filmmaker novelist poet artist artists athlete athletes councillor councillors councilor councilors alderman trustee trustees family coroner coroners pathologist pathologists magistrate magistrates solicitor solicitors barrister barristers sheriff sheriffs detective detectives superintendent constable constables coach coaches surgeon surgeons paramedic paramedics firefighter firefighters midwife midwives headteacher conservatives liberals progressives moderates evangelicals mechanic mechanics clerk clerks chef chefs pilot pilots nanny cashier cashiers fisherman fishermen craftsman tradesman handyman salesman saleswoman policeman policewoman fireman lifeguard bodyguard medic medics vendor vendors person',
));

/** Lower-case heads that make a noun phrase an institution or document ("the ministry", "the statement"). */
export const INSTITUTION_NOUNS = words(
  'prefecture governorate consortium cooperative co-operative nonprofit non-profit partnership society ministry ministries county counties municipality borough township club clubs school schools hospital hospitals charity charities trust trusts church churches airline airlines college colleges league leagues retailer retailers insurer insurers lender lenders utility utilities branch branches wing division subsidiary affiliate shipyard shipyards factory factories brewery refinery museum zoo library prison theatre theater studio studios airport academy hospice clinic supermarket supermarkets operator operators manufacturer manufacturers supplier suppliers provider providers startup start-up department government administration agency agencies office council committee commission service services embassy kremlin cabinet parliament court party organization organisation union bloc alliance company firm bank fund group groups report statement communique communiqué document letter readout release announcement decree resolution declaration website newspaper paper newspapers magazine magazines tabloid outlet network channel broadcaster media press police gardaí gardai army military navy authorities authority campaign team spokesperson-office board secretariat mission delegation coalition opposition regime junta senate house congress assembly tribunal watchdog institute university poll polling survey study research data ad ads advertisement commercial editorial mailer flyer figures memo memorandum draft filing ruling opinion dissent warning bulletin advisory indictment complaint lawsuit motion transcript cable assessment proposal minutes majority headquarters bureau directorate association federation foundation chamber inspectorate forms disclosure disclosures book books story stories article articles column columns petition manifesto',
);

/** Capitalised heads of a place's name that no person's name has: "Mason City", "Jefferson County", "Washington Heights". (DocumentNames) */
export const PLACE_HEADS = words('City County Township Village Street Avenue Heights Springs Airport Station Stadium Centre Center');

/** Lower-case nouns after a capitalised name that make it a place's, no body's: "near Chinese Garden station". (noteRun) */
export const PLACE_NOUNS_AFTER = words('station airport stadium street avenue road bridge park square terminal interchange');

/** Capitalised words that name a role or title, not a person ("Foreign Minister", "Sen."). */
export const TITLE_WORDS = words(
  'MEP MEPs MSP MSPs TD TDs MLA MLAs MPP MPPs MNA MNAs MHA MHAs Sens. Sens Reps. Reps Govs. Drs. Messrs. Messrs FM PM EAM NSA CM CS MD DM DRM DGP DPM DP VP FS Minister Ministers Foreign Prime Deputy First Vice President Presidential Secretary Secretary-General General Gen. Gen Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman Chair Senator Sen. Sen Rep. Rep Representative Gov. Gov Governor Mayor Ambassador Envoy Special Chancellor Chief Leader Speaker Commissioner Head Adviser Advisor Press Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Prof. Prof Professor Adv. Adv Justice Justices Judge Attorney Defense Defence Interior Finance State Affairs Majority Minority Acting Former Senior Top Security National Trade Economy Economic Health Education Energy Home Labour Labor Transport Culture Sports Agriculture Environment Emergency Emergencies Situations Development Digital Industry Science Sir Dame Lord Lady King Queen Prince Princess Sheikha Pope Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Sgt Corporal Cpl. Cpl Const. Admiral Adm. Marshal Field Commander Commander-in-Chief Officer Executive CEO CFO COO CTO CIO CE Chairperson Permanent Deputy-Chairman Undersecretary Under Assistant Associate Counsel Solicitor Prosecutor Prosecutor-General Ombudsman Patriarch Metropolitan Archbishop Bishop Rev. Reverend Imam Elder Sheikh Ayatollah Emir Crown Sultan Premier Taoiseach Tánaiste MP Congressman Congresswoman Delegate Del. Lawmaker Member Parliamentary Opposition Party Senate House Representatives Commons Lords Duma Federation Council Vice-President Vice-Premier Vice-Chairman Deputy-Head Second Third Asian European African American Department Ministry Committee Office Service Agency Commission Directorate Bureau Division Administration Treasurer Shri Smt Sri Shrimati Mantri Raksha Governor-General Attorney-General Director-General Inspector-General Solicitor-General Surgeon-General Vice-Chancellor Auditor-General Comptroller Councillor Councilor Cllr Cllr. Coun. Coun Cr Cr. Councilman Councilwoman Alderman Assemblyman Assemblywoman Assemblymember Sheriff Baroness Baron Viscount Magistrate Democrat Republican Hon. Hon Honourable Honorable Rt. Rt Excellency Superintendent Supt. Supt Asst Asst. Comm Comm. Cmdr. Cmdr Cdr. Cdr MEC MECs MMC ACP DSP ASP Inspector Insp. Constable Detective Det. Det Insp Ch DCI PCSO Trooper Garda Datuk Datin Dato Seri Setia Utama Pengiran YB Tengku Tunku',
);

/** Prepositions a list of names follows inside an aside: "backed by the Socialists, the Greens and …" (not "of", inside bodies' names). (namesListedAfter) */
export const LIST_PREPOSITIONS = words('by with including among');

/** Titles of peers, held "of" a place: "said Duke of Sussex" is no one speaking of Sussex. (spokenOf) */
export const PEERAGE_TITLES = words('Duke Duchess Earl Countess Marquess Marchioness Viscount Viscountess Baron Baroness Lord Lady Prince Princess King Queen');

/** Given names that open a Malay name before the given name it goes by: "Nor Azizah Kamaruddin" is "Azizah", "Mohd Hafiz Rahman" "Hafiz" (not "Muhammad Ali Jinnah", whose "Ali" is anyone's). (fullForGiven) */
export const LEADING_GIVEN_NAMES = words('Nor Noor Nur Siti Mohd Muhd');

/** Styles of address after "His", "Her" or "Their", standing for the one addressed: "His Holiness", "Her Majesty". (analyseMention) */
export const STYLES_OF_ADDRESS = words('Holiness Majesty Majesties Excellency Highness Eminence Grace Beatitude Honour Honor Worship Lordship Ladyship');

/** Titles borne with the given name alone: "Sheikha Latifa", "Prince Abdulmajeed", "King Charles", "Pope Leo". (coreference) */
export const GIVEN_NAME_TITLES = words('Sheikh Sheikha Prince Princess King Queen Emir Sultan Pope Sayyid Sayyida Sir Dame');

/** Words no word list holds that name a body with a country's or a province's name: "Hockey Manitoba", "Manitoba Hydro". (placeBody) */
export const PLACE_BODY_WORDS = words('Hockey Rugby Football Soccer Cricket Golf Tennis Swimming Cycling Athletics Netball Basketball Baseball Volleyball Rowing Sailing Skiing Curling Boxing Gymnastics Triathlon Badminton Squash Lacrosse Softball Equestrian Hydro Rail Transit');

/** Words of a region's name, never of a body's: "Middle East", "Northern Cape", "Greater Manchester". (placeBody) */
export const COMPASS_WORDS = words('North South East West Northern Southern Eastern Western Middle Central Upper Lower Greater New Old');

/** Offices written as initials (added with set J), titles before a full name but a firm's or a book's name before one word ("TD Securities"); and "Agent" ("Patrol Agent Raymond Castellanos", not "Agent Orange"). (nameTokensOf) */
export const ACRONYM_TITLES = words('TD TDs MLA MLAs MCA MCAs MPP MPPs MK MKs MEC MECs MMC ACP DSP ASP Agent');

/** A generation's suffix after a name, as name keys write it ("jr" of "Donald Trump Jr."). (coreference) */
export const GENERATION_SUFFIXES = words('jr sr');

/** Titles that are also surnames: alone, the surname ("Elder said" after Larry Elder). (personChunk) */
export const TITLE_SURNAMES = words('Elder');

/** The last word of a law's or a bill's name, which is no given name there: "the Finance Bill". (readMention) */
export const LEGISLATION_HEADS = words('Bill');

/** An elected office's letters written after a person's name: "Kathryn Bleakley MLA", "Jane Cole MP". (readMention) */
export const POST_NOMINAL_OFFICES = words('MP MLA MCA MSP MS AM TD MEP MPP MHK MNA');

/** Degrees and honours written after a name between commas, never a name themselves: "Kevin Wise, PhD, a biostatistician …, said", "Hugo Fairweather, MD, MPH, wrote". (parentheticalSubject) */
export const POST_NOMINAL_DEGREES = words('MD M.D. PhD Ph.D. MPH DPhil MBA RN DDS DVM MSc FRCP FRCS FRS OBE CBE MBE KBE KC QC Esq Esq.');

/**
 * Nouns for a person of a country that are not its adjective ("the Dane", "the Spaniard", "the Briton"): a role after
 * "the", kept as written (alone they may be names: "Finn Russell", "Scot Pollard"). (personChunk)
 */
export const DEMONYM_NOUNS = words('Dane Swede Finn Pole Turk Scot Briton Brit Spaniard Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Scotsman Scotswoman Dutchman Dutchwoman Icelander Kiwi Aussie Argentine Filipina Basque Catalan Fleming Walloon Luxembourger Monegasque Kosovar Faroese Greenlander Newfoundlander Quebecer Quebecker');

/** Capitalised words that make a chunk an institution ("Russian Foreign Ministry", "White House"). */
export const ORG_WORDS = words(
  'Survey Census Hotel Hotels Resort Restaurant Casino Theatre Theater Museum Gallery Zoo Library Cinema Studio Studios Games Gaming Esports Entertainment Interactive Records Recordings Pictures Productions Dynamics Aerospace Cathedral Mosque Synagogue Archdiocese Mennonite Baptist Methodist Presbyterian Anglican Lutheran Pentecostal High Homes Properties Developments Builders Logistics Mutual Insurance Assurance Bancorp Securities Investments Markets Supermarkets Stores Foods Farms Technologies Pharmaceuticals Therapeutics Biosciences Semiconductor Semiconductors Electronics Robotics Airways Motors Industries Enterprises Brands Labs Laboratories Systems Networks Software Nation Nations District College Academy Chamber Guild Brotherhood Sisterhood Fellowship Confederation Headquarters Staff Inspectorate Forum Movement Front Initiative Project Program Programme Campaign PAC Lab Laboratory League Caucus Conference Trust Society Council Commissariat Ministry Ministries Department Government Administration Agency Office Committee Commission Service Embassy Kremlin Cabinet Parliament Court Party Organization Organisation Union Alliance Company Corporation Corp Community Syndicate Cooperative Co-operative Consortium Collective Exchange Hospital Clinic Diocese Municipality Airlines Railway Railways School Club Partnership Services Corp. Inc Inc. Ltd Ltd. LLC LLP PLC plc GmbH Bhd Bhd. Limited Holdings Partners N.V. S.A. Pty Pty. Bank Fund Group Institute University Association Federation Foundation Centre Center Bureau Directorate Secretariat Mission Delegation Coalition Pentagon Senate Congress Assembly Tribunal Police Army Navy Forces Command Duma Rada Knesset Bundestag Commons Lords Reuters TASS Tass RIA Interfax Xinhua AFP AP Bloomberg Times Post Journal News Telegraph Guardian Herald Tribune Gazette Kommersant Izvestia Vedomosti CNN BBC NBC CBS ABC Fox MSNBC Sputnik RT Politico Axios Network Press Media TV Television Radio Broadcasting Watch Observatory Review Daily Weekly Monitor Board Authority Authorities Bloc NATO UN EU CSTO SCO CIS OSCE IAEA WHO IMF OPEC ASEAN Taliban Hamas Hezbollah White House Downing Whitehall',
);

/** Bodies whose name a campus's place follows after a comma ("the University of California, Berkeley"). (placeAfterAside) */
export const CAMPUS_BODIES = words('University Universities College Polytechnic');

/** States whose university writes its campuses after a comma, whatever the campus's name ("the University of California, Berkeley", "…, Davis"). (placeAfterAside) */
export const CAMPUS_SYSTEMS = words('California');

/** What a utility supplies, the words on both sides of the "and" in its name ("Florida Power and Light", "Pacific Gas and Electric"). (utilityName) */
export const UTILITY_WORDS = words('Power Light Gas Electric Electricity Water Heat Telephone Telegraph Sewer Sewerage Energy Transit');

/** Articles inside Irish, Welsh and Gaelic bodies' names ("Conradh na Gaeilge", "Cymdeithas yr Iaith", "Comhairle nan Eilean Siar"). (particleBody) */
export const CELTIC_ARTICLES = words('na nan yr y');

/** Names written with an exclamation mark, which ends no sentence after them ("E! News", "Yahoo! Finance", "Hello! magazine"). (segment.ts) */
export const BANG_NAMES = words('E Yahoo Hello OK Jeopardy Wham');

/** Words that go on a name written with an exclamation mark ("E! News", "Yahoo! Finance"). (segment.ts) */
export const BANG_NAME_WORDS = words('News Online Finance Sports Entertainment Magazine');

/** Articles and prepositions of French, Spanish, Portuguese and Italian bodies' names ("Syndicat des enseignants", "Guilde du jeu vidéo"). (particleBody) */
export const ROMANCE_LINKS = words('de des du del della delle dei degli di da do dos das la le les los las et');

/** Words that may appear inside a proper-name chunk without being capitalised. */
export const NAME_PARTICLES = words('de da di del dela delos della der den ter het van von vom zu bin bint binti ibn al el la le los las du dos das ben abu ap ab ferch verch ng sa o');

/** Words that begin a preposition-led tail after a cue ("said on Friday at a meeting"). */
export const TAIL_STARTERS = words(
  'on at in during after before to from while when as earlier later last this yesterday today tonight recently afterwards told via through over with without amid following ahead upon for according into outside inside near by',
);

/** Determiners and possessives that may open a speaker noun phrase. */
export const DETERMINERS = words('the a an his her its their our this that these those one another several two three some many both each either neither former');

/** Breakers that are names when capitalised: "Theresa May", "George Will". (isNpToken, skipInterveningBack) */
export const NAME_LIKE_BREAKERS = words('May Will WHO Be');

/** Verbs and function words that can never be inside a speaker noun phrase. */
export const NP_BREAKERS = words(
  'is are was were be been being has have had do does did will would shall should can could may might must not that which who whom whose what when where why how because although if unless while whereas but so than then there here this also only even just very in at on with from by during after before about into over under between against as like via through amid despite without within upon across toward towards since until alongside amidst throughout beyond besides',
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
  'The A An In On At As But And However Meanwhile Earlier Later Also Then This That These Those It Its He She They We I You Our His Her Their After Before During While When If Although Though Since Because For From With Without According Asked Speaking Still Yet Now Today Yesterday Last Next Previously Separately Finally First Second Moreover Furthermore Indeed Instead Overall Such Some Many Most Several Both Each Every All No Not Only Even Under Over Among Amid Despite Following Ahead Besides Unlike Like Afterward Afterwards Thereafter Elsewhere Do Does Did Is Are Was Were Can Could Will Would Should Shall May Might Must Has Have Had Why What How Who Where Which Whether Here There Yes So Well Look Please Thank Thanks Let Sure Absolutely Okay OK Alongside Amidst Toward Towards Throughout Beyond Within Upon Against Shortly Back By Through Into Across Around',
);

/**
 * Finite verbs that open a second predicate of the source's own clause ("said X but did not suggest …", "called
 * the deal a mistake and ranked her among …"): irregular past forms and auxiliaries. Regular past forms (-ed) are
 * recognised by their ending.
 */
export const FINITE_VERBS = words(
  'did does won made took went came gave got kept left led ran sent spent stood wore began became brought bought built caught chose drew drove fell felt fought forgot held hid hit knew lay lost meant met paid put quit rode rose sat saw sang shook shot sold sought spoke stole struck swore taught thought threw told understood wrote broke tore woke bore',
);

/** Heads of a subject that reports findings: "a new poll shows", "the data showed", "a 2010 video shows". */
export const FINDING_SOURCES = words('poll polls polling survey surveys study studies paper papers report reports data figures findings analysis research video footage records documents filings search numbers results count tally review reviews audit audits inspection inspections investigation investigations inquiry inquiries probe estimate estimates outlook outlooks forecast projection projections');

// ── moved from the rule files (names, mentions, coreference, segment, transcript) ──

/** Names of political groups written as a plural ("Democrats", "Houthis"): a group, not a person. (mentions) */
export const GROUP_NAMES = words('Democrats Republicans Conservatives Tories Socialists Greens Liberals Nationalists Unionists Houthis Taliban Kurds Communists Progressives Independents Reformists Islamists');

/** Heads that make a two-word chunk a body even after a given name ("Jordan Ministry", "Victoria Council"). (mentions) */
export const STRONG_ORG_HEADS = words('Ministry Department Office Council Committee Commission Party Bank Agency Court Group Company University Institute Government Administration Embassy Parliament Assembly Police Army Foundation Fund Association Union Times Post News Journal Herald Tribune');

/** Words that make "X and Y Minister" one portfolio, not two people. (mentions) */
export const PORTFOLIO_HEADS = words('Minister Secretary Commissioner Committee Ministry Department');

/** A place's words before a body's plural, its last word: "Washington State Ferries", "Oregon State Parks". (bodyByItsHead) */
export const PLACE_BODY_HEADS = words('State City County');

/** Party words that end a description, not a name: "Texas Republican". (mentions) */
export const PARTY_WORDS = words('Republican Democrat Conservative Tory Liberal Independent Socialist Communist Labour NDP SNP DUP');

/** Sentence openers in capitals that are never a name ("Asked about …", "Speaking at …"). (mentions) */
export const CAPITALISED_OPENERS = words('Asked Pressed Quoted Reached Contacted Interviewed Questioned Speaking Writing Talking Addressing Commenting Responding Reacting Testifying Citing Referring According Following Including Noting Adding Saying Warning Meanwhile Separately Regarding Concerning Despite Unlike Amid Among');

/** Words after "p.m." that go on with the time ("2 p.m. ET", "10 a.m. Moscow time"). (segment) */
export const TIME_ZONE_WORDS = words('ET EST EDT CT CST PT PST GMT BST CET UTC Moscow Kyiv Kiev local Eastern Pacific Central');

/** Capitalised words that clearly open a sentence after a dotted abbreviation ("… the U.S. The next day"). (segment) */
export const CLEAR_OPENERS = words('The He She It They We I In On But This That A');

/** Small words a title-case heading capitalises and a name never does ("Stat Of The Week"). (transcript) */
export const TITLE_CASE_SMALL_WORDS = words('Of The In On For And To With A');

/** Second halves of compounds written with a spaced hyphen: "the Boston - based group", "a Saudi - led coalition". (tokenize) */
export const COMPOUND_HALVES = words('based led born owned backed funded run made style');

/** Honorifics written before a person's name, never a role or part of one: "The Foreign Minister, Mr. Sergey Lavrov", "Minister of State for Road Transport Smt Nirmala Bisht". (roleText, capitalisedHead) */
export const HONORIFICS = words('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Hon Hon. Honourable Honorable Rt Rt. Rev Rev. Prof Prof. Smt Smt. Shri Sri Shrimati Mx Fr Alhaji Alh. Alhaja Hajia Hajiya Mallam Malam Barr. Engr.');

/** Words before a name, as written, that tell a man ("Mr", "Sir", "Alhaji") or a woman ("Mrs", "Dame", "Hajia"). (titleBits) */
export const MALE_TITLES = words('Mr Sir Lord King Prince Alhaji Alh Mallam Malam');
export const FEMALE_TITLES = words('Mrs Ms Miss Dame Lady Queen Princess Alhaja Hajia Hajiya');

/** A body's words that take "to" inside its name: "the Chinese Mission to the EU", "Delegation to the UN". (chunkStart) */
export const MISSION_WORDS = words('Mission Delegation Representation');

/** Lower-case words a body's long name may hold between its capitalised ones: "Committee for a Responsible Federal Budget". (tidySpeaker) */
export const BODY_NAME_LINKS = words('for a the of to on and');

/** Verbs that open a body's name before "the": "Save the Children", "Save the Kiwi", "Stop the War Coalition", "Rock the Vote". (verbOpensName) */
export const CAMPAIGN_VERBS = words('Save Stop Keep Feed Rock Meet Fight Protect Defend Free Help Heal End Ban Reclaim Restore Count Beat Cure Fund');

/** A campaigning body's words that take "to" and a verb inside its name: "the Committee to Protect Journalists", "Campaign to Protect Rural England". (chunkStart) */
export const CAMPAIGN_WORDS = words('Committee Campaign Coalition Alliance');

/** Prepositions a body's name writes in capitals: "Reporters Without Borders", "Mothers Against Drunk Driving". (npBackFrom) */
export const NAME_PREPOSITIONS_IN_CAPITALS = words('Without Against Beyond Across');

/** Heads of a body's name that "on" and its subject go on: "the Portfolio Committee on Electricity and Energy", "the Council on Foreign
 * Relations", "the Intergovernmental Panel on Climate Change". (npBackFrom) */
export const ON_NAMED_BODIES = words('Committee Subcommittee Commission Council Panel Conference Forum Caucus Force');

/** Words that, before a body's name, make the phrase something of the body's ("staff for the …", "a report by the …"). (bodyOnSubject) */
export const BEFORE_BODY_BREAKERS = words('for of at in with from to by on');

/** What may stand before a body named for its portfolios: a clause's comma or dash, "by", "from". (portfolioListAt) */
export const PORTFOLIO_BODY_AFTER = words(', — – by from');

/** Vietnamese middle names, after the family name that opens a name: "Do Thi Thu Ha", "Le Van Minh" (the family name may be an English word: "Do"). (cleanPersonName) */
export const VIETNAMESE_MIDDLE_NAMES = words('Thi Van Duc Quang Huu Ngoc Xuan Cong Dinh');

/** Title words that are no office on their own, opening a body's name: "National Grid", "First Midland Red". (openerBody) */
export const NO_OFFICE_OPENERS = words('National First');

/** Words before an Irish county's name, after its town: "Castlebar, Co Mayo". (stateAfterCity) */
export const COUNTY_WORDS = words('Co Co. County');

/** Prefixes of surnames written with a capital inside ("McDonald", "DeSantis", "VanderSloot"): no brand's. (brandWord) */
export const SURNAME_PREFIXES = words('Mc Mac De Le La Di Da Du Van Vander Von Ver Ten Ter St Fitz Del Dos Das');

/** Abbreviations that open a place's name, joined to it by their stop or not: "St.Albans", "Ft. Worth". (readMention) */
export const PLACE_ABBREVIATIONS = words('St Ste Ft Mt Pt');
