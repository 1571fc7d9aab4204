import { createOrder, nextDeadline, type OrderInput } from 'sequestre';
import type { Database } from './database/types';
import { readOrder } from './readOrder';
import { type CreateResult, storeError } from './results';
import { INSERT_ORDER, SELECT_ORDER } from './sql/orders';
import { recordEffects } from './writeChange';

/**
 * Opens an order from a paid checkout: `createOrder`, then the order row, its schedule and its
 * effects in one transaction.
 *
 * The same checkout sent twice (same order id, same payment id) answers `duplicate: true` with
 * the stored order and writes nothing. An id already used by another checkout is `ORDER_EXISTS`:
 * that charge belongs to no order, and the caller must refund it.
 */
export async function create(db: Database, input: OrderInput, now: string): Promise<CreateResult> {
  const result = createOrder(input);
  if (!result.ok) return result;
  const order = result.order;
  const next = nextDeadline(order);
  return db.transaction(async (tx): Promise<CreateResult> => {
    // ON CONFLICT on the order's id only: a taken id is an expected outcome, read and named just
    // below. The effects keep their plain INSERT, where a conflict is a bug that must fail.
    const inserted = await tx.query(INSERT_ORDER, [
      order.id,
      order.version,
      order.schemaVersion,
      order.status,
      order.buyer.id,
      order.seller.id,
      input.payment.id,
      next?.at ?? null,
      next?.kind ?? null,
      JSON.stringify(order),
      now,
    ]);
    if (inserted.rowCount === 0) {
      const { rows } = await tx.query<{ checkout_payment_id: string; data: unknown }>(SELECT_ORDER, [order.id]);
      const existing = rows[0];
      if (existing !== undefined && existing.checkout_payment_id === input.payment.id) {
        const read = readOrder(existing.data);
        return read.ok ? { ok: true, order: read.order, effects: [], duplicate: true } : read;
      }
      return {
        ok: false,
        error: storeError(
          'ORDER_EXISTS',
          `The order id "${order.id}" is already used by another checkout; refund payment "${input.payment.id}".`,
          {
            orderId: order.id,
            paymentId: input.payment.id,
          },
        ),
      };
    }
    await recordEffects(tx, result.effects, now);
    return { ok: true, order, effects: result.effects };
  });
}
