// Inputs are sentences of several reports: Shenzhen Longhua 2019 and Guangming 2021 rule-of-law
// reports, a Shenzhen work-report glossary, the Beijing 2026 work report, the Yanqing 2021 report.
import { describe, expect, it } from 'vitest';
import type { AgencyMention } from './extract-agencies.js';
import { agencyParts } from './find-actors.js';

function roles(text: string, names: string[]): Record<string, string> {
  const mentions: AgencyMention[] = [];
  let from = 0;
  for (const name of names) {
    const start = text.indexOf(name, from);
    from = start + name.length;
    mentions.push({
      kind: 'Agency',
      key: name,
      name,
      surface: name,
      start,
      end: from,
      sentence: 0,
      jurisdiction: '',
      aliases: [],
    });
  }
  return Object.fromEntries(agencyParts(text, 0, text.length, mentions).map((p) => [p.agency.name, p.role]));
}

describe('agencyParts', () => {
  it('takes the subject of the clause as its doer, after a time adverbial too', () => {
    expect(roles('区司法局亦定期召集相关部门召开法治政府建设工作推进会', ['区司法局'])).toEqual({ 区司法局: 'doer' });
    expect(roles('2021年，中央政法委在广东省深圳市调研基层社会治理工作', ['中央政法委'])).toEqual({
      中央政法委: 'doer',
    });
  });

  it('takes bodies joined to the subject as doers too', () => {
    expect(roles('区委常委会、区政府常务会议专题听取工作进展', ['区委常委会', '区政府常务会议'])).toEqual({
      区委常委会: 'doer',
      区政府常务会议: 'doer',
    });
  });

  it('reads the doer named by 由…牵头, 会同, 配合…开展', () => {
    expect(roles('由市教育局牵头，会同深圳职业技术大学开展协同培养', ['市教育局'])).toEqual({ 市教育局: 'doer' });
    expect(roles('积极配合区人大、区纪委监委等开展行政执法专项监督', ['区人大', '区纪委监委'])).toEqual({
      区人大: 'doer',
      区纪委监委: 'doer',
    });
  });

  it('never makes the body reported to, reviewed or supervised the doer', () => {
    expect(roles('光明区政府主动向区人大常委会报告工作情况', ['光明区政府', '区人大常委会'])).toEqual({
      光明区政府: 'doer',
      区人大常委会: 'involved',
    });
    expect(roles('自觉接受市人大及其常委会法律监督', ['市人大'])).toEqual({ 市人大: 'involved' });
    expect(roles('合法性审查区委党内规范性文件117件', ['区委'])).toEqual({ 区委: 'involved' });
  });

  it('marks a body the measure sets up as founded', () => {
    expect(roles('成立光明区行政复议中心', ['光明区行政复议中心'])).toEqual({ 光明区行政复议中心: 'founded' });
    expect(roles('挂牌成立光明区知识产权仲裁工作站', ['光明区知识产权仲裁工作站'])).toEqual({
      光明区知识产权仲裁工作站: 'founded',
    });
  });

  it('reads 以…名义 and 发挥…作用 as naming the doer', () => {
    expect(roles('以两办名义印发若干措施', ['两办'])).toEqual({ 两办: 'doer' });
    expect(roles('充分发挥区政府法律顾问作用', ['区政府法律顾问'])).toEqual({ 区政府法律顾问: 'doer' });
  });
});
