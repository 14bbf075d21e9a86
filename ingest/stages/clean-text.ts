// Turns the body of a report into the cleaned text every offset points into: one paragraph a
// line, outer whitespace (full-width spaces too) trimmed, page chrome of government sites dropped.

/**
 * The longest line that can be page chrome. A widget, a share bar or a leave-site notice is a short
 * line; a longer line is report text even when it starts with 关闭 or holds a chrome phrase.
 */
export const MAX_CHROME_LINE = 60;

/** Lines that belong to the web page around a report, not to the report (whole short lines only). */
const CHROME: RegExp[] = [
  /^[【[]?\s*(分享|打印|打印本页|关闭|关闭窗口|收藏|下载|全屏|返回顶部)\s*[】\]]?$/,
  /^[【[]\s*(打印|关闭|字号|返回顶部|大\s*中\s*小)/,
  /^【?\s*(字号|字体)\s*[:：]/,
  /^(分享到|分享)\s*[:：]/,
  /^已归档$/,
  /^(扫一扫|用手机扫|在手机上打开|手机扫)/,
  /^(首页|当前位置|您当前的位置)\s*[>:：]/,
  /^(上一篇|下一篇|相关(链接|阅读|报道|文章))[:：]?/,
  /^(责任编辑|编辑|审核|校对|阅读次数|浏览次数|访问量)[:：]/,
  /^(微信|微博|QQ空间|分享到)[:：]?$/,
  /^是否继续[?？]?$/,
];

/**
 * Chrome that sites splice into the text itself: the leave-site notice, with the site it names and
 * its 是否继续？ when they follow within 40 characters. Cut out of its line; the rest is kept.
 */
const CHROME_PHRASE = /您访问的链接即将离开(?:[^。！？\n]{0,40}?是否继续[?？]?|[^。！？\n]{0,40}?网站[”"」]?)?/g;

const SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

/** True for a short line that is only page chrome; a line longer than MAX_CHROME_LINE never is. */
export function isChromeLine(line: string): boolean {
  return line.length <= MAX_CHROME_LINE && CHROME.some((pattern) => pattern.test(line));
}

/** The line without page chrome: its chrome phrases cut out, nothing when what is left is a chrome line. */
export function dropChrome(line: string): string {
  const rest = line.includes('您访问的链接即将离开') ? line.replace(CHROME_PHRASE, '').replace(SPACE, '') : line;
  return isChromeLine(rest) ? '' : rest;
}

/** ASCII , ; : ! ? written between Chinese characters become their full-width forms. */
const HALF_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
const HAN_PUNCT =
  /(?<=[\u4e00-\u9fff”）》])([,;:!?])(?=\s*[\u4e00-\u9fff“（《\d])|(?<=[\u4e00-\u9fff\d%”）》])([,;])(?=\s*[\u4e00-\u9fff“《])/g;

/** Cleaned text: paragraphs joined by "\n", no empty line, no chrome line, Chinese punctuation. */
export function cleanText(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      dropChrome(
        line
          .replace(SPACE, '')
          .replace(/[\u200b\ufeff]/g, '')
          .replace(HAN_PUNCT, (p) => HALF_WIDTH[p] ?? p),
      ),
    )
    .filter((line) => line !== '')
    .join('\n');
}
