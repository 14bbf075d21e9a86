import { describe, expect, it } from 'vitest';
import { htmlDepth } from './html-depth.js';

describe('htmlDepth', () => {
  it('counts nested elements, not void, self-closed or closed ones', () => {
    expect(htmlDepth('<html><body><div><p>一<br>二<img src=x></p><p>三</p></div></body></html>', 100)).toBe(4);
    expect(htmlDepth('<div><span/><span></span></div>', 100)).toBe(2);
  });

  it('closes an open <p>, <li> or <td> at the next one, as browsers do', () => {
    const sloppy = `<body><ul>${'<li><p>条目'.repeat(500)}</ul></body>`;
    expect(htmlDepth(sloppy, 1000)).toBeLessThanOrEqual(5);
  });

  it('skips comments, scripts and styles', () => {
    expect(htmlDepth(`<body><script>${'<div>'.repeat(50)}</script><!-- ${'<div>'.repeat(50)} --></body>`, 100)).toBe(1);
  });

  it('stops counting past the limit', () => {
    expect(htmlDepth('<div>'.repeat(100_000), 1000)).toBe(1001);
  });
});
