// One file of `briefdesk extract`: read, extracted and formatted as the command prints it. Shared by the command's
// own loop (one file at a time) and by its worker threads (extract-worker.ts), so that the output is the same
// whichever runs it.
import { describeError, explainStatements, extractStatements, loadDocumentFile, type SpeakerRegistry, type Statement } from './core/extraction.ts';

export type ExtractFormat = 'jsonl' | 'text';

/** What every file of one run is extracted and printed with. */
export interface ExtractJob {
  readonly format: ExtractFormat;
  readonly explain: boolean;
}

/** One file's printed statements (possibly empty), or why it could not be read. */
export interface FileOutput {
  readonly chunk: string;
  readonly error: string | null;
}

function statementRow(doc: string, s: Statement) {
  return {
    doc,
    id: s.id,
    speaker: s.speaker,
    speaker_mention: s.speakerMention,
    speaker_role: s.speakerRole ?? null,
    cue: s.cue,
    kind: s.kind,
    act: s.act ?? 'said',
    text: s.text,
    date: s.date,
    source: s.outlet,
    url: s.url,
    span: s.span,
    context: s.context,
    run: s.run ?? null,
  };
}

/** The statements of one file as the command prints them; a file that cannot be read gives its error instead. */
export function extractFile(file: string, job: ExtractJob, seed: SpeakerRegistry): FileOutput {
  try {
    const doc = loadDocumentFile(file);
    const found = job.explain ? explainStatements(doc, seed) : extractStatements(doc, seed).map((statement) => ({ statement, explanation: null }));
    // (one write per file: a write per statement to a pipe cost ~3 % of a run in system calls and conversions)
    let chunk = '';
    if (job.format === 'jsonl') {
      for (const { statement: s, explanation: x } of found) chunk += `${JSON.stringify(x ? { ...statementRow(file, s), explain: x } : statementRow(file, s))}\n`;
    } else {
      chunk += `# ${file}${doc.title ? ` — ${doc.title}` : ''} (${doc.outlet ?? 'unknown outlet'}, ${doc.date ?? 'date unknown'})\n`;
      for (const { statement: s, explanation: x } of found) {
        chunk += `- [${s.kind}${s.act && s.act !== 'said' ? `, ${s.act}` : ''}] ${s.speaker ?? `? (${s.speakerMention})`} ${s.cue}${s.date ? ` (${s.date})` : ''}: ${s.text}\n`;
        if (x) chunk += `    frame ${x.frame} · speaker "${x.mention}" (${x.mentionKind}) → ${x.via}\n`;
      }
      chunk += '\n';
    }
    return { chunk, error: null };
  } catch (err) {
    return { chunk: '', error: describeError(err) };
  }
}
