// The topic a work report's sentence opens with: 扎实推进X，… / 深化X，… where X is a short noun
// phrase the rest of the sentence elaborates (results, figures, actions). It must not take aims,
// qualities, sectors, generic objects, places, nor names another rule reads (…改革, …建设).
// Anywhere in a sentence, the object of a running verb that is a field and an act naming a
// programme of public action (推进城区有机更新，…; 开展消费帮扶工作。) is a programme too.

import { groupBy } from '../../graph/group-by.js';
import { type ProgramMention, programMention } from './program-mention.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt } from './tokens.js';

/** A running verb that opens a sentence and the topic after it, up to the first comma. */
const TOPIC_OPENING =
  /^((?:扎实|深入|持续|全面|大力|稳步|全力|纵深|有序)推进|(?:持续|全面|不断|继续|纵深)?深化)([\u4e00-\u9fff]{2,8})，/;

/**
 * Endings of an X that is no initiative or is another rule's: aims and qualities (…水平, …发展,
 * …升级, …现代化), sectors (…业), generic objects (…工作, …项目), cooperation with others, and
 * the heads the named-program rules read (…改革, …建设, …行动).
 */
const NOT_TOPIC_END =
  /(水平|能力|环境|质量|效率|效益|效能|品质|优势|活力|实力|动能|发展|升级|增效|提质|转型|提升|化|业|工作|项目|任务|实事|事项|开放|合作|交流|创新|改革|建设|创建|机制|制度|体系|体制|工程|行动|活动|试点|规划|计划|战略|专项整治|专项斗争|攻坚战|战|政策|格局|中心|城市|区域|应用|策略|覆盖)$/;

/** What no name opens with or holds: a running adverb (全面对口帮扶), exchange and cooperation with others. */
const NOT_TOPIC_PART = /^(扎实|深入|持续|全面|大力|加快|稳步|全力|积极|着力|纵深|有序|不断|继续)|交流|合作|的/;

/** Parts of speech of a first word that opens no name: a preposition, conjunction, pronoun, number. */
const NOT_FIRST_TAG = /^(p|c|r|m|q|u|d|f)$/;

export interface TopicSpan {
  /** Offsets of X in the sentence. */
  start: number;
  end: number;
}

/**
 * Where the sentence's opening topic stands (扎实推进|脱贫攻坚|，), or null when the sentence opens
 * otherwise or nothing follows the comma.
 */
export function topicSpan(sentence: Sentence): TopicSpan | null {
  const match = TOPIC_OPENING.exec(sentence.text);
  if (!match) return null;
  const start = (match[1] ?? '').length;
  const end = start + (match[2] ?? '').length;
  return end + 1 < sentence.text.length ? { start, end } : null;
}

/**
 * True when the words of the span are a name's: it starts on a word, no word is a place, and no
 * verb takes an object inside it (在建项目|形成产能, 建设|新型智慧城区): that is an action, not a name.
 */
function nameWords(sentence: Sentence, start: number, end: number): boolean {
  let previous = '';
  for (let at = start; at < end; ) {
    const word = taggedWordAt(sentence, at);
    if (!word) return false;
    if (at === start && NOT_FIRST_TAG.test(word.tag)) return false;
    if (word.tag === 'ns') return false;
    if ((previous === 'v' && /^(n|nr|nz|b|a)$/.test(word.tag)) || (previous === 'vn' && /^(b|a)$/.test(word.tag))) {
      return false;
    }
    previous = word.tag;
    at += word.word.length;
  }
  return true;
}

/**
 * True when what follows the topic elaborates it: two more clauses, or a figure (深入推进城市更新，
 * 老旧小区改造完工1225个，…).
 */
function elaborated(sentence: Sentence, end: number): boolean {
  const rest = sentence.text.slice(end + 1);
  return /\d/.test(rest) || (rest.match(/，/g)?.length ?? 0) >= 1;
}

/** A running verb opening a clause (its adverbs too), before the objects it runs. */
const RUNNING_VERB =
  /(?:^|[，：])(?:扎实|深入|持续|全面|大力|稳步|全力|纵深|有序|积极|加快|一体|统筹|继续|切实)*(?:推进|推动|实施|深化|推行|开展|落实|抓好|做好|打好|打赢)(?=[\u4e00-\u9fff])/g;
