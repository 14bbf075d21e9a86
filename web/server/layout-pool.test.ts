import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '../../graph/types.js';
import { createLayoutPool, LAYOUT_NICE } from './layout-pool.js';

/** Nice values of this process's threads (Linux), from /proc/self/task/<tid>/stat. */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return [Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16])];
    } catch {
      return [];
    }
  });
}

describe('the layout pool', () => {
  it.runIf(process.platform === 'linux')(
    'lays out in one worker thread at a lower priority, the others keep theirs',
    async () => {
      const before = threadNices();
      const pool = createLayoutPool();
      try {
        const view: ViewGraph = {
          nodes: Array.from({ length: 50 }, (_, i) => ({ key: `n${i}`, kind: 'Agency', label: `n${i}` })),
          edges: Array.from({ length: 49 }, (_, i) => ({
            key: `e${i}`,
            source: `n${i}`,
            target: `n${i + 1}`,
            kind: 'CITES',
          })),
        } as ViewGraph;
        const laid = await pool.layout(view);
        expect(laid.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
        const after = threadNices();
        expect(after.filter((n) => n === LAYOUT_NICE).length).toBe(before.filter((n) => n === LAYOUT_NICE).length + 1);
        expect(after.filter((n) => n === 0).length).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    },
  );
});
