// Reads a saved web page: decodes it with its declared charset (else detects it), keeps the
// article body, one block a line, and the page title. Must not keep navigation, scripts or widgets.

import iconv from 'iconv-lite';
import { DEFAULTS, formatCount, InputLimitError, type InputLimits } from '../limits.js';
import { dropChrome } from '../stages/clean-text.js';
import { htmlDepth } from './html-depth.js';
import { decodeText } from './read-text.js';
import { joinCjkSpaces, type ReaderOutput, tidyLines } from './reader.js';

/** The parts of a DOM node the text walk needs (cheerio's nodes are domhandler nodes). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** Elements that never hold report text. */
const DROPPED_TAGS =
  'script, style, noscript, template, iframe, frame, frameset, object, embed, canvas, svg, nav, header, footer, ' +
  'form, button, input, select, textarea, link, meta';

/** id/class words (between - and _) of page chrome: menus, share buttons, font-size widgets… */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'header',
  'footer',
  'breadcrumb',
  'crumb',
  'crumbs',
  'position',
  'location',
  'share',
  'bdshare',
  'fontsize',
  'zihao',
  'toolbar',
  'sidebar',
  'copyright',
  'qrcode',
]);

/** id/class substrings of the main content container, per the common government CMSes. */
const CONTAINER = /content|article|trs_editor|zoom|detail|main/i;

/** Elements that end a line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

export async function readHtml(bytes: Buffer, file: string, limits: InputLimits = DEFAULTS): Promise<ReaderOutput> {
  const { html, encoding } = decodeHtml(bytes, file);
  checkDepth(html, file, limits);
  const { load } = await import('cheerio');
  const $ = load(html);
  const title = pageTitle($('meta[name="ArticleTitle"]').attr('content') ?? '', $('title').first().text());

  $(DROPPED_TAGS).remove();
  $('body *')
    .filter((_, element) => isChrome(element as DomNode))
    .remove();

  const body = $('body').get(0) as DomNode | undefined;
  const bodyLength = body ? visibleLength(textOf(body)) : 0;
  const candidates = $('body [id], body [class]')
    .toArray()
    .map((element) => element as DomNode)
    .filter((node) => CONTAINER.test(`${node.attribs?.id ?? ''} ${node.attribs?.class ?? ''}`))
    .map((node) => ({ node, length: visibleLength(textOf(node)) }))
    .filter((candidate) => candidate.length > 0 && candidate.length >= bodyLength * 0.3);
  const root = innermostMain(candidates) ?? body ?? ($.root().get(0) as DomNode);

  // Page chrome that sits inside the article on many sites (font-size widgets, share buttons).
  const lines = linesOf(root).map(dropChrome);
  return { text: tidyLines(lines), encoding, ...(title ? { title } : {}) };
}

/** The text of an HTML fragment made by a converter (mammoth's DOCX HTML): one block a line. */
export async function fragmentText(html: string, file: string, limits: InputLimits = DEFAULTS): Promise<string> {
  checkDepth(html, file, limits);
  const { load } = await import('cheerio');
  const $ = load(html);
  return tidyLines(linesOf(($('body').get(0) ?? $.root().get(0)) as DomNode));
}

/**
 * Refuses a page nested deeper than the limit before it is parsed: the parser's work grows with
 * the depth, and the text walk below recurses once per level.
 */
function checkDepth(html: string, file: string, limits: InputLimits): void {
  const depth = htmlDepth(html, limits.maxHtmlDepth);
  if (depth > limits.maxHtmlDepth) {
    throw new InputLimitError(
      'INPUT_TOO_COMPLEX',
      'maxHtmlDepth',
      `${file}: elements nest more than ${formatCount(limits.maxHtmlDepth)} levels deep; no report needs that, so the page is not read`,
      file,
    );
  }
}

/** A node's lines: spaces between Chinese characters dropped, table cells one space apart. */
function linesOf(node: DomNode): string[] {
  return textOf(node)
    .split('\n')
    .map((line) => joinCjkSpaces(line.replace(/ +/g, ' ').trim()).replace(/[ \t]*\t[ \t]*/g, ' '));
}

/**
 * The declared charset (BOM, <meta charset>, http-equiv Content-Type, XML declaration) when it
 * decodes the page, else the detection of plain-text reports. GB2312 and GBK pages are decoded as
 * GB18030, their superset, since pages labelled GB2312 routinely hold GBK characters.
 */
export function decodeHtml(bytes: Buffer, file: string): { html: string; encoding: string } {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? undefined : declaredCharset(bytes);
  if (declared) {
    const label = /^(gb2312|gb_2312|gbk|x-gbk|cp936|windows-936|gb18030|euc-cn)/.test(declared) ? 'gb18030' : declared;
    if (label === 'utf-8' || label === 'utf8') {
      try {
        return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
      } catch {
        // declared UTF-8 but is not: fall through to detection
      }
    } else if (iconv.encodingExists(label) && !label.startsWith('utf-16')) {
      return { html: iconv.decode(bytes, label), encoding: label.toUpperCase() };
    }
  }
  const { text, encoding } = decodeText(bytes, file);
  return { html: text, encoding };
}

function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const meta =
    /<meta[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

/** The page title without the site name most CMSes append ("…_某某市人民政府"). */
function pageTitle(articleTitle: string, titleTag: string): string {
  const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
  if (clean(articleTitle)) return clean(articleTitle);
  const title = clean(titleTag);
  const first = title.split(/\s*(?:_|\||｜|\s-\s)\s*/)[0] ?? '';
  return first.length >= 4 ? first : title;
}

function isChrome(node: DomNode): boolean {
  const attribs = node.attribs ?? {};
  const style = (attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const words = `${attribs.id ?? ''} ${attribs.class ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => CHROME_WORDS.has(word));
}

/** Of the containers holding text, the innermost that still holds most of the largest one's. */
function innermostMain(candidates: { node: DomNode; length: number }[]): DomNode | undefined {
  const largest = Math.max(0, ...candidates.map((candidate) => candidate.length));
  const main = candidates
    .filter((candidate) => candidate.length >= largest * 0.6)
    .sort((a, b) => a.length - b.length)[0];
  return main?.node;
}

function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * The text of a node: source whitespace collapsed, blocks and <br> as "\n", table cells "\t"
 * apart, and a cell's own paragraphs (Word tables hold <p>s in cells) kept on the row's line.
 */
function textOf(node: DomNode): string {
  if (node.type === 'text') return (node.data ?? '').replace(/[ \t\n\r\f\u00a0]+/g, ' ');
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const name = node.name?.toLowerCase() ?? '';
  if (name === 'br') return '\n';
  const inner = (node.children ?? []).map(textOf).join('');
  if (name === 'td' || name === 'th') return `${inner.replace(/\s*\n\s*/g, ' ')}\t`;
  return BLOCKS.has(name) ? `\n${inner}\n` : inner;
}
