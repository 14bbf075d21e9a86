// Inputs are sentences of several reports: Shenzhen Longhua 2019 and Guangming 2021 rule-of-law
// reports, Shenzhen work reports (2019, 2022), the Yanqing 2021 report.
import { describe, expect, it } from 'vitest';
import type { AgencyMention } from './extract-agencies.js';
import { extractRegulations } from './extract-regulations.js';
import { findIssuers } from './find-issuers.js';
import type { Jurisdiction } from './read-metadata.js';
import { splitSentences } from './split-sentences.js';

const district: Jurisdiction = {
  region: '深圳市龙华区',
  units: ['深圳市', '龙华区'],
  levels: ['city', 'county'],
  code: '',
};

function issuers(text: string, bodies: string[] = [], author = '深圳市龙华区人民政府', place = district) {
  const sentences = splitSentences(text, []);
  const agencies: AgencyMention[] = bodies.map((name) => {
    const start = text.indexOf(name);
    const sentence = sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
    return {
      kind: 'Agency',
      key: name,
      name,
      surface: name,
      start,
      end: start + name.length,
      sentence,
      jurisdiction: '',
      aliases: [],
    };
  });
  return findIssuers(text, sentences, extractRegulations(text, sentences), agencies, author, place).map(
    (f) =>
      `${f.regulation.name}<-${'key' in f.agency ? f.agency.key : f.agency.surface}${f.isDefault ? ' (default)' : ''}`,
  );
}

