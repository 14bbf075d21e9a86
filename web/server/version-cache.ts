// An answer kept while the stored reports stay the same: each call reads the store's version (one
// small query) and computes the answer again only when it changed. Calls that arrive while the
// answer for their version is being computed share that computation.

export interface VersionCache<T> {
  get(): Promise<T>;
}

/** @param compute the answer for the version read (given, so that it can be kept with it) */
export function versionCache<T>(
  version: () => Promise<string>,
  compute: (version: string) => Promise<T>,
): VersionCache<T> {
  let kept: { version: string; answer: Promise<T> } | null = null;
  return {
    async get() {
      const current = await version();
      if (kept?.version === current) return kept.answer;
      const answer = compute(current);
      const entry = { version: current, answer };
      kept = entry;
      // A failed computation is not kept: the next call tries again.
      answer.catch(() => {
        if (kept === entry) kept = null;
      });
      return answer;
    },
  };
}
