import type { Fees } from '../model/escrow';
import type { Dec } from '../money';
import { buyerFeeFor } from './buyerFeeFor';
import type { Figures } from './figures';

/** F(S + p) − F(S): the buyer fee an extra of price p adds, never negative for rates ≥ 0. */
export function extraFeeFor(figures: Figures, fees: Fees, price: Dec): Dec {
  return buyerFeeFor(figures.subtotal.plus(price), fees, figures.digits).minus(figures.buyerFee);
}
