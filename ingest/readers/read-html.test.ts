import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtml } from './read-html.js';

const PARAGRAPH = '深化“放管服”改革，企业开办时间压缩至1个工作日以内。';
const page = (head: string, body: string) =>
  `<html><head>${head}<title>清河市政府工作报告_某某网站</title></head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  it('uses the charset of <meta charset>, http-equiv and the XML declaration', () => {
    for (const head of [
      '<meta charset="GBK">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
      '<?xml version="1.0" encoding="GB18030"?>',
    ]) {
      const { html, encoding } = decodeHtml(iconv.encode(page(head, `<p>${PARAGRAPH}</p>`), 'gbk'), 'x.html');
      expect(encoding).toBe('GB18030');
      expect(html).toContain(PARAGRAPH);
    }
  });

  it('detects the encoding when the page declares UTF-8 but is not', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', `<p>${PARAGRAPH.repeat(4)}</p>`), 'gbk');
    const { html, encoding } = decodeHtml(bytes, 'x.html');
    expect(encoding).toMatch(/^GB/);
    expect(html).toContain(PARAGRAPH);
  });

  it('follows a byte-order mark over the declared charset', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="gbk">', PARAGRAPH)),
    ]);
    expect(decodeHtml(bytes, 'x.html')).toMatchObject({ encoding: 'UTF-8' });
  });
});

describe('readHtml', () => {
  const read = (body: string) => readHtml(Buffer.from(page('<meta charset="utf-8">', body)), 'x.html');

  it('prefers the innermost container that holds most of the text over a wrapper or a small box', async () => {
    const { text } = await read(
      `<div class="main"><div class="left-content"><a>相关链接</a></div>` +
        `<div class="article-body"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></div><div>版权所有</div>`,
    );
    expect(text).toBe(`${PARAGRAPH}\n${PARAGRAPH}`);
  });

  it('keeps the <body> when no container is recognisable, without hidden or chrome elements', async () => {
    const { text } = await read(
      '<header>网站头部</header><nav>首页 政务公开</nav><script>脚本()</script><iframe>评论框</iframe>' +
        `<div style="display: none">隐藏的文字</div><div class="share-box">分享</div>` +
        `<p>${PARAGRAPH.slice(0, 10)}\n   ${PARAGRAPH.slice(10)}</p><p>【打印】</p><footer>版权所有</footer>`,
    );
    expect(text).toBe(PARAGRAPH);
  });

  it('takes the ArticleTitle meta over <title>, and strips the site name off <title>', async () => {
    const withMeta = Buffer.from(
      page('<meta charset="utf-8"><meta name="ArticleTitle" content="文章标题">', PARAGRAPH),
    );
    expect((await readHtml(withMeta, 'x.html')).title).toBe('文章标题');
    expect((await read(PARAGRAPH)).title).toBe('清河市政府工作报告');
  });
});
