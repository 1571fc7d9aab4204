import type { ErrorCode } from 'sequestre';
import type { StoreErrorCode } from 'sequestre-postgres';

/** The service's own refusals, beside the library's and the store's. */
export type ServiceErrorCode = 'UNAUTHENTICATED' | 'IDEMPOTENCY_KEY_REQUIRED' | 'PAYMENT_REFUSED' | 'CHARGE_REFUNDED';

/**
 * Every refusal as an HTTP status, written once:
 * - 400: the request itself is wrong (`INVALID_INPUT`, no idempotency key);
 * - 401: no identity; 402: the payment provider refused the charge or the refund;
 * - 403: the caller may never do this to this order (`FORBIDDEN`);
 * - 404: no such order;
 * - 409: the order's current state refuses it; re-read the order and decide again
 *   (`NOT_ALLOWED`, `ORDER_CLOSED`, `CONFLICT`, `LIMIT_REACHED`, `TOO_EARLY` with
 *   `details.from`, `OUT_OF_ORDER`, `ORDER_EXISTS`, `CHARGE_REFUNDED`);
 * - 422: `AMOUNT_MISMATCH`, the payment does not match the quote (the charge is refunded);
 * - 500: `INVALID_ORDER`, a stored order the library cannot use is the server's fault;
 * - 503: busy, try again with the same idempotency key (`RETRIES_EXHAUSTED`).
 */
export const STATUS_OF = {
  INVALID_INPUT: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  PAYMENT_REFUSED: 402,
  FORBIDDEN: 403,
  ORDER_NOT_FOUND: 404,
  NOT_ALLOWED: 409,
  ORDER_CLOSED: 409,
  CONFLICT: 409,
  LIMIT_REACHED: 409,
  TOO_EARLY: 409,
  OUT_OF_ORDER: 409,
  ORDER_EXISTS: 409,
  CHARGE_REFUNDED: 409,
  NO_EVENT: 409,
  AMOUNT_MISMATCH: 422,
  INVALID_ORDER: 500,
  RETRIES_EXHAUSTED: 503,
} as const satisfies Record<ErrorCode | StoreErrorCode | ServiceErrorCode, number>;

export type AnyErrorCode = keyof typeof STATUS_OF;
