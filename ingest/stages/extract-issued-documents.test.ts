// Inputs from several reports: Guangming 2021 and Longhua 2019 rule-of-law reports, the Yanqing
// 2021 report, a Shenzhen district work report.
import { describe, expect, it } from 'vitest';
import { extractIssuedDocuments } from './extract-issued-documents.js';
import { extractRegulations } from './extract-regulations.js';
import { splitSentences } from './split-sentences.js';

/** Every document of the text: the title reader's and those this stage adds, in text order. */
function documents(text: string): string[] {
  const sentences = splitSentences(text, []);
  const titled = extractRegulations(text, sentences);
  const added = extractIssuedDocuments(sentences, titled);
  for (const a of added) if (titled.some((t) => t.start < a.end && a.start < t.end)) throw new Error(`${a.name} twice`);
  return [...titled, ...added].sort((a, b) => a.start - b.start).map((r) => r.name);
}

describe('extractIssuedDocuments', () => {
  it('reads the unquoted documents an issuing verb names, each of a run', () => {
    expect(documents('专题研究制定光明区法治政府建设重点工作方案和法治政府考核评分细则，明确了责任单位。')).toEqual([
      '光明区法治政府建设重点工作方案',
      '法治政府考核评分细则',
    ]);
    expect(documents('推动出台光明科学城发展促进条例以及相关配套制度。')).toEqual(['光明科学城发展促进条例']);
  });

  it('reads a name after a run of issuing verbs without them', () => {
    expect(documents('制定印发法治政府建设督察工作方案，举办专题研讨班。')).toEqual(['法治政府建设督察工作方案']);
    // The ministry's report: no name starts with the second verb.
    for (const name of documents('召开电视电话会议，制定印发学习宣传贯彻实施方案和通知。'))
      expect(name).not.toMatch(/^(印发|出台|发布)/);
  });

  it('takes a title in 《》 after an issuing verb as a document whatever its ending', () => {
    expect(documents('印发《规范性文件履行程序》至全区各部门。')).toEqual(['规范性文件履行程序']);
  });

  it('adds nothing the title reader found, nor generic or counted names', () => {
    expect(documents('印发《大鹏新区沙滩管理工作规则》，创新沙滩分级分类保护。')).toEqual(['大鹏新区沙滩管理工作规则']);
    expect(documents('制定72家普法责任单位月度量化工作考核标准。')).toEqual([]);
    expect(documents('制定工作方案，编制政务公开全清单。')).toEqual([]);
    expect(documents('在《法治日报》发表署名文章。')).toEqual([]);
    expect(documents('出台差异化的人才政策，优化营商环境。')).toEqual([]);
  });

  it("reads a year's plan of work, its name opened by 年度 or ending in 工作安排", () => {
    expect(documents('制定年度法治政府建设工作要点，明确5个方面17项具体任务。')).toEqual(['年度法治政府建设工作要点']);
    expect(documents('印发法治政府建设年度重点工作安排，细化明确9个方面具体任务。')).toEqual([
      '法治政府建设年度重点工作安排',
    ]);
    expect(documents('制定年度工作要点，压实责任。')).toEqual([]);
    expect(documents('研究制定下一步工作安排。')).toEqual([]);
  });

  it('leaves a claim of a first out of an unquoted title', () => {
    expect(documents('出台全国首份社区治理白皮书，编制全省首个街区更新指引。')).toEqual([
      '社区治理白皮书',
      '街区更新指引',
    ]);
  });

  it('reads a set of rules named by the body that laid them down and their count', () => {
    expect(documents('严格落实中央八项规定及其实施细则精神，执行省委十项规定。')).toEqual([
      '中央八项规定',
      '省委十项规定',
    ]);
    expect(documents('梳理出三项规定动作。')).toEqual([]);
  });
});

