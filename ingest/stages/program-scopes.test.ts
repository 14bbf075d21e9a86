// Inputs: invented paragraphs in the manner of work reports' plans and reviews (a paragraph opened
// by the clause that runs one program, then its measures), run through the whole extraction.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/** The programs each measure of a report is PART_OF, by the measure's first characters. */
function programsOfMeasures(
  body: string,
  title = '某市2023年政府工作报告',
  section = '一、2022年工作回顾',
): Map<string, string[]> {
  const text = `${title}\n${section}\n${body}\n`;
  const extraction = extractDocument({ id: 'scopes', file: `${title}.txt`, text });
  const names = new Map(extraction.nodes.map((n) => [n.key, n.attributes]));
  const out = new Map<string, string[]>();
  for (const e of extraction.edges) {
    const measure = names.get(e.source);
    const target = names.get(e.target);
    if (e.attributes.kind !== 'PART_OF' || measure?.kind !== 'Measure' || target?.kind !== 'Program') continue;
    const key = String(measure.text ?? '').slice(0, 8);
    out.set(key, [...(out.get(key) ?? []), String(target.name)]);
  }
  return out;
}

describe('measurePrograms', () => {
  it('gives the measures of a paragraph to the program its opening clause runs', () => {
    const found = programsOfMeasures(
      '深入推进“清河行动”。整治黑臭水体8条。改造雨污分流管网30公里。\n完成老旧厂房改造15处，新增绿地20公顷。',
    );
    expect(found.get('整治黑臭水体8条')).toEqual(['清河行动']);
    expect(found.get('改造雨污分流管网')).toEqual(['清河行动']);
    // The next paragraph opens with no program: none carries over.
    expect(found.get('完成老旧厂房改造')).toBeUndefined();
  });

  it('does not scope a paragraph by a program named deep in a long opening clause', () => {
    const found = programsOfMeasures('全区上下齐心协力在各街道社区广泛开展“清河行动”。整治黑臭水体8条。');
    expect(found.get('整治黑臭水体8条')).toBeUndefined();
  });

  it('gives the topic a sentence opens with the results its semicolons list, to its full stop', () => {
    // In the manner of 北京市 2026 and 广东省 2018 reviews: 深化X，…；…；…。 then the next item.
    const found = programsOfMeasures(
      '五是城乡面貌持续改善。深入推进垃圾分类减量，新建分类投放点320个；改造中转站12座，回收利用率达43%；完成填埋场整治2处。开通公交线路8条。',
    );
    expect(found.get('改造中转站12座')).toEqual(['垃圾分类减量']);
    expect(found.get('完成填埋场整治2')).toEqual(['垃圾分类减量']);
    // The full stop ends the topic's reach.
    expect(found.get('开通公交线路8条')).toBeUndefined();
  });

  it('stops a topic at a piece that states no result, and scopes no plan without figures', () => {
    const found = programsOfMeasures(
      '六是生态环境持续向好。全面推进节能减排，完成LED节能改造1.2万盏；强化合法性审查，规范行政决策程序；关停高耗能企业6家。\n七是改革持续深化。深化简政放权，清理行政职权事项；编制部门权责清单。',
    );
    expect(found.get('完成LED节能改')).toEqual(['节能减排']);
    expect(found.get('强化合法性审查')).toBeUndefined();
    expect(found.get('关停高耗能企业6')).toBeUndefined();
    expect(found.get('编制部门权责清单')).toBeUndefined();
  });

  it('gives a paragraph to the focus it opens with, after its run-in title or not', () => {
    // In the manner of city and provincial reviews: 聚焦X，… or 融入X起势见效。聚焦X，… then the items.
    const opened = programsOfMeasures(
      '聚焦营商环境优化，推行“一网通办”，办理时限压缩60%。新设市场主体1.2万户。\n新增学位2000个。',
    );
    expect(opened.get('新设市场主体1.')).toEqual(['营商环境优化']);
    expect(opened.get('新增学位2000个')).toBeUndefined();
    const titled = programsOfMeasures(
      '城市品质持续提升。围绕“美丽乡村”建设，新建示范村20个。完成农房改造1500户。\n新增学位2000个。',
    );
    expect(titled.get('完成农房改造15')).toEqual(['美丽乡村建设']);
    // A focus in the middle of a paragraph reaches no further than its sentence.
    for (const lead of ['新增学位2000个。', '新增学位2000个，改造校舍12所。']) {
      const inside = programsOfMeasures(`${lead}聚焦营商环境优化，推行“一网通办”。新设市场主体1.2万户。`);
      expect(inside.get('新设市场主体1.')).toBeUndefined();
    }
  });

  it('gives an item of a rule-of-law report to the program its first sentence runs when the title names the matter', () => {
    const report = (title: string, body: string) => programsOfMeasures(body, title, '一、主要举措和成效');
    // In the manner of provincial and city reports: 二是压实责任。X主要负责同志带头履行…职责，…。…。三是…
    const item =
      '一是强化组织领导。坚持党委统一领导，各部门分工负责。二是压实法治建设责任。市委、市政府主要负责同志带头履行推进法治建设第一责任人职责，多次专题研究法治建设重大问题。制定年度述法工作方案，组织15个部门开展述法。市政府常务会议定期听取法治政府建设情况汇报。三是加强法治督察。对5个区开展实地督察。';
    const ruleOfLaw = report('杭州市人民政府2022年度法治政府建设情况报告', item);
    expect(ruleOfLaw.get('制定年度述法工作')).toEqual(['推进法治建设第一责任人职责']);
    expect(ruleOfLaw.get('市政府常务会议定')).toEqual(['推进法治建设第一责任人职责']);
    // The next item is not the program's.
    expect(ruleOfLaw.get('对5个区开展实地')).toEqual(['法治督察']);
    // A work report's items range wider: the same structure scopes nothing there.
    const work = report('杭州市2023年政府工作报告', item);
    expect(work.get('制定年度述法工作')).toBeUndefined();
    // An item whose title names another matter than its first program is not that program's.
    const other = report(
      '宁波市司法局2022年度法治政府建设情况报告',
      '一是加强党的领导。严格落实“第一议题”制度，及时传达学习上级会议精神。修订局党组议事规则。制定“三重一大”事项清单。二是完善制度。',
    );
    expect(other.get('修订局党组议事规')).toBeUndefined();
  });
});
