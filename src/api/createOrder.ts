import { initialTransition } from 'xstate';
import { numberEffects } from '../engine/numberEffects';
import type { OrderInput, Result } from '../model/types';
import { orderMachine } from '../order/machine';
import { presets } from '../order/presets';
import { parseOrderInput, refusePaymentMismatch } from '../parse/parseOrderInput';
import { fail, ok } from './results';

/**
 * Opens an order from a paid checkout (SPEC §2, §4): `pending`, version 1, history
 * `order.placed`, and one effect telling the seller. The policy defaults to `presets.comeup`.
 * It never throws for bad input: `INVALID_INPUT` or `AMOUNT_MISMATCH` come back as values.
 *
 * @example
 * const quote = quoteOrder({ currency: 'EUR', items, tip: '5.00', fees });
 * const result = createOrder({ id: 'o-1', buyer: { id: 'b-1' }, seller: { id: 's-1' }, currency: 'EUR', items, tip: '5.00',
 *   deliveryDays: 3, fees, payment: { id: 'pay-1', amount: quote.total }, placedAt: '2026-03-01T10:00:00Z' });
 */
export function createOrder(input: OrderInput): Result {
  const parsed = parseOrderInput(input, presets.comeup);
  if (!parsed.ok) return fail(parsed.refusal);
  const mismatch = refusePaymentMismatch(parsed.value);
  if (mismatch !== undefined) return fail(mismatch);
  const [snapshot] = initialTransition(orderMachine, input);
  const { order, effects } = snapshot.context;
  return ok(order, numberEffects(effects, order.id, order.version));
}
