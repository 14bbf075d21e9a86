// The bounds one input file must stay within: bytes on disk, characters of text, what a DOCX
// unpacks to, PDF pages, HTML nesting and reading time. A file past a bound is refused by name.

import { GovkgError } from '../graph/errors.js';

export interface InputLimits {
  /** Largest file read, in bytes. Default: 64 MiB. */
  maxFileBytes: number;
  /**
   * Most characters of text one report may hold once read (about 6 MB of Chinese in UTF-8, fifty
   * times a long 政府工作报告). Bounds the memory of extraction. Default: 2,000,000.
   */
  maxChars: number;
  /** Most bytes the XML parts of a DOCX may unpack to (images aside). Default: 64 MiB. */
  maxUnpackedBytes: number;
  /** Most pages of a PDF. Default: 2,000. */
  maxPdfPages: number;
  /** Deepest nesting of elements in an HTML page or a DOCX's HTML. Default: 1,000. */
  maxHtmlDepth: number;
  /** Longest time reading one file may take, checked between PDF pages, in ms. Default: 120,000. */
  maxReadMs: number;
}

export const DEFAULTS: Readonly<InputLimits> = Object.freeze({
  maxFileBytes: 64 * 1024 * 1024,
  maxChars: 2_000_000,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxPdfPages: 2_000,
  maxHtmlDepth: 1_000,
  maxReadMs: 120_000,
});

/** The defaults with the caller's values over them. */
export function resolveLimits(limits: Partial<InputLimits> = {}): InputLimits {
  const resolved = { ...DEFAULTS };
  for (const [name, value] of Object.entries(limits) as [keyof InputLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(value > 0)) throw new RangeError(`input limit ${name} must be a positive number, got ${value}`);
    resolved[name] = value;
  }
  return resolved;
}

/** A file past one of the bounds: `limit` names which, for callers and tests. */
export class InputLimitError extends GovkgError {
  readonly limit: keyof InputLimits;

  constructor(
    code: 'INPUT_TOO_LARGE' | 'INPUT_TOO_COMPLEX' | 'INPUT_TIMEOUT',
    limit: keyof InputLimits,
    message: string,
    file: string,
  ) {
    super(code, message, { file });
    this.limit = limit;
  }
}

/** "150.0 MB", "2,000,000": sizes and counts as people read them. */
export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en');
}
