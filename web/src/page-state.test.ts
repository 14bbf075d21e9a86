import { describe, expect, it } from 'vitest';
import { createPageState, pageSearch } from './page-state.js';
import { setSizeBy } from './state/graph-state.js';
import { select } from './state/selection-state.js';
import { parseUrlState } from './state/url-state.js';

describe('page state', () => {
  it('seeds every store from the URL, so the page writes back the URL it was opened with', () => {
    // Written by hand: each parameter the page keeps, none of them at its default.
    const search =
      '?view=console&hide=Metric,Section&color=community&size=pagerank&labels=0.5&cypher=MATCH+(n)+RETURN+n&params=%7B%22a%22%3A1%7D';
    const page = createPageState(parseUrlState(search));
    const pairs = (text: string) => [...new URLSearchParams(text)].sort();
    expect(pairs(pageSearch(page))).toEqual(pairs(search));
    expect(pairs(search)).toHaveLength(7);
    const paths = createPageState(parseUrlState('?view=paths&from=Agency%3AA&to=Program%3AB'));
    expect(pageSearch(paths)).toBe('?view=paths&from=Agency%3AA&to=Program%3AB');
  });

  it('follows the stores: the selection and the size are written, the console text only while it is open', () => {
    const page = createPageState(parseUrlState('?view=console&cypher=RETURN+1'));
    page.selection.update((s) => select(s, 'Agency:A'));
    page.graphState.update((s) => setSizeBy(s, 'pagerank'));
    expect(pageSearch(page)).toBe('?view=console&node=Agency%3AA&size=pagerank&cypher=RETURN+1');
    page.route.update(() => ({ view: 'graph', arg: null }));
    expect(pageSearch(page)).toBe('?node=Agency%3AA&size=pagerank');
  });
});
