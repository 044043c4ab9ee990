// The reporting verbs ("cues"), one checked record per verb: its forms, what a statement with it reports, and how
// the rules may use it. Checked when the module loads (checkCueVerbs): a mistake here fails every run at once, not
// one sentence in a thousand. The rules read the derived names below (CUE_FORMS, WEAK_CUES, …); lexicon.ts exports
// them with the other word classes.
import { STATEMENT_ACTS, type StatementAct } from '../model.ts';

/**
 * What a statement reports: speech, writing, a belief, a wish or plan, a finding (of a poll, report or study), or a
 * stance towards someone or something with no words of its own ("endorsed Mr. Trump", "rejected the criticism").
 */
export type Act = StatementAct;

/** One reporting verb. Cognition verbs (believe, think) are included because news attributes stances with them. */
export interface CueVerb {
  /** The base form, the name the rules know the verb by ("say"). */
  readonly lemma: string;
  /** Every inflected form accepted as a cue, lower-case, space-separated ("say says said saying"). */
  readonly forms: string;
  /** What a statement with this cue reports (its content is a quotation: "said", unless the cue says written). */
  readonly act: Act;
  /** Strong enough in the "…, X said." position to attribute the clause before it. */
  readonly final?: true;
  /** Has non-speech senses alone: counts only with a "that" clause, a quotation, an infinitive or an object. */
  readonly weak?: true;
  /** Its content may be an infinitive: "wants to build", "promised to resign". */
  readonly infinitive?: true;
  /** Its content may be its object alone: "endorsed Mr. Trump", "opposed the deal". */
  readonly object?: true;
  /**
   * Who the object right after it is: "always" its addressee, and the content follows ("told journalists the West
   * had …", "briefed TASS"); "before-that" its addressee when a "that" follows ("warned European leaders that …"), but
   * perhaps the content's subject when none does ("warned Russia would respond").
   */
  readonly addressee?: 'always' | 'before-that';
  /** Reports a question or a request ("asked whether …", "asked him to comment"), which states nothing. */
  readonly asks?: true;
  /** Tells how words were said ("he boomed", "she laughed"): after its content only when that content is a quotation. */
  readonly manner?: true;
  /** A cue only with one of these right after it: "pointed out", "called for", "shot back". */
  readonly particles?: readonly string[];
  /**
   * An adjective, a cue only after a form of "be" and before its clause: "is convinced that …", "remains confident the
   * deal will pass" (not "a confident player", "is confident in her team", "is not sure").
   */
  readonly copular?: true;
}

const FIELDS: ReadonlySet<string> = new Set(['lemma', 'forms', 'act', 'final', 'weak', 'infinitive', 'object', 'addressee', 'asks', 'manner', 'particles', 'copular']);
const FLAGS = ['final', 'weak', 'infinitive', 'object', 'asks', 'manner', 'copular'] as const;
const ADDRESSEE: ReadonlySet<unknown> = new Set(['always', 'before-that']);
const WORD = /^[a-z]+$/;

