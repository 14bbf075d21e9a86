// The part each named body plays in a measure, read from the clause: the doer when it is the
// clause's subject or named as the doer (由X牵头, X会同Y, X负责, 配合X开展, 发挥X作用); founded
// when the measure sets it up (成立X); otherwise involved (the object, the place, the body
// reviewed or reported to). A body being reviewed or supervised is never the doer.

import type { AgencyRole } from '../../graph/types.js';
import type { AgencyMention } from './extract-agencies.js';

export interface AgencyPart {
  agency: AgencyMention;
  role: AgencyRole;
}

/** Time and framing words that may stand before a clause's subject. */
const BEFORE_SUBJECT =
  /^(?:(?:\d{4}年(?:\d{1,2}月)?(?:以来)?|今年以来|近年来|全年|同时|此外|其中|目前|截至目前|在此基础上)[，,]?)*$/;
/** Words after a body that make it the doer of what follows. */
const DOER_AFTER =
  /^(?:主要领导|领导班子|分管领导|主要负责人|负责同志)?(?:牵头|负责|会同|联合|带头|主导|统筹|先后|相继|专题|共|均|已|亦|也|还|再|积极|主动|认真|严格|全面|深入|定期|及时|切实|始终|坚持|组织|召开|印发|出台|制定|审议|听取|研究|部署|开展|推进|推动|落实|印发|建立|成立|组建|设立|发布|审查|办理|受理|完成|实现|聘请|编制|举办|作出|进行|对|向|在|与|按照|依法)/;
/** Words before a body that make it the doer: 由X, 配合X, 协助X, 支持X, 发挥X(作用). */
const DOER_BEFORE = /(?:由|经|配合|协助|支持|会同|联合|发挥好?|充分发挥)(?:[省市区县镇])?$/;
/** Words before a body that found it: 成立X, 组建X, 挂牌成立X. */
const FOUNDED_BEFORE = /(?:成立|组建|设立|新建|建成|筹建|挂牌)[^，。；]{0,6}$/;

/** Roles of the bodies named in the measure [start, end) of the text. */
export function agencyParts(text: string, start: number, end: number, agencies: AgencyMention[]): AgencyPart[] {
  const inside = agencies.filter((a) => a.start >= start && a.end <= end).sort((a, b) => a.start - b.start);
  const parts: AgencyPart[] = [];
  for (const [i, agency] of inside.entries()) {
    const lead = text.slice(start, agency.start);
    const clauseStart = start + Math.max(0, ...['，', '；', '：', ','].map((p) => lead.lastIndexOf(p) + 1));
    const before = text.slice(clauseStart, agency.start);
    const after = text.slice(agency.end, agency.end + 8);
    const previous = parts[i - 1];
    // 区委常委会、区政府常务会议专题听取…: a body joined to a doer before it is a doer too.
    const joined = previous?.role === 'doer' && /^[、和及与]?$/.test(text.slice(previous.agency.end, agency.start));
    let role: AgencyRole = 'involved';
    if (FOUNDED_BEFORE.test(before)) role = 'founded';
    else if (joined || DOER_BEFORE.test(before)) role = 'doer';
    // 以两办名义印发…: the body in whose name it is done does it.
    else if (/以$/.test(before) && /^名义/.test(after)) role = 'doer';
    else if (BEFORE_SUBJECT.test(before) && (DOER_AFTER.test(after) || /^[、和及与]/.test(after))) role = 'doer';
    else if (BEFORE_SUBJECT.test(before) && clauseStart === start) role = 'doer';
    parts.push({ agency, role });
  }
  return parts;
}
