// The lexicon as data: every cue verb a checked record, every word class listed once, and the places where two
// classes share a word listed here, so that a new word that makes a cue form a role noun (or a month a sentence
// opener) is seen and decided, not found later in a wrong statement.
import { describe, expect, it } from 'vitest';
import { STATEMENT_ACTS } from '../../../src/core/model.ts';
import { asWritten } from '../../../src/core/extract/lexicon-base.ts';
import * as clauses from '../../../src/core/extract/lexicon-clauses.ts';
import { cueVerbProblems, type CueVerb } from '../../../src/core/extract/lexicon-cues.ts';
import * as nouns from '../../../src/core/extract/lexicon-nouns.ts';
import * as lexicon from '../../../src/core/extract/lexicon.ts';

const {
  CUE_VERBS,
  CUE_FORMS,
  CUE_ACTS,
  CUE_PARTICLES,
  WEAK_CUES,
  MANNER_CUES,
  COPULAR_CUES,
  FINAL_POSITION_CUES,
  INFINITIVE_CUES,
  OBJECT_CUES,
  ADDRESSEE_CUES,
  THAT_AFTER_ADDRESSEE_CUES,
  QUESTION_CUES,
  DETERMINERS,
  FINITE_VERBS,
  INSTITUTION_NOUNS,
  INTERVENING,
  MONTHS,
  NP_BREAKERS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_STARTERS,
  SOURCE_MODIFIER_WORDS,
  TAIL_STARTERS,
  TITLE_WORDS,
} = lexicon;
const { DOCUMENT_NOUNS, FRAME_NOUNS, ISSUER_HEADS, PLURAL_DOCUMENT_NOUNS, STANCE_NOUNS, TITLE_NOUNS } = nouns;
const { ARTICLES_AND_DEMONSTRATIVES, BE_HAVE_FORMS, DOCUMENT_PARTICIPLES, LONG_OPENERS, NOUN_DETERMINERS, PASSIVE_AUXILIARIES, PUBLISHED_BY, SAYING_PARTICIPLES, SCENE_OPENERS } = clauses;

const formsOf = (r: CueVerb): string[] => r.forms.split(' ');
const lemmasWhere = (has: (r: CueVerb) => boolean): string[] => CUE_VERBS.filter(has).map((r) => r.lemma).sort();
const sorted = (s: Iterable<string>): string[] => [...s].sort();
const overlap = (a: Iterable<string>, b: ReadonlySet<string>): string[] => sorted(new Set([...a].filter((w) => b.has(w))));

