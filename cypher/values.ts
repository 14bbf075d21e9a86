// Converts what the driver returns (Integer, Node, Relationship, Path, temporal values) into
// plain JSON-ready values. Neo4j Integers never leave cypher/.

import type { Node, Path, Relationship } from 'neo4j-driver';
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export function isNode(value: unknown): value is Node {
  return value instanceof neo4j.types.Node;
}
export function isRelationship(value: unknown): value is Relationship {
  return value instanceof neo4j.types.Relationship;
}
export function isPath(value: unknown): value is Path {
  return value instanceof neo4j.types.Path;
}

/** Plain JavaScript value of a driver value; integers outside ±2^53 become strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) } as PlainNode;
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlain(value.properties),
    } as PlainRelationship;
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (
    isDate(value as object) ||
    isDateTime(value as object) ||
    isLocalDateTime(value as object) ||
    isTime(value as object) ||
    isLocalTime(value as object) ||
    isDuration(value as object)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
