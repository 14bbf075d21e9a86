// What user Cypher may do, decided before it runs: parameters of bounded depth and size, and a
// query plan (from EXPLAIN) made only of read operators and named read procedures.

import { GovkgError } from '../graph/errors.js';

/** Limits of user query parameters; each line is the most allowed. */
export const PARAM_LIMITS = {
  /** Nesting of lists and maps (a scalar at the top is depth 0). */
  depth: 16,
  /** Values in all, counting every list item and map entry. */
  values: 10_000,
};

/**
 * Refuses parameters nested deeper or holding more values than PARAM_LIMITS, before they reach
 * the driver (a deeply nested map overflows the server's stack and the request never ends).
 */
export function checkParams(params: unknown, limits = PARAM_LIMITS): void {
  let values = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: params, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) {
      throw new GovkgError('PARAMS_TOO_DEEP', `parameters are nested more than ${limits.depth} levels deep`);
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    values += children.length;
    if (values > limits.values) {
      throw new GovkgError('PARAMS_TOO_LARGE', `parameters hold more than ${limits.values} values`);
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
}

/** The part of a driver plan the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/**
 * Read operators of Neo4j 5 plans (the name before any "(mode)" and "@database"). Scans and
 * seeks of nodes, relationships and indexes are matched by READ_LEAF.
 */
const READ_OPERATORS = new Set([
  'Aggregation',
  'Anti',
  'AntiConditionalApply',
  'AntiSemiApply',
  'Apply',
  'Argument',
  'ArgumentTracker',
  'AssertSameNode',
  'AssertSameRelationship',
  'BFSPruningVarLengthExpand',
  'CacheProperties',
  'CartesianProduct',
  'ConditionalApply',
  'Distinct',
  'Eager',
  'EagerAggregation',
  'EmptyResult',
  'ExhaustiveLimit',
  'Expand',
  'Filter',
  'LetAntiSemiApply',
  'LetSelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSemiApply',
  'Limit',
  'NodeCountFromCountStore',
  'NodeHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'NonFuseable',
  'NonPipelined',
  'NullifyMetadata',
  'Optional',
  'OptionalExpand',
  'OrderedAggregation',
  'OrderedDistinct',
  'OrderedUnion',
  'PartialSort',
  'PartialTop',
  'ProduceResults',
  'ProjectEndpoints',
  'Projection',
  'PruningVarLengthExpand',
  'RelationshipCountFromCountStore',
  'Repeat',
  'RollUpApply',
  'SelectOrAntiSemiApply',
  'SelectOrSemiApply',
  'SemiApply',
  'ShortestPath',
  'Skip',
  'Sort',
  'StatefulShortestPath',
  'Top',
  'TriadicBuild',
  'TriadicFilter',
  'TriadicSelection',
  'Union',
  'Unwind',
  'ValueHashJoin',
  'VarLengthExpand',
  // Listings of the schema and of what can be called; nothing about users, settings or others' work.
  'ShowConstraints',
  'ShowFunctions',
  'ShowIndexes',
  'ShowProcedures',
]);
const READ_LEAF = /^(Partitioned)?(Directed|Undirected)?[A-Za-z]*(Scan|Seek|SeekByRange)$/;

/** Procedures user Cypher may call: reads of the graph and of its schema. */
export const READ_PROCEDURES = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.propertyKeys',
  'db.relationshipTypes',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.schema.visualization',
]);

function operatorName(operatorType: string): string {
  return /^[A-Za-z]+/.exec(operatorType)?.[0] ?? operatorType;
}

function procedureName(plan: PlanNode): string {
  const details = String(plan.arguments?.Details ?? plan.arguments?.Signature ?? '');
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
}

/** Throws the refusal of the first operator of `plan` that user Cypher may not run. */
export function checkPlan(plan: PlanNode): void {
  const stack = [plan];
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    const name = operatorName(node.operatorType);
    if (name === 'LoadCSV') {
      throw new GovkgError(
        'LOAD_CSV_REFUSED',
        'refused: LOAD CSV reads files and URLs outside the graph; this console reads the graph only',
      );
    }
    if (name === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!READ_PROCEDURES.has(procedure)) {
        throw new GovkgError(
          'PROCEDURE_REFUSED',
          `refused: the procedure ${procedure.slice(0, 100)} is not one this console may call (allowed: ${[...READ_PROCEDURES].join(', ')})`,
        );
      }
    } else if (!READ_OPERATORS.has(name) && !READ_LEAF.test(name)) {
      const admin = /^(AdministrationCommand|Show|Terminate|SystemProcedureCall)/.test(name);
      throw new GovkgError(
        admin ? 'ADMIN_REFUSED' : 'QUERY_REFUSED',
        admin
          ? `refused: administration commands (${name}) are not available in this console`
          : `refused: this console is read-only; the plan holds ${name}`,
      );
    }
    stack.push(...(node.children ?? []));
  }
}
