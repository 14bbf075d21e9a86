// Splits an optional YAML front-matter block (flat `key: value` lines between two `---` lines)
// off the top of a report. Only flat scalar fields are read; anything else is left alone.

export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Returns the front-matter fields (unquoted) and the text after the block. */
export function readFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!field?.[1]) continue;
    fields[field[1].toLowerCase()] = unquote((field[2] ?? '').trim());
  }
  return { fields, body: text.slice(match[0].length) };
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
  if (!quoted) return value;
  return (quoted[1] ?? '').replace(/\\"/g, '"');
}