/**
 * Acts a programme of public action is named by when a field or a target qualifies them: aid
 * paired between places or given to a group (对口|帮扶, 产业|帮扶, 劳务|协作), the fight on poverty
 * (消费|扶贫, 脱贫|攻坚), the revival of a field (种业|振兴), care by level (分级|诊疗), a drive to
 * master technology (关键核心技术|攻关), the control of a kind of pollution or hazard (污染|防治),
 * and the renewal or survey of a kind of settlement (城市|更新, 城市|体检: SETTLEMENT_ACT).
 */
const ACTS = '帮扶|协作|扶贫|脱贫|攻坚|振兴|诊疗|攻关|防治|更新|体检';
const PROGRAMME_ACT = new RegExp(`^(${ACTS})$`);
const ACT_TEXT = new RegExp(ACTS);
/** An item of a list that ends in an act, perhaps with 工作/行动 after it. */
const ACT_END = new RegExp(`(${ACTS})(工作|行动)?$`);
/** Acts that name a programme only of a kind of settlement: 城区有机更新, not 数据更新 or 免费体检. */
const SETTLEMENT_ACT = /^(更新|体检)$/;
/** Kinds of settlement a programme is named by (城市|更新), which the tagger reads as places. */
const SETTLEMENT_KIND = /^(城市|城乡|城镇|乡村|农村|社区|城区|老城|旧城)/;
/** A first word that makes 攻坚 a push on a kind of work, not a campaign (整治|攻坚, 改革|攻坚). */
const GENERIC_PUSH = /^(整治|改革|治理|建设|项目|工作|任务|重点|难点|集中)$/;
/**
 * Words of degree and manner the tagger reads as nouns or verbs (全部|脱贫, 合理|分级…), and
 * work done jointly (产学研|合作|攻关, 跨区域|协作), which is cooperation, not a programme.
 */
const NOT_FIELD =
  /^(全部|全面|整体|全体|基本|逐步|率先|稳定|持续|有效|如期|高质量|深度|加快|进一步|合理|有序|免费|合作|协同|联合|交流|跨区域|区域|跨)$/;
/** Parts of speech of the words before the act: nouns, verbal nouns, distinguishing words. */
const FIELD_TAG = /^(n|nz|vn|v|j|b|ns)$/;

/**
 * The compact term a running verb takes as its object, from `at` of the sentence: a field of one
 * to three words and an act of PROGRAMME_ACT, four to ten characters, closed by punctuation, by
 * 、 (the next item of the list the verb runs) or by 工作/行动 and punctuation; null otherwise.
 */
function actObject(sentence: Sentence, at: number): { end: number; next: number } | null {
  const { text } = sentence;
  let end = at;
  let words = 0;
  let previous = '';
  for (let word = taggedWordAt(sentence, end); word && end - at < 8; word = taggedWordAt(sentence, end)) {
    // 城市更新 and the like are one word to the segmenter: a field and an act all the same.
    const act = PROGRAMME_ACT.test(word.word)
      ? words >= 1
      : word.word.length >= 4 && PROGRAMME_ACT.test(word.word.slice(-2)) && /^(n|nz|l)$/.test(word.tag);
    if (act) {
      const after = end + word.word.length;
      const close = /^(?:工作|行动)?([，。；、])|^(?=等|力度|成效|取得|圆满|精准|不断|持续|扎实|深入)/.exec(
        text.slice(after),
      );
      const ofSettlement = !SETTLEMENT_ACT.test(word.word.slice(-2)) || SETTLEMENT_KIND.test(text.slice(at, after));
      if (close && ofSettlement && !(word.word === '攻坚' && GENERIC_PUSH.test(previous))) {
        return { end: after, next: after + close[0].length };
      }
    }
    if (!FIELD_TAG.test(word.tag) || words >= 3 || NOT_FIELD.test(word.word)) return null;
    // 黔西南州|对口协作, 某某片区|有机更新: a named place or area is whom the aid is for or where
    // the works are, not the field of a programme.
    if ((word.tag === 'ns' && !SETTLEMENT_KIND.test(word.word)) || /片区$/.test(word.word)) return null;
    previous = word.word;
    end += word.word.length;
    words++;
  }
  return null;
}

/**
 * Where a list of objects opens: after a running verb, after 加大 (a list closed by 力度: 加大消费
 * 扶贫、就业帮扶力度), or at a clause's start (a list closed by 等工作/等改革 or by how it went:
 * …，消费扶贫、就业帮扶等工作持续深化; 消费帮扶成效明显。).
 */
