import type { RefusalDetails } from '../errors';
import type { Order } from '../model/types';
import { parseStoredOrder } from '../parse/stored/parseStoredOrder';

/** What `safeParseOrder` answers: the order, or why `parseOrder` refused it. */
export type SafeParseResult =
  | { readonly ok: true; readonly order: Order }
  | {
      readonly ok: false;
      readonly error: { readonly code: 'INVALID_ORDER'; readonly message: string; readonly details?: RefusalDetails };
    };

/**
 * `parseOrder` without the exception (SPEC §2), as zod's `safeParse` is to `parse`: the same
 * validation and migration, the refusal as a value.
 *
 * @example
 * const parsed = safeParseOrder(JSON.parse(row.order_json));
 * if (!parsed.ok) return reply.code(500).send(parsed.error);
 */
export function safeParseOrder(value: unknown): SafeParseResult {
  const parsed = parseStoredOrder(value);
  if (parsed.ok) return { ok: true, order: parsed.value };
  const { message, details } = parsed.refusal;
  return {
    ok: false,
    error: details === undefined ? { code: 'INVALID_ORDER', message } : { code: 'INVALID_ORDER', message, details },
  };
}
