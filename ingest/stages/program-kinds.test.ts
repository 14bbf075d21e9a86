import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { notAProgram, withoutPhase } from './program-kinds.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

// Sentences written in the manner of district work reports.
describe('the start of a program name', () => {
  it('keeps the numerals that say which parts it is of, not a count', () => {
    expect(names('探索一二产业融合用地机制。')).toEqual(['一二产业融合用地机制']);
    expect(names('推进多元矛盾调处机制。')).toEqual(['多元矛盾调处机制']);
    expect(names('深化多层次资本市场改革，规范发展区域性股权市场。')).toEqual(['多层次资本市场改革']);
    expect(names('实施多层次住房供应保障制度。')).toEqual(['多层次住房供应保障制度']);
    expect(names('实施两个专项行动。')).toEqual([]);
  });

  it('keeps a place joined to the next by a hyphen', () => {
    expect(names('完成南岭古村-北坑老屋保护性开发工程。')).toEqual(['南岭古村-北坑老屋保护性开发工程']);
  });
});

describe('what a whole program name says it is', () => {
  it('leaves the systems of the state, not the schemes a government runs', () => {
    expect(names('坚持和完善社会主义基本分配制度。')).toEqual([]);
    expect(names('完善村民自治机制，推进村务公开。')).toEqual([]);
    expect(names('推动区属企业建立现代企业制度。')).toEqual([]);
    expect(names('健全现代图书馆制度。')).toEqual([]);
    expect(notAProgram('社会主义基本分配制度')).toBe('a system of the state');
    expect(names('完善灵活就业人员基本医疗保险制度。')).toEqual(['灵活就业人员基本医疗保险制度']);
  });

  it('leaves what the government fights, however counted, and keeps the campaign against it', () => {
    expect(names('依法严惩“十二类”违法犯罪活动，重点打击电信网络诈骗等新型犯罪。')).toEqual([]);
    expect(notAProgram('“十二类”违法犯罪活动')).toBe('what is fought');
    expect(notAProgram('打击走私专项活动')).toBeNull();
    expect(notAProgram('扫黄打非活动')).toBeNull();
  });

  it('leaves a set of sights', () => {
    expect(names('推广“南湾十景”等旅游线路。')).toEqual([]);
    expect(notAProgram('南湾十景')).toBe('a set of places');
  });

  it('leaves plans, except a five-year period’s', () => {
    expect(names('编制“两湾三谷”空间发展规划。')).toEqual([]);
    expect(names('完成东部片区交通专项规划编制。')).toEqual([]);
    expect(names('全面落实“十五五”规划。')).toEqual(['十五五规划']);
    expect(notAProgram('九五普法规划')).toBeNull();
  });

  it('leaves the construction works of one facility', () => {
    expect(names('加快滨海大道东延工程，推进南湖小学改扩建工程。')).toEqual([]);
    expect(names('启动青溪河综合整治工程。')).toEqual([]);
    expect(names('推进东坪水库连通工程。')).toEqual([]);
    expect(names('完成青溪体育馆南侧道路完善工程、滨江大道西段工程。')).toEqual([]);
    expect(notAProgram('北岸海堤工程')).toBe("a facility's works");
    expect(notAProgram('区法院大楼后续工程')).toBe("a facility's works");
    expect(names('开工建设东岭片区供水工程，推进西溪灌区近期工程。')).toEqual([]);
    expect(names('实施南城遗址文物保护工程。')).toEqual([]);
    expect(names('完成南岭路拓宽工程、钟氏宗祠修缮及周边环境整治工程。')).toEqual([]);
    expect(notAProgram('青湖湿地改造提升工程')).toBe("a facility's works");
    expect(names('完成北湾中心桩基工程、东岭片区内涝整治工程。')).toEqual([]);
    expect(names('推进区精神病院改造工程。')).toEqual([]);
    expect(names('推进区老年服务中心改扩建工程、北溪涌截污工程、区二院装修改造工程。')).toEqual([]);
    expect(names('推进区口腔医院建设工程、公共食堂改造工程、北站人行过街通道工程。')).toEqual([]);
    expect(names('龙岭能源园完成场平、桩基础工程。')).toEqual([]);
    expect(names('以“母亲河”青溪河综合整治为突破口。')).toEqual([]);
    expect(names('开工建设东溪河治理四期工程，推进南岭、北岭干流治理工程。')).toEqual([]);
    expect(withoutPhase('北岭风电场二阶段工程')).toBe('北岭风电场工程');
    expect(names('完成区文化馆改造工程、北溪涌片区排涝工程。')).toEqual([]);
    expect(notAProgram('南河景观工程')).toBe("a facility's works");
    expect(notAProgram('东岭区域天然气管道调整工程')).toBe("a facility's works");
    expect(notAProgram('城市规划展览馆工程')).toBe("a facility's works");
    // District reports' tables of key projects: a named area, reservoir, river, landfill or plant.
    expect(names('完成凤岭片区交通改善工程、北岭水库水源水质保障工程。')).toEqual([]);
    expect(notAProgram('南溪河生态补水工程')).toBe("a facility's works");
    expect(notAProgram('东湖填埋场环境修复工程')).toBe("a facility's works");
    expect(notAProgram('中心城水厂扩建及深度处理工程')).toBe("a facility's works");
    expect(notAProgram('东坑片区景观环境提升和道路改造工程')).toBe("a facility's works");
    // The main structure or foundations of one building, the works of one district centre.
    expect(names('完成“三馆”主体工程，推进国家基因库基础工程。')).toEqual([]);
    expect(notAProgram('中心区灯光夜景提升工程')).toBe("a facility's works");
    // A provincial and a district report: one aqueduct, one storage reservoir; securing the
    // supply of many communities (社区供水保障工程) is a programme.
    expect(names('推进西江引水工程和海水淡化试点。')).toEqual(['海水淡化试点']);
    expect(notAProgram('北岭供水调蓄工程')).toBe("a facility's works");
    expect(notAProgram('社区供水保障工程')).toBeNull();
    // A programme run over many places or things stays.
    expect(notAProgram('微片区提升工程')).toBeNull();
    expect(notAProgram('污水处理厂提质工程')).toBeNull();
    expect(notAProgram('老旧城市燃气管道改造提升工程')).toBeNull();
    expect(names('实施老旧小区消防安全提升工程。')).toEqual(['老旧小区消防安全提升工程']);
    expect(names('实施民办学校办学品质提升工程。')).toEqual(['民办学校办学品质提升工程']);
    expect(notAProgram('道路交通服务提升工程')).toBeNull();
  });

  it('leaves the works of one line between two places or of its section', () => {
    // Provincial and Shenzhen work reports: power lines, intercity railways.
    expect(notAProgram('东山至西江特高压工程')).toBe("a line's works");
    expect(notAProgram('穗莞深城际前海至皇岗口岸段工程')).toBe("a line's works");
    expect(notAProgram('西北至华南特高压直流输电南山段工程')).toBe("a line's works");
    expect(names('开工建设东山至西江特高压工程、南岭抽水蓄能电站。')).toEqual([]);
    // A programme run over many places keeps its name.
    expect(notAProgram('城乡客运一体化工程')).toBeNull();
  });

  it('leaves the phase of one construction project, and folds a quoted programme’s phase into it', () => {
    expect(names('完成城中村供水入户五期工程。')).toEqual([]);
    expect(notAProgram('城中村供水入户五期工程')).toBe("one project's phase");
    expect(names('推进北区人民医院二期工程。')).toEqual([]);
    expect(withoutPhase('智慧社区安防第三期建设项目')).toBe('智慧社区安防建设项目');
    expect(withoutPhase('应急广播系统一期、二期工程')).toBe('应急广播系统工程');
    expect(notAProgram('一期、二期工程')).toBe('a phase of works');
    expect(withoutPhase('社区治理五期行动')).toBe('社区治理五期行动');
    expect(names('加快推进“智慧港口”二期建设。')).toEqual(['智慧港口建设']);
    expect(withoutPhase('小二期开工建设')).toBe('小二期开工建设');
    // Four characters left name a kind of works, not the project: the phase is left whole.
    expect(notAProgram('城际铁路三期工程')).toBe('a phase of works');
  });

  it('leaves a name read from inside a bracket', () => {
    expect(names('实施宫颈及口腔疾病（简称“两病”）防治项目。')).not.toContain('两病）防治项目');
    expect(notAProgram('两病）防治项目')).toBe('an unmatched bracket');
  });

  it('leaves undertakings named by rank or level alone', () => {
    expect(names('狠抓8项市级、区级重点改革。')).toEqual([]);
    expect(names('承接国家级改革试点。')).toEqual([]);
    expect(notAProgram('重点行业整治行动')).toBe('a class by rank');
    expect(notAProgram('重大标志性工程')).toBe('a class by rank');
    expect(names('深化区级政府机构改革。')).toEqual(['区级政府机构改革']);
  });

  it('leaves a head or a count of campaigns with no name of their own', () => {
    expect(names('深入实施八大攻坚行动。')).toEqual([]);
    expect(names('开展清理河道垃圾、清理违建的专项整治行动。')).toEqual([]);
    expect(notAProgram('专项打击整治行动')).toBe('no campaign named');
    expect(names('深入实施八大健康促进行动。')).toEqual(['八大健康促进行动']);
  });

  it('takes a quoted package counted with a campaign or works head, and no quoted count of aims', () => {
    // A district report, a provincial report and a national one.
    expect(names('深入实施“六大攻坚”行动。')).toEqual(['六大攻坚行动']);
    expect(names('部署实施“六大工程”，培育一批国际竞争力强的产业集群。')).toEqual(['六大工程']);
    expect(names('打好“三大攻坚战”，决胜全面建成小康社会。')).toEqual(['三大攻坚战']);
    expect(names('大力发展“三大产业”，培育新动能。')).toEqual([]);
    expect(names('实现“五大突破”，推动高质量发展。')).toEqual([]);
    expect(notAProgram('“十大行动计划”')).toBeNull();
    expect(notAProgram('十大行动计划')).toBe('several campaigns counted');
  });

  it('leaves a count of campaigns over a bare field or after a list, keeping a named package', () => {
    // District work reports: a count over a field names several programmes, none of them.
    expect(names('深入实施三大人才工程，引进、培育专业人才。')).toEqual([]);
    expect(notAProgram('八大减排行动')).toBe('several campaigns counted');
    // A poverty-relief section: the count covers the items listed before it.
    expect(notAProgram('饮水改造和致富四大帮扶工程')).toBe('several campaigns counted');
    expect(notAProgram('危房改造与安居四大帮扶工程')).toBe('several campaigns counted');
    // A provincial report's named package, and a quoted one with a joiner in its name.
    expect(notAProgram('碳达峰十大行动')).toBeNull();
    expect(notAProgram('拓空间、保发展十大专项行动')).toBeNull();
  });

  it('leaves the building of things, keeping the building of a programme', () => {
    // District work reports: housing, hospitals, wharves, equipment and a set of projects.
    expect(names('加快石岩“一水”拆迁安置房建设。')).toEqual([]);
    expect(names('高标准推进“9+3+1+N”医院项目建设。')).toEqual([]);
    expect(notAProgram('一主三辅码头体系建设')).toBe('things built');
    expect(notAProgram('辖区三人小组防疫装备建设')).toBe('things built');
    // A provincial report: a rail hub and the rural roads programme.
    expect(notAProgram('四主四辅铁路枢纽建设')).toBe('things built');
    expect(notAProgram('四好农村路建设')).toBeNull();
    expect(names('深入推进“平安龙岗”建设。')).toEqual(['平安龙岗建设']);
  });

  it('leaves reforms named by a quality or an order alone, keeping a reform of something', () => {
    // District work reports and a provincial one: how the reforms are, not which.
    expect(names('推出一批上下贯通、多方协同的“集成式”改革。')).toEqual([]);
    expect(names('全面深化基础性关键性改革。')).toEqual([]);
    expect(notAProgram('创造型引领型改革')).toBe('reforms of a quality');
    expect(notAProgram('后续配套改革')).toBe('reforms of a quality');
    expect(notAProgram('十项改革')).toBe('reforms of a quality');
    expect(notAProgram('集成式审批改革')).toBeNull();
    // Reforms of key fields or links, said by their quality alone, are a class; a field's own is not.
    expect(notAProgram('基础性关键领域改革')).toBe('reforms of a quality');
    expect(notAProgram('关键环节改革')).toBe('reforms of a quality');
    expect(notAProgram('社会领域改革')).toBeNull();
    expect(names('深化商事制度改革。')).toEqual(['商事制度改革']);
  });

  it('leaves a set of documents, keeping the programme they serve', () => {
    // District work reports: a package of policies issued, and its building.
    expect(names('出台“2+N”产业政策体系，实现工业投资增长。')).toEqual([]);
    expect(notAProgram('龙聚坪山人才政策体系')).toBe('a set of documents');
    expect(notAProgram('一产业两规划两政策体系建设')).toBe('a set of documents');
    // A provincial report: rules and laws to improve.
    expect(notAProgram('法律法规和规章制度')).toBe('a set of documents');
    expect(notAProgram('龙舞华章人才计划')).toBeNull();
    expect(notAProgram('行政决策制度体系')).toBeNull();
  });

  it('leaves an organisation a programme sets up', () => {
    expect(names('创新构建“工匠联盟”，加强工匠人才引进培育。')).toEqual([]);
    expect(notAProgram('青春期心理门诊')).toBe('an organisation');
    expect(notAProgram('未来网络研究院')).toBe('an organisation');
    expect(notAProgram('城中村品牌学校创建联盟')).toBe('an organisation');
  });

  it('leaves works of a level and a rank, and small works of any kind', () => {
    // District and provincial reports: the talent programmes the state lists, small works.
    expect(names('新增国家重大人才工程入选专家27人。')).toEqual([]);
    expect(notAProgram('国家和省重大人才工程')).toBe('a class by rank');
    expect(names('出台政府投资小额建设工程预选承包商管理规定。')).toEqual([]);
    expect(notAProgram('小额修缮工程')).toBe('a class by rank');
    expect(notAProgram('重点文化惠民工程')).toBeNull();
  });

  it('leaves undertakings listed each with its own head, keeping a rule of several acts', () => {
    // District work reports: two theme years; a school report's fields of work.
    expect(names('今年确定为“改革攻坚年、工作落实年”。')).toEqual([]);
    expect(notAProgram('师资队伍建设、校园文化建设、教育教学改革')).toBe('several listed');
    expect(notAProgram('动态管理、全程公示制度')).toBeNull();
  });

  it('leaves the key works of a field and a name opening with a joiner', () => {
    expect(notAProgram('抗旱防汛重点工程建设')).toBe('a class by rank');
    expect(notAProgram('乡村振兴重大项目')).toBe('a class by rank');
    expect(names('开发“+研学”新模式。')).toEqual([]);
  });

  it('leaves a principle, keeping a procedure in two clauses', () => {
    expect(names('坚持“三快三必”原则。')).toEqual([]);
    expect(names('严格按照“先论证，后决策”原则。')).toEqual(['先论证，后决策原则']);
  });

  it('leaves a manner of serving and a title a person wins, keeping a one-stop model', () => {
    expect(names('推行“管家式”服务，开展“一站式”服务。')).toEqual(['一站式服务']);
    expect(names('提供“保姆式”贴心服务。')).toEqual([]);
    expect(names('评选“最美志愿司机”“节水达人”等。')).toEqual([]);
    expect(notAProgram('社区之星')).toBe("a person's title");
  });

  it("leaves a field's long-term mechanism, keeping one that says which", () => {
    expect(names('健全山林防火长效机制。')).toEqual([]);
    expect(names('健全水污染防治长效机制。')).toEqual([]);
    expect(names('健全快递骑手工伤保障长效机制。')).toEqual(['快递骑手工伤保障长效机制']);
  });
});