/** What is wrong with a table of cue records (empty when nothing is). */
export function cueVerbProblems(records: readonly CueVerb[]): string[] {
  const problems: string[] = [];
  const lemmas = new Set<string>();
  const owner = new Map<string, string>();
  for (const r of records) {
    const at = `cue verb ${JSON.stringify(r.lemma)}`;
    for (const key of Object.keys(r)) if (!FIELDS.has(key)) problems.push(`${at}: unknown field "${key}"`);
    if (typeof r.lemma !== 'string' || !WORD.test(r.lemma)) problems.push(`${at}: the lemma must be one lower-case word`);
    if (lemmas.has(r.lemma)) problems.push(`${at}: lemma listed twice`);
    lemmas.add(r.lemma);
    if (!STATEMENT_ACTS.includes(r.act)) problems.push(`${at}: act must be one of ${STATEMENT_ACTS.join(', ')}`);
    for (const flag of FLAGS) if (r[flag] !== undefined && r[flag] !== true) problems.push(`${at}: ${flag} is true or absent`);
    if (r.addressee !== undefined && !ADDRESSEE.has(r.addressee)) problems.push(`${at}: addressee is "always", "before-that" or absent`);
    const forms = typeof r.forms === 'string' ? r.forms.split(' ') : [];
    if (forms.length === 0 || forms.some((f) => !WORD.test(f))) problems.push(`${at}: forms must be lower-case words separated by one space`);
    for (const f of forms) {
      const other = owner.get(f);
      if (other !== undefined) problems.push(`${at}: form "${f}" already belongs to "${other}"`);
      else owner.set(f, r.lemma);
    }
  }
  for (const r of records) {
    if (r.particles === undefined) continue;
    const at = `cue verb "${r.lemma}"`;
    if (!Array.isArray(r.particles) || r.particles.length === 0) problems.push(`${at}: particles, when given, list at least one`);
    else {
      if (r.particles.some((p, k) => !WORD.test(p) || r.particles?.indexOf(p) !== k)) problems.push(`${at}: particles must be distinct lower-case words`);
      for (const p of r.particles) if (owner.has(p)) problems.push(`${at}: particle "${p}" is itself a cue form`);
    }
    // the particle is what makes such a verb count: it is never weak as well
    if (r.weak) problems.push(`${at}: a verb with particles is not also weak`);
  }
  return problems;
}

/** The records, checked: throws with every problem found. */
export function checkCueVerbs(records: readonly CueVerb[]): readonly CueVerb[] {
  const problems = cueVerbProblems(records);
  if (problems.length > 0) throw new Error(`lexicon-cues.ts:\n  ${problems.join('\n  ')}`);
  return records;
}

