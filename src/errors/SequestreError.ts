import type { ErrorCode } from './errorCodes';
import { asSentence } from './sentence';

/**
 * The error thrown by the queries (`quoteOrder`, `parseOrder`, `availableActions`, …) for an
 * argument they cannot use. Commands never throw it: they return `{ ok: false, error }`.
 *
 * @example
 * try { parseOrder(row) } catch (e) { if (e instanceof SequestreError) log(e.code, e.details) }
 */
export class SequestreError extends Error {
  /** The refusal code, one of SPEC §11. */
  readonly code: ErrorCode;
  /** Facts behind the refusal as plain data (`path`, `rule`, `expected`, …). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(asSentence(message));
    this.name = 'SequestreError';
    this.code = code;
    this.details = details;
  }
}
