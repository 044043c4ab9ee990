// Every attribution frame's examples, run through the whole extractor: the frame named must be the one that finds
// the statement, with the speaker given. The table itself is checked as data (ids, reasons, examples, positions).
import { describe, expect, it } from 'vitest';
import { explainStatements, FRAMES } from '../../../src/core/extract/extract.ts';
import { docFrom, seedRegistry } from '../../helpers/docs.ts';

describe('the frame table', () => {
  it('gives every frame a unique kebab-case id, a reason and at least one example', () => {
    const ids = FRAMES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FRAMES) {
      expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.reason.length).toBeGreaterThan(20);
      expect(f.examples.length).toBeGreaterThan(0);
    }
  });

  it('keeps the frames of one position together, in the order they are tried', () => {
    const order = ['according', 'participle', 'subject', 'no-subject', 'unit'];
    const positions = FRAMES.map((f) => order.indexOf(f.at));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe.each(FRAMES.map((f) => [f.id, f] as const))('frame %s', (id, frame) => {
  it.each(frame.examples.map((e) => [...e]))('finds: %s', (sentence, speaker, piece) => {
    const got = explainStatements(docFrom(sentence), seedRegistry());
    const hit = got.find((x) => x.statement.text.includes(piece));
    expect(hit, JSON.stringify(got.map((x) => [x.statement.text, x.explanation.frame]))).toBeDefined();
    expect(hit?.explanation.frame.split('+')[0]).toBe(id);
    expect(hit?.statement.speaker ?? '').toContain(speaker);
  });
});

describe('discourse rules explained', () => {
  it('names the signer of quotations signed below them as the text writes the name', () => {
    const got = explainStatements(docFrom('The minister spoke.\n\n"Our ore has been shipped overseas for too long."\n\n– The Honourable Marc-André Thibault, Minister of Energy'), seedRegistry());
    expect(got.map((x) => [x.statement.speaker, x.explanation.frame, x.explanation.mention])).toEqual([['Marc-André Thibault', 'quotation-then-signature', 'The Honourable Marc-André Thibault']]);
  });
});
