import { digitsOf } from '../escrow/digitsOf';
import type { EscrowHolder } from '../model/escrow';
import { minorUnits } from '../money/minorUnits';

/**
 * Whether an open order's escrow is one the operations can work on: it holds exactly what its
 * figures have left, S + T + F − refunded items, tip and fee, and the figures are those of an open
 * order (some items left, no tip refunded, fee refunds within the fee). The operations assert
 * this before moving money; checking it up front turns a tampered order into `INVALID_ORDER`
 * instead of a failed assertion. Expects a holder `checkHolder` accepted; `held` is what its
 * ledger holds in minor units.
 */
export function isHeldAsOpen(holder: EscrowHolder, held: bigint): boolean {
  const digits = digitsOf(holder.currency);
  const { escrow } = holder;
  const subtotal = minorUnits(escrow.subtotal, digits);
  const buyerFee = minorUnits(escrow.buyerFee, digits);
  const refundedItems = minorUnits(escrow.refundedItems, digits);
  const refundedTip = minorUnits(escrow.refundedTip, digits);
  const refundedBuyerFee = minorUnits(escrow.refundedBuyerFee, digits);
  if (refundedItems >= subtotal || refundedTip !== 0n || refundedBuyerFee > buyerFee) return false;
  return held === subtotal + minorUnits(escrow.tip, digits) + buyerFee - refundedItems - refundedBuyerFee;
}
