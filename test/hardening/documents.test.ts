// Hostile and odd documents: each either ingests sensibly or fails with a clear one-line error naming the
// file, the batch goes on, and the database stays consistent. Decoding rule: UTF-8 (BOM or not); other
// charsets when the document declares one (<meta charset>, http-equiv Content-Type, XML declaration) or when the
// detector is confident; undecidable bytes are refused with a message saying what to do.
import { copyFileSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, loadDocument } from '../../src/core/ingest/index.ts';
import { MAX_HTML_NESTING } from '../../src/core/ingest/html.ts';
import { MAX_FILE_BYTES } from '../../src/core/ingest/load-document.ts';
import { paragraph } from './generate.ts';
import { checkDatabase, cleanUp, freshService, HEALTHY, tempDir, windows1251 } from './helpers.ts';

const FIXTURES = new URL('../fixtures/hardening/', import.meta.url).pathname;
const LAVROV = '“We will not allow a new wave of instability,” Russian Foreign Minister Sergey Lavrov said on Tuesday.';
const RUSSIAN = 'МОСКВА, 8 октября. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил во вторник, что переговоры будут продолжены. «Мы готовы к диалогу», — сказал Лавров.';
const FRENCH = 'PARIS, 8 octobre. Le ministre a déclaré mardi que les négociations continueraient. « Nous sommes prêts », a-t-il dit. Ça avance.';

afterAll(cleanUp);

function ingestError(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).not.toContain('\n');
    return err as IngestError;
  }
  throw new Error('expected an IngestError');
}

const nested = (depth: number) => `<html><head><title>Border talks</title></head><body><article>${'<div>'.repeat(depth)}<p>${LAVROV}</p>${'</div>'.repeat(depth)}</article></body></html>`;
const unclosed = `<html><head><title>Lavrov on the border</title></head><body><article>${'<div><p><b><i>'.repeat(700)}<p>${LAVROV}<p>Peskov said that the Kremlin was calm. ${'<span>more text '.repeat(300)}`;
const oneLine = (() => {
  let text = 'MOSCOW, October 8. /TASS/. ';
  for (let n = 0; text.length < 1 << 20; n++) text += paragraph(n).replace(/\s*\n+\s*/g, ' ');
  return text;
})();

