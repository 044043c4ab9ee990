// Turns raw input (bytes or a string) into text, refusing what is not a text file: empty, binary or in an
// encoding nobody can tell. Decoding rules live here so that both the HTML and the plain-text paths share them.
// UTF-8 first; UTF-16 with a byte-order mark or by its shape; bytes that are not UTF-8 are decoded with the charset
// the document itself declares (HTML <meta charset>, <meta http-equiv="Content-Type">, an XML declaration), else
// with the encoding detect-encoding.ts finds with confidence (Latin-1, Windows-1252, Windows-1251 …); what is left
// is refused with a clear one-line error.
import { TextDecoder } from 'node:util';
import { decodeLegacy, detectLegacyEncoding, utf16ByShape } from './detect-encoding.ts';
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
  // (a typed array and a string are read by separate loops: one loop over both kinds was slow)
  const control = codes instanceof Uint8Array ? controlBytes(codes, n) : controlCodes(codes, n);
  if (control < 0) throw new IngestError('binary file (contains NUL bytes), not a text or HTML article', { path });
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    throw new IngestError('binary file (too many control characters), not a text or HTML article', { path });
  }
}

/** Control characters among the first `n` bytes; -1 when one of them is NUL. */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c < 0x20 || c === 0x7f) {
      if (c === 0) return -1;
      if (isControl(c)) control++;
    }
  }
  return control;
}

function controlCodes(codes: ArrayLike<number>, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? 0;
    if (c === 0) return -1;
    if (isControl(c)) control++;
  }
  return control;
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

/** How far into the file a charset declaration is looked for (HTML puts <meta charset> in the first 1024 bytes). */
const DECLARATION_SCAN = 4096;

/** The charset a document declares in its first bytes (HTML meta or XML declaration), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_SCAN)).toString('latin1');
  return (
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    null
  );
}

/** A decoder for a declared single- or multi-byte charset; null for unknown labels and for UTF-8/UTF-16 (no help here). */
function declaredDecoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase(), { fatal: true });
    return /^utf-(8|16)/.test(decoder.encoding) ? null : decoder;
  } catch {
    return null;
  }
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
    const utf16 = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : utf16ByShape(data);
    text = utf16 !== null ? decodeUtf16(data, utf16, path) : decodeBytes(data, path);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) throw new IngestError('file is empty', { path });
  if (text.trim().length === 0) throw new IngestError('file contains only whitespace', { path });
  return text;
}

/** UTF-16 (from its byte-order mark or its shape): decoded, then held to the same binary checks as any text. */
function decodeUtf16(data: Uint8Array, encoding: 'utf-16le' | 'utf-16be', path: string | null): string {
  const text = decodeLegacy(data, encoding);
  const codes: number[] = [];
  for (let i = 0; i < Math.min(text.length, SAMPLE); i++) codes.push(text.charCodeAt(i));
  checkNotBinary(codes, path);
  return text;
}

/** Bytes without a UTF-16 shape: UTF-8, else the declared charset, else a confident detection. */
function decodeBytes(data: Uint8Array, path: string | null): string {
  checkNotBinary(data, path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch (cause) {
    const label = declaredCharset(data);
    const declared = declaredDecoder(label);
    if (declared !== null) {
      try {
        return declared.decode(data);
      } catch {
        // not valid in its declared charset: refused below
      }
    }
    const at = firstInvalidUtf8(data);
    const detected = label === null ? detectLegacyEncoding(data) : null;
    if (detected !== null) return decodeLegacy(data, detected.encoding);
    throw new IngestError(
      label !== null
        ? `not valid UTF-8 (bad byte at offset ${at}) and not valid as its declared charset "${label.slice(0, 40)}"; convert the file to UTF-8`
        : `not valid UTF-8 (bad byte at offset ${at}) and its encoding could not be told with confidence; convert the file to UTF-8, or declare its charset with <meta charset> if it is HTML`,
      { path, cause },
    );
  }
}
