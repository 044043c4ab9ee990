// The CLI run in this process, its output and its standard error captured: for tests that set the environment
// (vi.stubEnv) and need the command to see it, which a child process would not.
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';
import { runCli } from '../../src/cli.ts';

export async function runCliHere(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await runCli(argv, out);
    return { code: Number(code), out: String(out.read() ?? ''), err };
  } finally {
    spy.mockRestore();
  }
}
