// The attribution frames, in the order they are tried at each position. Add a construction here: give it an id, the
// reason it exists and example sentences (test/core/extract/frames.test.ts runs every example and checks that this
// frame, and no earlier one, finds it), then write its match function next to its kind.
import { accordingTo, cueThenSpeaker, participleGoesOn, quotedAsSayingFrame, withSaying } from './frames-around.ts';
import { contentThenSpeaker, parentheticalCue, quoteThenSpeaker, speakerAnnounces, speakerCueContent } from './frames-subject.ts';
import { headlineCue } from './frames-headline.ts';
import { saidThis, thisWasSaidBy } from './frames-anaphoric.ts';
import { pollAtEnd } from './frames-poll.ts';
import { postedWithWords } from './frames-caption.ts';
import { asSourceReported, quoteAsSource, colonQuote, cueFirst, dashAttribution, issuedDocument, nameColonQuote, headlineColon, inAPoll, inTheirView, inTheirWords, namedWords, unitFrame } from './frames-unit.ts';
import { byPosition, matchFrames, type Found, type Frame } from './frames.ts';
import type { Unit } from './units.ts';

export const FRAMES: readonly Frame[] = [
  {
    id: 'according-to',
    at: 'according',
    reason: 'News attributes facts and claims to a source with "according to", before or after the claim.',
    examples: [
      ['According to the ministry, 42 drones were shot down overnight.', 'the ministry', '42 drones were shot down'],
      ['The talks will resume in Geneva next week, according to Sergey Lavrov.', 'Sergey Lavrov', 'The talks will resume in Geneva'],
    ],
    match: accordingTo,
  },
  {
    id: 'quoted-as-saying',
    at: 'participle',
    reason: 'Agency copy relays another outlet: "X was quoted by Y as saying …"; X speaks, Y only reports.',
    examples: [['Dmitry Peskov was quoted by RIA Novosti as saying that the talks had stalled.', 'Dmitry Peskov', 'the talks had stalled']],
    match: quotedAsSayingFrame,
  },
  {
    id: 'with-x-saying',
    at: 'participle',
    reason: 'An absolute clause "with X saying …" gives X as the speaker, not the subject of the sentence.',
    examples: [['Farmers rallied in the capital, with union leader Mark Thorburn saying the target had become unreachable.', 'Mark Thorburn', 'the target had become unreachable']],
    match: withSaying,
  },
  {
    id: 'participle-goes-on',
    at: 'participle',
    reason: '", adding that …", "issued a statement saying …": the sentence\'s speaker goes on; other -ing forms report nothing.',
    examples: [['Sergey Lavrov criticised the sanctions, adding that Moscow would respond in kind.', 'Sergey Lavrov', 'Moscow would respond in kind']],
    match: participleGoesOn,
  },
  {
    id: 'quote-then-speaker',
    at: 'subject',
    reason: 'The commonest quotation: "“Q,” X said", split around the cue ("“A,” he said, “B.”") or after other quotations.',
    examples: [['"We will not back down," Antony Blinken said on Friday.', 'Antony Blinken', 'We will not back down']],
    match: quoteThenSpeaker,
  },
  {
    id: 'speaker-announces',
    at: 'subject',
    reason: '"Zelensky told reporters:" ends its paragraph; the quotation in the next paragraph is his.',
    examples: [['Volodymyr Zelensky told reporters:\n\n"We need air defence now."', 'Volodymyr Zelensky', 'We need air defence now']],
    match: speakerAnnounces,
  },
  {
    id: 'said-this',
    at: 'subject',
    reason: 'Nigerian, Malaysian, Ukrainian and Chinese copy gives the words first, then "X stated this on Thursday …": the sentences before are X\'s.',
    examples: [['The minimum wage will be reviewed upward before the end of March.\n\nThe Minister of Labour, Adaobi Nwankwo, stated this on Thursday in Abuja.', 'Adaobi Nwankwo', 'The minimum wage will be reviewed upward']],
    match: saidThis,
  },
  {
    id: 'speaker-cue-content',
    at: 'subject',
    reason: 'Reported speech and attitudes: "X said (that) C", "X believes C", "X wants to C", "a poll shows C", "X endorsed Y".',
    examples: [
      ['Sergey Lavrov said on Tuesday that NATO expansion was unacceptable.', 'Sergey Lavrov', 'NATO expansion was unacceptable'],
      ['Senator Maria Lopez believes the tariffs will push up prices.', 'Maria Lopez', 'the tariffs will push up prices'],
    ],
    match: speakerCueContent,
  },
  {
    id: 'content-then-speaker',
    at: 'subject',
    reason: 'The reported clause first, its attribution at the end: "C, X said [on Friday]."',
    examples: [['The sanctions have failed, Sergey Lavrov said on Friday.', 'Sergey Lavrov', 'The sanctions have failed']],
    match: contentThenSpeaker,
  },
  {
    id: 'parenthetical-cue',
    at: 'subject',
    reason: 'The attribution inside the clause: "But that, he said, was an argument for reform."',
    examples: [
      ['Antony Blinken spoke first.\n\nThe deal, he said, was the best available.', 'Antony Blinken', 'The deal'],
      ['By eliminating the receiving line, Tina Tchen said, the White House can invite more guests.', 'Tina Tchen', 'the White House can invite more guests'],
    ],
    match: parentheticalCue,
  },
  {
    id: 'cue-then-speaker',
    at: 'no-subject',
    reason: 'Inverted attribution: "“Q,” said X", "C, said X", "C, says the statement".',
    examples: [['"This is a witch hunt," said Rep. Jim Jordan (R-Ohio).', 'Jim Jordan', 'This is a witch hunt']],
    match: cueThenSpeaker,
  },
  {
    id: 'cue-first',
    at: 'unit',
    reason: 'US features open a sentence with its cue: "Said Comey, “…”", "Added Ms. Ruiz: “…”"; the speaker follows the cue.',
    examples: [['Said Dana Ruiz, "The thought that we failed them is very painful to us."', 'Dana Ruiz', 'The thought that we failed them']],
    match: unitFrame(cueFirst),
  },
  {
    id: 'colon-quote',
    at: 'unit',
    needs: 'quotation',
    reason: '"Lavrov was blunt: “We will respond.”" — a quotation introduced by a colon after its speaker\'s clause.',
    examples: [['Sergey Lavrov was blunt: "We will respond."', 'Sergey Lavrov', 'We will respond']],
    match: unitFrame(colonQuote),
  },
  {
    id: 'issued-document',
    at: 'unit',
    needs: 'quotation',
    reason: 'A document its subject put out, then its words: "Trump issued a statement, “…”", "The club released a letter: “…”".',
    examples: [['Immediately after the vote, Dana Ruiz issued a statement, "Our city has lost a great friend."', 'Dana Ruiz', 'Our city has lost a great friend']],
    match: unitFrame(issuedDocument),
  },
  {
    id: 'posted-with-words',
    at: 'unit',
    needs: 'quotation',
    reason: 'Social media news gives a post\'s words after what was posted: "reposted a screenshot with the caption: “…”", "posted a link with the words “…”".',
    examples: [['Brent Saylor reposted a screenshot of the reply with the caption "This is why the base does not trust the Senate."', 'Brent Saylor', 'This is why the base does not trust the Senate']],
    match: unitFrame(postedWithWords),
  },
  {
    id: 'as-source-put-it',
    at: 'unit',
    reason: 'A sentence can open by naming its source: "As The Washington Post reported, …", "As reported by AP, …".',
    examples: [
      ['As The Dayton Herald reported, the mill will close before the end of the year.', 'Dayton Herald', 'the mill will close before the end of the year'],
      ['As reported by the Dayton Herald, the mill will close before the end of the year.', 'Dayton Herald', 'the mill will close before the end of the year'],
    ],
    match: unitFrame(asSourceReported),
  },
  {
    id: 'quote-as-source-said',
    at: 'unit',
    needs: 'quotation',
    reason: 'A quotation can take its source after it, in a clause of comparison: "the race is “a dead heat,” as Cruz said on Monday".',
    examples: [
      ['The race is “a dead heat right now,” as Ted Cruz said on Monday, and every vote counts.', 'Ted Cruz', 'a dead heat right now'],
      ['The plan was “a road to nowhere,” as Dana Kroll put it.', 'Dana Kroll', 'a road to nowhere'],
      ['Too busy, as one message board poster put it, “auditioning for the draft instead of playing.”', 'one message board poster', 'auditioning for the draft'],
    ],
    match: unitFrame(quoteAsSource),
  },
  {
    id: 'name-colon-quote',
    at: 'unit',
    needs: 'quotation',
    reason: 'A named person, then a colon and the whole quotation: "… surprise Republican pollster Daron Shaw: “…”".',
    examples: [['The surge does not surprise Republican pollster Daron Shaw: "Outsiders who win early get the biggest boost."', 'Daron Shaw', 'Outsiders who win early get the biggest boost']],
    match: unitFrame(nameColonQuote),
  },
  {
    id: 'in-their-words',
    at: 'unit',
    reason: '"In his words, …", "As she put it, …": the words belong to the pronoun\'s antecedent.',
    examples: [['Antony Blinken spoke first.\n\nIn his words, the deal was the best available.', 'Antony Blinken', 'the deal was the best available']],
    match: unitFrame(inTheirWords),
  },
  {
    id: 'in-named-words',
    at: 'unit',
    reason: '"In Kalb\'s words, …", "As Mendez put it, …": the same with a name.',
    examples: [["In Lavrov's words, the West has lost its way.", 'Lavrov', 'the West has lost its way']],
    match: unitFrame(namedWords),
  },
  {
    id: 'dash-signature',
    at: 'unit',
    needs: 'quotation',
    reason: 'A quotation signed with a dash and a name: "“Gas prices have doubled.” — Doug Carver".',
    examples: [['"Gas prices have doubled in a year." — Doug Carver', 'Doug Carver', 'Gas prices have doubled']],
    match: unitFrame(dashAttribution),
  },
  {
    id: 'in-a-poll',
    at: 'unit',
    reason: 'Poll stories give findings to the poll with "In the new … poll, C": the poll is the source.',
    examples: [['In the new Morning Consult poll, 40 percent of likely Democratic voters back Sanders.', 'Morning Consult poll', '40 percent of likely Democratic voters back Sanders']],
    match: unitFrame(inAPoll),
  },
  {
    id: 'this-was-said-by',
    at: 'unit',
    reason: 'The same told the other way round: "This was stated by the head of Ukrenergo, Vitalii Hordiienko, on the air …".',
    examples: [['Outage schedules will apply in nine regions of Ukraine on Friday.\n\nThis was stated by the head of Ukrenergo, Vitalii Hordiienko, on the national telethon.', 'Vitalii Hordiienko', 'Outage schedules will apply in nine regions']],
    match: unitFrame(thisWasSaidBy),
  },
  {
    id: 'in-their-view',
    at: 'unit',
    reason: 'Analysis pieces open a sentence with whose view it gives: "In her view, C", "In Raman\'s opinion, C" (a view: what the owner thinks).',
    examples: [['Priya Raman spoke first.\n\nIn her view, the plan pours money into the wrong end of the process.', 'Priya Raman', 'the plan pours money into the wrong end of the process']],
    match: unitFrame(inTheirView),
  },
  {
    id: 'poll-at-end',
    at: 'unit',
    reason: 'A finding can name its poll last: "Cruz had 38 percent support in a Fox poll."; a poll neither named nor dated gives nothing.',
    examples: [['In March, Cruz had 38 percent support in a Fox poll.', 'Fox poll', 'Cruz had 38 percent support']],
    match: unitFrame(pollAtEnd),
  },
  {
    id: 'headline-colon',
    at: 'unit',
    reason: 'Headlines give a claim to its source before a colon: "Lynch: No outside influence on FBI probe".',
    examples: [['Lavrov: NATO expansion threatens Russia\n\nMOSCOW — The foreign minister spoke on Friday.', 'Lavrov', 'NATO expansion threatens Russia']],
    match: unitFrame(headlineColon),
  },
  {
    id: 'headline-cue',
    at: 'unit',
    reason: 'Title-case headlines capitalise the cue too ("Says", "Warns"), which the cue frames never take for one.',
    examples: [
      ['Bellwether County Says Trump Should Win The Nomination\n\nThe county voted on Friday.', 'Bellwether County', 'Trump Should Win The Nomination'],
      ['Trump Could Address Clean Energy, Lindsey Graham Says\n\nThe senator spoke on Friday.', 'Lindsey Graham', 'Trump Could Address Clean Energy'],
    ],
    match: unitFrame(headlineCue),
  },
];

const BY_POSITION = byPosition(FRAMES);

/** Finds the statements of one unit. */
export function findInUnit(unit: Unit, text: string): Found[] {
  return matchFrames(unit, text, BY_POSITION);
}
