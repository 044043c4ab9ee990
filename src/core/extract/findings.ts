// Whether a source is what a poll, report, record or video found: one test for every rule that asks.
import { FINDING_SOURCES } from './lexicon.ts';
import { DOCUMENT_PARTICIPLES, SUBJECT_PREPOSITIONS } from './lexicon-clauses.ts';

/**
 * A phrase whose head is a poll, report, record or video: the last word before its first preposition ("a recent poll
 * of Indiana voters", "Records from the county", "new fundraising reports", "a study published in Nature"; not "the audit chief", "the research
 * director", whose finding word only modifies the head). The one test of "is this source a finding's".
 */
export function namesFinding(phrase: string): boolean {
  let head = '';
  for (const w of phrase.toLowerCase().split(/\s+/)) {
    if (SUBJECT_PREPOSITIONS.has(w) || w === 'by' || DOCUMENT_PARTICIPLES.has(w)) break;
    head = w;
  }
  return FINDING_SOURCES.has(head);
}
