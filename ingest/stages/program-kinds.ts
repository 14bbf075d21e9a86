// What a whole program name says it is, whatever rule found it: a plan, a class, a manner, a
// title, the works of one facility or a phase of them rather than a programme. Reads the name
// alone; the words around it are program-context.ts's.
import { OFFENCE } from './program-names.js';

/** A five-year period's plan (“十四五”规划, 七五普法规划): the annotation counts it a programme. */
const FIVE_YEAR = /^[“"]?(十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?/;
/** A phase of works inside a name: 二期, 三期、四期, （一期）, 第二阶段. */
const PHASE =
  /[（(]?第?(?:[一二三四五六七八九十\d]+期?[、和])*[一二三四五六七八九十\d]+期(?![间限货])[）)]?、?|第?[一二三四五六七八九十]+阶段/g;
/** A name with no words of its own once its phase is gone (一期、二期工程, 二期扩建工程). */
const ONLY_PHASE =
  /^(?:[一二三四五六七八九十\d]+期?[、和])*[一二三四五六七八九十\d]+期(?:新建|扩建|改造|建设)?(工程|项目)$/;

// One built thing: a road, a river, a building, a park, a plant. 街 and a bare 院 are left out
// (街道 is a subdistrict, …学院 a faculty as often as not), and so are schools of a class
// (民办学校) and 道路 alone, which names roads of every kind.
const FACILITY =
  '(?:(?<!道)路|大道|公路|快速路|高速|步行街|泵站|涌|蓄滞洪区|桥|隧道|隧洞|立交|河|河道|干流|支流|水库|海堤|港|港区|航道|码头|厂|粮库|' +
  '医院|病院|卫生院|保健院|保院|[一二三四五六七八九]院|新院|福利院|养老院|(?<!民办|公办|中小|薄弱|农村|乡村)学校|中学|小学|幼儿园|大楼|综合楼|门诊楼|住院楼|公园|湿地|食堂|通道|天桥|古城|绿道|碧道|步道|干管|管网|枢纽|机场|场馆|体育馆|体育中心|[东南西北中]段|' +
  '灌区|连廊|所城|遗址|故居|旧址|古村落|古建筑群|变电站|宗祠|祠堂|书院|炮台|碉楼|围屋|' +
  // 区文化馆改造工程, 当代艺术馆…展览馆工程: a venue, a theatre, a plant.
  '文化馆|图书馆|博物馆|美术馆|科技馆|展览馆|档案馆|剧院|水厂|电厂|' +
  // 银湖片区…改造工程, 玉龙填埋场环境修复工程, …墓园骨灰楼改造工程: a named area, a landfill, a
  // cemetery, a power station, a pipeline (微片区 are many small areas, 片区 alone any of them).
  '(?<=[\\u4e00-\\u9fff]{2})(?<!微)片区|填埋场|墓园|骨灰楼|电站|输油管线|古墟|老围|中心区)';
/** Works a facility ends with: building, widening, renovating it (…中学改扩建, …大道快速化). */
const BUILT =
  '(?:改扩建|扩建|新建|迁建|重建|拆除重建|改造|升级改造|提标改造|修缮|综合整治|整治|提升|改造提升|' +
  '[东南西北]延|快速化|连通|截排|土建|提标|完善|升级|加固|修复|建设|治理|保护|文物保护|拓宽|' +
  // …涌片区排涝工程, …河景观工程: what is done to one river or site.
  '排涝|景观|调整|美化|' +
  // …水库水源水质保障, …河生态补水, …河复明, …片区交通微循环: what is done to one reservoir, river or area.
  '水质保障|水源保障|水质提升保障|生态补水|复明|水环境改善|截污改善|生态修复|环境修复|治理修复|品质提升|' +
  '交通改善|交通微循环|景观提升|下沉|拆建|深度处理|环湖|造湖|贯通|硬底化|资源化利用|再生水利用|活化改造|保护性开发)';
/** The works of one facility: named by the facility, perhaps with what is done to it. */
const FACILITY_WORKS = new RegExp(`${FACILITY}(?:[^，、]{0,14}${BUILT})?(?:近期|远期|首期|后续)?$`);
/**
 * The works of one line between two places or of its section (…至…特高压工程, 城际…至…口岸段工程,
 * …直流输电深圳段工程): one site's, as a road's or a river's are.
 */
const LINE_WORKS = /^[\u4e00-\u9fff]{2,}至[\u4e00-\u9fff]{2,}.*工程$|[\u4e00-\u9fff]{2}段工程$/;
/** What is done to one facility, said without 工程 (湛江机场迁建, 中海油电厂升级改造). */
const FACILITY_BUILT = new RegExp(`${FACILITY}[^，、]{0,14}${BUILT}$`);
/** One road, river or bridge by its name, or a phase of it (鼓楼路, 清平高速二期). */
const ONE_LINE =
  /^[\u4e00-\u9fff]{2,6}(?<![道公国省县乡])(路|大道|快速路|高速|桥|隧道|河)(第?[一二三四五六七八九十]期)?$/;
/** The remediation of one river or site said without 工程 (青溪河综合整治). */
const RIVER_WORKS = new RegExp(`${FACILITY}(综合整治|整治提升)$`);
/**
 * Parts of building anything, the building of a house and a supply line (…中心桩基工程, …片区内涝整治工程,
 * …中心改扩建工程, “三馆”主体工程, …基因库基础工程): the works of one site.
 */
const SITE_WORKS =
  /(桩基|桩基础|基坑|土建|装修|装饰|装修改造|开槽|填海|围填海|场平|截污|内涝整治|易涝点整治|雨污分流|改扩建|扩建|迁建|重建|管线调整|管道调整|主体|基础|调蓄|引水|供水|供电|供气|输变电)$/;

/**
 * The name without the phase of its works (供水入户五期工程 → 供水入户工程, “…”二期建设); a
 * name of four characters or less once its phase is gone (轨道交通工程) names a kind of works,
 * not the project, and is left as it is for notAProgram to judge.
 */
export function withoutPhase(name: string): string {
  // A programme's building goes in phases only when the phase comes right before 建设.
  if (!/(工程|项目|期[）)]?建设)$/.test(name) || ONLY_PHASE.test(name)) return name;
  const folded = name.replace(PHASE, '');
  return folded.replace(/(建设)?(工程|项目)$/, '').length <= 4 ? name : folded;
}