describe('policy packages named by their count of articles', () => {
  it('reads a quoted package wherever it is cited, with the words before a bare count', () => {
    expect(documents('出台“科技创新20条”，安排专项资金8.1亿元。')).toEqual(['科技创新20条']);
    expect(documents('推进落实“科技创新十二条”，开展科技资源共享服务。')).toEqual(['科技创新十二条']);
    expect(documents('出台优化营商环境“57条”，压减审批时限。')).toEqual(['优化营商环境57条']);
    expect(documents('出台“低空10条”“金融10条”“保险18条”等政策。')).toEqual(['低空10条', '金融10条', '保险18条']);
  });

  it('reads the packages of a run joined by 及, and measures that say which before a quoted count', () => {
    // Provincial reviews of 2022–2023 and a Shenzhen district's (出台…政策措施“20条”).
    expect(documents('出台稳增长“33条”及配套措施“19条”，为市场主体减负。')).toEqual(['稳增长33条', '配套措施19条']);
    expect(documents('出台优化调整稳就业政策措施“20条”。')).toEqual(['优化调整稳就业政策措施20条']);
    // 及时 is no joiner; measures of rectification are counted, not named.
    expect(documents('我们及时出台支持企业发展“15条”。')).toEqual(['支持企业发展15条']);
    expect(documents('落实整改措施“12条”。')).toEqual([]);
  });

  it('reads an unquoted package right after an issuing verb, the count before or after its subject', () => {
    expect(documents('制定实施30条防汛避险救灾硬措施，扎实推进灾后恢复重建。')).toEqual(['30条防汛避险救灾硬措施']);
    expect(documents('出台助企纾困18条举措，减免租金3.2亿元。')).toEqual(['助企纾困18条举措']);
  });

  it('reads no title in a count of measures or tasks, nor in a bare count', () => {
    expect(documents('制定整改措施12条，已全部完成。')).toEqual([]);
    expect(documents('出台改革任务清单37条。')).toEqual([]);
    expect(documents('制定针对性措施1822条。')).toEqual([]);
    expect(documents('出台惠企“15条”“24条”等政策措施。')).toEqual(['惠企15条']);
    expect(documents('新建道路“12条”，完成绿化。')).toEqual([]);
  });
});

describe('the name of a package of articles', () => {
  it('leaves the verbs that issue or cite it out, keeping a verb of its own name', () => {
    expect(documents('及时出台暖企“十条”，深入实施深港联合政策包“28条”。')).toEqual(['暖企十条', '深港联合政策包28条']);
    expect(documents('出台促进经济健康发展“18条”。')).toEqual(['促进经济健康发展18条']);
    expect(documents('梳理惠企措施“100条”，出台出口退税周转金贴息等“19条措施”。')).toEqual([]);
  });
});

describe('a package named at length', () => {
  it('keeps a conjunction of its subject and a qualified 措施, not two packages in one quote', () => {
    expect(
      documents('出台的“促进先进制造业和现代服务业高质量发展56条措施”“帮助市场主体纾困解难15条措施”等系列惠企政策。'),
    ).toEqual(['促进先进制造业和现代服务业高质量发展56条措施', '帮助市场主体纾困解难15条措施']);
    expect(documents('严格落实“安全生产十五条硬措施”。')).toEqual(['安全生产十五条硬措施']);
    expect(documents('出台“促消费9条和16条”。')).toEqual([]);
  });

  it('reads a plan of lawmaking as a document, and the year a document is for as part of its name', () => {
    expect(documents('组织研究编制2021年省人民政府立法计划，研究审定多个重大立法项目。')).toEqual([
      '2021年省人民政府立法计划',
    ]);
    expect(documents('制定市政府2023年立法工作计划。')).toEqual(['市政府2023年立法工作计划']);
    expect(documents('制定2030年前碳排放达峰行动方案。')).toEqual(['2030年前碳排放达峰行动方案']);
    // Any other plan, and a plan named by its year alone, is no document's name.
    expect(documents('编制2021年重点项目计划。')).toEqual([]);
    expect(documents('制定年度立法工作计划。')).toEqual([]);
  });
});

