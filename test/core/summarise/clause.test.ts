// Clauses built from a statement's structure: speaker, cue or act, and content kind. The cases are the shapes the
// issue found broken on ordinary news ("Brown said was the …", "Sturgeon said him to apologise", "Watch said").
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model.ts';
import { contentShape, reportClause, reportPredicate, speakerShortNames, summarise } from '../../../src/core/summarise/index.ts';

let n = 0;
function st(speaker: string | null, cue: string, text: string, over: Partial<Statement> = {}): Statement {
  n++;
  return { id: `c${n}`, docId: 'd', speaker, speakerMention: speaker ?? 'he', cue, kind: 'indirect', act: 'said', text, context: text, span: [0, text.length], date: null, outlet: null, url: null, ...over };
}

describe('reportClause by content kind', () => {
  it('quotes direct speech verbatim after a colon, whatever the cue', () => {
    expect(reportClause(st('Sergey Lavrov', 'stressed', 'We are open to cooperation.', { kind: 'direct' }))).toBe('Lavrov stressed: “We are open to cooperation.”');
    expect(reportClause(st('Sergey Lavrov', 'told', 'We are open to cooperation', { kind: 'direct' }))).toBe('Lavrov said: “We are open to cooperation”.');
    expect(reportClause(st('Zoe Saldana', 'wrote', 'Men, you will not cease to exist.', { kind: 'direct', act: 'wrote' }))).toBe('Saldana wrote: “Men, you will not cease to exist.”');
  });

  it('reports a question put with its own words, never with "that"', () => {
    expect(reportClause(st('Maria Lopez', 'asked', 'whether the agency had lost the public trust', { act: 'asked' }))).toBe('Lopez asked whether the agency had lost the public trust.');
  });

  it('puts "that" before reported content that is a clause', () => {
    expect(reportClause(st('Hillary Clinton', 'said', 'Trump is ultimately responsible for what happens at his events'))).toBe(
      'Clinton said that Trump is ultimately responsible for what happens at his events.',
    );
    expect(reportClause(st('Yuri Kokov', 'warned', 'the US is attempting to boost its military presence'))).toBe('Kokov warned that the US is attempting to boost its military presence.');
    expect(reportClause(st('Paul Ryan', 'told', 'allies wanted to know if the U.S. is still in the game'))).toBe('Ryan said that allies wanted to know if the U.S. is still in the game.');
    expect(reportClause(st('Tom Hennessey', 'said', 'But the point of those sanctions is to get material out of the wrong hands'))).toBe(
      'Hennessey said that the point of those sanctions is to get material out of the wrong hands.',
    );
  });

  it('follows a verb that takes an object or an infinitive with the content as written', () => {
    expect(reportClause(st('Madeleine Albright', 'urged', 'women to vote for Hillary Clinton'))).toBe('Albright urged women to vote for Hillary Clinton.');
    expect(reportClause(st('Nicola Sturgeon', 'calling on', 'him to apologise for his "ill-judged comment"'))).toBe('Sturgeon called on him to apologise for his "ill-judged comment".');
    expect(reportClause(st('Sergey Lavrov', 'emphasized', 'the importance of reinforcing cooperation within the CIS'))).toBe('Lavrov emphasized the importance of reinforcing cooperation within the CIS.');
    expect(reportClause(st('Hillary Clinton', 'wants', 'to see D.C. become a state', { act: 'wants' }))).toBe('Clinton wants to see D.C. become a state.');
    expect(reportClause(st('David Axelrod', 'endorsed', 'Mr. Obama', { act: 'stance' }))).toBe('Axelrod endorsed Mr. Obama.');
    expect(reportClause(st('Reuters rolling poll', 'shows', 'Trump at the top with 36 percent support', { act: 'found' }))).toBe('Reuters rolling poll showed Trump at the top with 36 percent support.');
    expect(reportClause(st('Pew Research Center', 'found', 'most voters want a change', { act: 'found' }))).toBe('the Pew Research Center found that most voters want a change.');
  });

  it('never glues content whose subject was cut after "said": it quotes the article instead', () => {
    const brown = reportClause(st('Gordon Brown', 'said', 'was the "cornerstone" of Labour\'s programme'));
    expect(brown).toBe('Brown, as reported: “…was the ‘cornerstone’ of Labour\'s programme”.');
    expect(reportClause(st('Lane', 'said', 'is not continuing divisions over Iraq'))).toBe('Lane, as reported: “…is not continuing divisions over Iraq”.');
    expect(reportClause(st('Nicola Sturgeon', 'said', 'him to apologise'))).toMatch(/^Sturgeon, as reported: “…him to apologise”\.$/);
    expect(contentShape('was the cornerstone')).toBe('predicate');
    expect(contentShape('that the war was legal')).toBe('linked');
  });

  it('names organisations in full and an unresolved pronoun as "a source"', () => {
    expect(reportClause(st('Human Rights Watch', 'said', 'the trial was unfair'))).toBe('Human Rights Watch said that the trial was unfair.');
    expect(reportClause(st('Downing Street', 'said', 'the talks would go on'))).toBe('Downing Street said that the talks would go on.');
    expect(reportClause(st(null, 'said', 'the talks would go on'))).toBe('a source said that the talks would go on.');
  });

  it('shows a quote line as the predicate after the speaker', () => {
    expect(reportPredicate(st('Bernie Sanders', 'questioning', 'Clinton’s judgment in supporting the war in Iraq'))).toBe('questioned Clinton’s judgment in supporting the war in Iraq');
    expect(reportPredicate(st('Sergey Lavrov', 'said', 'We see thousands of refugees', { kind: 'direct' }))).toBe('“We see thousands of refugees”');
  });
});

describe('summaries that summarise', () => {
  it('keeps people who share a surname apart and merges a point two people made', () => {
    expect([...speakerShortNames(['Hillary Clinton', 'Bill Clinton', 'Tony Blair']).values()]).toEqual(['Hillary Clinton', 'Bill Clinton', 'Blair']);
    const group = [
      st('Tony Blair', 'said', 'the war in Iraq was legal and the advice was clear about it'),
      st('Jack Straw', 'said', 'the war in Iraq was legal and the advice was clear about it'),
      st('Charles Kennedy', 'said', 'the Attorney General must publish the full legal advice on the war'),
      st('Charles Kennedy', 'said', 'the government has hidden the legal advice on the Iraq war for too long'),
      st('Charles Kennedy', 'argued', 'ministers should publish the advice before the election'),
    ];
    const text = summarise(group);
    expect(text).toMatch(/^Kennedy /); // the group's most prominent speaker first
    expect(text).toMatch(/a point (Straw|Blair) also made/);
    expect(text.match(/was legal/g)).toHaveLength(1);
  });
});
