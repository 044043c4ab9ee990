// Legacy encodings without any declaration: detected (chardet) and decoded (iconv-lite) when the detection is
// confident; binary and undecidable bytes keep their one-line errors.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError, loadDocument } from '../../../src/core/ingest/index.ts';
import { detectLegacyEncoding } from '../../../src/core/ingest/detect-encoding.ts';
import { decodeBody } from '../../../src/feeds/decode.ts';

const ENGLISH =
  'LONDON, March 3 - The finance minister said on Tuesday that the new levy would raise £2 billion a year for the health service.\n\n' +
  'Opposition leaders called the plan a stealth tax, and several café owners in the city said the rise came at the worst possible time.';
const CURLY =
  'The foreign secretary said \u201cwe will not be drawn into a trade war\u201d and added \u2014 to nobody\u2019s surprise \u2014 that talks would resume in the spring.\n\n' +
  'Officials in Brussels declined to comment on the remarks, which were made during a visit to a shipyard.';
const RUSSIAN =
  'Министр финансов заявил во вторник, что новый налог принесёт бюджету два миллиарда рублей в год.\n\n' +
  'Представители оппозиции назвали этот план скрытым повышением налогов и пообещали добиваться его отмены в парламенте.';

function error(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).not.toContain('\n');
    return err as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('legacy encodings without a declaration', () => {
  it('decodes Latin-1 (a single £ no longer refuses the article)', () => {
    const doc = loadDocument({ data: iconv.encode(ENGLISH, 'latin1'), path: 'levy.txt' });
    expect(doc.text).toContain('raise £2 billion');
    expect(doc.text).toContain('café owners');
  });

  it('decodes Windows-1252 curly quotes (0x93/0x94) and dashes', () => {
    const bytes = iconv.encode(CURLY, 'win1252');
    expect(bytes.includes(0x93)).toBe(true);
    const doc = loadDocument({ data: bytes, path: 'trade.txt' });
    expect(doc.text).toContain('\u201cwe will not be drawn into a trade war\u201d');
    expect(doc.text).toContain('nobody\u2019s surprise \u2014 that');
  });

  it('decodes Windows-1251 Russian text', () => {
    const doc = loadDocument({ data: iconv.encode(RUSSIAN, 'win1251'), path: 'ru.txt' });
    expect(doc.text).toContain('Министр финансов заявил во вторник');
  });

  it.each(['utf-16le', 'utf-16be'])('decodes %s without a byte-order mark, English or Russian', (encoding) => {
    expect(loadDocument({ data: iconv.encode(ENGLISH, encoding), path: 'a.txt' }).text).toContain('raise £2 billion');
    expect(loadDocument({ data: iconv.encode(RUSSIAN, encoding), path: 'b.txt' }).text).toContain('два миллиарда');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ENGLISH, 'utf-16le')]);
    expect(loadDocument({ data: bytes }).text.startsWith('The finance minister')).toBe(true);
  });

  it('keeps the one-line errors for binary and undecidable bytes', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(300, 7)]);
    expect(error(() => loadDocument({ data: png })).message).toMatch(/^binary file/);
    // a few stray high bytes in a short text: no detector can tell their encoding
    const stray = Buffer.concat([Buffer.from('Talks '), Buffer.from([0xfe, 0x8f, 0xe9, 0xa4, 0x81]), Buffer.from(' go on.')]);
    expect(detectLegacyEncoding(stray)).toBeNull();
    expect(error(() => loadDocument({ data: stray, path: 'x.txt' })).message).toMatch(/^not valid UTF-8 \(bad byte at offset 6\) and its encoding could not be told/);
  });

  it('detects with a confidence and names the encoding as iconv-lite knows it', () => {
    expect(detectLegacyEncoding(iconv.encode(RUSSIAN, 'win1251'))).toMatchObject({ encoding: 'windows-1251' });
    expect(detectLegacyEncoding(iconv.encode(ENGLISH, 'latin1'))?.encoding).toBe('windows-1252');
    expect(detectLegacyEncoding(iconv.encode(ENGLISH, 'utf-16le'))).toEqual({ encoding: 'utf-16le', confidence: 100 });
  });

  it('decodes feed bodies that declare nothing', () => {
    const rss = `<rss><channel><item><title>Налог</title><description>${RUSSIAN}</description></item></channel></rss>`;
    expect(decodeBody(iconv.encode(rss, 'win1251'), 'application/rss+xml')).toContain('Министр финансов');
    expect(decodeBody(Buffer.from('<rss>plain</rss>'), null)).toBe('<rss>plain</rss>');
  });
});
