// Named saved views: the page's URL state under a name the user gives, newest first. Pure; the
// panel keeps the list in localStorage.

export interface SavedView {
  name: string;
  /** The URL query that reopens the view ("?doc=…&f=…"). */
  search: string;
}

export const MAX_SAVED_VIEWS = 50;

/** Saves `search` under `name` (a blank name is refused; the same name is replaced). */
export function saveView(list: readonly SavedView[], name: string, search: string): SavedView[] {
  const trimmed = name.trim();
  if (trimmed === '') return [...list];
  return [{ name: trimmed, search }, ...list.filter((v) => v.name !== trimmed)].slice(0, MAX_SAVED_VIEWS);
}

export function removeView(list: readonly SavedView[], name: string): SavedView[] {
  return list.filter((v) => v.name !== name);
}

/** Reads the stored list; anything malformed is dropped rather than trusted. */
export function parseSavedViews(text: string | null): SavedView[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (v): v is SavedView =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as SavedView).name === 'string' &&
          typeof (v as SavedView).search === 'string' &&
          ((v as SavedView).search === '' || (v as SavedView).search.startsWith('?')),
      )
      .slice(0, MAX_SAVED_VIEWS);
  } catch {
    return [];
  }
}
