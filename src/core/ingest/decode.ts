// Turns raw input (bytes or a string) into text, refusing what is not a text file: empty, binary or
// not UTF-8. Decoding rules live here so that both the HTML and the plain-text paths share them.
import { IngestError } from './errors.ts';

const SAMPLE = 64 * 1024;

/** Share of control characters above which the input is taken for binary. */
const MAX_CONTROL_RATIO = 0.1;

function isControl(code: number): boolean {
  // Tab, LF, VT, FF, CR are text; other C0 controls and DEL are not.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function checkNotBinary(codes: ArrayLike<number>, path: string | null): void {
  const n = Math.min(codes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? 0;
    if (c === 0) throw new IngestError('binary file (contains NUL bytes), not a text or HTML article', { path });
    if (isControl(c)) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    throw new IngestError('binary file (too many control characters), not a text or HTML article', { path });
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes and validates input; the result has no BOM and is not blank. */
export function decodeInput(data: Buffer | Uint8Array | string, path: string | null): string {
  let text: string;
  if (typeof data === 'string') {
    const codes: number[] = [];
    for (let i = 0; i < Math.min(data.length, SAMPLE); i++) codes.push(data.charCodeAt(i));
    checkNotBinary(codes, path);
    text = data;
  } else {
    if (data.length === 0) throw new IngestError('file is empty', { path });
    if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
      throw new IngestError('file is UTF-16; only UTF-8 text is supported', { path });
    }
    checkNotBinary(data, path);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch (cause) {
      const at = firstInvalidUtf8(data);
      throw new IngestError(
        `not valid UTF-8 (bad byte at offset ${at}); convert the file to UTF-8 (it may be Latin-1 or Windows-1252)`,
        { path, cause },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) throw new IngestError('file is empty', { path });
  if (text.trim().length === 0) throw new IngestError('file contains only whitespace', { path });
  return text;
}
