// Builds hostile input files at run time (none is committed): a DOCX zip bomb, a huge one-line
// report, a PDF of many empty pages, an HTML page nested deep. Each is small to make or to store.

import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

interface ZipPart {
  name: string;
  data: Buffer;
}

/** A ZIP archive of deflated parts, with true sizes in its headers. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data, { level: 9 });
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(part.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    directory.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose document.xml holds the paragraphs, over and over until it is `bytes` long. */
export function docx(paragraphs: string[], bytes = 0): Buffer {
  const body = Buffer.from(paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join(''));
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
  const tail = Buffer.from('</w:body></w:document>');
  const repeated = bytes > body.length ? Buffer.alloc(Math.floor(bytes / body.length) * body.length, body) : body;
  return zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: Buffer.concat([head, repeated, tail]) },
  ]);
}

/** A DOCX of a few hundred KB that unpacks to `mb` MB of XML. */
export function writeZipBomb(file: string, mb: number): void {
  writeFileSync(file, docx(['法治政府建设'], mb * 1024 * 1024));
}

/** A report of `mb` MB on one line, with no line break anywhere. */
export function writeOneLineReport(file: string, mb: number): void {
  writeFileSync(file, Buffer.alloc(mb * 1024 * 1024, '区政府推进依法行政工作，'));
}

/** A PDF of `pages` empty pages, with a correct cross-reference table. */
export function writeEmptyPagesPdf(file: string, pages: number): void {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  const parts = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let at = parts[0]?.length ?? 0;
  for (const [i, object] of objects.entries()) {
    const text = `${i + 1} 0 obj\n${object}\nendobj\n`;
    offsets.push(at);
    parts.push(text);
    at += text.length;
  }
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) parts.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`);
  writeFileSync(file, parts.join(''), 'latin1');
}

/** An HTML page whose report text sits inside `depth` nested <div>s. */
export function writeDeepHtml(file: string, depth: number, text: string): void {
  writeFileSync(
    file,
    `<html><head><meta charset="utf-8"><title>报告</title></head><body>${'<div class="content">'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`,
  );
}
