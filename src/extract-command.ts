// `briefdesk extract FILE… [--format jsonl|text] [--explain]`: the statements found in article files, printed,
// without a database. Extraction reads the shipped speaker registry only (as the briefing service's extract does),
// so this command needs no store: it loads the extractor and the file reader alone (see extract-cli.ts).
import { describeError, explainStatements, extractStatements, listInputFiles, loadDocumentFile, SpeakerRegistry, type Statement } from './core/extraction.ts';
import { format, options, UsageError } from './cli-base.ts';
import { tuneForBatch } from './batch-tuning.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';

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

export function cmdExtract(args: string[], out: NodeJS.WritableStream): number {
  const { values, positionals } = options(args, { explain: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
  const fmt = format(values.format, ['jsonl', 'text'], 'text');
  const explain = (values as { explain?: boolean }).explain === true;
  const seed = new SpeakerRegistry(loadSeedSpeakers());
  const { files, errors } = listInputFiles(positionals);
  let failed = errors.length;
  for (const e of errors) process.stderr.write(`error: ${e.path}: ${e.message}\n`);
  const tuning = tuneForBatch(); // (a one-shot batch: see batch-tuning.ts)
  for (const file of files) {
    tuning.tick();
    try {
      const doc = loadDocumentFile(file);
      const found = explain ? explainStatements(doc, seed) : extractStatements(doc, seed).map((statement) => ({ statement, explanation: null }));
      // (one write per file: a write per statement to a pipe cost ~3 % of a run in system calls and conversions)
      let chunk = '';
      if (fmt === 'jsonl') {
        for (const { statement: s, explanation: x } of found) chunk += `${JSON.stringify(x ? { ...statementRow(file, s), explain: x } : statementRow(file, s))}\n`;
      } else {
        chunk += `# ${file}${doc.title ? ` — ${doc.title}` : ''} (${doc.outlet ?? 'unknown outlet'}, ${doc.date ?? 'date unknown'})\n`;
        for (const { statement: s, explanation: x } of found) {
          chunk += `- [${s.kind}${s.act && s.act !== 'said' ? `, ${s.act}` : ''}] ${s.speaker ?? `? (${s.speakerMention})`} ${s.cue}${s.date ? ` (${s.date})` : ''}: ${s.text}\n`;
          if (x) chunk += `    frame ${x.frame} · speaker "${x.mention}" (${x.mentionKind}) → ${x.via}\n`;
        }
        chunk += '\n';
      }
      if (chunk !== '') out.write(chunk);
    } catch (err) {
      failed++;
      process.stderr.write(`error: ${file}: ${describeError(err)}\n`);
    }
  }
  tuning.end();
  // partial success is success (errors are on stderr); nothing readable at all is a failure
  return failed > 0 && failed >= files.length + errors.length ? 1 : 0;
}
