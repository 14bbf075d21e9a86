// The selected node and the way back to the ones selected before it. Pure; no DOM.

export interface SelectionState {
  selected: string | null;
  /** Earlier selections, most recent last (at most 50). */
  history: readonly string[];
}

export const INITIAL_SELECTION: SelectionState = { selected: null, history: [] };

const HISTORY = 50;

export function select(state: SelectionState, key: string | null): SelectionState {
  if (key === state.selected) return state;
  const history = state.selected ? [...state.history, state.selected].slice(-HISTORY) : state.history;
  return { selected: key, history };
}

/** Goes back to the previous selection, if any. */
export function back(state: SelectionState): SelectionState {
  const previous = state.history.at(-1);
  if (previous === undefined) return state;
  return { selected: previous, history: state.history.slice(0, -1) };
}