/**
 * Undertakings named by rank or level alone (区级重点改革, 省级改革试点, 重点领域专项行动,
 * 重大标志性工程): a class of them, none named.
 */
const BY_RANK =
  /^(国家级|省级|市级|区级|市区)?(重点|重大)?(领域|行业领域|行业|标志性|项目|项目建设|示范区)?(改革|试点|改革试点|工程|专项整治行动|专项行动|整治行动|行动|建设)$/;

/**
 * A head alone or a count of campaigns with nothing but a kind of work (九大攻坚行动, 五大提升
 * 行动, 专项整治行动): several campaigns or none, not one named (八大健康促进行动 says which).
 */
const BARE_CAMPAIGN = /^([一二三四五六七八九十两]+大)?(专项)?(打击)?(整治|提升|攻坚|集中整治)?(行动|攻坚战|工程)$/;

/**
 * A count of undertakings over a bare field (十大人才工程, 八大减排行动) or after items joined by 和
 * (饮水改造和致富四大帮扶工程): several campaigns or works, each its own programme. A count with
 * what it promotes (八大健康促进行动) or after a package's name (碳达峰十大行动, “拓空间、保发展”十大
 * 专项行动: a 、 may be the package's own) says which.
 */
const COUNTED_HEAD =
  /(^[一二三四五六七八九十两]+大[\u4e00-\u9fff]{0,2}|[和与及][^、和与及]{0,6}[一二三四五六七八九十两]+大[\u4e00-\u9fff]{0,4})(工程|项目|行动|行动计划|计划|攻坚战|活动|模式)$/;

/**
 * A package the report quotes by its count and a campaign's, plan's or works' head (“三大攻坚战”,
 * “六大工程”, “十大行动计划”, “八大重点工程”, “七大计划”, “五大攻坚”, “六大专项”): the quote makes
 * the count its name. A count of aims, fields or places (“三大产业”, “四大板块”, “五大突破”) has no
 * such head.
 */
const QUOTED_PACKAGE =
  /^[一二三四五六七八九十两]+大[\u4e00-\u9fff]{0,2}?(工程|行动|行动计划|计划|攻坚战|攻坚行动|攻坚|专项行动|专项)$/;

/** True when a quoted core is a package named by its count (“三大攻坚战”, “十大工程”). */
export function namesPackage(core: string): boolean {
  return QUOTED_PACKAGE.test(core);
}