const LIST_OPENING = new RegExp(
  `${RUNNING_VERB.source}|(?:^|[，：])((?:持续|进一步|继续|全力|不断)?加大)?(?=[\\u4e00-\\u9fff])`,
  'g',
);
/**
 * What closes a list of objects after its last item: the works they are (等…工作), 力度, or how
 * they went, said of them as the subject of their clause (消费帮扶成效显著, …圆满收官).
 */
const LIST_TAIL =
  /等(?:重点|各项)?(?:工作|改革|试点)|力度|(?:成效(?:显著|明显|凸显)|取得(?:显著|明显|积极)?成效|圆满收官|精准高效|不断深化|持续深化|扎实推进|深入推进)$/;

/**
 * Programmes a running verb takes as its objects (推进城区有机更新，…; 扎实推进消费帮扶工作。), each a
 * field and an act that names a programme of public action, and the items of a list closed by
 * 等工作 or by 力度 after 加大. Of a list (统筹推进城区体检、城区设计、城镇有机更新), the items named
 * so are read when they are most of it; a list of places, fields or aims whose last item alone has
 * the act (凉山、怒江|对口协作, 传统手工艺、民俗节庆|振兴) shares it out and names no programme.
 */
function verbObjects(sentence: Sentence): TopicSpan[] {
  const spans: TopicSpan[] = [];
  const { text } = sentence;
  // Most sentences name no act: they are left before their clauses are looked at.
  if (!ACT_TEXT.test(text)) return spans;
  for (const match of text.matchAll(LIST_OPENING)) {
    const at = (match.index ?? 0) + match[0].length;
    const close = /[，。；：]/.exec(text.slice(at));
    let list = text.slice(at, close ? at + close.index : text.length);
    // Most objects hold no act: they are left before their words are looked up.
    if (!ACT_TEXT.test(list)) continue;
    const tail = LIST_TAIL.exec(list);
    // A list at a clause's start is one of works only when 等…工作 closes it; 加大 needs 力度.
    const verb = match[1] === undefined && !/^[，：]?$/.test(match[0]);
    const wanted = verb ? '' : match[1] ? '力度' : '等|progress';
    if (wanted && (!tail || (wanted === '力度') !== (tail[0] === '力度'))) continue;
    if (tail && (wanted || tail[0] !== '力度')) list = list.slice(0, tail.index);
    const items = list.split('、');
    // Each item must end in an act before its words are looked up.
    if (items.filter((item) => ACT_END.test(item)).length * 2 <= items.length) continue;
    const named: TopicSpan[] = [];
    let from = at;
    for (const item of items) {
      const object = actObject(sentence, from);
      const end = from + item.length;
      if (object && (object.end === end || object.next - 1 === end)) named.push({ start: from, end: object.end });
      from = end + 1;
    }
    if (named.length * 2 > items.length) spans.push(...named);
  }
  return spans;
}

/**
 * Programs named by the topic a sentence opens with, when no program already found stands in it.
 * @param found programs of the other rules, whose spans the topic must not overlap
 */
export function topicPrograms(sentences: Sentence[], found: ProgramMention[]): ProgramMention[] {
  const inSentence = groupBy(found, (p) => p.sentence);
  const out: ProgramMention[] = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const here = inSentence.get(sentence.index) ?? [];
    for (const object of verbObjects(sentence)) {
      const from = sentence.start + object.start;
      const to = sentence.start + object.end;
      if ([...here, ...out].some((p) => p.start < to && from < p.end)) continue;
      const name = sentence.text.slice(object.start, object.end);
      out.push(programMention(name, name, from, sentence, []));
    }
    const span = topicSpan(sentence);
    if (!span) continue;
    const name = sentence.text.slice(span.start, span.end);
    if (NOT_TOPIC_END.test(name) || NOT_TOPIC_PART.test(name)) continue;
    const from = sentence.start + span.start;
    const to = sentence.start + span.end;
    if ([...here, ...out].some((p) => p.start < to && from < p.end)) continue;
    if (!elaborated(sentence, span.end) || !nameWords(sentence, span.start, span.end)) continue;
    out.push(programMention(name, name, from, sentence, []));
  }
  return out;
}
