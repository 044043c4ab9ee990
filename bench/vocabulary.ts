// Word lists for the synthetic benchmark corpus: countries, name parts, roles, themes and sentence parts.
// Plain data; corpus.ts combines them with a seeded PRNG. Placeholders filled by corpus.ts:
// {N} number, {N2} small number, {PCT} percentage, {C} country, {CITY} capital, {MONTH}, {YEAR}, {YEAR2}, {RARE}.

export interface Country {
  readonly name: string;
  readonly adj: string;
  /** Dateline city (capitals) and its written form. */
  readonly city: string;
  readonly names: NameStyle;
}

export type NameStyle = 'slavic' | 'central' | 'persian' | 'turkic' | 'english' | 'german' | 'romance' | 'chinese' | 'japanese' | 'baltic';

export const COUNTRIES: readonly Country[] = [
  { name: 'Russia', adj: 'Russian', city: 'Moscow', names: 'slavic' },
  { name: 'Kazakhstan', adj: 'Kazakh', city: 'Astana', names: 'central' },
  { name: 'Uzbekistan', adj: 'Uzbek', city: 'Tashkent', names: 'central' },
  { name: 'Tajikistan', adj: 'Tajik', city: 'Dushanbe', names: 'persian' },
  { name: 'Kyrgyzstan', adj: 'Kyrgyz', city: 'Bishkek', names: 'central' },
  { name: 'Turkmenistan', adj: 'Turkmen', city: 'Ashgabat', names: 'central' },
  { name: 'Afghanistan', adj: 'Afghan', city: 'Kabul', names: 'persian' },
  { name: 'Pakistan', adj: 'Pakistani', city: 'Islamabad', names: 'persian' },
  { name: 'India', adj: 'Indian', city: 'New Delhi', names: 'persian' },
  { name: 'China', adj: 'Chinese', city: 'Beijing', names: 'chinese' },
  { name: 'Iran', adj: 'Iranian', city: 'Tehran', names: 'persian' },
  { name: 'Turkey', adj: 'Turkish', city: 'Ankara', names: 'turkic' },
  { name: 'Germany', adj: 'German', city: 'Berlin', names: 'german' },
  { name: 'France', adj: 'French', city: 'Paris', names: 'romance' },
  { name: 'Britain', adj: 'British', city: 'London', names: 'english' },
  { name: 'the United States', adj: 'U.S.', city: 'Washington', names: 'english' },
  { name: 'Poland', adj: 'Polish', city: 'Warsaw', names: 'slavic' },
  { name: 'Lithuania', adj: 'Lithuanian', city: 'Vilnius', names: 'baltic' },
  { name: 'Belarus', adj: 'Belarusian', city: 'Minsk', names: 'slavic' },
  { name: 'Ukraine', adj: 'Ukrainian', city: 'Kyiv', names: 'slavic' },
  { name: 'Finland', adj: 'Finnish', city: 'Helsinki', names: 'baltic' },
  { name: 'Hungary', adj: 'Hungarian', city: 'Budapest', names: 'german' },
  { name: 'Italy', adj: 'Italian', city: 'Rome', names: 'romance' },
  { name: 'Azerbaijan', adj: 'Azerbaijani', city: 'Baku', names: 'turkic' },
  { name: 'Armenia', adj: 'Armenian', city: 'Yerevan', names: 'slavic' },
  { name: 'Georgia', adj: 'Georgian', city: 'Tbilisi', names: 'slavic' },
  { name: 'Qatar', adj: 'Qatari', city: 'Doha', names: 'persian' },
  { name: 'Japan', adj: 'Japanese', city: 'Tokyo', names: 'japanese' },
];