describe('cue verbs', () => {
  it('are valid records', () => {
    expect(cueVerbProblems(CUE_VERBS)).toEqual([]);
    expect(CUE_VERBS.length).toBeGreaterThan(100);
  });

  it('give no form to two verbs, and no lemma twice', () => {
    const owner = new Map<string, string>();
    for (const r of CUE_VERBS) {
      for (const f of formsOf(r)) {
        expect(owner.get(f), `"${f}" of ${r.lemma}`).toBeUndefined();
        owner.set(f, r.lemma);
      }
    }
    const lemmas = CUE_VERBS.map((r) => r.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
  });

  it('derive every name the rules read', () => {
    expect(sorted(CUE_FORMS.keys())).toEqual(sorted(CUE_VERBS.flatMap(formsOf)));
    for (const r of CUE_VERBS) for (const f of formsOf(r)) expect(CUE_FORMS.get(f)).toBe(r.lemma);
    for (const r of CUE_VERBS) expect(CUE_ACTS.get(r.lemma) ?? 'said').toBe(r.act);
    expect([...CUE_ACTS.values()].every((a) => a !== 'said' && STATEMENT_ACTS.includes(a))).toBe(true);
    expect(sorted(CUE_PARTICLES.keys())).toEqual(lemmasWhere((r) => r.particles !== undefined));
    for (const [lemma, particles] of CUE_PARTICLES) expect(particles).toEqual(CUE_VERBS.find((r) => r.lemma === lemma)?.particles);
    expect(sorted(WEAK_CUES)).toEqual(lemmasWhere((r) => r.weak === true));
    expect(sorted(FINAL_POSITION_CUES)).toEqual(lemmasWhere((r) => r.final === true));
    expect(sorted(INFINITIVE_CUES)).toEqual(lemmasWhere((r) => r.infinitive === true));
    expect(sorted(OBJECT_CUES)).toEqual(lemmasWhere((r) => r.object === true));
    expect(sorted(ADDRESSEE_CUES)).toEqual(lemmasWhere((r) => r.addressee === 'always'));
    expect(sorted(THAT_AFTER_ADDRESSEE_CUES)).toEqual(lemmasWhere((r) => r.addressee !== undefined));
    expect(sorted(QUESTION_CUES)).toEqual(lemmasWhere((r) => r.asks === true));
    expect(sorted(MANNER_CUES)).toEqual(lemmasWhere((r) => r.manner === true));
    expect(sorted(COPULAR_CUES)).toEqual(lemmasWhere((r) => r.copular === true));
  });

  it('take an addressee or ask as the rules expect', () => {
    // "told journalists the West had …" skips the addressee; "warned Russia would respond" must not
    expect(sorted(ADDRESSEE_CUES)).toEqual(['advise', 'assure', 'brief', 'inform', 'remind', 'tell']);
    expect(sorted(THAT_AFTER_ADDRESSEE_CUES)).toEqual(['advise', 'assure', 'brief', 'inform', 'remind', 'tell', 'warn']);
    expect(sorted(QUESTION_CUES)).toEqual(['ask', 'question', 'wonder']);
  });

  it('report speech unless they say otherwise', () => {
    const acts = (act: string): string[] => lemmasWhere((r) => r.act === act);
    expect(acts('wrote')).toEqual(['email', 'post', 'posting', 'read', 'text', 'tweet', 'write']);
    expect(acts('found')).toEqual(['estimate', 'find', 'forecast', 'learn', 'notice', 'show']);
    expect(acts('stance')).toEqual(['back', 'endorse', 'favor', 'oppose', 'support']);
    expect(acts('wants')).toEqual(['hope', 'intend', 'plan', 'prefer', 'seek', 'want']);
  });

  it('reject a table with mistakes, naming each', () => {
    const bad = [
      { lemma: 'say', forms: 'say says said', act: 'said', final: true },
      { lemma: 'state', forms: 'states said', act: 'said' },
      { lemma: 'say', forms: 'Say', act: 'spoke' },
      { lemma: 'point', forms: 'pointed', act: 'said', weak: true, particles: ['out', 'out', 'says'] },
      { lemma: 'note', forms: 'noted', act: 'said', final: 'yes', finall: true },
      { lemma: 'tell', forms: 'told', act: 'said', addressee: 'sometimes' },
    ] as unknown as CueVerb[];
    const problems = cueVerbProblems(bad).join('\n');
    expect(problems).toContain('form "said" already belongs to "say"');
    expect(problems).toContain('"say": lemma listed twice');
    expect(problems).toContain('act must be one of');
    expect(problems).toContain('forms must be lower-case words');
    expect(problems).toContain('particles must be distinct');
    expect(problems).toContain('particle "says" is itself a cue form');
    expect(problems).toContain('a verb with particles is not also weak');
    expect(problems).toContain('final is true or absent');
    expect(problems).toContain('unknown field "finall"');
    expect(problems).toContain('addressee is "always", "before-that" or absent');
  });
});

describe('word classes', () => {
  const classes = [lexicon, nouns, clauses].flatMap((m) => Object.entries(m)).filter((e): e is [string, ReadonlySet<string>] => e[1] instanceof Set);
  const derived = new Set<unknown>([WEAK_CUES, FINAL_POSITION_CUES, INFINITIVE_CUES, OBJECT_CUES, ADDRESSEE_CUES, THAT_AFTER_ADDRESSEE_CUES, QUESTION_CUES, MANNER_CUES, COPULAR_CUES]);

  it('are each written down once, as words, with no word listed twice', () => {
    expect(classes.length).toBeGreaterThan(50);
    for (const [name, set] of classes) {
      if (derived.has(set)) continue;
      const list = asWritten(set);
      expect(list, `${name} is not written with words()`).toBeDefined();
      const twice = (list ?? []).filter((w, k, a) => a.indexOf(w) !== k);
      expect(twice, name).toEqual([]);
    }
  });

  it('keep lower-case classes lower-case', () => {
    const lower = [ROLE_NOUNS, INSTITUTION_NOUNS, INTERVENING, NP_BREAKERS, DETERMINERS, TAIL_STARTERS, FINITE_VERBS, SOURCE_MODIFIER_WORDS];
    for (const set of [...lower, ...Object.values(nouns), ...Object.values(clauses)]) {
      for (const w of set) expect(w).toBe(w.toLowerCase());
    }
  });

  // Each pair below shares exactly these words, and each shared word is a decision: add a word to a class and this
  // test shows what else it now is.
  const forms = new Set(CUE_FORMS.keys());
  it.each([
    // a cue form a speaker phrase could end with would make "the … said" lose its speaker
    ['cue forms', forms, 'role nouns', ROLE_NOUNS, []],
    ['cue forms', forms, 'pronouns', new Set(PRONOUNS.keys()), []],
    ['cue forms', forms, 'determiners', DETERMINERS, []],
    ['cue forms', forms, 'NP breakers', NP_BREAKERS, []],
    ['cue forms', forms, 'intervening words', INTERVENING, []],
    // "said in a call", "in his remarks", "in a tweet": a frame noun after a preposition (CUE_AS_NOUN_AFTER)
    ['cue forms', forms, 'frame nouns', FRAME_NOUNS, ['call', 'remarks', 'tweet']],
    // ("The warning states that …": a document noun in -ing may head a speaker phrase, mentions.ts isNpToken)
    ['cue forms', forms, 'document nouns', DOCUMENT_NOUNS, ['note', 'report', 'tweet', 'warning']],
    // "expressed support for …", "voiced hope that …": the noun after "expressed" (a verb after a subject)
    ['cue forms', forms, 'stance nouns', STANCE_NOUNS, ['doubt', 'doubts', 'hope', 'support']],
    ['document nouns', DOCUMENT_NOUNS, 'role nouns', ROLE_NOUNS, []],
    // "the report said", "the ruling found": a noun after a determiner (nounAfterDeterminer, speaker-phrase.ts)
    ['cue forms', forms, 'institution nouns', INSTITUTION_NOUNS, ['report', 'ruling', 'warning']],
    // "said on Friday, told …": a second cue in a tail
    ['cue forms', forms, 'tail starters', TAIL_STARTERS, ['told']],
    // "officials briefed on the talks": a source modifier, not a teller (cueAt, cues.ts)
    ['cue forms', forms, 'source modifiers', SOURCE_MODIFIER_WORDS, ['briefed']],
    // irregular past forms open a second predicate ("said X but knew …") and are cues too
    ['cue forms', forms, 'finite verbs', FINITE_VERBS, ['felt', 'hit', 'knew', 'made', 'put', 'shot', 'sought', 'thought', 'told', 'went', 'wrote']],
    // a head is a person or an institution, never both
    ['role nouns', ROLE_NOUNS, 'institution nouns', INSTITUTION_NOUNS, []],
    ['role nouns', ROLE_NOUNS, 'NP breakers', NP_BREAKERS, []],
    ['institution nouns', INSTITUTION_NOUNS, 'NP breakers', NP_BREAKERS, []],
    // "a person close to the party"
    ['institution nouns', INSTITUTION_NOUNS, 'source modifiers', SOURCE_MODIFIER_WORDS, ['party']],
    ['determiners', DETERMINERS, 'NP breakers', NP_BREAKERS, ['that', 'this']],
    // capitalised: a sentence may open with "May", "First", "Under", "Second"
    ['months', MONTHS, 'sentence starters', SENTENCE_STARTERS, ['May']],
    ['title words', TITLE_WORDS, 'sentence starters', SENTENCE_STARTERS, ['First', 'Second', 'Under']],
    // a title in a person's role ("Press Secretary") or an institution's name ("Press Office")
    [
      'title words',
      TITLE_WORDS,
      'organisation words',
      ORG_WORDS,
      ['Administration', 'Agency', 'Bureau', 'Commission', 'Committee', 'Commons', 'Council', 'Department', 'Directorate', 'Duma', 'Federation', 'House', 'Lords', 'Ministry', 'Office', 'Party', 'Press', 'Senate', 'Service'],
    ],
  ] as const)('%s and %s share only the words listed', (_a, a, _b, b, shared) => {
    expect(overlap(a, b)).toEqual([...shared]);
  });

  // Classes that narrow another: a word added to the narrower one belongs to the wider one too.
  it.each([
    ['plural document nouns', PLURAL_DOCUMENT_NOUNS, 'issuer heads', ISSUER_HEADS],
    ['title nouns', TITLE_NOUNS, 'role nouns', ROLE_NOUNS],
    ['saying participles', SAYING_PARTICIPLES, 'cue forms', forms],
    ['"published by" participles', PUBLISHED_BY, 'document participles', DOCUMENT_PARTICIPLES],
    ['passive auxiliaries', PASSIVE_AUXILIARIES, 'be and have forms', BE_HAVE_FORMS],
    ['noun determiners', NOUN_DETERMINERS, 'determiners', DETERMINERS],
    ['articles and demonstratives', ARTICLES_AND_DEMONSTRATIVES, 'determiners', DETERMINERS],
    ['scene openers', SCENE_OPENERS, 'long openers', LONG_OPENERS],
  ] as const)('%s are %s', (_a, narrow, _b, wide) => {
    expect([...narrow].filter((w) => !wide.has(w))).toEqual([]);
  });
});
