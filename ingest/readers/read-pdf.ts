// Reads the text layer of a PDF report with PDF.js: lines in page order, the lines of one paragraph
// joined back together. Must not OCR or guess: no text layer, encryption or damage is refused.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GovkgError } from '../../graph/errors.js';
import { DEFAULTS, formatCount, InputLimitError, type InputLimits } from '../limits.js';
import { joinCjkSpaces, type ReaderOutput, tidyLines } from './reader.js';

/** One line of a page, as PDF.js lays it out. */
export interface PdfLine {
  text: string;
  /** Left and right edges and font size, in PDF units. */
  left: number;
  right: number;
  size: number;
}

/** The text items PDF.js returns (marked-content items have no `str`). */
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** Sentence ends: a line ending so (a closing quote after one too) ends its paragraph. */
const SENTENCE_END = /[。！？；：][”’」』]?$/;
/** Heading and list markers: 第一章, 一、, （一）, 1., 1、 */
const HEADING_START =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d))/;
/** Page furniture: "- 1 -", "— 2 —", "3", "第 4 页 共 9 页", "5/9". */
const PAGE_NUMBER = /^([-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d+\s*页\s*[,，/]?\s*(共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

export async function readPdf(bytes: Buffer, file: string, limits: InputLimits = DEFAULTS): Promise<ReaderOutput> {
  const started = performance.now();
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    throw new GovkgError(
      'INPUT_UNREADABLE',
      `${file}: not a PDF file (no "%PDF-" header); the file is corrupt or has the wrong extension`,
      { file },
    );
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // Chinese PDFs often use fonts that are not embedded and need the predefined CMaps to be read.
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (cause) {
    await task.destroy();
    const name = (cause as Error).name;
    const reason =
      name === 'PasswordException'
        ? 'the PDF is password-protected; remove the password (print or save it unprotected) and try again'
        : `corrupt PDF, cannot be opened (${(cause as Error).message})`;
    throw new GovkgError('INPUT_UNREADABLE', `${file}: ${reason}`, { file, cause });
  }
  const lines: PdfLine[] = [];
  try {
    if (document.numPages > limits.maxPdfPages) {
      throw new InputLimitError(
        'INPUT_TOO_LARGE',
        'maxPdfPages',
        `${file}: the PDF has ${formatCount(document.numPages)} pages, more than the ${formatCount(limits.maxPdfPages)} a report is read to`,
        file,
      );
    }
    for (let number = 1; number <= document.numPages; number++) {
      if (performance.now() - started > limits.maxReadMs) {
        throw new InputLimitError(
          'INPUT_TIMEOUT',
          'maxReadMs',
          `${file}: reading the PDF took more than ${formatCount(limits.maxReadMs / 1000)} s (stopped at page ${number} of ${formatCount(document.numPages)})`,
          file,
        );
      }
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items as PdfTextItem[]));
      page.cleanup();
    }
  } catch (cause) {
    if (cause instanceof InputLimitError) throw cause;
    throw new GovkgError(
      'INPUT_UNREADABLE',
      `${file}: corrupt PDF, a page cannot be read (${(cause as Error).message})`,
      { file, cause },
    );
  } finally {
    await document.destroy();
  }
  const text = joinParagraphs(lines);
  if (text === '') {
    throw new GovkgError(
      'INPUT_NOT_TEXT',
      `${file}: the PDF has no text layer (scanned pages are images); run OCR on it first and read the result`,
      { file },
    );
  }
  const unmapped = (text.match(/[\ue000-\uf8ff\ufffd]/g) ?? []).length;
  if (unmapped > text.length * 0.3) {
    throw new GovkgError(
      'INPUT_NOT_TEXT',
      `${file}: the PDF's text layer does not map to Unicode (${unmapped} of ${text.length} characters unreadable)`,
      { file },
    );
  }
  return { text, encoding: 'PDF' };
}

/** Groups one page's text items into lines: at PDF.js's end-of-line marks and baseline changes. */
export function pageLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { y: number }) | null = null;
  const flush = () => {
    if (current && current.text.trim() !== '') lines.push(current);
    current = null;
  };
  for (const item of items) {
    const text = item.str ?? '';
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform ?? [];
    const size = Math.abs(scaleY) || item.height || 0;
    if (text !== '') {
      if (current && Math.abs(y - current.y) > Math.max(current.size, size) * 0.5) flush();
      if (!current) current = { text: '', left: x, right: x, size, y };
      // A gap of a full em (a full-width space in the source, as in "市长　王明") stays one.
      current.text += text.trim() === '' && (item.width ?? 0) >= 0.8 * current.size ? '\u3000' : text;
      current.right = Math.max(current.right, x + (item.width ?? 0));
      current.size = Math.max(current.size, size);
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/**
 * Joins the lines of a paragraph. A line runs on into the next unless it ends a sentence
 * (。！？；：, or a closing quote after one), is a heading, does not span the text block (a
 * centred, flush-right or last line), or the next line is indented or starts with a heading marker.
 * Page numbers are dropped first, so a paragraph runs on over a page break.
 */
export function joinParagraphs(allLines: PdfLine[]): string {
  const lines = allLines
    .map((line) => ({ ...line, text: normalizeGlyphs(joinCjkSpaces(line.text.trim())) }))
    .filter((line) => line.text !== '' && !PAGE_NUMBER.test(line.text));
  // The text block's edges: most lines of a report are full, so the 10th and 90th percentiles.
  const left = percentile(
    lines.map((line) => line.left),
    0.1,
  );
  const right = percentile(
    lines.map((line) => line.right),
    0.9,
  );
  const paragraphs: string[] = [];
  let paragraph = '';
  for (const [i, line] of lines.entries()) {
    paragraph = joinLine(paragraph, line.text);
    const next = lines[i + 1];
    const spans = line.left <= left + 2.5 * line.size && line.right >= right - 2 * line.size;
    const runsOn =
      next !== undefined &&
      spans &&
      !SENTENCE_END.test(line.text) &&
      !isHeading(line.text) &&
      next.left <= left + next.size &&
      !HEADING_START.test(next.text);
    if (!runsOn) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  return tidyLines(paragraphs);
}

/** A short line led by a heading marker, with no sentence in it. */
function isHeading(text: string): boolean {
  return HEADING_START.test(text) && text.length <= 40 && !/[。！？；]/.test(text);
}

function percentile(values: number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * rank) - 1)] ?? 0; // nearest rank
}

/** Joins two pieces of a paragraph; a space only between two Latin letters or digits. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  return /[A-Za-z0-9]$/.test(paragraph) && /^[A-Za-z0-9]/.test(line) ? `${paragraph} ${line}` : paragraph + line;
}

/** Kangxi radicals and compatibility ideographs, which some PDF fonts map to, as the usual characters. */
function normalizeGlyphs(text: string): string {
  return text.replace(/[\u2f00-\u2fd5\uf900-\ufaff]/g, (glyph) => glyph.normalize('NFKC'));
}
