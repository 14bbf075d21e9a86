// The general vocabulary of Chinese government writing the rules are built from: body suffixes,
// administrative levels, document types, program heads, action verbs and measure words. It names
// kinds of things, never particular agencies, programs or documents of any report.

/** Bodies known across all documents: one node each, whatever report names them. */
export const NATIONAL_BODIES: Record<string, string> = {
  中共中央: '中共中央',
  党中央: '中共中央',
  国务院: '国务院',
  国务院办公厅: '国务院办公厅',
  中共中央办公厅: '中共中央办公厅',
  中央办公厅: '中共中央办公厅',
  全国人大常委会: '全国人民代表大会常务委员会',
  全国人民代表大会常务委员会: '全国人民代表大会常务委员会',
  全国人大: '全国人民代表大会',
  全国人民代表大会: '全国人民代表大会',
  全国政协: '中国人民政治协商会议全国委员会',
  // 第十九届中央委员会: in the reports of the genre, the party's central committee.
  中央委员会: '中共中央',
  最高人民法院: '最高人民法院',
  最高人民检察院: '最高人民检察院',
};

/** Administrative level characters a relative name starts with (区政府, 市委). */
export const LEVELS = '省市州盟县区旗镇乡';

/** Relative bodies: what follows the level character, and its canonical form. */
export const RELATIVE_BODIES: { surface: RegExp; canonical: (unit: string) => string }[] = [
  { surface: /^人民政府|^政府/, canonical: (u) => `${u}人民政府` },
  { surface: /^人大常委会|^人民代表大会常务委员会/, canonical: (u) => `${u}人大常委会` },
  { surface: /^人大/, canonical: (u) => `${u}人大` },
  { surface: /^政协/, canonical: (u) => `${u}政协` },
  { surface: /^纪委监委|^纪委/, canonical: (u) => `${u}纪委监委` },
  { surface: /^人民法院|^法院/, canonical: (u) => `${u}人民法院` },
  { surface: /^人民检察院|^检察院/, canonical: (u) => `${u}人民检察院` },
  { surface: /^委(?![员托屈婉实])/, canonical: (u) => `中共${u}委` },
];

/** Endings of agency names, longest first. */
export const AGENCY_SUFFIXES = [
  '人民代表大会常务委员会',
  '人大常委会',
  '常务委员会',
  '政府常务会议',
  '常务会议',
  '全体会议',
  '常务会',
  '常委会',
  '领导小组',
  '工作小组',
  '工作专班',
  '指挥部',
  '委员会',
  '人民政府',
  '人民法院',
  '人民检察院',
  '法院',
  '检察院',
  '办公室',
  '中心组',
  '小组',
  '团',
  '组',
  '检察室',
  '顾问室',
  '党校',
  '服务中心',
  '中心',
  '管理局',
  '分局',
  '监管局',
  '局',
  '厅',
  '总署',
  '部',
  '办',
  '司法所',
  '公证处',
  '派出所',
  '执法队',
  '大队',
  '支队',
  '中队',
  '党组',
  '党委',
  '工委',
  '管委会',
  '联合会',
  '工作站',
  '服务站',
  '政法委',
  '纪委监委',
  '纪委',
  '发改委',
  '发展改革委',
  '卫健委',
  '卫生健康委',
  '教委',
  '工委',
  '编委',
];

/** A suffix that ends a longer word that is not a body (布局, 委托). */
export const NOT_AGENCY_ENDINGS =
  /((?<!(?<![开再])创)新|开|布|格|大|结|全|当|时|变|骗|赌|出|入|加|战|残|饭|棋|终|破|定|困|僵|乱|胜|平|危|败|谋|好|好开)局$|(客|乐|餐|展|舞|歌|门|前|业|影)厅$|(邮|书|药|饭)局$|(?<!服务|政务|办事|办税)大厅$|会委$|(重心|核心|信心|决心|用心|民心|初心|中心城|小中心|大中心)$/;

