import { SequestreError } from '../../errors';
import type { Order } from '../../model/types';
import { parseOrder } from './parseOrder';

/** What `safeParseOrder` answers: the order, or why `parseOrder` refused it. */
export type SafeParseResult =
  | { readonly ok: true; readonly order: Order }
  | { readonly ok: false; readonly error: { readonly code: 'INVALID_ORDER'; readonly message: string; readonly details?: unknown } };

/**
 * `parseOrder` without the exception (SPEC §2), as zod's `safeParse` is to `parse`: the same
 * validation and migration, the refusal as a value.
 *
 * @example
 * const parsed = safeParseOrder(JSON.parse(row.order_json));
 * if (!parsed.ok) return reply.code(500).send(parsed.error);
 */
export function safeParseOrder(value: unknown): SafeParseResult {
  try {
    return { ok: true, order: parseOrder(value) };
  } catch (error) {
    if (!(error instanceof SequestreError)) throw error;
    const refusal = { code: 'INVALID_ORDER' as const, message: error.message };
    return { ok: false, error: error.details === undefined ? refusal : { ...refusal, details: error.details } };
  }
}
