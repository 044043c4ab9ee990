// Composition root: `briefdesk <command>` goes to the CLI; later the bots and digests start here too.
import { runCli } from './cli.ts';

export async function main(argv: string[]): Promise<number> {
  return runCli(argv);
}