describe('decoding', () => {
  it('refuses empty and binary files', () => {
    expect(ingestError(() => loadDocument({ data: Buffer.alloc(0) })).message).toBe('file is empty');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(200, 7)]);
    expect(ingestError(() => loadDocument({ data: png })).message).toMatch(/^binary file/);
  });

  it('decodes undeclared Latin-1 and Windows-1251 text by detection; refuses undecidable bytes, saying what to do', () => {
    expect(loadDocument({ data: Buffer.from(FRENCH, 'latin1'), path: 'fr.txt' }).text).toContain('Le ministre a déclaré mardi');
    expect(loadDocument({ data: windows1251(RUSSIAN), path: 'ru.txt' }).text).toContain('Сергей Лавров заявил во вторник');
    const stray = Buffer.concat([Buffer.from('Talks '), Buffer.from([0xfe, 0x8f, 0xe9, 0xa4, 0x81]), Buffer.from(' go on.')]);
    const undecidable = ingestError(() => loadDocument({ data: stray, path: 'x.txt' }));
    expect(undecidable.message).toMatch(/^not valid UTF-8 \(bad byte at offset 6\) and its encoding could not be told with confidence; convert the file to UTF-8/);
    expect(undecidable.message).toContain('<meta charset>');
    expect(undecidable.path).toBe('x.txt');
  });

  it('decodes HTML that declares its charset (meta charset, http-equiv, XML declaration)', () => {
    const page = (head: string, body: string) => `<html><head>${head}<title>Talks</title></head><body><article><p>${body}</p></article></body></html>`;
    const ru = loadDocument({ data: windows1251(page('<meta charset="windows-1251">', RUSSIAN)), path: 'ru.html' });
    expect(ru.text).toContain('Сергей Лавров заявил во вторник');
    const equiv = loadDocument({ data: windows1251(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', RUSSIAN)), path: 'ru.html' });
    expect(equiv.text).toBe(ru.text);
    const fr = loadDocument({ data: Buffer.from(page('<meta charset=iso-8859-1>', FRENCH), 'latin1'), path: 'fr.html' });
    expect(fr.text).toContain('Le ministre a déclaré mardi');
    const xhtml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n'), Buffer.from(page('', FRENCH), 'latin1')]);
    expect(loadDocument({ data: xhtml, path: 'fr.xhtml' }).text).toContain('Ça avance');
  });

  it('keeps UTF-8 when the bytes are UTF-8, whatever the page declares', () => {
    const page = `<html><head><meta charset="windows-1251"></head><body><article><p>${FRENCH}</p></article></body></html>`;
    expect(loadDocument({ data: Buffer.from(page, 'utf8'), path: 'fr.html' }).text).toContain('déclaré');
  });

  it('refuses bytes that match neither UTF-8 nor the declared charset', () => {
    const bogus = Buffer.concat([Buffer.from('<html><head><meta charset="klingon"></head><body>'), Buffer.from([0xe9, 0xff, 0xfe])]);
    expect(ingestError(() => loadDocument({ data: bogus, path: 'x.html' })).message).toMatch(/not valid UTF-8 .* declared charset "klingon"/);
  });
});

describe('odd shapes', () => {
  it('reads a 1 MB line', () => {
    const doc = loadDocument({ data: Buffer.from(oneLine), path: 'line.txt' });
    expect(doc.text.length).toBeGreaterThan(1_000_000);
  });

  it('reads deeply nested HTML below the cap (without Readability), and refuses hostile nesting at once', () => {
    const deep = loadDocument({ data: nested(5_000), path: 'deep.html' });
    expect(deep.text).toContain('We will not allow a new wave of instability');
    const started = performance.now();
    const e = ingestError(() => loadDocument({ data: nested(100_000), path: 'hostile.html' }));
    expect(e.message).toBe(`HTML nested more than ${MAX_HTML_NESTING.toLocaleString('en-US')} levels deep (unclosed tags?); not read`);
    // Bounded work, not a timing: the refusal happens before any parsing (the parser is quadratic in depth).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads unclosed HTML', () => {
    const doc = loadDocument({ data: unclosed, path: 'unclosed.html' });
    expect(doc.title).toBe('Lavrov on the border');
    expect(doc.text).toContain('We will not allow a new wave of instability');
  });
});

describe('one batch of everything', () => {
  it('ingests what it can, reports each bad file once with its reason, and leaves a sound database', () => {
    const dir = tempDir();
    const files: Record<string, string | Buffer> = {
      'a-empty.txt': '',
      'b-binary.txt': Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256))]),
      'c-latin1.txt': Buffer.from(FRENCH, 'latin1'),
      'd-latin1.html': Buffer.from(`<html><head><meta charset="iso-8859-1"><title>Talks</title></head><body><article><p>${FRENCH}</p></article></body></html>`, 'latin1'),
      'e-cp1251.txt': windows1251(RUSSIAN),
      'f-cp1251.html': windows1251(`<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article><p>${RUSSIAN}</p></article></body></html>`),
      'g-one-line.txt': oneLine,
      'h-deep.html': nested(5_000),
      'i-hostile.html': nested(100_000),
      'j-unclosed.html': unclosed,
      'k-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`MOSCOW, October 9. /TASS/. ${LAVROV.replace('instability', 'refugees')}`)]),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    for (const name of ['unbalanced-quotes.txt', 'nested-quotes.txt', 'mixed-scripts.txt']) copyFileSync(join(FIXTURES, name), join(dir, `m-${name}`));
    // A file over the size cap (sparse: no disk used) is refused before it is read.
    const fd = openSync(join(dir, 'z-huge.txt'), 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1);
    closeSync(fd);

    const { service, file } = freshService();
    const seen: string[] = [];
    const report = service.ingestPaths([dir], { onProgress: (_done, _total, path) => seen.push(path) });
    service.close();

    const errors = Object.fromEntries(report.errors.map((e) => [e.path.slice(dir.length + 1), e.message]));
    expect(errors).toEqual({
      'a-empty.txt': 'file is empty',
      'b-binary.txt': expect.stringMatching(/^binary file/),
      'i-hostile.html': expect.stringMatching(/^HTML nested more than/),
      'z-huge.txt': expect.stringMatching(/^file is too large \(64 MiB; at most 64 MiB per document\)$/),
    });
    expect(report.files).toBe(15);
    expect(seen).toHaveLength(15); // the batch went on after every failure
    // the detected Latin-1 and Windows-1251 texts are the same articles as their declared HTML twins
    expect(report.documents).toBe(9);
    expect(report.skipped).toBe(2);
    expect(report.statements).toBeGreaterThan(5_000);
    expect(checkDatabase(file)).toMatchObject({ ...HEALTHY, documents: 9 });
  });
});

