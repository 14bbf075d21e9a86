// Programmes named by a place or a region and what is built or developed there (粤港澳大湾区建设,
// 京津冀协同发展, 长三角联防联控), by a kind of zone or city built (自由贸易港建设, 海绵城市建设), and
// the demonstration zones a place creates (创建…示范区, …示范区创建). A generic aim (城市建设,
// 经济建设) is none: the name must carry its place or its kind of zone, and stand where a programme
// stands (the object of a running verb, or the subject of a result).

import { isProvinceAbbreviation, isProvinceOrCityName, isRegionAbbreviation } from '../gazetteer.js';
import { FIELD_DEMONSTRATION, GENERIC_BUILDING } from './program-context.js';
import { type ProgramMention, programKey, programMention } from './program-mention.js';
import { clauseVerb } from './program-names.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, type TaggedWord, taggedWordAt, taggedWordEndingAt, tagPiece } from './tokens.js';

/** What is done to a place or a region as a programme; 一体化发展 before 一体化. */
const REGIONAL_HEAD = /(协同发展|一体化发展|一体化|联防联控|扶贫协作|帮扶|协作|建设)/g;
/** What two places do together, said of a region named by its provinces alone (苏陕帮扶, 粤桂协作). */
const PAIRED_HEAD = /^(扶贫协作|帮扶|协作)$/;
/** Parts of speech of the words of a name before its head (nouns, places, abbreviations). */
const NAME_TAGS = /^(n|ns|nr|nz|nt|j|l|vn|b)$/;
/** Places the tagger knows that name a kind of area, not one (城市, 园区, 农村). */
const GENERIC_PLACE =
  /^(城市|城区|新区|市区|郊区|社区|园区|农村|乡村|城乡|山区|景区|街区|片区|城镇|全国|中国|国内|海外|境外|地方|湾区)$/;
/**
 * What a place builds as a programme: a zone, a port, a city, a circle or belt of cities, a hub
 * of a function (深圳先行示范区, 长春智慧法务区, 北京城市副中心, 大湾区综合性国家科学中心); a
 * facility (…会展中心) or a kind of area (…片区, …社区) is built as works, not run.
 */
const ZONE_BUILT =
  /(区|港|新城|科学城|科技城|科教城|大学城|城市|经济圈|经济带|都市圈|城市群|走廊|高地|枢纽|副中心|(科学|创新|金融|贸易|航运|消费)中心)$/;
/** Kinds of area whose building is works on a site (…片区, …港区, …产业聚集区), not a programme. */
const GENERIC_AREA =
  /(社区|园区|城区|片区|辖区|景区|小区|市区|山区|街区|校区|厂区|矿区|库区|港区|老城|旧城|中心区|核心区|功能区|聚集区|集聚区)$/;
/**
 * Kinds of zone or city built under a national programme, named without a place (自由贸易港,
 * 国际消费中心城市, 花园城市): a city by what it is to be, a free-trade zone or port, a pilot zone.
 */
const ZONE_KIND = /(城市|自由贸易港|自贸港|自由贸易试验区|自贸试验区|先行示范区|综合试验区|改革试验区)$/;
/** A city described by what it should become (国际化城市, 创新型城市): an aim of the place, not a programme. */
const CITY_AIM = /(化|型)城市$/;
/** Verbs that run a programme or take part in it, ending right before its name. */
const RUNNING_VERB =
  /(推进|推动|深化|加快|加强|融入|服务|对接|参与|支持|助力|打造|实施|落实|抓好|抓实|围绕|聚焦|共建|携手|统筹|保障|服从|支撑)$/;
/** Joiners inside a name (珠江—西江经济带, 粤商·…): a name read from after one is cut. */
const JOINED_BEFORE = /[—－\-·•+＋]/;
/** What follows a programme that is the subject of its clause's result. */
const RESULT_AFTER =
  /^(实现|取得|加快推进|扎实推进|深入推进|全面推进|稳步推进|纵深推进|有序推进|顺利推进|迈出|成效|不断深化|走深走实|开局|开创|进入)/;
/** 以…建设引领, 以…为: a programme the clause takes as its lever. */
const LEVER_AFTER = /^(引领|带动|推动|促进|为)/;

/** True when a word names one place: a province or city, a region of provinces, or one the tagger knows. */
function isPlaceWord(word: TaggedWord): boolean {
  if (isRegionAbbreviation(word.word) || isProvinceOrCityName(word.word)) return true;
  return word.tag === 'ns' && !GENERIC_PLACE.test(word.word);
}