/** First names (male, female) and surname roots/suffixes per naming style. */
export const NAMES: Record<NameStyle, { male: readonly string[]; female: readonly string[]; roots: readonly string[]; suffixes: readonly string[] }> = {
  slavic: {
    male: ['Alexei', 'Andrei', 'Boris', 'Dmitry', 'Igor', 'Ivan', 'Konstantin', 'Maxim', 'Nikolai', 'Oleg', 'Pavel', 'Roman', 'Stanislav', 'Viktor', 'Yevgeny', 'Grigory'],
    female: ['Anna', 'Elena', 'Irina', 'Natalia', 'Olga', 'Svetlana', 'Tatiana', 'Yulia', 'Marina', 'Daria', 'Ksenia', 'Vera'],
    roots: ['Volk', 'Sokol', 'Belous', 'Gorb', 'Kuzn', 'Lebed', 'Orl', 'Pavl', 'Rom', 'Semen', 'Taras', 'Zhuk', 'Kozl', 'Medved', 'Nikit', 'Grom', 'Zayt', 'Chern', 'Krasn', 'Vorob', 'Shumil', 'Bogdan', 'Kovalch', 'Dorof'],
    suffixes: ['ov', 'ev', 'in', 'enko', 'sky', 'chuk'],
  },
  central: {
    male: ['Aibek', 'Nurlan', 'Erlan', 'Bakhyt', 'Daniyar', 'Timur', 'Rustam', 'Askar', 'Marat', 'Sanjar', 'Ulugbek', 'Kanat', 'Serik', 'Azamat'],
    female: ['Aigerim', 'Dinara', 'Gulnara', 'Madina', 'Saule', 'Zarina', 'Aliya', 'Kamila', 'Nodira', 'Asel'],
    roots: ['Nurl', 'Tokay', 'Abdul', 'Karim', 'Rakhim', 'Yusup', 'Sadyk', 'Ermek', 'Tursun', 'Baky', 'Aman', 'Daulet', 'Zhumab', 'Kassym', 'Mukham', 'Sultan', 'Temir', 'Ismail', 'Alib', 'Bekmur', 'Orazb', 'Sarsen'],
    suffixes: ['ov', 'bekov', 'baev', 'zoda', 'iyev', 'aliev'],
  },
  persian: {
    male: ['Ahmad', 'Hamid', 'Javad', 'Karim', 'Mohammad', 'Nasir', 'Rahim', 'Saeed', 'Tariq', 'Yusuf', 'Farhad', 'Imran', 'Ashraf', 'Bilal'],
    female: ['Fatima', 'Laila', 'Maryam', 'Nargis', 'Parisa', 'Samira', 'Shirin', 'Zahra', 'Ayesha', 'Hina'],
    roots: ['Rahman', 'Karz', 'Nazar', 'Hash', 'Jalal', 'Sharif', 'Qureshi', 'Amir', 'Habib', 'Ghani', 'Mansour', 'Rezai', 'Tahir', 'Safar', 'Zaman', 'Farooq', 'Hakim', 'Najib'],
    suffixes: ['i', 'zai', 'yar', 'pour', 'ullah', 'abadi'],
  },
  turkic: {
    male: ['Mehmet', 'Ahmet', 'Emre', 'Kemal', 'Murat', 'Orhan', 'Selim', 'Tolga', 'Ilham', 'Elchin', 'Farid', 'Rauf'],
    female: ['Ayse', 'Elif', 'Leyla', 'Sevil', 'Zeynep', 'Gulnar', 'Nigar', 'Aysel'],
    roots: ['Yildir', 'Demir', 'Kaya', 'Ozt', 'Celik', 'Aydin', 'Arsl', 'Kara', 'Guliy', 'Mammad', 'Hasan', 'Ibrahim', 'Aliy', 'Bayr', 'Erd', 'Sahin'],
    suffixes: ['im', 'oglu', 'ov', 'li', 'urk', 'ev'],
  },
  english: {
    male: ['James', 'Robert', 'Michael', 'David', 'Richard', 'Thomas', 'Mark', 'Andrew', 'Paul', 'Steven', 'Brian', 'Kevin', 'Daniel', 'Gregory'],
    female: ['Mary', 'Susan', 'Karen', 'Sarah', 'Rebecca', 'Laura', 'Emily', 'Catherine', 'Helen', 'Victoria', 'Rachel', 'Megan'],
    roots: ['Hart', 'Whit', 'Ash', 'Brad', 'Fair', 'Hol', 'Red', 'Wood', 'Black', 'Hamp', 'Kings', 'Spring', 'Stan', 'Thorn', 'Well', 'Mor'],
    suffixes: ['ford', 'man', 'ley', 'ton', 'well', 'wick', 'field', 'by'],
  },
  german: {
    male: ['Klaus', 'Jurgen', 'Stefan', 'Matthias', 'Wolfgang', 'Andreas', 'Markus', 'Tobias', 'Laszlo', 'Gabor', 'Peter', 'Florian'],
    female: ['Annalena', 'Katrin', 'Sabine', 'Ulrike', 'Petra', 'Anja', 'Judit', 'Eszter', 'Birgit', 'Heike'],
    roots: ['Brand', 'Kell', 'Hoff', 'Vog', 'Schult', 'Krug', 'Lehm', 'Baum', 'Fisch', 'Wagn', 'Zimmer', 'Horv', 'Szab', 'Kovac', 'Neum', 'Stein'],
    suffixes: ['er', 'mann', 'ner', 'berg', 'ath', 'ics'],
  },
  romance: {
    male: ['Jean', 'Pierre', 'Olivier', 'Francois', 'Luca', 'Marco', 'Giorgio', 'Antoine', 'Matteo', 'Julien', 'Alessandro', 'Thierry'],
    female: ['Marie', 'Claire', 'Sophie', 'Isabelle', 'Giulia', 'Francesca', 'Chiara', 'Elodie', 'Valentina', 'Camille'],
    roots: ['Dur', 'Lef', 'Mor', 'Bern', 'Ross', 'Bianch', 'Ferr', 'Gall', 'Leclerc', 'Fontan', 'Marchet', 'Rivi', 'Collin', 'Gir', 'Conti', 'Vill'],
    suffixes: ['and', 'ier', 'elli', 'ini', 'eau', 'etti'],
  },
  chinese: {
    male: ['Wei', 'Jun', 'Lei', 'Qiang', 'Hao', 'Bin', 'Gang', 'Tao', 'Ming', 'Zhiwei'],
    female: ['Li', 'Hua', 'Mei', 'Xiu', 'Yan', 'Jing', 'Ling', 'Fang'],
    roots: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo', 'Liang'],
    suffixes: [''],
  },
  japanese: {
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Yoshihide', 'Fumio', 'Taro', 'Shinjiro', 'Katsunobu'],
    female: ['Yoko', 'Yuriko', 'Sanae', 'Seiko', 'Noriko', 'Akiko'],
    roots: ['Tana', 'Yama', 'Naka', 'Matsu', 'Kobaya', 'Wata', 'Sasa', 'Ishi', 'Fuji', 'Hayashi', 'Mori', 'Kiku'],
    suffixes: ['ka', 'moto', 'shi', 'da', 'gawa', 'no'],
  },
  baltic: {
    male: ['Gabrielius', 'Linas', 'Antti', 'Jussi', 'Mikko', 'Tomas', 'Arvydas', 'Sauli', 'Pekka', 'Darius'],
    female: ['Ingrida', 'Sanna', 'Elina', 'Ruta', 'Jurate', 'Aino', 'Laura', 'Kaja'],
    roots: ['Landsb', 'Nause', 'Kask', 'Virt', 'Halo', 'Niin', 'Lehto', 'Korho', 'Sima', 'Anusa', 'Saar', 'Ilves'],
    suffixes: ['ergis', 'da', 'nen', 'kas', 'inen', 'ius'],
  },
};

