import { describe, expect, it } from 'vitest';
import { createProgress, progressBar } from './progress.js';

describe('progress of a run over many files', () => {
  it('draws files done of the total, characters per second and the time left', () => {
    expect(progressBar(12, 48, 410_000, 42)).toBe(`[######${'.'.repeat(18)}] 12/48 files  410 k chars/s  ETA 42s`);
    expect(progressBar(48, 48, 1_830_000, 0)).toBe(`[${'#'.repeat(24)}] 48/48 files  1.83 M chars/s  done`);
    expect(progressBar(1, 146, 500_000, 125)).toMatch(/ETA 2m05s$/);
  });

  it('estimates the time left from the bytes of the files done, and keeps the bar below the lines', () => {
    let now = 0;
    const written: string[] = [];
    const sizes = new Map([
      ['/a.txt', 1000],
      ['/b.txt', 3000],
    ]);
    const progress = createProgress({ sizes, write: (t) => written.push(t), tty: true, now: () => now });
    now = 2000;
    progress.fileDone('/a.txt', 800);
    // 1,000 of 4,000 bytes in 2 s: 6 s left; 800 characters in 2 s.
    expect(written.at(-1)).toBe(`\r\x1b[K${progressBar(1, 2, 400, 6)}`);
    progress.line('/a.txt [id]: created');
    expect(written.slice(-2)).toEqual(['\r\x1b[K/a.txt [id]: created\n', `\r\x1b[K${progressBar(1, 2, 400, 6)}`]);
  });

  it('prints only the lines when the output is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ sizes: new Map([['/a.txt', 10]]), write: (t) => written.push(t), tty: false });
    progress.fileDone('/a.txt', 10);
    progress.line('/a.txt [id]: unchanged');
    progress.end();
    expect(written).toEqual(['/a.txt [id]: unchanged\n']);
  });
});
