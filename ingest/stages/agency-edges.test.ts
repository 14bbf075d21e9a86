// Where a body's name starts and whether a name ending in a body's suffix names a body. Inputs
// are snippets of work reports of several Shenzhen districts, the city, Guangdong and the State
// Council (corpus-sz), and of the 法治政府 reports of 光明区 and 龙华区.
import { describe, expect, it } from 'vitest';
import { agencySpans } from './agency-spans.js';
import { longestSpans } from './extract-agencies.js';
import { splitSentences } from './split-sentences.js';

function bodies(text: string): string[] {
  return splitSentences(text, []).flatMap((s) =>
    longestSpans(agencySpans(s)).map((span) => text.slice(span.start, span.end)),
  );
}

describe('names that join two domains with 和', () => {
  it('keeps the first domain of a department', () => {
    expect(bodies('第一个“5”是区科技创新局、区工业和信息化局、区住房和建设局等5个产业部门。')).toEqual([
      '区科技创新局',
      '区工业和信息化局',
      '区住房和建设局',
    ]); // 罗湖区 2025
    expect(bodies('与市规划和自然资源局签订局区合作协议。')).toEqual(['市规划和自然资源局']); // 光明区 2020
    expect(bodies('进一步优化新区部门设置，新设立政法办、文体教育局、环保和水务局。')).toContain('环保和水务局'); // 光明新区 2016
    expect(bodies('成立城市设计和建筑风貌专家咨询委员会。')).toEqual(['城市设计和建筑风貌专家咨询委员会']); // 深圳市 2025
    expect(bodies('全市率先实现居委会下设环境与物业管理委员会。')).toContain('环境与物业管理委员会'); // 福田区 2021
  });

  it('leaves two bodies joined by 和 apart', () => {
    expect(bodies('在市委市政府和新区党工委的坚强领导下。')).not.toContain('市政府和新区党工委'); // 大鹏新区 2015
    expect(bodies('配合区城管局和区住建局开展整治。')).toEqual(['区城管局', '区住建局']);
    expect(bodies('压实各级政府和部门党委主体责任。').some((b) => b.includes('和'))).toBe(false); // 罗湖区 2016
  });
});

describe('the clause before a name', () => {
  it('drops a verb the segmenter read into the first word', () => {
    expect(bodies('建成区级消防指挥中心。')).not.toContain('建成区级消防指挥中心'); // 宝安区 2018
    expect(bodies('成立龙华区科学技术协会，建成区知识产权服务中心。')).toEqual(['区知识产权服务中心']); // 龙华区 2018
    expect(bodies('重构区企业服务中心，举办年度“企业家日”活动。')).toEqual(['区企业服务中心']); // 罗湖区 2019
    expect(bodies('九是根据广东省治安综合治理委员会的调查结果。')).toEqual(['广东省治安综合治理委员会']); // 龙岗区 2011
  });

  it('ends a name at a one-character preposition glued to its neighbours', () => {
    expect(bodies('落实省政府重大决策出台前向省人大常委会报告制度。')).toContain('省人大常委会'); // 广东省 2015
    expect(bodies('并报区人大常委会审议。')).toEqual(['区人大常委会']); // 坪山区 2012
    expect(bodies('白花社区征地返还用地方案已获市政府常务会议审议通过。')).toEqual(['市政府常务会议']); // 光明新区 2014
  });

  it('keeps the work a body is named after, drops the time a clause speaks of', () => {
    expect(bodies('挂牌成立全国首家劳动关系公共服务中心。')).toEqual(['劳动关系公共服务中心']); // 宝安区 2016
    expect(bodies('中央应对疫情工作领导小组及时研究部署。')).toEqual(['中央应对疫情工作领导小组']); // 国务院 2020
    expect(bodies('“十三五”时期新区管委会工作的总体思路是。')).toEqual(['新区管委会']); // 坪山新区 2016
  });

  it('starts a national body at 中央', () => {
    expect(bodies('习近平总书记在2020年秋季学期中央党校中青年干部培训班开班式上。')).toEqual(['中央党校']); // 光明区 2021
    expect(bodies('中共中央政治局于2012年12月4日召开会议。')).toEqual(['中共中央政治局']); // 龙华区 2019
  });
});

