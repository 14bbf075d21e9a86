// The allow-list of user Cypher, on plans shaped like Neo4j 5's EXPLAIN output, and the bounds
// of parameters.

import { describe, expect, it } from 'vitest';
import { checkParams, checkPlan, type PlanNode } from './query-guard.js';

const plan = (operatorType: string, children: PlanNode[] = [], details = ''): PlanNode => ({
  operatorType,
  arguments: { Details: details },
  children,
});
const refusal = (node: PlanNode) => {
  try {
    checkPlan(node);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('checkPlan', () => {
  it('lets read plans through, whatever the database suffix and expand mode', () => {
    const read = plan('ProduceResults@neo4j', [
      plan('Limit@neo4j', [
        plan('Expand(All)@neo4j', [plan('NodeIndexSeek@neo4j'), plan('VarLengthExpand(Pruning,BFS)@neo4j')]),
      ]),
    ]);
    expect(refusal(read)).toBeNull();
    const search = plan('ProduceResults@neo4j', [
      plan('ProcedureCall@neo4j', [], 'db.index.fulltext.queryNodes($autostring_0, $q) :: (node :: NODE)'),
    ]);
    expect(refusal(search)).toBeNull();
  });

  it('refuses LOAD CSV anywhere in the plan', () => {
    expect(refusal(plan('ProduceResults@neo4j', [plan('Apply@neo4j', [plan('LoadCSV@neo4j')])]))).toBe(
      'LOAD_CSV_REFUSED',
    );
  });

  it('refuses procedures outside the read set and administration operators', () => {
    const call = (signature: string) => plan('ProduceResults@neo4j', [plan('ProcedureCall@neo4j', [], signature)]);
    expect(refusal(call('dbms.listConfig() :: (name :: STRING)'))).toBe('PROCEDURE_REFUSED');
    expect(refusal(call('db.clearQueryCaches() :: (value :: STRING)'))).toBe('PROCEDURE_REFUSED');
    expect(refusal(plan('AdministrationCommand@system'))).toBe('ADMIN_REFUSED');
    expect(refusal(plan('ProduceResults@neo4j', [plan('TerminateTransactions@neo4j')]))).toBe('ADMIN_REFUSED');
    expect(refusal(plan('ProduceResults@neo4j', [plan('ShowSettings@neo4j')]))).toBe('ADMIN_REFUSED');
  });

  it('refuses writes and operators it does not know', () => {
    expect(refusal(plan('ProduceResults@neo4j', [plan('Create@neo4j')]))).toBe('QUERY_REFUSED');
    expect(refusal(plan('ProduceResults@neo4j', [plan('TransactionApply@neo4j')]))).toBe('QUERY_REFUSED');
    expect(refusal(plan('SomethingNew@neo4j'))).toBe('QUERY_REFUSED');
  });
});

describe('checkParams', () => {
  it('accepts ordinary parameters and refuses deep or huge ones', () => {
    expect(() => checkParams({ name: '行政处罚法', keys: ['a', 'b'], options: { limit: 5 } })).not.toThrow();
    let deep: unknown = 1;
    for (let i = 0; i < 3000; i++) deep = [deep];
    expect(() => checkParams({ deep })).toThrow(expect.objectContaining({ code: 'PARAMS_TOO_DEEP' }));
    expect(() => checkParams({ many: Array.from({ length: 20_000 }, () => 0) })).toThrow(
      expect.objectContaining({ code: 'PARAMS_TOO_LARGE' }),
    );
  });
});
