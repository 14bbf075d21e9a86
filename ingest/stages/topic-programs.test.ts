// Inputs: sentences of work reports of the corpus-sz set (广东省 2018, 罗湖区 2021, 龙岗区 and
// 坪山区 reviews) and sentences written in their manner for what the rule must leave alone.

import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';
import { topicPrograms } from './topic-programs.js';

const topics = (text: string) => topicPrograms(splitSentences(text, []), []).map((p) => p.name);

describe('topicPrograms', () => {
  it('reads the topic a running verb opens an elaborated sentence with', () => {
    expect(topics('深入推进垃圾分类减量，平湖能源生态园一期改造工程投产试运行，完成红花岭一期填埋场整治。')).toEqual([
      '垃圾分类减量',
    ]);
    expect(topics('持续深化简政放权，清理行政职权事项，全面清理规范各类涉企许可事项。')).toEqual(['简政放权']);
    expect(topics('深化涉水面源污染整治，创建污水零直排区，海域水质优良比例达到100%。')).toEqual(['涉水面源污染整治']);
    expect(topics('全面推进节能减排，公共照明100%完成LED节能改造。')).toEqual(['节能减排']);
  });

  it('leaves aims, sectors, generic objects and actions with their own object', () => {
    expect(topics('深入推进高质量发展，地区生产总值增长6%，规上工业增加值增长8%。')).toEqual([]);
    expect(topics('大力推进现代服务业，金融业增加值增长7%，新增持牌金融机构5家。')).toEqual([]);
    expect(topics('扎实推进重点工作，完成年度任务120项，群众满意度持续提升。')).toEqual([]);
    expect(topics('持续深化营商环境，新增商事主体3.2万户，企业开办时间压缩至1天。')).toEqual([]);
    expect(topics('深入推进在建项目形成产能，新增规上工业企业35家，工业投资增长12%。')).toEqual([]);
    expect(topics('深化深港合作，推进口岸通关便利化，两地往来更加便捷。')).toEqual([]);
  });

  it('needs a running verb with its adverb, and elaboration after the comma', () => {
    // 加快推进 runs works and tasks more than initiatives; a bare 推进 any action.
    expect(topics('加快推进垃圾处理设施选址，完善城市垃圾处理配套设施，推进垃圾收集点建设。')).toEqual([]);
    expect(topics('推进污水处理厂提标改造，地表水水质进一步改善。')).toEqual([]);
    // Nothing elaborates the topic: a plan's line, not a review of it.
    expect(topics('深入推进垃圾分类减量，打造宜居城区。')).toEqual([]);
  });

  it('leaves a topic another rule names (…改革, …建设) to that rule', () => {
    expect(topics('深化商事制度改革，新增市场主体2.1万户，企业开办时间压缩至1天。')).toEqual([]);
    expect(topics('扎实推进海绵城市建设，新增海绵城市面积12平方公里，消除易涝点20处。')).toEqual([]);
  });
});

describe('topicPrograms: a running verb and a field with a programme act', () => {
  it('reads the object a running verb takes, wherever its clause stands', () => {
    expect(topics('加大特殊群体保障力度，开展困境儿童帮扶工作，走访慰问2300人次。')).toEqual(['困境儿童帮扶']);
    expect(topics('新建高标准农田5万亩，加快推进种业振兴，建成省级良种繁育基地3个。')).toEqual(['种业振兴']);
    expect(topics('稳步推进噪声污染防治。')).toEqual(['噪声污染防治']);
    expect(topics('推进城区有机更新，完成旧厂房改造12万平方米。')).toEqual(['城区有机更新']);
  });

  it('reads the items of a list the verb runs when most of them name programmes', () => {
    expect(topics('深入推进消费帮扶、劳务协作、人才支援，帮扶资金到位1.2亿元。')).toEqual(['消费帮扶', '劳务协作']);
    expect(topics('统筹推进城区体检、城区设计、城镇有机更新，人居环境持续改善。')).toEqual([
      '城区体检',
      '城镇有机更新',
    ]);
  });

  it('reads the items of a list closed by 等工作, by how they went, or, after 加大, by 力度', () => {
    expect(topics('家庭医生签约率稳步提高，消费帮扶、就业帮扶等工作成效明显，群众满意度提升。')).toEqual([
      '消费帮扶',
      '就业帮扶',
    ]);
    expect(topics('持续加大产业扶贫、教育扶贫力度，贫困家庭子女资助全覆盖。')).toEqual(['产业扶贫', '教育扶贫']);
    expect(topics('消费帮扶、就业帮扶成效明显。贫困村集体收入全部超过10万元。')).toEqual(['消费帮扶', '就业帮扶']);
    expect(topics('噪声污染防治扎实推进，夜间施工投诉下降30%。')).toEqual(['噪声污染防治']);
    // A list at a clause's start closed by nothing of the kind is left, and 加大 needs 力度.
    expect(topics('消费帮扶、就业帮扶，成效明显。')).toEqual([]);
    expect(topics('加大消费扶贫，采购农产品2000万元。')).toEqual([]);
    expect(topics('加大凉山州对口帮扶力度。')).toEqual([]);
  });

  it('leaves places, aims, manners, joint work and what is renewed that is no settlement', () => {
    // The places the aid goes to, and fields whose revival is an aim, share the act out.
    expect(topics('扎实做好凉山、怒江对口协作，援建学校6所。')).toEqual([]);
    expect(topics('推动传统手工艺、民俗节庆振兴，举办非遗展演20场。')).toEqual([]);
    expect(topics('落实老人免费体检，覆盖率达到90%。')).toEqual([]);
    expect(topics('推动地理数据更新，实现一张图管理。')).toEqual([]);
    expect(topics('推动产学研合作攻关，突破关键技术12项。')).toEqual([]);
    expect(topics('持续开展整治攻坚，拆除违法建筑15万平方米。')).toEqual([]);
    // 扎实帮扶: the act as the clause's verb, its object a place.
    expect(topics('扎实对口帮扶黔西南州，推动贫困户全部脱贫。')).toEqual([]);
  });
});
