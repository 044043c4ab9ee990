import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractStatements, extractWithSpeakers } from '../../../src/core/extract/extract.ts';
import { SpeakerRegistry } from '../../../src/core/extract/speakers.ts';
import { joinRuns } from '../../../src/core/runs.ts';
import { docFrom, seedRegistry } from '../../helpers/docs.ts';

const run = (text: string, date: string | null = '2022-02-15', registry = seedRegistry()) =>
  joinRuns(extractStatements(docFrom(text, { date, outlet: 'Test Wire' }), registry));

const brief = (text: string, date?: string | null) =>
  run(text, date).map((s) => ({ speaker: s.speaker, kind: s.kind, text: s.text }));

describe('direct quotes', () => {
  it('attributes a quote followed by "X said"', () => {
    expect(brief('"We are not going to war with Russia," President Joe Biden said.')).toEqual([
      { speaker: 'Joe Biden', kind: 'direct', text: 'We are not going to war with Russia' },
    ]);
  });

  it('handles curly quotes, inverted cues and titles with abbreviations', () => {
    expect(brief('“It’s a disgrace,” said Rep. Marjorie Taylor Greene, R-Ga.')).toEqual([
      { speaker: 'Marjorie Taylor Greene', kind: 'direct', text: 'It’s a disgrace' },
    ]);
  });

  it('keeps a multi-sentence quote whole', () => {
    const [s] = run('"Completely different methods are required. This is not really true," Lavrov stated.');
    expect(s?.text).toBe('Completely different methods are required. This is not really true');
    expect(s?.speaker).toBe('Sergey Lavrov');
  });

  it('joins a quote split around its cue', () => {
    expect(brief('"The sanctions will hurt," he said, "but they will not change our course." Earlier, Dmitry Peskov spoke.'.replace('he said', 'Peskov said'))).toEqual([
      { speaker: 'Dmitry Peskov', kind: 'direct', text: 'The sanctions will hurt, but they will not change our course.' },
    ]);
  });

  it('takes a quote introduced by "X said:"', () => {
    expect(brief('Prime Minister Boris Johnson said: "We must be ready for every eventuality."')).toEqual([
      { speaker: 'Boris Johnson', kind: 'direct', text: 'We must be ready for every eventuality.' },
    ]);
  });

  it('continues a quote with the bare quotes that follow it, in its paragraph and in the next', () => {
    const out = brief('"We are not going to war," Biden told reporters. "That is not on the table."\n\n"Not now, not ever."');
    expect(out.map((s) => s.speaker)).toEqual(['Joe Biden']);
    expect(out[0]?.text).toBe('We are not going to war. That is not on the table. Not now, not ever.');
  });

  it('gives a bare quote after other text to the previous speaker as a statement of its own', () => {
    const out = brief('"We are not going to war," Biden told reporters.\n\nThe talks resumed on Monday.\n\n"Not now, not ever."');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['Joe Biden', 'We are not going to war']]);
    const next = brief('"We are not going to war," Biden told reporters. The talks resumed on Monday. "Not now, not ever."');
    expect(next.map((s) => [s.speaker, s.text])).toEqual([['Joe Biden', 'We are not going to war'], ['Joe Biden', 'Not now, not ever.']]);
  });

  it('reads UK-style single quotation marks as speech, but not scare quotes', () => {
    const out = brief('‘We have made a fair offer,’ Wes Streeting told Sky News. ‘The public have had enough.’\n\n‘No,’ he said.\n\nThe so-called ‘peace plan’ was never published.');
    expect(out).toEqual([
      { speaker: 'Wes Streeting', kind: 'direct', text: 'We have made a fair offer. The public have had enough.' },
      { speaker: 'Wes Streeting', kind: 'direct', text: 'No' },
    ]);
  });

  it('does not take scare quotes or headline quotes without a cue as statements', () => {
    expect(run('The ‘collective West’ bears direct responsibility for the crisis. The so-called "peace plan" was never published.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('finds "X said that C"', () => {
    expect(brief('Russian Foreign Minister Sergey Lavrov said on Thursday that any NATO military presence in Central Asia would undermine security.')).toEqual([
      { speaker: 'Sergey Lavrov', kind: 'indirect', text: 'any NATO military presence in Central Asia would undermine security' },
    ]);
  });

  it('finds "C, X said [frame]."', () => {
    expect(brief('Moscow is ready for cooperation with Washington on Afghanistan, Russian Foreign Minister Sergey Lavrov stated on Friday at a meeting with business leaders.')).toEqual([
      { speaker: 'Sergey Lavrov', kind: 'indirect', text: 'Moscow is ready for cooperation with Washington on Afghanistan' },
    ]);
  });

  it('finds "according to X" before and after the content', () => {
    const out = brief('According to the Pentagon, about 3,000 troops will be deployed to Poland. Around 78,000 Afghans were left behind, according to the nonprofit Association of Wartime Allies.');
    expect(out.map((s) => s.speaker)).toEqual(['Pentagon', 'Association of Wartime Allies']);
    expect(out[1]?.text).toBe('Around 78,000 Afghans were left behind');
  });

  it('splits "X said A, adding that B" into two statements of X', () => {
    const out = brief('Liz Truss said Britain would stand with its allies, adding that sanctions were ready.');
    expect(out).toEqual([
      { speaker: 'Liz Truss', kind: 'indirect', text: 'Britain would stand with its allies' },
      { speaker: 'Liz Truss', kind: 'indirect', text: 'sanctions were ready' },
    ]);
  });

  it('separates two attributed clauses joined by "but" / "while"', () => {
    const out = brief('Democrats argue the measure is unconstitutional, while Republicans say it is long overdue.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['Democrats', 'the measure is unconstitutional'],
      ['Republicans', 'it is long overdue'],
    ]);
  });

  it('ends the content at a dash before the writer’s own clause or a quotation with its own cue', () => {
    const out = brief('Dana Ruiz said the mayor demanded detailed reports - and her staff was no less precise.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['Dana Ruiz', 'the mayor demanded detailed reports']]);
    const aside = brief('Dana Ruiz suggested that the plan was unserious - "We need the details," she said - and warned that it would fail.');
    expect(aside.map((s) => [s.speaker, s.text])).toEqual([
      ['Dana Ruiz', 'the plan was unserious'],
      ['Dana Ruiz', 'We need the details'],
      ['Dana Ruiz', 'it would fail'],
    ]);
    // (a "that" clause or "but" after the dash is still the source's)
    expect(brief('Dana Ruiz said the plan would fail - and that voters knew it.')[0]?.text).toBe('the plan would fail - and that voters knew it');
    expect(brief('Dana Ruiz said the plan helps - but she needs more time.')[0]?.text).toBe('the plan helps - but she needs more time');
  });

  it('skips the addressee of "told"', () => {
    const out = brief('Kremlin spokesman Dmitry Peskov told reporters that Moscow was not threatening anyone. The top diplomat later told journalists the West had ignored Moscow’s concerns.');
    expect(out[0]?.text).toBe('Moscow was not threatening anyone');
    expect(out[1]?.text).toBe('the West had ignored Moscow’s concerns');
  });
});

