import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { extractStatements } from '../../src/core/extract/extract.ts';
import { loadDocumentFile } from '../../src/core/ingest/index.ts';
import { joinRuns } from '../../src/core/runs.ts';
import { seedRegistry } from '../helpers/docs.ts';

type Gold = Record<string, { statements: [string, string[]][]; optional: string[] }>;
const SETS = (process.env.SETS ?? 'blind40:gold-ap.json').split(',');
it('scores', () => {
  for (const set of SETS) {
    const [folder, goldFile] = set.split(':') as [string, string];
    const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
    const { _about, ...gold } = JSON.parse(readFileSync(new URL(goldFile, dir), 'utf8')) as Gold & { _about?: string };
    void _about;
    const registry = seedRegistry();
    let expected = 0, found = 0, right = 0, extracted = 0, real = 0;
    const misses: string[] = [];
    for (const [file, g] of Object.entries(gold)) {
      const statements = joinRuns(extractStatements(loadDocumentFile(new URL(file, dir).pathname), registry));
      for (const [needle, speakers] of g.statements) {
        expected++;
        const hit = statements.find((s) => s.text.includes(needle));
        if (!hit) misses.push(`${file}: missed "${needle}"`);
        else {
          found++;
          if (speakers.some((x) => x.toLowerCase() === (hit.speaker ?? '').toLowerCase())) right++;
          else misses.push(`${file}: "${needle}" given to ${hit.speaker}`);
        }
      }
      for (const s of statements) {
        if (g.optional.some((o) => s.text.includes(o)) || (s.act !== undefined && s.act !== 'said' && s.act !== 'wrote')) continue;
        extracted++;
        if (g.statements.some(([needle]) => s.text.includes(needle))) real++;
        else misses.push(`${file}: spurious [${s.speaker}] "${s.text.slice(0, 90)}"`);
      }
    }
    console.log(`${folder} recall ${(found / expected).toFixed(3)} speaker ${(right / found).toFixed(3)} precision ${(real / extracted).toFixed(3)} (${expected})`);
    if (process.env.MISSES) console.log(misses.join('\n'));
  }
});
