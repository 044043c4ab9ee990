// Small keys the ranking tables store instead of text (store-internal): a speaker as a hash of its NOCASE form, a
// date as YYYYMMDD, and a statement's words (and outlets) as a 128-bit signature, one bit per item by hash — a
// signature tells "probably holds these words" without reading the statement (false positives, never negatives).

/** 32-bit FNV-1a of the ASCII-lower-cased speaker (SQLite's NOCASE), never 0; 0 for no speaker. */
export function speakerKey(speaker: string | null): number {
  if (speaker === null) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < speaker.length; i++) {
    let c = speaker.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) || 1;
}

/** "2024-06-01" → 20240601 (null for undated or malformed). */
export function dayNumber(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/**
 * The signature item of an outlet (from `outletKey`): outlets share a statement's signature with its tokens, so
 * that `from:tass` narrows the lists like a word does. A control character keeps it apart from any token.
 */
export function outletItem(key: string): string {
  return `\u0001${key}`;
}

/** A statement's tokens as four 32-bit words, one bit per token (by hash). */
export function signature(tokens: Iterable<string>): [number, number, number, number] {
  const sig: [number, number, number, number] = [0, 0, 0, 0];
  for (const token of tokens) addToSignature(sig, signatureBit(token));
  return sig.map((w) => w >>> 0) as [number, number, number, number];
}

/** The bit (0 … 127) a token sets in a signature. */
export function signatureBit(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 127;
}

/** Sets a bit (from signatureBit) in a signature being built; its words are read with `>>> 0` when done. */
export function addToSignature(sig: number[], bit: number): void {
  sig[bit >> 5] = (sig[bit >> 5] as number) | (1 << (bit & 31));
}

/** Impacts are stored as integers: bm25's share of a token (0 … 2.2) times this. */
export const IMPACT_SCALE = 10_000;
