// Legacy encodings: bytes that are not UTF-8 and declare nothing (a Latin-1 BBC export with one `£`, Windows-1252
// curly quotes as 0x93/0x94, a Windows-1251 Russian wire story, UTF-16 without a byte-order mark). The encoding is
// detected with chardet (ICU's detectors) and decoded with iconv-lite; a guess is used only when it is confident,
// so binary or undecidable input is still refused by the caller with its one-line error.
// Both are loaded on first use: text in UTF-8 (nearly all of it) never needs them, and loading them costs a batch
// command ~25 ms of CPU.
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';

const load = createRequire(import.meta.url);
let chardetModule: typeof Chardet | null = null;
let iconvModule: typeof Iconv | null = null;
const chardet = (): typeof Chardet => (chardetModule ??= load('chardet') as typeof Chardet);
const iconv = (): typeof Iconv => (iconvModule ??= load('iconv-lite') as typeof Iconv);

/** A detection: the encoding's name as iconv-lite knows it and chardet's confidence (0-100; 100 for UTF-16 by shape). */
export interface Detection {
  readonly encoding: string;
  readonly confidence: number;
}

/** The best guess must reach this confidence… */
const MIN_CONFIDENCE = 30;
/** …and lead the runner-up (of another family) by this much. */
const MIN_LEAD = 10;
/** Bytes looked at to detect (chardet reads them all otherwise). */
const SAMPLE = 64 * 1024;

/**
 * UTF-16 without a byte-order mark, told by its shape: text in Latin or Cyrillic script has one byte of each pair
 * zero (ASCII: the high byte; spaces and punctuation in any script) and the other almost never. Null otherwise.
 */
export function utf16ByShape(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs >= 0.1 && evenZero / pairs <= 0.01) return 'utf-16le';
  if (evenZero / pairs >= 0.1 && oddZero / pairs <= 0.01) return 'utf-16be';
  return null;
}

/** Groups encodings that decode text the same way for the lead test (ISO-8859-1 and Windows-1252 agree on letters). */
function family(name: string): string {
  const n = name.toLowerCase();
  if (n === 'iso-8859-1' || n === 'windows-1252' || n === 'iso-8859-15') return 'western';
  return n;
}

/**
 * chardet's confident guess for bytes that are not UTF-8, as an iconv-lite encoding; null when it has none.
 * ISO-8859-1 is read as Windows-1252 (as browsers do): the two differ only in 0x80-0x9F, which are control codes in
 * Latin-1 and curly quotes, dashes and the euro sign in Windows-1252.
 */
export function detectLegacyEncoding(bytes: Uint8Array): Detection | null {
  const shape = utf16ByShape(bytes);
  if (shape) return { encoding: shape, confidence: 100 };
  const matches = chardet().analyse(bytes.subarray(0, SAMPLE)).filter((m) => !/^(utf-8|ascii)$/i.test(m.name));
  const best = matches[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  const rival = matches.find((m) => family(m.name) !== family(best.name));
  if (rival && best.confidence - rival.confidence < MIN_LEAD) return null;
  const encoding = family(best.name) === 'western' ? 'windows-1252' : best.name.toLowerCase();
  if (!iconv().encodingExists(encoding)) return null;
  return { encoding, confidence: best.confidence };
}

/** Decodes bytes in a legacy encoding (a name iconv-lite knows; any byte-order mark is dropped). */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** True when iconv-lite can decode this charset label (for declared charsets the platform's decoder lacks). */
export function knownEncoding(label: string): boolean {
  return iconv().encodingExists(label);
}