describe('a list drawn up or issued', () => {
  it('reads a list of duties, powers, services or laws after an issuing verb as a document', () => {
    expect(documents('坚持高位推动，制定法治政府建设责任清单，压实领导责任。')).toEqual(['法治政府建设责任清单']);
    expect(documents('率先发布基本公共服务清单。')).toEqual(['基本公共服务清单']);
    expect(documents('印发领导干部应知应会党内法规和国家法律清单，组织新提任领导干部考试。')).toEqual([
      '领导干部应知应会党内法规和国家法律清单',
    ]);
    expect(documents('编制政府部门权责清单和公共法律服务事项清单。')).toEqual([
      '政府部门权责清单',
      '公共法律服务事项清单',
    ]);
  });

  it('reads no roster of firms or projects, no whole list, no list counted or kept as a way of working', () => {
    expect(documents('制定精准招商目标企业清单，发布合作项目清单。')).toEqual([]);
    expect(documents('制定工作方案，编制政务公开全清单。')).toEqual([]);
    expect(documents('编制发布22个政府部门职能清单。')).toEqual([]);
    expect(documents('全面推行清单管理，落实负面清单制度。')).toEqual([]);
  });
});

describe('a list with what it joins', () => {
  it('keeps a list and its own rules joined by 及其 as one title, and reads no two documents as one', () => {
    expect(documents('制定行政权责清单及其运行管理办法，编制政府部门监管措施清单。')).toEqual([
      '行政权责清单及其运行管理办法',
      '政府部门监管措施清单',
    ]);
    expect(documents('制定政府职能转移目录和购买服务事项清单。')).toEqual([]);
    expect(documents('编制温室气体排放清单，制定社会安全稳定风险隐患清单。')).toEqual([]);
  });
});

describe('a package named by a quoted word and its count', () => {
  it('reads the word and the count in words, a new round too, where the clause issues it', () => {
    expect(documents('率先推出防疫惠企政策“福企”十一条、“福企”新十条，累计支持资金。')).toEqual([
      '福企十一条',
      '福企新十条',
    ]);
    expect(documents('全面落实“稳岗”十条，帮助企业渡过难关。')).toEqual(['稳岗十条']);
  });

  it('reads no count in figures, no count of a clause that issues nothing, no longer quote', () => {
    expect(documents('新建道路32条，打通“断头路”2条。')).toEqual([]);
    expect(documents('推进道路“白改黑”二十条。')).toEqual([]);
    expect(documents('出台“五个专项服务”十条措施。')).toEqual([]);
  });
});

describe('an unquoted title opened by a Latin abbreviation', () => {
  it('reads the abbreviation right after the issuing verb as part of the title', () => {
    expect(documents('修订出台PPP管理办法，激发促进民间投资。')).toEqual(['PPP管理办法']);
    expect(documents('制定REITs项目申报工作方案。')).toEqual(['REITs项目申报工作方案']);
  });

  it('reads no abbreviation that the verb does not take, nor one before a generic title', () => {
    expect(documents('根据PCT规定，提交国际申请。')).toEqual([]);
    expect(documents('制定PPP相关配套方案。')).toEqual([]);
  });
});

describe('a plan approved', () => {
  it('reads the plan or scheme a clause says was approved, without the verb that sought it', () => {
    expect(documents('承载能力持续增强。国土空间总体规划获批，市大外环全线贯通。')).toEqual(['国土空间总体规划']);
    expect(documents('二是推动中心区扩容方案获批。')).toEqual(['中心区扩容方案']);
    expect(documents('支持新一轮前海总体发展规划获批。')).toEqual(['前海总体发展规划']);
    expect(documents('光明科学城空间规划纲要正式获批。')).toEqual(['光明科学城空间规划纲要']);
    expect(documents('广东国土空间规划获国务院批复。')).toEqual(['广东国土空间规划']);
    expect(documents('新编铁路枢纽总图规划获批，组合港开通。')).toEqual(['铁路枢纽总图规划']);
  });

  it('reads no plan of a numbered line, of several joined or of a class, and no plan not approved', () => {
    expect(documents('云巴1号线规划获批。')).toEqual([]);
    expect(documents('空港会展世界级商圈规划及三年行动方案获批。')).toEqual([]);
    expect(documents('推动中集等低效产业用地规划方案获批。')).toEqual([]);
    expect(documents('加快国土空间总体规划审批。')).toEqual([]);
  });
});
