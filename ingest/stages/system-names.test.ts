import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

describe('systems named by a post, a responsibility or a promise', () => {
  it('finds …长制 systems, quoted or not', () => {
    // 海拉尔区 2019, 光明区 2023, 龙华区 2022 work reports.
    expect(names('全面实施“河长制”，河湖专项治理成效显著。')).toEqual(['河长制']);
    expect(names('全面推行林长制，落实古树名木三级管护制度。')).toEqual(['林长制', '古树名木三级管护制度']);
    expect(names('深化河湖长制，河湖面貌持续改善。')).toEqual(['河湖长制']);
    expect(names('推行链长制，稳链补链强链。')).toEqual(['链长制']);
    // A level before the post is the clause's; a post after a noun is that noun's; a word of 长.
    expect(names('连续2年在市林长制考核中获评优秀。')).toEqual(['林长制']);
    expect(names('试点推进助理院长制。')).toEqual([]);
    expect(names('克服家长制作风，经济增长制约因素增多。')).toEqual([]);
  });

  it('names a system for each post listed before one 长制', () => {
    expect(names('推行路长、片长制，破解“见事不管事”难题。')).toEqual(['路长制', '片长制']); // 深圳 district
    expect(names('以河长、湖长制为抓手，推进治水。')).toEqual(['河长制', '湖长制']);
    expect(names('全面推行网格长、楼栋长制。')).toEqual(['网格长制', '楼栋长制']);
  });

  it('finds quoted systems named with 制, but not a principle of the state', () => {
    expect(names('在全市首创垃圾分类“导师制”。')).toEqual(['导师制']);
    expect(names('实行“首办负责制”。')).toEqual(['首办负责制']);
    expect(names('坚持“一国两制”方针。')).toEqual([]);
    expect(names('推出“盐田定制”旅游线路。')).toEqual([]);
  });

  it('finds systems of responsibility and of promises one at a time', () => {
    expect(names('落实意识形态工作责任制，加强阵地管理。')).toEqual(['意识形态工作责任制']);
    expect(names('全面落实普法责任制，在全市率先实现普法履职评议报告全覆盖。')).toEqual(['普法责任制']);
    expect(names('落实落细安全生产责任制，开展隐患排查。')).toEqual(['安全生产责任制']);
    expect(names('推行涉企经营许可告知承诺制，清理规范行政审批中介服务。')).toEqual(['涉企经营许可告知承诺制']);
    expect(names('试行首问负责制和行政执法责任制。')).toEqual(['行政执法责任制']);
    // What every such system has names none.
    expect(names('建立健全目标责任制，严格执行工作责任制。')).toEqual([]);
  });
});
