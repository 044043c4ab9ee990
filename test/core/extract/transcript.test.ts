import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/extract.ts';
import { joinRuns } from '../../../src/core/runs.ts';
import { turnLabel } from '../../../src/core/extract/transcript.ts';
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

  it('needs two labelled paragraphs before it reads a document as a transcript', () => {
    const one = extractStatements(docFrom('LAVROV: A headline-like line that is not a transcript.\n\nThe talks went on.'), seedRegistry());
    expect(one).toEqual([]);
  });
});