/** [title as written before a name, generic role noun used for later mentions]. */
export const ROLES: readonly (readonly [string, string])[] = [
  ['President', 'president'],
  ['Prime Minister', 'prime minister'],
  ['Foreign Minister', 'foreign minister'],
  ['Defense Minister', 'defense minister'],
  ['Interior Minister', 'interior minister'],
  ['Energy Minister', 'energy minister'],
  ['Finance Minister', 'finance minister'],
  ['Economy Minister', 'economy minister'],
  ['Deputy Foreign Minister', 'deputy foreign minister'],
  ['Foreign Ministry spokesperson', 'foreign ministry spokesperson'],
  ['National Security Adviser', 'national security adviser'],
  ['Central Bank Governor', 'central bank governor'],
  ['Parliament Speaker', 'parliament speaker'],
  ['opposition leader', 'opposition leader'],
  ['Trade Minister', 'trade minister'],
  ['Emergency Situations Minister', 'emergencies minister'],
];

/** International officials: [title, generic, naming style]. */
export const ORG_ROLES: readonly (readonly [string, string, NameStyle])[] = [
  ['NATO Deputy Secretary General', 'deputy secretary general', 'english'],
  ['NATO spokesperson', 'alliance spokesperson', 'baltic'],
  ['EU Commissioner for Home Affairs', 'home affairs commissioner', 'german'],
  ['UN High Commissioner for Refugees', 'refugee commissioner', 'romance'],
  ['IAEA Director General', 'nuclear watchdog chief', 'romance'],
  ['OSCE Secretary General', 'OSCE chief', 'german'],
  ['CSTO Secretary General', 'CSTO chief', 'slavic'],
  ['SCO Secretary General', 'SCO chief', 'central'],
  ['WFP Executive Director', 'food agency chief', 'english'],
  ['UN special envoy for Afghanistan', 'UN envoy', 'japanese'],
  ['European Council President', 'council president', 'baltic'],
  ['IMF Managing Director', 'fund director', 'turkic'],
];

