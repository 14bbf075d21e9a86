// Inputs are short snippets of several reports: Shenzhen district and city work reports of
// 2015–2025 (corpus-sz), the Guangdong provincial report, and the 法治政府 reports of 光明区,
// 龙华区 and 延庆区.
import { describe, expect, it } from 'vitest';
import { agencySpans } from './agency-spans.js';
import { longestSpans } from './extract-agencies.js';
import { splitSentences } from './split-sentences.js';

function bodies(text: string): string[] {
  return splitSentences(text, []).flatMap((s) =>
    longestSpans(agencySpans(s)).map((span) => text.slice(span.start, span.end)),
  );
}

describe('agencySpans', () => {
  it('takes a 中心 that is set up to do government work as a body', () => {
    expect(bodies('成立光明区行政复议中心，开设行政复议窗口。')).toEqual(['光明区行政复议中心']); // 光明区 2021
    expect(bodies('完善矛盾纠纷多元化解机制，成立区行政调解中心。')).toEqual(['区行政调解中心']); // 坪山区 2023
    expect(bodies('建成标准化区级公共法律服务中心。')).toEqual(['区级公共法律服务中心']); // 延庆区 2021
  });

  it('leaves out hubs, platforms, venues and goals ending in 中心', () => {
    expect(bodies('加快打造全球电子器件贸易中心、全球硬件创新创业中心。')).toEqual([]); // 福田区 2021
    expect(bodies('揭牌成立黄金珠宝产业数智化转型促进中心。')).toEqual([]); // 盐田区 2025
    expect(bodies('依托洪湖公园打造区新时代文明实践中心。')).toEqual([]); // 罗湖区 2023
    expect(bodies('着力打造更具竞争力的区域性“国际金融中心”。')).toEqual([]); // 福田区 2019
    expect(bodies('主动对接，启动交通集散中心等轨道交通配套设施规划。')).toEqual([]); // 大鹏新区 2016
    expect(bodies('连接新区与市中心区的大动脉开工建设。')).toEqual([]); // 坪山新区 2014
  });

  it('leaves out a centre put into use, keeps a name that starts with 突发, drops a bare group office', () => {
    expect(bodies('区物证保管中心已正式投入使用。')).toEqual([]);
    expect(bodies('成立新材料产业公共服务中心。')).toEqual([]);
    expect(bodies('设有突发事件应急委员会、抗震救灾指挥部。')).toEqual(['突发事件应急委员会', '抗震救灾指挥部']);
    expect(bodies('改革协调小组办公室刊发简报。')).toEqual([]);
  });

  it('leaves out counted facilities and research platforms', () => {
    expect(bodies('建成桃源、西丽、招商3个街道长者服务中心。')).toEqual([]); // 南山区 2022
    expect(bodies('全年新增孵化器6家，新增院士工作站4家。')).toEqual([]); // 龙岗区 2020
  });

  it('never starts a name with the verb or adverb of its clause', () => {
    expect(bodies('举办专家咨询委员会，邀请知名专家授课。')).toEqual(['专家咨询委员会']); // 坪山新区 2015
    expect(bodies('认真办理中央环保督察组交办案件。')).toEqual(['中央环保督察组']); // 光明新区 2017
    expect(bodies('全市率先全面试行社区工作站改革。')).toEqual([]); // 盐田区 2017
    expect(bodies('组建公安禁毒大队，成立反诈骗中心。')).toEqual(['公安禁毒大队']); // 光明区 2020
  });

  it('keeps the verb of a group named by its task', () => {
    expect(bodies('组织召开依法治区委员会和推进依法行政工作领导小组会议5次。')).toEqual([
      '依法治区委员会',
      '推进依法行政工作领导小组',
    ]); // 延庆区 2021
  });

  it('takes groups named by their role, not a bare role or a team', () => {
    expect(bodies('组建了习近平法治思想宣讲团。')).toEqual(['习近平法治思想宣讲团']); // 光明区 2021
    expect(bodies('组建高素质的谈判工作小组。')).toEqual(['谈判工作小组']); // 罗湖区 2016
    expect(bodies('广泛建立和扩大专家团队。')).toEqual([]);
    expect(bodies('在2019年组建全市首个区委区政府法律顾问团的基础上。')).toEqual(['区委区政府法律顾问团']); // 延庆区 2021
  });

  it('does not take an honour’s title for a body', () => {
    expect(bodies('宝岗派出所被评为深圳唯一“枫桥式公安派出所”。')).toEqual(['宝岗派出所']); // 龙岗区 2020
    expect(bodies('区行政服务大厅获评2022年广东省县（区）标杆政务服务中心。')).toEqual([]);
  });

  it('ends names on word boundaries', () => {
    expect(bodies('加快建设坚强局部电网。')).toEqual([]);
    expect(bodies('龙岗河摘掉始于2007年的省环保厅挂牌督办帽子。')).toEqual(['省环保厅']); // 龙岗区 2016
    expect(bodies('及时做好向市司法局、区人大常委会的规范性文件备案工作。')).toEqual(['市司法局', '区人大常委会']); // 龙华区 2019
  });
});
