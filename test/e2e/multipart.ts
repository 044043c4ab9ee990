// Reads a multipart/form-data body (what grammY's sendPhoto and discord.js's attachments send) for the loopback
// stand-ins: text fields as strings, files with their field name, file name, type and bytes.
export interface UploadedFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface FormData {
  readonly fields: Record<string, string>;
  readonly files: UploadedFile[];
}

/** The boundary of a multipart content type, or null for any other body. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const m = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export function parseMultipart(body: Buffer, boundary: string): FormData {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const field = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    // grammY writes filename=NAME without quotes, discord.js with them
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(head)?.slice(1).find((v) => v !== undefined);
    if (filename === undefined) fields[field] = content.toString('utf8');
    else files.push({ field, filename, contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '', bytes: Buffer.from(content) });
    start = next;
  }
  return { fields, files };
}