/** Words that end a name when read leftwards from its suffix: verbs of clauses, prepositions. */
export const LEFT_STOPS = [
  '成立',
  '组建',
  '设立',
  '建立',
  '建成',
  '召开',
  '组织',
  '邀请',
  '发挥',
  '依托',
  '通过',
  '联合',
  '会同',
  '配合',
  '协调',
  '指导',
  '督促',
  '列席',
  '出席',
  '参加',
  '提请',
  '报请',
  '报送',
  '提交',
  '经',
  '由',
  '向',
  '在',
  '对',
  '和',
  '与',
  '及',
  '同',
  '以',
  '将',
  '被',
  '给',
  '为',
  '等',
  '了',
  '是',
  '好',
  '落实',
  '审查',
  '开展',
  '实施',
  '加大',
  '并',
  '把',
  '从',
  '到',
  '听取',
  '审议',
  '印发',
  '报告',
  '接受',
  '争创',
  '获评',
  '荣获',
  '成为',
  '代表',
  '畅通',
  '列入',
  '纳入',
  '现有',
  '以上',
  '支持',
  '其',
  '该',
  '本',
  '本单位',
  '本部门',
  '本级',
  '我区',
  '我市',
  '我省',
  '我县',
  '关于',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '六是',
  '七是',
  '八是',
  '九是',
  '十是',
  '更新',
  '建设',
  '打造',
  '全力',
  '推动',
  '实现',
  '完善',
  '健全',
  '加强',
  '强化',
  '深化',
];

/** Words ending in a level character that are no relative body (社区委员会, 城市政府). */
export const NOT_RELATIVE =
  /(社|城|园|景|辖|地|片|新|老|山|湾|校|小|街|林|矿|牧|灾|市|郊|全|各|本|该|一|两|多|城|都|超|股|楼|郡|节|反|乡)$/;

/** General action verbs: a program's name starts after them (纵深推进|国资国企改革). */
export const ACTION_VERBS =
  /(完成|做好|抓好|打好|打赢|推动|推进|深化|加强|强化|落实|实施|开展|启动|建立|健全|完善|探索|推行|创新|优化|提升|巩固|扩大|持续|全面|纵深|稳步|积极|扎实|深入|圆满|加快|大力|着力|不断|进一步|严格|规范|坚持|围绕|聚焦|针对|通过|依托|结合|按照|根据|实现|确保|保障|支持|鼓励|引导|组织|召开|举办|承办|参与|参加|配合|协调|指导|督促|监督|检查|审查|审议|听取|研究|部署|印发|出台|制定|修订|发布|编制|编印|推广|总结|宣传|学习|贯彻|执行|遵守|维护|打击|整治|防范|化解|处置|应对|纳入|列入|作为|形成|构建|打造|创建|争创|建成|完成了|启用|上线|运行|设立|成立|组建|召开|开设|取消|下放|承接|落地|覆盖|试行|运用|引入|加大|压实|落细|畅通|发挥|用好|管好|办好|搞好|抓实|做实|夯实|筑牢|守牢|织密|拓展|延伸|深耕|聚力|发力|助力|赋能|护航|服务|保护)$/;

/**
 * Verbs of the results and works a work report lists clause after clause (新建…，改造…，引进…), each
 * an action of its own; kept apart from ACTION_VERBS, which also read programs' names. 新建 and 新开工
 * the tagger reads as a place and a noun.
 */
export const WORK_VERBS =
  /(新建|新增|新开工|新改扩建|改造|改建|扩建|修建|开通|引进|培育|拆除|修复|清理|查处|整改|发放|减免|关停|淘汰|安置|救助|培训|筹集|招引|新设)$/;

/** A count ends a name read leftwards: 1000余场次|体育赛事活动, 19支|乡镇街道综合执法队伍, 2021年|… */
export const COUNT_BEFORE =
  /(\d|[一二两三四五六七八九十百千万亿])[余多]?(周年|场次|人次|户次|个|项|场|次|家|所|名|批|类|支|年|月|日|级|届|期|种|轮|批次)$/;

/**
 * Leading modifiers dropped from a body's name (标准化区级… → 区级…): determiners, quality words,
 * and ordinal or counted prefixes (全国首家, 第一个, 3个, 唯一的) that say which one or how many.
 */
export const LEADING_MODIFIERS =
  /^(其|该|本|标准化|规范化|(全[国省市区县镇]|[国省市区县]内|辖区内?|本地区?)?(首个|首家|首支|第[一二三四五六七八九十\d]+[个家支所]|唯一的?|[一二两三四五六七八九十\d]+[个家支所间])|我[区市省县]|首个|首家|新成立的|新成立|新的|新|各级)/;

/** The role words of a group that is a body (法律顾问团, 宣讲团, 督导组, 巡察组, 专家组). */
export const GROUP_ROLE =
  /(顾问|专家|律师|讲师|宣讲|服务|督导|督查|督察|巡视|巡察|检查|调查|指导|工作|专案|考核|评审|联络|调解|帮扶|驻村)(团|组)$/;

