// Result tables as data: cell text for any Neo4j value (nodes, paths, lists), sorting by a
// column, and CSV. Pure; the table view renders what these return.

export type SortDirection = 'asc' | 'desc';
export interface Sort {
  column: string;
  direction: SortDirection;
}

interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PlainRelationship {
  elementId: string;
  type: string;
  properties: Record<string, unknown>;
}

const isNode = (v: unknown): v is PlainNode =>
  typeof v === 'object' && v !== null && 'labels' in v && 'properties' in v && 'elementId' in v;
const isRelationship = (v: unknown): v is PlainRelationship =>
  typeof v === 'object' && v !== null && 'type' in v && 'properties' in v && 'elementId' in v;
const isPath = (v: unknown): v is { nodes: PlainNode[]; relationships: PlainRelationship[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { nodes?: unknown }).nodes) && 'relationships' in v;

function nodeText(node: PlainNode): string {
  const name = node.properties.name ?? node.properties.key ?? node.elementId;
  return `(:${node.labels.join(':')} ${String(name)})`;
}

/** Text of one cell: scalars as they are, lists joined with "、", nodes and paths in a Cypher-like form. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('、');
  if (isPath(value)) {
    const parts = [value.nodes[0] ? nodeText(value.nodes[0]) : ''];
    value.relationships.forEach((rel, i) => {
      const next = value.nodes[i + 1];
      parts.push(`-[:${rel.type}]-`, next ? nodeText(next) : '');
    });
    return parts.join('');
  }
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return `[:${value.type}]`;
  return JSON.stringify(value);
}

function compare(a: unknown, b: unknown): number {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (Array.isArray(a) && Array.isArray(b) && (a.length !== b.length || a.length === 0)) return a.length - b.length;
  return cellText(a).localeCompare(cellText(b), 'zh-Hans-CN', { numeric: true });
}

/** The rows sorted by `sort` (stable; empty cells last in both directions). */
export function sortRows<R extends Record<string, unknown>>(rows: readonly R[], sort: Sort | null): R[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[sort.column];
      const b = y.row[sort.column];
      const emptyA = a === null || a === undefined || a === '';
      const emptyB = b === null || b === undefined || b === '';
      if (emptyA || emptyB) return emptyA === emptyB ? x.index - y.index : emptyA ? 1 : -1;
      return sign * compare(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Clicking a header: a new column sorts ascending (numbers descending), the same one flips. */
export function nextSort(current: Sort | null, column: string, numeric = false): Sort {
  if (current?.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: numeric ? 'desc' : 'asc' };
}

function csvField(text: string): string {
  // A leading = + - @ would be read as a formula by spreadsheets; quote it with a tab guard.
  const guarded = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(guarded) || guarded !== text ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** RFC 4180 CSV with a header row and a UTF-8 byte order mark (spreadsheets need it for Chinese). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(row[c]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
