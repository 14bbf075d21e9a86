// Words of the genre that tell where a body's name starts and what kind of thing a name ending
// in a body's suffix is: general words of Chinese government writing, no names of bodies.

/**
 * Prepositions and verbs of one character after which a name starts (向, 报, 获, 经): read
 * leftwards, a name stops there even when the segmenter glued the character to its neighbours.
 */
export const FUNCTION_CHARS = '向报获是于对为将被把从给在';

/**
 * Verbs and prepositions that head a clause and that the segmenter reads into the next word or
 * does not tag as verbs (建成区, 重构, 做强, 明晰, 严格执行, 根据), and the time a clause speaks of
 * (“十三五”时期).
 */
export const CLAUSE_HEADS =
  /^([“”\u4e00-\u9fff]{0,7}?(时期|期间|以来)|建成|建立|建设|重构|重组|做强|做优|做实|做大|明晰|厘清|理顺|压实|严格执行|严格落实|根据|依据|按照|依照|已获|已经|经由|报请|报送|提请)/;

/**
 * A department written without its place or level (信访局, 住建局, 环水局, 交警大队, 城改办): in a
 * report of a government it is that government's own department. National ones (总局) and the
 * bodies of grassroots units (社区党委, 街道办) are not.
 */
export const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{1,8}(局|委|办|大队|支队|中队|厅)$/;
export const NOT_BARE_DEPARTMENT =
  /^(社区|街道|村|居|各|国|中|全|总)|总局$|党委$|[党纪]工委$|[部会院所]委$|(供电|供水|电信|邮政|烟草)局$|[省市区县地]级/;

/**
 * Names that end like a body and name none: utilities run as companies (供电局), a kind of body
 * set as a model (“枫桥式”派出所, “枫桥经验”试点派出所), teams named by their headcount (社区“三人
 * 小组”), a party committee named after a quoted topic (“大事”党委), and groups of several
 * ministries (三部委检查组).
 */
export const NOT_BODY_NAME =
  /(供电|供水|电信|邮政|烟草)局$|^“[^”]*(式|经验)|^“[^”]*(型|示范|标杆)”|[一二三四五六七八九十两\d]人小组”?$|^“[^”]{1,4}”(党委|党组)$|^部委/;

/**
 * Shortened department names that stand for one full name wherever they are used, and that full
 * name's words: 市场监管局 = 市场监督管理局, 发改委 = 发展和改革委员会, 环保厅 = 环境保护厅, 科技部 =
 * 科学技术部. Short
 * forms whose full name differs from place to place (住建局 for 住房和建设局 or 住房和城乡建设局,
 * 城管局, 卫计局) are kept as written.
 */
export const SHORT_DEPARTMENTS: [RegExp, string][] = [
  [/安监(?=总?局$)/, '安全生产监督管理'],
  [/药监(?=总?局$)/, '药品监督管理'],
  [/(?<=[场融])监管(?=总?局$)/, '监督管理'],
  [/环保(?=[局厅部]$)/, '环境保护'],
  [/工信(?=[局厅部]$)/, '工业和信息化'],
  [/人社(?=[局厅部]$)/, '人力资源和社会保障'],
  [/^科技(?=部$)/, '科学技术'],
  [/^住建(?=部$)/, '住房和城乡建设'],
  [/^中宣部$/, '中央宣传部'],
  [/发改(?=局$)/, '发展和改革'],
  [/发改委$|发展改革委$/, '发展和改革委员会'],
  [/卫健委$|卫生健康委$/, '卫生健康委员会'],
  [/卫计委$/, '卫生和计划生育委员会'],
  [/国资委$/, '国有资产监督管理委员会'],
  [/民宗局$/, '民族宗教事务局'],
];

/** The full name of a shortened department (深圳市发改委 → 深圳市发展和改革委员会), else the name. */
export function fullDepartmentName(name: string): string {
  let full = name;
  for (const [short, words] of SHORT_DEPARTMENTS) full = full.replace(short, words);
  return full;
}

/**
 * A ministry or a national administration (民政部, 工业和信息化部, 海关总署) is national: one node in
 * every report. A party committee's department written without its committee (组织部), a
 * unit's own …工作部 and a task's 指挥部 are the report's own.
 */
export const MINISTRY = /^[\u4e00-\u9fff]{2,10}(?<!宣传|组织|统战|统一战线工作|社会工作|对外联络|工作|指挥)(部|总署)$/;
