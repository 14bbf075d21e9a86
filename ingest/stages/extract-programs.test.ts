import { describe, expect, it } from 'vitest';
import { extractPrograms, programKey } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const programs = (text: string) => extractPrograms(splitSentences(text, []));
const names = (text: string) => [...new Set(programs(text).map((p) => p.name))];

describe('extractPrograms', () => {
  it('finds a quoted name marked by a program head after it', () => {
    expect(names('组织开展“法治建设年”活动。')).toEqual(['法治建设年']);
    expect(programs('推行“营商环境法律助力”机制。')[0]?.aliases).toContain('“营商环境法律助力”机制');
  });

  it('names a short quoted code with its head', () => {
    expect(names('持续深化“放管服”改革。')).toEqual(['放管服改革']);
    expect(names('印发实施“八五”普法规划。')).toEqual(['八五普法规划']);
  });

  it('finds a quoted name introduced by an initiating verb', () => {
    expect(names('98%的事项实现“最多跑一次”。')).toEqual(['最多跑一次']);
  });

  it('finds every quoted name of a run that shares a head', () => {
    expect(names('持续开展“疏解整治促提升”“蓝天保卫战”等专项执法行动。')).toEqual(['疏解整治促提升', '蓝天保卫战']);
  });

  it('is not fooled by slogans and idioms in quotes', () => {
    expect(names('紧抓领导干部“关键少数”，做好“后半篇文章”。')).toEqual([]);
  });

  it('names a pilot run as a demonstration with its 示范, not a class of its projects', () => {
    expect(names('开展碳捕集利用与封存试点示范。')).toEqual(['碳捕集利用与封存试点示范']);
    expect(names('农村一二三产业融合发展试点示范成效明显。')).toEqual(['农村一二三产业融合发展试点示范']);
    expect(names('积极开展破解城乡二元结构试点示范，推进融合发展。')).toEqual(['破解城乡二元结构试点示范']);
    expect(names('推进新能源汽车推广应用试点示范城市建设。')).not.toContain('新能源汽车推广应用试点示范');
  });

  it('finds unquoted names ending in a head, bounded by the verb before them', () => {
    expect(names('纵深推进国资国企改革。')).toEqual(['国资国企改革']);
    expect(names('建立跨区域执法协作机制。')).toEqual(['跨区域执法协作机制']);
  });

  it('finds focus areas introduced by 聚焦 and 围绕', () => {
    expect(names('聚焦冬奥会筹办。持续细化方案。')).toEqual(['冬奥会筹办']);
    // Fields listed before 等重点领域 are fields (program-context.ts); a heading names an area.
    expect(names('围绕生态保护、疫情防控等重点领域，强化法治保障。')).toEqual([]);
    expect(names('（二）聚焦疫情防控。')).toEqual(['疫情防控']);
    expect(names('聚焦重点领域开展普法。')).toEqual([]);
    // A heading that names a task (a verb and its object) or an industry names no area of work.
    expect(names('聚焦短板提升托育服务。')).toEqual([]);
    expect(names('聚焦数字创意产业。')).toEqual([]);
    expect(names('二是聚焦社区养老筹建。')).toEqual(['社区养老筹建']);
    // The building of a place after 围绕 is a project's aim.
    expect(names('新城围绕滨海科学园建设，继续推进配套。')).toEqual([]);
  });

  it('makes 制度 and 机制 variants of a name one key', () => {
    expect(programKey('月度考核制度')).toBe(programKey('月度考核机制'));
  });

  it('keys a reform without the word that classifies it', () => {
    expect(programKey('行政执法体制改革')).toBe(programKey('行政执法改革'));
    expect(programKey('行政审批制度改革')).toBe(programKey('行政审批改革'));
    expect(programKey('行政审批制度改革')).not.toBe(programKey('审批改革'));
    expect(programKey('行政复议体制改革')).not.toBe(programKey('行政执法体制改革'));
    expect(programKey('体制机制改革')).toBe('Program:体制机制改革');
  });

  it('merges a name extended by a word into the shorter name', () => {
    const found = programs('聚焦冬奥会筹办。围绕冬奥会筹办举办、疫情防控等重点领域，强化保障。');
    expect(new Set(found.filter((p) => p.surface.startsWith('冬奥会')).map((p) => p.key))).toEqual(
      new Set([programKey('冬奥会筹办')]),
    );
  });

  // Snippets below come from several reports: 龙华区 2019 and 光明区 2021 法治政府 reports, the
  // Shenzhen city, Guangdong and district work reports of corpus-sz.
  it('keeps the first word of a listed item that the tagger reads as an adverb before a noun', () => {
    expect(names('启动绿道、慢行系统串联和贯通工程，年内完成整体规划。')).toEqual(['绿道、慢行系统串联和贯通工程']); // 福田区
    expect(names('推进碧道、慢行系统贯通工程，串联公园与社区。')).toEqual(['碧道、慢行系统贯通工程']);
  });

  it('starts and ends a name on word boundaries, past the verbs of its clause', () => {
    expect(names('组织、指导各行政执法单位更新本单位行政执法公示制度。')).toEqual(['行政执法公示制度']); // 龙华区 2019
    expect(names('进一步理顺公用事业价格补贴机制。')).toEqual(['公用事业价格补贴机制']); // 深圳市 2023
    expect(names('深化镇街综合行政执法改革。')).toEqual(['镇街综合行政执法改革']); // 广东省 2025
    expect(names('一是街道综合行政执法改革顺利落地。')).toEqual(['街道综合行政执法改革']); // 光明区 2021
    expect(names('探索以办学体制改革为重点的学校内部治理制度。')).toEqual(['办学体制改革', '学校内部治理制度']);
  });

  it('keeps counts in words inside a name, not counts in figures', () => {
    expect(names('开展安全生产专项整治三年行动和安全生产百日攻坚行动。')).toEqual([
      '安全生产专项整治三年行动',
      '安全生产百日攻坚行动',
    ]); // 光明区 2021
    expect(names('深入推进行政执法三项制度。')).toEqual(['行政执法三项制度']); // 龙华区 2019
    expect(names('今年以来，我区共组织开展4轮执法案卷评查活动，采用集中评查等方式。')).toEqual(['执法案卷评查活动']); // 龙华区 2019
  });

  it('does not take sectors, aims or offences for programs', () => {
    expect(names('聚焦机构管理、项目实施、人才使用、成果转化，探索更加灵活的机制。')).toEqual([]); // 南山区 2023
    expect(names('围绕安监、消防、环保等重点领域，开展监督。')).toEqual([]); // 光明区 2021
    expect(names('我们要紧紧围绕新区党工委决策部署。')).toEqual([]); // 大鹏新区
    expect(names('坚决打击各类违法犯罪活动。')).toEqual([]);
    expect(names('参照全国营商环境评价体系，开展评价。')).toEqual([]);
  });

  it('does not take a kind of mechanism a clause describes, or the strictest system, for a program', () => {
    expect(names('建立与湾区接轨的港航服务机制。')).toEqual([]);
    expect(names('实行最严格的湿地保护制度。')).toEqual([]);
    expect(names('建立港航联检机制。')).toEqual(['港航联检机制']);
    expect(names('建立覆盖全区的小微企业首贷续贷风险补偿机制。')).toEqual(['小微企业首贷续贷风险补偿机制']);
  });

  it('does not take a head that qualifies a zone for the end of a name', () => {
    expect(names('聚力打造海洋装备工程创新示范区。')).toEqual([]);
    expect(names('实施海洋装备工程。')).toEqual(['海洋装备工程']);
  });

  it('does not take a conjunct cut from its object for the start of a name', () => {
    expect(names('完善监督方式和追责机制。')).toEqual([]);
    expect(names('完善巡查方式和追责机制。')).toEqual(['巡查方式和追责机制']);
  });

  it('does not take slogans, idioms or rejected things in quotes for programs', () => {
    expect(names('对新部署的工作要一抓到底，不留尾巴，不搞“胡子工程”。')).toEqual([]); // 光明新区 2017
    expect(names('打造“海誓山盟”、终生难忘的婚庆之都。')).toEqual([]);
    expect(names('就一定能够战胜“三大挑战”。')).toEqual([]);
    expect(names('实施“招才引智”加速计划，引进团队77支。')).toEqual(['招才引智加速计划']); // 南山区 2024
  });

  it('makes a reform named by the tail of another one’s subject that reform, in one report', () => {
    const found = programs('深化行政执法体制改革，强化综合执法。稳步推进执法领域改革。'); // 延庆区 2021
    expect(new Set(found.map((p) => p.key)).size).toBe(1);
    const apart = programs('深化行政审批制度改革。推进行政复议体制改革。');
    expect(new Set(apart.map((p) => p.key)).size).toBe(2);
  });

  it('takes two short quoted clauses before a head as one rule', () => {
    expect(names('均严格按照“先审查，后审议”原则，由区司法局进行合法性审查。')).toEqual(['先审查，后审议原则']); // 龙华区 2019
    expect(names('做到“有求必应，无事不扰”。')).toEqual([]);
  });

  it('keeps a gloss in brackets inside a name, never opening one', () => {
    // A watershed's works run over many rivers; a named area's (北溪片区…工程) are one site's.
    expect(names('开工建设北溪流域（上游段）生态修复工程。')).toEqual(['北溪流域（上游段）生态修复工程']);
    expect(names('推进城中村（北片）消防安全提升工程。')).toEqual(['城中村（北片）消防安全提升工程']);
    expect(names('启动实施（一期）社区微改造工程。')).toEqual(['社区微改造工程']);
    expect(names('（二）深化财政预算管理体制改革。')).toEqual(['财政预算管理体制改革']);
  });

  it('reads 建设 and 更新 between nouns as part of a name, not the clause verb', () => {
    expect(names('稳妥推进乡村宅基地建设用地流转改革。')).toEqual(['乡村宅基地建设用地流转改革']);
    expect(names('健全城市更新项目审批机制。')).toEqual(['城市更新项目审批机制']);
    expect(names('加快建设污水管网提质工程。')).toEqual(['污水管网提质工程']);
    expect(names('高标准建设社区供水保障工程。')).toEqual(['社区供水保障工程']);
    expect(names('生态保护贵在行动。')).toEqual([]);
  });

  it('keeps an ordinal that says which post or item a system is of', () => {
    expect(names('严格落实第一议题制度，不断增强“四个意识”。')).toEqual(['第一议题制度']);
    expect(names('建立安全生产第一责任人述职制度。')).toEqual(['安全生产第一责任人述职制度']);
    // A batch or a round counted by its ordinal is a class of pilots, none named.
    expect(names('完成第二批改革试点。')).toEqual([]);
  });

  it('reads a campaign to be named a model of a field, with the field it is of', () => {
    // 法治政府建设 reports and work reports.
    expect(names('深入开展法治政府建设示范创建，严格执行重大行政决策程序规定。')).toEqual(['法治政府建设示范创建']);
    expect(names('扎实开展法治政府建设示范创建活动，进一步发挥政府法律顾问作用。')).toEqual([
      '法治政府建设示范创建活动',
    ]);
    expect(names('开展农村社区一站式综合服务示范创建，探索建设乡村生活圈。')).toEqual([
      '农村社区一站式综合服务示范创建',
    ]);
    expect(names('开展示范创建。')).toEqual([]);
    // 加快建设|示范区: 建设 as the clause's verb still ends the name.
    expect(names('全面建设示范创建活动。')).toEqual(['示范创建活动']);
  });

  it('makes the campaign for a model title and the title one programme', () => {
    const found = programs(
      '以创建“全国法治政府建设示范区”为契机，扎实推进依法行政。全面抓好法治政府建设示范创建，以示范创建促整改。',
    );
    expect(new Set(found.map((p) => p.name))).toEqual(new Set(['全国法治政府建设示范区']));
    // Without the title, the campaign is named by itself.
    expect(names('全面抓好法治政府建设示范创建，以示范创建促整改。')).toEqual(['法治政府建设示范创建']);
  });

  it('reads leaders reporting on the rule of law (述法) as a programme named by who reports and when', () => {
    expect(names('全面开展党政主要负责人年度述法，压实法治建设责任。')).toEqual(['党政主要负责人年度述法']);
    expect(names('推行部门主要负责同志会议述法。')).toEqual(['部门主要负责同志会议述法']);
    // The bare act, or a time alone, names none.
    expect(names('组织开展年终述法。')).toEqual([]);
  });

  it('reads a study a government runs on a field (专题调研), with the 党的 of its subject', () => {
    expect(names('组织开展营商环境专题调研，形成调研报告。')).toEqual(['营商环境专题调研']);
    expect(names('区委常委带队开展学习贯彻党的二十大精神专题调研。')).toEqual(['党的二十大精神专题调研']);
    expect(names('严格执行党的组织生活制度。')).toEqual(['党的组织生活制度']);
    expect(names('开展专题调研。')).toEqual([]);
    // Other clauses before 的 still describe the name.
    expect(names('实行最严格的耕地保护制度。')).toEqual([]);
  });

  it('names the control of an epidemic by the disease and how it is run, not by a scope before it', () => {
    // Work reports of 2020–2023 (provinces, cities, districts) and of the 2010s (动植物疫病).
    expect(names('统筹疫情防控和经济社会发展，经济运行稳中向好。')).toEqual(['疫情防控']);
    expect(names('毫不松懈抓好常态化疫情防控，提高发现处置能力。')).toEqual(['常态化疫情防控']);
    expect(names('加强重大动植物疫病防控。')).toEqual(['重大动植物疫病防控']);
    expect(names('继续做好小区卡点防疫、学校疫情防控等工作。')).toEqual(['疫情防控']);
    // 工作人员 are the people of the work, not the work: the name qualifies them.
    expect(names('进一步关心关爱疫情防控工作人员。')).toEqual([]);
    expect(names('做好疫情防控工作，保障物资供应。')).toEqual(['疫情防控']);
    // Risks and public order are controlled too, but as fields of work; a control's system is its own name.
    expect(names('完善廉政风险防控，加强社会治安防控。')).toEqual([]);
    expect(names('加强重大疫情防控救治体系建设。')).not.toContain('重大疫情防控');
    expect(names('健全重大疫情防控救治和应急物资保障体系。')).not.toContain('重大疫情防控');
  });

  it('names a campaign of study by what is studied, with the verbs of a thought or spirit', () => {
    expect(names('扎实开展党史学习教育，政府自身建设得到加强。')).toEqual(['党史学习教育']);
    expect(names('认真开展深入贯彻中央八项规定精神学习教育。')).toEqual(['深入贯彻中央八项规定精神学习教育']);
    expect(names('深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。')).toEqual([
      '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    ]);
  });

  it('names a campaign a field of two characters names only where it is fought out', () => {
    expect(names('如期打赢脱贫攻坚战，全面建成小康社会。')).toEqual(['脱贫攻坚战']);
    expect(names('持续打好扶贫攻坚战。')).toEqual(['扶贫攻坚战']);
    expect(names('打赢治水提质攻坚战。')).not.toContain('提质攻坚战');
    expect(names('打响“一场攻坚战”，夯实文明创建新成果。')).toEqual([]);
  });

  it('names a campaign fought against a threat or a backlog (阻击战, 歼灭战) like one fought to win', () => {
    expect(names('坚决打赢疫情防控阻击战，守好城市大门。')).toEqual(['疫情防控阻击战']);
    expect(names('打好金融风险阻击战，抓好增量风险防范。')).toEqual(['金融风险阻击战']);
    expect(names('成立查违指挥部，打赢查违歼灭战，确保违建零增长。')).toEqual(['查违歼灭战']);
    expect(names('坚持打歼灭战，集中力量办大事。')).toEqual([]);
    expect(names('这是一场阻击战。')).toEqual([]);
  });

  it('names the renovation of a kind of dwelling or settlement, not of one site or facility', () => {
    expect(names('加快推进棚户区改造拆除地块建设，建设老城区综合广场。')).toEqual(['棚户区改造']); // 贵州 县 2019
    expect(names('全力推进小城镇升级改造，打造特色小城镇。')).toEqual(['小城镇升级改造']);
    expect(names('全面完成农村危房改造和透风漏雨老旧房屋整治工作。')).toEqual(['农村危房改造']);
    expect(names('继续推进保障性住房建设和城镇棚户区改造，保障困难群体居住需求。')).toContain('城镇棚户区改造'); // 国务院 2016
    expect(names('稳步推进城中村改造，加快实施拆除新建类项目。')).toEqual(['城中村改造']); // 宝安区 2024
    expect(names('改造城镇老旧小区700个以上。')).toEqual([]);
    expect(names('全力提速推动田心工业区改造，建设商业综合体。')).toEqual([]);
    expect(names('完成罗芳污水厂提标改造。')).toEqual([]);
    expect(names('加快设备更新和技术改造。')).toEqual([]);
  });

  it('takes no verb of handling the tagger reads as a noun into a quoted name', () => {
    expect(names('组织政银企对接活动11场次，办理“税银贷”12.7亿元、退税8800万元。')).toEqual(['税银贷']); // 陕西 区 2025
  });

  it('names the overhaul of a field of daily life, not a revolution of history', () => {
    expect(names('厕所革命深入推进。')).toEqual(['厕所革命']); // 河北 县 2023
    expect(names('深入推进能源革命，控制化石能源消费。')).toEqual(['能源革命']); // 国务院 2024
    expect(names('统筹抓好农村厕所革命、生活污水和垃圾治理。')).toEqual(['农村厕所革命']); // 广东省 2023
    expect(names('面对新一轮科技革命和产业变革，加快转型。')).toEqual([]);
    expect(names('发扬自我革命精神，从严治党。')).toEqual([]);
    expect(names('深度挖掘红色革命、改革开放等文化资源。')).toEqual([]);
    expect(names('加快实现消费市场“品质革命”，成为首选地。')).toEqual([]);
  });

  it('names an inspection by who runs it or by the building of a field it inspects', () => {
    expect(names('高标准推进中央环保督察反馈意见整改。')).toEqual(['中央环保督察']);
    expect(names('扎实做好第二轮中央生态环境保护督察落实整改。')).toEqual(['中央生态环境保护督察']);
    expect(names('完成法治政府建设督察反馈整改。')).toEqual(['法治政府建设督察']);
    expect(names('二是法治政府建设专项督察倒逼责任落实。')).toEqual(['法治政府建设专项督察']);
    expect(names('配合做好国家海洋督察工作。')).toEqual(['国家海洋督察']);
    // A field alone, a team and one of a list: every level's inspection, a body, the list's item.
    expect(names('开展环保督察，加强生态环保督察。')).toEqual([]);
    expect(names('认真办理中央环保督察组交办案件。')).toEqual([]);
    expect(names('认真抓好中央巡视、中央环保督察“回头看”发现问题的整改。')).toEqual(['中央环保督察']);
  });

  it('names a campaign of taking a field into so many kinds of places with the field', () => {
    expect(names('开拓普法公交等载体创新推进习近平法治思想“七进”。')).toEqual(['习近平法治思想七进']);
    expect(names('深入推进宪法“八进”，营造尊法学法氛围。')).toEqual(['宪法八进']);
    expect(names('扎实推进法治教育“五进”工作。')).toEqual(['法治教育五进工作']);
    expect(names('实现“三进”。')).toEqual([]);
    expect(names('推动法治宣传“七进”宣传车下乡。')).toEqual([]);
  });

  it('reads a name over a run of kinds of work between a field and a noun', () => {
    expect(names('如期完成全国行政执法协调监督工作体系建设试点。')).toEqual(['全国行政执法协调监督工作体系建设试点']);
    expect(names('健全行政执法协调监督机制。')).toEqual(['行政执法协调监督机制']);
    expect(names('建立非法集资案件处置工作机制。')).toEqual(['非法集资案件处置工作机制']);
    // A verb that runs a programme, a body before the run or a time word is the clause's.
    expect(names('区政府协调推进重点项目建设试点。')).toEqual([]);
    expect(names('制定实施年度创建示范工程和重点项目。')).toEqual([]);
  });

  it('names a month or week of publicity for a named thing as a campaign', () => {
    expect(names('组织开展民法典宣传月活动。')).toEqual(['民法典宣传月活动']);
    expect(names('扎实开展宪法宣传周活动，营造尊法学法氛围。')).toEqual(['宪法宣传周活动']);
    expect(names('开展安全生产宣传月活动。')).toEqual(['安全生产宣传月活动']);
    expect(names('开展宣传月活动。')).toEqual([]);
    expect(names('开展普法宣传活动。')).toEqual([]);
  });

  it('keeps the matters a service takes out of its quoted name', () => {
    expect(names('设立公安服务事项“办不成”反映窗口108个。')).toEqual(['办不成反映窗口']);
    expect(names('推动更多政务服务事项“邮寄办”“视频办”。')).toEqual(['邮寄办', '视频办']);
  });
});