/** The words of a name before `at`, back to the clause's verb or a word no name holds. */
function nameWordsBefore(
  sentence: Sentence,
  at: number,
  max: number,
  nominal = false,
): { start: number; words: TaggedWord[] } {
  const words: TaggedWord[] = [];
  let start = at;
  while (words.length < 6 && at - start < max) {
    const word = taggedWordEndingAt(sentence, start);
    if (!word || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
    // 苏陕|帮扶: a region of provinces' abbreviations, whatever the tagger makes of it.
    if (!NAME_TAGS.test(word.tag) && !isRegionAbbreviation(word.word) && !isProvinceAbbreviation(word.word)) break;
    // 服务|粤港澳大湾区建设, 持续深化|…: the clause's verb, whatever its tag; in a title
    // (…法治政府建设|示范区) a verb the tagger reads as a noun is the field's.
    if (RUNNING_VERB.exec(word.word)?.[0] === word.word || (clauseVerb(word.word) && !(nominal && word.tag === 'vn')))
      break;
    words.unshift(word);
    start -= word.word.length;
  }
  return { start, words: withRegionJoined(words) };
}

/** 川|渝|协同发展: the tagger's one-character abbreviations of provinces that open a name are one region. */
function withRegionJoined(words: TaggedWord[]): TaggedWord[] {
  let n = 0;
  while (n < words.length && words[n]?.word.length === 1 && isProvinceAbbreviation(words[n]?.word ?? '')) n++;
  if (n < 2) return words;
  const region = words
    .slice(0, n)
    .map((w) => w.word)
    .join('');
  return [{ word: region, tag: 'ns' }, ...words.slice(n)];
}

/** True when the name [start, end) stands where a programme stands in its clause. */
function standsAsProgramme(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  if (RUNNING_VERB.test(before)) return true;
  if (before.endsWith('以') && LEVER_AFTER.test(text.slice(end))) return true;
  const opens = start === 0 || /[，。；：:—\s]/.test(text[start - 1] ?? '');
  return opens && RESULT_AFTER.test(text.slice(end));
}

/** True when the words before a head name what a place builds or develops, or a kind of zone built. */
function regionalCore(words: TaggedWord[], head: string): boolean {
  const first = words[0];
  if (!first) return false;
  const core = words.map((w) => w.word).join('');
  const rest = core.slice(first.word.length);
  if (PAIRED_HEAD.test(head)) return words.length === 1 && isRegionAbbreviation(first.word);
  if (isPlaceWord(first)) {
    // 京津冀协同发展, 长三角地区一体化发展: a region developed as one needs no more words.
    if (head !== '建设') return rest === '' || /(地区|区域|湾区)$/.test(rest);
    return rest.length >= 2 && ZONE_BUILT.test(core) && !GENERIC_AREA.test(core) && !CITY_AIM.test(core);
  }
  // 自由贸易港建设, 国际消费中心城市建设: a kind of zone a programme builds, in nouns alone.
  return (
    head === '建设' &&
    core.length >= 4 &&
    ZONE_KIND.test(core) &&
    words.every((w) => /^(n|nz|vn|l|j|ns)$/.test(w.tag)) &&
    !GENERIC_AREA.test(core) &&
    !CITY_AIM.test(core)
  );
}

/**
 * The programmes of a sentence named by a place and what is built or developed there: 深入推进
 * 粤港澳大湾区和深圳先行示范区建设 → 粤港澳大湾区建设, 深圳先行示范区建设; 加强长三角联防联控; 以
 * 自由贸易港建设引领…; none for 推进城市建设 (no place) or 深圳建设中国特色… (建设 has an object).
 */
export function regionalPrograms(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  REGIONAL_HEAD.lastIndex = 0;
  for (let m = REGIONAL_HEAD.exec(text); m !== null; m = REGIONAL_HEAD.exec(text)) {
    const head = m[0];
    const at = m.index;
    const end = at + head.length;
    // Most 建设 are of things no zone names: the words are looked up only after a zone's last character.
    if (head === '建设' && !/[区港城市圈带廊地纽心]/.test(text[at - 1] ?? '')) continue;
    if (!isWordBoundary(sentence, at) || !isWordBoundary(sentence, end)) continue;
    // 深圳建设中国特色…: a building with an object of its own is the clause's verb; …建设示范区
    // is a title's name.
    // 推动“大漾”协同发展: a region named in quotes, developed as one.
    if (text[at - 1] === '”' && head !== '建设' && !PAIRED_HEAD.test(head)) {
      const quoted = quotedRegion(sentence, at, head);
      if (quoted) found.push(quoted);
      continue;
    }
    const next = taggedWordAt(sentence, end);
    const longer =
      next !== undefined && /^[\u4e00-\u9fff]/.test(next.word) && (NAME_TAGS.test(next.tag) || next.tag === 'a');
    // 粤桂帮扶|就业车间: help named as what it funds is that thing's name; 苏陕帮扶|工作 is the help.
    const paired = PAIRED_HEAD.test(head);
    if (paired ? /^[\u4e00-\u9fff]/.test(text.slice(end)) && !/^(工作|的|和|与)/.test(text.slice(end)) : longer)
      continue;
    const { start, words } = nameWordsBefore(sentence, at, 16);
    // 珠江—|西江经济带: a name joined to a word before it is cut.
    if (JOINED_BEFORE.test(text[start - 1] ?? '')) continue;
    if (!regionalCore(words, head) || GENERIC_BUILDING.test(text.slice(start, end))) continue;
    // 粤港澳大湾区和|深圳先行示范区建设: the conjunct before shares the head and the verb.
    const conjunct = /[和与、]/.test(text[start - 1] ?? '') ? nameWordsBefore(sentence, start - 1, 16) : null;
    const joined =
      conjunct !== null && regionalCore(conjunct.words, head) && !JOINED_BEFORE.test(text[conjunct.start - 1] ?? '');
    const lead = joined ? conjunct.start : start;
    // 苏陕帮扶2.1亿元: the help of one province to another is named wherever it stands.
    if (!PAIRED_HEAD.test(head) && !standsAsProgramme(text, lead, end)) continue;
    if (joined) {
      const first = `${text.slice(conjunct.start, start - 1)}${head}`;
      found.push(
        programMention(first, text.slice(conjunct.start, start - 1), sentence.start + conjunct.start, sentence, []),
      );
    }
    const name = text.slice(start, end);
    found.push(programMention(name, name, sentence.start + start, sentence, []));
  }
  return found;
}

/** “大漾”协同发展: a region in quotes (two to six characters) and its development, after a running verb. */
function quotedRegion(sentence: Sentence, at: number, head: string): ProgramMention | null {
  const { text } = sentence;
  const open = text.lastIndexOf('“', at - 1);
  const core = text.slice(open + 1, at - 1);
  if (open < 0 || !/^[\u4e00-\u9fff]{2,6}$/.test(core) || /^[一二两三四五六七八九十双多]/.test(core)) return null;
  // “打防管控”一体化: acts run together are a way of working, not places; “…”一体化|建设项目 opens a longer name.
  if (tagPiece(sentence, open + 1, at - 1).some((w) => /^v/.test(w.tag))) return null;
  const next = taggedWordAt(sentence, at + head.length);
  if (next && /^[\u4e00-\u9fff]/.test(next.word) && NAME_TAGS.test(next.tag)) return null;
  if (!standsAsProgramme(text, open, at + head.length)) return null;
  const surface = text.slice(open, at + head.length);
  return programMention(`${core}${head}`, surface, sentence.start + open, sentence, [surface]);
}

/** Titles of demonstration zones a place is made (示范区, 示范县, 先行区, 试验区). */
const DEMONSTRATION_TITLE = /(示范区|示范县|示范市|示范城市|示范镇|先行区|试验区)/g;
/** Verbs that create a title: the title is the campaign to be made one. */
const CREATE_BEFORE = /(创建|争创|创成)(第[一二三四五六七八九十]+批|首批)?$/;
/** Verbs that run a creation named as a noun (参与…示范区创建, 推进…示范区创建). */
const CREATION_RUN = /(推进|推动|参与|开展|实施|启动|深化|围绕|做好|抓好|全面推进|深入推进)$/;

/**
 * The demonstration zones a sentence creates: 成功创建第一批全市法治政府建设示范区 → 全市法治政府
 * 建设示范区; 参与全国法治政府建设综合示范区创建 → the creation, named with 创建. A title awarded
 * (获评…示范县) or one bare (示范区创建, no field) is none.
 */
export function createdTitles(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  if (!text.includes('示范') && !text.includes('先行区') && !text.includes('试验区')) return found;
  DEMONSTRATION_TITLE.lastIndex = 0;
  for (let m = DEMONSTRATION_TITLE.exec(text); m !== null; m = DEMONSTRATION_TITLE.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWordBoundary(sentence, end)) continue;
    // The title's own words (全市法治政府建设示范区): nouns, a field's building, a level.
    const { start } = nameWordsBefore(sentence, m.index, 20, true);
    const field = text.slice(start, m.index);
    if (field.length < 4 || /^(第|首批)/.test(field)) continue;
    const creation = text.startsWith('创建', end) && CREATION_RUN.test(text.slice(Math.max(0, start - 6), start));
    if (!creation && !CREATE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    // …示范区建设, …试验区改革: a title that opens a longer name is that name's.
    const next = taggedWordAt(sentence, end);
    if (!creation && next && /^[\u4e00-\u9fff]/.test(next.word) && NAME_TAGS.test(next.tag)) continue;
    // …示范区创建 and 创建…示范区 are one campaign, keyed by its title.
    const title = text.slice(start, end);
    if (!FIELD_DEMONSTRATION.test(title)) continue;
    const name = creation ? `${title}创建` : title;
    found.push(
      programMention(name, name, sentence.start + start, sentence, creation ? [title] : [], programKey(title)),
    );
  }
  return found;
}

/**
 * Titles listed in quotes as what is built (围绕“A示范县、B示范县”建设): each is a creation of its own.
 */
export function quotedTitles(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  if (!text.includes('”建设') && !text.includes('"建设')) return found;
  for (const m of text.matchAll(/[“"]([^”"]{5,40})[”"]建设/g)) {
    let at = m.index + 1;
    for (const item of (m[1] ?? '').split('、')) {
      DEMONSTRATION_TITLE.lastIndex = 0;
      const title = DEMONSTRATION_TITLE.exec(item);
      if (item.length >= 5 && title && title.index + title[0].length === item.length)
        found.push(programMention(item, item, sentence.start + at, sentence, []));
      at += item.length + 1;
    }
  }
  return found;
}
