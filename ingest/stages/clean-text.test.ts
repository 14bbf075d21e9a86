import { describe, expect, it } from 'vitest';
import { cleanText, isChromeLine, MAX_CHROME_LINE } from './clean-text.js';

const REPORT_LINE =
  '2021年，区政府坚持依法行政，全面推进法治政府建设，完成年度任务39项，行政复议案件办结率100%，' +
  '重大行政决策全部经过合法性审查。';

describe('cleanText: page chrome', () => {
  it('keeps a one-line report that contains the leave-site notice, without the notice', () => {
    const line = `${REPORT_LINE}您访问的链接即将离开“北京市人民政府”门户网站 是否继续？${REPORT_LINE}`;
    expect(cleanText(line)).toBe(`${REPORT_LINE}${REPORT_LINE}`);
  });

  it('keeps a short report sentence that holds the notice', () => {
    expect(cleanText('区政府推进依法行政。您访问的链接即将离开')).toBe('区政府推进依法行政。');
  });

  it('drops the notice, share bars and widgets when they are lines of their own', () => {
    const page = [
      '您访问的链接即将离开“清河市人民政府门户网站” 是否继续？',
      '【打印】【关闭】',
      '字号：大 中 小',
      '分享到：微信 微博',
      '关闭',
      REPORT_LINE,
    ].join('\n');
    expect(cleanText(page)).toBe(REPORT_LINE);
  });

  it('never drops a line longer than a chrome line, whatever it starts with', () => {
    for (const start of ['关闭', '下载', '分享', '首页：', '上一篇', '编辑：']) {
      const line = `${start}${REPORT_LINE}`;
      expect(line.length).toBeGreaterThan(MAX_CHROME_LINE);
      expect(isChromeLine(line)).toBe(false);
      expect(cleanText(line)).toBe(line);
    }
  });

  it('keeps short report lines that start like a widget', () => {
    expect(cleanText('关闭违规企业23家。\n下载量达到12万次。\n【大数据赋能】')).toBe(
      '关闭违规企业23家。\n下载量达到12万次。\n【大数据赋能】',
    );
  });
});
