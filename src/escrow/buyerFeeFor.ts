import type { Fees } from '../model/escrow';
import { Dec, roundHalfEven } from '../money';

/**
 * F(S) = round(S × rate) + fixed, always on the cumulative subtotal (SPEC §7.2), so the fee of
 * the parts added one by one is exactly the fee of the whole.
 */
export function buyerFeeFor(subtotal: Dec, fees: Fees, digits: number): Dec {
  return roundHalfEven(subtotal.times(fees.buyerFee.rate), digits).plus(new Dec(fees.buyerFee.fixed));
}
