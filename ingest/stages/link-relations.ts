// Turns one document's mentions into graph records: merges mentions into nodes by key (surface
// forms become aliases), and states each relationship with the sentence that supports it.

import { groupBy } from '../../graph/group-by.js';
import type {
  EdgeAttributes,
  EdgeKind,
  Evidence,
  Extraction,
  GraphEdge,
  GraphNode,
  NodeAttributes,
} from '../../graph/types.js';
import { IMPLEMENT_VERBS } from '../vocabulary.js';
import { type AgencyMention, agencyKey, type Mention, resolveAgency } from './extract-agencies.js';
import type { MeasureSpan } from './extract-measures.js';
import type { MetricMention } from './extract-metrics.js';
import type { ProgramMention } from './extract-programs.js';
import type { RegulationMention } from './extract-regulations.js';
import { agencyParts } from './find-actors.js';
import { findIssuers } from './find-issuers.js';
import { measurePrograms } from './program-scopes.js';
import type { DocumentInfo } from './read-metadata.js';
import type { SectionSpan } from './split-sections.js';
import type { Sentence } from './split-sentences.js';

export interface LinkInput {
  docId: string;
  file: string;
  text: string;
  contentHash: string;
  info: DocumentInfo;
  sections: SectionSpan[];
  sentences: Sentence[];
  agencies: AgencyMention[];
  programs: ProgramMention[];
  regulations: RegulationMention[];
  metrics: MetricMention[];
  measures: MeasureSpan[];
}

/** The title of a report on the building of a rule-of-law government. */
const RULE_OF_LAW_REPORT = /法治政府建设[^，。]{0,12}(?:情况|工作)?的?报告/;

const sectionKey = (docId: string, index: number) => `Section:${docId}:${index}`;

class GraphRecords {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  node(key: string, attributes: NodeAttributes): GraphNode {
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const node = { key, attributes };
    this.nodes.set(key, node);
    return node;
  }

  edge(kind: EdgeKind, source: string, target: string, evidence?: Evidence, extra: Partial<EdgeAttributes> = {}): void {
    if (source === target) return;
    const key = `${kind}:${source}->${target}`;
    let edge = this.edges.get(key);
    if (!edge) {
      const attributes: EdgeAttributes = { kind, evidence: [], ...extra };
      if (attributes.default === false) delete attributes.default;
      edge = { key, source, target, attributes };
      this.edges.set(key, edge);
    } else if (extra.default === false) {
      // Stated once in so many words: no longer only implied.
      delete edge.attributes.default;
    }
    if (evidence && (edge.attributes.evidence?.length ?? 0) < 20) edge.attributes.evidence?.push(evidence);
  }
}

function addAlias(node: GraphNode, ...aliases: string[]): void {
  const attributes = node.attributes;
  const list = attributes.aliases ?? [];
  for (const alias of aliases) {
    const clean = alias.replace(/^《|》$/g, '').trim();
    if (clean && clean !== attributes.name && !list.includes(clean)) list.push(clean);
  }
  attributes.aliases = list;
}

