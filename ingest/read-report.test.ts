import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GovkgError } from '../graph/errors.js';
import { decodeText, documentId, readReport } from './read-report.js';
import { readFrontMatter } from './stages/read-front-matter.js';

// The fixtures and how they were made: test/fixtures/inputs/README.md.
const INPUTS = join(import.meta.dirname, '..', 'test', 'fixtures', 'inputs');
const at = (name: string) => join(INPUTS, name);

const TITLE = '清河市2023年政府工作报告';
const SUBTITLE = '——2023年1月10日在清河市第十七届人民代表大会第二次会议上';
const SIGNATURE = '市长　王明';
const BODY = [
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。',
  '一、2022年工作回顾',
  '过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成86.4亿元，城镇新增就业1.2万人。' +
    '我们坚持稳中求进工作总基调，统筹发展和安全，推动经济社会持续健康发展，各项目标任务圆满完成。',
  '二、2023年主要任务',
  '（一）着力扩大有效需求。实施重大项目建设三年行动，全年安排市级重点项目120个，完成投资350亿元以上。' +
    '支持新能源汽车和绿色家电消费，推进城市更新和老旧小区改造，加快建设一批社区养老服务设施和便民商业网点。',
  '（二）持续优化营商环境。落实《优化营商环境条例》，深化“放管服”改革，推行“一网通办”，' +
    '企业开办时间压缩至1个工作日以内。',
];
/** The report as every good fixture holds it, one paragraph a line. */
const REPORT = [TITLE, SUBTITLE, SIGNATURE, ...BODY];

/** Text that belongs to the page around the article, never to the report. */
const PAGE_CHROME = [
  '首页',
  '政务公开',
  '互动交流',
  '当前位置',
  '无障碍浏览',
  '字号',
  '分享到微信',
  '微博',
  '您访问的链接即将离开',
  '是否继续',
  '统计代码',
  '脚本输出',
  '页脚脚本',
  'font-size',
  '评论框',
  '网站标识码',
  'ICP备案号',
  '门户网站',
];

/** The GovkgError a promise rejects with (fails the test when it resolves or throws another error). */
async function failure(promise: Promise<unknown>): Promise<GovkgError> {
  const outcome = await promise.then(
    () => new Error('expected the read to fail, but it succeeded'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof GovkgError)) throw outcome;
  return outcome;
}

const lines = (text: string) => text.split('\n');

