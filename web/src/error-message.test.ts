import { describe, expect, it } from 'vitest';
import { ApiError } from './api.js';
import { errorKey, errorMessage } from './error-message.js';
import { EN, ZH } from './i18n-messages.js';

describe('error messages', () => {
  it('gives every code the server sends a sentence in Chinese and in English', () => {
    for (const code of [
      'NETWORK',
      'NEO4J_UNREACHABLE',
      'QUERY_TIMEOUT',
      'QUERY_REFUSED',
      'QUERY_FAILED',
      'BAD_REQUEST',
      'NOT_FOUND',
      'UNAUTHORIZED',
      'INTERNAL',
      'LOAD_CSV_REFUSED',
      'PROCEDURE_REFUSED',
      'ADMIN_REFUSED',
      'PARAMS_TOO_DEEP',
      'PARAMS_TOO_LARGE',
      'QUERY_MEMORY_LIMIT',
      'QUERY_CPU_LIMIT',
      'CONSOLE_BUSY',
      'SERVER_BUSY',
      'HOST_REFUSED',
      'CROSS_SITE_REFUSED',
    ]) {
      const key = errorKey(code);
      expect(key).toBe(`error.${code}`);
      expect(ZH[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(EN[key]).toMatch(/^[\x20-\x7e…“”‘’–—]+$/);
    }
  });

  it("maps Fastify's and HTTP's codes to their family, anything else to a message naming the code", () => {
    expect(errorKey('FST_ERR_VALIDATION')).toBe('error.BAD_REQUEST');
    expect(errorKey('FST_ERR_CTP_BODY_TOO_LARGE')).toBe('error.PAYLOAD_TOO_LARGE');
    expect(errorKey('429')).toBe('error.RATE_LIMITED');
    expect(errorMessage(new ApiError('SOMETHING_NEW', 'x'), 'en').text).toContain('SOMETHING_NEW');
  });

  it("keeps the server's words as detail and marks an unreachable server", () => {
    const timeout = errorMessage(new ApiError('QUERY_TIMEOUT', 'stopped after 3000 ms'), 'zh');
    expect(timeout.text).toBe(ZH['error.QUERY_TIMEOUT']);
    expect(timeout.detail).toBe('stopped after 3000 ms');
    expect(timeout.unreachable).toBe(false);
    const down = errorMessage(new ApiError('NETWORK', 'Failed to fetch'), 'en');
    expect(down.unreachable).toBe(true);
    expect(down.text).toBe(EN['error.NETWORK']);
    expect(errorMessage(new TypeError('Failed to fetch dynamically imported module')).unreachable).toBe(true);
  });
});