export function linkRelations(input: LinkInput): Extraction {
  const { docId, text, info, sections, sentences } = input;
  const g = new GraphRecords();
  const docKey = `Document:${docId}`;
  const evidenceAt = (start: number, end: number, sentence: Sentence): Evidence => ({
    doc: docId,
    section: sentence.section?.path ?? '',
    start,
    end,
    sentence: sentence.text,
    sentenceStart: sentence.start,
  });

  const document = g.node(docKey, {
    kind: 'Document',
    name: info.title || docId,
    title: info.title,
    region: info.jurisdiction.region,
    units: info.jurisdiction.units,
    divisionCode: info.jurisdiction.code,
    issuer: info.issuer,
    year: info.year,
    reviewedYear: info.reviewedYear,
    deliveredYear: info.deliveredYear,
    published: info.published,
    source: info.source,
    file: input.file,
    contentHash: input.contentHash,
    text,
  }) as Extraction['document'];

  for (const section of sections) {
    const key = sectionKey(docId, section.index);
    g.node(key, {
      kind: 'Section',
      name: section.number ? `${section.number}${section.title}` : section.title,
      doc: docId,
      number: section.number,
      title: section.title,
      level: section.level,
      order: section.index,
      path: section.path,
      role: section.role,
      start: section.start,
      end: section.end,
    });
    g.edge('PART_OF', key, section.parent === null ? docKey : sectionKey(docId, section.parent));
  }

  // The issuing body is the implied actor of every measure that names none.
  const issuer = info.issuer ? resolveAgency(info.issuer, info.jurisdiction) : null;
  const issuerKey = issuer ? agencyKey(issuer.name, issuer.jurisdiction) : null;
  if (issuer && issuerKey) {
    const node = g.node(issuerKey, { kind: 'Agency', name: issuer.name, jurisdiction: issuer.jurisdiction });
    addAlias(node, info.issuer, ...issuer.aliases);
  }

  const entities: Mention[] = [...input.agencies, ...input.programs, ...input.regulations];
  for (const m of entities) {
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const node = g.node(m.key, entityAttributes(m));
    addAlias(node, m.surface, ...('aliases' in m ? (m.aliases as string[]) : []));
    const evidence = evidenceAt(m.start, m.end, sentence);
    const list = node.attributes.evidence ?? [];
    if (list.length < 50) list.push(evidence);
    node.attributes.evidence = list;
    if (sentence.section) g.edge('MENTIONED_IN', m.key, sectionKey(docId, sentence.section.index), evidence);
  }

  const bySentence = <T extends { sentence: number }>(items: T[]) => groupBy(items, (item) => item.sentence);
  const agenciesIn = bySentence(input.agencies);
  const regulationsIn = bySentence(input.regulations);
  const metricsIn = bySentence(input.metrics);

  linkIssuers(g, input, issuerKey, evidenceAt);
  linkBodiesNamedForPrograms(g, input, evidenceAt);

  // The report's author is the implied doer of every action that names none.
  // A report on the building of a rule-of-law government keeps each item to one matter.
  const ruleOfLaw = [info.title, input.file.split(/[\\/]/).at(-1) ?? ''].some((t) => RULE_OF_LAW_REPORT.test(t));
  const items = ruleOfLaw ? { agencies: input.agencies } : undefined;
  const programsOf = measurePrograms(text, sentences, sections, input.programs, input.measures, items);
  let previous: { sentence: number; doers: string[] } = { sentence: -1, doers: [] };
  for (const [i, measure] of input.measures.entries()) {
    const s = measure.sentence;
    const key = `Measure:${docId}:${measure.start}`;
    const evidence = evidenceAt(measure.start, measure.end, s);
    g.node(key, {
      kind: 'Measure',
      name: measure.text.length > 40 ? `${measure.text.slice(0, 40)}…` : measure.text,
      doc: docId,
      text: measure.text,
      status: measure.status,
      evidence: [evidence],
    });
    if (s.section) g.edge('PART_OF', key, sectionKey(docId, s.section.index), evidence);
    for (const program of programsOf[i] ?? []) g.edge('PART_OF', key, program, evidence);
    const parts = agencyParts(text, measure.start, measure.end, agenciesIn.get(s.index) ?? []);
    let doers = parts.filter((p) => p.role === 'doer').map((p) => p.agency.key);
    // 区委常委会专题听取…，审议…: the subject of a sentence carries over to its later actions.
    if (doers.length === 0 && previous.sentence === s.index) doers = previous.doers;
    previous = { sentence: s.index, doers };
    for (const doer of doers) g.edge('CARRIES_OUT', doer, key, evidence, { default: false });
    if (doers.length === 0 && issuerKey) g.edge('CARRIES_OUT', issuerKey, key, evidence, { default: true });
    for (const part of parts.filter((p) => p.role !== 'doer')) {
      const at = evidenceAt(part.agency.start, part.agency.end, s);
      g.edge('INVOLVES', key, part.agency.key, at, { role: part.role });
      const founder = doers[0] ?? issuerKey;
      if (part.role === 'founded' && founder) g.edge('ESTABLISHED', founder, part.agency.key, at);
    }
    for (const regulation of inside(regulationsIn.get(s.index) ?? [], measure)) {
      g.edge('CITES', key, regulation.key, evidenceAt(regulation.start, regulation.end, s));
      if (IMPLEMENT_VERBS.test(text.slice(measure.start, regulation.start))) {
        g.edge('IMPLEMENTS', key, regulation.key, evidenceAt(regulation.start, regulation.end, s));
      }
    }
    for (const [n, metric] of inside(metricsIn.get(s.index) ?? [], measure).entries()) {
      g.edge('HAS_METRIC', key, metricKey(docId, metric, n), evidenceAt(metric.start, metric.end, s));
    }
  }

  for (const [i, metric] of input.metrics.entries()) {
    const s = sentences[metric.sentence];
    if (!s) continue;
    const key = metricKey(docId, metric, i);
    g.node(key, {
      kind: 'Metric',
      name: `${metric.subject ? `${metric.subject} ` : ''}${metric.qualifier === '近' ? '近' : ''}${metric.value}${metric.unit}`,
      doc: docId,
      value: metric.value,
      upper: metric.upper,
      unit: metric.unit,
      qualifier: metric.qualifier,
      subject: metric.subject,
      rank: metric.rank,
      evidence: [evidenceAt(metric.start, metric.end, s)],
    });
    if (s.section)
      g.edge('MENTIONED_IN', key, sectionKey(docId, s.section.index), evidenceAt(metric.start, metric.end, s));
  }

  return { document, nodes: [...g.nodes.values()], edges: [...g.edges.values()] };
}

/**
 * The items within a measure. A function of the module, not a closure made per measure: the
 * loader names each closure bound to a const on every call (esbuild's keepNames).
 */
