import { assert } from '../errors';
import { Dec, toAmount } from '../money';
import { assertConserved } from './assertConserved';
import { extraFeeFor } from './extraFeeFor';
import { figuresOf } from './figures';
import type { Amount, EscrowHolder, EscrowStep, Payment } from './types';

/** An option or accepted offer and the payment that funds it. */
export type HoldExtraParams = { readonly price: Amount; readonly payment: Payment; readonly at: string; readonly cause: string };

/**
 * Adds an extra to the escrow: the buyer pays p + F(S + p) − F(S), the cumulative fee delta
 * (SPEC §7.2), and the subtotal grows by p.
 */
export function holdExtra(holder: EscrowHolder, params: HoldExtraParams): EscrowStep {
  const figures = figuresOf(holder);
  const price = new Dec(params.price);
  assert(price.greaterThan(0), 'an extra has a positive price');
  const total = price.plus(extraFeeFor(figures, holder.fees, price));
  assert(total.equals(params.payment.amount), 'an extra payment must equal its quote');
  const ledger = [
    ...holder.escrow.ledger,
    { at: params.at, from: 'buyer', to: 'escrow', amount: toAmount(total, figures.digits), cause: params.cause, paymentId: params.payment.id } as const,
  ];
  assertConserved(ledger);
  return {
    escrow: { ...holder.escrow, subtotal: toAmount(figures.subtotal.plus(price), figures.digits), ledger },
    movements: [],
  };
}