/** Words of role titles that are lowercased when a role is reused as a common noun ("the foreign minister"). */
export const ROLE_WORDS = new Set(
  'president prime minister foreign defense defence interior energy finance economy deputy ministry spokesperson spokesman spokeswoman national security adviser central bank governor parliament speaker opposition leader trade emergency situations secretary general press chairman head chief director commissioner envoy special presidential vice state'.split(
    ' ',
  ),
);

export const INSTITUTION_TEMPLATES: readonly (readonly [string, string])[] = [
  ['{ADJ} Foreign Ministry', 'the ministry'],
  ['{ADJ} Defense Ministry', 'the ministry'],
  ['{ADJ} Interior Ministry', 'the ministry'],
  ['{ADJ} Energy Ministry', 'the ministry'],
];

export const NAMED_INSTITUTIONS: readonly (readonly [string, string])[] = [
  ['NATO', 'the alliance'],
  ['European Commission', 'the commission'],
  ['UN refugee agency', 'the agency'],
  ['World Food Programme', 'the agency'],
  ['Kremlin', 'the Kremlin'],
  ['Pentagon', 'the Pentagon'],
  ['White House', 'the White House'],
];

export interface Theme {
  readonly name: string;
  readonly subjects: readonly string[];
  readonly objects: readonly string[];
  readonly mods: readonly string[];
  readonly background: readonly string[];
  /** Short quoted fragments for mixed quotes ("called the plan “a direct threat”"). */
  readonly short: readonly string[];
  /** Nouns for "the X was “…”". */
  readonly nouns: readonly string[];
  /** Headline objects. */
  readonly titles: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    name: 'NATO and military presence',
    subjects: ['NATO', 'the alliance', 'the Western military bloc', 'the build-up of forces in the region', 'Washington', 'the deployment of foreign troops'],
    objects: [
      'any NATO military infrastructure in Central Asia', 'the deployment of {N} additional troops to {C}', 'the security of the region',
      'the principle of indivisible security', 'joint military exercises near the border', 'the transfer of military facilities from {C}',
      'the expansion of the alliance to the east', 'the balance of forces in Europe', 'air defence systems in {C}', 'the rotation of {N} troops through {CITY}',
      'the new military infrastructure on the eastern flank', 'the {RARE} air base',
    ],
    mods: [' near the border with {C}', ' on the eastern flank', ' ahead of the summit in {CITY}', ' during the exercises in {MONTH}'],
    background: [
      'The alliance has increased the number of troops on its eastern flank to about {N} since {YEAR}.',
      'Military exercises involving {N} service members are scheduled for {MONTH} near {CITY}.',
      'Defence spending in {C} rose by {PCT} percent last year.',
    ],
    short: ['a direct threat', 'an unacceptable provocation', 'a serious miscalculation', 'a purely defensive measure'],
    nouns: ['deployment', 'decision', 'build-up', 'plan'],
    titles: ['NATO presence in Central Asia', 'troop deployments', 'military infrastructure near the border', 'the alliance summit'],
  },
  {
    name: 'refugees and migration',
    subjects: ['the flow of refugees', 'the international community', 'host countries', 'the resettlement programme', 'neighbouring states', 'the UN refugee agency'],
    objects: [
      'the settlement of Afghan refugees', 'temporary shelter for {N} displaced people', 'the return of refugees to {C}', 'safe corridors for civilians',
      'the registration of {N} asylum seekers', 'the border camps near {CITY}', 'financial support for host communities', 'the humanitarian corridor from {C}',
      'the refugee camp at {RARE}',
    ],
    mods: [' before the winter', ' in the border regions', ' over the next {N2} months'],
    background: [
      'More than {N} people have crossed into {C} since {MONTH}.',
      'Camps near {CITY} are already operating at full capacity.',
      'Aid groups have struggled to reach the border areas for weeks.',
    ],
    short: ['extreme caution', 'a humanitarian catastrophe', 'a shared responsibility', 'an intolerable burden'],
    nouns: ['situation', 'burden', 'influx', 'policy'],
    titles: ['Afghan refugees', 'the refugee crisis', 'border camps', 'resettlement of displaced people'],
  },
  {
    name: 'sanctions',
    subjects: ['the new sanctions package', 'Western restrictions', 'the European Union', 'the asset freeze', 'the export ban', 'Brussels'],
    objects: [
      'the sanctions against {C}', 'the freezing of {N} million dollars in assets', 'restrictions on banks in {C}', 'the ban on technology exports',
      'the price cap on oil', 'secondary sanctions on companies in {C}', 'the sanctions regime against {C}', 'the blacklisting of the {RARE} refinery',
    ],
    mods: [' in the next package', ' from the first of {MONTH}', ' despite the objections of {C}'],
    background: [
      'The European Union adopted its latest package of restrictions in {MONTH}.',
      'Trade between the two countries fell by {PCT} percent in {YEAR}.',
      'Several banks in {CITY} were cut off from international payment systems.',
    ],
    short: ['economic warfare', 'illegitimate and counterproductive', 'a dead end', 'a necessary response'],
    nouns: ['measure', 'package', 'decision', 'ban'],
    titles: ['new sanctions', 'the asset freeze', 'the oil price cap', 'export restrictions'],
  },
  {
    name: 'elections',
    subjects: ['the electoral commission', 'the opposition', 'international observers', 'the ruling party', 'the new parliament', 'voters'],
    objects: [
      'the results of the parliamentary elections', 'a recount in {N} polling stations', 'the presidential election in {MONTH}', 'the constitutional referendum',
      'the registration of opposition candidates', 'the turnout of {PCT} percent', 'free and fair elections in {C}', 'the disputed vote in {RARE}',
    ],
    mods: [' in the capital', ' before the second round', ' in all {N2} districts'],
    background: [
      'Polling stations closed at 8 p.m. local time.',
      'Turnout in the capital reached {PCT} percent by midday.',
      'The vote was the first since the constitutional changes of {YEAR}.',
    ],
    short: ['a farce', 'a triumph of democracy', 'deeply flawed', 'a clear mandate'],
    nouns: ['vote', 'count', 'campaign', 'result'],
    titles: ['election results', 'the presidential vote', 'the opposition boycott', 'a disputed recount'],
  },
  {
    name: 'energy',
    subjects: ['gas supplies', 'the pipeline operator', 'the energy sector', 'oil producers', 'the transit agreement', 'rising energy prices'],
    objects: [
      'gas deliveries to {C}', 'the construction of the {RARE} pipeline', 'the transit of {N2} billion cubic metres of gas', 'the oil output cut of {N} barrels per day',
      'the nuclear power plant near {CITY}', 'long-term contracts with {C}', 'the energy security of Europe', 'electricity exports to {C}',
    ],
    mods: [' this winter', ' until {YEAR2}', ' at the current prices'],
    background: [
      'Gas prices in Europe rose by {PCT} percent in {MONTH}.',
      'The pipeline can carry up to {N} cubic metres a day.',
      'Storage facilities in {C} are {PCT} percent full.',
    ],
    short: ['energy blackmail', 'a purely commercial project', 'a reliable supplier', 'unacceptable interference'],
    nouns: ['project', 'contract', 'price', 'deal'],
    titles: ['gas transit', 'the pipeline dispute', 'oil output cuts', 'energy prices'],
  },
  {
    name: 'terrorism and security',
    subjects: ['terrorist groups', 'the security services', 'extremist networks', 'the Islamic State', 'the joint task force', 'drug traffickers'],
    objects: [
      'the supply of weapons to terrorists in {C}', 'the security of diplomatic missions', 'the threat of terrorist attacks in {CITY}',
      'joint counter-terrorism operations', 'the border with {C}', 'the infiltration of militants into Central Asia', 'the financing of extremist groups',
      'the militant camps near {RARE}',
    ],
    mods: [' along the northern border', ' in the coming months', ' in cooperation with {C}'],
    background: [
      'The attack in {CITY} killed {N2} people in {MONTH}.',
      'Security forces detained {N2} suspects last week.',
      'Border guards have reinforced checkpoints along the frontier.',
    ],
    short: ['a real danger', 'a cowardly attack', 'a common threat', 'zero tolerance'],
    nouns: ['threat', 'attack', 'operation', 'risk'],
    titles: ['terrorist threat', 'border security', 'counter-terrorism cooperation', 'extremist networks'],
  },
  {
    name: 'Taliban and negotiations',
    subjects: ['the Taliban', 'the interim government in Kabul', 'the Moscow format', 'the regional powers', 'the talks', 'the new authorities'],
    objects: [
      'an inclusive government in Afghanistan', 'the talks on Afghanistan in {CITY}', 'the recognition of the Taliban', 'the rights of women and girls',
      'the frozen Afghan assets', 'the conference on Afghanistan reconstruction', 'the release of {N2} prisoners', 'the ceasefire in {RARE} district',
    ],
    mods: [' in the Moscow format', ' at the next round of talks', ' with all ethnic groups'],
    background: [
      'The next round of talks is scheduled for {MONTH} in {CITY}.',
      'Delegations from {N2} countries attended the meeting.',
      'The Taliban took control of Kabul in August 2021.',
    ],
    short: ['a step in the right direction', 'premature', 'a historic opportunity', 'not inclusive enough'],
    nouns: ['proposal', 'meeting', 'format', 'step'],
    titles: ['Afghanistan talks', 'recognition of the Taliban', 'an inclusive government', 'the Moscow format'],
  },
  {
    name: 'humanitarian situation and economy',
    subjects: ['the humanitarian situation', 'food prices', 'the World Food Programme', 'donor countries', 'the economy', 'the banking system'],
    objects: [
      'humanitarian aid worth {N} million dollars', 'grain deliveries to {C}', 'the collapse of the banking system', 'food security in the region',
      'emergency funding for {N} families', 'the reconstruction of roads near {CITY}', 'inflation of {PCT} percent', 'the aid warehouse in {RARE}',
    ],
    mods: [' before the harvest', ' this year', ' through the United Nations'],
    background: [
      'Food prices have doubled since {MONTH}.',
      'Aid convoys carrying {N} tonnes of wheat arrived in {CITY}.',
      'The economy contracted by {PCT} percent last year.',
    ],
    short: ['a humanitarian catastrophe', 'a lifeline', 'too little, too late', 'a collective failure'],
    nouns: ['crisis', 'aid', 'situation', 'shortage'],
    titles: ['humanitarian aid', 'food security', 'grain deliveries', 'economic collapse'],
  },
  {
    name: 'regional blocs',
    subjects: ['the CSTO', 'the Shanghai Cooperation Organisation', 'the CIS countries', 'the Collective Rapid Reaction Force', 'the Eurasian Economic Union', 'member states'],
    objects: [
      'the CSTO summit in {CITY}', 'joint exercises of the Collective Rapid Reaction Force', 'the security of the southern borders of the CIS',
      'cooperation within the SCO', 'the common market for {N} million people', 'the mutual defence obligations', 'the joint drills at {RARE}',
    ],
    mods: [' at the summit in {CITY}', ' within the CSTO', ' next year'],
    background: [
      'The CSTO brings together six former Soviet republics.',
      'The SCO summit in {CITY} was attended by {N2} heads of state.',
      'Joint drills involving {N} troops took place in {MONTH}.',
    ],
    short: ['a reliable shield', 'an anchor of stability', 'allied obligations', 'a multipolar world'],
    nouns: ['alliance', 'summit', 'organisation', 'format'],
    titles: ['CSTO summit', 'SCO cooperation', 'CIS security', 'the Eurasian Economic Union'],
  },
  {
    name: 'Belarus and the EU border',
    subjects: ['Minsk', 'the European Union', 'the Polish authorities', 'Lithuania', 'the border guards', 'the Belarusian leadership'],
    objects: [
      'the migrant crisis on the Belarusian border', 'the construction of a fence along the border with Belarus', 'the sanctions against Minsk',
      'the airspace ban on Belarusian airlines', 'the closure of border crossings with {C}', 'the detention of {N2} migrants near {CITY}', 'the checkpoint at {RARE}',
    ],
    mods: [' on the Polish border', ' in the forest zone', ' before the winter'],
    background: [
      'Thousands of migrants have gathered at the border since {MONTH}.',
      'Poland deployed {N} soldiers to the border area.',
      'The border crossing at {RARE} has been closed for weeks.',
    ],
    short: ['hybrid warfare', 'a cynical provocation', 'state-sponsored smuggling', 'a humanitarian trap'],
    nouns: ['crisis', 'fence', 'ban', 'response'],
    titles: ['Belarus border crisis', 'migrants at the border', 'the border fence', 'sanctions on Minsk'],
  },
  {
    name: 'climate and water',
    subjects: ['climate change', 'the transition to renewable energy', 'the coal industry', 'the climate fund', 'developing countries', 'emission targets'],
    objects: [
      'the reduction of emissions by {PCT} percent', 'climate finance of {N2} billion dollars', 'the phase-out of coal by {YEAR2}',
      'the water shortages in Central Asia', 'the drought in {C}', 'the carbon border tax', 'the {RARE} reservoir',
    ],
    mods: [' by the end of the decade', ' at the climate conference', ' with the support of donors'],
    background: [
      'Temperatures in {CITY} reached a record high in {MONTH}.',
      'The Aral Sea has lost {PCT} percent of its volume.',
      'The climate conference opens in {CITY} next month.',
    ],
    short: ['an existential threat', 'green protectionism', 'a fair transition', 'unrealistic'],
    nouns: ['target', 'tax', 'plan', 'deadline'],
    titles: ['climate finance', 'emission targets', 'the coal phase-out', 'water shortages'],
  },
  {
    name: 'cyber and disinformation',
    subjects: ['hackers', 'state-backed groups', 'the cyber command', 'social media platforms', 'disinformation campaigns', 'the new law'],
    objects: [
      'the cyber attacks on government websites in {C}', 'the protection of critical infrastructure', 'the spread of disinformation about {C}',
      'the blocking of {N2} foreign media outlets', 'data centres in {CITY}', 'the election interference', 'the {RARE} botnet',
    ],
    mods: [' ahead of the vote', ' in recent weeks', ' from abroad'],
    background: [
      'Government websites in {C} were offline for several hours in {MONTH}.',
      'Investigators traced the attack to servers in {N2} countries.',
      'The new law takes effect in {MONTH}.',
    ],
    short: ['digital aggression', 'baseless accusations', 'a coordinated campaign', 'censorship'],
    nouns: ['attack', 'law', 'campaign', 'accusation'],
    titles: ['cyber attacks', 'disinformation campaign', 'critical infrastructure protection', 'foreign media restrictions'],
  },
  {
    name: 'nuclear and arms control',
    subjects: ['the nuclear talks', 'the inspectors', 'the arms control treaty', 'the enrichment programme', 'the strategic stability dialogue', 'the nuclear powers'],
    objects: [
      'the extension of the New START treaty', 'uranium enrichment up to {PCT} percent', 'the return of inspectors to {C}',
      'the deployment of intermediate-range missiles in Europe', 'the moratorium on nuclear tests', 'the talks on strategic stability in {CITY}', 'the {RARE} test site',
    ],
    mods: [' without preconditions', ' at the next round in {CITY}', ' before the deadline'],
    background: [
      'The treaty limits each side to {N} deployed warheads.',
      'Inspectors last visited the site in {MONTH}.',
      'The talks in {CITY} were suspended in {YEAR}.',
    ],
    short: ['a dangerous escalation', 'the cornerstone of strategic stability', 'nuclear blackmail', 'a window of opportunity'],
    nouns: ['treaty', 'programme', 'moratorium', 'proposal'],
    titles: ['nuclear talks', 'arms control', 'the enrichment programme', 'missile deployments'],
  },
];

