import type { ErrorCode } from './errorCodes';
import type { RefusalDetails } from './refusalRules';
import { asSentence } from './sentence';

/**
 * The error thrown by the queries (`quoteOrder`, `parseOrder`, `availableActions`, …) for an
 * argument they cannot use. Commands never throw it: they return `{ ok: false, error }`.
 *
 * @example
 * try { parseOrder(row) } catch (e) { if (e instanceof SequestreError && e.details?.rule === 'status.money') log(e.details.path) }
 */
export class SequestreError extends Error {
  /** The refusal code, one of SPEC §11. */
  readonly code: ErrorCode;
  /** Facts behind the refusal as plain data, discriminated on `rule` (`path`, `expected`, …). */
  readonly details: RefusalDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: RefusalDetails) {
    super(asSentence(message));
    this.name = 'SequestreError';
    this.code = code;
    this.details = details;
  }
}