describe('names that are no body', () => {
  it('leaves out command centres that are built or listed, keeps one that is set up', () => {
    expect(bodies('“双中心”：区级运行指挥中心、区公安新一代指挥中心。')).toEqual([]); // 罗湖区 2019
    expect(bodies('加快时空云平台、智慧城市指挥中心(一期)建设。')).toEqual([]); // 南山区 2018
    expect(bodies('盐田综合交通运行指挥中心顺利建成。')).toEqual([]); // 盐田区 2016
    expect(bodies('专门成立流调前线指挥中心，全区公职人员尽锐出战。')).toEqual(['流调前线指挥中心']); // 宝安区 2022
  });

  it('leaves out party-and-public service centres, which are venues', () => {
    expect(bodies('加强社区党群服务中心家园功能建设。')).toEqual([]); // 南山区 2024
    expect(bodies('高标准建成水贝、金岭社区一体化党群服务中心。')).toEqual([]); // 罗湖区 2023
  });

  it('leaves out quoted words that end in 局 and schemes joined by +', () => {
    expect(bodies('构建“双中心、组团式、生态型”的一个空间发展“新格局”。')).toEqual([]); // 龙华区 2018
    expect(bodies('推动实现“一图全面感知”“一号走遍深圳”“一键可知全局”。')).toEqual([]); // 深圳市 2019
    expect(bodies('构建“区指挥部+工作专班”指挥体系。')).toEqual([]); // 龙华区 2024
  });

  it('leaves out utilities, model kinds of bodies, hubs and units of hospitals', () => {
    expect(bodies('协办：市规土委宝安管理局、宝安供电局。')).toEqual(['市规土委宝安管理局']); // 宝安区 2018
    expect(bodies('试点打造“枫桥式”派出所和警务室。')).toEqual([]); // 福田区 2020
    expect(bodies('打造华强北、天安等一批“枫桥式公安派出所”。')).toEqual([]); // 福田区 2021
    expect(bodies('加快建设创新资本中心、国际风投创投中心和财富管理中心。')).toEqual([]); // 罗湖区 2022
    expect(bodies('加快推进区人民医院健康管理服务中心建成。')).toEqual([]); // 龙岗区 2019
    expect(bodies('公立医院管理中心正式成立运作。')).toEqual(['公立医院管理中心']); // 福田区 2017
    expect(bodies('严格执行党组工作条例。')).toEqual([]); // 南山区 2018
  });

  it('leaves out a level before a kind of group, a body’s building and the subject of a party rule', () => {
    expect(bodies('市领导小组高位推动的新机制高效运行。')).toEqual([]); // 坪山区 2021
    expect(bodies('东门步行街改造提升成立市级指挥部。')).toEqual([]); // 罗湖区 2018
    expect(bodies('大鹏派出所项目开工建设。')).toEqual([]); // 大鹏新区 2018
    expect(bodies('认真落实《中国共产党党组工作条例》等文件精神。')).toEqual([]); // 龙华区 2020
    expect(bodies('制定《区政府常务会议规则》。')).toEqual(['区政府常务会议']); // 南山区 2015
  });

  it('leaves out teams named by headcount, topic committees and renovated buildings', () => {
    expect(bodies('成立84个社区“三人小组”。')).toEqual([]); // 宝安区 2020
    expect(bodies('创新情理法“三人小组”机制。')).toEqual([]); // 光明区 2021
    expect(bodies('实现“大事”党委牵头、“小事”居委会协调。')).toEqual([]); // 盐田区 2019
    expect(bodies('分期分批改造基层公安派出所。')).toEqual([]); // 宝安区 2015
    expect(bodies('深化西丽湖人才服务中心2.0版建设。')).toEqual([]); // 南山区 2024
  });

  it('takes a police station, a court or a party school in a clause about building for the building', () => {
    expect(bodies('加快推进油松、民治派出所和看守所、拘留所建设。')).toEqual([]); // 龙华区 2019
    expect(bodies('区委党校、龙岗中专迁址重建项目启动建设。')).toEqual([]); // 龙岗区 2016
    expect(bodies('推动区法院庭审大楼、福永法庭和石岩法庭建设。')).toEqual([]); // 宝安区 2015
    expect(bodies('宝岗派出所被评为深圳唯一“枫桥式公安派出所”。')).toEqual(['宝岗派出所']); // 龙岗区 2020
  });

  it('leaves out centres a building verb heads a run of, and groups of several ministries (the ministry named stays)', () => {
    expect(bodies('深化社区法律顾问改革，打造区域性、主题性特色公共法律服务中心。')).toEqual([]); // 坪山区 2021
    expect(bodies('海绵城市建设模式得到住建部等三部委检查组高度肯定。')).toEqual(['住建部']); // 光明区 2020
  });

  it('keeps 涉外 and 涉企 in the name of the work a body does', () => {
    expect(bodies('设立区涉外涉港澳台公共法律服务中心。')).toEqual(['区涉外涉港澳台公共法律服务中心']); // 坪山区 2021
  });

  it('leaves out a centre that other bodies gather or move into', () => {
    expect(bodies('集聚人才服务中心、人力资源企业。')).toEqual([]); // 宝安区 2019
    expect(bodies('吸引咨询服务机构入驻新区人才企业服务中心。')).toEqual([]); // 大鹏新区 2018
  });

  it('leaves out a bureau that heads the name of a company or a park', () => {
    expect(bodies('签约引进招商局金融科技公司、中信网安有限公司。')).toEqual([]); // 光明区 2021
    expect(bodies('加快推进恒泰裕、招商局光明科技园等招拍挂在建项目建设。')).toEqual([]); // 光明区 2025
    expect(bodies('旅游业总收入突破百亿，中交（深圳）工程局、粤通建设落户。')).toEqual([]); // 大鹏新区 2019
  });
});
