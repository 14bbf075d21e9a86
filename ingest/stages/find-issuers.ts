// Who issued a regulation, only where the text says so: the body its title starts with
// (深圳市人民政府重大行政决策程序规定, X办公室关于…的通知), the bodies right before the title
// (中共中央、国务院《…》, X以…名义印发《…》, X制定并印发《…》), the bodies after it with 经/由 and an
// issuing verb (《…》经X审议通过, 《…》由X、Y联合印发), the meeting or body the sentence says decided it
// (召开X会议，研究制定…; 经X审议通过，印发…), the author beside the bodies it acted with (联合X印发),
// else the report's author when an issuing verb with no subject governs the title
// (印发《…》) — marked as the default — but never for a law or a regulation above its powers.

import { groupBy } from '../../graph/group-by.js';
import { type AgencyMention, splitCompound } from './extract-agencies.js';
import type { RegulationMention } from './extract-regulations.js';
import type { Jurisdiction } from './read-metadata.js';
import type { Sentence } from './split-sentences.js';

export interface IssuerFound {
  regulation: RegulationMention;
  /** An agency mention of the text, or a body read from the title. */
  agency: AgencyMention | { surface: string };
  /** True when the issuer is the report's author, implied by a verb with no subject. */
  isDefault: boolean;
}

const ISSUER_GAP =
  /^(?:[、和及与并]|以|名义|联合|共同|正式|先后|相继|专门|研究|印发|发布|出台|制定|颁布|修订|制发|审定|审议通过|通过|实施|了|的)*$/;
/** What stands before the first issuer when the author acts with it: 联合X印发, 会同X制定. */
const JOINT_LEAD = /^(?:[省市区县])?(?:联合|会同|协同)$/;
/** 经X(第N次会议)审议通过，印发《…》: the body's approval, then the issuing clause. */
const APPROVED =
  /^(?:第[\d一二三四五六七八九十百]+次(?:全体)?会议)?(?:审议|研究)?通过[，,](?:正式|先后)?(?:印发|出台|发布|颁布|公布)(?:了|实施)?《?$/;
/** The session of a body's meeting between the body and its verb: 市政府第12次常务会议审议通过. */
const SESSION = /第[\d一二三四五六七八九十百]+次(?:常务会议|全体会议|主任会议|会议)?/g;
/** What follows a title its issuer comes after: 《…》经市政府常务会议审议通过, 《…》由市委、市政府联合印发. */
const AFTER_TITLE = /^[，,]?(?:已|正式|先后)?[经由]$/;
const VERB_AFTER_ISSUER =
  /^(?:联合|共同|正式)?(?:第[\d一二三四五六七八九十百]+次(?:常务会议|全体会议|会议)?)?(?:研究)?(?:审议通过|通过|审定|印发|发布|出台|制定|颁布|公布)/;
const ISSUE_VERB =
  /(?:制定|印发|出台|发布|颁布|制发|公布|编制|编印|起草|审议通过|研究制定|(?<!新)修订|(?<!新)修改)(?:了|并实施|实施)?$/;
/** A body at the head of a title: 深圳市人民政府…, 龙华区人民政府办公室关于…. */
const TITLE_ISSUER =
  /^((?:中共)?[\u4e00-\u9fff]{2,12}?(?:人民政府办公厅|人民政府办公室|人民政府|人大常委会|办公厅|办公室|委员会|司法局|[^\s]{2,4}局))(?=关于|印发|转发|[\u4e00-\u9fff]{4,})/;
/** A party committee at the head of a title: 中共某省委关于…, 中共某市委办公厅印发…. */
const PARTY_TITLE_ISSUER = /^(中共[\u4e00-\u9fff]{2,10}?[省市区县州盟旗]委(?:办公厅|办公室)?)(?=关于|印发)/;
/**
 * A commission or a leading group of a party committee at the head of a title, whose rules or
 * plans it lays down (中共某区委全面依法治区委员会工作规则, 中共某市委…领导小组办公室关于…).
 */
const PARTY_BODY_TITLE_ISSUER =
  /^(中共[\u4e00-\u9fff]{2,10}?[省市区县州盟旗]委[\u4e00-\u9fff]{2,12}?(?:委员会|领导小组)(?:办公室)?)(?=关于|印发|[\u4e00-\u9fff]{4,})/;
const NATIONAL_TITLE_ISSUER =
  /^(中共中央|国务院|全国人民代表大会常务委员会|全国人大常委会)(?=关于|[\u4e00-\u9fff]{4,})/;

/** True when a body of this kind may issue a document of this type. */
function withinPowers(author: string, regulation: RegulationMention): boolean {
  const name = regulation.name.replace(/[（(][^）)]*[）)]$/, '');
  if (/(?<![办方])法$|法典$/.test(name)) return /人民代表大会|人大/.test(author);
  if (/条例$/.test(name)) return /人民代表大会|人大|国务院/.test(author);
  return true;
}

/** True when the title starts with a place above the author (北京市…条例 in a district report). */
function upperPlace(regulation: RegulationMention, jurisdiction: Jurisdiction): boolean {
  const units = jurisdiction.units;
  const lowest = units.at(-1) ?? '';
  for (const unit of units.slice(0, -1)) {
    if (regulation.name.startsWith(unit) && !regulation.name.slice(unit.length).startsWith(lowest)) return true;
  }
  return /^(?:中华人民共和国|全国|国家)/.test(regulation.name);
}

