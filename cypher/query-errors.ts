// Maps the driver's errors for a user query to our own codes and messages. Neo4j's text is
// passed on only for errors in the query itself; anything else could echo what the server read.

import { GovkgError, isGovkgError } from '../graph/errors.js';

/** Neo4j statement errors whose message speaks of the user's own query text. */
const QUERY_TEXT_ERRORS =
  /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing|TypeError|ArgumentError|ArithmeticError)$/;

/**
 * A GovkgError with a stable code for a failed user query.
 * @param context.timeoutMs the query's time limit; @param context.cpuMs its CPU budget, if any;
 * @param context.elapsedMs how long it ran
 */
export function queryError(
  cause: unknown,
  context: { timeoutMs: number; cpuMs?: number | undefined; elapsedMs: number },
): GovkgError {
  if (isGovkgError(cause)) return cause;
  const code = String((cause as { code?: unknown }).code ?? '');
  const pastLimit = context.elapsedMs >= context.timeoutMs;
  // CPU time never runs ahead of the clock: a query stopped sooner was not stopped for CPU.
  const pastCpu = context.cpuMs !== undefined && context.elapsedMs >= context.cpuMs;
  const cpuLimit = () =>
    new GovkgError(
      'QUERY_CPU_LIMIT',
      `the query used more than its ${context.cpuMs} ms of CPU time and was stopped: narrow it with WHERE or LIMIT`,
      { cause },
    );
  const timeout = () =>
    new GovkgError(
      'QUERY_TIMEOUT',
      `the query ran past its time limit of ${context.timeoutMs} ms and was stopped: narrow it with WHERE or LIMIT`,
      { cause },
    );
  if (/TransactionTimedOut/.test(code)) return timeout();
  // The embedded server's watchdog ends a query over its CPU budget with this status.
  if (/Request\.ResourceExhaustion$/.test(code) && pastCpu) return cpuLimit();
  if (/\.Terminated$/.test(code) || /^(ServiceUnavailable|SessionExpired)$/.test(code)) {
    if (pastLimit) return timeout();
    if (pastCpu) return cpuLimit();
    if (!code.startsWith('Neo.')) {
      return new GovkgError('NEO4J_UNREACHABLE', `the connection to Neo4j was lost (${code})`, { cause });
    }
    return new GovkgError('QUERY_FAILED', 'Neo4j terminated the query before it finished', { cause });
  }
  if (/MemoryLimit|OutOfMemory/.test(code)) {
    return new GovkgError(
      'QUERY_MEMORY_LIMIT',
      'the query needed more memory than a query may hold and was stopped: return fewer or smaller values',
      { cause },
    );
  }
  if (/AccessMode|Security\.Forbidden|WriteOnReadOnly/.test(code)) {
    return new GovkgError('QUERY_REFUSED', 'refused: this console is read-only', { cause });
  }
  if (QUERY_TEXT_ERRORS.test(code)) {
    const first = String((cause as Error).message ?? '').split('\n')[0] ?? '';
    return new GovkgError('QUERY_FAILED', `the query has an error: ${first.slice(0, 300)}`, { cause });
  }
  return new GovkgError('QUERY_FAILED', `Neo4j could not run the query (${code || 'no error code'})`, { cause });
}
