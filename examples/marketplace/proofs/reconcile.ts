import { getBalances } from 'sequestre';
import type { OrderStore, Queryable } from 'sequestre-postgres';
import { type BookEntry, FakeProvider, toThousandths } from '../src/fake/fakeProvider';

const FINAL = new Set(['completed', 'cancelled', 'expired']);
const MONEY = { refund: 'refund', payout: 'payout', revenue: 'revenue' } as const;

/** What a reconciliation found: every broken rule as a sentence, and counts for the record. */
export type Reconciliation = {
  readonly violations: string[];
  readonly orders: number;
  readonly effects: number;
  readonly absorbedRetries: number;
};

/**
 * Reconciles every order three ways, after the outbox was drained:
 * 1. `getBalances(order)` against the order's recorded effects: refunded = Σ refund effects,
 *    paidOut = Σ payouts, revenue = Σ revenue effects; and every effect delivered;
 * 2. the effects against the provider's book: one book line per money effect, same key, same
 *    kind, same amount (money moved once, however often it was delivered);
 * 3. the book against the order: the charges booked for the order, less the charges refunded at
 *    once because the order or the extra was refused, equal `paidIn`; a final order holds 0.
 * Plus one global rule: every refund, payout and revenue line of the book is an effect of some
 * order or the refund of a refused charge. Nothing here trusts the code under test.
 */
export async function reconcile(db: Queryable, store: OrderStore): Promise<Reconciliation> {
  const violations: string[] = [];
  const book = await new FakeProvider(db).entries();
  const byKey = new Map(book.map((entry) => [entry.key, entry]));
  const explained = new Set<string>();
  const { rows } = await db.query<{ id: string }>('SELECT id FROM sequestre_orders ORDER BY id');
  let effectCount = 0;
  for (const { id } of rows) {
    const read = await store.get(id);
    if (!read.ok) {
      violations.push(`${id}: unreadable (${read.error.code})`);
      continue;
    }
    const balances = getBalances(read.order);
    const recorded = await store.effectsOf(id);
    effectCount += recorded.length;
    const sums = { refund: 0, payout: 0, revenue: 0 };
    for (const { effect, done } of recorded) {
      if (!done) violations.push(`${id}: effect ${effect.idempotencyKey} was never carried out`);
      if (effect.type === 'notify') continue;
      sums[effect.type] += toThousandths(effect.amount);
      const entry = byKey.get(effect.idempotencyKey);
      explained.add(effect.idempotencyKey);
      if (entry === undefined)
        violations.push(
          `${id}: ${effect.type} ${effect.amount} (${effect.idempotencyKey}) is missing from the provider's book`,
        );
      else if (entry.kind !== MONEY[effect.type] || toThousandths(entry.amount) !== toThousandths(effect.amount)) {
        violations.push(
          `${id}: the book has ${entry.kind} ${entry.amount} under ${effect.idempotencyKey}, the effect says ${effect.type} ${effect.amount}`,
        );
      }
    }
    const expect = (what: string, figure: string, sum: number) => {
      if (toThousandths(figure) !== sum)
        violations.push(`${id}: getBalances says ${what} ${figure}, the effects add up to ${sum / 1000}`);
    };
    expect('refunded', balances.refunded, sums.refund);
    expect('paidOut', balances.paidOut, sums.payout);
    expect('revenue', balances.revenue, sums.revenue);
    const charged = netCharges(book, id, explained);
    if (charged !== toThousandths(balances.paidIn))
      violations.push(
        `${id}: the provider kept ${charged / 1000} in charges, getBalances says paidIn ${balances.paidIn}`,
      );
    if (FINAL.has(read.order.status) && toThousandths(balances.held) !== 0)
      violations.push(`${id}: ${read.order.status} but still holds ${balances.held}`);
  }
  for (const entry of book) {
    if (entry.kind !== 'charge' && !explained.has(entry.key))
      violations.push(
        `the book's ${entry.kind} ${entry.amount} under ${entry.key} belongs to no effect and no refused charge`,
      );
  }
  const absorbedRetries = book.reduce((sum, entry) => sum + entry.calls - 1, 0);
  return { violations, orders: rows.length, effects: effectCount, absorbedRetries };
}

/** The order's charges, less those refunded whole because what they paid for was refused. */
function netCharges(book: readonly BookEntry[], orderId: string, explained: Set<string>): number {
  let sum = 0;
  for (const charge of book) {
    if (charge.kind !== 'charge' || charge.orderId !== orderId || charge.paymentId === null) continue;
    const compensation = book.find((entry) => entry.key === `refund:${charge.paymentId}`);
    if (compensation !== undefined) {
      explained.add(compensation.key);
      if (toThousandths(compensation.amount) !== toThousandths(charge.amount))
        sum += toThousandths(charge.amount) - toThousandths(compensation.amount);
      continue;
    }
    sum += toThousandths(charge.amount);
  }
  return sum;
}
