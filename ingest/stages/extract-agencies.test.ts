import { describe, expect, it } from 'vitest';
import { extractAgencies, resolveAgency } from './extract-agencies.js';
import { findJurisdiction } from './read-metadata.js';
import { splitSentences } from './split-sentences.js';

const yanqing = findJurisdiction(['北京市延庆区人民政府2021年法治政府建设年度情况报告']);
const guangming = findJurisdiction(['深圳市光明区人民政府关于2021年度法治政府建设情况的报告']);

function agencies(text: string, jurisdiction = yanqing) {
  return extractAgencies(text, splitSentences(text, []), jurisdiction);
}

describe('extractAgencies', () => {
  it('reads the jurisdiction chain of a title', () => {
    expect(yanqing.units).toEqual(['北京市', '延庆区']);
    expect(guangming.region).toBe('广东省深圳市光明区');
  });

  it('resolves 区政府 against the report’s jurisdiction, one node per district', () => {
    const [a] = agencies('区政府受理依申请公开101件。');
    const [b] = agencies('区政府受理依申请公开101件。', guangming);
    expect(a?.name).toBe('延庆区人民政府');
    expect(b?.name).toBe('光明区人民政府');
    expect(a?.key).not.toBe(b?.key);
    expect(resolveAgency('北京市延庆区人民政府', yanqing).name).toBe('延庆区人民政府');
  });

  it('keeps national bodies one node everywhere', () => {
    const [a] = agencies('贯彻中共中央、国务院决策。');
    const [b] = agencies('贯彻党中央决策。', guangming);
    expect(a?.key).toBe('Agency:中共中央');
    expect(b?.key).toBe('Agency:中共中央');
    expect(agencies('国务院印发通知。', guangming)[0]?.key).toBe('Agency:国务院');
  });

  it('reads ministries as national bodies, one node everywhere, short forms under their full names', () => {
    const names = (text: string, j = yanqing) => agencies(text, j).map((a) => a.key);
    // Sentences of the genre, and of district work reports (Longgang, Pingshan).
    // A notary office is a body of the place it serves.
    expect(names('长江公证处被外交部、民政部确定为涉外公证试点单位。')).toEqual([
      'Agency:北京市延庆区/长江公证处',
      'Agency:外交部',
      'Agency:民政部',
    ]);
    expect(names('公安部、民政部联合开展打击整治养老诈骗专项行动。', guangming)).toEqual([
      'Agency:公安部',
      'Agency:民政部',
    ]);
    expect(names('项目被工信部、财政部和科技部等三部委列入创新工程。')).toEqual([
      'Agency:工业和信息化部',
      'Agency:财政部',
      'Agency:科学技术部',
    ]);
    expect(names('审计署和海关总署联合开展检查。')).toContain('Agency:海关总署');
  });

  it('reads a party committee’s departments under their committee, and no 部 that is a part or a unit', () => {
    expect(agencies('区委宣传部、区委统战部牵头组织。', guangming).map((a) => a.name)).toEqual([
      '光明区委宣传部',
      '光明区委统战部',
    ]);
    const none = [
      '全区干部职工全部参与，引进企业总部和篮球俱乐部。',
      '深圳外国语学校国际部动工建设。',
      '东江纵队司令部旧址成为全国重点文物保护单位。',
      '五部两办两中心：综合部、党群工作部、平安建设部、民生事务部。',
      '统筹东部、中部和西部发展，加强内部管理。',
    ];
    for (const text of none)
      expect(
        agencies(text, guangming).map((a) => a.name),
        text,
      ).toEqual([]);
  });

  it('reads offices named by their field with 办, and no verb or way of serving that ends in 办', () => {
    const names = (text: string, j = guangming) => agencies(text, j).map((a) => a.key);
    // Sentences of the genre: a city's office of its committee, a district's bodies, a central office.
    expect(names('市委依法治市办组织开展法治督察。')).toEqual(['Agency:深圳市委依法治市办']);
    expect(names('区法院、司法局及信访办等单位联合开展矛盾化解。')).toEqual([
      'Agency:深圳市光明区人民法院',
      'Agency:深圳市光明区司法局',
      'Agency:深圳市光明区信访办',
    ]);
    expect(names('落实中央依法治国办反馈意见。')).toEqual(['Agency:中央依法治国办']);
    const none = [
      '举办培训班，推行“指尖办”“就近办”，实现一网通办、无感申办。',
      '新建公办学校，推动重要的事限时办。',
      '区、街道办、社区工作站三级联动，龙岗街道办牵头落实。',
    ];
    for (const text of none) expect(names(text), text).toEqual([]);
  });

  it('reads the plenary meeting of a government, and writes a court under its place', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    expect(names('召开区政府全体会议，部署年度重点工作。')).toEqual(['光明区政府全体会议']);
    expect(names('中德工业城市联盟全体会议在我区召开。')).toEqual([]);
    expect(names('区法院受理案件。')).toEqual(names('区人民法院受理案件。'));
  });

  it('names a ministry’s own bodies by its name in its report', () => {
    const national = { region: '中国', units: [], levels: [], code: '' };
    const [group] = extractAgencies(
      '部党组召开6次会议。',
      splitSentences('部党组召开6次会议。', []),
      national,
      '商务部',
    );
    expect(group?.name).toBe('商务部党组');
    expect(group?.key).toBe('Agency:商务部党组');
  });

  it('gives 市委 to the city of a district report', () => {
    const [a] = agencies('全面落实市委决策部署。');
    expect(a?.name).toBe('中共北京市委');
    expect(a?.jurisdiction).toBe('北京市');
  });

  it('splits 区委区政府 into two bodies when it stands alone', () => {
    expect(agencies('区委区政府高度重视。').map((a) => a.name)).toEqual(['中共延庆区委', '延庆区人民政府']);
    // 盐田区 2022: a committee and a government each written with the district.
    expect(agencies('在中共盐田区委盐田区人民政府的领导下。', guangming).map((a) => a.name)).toEqual([
      '中共盐田区委',
      '盐田区人民政府',
    ]);
  });

  it('leaves no node for a relative name the report has no unit for', () => {
    const shenzhen = findJurisdiction(['深圳市政府工作报告_2020年']);
    expect(agencies('各区委区政府落实主体责任，市委市政府统筹。', shenzhen).map((a) => a.name)).toEqual([
      '中共深圳市委',
      '深圳市人民政府',
    ]);
  });

  it('reads full names leftwards from a body suffix, stopping at the verb', () => {
    expect(agencies('组织召开依法治区委员会和推进依法行政工作领导小组会议5次。').map((a) => a.surface)).toEqual([
      '依法治区委员会',
      '推进依法行政工作领导小组',
    ]);
    expect(agencies('发挥好区委区政府法律顾问团作用。')[0]?.surface).toBe('区委区政府法律顾问团');
    expect(agencies('建成标准化区级公共法律服务中心。')[0]?.surface).toBe('区级公共法律服务中心');
  });

  it('keeps quoted parts of a body’s name', () => {
    expect(agencies('成立延庆区创建“全国法治政府建设示范区”工作领导小组。')[0]?.name).toBe(
      '延庆区创建全国法治政府建设示范区工作领导小组',
    );
  });

  it('makes a body named with a level word before it the same body as the plain name', () => {
    const found = agencies('组建区级综合执法队。综合执法队开展夜间巡查。');
    expect(new Set(found.map((a) => a.key)).size).toBe(1);
    expect(found[0]?.aliases).toContain('区级综合执法队');
    // 19支…队伍: counted, a class of teams; a 队伍 is a workforce, not a body.
    expect(agencies('强化19支乡镇街道综合执法队伍建设。').map((a) => a.surface)).toEqual([]);
    expect(agencies('建设一支作风过硬的交通执法队伍。')).toEqual([]);
  });

  it('is not fooled by words that end like a body', () => {
    expect(agencies('优化空间布局，开创工作新局面，抢抓机遇谋新局，建设城市会客厅。')).toEqual([]);
    expect(agencies('推进社区委托服务。')).toEqual([]);
  });

  it('takes a name the report also writes as a company’s for the company everywhere', () => {
    // 南山区 2017: 招商局集团 in one sentence, 招商局 alone in another.
    const text = '支持招商局集团建设国际邮轮旅游目的地。支持招商局在西部港区建设全球港口运营管理中心。区招商局牵头。';
    expect(agencies(text, guangming).map((a) => a.name)).toEqual(['光明区招商局']);
    expect(agencies('支持招商局在西部港区建设。', guangming).map((a) => a.name)).toEqual(['光明区招商局']);
  });

  it('takes a bare bureau listed with firms, or building works on the government’s behalf, for a company', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    expect(names('与招商局、中国电信、清华大学等单位建立协同机制。')).toEqual([]); // 南山区
    expect(names('招商局代建滨海休闲带西段工程，华润代建南山医院改扩建项目。')).toEqual([]); // 南山区
    // Wherever else the report writes it, the name is the company's.
    expect(names('与招商局、中国电信等企业合作。支持招商局在西部港区建设。')).toEqual([]);
    // Listed with bodies, or with an item that is no one proper name, the bureau is a body.
    expect(names('会同公安局、税务局开展联合检查。')).toEqual(['光明区公安局', '光明区税务局']);
    expect(names('联合招商局和市场监管部门开展检查。')).toEqual(['光明区招商局']);
  });

  it('splits two bureaus of a table row run together, not a bureau and its own unit', () => {
    // 龙岗区 2017: a table's cells 区卫生计生局 | 建筑工务局 on one line.
    expect(agencies('区卫生计生局建筑工务局', guangming).map((a) => a.name)).toEqual([
      '光明区卫生计生局',
      '光明区建筑工务局',
    ]);
    expect(agencies('市生态环境局南山管理局获评先进集体。', guangming).map((a) => a.name)).toEqual([
      '深圳市生态环境局南山管理局',
    ]); // 南山区 2022
  });

  it('drops a study group named without its owner, keeps one the report gives an owner', () => {
    expect(agencies('强化理论学习中心组学习。', guangming)).toEqual([]); // 龙华区 2023
    const owned = agencies('区委理论学习中心组开展专题学习。完善理论学习中心组学习制度。', guangming);
    expect(new Set(owned.map((a) => a.name))).toEqual(new Set(['光明区委理论学习中心组']));
  });

  it('reads a party committee’s plenary session, named by its term and number, as one body', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A county's work report lists the plenums it carries out, of every level above it.
    expect(names('认真贯彻省委十三届四次全会和市委七届八次全会精神。')).toEqual([
      '广东省委十三届四次全会',
      '深圳市委七届八次全会',
    ]);
    // A district's own plenum that sets the year's aim.
    expect(names('区委六届三次全体会议明确了今年的目标。')).toEqual(['光明区委六届三次全体会议']);
    // The national party's plenum is named with no committee before it: none of these rules.
    expect(names('深入学习贯彻党的十九届六中全会精神。')).toEqual([]);
    // A committee that convenes its plenum, the plenum named apart: the committee alone.
    expect(names('省委召开十三届五次全会。')).toEqual(['中共广东省委']);
  });

  it('reads the body that recognises a place’s work after an honour’s verb, not an honour’s title', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A city's work report: two national bodies that praise its conservation of an old town.
    expect(names('古城保护工作获得住建部、国家文物局充分肯定。')).toEqual(['住房和城乡建设部', '国家文物局']);
    // A district's: one ministry that approves its community service model.
    expect(names('社区服务模式获得民政部高度认可。')).toEqual(['民政部']);
    // An honour's title that ends like a body names a kind of body.
    expect(names('福永派出所荣获全国模范公安派出所称号。')).toEqual(['福永派出所']);
    expect(names('获评全国模范公安派出所，群众满意度明显提升。')).toEqual([]);
  });

  it('ends an office’s name at 办 where the segmenter reads 办法 out of 办 and 法治', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A province's rule-of-law report and a district's: the inspection of the central office.
    expect(names('全面完成中央依法治国办法治政府建设实地督察反馈意见整改。')).toEqual(['中央依法治国办']);
    expect(names('配合市委依法治市办法治督察，整改问题12项。')).toEqual(['深圳市委依法治市办']);
    // To hold an event (举办) is no office, and a 办法 is a document.
    expect(names('举办法治宣传活动25场。')).toEqual([]);
    expect(names('制定行政执法监督办法。')).toEqual([]);
  });

  it('reads a government before 工作报告 as the name of the report’s genre, not as a body', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A district's work report on what the city's and the province's reports asked of it.
    expect(names('对照市政府工作报告中指出的九大问题，逐项整改。')).toEqual([]);
    expect(names('科教城写入省政府工作报告。')).toEqual([]);
    expect(names('2023年光明区人民政府工作报告')).toEqual([]);
    // The government that acts on the report is one.
    expect(names('区政府认真落实市政府工作部署。')).toEqual(['光明区人民政府', '深圳市人民政府']);
  });

  it('reads the commissions official writing shortens as 发展改革委 and 卫生健康委 under their full names', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A province's work report, a district's, and a national plan.
    expect(names('省发展改革委批复同意项目立项。')).toEqual(['广东省发展和改革委员会']);
    expect(names('区卫生健康委牵头开展健康促进行动。')).toEqual(['光明区卫生健康委员会']);
    expect(names('国家发展改革委、财政部联合印发通知。')).toEqual(['国家发展和改革委员会', '财政部']);
    // 委托 is a verb: no commission ends before it.
    expect(names('深化发展改革委托事项。')).toEqual([]);
  });

  it('reads a ministry the sentence has support or praise a place’s work, not a company’s unit', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A county's work report and two districts': ministries that back or praise local work.
    expect(names('积极争取生态环境部、水利部大力支持。')).toEqual(['生态环境部', '水利部']);
    expect(names('智慧应急系统获应急管理部肯定。')).toEqual(['应急管理部']);
    expect(names('教育督导改革实践得到教育部的充分认可。')).toEqual(['教育部']);
    // 总部 and 俱乐部 are a company's head office and a club.
    expect(names('争取企业总部支持。')).toEqual([]);
    expect(names('积极争取足球俱乐部支持。')).toEqual([]);
  });

  it('reads 疾病预防控制 as the work a body is named after, though the segmenter tags two verbs', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // A national plan as a district's report quotes it, and a province's bureau.
    expect(names('改革完善疾病预防控制体系，组建国家疾病预防控制局。')).toEqual(['国家疾病预防控制局']);
    expect(names('省疾病预防控制局印发通知。')).toEqual(['广东省疾病预防控制局']);
    // 控制 alone is the verb of its clause.
    expect(names('有效控制交通管理局的支出。')).toEqual(['光明区交通管理局']);
  });

  it('reads 卫计委 under its full name, and no national body as the second domain of a department', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    expect(names('区卫计委牵头开展工作。')).toEqual(['光明区卫生和计划生育委员会']);
    // 领导和|国家卫计委: 国家 starts a body of its own, not the second half of a joined domain.
    expect(names('医改模式获国务院领导和国家卫计委充分肯定。')).toEqual(['国务院', '国家卫生和计划生育委员会']);
    expect(names('区工业和信息化局牵头。')).toEqual(['光明区工业和信息化局']);
  });

  it('ends a body’s name before a conjunction the segmenter guessed into one word with its suffix', () => {
    const names = (text: string) => agencies(text, guangming).map((a) => a.name);
    // 局和市 is read as one unknown word: the bureau's name ends at 局 all the same.
    expect(names('得到省海洋渔业局和市主要领导的高度评价。')).toEqual(['广东省海洋渔业局']);
    // 布局 and 格局 stay words, not bureaus.
    expect(names('优化产业布局和城市格局。')).toEqual([]);
  });
});
