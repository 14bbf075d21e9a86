// Estimates how deep the elements of an HTML page nest, by a linear scan of its tags, so that a
// page nested too deep is refused before the parser (whose work grows with depth) sees it.

/** Elements that never hold others. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose end tag may be left out: a new one closes the one still open near the top. */
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rt',
  'rp',
  'tbody',
  'thead',
]);

/** Comments, raw-text elements (skipped whole), and start or end tags. */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** How far an implied end looks down the stack of open elements. */
const IMPLIED_REACH = 4;

/**
 * The deepest nesting of elements the page's tags open, counted until it passes `stopAt`. Lenient
 * like browsers: void and self-closed elements add nothing, an end tag closes up to its open
 * element, and a repeated <p>, <li>, <td>… closes the one before it.
 */
export function htmlDepth(html: string, stopAt: number): number {
  const open: string[] = [];
  let deepest = 0;
  for (const match of html.matchAll(TOKEN)) {
    const name = match[3]?.toLowerCase();
    if (!name || VOID.has(name)) continue;
    if (match[2] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (match[4] === '/') continue;
    if (IMPLIED_END.has(name)) {
      const at = open.lastIndexOf(name);
      if (at >= 0 && at >= open.length - IMPLIED_REACH) open.length = at;
    }
    open.push(name);
    if (open.length > deepest) {
      deepest = open.length;
      if (deepest > stopAt) return deepest;
    }
  }
  return deepest;
}
