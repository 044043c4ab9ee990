// The offline console chat: the same commands as the bots, answered as plain text. On a terminal it
// prompts; otherwise it reads one command per line and returns at end of input, so it can be scripted:
//   printf '/quote Lavrov NATO\n' | npm start
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BriefingService } from '../../core/index.ts';
import { parseTextInput, type CommandContext, type CommandRegistry } from '../commands.ts';
import { SORRY } from '../errors.ts';
import type { PageCursor, Reply } from '../render.ts';
import { renderText } from './format.ts';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  /** Prompt and banner (a terminal); false for scripted input. */
  readonly interactive: boolean;
  readonly pageSize?: number;
  readonly now?: () => Date;
  /** Unexpected errors go here (the user sees an apology). */
  readonly onError?: (err: unknown) => void;
  /** Ends the console early (shutdown on SIGTERM). */
  readonly signal?: AbortSignal;
  /**
   * Called once the console runs with a function that prints a message between prompts (scheduled
   * digests), and with null when it stops.
   */
  readonly onPrinter?: (print: ((text: string) => void) | null) => void;
  /** Where pictures (/trend charts) are written (default: briefdesk-charts in the system's temporary folder). */
  readonly chartDir?: string;
}

/** Writes a reply's picture, if any, and returns the line that tells where; '' when there is none. */
function savePicture(reply: Reply, dir: string, n: number): string {
  if (!reply.image) return '';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${n}-${reply.image.filename}`);
  writeFileSync(file, reply.image.png);
  return `\nChart written to ${file}`;
}

/** "/quote@bot Lavrov NATO" → ["quote", "Lavrov NATO"]; plain text is a /quote query. */
export function splitCommandLine(line: string): [name: string, rest: string] {
  const m = /^\/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(line.trim());
  if (!m) return ['quote', line.trim()];
  return [(m[1] ?? '').toLowerCase(), (m[2] ?? '').trim()];
}

/** Runs the console until end of input, /quit, or the abort signal. */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { output, registry } = opts;
  const rl = createInterface({ input: opts.input, ...(opts.interactive ? { output, terminal: true } : { terminal: false }) });
  const stop = () => rl.close();
  opts.signal?.addEventListener('abort', stop, { once: true });
  rl.on('SIGINT', stop);
  const ctx: CommandContext = {
    service: opts.service,
    registry,
    chat: { platform: 'console', chatId: 'console', threadId: null, userId: null },
    pageSize: opts.pageSize ?? 10,
    now: opts.now ?? (() => new Date()),
    isAdmin: () => true, // the local user owns everything here
  };
  let cursor: PageCursor | undefined;
  let pictures = 0;

  if (opts.interactive) {
    output.write('Briefdesk console. Try /quote Lavrov NATO, /summary refugees or /help; /quit leaves.\n');
    rl.setPrompt('briefdesk> ');
    rl.prompt();
  }
  opts.onPrinter?.((text) => {
    output.write(`${opts.interactive ? '\n' : ''}${text}\n\n`);
    if (opts.interactive) rl.prompt(true);
  });
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line !== '' && !line.startsWith('#')) {
        const [name, rest] = splitCommandLine(line);
        if (name === 'quit' || name === 'exit') break;
        let reply: Reply;
        try {
          if (name === 'more') {
            reply = cursor?.hasMore
              ? await registry.runPage({ ...cursor, offset: cursor.offset + cursor.limit }, ctx)
              : { title: 'Nothing more to show.', sections: [] };
          } else {
            const def = registry.get(name);
            reply = await registry.run(name, def ? parseTextInput(def, rest) : { text: rest, options: {}, offset: 0 }, ctx);
          }
          cursor = reply.page;
        } catch (err) {
          opts.onError?.(err);
          reply = { title: SORRY, sections: [] };
        }
        output.write(`${renderText(reply)}${savePicture(reply, opts.chartDir ?? join(tmpdir(), 'briefdesk-charts'), ++pictures)}\n\n`);
      }
      if (opts.interactive) rl.prompt();
    }
  } finally {
    opts.onPrinter?.(null);
    opts.signal?.removeEventListener('abort', stop);
    rl.close();
  }
}
