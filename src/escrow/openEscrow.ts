import { assert } from '../errors';
import type { Amount, EscrowStep, Fees, Payment } from '../model/escrow';
import { Dec, toAmount, ZERO } from '../money';
import { assertConserved } from './assertConserved';
import { buyerFeeFor } from './buyerFeeFor';
import { digitsOf } from './digitsOf';

/** What a paid checkout puts into escrow. */
export type OpenEscrowParams = {
  readonly currency: string;
  readonly fees: Fees;
  readonly subtotal: Amount;
  readonly tip: Amount;
  readonly payment: Payment;
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change: 1 for a new order. */
  readonly version: number;
};

/**
 * Holds the checkout payment: items + tip + buyer fee (SPEC §7.2). The caller has already
 * checked that the payment equals the quote; here it is asserted, since a mismatch would be a bug.
 */
export function openEscrow(params: OpenEscrowParams): EscrowStep {
  const digits = digitsOf(params.currency);
  const subtotal = new Dec(params.subtotal);
  const tip = new Dec(params.tip);
  assert(subtotal.greaterThan(0), 'an escrow opens with a positive subtotal');
  const buyerFee = buyerFeeFor(subtotal, params.fees, digits);
  const total = subtotal.plus(tip).plus(buyerFee);
  assert(total.equals(params.payment.amount), 'the checkout payment must equal the quoted total');
  const parts = { items: toAmount(subtotal, digits), tip: toAmount(tip, digits), buyerFee: toAmount(buyerFee, digits) };
  const ledger = [
    {
      version: params.version,
      at: params.at,
      from: 'buyer',
      to: 'escrow',
      amount: toAmount(total, digits),
      cause: params.cause,
      paymentId: params.payment.id,
      ...parts,
    } as const,
  ];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assertConserved(ledger, digits);
  const zero = toAmount(ZERO, digits);
  return {
    escrow: {
      subtotal: parts.items,
      tip: parts.tip,
      buyerFee: parts.buyerFee,
      refundedItems: zero,
      refundedTip: zero,
      refundedBuyerFee: zero,
      ledger,
    },
    movements: [],
  };
}
