import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, listInputFiles, loadDocument, loadDocumentFile } from '../../../src/core/ingest/index.ts';

const FIXTURES = new URL('../../fixtures/ingest/', import.meta.url).pathname;
const NOW = new Date('2026-01-01T00:00:00Z');
const BODY =
  'The foreign minister said on Tuesday that the talks had been constructive and would continue next month.';

function expectIngestError(fn: () => unknown, message: RegExp): IngestError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    expect((e as Error).message).toMatch(message);
    expect((e as Error).message).not.toContain('\n');
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('IngestError', () => {
  it('has a name, a path and a cause', () => {
    const cause = new Error('inner');
    const e = new IngestError('bad file', { path: 'a.txt', cause });
    expect(e.name).toBe('IngestError');
    expect(e.path).toBe('a.txt');
    expect(e.cause).toBe(cause);
    expect(e.message).toBe('bad file');
    expect(e).toBeInstanceOf(Error);
    expect(new IngestError('x').path).toBeNull();
  });
});

describe('loadDocument input checks', () => {
  it.each([
    ['empty.txt', /file is empty/],
    ['whitespace.txt', /only whitespace/],
    ['binary.txt', /binary file/],
  ])('rejects %s', (name, message) => {
    const e = expectIngestError(() => loadDocumentFile(join(FIXTURES, name)), message);
    expect(e.path).toBe(join(FIXTURES, name));
  });

  it('rejects a long text with a single NUL byte', () => {
    expectIngestError(() => loadDocument({ data: Buffer.from(`${BODY.repeat(50)}\u0000${BODY}`) }), /NUL/);
  });

  it('rejects strings with NUL or many control characters', () => {
    expectIngestError(() => loadDocument({ data: `abc\u0000def` }), /binary/);
    expectIngestError(() => loadDocument({ data: '\u0001\u0002\u0003\u0004 abc' }), /binary/);
  });

  it('decodes UTF-16 and an undeclared Latin-1 file', () => {
    expect(loadDocument({ data: Buffer.from(`\ufeff${BODY}`, 'utf16le') }).text).toBe(BODY);
    expect(loadDocumentFile(join(FIXTURES, 'latin1.txt')).text).toContain('in a café near');
  });

  it('rejects input that is all boilerplate', () => {
    expectIngestError(() => loadDocument({ data: 'Share this article\nAdvertisement\n© 2021 X. All rights reserved.' }), /no article text/);
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY, 'utf8')]);
    expect(loadDocument({ data: bytes }).text).toBe(BODY);
  });

  it('wraps file-system errors', () => {
    const e = expectIngestError(() => loadDocumentFile(join(FIXTURES, 'missing.txt')), /no such file/);
    expect(e.cause).toBeDefined();
    expectIngestError(() => loadDocumentFile(FIXTURES), /is a directory/);
  });
});

describe('loadDocument output', () => {
  it('derives id and content hash from the cleaned text', () => {
    const doc = loadDocument({ data: `  ${BODY}\n\nShare this article`, path: 'x.txt', url: 'https://e.example/a', now: NOW });
    const hash = createHash('sha256').update(BODY).digest('hex');
    expect(doc).toEqual({ id: hash.slice(0, 16), contentHash: hash, text: BODY, title: null, outlet: null, url: 'https://e.example/a', date: null, path: 'x.txt' });
  });

  it('gives the same id to the same article with different boilerplate', () => {
    const a = loadDocument({ data: `${BODY}\n\nLeave a Reply\n\nNice.` });
    const b = loadDocument({ data: `${BODY}\r\n\r\nAdvertisement\r\n` });
    expect(a.id).toBe(b.id);
  });

  it('reads the Reuters-style wire fixture', () => {
    const doc = loadDocumentFile(join(FIXTURES, 'reuters-wire.txt'));
    expect(doc.title).toBe('U.S. urges Taliban to let Afghans leave, Blinken says');
    expect(doc.outlet).toBe('Reuters');
    expect(doc.date).toBe('2021-10-08');
    expect(doc.text.startsWith('U.S. Secretary of State Antony Blinken on Friday urged')).toBe(true);
    for (const junk of ['By Jane Doe', 'Updated', 'Read more', 'Share this', 'Facebook', 'Reporting by']) expect(doc.text).not.toContain(junk);
    expect(doc.text.split('\n\n')).toHaveLength(3);
  });

  it('reads the hard-wrapped fixture into whole paragraphs', () => {
    const doc = loadDocumentFile(join(FIXTURES, 'hard-wrapped.txt'));
    expect(doc.title).toBe('Uzbekistan Calls for Inclusive Government in Kabul');
    expect(doc.outlet).toBe('Xinhua');
    expect(doc.date).toBeNull();
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(doc.text).not.toMatch(/(?<!\n)\n(?!\n)/);
    expect(doc.text).toContain('several rounds of consultations with Taliban');
    expect(doc.text).toContain('cross-border trade');
    expect(paragraphs[0]).toMatch(/^Uzbekistan's Foreign Minister Abdulaziz Kamilov said/);
  });

  it('reads the today-banner fixture without taking the banner for the date', () => {
    const doc = loadDocumentFile(join(FIXTURES, 'today-banner.txt'));
    expect(doc.date).toBeNull();
    expect(doc.title).toBe('Tajikistan rejects foreign bases on its soil');
    expect(doc.outlet).toBe('Pamir Daily');
    expect(doc.text).not.toContain('Tajikistan rejects foreign bases');
    expect(doc.text).not.toMatch(/Advertisement|Copyright|Home|March 4/);
    expect(doc.text.split('\n\n')).toHaveLength(4);
  });
});

describe('listInputFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefdesk-ingest-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  for (const f of ['a.txt', 'b/z.html', 'b/c.md', 'b/deep/d.htm', 'b/deep/e.text', 'notes.pdf', '.dot.txt', '.hidden/x.txt', 'image.png']) {
    writeFileSync(join(root, f), 'x');
  }
  symlinkSync(root, join(root, 'b', 'loop'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('expands folders recursively in sorted order, keeping article extensions and skipping dotfiles', () => {
    const { files, errors } = listInputFiles([root]);
    expect(files).toEqual(['a.txt', 'b/c.md', 'b/deep/d.htm', 'b/deep/e.text', 'b/z.html'].map((f) => join(root, f)));
    expect(errors).toEqual([]);
  });

  it('keeps files named explicitly whatever their extension, once', () => {
    const png = join(root, 'image.png');
    const { files } = listInputFiles([png, join(root, 'a.txt'), png]);
    expect(files).toEqual([png, join(root, 'a.txt')]);
  });

  it('reports missing paths and goes on', () => {
    const missing = join(root, 'nope');
    const { files, errors } = listInputFiles([missing, join(root, 'a.txt')]);
    expect(files).toEqual([join(root, 'a.txt')]);
    expect(errors).toEqual([{ path: missing, message: 'no such file or directory' }]);
  });
});
