// One measured process of the real-text benchmark (bench/real-text.ts): `node bench/real-text-child.js TOOL LIST`
// reads the file paths in LIST, runs TOOL over every file in turn (reading the file is part of the work) and
// prints one JSON line. Plain JavaScript so that a baseline's process carries no TypeScript loader.
//   briefdesk   the `extract --format jsonl --jobs 1` command in-process, on this thread only (runCli; output
//               counted, not kept), from dist/
//               when it is current, else the sources through tsx — what bin/briefdesk.js would run
//   wink-nlp    wink-nlp's full pipeline with wink-eng-lite-web-model (sentences, POS, entities …): readDoc, then
//               the entities and sentences read out
//   compromise  compromise: nlp(text) (tokenise + tag), then its quotations and people read out
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';

const [tool, listFile] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);

async function load() {
  if (tool === 'briefdesk') {
    const { distState } = await import('../bin/dist-state.js');
    if (distState() === 'current') return { mode: 'dist', run: briefdesk(await import('../dist/cli.js')) };
    const { register } = await import('tsx/esm/api');
    register();
    return { mode: 'tsx', run: briefdesk(await import('../src/cli.ts')) };
  }
  if (tool === 'wink-nlp') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    return {
      mode: 'in-process',
      run: () => {
        let items = 0;
        for (const file of files) {
          const doc = nlp.readDoc(readFileSync(file, 'utf8'));
          items += doc.entities().out().length;
          doc.sentences().out();
        }
        return items;
      },
    };
  }
  if (tool === 'compromise') {
    const { default: nlp } = await import('compromise');
    return {
      mode: 'in-process',
      run: () => {
        let items = 0;
        for (const file of files) {
          const doc = nlp(readFileSync(file, 'utf8'));
          items += doc.quotations().out('array').length;
          doc.people().out('array');
        }
        return items;
      },
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

/** The CLI's extract command writing its JSON lines to a sink that only counts them. */
function briefdesk(cli) {
  return async () => {
    let lines = 0;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        done();
      },
    });
    const code = await cli.runCli(['extract', '--format', 'jsonl', '--jobs', '1', ...files], sink);
    if (code !== 0) throw new Error(`briefdesk extract exited ${code}`);
    return lines;
  };
}

const t0 = performance.now();
const { mode, run } = await load();
const loadSeconds = (performance.now() - t0) / 1000;
const c0 = process.cpuUsage();
const t1 = performance.now();
const items = await run();
const seconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(c0);
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    tool,
    mode,
    files: files.length,
    items,
    loadSeconds,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    processCpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMB: usage.maxRSS / 1024,
  })}\n`,
);
