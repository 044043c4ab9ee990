// One-sentence attribution cases found while reading real political news: each row is a paragraph and the
// statements (speaker, a piece of the text) it must give — no more, no fewer.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/extract.ts';
import { joinRuns } from '../../../src/core/runs.ts';
import { docFrom, seedRegistry } from '../../helpers/docs.ts';

type Row = readonly [paragraphs: string, expected: readonly (readonly [speaker: string | null, piece: string])[]];

function check([paragraphs, expected]: Row): void {
  // a run of paragraphs is one statement per paragraph; the cases read it whole
  // (what was said or written: beliefs, wishes, findings and stances are cases of their own, below)
  const got = joinRuns(extractStatements(docFrom(paragraphs), seedRegistry()))
    .filter((s) => s.act === 'said' || s.act === 'wrote')
    .map((s) => [s.speaker, s.text] as const);
  expect(got.length, JSON.stringify(got)).toBe(expected.length);
  expected.forEach(([speaker, piece], k) => {
    expect(got[k]?.[0], JSON.stringify(got[k])).toBe(speaker);
    expect(got[k]?.[1]).toContain(piece);
  });
}

// every statement of the text, in order, with its speaker and its whole text (no act left out)
function exactly(text: string, expected: readonly (readonly [string | null, string])[]): void {
  const got = joinRuns(extractStatements(docFrom(text), seedRegistry()));
  expect(got.map((s) => [s.speaker, s.text])).toEqual(expected);
}

describe('speakers in brackets and appositives', () => {
  it.each<Row>([
    ['Rep. Jim Jordan (R-Ohio) said the committee would subpoena the documents.', [['Jim Jordan', 'would subpoena the documents']]],
    ['"This is a witch hunt," said Rep. Jim Jordan (R-Ohio).', [['Jim Jordan', 'This is a witch hunt']]],
    ['"The situation is catastrophic," said Philippe Lazzarini, head of the UN agency for Palestinian refugees, UNRWA.', [['Philippe Lazzarini', 'The situation is catastrophic']]],
    ['"It is a dark day," the Archbishop of Canterbury, Justin Welby, said in a statement.', [['Justin Welby', 'It is a dark day']]],
  ])('%s', (...row) => check(row));
});

describe('role nouns that come back later', () => {
  it.each<Row>([
    // a specific role is not the person just quoted
    ['"We are not going anywhere," Alexandria Ocasio-Cortez said.\n\nThe prime minister told MPs that the policy was working.', [['Alexandria Ocasio-Cortez', 'not going anywhere'], ['the prime minister', 'the policy was working']]],
    // (review 67) a role as the subject of a sentence with no statement is not the next "he": the person just introduced is
    ['Farmer sues over pipeline\n\nEnergy Minister Chris Bowen approved the pipeline route in March. Farmer Greg Tully, 58, says the route cuts his property in half. The minister declined to comment on the lawsuit. "Nobody from Canberra has ever set foot on this farm," he said.', [['Greg Tully', 'the route cuts his property in half'], ['Greg Tully', 'Nobody from Canberra']]],
    // an anonymous source is never the person named before
    ['Chuck Schumer said the vote would take place Thursday.\n\nThe official, who requested anonymity to discuss private deliberations, said the president had not made a decision.', [['Chuck Schumer', 'the vote would take place'], ['the official', 'had not made a decision']]],
    // "the spokeswoman" is not a man already known, and not a person who is no spokesperson
    ['"We will appeal," Dmitry Peskov said.\n\n"No comment," the spokeswoman said when asked about the report.', [['Dmitry Peskov', 'We will appeal'], ['the spokeswoman', 'No comment']]],
    // elegant variation: "the Russian official" after a named Russian official
    ['Sergey Lavrov said any NATO presence in Central Asia was unacceptable.\n\nThe Russian official also called for "extreme caution" regarding refugees.', [['Sergey Lavrov', 'unacceptable'], ['Sergey Lavrov', 'extreme caution']]],
  ])('%s', (...row) => check(row));
});

describe('pronouns follow the gender of first names', () => {
  it.each<Row>([
    ['Karine Jean-Pierre spoke after Justin Trudeau left the podium.\n\n"We will not comment," she said.', [['Karine Jean-Pierre', 'We will not comment']]],
    ['Ursula von der Leyen met Olaf Scholz in Berlin.\n\nShe said the talks had been "constructive."', [['Ursula von der Leyen', 'the talks had been']]],
  ])('%s', (...row) => check(row));
});

describe('not statements', () => {
  it.each<Row>([
    ["Powell did not say whether the Fed would cut rates.", []],
    ["Powell didn't say whether the Fed would cut rates in June.", []],
    ['He never said he would resign from the post.', []],
    // a game story's notes under "BIG PICTURE" and "UP NEXT": team labels, no turns of speech
    ['Ohio State won 31-17.\n\nKEY MOMENT\n\nSEN. MARIA HOLT: We cannot keep cutting taxes.\n\nREPORTER: Will you vote for it?\n\nSEN. MARIA HOLT: Not in its current form.', [['Maria Holt', 'We cannot keep cutting taxes'], ['Maria Holt', 'Not in its current form']]],
    ['Creighton beat Marquette 81-77.\n\nBIG PICTURE\n\nMarquette: The Golden Eagles dominated the glass for 30 minutes.\n\nCreighton: The Bluejays showed they can win a grinding game.\n\nUP NEXT\n\nMarquette: Hosts Villanova on Wednesday.', []],
  ])('%s', (...row) => check(row));
});

describe('quotations around paragraph breaks', () => {
  it.each<Row>([
    // an opening mark with no closing one runs on into the next paragraph, attributed there
    ['Antony Blinken spoke to reporters after the meeting.\n\n"We have made clear that there will be consequences. The world is watching.\n\n"And we will not look away," he said.', [['Antony Blinken', 'there will be consequences. The world is watching. And we will not look away']]],
    // the same with straight single quotation marks, two sentences in each paragraph
    ["Deputy President Kithure Kindiki spoke.\n\n'Our brothers have no agenda for this country. They cannot tell you one thing.\n\n'Judge us by our record. That is our campaign,' the DP said.", [['Kithure Kindiki', 'no agenda for this country. They cannot tell you one thing. Judge us by our record. That is our campaign']]],
    // a frame ending in a colon introduces the quotation in the next paragraph
    ['Zelensky added:\n\n"We need more air defence, and we need it now."', [['Volodymyr Zelensky', 'We need more air defence']]],
    ['"The House will not act," House Speaker Dale Pruitt, R-La., told reporters, while Rep. Nadia Ferreira, D-Calif., the top Democrat on the committee, countered that the speaker "has no plan, only excuses."', [['Dale Pruitt', 'The House will not act'], ['Nadia Ferreira', 'has no plan']]],
    ["People's Liberation Party (PLP) leader Martha Karua said the opposition would deploy agents to every polling station.", [['Martha Karua', 'deploy agents']]],
    ['Peskov told reporters on Monday:\n\n"There is no such plan. There never was."', [['Dmitry Peskov', 'There is no such plan']]],
    // a quotation introduced with a colon goes on over unclosed paragraphs: one run, with double or single marks
    ['Sentencing her, Judge Richard Cole said: “You were trusted with the care of the vulnerable.\n\n“You abused that trust.\n\n“Only a custodial sentence will do.”', [['Richard Cole', 'You were trusted with the care of the vulnerable. You abused that trust. Only a custodial sentence will do.']]],
    ['Sentencing her, Judge Richard Cole said: ‘You were trusted with the care of the vulnerable.\n\n‘You abused that trust.\n\n‘Only a custodial sentence will do.’', [['Richard Cole', 'You were trusted with the care of the vulnerable. You abused that trust. Only a custodial sentence will do.']]],
    // BBC style: a run of unclosed paragraphs after a reported clause, the last one closed, no attribution: one run,
    // the last paragraph included
    ['Morag Reid said the disruption was affecting every part of island life.\n\n"We have had three sailings cancelled this week.\n\n"And every time we ask, we get a different date.\n\n"Nobody in Edinburgh would put up with this."', [['Morag Reid', 'affecting every part of island life'], ['Morag Reid', 'three sailings cancelled this week. And every time we ask, we get a different date. Nobody in Edinburgh would put up with this.']]],
  ])('%s', (...row) => check(row));
});

describe('documents speak for their issuer', () => {
  it.each<Row>([
    ['"There is no military solution," said a statement from the Egyptian foreign ministry.', [['Egyptian foreign ministry', 'There is no military solution']]],
  ])('%s', (...row) => check(row));
});

describe('unnamed sources keep the phrase that describes them', () => {
  it.each<Row>([
    ['Aides are discussing replacing the liaison after the defeat, according to four people familiar with the deliberations.', [['four people familiar with the deliberations', 'Aides are discussing replacing the liaison']]],
    ['"We will see what happens next," one person briefed on the talks said.', [['one person briefed on the talks', 'We will see what happens next']]],
    ['A person close to chief of staff Megan Ortiz said she was "not in the business of collecting scalps."', [['a person close to chief of staff Megan Ortiz', 'collecting scalps']]],
    // a sentence that only introduces the next speaker
    ['Another official was blunter. "The whip count was wrong by a mile. You cannot have that happen."', [['Another official', 'The whip count was wrong']]],
    // the participle belongs to the subject of its own clause
    ['One Senate aide said the chamber had been treated as "an afterthought"; a second aide disputed that, saying senators had been briefed weekly.', [['One Senate aide', 'an afterthought'], ['a second aide', 'senators had been briefed weekly']]],
    // "One strategist" keeps the document's capital and is one speaker with a later "one strategist"
    ['One strategist said the race was a dirt path.\n\nLater, one strategist said it was over.', [['One strategist', 'a dirt path'], ['One strategist', 'it was over']]],
  ])('%s', (...row) => check(row));
});

describe('institutions, reports and elegant variation', () => {
  it.each<Row>([
    ['A report released Monday by the Government Accountability Office found that shutdowns were costly. "Shutdowns disrupt services and impose costs that are never fully recovered," the report said.', [['Government Accountability Office', 'Shutdowns disrupt services']]],
    ['Senate Majority Leader Roger Halvorsen defended the agreement.\n\n"But you don\'t get deeper cuts by shutting the government down," the Kentucky Republican said.', [['Roger Halvorsen', 'deeper cuts']]],
    // a first name that looks like a demonym is still a name
    ['"We will certify the results," Brian Kemp said.\n\n"It is the law," Kemp added.', [['Brian Kemp', 'certify the results'], ['Brian Kemp', 'It is the law']]],
    ['Treasury Secretary Jonathan Reese said the talks would focus on trade.\n\n"We have real differences," Reese told reporters.', [['Jonathan Reese', 'focus on trade'], ['Jonathan Reese', 'We have real differences']]],
  ])('%s', (...row) => check(row));
});

describe('titles and institutions in many styles', () => {
  it.each<Row>([
    ['President William Ruto said the road would be built.\n\nSpeaking at a rally, the Head of State said the government had set aside Sh2.3 billion.', [['William Ruto', 'the road would be built'], ['William Ruto', 'set aside Sh2.3 billion']]],
    ['"Ukraine needs the money now," European Commission President Ursula von der Leyen said.', [['Ursula von der Leyen', 'Ukraine needs the money now']]],
    ['The Independent Electoral and Boundaries Commission (IEBC) said it had received 11 complaints of voter bribery.', [['Independent Electoral and Boundaries Commission', 'received 11 complaints']]],
  ])('%s', (...row) => check(row));
});

describe('Middle East styles', () => {
  it.each<Row>([
    // an acronym is a body: "it" finds it
    ['COGAT, the Israeli military body that oversees civilian affairs, disputed the figures. In a statement posted on X, it denied that Israel was restricting the entry of aid.', [['COGAT', 'Israel was restricting the entry of aid']]],
    ['In Khan Younis, Umm Mohammed al-Astal, a 43-year-old mother of six, said her family had been displaced seven times.', [['Umm Mohammed al-Astal', 'displaced seven times']]],
    ['Philippe Lazzarini, the commissioner-general of UNRWA, whose agency remains barred from the territory, said the trucks had been waiting for months.', [['Philippe Lazzarini', 'waiting for months']]],
    ['Turkish Foreign Minister Hakan Fidan said Ankara was ready to contribute troops, while his Egyptian counterpart, Badr Abdelatty, said Cairo would host a reconstruction conference.', [['Hakan Fidan', 'ready to contribute troops'], ['Badr Abdelatty', 'host a reconstruction conference']]],
    ['"We are not seeing the surge that was promised," Tom Fletcher told reporters, "and winter is coming."', [['Tom Fletcher', 'We are not seeing the surge that was promised, and winter is coming.']]],
  ])('%s', (...row) => check(row));
});

describe('US and UK long-form styles', () => {
  it.each<Row>([
    ["Reform UK’s Gareth Pryce, MP for Haverford South, said the vote showed “both the big parties have failed this town”.", [['Gareth Pryce', 'both the big parties have failed']]],
    ['Judge Evelyn Marchetti of Federal District Court wrote that the prosecutors had presented enough evidence.', [['Evelyn Marchetti', 'presented enough evidence']]],
    ['Councillor Janet Osei said the closures could have been avoided.', [['Janet Osei', 'could have been avoided']]],
    // a reported question is no statement; the one asked answers next
    ['Bill Radke spoke for an hour.\n\nAfterward, a reporter asked Radke whether he would accept the results of the election. "I am not planning on losing, so it is a hypothetical," he said.', [['Bill Radke', 'not planning on losing']]],
    ['Senator Alex Padilla, a California Democrat, asked Hale three times whether Joe Biden won the 2020 election.', []],
    // a quotation signed with a dash
    ['Claim: "Gas prices have doubled since Democrats took over Harrisburg." — Doug Carver', [['Doug Carver', 'Gas prices have doubled']]],
    ['"A sad day for the Senate and for the rule of law." — Mike Lee (@BasedMikeLee) March 3, 2025', [['Mike Lee', 'A sad day for the Senate']]],
  ])('%s', (...row) => check(row));
});

describe('Russian wire styles', () => {
  it.each<Row>([
    // a role with a place in it, then the person; a sea is nobody "he" can be
    ['The talks will go on, Russian envoy in Vienna Mikhail Ulyanov stressed.\n\nUlyanov said the sides had made progress.', [['Mikhail Ulyanov', 'The talks will go on'], ['Mikhail Ulyanov', 'the sides had made progress']]],
    ['Water levels in the Aral Sea fell again this year.\n\n"We are losing the lake," he said.', [[null as unknown as string, 'We are losing the lake']]],
    ['Abdelatty, for his part, thanked Moscow for its “balanced and principled position” and said Cairo was counting on Russia’s support.', [['Abdelatty', 'Cairo was counting on Russia’s support']]],
    ['“Each new package is further evidence of Brussels’ impotence,” Slutsky was quoted as saying by the Izvestia daily.', [['Slutsky', 'Each new package is further evidence']]],
    ['The Russian Defense Ministry said it had destroyed 42 drones. The drones were launched between 11:00 p.m. and 6:00 a.m., the ministry specified.', [['Russian Defense Ministry', 'destroyed 42 drones'], ['Russian Defense Ministry', 'The drones were launched']]],
    // "in her words": the possessive stands for "she"
    ['Sergey Lavrov spoke first. Foreign ministry spokeswoman Maria Zakharova told a briefing that Moscow would respond. In her words, the EU’s plans “are nothing but theft.”', [['Maria Zakharova', 'Moscow would respond'], ['Maria Zakharova', 'nothing but theft']]],
  ])('%s', (...row) => check(row));
});

describe('full names from anywhere in the text', () => {
  it.each<Row>([
    ['Chairman of the State Duma Committee on International Affairs Leonid Slutsky commented on the sanctions.\n\n"Each new package is evidence of impotence," Slutsky said.', [['Leonid Slutsky', 'Each new package']]],
    ['Chinese President Xi Jinping arrived in Moscow.\n\n"The world is changing," Xi said.', [['Xi Jinping', 'The world is changing']]],
    ['President Kassym-Jomart Tokayev met Nikol Pashinyan in Astana.\n\nThe Kazakh leader noted that trade had grown by almost a quarter.', [['Kassym-Jomart Tokayev', 'trade had grown']]],
    ['Volodymyr Zelensky spoke overnight.\n\n"Words are important, but our cities are protected by systems," the Ukrainian leader said.', [['Volodymyr Zelensky', 'Words are important']]],
  ])('%s', (...row) => check(row));

  it('takes the full name from the headline', () => {
    const doc = { ...docFrom('Hale, a former U.S. attorney, faced questions.\n\n"I will follow the facts and the law," Hale said.'), title: 'Attorney general nominee Marcus Hale faces Senate Judiciary Committee' };
    expect(extractStatements(doc, seedRegistry()).map((s) => s.speaker)).toEqual(['Marcus Hale']);
  });
});

describe('frames between the cue and the content', () => {
  it.each<Row>([
    ['Trump said on Monday he was disappointed that Putin had not yet agreed to meet Zelenskiy.', [['Donald Trump', 'he was disappointed that Putin']]],
    ['The U.S. State Department said in a statement it remained concerned by China’s supply of dual-use goods.', [['US State Department', 'it remained concerned']]],
    ['Lindsey Graham wrote in a post on X the strike was long overdue and necessary.', [['Lindsey Graham', 'the strike was long overdue']]],
    ['The hearing is in recess until 2 p.m. Chuck Grassley said senators would get a second round of questions.', [['Chuck Grassley', 'a second round of questions']]],
    ['Vladimir Putin arrived on Sunday. Before the trip he told Xinhua in a written interview that Russia and China shared a common vision.', [['Vladimir Putin', 'shared a common vision']]],
    ['"Then tell me you will never open an investigation," Booker shot back.', [['Booker', 'never open an investigation']]],
    ['But at a thanksgiving service in Kiritiri, Kithure Kindiki, who hails from a neighbouring county, hit back at the opposition.', []],
  ])('%s', (...row) => check(row));
});

describe('press briefings', () => {
  it.each<Row>([
    ['Press secretary Dana Whitfield took questions.\n\nTurning to Ukraine, Whitfield said the president would approve a new package.\n\nAsked whether Congress would need to approve more funding, she said: "That is a conversation we are having with leaders."', [['Dana Whitfield', 'approve a new package'], ['Dana Whitfield', 'a conversation we are having']]],
    ['John Corrigan briefed reporters.\n\nAsked whether the administration believed Iran had supplied the missile, Corrigan said the U.S. had "every reason to believe" Tehran was involved.', [['John Corrigan', 'every reason to believe']]],
    ['White House press secretary Dana Whitfield took questions.\n\nWhen a reporter pointed out that the Pentagon had described stocks as "stretched thin," the press secretary said the administration was "working around the clock."\n\nEarlier in the briefing, she said a destroyer had shot down two drones.', [['a reporter', 'stretched thin'], ['Dana Whitfield', 'working around the clock'], ['Dana Whitfield', 'shot down two drones']]],
    ['Russian President Vladimir Putin and Chinese President Xi Jinping hailed their ties.\n\nChinese state media quoted Xi as saying that China was ready to work with Russia.', [['Xi Jinping', 'China was ready to work with Russia']]],
  ])('%s', (...row) => check(row));
});

describe('Brussels styles', () => {
  it.each<Row>([
    ['Hungarian Prime Minister Viktor Orbán, by contrast, claimed that the plan amounted to theft.', [['Viktor Orban', 'the plan amounted to theft']]],
    ['According to two EU diplomats briefed on the discussions, Orbán did not raise formal objections during the dinner.', [['two EU diplomats briefed on the discussions', 'did not raise formal objections']]],
    ['French President Emmanuel Macron said Europe “cannot be naive about who pays for this war,” while Dutch Prime Minister Dick Schoof said his government would support the loan.', [['Emmanuel Macron', 'cannot be naive'], ['Dick Schoof', 'would support the loan']]],
    ['A senior diplomat from a Nordic country, speaking on condition of anonymity, was more blunt:\n\n“Everyone in the room understands that Bart has a point about the legal exposure.”', [['a senior diplomat', 'Everyone in the room understands']]],
  ])('%s', (...row) => check(row));
});

describe('known speakers from other documents stay out', () => {
  it.each<Row>([
    // "the labour leader" in a Lagos story is not the UK Labour leader in the registry
    ['Joe Ajaero, president of the Nigeria Labour Congress, spoke in Abuja.\n\n"We have been patient enough," the labour leader said.', [['the labour leader', 'We have been patient enough']]],
    // a proper word pins the role: the Kremlin spokesman is Dmitry Peskov even before he is named
    ['"There is no such plan," the Kremlin spokesman told reporters.', [['Dmitry Peskov', 'There is no such plan']]],
  ])('%s', (...row) => check(row));
});

describe('groups, documents and ages', () => {
  it.each<Row>([
    ["Supporters of the administration's approach contend that only the credible threat of raids will push employers.", [["Supporters of the administration's approach", 'only the credible threat']]],
    ['Hawks on the committee contend that tariffs could push up prices for longer than expected.', [['Hawks on the committee', 'tariffs could push up prices']]],
    ['Negotiations stalled again on Sunday over the positions, mediators and officials from both sides said.', [['mediators and officials from both sides', 'Negotiations stalled again']]],
    ['An internal DHS memo, reviewed by The Associated Press, said the department planned "at least a dozen" similar operations.', [['internal DHS memo', 'the department planned']]],
    ['Mike Greaves spoke first. The 81-year-old said he had urged Dunmore to "let the count run its course."', [['Mike Greaves', 'let the count run its course']]],
    ['Nebraska Gov. Dale Kessinger said he supported enforcing the law.\n\nThe governor said he would ask the Department of Homeland Security for a briefing.', [['Dale Kessinger', 'supported enforcing the law'], ['Dale Kessinger', 'would ask the Department']]],
    ['Priya Raman, chief U.S. economist at Barclays, said the two dissents made a September cut more likely.', [['Priya Raman', 'made a September cut more likely']]],
    ['As Ohio Democratic Party Chairwoman Dana Kroll put it to the crowd in Toledo, "Ohio is not a red state."', [['Dana Kroll', 'Ohio is not a red state']]],
    ["In Kalb's words, the alliance has spent a decade \"running on fumes and good intentions.\"", [['Kalb', 'running on fumes']]],
    // a request for words is not words; the relative clause holds the statement
    ["A journalist asked Zakharova to comment on remarks by Armenian Prime Minister Nikol Pashinyan, who told parliament last week that Yerevan's participation remained frozen.", [['Nikol Pashinyan', "Yerevan's participation remained frozen"]]],
  ])('%s', (...row) => check(row));
});

describe('honorifics and names that look like other words', () => {
  it.each<Row>([
    ['Prime Minister Anthony Albanese spoke in Canberra.\n\nMr Albanese said the policies had helped halve inflation.', [['Anthony Albanese', 'helped halve inflation']]],
    ['External Affairs Minister Dr S Jaishankar said the agreement was the result of "very patient, very persistent diplomacy".', [['Subrahmanyam Jaishankar', 'very persistent diplomacy']]],
    ['Speaking alongside Power Minister Sardar Awais Leghari, Mr Tarar spoke first.\n\nResponding to the allegation, the power minister dismissed it as "baseless propaganda", saying the criteria had been applied uniformly.', [['Sardar Awais Leghari', 'baseless propaganda'], ['Sardar Awais Leghari', 'applied uniformly']]],
  ])('%s', (...row) => check(row));
});

describe('speakers named after they first spoke', () => {
  it.each<Row>([
    ['A senior official at U.S. Immigration and Customs Enforcement defended the operation on a call with reporters, saying the agency had spent eight months building a case. The official, acting ICE Director Thomas Reuther, said agents "followed every protocol we have."', [['Thomas Reuther', 'eight months building a case'], ['Thomas Reuther', 'followed every protocol']]],
    ['A statement from the Dunmore campaign released at 1:30 a.m. said the candidate "will not be rushed by the media."', [['Dunmore campaign', 'will not be rushed']]],
    ['The Kremlin issued a statement saying the talks had been useful.', [['Kremlin', 'the talks had been useful']]],
    ['Tatiana Stanovaya spoke first. Alexandra Prokopenko spoke next.\n\nFor Stanovaya, that resilience is precisely the problem. “The system is stable, but stability is not strength,” she said.', [['Tatiana Stanovaya', 'The system is stable']]],
  ])('%s', (...row) => check(row));
});

describe('rally and fact-check styles', () => {
  it.each<Row>([
    ['That is false, according to data from the U.S. Energy Information Administration.', [['U.S. Energy Information Administration', 'That is false']]],
    ['Bill Radke took the stage.\n\n"They told me Wisconsin was too purple for a guy like me," the Republican candidate for governor told the crowd.', [['Bill Radke', 'too purple for a guy like me']]],
    ['Maria Estrada-Holm spoke in Madison. A Quinnipiac poll last month found voters ranked the economy first.\n\nShe also said Radke was ducking debates.', [['Maria Estrada-Holm', 'Radke was ducking debates']]],
    ['Doug Carver took the stage.\n\nPressed by the moderator, Dana Whitley of WTAE, to name a single plant, Carver did not. Instead, he said: "I believe the union guys."', [['Doug Carver', 'I believe the union guys']]],
  ])('%s', (...row) => check(row));
});

describe('roles given in an appositive', () => {
  it.each<Row>([
    ['A spokeswoman for Pruitt, Emily Carver, said the speaker had spoken with Halvorsen twice. "They talk every day," the spokeswoman said.', [['Emily Carver', 'spoken with Halvorsen twice'], ['Emily Carver', 'They talk every day']]],
    // "he" is never a group of people
    ['According to two people familiar with the discussions, the names were floated. Rep. Marcus Feld of Ohio weighed in on X. "Rearranging the deck chairs," he wrote, "won\'t save this ship."', [['two people familiar with the discussions', 'the names were floated'], ['Marcus Feld', 'Rearranging the deck chairs']]],
  ])('%s', (...row) => check(row));
});

describe('attributions in the middle and at the end', () => {
  it.each<Row>([
    ['Roughly 800,000 federal employees would be furloughed in a shutdown, according to estimates from the Congressional Budget Office, and hundreds of thousands more would work without pay.', [['Congressional Budget Office', 'would be furloughed in a shutdown']]],
    ['"This is the same playbook we saw in 2020," said Miles Okafor, a former county clerk who now trains election officials for the Center for Election Administration, "and it has failed every time."', [['Miles Okafor', 'This is the same playbook we saw in 2020, and it has failed every time.']]],
  ])('%s', (...row) => check(row));
});

describe('hold-out set G causes', () => {
  it.each<Row>([
    ['Climate Change and Energy Minister Daniel Fraser said the Coalition had "completely lost its mind".', [['Daniel Fraser', 'completely lost its mind']]],
    ["Khyber Pakhtunkhwa government's adviser on information Farhan Khattak said a convoy had been stopped near the Attock bridge.", [['Farhan Khattak', 'stopped near the Attock bridge']]],
    ["Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the two sides exchanged 300 prisoners each.", [["Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", 'exchanged 300 prisoners each']]],
    ['The League of Women Voters of Ohio, one of the plaintiffs, called the decision "a win for every voter."', [['League of Women Voters of Ohio', 'a win for every voter']]],
    // a surname met first (a headline-like line) is the full name met later
    ['Radke leans into Trump at a packed rally.\n\nWAUKESHA, Wis. — Bill Radke had been talking for five minutes.\n\n"They told me Wisconsin was too purple," Radke said.', [['Bill Radke', 'too purple']]],
    // the object of "for" is not the speaker
    ['A spokesperson for Defence Minister Israel Katz said the army would continue to act against any threat.', [['a spokesperson for Defence Minister Israel Katz', 'continue to act against any threat']]],
  ])('%s', (...row) => check(row));
});

describe('roles learned from an indefinite appositive', () => {
  it.each<Row>([
    ['Mykola Bielieskov, an analyst at the National Institute for Strategic Studies, said the talks would drag on. "The positions are as far apart as they were," the analyst said.', [['Mykola Bielieskov', 'the talks would drag on'], ['Mykola Bielieskov', 'as far apart as they were']]],
  ])('%s', (...row) => check(row));
});

describe('everyday frames', () => {
  it.each<Row>([
    ['Ukrainian officials say at least 12 people were killed.', [['Ukrainian officials', 'at least 12 people were killed']]],
    ['Olaf Scholz said after the meeting the two sides had made progress.', [['Olaf Scholz', 'the two sides had made progress']]],
    ['Xi said in remarks carried by state media that China opposed "hegemonism."', [['Xi Jinping', 'China opposed']]],
    // "the senator" is not someone known to hold another office
    ['Rishi Sunak said last month the economy had turned a corner.\n\nThe senator said through a spokesman that she would not seek re-election.', [['Rishi Sunak', 'turned a corner'], ['the senator', 'would not seek re-election']]],
    ['US special envoy Richard Castellano, a former senator from Rhode Island, arrived in Cairo. The former senator has said repeatedly that Washington will not impose terms.', [['Richard Castellano', 'Washington will not impose terms']]],
  ])('%s', (...row) => check(row));
});

describe('campaign coverage', () => {
  it.each<Row>([
    // a long description opening with its owner's name: the description speaks, not the owner
    ["Donald J. Trump's newly installed campaign chief has told members of the committee that the campaign would change.", [["Donald J. Trump's newly installed campaign chief", 'the campaign would change']]],
    // a possessive role in the appositive; a party tag and then a role
    ["Corey Lewandowski, Trump's campaign manager, said that the candidate was not changing his stance.", [['Corey Lewandowski', 'the candidate was not changing his stance']]],
    ['Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that the process was open.', [['Elijah Cummings', 'the process was open']]],
    ['Donald Trump and Bernie Sanders have both argued that workers have lost jobs to trade.', [['Donald Trump and Bernie Sanders', 'workers have lost jobs to trade']]],
    // a quotation that ends with its own "!" or "?" and the short sentence that attributes it
    ['“We will win this state!” Jeff Sessions said.', [['Jeff Sessions', 'We will win this state!']]],
    ['“Who is going to pay for the wall?” Maria Lopez asked the crowd.', [['Maria Lopez', 'Who is going to pay for the wall?']]],
    // a frame between the cue and its quotation
    ['The Smithsonian Institution said Thursday on Twitter, "We have never expressed interest in the firearm."', [['Smithsonian Institution', 'We have never expressed interest']]],
    // "the congressional report": an adjective between the article and a noun that is also a cue form
    ['Hackers compromised 12 workstations and 10 servers, the congressional report said.', [['the congressional report', 'Hackers compromised 12 workstations']]],
    // any noun phrase after "according to" is a source; an opening "But"
    ['Clinton won the primary in Puerto Rico, according to early returns.', [['early returns', 'Clinton won the primary in Puerto Rico']]],
    ['But according to Reuters, the talks had already failed by then.', [['Reuters', 'the talks had already failed']]],
    // the source of "issued a statement saying …" goes on "and said …"
    ['Jessica Mackler issued a statement saying the comment "has no place in our democracy" and said leaders would face a reckoning.', [['Jessica Mackler', 'has no place in our democracy'], ['Jessica Mackler', 'leaders would face a reckoning']]],
    // an adverb or a day between the cue and its particle
    ['Donald Trump called again for the chairman to resign.', [['Donald Trump', 'the chairman to resign']]],
    // a progressive cue reports speech; a passive one does not
    ['The BLM group is calling on Hillary Clinton to stop taking votes for granted.', [['BLM group', 'Hillary Clinton to stop taking votes for granted']]],
    ['Marco Rubio spoke in Ohio. And he’s predicting that the race will become so fierce that Trump will lose.', [['Marco Rubio', 'the race will become so fierce']]],
    ['He is said to be ill.', []],
    // a document noun heads the speaker; a dash closes the attribution
    ['“You are a total loser! And your book is terrible!” the note says.', [['the note', 'You are a total loser!']]],
    ['Such a move could alienate his backers, Clinton allies said — backers she will need in November.', [['Clinton allies', 'Such a move could alienate his backers']]],
    // a weak cue with its clause; the opener before it is not what was reported
    ['Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes filled the skies.', [['CNN', 'at least six planes filled the skies']]],
    // "… declined to … but said …": the subject speaks; a programme's title in quotation marks is no quotation
    ['A spokesman for the firm declined to address the report but said in a statement that the server was treated like any other.', [['a spokesman for the firm', 'the server was treated like any other']]],
    ['Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said it would be a two-pirate ticket.', [['Newt Gingrich', 'it would be a two-pirate ticket']]],
    // a poll's respondents
    ['By 58%-33%, those surveyed said the funding should not be cut.', [['people surveyed', 'the funding should not be cut']]],
    // the cue inside the clause, which goes on after it
    ['Tom Reed spoke first. Bringing the show back after three years, he said, feels right at a time like this.', [['Tom Reed', 'Bringing the show back after three years feels right']]],
    ['Donald Trump told supporters in Ohio that the system was rigged.\n\n"We\'re going to win," the real estate mogul said.', [['Donald Trump', 'the system was rigged'], ['Donald Trump', "We're going to win"]]],
    ['Clinton\'s campaign manager Robby Mook said on CNN\'s "State of the Union" that Trump was unfit.', [['Robby Mook', 'Trump was unfit']]],
  ])('%s', (...row) => check(row));
});

describe('a speaker talking on over paragraphs', () => {
  it.each<Row>([
    ['"Nobody came into politics to close libraries," Mark Denholm told the meeting.\n\n"But when the choice is between a library and a care package, I will choose the care package."', [['Mark Denholm', 'Nobody came into politics to close libraries. But when the choice is between a library']]],
    ['"Seventy-two hours is not a solution," Marianne Okafor said in a statement. "We have trucks loaded and waiting.\n\n"But we also need guarantees that our drivers will not be shot at."', [['Marianne Okafor', 'We have trucks loaded and waiting. But we also need guarantees']]],
  ])('%s', (...row) => check(row));
});

describe('lookalikes', () => {
  it.each<Row>([
    ['Needless to say, the vote was close.', []],
    ['Residents were told to leave their homes before the storm.', []],
    ['The measure, known as the "Fair Act," passed the House on Tuesday.', []],
    ['Protesters held signs reading "No War" outside the embassy.', []],
    ['Critics have long warned about the risks.', []],
    ['Trump slammed the ruling as "a disgrace to the nation."', [['Donald Trump', 'a disgrace to the nation']]],
    // a base form after a possessive is a noun; writing a document and responding by an action are no statements
    ["Clinton's support has steadily risen over the past two weeks.", []],
    ['Maureen Sherry wrote a New York Times opinion piece on pay inequity.', []],
    ['The United States responded enthusiastically by easing the sanctions.', []],
  ])('%s', (...row) => check(row));
});

describe('participles and parentheticals in wire copy', () => {
  it.each<Row>([
    ['COLUMBUS, Ohio (AP) — A federal judge on Thursday temporarily blocked an Ohio law, saying the restrictions likely place an unconstitutional burden on voters.', [['a federal judge', 'the restrictions likely place an unconstitutional burden']]],
    ['A federal judge refused to throw out the charges, ruling that prosecutors had presented enough evidence.', [['a federal judge', 'prosecutors had presented enough evidence']]],
    ['Anthony Fauci spoke at length. But that, he said, was an argument for reform, not for "taking a wrecking ball to the whole thing."', [['Anthony Fauci', 'that was an argument for reform']]],
    ['The Nationals voted to abandon the target, with leader Mark Thorburn saying it had become "a millstone around the necks of regional Australians".', [['Mark Thorburn', 'it had become']]],
    ['The resolution, adopted by representatives of 44 parties, said the exercise was "impractical and arbitrary".', [['the resolution', 'impractical and arbitrary']]],
  ])('%s', (...row) => check(row));
});

describe('people in the street', () => {
  it.each<Row>([
    // the condition of anonymity is not her statement; what she said is
    ['A 54-year-old woman from Kharkiv, who asked that her surname not be used because her son may still be in custody, said she had not slept for days.', [['a 54-year-old woman from Kharkiv', 'she had not slept for days']]],
  ])('%s', (...row) => check(row));
});

describe('two apostrophes as quotation marks, section labels', () => {
  it.each<Row>([
    // archive and wire texts write ''…'' for a double quotation mark; a split quotation stays one statement
    ["''We will not back down,'' said Senator John Carter of Texas, who chairs the panel. ''And we will win.''", [['John Carter', 'We will not back down. And we will win.']]],
    // ''' closes a single quotation inside a double one
    ["''Voters will not accept 'we will see,''' said Mark Denholm.", [['Mark Denholm', "Voters will not accept 'we will see,'"]]],
    // a heading with a colon is not a speaker's label, nor part of what was said
    ['KEEPING SCORE: Germany\'s DAX fell 1.2 percent, the ministry said.\n\nTHE DAY IN ASIA: Stocks rose in Tokyo.', [['the ministry', "Germany's DAX fell 1.2 percent"]]],
    ['Sanders: 1,547.\n\nClinton: 2,310.', []],
    // a column's heading is no source ("The Latest:")
    ['The Latest: Cruz to give away an engraved shotgun\n\nThe senator spoke on Friday.', []],
  ])('%s', (...row) => check(row));
});

describe('what a statement reports (act)', () => {
  type ActRow = readonly [paragraph: string, expected: readonly (readonly [speaker: string, act: string, piece: string])[]];
  it.each<ActRow>([
    ['Senator Maria Lopez believes the tariffs will push up prices.', [['Maria Lopez', 'thinks', 'the tariffs will push up prices']]],
    // a sentence opening with whose view it gives
    ['Priya Raman spoke first. In her view, the plan pours money into the wrong end of the process.', [['Priya Raman', 'thinks', 'the plan pours money into the wrong end']]],
    ['Governor Tom Reed wants to build a new bridge over the river.', [['Tom Reed', 'wants', 'to build a new bridge']]],
    ['A new Quinnipiac poll shows the governor trailing by six points.', [['Quinnipiac poll', 'found', 'the governor trailing by six points']]],
    // a limiting adverb opening what a survey shows
    ['But the Marist survey shows only a small gender gap among voters.', [['Marist survey', 'found', 'only a small gender gap']]],
    ['Senator Maria Lopez endorsed Tom Reed at a rally in Columbus.', [['Maria Lopez', 'stance', 'Tom Reed']]],
    ['Maria Lopez wrote on Facebook that the vote was rigged.', [['Maria Lopez', 'wrote', 'the vote was rigged']]],
    // a question put is a statement of its own kind; a request to comment is none
    ['Senator Maria Lopez asked whether the agency had lost the public trust.', [['Maria Lopez', 'asked', 'whether the agency had lost the public trust']]],
    ['Reporters asked Maria Lopez to comment on the report.', []],
    // the question after its addressee; "when"; never by a pronoun right after the person it may be taken for
    ['Senator Maria Lopez asked the school whether the fees would rise.', [['Maria Lopez', 'asked', 'whether the fees would rise']]],
    ['Maria Lopez asked when the talks would resume.', [['Maria Lopez', 'asked', 'when the talks would resume']]],
    ['Maria Lopez asked whether the deal was "dead in the water" after the vote.', [['Maria Lopez', 'asked', 'whether the deal was "dead in the water"']]],
    ['Cecile Richards spoke. She asked Richards what impact the law had on women.', []],
    // the one asked answers next
    ['Reporters asked Tom Smith whether he would resign. He said he would not step down.', [['Reporters', 'asked', 'whether he would resign'], ['Tom Smith', 'said', 'he would not step down']]],
    // a second predicate of the source's clause is the writer's account, not the source's words
    ['Senator Maria Lopez said the bill was a mistake but did not say how she would vote.', [['Maria Lopez', 'said', 'the bill was a mistake']]],
    // declining to comment states nothing
    ['Tom Reed declined to comment on the report.', []],
    // base forms after a plural subject; an adverb between subject and cue
    ['Most Republicans oppose the new tax on imported steel.', [['Most Republicans', 'stance', 'the new tax on imported steel']]],
    ['Local farmers hope to sell their crops abroad next year.', [['Local farmers', 'wants', 'to sell their crops abroad']]],
    // a belief or a wish with its clause and no "that"; the noun "hope" is none
    ['American officials hope the new sensors can help at the border.', [['American officials', 'wants', 'the new sensors can help at the border']]],
    ['Their hope is that the new sensors can help at the border.', []],
    ['Both candidates now say they support the trade deal.', [['Both candidates', 'said', 'they support the trade deal']]],
    // the object goes on with its own modifiers; a frame after it ("at a rally") does not belong to it
    ['Governor Tom Reed criticized the war in Libya for leaving the country in ruins.', [['Tom Reed', 'stance', 'the war in Libya for leaving the country in ruins']]],
    ['Senator Maria Lopez denounced the ruling at a news conference on Friday.', [['Maria Lopez', 'stance', 'the ruling']]],
    // a finding's source closing the sentence; a poll with its modifiers; a bare plural "records" or "Polls"
    ['The plane was insured for $35 million in 2011, records show.', [['records', 'found', 'The plane was insured for $35 million']]],
    ['The factory closed in 2009, a state audit found.', [['a state audit', 'found', 'The factory closed in 2009']]],
    ['A poll of 400 likely voters by Marist shows the governor trailing.', [['poll of 400 likely voters by Marist', 'found', 'the governor trailing']]],
    ['Polls show the governor trailing in every county.', [['Polls', 'found', 'the governor trailing']]],
    // the finding must head the opening phrase: "In the wake of the Times report, …" gives no finding
    ['In the wake of the Times report, the senator has portrayed himself as a shrewd manipulator of the tax code.', []],
    ['In the latest round of polling, Orr leads by six points in Ohio.', [['latest round of polling', 'found', 'Orr leads by six points']]],
    ['In a summary of the report, 40 percent of voters back the plan in every county.', [['summary of the report', 'found', '40 percent of voters back the plan']]],
    // (set Q) an outlook or a forecast that forecasts, projects or estimates finds
    ['The seasonal outlook forecasts above-average temperatures for most of Victoria.', [['the seasonal outlook', 'found', 'above-average temperatures']]],
    // a finding whose named or dated poll closes the sentence; a poll no one names, or the subject's poll, gives nothing
    ['In March, Orr had 38 percent support in a Fox poll.', [['Fox poll', 'found', 'Orr had 38 percent support']]],
    ['Orr stays well ahead of Ruiz in the latest poll.', [['latest poll', 'found', 'Orr stays well ahead of Ruiz']]],
    ['The senator has been rising steadily in the polls.', []],
    ['Her lead over Orr in a CBS News poll last month has evaporated.', []],
    // a belief, wish or stance that a closing "according to" gives to its source is the source's finding
    ['The troops would prefer Orr to Ruiz, according to a Military Times survey.', [['Military Times survey', 'found', 'The troops would prefer Orr to Ruiz']]],
    // a poll or a report after "according to" finds (a phrase with a subject and its verb is no speaker before
    // "who": the poll speaks; a slash in the source; a colon opens a sentence for "according to" too)
    ['Clinton did well among voters who believe that trade hurts jobs, according to exit polls.', [['exit polls', 'found', 'Clinton did well among voters']]],
    ['According to a Quist/Orr poll, the two candidates are level.', [['Quist/Orr poll', 'found', 'the two candidates are level']]],
    ['It has not gone unnoticed: According to recent polls, Orr holds only 14 percent of the vote.', [['recent polls', 'found', 'Orr holds only 14 percent']]],
    // (review) records from a body find; a poll-at-end needs a poll and a standing; an investigation is no poll
    ['Records from the county show he voted twice.', [['Records from the county', 'found', 'he voted twice']]],
    ['Orr was a key witness in a Senate investigation.', []],
    ['Voters were asked about immigration in a new Gallup survey.', []],
    // a video that shows someone is no person a later "she" can be
    ['Dana Ruiz spoke first. A video of the rally shows her waving to the crowd. "We won," she said.', [['video of the rally', 'found', 'her waving'], ['Dana Ruiz', 'said', 'We won']]],
    // a quoted infinitive
    ['Dana Ruiz vowed to "continue the fight in the next primary."', [['Dana Ruiz', 'said', 'continue the fight']]],
  ])('%s', (paragraph, expected) => {
    const got = extractStatements(docFrom(paragraph), seedRegistry()).map((s) => [s.speaker, s.act, s.text] as const);
    expect(got.length, JSON.stringify(got)).toBe(expected.length);
    expected.forEach(([speaker, act, piece], k) => {
      expect(got[k]?.[0]).toContain(speaker);
      expect(got[k]?.[1]).toBe(act);
      expect(got[k]?.[2]).toContain(piece);
    });
    if (expected.length > 0) expect(got[0]?.[2]).not.toMatch(/did not say|at a rally/);
  });
});

describe('polls, joined verbs, headlines, titles of the other sex', () => {
  it.each<Row>([
    // a share of a group, as a poll reports it, is the source, kept as written
    ['In the new survey, 52 percent of registered voters say they would consider voting for a third party.', [['52 percent of registered voters', 'they would consider voting for a third party']]],
    ['About half of voters say they prefer an outsider.', [['About half of voters', 'they prefer an outsider']]],
    // a second reporting verb joined to the first is a statement of its own
    ['Maria Lopez says she respects the governor but argues that he cannot deliver on his promises.', [['Maria Lopez', 'she respects the governor'], ['Maria Lopez', 'he cannot deliver on his promises']]],
    // naming someone something
    ['Tom Reed called him a political opportunist who has neglected his duties.', [['Tom Reed', 'him a political opportunist']]],
    // "Mrs." is not the man of that surname, "Mr." not the woman
    ['Bill Clinton spoke in Ohio. Hillary Clinton was in Iowa.\n\nMrs. Clinton said the party must unite.', [['Hillary Clinton', 'the party must unite']]],
    ['Sara Netanyahu hosted the dinner. Benjamin Netanyahu arrived late.\n\nMr. Netanyahu said the dinner had gone well.', [['Benjamin Netanyahu', 'the dinner had gone well']]],
    // an ordinary word opening a sentence is no person for a later "he"
    ['Homeland security experts say the wall is a waste of money.', [['Homeland security experts', 'the wall is a waste of money']]],
    // a title-case heading after a name and a colon is a headline, not a transcript turn
    ['The candidates spoke on Friday.\n\nRoger Stone: Don’t Trust the Voting Machines\n\nJeb Bush: Student Loans Are Broken Now', []],
  ])('%s', (...row) => check(row));
});

it('leaves a pronoun unknown rather than give it to an ordinary word that opened a sentence', () => {
  const got = extractStatements(docFrom('Homeland security experts say the wall is a waste of money.\n\nHe said the plan would fail.'), seedRegistry());
  expect(got.map((s) => s.speaker)).toEqual(['Homeland security experts', null]);
});

describe('constructions of a Canadian quote set', () => {
  it.each<Row>([
    ['The mayor states that the budget is balanced.', [['the mayor', 'the budget is balanced']]],
    // "states" is a noun unless a clause or a quotation follows it
    ['The partnership is a joint initiative of the EU, its member states and six Eastern European partners.', []],
    ['The coach scolded, "You have to play better than that."', [['the coach', 'You have to play better than that']]],
    ['Maria Lopez arrived late. She picked it up and crowed, "This is the best day of my life."', [['Maria Lopez', 'This is the best day of my life']]],
    ['Her statement read: "We are deeply saddened by the loss."', [['Her statement', 'We are deeply saddened by the loss']]],
    ['A statement from the EU said, "The sanctions will stay in place."', [['EU', 'The sanctions will stay in place']]],
    ['"The river is rising fast," Karen Lindsay, emergency program co-ordinator, said.', [['Karen Lindsay', 'The river is rising fast']]],
    // non-speech senses
    ['Edmonton responded when Jones scored in the second period.', []],
    ['Democrats denied Republicans the votes they needed for the bill.', []],
    ['Tesla posted a video of the new car on its website.', []],
    ['Many point to the fund as a model for other states.', []],
    // a one-word name of unknown sex is no antecedent for "she"
    ['Tesla posted a video of the car.\n\n"This is the best day of my life," she said.', [[null as unknown as string, 'This is the best day of my life']]],
  ])('%s', (...row) => check(row));
});

describe('the source a headline names', () => {
  const speakers = (title: string, text: string) => extractStatements(docFrom(text, { title }), seedRegistry()).map((s) => s.speaker);
  const body = 'MOSCOW, December 26. /TASS/. The deployment of bases would be a mistake.\n\n"We will respond to any such step," he said.';
  it.each([
    ['NATO bases in Central Asia unacceptable, says Lavrov', 'Sergey Lavrov'],
    ['NATO bases in Central Asia unacceptable, Lavrov says', 'Sergey Lavrov'],
    ['Moscow will not tolerate NATO bases in Central Asia — Russian envoy', 'Russian envoy'],
    ['Lavrov: NATO bases in Central Asia are unacceptable', 'Sergey Lavrov'],
  ])('%s: "he" in the body is %s', (title, speaker) => {
    expect(speakers(title, body)).toEqual([speaker]);
  });
  it('gives way to a person the body names', () => {
    expect(speakers('NATO bases unacceptable, says Lavrov', 'Maria Zakharova spoke on Friday.\n\n"We will respond to any such step," she said.')).toEqual(['Maria Zakharova']);
  });
  it('is no evidence when the headline names no source', () => {
    expect(speakers('NATO bases in Central Asia', body)).toEqual([null]);
  });
  it("is no live blog's or section's label before a colon", () => {
    expect(speakers('Live Updates: NATO bases in Central Asia are a mistake', body)).toEqual([null]);
    expect(speakers('Analysis: NATO bases in Central Asia are a mistake', body)).toEqual([null]);
  });
});

describe('tails, clause openers and noun forms', () => {
  it.each<Row>([
    // three appositive segments after an inverted speaker, the last a relative clause
    ['"We cannot wait another year," said Dana Ruiz, a nurse from Dayton, Ohio, who voted early.', [['Dana Ruiz', 'cannot wait another year']]],
    // a relative clause without a comma after an inverted role phrase
    ['"The numbers will move slowly," said a veteran pollster who has advised two governors.', [['a veteran pollster', 'numbers will move slowly']]],
    // a manner adverb closing the cue, then a participle; "no." ends the sentence (it is no "No. 5")
    ['"Should we quit now?" Okafor asked rhetorically, shaking his head no. "We should not."', [['Okafor', 'We should not']]],
    // a comma inside the marks of a quoted word before "saying"
    ['Baines teased the so-called "expert," saying, "An expert who never reads a report!"', [['Baines', 'An expert who never reads']]],
    // a relative clause with a cue of its own is a second statement by the same speaker
    ['"I have defended the plan for years," said Varga, who added that the new figures worried him.', [['Varga', 'defended the plan for years'], ['Varga', 'the new figures worried him']]],
    // a present tense after a past cue goes on with the reported clause
    ['The senator said the trip was private and does not signal an endorsement.', [['the senator', 'does not signal an endorsement']]],
    // a time phrase between the speaker and the cue; a stray comma after a party tag
    ['Sen. Mara Quist last week said the audit was overdue.', [['Mara Quist', 'the audit was overdue']]],
    ['Rep. Tom Abele (R-Iowa), said, "The farm bill is late again."', [['Tom Abele', 'The farm bill is late again']]],
    // a result clause opens the speaker's own clause
    ['The hearing grew so tense that Chair Lena Moss said, "We will take a recess."', [['Lena Moss', 'We will take a recess']]],
    // respondents of a poll, in a parenthetical
    ['The main worries, respondents said, are rents and wages.', [['respondents', 'rents and wages']]],
    // a base form after a determiner and an adjective is a noun: the content runs on past it
    ['Pell said that the mayor, and the nearly uniform support for him downtown, were factors in the result.', [['Pell', 'were factors in the result']]],
    // a time adverb between a cue and its clause
    ['Nadia Orr says tonight she is a step closer to the nomination.', [['Nadia Orr', 'a step closer to the nomination']]],
    // a past tense after a present cue goes on with the reported clause
    ['Senator Ida Kern says she phoned the mayor and asked him to condemn the attack.', [['Ida Kern', 'asked him to condemn the attack']]],
    // a relative clause with "that" inside an appositive after an inverted speaker
    ['"Rents keep rising," says Ana Vela, 32, of Tulsa, a manager at a firm that sells software.', [['Ana Vela', 'Rents keep rising']]],
    // a subordinate clause around the cue ends where the main clause begins
    ['While the league says it is on track to meet its goal, sponsors are scarce.', [['the league', 'on track to meet its goal']]],
    // "and says" after a predicate of the sentence's subject (an irregular verb: "spent")
    ['The Iowa Republican spent years in the army and says such tactics are wrong.', [['the Iowa Republican', 'such tactics are wrong']]],
    // an appositive or a relative clause after an "according to" source belongs to the source's phrase
    ['According to letters from Jane Doyle, a friend of the senator who died in 2000, the governor had called the plan a joke.', [['Jane Doyle', 'called the plan a joke']]],
    ['According to State Department cables that were later leaked, the envoy pressed for talks.', [['State Department cables', 'the envoy pressed for talks']]],
    // a headline's claim in title case after its source and a colon
    ['Quist: Farm Bill Will Pass This Year\n\nSen. Mara Quist spoke on Tuesday.', [['Mara Quist', 'Farm Bill Will Pass']]],
    // "states" before a list is a noun
    ['The tour covers the four early nominating states: Iowa, Ohio and Nevada.', []],
    // a participle cue goes on with the sentence's subject: a role phrase with an adverb before its verb, after a
    // short opener, a quantified group, after "while" and "by"
    ['A spokeswoman for the firm also declined to comment, saying that nobody involved still works there.', [['a spokeswoman for the firm', 'nobody involved still works there']]],
    ['In two interviews, the justice sounded off on the plan, saying it would not survive the courts.', [['the justice', 'would not survive the courts']]],
    ['Both parents stiffened their criticism of the mayor, saying that he lacked the character to lead.', [['Both parents', 'he lacked the character to lead']]],
    ['Nadia Orr shared his view of the record, while saying that the speech had reassured her.', [['Nadia Orr', 'the speech had reassured her']]],
    ['Mara Quist closed the rally by saying she is ready to get to work.', [['Mara Quist', 'she is ready to get to work']]],
    // ("while adding" an object is no statement; "has strong support" is a noun)
    ['The group held most of its seats while adding strongholds like Ohio and Iowa.', []],
    ['Quist named a running mate, Dana Ruiz, who has strong support among farmers and ranchers.', []],
    // a relative clause with a cue of its own ends at its comma; the main clause's cue is the same speaker's
    ['Still, Pell, who thinks the agency overreached, called the new rule "much, much better" than the old one.', [['Pell', 'much, much better']]],
    // a bracketed party tag before an appositive
    ['Sen. Tom Abele (R-Iowa), a farm-state hopeful, said the bill was "overdue."', [['Tom Abele', 'the bill was']]],
    // shares of a poll: a fraction in one word, an approximator after the article
    ['Three-fourths say the city should hire more nurses.', [['Three-fourths', 'the city should hire more nurses']]],
    ['A mere 9 percent say they only buy local.', [['a mere 9 percent', 'they only buy local']]],
    // people named by what they do, in the plural
    ['Some historians say the letters might not even be genuine.', [['Some historians', 'might not even be genuine']]],
    // a verb with its object after an inverted base form is a clause, not a speaker: the subject before it speaks
    ['Orr, along with a reporter, say the guard pushed her out of the way.', [['Orr', 'the guard pushed her out of the way']]],
    // an ad speaks as itself; a plural right after its determiner is the subject's noun, not its verb
    ['The ad claims "Mara Quist is the candidate you can trust."', [['the ad', 'the candidate you can trust']]],
    ['The artists published a letter and called on voters to "remember the campaigns that ended in ruin."', [['the artists', 'remember the campaigns']]],
    // an ordinary word opening the sentence is no part of the name after it
    ['Rival Nadia Orr, however, has said she would not raise the tax. "We will see," Orr said.', [['Nadia Orr', 'would not raise the tax'], ['Nadia Orr', 'We will see']]],
    // an addressee of several words: what follows it is the content, or (a frame) nothing
    ['Carter told a Senate panel the plan was dead.', [['Carter', 'the plan was dead']]],
    ['Ash Carter told a Senate panel on Wednesday.', []],
    // a quoted question is words said, inverted after it too
    ['"How tall is that wall?" asked the boy, who wore a red cap and said his name was Sam.', [['the boy', 'How tall is that wall?']]],
    // a participle cue right after a quotation whose comma is inside its marks ends the first statement
    ['Orr told the radio that Quist "had a plan that was maniacal," adding, "He lost every vote."', [['Orr', 'had a plan that was maniacal'], ['Orr', 'He lost every vote']]],
    // "said about" a share opens a clause, not a topic
    ['The county office said about half of the shortfall came from lower land taxes.', [['county office', 'about half of the shortfall came']]],
    // a participle phrase between the speaker and the cue describes the speaker
    ['Sen. Tom Abele, facing a hard race in Iowa, a swing state, said he would welcome the help.', [['Tom Abele', 'he would welcome the help']]],
    // part of a group, or a quantifier alone after a subordinate clause
    ['Until the plant closed, most of them said they had loved the work.', [['most of them', 'they had loved the work']]],
    ['While the pastors were uneasy, many said Monday that the ruling changed their minds.', [['many', 'the ruling changed their minds']]],
    // "so … that" with a longer phrase between
    ['The debate grew so heated over the farm bill that Gov. Dana Ruiz said, "I need a translator."', [['Dana Ruiz', 'I need a translator']]],
    // a sentence-opening "according to" runs to its comma: a slash, a possessive, a long source
    ['According to his longtime physician, the mayor is in excellent health.', [['his longtime physician', 'the mayor is in excellent health']]],
    // a titled name right before a colon and the quotation
    ['The surge does not surprise Republican pollster Dana Ruiz: "Outsiders who win early get the biggest boost."', [['Dana Ruiz', 'Outsiders who win early']]],
    // a state written after its city is part of the phrase before it, never the speaker
    ['Activists in Dayton, Ohio, said the plan would fail.', [['Activists in Dayton', 'the plan would fail']]],
    // (a phrase too long to read is no speaker: nothing, rather than the state)
    ['Nurses at a clinic in Chappaqua, N.Y., said the ward had closed.', [['nurses at a clinic in Chappaqua', 'the ward had closed']]],
    // a place or a day closes a sentence's opener before the subject a participle goes on with
    ['Here in Columbia, Dana Ruiz stepped up her attack on the bank, saying, "We have got to break them up."', [['Dana Ruiz', 'We have got to break them up']]],
    ['On Monday, Dana Ruiz stepped up her attack on the bank, saying, "We have got to break them up."', [['Dana Ruiz', 'We have got to break them up']]],
    ['Orr drew boos upon saying, "The mill will reopen next spring."', [['Orr', 'The mill will reopen next spring']]],
    // a verb between "called" and a quotation ends its object: a band named so, not a speaker naming something
    ['A warm-up band called Sophistafunk got the crowd to cheer for "President Dana Ruiz."', []],
    // "and" inside a conditional the content opens with goes on with the content
    ['Orr predicted in March that if Quist ran for mayor and lost, he would have to retire.', [['Orr', 'and lost, he would have to retire']]],
    // a base form after a word of quantity is a noun; asking reports words only with the quotation
    ["The Green Party's Dana Ruiz receives less support than Orr in the new count.", []],
    ['The firm put applicants through long interviews, asking them brain-teaser questions to see how they responded.', []],
    // an addressee after a final cue: an object pronoun, a name in capitals
    ['Her husband was free and would soon be coming home, the mayor told her.', [['the mayor', 'Her husband was free']]],
    ['The union will likely sit out the election, Dana Ruiz told POLITICO.', [['Dana Ruiz', 'The union will likely sit out the election']]],
    // "her" before a determiner is the addressee
    ['Orr told her the talks had failed.', [['Orr', 'the talks had failed']]],
    // a focus word before the speaker
    ['Still, even Mr. Quist says there is good reason for the delay.', [['Quist', 'there is good reason for the delay']]],
    // a possessive pronoun's document speaks for its owner; an office or a campaign is written with the owner's name
    // (so the offices of different people never become one speaker "her office")
    ['Dana Ruiz resigned on Monday. Her statement read: "We are grateful for the support."', [['Dana Ruiz', 'We are grateful for the support']]],
    ["Dana Ruiz resigned on Monday. Her office said the move had been planned for months.", [["Dana Ruiz's office", 'the move had been planned']]],
    // a modifier between the subject and its cue: a relative clause ending in a name, a participle phrase
    ['Executives who have worked with Dana Ruiz say they assume she shares his views.', [['Executives', 'they assume she shares his views']]],
    ['But farm activists clamoring to block Dana Ruiz from the ballot say they are gaining ground.', [['farm activists', 'they are gaining ground']]],
    // a subordinate clause's statement ends where the main clause's speaker begins, a pronoun too
    ['Though aides who worked with Orr say he is stubborn, they also say the mayor listens.', [['aides', 'he is stubborn'], ['aides', 'the mayor listens']]],
    // shares: digits before "in", a relative clause after a preposition
    ['About 4 in 10 say they want a change of course.', [['About 4 in 10', 'they want a change of course']]],
    ['She faces an electorate in which 67 percent of voters say she is not honest.', [['67 percent of voters', 'she is not honest']]],
    // an aside right after "that" is skipped; the words before "that, according to …" are no claim
    ['The Herald reported that, according to an analysis of her calendar, 85 of the 154 meetings were with donors.', [['Herald', '85 of the 154 meetings were with donors']]],
    // a capitalised "May" or "Will" in a name is part of it, not a month or a modal
    ['Theresa May said the talks on the border would resume.', [['Theresa May', 'the talks on the border would resume']]],
    ['George Will wrote that the party would split in two.', [['George Will', 'the party would split in two']]],
    ['Will Smith said the film would open in May.', [['Will Smith', 'the film would open in May']]],
    // the writer's "I’ve" is no name; "agreed to a phone call" is no infinitive
    ['I’ve been saying for six years that the tax is a gigantic problem.', []],
    ['Majority Leader Dana Ruiz agreed to a phone call on Wednesday.', []],
    // a frame noun in the plural before the content; a result clause after a parenthetical cue
    ['Orr wrote in both listings he was "honored and humbled" to sell the land.', [['Orr', 'he was "honored and humbled" to sell the land']]],
    // a wire dateline in a later paragraph is not part of the content
    ['Orr spoke first.\n\nKYIV, Ukraine — The talks will resume next week, the ministry said.', [['the ministry', 'The talks will resume next week']]],
    ['Orr spoke first.\n\nLONDON, March 3 (Reuters) - Britain will send more aid, Dana Ruiz said.', [['Dana Ruiz', 'Britain will send more aid']]],
    // taking credit is an act (but "claimed credit cards were stolen" is a claim); content never opens with a conjunction
    ['The group claimed responsibility for the blast on Friday.', []],
    ['The group claimed credit cards were stolen from the office.', [['the group', 'credit cards were stolen from the office']]],
    ['The copy is worn, with passages including the First Amendment highlighted and notes written in the margins.', []],
    // a result clause with a modal after a parenthetical cue goes on with the reported words; narration does not
    ['Dana Ruiz spoke first. But in a roll call, states are called in order, she noted, so it may be clear by noon who wins.', [['Dana Ruiz', 'so it may be clear by noon who wins']]],
    ['Dana Ruiz spoke first. The talks had failed, she said, so she went home early and slept.', [['Dana Ruiz', 'The talks had failed']]],
    // (review) asides that are not sources stay; a duration is the frame's time; "more say" is a group that speaks
    ['The mayor said that, if elected, he would build a new bridge.', [['the mayor', 'if elected, he would build a new bridge']]],
    ['The mayor said just two weeks ago that the plant would stay open.', [['the mayor', 'the plant would stay open']]],
    ['Few think the plan will work, and more say it will fail.', [['more', 'it will fail']]],
    ['Few said the plan would work.', []],
    // a name with its frame before the comma keeps the name; a document of someone else's is not the pronoun's owner's
    ['According to Orr on Monday, the talks with the county had collapsed.', [['Orr', 'the talks with the county had collapsed']]],
    ["Dana Ruiz, the mayor, spoke on Monday. Her lawyer's letter said the claims were false.", [["Her lawyer's letter", 'the claims were false']]],
    // an addressee after a preposition is no speaker; "as many said it would" is no group that speaks; a question
    ['The question was then put to Secretary of State Dana Ruiz: "Will you resign?"', []],
    ['The plan did not fail, as many said it would after the vote.', []],
    ['Will Orr say he is running again?', []],
    // an "according to" aside inside the clause: the clause around it is the content
    ['But the next day, according to Orr, the county made further demands.', [['Orr', 'But the next day the county made further demands']]],
    ['The deal, according to officials, includes a ceasefire.', [['officials', 'The deal includes a ceasefire']]],
    ['The talks failed, according to Orr, who spoke on the radio.', [['Orr', 'The talks failed']]],
    // a subordinate clause around the cue ends where the main clause begins ("as", "when", "after" too)
    ['Now that Orr is losing support as party leaders call on him to quit the race, his campaign is in trouble.', [['party leaders', 'him to quit the race']]],
    // remarks as a noun after a determiner and its modifier; a verb joined to an infinitive is one too
    ['All three candidates praised the judge in their opening remarks. The debate was held in March.', []],
    ['The charity is seeking ideas for how to house and support adults with autism.', []],
    ['Orr urged farmers to "vote your conscience" and said he was standing on principle.', [['Orr', 'vote your conscience'], ['Orr', 'he was standing on principle']]],
    // a speaker's head with prepositional modifiers after it: the whole phrase speaks (not the body it names)
    ['Many in the crowd said the senator was the only candidate they trusted.', [['Many in the crowd', 'the senator was the only candidate']]],
    ['Democrats in the Senate said the talks had failed.', [['Democrats in the Senate', 'the talks had failed']]],
    ['Staff for the House Select Committee on Benghazi said the panel has the email.', [['staff for the House Select Committee on Benghazi', 'the panel has the email']]],
    ['However, officials with the Democratic Congressional Campaign Committee said they have no plans to spend money.', [['officials with the Democratic Congressional Campaign Committee', 'they have no plans']]],
    ['Current and former officials in the FBI and at the Justice Department have said the inquiry goes on.', [['current and former officials in the FBI and at the Justice Department', 'the inquiry goes on']]],
    ['Voters at the rally in Des Moines said the talks had failed.', [['voters at the rally in Des Moines', 'the talks had failed']]],
    // (an event before the cue is no speaker: "the debate" is not a person by role)
    ['The mood after the debate in Iowa said little about the race.', []],
    // a quotation that completes a clause opening the sentence: the clause is the content (mixed)
    ['The bill\'s failure was "heartbreaking," Dana Ruiz said.', [['Dana Ruiz', 'The bill\'s failure was "heartbreaking']]],
    ['The new tactic may be "strategic," said Dana Ruiz, a professor.', [['Dana Ruiz', 'The new tactic may be "strategic']]],
    ['Despite his "brash personality," Dana Ruiz said, the mayor was kind.', [['Dana Ruiz', 'brash personality']]],
    // people named by their tie to someone; "his" and "her" name an owner only when it is a named person
    ['Dana Ruiz was late. She was tired, her brother said.', [['her brother', 'She was tired']]],
    ['The airline confirmed the crash. He had always wanted to fly, his childhood friend said.', [['his childhood friend', 'He had always wanted to fly']]],
    // a dash before a new attributed clause ends the content
    ['Dana Ruiz said the talks had failed — and Orr said they would resume.', [['Dana Ruiz', 'the talks had failed'], ['Orr', 'they would resume']]],
    // the cue opening the sentence, its speaker after it; the cue is no part of the name
    ['Said Orr, "The thought that we failed them is very painful to us."', [['Orr', 'The thought that we failed them']]],
    ['Added Ms. Ruiz, a lawyer for the family: "We will appeal the ruling."', [['Ruiz', 'We will appeal the ruling']]],
    ['Stated Roger Stone: "The stakes are so high this time."\n\nContinued Stone: "It is a very real problem."', [['Roger Stone', 'The stakes are so high'], ['Roger Stone', 'It is a very real problem']]],
    // an aside with a participle before a name; a description ending in a place; a plural's possessive before a noun
    ['Orr, echoing Erdogan, called on the rebels to stop the fighting.', [['Orr', 'the rebels to stop the fighting']]],
    ['Authorities in North-Rhine Westphalia, the German state next to Belgium, said the border would close.', [['Authorities in North-Rhine Westphalia', 'the border would close']]],
    ['Police in Kent, the county next to London, said the road was closed.', [['Police in Kent', 'the road was closed']]],
    ['Valls’ comments came after the vote in Paris.', []],
    // a quotation and the sentence's closing attribution: after a colon the quotation is the cue's, otherwise the closer's
    ['Dana Ruiz said: "There will always be exceptions," the Times reported.', [['Dana Ruiz', 'There will always be exceptions']]],
    ['Nothing the mayor said "will calm the fears of people," the senator said.', [['the senator', 'will calm the fears of people']]],
    // (review) an outlet that relays a quotation does not take it; a cue inside a clause does give it away
    ['Orr said "the West has lost," state media reported.', [['Orr', 'the West has lost']]],
    ['Candidates who think "the region no longer matters are wrong," Dana Ruiz said.', [['Dana Ruiz', 'the region no longer matters']]],
    // (review) a finding word that only modifies the head ("the audit chief") leaves a person a later "she" can be
    ['The audit chief said the accounts were wrong. She added that the firm would be fined.', [['the audit chief', 'the accounts were wrong'], ['the audit chief', 'the firm would be fined']]],
    // (review) "Said" is a given name unless the sentence opens with it before a comma or a colon and a quotation
    ['Said Amir, a shopkeeper in Kabul, said prices had doubled.', [['Said Amir', 'prices had doubled']]],
    ['"Prices have doubled," said Said Amir, a shopkeeper.', [['Said Amir', 'Prices have doubled']]],
    ['Warned by doctors, the minister resigned: "My health comes first."', []],
    // (review) a dash before a condition or a "that" clause of the same report keeps it
    ['Orr said the army would withdraw - but only if the rebels said they would disarm.', [['Orr', 'but only if the rebels said they would disarm']]],
    ['Orr said the plan would fail — and that voters knew it.', [['Orr', 'and that voters knew it']]],
    // (review) whose sister is a guess: kept as written
    ['Mayor Dana Ruiz said the victim was a nurse. Her sister said she loved her job.', [['Dana Ruiz', 'the victim was a nurse'], ['Her sister', 'she loved her job']]],
    // a long bracketed aside between the speaker and the cue; a possessive before a quotation; a cue in a "what" clause
    ['Sen. Dana Ruiz (a Connecticut Democrat so boyish she has been mistaken for a staffer) says she was unfocused at first.', [['Dana Ruiz', 'she was unfocused at first']]],
    ['Nancy\'s "single most defining role was helping her husband," Orr says.', [['Orr', 'Nancy\'s "single most defining role']]],
    ['Dana Ruiz says voters are "right to be angry," but also hungry for what she calls "real solutions."', [['Dana Ruiz', 'but also hungry for what she calls']]],
    // an aside between dashes; an outlet's whole name as the addressee; where the addressee was met; people by trade
    ['Reached on Tuesday, Orr — who is listed as a lawyer in Illinois — told The Huffington Post he is not planning an appeal.', [['Orr', 'he is not planning an appeal']]],
    ['Lavrov told the BBC Russia would respond.', [['Sergey Lavrov', 'Russia would respond']]],
    ['Dana Ruiz told a union gathering in Dayton she will protect their pensions.', [['Dana Ruiz', 'she will protect their pensions']]],
    ['Ruiz fans told the paper that one moment had changed their minds.', [['Ruiz fans', 'one moment had changed their minds']]],
    // (the clause that goes on after the addressee is no closing attribution's content; with the words before the
    // speaker it is the parenthetical cue's)
    ['Every Friday, the executive told The Washington Post, Orr would lead the meeting.', [['the executive', 'Every Friday Orr would lead the meeting']]],
    // what one is reminded of is a topic, not words; what one warns of is kept
    ['In her post, Dana Ruiz reminded Orr of the actions of the gunman who shot the president.', []],
    ['Dana Ruiz warned of the global implications a trade war would have.', [['Dana Ruiz', 'the global implications a trade war would have']]],
    // (second review) a "who" aside is no clause that gives the quotation away; another speaker after "but" ends the
    // content; a verb after an outlet's run makes its last word the clause's subject; a relative clause after the cue-first speaker
    ['Orr, who leads the party, said "we will win," the Times reported.', [['Orr', 'we will win']]],
    ['Ruiz called the plan "a disgrace," but Orr, who chairs the committee, said it would pass.', [['Ruiz', 'a disgrace'], ['Orr', 'it would pass']]],
    ['Orr told the BBC Hamas had agreed to the deal.', [['Orr', 'Hamas had agreed to the deal']]],
    ['Said one resident, who asked not to be named: "We are scared."', [['one resident', 'We are scared']]],
    // a title after "of" inside the appositive of an inverted speaker; a short aside with no verb in a split quotation
    ['"You have to be extra careful," said Dana Ruiz, a co-author of "Those Guys Have All the Fun," a history of the network.', [['Dana Ruiz', 'You have to be extra careful']]],
    ['Dana Ruiz spoke first. "We want a safe country," she said two days after the attack, "which is what voters want."', [['Dana Ruiz', 'which is what voters want']]],
    ['Dana Ruiz spoke first. "To the extent they care," she said on Friday at the rally, "I have pleased them all."', [['Dana Ruiz', 'I have pleased them all']]],
    // (third review) what someone spoke of is no part of their words; a relative clause in the appositive keeps its
    // own quotation; a closing attribution keeps "what he called"
    ['"That is nonsense," Orr said of the newspaper\'s front page, "Labour will raise your taxes."', [['Orr', 'That is nonsense']]],
    ['"We are angry," said Orr, who accused the government of "betraying the north."', [['Orr', 'We are angry'], ['Orr', 'betraying the north']]],
    ['Biden signed what he called "a historic law for working families," the White House said.', [['White House', 'a historic law for working families']]],
    // a quotation signed with a horizontal bar, as reader polls print them
    ['“We can build a wall around the mayor.” ― Steve Quinlan.', [['Steve Quinlan', 'We can build a wall around the mayor']]],
    // what someone called something: the quotation is theirs, and the verb before it does not take it
    ['The city sought the convention in the hope of shedding what Orr called "a perception problem."', [['Orr', 'a perception problem']]],
    // an acronym and a dash are no dateline
    ['AIPAC — the pro-Israel lobby — has lost its grip on Congress, critics say.', [['critics', 'AIPAC — the pro-Israel lobby']]],
    // an email that reads; a split quotation around "of" the topic when its first part is unfinished; a text with
    // marks of both styles; a demonstrative before a role noun
    ['"Our revolution has already changed her mind," read the email.', [['the email', 'Our revolution has already changed her mind']]],
    // (a family is a speaker: its statement is the family's)
    ['"We are saddened by the loss of a friend," read a statement from the family.', [['the family', 'We are saddened by the loss']]],
    ['Dana Ruiz spoke first. "If they care," she said of the campaign, "I have pleased them all."', [['Dana Ruiz', 'I have pleased them all']]],
    ['Dana Ruiz spoke first. "It is a disgrace," she said of the decision, "and we will appeal it."', [['Dana Ruiz', 'and we will appeal it']]],
    ['Dana Ruiz spoke first.\n\n“I am not interested in that at all," she continued. "We are going to work with people.”', [['Dana Ruiz', 'We are going to work with people']]],
    ['"The kids do not like him, and they are happy with the new man," this source told the Post.', [['the source', 'The kids do not like him']]],
    // a relative clause about an inverted speaker: a dash inside it, no comma before it, a person by role before it
    ['"He will always set a standard," said Dino Spencer, who runs the gym — which hosts a boxing class.', [['Dino Spencer', 'He will always set a standard']]],
    // (the relative clause's own statement is not found yet; it must not go to an earlier name)
    ['Orr spoke. "It was handled lightly," said a former official who led the inquiry and described it as "a lesser case."', [['a former official', 'It was handled lightly']]],
    ['"We are angry," said a former official, who described the plan as "a disgrace to the north."', [['a former official', 'We are angry'], ['a former official', 'a disgrace to the north']]],
    ['It came with the help of the adult children, who said the manager was spreading stories.', []],
    // a document put out, then its words; dashes written "--" or " - "; a stop with no space after it; a dash aside
    // that names the role's holder
    ['Immediately after the vote, Dana Ruiz issued a statement, "Our city has lost a great friend."', [['Dana Ruiz', 'Our city has lost a great friend']]],
    ['The Supreme Court justice -- who has been in a scuffle with the nominee -- said she regretted her remarks.', [['the Supreme Court justice', 'she regretted her remarks']]],
    ['Inside the mosque - which looks like a church - Adel Nefzi said he is trying to collect money.', [['Adel Nefzi', 'he is trying to collect money']]],
    ['"We have complete control over the region," Dana Ruiz said.Ruiz claimed that she learned this.', [['Dana Ruiz', 'We have complete control'], ['Dana Ruiz', 'she learned this']]],
    ['A former Republican candidate — John McCain, who lost the 2008 election — said the president offered no changes.', [['John McCain', 'the president offered no changes']]],
    ['The senator — a Democrat from Ohio — said the plan would fail.', [['the senator', 'the plan would fail']]],
    // a surname in -ing before its cue; an opening mark typed as the closer; a relative clause after its preposition
    ['Curt Schilling spoke.\n\nSchilling told WEEI: "I replied to the post. I did not post that."', [['Curt Schilling', 'I replied to the post']]],
    ['“If Dana Ruiz loses Iowa, that could create new problems for her here,“ said Jim Orr, a congressman.', [['Jim Orr', 'that could create new problems']]],
    // (a relative clause after its preposition: its pronoun is the person named before it, and it ends at the comma
    // before the main clause's verb)
    ['Tom Baker said the vote was rigged. Jim Lee gave an interview, in which he says the bill is dead.', [['Tom Baker', 'the vote was rigged'], ['Jim Lee', 'the bill is dead']]],
    ['The report, in which officials say the plan failed, was released Monday.', [['officials', 'the plan failed']]],
    // a quoted infinitive with a closing attribution; a sentence that only attributes the quotation before it, with a
    // dash after its cue or a participle's long aside
    ['They want to "create an economy that works for working families," Dana Ruiz said.', [['Dana Ruiz', 'create an economy']]],
    ['Orr spoke first. “What does that mean?” Dana Ruiz said — in the debate.', [['Dana Ruiz', 'What does that mean?']]],
    ['Twenty-four percent said she did nothing wrong.', [['Twenty-four percent', 'she did nothing wrong']]],
    // a document "that said"; a short quotation inside an aside's noun phrase; brackets inside an appositive; an
    // attribution ending in an abbreviation before the quotation goes on
    // people at an event by role; a present "continues" before a quotation
    ['Many speakers at the service said the death is painful.', [['Many speakers at the service', 'the death is painful']]],
    ['The crowd cheers, and then Dana Ruiz continues: "We have been given a mandate."', [['Dana Ruiz', 'We have been given a mandate']]],
    ['The war continues, and the talks have stalled.', []],
    // (fourth review) a quoted infinitive leaves a closing attribution its quotation; ", who" after a person by role
    // who is someone's; no -ing word of everyday English is a surname; a mark typed as the closer only after a comma; a
    // name in a dash aside after "for the senator"; an issued document's title; "said of" a headline or a slogan; a
    // party's letter before a hyphen; an aside between dashes after the cue; "said so"; a domain is no missing space;
    // a dash in a relative clause before another speaker's clause
    ['Dana Ruiz plans to "run, and win," said Tom Baker, her campaign manager.', [['Tom Baker', 'run, and win']]],
    ['Dana Ruiz hopes to "win the hearts of voters," her aides told reporters on Monday.', [['her aides', 'win the hearts of voters']]],
    ['Reporters reached a spokesman for the governor, who said the plan was under review.', [['a spokesman for the governor', 'the plan was under review']]],
    ['The reporter asked a waiter at the restaurant, who said the chef had quit.', []],
    ['Nothing suggests the plan will fail, Dana Ruiz said.', [['Dana Ruiz', 'Nothing suggests the plan will fail']]],
    ['“The bill is dead and buried.“ Tom Baker said it would pass next week.', []],
    ['A spokeswoman for the senator — Dana Ruiz — said the bill was dead.', [['a spokeswoman for the senator', 'the bill was dead']]],
    ['The group published a report, "The Cost of Silence," on Monday.', []],
    ['Dana Ruiz spoke. "If you ask me, it is a disgrace," Dana Ruiz said of the headline, "Mayor Quits in Shame."', [['Dana Ruiz', 'If you ask me, it is a disgrace']]],
    ['Sen. Dana Ruiz, R - Ohio, said the bill was dead.', [['Dana Ruiz', 'the bill was dead']]],
    ['Dana Ruiz said--without hesitation--that the bill was dead.', [['Dana Ruiz', 'the bill was dead']]],
    ['"It will be hard," said Dana Ruiz, the director of the Latino Partnership for Conservative Principles, who also said that the plan must change.', [['Dana Ruiz', 'It will be hard'], ['Dana Ruiz', 'the plan must change']]],
    ['Tom Baker spoke. The vote came as a partial reversal for the Ohio Republican, who said the plan must change.', []],
    // a time of day after the weekday; another share's attributed clause after a quotation; a title in an appositive
    ['Dana Ruiz on Wednesday morning also said the U.S. must press China.', [['Dana Ruiz', 'the U.S. must press China']]],
    ['In the poll, 21 percent said "not too likely" and 14 percent said "not at all likely."', [['21 percent', 'not too likely'], ['14 percent', 'not at all likely']]],
    ['Dana Ruiz, the owner of the pageant and star of the show "The Apprentice," said conventions have been too dull.', [['Dana Ruiz', 'conventions have been too dull']]],
    ['"It is over," said Jim Orr, the star of the show "The Apprentice."', [['Jim Orr', 'It is over']]],
    // a quotation inside a relative clause before the sentence's own cue
    ['Jim Orr, who called it "a disgrace," said the plan would fail.', [['Jim Orr', 'a disgrace'], ['Jim Orr', 'the plan would fail']]],
    // (fifth review) a document someone got is not theirs; a second quotation with its own attribution after an
    // abbreviation; an aside after the cue with a cue of its own; a short quotation before "said" is no modifier
    ['Reporters obtained a memo that said the plan would fail.', []],
    ['"We will win," Dana Ruiz said at a rally in the U.S. "They will lose," Tom Baker said.', [['Dana Ruiz', 'We will win'], ['Tom Baker', 'They will lose']]],
    ['The bill is dead, Dana Ruiz said — and Tom Baker said — it would stay dead.', [['Dana Ruiz', 'The bill is dead']]],
    ['"No," said Dana Ruiz, the mayor, and "yes," said Tom Baker.', [['Dana Ruiz', 'No'], ['Tom Baker', 'yes']]],
    ['Dana Ruiz spoke. "It changed my life," Dana Ruiz said of the book, "I Know Why the Caged Bird Sings."', [['Dana Ruiz', 'It changed my life']]],
    ['Dana Ruiz released a marketing video that said, "We will have professors that are terrific."', [['Dana Ruiz', 'We will have professors']]],
    // a plural cue form after a modifier, with a verb of its own, is a noun
    ['Jim Orr spoke. The derogatory comments had two goals, the admiral said.', [['the admiral', 'The derogatory comments had two goals']]],
    ['Admiral rattles Beijing.\n\nFULL TEXT.\n\nHe said the plan would fail.', [[null, 'the plan would fail']]],
    ['"So why did Tom Baker not pay his?" a narrator in the Ruiz ad asks.', [['a narrator in the Ruiz ad', 'So why did Tom Baker not pay his?']]],
    // naming something with a lower-case object; not a time or an amount
    ['Dana Ruiz called climate change a hoax.', [['Dana Ruiz', 'climate change a hoax']]],
    ['Dana Ruiz called her mother a day later.', []],
    ['Dana Ruiz called the police a few times.', []],
    ['The firms called off a $54 billion deal.', []],
    // a possessive opens a weak cue's clause; an object alone does not
    ['Dana Ruiz spoke. She noted his attorney offered to appear.', [['Dana Ruiz', 'his attorney offered to appear']]],
    ['Dana Ruiz noted her remarks.', []],
    // (sixth review) a quoted name followed by its own verb stays in the content; a document or a thing in -er is no
    // person; asides after the cue without an attributed clause; documents sent out; times after "called X a"
    ['Dana Ruiz said the group "Parents for Safety" argued the case in court.', [['Dana Ruiz', 'the group "Parents for Safety" argued the case in court']]],
    ['A letter from Dana Ruiz said the plan would fail.', [['Dana Ruiz', 'the plan would fail']]],
    ['Dana Ruiz said — in her first remarks since May — that the bill was dead.', [['Dana Ruiz', 'the bill was dead']]],
    ['Dana Ruiz sent out a letter that said the plan would fail.', [['Dana Ruiz', 'the plan would fail']]],
    ['Dana Ruiz called the police a short time later.', []],
    // an everyday word is no surname before "said"; a person, age and home town before the cue; an adverb opener
    ['Building said the plan would fail.', []],
    ['Cory James, 22, of Flint, Mich., said he had not given up hope.', [['Cory James', 'he had not given up hope']]],
    ['Connolly, 34, said the plan would fail.', [['Connolly', 'the plan would fail']]],
    // (a compound with a spaced hyphen is no dash; its phrase is not read as a speaker yet)
    ['The Boston - based group said the plan would fail.', []],
    ['Dana Ruiz said voters can register at census.Gov before Friday.', [['Dana Ruiz', 'voters can register at census.Gov before Friday']]],
    ['Dana Ruiz released a video that said, "We are going to have professors that are terrific."', [['Dana Ruiz', 'We are going to have professors']]],
    ['That said, the talks had failed.', []],
    ['"We have had better conventions," delegate Dana Ruiz, wearing a hat and "Vote Orr" pins, said.', [['Dana Ruiz', 'We have had better conventions']]],
    ['"People were upset," said former Rep. Dana Ruiz (D-Calif.), one of the "big four" negotiators, along with Sen. Jim Orr (R-N.H.).', [['Dana Ruiz', 'People were upset']]],
    ['"The record is not good," Dana Ruiz said at a rally in Binghamton, N.Y. "She worked to export fracking."', [['Dana Ruiz', 'The record is not good. She worked to export fracking.']]],
    ['Orr spoke first. “What does that mean?” Dana Ruiz asked, repeating a claim — that the mayor was to blame for the flood of 2001 — that she made in the debate.', [['Dana Ruiz', 'What does that mean?']]],
    // a city and state end an appositive; a weekday after an addressee; counted groups
    ['Dana Ruiz, a rabbi in Hollywood, Fla., said she was alarmed.', [['Dana Ruiz', 'she was alarmed']]],
    ['The deal includes a special force, Dana Ruiz told reporters Wednesday.', [['Dana Ruiz', 'The deal includes a special force']]],
    ['At least a dozen members of Congress said the House is within reach.', [['a dozen members of Congress', 'the House is within reach']]],
    ['12 members of Congress said the House is within reach.', [['12 members of Congress', 'the House is within reach']]],
    ['More than 100 economists said the plan would fail.', [['100 economists', 'the plan would fail']]],
    ['In 2016 officials said the plan would fail.', []],
    // a mixed quotation after a short opening scene, or after a noun that is also a cue's form
    ['Since that ruling, the county has engaged in "consistent activity that harms voters," the lawsuit says.', [['the lawsuit', 'the county has engaged in "consistent activity that harms voters,"']]],
    ['The plan is "a disaster for the country," Dana Ruiz said.', [['Dana Ruiz', 'The plan is "a disaster for the country,"']]],
    // a nickname between a name's parts is no quotation (the name around it is read from its surname on)
    ['Former operative John “Tig” Orr said both issues were disqualifying.', [['John Orr', 'both issues were disqualifying']]],
    // "according to": an appositive with a verb is the content; a colon; brackets; a source's appositive at the end
    ['According to The Guardian, an email was sent from the director, Dana Ruiz, to the members.', [['Guardian', 'an email was sent from the director, Dana Ruiz, to the members']]],
    ['According to HuffPo: "Senator Orr has had a mixed record on abortion."', [['HuffPo', 'Senator Orr has had a mixed record']]],
    ['Skating is allowed (according to the police, it does not keep statistics) and fun.', [['the police', 'it does not keep statistics']]],
    ['Walker will speak at the convention, according to a report Tuesday from WKOW, the ABC affiliate in Madison.', [['WKOW', 'Walker will speak at the convention']]],
    // a participle's verb phrase after the head: the head speaks, never a name inside the phrase
    ['Officials working for the Kremlin said the plan would fail.', [['Officials working for the Kremlin', 'the plan would fail']]],
    ['Former acting director Dana Ruiz said the plan would fail.', [['Dana Ruiz', 'the plan would fail']]],
    // groups joined by "and", a poll's respondents before a base form, shares as ratios and "a full" share
    ['Farmers and ranchers say they have yet to reap the rewards.', [['Farmers and ranchers', 'they have yet to reap the rewards']]],
    ['Those surveyed say the plan would fail.', [['people surveyed', 'the plan would fail']]],
    ['Nearly nine out of 10 say they will need new skills.', [['Nearly nine out of 10', 'they will need new skills']]],
    ['A full 79 percent of Democrats say they would be satisfied with Orr.', [['a full 79 percent of Democrats', 'they would be satisfied with Orr']]],
    // an everyday adverb opening the sentence ("essential" + "ly") is no name; the subject after it speaks
    ['Essentially, the lawyers looked through the e-mails and said that the chain had a state.gov address.', [['the lawyers', 'the chain had a state.gov address']]],
    ['Kelly, 34, looked through the e-mails and said that the chain had an address.', [['Kelly', 'the chain had an address']]],
    ['Lively, 30, said the plan would fail.', [['Lively', 'the plan would fail']]],
    ['Lively, 30, looked through the e-mails and said that the chain had an address.', [['Lively', 'the chain had an address']]],
    // a weekday inside a name or before its noun is no time; a count of years or yards is no group
    ['"We are ready," said Black Friday organizer Dana Ruiz.', [['Dana Ruiz', 'We are ready']]],
    ['"We are ready," said the Sunday Times.', [['Sunday Times', 'We are ready']]],
    ['After 10 years officials said the plan would fail.', []],
    // a person by role in a city and state; a name before such an appositive; the object of a participle
    ['A priest in Boston, Mass., said the parish would close.', [['a priest in Boston', 'the parish would close']]],
    ['Dana Ruiz, a nurse in Toledo, Ohio, said the ward would close.', [['Dana Ruiz', 'the ward would close']]],
    ['Lawyers representing Dana Ruiz said the case would be appealed.', [['Lawyers representing Dana Ruiz', 'the case would be appealed']]],
    // bodies: a plural possessive inside the name, a branch in a place, "it" after a body spoke
    ["The National Farmers' Federation said its position had not changed.", [["National Farmers' Federation", 'its position had not changed']]],
    ["Reuters' Dana Ruiz said the plan would fail.", [['Dana Ruiz', 'the plan would fail']]],
    ['The Royal College of Nursing in Wales said the budget failed to address a shortage.', [['Royal College of Nursing', 'the budget failed to address a shortage']]],
    // traders are a source by role
    ['Traders in Bangkok said Thai prices had also come under pressure.', [['Traders in Bangkok', 'Thai prices had also come under pressure']]],
    // a region or nationality word opens a name unless a title or a given name follows it
    ['Northern Power Networks said engineers had restored electricity to 9,000 homes.', [['Northern Power Networks', 'engineers had restored electricity']]],
    ['"Mexicans laugh at our tragedies," said German Ortega, one of the stars of the play.', [['German Ortega', 'Mexicans laugh at our tragedies']]],
    // a name with particles, met in a joint subject and its appositive, is found again by its surname
    ['Prime Minister Dana da Silva Mota and his Dutch counterpart, Pieter van der Linden, signed the deal.\n\nDa Silva Mota said the money was ready.\n\nVan der Linden said the port was ready.', [['Dana da Silva Mota', 'the money was ready'], ['Pieter van der Linden', 'the port was ready']]],
    // review R8: "it" is the nearest body that is not a place; a body's branch keeps its place; names inside an
    // opening phrase; -ly adverbs; a weekday before a clause
    ['The ministry said the inquiry was continuing.\n\nThe World Bank approved a loan on Friday. It said the money would go to schools.', [['the ministry', 'the inquiry was continuing'], ['World Bank', 'the money would go to schools']]],
    ['The Israeli Embassy in Washington said the visit was off.', [['Israeli Embassy in Washington', 'the visit was off']]],
    ['After meeting Biden, a farmer in Ames, Iowa, said the crop was ruined.', [['a farmer in Ames', 'the crop was ruined']]],
    ['Quietly, the lawyers looked through the e-mails and said that the chain had an address.', [['the lawyers', 'the chain had an address']]],
    ['"We will act," said Gov. Tim Walz Saturday, despite the protests.', [['Tim Walz', 'We will act']]],
    // a title "of" a portfolio the lexicon does not know, then a person by given name; a Vietnamese "Thi" is a woman
    ['Minister of Water Resources Mahdi bin Rashid al-Hamdani said the units would arrive within three weeks.', [['Mahdi bin Rashid al-Hamdani', 'the units would arrive within three weeks']]],
    ['"Manila is our market," said Grace Orr, a trader.\n\n"Prices are falling," said Nguyen Thi Lan, an exporter. She added that rice had fallen to $370 a tonne.', [['Grace Orr', 'Manila is our market'], ['Nguyen Thi Lan', 'Prices are falling'], ['Nguyen Thi Lan', 'rice had fallen to $370 a tonne']]],
    // a person "of" a body is the person; police ranks are titles
    ['"The real test will come next year," said Daniel Osei of the C.D. Howe Institute.', [['Daniel Osei', 'The real test will come next year']]],
    ['"Moving water is dangerous," said Superintendent Gareth Lowe.', [['Gareth Lowe', 'Moving water is dangerous']]],
    ['Soldiers captured in Kharkiv Oblast are home, the headquarters said. Several of them are seriously ill, it added.', [['the headquarters', 'Soldiers captured in Kharkiv Oblast are home'], ['the headquarters', 'Several of them are seriously ill']]],
  ])('%s', (...row) => check(row));
});

describe('wire datelines', () => {
  it.each([
    ['Orr spoke first.\n\nKYIV, Ukraine — The talks will resume next week, the ministry said.', 'The talks will resume next week'],
    ['Orr spoke first.\n\nLONDON, March 3 (Reuters) - Britain will send more aid, Dana Ruiz said.', 'Britain will send more aid'],
    ['Orr spoke first.\n\nRussia, China — and the rest of the bloc — will meet in June, Dana Ruiz said.', 'Russia, China'],
  ])('%s', (paragraphs, text) => {
    const got = extractStatements(docFrom(paragraphs), seedRegistry()).map((s) => s.text);
    expect(got[0]?.startsWith(text), JSON.stringify(got)).toBe(true);
  });
});

describe('title-case headlines, roles before names, unknown speakers going on', () => {
  it.each<Row>([
    // one spelling of a name whatever its apostrophe (statement ids and speaker lists use it as written)
    ['"We will win," said Brett O’Donnell, a debate coach.', [["Brett O'Donnell", 'We will win']]],
    // a role noun before a name makes it a person, for the pronoun after it
    ['Best-selling author Dinesh Dsouza made his prediction on Tuesday.\n\n"We have to up our game," he added.', [['Dinesh Dsouza', 'up our game']]],
    // in a title-case headline a name ends at the first everyday word after the surname
    ['Maria Lopez Just Made HUGE Prediction About The Race\n\n"We have to up our game," she added.', [['Maria Lopez', 'up our game']]],
    // (a given name no list knows opens no name there: unknown rather than "Dinesh Dsouza Just Made HUGE …")
    ['Dinesh Dsouza Just Made HUGE Prediction About The Race\n\n"We have to up our game," he added.', [[null, 'up our game']]],
    // … and an everyday word or an acronym opens none
    ['As Its Rivals Pair Up, Will Twitter Be Next?\n\nTwitter said it was still operating at a loss.', [['Twitter', 'operating at a loss']]],
    ['Claim That Trump Is In ISIS Recruiting Videos Is Not True\n\n"The group has used Trump," she said.', [[null, 'The group has used Trump']]],
    // a thing of hers in a headline is no source
    ['Schlafly’s Final Column Explains Why She Sees Reagan In Trump\n\nConservative icon Phyllis Schlafly used her final column to praise him.\n\n"Trump reminds me of Reagan," she wrote.', [['Phyllis Schlafly', 'reminds me of Reagan']]],
    // a quotation going on after a speaker no one could be found for stays unknown, not the speaker before
    ['"That is terrible," Trump said.\n\n"It just came out of my mouth," she said. "It was not like I thought about it."', [['Donald Trump', 'That is terrible'], [null, 'not like I thought about it']]],
    // a subject before the pronoun in its own sentence is its antecedent
    ['Maria Lopez stretched the truth when she claimed that the group had used Trump.', [['Maria Lopez', 'the group had used Trump']]],
    // a First Nation is a body, not a title and a surname
    ['Chief Arlene Sampson of the Deer Lake First Nation said the nation is asking the province for a seat at the table.', [['Arlene Sampson', 'asking the province']]],
    // an everyday word and "of" open no name ("Much of Beck’s speech" is no person)
    ['Glenn Beck spoke in Dallas on Monday.\n\nMuch of Beck’s speech was about the election.\n\n"He will divide us even more," he said.', [['Glenn Beck', 'divide us even more']]],
    // given names with accents ("Tomás")
    ['Tomás Varela curled in a free-kick to level.\n\nVarela said the result was harsh.', [['Tomás Varela', 'the result was harsh']]],
    // found by review: the subject is the pronoun's antecedent only before the reported words too
    ['Cyril Ramaphosa spoke at the rally.\n\nJulius Malema is a danger to democracy, he said.', [['Cyril Ramaphosa', 'Julius Malema is a danger']]],
    // … a role is the subject's head only before any preposition
    ['Vladimir Putin spoke on Monday.\n\nThe attack on the opposition leader, Alexei Navalny, shocked Europe. He said the West was to blame.', [['Vladimir Putin', 'the West was to blame']]],
    // … a lead sentence with a lower-case verb is no title-case headline
    ['Prime Minister Narendra Modi met US President Joe Biden at the White House on Friday.\n\nHe said the partnership was strong.', [['Narendra Modi', 'the partnership was strong']]],
    // … an office speaks for its owner in a headline; an inflected verb ends a headline's name
    ["Netanyahu's Office Says Hostage Deal Is Close\n\nTalks went on in Doha.", [["Netanyahu's Office", 'Hostage Deal Is Close']]],
    ['Rishi Sunak Fixes Date For General Election\n\n"The time has come," he said.', [['Rishi Sunak', 'The time has come']]],
    // … "Part of Trump's defence": what follows an everyday word and "of" may still be the subject
    ['Donald Trump spoke in Ohio.\n\nPart of Trump\'s defence collapsed on Tuesday. He said the case was a witch hunt.', [['Donald Trump', 'a witch hunt']]],
    // "WHO" in capitals is the World Health Organization, not "who"
    ['The WHO said in a statement on Wednesday that it welcomed the study.', [['WHO', 'it welcomed the study']]],
    // the name in apposition to a role that opens the sentence is its subject
    ['Anna Koivisto, a spokesperson for the Commission, said the Commission takes note of the letter.\n\nThe minister of agriculture of France, Claire Duval-Roux, was less diplomatic.\n\n"We will not accept this," she said.', [['Anna Koivisto', 'takes note of the letter'], ['Claire Duval-Roux', 'We will not accept this']]],
    // someone's aides are not that someone
    ['Hillary Clinton campaigned in Iowa on Monday.\n\nMrs. Clinton\'s aides said Syria remains a priority for her.', [["Mrs. Clinton's aides", 'Syria remains a priority']]],
    // a final attribution that a participle cue continues: the sentence before it is the reporter's
    ['Paul Manafort spoke on Monday.\n\nMr. Trump will deliver a foreign policy address this month, Mr. Manafort said, adding that he would also hold similar events.', [['Paul Manafort', 'will deliver a foreign policy address'], ['Paul Manafort', 'hold similar events']]],
    // "said little about", "said nothing of": no words reported (but "said nothing would change" reports some)
    ['Sanders said little about how he would do it.', []],
    ['Officials said nothing about the talks.', []],
    ['The minister said nothing would change.', [['the minister', 'nothing would change']]],
    // a share after "more than" or "fewer than"
    ['Even so, three-quarters of the voters said they were worried, and more than 4 in 10 said Donald Trump would be best at handling the economy.', [['three-quarters of the voters', 'they were worried'], ['more than 4 in 10', 'best at handling the economy']]],
    // examples or "for one" set off between the speaker and the cue
    ['Several countries, including France, said they would boycott the summit.', [['Several countries', 'boycott the summit']]],
    ['Breitbart News, for one, noted that the two men are treated differently.', [['Breitbart News', 'treated differently']]],
    // after "But even as …, ": the main clause's speaker says the rest
    ['But even as Trump claimed on Tuesday that "General Petraeus got in trouble for far less," one of the former prosecutors said the two cases were different.', [['Donald Trump', 'General Petraeus got in trouble'], ['one of the former prosecutors', 'the two cases were different']]],
    // a role after the cue, then the person's name in apposition
    ['The plant is under intense pressure from Asian imports, said the company\'s chief executive, John J. Ferriola.', [['John J. Ferriola', 'under intense pressure']]],
    // an everyday adverb before a participle opens the sentence, no name (had given "Hastily"; the subject after so
    // long an opener is not read yet: unknown rather than wrong)
    ['Hastily politicizing the tragedy, much like he did after Paris, Trump cast the blame on his rivals, and emphasized the threat that terrorism poses.', []],
    // a capitalised preposition or opener word is no name ("Alongside BLM", "Back", "Shortly")
    ['Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose.', [['a top GOP strategist', 'Clinton will have to choose']]],
    ['Back in 1999, Mr. Trump expressed admiration for Mr. Clinton, telling CNBC: "I wish I could be like that."', [['Donald Trump', 'I wish I could be like that']]],
    ["Shortly after the announcement of Scalia's death, Senate Majority Leader Mitch McConnell issued a statement saying that the Senate should wait.", [['Mitch McConnell', 'the Senate should wait']]],
    // found by review R10: a role noun before a name makes the subject; a subordinator or particle in a headline;
    // "nothing more could be done" reports words; a surname in -ly before its cue; an appositive company is no person
    ['Clinton campaign manager Robby Mook met donors on Monday. He said the race was tight.', [['Robby Mook', 'the race was tight']]],
    ['Trump Says He Will Accept Results if He Wins\n\n"We will see," he said.', [['Donald Trump', 'He Will Accept Results'], ['Donald Trump', 'We will see']]],
    ['Doctors said nothing more could be done.', [['Doctors', 'nothing more could be done']]],
    ['Lively denied that the film was delayed.', [['Lively', 'the film was delayed']]],
    ["Prices will rise, said the fund's manager, Goldman Sachs.", [["the fund's manager", 'Prices will rise']]],
    // the subject of an opening "When …" clause is the main clause's pronoun's antecedent; not of an "If …" clause
    ['Hillary Clinton spoke first. When Trump took the stage, he said the election was rigged.', [['Donald Trump', 'the election was rigged']]],
    ['Jim Bennett backs Cruz. If Trump does not become the nominee, he said he would settle for a rival.', [['Jim Bennett', 'he would settle for a rival']]],
    // a state abbreviation after its city is where someone is from, never the speaker
    ['"Both candidates scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.', [['Harry Bond', 'Both candidates scare me']]],
    // (a borough's name after a comma is still a surname: "… than Trump, Bolton said")
    ['As for pundits who find Clinton more palatable than Trump, Bolton said, "They do not understand her."', [['Bolton', 'They do not understand her']]],
    // a section label in capitals with an article in it is a heading, not a speaker's label
    ['STAT OF THE WEEK: $43 million, the amount of money in subsidies the Port Authority approved.', []],
    // a role written in capitals before a given name is no part of the name
    ['McCain Challenger Kelli Ward said the attorney general should be impeached.', [['Kelli Ward', 'should be impeached']]],
    ['"Hillary Clinton will lose," Pastor Kevin Swanson said on his radio show.', [['Kevin Swanson', 'Hillary Clinton will lose']]],
    // where a person is from is no part of the name ("… Paul D. Ryan of Wisconsin")
    ['House Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" state of the campaign.', [['Paul D. Ryan', 'disheartened']]],
    // "critics who say …" inside a clause with its own subject and verb: not the subject's statement, the critics'
    ['President Obama passionately rebuked critics who say he should condemn terrorists as radicals.', [['critics', 'he should condemn terrorists as radicals']]],
    // a relative clause in the appositive ends at the comma before the sentence's own cue
    ['Zeke Emanuel, an oncologist who advised Obama on the overhaul, said the law has been a success.', [['Zeke Emanuel', 'the law has been a success']]],
    // to advise someone on something, or to advise a firm, is a job, not a statement; advising someone to act is one
    ['Effron is advising Pfizer as it works on a merger with Allergan.', []],
    ['The embassy advised citizens to leave the country immediately.', [['the embassy', 'to leave the country immediately']]],
    // a sentence adverb before its comma is no name ("Likewise, Trump …")
    ['Likewise, Trump went after Clinton for her remarks and called for her to quit the race.', [['Donald Trump', 'her to quit the race']]],
    // "for" after a title word is inside the subject ("Cabinet Secretary for Transport Huw Ellis" is the "he" after)
    ['Ffion Jenkins said the app showed a bus.\n\nCabinet Secretary for Transport Huw Ellis thanked rail staff “who have worked through the night”.\n\nHe said the government would look again at drainage.', [['Ffion Jenkins', 'the app showed a bus'], ['Huw Ellis', 'would look again at drainage']]],
    // a short bracket inside the appositive after an inverted speaker ("15 kilometers (9 miles)")
    ['"I left home at 5 a.m. and I am still not at work," said Grace Atieno, a cleaner who walked to the hospital, a distance of about 15 kilometers (9 miles).', [['Grace Atieno', 'I left home at 5 a.m.']]],
    // an adjective in -ed before its noun is no second predicate ("the heat and unsettled weather could last")
    ["Samantha Phillips, the city's emergency operations director, said the heat and unsettled weather could last all week.", [['Samantha Phillips', 'the heat and unsettled weather could last all week']]],
    // an adverb of manner between the subject and the cue ("Mr. Rubio defiantly told"), not after a negation
    ['Mr. Rubio defiantly told voters on Sunday that he would keep attacking the president.', [['Marco Rubio', 'he would keep attacking the president']]],
    ['The newspaper could not independently confirm whether the new price had taken effect.', []],
    // ", and said" after an aside on what the statement before was about: the same subject speaks
    ['Mr. Schultz generally supported Democrats during his time on MSNBC, which let him go in 2015, and said he did not support Mr. Trump.', [['Schultz', 'he did not support Mr. Trump']]],
    // BBC vox pops: a person a sentence introduces, then a bare quotation in the paragraph, is that person's (never
    // the speaker of the paragraph before)
    ['"We have done everything we can," the council leader, Gareth Hughes, said.\n\nAnn Price has lived on Queen Street for 40 years. "It has never been this bad."\n\nHer neighbour, Tom Bell, has started taking his rubbish to the tip himself. "What choice do I have?"', [['Gareth Hughes', 'We have done everything we can'], ['Ann Price', 'It has never been this bad'], ['Tom Bell', 'What choice do I have?']]],
    // a thing kept as written ("the conference") is no "she"; "his mother" is no "he"
    ['Jessica Moreno scored twice.\n\nThe conference announced after the game that Moreno had been named MVP.\n\n"Tonight we celebrate," she said.', [['the conference', 'Moreno had been named MVP'], ['Jessica Moreno', 'Tonight we celebrate']]],
    // the sentence's subject after an opening clause, with a role before the name, for a joined verb
    ['When the final whistle blew, senior captain Maya Lindgren ran to the bench, grabbed the trophy, and crowed, "Told you! I told every single one of you!"', [['Maya Lindgren', 'I told every single one of you']]],
    // a team's answer is a score; a count opens a group, never a name ("Nearly" is no speaker)
    ['Carver took the lead. Lakeshore State answered eight minutes later when Kayla Brooks poked in a rebound.', []],
    // the writer's own second predicate after a perfect is not the source's words (a pronoun's or a thing's)
    ['Smith said the plan had failed and blamed the mayor.', [['Smith', 'the plan had failed']]],
    ['Dana Ruiz said she had not seen the report and declined to comment further.', [['Dana Ruiz', 'she had not seen the report']]],
    // a subheading that quotes words to come is no statement
    ['Ms Darcy said the service would resume in April.\n\n‘They just need a path’\n\nSome neighbours are not waiting for the city.', [['Darcy', 'the service would resume in April']]],
    // a participle of speaking between a subject and its cue, no commas
    ['A senior official speaking on condition of anonymity said the talks had stalled.', [['a senior official', 'the talks had stalled']]],
    // any participle with a place or object after a person's noun, no commas ("a man standing by the road"); not a noun
    // in -ing after a determiner ("a person familiar with the planning for …")
    ['"The bridge is gone," a man standing by the flooded road at Pooley Bridge tells our correspondent.', [['a man', 'The bridge is gone']]],
    // a quotation ending in a question, then a long frame after the cue and its addressee: the quotation's speaker
    ['Cameron criticised Trump in parliament.\n\n“It looks like we are not going to have a very good relationship, who knows?” Trump told Britain’s ITV television station in an interview aired on Monday when asked how ties would fare if he won.', [['Donald Trump', 'who knows?']]],
    // a frame after the addressee, then "that": the content opens after it
    ['Putin told Xi at the start of talks in the Great Hall of the People that Moscow and Beijing had always stood together.', [['Vladimir Putin', 'Moscow and Beijing had always stood together']]],
    // "states" after a modifier is the noun; "see" after a modal is seeing, unless a view follows with "as"
    ['Most Southern states that will hold contests in March have sizable minority populations.', []],
    ['A typical voter will see the ad at least 10 times before the primary.', []],
    // a participle joined to the sentence: its subject after a dateline with a state's stop, or after an opening
    // participle's clause
    ['DECATUR, Ill. — Sen. Ted Cruz weighed in on the allegations, calling the behavior a “fireable offense.”', [['Ted Cruz', 'fireable offense']]],
    ['Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”', [['Donald Trump', 'a total stiff']]],
    // a time between a one-word addressee and the clause ("told Reuters on Friday the company would …")
    ['Smith told Reuters on Friday the company would cut 500 jobs.', [['Smith', 'the company would cut 500 jobs']]],
    // a subject with an appositive introduces the quotation after it, with a form of "be" ("Jones, the mayor, was not
    // convinced"); not an event ("Jeremy Hunt, her predecessor, introduced …"), nor a quotation about the person
    ['Smith said the plan was sound. Jones, the mayor, was not convinced. "It will never work."', [['Smith', 'the plan was sound'], ['Jones', 'It will never work']]],
    ['Union president Mary Cole said the governor had broken his word. John Baker, the governor, was elected on a promise to protect pensions. "He has betrayed every worker in this state."', [['Mary Cole', 'the governor had broken his word'], ['Mary Cole', 'He has betrayed every worker']]],
    // a participle's phrase after a group, no commas; a cue form after a preposition inside it is a noun
    ['Residents living near the plant said the smell was unbearable.', [['Residents', 'the smell was unbearable']]],
    ['Police responding to reports of gunfire said they found two men injured.', [['Police', 'they found two men injured']]],
    // an office's initials before one word are a firm's name
    ['TD Securities said the bank would cut rates in March.', [['TD Securities', 'would cut rates in March']]],
    // a person by role kept as written is no one's full name: "Marchetti" is not "a representative for Marchetti"
    ['Delia Marchetti postpones tour\n\n"She had a procedure last week," a representative for Marchetti said.\n\nMarchetti, 29, addressed fans herself on Tuesday.\n\n"I have been singing through pain for months," she wrote on Instagram.', [['a representative for Marchetti', 'She had a procedure last week'], ['Delia Marchetti', 'singing through pain']]],
    // a department named for its country is a body, whole ("Environment Canada", not "Canada")
    ['Environment Canada said a band of warmer air had moved over the southern Interior.', [['Environment Canada', 'a band of warmer air had moved']]],
    // "a.m." before a day is no sentence end
    ['The highway reopened to single-lane traffic at about 10 a.m. Thursday, DriveBC said in an update.', [['DriveBC', 'The highway reopened to single-lane traffic']]],
    // a role without an article before its preposition ("emergency program co-ordinator for the Regional District …")
    ['"Everybody was good about it," Doreen Matheson, emergency program co-ordinator for the Regional District of Similkeen, said.', [['Doreen Matheson', 'Everybody was good about it']]],
    // a given name that ends a place's name is the place's: "New Zealand Rugby" is no "Zealand Rugby"
    ['New Zealand Rugby confirmed in a statement that the player had been cited for a dangerous tackle.', [['New Zealand Rugby', 'had been cited for a dangerous tackle']]],
    // Irish and Canadian titles (TD, MLA) and "councillor" before a name are roles, not part of it
    ['Local TD Tomás Quirke said he would raise the matter with the minister.', [['Tomás Quirke', 'he would raise the matter']]],
    ['Fine Gael councillor Michael Fogarty said there was support for the pool.\n\nHe said the money was not in question.', [['Michael Fogarty', 'support for the pool'], ['Michael Fogarty', 'the money was not in question']]],
    // a body named for its place ("Natural Resources Wales") is no "he"; the Welsh particle "ap" is part of a name
    ['Natural Resources Wales said 14 flood warnings remained in place.\n\nCabinet Secretary for Transport Huw Ellis thanked rail staff.\n\nHe said the government would look again at drainage.', [['Natural Resources Wales', '14 flood warnings remained in place'], ['Huw Ellis', 'would look again at drainage']]],
    ['The transport spokesman, Rhys ap Owen, said the network had been left to crumble.', [['Rhys ap Owen', 'left to crumble']]],
    // a quantifier right after the cue opens the content ("said both …", "said all …"), not "said all along"
    ['The EFF said both the ANC and the DA had failed poor households.', [['EFF', 'both the ANC and the DA had failed']]],
    // a body's role before a name, then a participle: the named person speaks
    ['DA energy spokesperson Pieter van der Merwe hit back within hours, accusing the minister of hiding behind technicalities.', [['Pieter van der Merwe', 'the minister of hiding behind technicalities']]],
    // "while" with no comma before it is a clause of time inside the content, not another source
    ['The witness said the driver laughed while he told officers he had done nothing wrong.', [['the witness', 'the driver laughed while he told officers he had done nothing wrong']]],
    // "X's push … helped convince some lawmakers who thought …": a clause with its verb is no speaker phrase
    ["Sanders's push for health centers helped convince some lawmakers who thought the law did not go far enough.", []],
  ])('%s', (...row) => check(row));
});

describe('datelines of the Indian and Pakistani press', () => {
  it('leaves "New Delhi:" out of the statement', () => {
    const got = extractStatements(docFrom('New Delhi: The ministry will cut fuel prices next month, the minister said.'), seedRegistry());
    expect(got.map((s) => s.text)).toEqual(['The ministry will cut fuel prices next month']);
  });
});

describe('courts by number, sentences opened by a conjunction, comments after a dash', () => {
  it.each<Row>([
    // capitalised words after an ordinal name a body, never a person called "Circuit"
    ['The 6th Circuit said the law was valid.', [['6th Circuit', 'the law was valid']]],
    ['The U.S. Court of Appeals for the 2nd Circuit said the law was valid.', [['U.S. Court of Appeals for the 2nd Circuit', 'the law was valid']]],
    // a "But" opening the sentence does not hide its subject from a joined verb
    ['But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already provided more early voting.', [['U.S. Court of Appeals for the 6th Circuit', 'Ohio already provided more early voting']]],
    ['But the court overruled and said Ohio already provided more early voting.', [['the court', 'Ohio already provided more early voting']]],
    // a time phrase opening the sentence is no speaker
    ['But a few days later, Orr reversed himself, telling CBS that the laws “are set.”', [['Orr', 'the laws “are set.”']]],
    ['A few days later, Orr reversed himself, telling CBS that the laws “are set.”', [['Orr', 'the laws “are set.”']]],
    // nor a clause about another subject between the subject and the joined verb
    ['And the trade agreement, which Orr had called a "disaster" and promised to "rip up"?', []],
    // a currency sign inside the appositive after an inverted speaker
    ['"This is our town!" said Dana Ruiz, 39, a waitress at a diner, which serves a $4 breakfast special.', [['Dana Ruiz', 'This is our town!']]],
    // the writer's comment on the sentence after a dash is no part of the frame
    // a body whose name goes on over "and"
    ["Nepal's Department of Hydrology and Meteorology said in a statement that three glacial lakes were being monitored.", [["Nepal's Department of Hydrology and Meteorology", 'three glacial lakes were being monitored']]],
    ['The Department of Fisheries and Oceans said the area would close.', [['Department of Fisheries and Oceans', 'the area would close']]],
    // a time after a closing cue, then a participle cue of its own
    ['Glaciers lost more ice than in any year, the agency said on Thursday, adding that some ranges could be ice-free.', [['the agency', 'Glaciers lost more ice'], ['the agency', 'some ranges could be ice-free']]],
    ['Glaciers lost more ice than in any year, Dana Ruiz told reporters on Thursday, adding that some ranges could be ice-free.', [['Dana Ruiz', 'Glaciers lost more ice'], ['Dana Ruiz', 'some ranges could be ice-free']]],
    // a report and how it came out: its issuer after "by", else the report as written (never an earlier body)
    ['The FBI said the attack was planned. Still, a report released by the Brookings Institution last year said 46,000 accounts were used.', [['FBI', 'the attack was planned'], ['Brookings Institution', '46,000 accounts were used']]],
    ['The FBI said the attack was planned. A report published on Monday in the journal Nature said that meltwater could peak early.', [['FBI', 'the attack was planned'], ['a report', 'meltwater could peak early']]],
    // a body's noun after capitalised words belongs to them
    ['The Sanders campaign responded Friday, saying lobbyists had donated to a super PAC.', [['Sanders campaign', 'lobbyists had donated']]],
    ['WASHINGTON -- The deficit will grow this year, the Congressional Budget Office reported on Tuesday -- a development that worries both parties.', [['Congressional Budget Office', 'The deficit will grow this year']]],
  ])('%s', (...row) => check(row));
});

describe('surnames of two words, roles written before a name, what a family role says', () => {
  it.each<Row>([
    // "of the Liberal Party" describes the speaker before it
    ['"The president did not listen," Ocampo, of the Liberal Party, told reporters outside Congress.', [['Ocampo', 'The president did not listen']]],
    // the first of two surnames names the person on second reference
    ['President Rodrigo Aquino Benítez declared an emergency.\n\n"We will act," Celestino Aranda, a trucker, said.\n\nAquino ended his address with an appeal to the drivers.\n\n"I ask the truckers to go home," he said.', [['Celestino Aranda', 'We will act'], ['Rodrigo Aquino Benítez', 'I ask the truckers to go home']]],
    // a family role beats a guess from the first name
    ["Jack's mum Kerry Treloar said the months had been a nightmare.\n\n\"We sent him to work,\" she said.", [['Kerry Treloar', 'the months had been a nightmare'], ['Kerry Treloar', 'We sent him to work']]],
    // a role written before a full name anywhere in the text ("Asked by area coroner …") is that person's
    ['An apprentice died, a coroner has concluded.\n\nAsked by area coroner Rachel Penhaligon whether Jack had worn a harness, Liam Pascoe said: "No."\n\n"Jack was young," the coroner said.', [['a coroner', 'An apprentice died'], ['Liam Pascoe', 'No.'], ['Rachel Penhaligon', 'Jack was young']]],
    // a role is matched by whole words ("the president" is no presidential candidate); a country is no one's role
    ['Republican presidential candidate Dana Ruiz spoke in Iowa.\n\n"We need a plan," the president said.', [['the president', 'We need a plan']]],
    ['Sergey Lavrov, the Russian foreign minister, spoke.\n\n"We are ready," the US said.', [['the US', 'We are ready']]],
  ])('%s', (...row) => check(row));
});

describe('families, bodies described as one, reports with an adjective, agency datelines', () => {
  it.each<Row>([
    // a family speaks as a group
    ['His family said: "Jack was the light of our lives."', [['His family', 'Jack was the light of our lives']]],
    ['In a tribute released through the solicitors, his family said: "Jack was the light of our lives."', [['his family', 'Jack was the light of our lives']]],
    // a company described by an appositive of its kind
    ['Acme Ltd, the Ahmedabad-based company named by the Congress, said it had not been informed.', [['Acme Ltd', 'it had not been informed']]],
    ['Tata Motors Ltd, the parent company of Jaguar Land Rover, said sales had fallen.', [['Tata Motors Ltd', 'sales had fallen']]],
    ['Acme Ltd, the company which won the contract, said it was pleased with the result.', [['Acme Ltd', 'it was pleased with the result']]],
    // an adjective between the determiner and the document noun of the frame
    ['The inspector general said in an annual report that the contract was behind schedule.', [['the inspector general', 'the contract was behind schedule']]],
    // the Indian wire dateline: place, date and agency in brackets, no dash
    ['New Delhi, Dec 3 (PTI) The Congress on Thursday alleged that the tender had been rigged.', [['Congress', 'the tender had been rigged']]],
    // a scene opening the sentence before the clause a quotation completes
    ['Behind the scenes, Mr. Vander Plaats is "activating his personal network," said Bryan English.', [['Bryan English', 'Mr. Vander Plaats is "activating his personal network']]],
  ])('%s', (...row) => check(row));
});

describe('(review) surnames, roles before names, issuers, dashes and openers', () => {
  it.each<Row>([
    // the last surname first: "Huckabee" is Mike Huckabee, not Sarah Huckabee Sanders
    ['Mike Huckabee spoke. Sarah Huckabee Sanders spoke too.\n\nHuckabee, who is now ambassador to Israel, said the deal was good.', [['Mike Huckabee', 'the deal was good']]],
    // a name after "told the coroner" with a verb of its own is the content's subject, not the coroner
    ['The pathologist told the coroner Claire Bates had died of head injuries.\n\n"It was an accident," the coroner said.', [['the pathologist', 'Claire Bates had died'], ['the coroner', 'It was an accident']]],
    // "Man of the match" gives no sex: only a family tie beats the first name
    ['Leah Williamson said the team was ready.\n\nMan of the match Aitana Bonmatí said the win was deserved.\n\n"We never stopped," she said.', [['Leah Williamson', 'the team was ready'], ['Aitana Bonmatí', 'the win was deserved'], ['Aitana Bonmatí', 'We never stopped']]],
    // who obtained a report did not issue it; a preposition inside the issuer's name
    ['A report obtained by The Associated Press said the plan was flawed.', [['a report', 'the plan was flawed']]],
    ['A report released by the Institute for Fiscal Studies said taxes would rise.', [['Institute for Fiscal Studies', 'taxes would rise']]],
    // a modal after the dash carries on the reported clause; a clause after an inverted speaker keeps the statement
    ['Dana Ruiz said the economy had turned the corner - and it would grow faster next year.', [['Dana Ruiz', 'and it would grow faster next year']]],
    ['Sales will slow, the company said, and profit could fall to $4 billion.', [['the company', 'Sales will slow']]],
    ['Prices will rise, said the central bank, and inflation will hit 5% in June.', [['central bank', 'Prices will rise']]],
    // a conjunction before a body read as before; a comma after "earlier" that closes an appositive
    ['And the local council responded, saying the road would reopen.', [['the local council', 'the road would reopen']]],
    ['Johnson, sacked days earlier, hit back at the party, saying it had betrayed voters.', [['Johnson', 'it had betrayed voters']]],
    // a participle's aside after the time, then the content
    ['The ministry said on Thursday, citing security concerns, that the border would close.', [['the ministry', 'the border would close']]],
    // a report is a body's, never the last person quoted
    ['"This is a crisis," WMO Deputy Secretary-General Ingrid Solberg told reporters in Geneva.\n\nThe report said that glaciers in the Alps had lost eight percent of their volume.', [['Ingrid Solberg', 'This is a crisis'], ['the report', 'glaciers in the Alps had lost']]],
    // "of" joins only a body's name
    ['Ocampo of the Liberal Party hit back, saying the decree was illegal.\n\nOcampo said it was a failure.', [['Ocampo', 'the decree was illegal'], ['Ocampo', 'it was a failure']]],
  ])('%s', (...row) => check(row));
});

describe('joined verbs after a frame, sources opening with "as"', () => {
  it.each<Row>([
    // where and why, then a joined verb: the same subject speaks
    ['Dana Ruiz criticised Orr in parliament over his call for the ban and suggested that he would unite the country against him.', [['Dana Ruiz', 'he would unite the country against him']]],
    // an adverb before the cue, a party tag after the name
    ['As BuzzFeed News first reported, Orr voiced support for the war in a 2002 discussion.', [['BuzzFeed News', 'Orr voiced support for the war']]],
    ['As the Guardian first reported on Monday, the minister had resigned before the vote.', [['Guardian', 'the minister had resigned before the vote']]],
    ['As House Speaker Dana Ruiz (R-Wis.) has pointed out, the plan is basically a tax on the poor.', [['Dana Ruiz', 'the plan is basically a tax on the poor']]],
  ])('%s', (...row) => check(row));
});

describe('(review 26) possessives after a conjunction, issuers of findings, reports, scenes, questions', () => {
  it.each<Row>([
    // a possessive's noun after "And" is no word of the owner's (the lawyers speak, not Orr)
    ["And Orr's lawyers responded on Friday, saying the indictment was political.", [["Orr's lawyers", 'the indictment was political']]],
    // "the report" is the body's that just spoke, else kept as written
    ['Police said the crash happened at 3am. A report by the coroner said the driver had been drinking. The report said the road was poorly lit.', [['Police', 'the crash happened at 3am'], ['the coroner', 'the driver had been drinking'], ['the report', 'the road was poorly lit']]],
    // the body that put out the last report introduced, not a body that only answered it
    ['The IMF published its annual report on Tuesday. The report said growth would slow.', [['IMF', 'growth would slow']]],
    ['A report by the Government Accountability Office said shutdowns were costly. The Pentagon said it would review the findings. The report said the costs were never recovered.', [['Government Accountability Office', 'shutdowns were costly'], ['Pentagon', 'it would review the findings'], ['Government Accountability Office', 'the costs were never recovered']]],
    // a preposition of place right before its verb opens the clause, not a scene
    ['Behind the wheel was "a man in his 60s," police said.', [['police', 'Behind the wheel was "a man in his 60s']]],
  ])('%s', (...row) => check(row));

  it('keeps the issuer of a finding, and ends a question put before the writer\'s words', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.speaker, s.act, s.text]);
    expect(got('A study published by The Lancet found that most patients recovered.')).toEqual([['Lancet', 'found', 'most patients recovered']]);
    expect(got('Maria Lopez asked whether the deal was off, but no answer was given.')).toEqual([['Maria Lopez', 'asked', 'whether the deal was off']]);
  });
});

describe('a pronoun is never the person its own clause addresses', () => {
  it.each<Row>([
    ['Maria Lopez and Dana Ruiz met on Monday. She told Ruiz the plan was dead.', [['Maria Lopez', 'the plan was dead']]],
    // (with no one else it fits, the speaker stays unknown)
    ['Tom Bell spoke first. "Voters have been horribly abused," he told Bell.', [[null, 'Voters have been horribly abused']]],
    // (a name later in the frame is no addressee; an opening clause's subject stays the antecedent)
    ['When Dana Ruiz took the stage, she told the crowd the plan was dead.', [['Dana Ruiz', 'the plan was dead']]],
  ])('%s', (...row) => check(row));
});

describe('(review 27) lists are no transcript, questions keep their asides, titles before an addressee', () => {
  it.each<Row>([
    // "Label: A, B, C, D" is a list, not a turn
    ['Arsenal 2 Chelsea 1\n\nVenue: Emirates Stadium, London, England, Saturday\n\nReferee: Michael Oliver, Northumberland, England, FIFA\n\nArteta said the win was deserved.', [['Arteta', 'the win was deserved']]],
    // a possessive's name after "But" speaks; the possessive alone is no subject
    ["But Britain's Prime Minister Dana Ruiz responded, saying the plan would work.", [['Dana Ruiz', 'the plan would work']]],
    // a title and its name after "told": the pronoun is not that person, the content starts after the name
    ['Tom Brady met the coach. Bill Belichick said nothing. He told Mr. Belichick he would retire.', [['Tom Brady', 'he would retire']]],
    ["Tom Bell said nothing. He told Smith's lawyer the case was a sham.", [['Tom Bell', 'the case was a sham']]],
  ])('%s', (...row) => check(row));

  it('keeps an appositive or a second question inside a question put, and reads no relative or hedge as one', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.act, s.text]);
    expect(got('The MP asked whether the company, the largest employer in the town, would keep the plant open.')).toEqual([['asked', 'whether the company, the largest employer in the town, would keep the plant open']]);
    expect(got('Critics asked how much the scheme would cost, and who would pay for it.')).toEqual([['asked', 'how much the scheme would cost, and who would pay for it']]);
    expect(got('Police asked anyone who saw the crash whether they had dashcam footage.')).toEqual([]);
    expect(got('Officials asked residents where possible to stay indoors.')).toEqual([]);
  });
});

describe('a second cue after a split quotation, and whom the words are about', () => {
  it.each<Row>([
    // "adding," and "and added," before the second quotation: it is a statement of its own
    ['"They are not affiliated with the campaign," Dana Hicks said, adding, "Mr. Trump is grateful for their support."', [['Dana Hicks', 'They are not affiliated'], ['Dana Hicks', 'Mr. Trump is grateful']]],
    ['"They are not affiliated," Dana Hicks said, and added, "Mr. Trump is grateful for their support."', [['Dana Hicks', 'They are not affiliated'], ['Dana Hicks', 'Mr. Trump is grateful']]],
    // (a cue word as a noun in the frame splits nothing)
    ['"I am just not ready to do that," Paul Ryan told CNN about extending his support to Trump. "I am not there right now. And I hope to."', [['Paul Ryan', 'I am not there right now']]],
  ])('%s', (...row) => check(row));

  it('starts the content after "of" and whom it names, and only there', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => s.text);
    expect(got('"We started the talks," Paul Manafort said, adding of Mr. Trump, "He cares about the united team."')).toEqual(['We started the talks', 'He cares about the united team.']);
    expect(got('Dana Ruiz said of the plan that it would fail.')).toEqual(['it would fail']);
    expect(got('Mr. Trump said of the episode, "I don\'t like it," adding that "they have anger."')).toEqual(["I don't like it", 'they have anger.']);
    // ("that" opening a relative clause is no content)
    expect(got('Ted Cruz boasted of his appeal to the voters that comprise the base.')).not.toContain('comprise the base');
  });
});

describe('relative clauses around an attribution, and the writer\'s name for the words', () => {
  it.each<Row>([
    // a "that" inside a relative clause about an inverted speaker, with no cue of its own
    ['"We have a networking ability," said Tom Brown, who has taken on tasks that a campaign normally would.', [['Tom Brown', 'We have a networking ability']]],
    // a long appositive with two relative clauses
    ['"We will be in combat," said Marc Elias, a Washington lawyer who has filed many of the suits against the laws and whose firm represents Hillary Clinton and a host of party officeholders and committees.', [['Marc Elias', 'We will be in combat']]],
    // (a relative clause with a cue of its own is still the next statement)
    ['"We will win," said Tom Weld, who added that the party was united.', [['Tom Weld', 'We will win'], ['Tom Weld', 'the party was united']]],
    // "in which he declares, “…”", "at which he predicted that …"
    ['Marco Rubio is airing a new ad, in which he declares, "The purpose of our life is to serve."', [['Marco Rubio', 'The purpose of our life']]],
    ['Bernie Sanders held a news conference at which he predicted that neither candidate would win outright.', [['Bernie Sanders', 'neither candidate would win outright']]],
  ])('%s', (...row) => check(row));

  it('ends the content before ", comments that …" and ", a claim aides denied", not inside a list', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => s.text);
    expect(got('Ben Carson hinted that a shakeup was imminent, comments that were echoed by aides.')).toEqual(['a shakeup was imminent']);
    expect(got('Tom Bell said the contest had been rigged, a charge that party leaders denied.')).toEqual(['the contest had been rigged']);
    expect(got('Tom Bell said that a shakeup was imminent, a claim aides denied.')).toEqual(['a shakeup was imminent']);
    expect(got('Tom Bell said the committee would review the claims, comments and letters it received.')).toEqual(['the committee would review the claims, comments and letters it received']);
    expect(got('Patti Davis said that whatever he meant, words have the power to inspire actions.')).toEqual(['whatever he meant, words have the power to inspire actions']);
  });
});

describe('a short opener of time or place before a pronoun, after a conjunction too', () => {
  it.each<Row>([
    ['Hillary Clinton spoke. Although in September she said her decision was a mistake, at the town hall this week she said she did not believe it amounted to an error.', [['Hillary Clinton', 'her decision was a mistake'], ['Hillary Clinton', 'she did not believe it amounted']]],
    ['Vladimir Putin spoke for hours. In years past, he had sharp words for Washington, but this time he said the talks with Kerry had helped.', [['Vladimir Putin', 'the talks with Kerry had helped']]],
    // (a time alone is when, not what: "the very place he proposed two months ago")
    ['Bernie Sanders will debate on the very day and in the very place he proposed two months ago.', []],
  ])('%s', (...row) => check(row));
});

describe('(set M) particles, bare roles, document notices and quantities forecast', () => {
  it.each<Row>([
    // a role and its participle before a name: the name is where the role stands, not the speaker
    ['Aaron Bell, 27, was struck at 6:40 a.m.\n\nA motorist driving behind Bell told investigators she saw a pickup drift onto the shoulder.', [['a motorist driving behind Bell', 'she saw a pickup drift']]],
    // a role without an article ending in "-person", its appositive holding a group's name
    ["Rodel Cabrera, spokesperson for the farmers' group Samahan ng Magsasaka sa Gitnang Luzon, said prices had dropped.", [['Rodel Cabrera', 'prices had dropped']]],
    // a lower-case particle inside a name after a role with "for"
    ['BOC deputy commissioner for assessment and operations Arnel dela Rosa told the committee that the entries had passed.\n\n"We followed the process," Dela Rosa said.', [['Arnel dela Rosa', 'the entries had passed'], ['Arnel dela Rosa', 'We followed the process']]],
    // a warning that states; "…, the affidavit states." closing a sentence
    ['The River Forecast Centre issued a flood warning. The warning states that river levels "are expected to peak Wednesday evening."', [['the warning', 'are expected to peak']]],
    ['Investigators recovered a broken side mirror at the scene, the affidavit states.', [['the affidavit', 'Investigators recovered a broken side mirror']]],
  ])('%s', (...row) => check(row));

  it('reads a forecast of a quantity as a finding, and "states" as a noun elsewhere', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.speaker, s.act, s.text]);
    expect(got('Environment Canada is forecasting another 40 to 60 millimetres of rain by Thursday.')).toEqual([['Environment Canada', 'found', 'another 40 to 60 millimetres of rain by Thursday']]);
    expect(got('The border runs between the two states.')).toEqual([]);
    expect(got('The storm warning remains in effect until Friday.')).toEqual([]);
  });
});

describe('(set M) numbered wards, shares with a clause, answers that are actions, titles in captions', () => {
  it.each<Row>([
    ['Meanwhile, residents of Ward 14, who blockaded the road with burning tyres on Monday, said they had no interest in the chair.', [['residents of Ward 14', 'they had no interest in the chair']]],
    // a share's phrase never holds a clause of its own
    ['Shares in Corvane Group jumped as much as 18% on Thursday after the British packaging maker confirmed it had received an approach.', [['the British packaging maker', 'it had received an approach']]],
    // what was answered is no answer; a clause or a quotation is
    ['Dr Alan Fairweather answered questions from members of the public for nearly an hour.', []],
    ["Keir Starmer replied: ‘The right honourable lady left us a black hole.’", [['Keir Starmer', 'left us a black hole']]],
    ['Dana Ruiz replied he would not resign.', [['Dana Ruiz', 'he would not resign']]],
    // a title written with the name anywhere (a caption) is the person's, for "the governor" later
    ['Ohio Gov. John Kasich answers a question as Jeb Bush listens.\n\nJohn Kasich said Saturday that the plan was fine.\n\nTed Cruz spoke next.\n\nThe Ohio governor said the U.S. needs to secure the border.', [['John Kasich', 'the plan was fine'], ['John Kasich', 'needs to secure the border']]],
  ])('%s', (...row) => check(row));
});

describe('(set M) the person a question was put to, named by role', () => {
  it.each<Row>([
    ['Taoiseach Ciarán Mulcahy said beds would open. Aoife Brannigan spoke next.\n\nLabour leader Aoife Brannigan asked the Taoiseach whether he would publish the modelling.\n\nHe said he would "have no difficulty" with that.', [['Ciarán Mulcahy', 'beds would open'], ['Ciarán Mulcahy', 'have no difficulty']]],
    // (a group asked is no one's "he")
    ['Tom Bell said the plan was dead. Reporters asked the officials whether it would pass.\n\nHe said it would not.', [['Tom Bell', 'the plan was dead'], ['Tom Bell', 'it would not']]],
  ])('%s', (...row) => check(row));
});

describe('(PolNeAR train) people tied to someone, subordinate reports, places, objects', () => {
  it.each<Row>([
    // a person described by whom they are tied to is that person, not the one named
    ['An ally of Clinton said she would do an about-face.', [['an ally of Clinton', 'she would do an about-face']]],
    ['A longtime friend of Clinton said she would do an about-face.', [['a longtime friend of Clinton', 'she would do an about-face']]],
    ['A Clinton ally suggested she would do an about-face.', [['a Clinton ally', 'she would do an about-face']]],
    // a clause of time with its own source and cue of speech is that source's statement
    ['John Kasich said he is tough enough to be president after a woman in Worcester, Massachusetts, told him she worries he is too nice.', [['John Kasich', 'he is tough enough to be president'], ['a woman in Worcester', 'she worries he is too nice']]],
    ['The Times reported the email came hours after Donald Trump said he would ban Muslims.', [['Times', 'the email came hours after Donald Trump said']]],
    ['Sidney Blumenthal said he has "no idea" if he would have told Clinton not to use a server.', [['Sidney Blumenthal', 'if he would have told Clinton']]],
    // a place is a body, never "she"
    ['Penny Nance spoke first. South Carolina and South Dakota passed laws. The legislature passed a measure; Gov. Mary Fallin vetoed the bill because she said it was unconstitutional.', [['Mary Fallin', 'it was unconstitutional']]],
    // a firm's name with an ampersand; a participle of a cue ends the clause
    ['Analysts at Marlow & Finch wrote in a note that a bidding war was possible, pointing to a lack of buyers.', [['Analysts at Marlow & Finch', 'a bidding war was possible']]],
    // a programme's title after "the reality TV show" is no finding; the speaker is the appositive's name
    ['Donald Trump, the star of the reality TV show "The Apprentice," said in an interview that conventions have been too dull.', [['Donald Trump', 'conventions have been too dull']]],
    ['Both the US and the UK say the deal is off.', [['Both the US and the UK', 'the deal is off']]],
  ])('%s', (...row) => check(row));

  it('finds a name or a pronoun endorsed or attacked, and no words in a work written or a pronoun said', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.speaker, s.text]);
    expect(got('Chris Christie endorsed Trump.')).toEqual([['Chris Christie', 'Trump']]);
    expect(got('Donald Trump criticized Romney, calling him a failed candidate.')).toEqual([['Donald Trump', 'Romney'], ['Donald Trump', 'him a failed candidate']]);
    // (a name attacked alone may be a blow, not words)
    expect(got('Russia attacked Ukraine.')).toEqual([]);
    expect(got('Sonia Sotomayor wrote a lashing dissent in a case on police stops.')).toEqual([]);
    expect(got('Terry McAuliffe tried to walk back his comments a day after he said them, but not after some damage had been done.')).toEqual([]);
    expect(got('The signboard says the project is late. Two years later, the half-built sheds tell a story of neglect.')).toEqual([['the signboard', 'the project is late']]);
  });
});

describe('(review 28) shares, appositive remarks, addressees, asides between split quotations', () => {
  it.each<Row>([
    // a poll's group may hold a preposition of time
    ['Half of those interviewed after the debate said the economy mattered most.', [['half of those interviewed after the debate', 'the economy mattered most']]],
    // the one asked is met from the next sentence on
    ['Peter Dutton spoke first. Anthony Albanese is the prime minister.\n\nDutton asked the prime minister why the plan had failed, and he claimed the budget was a mess.', [['Peter Dutton', 'the budget was a mess']]],
    // a participle with an object between split quotations is an aside: one statement
    ['“It was terrifying,” Grace Achieng said, describing the scene, “there was smoke everywhere.”', [['Grace Achieng', 'there was smoke everywhere']]],
    ['“We certainly cannot afford this,” Donald Trump said, adding later, “NATO is costing us a fortune.”', [['Donald Trump', 'cannot afford this'], ['Donald Trump', 'NATO is costing us']]],
    ['“We are ready,” said Juma Mwangi, and his deputy added, “We will strike.”', [['Juma Mwangi', 'We are ready'], ["Juma Mwangi's deputy", 'We will strike']]],
    // answers: a yes, or what follows a colon
    ['Tom Bell answered yes when asked whether he would run.', [['Tom Bell', 'yes when asked']]],
    ['Tom Bell replied: of course they could, as long as they paid.', [['Tom Bell', 'of course they could']]],
    ['Ruto conceded defeat a week later.', [['Ruto', 'defeat a week later']]],
    // (the same test before a closing attribution: only a count and its unit is no content)
    ['Tom Bell spoke first. Defeat came days later, he said.', [['Tom Bell', 'Defeat came days later']]],
  ])('%s', (...row) => check(row));

  it('keeps the next clause, relatives and counts out of the new rules', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.speaker, s.text]);
    expect(got('Prosecutors said that following a review of the evidence, the charges were dropped on Friday.')).toEqual([['Prosecutors', 'following a review of the evidence, the charges were dropped on Friday']]);
    expect(got('Tom Bell said the minister had lied to parliament, a charge he strongly denies.')).toEqual([['Tom Bell', 'the minister had lied to parliament']]);
    expect(got('Russia withdrew some troops from the border, in what it said was a gesture of goodwill.')).toEqual([]);
    expect(got('The rally, at which Ruto said that taxes would fall, drew thousands.')).toEqual([['Ruto', 'taxes would fall']]);
    expect(got('Ms Nkosi said of the township that she grew up in that it had changed beyond recognition.')[0]?.[1]).toMatch(/^of the township/);
    expect(got('The rules were changed last year, officials in three states.')).toEqual([]);
  });
});

describe('a bare quotation after a sentence naming someone else', () => {
  it('is not the last speaker\'s (unknown rather than wrong), unless it speaks of that person', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => [s.speaker, s.text]);
    expect(got('Mike Pence said the election was close.\n\nOn "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified young voters’ exhaustion with bigotry as one of the reasons. "The younger people are sick and tired of discrimination."')).toEqual([['Mike Pence', 'the election was close']]);
    // ("Mason City" names no one)
    expect(got('“Those are small towns,” Eric Woolson said. They lie far from Sioux City or Mason City. “That is a tough area.”')).toEqual([['Eric Woolson', 'Those are small towns'], ['Eric Woolson', 'That is a tough area.']]);
  });
});

describe('(set N first errors) titles with "of State for", party tags between commas', () => {
  it.each<Row>([
    ['Minister of State for Manpower Kelvin Yap said in a Facebook post that the change was "long overdue".', [['Kelvin Yap', 'the change was "long overdue"']]],
    ['Sen. Dale Whitford, R-Texas, who has spent weeks touring flood-damaged towns in his state and whose office helped write the aid package, told reporters that he had the votes to pass it.', [['Dale Whitford', 'he had the votes to pass it']]],
  ])('%s', (...row) => check(row));
});

describe('(set N first errors) police ranks, people by role, workplaces, openers, titles in relatives', () => {
  it.each<Row>([
    ['Cpl. Amrit Dhaliwal of the Marlow Creek RCMP detachment said officers were going door to door.', [['Amrit Dhaliwal', 'officers were going door to door']]],
    ['John Smith of the planning department said the permit would be issued.', [['John Smith', 'the permit would be issued']]],
    // a person by lower-case role and name opening a sentence is the next "he"; a name modifying a noun is not
    ['Graeme Rutherford said he planned to go.\n\nLocal orchardist Pete Marsh, whose trees were under silt, has replanted most of the block.\n\n"You cannot farm on a maybe," he says.', [['Graeme Rutherford', 'he planned to go'], ['Pete Marsh', 'You cannot farm on a maybe']]],
    ['"These are the darkest days," former George W. Bush speechwriter Noam Neusner wrote in a column. He wrote that Trump "has built a nativist movement."', [['Noam Neusner', 'These are the darkest days'], ['Noam Neusner', 'has built a nativist movement']]],
    // a short opener with "back" before the subject
    ['Maureen Delaney, 67, has lived on Cobden Street since 1981.\n\nThe spokesperson added that officers had identified a vehicle.\n\nBack on Cobden Street, Mrs Delaney is not convinced.\n\n"They said the same thing last year," she said.', [['the spokesperson', 'officers had identified a vehicle'], ['Maureen Delaney', 'They said the same thing last year']]],
    // two participles after one auxiliary are one predicate
    ['Hemi Potae spoke first. Tom Bell said the marae had fed and housed more than 200 people.', [['Tom Bell', 'had fed and housed more than 200 people']]],
    // a title's quotation inside a relative clause after an inverted speaker; a participle after "until" has no subject
    ['"It is too early to tell," said Mark Cuban, who is also a host on the TV show "Shark Tank."', [['Mark Cuban', 'It is too early to tell']]],
    ['A festival programmer, who asked not to be named because selections are confidential until announced, said the film had been great.', [['a festival programmer', 'the film had been great']]],
    // ("has since stressed", "who once praised": adverbs)
    ['Hillary Clinton has since stressed that she did not send any classified information.', [['Hillary Clinton', 'she did not send any classified information']]],
  ])('%s', (...row) => check(row));
});

describe('(set N) honorifics in an inverted appositive, hearing a clause, shares after an addressee', () => {
  it.each<Row>([
    ['"The rest area is a plastic chair," said its executive director, Ms Priya Nathan.', [['Priya Nathan', 'The rest area is a plastic chair']]],
    ['Tom Bell said the plan was dead. The inquest heard Dr Ann Smith told the family that the boy had died instantly.', [['Tom Bell', 'the plan was dead'], ['Ann Smith', 'the boy had died instantly']]],
    ['Crown prosecutor Leanne Shaw told the court almost all of the money had been spent.', [['Leanne Shaw', 'almost all of the money had been spent']]],
    // (a participle after a clause of time stays with the sentence's subject)
    ['Donald Trump left the stage after the crowd cheered, saying he would be back.', [['Donald Trump', 'he would be back']]],
  ])('%s', (...row) => check(row));
});

describe('(review 29) acronyms, askers, objects, relatives with a title', () => {
  it.each<Row>([
    ['Police in the UK say the roads are safe.', [['Police in the UK', 'the roads are safe']]],
    ['Police said two men were detained and claimed the suspects had fled.', [['Police', 'two men were detained'], ['Police', 'the suspects had fled']]],
    ['"We are angry," said William Ruto, who called the ruling "a travesty."', [['William Ruto', 'We are angry'], ['William Ruto', 'the ruling "a travesty."']]],
    ['The group wrote the bill would strip protections.', [['the group', 'the bill would strip protections']]],
    ['The Met Office warning says heavy rain could cause flooding.', [['Met Office warning', 'heavy rain could cause flooding']]],
    // a bare quotation after a sentence naming someone as an object stays the last speaker's
    ['"We will win," Tom Jones said. Jones came within 400 votes of Tom Hughes in 2019. "This time is different."', [['Tom Jones', 'We will win'], ['Tom Jones', 'This time is different']]],
    // a named asker goes on: the one asked is not the next "he"
    ['Justin Trudeau is the prime minister. Pierre Poilievre spoke first.\n\nPierre Poilievre asked the prime minister how many homes had been built. He said Canadians could no longer afford rent.', [['Pierre Poilievre', 'Canadians could no longer afford rent']]],
  ])('%s', (...row) => check(row));

  it('starts "said of X that" content at a quotation after its pronoun, and says nothing of "said so a week earlier"', () => {
    const got = (text: string) => joinRuns(extractStatements(docFrom(text), seedRegistry())).map((s) => s.text);
    expect(got('Bernie Sanders said of the bill that it "would help millions."')).toEqual(['it "would help millions."']);
    expect(got('She said so a week earlier.')).toEqual([]);
  });
});

describe('(review 30) journalists asking, names that came next, acronyms before a noun', () => {
  it.each<Row>([
    ['President Donald Trump sat down with Fox News on Sunday.\n\nHost Chris Wallace asked the president whether he would accept the result. He said he would have to see.', [['Donald Trump', 'he would have to see']]],
    ['Vice President Mike Pence said the economy was booming.\n\nThen came Bernie Sanders, who identified himself as a democratic socialist. "The younger people are with us."', [['Mike Pence', 'the economy was booming']]],
    ['The SNP call for a second referendum was rejected by Downing Street.', []],
    ['Students who learned their results on Thursday said the grading had been unfair.', [['Students', 'the grading had been unfair']]],
  ])('%s', (...row) => check(row));
});

describe('(review 31) an unnamed asker goes on, a body in the plural', () => {
  it.each<Row>([
    ['President Joe Biden visited the plant.\n\nA retired steelworker asked the president whether the plant would reopen. He said he had worked there for 31 years.', [['a retired steelworker', 'he had worked there for 31 years']]],
    ['The RMT say that the strike will go ahead.', [['RMT', 'the strike will go ahead']]],
    ['"We will win," Tom Jones said. On Tuesday, he met Tom Hughes at the hall. "This time is different."', [['Tom Jones', 'We will win'], ['Tom Jones', 'This time is different']]],
  ])('%s', (...row) => check(row));
});

describe('(quotation coverage) titled one-word names, broadcasters', () => {
  it.each<Row>([
    // a one-word name with a title before it is a person, the next "he" ("a one-word name of unknown sex" is not)
    ['Mr Jones left, the court heard.\n\nPresident Obama released a statement on Thursday. He said he had directed his team to help.', [['Obama', 'he had directed his team to help']]],
    // a broadcaster is a body, never the next "he"
    // a quotation split by its attribution goes on after a relative clause, and after "But"
    ['"I have no idea how they voted," Terry McAuliffe said of people whose voting rights were restored, "But I do know that they made an investment."', [['Terry McAuliffe', 'But I do know that they made an investment']]],
    // an adverb between commas before the quotation
    ['Zeke Emanuel acknowledged, however, "Past performance is no indication of future performance."', [['Zeke Emanuel', 'Past performance is no indication']]],
    // a possessive owns the subject of a participle's clause; it does not speak
    ["Hillary Clinton's right-hand woman rallied supporters, saying: \"We have to be ready to stop him.\"", [["Hillary Clinton's right-hand woman", 'We have to be ready to stop him']]],
    ["Mr. Obama's eyes welled with tears as he urged voters to trust her, saying the choice was clear.", [['Obama', 'voters to trust her'], ['Obama', 'the choice was clear']]],
    // a document's participle with a quotation; saying or writing announcing a quotation with no comma before them
    ['President Obama released a statement Thursday night condemning "what appears to be a horrific terrorist attack."', [['Obama', 'what appears to be a horrific terrorist attack']]],
    ['Hillary Clinton responded to the question on Facebook writing, "Yes, I will. That was a poor choice of words."', [['Hillary Clinton', 'That was a poor choice of words']]],
    ['The share of Republicans saying "it is more important to protect gun rights" increased by 28 points.', []],
    // after a quotation, the speaker after the cue whatever follows the speaker
    ['"It is a mistake, so forget about it," said Ben Carson, asked about his claim that he was offered a scholarship.', [['Ben Carson', 'It is a mistake']]],
    ['"It was all lies," said the owner of a shop that sells underwear.', [['the owner of a shop', 'It was all lies']]],
    ['"It may have been his first attempt," said his best friend at Lehigh, Bruce Turry, who remembered it.', [['Bruce Turry', 'his first attempt']]],
    // (a title in quotation marks before "says" and a clause: no quotation of the clause's subject)
    ['Priya Raman, author of "The Permit Trap: How Canada Forgot to Build," says the problem is not patience.', []],
    // a title's portfolio over "and", the name after it (or after an honorific); the title opening a sentence, then
    // the name between commas, is the next "the Minister"
    ['The Minister for Roads and Highways, Hon. Kwabena Ofori-Manu, has given contractors until March.\n\nAddressing a briefing, the Minister said an audit had identified 214 projects.', [['Kwabena Ofori-Manu', 'an audit had identified 214 projects']]],
    ['Secretary of State for Health and Social Care Wes Streeting said the plan would work.', [['Wes Streeting', 'the plan would work']]],
    ['Minister of State for Road Transport Smt Nirmala Bisht said the Opposition was trying to stall a project.', [['Nirmala Bisht', 'the Opposition was trying to stall']]],
    ['Legislator Raymond Tse Chun-hei said the notice was unreasonable.', [['Raymond Tse Chun-hei', 'the notice was unreasonable']]],
    // a Cantonese given name after the surname: "Yip" is Connie Yip Wai-ling; a byline is no one's "she"
    ['Asked by lawmaker Connie Yip Wai-ling whether every stallholder would get a place, Ivan Lau said officials would try.\n\nYip was unimpressed. "Every effort is what we heard at the last three markets," she said.', [['Ivan Lau', 'officials would try'], ['Connie Yip Wai-ling', 'Every effort is what we heard']]],
    ['Natalie Kwok\n\nThe lawmaker was unimpressed. "Every effort is what we heard at the last three markets," she said.', [[null, 'Every effort is what we heard']]],
    ['Under Secretary for Environment and Ecology Ivan Lau Siu-ming, who attended the meeting, told lawmakers the concrete had deteriorated.', [['Ivan Lau Siu-ming', 'the concrete had deteriorated']]],
    // an office named for its holder's title; a body's branch in a place is the body
    ["The Lassiter County Sheriff's Office said a deputy was alerted at 9:15 a.m.", [["Lassiter County Sheriff's Office", 'a deputy was alerted']]],
    ["The Prime Minister's Office said the prime minister would meet both leaders.", [["Prime Minister's Office", 'would meet both leaders']]],
    ['The Royal College of Midwives in Scotland said it supported keeping some births at the unit.', [['Royal College of Midwives', 'it supported keeping some births']]],
    ['Local authorities urged people to stay home, BFM TV reported.\n\nThe mayor went home. He said he had directed his team to help.', [['Local authorities', 'people to stay home'], ['BFM TV', 'urged people to stay home'], [null, 'he had directed his team to help']]],
  ])('%s', (...row) => check(row));
});

describe('(review 32) titled names of unknown sex, portfolios, "as X said", participles', () => {
  it.each<Row>([
    // a titled one-word name of unknown sex is the next "he" or "she" when just met, as a full name is (review 33);
    // a surname after a title says nothing of the person's sex
    ['Tom Hughes said the mine would close. President Mnangagwa visited the site on Monday. He said the government would buy the mine.', [['Tom Hughes', 'the mine would close'], ['Mnangagwa', 'the government would buy the mine']]],
    ['Sen. Warren criticised the bank. She said the fees were too high.', [['Warren', 'the fees were too high']]],
    // a first name alone is the person named in full with it only once that person was met
    ['Tom Hughes, the landlord, declined to comment.\n\n"The heating has been broken for weeks," said Tom, who asked that his surname be withheld.', [['Tom', 'The heating has been broken']]],
    ['Hillary Clinton spoke in Iowa.\n\nHillary said the plan would work.', [['Hillary Clinton', 'the plan would work']]],
    ['His debut album, Purple Rain, was released in 1984, telling the story of a young musician.', []],
    ['The actor broke his silence saying, "I am sorry for the pain I caused."', [['the actor', 'I am sorry for the pain']]],
    ['Tom Hughes heard a man in the crowd saying, "They will close the yard by spring."', []],
    // a portfolio, then a name whose first name no list knows
    ['Minister of Health Zweli Mkhize said the vaccine rollout would begin in May.', [['Zweli Mkhize', 'the vaccine rollout would begin']]],
    ['Minister of Agriculture and Food Security Mithika Linturi said the fertiliser would arrive.', [['Mithika Linturi', 'the fertiliser would arrive']]],
    ['Minister for Municipal Administration and Urban Development K. T. Rama Rao said the roads would be repaired.', [['K. T. Rama Rao', 'the roads would be repaired']]],
    // "as X said" after a quotation whose clause already has a cue is not X's
    ['The scheme, which Tom Hughes called "a disgrace to the city," as Jane Ruiz said on Friday, will go ahead.', []],
    ['Opponents had branded the bill "a tax on the poor," as the minister conceded.', []],
    // saying or writing with no comma before it only after a frame of place, medium or a document
    ['Tom Hughes sat in silence, listening to a neighbour saying, "They will close the yard by spring."', []],
    ['Hughes, who spent years writing, "mostly speeches for other people," left in May.', []],
    ['Donald Trump issued a statement Tuesday saying, "I do not feel that one\'s heritage makes them incapable of being impartial."', [['Donald Trump', "one's heritage makes them incapable"]]],
    // a participle's aside between the subject and the cue; an auxiliary after an inverted speaker is a clause
    ['Sheriff Dwayne Kettleson spoke first.\n\nKettleson, reached by phone Wednesday, told KQRV his office had shared information with the district.', [['Dwayne Kettleson', 'his office had shared information']]],
    ['The panel, set up by the ministry in September, said in its interim report that technicians had skipped the tests.', [['the panel', 'technicians had skipped the tests']]],
    // a role, then the name between commas, opening a sentence with a participle's statement
    ['Her co-leader, Bernd Sauerland, was more cautious, telling reporters that "nobody wants this government to fail."', [['Bernd Sauerland', 'nobody wants this government to fail']]],
    // a name given after the role: "known as", "named"
    ['"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.', [['Bob', 'There never was a stand-down order']]],
    // a cue's base form after a preposition and a modifier is a noun; a nickname in quotation marks before the
    // sentence's verb is no statement
    ['At the meeting, more than 20 parents signed up to speak during public comment, which the board extended.', []],
    ['On Monday night, the junior guard everyone around Ozark State calls "Smoke" scored 19 of his 31 points.', []],
    // a finding closed by the people who found it; a count inside a finding's source
    ['Investigators found a 9mm pistol in a kitchen drawer.', []],
    // a list at the end of an appositive ("for population, refugees and migration,") is no aside of its own
    ['"They are steps in the right direction," Anne Richards, assistant secretary of state for population, refugees and migration, said.', [['Anne Richards', 'steps in the right direction']]],
    ["''I would not discount the commercial motivations,'' Mr. Kaplan, a screenwriter and former studio executive, said dryly.", [['Kaplan', 'I would not discount']]],
    // a group of people with an auxiliary opens a reported clause with no "that"; "as X noted," mid-sentence
    ['Comey noted people involved in the case could still be subject to sanctions.', [['Comey', 'people involved in the case could still be subject']]],
    ['The U.S. Embassy in Asunción advised American citizens to avoid the affected areas and to monitor local media.', []],
    ['Employees can still get in trouble, and as Comey noted, people involved in the case could still be subject to sanctions.', [['Comey', 'people involved in the case could still be subject']]],
    // a first name used alone: the person's sex, or the one person named in full with it
    ['"There never was an order," said the base chief known as Bob. Sen. Ted Cruz disagreed.\n\nBob agreed to talk on condition that his last name not be used. "I thought I would regret it," he said.', [['Bob', 'There never was an order'], ['Bob', 'to talk on condition'], ['Bob', 'I thought I would regret it']]],
    ['Freddy Trump left the family business in 1964.\n\nFreddy said he wanted to fly planes.', [['Freddy Trump', 'he wanted to fly planes']]],
    // (not when another person has the surname: "Schaefer" is Linda, not "Tyler Schaefer")
    ['Linda Schaefer said she woke to the sound of goats.\n\nSchaefer and her son, Tyler, got the goats out. "It was nothing," Schaefer said.\n\nTyler Schaefer, a junior, said the show would go on.', [['Linda Schaefer', 'she woke to the sound of goats'], ['Linda Schaefer', 'It was nothing'], ['Tyler Schaefer', 'the show would go on']]],
  ])('%s', (...row) => check(row));
});

describe('(blind set O) findings: a count inside the source, the people who found it', () => {
  it('keeps "more than 21,000 people" in the source after "according to"', () => {
    const got = joinRuns(extractStatements(docFrom('Falls were rarer, according to a study of more than 21,000 people published Monday.'), seedRegistry()));
    expect(got.map((s) => s.speaker)).toEqual(['a study of more than 21,000 people']);
  });

  it('gives a finding closed by "the researchers found" to the researchers', () => {
    const got = joinRuns(extractStatements(docFrom('Those who wore hearing aids were less likely to fall, the researchers found.'), seedRegistry()));
    expect(got.map((s) => [s.speaker, s.act, s.text])).toEqual([['the researchers', 'found', 'Those who wore hearing aids were less likely to fall']]);
  });
});

describe('(review 34) who is heard saying, titled objects, appositive roles, verbs after a name', () => {
  it.each<Row>([
    // the person named or heard right before "saying" says it, not the sentence's subject
    ['Jane Ruiz received a text from Tom Hughes saying, "We will close the yard."', []],
    ['Police released footage of the suspect saying, "I will kill you."', []],
    ['Jane Ruiz met a man outside the court saying, "It is over."', []],
    ['Tom Hughes can be heard on the recording saying, "We will close the yard."', [['Tom Hughes', 'We will close the yard']]],
    ['The actor broke his silence saying, "I am sorry for the pain I caused."', [['the actor', 'I am sorry']]],
    ['The senator ended the call saying, "We will win this."', [['the senator', 'We will win this']]],
    // a sentence's subject before "released a statement", not a modifier of "statement"
    ['Mr Jones left, the court heard.\n\nPresident Obama released a statement on Thursday. He said he had directed his team to help.', [['Obama', 'he had directed his team to help']]],
    // a possessive pronoun's person by any noun for a person, not a thing
    ['His successor, Jane Ruiz, was more cautious, saying the plan would fail.', [['Jane Ruiz', 'the plan would fail']]],
    ['His debut album, Purple Rain, was released in 1984, telling the story of a young musician.', []],
    // (review 35) a place, an outlet or an addressee before "saying" keeps the quotation the subject's; a thing after a
    // possessive pronoun is no person; an auxiliary in a relative clause opens no reported clause
    ['Trump appeared on Fox News saying, "We will win."', [['Donald Trump', 'We will win']]],
    ['The minister lashed out at Prime Minister Modi saying, "This is a disgrace."', [['the minister', 'This is a disgrace']]],
    ['His latest bestseller, Dark Water, came out on Monday, saying the world is ending.', []],
    ['She recalled women who would walk miles for water.', []],
    // a body's name with a list of portfolios: "for Environment, Food and Rural Affairs" is one body, and a spokesperson
    // for it speaks (not "Food and Rural Affairs", not "Communities and Local Government")
    ['A spokesperson for the Department for Environment, Food and Rural Affairs (Defra) said councils were free to set their own schedules.', [['a spokesperson for the Department for Environment, Food and Rural Affairs', 'councils were free']]],
    ['A spokesperson for the Ministry of Housing, Communities and Local Government said councils would receive more money.', [['a spokesperson for the Ministry of Housing, Communities and Local Government', 'councils would receive more money']]],
    // (review 36) a demonym is kept as written (the person just met is often someone else: "lost to Aryna Sabalenka. The
    // Belarusian said"); a statement is the body's that just issued it; a comma is inside a body's name only for a list
    // of portfolio words after a role's "for"; a message from someone saying it is no statement of the recipient's
    ['Tom Hughes said France would block the deal. The French said they would veto it.', [['Tom Hughes', 'France would block the deal'], ['the French', 'they would veto it']]],
    ['The union said workers would walk out on Monday. On Tuesday, Kenya Power issued a statement. "Supply will not be affected," the statement said.', [['the union', 'workers would walk out'], ['Kenya Power', 'Supply will not be affected']]],
    ['In a letter to the Department of Education, Jane Ruiz and Tom Hughes said the school was unsafe.', [['Jane Ruiz and Tom Hughes', 'the school was unsafe']]],
    ['Jane Ruiz got a call from the hospital saying, "Come quickly."', []],
    // a straight mark glued to the next sentence's first word opens its quotation (a space lost in scraping)
    ['"After we came here, we realized it was all lies," said one shop owner."We basically got deceived into coming here."', [['one shop owner', 'We basically got deceived']]],
    // (an "as X put it" aside inside a clause that has its cue)
    ['Tom Hughes told the inquiry, as his lawyer put it afterwards, "I did nothing wrong."', []],
    // a sentence's opener before the one issuing a statement; a paragraph that announces the next one's quotation
    // after an opener; a subordinate clause's quotation ends before the main clause's own source; a joined verb after
    // "but now", "and later"
    ['On Saturday, Tom Hughes issued a statement saying that the deal was a remarkable achievement.', [['Tom Hughes', 'the deal was a remarkable achievement']]],
    ['In response to the vote, Senator Jane Ruiz issued the following statement:\n\n"We will keep fighting for the families of this state."', [['Jane Ruiz', 'We will keep fighting']]],
    ['After Tom Hughes said that students might do better at "less advanced schools," Jane Ruiz said: "I do not like what he said."', [['Tom Hughes', 'students might do better'], ['Jane Ruiz', 'I do not like what he said']]],
    ['Tom Hughes used to support the plan, but now said the council had "the duty to bring us together."', [['Tom Hughes', 'the council had']]],
    ['Tom Hughes voted against the bill and later said he would back it in the end.', [['Tom Hughes', 'he would back it']]],
    // a name joined by "and" to an object ending the clause before; where the cue happened, between the subject and
    // the cue; a name closing with a month's word; a state alone in brackets; a limited subordinate clause as content;
    // a manner adverb before a frame or a quotation
    ['Manafort did not respond, but he was copied on the questions and Tom Hughes said he spoke to Manafort first.', [['Tom Hughes', 'he spoke to Manafort first']]],
    ['Jane Ruiz proposed an agency, while Tom Hughes in a Medium post said he would appoint more judges.', [['Tom Hughes', 'he would appoint more judges']]],
    ['Yin Myint May, 60, a doctor, said she was elated but still feared the military.', [['Yin Myint May', 'she was elated']]],
    ['Rep. Jane Ruiz (Mich.), a superdelegate, said she has spoken with many fellow superdelegates.', [['Jane Ruiz', 'she has spoken with many']]],
    ['Judge Jane Ruiz, in her dissent, said just because discrimination was not obvious did not mean it was not there.', [['Jane Ruiz', 'just because discrimination was not obvious']]],
    ['Tom Hughes testified voluntarily in 1998.', []],
    ['Tom Hughes said angrily on Monday, "Get out of here now."', [['Tom Hughes', 'Get out of here now']]],
    ['"How are you today?" Jane Ruiz, a retired worker from a nuclear plant, said pleasantly into the phone. "We are talking with supporters like you."', [['Jane Ruiz', 'We are talking with supporters']]],
    // (set P) a single mark closing a quotation inside the content is kept; "the Dane" is kept as written; ", even as
    // X warns" opens a statement of its own; "saying only that"; a question put before the subject; a possessive's
    // phrase inside the speaker's; a verb whose past is its base ("set up a camp, saying …"); "People …" is plural
    ["Tom Hughes said his party would 'look at every one of them', but did not commit to doing so.", [['Tom Hughes', "look at every one of them'"]]],
    ["'I have watched it maybe ten times now,' the Dane said.", [['the Dane', 'I have watched it maybe ten times now']]],
    ['The premier says the province will not reopen the contract, even as the union warns that hundreds of its members are leaving.', [['the premier', 'will not reopen the contract'], ['the union', 'hundreds of its members are leaving']]],
    ['Asked whether the unit had been called in, Tom Hughes declined to answer, saying only that police would "follow the process the court has laid out."', [['Tom Hughes', 'police would']]],
    ["The mayor of a small town in Quebec's Lanaudière region says residents will have to drive an extra 40 kilometres a day.", [["the mayor of a small town in Quebec's Lanaudière region", 'residents will have to drive']]],
    ['Members of the Tsleil First Nation set up a camp on Oct. 7, saying the province issued cutting permits in a watershed.', [['Members of the Tsleil First Nation', 'the province issued cutting permits']]],
    ['Tom Hughes said the plan would pass. People familiar with the matter said the talks had collapsed. He said he would fight on.', [['Tom Hughes', 'the plan would pass'], ['People familiar with the matter', 'the talks had collapsed'], ['Tom Hughes', 'he would fight on']]],
    // a document that quotes in single marks (as the BBC does): they are its quotations, for "called it '…'" too
    ["'We are pleased with the result,' Tom Hughes said.\n\nJane Ruiz called it 'a step forward for patients everywhere' in a statement.", [['Tom Hughes', 'We are pleased'], ['Jane Ruiz', "'a step forward for patients everywhere'"]]],
    // (and "'A,' she said. 'B.'": the single mark opening B after the full stop starts a sentence, B goes on with A)
    ["Jane Ruiz spoke at the rally.\n\n'You can't cut your way out of a backlog,' she said. 'The government should be hiring more judges, not selling off courtrooms.'", [['Jane Ruiz', 'The government should be hiring more judges']]],
    // a group of people met as the subject of the sentence before is the next "they", not the body that spoke last
    // (only in the next sentence: one about something else in between ends it)
    // (after a body or a group that spoke, either may be "they": unknown, review 38; a group things happened to,
    // "Customers were charged twice", is no one's "they")
    ['Tom Hughes said the mine would go ahead.\n\nFarmers have blocked the main road for weeks. They say the plans will dry up springs.', [['Tom Hughes', 'the mine would go ahead'], ['Farmers', 'the plans will dry up springs']]],
    ['Tom Hughes said the mine would go ahead.\n\nHundreds of people, many of them farmers, have blocked the road. They say the plans will dry up springs.', [['Tom Hughes', 'the mine would go ahead'], ['Hundreds of people', 'the plans will dry up springs']]],
    ['The ministry said the mine would go ahead.\n\nFarmers have blocked the main road for weeks. They say the plans will dry up springs.', [['the ministry', 'the mine would go ahead'], [null, 'the plans will dry up springs']]],
    ['The firm said it had made a mistake. Customers were charged twice for their orders. They said the money would be returned within a week.', [['the firm', 'it had made a mistake'], ['the firm', 'the money would be returned']]],
    ['The ministry said the mine would go ahead.\n\nFarmers have blocked the road. The mine employs 400 people. They say the plans are safe.', [['the ministry', 'the mine would go ahead'], ['the ministry', 'the plans are safe']]],
    // (review 37) a document from someone else, or inside a relative clause, is not the subject's; nor what a paragraph
    // reads out or quotes; "said nationally, …" keeps its adverb; an attribution with a clause of its own after an
    // appositive; a dash used as a colon; labels in single marks; "He beat Judd Trump" names the one beaten
    ['Tom Hughes, who received a letter from the council saying his permit was void, said he would appeal.', [['Tom Hughes', 'he would appeal']]],
    ['Tom Hughes criticised the board, which had issued a statement saying the merger was off.', []],
    ['At the funeral, Tom Hughes read a poem by his late wife:\n\n"We shall meet again in the spring, my love."', []],
    ['The report said nationally, crime had fallen by a tenth.', [['the report', 'nationally, crime had fallen']]],
    ['"It was chaos." Jane Ruiz, a nurse at the hospital, said on Monday that staff had been overwhelmed.', [['Jane Ruiz', 'staff had been overwhelmed']]],
    ['The result was clear – officials said the turnout – a record 72 percent – had surprised everyone.', [['officials', 'had surprised everyone']]],
    ["'We are pleased with the result,' Tom Hughes said.\n\nThe striker, known as 'Jonno', said he was happy to stay at the club.", [['Tom Hughes', 'We are pleased'], ['the striker', 'he was happy to stay']]],
    ['Ronnie Smith won again. He beat Judd Trump 10-4 in the final. "I need a break," he said.', [['Ronnie Smith', 'I need a break']]],
    // apostrophes that are no quotation marks: a year cut short, "’n’", a plural possessive inside a quotation
    ["'We are pleased with the result,' Tom Baker said.\n\nTom Hughes said the '08 crash had hit the town hard. Jane Ruiz said: 'We never recovered.'", [['Tom Baker', 'We are pleased'], ['Tom Hughes', "the '08 crash had hit the town hard"], ['Jane Ruiz', 'We never recovered']]],
    ["'We are pleased with the result,' Tom Baker said.\n\n‘Patients’ lives are at risk,’ said Jane Ruiz, a nurse.", [['Tom Baker', 'We are pleased'], ['Jane Ruiz', 'Patients’ lives are at risk']]],
    ["'We are pleased with the result,' Tom Baker said.\n\n‘It’s rock ’n’ roll,’ said Tom Hughes, the singer.", [['Tom Baker', 'We are pleased'], ['Tom Hughes', 'It’s rock ’n’ roll']]],
    // a document noun in the plural speaks as the singular does ("one of the notes reads", "The notes … say")
    ['"Supply chain constraints remain the primary risks to delivery," one of the notes reads.', [['one of the notes', 'Supply chain constraints']]],
    // an everyday word capitalised only as the sentence's first ("Social conservatives say"); the parties stay bodies;
    // "earlier Thursday" between a subject and its cue
    ['Social conservatives say the bills are necessary to protect faith-based groups.', [['Social conservatives', 'the bills are necessary']]],
    ['The Conservatives said the budget was reckless.', [['Conservatives', 'the budget was reckless']]],
    ['Tom Hughes earlier Thursday said the committee had held 75 interviews.', [['Tom Hughes', 'the committee had held 75 interviews']]],
    // "to say" after a verb of getting in touch ("tweeted on Friday to say", "appeared on CNN to say", "called Tuesday to
    // say"), not after any verb; "along with" someone between the speaker and the cue
    ['Tom Hughes tweeted on Friday to say he had never suggested a database.', [['Tom Hughes', 'he had never suggested a database']]],
    ['Jane Ruiz called Tuesday to say she would not run again.', [['Jane Ruiz', 'she would not run again']]],
    ['She went to the store to say goodbye to her friends.', []],
    ['Jane Ruiz, along with Post reporter Tom Hughes, say the manager pushed her out of the way.', [['Jane Ruiz', 'the manager pushed her']]],
    // (set Q) everyday trades as people by role ("A mechanic at a nearby garage said"); a role noun capitalised only as
    // the sentence's first word before a name ("Resident Jan Okafor-Webb, who …, said"); an outlook that forecasts
    ['A mechanic at a nearby garage said he had voted for the mayor.', [['a mechanic at a nearby garage', 'he had voted for the mayor']]],
    ['Resident Jan Okafor-Webb, who lives on Lindridge Lane, said she was relieved.', [['Jan Okafor-Webb', 'she was relieved']]],
    // a wire's dateline with a hyphen and the day's number; "… “generally calm” but that it had noted …" is one clause
    // of the same cue
    ['Dec 3 (Reuters) - Corvane Foods cut its profit forecast on Thursday, saying shoppers squeezed by higher rents were switching to cheaper brands.', [['Corvane Foods', 'shoppers squeezed by higher rents']]],
    ['The observer group said in a report that voting had been "generally calm" but that it had noted "serious delays" in transmitting results.', [['observer group', 'but that it had noted']]],
    // an opener with a city and its state, then a time, before the subject of a participle; a capitalised word
    // with no verb after it is no subject announcing a quotation ("Wait, it gets better:")
    ['At a campaign event in Ames, Iowa, on Sunday, Jane Ruiz tried to expand on her statement, saying that the country should lead.', [['Jane Ruiz', 'the country should lead']]],
    ['Tom Hughes said the refugees were a burden.\n\nWait, it gets better:\n\n"By law, the president every fiscal year sets the maximum number of refugees."', [['Tom Hughes', 'the refugees were a burden']]],
    // (review 38) a scare quote ending in "s" closes before a later quotation of its own; a quotation may open with a
    // number; one's own message or statement after a colon is one's own; digits before a dash only in a wire's
    // dateline; a state after its city inside a relative clause
    ["Tom Baker spoke first.\n\nTom Hughes said the 'lessons' of the disaster had not been learned. Jane Ruiz, whose son died, said: 'Nothing has changed.'", [['Tom Hughes', "the 'lessons' of the disaster"], ['Jane Ruiz', 'Nothing has changed']]],
    ["'We are pleased with the result,' Tom Baker said.\n\n'20 years ago, this was all fields,' said Jane Ruiz, a farmer.", [['Tom Baker', 'We are pleased'], ['Jane Ruiz', '20 years ago, this was all fields']]],
    ['On Sunday, Jane Ruiz posted a message from her hospital bed:\n\n"I am going to be fine, thank you all."', [['Jane Ruiz', 'I am going to be fine']]],
    ['Jane Ruiz, 34 - a nurse from Leeds - spoke out on Monday, saying staff were exhausted.', [['Jane Ruiz', 'staff were exhausted']]],
    ['Jane Ruiz, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had been rude.', [['Jane Ruiz', 'the senator had been rude']]],
    ['Jane Ruiz, a 34-year-old mother of two, said afterwards she was lucky to be alive.', [['Jane Ruiz', 'she was lucky to be alive']]],
    ['The man who phoned on Friday to say there was a bomb has been arrested, police said.', [['police', 'The man who phoned on Friday']]],
    // a person "and others" speaks as written; a restrictive relative clause ends at the main clause's cue of speech
    ['Tom Hughes and others who want to ban the practice said the ruling made the choice stark.', [['Tom Hughes and others', 'the ruling made the choice stark']]],
    ['A woman who accused the senator of assault said on Sunday that he had called her weeks later.', [['a woman', 'the senator of assault'], ['a woman', 'he had called her weeks later']]],
    // (review 39) reading out a statement from someone is not one's own; a dated dateline with no agency; a subject
    // with an aside announcing a quotation; a state that is itself the subject after an opener; an elision after a
    // plural possessive inside a quotation
    ['Outside court, Det Insp Tom Hughes read a statement from the family:\n\n"Jack was a loving son and we miss him every day."', []],
    ['NEW DELHI, Dec 3 - Tata Motors cut its forecast on Thursday, saying demand was weak.', [['Tata Motors', 'demand was weak']]],
    ['Tom Hughes, the mayor, put it bluntly:\n\n"We are not going to pay for this mistake."', [['Tom Hughes', 'We are not going to pay']]],
    ['In a statement, Queensland, the worst-hit state, asked for help, saying the damage was severe.', [['Queensland', 'the damage was severe']]],
    ["'We are pleased,' Tom Baker said.\n\n'The workers' strikes of the '70s were far worse,' said Tom Hughes. 'This is nothing.'", [['Tom Baker', 'We are pleased'], ['Tom Hughes', "The workers' strikes of the '70s were far worse"]]],
    // (review 40) "X and others" only as a subject of its own; a relative clause is not cut at its own inner cue; a
    // bare phrase before a comma is no finished clause; a person named May is no dateline; reading from a place is
    // one's own; a summary of a report finds
    ['Police arrested Tom Hughes and others said they had seen him at the scene.', [['others', 'they had seen him at the scene']]],
    ['A man who claimed his boss told him to lie was sacked on Monday.', [['a man', 'his boss told him to lie']]],
    ['Although the minister said that by 2030, Britain would say goodbye to coal, critics doubted it.', [['the minister', 'by 2030, Britain would say goodbye to coal']]],
    ['Theresa May, 70 - the former prime minister - backed the bill, saying it was overdue.', [['Theresa May', 'it was overdue']]],
    // "The BBC understands …": a verb that opens a clause ends the speaker phrase before it
    ['The BBC understands a minister who asked not to be named said the plan would be dropped.', [['a minister', 'the plan would be dropped']]],
    // "will respond in kind" after a comma is what will be done: no final attribution, no cue
    ['The minister said that if the president imposes tariffs, Canada will respond in kind.', [['the minister', 'if the president imposes tariffs, Canada will respond in kind']]],
    ['Tom Hughes read a statement from the steps of the court:\n\n"We are relieved that this is over at last."', [['Tom Hughes', 'We are relieved']]],
    // a subordinate clause's content ends at the comma before the main clause's named subject and cue
    ['While Tom Hughes has said that he regularly makes recommendations on cases, Jane Ruiz said she does not do them publicly.', [['Tom Hughes', 'he regularly makes recommendations on cases'], ['Jane Ruiz', 'she does not do them publicly']]],
  ])('%s', (...row) => check(row));

describe('(2026-12-05 second session) demonstratives, anaphoric people', () => {
  it.each<Row>([
    // "That person", "this person": a demonstrative opens the speaker phrase at a clause's start, and the person is the
    // one just quoted; with no one before, the phrase as written
    ['Still, Tom Hughes will run again, a source close to him said. That person said the hostility had hurt him.', [['a source close to him', 'Tom Hughes will run again'], ['a source close to him', 'the hostility had hurt him']]],
    ['This person said the talks had stalled.', [['the person', 'the talks had stalled']]],
    ['Those officials say the bridge will reopen in May.', [['the officials', 'the bridge will reopen in May']]],
    // a person named before where they work and where that is, as the subject or in an appositive
    ['John Smith of the planning office in Marion said the permit was void.', [['John Smith', 'the permit was void']]],
    ['One pastor backing the senator, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 calls. He has preached on it since May, he said.', [['Darran Whiting', 'he had made 150 calls'], ['Darran Whiting', 'He has preached on it since May']]],
    ['Sens. Ted Cruz of Texas and Marco Rubio of Florida have both said the tapes should be released.', [['Ted Cruz and Marco Rubio', 'the tapes should be released']]],
    // a relative clause after its preposition has a subject of its own ("in which he said"), the person named nearest
    // before it; a name and its verb before a comma are a clause, not an opener
    ['Bernie Sanders spoke on Monday. He gave an interview to the Daily News, in which he said he did not support the suit.', [['Bernie Sanders', 'he did not support the suit']]],
    ['Tom Hughes spoke hours after Mr. Dan Ruiz, who leads the polls, held a news conference nearby in which he said the plan was dead.', [['Dan Ruiz', 'the plan was dead']]],
    ['Bernie Sanders arrived late, and he said the war was over.', [['Bernie Sanders', 'the war was over']]],
    // a body by role only when its qualifiers are in the body's name ("the terrorist group" is no "SITE Intelligence Group")
    ['The SITE Intelligence Group said supporters were celebrating. Forums posted old messages in which the terrorist group urged attacks on France.', [['SITE Intelligence Group', 'supporters were celebrating'], ['terrorist group', 'attacks on France']]],
    // a nationality in a role is a country: "the Qatari minister" is no Turkish minister, and is Qatar's; a group with
    // nationalities is not one met before without them
    ['Turkish Foreign Minister Selim Kara said the talks were useful.\n\n"Every child who returns is a story of trust," the Qatari minister said.', [['Selim Kara', 'the talks were useful'], ['the Qatari minister', 'Every child who returns']]],
    ["Turkish Foreign Minister Selim Kara said the talks were useful. Qatar's Minister of State for Foreign Affairs Nasser Al-Suwaidi said Doha had helped.\n\n\"Every child who returns is a story of trust,\" the Qatari minister said.", [['Selim Kara', 'the talks were useful'], ['Nasser Al-Suwaidi', 'Doha had helped'], ['Nasser Al-Suwaidi', 'Every child who returns']]],
    ['Foreign ministers say talks will go on\n\nTalks will go on, the Turkish and Qatari foreign ministers said on Friday.', [['Foreign ministers', 'talks will go on'], ['the Turkish and Qatari foreign ministers', 'Talks will go on']]],
    // a title that is also a given name, then a body's word, is a body ("General Staff"); a person named between commas
    // after a role opening the clause is its subject, for the next "he"
    ["Ukraine's General Staff said its forces had struck a refinery overnight.", [["Ukraine's General Staff", 'its forces had struck a refinery']]],
    ['Governor Vitaly Bunin said debris had caused a fire.\n\nAsked about the strike in Kyiv, Horbenko\'s chief of staff, Yurii Malko, would not comment on operations. "The oil industry is a legitimate target," he said.', [['Vitaly Bunin', 'debris had caused a fire'], ['Yurii Malko', 'The oil industry is a legitimate target']]],
    // a role is the last subject's when it fits, before anyone mentioned since
    ['Foreign Ministry spokeswoman Darya Belova spoke on Friday.\n\nAsked whether Foreign Minister Vadim Krasnov would travel to Vienna, Belova replied that the delegation would be announced. She did not rule out that the minister would hold meetings there. "We are not going to Vienna to listen to lectures," the diplomat said.', [['Darya Belova', 'the delegation would be announced'], ['Darya Belova', 'We are not going to Vienna']]],
    // a mission "to" a body is one name; a report's issuer is the body, not where it is based, nor a word that opens
    // with "of"
    ['The Chinese Mission to the EU said in a statement that the listing was baseless.', [['Chinese Mission to the EU', 'the listing was baseless']]],
    // a role, its participle and its modifiers before an aside: the role speaks (not the body at the end)
    ['An Uzbek official involved in trade talks with the EU, who spoke on condition of anonymity, said Tashkent had studied the system.', [['an Uzbek official involved in trade talks with the EU', 'Tashkent had studied the system']]],
    ['Elward Edd, an official at the Hopi Tribal Housing Authority in Arizona, which has a backlog of repairs, said the rule would force him to cut jobs.', [['Elward Edd', 'the rule would force him to cut jobs']]],
    // (not a body's name with a preposition inside: no one named before it)
    ["Mr. Taylor's group, March for Bernie at DNC, said it would march.", []],
  ])('%s', (...row) => check(row));
});

describe('(2026-12-05 fifth session) long openers, colons after a clause, how words were said', () => {
  it.each<Row>([
    // a prepositional phrase longer than a short opener, with no verb of its own, before the subject of a participle
    ['In response to the proposal to bar visitors from entering the city, Jane Cole rallied supporters, saying: "We have to be ready to stop him."', [['Jane Cole', 'We have to be ready to stop him']]],
    ['In line with the majority of his fellow voters, Senator Tom Reed was also critical of the plan, telling the Herald: "The plan is typical of this council."', [['Tom Reed', 'The plan is typical of this council']]],
    // a quotation after a colon closing its speaker's clause, past an opener; not after a possessive that owns the
    // subject, unless what it owns is their words
    ['In a radio interview later that day, Jane Cole went even further: "If he runs and loses, it is the end of his career."', [['Jane Cole', 'If he runs and loses']]],
    ['Asked which county was his favourite, Tom Reed demurred: "Whichever one I am in at the moment."', [['Tom Reed', 'Whichever one I am in']]],
    ['At his news conference, Tom Reed\'s first five questioners ranged from skeptical to hostile: "Is it time for your strategy to change?"', []],
    ['Jane Hoff\'s letter makes a libertarian-style case: "We must stand together to protect everyone from threats."', [['Jane Hoff', 'We must stand together']]],
    // how words were said: after a quotation, before or after its speaker, or with a colon or "that"; never over an
    // unquoted clause, an object or a particle
    ['Tom Reed gestured as if to stop the noise, then leaned in and boomed: "Let us win in November." "Not at all," laughed Dana Ruiz. "Get out!" Jane Cole yelled.', [['Tom Reed', 'Let us win in November'], ['Dana Ruiz', 'Not at all'], ['Jane Cole', 'Get out!']]],
    ['Pushed by the host on what could bring him to run in 2030, Tom Reed demurred.', []],
    ['Tom Reed, her opponent, bemoaned the unrest in the city.', []],
    ['Jane Cole became upset, shouting profanities as she ran.', []],
    ['Jane Cole was shouted down by supporters after telling them they were "being ridiculous."', []],
    ['"It is concerning," Jane Cole went on. Tom Reed went on to name cities that have mourned the loss of life. As the day went on, Dana Ruiz said the vote was fair.', [['Jane Cole', 'It is concerning'], ['Dana Ruiz', 'the vote was fair']]],
    // a second opener after the first, a subordinate one too, before the subject of a participle
    ['On Thursday, after remaining neutral throughout the primary, Jane Cole appeared on television, saying, "I think having a fighter in the lead is good."', [['Jane Cole', 'I think having a fighter in the lead is good']]],
    // an outlet named with its medium; a document with a modifier before it reads its words
    ['"The train has already left the station," wrote Time magazine. "There is no spine left in the Senate," reads a Wednesday editorial in the Register.', [['Time magazine', 'The train has already left the station'], ['Wednesday editorial', 'There is no spine left']]],
    // "Neither" and "Either" open no name
    ['Neither Warren nor Clinton spoke with reporters. Warren said the talks were good.', [['Warren', 'the talks were good']]],
    // (set AC) an elected office's letters after a name are the person's role, in an appositive too
    ['The education spokesperson, Kathryn Bleakley MLA, said the executive had let the dispute drift. Jane Cole MP said the talks would resume.', [['Kathryn Bleakley', 'the executive had let the dispute drift'], ['Jane Cole', 'the talks would resume']]],
    // "further" before its noun opens the content; a quotation opening the content and then its predicate is mixed
    ['Jane Cole said further strike days in January were "very likely".', [['Jane Cole', 'further strike days in January']]],
    ['Tom Fairley said "successive governments" had failed to invest in rural flood defences.', [['Tom Fairley', 'had failed to invest in rural flood defences']]],
    // a yard, a factory, an operator; "at least" and a count inside the phrase; a body's list of portfolios before its
    // role; the Irish police
    ['Inverclune shipyard said in a short statement that it remained "fully committed" to the vessel. The operator said sailings would resume.', [['Inverclune shipyard', 'it remained "fully committed"'], ['the operator', 'sailings would resume']]],
    ['But a group of at least five countries, led by France and Poland, said the measures did not go far enough.', [['a group of at least five countries', 'the measures did not go far enough']]],
    ['A Department for Environment, Food and Rural Affairs spokesperson said the government was investing record sums.', [['a Department for Environment, Food and Rural Affairs spokesperson', 'the government was investing record sums']]],
    ['The march passed off peacefully, and gardaí said there were no arrests.', [['gardaí', 'there were no arrests']]],
    // after an addressee, a time alone closes the sentence; a "that" after a frame opens the content
    ['The union will likely sit out the election altogether, Phil Smith told POLITICO earlier this week.', [['Phil Smith', 'The union will likely sit out the election altogether']]],
    ['Ben Jealous told The Huffington Post before he spoke to the committee that he believed Clinton should reach out.', [['Ben Jealous', 'he believed Clinton should reach out']]],
    // a surname met alone (a headline's) and then in full stands for that person; a relative named in full after her
    // does not take her words
    ['After a big loss, Clinton looks ahead\n\nSanders beat Hillary Clinton on Tuesday.\n\n"People have every right to be angry," Clinton said.\n\nLater, Bill Clinton said the campaign would go on.', [['Hillary Clinton', 'People have every right to be angry'], ['Bill Clinton', 'the campaign would go on']]],
    // a surname goes to the living person it fits before one told of as killed where named
    ['Chris Murphy spoke for hours.\n\nHe paid tribute to a teacher\'s aide, Anne Marie Murphy, who was gunned down trying to protect a child.\n\n"It does not take courage to stand here," Murphy said.', [['Chris Murphy', 'It does not take courage to stand here']]],
    ['Dorothy Woods, whose husband, Ty Woods, was one of four Americans killed in the attack, spoke on Friday.\n\nWoods said she was disturbed by the criticism.', [['Dorothy Woods', 'she was disturbed by the criticism']]],
    // (set AD) an Elder and a Grand Chief are titles; a federal department named for its portfolios and its country; a
    // document named for what it is is kept as written, not the minister's who spoke last
    ['Marlene Sagaskie spoke first.\n\nElder Agnes Mekanak, 81, spoke in Anishinaabemowin.\n\n"When I was a girl, we drank from the lake," she said.', [['Agnes Mekanak', 'When I was a girl']]],
    ['Skin infections have doubled, according to Grand Chief Leonard Ashkewe of the Shield Lakes Tribal Council, which represents 11 First Nations.', [['Leonard Ashkewe', 'Skin infections have doubled']]],
    ['In a statement, Fisheries and Oceans Canada said the closure was necessary.', [['Fisheries and Oceans Canada', 'the closure was necessary']]],
    ['Finance Minister Jane Marchand says the credit will help renters.\n\nThe budget document states that the measure will cost $3.1 billion.', [['Jane Marchand', 'the credit will help renters'], ['budget document', 'the measure will cost $3.1 billion']]],
    // the subject after an opener introduces the bare quotation after a gesture; a title alone before its preposition in
    // an appositive; a role's short predicate before a participle
    ['Wade Crowell fishes out of the cove.\n\nAsked whether the protest would continue into next week, Crowell shrugged. "That depends on Ottawa, not on us."', [['Wade Crowell', 'That depends on Ottawa']]],
    ["Kwame Asante, MPP for a west-end riding, said the province should follow Toronto's lead.", [['Kwame Asante', "the province should follow Toronto's lead"]]],
    ['Analysts at Portage Capital Markets were less forgiving, writing that the guidance "looks optimistic" given the stalled projects.', [['Analysts at Portage Capital Markets', 'the guidance "looks optimistic"']]],
    // one more of the people quoted, kept as written; a cue opening the sentence after a conjunction; how words were said
    ['"Better watch out," tweeted another. But, said Sam Solovey, "I do not want to drum up conflict."', [['another', 'Better watch out'], ['Sam Solovey', 'I do not want to drum up conflict']]],
    ['"The answer is no," the nominee riffed.', [['the nominee', 'The answer is no']]],
    // (set AE) a portfolio list before a title is the title's; Kenya's "the CS"; a country after a town, or a town after a
    // workplace, is where and not who; a bill's name holds no person called Bill
    ['Lands, Housing and Urban Development Cabinet Secretary Josephine Mutheu has defended the levy, saying the deductions are building homes.\n\n"Every shilling is accounted for," the CS said.', [['Josephine Mutheu', 'the deductions are building homes'], ['Josephine Mutheu', 'Every shilling is accounted for']]],
    ["Officials in Kampala, Uganda, said fees were cut. Jane Cole, a teacher in Kyetume, Uganda, said fees were too high. Sr. Margaret Nabukenya, the head teacher of St. Agnes Girls' School, Kyetume, said her school had cut fees.", [['Officials in Kampala', 'fees were cut'], ['Jane Cole', 'fees were too high'], ['Sr. Margaret Nabukenya', 'her school had cut fees']]],
    ['The Civil Service Appointments Bill, sponsored by Minister Oded Shemesh, passed a first reading.\n\nShemesh said the committees had become a veto.\n\n"A minister must be able to choose," he said.', [['Oded Shemesh', 'the committees had become a veto'], ['Oded Shemesh', 'A minister must be able to choose']]],
    // (review 50) how words were said reports only words right after it: not a fragment the sentence gives to someone
    // else, a time or a particle after "that", a programme's title or a scare quote
    ['The dog barked "all night," a neighbour told the court.', [['a neighbour', 'all night']]],
    ['The talks went on that evening until well past midnight. Senator Jane Cole went on "Meet the Press" on Sunday. She sighed "deeply" and laughed that off.', []],
    ['Jane Cole yelled "Get out!" at the crowd.', [['Jane Cole', 'Get out!']]],
    // a title that is also a surname, alone, is the surname
    ['Radio host Larry Elder said the plan was dead. Elder said the talks had failed.', [['Larry Elder', 'the plan was dead'], ['Larry Elder', 'the talks had failed']]],
    // (set AF) a body's branch, wing or division speaks for itself
    ["Unison's City of Edinburgh branch said in a statement that more than 160 posts would go. The party's youth wing said it would boycott the vote.", [["Unison's City of Edinburgh branch", 'more than 160 posts would go'], ["party's youth wing", 'it would boycott the vote']]],
    // (review 50 LEFT) a surname finds a full name with a generation's suffix; an appositive's person who died is not a
    // later surname's
    ['Admiral Harry B. Harris Jr. spoke on Friday.\n\n"We must communicate clearly," Harris said.', [['Harry B. Harris Jr.', 'We must communicate clearly']]],
    ['Ford vows to fight\n\nPremier Doug Ford spoke on Friday. His late brother, Rob Ford, died in 2016.\n\n"We will fight," Ford said.', [['Doug Ford', 'to fight'], ['Doug Ford', 'We will fight']]],
    // a time with "that" after the cue, then the content's own "that"; "yet another"
    ['Smith told the court that day that he was innocent. "We will win," said yet another.', [['Smith', 'he was innocent'], ['another', 'We will win']]],
    // (set AG) India's role abbreviations after a titled name; "Justices" before two judges; a wire's dateline closed by
    // its agency in brackets, with no dash
    ['Pune Metro managing director S.R. Bhalerao announced the hike.\n\nThe MD said the discount for students would continue.', [['S.R. Bhalerao', 'the discount for students would continue']]],
    ['Khurda Road Divisional Railway Manager (DRM) Anil Kumar Swain said work was under way.\n\nAccording to the DRM, the up line is likely to be restored by Saturday.', [['Anil Kumar Swain', 'work was under way'], ['Anil Kumar Swain', 'the up line is likely to be restored']]],
    ['A bench of Justices A.K. Ramaswamy and Nandita Bose said the government had been given enough time.\n\nJustice Ramaswamy, heading the bench, said the court would not wait.', [['A.K. Ramaswamy and Nandita Bose', 'the government had been given enough time'], ['A.K. Ramaswamy', 'the court would not wait']]],
    ['New Delhi, Dec 4 (PTI) The Supreme Court on Friday pulled up the Centre over the delay, observing that students "cannot be left to die in basements".', [['Supreme Court', 'cannot be left to die in basements']]],
    // (not a person whose clause tells of others killed)
    ['Jane Murphy spoke.\n\nSenator Chris Murphy, who visited families of those killed, spoke.\n\n"We will act," Murphy said.', [['Chris Murphy', 'We will act']]],
    // the subject after an inverted copula is the next pronoun's
    ['The Taoiseach defended the record.\n\nAmong the marchers was Clodagh Mulvey, a nurse who lives in Swords.\n\n"I work nights," she said.', [['Clodagh Mulvey', 'I work nights']]],
  ])('%s', (...row) => check(row));
});

// whole statements, speaker and text exactly, where a longer or a shorter text would still pass the rows above
describe('statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a time with "that" after the cue (or its addressee) is no part of the content
    ['Smith told the court that day that he was innocent. Jones said that morning that the plan was dead.', [['Smith', 'he was innocent'], ['Jones', 'the plan was dead']]],
    // a quotation keeps its connective, in a run of paragraphs too; reported words lose the writer's
    ['In a statement, the club said: "Steve Mallinder has left his role.\n\n"However, results this season have fallen short of the standards we expect."\n\nHowever, the club said a new manager would be named soon.', [['the club', 'Steve Mallinder has left his role. However, results this season have fallen short of the standards we expect.'], ['the club', 'a new manager would be named soon']]],
    ['The report, in which officials say the plan failed, was released Monday.', [['officials', 'the plan failed']]],
    // a quotation after a statement made inside a relative clause is not that clause's speaker's
    ['"I am not being paid," Tom LeVell said after an appearance on a radio station during which callers asked how much he was getting. "I make my own money."', [['Tom LeVell', 'I am not being paid'], ['callers', 'how much he was getting']]],
    // two adjectives of one noun are no second predicate
    ['Dr Tom Hall said sanctioning individual ships had a real but limited effect.', [['Tom Hall', 'sanctioning individual ships had a real but limited effect']]],
    ['A report published in November by the Almaty-based Steppe Policy Institute offers a detailed picture. The report found that re-exports fell by a third.', [['Steppe Policy Institute', 're-exports fell by a third']]],
    // (review 41) the pronoun after "in which" is the clause's subject, not a name after a verb or a preposition, and
    // the host goes on quoting; "the way in which" is no event; "the person" is a named speaker only if unnamed before;
    // "the central bank" is the bank just met; "that" before a plural opens a that-clause
    ['Rishi Sunak gave an interview to the BBC\'s Nick Robinson, in which he said taxes would fall.\n\n"We have turned a corner," he said.', [['Rishi Sunak', 'taxes would fall'], ['Rishi Sunak', 'We have turned a corner']]],
    ['Tom Hughes said he was tired. He later posted a video in which he said he would quit.\n\n"It is time for someone else to lead this party."', [['Tom Hughes', 'he was tired'], ['Tom Hughes', 'he would quit'], ['Tom Hughes', 'It is time for someone else to lead this party.']]],
    ['The way in which police described the victim angered her family, Tom Hughes said.', [['Tom Hughes', 'The way in which police described the victim angered her family']]],
    ['Tom Hughes said a person had been detained. The person told officers she was innocent.', [['Tom Hughes', 'a person had been detained'], ['the person', 'she was innocent']]],
    ['The Bank of England said rates would stay. The central bank said inflation would fall.', [['Bank of England', 'rates would stay'], ['Bank of England', 'inflation would fall']]],
    ['That officials said nothing for a week is telling.', []],
    ['No official has said the plan will work.', []],
    ["That's the person who told me the bridge was safe, Tom Hughes said.", [['Tom Hughes', "That's the person who told me the bridge was safe"]]],
    ['The Kenyan president, William Ruto, met Tanzania\'s President Samia Hassan on Monday, a meeting at which he said the border dispute was over.', [['William Ruto', 'the border dispute was over']]],
    ['The International Monetary Fund cut its forecast. The Washington-based fund said risks were rising.', [['International Monetary Fund', 'risks were rising']]],
    // whom a closing attribution warned, and its frame, are no content
    ['Attacks on vessels pose a real risk to food supplies, a senior official warned the Security Council on Thursday.', [['a senior official', 'Attacks on vessels pose a real risk to food supplies']]],
    // "put it" with a manner or a colon is a way of saying; not "put it on the table"
    ['One Moscow-based banker, who asked not to be named, put it bluntly: "Every package is the last one until the next one."', [['One Moscow-based banker', 'Every package is the last one until the next one.']]],
    ['He put it on the table.', []],
    // a past participle's clause opening the sentence is no subject
    ['Donald Trump spoke.\n\nChastened by the analyses, as well as complaints over its costs, Trump revised his plan, promising to focus more of its benefits on average Americans.', [['Donald Trump', 'to focus more of its benefits on average Americans']]],
    // a lawyer who defended people or clients said nothing by it
    ['A web video references four cases in which Tom Kaine defended people accused of murder.', []],
    // a nickname in quotation marks inside a name is part of the name; "Ma." for Maria after a title; "de los"
    ['Rowena Bautista, 38, said the rice ran out.\n\nHer husband, Ferdinand "Andoy" Bautista, a farmer, said the floods had wiped out the crop.\n\n"Our whole year is gone," he said.', [['Rowena Bautista', 'the rice ran out'], ['Ferdinand Bautista', 'the floods had wiped out the crop'], ['Ferdinand Bautista', 'Our whole year is gone']]],
    ['Sen. Ma. Teresa "Tessie" dela Cruz said agencies were too slow.\n\n"That should not happen," the senator said.', [['Ma. Teresa dela Cruz', 'agencies were too slow'], ['Ma. Teresa dela Cruz', 'That should not happen']]],
    ['San Aurelio Mayor Edgardo de los Santos said the bridge was washed out.', [['Edgardo de los Santos', 'the bridge was washed out']]],
    ['The word "Brexit" Johnson used was wrong, Tom Hughes said.', [['Tom Hughes', 'The word "Brexit" Johnson used was wrong']]],
    // an age names the person of that age; a body's name without the lower-case word before it; a body's acronym or a
    // party tag in brackets before an aside
    ['"We just did not turn up," the 29-year-old lock said after the loss.\n\nTama Rawiri, who was named player of the match, told Sky Sport that he had dreamed of a title.\n\n"My nan has been coming to games here for years," the 22-year-old said.', [['the 29-year-old lock', 'We just did not turn up'], ['Tama Rawiri', 'he had dreamed of a title'], ['Tama Rawiri', 'My nan has been coming to games here for years']]],
    ['The national Department of Water and Sanitation said it was monitoring the situation.', [['Department of Water and Sanitation', 'it was monitoring the situation']]],
    ['The Department of Social Welfare and Development (DSWD), in a statement, said it had released food packs.', [['Department of Social Welfare and Development', 'it had released food packs']]],
    ['Rep. Jim Jordan (R-Ohio), in a statement, said the inquiry was over.', [['Jim Jordan', 'the inquiry was over']]],
    ['The Association of Road Contractors, Ghana (ARCOG), a body of 600 firms, said in a statement that many of its members had left sites.', []],
    ["Another resident, taxi owner Sipho 'Bra Sip' Dlamini, said he had spent R2,000 on water.\n\n'Nobody has knocked on a single door here,' he said.", [['Sipho Dlamini', 'he had spent R2,000 on water'], ['Sipho Dlamini', 'Nobody has knocked on a single door here']]],
    ['The deal could collapse, according to people familiar with the matter.\n\nThe two firms supply a third of the cups, one of the people said.\n\nGoldman Sachs is advising Halverson, the people said.', [['people familiar with the matter', 'The deal could collapse'], ['one of the people', 'The two firms supply a third of the cups'], ['people familiar with the matter', 'Goldman Sachs is advising Halverson']]],
    // the outlet's own correspondent is the writer; "claimed trial" is a plea
    ['Our correspondent, who visited the area on Sunday, observed that many shops remained closed.', []],
    ['Lim Kok Weng, 41, has claimed trial to three charges of cheating.', []],
    // (review 42) a name in commas inside another phrase is no host; bodies apart by their subject; a quotation after a
    // name that is no given name, or before a day, is no nickname; "Ma." only before a given name; a pronoun's aside
    // is no main clause; the name before a role and a bracketed acronym; "put it" only before its words
    ['Joe Biden, flanked by his secretary of state, Antony Blinken, held a news conference at which he said the ceasefire would hold.\n\n"We are close," he said.', [['Joe Biden', 'the ceasefire would hold'], ['Joe Biden', 'We are close']]],
    ['The Ministry of Defence said troops were ready. The health ministry said hospitals were full.', [['Ministry of Defence', 'troops were ready'], ['health ministry', 'hospitals were full']]],
    ['Trump called DeSantis "Disloyal" Monday, saying he was ungrateful.', [['Donald Trump', 'DeSantis "Disloyal" Monday'], ['Donald Trump', 'he was ungrateful']]],
    ['"We will not back down," said Justice Ma. The hearing was adjourned until Monday, lawyers said.', [['Ma', 'We will not back down'], ['lawyers', 'The hearing was adjourned until Monday']]],
    ['Tom Hughes held a rally, at which he said voters, he knew, wanted change.', [['Tom Hughes', 'voters, he knew, wanted change']]],
    ['Jane Ruiz, a spokeswoman for the Department of Social Welfare and Development (DSWD), in a statement, said food packs were sent.', [['Jane Ruiz', 'food packs were sent']]],
    ['Tom Hughes put it best when he said the party had lost its soul.', [['Tom Hughes', 'the party had lost its soul']]],
    // an age after a name is the role "the 29-year-old" finds; whom a closing attribution warned may hold "of"
    ['Tom Hughes, 29, spoke first. Jane Ruiz, 22, spoke next. "We lost," the 29-year-old said.', [['Tom Hughes', 'We lost']]],
    ['The deficit will grow, Tom Hughes warned the Bank of England on Monday.', [['Tom Hughes', 'The deficit will grow']]],
    // a name's verb in -s before an article ends the speaker phrase
    ['The film, in which Tom Hughes plays a detective who tells his wife he is leaving, opens on Friday.', []],
    ['The plan will fail, the minister warned the Kenyan parliament on Monday.', [['the minister', 'The plan will fail']]],
    // a family name first before a workplace; residents "around" a place are a group
    ['Another expert, Choi Jae-wook of the Korea Institute for Defense Policy, said the North may be preparing a test.', [['Choi Jae-wook', 'the North may be preparing a test']]],
    ['Residents around Tamsen Lake say water levels have dropped by nearly 2 feet since 2015.', [['Residents around Tamsen Lake', 'water levels have dropped by nearly 2 feet since 2015']]],
    // a quantifier with its verb opens the content; the plus of "OPEC+"
    ['A spokeswoman, Dana Whitcombe, said each would be reviewed under the standard.', [['Dana Whitcombe', 'each would be reviewed under the standard']]],
    ['"The mood is for doing more," one OPEC+ delegate said.', [['one OPEC+ delegate', 'The mood is for doing more']]],
    ['Attorney General Marcus Trent called the ruling a victory for every family that depends on a well.', [['Marcus Trent', 'the ruling a victory for every family that depends on a well']]],
    // (review 43) a plural noun before an article is no name's verb; a body with its own verb is the content's subject;
    // "and" inside a department's name; a company of two words before "of" stays a body; circles on a chart say nothing
    ['Three officials the Times interviewed said the talks had collapsed.', [['Three officials the Times interviewed', 'the talks had collapsed']]],
    ['In London, the chancellor warned the Bank of England would act.', [['the chancellor', 'the Bank of England would act']]],
    ['Benefits are too low, the charity warned the Department for Work and Pensions.', [['the charity', 'Benefits are too low']]],
    ['Globe Telecom of the Ayala group said costs were up. It said costs would rise.', [['Globe Telecom', 'costs were up'], ['Globe Telecom', 'costs would rise']]],
    ['The circles on the chart indicate that support has fallen.', []],
    // a name in 's right before its verb is a firm's, no possessive (not Narendra Modi, whose surname folds the same);
    // unless a person of that surname is named ("Obama's said": has); "Lloyd's of London" is one name; a possessor
    // owns the person who speaks ("Lazar's public defense counsel", "Bennett's younger sister")
    ['Prime Minister Narendra Modi said growth would slow. Separately, Moody\'s warned that the deficit would widen.', [['Narendra Modi', 'growth would slow'], ["Moody's", 'the deficit would widen']]],
    ["Trader Joe's also said it would close the store in March.", [["Trader Joe's", 'it would close the store in March']]],
    ["Barack Obama spoke in Ohio. Obama's said he would veto the bill.", [['Barack Obama', 'he would veto the bill']]],
    ["Lloyd's of London said it would pay the claims in full.", [["Lloyd's of London", 'it would pay the claims in full']]],
    ['Dan Lazar was sentenced. Lazar\'s public defense counsel asked for three years, calling his hacking "an addiction of sorts."', [["Lazar's public defense counsel", 'his hacking "an addiction of sorts."']]],
    ["Jim Bennett died in May. Bennett's younger sister went to school with her, and told stories of how both girls were popular.", [["Bennett's younger sister", 'of how both girls were popular']]],
    // people by what they do opening the sentence, before where they are, are a group (not the place); a surname the
    // document gives with a given name stays the person
    ['Villagers near Mount Mayon said the ash fell all night.', [['Villagers near Mount Mayon', 'the ash fell all night']]],
    ['Ian Rivers is an analyst. Rivers at Eurasia Group said the vote would be close.', [['Ian Rivers', 'the vote would be close']]],
    // (blind set U) a story told in the simple past goes on past "and"; a reason after a parenthetical cue is the
    // source's; "a shot" is no cue "shot (back)"; "expects" takes an object; an unlisted name word before the given
    // name after a role and its place; a bracketed contact clause ends in its preposition
    ['Luis Carranza said he ran over in his socks and found the mother in the front yard.', [['Luis Carranza', 'he ran over in his socks and found the mother in the front yard']]],
    ["Laidlaw won. He didn't have to shout, Laidlaw said, because the players had already started talking.", [['Laidlaw', "He didn't have to shout because the players had already started talking"]]],
    ['Laidlaw said Kettering, who left briefly after blocking a shot, is fine and will make the trip.', [['Laidlaw', 'Kettering, who left briefly after blocking a shot, is fine and will make the trip']]],
    // (review 44) a title's or a known person's name in 's is "has"; a body's name ending before the given name is no
    // part of it; what happened next is the writer's; "expect" takes a forecast figure or someone's act, not any noun; a
    // reason after a parenthetical cue ends at its comma
    ["Prime Minister Narendra Modi spoke. Modi's said the election will be free.", [['Narendra Modi', 'the election will be free']]],
    ["Mr Sunak's told MPs that the plan is working. \"We have turned a corner,\" he said.", [['Rishi Sunak', 'the plan is working'], ['Rishi Sunak', 'We have turned a corner']]],
    ['The opposition leader in the Lok Sabha Rahul Gandhi said the vote was rigged.', [['Rahul Gandhi', 'the vote was rigged']]],
    ['The minister said he regretted the decision and resigned on Friday.', [['the minister', 'he regretted the decision']]],
    ['The fisherman said he had already bought bait and hired a deckhand.', [['the fisherman', 'he had already bought bait and hired a deckhand']]],
    // a given name no list knows after a body's or place's name that has visibly ended; a role the one known holder's
    // title does not name ("secretary general" of another party) is not theirs; fishermen, rebels near a place
    ['The secretary general of the Zanu-PF party Obert Mpofu said the congress would go ahead.', [['Obert Mpofu', 'the congress would go ahead']]],
    ['The chief minister of West Bengal Mamata Banerjee said the state would not comply.', [['Mamata Banerjee', 'the state would not comply']]],
    ['The mayor of Cagayan de Oro Rolando Uy said the road was closed.', [['Rolando Uy', 'the road was closed']]],
    ['Alfonso Aguilar, the executive director of the Latino Partnership for Conservative Principles, said the tone mattered.', [['Alfonso Aguilar', 'the tone mattered']]],
    ['Fishermen near Lake Victoria said the catch had collapsed. Rebels near Aleppo said they had taken the town.', [['Fishermen near Lake Victoria', 'the catch had collapsed'], ['Rebels near Aleppo', 'they had taken the town']]],
    // a body's name between the article and a report; a firm in 's before a verb no noun shares
    ['A Senate report says the agency ignored the warnings.', [['a Senate report', 'the agency ignored the warnings']]],
    ["Women's Aid said calls had doubled. Children's Commissioner Anne Longfield said the plan failed.", [["Women's Aid", 'calls had doubled'], ['Anne Longfield', 'the plan failed']]],
    ["Moody's says it will cut the rating next year.", [["Moody's", 'it will cut the rating next year']]],
    // (blind set V) "the chief justice" is the Chief Justice, not a Justice met since; a family name first before two
    // given names is a full name a later surname and "he" find; a place, a role word no list knows, then a name; a
    // plural's possessive mark owns the words after it; a post-nominal in brackets; Filipino particles in a body's name
    ['Chief Justice Zafar Iqbal Kundi questioned the PTA. Justice Rabia Sultana Awan was hearing a petition. "Is that the law now?" the chief justice asked.', [['Zafar Iqbal Kundi', 'Is that the law now?']]],
    ['He said this in a written reply to Wong Kah Seng. Contacted by The Star, Wong said the reply confirmed their fears. "The people cannot eat a promise," he said.', [['Wong Kah Seng', 'the reply confirmed their fears'], ['Wong Kah Seng', 'The people cannot eat a promise']]],
    ['Te Awahou kaumātua Pita Hēnare Rangiāniwaniwa, 78, put it more bluntly.\n\n"Kua hōhā mātou," he said.', [['Pita Hēnare Rangiāniwaniwa', 'Kua hōhā mātou']]],
    ["Kottayam-based Rubber Growers' Federation president Jose Mathew Kurian said growers had stopped tapping. \"Half my neighbours have left,\" he said.", [['Jose Mathew Kurian', 'growers had stopped tapping'], ['Jose Mathew Kurian', 'Half my neighbours have left']]],
    ['Counsel to the plaintiff, Chief Adebayo Ogunleye (SAN), argued that his client would suffer harm.', [['Adebayo Ogunleye', 'his client would suffer harm']]],
    ["Rice farmers' group Samahan ng Magsasaka sa Gitnang Luzon, which held a picket, said the imports had arrived late.", [[null, 'the imports had arrived late']]],
    // an acronym spelt like a function word is the body ("DID", "WHO"); "Director-General" is a title
    ['Former DID chief Hashim Zaki said delays were about land.', [['Hashim Zaki', 'delays were about land']]],
    ['WHO Director-General Tedros Adhanom said the outbreak was over.', [['Tedros Adhanom', 'the outbreak was over']]],
    // (review 45) a verb is no role word before a name; a headline's family name before everyday words is no person; a
    // name after a person noun or a club is no speaker; "Mother's" is no firm
    ['President William Ruto sacked Kithure Kindiki on Friday. He said the cabinet needed new blood.', [['William Ruto', 'the cabinet needed new blood']]],
    ['A lawyer for the defendant Ghislaine Maxwell said she would appeal.', [['a lawyer for the defendant Ghislaine Maxwell', 'she would appeal']]],
    ['The manager of the club Manchester United said the team was tired.', [['the manager of the club Manchester United', 'the team was tired']]],
    ["Mother's says the family is grieving.", []],
    // someone else's words a frame introduces are not the cue's subject's
    ['The spot concludes with footage of Trump saying during the debate last week, "That makes me smart," when Ruiz blasted him.', [['footage of Trump', 'That makes me smart']]],
    // (blind set W) a party and ward in brackets after a name; "District" is a body's word
    ['Cllr Rob Haskins (Conservative, Ashbury North), who voted for the scheme, warned that the council could face costs.', [['Rob Haskins', 'the council could face costs']]],
    ['In a statement, the Macquarie Plains Local Health District said it was recruiting midwives.', [['Macquarie Plains Local Health District', 'it was recruiting midwives']]],
    // an appositive with a participle's phrase after a body ("the union representing …"); a lower-case role before an
    // appositive name
    ['The Gulfview Education Association, the union representing about 3,100 teachers, said that it welcomed the vote.', [['Gulfview Education Association', 'it welcomed the vote']]],
    ['Another speaker, retired teacher Gloria Pineda, held up a book and said the board had not read it.', [['Gloria Pineda', 'the board had not read it']]],
    // (review 46) the speaker's own participle in the frame keeps the quotation theirs; a firm in 's may be a given
    // name's; a body's word "bank" or "team" ends before a name
    ['The prime minister said in a speech warning of hard times, "We must all tighten our belts."', [['the prime minister', 'We must all tighten our belts.']]],
    ["Wendy's warns that costs will rise.", [["Wendy's", 'costs will rise']]],
    // (review 47) a firm's name after "the airline" is no person; a preposition is no role word before an appositive;
    // "denying" after "with" reports words only before its clause
    ['A spokesman for the airline Virgin Atlantic said the route was suspended.', [['a spokesman for the airline Virgin Atlantic', 'the route was suspended']]],
    ['Another fan, from Cape Town, stood up and said the team was finished.', []],
    ['United won, with Sanchez denying Spurs a late equaliser.', []],
    // (blind set X) an aside opened by an adverb and a past participle, or by "run"; any cue's participle after
    // "with" and its subject, but "adding" only before its clause
    ['The actor, best known for playing a detective, says the film has changed her work.', [['the actor', 'the film has changed her work']]],
    ['The study, run at 14 hospitals, found that most patients had fewer migraine days.', [['the study', 'most patients had fewer migraine days']]],
    ['Side effects were mild, according to the researchers, with some patients reporting tingling or skin irritation.', [['the researchers', 'Side effects were mild'], ['some patients', 'tingling or skin irritation']]],
    ['Jobs grew again, with the economy adding 151,000 jobs during the month.', []],
    // (a property test's counterexamples: an appositive comma at the end of the text reads no name after it)
    ['The , according', []],
    ['minister to Lavrov , according', []],
    // (a random counterexample: a title closing the text after "told", with nothing after it to read)
    ["Police near Seng spoke with Senate Wendy's London Gloria told Chief", []],
    // a thing's passive and its agent named in full is the one a later "she" or "he" speaks for (not a person's own
    // passive: "He was attacked by John Smith")
    ['Helen Marsh said the scheme had failed. The issue was raised at question time by MP Rachel Adeyemi, whose seat has no hubs. "How long does she have to wait?" she asked.', [['Helen Marsh', 'the scheme had failed'], ['Rachel Adeyemi', 'How long does she have to wait?']]],
    ['Tom Hughes spoke first. He was attacked by John Smith on Friday. "It hurt," he said.', [['Tom Hughes', 'It hurt']]],
    ['Police say he posed a deadly threat and refused to drop the gun.', [['Police', 'he posed a deadly threat and refused to drop the gun']]],
    ['Fans expected a win. Police expect delays on the A1 after the crash.', []],
    ["She wasn't there, she said, because she was ill, but the court heard she had been seen in a bar.", [[null, "She wasn't there because she was ill"]]],
    ['Several residents the BBC spoke to said they had not been warned.', [['several residents the BBC spoke to', 'they had not been warned']]],
    ['During his seven and a half years in office, the president said, a majority of voters have come to accept the threat.', [['the president', 'During his seven and a half years in office a majority of voters have come to accept the threat']]],
    ['Tom Hughes said after the convention he would not accept the endorsement.', [['Tom Hughes', 'he would not accept the endorsement']]],
    ['Tallowood now expects underlying profit of between $120 million and $135 million.', [['Tallowood', 'underlying profit of between $120 million and $135 million']]],
    ['Reporters Without Borders said the arrests were unjustified.', [['Reporters Without Borders', 'the arrests were unjustified']]],
    ['A staff report says ridership is still about 12 per cent below 2019 levels. The staff report says fares are too high.', [['a staff report', 'ridership is still about 12 per cent below 2019 levels'], ['a staff report', 'fares are too high']]],
    // present-tense "states" before a clause after a person's noun, after a quotation closing its sentence, inverted
    // after an opening quotation (not "member states", not "states the obvious")
    ['The minister states the plan is on schedule.', [['the minister', 'the plan is on schedule']]],
    ['"The plan is on schedule," the minister states.', [['the minister', 'The plan is on schedule']]],
    ['"The plan is on schedule," states the minister.', [['the minister', 'The plan is on schedule']]],
    ['The member states the EU has named will vote. He states the obvious.', []],
    // a noun for a person (WordNet's, or "reeve") before "of" and a name heads the phrase; a thing's noun does not
    ['The reeve of the Rural Municipality of Grey, who lost two barns in 2011, said the buyout came too late.', [['the reeve of the Rural Municipality of Grey', 'the buyout came too late']]],
    ['The nephew of John Grey said the will was forged.', [['the nephew of John Grey', 'the will was forged']]],
    ['The idea originated in the mouth of Tom Hughes, who proclaimed in July that the border was open.', [['Tom Hughes', 'the border was open']]],
    // (set Y) a parent's count of children; Canada's "Minister Responsible for …" before a name; a new clause after
    // the cue's time ("said Tuesday, but …"); a firm by its first word after its full name, and its "it"
    ['Speaking through an interpreter, the grandmother of 11 said she was happy about the new homes.', [['the grandmother of 11', 'she was happy about the new homes']]],
    ['Minister Responsible for the Nunavut Housing Corporation Lucy Kilabuk-Reid made the announcement in Iqaluit, saying the units would be shipped by fall.', [['Lucy Kilabuk-Reid', 'the units would be shipped by fall']]],
    ['The hamlet will get 24 new units, the minister said Tuesday, but the MLA says the homes will barely dent a wait list.', [['the minister', 'The hamlet will get 24 new units'], ['the MLA', 'the homes will barely dent a wait list']]],
    ['Calgary-based Bowmark Energy Ltd. will cut its budget, chief executive Wendell Oyama said. Production in the Deep Basin region fell. Bowmark now expects to spend $620 million in 2027. It expects production to be roughly flat.', [['Wendell Oyama', 'Calgary-based Bowmark Energy Ltd. will cut its budget'], ['Bowmark Energy Ltd.', 'to spend $620 million in 2027'], ['Bowmark Energy Ltd.', 'production to be roughly flat']]],
    // (set Y) a short question in single marks is a heading; an elided particle opens a surname; a letter received is not the receiver's; a cue's form modifying a
    // person noun; a request denied; an age and a town with its CP abbreviation (the letter the committee delivered is
    // the committee's, since session 20; set K's labeller gives it to the committee or to its chair, Ferrante)
    ["Shelby Rempel said the RM spent $400,000.\n\n'On top of what?'\n\nLorraine Kostiuk shook her head.", [['Shelby Rempel', 'the RM spent $400,000']]],
    ['A DFO spokesperson said talks go on. Its president, Glen d\'Entremont, who has fished here for 31 years, went further. "If DFO has rules, they are rules for everybody," he said.', [['a DFO spokesperson', 'talks go on'], ["Glen d'Entremont", 'If DFO has rules, they are rules for everybody']]],
    ['Owen McAllister received a letter from the language office informing him of a complaint. "It is a chalkboard," he said. The letter says the sign must be corrected within 30 days.', [['Owen McAllister', 'It is a chalkboard'], ['the letter', 'the sign must be corrected within 30 days']]],
    ['"We had a man miss an appointment," Ferrante says. The committee delivered a letter to city hall. The letter states, "We are not asking for special treatment."', [['Ferrante', 'We had a man miss an appointment'], ['the committee', 'We are not asking for special treatment.']]],
    ['The personal support worker said she had already been late twice this month.', [['the personal support worker', 'she had already been late twice this month']]],
    ["The board denied Brandt's request to defer the vote. The judge denied his application for bail. Smith denied the request was ever made.", [['Smith', 'the request was ever made']]],
    ['The 20-year-old from Sainte-Agathe, Man., said he had dreamed about the moment. The player from Brandon, Man., said it was real.', [['the 20-year-old from Sainte-Agathe', 'he had dreamed about the moment'], ['the player from Brandon', 'it was real']]],
    // (set Y) a past participle right after the article is an adjective ("The leaked report said" was lost); a pronoun
    // opening the main clause after an opener goes on over joined verbs; a relative's given name alone between commas
    // is the "he" after it; "the judge" is the Justice met before; a dissertation written is no statement
    ['The leaked report said the plan failed. The agreed statement of facts states that the level was high.', [['the leaked report', 'the plan failed'], ['the agreed statement of facts', 'the level was high']]],
    ['Cody Brennan looked down. When given the chance to address the court, he stood, turned to the gallery and said he was sorry.', [['Cody Brennan', 'he was sorry']]],
    ["Derek Lam said the sentence was fair. Voskuil's husband, Pieter, read a victim impact statement in court. \"Our daughters are nine and 12,\" he said.", [['Derek Lam', 'the sentence was fair'], ['Pieter', 'Our daughters are nine and 12']]],
    ['Justice Miriam Okonjo-Hale said it was a choice. Derek Lam asked for six years. The judge said she accepted that Brennan was remorseful.', [['Miriam Okonjo-Hale', 'it was a choice'], ['Miriam Okonjo-Hale', 'she accepted that Brennan was remorseful']]],
    ['Berhanu Nega taught there. While studying, he lived in Brooklyn and wrote his dissertation on the failures of agriculture.', []],
    // (set Z) body words (Community, Club, Church, School, Hospital …); a count opening the content after "according to";
    // people reached by someone; a demonstrative "that" and its verb open the content; a plural's possessive mark
    // inside a body's name; "states that have" is a noun's relative clause
    ['The Economic Community of West African States (ECOWAS) said in a statement that it remained ready to help.', [['Economic Community of West African States', 'it remained ready to help']]],
    ['According to the Nayoran League for Human Rights (LNDH), at least 37 people, including two journalists, have been detained.', [['Nayoran League for Human Rights', 'at least 37 people, including two journalists, have been detained']]],
    ['In Doubare, residents reached by telephone said the day had passed calmly. Analysts polled by Reuters said the bank would cut rates.', [['residents', 'the day had passed calmly'], ['Analysts', 'the bank would cut rates']]],
    ['Tom Hughes said that was a matter for the operator. He said that the plan was fine.', [['Tom Hughes', 'that was a matter for the operator'], ['Tom Hughes', 'the plan was fine']]],
    ["The Plata Rail Drivers' Union called the stoppage after talks broke down, saying the offer was too low.", [["Plata Rail Drivers' Union", 'the offer was too low']]],
    ['Voters in Rust Belt states that have suffered intensely are angry.', []],
    // "the statement" is the last speaker's, or a body that spoke, opened its sentence or issued a document; not a body
    // only named inside someone's words; a document met with "a" is kept as written
    ['In a joint statement, Tom Hughes said they would convene the next meeting of the Cooperation Council in 2027. The statement also said both sides backed a shipping line.', [['Tom Hughes', 'they would convene the next meeting of the Cooperation Council in 2027'], ['Tom Hughes', 'both sides backed a shipping line']]],
    ['Tom Hughes and Jane Ruiz reaffirmed that the alliance remains strong, according to a readout from the White House. The two discussed trade, the statement said.', [['Tom Hughes and Jane Ruiz', 'the alliance remains strong'], ['White House', 'The two discussed trade']]],
    ['Tom Hughes said he was worried. A court document filed Thursday says the charge was dropped.', [['Tom Hughes', 'he was worried'], ['court document', 'the charge was dropped']]],
    // (review 48) a victim's family opening a sentence gives no "she"; a relative killed is no "he"; "the judge" is no
    // Justice Minister; a request denied, not a clause about it; a firm named for a person is not that person; Church
    // as a surname; "states" with an object is no report
    ["Detective Inspector Sarah Jones said the attack was unprovoked. Chloe Mitchell's family has paid tribute to the 19-year-old. She said officers were still searching.", [['Sarah Jones', 'the attack was unprovoked'], ['Sarah Jones', 'officers were still searching']]],
    ["Tom Smith said the inquiry was a sham. Smith's son, James, was killed in 2019. He said police had ignored warnings.", [['Tom Smith', 'the inquiry was a sham'], ['Tom Smith', 'police had ignored warnings']]],
    ['Judge Mary Stacey heard the case. Justice Minister Sean Fraser said the law would change. The judge said the accused would be held.', [['Sean Fraser', 'the law would change'], ['Mary Stacey', 'the accused would be held']]],
    ['The Home Office denied the visa process was discriminatory. The club denied the bid from Saudi investors was still alive. The government would deny them permits until the work was done.', [['Home Office', 'the visa process was discriminatory'], ['the club', 'the bid from Saudi investors was still alive']]],
    ['The Trump Organization said it would appeal. Trump said the case was a witch hunt. Dr Sarah Church led the study. Church said the results were clear.', [['Trump Organization', 'it would appeal'], ['Donald Trump', 'the case was a witch hunt'], ['Sarah Church', 'the results were clear']]],
    ['He states a preference for rail. She states the problem plainly.', []],
    // a club, school, hospital, charity, trust … is a body ("The club said" was the club captain met before); a short
    // aside after the cue's time before its "that"
    ['Club captain Bruno Fernandes said the team was ready. The club said tickets had sold out.', [['Bruno Fernandes', 'the team was ready'], ['the club', 'tickets had sold out']]],
    ['The company said Monday, while announcing results, that profit had doubled. The bank said Thursday, as expected, that rates would stay on hold.', [['the company', 'profit had doubled'], ['the bank', 'rates would stay on hold']]],
    // (set AA) a role opening the sentence before a name between commas is that person's ("the minister" after "The
    // housing minister, Priya Ramgoolam, …" was the headline's "Housing minister"); a relative clause with commas of
    // its own before the cue; past a relative clause or an appositive to the sentence's verb; a body's name right after
    // its article is no person ("A spokesman for the Dawn Brigades"); a person named after a long title and before their
    // body; the body that made a study; "Of X, he said"; "Health Services Ireland"; a heading in single marks after a paragraph closing double ones
    ['Housing minister insists protections will work\n\nThe housing minister, Priya Ramgoolam, responded on Tuesday.\n\nShe said the protections would work.\n\n"I am not going to pretend," the minister said.', [['Housing minister', 'protections will work'], ['Priya Ramgoolam', 'the protections would work'], ['Priya Ramgoolam', 'I am not going to pretend']]],
    ['Dr Yasser Abdelrahim, who runs Ghadira Hospital, the last hospital in the city, said surgeons had been operating without anaesthetic. Rachel Amburgey, whose son, Eli, is in seventh grade, said the boy hid under a desk.', [['Yasser Abdelrahim', 'surgeons had been operating without anaesthetic'], ['Rachel Amburgey', 'the boy hid under a desk']]],
    ['A spokesman for the Dawn Brigades, who gave his name as Abu Khalid, denied the accusation, saying no weapon had ever been found on a truck.', [['a spokesman for the Dawn Brigades', 'no weapon had ever been found on a truck']]],
    ['Leader of the Opposition in the Council K. Thangavelu of the Makkal Urimai Katchi said desilting had never been carried out.', [['K. Thangavelu', 'desilting had never been carried out']]],
    ['"What surprised us was how little it took," lead author Dr Ingrid Solheim-Vatne of the Nordic Institute for Cardiac Research in Bergen told Reuters.', [['Ingrid Solheim-Vatne', 'What surprised us was how little it took']]],
    ['The study by the Fairhome Trust, a housing charity, surveyed 4,200 tenants and found that 19% had been served with a notice.', [['Fairhome Trust', '19% had been served with a notice']]],
    ['England captain Tom Hale said the pitch was hard. Of Kasun Ekanayake, he said: "That was one of the great hundreds."', [['Tom Hale', 'the pitch was hard'], ['Tom Hale', 'That was one of the great hundreds.']]],
    ['Health Services Ireland (HSI), in a statement issued on Tuesday, said attendances were up 9 per cent.', [['Health Services Ireland', 'attendances were up 9 per cent']]],
    ['Lenzen told DW the protests would go on "until someone picks up the phone."\n\n\'I understand the anger\'\n\nThe minister arrived later.', [['Lenzen', 'the protests would go on "until someone picks up the phone."']]],
    // (review 49) a body-named or company statement after the body spoke is the body's; an age-led description is not
    // the last speaker (someone just named in their words may be meant); "…, who …, the …, said Jane Doe" is Jane Doe's;
    // "Coach Tom Lee of Riverside Club" is a person and his club; a bank by its first word; "held" is no cue form
    ['Toyota said sales fell 3 per cent. A company statement said the decline was temporary. Hamas said the talks had stalled. A Hamas statement said the mediators were at fault.', [['Toyota', 'sales fell 3 per cent'], ['Toyota', 'the decline was temporary'], ['Hamas', 'the talks had stalled'], ['Hamas', 'the mediators were at fault']]],
    ['Manager Eddie Howe said Alexander Isak was fit. The 25-year-old striker said he felt good.', [['Eddie Howe', 'Alexander Isak was fit'], ['the 25-year-old striker', 'he felt good']]],
    ['The contract went to Tom Lee, who runs Acme, the largest firm in town, said Jane Doe, a councillor.', [['Jane Doe', 'The contract went to Tom Lee, who runs Acme, the largest firm in town']]],
    ['Coach Tom Lee of Riverside Club said the team was ready. The club said tickets had sold out. Deutsche Bank said profits rose sharply. Deutsche said it would hire 300 staff.', [['Tom Lee', 'the team was ready'], ['the club', 'tickets had sold out'], ['Deutsche Bank', 'profits rose sharply'], ['Deutsche Bank', 'it would hire 300 staff']]],
    ['Families of hostages still held in Gaza say every week of delay puts lives at risk.', [['Families', 'every week of delay puts lives at risk']]],
    // (set AB) a body's name in another language after its article, with name particles inside; a mountain is no
    // person a later "he" can be
    ['Their group, the Kilusang Guro para sa Bayan (KGPB), said many schools in Samar were still holding classes in tents.', [['Kilusang Guro para sa Bayan', 'many schools in Samar were still holding classes in tents']]],
    ['Residents of villages on Mt. Karangsewu were evacuated. Hendarto said the agency would review the alert. "If activity declines, people will go home," he said.', [['Hendarto', 'the agency would review the alert'], [null, 'If activity declines, people will go home']]],
    // a body named with its article opening a sentence is the issuer of "the statement" after it
    ['The Kremlin issued a statement on Friday. The statement said the talks had failed.', [['Kremlin', 'the talks had failed']]],
    // (review 49 LEFT) the host of a relative clause with commas of its own opening the sentence speaks, not a
    // description inside it; the host's own name as the last aside still does
    ["Mitch McConnell, who met Trump, the party's nominee, on Tuesday, said the talks went well. Jones, who lives in Leeds, Yorkshire, said the service was poor.", [['Mitch McConnell', 'the talks went well'], ['Jones', 'the service was poor']]],
    ['Her neighbour, who gave only his first name, Ahmed, said children were queueing for water before dawn.', [['Ahmed', 'children were queueing for water before dawn']]],
    // (review 49 LEFT) a body's short name with its place is no title and a name; a firm's "plc" in lower case; a
    // possessive and its noun opening the content after a frame
    ['The Health Ministry in Gaza said 40 people had been killed. Shell plc said profits fell sharply in the quarter.', [['Health Ministry in Gaza', '40 people had been killed'], ['Shell plc', 'profits fell sharply in the quarter']]],
    ['Ann Cole said in a statement her client was innocent.', [['Ann Cole', 'her client was innocent']]],
    // seeing eye to eye is agreeing, no view
    ['He has worked with Republicans on the issues on which they see eye to eye.', []],
    // (review 37) a document from someone else, inside a relative clause, is not the subject's, nor its words
    ['Tom Hughes, who received a letter from the council saying his permit was void, said he would appeal.', [['Tom Hughes', 'he would appeal']]],
    // a subordinate clause before a main clause with a named subject ends at the comma before it
    ['While Hughes has said that he regularly makes recommendations on cases, Okafor said he does not do them publicly, as was the case with the news conference.', [['Hughes', 'he regularly makes recommendations on cases'], ['Okafor', 'he does not do them publicly, as was the case with the news conference']]],
    // a content opened inside an aside between dashes ends at the aside's closing dash
    ['Hughes said the plan failed. But the candidate - who has chafed at the changes, even though he had acknowledged they were needed - has decided to stay.', [['Hughes', 'the plan failed'], [null, 'they were needed']]],
    // a short quotation going on from an open paragraph is the run's; a bare quotation carried over a paragraph
    // break is one statement with what goes on after it
    ['In a statement, Jane Cole said: "We will go.\n\n"No way.\n\n"We will all go."', [['Jane Cole', 'We will go. No way. We will all go.']]],
    ['Jane Cole said the plan had failed. "We will go.\n\n"Not a chance at all." She left.', [['Jane Cole', 'the plan had failed'], ['Jane Cole', 'We will go. Not a chance at all.']]],
    // a quotation in single marks of two sentences opening its paragraph, in a document that also has double marks, is
    // one quotation, its speaker's once; one in double marks ending one in single marks is inside it
    ['\'We have done our part. We keep our promises,\' Jane Cole said.\n\n\'Those people did nothing. Now they insult us,\' she added.\n\nThe "plan" failed.', [['Jane Cole', 'We have done our part. We keep our promises'], ['Jane Cole', 'Those people did nothing. Now they insult us']]],
    ['\'They are sending chiefs. A chief told one of our coordinators, "Stop this or you will regret it,"\' said Tom Hale. \'We are not for sale.\'', [['Tom Hale', 'They are sending chiefs. A chief told one of our coordinators, "Stop this or you will regret it," We are not for sale.']]],
    // (set AH) a game story's notes under a team's name are no transcript; a state after its town inside the speaker's
    // phrase; a person named with where they are ("in"), a role before the name; a short phrase addressed before a colon
    // and its quotation; "corrected him:"; a party's word before a title
    ['The Memphis Grizzlies lost again.\n\nGrizzlies: F Tom Hale (knee) missed his fourth game.\n\nNuggets: Dan Cole has scored 30 or more in four of his last five games.\n\nThe Denver Nuggets host Phoenix on Saturday.', []],
    ["The storm was the worst in years, meteorologist Dana Kowalczyk in the agency's Memphis, Tennessee, office told The Associated Press.", [['Dana Kowalczyk', 'The storm was the worst in years']]],
    ["Meteorologist Dana Kowalczyk in the agency's Memphis office said the storm was the worst in years. She said it was over.", [['Dana Kowalczyk', 'the storm was the worst in years'], ['Dana Kowalczyk', 'it was over']]],
    ['Meghan Sorensen asked the board: "Where exactly are 400 kids supposed to go next fall?" Jane Cole warned residents: "Stay indoors tonight."', [['Meghan Sorensen', 'Where exactly are 400 kids supposed to go next fall?'], ['Jane Cole', 'Stay indoors tonight.']]],
    ['Tom Hale said the shop was busy. His wife corrected him: "It is empty on Mondays."', [['Tom Hale', 'the shop was busy'], ['His wife', 'It is empty on Mondays.']]],
    ['Independent TD for Galway East Eamon Tiernan said the plan was not working.', [['Eamon Tiernan', 'the plan was not working']]],
    // (set AH) an interview printed without labels, its questions to "you" in paragraphs of their own, answered by the one
    // the outlet spoke with; an explainer's questions to the reader have no one to answer them
    ['The Gazette spoke with Dana Ruiz, the festival director, before the screening.\n\nDid you consider cancelling?\n\nFor about a day. Then I talked to the staff.\n\nWhat will you say tonight?\n\nThat the film belongs to everyone.\n\nThe screening starts at 8pm.', [['Dana Ruiz', 'For about a day. Then I talked to the staff.'], ['Dana Ruiz', 'That the film belongs to everyone.']]],
    ['Jane Cole said the fee would rise.\n\nWhat does this mean for you?\n\nBills will go up by about 40 pounds a year.\n\nCan you avoid it?\n\nOnly by switching supplier before March.', [['Jane Cole', 'the fee would rise']]],
    // (set AI) a title before a possessive is the owner's ("Mr Devine's wife, Karen" is a woman); a person before where
    // they work and a relative clause; a head with two modifiers; a plural noun for people, "of" and a name is a group
    ['Judge Patricia Holloway said the attack was cowardly.\n\nOutside court, Mr Devine\'s wife, Karen, said the family was relieved.\n\n"Four years is not much," she told the Echo.', [['Patricia Holloway', 'the attack was cowardly'], ['Karen', 'the family was relieved'], ['Karen', 'Four years is not much']]],
    ['Dr Fiona Rennick, of the University of St Andrews, who has studied the archives, said the past was darker.', [['Fiona Rennick', 'the past was darker']]],
    ['The author of three books on royal residences said the plan was right.', [['the author of three books on royal residences', 'the plan was right']]],
    ['Kayla Brenner said she was fine.\n\nPals of Kayla say she has been left heartbroken.\n\n"He has been amazing," she said.', [['Kayla Brenner', 'she was fine'], ['Pals of Kayla', 'she has been left heartbroken'], ['Kayla Brenner', 'He has been amazing']]],
    ['A source close to the show told The Sun the bust-up had been brewing for months.', [['a source close to the show', 'the bust-up had been brewing for months']]],
    ['Lewis broke his silence on social media on Thursday night, posting: "Gutted. Back to work Monday."', [['Lewis', 'Gutted. Back to work Monday.']]],
    ['Parent Siobhan Quinlan, from Drumkeel, whose two sons, aged 11 and 14, travel 2.6 miles to school, said the family has only one car.', [['Siobhan Quinlan', 'the family has only one car']]],
    // (review 51) a state after its town in the content, not in a person's phrase; a family's name before a noun is
    // no team ("The Williams sisters", then their transcript); "X spoke with Y" names no interviewee for an explainer's
    // questions; a heckle after a quotation left open is no part of it
    ['The gunman was from Dayton, Ohio, police said.', [['police', 'The gunman was from Dayton, Ohio']]],
    ['The Williams sisters spoke to reporters after the final.\n\nWILLIAMS: We played well today. The crowd was great.\n\nREPORTER: How do you feel?\n\nWILLIAMS: Tired but happy.', [['Williams', 'We played well today. The crowd was great.'], ['Williams', 'Tired but happy.']]],
    ['Biden spoke with Emmanuel Macron for an hour on Tuesday.\n\nWhat does the call mean for you?\n\nProbably little in the short run. Tariffs stay in place.\n\nWill prices rise for you?\n\nOnly a little, for now.', []],
    ['The mayor told the meeting: "We will not raise taxes this year.\n\n"Liar!" A man at the back was escorted out.', [['the mayor', 'We will not raise taxes this year.']]],
    ['"Love Island" star Kayla Brenner said she was fine. "We will win" activist Jane Cole said.', [['Kayla Brenner', 'she was fine'], ['Jane Cole', 'We will win']]],
    ['The mayor said she was confident. "We have the money. We will deliver\n\n"Shame!" shouted one resident.', [['the mayor', 'she was confident'], ['the mayor', 'We have the money. We will deliver'], ['one resident', 'Shame!']]],
    // (set AJ) a body's name with "and" before a role and a person; "mother of three" before a name; "told the court"
    // then the content's own subject; an age is no one's whose age the text gave otherwise; the owner of a relative named
    // after it is no subject; a short paragraph introducing who speaks in the next one (a person only)
    ['Queensland Fire and Emergency Services commissioner Gareth Olander said crews were busy.', [['Gareth Olander', 'crews were busy']]],
    ['Corra Creek mother of three Leilani Fuimaono says she has not heard from her parents.\n\n"The phones are down," the mother of three told RN Breakfast.', [['Leilani Fuimaono', 'she has not heard from her parents'], ['Leilani Fuimaono', 'The phones are down']]],
    ['Police prosecutor Adam Tregear told the court phone records showed Wieczorek had touched his screen 11 times.', [['Adam Tregear', 'phone records showed Wieczorek had touched his screen 11 times']]],
    ['His van hit 26-year-old Oliver Brandt. Mr Brandt died at the scene.\n\nOutside court, Mr Brandt\'s older sister, Annika, said the family was numb.\n\n"Oliver was riding to work," the 31-year-old told The Age.', [['Annika', 'the family was numb'], ['Annika', 'Oliver was riding to work']]],
    ['Commissioner Gareth Olander said crews were busy.\n\nAsked whether the order had come too late, Olander shook his head.\n\n"We issued the first warnings on Tuesday night."', [['Gareth Olander', 'crews were busy'], ['Gareth Olander', 'We issued the first warnings on Tuesday night.']]],
    ['Commissioner Gareth Olander said crews were busy.\n\nAsked whether the order had come too late, the commissioner shook his head.\n\n"We issued the first warnings on Tuesday night."', [['Gareth Olander', 'crews were busy'], ['Gareth Olander', 'We issued the first warnings on Tuesday night.']]],
    ['Tom Hale said the talks failed.\n\nThe silence has been deafening.\n\n"We went to the bank before the crash."', [['Tom Hale', 'the talks failed']]],
    // (set AJ) a body's name with a little word inside it, a role and the person; a player's position before a name; a
    // question put at length before a colon; "Cr" as a title; an age between a name and its relative clause
    ['Te Rūnanga o Ngāti Tāwhirikura chair Moana Herewini says the iwi found out from a media release.\n\n"We are not against the road," she says.', [['Moana Herewini', 'the iwi found out from a media release'], ['Moana Herewini', 'We are not against the road']]],
    ['Parramatta centre Brayden Kettering has stunned the club, telling teammates he wants out.', [['Brayden Kettering', 'he wants out']]],
    ['Cr Jo Farrant put a question to council staff before the vote: "How long will the pool last?"', [['Jo Farrant', 'How long will the pool last?']]],
    ['Kim Tamihana, 38, who runs a swim school from the pool, teaches 240 children a week and has three of her own, said she would lose her business.', [['Kim Tamihana', 'she would lose her business']]],
    // (review 52) "X and Body role Name" is two people unless the "and" is inside a body's name; a one-word answer in
    // quotation marks before a role is no title; "shook his head" only; a gesture or an answer only introduces the
    // next paragraph's quotation; a long phrase before a colon only with a word of speech in it
    ['Sunak and Tory chairman Greg Hands said the plan would work.', [['Rishi Sunak and Greg Hands', 'the plan would work']]],
    ['"Disgraceful," host Tom Reed said.', [['Tom Reed', 'Disgraceful']]],
    ['The blast shook the building. "We thought it was an earthquake."', []],
    ['Manager Tom Reed was not available for comment.\n\n"The club will not be commenting further."', []],
    ['Reed walked past the shop with its faded sign in the window: "Closing down sale."', []],
    // (set AK) Quebec's MNA and Newfoundland's MHA as titles; a county is a body, never the person whose role names it (the county the story names);
    // a bare role with a phrase after it ("attorney for one of four groups …")
    ['Liberal MNA Karine Doucette said the case was absurd. Progressive Conservative MHA Brendan Kearley said the province had been too quiet.', [['Karine Doucette', 'the case was absurd'], ['Brendan Kearley', 'the province had been too quiet']]],
    ['Lac Brûlé County fire chief Owen Declerck said the fire started at noon.\n\nAccording to the county, the highway will remain closed.', [['Owen Declerck', 'the fire started at noon'], ['Lac Brûlé County', 'the highway will remain closed']]],
    ['"The ruling is fair," Tom McDuff, attorney for one of four groups to file suit over the law, said in a statement.', [['Tom McDuff', 'The ruling is fair']]],
    // (review 51 left) a party's name and a title for a place before the person ("Alliance Party MLA for South Belfast
    // Kate Nicholl" had been one body's name); NDP as a party's word
    ['Alliance Party MLA for South Belfast Kate Nicholl said the budget was short. NDP MP for Vancouver East Jenny Kwan said the plan was late.', [['Kate Nicholl', 'the budget was short'], ['Jenny Kwan', 'the plan was late']]],
    // (left twice) a role for a body before an appositive describing the body
    ["A spokesman for Tesco, the UK's biggest retailer, said prices would fall.", [['a spokesman for Tesco', 'prices would fall']]],
    ['Jesse Tran said the fire was estimated at 420 hectares and classified as out of control. Jane Cole said the plan was approved in May and walked out.', [['Jesse Tran', 'the fire was estimated at 420 hectares and classified as out of control'], ['Jane Cole', 'the plan was approved in May']]],
    ['Jane Cole said only $40m had been spent. Karrawong Resources now expects full-year iron ore shipments of 48 to 51 million tonnes.', [['Jane Cole', 'only $40m had been spent'], ['Karrawong Resources', 'full-year iron ore shipments of 48 to 51 million tonnes']]],
  ])('%s', exactly);
});
});

describe('(set AL) long-form: a relative clause with its own subject, a quotation its sentence attributes, Q and A', () => {
  it.each<Row>([
    // "who" with a subject of its own after it is that subject's clause; the host is no speaker
    ['Much of the anger was directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”', [['Beck', 'a horrible, despicable human being']]],
    // a role before "who" in apposition to a name is the name's
    ['“Clinton needs a strategy,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.', [['Nate Silver', 'Clinton needs a strategy']]],
    // "to that view": a demonstrative after a preposition opens no content
    ['Calder responded to that view with a shrug.', []],
    // an interview "spoke to" an outlet of capitalised words; "I" inside an answer is the answer's own
    // a demonstrative, its noun and a verb after the cue open the content
    ['Mikkel Sørvang, the chief operating officer, insists this time will be different.', [['Mikkel Sørvang', 'this time will be different']]],
    // a way of putting it with a word of degree
    ['Another diplomat puts it more bluntly: "Everyone is making money."', [['Another diplomat', 'Everyone is making money.']]],
    // the person an appositive names after a vague role
    ['One of the newcomers, a software tester named Priya Ambrose who moved from Philadelphia in March, said the town was busy.', [['Priya Ambrose', 'the town was busy']]],
    // a quotation going on after an attribution with an aside, not taken by a cue with an object of its own
    ['Her mother remembers it differently. “I never yelled,” Luz Quintero said, sitting at the bar. “I corrected. There is a difference.” Then she added, in Spanish, something her daughter declined to translate.', [['Luz Quintero', 'I never yelled. I corrected. There is a difference.']]],
    // a way of putting it, then a frame before the colon
    ['Its director, Dr Naomi Trevelyan-Shah, put it plainly in a briefing for journalists: "If you wanted a subsidy for large cars, you would struggle to do better."', [['Naomi Trevelyan-Shah', 'If you wanted a subsidy for large cars']]],
    // an email from someone reads; a participle after a frame's noun modifies it
    ['A 2019 email from a manager reads: "Make sure the posted schedule matches the budget."', [['a manager', 'Make sure the posted schedule matches the budget.']]],
    ['Julian Amsel wrote in a blog post announcing the deal that the earbuds were a hit with testers.', [['Julian Amsel', 'the earbuds were a hit with testers']]],
    // a document or a group before its participle's phrase; with "by" right after the participle, as written
    ['A lawsuit filed last year by the family of Harold Mertz alleges that he lay on the floor of his room for hours.', [['a lawsuit', 'he lay on the floor of his room for hours']]],
    ['In a paper presented at a conference last year, a team led by Dr Harriet Anand reported that the systems lost much of their accuracy.', [['a team led by Dr Harriet Anand', 'the systems lost much of their accuracy']]],
    // the person the writer's "I" is with is the next "she" (not the last speaker)
    ['“Marisol has a number in her head,” said Celeste Narbonne, a partner of Marisol Quintero-Bale.\n\nLate one night, after the last table had gone, I sat with Quintero-Bale while she ate. I asked her what she was afraid of.\n\n“Getting bored,” she said finally.', [['Celeste Narbonne', 'Marisol has a number in her head'], ['Marisol Quintero-Bale', 'Getting bored']]],
    // (review 53) a journalist who "spoke to" someone no list knows is no interviewee
    ['Culture writer Jess Park spoke to Burna Boy from his studio in London.\n\nQ: How are you?\n\nA: Tired but happy, honestly.\n\nQ: What next?\n\nA: A long holiday in Lagos.', []],
    // (set AM) a list's bullets are space: each bullet line its own sentence
    ['What we know\n\n• Fire Chief Dale Ormsby said crews arrived within six minutes.\n• Residents were told to stay indoors.\n• Kansas Gov. Renata Olvera said she would travel to the town on Thursday.', [['Dale Ormsby', 'crews arrived within six minutes'], ['Renata Olvera', 'she would travel to the town on Thursday']]],
    // a colon's introduction with a word of speech, then the words as a paragraph of their own with no marks
    ['The union responded. In a statement, its general secretary, Dave Kilbride, said:\n\nOur members are not holding anyone to ransom. They are asking to be paid fairly.', [['Dave Kilbride', 'Our members are not holding anyone to ransom.']]],
    ["Harriet Quayle is the transport secretary.\n\nHere's what Quayle told the Commons transport committee this afternoon:\n\nThe offer on the table is fair, and I will not ask taxpayers to pay more.", [['Harriet Quayle', 'The offer on the table is fair']]],
    // (not narration after a colon: no first person in it)
    ['Local politicians fired back. The mayor said:\n\nLibby Schaaf, the mayor of Oakland, also spoke out against the plan in June.', []],
    // "one" right after a quotation is one of those just quoted (not "as one who believes", "one might think");
    // "put it more bluntly on a call with reporters:"; a commentary carried by state media
    ['Three executives told Semafor they had received no warning. "We found out from a customs broker," one said.', [['Three executives', 'they had received no warning'], ['one', 'We found out from a customs broker']]],
    ['It is his own backyard, so one might think the senator would fill the stadium.', []],
    ['Its chief executive, Ulrich Brandauer, put it more bluntly on a call with reporters: "If the licences take ninety days, we stop a line in March."', [['Ulrich Brandauer', 'we stop a line in March']]],
    ['A commentary carried by state media argued that Europe could not demand supply security while lecturing China.', [['a commentary carried by state media', 'Europe could not demand supply security']]],
    // a family name first says nothing of the sex: "he" is Ma Zhenhua, not the man quoted before him
    ['"We stop a line in March," said Ulrich Brandauer.\n\nMa Zhenhua, a trade researcher in Shanghai, told Semafor the licences would be granted. The real point of the rules, he said, is visibility over the supply chain.', [['Ulrich Brandauer', 'We stop a line in March'], ['Ma Zhenhua', 'the licences would be granted'], ['Ma Zhenhua', 'visibility over the supply chain']]],
    // (review 54) a colon line that passes on or receives someone else's words gives them to no one; a list's bare
    // quotation is no one's we know; "one …, another …" are two sources
    ['PC Dan Lowe told the court the defendant shouted:\n\nI will kill you, I swear I will.', []],
    ['Ms Rayner was told by her own MPs in a letter:\n\nWe have lost confidence in you.', []],
    ['Sir Keir Starmer read out a message from a constituent:\n\nMy husband waited 14 hours in A&E.', []],
    ['The players were split; one said the pitch was fine, another said it was dangerous.', [['one', 'the pitch was fine'], ['another', 'it was dangerous']]],
    // (set AN) a podcast's turns after the time into the recording; greetings and two-word turns state nothing
    ['Title\n\n[00:00:04] Priya Tannenbaum: Welcome back. With me is Marcus Oyelowo, who runs a polling firm.\n\n[00:00:21] Marcus Oyelowo: Happy to be here.\n\n[00:00:24] Priya Tannenbaum: Is the surge real?\n\n[00:00:33] Marcus Oyelowo: It is real, but I would be careful about what it means.\n\n[00:00:40] Priya Tannenbaum: Right.', [['Marcus Oyelowo', 'It is real, but I would be careful']]],
    // a parliament's labels with seat and party in brackets; a question after a claim of one's own is a statement
    // (from the one who asks most, a claim in the first person that passes on no one's words; a host's "The FAA says …
    // Is that right?" is a question, and the FAA's words the FAA's)
    ['Title\n\nMr Douglas Pennington (Westerleigh) (Con): Since April, 212 sailings from my constituency have been cancelled and islanders are stranded. Can she tell the House who is responsible?\n\nThe Prime Minister: The previous government ran that contract into the ground for eight years.\n\nHon. Members: Shame!\n\nMr Speaker: Order.', [['Douglas Pennington', 'Can she tell the House who is responsible?'], ['the Prime Minister', 'ran that contract into the ground']]],
    ['Title\n\nJUDY WOODRUFF: The FAA says the planes are safe to fly again after the software fix. Is that right?\n\nTOM REED: Yes, they are safe to fly.\n\nJUDY WOODRUFF: Will he resign?\n\nTOM REED: No, he will stay on and fight.', [['FAA', 'the planes are safe to fly again'], ['Tom Reed', 'Yes, they are safe to fly.'], ['Tom Reed', 'he will stay on and fight']]],
    ['Juno Calder spoke to Rolling Stone by video.\n\nQ: What happened?\n\nA: I was on a bus. So I called my manager and said I needed to come home.\n\nQ: Why a church?\n\nA: The sound of it.', [['Juno Calder', 'I was on a bus'], ['Juno Calder', 'The sound of it']]],
  ])('%s', (...row) => check(row));
  it.each<readonly [string, readonly (readonly [string | null, string])[]]>([
    // a year between the determiner and a finding's noun
    ['A 2024 paper by researchers at the Rotterdam Institute found that cutting speed reduced fuel use on long routes.', [['a 2024 paper by researchers at the Rotterdam Institute', 'cutting speed reduced fuel use on long routes']]],
    ['A 2019 report by the agency found that the plan works well for most families.', [['a 2019 report by the agency', 'the plan works well for most families']]],
    // an owner's or a compound's finding, with an adjective and an aside
    ["The think tank's analysis, published last month, found that the richest tenth of households gain most.", [["the think tank's analysis", 'the richest tenth of households gain most']]],
    ["The group's latest report, published in January, concluded that the main source was a sewage works.", [["the group's latest report", 'the main source was a sewage works']]],
    // (not a verb of issuing and its object: the forecast is the company's, not a finding of its)
    ["Shares fell after the cloud software company issued a fourth-quarter revenue forecast that missed analysts' expectations.", []],
    // (found by the fuzzer: a relative's noun opening the text, its owner looked for before the text's start)
    ["husband, Bennett's according White Rebels study", []],
    // (review 55) bracketed labels only with a seat and a party, or an office-holder's name; a live blog's times are no
    // podcast's; "others say" inside a clause of the content goes on with it
    ['Title\n\nJane Roe (Labour): Would scrap the parking charges in the town centre.\n\nJohn Doe (Conservative): Would keep them but cut the rates.', []],
    ['Title\n\n[09:10] Biden: The Kremlin said on Tuesday that it would not attend the talks.', [['Kremlin', 'it would not attend the talks']]],
    ['Smith said that while some experts back the plan, others suggest it will fail.', [['Smith', 'while some experts back the plan, others suggest it will fail']]],
    // an answer's label names who gives it; a colon's introduction after an appositive
    ['Title\n\nGordon Pascale runs the water utility.\n\nQ: How many mains are as old as this one?\n\nA (Pascale): About 60 miles of pipe in the system are older than 1960.\n\nQ: Is the hospital affected?\n\nA (Pascale): No. Ridgeline General is on the west zone.', [['Gordon Pascale', 'About 60 miles of pipe in the system are older than 1960.'], ['Gordon Pascale', 'No. Ridgeline General is on the west zone.']]],
    ['Title\n\nMr Jones, a former train driver, said:\n\nWe will not be bullied, and our members are solid.', [['Jones', 'We will not be bullied, and our members are solid.']]],
    // "Brotherhood" names a body, whose name goes on over "and"
    ['The Brotherhood of Railway Engineers and Conductors has said its members will strike.', [['Brotherhood of Railway Engineers and Conductors', 'its members will strike']]],
    // "Coun." (a councillor) and "Atty." as titles that keep their stop: no sentence ends after them
    ['"Can we at least fix the clock in this room?" Coun. Hussain said, pointing at the wall clock.', [['Hussain', 'Can we at least fix the clock in this room?']]],
    // (set AO) a joint document is no one speaker's; "Commander-in-Chief" a title; "think tank" no cue; where someone is
    // ("close to the LoC") is no speaker
    ['"We will defend every inch," NATO Secretary-General Anneke Vos-Lindqvist told a news conference.\n\nThe joint communique said the alliance would station new air defenses in Romania by next year.', [['Anneke Vos-Lindqvist', 'We will defend every inch'], ['joint communique', 'the alliance would station new air defenses in Romania by next year']]],
    ['Commander-in-Chief Oleksandr Dzyuba said Russian forces had intensified assaults near Pokrovsk.', [['Oleksandr Dzyuba', 'Russian forces had intensified assaults near Pokrovsk']]],
    ['The Helmsworth Institute, a London think tank, found that more than 60 percent of the tankers were still trading.', [['Helmsworth Institute', 'more than 60 percent of the tankers were still trading']]],
    ['Villagers in Kerni, close to the LoC, said they spent the night in community bunkers.', []],
    // (review 54) a list's bare quotation is no one's we know
    ['Key quotes\n\n• “We need more buses,” said Councillor Amy Pratt.\n• “Fares are too high.”\n• Councillor Ben Ode disagreed.', [['Amy Pratt', 'We need more buses']]],
    // (review 54) not a "to" of a clause inside the object
    ['The family expects nothing from the inquiry that is due to report in June.', []],
    // a figure or an act someone expects, its "to" further on
    ['He expects at least two of the smaller forwarders to fold by the summer.', [[null, 'at least two of the smaller forwarders to fold by the summer']]],
    // (review 53) a relative clause's cue with nothing of its own before its comma; "named" after a person's noun only;
    // a time as the content's subject never after "who"
    ['Mr Odinga, who Ruto praised on Monday, said the talks had "collapsed."', [['Odinga', 'the talks had "collapsed."']]],
    ['A witness, a neighbour of a woman named Sarah Cole, said she heard "screaming."', [['a witness', 'she heard "screaming."']]],
    ['Economists who warned this year would be difficult were "proved right," the minister admitted.', [['the minister', 'proved right']]],
    // a currency's sign opens the words, a per cent sign or a bracket closed inside them ends them
    ['Jane Cole said $40m had been spent on the bridge.', [['Jane Cole', '$40m had been spent on the bridge']]],
    ['Fares will rise by 10%, officials said.', [['officials', 'Fares will rise by 10%']]],
    ['The bridge cost £40m (about $50m), officials said.', [['officials', 'The bridge cost £40m (about $50m)']]],
    // a newsletter's section label is no part of what was said
    ["Zoom in: Fernhop's busiest route averages 90 flights a day, according to the company.", [['the company', "Fernhop's busiest route averages 90 flights a day"]]],
    ['THE NEWS: China added two grades of magnet powder to its list, officials said.', [['officials', 'China added two grades of magnet powder to its list']]],
    // the relative clause ends at the comma inside its quotation's closing mark
    ['Ms Doe, who the mayor later said was “a fine officer,” retired in May.', [['the mayor', 'was “a fine officer,”']]],
    // a quotation its own sentence attributes takes no short sentence after it as its attribution
    ['An executive said Calder had "walked away from her career." Calder laughed.', [['an executive', 'Calder had "walked away from her career."']]],
    // a cue between commas after words with no verb, an auxiliary or a "that": the clause goes on after it; the clause
    // a dash, a ", but" or a conjunction opens is where the parenthesis sits; ", but" and a clause after an inverted speaker
    ['Lindsey Graham spoke. Like his comments about the judge, Mr. Graham said, the jabs at the family were entirely unacceptable.', [['Lindsey Graham', 'Like his comments about the judge the jabs at the family were entirely unacceptable']]],
    ['By eliminating the receiving line, Tina Tchen said, the White House can invite twice as many guests.', [['Tina Tchen', 'By eliminating the receiving line the White House can invite twice as many guests']]],
    ['The new rules, Dana Ruiz said, will take effect in May.', [['Dana Ruiz', 'The new rules will take effect in May']]],
    ['It is a reminder, Fred Rogers said, that winning is not everything.', [['Fred Rogers', 'It is a reminder that winning is not everything']]],
    ['Dana Ruiz had a rally that night - and the permit, her campaign said, had been hard to get.', [['her campaign', 'the permit had been hard to get']]],
    ['Mark Cole differs from Ed Schultz, who works for RT and, Mr. Cole said, has recently seemed supportive of the mayor.', [['Mark Cole', 'has recently seemed supportive of the mayor']]],
    ['China had resisted such deals, but the pollution had become so bad, Barack Obama noted, that residents checked the air every day.', [['Barack Obama', 'the pollution had become so bad that residents checked the air every day']]],
    // a quantifier opening the content's subject is no frame before a later "that"; a bare cue form after a determiner
    // and a word that is no plural is a noun; the reaction a statement set off is the writer's
    ['Bernie Sanders said both Obama and Biden have been fair to him, despite suggestions that the president has his thumb on the scale.', [['Bernie Sanders', 'both Obama and Biden have been fair to him, despite suggestions that the president has his thumb on the scale']]],
    ['Dana Ruiz said the panel has the full, unredacted letter and will address it in its final report.', [['Dana Ruiz', 'the panel has the full, unredacted letter and will address it in its final report']]],
    ['Donald Trump said he would make an exception for the mayor, drawing a sharp reply from Sadiq Khan.', [['Donald Trump', 'he would make an exception for the mayor']]],
    // a verb ends a subordinate clause's subject before a cue (no reporting clause there), past its auxiliaries it may
    // be one
    ['Ted Cruz, who says Trump is attacking him because the polls have tightened, said GOP voters should go with him.', [['Ted Cruz', 'Trump is attacking him because the polls have tightened'], ['Ted Cruz', 'GOP voters should go with him']]],
    // a demonstrative alone before its verb opens the content; whom the words were about after the cue is frame, and
    // no content when nothing follows it
    ['David Axelrod said this was a "fatal miscalculation" by the campaign.', [['David Axelrod', 'this was a "fatal miscalculation" by the campaign']]],
    ['“They have every incentive,” Ross Baker said of the two leaders, “because they need one another.”', [['Ross Baker', 'They have every incentive, because they need one another.']]],
    ['"We are in perpetual motion," Glenn Thompson said of the swirl of convention activities.', [['Glenn Thompson', 'We are in perpetual motion']]],
    // (blind set AP) a state legislator's party tag names a home town; a body named "… Project" is no person; a comma
    // inside a quotation's closing mark ends a sentence's opener; "administrator" is a role; an age before the role's
    // appositive; "even" before the content's subject
    ['State Rep. Gary Lunsford, R-Harmonsville, who sponsored the bill, said cities must follow the law.', [['Gary Lunsford', 'cities must follow the law']]],
    ['“We will sue,” the Delta Health Justice Project said.', [['Delta Health Justice Project', 'We will sue']]],
    ['Renee Castellano spoke first. Helen Strickland spoke next. Back on "Hannity," Castellano closed with a message. "Open the jail doors," she said.', [['Renee Castellano', 'Open the jail doors']]],
    ['Douglas Kettering, FEMA’s administrator, said states know best.', [['Douglas Kettering', 'states know best']]],
    ["Carole Bower, 75, a retiree in Carthage, Ill., said she would vote.", [['Carole Bower', 'she would vote']]],
    ['Renata Olawale says even a trade deal with China may not bring the customers back.', [['Renata Olawale', 'even a trade deal with China may not bring the customers back']]],
    // a bare cue form after a determiner and a few words is a noun of the frame; a participle between a count (or a
    // determiner and an adverb) and its noun is no cue
    ['Clint Yarbrough said on a Little Rock radio show Tuesday that critics were wrong.', [['Clint Yarbrough', 'critics were wrong']]],
    ['Lorna Pritchett, who has worked through four federally declared disasters, said the program would take years.', [['Lorna Pritchett', 'the program would take years']]],
    ['A member of the family suggested they tweet a picture of the lunch.', [['a member of the family', 'they tweet a picture of the lunch']]],
    // naming something with a quotation after "by"; a quotation before "the release quoted X as saying"
    ['Wade Bostick responded by calling the plan "a political stunt."', [['Wade Bostick', 'the plan "a political stunt."']]],
    ['"This agreement gives us one more tool," the release quoted Wade Bostick as saying.', [['Wade Bostick', 'This agreement gives us one more tool']]],
    // a document with a participle's phrase, then a past participle's aside, before the cue
    ['A memo circulated by the whip’s office, obtained by The Washington Post, said leadership could count on 208 votes.', [['a memo circulated by the whip’s office', 'leadership could count on 208 votes']]],
    // (review 60) a subordinate clause's own source past its auxiliary; ", but" after an inverted speaker and a "to" after
    // a parenthetical cue are the writer's; a noun phrase before a parenthetical cue is content of its own; a pair of
    // dashes inside the subject; a reaction set off is the writer's; a time or "all the same" after "both"/"all";
    // "said of X" and a clause; a plural subject before a bare cue; a joined or collective subject after the content;
    // a count that is the subject; a call, no naming; after "and, X said," the clause that follows
    ['Smith said the talks failed after the union had said it would strike.', [['Smith', 'the talks failed'], ['the union', 'it would strike']]],
    ['The plan will fail, said Clint Howard, but he did not say why.', [['Clint Howard', 'The plan will fail']]],
    ['It is time for change, Barack Obama said, to loud applause from the crowd.', [['Barack Obama', 'It is time for change']]],
    ['No new taxes, the governor said, a promise she has repeated since 2018.', [['the governor', 'No new taxes']]],
    ['The governor — who faces re-election in November — and her allies, Dana Ruiz said, have blocked the bill.', [['Dana Ruiz', 'The governor — who faces re-election in November — and her allies have blocked the bill']]],
    ['Dana Ruiz said she would veto the bill, sparking a fight with lawmakers.', [['Dana Ruiz', 'she would veto the bill']]],
    ['Jane Ruiz said both Monday and Tuesday that the plan was dead.', [['Jane Ruiz', 'the plan was dead']]],
    ['Jane Ruiz said all the same that she would vote for it.', [['Jane Ruiz', 'she would vote for it']]],
    ['Tom Hale said of the deal it was the best he could get.', [['Tom Hale', 'of the deal it was the best he could get']]],
    ["Tom Hale told reporters the Senate's top Republican leaders warn that the deal is fragile.", [['Tom Hale', "the Senate's top Republican leaders warn that the deal is fragile"]]],
    ['Jane Jones said the bridge was unsafe, the mayor and the council say.', [['Jane Jones', 'the bridge was unsafe']]],
    ['Two senators spoke. The two privately warned colleagues that the bill would fail.', [['the two', 'the bill would fail']]],
    ['She responded by calling a reporter from "The Daily Beast" to complain about the story.', []],
    ['Tom Hale has denied wrongdoing and, his lawyer said, he will fight the charges.', [['his lawyer', 'he will fight the charges']]],
    // (review 61) any opener with no verb of its own, not a noun with a clause of its own after the cue; "said of" after
    // words already reported; a news outlet's name before a bare cue form; a plural after "a" modifies; a preposition
    // inside a called thing's phrase
    ['Among the new rules, the mayor said, the city will ban gas stoves.', [['the mayor', 'Among the new rules the city will ban gas stoves']]],
    ['Lower taxes and less regulation, Tom Hale said, the same platform Republicans have run on for decades.', [['Tom Hale', 'Lower taxes and less regulation']]],
    ['It was a hard fight, Dana Ruiz said of the campaign she ran last year.', [['Dana Ruiz', 'It was a hard fight']]],
    ['The governor said in a New York Times report Tuesday that she would not run.', [['the governor', 'she would not run']]],
    ['The chief executive said on a quarterly earnings call Tuesday that sales had fallen.', [['the chief executive', 'sales had fallen']]],
    ['Tom Hale responded by calling the ruling by the judge “a travesty.”', [['Tom Hale', 'the ruling by the judge “a travesty.”']]],
    // the subject heard or seen speaking in a clip, with its words (not someone else heard, nor a farewell)
    ['In the clip, Dana Castell can be heard telling the crowd, "The era of cheap energy is over."', [['Dana Castell', 'The era of cheap energy is over.']]],
    ['Dana Ruiz was heard saying that the plan had failed.', [['Dana Ruiz', 'the plan had failed']]],
    ['He was seen saying goodbye to his family.', []],
    // findings: a poll named by two outlets with a slash; a clause after a scene opener is content (not a subordinate
    // clause); the writer's appositive after a finding's cue; an inquiry finds
    ['A Wall Street Journal/NBC News poll showed a slimmer lead for Dana Ruiz.', [['a Wall Street Journal/NBC News poll', 'a slimmer lead for Dana Ruiz']]],
    ['In all, the host committee raised $57 million, Federal Election Commission records show.', [['Federal Election Commission records', 'In all, the host committee raised $57 million']]],
    ['On Tuesday, even as shares were tumbling, Tom Hale wrote to investors.', []],
    ['Most voters back the plan, a new Gallup poll finds, a debate that is likely to come to a head this week.', [['a new Gallup poll', 'Most voters back the plan']]],
    ['The inquiry found no evidence that Tom Hale had acted improperly.', [['the inquiry', 'no evidence that Tom Hale had acted improperly']]],
    // a ward after a titled councillor's name; a body named for its people "of" a place; a frame after a parenthetical
    // cue, before its comma (not a manner phrase or an infinitive's object before a participle)
    ['"It is a press release," Coun. Jenna Okafor, St. Vital, said.', [['Jenna Okafor', 'It is a press release']]],
    ['Bus Riders of Winnipeg said the fare increase would hurt riders.', [['Bus Riders of Winnipeg', 'the fare increase would hurt riders']]],
    ['Tom Hale spoke. The plant itself, he said in an interview, was built for a smaller town.', [['Tom Hale', 'The plant itself was built for a smaller town']]],
    ['The budget, Tom Hale told the Senedd, would also protect school funding.', [['Tom Hale', 'The budget would also protect school funding']]],
    ['The truth, the senator said then, was that the deal had failed.', [['the senator', 'The truth was that the deal had failed']]],
    ['Before dropping out, Ted Cruz responded with vitriol, promoting a movement against the nominee.', []],
    // set AQ: a body's noun in the plural before its place; a plural role with a past participle's phrase and a time; a
    // body's appositive with an adjective after its head; a document's sender, not its recipient, and past a "seen by"
    // aside; a verb joined to a subordinate clause's verb has that clause's subject; "Lindsey" may be a woman; a
    // broadcaster's acronym and its service or programme as the addressee
    ['Councils in Wales have warned they still face painful choices next year.', [['Councils in Wales', 'they still face painful choices next year']]],
    ['First Nations leaders gathered in Ottawa this week say they are running out of patience.', [['First Nations leaders gathered in Ottawa', 'they are running out of patience']]],
    ['Interior Roads Services, the company responsible for maintaining the highway, said its crews had been plowing the route.', [['Interior Roads Services', 'its crews had been plowing the route']]],
    ['A letter from Ofgem to energy suppliers said firms could face fines.', [['Ofgem', 'firms could face fines']]],
    ['A letter from Ofgem, seen by the BBC, said firms could face fines.', [['Ofgem', 'firms could face fines']]],
    ['Shares of Northfield Foods fell after the grocery chain reported weak sales and warned that shoppers were pulling back.', [['the grocery chain', 'shoppers were pulling back']]],
    ['In his speech, Barack Obama positioned Clinton as the most qualified person ever to run for president and said she would finish the job.', [['Barack Obama', 'she would finish the job']]],
    ['In his speech, Barack Obama praised Dana Ruiz and said she would finish the job.', [['Barack Obama', 'Dana Ruiz'], ['Barack Obama', 'she would finish the job']]],
    ['Sheila Marsden has waited two years.\n\nProf Lindsey Okoro said patients were being left behind.\n\n"Hip operations are the first to be cancelled," she said.', [['Lindsey Okoro', 'patients were being left behind'], ['Lindsey Okoro', 'Hip operations are the first to be cancelled']]],
    ['Daniel Kerr told CBC News the plan would work.', [['Daniel Kerr', 'the plan would work']]],
    // (review 62) a verb joined to a subordinate clause's verb keeps the main subject unless both report or the clause opens
    // the sentence; an appositive with a clause of its own after a scene opener is no content; a surname that is also a
    // plural keeps no place; a time or a host clause that goes on makes no writer's appositive; "First Nations"
    ['Tom Smith resigned after the board met on Tuesday and said he was proud of his record.', [['Tom Smith', 'he was proud of his record']]],
    ['Some in the crowd booed, and when Marco Rubio thanked Miami and said it was great to be home, a man yelled.', [['Marco Rubio', 'it was great to be home']]],
    ['In Leeds, a city he once represented, Tom Hale hit back at his critics.', []],
    ['On Monday, the day the report came out, the minister responded.', []],
    ['Zorbek Banks of Almaty said the protests had been peaceful.', [['Zorbek Banks', 'the protests had been peaceful']]],
    ['The tax cut, the study found, a measure which cost $2 billion, did little for growth.', []],
    ['Workers employed in the sector say wages have not kept up.', [['Workers employed in the sector', 'wages have not kept up']]],
    ['First Nations leaders gathered in Ottawa say the bill ignores treaty rights.', [['First Nations leaders gathered in Ottawa', 'the bill ignores treaty rights']]],
    // set AR: a surname subject with a verb and a possessive's object is no role phrase ("shook his head"); a document
    // named for a body is no "the council"; a city, a comma and its state in a "-based" compound
    ['Marquette coach Ron Salerno lost his guard Andre Whitley to injury.\n\nWhitley had 11 points before limping off.\n\nAsked whether losing Whitley changed the game, Salerno shook his head.\n\n"No excuses," he said.', [['Ron Salerno', 'No excuses']]],
    ['More than 9,400 people responded, according to a council report published last month.\n\nThe council said residents would receive letters.', [['a council report', 'More than 9,400 people responded'], ['the council', 'residents would receive letters']]],
    ['The Columbus, Ohio-based company now expects earnings of $2.10 per share.', [['Columbus, Ohio-based company', 'earnings of $2.10 per share']]],
    // a thing that cannot speak opens the sentence: the participle is the subordinate clause's subject's
    ['Shares of Brightwell Home fell 12% after the retailer cut its annual forecast, blaming a slow start to the holiday season.', [['the retailer', 'a slow start to the holiday season']]],
    ['Tom Hale resigned after the board met, saying he was proud of his record.', [['Tom Hale', 'he was proud of his record']]],
    // (review 63) a sentence subject that cannot speak gives a joined cue to the subordinate clause's subject, a name that
    // is also a word does not; a subject with "of the" after a scene opener; a relative aside then the main clause; a
    // writer's appositive with a preposition inside; everyday words "of" a place; a bureau named for a finding; a city
    // and its state after an opener's comma; a frame and an addressee before the parenthetical cue's comma
    ['Shares of Halvorsen Foods fell 9% after the company missed profit estimates and said it would close 40 stores.', [['the company', 'it would close 40 stores']]],
    ['Senator Pat Young spoke Monday. Young resigned after the board voted to censure him, saying he had done nothing wrong.', [['Pat Young', 'he had done nothing wrong']]],
    ['In Ohio, supporters of the measure gathered outside the statehouse, police said.', [['police', 'In Ohio, supporters of the measure gathered outside the statehouse']]],
    ['At the hearing, which ended Friday, the judge denied bail, court records show.', [['court records', 'At the hearing, which ended Friday, the judge denied bail']]],
    ['Support for the plan fell to 38 percent, a new poll finds, a drop from last month that could hurt the governor.', [['a new poll', 'Support for the plan fell to 38 percent']]],
    ['Family Farms of Iowa said the merger would squeeze growers.', [['Family Farms of Iowa', 'the merger would squeeze growers']]],
    ['The Bureau of Economic Analysis released new figures. The bureau said growth had slowed.', [['Bureau of Economic Analysis', 'growth had slowed']]],
    ['In Denver, Colorado-based Rocky Foods said sales rose 5 percent.', [['Rocky Foods', 'sales rose 5 percent']]],
    ['The deal, the minister said Tuesday, is dead.', [['the minister', 'The deal is dead']]],
    ['The city, Coun. Jenna Okafor told council, needs a new plan.', [['Jenna Okafor', 'The city needs a new plan']]],
    ['"It is over," Coun. Jenna Okafor, River Heights, told the committee.', [['Jenna Okafor', 'It is over']]],
    ['Dana Ruiz told CBS News Democrats would win.', [['Dana Ruiz', 'Democrats would win']]],
    ["Dana Ruiz told CNN's Jake Tapper the vote was rigged.", [['Dana Ruiz', 'the vote was rigged']]],
    ['Dana Ruiz told ESPN Sunday she would retire.', [['Dana Ruiz', 'she would retire']]],
    ['On Friday, Tom Hale — a former speaker — told Bill Orr of Fox News, that "you have to look at it seriously."', [['Tom Hale', 'you have to look at it seriously.']]],
    // set AS: a wire dateline with the agency's bracket, a stop and a hyphen, or a place and the bracket alone; a
    // participle's clause or a noun phrase after the cue's frame is no content
    ["Lima, Dec 7 (EFE).- Peru's electoral office said on Monday that the runoff was close.", [["Peru's electoral office", 'the runoff was close']]],
    ['Brasília (AFP) – Deforestation in the Amazon fell 11 percent, the government said Tuesday.', [['the government', 'Deforestation in the Amazon fell 11 percent']]],
    // (review 64) a gerund opening the content after the frame's comma is what was said; so is a clause in the present
    ['The coach said Monday, meeting him was an honour.', [['the coach', 'meeting him was an honour']]],
    ['The analyst said Tuesday, the shares look cheap.', [['the analyst', 'the shares look cheap']]],
    ['BUENOS AIRES, Dec 3 (Reuters) - Argentina will keep its band in place, Economy Minister Tomás Bermúdez said on Thursday, brushing aside calls from investors.', [['Tomás Bermúdez', 'Argentina will keep its band in place']]],
    ['Dana Ruiz spoke first.\n\nWhile some employees could get a slap on the wrist, she added, revoking clearances would be aggressive.', []],
    // a mixed quotation whose subject has an aside between commas before the quoted verb
    ['Dana Ruiz spoke first.\n\nMrs. Clinton, with her service in the administration, "is seen as close to Obama," Dana Ruiz said.', [['Dana Ruiz', 'Mrs. Clinton, with her service in the administration, "is seen as close to Obama,"']]],
    ["Daniel Kerr told BBC Radio 4's Today programme the government was on track.", [['Daniel Kerr', 'the government was on track']]],
    // set AT: "averred"; "Rs." before a number ends no sentence; the main clause's subject after an opening subordinate
    // clause goes on with a participle
    ['"The Prime Minister has personally enquired about the State," he averred.', [[null, 'The Prime Minister has personally enquired about the State']]],
    ['The Commission would require about Rs. 11 billion to hold the elections, Chairman R.M.A. Senevirathne said.', [['R.M.A. Senevirathne', 'The Commission would require about Rs. 11 billion to hold the elections']]],
    ['In a September debate, while most of his rivals called for a bigger military effort, Trump hewed to the approach, noting that the leadership and ISIL are enemies.', [['most of his rivals', 'a bigger military effort'], ['Donald Trump', 'the leadership and ISIL are enemies']]],
    // two people of one surname: the given name tells them apart, and so do two different middle names; an honorific
    // comes off the name and tells the sex ("Sani" alone would say a woman)
    ['John Smith said the rain would stop. Jane Smith said the roads would be fixed.', [['John Smith', 'the rain would stop'], ['Jane Smith', 'the roads would be fixed']]],
    ['John Paul Smith said the vote would fail. John Mark Smith said it would be close.', [['John Paul Smith', 'the vote would fail'], ['John Mark Smith', 'it would be close']]],
    ['Alhaji Kabir Musa said the plan would cost jobs. Alhaji Bala Musa said it would cost money.', [['Kabir Musa', 'the plan would cost jobs'], ['Bala Musa', 'it would cost money']]],
    ['The minister spoke first.\n\n"We are ready," said Alhaji Sani Bello.\n\nHe said the union would meet on Friday.', [['Sani Bello', 'We are ready'], ['Sani Bello', 'the union would meet on Friday']]],
    ['Kenneth Starr said the report was done. Ken Starr said the vote mattered.', [['Kenneth Starr', 'the report was done'], ['Kenneth Starr', 'the vote mattered']]],
    // (review 65) the main clause's subject goes on only from a statement found in the opener, and only as a name or a
    // role; a sex from the honorific right before the name only; middle names written short and in full agree; "Rs."
    // after a number ends its sentence; a plural that WordNet knows for people is no speaker by itself
    ['After the vote was counted, the governor conceded defeat, his spokesman said, adding that he would not appeal.', [['his spokesman', 'After the vote was counted, the governor conceded defeat'], ['his spokesman', 'he would not appeal']]],
    ['Although Smith conceded that the plan had flaws, he pressed ahead on Monday, insisting that it would work.', [['Smith', 'the plan had flaws'], ['Smith', 'it would work']]],
    ['Jane Ward, a lecturer, said the trial succeeded. Queen Mary University Professor John Brennan said it failed.\n\n"The data is clear," she said.', [['Jane Ward', 'the trial succeeded'], ['Jane Ward', 'The data is clear']]],
    ['Bola Ahmed Tinubu said the reform would work. Bola Ahmed Adekunle Tinubu said prices would fall.\n\nTinubu said the plan was final.', [['Bola Ahmed Tinubu', 'the reform would work'], ['Bola Ahmed Tinubu', 'prices would fall'], ['Bola Ahmed Tinubu', 'the plan was final']]],
    ['The fine was 500 Rs. 20 people were fined last week, Kumar said.', [['Kumar', '20 people were fined last week']]],
    ['As seasoned travellers know, the airport is chaotic in summer.', []],
    // (review 66) a relative clause about a name at the sentence's end may be what the source said: it stays
    ['Auditor Tomas Brenn said the money went to Halvard Jones, who spent it on a yacht.', [['Tomas Brenn', 'the money went to Halvard Jones, who spent it on a yacht']]],
    ['Dana Ruiz said Tom Hale, who lied about the budget, should resign.', [['Dana Ruiz', 'Tom Hale, who lied about the budget, should resign']]],
    ['His brother, JD, said the family was devastated.', [['JD', 'the family was devastated']]],
    // set AU: degrees after a name between commas are no name; a lower-case particle inside a body's name; a forecast
    // in "with X …-ing"
    ['Kevin Wise, PhD, a biostatistician at the Johns Hopkins Bloomberg School of Public Health, said the number of cancers was small.', [['Kevin Wise', 'the number of cancers was small']]],
    ['Hugo Fairweather, MD, MPH, wrote that the data was thin.', [['Hugo Fairweather', 'the data was thin']]],
    ['Banque de France governor Élodie Marchand struck a softer tone, telling a committee that the ECB should wait.', [['Élodie Marchand', 'the ECB should wait']]],
    ['Ursula von der Leyen visited Kyiv, saying Europe would stand firm.', [['Ursula von der Leyen', 'Europe would stand firm']]],
    ['Rain flooded the town on Tuesday, with the weather office forecasting more rain till Sunday.', [['weather office', 'more rain till Sunday']]],
    // a company named with a corporate noun is a body: "it" can be it, "she" cannot
    ['Vexar Technologies said revenue rose last year.\n\nIt said costs were flat this year.', [['Vexar Technologies', 'revenue rose last year'], ['Vexar Technologies', 'costs were flat this year']]],
    ['Carol Bigbee, 59, works for United Technologies.\n\n"It is a tough decision," Ms. Bigbee said.', [['Carol Bigbee', 'It is a tough decision']]],
    // a one-word name with a role that names a kind of person ("a fisherman") may be a later pronoun's, as a titled one
    ['Chief Minister M.K. Rajan visited the camps.\n\nMurugan, a fisherman from Kasimedu, said he had not ventured into the sea for days.\n\n"The boats are tied up and idle," he said.', [['Murugan', 'he had not ventured into the sea for days'], ['Murugan', 'The boats are tied up and idle']]],
    // (review 66) an inverted "said X" running to the sentence's end ends the content before it
    ['Prices rose, with traders reporting shortages in the north, said Jane Roe of Acme.', [['traders', 'shortages in the north'], ['Jane Roe', 'Prices rose, with traders reporting shortages in the north']]],
    ['The firm, said to be worth $1 billion, will list its shares soon, the chairman said.', [['the chairman', 'The firm, said to be worth $1 billion, will list its shares soon']]],
    // a cue's -ing form right after the article, before a document noun, is the document's modifier
    ['The warning letter, which was posted on the website on Tuesday, said the company had failed to investigate.', [['warning letter', 'the company had failed to investigate']]],
  ])('%s', exactly);
});

describe('(set AV) people who share a surname', () => {
  it.each<Row>([
    // a name read surname first is told apart by its given name: three Kims are three people
    ['Market row\n\n"We are against it," said Kim Min-jun, the chairman.\n\nKim Hye-won, the director, said the payment was fair.\n\nKim Soon-ja, 71, said she would not return.', [['Kim Min-jun', 'We are against it'], ['Kim Hye-won', 'the payment was fair'], ['Kim Soon-ja', 'she would not return']]],
    // "Mr. Okafor" is whom the story first called so, not the son of that surname met since
    ['Bakery\n\nEvery morning, Emmanuel Okafor bakes bread. Mr. Okafor, 67, wants to sell.\n\nHis son, Chidi Okafor, 34, is caught in the middle. "Somebody will be angry," Chidi said.\n\nWhen asked about it, Mr. Okafor was quiet for a moment. "I will not sign anything," he said.', [['Chidi Okafor', 'Somebody will be angry'], ['Emmanuel Okafor', 'I will not sign anything']]],
    // "the elder X", "the younger X": the oldest or youngest of that surname by the ages or generations the story gives
    ['Senate\n\nWalter Tillotson, 79, wrote a memoir. Mark Tillotson, 47, said he would run.\n\n"The seat is mine to lose," the elder Tillotson said.', [['Mark Tillotson', 'he would run'], ['Walter Tillotson', 'The seat is mine to lose']]],
    ['Senate\n\nWalter Tillotson, 79, wrote a memoir. Mark Tillotson, 47, said he would run. "Somebody is going to get a call," Greg Ostrander said.\n\nIn a chapter on his 1988 primary, the elder Tillotson recalls losing friends. "Primaries are family arguments held in public," he writes.', [['Mark Tillotson', 'he would run'], ['Greg Ostrander', 'Somebody is going to get a call'], ['Walter Tillotson', 'Primaries are family arguments']]],
    // a role of someone who serves another ("a spokesperson for the governor") is not the role itself ("the governor")
    ['Gov. Laura Tillotson spoke on Monday.\n\nA spokesperson for the governor, Erin Baptiste, said the family was fine.\n\nThe governor, for her part, said she would spend Christmas at home.', [['Erin Baptiste', 'the family was fine'], ['Laura Tillotson', 'she would spend Christmas at home']]],
    // a given name alone is the one person met in full with it, whatever others share the surname
    ['Shop\n\nMair Jones has run the post office since 1991. She said customers relied on it.\n\nA Welsh government spokesperson said: "We recognise the importance of village shops."\n\nFor Mair, the hardest part will be the last day.\n\n"I will cry," she said.', [['Mair Jones', 'customers relied on it'], ['a Welsh government spokesperson', 'We recognise'], ['Mair Jones', 'I will cry']]],
    // a place by its head ("County") and an insurer ("Mutual") are bodies: no "she" or "he"
    ['Fire\n\nMaria Gomez spoke first. Los Angeles County says rebuilding permits have been issued.\n\n"We were underinsured," she said.', [['Los Angeles County', 'rebuilding permits'], ['Maria Gomez', 'We were underinsured']]],
    ['Fire\n\nTom Reed spoke first. Golden Shore Mutual said it had paid every dollar.\n\n"I lost two houses," he said.', [['Golden Shore Mutual', 'it had paid every dollar'], ['Tom Reed', 'I lost two houses']]],
    // a possessive pronoun, a relative and a given name open the sentence: the relative is the next "she"
    ['School\n\n"My mother can walk in and talk to them," Sarah Lee said.\n\nHer daughter Mai, 10, read a short letter to the board. "I want to finish fifth grade at the school," she read.', [['Sarah Lee', 'My mother can walk in'], ['Mai', 'I want to finish fifth grade']]],
    // a name after where it is based is a body's, unless a given name opens it
    ['News\n\nThe would-be buyer, Rotterdam-based Veldhuis Agri, declined to comment on the matter.\n\nVeldhuis Agri said it had ended discussions with the company in July.', [['Veldhuis Agri', 'it had ended discussions']]],
    ['News\n\nTexas-based Matt Mackowiak said Carson is cratering badly in every poll.', [['Matt Mackowiak', 'Carson is cratering']]],
    // (review 67) a relative of the surname met as a subject by full name: the title no longer names the first one for sure
    ['Brothers split over family farm\n\nKarim Haddad, 54, wants to sell the olive farm. "The land no longer pays," Mr. Haddad said. His brother Sami Haddad, 49, lives in Beirut and wants to keep it. "I will never sign," Mr. Haddad said.', [['Karim Haddad', 'The land no longer pays'], ['Sami Haddad', 'I will never sign']]],
    // (review 67) a person named in full with the title is whom it names from then on
    ['Doctors couple open clinic\n\nDr. Anna Reyes opened the clinic in Tucson last spring. "We see 60 patients a day," Dr. Reyes said. Her husband, Dr. Paul Reyes, a surgeon, joined her in June. "I had wanted to leave the hospital for years," Dr. Reyes said.', [['Anna Reyes', 'We see 60 patients a day'], ['Paul Reyes', 'I had wanted to leave the hospital']]],
    // (review 67) one told of as killed is no title's or surname's referent while someone else fits
    ['Community mourns shop owner\n\nWalter Hill was killed in the robbery of his store on Tuesday. Mr. Hill had run the shop for 30 years. His son, Marcus Hill, arrived within minutes. "He gave this street everything," Mr. Hill said.', [['Marcus Hill', 'He gave this street everything']]],
    ['Widow speaks\n\nAnne Murray was killed in the crash on the M6. Her husband, Tom Murray, survived with injuries. "I can\'t believe she\'s gone," Tom said. "She was my whole life," Murray said.', [['Tom Murray', "I can't believe she's gone"], ['Tom Murray', 'She was my whole life']]],
    // (review 67) a relative by possessive and relation noun, named in full, says the sex ("His sister Kim Yo Jong")
    ['Summit in Hanoi\n\nKim Jong Un arrived in Hanoi by train on Tuesday. His sister Kim Yo Jong travelled with him. "The talks were useful," Mr. Kim said.', [['Kim Jong Un', 'The talks were useful']]],
    // a grocery chain ("Markets", "Foods", "Farms") is a body: no "she"
    ['Bakery\n\nAdaeze Okafor keeps the books. Bluebonnet Markets offered to buy the business for $4.2 million.\n\nShe said the commissary would use a machine-kneaded dough.', [['Adaeze Okafor', 'the commissary would use']]],
    // a generation's suffix keeps its stop, and father and son are two people
    ['Marcus Hill Jr. hit the winner. His father, coach Marcus Hill Sr., drew up the play.\n\n"I told him where the ball was going," Hill Sr. said.\n\n"It was fun," Hill Jr. said.', [['Marcus Hill Sr.', 'I told him where the ball was going'], ['Marcus Hill Jr.', 'It was fun']]],
  ])('%s', (...row) => check(row));
});

describe('(set AW) datelines in any script, ages, "as" clauses, reading aloud, bodies of a nation', () => {
  it.each<Row>([
    // a dateline of capitals with diacritics before a spaced hyphen is no person
    ['Vines\n\nMALÁ TŔŇA - On a grey morning in early December, Juraj Hlaváč walks between rows of bare vines.\n\n"I have been doing this for forty years," says the 62-year-old, who farms seven hectares.', [['the 62-year-old', 'I have been doing this for forty years']]],
    // the subject after two openers' commas, past the name's age
    ['Wine\n\n"It is dead," says Juraj Hlaváč.\n\nIn Sečovce, twenty minutes away, Ondrej Kmeť, 44, teaches viticulture. Ten years ago, he says, his classes had 25 students.', [['Juraj Hlaváč', 'It is dead'], ['Ondrej Kmeť', 'his classes had 25 students']]],
    // what an "as" clause reports is not the main clause's content
    ['As the opposition has demanded, the spokesperson said that the law was clear on the matter.', [['the spokesperson', 'the law was clear']]],
    // a comma and a subordinator open a clause: its "that" is not the cue's (unless the clause closes first)
    ['Two brothers who ran the seed company for three decades accused each other of betrayal in a courtroom Tuesday, as a judge began hearing a lawsuit that could decide who controls the business.\n\nJane Roe said on Monday, as she left the court, that she was innocent of every charge.', [['Two brothers', 'each other of betrayal'], ['Jane Roe', 'she was innocent of every charge']]],
    // (review 67) "such as X said" is no "as" clause; what is read may follow "that"
    ['Senators such as Lindsey Graham said in remarks on Sunday that more aid was needed for Ukraine.', [['Lindsey Graham', 'more aid was needed']]],
    ['The letter, signed by 40 staff members, read that the editor had lost the confidence of the newsroom.', [['the letter', 'the editor had lost the confidence']]],
    // (review 67) a title before a name of everyday words is still a person's ("Marine Le Pen", "Innocent Okoro"); a given
    // name before a place's head is a person ("John Street")
    ['Front National Leader Marine Le Pen said she would run again in 2027 for the presidency.', [['Marine Le Pen', 'she would run again']]],
    ['Lagos State Police Commissioner Innocent Okoro said 12 suspects had been arrested overnight.', [['Innocent Okoro', '12 suspects had been arrested']]],
    ['Fined\n\nDevon farmer John Street was fined on Monday. "I did nothing wrong at all," he said.', [['John Street', 'I did nothing wrong']]],
    // a school year or grade before a role is part of the speaker's phrase ("Year 12 student", "Grade 9 student")
    ['Awards\n\nBut Year 12 student Josh Whitford, who was named the school dux on Wednesday, said he thought the new arrangement was better.', [['Josh Whitford', 'he thought the new arrangement was better']]],
    // a body's name goes on past "and" to its own word ("Fire and Rescue Service"), so "the service" is the whole body
    ['Fire\n\nCrews were called to the detached house at about 03:40 GMT, North Wales Fire and Rescue Service said.\n\nSix fire engines attended and the roof of the property collapsed shortly before 05:00, according to the service.', [['North Wales Fire and Rescue Service', 'Crews were called'], ['North Wales Fire and Rescue Service', 'the roof of the property collapsed']]],
    // a person reading something aloud says nothing of it
    ['When a reporter read the post aloud, Tom Reed replied: "It is entitled to its own numbers."', [['Tom Reed', 'It is entitled to its own numbers']]],
    // a body "of" a nation's everyday words is one name
    ['The Association of Polish Food Retailers said sales fell sharply in the third quarter.', [['Association of Polish Food Retailers', 'sales fell sharply']]],
  ])('%s', (...row) => check(row));
});

describe('(PolNeAR train, session 12) plain constructions the extractor missed', () => {
  it.each<Row>([
    // the plural of a role in "-man", "-woman", "-person" is a role too
    ['White House and Pentagon spokesmen said the broad ban on spending prevented the research.', [['White House and Pentagon spokesmen', 'the broad ban on spending prevented']]],
    // an aside opened by an irregular past participle ("clad", "bound", "stricken") sits between the speaker and the cue
    ['Delegate Mary Susan, clad in a red cape, said the convention could be a failure.', [['Mary Susan', 'the convention could be a failure']]],
    // a month's name alone before a cue, after a quotation or a sentence's end, is a surname; a family name first and a
    // month are a name
    ['Columnist Zhang Jun wrote in the paper on Monday.\n\n"The Chinese people have had enough," Jun wrote.', [['Zhang Jun', 'The Chinese people have had enough']]],
    ['Theresa May spoke first.\n\n"We will leave on time," May said.', [['Theresa May', 'We will leave on time']]],
    ['The report released in May said the economy grew by two per cent.', [['the report', 'the economy grew']]],
    // a form, a disclosure, a story, an article or a book speaks like a report; "a story by X" is X's
    ['His financial disclosure forms stated that his revenue increased sharply in 2015.', [['His financial disclosure forms', 'his revenue increased sharply']]],
    ['A story by the website Politico says that more than a hundred delegates are poised to break with him.', [['Politico', 'more than a hundred delegates are poised']]],
    // a name opens the reported clause of a weak cue ("reports", "noted") when its verb follows
    ["The Washington Post reports Clinton's last press conference was held on Dec. 4.", [['Washington Post', "Clinton's last press conference was held"]]],
    ['The star noted Latinos and Blacks have a more difficult time staying on the air.', [['the star', 'Latinos and Blacks have a more difficult time']]],
    ["The Tennessean first reported Gore's decision earlier Sunday.", []],
    // a cue in a relative clause on the subject ends at the main clause's cue, which the subject and its clause speak
    // (the stance in the relative clause, "supported the bill", is a statement of its own kind, not counted here)
    ['Senators who supported the bill said on Tuesday that the party may have to separate itself from him.', [['Senators', 'the party may have to separate itself']]],
    ['Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself from him.', [['Republicans', 'the party may have to separate itself']]],
    // an office "of" its field before a given name and a surname is the holder's title
    ['Palm Beach County Supervisor of Elections Susan Bucher said that independent voters cannot vote in the primary.', [['Susan Bucher', 'independent voters cannot vote']]],
    // a quotation, then the speaker's next cue joined to it: two statements
    ['Hillary Clinton spoke in Miami.\n\nShe declared “What a Super Tuesday!” and said that her campaign would continue.', [['Hillary Clinton', 'What a Super Tuesday!'], ['Hillary Clinton', 'her campaign would continue']]],
    // how often, between the auxiliary and the cue; where, after people by role
    ['Republicans have often argued that Americans would be safer with more guns.', [['Republicans', 'Americans would be safer']]],
    ['Officials here say there is a direct link to the attacks.', [['Officials', 'there is a direct link']]],
    // a quotation inside the sentence's opening phrase is the topic when the speaker's own clause follows the cue
    ['To a question on the "privatization of public sector jobs," Bernie Sanders said private contractors can be more expensive.', [['Bernie Sanders', 'private contractors can be more expensive']]],
    // idioms before "to say", and an infinitive cue's particle
    ['Mayor Tom Reyes went out of his way to say that the economy had hit bottom.', [['Tom Reyes', 'the economy had hit bottom']]],
    ['Mayor Tom Reyes took to Twitter to say the vote was rigged.', [['Tom Reyes', 'the vote was rigged']]],
    ['But the debate was so subdued that Mayor Tom Reyes was prompted to say, "So far, I cannot believe how civil it has been."', [['Tom Reyes', 'So far, I cannot believe']]],
    ['Mayor Tom Reyes was quick to point out that the economy had hit bottom.', [['Tom Reyes', 'the economy had hit bottom']]],
    // a short frame between the cue and a clause with no "that": a duration, an adverb, a year, an occasion
    ['Mayor Tom Reyes has said for weeks he is the only candidate who can win.', [['Tom Reyes', 'he is the only candidate']]],
    ['The founders have said repeatedly they would not run a newspaper.', [['the founders', 'they would not run a newspaper']]],
    ['Mayor Tom Reyes said after the vote the city would recover.', [['Tom Reyes', 'the city would recover']]],
    ['Mayor Tom Reyes said in 2015 the city would recover.', [['Tom Reyes', 'the city would recover']]],
    // an addressee named in full, or by a role word and a name, before a clause with no "that"
    ['Mayor Tom Reyes told host Jane Lee she believed the governor would win.', [['Tom Reyes', 'she believed the governor would win']]],
    // a body before ", which" and its cue speaks (not when the relative clause has a subject of its own); a restrictive
    // "that" clause on a group opening the sentence; a count one claims to have is no statement
    ['The union, which says it cannot accept the terms, walked out on Monday.', [['the union', 'it cannot accept the terms']]],
    ['The rebels seized the town. ISIL, which French officials said was responsible for the attacks, has not commented.', [['French officials', 'was responsible for the attacks']]],
    ['Progressive groups that have endorsed him say they believe the delegates should follow the vote.', [['Progressive groups', 'they believe the delegates should follow']]],
    ["The Drivers' Alliance, which claims 1.2 million supporters, warned that any rise would hurt drivers.", [["Drivers' Alliance", 'any rise would hurt drivers']]],
    ['Cape Breton Regional Police, which responded to two minor collisions on Wednesday, have set up a detour.', []],
    ['The council, which responded to the petition in September by commissioning a report, received that report only on Monday.', []],
    // asides opened by a subordinator and a participle, or by an adverb and a present participle; a title in title case
    ["The mayor's office, when contacted by reporters, said the mayor could not recall the dinner.", [["mayor's office", 'the mayor could not recall']]],
    ['Tom Reyes, later alleging that the mayor lied, said he would veto the bill.', [['Tom Reyes', 'he would veto the bill']]],
    ['Joe Lane, host of “Morning Show,” said the mayor could resign.', [['Joe Lane', 'the mayor could resign']]],
    // "noticed that" reports what someone observed (a view, not counted here) and ends no aside's search for "that"
    ['Nate Cohn, writing in The New York Times, noticed this weekend that poor voters have been shifting toward Sanders.', []],
    // a document before a preposition whose object a participle follows speaks, not that object
    ['A report about the integration of migrants issued over the summer noted that a fifth of them were unemployed.', [['a report', 'a fifth of them were unemployed']]],
    // "first" after a body's noun; "one" before a document's noun
    ['As a national newspaper first reported, the mayor voiced support for the plan in 2002.', [['national newspaper', 'the mayor voiced support']]],
    ['One tweet said: "This is very sad. Thinking of the people of Lyon."', [['One tweet', 'This is very sad']]],
    // the writer's "as" clause after a quotation ends the content
    ['Jeb Reyes says he is “excited where we stand” as he faces a critical test in the primary.', [['Jeb Reyes', 'excited where we stand']]],
    ['The United Gun Group said in a statement Thursday night they pulled the listing from the site.', [['United Gun Group', 'they pulled the listing']]],
    ['Mayor Tom Reyes hinted at the niche he sees for himself as Election Day nears.', []],
    // a joined cue after an auxiliary or a day ("and has said", "but on Tuesday wrote"); people by role in the plural after
    // their modifiers are the subject, not a verb in -s; one capitalised word before a noun and people is a modifier
    ['Tom Reyes describes himself as a fiscal hawk and has said that he would veto any new spending.', [['Tom Reyes', 'he would veto any new spending']]],
    ['The columnist has been critical of the mayor but on Tuesday wrote that she agreed with him on taxes.', [['the columnist', 'she agreed with him on taxes']]],
    ['Police officials studied the ruling and said it would hurt other cases.', [['Police officials', 'it would hurt other cases']]],
    ['Nuclear proliferation experts have discounted the claims, but have speculated that the North might boost its yield.', []],
    ['By contrast, Democrats controlled the Senate and had confirmed 68 judicial nominees by this point.', []],
    // a quotation in a participle's or an object's words that a closing attribution gives to someone else
    ['Mary Susan wore a cape.\n\nHer liberal friends have mocked his campaign, calling Trump “an orange buffoon,” Susan said as she turned around.', [['Mary Susan', 'an orange buffoon']]],
    // a share takes the plural verb ("A third say"); a share and its figure between commas ("about two-thirds, 67 percent,")
    ['The poll was released on Monday. A third say they will not vote for either candidate.', [['a third', 'they will not vote for either candidate']]],
    ['Among likely voters, about two-thirds, 67 percent, say they will back the mayor in the fall.', [['about two-thirds', 'they will back the mayor']]],
    // a cleft's clause ("That is why critics say", "It was three years ago that X said"); not the writer's "It is
    // apparent that …"; a quotation in an opener is no statement when a colon's quotation follows the cue
    ['That is why critics say he had proposed to dismantle the plan.', [['critics', 'he had proposed to dismantle the plan']]],
    ['It was less than three years ago that Tom Reyes said it was impossible for an independent to win.', [['Tom Reyes', 'it was impossible for an independent to win']]],
    ['Senator Ann Ruiz spoke. It is simply astounding that Ann Ruiz says the budget is balanced.', []],
    ['Barack Obama spoke.\n\nConceding that there would likely be a deal "down the line", he warned: "It is not going to happen any time soon."', [['Barack Obama', 'It is not going to happen any time soon']]],
    // a contact clause on an "according to" source ("the document he released")
    ['The plan would cost about $1.38 trillion a year, according to the document he released.', [['the document', 'The plan would cost about $1.38 trillion a year']]],
    // (review 68) a verb in -s between a name and people keeps the name the subject; a role noun that is a verb in -s is
    // one when an object follows; a count one claims is a statement when its clause has a verb; a month opening a
    // sentence is the month; "here"/"there" only after people or a name; no frame's phrase with a second determiner
    ['Microsoft hires engineers in Dublin and said it would add 500 jobs.', [['Microsoft', 'it would add 500 jobs']]],
    ['Obama praises nurses, saying they kept the country running.', [['Obama', 'they kept the country running']]],
    ['The panel judges the entries and said the winner would be named Friday.', [['the panel', 'the winner would be named Friday']]],
    ['The company sources parts from China and said demand had fallen.', [['the company', 'demand had fallen']]],
    ['Hamas claims 30 people were killed in the strike.', [['Hamas', '30 people were killed']]],
    ['Prices fell in the autumn. January showed that prices were rising again.', []],
    ['Police there said the suspect was armed.', [['Police', 'the suspect was armed']]],
    ['She revealed after the show the ring her fiance had given her.', []],
    ['The committee, which says little in public, met on Tuesday.', []],
    ['The minister said the plan was "unworkable" as she expects the Commons to vote it down.', [['the minister', 'as she expects the Commons to vote it down']]],
    // a quotation right after a short frame with no comma; a programme's title inside the frame; an infinitive is no frame
    ['Bernie Sanders acknowledged in a radio forum Monday night "it will be very hard for us to win" if the trend continues.', [['Bernie Sanders', 'it will be very hard for us to win']]],
    ['Mayor Tom Reyes said on the show “Wake Up” that the party had become an echo chamber.', [['Tom Reyes', 'the party had become an echo chamber']]],
    ['Hillary Clinton promised on Tuesday to refrain from using the phrase “illegal immigrant” during the rest of her campaign.', []],
    // a list of names with its serial comma goes on to the joined cue
    ['The memorandum calls for Kyiv to withdraw its troops from the Donetsk, Luhansk, Zaporizhzhia, and Kherson oblasts and states that a ceasefire could begin after that.', [['the memorandum', 'Kherson oblasts'], ['the memorandum', 'a ceasefire could begin']]],
  ])('%s', (...row) => check(row));
});

describe('(PolNeAR train, session 13) clauses interrupted by their attribution, someone new by role', () => {
  it.each<Row>([
    // a quotation joined with "and" after the cue's comma is the speaker's, however long the words before it
    ['Jimmy Ghazal spoke.\n\n"A big truck" plowed through security barriers that had been set up for the festivities, he said, and "everyone started running."', [['Jimmy Ghazal', 'barriers that had been set up for the festivities and "everyone started running.']]],
    ['Mayor Ann Ruiz spoke.\n\nThe donations are checked to make sure they comply with the limits, Ruiz said, but "we don\'t ask them what they earn."', [['Ann Ruiz', 'comply with the limits but "we don\'t ask them what they earn.']]],
    // the comma of a quotation's words closes an opening subordinate clause; the main clause's subject after an opener
    ['Although Mr. Obama boasted that he had decimated “core Al Qaeda,” on Tuesday he said it still posed a threat.', [['Obama', 'he had decimated “core Al Qaeda'], ['Obama', 'it still posed a threat']]],
    ['Where he used to boast that he had decimated “core Al Qaeda,” on Tuesday night he said it still posed a threat.', [[null, 'it still posed a threat']]],
    // an inverted attribution inside the clause, the clause's verb after the speaker (and the speaker's appositive)
    ['Any reading of the minister\'s actions, said Michael Kofman, an expert on Russia at the Wilson Center, would see this as a retreat.', [['Michael Kofman', "Any reading of the minister's actions would see this as a retreat"]]],
    ['The decision, said Mayor Jane Smith, was a mistake.', [['Jane Smith', 'The decision was a mistake']]],
    ['The plan failed, said Jane Smith, the mayor.', [['Jane Smith', 'The plan failed']]],
    // someone new brought in by "a" and a noun for a person is whom the next "he" or "she" means, not someone named
    // before; not a thing ("a tanker"), nor a role with a name after it, nor "the" and a role (most often someone met)
    ['Mayor John Smith spoke on Monday. A local resident spoke too. He said the plan would ruin the area.', [['a local resident', 'the plan would ruin the area']]],
    ['Mayor John Smith spoke on Monday. A man who lives near the park spoke too. He said the plan would ruin the area.', [['a man', 'the plan would ruin the area']]],
    ['Analyst Ann Ruiz pointed to a case. In October, a tanker sanctioned last year was denied entry to a port. "That is the whole problem," she said.', [['Ann Ruiz', 'That is the whole problem']]],
    ['Mayor John Smith spoke on Monday. A worker named Tom Hale has nothing but praise for the plan. "It is a good plan," he said.', [['Tom Hale', 'It is a good plan']]],
    ['Mayor John Smith spoke on Monday. The resident spoke too. He said the plan would ruin the area.', [['John Smith', 'the plan would ruin the area']]],
    // (review 69) only someone new who speaks; someone new who does not makes a person met only in passing no antecedent
    ['Mayor John Smith spoke first. A mother wrote to the board in protest. She said her son had been bullied.', [['a mother', 'her son had been bullied']]],
    ['Police Chief Robert Allen addressed reporters on Tuesday. A man was killed when his car hit a tree. He said the road would be closed.', [['Robert Allen', 'the road would be closed']]],
    ['Senator Mark Bell released his tax plan on Monday. A spokesman for the senator declined to comment. He said later that the plan was fair.', [['Mark Bell', 'the plan was fair']]],
    ['The rise of Vladimir Putin\'s Russia has unsettled many Americans. A president who ordered the raid will hand his successor a war. He said it still posed a threat.', [[null, 'it still posed a threat']]],
    // (review 69) a joined quotation with a closing attribution of its own is that speaker's
    ['Mayor Jane Smith spoke first. The budget had been cut by a third over five years of austerity, she said, but “that is not the whole story,” said another council member.', [['another council member', 'that is not the whole story']]],
    // a quotation in an opener is not the speaker's when the cue's "that" comes past its addressee
    ['Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO that Gore plans to skip the convention.', [['the former vice president’s spokeswoman', 'Gore plans to skip the convention']]],
    // a subordinate clause opening the sentence, the attribution between it and its main clause
    ['If the province were to proceed on its own without protecting its industries, Mr. Finlayson argued, they would simply lose markets to producers elsewhere.', [['Finlayson', 'If the province were to proceed on its own without protecting its industries they would simply lose markets']]],
    // a relative "that" on a noun of the frame, its past verb after it, before the content's own "that"
    ['The senator told Yahoo News in a story that posted this week that he believes the government is training militants.', [['the senator', 'he believes the government is training militants']]],
    // a plural that is also a cue's form, after a count or a plural's determiner, is a noun
    ['Officials in the two states said the vote was close.', [['Officials in the two states', 'the vote was close']]],
    ['The appeals court ruled that the law was invalid.', [['appeals court', 'the law was invalid']]],
    // two people named together, then their appositive
    ['Tom and Ann Lee, the parents, say they felt compelled to speak out.', [['Tom and Ann Lee', 'they felt compelled to speak out']]],
    // a day is no given name; a name or a noun's article right after a time opener begins the main clause; not a name
    // inside the opener
    ['On Tuesday Obama said it still posed a threat.', [['Obama', 'it still posed a threat']]],
    ['Although she called the bill “a disaster,” yesterday she said she would vote for it.', [[null, 'the bill “a disaster'], [null, 'she would vote for it']]],
    ['Although critics called the plan “a giveaway,” on Tuesday the governor said it would pay for itself.', [['critics', 'the plan “a giveaway'], ['the governor', 'it would pay for itself']]],
    ['At the town hall in Ho Chi Minh City, a young woman said the race worried her.', [['a young woman', 'the race worried her']]],
    // (review 70) a day that is a given name stays one; an "-ed" word before a noun opens the content, not a relative
    // clause of the frame; someone new who does not speak stands in no one's way
    ['Sunday Adeyemi scored twice on Saturday. Adeyemi said the win was for the fans.', [['Sunday Adeyemi', 'the win was for the fans']]],
    ['The army said in a statement that armed groups that crossed the border were retreating.', [['the army', 'armed groups that crossed the border were retreating']]],
    ['Reporters interviewed Senator Ann Ross after the vote. A protester blocked the exit. She said the vote was fair.', [['Ann Ross', 'the vote was fair']]],
    // a clause of when it was said between the cue and the quotation
    ['Bill Clinton said as he introduced his wife, "Finally, the dam broke."', [['Bill Clinton', 'Finally, the dam broke']]],
    ['Bill Clinton said, as he introduced his wife, "Finally, the dam broke."', [['Bill Clinton', 'Finally, the dam broke']]],
    // people by a plural role after capitalised modifiers keep their description
    ['Three-in-five GOP insiders across the four states said that Trump could not be toppled.', [['three-in-five GOP insiders across the four states', 'Trump could not be toppled']]],
    // a time opening the sentence with no comma is no part of the subject after it; not a pollster's "Morning"
    ['Last week the governor said the budget would balance.', [['the governor', 'the budget would balance']]],
    ['Today the minister said the budget would balance.', [['the minister', 'the budget would balance']]],
    ['On Monday morning the president said the budget would balance.', [['the president', 'the budget would balance']]],
    ['Earlier this month the mayor said the budget would balance.', [['the mayor', 'the budget would balance']]],
    ['In March the mayor said the budget would balance.', [['the mayor', 'the budget would balance']]],
    // (review 71) more openers of time; a time word inside the subject stays there
    ['Yesterday afternoon the police said the road was closed.', [['the police', 'the road was closed']]],
    ['Friday night Governor Kathy Hochul said the storm had passed.', [['Kathy Hochul', 'the storm had passed']]],
    ['Every Sunday the pastor says the church is full.', [['the pastor', 'the church is full']]],
    ['A weekend CNN anchor said the story was false.', [['a weekend CNN anchor', 'the story was false']]],
    // a count of time back or on opening the sentence
    ['Two weeks ago the minister said the plan would work.', [['the minister', 'the plan would work']]],
    ['A year ago the company said it would hire more staff.', [['the company', 'it would hire more staff']]],
    ['Mayor Ann Ruiz spoke. Three days later she said the road was open.', [['Ann Ruiz', 'the road was open']]],
    ['A Morning Consult spokesman said the poll was accurate.', [['a Morning Consult spokesman', 'the poll was accurate']]],
    // a quoted phrase inside a dash aside between the speaker and the cue
    ['A representative for the brand — a business pitched as "the ultimate destination" — noted that the company offers paid leave.', [['a representative for the brand', 'the company offers paid leave']]],
  ])('%s', (...row) => check(row));
});

describe("(session 14) subjects modified by a place or a clause, people a verb's object makes speak", () => {
  it.each<Row>([
    // a present "say" after the object of a place's preposition or of a relative clause inside the subject
    ['Residents near the plant say the smell is unbearable.', [['Residents near the plant', 'the smell is unbearable']]],
    ['Shoppers around the market say prices have doubled.', [['Shoppers around the market', 'prices have doubled']]],
    ['Experts who study the region say the risk is rising.', [['Experts', 'the risk is rising']]],
    ['Families along the coast said they have nowhere to go.', [['Families along the coast', 'they have nowhere to go']]],
    // a cue's base form after its determiner is a noun inside the subject
    ['Critics of the plan say it will cost too much.', [['Critics of the plan', 'it will cost too much']]],
    // "those" before no noun stands for people
    ['Those close to him say he is tired.', [['people close to him', 'he is tired']]],
    ['Those in the room said he was tired.', [['people in the room', 'he was tired']]],
    // a "to" after "who" is no cue "told": the quotation after the attribution goes on with the activist's
    ['"People are scared," an activist who asked not to be named told the newspaper. "Many of my friends are thinking of leaving."', [['an activist', 'People are scared. Many of my friends are thinking of leaving.']]],
    // naming with "call": a pronoun, then "the" and a noun (not a time)
    ['Critics call it the worst budget in a generation.', [['Critics', 'it the worst budget in a generation']]],
    ['The minister called her the next day to apologise.', []],
    // reported at second hand: the subject before "is understood to have told"
    ['The prime minister is understood to have told colleagues that he will not resign.', [['the prime minister', 'he will not resign']]],
    ['Mr Reyes is reported to have said the deal was dead.', [['Reyes', 'the deal was dead']]],
    // a share of them opening a relative clause between the speaker and the cue
    ['Residents, many of whom have lived there for decades, say they feel abandoned by the council.', [['Residents', 'they feel abandoned by the council']]],
    // (review 72 left) "Users" opens no name: the whole phrase speaks
    ['Users of the claim service say the forms are too long.', [['Users of the claim service', 'the forms are too long']]],
    // people a verb's object, before "who" and the cue
    ['He met residents who said the water was dirty.', [['residents', 'the water was dirty']]],
    ['Clinton leads among voters who say the economy is their top issue.', [['voters', 'the economy is their top issue']]],
    ['It would allow him to win over the voters who said they were undecided.', [['the voters', 'they were undecided']]],
    // … who are no subject of the sentence's next verb
    ['President Obama rebuked critics who say he should resign, saying the name does not matter.', [['critics', 'he should resign'], ['Obama', 'the name does not matter']]],
    ['Trump leads among Republicans who say the election was stolen.', [['Republicans', 'the election was stolen']]],
    ['The governor met residents who said the water was dirty.', [['residents', 'the water was dirty']]],
    ['Protesters against the war said it was illegal.', [['Protesters against the war', 'it was illegal']]],
    // someone a verb's object makes speak is nobody a later "he" means
    ['Mayor Tom Reyes met a resident who said the road was closed. He said it would reopen.', [['a resident', 'the road was closed'], ['Tom Reyes', 'it would reopen']]],
    ['The mayor met a resident who said the road was closed. He said it would reopen.', [['a resident', 'the road was closed'], [null, 'it would reopen']]],
    ['Residents throughout the region said the water was off.', [['Residents throughout the region', 'the water was off']]],
    ['Players who know the coach say he is tough.', [['Players', 'he is tough']]],
    // (review 73) "her" the object of a relative clause's verb; a group by name in the plural; a sky watched
    ['Friends who knew her say she loved the sea.', [['Friends', 'she loved the sea']]],
    ['The governor gained ground among Latinos who say immigration is a top issue.', [['Latinos', 'immigration is a top issue']]],
    ['Farmers who watch the sky say the rains are late.', [['Farmers', 'the rains are late']]],
    // guards: the noun "say" with no clause after it; a story's character inside a relative clause; the object of a
    // verb of hearing says it, not the relative clause's subject; a "whose" clause; "those" before a noun's modifier
    ['A man who had the final say in the matter left the room.', []],
    ['Reporters who heard the president say the war was over were stunned.', []],
    ['The mayor, whose aides met voters who said they were angry, cancelled the rally.', []],
    ['Those same analysts say the market will fall.', [['the same analysts', 'the market will fall']]],
    // knowing someone is no belief
    ['People who know him say he is stubborn.', [['People', 'he is stubborn']]],
    // a family described in one hyphenated word before the name
    ['Mother-of-two Sarah Jones, 34, said she could not afford rent.', [['Sarah Jones', 'she could not afford rent']]],
    ['The film, in which Tom Hughes plays a detective who tells his wife he is leaving, opens on Friday.', []],
  ])('%s', (...row) => check(row));
});

describe('(session 14) whom "told" addresses: statements exactly', () => {
  it.each<Row>([
    // a word of its own before whom "told" addresses, a broadcaster's name, and where it was told
    ['Witnesses told local media they heard two explosions.', [['Witnesses', 'they heard two explosions']]],
    ['The minister told public broadcaster NHK the plan was dead.', [['the minister', 'the plan was dead']]],
    ['The minister told foreign journalists the plan was dead.', [['the minister', 'the plan was dead']]],
    ['She told reporters in Leeds the plan was dead.', [[null, 'the plan was dead']]],
    // (not a clause's subject after "told reporters")
    ['The minister told reporters local schools would close.', [['the minister', 'local schools would close']]],
    // a subject opened by its determiner before the cue's commas, its predicate quoted after them: one statement with
    // its marks; an adverb or a phrase of time before the commas is no subject
    ['Tom Reyes spoke.\n\nNo name change, he said, "hides what it really is."', [['Tom Reyes', 'No name change "hides what it really is."']]],
    ['Tom Reyes spoke.\n\nAn economic downturn, he said, "could be a good time to borrow."', [['Tom Reyes', 'An economic downturn "could be a good time to borrow."']]],
    ['Tom Reyes spoke.\n\nStill, he said, "we will win."', [['Tom Reyes', 'we will win.']]],
    ['Tom Reyes spoke.\n\nIn other words, he said, "the era is over."', [['Tom Reyes', 'the era is over.']]],
    ['Tom Reyes spoke.\n\nThat night, he said, "we will win."', [['Tom Reyes', 'we will win.']]],
    // (review 73) whom "told" addresses, then the clause's own subject
    ['The minister told reporters officials had lied.', [['the minister', 'officials had lied']]],
    // a request: whom it asks and what; it ends before the asker's next verb; a participle after the main clause is not
    // the asker's in a subordinate clause
    ['Texas asked a federal judge to block the rules.', [['Texas', 'a federal judge to block the rules']]],
    ['He has asked Republican leaders to disavow the plan and has since left the party.', [[null, 'Republican leaders to disavow the plan']]],
    ['When Tom Hurt asked Norton to republish the book, it declined, citing legal risks.', [['Tom Hurt', 'Norton to republish the book']]],
    ['She asked him to comment on the report.', []],
    // (review 74) whom a request asks may be the next "he"; an invitation and a question put are no requests; a request
    // ends at "but"
    ['The mayor asked the police chief to resign. He refused and said the accusations were false.', [['the mayor', 'the police chief to resign'], [null, 'the accusations were false']]],
    ['Mayor Tom Reyes asked residents to stay indoors. He said the storm would pass.', [['Tom Reyes', 'residents to stay indoors'], ['Tom Reyes', 'the storm would pass']]],
    ['He asked the guests to dinner.', []],
    ['The senator asked a question to ministers about the budget.', []],
    ['The prosecutor asked the court to dismiss the case, but the judge refused.', [['the prosecutor', 'the court to dismiss the case']]],
    ['The minister told student journalists the plan was dead.', [['the minister', 'the plan was dead']]],
    // the writer's note on what was not said closes the content
    ['The White House said Biden would travel to Kyiv, without giving further details.', [['White House', 'Biden would travel to Kyiv']]],
    ['Tom Reyes said the law applies to everyone, without exception.', [['Tom Reyes', 'the law applies to everyone, without exception']]],
    // (review 75) what the source itself complains was not given stays
    ['The tenants said the landlord had raised the rent by 30 percent, without giving any notice.', [['the tenants', 'the landlord had raised the rent by 30 percent, without giving any notice']]],
    // (review 75) whom a request asks, a pronoun, may be the next "they"; a call at a moment is no naming
    ['The council asked them to leave the site. They said they had nowhere else to go.', [['the council', 'them to leave the site'], [null, 'they had nowhere else to go']]],
    ['Her husband called her the moment the plane landed in Perth.', []],
    // a count's approximator of two words opening the sentence is no name ("More" had been the speaker)
    ['More than 100 economists signed a letter, saying the policy would fail.', []],
  ])('%s', exactly);
});

describe('(session 15) the clause a quotation completes: statements exactly', () => {
  it.each<Row>([
    // a cue's form before its own verb is a noun inside the clause ("plan", "plans"), not the cue
    ['The new plan is "a disaster for working families," Tom Reyes said.', [['Tom Reyes', 'The new plan is "a disaster for working families,"']]],
    ['The tax cut plans are "profoundly irresponsible," said Steve Bell, a budget expert.', [['Steve Bell', 'The tax cut plans are "profoundly irresponsible,"']]],
    // a quoted phrase inside the clause is part of it; a sentence quoted whole before it is not
    ['Residents who spend hours on "certain fringes of the internet" end up in a debate that is "divorced from reality," Tom Reyes said.', [['Tom Reyes', 'Residents who spend hours on "certain fringes of the internet" end up in a debate that is "divorced from reality,"']]],
    // an inverted attribution inside the clause it interrupts, before its verb; a cue's form after a determiner is a noun
    ['The problem, says Tom Reyes, is that nobody listens.', [['Tom Reyes', 'The problem is that nobody listens']]],
    ['The answer, said Tom Reyes, was more housing.', [['Tom Reyes', 'The answer was more housing']]],
    // a final attribution after a quotation that closed an earlier statement: the whole sentence is its speaker's (the
    // earlier content had run on into "Tom Reyes said"); not the same speaker told of twice
    ['Critics say the plan is "a disaster," Tom Reyes said.', [['Critics', 'the plan is "a disaster,"'], ['Tom Reyes', 'Critics say the plan is "a disaster,"']]],
    ['Jane Hill said the plan was "a disaster," Hill said.', [['Jane Hill', 'the plan was "a disaster,"']]],
    ['Jane Hill spoke.\n\nShe said the plan was "a disaster," she said.', [['Jane Hill', 'the plan was "a disaster,"']]],
    // a restrictive "that" clause between the subject and the cue; "says" before a word that may be a cue ("demand")
    ['A group that represents farmers says prices are too low.', [['a group', 'prices are too low']]],
    ['Residents that live near the plant say the air is bad.', [['Residents', 'the air is bad']]],
    ['The council says demand has doubled.', [['the council', 'demand has doubled']]],
    ['The passing of the deal means that the region will be able to threaten its neighbours.', []],
    // a closing attribution the writer's participle follows ("ending …"); its clause's "that" is no content
    ['Ontario and the City of Toronto have agreed to share the costs of the line, Premier Douglas Harrow and Mayor Nadia Ramsaran announced on Friday, ending a standoff that had left the line without a budget.', [['Ontario and the City of Toronto', 'to share the costs of the line'], ['Douglas Harrow and Nadia Ramsaran', 'Ontario and the City of Toronto have agreed to share the costs of the line']]],
    ['The line will open in March, Premier Douglas Harrow announced on Friday, ending a standoff that had left the line without a budget.', [['Douglas Harrow', 'The line will open in March']]],
    // "In the view of" a person, past an appositive
    ['In the view of Themba Nkosi, a mining analyst at Carrow Securities, the warnings are largely a negotiating tactic.', [['Themba Nkosi', 'the warnings are largely a negotiating tactic']]],
    // a name after role words that end in a preposition of where is a place, not the person
    ["A teacher at a girls' secondary school in Ungogo, who asked not to be named, said she was promoted in 2022.", [["a teacher at a girls' secondary school in Ungogo", 'she was promoted in 2022']]],
    // a document by its maker, described by an appositive and a participle's aside; the time of a phrase kept as written
    ['A study by the Chennai Urban Flood Observatory, an independent research group, released in September, estimates that nearly 40% of the capacity has been lost.', [['Chennai Urban Flood Observatory', 'nearly 40% of the capacity has been lost']]],
    ['Figures published by the Department for Education in June showed that 44,000 teachers left.', [['figures published by the Department for Education', '44,000 teachers left']]],
    // two modifiers between a document's determiner and its noun; a document's maker named before an appositive
    ['A city staff report released last month estimated that the line would lose about $82-million a year.', [['a city staff report', 'the line would lose about $82-million a year']]],
    // a conviction told by "be" (or "remain") and an adjective; not negated, not before a preposition, not inside a name
    ['Tom Reyes, an associate professor, is convinced the drains will never be enough on their own.', [['Tom Reyes', 'the drains will never be enough on their own']]],
    ['Tom Reyes remains confident that the deal will pass the Senate next week.', [['Tom Reyes', 'the deal will pass the Senate next week']]],
    ['The team is confident in its defence this season.', []],
    ['She is not convinced that the plan will work at all.', []],
    ["Donald Trump's longtime confident Roger Stone said the plan was dead for now.", [['Roger Stone', 'the plan was dead for now']]],
    // a passive after a modal or "to" goes on past "and" with its second participle; a verb of the subject's own does not
    ['Tom Reyes said the law should be repealed and replaced with a better one next year.', [['Tom Reyes', 'the law should be repealed and replaced with a better one next year']]],
    ['Tom Reyes said the plan would be approved and walked out of the room.', [['Tom Reyes', 'the plan would be approved']]],
    // a clause joined by "and" after the parenthetical cue and its addressee is no content of the cue's own
    ['Awa Ndiaye spoke.\n\nInspectors have seized two trawlers since October, she told reporters, and more seizures will follow.', [['Awa Ndiaye', 'Inspectors have seized two trawlers since October']]],
    ['A report published last month by Ocean Watch Africa, a research group, estimates that Senegal loses about 150 billion CFA francs a year.', [['Ocean Watch Africa', 'Senegal loses about 150 billion CFA francs a year']]],
    // a woman's office word with the full name over a guess from the first name ("Bernie"); a man's is written for anyone
    ["Siobhán Keady said fees were too high.\n\nBernie Costigan, the alliance's chairwoman, said she had not taken a salary.\n\nShe said the Government had treated providers badly.", [['Siobhán Keady', 'fees were too high'], ['Bernie Costigan', 'she had not taken a salary'], ['Bernie Costigan', 'the Government had treated providers badly']]],
    ['Tom Reyes said the plan was bad.\n\nCampaign spokesman Hope Hicks said the group was independent.\n\nShe said the campaign was grateful.', [['Tom Reyes', 'the plan was bad'], ['Hope Hicks', 'the group was independent'], ['Hope Hicks', 'the campaign was grateful']]],
    // the one the story has been calling by the surname alone keeps it when a relative of that name comes in in full;
    // "the elder" is the other one
    ['Tom Baker said the mill would close.\n\n"We tried everything," Baker said.\n\nHis son, Luke Baker, said the family was devastated.\n\nBaker said he would retire.', [['Tom Baker', 'the mill would close'], ['Tom Baker', 'We tried everything'], ['Luke Baker', 'the family was devastated'], ['Tom Baker', 'he would retire']]],
    ['Luca Benedetti scored twice.\n\n"It was a good night," Benedetti said.\n\nPaolo Benedetti, his father and agent, denied that a deal had been agreed.\n\n"There is no agreement," the elder Benedetti told Sky Sport Italia.', [['Luca Benedetti', 'It was a good night'], ['Paolo Benedetti', 'a deal had been agreed'], ['Paolo Benedetti', 'There is no agreement']]],
  ])('%s', exactly);
});

describe('(session 16) statements exactly', () => {
  it.each<Row>([
    // an aside between the subject and a quotation that opens with a present or past form of its verb; a cue form after
    // "to" inside the aside is no cue
    ['The party, typically attended by hundreds of delegates, "allows us to get our message out," said Frank Cole.', [['Frank Cole', 'The party, typically attended by hundreds of delegates, "allows us to get our message out,"']]],
    ['Tom Reyes spoke.\n\nMrs. Baker, eager to defend her record, "is seen as the safer choice," he said.', [['Tom Reyes', 'Mrs. Baker, eager to defend her record, "is seen as the safer choice,"']]],
    ['Mrs. Baker, he said, "is seen as the safer choice," Tom Reyes added.', [['Tom Reyes', 'is seen as the safer choice']]],
    // an adjective's infinitive in an aside describes its subject; as the predicate it reports ("was quick to point out")
    ['Mrs. Baker, keen to explain her record, went to the hall.', []],
    ['Mrs. Baker was quick to point out that the record was good.', [['Baker', 'the record was good']]],
    // a list's fields in ordinary case ("Date:", "Leaves Seattle:") are no speakers' labels; a name the story writes in
    // its sentences is, and so is a role or a title
    ['Dinner details:\n\nDate: Friday, Dec. 25, with doors open at noon\n\nRides: Call the hall by Dec. 22 to book one', []],
    ['Reduced schedule, weekdays:\n\nLeaves Bainbridge: 5:20 a.m., 6:55 a.m., then every hour\n\nLeaves Seattle: 6:10 a.m., 7:45 a.m., then every hour', []],
    ['The hearing heard from Ana Young and the chair.\n\nYoung: We were never told about the closure.\n\nThe Chair: The notice went out in March.', [['Ana Young', 'We were never told about the closure.'], ['the Chair', 'The notice went out in March.']]],
    // a given name no list holds, read from the text's own use of the surname alone with a word of saying (unlisted-names.test.ts)
    ['When Tshepo Mabuza went to clean the grave in October, he found a hole.\n\n"There was nothing there," said Mabuza, 47.\n\nJohan Kruger said the company had followed the law.\n\nMabuza said he would attend the meeting. "They will want to talk about money," he said.', [['Tshepo Mabuza', 'There was nothing there'], ['Johan Kruger', 'the company had followed the law'], ['Tshepo Mabuza', 'he would attend the meeting'], ['Tshepo Mabuza', 'They will want to talk about money']]],
    // the one person introduced as that kin ("His daughter, Helen Marsh") is who "his daughter" names later; a relation
    // that tells no sex ("her friend") may be anyone's and stays as written
    ['Derek Marsh was taken to hospital after a fall.\n\nHis daughter, Helen Marsh, said he had waited all night.\n\nMr Marsh is now at home with his daughter, who said he was still shaken.', [['Helen Marsh', 'he had waited all night'], ['Helen Marsh', 'he was still shaken']]],
    ['Omar Said was on the flight, a friend, Ali Musa, said.\n\nMona Hamdy was also headed to Cairo, her friend said.', [['Ali Musa', 'Omar Said was on the flight'], ['her friend', 'Mona Hamdy was also headed to Cairo']]],
    // a family name first, then a given name with a month's abbreviation in it ("Jun"); "the younger Mr Tan" of two named
    // surname first is the younger by the ages the story gives
    ['Mr Tan Jun Hao said he had no plans to change the dish.', [['Tan Jun Hao', 'he had no plans to change the dish']]],
    ['Mr Tan Kok Leong, 68, said he would retire.\n\nHis son, Mr Tan Jun Hao, 36, quit his job to learn the trade.\n\n"It took two years," said the younger Mr Tan.\n\nThe elder Mr Tan said he never wrote the recipe down.', [['Tan Kok Leong', 'he would retire'], ['Tan Jun Hao', 'It took two years'], ['Tan Kok Leong', 'he never wrote the recipe down']]],
    // capitalised words after "the" with no given name, honorific or title in them name a body, not a person surnamed
    // "Patrol"; a body's name goes on over "and"; a title opening "the Duke of …" is a person's
    ['The Wisconsin State Patrol said troopers had responded to 60 crashes.\n\nThe Royal Patrol said it was ready.', [['Wisconsin State Patrol', 'troopers had responded to 60 crashes'], ['Royal Patrol', 'it was ready']]],
    ['The Centers for Disease Control and Prevention estimates that one in 45 children has autism.', [['Centers for Disease Control and Prevention', 'one in 45 children has autism']]],
    ['The Duke of Sussex said the charity would go on.', [['Duke of Sussex', 'the charity would go on']]],
    // a relative by a possessive pronoun and a given name between commas opening the sentence is its subject, for the next
    // "he" ("His son, Danny, 44, is blunter."); not a baby the sentence tells was born
    ['Keith Marsden says the shop will close.\n\nHis son, Danny, 44, is blunter. "The gas bill did it," he says.\n\nDanny has a job lined up. "Nights, as it happens," he says.', [['Keith Marsden', 'the shop will close'], ['Danny', 'The gas bill did it'], ['Danny', 'Nights, as it happens']]],
    ['Bree Callaghan drove two hours to the hospital.\n\nHer daughter, Matilda, was born 40 minutes after they arrived.\n\n"You do everything right," she said.', [['Bree Callaghan', 'You do everything right']]],
    // a body's possessor keeps the capitalised words of its name, not a title or a sentence's opening word
    ["The Maritime Fishermen's Union said the closure was unfair.", [["Maritime Fishermen's Union", 'the closure was unfair']]],
    ["But Russia's Foreign Ministry said the talks were over.", [['Russian Foreign Ministry', 'the talks were over']]],
    // a byline with the writer's beat after a comma names the writer, no one a later "he" stands for (the "he" stays
    // unknown here: the given-name table reads the Māori "Hemi" as a woman's name, and a guess is not overruled)
    ['Plant opens\n\nHine Potaka, Tairawhiti reporter\n\nCo-operative chair Hemi Te Rangi said the opening had been a long time coming.\n\n"My grandfather fished out of this bay," he said.', [['Hemi Te Rangi', 'the opening had been a long time coming'], [null, 'My grandfather fished out of this bay']]],
    // a statement read out on behalf of someone, or from someone, holds that person's words: "the statement said" after
    // it is theirs, not the last speaker's; a body's statement is read as before, and so is one met paragraphs later
    ["Claire Hendry said she could not ride a bike since.\n\nProsecutor Michael Georgiou read a victim impact statement on behalf of Dr Faraday's husband, Nick Faraday, who was too distressed to address the court.\n\n\"Our youngest still sets a place for her at the table,\" the statement said.", [['Claire Hendry', 'she could not ride a bike since'], ['Nick Faraday', 'Our youngest still sets a place for her at the table']]],
    ['Aroha Ngata said the deal was not perfect.\n\nA statement from Marlins president Tony Lealaiauloto was read to the meeting.\n\n"The door remains open," the statement said.', [['Aroha Ngata', 'the deal was not perfect'], ['Tony Lealaiauloto', 'The door remains open']]],
    ['A statement from Marlins president Tony Lealaiauloto was read to the meeting.\n\n' + 'The club has played at the ground since 1921. '.repeat(20) + '\n\nIn a statement, Wellington Rugby said the merger made sense.\n\n"The clubs will be stronger," the statement said.', [['Wellington Rugby', 'the merger made sense'], ['Wellington Rugby', 'The clubs will be stronger']]],
    // "read", whose past form is its present's, opens an aside after a document's maker
    ['A statement from club president Tony Lealaiauloto, read to the meeting by secretary Jo Manning, said the club had voted in favour.', [['Tony Lealaiauloto', 'the club had voted in favour']]],
    // a word of three letters or fewer opening a name of three words is part of it, not a person noun before it ("Pa")
    ['Board member Pa Houa Vang voted against the plan.\n\nVang said the district had not consulted families.', [['Pa Houa Vang', 'the district had not consulted families']]],
    // a pair of capitalised words given in quotation marks is a name given to something, no person's
    ["Supporters put their location as ''Wilayat Twitter,'' or the province of Twitter.\n\nTwitter said it had suspended the accounts.", [['Twitter', 'it had suspended the accounts']]],
    // a title after a preposition in a role is someone else's: "a strategist for Mrs. Clinton" says nothing of his sex
    ['Mr. Sanders did well in the state.\n\nGeoff Garin, a strategist for Mrs. Clinton\'s campaign, argued that jobs matter most.\n\n"Income is the worry," Mr. Garin said.\n\nHe cited polling data showing that voters were worried.', [['Geoff Garin', 'jobs matter most'], ['Geoff Garin', 'Income is the worry'], ['Geoff Garin', 'polling data showing that voters were worried']]],
  ])('%s', exactly);
});

describe('(session 17) statements exactly', () => {
  it.each<Row>([
    // a place that speaks as a body ("The province states …") is no "she": the pronoun is the woman met before it
    ['"We have never seen drifts like this," Karen Lindsay, emergency program co-ordinator, said.\n\nThe province states that the road will reopen by Friday.\n\nShe picked up the phone and crowed, "We did it."', [['Karen Lindsay', 'We have never seen drifts like this'], ['the province', 'the road will reopen by Friday'], ['Karen Lindsay', 'We did it.']]],
    // to deny people something is no statement, when a noun names them too ("denied staff the use of …"); a denial of
    // reports stays one
    ['The board denied staff the use of the top floor.\n\nThe club denied fans a refund.\n\nThe minister denied reports that she would resign.', [['the minister', 'reports that she would resign']]],
    // a time after the frame's noun, before a content without "that"
    ['Euroclear said in a statement last month it had received more than 100 legal claims.', [['Euroclear', 'it had received more than 100 legal claims']]],
    // a body's role between commas after a body's name, with a plural's possessive mark in it
    ["The FNSEA, France's largest farmers' union, said that the mobilisation would continue.", [['FNSEA', 'the mobilisation would continue']]],
    // an estimate by a person, with its clause and no "that"; "found" by a person stays a perception
    ['Jefferies analyst Priya Ramanathan said the sale made sense. She estimated the unit could fetch 15 times its earnings.\n\nShe found the door was locked.', [['Priya Ramanathan', 'the sale made sense'], ['Priya Ramanathan', 'the unit could fetch 15 times its earnings']]],
    // lower-case words describing the name that opens the sentence are the subject's, for a participle and a second verb;
    // not a noun after the name ("Other former CIA officers"), nor a verb in -s ("Putin chides Turkey and praises …")
    ['British low-cost carrier Vireo Airlines cut its forecast on Monday, saying it expected 14 jets to remain grounded, and warned that fares would have to rise.', [['Vireo Airlines', 'it expected 14 jets to remain grounded'], ['Vireo Airlines', 'fares would have to rise']]],
    ["China's state-owned investment giant CITIC runs an oil field and says it has established a fund to invest in roads.", [['CITIC', 'it has established a fund to invest in roads']]],
    ['Putin chides Turkey and praises Trump at news conference.', [['Vladimir Putin', 'Trump']]],
    // "the company" is the firm named by its legal name ("… Corp.", "… Ltd"), past a description ("Toronto-based")
    ['Northcliff Gold Corp. says 340 employees will be laid off.\n\nIn a news release, the Toronto-based company blames weaker grades in the lower zones.\n\nThe company says severance will be paid in full.', [['Northcliff Gold Corp.', '340 employees will be laid off'], ['Northcliff Gold Corp.', 'weaker grades in the lower zones'], ['Northcliff Gold Corp.', 'severance will be paid in full']]],
    // a noun phrase with no verb after the cue and its time is the writer's: what was said came before the speaker
    ['The emergency department will be closed for 19 days, the ministry announced Tuesday, the longest stretch of closures since 2023.', [['the ministry', 'The emergency department will be closed for 19 days']]],
    // two relative clauses joined by "and who" between a subject and its cue; a cue inside the second is its verb
    ['Justice Miriam Castellano, who heard two days of statements, and who at one point called a recess, said Kozak had deliberately targeted people who lived alone.', [['Miriam Castellano', 'Kozak had deliberately targeted people who lived alone']]],
    // a bare role before "with" and its body between commas ("co-ordinator with the Saskatchewan Public Safety Agency")
    ['"We have had tow operators pull off the highway," Karen Lindsay, emergency program co-ordinator with the Saskatchewan Public Safety Agency, said late Tuesday.', [['Karen Lindsay', 'We have had tow operators pull off the highway']]],
    // a body's staff are people by role; a consortium is a body
    ['Board staff told trustees the change would save about $5.3 million a year.', [['Board staff', 'the change would save about $5.3 million a year']]],
    ['Student Transportation Services of Durham, the consortium that runs buses for both boards, said it would contact affected families.', [['Student Transportation Services of Durham', 'it would contact affected families']]],
    // a relative clause on a noun with the cue in the present ("which the council says are required")
    ['Another 38 are waiting on reports, which the council says are required because the fire burned off the vegetation.', [['the council', 'are required because the fire burned off the vegetation']]],
    // a sport or an everyday word with a province's or a country's name is a body, no "he"
    ['Hockey Manitoba said in a statement that abuse of officials is the top reason referees quit.\n\nBlair Sobering, its manager of officiating, said the province has 1,900 officials.\n\nHe said first-year officials are the most likely to quit.', [['Hockey Manitoba', 'abuse of officials is the top reason referees quit'], ['Blair Sobering', 'the province has 1,900 officials'], ['Blair Sobering', 'first-year officials are the most likely to quit']]],
    // an addressee with an article, then a time, then the clause without "that"; with nothing after the time the words
    // were said before
    ['Ms Aldous told the Voice on Wednesday the parish council would consider asking for a review.\n\nThe plan failed, she told the BBC on Wednesday.', [['Aldous', 'the parish council would consider asking for a review'], ['Aldous', 'The plan failed']]],
    // "claimed" a prize, a title, a place or a life took or won it; with a clause, or "victory", it reports words
    ['The cold has already claimed at least one life.\n\nThe team, which claimed a city title last winter, practised.\n\nDana Ruiz claimed the $18.6 million jackpot on Tuesday.\n\nTom Lee claimed the title was rigged.\n\nAmy Chen claimed victory in Iowa.', [['Tom Lee', 'the title was rigged'], ['Amy Chen', 'victory in Iowa']]],
    // "Jess" and "Blair" are borne by women and men alike: a "she" or a "he" after either fits
    ['Keeper Jess Ormiston said the calf was loud.\n\n"Pygmy hippos are not great swimmers," she said.', [['Jess Ormiston', 'the calf was loud'], ['Jess Ormiston', 'Pygmy hippos are not great swimmers']]],
    // after the cue's comma, a relative "that" in the writer's appositive opens no content; vice-chancellors are people
    ['Tuition fees will rise to £9,790 a year, the government has confirmed, the third increase after a freeze that lasted almost a decade.\n\nStudents said the increase would deepen debts, and vice-chancellors warned it would do little to rescue institutions.', [['the government', 'Tuition fees will rise to £9,790 a year'], ['Students', 'the increase would deepen debts'], ['vice-chancellors', 'it would do little to rescue institutions']]],
    // "the airline" is the body whose name ends in it, not one whose name only holds the word before a noun of its own
    ["Vireo Airlines cut its profit forecast on Monday.\n\nThe British Airline Pilots' Association said the groundings must not become an excuse to freeze pay.\n\nThe airline said it had secured six wet-leased aircraft.", [["British Airline Pilots' Association", 'the groundings must not become an excuse to freeze pay'], ['Vireo Airlines', 'it had secured six wet-leased aircraft']]],
    // "Homes" ends a builder's name; "Garda" is an Irish police officer's rank before the name
    ["Orwell Vale Homes said: 'We are delighted that the council has backed our plans.'\n\nGarda Niall Dempsey told the court the thefts came to light in March.", [['Orwell Vale Homes', 'We are delighted that the council has backed our plans.'], ['Niall Dempsey', 'the thefts came to light in March']]],
    // a body by a lower-case noun, then where it is, speaks whole: "the education watchdog for England" is not England
    ['Children are still being let down, the education watchdog for England has said.', [['education watchdog for England', 'Children are still being let down']]],
    // a long relative clause with no comma before it is the subject's, and the "he" after it is that speaker; after a comma
    // a long clause is an aside whose own cue is nobody's
    ['"We played hard," coach Wes Hollingsworth said.\n\nA longtime fan who asked not to be named because he had called in sick to work to attend the game said he has been coming to games since 1987.\n\n"I have seen a lot of bad years here," he told La Voz.', [['Wes Hollingsworth', 'We played hard'], ['a longtime fan', 'he has been coming to games since 1987'], ['a longtime fan', 'I have seen a lot of bad years here']]],
    ['Dana Ruiz, who stayed in the 2019 race against Tom Lee until June despite his large lead in delegates and repeated party calls for her to quit, has said she will not ask him to withdraw.', [['Dana Ruiz', 'she will not ask him to withdraw']]],
    // a document's noun after two or three adjectives and an owner or an article is the phrase's head, not a cue
    ["The mine produced about 96,000 ounces of gold last year, according to the company's most recent annual report.", [["the company's most recent annual report", 'The mine produced about 96,000 ounces of gold last year']]],
  ])('%s', exactly);
});

describe('(session 18) statements exactly', () => {
  it.each<Row>([
    // a school named "… High" before a student's role is a body, never the "he" after
    ['Westbrook Heights High senior Theo Reilly said the team was ready. "We trained hard," he said.', [['Theo Reilly', 'the team was ready'], ['Theo Reilly', 'We trained hard']]],
    // a lead that only tells when or how, and a colon: the quotation goes on with the one before
    ['The mayor, Jane Reilly, spoke first. “We trained hard,” she said. Then, more quietly: “We will not give up.”', [['Jane Reilly', 'We trained hard. We will not give up.']]],
    // a list's bullet written "- " or "* " opens its sentence like "•"
    ['- According to the Mining Association of Canada, the sector employs more than 400,000 people.\n\n* The agency said that demand could double by 2040.', [['Mining Association of Canada', 'the sector employs more than 400,000 people'], ['the agency', 'demand could double by 2040']]],
    // quotations signed below, as a news release prints them: a name on its own line with the role under it, or after a dash
    ['The minister spoke on Tuesday.\n\n"For too long, our ore has been shipped overseas and sold back to us."\n\n"This investment helps change that."\n\nThe Honourable Marc-André Thibault\nMinister of Energy and Natural Resources\n\n"Sudbury has been mining for the world for more than a century."\n\n– Priya Sandhu, Member of Parliament for Sudbury', [['Marc-André Thibault', 'For too long, our ore has been shipped overseas and sold back to us.'], ['Marc-André Thibault', 'This investment helps change that.'], ['Priya Sandhu', 'Sudbury has been mining for the world for more than a century.']]],
    // a list of places a plural role is of, and of people named in full (three or more), speak whole
    ['The foreign ministers of Germany, France and Poland said further delay would leave eastern states exposed.', [['the foreign ministers of Germany, France and Poland', 'further delay would leave eastern states exposed']]],
    ['The mayors of Leeds, York and Hull said the delay was bad.', [['the mayors of Leeds, York and Hull', 'the delay was bad']]],
    ['Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki said the plan was ready. They said it would work.', [['Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki', 'the plan was ready'], ['Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki', 'it would work']]],
    ["The statement, signed by Germany's Katrin Vollmer, France's Etienne Marchal and Poland's Tomasz Wierzbicki, said the three governments were prepared to pay.", [['the statement', 'the three governments were prepared to pay']]],
    // (a place opening the sentence is no name in the list)
    ['In Berlin, Katrin Vollmer and Tomasz Wierzbicki said the plan was ready.', [['Katrin Vollmer and Tomasz Wierzbicki', 'the plan was ready']]],
    // a relay quotes or cites its source as saying: past the source's aside, in quotation marks, after "cited"
    ['Ozodi quoted one farmer, identified only as Bahodir, as saying: “Last year the canal was full in December.”', [['one farmer', 'Last year the canal was full in December.']]],
    ['RIA Novosti on 4 December cited a “diplomatic source in Moscow” as saying that Russia was “ready to offer its good offices” if asked.', [['diplomatic source in Moscow', 'Russia was “ready to offer its good offices” if asked']]],
    ['RIA Novosti cited a diplomatic source as saying that Russia was ready to help.', [['a diplomatic source', 'Russia was ready to help']]],
    // a relative clause on the frame's noun between commas, then the content's "that"
    ['Jasur Rakhimov wrote on his Telegram channel, which has more than 400,000 subscribers, that the silence was dangerous.', [['Jasur Rakhimov', 'the silence was dangerous']]],
    // a document from or by someone, "saying": the one it is from speaks (not inside an aside, whose end it would pass)
    ['The agency carried a statement by the Ministry of Water Resources saying Tashkent was monitoring water levels.', [['Ministry of Water Resources', 'Tashkent was monitoring water levels']]],
    ['Hughes, who received a letter from the council saying the bins would be collected weekly, said he was pleased.', [['Hughes', 'he was pleased']]],
    // words posted with a picture, a link or a reply: the one who posted wrote them
    ['Jane Saylor, a conservative commentator, reposted a screenshot of the reply with the caption: “This is why the base doesn’t trust the Senate 🙄 @SenLindqvist”.', [['Jane Saylor', 'This is why the base doesn’t trust the Senate 🙄 @SenLindqvist']]],
    ['Cabinet member Martin Haigh replied to a photograph of an overflowing bin, posted by a resident on Facebook, with: "This is what happens when you let people choose their own recycling day lol".', [['Martin Haigh', 'This is what happens when you let people choose their own recycling day lol']]],
    ['Marisa Quintero shared a screenshot of the message with the words “Deleting it doesn’t undo it. My volunteers were harassed.”', [['Marisa Quintero', 'Deleting it doesn’t undo it. My volunteers were harassed.']]],
    // a role before the name, and a workplace named with a lower-case noun and no article
    ['Senior inspector Vijay Salunkhe of MIDC police station said an FIR had been registered against the contractor.', [['Vijay Salunkhe', 'an FIR had been registered against the contractor']]],
    // the present tense of "grumbled" and "scoffed", as long-form writes them
    ['“Budapest has discovered that enlargement is a hostage worth taking,” grumbles an official in the commission’s enlargement directorate.', [['an official', 'Budapest has discovered that enlargement is a hostage worth taking']]],
    // a finding's source up to an appositive on its maker; a noun in -ss among a report's adjectives
    ['A survey by the Centre for Democracy and Human Rights, a local think-tank, found that 74% of Montenegrins back joining.', [['a survey by the Centre for Democracy and Human Rights', '74% of Montenegrins back joining']]],
    // (and a report its owner names is that owner's, not the last body that found something)
    ['A survey by the Centre for Democracy and Human Rights found that 74% back joining. The European Commission’s latest progress report, published in October, found that Montenegro had made “good progress” on judicial independence.', [['a survey by the Centre for Democracy and Human Rights', '74% back joining'], ['European Commission', 'Montenegro had made “good progress” on judicial independence']]],
    // a sentence after a quotation whose cue form needs a particle it lacks ("has a point") attributes nothing: the
    // quotation goes on with the one before
    ['“We have changed 140 laws,” Vuković told reporters. “If the answer is still no, people here will stop believing.” Mr Vuković has a point.', [['Vuković', 'We have changed 140 laws. If the answer is still no, people here will stop believing.']]],
    // (as ingestion leaves them, each line a paragraph: the name alone on its line opens with a given name)
    ['The minister spoke on Tuesday.\n\n"For too long, our ore has been shipped overseas and sold back to us."\n\nThe Honourable Marc-André Thibault\n\nMinister of Energy and Natural Resources\n\n"Sudbury has been mining for the world for more than a century."\n\nPriya Sandhu\n\nMember of Parliament for Sudbury', [['Marc-André Thibault', 'For too long, our ore has been shipped overseas and sold back to us.'], ['Priya Sandhu', 'Sudbury has been mining for the world for more than a century.']]],
    ['Jane Reilly said the plan was ready.\n\n"We will not wait another year."\n\nCocoa Costs\n\nThe price of cocoa rose.', [['Jane Reilly', 'the plan was ready'], ['Jane Reilly', 'We will not wait another year.']]],
    // the sentence's subject before the perfect's "have", then a participle of saying (not a passive: "have been given")
    ['The officials have given the government two weeks, warning that they will paralyse business.', [['the officials', 'they will paralyse business']]],
    ['Guests have been given tickets, saying that they were grateful.', []],
    // a platform's one letter ends its sentence before a clear opener ("on TikTok and X. In the clip, …"); an initial
    // in a name does not ("by J. K. Rowling")
    ['The apology came after a clip from a Twitch livestream began circulating on TikTok and X. In the clip, Cole referred to members of the crew as “the help” and joked that they “should be grateful to be in the building with me.”', [['Cole', 'they “should be grateful to be in the building with me.”']]],
    // (nor when something above gives the quotation a speaker: a colon's introduction, a quotation going on, a name above
    // each quotation as vox pops print them)
    ['Tom Hughes told reporters:\n\n“We never expected this, and we will fight it.”\n\nMaria Lopez\n\nLopez, 42, runs a bakery.', [['Tom Hughes', 'We never expected this, and we will fight it.']]],
    ['“We will appeal,” Tom Hughes said.\n\n“We have the law on our side and we will win.”\n\nSarah Collins\n\nCollins is a reporter for the Herald.', [['Tom Hughes', 'We will appeal. We have the law on our side and we will win.']]],
    ['Maria Lopez\n\n“I voted for the first time this year.”\n\nTom Hughes\n\n“I stayed home because of the rain.”', []],
    // (a document sent from a place or from the subject's own office is no one else's; words on a thing held in a photo
    // posted, or in someone else's message, are not the poster's)
    ['The company issued a statement from its Chicago headquarters saying it would appeal the ruling.', []],
    ['The ministry released a statement from Geneva saying it would appeal the ruling.', []],
    ['Organisers shared a photograph of a protester holding a placard with the words “No more war in our name”.', []],
    ['Hughes shared a screenshot of a message from his former partner with the words “You will regret this”.', []],
    // a name, a verb and a count of people opens no role phrase: the name is the subject the next "he" means
    ['A senior official said the target was fine.\n\nPatrick Colfer employs 40 people and builds houses. "We cannot make them stack up," he told me.', [['a senior official', 'the target was fine'], ['Patrick Colfer', 'We cannot make them stack up']]],
    // (no signature: a heading, or a name after a paragraph that is not quotation alone)
    ['Jane Reilly said the plan was ready.\n\n"We will not wait another year."\n\nQuick facts\n\nTom Cole\nAssociated links', [['Jane Reilly', 'the plan was ready'], ['Jane Reilly', 'We will not wait another year.']]],
  ])('%s', exactly);
});

describe('(session 19) statements exactly', () => {
  it.each<Row>([
    // a second quotation with an attribution of its own naming someone is no part of the first speaker's words
    ['"It was hard," she said last week, "and it is still hard," said Mary Cole.', [[null, 'It was hard'], ['Mary Cole', 'and it is still hard']]],
    // (the same speaker going on, "he added", still joins)
    ['Tom Reyes spoke. "We are ready," he said, "and we will win," he added.', [['Tom Reyes', 'We are ready, and we will win']]],
    // a capitalised title, where it is held after "to", then the person's name: the person speaks, not a known holder of
    // a like title (had gone to the registry's Russian ambassador to the UN)
    ['Russian Ambassador to the US Anatoly Antonov said the sanctions were illegal.', [['Anatoly Antonov', 'the sanctions were illegal']]],
    ['Special Envoy to Sudan Tom Perriello said the talks were useful.', [['Tom Perriello', 'the talks were useful']]],
    ['Indonesian Ambassador to the Kingdom Abdul Karim Siregar told SPA that the number of pilgrims continues to rise.', [['Abdul Karim Siregar', 'the number of pilgrims continues to rise']]],
    // (not everyday words that only look like a given name and a surname)
    ['The Ambassador to the Middle East Peace Process said the talks were useful.', [['the Ambassador to the Middle East Peace Process', 'the talks were useful']]],
    // an Indonesian surname in "-jaya" says nothing of the sex: "he" is the man just quoted
    // "National" or "First" before capitalised words with no title or given name opens a body's name
    ['National Grid says about 68,000 properties are now without power. First Midland Red says several routes are being diverted.', [['National Grid', 'about 68,000 properties are now without power'], ['First Midland Red', 'several routes are being diverted']]],
    // "Elsewhere in his remarks," opens the sentence before its subject
    ['Elsewhere in his remarks, Tavakoli addressed the issue, saying Tehran expects the authorities to fulfil their obligations.', [['Tavakoli', 'Tehran expects the authorities to fulfil their obligations']]],
    // a participle opening the sentence and the name it takes as object are no speaker; a name in -ing before its cue is
    ['Anita Desrosiers testified on Monday. Questioning Desrosiers on behalf of the city, lawyer Simon Trudel pointed to an email in which she described the arena as "fit for purpose with monitoring."', [['Anita Desrosiers', 'the arena as "fit for purpose with monitoring."']]],
    ['Running Rabbit said later that it was the first time he had seen children on the ice.', [['Running Rabbit', 'it was the first time he had seen children on the ice']]],
    // a live blog's time opening its entry is a sentence of its own
    ['Emergency Services Minister Leanne Dwyer arrived.\n\n1:10pm Minister says two homes confirmed lost\n\n14:32 GMT The mayor says the bridge is shut', [['Leanne Dwyer', 'two homes confirmed lost'], ['the mayor', 'the bridge is shut']]],
    // a live blog handing over to someone whose words follow the colon
    ['The storm is here.\n\nMore on that from BBC Weather\'s Owain Rees:\n\n"The strongest gusts are going to come through this evening."\n\nHere is more from our political editor Chris Mason:\n\n"Ministers are nervous tonight, and they know it."', [['Owain Rees', 'The strongest gusts are going to come through this evening.'], ['Chris Mason', 'Ministers are nervous tonight, and they know it.']]],
    // the same mention as a participle's subject is resolved once (had been the lawyer's lawyer)
    ['Tom Reyes was convicted on Monday. His lawyer said he would appeal, calling the verdict "a tragedy built on lies."', [["Tom Reyes' lawyer", 'he would appeal'], ["Tom Reyes' lawyer", 'the verdict "a tragedy built on lies."']]],
    // whom a court heard from or someone spoke to, with an appositive, then "who said": the name speaks
    ['The court heard from Kelly Brennan, a friend of both men, who said Holt had been drinking.', [['Kelly Brennan', 'Holt had been drinking']]],
    // British police ranks without stops: "Det Sgt", "Ch Supt", "Det Insp" are titles; the rest is the name
    ['Alys Jenkins spoke first. Speaking outside court, Det Sgt Lowri Hughes of Dyfed-Powys Police said the case was a warning.\n\n"The family have shown incredible dignity," she added.', [['Lowri Hughes', 'the case was a warning'], ['Lowri Hughes', 'The family have shown incredible dignity']]],
    // one's own message, or one attributed to someone by a pronoun, speaks for its owner
    ['Mary Holt ran the agency. Her message read: "Pay her whatever she wants."', [['Mary Holt', 'Pay her whatever she wants.']]],
    ['Mary Holt ran the agency. Another message attributed to her, sent in 2024, reads: "Pay her whatever she wants."', [['Mary Holt', 'Pay her whatever she wants.']]],
    // a dateline of two words with its state's abbreviation ("UPPER MARLBORO, Md. —") is no one the story goes on about
    ['UPPER MARLBORO, Md. — Bernice Thompson turns the key on Bus 1142.\n\n“This bus and me, we understand each other,” she says.', [['Bernice Thompson', 'This bus and me, we understand each other']]],
    // a given name alone no list holds, opening the name of the one person met so far, is that person
    ['Tāne Herewini, 17, was there. Its water safety manager, Glen Potae, says the season is risky.\n\nTāne has been nominated for the award. He says he would rather the attention went to his patrol.', [['Glen Potae', 'the season is risky'], ['Tāne Herewini', 'he would rather the attention went to his patrol']]],
    // a nickname after a middle initial is inside the name; "Del." before a given name is a delegate's title; an
    // appositive read past its party tag
    ['In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his back yard. "We love it," he said.', [['Robert C. Scott', 'We love it']]],
    ['"This is a big year," said Del. Marcia Price.\n\nTom Carper lives in Wilmington, Del. He said the bill was bad.', [['Marcia Price', 'This is a big year'], ['Tom Carper', 'the bill was bad']]],
    ['"Big year!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.', [['Marcia Price', 'Big year!']]],
    // a body's initials before a title and its portfolio: the person after them
    ['“Cold, hunger and disease kill just as surely as bombs,” ICRC Director of Operations Marco Ferrante said in the statement.', [['Marco Ferrante', 'Cold, hunger and disease kill just as surely as bombs']]],
    // (a possessive name before a relation and a name: the relative is the next "he"; a possessive before any other
    // role is read as a role and a name)
    ['A spokesperson for the department says the grant was approved.\n\nMary’s grandson Ciarán plays senior hurling. He says he never once considered playing for a club in the city.', [['a spokesperson for the department', 'the grant was approved'], ['Ciarán', 'he never once considered playing for a club in the city']]],
    ["Darren Colclough said the strike was on.\n\nSky's transport correspondent Tom Ashcroft is at London Waterloo.\n\nHe says the concourse is \"eerily quiet\".", [['Darren Colclough', 'the strike was on'], ['Tom Ashcroft', 'the concourse is "eerily quiet"']]],
    // (guards from re-reading the change: an opener's comma is no closing attribution's; an outlet relaying the words is
    // no new speaker; "PT" opens a firm's name; "Boeing" and "Downing Street" are no participles; Delaware after its town
    // ends the sentence; a surname in -ing stays in the name; a given name inside a place's name opens no person)
    ['On Tuesday, Smith told reporters at the White House the deal was close.', [['Smith', 'at the White House the deal was close']]],
    ['“We will fight on,” she told the crowd, “and we will win,” Reuters reported.', [[null, 'We will fight on, and we will win']]],
    ['PT Pertamina said fuel prices would rise next month.', [['PT Pertamina', 'fuel prices would rise next month']]],
    ['Downing Street has said the prime minister will attend. Boeing Co on Wednesday said it would cut 10,000 jobs.', [['Downing Street', 'the prime minister will attend'], ['Boeing Co', 'it would cut 10,000 jobs']]],
    ['He said the firm would stay in Dover, Del. Chris Coons welcomed the news.', [[null, 'the firm would stay in Dover, Del'], ['Chris Coons', 'the news']]],
    ['Minister of Commerce Wang Ning said the talks were constructive.', [['Wang Ning', 'the talks were constructive']]],
    ['U.S. Ambassador to El Salvador William Duncan said the aid would continue.', [['William Duncan', 'the aid would continue']]],
    ['Minister Turki Al-Shehri spoke first. Minister Rizal Hadiwijaya stressed that Indonesia views the Kingdom as a partner. "We invite Saudi investors," he said.', [['Rizal Hadiwijaya', 'Indonesia views the Kingdom as a partner'], ['Rizal Hadiwijaya', 'We invite Saudi investors']]],
  ])('%s', exactly);
});

describe('(session 20) statements exactly', () => {
  it.each<Row>([
    // police ranks written short ("Senior Asst Comm"), a Knesset member's "MK", "Sheikha" and "bint" inside the name: the
    // person, not the rank or the party with the name
    ['Perlis police chief Senior Asst Comm Khairul Anuar Yusof said 14 people had been arrested.', [['Khairul Anuar Yusof', '14 people had been arrested']]],
    ['United Torah Judaism MK Uriel Bloch told Haaretz the funding freeze amounted to a declaration of war.', [['Uriel Bloch', 'the funding freeze amounted to a declaration of war']]],
    // a title borne with the given name alone is the person named in full with it
    ['Sheikha Latifa bint Hamad Al Qasimi, Minister of State, told delegates that the money would go through UN agencies.\n\n"We are not here to compete," Sheikha Latifa said.', [['Latifa bint Hamad Al Qasimi', 'the money would go through UN agencies'], ['Latifa bint Hamad Al Qasimi', 'We are not here to compete']]],
    // two given names of one sex joined by a hyphen open a name, after a title held "of" a body and "to" a country
    ['Minister Zeina Haddad met HE Ambassador of the European Union to Jordan Pierre-Olivier Delorme, who confirmed that the EU would provide more money.', [['Pierre-Olivier Delorme', 'the EU would provide more money']]],
    // a portfolio listed over a comma and "and" is no pair of people
    ['Minister for Culture, Tourism and Civil Aviation Kamala Devi Shrestha told the Post that the ministry would respect the instruction.', [['Kamala Devi Shrestha', 'the ministry would respect the instruction']]],
    // a constituency's name with a word that is also a given name is no person
    ['The MP for Choa Chu Kang GRC said residents in his ward had been among the worst affected.', [['the MP for Choa Chu Kang GRC', 'residents in his ward had been among the worst affected']]],
    // South Africa's "MEC" is a title; a state that is no given name before a person's name is where the MP is from
    ['Education MEC Nomakhosazana Ndlovu-Jali said she had instructed officials to act.', [['Nomakhosazana Ndlovu-Jali', 'she had instructed officials to act']]],
    ['The question was raised by Congress MP from Kerala Anil Mathew, who said that the pace was too slow.', [['Anil Mathew', 'the pace was too slow']]],
    // "said X of Y": the one spoken of is no part of the speaker's name (a title's "of" is: "Mayor of London")
    ['"He bowls at 145," said Bhide of Nimbalkar.', [['Bhide', 'He bowls at 145']]],
    ['"The city is ready," said Mayor of London.', [['Mayor of London', 'The city is ready']]],
    // a second given name of the other sex leaves the sex unknown: "he" may be Jean Pierre
    ['The minister, Dr Jean Pierre Nsengiyumva, said Rwanda had recorded 418 cases.\n\nHe noted that routine coverage had remained high.', [['Jean Pierre Nsengiyumva', 'Rwanda had recorded 418 cases'], ['Jean Pierre Nsengiyumva', 'routine coverage had remained high']]],
    // the first of two surnames alone, after two given names or before a particle's surname; a person of a body with
    // four words of name
    ['Conflict analyst María Alejandra Pardo Ruiz of the Ideas for Peace Foundation told Reuters the suspension was risky.\n\n"It is the communities who pay," Pardo said.', [['María Alejandra Pardo Ruiz', 'the suspension was risky'], ['María Alejandra Pardo Ruiz', 'It is the communities who pay']]],
    ['Prosecutor Lucía Manrique del Águila told the court that Quispe posed a flight risk.\n\n"There is evidence," Manrique said.', [['Lucía Manrique del Águila', 'Quispe posed a flight risk'], ['Lucía Manrique del Águila', 'There is evidence']]],
    // where a title is held, after the title's appositive, is no speaker (a name given after a description is)
    ['P. Meenakshi Sundaram, Deputy Director General of Meteorology, Chennai, told The Hindu that the rainfall was high.', [['P. Meenakshi Sundaram', 'the rainfall was high']]],
    ['Her neighbour, a delivery worker who gave only his surname, Ho, said his landlord had already raised the rent twice this year.', [['Ho', 'his landlord had already raised the rent twice this year']]],
    // a person of a body after a lower-case role, whatever the given name
    ['Public policy analyst Arief Nugroho of Padjadjaran University said the problem lay in the speed of the expansion.', [['Arief Nugroho', 'the problem lay in the speed of the expansion']]],
    // a body's name going on over "and" into the title of the person after it (not two people: "Donald Trump and House
    // Speaker Paul Ryan")
    ['When contacted, Bangladesh Garment Manufacturers and Exporters Association (BGMEA) Director Nazmul Huda Chowdhury said the association was aware of the situation.', [['Nazmul Huda Chowdhury', 'the association was aware of the situation']]],
    ['Donald Trump and House Speaker Paul Ryan said they would work together despite their differences.', [['Donald Trump and Paul Ryan', 'they would work together despite their differences']]],
    // a relative of the same surname is the one the story calls by given name; the surname alone, even after a
    // description ("a grinning Thibodeau"), stays with the person met first — unless the story calls that one by given
    // name, as it does a child
    ['Réjean Thibodeau, a defenceman, has died.\n\n"He was the toughest man I ever knew," his daughter, Geneviève Thibodeau, told CBC News.\n\nThe Canadiens said in a statement that the club was heartbroken.\n\nIn a 1978 interview, a grinning Thibodeau said he had "maybe four teeth left worth talking about."', [['Geneviève Thibodeau', 'He was the toughest man I ever knew'], ['Canadiens', 'the club was heartbroken'], ['Réjean Thibodeau', 'he had "maybe four teeth left worth talking about."']]],
    // (guards from re-reading the change: the relative who spoke last goes on; a neighbour is no relative; a title
    // borne with a given name names only whom the document names in full with it; a second given name after a first
    // name of one sex, or a maiden name, changes nothing; "MK" and "DSP" before one word are a name's initials or a
    // firm's; a peer's "of"; a body and a titled person over "and", and a name in apposition after "the president of")
    ['Jaylen Smith, 19, was injured in the crash on Friday. His mother, Keisha Smith, said he was recovering. “We are grateful to the doctors,” Smith said.', [['Keisha Smith', 'he was recovering'], ['Keisha Smith', 'We are grateful to the doctors']]],
    ['Tom Hughes, the landlord, said the repairs were done. His neighbour, Sarah Hughes, disagreed. “Nothing has been fixed,” Hughes said.', [['Tom Hughes', 'the repairs were done'], ['Sarah Hughes', 'Nothing has been fixed']]],
    ['European Council President Charles Michel said the bloc stood united.\n\nKing Charles visited the flood-hit town on Tuesday. “The resilience here is remarkable,” King Charles said.', [['Charles Michel', 'the bloc stood united'], ['King Charles', 'The resilience here is remarkable']]],
    ['Rep. Sheila Jackson Lee met Senator John Cornyn on Monday. “We found common ground,” he said.', [['John Cornyn', 'We found common ground']]],
    ['José María Aznar met Angela Merkel on Monday. “Europe must stay united,” she said.', [['Angela Merkel', 'Europe must stay united']]],
    ['MK Stalin said on Monday that the state would oppose the bill. DSP BlackRock said the fund would close.', [['MK Stalin', 'the state would oppose the bill'], ['DSP BlackRock', 'the fund would close']]],
    ['“It was a proud day for the family,” said Duke of Sussex.', [['Duke of Sussex', 'It was a proud day for the family']]],
    ['Trump and House Speaker Paul Ryan said in a statement that they had agreed on a plan.', [['Donald Trump and Paul Ryan', 'they had agreed on a plan']]],
    ['Speaking later, the president of Ukraine, Zelensky, said the talks had failed.', [['Zelensky', 'the talks had failed']]],
    // a person introduced by a given name alone, with an age or a description, has that name's sex
    ['"We are doing more operations than ever," said Dr Andrew Holloway.\n\nMargaret, 68, from Newcastle-under-Lyme, has been waiting 14 months for a hip replacement. She said she now struggled to climb the stairs at home.', [['Andrew Holloway', 'We are doing more operations than ever'], ['Margaret', 'she now struggled to climb the stairs at home']]],
    // a survey's name is a body's, no one "he" may be
    ['The National Sun Protection Survey found 41 per cent had been sunburnt.\n\nJack, a 29-year-old electrician from Townsville, was diagnosed with melanoma last year.\n\n"I was the bloke who never wore a shirt on site," he said.', [['National Sun Protection Survey', '41 per cent had been sunburnt'], ['Jack', 'I was the bloke who never wore a shirt on site']]],
    // (a relative introduced by possessive and relation before a role: "His son, filmmaker Rohan Khurana")
    ['Veteran actor Suresh Khurana passed away on Friday.\n\nHis son, filmmaker Rohan Khurana, confirmed the news in a statement.\n\nActor Kabir Malhotra wrote on social media that he had lost his guru.\n\nIn a 1998 interview, Khurana had said he was proud of one thing above all.', [['Rohan Khurana', 'the news in a statement'], ['Kabir Malhotra', 'he had lost his guru'], ['Suresh Khurana', 'he was proud of one thing above all']]],
    // a one-word name no list knows that the body gives a sex ("– real name Catriona Abney –", "Wrenna herself") is a
    // person: the subject of its sentence and the next "she"
    ['Wrenna – real name Catriona Abney – broke the news to fans.\n\nThe band’s guitarist, Priyanka Dhillon, said recording with Wrenna had changed the trio.\n\nWrenna will tour the UK in April.\n\nShe told NME she had been nervous about playing the new songs live.', [['Priyanka Dhillon', 'recording with Wrenna had changed the trio'], ['Wrenna', 'she had been nervous about playing the new songs live']]],
    // the end of a list of names an aside opened after "by" is no speaker; the name before the aside is (not a pair named
    // in apposition after a body with "of")
    ['Benali, a secondary school teacher backed by the Socialists, the Greens and France Unbowed (LFI), told a rally on Thursday that he would not pull out of the race.', [['Benali', 'he would not pull out of the race']]],
    ['In a commentary, two researchers from the University of Melbourne, Dr. Fiona Trelawney and Dr. Ahmed Qureshi, wrote that the results "add weight to the argument that hearing care is falls care".', [['Fiona Trelawney and Ahmed Qureshi', 'the results "add weight to the argument that hearing care is falls care"']]],
    // a nickname the document gives in marks inside a name is that person alone
    ['BOSTON -- Darnell "Deuce" Whitaker had heard enough.\n\n"He is one of the best," Celtics coach Marcus Feeney said of Whitaker.\n\nAsked about that chatter, Deuce smiled. "Coach has had my back since day one," he said.', [['Marcus Feeney', 'He is one of the best'], ['Darnell Whitaker', 'Coach has had my back since day one']]],
    // "present at" modifies a source as "familiar with" does
    ['According to a BCCI official present at the venue, the 10 franchises spent a combined Rs 142.6 crore to fill 74 slots.', [['a BCCI official present at the venue', 'the 10 franchises spent a combined Rs 142.6 crore to fill 74 slots']]],
    // a body by its lower-case noun opening a sentence that attributes nothing is the next "it" (not a document: "the
    // strong jobs report")
    ['The US embassy in Havana rejected that argument. In a message on social media, it said the blackouts were the result of mismanagement.', [['US embassy in Havana', 'the blackouts were the result of mismanagement']]],
    ['The ministry rejected that argument. It said the blackouts were the result of mismanagement.', [['the ministry', 'the blackouts were the result of mismanagement']]],
    // a thing that is no one who speaks, before "is" and a colon, lists titles, not quotations
    ['Wrenna will tour in April.\n\nThe tracklist for ‘Paper Moons’ is:\n\n1. ‘Paper Moons’\n2. ‘Glasshouse’\n\nThe mayor was blunt:\n\n“We will not pay for this.”', [['the mayor', 'We will not pay for this.']]],
    ['Amari Jones, 10, is in fifth grade.\n\nHis mother, Keisha Jones, waves from the curb. Later she says the driver once waited when Amari was running late.\n\n“She’s not supposed to do that,” Jones says.', [['Keisha Jones', 'the driver once waited when Amari was running late'], ['Keisha Jones', 'She’s not supposed to do that']]],
  ])('%s', exactly);
});

describe('(session 21) statements exactly', () => {
  it.each<Row>([
    // a report's issuer ends with its sentence: "the report" later is the board, not "National Transportation Safety
    // Board. The Beechcraft King"
    ['The pilot reported ice, according to a preliminary report released Thursday by the National Transportation Safety Board.\n\nThe Beechcraft King Air crashed into a hillside.\n\nThe pilot had logged about 7,400 hours of flight time, the report said.', [['a preliminary report', 'The pilot reported ice'], ['National Transportation Safety Board', 'The pilot had logged about 7,400 hours of flight time']]],
    // a noun WordNet knows first as a person, with where they are from, opens a speaker
    ['A patron from Gugulethu, who asked not to be named, told News24 she had been standing at the bar.\n\n"They just started shooting," she said.', [['a patron from Gugulethu', 'she had been standing at the bar'], ['a patron from Gugulethu', 'They just started shooting']]],
    // a body's noun right before a name makes it a body's, the next "it" (not an agent's noun: "dive operator Kylie Brennan")
    ['Refugee organization Pro Asyl condemned the flight. It said the flight was illegal.\n\nDive operator Kylie Brennan said bookings were down. "People ring up," she said.', [['Pro Asyl', 'the flight'], ['Pro Asyl', 'the flight was illegal'], ['Kylie Brennan', 'bookings were down'], ['Kylie Brennan', 'People ring up']]],
    // a person by age alone opening a sentence, with an aside, is the next "he": not the woman quoted before, whose sex the
    // sentence's "his" rules out, nor an outlet by its initials
    ['"It is not safe," said Lena Hoffmann.\n\nThe 29-year-old, who had lived in Germany since 2015, asked that his name not be published.\n\n"I made a mistake," he said.', [['Lena Hoffmann', 'It is not safe'], ['the 29-year-old', 'I made a mistake']]],
    ['"It is not safe," said Markus Behrendt.\n\nDW reached one of the deported men by phone. The 29-year-old asked that his name not be published.\n\n"I made a mistake," he said.', [['Markus Behrendt', 'It is not safe'], ['the 29-year-old', 'I made a mistake']]],
    // a name before a place's noun names the place, no body the next "it" may be
    ['In a statement, SMRT said the fault was in a power cable near Chinese Garden station.\n\nIt said engineers were deployed immediately.', [['SMRT', 'the fault was in a power cable near Chinese Garden station'], ['SMRT', 'engineers were deployed immediately']]],
    // ranks and agents' titles written short or in full are no part of the name
    ['Navy Cmdr. Alan Pierce said the closure was planned. Border Patrol Chief Patrol Agent Raymond Castellanos said agents were back on patrol.', [['Alan Pierce', 'the closure was planned'], ['Raymond Castellanos', 'agents were back on patrol']]],
    // an everyday word ending a portfolio is no part of the name after it
    ['Western Cape MEC for Police Oversight and Community Safety Lindiwe Adams said her department would act.', [['Lindiwe Adams', 'her department would act']]],
    // two words no list knows before "of" a body are a person of it
    ["Anitha Ramaswamy of the Bengaluru Road Safety Forum, a citizens' group, said fines alone would not change behaviour.", [['Anitha Ramaswamy', 'fines alone would not change behaviour']]],
    // a company by its trade's word is "the company", where it is based naming a city and its state
    ['The Army has awarded Halvorsen Dynamics a contract.\n\n"We are ready," the Huntsville, Alabama-based company said in a statement.', [['Halvorsen Dynamics', 'We are ready']]],
    // a church is a body, no "he"; a crew is no one "he" may be
    ['"Everything is ready," said Gail Thiessen, who chairs the committee at Crescent Park Mennonite Church.\n\nThe crew says the port is too far.\n\nThe father asked that his name not be used. "I worked with the Canadians," he said.', [['Gail Thiessen', 'Everything is ready'], ['the crew', 'the port is too far'], [null, 'I worked with the Canadians']]],
    // a clause that withholds a name holds verbs of its own ("asked", "feared"); the name it gives speaks, with the phrase
    // its host opens
    ['A line worker with 11 years at Fairfax, who asked that only her first name, Keisha, be used, said she had two children.', [['Keisha', 'she had two children']]],
    ['A rock drill operator who asked to be identified only as Sipho, for fear of victimisation, said he supports eight people.', [['Sipho', 'he supports eight people']]],
    ['Her neighbour, who gave his name only as Abu Rami, said he had been denied permission twice to travel south.', [['Abu Rami', 'he had been denied permission twice to travel south']]],
    // the name such a clause gives has the sex it gives ("only her first name, Keisha"): the next "she"
    ['A spokesperson for the governor said the state would help.\n\nA line worker, who asked that only her first name, Keisha, be used, said she had two children.\n\n"They tell you you are family," she said.', [['a spokesperson for the governor', 'the state would help'], ['Keisha', 'she had two children'], ['Keisha', 'They tell you you are family']]],
    // the host of a name-withholding clause with a place after it opens the clause ("A high school teacher in Surrey who …")
    ['A high school teacher in Surrey who asked that only her first name, Priya, be used because she worries about her district, said she voted against the deal.', [['Priya', 'she voted against the deal']]],
    // Irish's article before a consonant opens a body's name ("An Garda Síochána", "An Post"); not a title alone
    ['In a statement, An Garda Síochána said three men entered the farmhouse. An Post said deliveries would resume.', [['An Garda Síochána', 'three men entered the farmhouse'], ['An Post', 'deliveries would resume']]],
    // the one an outlet spoke to or reached is the next "he" or "she"; not the one anyone else spoke to
    ['Gail Thiessen chairs the committee.\n\nCBC News spoke to the father by video call from Islamabad. He asked that his name not be used.\n\n"I worked with the Canadians," he said.', [['the father', 'I worked with the Canadians']]],
    ['Tom Hale chairs the committee.\n\nThe minister spoke to the president by phone.\n\n"I worked with the Canadians," he said.', [['Tom Hale', 'I worked with the Canadians']]],
    // a one-word name of unknown sex that spoke last, with a person's role, is the next "she" (not the woman before)
    ['“Most of it was natural forest,” said Rina Sitompul, a researcher.\n\nSumarni, a 41-year-old rubber farmer, said the stream had turned brown.\n\n“Now even the fish are gone,” she told Mongabay.', [['Rina Sitompul', 'Most of it was natural forest'], ['Sumarni', 'the stream had turned brown'], ['Sumarni', 'Now even the fish are gone']]],
    // a title borne with the given name alone stays with it ("Pope Leo", not "Leo"); a style of address stands for its
    // bearer as written ("His Holiness", not "Holiness")
    ['Pope Leo said the visit was moving. The Pope added that it was long.\n\nHis Holiness urged dioceses to open their buildings to the poor.', [['Pope Leo', 'the visit was moving'], ['Pope Leo', 'it was long'], ['His Holiness', 'dioceses to open their buildings to the poor']]],
    // a prefecture is a body, not the place it is of; a body "of the" something with a given name in it is the body
    ['Some survivors will be moved on Thursday, the prefecture of Agrigento said. The Bureau of the Royal Household said the king had granted pardons.', [['prefecture of Agrigento', 'Some survivors will be moved on Thursday'], ['Bureau of the Royal Household', 'the king had granted pardons']]],
    // the review's guards: "it" after a body that spoke and a person since is the body; the one an outlet visited is no
    // person, nor are when and where part of the one it spoke to; a surname that is an outlet's word is the person; a
    // relative named Grace is Grace; a person surnamed An is no Irish body; another's withheld name is not the speaker's;
    // "Agent Orange" is no agent; a club in the plural is no person
    ['The club said the transfer was complete. Neymar said he was delighted. It added that the fee was undisclosed.', [['the club', 'the transfer was complete'], ['Neymar', 'he was delighted'], ['the club', 'the fee was undisclosed']]],
    ['Chief Ngozi Eze said the camp was overcrowded. Reuters visited the camp last week. "We need more tents," she said.\n\nReuters spoke to a nurse last month. "We have no beds," she said.', [['Ngozi Eze', 'the camp was overcrowded'], ['Ngozi Eze', 'We need more tents'], ['a nurse', 'We have no beds']]],
    ['"We have done nothing wrong," said Liam Fox. Fox met the Chinese ambassador on Tuesday. He said the talks had been "very productive".', [['Liam Fox', 'We have done nothing wrong'], ['Liam Fox', 'the talks had been "very productive"']]],
    ['His wife Grace said the family was grateful for the support. An Binh, a nurse, said the ward was full. She said staff were exhausted.', [['Grace', 'the family was grateful for the support'], ['An Binh', 'the ward was full'], ['An Binh', 'staff were exhausted']]],
    ['An Taoiseach Simon Harris said the plan would work. "We will not leave anyone behind," he said.', [['Simon Harris', 'the plan would work'], ['Simon Harris', 'We will not leave anyone behind']]],
    ["A police spokesman, who gave the victim's name only as Fatima, said she was 23 and a student. Agent Orange victims said they had waited decades for compensation.", [['a police spokesman', 'she was 23 and a student'], ['Agent Orange victims', 'they had waited decades for compensation']]],
    ['Mamelodi Sundowns of the Premier Soccer League said the coach had resigned. It said a replacement would be named soon.', [['Mamelodi Sundowns of the Premier Soccer League', 'the coach had resigned'], ['Mamelodi Sundowns of the Premier Soccer League', 'a replacement would be named soon']]],
    // a department named for its portfolios and its country goes on over the commas before its "and" (not over a place,
    // a sentence's opener, nor a list of countries)
    ['Immigration, Refugees and Citizenship Canada said the cap was needed. Meanwhile, Fisheries and Oceans Canada said the quota was needed to protect stocks.', [['Immigration, Refugees and Citizenship Canada', 'the cap was needed'], ['Fisheries and Oceans Canada', 'the quota was needed to protect stocks']]],
    // where a report's issuer is based, alone before a lower-case noun, is no issuer ("the London-based thinktank ODI")
    ['A report published on Tuesday by the London-based thinktank ODI found that finance had flatlined.\n\nAccording to the report, the doubling target would not be met until the late 2030s.', [['ODI', 'finance had flatlined'], ['ODI', 'the doubling target would not be met until the late 2030s']]],
  ])('%s', exactly);
});

describe('(session 22) statements exactly', () => {
  it.each<Row>([
    // a body named for its portfolios, after a clause's comma, goes on over its commas; "late on Wednesday" is the frame's time
    ['All 14,000 birds on the premises will be humanely culled, the Department for Environment, Food and Rural Affairs (Defra) said late on Wednesday (2 December).', [['Department for Environment, Food and Rural Affairs', 'All 14,000 birds on the premises will be humanely culled']]],
    // how late or early in the frame's time, before "that" or alone at the end
    ['Smith said late on Wednesday that the birds would be culled. The flock was infected, the ministry said early Thursday. Smith also said late payments would be fined.', [['Smith', 'the birds would be culled'], ['the ministry', 'The flock was infected'], ['Smith', 'late payments would be fined']]],
    // the addressee of a question in up to six words, and a name between commas after them
    ['The Labour member for Calder Valley, Sunita Kaur, later asked the company’s chief operating officer, Gillian Marsh, how many of the 42 upgrades had been completed.', [['Sunita Kaur', 'how many of the 42 upgrades had been completed']]],
    // a question after its addressee, asked "by asking": the sentence's subject asks
    ['The committee\'s chair, Alison Brereton, opened the session by asking Colbeck whether he would give up his own bonus.', [['Alison Brereton', 'whether he would give up his own bonus']]],
    // a report its subject published, with a relative on the finding's noun right before the cue
    ['The committee published a report that found the company had missed every one of its targets since 2021.', [['the committee', 'the company had missed every one of its targets since 2021']]],
    // Hansard's labels: the title as written, the member's name in capitals
    ['Senator Kate Lindqvist watched as Craig Pennington answered.\n\nMr PENNINGTON: I would have to take that on notice.\n\nSenator LINDQVIST: Chair, the officer has answered the question. The senator is verballing him.', [['Craig Pennington', 'I would have to take that on notice.'], ['Kate Lindqvist', 'Chair, the officer has answered the question. The senator is verballing him.']]],
    // a committee's, commission's or council's head, "on" and its subject name one body (not a group of its staff)
    ['The Portfolio Committee on Electricity and Energy said the debt was rising. The nonpartisan Commission on Presidential Debates said the sound was fine. Staff for the House Select Committee on Benghazi said the panel had the email.', [['Portfolio Committee on Electricity and Energy', 'the debt was rising'], ['Commission on Presidential Debates', 'the sound was fine'], ['staff for the House Select Committee on Benghazi', 'the panel had the email']]],
    // a body's name ending in "First"; a body described as one where it is based
    ['Electrical Safety First, the charity, said it had seen a sharp rise in the number of heated airers. Kestrel Home Ltd, the Birmingham-based distributor, said it had stopped all sales.', [['Electrical Safety First', 'it had seen a sharp rise in the number of heated airers'], ['Kestrel Home Ltd', 'it had stopped all sales']]],
    // a brand in camel case is a name
    ['Amazon and eBay both said the listings had been taken down. A spokesperson for easyJet said the flights had been cancelled.', [['Amazon and eBay', 'the listings had been taken down'], ['a spokesperson for easyJet', 'the flights had been cancelled']]],
    // a quantifier before a group's noun opens a clause a belief or a hope reports
    ['Mr Pryce said he felt vindicated and hoped other drivers would feel able to speak up.', [['Pryce', 'he felt vindicated'], ['Pryce', 'other drivers would feel able to speak up']]],
    // a ruling at the end of its clause
    ['The driver was unfairly dismissed for whistleblowing, an employment tribunal has ruled. The council ruled out a tax rise.', [['employment tribunal', 'The driver was unfairly dismissed for whistleblowing']]],
    // a Chicago alderman's ward, an ordinal between commas after the name, is an aside
    ['Ald. Marcus Delgado, 25th, said the mayor had ignored the warnings. Ald. Patricia Hanrahan, 19th, whose ward is home to thousands of city workers, said her constituents were stretched.', [['Marcus Delgado', 'the mayor had ignored the warnings'], ['Patricia Hanrahan', 'her constituents were stretched']]],
    // a base form between a compound's nouns is no verb ("The council tax support scheme")
    ['Cllr Aziz added that services had been protected. The council tax support scheme for the poorest households would stay as it is, she said.', [['Aziz', 'services had been protected'], ['Aziz', 'The council tax support scheme for the poorest households would stay as it is']]],
    // a firm's name in 's before its trade's word
    ['Moody’s Ratings, which rates the city’s debt, said in a November report that structural balance remained its chief concern.', [['Moody’s Ratings', 'structural balance remained its chief concern']]],
    // "rules" is a verb only after one who rules
    ['They determined that, due to party rules, Bush would fall off the ballot in three states.\n\nInternal Trump University records must be released, federal judge rules.', [['federal judge', 'Internal Trump University records must be released']]],
    // a department named for its portfolios and a country of two words
    ['Fire and Emergency New Zealand (Fenz) said crews had responded to 63 weather-related callouts across Waikato.', [['Fire and Emergency New Zealand', 'crews had responded to 63 weather-related callouts across Waikato']]],
    // a portfolio joined by "and" before an office's word in lower case is one role
    ['Revenue and disaster management minister R Selvaraj said eight teams had been stationed in the four districts.', [['R Selvaraj', 'eight teams had been stationed in the four districts']]],
    // "and" inside a body's name opening the sentence, a body's word before or after it, for a participle's speaker
    ['The Australian Competition and Consumer Commission (ACCC) took Coastline to court in 2024, alleging the company advertised discounts. The Office for Product Safety and Standards (OPSS) issued a recall notice on Tuesday, saying the product presents a serious risk.', [['Australian Competition and Consumer Commission', 'the company advertised discounts'], ['Office for Product Safety and Standards', 'the product presents a serious risk']]],
    // a name opening with "National" ends in an everyday word: a body, whatever portfolio's word is inside
    ['But National Energy Action (NEA), the fuel poverty charity, said the relief scheme would reach fewer than half of those in difficulty.', [['National Energy Action', 'the relief scheme would reach fewer than half of those in difficulty']]],
    // a brand in camel case opening a name of two words is a body, the next "it" (not a surname's prefix, "VanderSloot")
    ['By Gemma Roscoe\nConsumer affairs reporter, BBC News\n\nStephen Hadfield told the BBC he had paid £2,400.\n\nSunBreak Holidays said in a statement that it had been hit by the failure of a hotel partner.\n\nIt added that every customer would receive a refund by the end of January.\n\nFrank VanderSloot said the race was open. "I have not decided," VanderSloot said.', [['Stephen Hadfield', 'he had paid £2,400'], ['SunBreak Holidays', 'it had been hit by the failure of a hotel partner'], ['SunBreak Holidays', 'every customer would receive a refund by the end of January'], ['Frank VanderSloot', 'the race was open'], ['Frank VanderSloot', 'I have not decided']]],
    // a place of two or three words before a given name and a surname is where, not the name
    ['Liberal senator for Western Australia Deborah Hargreaves pressed the official on Wednesday.\n\n"Is it $3.1 billion or not?" Senator Hargreaves asked.', [['Deborah Hargreaves', 'Is it $3.1 billion or not?']]],
    // a paragraph naming a labelled speaker in full ends the turn of a transcript the story quotes
    ['Senator Kate Lindqvist watched as Craig Pennington answered.\n\nMr PENNINGTON: I would have to take that on notice.\n\nSenator LINDQVIST: Chair, the officer has answered the question.\n\nCHAIR: Order. We are going to Senator Hargreaves.\n\nSenator Kate Lindqvist was at the table as the minister representing the department.', [['Craig Pennington', 'I would have to take that on notice.'], ['Kate Lindqvist', 'Chair, the officer has answered the question.'], ['Chair', 'Order. We are going to Senator Hargreaves.']]],
    // "to ask" after a verb of rising or interrupting, and "to his feet"
    ['Whitcombe returned to his feet to ask how many of the support payments had reached steel companies. Mr Malhotra interrupted to ask, "Why has the minister not said one word about the money?"', [['Whitcombe', 'how many of the support payments had reached steel companies'], ['Malhotra', 'Why has the minister not said one word about the money?']]],
    // a report tabled or compiled by a body, with its time between, is the body's finding
    ['A report tabled last month by the committee found that exports had dropped by nearly a third.', [['the committee', 'exports had dropped by nearly a third']]],
    // a Punjabi given name is borne by men and women alike: the "she" after it is the one who spoke last
    ['Coun. Maria Lopez spoke first. The developer said the plan was final.\n\nCoun. Gurpreet Sandhu (Ward 7) said too few of the units were big enough for families.\n\n"You cannot raise two kids in a one-bedroom," she said.', [['the developer', 'the plan was final'], ['Gurpreet Sandhu', 'too few of the units were big enough for families'], ['Gurpreet Sandhu', 'You cannot raise two kids in a one-bedroom']]],
    // a person "of" a firm named after a word in capitals and the firm's noun in lower case
    ['The workers\' lawyer, Aidan Forsythe of Toronto firm Forsythe Mbeki LLP, said the ruling would make it easier for workers to hold employers to account.', [['Aidan Forsythe', 'the ruling would make it easier for workers to hold employers to account']]],
    // a subordinate clause after a comma whose subject rules ends the content before it, and is a statement of its own
    ['A football agent has lost his libel claim against a podcaster who accused him of taking secret payments, after a high court judge ruled the allegations were substantially true.', [['a podcaster', 'him of taking secret payments'], ['a high court judge', 'the allegations were substantially true']]],
    // a role's head before "of", then the person's name between a comma and the sentence's end
    ['“The buyers are still there,” said Domain’s chief of research, Dr Marcus Heng.', [['Marcus Heng', 'The buyers are still there']]],
    // an Irish county after its town inside an appositive is where, read as if it were not there
    ['Sinéad Moran, a childminder from Castlebar, Co Mayo, said her renewal quote jumped from €742 to €918 this year.', [['Sinéad Moran', 'her renewal quote jumped from €742 to €918 this year']]],
    // people by a plural role's noun before their country name their body, the next "it"
    ['However, the Alliance for Insurance Reform accused insurers of “pocketing the gains” from the guidelines.\n\nBrokers Ireland said consumers who shop around can still make savings. It urged drivers not to simply accept the first renewal price.', [['Alliance for Insurance Reform', 'insurers of “pocketing the gains” from the guidelines'], ['Brokers Ireland', 'consumers who shop around can still make savings'], ['Brokers Ireland', 'drivers not to simply accept the first renewal price']]],
    // the review's guards: how early or late in a season is no frame's day; a collective's plural says; two people, not a
    // portfolio; a subordinate clause that writes ends nothing; a Bengali man's name keeps its sex; a given name in camel
    // case is no brand; an ombudsman rules; a debate's turn goes on over a paragraph naming the other speaker by surname
    ['The coach said early in the season the team lacked confidence. The city council say repairs will be completed by June.', [['the coach', 'early in the season the team lacked confidence'], ['city council', 'repairs will be completed by June']]],
    ['Modi and external affairs minister S Jaishankar said the visit was a success. The author said she cried, when she wrote the last page.', [['Narendra Modi and Subrahmanyam Jaishankar', 'the visit was a success'], ['the author', 'she cried, when she wrote the last page']]],
    ['Meera Das said the talks had gone well. Abhijit Ghosh disagreed. "We have made no progress," she said.', [['Meera Das', 'the talks had gone well'], ['Meera Das', 'We have made no progress']]],
    ['RaShonda Dlamini, the captain, said the team had played poorly. The ombudsman rules that the council must pay compensation.', [['RaShonda Dlamini', 'the team had played poorly'], ['the ombudsman', 'the council must pay compensation']]],
    ['Debate\n\nSMITH: The governor has made that promise before.\n\nBut Jones has never once delivered on it.\n\nJONES: That is not true.', [['Smith', 'The governor has made that promise before. But Jones has never once delivered on it.'], ['Jones', 'That is not true.']]],
    // a given name that ends the portfolio's place is no person's ("Senator for Western Australia Deborah Hargreaves"); a
    // body's word, "of" and its portfolios with commas and one "and" name one body
    ['Senator for Western Australia Deborah Hargreaves said the cost was hidden. The plan was dropped, the Department of Education, Skills and Employment said.', [['Deborah Hargreaves', 'the cost was hidden'], ['Department of Education, Skills and Employment', 'The plan was dropped']]],
    // someone named in full with a person's appositive role, in a sentence whose subject is a thing, is the next "he" (not
    // the one who spoke before); not a body's noun after the article ("The paper asked …")
    ['A manager said the policy was fair. The findings do not surprise Sylvain Roussel, a professor of marketing at Laval. He said pricing errors are rarely deliberate.', [['a manager', 'the policy was fair'], ['Sylvain Roussel', 'pricing errors are rarely deliberate']]],
    ['Tom Hale said the plan was fair. The meeting was chaired by Anna Price, a local councillor. He said the plan would pass.', [['Tom Hale', 'the plan was fair'], ['Tom Hale', 'the plan would pass']]],
  ])('%s', exactly);
});

describe('(session 23) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // after a role only a person holds, a name no given-name list knows is the holder's (not a firm after a fund's manager)
    ['“We will not accept this ruling,” said its director, Hendra Saputra. “Prices will rise,” said the fund’s manager, Goldman Sachs.', [['Hendra Saputra', 'We will not accept this ruling'], ['the fund’s manager', 'Prices will rise']]],
    // a person the body introduces by a given name alone and "who" or "whose" after its comma has the sex the name says
    ['Andre, who is 38, asked that his last name not be used.\n\nBrian Kessler said officers were assaulted last year.\n\nAndre said he was not sure whether lawmakers would listen. He said he would bring the letters anyway.', [['Brian Kessler', 'officers were assaulted last year'], ['Andre', 'he was not sure whether lawmakers would listen'], ['Andre', 'he would bring the letters anyway']]],
    // (not a word the body writes after another that may be a given name: "Rhodri Lewis" makes "Lewis" a surname)
    ['Huw Talfryn said he had told fly-half Rhodri Lewis of his decision in person.\n\nLewis was one of five players left out.\n\n"Form is what matters," he said.\n\nLewis, who has won 58 caps, posted a message on Thursday.', [['Huw Talfryn', 'he had told fly-half Rhodri Lewis of his decision in person'], ['Huw Talfryn', 'Form is what matters']]],
    // a name after a participle and "by" is the agent of what the phrase names, and no key to it: "Ellery" later is the
    // person, not the review
    ['Review led by Dame Margaret Ellery says the governing body is too slow.\n\n"Reform is no longer optional," Ellery wrote.', [['review led by Dame Margaret Ellery', 'the governing body is too slow'], ['Margaret Ellery', 'Reform is no longer optional']]],
    // a campaigning body's name holds "to" and a verb, or "for a": "Committee to Protect Journalists", "Committee for a
    // Responsible Federal Budget" (had been "Protect Journalists", "Responsible Federal Budget")
    ['The Committee to Protect Journalists called on the authorities to release the reporter immediately. The nonpartisan Committee for a Responsible Federal Budget has estimated that each year of delay makes the fix 4% larger.', [['Committee to Protect Journalists', 'the authorities to release the reporter immediately'], ['Committee for a Responsible Federal Budget', 'each year of delay makes the fix 4% larger']]],
    // the object of a participle opening the sentence is no speaker named before an appositive
    ['Speaking to HT, a senior official from the SGNP, who did not wish to be named, said that the leopard was likely a young male.', [['a senior official from the SGNP', 'the leopard was likely a young male']]],
    // a preposition in capitals between a name's capitalised words is in the name; a campaign's verb and "the" open one
    ['The number of journalists held has reached its highest level, according to an annual tally by the press freedom group Reporters Without Borders (RSF). According to Save the Kiwi, there are about 68,000 kiwi left in the wild.', [['Reporters Without Borders', 'The number of journalists held has reached its highest level'], ['Save the Kiwi', 'there are about 68,000 kiwi left in the wild']]],
    // a compound adjective in a hyphen is no second predicate's past form; "demand" after "supply and" is a noun
    ['The inspector told delegates that falls of ground and transport-related accidents accounted for more than half of the deaths. Brent crude has averaged $68 a barrel this quarter, as OPEC+ has restored supply and demand growth in China has slowed.', [['the inspector', 'falls of ground and transport-related accidents accounted for more than half of the deaths']]],
    // a quotation in double marks inside one in single marks that closes later is nested: the single one goes on
    ['A banker said the executives had stressed the word ‘partnership’ in meetings. ‘When they say “long term”, they mean twenty years, not five,’ the banker said.', [['a banker', 'the executives had stressed the word ‘partnership’ in meetings'], ['a banker', 'When they say “long term”, they mean twenty years, not five']]],
    // a document or a ruling kept as written is no person: the next "he" is not the decision's
    ['Kowalchuk told the board he took full responsibility.\n\nThe decision noted that Kowalchuk had incurred two charges.\n\nHe wrote: "I think about Amanda every single day."', [['Kowalchuk', 'he took full responsibility'], ['the decision', 'Kowalchuk had incurred two charges'], [null, 'I think about Amanda every single day.']]],
    // "As per" opening a sentence or after a comma is "according to" (not "completed as per schedule")
    ['As per residents, the leopard dragged away a six-year-old dog. The work was completed as per schedule.', [['residents', 'the leopard dragged away a six-year-old dog']]],
    // a writing where it is posted speaks: "A sign on the door read:", "A statement on the website said"
    ['A sign on the door read: "The hotel is now closed. We thank our guests for their custom over many years." A statement on the website said the plant would close.', [['a sign on the door', 'The hotel is now closed. We thank our guests for their custom over many years.'], ['a statement on the website', 'the plant would close']]],
    // capitalised words a body's appositive describes are the body's name, whatever a word of it would make them alone;
    // an inspection finds, as a review or an audit does
    ['Redbud Energy, the Tulsa-based company that operates both well pads, said in an emailed statement that it had voluntarily paused completion work on Monday. An inspection of Waikeria by the Ombudsman found that some prisoners had received less than one hour out of their cells.', [['Redbud Energy', 'it had voluntarily paused completion work on Monday'], ['an inspection of Waikeria by the Ombudsman', 'some prisoners had received less than one hour out of their cells']]],
    // the review's guards: a team after "who are" or a place is no person by given name; a title makes the word after it
    // a surname; a person described by a document's noun stays a person; a compound verb before its object is a second
    // predicate; "as per" a schedule or a tradition is no source; a year's apostrophe opens no quotation; a plural
    // "they" is not a spokesperson's; one spokesman named is not every "his spokesman"
    ['David Moyes was pleased with the point. Everton, who are 15th, host Fulham next. "The lads worked hard," he said.', [['David Moyes', 'The lads worked hard']]],
    ['Chelsea manager Sonia Bompastor was delighted. Chelsea, who are top of the league, host Arsenal next. "It will be a tough game," she said.', [['Sonia Bompastor', 'It will be a tough game']]],
    ['Paramedic Emma Rhys treated the driver. Mrs James, who lives next door, said she heard a bang. "It shook the whole house," she said.', [['James', 'she heard a bang'], ['James', 'It shook the whole house']]],
    ['Police arrested John Carter on Monday. "It came as a shock," said a person familiar with the investigation. "Nobody expected it," he added.', [['a person familiar with the investigation', 'It came as a shock'], ['a person familiar with the investigation', 'Nobody expected it']]],
    ['North Korea said the drills were a provocation and test-fired two ballistic missiles into the sea.', [['North Korea', 'the drills were a provocation']]],
    ['The exam will be held on March 5, as per the schedule released by the board. As per tradition, the bride arrived late.', []],
    ['The band formed in the ‘90s. “We had nothing but guitars,” she said. The fans’ favourite was their first album.', [[null, 'We had nothing but guitars']]],
    ['Two nurses were suspended, a spokesperson for the hospital trust said. They said they had been made scapegoats.', [['a spokesperson for the hospital trust', 'Two nurses were suspended'], [null, 'they had been made scapegoats']]],
    ['Finance minister Tito Mboweni resigned, according to his spokesman, Jabulani Sikhakhane. Later, President Cyril Ramaphosa accepted the resignation. His spokesman said the president thanked Mboweni for his service.', [['Jabulani Sikhakhane', 'Finance minister Tito Mboweni resigned'], ['Cyril Ramaphosa\'s spokesman', 'the president thanked Mboweni for his service']]],
    // a bare plural that WordNet knows first as people, opening the clause, is the head of its modifiers' phrase
    ['Visitors at the zoo on Thursday afternoon said they were disappointed but understood.', [['Visitors at the zoo', 'they were disappointed but understood']]],
  ])('%s', exactly);
});

describe('(session 24) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a demonstrative opens the speaker after a quotation's closing comma too: “…,” that owner said
    ["Maria Lopez runs a bakery on Main Street.\n\n\"We will keep the doors open until the end of the month,\" that owner said.", [["the owner","We will keep the doors open until the end of the month"]]],
    // a byline with the writer's beat and no comma is no one the story goes on about; a person introduced by a given name
    // alone and an age, who spoke last, is the next "she" whatever the sex the name leaves open
    ["Rhiannon Platt Social affairs correspondent\n\nJess, 31, a nurse from Swindon who asked that her surname not be used, said her nursery bill had gone up by £85 a month.\n\n“I was told the hours would be free and I believed it,” she told the Guardian.", [["Jess","her nursery bill had gone up by £85 a month"],["Jess","I was told the hours would be free and I believed it"]]],
    // a question's auxiliary is no part of the name after it ("Is Pixelhaus" had become the firm's name)
    ["Pixelhaus is changing its rules.\n\nIs Pixelhaus under investigation anywhere right now?\n\nPixelhaus says about 18 percent of its monthly users are under 18.", [["Pixelhaus","about 18 percent of its monthly users are under 18"]]],
    // an abstract noun the word list lacks closes a title's portfolio before the name ("Supervision Daniel Mwangi")
    ["Speaking at a press briefing on Thursday, CBK Director of Bank Supervision Daniel Mwangi said the regulator had received more than 6,000 complaints.", [["Daniel Mwangi","the regulator had received more than 6,000 complaints"]]],
    // a body's portfolios over a comma hold abstract nouns too ("Science, Innovation and Technology")
    ["A Department for Science, Innovation and Technology spokesperson said: \"Platforms must protect children or face the consequences.\"", [["a Department for Science, Innovation and Technology spokesperson","Platforms must protect children or face the consequences."]]],
    // an office's initials before a title of four words ("WA Commissioner for Children") keep the name apart from the
    // portfolio's "and"
    ["WA Commissioner for Children and Young People Amelia Rossiter said she had written to the Premier.", [["Amelia Rossiter","she had written to the Premier"]]],
    // a titled portfolio listed over a comma may hold "and the" before the person's name
    ["Cabinet Secretary for Information, Communications and the Digital Economy Daniel Kiprono said the disruption was caused by a cable fault.", [["Daniel Kiprono","the disruption was caused by a cable fault"]]],
    // a county after its town inside an appositive is where the person is, never who speaks ("Kirinyaga County")
    ["Ms Lucy Wanjiru, a farmer in Kerugoya, Kirinyaga County, said she had received an SMS three weeks ago.", [["Lucy Wanjiru","she had received an SMS three weeks ago"]]],
    // an ampersand between capitalised words is inside a firm's name ("Marks & Spencer" had been "Marks")
    ["Marks & Spencer cut its profit forecast, saying lower-income shoppers were trading down.", [["Marks & Spencer","lower-income shoppers were trading down"]]],
    // "Sir" and "Dame" are borne with the given name alone: "Sir Alan" is the Alan Pryce named in full
    ["Trade minister Sir Alan Pryce said the deal was a landmark.\n\nSir Alan said exports to India would rise by nearly 60%.\n\nDame Margaret Hodge said the deal was rushed. Dame Margaret said MPs had not seen the text.", [["Alan Pryce","the deal was a landmark"],["Alan Pryce","exports to India would rise by nearly 60%"],["Margaret Hodge","the deal was rushed"],["Margaret Hodge","MPs had not seen the text"]]],
    // a spoken commitment needs more than its verb: "because Harcourt agreed to settle" reports no words
    ["The penalty was reduced by 30 per cent because Harcourt agreed to settle, the regulator said. The company agreed to pay $325 million to settle the charges.", [["the regulator","The penalty was reduced by 30 per cent because Harcourt agreed to settle"],["the company","to pay $325 million to settle the charges"]]],
    // a one-word name that spoke last, with nothing to make it a person, is the next "it" (not the agency before it)
    ["The agency said a sensor can wrongly classify an adult, NHTSA said.\n\nRidgeline, based in Plymouth, Michigan, said in a statement that it knows of four crashes. It said it was not aware of any deaths.", [["the agency","a sensor can wrongly classify an adult"],["NHTSA","The agency said a sensor can wrongly classify an adult"],["Ridgeline","it knows of four crashes"],["Ridgeline","it was not aware of any deaths"]]],
    // one capitalised word after an office's initials is where the office is held ("CMO, Mathura"); a lone word no list
    // knows, opening the sentence with a person's role after its comma, is the next "he"
    ["Dr Ravi Bhardwaj, CMO, Mathura, told TOI that four of those referred were on ventilator support.\n\nSuresh, a 34-year-old factory worker from Kanpur who was on an upper berth, escaped with a fractured arm. \"I heard a loud bang and then everyone was screaming,\" he said.", [["Ravi Bhardwaj","four of those referred were on ventilator support"],["Suresh","I heard a loud bang and then everyone was screaming"]]],
    // guard: a name inside an opener ("Like Makaeff, …") is no subject the next "he" goes to
    ["Marvin Roffman was sued in 1990.\n\nLike Makaeff, the former Trump University customer, Roffman does not want to tangle with Trump anymore.\n\n\"I am 76, and I do not feel like going through that again,\" he said.", [["Marvin Roffman","I am 76, and I do not feel like going through that again"]]],
    // guard: a place before an age ("Ohio, 62-year-old …") introduces no one by a given name
    ["At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed against immigrants. “They should speak English in public,” she said.", [["Brenda Johnson","They should speak English in public"]]],
    // a surname alone passes over a child named in full with an age, whom the story calls by given name
    ["Brianna Castillo had walked her son to the bus stop every school morning.\n\nMateo Castillo, 7, suffered a broken leg and a concussion. He is back at school.\n\n\"The driver of the bus was literally honking,\" Castillo told the Register.", [["Brianna Castillo","The driver of the bus was literally honking"]]],
    // an aside denying kinship describes the speaker before it ("and no relation to the senator")
    ["A second panel heard from farmers. Kyle Whitaker, a grower from Seward County, Nebraska, and no relation to the senator, told the committee his family had lost money on every bushel.", [["Kyle Whitaker","his family had lost money on every bushel"]]],
    // a given name first met opening a paragraph before its verb is a person of the sex it says ("Gwen had spent …")
    ["Gwen had spent months shopping around for a better return on the money she and her late husband had saved.\n\nDr Farah Siddiqui, a cybercrime researcher at Monash University, said the fake websites had become sophisticated.\n\nFor Gwen, the money is unlikely to be recovered. \"I am not telling my story because I want sympathy,\" she said.", [["Farah Siddiqui","the fake websites had become sophisticated"],["Gwen","I am not telling my story because I want sympathy"]]],
    // "its" is never a body in the plural's nor the police's: unknown rather than the groups' chairperson
    ["Child rights groups said most of the children come from Bihar.\n\nThe Rajasthan State Commission for Protection of Child Rights has sought a report from the police within 15 days, its chairperson said.", [["Child rights groups","most of the children come from Bihar"],["its chairperson","The Rajasthan State Commission for Protection of Child Rights has sought a report from the police within 15 days"]]],
    // a document is not another's: the letter after figures kept as written is the letter's, and so is the next "It"
    ["Figures released by the county council show 4,000 potholes in the North West.\n\nResidents have now written to the council's chief executive. The letter, signed by 87 households, reads: \"We are not asking for special treatment.\"\n\nIt adds that residents have made more than 200 reports since January.", [["figures released by the county council","4,000 potholes in the North West"],["the letter","We are not asking for special treatment."],["the letter","residents have made more than 200 reports since January"]]],
    // after the writer's note that an interview follows ("has been lightly edited for length and clarity"), questions need
    // not ask "you"; the interviewee is the one the writer "spoke with"
    ["Pixelhaus CEO Dana Okafor announced the change on Tuesday.\n\nI spoke with Okafor on Monday. The conversation has been lightly edited for length and clarity.\n\nWhy do this everywhere?\n\nHonestly, it is simpler, and I think it is more consistent.\n\nIs Pixelhaus under investigation anywhere right now?\n\nI am not going to get into conversations with regulators.", [["Dana Okafor","the change on Tuesday"],["Dana Okafor","Honestly, it is simpler, and I think it is more consistent."],["Dana Okafor","I am not going to get into conversations with regulators."]]],
    // "Edited excerpts from governor Raghav Menon's press conference:" opens a Q and A, its possessive naming the
    // interviewee; a one-word speaker with a finite "be" after its cue is an adjective and a noun ("Domestic demand is")
    ["Governor Raghav Menon kept the repo rate unchanged.\n\nEdited excerpts from governor Raghav Menon's post-policy press conference:\n\nIs the RBI defending a particular level for the rupee?\n\nWe do not target any level for the rupee.\n\nIs the growth forecast too optimistic?\n\nWe have built in the tariff effects that we know of. Domestic demand is holding up well.", [["Raghav Menon","We do not target any level for the rupee."],["Raghav Menon","We have built in the tariff effects that we know of. Domestic demand is holding up well."]]],
    // guard: a finite "be" after the cue in a relative clause is the content's verb
    ["Each ship incurs charges, costs that Sundquist said are passed back to farmers. It was a probe the agency said was ongoing.", [["Sundquist","are passed back to farmers"]]],
    // a finding's verb after "and" goes on with the finding source opening the reported clause ("the figures … and showed
    // that …"), not with the speaker; "called for" after "and" is still the speaker's own
    ["Ms Carroll said the figures were “a scandal” and showed that the system was being “quietly undermined”. The NSPCC said the findings were \"sadly familiar\" and showed the lessons had not been learned. Ms Carroll said the figures were bad and called for an inquiry.", [["Carroll","the figures were “a scandal” and showed that the system was being “quietly undermined”"],["NSPCC","the findings were \"sadly familiar\" and showed the lessons had not been learned"],["Carroll","the figures were bad"]]],
    // "One" opens a role met as the sentence's subject too, with a nationality in capitals and a copula with how the
    // words were put ("One Indian official was more blunt."): the next "the official"
    ["Lena Verhoeven said talks were close.\n\nOne Indian official was more blunt. Europe, the official said in a text message, “wants Indian markets on European terms.”", [["Lena Verhoeven","talks were close"],["One Indian official","wants Indian markets on European terms."]]],
    // a bare plural of people with its cue after a dash and "but" opens a statement of its own
    ["One year on, the online safety regulator says platforms have removed more than four million accounts — but teenagers say getting around the rules is easy.", [["the online safety regulator","platforms have removed more than four million accounts"],["teenagers","getting around the rules is easy"]]],
    // guards: a role kept as written is no one named with another title later ("Foreign Minister …" is not "the finance
    // minister")
    ["The finance minister said on Monday that the budget would be balanced by 2028.\n\nForeign Minister Radoslaw Kaminski said talks with Berlin were going well.", [["the finance minister","the budget would be balanced by 2028"],["Radoslaw Kaminski","talks with Berlin were going well"]]],
    // (nor a senator named later, after a role met once someone was named in full)
    ["Bernie Sanders drew a large crowd in Iowa.\n\nThe independent Vermont senator said the media had called him a fringe candidate.\n\nSen. Claire McCaskill said she was not surprised.", [["Bernie Sanders","the media had called him a fringe candidate"],["Claire McCaskill","she was not surprised"]]],
    // an everyday word after a title word is no name ("Magnolia Health Partners" had been "Partners"; "Partners" is a
    // firm's word); a place after a body's words is the body's name's end ("Local Government New Zealand")
    ["The hospital's owner, Tennessee-based Magnolia Health Partners, announced Monday that it would shut the 25-bed hospital. Local Government New Zealand said in a statement that councils were entitled to appoint members.", [["Magnolia Health Partners","it would shut the 25-bed hospital"],["Local Government New Zealand","councils were entitled to appoint members"]]],
    // what describes the body a role before it is of is read as if it were not there: the person before the role speaks
    ["Mark Holden, chairman of the board of Freedom Industries, the network's funding arm, said it would join the race only if a candidate were able to garner support.", [["Mark Holden","it would join the race only if a candidate were able to garner support"]]],
    // a cue's form after a superlative is a noun ("most recent report on the municipality found" had made "report" the cue)
    ["The Auditor-General's most recent report on the municipality found that it had incurred R1.2 billion in irregular expenditure.", [["the Auditor-General's most recent report on the municipality","it had incurred R1.2 billion in irregular expenditure"]]],
    // a note's label and its time before a colon ("Update, December 1st, 6:05PM ET:") open no subject: the clause after it does
    ["Brightline spokeswoman Gabriella Ruiz said the company would fight the case.\n\nUpdate, December 1st, 6:05PM ET: After publication, Ruiz sent an additional statement saying Brightline had “blocked the specific outputs identified in the complaint”.", [["Gabriella Ruiz","the company would fight the case"],["Gabriella Ruiz","Brightline had “blocked the specific outputs identified in the complaint”"]]],
    // "CFO", "COO", "CTO" and "CIO" are titles, as "CEO" is
    ["Group CFO Pieter van der Walt said capital expenditure would rise to about R19bn.", [["Pieter van der Walt","capital expenditure would rise to about R19bn"]]],
    // a past participle's phrase before a capitalised subject opens the sentence ("Reached by phone on Thursday evening,
    // Ms. Marchetti declined …"): she is the subject met, not the spokeswoman who spoke last
    ["Elise Marchetti resigned on Thursday.\n\nA spokeswoman for the state attorney general's office said the office was aware of the proposed sale.\n\nReached by phone on Thursday evening, Ms. Marchetti declined to discuss the board's deliberations. Asked whether she had been forced out, she said the decision to leave had been hers alone.", [["a spokeswoman for the state attorney general's office","the office was aware of the proposed sale"],["Elise Marchetti","the decision to leave had been hers alone"]]],
    // an everyday word in capitals that a standfirst opened with ("Board says …") owns no later "its board of directors"
    ["Board says it has exhausted every option\n\nThe Lantern Theatre, which has staged plays since 1985, will close at the end of January, its board of directors announced Wednesday.", [["Board","it has exhausted every option"],["its board of directors","The Lantern Theatre, which has staged plays since 1985, will close at the end of January"]]],
    // "CE", a chief executive's initials, is a title
    ["Transnet Port Terminals CE Zanele Mthembu said Transnet was in the final stages of evaluating bids.", [["Zanele Mthembu","Transnet was in the final stages of evaluating bids"]]],
    // the outlet that reports ("seen by The Irish Times") is no later "it": unknown rather than the paper
    ["A letter from the head of finance, circulated to members and seen by The Irish Times, warned that a failure to adopt a budget would delay grants.\n\nIt stated that the council would be unable to sign new contracts for road resurfacing.", [["the head of finance","a failure to adopt a budget would delay grants"],[null,"the council would be unable to sign new contracts for road resurfacing"]]],
    // guard: an outlet told of as acting, not as reporting, may be
    ["About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton. It said the endorsement was its hardest call in decades.", [["Dallas Morning News","Clinton"],["Dallas Morning News","the endorsement was its hardest call in decades"]]],
    // the review's guards: a body a person "told" may be the next "it"
    ["Residents told Dublin City Council in March that the junction was dangerous.\n\nThe council has since installed bollards. It said further measures were planned for the summer.", [["Residents","the junction was dangerous"],["Dublin City Council","further measures were planned for the summer"]]],
    // a one-word name says "that it" outside a statement of its own: a person, no "it"
    ["The Electoral Commission of Zambia postponed the vote. Hichilema said that it had acted lawfully. It said ballot papers had not arrived from Dubai.", [["Hichilema","it had acted lawfully"],["Electoral Commission of Zambia","ballot papers had not arrived from Dubai"]]],
    // a role kept as written in a lede is no one named with its title later (taken back: a different president, a mayor
    // "of Lviv")
    ["The Ukrainian president said on Tuesday that his country would not be intimidated by the strikes.\n\nIn Washington, President Joe Biden said the United States would send more air defence systems.", [["the Ukrainian president","his country would not be intimidated by the strikes"],["Joe Biden","the United States would send more air defence systems"]]],
    // a superlative's "most" after a plural noun is no noun's modifier of the cue
    ["The people most affected say they were never consulted about the pipeline.", [["the people most affected","they were never consulted about the pipeline"]]],
    // a city named like a given name, with someone else between it and the pronoun, is no person
    ["Regina has declared a local state of emergency after the storm, and the mayor said she would ask the province for help.\n\n\"We need support now,\" she said.", [["Regina","a local state of emergency"],["the mayor","she would ask the province for help"],["the mayor","We need support now"]]],
    // a one-word firm with a role after its comma and no age is no "he"
    ["Michael Obi said the market had been closed for a week.\n\nKenchic, a poultry producer, raised prices again on Monday. \"Customers are angry,\" he added.", [["Michael Obi","the market had been closed for a week"],["Michael Obi","Customers are angry"]]],
    // "It" after a finding source that spoke before the body's own sentence is unknown (taken back)
    ["The inquiry found that the police had missed warning signs.\n\nThe force has accepted the findings in full. It said officers had since been retrained.", [["the inquiry","the police had missed warning signs"],[null,"officers had since been retrained"]]],
    // a document after a document is the same one
    ["The memo, seen by Reuters, said staff would be cut by a third. The document also said two offices would close.", [["the memo","staff would be cut by a third"],["the memo","two offices would close"]]],
  ])('%s', exactly);
});

describe('(session 25) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a spokeswoman for a titled person speaks, not the person: the title opens the name after "for"
    ["\"We will review every claim,\" said a spokeswoman for District Attorney Maria Velez.", [["a spokeswoman for District Attorney Maria Velez","We will review every claim"]]],
    // a title word that opens a country's name is none ("Sri" of Sri Lanka): the name starts after the country
    ["IMF Senior Mission Chief for Sri Lanka Johanna Berg said the recovery was gaining ground.", [["Johanna Berg","the recovery was gaining ground"]]],
    // a body's closing word ("Municipality") ends the body when a given name no list holds opens the name
    ["Chairperson of Dolpo Buddha Rural Municipality Ngawang Tashi Gurung said the lodges would suffer.", [["Ngawang Tashi Gurung","the lodges would suffer"]]],
    // a preposition opens no sentence before its subject: "Per" before a given name is a given name the table lacks
    ["\"The fund is not an aid organisation,\" finance spokesperson Per Arne Dahl wrote on Facebook.", [["Per Arne Dahl","The fund is not an aid organisation"]]],
    // a body's "which" clause may hold a list with commas of its own; the body before it speaks
    ["Nordbank, which lends mainly to households in Sweden, Norway and Finland, said credit losses fell.", [["Nordbank","credit losses fell"]]],
    // names listed after a preposition ("via SMS, WhatsApp and Telegram") belong to the aside, not the speaker
    ["The messages, sent via SMS, WhatsApp and Telegram, said the parcel was waiting.", [["the messages","the parcel was waiting"]]],
    // (guard) people named in full are no such list: the members named after the preposition speak
    ["Two members of Congress from Ohio, Janet Crowe and Peter Lind, have said they will not attend.", [["Janet Crowe and Peter Lind","they will not attend"]]],
    // "DFL-Duluth", Minnesota's party and home town, is a party tag after the name
    ["Senate Majority Leader Karen Dahl, DFL-Duluth, said the budget was balanced.", [["Karen Dahl","the budget was balanced"]]],
    // a given name and where the person is from, BBC style ("Priya, from Leicester,") is a person the next "she" may mean
    ["Priya, from Leicester, said a text had arrived on Sunday.\n\n\"It had my name,\" she said.", [["Priya","a text had arrived on Sunday"],["Priya","It had my name"]]],
    // a body's name, a field in lower case and a role word before a name open the sentence: the person is its subject
    ["Tama Rewi wrote on Facebook that the minister was ignoring advice.\n\nGreen Party transport spokesperson Lena Farrow was blunter. \"The policy is a shrug,\" she wrote.", [["Tama Rewi","the minister was ignoring advice"],["Lena Farrow","The policy is a shrug"]]],
    // a document a body owns by a noun in lower case is kept as written, not the last person's, who may only chair it
    ["Carl Novak, chairman of the new alliance, says dealers carry the cost.\n\nThe alliance's letter asks the carmaker to suspend the deadlines.", [["Carl Novak","dealers carry the cost"],["alliance's letter","the carmaker to suspend the deadlines"]]],
    // a document before a participle ("a note circulated by the ministry among senators") is no "she"
    ["A note circulated by the ministry among senators states that the provinces waited 19 years.\n\n\"Where is the consultation?\" she asked.", [["a note circulated by the ministry among senators","the provinces waited 19 years"],[null,"Where is the consultation?"]]],
    // after a preposition, an article and a noun, a cue's base form closes a compound noun ("on a conference call")
    ["Speaking to reporters on a conference call later on Thursday, Mendes said the engine had failed.", [["Mendes","the engine had failed"]]],
    // (guard) not its past form: "A woman with a friend said …" speaks
    ["A woman with a friend said the shop had closed early.", [["a woman with a friend","the shop had closed early"]]],
    // a body's "which" inside an appositive describes the body; the appositive's host speaks
    ["Ravi Menon, CEO of Orbitrix Aerospace, which supplied parts for the module, said the hardware came back.", [["Ravi Menon","the hardware came back"]]],
    // a person named after a title with its preposition, then an aside: read from the sentence's start
    ["Leader of the Opposition in the Senate Zarqa Malik, however, said the bill had been rushed.", [["Zarqa Malik","the bill had been rushed"]]],
    // "For <given name>, <a person's role>, …": the person the sentence is about, with the role, is the next "he"
    ["Anders Holm, the minister, said the vote was fair.\n\nFor Bjarne, a 58-year-old bricklayer from Aarhus, the vote was a disappointment.\n\n\"I started when I was 17,\" he told The Local.", [["Anders Holm","the vote was fair"],["Bjarne","I started when I was 17"]]],
    // (guard) an appositive that is no person's role gives none: "For Mair, the hardest part …"
    ["Mair Jones has run the shop for 30 years.\n\nA council spokesperson said the shop would close.\n\nFor Mair, the hardest part will be the last day.\n\n\"I'll cry,\" she said.", [["a council spokesperson","the shop would close"],["Mair Jones","I'll cry"]]],
    // (guard) a "she" after a lone man stays unknown
    ["\"That is terrible,\" Trump said.\n\n\"It just came out of my mouth,\" she said.", [["Donald Trump","That is terrible"],[null,"It just came out of my mouth"]]],
    // a body named for its portfolios goes on over the commas before its "and", back to the phrase its first one ends:
    // after a body's closing word ("… Development Office"), or after a body's word and "of" or "for"
    ["A spokesperson for the UK Foreign, Commonwealth and Development Office said it was in contact with the company.", [["a spokesperson for the UK Foreign, Commonwealth and Development Office","it was in contact with the company"]]],
    // the portfolios before a body's closing word are one body's name
    ["The National Oil, Gas and Biofuels Agency said the block would be operated by Nordvik.", [["National Oil, Gas and Biofuels Agency","the block would be operated by Nordvik"]]],
    // "the" after the "and" of a portfolio list
    ["A spokesman for the Department of Agriculture, Food and the Marine said the minister would travel to Brussels.", [["a spokesman for the Department of Agriculture, Food and the Marine","the minister would travel to Brussels"]]],
    // after its owner's possessive, and with a portfolio that is also a given name ("Parks")
    ["Saskatchewan's Ministry of Parks, Culture and Sport said the grant had supported 500 rinks.", [["Saskatchewan's Ministry of Parks, Culture and Sport","the grant had supported 500 rinks"]]],
    // (guard) people after a body named before the comma are no portfolios
    ["In a letter to the Department of Education, Jane Ruiz and Tom Hughes said the school was unsafe.", [["Jane Ruiz and Tom Hughes","the school was unsafe"]]],
    // a Mongolian name, the father's initial joined to the given name by its stop, is the whole name after the title
    ["Minister of Industry and Mineral Resources Ts.Batjargal said the law would benefit every citizen.", [["Ts.Batjargal","the law would benefit every citizen"]]],
    // a given name alone with its age after it ("Jess, 29,") is a person met, the next "she" though she spoke last before
    ["Dr Rachel Okafor said the listing was overdue.\n\nJess, 29, from Geelong, has been paying for the drug privately since June.\n\n\"It's the first full week at work in years,\" she told the ABC.", [["Rachel Okafor","the listing was overdue"],["Jess","It's the first full week at work in years"]]],
    // (guard) a given name that opens a name met is that person: "Keith, 71," after "Keith Marsden"
    ["Keith Marsden lit the ovens at three.\n\nKeith, 71, had always hoped his son would take the business on. \"The numbers let us down,\" he says.", [["Keith Marsden","his son would take the business on"],["Keith Marsden","The numbers let us down"]]],
    // a name the sentence counts among things ("is one of 14 settlements") is no person met
    ["\"I went down every morning to see the water,\" said Gulnora, 52, who asked that her surname not be published.\n\nSari Obi is one of 14 settlements being cleared as the reservoir rises.\n\n\"Now the snow is here,\" she said.", [["Gulnora","I went down every morning to see the water"],["Gulnora","Now the snow is here"]]],
    // nor a place with "where" after its comma
    ["\"I went down every morning to see the water,\" said Gulnora, 52.\n\nKara Tepe, where the water reached the orchards in October, is being cleared.\n\n\"Now the snow is here,\" she said.", [["Gulnora","I went down every morning to see the water"],["Gulnora","Now the snow is here"]]],
    // a person's family opening the sentence makes it about the person; a lone word introduced with an age is a person
    ["\"Every morning I went down to the water,\" said Gulnora, 52.\n\nAround 1,900 more households are due to be resettled by 2027, according to figures provided by Rogun OJSC.\n\nGulnora's family was allocated a house in Dangara.\n\n\"I have lived 52 years in one place,\" she said.", [["Gulnora","Every morning I went down to the water"],["figures provided by Rogun OJSC","Around 1,900 more households are due to be resettled by 2027"],["Gulnora","I have lived 52 years in one place"]]],
    // (guard) counted among people, it is one: "one of 14 candidates"
    ["Mary Lou Tan is one of 14 candidates for the seat.\n\n\"We will win,\" she said.", [["Mary Lou Tan","We will win"]]],
    // a lone word with an age alone after its comma ("Mamy, a 19-year-old who …") is someone met, the next "she"
    ["Lalaina Rabe, 24, said the march was peaceful.\n\nMamy, a 19-year-old who had come with three classmates, was more blunt. \"If nothing changes, we will come back next Saturday,\" she said.", [["Lalaina Rabe","the march was peaceful"],["Mamy","If nothing changes, we will come back next Saturday"]]],
    // a body's little words inside its name ("Ministry of External Affairs") before a role word and a person: the subject
    ["In his letter, Mr. Arulmozhi said the arrests were causing hardship.\n\nMinistry of External Affairs spokesperson Rohan Mehra was asked about the arrests. Responding to a question, he said the issue was humanitarian.", [["Arulmozhi","the arrests were causing hardship"],["Rohan Mehra","the issue was humanitarian"]]],
    // (guard) a long name after the role stays whole: "Tan Sri Lee Chong Meng"
    ["Association of Malaysian Hauliers president Tan Sri Lee Chong Meng said operators were caught up in the crackdown.\n\n\"Our members are stopped at roadblocks,\" he said.", [["Lee Chong Meng","operators were caught up in the crackdown"],["Lee Chong Meng","Our members are stopped at roadblocks"]]],
    // a role "for" a person an appositive then describes speaks: the spokesperson, not the minister
    ["A spokesperson for Graham Tessier, the minister of finance, said the province was reviewing grants.", [["a spokesperson for Graham Tessier","the province was reviewing grants"]]],
    // and the statement it issued is its own, not the last person's quoted before
    ["Joanne, who has stayed at the shelter twice, said the beds saved her life.\n\nIn an emailed statement, a spokesperson for Graham Tessier, the minister of seniors, community and social services, said the province was reviewing its grants.\n\n\"We will continue to work with our partners,\" the statement said.", [["Joanne","the beds saved her life"],["a spokesperson for Graham Tessier","the province was reviewing its grants"],["a spokesperson for Graham Tessier","We will continue to work with our partners"]]],
    // (review) (guard) a "she" after a role met as a subject stays unknown, not the one person named in full
    ["\"We will appeal this decision,\" said John Whitfield, the family's lawyer.\n\nThe judge disagreed. \"The law is clear,\" she said.", [["John Whitfield","We will appeal this decision"],[null,"The law is clear"]]],
    // (review) (guard) one of a count of people ("one of thousands of Kenyans") is a person met
    ["\"It was brutal,\" said Peter Lund.\n\nJohn Kamau is one of thousands of Kenyans working in the Gulf.\n\n\"I send money home every month,\" he said.", [["Peter Lund","It was brutal"],["John Kamau","I send money home every month"]]],
    // (review) (guard) "say" after "at a hospital" is the cue, no compound noun
    ["Doctors at a hospital say the wards are overflowing.", [["Doctors at a hospital","the wards are overflowing"]]],
    // (review) (guard) "St." joined to a place is no initial of a name
    ["The bishop of St.Albans said the church would apologise.", [["the bishop of St.Albans","the church would apologise"]]],
    // (review) (guard) a body's statement by its lower-case noun after the body spoke is the body's
    ["Acme Corp announced the closure of its Dundee plant on Monday.\n\nThe company's statement said 400 jobs would go.", [["Acme Corp","the closure of its Dundee plant on Monday"],["Acme Corp","400 jobs would go"]]],
    // (review) (guard) a body's "which" after its appositive leaves the body the speaker
    ["The report by Human Rights Watch, a New York-based group, which interviewed 60 detainees, said torture was routine.", [["Human Rights Watch","torture was routine"]]],
    // (review) (guard) a title and a name after a body's comma are no portfolios
    ["Speaking at the Institute of Directors, Business and Trade Secretary Badenoch said tariffs would hurt.", [["Badenoch","tariffs would hurt"]]],
    // (review) (guard) nor are given names
    ["After talks at the Ministry of Trade, Hope and Faith Mutasa said the deal was dead.", [["Hope and Faith Mutasa","the deal was dead"]]],
    // (review) where a group is from, listed, is an aside: the group speaks
    ["Residents, mostly from Kibera, Mathare and Kawangware, said the water had been cut for weeks.", [["Residents","the water had been cut for weeks"]]],
    // (review) (guard) a role "from" a place after an age is no such aside
    ["Janet Pruszynski, 67, a retired nurse from Wausau, said she voted for Democrats in 2018.", [["Janet Pruszynski","she voted for Democrats in 2018"]]],
    // (review) a portfolio list closing with a word the word list lacks ("Ageing")
    ["A spokesperson for the Department of Health, Disability and Ageing said the pilot was funded.", [["a spokesperson for the Department of Health, Disability and Ageing","the pilot was funded"]]],
    // (review) (guard) "Mdm" stays in the name: a woman, not the man with her surname
    ["Mr Lim Boon Heng said the scheme was popular.\n\nMdm Lim, his wife, said she was proud.", [["Lim Boon Heng","the scheme was popular"],["Mdm Lim","she was proud"]]],
    // a person's noun WordNet knows ("skipper") "based in" a place, after "one", and a relative clause after it: the skipper speaks
    ["A UK government spokesman said the deal was fair.\n\nOne skipper based in Greencastle, who did not want to be named, said his crew had been cut from six to four.\n\n\"I have lads with mortgages,\" he said.", [["a UK government spokesman","the deal was fair"],["One skipper based in Greencastle","his crew had been cut from six to four"],["One skipper based in Greencastle","I have lads with mortgages"]]],
    // "father-in-law" and the other in-laws are relation nouns: "Tess's father-in-law" is an appositive
    ["Kirra Deans, who runs the bar, said it was a good day.\n\nClub treasurer Neville Hollis, Tess's father-in-law, said the meeting had raised money.", [["Kirra Deans","it was a good day"],["Neville Hollis","the meeting had raised money"]]],
    // a body named by a participle and a place ("Cycling UK") is no participle opener when a body's appositive follows
    ["Cycling UK, the charity, said roads were unsafe.", [["Cycling UK","roads were unsafe"]]],
    // nor when a body's "which" does
    ["Racing NSW, which oversees the sport, said in a statement that clubs were important.", [["Racing NSW","clubs were important"]]],
    // (guard) a participle and its object before a person's role and name stay an opener
    ["Questioning Desrosiers, the city's lawyer Simon Trudel said the report was late.", [["Simon Trudel","the report was late"]]],
    // (review) (guard) a participle opener with a news agency and its "which" stays an opener
    ["Quoting Interfax, which cited a defence source, Tass said the missile was intercepted.", [["Tass","the missile was intercepted"]]],
  ])('%s', exactly);
});

describe('(session 26) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a place listed with its article in where a group is from ("mainly from Qatar, Kuwait and the UAE") is no speaker
    ["Donors, mainly from Qatar, Kuwait and the UAE, said the money would be spent on schools.", [["Donors","the money would be spent on schools"]]],
    // a surname with a title of the other sex than the person named in full with it is someone else ("Mrs Tan" after "Mr Tan Wei Ming")
    ["Mr Tan Wei Ming, 67, has lived in the block for 40 years. \"We know everyone here,\" he said.\n\"The children grew up together,\" said Mrs Tan.", [["Tan Wei Ming","We know everyone here"],["Tan","The children grew up together"]]],
    // a player's handle in marks between a given name and a surname is a nickname, no quotation
    ["Bastion's in-game leader, Nikolai \"nkx\" Petrov, wrote on X that he felt \"no joy\" about qualifying this way. \"We wanted to beat them in the server,\" he posted.", [["Nikolai Petrov","he felt \"no joy\" about qualifying this way"],["Nikolai Petrov","We wanted to beat them in the server"]]],
    // a studio, games or entertainment company is a body: no "he" goes to it
    ["Norrsken Studios will take the place in Copenhagen.\n\"I was sick, I panicked,\" he wrote.", [[null,"I was sick, I panicked"]]],
    // a body named for a list of portfolios after a name of several words and "for" ("the Federal Authority for Identity, Citizenship, Customs and …") is one speaker, and "the authority" after it is the whole
    ["Residents may sponsor parents, the Federal Authority for Identity, Citizenship, Customs and Port Security announced on Wednesday.\nThe threshold was cut, the authority said in a statement.", [["Federal Authority for Identity, Citizenship, Customs and Port Security","Residents may sponsor parents"],["Federal Authority for Identity, Citizenship, Customs and Port Security","The threshold was cut"]]],
    // a body's second reference is the whole name the text gave, not its first words met on their own
    ["Parks will reopen, the Department of Agriculture, Food and the Marine said on Wednesday. The fees will rise, the department said.", [["Department of Agriculture, Food and the Marine","Parks will reopen"],["Department of Agriculture, Food and the Marine","The fees will rise"]]],
    // a surname is not the end of a Cantonese given name after the family name ("Leung" is not "Wong Kwok-leung")
    ["Assistant Director of Fire Services Wong Kwok-leung told a press briefing that the flames had spread.\nA resident surnamed Leung, 68, said she had smelled smoke while watching television.", [["Wong Kwok-leung","the flames had spread"],["a resident surnamed Leung","she had smelled smoke while watching television"]]],
    // a document before two participles joined by "and" is the speaker, the first with its agent: the second tells what became of it
    ["\"Kuwaitis want roads,\" Nasser Al-Mutairi wrote.\nA statement signed by 31 former MPs and circulated to the media said the Assembly must be restored.", [["Nasser Al-Mutairi","Kuwaitis want roads"],["a statement signed by 31 former MPs","the Assembly must be restored"]]],
    // (the same with "commissioned by … and obtained by the Star": the paper that obtained it is no speaker)
    ["An engineering report commissioned by the board and obtained by the Star concludes that the panels were not tested.", [["an engineering report commissioned by the board","the panels were not tested"]]],
    // "Mutual" closes a company's name as a legal form: "the company" after it is the mutual
    ["Sierra Crest Mutual will drop 12,000 policies next year.\nThe company said its exposure to wildfire losses had grown.", [["Sierra Crest Mutual","its exposure to wildfire losses had grown"]]],
    // "Co Westmeath" is a county, no person for a later "she"
    ["Siobhán Keane (19), from Mullingar, Co Westmeath, had been hoping to get tickets.\n“I was in the queue for five hours,” she said.", [["Siobhán Keane","I was in the queue for five hours"]]],
    // two nouns for people joined by a hyphen ("Singer-songwriter") are a role before the name, not part of it
    ["Singer-songwriter Maisie Rourke said she had asked her promoter to switch off dynamic pricing.", [["Maisie Rourke","she had asked her promoter to switch off dynamic pricing"]]],
    // a body's portfolio list before its closing word inside an appositive keeps its commas: the person before it speaks
    ["Daniel Fairweather, a member of the Commons Culture, Media and Sport Committee, said the problem was not complicated to fix.", [["Daniel Fairweather","the problem was not complicated to fix"]]],
    // a body's initials in brackets after its portfolio list stay in the spokesperson's phrase
    ["A Department for Culture, Media and Sport (DCMS) spokesperson said: \"We are determined to put fans first.\"", [["a Department for Culture, Media and Sport (DCMS) spokesperson","We are determined to put fans first."]]],
    // "said the minister for industry and energy, Sophie Marchal": the name after a role with "for" speaks
    ["Jean-Marc Rivoire spoke first.\n“The State will not sign a loan,” said the minister for industry and energy, Sophie Marchal, in an interview with Le Monde.", [["Sophie Marchal","The State will not sign a loan"]]],
    // a count of people the dictionary knows ("villagers", "pensioners", "miners") is a group that speaks
    ["Hundreds of villagers said the groundwater had been contaminated by the plant.", [["Hundreds of villagers","the groundwater had been contaminated by the plant"]]],
    // a capitalised count ("Hundreds") is no one's name: a participle's clause after it has no speaker it could give
    ["Hundreds of villagers from Kottala staged a sit-in on Wednesday, alleging that the groundwater had been contaminated.", []],
    // a place closing an appositive before a "who" clause is where the person is from: the host before it speaks
    ["Yorgelis, a 29-year-old from Maracay, Venezuela, who asked that her surname not be used, said she had spent four days crossing the jungle.", [["Yorgelis","she had spent four days crossing the jungle"]]],
    // a title word before a generation's suffix alone is a surname ("King Jr")
    ["Martin Luther King Jr wrote from a Birmingham jail that the purpose of direct action was to create a crisis.", [["Martin Luther King Jr","the purpose of direct action was to create a crisis"]]],
    // a "they" in a relative clause after a group opening the sentence is the group's, not the body's that spoke last
    ["Berlin police said around 3,200 tractors had been registered.\nThe farmers are protesting against the trade agreement, which they say will flood the European market with cheaper beef.", [["Berlin police","around 3,200 tractors had been registered"],["the farmers","will flood the European market with cheaper beef"]]],
    // a letter many signed, or an open one, is kept as written: not the last speaker's
    ["\"Our priority is keeping everybody safe,\" Campus Police Chief Dennis Kowalczyk said.\nMore than 300 faculty and staff members signed an open letter this week. The letter said the deal \"betrays the university's promise\".", [["Dennis Kowalczyk","Our priority is keeping everybody safe"],["the letter","the deal \"betrays the university's promise\""]]],
    // two given names before one surname ("Gwen and Martin Hollis") name two people: "Mrs Hollis" is the one a title's sex fits
    ["Gwen and Martin Hollis were told that their insurer would not renew their cover.\nMrs Hollis, 61, said the couple had done everything they were asked to do.\n\"We're not asking for a handout,\" Mr Hollis said.", [["Gwen Hollis","the couple had done everything they were asked to do"],["Martin Hollis","We're not asking for a handout"]]],
    // (review) (taken back) "they" after one unnamed person by role stays unknown: a group or body the person spoke of may be
    // "they" ("A teacher said the ministry had failed to pay salaries …. They said the arrears would be cleared …")
    ["Not everyone sees it that way. A second developer told Kotaku the studio had known for a year. They said requests to cut two regions were rejected by the publisher.", [["a second developer","the studio had known for a year"],[null,"requests to cut two regions were rejected by the publisher"]]],
    // (guard) a group met since takes "they"
    ["Officials in the two states met on Monday. A senior official told Reuters the talks had stalled. The ministers left early. They said nothing to reporters.", [["a senior official","the talks had stalled"],["the ministers","nothing to reporters"]]],
    // the one who asked ("Asked by Akel MP Giorgos Kouroupis why …") is met named in full, so that a later "Kouroupis" is him and a "he" after him his
    ["Minister Stelios Koumis spoke first.\nAsked by Akel MP Giorgos Kouroupis why the plant was late, Koumis said: “That is a question for the contractor.”\nKouroupis was not satisfied. “For ten years every government has known that this day would come,” he told the Cyprus Mail.", [["Stelios Koumis","That is a question for the contractor."],["Giorgos Kouroupis","For ten years every government has known that this day would come"]]],
    // "binti" is a Malay name's particle, and it says a woman
    ["Clinic assistant Siti Hajar binti Abdullah, 34, said she had not decided whom to vote for.\n\"Every month my salary runs out before the 25th,\" she said.", [["Siti Hajar binti Abdullah","she had not decided whom to vote for"],["Siti Hajar binti Abdullah","Every month my salary runs out before the 25th"]]],
    // Burmese "U" and "Daw" opening a name say a man and a woman
    ["Daw Khin Myint, a 52-year-old vendor in Mandalay, said her son left for the border in October.\nU Thein Lwin, a former army captain, said many conscripts were given little training.\nShe said her son had called once since he crossed the border.", [["Daw Khin Myint","her son left for the border in October"],["U Thein Lwin","many conscripts were given little training"],["Daw Khin Myint","her son had called once since he crossed the border"]]],
    // a cardinal in words ("Forty-three") is no one's name
    ["Forty-three households have refused to hand over farmland, saying the compensation is too low.", []],
    // a surname a title gave one sex is not merged into a full name of the other sex met after it
    ["Bernie Doyle, a pensioner, said her annual bin charges had risen.\n“We got a letter every January,” Ms Doyle said.\nHer husband, Tom Doyle, said the couple had started bringing recycling to a civic amenity site.", [["Bernie Doyle","her annual bin charges had risen"],["Doyle","We got a letter every January"],["Tom Doyle","the couple had started bringing recycling to a civic amenity site"]]],
    // "Her Honour", like "Her Majesty", is a style of address standing for its bearer
    ["Justice Michelle Kerr found for the ACCC.\nHer Honour said internal emails showed senior managers had discussed the auction.", [["Her Honour","internal emails showed senior managers had discussed the auction"]]],
    // "Hotel" (and "Museum", "Theatre", "Casino" …) closes a body's name, no person's
    ["When contacted, a spokeswoman for the Corrib Bay Hotel said the hotel was reviewing the decision.", [["a spokeswoman for the Corrib Bay Hotel","the hotel was reviewing the decision"]]],
    // a body's portfolio list before its closing word may follow a country and words for people in the plural
    ["The Kenya Medical Practitioners, Pharmacists and Dentists Union said several units were run by a single clinician.", [["Kenya Medical Practitioners, Pharmacists and Dentists Union","several units were run by a single clinician"]]],
    // (review) (guard) two people named in a list are no couple sharing a surname: "Mrs Blair" is no "May Blair"
    ["Former prime ministers Theresa May and Tony Blair spoke at the summit.\nMrs Blair, a barrister, said the law needed reform.", [["Blair","the law needed reform"]]],
    // (review) (guard) a body named on its own is not the longer one that opens the same way
    ["The Department of Health and Social Care said 4,000 beds would be added in England. In Northern Ireland, the Department of Health said waiting lists had grown. The department said a new plan would be published in spring.", [["Department of Health and Social Care","4,000 beds would be added in England"],["Department of Health","waiting lists had grown"],["Department of Health","a new plan would be published in spring"]]],
    // (review) (guard) "which they said" after other people in the plural is not the group opening the sentence's
    ["Villagers fled as soldiers torched the market, which they said was a rebel base.", [[null,"was a rebel base"]]],
    // (review) (guard) one who speaks for someone: the name after "a representative for the singer," is the client's
    ["\"She is devastated,\" said a representative for the singer, Taylor Swift.", [["a representative for the singer","She is devastated"]]],
    // (review) (guard) a title before "for" still gives the name after the comma
    ["\"We will clean the river,\" said the candidate for chief minister, Tejashwi Yadav.", [["Tejashwi Yadav","We will clean the river"]]],
    // (review) (guard) a body's open letter is the body's
    ["The British Medical Association has written an open letter to the health secretary. The letter said doctors were at breaking point.", [["British Medical Association","doctors were at breaking point"]]],
    // (review) (guard) a Cantonese name in full without its English name is the same person
    ["Secretary for Security Chris Tang Ping-keung said the arrests were lawful.\n\"We will not tolerate violence,\" Tang Ping-keung told reporters.", [["Chris Tang Ping-keung","the arrests were lawful"],["Chris Tang Ping-keung","We will not tolerate violence"]]],
    // (review) (guard) a word in marks after a body's initials is a quotation, no handle
    ["Voters will judge the record of the SNP \"harshly\" Sarwar said.", [["Sarwar","Voters will judge the record of the SNP \"harshly\""]]],
    // a body named for a country a given-name list holds too, after everyday words only ("Social Justice Ireland"), is the body
    ["Social Justice Ireland said the failure to benchmark payments meant the same people lose.", [["Social Justice Ireland","the failure to benchmark payments meant the same people lose"]]],
    // (and after a body's noun: "Welfare advocacy body Economic Justice Australia")
    ["Welfare advocacy body Economic Justice Australia said in a submission that the program had reversed the onus of proof.", [["Economic Justice Australia","the program had reversed the onus of proof"]]],
    // (review) (guard) "they" after one unnamed person stays unknown
    ["A teacher said the ministry had failed to pay salaries since March.\nThey said the arrears would be cleared by the end of the month.", [["a teacher","the ministry had failed to pay salaries since March"],[null,"the arrears would be cleared by the end of the month"]]],
    // (review) (guard) "Bin" last is a Chinese given name, not the Malay particle
    ["Li Bin, head of the National Health and Family Planning Commission, said the policy would be relaxed.\nShe said families would be allowed a second child.", [["Li Bin","the policy would be relaxed"],["Li Bin","families would be allowed a second child"]]],
    // (review) (guard) "Nine", "Seven" and "Ten" are broadcasters too: only a hyphenated cardinal is no name
    ["Nine said in a statement that it would appeal against the ruling.", [["Nine","it would appeal against the ruling"]]],
    // (review) (guard) a given name's guessed sex does not keep a titled surname from the person named in full
    ["Ms Chant said case numbers were rising across Sydney.\nKerry Chant, NSW's chief health officer, urged people to get boosters.\nMs Chant said hospitals were coping.", [["Kerry Chant","case numbers were rising across Sydney"],["Kerry Chant","people to get boosters"],["Kerry Chant","hospitals were coping"]]],
    // (review) (guard) a number elsewhere in the sentence is no count of the people who signed
    ["BHP said it had cut 3,000 jobs and signed a letter of intent with the union.\nThe letter said redundancy pay would be doubled.", [["BHP","it had cut 3,000 jobs"],["BHP","redundancy pay would be doubled"]]],
    // (review) (guard) a coach for someone speaks, not the one the coach is for
    ["\"She is training hard,\" said the coach for the Olympic champion, Faith Kipyegon.", [["the coach for the Olympic champion","She is training hard"]]],
    // a kin noun right before a name ("Her son, Humayun Khan") says the person's sex: "Ms. Khan" is not her son
    ["Ms. Khan said she had not spoken because she could not remain composed.\nHer son, Humayun Khan, was killed in Iraq in 2004.\n\"I am a Gold Star mother,\" Ms. Khan said.", [["Khan","she had not spoken because she could not remain composed"],["Khan","I am a Gold Star mother"]]],
  ])('%s', exactly);
});

describe('(session 27) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a utility's name, what it supplies on both sides of "and" ("Florida Power and Light"), is one body, not a person "Light"
    ["\"We restored power to most customers by noon,\" Florida Power and Light said.", [["Florida Power and Light","We restored power to most customers by noon"]]],
    // (guard) so is "Pacific Gas and Electric", as before
    ["\"Crews are working around the clock,\" Pacific Gas and Electric said.", [["Pacific Gas and Electric","Crews are working around the clock"]]],
    // (guard) two surnames joined by "and" are two people, whatever one of them means
    ["\"We will fix it,\" said Smith and Power, the two engineers.", [["Smith and Power","We will fix it"]]],
    // a campus's place after a university's name ("the University of California, Berkeley,") is no speaker
    ["John Smith, a professor at the University of California, Berkeley, said the study was flawed.", [["John Smith","the study was flawed"]]],
    // a body's name in French, its everyday words in lower case ("Guilde du jeu vidéo du Québec"), is whole, not "du Québec"
    ["The Guilde du jeu vidéo du Québec said the tax credit was vital.", [["Guilde du jeu vidéo du Québec","the tax credit was vital"]]],
    // (guard) a given name before the particle is a person's name
    ["\"I loved the film,\" Guillermo del Toro said.", [["Guillermo del Toro","I loved the film"]]],
    // a Korean given name of six letters or ending in "l" keeps its hyphen ("Kim Hyeong-su", "Kim Chol-min"): it is no word split at a line end
    ["Kim Hyeong-su, head of the union, said the death was preventable.\n\"It was predictable,\" Kim said.", [["Kim Hyeong-su","the death was preventable"],["Kim Hyeong-su","It was predictable"]]],
    // a relative clause's host speaks, not the object of a preposition after a participle before the cue ("posing as a US army surgeon has said")
    ["A widow who lost £68,000 to a romance fraudster posing as a US army surgeon has said she feels foolish.", [["a widow","she feels foolish"]]],
    // (guard) "as" after a noun opens a clause whose subject speaks
    ["The idea of compiling a list gathered steam this past week as a number of writers suggested such a list was important.", [["a number of writers","such a list was important"]]],
    // (guard) a name given "only as" after the relative clause still speaks
    ["A woman who gave her name only as Bernadette told The Irish Times her mother had spent two nights on a trolley.", [["Bernadette","her mother had spent two nights on a trolley"]]],
    // a name a person asked to be identified by, inside the sentence subject's relative clause, is that subject for a later "he"
    ["Colonel Somchai Ruangrit said 300 people were freed.\nOne of the freed Australians, a 27-year-old man who asked to be identified only as Josh, spoke to the ABC.\nHe said he had answered an advertisement for a job.", [["Somchai Ruangrit","300 people were freed"],["Josh","he had answered an advertisement for a job"]]],
    // (and with "not her real name" after it: the name's sex is the pronoun's)
    ["Police said the man had vanished.\nThe 71-year-old woman, who asked to be called Margaret, not her real name, was contacted online by a man calling himself Dr Daniel Hayes.\n\"My husband had been gone three years,\" she told BBC Wales.", [["Police","the man had vanished"],["Margaret","My husband had been gone three years"]]],
    // a clause with its own verb before "and" ("two policymakers voted for a cut and the governor said") is no part of the cue's subject
    ["The central bank kept rates unchanged, but two policymakers voted for a cut and the governor said the door remained open to easing.", [["the governor","the door remained open to easing"]]],
    // (a verb before a preposition: "marched to the palace and police said")
    ["Protesters marched to the palace and police said 20 people were arrested.", [["police","20 people were arrested"]]],
    // (guard) an adjective after a determiner is no verb: two groups speak
    ["Some concerned parents and teachers said the plan was rushed.", [["Some concerned parents and teachers","the plan was rushed"]]],
    // (guard) nor after an article: "The elected officials and the mayor"
    ["The elected officials and the mayor said the budget was balanced.", [["the elected officials and the mayor","the budget was balanced"]]],
    // a Gaelic surname's article after "Mac" ("Mac a' Phearsain", its apostrophe read apart) is inside the name
    ["\"We need the ferries,\" said Cllr Dòmhnall Mac a' Phearsain.\nMac a' Phearsain added that the island firms must benefit.", [["Dòmhnall Mac a' Phearsain","We need the ferries"],["Dòmhnall Mac a' Phearsain","the island firms must benefit"]]],
    // (and "an": "Mac an Tàilleir")
    ["\"It is a historic day,\" said Alasdair Mac an Tàilleir.", [["Alasdair Mac an Tàilleir","It is a historic day"]]],
    // a Welsh name's "ferch" (daughter of) is a particle inside the name
    ["\"Tenants have waited,\" said Llinos ferch Ifan, the group's chair.", [["Llinos ferch Ifan","Tenants have waited"]]],
    // an Irish or Welsh body's name with its article ("Conradh na Gaeilge") is whole
    ["Conradh na Gaeilge said the decision showed the need for clear law.", [["Conradh na Gaeilge","the decision showed the need for clear law"]]],
    // (Welsh "yr": "Cymdeithas yr Iaith")
    ["Cymdeithas yr Iaith said the timetable was far too slow.", [["Cymdeithas yr Iaith","the timetable was far too slow"]]],
    // an everyday title word before another everyday word opens a body's name ("Home Ground Ireland"), no title
    ["The homeless charity Home Ground Ireland said the argument was distracting.", [["Home Ground Ireland","the argument was distracting"]]],
    // a title after a hyphenated prefix ("Co-chair") is no part of the name
    ["Co-chair Màiri Anna NicRath told the audience the movement had spent too long talking to itself.", [["Màiri Anna NicRath","the movement had spent too long talking to itself"]]],
    // a body's initials in brackets inside its name ("The Royal College of Nursing (RCN) Wales") do not cut the name
    ["The Royal College of Nursing (RCN) Wales said the result would change nothing for patients.", [["Royal College of Nursing (RCN) Wales","the result would change nothing for patients"]]],
    // (guard) a title word before a name no list holds is still a title
    ["RNC Chairman Reince Priebus said the rules would not change.", [["Reince Priebus","the rules would not change"]]],
    // a person given a surname only ("a resident surnamed Ho") is no one the document names in full with it; "Ho" after is that person, until the other is met in full
    ["\"We bought our flats in the 1990s,\" said a resident surnamed Ho, 71.\nHo said she only learned of the project from a notice.\nChairman Raymond Ho Kwok-leung defended the plan.\nRaymond Ho said the allegation was groundless.", [["a resident surnamed Ho","We bought our flats in the 1990s"],["a resident surnamed Ho","she only learned of the project from a notice"],["Raymond Ho Kwok-leung","the plan"],["Raymond Ho Kwok-leung","the allegation was groundless"]]],
    // (guard) "surnamed" alone in an appositive keeps the surname as the name
    ["A director of the company, surnamed Chow, told TVB that the netting had been bought from an approved supplier.", [["Chow","the netting had been bought from an approved supplier"]]],
    // an initial standing for a withheld name ("Y.") is no one a registry knows
    ["A third soldier, Y., who served as a lookout, described the incident.\nY. said she did not know what happened to the four people.", [["Y.","the incident"],["Y.","she did not know what happened to the four people"]]],
    // "Adv." (advocate) is a title that ends no sentence
    ["\"We are asking for a pipe,\" said Adv. Rawia Hassan, who represents the petitioners.", [["Rawia Hassan","We are asking for a pipe"]]],
    // an honorific in brackets between a title and a name ("Hon. (Mrs.) Bolanle Olawale") is read as if it were not there
    ["Moving a motion, the Deputy Majority Leader, Hon. (Mrs.) Bolanle Olawale, said the conduct had brought the chamber into disrepute.\nShe said, \"What we witnessed today is unacceptable.\"", [["Bolanle Olawale","the conduct had brought the chamber into disrepute"],["Bolanle Olawale","What we witnessed today is unacceptable."]]],
    // (after the cue too)
    ["\"What we witnessed today is unacceptable,\" said Hon. (Mrs.) Bolanle Olawale, the member representing Ikeja.", [["Bolanle Olawale","What we witnessed today is unacceptable"]]],
    // (and in a run of appositives: "the Deputy Governor, Financial System Stability, Dr. (Mrs.) Nkechi Umeh,")
    ["On recapitalisation, the Deputy Governor, Financial System Stability, Dr. (Mrs.) Nkechi Umeh, told the briefing that 19 banks had met the thresholds.", [["Nkechi Umeh","19 banks had met the thresholds"]]],
    // a name after a portfolio's everyday words ("for Finance and Economic Planning Ruth Jeptoo") opens at its given name
    ["County Executive Committee Member for Finance and Economic Planning Ruth Jeptoo said the low absorption was caused by delays.", [["Ruth Jeptoo","the low absorption was caused by delays"]]],
    // a name's own exclamation mark ("E! News") ends no sentence
    ["A rep for the couple confirmed to E! News that the pair got engaged Friday night.", [["a rep for the couple","the pair got engaged Friday night"]]],
    // (and goes on with the addressee: "told E! News the …")
    ["Jeweler Sasha Lind told E! News the center stone is just over six carats.", [["Sasha Lind","the center stone is just over six carats"]]],
    // "Do" and "Be" are names when capitalised inside a name ("Do Quang Huy"): a Vietnamese family name before a middle name ("Quang") opens the name
    ["Do Quang Huy, a researcher, said the new penalties had worked well in Hanoi.\n\"We saw a sharp drop,\" Quang Huy said.", [["Do Quang Huy","the new penalties had worked well in Hanoi"],["Do Quang Huy","We saw a sharp drop"]]],
    // (and "Be" is a given name: "Tran Van Be")
    ["\"The riverbank collapsed twice in 2024,\" said Tran Van Be, a farmer.", [["Tran Van Be","The riverbank collapsed twice in 2024"]]],
    // a capitalised role noun opening a name no list holds ("Lawyer Pham Thi Hoai Thu") is no part of it, nor the body after "of"
    ["Lawyer Pham Thi Hoai Thu of the Hanoi Bar Association said the wording of the draft needed to be tighter.", [["Pham Thi Hoai Thu","the wording of the draft needed to be tighter"]]],
    // (a given name no list holds: "Driver Sueli Martins de Araújo")
    ["Driver Sueli Martins de Araújo said she had feared that a formal contract would mean fixed shifts.", [["Sueli Martins de Araújo","she had feared that a formal contract would mean fixed shifts"]]],
    // (guard) a body named "X of Y" keeps its name
    ["The South's Joint Chiefs of Staff said it detected the launch from the Pyongyang area.", [["South's Joint Chiefs of Staff","it detected the launch from the Pyongyang area"]]],
    // (guard) a role noun opening a body's name is part of it
    ["Family Carers Ireland called for the means test to be abolished, and said it would campaign in every constituency.", [["Family Carers Ireland","the means test to be abolished"],["Family Carers Ireland","it would campaign in every constituency"]]],
    // a name of two words "of" a body ("Udi Ben-Menachem of the Institute for …") is the name alone
    ["\"The government was in no rush to sign,\" said Udi Ben-Menachem of the Institute for National Security Studies.", [["Udi Ben-Menachem","The government was in no rush to sign"]]],
    // "X spoke with NAME" opening the paragraph before questions and answers, X a one-word name that is no one's (an outlet), makes NAME the one who answers
    ["Science spoke with Ingrid van Dalen, the agency's director of research funding, about the decision.\nQ: Why freeze the open competition?\nA: We looked at every instrument and decided to pause two schemes completely.\nQ: What happens to early-career researchers?\nA: We wanted to keep the first step on the ladder intact.", []],
    // (review) (guard) a team's role before a person's particle is no body's name: "Liverpool captain van Dijk"
    ["Liverpool captain van Dijk said the players were hurting.", [["van Dijk","the players were hurting"]]],
    // (review) (guard) nor a place's title: "Western Cape Premier de Lille"
    ["Western Cape Premier de Lille said the drought was easing.", [["de Lille","the drought was easing"]]],
    // a French body's name with "des" and lower-case words is whole ("Syndicat des enseignants de l'Ontario")
    ["The Syndicat des enseignants de l'Ontario said the cuts would hurt pupils.", [["Syndicat des enseignants de l'Ontario","the cuts would hurt pupils"]]],
    // (review) (guard) one word no list holds before "of" and a body is an office, kept whole
    ["Rector of the University of Lisbon said the fees would rise.", [["Rector of the University of Lisbon","the fees would rise"]]],
    // (review) (guard) a source's participle before "and" is no clause: the joint subject stays
    ["Two people briefed on the talks and a Western diplomat said a deal was close.", [["two people briefed on the talks and a Western diplomat","a deal was close"]]],
    // (review) (guard) a surname that is a verb's form is no clause's verb
    ["Justin Rose and Rory McIlroy said the course was tough.", [["Justin Rose and Rory McIlroy","the course was tough"]]],
    // (review) (guard) participles after an adverb are no clause's verbs
    ["Locally elected and appointed officials said the budget was tight.", [["Locally elected and appointed officials","the budget was tight"]]],
    // (review) (guard) "as" after a past verb is the conjunction: the subject after it speaks
    ["Protesters who had gathered outside the parliament dispersed as police said the area was unsafe.", [["police","the area was unsafe"]]],
    // (review) two people given the same surname only are two people; the surname alone after both is written as it stands
    ["A man surnamed Zhang said he had lost his savings.\nA woman surnamed Zhang said she had lost her job.\nZhang said the bank had lied to them.", [["a man surnamed Zhang","he had lost his savings"],["a woman surnamed Zhang","she had lost her job"],["Zhang","the bank had lied to them"]]],
    // (review) someone else of the surname met by title ends the "surnamed" person's hold on it
    ["An elderly man surnamed Ho said he was attacked.\nPolice Superintendent Ho said an arrest had been made.\nHo said the investigation continued.", [["an elderly man surnamed Ho","he was attacked"],["Police Superintendent Ho","an arrest had been made"],["Ho","the investigation continued"]]],
    // (review) (guard) a pseudonym in the relative clause of someone else's object is no subject
    ["Detective Sergeant Mark Jones, who interviewed a man who asked to be identified only as Josh, said the account was credible.\nHe said the inquiry would continue.", [["Mark Jones","the account was credible"],["Mark Jones","the inquiry would continue"]]],
    // (review) (guard) a name's own exclamation mark ends the sentence before a capitalised word that is no part of it
    ["The photos were first published by Hello! The couple said they were delighted with the coverage.", [["the couple","they were delighted with the coverage"]]],
    // (review) (guard) an everyday title word before a given name is still a title
    ["Senior Advocate Kapil Sibal told the court the arrest was illegal.", [["Kapil Sibal","the arrest was illegal"]]],
    // (review) (guard) a two-word title keeps its first word with the name when the second is a person noun
    ["Nurse Practitioner Jane Smith said the clinic was full.", [["Nurse Practitioner Jane Smith","the clinic was full"]]],
    // (review) (guard) a place after an indefinite role "of" a body ends the aside: the role speaks
    ["Meanwhile, a member of the Group of Seven, Japan, said it would match the sanctions.", [["a member of the Group of Seven","it would match the sanctions"]]],
    // (review) (guard) a given name after a university that is no state's is a person in apposition
    ["Separately, an economist at the University of Indonesia, Faisal, said the rupiah would weaken.", [["Faisal","the rupiah would weaken"]]],
    // (review) (guard) a letter after a title ("Mrs B") keeps the title's sex for a later "she"
    ["Mrs B, who cannot be identified, said her daughter had been groomed online.\nShe said police ignored her reports.", [["B","her daughter had been groomed online"],["B","police ignored her reports"]]],
    // (review) (guard) a letter after a role ("Soldier F") is that person when it comes back alone
    ["Soldier F said he had fired in self-defence.\nF said he regretted nothing about that night.", [["Soldier F","he had fired in self-defence"],["Soldier F","he regretted nothing about that night"]]],
    // (review) (guard) "X spoke with NAME" before Q: and A: turns names no one who answers unless the name has its role after a comma
    ["Hunt spoke with Laura Kuenssberg on Sunday morning.\nQ: Will taxes rise?\nA: I am not going to write the budget on your sofa.\nQ: Is that a yes?\nA: It is a no comment.", []],
    // (review) (guard) a pseudonym of someone the subject is of ("A friend of a woman who …") is no subject
    ["A friend of a woman who asked to be called Maria said the family was terrified.\nShe said they had fled in the night.", [["a friend of a woman","the family was terrified"],["a friend of a woman","they had fled in the night"]]],
    // (review) (guard) a count in words before "and" is no clause
    ["Six hundred and fifty workers said the plant should stay open.", [["Six hundred and fifty workers","the plant should stay open"]]],
    // (review) (guard) an adjective's noun before "and" is no clause
    ["The hard left and the unions said the deal was a sell-out.", [["hard left and the unions","the deal was a sell-out"]]],
    // (review) (guard) "Yahoo!" ends the sentence before a word that is no part of its name
    ["The video was first posted on Yahoo! Police said it had been viewed a million times.", [["Police","it had been viewed a million times"]]],
    // (review) (guard) a given name after a state's university is a person in apposition, unless the university writes its campuses so
    ["In Brisbane, a PhD candidate at the University of Queensland, Sarah, said rents were unaffordable.", [["Sarah","rents were unaffordable"]]],
    // (review) (guard) an English role before a particle's surname is no body's name
    ["Société Générale strategist de Vries said the euro would rise.", [["de Vries","the euro would rise"]]],
    // (review) (guard) nor a title
    ["Caixa Geral de Depósitos CEO dos Santos said profits would rise.", [["dos Santos","profits would rise"]]],
    // (review) (guard) a title word before a person noun is still a title
    ["Senior Fellow Thitinan Pongsudhirak said the coup was unlikely.", [["Thitinan Pongsudhirak","the coup was unlikely"]]],
    // (review) (guard) "Do" before an everyday word is no Vietnamese name
    ["The charity Do Something said young people were volunteering less.", []],
    // (review) the surname alone after the person met in full goes back to the full name
    ["A villager surnamed Zhou told reporters the river was polluted.\nZhou said officials had ignored complaints.\nThe county chief, Zhou Ming, said tests were under way.\nZhou said results would be published.", [["a villager surnamed Zhou","the river was polluted"],["a villager surnamed Zhou","officials had ignored complaints"],["Zhou Ming","tests were under way"],["Zhou Ming","results would be published"]]],
  ])('%s', exactly);
});

describe('(session 28) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a transcript's label with accents ("Brault-Tétreault:") is a speaker's label, and the asker's quoted question after a label is no one's quotation going on
    ["Mayor Gisèle Brault-Tétreault defended the budget.\n\nResident Doug Fairbairn questioned the mayor.\n\nFairbairn: “When did council know the plant would cost more?”\n\nBrault-Tétreault: “We had the first revised estimate in the spring of 2025.”", [["Gisèle Brault-Tétreault","the budget"],["Gisèle Brault-Tétreault","We had the first revised estimate in the spring of 2025."]]],
    // nor is "the exchange" the question turn's speaker
    ["Resident Doug Fairbairn questioned the mayor. The exchange went as follows:\n\nFairbairn: “When did council know the plant would cost more?”\n\nBrault-Tétreault: “We had the first revised estimate in the spring of 2025.”", [["Brault-Tétreault","We had the first revised estimate in the spring of 2025."]]],
    // a body in the subject's relative clause ("which CBC News obtained") is no later "it"
    ["The internal memo, which CBC News obtained, says the night-shift team has fallen to an unsafe level. It says the hospital tried agency nurses and overtime.", [["internal memo","the night-shift team has fallen to an unsafe level"],["internal memo","the hospital tried agency nurses and overtime"]]],
    // a French body's name whose first word is also a title's ("Commission") and whose words after "de la" are everyday English ones is whole
    ["The Commission de la construction du Québec said in a statement that about 14,000 job sites were affected.", [["Commission de la construction du Québec","about 14,000 job sites were affected"]]],
    // a French body's own lower-case word no English list holds ("logement") makes its name whole
    ["Eight of the 12 households have refused so far, according to the Comité logement de la Petite-Patrie.", [["Comité logement de la Petite-Patrie","Eight of the 12 households have refused so far"]]],
    // an en dash between two capitalised words without spaces joins a compound place's name ("Rosemont–La Petite-Patrie")
    ["Tenants of a building in Rosemont–La Petite-Patrie say they are being pushed out by a new owner.", [["Tenants","they are being pushed out by a new owner"]]],
    // a one-word name no list holds, introduced with an age ("Ginette, 68,") and a "She" opening the next sentence, is the person a later "she" means
    ["Tenants say they are being pushed out.\n\nGinette, 68, has lived on the second floor for 31 years. She has two sons.\n\n\"I raised my two boys here,\" she said.", [["Tenants","they are being pushed out"],["Ginette","I raised my two boys here"]]],
    // "Nor" before a given name is a Malay given name, no conjunction
    ["The bill, tabled by law minister Nor Azizah Kamaruddin, would cap donations.\n\nAzizah said the bill was not aimed at any party.", [["Nor Azizah Kamaruddin","the bill was not aimed at any party"]]],
    // Malaysian and Bruneian styles ("Datuk Seri", "Dato Seri Setia") are titles before the name
    ["Datuk Seri Anwar Ibrahim said the bill was not aimed at any party.", [["Anwar Ibrahim","the bill was not aimed at any party"]]],
    // (and the longer Bruneian style "Dato Seri Setia" before "Awang Haji …")
    ["Minister of Culture, Youth and Sports Dato Seri Setia Awang Haji Mohd Yusof bin Haji Abdul Karim said the ministry would launch a fund.", [["Awang Haji Mohd Yusof bin Haji Abdul Karim","the ministry would launch a fund"]]],
    // ("Seri" in a place's name stays the place's: "Bandar Seri Begawan")
    ["Speaking in Bandar Seri Begawan, Minister Ahmad Faizal said the visit was historic.", [["Ahmad Faizal","the visit was historic"]]],
    // (guard) an English role before a particle surname is no French body
    ["Liverpool captain van Dijk said the team would recover.", [["van Dijk","the team would recover"]]],
    // (guard) nor a captain's title before "du Plessis"
    ["Proteas captain du Plessis said the pitch was slow.", [["du Plessis","the pitch was slow"]]],
    // a body's word opening a chunk of capitalised words with no given name is the body's first word, not a role ("Community Housing Cymru")
    ["Community Housing Cymru, which represents housing associations, said the lead-in was realistic.", [["Community Housing Cymru","the lead-in was realistic"]]],
    // a capitalised preposition of place or time before "the" opens a scene, no speaker ("Outside the Dewan, the Institute …")
    ["Outside the Dewan, the Institute for Clean Governance (ICG), a think-tank, said in a statement that the bill was flawed.", [["Institute for Clean Governance","the bill was flawed"]]],
    // one everyday word before "and" and a portfolio's title is the portfolio's first word ("Law and Justice Minister Jane Smith")
    ["Law and Justice Minister Jane Smith said the deal was signed.", [["Jane Smith","the deal was signed"]]],
    // (after the content too: "Law and Parliamentary Affairs Minister S R Manjunath told reporters")
    ["The bill will be tabled in the winter session, Law and Parliamentary Affairs Minister S R Manjunath told reporters.", [["S R Manjunath","The bill will be tabled in the winter session"]]],
    // a body's initials in brackets inside its name, before a unit of it ("The Iranian Revolutionary Guard Corps (IRGC) Ground Force")
    ["The Iranian Revolutionary Guard Corps (IRGC) Ground Force said in a statement that its units had targeted separatist groups.", [["Iranian Revolutionary Guard Corps (IRGC) Ground Force","its units had targeted separatist groups"]]],
    // a Malay name's second given name alone ("Azizah") is the person named in full with it ("Nor Azizah Kamaruddin"), whose sex it tells
    ["Law minister Nor Azizah Kamaruddin tabled the bill.\n\nDeputy speaker Ramli Mat Nor called for order.\n\nAzizah said the government was open to raising the threshold.\n\nShe said the concerns would be considered.", [["Nor Azizah Kamaruddin","the government was open to raising the threshold"],["Nor Azizah Kamaruddin","the concerns would be considered"]]],
    // (guard) a surname before "and" and a title is a second person
    ["Trump and House Speaker Paul Ryan said the deal was signed.", [["Donald Trump and Paul Ryan","the deal was signed"]]],
    // (guard) so is an everyday word the story gives as someone's surname ("Gordon Brown")
    ["Gordon Brown spoke first.\n\nBrown and Foreign Secretary David Miliband said the deal was signed.", [["Gordon Brown and David Miliband","the deal was signed"]]],
    // (guard) a region's name before a title is the title's
    ["Northern Ireland Secretary Hilary Benn said the talks would resume.", [["Hilary Benn","the talks would resume"]]],
    // (guard) a body's word before a title stays a role
    ["Council Leader Jane Doe said the budget was balanced.", [["Jane Doe","the budget was balanced"]]],
    // a document's participle and when it came out are no part of it as a speaker ("a joint statement issued after the meeting")
    ["According to a joint statement issued after the meeting, both sides agreed to set up a working group on palm oil.", [["joint statement","both sides agreed to set up a working group on palm oil"]]],
    // (guard) nor who saw it ("seen by Reuters"), as before
    ["Defence spending will rise to 3.2% of output, according to a draft of the budget framework seen by Reuters.", [["a draft of the budget framework","Defence spending will rise to 3.2% of output"]]],
    // nor who got hold of it and how ("emails obtained by La Presse through …")
    ["The minister intervened at least four times in 2025, according to emails obtained by La Presse through an access-to-information request.", [["emails","The minister intervened at least four times in 2025"]]],
    // "estimate" after an article and an adjective is a noun ("an internal" was the speaker); a clause with its own subject after it stays, saying whose it is (review)
    ["John Abbott would have to cut roughly 1,100 places, according to an internal estimate the college shared with the Gazette.", [["an internal estimate the college shared","John Abbott would have to cut roughly 1,100 places"]]],
    // (a pronoun's clause too: "documents he submitted")
    ["Trump has invested in companies he attacks, according to new financial documents he submitted to the government.", [["new financial documents","Trump has invested in companies he attacks"]]],
    // (guard) who signed it stays: it says whose words they are
    ["A statement signed by 31 former MPs said the proposal was a dangerous precedent.", [["a statement signed by 31 former MPs","the proposal was a dangerous precedent"]]],
    // (guard) whom it was prepared for stays
    ["Housing output is likely to reach 41,000 homes next year, according to a memo prepared for ministers.", [["a memo prepared for ministers","Housing output is likely to reach 41,000 homes next year"]]],
    // (guard) a clause whose subject is a name stays: it says whose they are
    ["Schoen earned $2 million, according to reports Mr. Schoen filed as a registered lobbyist.", [["reports Mr. Schoen filed as a registered lobbyist","Schoen earned $2 million"]]],
    // (guard) a document after a preposition is no head of the phrase ("Fewer than half of the voters surveyed in a new poll released Monday")
    ["Fewer than half of the voters surveyed in a new poll released Monday said they trusted Clinton.", [["fewer than half of the voters surveyed in a new poll released Monday","they trusted Clinton"]]],
    // (guard) "estimate" after a plural is a verb
    ["The officials estimate that the cost will rise.", [["the officials","the cost will rise"]]],
    // the name one goes by after "with the call sign" is who speaks, as after "known as"
    ["\"Our drones see everything,\" said a 41-year-old sergeant with the call sign Bear, who commands a mortar crew.", [["Bear","Our drones see everything"]]],
    // the subject of a subordinate clause whose own verb ends the phrase before the cue ("when the fire started told") is no speaker; the relative clause's host is
    ["A contract worker who was at the plant when the fire started told KHOU 11 News that workers were sent to a muster point.", [["a contract worker","workers were sent to a muster point"]]],
    // (guard) as before, with a verb that is no -ed form
    ["A resident who was home when the storm hit told reporters that the roof had collapsed.", [["a resident","the roof had collapsed"]]],
    // (guard) a subordinate clause before the sentence's comma leaves its subject alone
    ["When the fire started, residents said they heard a bang.", [["residents","they heard a bang"]]],
    // "X stated this on Thursday …" after a paragraph of unattributed words: the paragraph before is X's
    ["The minimum wage will be reviewed upward before the end of March.\n\nThe Minister of Labour, Dr. Adaobi Nwankwo, stated this on Thursday in Abuja while briefing journalists.", [["Adaobi Nwankwo","The minimum wage will be reviewed upward before the end of March."]]],
    // (the sentences before in the same paragraph, "said this at a joint press conference")
    ["Finland will provide additional support to Ukraine next year. Finnish minister Tuula Rantanen said this at a joint press conference in Odesa.", [["Tuula Rantanen","Finland will provide additional support to Ukraine next year."]]],
    // "This was reported by <role>, <name>, on Telegram": the paragraph before is the named holder's
    ["Over the past day, Russian troops attacked 17 settlements in Kharkiv region.\n\nThis was reported by the head of the regional military administration, Roman Bondar, on Telegram.", [["Roman Bondar","Over the past day, Russian troops attacked 17 settlements in Kharkiv region."]]],
    // (guard) words already given to someone ("has said") are not taken again
    ["The Minister of Power, Babatunde Cole, has said the tariff will not be reversed.\n\nCole stated this on Thursday in Abuja while briefing journalists.", [["Babatunde Cole","the tariff will not be reversed"]]],
    // (guard) "admit this, but …": no pointing back
    ["Few politicians would ever admit this, but Sen. Chris Murphy says he was unfocused in the weeks after his election.", [["Chris Murphy","he was unfocused in the weeks after his election"]]],
    // the subject after an inverted "was" ("Watching from the public gallery was Eleri, 67, …") is whom a later "she" means
    ["Mr Smith spoke first.\n\nWatching from the public gallery was Eleri, 67, from Bangor, who has been waiting 26 months for a knee replacement.\n\n\"I came down on the train this morning,\" she told BBC Wales.", [["Eleri","I came down on the train this morning"]]],
    // (and "Among those who travelled … was Morag Munro": a body that spoke before is no "she")
    ["RSPB Scotland said the site lay within the core range of breeding pairs.\n\nAmong those who travelled to the meeting was Morag Munro, whose croft looks out towards the site.\n\n\"I was born in that house,\" she said.", [["RSPB Scotland","the site lay within the core range of breeding pairs"],["Morag Munro","I was born in that house"]]],
    // a role's noun in capitals before a given name and a surname is a title ("Ventura County Supervisor Dana Whitlock"), so the person is the sentence's subject for "She also urged …"
    ["\"We are not out of the woods,\" said Alicia Moreno, a meteorologist with the weather service.\n\nVentura County Supervisor Dana Whitlock said the county was throwing everything it had at the fire. She also urged residents in warning zones to pack their cars now.", [["Alicia Moreno","We are not out of the woods"],["Dana Whitlock","the county was throwing everything it had at the fire"],["Dana Whitlock","residents in warning zones to pack their cars now"]]],
    // "according to figures published by X": the publisher of a document with no name in it speaks
    ["According to figures published by Santé Québec, the average wait on a stretcher at the Lakeshore General was 27 hours last week.", [["Santé Québec","the average wait on a stretcher at the Lakeshore General was 27 hours last week"]]],
    // (guard) not a named report's, "a New Jersey Watchdog report released by the governor's office"
    ["Christie racked up a concessions bill of $80,000, according to a New Jersey Watchdog report released by the governor's office.", [["a New Jersey Watchdog report","Christie racked up a concessions bill of $80,000"]]],
    // a cue inside a clause of the question ("Asked whether …, where several candidates had alleged irregularities, Al-Ani said") reports nothing; the answer does
    ["Asked by a reporter whether the commission would order recounts in Basra and Diyala, where several candidates had alleged irregularities, Al-Ani said that the commission had received 412 complaints so far.", [["Al-Ani","the commission had received 412 complaints so far"]]],
    // (guard) the answer's own cue after the question's comma stays
    ["Asked about his previous criticisms of Trump, Christie said that was a natural part of running against him — no different, he said, from Bush calling Reagan's policies voodoo economics.", [["Christie","that was a natural part of running against him — no different"],[null,"Asked about his previous criticisms of Trump, Christie said that was a natural part of running against him — no different"]]],
    // (review) (guard) "This was denied by …" is no pointing back: only a cue of saying is
    ["The strike on the hospital was carried out by a Ukrainian drone.\n\nThis was denied by the Ukrainian General Staff.", []],
    // (review) (guard) "said this in turn would push …": a verb after "this" makes it the content's subject
    ["The central bank raised its key rate by half a point on Tuesday. Analysts said this in turn would push mortgage costs higher.", []],
    // (review) (guard) "said this on Telegram: “…”": the words are after it
    ["Ukraine must be prepared for a long war, the former general has argued for months.\n\nZelensky said this on Telegram: \"We will not give up our land.\"", [["the former general","Ukraine must be prepared for a long war"],["Volodymyr Zelensky","We will not give up our land."]]],
    // (review) (guard) words already reported ("…, the IMF warned") are nobody else's
    ["Inflation will stay above target until 2026, the IMF warned on Tuesday.\n\nThe finance minister, Wale Edun, said this in Washington while meeting investors.", [["IMF","Inflation will stay above target until 2026"]]],
    // (review) (guard) a caption's present tense is no claim to point back to
    ["Residents wade through floodwaters in Maiduguri, Borno State, on Tuesday.\n\nGovernor Babagana Zulum said this while visiting the camps.", []],
    // (review) (guard) "Tun" ends Burmese names; no Malay style
    ["Myanmar's ambassador to the UN, Kyaw Moe Tun, said the military had committed atrocities.", [["Kyaw Moe Tun","the military had committed atrocities"]]],
    // (review) (guard) nor "Puan" an Indonesian given name
    ["Puan Maharani said the party had not decided on a candidate.", [["Puan Maharani","the party had not decided on a candidate"]]],
    // (review) (guard) a body in a relative clause after a thing that does not speak is the later "it"
    ["The proposal, which the European Commission unveiled on Wednesday, would cut emissions by 90 per cent by 2040. It said the target was achievable with existing technology.", [["European Commission","the target was achievable with existing technology"]]],
    // (review) (guard) a sports role word no list holds is no French body's word
    ["Proteas wicketkeeper de Kock said the pitch would turn.", [["de Kock","the pitch would turn"]]],
    // (review) (guard) a scene opener without its comma leaves the speaker after it
    ["Outside the court Ms Okafor told reporters she would appeal.", [["Okafor","she would appeal"]]],
    // (review) (guard) people before a participle that modifies them speak in the subordinate clause
    ["The council paused the plan after the families affected said they had not been consulted.", [["the families affected","they had not been consulted"]]],
    // (review) (guard) a person only named after an inverted "was" is no subject for "he"
    ["Coach Mikel Arteta named his squad on Friday.\n\nMissing from the list was Gabriel Jesus.\n\n\"He needs more time,\" he said.", [["Mikel Arteta","He needs more time"]]],
    // (review) (guard) a place with a distance after its comma is no person introduced with an age
    ["Shelling hit Tarkhanivka, 15 kilometres from the front line, on Tuesday.\n\nTarkhanivka has been without power since March.\n\n\"We have nothing left,\" she said.", [[null,"We have nothing left"]]],
    // (review) (guard) "Muhammad" is no Malay leading given name: "Ali" is the rickshaw driver
    ["Pakistan's founder Muhammad Ali Jinnah is revered across the country.\n\nAli, 34, a rickshaw driver in Karachi, said fares had doubled.", [["Ali","fares had doubled"]]],
    // (review) (guard) initials in a chunk keep the person after a body's word ("Army PRO Onyema Nwachukwu")
    ["Army PRO Onyema Nwachukwu said the troops repelled the attack.\n\nHe said six insurgents were killed.", [["PRO Onyema Nwachukwu","the troops repelled the attack"],["PRO Onyema Nwachukwu","six insurgents were killed"]]],
    // (review) (guard) an en dash after a lower-case word is a dash between clauses
    ["The vote was close–Senator Maria Lopez said the party must now unite.", [["Maria Lopez","the party must now unite"]]],
    // (review) (guard) sentence-opening "Nor" before an everyday word is the conjunction
    ["Neither party has commented. Nor Will Hodgson, the club's owner, said anything about the sale.", [["Will Hodgson","anything about the sale"]]],
    // (review) (guard) a call sign after a unit's noun is the unit's
    ["\"The enemy attacks in small groups,\" said the commander of a battalion with the call sign Tiger, Oleksandr Petrenko.", [["the commander of a battalion","The enemy attacks in small groups"]]],
    // (review) (guard) initials in brackets before a person's name are no part of a body's name with them
    ["Former Vice President and Peoples Democratic Party (PDP) Atiku Abubakar said the election was rigged.", [["Atiku Abubakar","the election was rigged"]]],
    // (review) a label and its quotation are one turn, once, and the asker's question no one's statement
    ["The mayor faced questions at the council meeting.\n\nÉtienne Gagnon: “Why were residents not told earlier?”\n\nMayor Valérie Plante: “We informed them as soon as we knew.”", [["Valérie Plante","We informed them as soon as we knew."]]],
    // an age standing for a person heads the phrase before "from" and a relative clause ("A 19-year-old from Guinea who was among the survivors said"), and is whom "he" means
    ["A 19-year-old from Guinea who was among the survivors said that the boat had overturned in a few seconds.\n\n\"I was holding the hand of a woman,\" he said.", [["a 19-year-old from Guinea","the boat had overturned in a few seconds"],["a 19-year-old from Guinea","I was holding the hand of a woman"]]],
    // (review) (guard) "AM" before a name is no title: "AM Best", a rating agency ("Green AM Hannah Okoye" is left as written)
    ["Credit rating agency AM Best said it had downgraded the insurer.", [["AM Best","it had downgraded the insurer"]]],
    // (and after it, as "MP" is)
    ["Hannah Okoye AM said the Mayor was right to invest in buses.", [["Hannah Okoye","the Mayor was right to invest in buses"]]],
    // a correction's "An earlier version said …" is the article's own words, no statement
    ["This article was amended on 3 December 2026. An earlier version said the review was drawn up in September. It was drawn up in October.", []],
    // (review 2) (guard) "He said this …, adding that …" with no unattributed words before keeps the "adding" statement
    ["\"We will not allow anyone to destabilise this state,\" the governor told the crowd.\n\nHe said this in Kano on Saturday, adding that security agencies had been directed to arrest the sponsors of the protests.", [["the governor","We will not allow anyone to destabilise this state"],["the governor","security agencies had been directed to arrest the sponsors of the protests"]]],
    // (review 2) "said this …, adding that …": the words before and the "adding" statement are both the speaker's
    ["The agency has trained more than 2,000 farmers in modern irrigation methods since January.\n\nIts director-general, Aliyu Abdullahi, said this in Kaduna on Wednesday, adding that another 3,000 would be trained by December.", [["Aliyu Abdullahi","The agency has trained more than 2,000 farmers in modern irrigation methods since January."],["Aliyu Abdullahi","another 3,000 would be trained by December"]]],
    // (review 2) (guard) a verb in -s after "said this in turn" makes "this" the content's subject
    ["The central bank raised its key rate by half a point on Tuesday.\n\nAnalysts said this in turn means higher mortgage costs for millions of households.", []],
    // (review 2) (guard) the answer after "Asked whether …," with an agency's tag after it stays
    ["Asked whether Ukraine would receive the missiles, the official said a decision had already been made, Reuters reported.", [["the official","a decision had already been made"],["Reuters","Asked whether Ukraine would receive the missiles, the official said a decision had already been made"]]],
    // (review 2) (guard) "A 19-year-old was arrested" is no one a later "she" means
    ["Superintendent Helen Ward said officers were called at 11pm.\n\nA 19-year-old was arrested at the scene and remains in custody.\n\n\"We are not looking for anyone else,\" she said.", [["Helen Ward","officers were called at 11pm"],["Helen Ward","We are not looking for anyone else"]]],
    // (review 2) (guard) a person described after an inverted "was" without an age is no subject for "he"
    ["Coach Mikel Arteta named his squad on Friday.\n\nMissing from the list was Gabriel Jesus, who injured his knee last week.\n\n\"He needs more time,\" he said.", [["Mikel Arteta","He needs more time"]]],
    // (review 2) (guard) a document's "final version" speaks; only an earlier version is a correction
    ["The final version says the bill will take effect in 2026, but the draft version said 2025.", [["the final version","the bill will take effect in 2026"]]],
  ])('%s', exactly);
});

describe('(session 29) statements exactly', () => {
  it.each<[string, [string | null, string][]]>([
    // a participle's aside between the subject and its own cue ("Mayor Jane Smith, citing a budget shortfall, said") reports nothing of its own: the cue after it takes the sentence and its subject
    ["Mayor Jane Smith, citing a budget shortfall, said the city would cut six bus routes next year.", [["Jane Smith","the city would cut six bus routes next year"]]],
    // (with a party's tag in brackets before the aside, and a quotation after the cue)
    ["Senator Tom Reyes (D-Ore.), noting the size of the deficit, said, \"We cannot keep spending like this.\"", [["Tom Reyes","We cannot keep spending like this."]]],
    // a Flemish or Dutch surname with "den" ("Van den Bossche") is one name, alone as after the full name
    ["Luc Van den Bossche, secretary of the ACOD union, said the strike would go ahead.\n\n\"This is not a strike against passengers,\" Van den Bossche said.", [["Luc Van den Bossche","the strike would go ahead"],["Luc Van den Bossche","This is not a strike against passengers"]]],
    // a role's word with "published by" after it ("a new housing monitor published by the municipality") names a document, which no later "she" means
    ["People now wait 12 years for a flat, according to a new housing monitor published by the municipality on Tuesday.\n\n\"I have been offered nothing,\" she told NL Times.", [["new housing monitor","People now wait 12 years for a flat"],[null,"I have been offered nothing"]]],
    // "who identified himself only as Kevo": the request's pronoun gives the one-word name its sex, for a "he" after it
    ["Mayor Jane Obi said the fares would stay.\n\nA tout who identified himself only as Kevo said operators had no choice. \"We cannot work at a loss every day,\" he said.", [["Jane Obi","the fares would stay"],["Kevo","operators had no choice"],["Kevo","We cannot work at a loss every day"]]],
    // a ministry's portfolio going on over "and" into its minister's title is the person's title
    ["State Apparatus Empowerment and Bureaucratic Reform Minister Rini Widyantini told a hearing that the towers had not passed inspections.", [["Rini Widyantini","the towers had not passed inspections"]]],
    // a body's portfolios listed with commas before its head ("The Meteorology, Climatology and Geophysics Agency") are one name
    ["The Meteorology, Climatology and Geophysics Agency said volcanic ash was drifting to the west.", [["Meteorology, Climatology and Geophysics Agency","volcanic ash was drifting to the west"]]],
    // a bullet inside a dateline ("Jakarta ● Tue") separates words: no person "Jakarta Tue" for a later "she"
    ["Jakarta ● Tue, December 1, 2026\n\nThe towers are not finished, officials said.\n\nShe said the list of officials was final.", [["officials","The towers are not finished"],[null,"the list of officials was final"]]],
    // a month and a year after "in" between a document's phrase and its cue ("A briefing to the board in March 2024 said") are when, not part of the speaker; and "briefing" after an article is no participle
    ["A briefing to the board in March 2024 said the remediation programme had been deferred to next year.", [["briefing to the board","the remediation programme had been deferred to next year"]]],
    // (guard) not after a name, which may be a relative clause's object
    ["A former prisoner who was held with Arman Bahrami in October told Iran International that he had seen bruises on his face.", [["a former prisoner","he had seen bruises on his face"]]],
    // a body's words before its head listed with commas ("The Rail, Tram and Bus Union"), one of them also a given name, are one name
    ["The Rail, Tram and Bus Union said the stoppage was a last resort after long talks.", [["Rail, Tram and Bus Union","the stoppage was a last resort after long talks"]]],
    // a letter is no report that spoke before it: "the letter" is kept as written
    ["A report to the cabinet in October found that a quarter of roads needed repair.\n\nResidents have written to the council. The letter, signed by 87 households, reads: \"We are asking for a road that does not damage our cars.\"", [["report to the cabinet","a quarter of roads needed repair"],["the letter","We are asking for a road that does not damage our cars."]]],
    // a party's initials in brackets between its name and its member's title ("Civic Platform (KO) MP Jan Kowal") do not end the subject a later "he" means
    ["Jan Nowak said the rally was a political event.\n\nCivic Platform (KO) MP Jan Kowal rejected that. \"I am here as a father,\" he told the PAP agency.", [["Jan Nowak","the rally was a political event"],["Jan Kowal","I am here as a father"]]],
    // Kenya's "MCA" (member of a county assembly) is a title, no part of the name after a ward's name
    ["Kamakwa-Mukaro MCA Faith Wanjiru Ngunjiri said she had declined to sign the notice.", [["Faith Wanjiru Ngunjiri","she had declined to sign the notice"]]],
    // a report's issuer ends before the small words its name may hold ("the Auditor General for the year ended …")
    ["A report by the Auditor General for the year ended June 2026 was tabled on Monday. The report also noted that the works were behind schedule.", [["Auditor General","the works were behind schedule"]]],
    // a place, "State" and an everyday plural name a body ("Washington State Ferries"), no person "Ferries"
    ["The route will run just one boat after 7 p.m. on weeknights, Washington State Ferries announced this week.", [["Washington State Ferries","The route will run just one boat after 7 p.m. on weeknights"]]],
    // a document sent to someone named ("A letter sent to Prime Minister Jane Roe said") is the speaker, not whom it went to
    ["A letter sent to Prime Minister Jane Roe said the plant would close in March next year.", [["letter sent to Prime Minister Jane Roe","the plant would close in March next year"]]],
    // a body's name listing its members with commas inside a speaker's appositive ("secretary-general of the Kenya Medical Practitioners, Pharmacists and Dentists Union,") is one aside: the person before it speaks
    ["\"You cannot ask a doctor to see 90 patients a day,\" Kevin Odhiambo, secretary-general of the Kenya Medical Practitioners, Pharmacists and Dentists Union, told Reuters.", [["Kevin Odhiambo","You cannot ask a doctor to see 90 patients a day"]]],
    // a document's noun that is also a verb ("report") right after its owner ("Ofsted's report found") heads the subject
    ["Ofsted's report found that the school was failing its pupils.", [["Ofsted","the school was failing its pupils"]]],
    // (and an owner in lower case after its article, kept as written)
    ["The auditor general's report found that a third of units need major repairs.", [["the auditor general's report","a third of units need major repairs"]]],
    // "GPs" is a plural role, as "MPs" is ("More than 400 GPs have warned …")
    ["More than 400 GPs have warned the health secretary that shortages of medication are putting patients at risk.", [["400 GPs","shortages of medication are putting patients at risk"]]],
    // the outlet that obtained a report is not its issuer ("according to a report obtained by CBC News … the report reads")
    ["Crews were afraid to report safety problems, according to a report obtained by CBC News.\n\n\"A significant number of interviewees described a culture of fear,\" the report reads.", [["a report","Crews were afraid to report safety problems"],["a report","A significant number of interviewees described a culture of fear"]]],
    // a lawsuit is a document: its participle of time is off its name ("a lawsuit filed Monday")
    ["Managers were warned three times that a valve could fail, according to a lawsuit filed Monday on behalf of 200 residents.", [["a lawsuit","Managers were warned three times that a valve could fail"]]],
    // (review) (guard) an aside that reports words with a clause ("saying the bombing was unacceptable") is still a statement
    ["Spanish Prime Minister Pedro Sanchez, saying the bombing was unacceptable, called for a ceasefire.", [["Pedro Sanchez","the bombing was unacceptable, called for a ceasefire"]]],
    // (review) (guard) a person's title before "and" keeps a joint speaker ("President Biden and Homeland Security Secretary …")
    ["President Joe Biden and Homeland Security Secretary Alejandro Mayorkas said the border was secure.", [["Joe Biden and Alejandro Mayorkas","the border was secure"]]],
    // (review) (guard) "MCA" alone is a body's initials, no title ("The MCA added …" after its president spoke)
    ["The MCA said it would contest 44 seats. MCA president Wee Ka Siong said the party was united. The MCA added that talks would continue.", [["MCA","it would contest 44 seats"],["Wee Ka Siong","the party was united"],["MCA","talks would continue"]]],
    // (review) (guard) a writer "published by" a publisher is a person
    ["\"This is a turning point,\" said a commentator published by Al Jazeera. He added that the region would change.", [["a commentator","This is a turning point"],["a commentator","the region would change"]]],
    // (review) (guard) a bullet between sentences still ends the first
    ["Mayor Ken Sim said funding would rise. • Police Chief Adam Palmer said the road would reopen.", [["Ken Sim","funding would rise"],["Adam Palmer","the road would reopen"]]],
    // (review) a name with a particle after a party's initials and a title ("(DA) MP Karl le Roux") is whole for a later "he"
    ["Democratic Alliance (DA) MP Karl le Roux opposed the bill. He said it was rushed.", [["Karl le Roux","the bill"],["Karl le Roux","it was rushed"]]],
    // (review) (guard) no time after a noun that names no body, role or document makes it a speaker ("The surge in March said a lot")
    ["The surge in March said a lot about consumer confidence.", []],
    // a party's initials in brackets inside an inverted speaker's title ("said Democratic Party (PD) leader Chiara Benvenuti") do not end the phrase
    ["\"This is austerity in disguise,\" said Democratic Party (PD) leader Chiara Benvenuti.", [["Chiara Benvenuti","This is austerity in disguise"]]],
    // a title's word closing a paragraph after a name is the name's ("said Arka Sen."), its dot the stop
    ["\"Our grandparents took the tram to college,\" said Arka Sen.", [["Arka Sen","Our grandparents took the tram to college"]]],
    // a body's word before a possessive names a body, though its first word is a given name ("Kent County Council's cabinet member"): no "he"
    ["Kent County Council's cabinet member for highways, Cllr Peter Longhurst, said the disruption showed the need for a lorry park.\n\nSpeaking on the radio, he was asked whether the county was stuck.\n\nHe said: \"I'm afraid that at the moment we are.\"", [["Peter Longhurst","the disruption showed the need for a lorry park"],["Peter Longhurst","I'm afraid that at the moment we are."]]],
    // "asked" opening an aside after the subject is its passive ("Smith, asked whether she would resign, said …"): the subject was asked, and answers with the sentence's own cue
    ["Smith, asked whether she would resign, said she had no plans to step down.", [["Smith","she had no plans to step down"]]],
    // a transcript's label that is also a place's name ("KETTERING:") is the person the story names in full with it
    ["Chairman Russ Kettering said the bill was historic.\n\nOcampo offered an amendment. It failed after a sharp exchange.\n\nKETTERING: \"The gentlelady knows that amendment would blow up the score.\"\n\nOCAMPO: \"The gentleman knows the score is a choice.\"", [["Russ Kettering","the bill was historic"],["Russ Kettering","The gentlelady knows that amendment would blow up the score."],["Ocampo","The gentleman knows the score is a choice."]]],
    // (review 2) (guard) a country's initials after a person's name in an inverted attribution are no party tag before a title
    ["\"I felt great,\" said Sifan Hassan (NED) after the race.", [["Sifan Hassan","I felt great"]]],
    // (review 2) (guard) a Vietnamese "Thu" ends a name, not a dateline's weekday
    ["Nguyen Thi Thu, a vendor in Hanoi, said prices had doubled since January.", [["Nguyen Thi Thu","prices had doubled since January"]]],
    // (review 2) (guard) a person's surname that is a body's word before a possessive stays a person ("Liam Fox's remarks")
    ["Liam Fox's remarks drew criticism on Monday. He said he stood by every word.", [["Liam Fox","he stood by every word"]]],
    // (review 2) (guard) a body's report by its noun in lower case is the body's ("The company's report found")
    ["Tesla published its annual report on Friday. The company's report found that emissions had fallen.", [["Tesla","emissions had fallen"]]],
    // (review 2) (guard) no time is skipped after a participle ("Scientists writing in 2020 said")
    ["Scientists writing in 2020 said the virus was likely natural.", [["Scientists","the virus was likely natural"]]],
    // a time between a document's participle and "by" ("a report published in November by …") still names its issuer
    ["Extortion has more than doubled, according to a report published in November by the human rights group Ciudad Abierta.", [["Ciudad Abierta","Extortion has more than doubled"]]],
    // (and after a contact clause: "figures the authority provided to CBC News" are not CBC News's)
    ["Pitsiulak is one of roughly 620 applicants on the wait-list, according to figures the authority provided to CBC News.", [["figures the authority provided to CBC News","Pitsiulak is one of roughly 620 applicants on the wait-list"]]],
    // a time counted from another event after the cue ("…, the governor said on Thursday, a day after the bank lowered its rate") is no content and no clause going on
    ["Rates will stay on hold until March, Governor Henryk Sobczak said on Thursday, a day after the bank lowered its main rate.", [["Henryk Sobczak","Rates will stay on hold until March"]]],
    // (also "hours after" and with no day between)
    ["Rates will stay on hold until March, Governor Henryk Sobczak said, hours after the bank lowered its main rate.", [["Henryk Sobczak","Rates will stay on hold until March"]]],
    // the outlet that relays a statement between its cue and "that" ("said on Tuesday, according to ANSA, that …") is part of the frame: the statement is the speaker's
    ["Tourism Minister Franco Bertoli said on Tuesday, according to ANSA, that Milan was declaring war on families.", [["Franco Bertoli","Milan was declaring war on families"]]],
    // a plural's possessive opening a body's description ("Patients' rights group Patient Voice Malta") leaves the body's name
    ["Patients' rights group Patient Voice Malta wrote on Facebook that it had received more than 60 complaints since November.", [["Patient Voice Malta","it had received more than 60 complaints since November"]]],
    // an age before a person's noun ("The 34-year-old mother of two says …") is the one just met, as the age alone is
    ["Leesee Pitsiulak has been sleeping on her sister's couch in Iqaluit for almost three years.\n\nThe 34-year-old mother of two says she applied for public housing in the spring of 2023.", [["Leesee Pitsiulak","she applied for public housing in the spring of 2023"]]],
    // (guard) not one of the other sex
    ["Tom Hughes has been sleeping on his brother's couch for almost three years.\n\nThe 34-year-old mother of two says she applied for public housing in the spring of 2023.", [["the 34-year-old mother of two","she applied for public housing in the spring of 2023"]]],
    // (guard) a participle after the sentence's own verb still goes on from its subject
    ["The minister criticised the plan on Monday, saying it was too expensive for the city.", [["the minister","the plan"],["the minister","it was too expensive for the city"]]],
  ])('%s', exactly);
});