/** [direct form, reported form]: {SELF} → speaker's country, {POSS} → his/her. */
export const GENERIC_SUBJECTS: readonly (readonly [string, string])[] = [
  ['we', '{SELF}'],
  ['our country', '{SELF}'],
  ['our government', '{POSS} government'],
  ['our partners', '{POSS} partners'],
  ['nobody', 'nobody'],
  ['the West', 'the West'],
  ['the international community', 'the international community'],
];

/** Modal predicates (agree with any subject): [direct, reported]. */
export const PREDICATES: readonly (readonly [string, string])[] = [
  ['will not accept', 'would not accept'],
  ['will never recognise', 'would never recognise'],
  ['must respect', 'had to respect'],
  ['cannot ignore', 'could not ignore'],
  ['will continue to support', 'would continue to support'],
  ['should reconsider', 'should reconsider'],
  ['must address', 'had to address'],
  ['will respond to', 'would respond to'],
  ['can no longer tolerate', 'could no longer tolerate'],
  ['will insist on', 'would insist on'],
  ['must not undermine', 'must not undermine'],
  ['will seek', 'would seek'],
  ['should focus on', 'should focus on'],
  ['will closely monitor', 'would closely monitor'],
  ['can only welcome', 'could only welcome'],
  ['will not tolerate', 'would not tolerate'],
  ['must guarantee', 'had to guarantee'],
  ['will do everything to protect', 'would do everything to protect'],
  ['cannot accept', 'could not accept'],
  ['will raise the issue of', 'would raise the issue of'],
  ['should prioritise', 'should prioritise'],
  ['will oppose', 'would oppose'],
  ['must stop', 'had to stop'],
  ['will propose talks on', 'would propose talks on'],
  ['may have to revise', 'might have to revise'],
  ['will not give up', 'would not give up'],
];

