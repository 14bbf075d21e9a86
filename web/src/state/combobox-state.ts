// A searchable picker: its options (each with a count and where it belongs), the text typed,
// the options that match and the active one for the keyboard. Pure; no DOM.

export interface ComboOption {
  value: string;
  label: string;
  /** Where the option belongs: a jurisdiction, the places of its reports. */
  detail?: string;
  /** Measures (or reports) in the scope; the view of the option shows the same number. */
  count?: number;
}

export interface ComboState {
  text: string;
  open: boolean;
  /** Index of the matching option Enter picks, -1 when none. */
  active: number;
}

export const CLOSED: ComboState = { text: '', open: false, active: -1 };

const collator = new Intl.Collator('zh-Hans-CN');

/** Most counted first, then by name in the reader's collation (not by code point). */
export function byCountThenName(a: ComboOption, b: ComboOption): number {
  return (b.count ?? 0) - (a.count ?? 0) || collator.compare(a.label, b.label);
}

/** Options whose label or detail contains every word typed (case ignored); all for no text. */
export function matching(options: readonly ComboOption[], text: string): ComboOption[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const hay = `${o.label} ${o.detail ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export const typedText = (_s: ComboState, text: string, matches: number): ComboState => ({
  text,
  open: true,
  active: matches > 0 ? 0 : -1,
});

/** Moves the active option by `delta` within `matches` options, opening the list. */
export function moveActive(s: ComboState, delta: number, matches: number): ComboState {
  if (matches === 0) return { ...s, open: true, active: -1 };
  if (!s.open) return { ...s, open: true, active: Math.max(0, s.active) };
  return { ...s, active: Math.min(matches - 1, Math.max(0, s.active + delta)) };
}
