import { describe, expect, it } from 'vitest';
import { edit, failed, INITIAL_QUERY, parseParams, started, succeeded, useTemplate } from './query-state.js';

const result = { columns: ['n'], rows: [{ n: 1 }], graph: { nodes: [], edges: [] }, truncated: false, connected: 0 };

describe('query state', () => {
  it('runs, then keeps the answer of the latest run only', () => {
    const first = started(edit(INITIAL_QUERY, 'RETURN 1 AS n'));
    const second = started(first);
    expect(succeeded(second, first.run, result)).toBe(second);
    expect(succeeded(second, second.run, result)).toMatchObject({ status: 'done', result });
  });

  it('keeps the error code and message of a refused write', () => {
    const running = started(INITIAL_QUERY);
    const error = { code: 'QUERY_REFUSED', message: 'refused: this console is read-only' };
    expect(failed(running, running.run, error)).toMatchObject({ status: 'error', error, result: null });
  });

  it('loads a template with its parameters', () => {
    const state = useTemplate(INITIAL_QUERY, { name: 'search', cypher: 'CALL x', params: { query: '冬奥' } });
    expect(state).toMatchObject({ text: 'CALL x', template: 'search' });
    expect(parseParams(state.params)).toEqual({ params: { query: '冬奥' } });
  });

  it('accepts only a JSON object as parameters', () => {
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('[1]')).toHaveProperty('error');
    expect(parseParams('{oops')).toHaveProperty('error');
  });
});
