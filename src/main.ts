// Composition root: `briefdesk <command>` goes to the CLI; later the bots and digests start here too.
import { runCli } from './cli.ts';

export async function main(argv: string[]): Promise<number> {
  // `briefdesk extract … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  return runCli(argv);
}
