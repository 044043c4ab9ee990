// Public door of the summariser: extractive by default, an OpenAI-compatible endpoint optionally.
export { isRedundant, rankStatements, sharedStems, speakerCounts, summarise, termsOf, type RankOptions, type SummaryOptions } from './extractive.ts';
export { contentShape, reportPredicate, verbOf, type ContentShape } from './clause.ts';
export { looksInstitutional, looksPersonal, speakerShortNames, type SpeakerKind } from './names.ts';
export { excerpt, isVerbatim, nestQuotes, quote, quotedPassages, unfaithfulQuotes, type Excerpt } from './verbatim.ts';
export { capitalise, clip, endSentence, focusSentence, reportClause, reportingVerb, sentences, shortSpeaker, type ClauseOptions } from './phrasing.ts';
export {
  SummaryApiError,
  SummaryConfigError,
  createExtractiveSummariser,
  createLlmSummariser,
  summaryConfigFromEnv,
  type LlmSummariserOptions,
  type LlmSummaryConfig,
  type Summariser,
} from './llm.ts';
export { daysAgo, summariseTopic, type TopicOptions, type TopicSummary } from './topic.ts';
