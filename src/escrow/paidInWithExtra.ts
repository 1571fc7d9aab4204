import type { EscrowHolder } from '../model/escrow';
import type { Dec } from '../money';
import { buyerFeeFor } from './buyerFeeFor';
import { figuresOf } from './figures';

/**
 * What the buyer will have paid over the order's life once an extra of price p joins it:
 * S + p + T + F(S + p). Payments telescope (SPEC §7.2: the checkout pays S₀ + T + F(S₀), each
 * extra p + F(S + p) − F(S)), so this is the sum of every payment, the one added included.
 */
export function paidInWithExtra(holder: EscrowHolder, price: Dec): Dec {
  const figures = figuresOf(holder);
  const subtotal = figures.subtotal.plus(price);
  return subtotal.plus(figures.tip).plus(buyerFeeFor(subtotal, holder.fees, figures.digits));
}
