// The start of `briefdesk extract` (bin/briefdesk.js runs this entry for that command): the extractor, the file
// reader and the shared option handling only — not the stores, search, digest and chat code the other commands
// load with cli.ts (~0.25 CPU-s of module loading, 5 % of an extraction of PolNeAR train). Help and anything that
// is not `extract` go to cli.ts, which runs the same command the same way.
import { failure, prepareProgram } from './cli-base.ts';
import { cmdExtract } from './extract-command.ts';

/** The program for `briefdesk extract …` (any other command line is handed to cli.ts's main). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command !== 'extract' || args.includes('--help') || args.includes('-h')) return (await import('./cli.ts')).main(argv);
  await prepareProgram();
  try {
    return await cmdExtract(args, process.stdout);
  } catch (err) {
    return failure(err);
  }
}
