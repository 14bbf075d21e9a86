// A minimal observable holder for one area of state. Updates are pure functions of the old
// value; the store never reaches the DOM or the network.

export interface Store<S> {
  get(): S;
  /** Replaces the state with `update(state)` and tells the listeners when it changed. */
  update(update: (state: S) => S): void;
  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    update(update) {
      const previous = state;
      state = update(state);
      if (state === previous) return;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
