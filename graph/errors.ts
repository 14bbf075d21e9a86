// Errors with a stable code that tests and callers match on; the cause keeps the original.
// Messages say what was expected, what arrived and what to do.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_NOT_TEXT'
  | 'INPUT_EMPTY'
  | 'UNSUPPORTED_FORMAT'
  | 'CONFIG_INVALID'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_COMPLEX'
  | 'INPUT_TIMEOUT'
  | 'DISK_FULL'
  | 'NO_JAVA'
  | 'NEO4J_STORE_LOCKED'
  | 'NEO4J_NOT_RUNNING'
  | 'NO_MAVEN'
  | 'NEO4J_BUILD_FAILED'
  | 'NEO4J_START_FAILED'
  | 'NEO4J_UNREACHABLE'
  | 'QUERY_REFUSED'
  | 'QUERY_FAILED'
  | 'QUERY_TIMEOUT'
  | 'QUERY_MEMORY_LIMIT'
  | 'QUERY_CPU_LIMIT'
  | 'CONSOLE_BUSY'
  | 'LOAD_CSV_REFUSED'
  | 'PROCEDURE_REFUSED'
  | 'ADMIN_REFUSED'
  | 'PARAMS_TOO_DEEP'
  | 'PARAMS_TOO_LARGE'
  | 'SERVER_BUSY'
  | 'BAD_REQUEST'
  | 'NOT_FOUND';

export class GovkgError extends Error {
  override readonly name = 'GovkgError';
  readonly code: ErrorCode;
  /** The file the error is about, when there is one. */
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; file?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.file = options.file;
  }
}

export function isGovkgError(error: unknown): error is GovkgError {
  return error instanceof GovkgError;
}
