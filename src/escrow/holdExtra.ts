import { assert } from '../errors';
import type { Amount, EscrowHolder, EscrowStep, Payment } from '../model/escrow';
import { Dec, toAmount, ZERO } from '../money';
import { assertConserved } from './assertConserved';
import { extraFeeFor } from './extraFeeFor';
import { figuresOf } from './figures';

/** An option or accepted offer and the payment that funds it. */
export type HoldExtraParams = {
  readonly price: Amount;
  readonly payment: Payment;
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change. */
  readonly version: number;
};

/**
 * Adds an extra to the escrow: the buyer pays p + F(S + p) − F(S), the cumulative fee delta
 * (SPEC §7.2); the subtotal grows by p and the fee becomes F(S + p).
 */
export function holdExtra(holder: EscrowHolder, params: HoldExtraParams): EscrowStep {
  const figures = figuresOf(holder);
  const price = new Dec(params.price);
  assert(price.greaterThan(0), 'an extra has a positive price');
  const fee = extraFeeFor(figures, holder.fees, price);
  const total = price.plus(fee);
  assert(total.equals(params.payment.amount), 'an extra payment must equal its quote');
  const { digits } = figures;
  const ledger = [
    ...holder.escrow.ledger,
    {
      version: params.version,
      at: params.at,
      from: 'buyer',
      to: 'escrow',
      amount: toAmount(total, digits),
      cause: params.cause,
      paymentId: params.payment.id,
      items: toAmount(price, digits),
      tip: toAmount(ZERO, digits),
      buyerFee: toAmount(fee, digits),
    } as const,
  ];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assertConserved(ledger, digits);
  return {
    escrow: {
      ...holder.escrow,
      subtotal: toAmount(figures.subtotal.plus(price), digits),
      buyerFee: toAmount(figures.buyerFee.plus(fee), digits),
      ledger,
    },
    movements: [],
  };
}
