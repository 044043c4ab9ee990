// The extractive summariser: 1–3 sentences that name who said what, never the same point twice, same output every time.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model.ts';
import { isRedundant, rankStatements, reportingVerb, shortSpeaker, summarise, summariseTopic } from '../../../src/core/summarise/index.ts';

let n = 0;
function st(speaker: string | null, text: string, over: Partial<Statement> = {}): Statement {
  n++;
  return {
    id: `s${n}`,
    docId: 'd',
    speaker,
    speakerMention: speaker ?? 'an official',
    cue: 'said',
    kind: 'indirect',
    text,
    context: text,
    span: [0, text.length],
    date: '2021-10-08',
    outlet: 'TASS',
    url: null,
    ...over,
  };
}

const group = [
  st('Sergey Lavrov', 'any NATO military presence in Central Asia will undermine the security of the Russian-led bloc', { cue: 'warned' }),
  st('Sergey Lavrov', 'any NATO military presence in Central Asia would undermine the security of the Russian-led bloc in the region', { cue: 'stressed' }),
  st('Yuri Kokov', 'the US is attempting to boost its military presence in the region under the pretense of anti-terrorism operations', { cue: 'said' }),
  st('Sergey Lavrov', 'We believe it is unacceptable to have any US and NATO military infrastructure in Central Asia. Such designs go against our interests.', { kind: 'direct' }),
];

describe('summarise', () => {
  it('names the speakers, in 1 to 3 sentences', () => {
    const text = summarise(group);
    expect(text).toMatch(/^Lavrov (warned|stressed|said|also)/);
    expect(text).toContain('Kokov said');
    const sentences = text.split(/(?<=[.”])\s+(?=\p{Lu})/u);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('does not repeat the same point', () => {
    const text = summarise(group);
    expect(text.match(/undermine the security/g)?.length).toBe(1);
  });

  it('is deterministic and order-insensitive in content', () => {
    expect(summarise(group)).toBe(summarise(group));
    expect(summarise([])).toBe('');
    expect(summarise(group, { maxSentences: 1 }).split('. ').length).toBe(1);
  });

  it('quotes direct speech and clips long statements at a word boundary', () => {
    const long = st('Sergey Lavrov', `${'word '.repeat(80)}end`, { kind: 'direct' });
    const text = summarise([long], { maxClauseChars: 60 });
    // The quotation starts in lower case, so the source's sentence began earlier: "…" marks it, and the cut.
    expect(text).toMatch(/^Lavrov said: “…(word )+word…”$/);
  });
});

describe('rankStatements and isRedundant', () => {
  it('drops statements one of which contains the other, and near-duplicates', () => {
    const a = st('Russian Foreign Ministry', 'Lavrov and Tleuberdi believe the Taliban make it possible to count on negotiations');
    const b = st('Sergey Lavrov', 'the Taliban make it possible to count on negotiations');
    expect(isRedundant(a, b)).toBe(true);
    expect(rankStatements([a, b])).toHaveLength(1);
    expect(rankStatements(group, { limit: 2 }).map((s) => s.speaker)).toContain('Yuri Kokov');
  });
});

describe('phrasing', () => {
  it('shortens names the way a brief would', () => {
    expect(shortSpeaker('Sergey Lavrov')).toBe('Lavrov');
    expect(shortSpeaker('Ursula von der Leyen')).toBe('von der Leyen');
    expect(shortSpeaker('Joseph R. Biden Jr.')).toBe('Biden');
    expect(shortSpeaker('Russian Foreign Ministry')).toBe('the Russian Foreign Ministry');
    expect(shortSpeaker('Association of Wartime Allies')).toBe('the Association of Wartime Allies');
    expect(shortSpeaker('Russian media')).toBe('Russian media');
    expect(shortSpeaker('Sergey Lavrov and Mukhtar Tleuberdi')).toBe('Lavrov and Tleuberdi');
    // (three or more, as extraction writes a list of people)
    expect(shortSpeaker('Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki')).toBe('Vollmer, Marchal and Wierzbicki');
    expect(shortSpeaker('Kremlin')).toBe('the Kremlin');
    expect(shortSpeaker('Human Rights Watch')).toBe('Human Rights Watch');
    expect(shortSpeaker('Washington Post')).toBe('the Washington Post');
    expect(shortSpeaker('Liberal Democrats')).toBe('Liberal Democrats');
    expect(shortSpeaker('Downing Street')).toBe('Downing Street');
    expect(shortSpeaker('Xi Jinping')).toBe('Xi');
    expect(shortSpeaker('Michael Howard', 'person')).toBe('Howard');
  });

  it('turns cues into reporting verbs', () => {
    expect(reportingVerb('adding')).toBe('added');
    expect(reportingVerb('says')).toBe('said');
    expect(reportingVerb('according to')).toBe('said');
    expect(reportingVerb('warned')).toBe('warned');
    expect(reportingVerb('pointed out')).toBe('pointed out');
    expect(reportingVerb('quipped to reporters on')).toBe('quipped');
    expect(reportingVerb('calling on')).toBe('called on');
    expect(reportingVerb('tells')).toBe('said');
    expect(reportingVerb('in a statement')).toBe('said');
  });
});

describe('summariseTopic', () => {
  it('adds since: to the search and summarises what it found', () => {
    const seen: string[] = [];
    const stored = group.map((s, i) => ({ ...s, sources: [], themes: [], seq: i + 1, addedAt: '2021-10-08T00:00:00Z' }));
    const result = summariseTopic(
      (q) => {
        seen.push(q);
        return stored.map((statement) => ({ statement, score: 1 }));
      },
      'NATO',
      { days: 7, now: new Date('2021-10-10T12:00:00Z') },
    );
    expect(seen).toEqual(['NATO since:2021-10-03']);
    expect(result.summary).toContain('Kokov');
    expect(result.topQuotes.length).toBeLessThanOrEqual(3);
  });
});

describe('summary of a topic', () => {
  it('leads with the people who said most on it and lists them', () => {
    const kennedy = ['publish the legal advice on the war', 'the war in Iraq was a mistake', 'troops should come home from Iraq by next year', 'the inquiry into Iraq must be independent', 'ministers misled the country about Iraq'].map((t) =>
      st('Charles Kennedy', t),
    );
    const others = [st('Tony Blair', 'the decision on Iraq was right'), st('Jack Straw', 'the advice on Iraq was clear'), st('Samir Hassan', 'Iraq will extend its mobile telephone network to the south')];
    const stored = [...others, ...kennedy].map((s, i) => ({ ...s, sources: [], themes: [], seq: i + 1, addedAt: '2005-03-01T00:00:00Z' }));
    const result = summariseTopic(() => stored.map((statement) => ({ statement, score: 1 })), 'Iraq');
    expect(result.summary).toMatch(/^Kennedy /);
    expect(result.speakers[0]).toEqual({ name: 'Charles Kennedy', statements: 5 });
    expect(result.summary.split(/(?<=\.)\s+(?=\p{Lu})/u).length).toBe(3);
  });
});

describe('what a statement reports', () => {
  it('puts what was said before a stance with no words of its own, other things equal', () => {
    const said = st('Maria Lopez', 'The tariffs will push up prices for families across the state this winter.', { act: 'said' });
    const stance = st('Tom Reed', 'The tariffs will push up prices for families across the state this winter.', { act: 'stance', id: 'b' });
    expect(rankStatements([stance, said], { limit: 1 })[0]?.speaker).toBe('Maria Lopez');
    expect(rankStatements([said, stance], { limit: 1 })[0]?.speaker).toBe('Maria Lopez');
  });
});
