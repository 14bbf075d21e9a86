// Systems named by the post that answers for them (河长制, 林长制, 链长制, 河湖长制): what the
// post is over comes before 长制 as a noun of one or two characters; posts listed before one 长制
// (路长、片长制) name one system each. Reads no other kind of name.

import { LEVELS } from '../vocabulary.js';
import { type ProgramMention, programMention } from './program-mention.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordEndingAt } from './tokens.js';

/** Tags of what a post can be over: a noun, a place or a thing the tagger does not know. */
const OVER = /^(n|ns|nz|ng|x)$/;

/**
 * The …长制 systems of a sentence: 全面推行林长制 → 林长制, 深化河湖长制 → 河湖长制, 推行链长制
 * → 链长制 (the tagger reads 链长 as one word). A 长 that ends another word (增长制约, 家长制) or a
 * verb before it (延长|制度) names none.
 */
export function chiefSystems(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  for (let at = text.indexOf('长制'); at >= 0; at = text.indexOf('长制', at + 2)) {
    // 长制度, 长制定: the 制 opens another word.
    if (!isWordBoundary(sentence, at + 2)) continue;
    // 路长、|片长制: the posts listed before share the 制, the last one named in full.
    const listed = listedPosts(sentence, at);
    for (const post of listed.slice(0, -1))
      found.push(programMention(`${post.name}制`, post.name, sentence.start + post.start, sentence, []));
    let start = listed.at(-1)?.start ?? postStart(sentence, at);
    if (start < 0) continue;
    // 在市|林长制考核: a level before the post is the clause's, not the system's.
    if (at - start === 2 && LEVELS.includes(text[start] ?? '')) start++;
    const name = text.slice(start, at + 2);
    found.push(programMention(name, name, sentence.start + start, sentence, []));
  }
  return found;
}

/** Posts listed before one 长制, each of one or two characters and 长 (路长、片长制, 河长、湖长制). */
const LISTED_POSTS = /(?:[\u4e00-\u9fff]{1,2}长、)+[\u4e00-\u9fff]{1,2}长$/;

/**
 * The posts listed before the 长制 at `at` (路长、|片长制 → 路长, 片长): each names a system with the
 * 制 they share, the last one included; none when the list opens inside a word.
 */
function listedPosts(sentence: Sentence, at: number): { name: string; start: number }[] {
  const list = LISTED_POSTS.exec(sentence.text.slice(Math.max(0, at - 20), at + 1))?.[0];
  if (!list) return [];
  // 推行路长、, 以河长、: the first post is the shortest that opens a word (路长, 河长), else 网格长.
  const first = list.indexOf('、');
  // 以河长、: a preposition or a joiner before the post is the clause's, whatever the tagger reads.
  const particle = first >= 3 && /^[以为对在把将和与及从向由]/.test(list);
  const skip = particle ? 1 : [1, 0].find((n) => first - n >= 2 && isWordBoundary(sentence, at + 1 - list.length + n));
  if (skip === undefined) return [];
  const posts: { name: string; start: number }[] = [];
  let start = at + 1 - list.length + skip;
  for (const name of list.slice(skip).split('、')) {
    posts.push({ name, start });
    start += name.length + 1;
  }
  return posts;
}

/** Start of what the post at `at` (the offset of its 长) is over, or -1. */
function postStart(sentence: Sentence, at: number): number {
  const whole = taggedWordEndingAt(sentence, at + 2);
  if (!whole) return -1;
  // 河长制, 林长制: the tagger reads the system as one word it does not know (家长制 is a word it does).
  if (/^[\u4e00-\u9fff]{1,2}长制$/.test(whole.word)) return OVER.test(whole.tag) ? at + 2 - whole.word.length : -1;
  // 河湖|长制: what the post is over is a word of its own.
  if (whole.word === '长制') return overStart(sentence, at);
  // 链长|制, 园长|制: the post is one word.
  const post = taggedWordEndingAt(sentence, at + 1);
  // 助理|院长|制: a post after a noun is that noun's (an assistant's), not a system of its own.
  const before = taggedWordEndingAt(sentence, at - 1);
  if (before && /^(n|vn)/.test(before.tag)) return -1;
  if (whole.word === '制' && post?.word.length === 2 && OVER.test(post.tag)) return at - 1;
  return -1;
}

/** Start of the noun of one or two characters ending at `at`, or -1. */
function overStart(sentence: Sentence, at: number): number {
  const over = taggedWordEndingAt(sentence, at);
  if (!over || over.word.length > 2 || !/^[\u4e00-\u9fff]+$/.test(over.word) || !OVER.test(over.tag)) return -1;
  return at - over.word.length;
}
