import { describe, expect, it } from 'vitest';
import { versionCache } from './version-cache.js';

describe('versionCache', () => {
  it('computes again only when the version changes', async () => {
    let version = 'a';
    let computed = 0;
    const cache = versionCache(
      async () => version,
      async () => `${version}:${++computed}`,
    );
    expect(await cache.get()).toBe('a:1');
    expect(await cache.get()).toBe('a:1');
    version = 'b';
    expect(await cache.get()).toBe('b:2');
    expect(computed).toBe(2);
  });

  it('shares one computation between calls that overlap', async () => {
    let computed = 0;
    let finish: (value: number) => void = () => undefined;
    const cache = versionCache(
      async () => 'v',
      () => {
        computed++;
        return new Promise<number>((done) => {
          finish = done;
        });
      },
    );
    const first = cache.get();
    const second = cache.get();
    await new Promise((done) => setTimeout(done, 0));
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(computed).toBe(1);
  });

  it('does not keep a failure', async () => {
    let fail = true;
    const cache = versionCache(
      async () => 'v',
      async () => {
        if (fail) throw new Error('store unreachable');
        return 'ok';
      },
    );
    await expect(cache.get()).rejects.toThrow('store unreachable');
    fail = false;
    expect(await cache.get()).toBe('ok');
  });
});
