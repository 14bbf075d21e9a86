// The ontology of govkg: node kinds, relationship kinds, their attributes and the evidence
// record. The floor of the project: imports nothing from the other folders.

export const ENTITY_KINDS = ['Agency', 'Program', 'Regulation'] as const;
export const NODE_KINDS = [
  'Document',
  'Section',
  'Agency',
  'Program',
  'Regulation',
  'Metric',
  'Measure',
  'Jurisdiction',
  'Indicator',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EDGE_KINDS = [
  'PART_OF',
  'ISSUED_BY',
  'CARRIES_OUT',
  'CITES',
  'IMPLEMENTS',
  'HAS_METRIC',
  'ESTABLISHED',
  'MENTIONED_IN',
  'INVOLVES',
  'WITHIN',
  'IN',
  'OF',
  // Never stored: the overview sums agency → measure → program paths into one weighted edge.
  'DRIVES',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Where a node or relationship was read: offsets index the document's cleaned text. */
export interface Evidence {
  doc: string;
  /** Section path, e.g. "一、 > （二）". Empty for text before the first heading. */
  section: string;
  start: number;
  end: number;
  sentence: string;
  /** Offset of the sentence in the cleaned text: start - sentenceStart indexes the sentence. */
  sentenceStart: number;
}

export type Status = 'done' | 'planned' | 'problem';
export type SectionRole = Status | 'other';

interface BaseAttributes {
  kind: NodeKind;
  name: string;
  aliases?: string[];
  evidence?: Evidence[];
}

export interface DocumentAttributes extends BaseAttributes {
  kind: 'Document';
  title: string;
  /**
   * The jurisdiction chain written out (广东省深圳市宝安区, 北京市延庆区); 中国 for a national report
   * (国务院); empty when the report names no place.
   */
  region: string;
  /** The units of the chain from the top (["广东省", "深圳市", "宝安区"]); empty for a national report. */
  units: string[];
  /** GB/T 2260 code of the lowest unit (440306); for a new area run by a 管委会, its city's code. */
  divisionCode: string;
  issuer: string;
  /** The year the report reviews (equal to `reviewedYear`). */
  year: number | null;
  /** The year whose work the report reviews: 2021 for a 政府工作报告 delivered in 2022. */
  reviewedYear: number | null;
  /** The year the report was delivered or published. */
  deliveredYear: number | null;
  published: string | null;
  source: string;
  file: string;
  contentHash: string;
  text: string;
}

export interface SectionAttributes extends BaseAttributes {
  kind: 'Section';
  doc: string;
  number: string;
  title: string;
  level: number;
  order: number;
  path: string;
  role: SectionRole;
  start: number;
  end: number;
}

export interface AgencyAttributes extends BaseAttributes {
  kind: 'Agency';
  /** Jurisdiction a relative name was resolved against ("" for national bodies). */
  jurisdiction: string;
}

export interface ProgramAttributes extends BaseAttributes {
  kind: 'Program';
}

export interface RegulationAttributes extends BaseAttributes {
  kind: 'Regulation';
  docType: string;
  issuer: string;
}

export interface MetricAttributes extends BaseAttributes {
  kind: 'Metric';
  doc: string;
  value: number;
  /** Upper end of a range, when the text gives one. */
  upper?: number | null;
  unit: string;
  qualifier: string;
  subject: string;
  rank: string;
  /** The indicator the figure is a value of (地区生产总值), when its wording names one. */
  indicator?: string;
  /** What the figure says of the indicator: its level, or its growth in % (negative: a fall). */
  measure?: IndicatorMeasure;
  /** The value as a point of the indicator's series: a fall is negative. */
  seriesValue?: number;
  /** The unit of seriesValue: 元 for a figure in 亿元, % for a growth. */
  seriesUnit?: string;
  /** True for a target or forecast (预期目标, 左右, 力争), not a reported result. */
  target?: boolean;
}

export type IndicatorMeasure = 'level' | 'growth';

/** An administrative unit (国家 > 省 > 市 > 区/县); `chain` is the written-out path (广东省深圳市). */
export interface JurisdictionAttributes extends BaseAttributes {
  kind: 'Jurisdiction';
  level: '国家' | '省' | '市' | '区县';
  chain: string;
}

/** A figure reported across places and years (地区生产总值), one node for every report. */
export interface IndicatorAttributes extends BaseAttributes {
  kind: 'Indicator';
}

export interface MeasureAttributes extends BaseAttributes {
  kind: 'Measure';
  doc: string;
  text: string;
  status: Status;
}

export type NodeAttributes =
  | DocumentAttributes
  | SectionAttributes
  | AgencyAttributes
  | ProgramAttributes
  | RegulationAttributes
  | MetricAttributes
  | MeasureAttributes
  | JurisdictionAttributes
  | IndicatorAttributes;

/** The part a body plays in a measure besides doing it (INVOLVES): set up by it, or named in it. */
export type AgencyRole = 'doer' | 'founded' | 'involved';

export interface EdgeAttributes {
  kind: EdgeKind;
  evidence?: Evidence[];
  /**
   * CARRIES_OUT, ISSUED_BY: true when the text names no one and the report's author is implied
   * (印发《…》 with no subject); views may leave such edges aside.
   */
  default?: boolean;
  /** INVOLVES (Measure → Agency): 'founded' (成立X) or 'involved' (the object, place, body reviewed). */
  role?: AgencyRole;
}

export interface GraphNode {
  key: string;
  attributes: NodeAttributes;
}
export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** A value of a report that could not be used and was left out; the report is stored without it. */
export interface ExtractionWarning {
  file: string;
  /** The field or part concerned: a front-matter field ("date"), or "front matter". */
  field: string;
  message: string;
}

/** One document's extraction: its own nodes and every relationship it states. */
export interface Extraction {
  document: GraphNode & { attributes: DocumentAttributes };
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** What was left out of the document, each with its reason. Absent or empty: nothing. */
  warnings?: ExtractionWarning[];
}

/** The shape the HTTP API serves and the explorer draws. */
export interface ViewNode {
  key: string;
  kind: NodeKind;
  label: string;
  x?: number;
  y?: number;
  [attribute: string]: unknown;
}
export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** CARRIES_OUT, ISSUED_BY: the report's author, implied where the text names no one. */
  default?: boolean;
  /** A summary edge (overview): how many measures or reports it stands for. */
  weight?: number;
}
export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** A named, parameterized use-case query: its Cypher is shown to people and may be edited. */
export interface Template {
  name: string;
  title: string;
  description: string;
  cypher: string;
  /** Parameters the template takes, with an example value. */
  params: Record<string, string | number | boolean>;
}