describe('mixed quotes', () => {
  it('marks a reported clause containing a quotation as mixed', () => {
    const out = brief('Sergey Lavrov spoke on Thursday. The Russian official also called for “extreme caution” regarding the settlement of Afghan refugees.');
    expect(out).toEqual([{ speaker: 'Sergey Lavrov', kind: 'mixed', text: '“extreme caution” regarding the settlement of Afghan refugees' }]);
  });
});

describe('speaker resolution', () => {
  it('resolves surnames, role nouns and pronouns to the full name', () => {
    const out = run(
      [
        'Russian Foreign Minister Sergey Lavrov said the talks would go on.',
        '"We are open to cooperation," the top diplomat said.',
        '"These countries can become targets," the Russian foreign minister explained.',
        'He added that refugees were a concern.',
        '"This is a step forward," Lavrov said.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(Array(5).fill('Sergey Lavrov'));
    expect(out.map((s) => s.speakerMention)).toEqual(['Russian Foreign Minister Sergey Lavrov', 'the top diplomat', 'the Russian foreign minister', 'He', 'Lavrov']);
  });

  it('maps spelling variants to one canonical name', () => {
    const [s] = run('Foreign Minister Sergei Lavrov said Russia would respond to the sanctions.');
    expect(s?.speaker).toBe('Sergey Lavrov');
  });

  it('reports new people with the role the document gives them, and never carries them into another document', () => {
    const registry = new SpeakerRegistry();
    const first = extractWithSpeakers(docFrom('Deputy Prime Minister Alexander Novak said oil output would rise next year.'), registry);
    expect(first.learned.map((s) => s.name)).toEqual(['Alexander Novak']);
    expect(first.statements[0]?.speakerRole).toBe('Deputy Prime Minister');
    expect(registry.get('Alexander Novak')).toBeUndefined();
    const [s] = run('Novak said that exports were stable in the first quarter.', null, registry);
    expect(s?.speaker).toBe('Novak');
  });

  it('resolves institutions, "the ministry" and "the statement"', () => {
    const out = run(
      [
        'Lavrov and Tleuberdi discussed Afghanistan, the Russian Foreign Ministry said on Wednesday.',
        '"The ministers expressed a common opinion on the settlement," the statement says.',
        '"Particular attention was paid to security," the ministry added.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['Russian Foreign Ministry', 'Russian Foreign Ministry', 'Russian Foreign Ministry']);
  });

  it('attributes joint speakers and "the ministers"', () => {
    const out = run(
      'Russian Foreign Minister Sergey Lavrov and his Kazakh counterpart, Mukhtar Tleuberdi, believe that talks are possible.\n\nThe ministers also stressed the importance of ensuring the security of diplomatic missions.',
    );
    expect(out.map((s) => s.speaker)).toEqual(['Sergey Lavrov and Mukhtar Tleuberdi', 'Sergey Lavrov and Mukhtar Tleuberdi']);
  });

  it('uses gender to pick the antecedent of "she"', () => {
    const out = run('Prime Minister Boris Johnson said the threat was real. Foreign Secretary Liz Truss met him later. She told the BBC: "I have no regrets."');
    expect(out.at(-1)?.speaker).toBe('Liz Truss');
  });

  it('keeps an unresolvable indefinite speaker as written', () => {
    const [s] = run('A senior administration official, who spoke on condition of anonymity, said Washington was prepared to impose new sanctions.');
    expect(s?.speaker).toBe('a senior administration official');
    expect(s?.text).toBe('Washington was prepared to impose new sanctions');
  });
});

describe('statement dates', () => {
  it('resolves a weekday against the publication date, not dates inside the content', () => {
    const [s] = run('Zamir Kabulov announced on Wednesday that talks will be held on October 20 in Moscow.', '2021-10-08');
    expect(s?.date).toBe('2021-10-06');
  });

  it('leaves the date unknown for a past it cannot pin to a day', () => {
    expect(run('Lavrov said last year that NATO was a threat to Russia.', '2022-02-15')[0]?.date).toBeNull();
    expect(run('Trump has repeatedly said the election was stolen from him.', '2022-02-15')[0]?.date).toBeNull();
    expect(run('Putin said on Friday that talks were still possible.', '2022-02-15')[0]?.date).toBe('2022-02-11');
  });

  it('falls back to the publication date, and to null when it is unknown', () => {
    expect(run('Lavrov said the talks would resume.', '2021-10-08')[0]?.date).toBe('2021-10-08');
    expect(run('Lavrov said on Friday the talks would resume.', null)[0]?.date).toBeNull();
  });
});

describe('statement records', () => {
  it('keeps span, context, cue, outlet and a stable id', () => {
    const text = 'Intro paragraph here.\n\n"We will respond," Lavrov said on Friday.';
    const [s] = run(text);
    expect(s).toBeDefined();
    if (!s) return;
    expect(text.slice(s.span[0], s.span[1])).toBe('We will respond,');
    expect(s.context).toBe('"We will respond," Lavrov said on Friday.');
    expect(s.cue).toBe('said');
    expect(s.outlet).toBe('Test Wire');
    const [again] = run(`Other text.\n\n${text}`);
    expect(again?.id).toBe(s.id);
  });

  it('copes with a 1 MB paragraph and quotation marks that never balance', () => {
    const registry = seedRegistry();
    const line = 'Lavrov said the talks had failed. "We will respond," he added. '.repeat(16_000);
    const out = extractStatements(docFrom(line), registry);
    expect(out.length).toBeGreaterThan(16_000);
    expect(out.every((s) => s.speaker === 'Sergey Lavrov')).toBe(true);
    const unbalanced = extractStatements(docFrom('"He said this. Peskov said the talks failed. '.repeat(5_000)), registry);
    expect(Array.isArray(unbalanced)).toBe(true);
  });

  it('never throws on arbitrary text', () => {
    const registry = seedRegistry();
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        const out = extractStatements(docFrom(t), registry);
        return Array.isArray(out) && out.every((s) => s.span[0] <= s.span[1]);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '“', '”', '‘', '’', 'said', 'he', 'Lavrov', ',', '.', 'that', 'according', 'to', ' ', '\n\n', 'The', 'minister'), { maxLength: 60 }), (parts) => {
        const out = extractStatements(docFrom(parts.join(' ')), registry);
        return Array.isArray(out);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotations shown verbatim', () => {
  // sentences of everyday words, some opening with a connective the writer's own reported words would lose
  const sentence = fc
    .tuple(fc.constantFrom('', 'However, ', 'Meanwhile, ', 'Still, ', 'Indeed, ', 'In addition, ', 'But '), fc.array(fc.constantFrom('we', 'will', 'not', 'give', 'up', 'the', 'town', 'needs', 'a', 'new', 'bridge', 'and', 'people', 'are', 'tired'), { minLength: 3, maxLength: 9 }))
    .map(([lead, ws]) => `${lead}${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
  it('gives every quotation word for word, in one paragraph and over a run of open paragraphs', () => {
    const registry = seedRegistry();
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (paras) => {
        const text = `In a statement, Jane Cole said: "${paras.join('\n\n"')}"`;
        const got = joinRuns(extractStatements(docFrom(text), registry));
        return got.length === 1 && got[0]?.text === paras.join(' ');
      }),
      { numRuns: 200 },
    );
  });
});

describe('one statement per paragraph of a run', () => {
  const text = '"We have made clear there will be consequences," Antony Blinken said. "The world is watching.\n\n"And we will not look away. Nobody should doubt it."\n\nThe talks resume on Monday.';
  it('cuts a run of quoted paragraphs per paragraph, linked by one run id, and joins it back whole', () => {
    const got = extractStatements(docFrom(text), seedRegistry());
    expect(got.map((s) => [s.speaker, s.text])).toEqual([
      ['Antony Blinken', 'We have made clear there will be consequences. The world is watching.'],
      ['Antony Blinken', 'And we will not look away. Nobody should doubt it.'],
    ]);
    expect(new Set(got.map((s) => s.run?.id)).size).toBe(1);
    expect(got.map((s) => [s.run?.part, s.run?.of])).toEqual([[1, 2], [2, 2]]);
    expect(new Set(got.map((s) => s.id)).size).toBe(2);
    for (const s of got) expect(text.slice(s.span[0], s.span[1])).toContain(s.text.slice(0, 20));
    const whole = joinRuns(got);
    expect(whole).toHaveLength(1);
    expect(whole[0]?.text).toBe('We have made clear there will be consequences. The world is watching. And we will not look away. Nobody should doubt it.');
    expect(whole[0]?.id).toBe(got[0]?.run?.id);
  });
  it('leaves a one-paragraph statement without a run', () => {
    expect(extractStatements(docFrom('"We are ready," Antony Blinken said.'), seedRegistry())[0]?.run).toBeUndefined();
  });
});