export const CUE_VERBS: readonly CueVerb[] = checkCueVerbs([
  { lemma: 'say', forms: 'say says said saying', act: 'said', final: true },
  { lemma: 'tell', forms: 'tell tells told telling', act: 'said', final: true, addressee: 'always' },
  { lemma: 'add', forms: 'add adds added adding', act: 'said', final: true, weak: true },
  { lemma: 'state', forms: 'states stated stating', act: 'said', final: true },
  { lemma: 'stress', forms: 'stress stresses stressed stressing', act: 'said', final: true },
  { lemma: 'emphasize', forms: 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising', act: 'said', final: true },
  { lemma: 'note', forms: 'note notes noted noting', act: 'said', final: true, weak: true },
  { lemma: 'warn', forms: 'warn warns warned warning', act: 'said', final: true, addressee: 'before-that' },
  { lemma: 'argue', forms: 'argue argues argued arguing', act: 'said', final: true },
  { lemma: 'claim', forms: 'claim claims claimed claiming', act: 'said', final: true },
  { lemma: 'insist', forms: 'insist insists insisted insisting', act: 'said', final: true },
  { lemma: 'explain', forms: 'explain explains explained explaining', act: 'said', final: true },
  { lemma: 'announce', forms: 'announce announces announced announcing', act: 'said', final: true },
  { lemma: 'declare', forms: 'declare declares declared declaring', act: 'said', final: true },
  { lemma: 'reiterate', forms: 'reiterate reiterates reiterated reiterating', act: 'said', final: true },
  { lemma: 'affirm', forms: 'affirm affirms affirmed affirming reaffirm reaffirms reaffirmed reaffirming', act: 'said', final: true },
  { lemma: 'assert', forms: 'assert asserts asserted asserting', act: 'said', final: true },
  { lemma: 'maintain', forms: 'maintains maintained', act: 'said', final: true, weak: true },
  { lemma: 'suggest', forms: 'suggest suggests suggested suggesting', act: 'said', final: true },
  { lemma: 'acknowledge', forms: 'acknowledge acknowledges acknowledged acknowledging', act: 'said', final: true },
  { lemma: 'admit', forms: 'admit admits admitted admitting', act: 'said', final: true },
  { lemma: 'confirm', forms: 'confirm confirms confirmed confirming', act: 'said', final: true },
  { lemma: 'deny', forms: 'deny denies denied denying', act: 'said' },
  { lemma: 'accuse', forms: 'accuse accuses accused accusing', act: 'said' },
  { lemma: 'urge', forms: 'urge urges urged urging urgeing', act: 'said' },
  { lemma: 'demand', forms: 'demand demands demanded demanding', act: 'said' },
  { lemma: 'condemn', forms: 'condemn condemns condemned condemning', act: 'said', object: true },
  { lemma: 'criticize', forms: 'criticize criticizes criticized criticizing criticise criticises criticised criticising', act: 'said', object: true },
  { lemma: 'predict', forms: 'predict predicts predicted predicting', act: 'said', final: true },
  { lemma: 'promise', forms: 'promise promises promised promising', act: 'said', infinitive: true },
  { lemma: 'pledge', forms: 'pledge pledges pledged pledging', act: 'said', infinitive: true },
  { lemma: 'vow', forms: 'vow vows vowed vowing', act: 'said', infinitive: true },
  { lemma: 'threaten', forms: 'threaten threatens threatened threatening', act: 'said', infinitive: true },
  { lemma: 'complain', forms: 'complain complains complained complaining', act: 'said', final: true },
  { lemma: 'concede', forms: 'concede concedes conceded conceding', act: 'said', final: true },
  { lemma: 'recall', forms: 'recall recalls recalled recalling', act: 'said', final: true, weak: true },
  { lemma: 'report', forms: 'report reports reported reporting', act: 'said', final: true, weak: true },
  { lemma: 'reveal', forms: 'reveal reveals revealed revealing', act: 'said', final: true },
  { lemma: 'write', forms: 'write writes wrote writing', act: 'wrote', final: true },
  { lemma: 'tweet', forms: 'tweet tweets tweeted tweeting', act: 'wrote', final: true },
  { lemma: 'post', forms: 'posted', act: 'wrote', weak: true },
  { lemma: 'reply', forms: 'reply replies replied replying', act: 'said', final: true },
  { lemma: 'respond', forms: 'respond responds responded responding', act: 'said', final: true },
  { lemma: 'ask', forms: 'ask asks asked asking', act: 'said', final: true, weak: true, asks: true },
  { lemma: 'believe', forms: 'believe believes believed', act: 'thinks', final: true },
  { lemma: 'think', forms: 'think thinks thought', act: 'thinks', final: true },
  { lemma: 'conclude', forms: 'conclude concludes concluded concluding', act: 'said', final: true },
  { lemma: 'continue', forms: 'continued continues', act: 'said', final: true, weak: true },
  { lemma: 'remark', forms: 'remark remarks remarked remarking', act: 'said', final: true },
  { lemma: 'observe', forms: 'observe observes observed observing', act: 'said', final: true, weak: true },
  { lemma: 'notice', forms: 'noticed', act: 'found', weak: true },
  { lemma: 'comment', forms: 'comment comments commented commenting', act: 'said', final: true },
  { lemma: 'underline', forms: 'underline underlines underlined underlining underscore underscores underscored underscoring', act: 'said', final: true },
  { lemma: 'highlight', forms: 'highlight highlights highlighted highlighting', act: 'said', final: true },
  // "pointed out", "called for", "appealed to": only with a particle after them (cueAt, cues.ts)
  { lemma: 'point', forms: 'point points pointed pointing', act: 'said', particles: ['out'] },
  { lemma: 'call', forms: 'call calls called calling', act: 'said', particles: ['for', 'on', 'upon'] },
  { lemma: 'propose', forms: 'propose proposes proposed proposing', act: 'said' },
  { lemma: 'recommend', forms: 'recommend recommends recommended recommending', act: 'said' },
  { lemma: 'advise', forms: 'advise advises advised advising', act: 'said', weak: true, infinitive: true, addressee: 'always' },
  { lemma: 'appeal', forms: 'appeal appeals appealed appealing', act: 'said', particles: ['to', 'for', 'on'] },
  { lemma: 'allege', forms: 'allege alleges alleged alleging', act: 'said', final: true },
  { lemma: 'contend', forms: 'contend contends contended contending', act: 'said', final: true },
  { lemma: 'estimate', forms: 'estimate estimates estimated estimating', act: 'found', final: true, weak: true },
  { lemma: 'caution', forms: 'caution cautions cautioned cautioning', act: 'said', final: true },
  { lemma: 'mention', forms: 'mention mentions mentioned mentioning', act: 'said' },
  { lemma: 'indicate', forms: 'indicate indicates indicated indicating', act: 'said', final: true, weak: true },
  { lemma: 'assure', forms: 'assure assures assured assuring reassure reassures reassured reassuring', act: 'said', addressee: 'always' },
  { lemma: 'inform', forms: 'inform informs informed informing', act: 'said', weak: true, addressee: 'always' },
  { lemma: 'lament', forms: 'lament laments lamented lamenting', act: 'said', final: true },
  { lemma: 'quip', forms: 'quip quips quipped quipping', act: 'said', final: true },
  { lemma: 'crow', forms: 'crows crowed crowing', act: 'said', final: true },
  { lemma: 'scold', forms: 'scold scolds scolded scolding', act: 'said', final: true },
  // How the words were said ("“Let’s defeat her in November,” he boomed"): weak, and only the past or the participle,
  // whose base forms and plurals are everyday nouns ("a shout", "the whispers", "a laugh")
  { lemma: 'boom', forms: 'boomed', act: 'said', weak: true, manner: true },
  { lemma: 'demur', forms: 'demurred', act: 'said', weak: true, manner: true },
  { lemma: 'snap', forms: 'snapped', act: 'said', weak: true, manner: true },
  { lemma: 'bark', forms: 'barked', act: 'said', weak: true, manner: true },
  { lemma: 'fume', forms: 'fumed fuming', act: 'said', weak: true, manner: true },
  { lemma: 'laugh', forms: 'laughed', act: 'said', weak: true, manner: true },
  { lemma: 'sigh', forms: 'sighed', act: 'said', weak: true, manner: true },
  { lemma: 'shout', forms: 'shouted shouting', act: 'said', weak: true, manner: true },
  { lemma: 'yell', forms: 'yelled yelling', act: 'said', weak: true, manner: true },
  { lemma: 'scream', forms: 'screamed screaming', act: 'said', weak: true, manner: true },
  { lemma: 'whisper', forms: 'whispered', act: 'said', weak: true, manner: true },
  { lemma: 'mutter', forms: 'muttered muttering', act: 'said', weak: true, manner: true },
  { lemma: 'murmur', forms: 'murmured', act: 'said', weak: true, manner: true },
  { lemma: 'brag', forms: 'brag brags bragged bragging', act: 'said', weak: true, manner: true },
  { lemma: 'gush', forms: 'gushed', act: 'said', weak: true, manner: true },
  { lemma: 'rave', forms: 'raved', act: 'said', weak: true, manner: true },
  { lemma: 'bemoan', forms: 'bemoan bemoans bemoaned bemoaning', act: 'said', weak: true, manner: true },
  { lemma: 'chide', forms: 'chided chiding', act: 'said', weak: true, manner: true },
  { lemma: 'marvel', forms: 'marveled marvelled', act: 'said', weak: true, manner: true },
  { lemma: 'reason', forms: 'reasoned', act: 'said', weak: true, manner: true },
  { lemma: 'plead', forms: 'pleaded', act: 'said', weak: true, manner: true },
  { lemma: 'implore', forms: 'implored', act: 'said', weak: true, manner: true },
  { lemma: 'gripe', forms: 'griped', act: 'said', weak: true, manner: true },
  { lemma: 'confess', forms: 'confessed', act: 'said', weak: true, manner: true },
  { lemma: 'tease', forms: 'teased', act: 'said', weak: true, manner: true },
  { lemma: 'deadpan', forms: 'deadpanned', act: 'said', weak: true, manner: true },
  { lemma: 'thunder', forms: 'thundered', act: 'said', weak: true, manner: true },
  { lemma: 'bellow', forms: 'bellowed', act: 'said', weak: true, manner: true },
  { lemma: 'exclaim', forms: 'exclaimed', act: 'said', weak: true, manner: true },
  { lemma: 'riff', forms: 'riffed', act: 'said', weak: true, manner: true },
  { lemma: 'correct', forms: 'corrects corrected', act: 'said', weak: true, manner: true },
  // ("…, posting: “Gutted.”": the participle of "post" reports only the words right after it, as the manner cues do —
  // never "posting photos of himself"; a record of its own, as "post" is no manner cue)
  { lemma: 'posting', forms: 'posting', act: 'wrote', weak: true, manner: true },
  // "Her statement read: …": a document's words; weak, so only with a quotation or a that-clause
  { lemma: 'read', forms: 'read reads', act: 'wrote', weak: true },
  { lemma: 'agree', forms: 'agree agrees agreed agreeing', act: 'said', weak: true, infinitive: true },
  { lemma: 'express', forms: 'express expresses expressed expressing', act: 'said', weak: true },
  { lemma: 'expect', forms: 'expect expects expected', act: 'thinks', weak: true, infinitive: true, object: true },
  { lemma: 'hope', forms: 'hope hopes hoped', act: 'wants', weak: true, infinitive: true },
  { lemma: 'charge', forms: 'charges charged', act: 'said', weak: true },
  { lemma: 'boast', forms: 'boast boasts boasted boasting', act: 'said', final: true },
  { lemma: 'joke', forms: 'joke jokes joked joking', act: 'said', final: true },
  { lemma: 'counter', forms: 'countered', act: 'said', final: true, weak: true },
  { lemma: 'question', forms: 'questioned questioning', act: 'said', weak: true, asks: true },
  { lemma: 'dismiss', forms: 'dismiss dismisses dismissed dismissing', act: 'said', weak: true, object: true },
  { lemma: 'reject', forms: 'reject rejects rejected rejecting', act: 'said', weak: true, object: true },
  { lemma: 'welcome', forms: 'welcome welcomes welcomed welcoming', act: 'said', weak: true, object: true },
  { lemma: 'blame', forms: 'blame blames blamed blaming', act: 'said', weak: true, object: true },
  { lemma: 'describe', forms: 'describe describes described describing', act: 'said', weak: true, object: true },
  { lemma: 'characterize', forms: 'characterize characterized characterised', act: 'said', weak: true },
  { lemma: 'disclose', forms: 'disclose discloses disclosed disclosing', act: 'said' },
  { lemma: 'signal', forms: 'signal signals signaled signalled signaling signalling', act: 'said', weak: true },
  { lemma: 'testify', forms: 'testify testifies testified testifying', act: 'said', final: true },
  { lemma: 'brief', forms: 'briefed', act: 'said', weak: true, addressee: 'always' },
  { lemma: 'specify', forms: 'specified', act: 'said', final: true },
  { lemma: 'rule', forms: 'ruled ruling rules', act: 'said', final: true, weak: true },
  { lemma: 'grumble', forms: 'grumbles grumbled', act: 'said', final: true },
  { lemma: 'proclaim', forms: 'proclaim proclaims proclaimed', act: 'said', final: true },
  { lemma: 'speculate', forms: 'speculate speculates speculated', act: 'thinks', final: true },
  { lemma: 'reckon', forms: 'reckon reckons reckoned', act: 'thinks', final: true },
  { lemma: 'confide', forms: 'confided', act: 'said', final: true },
  { lemma: 'venture', forms: 'ventured', act: 'said', final: true },
  { lemma: 'surmise', forms: 'surmised', act: 'thinks', final: true },
  { lemma: 'theorize', forms: 'theorized theorised', act: 'thinks', final: true },
  { lemma: 'guess', forms: 'guessed', act: 'thinks', final: true },
  { lemma: 'text', forms: 'texted', act: 'wrote', final: true },
  { lemma: 'email', forms: 'emailed', act: 'wrote', final: true },
  { lemma: 'blast', forms: 'blasted', act: 'said', weak: true },
  { lemma: 'slam', forms: 'slammed', act: 'said', weak: true },
  { lemma: 'tout', forms: 'touted', act: 'said', weak: true },
  { lemma: 'dispute', forms: 'disputed', act: 'said', weak: true },
  { lemma: 'fear', forms: 'fear fears feared', act: 'thinks', weak: true },
  // A conviction told by "be" and an adjective ("Tom Reyes is convinced that …", "She remains confident the deal …")
  { lemma: 'convinced', forms: 'convinced', act: 'thinks', copular: true },
  { lemma: 'confident', forms: 'confident', act: 'thinks', copular: true },
  { lemma: 'optimistic', forms: 'optimistic', act: 'thinks', copular: true },
  { lemma: 'certain', forms: 'certain', act: 'thinks', copular: true },
  { lemma: 'adamant', forms: 'adamant', act: 'said', copular: true },
  { lemma: 'worry', forms: 'worry worries worried', act: 'thinks', weak: true },
  // "Booker shot back", "she fired back", "the Kremlin hit back"
  { lemma: 'shoot', forms: 'shot', act: 'said', final: true, particles: ['back'] },
  { lemma: 'fire', forms: 'fired', act: 'said', final: true, particles: ['back'] },
  { lemma: 'hit', forms: 'hit hits', act: 'said', final: true, particles: ['back'] },
  { lemma: 'push', forms: 'pushed', act: 'said', final: true, particles: ['back'] },
  // (“…,” she went on: after a quotation only)
  { lemma: 'go', forms: 'went', act: 'said', manner: true, particles: ['on'] },
  { lemma: 'answer', forms: 'answer answers answered', act: 'said', final: true },
  { lemma: 'remind', forms: 'remind reminds reminded reminding', act: 'said', addressee: 'always' },
  { lemma: 'elaborate', forms: 'elaborated', act: 'said', final: true },
  { lemma: 'retort', forms: 'retort retorts retorted', act: 'said', final: true },
  { lemma: 'interject', forms: 'interjected', act: 'said', final: true },
  { lemma: 'scoff', forms: 'scoffs scoffed', act: 'said', final: true },
  { lemma: 'clarify', forms: 'clarify clarifies clarified clarifying', act: 'said', final: true },
  { lemma: 'opine', forms: 'opined', act: 'said', final: true },
  // (South Asian and West African English: "…," he averred)
  { lemma: 'aver', forms: 'aver avers averred averring', act: 'said', final: true },
  { lemma: 'concur', forms: 'concurred', act: 'said' },
  { lemma: 'object', forms: 'objected', act: 'said' },
  { lemma: 'protest', forms: 'protested', act: 'said' },
  { lemma: 'hint', forms: 'hint hints hinted hinting', act: 'said', final: true },
  { lemma: 'forecast', forms: 'forecast forecasts forecasted forecasting', act: 'found', weak: true },
  { lemma: 'recount', forms: 'recounted', act: 'said', final: true },
  { lemma: 'muse', forms: 'mused', act: 'thinks', final: true },
  { lemma: 'wonder', forms: 'wondered', act: 'thinks', final: true, asks: true },
  { lemma: 'defend', forms: 'defend defends defended defending', act: 'said', weak: true, object: true },
  // "made clear that", "made it clear that": cueAt (cues.ts) takes the "clear"
  { lemma: 'make', forms: 'made makes make', act: 'said' },
  // (only "put it" with a manner or a colon after it: "put it bluntly:", "put it this way:"; see cueOfForm)
  { lemma: 'put', forms: 'put puts', act: 'said' },
  // beliefs, knowledge and feelings
  { lemma: 'know', forms: 'know knows knew', act: 'thinks', weak: true, object: true },
  { lemma: 'doubt', forms: 'doubt doubts doubted', act: 'thinks', weak: true, object: true },
  // intentions and wishes: their content is often an infinitive ("wants to build a wall")
  { lemma: 'want', forms: 'want wants wanted', act: 'wants', weak: true, infinitive: true, object: true },
  { lemma: 'plan', forms: 'plan plans planned', act: 'wants', weak: true, infinitive: true },
  { lemma: 'intend', forms: 'intend intends intended', act: 'wants', weak: true, infinitive: true },
  { lemma: 'seek', forms: 'seek seeks sought', act: 'wants', weak: true, infinitive: true },
  { lemma: 'prefer', forms: 'prefer prefers preferred', act: 'wants', weak: true, infinitive: true, object: true },
  // findings of polls, reports and studies
  { lemma: 'show', forms: 'show shows showed', act: 'found', weak: true },
  { lemma: 'find', forms: 'finds found', act: 'found', weak: true },
  // stances towards someone or something: their content may be the object ("endorsed Trump")
  { lemma: 'support', forms: 'support supports supported', act: 'stance', weak: true, object: true },
  { lemma: 'endorse', forms: 'endorse endorses endorsed', act: 'stance', weak: true, object: true },
  { lemma: 'oppose', forms: 'oppose opposes opposed', act: 'stance', weak: true, object: true },
  { lemma: 'favor', forms: 'favor favors favored favour favours favoured', act: 'stance', weak: true, object: true },
  { lemma: 'praise', forms: 'praise praises praised', act: 'said', weak: true, object: true },
  { lemma: 'cite', forms: 'cites cited citing', act: 'said', weak: true, object: true },
  { lemma: 'see', forms: 'see sees', act: 'thinks', weak: true, object: true },
  { lemma: 'attack', forms: 'attacked', act: 'said', weak: true, object: true },
  { lemma: 'back', forms: 'backs backed', act: 'stance', weak: true, object: true },
  { lemma: 'denounce', forms: 'denounce denounces denounced', act: 'said', weak: true, object: true },
  { lemma: 'decry', forms: 'decry decries decried', act: 'said', weak: true, object: true },
  { lemma: 'echo', forms: 'echoed', act: 'said', weak: true, object: true },
  { lemma: 'feel', forms: 'feel feels felt', act: 'thinks', final: true, weak: true },
  { lemma: 'learn', forms: 'learned learnt', act: 'found', weak: true },
]);

const lemmasWhere = (has: (r: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((r) => r.lemma));

/** form → lemma ("said" → "say"). */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(CUE_VERBS.flatMap((r) => r.forms.split(' ').map((f) => [f, r.lemma] as const)));

/** lemma → what it reports, for the cues that report something else than speech ("said" for every other cue). */
export const CUE_ACTS: ReadonlyMap<string, Act> = new Map(CUE_VERBS.filter((r) => r.act !== 'said').map((r) => [r.lemma, r.act] as const));

/** lemma → the particles without which it is no cue ("pointed out", "called for", "shot back"). */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(CUE_VERBS.flatMap((r) => (r.particles ? [[r.lemma, r.particles] as const] : [])));

/** Cues that need a following clause or object to count (they have non-speech senses alone). */
export const WEAK_CUES = lemmasWhere((r) => r.weak === true);

/** Cues that tell how words were said ("he boomed"): after a content only when it is a quotation. */
export const MANNER_CUES = lemmasWhere((r) => r.manner === true);

/** Cues that, in the "…, X cue." position, are strong enough to attribute the preceding clause. */
export const FINAL_POSITION_CUES = lemmasWhere((r) => r.final === true);

/** Cues whose content may be an infinitive: "wants to build", "declined to comment", "hopes to win". */
export const INFINITIVE_CUES = lemmasWhere((r) => r.infinitive === true);

/** Cues whose content may be their object alone: "endorsed Mr. Trump", "opposed the deal", "cited the report". */
export const OBJECT_CUES = lemmasWhere((r) => r.object === true);

/** Cues whose object is whom they speak to, the content after it: "told journalists the West had …", "briefed TASS". */
export const ADDRESSEE_CUES = lemmasWhere((r) => r.addressee === 'always');

/** Cues whose "that" may follow an addressee: "told reporters on Friday that …", "warned European leaders that …". */
export const THAT_AFTER_ADDRESSEE_CUES = lemmasWhere((r) => r.addressee !== undefined);

/** Adjectives that report a conviction after a form of "be": "is convinced that …". */
export const COPULAR_CUES = lemmasWhere((r) => r.copular === true);

/** Cues that report a question or a request ("asked whether …", "asked him to comment"): no statement. */
export const QUESTION_CUES = lemmasWhere((r) => r.asks === true);
