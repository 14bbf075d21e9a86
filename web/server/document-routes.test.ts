import { describe, expect, it } from 'vitest';
import { uploadName } from './document-routes.js';

describe('uploadName', () => {
  it('decodes the percent-encoded name and keeps the file name only', () => {
    expect(uploadName(encodeURIComponent('深圳市政府工作报告_2022年.txt'))).toBe('深圳市政府工作报告_2022年.txt');
    expect(uploadName(encodeURIComponent('../../etc/报告.pdf'))).toBe('报告.pdf');
    expect(uploadName(encodeURIComponent('C:\\Users\\me\\报告.docx'))).toBe('报告.docx');
    expect(uploadName('report.txt')).toBe('report.txt');
  });

  it('refuses a missing, empty, badly encoded, too long or control-character name', () => {
    for (const header of [undefined, '', '%E4%B8', encodeURIComponent('a\nb.txt'), `${'x'.repeat(300)}.txt`, '..%2F'])
      expect(() => uploadName(header), String(header)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});
