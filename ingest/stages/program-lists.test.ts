import { describe, expect, it } from 'vitest';
import { extractHeadingPrograms } from './extract-heading-programs.js';
import { extractPrograms } from './extract-programs.js';
import { withoutPhase } from './program-kinds.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

// Snippets written in the manner of district and provincial work reports.
describe('names read over a list joined by 、', () => {
  it('names the last of several undertakings listed before one head, or the whole list, never a span cut inside a word', () => {
    expect(names('全力推进清溪村、白石村、长岭村农房风貌综合整治工程。')).toEqual(['长岭村农房风貌综合整治工程']);
    expect(names('开工建设东江、西江水源保护工程。')).toEqual(['东江、西江水源保护工程']);
    expect(names('推进法人治理结构、法定机构试点。')).toEqual(['法定机构试点']);
  });

  it('keeps kinds of things listed before one undertaking in its name, unlike named places', () => {
    expect(names('深化图书馆、美术馆法人治理结构改革，引入更多名人参与管理。')).toEqual([
      '图书馆、美术馆法人治理结构改革',
    ]);
    expect(names('做好住宅区、城中村消防管网整治和优质饮用水入户工程，建成应急避难场所。')).toEqual([
      '住宅区、城中村消防管网整治和优质饮用水入户工程',
    ]); // 罗湖区
    expect(names('全力推进清溪村、白石村、长岭村农房风貌综合整治工程。')).toEqual(['长岭村农房风貌综合整治工程']);
  });

  it('keeps a list before a mechanism, the project of listed phases, and a count of levels whole', () => {
    expect(names('构建人民调解、行政调解、司法调解联动工作机制。')).toEqual([
      '人民调解、行政调解、司法调解联动工作机制',
    ]);
    // Unquoted, the phases of works are stages of one construction project: no programme.
    expect(names('完成老旧小区燃气入户三期、四期工程。')).toEqual([]);
    expect(withoutPhase('老旧小区燃气入户三期、四期工程')).toBe('老旧小区燃气入户工程');
    expect(names('建立区、街道、社区、企业四级劳动争议调解机制。')).toEqual([
      '区、街道、社区、企业四级劳动争议调解机制',
    ]);
  });

  it('takes a list of levels or of short fields before a head for a class of works', () => {
    expect(names('以国家、省、市改革试点为抓手。')).toEqual([]);
    expect(names('开展建筑施工、交通运输、小散工程专项整治。')).toEqual([]);
    expect(names('抓好基础性、关键性重大改革。')).toEqual([]);
    expect(names('推进产业扶持政策市场化、多元化改革。')).toEqual(['产业扶持政策市场化、多元化改革']);
  });
});

describe('classes of undertakings and the verbs a campaign is named with', () => {
  it('takes what 一批, 系列 or a count of projects introduces for a class', () => {
    expect(names('实施一批“小而美”民生项目。')).toEqual([]);
    expect(names('推进市容市貌、生态景观等系列城区品质提升工程。')).toEqual([]);
    expect(names('启动“绿色微网”项目20个。')).toEqual([]);
    expect(names('实施“绿色微网”项目。')).toEqual(['绿色微网项目']);
  });

  it('keeps the verb a campaign is named with after 打好, and on a task line of its own', () => {
    expect(names('打好化解安全风险攻坚战。')).toEqual(['化解安全风险攻坚战']);
    expect(names('优化调整公交服务行动')).toEqual(['优化调整公交服务行动']);
    expect(names('规范执法检查机制。')).toEqual(['执法检查机制']);
  });

  it('takes no rules being renewed, and no 涉及 clause, for a program', () => {
    expect(names('为科学城体制机制创新提供法治保障。')).toEqual([]);
    expect(names('开展涉及机构改革的文件清理。')).toEqual([]);
    expect(names('深化自贸试验区制度改革。')).toEqual(['自贸试验区制度改革']);
  });
});

describe('programs named by headings', () => {
  it('takes no class or count of works in a heading for a program', () => {
    const heading = (text: string) => splitSentences(text, []).map((s) => ({ ...s, heading: true }));
    const read = (text: string) => extractHeadingPrograms(heading(text), [], '').map((p) => p.name);
    expect(read('十是推进十大人才工程。')).toEqual([]);
    expect(read('（八）实施重大民生工程，提高民生幸福水平。')).toEqual([]);
    expect(read('二是数字政府建设率先突破。')).toEqual(['数字政府建设']);
  });

  it('does not join two reforms that share only their classifier', () => {
    const sentences = splitSentences('推动办学体制改革，建设特色学校。\n五是社会治理体制改革更加深化。', []);
    const heading = sentences.map((s) => (s.text.startsWith('五是') ? { ...s, heading: true } : s));
    const named = extractPrograms(heading);
    const found = extractHeadingPrograms(heading, named, '');
    expect(found.map((p) => p.name)).toEqual(['社会治理体制改革']);
  });

  it('takes a field and a task, or two tasks of a campaign of set length, as one campaign', () => {
    expect(names('深入开展森林火灾、危险树木清理行动。')).toEqual(['森林火灾、危险树木清理行动']);
    expect(names('启动河堤加固、小型水库除险五年攻坚行动。')).toEqual(['河堤加固、小型水库除险五年攻坚行动']);
    expect(names('积极服务智慧农业建设、良种培育行动。')).not.toContain('智慧农业建设、良种培育行动');
  });
});
