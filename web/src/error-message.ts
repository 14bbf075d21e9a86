// What the page says about a failed request: the API's {error:{code,message}} turned into a
// sentence in the page's language, the server's own words kept as detail. Pure; no DOM.

import { ApiError } from './api.js';
import { type Lang, type MessageKey, t } from './i18n.js';
import { ZH } from './i18n-messages.js';

export interface ErrorMessage {
  code: string;
  /** The sentence in the page's language. */
  text: string;
  /** What the server said (often Neo4j's English message); empty when it adds nothing. */
  detail: string;
  /** True when the server could not be reached at all. */
  unreachable: boolean;
}

/** Fastify's own error codes, by the family of message they need. */
const FASTIFY_CODES: [RegExp, string][] = [
  [/^FST_ERR_CTP_BODY_TOO_LARGE$/, 'PAYLOAD_TOO_LARGE'],
  [/^FST_ERR_/, 'BAD_REQUEST'],
];

/** The message key for an API error code (the server's codes, NETWORK, Fastify's codes). */
export function errorKey(code: string): MessageKey {
  const direct = `error.${code}`;
  if (direct in ZH) return direct as MessageKey;
  for (const [pattern, family] of FASTIFY_CODES) if (pattern.test(code)) return `error.${family}` as MessageKey;
  if (code === '401') return 'error.UNAUTHORIZED';
  if (code === '403') return 'error.FORBIDDEN';
  if (code === '404') return 'error.NOT_FOUND';
  if (code === '413') return 'error.PAYLOAD_TOO_LARGE';
  if (code === '429') return 'error.RATE_LIMITED';
  return 'error.UNKNOWN';
}

/** The message for `error` (an ApiError, or anything thrown) in `lang` (default: the current one). */
export function errorMessage(error: unknown, lang?: Lang): ErrorMessage {
  const code = error instanceof ApiError ? error.code : 'NETWORK';
  const serverText = error instanceof Error ? error.message : String(error);
  return {
    code,
    text: t(errorKey(code), { code }, lang),
    detail: code === 'NETWORK' ? '' : serverText,
    unreachable: code === 'NETWORK',
  };
}
