import { describe, expect, it } from 'vitest';
import { notQuotedName, quotedPrograms } from './quoted-programs.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => splitSentences(text, []).flatMap((s) => quotedPrograms(s).map((p) => p.name));

describe('quotedPrograms', () => {
  it('names the counted hubs of functions a city is built into, but no counted slogan or venues', () => {
    expect(names('“三个中心”建设取得重大进展。')).toEqual(['三个中心建设']);
    expect(names('通过推进“两个高地”建设，提升发展质量。')).toEqual(['两个高地建设']);
    expect(names('推进“四个全面”建设。')).toEqual([]);
    expect(names('加快“四馆”建设。')).toEqual([]);
  });

  it('leaves a series of slogans sharing their first word, with no head after them', () => {
    expect(names('协同推进“首善发展”“首善治理”“首善文明”“首善民生”“首善环境”，加快建设新引擎。')).toEqual([]);
    expect(names('持续打造“深圳质量”“深圳标准”“深圳设计”“深圳品牌”，推动质量变革。')).toEqual([]);
    expect(names('实施“梧桐凤凰”、“梧桐工匠”、“梧桐青苗”三大工程。')).toEqual(['梧桐凤凰', '梧桐工匠', '梧桐青苗']);
    expect(names('开展“清源行动”“清流行动”“清风行动”，整治环境。')).toEqual(['清源行动', '清流行动', '清风行动']);
  });

  it('names a quoted program to the end of the head after it, keyed by the quoted part', () => {
    expect(names('实施“1+10+N”行动计划，开展“一社区一特色”行动。')).toEqual(['1+10+N行动计划', '一社区一特色行动']); // 龙华区 2023
    expect(names('打造“区-街道-社区-站点-家庭”五级养老服务体系。')).toEqual(['区-街道-社区-站点-家庭五级养老服务体系']); // 福田区 2021
    const [p] = splitSentences('推行“营商环境法律助力”机制。', []).flatMap(quotedPrograms);
    expect(p?.key).toBe('Program:营商环境法律助力');
  });

  it('names a strategy in quotes that a verb of its clause carries out, but no layout or aim of one', () => {
    expect(names('聚焦省委提出的“3815”战略，推动县域经济发展。')).toEqual(['3815战略']); // 云南 县 2023
    expect(names('全面实施“大孵化器”战略，推动创新资源集聚。')).toEqual(['大孵化器战略']); // 南山区 2016
    expect(names('继续实施“走出去”战略，拓展国际市场。')).toEqual(['走出去战略']);
    expect(names('统筹推进“四个全面”战略布局。')).toEqual([]);
    expect(names('“双区驱动”战略全面形成。')).toEqual([]);
    expect(names('全力以赴推进“3+3”战略示范工程建设。')).toEqual([]);
    expect(names('统筹实施“四大板块”和“三个支撑带”战略组合。')).toEqual([]);
    expect(names('聚焦“9+2”战略性新兴产业，培育产业集群。')).toEqual([]);
  });

  it('names a deployment, a framework or a set of tasks a committee numbers by its parts', () => {
    expect(names('认真落实省委“2+3+7”工作部署和市委“2+6+6”工作安排，推动高质量发展。')).toEqual([
      '2+3+7工作部署',
      '2+6+6工作安排',
    ]);
    expect(names('围绕县委“654321”战略部署，推进各项工作。')).toEqual(['654321战略部署']);
    expect(names('牢牢把握“一体两翼三支撑”战略框架和重大任务。')).toEqual(['一体两翼三支撑战略框架']);
    expect(names('全县率先完成义务教育“7090”攻坚任务。')).toEqual(['7090攻坚任务']);
    // Said in words, a deployment is of an aim; the quote must be right before the head.
    expect(names('按照市委“建设现代化国际大都市”工作安排，全面推进各项工作。')).toEqual([]);
    expect(names('落实市委“稳增长”工作部署。')).toEqual([]);
    expect(names('围绕“12+6”产业集群战略部署，培育新兴产业。')).toEqual([]);
    const keys = splitSentences('落实市委“2+6+6”工作部署。按照市委“2＋6＋6”工作安排。', [])
      .flatMap(quotedPrograms)
      .map((p) => p.key);
    expect(new Set(keys).size).toBe(1);
  });

  it('names a package of measures dealt as a combination under a counted name, not a list of its measures', () => {
    expect(names('果断实施逆周期“四稳”“四保”组合拳。')).toEqual(['四稳', '四保']);
    expect(names('打好外贸、外资、外经“三外协同”组合拳，稳步扩大开放。')).toEqual(['三外协同']);
    expect(names('打好“建、租、购”组合拳，增加住房供给。')).toEqual([]);
    expect(names('打出“补贴+减免+促销活动”组合拳。')).toEqual([]);
    expect(names('打好“1+5+N”产业政策组合拳。')).toEqual([]);
  });

  it('names a policy abbreviated by counts that a verb right before it carries out, alone or as a task', () => {
    expect(names('着力抓好“双推进”，经济实现稳健发展。')).toEqual(['双推进']); // 政府工作报告
    expect(names('扎实做好“四稳”工作、全面落实“四保”任务，稳住经济大盘。')).toEqual(['四稳工作', '四保']);
    expect(names('大力推进“两沿一化”。')).toEqual(['两沿一化']); // a heading of a work report
    expect(names('二是着力抓好“两去一补”，供给结构有所改善。')).toEqual(['两去一补']);
    // Places and lines, documents, ideas, a rule only put into practice, a noun after the quote.
    expect(names('严格落实“两区两线”，守住耕地红线。')).toEqual([]);
    expect(names('推进“两规划两指引”，优化空间布局。')).toEqual([]);
    expect(names('增强“四个意识”、坚定“四个自信”。')).toEqual([]);
    expect(names('落实“三早”“三集中”，坚决打赢疫情防控阻击战。')).toEqual([]);
    expect(names('推进“双碳”目标实现。')).toEqual([]);
  });

  it('names a development strategy or a set of tasks numbered by its parts, not one said in words', () => {
    expect(names('聚焦“336”发展战略和打造康养旅游城市的定位布局。')).toEqual(['336发展战略']);
    expect(names('锚定“45797”工作任务，全力上项目、抓经济。')).toEqual(['45797工作任务']);
    expect(names('实施“一轴两翼”发展战略，统筹城区规划。')).toEqual(['一轴两翼发展战略']);
    expect(names('实施“文化+”产业融合发展战略，培育创意品牌。')).toEqual(['文化+产业融合发展战略']);
    expect(names('坚持“高端引领、创新驱动”发展战略。')).toEqual([]);
    expect(names('圆满完成“稳增长”工作任务。')).toEqual([]);
  });

  it('names a counted package of batches whatever noun follows it', () => {
    expect(names('坚持全域全员抓项目，采取“五个一批”路径，全力扩投资。')).toEqual(['五个一批']); // 云南 县 2023
    expect(names('深化“四个一批”项目管理，重点项目完成投资189亿元。')).toEqual(['四个一批']); // 陕西 区 2025
    expect(names('推动“三个一批”、“两个一批”落地见效。')).toEqual(['三个一批', '两个一批']);
    expect(names('严格落实“四个不摘”要求。')).toEqual([]);
  });

  it('names a loan a government offers, not a loan that is a fraud', () => {
    expect(names('组织政银企对接活动11场次，办理“税银贷”12.7亿元。')).toEqual(['税银贷']); // 陕西 区 2025
    expect(names('推广“园区贷”“龙数贷”等金融产品。')).toEqual(['园区贷', '龙数贷']); // 龙华区
    expect(names('扩展“信易贷”覆盖范围，支持中小企业融资。')).toEqual(['信易贷']);
    expect(names('打掉“套路贷”犯罪团伙8个。')).toEqual([]);
    expect(names('严厉打击变相校园贷、“套路贷”等违法行为。')).toEqual([]);
  });

  it('gives each quoted name run before a programme head that head', () => {
    expect(names('深入实施“凤凰英才”“卓越工程师”计划，协同共建海外人才工作站。')).toEqual([
      '凤凰英才计划',
      '卓越工程师计划',
    ]);
    expect(names('深入开展“千企帮千镇”“万企兴万村”行动，广泛发动社会力量参与。')).toEqual([
      '千企帮千镇行动',
      '万企兴万村行动',
    ]);
    expect(names('扩大“组合港”、“一港通”试点，强化贸易航运枢纽功能。')).toEqual(['组合港试点', '一港通试点']);
    expect(names('健全“每周一议”“每周一评”机制，深化类案治理。')).toEqual(['每周一议机制', '每周一评机制']);
  });

  it('gives each quoted name run before an activity or a system that head', () => {
    expect(names('深入开展“万名干部助企行”“我为企业找市场”活动，助企纾困。')).toEqual([
      '万名干部助企行活动',
      '我为企业找市场活动',
    ]);
    expect(names('窗口全面实行“一口受理”、“限时办理”制度。')).toEqual(['一口受理制度', '限时办理制度']);
  });

  it('keeps a name that ends in a head of its own whole', () => {
    expect(names('组织开展“法治建设年”活动。')).toEqual(['法治建设年']); // 延庆区 2021
  });

  it('takes no code of figures for a program without its head', () => {
    expect(names('实施“5+1+N”集群梯次发展战略。')).toEqual([]); // 龙华区 2024
    expect(names('优化落实“1+5+7”政策，精准投放产业扶持资金。')).toEqual([]); // 坪山区 2020
    expect(names('按照“153010”原则，日均设置采样点。')).toEqual([]); // 宝安区 2023
  });

  it('takes no slogan, honour, brand or place in quotes for a program', () => {
    expect(names('构建“大巡查、大智慧、大执法”的管理架构。')).toEqual([]); // 罗湖区 2017
    expect(names('获评“全国文明单位”称号，推进“志愿者城区”常态化建设。')).toEqual([]); // 盐田区 2019
    expect(names('擦亮“活力广东·时尚湾区”文旅品牌。')).toEqual([]); // 广东省 2023
    expect(names('完善“在盐田”APP服务功能。')).toEqual([]); // 盐田区 2018
    expect(names('严格落实“四个不摘”要求。')).toEqual([]); // 广东省 2021
  });

  it('ends no name at a one-character head that opens the next word', () => {
    expect(names('培育“6+1”战新产业集群，打赢“绿野”战。')).toEqual(['绿野战']);
  });

  it('takes no quotes that 等 and a kind of thing after them name as things', () => {
    expect(names('开通“湾区快线”“夜行快巴”等特色公交线。')).toEqual([]);
    expect(names('推进“乐学周末”“邻里课堂”等文化活动。')).toEqual(['乐学周末', '邻里课堂']);
  });

  it('ends no name at 服务 where a noun the tagger misses goes on', () => {
    expect(names('上线“港i通”企业服务小程序。')).toEqual([]);
    expect(names('组建“春芽计划”服务专班。')).not.toContain('春芽计划服务');
    expect(names('推出“暖心办”服务新模式。')).toEqual(['暖心办服务新模式']);
    expect(names('推行“暖心办”服务。')).toEqual(['暖心办服务']);
  });

  it('ends a quoted name at a verb between the quote and a head', () => {
    expect(names('第一批嵌入式养老综合体“光明荟”累计接待服务群众7万余人。')).toEqual([]); // 光明区 2022
    expect(names('在全区各部门建立健全“四个一”应急响应机制。')).toEqual(['四个一应急响应机制']); // 光明区 2021
  });

  it('keeps a run of service models and a model named as a brand', () => {
    expect(names('全面推行审批服务“马上办、网上办、就近办”。')).toEqual(['马上办、网上办、就近办']); // 光明区 2021
    expect(names('持续擦亮政务服务“光速办”品牌。')).toEqual(['光速办']); // 光明区 2021
  });

  it('takes the title a place campaigns for as the campaign', () => {
    expect(names('创建“全国法治政府建设示范区”。')).toEqual(['全国法治政府建设示范区']); // 延庆区 2021
  });

  it('takes no built thing, count of programmes, predicate noun or run of roles in quotes', () => {
    expect(names('推动“横岗眼镜”总部大厦建设。')).toEqual([]); // 龙岗区 2018
    expect(names('开展“十大专项行动”和“十大品牌活动”。')).toEqual(['十大专项行动']); // 福田区 2017
    expect(names('坚持把招商作为经济发展的“源动力工程”。')).toEqual([]); // 坪山新区 2014
    expect(names('积极推行“定员+网格管理员+义工+楼栋长+热心居民”模式。')).toEqual([
      '定员+网格管理员+义工+楼栋长+热心居民模式',
    ]);
    expect(names('开展“百年激荡 文化铸魂”系列展演。')).toEqual([]); // 龙华区 2022
    expect(names('落实“面积约1平方公里、问题处置路程不超10分钟”原则。')).toEqual([]); // 龙华区 2019
  });

  it('keeps a quoted term of a title only when it is a name of four characters or more', () => {
    const found = splitSentences('出台了《“五心”警务室考评规范》。', []).flatMap(quotedPrograms);
    expect(found).toEqual([]); // 盐田区 2017
  });

  it('takes a year as a campaign only when it names one', () => {
    expect(names('吸引一大批珍稀鸟类“过年”。')).toEqual([]); // 福田区 2022
    expect(names('深入开展“作风建设提升年”活动。')).toEqual(['作风建设提升年']); // 罗湖区 2015
    expect(names('对“散乱污”企业进行集中整治。')).toEqual([]);
  });

  it('takes no head after a run that ends in 、 and no levels joined by -', () => {
    expect(names('坚持拓展“增量”、服务“存量”，经济发展实现新提升。')).toEqual([]); // 罗湖区 2017
    expect(names('深化“街道-社区-小区-家庭”四级养老服务网络。')).toEqual([]); // 罗湖区 2021
    expect(names('开展“宝安四宝”评选活动。')).toEqual([]); // 宝安区 2016
  });

  it('takes no brand of activities and no corridor being built', () => {
    expect(names('擦亮“书话坪山”“共读一本书”等活动品牌。')).toEqual([]); // 坪山区 2023
    expect(names('推进“塘朗山-安托山-儿童乐园”西部山海通廊建设。')).toEqual([]); // 南山区 2023
  });

  it('takes no plan named by its length and no period of work', () => {
    expect(names('继续开展植树造林“五年行动计划”。')).toEqual([]); // 广东省 2014
    expect(names('一、“十二五”时期工作回顾')).toEqual([]); // 大鹏新区 2016
  });

  it('takes no bare head, counted class or lesson in quotes for a program', () => {
    expect(names('推动海绵城市由“试点”向“示范”升级。')).toEqual([]); // 光明区 2023
    expect(names('（四）以三大“攻坚工程”为抓手，有效释放经济增长动能。')).toEqual([]); // 宝安区 2019
    expect(names('观澜“守望田野”作为全市唯一项目入选。')).toEqual([]); // 龙华区 2024
    expect(names('向全国推广“福田经验”。')).toEqual([]); // 福田区 2023
  });

  it('takes no principle, aim or motto in quotes for a program', () => {
    expect(names('落实“谁审批谁监管”“谁主管谁负责”的监管责任制。')).toEqual([]);
    expect(names('努力实现“学有优教、病有良医”，建设“住有宜居”新高地。')).toEqual([]);
    expect(names('多作“能不能办”的价值判断。')).toEqual([]);
    expect(names('“大胆抓改革”，广泛征集改革建议。')).toEqual([]);
    expect(names('推进“最多跑一次”改革。')).toEqual(['最多跑一次改革']);
  });

  it('takes no honour, cohort, count of titles or count of areas for a program', () => {
    expect(names('区应急局获评全省“森林防火”工作先进单位。')).toEqual([]);
    expect(names('两项改革双双跻身改革“英雄榜”双满分项目。')).toEqual([]);
    expect(names('“三跟策略”指保障性住房建设跟着园区走。')).toEqual([]);
    expect(names('累计培养“未来少年”300名。')).toEqual([]);
    expect(names('创建“绿色示范社区”12个。')).toEqual([]);
    expect(names('加快建设“百校扩容工程”10所学校。')).toEqual(['百校扩容工程']);
    expect(names('全力抓好“五个方面”工作。')).toEqual([]);
    expect(names('开展“森林防火”专项行动。')).toEqual(['森林防火专项行动']);
  });

  it('keeps a campaign year named before 的', () => {
    expect(names('区委部署“基层服务提升年”的各项任务。')).toEqual(['基层服务提升年']);
  });

  it('drops footnote markers from a quoted name', () => {
    expect(names('认真开展“五清”[17]专项行动。')).toEqual(['五清专项行动']); // 罗湖区 2019
  });

  it('says why a quoted core names no program', () => {
    expect(notQuotedName('1+6+4')).toBe('code');
    expect(notQuotedName('走出去、引进来')).toBe('slogan list');
    expect(notQuotedName('罗湖互联网产业集聚区')).toBe('place, facility or title');
    expect(notQuotedName('海事18条')).toBe('a document');
    expect(notQuotedName('深化国际船舶登记制度改革')).toBe('a task');
    expect(notQuotedName('孔雀计划')).toBeNull();
  });

  it('takes no counted slogan or vision of a place being built for a program', () => {
    expect(names('协调推进“四个全面”建设，全面打造“新活力新南湖”建设。')).toEqual([]);
    expect(names('推进“智慧城市”建设，实施“十大工程”建设。')).toEqual(['十大工程']);
  });

  it('takes no counted items, listed projects, period projects or manner of oversight for a program', () => {
    expect(names('全年完成312件“两新”工作，整治56条“背街小巷”道路。')).toEqual([]);
    expect(names('加快推进科技园、产业园等“零能耗”示范项目建设。')).toEqual([]);
    expect(names('谋划一批“十六五”重大项目。')).toEqual([]);
    expect(names('全力冲刺“十六五”工作。')).toEqual([]);
    expect(names('强化“全链条式”监管，推行“保姆式”服务。')).toEqual(['保姆式服务']);
  });

  it('ends a quoted name before the list it names', () => {
    expect(names('建立“点菜式”服务清单。')).toEqual([]);
    expect(names('坚持“稳字当头”工作总基调。')).toEqual([]);
  });

  it('takes no quote before a counted name or a run of ideas for a program', () => {
    expect(names('构建“一网统管”八项机制。')).toEqual([]);
    expect(names('深化“绿色出行”“慢行优先”理念。')).toEqual([]);
    expect(names('实施“青苗培育”“工匠培养”三大计划。')).toEqual(['青苗培育', '工匠培养']);
  });

  it('keeps the years a campaign runs in its name', () => {
    expect(names('全力实施“路畅街净”三年行动。')).toEqual(['路畅街净三年行动']);
    expect(names('（十）“智慧园区”建设三年行动。')).toEqual(['智慧园区建设三年行动']);
    expect(names('连续三年开展“清河净岸”行动。')).toEqual(['清河净岸行动']);
    expect(names('深入推进“利剑护苗”百日行动。')).toEqual(['利剑护苗百日行动']);
  });

  it('ends a quote’s name at a verb between the quote and a head', () => {
    expect(names('对“散乱污”实行全链条式监管。')).toEqual([]);
    expect(names('以“马上就办”态度做好企业服务。')).toEqual([]);
  });

  it('takes a quoted post or gateway for a place, not a program', () => {
    expect(names('设立“暖心驿站”，开启“湾区东大门”“西部门户”建设。')).toEqual([]);
    expect(names('完善“流动警务室”等机制。')).toEqual([]);
  });

  it('takes a quoted count of one, a thing or the project of building it for no program', () => {
    expect(names('打响“一场攻坚战”。')).toEqual([]);
    expect(names('推进“山海”仪式堂建设，打通消防“生命通道”。')).toEqual([]);
    expect(names('推进“智能算力设施”项目。')).toEqual([]);
    expect(names('实施“一村一品”工程。')).toEqual(['一村一品工程']);
  });

  it('names a policy by the quote right before 政策, and abbreviated undertakings before 建设', () => {
    // 北京市 2026, 深圳市 2021, 宝安区 2022, 福田区 2021 work reports.
    expect(names('因地制宜用好“两重”“两新”政策，积极争取资金。')).toEqual(['两重政策', '两新政策']);
    expect(names('严格落实“积分入学”政策，保证入学机会公平。')).toEqual(['积分入学政策']);
    expect(names('全面深化“两区”建设，实施自贸试验区提升战略行动。')).toEqual(['两区建设']);
    expect(names('抢抓“双区”建设重大机遇。')).toEqual(['双区建设']);
    // Circles and belts of cities are developed as zones are; venues and parks are built.
    expect(names('聚焦“两带”建设这个主战略，深化区域合作。')).toEqual(['两带建设']);
    expect(names('积极参与“一带”建设，拓展开放空间。')).toEqual(['一带建设']);
  });

  it('finds no policy in a document, a package, a figure or a quote that qualifies a field, and no venues', () => {
    expect(names('及时出台暖企“十条”政策。')).toEqual([]);
    expect(names('全力落实“一揽子”政策。')).toEqual([]);
    expect(names('出台“1+N+S”政策操作规程。')).toEqual([]);
    expect(names('落实“1+4+5”产业扶持政策。')).toEqual([]);
    expect(names('依托“双谷”建设，推动创新链和产业链融合发展。')).toEqual([]);
  });

  it('gives the head after a run of abbreviations to every one of them', () => {
    // Work reports of provinces and districts, 2020–2022 (“六稳”“六保”), and a footnote marker.
    expect(names('继续做好“六稳”“六保”工作，持续改善民生。')).toEqual(['六稳工作', '六保工作']);
    expect(names('扎实做好“六稳”“六保”〔2〕工作。')).toEqual(['六稳工作', '六保工作']);
    expect(names('抓好“双治”、“五化”工作，集中整治城中村环境卫生。')).toEqual(['双治工作', '五化工作']); // 罗湖区 2014
    // Only abbreviations share it: a name of its own before a quoted one keeps to itself.
    expect(names('推行“马上办”“先照后证”改革。')).toEqual(['马上办', '先照后证改革']);
  });

  it('names campaigns by 会战 and 攻势 and a policy made per unit (一X一策), never the bare head', () => {
    expect(names('加快基础设施建设，打好“交通大会战”。')).toEqual(['交通大会战']); // 广东省 2014
    expect(names('开展“交通大会战”，加快项目建设。')).toEqual(['交通大会战']);
    expect(names('开展治水“秋冬攻势”。')).toEqual(['秋冬攻势']);
    expect(names('坚持“一城一策”、因城施策，促进房地产市场平稳健康发展。')).toEqual(['一城一策']); // 广东省 2021
    expect(names('突出“一业一策”，完善企业人才服务配套措施。')).toEqual(['一业一策']); // 深圳 district
    expect(names('集中精力打好交通建设“大会战”。')).toEqual([]);
    expect(notQuotedName('攻势')).toBe('bare head');
  });

  it('names a service model whose matters are counted (210项“…通办”事项)', () => {
    expect(names('推出229项“主题办”事项、206项“一次办”事项。')).toEqual(['主题办', '一次办']); // 深圳 district
    expect(names('累计推出119个“高效办成一件事”重点事项。')).toEqual(['高效办成一件事']);
    expect(names('新增150项“跨省通办”事项，方便群众办事。')).toEqual(['跨省通办']);
    // Matters of a kind that is no service model, and works counted, stay unnamed.
    expect(names('梳理公布105项“免申即享”事项。')).toEqual([]);
    expect(names('完成98条“美丽街巷”道路整治。')).toEqual([]);
  });

  it('names a line of work numbered by a code, never one said in words', () => {
    // City work reports: a numbered strategy, and the slogans and periods that are none.
    expect(names('按照“2468”总体工作思路，统筹发展和安全。')).toEqual(['2468总体工作思路']);
    expect(names('围绕“一、二、三、四”发展思路，落实各项任务。')).toEqual([]); // 深圳 new area 2014
    expect(names('科学谋划“十五五”发展思路。')).toEqual([]);
  });

  it('names a series by its quote when a count of its parts stands before its head', () => {
    expect(names('部署开展“学理论、悟思想、见行动”八个方面系列活动，开展政治轮训。')).toEqual([
      '学理论、悟思想、见行动',
    ]);
    expect(names('开展“我为群众办实事”三项系列活动，解决急难愁盼问题。')).toEqual(['我为群众办实事']);
    // One quote before counted mechanisms says what they are like; a series with no count is an event.
    expect(names('建立“一网协同”五项机制。')).toEqual([]);
    expect(names('举办“四季之声”系列音乐会。')).toEqual([]);
  });

  it('names a course of study a government runs under a quoted name', () => {
    expect(names('举办“学习贯彻党的二十大精神推进法治政府建设”专题培训班，提升能力。')).toEqual([
      '学习贯彻党的二十大精神推进法治政府建设专题培训班',
    ]);
    expect(names('举办“依法行政能力提升”研讨班。')).toEqual(['依法行政能力提升研讨班']);
    expect(names('举办“圆梦光明”学历教育和技能培训班。')).toEqual([]);
  });

  it('names a means joined to a field of work by +, run alone by the verb before it', () => {
    expect(names('推行“互联网+政务服务”，实现一网通办。')).toEqual(['互联网+政务服务']);
    expect(names('压减和规范督查检查考核事项，实施“互联网+督查”。')).toEqual(['互联网+督查']);
    expect(names('重点餐饮单位全面实行“互联网＋明厨亮灶”。')).toEqual(['互联网＋明厨亮灶']);
    // One of several models, what a noun after it is like, or not run by the verb: no name.
    expect(names('大力推行“总部+基地”“研发+制造”等外溢发展模式。')).toEqual([]);
    expect(names('实施“资本+创新”双轮驱动。')).toEqual([]);
    expect(names('发展“互联网+医疗健康”。')).toEqual([]);
  });

  it('names a procedure in parts of who and what is done, run by the verb before it', () => {
    expect(names('80项事项全量实现“前台受理、后台分类审核、综合窗口出件”，户政业务通办。')).toEqual([
      '前台受理、后台分类审核、综合窗口出件',
    ]);
    expect(names('推行“企业吹哨、部门报到”。')).toEqual(['企业吹哨、部门报到']);
    // Slogans open with their verb; a procedure not alone in its clause is what a noun is like.
    expect(names('实现“学理论、悟思想、见行动”。')).toEqual([]);
    expect(names('实行“企业吹哨、部门报到”工作方式，“一次申报”。')).toEqual([]);
  });

  it('names a service window set up under a quoted name', () => {
    expect(names('设立公安服务事项“办不成”反映窗口108个。')).toEqual(['办不成反映窗口']);
    expect(names('全市政务服务中心开设“跨省通办”专窗。')).toEqual(['跨省通办专窗']);
    expect(names('当好“两个重要窗口”的窗口。')).toEqual([]);
  });

  it('names a series of campaigns under a quoted name, and a programme whose reach is said after it', () => {
    expect(names('开展“雷霆”系列专项行动。')).toEqual(['雷霆系列专项行动']);
    expect(names('开展“助企行”系列行动，挂点服务重点企业。')).toEqual(['助企行系列行动']);
    expect(names('大力实施“城市质量提升年”系列行动。')).toEqual(['城市质量提升年']);
    expect(names('举办“深港文化月”系列活动。')).toEqual([]);
    expect(names('推进行政执法“三项制度”全覆盖。')).toEqual(['三项制度']);
    expect(names('深入推进“双随机、一公开”监管全覆盖。')).toEqual(['双随机、一公开监管']);
  });

  it('names the publicity of law of a five-year period as a campaign, and no other 普法 after a quote', () => {
    expect(names('圆满完成“六五”普法，启动“七五”普法。')).toEqual(['六五普法', '七五普法']);
    expect(names('实施“七五”普法规划。')).toEqual(['七五普法规划']);
    expect(names('开展“法律明白人”普法。')).toEqual([]);
  });
});