describe('readReport: plain text', () => {
  it('decodes GBK without a declared encoding', async () => {
    const report = await readReport(at('gbk.txt'));
    expect(report.format).toBe('text');
    expect(report.encoding).toMatch(/^GB/);
    expect(lines(report.text.trimEnd())).toEqual(REPORT);
  });

  it('decodes GB18030, four-byte characters outside GBK included', async () => {
    const report = await readReport(at('gb18030.txt'));
    expect(report.encoding).toMatch(/^GB/);
    expect(lines(report.text.trimEnd())).toEqual([...REPORT, '本市䶮村和𪚥村列入传统村落保护名录。']);
  });

  it.each([
    ['utf16le-bom.txt', 'UTF-16LE'],
    ['utf16be-bom.txt', 'UTF-16BE'],
  ])('decodes %s by its byte-order mark', async (name, encoding) => {
    const report = await readReport(at(name));
    expect(report.encoding).toBe(encoding);
    expect(lines(report.text.trimEnd())).toEqual(REPORT);
  });

  it('reads UTF-8 cut in the middle of a character, without the partial character', async () => {
    const whole = Buffer.from(`${REPORT.join('\n')}\n法治`, 'utf8');
    const truncated = decodeText(whole.subarray(0, whole.length - 1), 'cut.txt');
    expect(truncated.encoding).toBe('UTF-8 (truncated)');
    expect(lines(truncated.text)).toEqual([...REPORT, '法']);
  });

  it('refuses an image renamed .txt as INPUT_NOT_TEXT', async () => {
    const error = await failure(readReport(at('image.txt')));
    expect(error.code).toBe('INPUT_NOT_TEXT');
    expect(error.file).toBe(at('image.txt'));
  });

  it.each(['empty.txt', 'whitespace.txt'])('refuses %s as INPUT_EMPTY', async (name) => {
    const error = await failure(readReport(at(name)));
    expect(error.code).toBe('INPUT_EMPTY');
    expect(error.file).toBe(at(name));
  });

  it.each(['no-such-report.txt', 'no-such-report.html', 'no-such-report.docx', 'no-such-report.pdf'])(
    'gives INPUT_NOT_FOUND for a missing %s',
    async (name) => {
      const error = await failure(readReport(at(name)));
      expect(error.code).toBe('INPUT_NOT_FOUND');
      expect(error.file).toBe(at(name));
    },
  );

  it('gives UNSUPPORTED_FORMAT for a legacy .doc', async () => {
    expect((await failure(readReport(at('report.doc')))).code).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('readReport: HTML', () => {
  it('keeps the article of a UTF-8 page, one paragraph a line, and its title as front matter', async () => {
    const report = await readReport(at('page-utf8.html'));
    expect(report.format).toBe('html');
    expect(report.encoding).toBe('UTF-8');
    const { fields, body } = readFrontMatter(report.text);
    expect(fields.title).toBe(TITLE);
    expect(lines(body)).toEqual([
      ...REPORT,
      '指标 2022年 增长',
      '地区生产总值 1234.5亿元 5.2%',
      '附件1：重点项目清单',
      '附件2：民生实事清单',
    ]);
    for (const chrome of PAGE_CHROME) expect(report.text).not.toContain(chrome);
  });

  it('decodes a page by its declared gb2312 charset and escapes quotes in the title', async () => {
    const report = await readReport(at('page-gbk.html'));
    expect(report.encoding).toBe('GB18030');
    const { fields, body } = readFrontMatter(report.text);
    expect(fields.title).toBe('关于"清河市2023年政府工作报告"的解读');
    expect(lines(body).slice(0, REPORT.length)).toEqual(REPORT);
    for (const chrome of PAGE_CHROME) expect(report.text).not.toContain(chrome);
  });

  it('detects the encoding of a page that declares none, and keeps its <body>', async () => {
    const report = await readReport(at('page-undeclared-gbk.htm'));
    expect(report.encoding).toMatch(/^GB/);
    const { fields, body } = readFrontMatter(report.text);
    expect(fields.title).toBe(TITLE);
    expect(lines(body).slice(0, REPORT.length)).toEqual(REPORT);
  });

  it('gives INPUT_EMPTY for a page that is all navigation and widgets', async () => {
    expect((await failure(readReport(at('page-empty.html')))).code).toBe('INPUT_EMPTY');
  });
});

describe('readReport: DOCX', () => {
  it('reads paragraphs one a line, soft line breaks and table rows included', async () => {
    const report = await readReport(at('report.docx'));
    expect(report.format).toBe('docx');
    expect(lines(report.text)).toEqual([...REPORT, '指标 2022年', '地区生产总值 1234.5亿元']);
  });

  it.each(['encrypted.docx', 'corrupt.docx', 'truncated.docx'])(
    'refuses %s as INPUT_UNREADABLE, naming the file',
    async (name) => {
      const error = await failure(readReport(at(name)));
      expect(error.code).toBe('INPUT_UNREADABLE');
      expect(error.file).toBe(at(name));
    },
  );
});

describe('readReport: PDF', () => {
  it('reads the text layer, joining the lines of a paragraph across a page break', async () => {
    const report = await readReport(at('report.pdf'));
    expect(report.format).toBe('pdf');
    expect(lines(report.text)).toEqual([...REPORT, '清河市人民政府', '2023年1月16日']);
  });

  it('refuses a PDF without a text layer as INPUT_NOT_TEXT', async () => {
    const error = await failure(readReport(at('scanned.pdf')));
    expect(error.code).toBe('INPUT_NOT_TEXT');
    expect(error.file).toBe(at('scanned.pdf'));
  });

  it.each(['encrypted.pdf', 'corrupt.pdf'])('refuses %s as INPUT_UNREADABLE, naming the file', async (name) => {
    const error = await failure(readReport(at(name)));
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.file).toBe(at(name));
  });
});

describe('readReport: files that are not what their extension says', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govkg-read-report-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['report.pdf', 'report.docx'])('refuses plain text named %s as INPUT_UNREADABLE', async (name) => {
    const file = join(dir, name);
    await writeFile(file, `${REPORT.join('\n')}\n`);
    const error = await failure(readReport(file));
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.file).toBe(file);
  });

  it.each(['empty.html', 'empty.docx', 'empty.pdf'])('gives INPUT_EMPTY for a zero-byte %s', async (name) => {
    const file = join(dir, name);
    await writeFile(file, '');
    expect((await failure(readReport(file))).code).toBe('INPUT_EMPTY');
  });
});

describe('documentId', () => {
  it('depends on the text only: line ends, a byte-order mark and outer spaces do not count', () => {
    const text = REPORT.join('\n');
    expect(documentId(`\uFEFF${REPORT.join('\r\n')}\r\n\r\n`)).toBe(documentId(text));
    expect(documentId(REPORT.map((line) => `  ${line}\u3000`).join('\n'))).toBe(documentId(text));
    expect(documentId(text.replace('5.2%', '5.3%'))).not.toBe(documentId(text));
    expect(documentId(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});