describe('findIssuers', () => {
  it('takes the bodies right before the title, for every title of the run', () => {
    expect(
      issuers('中共中央、国务院正式印发《粤港澳大湾区发展规划纲要》和《关于支持深圳建设先行示范区的意见》。', [
        '中共中央',
        '国务院',
      ]),
    ).toEqual([
      '粤港澳大湾区发展规划纲要<-中共中央',
      '粤港澳大湾区发展规划纲要<-国务院',
      '关于支持深圳建设先行示范区的意见<-中共中央',
      '关于支持深圳建设先行示范区的意见<-国务院',
    ]);
    expect(issuers('市政府印发《深圳市碳达峰实施方案》。', ['市政府'])).toEqual(['深圳市碳达峰实施方案<-市政府']);
  });

  it('reads the issuer a title starts with', () => {
    expect(issuers('按照《深圳市人民政府重大行政决策程序规定》的规定，落实法定程序。')).toEqual([
      '深圳市人民政府重大行政决策程序规定<-深圳市人民政府',
    ]);
    expect(issuers('严格落实《龙华区人民政府办公室关于区政府规范性文件工作职责分工的通知》。')).toEqual([
      '龙华区人民政府办公室关于区政府规范性文件工作职责分工的通知<-龙华区人民政府办公室',
    ]);
    // 盐田区 2016: a title a party committee and a government issued together.
    expect(issuers('制定出台的《中共盐田区委盐田区人民政府关于进一步深化社区管理体制改革的意见》。')).toEqual([
      '中共盐田区委盐田区人民政府关于进一步深化社区管理体制改革的意见<-中共盐田区委',
      '中共盐田区委盐田区人民政府关于进一步深化社区管理体制改革的意见<-盐田区人民政府',
    ]);
    // A party committee alone at the head of a title.
    expect(issuers('贯彻《中共云江省委关于制定云江省国民经济和社会发展第十六个五年规划的建议》。')).toEqual([
      '中共云江省委关于制定云江省国民经济和社会发展第十六个五年规划的建议<-中共云江省委',
    ]);
    // A commission or a leading group of a party committee lays down its own rules and plans.
    expect(issuers('出台《中共云江市江北区委全面依法治区委员会工作规则》等7个制度。')).toEqual([
      '中共云江市江北区委全面依法治区委员会工作规则<-中共云江市江北区委全面依法治区委员会',
    ]);
    expect(issuers('印发《中共云江省委网络安全和信息化领导小组办公室关于加强数据治理的通知》。')).toEqual([
      '中共云江省委网络安全和信息化领导小组办公室关于加强数据治理的通知<-中共云江省委网络安全和信息化领导小组办公室',
    ]);
    // A body, a verb and another body run on: neither is read as the issuer from the title.
    expect(issuers('出台《龙华区政府列席区人大常委会会议规定》等制度。')).toEqual([
      '龙华区政府列席区人大常委会会议规定<-深圳市龙华区人民政府 (default)',
    ]);
  });

  it('gives a subjectless issuing verb to the author, marked as the default', () => {
    expect(issuers('出台《龙华区2019年度重大行政决策事项目录》和《龙华区2019年度重大行政决策听证事项目录》。')).toEqual(
      [
        '龙华区2019年度重大行政决策事项目录<-深圳市龙华区人民政府 (default)',
        '龙华区2019年度重大行政决策听证事项目录<-深圳市龙华区人民政府 (default)',
      ],
    );
  });

  it('reads the verb over a run whose next title has a scope before it (出台A和全市B)', () => {
    expect(issuers('印发《年度工作要点》和全市《普法规划》。')).toEqual([
      '年度工作要点<-深圳市龙华区人民政府 (default)',
      '普法规划<-深圳市龙华区人民政府 (default)',
    ]);
  });

  it('gives no issuer when the text only cites, trains on or reviews a document', () => {
    expect(issuers('组织对新修订《行政处罚法》进行集中培训。')).toEqual([]);
    expect(issuers('共审查《龙华区欠薪应急专项资金使用管理暂行办法》等区规范性文件28件。')).toEqual([]);
  });

  it('never makes a district author the issuer of a law, a 条例 or an upper level’s document', () => {
    expect(issuers('制定《中华人民共和国行政复议法》配套制度。')).toEqual([]);
    expect(issuers('印发《深圳市优化营商环境条例》。')).toEqual([]);
    const yanqing: Jurisdiction = {
      region: '北京市延庆区',
      units: ['北京市', '延庆区'],
      levels: ['city', 'county'],
      code: '',
    };
    expect(issuers('印发《北京市法治政府建设实施方案》。', [], '北京市延庆区人民政府', yanqing)).toEqual([]);
    const own = issuers('制定《北京市延庆区重大行政决策程序实施细则》。', [], '北京市延庆区人民政府', yanqing);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/重大行政决策程序实施细则<-北京市延庆区人民政府 \(default\)$/);
  });

  it('gives a decision to the meeting the sentence says took it', () => {
    expect(
      issuers('召开区委全面依法治区委员会第三次会议，专题研究制定《光明区法治政府建设重点工作方案》。', [
        '区委全面依法治区委员会',
      ]),
    ).toEqual(['光明区法治政府建设重点工作方案<-区委全面依法治区委员会']);
  });

  it('reads the issuer named after its verb chain (印发实施, 制定并印发, 研究出台) and a meeting’s session', () => {
    expect(issuers('区司法局印发实施《龙华区行政执法公示办法》，推行执法公示。', ['区司法局'])).toEqual([
      '龙华区行政执法公示办法<-区司法局',
    ]);
    expect(issuers('区政府制定并印发《龙华区行政复议工作规则》。', ['区政府'])).toEqual([
      '龙华区行政复议工作规则<-区政府',
    ]);
    expect(issuers('区政府研究出台《龙华区行政执法监督办法》。', ['区政府'])).toEqual([
      '龙华区行政执法监督办法<-区政府',
    ]);
    expect(issuers('经区政府第12次常务会议审议通过的《龙华区公共资源交易管理办法》正式施行。', ['区政府'])).toEqual([
      '龙华区公共资源交易管理办法<-区政府',
    ]);
  });

  it('reads the bodies after a title with 经 or 由 and an issuing verb (《…》经X审议通过, 《…》由X、Y联合印发)', () => {
    expect(issuers('《龙华区行政规范性文件管理办法》经区政府常务会议审议通过并印发实施。', ['区政府常务会议'])).toEqual(
      ['龙华区行政规范性文件管理办法<-区政府常务会议'],
    );
    expect(issuers('《龙华区法治政府建设实施方案》由区委、区政府联合印发，明确目标任务。', ['区委', '区政府'])).toEqual(
      ['龙华区法治政府建设实施方案<-区委', '龙华区法治政府建设实施方案<-区政府'],
    );
    // A body after the title that does something else with it issues nothing.
    expect(issuers('《龙华区行政执法公示办法》由区司法局负责解释。', ['区司法局'])).toEqual([]);
    expect(issuers('《龙华区行政执法公示办法》经区司法局解读后，执法人员全员培训。', ['区司法局'])).toEqual([]);
  });

  it('makes the author the other issuer of a document it issued with a body (联合X印发, 会同X制定)', () => {
    expect(issuers('联合区市场监管局印发《龙华区包容审慎监管清单》，推行柔性执法。', ['区市场监管局'])).toEqual([
      '龙华区包容审慎监管清单<-区市场监管局',
      '龙华区包容审慎监管清单<-深圳市龙华区人民政府 (default)',
    ]);
    // A subject before the joint verb is the other issuer, not the author.
    expect(
      issuers('区司法局联合区市场监管局印发《龙华区轻微违法行为不予处罚清单》。', ['区司法局', '区市场监管局']),
    ).toEqual(['龙华区轻微违法行为不予处罚清单<-区司法局', '龙华区轻微违法行为不予处罚清单<-区市场监管局']);
  });

  it('gives a document to the body whose approval the sentence states before issuing it (经X审议通过，印发…)', () => {
    expect(
      issuers('经区委全面依法治区委员会第三次会议审议通过，正式印发《龙华区法治社会建设实施方案》。', [
        '区委全面依法治区委员会',
      ]),
    ).toEqual(['龙华区法治社会建设实施方案<-区委全面依法治区委员会']);
    // An approval before a verb that issues nothing (组织专家解读) gives no issuer.
    expect(
      issuers('经区委全面依法治区委员会审议通过后，组织专家解读《龙华区法治社会建设实施方案》。', [
        '区委全面依法治区委员会',
      ]),
    ).toEqual([]);
  });
});