/** Modifiers appended to a clause; empty strings keep many clauses plain. */
export const GENERIC_MODS: readonly string[] = [
  '', '', '', '', '', ' in the coming weeks', ' before the end of the year', ' under any circumstances', ' as long as necessary', ' in {MONTH}',
  ' together with {C}', ' at the United Nations', ' without delay', ' in close coordination with {C}', ' this year', ' once again', ' near the village of {RARE}',
];

/** Second sentences of multi-sentence direct quotes. */
export const QUOTE_TAILS: readonly string[] = [
  'This is our principled position.', 'Nobody should have any illusions about that.', 'We have said this many times.', 'There is no other way.',
  'This is not a question of politics.', 'Everyone understands that.', 'We are open to dialogue.', 'That is the reality.',
];

/** Unattributed background sentences that fit any theme. */
export const GENERIC_BACKGROUND: readonly string[] = [
  'The meeting took place behind closed doors.',
  'The two sides signed {N2} documents at the end of the visit.',
  'The talks lasted about {N2} hours.',
  'The visit was the first at this level since {YEAR}.',
  'Officials from {N2} ministries took part in the consultations.',
  'Further details of the agreement were not disclosed.',
  'The next meeting is expected in {MONTH}.',
  'The delegation arrived in {CITY} on a two-day visit.',
  'Relations between the two countries have been strained since {YEAR}.',
];

