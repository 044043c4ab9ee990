// Statement extraction, the module's one public door: finds direct quotes, reported speech and mixed quotes in a
// cleaned document and attributes each to a speaker. Rule-based over tokens (fast, deterministic, explainable),
// in stages a reader can follow, one file each:
//   units.ts          text → units (sentences merged around quotations, quotations collapsed to one item)
//   cues.ts           reporting verbs, from the lexicon (lexicon.ts; one checked record per verb in lexicon-cues.ts)
//   content.ts        where the reported words start and stop
//   speaker-*.ts      the speaker phrase before or after the cue
//   frames.ts         the attribution constructions, a named, ordered table (frame-table.ts)
//   document-pass.ts  discourse: continuations, carried quotes, transcripts; coreference.ts resolves speakers
//   assemble.ts       statements: text, id, act, date, one per paragraph of a run
import type { CleanDocument, Statement } from '../model.ts';
import type { Explanation } from './assemble.ts';
import { extractWithSpeakers } from './document-pass.ts';
import type { SpeakerRegistry } from './speakers.ts';

/** Extracts attributed statements from one cleaned document. */
export function extractStatements(doc: CleanDocument, registry: SpeakerRegistry): Statement[] {
  return extractWithSpeakers(doc, registry).statements;
}

export { extractWithSpeakers } from './document-pass.ts';
export type { Explanation } from './assemble.ts';
export { FRAMES } from './frame-table.ts';
export type { Frame } from './frames.ts';

/** The statements of a document, each with how it was found (frame id) and how its speaker was resolved. */
export function explainStatements(doc: CleanDocument, registry: SpeakerRegistry): { statement: Statement; explanation: Explanation }[] {
  const { statements, explanations } = extractWithSpeakers(doc, registry);
  return statements.map((statement, k) => ({ statement, explanation: explanations[k] as Explanation }));
}
