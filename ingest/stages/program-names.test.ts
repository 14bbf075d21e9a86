import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { withoutPhase } from './program-kinds.js';
import { cutAtFigure, notUnquotedName, withoutNotes } from './program-names.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

describe('unquoted program names', () => {
  it('takes no generic mechanism or kind of work for a program', () => {
    expect(names('完成国资板块化、功能化整合，完善经营管理机制，做专做强区属企业。')).toEqual([]); // 福田区 2021
    expect(names('极少数干部作风漂浮，部分工作机制存在空转现象。')).toEqual([]); // 罗湖区 2019
    expect(names('推进社会组织完善法人治理机制，激发社会组织活力。')).toEqual([]); // 南山区 2016
    expect(names('实施七大重点改革和68项微改革。')).toEqual([]); // 宝安区 2019
    expect(names('建立跨区域执法协作机制。')).toEqual(['跨区域执法协作机制']); // 延庆区 2021
    // Words of manner or quality alone name no mechanism; a named object before them does.
    expect(names('健全常态化沟通协作机制，完善正向激励机制。')).toEqual([]);
    expect(names('构建协同共治机制，全面深化基础性关键性改革。')).toEqual([]);
    expect(names('建立常态化联络机制与托底保障机制。')).toEqual([]);
    // A field and a generic kind of work in four characters name a field's mechanism.
    expect(names('健全水务保障机制，建立分级转诊机制。')).toEqual(['分级转诊机制']);
    expect(names('优化综合治理机制和社区矫正衔接机制。')).toEqual(['社区矫正衔接机制']);
    expect(names('健全跨部门综合监管制度，完善食品安全监管协作机制。')).toEqual([
      '跨部门综合监管制度',
      '食品安全监管协作机制',
    ]);
    // Longer, too: a broad field and kinds of work alone; a field of four characters or a
    // campaign's building says which mechanism.
    expect(names('健全资金监管工作机制，建立科研评价激励机制。')).toEqual([]);
    expect(names('完善劳动仲裁体制机制。')).toEqual(['劳动仲裁体制机制']);
    expect(notUnquotedName('资金监管工作', '机制')).toBe('generic kind of work');
    expect(notUnquotedName('平安建设协调', '机制')).toBeNull();
  });

  it('takes no class of activities or works for a program', () => {
    expect(names('举办山地越野跑等具有盐田特色的体育竞赛活动。')).toEqual([]); // 盐田区 2020
    expect(names('因地制宜实施农村生活污水治理，新增完成1000个自然村生活污水治理提升工程。')).toEqual([]); // 广东省 2021
    expect(names('今年以来共组织开展4轮执法案卷评查活动。')).toEqual(['执法案卷评查活动']); // 龙华区 2019
  });

  it('takes no place with 试点 and no name cut at a figure', () => {
    expect(names('在粤东粤西粤北地区试点开展镇域品质提升行动。')).toEqual(['镇域品质提升行动']); // 广东省 2023
    expect(names('2号线三期、8号线一期新建工程加快建设。')).toEqual([]); // 深圳市 2019
    expect(cutAtFigure('8号线一期新建工程', 1)).toBe(true);
    expect(names('在南湖社区服务中心试点推行预约服务。')).toEqual([]);
    expect(names('拓展文明实践中心试点建设。')).toEqual(['文明实践中心试点']);
  });

  it('takes the conjunct before 与/和 into the name, unless it is a program of its own', () => {
    expect(names('推进机构编制体制、公务用车制度改革。')).toEqual(['公务用车制度改革']);
    expect(names('健全青少年体育管理体制和运行机制。')).toEqual([]);
    expect(names('加快行业协会商会与行政机关脱钩改革。')).toEqual(['行业协会商会与行政机关脱钩改革']); // 国务院 2016
    expect(names('建立财政转移支付与市民化挂钩机制。')).toEqual(['财政转移支付与市民化挂钩机制']); // 国务院 2015
    expect(names('深化医药分开改革和医保支付改革。')).toEqual(['医药分开改革', '医保支付改革']);
  });

  it('keeps the verb a campaign is named with', () => {
    expect(names('实施降低物流成本行动，健全防范化解拖欠中小企业账款长效机制。')).toContain('降低物流成本行动'); // 国务院 2022
    expect(names('开展打击侵犯知识产权专项行动。')).toEqual(['打击侵犯知识产权专项行动']); // 坪山区 2016
    // The object after the campaign's verb may be a word the tagger reads as a verb or adjective.
    expect(names('开展化解信访矛盾专项行动，推动问题解决。')).toEqual(['化解信访矛盾专项行动']);
    expect(names('健全防范化解拖欠工程款长效机制。')).toEqual(['防范化解拖欠工程款长效机制']);
    expect(names('实施优化政务服务十项行动。')).toEqual(['优化政务服务十项行动']);
    expect(names('开展携手奔小康行动。')).toEqual(['携手奔小康行动']);
    expect(names('实施提升城市管理水平三年行动。')).toEqual(['提升城市管理水平三年行动']);
    // Without a running verb before it, the verb is the clause's.
    expect(names('进一步优化营商环境改革。')).not.toContain('优化营商环境改革');
  });

  it('keeps the words between the clause verb and the name that the tagger reads as verbs', () => {
    expect(names('完善低保准入和退出机制。')).toEqual(['低保准入和退出机制']);
    expect(names('加快西部山区供水保障工程。')).toEqual(['西部山区供水保障工程']);
    expect(names('建立守信激励和失信惩戒机制。')).toEqual(['守信激励和失信惩戒机制']);
    // A clause's adverb, a verb with its result or a word no name opens with stays out.
    expect(names('开展联合执法专项行动。')).toEqual(['执法专项行动']);
    expect(names('健全和执行好返贫人口监测帮扶机制。')).toEqual(['返贫人口监测帮扶机制']);
    // Without 防止致贫 what is left (动态跟踪和帮扶) is generic: no name rather than a cut one.
    expect(names('健全防止致贫动态跟踪和帮扶机制。')).toEqual([]);
    // A qualifier a name word opens goes on over a verb or 创新 (拔尖|创新, 相对|集中).
    expect(names('健全拔尖创新工程师培养机制，深化相对集中执法权试点。')).toEqual([
      '拔尖创新工程师培养机制',
      '相对集中执法权试点',
    ]);
  });

  it('takes no two acts after 的 for a mechanism without their object', () => {
    expect(names('完善进度滞后项目的发现和纠偏机制。')).toEqual([]);
    expect(names('建立项目进度的监测和预警机制，健全监测和预警机制。')).toEqual(['监测和预警机制']);
  });

  it('takes no clause around a head for a name', () => {
    expect(names('（四）坚定不移推进改革开放。')).toEqual([]); // 罗湖区 2014
    expect(names('加快政府职能转变，以问题倒逼改革。')).toEqual([]);
    expect(notUnquotedName('争取一批综合授权', '改革')).toBe('pronoun');
  });

  it('takes no award and no predicate noun for a program', () => {
    expect(names('黄金珠宝加工业废气整治完成，获评全市治污保洁工程先进单位。')).toEqual([]); // 罗湖区 2014
    // 棚户区改造, the subject, is a renovation of its own; what it is called is none.
    expect(names('城市更新是空间拓展攻坚战，棚户区改造是安全和民生攻坚战。')).toEqual(['棚户区改造']); // 罗湖区 2018
    expect(names('一是街道综合行政执法改革顺利落地。')).toEqual(['街道综合行政执法改革']); // 光明区 2021
  });

  it('takes no reform joined to what follows (改革创新, 改革试验区)', () => {
    expect(names('鼓励引导民营企业改革创新。')).toEqual([]); // 坪山区 2019
    expect(names('探索打造国家综合金融改革试验区。')).toEqual([]);
  });

  it('takes no count or series of works for one', () => {
    expect(names('用三年时间完成街道十大工程107个子项目。')).toEqual([]); // 宝安区 2017
    expect(names('加快污水管网治理等治水提质系列工程。')).toEqual([]); // 福田区 2019
  });

  it('takes no object of a clause verb and nothing the text rejects for a program', () => {
    // What a clause applies for, uses or hopes for, and a bare quality (先导性), name no programme.
    expect(names('推动申报园区绿色化改造试点。')).toEqual([]);
    expect(names('统筹专项经费结余用于技能培训行动。')).toEqual([]);
    expect(names('百姓期盼改革见成效。')).toEqual([]);
    expect(names('把招商作为落实战略的先导性工程。')).toEqual([]);
    expect(names('更多采取改革的办法，更多运用市场化手段。')).toEqual([]); // 国务院 2016
    expect(names('牢固树立改革没有局外人旁观者的观念。')).toEqual([]); // 坪山区 2017
    expect(names('（五）打实民生改善攻坚战，凝聚共建共治共享合力。')).toEqual([]); // 龙岗区 2023
    expect(names('合理保障在建项目资金需求，防止出现半拉子工程。')).toEqual([]); // 国务院 2019
    expect(names('一是大力推动政府系统改革。')).toEqual([]); // 罗湖区 2016
  });

  it('takes no offence, task after 围绕 or pilot of more of a thing for a program', () => {
    expect(names('持续开展违法犯罪专项行动。')).toEqual([]); // 广东省 2019
    expect(names('开展打击走私专项行动。')).toEqual(['打击走私专项行动']);
    expect(names('一是围绕科技创新深化改革。')).toEqual([]); // 坪山区 2020
    expect(names('组织更多公办园试点开设托班。')).toEqual([]); // 龙岗区 2024
  });

  it('takes no clause verb for a conjunct and no adverb before a head', () => {
    expect(names('深化一体化，健全与国际友城交流合作机制。')).toEqual(['国际友城交流合作机制']); // 福田区 2023
    expect(names('积极推动坑梓龙田社区率先试点。')).toEqual([]); // 坪山区 2016
    expect(names('找准切入点，明确发展路径和长效机制。')).toEqual([]); // 大鹏新区 2012
    expect(names('鼓励采取市场化方式，不能搞“半拉子工程”。')).toEqual([]); // 国务院 2015
  });

  it('takes no clause opening or generic conjunct for a name', () => {
    expect(names('32.消费环境提升“五大行动”：指产品质量筑基行动。')).toEqual(['消费环境提升五大行动']); // 广东省 2024
    expect(names('（一）坚持更深层次改革、更高水平开放。')).toEqual([]); // 国务院 2014
    expect(names('改革信访工作制度，及时就地化解社会矛盾。')).toEqual([]); // 龙岗区 2014
    expect(names('凝聚共识和统一行动。')).toEqual([]); // 坪山区 2020
  });

  it('keeps 规范 in a campaign and takes no ordinal opening', () => {
    expect(names('开展规范涉企执法专项行动，优化审慎监管。')).toEqual(['规范涉企执法专项行动']); // 深圳市 2024
    expect(names('开展第二届改革“金点子”征集。')).toEqual([]); // 坪山区 2018
  });

  it('keeps an attribute or a verb of the name after the clause verb, not a verb after an adverb', () => {
    expect(names('开展永久基本农田保护专项行动。')).toEqual(['永久基本农田保护专项行动']);
    expect(names('健全终身职业技能培训制度。')).toEqual(['终身职业技能培训制度']);
    expect(names('推进开办企业便利化改革，实现一网通办。')).toEqual(['开办企业便利化改革']);
    expect(names('深入推进维护国家安全专项行动。')).toEqual(['维护国家安全专项行动']);
    expect(names('进一步理顺公共交通价格补贴机制。')).toEqual(['公共交通价格补贴机制']);
    expect(names('全面推开医院综合改革。')).toEqual(['医院综合改革']);
  });

  it('reads no verb inside a word and stops at a verb of a plan', () => {
    expect(names('严格执行区级规范性文件审查制度。')).toEqual(['区级规范性文件审查制度']);
    expect(names('力争东湖流域水环境综合整治工程竣工。')).toEqual(['东湖流域水环境综合整治工程']);
  });

  it('reads over a joiner between two words of a name', () => {
    expect(names('完善商会·企业家座谈会机制。')).toEqual(['商会·企业家座谈会机制']);
    expect(names('加快科技园—大学城人才安居工程，建成人才房1200套。')).toEqual(['科技园—大学城人才安居工程']);
    expect(names('“数据+社区治理改革”获评全国案例。')).toEqual(['数据+社区治理改革']);
  });

  it('takes the conjuncts before 、 that share the head, not a list of kinds or verbs', () => {
    expect(names('完善公租房建设、分配和退出机制。')).toEqual(['公租房建设、分配和退出机制']);
    expect(names('探索建立财政资金、社会资本合作机制。')).toEqual(['财政资金、社会资本合作机制']);
    expect(names('统筹稳增长、调结构、促改革。')).toEqual([]);
    expect(names('开展燃气、电动车、地下工程等隐患整治。')).toEqual([]);
    expect(names('深化医药分开改革、医保支付改革。')).toEqual(['医药分开改革', '医保支付改革']);
  });

  it('takes no honour, motto, title of a plan or aim for a program', () => {
    expect(names('先后获评全国文明城区、全国营商环境创新试点地区。')).toEqual([]);
    expect(names('以高水平开放促进深层次改革，推动高质量发展。')).toEqual([]);
    expect(names('出台教育综合改革和发展规划纲要。')).toEqual([]);
    expect(names('形成政府引导的社会投资增长机制。')).toEqual([]);
    expect(names('构建权责明确、运转高效的湖泊保护机制。')).toEqual([]);
    // Two words after what describes them name a kind of mechanism; more words may name one.
    expect(names('构建以业绩为导向的人才评价机制。')).toEqual([]);
    // 包括 is the clause's verb: what it lists is named from after it.
    expect(names('九大行动主要包括街巷保洁提升行动、广告整治行动。')).toEqual(['广告整治行动']);
    expect(names('构建以业绩为导向的青年人才分类评价机制。')).toEqual(['青年人才分类评价机制']);
    expect(names('完善侨务工作机制。')).toEqual([]);
  });

  it('takes no item of a list of fields into a name, but the first conjunct may carry what all share', () => {
    expect(names('推进金融科技、时尚产业、南山科技园片区产业空间、企业债券直通车机制。')).toEqual([
      '企业债券直通车机制',
    ]);
    expect(names('全面推行规范性文件统一登记、统一编号、统一印发制度。')).toEqual([
      '规范性文件统一登记、统一编号、统一印发制度',
    ]);
    // Unquoted, the phases of works are stages of one construction project: no programme.
    expect(names('完成老旧小区燃气入户三期、四期工程。')).toEqual([]);
    expect(withoutPhase('老旧小区燃气入户三期、四期工程')).toBe('老旧小区燃气入户工程');
  });

  it('takes no 进行, 需要, offence or field of rules into a name', () => {
    expect(names('稳妥进行农村集体产权制度改革试点。')).toEqual(['农村集体产权制度改革试点']);
    expect(names('改革需要创新添动力。')).toEqual([]);
    expect(names('坚决遏制“港独”分裂活动。')).toEqual([]);
    expect(names('强化工程招投标领域制度建设。')).toEqual([]);
  });

  it('keeps a part of a place and a body named with 组织 at the start of a name', () => {
    expect(names('推进北部片区土地制度改革，编制方案。')).toEqual(['北部片区土地制度改革']);
    expect(names('探索推进社会组织登记管理体制改革。')).toEqual(['社会组织登记管理体制改革']);
    expect(names('组织开展安全生产专项行动。')).toEqual(['安全生产专项行动']);
  });

  it('keeps a kind of work named after a noun, not a clause that opens with 率先 or 抓好', () => {
    expect(names('深化区域科技创新服务体系改革。')).toEqual(['区域科技创新服务体系改革']);
    expect(names('实施高新区创新发展提升行动。')).toEqual(['高新区创新发展提升行动']);
    // After a distinguishing word (公共/b) too: 公共|创新|平台 is one noun phrase.
    expect(names('完善公共创新平台建设运营机制。')).toEqual(['公共创新平台建设运营机制']);
    expect(names('推进公共创新平台共享改革。')).toEqual(['公共创新平台共享改革']);
    expect(names('全市率先试点政务服务信用审批改革。')).toEqual(['政务服务信用审批改革']);
    expect(names('要抓好制度体系建设。')).toEqual([]);
    expect(names('我们要携手行动，建设美丽家园。')).toEqual([]);
    expect(names('开展转化试点，积极探索科技成果权属改革。')).toEqual(['科技成果权属改革']);
    expect(names('一是围绕全国性改革项目寻求制度突破。')).toEqual([]);
    expect(names('推进用地要素保障机制。')).toEqual(['用地要素保障机制']);
    expect(names('倒逼深层次改革和结构调整。')).toEqual([]);
  });

  it('takes no works of each place or field, no motto after 以 and no level of government alone for a name', () => {
    expect(names('推动机关、学校、社区等各领域节能行动。')).toEqual([]);
    expect(names('实施各街道亮化工程。')).toEqual([]);
    expect(names('以关键环节的突破带动改革。')).toEqual([]);
    expect(names('完善市级统筹协调机制。')).toEqual([]);
    expect(names('优化统筹调度机制，建立应急指挥机制。')).toEqual([]);
    expect(names('建立燃气管网应急指挥机制。')).toEqual(['燃气管网应急指挥机制']);
  });

  it('keeps 创新 right after the verb that runs the name, not after 探索', () => {
    expect(names('实施创新驱动引领工程。')).toEqual(['创新驱动引领工程']);
    expect(names('推进创新街区孵化试点。')).toEqual(['创新街区孵化试点']);
    expect(names('探索创新园区巡查机制。')).toEqual(['园区巡查机制']);
  });

  it('keeps a verb opening a listed item before a noun, not one of two acts', () => {
    expect(names('健全守约激励、违约惩戒和信用修复机制。')).toEqual(['守约激励、违约惩戒和信用修复机制']);
    expect(names('建立联合巡查机制、沟通反馈机制。')).toEqual([]);
  });

  it('keeps a verb right after 的 as the first word of a name', () => {
    expect(names('建成全区首个投用的再生水回用工程。')).toEqual(['再生水回用工程']);
  });

  it('reads over 建设 after a noun the tagger takes for a name or an adjective, and over 引导 between two nouns', () => {
    expect(names('推进生态文明建设评价制度改革。')).toEqual(['生态文明建设评价制度改革']);
    expect(names('完善平安建设网格联勤机制。')).toEqual(['平安建设网格联勤机制']);
    expect(names('完善市级产业引导基金退出机制。')).toEqual(['市级产业引导基金退出机制']);
  });

  it('names a system of rules with its 体系', () => {
    expect(names('完善国资监管制度体系。')).toEqual(['国资监管制度体系']);
  });

  it('drops footnote markers', () => {
    expect(withoutNotes('五清[17]专项行动')).toBe('五清专项行动');
  });

  it('takes no scale and one field for a project, nor a body for a pilot', () => {
    expect(notUnquotedName('重大交通', '工程')).toBe('class of works');
    expect(notUnquotedName('大型水利', '工程')).toBe('class of works');
    expect(notUnquotedName('重大装备专项', '工程')).toBeNull();
    expect(names('完成东湖路、西岭路立面提升工程。')).toEqual([]);
    expect(notUnquotedName('立面提升', '工程')).toBe('class of works');
    expect(names('实施街巷立面美化提升工程。')).toEqual(['街巷立面美化提升工程']);
    expect(notUnquotedName('区税务部门', '试点')).toBe('a place');
  });

  it('takes no clause, claim of selection or verb before 改革 for a name', () => {
    expect(notUnquotedName('城市更新要靠', '改革')).toBe('clause');
    expect(notUnquotedName('准确把握', '改革')).toBe('clause');
    expect(notUnquotedName('积极稳妥促', '改革')).toBe('clause');
    expect(notUnquotedName('理顺投资体制', '机制')).toBe('clause');
    expect(notUnquotedName('南湾社区入选全国绿色社区建设', '试点')).toBe('clause');
    expect(notUnquotedName('稳就业促增收专项', '行动')).toBeNull();
    expect(notUnquotedName('全市最大违建清拆', '行动')).toBe('pronoun');
  });

  it('takes no manner and one act for a mechanism', () => {
    // District and provincial reports: how a mechanism runs says none of its own.
    expect(names('健全市场化投融资机制，支持民营企业平等参与。')).toEqual([]);
    expect(names('健全长效管护机制。')).toEqual([]);
    expect(notUnquotedName('多元调解', '机制')).toBe('generic kind of work');
    expect(notUnquotedName('多元矛盾调处', '机制')).toBeNull();
    expect(names('完善新型市场监管机制。')).toEqual(['新型市场监管机制']);
  });

  it('takes no verb of what is done with a programme into its name', () => {
    // District work reports: a pilot won or listed, a rule launched, works added.
    expect(names('我区获批全省中小学校人工智能试点应用实验区。')).toEqual([]);
    expect(names('数据开放创新实验室被列为广东省公共数据资源开发利用试点。')).toEqual([]);
    expect(notUnquotedName('推出重点区域总设计师', '制度')).toBe('opens like a clause');
    expect(notUnquotedName('增加同富裕', '工程')).toBe('opens like a clause');
    expect(notUnquotedName('重点区域总设计师', '制度')).toBeNull();
  });

  it('keeps 以 in a name of the form 以A代B', () => {
    expect(names('完善以奖代补绩效评价机制。')).toEqual(['以奖代补绩效评价机制']);
    expect(names('推广以工代赈试点。')).toEqual(['以工代赈试点']);
    expect(names('以制度促改革。')).toEqual([]);
  });

  it('takes a mechanism between broad parties or of a broad domain for no program', () => {
    expect(names('健全政企沟通机制，完善公共安全管控机制。')).toEqual([]);
    expect(names('构建新型帮扶协作机制。')).toEqual([]);
    expect(names('推行工作量化评价机制，落实生态环保制度。')).toEqual([]);
    expect(names('健全精准便捷服务机制，推进社会事业领域改革。')).toEqual([]);
    expect(names('完善政企纠纷调解中心运行保障机制。')).not.toEqual([]);
  });

  it('takes no adverb of degree into a name', () => {
    expect(names('以更具突破性改革推动发展。')).toEqual([]);
    expect(names('着力推进所谓营商环境改革。')).not.toContain('所谓营商环境改革');
    expect(names('认真执行行政合同备案审查机制。')).not.toContain('认真执行行政合同备案审查机制');
  });

  it('takes no clause with a verb inside for a name, nor a pilot named by a body', () => {
    expect(names('把初心使命化为行动。')).toEqual([]);
    expect(names('以数字化改革撬动全域改革。')).toEqual([]);
    expect(names('完善投入与健全机制。')).toEqual([]);
    expect(names('开展区教育系统试点。')).toEqual([]);
  });
});
