import type { EscrowHolder } from '../model/escrow';
import type { Dec } from '../money';
import { extraFeeFor } from './extraFeeFor';
import { figuresOf } from './figures';

/**
 * What an extra of price p must be paid on this escrow (SPEC §7.2): p + F(S + p) − F(S), the
 * price plus the rise of the cumulative buyer fee. The order rules compare a payment with it,
 * `quoteExtra` writes it out, and `parseOrder`'s replay checks stored payments against it.
 */
export function extraPaymentFor(holder: EscrowHolder, price: Dec): Dec {
  return price.plus(extraFeeFor(figuresOf(holder), holder.fees, price));
}