/** Cue verbs for "X said" patterns, weighted by repetition. */
export const CUES: readonly string[] = [
  'said', 'said', 'said', 'said', 'said', 'stressed', 'noted', 'added', 'warned', 'explained', 'stated', 'emphasized', 'insisted', 'told reporters',
  'pointed out', 'argued',
];

/** Cues that take a "that" clause. */
export const THAT_CUES: readonly string[] = ['said', 'said', 'said', 'stressed', 'noted', 'warned', 'stated', 'emphasized', 'insisted', 'told reporters', 'pointed out', 'argued', 'announced', 'believes'];

export const TITLE_VERBS: readonly string[] = ['warns against', 'calls for talks on', 'rejects criticism over', 'backs', 'criticises', 'welcomes progress on', 'raises concerns over'];

export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Wire agencies by dateline style. */
export const SLASH_AGENCIES: readonly string[] = ['TASS', 'TASS', 'BelTA', 'Kazinform', 'Trend', 'Interfax'];
export const PAREN_AGENCIES: readonly string[] = ['Reuters', 'Reuters', 'AP', 'AFP', 'Anadolu', 'dpa', 'Kyodo', 'Pajhwok', 'UNIAN', 'Xinhua', 'IRNA', 'APP'];

/** Syllables for rare place names ("Kharabad"): a large pool, each name appears in few statements. */
export const RARE_PARTS = {
  onsets: ['Kh', 'Z', 'T', 'B', 'M', 'D', 'Sh', 'Ch', 'Gh', 'Q', 'Y', 'N', 'R', 'V', 'K', 'L', 'S', 'P', 'J', 'F'],
  middles: ['ara', 'uzu', 'imi', 'obo', 'ele', 'aka', 'asha', 'idi', 'uno', 'ava', 'utu', 'ege'],
  ends: ['bad', 'stan', 'kent', 'grad', 'vo', 'no', 'k', 'r', 'lek', 'sh', 'mir', 'om', 'n', 'z'],
} as const;