/**
 * The building of things, not of a programme (“一水”拆迁安置房建设, “9+3+1+N”医院项目建设,
 * “四主四辅”铁路枢纽建设, …防疫装备建设): equipment, halls, wharves, hubs, greenways, housing, a
 * laboratory, a hospital, or a set of construction projects named by its count or its kind.
 */
const THINGS_BUILT =
  /(设备|装备|大厅|码头|码头体系|枢纽|绿道|通廊|站点|安置房|实验室|医院|围网|大道|项目)(规划|开发)?建设$/;

/**
 * A reform named by its quality, scale or order alone (集成式改革, 创造型引领型改革, 基础性关键性改革,
 * 更高目标改革, 后续配套改革, “十项改革”): how the reforms are, not which.
 */
const QUALITY_REFORM =
  /^(?:[一二三四五六七八九十]+项|更高目标|更高层次|集成式|孤岛式|碎片化|创造型|引领型|基础性|关键性|战略性|战役性|战略战役性|突破性|系统性|后续|配套|后续配套|自身|政府自身|走特色|动态完善|深层次|关键领域|关键环节)+改革$/;

/**
 * A set of documents (“1+N”政策体系, “龙聚坪山”人才政策体系, 科研“政策包”, 法律法规和规章制度):
 * policies issued, not an undertaking; their documents are regulations.
 */
const DOCUMENTS = /(政策体系|政策制度体系|政策包|规章制度)(建设)?$/;

/**
 * Works or programmes of a level and a rank (国家重大人才工程, 省市重大人才工程: whichever the state
 * or the province lists) and small works of any kind (小额建设工程, 小额修缮工程): a class of them.
 */
const RANKED_WORKS =
  /^(国家|省|市|区|省市|国家和省|省级|市级|区级)(重大|重点)[\u4e00-\u9fff]{2}(工程|项目)$|小额[\u4e00-\u9fff]{0,2}工程$/;

/**
 * Undertakings listed one after another, each with its own head (改革攻坚年、工作落实年, 师资队伍建设、
 * 校园文化建设、教育教学改革): several programmes, not one; a mechanism or rule of several acts
 * (动态管理、全程公示制度) is one.
 */
const LISTED = /^[^、]*(年|建设|改革)、.*(年|建设|改革)$/;

/** A body a programme may set up, not the programme: 工匠联盟, 诚信联盟, …研究院, …心理门诊. */
const ORGANISATION = /(联盟|协会|商会|学会|基金会|联合会|研究院|研究所|门诊)$/;

/** A manner of serving or supervising (“保姆式”服务, 菜单式管理); 一站式, 一门式 name models. */
const MANNER = /^(?!一)[\u4e00-\u9fff]{1,3}式[\u4e00-\u9fff]{0,4}(服务|管理|监管|帮扶|资助)$/;
/** A title a person wins in a campaign (“文明司机”, 环保达人, 十佳市民): no programme. */
const TITLE = /(达人|之星|标兵|能手|楷模|司机|市民|榜样)$/;

/**
 * A system of the state, not an undertaking of government: the socialist system and its basic
 * economic, political or land-holding systems, self-government, the modern forms of enterprise,
 * property and public finance that reforms aim at, and any modern form named alone (社会主义基本
 * 经济制度, 民族区域自治制度, 现代企业制度, 现代学校制度).
 */
const STATE_SYSTEM =
  /(社会主义.*|基本(经济|政治|经营|分配)|自治|现代(企业|产权|财政))(制度|机制)$|^(中国特色)?现代化?[\u4e00-\u9fff]{1,4}制度$/;

/**
 * Why a whole name is no programme, or null. A programme is a named undertaking of government;
 * these are not: a plan other than a five-year period's (a plan is a document), a principle or
 * a system of the state, a garbled name (an unmatched bracket, a joiner first), a class by rank
 * or a bare count of campaigns, a manner of work, a person's title, the works of one facility or site (北岸海堤工程,
 * 滨海路扩建工程), a phase of works (unless `quoted`: the name as written has a quoted
 * programme in it), a field's long-term mechanism (防汛长效机制: every field has one;
 * 快递骑手工伤保障长效机制 says which).
 */
