// A compact list of common English words (base forms; inflections are derived in hyphenation.ts).
// It exists so that hyphenation repair can tell "Re-cently" (a broken word) from "well-known" (a compound)
// without shipping a full dictionary. News vocabulary, calendar words, countries and capitals are included
// because scraped news is what this module reads.

const WORDS = `
a able about above abroad absence absolute absolutely absorb abuse academic academy accept acceptable
access accident accompany accord accordance according account accountable accuse achieve achievement
acknowledge acquire across act action active activist activity actor actual actually adapt add addition
additional address adequate adjust administration administrative admit adopt adult advance advanced
advantage adverse advice advise adviser advisor advocate affair affairs affect affiliate afford afraid
after afternoon afterwards again against age agency agenda agent aggression aggressive ago agree
agreement agricultural agriculture ahead aid aim air aircraft airline airport airspace alarm alert alike
alive all alliance allied allow ally almost alone along alongside already also alter alternative although
always ambassador ambition ambitious amend amendment amid among amount analysis analyst analyse analyze
ancient and anger angle angry animal announce announcement annual another answer anticipate anxiety any
anybody anyone anything anyway anywhere apart apparent apparently appeal appear appearance apply
appoint appointment appreciate approach appropriate approval approve approximately arbitrary area argue
argument arise arm armed armour army around arrange arrangement arrest arrival arrive art article artillery
artist as aside ask aspect assault assembly assert assess assessment asset assign assist assistance
assistant associate association assume assumption assure at atmosphere atomic attach attack attempt attend
attention attitude attorney attract audience authentic author authority authorize automatic autonomous
autonomy autumn available average avoid await award aware awareness away back background backing bad
badly balance ball ballistic ban bank banking bar barely barrier base basic basically basis battle be bear
beat beautiful because become bed before begin beginning behalf behave behaviour behavior behind being
belief believe belong below beneficial benefit beside besides best better between beyond bid big bilateral
bill billion bind bird birth bit bitter black blame blast bleak block blockade blood bloodshed blow blue
board boat body bold bomb bombing bond book boost border borderline born borrow boss both bottom bound
boundary box boy brain branch brave brazen breach bread break breakdown breakthrough bridge brief briefing
briefly bright brilliant bring broad broadcast broker brother brutal budget build building bullet burden
bureau burn bury business busy but buy by cabinet call calm camp campaign can cancel candidate capability
capable capacity capital captain capture car carbon card care career careful carefully carrier carry case
cash cast casualty catastrophe catch category cause caution cautious cease ceasefire celebrate cell
center centre central century ceremony certain certainly chain chair chairman challenge chamber chance
chancellor change channel chaos chapter character charge charity chart chat cheap check chemical chief
child children choice choose chronic church circle circumstance citizen city civil civilian claim clash
class classic clean clear clearly clerk climate clinic close closely closure cloud club coal coalition
coast code cold collapse colleague collect collection collective college colonel colony column combat
combination combine come comfort command commander comment commentary commerce commercial commission
commissioner commit commitment committee common commonwealth communicate communication community company
compare comparison compensation compete competition competitive complain complaint complete completely
complex complicated comply component compose comprehensive compromise concept concern concerned concerning
conclude conclusion concrete condemn condition conduct conference confess confidence confident confirm
conflict confront confrontation confusion congress connect connection conscious consensus consent
consequence consequently conservative consider considerable consideration consist consistent constant
constantly constitution constitutional construct construction consult consultation consumer contact
contain contemporary content contest context continent continual continue contract contradict contrary
contrast contribute contribution control controversial controversy convenient convention conventional
conversation convert convince cook cool cooperate cooperation cooperative coordinate coordination cope
core corner corporate correct correspondent corridor corrupt corruption cost could council count counter
counterpart country county couple courage course court cover coverage crack create creation creative
credit crew crime criminal crisis critic critical criticise criticism criticize crop cross crowd crucial
cultural culture currency current currently custom customer cut cyber cycle daily damage danger dangerous
dark data date daughter day dead deadline deal dealer dear death debate debt decade decent decide decision
declaration declare decline decree deep deeply defeat defence defend defender defense deficit define
definitely definition degree delay delegate delegation deliberate delicate deliver delivery demand
democracy democrat democratic demonstrate demonstration deny department departure depend dependent deploy
deployment deputy describe description desert design designate desire desk despite destabilize destroy
destruction detail detain detention determine deterrence devastating develop development device devote
dialogue diaspora did die diet differ difference different difficult difficulty digital dignity dinner
diplomacy diplomat diplomatic dire direct direction directly director dirty disagree disappear disaster
discipline discount discover discovery discrimination discuss discussion disease dismiss disorder display
dispute distance distinct distinguish distribute distribution district disturb diverse divide division
do doctor doctrine document domestic dominant dominate door double doubt down dozen draft drag drama
dramatic draw dream dress drink drive driver drone drop drug dry due during duty each eager ear early
earn earth ease easily east eastern easy eat echo economic economist economy edge edit edition editor
education effect effective effectively efficiency efficient effort eight either elder elect election
electoral electric electricity element elite else elsewhere embassy emerge emergency emphasis emphasise
emphasize empire employ employee employer employment empty enable encounter encourage end enemy energy
enforce enforcement engage engagement engine engineer enhance enjoy enormous enough ensure enter
enterprise entire entirely entitle entity entrance entry environment environmental envoy equal equally
equip equipment equivalent era escalate escalation escape especially essential establish establishment
estate estimate ethnic even evening event eventually ever every everybody everyone everything everywhere
evidence evident exact exactly examine example exceed excellent except exception exchange exclude
exclusive excuse execute executive exercise exist existence existing exit expand expansion expect
expectation expel expense expensive experience experiment expert explain explanation explicit explode
exploit explosion explosive export expose express expression extend extension extensive extent external
extra extraordinary extreme extremely extremism extremist eye face facility fact faction factor factory
fail failure fair fairly faith fall false familiar family famine famous far farm farmer fashion fast fate
father fault favour favor favourable fear feature federal federation fee feed feel fellow female fence
few field fierce fifteen fifth fifty fight fighter figure file fill film final finally finance financial
find finding fine finger finish fire firm firmly first fiscal fish fit five fix flag flat flee fleet
flight flood floor flow fly focus follow following food foot for force forecast foreign forest forever
forget form formal formation former formula forth fortune forum forward found foundation founder four
fourth frame framework free freedom freeze frequent frequently fresh friend friendly friendship from front
frontier fruit frustration fuel full fully function fund fundamental funding funeral further furthermore
future gain game gap garden gas gate gather general generally generate generation generous gentle genuine
geography geopolitical get giant gift girl give glad glass global goal god gold golden good goods govern
government governor grade gradually grain grand grant grave great greatly green ground group grow growth
guarantee guard guerrilla guess guest guidance guide guilty gun guy habit hair half hall hand handle hang
happen happy harbour hard hardly harm hasty hat hate have he head headquarters health healthy hear
hearing heart heat heavily heavy height helicopter hell hello help helpful hence her here heritage hero
herself hesitate hide high highlight highly him himself hire his historic historical history hit hold
holder holiday home homeland honest honour honor hope horse hospital host hostage hostile hot hotel hour
house household housing how however huge human humanitarian hundred hunger hunt hurt husband idea ideal
identify identity ideology if ignore illegal illness image imagine immediate immediately immigrant
immigration impact implement implementation implication imply import importance important impose
impossible impression improve improvement in incident include including income increase increasingly
indeed independence independent index indicate indication individual industrial industry inevitable
infiltrate inflation influence influx inform informal information infrastructure initial initially
initiative injure injury inner innocent input inquiry inside insist inspect inspection instability
instance instead institute institution instruction instrument insurance insurgent integrate integration
integrity intelligence intend intense intensive intent intention interest interesting interfere
interference interim interior internal international internet interpret interview into introduce
introduction invade invasion invest investigate investigation investigative investment investor invite
involve involvement iron island isolate issue it item its itself job join joint journal journalist journey
judge judgment judicial jump jurisdiction just justice justify keen keep key kick kid kill killing kind
king kingdom knock know knowledge known labour labor lack lady land landscape language large largely last
late lately later latest latter laugh launch law lawmaker lawyer lay lead leader leadership leading leak
lean learn least leave lecture left leg legacy legal legislation legislative legislature legitimate lend
length less lesson let letter level liberal liberty library licence license lie life lift light like
likely limit limited line link list listen literally little live living load loan local locate location
lock logic logistics long look loose lose loss lot loud love low loyal luck lunch machine mad magazine main
mainly maintain major majority make maker male man manage management manager mandate manner many map
march margin marine mark market marriage mass massive master match material matter may maybe mayor me meal
mean meaning meanwhile measure meat mechanism media mediate mediator medical medicine medium meet meeting
member membership memory mental mention merely message metal method middle might migrant migration mild
mile militant military militia milk million mind mine minister ministerial ministry minor minority minute
miracle missile mission mistake mix mob mobile mode model moderate modern moment money monitor month mood
moral more moreover morning mortar most mostly mother motion motive mount mountain mouth move movement
much multilateral murder muscle museum music must mutual my myself mystery name narrow nation national
nationalism nationalist native natural naturally nature naval navy near nearby nearly necessarily
necessary necessity need negative neglect negotiate negotiation neighbour neighbor neighbourhood
neighborhood neighbouring neighboring neither nervous network neutral never nevertheless new newly news
newspaper next nice night nine no nobody nod noise nominate none nonprofit nor normal normally north
northern nose not note nothing notice notion novel now nowhere nuclear number numerous nurse object
objective obligation observation observe observer obstacle obtain obvious obviously occasion occupation
occupy occur ocean odd of off offence offense offensive offer office officer official officially often
oil okay old on once one ongoing online only onto open opening openly operate operation operational
operator opinion opponent opportunity oppose opposite opposition optimal option or oral order ordinary
organ organisation organization organise organize origin original other otherwise ought our ourselves out
outcome outlaw outline output outside outstanding over overall overcome overseas overwhelming own owner
pace pacific pack package page pain paint pair palace panel paper parade parallel parent parliament
parliamentary part partial participant participate participation particular particularly partly partner
partnership party pass passage passenger past path patient patrol pattern pause pay peace peaceful
peacekeeping peak penalty pension people per perceive percent percentage perfect perform performance
perhaps period permanent permission permit persecute persist person personal personally personnel
perspective persuade phase phone physical pick picture piece pilot pipeline place plan plane planet plant
platform play player plea plead pleasant please pleasure pledge plenty plot pocket poem poet point police
policy political politically politician politics poll pool poor popular population port portion portray
pose position positive possess possession possibility possible possibly post potential potentially pound
poverty power powerful practical practice practise praise pray precisely predict prefer pregnant premier
premise preparation prepare presence present preserve presidency president presidential press pressure
pretend pretense pretty prevent previous previously price pride priest primarily primary prime prince
principal principle print prior priority prison prisoner private privilege prize probably probe problem
procedure proceed process produce producer product production profession professional professor profile
profit program programme progress prohibit project prominent promise promote prompt promptly proof proper
properly property proportion proposal propose prosecute prosecutor prospect prosperity protect protection
protest protester proud prove provide province provincial provision provocation provoke public publicly
publish pull punish punishment purchase pure purpose pursue push put quality quarter question quick
quickly quiet quit quite quote race racial radical radio raid rail rain raise rally rampant range rank
rapid rapidly rare rarely rate rather ratify rating raw reach react reaction read reader ready real
reality realize realise really reason reasonable rebel recall receive recent recently recipe recognise
recognition recognize recommend recommendation reconstruction record recover recovery recruit red reduce
reduction refer reference reflect reform refugee refuse regard regardless regime region regional
register regret regular regularly regulate regulation reinforce reject relate relation relationship
relative relatively relax release relevant relief religion religious rely remain remark remarkable
remember remind remote remove render renew repeat repeatedly replace reply report reporter represent
representative republic reputation request require requirement rescue research reserve resident resign
resignation resist resistance resolution resolve resort resource respect respond response responsibility
responsible rest restaurant restore restrain restrict restriction result resume retain retire retreat
return reveal revenue reverse review revolution reward rich rid ride right rigid ring riot rise risk
rival river road rob rock role roll roof room root rough round route routine row royal rule ruling rumour
run rural rush sacred sad safe safety sake salary sale same sample sanction satellite satisfy save say
scale scandal scenario scene schedule scheme scholar school science scientific scientist scope score
screen sea search season seat second secondary secret secretary section sector secure security see seek
seem seize seldom select selection self sell senate senator send senior sense sensitive sentence
separate separatist series serious seriously servant serve service session set settle settlement seven
several severe sex shadow shake shall shape share sharp she shelter shift ship shock shoot shop short
shortly shot should shoulder shout show shut side sign signal significant significantly silence silent
similar similarly simple simply since sing single sister sit site situation six size skill sky slightly
slow small smart smile smoke so social society soft soil soldier sole solid solidarity solution solve
some somebody someone something sometimes somewhat somewhere son song soon sorry sort soul sound source
south southern sovereign sovereignty space speak speaker special specialist specific specifically speech
speed spend sphere spirit split spokesman spokesperson spokeswoman sponsor sport spot spread spring spy
square stability stabilize stable staff stage stake stance stand standard star start state statement
station status stay steady steal step still stock stone stop store storm story straight strange strategic
strategy street strength strengthen stress stretch strict strictly strife strike strong strongly
structure struggle stubborn student study stuff style subject submit subsequent substance substantial
succeed success successful such sudden suddenly suffer sufficient suggest suggestion suicide suit summer
summit sun supply support supporter suppose supreme sure surely surface surge surprise surrender surround
survey survival survive suspect suspend suspension suspicion sustain sustainable swear sweep swift symbol
sympathy system table tackle tactic take talent talk tank target task tax teach teacher team tear
technical technique technology teen telephone television tell temporary ten tend tension term terms
terrible territorial territory terror terrorism terrorist test testify text than thank that the theatre
their them theme themselves then theory there thereby therefore these they thing think third thirty this
thorough thoroughly those though thought thousand threat threaten three through throughout throw thus
ticket tie tight till time tiny tip title to today together toll tomorrow tone tonight too tool top topic
total totally touch tough tour tourism toward towards town track trade tradition traditional traffic
trafficking tragedy train training transfer transform transformation transit transition translate
transport trap travel treasury treat treatment treaty tree trend trial tribal tribe trip troop troops
trouble truce truck true truly trust truth try turn twelve twenty twice two type typical ultimately
unable uncertain uncertainty under undergo underline understand understanding undertake undermine
unemployment unfortunately union unique unit unite united unity universal university unless unlike
unlikely until unusual up update upon upper urban urge urgent us use useful user usual usually value
variety various vast vehicle venture verify version versus very veteran veto via vice victim victory
video view village violate violation violence violent virtual virtually virus visa visible vision visit
visitor vital voice volume voluntary volunteer vote voter vulnerable wage wait wake walk wall want war
warfare warm warn warning wartime wash watch water wave way we weak weakness wealth weapon weaponry wear
weather website week weekend weekly weight welcome welfare well west western what whatever wheel when
whenever where whereas whether which while white who whole whom whose why wide widely wider wife wild
will willing win wind window winner winter wise wish with withdraw withdrawal within without witness
woman women wonder word work worker working world worldwide worried worry worse worst worth would wound
write writer wrong yard yeah year yellow yes yesterday yet yield you young your yourself youth zone
able acting adding added agreed aimed alleged allegedly amid annual anonymous anybody applied approved
arrested asked assessed backed banned based biggest called came caused chose claimed concluded confirmed
considered continued conducted convinced cooperated could declared defeated delayed demanded denied
described developed did directed discussed displaced done drew driven elected emerged emphasized ended
escalated established expected explained expressed faced fled followed forced fought found gave given
gone got grew had happened has held hit hoped imposed included increased indicated insisted intended
introduced invited issued joined kept killed knew launched led left lost made meant met moved named
noted offered opened ordered organized outlawed owned paid passed planned played pointed prepared
pressed prevented produced proposed provided published pushed raised ran reached read received recognized
referred reiterated rejected released remained reported requested responded returned revealed rose ruled
said sanctioned saw seen seized sent served set shared shot showed signed sold spoke spent stated stayed
stood stopped stressed suggested supported taken talked targeted thought told took tried turned underlined
understood urged used viewed visited voiced voted waged wanted warned went withdrew won worked wrote
alone almost among became begun being beyond bought brought built caught chosen closer dealt eaten fallen
felt forgotten frozen hidden known lain lit meant overseen paid proven risen shaken shown sought spoken
stolen struck sworn taught thrown torn understood undertaken woken worn written
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion trillion first second third fourth fifth sixth seventh eighth ninth tenth twentieth
hundredth thousandth dozen half quarter
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger
nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
europe asia africa america americas antarctica eurasia caucasus balkans crimea donbass donbas chechnya
dagestan siberia kashmir xinjiang tibet gaza
kabul moscow washington beijing london paris berlin tokyo delhi islamabad tehran ankara baghdad damascus
beirut cairo riyadh doha dubai kyiv kiev minsk tashkent dushanbe bishkek astana almaty ashgabat baku
tbilisi yerevan warsaw prague vienna budapest bucharest sofia belgrade athens rome madrid lisbon brussels
amsterdam stockholm oslo helsinki copenhagen dublin ottawa canberra seoul pyongyang hanoi bangkok jakarta
manila kathmandu dhaka colombo karachi lahore kandahar herat mazar peshawar quetta tunxi geneva
afghan american russian chinese british french german iranian iraqi indian pakistani turkish uzbek tajik
kazakh kyrgyz turkmen ukrainian belarusian georgian armenian azerbaijani syrian israeli palestinian
egyptian saudi qatari european asian african arab arabic persian pashto dari soviet western eastern
taliban nato kremlin pentagon congress parliament duma senate
`;

/** Lower-case English words (base forms plus common irregular forms). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