describe('quotation marks and scripts', () => {
  const statementsOf = (name: string) => {
    const { service } = freshService();
    const report = service.ingestPaths([join(FIXTURES, name)]);
    expect(report.errors).toEqual([]);
    const all = service.statementsSince(0, 1000);
    service.close();
    return all.map((s) => ({ speaker: s.speaker, kind: s.kind, text: s.text }));
  };

  it('does not let an unclosed quotation mark swallow the attributions that follow', () => {
    const found = statementsOf('unbalanced-quotes.txt');
    expect(found).toEqual(
      expect.arrayContaining([
        { speaker: 'Maria Zakharova', kind: 'indirect', text: 'the plan for the border was workable' },
        { speaker: 'Dmitry Peskov', kind: 'indirect', text: 'the Kremlin was calm about the exercises' },
      ]),
    );
    for (const s of found) expect(s.text).not.toContain('\n\n'); // nothing runs across the paragraphs
  });

  it('keeps quotes inside quotes inside the statement («…» in “…”, „…“ in «…», “…” in "…", ‘…’ in “…”)', () => {
    const found = statementsOf('nested-quotes.txt');
    expect(found).toEqual(
      expect.arrayContaining([
        { speaker: 'Maria Zakharova', kind: 'direct', text: 'She said ‘no’ twice, and then «нет» once more' },
        { speaker: 'Sergey Lavrov', kind: 'direct', text: 'He told me \'we will never accept “this” deal\' yesterday.' },
        { speaker: 'Sergey Lavrov', kind: 'direct', text: 'We call this „the deal of the century“, but it is not one' },
        { speaker: 'Dmitry Peskov', kind: 'direct', text: 'The word ‘unacceptable’ was used three times' },
      ]),
    );
  });

  it('keeps right-to-left and mixed scripts intact, bidi controls included, and finds them by search', () => {
    const { service } = freshService();
    expect(service.ingestPaths([join(FIXTURES, 'mixed-scripts.txt')]).errors).toEqual([]);
    const [hit] = service.quote('השגריר');
    expect(hit?.statement.speaker).toBe('Sergey Lavrov');
    expect(hit?.statement.text).toBe('We spoke with \u200Fالسفير\u200E and with השגריר in mixed scripts, then Привет мир and 你好 to everyone.');
    expect(service.quote('السفير')[0]?.statement.id).toBe(hit?.statement.id);
    expect(service.quote('Привет')[0]?.statement.id).toBe(hit?.statement.id);
    expect(service.quote('reversed trick')[0]?.statement.text).toBe('A \u202Ereversed\u202C word is a trick, not a threat');
    service.close();
  });
});
