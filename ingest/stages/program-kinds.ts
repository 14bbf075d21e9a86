// What a whole program name says it is, whatever rule found it: a plan, the
// construction works of one facility, a phase of works, a field's long-term mechanism. Reads the
// name alone; the words around it are program-context.ts's.

/** A five-year period's plan (“十四五”规划, 七五普法规划): the annotation counts it a programme. */
const FIVE_YEAR = /^[“"]?(十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?/;
/** A phase of works inside a name: 二期, 三期、四期, （一期）, 第二阶段. */
const PHASE =
  /[（(]?第?(?:[一二三四五六七八九十\d]+期?[、和])*[一二三四五六七八九十\d]+期(?![间限货])[）)]?、?|第[一二三四五六七八九十]+阶段/g;
/** A name with no words of its own once its phase is gone (一期、二期工程, 二期扩建工程). */
const ONLY_PHASE =
  /^(?:[一二三四五六七八九十\d]+期?[、和])*[一二三四五六七八九十\d]+期(?:新建|扩建|改造|建设)?(工程|项目)$/;

// One built thing: a road, a river, a building, a park, a plant. 街, a bare 院 and 学校 are left
// out: 街道 is a subdistrict, …学院 a faculty and 民办学校 a class of schools as often as not;
// 道路 alone names roads of every kind.
const FACILITY =
  '(?:(?<!道)路|大道|公路|快速路|桥|隧道|隧洞|立交|河|河道|干流|支流|水库|海堤|港|港区|航道|码头|电厂|发电厂|粮库|' +
  '医院|福利院|养老院|中学|小学|幼儿园|大楼|综合楼|门诊楼|住院楼|公园|古城|绿道|碧道|步道|干管|管网|枢纽|机场|场馆|体育馆|体育中心)';
/** Works a facility ends with: building, widening, renovating it (…中学改扩建, …大道快速化). */
const BUILT =
  '(?:改扩建|扩建|新建|迁建|重建|拆除重建|改造|升级改造|提标改造|修缮|综合整治|整治|提升|改造提升|' +
  '[东南西北]延|快速化|连通|截排)';
/** The works of one facility: named by the facility, perhaps with what is done to it. */
const FACILITY_WORKS = new RegExp(`${FACILITY}(?:[^，、]{0,10}${BUILT})?$`);

/** The name without the phase of its works (供水入户五期工程 → 供水入户工程). */
export function withoutPhase(name: string): string {
  if (!/(工程|项目)$/.test(name) || ONLY_PHASE.test(name)) return name;
  return name.replace(PHASE, '');
}

/**
 * Why a whole name is no programme, or null: a plan other than a five-year period's (a plan is a
 * document), the works of one facility (北岸海堤工程, 滨海路扩建工程: a facility, not a
 * programme of work), a phase of works with nothing else named, a field's long-term mechanism
 * (防汛长效机制: every field has one; 快递骑手工伤保障长效机制 says which).
 */
export function notAProgram(name: string): string | null {
  const bare = name.replace(/[“”"]/g, '');
  if (/规划(纲要)?$/.test(bare) && !FIVE_YEAR.test(name)) return 'a plan';
  if (ONLY_PHASE.test(bare)) return 'a phase of works';
  const works = /^(.+)工程$/.exec(withoutPhase(bare));
  if (works && FACILITY_WORKS.test(works[1] ?? '')) return "a facility's works";
  const field = /^(.+)长效机制$/.exec(bare)?.[1];
  if (field !== undefined && field.length <= 4) return "a field's long-term mechanism";
  return null;
}
