// Bytes from the network → text, honouring the charset a server or document declares (Content-Type,
// the XML declaration, <meta charset>), so Windows-1251 or Latin-1 feeds read as well as UTF-8 ones.
import { TextDecoder } from 'node:util';
import { decodeLegacy, detectLegacyEncoding } from '../core/index.ts';

function labelFromContentType(contentType: string | null): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function labelFromDocument(head: string): string | null {
  return (
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    null
  );
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: fall through to the next guess
  }
}

/**
 * Decodes a response body; a byte-order mark wins, then the header, then the document, then UTF-8 when the bytes
 * are UTF-8, then an encoding detected with confidence (a Windows-1251 feed that declares nothing), else UTF-8 with
 * replacement characters.
 */
export function decodeBody(body: Uint8Array, contentType: string | null): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body);
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body);
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body);
  const head = Buffer.from(body.subarray(0, 2048)).toString('latin1');
  const declared = decoderFor(labelFromContentType(contentType)) ?? decoderFor(labelFromDocument(head));
  if (declared) return declared.decode(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const detected = detectLegacyEncoding(body);
    return detected ? decodeLegacy(body, detected.encoding) : new TextDecoder('utf-8').decode(body);
  }
}

/** The media type without parameters, lower-cased ("text/html"), or null. */
export function mediaType(contentType: string | null): string | null {
  const t = contentType?.split(';')[0]?.trim().toLowerCase();
  return t ? t : null;
}
