import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

describe('program names read with the words around them', () => {
  it('leaves a name that the text reports as a shortcoming', () => {
    expect(names('部分领域风险依然存在，基层应急联动机制有待完善。')).toEqual([]);
    expect(names('城市治理还有短板，物业纠纷调处机制还不健全。')).toEqual([]);
    expect(names('完善物业纠纷调处机制，提升治理水平。')).toEqual(['物业纠纷调处机制']);
  });

  it('leaves out of a quoted name the committee or government that set it', () => {
    expect(names('认真落实省委“2+3+7”工作部署，推动高质量发展。')).toEqual(['2+3+7工作部署']);
    expect(names('按照区委“1＋7＋7”工作安排，未来五年在七个方面走在前列。')).toEqual(['1＋7＋7工作安排']);
    expect(names('推出社区“夜间办”服务，深化区委“放管服”改革。')).toEqual(['社区夜间办服务', '放管服改革']);
  });

  it('leaves the opening words of a body named after its work', () => {
    expect(names('加快建设新能源汽车检测工程技术研究中心。')).toEqual([]);
    expect(names('支持海洋装备工程（技术）研究中心建设。')).toEqual([]);
    expect(names('推进智慧水务工程，服务中心城区供水。')).toEqual(['智慧水务工程']);
  });

  it('leaves a name that is a contest or its prize', () => {
    expect(names('区消防救援大队获全市消防技能比武“夜间搜救行动”第一名。')).toEqual([]);
  });

  it('leaves a name read out of the object of 向 or 对标', () => {
    expect(names('落实重大事项向区委请示报告制度。')).toEqual([]);
    expect(names('开展质量提升行动和对标达标专项行动。')).toEqual(['质量提升行动']);
  });

  it('drops a claim of being first or new from the name, and works counted in figures', () => {
    expect(names('在全市首创物业服务质量评价制度。')).toEqual(['物业服务质量评价制度']);
    expect(names('新开工城中村消防安全提升工程。')).toEqual(['城中村消防安全提升工程']);
    expect(names('年内完成12座山塘除险加固工程。')).toEqual([]);
    expect(names('完成老旧小区燃气改造工程215个。')).toEqual([]);
    expect(names('修订完善政府采购制度12件。')).toEqual([]);
    expect(names('建设“百校扩容工程”10所学校。')).toEqual(['百校扩容工程']);
  });

  it('keeps the qualifier of a campaign named by its count', () => {
    expect(names('全面推进“无废”建设六大提升行动。')).toEqual(['无废建设六大提升行动']);
    expect(names('开展交通整治“五大专项”行动。')).toEqual(['交通整治五大专项行动']);
    expect(names('深入实施八大健康促进行动。')).toEqual(['八大健康促进行动']);
    expect(names('实施工业、农业等两个领域“八大”攻坚行动。')).not.toContain('领域八大攻坚行动');
  });

  it('keeps the nouns before a quoted name in it, keyed by the quoted name', () => {
    expect(names('健全安全监管“三查两改”联动机制。')).toEqual(['安全监管三查两改联动机制']);
    expect(names('推出社区“夜间办”服务。')).toEqual(['社区夜间办服务']);
    const found = extractPrograms(splitSentences('推广“邻里守望”模式，深化养老服务“邻里守望”模式。', []));
    expect(found.map((p) => p.name)).toEqual(['邻里守望模式', '养老服务邻里守望模式']);
    expect(new Set(found.map((p) => p.key)).size).toBe(1);
  });

  it('keeps a noun that ends in a character the tagger reads as a measure (隐患点) before a quoted name', () => {
    expect(names('完善风险隐患点“身份证”体系，全面纳管重点风险点位。')).toEqual(['风险隐患点身份证体系']); // 盐田区 2023
    expect(names('建立城市内涝积水点“一点一策”机制，汛前完成整治。')).toEqual(['城市内涝积水点一点一策机制']);
    expect(names('实施三项“暖心”工程。')).toEqual([]);
  });

  it('keeps the work a quoted name does for its object in the qualifier (人才|引进|“1+6”行动)', () => {
    expect(names('（4）实施产业人才引进“1+6”行动，引进高端人才20名以上。')).toEqual(['产业人才引进1+6行动']);
    expect(names('实施重点企业培育“鲲鹏”行动。')).toEqual(['重点企业培育鲲鹏行动']);
    expect(names('推进困难群众帮扶“暖心”工程。')).toEqual(['困难群众帮扶暖心工程']);
    // Another verb after a noun opens the clause (市民|参与), not a qualifier.
    expect(names('组织市民参与“文明出行”行动。')).toEqual(['文明出行行动']);
  });

  it('leaves the words before a quoted name out where the phrase may go on or a conjunct shares them', () => {
    expect(names('完善大型仪器“共享预约”机制。')).toEqual(['共享预约机制']);
    expect(names('推动设施与服务“双向改善”工程。')).toEqual(['双向改善工程']);
    expect(names('推出24小时“随时办”自助服务。')).toEqual(['随时办自助服务']);
    expect(names('支持物流企业试点发展“云端配送”运营模式。')).toEqual(['云端配送运营模式']);
    expect(names('纳入本区“十五五”规划。')).toEqual(['十五五规划']);
    // 圆满完成 (one word to the tagger) is the clause's verb with its manner.
    expect(names('圆满完成“夏季攻坚期”工作。')).toEqual(['夏季攻坚期工作']);
    // 新建 (read as a place) is the clause's verb; a word the tagger cannot read (马峦/x) may be a name's half.
    expect(names('全区首个新建“云上驿站”充电试点。')).toEqual(['云上驿站充电试点']);
    expect(names('推广马峦街道“慢行友好”改造模式。')).toEqual(['慢行友好改造模式']);
  });

  it('keeps a noun and its verb before a name in it', () => {
    expect(names('建立多源触发风险预警机制。')).toEqual(['多源触发风险预警机制']);
    expect(names('完善实施城乡协调发展投入机制。')).toEqual(['城乡协调发展投入机制']);
    expect(names('全面推开镇级卫生院综合改革。')).toEqual(['镇级卫生院综合改革']);
  });

  it('leaves a title a place strives for', () => {
    expect(names('努力创建“全域旅游优质示范区”。')).toEqual([]);
    expect(names('积极争创“湾区宜居示范城区”。')).toEqual([]);
    expect(names('创建“书香校园”示范学校。')).toEqual([]);
    expect(names('以创建“慢行交通示范区”为契机，推进工作。')).toEqual(['慢行交通示范区']);
    // The creating of a place's title names the title, not a campaign; other creating may.
    expect(names('推进绿色家园示范区创建，深化“书香街区”创建。')).toEqual([]);
    expect(names('开展滨海时尚小镇创建试点。')).toEqual([]);
    expect(names('深化“美丽河湖”创建。')).toEqual(['美丽河湖创建']);
    // The start of building works is an event.
    expect(names('首批“智造工坊”开工建设。')).toEqual([]);
  });

  it('reads the qualifier of a quoted package over what completes the verb, unknown words and a verb that opens it', () => {
    // 好 completes the clause's verb; the level after it owns the package.
    expect(names('全力落实好市高质量发展“七大计划”，努力展现更大担当。')).toEqual(['高质量发展七大计划']);
    expect(names('持续实施好乡村建设“五大行动”，重点做好以下工作。')).toEqual(['乡村建设五大行动']);
    expect(names('深入落实市经济社会发展提质增效“七大计划”，扎实开展项目建设。')).toEqual([
      '经济社会发展提质增效七大计划',
    ]);
    expect(names('大力实施推动经济社会高质量发展“七大计划”，确保全年目标完成。')).toEqual([
      '推动经济社会高质量发展七大计划',
    ]);
    expect(names('推出科技创新“八大支持计划”，探索股权投资模式。')).toEqual(['科技创新八大支持计划']);
  });

  it('names a quoted package counted with a plan, a drive or a special campaign, not a count of aims', () => {
    expect(names('实施产业动能培育“五大计划”，推动骨干企业壮大。')).toEqual(['产业动能培育五大计划']);
    expect(names('深入实施农村“七大攻坚”行动，补齐基础设施短板。')).toEqual(['农村七大攻坚行动']);
    expect(names('实现“三大倍增”：高新技术企业数量翻番。')).toEqual([]);
    expect(names('聚焦“四大产业”，培育产业集群。')).toEqual([]);
  });

  it('reads the qualifier of a quoted package back to the clause, its owner or a list', () => {
    // Provincial reports: a word the tagger does not know runs on the name.
    expect(names('实施绿美广东生态建设“六大行动”，全面落实林长制。')).toContain('绿美广东生态建设六大行动');
    expect(names('深入实施人才强省建设“五大工程”，制定更加积极开放有效的人才政策。')).toEqual(['人才强省建设五大工程']);
    // District reports: the owning body or level, a verb with its manner, a count.
    expect(names('落实区委作风提升“十大行动”，推进作风建设常态化长效化。')).toEqual(['作风提升十大行动']);
    expect(names('紧密对接市创新战略“十大专项行动计划”，争取重大科技基础设施布局。')).toEqual([
      '创新战略十大专项行动计划',
    ]);
    expect(names('全面完成街道“十大工程”。')).toEqual(['街道十大工程']);
    expect(names('力争引进3-4个市“十大行动计划”项目。')).toEqual(['十大行动计划项目']);
    // The fields listed before the package, another package, a verb after no noun: no qualifier.
    expect(names('防范化解重大风险、精准脱贫、污染防治“三大攻坚战”必须一以贯之。')).toEqual(['三大攻坚战']);
    expect(names('实施“三大提升计划”“十大攻坚工程”，助力争创全国文明典范城市。')).toEqual([
      '三大提升计划',
      '十大攻坚工程',
    ]);
    expect(names('开展基础研究夯基等创新发展“五大行动”，加快提升创新引领力。')).toEqual(['五大行动']);
  });

  it('leaves what a gloss line says its term is', () => {
    expect(names('7.“三联巡”机制：街道、社区、网格三方联动的巡查协作机制。')).toEqual(['三联巡机制']);
    expect(names('3.一屏联办（P12）：一种城市运行协同管理制度，实现“一屏观全域”。')).toEqual([]);
    expect(names('8.“三大行动”：绿道提升行动、碧道贯通行动、公园开放行动。')).toEqual([
      '三大行动',
      '绿道提升行动',
      '碧道贯通行动',
      '公园开放行动',
    ]);
  });

  it('splits two joined undertakings only at a word of its own', () => {
    expect(names('落实专项工作及时通报制度。')).toEqual(['专项工作及时通报制度']);
  });

  it('leaves a place a pilot runs in', () => {
    expect(names('以前湾科创城为试点，推进数据整合。')).toEqual([]);
  });

  it('leaves a list of the clause’s acts that opens after an adverb', () => {
    expect(names('落实专人跟进、随时回应、限期办结工作制度。')).toEqual([]);
  });

  it('leaves the round a programme is in out of its name', () => {
    expect(names('深化新一轮林地保护改革。')).toEqual(['林地保护改革']);
    expect(names('实施新一轮“青苗成长”行动。')).toEqual(['青苗成长行动']);
    expect(names('启动新一轮改革。')).toEqual([]);
  });

  it('keeps a level of government joined by 与 in a name', () => {
    expect(names('推进省与市县教育事权划分改革。')).toEqual(['省与市县教育事权划分改革']);
  });

  it('leaves a building named by its scale or kind of place alone', () => {
    expect(names('围绕重点区域建设，加快推进道路整治工程。')).not.toContain('重点区域建设');
  });

  it('leaves a list read from its middle', () => {
    expect(names('完善园区准入、运行、评价、退出机制。')).toEqual([]);
  });

  it('keeps the second of two undertakings a name joins', () => {
    expect(names('推进智慧社区建设和数字乡村示范工程。')).toEqual(['数字乡村示范工程']);
    expect(names('完善绿色信贷贴息政策和碳排放权交易制度。')).toEqual(['碳排放权交易制度']);
    expect(names('推进社区食堂先行工作和长者助餐补贴试点。')).toEqual(['长者助餐补贴试点']);
    expect(names('建立党风廉政建设与业务工作融合机制。')).toEqual(['党风廉政建设与业务工作融合机制']);
    expect(names('深化乡镇财政体制和园区管理体制改革。')).toEqual(['园区管理体制改革']);
    expect(names('开展区域性国资国企综合改革试验和国企空间利用改革试点。')).toEqual(['国企空间利用改革试点']);
    // A second part that names no mechanism of its own (长效管理机制) is the first one's.
    expect(names('建立志愿服务政策和长效管理机制。')).toEqual(['志愿服务政策和长效管理机制']);
  });

  it('leaves a reform named by its package of articles, a document', () => {
    expect(names('对标全市营商环境改革“20条”出台7大领域18项改革措施。')).toEqual([]);
    expect(names('推出基础教育综合改革20条，新改扩建中小学。')).toEqual([]);
    expect(names('深化营商环境改革，出台配套措施。')).toEqual(['营商环境改革']);
  });

  it('leaves a place where 试点 is the clause’s verb', () => {
    expect(names('在韶关和清远北部试点打造集中连片的生态特别保护区。')).toEqual([]);
    expect(names('在“二线插花地”棚改木棉岭社区试点打造智慧社区。')).toEqual([]);
    expect(names('在全市开展垃圾分类试点工作。')).toEqual(['垃圾分类试点']);
  });

  it('leaves a coordinating body named by its mechanism when it acts', () => {
    expect(names('中央指导组加强指导督导，国务院联防联控机制统筹协调，各部门履职尽责。')).toEqual([]);
    expect(names('落实国务院联防联控机制和省委省政府决策部署，坚持人民至上。')).toEqual([]);
    expect(names('健全重大传染病联防联控机制。')).toEqual(['重大传染病联防联控机制']);
  });

  it('keeps what a system is carried out on in its name', () => {
    expect(names('健全重大决策出台前向人大报告制度，积极接受民主监督。')).toEqual(['重大决策出台前向人大报告制度']);
    expect(names('建立重大政策落实督查问责机制，开展第三方评估。')).toEqual(['重大政策落实督查问责机制']);
    expect(names('建立规范性文件实施效果评估制度，提高文件制定的科学性。')).toEqual(['规范性文件实施效果评估制度']);
    expect(names('全面落实行政执法责任制。')).toEqual(['行政执法责任制']);
  });

  it('names a quoted campaign with the verb it is run against its object with', () => {
    expect(names('开展联合整治“保健”市场乱象百日行动，严查保健品欺诈。')).toEqual(['联合整治保健市场乱象百日行动']);
    expect(names('开展打击“两抢一盗”专项行动。')).toEqual(['打击两抢一盗专项行动']);
    expect(names('深入推进“飓风2020”专项行动。')).toEqual(['飓风2020专项行动']);
    expect(names('加强执法检查，整治“散乱污”企业。')).toEqual([]);
  });

  it('leaves unquoted works counted in figures with 以上 or 余', () => {
    expect(names('完成20处以上交通综治工程和10公里以上非机动车道建设。')).toEqual([]);
    expect(names('新增完成1000个以上自然村生活污水治理提升工程。')).toEqual([]);
    expect(names('推进自然村生活污水治理提升工程。')).toEqual(['自然村生活污水治理提升工程']);
  });

  it('leaves unquoted works finished as a building is: one site’s works', () => {
    expect(names('平湖辅城坳污水资源化利用工程建成投用。')).toEqual([]);
    expect(names('红坳村搬迁安置房工程完工。')).toEqual([]);
    expect(names('推动茅洲河（光明段）碧道试点工程建成投入使用。')).toEqual([]);
    expect(names('“织网工程”和“风景林工程”顺利实施。')).toEqual(['织网工程', '风景林工程']);
    expect(names('争取珠三角水资源配置工程建成通水。')).toEqual(['珠三角水资源配置工程']);
  });

  it('leaves unquoted works started or finished by a date: one site’s works', () => {
    expect(names('确保污泥处置工程8月底前建成投入使用。')).toEqual([]);
    expect(names('推动西部清洁电送城工程开工建设、海上风电登陆。')).toEqual([]);
    expect(names('推进南岭直流输电工程（东区段）顺利开工。')).toEqual([]);
    expect(names('实施北岭供水保障工程，年内开工5个项目。')).toEqual(['北岭供水保障工程']);
  });

  it('leaves fields and industries listed before 等领域 or 等产业, not the reforms listed there', () => {
    expect(names('聚焦创新产业培育、产业空间保障、基层社会治理等领域，推出一批改革举措。')).toEqual([]);
    expect(names('统筹推进行政审批制度、住房制度、事业单位等领域改革。')).toEqual([]);
    expect(names('围绕道路交通、建筑施工、火灾防控等重点领域精准施策。')).toEqual([]);
    expect(names('推动高端医疗器械、生物医药、脑科学与脑机工程等产业集聚成势。')).toEqual([]);
    expect(names('在营商环境改革、城市建设管理等重点领域谋划推出一批改革。')).toEqual(['营商环境改革']);
    expect(names('聚焦基层社会治理。')).toEqual(['基层社会治理']);
  });

  it('leaves a plan drafted or issued (quoted, a plan of actions): a document', () => {
    expect(names('出台中小微企业服务行动计划，拓宽绿色通道。')).toEqual([]);
    expect(names('制定实施教育强国建设三年行动计划。')).toEqual([]);
    expect(names('编制新一轮民办教育发展行动计划。')).toEqual([]);
    expect(names('深入实施教育强国建设三年行动计划。')).toEqual(['教育强国建设三年行动计划']);
    expect(names('出台“聚龙人才计划”，引进海外团队15个。')).toEqual(['聚龙人才计划']);
    expect(names('出台“南城质量、北城智造”行动计划，支持制造业发展。')).toEqual([]);
    expect(names('制定“产业发展十大行动计划”。')).toEqual([]);
  });

  it('leaves a name a dash follows with its site or its works: a row of a table of works', () => {
    expect(names('完成东岭街道路网完善工程—北环街新建工程建设。')).toEqual([]);
    expect(names('完成特色街区配套设施建设工程—西岭片区工程建设。')).toEqual([]);
    expect(names('全市首座新建“多站合一”智能化试点——南山变电站建成投产。')).toEqual([]);
    expect(names('实施“双提升”工程——提升服务质量、提升群众满意度。')).toEqual(['双提升工程']);
  });

  it('leaves works listed among the works of one facility or road', () => {
    expect(names('大力推进西岭机场扩建、东湾机场迁建、南山机场军民合用工程。')).toEqual([]);
    expect(names('完成北环路二期项目、南山道品质提升工程，打造幸福大道。')).toEqual([]);
    expect(names('加快推进东部过境快速完善工程、清平高速二期等在建项目建设。')).toEqual([]);
    expect(names('力争新华路、海心路、坝头安置区房建工程等8个项目完工。')).toEqual([]);
    // A programme listed with a kind of facility alone stays.
    expect(names('启动精品医院、健康社区工程。')).toEqual(['健康社区工程']);
    expect(names('实施学校提质、健康社区工程。')).toEqual(['健康社区工程']);
  });
});
