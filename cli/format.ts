// Formats query rows for the terminal: an aligned table, JSON lines or CSV.

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function csvCell(value: unknown): string {
  const text = cell(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Display width, counting CJK characters as two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

export function formatTable(columns: string[], rows: Record<string, unknown>[], format: string): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'csv')
    return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n');
  const cells = rows.map((r) => columns.map((c) => cell(r[c]).replace(/\n/g, ' ').slice(0, 80)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i] ?? ''))));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat((widths[i] ?? 0) - width(v))).join(' | ');
  return [
    line(columns),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...cells.map(line),
    `(${rows.length} rows)`,
  ].join('\n');
}
