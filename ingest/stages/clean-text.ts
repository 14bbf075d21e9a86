// Turns the body of a report into the cleaned text every offset points into: one paragraph a
// line, outer whitespace (full-width spaces too) trimmed, page chrome of government sites dropped.

/** Lines that belong to the web page around a report, not to the report. */
const CHROME: RegExp[] = [
  /^(分享|字号|打印|关闭|收藏|下载|全屏|【?字号[:：])/,
  /^[【[]\s*(打印|关闭|字号|大|中|小|返回顶部)/,
  /您访问的链接即将离开/,
  /^已归档$/,
  /^(扫一扫|用手机扫|在手机上打开|手机扫)/,
  /^(首页|当前位置|您当前的位置)\s*[>:：]/,
  /^(上一篇|下一篇|相关(链接|阅读|报道|文章))[:：]?/,
  /^(责任编辑|编辑|审核|校对|阅读次数|浏览次数|访问量)[:：]/,
  /^(微信|微博|QQ空间|分享到)[:：]?$/,
  /^是否继续[?？]?$/,
];

const SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

export function isChromeLine(line: string): boolean {
  return CHROME.some((pattern) => pattern.test(line));
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
      line
        .replace(SPACE, '')
        .replace(/[\u200b\ufeff]/g, '')
        .replace(HAN_PUNCT, (p) => HALF_WIDTH[p] ?? p),
    )
    .filter((line) => line !== '' && !isChromeLine(line))
    .join('\n');
}