/**
 * The work a 中心 or a 站 does when it is a body of government (政务服务中心, 行政复议中心,
 * 社区工作站); any other (a venue, a platform, a hub, an aspiration) is not an agency.
 */
export const BODY_CENTRE =
  /(政务服务|行政服务|公共服务|法律服务|便民服务|企业服务|人才服务|就业服务|退役军人服务|知识产权服务|管理服务|管理|指挥|复议|调解|仲裁|采购|执法|监测|调度|救助|信访|综治|维稳|征收|登记|审批|评审|质控|预防控制|交易监管|应急)中心$|(社区|仲裁|调解|法律援助|退役军人服务|司法|劳动保障)(工作站|服务站)$/;

/** Kinds of work bodies are named after (综合执法队, 矛盾调解中心, 推进…工作领导小组): verbs inside names. */
export const BODY_WORK =
  /^(执法|管理|监督|调解|创新|涉外|涉企|劳动|涉案|扫黑|除恶|应对|仲裁|审批|服务|发展|改革|促进|保障|规划|建设|监察|检察|审计|统计|指挥|协调|推进|防控|防治|应急|救助|招商|投资|交易|监测|检测|检验|保护|评审|考核|督导|督查|督察|巡视|巡察|宣讲|治理|整治|领导|工作|办公|信访|维稳|征收|登记|采购|执行|审判|复议|防范|处置|化解|协作|联络|帮扶|援助|运行|安全|生产|创建|示范|咨询|研究|评估|孵化|培训|教育|调查|组织|宣传|决策|合作|交流|联防|联控|防疫|救灾|抗旱|防汛|整备|更新|筹备|开发|储备|转化|认证|鉴定|公证|代理|出版|接待|考试|评价|学习|宣讲|志愿|互助|维权|运输|旅游|出行|物流|医疗|养老|就业|创业|创新|科技|商务|贸易|消费|文化|体育|卫生|计生|环境|水务|交通|能源|信息|数据|统筹|营商|政务|党建|纪检|监管|质检|检疫|消防|通信|综合|行政|规划|设计|经营|保险|金融|社会|矫正|戒毒|拘留|看守|侦查|刑侦|经侦|治安|巡逻|排查|执勤|禁毒|缉毒|反恐|反诈|缉私|打私|救援|搜救|急救|疾控|谈判|拆迁|征拆|棚改|查违)$/;

/** Verbs that make a 中心 a thing built or aimed at (打造…中心, 建设…中心), not a body. */
export const BUILD_VERBS =
  /(建设|打造|集聚|聚集|汇聚|入驻|进驻|建成|新建|扩建|改造|建立|筹建|规划|谋划|争创|创建|加快|推进|推动|启用|投用|投入|开业|落户|引进|布局|成为|培育|提升|拓展|完善|优化|升级|共建|引入|发展|形成|构建|争取|支持|迈向|建)/;

/** Verbs that make what follows them a body: it is set up (成立…中心, 挂牌…). */
export const ESTABLISH_VERBS = /(成立|设立|组建|挂牌|揭牌|组织|由|经|会同|联合|委托|授权)$/;

/**
 * Verbs of clauses that end a body's name read leftwards, besides LEFT_STOPS: what a clause
 * does to a body (启动, 受到, 谋划) is no part of its name.
 */
export const AGENCY_LEFT_STOPS = [
  '启动',
  '加快',
  '完成',
  '利用',
  '做好',
  '受到',
  '得到',
  '谋划',
  '提升',
  '拓展',
  '扩大',
  '新增',
  '引进',
  '获得',
  '获',
  '争取',
  '支持',
  '积极',
  '主动',
  '全区',
  '全市',
  '全省',
  '全县',
  '力争',
  '办理',
  '办结',
  '新设',
  '指',
  '厘清',
  '荣膺',
  '做到',
  '派发',
  '运营',
  '出台',
  '负责',
  '评为',
  '被评为',
  '荣获',
  '举办',
  '继续',
  '围绕',
  '唯一',
  '推广',
  '开设',
  '健全',
  '巩固',
  '配备',
  '聘请',
  '聘任',
  '委托',
  '授权',
  '要求',
  '请',
  '把',
  '让',
  '使',
  '向',
  '于',
  '即',
  '如',
  '至',
  '的',
  '之',
  '各',
  '及其',
];

