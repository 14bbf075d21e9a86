import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';
import { normalizeDate, readFrontMatter } from './read-front-matter.js';

const BODY = '区政府推进依法行政，完成任务39项。\n';
const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n${BODY}`;

describe('readFrontMatter', () => {
  it('reads a folded title (title: >) as its text, lines joined by a space', () => {
    const { fields, body, problems } = readFrontMatter(
      withFrontMatter('title: >\n  北京市延庆区人民政府关于\n  2021年法治政府建设情况的报告\nregion: 北京市延庆区'),
    );
    expect(fields.title).toBe('北京市延庆区人民政府关于 2021年法治政府建设情况的报告');
    expect(fields.region).toBe('北京市延庆区');
    expect(body).toBe(BODY);
    expect(problems).toEqual([]);
  });

  it('drops a comment after a value', () => {
    const { fields } = readFrontMatter(withFrontMatter('date: 2022-03-29 # published\nsource: 区司法局  # office'));
    expect(fields).toEqual({ date: '2022-03-29', source: '区司法局' });
  });

  it('reads quoted titles with quotes and colons inside', () => {
    const { fields } = readFrontMatter(withFrontMatter('title: "关于\\"清河市\\"的报告: 2023"'));
    expect(fields.title).toBe('关于"清河市"的报告: 2023');
  });

  it.each([
    '2022/03/29',
    '2022-3-29',
    '2022.03.29',
    '2022年3月29日',
    '"2022年03月29日"',
    '二〇二二年三月二十九日',
    '20220329',
    '2022-03-29T10:00:00+08:00',
  ])('normalizes the date %s to 2022-03-29', (date) => {
    const { fields, problems } = readFrontMatter(withFrontMatter(`date: ${date}`));
    expect(fields.date).toBe('2022-03-29');
    expect(problems).toEqual([]);
  });

  it.each(['2022-02-30', '2022-13-01', 'soon', '1999年底'])(
    'leaves out the unusable date %s, with a problem naming the field',
    (date) => {
      const { fields, problems } = readFrontMatter(withFrontMatter(`title: 报告\ndate: ${date}`));
      expect(fields).toEqual({ title: '报告' });
      expect(problems.map((p) => p.field)).toEqual(['date']);
    },
  );

  it('leaves out a list where one value is expected', () => {
    const { fields, problems } = readFrontMatter(withFrontMatter('title:\n  - 一\n  - 二\nregion: 清河市'));
    expect(fields).toEqual({ region: '清河市' });
    expect(problems.map((p) => p.field)).toEqual(['title']);
  });

  it('keeps the body when the block is not valid YAML, with a problem for the block', () => {
    const { fields, body, problems } = readFrontMatter(withFrontMatter('title: [unclosed\ndate: "2022'));
    expect(fields).toEqual({});
    expect(body).toBe(BODY);
    expect(problems.map((p) => p.field)).toEqual(['front matter']);
  });

  it('leaves text without a block alone', () => {
    expect(readFrontMatter(BODY)).toEqual({ fields: {}, body: BODY, problems: [] });
  });
});

describe('normalizeDate', () => {
  it('knows leap years', () => {
    expect(normalizeDate('2024/2/29')).toBe('2024-02-29');
    expect(normalizeDate('2023/2/29')).toBeNull();
  });
});

describe('front matter in the pipeline', () => {
  it('returns an unusable value as a warning naming the file and field, and extracts the rest', () => {
    const extraction = extractDocument({
      id: 'x',
      file: 'reports/x.md',
      text: withFrontMatter('title: 清河市2021年法治政府建设情况报告\ndate: 2021-02-30'),
    });
    expect(extraction.warnings).toEqual([{ file: 'reports/x.md', field: 'date', message: expect.any(String) }]);
    expect(extraction.document.attributes.title).toBe('清河市2021年法治政府建设情况报告');
    expect(extraction.document.attributes.published).toBeNull();
  });

  it('leaves out a date in the text that names no day', () => {
    const extraction = extractDocument({ id: 'x', file: 'x.txt', text: `发布日期：2021-13-45\n${BODY}` });
    expect(extraction.document.attributes.published).toBeNull();
    expect(extraction.warnings?.map((w) => w.field)).toEqual(['date']);
  });
});
