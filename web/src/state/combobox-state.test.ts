import { describe, expect, it } from 'vitest';
import { byCountThenName, CLOSED, type ComboOption, matching, moveActive, typedText } from './combobox-state.js';

const options: ComboOption[] = [
  { value: 'a', label: '安区政府', detail: '广东省深圳市宝安区', count: 3 },
  { value: 'b', label: '区司法局', detail: '广东省深圳市宝安区', count: 12 },
  { value: 'c', label: '北市政府', detail: '广东省深圳市', count: 3 },
  { value: 'd', label: 'Bureau', detail: '', count: 0 },
];

describe('combobox state', () => {
  it('orders by count, then by name in Chinese collation (安 ān before 北 běi, unlike code points)', () => {
    expect([...options].sort(byCountThenName).map((o) => o.value)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('matches every typed word in the label or the jurisdiction, ignoring case', () => {
    expect(matching(options, '政府').map((o) => o.value)).toEqual(['a', 'c']);
    expect(matching(options, '宝安区 司法').map((o) => o.value)).toEqual(['b']);
    expect(matching(options, 'bureau').map((o) => o.value)).toEqual(['d']);
    expect(matching(options, '  ')).toHaveLength(4);
    expect(matching(options, '国务院')).toEqual([]);
  });

  it('moves the active option within the matches and opens the list', () => {
    const typed = typedText(CLOSED, '政府', 2);
    expect(typed).toEqual({ text: '政府', open: true, active: 0 });
    expect(moveActive(typed, 1, 2).active).toBe(1);
    expect(moveActive(moveActive(typed, 5, 2), 1, 2).active).toBe(1);
    expect(moveActive(typed, -3, 2).active).toBe(0);
    expect(moveActive(CLOSED, 1, 3)).toEqual({ text: '', open: true, active: 0 });
    expect(moveActive(typed, 1, 0).active).toBe(-1);
  });
});
