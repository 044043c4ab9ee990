import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/extract.ts';
import { joinRuns } from '../../../src/core/runs.ts';
import { interviewee, qaLabel, turnLabel } from '../../../src/core/extract/transcript.ts';
import { docFrom, seedRegistry } from '../../helpers/docs.ts';

const TRANSCRIPT = `Rep. Carla Mendoza, an Arizona Democrat, said Sunday that Democrats would not back a stopgap bill.

MARGARET BRENNAN: We turn now to Congresswoman Carla Mendoza. Good morning, Congresswoman.

REP. CARLA MENDOZA: Good morning, Margaret. Thanks for having me.

MARGARET BRENNAN: Speaker Johnson said on Thursday that Democrats are "holding federal workers hostage." What's your response?

REP. CARLA MENDOZA: Well, with respect, the Speaker sent the House home for a month. You can't hold anyone hostage from an empty chamber.

What we're asking for is very simple. Put the extension in the bill.

MARGARET BRENNAN: Congresswoman Mendoza, thank you for your time.

REP. CARLA MENDOZA: Thank you, Margaret.`;

describe('transcripts', () => {
  it('reads speaker labels, not page furniture', () => {
    expect(turnLabel('REP. CARLA MENDOZA: Well, with respect.', 0)).toMatchObject({ name: 'Rep. Carla Mendoza', contentStart: 20 });
    expect(turnLabel('LAVROV: We will respond.', 10)).toMatchObject({ name: 'Lavrov', contentStart: 18 });
    expect(turnLabel('UPDATE: The vote was delayed.', 0)).toBeNull();
    expect(turnLabel('Read more: the budget explained', 0)).toBeNull();
    expect(turnLabel('The minister said: "We will respond."', 0)).toBeNull();
  });

  it("gives each answer to its speaker, over paragraphs; the interviewer's turns and courtesies state nothing", () => {
    const got = joinRuns(extractStatements(docFrom(TRANSCRIPT), seedRegistry())).map((s) => [s.speaker, s.text] as const);
    expect(got).toEqual([
      ['Carla Mendoza', 'Democrats would not back a stopgap bill'],
      ['Johnson', 'Democrats are "holding federal workers hostage."'],
      ['Carla Mendoza', "Well, with respect, the Speaker sent the House home for a month. You can't hold anyone hostage from an empty chamber. What we're asking for is very simple. Put the extension in the bill."],
    ]);
  });

  it('reads a transcript quoted whole: the interviewer\'s turns are no one\'s quotation going on, a comma after a capital is speech', () => {
    const quoted = 'Partial transcript as follows:\n\n"SMITH: Will you go? Why now?\n\n"JONES: We will go on Monday and we will win.\n\n"SMITH: But, Governor Jones, I have to ask you about the plan and its cost?\n\n"JONES: The plan is sound and it is paid for.';
    const got = joinRuns(extractStatements(docFrom(quoted), seedRegistry())).map((s) => [s.speaker, s.text] as const);
    expect(got).toEqual([
      ['Jones', 'We will go on Monday and we will win.'],
      ['Jones', 'The plan is sound and it is paid for.'],
    ]);
    expect(turnLabel('"WALLACE: But, Governor Pence, I’ve got to ask you about the tweet.', 0)).toMatchObject({ name: 'Wallace' });
  });

  it('ends a turn at a reporter\'s "Q:" in a transcript labelled by names', () => {
    const presser = 'KLOPP: We played well and we deserved the win today.\n\nQ: Are you confident about the title race now?\n\nKLOPP: Confident, yes, but there is a long way to go.';
    expect(joinRuns(extractStatements(docFrom(presser), seedRegistry())).map((s) => [s.speaker, s.text])).toEqual([
      ['Klopp', 'We played well and we deserved the win today.'],
      ['Klopp', 'Confident, yes, but there is a long way to go.'],
    ]);
  });

  it('needs two labelled paragraphs before it reads a document as a transcript', () => {
    const one = extractStatements(docFrom('LAVROV: A headline-like line that is not a transcript.\n\nThe talks went on.'), seedRegistry());
    expect(one).toEqual([]);
  });

  it('gives the answers of a Q and A to the person the text before them is about', () => {
    const qa = `Dr Kavitha Raj, 47, took over as chief executive of the agency in October. Dr Raj said the agency would present options by 2026.

The Straits Times spoke to Dr Raj at the agency's office near Marina East.

Q: What keeps you up at night?

A: Honestly, not the sea. What keeps me up is the time it takes to build things.

It takes 15 to 20 years.

Q: Some people say the projections are too uncertain. Are they wrong?

A: They are right that there is uncertainty, but they draw the wrong conclusion.

Professor Ben Koh said her experience abroad would be valuable.`;
    const got = joinRuns(extractStatements(docFrom(qa), seedRegistry())).map((s) => [s.speaker, s.text] as const);
    expect(got).toEqual([
      ['Kavitha Raj', 'the agency would present options by 2026'],
      ['Kavitha Raj', 'Honestly, not the sea. What keeps me up is the time it takes to build things. It takes 15 to 20 years.'],
      ['Some people', 'the projections are too uncertain'],
      // (an answer is given when the paragraph after it shows it has ended)
      ['Ben Koh', 'her experience abroad would be valuable'],
      ['Kavitha Raj', 'They are right that there is uncertainty, but they draw the wrong conclusion.'],
    ]);
  });

  it('reads "Q:" and "A:" labels and takes as interviewee only the person the text introduces as interviewed', () => {
    expect(qaLabel('Q: What keeps you up?', 5)).toEqual({ which: 'Q', contentStart: 8 });
    expect(qaLabel('Answer: Honestly, not the sea.', 0)).toEqual({ which: 'A', contentStart: 8 });
    expect(qaLabel('Qatar said it would mediate.', 0)).toBeNull();
    const biden = 'Q&A with Vice President Joe Biden.\n\nJoe Biden flew back, where he spoke with POLITICO senior writer Michael Grunwald. He would not replace Justice Antonin Scalia with a liberal.';
    expect(interviewee(['Joe Biden', 'Michael Grunwald', 'Antonin Scalia'], biden)).toBe('Joe Biden');
    expect(interviewee(['Kavitha Raj', 'Marina East'], 'Dr Kavitha Raj took over in October. The Straits Times spoke to Dr Raj near Marina East.')).toBe('Kavitha Raj');
    // the person before "sat down with us"; one person in two forms counts once
    expect(interviewee(['Maria Lopez', 'John Baker'], 'Senator Maria Lopez sat down with us to discuss her race against Governor John Baker.')).toBe('Maria Lopez');
    expect(interviewee(['Actress Diane Guerrero', 'Diane Guerrero'], 'In an interview with Diane Guerrero, the actress spoke of her memoir.')).toBe('Diane Guerrero');
    // the person who spoke to an outlet; no one introduced as interviewed (an explainer, a poll, testimony), nor a
    // leader who "spoke with" another
    expect(interviewee(['Jake Tapper', 'Kellyanne Conway'], "Kellyanne Conway spoke with CNN's Jake Tapper on Sunday.")).toBe('Kellyanne Conway');
    expect(interviewee(['Janet Yellen'], 'Treasury Secretary Janet Yellen spoke to reporters on Friday and warned that the government could run out of cash.')).toBeNull();
    expect(interviewee(['Joe Biden', 'Xi Jinping'], 'President Joe Biden spoke with Chinese leader Xi Jinping by phone on Tuesday.')).toBeNull();
  });
});
