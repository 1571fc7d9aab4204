import type { ErrorCode } from './errorCodes';
import { SequestreError } from './SequestreError';
import { asSentence } from './sentence';

/** An expected refusal as a plain value: what `{ ok: false, error }` carries. */
export type Refusal = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
};

/** Builds a refusal; `details.rule` names the precise rule when a code covers several. */
export function refuse(code: ErrorCode, message: string, details?: Record<string, unknown>): Refusal {
  const sentence = asSentence(message);
  return details === undefined ? { code, message: sentence } : { code, message: sentence, details };
}

/** Turns a refusal into the error the queries throw. */
export function toError(refusal: Refusal): SequestreError {
  return new SequestreError(refusal.code, refusal.message, refusal.details);
}

/** Turns a thrown `SequestreError` back into a refusal; anything else is a bug and rethrown. */
export function toRefusal(error: unknown): Refusal {
  if (error instanceof SequestreError) return refuse(error.code, error.message, error.details);
  throw error;
}
