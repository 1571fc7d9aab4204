import {
  type EscrowHolder,
  type EscrowStep,
  type Fees,
  holdExtra,
  openEscrow,
  SequestreError,
} from '../../src/entries/escrow';
import { thrownBy } from '../support/thrownBy';

/** Shared helpers of the escrow tests: holders built as plain objects, as an Order carries them. */

export const AT = '2025-03-01T10:00:00.000Z';

export type FeeTerms = {
  readonly buyerRate: string;
  readonly commissionRate: string;
  readonly fixed?: string;
  readonly tipRate?: string;
};

/** Stored fees: every part present, the fixed fee already in the currency's digits. */
export function feesOf(terms: FeeTerms): Fees {
  return {
    buyerFee: { rate: terms.buyerRate, fixed: terms.fixed ?? '0.00' },
    commission: { rate: terms.commissionRate },
    tipCommission: { rate: terms.tipRate ?? '0' },
  };
}

export type Checkout = {
  readonly currency?: string;
  readonly fees: Fees;
  readonly subtotal: string;
  readonly tip: string;
  /** The checkout payment, written as a literal: openEscrow asserts it equals the quote. */
  readonly paid: string;
  readonly paymentId?: string;
};

/** A holder whose escrow holds the checkout payment. */
export function opened(checkout: Checkout): EscrowHolder {
  const currency = checkout.currency ?? 'EUR';
  const step = openEscrow({
    currency,
    fees: checkout.fees,
    subtotal: checkout.subtotal,
    tip: checkout.tip,
    payment: { id: checkout.paymentId ?? 'pay-checkout', amount: checkout.paid },
    at: AT,
    cause: 'order.placed',
    version: 1,
  });
  return { currency, fees: checkout.fees, escrow: step.escrow };
}

/** The holder after an extra of `price`, paid `paid` by payment `paymentId`. */
export function withExtra(holder: EscrowHolder, price: string, paid: string, paymentId: string): EscrowHolder {
  const step = holdExtra(holder, {
    price,
    payment: { id: paymentId, amount: paid },
    at: AT,
    cause: 'option.add',
    version: 2,
  });
  return advance(holder, step);
}

/** The holder carrying the escrow of a step. */
export function advance(holder: EscrowHolder, step: EscrowStep): EscrowHolder {
  return { ...holder, escrow: step.escrow };
}

/** Freezes a value and everything inside it, so that any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export { thrownBy };

/** The SequestreError a call throws; fails the test on anything else. */
export function refusalOf(run: () => unknown): SequestreError {
  const error = thrownBy(run);
  if (!(error instanceof SequestreError)) throw new Error(`expected a SequestreError, got ${String(error)}`);
  return error;
}
