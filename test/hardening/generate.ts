// Deterministic article-like text for the hardening and soak tests: wire-style paragraphs with direct
// quotes, reported speech and background, varied by a seeded counter so statements do not all merge.
// Streams to a file in chunks (a 50 MB document never sits in the test's memory twice).
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const PEOPLE = [
  ['Russian Foreign Minister Sergey Lavrov', 'Lavrov'],
  ['Foreign Ministry spokeswoman Maria Zakharova', 'Zakharova'],
  ['Kremlin spokesman Dmitry Peskov', 'Peskov'],
  ['NATO Secretary General Jens Stoltenberg', 'Stoltenberg'],
  ['Kazakh Foreign Minister Mukhtar Tleuberdi', 'Tleuberdi'],
] as const;
const TOPICS = ['the grain deal', 'the border talks', 'refugee flows', 'energy prices', 'the summit agenda', 'sanctions relief', 'joint exercises', 'the trade corridor'];
const VERBS = ['said', 'told reporters', 'stressed', 'noted', 'warned'];

/** One paragraph group (~600 characters) numbered `n`. */
export function paragraph(n: number): string {
  const [full, short] = PEOPLE[n % PEOPLE.length] ?? PEOPLE[0];
  const topic = TOPICS[(n >> 3) % TOPICS.length] ?? 'the talks';
  const verb = VERBS[n % VERBS.length] ?? 'said';
  return (
    `${full} ${verb} on Tuesday that progress on ${topic} depended on round ${n} of consultations.\n\n` +
    `“We expect the partners to honour commitment number ${n} on ${topic} without delay,” ${short} said.\n\n` +
    `Officials met in the capital for session ${n}, where delegations reviewed ${topic} and agreed to meet again.\n\n`
  );
}

/** An article of about `bytes` bytes: a dateline header, then numbered paragraphs starting at `from`. */
export function article(bytes: number, from = 0): string {
  let text = `MOSCOW, October 8. /TASS/. Talks continued on ${TOPICS[from % TOPICS.length]}.\n\n`;
  for (let n = from; text.length < bytes; n++) text += paragraph(n);
  return text;
}

/** Writes ~`bytes` bytes of article text to `file` in 1 MB chunks; returns the byte count written. */
export function writeLargeArticle(file: string, bytes: number): number {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let written = 0;
  let n = 0;
  try {
    written += writeSync(fd, 'MOSCOW, October 8. /TASS/. A long record of consultations.\n\n');
    while (written < bytes) {
      let chunk = '';
      while (chunk.length < 1 << 20) chunk += paragraph(n++);
      written += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

const FIRST = ['Andrei', 'Irina', 'Pavel', 'Olga', 'Timur', 'Dana', 'Viktor', 'Alina'];
const SYLLABLES = ['Ral', 'Vek', 'Dor', 'Mis', 'Tal', 'Gor', 'Ben', 'Sur', 'Kal', 'Zem'];
const ENDINGS = ['enko', 'ovsky', 'idze', 'anov', 'elli', 'ursky'];
const ROLES = ['Deputy Foreign Minister', 'Deputy Defence Minister', 'Presidential envoy', 'Deputy Prime Minister'];

/** A made-up person (not in the seed registry): ingestion has to learn them from the article that introduces them. */
export function person(i: number): { full: string; surname: string; role: string } {
  const surname = `${SYLLABLES[i % SYLLABLES.length]}${ENDINGS[Math.floor(i / SYLLABLES.length) % ENDINGS.length]}${i >= 60 ? String.fromCharCode(97 + (i % 26)) + 'ov' : ''}`;
  return { full: `${FIRST[i % FIRST.length]} ${surname}`, surname, role: ROLES[i % ROLES.length] ?? 'Deputy Foreign Minister' };
}

/**
 * Article `i` of a generated corpus (~`bytes` long): it introduces person(i) with full name and role, and quotes
 * person(i - 3) by surname only, so its statements depend on what earlier articles taught the registry.
 */
export function corpusArticle(i: number, bytes = 12_000): string {
  const p = person(i);
  const earlier = i >= 3 ? person(i - 3) : null;
  const day = 1 + (i % 28);
  let text =
    `MOSCOW, October ${day}. /TASS/. Russian ${p.role} ${p.full} said on Tuesday that the delegations had agreed on agenda item ${i}.\n\n` +
    `“We will defend position ${i} at every round,” ${p.surname} said.\n\n` +
    (earlier ? `${earlier.surname} told reporters that the working group ${i} would meet again in November.\n\n` : '');
  for (let n = i * 1000; text.length < bytes; n++) text += paragraph(n);
  return text;
}

/** Writes `count` corpus articles into `dir` (a-0000.txt, …). */
export function writeCorpus(dir: string, count: number, bytes = 12_000): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(`${dir}/a-${String(i).padStart(4, '0')}.txt`, corpusArticle(i, bytes));
}