function inside<T extends { start: number; end: number }>(items: T[], measure: MeasureSpan): T[] {
  return items.filter((x) => x.start >= measure.start && x.end <= measure.end);
}

function metricKey(docId: string, metric: MetricMention, _i: number): string {
  return `Metric:${docId}:${metric.start}`;
}

function entityAttributes(m: Mention): NodeAttributes {
  if (m.kind === 'Agency') {
    return { kind: 'Agency', name: m.name, jurisdiction: (m as AgencyMention).jurisdiction };
  }
  if (m.kind === 'Regulation') {
    return { kind: 'Regulation', name: m.name, docType: (m as RegulationMention).docType, issuer: '' };
  }
  return { kind: 'Program', name: m.name };
}

type EvidenceAt = (start: number, end: number, sentence: Sentence) => Evidence;

/** A body set up for a program carries it out: 创建“X”工作领导小组, X指挥部, X工作专班. */
const BODY_FOR_PROGRAM = /(?:领导小组|工作小组|工作组|指挥部|专班|推进办公室|工作委员会)$/;

function linkBodiesNamedForPrograms(g: GraphRecords, input: LinkInput, evidenceAt: EvidenceAt): void {
  const programs = new Map<string, string>();
  for (const p of input.programs) if (p.name.length >= 4) programs.set(p.name, p.key);
  for (const agency of input.agencies) {
    const s = input.sentences[agency.sentence];
    if (!s || !BODY_FOR_PROGRAM.test(agency.name)) continue;
    const plain = agency.name.replace(/[“”"]/g, '');
    for (const [name, key] of programs) {
      if (plain.includes(name)) g.edge('CARRIES_OUT', agency.key, key, evidenceAt(agency.start, agency.end, s));
    }
  }
}

/** A government's meeting that decides (X政府常务会议, X人民政府全体会议), and the government. */
const MEETING = /^(.{2,20}?(?:政府|管理委员会|管委会))(?:常务会议|全体会议)$/;

/** Names of plans: a programme and a document at once. */
const PLAN = /(规划|计划|纲要)$/;

/** ISSUED_BY edges where the text says who issued a regulation or a plan; the author's marked default. */
function linkIssuers(g: GraphRecords, input: LinkInput, authorKey: string | null, evidenceAt: EvidenceAt): void {
  const { text, sentences, info } = input;
  // A plan named as a programme (“八五”普法规划) is a document too when the text says who issued it.
  // So is one merged into the programme it is the plan of (“八五”普法规划 into “八五”普法): its surface says so.
  const plans: RegulationMention[] = input.programs
    .filter((p) => PLAN.test(p.name) || PLAN.test(p.surface))
    .map((p) => {
      const name = PLAN.test(p.name) ? p.name : p.surface.replace(/[“”"]/g, '');
      return { ...p, name, kind: 'Regulation', docType: /规划|计划|纲要/.exec(name)?.[0] ?? '' };
    });
  const documents = [...input.regulations, ...plans];
  const found = findIssuers(text, sentences, documents, input.agencies, info.issuer, info.jurisdiction);
  for (const { regulation, agency, isDefault } of found) {
    const s = sentences[regulation.sentence];
    if (!s) continue;
    let key: string | null = 'key' in agency ? agency.key : null;
    if (isDefault) key = authorKey;
    else if (!key) {
      const resolved = resolveAgency(agency.surface, info.jurisdiction, info.issuer);
      // A relative name with no unit of its level in the report's chain is no one body.
      if (resolved.unresolved) continue;
      key = agencyKey(resolved.name, resolved.jurisdiction);
      const node = g.node(key, { kind: 'Agency', name: resolved.name, jurisdiction: resolved.jurisdiction });
      addAlias(node, agency.surface, ...resolved.aliases);
    }
    if (!key) continue;
    g.edge('ISSUED_BY', regulation.key, key, evidenceAt(regulation.start, regulation.end, s), {
      default: isDefault,
    });
    // 区政府常务会议审议通过《…》: the government whose meeting decided it issues it too.
    const owner = MEETING.exec(String(g.nodes.get(key)?.attributes.name ?? ''))?.[1];
    const body = owner ? resolveAgency(owner, info.jurisdiction, info.issuer) : null;
    if (body && !body.unresolved) {
      const ownerKey = agencyKey(body.name, body.jurisdiction);
      addAlias(g.node(ownerKey, { kind: 'Agency', name: body.name, jurisdiction: body.jurisdiction }), ...body.aliases);
      g.edge('ISSUED_BY', regulation.key, ownerKey, evidenceAt(regulation.start, regulation.end, s), {
        default: false,
      });
    }
    const node = g.nodes.get(regulation.key);
    const issuerNode = g.nodes.get(key);
    if (node?.attributes.kind === 'Regulation' && issuerNode && !node.attributes.issuer) {
      node.attributes.issuer = issuerNode.attributes.name;
    }
  }
}