/** Heads of program names: what an initiative is called at its end. */
export const PROGRAM_HEADS = [
  '规划',
  '专项行动',
  '专项执法行动',
  '专项整治',
  '专项斗争',
  '行动',
  '活动',
  '改革',
  '机制',
  '制度',
  '体系',
  '工程',
  '计划',
  '战',
  '攻坚战',
  '模式',
  '试点',
  '示范区',
  '示范创建',
  '创建',
  '建设年',
  '年',
  '品牌',
  '平台',
  '项目',
  '服务',
  '工作法',
  '原则',
];

/** Verbs that introduce a named initiative when it follows them directly. */
export const PROGRAM_VERBS =
  /(开展|实施|推行|推进|深化|落实|实现|建立|构建|打造|启动|开设|推广|探索|开通|完善|健全|深入推进|持续推进|持续开展|全面推行|全面实施|全面推进|组织开展|扎实开展|扎实推进|积极推进|大力推进|实行)$/;

/** Document types, from the ending of a title. */
export const REGULATION_TYPES = [
  '实施细则',
  '实施办法',
  '实施意见',
  '实施方案',
  '实施纲要',
  '工作条例',
  '条例',
  '规定',
  '办法',
  '细则',
  '纲要',
  '规划',
  '意见',
  '方案',
  '措施',
  '指标',
  '标准',
  '汇编',
  '决定',
  '通知',
  '规则',
  '制度',
  '指南',
  '指引',
  '清单',
  '目录',
  '计划',
  '章程',
  '守则',
  '准则',
  '规程',
  '程序',
  '要点',
  '决议',
  '解释',
  '大纲',
  '法典',
  '建议',
  '政策',
  '导则',
  '白皮书',
  '通告',
  '公告',
  '批复',
  '协定',
  '条约',
  '公约',
  '安排',
  '法',
];

/** Titles in 《》 that are newspapers, journals or programmes, not regulations. */
export const PUBLICATION =
  /(日报|晚报|早报|时报|周报|商报|导报|法治报|法制报|报|杂志|期刊|周刊|月刊|旬刊|学报|求是|半月谈|新闻联播|焦点访谈)$/;

/** Verbs that say a document is applied: a measure with them IMPLEMENTS the document. */
export const IMPLEMENT_VERBS = /(落实|贯彻|执行|实施|遵照|依照|依据|按照|贯彻落实|宣贯)[^，。；]{0,6}$/;

/** Verbs that say the subject issued a document. */
export const ISSUE_VERBS = /(制定|印发|出台|发布|颁布|修订|修改|编制|编印|起草|制发|公布)(了|实施)?(新修订的|新修订)?$/;

/** Measure words of metrics, longest first within each family. */
export const UNITS = [
  '万平方米',
  '平方公里',
  '平方米',
  '立方米',
  '公里',
  '米',
  '公斤',
  '斤',
  '微克/立方米',
  '千米',
  '公顷',
  '万亩',
  '亩',
  '万吨',
  '吨',
  '千瓦时',
  '千瓦',
  '万千瓦',
  // Capacities of power and computing: 新增供电容量48万千伏安, 总算力…PF, 存储能力…EB.
  '千伏安',
  'GW',
  'MW',
  'PF',
  'EB',
  'PB',
  '万元',
  '亿元',
  '元',
  '美元',
  '万人次',
  '人次',
  '场次',
  '架次',
  // 标准机架…万架, 无人机200架.
  '架',
  '户次',
  '批次',
  '家次',
  '万人',
  '万户',
  '个百分点',
  '百分点',
  '个月',
  '个工作日',
  '工作日',
  '小时',
  '分钟',
  '方面',
  '余',
  '个',
  '项',
  '件',
  '次',
  '场',
  '名',
  '人',
  '位',
  '家',
  '支',
  '周年',
  '头',
  '成',
  '期',
  '份',
  '批',
  '户',
  '所',
  '座',
  '套',
  '条',
  '台',
  '辆',
  '篇',
  '本',
  '册',
  '天',
  '年',
  '周',
  '分',
  '倍',
  '处',
  '栋',
  '间',
  '张',
  '部',
  '类',
  '种',
  '款',
  '起',
  '宗',
  '笔',
  '例',
  '张',
  '床',
  '所',
  '校',
  '村',
  '镇',
  '片',
  '轮',
  '组',
  '届',
  '首',
  '幅',
  '块',
  '课时',
  '学时',
  '岗',
  '个',
  '%',
  '％',
  '‰',
];