export function notAProgram(name: string, quoted = /[“"]/.test(name)): string | null {
  const bare = name.replace(/[“”"]/g, '');
  // 两癌）防治项目: a name read from inside a bracket is garbled.
  if ((bare.match(/[（(]/g) ?? []).length !== (bare.match(/[）)]/g) ?? []).length) return 'an unmatched bracket';
  if (/规划(纲要)?$/.test(bare) && !FIVE_YEAR.test(name)) return 'a plan';
  // A phase of works that does not fold into a project of its own name (二期扩建工程, 轨道交通五期工程).
  const phased = /(工程|项目)$/.test(bare) && bare.replace(PHASE, '') !== bare;
  if (phased && withoutPhase(bare) === bare) return 'a phase of works';
  // 供水入户五期工程, …二期建设项目: unquoted, a phase of works is the stage of one construction
  // project; a quoted programme's phase (“智慧港口”二期建设) folds into the programme.
  if (!quoted && withoutPhase(bare) !== bare) return "one project's phase";
  if (MANNER.test(bare)) return 'a manner of work';
  const quotedPackage = quoted && QUOTED_PACKAGE.test(bare);
  if (BARE_CAMPAIGN.test(bare) && bare.length > 2 && !quotedPackage) return 'no campaign named';
  if (COUNTED_HEAD.test(bare) && !quotedPackage) return 'several campaigns counted';
  if (ORGANISATION.test(bare)) return 'an organisation';
  if (THINGS_BUILT.test(bare)) return 'things built';
  if (QUALITY_REFORM.test(bare)) return 'reforms of a quality';
  if (DOCUMENTS.test(bare)) return 'a set of documents';
  if (RANKED_WORKS.test(bare)) return 'a class by rank';
  if (LISTED.test(bare)) return 'several listed';
  const ranked = BY_RANK.exec(bare);
  if (ranked && (ranked[1] || ranked[2])) return 'a class by rank';
  if (TITLE.test(bare)) return "a person's title";
  const works = /^(.+)工程$/.exec(withoutPhase(bare));
  if (works && (FACILITY_WORKS.test(works[1] ?? '') || SITE_WORKS.test(works[1] ?? ''))) return "a facility's works";
  if (LINE_WORKS.test(withoutPhase(bare))) return "a line's works";
  // “母亲河”青溪河综合整治: the remediation of one river is its works, said without 工程.
  if (RIVER_WORKS.test(bare)) return "a facility's works";
  // “两个坚持”原则: a principle is no programme; a procedure in two clauses (“先审查，后审议”
  // 原则) is, as the annotation counts it.
  if (/原则$/.test(bare) && !/，/.test(bare)) return 'a principle';
  // “十二类”违法犯罪活动: what the government fights, however it is counted, is no programme of its
  // own; the campaign against it says so (打击…专项行动).
  if (/活动$/.test(bare) && OFFENCE.test(bare) && !/打击|整治|专项|治理|严打/.test(bare)) return 'what is fought';
  if (STATE_SYSTEM.test(bare)) return 'a system of the state';
  // 福田十景, 八大景点: a set of sights counted is places, not an undertaking.
  if (/[一二三四五六七八九十]+(大)?(景|景点|胜景)$/.test(bare)) return 'a set of places';
  // 抗旱防汛重点工程建设, 民生重大项目: the key works of a field are a class of them.
  if (/(重点|重大)(工程|项目)(建设)?$/.test(bare)) return 'a class by rank';
  const field = /^(.+)长效机制$/.exec(bare)?.[1];
  if (field !== undefined && field.length <= 5) return "a field's long-term mechanism";
  // +旅游新模式: a name never opens with a joiner.
  if (/^[+＋·、—－]/.test(bare)) return 'garbled';
  return null;
}

/**
 * True for an item of a list that is the works of one site: works named by their facility and
 * what is done to it (湛江机场迁建, 盐梅路二期项目, 南坪快速二期工程), not a facility alone
 * (精品医院, which a programme may be listed with).
 */
export function oneSiteWorks(item: string): boolean {
  // 清平高速二期, 鼓楼路: a road's phase, or a road or river named alone, is one site.
  if (FACILITY_BUILT.test(item) || ONE_LINE.test(item)) return true;
  if (!/(工程|项目)$/.test(item)) return false;
  const why = notAProgram(item);
  return (
    why === "a facility's works" ||
    why === "a line's works" ||
    why === "one project's phase" ||
    why === 'a phase of works'
  );
}