export function findIssuers(
  text: string,
  sentences: Sentence[],
  regulations: RegulationMention[],
  agencies: AgencyMention[],
  author: string,
  jurisdiction: Jurisdiction,
): IssuerFound[] {
  const found: IssuerFound[] = [];
  const bySentence = groupBy(agencies, (a) => a.sentence);
  const regsIn = groupBy(regulations, (r) => r.sentence);
  for (const regulation of regulations) {
    const s = sentences[regulation.sentence];
    if (!s) continue;
    const titled =
      TITLE_ISSUER.exec(regulation.name) ??
      PARTY_TITLE_ISSUER.exec(regulation.name) ??
      PARTY_BODY_TITLE_ISSUER.exec(regulation.name) ??
      NATIONAL_TITLE_ISSUER.exec(regulation.name);
    // 区政府列席区人大常委会会议规定: a body, a verb, another body; the run names no one issuer.
    const runOn = /政府(?!办公厅|办公室|$)/.test(titled?.[1] ?? '');
    if (titled?.[1] && !runOn && !/^(?:本|各|该)/.test(titled[1])) {
      // 中共盐田区委盐田区人民政府关于…: a title issued jointly names each issuer.
      for (const part of splitCompound(titled[1], 0))
        found.push({ regulation, agency: { surface: part.surface }, isDefault: false });
      continue;
    }
    const lead = text.slice(s.start, regulation.start);
    const clauseStart = s.start + Math.max(0, ...['，', '；', '。'].map((p) => lead.lastIndexOf(p) + 1));
    const inSentence = bySentence.get(regulation.sentence) ?? [];
    const inClause = inSentence.filter((a) => a.start >= clauseStart && a.end <= regulation.start);
    // Only bodies, joiners and an issuing verb stand between the issuer and the title.
    const explicit = inClause.filter((a) => {
      let between = text.slice(a.end, regulation.start);
      for (const other of inClause) {
        if (other.start >= a.end) between = between.replace(text.slice(other.start, other.end), '');
      }
      // 印发《A》和《B》: the titles before this one in the run stand between too.
      const gap = between
        .replace(/^[\u4e00-\u9fff]{0,4}(?=名义)/, '')
        .replace(/《[^《》]*》(?:等)?[、和及与]?/g, '')
        .replace(SESSION, '');
      return ISSUER_GAP.test(gap);
    });
    if (explicit.length > 0) {
      for (const agency of explicit) found.push({ regulation, agency, isDefault: false });
      // 联合市市场监管局印发《…》: with no subject, the author is the other issuer.
      const first = explicit.reduce((a, b) => (b.start < a.start ? b : a));
      const lead = text
        .slice(clauseStart, first.start)
        .replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是)/, '');
      if (author && JOINT_LEAD.test(lead) && withinPowers(author, regulation) && !upperPlace(regulation, jurisdiction))
        found.push({ regulation, agency: { surface: author }, isDefault: true });
      continue;
    }
    // 《…》经市政府常务会议审议通过, 《…》由市委、市政府联合印发: the bodies after the title.
    const after = issuersAfter(text, regulation, inSentence);
    if (after.length > 0) {
      for (const agency of after) found.push({ regulation, agency, isDefault: false });
      continue;
    }
    // 出台《A》和《B》: the verb governs every title of the run.
    let before = text.slice(clauseStart, regulation.start);
    for (const other of regsIn.get(regulation.sentence) ?? []) {
      if (other.start >= clauseStart && other.end <= regulation.start)
        before = before.replace(text.slice(other.start, other.end), '');
    }
    // 出台A和全市B: the scope of the second title is no part of the verb.
    before = before
      .replace(/《[^《》]*》/g, '')
      .replace(/[全本我][省市区县]$/, '')
      .replace(/(?:等|[、和及与])+$/, '');
    if (!ISSUE_VERB.test(before)) continue;
    // 召开X会议…，研究制定…, 经X审议通过，印发…: the meeting or body that decided it.
    const meeting = inSentence.find(
      (a) =>
        a.end <= regulation.start &&
        (/召开$/.test(text.slice(Math.max(s.start, a.start - 2), a.start)) ||
          (text[a.start - 1] === '经' && APPROVED.test(text.slice(a.end, regulation.start)))),
    );
    if (meeting) {
      found.push({ regulation, agency: meeting, isDefault: false });
      continue;
    }
    if (author && withinPowers(author, regulation) && !upperPlace(regulation, jurisdiction)) {
      found.push({ regulation, agency: { surface: author }, isDefault: true });
    }
  }
  return found;
}

/** The bodies named right after a title with 经 or 由 before them and an issuing verb after them. */
function issuersAfter(text: string, regulation: RegulationMention, agencies: AgencyMention[]): AgencyMention[] {
  const following = agencies.filter((a) => a.start >= regulation.end).sort((a, b) => a.start - b.start);
  const first = following[0];
  if (!first || !AFTER_TITLE.test(text.slice(regulation.end, first.start).replace(/^》/, ''))) return [];
  const chain = [first];
  for (const next of following.slice(1)) {
    const last = chain.at(-1);
    if (!last || !/^[、和及与]$/.test(text.slice(last.end, next.start))) break;
    chain.push(next);
  }
  const end = chain.at(-1)?.end ?? first.end;
  return VERB_AFTER_ISSUER.test(text.slice(end, end + 24)) ? chain : [];
}
