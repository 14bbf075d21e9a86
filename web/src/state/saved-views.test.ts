import { describe, expect, it } from 'vitest';
import { parseSavedViews, removeView, saveView } from './saved-views.js';

describe('saved views', () => {
  it('saves newest first, replaces a name, refuses a blank one and removes', () => {
    let list = saveView([], '完成的措施', '?f=status:done');
    list = saveView(list, '全部', '');
    list = saveView(list, ' 完成的措施 ', '?f=status:done;degree:2');
    expect(list).toEqual([
      { name: '完成的措施', search: '?f=status:done;degree:2' },
      { name: '全部', search: '' },
    ]);
    expect(saveView(list, '  ', '?x')).toEqual(list);
    expect(removeView(list, '全部').map((v) => v.name)).toEqual(['完成的措施']);
  });

  it('reads back what it stored and drops anything malformed', () => {
    const list = saveView([], 'a', '?doc=x');
    expect(parseSavedViews(JSON.stringify(list))).toEqual(list);
    expect(parseSavedViews('{')).toEqual([]);
    expect(parseSavedViews(JSON.stringify([{ name: 'x', search: 'javascript:alert(1)' }, { name: 1 }]))).toEqual([]);
  });
});
